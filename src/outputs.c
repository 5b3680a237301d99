/* outputs.c - one plan's outputs, all or nothing (see outputs.h).
 *
 * The order of work: (1) each file's bytes go to a temporary in the
 * output directory as soon as the caller has them (outputs_add; an
 * O_TMPFILE: no name yet) and their writing to the disk starts without
 * being waited for (sync_file_range: the next format renders meanwhile),
 * then, at the commit, each is fsynced before anything names it; (2) a
 * journal, DIR/.khgen-commit-XXXXXX (or, where that is longer than the set's
 * shortest name, a shorter one: tempname.c), lists the temporary name each will
 * get and its final name, after its own inode (a journal khgen did not
 * write there, a copy, is left alone); (3) each temporary gets that name (linkat), no
 * longer than its final name, and each old output a second name, its
 * backup (a hard link, also in the journal); (4) a marker, the journal's
 * name + "!", is created: the commit point; (5) the names are renamed
 * over the final ones and files of formats the plan no longer produces
 * are removed - should one of these steps fail (an immutable file,
 * another user's file in a sticky directory), the marker goes and the
 * steps done are undone from the backups, so the old set stays whole;
 * (6) the backups, then (7) the marker, then the journal, are removed,
 * and only then is the directory synced (its names on the disk, in the
 * order they were made), and the old outputs, held open since (4), closed:
 * their blocks are freed after the journal is gone, so (2) to (7) take
 * about 0.1 ms whatever the outputs' size.
 *
 * A kill at any moment leaves either nothing of the build (before (2): the
 * temporaries were never named) or a journal, which the next `khgen build`
 * into that directory completes before anything else (outputs_recover):
 * without its marker the build had not committed, and the named
 * temporaries it lists are removed (the old set stays); with it, the
 * listed renames and removals are carried out (the new set). So after
 * recovery the directory holds the old set or the new one, never a mix and
 * no temporary. Between the kill and that next build a journal (and, in
 * the microseconds of (3)-(6), temporaries or a mixed set) can be seen.
 * That is for SIGKILL and power loss: the signals that stop a build
 * (SIGINT, SIGTERM, SIGHUP, SIGQUIT) are blocked from (2) to (7), so they
 * end khgen once the commit is whole and cleaned up.
 * Where the file system has no O_TMPFILE the temporaries are named from
 * the start, and a kill while rendering can leave one.
 */
#define _GNU_SOURCE 1 /* O_TMPFILE, linkat's AT_SYMLINK_FOLLOW on /proc */
#include "outputs.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "i18n.h"
#include "tempname.h"
#include "readpolicy.h"

typedef struct Pending {
    char *final_path;        /* DIR/NAME.ext (malloc'd) */
    char *temp_path;         /* its named temporary, once it has one (malloc'd) */
    int fd;                  /* open temporary, -1 when closed */
    int anonymous;           /* O_TMPFILE: no name until linked */
    int produced;            /* 0: the format is not produced (stale file goes) */
    size_t base_len;         /* length of NAME.ext: the room for a temporary name */
    char *backup_path;       /* a second name of the old output, for undoing (malloc'd) */
    int old_fd;              /* the old output held open (O_PATH), -1: its data are freed
                              * when the build closes it, after the journal is gone */
    int had_old;             /* the output existed when the commit began */
    int done;                /* renamed over (or removed) in the commit */
} Pending;

/* A name in dir for a temporary, of at most `room` bytes: "." and random
 * letters and digits (at least 3). Returns a malloc'd path. */
static char *temp_name(const char *dir, size_t room, unsigned *seed)
{
    size_t n = room < 4 ? 4 : (room > 16 ? 16 : room);
    size_t dir_len = strlen(dir);
    char *path = xmalloc(dir_len + 1 + n + 1);
    memcpy(path, dir, dir_len);
    path[dir_len] = '/';
    char *base = path + dir_len + 1;
    base[0] = '.';
    tempname_draw(base + 1, n - 1, seed); /* tempname.c's generator */
    base[n] = '\0';
    return path;
}

static unsigned make_seed(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (unsigned)ts.tv_nsec ^ ((unsigned)getpid() << 16) ^ (unsigned)ts.tv_sec;
}

/* Creates a named temporary in dir no longer than base_len; -1 on error. */
static int create_named(const char *dir, size_t base_len, unsigned *seed, char **path)
{
    for (int attempt = 0; attempt < 100; attempt++) {
        char *candidate = temp_name(dir, base_len, seed);
        int fd = open(candidate, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd >= 0) {
            *path = candidate;
            return fd;
        }
        int saved = errno;
        free(candidate);
        if (saved != EEXIST) {
            errno = saved;
            return -1;
        }
    }
    errno = EEXIST;
    return -1;
}

static void discard(Pending *p, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (p[i].fd >= 0)
            close(p[i].fd);
        if (p[i].old_fd >= 0)
            close(p[i].old_fd); /* the old output's blocks freed here, if it went */
        if (p[i].temp_path) {
            unlink(p[i].temp_path);
            free(p[i].temp_path);
        }
        if (p[i].backup_path) {
            unlink(p[i].backup_path);
            free(p[i].backup_path);
        }
        free(p[i].final_path);
    }
    free(p);
}

