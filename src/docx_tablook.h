/* docx_tablook.h - the look a Word table's style gives the paragraphs in
 * its cells (docx_tablook.c). */
#ifndef KHGEN_DOCX_TABLOOK_H
#define KHGEN_DOCX_TABLOOK_H

#include <libxml/tree.h>

#include "docx_style.h"

/* What a table's conditional formats need of it, read once a table
 * (docx_table_place): the table, its style's id (libxml2's; NULL: none),
 * its rows, how many of them from the top are its heading (the first and
 * each w:tblHeader row right after it: Word gives them the first row's
 * look), its style's band sizes (rows, columns) and its w:tblLook's parts. */
typedef struct DocxTablePlace {
    const xmlNode *tbl;
    char *style;
    int rows, heads, band[2];
    unsigned look;
} DocxTablePlace;

/* Fills at for table tbl (NULL: none) of styles st, going over its rows
 * once (not at all for a table of no style); free with
 * docx_table_place_free. */
void docx_table_place(const DocxStyles *st, const xmlNode *tbl, DocxTablePlace *at);
void docx_table_place_free(DocxTablePlace *at);

/* The conditional formats (bit 1 << DocxCond) that apply to the cell at
 * index `cell` of `cells` in row `row` (from 0, of at->rows) of at's
 * table under its style and w:tblLook; 0 for a table of no style.
 * Constant time. */
unsigned docx_table_cnf(const DocxTablePlace *at, int row, int cell, int cells);

/* The look the table style of the table p is in gives it, as
 * docx_para_runs' inh bits (1 italic, 2 All Caps, 4 hidden, 8 underline,
 * 16 struck through, 32 bold, 64 small capitals): the style's w:rPr (read
 * once a table: the table node's _private keeps it), then each
 * conditional format of cnf (docx_table_cnf) over it when that table is
 * at's (the cell being read; another, a table inside a cell, takes its
 * whole-table look only; at NULL: none); 0 outside a table. */
int docx_table_toggles(const DocxStyles *st, const xmlNode *p, const DocxTablePlace *at, unsigned cnf);

/* The look cell paragraph p takes from its styles, as docx_para_runs'
 * inh: its paragraph style's toggles over its table's
 * (docx_table_toggles, with at and cnf), its underline, when the
 * paragraph style says, instead of the table's (w:u is no toggle). */
int docx_cell_look(const DocxStyles *st, const xmlNode *p, const DocxTablePlace *at, unsigned cnf);

#endif
