/* check.c - stage 4: the rules that need the whole plan.
 *
 * By the time check_plan() runs, the parser has typed every value and
 * resolve.c has bound every id and counted every use (Unit.uses,
 * Locality.uses, Level.uses, Attachment.uses), checked the inline
 * references (and computed the figures in them, figures.c), built the
 * attachment tables and numbered the body. check reads the Plan as const
 * and writes only diagnostics. What is left are the rules a careful reviewer applies to the finished plan:
 *
 *   references  units, localities and levels defined but never used
 *               (KH250-KH252), tables never referred to from the text
 *               (KH253), tables without the short issuer their "(Kèm theo
 *               ...)" line needs (KH254), localities that are their own
 *               ancestor (KH255), a unit named twice in one task (KH256),
 *               tasks sharing an id (KH200);
 *   deadlines   a task due outside the plan's period (KH310, a warning:
 *               a report on the year is often due early the next year),
 *               due before the plan is even dated (KH311, an error), or a
 *               sub-task due after the task it belongs to (KH312); the
 *               header's date left at last year's, its title and deadlines
 *               in the next (KH318, said once at the date: the deadlines
 *               are right);
 *   criteria    criterion and indicator codes of tasks, localities and
 *               assignments that the imported catalogs do not have
 *               (KH401-KH403, the codes {crit ...} uses too) and a code
 *               listed twice (KH421); a criterion that no unit leads in an
 *               assignment table (KH616: resolve.c, building the table,
 *               records the rows; this file reports them);
 *   issuing     a finished plan (with its closing sentence) without a
 *               signature or without recipients cannot be issued (KH160,
 *               a warning); its closing ending in ':', ';' or ',' is a
 *               sentence not finished (KH163; the empty body of a
 *               finished plan is parse.c's KH164);
 *   figures     a locality whose criteria_planned disagrees with the codes
 *               it lists (KH510); the figures of the text are checked
 *               where they are read (figures.c, KH500-KH506), but those
 *               over a table's rows only here, once the rows are built.
 *
 * The rules only read the plan; to underline a whole value (a deadline, an
 * id) the length of the token at a position comes from the source text the
 * loader registered with the diagnostics sink (diag_token_chars).
 */
#include "check.h"

#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "attach.h"
#include "catalog.h"
#include "check_commas.h"
#include "check_draft.h"
#include "check_suppress.h"
#include "check_textdates.h"
#include "datakeys.h"
#include "figures.h"
#include "i18n.h"
#include "inline.h"
#include "load.h"
#include "md_read.h"
#include "suggest.h"
#include "vi.h"

typedef struct Checker {
    Arena *arena;
    DiagSink *diags;
    const Plan *plan;
    InlineCtx ctx;           /* for deadline phrases in messages */
    int errors;
    /* every criterion and indicator code of the catalogs (suggestions) */
    const char **codes;
    size_t n_codes;
    int reported_no_catalog;
    /* deadlines: the plan's period and date as day numbers */
    long period_first, period_last;
    int has_period;
    long plan_first;         /* first day the plan can be dated */
    int has_plan_date;
    /* the header's date left at last year's (KH318): the year after the
     * date's that the title names (setup_dates, 0: none), where it says
     * it, and the deadlines in that year not reported as KH310 */
    int title_year;
    SrcPos title_year_pos;
    int n_title_year_dues;
    /* the header's date typed years ahead (2042 for 2024): every deadline,
     * two or more, before it and in an earlier year (date_ahead_scan);
     * KH311 said once at the date, the deadlines not reported */
    int n_dues, n_dues_ahead, dues_latest_year;
} Checker;

static void check_error(Checker *ck, SrcPos pos, int span, DiagId code, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));

/* Reports an error and counts it. */
static void check_error(Checker *ck, SrcPos pos, int span, DiagId code, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    diag_vreport(ck->diags, DIAG_ERROR, pos, span, code, fmt, ap);
    va_end(ap);
    ck->errors++;
}

/* ---- the length of the token at a position ---------------------------------- */

/* The length in characters of the value written at pos, from the source
 * the loader registered with the sink (diag_token_chars). */
static int span_at(Checker *ck, SrcPos pos)
{
    return diag_token_chars(ck->diags, pos);
}

static int id_span(const char *id)
{
    int chars = id ? (int)utf8_count(id, strlen(id)) : 1;
    return chars > 0 ? chars : 1;
}

/* ---- references ----------------------------------------------------------- */

/* 1 if pos is in the plan's own file, not in a file it includes. */
static int own_entry(const Plan *plan, SrcPos pos)
{
    return !pos.file || !plan->file || strcmp(pos.file, plan->file) == 0;
}

static void check_unused(Checker *ck)
{
    const Plan *plan = ck->plan;
    /* a second definition of an id (KH200) is not reported again; nor is
     * an entry of a shared registry (include:), which lists what every
     * plan of the place may use */
    for (size_t i = 0; i < plan->n_units; i++) {
        const Unit *unit = &plan->units[i];
        if (unit->uses == 0 && own_entry(plan, unit->pos) && plan_find_unit(plan, unit->id) == unit)
            diag_warning(ck->diags, unit->pos, id_span(unit->id), KH250,
                         "unit '%s' is defined but never used: delete it, or name it as a task's "
                         "lead or support", unit->id);
    }
    for (size_t i = 0; i < plan->n_localities; i++) {
        const Locality *loc = &plan->localities[i];
        if (loc->uses == 0 && own_entry(plan, loc->pos) && plan_find_locality(plan, loc->id) == loc)
            diag_warning(ck->diags, loc->pos, id_span(loc->id), KH251,
                         "locality '%s' is defined but never used: delete it, or refer to it "
                         "({loc ...}, a table's rows)", loc->id);
    }
    for (size_t i = 0; i < plan->n_levels; i++) {
        const Level *level = &plan->levels[i];
        if (level->uses == 0 && own_entry(plan, level->pos) && plan_find_level(plan, level->id) == level)
            diag_warning(ck->diags, level->pos, id_span(level->id), KH252,
                         "level '%s' is defined but never used: delete it, or use it as a "
                         "locality's target", level->id);
    }
}

/* ---- the same name twice ---------------------------------------------------- */

/* A unit or locality by what makes its printed name the same as another's. */
typedef struct Named {
    const char *parent, *kind, *name, *id;
    const char *key;         /* name with its tones placed one way (vi_put_tone_key) */
    SrcPos pos;
    size_t index;
} Named;

