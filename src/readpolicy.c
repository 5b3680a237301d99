/* readpolicy.c - the one gate through which a plan reads another file.
 *
 * readpolicy_load() resolves the name relative to the plan, stat()s it and
 * refuses anything but a regular file before opening it (opening a FIFO
 * blocks, opening some devices acts on them), resolves its real path and
 * checks that it lies under the plan's real directory or an allowed one,
 * then opens it non-blocking, checks with fstat() that the file opened is
 * the file checked (same device and inode, still regular), and reads it
 * within the per-file limit and the plan's remaining budget. The text goes
 * to the ordinary loader. If the loaded file does not look like the kind
 * of file expected, the diagnostics recorded inside it are withdrawn
 * (diag_withdraw_file) and one diagnostic at the reference replaces them.
 * See readpolicy.h for the policy itself.
 */
#define _GNU_SOURCE 1 /* O_PATH */
#include "readpolicy.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "i18n.h"
#include "legacy.h"
#include "longpath.h"
#include "shquote.h"
#include "vi.h"

typedef struct Seen {
    unsigned long long dev, ino;
    YNode *root;
    const char *path;
} Seen;

struct ReadPolicy {
    Arena *arena;
    const char *plan_dir;      /* as given: "plans" or "." */
    const char *plan_dir_real; /* NULL if it cannot be resolved */
    size_t used;               /* bytes read so far */
    Seen seen[READPOLICY_MAX_FILES];
    size_t n_seen;
};

static char **allowed_dirs;
static size_t n_allowed_dirs;

/* The identity of every file read, while a command asked for it
 * (readpolicy_track): `khgen diff -o` must not write over a registry or a
 * catalog its plans read. Off by default: a build of many plans keeps no
 * list. */
typedef struct FileId {
    unsigned long long dev, ino;
} FileId;
static FileId *tracked;
static size_t n_tracked, cap_tracked;
static int tracking;

void readpolicy_track(int on)
{
    tracking = on;
    if (!on) {
        free(tracked);
        tracked = NULL;
        n_tracked = cap_tracked = 0;
    }
}

int readpolicy_was_read(const char *path)
{
    struct stat st;
    if (stat(path, &st) != 0)
        return 0;
    for (size_t i = 0; i < n_tracked; i++)
        if (tracked[i].dev == (unsigned long long)st.st_dev &&
            tracked[i].ino == (unsigned long long)st.st_ino)
            return 1;
    return 0;
}

/* Records a file read (readpolicy_read, each file once per plan). */
static void track(unsigned long long dev, unsigned long long ino)
{
    if (!tracking)
        return;
    if (n_tracked == cap_tracked) {
        cap_tracked = cap_tracked ? 2 * cap_tracked : 16;
        tracked = xrealloc(tracked, cap_tracked * sizeof *tracked);
    }
    tracked[n_tracked].dev = dev;
    tracked[n_tracked].ino = ino;
    n_tracked++;
}

int readpolicy_allow_dir(const char *dir)
{
    char *real = realpath(dir, NULL);
    if (!real)
        return -1;
    struct stat st; /* a file named was taken and allowed nothing under it */
    int err = stat(real, &st) != 0 ? errno : S_ISDIR(st.st_mode) ? 0 : ENOTDIR;
    if (err) {
        free(real);
        errno = err;
        return -1;
    }
    allowed_dirs = xrealloc(allowed_dirs, (n_allowed_dirs + 1) * sizeof *allowed_dirs);
    allowed_dirs[n_allowed_dirs++] = real;
    return 0;
}

void readpolicy_clear_allowed(void)
{
    for (size_t i = 0; i < n_allowed_dirs; i++)
        free(allowed_dirs[i]);
    free(allowed_dirs);
    allowed_dirs = NULL;
    n_allowed_dirs = 0;
}

