/* util.c - arena, growing buffer, whole-file reads, atomic writes and a set of strings.
 *
 * The arena hands out memory from blocks that start at 64 KiB and double up
 * to 4 MiB (larger requests get a block of their own), and frees them all
 * together. Blocks of 2 MiB and more are mapped from the kernel (already
 * zero, so not cleared again), aligned to 2 MiB but not marked for
 * transparent huge pages: on the national plan the kernel's clearing of
 * huge pages cost several times the system time of small ones. A scratch
 * arena can go back to a mark (arena_release). The buffer doubles its capacity
 * as it grows. write_file_atomic() writes an unnamed file beside the target
 * (O_TMPFILE; a named temporary where there is none) and names it only once
 * complete, the only way khgen writes a single output file (a build's set
 * goes through outputs.c). Out of memory ends the program
 * here, with exit status 3 (an input/output-class failure), so no caller
 * checks for NULL.
 *
 * Not a stage: memory and file helpers every stage may call.
 */
#define _GNU_SOURCE 1 /* O_TMPFILE, linkat through /proc */
#include "util.h"
#include "tempname.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static void out_of_memory(void)
{
    fputs("khgen: out of memory\n", stderr);
    exit(3);
}

void *xmalloc(size_t size)
{
    void *p = malloc(size ? size : 1);
    if (!p)
        out_of_memory();
    return p;
}

void *xrealloc(void *ptr, size_t size)
{
    void *p = realloc(ptr, size ? size : 1);
    if (!p)
        out_of_memory();
    return p;
}

char *xstrdup(const char *s)
{
    size_t n = strlen(s);
    char *p = xmalloc(n + 1);
    memcpy(p, s, n + 1);
    return p;
}

/* Under AddressSanitizer, memory an arena_release() gave back is poisoned
 * until arena_alloc() hands it out again, so a pointer kept past its
 * release is reported. */
#if defined(__SANITIZE_ADDRESS__)
#define KHGEN_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define KHGEN_ASAN 1
#endif
#endif
#ifdef KHGEN_ASAN
#include <sanitizer/asan_interface.h>
#define ASAN_POISON(p, n) ASAN_POISON_MEMORY_REGION((p), (n))
#define ASAN_UNPOISON(p, n) ASAN_UNPOISON_MEMORY_REGION((p), (n))
#else
#define ASAN_POISON(p, n) ((void)(p), (void)(n))
#define ASAN_UNPOISON(p, n) ((void)(p), (void)(n))
#endif

/* ---- arena ----------------------------------------------------------- */

typedef struct Block {
    struct Block *next;
    size_t used, cap;
    size_t mapped;           /* bytes mmap'd (0: from malloc) */
    max_align_t data[]; /* aligned storage follows */
} Block;

typedef struct Adopted {
    struct Adopted *next;
    void *block;
} Adopted;

struct Arena {
    Block *head;
    size_t next_block; /* size of the next ordinary block */
    Adopted *adopted;  /* malloc'd blocks freed with the arena */
    Block *spare;      /* a mapped block arena_release gave back, cleared,
                          for the next new block to reuse */
};

enum {
    FIRST_BLOCK = 64 * 1024,
    MAX_BLOCK = 4 * 1024 * 1024,
    HUGE_PAGE = 2 * 1024 * 1024
};

Arena *arena_new(void)
{
    Arena *arena = xmalloc(sizeof *arena);
    arena->head = NULL;
    arena->next_block = FIRST_BLOCK;
    arena->adopted = NULL;
    arena->spare = NULL;
    return arena;
}

/* Maps `total` bytes (a multiple of HUGE_PAGE) aligned to HUGE_PAGE, as
 * zeroed anonymous memory; NULL if the system refuses. */
