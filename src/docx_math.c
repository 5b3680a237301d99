/* docx_math.c - an equation of a .docx as the line of text Word writes.
 *
 * An equation typed with Word's Insert > Equation (Office Math, m:oMath)
 * is a tree of structures: a fraction's numerator over its denominator,
 * a base with its superscript, a root, brackets. A plan defines an
 * indicator so ("Tỷ lệ = số xã đạt chuẩn / tổng số xã × 100%"). Import
 * read the text of its runs one after another: "số xã đạt chuẩntổng số
 * xã×100%km2", the fraction's two parts run together and "km²" lost
 * (s50attack F7); LibreOffice's text leaves the equation out. Here it is
 * written in the linear form Word itself shows when the equation is
 * switched to Linear (UnicodeMath): "(số xã đạt chuẩn)/(tổng số xã)×100%
 * km²", so that the plan says what the reader sees, on one line.
 */
#include "docx_math.h"

#include <string.h>

#include "docx_tree.h"
#include "import_marks.h"

static void linear(const xmlNode *n, Buf *out, int depth);

/* The linear text of n's child named name, if it has one, onto out. */
static void part(const xmlNode *n, const char *name, Buf *out, int depth)
{
    const xmlNode *c = docx_child(n, name);
    if (c)
        linear(c, out, depth + 1);
}

/* Whether s reads as one operand without brackets: letters and digits
 * only (of any script), no space nor operator. */
static int atom(const Buf *s)
{
    for (size_t k = 0; k < s->len; k++) {
        unsigned char c = (unsigned char)s->data[k];
        if (c < 0x80 && !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                          c == ',' || c == '.'))
            return 0;
    }
    return s->len > 0;
}

/* s as an operand: bracketed unless it is one atom. */
static void operand(Buf *out, const Buf *s)
{
    int bare = atom(s);
    if (!bare)
        buf_putc(out, '(');
    buf_putn(out, s->data ? s->data : "", s->len);
    if (!bare)
        buf_putc(out, ')');
}

/* A script (mark IMP_MARK_RAISED or IMP_MARK_LOWERED) of text s after its
 * base: Unicode's digits when it has them, else "^"/"_" and the operand. */
static void script(Buf *out, const Buf *s, int mark)
{
    if (!s->len || imp_mark_unicode(s->data, s->len, mark, out))
        return;
    buf_putc(out, mark == IMP_MARK_RAISED ? '^' : '_');
    operand(out, s);
}

/* The character a property of pr sets (m:begChr, m:chr: its m:val),
 * into out; dflt when it sets none, nothing when its value is empty. */
static void prop_char(const xmlNode *pr, const char *name, const char *dflt, Buf *out)
{
    const xmlNode *c = docx_child(pr, name);
    char *v = c ? docx_attr(c, "val") : NULL;
    buf_puts(out, c ? (v ? v : "") : dflt);
    xmlFree(v);
}

/* A fraction (m:f): its numerator over its denominator. */
static void fraction(const xmlNode *n, Buf *out, int depth)
{
    Buf num = {0}, den = {0};
    part(n, "num", &num, depth);
    part(n, "den", &den, depth);
    operand(out, &num);
    buf_putc(out, '/');
    operand(out, &den);
    buf_free(&num);
    buf_free(&den);
}

/* A base with scripts: m:sSup, m:sSub, m:sSubSup, m:sPre (the scripts
 * before it). */
static void scripts(const xmlNode *n, Buf *out, int depth)
{
    Buf base = {0}, sub = {0}, sup = {0};
    part(n, "e", &base, depth);
    part(n, "sub", &sub, depth);
    part(n, "sup", &sup, depth);
    int pre = docx_is(n, "sPre");
    if (!pre)
        buf_putn(out, base.data ? base.data : "", base.len);
    script(out, &sub, IMP_MARK_LOWERED);
    script(out, &sup, IMP_MARK_RAISED);
    if (pre)
        buf_putn(out, base.data ? base.data : "", base.len);
    buf_free(&base);
    buf_free(&sub);
    buf_free(&sup);
}