ReadPolicy *readpolicy_new(Arena *arena, const char *plan_file)
{
    ReadPolicy *rp = arena_alloc(arena, sizeof *rp);
    rp->arena = arena;
    const char *slash = plan_file ? strrchr(plan_file, '/') : NULL;
    if (!slash)
        rp->plan_dir = ".";
    else if (slash == plan_file)
        rp->plan_dir = "/";
    else
        rp->plan_dir = arena_strndup(arena, plan_file, (size_t)(slash - plan_file));
    char *real = realpath(rp->plan_dir, NULL);
    if (real) {
        rp->plan_dir_real = arena_strdup(arena, real);
        free(real);
    }
    return rp;
}

int readpolicy_real_under(const char *real, const char *dir)
{
    if (!dir)
        return 0;
    size_t n = strlen(dir);
    if (n == 1 && dir[0] == '/')
        return 1;
    return strncmp(real, dir, n) == 0 && (real[n] == '/' || real[n] == '\0');
}

int readpolicy_real_allowed(const char *real, const char *base)
{
    if (readpolicy_real_under(real, base))
        return 1;
    for (size_t i = 0; i < n_allowed_dirs; i++)
        if (readpolicy_real_under(real, allowed_dirs[i]))
            return 1;
    return 0;
}

/* 1 if UTF-8 text has a line that starts with one of keys followed by ':'
 * (a top-level key). */
static int lines_mention_key(const char *text, size_t len, const char *const *keys)
{
    /* a byte order mark before the first key (Notepad's UTF-8): a broken
     * registry saved so was "not an included file", its YAML error hidden */
    size_t start = len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    for (size_t at = start; at < len;) {
        for (size_t k = 0; keys && keys[k]; k++) {
            size_t n = strlen(keys[k]);
            if (len - at > n && memcmp(text + at, keys[k], n) == 0 && text[at + n] == ':')
                return 1;
        }
        const char *nl = memchr(text + at, '\n', len - at);
        if (!nl)
            break;
        at = (size_t)(nl - text) + 1;
    }
    return 0;
}

/* 1 if text, a file that did not load, has a line that starts with one of
 * keys followed by ':', so a broken file of the expected kind still shows
 * its lines: in UTF-16 or UTF-32 too, read as such (a registry saved so
 * was "not an included file ... check the path", KH033, and the loader's
 * KH003 naming the encoding and `khgen convert` withdrawn: s34attack R2). */
static int mentions_key(const char *text, size_t len, const char *const *keys)
{
    LegacyEncoding enc = legacy_detect(text, len);
    if (enc != ENC_UTF16LE && enc != ENC_UTF16BE && enc != ENC_UTF32LE && enc != ENC_UTF32BE)
        return lines_mention_key(text, len, keys);
    Buf utf8 = {0};
    (void)legacy_to_utf8(enc, text, len, &utf8); /* what converts: a key is near the top */
    int found = lines_mention_key(utf8.data ? utf8.data : "", utf8.len, keys);
    buf_free(&utf8);
    return found;
}

static int has_any_key(const YNode *root, const char *const *keys)
{
    for (size_t k = 0; keys && keys[k]; k++)
        if (ynode_get(root, keys[k]))
            return 1;
    /* `Units:`, AutoCorrect's capital: a file of the kind, its key read as
     * meant by its reader (yread_meant_keys), not "not an included file
     * ... check the path" (s41attack) */
    for (size_t i = 0; root->kind == YNODE_MAP && i < root->count; i++) {
        const YNode *key = root->keys[i];
        if (key->kind != YNODE_SCALAR || key->len == 0 || key->text[0] < 'A' || key->text[0] > 'Z')
            continue;
        for (size_t k = 0; keys && keys[k]; k++)
            if (strlen(keys[k]) == key->len && keys[k][0] == key->text[0] - 'A' + 'a' &&
                memcmp(keys[k] + 1, key->text + 1, key->len - 1) == 0)
                return 1;
    }
    return 0;
}

/* Whether path, whose real path is longer than PATH_MAX (realpath
 * refused it), lies under the plan's directory or an allowed one
 * (longpath_inside: by device and inode; s21attack L4). */
static int inside_long(const ReadPolicy *rp, const char *path)
{
    struct stat *dirs = xmalloc((n_allowed_dirs + 1) * sizeof *dirs);
    size_t n = 0;
    if (stat(rp->plan_dir, &dirs[n]) == 0)
        n++;
    for (size_t i = 0; i < n_allowed_dirs; i++)
        if (stat(allowed_dirs[i], &dirs[n]) == 0)
            n++;
    int inside = longpath_inside(path, dirs, n) == 1;
    free(dirs);
    return inside;
}

