/* md_blocks.h - the block marks of a hand-written .md (md_blocks.c), for
 * import_text.c. */
#ifndef KHGEN_MD_BLOCKS_H
#define KHGEN_MD_BLOCKS_H

#include <stddef.h>

#include "util.h"

/* Writes to out the Markdown text s[0..len) with the block marks import
 * does not read written as those it does, line for line: a list item's
 * "* " as "- " (not a "* * *" rule), a block quote's "> " marks taken
 * off, and the rows of a pipe table without end pipes (a delimiter row of
 * as many cells as the header row above it) given them. Lines of a
 * fenced code block are left as written; a reference link written inline
 * to its definition's address, the addresses within a budget of the
 * text's length. Returns 1 when it changed a
 * line (out holds the text), 0 otherwise (out empty). Linear in len. */
int imp_md_blocks(const char *s, size_t len, Buf *out);

/* Whether the line t[0..n) (trimmed), met inside the paragraph of text
 * para (not a table's rows), is that paragraph's text though it reads
 * "|a|" (a table's row): it is not
 * the header row of a pipe table (next[0..next_len), the text after it,
 * does not start with a delimiter row "|---|:--:|"). pandoc, cmark and
 * GitHub print such lines as the paragraph's words; import cut each one
 * into a paragraph of its own and made tables of them, a "# review:" line
 * each: 240 KB of "+-+", "|a|", "|b|" lines imported as a 4.9 MB plan
 * (s24review L1). 0 for a line that is no pipe row. */
int imp_md_pipe_text(const Buf *para, const char *t, size_t n, const char *next,
                     size_t next_len);

/* After a line of the paragraph para that ended in a Markdown hard break
 * (hard: 1 two spaces, 2 a backslash, kept at para's end; 0 none), at
 * the next line t[0..n) (trimmed, not blank): whether that line goes on
 * the paragraph, as a line break of a .docx paragraph does: unless it
 * begins with a list's label (docx_lines.c decides, for both), since
 * pandoc writes Word's Shift+Enter "\\" and gfm two spaces, and the
 * .docx import kept one paragraph where the .md's made two (a bullet
 * "Một" and a paragraph "hai."). The backslash of a hard break is taken
 * off para when a line follows, whether it joins or not. */
int imp_md_hard_joins(Buf *para, int hard, const char *t, size_t n);

/* What imp_md_indented_code keeps from line to line: the column of the
 * open list item's text (0: none), a blank line just above, the line
 * above in an indented code block. Start from {0, 1, 0}. */
typedef struct MdIndent {
    size_t item;
    int blank_before, code;
} MdIndent;

/* Whether the line s[0..len) (no line break) is a line of an indented
 * code block as CommonMark and pandoc read it: four columns or more past
 * the margin, or past the text of the list item it is under, after a
 * blank line or another such line (an indented line under a paragraph's
 * is its lazy continuation). A blank line is 0. Called for each line in
 * order; constant time a line but for its indent. Its marks are text:
 * "~a~" and "[x]{.y}" there were read as pandoc's (s25review L3). */
int imp_md_indented_code(const char *s, size_t len, MdIndent *st);

#endif
