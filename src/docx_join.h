/* docx_join.h - paragraphs joined by a paragraph mark deleted with Track
 * Changes, read as the one paragraph Word shows (docx_join.c). */
#ifndef KHGEN_DOCX_JOIN_H
#define KHGEN_DOCX_JOIN_H

#include <libxml/tree.h>

/* Whether p is a paragraph (w:p) whose mark is a tracked deletion
 * (w:pPr/w:rPr/w:del), moved away (w:moveFrom) or hidden (w:vanish, a
 * Style Separator), or a drop cap's (docx_drop_cap): Word shows it joined
 * to the paragraph after it. */
int docx_mark_deleted(const xmlNode *p);

/* Whether p is a drop cap's paragraph (w:framePr w:dropCap "drop" or
 * "margin"): the large first letter of the paragraph after it. */
int docx_drop_cap(const xmlNode *p);

/* The paragraph after p among its siblings (past bookmarks, comment
 * ranges and proofing marks), or NULL when another element (a table, a
 * content control) or nothing follows. */
const xmlNode *docx_next_para(const xmlNode *p);

/* Whether p shows nothing: its mark deleted, a paragraph after it, and no
 * text of its own left (its words deleted too): Word shows the next
 * paragraph alone, with its own properties, so p is not read. */
int docx_mark_vanishes(const xmlNode *p);

/* When p's mark is deleted and a paragraph follows, a new w:p (free it
 * with xmlFreeNode) holding p's properties (a drop cap's: the next
 * paragraph's) and the content of p and of
 * the paragraphs after it while their marks are deleted too, with *last
 * the last paragraph joined; NULL otherwise (*last = p). */
xmlNode *docx_join_marks(const xmlNode *p, const xmlNode **last);

#endif