void outputs_report_write(DiagSink *diags, SrcPos at, const char *path, int err,
                          const char *reason)
{
    if (!reason)
        reason = i18n_strerror(err);
    mode_t mode;
    if (err == EACCES && output_read_only(path, &mode))
        /* the user made it read-only: replaced keeping 0444 before (s34low) */
        diag_error(diags, at, 0, KH901, "cannot write '%s': it is read-only (mode %04o), made so "
                   "to keep it as it is, and khgen replaces no read-only file: make it writable "
                   "first (chmod u+w '%s') to replace it, or write to another file or directory "
                   "(-o)", path, (unsigned)mode, path);
    else if (err == EACCES || err == EPERM) {
        /* the directory named, and nothing said of it as the -o of a build
         * (`import -o out/x.yaml` names a file: s27attack L14) */
        char *dir = path_dir(path);
        diag_error(diags, at, 0, KH901, "cannot write '%s': %s: you may not write in '%s'; "
                   "write to a directory you may write in (-o), or ask for write permission on "
                   "'%s'", path, reason, dir, dir);
        free(dir);
    }
    else if (err == EROFS)
        diag_error(diags, at, 0, KH901, "cannot write '%s': %s: the directory is on a "
                   "read-only file system; give an output directory (-o) on a writable one",
                   path, reason);
    else if (err == ENOENT && path_dir_missing(path)) {
        /* `import X -o new/x.yaml`: "check ... its free space" sent the
         * user to the wrong fix (s29user) */
        char *dir = path_dir(path);
        diag_error(diags, at, 0, KH901, "cannot write '%s': the directory '%s' does not exist; "
                   "make it first (mkdir -p '%s'), or give -o a file in a directory that exists",
                   path, dir, dir);
        free(dir);
    }
    else if (err == EISDIR)
        /* a directory where one file goes: `khgen diff -o .` (s36low) */
        diag_error(diags, at, 0, KH901, "cannot write '%s': it is a directory, where one file "
                   "goes: name a file, not a directory (the -o of diff, import, convert and new "
                   "is the file itself: -o changes.html), or move the directory away", path);
    else if (err == ENOSPC || err == EDQUOT)
        diag_error(diags, at, 0, KH901, "cannot write '%s': %s: the device (or your quota) "
                   "is full; free space on it, or give an output directory (-o) on another "
                   "device", path, reason);
    else
        diag_error(diags, at, 0, KH901, "cannot write '%s': %s: check the output directory "
                   "(-o) and its free space", path, reason);
}

void outputs_report_write_file(DiagSink *diags, SrcPos at, const char *path, int err)
{
    const char *reason = i18n_strerror(err);
    if (err == EACCES || err == EPERM || err == EISDIR || (err == ENOENT && path_dir_missing(path)))
        outputs_report_write(diags, at, path, err, NULL); /* words that name the file */
    else if (err == EROFS)
        diag_error(diags, at, 0, KH901, "cannot write '%s': %s: its directory is on a read-only "
                   "file system; give -o a file on a writable one", path, reason);
    else if (err == ENOSPC || err == EDQUOT)
        diag_error(diags, at, 0, KH901, "cannot write '%s': %s: the device (or your quota) is "
                   "full; free space on it, or give -o a file on another device", path, reason);
    else
        diag_error(diags, at, 0, KH901, "cannot write '%s': %s: check the file -o names, its "
                   "directory and its free space", path, reason);
}

static void report(DiagSink *diags, Arena *arena, const char *path, int err)
{
    SrcPos none = {arena_strdup(arena, path), 0, 0}; /* the sink borrows the name */
    outputs_report_write(diags, none, path, err, NULL);
}

static void fsync_dir(const char *dir)
{
    int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        fsync(fd);
        close(fd);
    }
}

/* ---- the commit journal ------------------------------------------------- */

#define JOURNAL_MAX (1u << 20)

static const char *base_of(const char *path)
{
    const char *slash = strrchr(path, '/');
    return slash ? slash + 1 : path;
}

static char *join_path(const char *dir, const char *base)
{
    size_t len = strlen(dir) + strlen(base) + 2;
    char *path = xmalloc(len);
    snprintf(path, len, "%s/%s", dir, base);
    return path;
}

/* A temporary name temp_name() gives: "." and 3 to 15 letters or digits. */
static int journal_temp(const char *base)
{
    size_t n = strlen(base);
    if (n < 4 || n > 16 || base[0] != '.')
        return 0;
    for (size_t i = 1; i < n; i++)
        if (!((base[i] >= 'a' && base[i] <= 'z') || (base[i] >= 'A' && base[i] <= 'Z') ||
              (base[i] >= '0' && base[i] <= '9')))
            return 0;
    return 1;
}

/* A final name a build writes: STEM.md, .html, .docx, .xlsx or .pdf, no '/',
 * with the same STEM as *stem (set by the first record). Returns 1 if so. */
