/* attach_wide.c - an attachment whose numbers the page has no room for
 * (KH635).
 *
 * The .docx and the HTML scale a table's columns to the page's text width
 * (colwidth.c balances them first: long texts wrap, then give up width
 * below their longest word). A table of many number columns (30 columns
 * of yearly figures) still needs more than a landscape page holds, and
 * every column shrank alike: a total "100" printed "10" over "0", a date
 * over two lines, in LibreOffice's and Chromium's print alike, exit 0 and
 * no word (s26print). Nothing the layout can do keeps such a number whole
 * at the table's font size, so the build says so, once per table, for the
 * formats that print it (the workbook prints it fitted to one page wide);
 * a table in the body, on the body's portrait page, the same.
 */
#include "attach_impl.h"

#include <math.h>

#include "colwidth.h"
#include "diag.h"

/* KH635 at att's first number column the page (A4 less the plan's own
 * margins, layout) has no room for, if any.
 * caption is a body table's (NULL for an attachment). */
static void warn_table(const Attachment *att, const char *caption, const Layout *layout,
                       DiagSink *diags)
{
    double need = 0, room = 0;
    size_t c = table_number_overflow(att, layout, &need, &room);
    if (c >= att->n_columns)
        return;
    const Column *col = &att->columns[c];
    const char *name = col->header && *col->header ? col->header : col->key ? col->key : "";
    SrcPos pos = col->pos.file ? col->pos : att->pos;
    need = ceil(need); /* whole points, never "needs 18 pt of 18 pt" */
    room = floor(room);
    if (room < 0) /* a share smaller than the cell's padding holds no text:
                     "-8 pt" (s31attack) is 0 pt of room */
        room = 0;
    if (caption)
        diag_warning(diags, pos, 1, KH635,
                     "the table '%s' in the body is too wide for its page: a value of column "
                     "'%s' needs %.0f pt and the column's share of the portrait page is %.0f pt, "
                     "so its numbers print broken over two lines in the .docx, the .html and the "
                     "PDF; split the table into two, or move it to an attachment printed landscape",
                     caption, name, need, room);
    else if (att->landscape)
        diag_warning(diags, pos, 1, KH635,
                     "%s is too wide for its page: a value of column '%s' needs %.0f pt and "
                     "the column's share of the landscape page is %.0f pt, so its numbers "
                     "print broken over two lines in the .docx, the .html and the PDF; split "
                     "the table into two of fewer columns, each with the same first column",
                     att->label ? att->label : "", name, need, room);
    else
        diag_warning(diags, pos, 1, KH635,
                     "%s is too wide for its page: a value of column '%s' needs %.0f pt and "
                     "the column's share of the portrait page is %.0f pt, so its numbers "
                     "print broken over two lines in the .docx, the .html and the PDF; print "
                     "it landscape ('orientation: landscape'), or split the table into two",
                     att->label ? att->label : "", name, need, room);
}

void attach_warn_narrow_numbers(const Plan *plan, DiagSink *diags)
{
    attach_fill_texts(plan); /* the cells, if no back end asked yet */
    for (size_t a = 0; a < plan->n_attachments; a++)
        warn_table(&plan->attachments[a], NULL, &plan->layout, diags);
    const AttachState *state = att_state_of(plan);
    for (size_t i = 0; state && i < state->n_tables; i++) { /* the tables in the body */
        const AttachSpec *spec = state->tables[i];
        const char *caption = spec->owner && spec->owner->title ? spec->owner->title : "";
        warn_table(spec->table, caption, &plan->layout, diags);
    }
}
