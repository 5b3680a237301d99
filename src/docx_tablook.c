/* docx_tablook.c - the look a Word table's style gives the paragraphs in
 * its cells, for import.
 *
 * ECMA-376 17.7.2 puts a table style first in the order in which a
 * paragraph in a table takes its formatting: the table style, then the
 * paragraph style, then the character style, then the run's own. A
 * table style's toggles (bold, italic, All Caps, small capitals, hidden,
 * struck through: its w:rPr) and its underline are read here, then its
 * conditional formats (w:tblStylePr: the first row, the last row, the
 * first and last column, odd and even bands of rows and columns, the
 * corner cells) where the table's w:tblLook applies them, each over the
 * ones before it in the order Word applies them (docx_style.h's
 * DocxCond); the cell paragraph's style toggles the result (its underline
 * replaces the table's), and it goes to docx_para_runs as its `inh` bits,
 * as a paragraph outside a table gets its paragraph style's. A Biểu in
 * Word's "Grid Table 4" style shows its first column bold and its header
 * in the style's look; such a cell was read with the whole-table w:rPr
 * only (session 52's leftover). Which parts a cell is in
 * (docx_table_cnf) is worked out from its row's and cell's place, which
 * the reader knows as it goes (the table's rows, style and w:tblLook read
 * once a table, docx_table_place); the table's w:tblPr is looked for
 * before its rows only (its first element but range markup), never over
 * every row, and its whole look read once a table.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/tree.h>

#include "docx_style.h"
#include "docx_tablook.h"
#include "docx_tree.h"

/* Whether n, a child of a w:tbl, is range markup, which may come before
 * its w:tblPr (ECMA-376 17.4.38, CT_Tbl: EG_RangeMarkupElements first):
 * a bookmark's or a comment's range, a move's, a custom XML change's, all
 * named "...Start" or "...End". */
static int range_markup(const xmlNode *n)
{
    const char *name = (const char *)n->name;
    size_t len = strlen(name);
    return (len > 5 && strcmp(name + len - 5, "Start") == 0) || (len > 3 && strcmp(name + len - 3, "End") == 0);
}

/* The w:tblPr of table tbl, or NULL: its first element but range markup
 * (w:tblPr, then w:tblGrid, then the rows), looked for before the rows
 * only. docx_child went over every row of a table without one, for each
 * of its paragraphs: 20,000 rows took 8.9 s (s52review, from s52import
 * F7's table_toggles; session 52); and a table whose first child is a
 * bookmark's start (a bookmark over the whole table, which the schema
 * puts there) had none, its style in All Caps read as typed (s53review). */
static const xmlNode *table_props(const xmlNode *tbl)
{
    for (const xmlNode *c = tbl->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE || range_markup(c))
            continue;
        return docx_is(c, "tblPr") ? c : NULL;
    }
    return NULL;
}

/* The table p is in (its nearest w:tbl), or NULL. */
static xmlNode *table_of(const xmlNode *p)
{
    xmlNode *tbl = p ? p->parent : NULL;
    for (int depth = 0; tbl && !docx_is(tbl, "tbl") && depth < DOCX_MAX_DEPTH; depth++)
        tbl = tbl->parent;
    return docx_is(tbl, "tbl") ? tbl : NULL;
}

/* The parts tblLook of table tbl applies (ECMA-376 17.4.56: an attribute
 * each since Word 2010, else the w:val bitmask of 17.4.55; none: 0000,
 * the bands only): bit 0 first row, 1 last row, 2 first column, 3 last
 * column, 4 no row bands, 5 no column bands. */
static unsigned table_look(const xmlNode *tbl)
{
    const xmlNode *look = docx_child(table_props(tbl), "tblLook");
    static const char *const names[] = {"firstRow", "lastRow", "firstColumn", "lastColumn", "noHBand",
                                        "noVBand"};
    char *hex = docx_attr(look, "val");
    unsigned long val = hex ? strtoul(hex, NULL, 16) : 0;
    xmlFree(hex);
    unsigned bits = 0;
    for (int k = 0; k < 6; k++) {
        char *v = docx_attr(look, names[k]);
        int on = v ? strcmp(v, "1") == 0 || strcmp(v, "true") == 0 || strcmp(v, "on") == 0
                   : (val >> (5 + k) & 1u) != 0; /* 0x0020 first row .. 0x0400 no column bands */
        bits |= on ? 1u << k : 0;
        xmlFree(v);
    }
    return bits;
}

/* The id of table tbl's style (libxml2's), or NULL. */
static char *table_style(const xmlNode *tbl)
{
    return tbl ? docx_attr(docx_child(table_props(tbl), "tblStyle"), "val") : NULL;
}

