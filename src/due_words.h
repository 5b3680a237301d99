/* due_words.h - the words before '{due}' its deadline prints first (KH213). */
#ifndef KHGEN_DUE_WORDS_H
#define KHGEN_DUE_WORDS_H

#include <stddef.h>

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
/* 1 if a reference printed after before[0..len) begins a sentence: the
 * text's start, or after '.', '!', '?' or a line break (past the same
 * blanks and opening marks); not after ':', where Vietnamese goes on in
 * small letters ("Thời gian hoàn thành: trước ngày ..."). */
int due_begins_sentence(const char *before, size_t len);

#endif
