/* query_fields.c - the value of each field of each source (query.h):
 * localities, tasks, criteria and indicators.
 *
 * Called by figures_eval.c (a figure's filters and the field it adds up)
 * and attach_rows.c (a table's columns, `where`, sort and group_by) alike,
 * so that a field means one thing wherever it is named: for each item of a
 * source and each field this gives the display text, the raw values a
 * filter compares (ids, codes), the number and the sort order. Also lists
 * a source's items (query_items) and the tasks of the body with the
 * headings they sit under (query_open).
 *
 * Runs in stage 3 (resolve) and, for figures over table rows, in check.
 * Reads the Plan; allocates only in the QueryCtx's arena (texts) and the
 * malloc'd lists query_close frees. Texts with references are expanded
 * through the caller's QueryText hooks (inline.c's).
 */
#include "query.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "catalog.h"
#include "lockind.h"
#include "taskcodes.h"
#include "vi.h"

/* Who answers for a criterion or indicator, gathered from the tasks. */
typedef struct Responsibility {
    StrList leads;      /* unit ids */
    StrList supports;   /* unit ids */
    StrList lines;      /* the "Phụ trách" phrases and assignment lines */
    StrList dues;       /* deadline phrases */
    StrList notes;      /* lead notes */
    int borrowed;       /* the lists are the criterion fallback's (an
                           indicator nobody answers for): not freed with it */
} Responsibility;

/* ---- the tasks of the body ------------------------------------------------- */

/* A task of the body (plan_walk_body), listed with the titles of the
 * section and the clause (under that section) it sits in. */
static void collect_task(void *data, const BodyPlace *at)
{
    QueryCtx *q = data;
    if (at->node->kind != NODE_TASK || !at->node->task)
        return;
    const BodyNode *section = plan_body_enclosing(at, NODE_SECTION, -1);
    const BodyNode *clause = plan_body_enclosing(at, NODE_CLAUSE, NODE_SECTION);
    if (q->n_tasks == q->cap_tasks) {
        q->cap_tasks = q->cap_tasks ? q->cap_tasks * 2 : 32;
        q->tasks = xrealloc(q->tasks, q->cap_tasks * sizeof *q->tasks);
    }
    q->tasks[q->n_tasks++] = (TaskItem){at->node->task, at->node,
                                        section ? section->title : NULL,
                                        clause ? clause->title : NULL, NULL, NULL};
}

void query_open(QueryCtx *q, Arena *arena, const Plan *plan, TemplateSet *templates,
                const QueryText *text)
{
    memset(q, 0, sizeof *q);
    q->arena = arena;
    q->plan = plan;
    q->templates = templates;
    q->text = text;
    q->ctx = (InlineCtx){.plan = plan, .task = NULL, .templates = templates, .arena = arena};
}

void query_preset_tasks(QueryCtx *q, const TaskItem *tasks, const void **ptrs, size_t n)
{
    q->shared_tasks = tasks;
    q->tasks = (TaskItem *)tasks; /* written only through own_task */
    q->n_tasks = q->cap_tasks = n;
    q->tasks_listed = 1;
    q->item_ptrs[1] = ptrs;
    q->n_item_ptrs[1] = n;
}

/* ti, in a list of q's own, where a phrase made in q's arena may be kept:
 * a shared list (query_preset_tasks) is copied the first time. */
static TaskItem *own_task(QueryCtx *q, TaskItem *ti)
{
    const TaskItem *base = q->shared_tasks;
    if (!base)
        return ti;
    if (!q->tasks_copied) {
        q->tasks = xmalloc((q->n_tasks + 1) * sizeof *q->tasks);
        memcpy(q->tasks, base, q->n_tasks * sizeof *q->tasks);
        q->tasks_copied = 1;
    }
    uintptr_t at = (uintptr_t)ti, from = (uintptr_t)base;
    if (at >= from && at < from + q->n_tasks * sizeof *base)
        return &q->tasks[(at - from) / sizeof *base];
    return ti;
}

/* Lists the tasks of the body the first time they are needed. */
static void need_tasks(QueryCtx *q)
{
    if (q->tasks_listed)
        return;
    q->tasks_listed = 1;
    plan_walk_body(q->plan->body, q->plan->n_body, collect_task, q);
}

/* Plain text of a plan text with its references expanded (task: for
 * {lead}, {due}). */
const char *query_expand(QueryCtx *r, const char *text, const Task *task)
{
    if (!text)
        return "";
    InlineCtx ctx = r->ctx;
    ctx.task = task;
    Buf b = {0};
    r->text->plain(&ctx, text, &b);
    char *s = buf_to_arena(&b, r->arena);
    buf_free(&b);
    return s;
}

int query_field_columnable(const Field *field)
{
    switch (field->id) {
    case F_ID:
    case F_NAME:
    case F_KIND:
    case F_PARENT:
    case F_STATUS:
    case F_TARGET:
    case F_TARGET_YEAR:
    case F_CRITERIA_MET:
    case F_CRITERIA_PLANNED:
    case F_CRITERIA_TOTAL:
    case F_N_CRITERIA:
        return 1;
    default:
        return 0;
    }
}

const char *query_expand_written(QueryCtx *r, const char *text)
{
    if (!text)
        return "";
    Buf b = {0};
    r->text->written(&r->ctx, text, &b);
    char *s = buf_to_arena(&b, r->arena);
    buf_free(&b);
    return s;
}

/* A one-line wording template (templates/wording.yaml) with string values
 * given as key, value pairs ending in NULL. */