/* The directory of file ("." for a bare name, "/" for a file in /). */
static const char *dir_of(Arena *arena, const char *file)
{
    const char *slash = strrchr(file, '/');
    if (!slash)
        return ".";
    if (slash == file)
        return "/";
    return arena_strndup(arena, file, (size_t)(slash - file));
}

/* The --allow-read that lets a plan read the file whose real path is
 * real: its directory, from the working directory where it lies below it
 * ("chung" for xa/tan-phu/../../chung/registry.yaml run from the top of
 * the repository), else its real path; in single quotes where a shell
 * would split or expand it (sh_quote). KH030 said "--allow-read DIR"
 * alone, the user left to work out which (s29user). See readpolicy.h. */
const char *readpolicy_allow_hint(Arena *arena, const char *real)
{
    char *cwd = realpath(".", NULL);
    if (!cwd)
        return NULL;
    const char *dir = dir_of(arena, real);
    size_t n = strlen(cwd);
    if (strcmp(dir, cwd) == 0)
        dir = ".";
    else if (strcmp(cwd, "/") == 0)
        dir = dir + 1;
    else if (strncmp(dir, cwd, n) == 0 && dir[n] == '/')
        dir = dir + n + 1;
    free(cwd);
    return sh_quoted(arena, dir);
}

const char *readpolicy_kind(unsigned mode)
{
    return S_ISDIR(mode)    ? _("a directory")
           : S_ISFIFO(mode) ? _("a pipe")
           : S_ISSOCK(mode) ? _("a socket")
                            : _("a device");
}

void readpolicy_not_regular(DiagSink *diags, SrcPos at, int span, const char *what,
                            const char *path, unsigned mode)
{
    diag_error(diags, at, span, KH031,
               "%s '%s' is not a regular file (%s): a plan reads only ordinary files; name the "
               "file itself", _(what),
               path, readpolicy_kind(mode));
}

/* The entry of directory dir (NULL: ".") whose NFC form is name[0..n),
 * from arena; NULL when none is, or more than one. */
static const char *entry_by_nfc(Arena *arena, const char *dir, const char *name, size_t n)
{
    DIR *d = opendir(dir ? dir : ".");
    if (!d)
        return NULL;
    const char *found = NULL;
    int count = 0;
    Buf nfc = {0};
    for (struct dirent *e; (e = readdir(d)) != NULL;) {
        size_t len = strlen(e->d_name);
        if (utf8_invalid_at(e->d_name, len) != (size_t)-1)
            continue;
        buf_reset(&nfc);
        vi_put_nfc(&nfc, e->d_name, len);
        if (nfc.len == n && memcmp(nfc.data, name, n) == 0 && count++ == 0)
            found = arena_strdup(arena, e->d_name);
    }
    closedir(d);
    buf_free(&nfc);
    return count == 1 ? found : NULL;
}

/* A path a plan names is in NFC (the loader normalises every text), but a
 * file copied from a Mac or unpacked from some archives is named in NFD on
 * the disk: "đăk-nông.yaml", written exactly as the file is named, was
 * "cannot read ... No such file or directory". For a path that does not
 * exist, each component that does not is looked up among its directory's
 * entries by their NFC form (a single match); NULL when one has none. */
static const char *path_by_nfc(Arena *arena, const char *path)
{
    Buf out = {0};
    const char *p = path, *result = NULL;
    if (!*p)
        return NULL;
    while (*p == '/')
        buf_putc(&out, *p++);
    for (;;) {
        size_t n = strcspn(p, "/"), base = out.len;
        buf_putn(&out, p, n);
        struct stat st;
        if (lstat(buf_str(&out), &st) != 0) {
            out.data[out.len = base] = '\0';
            const char *entry = entry_by_nfc(arena, base ? buf_str(&out) : NULL, p, n);
            if (!entry)
                break;
            buf_puts(&out, entry);
        }
        p += n;
        while (*p == '/')
            buf_putc(&out, *p++);
        if (!*p) {
            result = arena_strdup(arena, buf_str(&out));
            break;
        }
    }
    buf_free(&out);
    return result;
}

