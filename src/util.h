/* util.h - memory and text buffers shared by every stage.
 *
 * khgen allocates everything that lives as long as one compilation from an
 * Arena and frees it all at once with arena_free(); no stage frees single
 * objects. Output is built in a Buf (a growing byte string) and written to
 * disk once, atomically, by buf_write_file_atomic(), so that a failure never
 * leaves half a file behind. Running out of memory is handled in exactly one
 * place, xmalloc(), which prints a message and exits with status 3.
 */
#ifndef KHGEN_UTIL_H
#define KHGEN_UTIL_H

#include <signal.h>
#include <stddef.h>
#include <stdint.h>
#include <stdarg.h>
#include <string.h>
#include <sys/types.h>

/* Allocation that never returns NULL: on failure prints
 * "khgen: out of memory" and exits(3). Caller owns the result (free()). */
void *xmalloc(size_t size);
void *xrealloc(void *ptr, size_t size);
char *xstrdup(const char *s);

/* Asks the processor to bring the cache line of p in (for reading), ahead
 * of a loop's use of it: a pass over a national plan's 250,000 id uses or
 * 50,000 tasks reads texts and structures scattered over 100 MB, each a
 * cache miss that the loop would otherwise wait for one at a time. A
 * hint only: p need not be valid, and nothing changes what the program
 * computes. A no-op for a compiler without the builtin. */
static inline void prefetch(const void *p)
{
#if defined(__GNUC__) || defined(__clang__)
    __builtin_prefetch(p);
#else
    (void)p;
#endif
}

typedef struct Arena Arena;

/* Creates an empty arena. Caller owns it and releases it with arena_free(). */
Arena *arena_new(void);
/* Frees the arena and every block allocated from it. NULL is allowed. */
void arena_free(Arena *arena);
/* Returns size bytes, zeroed, aligned for any type; owned by the arena. */
void *arena_alloc(Arena *arena, size_t size);
/* Gives the arena a malloc'd block (a file read whole) to free with
 * itself, instead of copying it in. */
void arena_adopt(Arena *arena, void *block);

/* A point in an arena's life to go back to: arena_release(arena, mark)
 * frees everything allocated since arena_mark() returned it (marks nest, as
 * a stack). For scratch work whose results are copied out, such as
 * rendering one task of a national plan: only a scratch arena that nothing
 * else keeps pointers into may be released. Allocations larger than half a
 * block made since the mark are kept until arena_free. */
typedef struct ArenaMark {
    void *block;
    size_t used;
} ArenaMark;
ArenaMark arena_mark(Arena *arena);
void arena_release(Arena *arena, ArenaMark mark);
/* Copies n bytes of s and adds a NUL; owned by the arena. */
char *arena_strndup(Arena *arena, const char *s, size_t n);
/* Copies the NUL-terminated s (NULL gives NULL); owned by the arena. */
char *arena_strdup(Arena *arena, const char *s);
/* n in decimal in arena memory: arena_printf's "%ld" without the cost of
 * printf (an STT number or a year is made for every row of a table). */
