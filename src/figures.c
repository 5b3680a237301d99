/* figures.c - counts, sums, averages and lists over the plan's own data.
 *
 * A figure reference is read into a Figure: its kind (count, sum, avg,
 * list), what it goes over (the localities registry, the tasks of the
 * body, or the data rows of an attachment table), the field it adds up,
 * its filters and its options. Reading it
 * reports every mistake (unknown field or filter with a suggestion, ids
 * that do not exist, values that are not numbers) when a reporter is
 * given, and silently gives up otherwise, so figures_check and
 * figures_expand share one reader and cannot disagree about what a
 * reference means. Evaluating it walks the registry once, applying the
 * filters (all must hold; "a|b" inside one is "either"), and accumulates
 * the count, the sum of the field over the items that have it, and the
 * names for a list.
 *
 * A stated figure is compared with the data the way a reader would: the
 * computed value is rounded to as many decimals as the stated one has and
 * both are printed the Vietnamese way; the figure agrees if the two
 * printed forms are the same ("17,9" against 17,75 rounds to "17,8": a
 * mismatch; "17,8" would agree).
 *
 * A table's rows are built (attach_resolve) after the text is checked, so a
 * figure over rows is checked in two steps: figures_check reads it when the
 * text is checked, and figures_check_rows computes it from check_plan.
 */
#include "figures.h"

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

static void report(Reporter *r, DiagLevel level, DiagId code, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

static void report(Reporter *r, DiagLevel level, DiagId code, const char *fmt, ...)
{
    if (level == DIAG_ERROR)
        r->errors++;
    if (!r->diags)
        return;
    Buf message = {0};
    va_list ap;
    va_start(ap, fmt);
    buf_vprintf(&message, i18n_tr(fmt), ap);
    va_end(ap);
    diag_report(r->diags, level, r->pos, r->span, code, "%s", message.data ? message.data : "");
    buf_free(&message);
}

/* ---- numbers as printed ---------------------------------------------------- */

/* A number in the text, as printed: vi_parse_number's grammar, where
 * "10.500" is ten thousand five hundred (text is written as printed) and
 * "16.9" is refused (read_option says how to write it). */
int figures_parse_vi_number(const char *text, double *value, int *decimals)
{
    VNumStatus status = vi_parse_number(text, value, decimals);
    return status == VNUM_OK || status == VNUM_AMBIGUOUS ? 0 : -1;
}

/* ---- reading a figure ------------------------------------------------------ */

static const char *figure_noun(Subject subject)
{
    return subject == OVER_LOCALITIES ? _("localities") : subject == OVER_TASKS ? _("tasks") : _("rows");
}

/* The noun for one item: "locality", "task", "row". */
static const char *figure_noun_one(Subject subject)
{
    return subject == OVER_LOCALITIES ? _("locality") : subject == OVER_TASKS ? _("task") : _("row");
}

/* A column whose cells are numbers (Cell.is_number), so that it can be
 * added up and compared with <, <=, >, >=. */
static int column_is_number(const Column *col)
{
    return col->type == COL_INT || col->type == COL_DECIMAL || col->type == COL_PERCENT ||
           col->type == COL_YEAR;
}

/* The index of the column with this key in att, or -1. */
static int find_column(const Attachment *att, const char *key)
{
    for (size_t i = 0; i < att->n_columns; i++)
        if (att->columns[i].key && strcmp(att->columns[i].key, key) == 0)
            return (int)i;
    return -1;
}

/* "stt, name, so_xa" for messages: the column keys of att. */
static void put_column_keys(Buf *out, const Attachment *att)
{
    for (size_t i = 0; i < att->n_columns; i++) {
        if (!att->columns[i].key)
            continue;
        if (out->len)
            buf_puts(out, ", ");
        buf_puts(out, att->columns[i].key);
    }
    if (!out->len)
        buf_puts(out, "none");
}

static int is_word_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '_' || c == '.' || c == '-';
}

/* Finds the comparison in word ("kind=xã", "criteria_met>=17"): sets *op
 * and returns the offset of the operator, or -1 if there is none. */
static long find_operator(const char *word, Op *op, size_t *op_len)
{
    for (const char *c = word; *c; c++) {
        if (!is_word_char(*c) && *c != '=' && *c != '!' && *c != '<' && *c != '>')
            return -1; /* a value-like character before any operator */
        if (*c == '=' ) {
            *op = OP_EQ;
            *op_len = 1;
        } else if (c[0] == '!' && c[1] == '=') {
            *op = OP_NE;
            *op_len = 2;
        } else if (c[0] == '<') {
            *op = c[1] == '=' ? OP_LE : OP_LT;
            *op_len = c[1] == '=' ? 2 : 1;
        } else if (c[0] == '>') {
            *op = c[1] == '=' ? OP_GE : OP_GT;
            *op_len = c[1] == '=' ? 2 : 1;
        } else {
            continue;
        }
        return c - word;
    }
    return -1;
}