static void put_wording(QueryCtx *r, Buf *out, const char *key, const char *fallback, ...)
{
    const char *wording = r->templates ? tpl_wording(r->templates, key) : NULL;
    TValue *values = tv_map(r->arena);
    va_list ap;
    va_start(ap, fallback);
    const char *name;
    while ((name = va_arg(ap, const char *)) != NULL)
        tv_set_str(r->arena, values, name, va_arg(ap, const char *));
    va_end(ap);
    if (!wording) {
        buf_puts(out, fallback);
        return;
    }
    tpl_render_text(r->templates, "templates/wording.yaml", wording, strlen(wording), values,
                    TPL_ESCAPE_NONE, out);
}

/* "Công chức X phụ trách Chỉ tiêu 17.1, 17.4." (or the assignment's own
 * text). */
static void put_assignment(QueryCtx *r, const Task *task, const Assignment *a, Buf *out)
{
    if (a->text) {
        buf_puts(out, query_expand(r, a->text, task));
        return;
    }
    Buf indicators = {0};
    for (size_t i = 0; i < a->n_indicators; i++)
        buf_printf(&indicators, "%s%s", i ? ", " : "", a->indicators[i]);
    const char *unit = query_unit_names(r, &a->unit, 1, 0);
    Buf fallback = {0};
    buf_printf(&fallback, "%s: %s", unit, indicators.data ? indicators.data : "");
    put_wording(r, out, "assign_line", fallback.data, "unit", unit, "indicators",
                indicators.data ? indicators.data : "", (const char *)NULL);
    buf_free(&indicators);
    buf_free(&fallback);
}

static const char *due_text(QueryCtx *r, const Task *task)
{
    Buf b = {0};
    InlineCtx ctx = r->ctx;
    ctx.task = task;
    r->text->due(&ctx, &task->due, &b);
    char *s = buf_to_arena(&b, r->arena);
    buf_free(&b);
    return s;
}



/* Appends the text of b, copied into the arena, unless it is empty or
 * already listed (then nothing is copied). */
static void strlist_add_buf(QueryCtx *r, StrList *list, const Buf *b)
{
    if (!b->len || query_strlist_has(list, b->data, b->len))
        return;
    query_strlist_add(list, arena_strndup(r->arena, b->data, b->len));
}

static const char *strlist_join(QueryCtx *r, const StrList *list, const char *sep)
{
    Buf b = {0};
    for (size_t i = 0; i < list->count; i++) { /* no printf: a criterion joins hundreds */
        if (i)
            buf_puts(&b, sep);
        buf_puts(&b, list->items[i]);
    }
    char *s = buf_to_arena(&b, r->arena);
    buf_free(&b);
    return s;
}

/* Copies a StrList into the arena as a raw-values array. */
static void set_raw(QueryCtx *r, FieldValue *out, const StrList *list)
{
    const char **raw = arena_alloc(r->arena, (list->count + 1) * sizeof *raw);
    if (list->count)
        memcpy(raw, list->items, list->count * sizeof *raw);
    out->raw = raw;
    out->n_raw = list->count;
}

static void set_number(QueryCtx *r, FieldValue *out, double value)
{
    out->number = value;
    out->is_number = 1;
    if (r->ids_only)
        return; /* a number matches and adds up as a number */
    Buf b = {0};
    vi_put_decimal(&b, value, -1);
    out->text = buf_to_arena(&b, r->arena);
    buf_free(&b);
}

static void set_year(QueryCtx *r, FieldValue *out, int year)
{
    out->number = year;
    out->is_number = 1;
    out->text = arena_int(r->arena, year);
}

static const char *make_full_name(QueryCtx *r, const Locality *loc);

/* "Xã Đồng Hưu": the kind with a capital, then the name; made once for
 * each locality (a commune is the parent of each of its villages' rows). */
static const char *full_name(QueryCtx *r, const Locality *loc)
{
    if (!loc->kind || !*loc->kind)
        return loc->name;
    if (!loc->id)
        return make_full_name(r, loc);
    size_t known = strset_find(&r->full_names, loc->id);
    if (known != (size_t)-1)
        return (const char *)(uintptr_t)known;
    const char *s = make_full_name(r, loc);
    strset_add(&r->full_names, loc->id, (size_t)(uintptr_t)s);
    return s;
}

static const char *make_full_name(QueryCtx *r, const Locality *loc)
{
    Buf b = {0};
    lockind_full_name(&b, loc->kind, loc->name);
    char *s = buf_to_arena(&b, r->arena);
    buf_free(&b);
    return s;
}

static const char *criteria_names(QueryCtx *r, const char *const *codes, size_t n)
{
    Buf b = {0};
    for (size_t i = 0; i < n; i++) {
        const Indicator *indicator = NULL;
        const Criterion *crit = plan_find_criterion(r->plan, codes[i], &indicator);
        const char *name = indicator && indicator->name ? indicator->name
                           : crit && !strchr(codes[i], '.') ? crit->name
                                                            : codes[i];
        buf_printf(&b, "%s%s", i ? "; " : "", name);
    }
    char *s = buf_to_arena(&b, r->arena);
    buf_free(&b);
    return s;
}

/* Whether a list of up to LISTED_ONCE_MAX codes holds each (none empty)
 * once: a table of their hashes on the stack, no allocation. */
