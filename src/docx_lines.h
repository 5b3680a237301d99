/* docx_lines.h - the line breaks of a Word paragraph typed to separate
 * items, read as the paragraphs they separate (docx_lines.c). */
#ifndef KHGEN_DOCX_LINES_H
#define KHGEN_DOCX_LINES_H

#include <stddef.h>

/* Whether the paragraph text s[0..n) (its line breaks, w:br, as '\n') is
 * cut into paragraphs at its line breaks: a line after the first begins
 * with a list's label ("1.", "a)", "-", "+", "I.") and every line's
 * emphasis marks (runs of '*') pair up within it. One pass over s. */
int docx_lines_cut(const char *s, size_t n);

/* Whether the line s[0..n) (its leading spaces left out) begins with a
 * list's label, so that a line break before it separates items: the
 * decision docx_lines_cut makes at each break, for a Markdown hard break
 * (import_text.c) too. */
int docx_line_is_item(const char *s, size_t n);

/* Length of the first paragraph of s[0..n) when docx_lines_cut said to
 * cut: up to the first line break after which a line begins with a
 * label, or n; it looks no further than that break. */
size_t docx_line_piece(const char *s, size_t n);

#endif
