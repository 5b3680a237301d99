/* docx_grid.h - a Word table's grid columns read as the columns a reader
 * sees (docx_grid.c). */
#ifndef KHGEN_DOCX_GRID_H
#define KHGEN_DOCX_GRID_H

#include <libxml/tree.h>

/* The grid columns read: a table's first 64 (a cell past them is read
 * in the last). */
enum { DOCX_GRID_MAX = 64 };

/* For grid columns 0..DOCX_GRID_MAX: logical[g], the column a reader
 * sees grid column g in; skip[g], 1 when no column starts at g (a cell
 * starting there is an empty remnant, read with the cell before it). */
typedef struct DocxGrid {
    int logical[DOCX_GRID_MAX + 1];
    unsigned char skip[DOCX_GRID_MAX + 1];
} DocxGrid;

/* The grid columns cell tc covers (its w:gridSpan), 1 to
 * DOCX_GRID_MAX - 1: the one reading of a span, for the grid and the
 * reader of the cells (import_docx.c). */
int docx_grid_span(const xmlNode *tc);

/* Reads tbl's rows (but title, and rows deleted with Track Changes) into
 * g. A grid line that the header row does not use, that fewer than half
 * of the rows use, and where no cell with text starts is no column's
 * edge: the columns on its two sides are one. */
void docx_grid_read(const xmlNode *tbl, const xmlNode *title, DocxGrid *g);

#endif