/* A path written in a file reached through a symbolic link (plans/x.yaml
 * -> ../shared/x.yaml) is read from the link's directory, as a C compiler
 * reads #include "x.h" beside the name it was given (README, "include:";
 * s16user L5). When the file is missing there but is beside the link's
 * target, a note says which rule applies and what to write. */
static void note_beside_target(Arena *arena, DiagSink *diags, const char *from_file,
                               const char *written, SrcPos at)
{
    struct stat st;
    if (!from_file || written[0] == '/' || lstat(from_file, &st) != 0 || !S_ISLNK(st.st_mode))
        return;
    char *target = realpath(from_file, NULL);
    if (!target)
        return;
    const char *dir = dir_of(arena, target);
    const char *there = strcmp(dir, "/") == 0 ? arena_printf(arena, "/%s", written)
                                              : arena_printf(arena, "%s/%s", dir, written);
    if (stat(there, &st) == 0)
        diag_note(diags, at,
                  "'%s' is a link to '%s': a path in it is read from the link's directory, as a "
                  "C compiler reads #include \"...\"; '%s' is beside the target: write its path "
                  "from '%s', or link it there too",
                  from_file, target, there, dir_of(arena, from_file));
    free(target);
}

/* 1 when path still names the file st describes and that file's path, as
 * the kernel knows it through a descriptor (O_PATH: nothing is opened for
 * reading, a FIFO does not block), is real. The stat, the realpath and the
 * open of a reference were three lookups of its name: a link swapped
 * between them (outside, inside, outside again) had the real path of an
 * inside file checked and the outside file read - and printed in the
 * outputs (s27outputs F5, reproduced with strace's syscall delays). With
 * this check the file read (readpolicy_read: the same device and inode)
 * is the one whose path was checked. Where /proc cannot say the path, the
 * real path must name the same file. */
static int still_checked(const char *path, const struct stat *st, const char *real);

/* KH001 for a file that was another file when it was read than when its
 * place was checked: an editor saving the shared registry (a new file
 * renamed over the old) while `khgen build a.yaml b.yaml` ran, or a link
 * swapped. It said "Resource temporarily unavailable" (EAGAIN's words),
 * which told nobody what happened or what to do (s48attack). */
static void say_changed(DiagSink *diags, SrcPos at, int span, const char *what, const char *path)
{
    diag_error(diags, at, span, KH001, "cannot read %s '%s': it was replaced by another file "
               "while khgen read it (saved again, or a link changed): run khgen again once it is "
               "saved", _(what), path);
}

static int still_checked(const char *path, const struct stat *st, const char *real)
{
    int fd = readpolicy_open_checked(path, real);
    struct stat now;
    int same = fd >= 0 && fstat(fd, &now) == 0 && now.st_dev == st->st_dev &&
               now.st_ino == st->st_ino;
    if (fd >= 0)
        close(fd);
    return same;
}

int readpolicy_open_checked(const char *path, const char *real)
{
    int fd = open(path, O_PATH | O_CLOEXEC);
    if (fd < 0)
        return -1;
    char proc[64], *seen = xmalloc(PATH_MAX + 1);
    snprintf(proc, sizeof proc, "/proc/self/fd/%d", fd);
    ssize_t n = readlink(proc, seen, PATH_MAX);
    struct stat a, b;
    int same;
    if (n > 0 && seen[0] == '/') {
        seen[n] = '\0';
        same = strcmp(seen, real) == 0;
    } else { /* no /proc: the real path names the same file */
        same = fstat(fd, &a) == 0 && stat(real, &b) == 0 && a.st_dev == b.st_dev &&
               a.st_ino == b.st_ino;
    }
    free(seen);
    if (!same) {
        close(fd);
        errno = EAGAIN;
        return -1;
    }
    return fd;
}

/* KH030 at a path outside the plan's tree, real: its real path, or that
 * of the nearest directory above it that exists with the rest appended
 * (NULL: the hint names no directory). */
