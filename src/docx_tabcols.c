/* docx_tabcols.c - a header or a signature block set in two columns with
 * tab stops, read as the two columns a table would hold.
 *
 * Offices that do not use a table for the header or the signature type
 * each line as its left column, a tab, and its right column, over a
 * centre tab stop in the page's middle: "Số: 125/KH-UBND<tab>Yên Thế,
 * ngày 15 tháng 01 năm 2024", "Nơi nhận:<tab>TM. ỦY BAN NHÂN DÂN",
 * "- UBND tỉnh;<tab>KT. CHỦ TỊCH", the recipients below without a tab,
 * "<tab>Trần Văn Bình". Read line by line, each recipient carried a line
 * of the signature ("UBND tỉnh; **KT. CHỦ TỊCH**"), a recipient read
 * "* TM" and the signer's name was lost, exit 0 (s26foreign). Here the
 * lines of such a block are split at their column tab and read as a
 * two-column table is: the left column's lines, then the right's. Word's
 * alignment tab (w:ptab, Insert > Alignment Tab) to the centre or the
 * right is such a column tab too, with no stop.
 */
#include "docx_tabcols.h"

#include <string.h>

#include "docx_layout.h"
#include "docx_tree.h"
#include "util.h"
#include "vi.h"

/* The lines a block of two columns holds at most: a header's six, a
 * signature's with thirty recipients; it bounds the look ahead of each
 * line, so that a body of lines aligned with tabs is read in linear time. */
enum { TAB_RUN_MAX = 40 };
/* The lines without a tab, other than recipients ("- ...", "+ ..."),
 * between two lines of a block. The recipients typed between "CHỦ TỊCH"
 * and the signer's name are bounded by TAB_RUN_MAX alone: a province's
 * plan lists twenty, and at 16 the name was read as the last recipient's
 * words ("Lưu: VT. Trần Văn Bình"), the signature without it, exit 0 and
 * no word (s27mut). */
enum { TAB_BETWEEN_MAX = 15 };

/* A far centre or right tab stop of p: its own w:pPr's, or its paragraph
 * style's (st, following basedOn: a "Chữ ký" style with a centre stop at
 * 7 cm, its lines one tab each, was read line by line, "TM" a recipient
 * and the signature "ỦY BAN NHÂN DÂN", exit 0; s39imp). */
static int far_stop(const xmlNode *p, const DocxStyles *st)
{
    const xmlNode *ppr = docx_child(p, "pPr");
    if (docx_far_tab_stop(ppr))
        return 1;
    char *style = docx_attr(docx_child(ppr, "pStyle"), "val");
    int far = docx_style_far_tab(st, style);
    if (style)
        xmlFree(style);
    return far;
}

/* Whether c is Word's alignment tab (w:ptab) to the centre or the right
 * of the margin or the indent: it places what follows as a far stop
 * does, with no stop ("ỦY BAN NHÂN DÂN<ptab>CỘNG HÒA ...", "Nơi
 * nhận:<ptab>TM. ỦY BAN NHÂN DÂN": read as one line, "TM" became a
 * recipient and "CHỦ TỊCH" another's words, exit 0; s39imp). */
static int aligning(const xmlNode *c)
{
    char *a = docx_is(c, "ptab") ? docx_attr(c, "alignment") : NULL;
    int far = a && (strcmp(a, "center") == 0 || strcmp(a, "right") == 0);
    if (a)
        xmlFree(a);
    return far;
}

/* What column_tab's walk has seen: the tabs in a row so far, the first
 * and last of them, and whether a far stop makes one tab enough. */
typedef struct TabWalk {
    int far, in_row;
    const xmlNode *first, *last, *found, *found_last;
} TabWalk;

/* Walks the runs under n in document order (w:pPr, w:rPr and deleted
 * text left out) until the column tab is found. */