static int journal_final(const char *base, const char **stem, size_t *stem_len)
{
    static const char *const exts[] = {".md", ".html", ".docx", ".xlsx", ".pdf", NULL};
    if (strchr(base, '/') || journal_kind(base) != 0)
        return 0;
    const char *dot = strrchr(base, '.');
    int known = 0;
    for (int k = 0; dot && exts[k]; k++)
        known |= strcmp(dot, exts[k]) == 0;
    if (!known || dot == base)
        return 0;
    size_t len = (size_t)(dot - base);
    if (!*stem) {
        *stem = base;
        *stem_len = len;
        return 1;
    }
    return len == *stem_len && memcmp(base, *stem, len) == 0;
}

/* How many fields a record of kind has, the kind included: "I" DEV:INO,
 * "R" TEMP FINAL, "B" BACKUP FINAL, "D" FINAL; 0 for no kind of record. */
static int record_fields(const char *kind)
{
    if (strcmp(kind, "R") == 0 || strcmp(kind, "B") == 0)
        return 3;
    return strcmp(kind, "D") == 0 || strcmp(kind, "I") == 0 ? 2 : 0;
}

/* Undoes a "B" BACKUP FINAL record: the old output, kept under the
 * backup's name, back under its own (a final that is still the old file,
 * the commit not reached, keeps it and loses the second name). */
static void restore_backup(const char *backup, const char *final)
{
    struct stat b, f;
    if (lstat(backup, &b) != 0)
        return; /* never made, or already given back */
    if (lstat(final, &f) == 0 && f.st_dev == b.st_dev && f.st_ino == b.st_ino)
        unlink(backup);
    else
        rename(backup, final);
}

/* The records of a journal's text, each checked: 1 if the first is "I"
 * and the journal's own device and inode (st, as write_journal wrote them),
 * every other one a well-formed record a build writes ("R" TEMP FINAL, "D"
 * FINAL: a temporary of temp_name()'s form, finals of one plan with an
 * output extension), and the last one may be cut short (a kill while the
 * journal was written). Anything else is not khgen's journal, and it is
 * not replayed: a file that a checkout, an archive or another user put in
 * the directory must not rename or remove files there (a committed
 * ".khgen-commit-x" and its marker, "D README.md", removed README.md from
 * a build's -o directory: attack H6; such a copy has another inode). */
static int journal_valid(const char *text, size_t len, const struct stat *st)
{
    const char *stem = NULL;
    size_t stem_len = 0;
    char self[64];
    int self_len = snprintf(self, sizeof self, "I%c%llu:%llu", '\0',
                            (unsigned long long)st->st_dev, (unsigned long long)st->st_ino);
    /* it begins with that first record, whole or (killed while it was
     * written) cut short: a file without it is not a journal, though its
     * name is a journal's (a short one, ".~ab", could be anyone's) */
    size_t head = (size_t)self_len + 1;
    if (memcmp(text, self, len < head ? len : head) != 0)
        return 0;
    for (size_t at = 0, k = 0; at < len; k++) {
        const char *field[3] = {NULL, NULL, NULL};
        int n = 0, want = 1;
        while (n < want && at < len) {
            const char *end = memchr(text + at, '\0', len - at);
            if (!end)
                return 1; /* cut short: replay ignores it */
            field[n++] = text + at;
            at = (size_t)(end - text) + 1;
            if (n == 1)
                want = record_fields(field[0]);
        }
        if (want == 0)
            return 0;
        if (n < want)
            return 1;
        if ((k == 0) != (strcmp(field[0], "I") == 0))
            return 0;
        if (k == 0)
            continue;
        if (want == 3 && !journal_temp(field[1]))
            return 0;
        if (!journal_final(field[want - 1], &stem, &stem_len))
            return 0;
    }
    return 1;
}

/* Carries out (commit) or undoes (!commit) the journal at path, then
 * removes it and its marker. Records are NUL-terminated fields: "I" (the
 * journal's inode, st), "R" TEMP FINAL (rename), "D" FINAL (remove) and
 * "B" BACKUP FINAL (the old output's second name: removed when
 * committing, given back when undoing), base names in dir; a record cut
 * short by a kill while the journal was written is ignored (no marker can
 * exist then, so it is undone, and its temporary was not named yet). */
static void replay_journal(const char *dir, const char *path, const char *marker, int commit,
                           const struct stat *st)
{
    size_t len = 0;
    char *text = read_file(path, JOURNAL_MAX, &len);
    if (!text || !journal_valid(text, len, st)) {
        free(text);
        return; /* unreadable, or not a journal a build wrote: left alone */
    }
    for (size_t at = 0; text && at < len;) {
        const char *field[3] = {NULL, NULL, NULL};
        int n = 0, want = 1;
        while (n < want && at < len) {
            const char *end = memchr(text + at, '\0', len - at);
            if (!end)
                break;
            field[n++] = text + at;
            at = (size_t)(end - text) + 1;
            if (n == 1)
                want = record_fields(field[0]);
        }
        if (want == 0 || n < want)
            break;
        if (strcmp(field[0], "I") == 0)
            continue; /* the journal's own inode, checked above */
        char *first = join_path(dir, field[1]);
        if (strcmp(field[0], "B") == 0) {
            char *final = join_path(dir, field[2]);
            if (commit)
                unlink(first);
            else
                restore_backup(first, final);
            free(final);
        } else if (want == 3 && commit) {
            char *final = join_path(dir, field[2]);
            rename(first, final); /* ENOENT: renamed before the kill */
            free(final);
        } else if (want == 3 || commit) {
            unlink(first); /* an uncommitted temporary, or a format dropped */
        }
        free(first);
    }
    free(text);
    unlink(marker);
    unlink(path);
}