static void radical(const xmlNode *n, Buf *out, int depth)
{
    Buf deg = {0}, e = {0};
    part(n, "deg", &deg, depth);
    part(n, "e", &e, depth);
    const char *sign = deg.len == 1 && deg.data[0] == '3'   ? "\xE2\x88\x9B" /* ∛ */
                       : deg.len == 1 && deg.data[0] == '4' ? "\xE2\x88\x9C" /* ∜ */
                                                            : "\xE2\x88\x9A"; /* √ */
    buf_puts(out, sign);
    buf_putc(out, '(');
    if (deg.len && !(deg.len == 1 && (deg.data[0] == '3' || deg.data[0] == '4')))
        buf_putn(out, deg.data, deg.len), buf_putc(out, '&');
    buf_putn(out, e.data ? e.data : "", e.len);
    buf_putc(out, ')');
    buf_free(&deg);
    buf_free(&e);
}

/* Brackets (m:d): its parts between its begin and end characters, apart
 * by its separator. */
static void delimited(const xmlNode *n, Buf *out, int depth)
{
    const xmlNode *pr = docx_child(n, "dPr");
    prop_char(pr, "begChr", "(", out);
    int first = 1;
    for (const xmlNode *c = n->children; c; c = c->next)
        if (docx_is(c, "e")) {
            if (!first)
                prop_char(pr, "sepChr", "|", out);
            linear(c, out, depth + 1);
            first = 0;
        }
    prop_char(pr, "endChr", ")", out);
}

/* An n-ary operator (m:nary: a sum, an integral) with its limits. */
static void nary(const xmlNode *n, Buf *out, int depth)
{
    Buf sub = {0}, sup = {0};
    prop_char(docx_child(n, "naryPr"), "chr", "\xE2\x88\xAB", out); /* ∫ */
    part(n, "sub", &sub, depth);
    part(n, "sup", &sup, depth);
    if (sub.len)
        buf_putc(out, '_'), operand(out, &sub);
    if (sup.len)
        buf_putc(out, '^'), operand(out, &sup);
    buf_putc(out, ' ');
    part(n, "e", out, depth);
    buf_free(&sub);
    buf_free(&sup);
}

static void linear(const xmlNode *n, Buf *out, int depth)
{
    if (depth > DOCX_MAX_DEPTH)
        return;
    for (const xmlNode *c = n->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        size_t len = strlen((const char *)c->name);
        if (len > 2 && strcmp((const char *)c->name + len - 2, "Pr") == 0)
            continue; /* properties (m:fPr, m:rPr, w:rPr, m:ctrlPr, ...) */
        if (docx_is(c, "t")) {
            xmlChar *t = xmlNodeGetContent(c);
            buf_puts(out, t ? (const char *)t : "");
            xmlFree(t);
        } else if (docx_is(c, "f")) {
            fraction(c, out, depth);
        } else if (docx_is(c, "sSup") || docx_is(c, "sSub") || docx_is(c, "sSubSup") ||
                   docx_is(c, "sPre")) {
            scripts(c, out, depth);
        } else if (docx_is(c, "rad")) {
            radical(c, out, depth);
        } else if (docx_is(c, "d")) {
            delimited(c, out, depth);
        } else if (docx_is(c, "nary")) {
            nary(c, out, depth);
        } else if (docx_is(c, "func")) {
            part(c, "fName", out, depth);
            buf_putc(out, ' ');
            part(c, "e", out, depth);
        } else if (docx_is(c, "oMath") && out->len && out->data[out->len - 1] != ' ') {
            buf_putc(out, ' '); /* the next equation of an m:oMathPara */
            linear(c, out, depth + 1);
        } else if (!docx_is(c, "del") && !docx_is(c, "moveFrom")) {
            linear(c, out, depth + 1); /* its parts in order; a tracked deletion left out */
        }
    }
}

void docx_math_linear(const xmlNode *math, Buf *out)
{
    linear(math, out, 0); /* an m:oMathPara's equations one after another */
}
