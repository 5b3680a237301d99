/* attach_slips.c - a table's value that is valid but reads as a slip:
 * a totals label that is a mistyped boolean (KH633), a percent column
 * written as Excel's fractions (KH634) and a column to sum in a table with
 * no totals row (KH641), and a percent column whose header already says
 * '%' (KH642).
 *
 * `totals: ture` is a label: the table printed a totals row labelled
 * "ture" without a word (s26attack L7). A label that is `true` or
 * `false` in another case, a letter off, or YAML 1.1's yes/no/on/off is
 * warned at with the boolean it is near, and so is a plain `0` or `1`,
 * a switch written as a number, which printed a totals row labelled "0"
 * (s38types). A percent column takes the
 * percentage (92.1 is 92,1%); a column copied from a workbook holds the
 * fractions Excel stores (0.0229 for 2,29%), which printed "0,0229%"
 * (s26attack L6): when every written value is under 1, some not 0, and
 * none written with its '%', the first is warned at with the value to
 * write. A text column (no `type`) prints a value as written: a number
 * written in C notation, "1234.5" or "0.125" unquoted in a row or a
 * `data:`, printed so in the document, whose numbers are "1.234,5" and
 * "0,125" (a reader takes its dot for a thousands dot: "0.125" for 125),
 * exit 0 (s28render F3): the first such value of each text column is
 * warned at with the column's type to give (KH636); a value in quotes is
 * text on purpose (an indicator's code, "17.12"). All are warnings: the
 * table is built as written.
 *
 * A column marked `total: true` in a table with no `totals` line (neither
 * the plan's nor its preset's) is summed by nothing: the totals row is
 * the table's `totals: true`, and without it the document, the HTML and
 * the workbook printed the rows alone, exit 0, where the plan asked for
 * the sum (s54user F1: a ward's Biểu of households per khu phố). The
 * first such column of the plan's own is warned at (KH641), once a
 * table; an explicit `totals: false` or `~` is the drafter's choice and
 * not warned, nor a preset's column, whose file is not the drafter's.
 *
 * A `percent` column prints each value with its sign, "96,6%"; under a
 * header that gives the unit itself, "Tỷ lệ (%)" (or a group "Tỷ lệ
 * %"), the sign was printed twice over, in every row, as no official
 * writes a table (s54user F4): the header or group of the plan's own
 * that holds a '%' is warned at (KH642), with `type: decimal`, which
 * prints the bare number, or the header without it.
 *
 * A line '- id: bieu02' written twice made an attachment of its id alone
 * above the whole one: three KH602 (no label, title, columns) and a KH200
 * for the duplicate id, four messages for one line (s43msg's sweep); it is
 * told once, as the line written twice (att_id_line_pasted).
 *
 * A column named by its key whose next column's line, indented further
 * than its '- ', YAML joined to it ("name_full" over "  - n_criteria" read
 * as 'name_full - n_criteria') gave KH606 at it and KH021 at the line
 * joined, and KH617 at the preset's 'totals' when the column lost was the
 * one to sum (s47slips): it is told once, as the join
 * (att_column_joined).
 */
#include "attach_impl.h"

#include <string.h>

#include "diag.h"
#include "i18n.h"
#include "load.h"
#include "suggest.h"
#include "vi.h"
#include "yread.h"

int att_id_line_pasted(DiagSink *diags, const YNode *list, size_t i)
{
    return yread_id_line_pasted(diags, list, i, N_("an attachment"));
}