static void walk(const xmlNode *n, TabWalk *w, int depth)
{
    for (const xmlNode *c = n->children; c && !w->found && depth <= DOCX_MAX_DEPTH; c = c->next) {
        if (c->type != XML_ELEMENT_NODE || docx_is(c, "pPr") || docx_is(c, "rPr") ||
            docx_is(c, "del") || docx_is(c, "moveFrom"))
            continue;
        if ((docx_is(c, "tab") || docx_is(c, "ptab")) && docx_is(n, "r")) {
            if (!w->in_row++)
                w->first = c;
            w->last = c;
            w->far |= aligning(c);
        } else if (docx_is(c, "sym") || (docx_is(c, "t") && docx_has_text(c))) {
            if (w->in_row && (w->far || w->in_row >= 3)) {
                w->found = w->first;
                w->found_last = w->last;
                return;
            }
            w->in_row = 0;
        } else {
            walk(c, w, depth + 1);
        }
    }
}

/* The w:tab of paragraph p its columns are split at, or NULL: the first
 * of a run of tabs with text after it, under a far stop, or three tabs
 * in a row; *last the last of that run. */
static const xmlNode *column_tab(const xmlNode *p, const xmlNode **last, const DocxStyles *st,
                                 int loose)
{
    TabWalk w = {.far = loose || far_stop(p, st)};
    walk(p, &w, 0);
    *last = w.found_last;
    return w.found;
}

/* docx_tab_columns, where loose makes one tab enough (columns_by_words) */
static int tab_columns(const xmlNode *p, const DocxStyles *st, int loose)
{
    const xmlNode *last;
    return docx_is(p, "p") && column_tab(p, &last, st, loose) != NULL;
}

int docx_tab_columns(const xmlNode *p, const DocxStyles *st)
{
    return tab_columns(p, st, 0);
}

/* Whether p ends a run of column lines: no paragraph, no text, or the
 * end of a section. */
static int breaks_run(const xmlNode *p)
{
    return !docx_is(p, "p") || !docx_has_text(p) || docx_child(docx_child(p, "pPr"), "sectPr");
}

/* The first character of p's text, as a byte (0: none): '-' of a line
 * typed "- UBND tỉnh;". */
static int first_char(const xmlNode *n, int depth)
{
    for (const xmlNode *c = n->children; c && depth <= DOCX_MAX_DEPTH; c = c->next) {
        if (c->type == XML_TEXT_NODE && docx_is(n, "t") && c->content && *c->content)
            return *c->content;
        if (c->type == XML_ELEMENT_NODE && !docx_is(c, "pPr") && !docx_is(c, "rPr") &&
            !docx_is(c, "del") && !docx_is(c, "moveFrom")) {
            int f = first_char(c, depth + 1);
            if (f)
                return f;
        }
    }
    return 0;
}

/* Whether paragraph p (no column line) reads as a recipient: "- ..." or
 * "+ ...". */
static int is_recipient(const xmlNode *p)
{
    int f = breaks_run(p) ? 0 : first_char(p, 0);
    return f == '-' || f == '+';
}

static void put_text(const xmlNode *n, Buf *out, int depth);

/* Whether the line p (no column tab, no recipient) may stand between two
 * lines of a block that is no signature's (recipients_first): a line of
 * capitals, the issuer's third line ("PHÒNG TÀI CHÍNH"), which has no
 * right column. A line of small letters is the body's: the header's right column ("CỘNG HÒA ...", the place and date)
 * was moved past the title and a dozen paragraphs of the body, into the
 * body, when a line of the body below was aligned with tabs ("Xã Đồng
 * Hưu:<tab><tab><tab>120 hộ;"), and that line split (s27review H5). */
static int capitals_line(const xmlNode *p)
{
    Buf text = {0};
    put_text(p, &text, 0);
    int small = 0;
    for (const char *c = text.data ? text.data : ""; *c && !small;) {
        small = vi_begins_small(c, NULL, NULL);
        for (c++; ((unsigned char)*c & 0xC0) == 0x80; c++) /* to the next character */
            ;
    }
    buf_free(&text);
    return !small;
}

/* 1 if p holds the recipients' title, "Nơi nhận": the block it starts is
 * a signature's, whose lines between may be recipients typed without their
 * dash ("UBND tỉnh;", s27mut's docx_tabcols-069). */
