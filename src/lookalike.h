/* lookalike.h - letters of other alphabets that print like Latin ones. */
#ifndef KHGEN_LOOKALIKE_H
#define KHGEN_LOOKALIKE_H

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

#endif
