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
#include <stdint.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "attach.h"
#include "catalog.h"
#include "datakeys.h"
#include "i18n.h"
#include "load.h"
#include "lockind.h"
#include "locref_names.h"
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

/* value_passes for a number compared with a number, the case a walk of
 * a column of numbers asks millions of times, without query_match's call
 * (the same tests: "=" and "!=" compare the numbers; "" and "*" are not
 * numbers); -1 for any other case. */
static int number_passes(const FieldValue *value, const Filter *flt)
{
    if (!value->is_number)
        return -1;
    const Want *want = &flt->alternatives[0];
    double x = value->number;
    switch (flt->op) {
    case OP_LT: return want->has_number ? x < want->number : -1;
    case OP_LE: return want->has_number ? x <= want->number : -1;
    case OP_GT: return want->has_number ? x > want->number : -1;
    case OP_GE: return want->has_number ? x >= want->number : -1;
    default: break;
    }
    int any = 0;
    for (int a = 0; a < flt->n_alternatives; a++) {
        if (!flt->alternatives[a].has_number)
            return -1;
        any |= x == flt->alternatives[a].number;
    }
    return any == (flt->op == OP_EQ);
}

int fig_item_passes(QueryCtx *q, Source source, const void *item, size_t index,
                    const Figure *fig, const FieldValue *const *cols, const IdKind *ids,
                    Result *res)
{
    for (int f = 0; f < fig->n_filters; f++) {
        const Filter *flt = &fig->filters[f];
        FieldValue value;
        const FieldValue *v = &value;
        if (cols[f]) {
            v = &cols[f][index];
            int passes = number_passes(v, flt);
            if (passes >= 0) {
                if (!passes)
                    return 0;
                continue;
            }
        } else {
            query_value(q, source, item, &flt->ref, &value);
        }
        res->listed += v->n_raw;
        if (!value_passes(v, ids[f], flt))
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
 * repeats the merged cell and is counted there, as in the totals row; a
 * row whose value or weight is so covered is left out. */
static void add_rows(const Figure *fig, Result *res)
{
    const Attachment *att = fig->att;
    attach_fill_table(att); /* its cells' texts, if render has not asked yet */
    res->walked = att->n_rows;
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
                buf_puts(&res->names, FIG_LIST_SEP);
            buf_puts(&res->names, text);
            continue;
        }
        if (!fig->has_field)
            continue;
        if (attach_cell_covered(att, i, (size_t)fig->field_column)) {
            res->covered++;
            continue;
        }
        /* a weight a merge covers is the merged cell's, counted there
         * once as {sum} and the totals row count it: the row is left out
         * (and warned, KH506), not weighted by it again (s26attack L11) */
        if (fig->weight_column >= 0 && attach_cell_covered(att, i, (size_t)fig->weight_column)) {
            res->covered++;
            res->covered_weight++;
            continue;
        }
        const Cell *cell = &row->cells[fig->field_column];
        const Cell *weight = fig->weight_column >= 0 ? &row->cells[fig->weight_column] : NULL;
        if (cell->is_number && (!weight || weight->is_number)) {
            double w = weight ? weight->number : 1;
            res->with_value++;
            vi_sum_add(&res->sum, &res->sum_carry, cell->number * w);
            res->weight_sum += w;
        } else if (cell->is_bad || (weight && weight->is_bad)) {
            res->bad++; /* reported where it is written: no follow-on warning */
        } else if (!res->first_missing_row) {
            res->first_missing_row = row;
            res->first_missing_index = i;
        }
    }
}

static const FieldValue *memo_column(QueryCtx *q, const FieldRef *ref);

/* A filter of one number, read once for a walk of its column: op and the
 * number; simple 0 when it has several values or one that is not a
 * number (value_passes decides). */
typedef struct NumTest {
    Op op;
    double x;
    int simple;
} NumTest;

static int num_test(const NumTest *t, double v)
{
    switch (t->op) {
    case OP_EQ: return v == t->x;
    case OP_NE: return v != t->x;
    case OP_LT: return v < t->x;
    case OP_LE: return v <= t->x;
    case OP_GT: return v > t->x;
    default: return v >= t->x;
    }
}

/* A count over the localities (cand[0..n), or all n) whose filters all
 * read columns: add_items' walk without its questions per locality
 * (which source, which kind, a column or query_value, how many values),
 * as 20,000 distinct counts no lookup answers ({count localities
 * data.x!=N}) walk 16 million localities before KH507. */
static void count_columns(const Plan *plan, const Figure *fig, const FieldValue *const *cols,
                          const IdKind *ids, const size_t *cand, size_t n, Result *res,
                          int count_use)
{
    NumTest tests[MAX_FILTERS];
    for (int f = 0; f < fig->n_filters; f++) {
        const Filter *flt = &fig->filters[f];
        tests[f].op = flt->op;
        tests[f].x = flt->alternatives[0].number;
        /* a number compared with a number: query_match's first test */
        tests[f].simple = flt->n_alternatives == 1 && flt->alternatives[0].has_number;
    }
    for (size_t k = 0; k < n; k++) {
        size_t i = cand ? cand[k] : k;
        int pass = 1;
        for (int f = 0; f < fig->n_filters && pass; f++) {
            const FieldValue *v = &cols[f][i];
            res->listed += v->n_raw;
            pass = v->is_number && tests[f].simple ? num_test(&tests[f], v->number)
                                                   : value_passes(v, ids[f], &fig->filters[f]);
        }
        Locality *loc = &plan->localities[i];
        if (!pass) {
            res->bad_excluded += loc->has_bad_value != 0; /* as add_items */
            continue;
        }
        if (count_use)
            loc->uses++;
        res->matched++;
    }
}

