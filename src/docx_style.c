/* docx_style.c - the styles of a Word document, for import.
 *
 * word/styles.xml names paragraph styles (w:pStyle) and character styles
 * (w:rStyle); each may be based on another (w:basedOn) and sets some of
 * what its paragraphs and runs show: a list numbering (w:numPr of a
 * paragraph style: Word's "List Number", a drafter's "Điều"), bold, italic
 * and All Caps, strike-through and superscript, and fonts (w:rFonts: a style in the Symbol font makes "a"
 * typed in it "α", as Word and LibreOffice draw it; import read the
 * letters typed, session 17). w:docDefaults gives the fonts of a run that
 * no style names; a paragraph that names no style has the default
 * paragraph style's (w:default="1", "Normal"): an old plan converted from
 * .doc sets its .VnTime font there, and its TCVN3 text was read as
 * Latin-1 ("X©y dùng ®êng", s26foreign). This file reads them once, indexes the styles by id
 * (StrSet: a scan per run was quadratic) and answers, following w:basedOn
 * at most 10 steps so that a loop in a damaged file ends, what a
 * paragraph or a run takes from them; import_docx.c asks.
 */
#include "docx_style.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "docx_tree.h"
#include "import.h"
#include "import_marks.h"

/* Reads the paragraph and character styles of styles.xml; the strings
 * are libxml2's (freed by docx_styles_free). */
/* Whether run or style properties rpr strike their text through (w:strike,
 * or w:dstrike, its double line): 1, 0 when they turn it off, -1 not set. */
static int struck_on(const xmlNode *rpr)
{
    const xmlNode *one = docx_child(rpr, "strike"), *two = docx_child(rpr, "dstrike");
    if (!one && !two)
        return -1;
    return (one && docx_toggle_on(one)) || (two && docx_toggle_on(two));
}

/* rpr's w:vertAlign: 1 superscript, 2 subscript, 0 baseline, -1 not set. */
static int vert_align(const xmlNode *rpr)
{
    const xmlNode *va = docx_child(rpr, "vertAlign");
    if (!va)
        return -1;
    char *v = docx_attr(va, "val");
    int r = !v ? -1 : strcmp(v, "superscript") == 0 ? 1 : strcmp(v, "subscript") == 0 ? 2 : 0;
    if (v)
        xmlFree(v);
    return r;
}

/* "List Bullet 2" .. "List Bullet 5", "List Number 2" .. "List Number 5"
 * (w:name of a style): 1..4, else 0. */
static int name_level(const xmlNode *name)
{
    char *v = docx_attr(name, "val");
    int level = 0;
    if (v) {
        const char *rest = strncmp(v, "List Bullet ", 12) == 0   ? v + 12
                           : strncmp(v, "List Number ", 12) == 0 ? v + 12
                                                                  : NULL;
        if (rest && rest[0] >= '2' && rest[0] <= '5' && !rest[1])
            level = rest[0] - '1';
        xmlFree(v);
    }
    return level;
}

static const DocxStyle *find_style(const DocxStyles *st, const char *id, int character);

/* The toggles run properties rpr set, by docx_style_flag's `which`: bit
 * `which` set when rpr sets it, bit 8 + `which` when on. */
static unsigned rpr_bits(const xmlNode *rpr)
{
    static const char *const names[] = {"b", "i", "caps", "vanish", NULL, NULL, NULL, "smallCaps"};
    unsigned bits = 0;
    for (int w = 0; w < 8; w++) {
        int v = w == 4 ? docx_underline_on(docx_child(rpr, "u")) : w == 5 ? struck_on(rpr)
              : names[w] && docx_child(rpr, names[w]) ? docx_toggle_on(docx_child(rpr, names[w]))
                                                      : -1;
        bits |= v >= 0 ? 1u << w | (unsigned)(v > 0) << (8 + w) : 0;
    }
    return bits;
}

/* Table style n's conditional formats (w:tblStylePr) into ps->cond, and
 * its band sizes; the first of a type counts. */
