/* suggest.h - "did you mean" for misspelt keys and ids.
 *
 * Candidates are compared after folding case and Vietnamese diacritics
 * ("Đồng Hưu" and "dong huu" are the same), by edit distance in code points.
 * A suggestion is offered only when it is close: about a third of the
 * word's length ((n+2)/3 edits, at least 1, at most 3), so unrelated names are never
 * proposed.
 */
#ifndef KHGEN_SUGGEST_H
#define KHGEN_SUGGEST_H

#include <stddef.h>

/* Returns the candidate closest to word, or NULL if none is close enough.
 * The result is one of the candidates (borrowed). */
const char *suggest_best(const char *word, const char *const *candidates, size_t count);

/* Same, for candidates spread over an array of structs: candidate i is the
 * const char * found at ((const char *)base + i * stride + offset). */
const char *suggest_best_in(const char *word, const void *base, size_t count,
                            size_t stride, size_t offset);

/* Takes count comparisons from the budget the hints of a run share (half a
 * million): 1 when they were left, else 0 (the caller then makes no
 * search). For searches other than suggest_best's, over the names of an
 * error's registry (byname.c). */
int suggest_take(size_t count);

/* The comparisons left to the hints of this run: a search that asks
 * suggest_best once per candidate stops when none is left (no hint would
 * come), instead of going on over every candidate (datakeys.c). */
size_t suggest_left(void);

/* 1 when a and b differ only in digits at the same places ("bieu01",
 * "bieu02"): ids of a numbered series, each the other's nearest spelling,
 * so a hint of one for the other says nothing of what was meant (an
 * entry whose id was emptied is likelier: plan.c, s45slip). */
int suggest_numbered_sibling(const char *a, const char *b);

/* hint, suggest_best_in's for word over the candidates, unless it is a
 * numbered sibling of word and another candidate, not one, is as close
 * as suggest_best takes: then that one ("bieu02" used, "bieu0" defined
 * and never referred to: its id renamed, not "did you mean 'bieu01'?"
 * and a KH253 for it too; s45slip). Asked only of an unknown id. */
const char *suggest_past_siblings(const char *word, const char *hint, const void *base,
                                  size_t count, size_t stride, size_t offset);

#endif
