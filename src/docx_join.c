/* docx_join.c - paragraphs whose mark was deleted with Track Changes, or
 * is hidden, for import.
 *
 * With Track Changes on, Delete at the end of a paragraph does not join it
 * to the next one in the file: Word keeps both w:p and marks the first
 * one's paragraph mark deleted (w:pPr/w:rPr/w:del, ECMA-376 17.13.5.15:
 * "the contents of this paragraph are combined with the following
 * paragraph"). Word's simple and no-markup views, its print and the
 * document once the change is accepted show one paragraph; import read
 * two (the thirteenth attack, L3: two bullets joined in Word came back
 * as two bullets). Here such a run of paragraphs becomes the one paragraph
 * Word shows: the first paragraph's properties (its style, its list item:
 * Word and LibreOffice keep the upper paragraph's when two are joined)
 * with the content of each in turn. A paragraph that keeps no text (its
 * words deleted too: a whole paragraph deleted) shows nothing, and the
 * next one keeps its own properties. Each paragraph is copied once. A
 * drop cap is such a run too: Word keeps its large first letter in a
 * paragraph of its own framed beside the text (w:framePr w:dropCap), and
 * shows one paragraph, "Đẩy mạnh ..." (import read "Đ" as a paragraph and
 * "ẩy mạnh ..." as another, s50attack F6), with the properties of the
 * paragraph it begins.
 */
#include "docx_join.h"

#include <string.h>

#include "docx_tree.h"

int docx_mark_deleted(const xmlNode *p)
{
    const xmlNode *mark = docx_child(docx_child(p, "pPr"), "rPr");
    /* a hidden mark (w:vanish: Word's Style Separator, "Điều 1. Phạm vi"
     * in a heading's style run into the text after it) joins the same way
     * in Word's view and print, hidden text not shown (s24foreign) */
    /* a mark moved away (w:moveFrom: "B¶" of "A B¶" moved elsewhere with
     * Track Changes on) leaves as a deleted one does: "A" goes on the
     * next paragraph (read as a paragraph of its own, s39imp) */
    return docx_is(p, "p") && (docx_child(mark, "del") != NULL || docx_child(mark, "moveFrom") != NULL ||
                               docx_toggle_on(docx_child(mark, "vanish")) || docx_drop_cap(p));
}

int docx_drop_cap(const xmlNode *p)
{
    char *v = docx_attr(docx_child(docx_child(p, "pPr"), "framePr"), "dropCap");
    int drop = v && (strcmp(v, "drop") == 0 || strcmp(v, "margin") == 0);
    xmlFree(v);
    return drop;
}

/* Whether n holds text Word shows: a w:t with a character, a symbol or a
 * tab, outside a tracked deletion (w:del, w:moveFrom), a hidden run
 * (w:vanish) and the properties */
static int shows_text(const xmlNode *n, int depth)
{
    for (const xmlNode *c = n->children; c && depth < DOCX_MAX_DEPTH; c = c->next) {
        if (c->type != XML_ELEMENT_NODE || docx_is(c, "del") || docx_is(c, "moveFrom") ||
            docx_is(c, "pPr") || docx_is(c, "rPr") ||
            (docx_is(c, "r") && docx_toggle_on(docx_child(docx_child(c, "rPr"), "vanish"))))
            continue;
        if (docx_is(c, "t") && c->children && c->children->content &&
            *c->children->content)
            return 1;
        if (docx_is(c, "sym") || docx_is(c, "tab") || shows_text(c, depth + 1))
            return 1;
    }
    return 0;
}

int docx_mark_vanishes(const xmlNode *p)
{
    return docx_mark_deleted(p) && docx_next_para(p) && !shows_text(p, 0);
}

/* Marks between two paragraphs that hold no text (a bookmark's ends, a
 * comment's range, a proofing mark): the paragraphs are still adjacent */
static int between(const xmlNode *n)
{
    static const char *const marks[] = {"bookmarkStart", "bookmarkEnd", "commentRangeStart",
                                        "commentRangeEnd", "proofErr", "permStart",
                                        "permEnd", NULL};
    if (n->type != XML_ELEMENT_NODE)
        return 1;
    for (int k = 0; marks[k]; k++)
        if (docx_is(n, marks[k]))
            return 1;
    return 0;
}

const xmlNode *docx_next_para(const xmlNode *p)
{
    const xmlNode *n = p->next;
    while (n && between(n) && !docx_is(n, "p"))
        n = n->next;
    return docx_is(n, "p") ? n : NULL;
}

/* Appends copies of p's children but its properties to joined */
static void append_content(xmlNode *joined, const xmlNode *p)
{
    for (const xmlNode *c = p->children; c; c = c->next) {
        if (docx_is(c, "pPr"))
            continue;
        xmlNode *copy = xmlCopyNode((xmlNode *)c, 1);
        if (copy && !xmlAddChild(joined, copy))
            xmlFreeNode(copy);
    }
}

xmlNode *docx_join_marks(const xmlNode *p, const xmlNode **last)
{
    *last = p;
    const xmlNode *next = docx_mark_deleted(p) ? docx_next_para(p) : NULL;
    if (!next)
        return NULL;
    xmlNode *joined = xmlNewNode(NULL, BAD_CAST "p");
    if (!joined)
        return NULL;
    /* a drop cap's paragraph is a frame for the letter: the paragraph it
     * begins is the next one, with its own properties */
    const xmlNode *ppr = docx_child(docx_drop_cap(p) ? next : p, "pPr");
    xmlNode *copy = ppr ? xmlCopyNode((xmlNode *)ppr, 1) : NULL;
    if (copy && !xmlAddChild(joined, copy))
        xmlFreeNode(copy);
    append_content(joined, p);
    for (;;) {
        append_content(joined, next);
        *last = next;
        if (!docx_mark_deleted(next) || !(next = docx_next_para(next)))
            break;
    }
    return joined;
}
