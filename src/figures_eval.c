/* figures_eval.c - evaluating a figure: which localities, tasks or table
 * rows pass its filters, and what they add up to.
 *
 * Part of stage 3 (resolve) and of check (figures over a table's rows):
 * figures.c reads a reference into a Figure (its syntax); this file walks
 * the items of the source once (query_items), applying the filters (all
 * must hold; "a|b" inside one is "either") with query_match, and
 * accumulates the count, the sum of the field over the items that have it
 * (query_value: what a table's column shows), and the names for a list.
 * Reads the Plan; writes only the Result and, when asked, use counts.
 */
#include "figures_impl.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "attach.h"
#include "catalog.h"
#include "i18n.h"
#include "load.h"
#include "query.h"
#include "suggest.h"
#include "vi.h"

/* ---- evaluating a figure --------------------------------------------------- */

/* Does value satisfy the filter? A comparison is its one value's; for =
 * and != any of the values holds, or none does. */
static int value_passes(const FieldValue *value, IdKind ids, const Filter *flt)
{
    if (flt->op != OP_EQ && flt->op != OP_NE)
        return query_match(value, ids, &flt->alternatives[0]);
    int any = 0;
    for (int a = 0; a < flt->n_alternatives && !any; a++)
        any = query_match(value, ids, &flt->alternatives[a]);
    return any == (flt->op == OP_EQ);
}

/* Does a locality or task (an item of query_items) pass every filter? */
static int item_passes(QueryCtx *q, Source source, const void *item, const Figure *fig)
{
    for (int f = 0; f < fig->n_filters; f++) {
        const Filter *flt = &fig->filters[f];
        FieldValue value;
        query_value(q, source, item, &flt->ref, &value);
        if (!value_passes(&value, query_ref_ids(&flt->ref), flt))
            return 0;
    }
    return 1;
}

static int row_passes(const Row *row, const Figure *fig)
{
    for (int f = 0; f < fig->n_filters; f++) {
        const Filter *flt = &fig->filters[f];
        FieldValue value;
        query_cell_value(&row->cells[flt->column], &value);
        if (!value_passes(&value, IDS_NONE, flt))
            return 0;
    }
    return 1;
}

/* Goes over the data rows of the figure's table: group rows are headings,
 * and the totals row is not a row. A cell covered by a merge from above
 * repeats the merged cell and is counted there, as in the totals row. */
static void add_rows(const Figure *fig, Result *res)
{
    const Attachment *att = fig->att;
    attach_fill_table(att); /* its cells' texts, if render has not asked yet */
    for (size_t i = 0; i < att->n_rows; i++) {
        const Row *row = &att->rows[i];
        if (row->is_group || !row->cells)
            continue;
        if (!row_passes(row, fig)) {
            for (size_t c = 0; c < att->n_columns; c++)
                if (row->cells[c].is_bad) {
                    res->bad_excluded++; /* it may fail for want of that value */
                    break;
                }
            continue;
        }
        res->matched++;
        if (fig->kind == FIG_LIST) {
            const char *text = row->cells[fig->field_column].text;
            if (!text || !*text || attach_cell_covered(att, i, (size_t)fig->field_column))
                continue;
            if (res->names.len)
                buf_puts(&res->names, ", ");
            buf_puts(&res->names, text);
            continue;
        }
        if (!fig->has_field)
            continue;
        if (attach_cell_covered(att, i, (size_t)fig->field_column)) {
            res->covered++;
            continue;
        }
        const Cell *cell = &row->cells[fig->field_column];
        const Cell *weight = fig->weight_column >= 0 ? &row->cells[fig->weight_column] : NULL;
        if (cell->is_number && (!weight || weight->is_number)) {
            double w = weight ? weight->number : 1;
            res->with_value++;
            res->sum += cell->number * w;
            res->weight_sum += w;
        } else if (cell->is_bad || (weight && weight->is_bad)) {
            res->bad++; /* reported where it is written: no follow-on warning */
        } else if (!res->first_missing_row) {
            res->first_missing_row = row;
            res->first_missing_index = i;
        }
    }
}

