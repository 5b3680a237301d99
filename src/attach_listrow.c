/* attach_listrow.c - a written row given as a list of values (KH610, KH625),
 * and an empty one given as a mapping (`{}`, KH625).
 *
 * A list row fills the table's columns in order, STT left to khgen. One
 * with more values than columns to fill is an error (KH610); one with
 * fewer printed its last columns blank without a word (attack 8 L9), so
 * it is a warning at the row that names the columns left blank. A blank
 * cell written as "" is a value like any other and stays silent.
 */
#include "attach_impl.h"

#include "diag.h"
#include "i18n.h"
#include "util.h"

int att_check_list_row(DiagSink *diags, const Attachment *att, const YNode *row,
                       size_t n_data)
{
    if (row->count > n_data && n_data < att->n_columns)
        diag_error(diags, row->pos, yread_span(row), KH610,
                   i18n_ntr("this row has %zu values but the table has %zu column to fill (STT "
                            "is numbered by khgen): write \"\" for each blank cell",
                            "this row has %zu values but the table has %zu columns to fill (STT "
                            "is numbered by khgen): write \"\" for each blank cell",
                            (unsigned long)n_data),
                   (size_t)row->count, n_data);
    else if (row->count > n_data) /* no STT column: none named (s37review L4) */
        diag_error(diags, row->pos, yread_span(row), KH610,
                   i18n_ntr("this row has %zu values but the table has %zu column: write \"\" "
                            "for each blank cell, and one value per column",
                            "this row has %zu values but the table has %zu columns: write \"\" "
                            "for each blank cell, and one value per column",
                            (unsigned long)n_data),
                   (size_t)row->count, n_data);
    if (row->count > n_data)
        return 1;
    if (row->count == n_data)
        return 0;
    Buf missing = {0};
    size_t k = 0;
    for (size_t c = 0; c < att->n_columns; c++) {
        if (att->columns[c].type == COL_STT || k++ < row->count)
            continue;
        const Column *col = &att->columns[c]; /* a keyless one (KH602) by its header */
        buf_printf(&missing, "%s'%s'", missing.len ? ", " : "", *col->key ? col->key : col->header);
    }
    diag_warning(diags, row->pos, yread_span(row), KH625,
                 i18n_ntr("this row leaves %s blank: it fills %zu of %zu column (write \"\" "
                          "for a blank cell)",
                          "this row leaves %s blank: it fills %zu of %zu columns (write \"\" "
                          "for a blank cell)", (unsigned long)n_data),
                 buf_str(&missing), (size_t)row->count, n_data);
    buf_free(&missing);
    return 0;
}

void att_check_map_row(DiagSink *diags, const YNode *row)
{
    if (row->count == 0) /* as `[]`: 0 of the columns filled */
        diag_warning(diags, row->pos, yread_span(row), KH625,
                     "this row is empty ({}): it prints a numbered row with every cell blank; "
                     "write its values, or delete it");
}