static void read_cond(const xmlNode *n, DocxStyle *ps)
{
    static const char *const types[DOCX_N_COND] = {
        "band1Horz", "band2Horz", "band1Vert", "band2Vert", "firstCol", "lastCol",
        "firstRow",  "lastRow",   "nwCell",    "neCell",    "swCell",   "seCell"};
    const xmlNode *tpr = docx_child(n, "tblPr");
    ps->band[0] = docx_attr_int(docx_child(tpr, "tblStyleRowBandSize"), "val", 0);
    ps->band[1] = docx_attr_int(docx_child(tpr, "tblStyleColBandSize"), "val", 0);
    for (const xmlNode *c = n->children; c; c = c->next) {
        if (!docx_is(c, "tblStylePr"))
            continue;
        char *type = docx_attr(c, "type");
        for (int k = 0; type && k < DOCX_N_COND; k++)
            if (strcmp(type, types[k]) == 0) {
                if (!ps->cond) {
                    ps->cond = xmalloc(DOCX_N_COND * sizeof *ps->cond);
                    memset(ps->cond, 0, DOCX_N_COND * sizeof *ps->cond);
                }
                if (!ps->cond[k])
                    ps->cond[k] = rpr_bits(docx_child(c, "rPr")) | 1u << 16; /* (present) */
            }
        xmlFree(type);
    }
}

/* "heading 1" .. "heading 6" (w:name of a style, any case): 1..6, else 0 */
static int name_heading(const xmlNode *name)
{
    char *v = docx_attr(name, "val");
    int level = 0;
    if (v) {
        if (strncasecmp(v, "heading ", 8) == 0 && v[8] >= '1' && v[8] <= '6' && !v[9])
            level = v[8] - '0';
        xmlFree(v);
    }
    return level;
}

/* Whether the w:name of a style is name, in any case */
static int name_is(const xmlNode *node, const char *name)
{
    char *v = docx_attr(node, "val");
    int is = v && strcasecmp(v, name) == 0;
    if (v)
        xmlFree(v);
    return is;
}

/* The heading level of paragraph style id: its own name's ("heading 2"),
 * else, following basedOn (at most 10 steps), the nearest style's of the
 * chain that is named so: a drafter's "Phan" based on "heading 2" is a
 * heading as Word's navigation pane and outline show it (mutimp25's "III.
 * VIỆC KHÁC" was read as a paragraph between sections II and IV). A
 * chain that comes back to a style already on it (a loop in a damaged
 * file) is no heading. Word's own "TOC Heading", based on "heading 1",
 * titles a table of contents: no section. */
int docx_style_heading(const DocxStyles *st, const char *id)
{
    const DocxStyle *chain[10];
    for (int depth = 0; st && id && depth < 10; depth++) {
        const DocxStyle *ps = find_style(st, id, 0);
        if (!ps || (depth == 0 && ps->toc_heading))
            return 0;
        for (int k = 0; k < depth; k++)
            if (chain[k] == ps)
                return 0; /* a loop */
        chain[depth] = ps;
        if (ps->heading)
            return ps->heading;
        id = ps->based_on;
    }
    return 0;
}

