/* outputs.h - writing one plan's outputs all-or-nothing.
 *
 * A build hands each format of a plan here as soon as it is rendered (a Buf
 * each: .md, .html, .xlsx, .docx, .pdf, ...; outputs_add), so that its text
 * can be freed before the next format is rendered: memory holds one format
 * at a time, not all of them. Each is written at once to an unnamed
 * temporary file in the output directory (O_TMPFILE: nothing to clean up if
 * the process is killed at that point; a named temporary where the file
 * system has no O_TMPFILE) and fsynced. Only when every one is complete
 * (outputs_commit) does each get a short temporary name, and they are
 * renamed over the final names, one after the other, with nothing in
 * between, under a journal that the next build into the directory
 * completes should this one be killed half-way (outputs.c). On any failure
 * none is renamed and no temporary file is left.
 * After success, a format that was asked for but the plan no longer
 * produces (a workbook without attachments) is removed, so no stale output
 * sits beside the new ones.
 *
 * Temporary names are never longer than the final names (a 255-byte plan
 * name still builds), and files get the mode 0666 less the umask, as any
 * program's output does.
 *
 * A new format is one more outputs_add in the caller.
 */
#ifndef KHGEN_OUTPUTS_H
#define KHGEN_OUTPUTS_H

#include <stddef.h>

#include "diag.h"
#include "util.h"

/* Completes or undoes what a build killed during its commit left in dir
 * (its journal, .khgen-commit-*; outputs.c describes it), so that dir holds
 * that build's old set of outputs or its new one, and no temporary. Runs at
 * the start of every build into dir and in outputs_begin; touches nothing
 * else, and leaves a commit in progress in another process alone. */
void outputs_recover(const char *dir);

/* One plan's outputs under way: temporaries written, none renamed yet. */
typedef struct OutputSet OutputSet;

/* Starts the outputs of DIR/NAME.* (dir must exist). Nothing is written
 * yet. The set is freed by outputs_commit or outputs_abort. */
OutputSet *outputs_begin(const char *dir, const char *name);

/* Writes data (borrowed: the caller may free it on return) to a temporary
 * for DIR/NAME.ext and fsyncs it; data NULL: the format is not produced and
 * an earlier build's DIR/NAME.ext is removed on commit. On failure reports
 * KH901 naming the file and the reason (the name copied into arena, which
 * must outlive the next diag_flush) and returns -1: the caller then aborts. */
int outputs_add(OutputSet *set, DiagSink *diags, Arena *arena, const char *ext, const Buf *data);

/* Renames every temporary of set over its final name, then removes the
 * files of formats not produced; on failure none is renamed (KH901) and
 * every temporary is removed. Frees set. Returns 0 or -1. */
int outputs_commit(OutputSet *set, DiagSink *diags, Arena *arena);

/* 1, with one KH901 error, when an output DIR/NAME.EXT (for each EXT of
 * exts, n of them) is, or would become, a file builds read: a .md or an
 * .html written into templates_dir (NULL: none), whose .md and .html
 * files are templates and partials (`-o tpl --templates tpl` of a plan
 * called plan.yaml replaced the plan.md it was printed with, and every
 * later build printed that one document, whatever its plan said:
 * s19attack F3), or a file a plan read through the read policy since
 * readpolicy_track(1) (an included registry, a catalog). Nothing is
 * written then. 0 otherwise. */
int outputs_over_inputs(DiagSink *diags, Arena *arena, const char *dir, const char *name,
                        const char *const *exts, size_t n, const char *templates_dir);

/* Removes every temporary of set and frees it; no final file is touched.
 * NULL is allowed. */
void outputs_abort(OutputSet *set);

/* Reports KH901 at `at`: path could not be written, for reason (NULL: the
 * system's words for err), with what to do for err: a directory the user
 * may not write to (EACCES, EPERM) or a read-only file system (EROFS) is
 * no matter of free space, a full device (ENOSPC, EDQUOT) is; any other
 * error (0: unknown) names both. The one wording of every output's KH901
 * (the documents, the workbook, the PDF and its engine's input). */
void outputs_report_write(DiagSink *diags, SrcPos at, const char *path, int err,
                          const char *reason);
/* KH901 for path, which a command's -o names itself (import, new,
 * convert, diff, init; errno err): a read-only file system, a full device
 * or another error tell to give -o another file, where a build's words
 * (outputs_report_write, used for the rest) say "an output directory"
 * (s38attack). */
void outputs_report_write_file(DiagSink *diags, SrcPos at, const char *path, int err);

#endif
