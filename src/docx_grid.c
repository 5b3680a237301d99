/* docx_grid.c - a Word table's grid columns, read as the columns a reader
 * sees.
 *
 * A .docx table lays its cells on a grid (w:tblGrid); a cell covers one
 * grid column or, with w:gridSpan, several. khgen writes one grid column
 * a table column. LibreOffice Writer's own Table > Insert > Columns in a
 * khgen Biểu with group rows (whose title spans the columns after STT)
 * keeps the group rows' edges, so the new column takes two grid columns
 * in every other row (gridSpan 2) and the group rows end inside it: the
 * import read six columns where the page shows five, every row with a
 * cell "merged across columns" (KH759) and an empty column, and `khgen
 * diff` showed every row changed (s42cycle; session 41's rule for a
 * column added wants the rows' cells under the same headings). Here a
 * grid line that the header row does not use, that fewer than half of
 * the rows use (a group row's own edge), and where no cell with text
 * starts, is no column's edge: the grid columns on its two sides are one
 * column. khgen's own tables, and Word's, whose rows use every line of
 * their grid, read as before.
 *
 * Stage: import (the .docx reader). Reads the tree only.
 */
#include "docx_grid.h"

#include <string.h>

#include "docx_tree.h"

enum { GRID_MAX = DOCX_GRID_MAX };

int docx_grid_span(const xmlNode *tc)
{
    int span = docx_attr_int(docx_child(docx_child(tc, "tcPr"), "gridSpan"), "val", 1);
    return span > 1 && span < GRID_MAX ? span : 1;
}

void docx_grid_read(const xmlNode *tbl, const xmlNode *title, DocxGrid *g)
{
    int used[GRID_MAX] = {0}, head[GRID_MAX] = {0}, text[GRID_MAX] = {0};
    int rows = 0;
    memset(g, 0, sizeof *g);
    for (const xmlNode *tr = docx_next(tbl, NULL, "tr"); tr; tr = docx_next(tbl, tr, "tr")) {
        if (tr == title || docx_child(docx_child(tr, "trPr"), "del"))
            continue;
        int col = docx_attr_int(docx_child(docx_child(tr, "trPr"), "gridBefore"), "val", 0);
        col = col < 0 ? 0 : col > GRID_MAX ? GRID_MAX : col;
        for (const xmlNode *tc = docx_row_cell(tr, NULL); tc && col < GRID_MAX;
             tc = docx_row_cell(tr, tc)) {
            used[col]++;
            head[col] |= rows == 0;
            text[col] |= docx_has_text(tc);
            col += docx_grid_span(tc);
        }
        rows++;
    }
    int n = 0;
    for (int c = 0; c <= GRID_MAX; c++) {
        g->skip[c] = c > 0 && c < GRID_MAX && rows > 1 && !head[c] && 2 * used[c] < rows &&
                     !text[c];
        n += c > 0 && !g->skip[c];
        g->logical[c] = n;
    }
}