static void say_outside(ReadPolicy *rp, DiagSink *diags, SrcPos at, int span, const char *what,
                        const char *path, const char *real)
{
    /* the same words whether the file exists or not (outside_before_stat):
     * "run with --allow-read" read as "the file is there", of a file that
     * was not (s49it F9), so the path is the first thing to check */
    const char *allow = real ? readpolicy_allow_hint(rp->arena, real) : NULL;
    if (allow)
        diag_error(diags, at, span, KH030,
                   "%s '%s' is outside the plan's directory '%s': a plan reads only files in "
                   "its own directory tree, and khgen does not look outside it, even whether "
                   "the file is there (check the path; then keep the file beside the plan or "
                   "below it, or run with --allow-read %s)",
                   _(what), path, rp->plan_dir, allow);
    else
        diag_error(diags, at, span, KH030,
                   "%s '%s' is outside the plan's directory '%s': a plan reads only files in its "
                   "own directory tree, and khgen does not look outside it, even whether the "
                   "file is there (check the path; then keep the file beside the plan or below "
                   "it, or run with --allow-read DIR)",
                   _(what), path, rp->plan_dir);
}

enum { MAX_LINK_HOPS = 40 }; /* the kernel's (MAXSYMLINKS) */

/* When path is a symbolic link whose target does not resolve: the path
 * it points to (malloc'd; a relative target joined to the link's
 * directory), else NULL. */
static char *dangling_target(const char *path)
{
    struct stat st;
    char target[PATH_MAX];
    if (lstat(path, &st) != 0 || !S_ISLNK(st.st_mode))
        return NULL;
    ssize_t n = readlink(path, target, sizeof target - 1);
    if (n <= 0)
        return NULL;
    target[n] = '\0';
    const char *slash = strrchr(path, '/');
    if (target[0] == '/' || !slash)
        return xstrdup(target);
    size_t dir = (size_t)(slash - path) + 1;
    char *joined = xmalloc(dir + (size_t)n + 1);
    memcpy(joined, path, dir);
    memcpy(joined + dir, target, (size_t)n + 1);
    return joined;
}

/* The policy before the file: 1 (with *where, from arena, for the hint)
 * when path lies outside the plan's tree and every allowed directory,
 * whether or not it exists and whatever it is. Its real path when it
 * resolves, else the real path of the nearest directory above it that
 * does, with the last name appended: a name that does not exist below a
 * directory outside is outside too. "cannot read '/etc/nope'" (KH001)
 * beside "'/etc/passwd' is outside" (KH030), and "'/dev/null' is not a
 * regular file" (KH031), told a plan which files exist outside its tree
 * (s36low). 0 when inside, or when nothing above it resolves (a path
 * longer than PATH_MAX: the checks after the file's stat decide). */
static int outside_before_stat(ReadPolicy *rp, const char *path, const char **where)
{
    size_t n = strlen(path);
    if (!n || n >= PATH_MAX)
        return 0;
    char *probe = xstrdup(path);
    const char *last = NULL;
    int outside = 0, hops = 0;
    for (;;) {
        char *real = realpath(probe, NULL);
        if (real) {
            outside = !readpolicy_real_allowed(real, rp->plan_dir_real);
            if (outside)
                *where = last ? arena_printf(rp->arena, "%s/%s", strcmp(real, "/") ? real : "",
                                             last)
                              : arena_strdup(rp->arena, real);
            free(real);
            break;
        }
        char *target = dangling_target(probe);
        if (target) {
            /* a link to a name that does not exist: judged where it points,
             * as a path written so is (a link to '/etc/nope' was KH001
             * "cannot read" beside a link to '/etc/passwd' KH030: which
             * files exist outside the tree, told again; s37review) */
            free(probe);
            probe = target;
            last = NULL;
            if (++hops > MAX_LINK_HOPS)
                break; /* a loop of links: the stat after says so (ELOOP), as it
                        * does for any chain this long, wherever it ends */
            continue;
        }
        /* missing, or below a directory it may not search (EACCES): a
         * level up, where the same answer is given either way */
        size_t len = strlen(probe);
        while (len > 1 && probe[len - 1] == '/')
            probe[--len] = '\0';
        char *slash = strrchr(probe, '/');
        if (!last)
            last = arena_strdup(rp->arena, slash ? slash + 1 : probe);
        if (!slash && strcmp(probe, ".") == 0)
            break;
        if (!slash)
            strcpy(probe, ".");
        else if (slash == probe)
            probe[1] = '\0';
        else
            *slash = '\0';
        if (strcmp(probe, "/") == 0 && len == 1)
            break;
    }
    free(probe);
    return outside;
}

