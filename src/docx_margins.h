/* docx_margins.h - the page headers and footers of a .docx, as import
 * reads them (docx_margins.c). */
#ifndef KHGEN_DOCX_MARGINS_H
#define KHGEN_DOCX_MARGINS_H

#include <stddef.h>

#include <libxml/tree.h>
#include <zip.h>

#include "docx_reader.h"

/* Reads the block n (a body, a cell, a page header's root) into rd->out as
 * import_docx.c reads the body: its paragraphs and tables in document order,
 * depth 0 for the body. import_docx.c's; the page margins' reader calls it. */
void docx_read_block(Reader *rd, const xmlNode *n, int in_table, int depth);

/* The page header the first page shows, read before the body's paragraphs
 * rd->out->items[from..] when it holds a plan's header and they do not
 * (docx_pagehead.c), then every other page header and footer holding words
 * a `# review:` note of the document's first paragraph, counted for KH759.
 * body is the main part's w:body, main_rels its relationships part, folder
 * the main part's folder ("word/"). The notes and paragraphs are in
 * rd->arena. 0, or -1 after a diagnostic. */
int docx_page_margins(Reader *rd, zip_t *zip, const xmlNode *body, const char *main_rels,
                      const char *folder, size_t from);

#endif