static int lock_dir(const char *dir);

/* Makes dir (and its parents) again when it is gone: another build into
 * it that made it and then failed removed it, empty of names, while this
 * one's unnamed temporaries were in it (outdir.c: a failed build removes
 * the directories it made). Unnamed files are linked into the new one
 * alike (the same file system). 0 when dir exists now. */
static int remake_dir(const char *dir)
{
    struct stat st;
    if (stat(dir, &st) == 0 || errno != ENOENT)
        return 0;
    char *copy = xstrdup(dir);
    for (char *s = copy + 1;; s++) {
        if (*s && *s != '/')
            continue;
        char end = *s;
        *s = '\0';
        (void)mkdir(copy, 0755); /* EEXIST for the parents that are there */
        *s = end;
        if (!end)
            break;
    }
    free(copy);
    return stat(dir, &st);
}

void outputs_recover(const char *dir)
{
    DIR *d = opendir(dir);
    if (!d)
        return;
    int dir_lock = -1; /* taken at the first journal found */
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        int kind = journal_kind(e->d_name);
        if (kind == 0)
            continue;
        char *path = join_path(dir, e->d_name);
        struct stat st;
        if (kind == 2) {
            /* a marker whose journal is gone: the commit had finished (an
             * empty file of this user's, as outputs_commit makes it) */
            struct stat m;
            path[strlen(path) - 1] = '\0';
            if (lstat(path, &st) != 0) {
                path[strlen(path)] = '!';
                if (lstat(path, &m) == 0 && S_ISREG(m.st_mode) && m.st_size == 0 &&
                    m.st_uid == geteuid())
                    unlink(path);
            }
        } else if (lstat(path, &st) == 0 && S_ISREG(st.st_mode) && st.st_uid == geteuid()) {
            /* (a journal of another user's is not ours to carry out) */
            /* a journal another build holds locked is a live commit */
            if (dir_lock < 0)
                dir_lock = lock_dir(dir);
            int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
            struct stat self;
            if (fd >= 0 && flock(fd, LOCK_EX | LOCK_NB) == 0 && fstat(fd, &self) == 0) {
                char *marker = join_path(dir, e->d_name);
                marker = xrealloc(marker, strlen(marker) + 2);
                strcat(marker, "!");
                replay_journal(dir, path, marker, lstat(marker, &st) == 0, &self);
                free(marker);
            }
            if (fd >= 0)
                close(fd);
        }
        free(path);
    }
    closedir(d);
    if (dir_lock >= 0)
        close(dir_lock);
}

/* Starts the writing of fd's bytes to the disk without waiting for it
 * (Linux's sync_file_range): the 63 MB of the national plan's .md and .html
 * reach the disk while the formats after them render, and the fsync of
 * outputs_commit finds little left to wait for. Elsewhere, nothing. */
static void start_writeback(int fd)
{
#ifdef SYNC_FILE_RANGE_WRITE
    (void)sync_file_range(fd, 0, 0, SYNC_FILE_RANGE_WRITE); /* a hint: fsync decides */
#else
    (void)fd;
#endif
}

/* An unnamed file in dir (O_TMPFILE) that linkat can name through
 * /proc/self/fd, or -1: where there is no /proc (a bare chroot or
 * container, as util.c's write_unnamed says) such a file could never be
 * named, and every build failed, KH901 "No such file or directory" over
 * each output (s28review); the caller then writes a named one. */
static int unnamed_in(const char *dir, int flags, mode_t mode)
{
    int fd = -1;
#ifdef O_TMPFILE
    fd = open(dir, O_TMPFILE | flags | O_CLOEXEC, mode);
    char proc[64];
    snprintf(proc, sizeof proc, "/proc/self/fd/%d", fd);
    if (fd >= 0 && access(proc, F_OK) != 0) {
        close(fd);
        fd = -1;
        errno = EOPNOTSUPP;
    }
#else
    (void)dir, (void)flags, (void)mode;
    errno = EOPNOTSUPP;
#endif
    return fd;
}

/* Writes the journal of a commit (its records in rec) as a new file in dir,
 * fsynced and locked (flock) for as long as *fd stays open, so that a
 * concurrent build's recovery leaves a live commit alone. Its name, and
 * its marker's, is no longer than shortest, the set's shortest final name
 * (journal_base). With O_TMPFILE the journal appears under its name
 * complete and locked already. Returns its malloc'd path, or NULL (errno
 * set). */
