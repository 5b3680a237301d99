/* docx_tree.c - the shape of a .docx's body, for import_docx.c.
 *
 * Word writes paragraphs, table rows and cells inside other elements: a
 * content control (w:sdt/w:sdtContent) or custom XML (w:customXml) may
 * hold a block of paragraphs, a row of a table or one cell, and a damaged
 * or hand-made file holds them in elements Word would not write there (a
 * w:ins, a w:hyperlink). The reader went only into the wrappers it knew,
 * and a row or a cell inside any of them was left out of its table
 * without a word (s9mut: 1 in 6 mutants that wrapped a row or a cell lost
 * its text). Here is the one rule of what the reader goes into, and the
 * walk that finds a table's rows and a row's cells through it (a
 * paragraph found where a row or a cell should be is one of its own), and
 * the look-ups the reader makes everywhere: a child, an attribute, a
 * toggle (w:b, w:vanish), and whether an element is a content control's
 * placeholder text (Word's "Click or tap here to enter text.", which the
 * drafter never wrote: import read it as theirs, s22low). A cell deleted
 * with Track Changes (w:cellDel) is taken out of the tree when its part
 * is parsed: every reader read it as there, a deleted column's cells
 * imported as a column of the Biểu (s50attack F3).
 */
#include <stdlib.h>
#include <string.h>

#include "docx_tree.h"

int docx_is(const xmlNode *n, const char *name)
{
    return n && n->type == XML_ELEMENT_NODE && strcmp((const char *)n->name, name) == 0;
}

static int has_text(const xmlNode *n, int depth)
{
    if (depth > DOCX_MAX_DEPTH)
        return 0;
    for (const xmlNode *c = n->children; c; c = c->next) {
        if (c->type == XML_TEXT_NODE && docx_is(n, "t") && c->content && *c->content)
            return 1;
        if (c->type == XML_ELEMENT_NODE && !docx_is(c, "pPr") && !docx_is(c, "delText") &&
            has_text(c, depth + 1))
            return 1;
    }
    return 0;
}

int docx_has_text(const xmlNode *n)
{
    return n && has_text(n, 0);
}

const xmlNode *docx_child(const xmlNode *n, const char *name)
{
    for (const xmlNode *c = n ? n->children : NULL; c; c = c->next)
        if (docx_is(c, name))
            return c;
    return NULL;
}

char *docx_attr(const xmlNode *n, const char *name)
{
    /* an element's only: a text node's properties field holds its text
     * when libxml2 compacts it (XML_PARSE_COMPACT: a "\n" between
     * [Content_Types].xml's last Override and </Types>, as LibreOffice
     * writes it, was read as attributes, SIGSEGV; s37imp) */
    if (!n || n->type != XML_ELEMENT_NODE)
        return NULL;
    for (xmlAttr *a = n->properties; a; a = a->next)
        if (strcmp((const char *)a->name, name) == 0)
            return (char *)xmlNodeGetContent((const xmlNode *)a);
    return NULL;
}

int docx_attr_int(const xmlNode *n, const char *name, int dflt)
{
    char *v = docx_attr(n, name);
    if (!v)
        return dflt;
    /* strtol, never atoi: Word writes these within a few tens of
     * thousands (twips, levels, spans), and a value past an int's range
     * was undefined (atoi); one kept within DOCX_ATTR_INT_MAX either way
     * leaves room for a caller's sums (gridBefore + spans: "2147483647"
     * overflowed them, s38attack H3) */
    long r = strtol(v, NULL, 10);
    xmlFree(v);
    if (r > DOCX_ATTR_INT_MAX)
        r = DOCX_ATTR_INT_MAX;
    if (r < -DOCX_ATTR_INT_MAX)
        r = -DOCX_ATTR_INT_MAX;
    return (int)r;
}

int docx_toggle_on(const xmlNode *n)
{
    if (!n)
        return 0;
    char *v = docx_attr(n, "val");
    int on = !v || !(strcmp(v, "0") == 0 || strcmp(v, "false") == 0 || strcmp(v, "off") == 0);
    if (v)
        xmlFree(v);
    return on;
}