static size_t *by_data_key(const Plan *plan, Source source, const Figure *fig,
                           const void **items, size_t n_items, size_t *n);

/* Goes over the localities or the tasks: the items that pass the filters,
 * the field's value of each (query_value, as a table's column shows it). */
static void add_items(QueryCtx *q, const Figure *fig, Result *res, int count_use)
{
    Source source = fig_source(fig->subject);
    const void **items = NULL;
    size_t n = 0;
    ValueKind kind = query_ref_kind(&fig->field);
    /* localities with id= or parent=: only those the index names can pass */
    size_t *cand = NULL;
    size_t n_bad_cand = 0;
    if (source == SRC_LOCALITIES &&
        fig_sum_by_holders(q, fig, NULL, q->plan->n_localities, res, count_use))
        return;
    if (source == SRC_LOCALITIES)
        cand = fig_locality_candidates(q, fig, &n, &n_bad_cand);
    if (cand) {
        res->bad_excluded = fig_localities_with_bad_value(q->plan) - n_bad_cand;
    } else if (source == SRC_LOCALITIES) {
        /* the plan's own list: a list of pointers to it made for every
         * figure cost 7% of checking 800 figures over 20,000 localities */
        n = q->plan->n_localities;
    } else {
        n = query_items(q, source, NULL, &items);
        if (source == SRC_TASKS && fig_sum_by_holders(q, fig, items, n, res, count_use))
            return;
        /* tasks with lead= (or another field of ids): only those its index names */
        size_t n_cand = 0;
        if (source == SRC_TASKS && q->plan->figure_memo &&
            ((cand = fig_task_candidates(q, fig, items, n, &n_cand)) ||
             (cand = by_data_key(q->plan, source, fig, items, n, &n_cand))))
            n = n_cand;
    }
    res->walked = n;
    LocList printed = {0};
    /* the localities' fields from their columns (figures_column.c) */
    const FieldValue *cols[MAX_FILTERS] = {0};
    const FieldValue *field_col = NULL;
    IdKind ids[MAX_FILTERS];
    for (int f = 0; f < fig->n_filters; f++)
        ids[f] = query_ref_ids(&fig->filters[f].ref);
    if (source == SRC_LOCALITIES) {
        for (int f = 0; f < fig->n_filters; f++)
            cols[f] = memo_column(q, &fig->filters[f].ref);
        if (fig->has_field && fig->kind != FIG_LIST)
            field_col = memo_column(q, &fig->field);
        if (!cand && fig_sum_by_passing(q, fig, cols, ids, res, count_use))
            return; /* a sum of a data key: its holders among those that pass */
        int all = fig->kind == FIG_COUNT && !fig->has_field;
        for (int f = 0; f < fig->n_filters; f++)
            all = all && cols[f];
        if (all) {
            count_columns(q->plan, fig, cols, ids, cand, n, res, count_use);
            free(cand);
            return;
        }
    }
    for (size_t k = 0; k < n; k++) {
        size_t index = cand ? cand[k] : k;
        const void *item = source == SRC_LOCALITIES ? (const void *)&q->plan->localities[index]
                                                    : items[index];
        Locality *loc = source == SRC_LOCALITIES ? (Locality *)item : NULL;
        if (!fig_item_passes(q, source, item, index, fig, cols, ids, res)) {
            if (loc && loc->has_bad_value)
                res->bad_excluded++; /* it may fail the filter for want of that value */
            continue;
        }
        if (loc && count_use)
            loc->uses++;
        res->matched++;
        if (fig->kind == FIG_LIST) {
            if (res->names.len)
                buf_puts(&res->names, FIG_LIST_SEP);
            buf_puts(&res->names, loc ? loc->name : "");
            locref_list_add(&printed, q->plan, loc); /* "Thôn 1, ..., Thôn 1": KH218 */
            continue;
        }
        if (!fig->has_field)
            continue;
        FieldValue value;
        double number;
        if (field_col)
            value = field_col[index];
        else
            query_value(q, source, item, &fig->field, &value);
        if (query_number_of(kind, &value, &number)) {
            res->with_value++;
            vi_sum_add(&res->sum, &res->sum_carry, number);
        } else if (loc && loc->has_bad_value) {
            res->bad++; /* reported where it is written: no follow-on warning */
        } else if (loc && !res->first_missing) {
            res->first_missing = loc;
        }
    }
    res->same_name[0] = printed.first;
    res->same_name[1] = printed.second;
    locref_list_free(&printed);
    free(cand);
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
    fig_share_tasks(ctx->plan, &q, 0);
    add_items(&q, fig, res, count_use);
    fig_share_tasks(ctx->plan, &q, 1);
    query_close(&q);
    arena_free(scratch);
}

/* ---- the memo and the work budget ------------------------------------------------ */

