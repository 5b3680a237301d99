/* docx_layout.h - telling a .docx's layout tables (the header's, the
 * signature's) from its tables of data (docx_layout.c). */
#ifndef KHGEN_DOCX_LAYOUT_H
#define KHGEN_DOCX_LAYOUT_H

#include <libxml/tree.h>

/* Whether table tbl lays out the page rather than holding data, so that
 * import reads it paragraph by paragraph: text (the table's whole text)
 * names the national motto, the number, the recipients ("Nơi nhận:",
 * with its colon) or a signature's "TM." or "KT."; or the table has one or two columns and is first in
 * the document (before_text: no paragraph read yet, the header's place),
 * has a single row, or a cell of it holds more than one paragraph of text
 * (the issuer's lines, a signature's role, blank lines and name). A table
 * of one or two columns, a header row and rows of one line a cell is
 * data, as a wider one is. */
int docx_layout_table(const xmlNode *tbl, const char *text, int before_text);

/* docx_layout_table's decision from what it counts, for a table of any
 * source (a .md's HTML or pandoc table too, import_mdhtml.c): its text
 * (NULL: not looked at), its widest row's cells, its rows, whether a
 * cell holds more than one paragraph, and whether no text comes before
 * it. */
int layout_by_shape(const char *text, int widest, int rows, int stacked, int before_text);

/* The first row of table tbl when it is a title typed in the table (one
 * cell spanning every column, over at least two more rows, the widest of
 * two cells or more): an office's Biểu whose "Biểu 01" and title stand in
 * the table's first row rather than above it. Import reads that cell's
 * paragraphs as paragraphs above the table, the form it reads an
 * attachment's label and title in (its table was read as the
 * signature's lines: s26foreign). NULL when the first row is no such
 * title. */
const xmlNode *docx_title_row(const xmlNode *tbl);

/* The last row of table tbl when it is a Biểu's note as khgen writes it:
 * one cell across every column whose first paragraph has the style KH
 * Attachment Note (render_docx.c prints a table's note as the table's
 * last row, so that no page holds it alone: layout.h). Import reads that
 * cell's paragraphs as paragraphs under the table, the note's place in
 * every other document. NULL when the last row is no such note. */
const xmlNode *docx_note_row(const xmlNode *tbl);

#endif
