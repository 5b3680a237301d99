/* xlsx_patch.h - what libxlsxwriter cannot write, added to a finished
 * workbook. */
#ifndef KHGEN_XLSX_PATCH_H
#define KHGEN_XLSX_PATCH_H

#include "util.h"

/* Marks every worksheet of the workbook at path (written by libxlsxwriter,
 * closed) to print no header or footer on its first page
 * (<headerFooter differentFirst="1">, with no first-page footer), as the
 * decree numbers pages from the second on. Rewrites the file in place;
 * the entries it changes get the fixed DOS time 1980-01-01 00:00, so the
 * bytes depend on the content alone. Returns 0, or -1 with a reason
 * appended to err. */
int xlsx_first_page_unnumbered(const char *path, Buf *err);

#endif
