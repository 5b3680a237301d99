/* docx_layout.c - which tables of a .docx are layout, not data.
 *
 * A Vietnamese administrative document sets its header (issuer beside
 * the national motto, number beside place and date) and its signature
 * (recipients beside the signer) in borderless tables of two columns;
 * its attachments and body tables hold data, in any number of columns.
 * Width alone told them apart (three columns or more were data), so an
 * attachment of one or two columns was lost to "# review:" comments
 * (formats11 R4). The layout tables are told by what they say and where
 * they stand: the header's words, a first table before any text, a table
 * of a single row, or cells that stack several lines.
 */
#include <string.h>

#include "docx_layout.h"
#include "docx_tree.h"
#include "import_attrows.h"
#include "util.h"

/* The next cell of row tr after tc (NULL: the first); a paragraph that
 * stands for a row is its own one cell (as import_docx.c reads it). */
static const xmlNode *next_cell(const xmlNode *tr, const xmlNode *tc)
{
    if (docx_is(tr, "p"))
        return tc ? NULL : tr;
    return docx_next(tr, tc, "tc");
}

/* The paragraphs with text in cell tc, counted up to 2. */
static int text_paras(const xmlNode *tc)
{
    if (docx_is(tc, "p"))
        return docx_has_text(tc);
    int n = 0;
    for (const xmlNode *p = docx_next(tc, NULL, "p"); p && n < 2; p = docx_next(tc, p, "p"))
        n += docx_has_text(p);
    return n;
}

/* 1 if text holds "Nơi nhận" with its colon ("Nơi nhận:", "*Nơi nhận*:"),
 * as the signature's table writes it: a table of reports with a column
 * "Nơi nhận" (where each is sent) is data, and was read as paragraphs,
 * its cells made the signature's lines (s26review). */
static int recipients_title(const char *text)
{
    static const char word[] = "Nơi nhận";
    for (const char *t = str_find(text, word); t; t = str_find(t + 1, word)) {
        const char *c = t + sizeof word - 1;
        if (c[strspn(c, " *_")] == ':')
            return 1;
    }
    return 0;
}

/* 1 if text begins with a numbering column's header ("STT", "TT", "Số
 * TT", "Số thứ tự": att_numbering_prefix, the importer's one list) as a
 * word (after spaces and emphasis marks): no header's or signature's
 * layout table begins so. */
static int numbering_first(const char *text)
{
    return att_numbering_prefix(text + strspn(text, " *_\n")) > 0;
}

int layout_by_shape(const char *text, int widest, int rows, int stacked, int before_text)
{
    static const char *const words[] = {"CỘNG HÒA", "CỘNG HOÀ", "Số:", "TM. ", "KT. ", NULL};
    for (int k = 0; words[k] && text; k++)
        if (str_find(text, words[k]))
            return 1;
    if (text && recipients_title(text))
        return 1;
    /* a Biểu of no row yet, "| STT | Tên công trình |": a table of data
     * of one row (it went to "# review:" comments, KH762; s36imp) */
    if (widest >= 3 || (text && widest >= 2 && numbering_first(text)))
        return 0;
    return before_text || rows < 2 || stacked;
}

int docx_layout_table(const xmlNode *tbl, const char *text, int before_text)
{
    int widest = 0, rows = 0, stacked = 0;
    for (const xmlNode *tr = docx_next(tbl, NULL, "tr"); tr; tr = docx_next(tbl, tr, "tr")) {
        int cells = 0;
        for (const xmlNode *tc = next_cell(tr, NULL); tc; tc = next_cell(tr, tc)) {
            cells++;
            if (!stacked)
                stacked = text_paras(tc) > 1;
        }
        widest = cells > widest ? cells : widest;
        rows++;
    }
    return layout_by_shape(text, widest, rows, stacked, before_text);
}

const xmlNode *docx_title_row(const xmlNode *tbl)
{
    const xmlNode *first = docx_next(tbl, NULL, "tr");
    if (!first || docx_is(first, "p"))
        return NULL;
    const xmlNode *tc = next_cell(first, NULL);
    int width = docx_row_columns(first), rows = 0, widest = 0;
    if (!tc || next_cell(first, tc) || width < 2 ||
        docx_attr_int(docx_child(docx_child(tc, "tcPr"), "gridSpan"), "val", 1) != width ||
        docx_child(docx_child(tc, "tcPr"), "vMerge") || !docx_has_text(tc))
        return NULL;
    for (const xmlNode *tr = first; tr && rows < 3; tr = docx_next(tbl, tr, "tr"), rows++) {
        int cells = 0;
        for (const xmlNode *c = next_cell(tr, NULL); c; c = next_cell(tr, c))
            cells++;
        widest = cells > widest ? cells : widest;
    }
    return rows >= 3 && widest >= 2 ? first : NULL;
}

/* Whether a border (w:left, w:right, w:bottom of w:tcBorders) is none. */
static int border_nil(const xmlNode *b)
{
    char *v = docx_attr(b, "val");
    int nil = v && (strcmp(v, "nil") == 0 || strcmp(v, "none") == 0);
    xmlFree(v);
    return nil;
}

const xmlNode *docx_note_row(const xmlNode *tbl)
{
    const xmlNode *last = NULL;
    for (const xmlNode *tr = docx_next(tbl, NULL, "tr"); tr; tr = docx_next(tbl, tr, "tr"))
        last = tr;
    if (!last || docx_is(last, "p") || last == docx_next(tbl, NULL, "tr"))
        return NULL;
    const xmlNode *tc = next_cell(last, NULL);
    if (!tc || next_cell(last, tc))
        return NULL;
    const xmlNode *p = docx_child(tc, "p");
    char *style = docx_attr(docx_child(docx_child(p, "pPr"), "pStyle"), "val");
    int note = style && strcmp(style, "KHAttachmentNote") == 0;
    xmlFree(style);
    /* the style renamed on the way (WPS Office's numeric style ids, Google
     * Docs' "Normal" with direct formatting: round33's producers): khgen's
     * note row is also the one cell of the row, across the table, with no
     * side or bottom border (render_docx.c's note row) */
    if (!note) {
        const xmlNode *borders = docx_child(docx_child(tc, "tcPr"), "tcBorders");
        note = borders && border_nil(docx_child(borders, "left")) &&
               border_nil(docx_child(borders, "right")) &&
               border_nil(docx_child(borders, "bottom")) &&
               docx_row_columns(last) == docx_row_columns(docx_next(tbl, NULL, "tr")) &&
               docx_row_columns(last) >= 2;
    }
    return note ? last : NULL;
}