static void *map_huge(size_t total)
{
    size_t padded = total + HUGE_PAGE;
    char *raw = mmap(NULL, padded, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (raw == MAP_FAILED)
        return NULL;
    char *aligned = (char *)(((uintptr_t)raw + HUGE_PAGE - 1) & ~(uintptr_t)(HUGE_PAGE - 1));
    if (aligned > raw)
        munmap(raw, (size_t)(aligned - raw));
    size_t tail = (size_t)(raw + padded - (aligned + total));
    if (tail)
        munmap(aligned + total, tail);
    /* no MADV_HUGEPAGE: measured on the national plan (make bench), the
     * kernel's clearing of 2 MB pages cost 7x the system time of 4 KB ones
     * (build md,html,xlsx: 8.3 s system time against 1.15 s) for no gain
     * in user time */
    return aligned;
}

/* A block of `total` bytes (header included). Big blocks are mapped memory,
 * which the kernel hands out zeroed, so arena_alloc need not clear them
 * again. */
static Block *new_block(Arena *arena, size_t total)
{
    Block *block = NULL;
    if (total >= HUGE_PAGE) {
        total = (total + HUGE_PAGE - 1) / HUGE_PAGE * HUGE_PAGE;
        if (arena->spare && arena->spare->mapped == total) {
            block = arena->spare; /* cleared by give_back */
            arena->spare = NULL;
            block->cap = total - sizeof(Block);
            block->used = 0;
            return block;
        }
        block = map_huge(total);
        if (block)
            block->mapped = total;
    }
    if (!block) {
        block = xmalloc(total);
        block->mapped = 0;
    }
    block->cap = total - sizeof(Block);
    block->used = 0;
    return block;
}

/* Unmaps a mapped block, first clearing the ASan poison of its data: the
 * shadow memory outlives munmap, and the next mapping at that address (a
 * new block, its header written at once) would be reported as a use after
 * poison. */
static void unmap_block(Block *b)
{
    ASAN_UNPOISON(b->data, b->cap);
    munmap(b, b->mapped);
}

void arena_adopt(Arena *arena, void *block)
{
    Adopted *a = xmalloc(sizeof *a);
    a->block = block;
    a->next = arena->adopted;
    arena->adopted = a;
}

void arena_free(Arena *arena)
{
    if (!arena)
        return;
    for (Adopted *a = arena->adopted, *next; a; a = next) {
        next = a->next;
        free(a->block);
        free(a);
    }
    Block *b = arena->head;
    while (b) {
        Block *next = b->next;
        if (b->mapped)
            unmap_block(b);
        else
            free(b);
        b = next;
    }
    if (arena->spare)
        unmap_block(arena->spare);
    free(arena);
}

ArenaMark arena_mark(Arena *arena)
{
    ArenaMark mark = {arena->head, arena->head ? arena->head->used : 0};
    return mark;
}

/* Frees a block arena_release no longer needs, or keeps one mapped block
 * as the arena's spare, cleared (arena_alloc counts on mapped memory being
 * zero). The render's scratch arena makes and releases a block of the same
 * size for each task or table of a national plan; unmapped and mapped
 * again, each cost the kernel a fault and a clearing per 4 KB page (a
 * build's system time); clearing only the bytes used is cheaper. */
static void give_back(Arena *arena, Block *b)
{
    if (!b->mapped) {
        free(b);
        return;
    }
    if (arena->spare && arena->spare->mapped >= b->mapped) {
        unmap_block(b);
        return;
    }
    if (arena->spare)
        unmap_block(arena->spare);
    memset(b->data, 0, b->used);
    ASAN_POISON(b->data, b->cap);
    arena->spare = b;
}

void arena_release(Arena *arena, ArenaMark mark)
{
    /* blocks made since the mark are in front of the marked one */
    while (arena->head && arena->head != mark.block) {
        Block *b = arena->head;
        arena->head = b->next;
        give_back(arena, b);
    }
    Block *b = arena->head;
    if (!b || b->used < mark.used)
        return;
    char *from = (char *)b->data + mark.used;
    size_t n = b->used - mark.used;
    if (b->mapped) /* arena_alloc counts on mapped memory being zero */
        memset(from, 0, n);
    ASAN_POISON(from, n);
    b->used = mark.used;
}

/* A block with room for size (aligned) bytes, made when the head has
 * none: arena_take's slow path, apart so that its fast path is inlined. */
static Block *arena_grow(Arena *arena, size_t size)
{
    Block *b = arena->head;
    int own_block = size > arena->next_block / 2;
    Block *nb = new_block(arena, sizeof(Block) + (own_block ? size : arena->next_block));
    if (!own_block && arena->next_block < MAX_BLOCK)
        arena->next_block *= 2;
    if (own_block && b) {
        /* big allocation: keep the current block as head for small ones */
        nb->next = b->next;
        b->next = nb;
    } else {
        nb->next = b;
        arena->head = nb;
    }
    return nb;
}

/* size bytes of the arena, aligned; zeroed only if zero is set (memory a
 * caller writes whole, such as a string's copy, need not be). Inline in
 * arena_alloc and arena_strndup: a national plan's check makes over a
 * million (s16perf). */
static inline void *arena_take(Arena *arena, size_t size, int zero)
{
    const size_t align = sizeof(max_align_t);
    size = (size + align - 1) / align * align;
    if (size == 0)
        size = align;
    Block *b = arena->head;
    if (!b || b->cap - b->used < size)
        b = arena_grow(arena, size);
    void *p = (char *)b->data + b->used;
    b->used += size;
    ASAN_UNPOISON(p, size);
    if (zero && !b->mapped) /* mapped memory is fresh from the kernel (or
                               cleared by arena_release): already zero */
        memset(p, 0, size);
    return p;
}

void *arena_alloc(Arena *arena, size_t size)
{
    return arena_take(arena, size, 1);
}

char *arena_strndup(Arena *arena, const char *s, size_t n)
{
    char *p = arena_take(arena, n + 1, 0); /* written whole below (but its padding) */
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

char *arena_strdup(Arena *arena, const char *s)
{
    return s ? arena_strndup(arena, s, strlen(s)) : NULL;
}

/* Writes n in decimal, zero-padded to at least `digits` digits, at the end
 * of tmp; returns the index of its first character. The one integer
 * formatter of arena_int and buf_put_int (no locale, no printf). */
static size_t format_long(char tmp[24], long n, int digits)
{
    size_t k = 24;
    unsigned long u = n < 0 ? 0UL - (unsigned long)n : (unsigned long)n;
    do {
        tmp[--k] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    while (24 - k < (size_t)digits && k > 1)
        tmp[--k] = '0';
    if (n < 0)
        tmp[--k] = '-';
    return k;
}

char *arena_int(Arena *arena, long n)
{
    char tmp[24];
    size_t k = format_long(tmp, n, 0);
    return arena_strndup(arena, tmp + k, sizeof tmp - k);
}

char *arena_printf(Arena *arena, const char *fmt, ...)
{
    Buf buf = {0};
    va_list ap;
    va_start(ap, fmt);
    buf_vprintf(&buf, fmt, ap);
    va_end(ap);
    char *s = arena_strndup(arena, buf.data ? buf.data : "", buf.len);
    buf_free(&buf);
    return s;
}

/* ---- buffer ---------------------------------------------------------- */

/* The first block of a buffer is BUF_FIRST bytes. Most buffers are short
 * and brief (a phrase, a cell, a line: a national plan's build makes
 * hundreds of thousands), so buf_free keeps a few of their first blocks
 * and the next buffer starts in one, instead of a malloc and a free each
 * (a twentieth of a build's instructions). Not under AddressSanitizer,
 * which is to see each buffer's own memory come and go. One thread. */
enum { BUF_FIRST = 256, BUF_SPARES = 32 };
#ifndef KHGEN_ASAN
static char *buf_spares[BUF_SPARES];
static size_t n_buf_spares;
#endif

static void buf_reserve(Buf *buf, size_t extra)
{
    if (buf->len + extra + 1 <= buf->cap)
        return;
#ifndef KHGEN_ASAN
    if (!buf->data && extra + 1 <= BUF_FIRST && n_buf_spares) {
        buf->data = buf_spares[--n_buf_spares];
        buf->cap = BUF_FIRST;
        return;
    }
#endif
    size_t cap = buf->cap ? buf->cap : BUF_FIRST;
    while (cap < buf->len + extra + 1)
        cap *= 2;
    buf->data = xrealloc(buf->data, cap);
    buf->cap = cap;
}

void buf_grow(Buf *buf, size_t extra)
{
    if (buf->len + extra + 1 <= buf->cap)
        return;
    buf->cap = buf->len + extra + 1;
    buf->data = xrealloc(buf->data, buf->cap);
}

void buf_free(Buf *buf)
{
#ifndef KHGEN_ASAN
    if (buf->cap == BUF_FIRST && n_buf_spares < BUF_SPARES) {
        buf_spares[n_buf_spares++] = buf->data;
        buf->data = NULL;
        buf->len = buf->cap = 0;
        return;
    }
#endif
    free(buf->data);
    buf->data = NULL;
    buf->len = buf->cap = 0;
}

void buf_fit(Buf *buf)
{
    if (!buf->data || buf->cap <= buf->len + 1)
        return;
    buf->data = xrealloc(buf->data, buf->len + 1);
    buf->cap = buf->len + 1;
}

void buf_reset(Buf *buf)
{
    buf->len = 0;
    buf_reserve(buf, 0); /* data is never NULL after a buf_* call */
    buf->data[0] = '\0';
}

const char *buf_str(const Buf *buf)
{
    return buf->data ? buf->data : "";
}

void buf_putn_grow(Buf *buf, const char *s, size_t n)
{
    if (buf->len + n + 1 > buf->cap)
        buf_reserve(buf, n);
    if (n > 0) /* s may be NULL when n is 0 (an empty Buf's data) */
        memcpy(buf->data + buf->len, s, n);
    buf->len += n;
    buf->data[buf->len] = '\0';
}

void buf_take_tail(Buf *buf, size_t from, Buf *tail)
{
    buf_putn(tail, buf->data + from, buf->len - from);
    buf->len = from;
    buf->data[from] = '\0';
}

void buf_vprintf(Buf *buf, const char *fmt, va_list ap)
{
    /* One pass when the text fits in the room left (the common case); a
     * second, into a buffer grown to size, only when it did not. */
    size_t room = buf->cap > buf->len ? buf->cap - buf->len : 0;
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(room ? buf->data + buf->len : NULL, room, fmt, ap2);
    va_end(ap2);
    if (n < 0) {
        if (room)
            buf->data[buf->len] = '\0';
        return;
    }
    if ((size_t)n < room) {
        buf->len += (size_t)n;
        return;
    }
    buf_reserve(buf, (size_t)n);
    vsnprintf(buf->data + buf->len, (size_t)n + 1, fmt, ap);
    buf->len += (size_t)n;
}

void buf_put_int(Buf *buf, long n, int digits)
{
    char tmp[24];
    size_t k = format_long(tmp, n, digits);
    buf_putn(buf, tmp + k, sizeof tmp - k);
}

void buf_printf(Buf *buf, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    buf_vprintf(buf, fmt, ap);
    va_end(ap);
}

char *buf_to_arena(Buf *buf, Arena *arena)
{
    char *s = arena_strndup(arena, buf->data ? buf->data : "", buf->len);
    buf_reset(buf);
    return s;
}

/* ---- files ----------------------------------------------------------- */

/* The length of path's directory part, up to its last '/' included. */
static size_t dir_part(const char *path)
{
    const char *slash = strrchr(path, '/');
    return slash ? (size_t)(slash - path) + 1 : 0;
}

int temp_file_beside(const char *path, mode_t mode, char **tmp_path)
{
    /* DIR/TEMP, TEMP no longer than path's base name (tempname.c) */
    size_t dir_len = dir_part(path);
    const char *base = path + dir_len;
    char *tmp = xmalloc(dir_len + TEMPNAME_MAX + 1);
    memcpy(tmp, path, dir_len);
    unsigned seed = (unsigned)getpid() * 2654435761u ^ (unsigned)(uintptr_t)&seed ^ (unsigned)time(NULL);
    *tmp_path = NULL;
    int fd = -1;
    for (unsigned attempt = 0; attempt < 400 && fd < 0; attempt++) {
        temp_base(tmp + dir_len, base, strlen(base), attempt, &seed);
        fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd < 0 && errno != EEXIST)
            break;
    }
    if (fd < 0) {
        int saved = errno;
        free(tmp);
        errno = saved;
        return -1;
    }
    /* created 0600; outputs are ordinary files, or keep the mode
     * of the file they replace */
    if (output_adopt(fd, path, mode) != 0) {
        int saved = errno;
        close(fd);
        unlink(tmp);
        free(tmp);
        errno = saved;
        return -1;
    }
    *tmp_path = tmp;
    return fd;
}

int write_all_fd(int fd, const void *data, size_t len)
{
    const char *p = data;
    while (len > 0) {
        ssize_t w = write(fd, p, len);
        if (w < 0) {
            if (errno == EINTR)
                continue;
            return -1;
        }
        p += w;
        len -= (size_t)w;
    }
    return 0;
}

/* Writes into an existing character device or FIFO (-o /dev/null, -o
 * /dev/stdout, a pipe), as '>' does: renaming over it would replace the
 * device node with a regular file. A FIFO nobody reads fails (ENXIO)
 * instead of blocking. */
static int write_in_place(const char *path, const void *data, size_t len)
{
    int fd = open(path, O_WRONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0)
        return -1;
    int flags = fcntl(fd, F_GETFL);
    if (flags >= 0)
        fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
    if (write_all_fd(fd, data, len) < 0) {
        int saved = errno;
        close(fd);
        errno = saved;
        return -1;
    }
    return close(fd);
}

/* Writes all of data to fd and syncs it; -1 (errno set) on failure.
 * Test hook: KHGEN_TEST_KILL_IN_WRITE set kills the process with SIGKILL
 * once half of a file of two bytes or more is written (kill9.sh: the
 * window a timed kill rarely hits). */
static int write_and_sync(int fd, const void *data, size_t len)
{
    if (len >= 2 && getenv("KHGEN_TEST_KILL_IN_WRITE")) {
        if (write_all_fd(fd, data, len / 2) == 0 && fsync(fd) == 0)
            kill(getpid(), SIGKILL);
        return -1;
    }
    if (write_all_fd(fd, data, len) != 0)
        return -1;
    return fsync(fd);
}

#ifdef O_TMPFILE
/* Test hooks between an unnamed file's temporary name and its rename:
 * SIGINT must wait (leftovers10.sh); a kill leaves the old file and the
 * whole new text beside it (kill9.sh), nothing else. */
static void test_signal_in_rename(void)
{
    if (getenv("KHGEN_TEST_SIGNAL_IN_RENAME"))
        raise(SIGINT);
    if (getenv("KHGEN_TEST_KILL_IN_RENAME"))
        kill(getpid(), SIGKILL);
}

/* write_file_atomic where the file system has unnamed files (Linux
 * O_TMPFILE): the data go to a file in path's directory that has no name,
 * so a kill -9 while they are written leaves nothing behind; once complete
 * and synced, it is linked under path if there is no such file yet (then
 * it never had another name), else under a temporary name renamed over
 * path at once (the stop signals wait for that rename; a kill -9 in the
 * microseconds between the two leaves that temporary, tempname.c). 0, -1
 * (errno set), or 1: no unnamed files or no /proc (write a named one). */
static int write_unnamed(const char *path, mode_t mode, const void *data, size_t len)
{
    const char *slash = strrchr(path, '/');
    char *dir = slash ? xmalloc((size_t)(slash - path) + 2) : xstrdup(".");
    if (slash) {
        size_t n = slash == path ? 1 : (size_t)(slash - path);
        memcpy(dir, path, n);
        dir[n] = '\0';
    }
    int fd = open(dir, O_TMPFILE | O_WRONLY | O_CLOEXEC, 0666); /* less the umask */
    free(dir);
    if (fd < 0)
        return errno == EOPNOTSUPP || errno == EISDIR || errno == EINVAL ? 1 : -1;
    char proc[64];
    snprintf(proc, sizeof proc, "/proc/self/fd/%d", fd);
    int result = output_adopt(fd, path, mode) == 0 ? write_and_sync(fd, data, len) : -1;
    if (result == 0 && linkat(AT_FDCWD, proc, AT_FDCWD, path, AT_SYMLINK_FOLLOW) != 0) {
        result = -1;
        if (errno == ENOENT) {
            /* no /proc to name the file by (a bare chroot or container):
             * the caller writes a named temporary instead */
            result = 1;
        } else if (errno == EEXIST) {
            /* DIR/TEMP, TEMP no longer than path's base name (tempname.c) */
            size_t dir_len = dir_part(path);
            const char *base = path + dir_len;
            char *tmp = xmalloc(dir_len + TEMPNAME_MAX + 1);
            memcpy(tmp, path, dir_len);
            unsigned seed = (unsigned)getpid() * 2654435761u ^ (unsigned)(uintptr_t)&seed;
            for (unsigned attempt = 0; attempt < 400 && result != 0; attempt++) {
                temp_base(tmp + dir_len, base, strlen(base), attempt, &seed);
                /* Ctrl-C between the link and the rename left the
                 * temporary name beside path: the stop signals wait */
                sigset_t saved_mask;
                int blocked = stop_signals_block(&saved_mask);
                int linked = linkat(AT_FDCWD, proc, AT_FDCWD, tmp, AT_SYMLINK_FOLLOW) == 0;
                int link_errno = errno;
                if (linked) {
                    test_signal_in_rename();
                    result = rename(tmp, path);
                    if (result != 0) {
                        int saved = errno;
                        unlink(tmp);
                        errno = saved;
                    }
                }
                stop_signals_restore(blocked, &saved_mask);
                if (linked)
                    break;
                errno = link_errno;
                if (errno != EEXIST)
                    break;
            }
            free(tmp);
        }
    }
    int saved = errno;
    if (close(fd) != 0 && result == 0)
        return -1;
    errno = saved;
    return result;
}
#endif

/* write_file_atomic of a path that is no link: the new file gets mode. */
static int write_replacing(const char *path, mode_t mode, const void *data, size_t len)
{
    struct stat st;
#ifdef O_TMPFILE
    if (!(stat(path, &st) == 0 && S_ISDIR(st.st_mode))) {
        int unnamed = write_unnamed(path, mode, data, len);
        if (unnamed <= 0)
            return unnamed;
    }
#endif
    char *tmp;
    int fd = temp_file_beside(path, mode, &tmp);
    if (fd < 0)
        return -1;
    if (write_and_sync(fd, data, len) != 0)
        goto fail;
    if (close(fd) != 0) {
        fd = -1;
        goto fail;
    }
    fd = -1;
    if (rename(tmp, path) != 0)
        goto fail;
    free(tmp);
    return 0;
fail: {
    int saved = errno;
    if (fd >= 0)
        close(fd);
    unlink(tmp);
    free(tmp);
    errno = saved;
    return -1;
}
}

int output_exists(const char *path)
{
    struct stat st;
    if (stat(path, &st) == 0 && (S_ISCHR(st.st_mode) || S_ISFIFO(st.st_mode)))
        return 0;
    return lstat(path, &st) == 0;
}

int stop_signals_block(sigset_t *saved)
{
    sigset_t stop;
    sigemptyset(&stop);
    sigaddset(&stop, SIGINT);
    sigaddset(&stop, SIGTERM);
    sigaddset(&stop, SIGHUP);
    sigaddset(&stop, SIGQUIT);
    sigemptyset(saved);
    return sigprocmask(SIG_BLOCK, &stop, saved) == 0;
}

void stop_signals_restore(int blocked, const sigset_t *saved)
{
    if (blocked)
        sigprocmask(SIG_SETMASK, saved, NULL);
}

int write_file_atomic(const char *path, const void *data, size_t len)
{
    struct stat st;
    if (stat(path, &st) == 0 && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode)) {
        if (S_ISCHR(st.st_mode) || S_ISFIFO(st.st_mode))
            return write_in_place(path, data, len);
        errno = ENODEV; /* a block device or a socket is no output */
        return -1;
    }
    if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
        /* `diff -o .`: the rename over it said "Device or resource busy"
         * (EBUSY) for "." and "/", "Is a directory" for another (s36low) */
        errno = EISDIR;
        return -1;
    }
    char *target;
    mode_t mode;
    int linked;
    if (output_target(path, &target, &mode, &linked) != 0)
        return -1;
    int result = write_replacing(target, mode, data, len);
    int saved = errno;
    free(target);
    errno = saved;
    return result;
}