/* Goes over the localities or the tasks: the items that pass the filters,
 * the field's value of each (query_value, as a table's column shows it). */
static void add_items(QueryCtx *q, const Figure *fig, Result *res, int count_use)
{
    Source source = fig_source(fig->subject);
    const void **items;
    size_t n = query_items(q, source, NULL, &items);
    ValueKind kind = query_ref_kind(&fig->field);
    for (size_t i = 0; i < n; i++) {
        Locality *loc = source == SRC_LOCALITIES ? (Locality *)items[i] : NULL;
        if (!item_passes(q, source, items[i], fig)) {
            if (loc && loc->has_bad_value)
                res->bad_excluded++; /* it may fail the filter for want of that value */
            continue;
        }
        if (loc && count_use)
            loc->uses++;
        res->matched++;
        if (fig->kind == FIG_LIST) {
            if (res->names.len)
                buf_puts(&res->names, ", ");
            buf_puts(&res->names, loc ? loc->name : "");
            continue;
        }
        if (!fig->has_field)
            continue;
        FieldValue value;
        double number;
        query_value(q, source, items[i], &fig->field, &value);
        if (query_number_of(kind, &value, &number)) {
            res->with_value++;
            res->sum += number;
        } else if (loc && loc->has_bad_value) {
            res->bad++; /* reported where it is written: no follow-on warning */
        } else if (loc && !res->first_missing) {
            res->first_missing = loc;
        }
    }
}

/* Computes the figure over the plan. count_use: count the localities it
 * goes over as uses. The values are read in an arena of their own, freed
 * before returning (a figure is computed when the text is checked and
 * again when it is printed). */
void fig_evaluate(const InlineCtx *ctx, const QueryText *text, const Figure *fig, Result *res,
                  int count_use)
{
    memset(res, 0, sizeof *res);
    if (fig->subject == OVER_ROWS) {
        add_rows(fig, res);
        return;
    }
    Arena *scratch = arena_new();
    QueryCtx q;
    query_open(&q, scratch, ctx->plan, ctx->templates, text);
    q.ids_only = 1;
    add_items(&q, fig, res, count_use);
    query_close(&q);
    arena_free(scratch);
}

/* ---- a value no item has ------------------------------------------------------ */

/* 1 if the filter compares text with = (so a value no item has is a typo). */
static int filter_takes_text(const Figure *fig, const Filter *flt)
{
    if (flt->op != OP_EQ)
        return 0;
    if (fig->subject == OVER_ROWS)
        return 1;
    const Field *field = flt->ref.field;
    return !field || (field->kind == QV_TEXT && field->ids == IDS_NONE);
}

/* Adds the texts a filter compares in value (its raw values, else its
 * text) to seen, and marks in found the alternatives of flt it matches. */
static void note_value(const FieldValue *value, IdKind ids, const Filter *flt, StrList *seen,
                       int *found)
{
    if (value->raw)
        for (size_t i = 0; i < value->n_raw; i++)
            query_strlist_add(seen, value->raw[i]);
    else
        query_strlist_add(seen, value->text);
    for (int a = 0; a < flt->n_alternatives; a++)
        found[a] |= query_match(value, ids, &flt->alternatives[a]);
}

/* The first alternative of flt that no item or row has; its nearest
 * value is returned as fig_unmatched_value says. */
