/* docx_html.h - an embedded HTML document of a .docx (a w:altChunk of
 * type text/html or application/xhtml+xml) read into paragraphs
 * (docx_html.c). */
#ifndef KHGEN_DOCX_HTML_H
#define KHGEN_DOCX_HTML_H

#include <stddef.h>

#include "docx_chunk.h"

/* Reads the HTML data[0..len) with libxml2's HTML parser (no network, no
 * error output) and adds its paragraphs to s as the .docx reader gives
 * them: a heading (h1-h6) with its level, a list item with the label a
 * browser shows ("1. ", "a. ", "- ", "+ " a level down), a table's rows as
 * Markdown pipe rows, a paragraph bold or italic as a whole by its flags,
 * its other emphasis as Markdown. Returns 0, or -1 (nothing added) when the
 * parser gave up: nesting deeper than 256 elements, which the parser reads
 * in linear time only within that limit. */
int docx_chunk_html(const char *data, size_t len, DocxChunkSink *s);

#endif