char *read_fd(int fd, size_t size_hint, size_t max_bytes, size_t *out_len)
{
    /* room for max_bytes + 1 bytes, so that a file that grew past the
     * limit is seen, and the NUL */
    size_t cap = (size_hint < max_bytes ? size_hint : max_bytes) + 2;
    char *data = xmalloc(cap);
    size_t len = 0;
    for (;;) {
        if (len + 1 >= cap) {
            cap = cap > max_bytes / 2 ? max_bytes + 2 : cap * 2;
            data = xrealloc(data, cap);
        }
        ssize_t r = read(fd, data + len, cap - len - 1);
        if (r < 0) {
            if (errno == EINTR)
                continue;
            int saved = errno;
            free(data);
            errno = saved;
            return NULL;
        }
        if (r == 0)
            break;
        len += (size_t)r;
        if (len > max_bytes) {
            free(data);
            errno = EFBIG;
            return NULL;
        }
    }
    data[len] = '\0';
    if (out_len)
        *out_len = len;
    return data;
}

char *read_file(const char *path, size_t max_bytes, size_t *out_len)
{
    /* O_NONBLOCK: opening a FIFO that has no writer must not wait for one
     * (it then reads as empty); reads block again as usual once open */
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return NULL;
    return read_file_fd(fd, max_bytes, out_len);
}

