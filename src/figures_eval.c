/* figures_eval.c - evaluating a figure: which localities, tasks or table
 * rows pass its filters, and what they add up to.
 *
 * Part of stage 3 (resolve) and of check (figures over a table's rows):
 * figures.c reads a reference into a Figure (its syntax); this file walks
 * the registry once, applying the filters (all must hold; "a|b" inside one
 * is "either"), and accumulates the count, the sum of the field over the
 * items that have it (the value of a locality's field is query.c's), and
 * the names for a list. Reads the Plan; writes only the Result and, when
 * asked, use counts.
 */
#include "figures_impl.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "catalog.h"
#include "i18n.h"
#include "load.h"
#include "query.h"
#include "suggest.h"
#include "vi.h"

/* ---- evaluating a figure --------------------------------------------------- */


static const Attr *find_attr(const Locality *loc, const char *key)
{
    for (size_t i = 0; i < loc->n_attrs; i++)
        if (strcmp(loc->attrs[i].key, key) == 0)
            return &loc->attrs[i];
    return NULL;
}

/* The numeric value of a locality's key; returns 0 if it has none. */
static int locality_number(const Locality *loc, Key key, const char *data_key, double *value)
{
    switch (key) {
    case KEY_TARGET_YEAR:
        return query_locality_number(loc, QN_TARGET_YEAR, value);
    case KEY_CRITERIA_MET:
        return query_locality_number(loc, QN_CRITERIA_MET, value);
    case KEY_CRITERIA_PLANNED:
        return query_locality_number(loc, QN_CRITERIA_PLANNED, value);
    case KEY_CRITERIA_TOTAL:
        return query_locality_number(loc, QN_CRITERIA_TOTAL, value);
    case KEY_CRITERIA:
    case KEY_N_CRITERIA:
        return query_locality_number(loc, QN_N_CRITERIA, value);
    case KEY_DATA: {
        const Attr *attr = find_attr(loc, data_key);
        if (!attr || !attr->is_number)
            return 0;
        *value = attr->number;
        return 1;
    }
    default:
        return 0;
    }
}

/* The text value of a locality's key, or NULL if it has none. */
static const char *locality_text(const Locality *loc, Key key, const char *data_key)
{
    switch (key) {
    case KEY_ID: return loc->id;
    case KEY_KIND: return loc->kind;
    case KEY_PARENT: return loc->parent;
    case KEY_STATUS: return loc->status;
    case KEY_TARGET: return loc->target;
    case KEY_DATA: {
        const Attr *attr = find_attr(loc, data_key);
        return attr ? attr->text : NULL;
    }
    default: return NULL;
    }
}

int fig_compare(Op op, double a, double b)
{
    switch (op) {
    case OP_LT: return a < b;
    case OP_LE: return a <= b;
    case OP_GT: return a > b;
    case OP_GE: return a >= b;
    case OP_NE: return a != b;
    default: return a == b;
    }
}

/* 1 if code (from a list) is alt or an indicator of criterion alt. */
static int code_matches(const char *code, const char *alt)
{
    return strcmp(code, alt) == 0 || catalog_code_in(code, alt);
}

/* Does one alternative hold for the locality? (= semantics) */
static int locality_has(const Locality *loc, const Filter *flt, const char *alt)
{
    if (flt->key == KEY_CRITERIA) {
        if (!*alt)
            return loc->n_criteria == 0;
        for (size_t i = 0; i < loc->n_criteria; i++)
            if (code_matches(loc->criteria[i], alt))
                return 1;
        return 0;
    }
    double number;
    if (fig_is_number_key(flt->key)) {
        int has = locality_number(loc, flt->key, flt->data_key, &number);
        if (!*alt)
            return !has;
        double wanted;
        int decimals;
        return has && figures_parse_vi_number(alt, &wanted, &decimals) == 0 && number == wanted;
    }
    const char *text = locality_text(loc, flt->key, flt->data_key);
    if (!*alt)
        return !text || !*text;
    if (!text)
        return 0;
    if (flt->key == KEY_DATA) {
        double wanted;
        int decimals;
        if (locality_number(loc, KEY_DATA, flt->data_key, &number) &&
            figures_parse_vi_number(alt, &wanted, &decimals) == 0)
            return number == wanted;
    }
    return strcmp(text, alt) == 0;
}

static int locality_passes(const Locality *loc, const Figure *fig)
{
    for (int f = 0; f < fig->n_filters; f++) {
        const Filter *flt = &fig->filters[f];
        if (flt->op != OP_EQ && flt->op != OP_NE) {
            double number;
            if (!locality_number(loc, flt->key, flt->data_key, &number) ||
                !fig_compare(flt->op, number, flt->number))
                return 0;
            continue;
        }
        int any = 0;
        for (int a = 0; a < flt->n_alternatives && !any; a++)
            any = locality_has(loc, flt, flt->alternatives[a]);
        if (any != (flt->op == OP_EQ))
            return 0;
    }
    return 1;
}

static int list_has(const char *const *list, size_t n, const char *id)
{
    for (size_t i = 0; i < n; i++)
        if (list[i] && strcmp(list[i], id) == 0)
            return 1;
    return 0;
}