static const KeyName *find_key(const KeyName *keys, size_t n, const char *name)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(keys[i].name, name) == 0)
            return &keys[i];
    return NULL;
}

/* "kind, parent, status" for messages, from a key table. */
static void put_key_names(Buf *out, const KeyName *keys, size_t n, int with_data)
{
    size_t total = n + (with_data ? 1 : 0);
    for (size_t i = 0; i < total; i++) {
        if (i > 0)
            buf_puts(out, i + 1 == total ? " or " : ", ");
        buf_puts(out, i < n ? keys[i].name : "data.KEY");
    }
}

static int is_number_key(Key key)
{
    return key == KEY_TARGET_YEAR || key == KEY_CRITERIA_MET || key == KEY_CRITERIA_PLANNED ||
           key == KEY_CRITERIA_TOTAL || key == KEY_N_CRITERIA;
}

/* Suggests a key for a misspelt one among the filters (and, with
 * options, the option names) of the figure's subject. */
static const char *suggest_key(const Figure *fig, const char *word, int with_options)
{
    const char *names[ATTACH_MAX_COLUMNS + COUNT_OF(locality_filters) + COUNT_OF(option_names)];
    size_t n = 0;
    if (fig->subject == OVER_ROWS) {
        for (size_t i = 0; i < fig->att->n_columns && n < ATTACH_MAX_COLUMNS; i++)
            if (fig->att->columns[i].key)
                names[n++] = fig->att->columns[i].key;
    } else {
        const KeyName *keys = fig->subject == OVER_LOCALITIES ? locality_filters : task_filters;
        size_t n_keys = fig->subject == OVER_LOCALITIES ? COUNT_OF(locality_filters)
                                                        : COUNT_OF(task_filters);
        for (size_t i = 0; i < n_keys; i++)
            names[n++] = keys[i].name;
    }
    if (with_options)
        for (size_t i = 0; i < COUNT_OF(option_names); i++)
            names[n++] = option_names[i];
    return suggest_best(word, names, n);
}

/* Reports id unless it names an entry of registry (counted as a use when
 * count_use). */
static void check_registry_id(Reporter *r, const Plan *plan, Registry registry, const char *id,
                              int count_use)
{
    const char *hint;
    if (plan_resolve_id(plan, registry, id, count_use, &hint))
        return;
    Buf message = {0};
    DiagId code = plan_unknown_id_message(registry, id, hint, &message);
    report(r, DIAG_ERROR, code, "%s", message.data);
    buf_free(&message);
}

/* Checks that an id named in a filter exists, counting it as a use. */
static void check_filter_id(Reporter *r, const Plan *plan, Key key, const char *id, int count_use)
{
    if (!*id)
        return;
    switch (key) {
    case KEY_ID:
    case KEY_PARENT:
    case KEY_LOCALITY:
        check_registry_id(r, plan, REG_LOCALITY, id, count_use);
        return;
    case KEY_STATUS:
    case KEY_TARGET:
        check_registry_id(r, plan, REG_LEVEL, id, count_use);
        return;
    case KEY_LEAD:
    case KEY_SUPPORT:
    case KEY_UNIT:
        check_registry_id(r, plan, REG_UNIT, id, count_use);
        return;
    case KEY_CRITERIA:
        if (plan->n_catalogs == 0)
            report(r, DIAG_ERROR, KH401,
                   "'criteria=%s' needs a criteria catalog: add 'import: [qd318-xa-ntm]' or your "
                   "own catalog", id);
        else {
            const Indicator *indicator = NULL;
            const Criterion *crit = plan_find_criterion(plan, id, &indicator);
            if (!crit)
                report(r, DIAG_ERROR, KH402, "criterion '%s' is not in the imported catalog",
                       id);
            else if (strchr(id, '.') && !indicator && crit->n_indicators > 0)
                report(r, DIAG_ERROR, KH403,
                       "indicator '%s' is not listed under criterion %s of the catalog", id,
                       crit->code);
        }
        return;
    default:
        return;
    }
}

/* A number compared with "year", "year+1" or "year-1" is the plan's year
 * (as {year} prints it) or its neighbour: the value is rewritten in place
 * ("year" has room for four digits). */