/* path without its "." steps and each "dir/.." ("xa/a/../../chung/r.yaml"
 * -> "chung/r.yaml"), as the messages name the file, when that names the
 * same file: the same name in a directory of the same real path (a link
 * under "xa/a" would lead ".." elsewhere: then path as it is). A shared
 * registry's warnings were printed under each plan's route to it (s49it
 * F3). */
static const char *shown_path(Arena *arena, const char *path)
{
    size_t n = strlen(path), top = 0, len = 0;
    char *out = arena_alloc(arena, n + 2);
    if (path[0] == '/')
        out[len++] = '/', top = 1;
    size_t kept = 0; /* the steps in out that a ".." may take back */
    for (const char *s = path; *s;) {
        size_t w = strcspn(s, "/");
        if ((w == 1 && s[0] == '.') || w == 0) {
            /* nothing */
        } else if (w == 2 && s[0] == '.' && s[1] == '.' && kept) {
            while (len > top && out[len - 1] != '/')
                len--;
            len -= len > top; /* its slash */
            kept--;
        } else if (!(w == 2 && s[0] == '.' && s[1] == '.' && top && len == 1)) {
            if (len > top)
                out[len++] = '/';
            memcpy(out + len, s, w);
            len += w;
            kept += !(w == 2 && s[0] == '.' && s[1] == '.');
        }
        s += w + (s[w] == '/');
    }
    out[len] = '\0';
    if (len == 0 || strcmp(out, path) == 0)
        return path;
    char *a = realpath(dir_of(arena, path), NULL), *b = realpath(dir_of(arena, out), NULL);
    int same = a && b && strcmp(a, b) == 0;
    free(a);
    free(b);
    return same ? out : path;
}

int readpolicy_resolve(ReadPolicy *rp, DiagSink *diags, const char *from_file,
                       const char *written, SrcPos at, int span, const char *what,
                       ReadTarget *t)
{
    memset(t, 0, sizeof *t);
    Arena *arena = rp->arena;
    const char *dir = from_file ? dir_of(arena, from_file) : rp->plan_dir;
    const char *path;
    if (written[0] == '/' || strcmp(dir, ".") == 0)
        path = arena_strdup(arena, written);
    else if (strcmp(dir, "/") == 0)
        path = arena_printf(arena, "/%s", written);
    else
        path = arena_printf(arena, "%s/%s", dir, written);
    t->path = path;

    const char *where = NULL;
    if (rp->plan_dir_real && outside_before_stat(rp, path, &where)) {
        /* a name written in NFC (as the loader reads every text) of a
         * file or directory named in NFD on disk (a Mac's copy): judged by
         * the name that does not exist, its nearest existing directory
         * above was judged, so the --allow-read of its directory, typed as
         * ls shows it, was refused and the hint named '.' (s49it F8); the
         * file found is judged, and named in the hint, the path as written
         * in the message */
        struct stat st0;
        const char *nfd = stat(path, &st0) != 0 && errno == ENOENT ? path_by_nfc(arena, path)
                                                                   : NULL;
        const char *nfd_where = NULL;
        if (!nfd || outside_before_stat(rp, nfd, &nfd_where)) {
            say_outside(rp, diags, at, span, what, path, nfd ? nfd_where : where);
            return -1;
        }
        path = t->path = nfd;
    }
    struct stat st;
    int err = stat(path, &st) != 0 ? errno : 0;
    const char *on_disk = err == ENOENT ? path_by_nfc(arena, path) : NULL;
    if (on_disk && stat(on_disk, &st) == 0) {
        path = t->path = on_disk; /* named in another normal form */
        err = 0;
    }
    if (err) {
        diag_error(diags, at, span, KH001, "cannot read %s '%s': %s: check the path and that the "
                   "file is readable", _(what), path,
                   i18n_strerror(err));
        if (err == ENOENT)
            note_beside_target(arena, diags, from_file, written, at);
        return -1;
    }
    if (!S_ISREG(st.st_mode)) {
        readpolicy_not_regular(diags, at, span, what, path, st.st_mode);
        return -1;
    }
    int is_real = 0;
    const char *real = longpath_identity(arena, path, &is_real);
    if (!real) {
        diag_error(diags, at, span, KH001, "cannot read %s '%s': %s: check the path and that the "
                   "file is readable", _(what), path,
                   i18n_strerror(errno));
        return -1;
    }
    int inside = is_real ? readpolicy_real_under(real, rp->plan_dir_real) : inside_long(rp, path);
    for (size_t i = 0; i < n_allowed_dirs && !inside && is_real; i++)
        inside = readpolicy_real_under(real, allowed_dirs[i]);
    t->real = real;
    if (inside && is_real && !still_checked(path, &st, real)) {
        say_changed(diags, at, span, what, path);
        return -1;
    }
    if (!inside) {
        say_outside(rp, diags, at, span, what, path, is_real ? real : NULL);
        return -1;
    }
    t->dev = (unsigned long long)st.st_dev;
    t->ino = (unsigned long long)st.st_ino;
    t->path = shown_path(arena, path);
    return 0;
}