void att_check_totals_label(DiagSink *diags, const YNode *label)
{
    static const char *const booleans[] = {"true", "false"};
    static const char *const yaml11[] = {"yes", "on", "no", "off"};
    const char *text = label->text;
    const char *near = NULL;
    for (size_t i = 0; i < 4 && !near; i++)
        if (vi_same_ignoring_case(text, yaml11[i]))
            near = booleans[i >= 2];
    for (size_t i = 0; i < 2 && !near; i++) /* "True", or "true" quoted */
        if (vi_same_ignoring_case(text, booleans[i]))
            near = booleans[i];
    if (!near && strlen(text) <= 8) /* "ture", "flase": a label is longer */
        near = suggest_best(text, booleans, 2);
    if (!near && label->style == YSTYLE_PLAIN && (!strcmp(text, "0") || !strcmp(text, "1")))
        near = booleans[text[0] == '0']; /* a switch written as a number (s38types) */
    if (!near)
        return;
    if (strcmp(near, "true") == 0)
        diag_warning(diags, label->pos, yread_span(label), KH633,
                     "'totals: %s' prints a totals row labelled '%s': write 'totals: true' for "
                     "the row labelled \"Tổng cộng\", or the label in full (totals: Tổng số)",
                     text, text);
    else
        diag_warning(diags, label->pos, yread_span(label), KH633,
                     "'totals: %s' prints a totals row labelled '%s': write 'totals: false' (or "
                     "delete the line) for no totals row, or 'totals: true' for one",
                     text, text);
}

/* The node of row item that column c of att fills, or NULL. */
static const YNode *value_node(const Attachment *att, const YNode *item, size_t c)
{
    if (item->kind == YNODE_MAP)
        return ynode_get(item, att->columns[c].key);
    if (item->kind != YNODE_SEQ)
        return NULL;
    size_t k = 0;
    for (size_t i = 0; i < c; i++)
        k += att->columns[i].type != COL_STT;
    return k < item->count ? item->items[k] : NULL;
}

/* Column c of att as a message names it: its key in quotes, or its place
 * (1 for the first) when it has none: a column without a key, kept since
 * s37low2 (KH602), was named '' (s38review L5). */
static void put_column_named(Buf *out, const Attachment *att, size_t c)
{
    const char *key = att->columns[c].key;
    if (key && key[0])
        buf_printf(out, "'%s'", key);
    else
        buf_printf(out, "%zu", c + 1);
}

void att_check_percent_fractions(DiagSink *diags, const Attachment *att, const YNode *list)
{
    for (size_t c = 0; c < att->n_columns; c++) {
        if (att->columns[c].type != COL_PERCENT)
            continue;
        const YNode *first = NULL;
        double first_value = 0;
        int fractions = 1;
        for (size_t i = 0; i < list->count && fractions; i++) {
            const YNode *v = value_node(att, list->items[i], c);
            double value;
            if (!v || v->kind != YNODE_SCALAR || att_parse_number_text(v->text, 1, &value) != 0)
                continue; /* blank, text or refused: not a number of the column */
            if (strchr(v->text, '%') || !(value >= 0 && value < 1))
                fractions = 0; /* "0,5%" is meant; 2.29 is a percentage */
            else if (value > 0 && !first) {
                first = v;
                first_value = value;
            }
        }
        if (!fractions || !first)
            continue;
        Buf meant = {0}, printed = {0}, signed_form = {0}, named = {0};
        put_column_named(&named, att, c);
        vi_put_decimal(&meant, first_value * 100, -1);
        attach_put_number(&printed, &att->columns[c], first_value);
        vi_put_decimal(&signed_form, first_value, -1);
        buf_putc(&signed_form, '%');
        diag_warning(diags, first->pos, yread_span(first), KH634,
                     "every value of the percent column %s is under 1, as Excel stores "
                     "percentages ('%s' prints %s): write the percentage, %s for %s%%; or, "
                     "for percentages under 1%%, write each with its sign ('%s')",
                     buf_str(&named), first->text, buf_str(&printed), buf_str(&meant),
                     buf_str(&meant), buf_str(&signed_form));
        buf_free(&named);
        buf_free(&printed);
        buf_free(&signed_form);
        buf_free(&meant);
    }
}

