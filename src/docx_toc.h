/* docx_toc.h - a Word table of contents, told from the document's text
 * (docx_toc.c), so that import leaves it out with a note. */
#ifndef KHGEN_DOCX_TOC_H
#define KHGEN_DOCX_TOC_H

#include <libxml/tree.h>

/* The reader's place in a TOC field (its result runs over paragraphs).
 * Zeroed to start. */
typedef struct DocxToc {
    int active; /* inside a TOC field's result */
    int depth;  /* fields open inside it (its entries' PAGEREF, hyperlinks) */
    int begun;  /* a field began and its code is not read yet */
    int lines;  /* paragraphs left out since the last docx_toc_done */
} DocxToc;

/* Whether the body paragraph p belongs to a table of contents: styled as
 * one of its lines (TOC1..TOC9, "TOC Heading"; LibreOffice's Contents 1..),
 * or inside a TOC field ({ TOC \o "1-3" }, begun in this paragraph or an
 * earlier one). Call it for the body's paragraphs in document order; each
 * that belongs counts a line. */
int docx_toc_para(DocxToc *t, const xmlNode *p);

/* Whether n is a content control holding a table of contents (w:sdt whose
 * w:docPartGallery is "Table of Contents", as Word's References > Table
 * of Contents writes it); its paragraphs count as lines. */
int docx_toc_sdt(DocxToc *t, const xmlNode *n);

/* The lines of the table of contents left out since the last call, when
 * it has ended (0 while inside one, or when none was). */
int docx_toc_done(DocxToc *t);

#endif