static char *unmatched_in(QueryCtx *q, const Figure *fig, const Filter *flt,
                          const char **value)
{
    int found[MAX_ALTERNATIVES] = {0};
    StrList seen = {0};
    if (fig->subject == OVER_ROWS) {
        attach_fill_table(fig->att); /* its rows, if render has not asked yet */
        for (size_t i = 0; i < fig->att->n_rows; i++) {
            const Row *row = &fig->att->rows[i];
            if (row->is_group || !row->cells)
                continue;
            FieldValue cell;
            query_cell_value(&row->cells[flt->column], &cell);
            note_value(&cell, IDS_NONE, flt, &seen, found);
        }
    } else {
        Source source = fig_source(fig->subject);
        const void **items;
        size_t n = query_items(q, source, NULL, &items);
        for (size_t i = 0; i < n; i++) {
            FieldValue item;
            query_value(q, source, items[i], &flt->ref, &item);
            note_value(&item, query_ref_ids(&flt->ref), flt, &seen, found);
        }
    }
    char *hint = NULL;
    for (int a = 0; a < flt->n_alternatives && !*value; a++) {
        const Want *want = &flt->alternatives[a];
        if (found[a] || want->has_number || !*want->text || strcmp(want->text, "*") == 0)
            continue;
        *value = want->text;
        const char *near = suggest_best(want->text, seen.items, seen.count);
        hint = near ? xstrdup(near) : NULL;
    }
    query_strlist_free(&seen);
    return hint;
}

char *fig_unmatched_value(const InlineCtx *ctx, const QueryText *text, const Figure *fig,
                          const Filter **flt, const char **value)
{
    *flt = NULL;
    *value = NULL;
    Arena *scratch = fig->subject == OVER_ROWS ? NULL : arena_new();
    QueryCtx q;
    memset(&q, 0, sizeof q);
    if (scratch) {
        query_open(&q, scratch, ctx->plan, ctx->templates, text);
        q.ids_only = 1;
    }
    char *hint = NULL;
    for (int f = 0; f < fig->n_filters && !*value; f++) {
        if (!filter_takes_text(fig, &fig->filters[f]))
            continue;
        hint = unmatched_in(&q, fig, &fig->filters[f], value);
        if (*value)
            *flt = &fig->filters[f];
    }
    if (scratch) {
        query_close(&q);
        arena_free(scratch);
    }
    return hint;
}

/* The computed number (count, sum or average). */
double fig_result_value(const Figure *fig, const Result *res)
{
    switch (fig->kind) {
    case FIG_COUNT: return (double)res->matched;
    case FIG_SUM: return res->sum;
    case FIG_AVG:
        if (fig->weight_column >= 0)
            return res->weight_sum != 0 ? res->sum / res->weight_sum : 0;
        return res->with_value ? res->sum / (double)res->with_value : 0;
    default: return 0;
    }
}

int fig_is_whole(double value)
{
    return fabs(value - nearbyint(value)) < 1e-9 && fabs(value) < 1e15;
}

/* The computed value as printed without a stated value. */
void fig_put_computed(Buf *out, const Figure *fig, double value)
{
    if (fig->kind == FIG_AVG)
        vi_put_decimal(out, value, fig->decimals >= 0 ? fig->decimals : 1);
    else if (fig->decimals >= 0)
        vi_put_decimal(out, value, fig->decimals);
    else if (fig_is_whole(value))
        vi_put_int(out, (long long)nearbyint(value), fig->pad);
    else
        vi_put_decimal(out, value, -1);
}

/* "average of criteria_met over 8 localities", "average of so_tieu_chi
 * weighted by so_xa over 4 rows of bieu01" */
void fig_put_what(Buf *out, const Figure *fig, const Result *res)
{
    const char *noun = fig_figure_noun(fig->subject);
    size_t n = fig->kind == FIG_COUNT ? res->matched : res->with_value;
    if (n == 1)
        noun = fig_figure_noun_one(fig->subject);
    switch (fig->kind) {
    case FIG_COUNT:
        buf_printf(out, _("count of %s"), fig_figure_noun(fig->subject));
        break;
    case FIG_SUM:
        buf_printf(out, _("sum of %s over %zu %s"), fig->field_text, n, noun);
        break;
    default:
        buf_printf(out, _("average of %s"), fig->field_text);
        if (fig->weight_column >= 0)
            buf_printf(out, _(" weighted by %s"), fig->weight_text);
        buf_printf(out, _(" over %zu %s"), n, noun);
        break;
    }
    if (fig->subject == OVER_ROWS)
        buf_printf(out, _(" of %s"), fig->att->id);
}