/* A figure computed once: its key (the reference's words), the phase it
 * was computed in (0 while resolve checks the texts, 1 once the plan is
 * resolved: a text expanded on the way may print otherwise once the tables
 * are built and the body numbered), whether that walk counted uses, and
 * what it gave (the names of a list copied into the memo's arena). */
typedef struct MemoEntry {
    const char *key;
    size_t key_len;
    uint64_t hash;
    int phase;
    int counted;
    int busy;                 /* being computed: met again, a figure counts itself */
    Result res;               /* names empty: see names */
    const char *names;
    size_t names_len;
} MemoEntry;

struct FigureMemo {
    Arena *arena;             /* the plan's: entries live as long as the plan */
    MemoEntry **slots;        /* open addressing; n_slots a power of 2 */
    size_t n_slots, count;
    unsigned long long work;  /* items (localities, tasks, rows) walked so far */
    unsigned long long list_bytes; /* texts of lists a check expanded */
    int spent;                /* a figure was refused for want of budget */
    int reported;             /* KH507 was reported */
    int depth;                /* figures being computed, one inside another's text */
    int looped;               /* one of them met itself: KH511 */
    int too_deep;             /* ... or went FIG_MAX_DEPTH deep: KH511, said so */
    int all_used;             /* fig_use_all_localities has run */
    long n_bad;               /* localities with a value in error; -1: not counted */
    TaskItem *tasks;          /* the tasks of the body, as the first query listed them */
    const void **task_ptrs;   /* query_items' list of them (shared with each query) */
    size_t n_tasks;
    int tasks_listed;
    KeyIndex *loc_index[2];   /* by id, by parent (fig_locality_candidates) */
    size_t loc_index_n[2];
    struct TaskIndex *task_indexes; /* by a field of ids (fig_task_candidates) */
    FigColumns columns;       /* the localities' fields (figures_column.c) */
    struct Misspelt *misspelt; /* fig_misspelt_key's answers, open addressing */
    size_t n_misspelt, used_misspelt;
    struct PassSets *pass_sets; /* fig_sum_by_passing's (figures_holders.c) */
    struct ScopeMemo *scope;  /* fig_check_scope's (figures_scope.c) */
};

struct PassSets **fig_memo_pass_sets(const Plan *plan, Arena **arena)
{
    struct FigureMemo *memo = plan->figure_memo;
    if (!memo)
        return NULL;
    *arena = memo->arena;
    return &memo->pass_sets;
}

struct ScopeMemo **fig_memo_scope(const Plan *plan, Arena **arena)
{
    struct FigureMemo *memo = plan->figure_memo;
    if (!memo)
        return NULL;
    *arena = memo->arena;
    return &memo->scope;
}

/* One answer of fig_misspelt_key: "l" or "t" and the key, in the arena. */
struct Misspelt {
    const char *key;
    int found;
};

/* datakeys_misspelt(plan, tasks, key), asked once per key and source (a
 * figure at each of 5,000 places over one key scanned every locality's
 * keys each time). */
int fig_misspelt_key(const Plan *plan, int tasks, const char *key)
{
    struct FigureMemo *memo = plan->figure_memo;
    if (!memo || !key)
        return datakeys_misspelt(plan, tasks, key);
    const char *tagged = arena_printf(memo->arena, "%c%s", tasks ? 't' : 'l', key);
    if (2 * (memo->used_misspelt + 1) > memo->n_misspelt) {
        size_t grown = memo->n_misspelt ? 2 * memo->n_misspelt : 16;
        struct Misspelt *fresh = arena_alloc(memo->arena, grown * sizeof *fresh);
        memset(fresh, 0, grown * sizeof *fresh);
        for (size_t i = 0; i < memo->n_misspelt; i++) {
            if (!memo->misspelt[i].key)
                continue;
            size_t j = (size_t)text_hash(memo->misspelt[i].key, strlen(memo->misspelt[i].key));
            while (fresh[j & (grown - 1)].key)
                j++;
            fresh[j & (grown - 1)] = memo->misspelt[i];
        }
        memo->misspelt = fresh; /* the old table stays in the arena */
        memo->n_misspelt = grown;
    }
    size_t j = (size_t)text_hash(tagged, strlen(tagged)), mask = memo->n_misspelt - 1;
    for (; memo->misspelt[j & mask].key; j++)
        if (strcmp(memo->misspelt[j & mask].key, tagged) == 0)
            return memo->misspelt[j & mask].found;
    int found = datakeys_misspelt(plan, tasks, key);
    memo->misspelt[j & mask] = (struct Misspelt){tagged, found};
    memo->used_misspelt++;
    return found;
}

/* The column of the localities' field ref, or NULL (no memo, a field no
 * column keeps, the columns full). */
static const FieldValue *memo_column(QueryCtx *q, const FieldRef *ref)
{
    struct FigureMemo *memo = q->plan->figure_memo;
    return memo ? fig_locality_column(&memo->columns, memo->arena, q, ref) : NULL;
}

void figures_begin(Arena *arena, Plan *plan)
{
    struct FigureMemo *memo = arena_alloc(arena, sizeof *memo);
    memo->arena = arena;
    memo->n_bad = -1;
    plan->figure_memo = memo;
}

