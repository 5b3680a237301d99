/* attach_typed.c - a table cell's value by its column's type: the one
 * decision written rows and generated rows share.
 *
 * A cell of an int, year, decimal, percent or date column holds a value of
 * that type, whether the drafter wrote it in the row (attach.c, parse
 * stage) or a generated table takes it from a field of the plan (a
 * locality's or a task's `data:`, a built-in field): att_fit_text decides
 * what a written text is, att_fit_value the same for a field's value (a
 * number or a date already read, else its text), and att_report_fit says
 * what is wrong and what to write (KH611, KH114) where the value is
 * written. attach_rows.c checks every `data:` value a generated table
 * shows at resolve (att_check_generated; a built-in field is khgen's own,
 * and `due_date` prints a deadline that is no date as its phrase on
 * purpose), and render's rows are filled by the same
 * decision (att_fill_cell), so a value the check let through prints as the
 * column shows it in every format. Before session 18 a generated value was
 * printed as written with exit 0: "2024-03-15" in a date column (a text
 * cell of the workbook), "1234" in quotes printed like the number beside
 * it but left out of the totals row, 12.5 in an int column printed "13".
 * A `data:` number in quotes is text (README, and a figure over it says
 * so): in a number column it is an error, as the figure's note says.
 * May touch: the cell it is given, the arena, the diagnostics.
 */
#include "attach_impl.h"

#include <math.h>
#include <string.h>

#include "datehint.h"
#include "i18n.h"
#include "vi.h"

int att_parse_expanded_number(const char *written, const char *text, double *out)
{
    int rc = att_parse_number_text(text, 0, out);
    if (rc != -2 || !written || !strchr(written, '{'))
        return rc;
    char digits[64]; /* the dots left out: khgen's thousands dot */
    size_t k = 0;
    for (const char *c = text; *c && k + 1 < sizeof digits; c++)
        if (*c != '.')
            digits[k++] = *c;
    digits[k] = '\0';
    return att_parse_number_text(digits, 0, out) == 0 ? 0 : -2;
}

int attach_comma_thousands_lost(const char *text, int allow_percent)
{
    char core[32];
    while (*text == ' ')
        text++;
    size_t n = strlen(text);
    while (n > 0 && (text[n - 1] == ' ' || (allow_percent && text[n - 1] == '%')))
        n--;
    if (n == 0 || n >= sizeof core)
        return 0;
    memcpy(core, text, n);
    core[n] = '\0';
    const char *digits = core + (core[0] == '-');
    return vi_comma_thousands(core) && digits[0] != '0' && core[n - 1] == '0';
}

void attach_report_comma_thousands(DiagSink *diags, SrcPos pos, int span, const char *what,
                                   const char *text)
{
    Buf whole = {0}, decimal = {0};
    const char *c = text;
    while (*c == ' ')
        c++;
    for (; *c && *c != ' ' && *c != '%'; c++)
        if (*c != ',')
            buf_putc(&whole, *c);
    c = text;
    while (*c == ' ')
        c++;
    vi_comma_decimal(&decimal, c);
    diag_error(diags, pos, span, KH114,
               "%s '%s', which reads two ways: %s in khgen's numbers (the comma is the decimal "
               "mark), or %s if the comma groups thousands, as an English keyboard writes them; "
               "write %s for the whole number, or %s for the decimal",
               what, text, decimal.data, whole.data, whole.data, decimal.data);
    buf_free(&whole);
    buf_free(&decimal);
}

