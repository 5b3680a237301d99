/* figures_impl.h - what figures.c and figures_eval.c share: a figure as
 * read (Figure, Filter), what evaluating it accumulates (Result), and the
 * functions one file defines for the other (fig_*). Private to the two
 * files; figures.h is the module's public face.
 */
#ifndef KHGEN_FIGURES_IMPL_H
#define KHGEN_FIGURES_IMPL_H

#include "caps.h"
#include "figures.h"
#include "query.h"

enum { MAX_FILTERS = 32, MAX_ALTERNATIVES = 64 };

/* What the figures of one plan may cost in all (KH507): steps, an item
 * walked costing one plus one per filter, and a code of a list a filter
 * compares a quarter (Result.listed; each distinct figure walks its
 * source once per phase; a figure already computed is copied), and bytes
 * of names its lists print, counted at each reference a check reads. A
 * plan of 10,000 localities may state 1,600 distinct one-filter figures
 * over them; a step costs 10-15 ns (a task's fields more than a
 * locality's). */
enum { FIG_WORK_BUDGET = 32 * 1000 * 1000, FIG_LIST_MIB = OUTPUT_CAP_MIB(64) };
/* How many figures may be computed one inside another's text (a figure in
 * a task's deadline, computed while another figure reads the deadlines).
 * An honest plan nests one or two; a loop is refused sooner (KH511). */
enum { FIG_MAX_DEPTH = 8 };

typedef enum { FIG_COUNT, FIG_SUM, FIG_AVG, FIG_LIST } FigureKind;
typedef enum { OVER_LOCALITIES, OVER_TASKS, OVER_ROWS } Subject;

/* The options of a figure: its own syntax (the filters and fields are
 * query.h's vocabulary). */
static const char *const option_names[] = {"pad", "decimals", "stated", "weight"};

#define COUNT_OF(a) (sizeof(a) / sizeof((a)[0]))

typedef struct Filter {
    const char *key_text;    /* as written: "kind", "data.ho_ngheo" */
    FieldRef ref;            /* OVER_LOCALITIES, OVER_TASKS: the field */
    int column;              /* OVER_ROWS: index into the attachment's columns */
    Op op;
    /* the values ("a|b"; "_" made " " in text values), each wanted with
     * "=" for = and != (any of them holds, or none does), with op itself
     * for a comparison (one value) */
    Want alternatives[MAX_ALTERNATIVES];
    int n_alternatives;
} Filter;

typedef struct Figure {
    FigureKind kind;
    Subject subject;
    int subject_known;       /* the subject was read (the rest may be wrong) */
    int has_field;
    FieldRef field;          /* OVER_LOCALITIES, OVER_TASKS: the field added up */
    const char *field_text;  /* as written */
    const Attachment *att;   /* OVER_ROWS: the table */
    int field_column;        /* OVER_ROWS: the column summed or listed, or -1 */
    int weight_column;       /* OVER_ROWS avg: the weight column, or -1 */
    const char *weight_text; /* as written */
    Filter filters[MAX_FILTERS];
    int n_filters;
    int pad;                 /* 0 = none */
    int decimals;            /* -1 = not given */
    const char *stated;      /* as written, or NULL */
    double stated_value;
    int stated_decimals;
    char *scratch;           /* malloc'd: copies of the words, split */
    const char *name;        /* the reference as written: the memo's key */
    const char *const *args;
    int n_args;
} Figure;

/* The columns of the localities' fields the figures of a plan have named
 * (figures_column.c), in the figures' memo: at most FIG_COLUMN_VALUES
 * values in all (a FieldValue each, 72 bytes: 18 MiB). */
enum { FIG_COLUMN_VALUES = 256 * 1024 };
typedef struct FigColumns {
    struct FigColumn *first;
    size_t n_values;
} FigColumns;

/* The value of the field ref of each locality, in plan order, as
 * query_value gives it in q (ids_only as q), for the plan's present phase
 * (plan->resolved): made in arena on first use and kept in cols. NULL when
 * the field is not one a column keeps (its value is a text made for it)
 * or the columns are full: ask query_value. */
