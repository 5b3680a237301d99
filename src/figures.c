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
 * reference means. Evaluating it (figures_eval.c) walks the registry once,
 * applying the filters (all must hold; "a|b" inside one is "either"), and
 * accumulates the count, the sum of the field over the items that have it,
 * and the names for a list.
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
 *
 * Stage: 3 (resolve) reads and checks figures in the text; check (4) checks
 * figures over table rows; render (5) prints them. Writes only use counts
 * (when asked) and diagnostics.
 */
#include "figures_impl.h"

#include <math.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "catalog.h"
#include "datakeys.h"
#include "i18n.h"
#include "load.h"
#include "query.h"
#include "suggest.h"
#include "vi.h"

void fig_report(Reporter *r, DiagLevel level, DiagId code, const char *fmt, ...)
{
    if (level == DIAG_ERROR)
        r->errors++;
    r->reports++;
    if (!r->diags)
        return;
    if (r->at_node) { /* the position is found when first needed */
        r->pos = ynode_pos_at(r->at_node, r->at_offset);
        r->at_node = NULL;
    }
    va_list ap;
    va_start(ap, fmt);
    diag_vreport(r->diags, level, r->pos, r->span, code, fmt, ap);
    va_end(ap);
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

const char *fig_figure_noun(Subject subject)
{
    return subject == OVER_LOCALITIES ? _("localities") : subject == OVER_TASKS ? _("tasks") : _("rows");
}

/* The noun for one item: "locality", "task", "row". */
const char *fig_figure_noun_one(Subject subject)
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
        if (!att->columns[i].key || !att->columns[i].key[0]) /* keyless: no name */
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

Source fig_source(Subject subject)
{
    return subject == OVER_TASKS ? SRC_TASKS : SRC_LOCALITIES;
}

/* A field a figure may add up: a number, or a list (how many it holds). */
static int is_summable(const Field *field)
{
    return field->kind == QV_NUMBER || field->kind == QV_LIST;
}

/* "id, name, kind or data.KEY" for messages ("hoặc" in Vietnamese): the
 * fields of the subject (only those a figure adds up when summable),
 * data.KEY for localities. */
static void put_field_names(Buf *out, Subject subject, int summable)
{
    const Field *fields = query_fields(fig_source(subject));
    size_t total = 0;
    for (const Field *f = fields; f->name; f++)
        total += !summable || is_summable(f);
    int with_data = subject == OVER_LOCALITIES;
    total += with_data;
    size_t i = 0;
    for (const Field *f = fields; f->name; f++) {
        if (summable && !is_summable(f))
            continue;
        if (i > 0)
            buf_puts(out, i + 1 == total ? _(" or ") : ", ");
        buf_puts(out, f->name);
        i++;
    }
    if (with_data) {
        if (i > 0)
            buf_puts(out, _(" or "));
        buf_puts(out, "data.KEY");
    }
}

/* The names of the subject's fields (only the summable ones if asked),
 * for suggestions; returns how many (at most max). */
static size_t field_names(Subject subject, int summable, const char **names, size_t max)
{
    size_t n = 0;
    for (const Field *f = query_fields(fig_source(subject)); f->name && n < max; f++)
        if (!summable || is_summable(f))
            names[n++] = f->name;
    return n;
}

/* Suggests a key for a misspelt one among the filters (and, with
 * options, the option names) of the figure's subject. */
static const char *suggest_key(const Figure *fig, const char *word, int with_options)
{
    enum { MAX_NAMES = ATTACH_MAX_COLUMNS + 64 };
    const char *names[MAX_NAMES + COUNT_OF(option_names)];
    size_t n = 0;
    if (fig->subject == OVER_ROWS) {
        for (size_t i = 0; i < fig->att->n_columns && n < ATTACH_MAX_COLUMNS; i++)
            if (fig->att->columns[i].key)
                names[n++] = fig->att->columns[i].key;
    } else {
        n = field_names(fig->subject, 0, names, MAX_NAMES);
    }
    if (with_options)
        for (size_t i = 0; i < COUNT_OF(option_names); i++)
            names[n++] = option_names[i];
    return suggest_best(word, names, n);
}

/* key with each run of dots written once, "data..so_thon" as
 * "data.so_thon", in buf (n bytes), when that names a field of the
 * figure's items and key had a run; else NULL. The nearest name by
 * spelling (suggest_key) knows no data key (s31fixmed). */
static const char *key_dots_once(const InlineCtx *ctx, const Figure *fig, const char *key,
                                 char *buf, size_t n)
{
    size_t j = 0;
    int run = 0;
    for (size_t i = 0; key[i]; i++) {
        if (key[i] == '.' && j && buf[j - 1] == '.') {
            run = 1;
            continue;
        }
        if (j + 1 >= n)
            return NULL;
        buf[j++] = key[i];
    }
    buf[j] = '\0';
    FieldRef ref;
    return run && query_lookup(ctx->plan, fig_source(fig->subject), buf, &ref) == 0 ? buf : NULL;
}

/* A number compared with "year", "year+1" or "year-1" is the plan's year
 * (as {year} prints it) or its neighbour: the value is rewritten in place
 * ("year" has room for four digits). Returns -1 when value is such a word
 * but the plan has no year (its date is an error, reported already). */
static int put_plan_year(const Plan *plan, char *value)
{
    if (strncmp(value, "year", 4) != 0)
        return 0;
    int offset = 0;
    if ((value[4] == '+' || value[4] == '-') && value[5] >= '0' && value[5] <= '9' && !value[6])
        offset = (value[4] == '+' ? 1 : -1) * (value[5] - '0');
    else if (value[4])
        return 0;
    int year = plan_print_year(plan);
    if (year + offset >= 1000 && year + offset <= 9999)
        snprintf(value, 5, "%d", year + offset);
    else if (year == 0)
        return -1;
    return 0;
}

/* Reads the key of a filter into flt (its field, or its column for rows);
 * sets *numeric when its values are numbers (compared with <, <=, >, >=
 * and read as numbers) and *text when they are texts in which "_" stands
 * for a space. Returns 0, or -1 (reported). */
static int read_filter_key(Reporter *r, const InlineCtx *ctx, const Figure *fig, Filter *flt,
                           int *numeric, int *text)
{
    const char *key_text = flt->key_text;
    if (fig->subject == OVER_ROWS) {
        flt->column = find_column(fig->att, key_text);
        if (flt->column < 0) {
            const char *hint = suggest_key(fig, key_text, 1);
            Buf names = {0};
            put_column_keys(&names, fig->att);
            if (hint)
                fig_report(r, DIAG_ERROR, KH503,
                       "unknown filter '%s' for rows of '%s' (did you mean '%s'?)", key_text,
                       fig->att->id, hint);
            else
                fig_report(r, DIAG_ERROR, KH503, "unknown filter '%s' for rows of '%s' (columns: %s): "
                       "use one of them",
                       key_text, fig->att->id, names.data);
            buf_free(&names);
            return -1;
        }
        *numeric = column_is_number(&fig->att->columns[flt->column]);
        *text = !*numeric;
        return 0;
    }
    if (query_lookup(ctx->plan, fig_source(fig->subject), key_text, &flt->ref) != 0) {
        char once[256];
        const char *hint = key_dots_once(ctx, fig, key_text, once, sizeof once);
        if (!hint)
            hint = suggest_key(fig, key_text, 1);
        Buf names = {0};
        put_field_names(&names, fig->subject, 0);
        if (hint)
            fig_report(r, DIAG_ERROR, KH503, "unknown filter '%s' for %s (did you mean '%s'?)",
                   key_text, fig_figure_noun(fig->subject), hint);
        else
            fig_report(r, DIAG_ERROR, KH503, "unknown filter '%s' for %s (filters: %s): use one of "
                   "them", key_text,
                   fig_figure_noun(fig->subject), names.data);
        buf_free(&names);
        return -1;
    }
    const Field *field = flt->ref.field;
    /* a data attribute every holder writes as a number compares numbers
     * ("data.ty_le!=92,5%" counted every locality); else both ways */
    *numeric = query_ref_numeric(ctx->plan, fig_source(fig->subject), &flt->ref);
    *text = !*numeric && (!field || (field->kind == QV_TEXT && field->ids == IDS_NONE &&
                                     field->id != F_ID));
    return 0;
}

/* KH504 for a filter's value that is not a number as printed; "92.5", the
 * English way of writing 92,5, is told the decimal comma, and "{year}"
 * the bare year. */
static void report_not_number(Reporter *r, const char *key, const char *alt)
{
    char *end = NULL;
    strtod(alt, &end);
    if (!*end && strchr(alt, '.') && !strchr(alt, ',')) {
        Buf fixed = {0};
        for (const char *c = alt; *c; c++)
            buf_putc(&fixed, *c == '.' ? ',' : *c);
        fig_report(r, DIAG_ERROR, KH504,
               "'%s' is compared with a number, not '%s': write it as printed, with the "
               "decimal comma ('%s')",
               key, alt, fixed.data);
        buf_free(&fixed);
    } else if (strncmp(alt, "{year", 5) == 0) {
        /* a figure cannot hold a reference: its filter names the year
         * bare (s19attack L8: the message said what was wrong only) */
        fig_report(r, DIAG_ERROR, KH504,
               "'%s' is compared with a number, not '%s': write the plan's year without braces "
               "inside a figure ('%s=year', 'year+1', 'year-1')",
               key, alt, key);
    } else {
        fig_report(r, DIAG_ERROR, KH504, "'%s' is compared with a number, not '%s': write a number", key, alt);
    }
}

/* Reads one alternative of a filter (a value of "a|b") into want. Returns
 * 0, or -1 (reported). */
static int read_alternative(Reporter *r, const InlineCtx *ctx, const Figure *fig, Filter *flt,
                            char *alt, int numeric, int text, int count_use, Want *want)
{
    int ordered = flt->op != OP_EQ && flt->op != OP_NE;
    if (text)
        for (char *c = alt; *c; c++)
            if (*c == '_')
                *c = ' ';
    *want = (Want){ordered ? flt->op : OP_EQ, alt, 0, 0};
    if (numeric || ordered) {
        if (put_plan_year(ctx->plan, alt) != 0) {
            r->errors++; /* a follow-on of the header's date: not reported again */
            return -1;
        }
        int decimals;
        if (vi_comma_thousands(alt)) { /* "dan_so>=10,000": ten, or ten thousand */
            fig_report_comma_thousands(r, flt->key_text, alt);
            return -1;
        }
        if (*alt && strcmp(alt, "*") != 0 &&
            figures_parse_vi_number(alt, &want->number, &decimals) != 0) {
            report_not_number(r, flt->key_text, alt);
            return -1;
        }
        if (ordered && !*alt) {
            fig_report(r, DIAG_ERROR, KH504, "'%s' needs a number to compare with: write it after the "
                   "sign", flt->key_text);
            return -1;
        }
        want->has_number = *alt && strcmp(alt, "*") != 0;
        if (want->has_number && flt->ref.field && flt->ref.field->id == F_TARGET_YEAR &&
            (want->number < 1900 || want->number > 2999)) { /* "target_year=24": counted 0 */
            fig_report(r, DIAG_ERROR, KH504, "'%s' is a year from 1900 to 2999, not '%s': write the "
                   "year in full, or 'year' for the plan's", flt->key_text, alt);
            return -1;
        }
        return 0;
    }
    /* a value of a data attribute or a cell that may hold numbers */
    int decimals;
    want->has_number = *alt && figures_parse_vi_number(alt, &want->number, &decimals) == 0;
    if (fig->subject != OVER_ROWS && !fig_short_name_filter(r, ctx->plan, flt, alt))
        fig_check_filter_id(r, ctx->plan, query_ref_ids(&flt->ref), alt, count_use);
    return 0;
}

/* Reads one filter word (key, operator at op_at, value) into a new filter. */
static void read_filter(Reporter *r, const InlineCtx *ctx, Figure *fig, char *word, long op_at,
                        Op op, size_t op_len, int count_use)
{
    char *value = word + op_at + op_len;
    word[op_at] = '\0';
    if (fig->n_filters == MAX_FILTERS) {
        fig_report(r, DIAG_ERROR, KH501, "too many filters (at most %d): delete some", MAX_FILTERS);
        return;
    }
    Filter *flt = &fig->filters[fig->n_filters];
    memset(flt, 0, sizeof *flt);
    flt->key_text = word;
    flt->op = op;
    int numeric = 0, text = 0;
    if (read_filter_key(r, ctx, fig, flt, &numeric, &text) != 0)
        return;
    int ordered = op != OP_EQ && op != OP_NE;
    int data = fig->subject != OVER_ROWS && !flt->ref.field;
    if (ordered && !numeric && !data) {
        fig_report(r, DIAG_ERROR, KH504, "'%s' is not a number: compare it with = or !=", word);
        return;
    }
    /* split the alternatives */
    char *alts[MAX_ALTERNATIVES];
    int n_alts = 0;
    for (char *s = value;;) {
        char *bar = strchr(s, '|');
        if (bar)
            *bar = '\0';
        if (n_alts == MAX_ALTERNATIVES) { /* once counted the first 64 alone */
            fig_report(r, DIAG_ERROR, KH501, "too many values after '%s' (at most %d, joined by '|'): "
                   "delete some",
                   flt->key_text, MAX_ALTERNATIVES);
            return;
        }
        alts[n_alts++] = s;
        if (!bar)
            break;
        s = bar + 1;
    }
    for (int i = 0; i < n_alts && n_alts > 1; i++)
        if (!*alts[i]) { /* "kind=xã|thôn|": the empty one matched nothing, or blanks (s23low 10) */
            fig_report(r, DIAG_ERROR, KH501, "'%s' lists an empty value between its '|': delete "
                   "the '|' %s", flt->key_text,
                   i == 0 ? _("at its start") : i == n_alts - 1 ? _("at its end")
                                               : _("that is doubled"));
            return;
        }
    if (ordered && n_alts > 1) {
        fig_report(r, DIAG_ERROR, KH504, "'|' lists values for = and !=, not for comparisons: write "
               "one number");
        return;
    }
    for (int i = 0; i < n_alts; i++)
        if (read_alternative(r, ctx, fig, flt, alts[i], numeric, text, count_use,
                             &flt->alternatives[i]) != 0)
            return;
    flt->n_alternatives = n_alts;
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
            fig_report(r, DIAG_ERROR, KH502, "unknown column '%s' of attachment '%s' (did you mean "
                   "'%s'?)", key, fig->att->id, hint);
        else
            fig_report(r, DIAG_ERROR, KH502, "unknown column '%s' of attachment '%s' (columns: %s): "
                   "use one of them",
                   key, fig->att->id, keys.data);
        buf_free(&keys);
        return -1;
    }
    if (numbers_only && !column_is_number(&fig->att->columns[column])) {
        fig_report(r, DIAG_ERROR, KH504, "column '%s' of attachment '%s' holds text, not numbers: %s "
               "needs a column of type int, decimal, percent or year; give the column one of "
               "those types", key, fig->att->id,
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
            fig_report(r, DIAG_ERROR, KH504, "'%s' is a whole number from %ld to %ld, not '%s': write "
                   "one",
                   key, min, max, value);
        else if (is_pad)
            fig->pad = (int)n;
        else
            fig->decimals = (int)n;
        return;
    }
    if (figures_parse_vi_number(value, &fig->stated_value, &fig->stated_decimals) == 0) {
        /* "stated=20800" printed "20800" where every figure prints 20.800 */
        const char *digits = value + (*value == '-');
        size_t run = strspn(digits, "0123456789");
        if (run >= 4 && *digits != '0' && digits[run] != '.') {
            Buf fixed = {0};
            buf_putn(&fixed, value, (size_t)(digits - value));
            for (size_t i = 0; i < run; i++) {
                if (i && (run - i) % 3 == 0)
                    buf_putc(&fixed, '.');
                buf_putc(&fixed, digits[i]);
            }
            buf_puts(&fixed, digits + run);
            fig_report(r, DIAG_ERROR, KH504, "stated value '%s' is not written as printed: write its "
                   "thousands with dots ('%s')", value, fixed.data);
            buf_free(&fixed);
            return;
        }
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
        fig_report(r, DIAG_ERROR, KH504,
               "stated value '%s' is not written as printed: use the decimal comma ('%s')", value,
               fixed.data);
        buf_free(&fixed);
    } else {
        fig_report(r, DIAG_ERROR, KH504,
               "stated value '%s' is not a number as printed (write 21, 04, 17,9 or 1.234,5)",
               value);
    }
}

/* Copies the words of a figure into fig->scratch (malloc'd; the caller
 * frees it); "stated=17" "9" (the reference scanner splits at commas)
 * become "stated=17,9" again. Returns the number of words. */
static int copy_words(Figure *fig, const char *const *args, int n_args, char **words)
{
    size_t total = 1;
    for (int i = 0; i < n_args; i++)
        total += strlen(args[i]) + 1;
    fig->scratch = xmalloc(total);
    int n_words = 0;
    char *s = fig->scratch;
    for (int i = 0; i < n_args && n_words < 64; i++) {
        size_t len = strlen(args[i]);
        if (n_words > 0 && strncmp(words[n_words - 1], "stated=", 7) == 0 &&
            str_all_digits(args[i]) && !strchr(words[n_words - 1], ',')) {
            s[-1] = ',';
            memcpy(s, args[i], len + 1);
            s += len + 1;
            continue;
        }
        memcpy(s, args[i], len + 1);
        words[n_words++] = s;
        s += len + 1;
    }

    return n_words;
}

/* The first word: what the figure goes over. Returns 0, or -1 (reported). */
static int read_subject(Reporter *r, Figure *fig, const char *name, char **words, int n_words)
{
    if (n_words == 0) {
        fig_report(r, DIAG_ERROR, KH501, "'{%s}' needs what to %s: localities, tasks or rows; write "
               "one of them after its name", name,
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
            fig_report(r, DIAG_ERROR, KH501, "'{%s}' goes over localities, tasks or rows, not '%s' (did "
                   "you mean '%s'?)", name, words[0], hint);
        else
            fig_report(r, DIAG_ERROR, KH501, "'{%s}' goes over localities, tasks or rows, not '%s': "
                   "write one of them", name,
                   words[0]);
        return -1;
    }
    fig->subject_known = 1;
    if (fig->kind == FIG_LIST && fig->subject == OVER_TASKS) {
        fig_report(r, DIAG_ERROR, KH501, "'{list}' lists the names of localities; tasks have none: "
               "write '{list localities ...}'");
        return -1;
    }
    return 0;

}

/* {... rows ATT_ID [COLUMN]}: the table, then the column for sum, avg and
 * list. Returns the index of the next word, or -1 (reported). */
static int read_rows_target(Reporter *r, const InlineCtx *ctx, Figure *fig, const char *name,
                            char **words, int n_words, int count_use)
{
    Op op;
    size_t op_len;
    if (n_words < 2 || find_operator(words[1], &op, &op_len) >= 0) {
        fig_report(r, DIAG_ERROR, KH501, "'{%s rows}' needs the id of an attachment after 'rows' ({%s "
               "rows bieu01 ...}): write it", name, name);
        return -1;
    }
    const char *hint;
    if (!plan_resolve_id(ctx->plan, REG_ATTACHMENT, words[1], count_use, &hint)) {
        Buf message = {0};
        DiagId code = plan_unknown_id_message(ctx->plan, REG_ATTACHMENT, words[1], hint, &message);
        fig_report(r, DIAG_ERROR, code, "%s", message.data);
        buf_free(&message);
        return -1;
    }
    fig->att = plan_find_attachment(ctx->plan, words[1]);
    if (!fig->att) /* resolved with no entry: the 'attachments:' line was lost (misspelt), */
        return -1; /* its KH101 the one error (Plan.registry_lost); nothing to count */
    if (fig->kind != FIG_COUNT) {
        const char *verb = fig->kind == FIG_SUM   ? _("add up")
                           : fig->kind == FIG_AVG ? _("average")
                                                  : _("list");
        if (n_words < 3 || find_operator(words[2], &op, &op_len) >= 0) {
            Buf keys = {0};
            put_column_keys(&keys, fig->att);
            fig_report(r, DIAG_ERROR, KH501, "'{%s rows %s}' needs the column to %s after '%s': %s; "
                   "write one of them there", name, words[1], verb, words[1], keys.data);
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
        fig->has_field = fig->kind != FIG_LIST;
        return 3;
    }
    return 2;
}

/* {sum|avg localities|tasks FIELD ...}: the field to add up, a number or
 * a list (query.h). Returns the index of the next word, or -1 (reported). */
static int read_field(Reporter *r, const InlineCtx *ctx, Figure *fig, const char *name,
                      char **words, int n_words)
{
    Buf names = {0};
    put_field_names(&names, fig->subject, 1);
    Op op;
    size_t op_len;
    if (n_words < 2 || find_operator(words[1], &op, &op_len) >= 0) {
        fig_report(r, DIAG_ERROR, KH501, "'{%s %s}' needs the field to %s after '%s': %s; write one "
               "of them there", name,
               words[0], fig->kind == FIG_SUM ? _("add up") : _("average"), words[0], names.data);
        buf_free(&names);
        return -1;
    }
    fig->field_text = words[1];
    fig->has_field = 1;
    int known = query_lookup(ctx->plan, fig_source(fig->subject), words[1], &fig->field) == 0;
    if (known && fig->field.field && !is_summable(fig->field.field)) {
        fig_report(r, DIAG_ERROR, KH502, "field '%s' of %s is a text, not a number: '{%s}' adds up "
               "%s; use '{count}' to count them", words[1], words[0], name, names.data);
        buf_free(&names);
        return -1;
    }
    if (!known) {
        enum { MAX_NAMES = 64 };
        const char *candidates[MAX_NAMES];
        size_t n = field_names(fig->subject, 1, candidates, MAX_NAMES);
        char once[256];
        const char *hint = key_dots_once(ctx, fig, words[1], once, sizeof once);
        if (!hint)
            hint = suggest_best(words[1], candidates, n);
        if (hint)
            fig_report(r, DIAG_ERROR, KH502, "unknown field '%s' of %s (did you mean '%s'?)",
                   words[1], words[0], hint);
        else
            fig_report(r, DIAG_ERROR, KH502, "unknown field '%s' of %s (fields: %s): use one of them", words[1],
                   words[0], names.data);
        buf_free(&names);
        return -1;
    }
    buf_free(&names);
    return 2;
}

/* KH501 for words[i], a word of a figure that is no KEY=VALUE, where
 * the general message misleads (s26attack): the figure's '}' lost, so
 * that it ran on over the text up to another reference's ("{count ...
 * target_year=2024 xã phấn đấu ... {avg ...}" was told "did you mean
 * 'pad=...'?" of "phấn"); a comparison typed with its sign ("≥"); a
 * filter's name with diacritics ("loại=xã"); a value with a space after a
 * filter ("kind=thị trấn"); spaces around its sign ("kind = xã"); the last
 * three only when the word is no near miss of a key (has_hint). Returns
 * -1 when the rest of the words are the text's, N > 0 when reported (the
 * N words from words[i] on), 0 to let the caller say what it says. */
static int report_stray_word(Reporter *r, const Figure *fig, const char *name, char **words,
                             int i, int n_words, int next, int has_hint)
{
    const char *word = words[i];
    for (int j = i + 1; j < n_words; j++)
        if (words[j][0] == '{') {
            fig_report(r, DIAG_ERROR, KH501, "'{%s ...' is not closed: the text's '%s' follows it, "
                   "and the '}' of '%s' ends it; add the '}' where the figure ends", name, word,
                   words[j]);
            return -1;
        }
    static const char *const signs[][2] = {{"\xe2\x89\xa5", ">="}, {"\xe2\x89\xa4", "<="},
                                           {"\xe2\x89\xa0", "!="}};
    for (size_t k = 0; k < COUNT_OF(signs); k++) {
        const char *at = str_find(word, signs[k][0]);
        if (at) {
            fig_report(r, DIAG_ERROR, KH501, "'%s' in '{%s}': write the comparison with '%s' "
                   "('%.*s%s%s')", word, name, signs[k][1], (int)(at - word), word, signs[k][1],
                   at + 3);
            return 1;
        }
    }
    const char *eq = strchr(word, '=');
    if (has_hint) /* a key misspelt: the caller's "did you mean" */
        return 0;
    if (eq && eq > word) {
        fig_report(r, DIAG_ERROR, KH501, "'%s' in '{%s}': a filter's name is a field's, in ASCII "
               "letters, digits, '_', '-' and '.' ('kind=xã', 'data.dan_so>=1.000'): write it so",
               word, name);
        return 1;
    }
    Op op;
    size_t op_len;
    const char *after = i + 1 < n_words ? words[i + 1] : "";
    if (find_operator(after, &op, &op_len) == 0) { /* "kind = xã", "kind =xã" */
        int whole = !after[op_len] && i + 2 < n_words;
        fig_report(r, DIAG_ERROR, KH501, "'%s %s%s%s' in '{%s}': a filter has no spaces around its "
               "sign: write '%s%s%s'", word, after, whole ? " " : "", whole ? words[i + 2] : "", name, word,
               after, whole ? words[i + 2] : "");
        return whole ? 3 : 2;
    }
    /* the filter before it, its word cut at its operator by read_filter */
    const Filter *last = fig->n_filters ? &fig->filters[fig->n_filters - 1] : NULL;
    if (i > next && last && last->key_text == words[i - 1] && last->op == OP_EQ &&
        !strchr(word, '{')) {
        const char *value = words[i - 1] + strlen(words[i - 1]) + 1;
        if (!*value) /* "kind= xã" */
            fig_report(r, DIAG_ERROR, KH501, "'%s= %s' in '{%s}': a filter has no spaces around its "
                   "sign: write '%s=%s'", words[i - 1], word, name, words[i - 1], word);
        else
            fig_report(r, DIAG_ERROR, KH501, "'%s' after '%s=%s' in '{%s}': a figure's words are split "
                   "at spaces; write '_' for a space in a value ('%s=%s_%s')",
                   word, words[i - 1], value, name, words[i - 1], value, word);
        return 1;
    }
    return 0;
}

/* The words from `next` on: filters (KEY=VALUE, KEY<VALUE, ...) and
 * options (pad, decimals, stated, weight). */
static void read_filters_and_options(Reporter *r, const InlineCtx *ctx, Figure *fig,
                                     const char *name, char **words, int n_words, int next,
                                     int count_use)
{
    for (int i = next; i < n_words; i++) {
        char *word = words[i];
        Op op;
        size_t op_len;
        long op_at = find_operator(word, &op, &op_len);
        if (op_at <= 0) {
            const char *hint = op_at < 0 ? suggest_key(fig, word, 1) : NULL;
            int said = report_stray_word(r, fig, name, words, i, n_words, next, hint != NULL);
            if (said < 0)
                return; /* the figure's '}' lost: the rest is the text's */
            if (said) {
                i += said - 1; /* the words it spoke of */
                continue;
            }
            if (hint)
                fig_report(r, DIAG_ERROR, KH501, "unexpected '%s' in '{%s}': filters and options "
                       "are KEY=VALUE (did you mean '%s=...'?)", word, name, hint);
            else
                fig_report(r, DIAG_ERROR, KH501, "unexpected '%s' in '{%s}': filters and options are "
                       "KEY=VALUE: write it so", word, name);
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
            fig_report(r, DIAG_ERROR, KH501, "option '%s' is given twice: give it once", key);
        else if (option == 3 && (fig->kind != FIG_AVG || fig->subject != OVER_ROWS))
            fig_report(r, DIAG_ERROR, KH501, "'weight' applies to '{avg rows ...}' only: it weights "
                   "each row's value by another column; delete it here");
        else if (fig->kind == FIG_LIST)
            fig_report(r, DIAG_ERROR, KH501, "'{list}' prints names: '%s' does not apply; delete it", key);
        else if (option == 0 && fig->kind == FIG_AVG)
            fig_report(r, DIAG_ERROR, KH501, "'pad' applies to whole numbers, not to '{avg}': delete "
                   "it");
        else if (option == 1 && fig->kind == FIG_COUNT)
            fig_report(r, DIAG_ERROR, KH501,
                   "'decimals' does not apply to '{count}': a count is a whole number; delete it");
        else
            read_option(r, fig, key, value);
    }
    fig_check_option_fit(r, fig); /* pad= on decimals, decimals= on whole numbers */
}

/* Reads {name args...} into fig. Returns 0 if the figure can be computed;
 * reports through r (silent if r->diags is NULL). The caller frees
 * fig->scratch. count_use: count the ids named in filters as uses. */
static int read_figure(Reporter *r, const InlineCtx *ctx, const char *name,
                       const char *const *args, int n_args, Figure *fig, int count_use)
{
    /* all but the filters, which read_filter clears one by one as it
     * reads them (64 KB a figure: 20,000 figures cleared 1.3 GB) */
    memset(fig, 0, offsetof(Figure, filters));
    memset(&fig->n_filters, 0, sizeof *fig - offsetof(Figure, n_filters));
    fig->decimals = -1;
    fig->field_column = -1;
    fig->weight_column = -1;
    fig->kind = strcmp(name, "count") == 0 ? FIG_COUNT
                : strcmp(name, "sum") == 0 ? FIG_SUM
                : strcmp(name, "avg") == 0 ? FIG_AVG
                                           : FIG_LIST;
    fig->name = name;
    fig->args = args;
    fig->n_args = n_args;
    int errors_before = r->errors;
    char *words[64];
    int n_words = copy_words(fig, args, n_args, words);
    if (read_subject(r, fig, name, words, n_words) != 0)
        return -1;
    int next = 1;
    if (fig->subject == OVER_ROWS)
        next = read_rows_target(r, ctx, fig, name, words, n_words, count_use);
    else if (fig->kind == FIG_SUM || fig->kind == FIG_AVG)
        next = read_field(r, ctx, fig, name, words, n_words);
    if (next < 0)
        return -1;
    read_filters_and_options(r, ctx, fig, name, words, n_words, next, count_use);
    return r->errors > errors_before ? -1 : 0;
}

/* ---- the two entry points ------------------------------------------------- */

/* The note under KH506 on the first locality a sum leaves out: it has no
 * such data attribute, or has it as text (quoted, or words): then the note
 * points at the value and says so, since "has no data.x" beside a written
 * x: "12" reads as false. */
static void note_missing(DiagSink *diags, const Figure *fig, const Locality *loc,
                         const char *field, int only_text)
{
    const Attr *attr = NULL;
    for (size_t i = 0; fig->field.data_key && i < loc->n_attrs && !attr; i++)
        if (strcmp(loc->attrs[i].key, fig->field.data_key) == 0)
            attr = &loc->attrs[i];
    double number;
    int decimals;
    if (!attr && !only_text)
        diag_note(diags, loc->pos, "'%s' has no %s", loc->id, field);
    else if (!attr)
        return;
    else if (figures_parse_vi_number(attr->text, &number, &decimals) == 0)
        diag_note(diags, attr->pos, "'%s' has %s in quotes, which make it text: remove the "
                  "quotes to add it up", loc->id, field);
    else
        diag_note(diags, attr->pos, "'%s' has %s as text, not a number: '%s'", loc->id, field,
                  attr->text);
}

/* KH505 for a filter "data.KEY=" (KEY blank) where no locality or task
 * holds KEY at all: it matches every one, and `{count localities
 * data.dan_so=}` printed "3 xã" without a word (s27review L3), though
 * the key is misspelt or its data never filled in. 1 if reported. */
static int blank_of_unknown_key(Reporter *r, const Figure *fig, const Result *res)
{
    if (fig->subject == OVER_ROWS)
        return 0;
    for (int f = 0; f < fig->n_filters; f++) {
        const Filter *flt = &fig->filters[f];
        if (flt->ref.field || !flt->ref.data_key || flt->ref.data_known || flt->op != OP_EQ)
            continue;
        for (int a = 0; a < flt->n_alternatives; a++) {
            if (*flt->alternatives[a].text)
                continue;
            if (fig->subject == OVER_LOCALITIES)
                fig_report(r, DIAG_WARNING, KH505, "no locality has '%s': '%s=' (blank) matches "
                           "every one, and the figure goes over all %zu: check the key's "
                           "spelling, or fill in the data",
                           flt->ref.data_key, flt->key_text, res->matched);
            else
                fig_report(r, DIAG_WARNING, KH505, "no task has '%s': '%s=' (blank) matches every "
                           "one, and the figure goes over all %zu: check the key's spelling, or "
                           "fill in the data",
                           flt->ref.data_key, flt->key_text, res->matched);
            return 1;
        }
    }
    return 0;
}

/* Tags the warning just reported on fig (KH505, KH506) with a data key
 * it reads that an entry lacks and misspells (fig_misspelt_key): KH260,
 * the root cause, withdraws it when it names the slip at each entry
 * (datakeys.c), and the plan gets one message, not one per figure. */
static void tag_misspelt(Reporter *r, const InlineCtx *ctx, const Figure *fig, int reports)
{
    if (!r->diags || fig->subject == OVER_ROWS || r->reports == reports)
        return;
    int tasks = fig->subject == OVER_TASKS;
    const char *key = fig->has_field ? fig->field.data_key : NULL;
    for (int i = 0; (!key || !fig_misspelt_key(ctx->plan, tasks, key)) && i <= fig->n_filters; i++)
        key = i < fig->n_filters ? fig->filters[i].ref.data_key : NULL;
    if (!key)
        return;
    Buf tag = {0};
    diag_tag_last(r->diags, datakeys_tag(&tag, tasks, key));
    buf_free(&tag);
}

/* Reports what the data make of a figure that reads well: an empty set
 * (KH505), items left out for want of the field (KH506), and a stated
 * value the data do not give (KH500). */
/* A list of places printing two alike, "Thôn 1, Thôn 2, Thôn 1" of two
 * old communes' villages (s51cycle; locref_names.c): KH218. */
static void check_list_names(Reporter *r, const Result *res)
{
    if (res->same_name[1])
        fig_report(r, DIAG_WARNING, KH218, "this '{list}' prints '%s' for both '%s' and '%s': a "
                   "reader cannot tell the two apart; list each commune's places apart "
                   "('parent=ID'), or give each its own name", res->same_name[0]->name,
                   res->same_name[0]->id, res->same_name[1]->id);
}

static void check_result(Reporter *r, const InlineCtx *ctx, const QueryText *text,
                         const Figure *fig, const Result *res)
{
    DiagSink *diags = r->diags;
    const char *noun = fig_figure_noun(fig->subject);
    size_t missing = res->matched - res->with_value - res->covered - res->bad;
    int weights_zero = fig->weight_column >= 0 && res->with_value > 0 && res->weight_sum == 0;
    /* a count (or a count-like sum) over nothing is 0, a value the drafter
     * may state: "stated=0" is then right, and a stated 1 is a mismatch
     * (KH500 below), not just "counts nothing" */
    int empty_is_zero = res->matched == 0 && fig->stated && fig->kind == FIG_COUNT;
    if (res->bad > 0 || res->bad_excluded > 0)
        return; /* a value it needs is an error, reported where it is written */
    if (fig_lost_registry(r, ctx->plan, fig))
        return; /* its entries were read as another list's: the lost line is the error */
    if (blank_of_unknown_key(r, fig, res))
        return;
    if (fig->kind != FIG_COUNT && res->with_value > 0 &&
        fabs(fig_result_value(fig, res)) >= VI_EXACT_LIMIT) {
        /* past 2^53 a double skips whole numbers: what it would print is rounded */
        fig_report(r, DIAG_ERROR, KH508, "the figure's value is 2^53 (9.007.199.254.740.992) or "
               "more, where numbers are no longer exact, and would print rounded (write the "
               "data in a larger unit)");
        return;
    }
    if (fig->pad && fig->kind == FIG_SUM && res->with_value > 0 &&
        !fig_is_whole(fig_result_value(fig, res))) {
        /* pad= on a sum the data make a decimal: it would print "12,5",
         * the pad dropped without a word (s15attack) */
        Buf value = {0};
        vi_put_decimal(&value, fig_result_value(fig, res), -1);
        fig_report(r, DIAG_ERROR, KH501, "'pad' zero-pads a whole number, and this sum is %s: "
               "%s has decimals; remove 'pad=%d'", value.data, fig->field_text, fig->pad);
        buf_free(&value);
        return;
    }
    int reports = r->reports;
    if (res->matched == 0 && empty_is_zero) {
        /* nothing to warn about here: the stated value decides below */
    } else if (res->matched == 0) {
        fig_report_empty(r, ctx, text, fig);
    } else if (fig->has_field && res->with_value == 0 && res->matched == 1) {
        fig_report(r, DIAG_WARNING, KH505, "the one %s this figure goes over has no %s: fill it in, "
               "or write the number",
               fig_figure_noun_one(fig->subject), fig->field_text);
        if (diags && res->first_missing) /* its value in quotes: text (attack15 F6) */
            note_missing(diags, fig, res->first_missing, fig->field_text, 1);
    } else if (fig->has_field && res->with_value == 0) {
        fig_report(r, DIAG_WARNING, KH505, "none of the %zu %s this figure goes over has %s: fill "
               "them in, or write the number",
               res->matched, noun, fig->field_text);
        if (diags && res->first_missing)
            note_missing(diags, fig, res->first_missing, fig->field_text, 1);
    } else if (weights_zero) {
        fig_report(r, DIAG_WARNING, KH505, "the weights (%s) of the %zu %s this figure goes over add "
               "up to 0: the average is undefined; check the weight column", fig->weight_text, res->with_value, noun);
    } else if (missing > 0 && (res->first_missing || res->first_missing_row)) {
        Buf field = {0};
        buf_puts(&field, fig->field_text);
        if (fig->weight_column >= 0) /* "x or w": a word of the message's language */
            buf_printf(&field, _(" or %s"), fig->weight_text);
        /* a whole sentence for one and for more: a word passed as an
         * argument ("has", "them") stayed English in the Vietnamese one */
        if (missing == 1)
            fig_report(r, DIAG_WARNING, KH506, "%zu of the %zu %s has no %s; the figure leaves "
                       "it out: fill them in if they count",
                       missing, res->matched, noun, field.data);
        else
            fig_report(r, DIAG_WARNING, KH506, "%zu of the %zu %s have no %s; the figure leaves "
                       "them out: fill them in if they count",
                       missing, res->matched, noun, field.data);
        if (diags && res->first_missing)
            note_missing(diags, fig, res->first_missing, field.data, 0);
        else if (diags)
            diag_note(diags, res->first_missing_row->pos, "row %zu of '%s' has no %s",
                      res->first_missing_index + 1, fig->att->id, field.data);
        buf_free(&field);
    }
    if (!weights_zero)
        tag_misspelt(r, ctx, fig, reports); /* "dan_s0": KH260's to say */
    check_list_names(r, res);
    fig_check_scope(r, ctx, text, fig, res); /* another commune's places (KH269) */
    if (res->covered_weight > 0) /* a weight column merged: counted once (L11) */
        fig_report(r, DIAG_WARNING, KH506, "the weight (%s) of %zu of the %zu %s is a merged "
                   "cell's above it ('merge'), counted once there as the totals row and {sum} "
                   "count it; the figure leaves those rows out: take '%s' out of 'merge' to "
                   "weight each row", fig->weight_text, res->covered_weight, res->matched, noun,
                   fig->weight_text);
    if (fig->stated && (res->matched > 0 || empty_is_zero) &&
        (!fig->has_field || res->with_value > 0 || empty_is_zero) && !weights_zero) {
        double value = fig_result_value(fig, res);
        Buf computed = {0}, stated = {0}, exact = {0}, what = {0};
        vi_put_decimal(&computed, value, fig->stated_decimals);
        vi_put_decimal(&stated, fig->stated_value, fig->stated_decimals);
        if (strcmp(computed.data, stated.data) != 0) {
            /* the value at the precision the figure asks for (decimals=2:
             * 17,33, not 17,3333), else as exact as it is, up to four places
             * (17,75 against a stated 17,9, as the drafter should see it) */
            int places = fig_is_whole(value) ? 0
                         : fig->decimals >= 0 ? fig->decimals
                         /* a quotient's digits, 17,3333333333333, cut to four */
                         : vi_decimals_needed(value) < 4 ? vi_decimals_needed(value) : 4;
            /* and written as the stated one is: "stated 2.024,5 but the
             * data give 2.024" read as a number without decimals, "0013"
             * of pad=4 against "12" (s30attack) */
            if (places < fig->stated_decimals)
                places = fig->stated_decimals;
            if (places == 0)
                vi_put_int(&exact, (long long)nearbyint(value), fig->pad);
            else
                vi_put_decimal(&exact, value, places);
            fig_put_what(&what, fig, res);
            fig_report(r, DIAG_WARNING, KH500, "stated %s but the data give %s (%s): correct the "
                   "number in the text, or the data", fig->stated,
                   exact.data, what.data);
        }
        buf_free(&computed);
        buf_free(&stated);
        buf_free(&exact);
        buf_free(&what);
    }
}

int figures_check(const InlineCtx *ctx, const QueryText *text, DiagSink *diags, SrcPos pos,
                  int span, const char *name, const char *const *args, int n_args)
{
    Reporter r = {diags, pos, span, 0, NULL, 0, 0};
    Figure fig;
    if (read_figure(&r, ctx, name, args, n_args, &fig, 1) != 0) {
        /* which localities it was meant to go over is unsure: count them
         * all as used, so that one mistake in a figure does not also make
         * them "never used" (KH251) */
        if (fig.subject_known && fig.subject == OVER_LOCALITIES)
            fig_use_all_localities(ctx->plan);
        free(fig.scratch);
        return r.errors;
    }
    /* the rows of a table are built after the text is checked: a figure
     * over them is computed by figures_check_rows */
    if (fig.subject != OVER_ROWS) {
        Result res;
        int ret = fig_compute(ctx, text, &fig, &res, 1, 1);
        if (ret == 0)
            check_result(&r, ctx, text, &fig, &res);
        else if (fig_failure_report(ctx->plan, ret, diags, pos, span))
            r.errors++;
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

const char *figures_rows_target(const InlineRef *ref)
{
    static const char *const names[] = {"count", "sum", "avg", "list"};
    int is_figure = 0;
    for (size_t k = 0; k < COUNT_OF(names) && ref->n_args >= 2; k++)
        is_figure |= strcmp(ref->name, names[k]) == 0;
    return is_figure && strcmp(ref->args[0], "rows") == 0 ? ref->args[1] : NULL;
}

static void check_row_figure(void *data, const InlineRef *ref)
{
    RowCheck *rc = data;
    if (!figures_rows_target(ref))
        return; /* ({count rows} alone: figures_check has reported it) */
    const char *text = rc->site->text;
    /* read silently: figures_check has reported its mistakes */
    Reporter r = {NULL, rc->site->node->pos, (int)utf8_count(text + ref->start, ref->end - ref->start),
                  0, rc->site->node, ref->start, 0};
    Figure fig;
    if (read_figure(&r, rc->ctx, ref->name, ref->args, ref->n_args, &fig, 0) == 0) {
        Result res;
        r.diags = rc->diags;
        int ret = fig_compute(rc->ctx, NULL, &fig, &res, 0, 1);
        if (ret == 0)
            check_result(&r, rc->ctx, NULL, &fig, &res);
        else if (fig_failure_report(rc->ctx->plan, ret, rc->diags, r.pos, r.span))
            r.errors++;
        rc->errors += r.errors;
        buf_free(&res.names);
    }
    free(fig.scratch);
}

int figures_check_rows(const InlineCtx *ctx, DiagSink *diags, const TextSite *site)
{
    if (!site->text || !str_find(site->text, "rows"))
        return 0; /* no figure over rows: a figure's words are in its text */
    RowCheck rc = {ctx, diags, site, 0};
    inline_each_ref(site->text, check_row_figure, &rc);
    return rc.errors;
}

void figures_expand(const InlineCtx *ctx, const QueryText *text, const char *name,
                    const char *const *args, int n_args, Buf *out)
{
    Reporter silent = {NULL, {NULL, 0, 0}, 0, 0, NULL, 0, 0};
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
    if (fig_compute(ctx, text, &fig, &res, 0, 0) != 0) {
        free(fig.scratch);
        return; /* over the budget or in a loop: check reported it (KH507, KH511) */
    }
    if (fig.kind == FIG_LIST)
        fig_put_list(out, res.names.data, res.names.len);
    else
        fig_put_computed(out, &fig, fig_result_value(&fig, &res));
    buf_free(&res.names);
    free(fig.scratch);
}
