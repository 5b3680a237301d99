/* similar.h - pairing texts that are alike but not the same, the word
 * diff's tokens and table, the parts that kept their order (similar.c). */
#ifndef KHGEN_SIMILAR_H
#define KHGEN_SIMILAR_H

#include <stddef.h>

/* Pairs texts of b with texts of a that have most of their distinct words
 * in common (at least 60%, Dice), each a text used once, in b's order.
 * a_text[i] / b_text[j] NULL means "not to be paired"; the paths (may be
 * NULL) break ties in favour of the same place. Sets b_match[j] to the
 * index in a or -1. Borrows everything; allocates nothing that outlives
 * the call. */
void similar_match(const char *const *a_text, const char *const *a_path, size_t n_a,
                   const char *const *b_text, const char *const *b_path, size_t n_b,
                   int *b_match);

/* A word, or the spaces (and line breaks) between two words, of a text:
 * what the word diff compares. */
typedef struct SimToken {
    const char *s;
    size_t n;
} SimToken;

/* The tokens of s, in order (malloc'd; *count of them). */
SimToken *similar_tokens(const char *s, size_t *count);
int similar_token_eq(const SimToken *a, const SimToken *b);

/* The lengths of the longest common subsequences of x[i..an) and y[j..bn)
 * at L[i * (bn + 1) + j], for i <= an, j <= bn: (an + 1) x (bn + 1)
 * cells, malloc'd (the caller bounds their number and frees it). */
unsigned *similar_lcs(const SimToken *x, size_t an, const SimToken *y, size_t bn);

/* Marks in in_run[i] (1 or 0) whether values[i] lies on one longest
 * strictly increasing run of values[0..n) (the parts of a document that
 * kept their order; the others moved). O(n log n); in_run has n entries. */
void similar_longest_run(const int *values, size_t n, char *in_run);

#endif
