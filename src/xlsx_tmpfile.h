/* xlsx_tmpfile.h - unnamed files for the workbook and its parts
 * (xlsx_tmpfile.c: khgen's own lxw_tmpfile, so that libxlsxwriter's
 * temporary files never have a name a killed build could leave behind).
 */
#ifndef KHGEN_XLSX_TMPFILE_H
#define KHGEN_XLSX_TMPFILE_H

#include <stdio.h>

/* An unnamed memory file (memfd_create, close-on-exec) called name for
 * /proc's listings; -1 where the system has none. */
int xlsx_memfd(const char *name);

#endif