void docx_styles_read(xmlDoc *doc, DocxStyles *st)
{
    const xmlNode *root = xmlDocGetRootElement(doc);
    size_t cap = 0;
    st->default_para = (size_t)-1;
    for (const xmlNode *n = root ? root->children : NULL; n; n = n->next) {
        if (!docx_is(n, "style"))
            continue;
        char *type = docx_attr(n, "type");
        int para = type && strcmp(type, "paragraph") == 0;
        int character = type && strcmp(type, "character") == 0;
        int table = type && strcmp(type, "table") == 0; /* its toggles: a cell's (17.7.2) */
        if (type)
            xmlFree(type);
        char *id = para || character || table ? docx_attr(n, "styleId") : NULL;
        if (!id)
            continue;
        char *is_default = para ? docx_attr(n, "default") : NULL;
        if (is_default) {
            if (st->default_para == (size_t)-1 &&
                (strcmp(is_default, "1") == 0 || strcmp(is_default, "true") == 0 ||
                 strcmp(is_default, "on") == 0))
                st->default_para = st->n;
            xmlFree(is_default);
        }
        if (st->n == cap) {
            cap = cap ? cap * 2 : 32;
            st->items = xrealloc(st->items, cap * sizeof *st->items);
        }
        DocxStyle *ps = &st->items[st->n++];
        ps->id = id;
        ps->based_on = docx_attr(docx_child(n, "basedOn"), "val");
        const xmlNode *numpr = docx_child(docx_child(n, "pPr"), "numPr");
        /* w:numId 0 is numbering removed (a style based on a numbered style
         * whose paragraphs Word and LibreOffice show unnumbered), -1 none */
        ps->num_id = numpr && para ? docx_attr_int(docx_child(numpr, "numId"), "val", -1) : -1;
        ps->ilvl = numpr && para ? docx_attr_int(docx_child(numpr, "ilvl"), "val", -1) : -1;
        ps->character = character ? 1 : table ? 2 : 0;
        ps->list_level = para ? name_level(docx_child(n, "name")) : 0;
        ps->heading = para ? name_heading(docx_child(n, "name")) : 0;
        ps->toc_heading = para && name_is(docx_child(n, "name"), "TOC Heading");
        const xmlNode *rpr = docx_child(n, "rPr");
        ps->bold = docx_child(rpr, "b") ? docx_toggle_on(docx_child(rpr, "b")) : -1;
        ps->italic = docx_child(rpr, "i") ? docx_toggle_on(docx_child(rpr, "i")) : -1;
        ps->caps = docx_child(rpr, "caps") ? docx_toggle_on(docx_child(rpr, "caps")) : -1;
        ps->small = docx_child(rpr, "smallCaps") ? docx_toggle_on(docx_child(rpr, "smallCaps")) : -1;
        ps->vanish = docx_child(rpr, "vanish") ? docx_toggle_on(docx_child(rpr, "vanish")) : -1;
        ps->underline = docx_underline_on(docx_child(rpr, "u"));
        ps->strike = struck_on(rpr);
        ps->vert = vert_align(rpr);
        ps->far_tab = para && docx_far_tab_stop(docx_child(n, "pPr")) ? 1 : -1;
        ps->font[0] = docx_rfonts_font(rpr, "ascii");
        ps->font[1] = docx_rfonts_font(rpr, "hAnsi");
        ps->cond = NULL, ps->band[0] = ps->band[1] = 0;
        if (table)
            read_cond(n, ps);
    }
    const xmlNode *defaults = NULL;
    for (const xmlNode *n = root ? root->children : NULL; n; n = n->next)
        if (docx_is(n, "docDefaults"))
            defaults = docx_child(docx_child(n, "rPrDefault"), "rPr");
    st->default_font[0] = docx_rfonts_font(defaults, "ascii");
    st->default_font[1] = docx_rfonts_font(defaults, "hAnsi");
    for (size_t i = 0; i < st->n; i++)
        strset_add(&st->by_id[st->items[i].character], st->items[i].id, i);
}

/* The first paragraph (character 0), character (1) or table (2) style of
 * that id, or NULL. */
static const DocxStyle *find_style(const DocxStyles *st, const char *id, int character)
{
    size_t at = strset_find(&st->by_id[character == 2 ? 2 : character ? 1 : 0], id);
    return at == (size_t)-1 ? NULL : &st->items[at];
}

/* The paragraph style id stands for: id when styles.xml has it, else
 * (none named, or one it lacks: Word shows the default) the default
 * paragraph style's id, or NULL. */
static const char *para_style(const DocxStyles *st, const char *id)
{
    if (id && find_style(st, id, 0))
        return id;
    return st->default_para < st->n ? st->items[st->default_para].id : NULL;
}

/* The bold (which 0), italic (1), All Caps (2), hidden text (3),
 * underline (4), strike-through (5), vertical alignment (6) or small
 * capitals (7) a run of character style id takes (character 0: a paragraph of paragraph style
 * id), following basedOn (at most 10 steps): 0 or 1, or -1 when no style
 * of the chain sets it. */
