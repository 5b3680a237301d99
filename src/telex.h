/* telex.h - a Vietnamese word typed with Telex's keys and the input method
 * off ("xax" for "xã", "QDD" for "QĐ"); see telex.c. */
#ifndef KHGEN_TELEX_H
#define KHGEN_TELEX_H

/* 1 when typed (ASCII letters and spaces) is the keys Telex takes for
 * word (a Vietnamese text with a diacritic at least: a doubled vowel for
 * its circumflex, a 'w' after a vowel for its breve or horn, "dd" for đ,
 * a tone key s, f, r, x or j after a word's vowel), case ignored and each
 * word's tone key taken wherever it stands after its vowel; else 0 (NULL
 * included). Neither string is kept. */
int telex_typed_for(const char *typed, const char *word);

/* The first of words (a NULL-terminated list) that typed is the Telex
 * keys of (telex_typed_for), or NULL. */
const char *telex_meant(const char *typed, const char *const *words);

#endif
