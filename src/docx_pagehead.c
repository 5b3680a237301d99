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
 * Every other page header and footer a section names (docx_page_parts:
 * the other pages', the footers, the first page's when it was not read)
 * is listed too, for import_docx.c to name what it holds in a `# review:`
 * note: a place and date, a "Biểu" title or a reference typed there was
 * lost without a word (s26). The header's hyperlinks are its own
 * relationships' (docx_chunks_of_part), not the main part's.
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

/* The part relationship r names, resolved against folder; NULL when
 * external or outside */
static const char *rel_name(Arena *arena, const xmlNode *r, const char *folder)
{
    char *target = docx_attr(r, "Target"), *mode = docx_attr(r, "TargetMode");
    const char *found = NULL;
    if (target && !mode && !str_find(target, "..") && !strchr(target, ':'))
        found = target[0] == '/' ? arena_strdup(arena, target + 1)
                                 : arena_printf(arena, "%s%s", folder, target);
    xmlFree(target);
    xmlFree(mode);
    return found;
}

/* The target of relationship id in the relationships part rels (parsed),
 * resolved against folder; NULL when none, external or outside */
static const char *rel_target(Arena *arena, const xmlDoc *rels, const char *id, const char *folder)
{
    const xmlNode *root = xmlDocGetRootElement((xmlDoc *)rels);
    for (const xmlNode *n = root ? root->children : NULL; n; n = n->next) {
        char *rid = n->type == XML_ELEMENT_NODE ? docx_attr(n, "Id") : NULL;
        int same = rid && strcmp(rid, id) == 0;
        xmlFree(rid);
        if (same)
            return rel_name(arena, n, folder);
    }
    return NULL;
}

/* The relationships part rels, parsed (NULL when missing or damaged:
 * *bad 1 after a diagnostic) */
static xmlDoc *read_rels(DiagSink *diags, const char *path, zip_t *zip, const char *rels, int *bad)
{
    size_t len = 0;
    int missing;
    char *xml = docx_read_part(diags, path, zip, rels, &len, &missing, NULL);
    xmlDoc *doc = xml ? docx_parse_xml(diags, path, rels, xml, len) : NULL;
    free(xml);
    *bad = !doc && !missing;
    return doc;
}

xmlDoc *docx_page_part(DiagSink *diags, const char *path, zip_t *zip, const char *name,
                       size_t *budget, int *bad)
{
    size_t len = 0;
    int missing;
    char *xml = docx_read_part(diags, path, zip, name, &len, &missing, budget);
    xmlDoc *doc = xml ? docx_parse_xml(diags, path, name, xml, len) : NULL;
    free(xml);
    *bad = !doc && !missing;
    const xmlNode *root = doc ? xmlDocGetRootElement(doc) : NULL;
    if (doc && !docx_is(root, "hdr") && !docx_is(root, "ftr")) {
        /* no page header or footer: a relationship naming the main part
         * itself read the whole body again before it (s25review) */
        xmlFreeDoc(doc);
        return NULL;
    }
    return doc;
}

size_t docx_page_parts(Arena *arena, DiagSink *diags, const char *path, zip_t *zip,
                       const xmlNode *body, const char *main_rels, const char *folder,
                       const char ***names, int *bad)
{
    *names = NULL;
    *bad = 0;
    /* no section naming a page header or footer: the relationships (of a
     * hundred thousand, parsed once more for nothing) are not read */
    int any = 0;
    for (const xmlNode *c = body->children; c && !any; c = c->next) {
        const xmlNode *sect = docx_is(c, "sectPr") ? c : docx_is(c, "p")
            ? docx_child(docx_child(c, "pPr"), "sectPr") : NULL;
        for (const xmlNode *r = sect ? sect->children : NULL; r && !any; r = r->next)
            any = docx_is(r, "headerReference") || docx_is(r, "footerReference");
    }
    if (!any)
        return 0;
    xmlDoc *rels = read_rels(diags, path, zip, main_rels, bad);
    if (!rels)
        return 0;
    /* the relationships by id, once: a scan per reference was quadratic
     * in sections times relationships */
    StrSet ids = {0}, seen = {0};
    size_t n_rels = 0;
    const xmlNode *root = xmlDocGetRootElement(rels);
    for (const xmlNode *r = root ? root->children : NULL; r; r = r->next)
        n_rels++;
    const xmlNode **rel = xmalloc((n_rels ? n_rels : 1) * sizeof *rel);
    n_rels = 0;
    for (const xmlNode *r = root ? root->children : NULL; r; r = r->next) {
        char *rid = r->type == XML_ELEMENT_NODE ? docx_attr(r, "Id") : NULL;
        if (rid && strset_add(&ids, arena_strdup(arena, rid), n_rels) == n_rels)
            rel[n_rels++] = r;
        xmlFree(rid);
    }
    size_t n = 0, cap = 0;
    /* every section's properties: a paragraph's w:pPr/w:sectPr, the body's own */
    for (const xmlNode *c = body->children; c; c = c->next) {
        const xmlNode *sect = docx_is(c, "sectPr") ? c : docx_is(c, "p")
            ? docx_child(docx_child(c, "pPr"), "sectPr") : NULL;
        for (const xmlNode *r = sect ? sect->children : NULL; r; r = r->next) {
            if (!docx_is(r, "headerReference") && !docx_is(r, "footerReference"))
                continue;
            char *id = docx_attr(r, "id");
            size_t at = id ? strset_find(&ids, id) : (size_t)-1;
            const char *name = at != (size_t)-1 ? rel_name(arena, rel[at], folder) : NULL;
            xmlFree(id);
            if (!name || strset_find(&seen, name) != (size_t)-1)
                continue;
            strset_add(&seen, name, n);
            if (n == cap) {
                cap = cap ? 2 * cap : 8;
                const char **grown = arena_alloc(arena, cap * sizeof *grown);
                if (n)
                    memcpy(grown, *names, n * sizeof *grown);
                *names = grown;
            }
            (*names)[n++] = name;
        }
    }
    strset_free(&seen);
    strset_free(&ids);
    free(rel);
    xmlFreeDoc(rels);
    return n;
}

