/* due_words.h - the words before '{due}' its deadline prints first (KH213). */
#ifndef KHGEN_DUE_WORDS_H
#define KHGEN_DUE_WORDS_H

#include <stddef.h>

#include "util.h"

/* The byte length of the words text writes just before the reference at
 * byte at (blanks and the emphasis marks '*' and '_' between them and it
 * left out) that are the first words of phrase, the deadline '{due}'
 * prints, in any case: "trước ngày" before "trước ngày 28/02/2025"; up to
 * three words of up to 32 bytes each, the most that match. *from is set
 * to where they start. 0 when none: nothing is printed twice. */
size_t due_doubled_words(const char *text, size_t at, const char *phrase, size_t *from);

/* The n bytes of words (due_doubled_words' words) as they print, into
 * out (cap bytes, with its '\0'): a no-break space or a line break a
 * space, the emphasis marks left out ("trước **ngày**": "trước ngày").
 * 1, or 0 when they do not fit. */
int due_words_shown(const char *words, size_t n, char *out, size_t cap);

/* 1 if a reference printed after before[0..len) stands inside a sentence:
 * the last character before it (past blanks and the marks that open an
 * emphasis, a bracket or a quote: * _ ( [ " ' “ ‘) is there and is none of
 * '.', '!', '?', ':' or a line break. 0 at a text's start. */
int due_inside_sentence(const char *before, size_t len);
/* The deadline's phrase (a Buf of its own, replaced when it changes)
 * printed after before[0..len) in the case the sentence wants: inside a
 * sentence a built-in phrase's capital goes ("Triển khai thường xuyên
 * ..."; not a phrase as_written, a deadline's text or prefix); beginning a
 * sentence (the text's start, after '.', '!', '?' or a line break; not
 * after ':') a small phrase takes its capital ("Trước ngày 30/6/2024,
 * hoàn thành ..."). */
void due_fit_case(Buf *phrase, const char *before, size_t len, int as_written);

#endif
