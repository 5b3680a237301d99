/* outdir.h - the output directory of a build, made (mkdir -p, with what
 * stands in its way named) and, when the build fails, unmade (outdir.c).
 */
#ifndef KHGEN_OUTDIR_H
#define KHGEN_OUTDIR_H

#include "diag.h"
#include "util.h"

/* Creates path and its parents (mkdir -p); reports KH901 and returns -1
 * when one cannot be made or is no directory. *made receives the
 * directories this call created, in order, each ending with '\0', the
 * list with one more (malloc'd; NULL when all existed), for
 * outdir_unmake. */
int outdir_make(DiagSink *diags, const char *path, char **made);

/* Removes the directories outdir_make created for path (made), the last
 * first, each only while it is empty: what a failed build made for its
 * outputs goes, anything that holds a file stays, and no directory it
 * did not make ("-o new/../old/sub": not old). made NULL: nothing. */
void outdir_unmake(const char *path, const char *made);

#endif