void readpolicy_not_of_kind(DiagSink *diags, const char *path, SrcPos at, int span,
                            const char *what, const char *const *expect_keys)
{
    /* not a file of the expected kind: never echo its lines or its words */
    diag_withdraw_file(diags, path);
    /* the marker keys: two are both required (a catalog's 'criteria:'
     * and 'id:'), more are alternatives (a registry's 'units:', 'levels:',
     * ...); naming only the first said an included file is "a mapping
     * with 'include:'" */
    size_t n = 0;
    while (expect_keys && expect_keys[n])
        n++;
    Buf keys = {0};
    for (size_t i = 0; i < n; i++) {
        if (i > 0)
            buf_puts(&keys, i + 1 < n ? ", " : n == 2 ? _(" and ") : _(" or "));
        buf_printf(&keys, "'%s:'", expect_keys[i]);
    }
    /* a whole sentence for "a" and for "an": the "n" passed as an argument
     * was an English letter in the Vietnamese message */
    if (strchr("aeiou", what[0]))
        diag_error(diags, at, span, KH033,
                   "'%s' is not an %s (a YAML mapping with %s); its contents are not shown: "
                   "check the path",
                   path, _(what), n ? buf_str(&keys) : "...");
    else
        diag_error(diags, at, span, KH033,
                   "'%s' is not a %s (a YAML mapping with %s); its contents are not shown: "
                   "check the path",
                   path, _(what), n ? buf_str(&keys) : "...");
    buf_free(&keys);
}

