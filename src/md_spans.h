/* md_spans.h - pandoc's bracketed spans in a .md, read as the text a
 * reader shows (md_spans.c), for md_blocks.c. */
#ifndef KHGEN_MD_SPANS_H
#define KHGEN_MD_SPANS_H

#include <stddef.h>

#include "util.h"

/* Appends the line s[0..n) to out with each of pandoc's bracketed spans
 * of Word's character formatting written as its text: "[gạch]{.underline}"
 * and "[x]{custom-style=\"Tên\"}" as their words, "[nhỏ]{.smallcaps}" in
 * capitals (as a .docx's small capitals are read). Returns 1 when it
 * wrote a span so, 0 otherwise (out then holds the line as it was). A
 * line holding a backtick (a code span, whose text is literal) is left
 * as it is. Linear in n. */
int md_put_spans(Buf *out, const char *s, size_t n);

#endif
