/* similar.c - pairing texts that are alike but not the same.
 *
 * `khgen diff` pairs the parts of two versions of a plan by identity, by
 * place and by equal text; what is left may still be the same node, moved
 * and edited. This file pairs such texts by likeness: the share of
 * distinct words they have in common (Dice: 2 * common / (words of one +
 * words of the other)), at least SIMILAR_PERCENT, the best candidate
 * winning and the same place on a tie. An index from each word to the old
 * texts that hold it finds the candidates, and a word held by more than
 * MAX_POSTING old texts ("và", "các") is not used to find them, so a large
 * plan costs linear-ish time, never a comparison of every pair.
 *
 * It also holds the two other measures of likeness the diff takes: the
 * word diff's tokens and the steps of its LCS (similar_lcs_steps; diff.c
 * bounds the cells), and the longest run of parts that kept their order
 * (similar_longest_run: the parts outside it moved).
 */
#include "similar.h"

#include <stdlib.h>
#include <string.h>

#include "util.h"

/* The distinct words of text as sorted hashes (malloc'd, *n set). */
static int cmp_hash(const void *a, const void *b)
{
    unsigned long x = *(const unsigned long *)a, y = *(const unsigned long *)b;
    return (x > y) - (x < y);
}

static unsigned long *word_set(const char *text, size_t *n)
{
    size_t cap = 8, k = 0;
    unsigned long *w = xmalloc(cap * sizeof *w);
    for (const char *t = text; *t;) {
        while (*t == ' ' || *t == '\n' || *t == '\t')
            t++;
        if (!*t)
            break;
        const char *word = t;
        while (*t && *t != ' ' && *t != '\n' && *t != '\t')
            t++;
        unsigned long h = (unsigned long)text_hash(word, (size_t)(t - word));
        if (k == cap)
            w = xrealloc(w, (cap *= 2) * sizeof *w);
        w[k++] = h;
    }
    /* sorted with qsort: an insertion sort ("paragraphs are short") made
     * one paragraph of 300,000 words take 11 s */
    qsort(w, k, sizeof *w, cmp_hash);
    size_t u = 0;
    for (size_t i = 0; i < k; i++)
        if (u == 0 || w[u - 1] != w[i])
            w[u++] = w[i];
    *n = u;
    return w;
}

enum { SIMILAR_PERCENT = 60, MAX_POSTING = 64 };

void similar_match(const char *const *a_text, const char *const *a_path, size_t n_a,
                   const char *const *b_text, const char *const *b_path, size_t n_b,
                   int *b_match)
{
    size_t total = 0;
    unsigned long **words = xmalloc((n_a + 1) * sizeof *words);
    size_t *n_words = xmalloc((n_a + 1) * sizeof *n_words);
    for (size_t i = 0; i < n_a; i++) {
        words[i] = NULL;
        n_words[i] = 0;
        if (a_text[i]) {
            words[i] = word_set(a_text[i], &n_words[i]);
            total += n_words[i];
        }
    }
    /* word hash -> chain of (part) postings, open addressing */
    size_t cap = 16;
    while (cap < 2 * total + 2)
        cap *= 2;
    unsigned long *slot_word = xmalloc(cap * sizeof *slot_word);
    int *slot_first = xmalloc(cap * sizeof *slot_first);
    int *slot_count = xmalloc(cap * sizeof *slot_count);
    for (size_t h = 0; h < cap; h++) {
        slot_first[h] = -1;
        slot_count[h] = 0;
    }
    int *post_part = xmalloc((total + 1) * sizeof *post_part);
    int *post_next = xmalloc((total + 1) * sizeof *post_next);
    size_t n_post = 0;
    for (size_t i = n_a; i-- > 0;) { /* backwards: chains in old order */
        for (size_t k = 0; k < n_words[i]; k++) {
            size_t h = words[i][k] & (cap - 1);
            while (slot_first[h] >= 0 && slot_word[h] != words[i][k])
                h = (h + 1) & (cap - 1);
            slot_word[h] = words[i][k];
            post_part[n_post] = (int)i;
            post_next[n_post] = slot_first[h];
            slot_first[h] = (int)n_post++;
            slot_count[h]++;
        }
    }
    int *shared = xmalloc((n_a + 1) * sizeof *shared);
    int *touched = xmalloc((n_a + 1) * sizeof *touched);
    char *taken = xmalloc(n_a + 1);
    for (size_t i = 0; i < n_a; i++) {
        shared[i] = 0;
        taken[i] = 0;
    }
    for (size_t j = 0; j < n_b; j++) {
        b_match[j] = -1;
        if (!b_text[j])
            continue;
        size_t nq;
        unsigned long *wq = word_set(b_text[j], &nq);
        size_t n_touched = 0;
        for (size_t k = 0; k < nq; k++) {
            size_t h = wq[k] & (cap - 1);
            while (slot_first[h] >= 0 && slot_word[h] != wq[k])
                h = (h + 1) & (cap - 1);
            if (slot_first[h] < 0 || slot_count[h] > MAX_POSTING)
                continue;
            for (int e = slot_first[h]; e >= 0; e = post_next[e]) {
                int i = post_part[e];
                if (shared[i]++ == 0)
                    touched[n_touched++] = i;
            }
        }
        /* the best score; of equal ones, the part at b's place, then the
         * first in a's order. The order parts are touched in is the order
         * of the words' hashes, which the process's seed draws (util.h):
         * the first touched of equal scores won, so that one `khgen diff`
         * of two plans printed a paragraph moved from I.1 in one run and
         * from II.1 in another, 6 runs in 40 (s28review H2) */
        int best = -1, best_place = 0;
        long best_score = 0;
        for (size_t t = 0; t < n_touched; t++) {
            int i = touched[t];
            long score = 200L * shared[i] / (long)(n_words[i] + nq);
            shared[i] = 0;
            if (taken[i] || score < SIMILAR_PERCENT)
                continue;
            int same_place = a_path[i] && b_path[j] && strcmp(a_path[i], b_path[j]) == 0;
            if (score > best_score ||
                (score == best_score && (same_place > best_place ||
                                         (same_place == best_place && i < best)))) {
                best = i;
                best_score = score;
                best_place = same_place;
            }
        }
        free(wq);
        if (best >= 0) {
            taken[best] = 1;
            b_match[j] = best;
        }
    }
    for (size_t i = 0; i < n_a; i++)
        free(words[i]);
    free(words);
    free(n_words);
    free(slot_word);
    free(slot_first);
    free(slot_count);
    free(post_part);
    free(post_next);
    free(shared);
    free(touched);
    free(taken);
}

