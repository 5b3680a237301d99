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
 *               ...)" line needs (KH254; an error, KH265, where a
 *               --templates wording prints it bare, as a basis without
 *               its 'by' or number there), localities that are their own
 *               ancestor (KH255), a unit named twice in one task (KH256),
 *               a task's supporting units without its lead (KH266),
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
 *               a warning); its text's last sentence (the closing, or
 *               the body's in a signed plan without one) ending in ':',
 *               ';' or ',' is not finished, and a signed plan's body
 *               that ends with no sentence takes no end mark
 *               (check_closing.c, KH163, KH184; the empty body of a
 *               finished plan is parse.c's KH164);
 *   figures     a locality whose criteria_planned disagrees with the codes
 *               it lists (KH510); the figures of the text are checked
 *               where they are read (figures.c, KH500-KH506), but those
 *               over a table's rows only here, once the rows are built.
 *
 * The deadlines' rules are in check_dates.c, the criteria's (and the
 * localities' targets) in check_codes.c; check_impl.h holds the Checker
 * they share. The rules only read the plan; to underline a whole value (a deadline, an
 * id) the length of the token at a position comes from the source text the
 * loader registered with the diagnostics sink (diag_token_chars).
 */
#include "check.h"
#include "check_impl.h"

#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "attach.h"
#include "check_attnamed.h"
#include "basis_form.h"
#include "check_closing.h"
#include "check_commas.h"
#include "check_draft.h"
#include "check_commune_name.h"
#include "check_localgov.h"
#include "check_suppress.h"
#include "check_short.h"
#include "check_textdates.h"
#include "datakeys.h"
#include "figures.h"
#include "i18n.h"
#include "inline.h"
#include "load.h"
#include "md_read.h"
#include "suggest.h"
#include "vi.h"

/* Reports an error and counts it. */
void check_error(Checker *ck, SrcPos pos, int span, DiagId code, const char *fmt, ...)
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
int span_at(Checker *ck, SrcPos pos)
{
    return diag_token_chars(ck->diags, pos);
}

int id_span(const char *id)
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

/* The "never used" entries of one registry (KH250-KH253), gathered to be
 * told each at its line or, all of them unused, once. */
typedef struct Unused {
    const char *ids[3];  /* the first three, named in a fold */
    SrcPos first;
    size_t n, of;        /* unused, of the entries asked about */
} Unused;

static void unused_count(Unused *u, const char *id, SrcPos pos, int unused)
{
    u->of++;
    if (!unused)
        return;
    if (u->n < 3)
        u->ids[u->n] = id;
    if (u->n++ == 0)
        u->first = pos;
}

/* Whether the entries of u are told once (KH250-KH253), and then their
 * first ids into ids ("'a', 'b', 'c', ..."). When four or more entries
 * are unused (a few are told each) and none is used, or the body holds
 * no task at all (taskless: `body: [x, y]`, its tasks lost), the cause is
 * one, not each entry: one warning at the first, instead of one per entry
 * (s38types M2: 25 warnings for one slip). */
static int unused_fold(const Unused *u, int taskless, Buf *ids)
{
    if (u->n < 4 || (u->n != u->of && !taskless))
        return 0;
    for (size_t i = 0; i < u->n && i < 3; i++)
        buf_printf(ids, "%s'%s'", i ? ", " : "", u->ids[i]);
    if (u->n > 3)
        buf_puts(ids, ", ...");
    return 1;
}

static void find_task(void *data, const BodyPlace *place)
{
    if (place->node->kind == NODE_TASK)
        *(int *)data = 1;
}

static void check_unused(Checker *ck)
{
    const Plan *plan = ck->plan;
    Unused un = {0}, ul = {0}, uv = {0};
    /* a second definition of an id (KH200) is not reported again; nor is
     * an entry of a shared registry (include:), which lists what every
     * plan of the place may use */
    for (size_t i = 0; i < plan->n_units; i++) {
        const Unit *unit = &plan->units[i];
        if (own_entry(plan, unit->pos) && plan_find_unit(plan, unit->id) == unit)
            unused_count(&un, unit->id, unit->pos, unit->uses == 0);
    }
    for (size_t i = 0; i < plan->n_localities; i++) {
        const Locality *loc = &plan->localities[i];
        if (own_entry(plan, loc->pos) && plan_find_locality(plan, loc->id) == loc)
            unused_count(&ul, loc->id, loc->pos, loc->uses == 0);
    }
    for (size_t i = 0; i < plan->n_levels; i++) {
        const Level *level = &plan->levels[i];
        if (own_entry(plan, level->pos) && plan_find_level(plan, level->id) == level)
            unused_count(&uv, level->id, level->pos, level->uses == 0);
    }
    int has_task = 0;
    plan_walk_body(plan->body, plan->n_body, find_task, &has_task);
    Buf ids = {0};
    int fold_units = unused_fold(&un, !has_task, &ids);
    if (fold_units)
        diag_warning(ck->diags, un.first, id_span(un.ids[0]), KH250,
                     "%d of the plan's units are never used (%s): does the body hold its "
                     "tasks? Name them as tasks' leads or supports, or delete the units",
                     (int)un.n, buf_str(&ids));
    buf_reset(&ids);
    int fold_locs = unused_fold(&ul, !has_task, &ids);
    if (fold_locs)
        diag_warning(ck->diags, ul.first, id_span(ul.ids[0]), KH251,
                     "%d of the plan's localities are never used (%s): is the body "
                     "complete? Refer to them ({loc ...}, a table's rows), or delete them",
                     (int)ul.n, buf_str(&ids));
    buf_reset(&ids);
    int fold_levels = unused_fold(&uv, !has_task, &ids);
    if (fold_levels)
        diag_warning(ck->diags, uv.first, id_span(uv.ids[0]), KH252,
                     "%d of the plan's levels are never used (%s): use them as localities' "
                     "targets, or delete them", (int)uv.n, buf_str(&ids));
    buf_reset(&ids);
    /* a task's 'lead:' line deleted: KH266 there, and the unit it named
     * never used; one slip, told once: a note to the KH266 naming the
     * unit (s41msg left 00931) */
    if (!fold_units && un.n && (ck->unled_at.line || plan->support_lost_at.line)) {
        for (size_t i = 0; i < un.n && i < 3; i++)
            buf_printf(&ids, "%s'%s'", i ? ", " : "", un.ids[i]);
        if (ck->unled_at.line)
            fold_units = diag_note_on_line(ck->diags, ck->unled_at, "a task's lead lost? The plan "
                                           "names %s nowhere: 'lead: %s' here if it leads this "
                                           "task", buf_str(&ids), un.ids[0]);
        else /* its 'support:' line deleted under a '{support}' (s41msg round, 654) */
            fold_units = diag_note_on_line(ck->diags, plan->support_lost_at, "a task's support "
                                           "lost? The plan names %s nowhere: add 'support: [%s]' "
                                           "to this task if it supports it", buf_str(&ids),
                                           un.ids[0]);
    }
    buf_free(&ids);
    for (size_t i = 0; i < plan->n_units && !fold_units; i++) {
        const Unit *unit = &plan->units[i];
        if (unit->uses == 0 && own_entry(plan, unit->pos) && plan_find_unit(plan, unit->id) == unit)
            diag_warning(ck->diags, unit->pos, id_span(unit->id), KH250,
                         "unit '%s' is defined but never used: delete it, or name it as a task's "
                         "lead or support", unit->id);
    }
    for (size_t i = 0; i < plan->n_localities && !fold_locs; i++) {
        const Locality *loc = &plan->localities[i];
        if (loc->uses == 0 && own_entry(plan, loc->pos) && plan_find_locality(plan, loc->id) == loc)
            diag_warning(ck->diags, loc->pos, id_span(loc->id), KH251,
                         "locality '%s' is defined but never used: delete it, or refer to it "
                         "({loc ...}, a table's rows)", loc->id);
    }
    for (size_t i = 0; i < plan->n_levels && !fold_levels; i++) {
        const Level *level = &plan->levels[i];
        if (level->uses == 0 && own_entry(plan, level->pos) && plan_find_level(plan, level->id) == level)
            diag_warning(ck->diags, level->pos, id_span(level->id), KH252,
                         "level '%s' is defined but never used: delete it, or use it as a "
                         "locality's target", level->id);
    }
}

/* A registry with no entry at all ('units: []', its list deleted, an
 * 'include:' that brings none) that the plan uses: one error at its list
 * naming how many uses it leaves unknown and the first ids (plan.c counts
 * them: Plan.registry_empty), not an unknown id at each use (s38types M3:
 * 30 KH202 for one emptied list). */
static void check_empty_registries(Checker *ck)
{
    static const char *const nouns[] = {N_("unit"), N_("locality"), N_("level"),
                                        N_("attachment")};
    static const char *const keys[] = {"units", "localities", "levels", "attachments"};
    static const DiagId codes[] = {KH202, KH203, KH204, KH205};
    const Plan *plan = ck->plan;
    for (int r = REG_UNIT; r <= REG_ATTACHMENT; r++) {
        size_t n = plan->empty_refs[r];
        if (!n || plan->registry_empty[r] != 1) /* 2: its first use told it */
            continue;
        Buf ids = {0}, uses = {0}, figs = {0}, msg = {0};
        size_t n_figs = plan->empty_figures[r], named = n - n_figs; /* figures name no id */
        for (size_t i = 0; i < 3 && plan->empty_ids[r][i][0]; i++)
            buf_printf(&ids, "%s'%s'", i ? ", " : "", plan->empty_ids[r][i]);
        if (named > 3)
            buf_puts(&ids, ", ...");
        /* "1 uses name one ()" when a figure was the one use (s39types) */
        if (named == 1)
            diag_format(&uses, _("1 use names one (%s)"), buf_str(&ids));
        else if (named)
            diag_format(&uses, _("%d uses name one (%s)"), (int)named, buf_str(&ids));
        if (n_figs == 1)
            diag_format(&figs, "%s", _("1 figure reads them"));
        else if (n_figs)
            diag_format(&figs, _("%d figures read them"), (int)n_figs);
        if (named && n_figs)
            diag_format(&uses, _(" and %s"), buf_str(&figs));
        else if (n_figs)
            buf_puts(&uses, buf_str(&figs));
        if (r == REG_ATTACHMENT)
            diag_format(&msg, _("the plan has no %s (its '%s:' list is empty or missing), and "
                                "%s: declare them under '%s:'"),
                        _(nouns[r]), keys[r], buf_str(&uses), keys[r]);
        else
            diag_format(&msg, _("the plan has no %s (its '%s:' list is empty or missing), and "
                                "%s: define them under '%s:', or include the registry that does"),
                        _(nouns[r]), keys[r], buf_str(&uses), keys[r]);
        check_error(ck, plan->registry_at[r], 1, codes[r], "%s", buf_str(&msg));
        buf_free(&ids);
        buf_free(&uses);
        buf_free(&figs);
        buf_free(&msg);
    }
}

/* A plan without a criteria catalog ('import: []', or no 'import:') that
 * uses one (criteria codes, {crit ...}, rows from criteria): one error
 * naming how many uses need it (plan_catalog_gone counts them), at the
 * empty list, else at the first use, not one at each (s39types: 44
 * errors for one emptied list). */
static void report_no_catalog(Checker *ck)
{
    const Plan *plan = ck->plan;
    int n = (int)plan->catalog_uses;
    SrcPos at = plan->catalog_use_at.file ? plan->catalog_use_at : plan->pos;
    int span = plan->catalog_use_at.file ? plan->catalog_use_span : 1;
    if (!n)
        return;
    if (plan->import_at.file && n == 1)
        check_error(ck, plan->import_at, 1, KH401, "the plan imports no criteria catalog (its "
                    "'import:' list is empty), and 1 use of criteria needs one: add 'import: "
                    "[qd318-xa-ntm]' or your own catalog");
    else if (plan->import_at.file)
        check_error(ck, plan->import_at, 1, KH401, "the plan imports no criteria catalog (its "
                    "'import:' list is empty), and %d uses of criteria need one: add 'import: "
                    "[qd318-xa-ntm]' or your own catalog", n);
    else if (n == 1)
        check_error(ck, at, span, KH401, "criteria need a criteria catalog, and the plan imports "
                    "none (it has no 'import:'): add 'import: [qd318-xa-ntm]' or your own "
                    "catalog");
    else
        check_error(ck, at, span, KH401, "criteria need a criteria catalog, and the plan imports "
                    "none (it has no 'import:'): %d uses, the first here, not each reported; add "
                    "'import: [qd318-xa-ntm]' or your own catalog", n);
}

/* ---- the same name twice ---------------------------------------------------- */

/* A unit or locality by what makes its printed name the same as another's. */
typedef struct Named {
    const char *parent, *kind, *name, *id;
    const char *key;         /* name as read: case, dashes, tones folded (vi_put_name_key) */
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

/* 1 if names a and b differ only in where their tone marks stand ("Văn
 * hoá", "Văn hóa"), the message KH257 always gave; else their capitals or
 * dashes differ too. */
static int tones_only(const char *a, const char *b)
{
    Buf x = {0}, y = {0};
    vi_put_tone_key(&x, a);
    vi_put_tone_key(&y, b);
    int same = strcmp(buf_str(&x), buf_str(&y)) == 0;
    buf_free(&x);
    buf_free(&y);
    return same;
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
        int tone_only = tones_only(a->name, b->name);
        if (strcmp(a->name, b->name) != 0 && localities && tone_only)
            diag_warning(ck->diags, b->pos, id_span(b->id), KH257,
                         "locality '%s' ('%s') has the name, kind and parent of '%s' ('%s'), "
                         "its tone mark placed otherwise: the two read the same; write the "
                         "name one way, or remove the copy", b->id, b->name, a->id, a->name);
        else if (strcmp(a->name, b->name) != 0 && localities)
            diag_warning(ck->diags, b->pos, id_span(b->id), KH257,
                         "locality '%s' ('%s') has the name, kind and parent of '%s' ('%s'), "
                         "written with other capitals, dashes or tone marks: the two read the "
                         "same; write the name one way, or remove the copy",
                         b->id, b->name, a->id, a->name);
        else if (strcmp(a->name, b->name) != 0 && tone_only)
            diag_warning(ck->diags, b->pos, id_span(b->id), KH257,
                         "unit '%s' ('%s') has the name of unit '%s' ('%s'), its tone mark "
                         "placed otherwise: the two read the same; write the name one way, or "
                         "remove the copy", b->id, b->name, a->id, a->name);
        else if (strcmp(a->name, b->name) != 0)
            diag_warning(ck->diags, b->pos, id_span(b->id), KH257,
                         "unit '%s' ('%s') is unit '%s' ('%s') written with other capitals, "
                         "dashes or tone marks: one office under two names, printed two ways; "
                         "keep one unit and name it wherever the other is named, or remove the "
                         "copy", b->id, b->name, a->id, a->name);
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
    vi_put_name_key(&key, arena, e.name);
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

/* Where wording text prints the value name ({{name}} or {{{name}}}, blanks
 * inside the braces allowed) outside a {{#name}}...{{/name}} section, the
 * byte offset of that tag; -1 where it prints it only inside one (or not
 * at all). A tag is read as template.c reads it; a tag left open ends the
 * scan (template.c reports it, KH803). */
static long prints_bare(const char *text, const char *name)
{
    size_t name_len = strlen(name);
    int depth = 0; /* {{#name}} sections open around here */
    for (const char *open = str_find(text, "{{"); open; open = str_find(open, "{{")) {
        int triple = open[2] == '{';
        const char *in = open + 2 + triple;
        const char *close = str_find(in, triple ? "}}}" : "}}");
        if (!close)
            return -1;
        char sigil = triple ? '&' : *in;
        if (strchr("#^/&!>", sigil) && !triple)
            in++;
        while (*in == ' ')
            in++;
        const char *end = close;
        while (end > in && end[-1] == ' ')
            end--;
        int named = (size_t)(end - in) == name_len && memcmp(in, name, name_len) == 0;
        if (named && sigil == '#')
            depth++;
        else if (named && sigil == '/' && depth > 0)
            depth--;
        else if (named && (sigil == '&' || !strchr("#^/!>", sigil)) && depth == 0)
            return (long)(open - text);
        open = close + (triple ? 3 : 2);
    }
    return -1;
}

/* Whether the wording key, as a --templates wording.yaml changes it,
 * prints name bare (prints_bare): then *where is that tag in wording.yaml,
 * for KH265, whose caller leaves name empty (the document would print a
 * dangling word, "... của )"). */
static int bare_in_user_wording(Checker *ck, const char *key, const char *name, SrcPos *where)
{
    const YNode *user = tpl_user_wording(ck->ctx.templates);
    const YNode *value = NULL;
    for (size_t i = 0; user && i < user->count && !value; i++)
        if (strcmp(user->keys[i]->text, key) == 0 && user->values[i]->kind == YNODE_SCALAR)
            value = user->values[i];
    long tag = value ? prints_bare(value->text, name) : -1;
    if (tag < 0)
        return 0;
    *where = ynode_pos_at(value, (size_t)tag);
    if (!where->file)
        where->file = "wording.yaml";
    return 1;
}

/* bare_in_user_wording's answer for one key and value name, found once:
 * asked again for each basis without its issuer or number, it read the
 * whole wording each time (1,000 such bases under a wording of 230 KB:
 * 1.2 s for `khgen check`, s29review). */
typedef struct BareWording {
    int known, bare;
    SrcPos where;
} BareWording;

static const BareWording *bare_once(Checker *ck, BareWording *memo, const char *key,
                                    const char *name)
{
    if (!memo->known) {
        memo->bare = bare_in_user_wording(ck, key, name, &memo->where);
        memo->known = 1;
    }
    return memo;
}

/* KH265 for the legal bases: one cited without its issuer ('by') or its
 * number where a --templates wording prints that value bare ("... số
 * ngày ...", "... của ;"). */
static void check_basis_wording(Checker *ck)
{
    const Plan *plan = ck->plan;
    BareWording memo[2][2]; /* [dated][0 issuer, 1 number] */
    memset(memo, 0, sizeof memo);
    for (size_t i = 0; i < plan->n_bases; i++) {
        const Basis *b = &plan->bases[i];
        int dated = b->date.year != 0;
        const char *key = dated ? "basis" : "basis_no_date";
        if (b->text)
            continue;
        const BareWording *bare = b->issuer ? NULL : bare_once(ck, &memo[dated][0], key, "issuer");
        if (bare && bare->bare) {
            ck->errors++;
            diag_error(ck->diags, b->pos, 0, KH265,
                       "this basis has no issuer ('by'), and the wording '%s' of --templates "
                       "(%s:%d) prints {{issuer}} outside {{#issuer}}...{{/issuer}}: the document "
                       "would print 'của' alone; give the basis 'by: ...', or write "
                       "'{{#issuer}} của {{issuer}}{{/issuer}}' in that wording",
                       key, bare->where.file, bare->where.line);
        }
        bare = b->number ? NULL : bare_once(ck, &memo[dated][1], key, "number");
        if (bare && bare->bare) {
            ck->errors++;
            diag_error(ck->diags, b->pos, 0, KH265,
                       "this basis has no 'number', and the wording '%s' of --templates (%s:%d) "
                       "prints {{number}} outside {{#number}}...{{/number}}: the document would "
                       "print 'số' alone; give the basis its number, or write "
                       "'{{#number}} số {{number}}{{/number}}' in that wording",
                       key, bare->where.file, bare->where.line);
        }
    }
}

/* KH253 and KH254. Each waits for an error that would explain it: a value
 * dropped under a misspelt key ('bdoy:') may hold the references, the
 * second of two attachments with one id (KH200) is never the one they
 * name, and a header lost or misspelt has no issuer_short (s10diag). */
static void check_attachments(Checker *ck)
{
    const Plan *plan = ck->plan;
    Unused ua = {0};
    for (size_t i = 0; i < plan->n_attachments; i++) {
        const Attachment *att = &plan->attachments[i];
        if (att->id && plan_find_attachment(plan, att->id) == att)
            unused_count(&ua, att->id, att->pos, att->uses == 0);
    }
    Buf ids = {0};
    int fold = plan->values_dropped || unused_fold(&ua, 0, &ids);
    if (fold && !plan->values_dropped)
        diag_warning(ck->diags, ua.first, id_span(ua.ids[0]), KH253,
                     "none of the plan's %d attachments is referred to from the text (%s): "
                     "write '(Chi tiết theo {att ID} đính kèm)' where each belongs",
                     (int)ua.n, buf_str(&ids));
    buf_free(&ids);
    for (size_t i = 0; i < plan->n_attachments && !fold; i++) {
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
        SrcPos w;
        if (bare_in_user_wording(ck, "attachment_under_title", "issuer", &w)) {
            ck->errors++;
            diag_error(ck->diags, att->pos, id_span(att->id), KH265,
                       "the plan has attachments but the header has no 'issuer_short', and the "
                       "wording 'attachment_under_title' of --templates (%s:%d) prints {{issuer}} "
                       "outside {{#issuer}}...{{/issuer}}: their line would print the words around it "
                       "alone ('của )'); add it "
                       "(issuer_short: UBND xã ...), or write '{{#issuer}} của "
                       "{{issuer}}{{/issuer}}' in that wording",
                       w.file, w.line);
            return;
        }
        diag_warning(ck->diags, att->pos, id_span(att->id), KH254,
                     "the plan has attachments but the header has no 'issuer_short' for their "
                     "line '(Kèm theo Kế hoạch số ... của ...)': add it (issuer_short: UBND xã "
                     "...)");
    }
}

/* 1 if the file ends in the plan's closing sentence or its recipients
 * (last) cut short: after the closing, no attachment in its file; the
 * recipients, if any, end on the last line and their last is not the
 * "Lưu" line a whole list ends with; without them, the closing sentence
 * does not end with its full stop (a whole plan saved with no line break
 * at its end, a Notepad copy of an imported seed that has no signature,
 * is not cut). */
static int ends_in_closing(const Plan *plan, SrcPos last)
{
    if (plan->closing_pos.file != last.file || plan->closing_pos.line > last.line)
        return 0;
    for (size_t i = 0; i < plan->n_attachments; i++)
        if (plan->attachments[i].pos.file == last.file &&
            plan->attachments[i].pos.line > plan->closing_pos.line)
            return 0;
    if (plan->recipients_node)
        return plan->recipients_node->end.line >= last.line && plan->n_recipients > 0 &&
               strncmp(plan->recipients[plan->n_recipients - 1], "Lưu", strlen("Lưu")) != 0;
    size_t n = strlen(plan->closing);
    while (n > 0 && (plan->closing[n - 1] == ' ' || plan->closing[n - 1] == '\t'))
        n--;
    return n > 0 && !strchr(".!?)", plan->closing[n - 1]);
}

/* A plan whose file ends in the middle of a line, no line break after its
 * last, where a whole plan does not end: before its closing sentence, or
 * in a comment after its last value (s39slip L3: cut in the comment above
 * `attachments:`, the Biểu lost), or in the closing sentence or the
 * recipients with no signature after them. A copy, a download or an
 * e-mail cut short keeps what is above the cut, which checks and builds
 * as a draft would (s38slip: 5 of 47 cut copies, exit 0). KH129; not for a
 * plan with no body, which is told so. Returns 1 if so: the units and
 * localities the lost part used are then not "never used" (KH250 and
 * KH251 were twenty warnings about one cut), and the signing block lost
 * is not asked for (KH160). */
static int check_cut_short(Checker *ck)
{
    const Plan *plan = ck->plan;
    SrcPos last;
    if (plan->n_body == 0 || !load_file_ends_open(plan->pos, &last))
        return 0;
    if (!plan->closing)
        diag_warning(ck->diags, last, 0, KH129,
                     "the file ends in the middle of line %d, without a line break, and the plan "
                     "has no closing sentence: was the copy cut short (a copy, a download or an "
                     "e-mail that failed)? Compare the file with its original; if it is a draft "
                     "of the body, end its last line with a line break",
                     last.line);
    else if (load_file_ends_in_comment(plan->pos))
        diag_warning(ck->diags, last, 0, KH129,
                     "the file ends in the middle of line %d, a comment after the plan's last "
                     "value, without a line break: was the copy cut short (a copy, a download or "
                     "an e-mail that failed), and what followed the comment (the attachments, "
                     "...) lost? Compare the file with its original; if it is whole, end its "
                     "last line with a line break",
                     last.line);
    else if (!plan->signature && ends_in_closing(plan, last))
        diag_warning(ck->diags, last, 0, KH129,
                     "the file ends in the middle of line %d, without a line break, in the "
                     "closing sentence or the recipients, and the plan has no signature: was "
                     "the copy cut short (a copy, a download or an e-mail that failed)? Compare "
                     "the file with its original; if it is whole, end its last line with a line "
                     "break and add the signature",
                     last.line);
    else
        return 0;
    return 1;
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
    if (!plan->signature && !plan->signature_reported)
        diag_warning(ck->diags, pos, 0, KH160,
                     "the plan has no 'signature': a Kế hoạch is issued signed (add "
                     "'signature: {lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH], name: ...}')");
    if (plan->n_recipients == 0 && !plan->recipients_reported)
        diag_warning(ck->diags, pos, 0, KH160,
                     "the plan has no 'recipients': the document lists where it is sent "
                     "(add 'recipients: [..., \"Lưu: VT\"]')");
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
size_t add_id(StrSet *set, const char *const *ids, size_t n, size_t i)
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

/* KH266: a task without a lead whose supporting units print nowhere in
 * the body: they follow the lead's name on the "Đơn vị thực hiện" line
 * ("A phối hợp với B"), dropped silently, exit 0, while a task table's
 * 'support' column listed them (s35attack H4; a lead note alone prints
 * on that line, parse_task). Not for a table's row, whose columns print
 * them, nor for a lead written but unread ("lead: []", KH107). */
static void check_task_unled(Checker *ck, const Task *task, const BodyPlace *at)
{
    if (task->lead || task->lead_pos.file || !task->n_support)
        return;
    for (size_t d = 0; d < at->depth; d++)
        if (at->ancestors[d]->kind == NODE_TABLE)
            return;
    SrcPos pos = task->support_pos ? task->support_pos[0] : at->node->pos;
    diag_warning(ck->diags, pos, 1, KH266,
                 "the task has no 'lead': its supporting units are not printed under it (they "
                 "follow the lead's name, \"A phối hợp với B\"): add the task's 'lead', or "
                 "delete 'support'");
    if (!ck->unled_at.line)
        ck->unled_at = pos;
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
 * order of the ids. Two that differ only in case are KH267, the rule of
 * every kind of id (plan_warn_case_twins). */
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
    IdAt *ids = xmalloc((n + 1) * sizeof *ids); /* "ra-soat" and "Ra-Soat": KH267 */
    for (size_t i = 0; i < n; i++)
        ids[i] = (IdAt){with_id[i].task->id, with_id[i].task->id_pos};
    plan_warn_case_twins(ck->diags, ids, n);
    free(ids);
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
    check_task_unled(bc->ck, task, at);
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
    /* a whole sentence for one and for more: words passed as arguments
     * ("has", "them") stayed English in the Vietnamese message */
    if (n_missing == 1)
        diag_error(ck->diags, at, span, KH616,
                   "criterion %s has no lead unit: no task with a 'lead' lists it in 'criteria' "
                   "or assigns its indicators: give a task a 'lead' and this criterion in its "
                   "'criteria'",
                   missing.data);
    else
        diag_error(ck->diags, at, span, KH616,
                   "criteria %s%s have no lead unit: no task with a 'lead' lists them in "
                   "'criteria' or assigns their indicators: give a task a 'lead' and this "
                   "criterion in its 'criteria'",
                   missing.data, n_missing > 6 ? ", ..." : "");
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
    /* a value dropped with an error (a misspelt 'leed:', a key written
     * twice) may hold the task that leads a criterion: KH616 would echo
     * it, so it waits until that is fixed, as "never used" does */
    if (!ck->plan->values_dropped)
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
    date_signed_early(&ck);
    check_bases(&ck);
    check_basis_kinds(&ck);
    collect_codes(&ck);

    BodyCheck body = {&ck, {0}};
    plan_walk_body(plan->body, plan->n_body, check_node, &body);
    check_task_ids(&ck, &body.tasks);
    free(body.tasks.items);
    report_date_left(&ck);

    check_empty_registries(&ck); /* 'units: []' and its uses */
    check_localities(&ck);
    check_row_figures(&ck);
    int parent_loops = check_parent_loops(&ck);
    check_same_names(&ck);
    check_attachments(&ck);
    check_basis_wording(&ck);
    check_tables(&ck);
    int cut = check_cut_short(&ck); /* KH129 */
    if (!cut) {
        check_signing(&ck);
        check_end_mark(diags, plan); /* "./." after what (KH163, KH184) */
    }
    basis_form_issuer_check(diags, plan); /* "ubnd tỉnh bắc giang" (KH178) */
    check_closing_year(diags, plan);      /* "Kế hoạch năm 2023" in 2024's (KH315) */
    check_localgov(diags, plan);          /* "UBND huyện", "Sở GTVT" in 2026 (KH181, KH182) */
    check_commune_name(diags, plan);      /* "xã Bình Trung" in XÃ HÒA CƯ's plan (KH185) */
    check_draft(arena, diags, plan, parent_loops); /* the drafter's meaning mistakes */
    check_textdates(diags, plan); /* a date in the words that does not exist */
    check_attnamed(diags, plan);  /* "Biểu 02 đính kèm" with no Biểu 02 (KH268) */
    check_short_names(diags, plan); /* "X ({short x})": the name twice (KH214) */
    check_commas(diags, plan);    /* a recipient cut at its commas inside [...], two joined */
    ck.errors += attach_check_data_commas(diags, plan); /* `data:` "1,500" (KH114) */
    /* a value dropped under a misspelt key may hold the one use of an entry:
     * "never used" would echo that error, so it waits until it is fixed */
    int emptied = 0; /* a registry emptied: its entries' uses of the others are lost too */
    for (int r = REG_UNIT; r <= REG_ATTACHMENT; r++)
        emptied |= plan->empty_refs[r] > 0;
    if (!plan->values_dropped && !cut && !emptied && !plan->unknown_ids)
        check_unused(&ck);
    ck.errors += figures_check_budget(plan, diags);
    datakeys_check(diags, plan); /* last: every table and figure has named its keys */
    report_no_catalog(&ck); /* after every use of the catalog is counted */
    check_suppress_reach(diags, plan); /* after every warning: which escaped the plan's */
    plan_note_offered_ids(plan, diags); /* after every use: the id a broken entry is given */

    return ck.errors;
}