static int compare_named(const void *a, const void *b)
{
    const Named *x = a, *y = b;
    int c = strcmp(x->parent, y->parent);
    if (!c)
        c = strcmp(x->kind, y->kind);
    if (!c)
        c = strcmp(x->key, y->key);
    return c ? c : (x->index > y->index) - (x->index < y->index);
}

/* Sorts the entries and reports each one named as an earlier one is
 * (KH257, a note at the first): in print they cannot be told apart. */
static void report_same_names(Checker *ck, Named *items, size_t n, int localities)
{
    qsort(items, n, sizeof *items, compare_named);
    size_t first = 0;
    for (size_t i = 1; i < n; i++) {
        const Named *a = &items[first], *b = &items[i];
        if (strcmp(a->parent, b->parent) || strcmp(a->kind, b->kind) || strcmp(a->key, b->key)) {
            first = i;
            continue;
        }
        /* an earlier entry of the very same name, if any, else the first */
        for (size_t j = first; j < i && strcmp(a->name, b->name) != 0; j++)
            if (strcmp(items[j].name, b->name) == 0)
                a = &items[j];
        if (strcmp(a->id, b->id) == 0)
            continue; /* an id defined twice: KH200 says it */
        if (strcmp(a->name, b->name) != 0 && localities)
            diag_warning(ck->diags, b->pos, id_span(b->id), KH257,
                         "locality '%s' ('%s') has the name, kind and parent of '%s' ('%s'), "
                         "its tone mark placed otherwise: the two read the same; write the "
                         "name one way, or remove the copy", b->id, b->name, a->id, a->name);
        else if (strcmp(a->name, b->name) != 0)
            diag_warning(ck->diags, b->pos, id_span(b->id), KH257,
                         "unit '%s' ('%s') has the name of unit '%s' ('%s'), its tone mark "
                         "placed otherwise: the two read the same; write the name one way, or "
                         "remove the copy", b->id, b->name, a->id, a->name);
        else if (localities)
            diag_warning(ck->diags, b->pos, id_span(b->id), KH257,
                         "locality '%s' has the name, kind and parent of '%s' ('%s'): the two "
                         "print the same; give each its own name, or remove the copy",
                         b->id, a->id, b->name);
        else
            diag_warning(ck->diags, b->pos, id_span(b->id), KH257,
                         "unit '%s' has the name of unit '%s' ('%s'): the two print the same; "
                         "give each its own name, or remove the copy", b->id, a->id, b->name);
        diag_note(ck->diags, a->pos, "'%s' is defined here", a->id);
    }
}

/* An entry to compare: its name as it prints (vi_fold_spaces) and that
 * name's tone key (arena). */
static Named named(const char *parent, const char *kind, const char *name, const char *id,
                   SrcPos pos, size_t index, Arena *arena)
{
    Named e = {parent, kind, vi_fold_spaces(arena, name), id, NULL, pos, index};
    Buf key = {0};
    vi_put_tone_key(&key, e.name);
    e.key = buf_to_arena(&key, arena);
    buf_free(&key);
    return e;
}

/* Two units, or two localities of one kind under one parent, with one name
 * (a row copied and its id changed), compared as they print: a no-break
 * space pasted from Word is a space (vi_fold_spaces). */
static void check_same_names(Checker *ck)
{
    const Plan *plan = ck->plan;
    size_t most = plan->n_units > plan->n_localities ? plan->n_units : plan->n_localities;
    Named *items = xmalloc((most + 1) * sizeof *items);
    size_t n = 0;
    for (size_t i = 0; i < plan->n_units; i++) {
        const Unit *u = &plan->units[i];
        if (u->id && u->name)
            items[n++] = named("", "", u->name, u->id, u->pos, i, ck->arena);
    }
    report_same_names(ck, items, n, 0);
    n = 0;
    for (size_t i = 0; i < plan->n_localities; i++) {
        const Locality *l = &plan->localities[i];
        if (l->id && l->name)
            items[n++] = named(l->parent ? l->parent : "", l->kind ? l->kind : "", l->name, l->id,
                               l->pos, i, ck->arena);
    }
    report_same_names(ck, items, n, 1);
    free(items);
}

/* The loop through loc, written into chain from loc back to loc: "a -> b
 * -> a", bounded as every loop in a message is (diag_put_loop). */
static void loop_chain(const Plan *plan, const Locality *loc, Buf *chain)
{
    size_t length = 0; /* localities on the loop */
    const Locality *step = loc;
    do {
        length++;
        step = plan_find_locality(plan, step->parent);
    } while (step && step != loc);
    const char **ids = xmalloc(length * sizeof *ids);
    step = loc;
    for (size_t i = 0; i < length; i++) {
        ids[i] = step->id;
        step = plan_find_locality(plan, step->parent);
    }
    diag_put_loop(chain, ids, length);
    free(ids);
}

/* A locality that is its own ancestor: walks each chain of parents once,
 * marking the localities of the walk, and reports every loop once. */
static int check_parent_loops(Checker *ck)
{
    const Plan *plan = ck->plan;
    size_t n = plan->n_localities;
    int loops = 0;
    if (n == 0)
        return 0;
    size_t *walk_of = xmalloc(n * sizeof *walk_of); /* 0: not reached; else walk number */
    memset(walk_of, 0, n * sizeof *walk_of);
    for (size_t start = 0; start < n; start++) {
        if (walk_of[start])
            continue;
        size_t walk = start + 1;
        const Locality *loc = &plan->localities[start];
        for (;;) {
            size_t index = (size_t)(loc - plan->localities);
            if (walk_of[index]) {
                if (walk_of[index] == walk) {
                    Buf chain = {0};
                    loop_chain(plan, loc, &chain);
                    check_error(ck, loc->pos, id_span(loc->id), KH255,
                                "locality '%s' is its own ancestor: %s: correct one 'parent' of "
                                "the chain", loc->id, chain.data);
                    buf_free(&chain);
                    loops++;
                }
                break;
            }
            walk_of[index] = walk;
            const Locality *parent = loc->parent ? plan_find_locality(plan, loc->parent) : NULL;
            if (!parent)
                break;
            loc = parent;
        }
    }
    free(walk_of);
    return loops;
}

/* KH253 and KH254. Each waits for an error that would explain it: a value
 * dropped under a misspelt key ('bdoy:') may hold the references, the
 * second of two attachments with one id (KH200) is never the one they
 * name, and a header lost or misspelt has no issuer_short (s10diag). */