char *read_file_fd(int fd, size_t max_bytes, size_t *out_len)
{
    int flags = fcntl(fd, F_GETFL);
    if (flags >= 0)
        fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
    struct stat st;
    if (fstat(fd, &st) != 0) {
        int saved = errno;
        close(fd);
        errno = saved;
        return NULL;
    }
    if (S_ISDIR(st.st_mode)) {
        close(fd);
        errno = EISDIR;
        return NULL;
    }
    if (!S_ISREG(st.st_mode)) { /* a pipe or device: it could block or never end */
        close(fd);
        errno = ENODEV;
        return NULL;
    }
    if (S_ISREG(st.st_mode) && (uintmax_t)st.st_size > max_bytes) {
        close(fd);
        errno = EFBIG;
        return NULL;
    }
    char *data = read_fd(fd, S_ISREG(st.st_mode) ? (size_t)st.st_size : 4096, max_bytes, out_len);
    int saved = errno;
    close(fd);
    errno = saved;
    return data;
}

size_t inner_blank_run(const char *text, const char *p)
{
    if (*p != ' ' || p == text || p[-1] == ' ' || p[-1] == '\n')
        return 0;
    const char *b = p;
    while (*b == ' ')
        b++;
    return b - p >= 2 && *b && *b != '\n' ? (size_t)(b - p) : 0;
}

