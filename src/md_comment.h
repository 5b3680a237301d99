/* md_comment.h - HTML comments over several lines of a .md (md_comment.c),
 * for import_text.c. */
#ifndef KHGEN_MD_COMMENT_H
#define KHGEN_MD_COMMENT_H

#include <stddef.h>

#include "util.h"

/* Writes to out the Markdown text s[0..len) without the HTML comments that
 * go over more than one line, "<!--" through "-->", which a Markdown
 * reader shows nothing of: one that begins a line (up to three spaces
 * in: an HTML block) whatever it holds, one inside a paragraph's line
 * when no blank line comes before its "-->". The lines the comments held
 * stay, empty, so each line after them keeps its number (a comment inside
 * a paragraph gives them back at the paragraph's end). A comment on one
 * line, a "<!--" in a code span, a fenced code block or after a backslash,
 * and one never closed are left as written. Returns 1 when it removed
 * one (out holds the text), 0 otherwise (out untouched). Linear in len. */
int imp_md_comments(const char *s, size_t len, Buf *out);

#endif