static void put_plan_year(const Plan *plan, char *value)
{
    if (strncmp(value, "year", 4) != 0)
        return;
    int offset = 0;
    if ((value[4] == '+' || value[4] == '-') && value[5] >= '0' && value[5] <= '9' && !value[6])
        offset = (value[4] == '+' ? 1 : -1) * (value[5] - '0');
    else if (value[4])
        return;
    int year = plan->period_to.year ? plan->period_to.year : plan->date.year;
    if (year + offset >= 1000 && year + offset <= 9999)
        snprintf(value, 5, "%d", year + offset);
}

/* Reads one filter word (key, operator at op_at, value) into a new filter. */
static void read_filter(Reporter *r, const InlineCtx *ctx, Figure *fig, char *word, long op_at,
                        Op op, size_t op_len, int count_use)
{
    char *value = word + op_at + op_len;
    word[op_at] = '\0';
    const char *key_text = word;
    if (fig->n_filters == MAX_FILTERS) {
        report(r, DIAG_ERROR, KH501, "too many filters (at most %d)", MAX_FILTERS);
        return;
    }
    Filter *flt = &fig->filters[fig->n_filters];
    memset(flt, 0, sizeof *flt);
    flt->key_text = key_text;
    flt->op = op;
    int numeric = 0; /* compared as a number */
    if (fig->subject == OVER_ROWS) {
        flt->key = KEY_COLUMN;
        flt->column = find_column(fig->att, key_text);
        if (flt->column < 0) {
            const char *hint = suggest_key(fig, key_text, 1);
            Buf names = {0};
            put_column_keys(&names, fig->att);
            if (hint)
                report(r, DIAG_ERROR, KH503,
                       "unknown filter '%s' for rows of '%s' (did you mean '%s'?)", key_text,
                       fig->att->id, hint);
            else
                report(r, DIAG_ERROR, KH503, "unknown filter '%s' for rows of '%s' (columns: %s)",
                       key_text, fig->att->id, names.data);
            buf_free(&names);
            return;
        }
        numeric = column_is_number(&fig->att->columns[flt->column]);
    } else if (fig->subject == OVER_LOCALITIES && strncmp(key_text, "data.", 5) == 0 &&
               key_text[5]) {
        flt->key = KEY_DATA;
        flt->data_key = key_text + 5;
    } else {
        const KeyName *known = fig->subject == OVER_LOCALITIES
                                   ? find_key(locality_filters, COUNT_OF(locality_filters), key_text)
                                   : find_key(task_filters, COUNT_OF(task_filters), key_text);
        if (!known) {
            const char *hint = suggest_key(fig, key_text, 1);
            Buf names = {0};
            if (fig->subject == OVER_LOCALITIES)
                put_key_names(&names, locality_filters, COUNT_OF(locality_filters), 1);
            else
                put_key_names(&names, task_filters, COUNT_OF(task_filters), 0);
            if (hint)
                report(r, DIAG_ERROR, KH503, "unknown filter '%s' for %s (did you mean '%s'?)",
                       key_text, figure_noun(fig->subject), hint);
            else
                report(r, DIAG_ERROR, KH503, "unknown filter '%s' for %s (filters: %s)",
                       key_text, figure_noun(fig->subject), names.data);
            buf_free(&names);
            return;
        }
        flt->key = known->key;
        numeric = is_number_key(flt->key);
    }
    int ordered = op != OP_EQ && op != OP_NE;
    if (ordered && !numeric && flt->key != KEY_DATA) {
        report(r, DIAG_ERROR, KH504, "'%s' is not a number: compare it with = or !=", key_text);
        return;
    }
    /* split the alternatives */
    char *s = value;
    for (;;) {
        char *bar = strchr(s, '|');
        if (bar)
            *bar = '\0';
        if (flt->n_alternatives < MAX_ALTERNATIVES)
            flt->alternatives[flt->n_alternatives++] = s;
        if (!bar)
            break;
        s = bar + 1;
    }
    if (ordered && flt->n_alternatives > 1) {
        report(r, DIAG_ERROR, KH504, "'|' lists values for = and !=, not for comparisons");
        return;
    }
    for (int i = 0; i < flt->n_alternatives; i++) {
        char *alt = flt->alternatives[i];
        if (flt->key == KEY_KIND || flt->key == KEY_DATA || (flt->key == KEY_COLUMN && !numeric))
            for (char *c = alt; *c; c++)
                if (*c == '_')
                    *c = ' ';
        if (numeric || ordered)
            put_plan_year(ctx->plan, alt);
        if (numeric || ordered) {
            double number = 0;
            int decimals;
            if (*alt && figures_parse_vi_number(alt, &number, &decimals) != 0) {
                report(r, DIAG_ERROR, KH504, "'%s' is compared with a number, not '%s'",
                       key_text, alt);
                return;
            }
            if (ordered && !*alt) {
                report(r, DIAG_ERROR, KH504, "'%s' needs a number to compare with", key_text);
                return;
            }
            flt->number = number;
        } else {
            check_filter_id(r, ctx->plan, flt->key, alt, count_use);
        }
    }
    fig->n_filters++;
}