/* ---- a set of strings ------------------------------------------------- */

/* FNV-1a, its bits mixed down: the table takes the low bits, and ids that
 * differ only in their last characters ("t1", "t2", ..., 50,000 tasks)
 * had them in runs, each insertion probing a long chain. */
static uint64_t hash_mix(uint64_t h)
{
    h ^= h >> 32;
    h *= 0x9E3779B97F4A7C15u;
    h ^= h >> 29;
    return h;
}

#define FNV_OFFSET 1469598103934665603u
#define FNV_PRIME 1099511628211u

/* The process's hash seed, drawn once from the kernel (the clock, the
 * process id and an address when it cannot be read). Unseeded, the one
 * hash can be searched offline for keys that share a table's slot: 32,768
 * unit ids so chosen (by trying ids in order), each named by 3 tasks, took
 * 1.9 s where ids of another spelling take 0.3, four times as many sixteen
 * times as long; and a multicollision of the loader's unmixed hash put
 * 32,768 data keys of one locality in one slot, 3.7 s (s27review H2, H4).
 * No output depends on it: the tables are looked up, never walked in their
 * order, and a diagnostic's fingerprint is compared, never printed. */
uint64_t hash_seed(void)
{
    static uint64_t seed;
    static int drawn;
    if (!drawn) {
        int fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);
        if (fd < 0 || read(fd, &seed, sizeof seed) != (ssize_t)sizeof seed) {
            struct timespec now;
            clock_gettime(CLOCK_MONOTONIC, &now);
            seed = ((uint64_t)now.tv_nsec << 32) ^ (uint64_t)now.tv_sec ^
                   ((uint64_t)getpid() << 16) ^ (uint64_t)(uintptr_t)&seed;
        }
        if (fd >= 0)
            close(fd);
        drawn = 1;
    }
    return seed;
}

