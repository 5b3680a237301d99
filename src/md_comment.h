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
 * and one never closed are left as written (*unclosed: the byte of the
 * first "<!--" never closed outside code, (size_t)-1 when none; KH766),
 * and so is a comment inside a paragraph that CommonMark 0.30 prints as
 * text (md_inline_comment_end). Returns 1 when it removed one (out holds
 * the text), 0 otherwise (out untouched). Linear in len. */
int imp_md_comments(const char *s, size_t len, Buf *out, size_t *unclosed);

/* Where the first "--" after a place was found (md_inline_comment_end's
 * memo, zeroed but for at = (size_t)-1 before a text's first call). */
typedef struct MdDashes {
    size_t at;   /* the last "--" found ((size_t)-1: none yet) */
    size_t from; /* the place it was searched from */
    int none;    /* no "--" at or after from */
} MdDashes;

/* The end (past its "-->") of the HTML comment whose "<!--" is at s[p],
 * inside a paragraph's text s[0..len), as CommonMark 0.30 reads one: its
 * text up to the first "--" after "<!--", that "--" followed by ">", and
 * its text not beginning with ">" or "->"; (size_t)-1 when it is none
 * ("<!-- a -- b -->", "<!-->"), which a reader (cmark 0.30, pandoc -f gfm)
 * prints as text. The places p asked of one memo must grow; then the
 * calls together are linear in len. */
size_t md_inline_comment_end(const char *s, size_t len, size_t p, MdDashes *memo);

#endif