enum { LISTED_ONCE_MAX = 64 };
static int listed_once(const char *const *codes, size_t n)
{
    if (n > LISTED_ONCE_MAX)
        return 0; /* a list that long: set_codes's StrList decides */
    size_t slots[2 * LISTED_ONCE_MAX]; /* index + 1 of the code there, 0 empty */
    memset(slots, 0, sizeof slots);
    for (size_t i = 0; i < n; i++) {
        if (!codes[i] || !*codes[i])
            return 0;
        size_t h = (size_t)str_hash64(codes[i]) & (2 * LISTED_ONCE_MAX - 1);
        for (; slots[h]; h = (h + 1) & (2 * LISTED_ONCE_MAX - 1))
            if (strcmp(codes[slots[h] - 1], codes[i]) == 0)
                return 0;
        slots[h] = i + 1;
    }
    return 1;
}

/* A list of codes (a locality's or a task's criteria): the raw values are
 * the codes, each once, and the text joins them. A figure walks it for
 * every item it goes over: a list of distinct codes is the plan's own
 * array, and with ids_only no text is joined (2,000 figures over 1,000
 * tasks of 31 codes each copied, hashed and joined them 2 million times:
 * 2.7 s; s28scale). once_memo: the item's criteria_once (plan.h), which
 * the first question sets. */
static void set_codes(QueryCtx *r, FieldValue *out, const char *const *codes, size_t n,
                      const int *once_memo)
{
    int *once = (int *)once_memo; /* the item's memo: written once, the same answer */
    if (r->ids_only && !*once)
        *once = listed_once(codes, n) ? 1 : 2;
    if (r->ids_only && *once == 1) {
        static const char *const none[1] = {NULL}; /* raw values, none: not NULL (text) */
        out->raw = n ? codes : none;
        out->n_raw = n;
        out->text = "";
        return;
    }
    StrList list = {0};
    for (size_t i = 0; i < n; i++)
        query_strlist_add(&list, codes[i]);
    set_raw(r, out, &list);
    out->text = r->ids_only ? "" : strlist_join(r, &list, ", ");
    query_strlist_free(&list);
}

/* A data attribute (`data:`) of a locality or a task. */
static void data_field(const Attr *attrs, size_t n, const char *key, FieldValue *out)
{
    for (size_t i = 0; i < n; i++) {
        if (strcmp(attrs[i].key, key) != 0)
            continue;
        out->text = attrs[i].text;
        if (attrs[i].is_number) {
            out->number = attrs[i].number;
            out->is_number = 1;
        }
    }
}

static void locality_field(QueryCtx *r, const Locality *loc, const Field *field,
                           const char *data_key, FieldValue *out)
{
    const Locality *parent;
    const Level *level;
    double number;
    switch (field ? field->id : F_DATA) {
    case F_ID:
        out->text = loc->id;
        break;
    case F_NAME:
        out->text = loc->name;
        break;
    case F_KIND:
        out->text = loc->kind;
        break;
    case F_NAME_FULL:
        out->text = full_name(r, loc);
        break;
    case F_PARENT:
    case F_PARENT_FULL:
        if (!loc->parent)
            break;
        parent = plan_find_locality(r->plan, loc->parent);
        out->text = !parent                        ? loc->parent
                    : field->id == F_PARENT_FULL ? full_name(r, parent)
                                                   : parent->name;
        out->raw = &loc->parent;
        out->n_raw = 1;
        break;
    case F_STATUS:
    case F_TARGET: {
        const char *const *id = field->id == F_STATUS ? &loc->status : &loc->target;
        if (!*id)
            break;
        level = plan_find_level(r->plan, *id);
        out->text = level ? level->name : *id;
        out->raw = id;
        out->n_raw = 1;
        break;
    }
    case F_TARGET_YEAR:
        if (query_locality_number(loc, QN_TARGET_YEAR, &number))
            set_year(r, out, (int)number);
        break;
    case F_CRITERIA_MET:
        if (query_locality_number(loc, QN_CRITERIA_MET, &number))
            set_number(r, out, number);
        break;
    case F_CRITERIA_PLANNED:
        if (query_locality_number(loc, QN_CRITERIA_PLANNED, &number))
            set_number(r, out, number);
        break;
    case F_CRITERIA_TOTAL:
        if (query_locality_number(loc, QN_CRITERIA_TOTAL, &number))
            set_number(r, out, number);
        break;
    case F_CRITERIA:
        set_codes(r, out, loc->criteria, loc->n_criteria, &loc->criteria_once);
        break;
    case F_CRITERIA_NAMES:
        set_codes(r, out, loc->criteria, loc->n_criteria, &loc->criteria_once);
        out->text = criteria_names(r, loc->criteria, loc->n_criteria);
        break;
    case F_N_CRITERIA:
        if (query_locality_number(loc, QN_N_CRITERIA, &number))
            set_number(r, out, number);
        break;
    case F_NOTE:
        out->text = query_expand(r, loc->note, NULL);
        break;
    case F_DATA:
        data_field(loc->attrs, loc->n_attrs, data_key, out);
        break;
    }
}

/* The task's text and paragraphs expanded straight into one buffer, copied
 * once into the arena (not each expanded into the arena first: the
 * national plan's task texts are 5 MB). */
static const char *task_text(QueryCtx *r, const TaskItem *item)
{
    const BodyNode *node = item->node;
    InlineCtx ctx = r->ctx;
    ctx.task = item->task;
    Buf b = {0};
    if (node->text)
        r->text->plain(&ctx, node->text, &b);
    for (size_t i = 0; i < node->n_paras; i++) {
        if (b.len)
            buf_putc(&b, '\n');
        if (node->paras[i])
            r->text->plain(&ctx, node->paras[i], &b);
    }
    char *s = buf_to_arena(&b, r->arena);
    buf_free(&b);
    return s;
}

