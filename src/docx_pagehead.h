/* docx_pagehead.h - a plan's header typed in the page header of a .docx
 * (docx_pagehead.c). */
#ifndef KHGEN_DOCX_PAGEHEAD_H
#define KHGEN_DOCX_PAGEHEAD_H

#include <stddef.h>

#include <libxml/tree.h>
#include <zip.h>

#include "diag.h"
#include "import.h"

/* The page header part the first page of body shows (the first section's
 * headerReference, "first" under w:titlePg, else "default", named through
 * the relationships part main_rels and resolved against folder, "word/"),
 * parsed within import's limits (docx_part.c), its name in *part; NULL
 * when there is none. *bad is 1 when a part was damaged (after a
 * diagnostic naming path). Free with xmlFreeDoc. */
xmlDoc *docx_first_header(Arena *arena, DiagSink *diags, const char *path, zip_t *zip,
                          const xmlNode *body, const char *main_rels, const char *folder,
                          const char **part, int *bad);

/* The page header and footer parts every section of body names
 * (w:headerReference, w:footerReference of any type), each once, in the
 * order they are first named, into *names (arena); their count. The
 * relationships are read once and looked up by id (linear in sections
 * and relationships). *bad as for docx_first_header. */
size_t docx_page_parts(Arena *arena, DiagSink *diags, const char *path, zip_t *zip,
                       const xmlNode *body, const char *main_rels, const char *folder,
                       const char ***names, int *bad);

/* The page header or footer part name (a w:hdr or w:ftr), parsed within
 * import's limits and budget (docx_read_part's; NULL for none); NULL when
 * missing, another kind of part, or damaged (*bad 1, after a diagnostic).
 * Free with xmlFreeDoc. */
xmlDoc *docx_page_part(DiagSink *diags, const char *path, zip_t *zip, const char *name,
                       size_t *budget, int *bad);

/* 1 if a paragraph of p[from..to) holds the national name ("CỘNG HÒA XÃ
 * HỘI CHỦ NGHĨA") (motto_only 1), is a "Số: ..." line (2), or either (0). */
int docx_paras_hold_header(const ImpParas *p, size_t from, size_t to, int motto_only);

/* 1 if p[from..to) holds one "Số: ..." line and no other words (but a
 * page number's): a page header of the number alone. */
int docx_paras_number_only(const ImpParas *p, size_t from, size_t to);

/* 1 if text (a text box's paragraphs, joined) holds a line of a plan's
 * header: the national name, the motto ("Độc lập - Tự do - Hạnh phúc",
 * any dash), or "Số: ..." at its start or after a space. */
int docx_header_text(const char *text);

/* 1 if s holds a letter other than those of a page number's word ("Trang
 * 2", "Page 2 of 5", "- 2 -"): a page header or footer of a page number
 * says nothing, and is named in no note. */
int docx_page_words(const char *s);

/* Moves the paragraphs p[from..n) before p[0..from), in their order. */
void docx_paras_to_front(ImpParas *p, size_t from);

#endif
