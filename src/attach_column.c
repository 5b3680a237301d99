/* attach_column.c - the values of a field of every locality, found once
 * per attach_resolve and shared by the `where` of every generated table
 * that filters the localities on it.
 *
 * A generated table over the localities tests each locality against each
 * condition of its `where`: it asked query_value for the field's value,
 * then query_match compared it with each wanted value (a string compare
 * each). A table per locality over 20,000 localities (the hardening case
 * "20,000 generated tables") did that 8 million times before the tables'
 * budget (KH623) stopped them: 1,360 million instructions of its 3,040
 * million, 0.76 s of its 1 s limit. The value a field gives a locality is
 * the same in every table of one attach_resolve (query_value reads only
 * the plan), so a column holds it, made the first time a table names the
 * field, with a hash of its one key (the raw value, else the text). A
 * condition whose wanted values are all plain texts ("=" a text, no
 * number, "*" or empty) then turns away, by comparing hashes, every
 * locality whose key is none of them; the others, and every other
 * condition, are decided by query_match as before, on the column's value.
 * So a locality passes exactly when it did, and each table still costs
 * its budget as before.
 *
 * Kept: the fields whose value points into the plan or is a number (as
 * figures_column.c keeps for the figures); all columns together hold at
 * most ATT_COLUMN_VALUES values, past which a table asks query_value.
 * Reads the Plan; writes only the resolver's arena.
 */
#include "attach_impl.h"

#include <stdlib.h>
#include <string.h>

/* One field's values and their keys' hashes, one per locality. */
struct AttColumn {
    const Field *field;        /* NULL: data_key */
    const char *data_key;
    FieldValue *values;
    unsigned long *keys;       /* 0: no one key (a list): tested in full */
    struct AttColumn *next;
};

/* Whether a field's value is kept in a column (query_field_columnable; a
 * data attribute: the plan's text). */
static int kept_field(const FieldRef *ref)
{
    return ref->field ? query_field_columnable(ref->field) : ref->data_key != NULL;
}

/* Never 0 (the mark of a value with no one key). */
static unsigned long key_hash(const char *s)
{
    return (unsigned long)str_hash64(s) | 1ul;
}

/* The text an "=" want is compared with (query_match's equals): the one
 * raw value, else the text; NULL when the value has several or none. */
static const char *one_key(const FieldValue *v)
{
    if (!v->raw)
        return v->text;
    return v->n_raw == 1 ? v->raw[0] : NULL;
}

/* The column of ref, made if need be; NULL when the field is not kept or
 * the columns are full. */
static struct AttColumn *column_of(Resolver *r, const FieldRef *ref)
{
    if (!kept_field(ref))
        return NULL;
    for (struct AttColumn *c = r->columns; c; c = c->next)
        if (c->field == ref->field && (ref->field || strcmp(c->data_key, ref->data_key) == 0))
            return c;
    size_t n = r->plan->n_localities;
    if (n == 0 || r->n_column_values + n > ATT_COLUMN_VALUES)
        return NULL;
    struct AttColumn *c = arena_alloc(r->arena, sizeof *c);
    memset(c, 0, sizeof *c);
    c->field = ref->field;
    c->data_key = ref->field ? NULL : arena_strdup(r->arena, ref->data_key);
    c->values = arena_alloc(r->arena, n * sizeof *c->values);
    c->keys = arena_alloc(r->arena, n * sizeof *c->keys);
    for (size_t i = 0; i < n; i++) {
        query_value(&r->q, SRC_LOCALITIES, &r->plan->localities[i], ref, &c->values[i]);
        const char *key = one_key(&c->values[i]);
        c->keys[i] = key ? key_hash(key) : 0;
    }
    r->n_column_values += n;
    c->next = r->columns;
    r->columns = c;
    return c;
}

static int key_compare(const void *a, const void *b)
{
    unsigned long x = *(const unsigned long *)a, y = *(const unsigned long *)b;
    return x < y ? -1 : x > y;
}

void att_column_test(Resolver *r, const FieldRef *ref, IdKind ids, const Want *wants,
                     size_t n_wants, ColumnTest *out)
{
    memset(out, 0, sizeof *out);
    out->ids = ids;
    const struct AttColumn *c = column_of(r, ref);
    if (!c)
        return;
    out->values = c->values;
    out->keys = c->keys;
    /* a criterion's code also matches its indicators' codes: no hash says
     * that (no kept field holds criteria; kept safe all the same) */
    if (ids == IDS_CRITERION || n_wants == 0)
        return;
    for (size_t k = 0; k < n_wants; k++) {
        const Want *w = &wants[k];
        if (w->op != OP_EQ || w->has_number || !*w->text || strcmp(w->text, "*") == 0)
            return; /* it may hold for a value of any key */
    }
    unsigned long *h = arena_alloc(r->arena, n_wants * sizeof *h);
    for (size_t k = 0; k < n_wants; k++)
        h[k] = key_hash(wants[k].text);
    qsort(h, n_wants, sizeof *h, key_compare);
    out->want_keys = h;
    out->n_want_keys = n_wants;
}

/* 1 if key is among the sorted want_keys[0..n). */
static int has_key(const unsigned long *want_keys, size_t n, unsigned long key)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (want_keys[mid] < key)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < n && want_keys[lo] == key;
}

int att_column_rejects(const ColumnTest *t, size_t i)
{
    unsigned long key = t->keys[i];
    if (!t->want_keys || !key)
        return 0;
    return !has_key(t->want_keys, t->n_want_keys, key);
}

size_t *att_column_candidates(const ColumnTest *tests, size_t n_tests, size_t n, size_t *n_out)
{
    /* the condition of the fewest wanted texts turns away the most */
    const ColumnTest *t = NULL;
    for (size_t k = 0; k < n_tests; k++)
        if (tests[k].values && tests[k].want_keys &&
            (!t || tests[k].n_want_keys < t->n_want_keys))
            t = &tests[k];
    if (!t)
        return NULL;
    size_t *cand = xmalloc((n + 1) * sizeof *cand), m = 0;
    const unsigned long *keys = t->keys;
    if (t->n_want_keys == 1) {
        /* two compares per locality, a branch seldom taken (few match) */
        unsigned long want = t->want_keys[0];
        for (size_t i = 0; i < n; i++)
            if (keys[i] == want || keys[i] == 0)
                cand[m++] = i;
    } else {
        for (size_t i = 0; i < n; i++)
            if (keys[i] == 0 || has_key(t->want_keys, t->n_want_keys, keys[i]))
                cand[m++] = i;
    }
    *n_out = m;
    return cand;
}