int docx_wrapper(const xmlNode *n)
{
    static const char *const not_gone_into[] = {
        /* read on their own */
        "p", "tbl", "tr", "tc", "txbxContent",
        /* not shown: a tracked deletion, the old place of a move (of an
         * mc:AlternateContent only the branch Word takes is left when the
         * part is parsed, docx_mce.c: its fallback, read with its choice,
         * was read twice) */
        "del", "moveFrom",
        /* properties and the table's grid */
        "pPr", "rPr", "sectPr", "tblPr", "tblGrid", "tblPrEx", "trPr", "tcPr", "sdtPr",
        "sdtEndPr", "customXmlPr", NULL};
    if (!n || n->type != XML_ELEMENT_NODE)
        return 0;
    for (int k = 0; not_gone_into[k]; k++)
        if (strcmp((const char *)n->name, not_gone_into[k]) == 0)
            return 0;
    return 1;
}

int docx_placeholder(const xmlNode *n)
{
    for (int depth = 0; n && depth < 64; n = n->parent, depth++) {
        if (docx_is(n, "body") || docx_is(n, "txbxContent"))
            return 0;
        const xmlNode *shown = docx_is(n, "sdt") ? docx_child(docx_child(n, "sdtPr"),
                                                              "showingPlcHdr") : NULL;
        if (shown && docx_toggle_on(shown))
            return 1;
    }
    return 0;
}

/* The element after n in document order within parent, not going into n. */
static const xmlNode *after_subtree(const xmlNode *parent, const xmlNode *n)
{
    while (n && n != parent) {
        if (n->next)
            return n->next;
        n = n->parent;
    }
    return NULL;
}

const xmlNode *docx_next(const xmlNode *parent, const xmlNode *after, const char *name)
{
    const xmlNode *n = after ? after_subtree(parent, after) : parent->children;
    while (n) {
        if (docx_is(n, name) || docx_is(n, "p"))
            return n;
        if (docx_wrapper(n) && n->children)
            n = n->children;
        else
            n = after_subtree(parent, n);
    }
    return NULL;
}

int docx_cell_centred(const xmlNode *tc)
{
    const xmlNode *p = docx_next(tc, NULL, "p"); /* a table inside it is passed over */
    char *jc = docx_attr(docx_child(docx_child(p, "pPr"), "jc"), "val");
    int centred = jc && (strcmp(jc, "center") == 0 || strcmp(jc, "centre") == 0);
    xmlFree(jc);
    return centred;
}

int docx_delimiter_row(unsigned long long texts, unsigned long long off, int cols, Buf *out)
{
    unsigned long long centred = texts & ~off;
    if (cols > 64)
        cols = 64;
    if (cols < 1 || !(centred & (cols == 64 ? ~0ull : (1ull << cols) - 1)))
        return 0;
    buf_putc(out, '|');
    for (int k = 0; k < cols; k++)
        buf_puts(out, centred >> k & 1 ? " :---: |" : " --- |");
    return 1;
}

const xmlNode *docx_row_cell(const xmlNode *tr, const xmlNode *tc)
{
    if (docx_is(tr, "p"))
        return tc ? NULL : tr;
    return docx_next(tr, tc, "tc");
}

/* Returns how many of n's own children it removed. A row all of whose
 * cells were deleted (no cell, nor a stray paragraph, left in it through
 * its wrappers) goes too: the change accepted leaves no row (it was
 * read as a paragraph "|" that split the table in two, s50fuzz F2). So
 * does a row that never had a cell (an empty w:tr, which a script's
 * table writer leaves): Word and LibreOffice show no row there, and it
 * was read as that paragraph "|", the Biểu's rows under it review notes
 * (KH762), or above its header its columns and levels lost (s51word F6). */
