/* docx_pagehead.c - a plan's header typed in the page header of a .docx.
 *
 * Some offices keep the two-column header of a Kế hoạch (the issuer over
 * "Số: .../KH-UBND", the national name and motto over the place and date)
 * in the page header of the first page (Word's Insert > Header, "Different
 * First Page"), so that every plan made from the file has it. Word and
 * LibreOffice print it on the first page, above the title; import read
 * only the body, and wrote a plan whose issuer was guessed, its place
 * "Địa danh" and its date the title's year, with exit 0 (s25foreign).
 * Here the header part the body's first page shows is found (the first
 * section's w:headerReference of type "first" when the section has
 * w:titlePg, else "default", through the main part's relationships), and
 * import_docx.c reads it before the body when it holds the national name
 * ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") or a "Số:" line and the body holds
 * no national name: a page header of a logo, a page number or a running
 * title is not read, nor one beside a body that has its own header.
 */
#include "docx_pagehead.h"

#include <stdlib.h>
#include <string.h>

#include "docx_part.h"
#include "docx_tree.h"
#include "util.h"

/* The first section's properties: the first paragraph's w:pPr/w:sectPr
 * in the body, else the body's own w:sectPr (its last section) */
static const xmlNode *first_section(const xmlNode *body)
{
    for (const xmlNode *c = body->children; c; c = c->next) {
        if (docx_is(c, "p")) {
            const xmlNode *s = docx_child(docx_child(c, "pPr"), "sectPr");
            if (s)
                return s;
        } else if (docx_is(c, "sectPr")) {
            return c;
        }
    }
    return NULL;
}

/* The target of relationship id in the relationships part rels (parsed),
 * resolved against folder; NULL when none, external or outside */
static const char *rel_target(Arena *arena, const xmlDoc *rels, const char *id, const char *folder)
{
    const xmlNode *root = xmlDocGetRootElement((xmlDoc *)rels);
    const char *found = NULL;
    for (const xmlNode *n = root ? root->children : NULL; n && !found; n = n->next) {
        char *rid = docx_attr(n, "Id"), *target = docx_attr(n, "Target");
        char *mode = docx_attr(n, "TargetMode");
        if (rid && target && !mode && strcmp(rid, id) == 0 && !str_find(target, "..") &&
            !strchr(target, ':'))
            found = target[0] == '/' ? arena_strdup(arena, target + 1)
                                     : arena_printf(arena, "%s%s", folder, target);
        xmlFree(rid);
        xmlFree(target);
        xmlFree(mode);
    }
    return found;
}

xmlDoc *docx_first_header(Arena *arena, DiagSink *diags, const char *path, zip_t *zip,
                          const xmlNode *body, const char *main_rels, const char *folder,
                          int *bad)
{
    *bad = 0;
    const xmlNode *sect = first_section(body);
    if (!sect)
        return NULL;
    const char *want = docx_toggle_on(docx_child(sect, "titlePg")) ? "first" : "default";
    char *id = NULL;
    for (const xmlNode *c = sect->children; c && !id; c = c->next) {
        char *type = docx_is(c, "headerReference") ? docx_attr(c, "type") : NULL;
        if (type && strcmp(type, want) == 0)
            id = docx_attr(c, "id");
        xmlFree(type);
    }
    if (!id)
        return NULL;
    size_t len = 0;
    int missing;
    char *xml = docx_read_part(diags, path, zip, main_rels, &len, &missing, NULL);
    xmlDoc *rels = xml ? docx_parse_xml(diags, path, main_rels, xml, len) : NULL;
    free(xml);
    *bad = !rels && !missing;
    const char *name = rels ? rel_target(arena, rels, id, folder) : NULL;
    xmlFree(id);
    if (rels)
        xmlFreeDoc(rels);
    if (!name)
        return NULL;
    xml = docx_read_part(diags, path, zip, name, &len, &missing, NULL);
    xmlDoc *doc = xml ? docx_parse_xml(diags, path, name, xml, len) : NULL;
    free(xml);
    *bad = !doc && !missing;
    if (doc && !docx_is(xmlDocGetRootElement(doc), "hdr")) {
        /* no page header (a w:hdr): a relationship naming the main part
         * itself read the whole body again before it (s25review) */
        xmlFreeDoc(doc);
        return NULL;
    }
    return doc;
}

/* 1 if text holds the national name or begins with "Số" and a colon */
static int header_line(const char *text)
{
    const char *t = text;
    while (*t == ' ' || *t == '*' || *t == '_')
        t++;
    return str_find(text, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA") || str_find(text, "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA") ||
           (strncmp(t, "Số", 4) == 0 && strchr(t, ':') && strchr(t, ':') - t < 12);
}

int docx_paras_hold_header(const ImpParas *p, size_t from, size_t to, int motto_only)
{
    for (size_t i = from; i < to && i < p->n; i++) {
        const char *t = p->items[i].text ? p->items[i].text : "";
        if (motto_only ? (str_find(t, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA") || str_find(t, "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA"))
                       : header_line(t))
            return 1;
    }
    return 0;
}

void docx_paras_to_front(ImpParas *p, size_t from)
{
    size_t tail = p->n - from;
    if (!tail || !from)
        return;
    ImpPara *moved = xmalloc(tail * sizeof *moved);
    memcpy(moved, p->items + from, tail * sizeof *moved);
    memmove(p->items + tail, p->items, from * sizeof *moved);
    memcpy(p->items, moved, tail * sizeof *moved);
    free(moved);
}
