/* md_read.h - one line of inline Markdown read as the HTML and Word back
 * ends read it (md_read.c, md_plain.c): shared by the renderers and by
 * inline.c's plain text, with nothing of render.h or inline.h, so that
 * inline.c can use it (render.h includes inline.h). */
#ifndef KHGEN_MD_READ_H
#define KHGEN_MD_READ_H

#include "util.h"

/* Copies one line of Markdown, escaping a start that would make cmark read
 * a block other than a paragraph: "1. ", "2) " (ordered list), "- ", "+ ",
 * "* " (list), "#" (heading), ">" (quote), "---", "***", "___" (rule),
 * "```", "~~~" (fence), "[x]: " (link definition). Leading blanks, which
 * would make an indented code block, are dropped. (HTML, DOCX, Markdown) */
void render_guard_block(Buf *out, const char *line);

/* The step of render_parse_inline every back end shares: joins the lines of
 * markdown into line (line breaks as spaces, trailing blanks dropped).
 * Returns -1 if the line is empty; 1 if it has no inline syntax, with
 * literal = its text with backslash escapes resolved (cmark reads exactly
 * this one text node, so a back end may print literal without cmark); 0
 * otherwise (literal untouched: the line needs cmark). */
int render_inline_literal(const char *markdown, Buf *line, Buf *literal);

/* Parses one paragraph of inline Markdown as the HTML and DOCX back ends
 * read it: line breaks read as spaces, trailing blanks dropped, a block
 * start escaped (render_guard_block) and raw markup made literal ('<' and
 * '&' outside code spans print as themselves, "&amp;" as typed). line
 * receives the joined line. Returns NULL if the line is empty; otherwise a
 * cmark document the caller frees (cmark_node_free), with *paragraph its
 * single paragraph, or NULL when cmark reads something else (print line as
 * plain text then). */
struct cmark_node;
struct cmark_node *render_parse_inline(const char *markdown, Buf *line,
                                       struct cmark_node **paragraph);

/* The start of a walk over the inline nodes of one line of Markdown, as
 * the back ends read it (render_parse_inline), for a reader that prints
 * each node its own way (md_plain.c, diff.c). A line without inline syntax
 * is appended to out as its text, and a line cmark reads as something
 * other than one paragraph as the joined line (plain text), and NULL is
 * returned; otherwise the cmark document, which the caller frees
 * (cmark_node_free), *paragraph its one paragraph. An empty line appends
 * nothing. */
struct cmark_node *render_inline_paragraph(const char *markdown, Buf *out,
                                           struct cmark_node **paragraph);

/* The same walk for a text printed as written (render_markdown_written:
 * an attachment's title, note, cells): a link keeps the text it was
 * written with, "[](https://a.vn)" no address given as its text, which
 * printed "[https://a.vn](https://a.vn)" in every format, a text the
 * drafter never wrote (s37review). */
struct cmark_node *render_inline_paragraph_written(const char *markdown, Buf *out,
                                                   struct cmark_node **paragraph);

/* Appends the text of one line of inline Markdown as the HTML and DOCX
 * back ends print it (render_parse_inline: escapes resolved, emphasis and
 * links as their text, a hard break as '\n'), for a back end that shows no
 * Markdown. (md_plain.c) A text
 * Markdown does not mark up, the usual one, is copied without cmark. */
void render_markdown_plain(const char *markdown, Buf *out);

/* As render_markdown_plain, but a link or an image is kept as written
 * ("[x](y)", "![x](y)"): the text of an attachment (its title, note,
 * column headings, cells), which every format prints as written, with
 * emphasis not applied; a link's address is a word of it. (md_plain.c) */
void render_markdown_written(const char *markdown, Buf *out);

/* Appends where one line of inline Markdown is emphasized, as the HTML and
 * DOCX back ends print it: for each text inside emphasis or strong
 * emphasis, its kind, the word it starts in (its number among the printed
 * words, and the byte into it) and how many words it begins. Two lines of
 * equal signatures emphasize the same places, whatever the words there;
 * khgen diff shows the words alone only then (the bold of "b" added
 * beside a deleted "|", "x b |" to "x **b**", showed "x b[- |-]").
 * (md_plain.c) */
void render_markdown_emphasis(const char *markdown, Buf *out);

/* 1 when the Markdown lines a and b print the same text
 * (render_markdown_plain of each, a run of spaces as one): an importer's line with its emphasis
 * marks against the same line without them, which tells marks that
 * CommonMark reads as stars ("a**(x)**b") from marks it reads as
 * emphasis. (md_plain.c) */
int render_same_plain(const char *a, const char *b);

/* The length of markdown's first len bytes up to its last character shown:
 * the emphasis delimiters ('*', '_', '~') that close after it left out
 * ("*Trên đây.*": up to the '.'), unless the line prints them itself (a
 * stray or escaped '*'). The end mark of a closing, a legal basis or a
 * recipient is decided on the characters shown, not on the markup after
 * them, which printed "Trên đây../." (s17attack F4). (md_plain.c) */
size_t render_shown_end(const char *markdown, size_t len);

/* Whether cmark reads t, which begins and ends with k stars, as one
 * emphasis over the whole of it: strong (k 2), emph (1), or both (3).
 * A bold heading whose text holds emphasis of its own ("**I. Tên
 * ***cả hai*** an**", "**2. X `mã`**"), an italic bullet "*hóa *x* nạn*",
 * is one for every reader, but has the wrapper's marks inside it
 * (round22 --stress): import unwraps it, and `khgen diff` reads it as
 * its style (diff_format.c). Linear. */
int md_wraps_whole(const char *t, int k);

#endif
