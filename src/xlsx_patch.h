/* xlsx_patch.h - what libxlsxwriter cannot write, added to a finished
 * workbook. */
#ifndef KHGEN_XLSX_PATCH_H
#define KHGEN_XLSX_PATCH_H

#include <stddef.h>

#include "util.h"

/* Marks every worksheet of the workbook zip[0..len) (as libxlsxwriter
 * writes it, closed) to print no header or footer on its first page
 * (<headerFooter differentFirst="1">, with no first-page footer), as the
 * decree numbers pages from the second on, and appends the patched
 * archive to out. Only the end of each worksheet part is compressed
 * again, the rest of the archive is copied byte for byte, so the bytes
 * depend on the input alone. The caller keeps zip and owns out. Returns
 * 0, or -1 with a reason appended to err and out as it was. */
int xlsx_first_page_unnumbered(const char *zip, size_t len, Buf *out, Buf *err);

#endif
