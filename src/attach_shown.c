/* attach_shown.c - what the generated tables of a plan may show (KH623).
 *
 * Each generated table shows its items' texts once more: 300 tables of the
 * tasks of a 1.2 MB plan printed 453 MB of Markdown (4.7 s, 1.5 GB of
 * memory; attack s8 F10), while KH623's 16 million items held only what
 * the tables go over. All of a plan's generated tables together may show
 * the texts of its tasks (their units' names too) and localities four
 * times over, and 32 MiB
 * besides (the national bench plan, 15.6 MB with five tables, checks
 * clean); past that the table where it ran out, and every one after it,
 * get no rows and an error. Reads the Plan; writes the Resolver's count.
 */
#include "attach_impl.h"

#include <string.h>

#include "query.h"
#include "yread.h"

static unsigned long long text_len(const char *s)
{
    return s ? strlen(s) : 0;
}

static unsigned long long attrs_len(const Attr *attrs, size_t n)
{
    unsigned long long len = 0;
    for (size_t i = 0; i < n; i++)
        len += text_len(attrs[i].text);
    return len;
}

/* The names of a task's lead and supporting units, as its row prints them. */
static unsigned long long unit_names(const Plan *plan, const Task *task)
{
    unsigned long long len = 0;
    size_t n_leads;
    const char *const *leads = task_leads(task, &n_leads);
    for (size_t i = 0; i < n_leads + task->n_support; i++) {
        const Unit *unit = plan_find_unit(plan, i < n_leads ? leads[i] : task->support[i - n_leads]);
        len += unit ? text_len(unit->name) : 0;
    }
    return len;
}

unsigned long long att_item_text(const Plan *plan, Source source, const void *ptr)
{
    if (source == SRC_LOCALITIES) {
        const Locality *loc = ptr;
        return text_len(loc->name) + text_len(loc->note) + attrs_len(loc->attrs, loc->n_attrs);
    }
    if (source == SRC_TASKS) {
        const TaskItem *t = ptr;
        unsigned long long len = text_len(t->node->title) + text_len(t->node->text);
        for (size_t i = 0; i < t->node->n_paras; i++)
            len += text_len(t->node->paras[i]);
        return len + text_len(t->task->lead_note) + text_len(t->task->assign_note) +
               attrs_len(t->task->attrs, t->task->n_attrs) + unit_names(plan, t->task);
    }
    const CritItem *c = ptr;
    return text_len(c->crit->name) + text_len(c->name);
}

/* The budget (KH623), and the text of each locality and task it is made
 * of, kept: a table's rows are then charged from the kept lengths rather
 * than measured a second time (every task's units looked up again). */
static void make_budget(Resolver *r)
{
    unsigned long long all = 0;
    const Plan *plan = r->plan;
    r->shown_locs = arena_alloc(r->arena, (plan->n_localities + 1) * sizeof *r->shown_locs);
    for (size_t i = 0; i < plan->n_localities; i++) {
        if (i + 8 < plan->n_localities)
            prefetch(plan->localities[i + 8].name); /* scattered texts, fetched ahead */
        r->shown_locs[i] = att_item_text(plan, SRC_LOCALITIES, &plan->localities[i]);
        all += r->shown_locs[i];
    }
    const void **ptrs;
    size_t n_tasks = query_items(&r->q, SRC_TASKS, NULL, &ptrs);
    r->shown_tasks = arena_alloc(r->arena, (n_tasks + 1) * sizeof *r->shown_tasks);
    enum { AHEAD = 8 }; /* each task, then its texts, fetched ahead: 50,000
                           of them scattered over the arena (s17perf) */
    for (size_t i = 0; i < n_tasks; i++) {
        if (i + 2 * AHEAD < n_tasks) {
            const TaskItem *ahead = ptrs[i + 2 * AHEAD];
            prefetch(ahead->node);
            prefetch(&ahead->node->text);
            prefetch(&ahead->task->lead_note);
            prefetch(&ahead->task->attrs);
        }
        if (i + AHEAD < n_tasks)
            prefetch(((const TaskItem *)ptrs[i + AHEAD])->node->text);
        r->shown_tasks[i] = att_item_text(plan, SRC_TASKS, ptrs[i]);
        all += r->shown_tasks[i];
    }
    r->n_shown_tasks = n_tasks;
    r->shown_budget = 4 * all + ((unsigned long long)TABLE_SHOWN_MIB << 20);
}

unsigned long long att_item_shown(Resolver *r, Source source, const void *ptr, size_t index)
{
    if (!r->shown_budget)
        make_budget(r);
    if (source == SRC_LOCALITIES && index < r->plan->n_localities)
        return r->shown_locs[index];
    if (source == SRC_TASKS && index < r->n_shown_tasks)
        return r->shown_tasks[index];
    return att_item_text(r->plan, source, ptr);
}

int att_charge_shown(Resolver *r, const YNode *rows, const AttachSpec *spec,
                     unsigned long long shown)
{
    if (!r->shown_budget)
        make_budget(r);
    if (r->shown > r->shown_budget)
        return -1; /* reported at the table where it ran out */
    r->shown += shown;
    if (r->shown <= r->shown_budget)
        return 0;
    /* at the attachment in the plan when its rows come from a preset */
    const YNode *at = rows && rows->pos.file && r->plan->file &&
                              strcmp(rows->pos.file, r->plan->file) == 0
                          ? rows
                          : spec->node;
    diag_error(r->diags, at ? at->pos : r->plan->pos, at ? yread_span(at) : 0, KH623,
               "the plan's generated tables show more than four times the text of its tasks and "
               "localities, and %d MiB besides: this table and the ones after it are not made; "
               "split the plan, or write some tables' rows out",
               TABLE_SHOWN_MIB);
    r->errors++;
    r->plan->values_dropped = 1;
    return -1;
}