char *arena_int(Arena *arena, long n);
/* printf into arena memory. */
char *arena_printf(Arena *arena, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* A growing byte buffer, always NUL-terminated after buf_* calls.
 * A zero-initialised Buf is empty and valid. The Buf owns data; release it
 * with buf_free(). */
typedef struct Buf {
    char *data;
    size_t len;
    size_t cap;
} Buf;

/* Appends n in decimal, at least `digits` digits (zero-padded, after the
 * sign of a negative n): buf_printf's "%d" and, for n >= 0, "%02d",
 * without the cost of printf
 * (a date or a year is printed tens of thousands of times). */
void buf_put_int(Buf *buf, long n, int digits);

void buf_free(Buf *buf);
void buf_reset(Buf *buf); /* empties, keeps memory */
/* Gives back what buf holds beyond its text (a first block is 256 bytes):
 * for a buffer kept among very many, each a few bytes (a .docx's runs: 200,000
 * one-letter runs held 51 MB, s38attack). A later append grows it again. */
void buf_fit(Buf *buf);
/* The contents as a C string: "" for a Buf that no buf_* call has touched
 * yet (its data is still NULL). Owned by the Buf. */
const char *buf_str(const Buf *buf);
/* buf_putn when buf has no room for n more bytes: grows it, then appends. */
void buf_putn_grow(Buf *buf, const char *s, size_t n);
/* Appends n bytes of s (s may be NULL when n is 0); buf stays NUL-terminated.
 * Inline, as buf_putc: the render stage appends hundreds of thousands of
 * short pieces, and with room the case is a copy and two stores. */
static inline void buf_putn(Buf *buf, const char *s, size_t n)
{
    if (n >= buf->cap - buf->len) { /* no room for n bytes and the NUL (cap >= len) */
        buf_putn_grow(buf, s, n);
        return;
    }
    if (n > 0) /* s may be NULL when n is 0 (an empty Buf's data) */
        memcpy(buf->data + buf->len, s, n);
    buf->len += n;
    buf->data[buf->len] = '\0';
}
/* Moves what was written to buf since offset `from` into `tail` (empty on
 * entry; the caller frees it) and cuts buf back to `from`. */
void buf_take_tail(Buf *buf, size_t from, Buf *tail);
/* Makes room for extra more bytes at once (exactly, not doubling): for a
 * buffer whose final size is known, such as a document around its body. */
void buf_grow(Buf *buf, size_t extra);
/* Appends the C string s. */
static inline void buf_puts(Buf *buf, const char *s)
{
    buf_putn(buf, s, strlen(s));
}
/* Appends one byte. Inline: the renderers call it for most bytes they
 * write, and the room-already case is two stores. */
static inline void buf_putc(Buf *buf, char c)
{
    if (buf->len + 2 <= buf->cap) {
        buf->data[buf->len++] = c;
        buf->data[buf->len] = '\0';
        return;
    }
    buf_putn(buf, &c, 1);
}
void buf_printf(Buf *buf, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void buf_vprintf(Buf *buf, const char *fmt, va_list ap) __attribute__((format(printf, 2, 0)));
/* Copies the contents into the arena (returned) and empties the buffer; the
 * Buf keeps its memory, so the caller still calls buf_free(). */
char *buf_to_arena(Buf *buf, Arena *arena);

/* The file that writing an output named path replaces, and the mode the
 * new file gets (attack L7). A symbolic link is followed, link after link,
 * to the file it names: the link stays, its target gets the new contents
 * (as the shell's '>', cp and editors write through a link; a link from an
 * output's place to a shared folder is an admin's choice, and replacing it
 * by a file left the shared copy stale without a word); a link to a file
 * that does not exist yet names the file to create. *mode: the permission
 * bits of the file replaced (one made private, 0600, stays private; no
 * set-user-ID bit), 0666 less the umask for a new file. *target receives
 * the malloc'd path (path itself when it is no link; caller frees), and
 * *linked 1 when path is a link. Returns 0, or -1 with errno set (ELOOP
 * past 40 links). Shared by write_file_atomic and a build's outputs
 * (outputs.c), which refuse a link instead (its set is renamed together in
 * one directory). A regular file that its owner may not write (0444, made
 * read-only to keep it as it is) is not replaced by any writer: -1 with
 * errno EACCES (output_read_only says why; s34low: it was replaced,
 * keeping its mode 0444, without a word). */
int output_target(const char *path, char **target, mode_t *mode, int *linked);

/* 1, with *mode its permission bits, if path (links followed) is a
 * regular file its owner may not write: one made read-only, which no
 * writer replaces or removes (output_target); 0 otherwise. Read by
 * outputs_report_write to word KH901. */
int output_read_only(const char *path, mode_t *mode);

/* Gives the new file open at fd, about to replace target, the mode from
 * output_target and the owner and group of the file it replaces, if any
 * (root converting or importing over a user's plan left a file the user
 * could no longer write); a writer who may not (not root) keeps the group
 * if it is one of the writer's, else the file is the writer's, as with
 * any program that replaces a file. 0, or -1 (errno set) if the mode
 * cannot be set. Shared by write_file_atomic and outputs.c. */
int output_adopt(int fd, const char *target, mode_t mode);

/* Creates an empty file "DIR/TEMP" in path's directory, TEMP never longer
 * than path's base name (tempname.c: ".khgen-XXXXXX", or "." and random
 * letters as long as that name) with the given mode and the owner of
 * path's file (output_adopt), and returns its open descriptor; *tmp_path receives its malloc'd name (caller
 * frees). Returns -1 with errno set on failure (*tmp_path NULL). Used for
 * writing beside a target and then renaming over it. */
int temp_file_beside(const char *path, mode_t mode, char **tmp_path);

/* Writes len bytes to path atomically: on Linux into an unnamed file
 * (O_TMPFILE) in path's directory, fsynced, then linked under path, or
 * when path exists under a temporary name renamed over it at once, so that
 * a kill -9 while writing leaves no file behind; elsewhere a named
 * temporary (above), fsynced, then renamed over path. On any failure the
 * temporary is removed, path is untouched, and -1 is returned with errno
 * set. An existing character device or FIFO at path (after links) is
 * written in place instead, as the shell's '>' does, never replaced; a
 * block device or a socket is refused (ENODEV). A symbolic link is written
 * through to its target, and a file replaced keeps its mode (output_target). */
int write_file_atomic(const char *path, const void *data, size_t len);

/* 1 if a one-file writer's -o path names a file it would replace, which
 * it does only with --force: anything there (a dangling link too) but a
 * character device or a FIFO, which write_file_atomic writes into
 * (`-o /dev/null`, `-o /dev/stdout` on a pipe), as the shell's '>' does;
 * 0 if nothing is there. Shared by import, convert, init and new. */
int output_exists(const char *path);

/* Blocks the signals that stop khgen (SIGINT, SIGTERM, SIGHUP, SIGQUIT)
 * until stop_signals_restore: a step that must not be cut in two (a
 * commit's renames, a temporary name and its rename) runs whole, and a
 * signal that came meanwhile ends khgen as soon as it is over. *saved
 * receives the mask to restore; returns 1 if blocked, 0 if not. Shared by
 * outputs.c and write_file_atomic. */
int stop_signals_block(sigset_t *saved);
/* Restores the mask stop_signals_block saved, if it blocked (a pending
 * stop signal is delivered here). */
void stop_signals_restore(int blocked, const sigset_t *saved);

/* Writes all of data to fd, again after EINTR: 0, or -1 with errno set.
 * The caller owns fd (it is not closed). */
int write_all_fd(int fd, const void *data, size_t len);

/* A text key with its entry's position in a list, for sorting a list's
 * entries by key (attachment labels, locality ids). key_index_compare is
 * the qsort comparator: by key, then by position, so equal keys keep
 * their order. The keys are the caller's. */
typedef struct KeyIndex {
    const char *key;
    size_t index;
} KeyIndex;
int key_index_compare(const void *a, const void *b);

/* Reads a whole file into malloc'd memory (NUL-terminated). Returns NULL and
 * sets errno on failure; returns NULL with errno = EFBIG if the file is
 * larger than max_bytes (the file is not read), ENODEV if it is a pipe,
 * socket or device (never waited on: opened without blocking). Caller
 * frees *out. */
char *read_file(const char *path, size_t max_bytes, size_t *out_len);
/* read_file of fd, a file opened for reading with O_NONBLOCK, which it
 * closes (errno kept): the same checks, the same result. */
char *read_file_fd(int fd, size_t max_bytes, size_t *out_len);

/* The directory part of path, malloc'd (caller frees): "out" of
 * "out/x.md", "/" of "/x", "." of a bare name. For messages that name the
 * directory that refused a write (KH901). */
char *path_dir(const char *path);
/* 1 when the directory part of path (path_dir) does not exist, not even as
 * a symbolic link to nothing: the write into it failed for want of it, and
 * `mkdir -p DIR` is the fix to name; 0 otherwise (errno kept). */
int path_dir_missing(const char *path);
/* Appends the path of file as written from directory dir, both real
 * (absolute, resolved) paths: the components they share left out, a ".."
 * for each other one of dir ("../../chung/registry.yaml"). Shared by
 * init's --include and new's include: paths written from another
 * directory. */
void path_relative(Buf *out, const char *dir, const char *file);

/* Reads the open file fd to its end (the caller keeps and closes fd):
 * size_hint sizes the first buffer, more than max_bytes is EFBIG. Returns
 * malloc'd NUL-terminated text (length in *out_len if not NULL), or NULL
 * with errno set. read_file and the read policy share it. */
char *read_fd(int fd, size_t size_hint, size_t max_bytes, size_t *out_len);

/* The length of the run of blanks that p (inside text) begins when it is
 * two or more blanks between two other characters of one line: "Số:
 * /KH-UBND", whose blanks a Markdown back end keeps as no-break spaces;
 * 0 otherwise, and at once for a blank inside a run (its first blank
 * decided it): a caller walking the text costs its length, where one
 * asking each blank of a run about the whole run cost its square (80,000
 * blanks in a header field, 1.3 s). */
size_t inner_blank_run(const char *text, const char *p);

/* A whole number as a command-line option is written: decimal digits only
 * (no sign, no space, no "0x"), min..max. Returns 0 and sets *out, or -1.
 * The one rule for --year and --max-errors. */
int parse_option_number(const char *s, long min, long max, long *out);

/* Sorts a[0..n) ascending and drops repeats, in place: a list of item
 * indexes found through an index, in source order and once each. Returns
 * how many are left. */
size_t sort_unique_indexes(size_t *a, size_t n);

/* A set of strings (open addressing), for the "listed twice" checks and
 * lookups over lists of any length, which pairwise comparison made
 * quadratic. Start from StrSet s = {0}; the keys are borrowed (they must
 * outlive the set). */
typedef struct StrSet {
    const char **keys;
    size_t *values;
    size_t *hashes;      /* each key's hash: a probe compares it before the
                            key, and growing reads no key (s17perf: a
                            national plan's 50,000 task ids, each text a
                            cache miss, were read again at every doubling
                            and at each probe that passed them) */
    size_t cap, count;
} StrSet;

/* Adds key with value unless the set holds it already. Returns the value
 * stored for key: value if it was new, else the first one's (so
 * strset_add(&s, key, i) != i means "listed before, at the returned i"). */
size_t strset_add(StrSet *set, const char *key, size_t value);
/* The value stored for key, or (size_t)-1 when the set does not hold it. */
size_t strset_find(const StrSet *set, const char *key);
/* Frees the set's memory and leaves it empty ({0}), ready for another use. */
void strset_free(StrSet *set);

/* Makes b one line, in place: each run of line breaks (\n, \r), with the
 * spaces and tabs around it, becomes a space, and one at either end goes. For what prints as one line (a title, a heading, a task's line):
 * a break in it (a title written as a block scalar, "Phòng\n\n# U" as a
 * unit's name) would end its emphasis or start a heading in the Markdown. */
void buf_fold_line_breaks(Buf *b);

/* The one rule for a field printed as one line (a title, a name, a
 * heading, a label, a line of the header, the signature or the
 * recipients, a column's header): text with each run of line breaks and
 * the blanks around it made one space (buf_fold_line_breaks), a copy in arena, or text itself when
 * it has no break. The parsers apply it when they read such a field, so
 * every format prints the same line: a break kept would end the .md's
 * emphasis or open a heading there, a paragraph in the .html, an empty
 * paragraph in the .docx, a second line in a workbook cell. Multi-line
 * fields (paragraphs, a table's cells) keep their breaks. */
const char *text_one_line(Arena *arena, const char *text);

/* strstr: the first needle in s, or NULL (an empty needle is found at
 * s). khgen searches texts with this, never with strstr: the sanitizers'
 * strstr measures the whole of s on every call, so a loop over the hits
 * in a long text (a paragraph naming its year 100,000 times, the blocks
 * of a .md) took 20 s and more under ASan where the release build takes
 * 0.05 s; this one reads s only up to the hit. Needles are short. */
char *str_find(const char *s, const char *needle);

/* 1 if s is one or more ASCII digits and nothing else; 0 for "". */
int str_all_digits(const char *s);

/* The length of the name in name[0..n) without its ".yaml" or ".yml", in
 * any case ("foo.YAML" -> 3: a plan's outputs are foo.md, not
 * foo.YAML.md); n when it has neither, or nothing before it. */
size_t plan_stem_len(const char *name, size_t n);

/* The one hash of khgen's tables: every table keyed by a text that a plan,
 * a document or a diff names (ids, data keys, a diff's parts and rows, a
 * loader's keys, task codes, words, a figure's memo, a cell's text) hashes
 * it with text_hash, the bytes s[0..n), or str_hash64, a string (the same
 * value for the same bytes). FNV-1a over each byte, its bits mixed down so
 * that a table's low bits depend on every character; a table keeps the
 * whole 64 bits and compares them before the text where it can. djb2
 * ("h * 33 + c", or "^ c") is not: "Ez" and "FY" (or "c-" and "ao") give
 * one hash whatever comes before, and djb2-xor's low bits depend on the
 * low bits alone, so that keys crafted to share them cost a chain walk
 * each: 20,000 such keys took seconds (s26review2, s27fixcycle). Its
 * basis is the process's seed (hash_seed), drawn at random: unseeded, keys
 * that share a slot could be searched for offline (s27review H2, H4). */
uint64_t text_hash(const char *s, size_t n);
/* text_hash of the k pieces s[i][0..n[i]) joined, without joining them
 * (diff_match.c hashes a part's fields so, where a copy of them all cost
 * a tenth of a national plan's diff). */
uint64_t text_hash_pieces(const char *const *s, const size_t *n, size_t k);

/* The process's hash seed, drawn once at random (text_hash's basis). No
 * output depends on it. */
uint64_t hash_seed(void);
uint64_t str_hash64(const char *s);

/* 1 if paths a and b name one existing file (a link, "./x" and "x"
 * alike): a command never writes its output over one of its inputs. */
int same_file(const char *a, const char *b);

#endif
