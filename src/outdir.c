/* outdir.c - the output directory of a build (-o DIR), made and unmade.
 *
 * A build creates DIR and its missing parents (mkdir -p) when it hands
 * its first format to outputs.c, and says which name on the way is no
 * directory to write into (a file, a dangling link). It remembers the
 * first directory it made: a build that then fails (a full disk, a
 * read-only file system under a new directory, a rename refused) writes
 * nothing, and that includes the directories it made for its outputs,
 * which it removes again when they are still empty (s27outputs F2: a full
 * device left "new/sub/" behind a failed `-o new/sub`). A plan with
 * errors never gets that far: it makes no directory.
 *
 * Stage: 6 (write).
 */
#include "outdir.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "i18n.h"

/* A name in path (a prefix ending at a '/' or the whole) that exists but
 * is no directory to write into: a dangling symbolic link, whose mkdir
 * gives EEXIST and whose files ENOENT (s11attack L5: "cannot write
 * 'sl/dang/ex.md': No such file or directory"), or a file. Reports KH901
 * naming it (and the link's target) and returns -1; 0 when it is a
 * directory. */
static int check_dir_name(DiagSink *diags, const char *out_dir, const char *name)
{
    struct stat st;
    if (stat(name, &st) == 0 && S_ISDIR(st.st_mode))
        return 0;
    SrcPos none = {out_dir, 0, 0};
    char target[4096];
    ssize_t n = lstat(name, &st) == 0 ? readlink(name, target, sizeof target - 1) : -2;
    if (n == -2) {
        diag_error(diags, none, 0, KH901, "cannot create directory '%s': %s: check the path given "
                   "with -o", out_dir,
                   i18n_strerror(errno));
    } else if (n >= 0) {
        target[n] = '\0';
        /* a relative target is read from the link's directory */
        const char *slash = strrchr(name, '/');
        Buf where = {0};
        if (target[0] != '/' && slash)
            buf_printf(&where, "%.*s/%s", (int)(slash - name), name, target);
        else
            buf_puts(&where, target);
        if (stat(name, &st) != 0)
            diag_error(diags, none, 0, KH901, "cannot create directory '%s': '%s' is a symbolic "
                       "link to '%s', and '%s' does not exist; create that directory or remove "
                       "the link", out_dir, name, target, where.data);
        else
            diag_error(diags, none, 0, KH901, "cannot create directory '%s': '%s' is a symbolic "
                       "link to '%s', and '%s' is not a directory: give -o another path", out_dir, name, target,
                       where.data);
        buf_free(&where);
    } else {
        diag_error(diags, none, 0, KH901, "cannot create directory '%s': '%s' exists and is not a "
                   "directory: give -o another path", out_dir, name);
    }
    return -1;
}

/* KH901 for a mkdir of part (a prefix of path, the -o directory) that
 * failed with err: a refusal names the directory that refused, part's
 * parent, and what to do (s27attack L14: "cannot create directory
 * 'out/sub dir/Kế hoạch': Permission denied" named neither 'out' nor the
 * permission). */
static void report_mkdir(DiagSink *diags, const char *path, const char *part, int err)
{
    SrcPos none = {path, 0, 0};
    if (err == EACCES || err == EPERM || err == EROFS) {
        char *parent = path_dir(part);
        if (err == EROFS)
            diag_error(diags, none, 0, KH901, "cannot create directory '%s': %s: '%s' is on a "
                       "read-only file system; give -o a directory on a writable one", path,
                       i18n_strerror(err), parent);
        else
            diag_error(diags, none, 0, KH901, "cannot create directory '%s': %s: you may not "
                       "create '%s' in '%s'; give -o a directory you may write in, or ask for "
                       "write permission on '%s'", path, i18n_strerror(err), part, parent, parent);
        free(parent);
        return;
    }
    diag_error(diags, none, 0, KH901, "cannot create directory '%s': %s: check the path given "
               "with -o", path, i18n_strerror(err));
}

int outdir_make(DiagSink *diags, const char *path, char **made)
{
    char *copy = xstrdup(path);
    int rc = 0;
    size_t had = 0, cap = 0; /* the bytes of *made before its last '\0', its room */
    *made = NULL;
    for (char *s = copy + 1;; s++) {
        if (*s && *s != '/')
            continue;
        char end = *s;
        *s = '\0';
        if (mkdir(copy, 0755) == 0) {
            /* each one made, in order, "a\0a/b\0\0": "new/../old/sub" made
             * new and old/sub, and old, between them, is another's (walking
             * up from old/sub removed an empty old: s28review); its end
             * kept and its room doubled, not found and grown again for
             * each (-o of 2,000 new levels: 0.2 s, s29review) */
            size_t n = (size_t)(s - copy) + 1;
            if (had + n + 1 > cap) {
                cap = 2 * (had + n + 1);
                *made = xrealloc(*made, cap);
            }
            memcpy(*made + had, copy, n);
            had += n;
            (*made)[had] = '\0';
        } else {
            if (errno != EEXIST) {
                report_mkdir(diags, path, copy, errno);
                rc = -1;
            } else {
                rc = check_dir_name(diags, path, copy);
            }
        }
        *s = end;
        if (rc != 0 || !end)
            break;
    }
    free(copy);
    return rc;
}

/* rmdir under the directory's commit lock (flock, outputs.c): another
 * build into it that saw it made and is committing holds that lock, and
 * its journal and temporaries are names in it, so it is not removed under
 * that commit; one still rendering, whose unnamed files do not count as
 * entries, makes it again if it is gone (outputs.c, remake_dir). */
static int rmdir_unlocked(const char *dir)
{
    int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0)
        (void)flock(fd, LOCK_EX);
    int rc = rmdir(dir);
    int saved = errno;
    if (fd >= 0)
        close(fd);
    errno = saved;
    return rc;
}

void outdir_unmake(const char *path, const char *made)
{
    (void)path;
    if (!made)
        return;
    /* the last made first, each only while it is empty */
    size_t n = 0;
    while (made[n])
        n += strlen(made + n) + 1;
    while (n > 0) {
        size_t start = n - 1;
        while (start > 0 && made[start - 1])
            start--;
        if (rmdir_unlocked(made + start) != 0)
            return; /* not empty: the ones above it hold it */
        n = start;
    }
}