CellFit att_fit_text(Arena *arena, const Column *col, const char *text, Cell *cell,
                     char form[32])
{
    double value = 0;
    int rc, decimals;
    switch (col->type) {
    case COL_TEXT:
    case COL_STT:
        cell->text = text;
        return FIT_OK;
    case COL_INT:
    case COL_YEAR:
        rc = att_parse_number_text(text, 0, &value);
        if (rc == -2)
            return FIT_AMBIGUOUS_WHOLE;
        if (rc != 0 || value != floor(value) || strchr(text, ',') ||
            (strchr(text, '.') && vi_parse_number(text, &value, &decimals) != VNUM_OK))
            return FIT_NOT_WHOLE;
        if (col->type == COL_YEAR && !plan_year_ok(value)) /* the README's years, 0 and -1 too */
            return FIT_YEAR_RANGE;
        break;
    case COL_DECIMAL:
    case COL_PERCENT:
        if (col->decimals < 3 && attach_comma_thousands_lost(text, col->type == COL_PERCENT))
            return FIT_COMMA_THOUSANDS; /* "1,500": 1,5 printed, or 1500 meant */
        rc = att_parse_number_text(text, col->type == COL_PERCENT, &value);
        if (rc == -2)
            return FIT_AMBIGUOUS;
        if (rc != 0)
            return FIT_NOT_NUMBER;
        break;
    case COL_DATE: {
        VDate date;
        rc = parse_date_text(text, &date);
        int hint = rc == -1 ? date_hint(text, DATEHINT_FULL_DATE, form, 32) : 0;
        if (hint == DATEHINT_FORM) /* "30/06/2025" */
            return FIT_DATE_FORM;
        if (rc == -2 || hint == DATEHINT_NOT_REAL)
            return FIT_DATE_NOT_REAL;
        if (rc == -3)
            return FIT_DATE_YEAR;
        if (rc != 0 || date.day == 0)
            return FIT_NOT_DATE;
        cell->date = date;
        cell->text = att_date_text(arena, date);
        return FIT_OK;
    }
    }
    cell->number = attach_cell_number(col, value); /* as printed: the rows add up */
    cell->is_number = 1;
    cell->text = att_number_text(arena, col, value);
    return FIT_OK;
}

int att_number_base(DiagSink *diags, Arena *arena, const YNode *node, const Column *col,
                    const char *key)
{
    if (col && (col->type == COL_TEXT || col->type == COL_STT || col->type == COL_DATE))
        return 0; /* a code "017" of a text column is kept as typed */
    if (node->kind != YNODE_SCALAR || node->style != YSTYLE_PLAIN)
        return 0;
    return yread_number_base(diags, arena, node, col ? (*col->key ? col->key : col->header) : key,
                             node->text, 0);
}

CellFit att_fit_value(Arena *arena, const Column *col, const FieldValue *fv, Cell *cell,
                      char form[32])
{
    if (col->type == COL_TEXT || col->type == COL_STT || (!*fv->text && !fv->is_number))
        return FIT_OK; /* an empty cell */
    if (col->type == COL_DATE && fv->is_date) {
        cell->date = fv->date;
        cell->text = att_date_text(arena, fv->date);
        return FIT_OK;
    }
    if (fv->is_number && col->type != COL_DATE) {
        if ((col->type == COL_INT || col->type == COL_YEAR) && fv->number != floor(fv->number))
            return FIT_NOT_WHOLE;
        if (col->type == COL_YEAR && !plan_year_ok(fv->number))
            return FIT_YEAR_RANGE;
        cell->number = attach_cell_number(col, fv->number);
        cell->is_number = 1;
        cell->text = att_number_text(arena, col, fv->number);
        return FIT_OK;
    }
    return att_fit_text(arena, col, fv->text, cell, form);
}

/* text in C notation when it is a figure as an English keyboard writes it,
 * thousands grouped by commas and the point its decimal mark ("1,850.5",
 * "12,000", "-1,234,567.25", a "%" after it aside), else NULL: the number
 * KH611 names to write, where it said "write one" (s47user U3). */
static const char *english_figure(Arena *arena, const char *text)
{
    Buf c = {0};
    const char *s = text + (*text == '-');
    size_t head = strspn(s, "0123456789"), i = head;
    int groups = 0;
    if (*text == '-')
        buf_putc(&c, '-');
    buf_putn(&c, s, head);
    while (s[i] == ',' && strspn(s + i + 1, "0123456789") == 3) {
        buf_putn(&c, s + i + 1, 3);
        i += 4, groups++;
    }
    if (s[i] == '.' && strspn(s + i + 1, "0123456789") > 0) {
        size_t frac = strspn(s + i + 1, "0123456789");
        buf_putn(&c, s + i, frac + 1);
        i += frac + 1;
    }
    while (s[i] == ' ' || s[i] == '%')
        i++;
    const char *result = head >= 1 && head <= 3 && groups > 0 && s[i] == '\0'
                             ? arena_strdup(arena, buf_str(&c)) : NULL;
    buf_free(&c);
    return result;
}

