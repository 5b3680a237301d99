/* readpolicy.h - what a plan may read besides itself, and how.
 *
 * A plan names other files (`import:` catalogs today, `include:` files and
 * others tomorrow). A plan is often someone else's file, so naming a file
 * must not let it read anything the person running khgen can read. Every
 * file a plan names is read through readpolicy_load(), which enforces one
 * policy:
 *
 *  - the file is a regular file (never a FIFO, a device, a socket or a
 *    directory: they could block forever or have side effects on open);
 *  - its real path (symbolic links and ".." resolved) lies inside the plan's
 *    own directory tree, or inside a directory the user allowed on purpose
 *    (`--allow-read DIR`, readpolicy_allow_dir()); the shipped catalogs are
 *    built in and never read from disk;
 *  - each real file is read once per plan, however many ways it is named
 *    (./a.yaml, ././a.yaml, a link): the second naming gets the same tree;
 *  - the files a plan names add up to at most READPOLICY_BUDGET bytes, so
 *    memory is bounded per plan, not only per file;
 *  - a file that does not look like what the plan expects (a catalog: a
 *    mapping with 'criteria:') has its diagnostics withdrawn and replaced by
 *    one that names it without echoing any of its lines, so a plan cannot
 *    print /etc/shadow through error messages.
 *
 * A new kind of reference to a file (include:, diff, ...) calls
 * readpolicy_load() with its own `expect_keys` and shares the plan's
 * ReadPolicy (Plan.reads) so the budget and the read-once rule hold across
 * every kind of file.
 */
#ifndef KHGEN_READPOLICY_H
#define KHGEN_READPOLICY_H

#include <stddef.h>

#include "diag.h"
#include "load.h"
#include "util.h"

/* Total bytes of the files one plan may name (the plan itself not counted). */
#define READPOLICY_BUDGET ((size_t)64 * 1024 * 1024)
/* Files one plan may name. */
#define READPOLICY_MAX_FILES 256

typedef struct ReadPolicy ReadPolicy;

/* Allows every plan of this run to read regular files under dir (the
 * --allow-read option). dir is resolved to its real path now; returns -1
 * with errno set if it does not exist. Process-wide; call before compiling. */
int readpolicy_allow_dir(const char *dir);
/* Forgets the allowed directories (frees them). */
void readpolicy_clear_allowed(void);

/* The policy of the plan at plan_file (as given on the command line): its
 * directory tree, an empty read-once table and a fresh budget. Owned by the
 * arena (freed with it). */
ReadPolicy *readpolicy_new(Arena *arena, const char *plan_file);

typedef struct ReadResult {
    YNode *root;         /* the loaded tree; NULL if refused or broken (reported) */
    const char *path;    /* the name diagnostics use: the plan's directory + written */
    int again;           /* 1: the same real file was loaded before for this plan;
                          * root is that earlier tree, nothing was reported */
} ReadResult;

/* Reads and loads the YAML file `written` (as written in the plan: relative
 * to the plan's directory, or absolute) under the policy. `at` and `span`
 * locate the reference in the plan for diagnostics about the reference
 * (outside the tree, not a regular file, over budget, not found). `what`
 * names the kind of file in messages ("catalog"); `expect_keys` (NULL-
 * terminated) are top-level keys of which such a file has at least one: a
 * file without any of them is not shown (see above). Returns 0 when
 * out->root is set, -1 after reporting. Everything is owned by the arena. */
int readpolicy_load(ReadPolicy *rp, DiagSink *diags, const char *written, SrcPos at, int span,
                    const char *what, const char *const *expect_keys, ReadResult *out);

#endif