int docx_style_flag(const DocxStyles *st, const char *id, int character, int which)
{
    if (st && !character)
        id = para_style(st, id);
    for (int depth = 0; st && id && depth < 10; depth++) {
        const DocxStyle *ps = find_style(st, id, character);
        if (!ps)
            return -1;
        int v = which == 7   ? ps->small
                : which == 6 ? ps->vert
                : which == 5 ? ps->strike
                : which == 4 ? ps->underline
                : which == 3 ? ps->vanish
                : which == 2 ? ps->caps
                : which      ? ps->italic
                             : ps->bold;
        if (v >= 0)
            return v;
        id = ps->based_on;
    }
    return -1;
}

int docx_style_cond_flag(const DocxStyles *st, const char *id, int type, int which)
{
    for (int depth = 0; st && id && type >= 0 && type < DOCX_N_COND && which >= 0 && which < 8 &&
                        depth < 10; depth++) {
        const DocxStyle *ps = find_style(st, id, 2);
        if (!ps)
            return -1;
        unsigned bits = ps->cond ? ps->cond[type] : 0;
        if (bits >> which & 1u)
            return (int)(bits >> (8 + which) & 1u);
        id = ps->based_on;
    }
    return -1;
}

int docx_style_band(const DocxStyles *st, const char *id, int dir)
{
    for (int depth = 0; st && id && depth < 10; depth++) {
        const DocxStyle *ps = find_style(st, id, 2);
        if (!ps)
            break;
        if (ps->band[dir ? 1 : 0] > 0)
            return ps->band[dir ? 1 : 0];
        id = ps->based_on;
    }
    return 1;
}

/* The font (which 0: w:ascii, 1: w:hAnsi) of character style id
 * (character 0: paragraph style id), following basedOn (at most 10
 * steps): NULL when no style of the chain sets it, "" a theme font. */
const char *docx_style_font(const DocxStyles *st, const char *id, int character, int which)
{
    if (st && !character)
        id = para_style(st, id);
    for (int depth = 0; st && id && depth < 10; depth++) {
        const DocxStyle *ps = find_style(st, id, character);
        if (!ps)
            return NULL;
        if (ps->font[which])
            return ps->font[which];
        id = ps->based_on;
    }
    return NULL;
}

/* The fonts of a paragraph of paragraph style id (NULL: none) before its
 * runs' own: the style's, else the document's defaults. */
DocxFonts docx_para_fonts(const DocxStyles *st, const char *id)
{
    DocxFonts f = {NULL, NULL};
    if (!st)
        return f;
    f.ascii = docx_style_font(st, id, 0, 0);
    f.hansi = docx_style_font(st, id, 0, 1);
    if (!f.ascii)
        f.ascii = st->default_font[0];
    if (!f.hansi)
        f.hansi = st->default_font[1];
    return f;
}

DocxFonts docx_node_fonts(const DocxStyles *st, const xmlNode *p)
{
    if (!st)
        return (DocxFonts){NULL, NULL};
    char *style = docx_attr(docx_child(docx_child(p, "pPr"), "pStyle"), "val");
    DocxFonts f = docx_para_fonts(st, style);
    if (style)
        xmlFree(style);
    return f;
}

void docx_styles_free(DocxStyles *st)
{
    for (int k = 0; k < 2; k++)
        if (st->default_font[k])
            xmlFree(st->default_font[k]);
    for (size_t i = 0; i < st->n; i++) {
        for (int k = 0; k < 2; k++)
            if (st->items[i].font[k])
                xmlFree(st->items[i].font[k]);
        xmlFree(st->items[i].id);
        free(st->items[i].cond);
        if (st->items[i].based_on)
            xmlFree(st->items[i].based_on);
    }
    free(st->items);
    strset_free(&st->by_id[0]);
    strset_free(&st->by_id[1]);
    strset_free(&st->by_id[2]);
}