void att_report_fit(Arena *arena, DiagSink *diags, SrcPos pos, int span, const Column *col,
                    const char *text, CellFit fit, const char *form)
{
    const char *key = col->key;
    switch (fit) {
    case FIT_OK:
        return;
    case FIT_AMBIGUOUS_WHOLE:
    case FIT_AMBIGUOUS:
        att_report_ambiguous(diags, pos, span, arena_printf(arena, _("column '%s' holds"), key), text,
                             fit == FIT_AMBIGUOUS_WHOLE);
        return;
    case FIT_COMMA_THOUSANDS:
        attach_report_comma_thousands(diags, pos, span,
                                      arena_printf(arena, _("column '%s' holds"), key), text);
        return;
    case FIT_NOT_WHOLE:
    case FIT_NOT_NUMBER:
        if (vi_too_many_digits(text)) { /* digits, only too many: "write digits" misled */
            diag_error(diags, pos, span, KH611, "column '%s': '%s' has more than %d digits, "
                       "which khgen cannot keep exactly; write the column in a larger unit "
                       "(triệu đồng, tỷ đồng), or make it a text column if it is a code",
                       key, text, VNUM_MAX_DIGITS);
            return;
        }
        const char *english = english_figure(arena, text);
        if (english) {
            if (strchr(text, '.'))
                diag_error(diags, pos, span, KH611, "column '%s' holds '%s', a figure written as "
                           "an English keyboard writes it (the comma groups thousands, the point "
                           "is the decimal mark): write %s", key, text, english);
            else
                diag_error(diags, pos, span, KH611, "column '%s' holds '%s', a figure written as "
                           "an English keyboard writes it (the comma groups thousands): write %s",
                           key, text, english);
            return;
        }
        if (fit == FIT_NOT_NUMBER) {
            diag_error(diags, pos, span, KH611, "column '%s' holds %s, not '%s': write one", key,
                       col->type == COL_PERCENT ? _("percentages (92.1 or 92,1%)") : _("numbers"),
                       text);
            return;
        }
        diag_error(diags, pos, span, KH611, "column '%s' holds whole numbers, not '%s': write "
                   "digits only", key, text);
        return;
    case FIT_YEAR_RANGE:
    case FIT_DATE_YEAR:
        diag_error(diags, pos, span, KH611, "column '%s': '%s' has a year outside 1900-2999; "
                   "write the year in full", key,
                   text);
        return;
    case FIT_DATE_FORM:
        diag_error(diags, pos, span, KH611, "column '%s' holds dates YYYY-MM-DD, not '%s' (write %s)",
                   key, text, form);
        return;
    case FIT_DATE_NOT_REAL:
        diag_error(diags, pos, span, KH611, "column '%s': '%s' is not a real date; check the day "
                   "and the month", key, text);
        return;
    case FIT_NOT_DATE:
        diag_error(diags, pos, span, KH611, "column '%s' holds dates YYYY-MM-DD, not '%s': write "
                   "one", key,
                   text);
        return;
    }
}

void att_fill_cell(Arena *arena, const Column *col, const FieldValue *fv, Cell *cell)
{
    char form[32];
    cell->text = col->type == COL_STT ? NULL : fv->text; /* STT: numbered later */
    if (col->type != COL_STT)
        att_fit_value(arena, col, fv, cell, form); /* one that does not fit: reported at resolve */
}

const Column *att_typed_column_of(const Attachment *att, const AttachSpec *spec,
                                  const FieldRef *col_fields, const FieldRef *field)
{
    for (size_t c = 0; c < att->n_columns; c++) {
        const FieldRef *f = &col_fields[c];
        if (att->columns[c].type == COL_TEXT || att->columns[c].type == COL_STT ||
            spec->gen.column_values[c].text || f->field != field->field)
            continue;
        if (f->field || (f->data_key && field->data_key && strcmp(f->data_key, field->data_key) == 0))
            return &att->columns[c];
    }
    return NULL;
}