/* Reads the column named by key (the summed, averaged or listed one, or the
 * weight) of a figure over rows; returns its index, or -1 after reporting
 * an unknown key (KH502) or, with numbers_only, a column of text (KH504). */
static int read_column(Reporter *r, const Figure *fig, const char *what, const char *key,
                       int numbers_only)
{
    int column = find_column(fig->att, key);
    if (column < 0) {
        const char *names[ATTACH_MAX_COLUMNS];
        size_t n = 0;
        for (size_t i = 0; i < fig->att->n_columns && n < ATTACH_MAX_COLUMNS; i++)
            if (fig->att->columns[i].key)
                names[n++] = fig->att->columns[i].key;
        const char *hint = suggest_best(key, names, n);
        Buf keys = {0};
        put_column_keys(&keys, fig->att);
        if (hint)
            report(r, DIAG_ERROR, KH502, "unknown column '%s' of attachment '%s' (did you mean "
                   "'%s'?)", key, fig->att->id, hint);
        else
            report(r, DIAG_ERROR, KH502, "unknown column '%s' of attachment '%s' (columns: %s)",
                   key, fig->att->id, keys.data);
        buf_free(&keys);
        return -1;
    }
    if (numbers_only && !column_is_number(&fig->att->columns[column])) {
        report(r, DIAG_ERROR, KH504, "column '%s' of attachment '%s' holds text, not numbers: "
               "%s needs a column of type int, decimal, percent or year", key, fig->att->id,
               what);
        return -1;
    }
    return column;
}

/* Reads the value of option key (pad, decimals, stated, weight) into fig. */
static void read_option(Reporter *r, Figure *fig, const char *key, const char *value)
{
    if (strcmp(key, "weight") == 0) {
        fig->weight_text = value;
        fig->weight_column = read_column(r, fig, "'weight'", value, 1);
        return;
    }
    if (strcmp(key, "stated") != 0) {
        int is_pad = strcmp(key, "pad") == 0;
        char *end = NULL;
        long n = strtol(value, &end, 10);
        long min = is_pad ? 1 : 0, max = is_pad ? 20 : 6;
        if (!*value || *end || n < min || n > max)
            report(r, DIAG_ERROR, KH504, "'%s' is a whole number from %ld to %ld, not '%s'",
                   key, min, max, value);
        else if (is_pad)
            fig->pad = (int)n;
        else
            fig->decimals = (int)n;
        return;
    }
    if (figures_parse_vi_number(value, &fig->stated_value, &fig->stated_decimals) == 0) {
        fig->stated = value;
        return;
    }
    /* "17.9" is the English way of writing 17,9: say so */
    char *end = NULL;
    strtod(value, &end);
    if (*value && !*end && strchr(value, '.') && !strchr(value, ',')) {
        Buf fixed = {0};
        for (const char *c = value; *c; c++)
            buf_putc(&fixed, *c == '.' ? ',' : *c);
        report(r, DIAG_ERROR, KH504,
               "stated value '%s' is not written as printed: use the decimal comma ('%s')", value,
               fixed.data);
        buf_free(&fixed);
    } else {
        report(r, DIAG_ERROR, KH504,
               "stated value '%s' is not a number as printed (write 21, 04, 17,9 or 1.234,5)",
               value);
    }
}

static int all_digits(const char *s)
{
    if (!*s)
        return 0;
    for (; *s; s++)
        if (*s < '0' || *s > '9')
            return 0;
    return 1;
}

/* Reads {name args...} into fig. Returns 0 if the figure can be computed;
 * reports through r (silent if r->diags is NULL). The caller frees
 * fig->scratch. count_use: count the ids named in filters as uses. */