static uint64_t hash_bytes(const char *s, size_t n)
{
    return text_hash(s, n); /* the one hash (util.h) */
}

/* The reference's words, one separator between them: "count\x1f"
 * "localities\x1fkind=xã". Two references that differ only in spacing
 * are one figure. */
static void memo_key(const Figure *fig, Buf *key)
{
    buf_puts(key, fig->name);
    for (int i = 0; i < fig->n_args; i++) {
        buf_putc(key, '\x1f');
        buf_puts(key, fig->args[i]);
    }
}

/* The slot of key: its entry, or the empty slot where it goes. */
static MemoEntry **memo_slot(struct FigureMemo *memo, const char *key, size_t len, uint64_t h)
{
    size_t mask = memo->n_slots - 1;
    for (size_t i = (size_t)h & mask;; i = (i + 1) & mask) {
        MemoEntry *e = memo->slots[i];
        if (!e || (e->hash == h && e->key_len == len && memcmp(e->key, key, len) == 0))
            return &memo->slots[i];
    }
}

/* The entry of key, made (empty, phase -1) if there is none. */
static MemoEntry *memo_entry(struct FigureMemo *memo, const char *key, size_t len)
{
    if (2 * (memo->count + 1) > memo->n_slots) {
        size_t n_old = memo->n_slots;
        MemoEntry **old = memo->slots;
        memo->n_slots = n_old ? 2 * n_old : 64;
        memo->slots = arena_alloc(memo->arena, memo->n_slots * sizeof *memo->slots);
        for (size_t i = 0; i < n_old; i++)
            if (old[i])
                *memo_slot(memo, old[i]->key, old[i]->key_len, old[i]->hash) = old[i];
    }
    uint64_t h = hash_bytes(key, len);
    MemoEntry **slot = memo_slot(memo, key, len, h);
    if (!*slot) {
        MemoEntry *e = arena_alloc(memo->arena, sizeof *e);
        e->key = arena_strndup(memo->arena, key, len);
        e->key_len = len;
        e->hash = h;
        e->phase = -1;
        *slot = e;
        memo->count++;
    }
    return *slot;
}

int fig_compute(const InlineCtx *ctx, const QueryText *text, const Figure *fig, Result *res,
                int count_use, int checking)
{
    struct FigureMemo *memo = ctx->plan->figure_memo;
    if (!memo) {
        fig_evaluate(ctx, text, fig, res, count_use);
        return 0;
    }
    unsigned long long limit = checking ? FIG_WORK_BUDGET : 3ull * FIG_WORK_BUDGET;
    int phase = ctx->plan->resolved;
    /* a table's rows are built while the plan resolves: before, the same
     * figure may give another value; text=NULL is another expansion */
    int keep = fig->subject == OVER_ROWS ? phase : text != NULL;
    MemoEntry *e = NULL;
    if (keep) {
        Buf key = {0};
        memo_key(fig, &key);
        e = memo_entry(memo, key.data, key.len);
        buf_free(&key);
    }
    if (e && e->phase == phase && (e->counted || !count_use)) {
        /* a known list past the budget is refused before its names are
         * copied: 20,000 lists of all 20,000 localities copied 3.2 GB of
         * names to throw away (0.2 s; 5 s under ASan, a mapping each) */
        if (checking && fig->kind == FIG_LIST &&
            memo->list_bytes + e->names_len > (unsigned long long)FIG_LIST_MIB << 20) {
            memo->list_bytes += e->names_len;
            memo->spent = 1;
            memset(res, 0, sizeof *res);
            return -1;
        }
        *res = e->res;
        memset(&res->names, 0, sizeof res->names);
        if (e->names_len)
            buf_putn(&res->names, e->names, e->names_len);
    } else {
        if (memo->work >= limit) {
            memo->spent = 1;
            memset(res, 0, sizeof *res);
            return -1;
        }
        /* A figure's filter reads texts (a task's deadline, its text)
         * that may hold figures themselves, computed here in turn. One
         * that meets itself, or a chain deeper than any honest plan
         * writes, would recurse for ever: it is refused, and so is every
         * figure it was computed for (their value depends on it). */
        if ((e && e->busy) || memo->depth >= FIG_MAX_DEPTH) {
            memo->too_deep |= !(e && e->busy);
            memo->looped = 1;
            memset(res, 0, sizeof *res);
            return -2;
        }
        int outer_looped = memo->looped;
        memo->looped = 0;
        if (memo->depth == 0)
            memo->too_deep = 0; /* said of the figure that went too deep */
        memo->depth++;
        if (e)
            e->busy = 1;
        fig_evaluate(ctx, text, fig, res, count_use);
        if (e)
            e->busy = 0;
        memo->depth--;
        int looped = memo->looped;
        memo->looped = outer_looped || looped;
        /* a code of a list a filter compares (a locality's criteria)
         * costs about a quarter of a step: 10,000 figures over 1,000
         * communes of 31 codes each, 1.7 s within the steps, now refused
         * past a third of them (s28scale) */
        memo->work += (res->walked + 1) * (unsigned long long)(fig->n_filters + 1) + res->listed / 4;
        if (looped) {
            buf_free(&res->names);
            memset(res, 0, sizeof *res);
            return -2;
        }
        /* a table's rows still being made (a figure in its own cells) give
         * another value than the finished table: not kept */
        if (e && (fig->subject != OVER_ROWS || attach_table_filled(fig->att))) {
            e->phase = phase;
            e->counted = count_use;
            e->res = *res;
            memset(&e->res.names, 0, sizeof e->res.names);
            e->names = res->names.len ? arena_strndup(memo->arena, res->names.data, res->names.len)
                                      : NULL;
            e->names_len = res->names.len;
        }
    }
    if (checking && fig->kind == FIG_LIST) {
        memo->list_bytes += res->names.len;
        if (memo->list_bytes > (unsigned long long)FIG_LIST_MIB << 20) {
            memo->spent = 1;
            buf_free(&res->names);
            memset(res, 0, sizeof *res);
            return -1;
        }
    }
    return 0;
}

