/* figures_column.c - the values of a field of every locality, found once
 * per plan and phase and shared by the figures that filter on it or add
 * it up.
 *
 * A figure over the localities asks each locality the value of each field
 * it names (query_value: a switch on the field, a data attribute looked up
 * by its key). 20,000 figures {count localities data.x>=N} over 20,000
 * localities asked it 16 million times before the work budget (KH507)
 * stopped them, 2,700 million instructions, 1.0-1.4 s of CPU on a busy
 * machine. The value a field gives a locality is the same in every figure
 * of a phase (query_value reads only the plan; the figures' memo rests on
 * the same fact), so a column holds it, made the first time a figure of
 * the phase names the field, and each figure after that reads it there.
 *
 * Only fields whose value points into the plan (ids, names, kinds, levels,
 * data attributes) or is a number are kept: their column costs a
 * FieldValue per locality and nothing besides; and the criteria, whose
 * codes are listed and joined once (kept_field). Fields whose value is a
 * text made for it (a full name, a note expanded, criteria's names) are
 * asked as before. All columns of a plan together hold at most
 * FIG_COLUMN_VALUES values; past that a figure asks query_value as before.
 * Reads the Plan; writes only the memo's arena.
 */
#include "figures_impl.h"

#include <stdlib.h>
#include <string.h>

/* A locality's number, for the sorted index of a column. */
typedef struct NumAt {
    double number;
    size_t index;             /* in plan->localities */
} NumAt;

/* One field's values, for one phase. */
typedef struct FigColumn {
    const Field *field;       /* NULL: data_key */
    const char *data_key;
    int phase;
    FieldValue *values;       /* one per locality, in plan order */
    NumAt *sorted;            /* the numbers, ascending (fig_column_compare) */
    size_t n_sorted;
    int sorted_made;
    struct FigColumn *next;
} FigColumn;

/* Whether a field's value is kept in a column (query_field_columnable; a
 * data attribute: its text and number are the plan's; a locality's
 * criteria: its codes listed and joined once, in the memo's arena, which
 * costs what the plan writes of them. 10,000 distinct figures
 * {count localities criteria=17.N name!=...} over 1,000 communes that list
 * the catalog's 31 codes made the list again for each locality of each
 * figure: 12 s, 30 times a step's cost; s28scale). */
static int kept_field(const Field *field)
{
    return !field || query_field_columnable(field) || field->id == F_CRITERIA;
}

static int same_field(const FigColumn *c, const FieldRef *ref, int phase)
{
    if (c->phase != phase || c->field != ref->field)
        return 0;
    return ref->field || strcmp(c->data_key, ref->data_key) == 0;
}

/* The column of ref for the present phase, made if need be; NULL as
 * fig_locality_column says. */
static FigColumn *column_of(FigColumns *cols, Arena *arena, const QueryCtx *q, const FieldRef *ref)
{
    const Plan *plan = q->plan;
    int phase = plan->resolved;
    if (!kept_field(ref->field) || (!ref->field && !ref->data_key))
        return NULL;
    for (FigColumn *c = cols->first; c; c = c->next)
        if (same_field(c, ref, phase))
            return c;
    size_t n = plan->n_localities;
    if (n == 0 || cols->n_values + n > FIG_COLUMN_VALUES)
        return NULL;
    FigColumn *c = arena_alloc(arena, sizeof *c);
    memset(c, 0, sizeof *c);
    c->field = ref->field;
    c->data_key = ref->field ? NULL : arena_strdup(arena, ref->data_key);
    c->phase = phase;
    c->values = arena_alloc(arena, n * sizeof *c->values);
    /* a query of its own in the memo's arena: the few bytes a value may
     * take (a year's text) live as long as the column */
    QueryCtx cq;
    query_open(&cq, arena, plan, q->templates, q->text);
    cq.ids_only = q->ids_only;
    for (size_t i = 0; i < n; i++)
        query_value(&cq, SRC_LOCALITIES, &plan->localities[i], ref, &c->values[i]);
    query_close(&cq);
    cols->n_values += n;
    c->next = cols->first;
    cols->first = c;
    return c;
}

const FieldValue *fig_locality_column(FigColumns *cols, Arena *arena, const QueryCtx *q,
                                      const FieldRef *ref)
{
    const FigColumn *c = column_of(cols, arena, q, ref);
    return c ? c->values : NULL;
}

/* ---- the numbers of a column, sorted ------------------------------------------------ */

/* A comparison with a number (data.x>=5) holds for the localities whose
 * value is a number in a range of the column's numbers sorted: a count
 * looks its localities up there (two binary searches) instead of going
 * over them all. 20,000 counts {count localities data.x>=N} cost a
 * lookup each, and the few that match many localities go over those. */

static int num_at_compare(const void *a, const void *b)
{
    const NumAt *x = a, *y = b;
    if (x->number != y->number)
        return x->number < y->number ? -1 : 1;
    return x->index < y->index ? -1 : x->index > y->index;
}

/* The first pair whose number is not below x (above: not above x). */
static size_t first_from(const NumAt *a, size_t n, double x, int above)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (above ? a[mid].number <= x : a[mid].number < x)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

size_t fig_column_range(FigColumns *cols, Arena *arena, const QueryCtx *q, const FieldRef *ref,
                        const Want *want, size_t **cand)
{
    FigColumn *c = column_of(cols, arena, q, ref);
    if (!c)
        return (size_t)-1;
    if (!c->sorted_made) {
        size_t m = 0;
        c->sorted = arena_alloc(arena, (q->plan->n_localities + 1) * sizeof *c->sorted);
        for (size_t i = 0; i < q->plan->n_localities; i++) {
            const FieldValue *v = &c->values[i];
            /* a NaN passes no comparison (query_match) and has no place
             * in an order: left out */
            if (v->is_number && v->number == v->number)
                c->sorted[m++] = (NumAt){v->number, i};
        }
        qsort(c->sorted, m, sizeof *c->sorted, num_at_compare);
        c->n_sorted = m;
        c->sorted_made = 1;
    }
    size_t lo = 0, hi = 0; /* a comparison with no number holds for none */
    if (want->has_number) {
        double x = want->number;
        switch (want->op) {
        case OP_LT: hi = first_from(c->sorted, c->n_sorted, x, 0); break;
        case OP_LE: hi = first_from(c->sorted, c->n_sorted, x, 1); break;
        case OP_GT: lo = first_from(c->sorted, c->n_sorted, x, 1), hi = c->n_sorted; break;
        default: lo = first_from(c->sorted, c->n_sorted, x, 0), hi = c->n_sorted; break;
        }
    }
    if (cand) {
        *cand = xmalloc((hi - lo + 1) * sizeof **cand);
        for (size_t k = lo; k < hi; k++)
            (*cand)[k - lo] = c->sorted[k].index;
    }
    return hi - lo;
}