static int read_figure(Reporter *r, const InlineCtx *ctx, const char *name,
                       const char *const *args, int n_args, Figure *fig, int count_use)
{
    memset(fig, 0, sizeof *fig);
    fig->decimals = -1;
    fig->field_column = -1;
    fig->weight_column = -1;
    fig->kind = strcmp(name, "count") == 0 ? FIG_COUNT
                : strcmp(name, "sum") == 0 ? FIG_SUM
                : strcmp(name, "avg") == 0 ? FIG_AVG
                                           : FIG_LIST;
    int errors_before = r->errors;

    /* copy the words; "stated=17" "9" (the reference scanner splits at
     * commas) become "stated=17,9" again */
    size_t total = 1;
    for (int i = 0; i < n_args; i++)
        total += strlen(args[i]) + 1;
    fig->scratch = xmalloc(total);
    char *words[64];
    int n_words = 0;
    char *s = fig->scratch;
    for (int i = 0; i < n_args && n_words < 64; i++) {
        size_t len = strlen(args[i]);
        if (n_words > 0 && strncmp(words[n_words - 1], "stated=", 7) == 0 &&
            all_digits(args[i]) && !strchr(words[n_words - 1], ',')) {
            s[-1] = ',';
            memcpy(s, args[i], len + 1);
            s += len + 1;
            continue;
        }
        memcpy(s, args[i], len + 1);
        words[n_words++] = s;
        s += len + 1;
    }

    if (n_words == 0) {
        report(r, DIAG_ERROR, KH501, "'{%s}' needs what to %s: localities, tasks or rows", name,
                fig->kind == FIG_LIST ? _("list") : fig->kind == FIG_COUNT ? _("count") : _("go over"));
        return -1;
    }
    if (strcmp(words[0], "localities") == 0) {
        fig->subject = OVER_LOCALITIES;
    } else if (strcmp(words[0], "tasks") == 0) {
        fig->subject = OVER_TASKS;
    } else if (strcmp(words[0], "rows") == 0) {
        fig->subject = OVER_ROWS;
    } else {
        static const char *const subjects[] = {"localities", "tasks", "rows"};
        const char *hint = suggest_best(words[0], subjects, 3);
        if (hint)
            report(r, DIAG_ERROR, KH501, "'{%s}' goes over localities, tasks or rows, not '%s' (did "
                   "you mean '%s'?)", name, words[0], hint);
        else
            report(r, DIAG_ERROR, KH501, "'{%s}' goes over localities, tasks or rows, not '%s'", name,
                   words[0]);
        return -1;
    }
    fig->subject_known = 1;
    if (fig->kind == FIG_LIST && fig->subject == OVER_TASKS) {
        report(r, DIAG_ERROR, KH501, "'{list}' lists the names of localities; tasks have none");
        return -1;
    }

    int next = 1;
    if (fig->subject == OVER_ROWS) {
        /* rows ATT_ID, then the column for sum, avg and list */
        Op op;
        size_t op_len;
        if (n_words < 2 || find_operator(words[1], &op, &op_len) >= 0) {
            report(r, DIAG_ERROR, KH501, "'{%s rows}' needs the id of an attachment after "
                   "'rows' ({%s rows bieu01 ...})", name, name);
            return -1;
        }
        const char *hint;
        if (!plan_resolve_id(ctx->plan, REG_ATTACHMENT, words[1], count_use, &hint)) {
            Buf message = {0};
            DiagId code = plan_unknown_id_message(REG_ATTACHMENT, words[1], hint, &message);
            report(r, DIAG_ERROR, code, "%s", message.data);
            buf_free(&message);
            return -1;
        }
        fig->att = plan_find_attachment(ctx->plan, words[1]);
        next = 2;
        if (fig->kind != FIG_COUNT) {
            const char *verb = fig->kind == FIG_SUM   ? _("add up")
                               : fig->kind == FIG_AVG ? _("average")
                                                      : _("list");
            if (n_words < 3 || find_operator(words[2], &op, &op_len) >= 0) {
                Buf keys = {0};
                put_column_keys(&keys, fig->att);
                report(r, DIAG_ERROR, KH501, "'{%s rows %s}' needs the column to %s after "
                       "'%s': %s", name, words[1], verb, words[1], keys.data);
                buf_free(&keys);
                return -1;
            }
            Buf what = {0};
            buf_printf(&what, "'{%s}'", name);
            fig->field_column = read_column(r, fig, what.data, words[2], fig->kind != FIG_LIST);
            buf_free(&what);
            if (fig->field_column < 0)
                return -1;
            fig->field_text = words[2];
            fig->field = KEY_COLUMN;
            fig->has_field = fig->kind != FIG_LIST;
            next = 3;
        }
    } else if (fig->kind == FIG_SUM || fig->kind == FIG_AVG) {
        const KeyName *fields = fig->subject == OVER_LOCALITIES ? locality_fields : task_fields;
        size_t n_fields = fig->subject == OVER_LOCALITIES ? COUNT_OF(locality_fields)
                                                          : COUNT_OF(task_fields);
        Buf names = {0};
        put_key_names(&names, fields, n_fields, fig->subject == OVER_LOCALITIES);
        Op op;
        size_t op_len;
        if (n_words < 2 || find_operator(words[1], &op, &op_len) >= 0) {
            report(r, DIAG_ERROR, KH501, "'{%s %s}' needs the field to %s after '%s': %s", name,
                   words[0], fig->kind == FIG_SUM ? _("add up") : _("average"), words[0], names.data);
            buf_free(&names);
            return -1;
        }
        fig->field_text = words[1];
        fig->has_field = 1;
        const KeyName *field = find_key(fields, n_fields, words[1]);
        if (field) {
            fig->field = field->key;
        } else if (fig->subject == OVER_LOCALITIES && strncmp(words[1], "data.", 5) == 0 &&
                   words[1][5]) {
            fig->field = KEY_DATA;
            fig->data_field = words[1] + 5;
        } else {
            const char *field_names[COUNT_OF(locality_fields)];
            for (size_t i = 0; i < n_fields; i++)
                field_names[i] = fields[i].name;
            const char *hint = suggest_best(words[1], field_names, n_fields);
            if (hint)
                report(r, DIAG_ERROR, KH502, "unknown field '%s' of %s (did you mean '%s'?)",
                       words[1], words[0], hint);
            else
                report(r, DIAG_ERROR, KH502, "unknown field '%s' of %s (fields: %s)", words[1],
                       words[0], names.data);
            buf_free(&names);
            return -1;
        }
        buf_free(&names);
        next = 2;
    }

    for (int i = next; i < n_words; i++) {
        char *word = words[i];
        Op op;
        size_t op_len;
        long op_at = find_operator(word, &op, &op_len);
        if (op_at <= 0) {
            const char *hint = op_at < 0 ? suggest_key(fig, word, 1) : NULL;
            if (hint)
                report(r, DIAG_ERROR, KH501, "unexpected '%s' in '{%s}': filters and options "
                       "are KEY=VALUE (did you mean '%s=...'?)", word, name, hint);
            else
                report(r, DIAG_ERROR, KH501, "unexpected '%s' in '{%s}': filters and options "
                       "are KEY=VALUE", word, name);
            continue;
        }
        const char *value = word + op_at + op_len;
        int option = -1;
        for (size_t k = 0; k < COUNT_OF(option_names) && op == OP_EQ; k++)
            if (strlen(option_names[k]) == (size_t)op_at &&
                strncmp(word, option_names[k], (size_t)op_at) == 0)
                option = (int)k;
        if (option < 0) {
            read_filter(r, ctx, fig, word, op_at, op, op_len, count_use);
            continue;
        }
        const char *key = option_names[option];
        int given = option == 0   ? fig->pad != 0
                    : option == 1 ? fig->decimals >= 0
                    : option == 2 ? fig->stated != NULL
                                  : fig->weight_text != NULL;
        if (given)
            report(r, DIAG_ERROR, KH501, "option '%s' is given twice", key);
        else if (option == 3 && (fig->kind != FIG_AVG || fig->subject != OVER_ROWS))
            report(r, DIAG_ERROR, KH501, "'weight' applies to '{avg rows ...}' only: it "
                   "weights each row's value by another column");
        else if (fig->kind == FIG_LIST)
            report(r, DIAG_ERROR, KH501, "'{list}' prints names: '%s' does not apply", key);
        else if (option == 0 && fig->kind == FIG_AVG)
            report(r, DIAG_ERROR, KH501, "'pad' applies to whole numbers, not to '{avg}'");
        else if (option == 1 && fig->kind == FIG_COUNT)
            report(r, DIAG_ERROR, KH501,
                   "'decimals' does not apply to '{count}': a count is a whole number");
        else
            read_option(r, fig, key, value);
    }
    return r->errors > errors_before ? -1 : 0;
}