uint64_t text_hash(const char *s, size_t n)
{
    uint64_t h = FNV_OFFSET ^ hash_seed();
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * FNV_PRIME;
    return hash_mix(h);
}

uint64_t text_hash_pieces(const char *const *s, const size_t *n, size_t k)
{
    uint64_t h = FNV_OFFSET ^ hash_seed();
    for (size_t p = 0; p < k; p++)
        for (size_t i = 0; i < n[p]; i++)
            h = (h ^ (unsigned char)s[p][i]) * FNV_PRIME;
    return hash_mix(h);
}

uint64_t str_hash64(const char *s)
{
    uint64_t h = FNV_OFFSET ^ hash_seed();
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * FNV_PRIME;
    return hash_mix(h);
}

size_t strset_add(StrSet *set, const char *key, size_t value)
{
    if ((set->count + 1) * 2 > set->cap) {
        size_t cap = set->cap ? set->cap * 2 : 8; /* most sets are a task's few units */
        /* keys, values and hashes in one block: one malloc and one free a
         * set (a check of each task makes two sets) */
        const char **keys = xmalloc(cap * (sizeof *keys + sizeof *set->values +
                                           sizeof *set->hashes));
        size_t *values = (size_t *)(keys + cap);
        size_t *hashes = values + cap;
        memset(keys, 0, cap * sizeof *keys);
        for (size_t i = 0; i < set->cap; i++) {
            if (!set->keys[i])
                continue;
            size_t k = set->hashes[i] & (cap - 1);
            while (keys[k])
                k = (k + 1) & (cap - 1);
            keys[k] = set->keys[i];
            values[k] = set->values[i];
            hashes[k] = set->hashes[i];
        }
        free(set->keys); /* and the values and hashes with them */
        set->keys = keys;
        set->values = values;
        set->hashes = hashes;
        set->cap = cap;
    }
    size_t h = (size_t)str_hash64(key);
    size_t k = h & (set->cap - 1);
    while (set->keys[k]) {
        if (set->hashes[k] == h && strcmp(set->keys[k], key) == 0)
            return set->values[k];
        k = (k + 1) & (set->cap - 1);
    }
    set->keys[k] = key;
    set->values[k] = value;
    set->hashes[k] = h;
    set->count++;
    return value;
}