/* A sort key for a deadline: its last day, roughly (ongoing sorts last). */
static double due_order(const Deadline *due)
{
    int year = due->year;
    switch (due->kind) {
    case DUE_DATE:
        return vi_date_serial(year, due->month, due->day);
    case DUE_MONTH:
        return vi_date_serial(year, due->month, 28);
    case DUE_QUARTER:
        return vi_date_serial(year, due->quarter * 3, 28);
    case DUE_HALF:
        return vi_date_serial(year, due->half * 6, 28);
    case DUE_YEAR:
        return vi_date_serial(year, 12, 31);
    case DUE_ONGOING:
        return vi_date_serial(year ? year : 9999, 12, 31) + 1;
    default:
        return 1e9;
    }
}

/* The deadline as the plan writes it ("2025-Q2", "2025-06", "ongoing"),
 * or NULL for free text and for a "before" deadline (due before Q2 is not
 * due in Q2). A filter's due=2025-Q2 (a table's where: {due: 2025-Q2})
 * matches it as well as the printed phrase (due=quý_II/2025): the drafter
 * writes the deadline one way and reads it the other. */
static const char *due_spelling(QueryCtx *r, const Deadline *due)
{
    if (due->before)
        return NULL;
    /* "%04d-%02d-%02d" and the like, without printf's cost per task */
    Buf b = {0};
    switch (due->kind) {
    case DUE_DATE:
    case DUE_MONTH:
    case DUE_QUARTER:
    case DUE_HALF:
    case DUE_YEAR:
        buf_put_int(&b, due->year, 4);
        break;
    case DUE_ONGOING:
        return "ongoing";
    default:
        return NULL;
    }
    if (due->kind == DUE_DATE || due->kind == DUE_MONTH) {
        buf_putc(&b, '-');
        buf_put_int(&b, due->month, 2);
    }
    if (due->kind == DUE_DATE) {
        buf_putc(&b, '-');
        buf_put_int(&b, due->day, 2);
    }
    if (due->kind == DUE_QUARTER || due->kind == DUE_HALF) {
        buf_puts(&b, due->kind == DUE_QUARTER ? "-Q" : "-H");
        buf_put_int(&b, due->kind == DUE_QUARTER ? due->quarter : due->half, 1);
    }
    char *s = buf_to_arena(&b, r->arena);
    buf_free(&b);
    return s;
}

/* The title of the section (which 0) or clause (1) a task sits under,
 * expanded; the last one is kept, since a heading's tasks come one after
 * another. */
static const char *heading_text(QueryCtx *r, int which, const char *title)
{
    if (!title || r->heading[which] != title) {
        r->heading[which] = title;
        r->heading_text[which] = query_expand(r, title, NULL);
    }
    return r->heading_text[which];
}

static void task_field(QueryCtx *r, const TaskItem *item, const Field *field,
                       const char *data_key, FieldValue *out)
{
    const Task *task = item->task;
    if (!field) {
        data_field(task->attrs, task->n_attrs, data_key, out);
        return;
    }
    Buf b = {0};
    StrList list = {0};
    switch (field->id) {
    case F_ID:
        out->text = task->id;
        break;
    case F_TASK:
        out->text = item->node->title && *item->node->title ? query_expand(r, item->node->title, task)
                                                            : task_text(r, item);
        break;
    case F_TITLE:
        out->text = query_expand(r, item->node->title, task);
        break;
    case F_TEXT:
        out->text = task_text(r, item);
        break;
    case F_LEAD:
    case F_LEAD_SHORT:
        if (task->lead) {
            size_t n_leads;
            const char *const *leads = task_leads(task, &n_leads);
            out->text = query_unit_names(r, leads, n_leads, field->id == F_LEAD_SHORT);
            out->raw = (const char **)leads;
            out->n_raw = n_leads;
        }
        break;
    case F_SUPPORT:
    case F_SUPPORT_SHORT:
        out->text = query_unit_names(r, task->support, task->n_support, field->id == F_SUPPORT_SHORT);
        out->raw = task->support;
        out->n_raw = task->n_support;
        break;
    case F_LEAD_NOTE:
        out->text = query_expand(r, task->lead_note, task);
        break;
    case F_RESPONSIBLE:
    case F_ASSIGN:
        if (field->id == F_RESPONSIBLE) {
            if (!r->ids_only)
                buf_puts(&b, query_task_responsible(r, task));
            size_t n_leads;
            const char *const *leads = task_leads(task, &n_leads);
            for (size_t i = 0; i < n_leads; i++)
                query_strlist_add(&list, leads[i]);
            for (size_t i = 0; i < task->n_support; i++)
                query_strlist_add(&list, task->support[i]);
        }
        for (size_t i = 0; i < task->n_assign; i++) {
            query_strlist_add(&list, task->assign[i].unit);
            if (r->ids_only)
                continue;
            if (b.len)
                buf_putc(&b, '\n');
            put_assignment(r, task, &task->assign[i], &b);
        }
        if (task->assign_note && task->n_assign && !r->ids_only) {
            buf_putc(&b, '\n');
            buf_puts(&b, query_expand(r, task->assign_note, task));
        }
        out->text = buf_to_arena(&b, r->arena);
        set_raw(r, out, &list);
        break;
    case F_DUE:
        out->text = due_text(r, task);
        out->order = due_order(&task->due);
        out->has_order = 1;
        query_strlist_add(&list, out->text); /* first: group_by's key */
        query_strlist_add(&list, due_spelling(r, &task->due));
        set_raw(r, out, &list);
        break;
    case F_DUE_DATE:
        out->text = due_text(r, task);
        out->order = due_order(&task->due);
        out->has_order = 1;
        if (task->due.kind == DUE_DATE && !task->due.text && !task->due.prefix &&
            !task->due.before) {
            out->date = (VDate){task->due.year, task->due.month, task->due.day};
            out->is_date = 1;
        }
        break;
    case F_CRITERIA:
        set_codes(r, out, task->criteria, task->n_criteria, &task->criteria_once);
        break;
    case F_CRITERIA_NAMES:
        set_codes(r, out, task->criteria, task->n_criteria, &task->criteria_once);
        out->text = criteria_names(r, task->criteria, task->n_criteria);
        break;
    case F_INDICATORS:
        /* the codes its assignments name */
        for (size_t i = 0; i < task->n_assign; i++)
            for (size_t k = 0; k < task->assign[i].n_indicators; k++)
                query_strlist_add(&list, task->assign[i].indicators[k]);
        set_raw(r, out, &list);
        out->text = strlist_join(r, &list, ", ");
        break;
    case F_LOCALITIES:
        for (size_t i = 0; i < task->n_localities; i++) {
            const Locality *loc = plan_find_locality(r->plan, task->localities[i]);
            buf_printf(&b, "%s%s", i ? ", " : "", loc ? loc->name : task->localities[i]);
        }
        out->text = buf_to_arena(&b, r->arena);
        out->raw = task->localities;
        out->n_raw = task->n_localities;
        break;
    case F_SECTION:
        out->text = heading_text(r, 0, item->section);
        break;
    case F_CLAUSE:
        out->text = heading_text(r, 1, item->clause);
        break;
    }
    buf_free(&b);
    query_strlist_free(&list);
}