/* ---- evaluating a figure --------------------------------------------------- */

typedef struct Result {
    size_t matched;          /* items that pass the filters */
    size_t with_value;       /* of those, items that have the field */
    size_t covered;          /* rows whose cell a merge above covers (counted there) */
    double sum;              /* of the field over them (times the weight, if any) */
    double weight_sum;       /* of the weights (OVER_ROWS avg with weight=) */
    const Locality *first_missing;
    const Row *first_missing_row;
    size_t first_missing_index;
    Buf names;               /* FIG_LIST */
} Result;

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

static int compare(Op op, double a, double b)
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
    if (is_number_key(flt->key)) {
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
                !compare(flt->op, number, flt->number))
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
            if (!cell->is_number || !compare(flt->op, cell->number, flt->number))
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
static void evaluate(const Plan *plan, const Figure *fig, Result *res, int count_use)
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
        } else if (!res->first_missing) {
            res->first_missing = loc;
        }
    }
}

/* The computed number (count, sum or average). */
static double result_value(const Figure *fig, const Result *res)
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

static int is_whole(double value)
{
    return fabs(value - nearbyint(value)) < 1e-9 && fabs(value) < 1e15;
}

/* The computed value as printed without a stated value. */
static void put_computed(Buf *out, const Figure *fig, double value)
{
    if (fig->kind == FIG_AVG)
        vi_put_decimal(out, value, fig->decimals >= 0 ? fig->decimals : 1);
    else if (fig->decimals >= 0)
        vi_put_decimal(out, value, fig->decimals);
    else if (is_whole(value))
        vi_put_int(out, (long long)nearbyint(value), fig->pad);
    else
        vi_put_decimal(out, value, -1);
}

