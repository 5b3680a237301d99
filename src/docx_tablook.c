/* docx_tablook.c - the look a Word table's style gives the paragraphs in
 * its cells, for import.
 *
 * ECMA-376 17.7.2 puts a table style first in the order in which a
 * paragraph in a table takes its formatting: the table style, then the
 * paragraph style, then the character style, then the run's own. A
 * table style's toggles (bold, italic, All Caps, small capitals: its
 * w:rPr) are read here and toggled by the cell paragraph's style, and the
 * result goes to docx_para_runs as its `inh` bits, as a paragraph outside
 * a table gets its paragraph style's. The table's w:tblPr is looked for
 * before its rows only (its first element but range markup), never over
 * every row, and its toggles read once a table.
 */
#include <stdint.h>
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

/* The toggles the table style of the table p is in gives it (w:tblStyle's
 * w:rPr), as docx_para_runs' inh bits: 1 italic, 2 All Caps, 32 bold, 64
 * small capitals; 0 outside a table. ECMA-376 17.7.2: the table style
 * comes first, the paragraph style toggles it (17.7.3), then the
 * character style: a table style's All Caps was not read, its cells read
 * as typed (s52import F7). Read once a table, kept in its node's _private
 * (libxml2's field for the application; the tree is the reader's own):
 * the range markup before its w:tblPr, read again for each paragraph,
 * would make the time grow as the square of a table of bookmarks. */
int docx_table_toggles(const DocxStyles *st, const xmlNode *p)
{
    xmlNode *tbl = p->parent;
    for (int depth = 0; tbl && !docx_is(tbl, "tbl") && depth < DOCX_MAX_DEPTH; depth++)
        tbl = tbl->parent;
    if (!docx_is(tbl, "tbl"))
        return 0;
    if (tbl->_private)
        return (int)((intptr_t)tbl->_private - 1);
    char *ts = docx_attr(docx_child(table_props(tbl), "tblStyle"), "val");
    static const int which[] = {1, 2, 0, 7}, bit[] = {1, 2, 32, 64};
    int inh = 0;
    for (int k = 0; ts && k < 4; k++)
        inh |= docx_style_flag(st, ts, 2, which[k]) > 0 ? bit[k] : 0;
    xmlFree(ts);
    tbl->_private = (void *)(intptr_t)(inh + 1);
    return inh;
}

/* The look cell paragraph p takes from its styles, as docx_para_runs'
 * inh: its paragraph style's toggles over its table's (table_toggles).
 * A cell's runs were read with no style at all. */
int docx_cell_look(const DocxStyles *st, const xmlNode *p)
{
    char *ps = docx_attr(docx_child(docx_child(p, "pPr"), "pStyle"), "val");
    static const int which[] = {1, 2, 0, 7}, bit[] = {1, 2, 32, 64};
    int inh = docx_table_toggles(st, p);
    for (int k = 0; k < 4; k++)
        inh ^= docx_style_flag(st, ps, 0, which[k]) > 0 ? bit[k] : 0;
    xmlFree(ps);
    return inh;
}