void strset_free(StrSet *set)
{
    free(set->keys); /* the values are in its block */
    memset(set, 0, sizeof *set);
}

size_t strset_find(const StrSet *set, const char *key)
{
    if (!set->cap)
        return (size_t)-1;
    size_t h = (size_t)str_hash64(key);
    for (size_t k = h & (set->cap - 1); set->keys[k]; k = (k + 1) & (set->cap - 1))
        if (set->hashes[k] == h && strcmp(set->keys[k], key) == 0)
            return set->values[k];
    return (size_t)-1;
}

int same_file(const char *a, const char *b)
{
    struct stat sa, sb;
    return stat(a, &sa) == 0 && stat(b, &sb) == 0 && sa.st_dev == sb.st_dev &&
           sa.st_ino == sb.st_ino;
}

void buf_fold_line_breaks(Buf *b)
{
    /* the bytes before the first break stay where they are (most texts
     * have none: nothing is moved) */
    size_t first = b->data ? strcspn(b->data, "\n\r") : 0;
    if (first >= b->len)
        return;
    size_t k = first;
    for (size_t i = first; i < b->len; i++) {
        if (b->data[i] != '\n' && b->data[i] != '\r') {
            b->data[k++] = b->data[i];
            continue;
        }
        /* the blanks around a break go with it: a more-indented line of a
         * folded scalar keeps its indent ("nông\n  thôn"), which printed
         * "nông   thôn" in a title */
        while (k > 0 && (b->data[k - 1] == ' ' || b->data[k - 1] == '\t'))
            k--;
        while (i + 1 < b->len && strchr("\n\r \t", b->data[i + 1]))
            i++;
        if (k > 0 && i + 1 < b->len) /* none at either end ("**title **") */
            b->data[k++] = ' ';
    }
    b->len = k;
    if (b->data)
        b->data[k] = '\0';
}

