/* lookalike.h - letters of other alphabets that print like Latin ones. */
#ifndef KHGEN_LOOKALIKE_H
#define KHGEN_LOOKALIKE_H

#include <stddef.h>

/* The first character of s that is a letter of another alphabet, one that
 * no Vietnamese letter is (its diacritics taken off, not ASCII: a Cyrillic
 * "с" U+0441, a Greek "ο"), its length in *bytes and its code point; NULL
 * when there is none. An id holding one prints like the id it was meant
 * to be ("tсkh" and "tckh"), so a message about it names the character. */
const char *foreign_letter(const char *s, int *bytes, unsigned *codepoint);

/* 1 if cp is a combining mark (U+0300-U+036F and the other combining
 * blocks): an accent typed after a letter, which foreign_letter finds
 * too, and which a message calls a mark, not a letter. */
int lookalike_is_mark(unsigned cp);

/* The number of bytes at the start of s[0..n) that are combining marks
 * (lookalike_is_mark): the accents NFC could not compose onto the letter
 * before them ("x" + U+0303), which go with that letter wherever a text
 * is cut (a sheet name's 31 units: s34low). */
size_t lookalike_marks_len(const char *s, size_t n);

/* The ASCII letter a Cyrillic or Greek letter prints like ('o' for the
 * Cyrillic U+043E, 'A' for the Greek U+0391), or 0 for any other cp: the
 * letters a Russian or Greek keyboard layout types on the keys of Latin
 * ones, which a word pasted or typed with it holds unseen (KH020). */
unsigned lookalike_latin(unsigned cp);

#endif