const FieldValue *fig_locality_column(FigColumns *cols, Arena *arena, const QueryCtx *q,
                                      const FieldRef *ref);
/* How many localities pass want, a comparison (<, <=, >, >=) on the
 * field ref: those whose value in its column is a number in the range
 * (none if want has no number). With cand, *cand is a malloc'd list of
 * their positions in plan->localities, in the order of their numbers
 * (not the plan's: for a count). (size_t)-1 and no list when the field
 * has no column (fig_locality_column). */
size_t fig_column_range(FigColumns *cols, Arena *arena, const QueryCtx *q, const FieldRef *ref,
                        const Want *want, size_t **cand);

/* Where diagnostics go while a figure is read; diags NULL = stay silent. */
typedef struct Reporter {
    DiagSink *diags;
    SrcPos pos;
    int span;
    int errors;
    const struct YNode *at_node; /* if not NULL, pos is ynode_pos_at(at_node, at_offset), */
    size_t at_offset;        /* found on the first report (a position inside a long
                                text costs a walk of its file's lines) */
    int reports;             /* fig_report's calls (a tag goes on its last) */
} Reporter;

/* (figures_ids.c) fig_check_registry_id: that id names an entry of
 * registry, counting it as a use (count_use), else KH202-KH204 with the
 * nearest id. fig_check_filter_id: the same for a filter's value of a
 * field whose values are ids of kind ids ("*", any value, names none),
 * criteria codes against the catalogs (KH401-KH403).
 * fig_short_name_filter: a lead_short= or support_short= value that is no
 * unit's id, reported (KH202: the unit whose short name it is, lead=ID);
 * 1 if so, else 0. */
void fig_check_registry_id(Reporter *r, const Plan *plan, Registry registry, const char *id,
                           int count_use);
void fig_check_filter_id(Reporter *r, const Plan *plan, IdKind ids, const char *id,
                         int count_use);
int fig_short_name_filter(Reporter *r, const Plan *plan, const Filter *flt, const char *value);

/* (figures_ids.c) fig_lost_registry: 1 if fig goes over the localities,
 * or filters by ids of a registry, whose list line was lost or that has
 * no entry (reported once: plan_registry_gone; a plan without a
 * localities list whose first use is fig, through r), else 0. */
int fig_lost_registry(Reporter *r, const Plan *plan, const Figure *fig);

/* Reports through r (counts an error; silent when r->diags is NULL), at
 * r's position (figures.c). */
