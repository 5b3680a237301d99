/* md_flank.h - where an importer's emphasis mark may stand: CommonMark's
 * flanking rule (md_flank.c), for docx_para_md.c and import_mdhtml.c. */
#ifndef KHGEN_MD_FLANK_H
#define KHGEN_MD_FLANK_H

#include <stddef.h>

/* 1 when the UTF-8 character that ends s[0..at) is a letter or a digit
 * (neither whitespace nor punctuation to CommonMark); 0 for at == 0. */
int md_flank_word_before(const char *s, size_t at);

/* 1 when the UTF-8 character that starts s[0..n) is a letter or a digit;
 * 0 for n == 0. */
int md_flank_word_at(const char *s, size_t n);

/* How many bytes at the start of the emphasised text s[0..n) must stand
 * before its opening mark for CommonMark to open emphasis there: its
 * leading spaces, and its first punctuation character when the character
 * before the mark is a letter or digit (word_before). Linear in what it
 * moves. */
size_t md_flank_trim_start(const char *s, size_t n, int word_before);

/* Where the emphasised text s[0..n) must end for its closing mark to
 * close: before its trailing spaces, and before its last punctuation
 * character when a letter or digit follows the mark (word_after). */
size_t md_flank_trim_end(const char *s, size_t n, int word_after);

#endif