/* 1 if text is a number in C notation, with a decimal point ("1234.5"). */
static int c_decimal(const char *text)
{
    double value;
    int decimals;
    return text && vi_parse_number(text, &value, &decimals) == VNUM_DOT_DECIMAL;
}

const char *att_group_title(Arena *arena, const Column *col, const FieldRef *field,
                            const FieldValue *fv)
{
    Cell cell = {0};
    char form[32] = "";
    if (col && att_fit_value(arena, col, fv, &cell, form) == FIT_OK && cell.text)
        return cell.text; /* one that does not fit: reported at resolve */
    Column date_col = {.type = COL_DATE}; /* a date prints dd/mm/yyyy everywhere */
    if (!col && !field->field && *fv->text && /* a built-in one prints khgen's phrase */
        att_fit_value(arena, &date_col, fv, &cell, form) == FIT_OK && cell.text)
        return cell.text;
    /* and a number written in C notation as numbers print: "1234.5"
     * headed its rows so, "1.234,5" another group (s28render F4); one
     * written otherwise ("20800", a code "04") as written */
    Column number_col = {.type = COL_DECIMAL, .decimals = -1};
    if (!col && !field->field && fv->is_number && c_decimal(fv->text) &&
        att_fit_value(arena, &number_col, fv, &cell, form) == FIT_OK && cell.text)
        return cell.text;
    return fv->text;
}

const char *att_group_key(Arena *arena, const Column *col, const FieldRef *field,
                          const char *key)
{
    Cell cell = {0};
    char form[32] = "";
    Column date_col = {.type = COL_DATE}; /* as att_group_title: a data date without a column */
    const Column *as = col ? col : !field->field && *key ? &date_col : NULL;
    if (as && att_fit_text(arena, as, key, &cell, form) == FIT_OK && cell.text)
        return cell.text;
    Column number_col = {.type = COL_DECIMAL, .decimals = -1}; /* and a data "1234.5" */
    if (!col && !field->field && c_decimal(key) &&
        att_fit_text(arena, &number_col, key, &cell, form) == FIT_OK && cell.text)
        return cell.text;
    return NULL;
}

/* The `data:` value a generated row's field shows, or NULL (a built-in field). */
static const Attr *data_attr(Source source, const void *item, const FieldRef *ref)
{
    const Attr *attrs = NULL;
    size_t n = 0;
    if (ref->field || !ref->data_key)
        return NULL;
    if (source == SRC_LOCALITIES) {
        attrs = ((const Locality *)item)->attrs;
        n = ((const Locality *)item)->n_attrs;
    } else if (source == SRC_TASKS) {
        attrs = ((const TaskItem *)item)->task->attrs;
        n = ((const TaskItem *)item)->task->n_attrs;
    }
    for (size_t i = 0; i < n; i++)
        if (strcmp(attrs[i].key, ref->data_key) == 0)
            return &attrs[i];
    return NULL;
}

void att_check_generated(Resolver *r, Source source, const Attachment *att,
                         const AttachSpec *spec, const FieldRef *col_fields, const void *item)
{
    for (size_t c = 0; c < att->n_columns; c++) {
        const Column *col = &att->columns[c];
        const Attr *attr = data_attr(source, item, &col_fields[c]);
        if (col->type == COL_TEXT || col->type == COL_STT || spec->gen.column_values[c].text ||
            !attr)
            continue;
        FieldValue fv = {.text = ""};
        query_value(&r->q, source, item, &col_fields[c], &fv);
        Cell cell = {0};
        char form[32] = "";
        CellFit fit = att_fit_value(r->arena, col, &fv, &cell, form);
        /* a number in quotes is text (README), as a figure over it says */
        int quoted = fit == FIT_OK && cell.is_number && !attr->is_number;
        if (fit == FIT_OK && !quoted)
            continue;
        const YNode *at = spec->gen.field_at && spec->gen.field_at[c]
                              ? spec->gen.field_at[c]
                              : spec->column_nodes ? spec->column_nodes[c] : spec->rows_node;
        if (quoted)
            diag_error(r->diags, attr->pos, attr->span, KH611,
                       "'%s' is a number but is written in quotes, which make it text: remove the "
                       "quotes (%s)", attr->key, fv.text);
        else
            att_report_fit(r->arena, r->diags, attr->pos, attr->span, col, fv.text, fit, form);
        diag_note(r->diags, at->pos, "the column '%s' that shows it", col->key);
        r->errors++;
    }
}

