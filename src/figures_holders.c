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
 *
 * The same with filters ({sum localities data.kI kind=xã}: s40scale left
 * it, n squared again, and 5,000 such figures past KH507's budget): the
 * localities that pass a set of filters are found once per plan and phase
 * (a PassSet: which pass, those of them without a value in error, and
 * the counts a walk gives), when the filters' fields all have columns
 * (figures_column.c: values of the plan, the same in each figure of a
 * phase); each figure then goes over the key's holders that pass, and
 * the first locality that passes without the key or an error is the
 * first of those without a value in error that no holder is. The uses of
 * those that pass are counted once per set. At most FIG_PASS_VALUES
 * localities are kept in all pass sets; past that a figure walks them
 * all, as before, within KH507's budget.
 * Reads the Plan; writes the Result, the localities' uses and the memo's
 * pass sets (in its arena).
 */
#include "figures_impl.h"

#include <string.h>

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

/* Adds up the field of the key's holders at[0..fewest) that pass
 * (passes[i] not 0; NULL: all) into res, as add_items' walk does; the
 * localities' holders from plan->localities, the tasks' from items.
 * Returns how many of them that pass are localities with a value in
 * error. */
static size_t add_holders(QueryCtx *q, const Figure *fig, const void **items, const size_t *at,
                          size_t fewest, const unsigned char *passes, Result *res)
{
    Source source = fig_source(fig->subject);
    ValueKind kind = query_ref_kind(&fig->field);
    size_t bad_holders = 0;
    for (size_t k = 0; k < fewest; k++) {
        size_t index = at[k];
        if (passes && !passes[index])
            continue;
        const void *item = source == SRC_LOCALITIES ? (const void *)&q->plan->localities[index]
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
    return bad_holders;
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
    size_t bad_holders = add_holders(q, fig, items, at, fewest, NULL, res);
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

/* ---- with filters ------------------------------------------------------------- */

/* The localities kept in all pass sets of a plan: 9 bytes each. */
enum { FIG_PASS_VALUES = 4 * FIG_COLUMN_VALUES };

/* The localities that pass one set of filters in one phase. */
typedef struct PassSet {
    char *key;                /* pass_key's, in the arena */
    size_t key_len;
    unsigned char *passes;    /* one per locality: 1 passes */
    size_t *good;             /* those that pass with no value in error, ascending */
    size_t n_good;
    size_t matched;           /* how many pass */
    size_t bad_passing;       /* of them, with a value in error */
    size_t bad_excluded;      /* of the others, with a value in error */
    int counted;              /* the uses of those that pass are counted */
} PassSet;

struct PassSets {
    PassSet **slots;          /* open addressing; n_slots a power of 2 */
    size_t n_slots, count, values;
};

/* What tells two sets of filters apart: the phase, and each filter's
 * column (a field of one phase), kind of ids, comparison and values. */
static void pass_key(Buf *key, const Plan *plan, const Figure *fig, const FieldValue *const *cols,
                     const IdKind *ids)
{
    buf_putn(key, (const char *)&plan->resolved, sizeof plan->resolved);
    for (int f = 0; f < fig->n_filters; f++) {
        const Filter *flt = &fig->filters[f];
        buf_putn(key, (const char *)&cols[f], sizeof cols[f]);
        buf_putn(key, (const char *)&ids[f], sizeof ids[f]);
        buf_putn(key, (const char *)&flt->op, sizeof flt->op);
        for (int a = 0; a < flt->n_alternatives; a++) {
            const Want *w = &flt->alternatives[a];
            buf_putn(key, (const char *)&w->op, sizeof w->op);
            buf_putn(key, (const char *)&w->has_number, sizeof w->has_number);
            buf_putn(key, (const char *)&w->number, sizeof w->number);
            buf_puts(key, w->text ? w->text : "");
            buf_putc(key, '\0');
        }
        buf_putc(key, '\x1f');
    }
}

/* The slot of key in sets: its set, or the empty slot where it goes. */
static PassSet **pass_slot(struct PassSets *sets, const Buf *key)
{
    size_t mask = sets->n_slots - 1;
    for (size_t i = (size_t)text_hash(key->data, key->len) & mask;; i = (i + 1) & mask) {
        PassSet *p = sets->slots[i];
        if (!p || (p->key_len == key->len && memcmp(p->key, key->data, key->len) == 0))
            return &sets->slots[i];
    }
}

/* The pass set of fig's filters, made (a walk of every locality, charged
 * to res as add_items' walk is) if need be; NULL without a memo or past
 * FIG_PASS_VALUES. */
static PassSet *pass_set(QueryCtx *q, const Figure *fig, const FieldValue *const *cols,
                         const IdKind *ids, Result *res)
{
    const Plan *plan = q->plan;
    Arena *arena;
    struct PassSets **at = fig_memo_pass_sets(plan, &arena);
    if (!at)
        return NULL;
    if (!*at) {
        *at = arena_alloc(arena, sizeof **at);
        memset(*at, 0, sizeof **at);
    }
    struct PassSets *sets = *at;
    size_t n = plan->n_localities;
    if (2 * (sets->count + 1) > sets->n_slots) {
        PassSet **old = sets->slots;
        size_t n_old = sets->n_slots;
        sets->n_slots = n_old ? 2 * n_old : 16;
        sets->slots = arena_alloc(arena, sets->n_slots * sizeof *sets->slots);
        memset(sets->slots, 0, sets->n_slots * sizeof *sets->slots);
        for (size_t i = 0; i < n_old; i++)
            if (old[i]) {
                Buf k = {0};
                buf_putn(&k, old[i]->key, old[i]->key_len);
                *pass_slot(sets, &k) = old[i];
                buf_free(&k);
            }
    }
    Buf key = {0};
    pass_key(&key, plan, fig, cols, ids);
    PassSet **slot = pass_slot(sets, &key);
    if (*slot || sets->values + n > FIG_PASS_VALUES) {
        buf_free(&key);
        return *slot;
    }
    PassSet *p = arena_alloc(arena, sizeof *p);
    memset(p, 0, sizeof *p);
    p->key = arena_strndup(arena, key.data, key.len);
    p->key_len = key.len;
    buf_free(&key);
    p->passes = arena_alloc(arena, n ? n : 1);
    p->good = arena_alloc(arena, (n ? n : 1) * sizeof *p->good);
    for (size_t i = 0; i < n; i++) {
        const Locality *loc = &plan->localities[i];
        p->passes[i] = (unsigned char)fig_item_passes(q, SRC_LOCALITIES, loc, i, fig, cols, ids, res);
        p->matched += p->passes[i];
        if (p->passes[i] && !loc->has_bad_value)
            p->good[p->n_good++] = i;
        p->bad_passing += p->passes[i] && loc->has_bad_value;
        p->bad_excluded += !p->passes[i] && loc->has_bad_value;
    }
    res->walked = n; /* the walk's charge, as add_items' */
    sets->values += n;
    sets->count++;
    *slot = p;
    return p;
}

int fig_sum_by_passing(QueryCtx *q, const Figure *fig, const FieldValue *const *cols,
                       const IdKind *ids, Result *res, int count_use)
{
    const Plan *plan = q->plan;
    size_t n = plan->n_localities;
    if (fig_source(fig->subject) != SRC_LOCALITIES || !fig->n_filters || !fig->has_field ||
        fig->kind == FIG_LIST || fig->field.field || !fig->field.data_key || !plan->figure_memo)
        return 0;
    for (int f = 0; f < fig->n_filters; f++)
        if (!cols[f])
            return 0; /* a value made for the figure: asked as before */
    size_t fewest, n_keys, n_entries;
    const size_t *at = query_key_holders(plan, SRC_LOCALITIES, fig->field.data_key, &fewest);
    if (!at || fewest > n / 8 || !query_data_keys(plan, SRC_LOCALITIES, &n_keys, &n_entries) ||
        n_entries != n)
        return 0;
    Result walk = {0}; /* the walk that makes the set: its charge */
    PassSet *p = pass_set(q, fig, cols, ids, &walk);
    if (!p)
        return 0;
    size_t bad_holders = add_holders(q, fig, NULL, at, fewest, p->passes, res);
    res->matched = p->matched;
    res->bad += p->bad_passing - bad_holders;
    res->bad_excluded = p->bad_excluded;
    res->walked = walk.walked ? walk.walked : fewest;
    res->listed = walk.listed;
    /* the first that passes with neither the key nor an error: the first
     * of p->good that is no holder (both ascending) */
    for (size_t g = 0, h = 0; g < p->n_good; g++) {
        while (h < fewest && at[h] < p->good[g])
            h++;
        if (h < fewest && at[h] == p->good[g])
            continue;
        const Locality *loc = &plan->localities[p->good[g]];
        if (!res->first_missing || loc < res->first_missing)
            res->first_missing = loc;
        break;
    }
    if (count_use && !p->counted) {
        p->counted = 1; /* a use is only asked whether there is one (check.c) */
        for (size_t i = 0; i < n; i++)
            plan->localities[i].uses += p->passes[i];
    }
    return 1;
}