void docx_table_place(const DocxStyles *st, const xmlNode *tbl, DocxTablePlace *at)
{
    *at = (DocxTablePlace){tbl, tbl ? table_style(tbl) : NULL, 0, 0, {1, 1}, tbl ? table_look(tbl) : 0};
    if (!at->style)
        return;
    at->band[0] = docx_style_band(st, at->style, 0), at->band[1] = docx_style_band(st, at->style, 1);
    int heading = 1; /* the first row, and each w:tblHeader row right after it */
    for (const xmlNode *tr = docx_next(tbl, NULL, "tr"); tr; tr = docx_next(tbl, tr, "tr")) {
        heading = heading && (at->rows == 0 || docx_child(docx_child(tr, "trPr"), "tblHeader"));
        at->heads += heading;
        at->rows++;
    }
}

void docx_table_place_free(DocxTablePlace *at)
{
    xmlFree(at->style);
    at->style = NULL;
}

unsigned docx_table_cnf(const DocxTablePlace *at, int row, int cell, int cells)
{
    if (!at->style || !at->rows)
        return 0;
    unsigned look = at->look, cnf = 0;
    int first_row = (look & 1u) && row < at->heads, last_row = (look & 2u) && row == at->rows - 1;
    int first_col = (look & 4u) && cell == 0, last_col = (look & 8u) && cell == cells - 1;
    /* bands counted past the parts that have a look of their own */
    int band_row = row - ((look & 1u) ? at->heads : 0), band_col = cell - ((look & 4u) ? 1 : 0);
    if (!(look & 16u) && !first_row && !last_row && band_row >= 0)
        cnf |= 1u << (band_row / at->band[0] % 2 ? DOCX_COND_BAND2_HORZ : DOCX_COND_BAND1_HORZ);
    if (!(look & 32u) && !first_col && !last_col && band_col >= 0)
        cnf |= 1u << (band_col / at->band[1] % 2 ? DOCX_COND_BAND2_VERT : DOCX_COND_BAND1_VERT);
    cnf |= (unsigned)first_col << DOCX_COND_FIRST_COL | (unsigned)last_col << DOCX_COND_LAST_COL;
    cnf |= (unsigned)first_row << DOCX_COND_FIRST_ROW | (unsigned)last_row << DOCX_COND_LAST_ROW;
    cnf |= (unsigned)(first_row && first_col) << DOCX_COND_NW | (unsigned)(first_row && last_col) << DOCX_COND_NE;
    cnf |= (unsigned)(last_row && first_col) << DOCX_COND_SW | (unsigned)(last_row && last_col) << DOCX_COND_SE;
    return cnf;
}

/* docx_style_flag's `which` of each inh bit: italic, All Caps, hidden,
 * underline, struck through, bold, small capitals (bit 1 << k). */
static const int which_of[7] = {1, 2, 3, 4, 5, 0, 7};

int docx_table_toggles(const DocxStyles *st, const xmlNode *p, const DocxTablePlace *at, unsigned cnf)
{
    xmlNode *tbl = table_of(p);
    if (!tbl)
        return 0;
    /* the whole table's, read once a table, kept in its node's _private
     * (libxml2's field for the application; the tree is the reader's
     * own): the range markup before its w:tblPr, read again for each
     * paragraph, would make the time grow as the square of a table of
     * bookmarks (s53review) */
    int inh = 0;
    if (tbl->_private) {
        inh = (int)((intptr_t)tbl->_private - 1);
    } else {
        char *ts = table_style(tbl);
        for (int k = 0; ts && k < 7; k++)
            inh |= docx_style_flag(st, ts, 2, which_of[k]) > 0 ? 1 << k : 0;
        xmlFree(ts);
        tbl->_private = (void *)(intptr_t)(inh + 1);
    }
    /* a table in a cell: its own place is not known, its whole look only */
    for (int type = 0; at && at->tbl == tbl && at->style && type < DOCX_N_COND; type++) {
        for (int k = 0; cnf >> type & 1u && k < 7; k++) { /* each over the ones before it */
            int c = docx_style_cond_flag(st, at->style, type, which_of[k]);
            inh = c >= 0 ? (inh & ~(1 << k)) | (c ? 1 << k : 0) : inh;
        }
    }
    return inh;
}

int docx_cell_look(const DocxStyles *st, const xmlNode *p, const DocxTablePlace *at, unsigned cnf)
{
    char *ps = docx_attr(docx_child(docx_child(p, "pPr"), "pStyle"), "val");
    int inh = docx_table_toggles(st, p, at, cnf);
    for (int k = 0; k < 7; k++) {
        int v = docx_style_flag(st, ps, 0, which_of[k]);
        if (which_of[k] == 4) /* w:u is no toggle: the paragraph style's, when it says */
            inh = v >= 0 ? (inh & ~(1 << k)) | (v > 0 ? 1 << k : 0) : inh;
        else
            inh ^= v > 0 ? 1 << k : 0;
    }
    xmlFree(ps);
    return inh;
}