static char *write_journal(const char *dir, size_t shortest, const Buf *rec, unsigned *seed,
                           int *fd_out)
{
    int fd = unnamed_in(dir, O_RDWR, 0600), anonymous = fd >= 0;
    size_t dir_len = strlen(dir);
    char *path = xmalloc(dir_len + TEMPNAME_MAX + 2);
    memcpy(path, dir, dir_len);
    path[dir_len] = '/';
    char *base = path + dir_len + 1;
    unsigned attempt = 0;
    journal_base(base, shortest, attempt, seed);
    while (!anonymous) {
        fd = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd >= 0 || errno != EEXIST || ++attempt >= 400)
            break;
        journal_base(base, shortest, attempt, seed);
    }
    if (fd < 0) {
        int err = errno;
        free(path);
        errno = err;
        return NULL;
    }
    /* the first record: the journal's own device and inode, which a copy
     * of it (a checkout, an archive) does not have (journal_valid) */
    struct stat self;
    char id[64];
    int failed = fstat(fd, &self) != 0;
    int id_len = snprintf(id, sizeof id, "I%c%llu:%llu", '\0', (unsigned long long)self.st_dev,
                          (unsigned long long)self.st_ino);
    failed = failed || flock(fd, LOCK_EX) != 0 || write_all_fd(fd, id, (size_t)id_len + 1) != 0 ||
             write_all_fd(fd, rec->data ? rec->data : "", rec->len) != 0 || fsync(fd) != 0;
    while (!failed && anonymous) {
        char proc[64];
        snprintf(proc, sizeof proc, "/proc/self/fd/%d", fd);
        if (linkat(AT_FDCWD, proc, AT_FDCWD, path, AT_SYMLINK_FOLLOW) == 0)
            break;
        if (errno != EEXIST || ++attempt >= 400) {
            failed = 1;
            break;
        }
        journal_base(base, shortest, attempt, seed);
    }
    if (failed) {
        int err = errno;
        close(fd);
        if (!anonymous)
            unlink(path);
        free(path);
        errno = err;
        return NULL;
    }
    *fd_out = fd;
    return path;
}

/* Test hook: KHGEN_TEST_KILL_AFTER_RENAMES=N kills the process with
 * SIGKILL after N renames of the commit, and =0 just before its marker
 * (tests/hardening/kill9.sh): the windows no timed kill can aim at. */
static void test_kill_point(size_t renamed)
{
    const char *n = getenv("KHGEN_TEST_KILL_AFTER_RENAMES");
    if (n && *n && strtoul(n, NULL, 10) == renamed)
        kill(getpid(), SIGKILL);
    /* KHGEN_TEST_PAUSE_AFTER_RENAMES=N: two seconds' pause there, for
     * another build to try to commit into the directory meanwhile
     * (tests/hardening/attack6.sh) */
    n = getenv("KHGEN_TEST_PAUSE_AFTER_RENAMES");
    if (n && *n && strtoul(n, NULL, 10) == renamed)
        sleep(2);
}

/* Takes the directory's commit lock (flock on the directory itself) and
 * returns its descriptor, -1 where the directory cannot be locked (the
 * commit then goes on unlocked, as before). Two builds into one directory
 * (make -j, two terminals) hold it in turn, so their renames never
 * interleave into a mixed set (attack s6 G2), and a recovery never
 * replays a journal while another build renames. Released by close. */
static int lock_dir(const char *dir)
{
    int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0 && flock(fd, LOCK_EX) != 0) {
        close(fd);
        fd = -1;
    }
    return fd;
}

/* lock_dir of a directory that is still there: one removed by a build
 * that made it and failed (outdir.c), while this build's unnamed
 * temporaries were in it, is made again and locked, so that no such build
 * removes it until this commit is done (outdir_unmake takes the lock). */
static int lock_live_dir(const char *dir)
{
    int fd = lock_dir(dir);
    struct stat st;
    if (fd >= 0 && (fstat(fd, &st) != 0 || st.st_nlink > 0))
        return fd;
    if (fd >= 0)
        close(fd);
    remake_dir(dir);
    return lock_dir(dir);
}

struct OutputSet {
    char *dir, *name;        /* copies */
    Pending *p;              /* one per format added, in order */
    size_t n, cap;
    unsigned seed;
};

OutputSet *outputs_begin(const char *dir, const char *name)
{
    outputs_recover(dir); /* a build killed in its commit is finished first */
    OutputSet *set = xmalloc(sizeof *set);
    memset(set, 0, sizeof *set);
    set->dir = xstrdup(dir);
    set->name = xstrdup(name);
    set->seed = make_seed();
    return set;
}

void outputs_abort(OutputSet *set)
{
    if (!set)
        return;
    discard(set->p, set->n);
    free(set->dir);
    free(set->name);
    free(set);
}

