/* xlsx_tmpfile.c - the files libxlsxwriter writes a workbook's parts to,
 * unnamed.
 *
 * libxlsxwriter writes each worksheet, the shared strings and the other
 * parts of a workbook to a temporary file before it zips them, through its
 * public function lxw_tmpfile(). Debian's build makes those files with the
 * library's own tmpfileplus: a name "tmp.XXXXXXXXXX" created in TMPDIR,
 * else /tmp, else the current directory, and unlinked a moment later. A
 * build killed in that moment (kill -9, or Ctrl-C, SIGTERM, which end a
 * build at once while it renders) left that file behind; with TMPDIR and
 * /tmp read-only (a sandbox, a service's read-only /tmp) the parts went to
 * the directory khgen was run in, the plan's git repository, one "tmp.*"
 * after another (s27outputs F1). khgen defines lxw_tmpfile itself (the
 * library calls it through its procedure linkage table, so this definition
 * is the one it gets, as a program's malloc is libc's): each part goes to
 * an unnamed memory file (memfd), which has no name to leave anywhere;
 * where there is no memfd, to an unnamed file (O_TMPFILE) in the directory
 * asked for, TMPDIR or /tmp; only where neither exists to the C library's
 * tmpfile(). The workbook itself also goes to a memory file
 * (xlsx_memfd, render_xlsx.c's open_book).
 *
 * Stage: 6 (write), under libxlsxwriter.
 */
#define _GNU_SOURCE 1 /* memfd_create, O_TMPFILE */
#include "xlsx_tmpfile.h"

#include <fcntl.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

int xlsx_memfd(const char *name)
{
#ifdef MFD_CLOEXEC
    return memfd_create(name, MFD_CLOEXEC);
#else
    (void)name;
    return -1;
#endif
}

/* An unnamed file in dir (O_TMPFILE), -1 where there is none. */
static int unnamed_in(const char *dir)
{
#ifdef O_TMPFILE
    if (dir && *dir)
        return open(dir, O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
#else
    (void)dir;
#endif
    return -1;
}

/* libxlsxwriter's lxw_tmpfile (xlsxwriter/utility.h): a temporary file
 * for one part of a workbook, read back and closed by the library. */
FILE *lxw_tmpfile(char *tmpdir);
FILE *lxw_tmpfile(char *tmpdir)
{
    int fd = xlsx_memfd("khgen-xlsx-part");
    if (fd < 0)
        fd = unnamed_in(tmpdir);
    if (fd < 0)
        fd = unnamed_in(getenv("TMPDIR"));
    if (fd < 0)
        fd = unnamed_in("/tmp");
    if (fd < 0)
        return tmpfile();
    FILE *f = fdopen(fd, "w+b");
    if (!f)
        close(fd);
    return f;
}
