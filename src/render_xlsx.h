/* render_xlsx.h - the attachment workbook (.xlsx), through libxlsxwriter.
 *
 * One worksheet per attachment, in the plan's order, named by its label
 * ("Biểu 01", made a valid and unique Excel sheet name), laid out as an
 * attachment of an official document: the label, the upper-case title and
 * the italic "(Kèm theo Kế hoạch số .../KH-UBND ngày ... của ...)" line
 * above the table; bordered, wrapped header rows (grouped headers merged
 * over two rows) repeated on every printed page; panes frozen below them;
 * STT numbering and group rows as attach.c computed them; merged cells;
 * a totals row with SUM formulas where the table declares one; Times New
 * Roman 12; A4 in the declared orientation, fit to one page wide, page
 * numbers in the footer. Cells keep their types (numbers, percentages,
 * dates); text is always written as a string, never as a formula.
 *
 * The file is byte-for-byte reproducible: its creation time is created.c's
 * (SOURCE_DATE_EPOCH when set, else the plan's date).
 */
#ifndef KHGEN_RENDER_XLSX_H
#define KHGEN_RENDER_XLSX_H

#include "diag.h"
#include "plan.h"
#include "template.h"

/* Writes the workbook of plan's attachments to out_path, atomically: the
 * workbook is written to a temporary file in the same directory and renamed
 * over out_path only when complete; on any failure the temporary is removed
 * and an existing out_path is left untouched. A plan without attachments
 * writes nothing. templates gives the wording of the line under the title.
 * Returns 0, or -1 after reporting KH901. */
int render_xlsx(const Plan *plan, TemplateSet *templates, const char *out_path, DiagSink *diags);
/* The same workbook into out (appended) instead of a file: made in a
 * private directory under $TMPDIR and removed; out_path only names it in
 * messages. Nothing is appended for a plan without attachments. Returns 0,
 * or -1 after reporting KH901. */
int render_xlsx_buf(const Plan *plan, TemplateSet *templates, const char *out_path,
                    DiagSink *diags, Buf *out);


/* Writes the Excel sheet name for label into out (size >= 128 bytes): at
 * most 31 characters, none of []:*?/\, no apostrophe at either end, not
 * empty. Uniqueness is the caller's business. Exposed for the tests. */
void render_xlsx_sheet_name(const char *label, char *out, size_t size);

#endif
