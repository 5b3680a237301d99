/* docx_tabcols.h - a header or a signature block laid out in two columns
 * with tab stops instead of a table (docx_tabcols.c). */
#ifndef KHGEN_DOCX_TABCOLS_H
#define KHGEN_DOCX_TABCOLS_H

#include <libxml/tree.h>

#include "docx_style.h"

/* Whether paragraph p is a line of two columns set with a tab: its own
 * w:tabs, or its paragraph style's (st), has a centre or right stop past
 * 4000 twips (7 cm) and a w:tab
 * in its runs has text after it ("Nơi nhận:<tab>TM. ỦY BAN NHÂN DÂN",
 * "<tab>Trần Văn Bình"), or three w:tab or more in a row do (the Tab key
 * pressed to the page's middle). */
int docx_tab_columns(const xmlNode *p, const DocxStyles *st);

/* The paragraphs from p (a docx_tab_columns paragraph) that read as two
 * columns: p and the paragraphs after it up to the last such line with
 * at most 15 other lines of text between any two of them, besides the
 * recipients typed "- ..." or "+ ..." without a tab (under "Nơi nhận"),
 * and the lines typed so right after it (the last recipients), 40 lines
 * at most, none empty, none ending a section, none a table. Returns the
 * block's last paragraph. */
const xmlNode *docx_tab_run_end(const xmlNode *p, const DocxStyles *st);

/* A new paragraph (the caller frees it with xmlFreeNode) holding the
 * left (right 0) or the right (right 1) column of docx_tab_columns
 * paragraph p, its w:pPr and its runs' w:rPr kept; NULL when that column
 * holds no text. */
xmlNode *docx_tab_half(const xmlNode *p, int right, const DocxStyles *st);

/* The lines of the block of two columns that starts at paragraph p
 * (docx_tab_columns; docx_tab_run_end its last, in *end) in the order
 * they read in, as a table's: a new element (the caller frees it with
 * xmlFreeNode) holding copies of the left columns' and the other lines'
 * paragraphs, then of the right columns'. NULL when p is no such line,
 * and for a line of such an element (its columns are not split again:
 * linear in the document). */
xmlNode *docx_tab_block(const xmlNode *p, const xmlNode **end, const DocxStyles *st);

#endif
