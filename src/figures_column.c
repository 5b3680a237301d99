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
 * FieldValue per locality and nothing besides; fields whose value is a
 * text made for it (a full name, a note expanded, criteria joined) are
 * asked as before. All columns of a plan together hold at most
 * FIG_COLUMN_VALUES values; past that a figure asks query_value as before.
 * Reads the Plan; writes only the memo's arena.
 */
#include "figures_impl.h"

#include <string.h>

/* One field's values, for one phase. */
typedef struct FigColumn {
    const Field *field;       /* NULL: data_key */
    const char *data_key;
    int phase;
    FieldValue *values;       /* one per locality, in plan order */
    struct FigColumn *next;
} FigColumn;

/* Whether a field's value is kept in a column: it points into the plan or
 * is a number (a year's text is a few bytes). */
static int kept_field(const Field *field)
{
    if (!field)
        return 1; /* a data attribute: its text and number are the plan's */
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

static int same_field(const FigColumn *c, const FieldRef *ref, int phase)
{
    if (c->phase != phase || c->field != ref->field)
        return 0;
    return ref->field || strcmp(c->data_key, ref->data_key) == 0;
}

const FieldValue *fig_locality_column(FigColumns *cols, Arena *arena, const QueryCtx *q,
                                      const FieldRef *ref)
{
    const Plan *plan = q->plan;
    int phase = plan->resolved;
    if (!kept_field(ref->field) || (!ref->field && !ref->data_key))
        return NULL;
    for (const FigColumn *c = cols->first; c; c = c->next)
        if (same_field(c, ref, phase))
            return c->values;
    size_t n = plan->n_localities;
    if (n == 0 || cols->n_values + n > FIG_COLUMN_VALUES)
        return NULL;
    FigColumn *c = arena_alloc(arena, sizeof *c);
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
    return c->values;
}