static void check_attachments(Checker *ck)
{
    const Plan *plan = ck->plan;
    for (size_t i = 0; i < plan->n_attachments && !plan->values_dropped; i++) {
        const Attachment *att = &plan->attachments[i];
        if (att->id && att->uses == 0 && plan_find_attachment(plan, att->id) == att)
            diag_warning(ck->diags, att->pos, id_span(att->id), KH253,
                         "attachment '%s' is never referred to from the text (write "
                         "'(Chi tiết theo {att %s} đính kèm)' where it belongs)",
                         att->id, att->id);
    }
    if (plan->n_attachments > 0 && !plan->issuer_short_reported &&
        (!plan->issuer_short || !*plan->issuer_short)) {
        const Attachment *att = &plan->attachments[0];
        diag_warning(ck->diags, att->pos, id_span(att->id), KH254,
                     "the plan has attachments but the header has no 'issuer_short' for their "
                     "line '(Kèm theo Kế hoạch số ... của ...)': add it (issuer_short: UBND xã "
                     "...)");
    }
}

/* A finished plan that cannot be issued as it is: it has its closing
 * sentence (the text is complete) but no signature, or no recipients
 * (KH160), reported at the closing sentence, where both would follow. A
 * plan still without its closing is a draft of the body and is not held to
 * the signing block yet. */
static void check_signing(Checker *ck)
{
    const Plan *plan = ck->plan;
    if (!plan->closing || !plan->closing_pos.line)
        return;
    SrcPos pos = plan->closing_pos;
    if (!plan->signature)
        diag_warning(ck->diags, pos, 0, KH160,
                     "the plan has no 'signature': a Kế hoạch is issued signed (add "
                     "'signature: {lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH], name: ...}')");
    if (plan->n_recipients == 0)
        diag_warning(ck->diags, pos, 0, KH160,
                     "the plan has no 'recipients': the document lists where it is sent "
                     "(add 'recipients: [..., \"Lưu: VT\"]')");
    /* the end mark's one decision is plan_closing_open_mark's, shared
     * with render_closing (s16attack L3) */
    size_t len = strlen(plan->closing);
    while (len > 0 && (plan->closing[len - 1] == ' ' || plan->closing[len - 1] == '\n'))
        len--;
    long mark = plan_closing_open_mark(plan->closing, render_shown_end(plan->closing, len));
    if (mark >= 0) {
        size_t start = (size_t)mark;
        while (start > 0 && plan->closing[start - 1] == ' ')
            start--;
        size_t from = start > 60 ? start - 60 : 0; /* its last words (bytes: 60) */
        if (from) {
            while (from < start && plan->closing[from] != ' ')
                from++;
            from += from < start;
        }
        diag_warning(ck->diags, pos, 0, KH163,
                     "the closing ends with '%c', a sentence not finished before the end mark "
                     "'./.': it is printed '%s%.*s./.'; end it with a full stop, or write what "
                     "was to follow",
                     plan->closing[mark], from ? "..." : "", (int)(start - from),
                     plan->closing + from);
    }
}

/* Lists of up to FEW_IDS ids (a task's units, its criteria: one to three
 * mostly) are searched in place: a set for each was a malloc, a free and a
 * hash of each id for every task of the plan. Longer ones get a set, so
 * that a list of 80,000 stays linear. */
enum { FEW_IDS = 8 };

/* The first j < i with ids[j] the same text as ids[i] (not NULL), else i:
 * what strset_add(set of ids[0..i), ids[i], i) gives. */
static size_t first_same(const char *const *ids, size_t i)
{
    for (size_t j = 0; j < i; j++)
        if (ids[j] && strcmp(ids[j], ids[i]) == 0)
            return j;
    return i;
}

/* Adds ids[i] to set, or with a short list (n <= FEW_IDS, set unused) finds
 * it among ids[0..i): the index first given that id. */
static size_t add_id(StrSet *set, const char *const *ids, size_t n, size_t i)
{
    return n <= FEW_IDS ? first_same(ids, i) : strset_add(set, ids[i], i);
}

/* A task naming the same unit twice: twice among its joint leads (the
 * "Đơn vị thực hiện" line would print the name twice), as lead and
 * support, or twice in support. Sets of the ids seen keep this linear in
 * the length of the lists (pairwise, 80,000 ids took 11 s). */
static void check_task_units(Checker *ck, const Task *task)
{
    StrSet leads = {0}, support = {0};
    size_t n;
    const char *const *all_leads = task_leads(task, &n);
    for (size_t i = 0; i < n; i++) {
        const char *id = all_leads[i];
        if (id && add_id(&leads, all_leads, n, i) != i && task->n_leads)
            diag_warning(ck->diags, task->lead_pos, id_span(id), KH256,
                         "unit '%s' is listed twice among the task's leads: list it once", id);
    }
    for (size_t i = 0; i < task->n_support; i++) {
        const char *id = task->support[i];
        if (!id)
            continue;
        SrcPos pos = task->support_pos ? task->support_pos[i] : task->lead_pos;
        int is_lead = 0;
        for (size_t k = 0; n <= FEW_IDS && k < n && !is_lead; k++)
            is_lead = all_leads[k] && strcmp(all_leads[k], id) == 0;
        if (is_lead || (n > FEW_IDS && strset_find(&leads, id) != (size_t)-1)) {
            diag_warning(ck->diags, pos, id_span(id), KH256,
                         "unit '%s' is the task's lead and also one of its supporting units: "
                         "delete it from 'support'", id);
            if (task->n_leads > 1)
                diag_note(ck->diags, task->lead_pos, "'%s' is one of the leads here", id);
            else
                diag_note(ck->diags, task->lead_pos, "'%s' is the lead here", id);
            continue;
        }
        if (add_id(&support, task->support, task->n_support, i) != i)
            diag_warning(ck->diags, pos, id_span(id), KH256,
                         "unit '%s' is listed twice among the supporting units: list it once",
                         id);
    }
    strset_free(&leads);
    strset_free(&support);
}

/* ---- tasks: a list of them in body order ------------------------------------- */

typedef struct TaskRef {
    const Task *task;
    const BodyNode *node;
    size_t order;
} TaskRef;

typedef struct TaskList {
    TaskRef *items;
    size_t count, cap;
} TaskList;

