/* figures_holders.c - a sum or an average of a data key over every
 * locality or task, with no filter, added up from the key's holders.
 *
 * A figure with no filter goes over every entry of its source: it counts
 * them all (Result.matched), adds up the value of those that have the key
 * and tells how many lack it (KH506) and the first of them. With n
 * localities each holding a key of its own and a figure {sum localities
 * data.kI} over each, walking every entry for every figure cost n squared
 * (10,000 of them went past KH507's budget and a valid plan was refused:
 * s39scale left it). An entry without the key reads as blank, never a
 * number, so only the holders (query_key_holders, the plan's index of the
 * data keys, in the entries' order) add to the sum; the others are
 * counted: n minus the holders, those of them with a value in error from
 * the plan's count (fig_localities_with_bad_value). The figure's uses are
 * every locality's, counted once per plan (fig_use_all_localities): a use
 * is asked only whether there is one. The Result is the one add_items
 * gives, but for its walk (the holders, the work budget's charge) and for
 * first_missing when a locality lacking the key has a value in error
 * (then Result.bad is not 0 and check_result says nothing of the missing).
 * Reads the Plan; writes the Result and the localities' uses.
 */
#include "figures_impl.h"

#include "vi.h"

/* The first position of 0, 1, 2, ... that at (ascending, n of them)
 * does not hold: the first entry without the key. */
static size_t first_gap(const size_t *at, size_t n)
{
    size_t i = 0;
    while (i < n && at[i] == i)
        i++;
    return i;
}

int fig_sum_by_holders(QueryCtx *q, const Figure *fig, const void **items, size_t n_items,
                       Result *res, int count_use)
{
    Source source = fig_source(fig->subject);
    const Plan *plan = q->plan;
    if (fig->n_filters || !fig->has_field || fig->kind == FIG_LIST || fig->field.field ||
        !fig->field.data_key || !plan->figure_memo)
        return 0;
    size_t fewest, n_keys, n_entries;
    const size_t *at = query_key_holders(plan, source, fig->field.data_key, &fewest);
    if (!at || fewest > n_items / 8 || !query_data_keys(plan, source, &n_keys, &n_entries) ||
        n_entries != n_items)
        return 0;
    /* tasks: the index numbers them as the body's walk meets them, the
     * same as query_items' list when no task is left out of either */
    for (size_t k = 0; source == SRC_TASKS && k < fewest; k++)
        if (((const TaskItem *)items[at[k]])->task != query_data_entry(plan, source, at[k]))
            return 0;
    ValueKind kind = query_ref_kind(&fig->field);
    size_t bad_holders = 0;
    for (size_t k = 0; k < fewest; k++) {
        size_t index = at[k];
        const void *item = source == SRC_LOCALITIES ? (const void *)&plan->localities[index]
                                                    : items[index];
        const Locality *loc = source == SRC_LOCALITIES ? item : NULL;
        FieldValue value;
        double number;
        query_value(q, source, item, &fig->field, &value);
        bad_holders += loc && loc->has_bad_value;
        if (query_number_of(kind, &value, &number)) {
            res->with_value++;
            vi_sum_add(&res->sum, &res->sum_carry, number);
        } else if (loc && loc->has_bad_value) {
            res->bad++;
        } else if (loc && !res->first_missing) {
            res->first_missing = loc;
        }
    }
    res->matched = n_items;
    res->walked = fewest;
    if (source != SRC_LOCALITIES)
        return 1;
    /* the localities without the key: blank, or in error */
    res->bad += fig_localities_with_bad_value(plan) - bad_holders;
    size_t gap = first_gap(at, fewest);
    if (gap < n_items && !plan->localities[gap].has_bad_value &&
        (!res->first_missing || &plan->localities[gap] < res->first_missing))
        res->first_missing = &plan->localities[gap];
    if (count_use && n_items)
        fig_use_all_localities(plan);
    return 1;
}
