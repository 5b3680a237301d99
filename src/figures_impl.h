/* figures_impl.h - what figures.c and figures_eval.c share: a figure as
 * read (Figure, Filter), what evaluating it accumulates (Result), and the
 * functions one file defines for the other (fig_*). Private to the two
 * files; figures.h is the module's public face.
 */
#ifndef KHGEN_FIGURES_IMPL_H
#define KHGEN_FIGURES_IMPL_H

#include "figures.h"

enum { MAX_FILTERS = 32, MAX_ALTERNATIVES = 64 };

typedef enum { FIG_COUNT, FIG_SUM, FIG_AVG, FIG_LIST } FigureKind;
typedef enum { OVER_LOCALITIES, OVER_TASKS, OVER_ROWS } Subject;
typedef enum { OP_EQ, OP_NE, OP_LT, OP_LE, OP_GT, OP_GE } Op;

/* What a key names, and so how its values are read and compared. */
typedef enum {
    KEY_ID,               /* locality or task id */
    KEY_KIND,             /* locality kind (text) */
    KEY_PARENT,           /* locality id */
    KEY_STATUS,           /* level id */
    KEY_TARGET,           /* level id */
    KEY_TARGET_YEAR,      /* number */
    KEY_CRITERIA_MET,     /* number */
    KEY_CRITERIA_PLANNED, /* number */
    KEY_CRITERIA_TOTAL,   /* number: met + planned (or + the codes listed) */
    KEY_CRITERIA,         /* filter: has this code; field: number of codes */
    KEY_N_CRITERIA,       /* number of codes listed */
    KEY_DATA,             /* data.KEY: number or text */
    KEY_LEAD,             /* unit id */
    KEY_SUPPORT,          /* unit id */
    KEY_UNIT,             /* unit id: lead, support or assignment */
    KEY_LOCALITY,         /* locality id a task is about */
    KEY_COLUMN            /* a column of an attachment (rows) */
} Key;

typedef struct KeyName {
    const char *name;
    Key key;
} KeyName;

static const KeyName locality_filters[] = {
    {"id", KEY_ID},
    {"kind", KEY_KIND},
    {"parent", KEY_PARENT},
    {"status", KEY_STATUS},
    {"target", KEY_TARGET},
    {"target_year", KEY_TARGET_YEAR},
    {"criteria_met", KEY_CRITERIA_MET},
    {"criteria_planned", KEY_CRITERIA_PLANNED},
    {"criteria_total", KEY_CRITERIA_TOTAL},
    {"n_criteria", KEY_N_CRITERIA},
    {"criteria", KEY_CRITERIA},
};
static const KeyName task_filters[] = {
    {"id", KEY_ID},       {"lead", KEY_LEAD},         {"support", KEY_SUPPORT},
    {"unit", KEY_UNIT},   {"criteria", KEY_CRITERIA}, {"locality", KEY_LOCALITY},
};
static const KeyName locality_fields[] = {
    {"criteria_met", KEY_CRITERIA_MET},
    {"criteria_planned", KEY_CRITERIA_PLANNED},
    {"criteria_total", KEY_CRITERIA_TOTAL},
    {"criteria", KEY_CRITERIA},
    {"n_criteria", KEY_N_CRITERIA},
    {"target_year", KEY_TARGET_YEAR},
};
static const KeyName task_fields[] = {
    {"criteria", KEY_CRITERIA},
};
static const char *const option_names[] = {"pad", "decimals", "stated", "weight"};

#define COUNT_OF(a) (sizeof(a) / sizeof((a)[0]))

typedef struct Filter {
    const char *key_text;    /* as written: "kind", "data.ho_ngheo" */
    Key key;
    const char *data_key;    /* KEY_DATA: the part after "data." */
    Op op;
    char *alternatives[MAX_ALTERNATIVES]; /* values; "_" made " " in text values */
    int n_alternatives;
    double number;           /* OP_LT..OP_GE: the value as a number */
    int column;              /* KEY_COLUMN: index into the attachment's columns */
} Filter;

typedef struct Figure {
    FigureKind kind;
    Subject subject;
    int subject_known;       /* the subject was read (the rest may be wrong) */
    int has_field;
    Key field;
    const char *field_text;  /* as written */
    const char *data_field;  /* KEY_DATA: the part after "data." */
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
} Reporter;

/* What evaluating a figure accumulates. */
typedef struct Result {
    size_t matched;          /* items that pass the filters */
    size_t with_value;       /* of those, items that have the field */
    size_t covered;          /* rows whose cell a merge above covers (counted there) */
    double sum;              /* of the field over them (times the weight, if any) */
    double weight_sum;       /* of the weights (OVER_ROWS avg with weight=) */
    size_t bad;              /* items without the field because its value was an error */
    const Locality *first_missing;
    const Row *first_missing_row;
    size_t first_missing_index;
    Buf names;               /* FIG_LIST */
} Result;

const char *fig_figure_noun(Subject subject);
const char *fig_figure_noun_one(Subject subject);
int fig_is_number_key(Key key);
int fig_compare(Op op, double a, double b);
void fig_evaluate(const Plan *plan, const Figure *fig, Result *res, int count_use);
double fig_result_value(const Figure *fig, const Result *res);
int fig_is_whole(double value);
void fig_put_computed(Buf *out, const Figure *fig, double value);
void fig_put_what(Buf *out, const Figure *fig, const Result *res);

#endif