static int compare_task_ids(const void *a, const void *b)
{
    const TaskRef *x = a, *y = b;
    int c = strcmp(x->task->id, y->task->id);
    if (c)
        return c;
    return x->order < y->order ? -1 : x->order > y->order;
}

/* Task ids must be unique: a set finds whether any repeats, and only then
 * are the tasks that have one sorted by id, to report each repeat in the
 * order of the ids. */
static void check_task_ids(Checker *ck, const TaskList *tasks)
{
    TaskRef *with_id = xmalloc((tasks->count + 1) * sizeof *with_id);
    size_t n = 0;
    StrSet seen = {0}; /* most plans have no duplicate: then no sort */
    int repeated = 0;
    enum { AHEAD = 8 }; /* 50,000 tasks and their ids, scattered: fetched ahead */
    for (size_t i = 0; i < tasks->count; i++) {
        if (i + 2 * AHEAD < tasks->count)
            prefetch(&tasks->items[i + 2 * AHEAD].task->id);
        if (i + AHEAD < tasks->count)
            prefetch(tasks->items[i + AHEAD].task->id);
        if (tasks->items[i].task->id) {
            repeated |= strset_add(&seen, tasks->items[i].task->id, n) != n;
            with_id[n++] = tasks->items[i];
        }
    }
    strset_free(&seen);
    if (!repeated)
        n = 0;
    qsort(with_id, n, sizeof *with_id, compare_task_ids);
    for (size_t i = 1; i < n; i++) {
        size_t first = i - 1;
        while (i < n && strcmp(with_id[i].task->id, with_id[first].task->id) == 0) {
            check_error(ck, with_id[i].node->pos, 1, KH200, "duplicate task id '%s': give each "
                        "task its own id",
                        with_id[i].task->id);
            diag_note(ck->diags, with_id[first].node->pos, "'%s' is first defined here",
                      with_id[first].task->id);
            i++;
        }
    }
    free(with_id);
}

/* ---- deadlines --------------------------------------------------------------- */

static int last_day_of_month(int year, int month)
{
    int day = 31;
    while (day > 28 && !vi_date_valid(year, month, day))
        day--;
    return day;
}

/* The days a deadline allows: from *first to *last (day numbers). A
 * "before X" deadline ends the day before X starts and has no first day.
 * Returns 0 for deadlines that are not checked (none, ongoing, free text). */
static int due_window(const Deadline *due, long *first, long *last)
{
    int m1, m2;
    switch (due->kind) {
    case DUE_DATE:
        *first = *last = vi_date_serial(due->year, due->month, due->day);
        break;
    case DUE_MONTH:
        m1 = m2 = due->month;
        goto months;
    case DUE_QUARTER:
        m1 = 3 * due->quarter - 2;
        m2 = 3 * due->quarter;
        goto months;
    case DUE_HALF:
        m1 = due->half == 1 ? 1 : 7;
        m2 = due->half == 1 ? 6 : 12;
        goto months;
    case DUE_YEAR:
        m1 = 1;
        m2 = 12;
    months:
        *first = vi_date_serial(due->year, m1, 1);
        *last = vi_date_serial(due->year, m2, last_day_of_month(due->year, m2));
        break;
    default:
        return 0;
    }
    if (due->year == 0)
        return 0;
    if (due->before) {
        *last = *first - 1;
        *first = LONG_MIN;
    }
    return 1;
}

/* "quý IV/2024", as the document prints it. */
static const char *due_phrase(Checker *ck, const Deadline *due)
{
    Buf phrase = {0};
    /* the date compared, not the drafter's wording ("hoàn thành trong Quý
     * IV" says nothing of the year): "quý IV/2023" */
    Deadline bare = *due;
    if (due->kind != DUE_TEXT) {
        bare.text = NULL;
        bare.prefix = NULL;
    }
    inline_put_due(&ck->ctx, &bare, &phrase);
    const char *text = buf_to_arena(&phrase, ck->arena);
    buf_free(&phrase); /* buf_to_arena copies and keeps the Buf's memory */
    return text;
}

/* "the plan's year 2024" or "the plan's period 01/07/2024 - 30/06/2025". */
static const char *period_phrase(Checker *ck)
{
    const Plan *plan = ck->plan;
    VDate from = plan->period_from, to = plan->period_to;
    if (from.year == to.year && from.month == 1 && from.day == 1 && to.month == 12 &&
        to.day == 31)
        return arena_printf(ck->arena, _("the plan's year %d"), from.year);
    Buf b = {0};
    buf_puts(&b, _("the plan's period "));
    vi_put_date_short(&b, from);
    buf_puts(&b, " - ");
    vi_put_date_short(&b, to);
    const char *text = buf_to_arena(&b, ck->arena);
    buf_free(&b);
    return text;
}

static void setup_dates(Checker *ck)
{
    const Plan *plan = ck->plan;
    VDate from = plan->period_from, to = plan->period_to;
    if (from.year && to.year && from.month && to.month && from.day && to.day) {
        ck->period_first = vi_date_serial(from.year, from.month, from.day);
        ck->period_last = vi_date_serial(to.year, to.month, to.day);
        ck->has_period = ck->period_first <= ck->period_last;
    }
    VDate date = plan->date;
    if (date.year && date.month) {
        ck->plan_first = vi_date_serial(date.year, date.month, date.day ? date.day : 1);
        ck->has_plan_date = 1;
    }
    /* a plan for a period already over (the plan for 2023 dated 2024) is a
     * year typed wrong, mostly in a plan copied from last year's */
    long date_first = date.year ? vi_date_serial(date.year, date.month ? date.month : 1,
                                                 date.day ? date.day : 1)
                                : 0;
    if (ck->has_period && date.year && date_first > ck->period_last)
        diag_warning(ck->diags, plan->date_pos, span_at(ck, plan->date_pos), KH313,
                     "the plan is dated after its period ends (%s): check the year of "
                     "'period' or of the date", period_phrase(ck));
    /* a plan for the date's calendar year whose title names only the next
     * year: the date may be last year's, left as it was (KH318, once the
     * deadlines say which: report_date_left) */
    const YNode *title = plan->title_node;
    size_t at = 0;
    if (date.year && plan->period_from.year == date.year && plan->period_to.year == date.year &&
        plan->period_from.month == 1 && plan->period_from.day == 1 &&
        plan->period_to.month == 12 && plan->period_to.day == 31 && title &&
        title->kind == YNODE_SCALAR &&
        draft_title_year(title->text, date.year, date.year, &at) == date.year + 1) {
        ck->title_year = date.year + 1;
        ck->title_year_pos = ynode_pos_at(title, at);
    }
}

