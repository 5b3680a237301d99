/* docx_tree.h - the shape of a .docx's body: which elements hold the
 * paragraphs, the table rows and the cells (docx_tree.c). */
#ifndef KHGEN_DOCX_TREE_H
#define KHGEN_DOCX_TREE_H

#include <libxml/tree.h>

#include "util.h"

/* libxml2 refuses XML nested deeper than 256 elements (without
 * XML_PARSE_HUGE, which import never sets), so a walk of this depth
 * reaches every element of a part. */
enum { DOCX_MAX_DEPTH = 256 };

/* Whether n is an element of local name `name` (any namespace prefix). */
int docx_is(const xmlNode *n, const char *name);

/* The first child of n that is an element named `name`, or NULL (n NULL
 * too). */
const xmlNode *docx_child(const xmlNode *n, const char *name);

/* The value of n's attribute `name` (any namespace prefix: "val" is
 * w:val), or NULL (n NULL too). The caller frees it with xmlFree. */
char *docx_attr(const xmlNode *n, const char *name);
/* The first element named name in n or under it (depth: 0 at n), at most
 * 20 deep, or NULL */
const xmlNode *docx_find_under(const xmlNode *n, const char *name, int depth);

/* The attribute as a decimal number (its leading digits, 0 for none, as
 * atoi read it), kept within -DOCX_ATTR_INT_MAX..DOCX_ATTR_INT_MAX; dflt
 * when n or the attribute is missing. */
#define DOCX_ATTR_INT_MAX (1 << 24)
int docx_attr_int(const xmlNode *n, const char *name, int dflt);

/* Whether element n holds any text: a w:t with a character somewhere
 * below it (a paragraph's properties and deleted text never count). 0 when
 * n is NULL. One rule for import's layout readers (docx_layout.c,
 * docx_tabcols.c). */
int docx_has_text(const xmlNode *n);

/* A toggle property (w:b, w:i, w:vanish): on when present, unless its
 * w:val says 0, false or off; off when n is NULL. */
int docx_toggle_on(const xmlNode *n);

/* 1 if n is, or lies inside, a content control (w:sdt) that shows its
 * placeholder (w:sdtPr/w:showingPlcHdr on): its text is the form's prompt,
 * not the drafter's. Looks at most 64 elements up, not past the body or a
 * text box. */
int docx_placeholder(const xmlNode *n);

/* Whether the table cell tc (w:tc) is centred: its first paragraph's own
 * w:jc is "center" (khgen centres a typed column's cells and leaves a text
 * column's on the left, as Word's default). A style's alignment is not
 * followed. Import types a column by its cells only when they are centred
 * (s18tables: a text column of codes "5", "12" came back an int). */
int docx_cell_centred(const xmlNode *tc);

/* The Markdown delimiter row of a .docx table read as pipe rows
 * (import_docx.c), "|---|:---:|", into out: column k (of cols, up to 64)
 * centred (":---:") when some cell of it below the header holds text
 * (bit k of texts) and none of them is other than centred (off), else
 * "---". Returns 0, out left empty, when no column is centred: the rows
 * are then read as before, without a delimiter row. A text column centred
 * in the document was imported without `align: center`, printed on the
 * left, and `khgen diff` of a plan and its .docx's import said "căn lề"
 * changed (tests/e2e's le-thuy-2025: s28review). */
int docx_delimiter_row(unsigned long long texts, unsigned long long off, int cols, Buf *out);

/* Whether the reader goes into n to find the paragraphs, rows or cells it
 * holds: any element but the properties (w:pPr, w:tblPr, w:sectPr, ...),
 * text Word does not show (w:del, w:moveFrom), and what is read on its own
 * (w:p, w:tbl, w:tr, w:tc, a text box's w:txbxContent). A content control
 * (w:sdt) or custom XML around a paragraph, a row or a cell is Word's own
 * way of writing them; an element Word would not write there (a w:ins or a
 * w:hyperlink around a paragraph) is gone into too, so its text is kept. */
int docx_wrapper(const xmlNode *n);

/* The next element named `name` (w:tr in a table, w:tc in a row), or a
 * paragraph (w:p) standing where that element should (which Word does not
 * write, but a damaged file does: read as a row or a cell of its own, so
 * that its text is kept), after `after` (NULL: the first) among the
 * children of `parent` and, through docx_wrapper elements, their
 * descendants, in document order; NULL when there is none. A nested
 * table is not gone into. */
const xmlNode *docx_next(const xmlNode *parent, const xmlNode *after, const char *name);

/* The next cell of table row tr after tc (NULL: the first); a paragraph
 * that stands for a row (docx_next) is its own one cell. */
const xmlNode *docx_row_cell(const xmlNode *tr, const xmlNode *tc);

/* Removes from the tree under n every table cell deleted with Track
 * Changes (w:tcPr/w:cellDel: Word's Delete Cells, a column deleted),
 * with what it holds, as Word shows the document (its simple and
 * no-markup views, its print, the change accepted): the row's later cells
 * move left, and a row left without a cell goes, as does a row that
 * never had one (an empty w:tr, which Word and LibreOffice show as no
 * row). Done once on each part when it is parsed (docx_parse_xml),
 * so that every reader of a table's cells sees the same row. Nothing is
 * done past DOCX_MAX_DEPTH. */
void docx_drop_deleted_cells(xmlNode *n);

/* The grid columns row tr covers (w:gridBefore, w:gridAfter, w:gridSpan). */
int docx_row_columns(const xmlNode *tr);

/* 1 if n is a picture or a drawing that holds no text box: a w:drawing, a
 * VML w:pict or an embedded object's w:object without a w:txbxContent
 * (at most 20 levels under it); not a line drawn alone (v:line, a
 * connector, a shape of geometry "line", Word's horizontal line, a
 * v:rect o:hr="t", pandoc's for "---": its plans' five were five KH759
 * pictures "(no description)", s53import), as Word plans draw the rule
 * under the issuer and under the motto, which khgen's documents print by
 * themselves: each was "a picture, which a plan has no place for", a
 * KH759 warning on every such plan's import, telling the drafter to add
 * it by hand (s28foreign). */
int docx_picture(const xmlNode *n);
/* The name Word gives the picture n (docx_picture): its description (Alt
 * Text, wp:docPr's descr), else its title, else its name; a VML picture's
 * o:title, an object's ProgID; NULL for none (libxml2's string: xmlFree). */
char *docx_picture_name(const xmlNode *n);
#endif
