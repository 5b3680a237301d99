/* outputs.h - writing one plan's outputs all-or-nothing.
 *
 * A build renders every format of a plan into memory first (a Buf each:
 * .md, .html, .xlsx, .docx, .pdf, ...), then hands them here together.
 * outputs_write_all() writes each to an unnamed temporary file in the
 * output directory (O_TMPFILE: nothing to clean up if the process is killed
 * at that point; a named temporary where the file system has no O_TMPFILE),
 * fsyncs them all, and only when every one is complete gives each a short
 * temporary name and renames them over the final names, one after the
 * other, with nothing in between, under a journal that the next build into
 * the directory completes should this one be killed half-way (outputs.c).
 * On any failure none is renamed and no temporary file is left. After success, a format that was asked for but
 * the plan no longer produces (a workbook without attachments) is removed,
 * so no stale output sits beside the new ones.
 *
 * Temporary names are never longer than the final names (a 255-byte plan
 * name still builds), and files get the mode 0666 less the umask, as any
 * program's output does.
 *
 * A new format is one more OutputFile in the caller's array.
 */
#ifndef KHGEN_OUTPUTS_H
#define KHGEN_OUTPUTS_H

#include <stddef.h>

#include "diag.h"
#include "util.h"

typedef struct OutputFile {
    const char *ext;         /* "md", "html", ...: the file is DIR/NAME.ext */
    const Buf *data;         /* the contents; NULL: this format is not produced
                              * (an earlier build's file is removed on success) */
} OutputFile;

/* Completes or undoes what a build killed during its commit left in dir
 * (its journal, .khgen-commit-*; outputs.c describes it), so that dir holds
 * that build's old set of outputs or its new one, and no temporary. Runs at
 * the start of every build into dir and of outputs_write_all; touches
 * nothing else, and leaves a commit in progress in another process alone. */
void outputs_recover(const char *dir);

/* Writes files[0..n) as DIR/NAME.ext, all or none (see above). Reports
 * KH901 naming the file and the reason on failure (the name is copied into
 * arena, which must outlive the next diag_flush). Returns 0 or -1. */
int outputs_write_all(DiagSink *diags, Arena *arena, const char *dir, const char *name,
                      const OutputFile *files, size_t n);

#endif