int str_all_digits(const char *s)
{
    if (!*s)
        return 0;
    for (; *s; s++)
        if (*s < '0' || *s > '9')
            return 0;
    return 1;
}

size_t plan_stem_len(const char *name, size_t n)
{
    if (n > 5 && strncasecmp(name + n - 5, ".yaml", 5) == 0)
        return n - 5;
    if (n > 4 && strncasecmp(name + n - 4, ".yml", 4) == 0)
        return n - 4;
    return n;
}

char *str_find(const char *s, const char *needle)
{
    size_t n = strlen(needle);
    if (!n)
        return (char *)s;
    for (s = strchr(s, needle[0]); s; s = strchr(s + 1, needle[0]))
        if (strncmp(s, needle, n) == 0)
            return (char *)s;
    return NULL;
}

const char *text_one_line(Arena *arena, const char *text)
{
    if (!text || !text[strcspn(text, "\n\r")])
        return text;
    Buf b = {0};
    buf_puts(&b, text);
    buf_fold_line_breaks(&b);
    const char *one = buf_to_arena(&b, arena);
    buf_free(&b);
    return one;
}

int key_index_compare(const void *pa, const void *pb)
{
    const KeyIndex *a = pa, *b = pb;
    int c = strcmp(a->key, b->key);
    return c ? c : (a->index > b->index) - (a->index < b->index);
}

static int compare_indexes(const void *pa, const void *pb)
{
    size_t a = *(const size_t *)pa, b = *(const size_t *)pb;
    return (a > b) - (a < b);
}

size_t sort_unique_indexes(size_t *a, size_t n)
{
    if (n > 1)
        qsort(a, n, sizeof *a, compare_indexes);
    size_t kept = 0;
    for (size_t k = 0; k < n; k++)
        if (kept == 0 || a[kept - 1] != a[k])
            a[kept++] = a[k];
    return kept;
}

int parse_option_number(const char *s, long min, long max, long *out)
{
    if (!s || *s < '0' || *s > '9')
        return -1; /* strtol would take " 2025", "+2025" and "-0" */
    char *end = NULL;
    errno = 0;
    long n = strtol(s, &end, 10);
    if (errno || *end || n < min || n > max)
        return -1;
    *out = n;
    return 0;
}

char *path_dir(const char *path)
{
    const char *slash = strrchr(path, '/');
    if (!slash)
        return xstrdup("."); /* also for "", which has no room for "." */
    char *dir = xstrdup(path);
    dir[slash == path ? 1 : slash - path] = '\0'; /* "/x": "/" */
    return dir;
}

void path_relative(Buf *out, const char *dir, const char *file)
{
    size_t dir_len = strlen(dir);
    if (strcmp(dir, "/") == 0) {
        buf_puts(out, file + 1);
        return;
    }
    if (strncmp(dir, file, dir_len) == 0 && file[dir_len] == '/') { /* below dir */
        buf_puts(out, file + dir_len + 1);
        return;
    }
    size_t common = 0; /* just after the last '/' of the part both share */
    for (size_t i = 0; dir[i] && dir[i] == file[i]; i++)
        if (dir[i] == '/')
            common = i + 1;
    for (const char *c = dir + common; *c; c++)
        if (c == dir + common || c[-1] == '/')
            buf_puts(out, "../");
    buf_puts(out, file + common);
}

int path_dir_missing(const char *path)
{
    int saved = errno;
    char *dir = path_dir(path);
    struct stat st;
    int missing = lstat(dir, &st) != 0 && errno == ENOENT;
    free(dir);
    errno = saved;
    return missing;
}