/* Whether a deadline after the plan's year, its last day last, ends in
 * the year the title names when the date is last year's (setup_dates). */
static int in_title_year(const Checker *ck, long last)
{
    return ck->title_year && last >= vi_date_serial(ck->title_year, 1, 1) &&
           last <= vi_date_serial(ck->title_year, 12, 31);
}

/* The header's date in the year before the one its title names, and
 * deadlines in the title's year (KH318): the date is the one left from
 * last year's plan, so it is said at the date, once, with how many
 * deadlines it puts after the plan's year; the deadlines (check_due) and
 * the title (check_draft's KH315) are right and not reported. A date
 * copied that way was reported only at the title and at each deadline
 * (s19draft). */
static void report_date_left(Checker *ck)
{
    const Plan *plan = ck->plan;
    if (!ck->n_title_year_dues)
        return;
    diag_warning(ck->diags, plan->date_pos, span_at(ck, plan->date_pos), KH318,
                 "the plan is dated %d, but its title says 'năm %d' and %d of its deadlines "
                 "fall in %d: the date left from last year's plan? write %d in the date (a "
                 "plan signed before its year begins writes 'period: %d')",
                 plan->date.year, ck->title_year, ck->n_title_year_dues, ck->title_year,
                 ck->title_year, ck->title_year);
    diag_suppress(ck->diags, "KH315", ck->title_year_pos.file, ck->title_year_pos.line,
                  ck->title_year_pos.line);
    /* an attachment's title in the title's year is right too (s21attack L) */
    for (size_t i = 0; i < plan->n_attachments; i++) {
        const YNode *title = plan->attachments[i].title_node;
        size_t at = 0;
        if (title && title->kind == YNODE_SCALAR &&
            draft_title_year(title->text, plan->date.year, plan->date.year, &at) == ck->title_year) {
            SrcPos pos = ynode_pos_at(title, at);
            diag_suppress(ck->diags, "KH315", pos.file, pos.line, pos.line);
        }
    }
}

/* A legal basis whose kind is not a kind of document but close to one
 * ("Quyết đinh", "quyết định"): a typo printed as "Căn cứ Quyết đinh số
 * ..." (KH161, with the kind meant), or an abbreviation written without
 * the stroke of its "Đ" or in another case ("QD", printed "Căn cứ QD số
 * ...", s25attack). A kind far from all of them is taken as written. */
static void check_basis_kinds(Checker *ck)
{
    size_t n_kinds = 0;
    while (plan_document_kinds[n_kinds])
        n_kinds++;
    for (size_t i = 0; i < ck->plan->n_bases; i++) {
        const Basis *basis = &ck->plan->bases[i];
        if (basis->text || !basis->kind)
            continue;
        int known = 0;
        for (size_t k = 0; k < n_kinds && !known; k++)
            known = strcmp(basis->kind, plan_document_kinds[k]) == 0;
        const char *abbreviation = known ? NULL : plan_kind_abbreviation_near(basis->kind);
        const char *meant = known || abbreviation
                                ? NULL : suggest_best(basis->kind, plan_document_kinds, n_kinds);
        if (abbreviation)
            diag_warning(ck->diags, basis->pos, 1, KH161,
                         "the kind of this legal basis, '%s', is printed as written; did you mean "
                         "'%s' (%s)?", basis->kind, abbreviation, plan_expand_kind(abbreviation));
        else if (meant)
            diag_warning(ck->diags, basis->pos, 1, KH161,
                         "the kind of this legal basis, '%s', is printed as written; did you mean "
                         "'%s'?", basis->kind, meant);
    }
}

/* Counts a task's deadline for date_ahead_scan: every one, and those
 * before the plan's date in a year before the date's. */
static void count_due_ahead(void *data, const BodyPlace *at)
{
    Checker *ck = data;
    const BodyNode *node = at->node;
    long first, last;
    if (node->kind != NODE_TASK || !node->task || !due_window(&node->task->due, &first, &last))
        return;
    ck->n_dues++;
    const Deadline *due = &node->task->due;
    int year = last < vi_date_serial(due->year, 1, 1) ? due->year - 1 : due->year; /* "before" */
    if (last < ck->plan_first && year < ck->plan->date.year) {
        ck->n_dues_ahead++;
        if (year > ck->dues_latest_year)
            ck->dues_latest_year = year;
    }
}

/* The header's date in a year after every deadline of the plan (two or
 * more; "2042-01-15" typed for 2024-01-15): the one mistake is the date,
 * said there once (KH311, s24attack L9), where each deadline was reported
 * as before the plan's date. One deadline before the date is its own. */
static void date_ahead_scan(Checker *ck)
{
    if (!ck->has_plan_date)
        return;
    plan_walk_body(ck->plan->body, ck->plan->n_body, count_due_ahead, ck);
    if (ck->n_dues < 2 || ck->n_dues_ahead < ck->n_dues)
        ck->n_dues_ahead = 0;
    else
        check_error(ck, ck->plan->date_pos, span_at(ck, ck->plan->date_pos), KH311,
                    "the plan is dated %d, after each of its %d deadlines (the last in %d): "
                    "check the year of the date (write %d if the plan is that year's)",
                    ck->plan->date.year, ck->n_dues, ck->dues_latest_year,
                    ck->dues_latest_year);
}

/* A legal basis dated after the plan (KH314): a plan cannot cite a
 * document issued after it. The plan's date is taken at its latest (a
 * blank day is the month's last, a blank month the year's), so a draft
 * dated "tháng 01" may cite a decision of 20 January. */
static void check_bases(Checker *ck)
{
    const Plan *plan = ck->plan;
    VDate date = plan->date;
    if (!date.year)
        return;
    int month = date.month ? date.month : 12;
    int day = date.day;
    if (!day)
        for (day = 31; day > 28 && !vi_date_valid(date.year, month, day); day--)
            ;
    long plan_last = vi_date_serial(date.year, month, day);
    for (size_t i = 0; i < plan->n_bases; i++) {
        const Basis *basis = &plan->bases[i];
        VDate d = basis->date;
        if (basis->text || !d.year || !vi_date_valid(d.year, d.month ? d.month : 1, d.day ? d.day : 1))
            continue;
        if (vi_date_serial(d.year, d.month ? d.month : 1, d.day ? d.day : 1) <= plan_last)
            continue;
        SrcPos at = basis->date_pos.line ? basis->date_pos : basis->pos;
        diag_warning(ck->diags, at, span_at(ck, at), KH314,
                     "this legal basis is dated after the plan (%s %s, the plan %04d%s): a plan "
                     "cannot cite a document issued after it; check the year of either date",
                     basis->kind ? basis->kind : "",
                     basis->number ? basis->number : basis->name ? basis->name : "",
                     date.year, date.month ? arena_printf(ck->arena, "-%02d", date.month) : "");
    }
}