int docx_far_tab_stop(const xmlNode *ppr)
{
    const xmlNode *tabs = docx_child(ppr, "tabs");
    for (const xmlNode *t = tabs ? tabs->children : NULL; t; t = t->next) {
        if (!docx_is(t, "tab"))
            continue;
        char *v = docx_attr(t, "val");
        int kind = v && (strcmp(v, "center") == 0 || strcmp(v, "right") == 0);
        if (v)
            xmlFree(v);
        if (kind && docx_attr_int(t, "pos", 0) >= 4000)
            return 1;
    }
    return 0;
}

int docx_style_far_tab(const DocxStyles *st, const char *id)
{
    const DocxStyle *ps = st && id ? find_style(st, id, 0) : NULL;
    if (st && !ps && st->default_para < st->n)
        ps = &st->items[st->default_para];
    for (int depth = 0; ps && depth < 10; depth++) {
        if (ps->far_tab > 0)
            return 1;
        ps = ps->based_on ? find_style(st, ps->based_on, 0) : NULL;
    }
    return 0;
}

int docx_style_list_level(const DocxStyles *st, const char *id)
{
    for (int depth = 0; id && depth < 10; depth++) {
        const DocxStyle *ps = find_style(st, id, 0);
        if (!ps)
            break;
        if (ps->list_level)
            return ps->list_level;
        id = ps->based_on;
    }
    return 0;
}

/* The list a paragraph of style id numbers with, following basedOn (at
 * most 10 steps, so a loop in a damaged file ends): the nearest style's
 * w:numId and, apart, the nearest w:ilvl, as Word and LibreOffice inherit
 * each property of a style (a "Heading 3" based on a numbered "Heading 2"
 * that gives only w:ilvl 2 is an item of level 2 of Heading 2's list, not
 * of level 1: "a)" where import read "2.", s24foreign; a w:numId 0 ends
 * the search: numbering removed, s25mutimp). *num_id is set
 * when still -1, *ilvl when still -1; 1 when *num_id is set. */
static int style_numbering(const DocxStyles *st, const char *id, int *num_id, int *ilvl)
{
    for (int depth = 0; id && depth < 10 && (*num_id < 0 || *ilvl < 0); depth++) {
        const DocxStyle *ps = find_style(st, id, 0);
        if (!ps)
            break;
        if (*num_id < 0 && ps->num_id >= 0)
            *num_id = ps->num_id;
        if (*ilvl < 0 && ps->ilvl >= 0)
            *ilvl = ps->ilvl;
        id = ps->based_on;
    }
    return *num_id >= 0;
}

/* The list instance a paragraph (its w:pPr, its style's id) is an item of,
 * its own w:numPr's w:numId and w:ilvl first, else its style's, each apart
 * (a paragraph's w:ilvl alone moves its style's list to that level, its
 * w:numId alone keeps its style's level); -1 for
 * none, *ilvl its level (0 when none gives one). */
int docx_para_list(const DocxStyles *st, const xmlNode *ppr, const char *style, int *ilvl)
{
    const xmlNode *numpr = docx_child(ppr, "numPr");
    int num_id = docx_attr_int(docx_child(numpr, "numId"), "val", -1);
    *ilvl = docx_attr_int(docx_child(numpr, "ilvl"), "val", -1);
    /* either property the paragraph leaves out is its style's: a w:numPr
     * of w:numId alone keeps its style's w:ilvl (LibreOffice shows "1."
     * under a "heading 2" of level 1; import read level 0, "IV.",
     * s25mutimp) */
    if (style && (num_id < 0 || *ilvl < 0))
        style_numbering(st, style, &num_id, ilvl);
    if (*ilvl < 0)
        *ilvl = 0;
    return num_id;
}

/* A toggle property (ECMA-376 17.7.3: w:b, w:i, w:caps, w:vanish,
 * w:strike, ...) a run takes from its styles: para, its paragraph
 * style's (0 or 1), combined with flag, its character style's
 * (docx_style_flag: 1, 0 or -1), by exclusive or. Each style level
 * toggles the state the levels before it left, and one that sets it to
 * false leaves that state as it was; so a character style bold over a
 * bold paragraph style shows the run not bold, as Word shows it. The
 * character style's value was taken over the paragraph's (s51word F4):
 * hidden text over a hidden style was left out, a run in All Caps over a
 * style in All Caps read in capitals, where Word shows them as typed. */
