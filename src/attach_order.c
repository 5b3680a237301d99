/* attach_order.c - the order in which the attachments' cells are made, and
 * the loops that leave them no order (KH509).
 *
 * Stage: resolve (attach_resolve). A figure over a table's rows
 * ({count rows bieu02}, {list rows bieu02 ten}) reads that table's cells,
 * so a table whose cells hold one - a written cell, or a generated
 * table's column `value`, group title or `where` value - must be made
 * after the table it counts: made in the order of the plan, bieu01 counting
 * bieu02 printed bieu02's cells unexpanded ("{year}", "{list rows ...}").
 * This file finds, for each attachment, the attachments its cells count
 * (with the one rule of what a figure over rows is, figures_rows_target),
 * orders them so that each comes after those it counts (a depth-first
 * walk, iterative: a plan may hold thousands of attachments), and reports
 * each loop (bieu01 counting bieu02 counting bieu01, or a table counting
 * its own rows from its cells) at the figure that closes it, with the loop
 * printed as every loop is (diag_put_loop). The other texts of a table
 * (title, note, headings, totals label) are expanded after every table's
 * cells are made, so they may count any table, their own included.
 * May touch: nothing of the plan; reports diagnostics.
 */
#include "attach_impl.h"

#include <stdlib.h>
#include <string.h>

#include "figures.h"
#include "i18n.h"
#include "load.h"
#include "vi.h"

/* A figure in one table's cells over another table's (or its own) rows. */
typedef struct Dep {
    size_t to;           /* the attachment counted */
    const YNode *node;   /* the scalar the figure is written in */
    size_t start, end;   /* its bytes in the scalar's text */
} Dep;

typedef struct Deps {
    const Plan *plan;
    size_t from;         /* the attachment whose cells are being read */
    const YNode *node;   /* the scalar being read */
    Dep *items;
    size_t n, cap;
    size_t *first;       /* first[i]..first[i+1]: the deps of attachment i */
} Deps;

static void add_dep(void *data, const InlineRef *ref)
{
    Deps *d = data;
    const char *id = figures_rows_target(ref);
    const Attachment *to = id ? plan_find_attachment(d->plan, id) : NULL;
    if (!to)
        return; /* not a figure over rows, or an unknown table (KH205) */
    if (d->n == d->cap) {
        d->cap = d->cap ? d->cap * 2 : 16;
        d->items = xrealloc(d->items, d->cap * sizeof *d->items);
    }
    d->items[d->n++] = (Dep){(size_t)(to - d->plan->attachments), d->node, ref->start, ref->end};
}

static void scan(Deps *d, const char *text, const YNode *node)
{
    if (!text || !strchr(text, '{'))
        return;
    d->node = node;
    inline_each_ref(text, add_dep, d);
}

/* The figures of one attachment's cells: written cells (the texts that
 * keep their lines), and a generator's values, group titles and `where`
 * values, which the rows are made from. */
static void scan_cells(Deps *d, const Attachment *att, const AttachSpec *spec)
{
    if (spec->broken)
        return;
    for (size_t k = 0; k < spec->n_texts; k++)
        if (!spec->texts[k].one_line)
            scan(d, *spec->texts[k].slot, spec->texts[k].node);
    const GenSpec *gen = &spec->gen;
    if (!gen->present)
        return;
    for (size_t c = 0; c < att->n_columns; c++)
        scan(d, gen->column_values[c].text, gen->column_values[c].at);
    for (size_t k = 0; k < gen->n_titles; k++)
        scan(d, gen->titles[k].title, gen->titles[k].at);
    for (size_t w = 0; w < gen->n_wheres; w++)
        for (size_t v = 0; v < gen->wheres[w].n_values; v++)
            scan(d, gen->wheres[w].values[v].text, gen->wheres[w].values[v].at);
}

/* Reports the loop that dep, a figure in the cells of the last table on
 * the walk's path, closes back to dep->to, which is on the path too. */
static int report_loop(DiagSink *diags, const Plan *plan, const size_t *path, size_t depth,
                       const Dep *dep)
{
    size_t from = path[depth - 1];
    size_t start = depth - 1;
    while (path[start] != dep->to)
        start--;
    /* the loop as read from the table the figure is in: from -> to -> ... */
    size_t n = depth - start;
    const char **ids = xmalloc(n * sizeof *ids);
    ids[0] = plan->attachments[from].id;
    for (size_t i = 1; i < n; i++)
        ids[i] = plan->attachments[path[start + i - 1]].id;
    const YNode *node = dep->node;
    const char *text = node && node->kind == YNODE_SCALAR ? node->text : NULL;
    SrcPos pos = node ? ynode_pos_at(node, dep->start) : plan->attachments[from].pos;
    int span = text && dep->end <= node->len
                   ? (int)utf8_count(text + dep->start, dep->end - dep->start) : 1;
    if (n == 1) {
        diag_error(diags, pos, span, KH509,
                   "a figure in the cells of attachment '%s' goes over the rows of that table "
                   "itself: its value would depend on the cells it is printed in; write the number", ids[0]);
    } else {
        Buf chain = {0};
        diag_put_loop(&chain, ids, n);
        diag_error(diags, pos, span, KH509,
                   "figures in the cells of attachments count each other's rows in a loop: %s; "
                   "write one of the numbers",
                   chain.data);
        buf_free(&chain);
    }
    free(ids);
    return 1;
}

int att_cells_order(DiagSink *diags, const Plan *plan, const AttachState *state, size_t *order)
{
    size_t n = plan->n_attachments;
    Deps d = {.plan = plan};
    d.first = xmalloc((n + 1) * sizeof *d.first);
    for (size_t i = 0; i < n; i++) {
        d.first[i] = d.n;
        d.from = i;
        scan_cells(&d, &plan->attachments[i], &state->specs[i]);
    }
    d.first[n] = d.n;
    /* 0 not reached, 1 on the path, 2 done; next[i]: its next dep to follow */
    unsigned char *mark = xmalloc(n + 1);
    memset(mark, 0, n + 1);
    size_t *next = xmalloc((n + 1) * sizeof *next);
    size_t *path = xmalloc((n + 1) * sizeof *path);
    size_t n_order = 0;
    int errors = 0;
    for (size_t root = 0; root < n; root++) {
        if (mark[root])
            continue;
        size_t depth = 0;
        path[depth++] = root;
        mark[root] = 1;
        next[root] = d.first[root];
        while (depth > 0) {
            size_t at = path[depth - 1];
            if (next[at] == d.first[at + 1]) {
                mark[at] = 2; /* everything it counts is made before it */
                order[n_order++] = at;
                depth--;
                continue;
            }
            const Dep *dep = &d.items[next[at]++];
            if (mark[dep->to] == 1) {
                errors += report_loop(diags, plan, path, depth, dep);
            } else if (mark[dep->to] == 0) {
                mark[dep->to] = 1;
                next[dep->to] = d.first[dep->to];
                path[depth++] = dep->to;
            }
        }
    }
    free(path);
    free(next);
    free(mark);
    free(d.first);
    free(d.items);
    return errors;
}
