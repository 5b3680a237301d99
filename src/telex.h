/* telex.h - a Vietnamese word typed with Telex's keys and the input method
 * off ("xax" for "xã", "QDD" for "QĐ"); see telex.c. */
#ifndef KHGEN_TELEX_H
#define KHGEN_TELEX_H

#include <stddef.h>

#include "util.h"

/* The one table of the tone keys (telex.c): Telex's "sfrxj" and VNI's
 * digits "12345", in that order, for the tone marks U+0301 (sắc), U+0300
 * (huyền), U+0309 (hỏi), U+0303 (ngã) and U+0323 (nặng). Written in
 * telex.c, telex_text.c and yread_meant.c each before (s41review). */
extern const char TELEX_TONE_KEYS[];

/* The combining tone mark of a Telex tone key (either case: 's' ->
 * U+0301) or, with vni, of a VNI digit ('1' -> U+0301); 0 for any other
 * byte. */
unsigned telex_tone_mark(char key, int vni);

/* The Telex key of a combining tone mark (U+0301 -> 's'), or 0. */
char telex_tone_key(unsigned cp);

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

/* (telex_text.c) Whether the text s[0..len) is Vietnamese typed with the
 * input method off: three of its ASCII words at least, and nine in ten of
 * those that are no Vietnamese syllable as written (outside {...}, not in
 * capitals), one at least typed with a hat, breve, horn, đ, a VNI digit
 * or the Telex tone f or j, or two that are all of them, each typed with
 * a hat, breve, horn, đ or a VNI digit and one with a tone, are the Telex keys of a syllable ("kees
 * hoachj", 1) or the VNI keys of one ("ke61 hoa5ch", 2); 0 otherwise. *first receives the byte offset of the
 * first such word and reading (the caller's) the text with each such
 * word read ("Kế hoạch"); neither is touched when 0 is returned. Linear;
 * pure. */
int telex_text_off(const char *s, size_t len, size_t *first, Buf *reading);
/* telex_text_off's answer for one word typed with VNI's keys in a text
 * typed with the input method on ("kết qua3 thực hiện": the word alone,
 * its letters and digits only, the text's only odd word, beside three
 * words with Vietnamese letters at least): a slip of one word. */
enum { TELEX_VNI_WORD = 3 };
/* The same for one word typed with Telex's keys ("Hoàn thành cuwngs hóa",
 * "dduwowngf", "phaamr", "sanr"): a 'w', a doubled 'a' or "dd" and a
 * second mark, or the tone r or x after a final consonant (English has
 * "how", "lawn", "naan", "chef", "beef": one mark, or an 'f' tone), the
 * word alone, not in capitals, the text's only odd word but units of two
 * letters ("km"), beside three words with Vietnamese letters at least
 * (s47user U5: it printed with exit 0). */
enum { TELEX_TELEX_WORD = 4 };

#endif