static int task_has(const Task *task, const Filter *flt, const char *alt)
{
    switch (flt->key) {
    case KEY_ID:
        return *alt ? task->id && strcmp(task->id, alt) == 0 : !task->id;
    case KEY_LEAD: {
        size_t n_leads;
        const char *const *leads = task_leads(task, &n_leads);
        return *alt ? list_has((const char **)leads, n_leads, alt) : !task->lead;
    }
    case KEY_SUPPORT:
        return *alt ? list_has(task->support, task->n_support, alt) : task->n_support == 0;
    case KEY_UNIT:
        if (!*alt)
            return !task->lead && task->n_support == 0 && task->n_assign == 0;
        size_t n_leads;
        const char *const *leads = task_leads(task, &n_leads);
        if (list_has((const char **)leads, n_leads, alt) ||
            list_has(task->support, task->n_support, alt))
            return 1;
        for (size_t i = 0; i < task->n_assign; i++)
            if (task->assign[i].unit && strcmp(task->assign[i].unit, alt) == 0)
                return 1;
        return 0;
    case KEY_LOCALITY:
        return *alt ? list_has(task->localities, task->n_localities, alt)
                    : task->n_localities == 0;
    case KEY_CRITERIA:
        if (!*alt)
            return task->n_criteria == 0;
        for (size_t i = 0; i < task->n_criteria; i++)
            if (code_matches(task->criteria[i], alt))
                return 1;
        for (size_t i = 0; i < task->n_assign; i++)
            for (size_t k = 0; k < task->assign[i].n_indicators; k++)
                if (code_matches(task->assign[i].indicators[k], alt))
                    return 1;
        return 0;
    default:
        return 0;
    }
}

static int task_passes(const Task *task, const Figure *fig)
{
    for (int f = 0; f < fig->n_filters; f++) {
        const Filter *flt = &fig->filters[f];
        int any = 0;
        for (int a = 0; a < flt->n_alternatives && !any; a++)
            any = task_has(task, flt, flt->alternatives[a]);
        if (any != (flt->op != OP_NE))
            return 0;
    }
    return 1;
}

/* Does one alternative hold for the row's cell? (= semantics) Numeric
 * cells compare as numbers, others by their text; an empty alternative
 * matches an empty cell. */
static int row_has(const Row *row, const Filter *flt, const char *alt)
{
    const Cell *cell = &row->cells[flt->column];
    int empty = !cell->is_number && (!cell->text || !*cell->text);
    if (!*alt)
        return empty;
    if (cell->is_number) {
        double wanted;
        int decimals;
        if (figures_parse_vi_number(alt, &wanted, &decimals) == 0)
            return cell->number == wanted;
    }
    return cell->text && strcmp(cell->text, alt) == 0;
}

static int row_passes(const Row *row, const Figure *fig)
{
    for (int f = 0; f < fig->n_filters; f++) {
        const Filter *flt = &fig->filters[f];
        if (flt->op != OP_EQ && flt->op != OP_NE) {
            const Cell *cell = &row->cells[flt->column];
            if (!cell->is_number || !fig_compare(flt->op, cell->number, flt->number))
                return 0;
            continue;
        }
        int any = 0;
        for (int a = 0; a < flt->n_alternatives && !any; a++)
            any = row_has(row, flt, flt->alternatives[a]);
        if (any != (flt->op == OP_EQ))
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
    for (size_t i = 0; i < att->n_rows; i++) {
        const Row *row = &att->rows[i];
        if (row->is_group || !row->cells || !row_passes(row, fig))
            continue;
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
        } else if (!res->first_missing_row) {
            res->first_missing_row = row;
            res->first_missing_index = i;
        }
    }
}

static void add_tasks(BodyNode *const *items, size_t n, const Figure *fig, Result *res)
{
    for (size_t i = 0; i < n; i++) {
        const BodyNode *node = items[i];
        if (node->kind == NODE_TASK && node->task && task_passes(node->task, fig)) {
            res->matched++;
            res->with_value++;
            res->sum += (double)node->task->n_criteria;
        }
        add_tasks(node->items, node->n_items, fig, res);
    }
}

/* Computes the figure over the plan. count_use: count the localities it
 * goes over as uses. */
void fig_evaluate(const Plan *plan, const Figure *fig, Result *res, int count_use)
{
    memset(res, 0, sizeof *res);
    if (fig->subject == OVER_ROWS) {
        add_rows(fig, res);
        return;
    }
    if (fig->subject == OVER_TASKS) {
        add_tasks(plan->body, plan->n_body, fig, res);
        return;
    }
    for (size_t i = 0; i < plan->n_localities; i++) {
        Locality *loc = &plan->localities[i];
        if (!locality_passes(loc, fig))
            continue;
        if (count_use)
            loc->uses++;
        res->matched++;
        if (fig->kind == FIG_LIST) {
            if (res->names.len)
                buf_puts(&res->names, ", ");
            buf_puts(&res->names, loc->name);
            continue;
        }
        double value;
        if (!fig->has_field) {
            continue;
        } else if (locality_number(loc, fig->field, fig->data_field, &value)) {
            res->with_value++;
            res->sum += value;
        } else if (loc->has_bad_value) {
            res->bad++; /* reported where it is written: no follow-on warning */
        } else if (!res->first_missing) {
            res->first_missing = loc;
        }
    }
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
        buf_printf(out, "count of %s", fig_figure_noun(fig->subject));
        break;
    case FIG_SUM:
        buf_printf(out, "sum of %s over %zu %s", fig->field_text, n, noun);
        break;
    default:
        buf_printf(out, "average of %s", fig->field_text);
        if (fig->weight_column >= 0)
            buf_printf(out, " weighted by %s", fig->weight_text);
        buf_printf(out, " over %zu %s", n, noun);
        break;
    }
    if (fig->subject == OVER_ROWS)
        buf_printf(out, " of %s", fig->att->id);
}
