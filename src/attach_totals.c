/* attach_totals.c - what the back ends ask of a parsed table: how many
 * header rows it prints (two when a column has a group), the sum a totals
 * row prints for a column (as the workbook holds each cell, covered cells
 * of a merge left out), the totals row's label, and the first column to
 * sum. Moved out of attach.c (at its size limit) unchanged. Reads the
 * Attachment only; stage 5's helpers.
 */
#include "attach_impl.h"

int attach_header_rows(const Attachment *att)
{
    for (size_t c = 0; c < att->n_columns; c++)
        if (att->columns[c].group)
            return 2;
    return 1;
}

double attach_column_total(const Attachment *att, size_t col)
{
    double sum = 0, carry = 0;
    for (size_t r = 0; r < att->n_rows; r++) {
        const Row *row = &att->rows[r];
        if (row->is_group || !row->cells[col].is_number || attach_cell_covered(att, r, col))
            continue;
        /* as the workbook holds it: a "-0,0" is 0 in the sum too */
        vi_sum_add(&sum, &carry, attach_workbook_value(&att->columns[col], row->cells[col].number));
    }
    return sum + carry;
}

const char *attach_totals_label(const Attachment *att)
{
    return att->totals_label && *att->totals_label ? att->totals_label : "Tổng cộng";
}

size_t attach_first_total_column(const Attachment *att)
{
    for (size_t c = 0; c < att->n_columns; c++)
        if (att->columns[c].total)
            return c;
    return att->n_columns;
}