xmlDoc *docx_first_header(Arena *arena, DiagSink *diags, const char *path, zip_t *zip,
                          const xmlNode *body, const char *main_rels, const char *folder,
                          const char **part, int *bad)
{
    *bad = 0;
    *part = NULL;
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
    xmlDoc *rels = read_rels(diags, path, zip, main_rels, bad);
    const char *name = rels ? rel_target(arena, rels, id, folder) : NULL;
    xmlFree(id);
    if (rels)
        xmlFreeDoc(rels);
    if (!name)
        return NULL;
    xmlDoc *doc = docx_page_part(diags, path, zip, name, NULL, bad);
    if (doc && !docx_is(xmlDocGetRootElement(doc), "hdr")) {
        xmlFreeDoc(doc);
        return NULL;
    }
    *part = doc ? name : NULL;
    return doc;
}

int docx_page_words(const char *s)
{
    static const char *const own[] = {"Trang", "trang", "TRANG", "Page", "page", "of", "/"};
    for (const char *p = s; *p;) {
        size_t k = 0;
        while (k < sizeof own / sizeof *own && strncmp(p, own[k], strlen(own[k])) != 0)
            k++;
        if (k < sizeof own / sizeof *own) {
            p += strlen(own[k]);
            continue;
        }
        if ((unsigned char)*p >= 0x80 || (*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z'))
            return 1;
        p++;
    }
    return 0;
}

/* 1 if text begins (past blanks and emphasis marks) with "Số" and a
 * colon within its first 12 bytes: "Số: 125/KH-UBND". Reads at most those
 * bytes, so that asking it at each "Số" of a text stays linear. */
static int number_line(const char *text)
{
    const char *t = text;
    while (*t == ' ' || *t == '*' || *t == '_')
        t++;
    if (strncmp(t, "Số", 4) != 0)
        return 0;
    for (size_t k = 4; k < 12 && t[k]; k++)
        if (t[k] == ':')
            return 1;
    return 0;
}

/* 1 if text holds the national name or begins with "Số" and a colon */
static int header_line(const char *text)
{
    return str_find(text, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA") || str_find(text, "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA") ||
           number_line(text);
}

int docx_header_text(const char *text)
{
    if (header_line(text) || (str_find(text, "Tự do") && str_find(text, "Hạnh phúc")) ||
        (str_find(text, "TỰ DO") && str_find(text, "HẠNH PHÚC")))
        return 1;
    /* a "Số: ..." after a space: the national name was looked for in the
     * whole text above; header_line at each "Số" looked for it again in
     * the rest, and a text box of 160,000 words "Số" took 1.7 s to import
     * (s30review) */
    for (const char *t = text; (t = str_find(t, " Số")) != NULL; t += 3)
        if (number_line(t + 1))
            return 1;
    return 0;
}

int docx_paras_hold_header(const ImpParas *p, size_t from, size_t to, int motto_only)
{
    for (size_t i = from; i < to && i < p->n; i++) {
        const char *t = p->items[i].text ? p->items[i].text : "";
        if (motto_only == 2 ? number_line(t)
            : motto_only    ? (str_find(t, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA") || str_find(t, "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA"))
                            : header_line(t))
            return 1;
    }
    return 0;
}

int docx_paras_number_only(const ImpParas *p, size_t from, size_t to)
{
    int numbers = 0;
    for (size_t i = from; i < to && i < p->n; i++) {
        const char *t = p->items[i].text ? p->items[i].text : "";
        if (number_line(t))
            numbers++;
        else if (docx_page_words(t))
            return 0;
    }
    return numbers == 1;
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
