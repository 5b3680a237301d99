/* caps_text.h - a paragraph typed with Caps Lock on (caps_text.c). */
#ifndef KHGEN_CAPS_TEXT_H
#define KHGEN_CAPS_TEXT_H

/* 1 if the text s (NUL-terminated) has no small letter outside its
 * references ({...}) and at least four words in capitals that are
 * Vietnamese syllables ("TỔ CHỨC RÀ SOÁT CÁC TIÊU CHÍ"), not only
 * abbreviations ("UBND, HĐND"), and is not wholly in quotation marks (a
 * slogan quoted, "“CẢ NƯỚC CHUNG SỨC ...”"); 0 otherwise. Pure; linear
 * in s. */
int caps_text_all(const char *s);

#endif