void similar_longest_run(const int *values, size_t n, char *in_run)
{
    int *tails = xmalloc((n + 1) * sizeof *tails); /* index ending a run of length k+1 */
    int *prev = xmalloc((n + 1) * sizeof *prev);
    size_t len = 0;
    for (size_t i = 0; i < n; i++) {
        size_t lo = 0, hi = len;
        while (lo < hi) {
            size_t mid = (lo + hi) / 2;
            if (values[tails[mid]] < values[i])
                lo = mid + 1;
            else
                hi = mid;
        }
        prev[i] = lo ? tails[lo - 1] : -1;
        tails[lo] = (int)i;
        if (lo == len)
            len++;
        in_run[i] = 0;
    }
    for (int i = len ? tails[len - 1] : -1; i >= 0; i = prev[i])
        in_run[i] = 1;
    free(tails);
    free(prev);
}

SimToken *similar_tokens(const char *s, size_t *count)
{
    size_t cap = 16, n = 0;
    SimToken *t = xmalloc(cap * sizeof *t);
    while (*s) {
        int space = *s == ' ' || *s == '\n';
        size_t len = 0;
        while (s[len] && (s[len] == ' ' || s[len] == '\n') == space)
            len++;
        if (n == cap) {
            cap *= 2;
            t = xrealloc(t, cap * sizeof *t);
        }
        t[n++] = (SimToken){s, len};
        s += len;
    }
    *count = n;
    return t;
}

int similar_token_eq(const SimToken *a, const SimToken *b)
{
    return a->n == b->n && memcmp(a->s, b->s, a->n) == 0;
}

/* Numbers the tokens of x and y so that equal tokens get equal numbers
 * (xid, yid: malloc'd by the caller, an and bn entries): the table then
 * compares two integers per cell, not two strings. */
static void number_tokens(const SimToken *x, size_t an, const SimToken *y, size_t bn, unsigned *xid,
                          unsigned *yid)
{
    size_t cap = 16;
    while (cap < 2 * (an + bn))
        cap *= 2;
    const SimToken **slot = xmalloc(cap * sizeof *slot);
    memset(slot, 0, cap * sizeof *slot);
    unsigned *slot_id = xmalloc(cap * sizeof *slot_id);
    unsigned next = 0;
    for (size_t k = 0; k < an + bn; k++) {
        const SimToken *t = k < an ? &x[k] : &y[k - an];
        size_t at = (size_t)text_hash(t->s, t->n) & (cap - 1);
        while (slot[at] && !similar_token_eq(slot[at], t))
            at = (at + 1) & (cap - 1);
        if (!slot[at]) {
            slot[at] = t;
            slot_id[at] = next++;
        }
        if (k < an)
            xid[k] = slot_id[at];
        else
            yid[k - an] = slot_id[at];
    }
    free(slot);
    free(slot_id);
}

unsigned char *similar_lcs_steps(const SimToken *x, size_t an, const SimToken *y, size_t bn)
{
    unsigned char *steps = xmalloc(an * bn / 8 + 1);
    memset(steps, 0, an * bn / 8 + 1);
    /* the lengths of row i + 1 (below) and of row i, not the whole table */
    unsigned *below = xmalloc((bn + 1) * sizeof *below), *row = xmalloc((bn + 1) * sizeof *row);
    unsigned *xid = xmalloc((an + 1) * sizeof *xid), *yid = xmalloc((bn + 1) * sizeof *yid);
    number_tokens(x, an, y, bn, xid, yid);
    memset(below, 0, (bn + 1) * sizeof *below);
    for (size_t i = an; i-- > 0;) {
        unsigned xi = xid[i];
        row[bn] = 0;
        for (size_t j = bn; j-- > 0;) {
            unsigned down = below[j], right = row[j + 1];
            if (down >= right) {
                size_t bit = i * bn + j;
                steps[bit / 8] |= (unsigned char)(1u << (bit % 8));
            }
            row[j] = xi == yid[j] ? below[j + 1] + 1 : down >= right ? down : right;
        }
        unsigned *t = below;
        below = row;
        row = t;
    }
    free(below);
    free(row);
    free(xid);
    free(yid);
    return steps;
}

int similar_step_deletes(const unsigned char *steps, size_t bn, size_t i, size_t j)
{
    size_t bit = i * bn + j;
    return steps[bit / 8] >> (bit % 8) & 1;
}