static int recipients_first(const xmlNode *p)
{
    /* in any case, its words in runs of their own, parted by a no-break
     * space: "NƠI NHẬN:", "Nơi " "nhận:" (put_text parts runs by blanks)
     * were no signature's, its recipients typed without a dash ended the
     * block, and the signer's name was read as those recipients, exit 0
     * (s28review H4) */
    Buf text = {0}, folded = {0}, squeezed = {0};
    put_text(p, &text, 0);
    vi_put_folded(&folded, buf_str(&text));
    for (const char *c = buf_str(&folded); *c; c++)
        if ((unsigned char)c[0] == 0xC2 && (unsigned char)c[1] == 0xA0)
            c++;
        else if (*c != ' ')
            buf_putc(&squeezed, *c);
    int found = str_find(buf_str(&squeezed), "noinhan") != NULL;
    buf_free(&text);
    buf_free(&folded);
    buf_free(&squeezed);
    return found;
}

static const xmlNode *tab_run_end(const xmlNode *p, const DocxStyles *st, int loose)
{
    const xmlNode *end = p;
    int between = 0, seen = 0, signature = recipients_first(p);
    for (const xmlNode *x = p->next; x; x = x->next) {
        if (x->type != XML_ELEMENT_NODE)
            continue;
        if (breaks_run(x) || between > TAB_BETWEEN_MAX || ++seen > TAB_RUN_MAX)
            break;
        if (tab_columns(x, st, loose)) {
            end = x;
            between = 0;
        } else if (is_recipient(x)) {
            continue; /* the recipients between the signer's title and name */
        } else if (signature || capitals_line(x)) {
            between++;
        } else {
            break;
        }
    }
    /* the recipients typed on under the last line that has a tab ("- Lưu:
     * VT."): the left column's too, not lines read after the signer */
    for (const xmlNode *x = end->next; x && seen++ <= TAB_RUN_MAX; x = x->next) {
        if (x->type != XML_ELEMENT_NODE)
            continue;
        if (tab_columns(x, st, loose) || !is_recipient(x))
            break;
        end = x;
    }
    return end;
}

const xmlNode *docx_tab_run_end(const xmlNode *p, const DocxStyles *st)
{
    return tab_run_end(p, st, 0);
}

/* Removes from the copy every node after (right 0) or before (right 1)
 * n in document order inside p, and n itself; w:pPr and the w:rPr of a
 * run are kept. */
static void cut(xmlNode *p, xmlNode *n, int right)
{
    for (xmlNode *at = n; at && at != p; at = at->parent) {
        xmlNode *s = right ? at->prev : at->next;
        while (s) {
            xmlNode *next = right ? s->prev : s->next;
            if (!docx_is(s, "pPr") && !docx_is(s, "rPr")) {
                xmlUnlinkNode(s);
                xmlFreeNode(s);
            }
            s = next;
        }
    }
    xmlUnlinkNode(n);
    xmlFreeNode(n);
}

/* The node of copy at the place n has in p (the same path of child
 * positions), or NULL. */
static xmlNode *same_place(const xmlNode *p, const xmlNode *n, xmlNode *copy)
{
    int path[DOCX_MAX_DEPTH + 2], depth = 0;
    for (const xmlNode *at = n; at != p; at = at->parent) {
        if (!at || depth > DOCX_MAX_DEPTH)
            return NULL;
        int k = 0;
        for (const xmlNode *s = at->parent->children; s != at; s = s->next)
            k++;
        path[depth++] = k;
    }
    xmlNode *at = copy;
    while (depth-- > 0) {
        xmlNode *c = at->children;
        for (int k = path[depth]; c && k > 0; k--)
            c = c->next;
        if (!c)
            return NULL;
        at = c;
    }
    return at;
}

static xmlNode *tab_half(const xmlNode *p, int right, const DocxStyles *st, int loose)
{
    const xmlNode *last, *first = column_tab(p, &last, st, loose);
    if (!first)
        return NULL;
    xmlNode *copy = xmlCopyNode((xmlNode *)p, 1);
    xmlNode *at = copy ? same_place(p, right ? last : first, copy) : NULL;
    if (!at) {
        xmlFreeNode(copy);
        return NULL;
    }
    cut(copy, at, right);
    if (!docx_has_text(copy)) {
        xmlFreeNode(copy);
        return NULL;
    }
    return copy;
}

xmlNode *docx_tab_half(const xmlNode *p, int right, const DocxStyles *st)
{
    return tab_half(p, right, st, 0);
}