/* The deadline of one task against the plan's date and period, and against
 * the deadline of the task it sits in (enclosing, or NULL). */
static void check_due(Checker *ck, const Task *task, const Task *enclosing)
{
    long first, last;
    if (!due_window(&task->due, &first, &last))
        return;
    const Deadline *due = &task->due;
    SrcPos pos = due->pos;
    if (ck->has_plan_date && last < ck->plan_first && ck->n_dues_ahead) {
        /* the date is the mistake, said at it (date_ahead_scan) */
    } else if (ck->has_plan_date && last < ck->plan_first) {
        Buf date = {0};
        const Plan *plan = ck->plan;
        /* as the document prints a date ("22/02/2024") or a month
         * ("tháng 01/2024", the deadline's form, vi_put_month: January and
         * February with their zero, as the header's "tháng 01 năm 2024";
         * it printed "tháng 1/2024": s15attack) */
        if (!plan->date.day)
            buf_puts(&date, "tháng ");
        vi_put_date_short(&date, plan->date);
        check_error(ck, pos, span_at(ck, pos), KH311,
                    "deadline '%s' is before the plan's own date (%s): check the year", due_phrase(ck, due),
                    date.data);
        buf_free(&date);
    } else if (ck->has_period && last > ck->period_last && in_title_year(ck, last)) {
        ck->n_title_year_dues++; /* the date is wrong, not the deadline: KH318 */
    } else if (ck->has_period && last > ck->period_last) {
        diag_warning(ck->diags, pos, span_at(ck, pos), KH310,
                     "deadline '%s' is after the end of %s: check the year, or the plan's period", due_phrase(ck, due),
                     period_phrase(ck));
    } else if (ck->has_period && last < ck->period_first) {
        diag_warning(ck->diags, pos, span_at(ck, pos), KH310,
                     "deadline '%s' is before the start of %s: check the year, or the plan's "
                     "period", due_phrase(ck, due),
                     period_phrase(ck));
    }
    long outer_first, outer_last;
    if (enclosing && due_window(&enclosing->due, &outer_first, &outer_last) &&
        last > outer_last) {
        diag_warning(ck->diags, pos, span_at(ck, pos), KH312,
                     "this sub-task is due '%s', after the task it belongs to ('%s'): check the "
                     "two deadlines",
                     due_phrase(ck, due), due_phrase(ck, &enclosing->due));
        diag_note(ck->diags, enclosing->due.pos, "the enclosing task's deadline is here");
    }
}

/* ---- criteria ---------------------------------------------------------------- */

static void collect_codes(Checker *ck)
{
    const Plan *plan = ck->plan;
    size_t n = 0;
    for (size_t c = 0; c < plan->n_catalogs; c++)
        for (size_t i = 0; i < plan->catalogs[c].n_criteria; i++)
            n += 1 + plan->catalogs[c].criteria[i].n_indicators;
    ck->codes = arena_alloc(ck->arena, (n + 1) * sizeof *ck->codes);
    for (size_t c = 0; c < plan->n_catalogs; c++) {
        for (size_t i = 0; i < plan->catalogs[c].n_criteria; i++) {
            const Criterion *crit = &plan->catalogs[c].criteria[i];
            ck->codes[ck->n_codes++] = crit->code;
            for (size_t k = 0; k < crit->n_indicators; k++)
                ck->codes[ck->n_codes++] = crit->indicators[k].code;
        }
    }
}

/* "05" and "17.05" are not codes of a catalog, but "5" and "17.5" may be:
 * returns that code if the catalog has it, else NULL. (Other numeric
 * near misses, "20" for "2", are not suggested: they are different
 * criteria, not typos.) */
static const char *without_leading_zeros(Checker *ck, const char *code)
{
    char plain[32];
    size_t n = 0;
    for (const char *s = code; *s && n < sizeof plain - 1; s++) {
        int starts_part = s == code || s[-1] == '.';
        if (starts_part)
            while (s[0] == '0' && s[1] >= '0' && s[1] <= '9')
                s++;
        plain[n++] = *s;
    }
    plain[n] = '\0';
    if (strcmp(plain, code) == 0)
        return NULL;
    for (size_t i = 0; i < ck->n_codes; i++)
        if (strcmp(ck->codes[i], plain) == 0)
            return ck->codes[i];
    return NULL;
}