int fig_failure_report(const Plan *plan, int ret, DiagSink *diags, SrcPos pos, int span)
{
    if (ret != -2)
        return fig_budget_report(plan, diags, pos, span);
    if (plan->figure_memo && plan->figure_memo->too_deep) {
        /* a chain of tables, each counting the rows of the next, no loop:
         * "would depend on itself" was untrue (s27attack M2) */
        diag_error(diags, pos, span, KH511,
                   "this figure is computed from figures computed one inside another more "
                   "than %d deep (a table's cells counting the rows of a table whose cells "
                   "count another's, and so on): write some of them as numbers",
                   FIG_MAX_DEPTH);
        return 1;
    }
    diag_error(diags, pos, span, KH511,
               "this figure reads texts that hold a figure computed from those texts again "
               "(a figure in a task's deadline or text, counting the tasks by that field): its "
               "value would depend on itself; write the number in that text instead of the "
               "figure, or count by another field");
    return 1;
}

int fig_budget_report(const Plan *plan, DiagSink *diags, SrcPos pos, int span)
{
    struct FigureMemo *memo = plan->figure_memo;
    if (!memo || !memo->spent || memo->reported)
        return 0;
    memo->reported = 1;
    diag_error(diags, pos, span, KH507,
               "the plan's figures cost more than %d million steps (each distinct figure costs "
               "the localities, tasks or rows it goes over, times one more than its filters) or "
               "list more than %d MiB of names: this figure and the ones after it are not "
               "computed; write some of them as numbers",
                FIG_WORK_BUDGET / 1000000, FIG_LIST_MIB);
    return 1;
}

/* ---- the localities by id and by parent ----------------------------------------- */

/* A filter id=X or parent=X (X neither "" nor "*") holds only for the
 * localities whose id or parent is X: a figure per commune ({count
 * localities parent=xa-1 kind=thôn}) looks them up instead of walking them
 * all. Each index is the localities' (key, position) pairs sorted, made
 * when first needed, in the memo's arena. */
/* The sorted index of field (F_ID or F_PARENT), made on first use. */
static const KeyIndex *loc_index(const Plan *plan, struct FigureMemo *memo, int field, size_t *n)
{
    int w = field == F_PARENT;
    if (!memo->loc_index[w]) {
        KeyIndex *keys = arena_alloc(memo->arena, (plan->n_localities + 1) * sizeof *keys);
        size_t m = 0;
        for (size_t i = 0; i < plan->n_localities; i++) {
            const Locality *loc = &plan->localities[i];
            const char *key = w ? loc->parent : loc->id;
            if (key)
                keys[m++] = (KeyIndex){key, i};
        }
        qsort(keys, m, sizeof *keys, key_index_compare);
        memo->loc_index[w] = keys;
        memo->loc_index_n[w] = m;
        memo->work += plan->n_localities;
    }
    *n = memo->loc_index_n[w];
    return memo->loc_index[w];
}