int outputs_add(OutputSet *set, DiagSink *diags, Arena *arena, const char *ext, const Buf *data)
{
    if (set->n == set->cap) {
        set->cap = set->cap ? 2 * set->cap : 8;
        set->p = xrealloc(set->p, set->cap * sizeof *set->p);
    }
    Pending *p = &set->p[set->n++];
    memset(p, 0, sizeof *p);
    p->fd = -1;
    p->old_fd = -1;
    size_t len = strlen(set->dir) + strlen(set->name) + strlen(ext) + 3;
    p->final_path = xmalloc(len);
    snprintf(p->final_path, len, "%s/%s.%s", set->dir, set->name, ext);
    p->produced = data != NULL;
    mode_t mode;
    if (!data && output_read_only(p->final_path, &mode)) {
        /* an output the plan no longer produces (a workbook, a PDF not
         * printed) is removed; not one made read-only (s34low) */
        report(diags, arena, p->final_path, EACCES);
        return -1;
    }
    if (!data)
        return 0;
    p->base_len = strlen(set->name) + 1 + strlen(ext);
    char *target;
    int linked;
    if (output_target(p->final_path, &target, &mode, &linked) != 0) {
        report(diags, arena, p->final_path, errno);
        return -1;
    }
    free(target);
    if (linked) {
        /* the set is renamed together in DIR: a link's target elsewhere
         * cannot be part of it, and replacing the link by a file would
         * leave that target stale without a word (attack L7) */
        SrcPos none = {arena_strdup(arena, p->final_path), 0, 0};
        diag_error(diags, none, 0, KH901, "cannot write '%s': it is a symbolic link, and a build "
                   "replaces its outputs together in their own directory: remove the link, or "
                   "build into the directory it points to", p->final_path);
        return -1;
    }
    int fd = unnamed_in(set->dir, O_WRONLY, 0666);
    if (fd < 0 && errno == ENOENT && remake_dir(set->dir) == 0)
        fd = unnamed_in(set->dir, O_WRONLY, 0666);
    p->anonymous = fd >= 0;
    if (fd < 0)
        fd = create_named(set->dir, p->base_len, &set->seed, &p->temp_path);
    p->fd = fd;
    /* a file replaced keeps its mode (0600 stays private) and owner, a new
     * one gets 0666 less the umask */
    if (fd < 0 || output_adopt(fd, p->final_path, mode) != 0 ||
        write_all_fd(fd, data->data ? data->data : "", data->len) != 0) {
        report(diags, arena, p->final_path, errno);
        return -1;
    }
    start_writeback(fd);
    return 0;
}

/* A temporary name for the commit (temp_name) that no file in dir has
 * and no other name of p[0..n) took: a name drawn twice, or an old
 * dotfile's, made the link of a temporary fail with EEXIST and the build
 * with it (one output in 238,328 of a one-letter plan name, whose
 * temporaries have three random characters). */
static char *fresh_name(const char *dir, size_t room, unsigned *seed, const Pending *p, size_t n)
{
    for (int attempt = 0;; attempt++) {
        char *path = temp_name(dir, room, seed);
        struct stat st;
        int taken = attempt < 100 && lstat(path, &st) == 0;
        for (size_t i = 0; i < n && !taken && attempt < 100; i++)
            taken = (p[i].temp_path && strcmp(p[i].temp_path, path) == 0) ||
                    (p[i].backup_path && strcmp(p[i].backup_path, path) == 0);
        if (!taken)
            return path;
        free(path);
    }
}

/* The journal's records for p[0..n): "R" TEMP FINAL for a produced format
 * (whose temporary name is chosen here when it is still anonymous), "D"
 * FINAL for one the plan no longer produces, and "B" BACKUP FINAL for
 * each output that exists already: the name its old file is given a
 * second time (link_backups) so that the commit can be undone. */
static void journal_records(Pending *p, size_t n, const char *dir, unsigned *seed, Buf *rec)
{
    for (size_t i = 0; i < n; i++) {
        if (p[i].produced && p[i].anonymous)
            p[i].temp_path = fresh_name(dir, p[i].base_len, seed, p, n);
        if (p[i].temp_path) {
            buf_putn(rec, "R", 2);
            buf_putn(rec, base_of(p[i].temp_path), strlen(base_of(p[i].temp_path)) + 1);
        } else {
            buf_putn(rec, "D", 2);
        }
        buf_putn(rec, base_of(p[i].final_path), strlen(base_of(p[i].final_path)) + 1);
    }
    /* in a sticky directory (/tmp) another user's file could be given a
     * second name that this user cannot then remove */
    struct stat dst;
    int sticky = stat(dir, &dst) == 0 && (dst.st_mode & S_ISVTX) && dst.st_uid != geteuid() &&
                 geteuid() != 0;
    for (size_t i = 0; i < n; i++) {
        struct stat st;
        p[i].had_old = lstat(p[i].final_path, &st) == 0;
        if (!p[i].had_old || (!p[i].produced && !S_ISREG(st.st_mode)) ||
            (sticky && st.st_uid != geteuid()))
            continue;
        size_t room = strlen(base_of(p[i].final_path));
        p[i].backup_path = fresh_name(dir, room, seed, p, n);
        buf_putn(rec, "B", 2);
        buf_putn(rec, base_of(p[i].backup_path), strlen(base_of(p[i].backup_path)) + 1);
        buf_putn(rec, base_of(p[i].final_path), strlen(base_of(p[i].final_path)) + 1);
    }
}

