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

/* The way a longest common subsequence of x[0..an) and y[0..bn) goes, for
 * the word diff to walk: for i < an, j < bn, similar_step_deletes(steps,
 * bn, i, j) is 1 when the LCS of x[i+1..] and y[j..] is at least that of
 * x[i..] and y[j+1..] (x[i] is left out first), else 0 (y[j] is). One bit
 * a cell, malloc'd (the caller bounds the cells, an x bn, and frees it);
 * the lengths are held two rows at a time: the table of lengths was 4
 * bytes a cell, 16 MB at diff's cap, at the peak of `khgen diff`. */
unsigned char *similar_lcs_steps(const SimToken *x, size_t an, const SimToken *y, size_t bn);
int similar_step_deletes(const unsigned char *steps, size_t bn, size_t i, size_t j);

/* Marks in in_run[i] (1 or 0) whether values[i] lies on one longest
 * strictly increasing run of values[0..n) (the parts of a document that
 * kept their order; the others moved). O(n log n); in_run has n entries. */
void similar_longest_run(const int *values, size_t n, char *in_run);

#endif