/* ---- the tasks that name a criterion ------------------------------------------ */

/* The index of the places where tasks name codes (taskcodes.c), made when a
 * gathering first needs it: a criterion or an indicator visits the tasks
 * that name its code, and of each only the entries that concern it. */
static TaskCodes *code_index(QueryCtx *q)
{
    if (q->by_code)
        return q->by_code;
    need_tasks(q);
    TaskCodes *ix = taskcodes_new();
    for (size_t t = 0; t < q->n_tasks; t++)
        taskcodes_add(ix, t, q->tasks[t].task);
    q->by_code = ix;
    return ix;
}

/* Does the place ref (under target's code) serve the criterion or
 * indicator target? An indicator only by its own code; a criterion also by
 * the codes inside it. */
static int ref_serves(const CodeRef *ref, const CritItem *target)
{
    return ref->exact || !target->is_indicator;
}

/* 1 if the task of refs[0..n) names target in its criteria list
 * (exact_only: target's code itself). */
static int refs_name(const CodeRef *refs, size_t n, const CritItem *target, int exact_only)
{
    for (size_t i = 0; i < n; i++)
        if (refs[i].assign < 0 && (exact_only ? refs[i].exact : ref_serves(&refs[i], target)))
            return 1;
    return 0;
}

/* The deadline phrase of a task, made once: every criterion and indicator
 * the task serves lists it. */
static const char *task_due(QueryCtx *r, TaskItem *ti)
{
    if (!ti->due)
        ti->due = due_text(r, ti->task);
    return ti->due;
}

/* Adds what task ti says about item to resp. With r->ids_only (or
 * r->units_only) only the units (the raw values a match, a count or KH616
 * reads, or a column of units' names): no line, note or deadline phrase is
 * made. */
static void add_task_responsibility(QueryCtx *r, TaskItem *ti, const CritItem *item,
                                    Responsibility *resp, int whole_task,
                                    const CodeRef *refs, size_t n_refs)
{
    const Task *task = ti->task;
    /* the task's assign entries that serve item, in order, each once: the
     * places of the task under item's code (never a scan of its entries) */
    size_t few[16]; /* a task names a criterion in a few places: no malloc for each */
    size_t *relevant = n_refs <= 16 ? few : xmalloc(n_refs * sizeof *relevant);
    size_t n_relevant = 0;
    for (size_t i = 0; i < n_refs; i++)
        if (refs[i].assign >= 0 && ref_serves(&refs[i], item) &&
            (!n_relevant || relevant[n_relevant - 1] != (size_t)refs[i].assign))
            relevant[n_relevant++] = (size_t)refs[i].assign;
    Buf b = {0};
    int units_only = r->ids_only || r->units_only;
    if (!units_only)
        ti = own_task(r, ti); /* its phrases are kept in it */
    if (whole_task && (task->lead || task->lead_note)) {
        size_t n_leads;
        const char *const *leads = task_leads(task, &n_leads);
        for (size_t i = 0; i < n_leads; i++)
            query_strlist_add(&resp->leads, leads[i]);
        /* a support column's units only: 5,000 tasks' supports were deduplicated
         * for each criterion of a table of who answers for it and by when */
        for (size_t i = 0; i < task->n_support && r->units_only == UNITS_ALL; i++)
            query_strlist_add(&resp->supports, task->support[i]);
    }
    if (units_only) {
        for (size_t i = 0; i < n_relevant; i++)
            if (!task->lead || !whole_task || item->is_indicator)
                query_strlist_add(&resp->leads, task->assign[relevant[i]].unit);
        if (relevant != few)
            free(relevant);
        return;
    }
    if (whole_task && (task->lead || task->lead_note)) {
        /* made once: a task serves a criterion and each of its indicators */
        if (!ti->responsible)
            ti->responsible = query_task_responsible(r, task);
        query_strlist_add(&resp->lines, ti->responsible);
        if (task->lead_note)
            query_strlist_add(&resp->notes, query_expand(r, task->lead_note, task));
    }
    int assigned = 0;
    for (size_t i = 0; i < n_relevant; i++) {
        const Assignment *a = &task->assign[relevant[i]];
        assigned = 1;
        if (!task->lead || !whole_task || item->is_indicator)
            query_strlist_add(&resp->leads, a->unit);
        buf_reset(&b);
        if (item->is_indicator)
            buf_puts(&b, query_unit_names(r, &a->unit, 1, 0));
        else
            put_assignment(r, task, a, &b);
        strlist_add_buf(r, &resp->lines, &b);
    }
    if (assigned && task->assign_note && !item->is_indicator)
        query_strlist_add(&resp->lines, query_expand(r, task->assign_note, task));
    if (whole_task || assigned)
        query_strlist_add(&resp->dues, task_due(r, ti));
    buf_free(&b);
    if (relevant != few)
        free(relevant);
}