/* Gives each old output a second name, its backup (a hard link, recorded
 * in the journal before). Where that cannot be done (a file system
 * without hard links, an immutable file, another user's file under
 * protected_hardlinks), the output has no backup and its replacement is
 * left to the end of the commit, the one step that cannot be undone. */
static void link_backups(Pending *p, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (p[i].backup_path && link(p[i].final_path, p[i].backup_path) != 0) {
            free(p[i].backup_path);
            p[i].backup_path = NULL;
        }
    }
}

/* Holds each old output that has a backup open (O_PATH), so that its
 * blocks are not freed by the commit's last unlink of it but when the set
 * is closed, after the journal is gone: freeing the 60 MB of the national
 * plan's old outputs took 48 of the 64 ms a kill left the journal,
 * backups and temporaries in (s27outputs F3). Called once the temporaries'
 * descriptors are closed, so that no more are open at once than while
 * they were written; one that cannot be opened is freed as before. */
static void hold_old(Pending *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (p[i].backup_path)
            p[i].old_fd = open(p[i].backup_path, O_PATH | O_CLOEXEC);
}

/* Puts back the old outputs of the steps of the commit done so far (a
 * new output that had no old one goes), after a step failed: the set
 * stays the old one, never a mix. */
static void roll_back(Pending *p, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (!p[i].done)
            continue;
        if (p[i].backup_path && rename(p[i].backup_path, p[i].final_path) == 0) {
            free(p[i].backup_path);
            p[i].backup_path = NULL;
        } else if (!p[i].had_old && p[i].produced) {
            unlink(p[i].final_path);
        }
        p[i].done = 0;
    }
}

/* The commit's steps: each temporary renamed over its output, each output
 * the plan no longer produces removed; first those that can be undone,
 * then the one or ones that cannot (an old output without a backup). On
 * a failure the steps done are undone and its output's path is returned
 * (errno set); NULL when all were done. */
static const char *commit_steps(Pending *p, size_t n, const char *marker)
{
    size_t steps = 0;
    for (int pass = 0; pass < 2; pass++) {
        for (size_t i = 0; i < n; i++) {
            int undoable = p[i].backup_path || !p[i].had_old;
            if (undoable != (pass == 0) || (!p[i].temp_path && !p[i].had_old))
                continue;
            int failed = p[i].temp_path ? rename(p[i].temp_path, p[i].final_path) != 0
                                        : unlink(p[i].final_path) != 0 && errno != ENOENT;
            if (failed) {
                int err = errno;
                unlink(marker); /* from here a kill is undone: the old set */
                roll_back(p, n);
                errno = err;
                return p[i].final_path;
            }
            p[i].done = 1;
            if (p[i].temp_path) {
                free(p[i].temp_path);
                p[i].temp_path = NULL;
                test_kill_point(++steps);
            }
        }
    }
    return NULL;
}

/* Links the anonymous temporaries of p[0..n) to their chosen names. On
 * failure (errno set) the names not linked are forgotten (not ours to
 * remove) and -1 returned; the linked ones are removed with the set. */
static int link_chosen(Pending *p, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (!p[i].produced || !p[i].anonymous)
            continue;
        char proc[64];
        snprintf(proc, sizeof proc, "/proc/self/fd/%d", p[i].fd);
        if (linkat(AT_FDCWD, proc, AT_FDCWD, p[i].temp_path, AT_SYMLINK_FOLLOW) != 0) {
            int err = errno;
            for (size_t k = i; k < n; k++)
                if (p[k].anonymous) {
                    free(p[k].temp_path);
                    p[k].temp_path = NULL;
                }
            errno = err;
            return (int)i;
        }
    }
    return -1;
}

/* The length of the shortest final name of p[0..n) (the journal's room),
 * TEMPNAME_MAX + 1 when all are longer. */
static size_t shortest_name(const Pending *p, size_t n)
{
    size_t shortest = TEMPNAME_MAX + 1;
    for (size_t i = 0; i < n; i++)
        if (strlen(base_of(p[i].final_path)) < shortest)
            shortest = strlen(base_of(p[i].final_path));
    return shortest;
}