/* The first pair whose key is not below key. */
static size_t lower_bound(const KeyIndex *keys, size_t n, const char *key)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (strcmp(keys[mid].key, key) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

size_t fig_localities_with_bad_value(const Plan *plan)
{
    struct FigureMemo *memo = plan->figure_memo;
    if (memo && memo->n_bad >= 0)
        return (size_t)memo->n_bad;
    size_t n = 0;
    for (size_t i = 0; i < plan->n_localities; i++)
        n += plan->localities[i].has_bad_value != 0;
    if (memo)
        memo->n_bad = (long)n;
    return n;
}

/* Whether every alternative of filter g names one id exactly (no empty
 * value, no '*'), so that an index of ids answers it. */
static int names_exact_ids(const Filter *g)
{
    for (int a = 0; a < g->n_alternatives; a++)
        if (!*g->alternatives[a].text || strcmp(g->alternatives[a].text, "*") == 0)
            return 0;
    return 1;
}

/* For a count: the localities that pass its comparison with a number of
 * fewest (fig_column_range), in the order of their numbers, *n of them;
 * NULL if it has none that a column answers. */
static size_t *by_comparison(QueryCtx *q, struct FigureMemo *memo, const Figure *fig, size_t *n)
{
    if (fig->kind != FIG_COUNT || fig->has_field)
        return NULL; /* a sum adds up in the plan's order, a list names in it */
    const Filter *best = NULL;
    size_t fewest = 0;
    for (int f = 0; f < fig->n_filters; f++) {
        const Filter *g = &fig->filters[f];
        if (g->op == OP_EQ || g->op == OP_NE)
            continue;
        size_t k = fig_column_range(&memo->columns, memo->arena, q, &g->ref, &g->alternatives[0],
                                    NULL);
        if (k != (size_t)-1 && (!best || k < fewest))
            best = g, fewest = k;
    }
    /* many of them: going over all in the plan's order reads the columns
     * and the localities in sequence, where the numbers' order jumps
     * about (20,000 counts of every locality took twice as long) */
    if (!best || fewest > q->plan->n_localities / 8)
        return NULL;
    size_t *cand;
    *n = fig_column_range(&memo->columns, memo->arena, q, &best->ref, &best->alternatives[0],
                          &cand);
    return cand;
}

/* A filter over a data key that no entry without the key passes (a
 * comparison, or "=" with no blank among its values: a missing key reads
 * as blank) holds only for the entries that have the key: of such
 * filters, the key the fewest of source's n_items hold, if fewer than an
 * eighth of them; its holders copied, *n of them, in the items' order.
 * Tasks (items: query_items' TaskItems) are numbered by the index as the
 * body's walk meets them: when the numbering is not the items' the index
 * is not used. n localities each with a key of its own and a figure over
 * each ({count localities data.kI=1}) walked n localities a figure, n
 * squared in all: 5,000 of them went past KH507's budget and a valid
 * plan was refused (s39scale). */
static size_t *by_data_key(const Plan *plan, Source source, const Figure *fig,
                           const void **items, size_t n_items, size_t *n)
{
    const size_t *best = NULL;
    size_t fewest = 0;
    for (int f = 0; f < fig->n_filters; f++) {
        const Filter *g = &fig->filters[f];
        if (g->ref.field || !g->ref.data_key || g->op == OP_NE)
            continue;
        int blank = 0;
        for (int a = 0; g->op == OP_EQ && a < g->n_alternatives; a++)
            blank |= !*g->alternatives[a].text;
        size_t k;
        const size_t *at = blank ? NULL : query_key_holders(plan, source, g->ref.data_key, &k);
        if (at && (!best || k < fewest))
            best = at, fewest = k;
    }
    if (!best || fewest > n_items / 8)
        return NULL;
    size_t n_keys, n_entries;
    query_data_keys(plan, source, &n_keys, &n_entries);
    if (n_entries != n_items)
        return NULL;
    for (size_t k = 0; source == SRC_TASKS && k < fewest; k++)
        if (((const TaskItem *)items[best[k]])->task != query_data_entry(plan, source, best[k]))
            return NULL;
    size_t *cand = xmalloc((fewest + 1) * sizeof *cand);
    if (fewest)
        memcpy(cand, best, fewest * sizeof *cand);
    *n = fewest;
    return cand;
}

size_t *fig_locality_candidates(QueryCtx *q, const Figure *fig, size_t *n, size_t *n_bad)
{
    const Plan *plan = q->plan;
    struct FigureMemo *memo = plan->figure_memo;
    const Filter *flt = NULL;
    for (int f = 0; memo && f < fig->n_filters && !flt; f++) {
        const Filter *g = &fig->filters[f];
        int field = g->ref.field ? g->ref.field->id : -1;
        if (g->op == OP_EQ && (field == F_ID || field == F_PARENT) && names_exact_ids(g))
            flt = g;
    }
    if (!flt) {
        size_t *cand = memo ? by_data_key(plan, SRC_LOCALITIES, fig, NULL, plan->n_localities, n)
                            : NULL;
        if (!cand && memo)
            cand = by_comparison(q, memo, fig, n);
        *n_bad = 0;
        for (size_t k = 0; cand && k < *n; k++)
            *n_bad += plan->localities[cand[k]].has_bad_value != 0;
        return cand;
    }
    size_t n_keys;
    const KeyIndex *keys = loc_index(plan, memo, flt->ref.field->id, &n_keys);
    size_t count = 0, cap = 16;
    size_t *cand = xmalloc(cap * sizeof *cand);
    for (int a = 0; a < flt->n_alternatives; a++) {
        const char *want = flt->alternatives[a].text;
        for (size_t k = lower_bound(keys, n_keys, want); k < n_keys && strcmp(keys[k].key, want) == 0;
             k++) {
            if (count == cap)
                cand = xrealloc(cand, (cap *= 2) * sizeof *cand);
            cand[count++] = keys[k].index;
        }
    }
    if (flt->n_alternatives > 1)
        count = sort_unique_indexes(cand, count); /* source order, once each */
    *n_bad = 0;
    for (size_t k = 0; k < count; k++)
        *n_bad += plan->localities[cand[k]].has_bad_value != 0;
    *n = count;
    return cand;
}

/* ---- the tasks by a field of ids -------------------------------------------------- */

/* A filter lead=X (support=, ... any task field whose values are ids of
 * units, localities or levels) holds only for the tasks whose value of the
 * field holds X: 20,000 figures {count tasks lead=uN} over 20,000 tasks
 * walked 400 million tasks (cut short by KH507) and look them up now. The
 * index is the field's (id, position) pairs of every task, sorted, made
 * once per field and phase (a value is the same in every figure: the
 * field's own rule, query_value, makes it); a task whose value is a number
 * or has no ids is a candidate for every X (equality may hold there by
 * number or by text), so the filter itself still decides. */
typedef struct TaskIndex {
    const Field *field;
    int phase;
    KeyIndex *keys;           /* ids copied into the memo's arena */
    size_t n_keys;
    size_t *always;           /* tasks every lookup includes */
    size_t n_always;
    struct TaskIndex *next;
} TaskIndex;

static const TaskIndex *task_index(QueryCtx *q, struct FigureMemo *memo, const FieldRef *ref,
                                   const void **items, size_t n_items)
{
    int phase = q->plan->resolved;
    for (const TaskIndex *t = memo->task_indexes; t; t = t->next)
        if (t->field == ref->field && t->phase == phase)
            return t;
    TaskIndex *t = arena_alloc(memo->arena, sizeof *t);
    t->field = ref->field;
    t->phase = phase;
    size_t cap = n_items + 1;
    t->keys = xmalloc(cap * sizeof *t->keys);
    t->always = arena_alloc(memo->arena, (n_items + 1) * sizeof *t->always);
    for (size_t k = 0; k < n_items; k++) {
        FieldValue value;
        query_value(q, SRC_TASKS, items[k], ref, &value);
        if (value.is_number || !value.raw) {
            t->always[t->n_always++] = k;
            continue;
        }
        for (size_t i = 0; i < value.n_raw; i++) {
            if (t->n_keys == cap)
                t->keys = xrealloc(t->keys, (cap *= 2) * sizeof *t->keys);
            t->keys[t->n_keys++] = (KeyIndex){arena_strdup(memo->arena, value.raw[i]), k};
        }
    }
    qsort(t->keys, t->n_keys, sizeof *t->keys, key_index_compare);
    KeyIndex *kept = arena_alloc(memo->arena, (t->n_keys + 1) * sizeof *kept);
    if (t->n_keys)
        memcpy(kept, t->keys, t->n_keys * sizeof *kept);
    free(t->keys);
    t->keys = kept;
    t->next = memo->task_indexes;
    memo->task_indexes = t;
    memo->work += n_items + t->n_keys;
    return t;
}

size_t *fig_task_candidates(QueryCtx *q, const Figure *fig, const void **items, size_t n_items,
                            size_t *n)
{
    struct FigureMemo *memo = q->plan->figure_memo;
    const Filter *flt = NULL;
    for (int f = 0; memo && f < fig->n_filters && !flt; f++) {
        const Filter *g = &fig->filters[f];
        IdKind ids = g->ref.field ? g->ref.field->ids : IDS_NONE;
        if (g->op == OP_EQ && (ids == IDS_UNIT || ids == IDS_LOCALITY || ids == IDS_LEVEL) &&
            names_exact_ids(g))
            flt = g;
    }
    if (!flt)
        return NULL;
    const TaskIndex *t = task_index(q, memo, &flt->ref, items, n_items);
    size_t count = t->n_always, cap = count + 16;
    size_t *cand = xmalloc(cap * sizeof *cand);
    if (count)
        memcpy(cand, t->always, count * sizeof *cand);
    for (int a = 0; a < flt->n_alternatives; a++) {
        const char *want = flt->alternatives[a].text;
        for (size_t k = lower_bound(t->keys, t->n_keys, want);
             k < t->n_keys && strcmp(t->keys[k].key, want) == 0; k++) {
            if (count == cap)
                cand = xrealloc(cand, (cap *= 2) * sizeof *cand);
            cand[count++] = t->keys[k].index;
        }
    }
    *n = sort_unique_indexes(cand, count); /* source order, once each */
    return cand;
}

void fig_share_tasks(const Plan *plan, QueryCtx *q, int keep)
{
    struct FigureMemo *memo = plan->figure_memo;
    if (!memo)
        return;
    if (!keep && memo->tasks_listed) {
        query_preset_tasks(q, memo->tasks, memo->task_ptrs, memo->n_tasks);
    } else if (keep && !memo->tasks_listed && q->tasks_listed) {
        memo->tasks = arena_alloc(memo->arena, (q->n_tasks + 1) * sizeof *memo->tasks);
        memo->task_ptrs = arena_alloc(memo->arena, (q->n_tasks + 1) * sizeof *memo->task_ptrs);
        for (size_t i = 0; i < q->n_tasks; i++) {
            memo->tasks[i] = q->tasks[i];
            memo->tasks[i].due = NULL; /* in q's arena */
            memo->tasks[i].responsible = NULL;
            memo->task_ptrs[i] = &memo->tasks[i];
        }
        memo->n_tasks = q->n_tasks;
        memo->tasks_listed = 1;
    }
}

void fig_use_all_localities(const Plan *plan)
{
    struct FigureMemo *memo = plan->figure_memo;
    if (memo && memo->all_used)
        return;
    if (memo)
        memo->all_used = 1;
    for (size_t i = 0; i < plan->n_localities; i++)
        plan->localities[i].uses++;
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

/* The first alternative of flt that no item or row has, and its nearest
 * value, as fig_unmatched_value says: the rule a table's `where` uses too
 * (query_unmatched). */
static char *unmatched_in(QueryCtx *q, const Figure *fig, const Filter *flt,
                          const char **value)
{
    if (fig->subject != OVER_ROWS)
        return query_unmatched_value(q, fig_source(fig->subject), NULL, &flt->ref,
                                     flt->alternatives, (size_t)flt->n_alternatives, value);
    StrList seen = {0};
    attach_fill_table(fig->att); /* its rows, if render has not asked yet */
    for (size_t i = 0; i < fig->att->n_rows; i++) {
        const Row *row = &fig->att->rows[i];
        if (row->is_group || !row->cells)
            continue;
        FieldValue cell;
        query_cell_value(&row->cells[flt->column], &cell);
        query_note_texts(&cell, &seen);
    }
    char *hint = query_unmatched(&seen, flt->alternatives, (size_t)flt->n_alternatives, value);
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
        fig_share_tasks(ctx->plan, &q, 0);
    }
    char *hint = NULL;
    struct FigureMemo *memo = ctx->plan->figure_memo;
    for (int f = 0; f < fig->n_filters && !*value; f++) {
        if (!filter_takes_text(fig, &fig->filters[f]))
            continue;
        if (memo && memo->work >= FIG_WORK_BUDGET)
            break; /* a hint is not worth the budget */
        hint = unmatched_in(&q, fig, &fig->filters[f], value);
        /* a walk with one filter; of a data key's holders only, over the
         * localities (query_unmatched_value) */
        size_t held = 0;
        const size_t *at = fig->subject == OVER_LOCALITIES && !fig->filters[f].ref.field
                               ? query_key_holders(ctx->plan, SRC_LOCALITIES,
                                                   fig->filters[f].ref.data_key, &held)
                               : NULL;
        if (memo)
            memo->work += 2 * (fig->subject == OVER_ROWS ? fig->att->n_rows + 1
                               : at                      ? held + 1
                               : fig->subject == OVER_LOCALITIES ? ctx->plan->n_localities + 1
                                                                 : q.n_tasks + 1);
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
    case FIG_SUM: return res->sum + res->sum_carry;
    case FIG_AVG:
        if (fig->weight_column >= 0)
            return res->weight_sum != 0 ? (res->sum + res->sum_carry) / res->weight_sum : 0;
        return res->with_value ? (res->sum + res->sum_carry) / (double)res->with_value : 0;
    default: return 0;
    }
}

int fig_is_whole(double value)
{
    return fabs(value - nearbyint(value)) < 1e-9 && fabs(value) < 1e15;
}

void fig_put_list(Buf *out, const char *names, size_t len)
{
    char mark = names && memchr(names, ',', len) ? ';' : ',';
    for (size_t i = 0; i < len; i++)
        buf_putc(out, names[i] == FIG_LIST_SEP[0] ? mark : names[i]);
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

unsigned long long figures_list_bytes(const Plan *plan)
{
    return plan->figure_memo ? plan->figure_memo->list_bytes : 0;
}

int figures_charge_lists(const Plan *plan, unsigned long long bytes, DiagSink *diags, SrcPos pos,
                         int span)
{
    struct FigureMemo *memo = plan->figure_memo;
    if (!memo || memo->spent)
        return 0;
    memo->list_bytes += bytes;
    if (memo->list_bytes <= (unsigned long long)FIG_LIST_MIB << 20)
        return 0;
    memo->spent = 1;
    return fig_budget_report(plan, diags, pos, span);
}

int figures_check_budget(const Plan *plan, DiagSink *diags)
{
    return fig_budget_report(plan, diags, plan->pos, 0);
}

/* KH505 for a figure that matches nothing; when a value of its filters is
 * no item's at all, the message names it, with the nearest value the items
 * have ("kind=thon": did you mean 'thôn'?). (Moved from figures.c.) */
void fig_report_empty(Reporter *r, const InlineCtx *ctx, const QueryText *text,
                         const Figure *fig)
{
    const char *noun = fig_figure_noun(fig->subject);
    const Filter *flt = NULL;
    const char *value = NULL;
    /* the search walks the items again: only for a warning that is shown */
    char *hint = r->diags && diag_would_keep(r->diags, DIAG_WARNING, r->pos)
                     ? fig_unmatched_value(ctx, text, fig, &flt, &value)
                     : NULL;
    /* the localities' kind typed "Xã" or "xa": KH259 at each says so, and
     * its fix makes this figure count them (one mistake gave a KH505 at
     * every figure over the kind: s36low) */
    if (hint && fig->subject == OVER_LOCALITIES && strcmp(flt->key_text, "kind") == 0 &&
        lockind_meant(hint) && strcmp(lockind_meant(hint), value) == 0) {
        free(hint);
        return;
    }
    if (hint)
        fig_report(r, DIAG_WARNING, KH505, "no %s match this figure's filters: none has %s '%s' "
               "(did you mean '%s'?)", noun, flt->key_text, value, hint);
    else if (value)
        fig_report(r, DIAG_WARNING, KH505, "no %s match this figure's filters: none has %s '%s'; "
               "check the filter",
               noun, flt->key_text, value);
    else
        fig_report(r, DIAG_WARNING, KH505, "no %s match this figure's filters: it %s: check the "
               "filters", noun,
               fig->kind == FIG_LIST ? _("lists nothing") : _("counts nothing"));
    free(hint);
}
