/* md_autolink.h - what a GFM reader would make of plain text (md_autolink.c). */
#ifndef KHGEN_MD_AUTOLINK_H
#define KHGEN_MD_AUTOLINK_H

#include <stddef.h>

/* Where a bare URL at c (the ':' of "https://", the first 'w' of "www.")
 * takes a backslash so that GFM's autolink extension leaves it text: the
 * offset from c of the byte to escape; SIZE_MAX when c starts none. s:
 * where the caller's pass began. Reads only [s, end). */
size_t md_bare_url_escape(const char *c, const char *s, const char *end);
/* 1 if b is an ASCII letter or digit or any byte of a multibyte character. */
int md_word_byte(unsigned char b);
/* 1 if the ':' at c opens an emoji shortcode a GFM reader would print as
 * an emoji (":smile:"); reads [c, end). */
int md_opens_shortcode(const char *c, const char *end);
/* 1 if the '@' at c (text: where the document begins) joins an e-mail
 * address GFM would link; reads c[-1] and c[1] within [text, end). */
int md_joins_address(const char *text, const char *c, const char *end);

#endif
