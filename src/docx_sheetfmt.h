/* docx_sheetfmt.h - a worksheet cell's number as Excel shows it on a
 * Vietnamese Office (docx_sheetfmt.c), for the worksheets embedded in a
 * .docx (docx_sheet.c). */
#ifndef KHGEN_DOCX_SHEETFMT_H
#define KHGEN_DOCX_SHEETFMT_H

#include "util.h"

/* The format code of SpreadsheetML's built-in number format id (ECMA-376
 * Part 1, 18.8.30) as a Vietnamese Excel shows it (14, the short date:
 * "dd/mm/yyyy"); NULL for General (0) and for an id of no built-in
 * format, which Excel shows as General too. */
const char *docx_sheet_builtin(int id);

/* Appends to out the number v (a cell's stored double) as Excel shows it
 * under the number format code fmt (NULL or "General": General), with a
 * Vietnamese Windows' separators: '.' between thousands, ',' before the
 * decimals ("#,##0.00" of 1234567.5: "1.234.567,50"); a date or time
 * format shows v as a serial day (date1904: the workbook counts from
 * 1904-01-01, else from 1900 with Excel's 29 February 1900), "dd/mm/yyyy"
 * as "15/03/2025". Returns 1 when it wrote a date or time, else 0. What a
 * format may say that is not followed (a condition "[>100]", a fraction,
 * text between digit placeholders) is said in docx_sheetfmt.c. */
int docx_sheet_number(double v, const char *fmt, int date1904, Buf *out);

#endif