static int toggled(int para, int flag)
{
    return (para > 0) ^ (flag > 0);
}

int docx_run_hidden(const DocxStyles *st, const xmlNode *rpr, int para_hidden)
{
    const xmlNode *own = docx_child(rpr, "vanish");
    if (own) /* direct formatting: its value, whatever the styles say */
        return docx_toggle_on(own);
    char *id = docx_attr(docx_child(rpr, "rStyle"), "val");
    int styled = id ? docx_style_flag(st, id, 1, 3) : -1;
    if (id)
        xmlFree(id);
    return toggled(para_hidden, styled);
}

int docx_run_mark(const DocxStyles *st, const xmlNode *rpr, int para_struck)
{
    int struck = struck_on(rpr), vert = vert_align(rpr);
    char *id = docx_attr(docx_child(rpr, "rStyle"), "val");
    if (struck < 0) /* w:strike a toggle property: 17.7.3 */
        struck = toggled(para_struck, id ? docx_style_flag(st, id, 1, 5) : -1);
    if (id && vert < 0)
        vert = docx_style_flag(st, id, 1, 6);
    if (id)
        xmlFree(id);
    if (struck)
        return IMP_MARK_STRUCK;
    return vert == 1 ? IMP_MARK_RAISED : vert == 2 ? IMP_MARK_LOWERED : IMP_MARK_NONE;
}

int docx_underline_on(const xmlNode *u)
{
    if (!u)
        return -1;
    char *v = docx_attr(u, "val");
    int on = !v || strcmp(v, "none") != 0;
    if (v)
        xmlFree(v);
    return on;
}

int docx_run_underline(const DocxStyles *st, const xmlNode *rpr, int para_u)
{
    int own = docx_underline_on(docx_child(rpr, "u"));
    if (own >= 0)
        return own;
    char *id = docx_attr(docx_child(rpr, "rStyle"), "val");
    int styled = id ? docx_style_flag(st, id, 1, 4) : -1;
    if (id)
        xmlFree(id);
    return styled >= 0 ? styled : para_u;
}

DocxLook docx_run_look(const DocxStyles *st, const DocxStyles *fst, const xmlNode *rpr, int bold,
                       int italic, int caps, const DocxFonts *pf)
{
    DocxLook look = {bold, italic, 0, pf ? *pf : (DocxFonts){NULL, NULL}};
    int all = caps & 1, small = caps >> 1 & 1; /* w:caps, w:smallCaps: two toggles */
    char *rstyle = rpr ? docx_attr(docx_child(rpr, "rStyle"), "val") : NULL;
    if (rstyle) { /* toggle properties: the paragraph's and its style's */
        look.bold = toggled(bold, docx_style_flag(st, rstyle, 1, 0));
        look.italic = toggled(italic, docx_style_flag(st, rstyle, 1, 1));
        all = toggled(caps & 1, docx_style_flag(st, rstyle, 1, 2));
        small = toggled(caps >> 1 & 1, docx_style_flag(st, rstyle, 1, 7));
        const char *a = docx_style_font(fst, rstyle, 1, 0), *h = docx_style_font(fst, rstyle, 1, 1);
        look.fonts.ascii = a ? a : look.fonts.ascii;
        look.fonts.hansi = h ? h : look.fonts.hansi;
        xmlFree(rstyle);
    }
    if (docx_child(rpr, "b")) /* direct formatting: absolute */
        look.bold = docx_toggle_on(docx_child(rpr, "b"));
    if (docx_child(rpr, "i"))
        look.italic = docx_toggle_on(docx_child(rpr, "i"));
    if (docx_child(rpr, "caps")) /* direct, each absolute */
        all = docx_toggle_on(docx_child(rpr, "caps"));
    if (docx_child(rpr, "smallCaps"))
        small = docx_toggle_on(docx_child(rpr, "smallCaps"));
    look.caps = all || (IMP_SMALL_CAPS_UPPER && small);
    return look;
}
