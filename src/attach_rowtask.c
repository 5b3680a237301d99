/* attach_rowtask.c - what a body table's items cannot print.
 *
 * A table in the body (`table:` with `items:`) makes one row of each task
 * under it, the row's cells its columns (task, lead, support, due, text,
 * ...). What a task holds beyond them, its own sub-tasks and bullets, and
 * its text when no column shows it, has no place in the row: it printed
 * nowhere, in no format, exit 0, while {count tasks} counted the sub-tasks
 * and a task-assignments table listed them (s35attack H3). Such a task is
 * warned at what is lost (KH637; a warning: the table prints all the
 * same, and generated plans of older suites hold such tasks); an item
 * that is no task is KH622, an error (a table's items are its rows, tasks
 * only). The parser of the table (attach.c) asks it of each item.
 * And which of the plan's tasks are a table's rows (att_owned_candidates):
 * its own items, found through an index of the tasks by their node, so
 * that the rows of all the body tables cost their items once (each table
 * went over every task of the plan, testing each against each of its
 * items: 160,000 tasks in one table took 4 s to check; s38scale).
 */
#include "attach_impl.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "query.h"

typedef struct TaskNode {
    uintptr_t node;          /* the task's BodyNode */
    size_t index;            /* its place in query_items' order */
} TaskNode;

static int task_node_order(const void *a, const void *b)
{
    const TaskNode *x = a, *y = b;
    if (x->node != y->node)
        return x->node < y->node ? -1 : 1;
    return (x->index > y->index) - (x->index < y->index);
}

size_t *att_owned_candidates(Resolver *r, const BodyNode *owner, const void **ptrs, size_t n,
                             size_t *n_out)
{
    if (!r->task_nodes) {
        r->task_nodes = arena_alloc(r->arena, (n + 1) * sizeof *r->task_nodes);
        for (size_t i = 0; i < n; i++) {
            const TaskItem *item = ptrs[i];
            r->task_nodes[i] = (TaskNode){(uintptr_t)item->node, i};
        }
        qsort(r->task_nodes, n, sizeof *r->task_nodes, task_node_order);
        r->n_task_nodes = n;
    }
    size_t *cand = xmalloc((owner->n_items + 1) * sizeof *cand), m = 0;
    for (size_t k = 0; k < owner->n_items; k++) {
        uintptr_t want = (uintptr_t)owner->items[k];
        size_t lo = 0, hi = r->n_task_nodes; /* the first entry of that node */
        while (lo < hi) {
            size_t mid = lo + (hi - lo) / 2;
            if (r->task_nodes[mid].node < want)
                lo = mid + 1;
            else
                hi = mid;
        }
        for (; lo < r->n_task_nodes && r->task_nodes[lo].node == want; lo++)
            cand[m++] = r->task_nodes[lo].index;
    }
    *n_out = sort_unique_indexes(cand, m);
    return cand;
}

static int has_column(const Attachment *att, const char *key)
{
    for (size_t k = 0; k < att->n_columns; k++)
        if (att->columns[k].key && strcmp(att->columns[k].key, key) == 0)
            return 1;
    return 0;
}

int att_table_item_lost(DiagSink *diags, const Attachment *att, const BodyNode *task)
{
    if (task->kind != NODE_TASK) {
        diag_error(diags, task->pos, 1, KH622,
                   "a table's items are its rows, one task each; a paragraph or heading belongs "
                   "outside the table: move it out");
        return 1;
    }
    if (task->n_items && task->items[0]) {
        diag_warning(diags, task->items[0]->pos, 1, KH637,
                   "a table's task prints its columns only: what is under it is printed "
                   "nowhere (a sub-task still counts in {count tasks}): make each a task of its "
                   "own row of the table, or move the task out of the table");
        return 0;
    }
    int untitled = !task->title || !*task->title;
    if ((task->text || task->n_paras) && !has_column(att, "text") &&
        !(untitled && has_column(att, "task"))) {
        diag_warning(diags, task->text ? task->text_pos : task->paras_pos[0], 1, KH637,
                   "a table's task prints its columns only, and no column shows its 'text': it "
                   "is printed nowhere: add a column {key: text, header: ...}, or move the "
                   "task out of the table");
    }
    return 0;
}