/* Adds to resp what the tasks that name whole's code itself (not one of
 * its indicators) say; with stop_at_lead, stops once a lead is known. */
static void gather_criterion_itself(QueryCtx *r, const CritItem *whole, Responsibility *resp,
                                    int stop_at_lead)
{
    size_t n;
    const CodeRef *refs = taskcodes_find(code_index(r), whole->code, &n);
    for (size_t i = 0; i < n;) {
        size_t end = taskcodes_task_end(refs, n, i);
        if (refs_name(refs + i, end - i, whole, 1))
            add_task_responsibility(r, &r->tasks[refs[i].task], whole, resp, 1, refs + i, end - i);
        if (stop_at_lead && resp->leads.count)
            return;
        i = end;
    }
}

static void free_responsibility(Responsibility *resp);

/* Whether a gathering made with units_only `made` (0: all but the
 * supporting units, which only a support column reads; else UNITS_ALL or
 * UNITS_LEADS) holds what one with `wanted` would. */
static int gathering_serves(int made, int wanted)
{
    if (made == 0)
        return wanted != UNITS_ALL;
    return wanted != 0 && made <= wanted;
}

/* What the tasks that name criterion crit itself say about it: the
 * fallback of its indicators nobody answers for. Kept in r for the next
 * indicator of the same criterion. */
static const Responsibility *criterion_fallback(QueryCtx *r, const Criterion *crit)
{
    if (r->fallback && r->fallback_crit == crit && r->fallback_ids_only == r->ids_only &&
        gathering_serves(r->fallback_units_only, r->units_only))
        return r->fallback;
    if (!r->fallback)
        r->fallback = xmalloc(sizeof *r->fallback);
    else
        free_responsibility(r->fallback);
    Responsibility *resp = r->fallback;
    memset(resp, 0, sizeof *resp);
    r->fallback_crit = crit;
    r->fallback_ids_only = r->ids_only;
    r->fallback_units_only = r->units_only;
    CritItem whole = {crit, crit->code, NULL, 0};
    gather_criterion_itself(r, &whole, resp, 0);
    return resp;
}

/* The two cache lines of a task that add_task_responsibility reads (its
 * units, lead note and assignments; then its deadline), fetched ahead:
 * a table of who answers for each criterion reads every task of a
 * national plan, 50,000 structures scattered over the arena, and waited
 * on each (s17perf: 8% of check's time). */
enum { GATHER_AHEAD = 8 };

static void prefetch_task(const Task *task)
{
    prefetch(&task->lead);
    prefetch(&task->due);
}

static void gather_responsibility(QueryCtx *r, const CritItem *item, Responsibility *resp)
{
    memset(resp, 0, sizeof *resp);
    need_tasks(r);
    size_t n;
    const CodeRef *refs = taskcodes_find(code_index(r), item->code, &n);
    for (size_t i = 0; i < n;) {
        if (i + GATHER_AHEAD < n) /* a task read a few places on: its lines come in meanwhile */
            prefetch_task(r->tasks[refs[i + GATHER_AHEAD].task].task);
        size_t end = taskcodes_task_end(refs, n, i);
        int named = refs_name(refs + i, end - i, item, 0);
        add_task_responsibility(r, &r->tasks[refs[i].task], item, resp, named, refs + i, end - i);
        if (r->first_lead && r->ids_only && resp->leads.count)
            return;
        i = end;
    }
    if (item->is_indicator && resp->leads.count == 0) {
        /* nobody answers for the indicator itself: whoever answers for its
         * criterion does; when only a first lead is asked, the walk stops
         * at it, else the criterion's gathering is made once for all its
         * indicators (added in order, what is listed already is skipped as
         * before) */
        CritItem whole = {item->crit, item->crit->code, NULL, 0};
        if (r->first_lead && r->ids_only) {
            gather_criterion_itself(r, &whole, resp, 1);
            return;
        }
        const Responsibility *fallback = criterion_fallback(r, item->crit);
        if (!resp->supports.count && !resp->lines.count && !resp->dues.count &&
            !resp->notes.count) {
            /* nothing of its own: the criterion's lists as they are, not
             * added again item by item (r->resp, the only one gathered
             * with a fallback, is gathered again before the fallback
             * changes) */
            *resp = *fallback;
            resp->borrowed = 1;
            return;
        }
        const StrList *from[] = {&fallback->leads, &fallback->supports, &fallback->lines,
                                 &fallback->dues, &fallback->notes};
        StrList *to[] = {&resp->leads, &resp->supports, &resp->lines, &resp->dues, &resp->notes};
        for (size_t l = 0; l < sizeof to / sizeof to[0]; l++)
            for (size_t i = 0; i < from[l]->count; i++)
                query_strlist_add(to[l], from[l]->items[i]);
    }
}

