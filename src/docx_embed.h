/* docx_embed.h - the embedded documents of a .docx (w:altChunk), as
 * import reads them (docx_embed.c), and what of import_docx.c's reader
 * they read with. */
#ifndef KHGEN_DOCX_EMBED_H
#define KHGEN_DOCX_EMBED_H

#include <stddef.h>

#include <libxml/tree.h>

#include "docx_reader.h"

/* The embedded document alt (a w:altChunk) read where it stands into
 * rd->out, as Word and LibreOffice show it, one level deep; one not read
 * is a note of rd->held, counted in rd->kept; a refused one sets
 * rd->failed after its diagnostic. */
void docx_read_chunk(Reader *rd, const xmlNode *alt, int in_table, int depth);

/* The embedded document alt in a data table's cell, its text appended to
 * out (plain text, a space between paragraphs), its tables and notes
 * notes of rd->held. */
void docx_chunk_in_cell(Reader *rd, const xmlNode *alt, Buf *out, int depth);

/* import_docx.c's: the .docx package data[0..len), named path in
 * diagnostics, read into outer->out with outer's paragraph count, gap and
 * budgets. 0, or -1 after a diagnostic. */
int docx_read_embedded(Reader *outer, const char *path, const char *data, size_t len);

/* import_docx.c's: where a table inside a cell or a text box stands, for
 * its note (an arena string of rd's, or a static one). */
const char *docx_nested_where(const Reader *rd);

#endif
