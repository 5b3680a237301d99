/* docx_toc.c - a Word table of contents, for import.
 *
 * References > Table of Contents writes a TOC field whose result is a
 * paragraph per heading, "I. MỤC TIÊU<tab>1", styled TOC1, TOC2, ...,
 * usually inside a content control (w:sdt, docPartGallery "Table of
 * Contents"). Import read those lines as the plan's first headings, so a
 * plan with a table of contents began with empty sections "MỤC TIÊU 1",
 * "TỔ CHỨC THỰC HIỆN 2" before the real ones (the twelfth attack, L4). A
 * plan has no table of contents (khgen's document prints none): import
 * leaves its lines out and says so in a review note. Here is how a
 * paragraph is told to be one of them: its style, the content control
 * around it, or a TOC field open over it. Every paragraph is walked once.
 */
#include "docx_toc.h"

#include <string.h>

#include "docx_tree.h"

/* TOC1..TOC9, TOCHeading (Word), Contents1..Contents10, ContentsHeading
 * (LibreOffice's names for the same styles) */
static int toc_style(const char *id)
{
    static const char *const stems[] = {"TOC", "Contents", "Mucluc"};
    for (size_t i = 0; i < sizeof stems / sizeof *stems; i++) {
        size_t n = strlen(stems[i]);
        if (strncmp(id, stems[i], n) == 0 &&
            ((id[n] >= '1' && id[n] <= '9') || strcmp(id + n, "Heading") == 0))
            return 1;
    }
    return 0;
}

/* whether a field's code (w:instrText) is a TOC field's: "TOC" first */
static int toc_code(const xmlNode *t)
{
    xmlChar *s = xmlNodeGetContent(t);
    const char *c = (const char *)s;
    while (c && *c == ' ')
        c++;
    int yes = c && (c[0] == 'T' || c[0] == 't') && (c[1] == 'O' || c[1] == 'o') &&
              (c[2] == 'C' || c[2] == 'c') && (c[3] == ' ' || c[3] == '\\' || !c[3]);
    xmlFree(s);
    return yes;
}

static void field_char(DocxToc *t, const xmlNode *f)
{
    char *type = docx_attr(f, "fldCharType");
    if (!type)
        return;
    if (strcmp(type, "begin") == 0) {
        if (t->active)
            t->depth += t->depth < 1000000;
        else
            t->begun = 1;
    } else if (strcmp(type, "end") == 0 && t->active && --t->depth <= 0) {
        t->active = 0;
        t->depth = 0;
    }
    xmlFree(type);
}

/* The fields in n's subtree, in document order (a paragraph's runs sit in
 * hyperlinks, smart tags, content controls); *in set when a TOC field
 * begins there. */
static void walk_fields(DocxToc *t, const xmlNode *n, int depth, int *in)
{
    for (const xmlNode *c = n->children; c && depth < DOCX_MAX_DEPTH; c = c->next) {
        if (c->type != XML_ELEMENT_NODE || docx_is(c, "t"))
            continue;
        if (docx_is(c, "fldChar")) {
            field_char(t, c);
        } else if (docx_is(c, "instrText")) {
            if (t->begun && toc_code(c)) {
                t->active = *in = 1;
                t->depth = 1;
            }
            t->begun = 0;
        } else {
            walk_fields(t, c, depth + 1, in);
        }
    }
}

int docx_toc_para(DocxToc *t, const xmlNode *p)
{
    char *style = docx_attr(docx_child(docx_child(p, "pPr"), "pStyle"), "val");
    int in = t->active || (style && toc_style(style));
    if (style)
        xmlFree(style);
    walk_fields(t, p, 0, &in);
    t->lines += in;
    return in;
}

int docx_toc_sdt(DocxToc *t, const xmlNode *n)
{
    if (!docx_is(n, "sdt"))
        return 0;
    const xmlNode *obj = docx_child(docx_child(n, "sdtPr"), "docPartObj");
    char *gallery = docx_attr(docx_child(obj, "docPartGallery"), "val");
    int yes = gallery && strcmp(gallery, "Table of Contents") == 0;
    if (gallery)
        xmlFree(gallery);
    const xmlNode *content = yes ? docx_child(n, "sdtContent") : NULL;
    for (const xmlNode *p = content ? content->children : NULL; p; p = p->next)
        t->lines += docx_is(p, "p");
    t->lines += yes && !t->lines; /* an empty one is still noted */
    return yes;
}

int docx_toc_done(DocxToc *t)
{
    if (t->active)
        return 0;
    int n = t->lines;
    t->lines = 0;
    return n;
}
