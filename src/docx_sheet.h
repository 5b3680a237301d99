/* docx_sheet.h - an Excel worksheet embedded in a .docx, read as the Word
 * table Word shows of it (docx_sheet.c). */
#ifndef KHGEN_DOCX_SHEET_H
#define KHGEN_DOCX_SHEET_H

#include <stddef.h>

#include <libxml/tree.h>

#include "util.h"

/* What one embedded worksheet may show and hold: its visible range's
 * rows and columns, the text of its cells together (a shared string of
 * 1 MB in each of 10,000 cells is 10 GB of plan). */
enum { DOCX_SHEET_MAX_ROWS = 10000, DOCX_SHEET_MAX_COLS = 64 };
#define DOCX_SHEET_MAX_TEXT (4u << 20)

/* The .xlsx package data[0..len) (the part an embedded worksheet object's
 * relationship names) read as the WordprocessingML table Word shows of it:
 * the cells of its visible range (the workbook's oleSize on its active
 * sheet, down to the cells in it that hold a value; else that sheet's
 * cells that hold a value), hidden rows and
 * columns left out, each cell's text as Excel shows it (docx_sheetfmt.c:
 * numbers and dates under their number format, a formula's cached value),
 * merged cells as w:gridSpan and w:vMerge, a cell centred when Excel
 * centres it or shows a number in General alignment. The elements are
 * w:tbl's without a namespace (docx_tree.c reads any prefix); free with
 * xmlFreeNode. Each part is unpacked within IMPORT_MAX_PART and taken
 * from *budget (what the embedded documents may still unpack together).
 * NULL, quietly, when it cannot be read, with *why (arena text) saying
 * why: no zip or a damaged one, a part past a limit, no worksheet, a
 * cell naming a shared string past the table, a
 * range past DOCX_SHEET_MAX_ROWS or _COLS, cells of more text than
 * DOCX_SHEET_MAX_TEXT. */
xmlNode *docx_sheet_table(Arena *arena, const char *data, size_t len, size_t *budget,
                          const char **why);

#endif
