/* figures_options.c - a figure's options that print what the figure is
 * not: pad= and decimals= against the numbers it adds up (KH501).
 *
 * pad= zero-pads a whole number: beside decimals=, or over a column of
 * decimals, the figure printed decimals and pad= did nothing, without a
 * word (s15attack); a sum the data make a decimal is check_result's
 * (figures.c). decimals= on a count is refused where the options are
 * read; on a sum of whole numbers - a table's int or year column, a
 * locality's criteria_met, criteria_planned, criteria_total, target_year
 * or n_criteria, a list's count - it printed "42,00 hộ", digits a count
 * of households never has (s26attack L8): the same error as on a count.
 * A `data:` key may hold decimals and is left alone, as is `{avg}`,
 * whose quotient has them.
 *
 * stated= prints as written, so it must be written as the figure prints:
 * "stated=13,0" on a count printed "13,0", decimals no count has, and
 * "pad=3 stated=13" printed "13", the pad silently not applied
 * (s30attack). The first is the error decimals= gets there (KH501), the
 * second the error of a stated value not written as printed (KH504), with
 * the form vi_put_int pads to.
 */
#include "figures_impl.h"

#include <string.h>

#include "query.h"
#include "vi.h"

/* 1 if the field fig adds up holds whole numbers only, as its type says. */
static int sums_whole_numbers(const Figure *fig)
{
    if (fig->subject == OVER_ROWS) {
        if (fig->field_column < 0)
            return 0;
        ColType type = fig->att->columns[fig->field_column].type;
        return type == COL_INT || type == COL_YEAR;
    }
    const Field *field = fig->field.field;
    return field && !fig->field.data_key && (field->kind == QV_NUMBER || field->kind == QV_LIST);
}

void fig_check_option_fit(Reporter *r, const Figure *fig)
{
    if (fig->pad && fig->kind == FIG_SUM && fig->decimals >= 0)
        fig_report(r, DIAG_ERROR, KH501, "'pad' zero-pads a whole number, and 'decimals=%d' "
                   "prints decimals: keep one of the two", fig->decimals);
    else if (fig->pad && fig->kind == FIG_SUM && fig->subject == OVER_ROWS &&
             fig->field_column >= 0 &&
             (fig->att->columns[fig->field_column].type == COL_DECIMAL ||
              fig->att->columns[fig->field_column].type == COL_PERCENT))
        fig_report(r, DIAG_ERROR, KH501, "'pad' zero-pads a whole number, and column '%s' of "
                   "attachment '%s' holds decimals (type: %s): remove 'pad=%d'", fig->field_text,
                   fig->att->id,
                   fig->att->columns[fig->field_column].type == COL_DECIMAL ? "decimal"
                                                                            : "percent",
                   fig->pad);
    else if (fig->kind == FIG_SUM && fig->decimals > 0 && fig->has_field &&
             sums_whole_numbers(fig))
        fig_report(r, DIAG_ERROR, KH501, "'decimals=%d' prints decimals on a sum of whole "
                   "numbers ('%s' holds whole numbers, and so does their sum): delete it",
                   fig->decimals, fig->field_text);
    if (!fig->stated)
        return;
    int whole = fig->kind == FIG_COUNT ||
                (fig->kind == FIG_SUM && fig->has_field && sums_whole_numbers(fig));
    if (fig->stated_decimals > 0 && (whole || fig->pad)) {
        fig_report(r, DIAG_ERROR, KH501, "stated value '%s' has decimals, and this figure "
                   "prints a whole number: write it without them", fig->stated);
    } else if (fig->pad && fig->stated_decimals == 0) {
        Buf printed = {0};
        vi_put_int(&printed, (long long)fig->stated_value, fig->pad);
        if (strcmp(printed.data, fig->stated) != 0)
            fig_report(r, DIAG_ERROR, KH504, "stated value '%s' is not written as printed: "
                       "'pad=%d' prints it '%s'; write that", fig->stated, fig->pad,
                       printed.data);
        buf_free(&printed);
    } else if (!fig->pad) {
        /* "0016,5" printed as written: zeros no figure prints ("04", a
         * count's two digits as documents write them, stays; s35attack) */
        const char *s = fig->stated + (fig->stated[0] == '-'), *d = s;
        size_t digits = strspn(s, "0123456789");
        while (d[0] == '0' && d + 1 < s + digits)
            d++;
        if (d > s && (digits > 2 || s[digits] == ','))
            fig_report(r, DIAG_ERROR, KH504, "stated value '%s' is not written as printed: "
                       "write '%s%s'", fig->stated, fig->stated[0] == '-' ? "-" : "", d);
    }
}

void fig_report_comma_thousands(Reporter *r, const char *key, const char *alt)
{
    Buf whole = {0}, decimal = {0};
    for (const char *c = alt; *c; c++)
        buf_putc(&whole, *c == ',' ? '.' : *c);
    vi_comma_decimal(&decimal, alt);
    fig_report(r, DIAG_ERROR, KH504,
               "'%s' is compared with '%s', which reads two ways: %s in khgen's numbers (the "
               "comma is the decimal mark), or %s if the comma groups thousands, as an English "
               "keyboard writes them; the figure counts other things by each: write %s for the "
               "whole number, or %s for the decimal",
               key, alt, decimal.data, whole.data, whole.data, decimal.data);
    buf_free(&whole);
    buf_free(&decimal);
}
