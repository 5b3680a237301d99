/* similar.h - pairing texts that are alike but not the same (similar.c). */
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

#endif
