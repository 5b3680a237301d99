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
 */
#include "figures_impl.h"

#include "query.h"

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
}