void fig_report(Reporter *r, DiagLevel level, DiagId code, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/* Reports (KH501) the options of fig that print what the figure is not
 * (figures_options.c): pad= beside decimals= or over a column of
 * decimals, decimals= on a sum of whole numbers ("42,00 hộ"). */
void fig_check_option_fit(Reporter *r, const Figure *fig);

/* What evaluating a figure accumulates. */
typedef struct Result {
    size_t matched;          /* items that pass the filters */
    size_t with_value;       /* of those, items that have the field */
    size_t covered;          /* rows whose cell a merge above covers (counted there) */
    size_t covered_weight;   /* of those, rows whose weight (only) is covered (KH506) */
    double sum;              /* of the field over them (times the weight, if any) */
    double sum_carry;        /* what vi_sum_add keeps of the sum's rounding: the sum is sum + sum_carry */
    double weight_sum;       /* of the weights (OVER_ROWS avg with weight=) */
    size_t bad;              /* items without the field because its value was an error */
    size_t bad_excluded;     /* items the filters left out that have a value in error */
    const Locality *first_missing;
    const Row *first_missing_row;
    size_t first_missing_index;
    Buf names;               /* FIG_LIST */
    const Locality *same_name[2]; /* FIG_LIST over localities: the first two it prints
                              * alike, not KH257's twins (locref_list_add), else NULL */
    size_t walked;           /* items or rows gone over (the work budget) */
    size_t listed;           /* the values of lists (a locality's criteria) a filter
                              * went over: a step each (the work budget) */
} Result;

const char *fig_figure_noun(Subject subject);
const char *fig_figure_noun_one(Subject subject);
Source fig_source(Subject subject);
void fig_evaluate(const InlineCtx *ctx, const QueryText *text, const Figure *fig, Result *res,
                  int count_use);
/* fig_evaluate through the plan's memo (figures_begin): a figure already
 * computed in this phase (before or after the plan is resolved) is
 * copied, not walked again; every walk is charged to the plan's work
 * budget. checking: a check asks (the budget is FIG_WORK_BUDGET; else
 * three times it, which a plan that passed its check cannot reach).
 * Returns 0, or -1 with *res empty when the budget is spent (the caller
 * reports KH507 through fig_budget_report when it can), or -2 with *res
 * empty when the figure is computed from a text that holds it again (a
 * task's deadline counting the tasks by deadline): the caller reports
 * KH511 when it checks, and prints nothing for it. */
int fig_compute(const InlineCtx *ctx, const QueryText *text, const Figure *fig, Result *res,
                int count_use, int checking);
/* Reports KH507 at pos (span characters) the first time the budget is
 * found spent; later calls are silent. Returns 1 if it reported. */
int fig_budget_report(const Plan *plan, DiagSink *diags, SrcPos pos, int span);
/* Reports what fig_compute's failure ret (-1 or -2) means at pos (span
 * characters): KH507 for a spent budget (once per plan), KH511 for a
 * figure computed from a text that holds it. Returns 1 if it reported. */
int fig_failure_report(const Plan *plan, int ret, DiagSink *diags, SrcPos pos, int span);
/* The positions in plan->localities of the only localities that can pass
 * fig's filters, when one of them is id=X or parent=X (an index is looked
 * up), or, for a count (no field), a comparison with a number (the sorted
 * numbers of its column: fig_column_range): malloc'd, ascending (a
 * count's by comparison: in no order that matters to it), *n of them,
 * *n_bad of which have a value in error. NULL (walk them all) otherwise
 * or without a memo. */
size_t *fig_locality_candidates(QueryCtx *q, const Figure *fig, size_t *n, size_t *n_bad);
/* How many localities have a value in error (counted once per plan). */
size_t fig_localities_with_bad_value(const Plan *plan);
/* The same for the tasks (items, n_items: query_items' list, the memo's
 * shared one): the positions of the only tasks that can pass fig's
 * filters when one of them names units, localities or levels (lead=X,
 * support=X|Y), from an index of that field made once per plan and phase:
 * malloc'd, ascending, *n of them. NULL (walk them all) otherwise or
 * without a memo. */
size_t *fig_task_candidates(QueryCtx *q, const Figure *fig, const void **items, size_t n_items,
                            size_t *n);
/* (figures_holders.c) A sum or an average of a data key with no filter
 * over the localities (items NULL, n_items of them) or the tasks (items,
 * n_items: query_items' list), added up from the key's holders when fewer
 * than an eighth of the entries hold it, into res (zeroed by the caller),
 * counting the localities' uses when count_use: 1 if so, 0 when the
 * figure is not such (the caller walks the entries). */
int fig_sum_by_holders(QueryCtx *q, const Figure *fig, const void **items, size_t n_items,
                       Result *res, int count_use);
/* Does a locality or task (an item of query_items, at index in its
 * source) pass every filter of fig? cols[f]: the column of filter f's
 * field, or NULL (ask query_value); ids[f]: what its raw values are ids
 * of. Adds the list values it compares to res->listed. */
int fig_item_passes(QueryCtx *q, Source source, const void *item, size_t index,
                    const Figure *fig, const FieldValue *const *cols, const IdKind *ids,
                    Result *res);
/* (figures_holders.c) A sum or an average of a data key over the
 * localities with filters whose fields all have columns (cols, ids as
 * fig_item_passes takes them), added up from the key's holders among the
 * localities that pass, when fewer than an eighth of the localities hold
 * it: which pass is found once per set of filters and phase (the memo's
 * pass sets, at most FIG_PASS_VALUES localities in all). Into res (zeroed
 * by the caller), counting the uses of those that pass when count_use: 1
 * if so, 0 when the figure is not such (the caller walks them). */
int fig_sum_by_passing(QueryCtx *q, const Figure *fig, const FieldValue *const *cols,
                       const IdKind *ids, Result *res, int count_use);
/* The memo's pass sets (NULL without a memo), and its arena in *arena. */
struct PassSets **fig_memo_pass_sets(const Plan *plan, Arena **arena);
/* The memo's other communes of a shared registry (NULL without a memo),
 * and its arena in *arena (figures_scope.c). */
struct ScopeMemo **fig_memo_scope(const Plan *plan, Arena **arena);
/* (figures_scope.c) KH269 through r: fig, over the localities of a
 * commune's plan, matched (res) other communes of a shared registry the
 * plan includes (commune_scope.c's rule), with the filter that keeps the
 * plan's own places and a note at the first; silent otherwise. */
void fig_check_scope(Reporter *r, const InlineCtx *ctx, const QueryText *text,
                     const Figure *fig, const Result *res);
/* The tasks of the body, listed once per plan: keep 0 gives q the memo's
 * list (right after query_open), keep 1 keeps q's in the memo if it has
 * none yet (before query_close). No memo: nothing. */
void fig_share_tasks(const Plan *plan, QueryCtx *q, int keep);
/* Counts every locality as used, once per plan (a figure whose words are
 * wrong: which localities it meant is unsure). */
void fig_use_all_localities(const Plan *plan);
/* For a figure that matches nothing: the first value of an `=` filter of
 * text (not an id: an unknown id is reported as such; not a number) that
 * no item of the source has at all, a typo rather than an empty set
 * ("kind=thon"). Sets *flt and *value and returns the item value nearest
 * to it (malloc'd; the caller frees it), or NULL with *value still set
 * when none is close. *value NULL: every value is some item's. */
char *fig_unmatched_value(const InlineCtx *ctx, const QueryText *text, const Figure *fig,
                          const Filter **flt, const char **value);
/* KH505 at r for fig, which matches nothing, naming the value of its
 * filters that no item has and the nearest one (fig_unmatched_value);
 * none when that value is a locality kind the localities typed in
 * capitals or without diacritics, which KH259 reports at each. */
/* datakeys_misspelt (KH260's finding) for key over the localities, or the
 * tasks when tasks is non-zero, remembered in the plan's figure memo. */
int fig_misspelt_key(const Plan *plan, int tasks, const char *key);
void fig_report_empty(Reporter *r, const InlineCtx *ctx, const QueryText *text,
                      const Figure *fig);
double fig_result_value(const Figure *fig, const Result *res);
int fig_is_whole(double value);
void fig_put_computed(Buf *out, const Figure *fig, double value);
/* Between two names of a list's Result.names: a byte no plan text holds
 * (control characters are dropped at load, KH014), then a space; the list
 * is printed by fig_put_list. */
#define FIG_LIST_SEP "\x1e "
/* Appends the list names (len bytes, items apart by FIG_LIST_SEP) as
 * printed: joined by ", ", or by "; " when an item holds a comma (a
 * decimal "1,5", a name "Thôn 1, 2"), which ", " made ambiguous:
 * "1,5, 2,25, 3 ha" (s28render F7). */
void fig_put_list(Buf *out, const char *names, size_t len);
void fig_put_what(Buf *out, const Figure *fig, const Result *res);

/* (figures_options.c) KH504 for a filter's value that reads two ways,
 * "10,000" (vi_comma_thousands): ten in khgen's numbers, ten thousand as
 * an English keyboard writes it; says what to write for each. */
void fig_report_comma_thousands(Reporter *r, const char *key, const char *alt);

#endif