int outputs_commit(OutputSet *set, DiagSink *diags, Arena *arena)
{
    Pending *p = set->p;
    size_t n = set->n;
    int rc = -1, journal_fd = -1, dir_lock = -1, blocked = 0;
    char *journal = NULL, *marker = NULL;
    sigset_t saved_mask;
    sigemptyset(&saved_mask);
    /* a directory where an output goes would stop a rename half-way:
     * refuse before anything is renamed */
    for (size_t i = 0; i < n; i++) {
        struct stat st;
        if (lstat(p[i].final_path, &st) == 0 && S_ISDIR(st.st_mode)) {
            report(diags, arena, p[i].final_path, EISDIR);
            goto out;
        }
    }
    /* every file's bytes on the disk before a journal names it (their
     * writing began in outputs_add) */
    for (size_t i = 0; i < n; i++)
        if (p[i].fd >= 0 && fsync(p[i].fd) != 0) {
            report(diags, arena, p[i].final_path, errno);
            goto out;
        }
    /* one commit into the directory at a time, from the journal to the
     * last rename */
    dir_lock = lock_live_dir(set->dir);
    /* Ctrl-C, kill or a closed terminal from here to the last rename
     * would leave the journal, named temporaries and a mix of old and new
     * outputs until the next build (a commit with its fsyncs takes
     * milliseconds): the stop signals wait for the commit to end, and
     * then end khgen as asked, nothing left behind (only SIGKILL needs
     * the journal) */
    blocked = stop_signals_block(&saved_mask);
    /* the journal: what the commit does, for the next build to finish or
     * undo should this one be killed from here on */
    Buf rec = {0};
    journal_records(p, n, set->dir, &set->seed, &rec);
    journal = write_journal(set->dir, shortest_name(p, n), &rec, &set->seed, &journal_fd);
    buf_free(&rec);
    if (!journal) {
        report(diags, arena, n ? p[0].final_path : set->dir, errno);
        for (size_t i = 0; i < n; i++)
            if (p[i].anonymous) {
                free(p[i].temp_path); /* never linked: nothing to remove */
                p[i].temp_path = NULL;
            }
        goto out;
    }
    marker = xmalloc(strlen(journal) + 2);
    sprintf(marker, "%s!", journal);
    link_backups(p, n);
    int failed_at = link_chosen(p, n);
    if (failed_at >= 0) {
        report(diags, arena, p[failed_at].final_path, errno);
        goto out;
    }
    for (size_t i = 0; i < n; i++) {
        if (p[i].fd >= 0 && close(p[i].fd) != 0) {
            int err = errno;
            p[i].fd = -1;
            report(diags, arena, p[i].final_path, err);
            goto out;
        }
        p[i].fd = -1;
    }
    test_kill_point(0);
    /* the commit point: the marker beside the journal */
    int mfd = open(marker, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (mfd < 0) {
        report(diags, arena, n ? p[0].final_path : set->dir, errno);
        goto out;
    }
    close(mfd);
    /* (no fsync of the directory here: see the one after the journal's
     * removal) */
    hold_old(p, n);
    /* the commit: nothing but renames and removals, undone if one fails */
    const char *failed_path = commit_steps(p, n, marker);
    if (failed_path) {
        report(diags, arena, failed_path, errno);
        goto out;
    }
    for (size_t i = 0; i < n; i++) /* before the marker: a kill now keeps the new set */
        if (p[i].backup_path) {
            unlink(p[i].backup_path);
            free(p[i].backup_path);
            p[i].backup_path = NULL;
        }
    rc = 0;
out:
    if (marker)
        unlink(marker); /* the marker first: a journal alone is undone */
    if (journal) {
        unlink(journal);
        close(journal_fd);
    }
    /* The names reach the disk once, here, after the journal's removal.
     * Each file's bytes are on the disk before any name is given (fsync
     * above), and a file system that journals its metadata (ext4, XFS,
     * btrfs) writes the names, the marker, the renames and the removals in
     * the order they were made, so that a power loss finds some first part
     * of them: no journal yet (the old set), the journal without its
     * marker (undone), with it (carried out) or nothing left (the new
     * set). The two fsyncs of the directory that used to come before the
     * renames and before the journal's removal added their wait (8 ms for
     * the national plan, with the freeing of the old outputs' blocks 64
     * ms) to the time a kill -9 leaves the journal, backups and
     * temporaries beside the outputs (s27outputs F3). */
    if (rc == 0)
        fsync_dir(set->dir);
    if (dir_lock >= 0)
        close(dir_lock);
    free(journal);
    free(marker);
    outputs_abort(set);
    stop_signals_restore(blocked, &saved_mask); /* a pending stop ends khgen here */
    return rc;
}

int outputs_over_inputs(DiagSink *diags, Arena *arena, const char *dir, const char *name,
                        const char *const *exts, size_t n, const char *templates_dir)
{
    for (size_t i = 0; i < n; i++) {
        const char *path = arena_printf(arena, "%s/%s.%s", dir, name, exts[i]);
        SrcPos none = {path, 0, 0};
        if (templates_dir && (strcmp(exts[i], "md") == 0 || strcmp(exts[i], "html") == 0) &&
            same_file(dir, templates_dir)) {
            diag_error(diags, none, 0, KH901, "cannot write '%s': the output directory is the "
                       "--templates directory '%s', whose .md and .html files are templates "
                       "(this build's and the next one's); build into another directory (-o)",
                       path, templates_dir);
            return 1;
        }
        if (readpolicy_was_read(path)) {
            diag_error(diags, none, 0, KH901, "cannot write '%s': it is a file the plans read "
                       "(an included registry or a catalog); build into another directory "
                       "(-o)", path);
            return 1;
        }
    }
    return 0;
}
