/* longpath.c - a file whose real path is longer than PATH_MAX.
 *
 * The read policy (readpolicy.c) resolves each file a plan reads to its
 * real path, to tell whether it lies under the plan's directory and
 * whether two names are one file (an include cycle, include.c). realpath
 * refuses a result longer than PATH_MAX (4,096 bytes on Linux), which a
 * directory tree may well exceed: a plan five kilobytes deep built, but
 * its `include: [reg/r.yaml]` was KH001 "File name too long" with nothing
 * the drafter could do (s21attack L4). Here the same two questions are
 * answered without the path: a file is named by its device and inode, and
 * a directory is inside another when walking up from it by "..", which the
 * kernel resolves physically (links already followed), meets the other's
 * device and inode before the root. Only a path realpath refuses comes
 * here, so the usual one keeps its real path in messages.
 */
#include "longpath.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

const char *longpath_identity(Arena *arena, const char *path, int *is_real)
{
    *is_real = 0;
    char *real = realpath(path, NULL);
    if (real) {
        const char *copy = arena_strdup(arena, real);
        free(real);
        *is_real = 1;
        return copy;
    }
    struct stat st;
    if (errno != ENAMETOOLONG || stat(path, &st) != 0)
        return NULL;
    return arena_printf(arena, "<file %llu:%llu>", (unsigned long long)st.st_dev,
                        (unsigned long long)st.st_ino);
}

/* Opens the directory that holds the file path names, its last component
 * followed while it is a symbolic link (at most 40, as the kernel);
 * returns the descriptor, or -1. */
static int open_holding_dir(const char *path)
{
    const char *slash = strrchr(path, '/');
    char name[PATH_MAX];
    int fd;
    if (!slash) {
        fd = open(".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        snprintf(name, sizeof name, "%s", path);
    } else {
        size_t len = slash == path ? 1 : (size_t)(slash - path);
        char *dir = xmalloc(len + 1);
        memcpy(dir, path, len);
        dir[len] = '\0';
        fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        free(dir);
        snprintf(name, sizeof name, "%s", slash + 1);
    }
    for (int hops = 0; fd >= 0; hops++) {
        struct stat st;
        if (fstatat(fd, name, &st, AT_SYMLINK_NOFOLLOW) != 0 || !S_ISLNK(st.st_mode))
            return fd;
        char target[PATH_MAX];
        ssize_t n = hops < 40 ? readlinkat(fd, name, target, sizeof target - 1) : -1;
        if (n <= 0) {
            close(fd);
            errno = hops < 40 ? errno : ELOOP;
            return -1;
        }
        target[n] = '\0';
        char *last = strrchr(target, '/');
        if (!last) {
            snprintf(name, sizeof name, "%s", target);
            continue;
        }
        *last = '\0';
        int next = openat(fd, last == target ? "/" : target, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        close(fd);
        fd = next;
        snprintf(name, sizeof name, "%s", last + 1);
    }
    return -1;
}

int longpath_inside(const char *path, const struct stat *dirs, size_t n)
{
    int fd = open_holding_dir(path);
    while (fd >= 0) {
        struct stat here, up;
        if (fstat(fd, &here) != 0)
            break;
        for (size_t i = 0; i < n; i++)
            if (dirs[i].st_dev == here.st_dev && dirs[i].st_ino == here.st_ino) {
                close(fd);
                return 1;
            }
        int parent = openat(fd, "..", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        close(fd);
        fd = parent;
        if (fd < 0 || fstat(fd, &up) != 0)
            break;
        if (up.st_dev == here.st_dev && up.st_ino == here.st_ino) {
            close(fd); /* the root, its own parent: not inside any */
            return 0;
        }
    }
    if (fd >= 0)
        close(fd);
    return -1;
}