static void free_responsibility(Responsibility *resp)
{
    if (resp->borrowed) {
        memset(resp, 0, sizeof *resp);
        return;
    }
    query_strlist_free(&resp->leads);
    query_strlist_free(&resp->supports);
    query_strlist_free(&resp->lines);
    query_strlist_free(&resp->dues);
    query_strlist_free(&resp->notes);
}

static void criterion_field(QueryCtx *r, const CritItem *item, const Field *field,
                            FieldValue *out)
{
    StrList list = {0};
    Buf b = {0};
    switch (field->id) {
    case F_CODE:
        out->text = item->code;
        out->raw = &item->code;
        out->n_raw = 1;
        break;
    case F_NAME:
        out->text = item->is_indicator ? item->name : item->crit->name;
        break;
    case F_GROUP:
        out->text = item->crit->group;
        break;
    case F_CRITERION:
        out->text = item->crit->code;
        out->raw = &item->crit->code;
        out->n_raw = 1;
        break;
    case F_CRITERION_NAME:
        out->text = item->crit->name;
        break;
    case F_INDICATORS:
        for (size_t i = 0; i < item->crit->n_indicators; i++)
            query_strlist_add(&list, item->crit->indicators[i].code);
        set_raw(r, out, &list);
        out->text = strlist_join(r, &list, ", ");
        break;
    case F_LEAD:
    case F_LEAD_SHORT:
    case F_SUPPORT:
    case F_SUPPORT_SHORT:
    case F_LEAD_NOTE:
    case F_RESPONSIBLE:
    case F_ASSIGN:
    case F_DUE:
        /* the fields of one row share one gathering (a gathering walks
         * every task of the plan); the units' columns need only the units
         * (a table of indicators and their leads made every task's lines
         * and deadlines) */
        r->units_only = field->id == F_LEAD || field->id == F_LEAD_SHORT        ? UNITS_LEADS
                        : field->id == F_SUPPORT || field->id == F_SUPPORT_SHORT ? UNITS_ALL
                                                                                 : 0;
        if (!r->resp || r->resp_item.crit != item->crit ||
            r->resp_item.is_indicator != item->is_indicator ||
            strcmp(r->resp_item.code, item->code) != 0 || r->resp_ids_only != r->ids_only ||
            !gathering_serves(r->resp_units_only, r->units_only) ||
            r->resp_first_lead != r->first_lead) {
            if (!r->resp)
                r->resp = xmalloc(sizeof *r->resp);
            else
                free_responsibility(r->resp);
            gather_responsibility(r, item, r->resp);
            r->resp_item = *item;
            r->resp_ids_only = r->ids_only;
            r->resp_units_only = r->units_only;
            r->resp_first_lead = r->first_lead;
        }
        r->units_only = 0;
        Responsibility resp = *r->resp;
        if (field->id == F_LEAD || field->id == F_LEAD_SHORT) {
            out->text = query_unit_names(r, resp.leads.items, resp.leads.count,
                                   field->id == F_LEAD_SHORT);
            set_raw(r, out, &resp.leads);
        } else if (field->id == F_SUPPORT || field->id == F_SUPPORT_SHORT) {
            out->text = query_unit_names(r, resp.supports.items, resp.supports.count,
                                   field->id == F_SUPPORT_SHORT);
            set_raw(r, out, &resp.supports);
        } else if (field->id == F_LEAD_NOTE) {
            out->text = strlist_join(r, &resp.notes, "; ");
        } else if (field->id == F_DUE) {
            out->text = strlist_join(r, &resp.dues, "; ");
        } else {
            out->text = strlist_join(r, &resp.lines, "\n");
            set_raw(r, out, &resp.leads);
        }
        break;
    case F_LOCALITIES:
    case F_N_LOCALITIES:
        /* the localities whose criteria name it, from an index of their
         * codes: a scan of every locality per row took 10.5 s for 20,000
         * criteria over 20,000 localities (attack s6 G15) */
        if (!r->loc_codes) {
            r->loc_codes = taskcodes_new();
            for (size_t i = 0; i < r->plan->n_localities; i++)
                for (size_t k = 0; k < r->plan->localities[i].n_criteria; k++)
                    taskcodes_add_code(r->loc_codes, i, -1, r->plan->localities[i].criteria[k]);
        }
        {
            size_t n_refs;
            const CodeRef *refs = taskcodes_find(r->loc_codes, item->code, &n_refs);
            for (size_t i = 0; i < n_refs;) {
                size_t end = taskcodes_task_end(refs, n_refs, i);
                if (refs_name(refs + i, end - i, item, 0)) {
                    const Locality *loc = &r->plan->localities[refs[i].task];
                    query_strlist_add(&list, loc->id);
                    buf_printf(&b, "%s%s", b.len ? ", " : "", loc->name);
                }
                i = end;
            }
        }
        if (field->id == F_N_LOCALITIES) {
            set_number(r, out, (double)list.count);
        } else {
            out->text = buf_to_arena(&b, r->arena);
            set_raw(r, out, &list);
        }
        break;
    }
    query_strlist_free(&list);
    buf_free(&b);
}

/* ---- the sources ------------------------------------------------------------ */

void query_close(QueryCtx *q)
{
    if (!q->shared_tasks || q->tasks_copied)
        free(q->tasks);
    q->shared_tasks = NULL;
    q->tasks_copied = 0;
    if (q->resp)
        free_responsibility(q->resp);
    free(q->resp);
    if (q->fallback)
        free_responsibility(q->fallback);
    free(q->fallback);
    q->fallback = NULL;
    q->fallback_crit = NULL;
    taskcodes_free(q->by_code);
    taskcodes_free(q->loc_codes);
    q->loc_codes = NULL;
    q->by_code = NULL;
    strset_free(&q->names_memo);
    strset_free(&q->full_names);
    q->tasks = NULL;
    q->resp = NULL;
    q->n_tasks = q->cap_tasks = 0;
    q->tasks_listed = 0;
}