/* Appends the text of n's w:t to out. */
static void put_text(const xmlNode *n, Buf *out, int depth)
{
    for (const xmlNode *c = n->children; c && depth <= DOCX_MAX_DEPTH; c = c->next) {
        if (c->type == XML_TEXT_NODE && docx_is(n, "t") && c->content)
            buf_puts(out, (const char *)c->content);
        else if (c->type == XML_ELEMENT_NODE && !docx_is(c, "pPr") && !docx_is(c, "del") &&
                 !docx_is(c, "moveFrom"))
            put_text(c, out, depth + 1);
    }
    buf_putc(out, ' ');
}

/* Whether p's words say it is a signature block's first line in two
 * columns though its one tab has no far stop: "Nơi nhận:" before the tab,
 * the signature's first line after it ("TM. ...", "KT. ...", a signer's
 * title). LibreOffice saves Word's alignment tab (w:ptab) as a plain tab
 * with no stop, and the block was read line by line again: "TM" a
 * recipient, "UBND huyện; CHỦ TỊCH" another, exit 0 (s39imp). */
static int columns_by_words(const xmlNode *p, const DocxStyles *st)
{
    static const char *const marks[] = {"TM. ", "KT. ", "Q. ", "TL. ", "TUQ. ", "CHỦ TỊCH",
                                        "PHÓ CHỦ TỊCH", "TRƯỞNG BAN", "GIÁM ĐỐC", NULL};
    if (!docx_is(p, "p") || !recipients_first(p))
        return 0;
    xmlNode *left = tab_half(p, 0, st, 1), *right = left ? tab_half(p, 1, st, 1) : NULL;
    Buf l = {0}, r = {0};
    if (left)
        put_text(left, &l, 0);
    if (right)
        put_text(right, &r, 0);
    const char *t = buf_str(&r);
    t += strspn(t, " ");
    int found = 0;
    for (int k = 0; marks[k] && right && recipients_first(left); k++)
        found |= strncmp(t, marks[k], strlen(marks[k])) == 0;
    xmlFreeNode(left);
    xmlFreeNode(right);
    buf_free(&l);
    buf_free(&r);
    return found;
}

/* The element docx_tab_block makes: no namespace, so no element of the
 * document (all in w:'s) is taken for it. */
static const char block_name[] = "tabcolumns";

xmlNode *docx_tab_block(const xmlNode *p, const xmlNode **end, const DocxStyles *st)
{
    /* a line of a block already split is read as it stands: a right column
     * that holds more column tabs ("KT. a<tab>KT. b<tab>KT. c...", 256 of
     * them) was split again at each level of read_block, each level
     * copying the rest of the line: 20 KB of .docx took 1.3 GB and 6 s
     * (s27review H1) */
    if (p->parent && !p->parent->ns && docx_is(p->parent, block_name))
        return NULL;
    int loose = !docx_tab_columns(p, st) && columns_by_words(p, st);
    if (!loose && !docx_tab_columns(p, st))
        return NULL;
    const xmlNode *last = tab_run_end(p, st, loose);
    /* a header's or a signature's words ("CỘNG HÒA", "Số:", "Nơi nhận",
     * "TM. "): lines of the body aligned with tabs ("Xã A:<tab><tab><tab>120
     * hộ") are read as they stand, in their order */
    Buf text = {0};
    for (const xmlNode *x = p;; x = x->next) {
        put_text(x, &text, 0);
        if (x == last)
            break;
    }
    int layout = layout_by_shape(text.data ? text.data : "", 3, 2, 0, 0);
    buf_free(&text);
    if (!layout)
        return NULL;
    xmlNode *block = xmlNewNode(NULL, BAD_CAST block_name);
    for (int right = 0; right < 2; right++)
        for (const xmlNode *x = p;; x = x->next) {
            if (x->type == XML_ELEMENT_NODE) {
                xmlNode *half = tab_columns(x, st, loose) ? tab_half(x, right, st, loose)
                                : right             ? NULL
                                                    : xmlCopyNode((xmlNode *)x, 1);
                if (half)
                    xmlAddChild(block, half);
            }
            if (x == last)
                break;
        }
    *end = last;
    return block;
}
