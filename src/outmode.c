/* outmode.c - which file an output replaces, and the mode and owner the
 * new file takes: the one rule every writer shares (a build's set in
 * outputs.c, the one-file writers' write_file_atomic in util.c).
 *
 * A symbolic link is followed to the file it names (the link stays, its
 * target gets the new text); a file replaced keeps its permission bits
 * (0600 stays private) and, where khgen may give them, its owner and
 * group; a new one gets 0666 less the umask. A regular file its owner may
 * not write (0444: made read-only to keep an issued document as it is) is
 * replaced by no writer (s34low: it was replaced keeping its mode 0444,
 * without a word); outputs_report_write words the refusal (KH901). Moved
 * out of util.c with that rule (util.c's 1,200 lines).
 */
#include "util.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* The mode of a new output: 0666 less the umask, as the shell's '>' gives. */
static mode_t output_mode(void)
{
    mode_t mask = umask(0);
    umask(mask);
    return 0666 & ~mask;
}

/* Appends to *path (malloc'd) the text of the link it names, as the
 * kernel reads it: an absolute text replaces it, a relative one is taken
 * from the link's directory. 0, or -1 (errno set). */
static int follow_link(char **path)
{
    char text[4096];
    ssize_t n = readlink(*path, text, sizeof text - 1);
    if (n < 0)
        return -1;
    if ((size_t)n >= sizeof text - 1) {
        errno = ENAMETOOLONG;
        return -1;
    }
    text[n] = '\0';
    const char *slash = strrchr(*path, '/');
    size_t dir_len = text[0] != '/' && slash ? (size_t)(slash - *path) + 1 : 0;
    char *next = xmalloc(dir_len + (size_t)n + 1);
    memcpy(next, *path, dir_len);
    memcpy(next + dir_len, text, (size_t)n + 1);
    free(*path);
    *path = next;
    return 0;
}

int output_target(const char *path, char **target, mode_t *mode, int *linked)
{
    char *at = xstrdup(path);
    struct stat st;
    *linked = 0;
    for (int hops = 0;; hops++) {
        if (lstat(at, &st) != 0) {
            if (errno != ENOENT)
                goto fail;
            *mode = output_mode(); /* a new file (or a link to none yet, as '>' makes it) */
            *target = at;
            return 0;
        }
        if (!S_ISLNK(st.st_mode))
            break;
        *linked = 1;
        if (hops == 40) {
            errno = ELOOP;
            goto fail;
        }
        if (follow_link(&at) != 0)
            goto fail;
    }
    if (S_ISREG(st.st_mode) && !(st.st_mode & S_IWUSR)) {
        errno = EACCES; /* made read-only: kept (output_read_only) */
        goto fail;
    }
    /* the permission bits only: a set-user-ID bit is not a plan's to keep */
    *mode = S_ISREG(st.st_mode) ? st.st_mode & 0777 : output_mode();
    *target = at;
    return 0;
fail: {
    int saved = errno;
    free(at);
    *target = NULL;
    errno = saved;
    return -1;
}
}

int output_read_only(const char *path, mode_t *mode)
{
    struct stat st;
    if (stat(path, &st) != 0 || !S_ISREG(st.st_mode) || (st.st_mode & S_IWUSR))
        return 0;
    *mode = st.st_mode & 0777;
    return 1;
}

int output_adopt(int fd, const char *target, mode_t mode)
{
    struct stat old, now;
    if (stat(target, &old) == 0 && S_ISREG(old.st_mode) && fstat(fd, &now) == 0 &&
        (old.st_uid != now.st_uid || old.st_gid != now.st_gid) &&
        fchown(fd, old.st_uid, old.st_gid) != 0 && old.st_gid != now.st_gid) {
        /* not root: the file becomes the writer's, as with any program
         * that replaces a file; its group is kept if the writer is in it */
        if (fchown(fd, (uid_t)-1, old.st_gid) != 0) {
            /* the writer's group, then */
        }
    }
    return fchmod(fd, mode);
}