/* The indicators of catalog: those it lists and those the plan's tasks
 * name, criterion by criterion in reading order (17.2 before 17.10); a
 * criterion without any is an item itself. */
/* A code of an indicator row and its place in the order found: sorted by
 * catalog_code_cmp, the order found breaking ties ("17.01" and "17.1"). */
typedef struct RowCode {
    const char *code;
    size_t at;
} RowCode;

static int row_code_compare(const void *a, const void *b)
{
    const RowCode *x = a, *y = b;
    int c = catalog_code_cmp(x->code, y->code);
    return c ? c : (x->at > y->at) - (x->at < y->at);
}

static size_t indicator_items(QueryCtx *q, const Catalog *catalog, const void ***out)
{
    size_t n = 0, cap = 64;
    const void **ptrs = xmalloc(cap * sizeof *ptrs);
    TaskCodes *ix = code_index(q);
    for (size_t i = 0; i < catalog->n_criteria; i++) {
        const Criterion *crit = &catalog->criteria[i];
        StrList codes = {0};
        StrSet names = {0}; /* indicator code -> its first listing */
        for (size_t k = 0; k < crit->n_indicators; k++) {
            query_strlist_add(&codes, crit->indicators[k].code);
            strset_add(&names, crit->indicators[k].code, k);
        }
        /* the codes inside the criterion's that tasks name, in reading
         * order (criteria lists, then assign entries) */
        size_t n_refs;
        const CodeRef *refs = taskcodes_find(ix, crit->code, &n_refs);
        for (size_t k = 0; k < n_refs; k++)
            if (!refs[k].exact && catalog_code_in(refs[k].code, crit->code))
                query_strlist_add(&codes, refs[k].code);
        RowCode *sorted = xmalloc((codes.count + 1) * sizeof *sorted);
        for (size_t a = 0; a < codes.count; a++)
            sorted[a] = (RowCode){codes.items[a], a};
        qsort(sorted, codes.count, sizeof *sorted, row_code_compare);
        size_t n_rows = codes.count ? codes.count : 1;
        if (n + n_rows >= cap) {
            cap = (n + n_rows) * 2;
            ptrs = xrealloc(ptrs, cap * sizeof *ptrs);
        }
        for (size_t k = 0; k < n_rows; k++) {
            CritItem *item = arena_alloc(q->arena, sizeof *item);
            *item = (CritItem){crit, crit->code, NULL, 0};
            if (codes.count) {
                item->code = sorted[k].code;
                item->is_indicator = 1;
                size_t at = strset_find(&names, item->code);
                item->name = at == (size_t)-1 ? NULL : crit->indicators[at].name;
            }
            ptrs[n++] = item;
        }
        free(sorted);
        strset_free(&names);
        query_strlist_free(&codes);
    }
    const void **copy = arena_alloc(q->arena, (n + 1) * sizeof *copy);
    if (n)
        memcpy(copy, ptrs, n * sizeof *copy);
    free(ptrs);
    *out = copy;
    return n;
}

size_t query_items(QueryCtx *q, Source source, const Catalog *catalog, const void ***out)
{
    size_t n = 0;
    if (source == SRC_TASKS || source == SRC_INDICATORS)
        need_tasks(q);
    const void **ptrs = NULL;
    int w = source == SRC_TASKS;
    if ((source == SRC_LOCALITIES || source == SRC_TASKS) && q->item_ptrs[w]) {
        *out = q->item_ptrs[w];
        return q->n_item_ptrs[w];
    }
    switch (source) {
    case SRC_LOCALITIES:
        ptrs = arena_alloc(q->arena, (q->plan->n_localities + 1) * sizeof *ptrs);
        for (size_t i = 0; i < q->plan->n_localities; i++)
            ptrs[n++] = &q->plan->localities[i];
        q->item_ptrs[0] = ptrs;
        q->n_item_ptrs[0] = n;
        break;
    case SRC_TASKS:
        ptrs = arena_alloc(q->arena, (q->n_tasks + 1) * sizeof *ptrs);
        for (size_t i = 0; i < q->n_tasks; i++)
            ptrs[n++] = &q->tasks[i];
        q->item_ptrs[1] = ptrs;
        q->n_item_ptrs[1] = n;
        break;
    case SRC_CRITERIA:
        ptrs = arena_alloc(q->arena, (catalog->n_criteria + 1) * sizeof *ptrs);
        for (size_t i = 0; i < catalog->n_criteria; i++) {
            CritItem *item = arena_alloc(q->arena, sizeof *item);
            *item = (CritItem){&catalog->criteria[i], catalog->criteria[i].code, NULL, 0};
            ptrs[n++] = item;
        }
        break;
    case SRC_INDICATORS:
        return indicator_items(q, catalog, out);
    }
    *out = ptrs;
    return n;
}

void query_value(QueryCtx *q, Source source, const void *ptr, const FieldRef *ref,
                 FieldValue *out)
{
    memset(out, 0, sizeof *out);
    switch (source) {
    case SRC_LOCALITIES:
        locality_field(q, ptr, ref->field, ref->data_key, out);
        break;
    case SRC_TASKS:
        task_field(q, ptr, ref->field, ref->data_key, out);
        break;
    default:
        criterion_field(q, ptr, ref->field, out);
        break;
    }
    if (!out->text)
        out->text = "";
}
