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
 * with errno set if it does not exist or is not a directory (ENOTDIR).
 * Process-wide; call before compiling. */
int readpolicy_allow_dir(const char *dir);
/* Forgets the allowed directories (frees them). */
void readpolicy_clear_allowed(void);

/* Starts (on != 0) or ends, forgetting them, a record of every file any
 * plan reads through this gate from now on (its device and inode), for
 * readpolicy_was_read(). Process-wide; off unless a command turns it on. */
void readpolicy_track(int on);
/* 1 if path is (by device and inode) a file read since readpolicy_track(1):
 * an included registry or a catalog of a plan compiled meanwhile. */
int readpolicy_was_read(const char *path);
/* 1 if real (a resolved path) is base (a resolved directory) or lies under
 * it, or under an --allow-read directory: where a plan's includes may be,
 * and the files of a --templates directory (template.c). */
int readpolicy_real_allowed(const char *real, const char *base);
/* 1 if real (a resolved path) is dir (a resolved directory) itself or lies
 * below it; 0 for a NULL dir. */
int readpolicy_real_under(const char *real, const char *dir);
/* The --allow-read DIR that lets a plan read the file whose real path is
 * real, as a shell word (sh_quote) for a command printed to the user: the
 * file's directory, relative to the working directory where it lies below
 * it, else its real path. From arena; NULL when the working directory
 * cannot be resolved. */
const char *readpolicy_allow_hint(Arena *arena, const char *real);

/* A descriptor (O_PATH: nothing opened for reading, a FIFO does not block)
 * of the file path names now, when that file's path as /proc gives it is
 * real, the real path that was checked (where there is no /proc: when real
 * names the same file); -1 with errno EAGAIN when path names another file
 * now (a link swapped since the check), or open's errno. Read it through
 * "/proc/self/fd/N" so that nothing looked up later can change what is
 * read (s27outputs F5, F9). */
int readpolicy_open_checked(const char *path, const char *real);

/* The policy of the plan at plan_file (as given on the command line): its
 * directory tree, an empty read-once table and a fresh budget. Owned by the
 * arena (freed with it). */
ReadPolicy *readpolicy_new(Arena *arena, const char *plan_file);

/* A file a plan names, resolved and checked against the policy, not read. */
typedef struct ReadTarget {
    const char *path;    /* the name diagnostics use: the naming file's directory + written */
    const char *real;    /* its real path (arena) */
    unsigned long long dev, ino; /* its identity, to read it once and detect cycles */
} ReadTarget;

/* Resolves `written` (as written in from_file: relative to that file's
 * directory, or absolute; from_file NULL means the plan) and checks it
 * against the policy: it exists, is a regular file, and its real path is in
 * the plan's tree or an allowed directory. `at` and `span` locate the
 * reference for the diagnostics (KH001, KH030, KH031); `what` names the
 * kind of file in them ("catalog", "included file"). Returns 0 with *t set,
 * or -1 after reporting. Nothing is opened. */
int readpolicy_resolve(ReadPolicy *rp, DiagSink *diags, const char *from_file,
                       const char *written, SrcPos at, int span, const char *what,
                       ReadTarget *t);

typedef struct ReadResult {
    YNode *root;         /* the loaded tree; NULL if refused or broken (reported) */
    const char *path;    /* the name diagnostics use */
    const char *real;    /* the real path */
    int again;           /* 1: the same real file was loaded before for this plan;
                          * root is that earlier tree, nothing was reported */
} ReadResult;

/* Reads and loads a resolved target once per plan: a second call for the
 * same real file returns the first tree with out->again = 1. Refuses what
 * would pass the plan's budget (KH032), reads the file by descriptor after
 * checking it is still the file resolved, and loads it as YAML.
 * `expect_keys` (NULL-terminated) are top-level keys of which a file of this
 * kind has at least one: a file with none of them has its diagnostics
 * withdrawn and is reported as not of the kind expected (KH033) without
 * any of its text. Returns 0 when out->root is set, -1 after reporting.
 * Everything is owned by the policy's arena. */
int readpolicy_read(ReadPolicy *rp, DiagSink *diags, const ReadTarget *t, SrcPos at, int span,
                    const char *what, const char *const *expect_keys, ReadResult *out);

/* What a file of st_mode mode that is not a regular file is, translated:
 * "a directory", "a pipe", "a socket" or "a device". */
const char *readpolicy_kind(unsigned mode);

/* Reports (KH031) that path, a `what` ("catalog", "file") named at `at`,
 * is not a regular file but a directory, pipe, socket or device (st_mode
 * mode): the one wording for every file khgen reads. */
void readpolicy_not_regular(DiagSink *diags, SrcPos at, int span, const char *what,
                            const char *path, unsigned mode);

/* Reports the file at path, named at `at`, as not of the kind expected
 * (KH033): withdraws every diagnostic already given inside it and names it
 * without any of its text. For a caller that finds out only from the loaded
 * tree (an included file that is a whole plan); readpolicy_read() calls it
 * for a file with none of expect_keys. */
void readpolicy_not_of_kind(DiagSink *diags, const char *path, SrcPos at, int span,
                            const char *what, const char *const *expect_keys);

/* readpolicy_resolve() then readpolicy_read(): the usual way to load a file
 * a plan names. */
int readpolicy_load(ReadPolicy *rp, DiagSink *diags, const char *from_file, const char *written,
                    SrcPos at, int span, const char *what, const char *const *expect_keys,
                    ReadResult *out);

#endif