/* "average of criteria_met over 8 localities", "average of so_tieu_chi
 * weighted by so_xa over 4 rows of bieu01" */
static void put_what(Buf *out, const Figure *fig, const Result *res)
{
    const char *noun = figure_noun(fig->subject);
    size_t n = fig->kind == FIG_COUNT ? res->matched : res->with_value;
    if (n == 1)
        noun = figure_noun_one(fig->subject);
    switch (fig->kind) {
    case FIG_COUNT:
        buf_printf(out, "count of %s", figure_noun(fig->subject));
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

/* ---- the two entry points ------------------------------------------------- */

/* Reports what the data make of a figure that reads well: an empty set
 * (KH505), items left out for want of the field (KH506), and a stated
 * value the data do not give (KH500). */
static void check_result(Reporter *r, const Figure *fig, const Result *res)
{
    DiagSink *diags = r->diags;
    const char *noun = figure_noun(fig->subject);
    size_t missing = res->matched - res->with_value - res->covered;
    int weights_zero = fig->weight_column >= 0 && res->with_value > 0 && res->weight_sum == 0;
    /* a count (or a count-like sum) over nothing is 0, a value the drafter
     * may state: "stated=0" is then right, and a stated 1 is a mismatch
     * (KH500 below), not just "counts nothing" */
    int empty_is_zero = res->matched == 0 && fig->stated && fig->kind == FIG_COUNT;
    if (res->matched == 0 && empty_is_zero) {
        /* nothing to warn about here: the stated value decides below */
    } else if (res->matched == 0) {
        report(r, DIAG_WARNING, KH505, "no %s match this figure's filters: it %s", noun,
               fig->kind == FIG_LIST ? "lists nothing" : "counts nothing");
    } else if (fig->has_field && res->with_value == 0 && res->matched == 1) {
        report(r, DIAG_WARNING, KH505, "the one %s this figure goes over has no %s",
               figure_noun_one(fig->subject), fig->field_text);
    } else if (fig->has_field && res->with_value == 0) {
        report(r, DIAG_WARNING, KH505, "none of the %zu %s this figure goes over has %s",
               res->matched, noun, fig->field_text);
    } else if (weights_zero) {
        report(r, DIAG_WARNING, KH505, "the weights (%s) of the %zu %s this figure goes over "
               "add up to 0: the average is undefined", fig->weight_text, res->with_value, noun);
    } else if (missing > 0 && (res->first_missing || res->first_missing_row)) {
        Buf field = {0};
        buf_puts(&field, fig->field_text);
        if (fig->weight_column >= 0)
            buf_printf(&field, " or %s", fig->weight_text);
        report(r, DIAG_WARNING, KH506, "%zu of the %zu %s %s no %s; the figure leaves %s out",
               missing, res->matched, noun, missing == 1 ? "has" : "have", field.data,
               missing == 1 ? "it" : "them");
        if (diags && res->first_missing)
            diag_note(diags, res->first_missing->pos, "'%s' has no %s", res->first_missing->id,
                      field.data);
        else if (diags)
            diag_note(diags, res->first_missing_row->pos, "row %zu of '%s' has no %s",
                      res->first_missing_index + 1, fig->att->id, field.data);
        buf_free(&field);
    }
    if (fig->stated && (res->matched > 0 || empty_is_zero) &&
        (!fig->has_field || res->with_value > 0 || empty_is_zero) && !weights_zero) {
        double value = result_value(fig, res);
        Buf computed = {0}, stated = {0}, exact = {0}, what = {0};
        vi_put_decimal(&computed, value, fig->stated_decimals);
        vi_put_decimal(&stated, fig->stated_value, fig->stated_decimals);
        if (strcmp(computed.data, stated.data) != 0) {
            if (is_whole(value))
                vi_put_int(&exact, (long long)nearbyint(value), 0);
            else
                vi_put_decimal(&exact, value, -1);
            put_what(&what, fig, res);
            report(r, DIAG_WARNING, KH500, "stated %s but the data give %s (%s)", fig->stated,
                   exact.data, what.data);
        }
        buf_free(&computed);
        buf_free(&stated);
        buf_free(&exact);
        buf_free(&what);
    }
}

int figures_check(const InlineCtx *ctx, DiagSink *diags, SrcPos pos, int span,
                  const char *name, const char *const *args, int n_args)
{
    Reporter r = {diags, pos, span, 0};
    Figure fig;
    if (read_figure(&r, ctx, name, args, n_args, &fig, 1) != 0) {
        /* which localities it was meant to go over is unsure: count them
         * all as used, so that one mistake in a figure does not also make
         * them "never used" (KH251) */
        Result res;
        if (fig.subject_known && fig.subject == OVER_LOCALITIES) {
            fig.has_field = 0;
            fig.n_filters = 0;
            evaluate(ctx->plan, &fig, &res, 1);
            buf_free(&res.names);
        }
        free(fig.scratch);
        return r.errors;
    }
    /* the rows of a table are built after the text is checked: a figure
     * over them is computed by figures_check_rows */
    if (fig.subject != OVER_ROWS) {
        Result res;
        evaluate(ctx->plan, &fig, &res, 1);
        check_result(&r, &fig, &res);
        buf_free(&res.names);
    }
    free(fig.scratch);
    return r.errors;
}

/* What figures_check_rows carries through the references of one text. */
typedef struct RowCheck {
    const InlineCtx *ctx;
    DiagSink *diags;
    const TextSite *site;
    int errors;
} RowCheck;

static void check_row_figure(void *data, const InlineRef *ref)
{
    static const char *const names[] = {"count", "sum", "avg", "list"};
    RowCheck *rc = data;
    int is_figure = 0;
    for (size_t k = 0; k < COUNT_OF(names) && ref->n_args >= 1; k++)
        is_figure |= strcmp(ref->name, names[k]) == 0;
    if (!is_figure || strcmp(ref->args[0], "rows") != 0)
        return;
    const char *text = rc->site->text;
    /* read silently: figures_check has reported its mistakes */
    Reporter r = {NULL, ynode_pos_at(rc->site->node, ref->start),
                  (int)utf8_count(text + ref->start, ref->end - ref->start), 0};
    Figure fig;
    if (read_figure(&r, rc->ctx, ref->name, ref->args, ref->n_args, &fig, 0) == 0) {
        Result res;
        evaluate(rc->ctx->plan, &fig, &res, 0);
        r.diags = rc->diags;
        check_result(&r, &fig, &res);
        rc->errors += r.errors;
        buf_free(&res.names);
    }
    free(fig.scratch);
}

int figures_check_rows(const InlineCtx *ctx, DiagSink *diags, const TextSite *site)
{
    if (!site->text)
        return 0;
    RowCheck rc = {ctx, diags, site, 0};
    inline_each_ref(site->text, check_row_figure, &rc);
    return rc.errors;
}

void figures_expand(const InlineCtx *ctx, const char *name, const char *const *args, int n_args,
                    Buf *out)
{
    Reporter silent = {NULL, {NULL, 0, 0}, 0, 0};
    Figure fig;
    if (read_figure(&silent, ctx, name, args, n_args, &fig, 0) != 0) {
        free(fig.scratch);
        return;
    }
    if (fig.stated) {
        buf_puts(out, fig.stated);
        free(fig.scratch);
        return;
    }
    Result res;
    evaluate(ctx->plan, &fig, &res, 0);
    if (fig.kind == FIG_LIST)
        buf_putn(out, res.names.data ? res.names.data : "", res.names.len);
    else
        put_computed(out, &fig, result_value(&fig, &res));
    buf_free(&res.names);
    free(fig.scratch);
}