int readpolicy_read(ReadPolicy *rp, DiagSink *diags, const ReadTarget *t, SrcPos at, int span,
                    const char *what, const char *const *expect_keys, ReadResult *out)
{
    memset(out, 0, sizeof *out);
    Arena *arena = rp->arena;
    const char *path = t->path;
    out->path = path;
    out->real = t->real;
    for (size_t i = 0; i < rp->n_seen; i++) {
        if (rp->seen[i].dev == t->dev && rp->seen[i].ino == t->ino) {
            out->root = rp->seen[i].root;
            out->path = rp->seen[i].path;
            out->again = 1;
            return out->root ? 0 : -1;
        }
    }
    LoadLimits limits = load_default_limits();
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    struct stat st;
    if (fd < 0 || fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) ||
        (unsigned long long)st.st_dev != t->dev || (unsigned long long)st.st_ino != t->ino) {
        int saved = errno;
        if (fd >= 0) {
            close(fd);
            say_changed(diags, at, span, what, path); /* another file under its name now */
        } else {
            diag_error(diags, at, span, KH001, "cannot read %s '%s': %s: check the path and that "
                       "the file is readable", _(what), path, i18n_strerror(saved));
        }
        return -1;
    }
    track(t->dev, t->ino); /* opened: it is a file this plan reads */
    size_t budget = READPOLICY_BUDGET - rp->used;
    if (rp->n_seen == READPOLICY_MAX_FILES || (uintmax_t)st.st_size > limits.max_bytes ||
        (uintmax_t)st.st_size > budget) {
        close(fd);
        /* which limit, and the file's size: the three were listed alike (s48attack) */
        if (rp->n_seen == READPOLICY_MAX_FILES)
            diag_error(diags, at, span, KH032, "%s '%s' would be file %d this plan reads, past "
                       "the %d it may read: remove an include or an import it does not need", _(what), path,
                       READPOLICY_MAX_FILES + 1, READPOLICY_MAX_FILES);
        else if ((uintmax_t)st.st_size > limits.max_bytes)
            diag_error(diags, at, span, KH032, "%s '%s' is %ju bytes, more than the %zu MiB a "
                       "file a plan reads may be: check that it is the right file, or split it",
                       _(what), path, (uintmax_t)st.st_size, limits.max_bytes >> 20);
        else
            diag_error(diags, at, span, KH032, "%s '%s' is %ju bytes, which would take the files "
                       "this plan reads past the %zu MiB they may be in all (%zu MiB read "
                       "before it): check that it is the right file, or read fewer files",
                       _(what), path, (uintmax_t)st.st_size, READPOLICY_BUDGET >> 20,
                       rp->used >> 20);
        return -1;
    }
    size_t max = limits.max_bytes < budget ? limits.max_bytes : budget;
    size_t len = 0;
    char *text = read_fd(fd, (size_t)st.st_size, max, &len);
    int saved = errno;
    close(fd);
    if (!text) {
        diag_error(diags, at, span, saved == EFBIG ? KH032 : KH001, "cannot read %s '%s': %s: "
                   "check the path and that the file is readable",
                   _(what), path, i18n_strerror(saved));
        return -1;
    }
    rp->used += len;

    int errors_before = diag_error_count(diags);
    limits.what = strcmp(what, "catalog") == 0 ? N_("a catalog") : N_("an included registry");
    YNode *root = load_string(arena, diags, path, text, len, &limits);
    int looks_right = root ? has_any_key(root, expect_keys) : mentions_key(text, len, expect_keys);
    int binary = !looks_right && memchr(text, '\0', len); /* UTF-16 and -32 mention their keys */
    free(text);
    if (binary) { /* told as a plan of NULs is (KH004), not "not an included file" (s39slip L7) */
        diag_withdraw_file(diags, path);
        diag_error(diags, at, span, KH033,
                   "'%s' is a binary file, not text: it holds NUL bytes (a Word or Excel file "
                   "renamed, or a damaged copy); its contents are not shown: check the path, "
                   "and save the %s as text (UTF-8)", path, _(what));
        root = NULL;
    } else if (!looks_right) {
        readpolicy_not_of_kind(diags, path, at, span, what, expect_keys);
        root = NULL;
    } else if (!root && diag_error_count(diags) == errors_before) {
        diag_error(diags, at, span, KH001, "cannot load %s '%s': fix the errors above", _(what), path);
    }
    Seen *seen = &rp->seen[rp->n_seen++];
    seen->dev = t->dev;
    seen->ino = t->ino;
    seen->root = root;
    seen->path = path;
    out->root = root;
    return root ? 0 : -1;
}

int readpolicy_load(ReadPolicy *rp, DiagSink *diags, const char *from_file, const char *written,
                    SrcPos at, int span, const char *what, const char *const *expect_keys,
                    ReadResult *out)
{
    ReadTarget t;
    if (readpolicy_resolve(rp, diags, from_file, written, at, span, what, &t) != 0) {
        memset(out, 0, sizeof *out);
        out->path = t.path;
        return -1;
    }
    return readpolicy_read(rp, diags, &t, at, span, what, expect_keys, out);
}
