/* outputs.c - one plan's outputs, all or nothing (see outputs.h).
 *
 * The order of work: (1) each file's bytes go to a temporary in the
 * output directory as soon as the caller has them (outputs_add) and are
 * fsynced; (2) each temporary gets a name (linkat
 * for an O_TMPFILE) no longer than its final name; (3) the names are
 * renamed over the final ones in a tight loop; (4) files of formats the plan
 * no longer produces are removed. A failure in (1) or (2) removes every
 * temporary and touches no final file. The window in which a kill leaves a
 * named temporary or a mixed set is the few system calls of (2) and (3),
 * microseconds after seconds of rendering.
 */
#define _GNU_SOURCE 1 /* O_TMPFILE, linkat's AT_SYMLINK_FOLLOW on /proc */
#include "outputs.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

typedef struct Pending {
    char *final_path;        /* DIR/NAME.ext (malloc'd) */
    char *temp_path;         /* its named temporary, once it has one (malloc'd) */
    int fd;                  /* open temporary, -1 when closed */
    int anonymous;           /* O_TMPFILE: no name until linked */
    int produced;            /* 0: the format is not produced (stale file goes) */
    size_t base_len;         /* length of NAME.ext: the room for a temporary name */
} Pending;

/* A name in dir for a temporary, of at most `room` bytes: "." and random
 * letters and digits (at least 3). Returns a malloc'd path. */
static char *temp_name(const char *dir, size_t room, unsigned *seed)
{
    static const char alphabet[] =
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    size_t n = room < 4 ? 4 : (room > 16 ? 16 : room);
    size_t dir_len = strlen(dir);
    char *path = xmalloc(dir_len + 1 + n + 1);
    memcpy(path, dir, dir_len);
    path[dir_len] = '/';
    char *base = path + dir_len + 1;
    base[0] = '.';
    for (size_t i = 1; i < n; i++) {
        *seed = *seed * 1103515245u + 12345u;
        base[i] = alphabet[(*seed >> 16) % (sizeof alphabet - 1)];
    }
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

static int write_all(int fd, const char *data, size_t len)
{
    while (len > 0) {
        ssize_t w = write(fd, data, len);
        if (w < 0) {
            if (errno == EINTR)
                continue;
            return -1;
        }
        data += w;
        len -= (size_t)w;
    }
    return 0;
}

static void discard(Pending *p, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (p[i].fd >= 0)
            close(p[i].fd);
        if (p[i].temp_path) {
            unlink(p[i].temp_path);
            free(p[i].temp_path);
        }
        free(p[i].final_path);
    }
    free(p);
}

static void report(DiagSink *diags, Arena *arena, const char *path, int err)
{
    SrcPos none = {arena_strdup(arena, path), 0, 0}; /* the sink borrows the name */
    diag_error(diags, none, 0, KH901, "cannot write '%s': %s", path, strerror(err));
}

struct OutputSet {
    char *dir, *name;        /* copies */
    Pending *p;              /* one per format added, in order */
    size_t n, cap;
    unsigned seed;
};

OutputSet *outputs_begin(const char *dir, const char *name)
{
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
    size_t len = strlen(set->dir) + strlen(set->name) + strlen(ext) + 3;
    p->final_path = xmalloc(len);
    snprintf(p->final_path, len, "%s/%s.%s", set->dir, set->name, ext);
    p->produced = data != NULL;
    if (!data)
        return 0;
    p->base_len = strlen(set->name) + 1 + strlen(ext);
    int fd = -1;
#ifdef O_TMPFILE
    fd = open(set->dir, O_TMPFILE | O_WRONLY | O_CLOEXEC, 0666);
    p->anonymous = fd >= 0;
#endif
    if (fd < 0)
        fd = create_named(set->dir, p->base_len, &set->seed, &p->temp_path);
    p->fd = fd;
    if (fd < 0 || write_all(fd, data->data ? data->data : "", data->len) != 0 ||
        fsync(fd) != 0) {
        report(diags, arena, p->final_path, errno);
        return -1;
    }
    return 0;
}

/* Gives the anonymous temporary of p a name in dir (linkat through /proc).
 * Returns 0, or -1 with errno set. */
static int name_anonymous(Pending *p, const char *dir, unsigned *seed)
{
    char proc[64];
    snprintf(proc, sizeof proc, "/proc/self/fd/%d", p->fd);
    for (int attempt = 0; attempt < 100; attempt++) {
        char *candidate = temp_name(dir, p->base_len, seed);
        if (linkat(AT_FDCWD, proc, AT_FDCWD, candidate, AT_SYMLINK_FOLLOW) == 0) {
            p->temp_path = candidate;
            return 0;
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

int outputs_commit(OutputSet *set, DiagSink *diags, Arena *arena)
{
    Pending *p = set->p;
    size_t n = set->n;
    int rc = -1;
    /* a directory where an output goes would stop a rename half-way:
     * refuse before anything is renamed */
    for (size_t i = 0; i < n; i++) {
        struct stat st;
        if (lstat(p[i].final_path, &st) == 0 && S_ISDIR(st.st_mode)) {
            report(diags, arena, p[i].final_path, EISDIR);
            goto out;
        }
    }
    /* every file is complete: name the anonymous ones */
    for (size_t i = 0; i < n; i++) {
        if (p[i].produced && p[i].anonymous && name_anonymous(&p[i], set->dir, &set->seed) != 0) {
            report(diags, arena, p[i].final_path, errno);
            goto out;
        }
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
    /* the commit: nothing but renames */
    for (size_t i = 0; i < n; i++) {
        if (!p[i].temp_path)
            continue;
        if (rename(p[i].temp_path, p[i].final_path) != 0) {
            report(diags, arena, p[i].final_path, errno);
            goto out; /* the ones not renamed yet are removed */
        }
        free(p[i].temp_path);
        p[i].temp_path = NULL;
    }
    /* a format the plan no longer produces leaves no stale file */
    for (size_t i = 0; i < n; i++)
        if (!p[i].produced && unlink(p[i].final_path) != 0 && errno != ENOENT)
            report(diags, arena, p[i].final_path, errno);
    int dir_fd = open(set->dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir_fd >= 0) { /* the renames themselves reach the disk */
        fsync(dir_fd);
        close(dir_fd);
    }
    rc = 0;
out:
    outputs_abort(set);
    return rc;
}

int outputs_write_all(DiagSink *diags, Arena *arena, const char *dir, const char *name,
                      const OutputFile *files, size_t n)
{
    OutputSet *set = outputs_begin(dir, name);
    for (size_t i = 0; i < n; i++) {
        if (outputs_add(set, diags, arena, files[i].ext, files[i].data) != 0) {
            outputs_abort(set);
            return -1;
        }
    }
    return outputs_commit(set, diags, arena);
}
