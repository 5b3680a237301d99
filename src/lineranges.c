/* lineranges.c - the line ranges a warning code is silenced in.
 *
 * A plan silences a warning with `suppress:` on a node, which diag.c
 * records as a rule: a code, a file and the node's lines. Each warning was
 * then asked of every rule in turn, and a plan whose 16,000 paragraphs
 * each carry a `suppress:` and whose 16,000 units are each warned about
 * took 1.5 s in that loop alone, four times more at each doubling
 * (s20scale). Here the ranges of one code in one file are kept sorted by
 * their first line, with the greatest last line of each prefix beside
 * them: a line lies in a range when the last range starting at or before
 * it reaches it, found by bisection. Ranges come in file order (the parser
 * walks the file), so adding one is an append; one out of order is moved
 * into place. A range of every file (file NULL) is a flag of the code.
 *
 * The ranges hold places, not lines (lineranges.h): a line and a column
 * made one number by diag.c, so that a `suppress:` in a flow `{...}`
 * silences that mapping and not the one beside it on its line.
 *
 * Not a stage: a container diag.c keeps beside its list of rules.
 */
#include "lineranges.h"

#include <stdlib.h>
#include <string.h>

#include "util.h"

typedef struct Bucket {
    char *key;       /* code, a line break, file: owned */
    long long *first; /* the ranges' first places, ascending */
    long long *reach; /* reach[i]: the greatest last place of ranges 0..i */
    long long *last;  /* each range's last place, in the order of first */
    size_t n, cap;
} Bucket;

struct LineRanges {
    StrSet by_key;   /* "code\nfile" -> index in buckets; "code\n" alone: every file */
    Bucket *buckets;
    size_t n_buckets, cap_buckets;
};

LineRanges *lineranges_new(void)
{
    LineRanges *ranges = xmalloc(sizeof *ranges);
    memset(ranges, 0, sizeof *ranges);
    return ranges;
}

void lineranges_free(LineRanges *ranges)
{
    if (!ranges)
        return;
    for (size_t i = 0; i < ranges->n_buckets; i++) {
        free(ranges->buckets[i].key);
        free(ranges->buckets[i].first);
        free(ranges->buckets[i].reach);
        free(ranges->buckets[i].last);
    }
    free(ranges->buckets);
    strset_free(&ranges->by_key);
    free(ranges);
}

/* "code\nfile" ("code\n" for every file), in a new string. */
static char *key_of(const char *code, const char *file)
{
    Buf key = {0};
    buf_printf(&key, "%s\n%s", code, file ? file : "");
    buf_putn(&key, "", 0);
    return key.data;
}

void lineranges_add(LineRanges *ranges, const char *code, const char *file, long long first,
                    long long last)
{
    char *key = key_of(code, file);
    if (!file) /* every line of every file: a flag of the code */
        first = 0, last = 0;
    size_t at = strset_find(&ranges->by_key, key);
    if (at == (size_t)-1) {
        if (ranges->n_buckets == ranges->cap_buckets) {
            ranges->cap_buckets = ranges->cap_buckets ? 2 * ranges->cap_buckets : 8;
            /* the set's keys are the buckets' own strings, which do not move */
            ranges->buckets = xrealloc(ranges->buckets, ranges->cap_buckets * sizeof *ranges->buckets);
        }
        at = ranges->n_buckets++;
        Bucket *fresh = &ranges->buckets[at];
        memset(fresh, 0, sizeof *fresh);
        fresh->key = key;
        strset_add(&ranges->by_key, fresh->key, at);
    } else {
        free(key);
    }
    Bucket *b = &ranges->buckets[at];
    if (b->n == b->cap) {
        b->cap = b->cap ? 2 * b->cap : 4;
        b->first = xrealloc(b->first, b->cap * sizeof *b->first);
        b->reach = xrealloc(b->reach, b->cap * sizeof *b->reach);
        b->last = xrealloc(b->last, b->cap * sizeof *b->last);
    }
    size_t p = b->n++;
    for (; p > 0 && b->first[p - 1] > first; p--) { /* out of order: moved into place */
        b->first[p] = b->first[p - 1];
        b->last[p] = b->last[p - 1];
    }
    b->first[p] = first;
    b->last[p] = last;
    for (size_t i = p; i < b->n; i++)
        b->reach[i] = i > 0 && b->reach[i - 1] > b->last[i] ? b->reach[i - 1] : b->last[i];
}

int lineranges_has(const LineRanges *ranges, const char *code, const char *file, long long line)
{
    if (!ranges || !ranges->n_buckets)
        return 0;
    char *every = key_of(code, NULL);
    int found = strset_find(&ranges->by_key, every) != (size_t)-1;
    free(every);
    if (found || !file)
        return found;
    char *key = key_of(code, file);
    size_t at = strset_find(&ranges->by_key, key);
    free(key);
    if (at == (size_t)-1)
        return 0;
    const Bucket *b = &ranges->buckets[at];
    /* the last range whose first line is at or before line */
    size_t lo = 0, hi = b->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (b->first[mid] <= line)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo > 0 && b->reach[lo - 1] >= line;
}
