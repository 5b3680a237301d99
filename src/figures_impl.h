/* figures_impl.h - what figures.c and figures_eval.c share: a figure as
 * read (Figure, Filter), what evaluating it accumulates (Result), and the
 * functions one file defines for the other (fig_*). Private to the two
 * files; figures.h is the module's public face.
 */
#ifndef KHGEN_FIGURES_IMPL_H
#define KHGEN_FIGURES_IMPL_H

#include "figures.h"
#include "query.h"

enum { MAX_FILTERS = 32, MAX_ALTERNATIVES = 64 };

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
} Figure;

/* Where diagnostics go while a figure is read; diags NULL = stay silent. */
typedef struct Reporter {
    DiagSink *diags;
    SrcPos pos;
    int span;
    int errors;
    const struct YNode *at_node; /* if not NULL, pos is ynode_pos_at(at_node, at_offset), */
    size_t at_offset;        /* found on the first report (a position inside a long
                                text costs a walk of its file's lines) */
} Reporter;

/* What evaluating a figure accumulates. */
typedef struct Result {
    size_t matched;          /* items that pass the filters */
    size_t with_value;       /* of those, items that have the field */
    size_t covered;          /* rows whose cell a merge above covers (counted there) */
    double sum;              /* of the field over them (times the weight, if any) */
    double weight_sum;       /* of the weights (OVER_ROWS avg with weight=) */
    size_t bad;              /* items without the field because its value was an error */
    size_t bad_excluded;     /* items the filters left out that have a value in error */
    const Locality *first_missing;
    const Row *first_missing_row;
    size_t first_missing_index;
    Buf names;               /* FIG_LIST */
} Result;

const char *fig_figure_noun(Subject subject);
const char *fig_figure_noun_one(Subject subject);
Source fig_source(Subject subject);
void fig_evaluate(const InlineCtx *ctx, const QueryText *text, const Figure *fig, Result *res,
                  int count_use);
/* For a figure that matches nothing: the first value of an `=` filter of
 * text (not an id: an unknown id is reported as such; not a number) that
 * no item of the source has at all, a typo rather than an empty set
 * ("kind=thon"). Sets *flt and *value and returns the item value nearest
 * to it (malloc'd; the caller frees it), or NULL with *value still set
 * when none is close. *value NULL: every value is some item's. */
char *fig_unmatched_value(const InlineCtx *ctx, const QueryText *text, const Figure *fig,
                          const Filter **flt, const char **value);
double fig_result_value(const Figure *fig, const Result *res);
int fig_is_whole(double value);
void fig_put_computed(Buf *out, const Figure *fig, double value);
void fig_put_what(Buf *out, const Figure *fig, const Result *res);

#endif