void att_warn_text_decimal(DiagSink *diags, SrcPos pos, int span, const Attachment *att,
                           size_t c, const char *text)
{
    double value;
    int decimals;
    if (!text || vi_parse_number(text, &value, &decimals) != VNUM_DOT_DECIMAL)
        return;
    Buf shown = {0}, named = {0};
    vi_put_decimal(&shown, value, decimals);
    put_column_named(&named, att, c);
    diag_warning(diags, pos, span, KH636,
                 "the text column %s prints '%s' as written, with a decimal point, where the "
                 "document writes the number '%s': give the column 'type: decimal', or write "
                 "the value in quotes if it is a code",
                 buf_str(&named), text, buf_str(&shown));
    buf_free(&shown);
    buf_free(&named);
}

void att_check_text_decimals(DiagSink *diags, const Attachment *att, const YNode *list)
{
    for (size_t c = 0; c < att->n_columns; c++) {
        if (att->columns[c].type != COL_TEXT)
            continue;
        for (size_t i = 0; i < list->count; i++) {
            const YNode *v = value_node(att, list->items[i], c);
            double value;
            int decimals;
            if (v && v->kind == YNODE_SCALAR && v->style == YSTYLE_PLAIN &&
                vi_parse_number(v->text, &value, &decimals) == VNUM_DOT_DECIMAL) {
                att_warn_text_decimal(diags, v->pos, yread_span(v), att, c, v->text);
                break; /* the first of the column: one mistake, one message */
            }
        }
    }
}

void att_check_unsummed(DiagSink *diags, const Attachment *att, const AttachSpec *spec)
{
    if (att->has_totals || ynode_get(spec->node, "totals") ||
        ynode_get(spec->preset_root, "totals") || !spec->column_nodes)
        return;
    for (size_t c = 0; c < att->n_columns; c++) {
        const YNode *total = ynode_get(spec->column_nodes[c], "total");
        if (!att->columns[c].total || !total || !total->pos.file || !spec->node->pos.file ||
            strcmp(total->pos.file, spec->node->pos.file) != 0)
            continue; /* not summed, or summed in a preset's file */
        Buf named = {0};
        put_column_named(&named, att, c);
        diag_warning(diags, total->pos, yread_span(total), KH641,
                     "column %s has 'total: true', but its table has no 'totals' line: no "
                     "totals row is printed, and nothing sums the column; add 'totals: true' "
                     "(the row \"Tổng cộng\") or 'totals: LABEL' to the table, or delete "
                     "'total: true'",
                     buf_str(&named));
        buf_free(&named);
        return; /* one table, one message */
    }
}

void att_check_percent_header(DiagSink *diags, const Attachment *att, const char *file)
{
    for (size_t c = 0; c < att->n_columns; c++) {
        const Column *col = &att->columns[c];
        const YNode *at = col->header && strchr(col->header, '%') ? col->header_node
                          : col->group && strchr(col->group, '%') ? col->group_node : NULL;
        if (col->type != COL_PERCENT || !at || !at->pos.file || !file || strcmp(at->pos.file, file) != 0)
            continue; /* not a percent column, no '%' over it, or a preset's */
        Buf named = {0};
        put_column_named(&named, att, c);
        diag_warning(diags, at->pos, yread_span(at), KH642,
                     "the percent column %s prints each value with its sign ('96,6%%') under "
                     "'%s', which gives the unit already: the sign is printed twice over; give "
                     "the column 'type: decimal' (its values print '96,6'), or take the '%%' out "
                     "of the header",
                     buf_str(&named), at->text);
        buf_free(&named);
    }
}

int att_column_joined(DiagSink *diags, const YNode *item)
{
    const char *join = load_joined_at(item);
    int line = join ? load_joined_withdraw(diags, item) : 0;
    if (!line)
        return 0;
    diag_error(diags, item->pos, yread_span(item), KH606,
               "the column '%.*s' has the line under it (line %d) joined to it: indented "
               "further than its '- ', it is read as more of its key, '%s', a column no preset "
               "has; indent that line as the other columns", (int)(join - item->text),
               item->text, line, item->text);
    return 1;
}