void att_check_generated_decimals(DiagSink *diags, Source source, const Attachment *att,
                                  const AttachSpec *spec, const FieldRef *col_fields,
                                  const void *item, unsigned char *warned)
{
    for (size_t c = 0; c < att->n_columns; c++) {
        if (warned[c] || att->columns[c].type != COL_TEXT || spec->gen.column_values[c].text)
            continue;
        const Attr *attr = data_attr(source, item, &col_fields[c]);
        if (!attr || !attr->is_number) /* a number in quotes is text on purpose */
            continue;
        int before = diag_warning_count(diags);
        att_warn_text_decimal(diags, attr->pos, attr->span, att, c, attr->text);
        warned[c] = diag_warning_count(diags) != before;
    }
}

int att_check_column_value(Resolver *r, const Column *col, const GenText *value)
{
    const char *p = value->text;
    while (p && *p == ' ')
        p++;
    if (!p || !*p || strchr(p, '{') || !value->at)
        return 0; /* blank, or a reference's text, known when it is printed */
    Cell cell = {0};
    char form[32] = "";
    CellFit fit = att_fit_text(r->arena, col, value->text, &cell, form);
    if (fit == FIT_OK)
        return 0;
    att_report_fit(r->arena, r->diags, value->at->pos, yread_span(value->at), col, value->text,
                   fit, form);
    return 1;
}

/* What attach_check_data_commas carries through the walk of the body. */
typedef struct DataCommas {
    DiagSink *diags;
    StrSet three;   /* the keys of decimal and percent columns of three decimals or more */
    int errors;
} DataCommas;

static void note_three_decimals(DataCommas *dc, const Attachment *att)
{
    for (size_t i = 0; att && i < att->n_columns; i++) {
        const Column *col = &att->columns[i];
        if ((col->type == COL_DECIMAL || col->type == COL_PERCENT) && col->decimals >= 3 &&
            col->key && *col->key)
            strset_add(&dc->three, col->key, 1);
    }
}

static void visit_table(void *data, const BodyPlace *place)
{
    if (place->node->kind == NODE_TABLE)
        note_three_decimals(data, place->node->table);
}

/* Reports each of attrs[0..n) read as a decimal that an English keyboard
 * writes as a whole number ("1,500"), unless a column of three decimals
 * has its key. */
static void report_data_commas(DataCommas *dc, const Attr *attrs, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (!attrs[i].comma_thousands || strset_find(&dc->three, attrs[i].key) != (size_t)-1)
            continue;
        Buf what = {0};
        buf_printf(&what, _("'%s' is"), attrs[i].key);
        attach_report_comma_thousands(dc->diags, attrs[i].pos, attrs[i].span, buf_str(&what),
                                      attrs[i].text);
        buf_free(&what);
        dc->errors++;
    }
}

static void visit_task_data(void *data, const BodyPlace *place)
{
    const Task *task = place->node->task;
    if (task)
        report_data_commas(data, task->attrs, task->n_attrs);
}

int attach_check_data_commas(DiagSink *diags, const Plan *plan)
{
    DataCommas dc = {.diags = diags};
    for (size_t i = 0; i < plan->n_attachments; i++)
        note_three_decimals(&dc, &plan->attachments[i]);
    plan_walk_body(plan->body, plan->n_body, visit_table, &dc);
    for (size_t i = 0; i < plan->n_localities; i++)
        report_data_commas(&dc, plan->localities[i].attrs, plan->localities[i].n_attrs);
    plan_walk_body(plan->body, plan->n_body, visit_task_data, &dc);
    strset_free(&dc.three);
    return dc.errors;
}