/* One criterion or indicator code, written at pos. */
static void check_code(Checker *ck, const char *code, SrcPos pos)
{
    const Plan *plan = ck->plan;
    if (!code)
        return;
    if (plan->n_catalogs == 0) {
        if (!ck->reported_no_catalog && !plan->catalogs_failed)
            check_error(ck, pos, span_at(ck, pos), KH401,
                        "criteria codes need a criteria catalog: add 'import: [qd318-xa-ntm]' "
                        "or your own catalog");
        ck->reported_no_catalog = 1;
        return;
    }
    const Indicator *indicator = NULL;
    const Criterion *crit = catalog_code_well_formed(code)
                                ? plan_find_criterion(plan, code, &indicator) : NULL;
    if (!crit) {
        const char *hint = catalog_code_well_formed(code)
                               ? without_leading_zeros(ck, code)
                               : suggest_best(code, ck->codes, ck->n_codes);
        /* "13,1" is indicator 13.1 written with the decimal comma; "13,14"
         * of a criterion listing no indicators may be [13, 14] too */
        char dotted[32];
        int indicator_meant = 0;
        if (strchr(code, ',') && strlen(code) < sizeof dotted) {
            strcpy(dotted, code);
            *strchr(dotted, ',') = '.';
            const Indicator *ind = NULL;
            if (catalog_code_well_formed(dotted) && plan_find_criterion(plan, dotted, &ind))
                hint = arena_strdup(ck->arena, dotted);
            indicator_meant = hint == NULL ? 0 : ind != NULL || strlen(strchr(dotted, '.')) <= 2;
        }
        const char *which = plan->n_catalogs == 1 ? plan->catalogs[0].id : NULL;
        const char *listed = indicator_meant ? NULL : catalog_codes_as_list(ck->arena, plan, code);
        if (listed && hint)
            check_error(ck, pos, span_at(ck, pos), KH402,
                        "criterion '%s' is not in the imported catalog: write the codes one each, "
                        "as a list, '%s' (or, for the indicator, '%s')", code, listed, hint);
        else if (listed)
            check_error(ck, pos, span_at(ck, pos), KH402,
                        "criterion '%s' is not in the imported catalog: write the codes one each, "
                        "as a list, '%s'", code, listed);
        else if (hint)
            check_error(ck, pos, span_at(ck, pos), KH402,
                        "criterion '%s' is not in the imported catalog (did you mean '%s'?)",
                        code, hint);
        else if (which)
            check_error(ck, pos, span_at(ck, pos), KH402,
                        "criterion '%s' is not in the imported catalog '%s': check the code, or "
                        "import the catalog that has it", code, which);
        else
            check_error(ck, pos, span_at(ck, pos), KH402,
                        "criterion '%s' is not in the imported catalogs: check the code, or "
                        "import the catalog that has it", code);
        return;
    }
    const char *dot = strchr(code, '.');
    if (dot && !indicator && crit->n_indicators == 0 && strlen(dot + 1) >= 3) {
        /* a criterion whose indicators the catalog leaves out takes any
         * N.M, but none has a hundredth: "1.234" is a number written with
         * the thousands dot, pasted where an indicator's code belongs */
        check_error(ck, pos, span_at(ck, pos), KH403,
                    "indicator '%s' would be indicator number %s of criterion %s, and no criterion has "
                    "that many: is it a number written with the thousands dot? Write the "
                    "indicator's code (such as %s.1)",
                    code, dot + 1, crit->code, crit->code);
        return;
    }
    if (dot && !indicator && crit->n_indicators > 0) {
        const char *hint = without_leading_zeros(ck, code);
        if (hint)
            check_error(ck, pos, span_at(ck, pos), KH403,
                        "indicator '%s' is not listed under criterion %s of the catalog (did you "
                        "mean '%s'?)", code, crit->code, hint);
        else
            check_error(ck, pos, span_at(ck, pos), KH403,
                        "indicator '%s' is not listed under criterion %s of the catalog (%s to "
                        "%s): check the code",
                        code, crit->code, crit->indicators[0].code,
                        crit->indicators[crit->n_indicators - 1].code);
    }
}

/* A list of codes: each must exist, none twice. */
static void check_code_list(Checker *ck, const char *const *codes, const SrcPos *positions,
                            size_t n, SrcPos fallback)
{
    StrSet seen = {0}; /* linear in the list's length, however long */
    for (size_t i = 0; i < n; i++) {
        SrcPos pos = positions ? positions[i] : fallback;
        check_code(ck, codes[i], pos);
        size_t k = codes[i] ? add_id(&seen, codes, n, i) : i;
        if (k != i) {
            diag_warning(ck->diags, pos, span_at(ck, pos), KH421, "%s '%s' is listed twice: "
                         "delete one of the two",
                         strchr(codes[i], '.') ? _("indicator") : _("criterion"), codes[i]);
            diag_note(ck->diags, positions ? positions[k] : fallback, "first listed here");
        }
    }
    strset_free(&seen);
}

static void check_task_criteria(Checker *ck, const Task *task, SrcPos node_pos)
{
    check_code_list(ck, task->criteria, task->criteria_pos, task->n_criteria, node_pos);
    for (size_t i = 0; i < task->n_assign; i++) {
        const Assignment *a = &task->assign[i];
        check_code_list(ck, a->indicators, a->indicator_pos, a->n_indicators, a->unit_pos);
    }
}

static void check_localities(Checker *ck)
{
    const Plan *plan = ck->plan;
    size_t n_catalog_criteria = 0; /* the largest catalog's: criteria_met cannot exceed it */
    for (size_t c = 0; c < plan->n_catalogs; c++)
        if (plan->catalogs[c].n_criteria > n_catalog_criteria)
            n_catalog_criteria = plan->catalogs[c].n_criteria;
    for (size_t i = 0; i < plan->n_localities; i++) {
        const Locality *loc = &plan->localities[i];
        check_code_list(ck, loc->criteria, loc->criteria_pos, loc->n_criteria, loc->pos);
        if (loc->criteria_met > (double)n_catalog_criteria && n_catalog_criteria > 0) {
            Buf met = {0};
            vi_put_decimal(&met, loc->criteria_met, -1);
            diag_error(ck->diags, loc->criteria_met_pos, loc->criteria_met_span, KH108,
                       "locality '%s' has met %s criteria (criteria_met), more than the %zu the "
                       "imported catalog has: check the number", loc->id, met.data, n_catalog_criteria);
            buf_free(&met);
        }
        if (loc->criteria_planned >= 0 && loc->n_criteria > 0 &&
            loc->criteria_planned != (double)loc->n_criteria) {
            Buf planned = {0};
            vi_put_decimal(&planned, loc->criteria_planned, -1);
            diag_warning(ck->diags, loc->pos, id_span(loc->id), KH510,
                         "locality '%s' plans %s criteria (criteria_planned) but lists %zu under "
                         "'criteria': correct the number or the list", loc->id, planned.data, loc->n_criteria);
            buf_free(&planned);
        }
        if (loc->status && loc->target && strcmp(loc->status, loc->target) == 0 &&
            plan_find_level(plan, loc->target)) /* an unknown level is KH204's */
            diag_warning(ck->diags, loc->pos, id_span(loc->id), KH258,
                         "locality '%s' aims for '%s' (target), the level it has reached "
                         "already (status): write the level it aims for next, or leave out "
                         "'status' if it has not reached it yet", loc->id, loc->target);
    }
}

/* ---- walking the body ----------------------------------------------------------- */

/* What the walk of the body carries: the checker, and the tasks met so far
 * (their ids are checked once all are known). */
typedef struct BodyCheck {
    Checker *ck;
    TaskList tasks;
} BodyCheck;

/* A task's deadline is held to the nearest task it sits in that has a
 * deadline window; NULL if none. */
