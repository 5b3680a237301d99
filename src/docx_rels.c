/* docx_rels.c - the parts of a .docx found through the main part's
 * relationships, for import_docx.c (and the targets of docx_chunk.c).
 *
 * OPC finds a part through a relationship of its source, by the
 * relationship's type, never by the part's name: the footnotes of a
 * document are the target of its ".../relationships/footnotes"
 * relationship in word/_rels/document.xml.rels, whatever their file is
 * called. Word and LibreOffice write "footnotes.xml", but a converter may
 * write "notes/fn.xml", and import read only the usual name: a note's
 * text was lost without a word (s25foreign L2). Here the relationships
 * are read once and each part import reads beside the main part (notes,
 * comments, numbering, styles) is taken from them; the usual name stays
 * the fallback when they name no part of the type (README, limits: a
 * package written by hand or by a tool that leaves relationships out).
 * The main part itself is found through _rels/.rels (docx_part.c), a page
 * header through its r:id (docx_pagehead.c).
 */
#include "docx_rels.h"

#include <stdlib.h>
#include <string.h>

#include "docx_part.h"
#include "docx_tree.h"

const char *docx_rel_resolve(Arena *arena, const char *folder, const char *target)
{
    Buf b = {0};
    const char *s = target;
    if (*s == '/')
        s++;
    else
        buf_puts(&b, folder);
    while (*s) {
        size_t n = strcspn(s, "/");
        if (n == 2 && s[0] == '.' && s[1] == '.') {
            while (b.len && b.data[b.len - 1] == '/') /* the last step, with its '/' */
                b.len--;
            while (b.len && b.data[b.len - 1] != '/')
                b.len--;
        } else if (n && !(n == 1 && s[0] == '.')) {
            buf_putn(&b, s, n);
            if (s[n] == '/')
                buf_putc(&b, '/');
        }
        s += n + (s[n] == '/');
    }
    char *r = arena_strndup(arena, b.data ? b.data : "", b.len);
    buf_free(&b);
    return r;
}

/* The last step of each type's URI (transitional and strict OOXML end
 * alike) and the usual file name, in the order of the enum */
static const char *const TYPES[DOCX_N_RELPARTS] = {"footnotes", "endnotes", "comments",
                                                    "numbering", "styles"};

/* Which of TYPES the relationship type uri names, or -1 */
static int type_of(const char *uri)
{
    const char *last = strrchr(uri, '/');
    for (int k = 0; last && k < DOCX_N_RELPARTS; k++)
        if (strcmp(last + 1, TYPES[k]) == 0)
            return k;
    return -1;
}

int docx_rel_parts(Arena *arena, DiagSink *diags, const char *path, zip_t *zip,
                   const char *main_rels, const char *folder, const char **part,
                   size_t *budget)
{
    for (int k = 0; k < DOCX_N_RELPARTS; k++)
        part[k] = NULL;
    size_t len = 0;
    int missing = 0, status = 0;
    char *xml = docx_read_part(diags, path, zip, main_rels, &len, &missing, budget);
    xmlDoc *rels = xml ? docx_parse_xml(diags, path, main_rels, xml, len) : NULL;
    free(xml);
    if (!rels && !missing)
        status = -1;
    const xmlNode *root = rels ? xmlDocGetRootElement(rels) : NULL;
    for (const xmlNode *n = root ? root->children : NULL; n; n = n->next) {
        if (!docx_is(n, "Relationship"))
            continue;
        char *type = docx_attr(n, "Type"), *target = docx_attr(n, "Target");
        char *mode = docx_attr(n, "TargetMode");
        int k = type ? type_of(type) : -1;
        if (k >= 0 && !part[k] && target && *target && !(mode && strcmp(mode, "External") == 0))
            part[k] = docx_rel_resolve(arena, folder, target);
        xmlFree(type);
        xmlFree(target);
        xmlFree(mode);
    }
    if (rels)
        xmlFreeDoc(rels);
    for (int k = 0; k < DOCX_N_RELPARTS; k++)
        if (!part[k])
            part[k] = arena_printf(arena, "%s%s.xml", folder, TYPES[k]);
    return status;
}