static int drop_deleted_cells(xmlNode *n, int depth)
{
    int dropped = 0;
    for (xmlNode *c = n->children, *next; c && depth <= DOCX_MAX_DEPTH; c = next) {
        next = c->next;
        if (c->type != XML_ELEMENT_NODE)
            continue;
        int gone = docx_is(c, "tc") && docx_child(docx_child(c, "tcPr"), "cellDel");
        if (!gone) {
            drop_deleted_cells(c, depth + 1);
            gone = docx_is(c, "tr") && !docx_next(c, NULL, "tc");
        }
        if (gone) {
            xmlUnlinkNode(c);
            xmlFreeNode(c);
            dropped++;
        }
    }
    return dropped;
}

void docx_drop_deleted_cells(xmlNode *n)
{
    if (n)
        drop_deleted_cells(n, 0);
}

int docx_row_columns(const xmlNode *tr)
{
    const xmlNode *trpr = docx_child(tr, "trPr");
    /* the cells a row may skip as import reads them: at most 64 columns
     * (import_docx.c's rows), never a negative count */
    int before = docx_attr_int(docx_child(trpr, "gridBefore"), "val", 0);
    int after = docx_attr_int(docx_child(trpr, "gridAfter"), "val", 0);
    int n = (before < 0 ? 0 : before > 64 ? 64 : before) + (after < 0 ? 0 : after > 64 ? 64 : after);
    for (const xmlNode *tc = docx_row_cell(tr, NULL); tc; tc = docx_row_cell(tr, tc)) {
        int span = docx_attr_int(docx_child(docx_child(tc, "tcPr"), "gridSpan"), "val", 1);
        n += span > 1 && span < 64 ? span : 1;
    }
    return n;
}

const xmlNode *docx_find_under(const xmlNode *n, const char *name, int depth)
{
    if (!n || n->type != XML_ELEMENT_NODE || depth > 20)
        return NULL;
    if (docx_is(n, name))
        return n;
    const xmlNode *found = NULL;
    for (const xmlNode *c = n->children; c && !found; c = c->next)
        found = docx_find_under(c, name, depth + 1);
    return found;
}

/* 1 if n draws a line and nothing else: a VML v:line, a DrawingML
 * connector (wps:cNvCnPr) or a shape of the preset geometry "line" or a
 * straight connector, or Word's horizontal line (Borders > Horizontal
 * Line: a v:rect with o:hr="t", which pandoc writes for Markdown's
 * "---"), no picture (a:blip, v:imagedata) in it. */
static int line_shape(const xmlNode *n)
{
    if (docx_find_under(n, "blip", 0) || docx_find_under(n, "imagedata", 0) || docx_find_under(n, "OLEObject", 0))
        return 0;
    if (docx_find_under(n, "line", 0) || docx_find_under(n, "cNvCnPr", 0))
        return 1;
    char *hr = docx_attr(docx_find_under(n, "rect", 0), "hr");
    int rule = hr && (strcmp(hr, "t") == 0 || strcmp(hr, "true") == 0);
    xmlFree(hr);
    if (rule)
        return 1;
    const xmlNode *geom = docx_find_under(n, "prstGeom", 0);
    char *prst = geom ? docx_attr(geom, "prst") : NULL;
    int line = prst && (strcmp(prst, "line") == 0 || strncmp(prst, "straightConnector", 17) == 0);
    xmlFree(prst);
    return line;
}

int docx_picture(const xmlNode *n)
{
    return (docx_is(n, "drawing") || docx_is(n, "pict") || docx_is(n, "object")) &&
           !docx_find_under(n, "txbxContent", 0) && !line_shape(n);
}

char *docx_picture_name(const xmlNode *n)
{
    const xmlNode *pr = docx_find_under(n, "docPr", 0);
    if (!pr)
        pr = docx_find_under(n, "imagedata", 0); /* VML: its o:title */
    if (!pr)
        pr = docx_find_under(n, "OLEObject", 0); /* an embedded object: its ProgID */
    static const char *const attrs[] = {"descr", "title", "name", "alt", "ProgID"};
    for (size_t k = 0; k < 5; k++) {
        char *name = docx_attr(pr, attrs[k]);
        if (name && *name)
            return name;
        xmlFree(name);
    }
    return NULL;
}
