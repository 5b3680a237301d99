/* md_brackets.h - the one reading of a Markdown line's code spans,
 * brackets and inline links (md_brackets.c). */
#ifndef KHGEN_MD_BRACKETS_H
#define KHGEN_MD_BRACKETS_H

#include <stddef.h>

/* The code spans of s[0..n) (a line, or a text read line by line), as
 * CommonMark pairs backtick runs (md_backtick_span): in_code[i] is 1 at
 * a span's first byte, 2 at each of its other bytes, 0 outside any.
 * The caller owns in_code (n bytes). */
void md_code_spans(const char *s, size_t n, char *in_code);

/* Pairs open/close of s[0..n) outside code spans (in_code, as
 * md_code_spans writes it) and backslash escapes, with a stack, as a
 * reader pairs a link's brackets: partner[i] is the offset of the other
 * one of the pair for each paired one, SIZE_MAX for every other byte.
 * The caller owns partner (n entries). */
void md_pair_marks(const char *s, size_t n, const char *in_code, char open, char close,
                   size_t *partner);

/* The inline links of one line [from, eol) (offsets from base) that every
 * reader (cmark, GFM, pandoc's Markdown) reads as links: a ']' outside
 * code spans and unescaped, paired on the line with a '[' not right after
 * another ']', its text holding no other bracket, then "(", an address of
 * one plain word (no blank, control, '<', '>', '(', '`' or backslash) and
 * ')'; none after a "](" that is not such a link on the line (what a
 * reader makes of the rest is not certain). close[k] is the ']' of the
 * k-th, dest_end[k] its ')', in order. A "](" not listed may still be a
 * link to some reader (md_sanitize still checks its address's scheme);
 * only one listed is certainly an address, not text. Linear in the
 * line. Start from MdLinks l = {0}; call again for the next line; free
 * with md_links_free. */
typedef struct MdLinks {
    size_t *close, *dest_end;
    size_t n, cap;
    char *in_code;    /* scratch, one line */
    size_t *partner;  /* scratch, one line */
    size_t scratch_cap;
} MdLinks;
void md_links_read(MdLinks *l, const char *base, const char *from, const char *eol);
void md_links_free(MdLinks *l);

/* Whether a link's address [dest, dest_end) (dest_end at its ')', end
 * the text's end), one that md_links_read found, is to be written in
 * angle brackets, "[l](<https://a.vn>)x": pandoc's GFM reader (2.17)
 * read an address a bare URL would be ("https://", "www.") and the word
 * glued after its ')' as one bare URL, and printed the backslashes of
 * the rest of the line ("[l](https://a.vn)x\]" printed "x\]"), while
 * the angle brackets are the same link to every reader. Only when the
 * glued word holds more than the punctuation GFM trims from a bare
 * URL's end ("[l](https://a.vn)." is read right). */
int md_link_angled(const char *dest, const char *dest_end, const char *end);

#endif