static const Task *enclosing_dated_task(const BodyPlace *at)
{
    long first, last;
    for (size_t d = at->depth; d-- > 0;) {
        const BodyNode *up = at->ancestors[d];
        if (up->kind == NODE_TASK && up->task && due_window(&up->task->due, &first, &last))
            return up->task;
    }
    return NULL;
}

/* Each task of the body (plan_walk_body): its deadline, criteria and
 * units; listed for the check of the ids. */
static void check_node(void *data, const BodyPlace *at)
{
    BodyCheck *bc = data;
    const BodyNode *node = at->node;
    if (node->kind != NODE_TASK || !node->task)
        return;
    const Task *task = node->task;
    check_due(bc->ck, task, enclosing_dated_task(at));
    check_task_criteria(bc->ck, task, node->pos);
    check_task_units(bc->ck, task);
    TaskList *list = &bc->tasks;
    if (list->count == list->cap) {
        list->cap = list->cap ? list->cap * 2 : 64;
        list->items = xrealloc(list->items, list->cap * sizeof *list->items);
    }
    list->items[list->count] = (TaskRef){task, node, list->count};
    list->count++;
}

/* The figures over the rows of a table ({avg rows bieu01 ...}): parse_plan
 * checked their syntax before attach_resolve built the rows; their values
 * are checked now. */
static void check_row_figures(Checker *ck)
{
    InlineCtx ctx = ck->ctx;
    for (size_t i = 0; i < ck->plan->n_texts; i++) {
        ctx.task = ck->plan->texts[i].task;
        ck->errors += figures_check_rows(&ctx, ck->diags, &ck->plan->texts[i]);
    }
}

/* KH616: a criterion of an assignment table that no unit leads (the rows
 * resolve.c found, Attachment.leadless). Reported at the table's `rows` in
 * the plan, or at the attachment when the rows come from a preset. */
static void report_leadless(Checker *ck, const Attachment *att)
{
    size_t n_missing = att->n_leadless;
    if (!n_missing)
        return;
    Buf missing = {0};
    for (size_t k = 0; k < n_missing && k < 6; k++)
        buf_printf(&missing, "%s%s", k ? ", " : "", att->leadless[k]);
    SrcPos at = att->rows_in_plan ? att->rows_pos : att->pos;
    int span = att->rows_in_plan || !att->id ? att->rows_span
                                             : (int)utf8_count(att->id, strlen(att->id));
    diag_error(ck->diags, at, span, KH616,
               "%s %s%s %s no lead unit: no task with a 'lead' lists %s in 'criteria' or assigns "
               "%s indicators: give a task a 'lead' and this criterion in its 'criteria'",
               n_missing == 1 ? "criterion" : "criteria", missing.data,
               n_missing > 6 ? ", ..." : "", n_missing == 1 ? "has" : "have",
               n_missing == 1 ? "it" : "them", n_missing == 1 ? "its" : "their");
    ck->errors++;
    if (att->rows_in_plan && att->id)
        diag_note(ck->diags, att->pos, "in attachment '%s', whose column '%s' shows it",
                  att->id, att->columns[att->lead_col].key);
    else if (!att->rows_in_plan && att->rows_pos.file)
        diag_note(ck->diags, att->rows_pos, "the rows come from preset '%s', whose column "
                  "'%s' shows the lead", att->preset ? att->preset : "",
                  att->columns[att->lead_col].key);
    buf_free(&missing);
}

/* KH619: a totals row whose sum is 2^53 or more, where a double no longer
 * keeps every whole number; every back end prints attach_column_total. */
static void report_big_totals(Checker *ck, const Attachment *att)
{
    if (!att->has_totals)
        return;
    for (size_t c = 0; c < att->n_columns; c++) {
        if (!att->columns[c].total)
            continue;
        double sum = attach_column_total(att, c);
        if (fabs(sum) < VI_EXACT_LIMIT)
            continue;
        diag_error(ck->diags, att->pos, 0, KH619,
                   "the total of column '%s' is 2^53 (9.007.199.254.740.992) or more, where "
                   "numbers are no longer exact, and would print rounded (write the figures in "
                   "a larger unit, or leave the column out of the totals)",
                   att->columns[c].key ? att->columns[c].key : "");
        ck->errors++;
    }
}

static void check_table(Checker *ck, const Attachment *att)
{
    report_leadless(ck, att);
    report_big_totals(ck, att);
}

static void check_body_table(void *data, const BodyPlace *place)
{
    if (place->node->kind == NODE_TABLE && place->node->table)
        check_table(data, place->node->table);
}

/* KH616 and KH619 for the attachments and the tables in the body. */
static void check_tables(Checker *ck)
{
    const Plan *plan = ck->plan;
    for (size_t i = 0; i < plan->n_attachments; i++)
        check_table(ck, &plan->attachments[i]);
    plan_walk_body(plan->body, plan->n_body, check_body_table, ck);
}

int check_plan(Arena *arena, DiagSink *diags, TemplateSet *templates, const Plan *plan)
{
    Checker ck = {.arena = arena, .diags = diags, .plan = plan};
    ck.ctx = (InlineCtx){.plan = plan, .task = NULL, .templates = templates, .arena = arena};
    setup_dates(&ck);
    date_ahead_scan(&ck);
    check_bases(&ck);
    check_basis_kinds(&ck);
    collect_codes(&ck);

    BodyCheck body = {&ck, {0}};
    plan_walk_body(plan->body, plan->n_body, check_node, &body);
    check_task_ids(&ck, &body.tasks);
    free(body.tasks.items);
    report_date_left(&ck);

    check_localities(&ck);
    check_row_figures(&ck);
    int parent_loops = check_parent_loops(&ck);
    check_same_names(&ck);
    check_attachments(&ck);
    check_tables(&ck);
    check_signing(&ck);
    check_draft(arena, diags, plan, parent_loops); /* the drafter's meaning mistakes */
    check_textdates(diags, plan); /* a date in the words that does not exist */
    check_commas(diags, plan);    /* a recipient cut at its commas inside [...] */
    /* a value dropped under a misspelt key may hold the one use of an entry:
     * "never used" would echo that error, so it waits until it is fixed */
    if (!plan->values_dropped)
        check_unused(&ck);
    ck.errors += figures_check_budget(plan, diags);
    datakeys_check(diags, plan); /* last: every table and figure has named its keys */
    check_suppress_reach(diags, plan); /* after every warning: which escaped the plan's */

    return ck.errors;
}
