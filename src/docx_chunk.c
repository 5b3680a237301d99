/* docx_chunk.c - the embedded documents of a .docx (w:altChunk).
 *
 * Document-merging tools and the Open XML SDK merge a document into
 * another by a w:altChunk in the body or in a table's cell: its r:id
 * names, through word/_rels/document.xml.rels, a part of the package, and
 * Word shows that part's text where the w:altChunk stands (ECMA-376 Part
 * 1, 17.17.2.1; LibreOffice 7.4 shows an embedded .docx package, in the
 * body and in a cell, and neither HTML nor text). The part is told by its content type
 * ([Content_Types].xml: an Override of its name, else the Default of its
 * extension): a WordprocessingML document (the SDK writes a whole .docx
 * package under the type of a main part, ...document.main+xml, so a part
 * that is a zip is a package whatever its type says), HTML or XHTML, plain
 * text, RTF, a web archive (MHT). import_docx.c reads a WordprocessingML
 * one with its own reader, one level deep, docx_html.c an HTML one, and
 * this file a plain text one, a line a paragraph; RTF, MHT, any other type,
 * a relationship that is missing or points outside the package, and a part
 * that is not there are not read: the caller writes a note and counts it
 * for KH759. The same relationships give a hyperlink (w:hyperlink r:id)
 * its address (docx_chunks_link: an external web or mail address, as the
 * back ends print a link). The relationships and content types are read
 * once, at the first w:altChunk or hyperlink; each part read counts against IMPORT_MAX_PART like any
 * part and, with the others, against IMPORT_MAX_CHUNKS (a zip bomb of a
 * thousand references to one large part is refused, not unpacked a
 * thousand times).
 */
#include "docx_chunk.h"
#include "docx_rels.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "docx_part.h"
#include "docx_tree.h"
#include "i18n.h"
#include "render.h"
#include "vi.h"

/* What the SmartArts' data parts may unpack together (past it a drawing
 * is named alone, as before: a thousand drawings naming one part of 2 MB
 * took the embedded documents' 32 MiB and failed the import, KH755), and
 * the words a note holds of one (a part's 20,000 boxes in each of 500
 * notes wrote 11 MB). */
enum { DIAGRAMS_MAX = 4u << 20, DIAGRAM_WORDS = 2000 };

struct DocxChunks {
    Arena *arena;
    DiagSink *diags;
    const char *path;
    zip_t *zip;
    int loaded; /* 1: read, -1: damaged (a diagnostic was given) */
    StrSet rels;          /* r:id -> index in target/external */
    const char **target;  /* the part's name in the zip, resolved */
    const char **address; /* an external target as written (a link's), else NULL */
    char *external;       /* TargetMode="External" */
    size_t n_rels, cap_rels;
    StrSet types[2];      /* 0: "/part/name", 1: "ext" (lower case) -> index in type */
    const char **type;
    size_t n_types, cap_types;
    size_t own_budget;
    size_t *budget;       /* &own_budget, or the main part's (docx_chunks_of_part) */
    size_t diagrams;      /* what SmartArts' data parts may unpack together (the owner's) */
    const char *part;     /* NULL: the main part's relationships; else this part's */
    DocxChunks *owner;    /* a part's: the main part's, whose content types (the
                           * package's) it uses: each page footer with a link
                           * parsed [Content_Types].xml again (200 of them, 8 MB
                           * each: 1.6 GB of XML from a 40 KB file, s26review2) */
};

DocxChunks *docx_chunks_new(Arena *arena, DiagSink *diags, const char *path, zip_t *zip)
{
    DocxChunks *ck = xmalloc(sizeof *ck);
    memset(ck, 0, sizeof *ck);
    ck->arena = arena;
    ck->diags = diags;
    ck->path = path;
    ck->zip = zip;
    ck->own_budget = IMPORT_MAX_CHUNKS;
    ck->budget = &ck->own_budget;
    ck->diagrams = DIAGRAMS_MAX;
    return ck;
}

DocxChunks *docx_chunks_of_part(DocxChunks *main, const char *part)
{
    DocxChunks *ck = docx_chunks_new(main->arena, main->diags, main->path, main->zip);
    ck->budget = main->budget;
    ck->part = arena_strdup(main->arena, part);
    ck->owner = main->owner ? main->owner : main;
    return ck;
}

void docx_chunks_free(DocxChunks *ck)
{
    if (!ck)
        return;
    strset_free(&ck->rels);
    strset_free(&ck->types[0]);
    strset_free(&ck->types[1]);
    free(ck->target);
    free(ck->address);
    free(ck->external);
    free(ck->type);
    free(ck);
}

size_t *docx_chunks_budget(DocxChunks *ck)
{
    return ck->budget;
}

/* s in lower case (ASCII), in the arena: part names and extensions match
 * whatever their case (OPC compares them so) */
static const char *lower(Arena *arena, const char *s)
{
    char *l = arena_strdup(arena, s);
    for (char *p = l; *p; p++)
        *p = (char)tolower((unsigned char)*p);
    return l;
}

/* Reads part name of the zip as XML; NULL when missing (*bad 0) or after a
 * diagnostic (*bad 1); within *budget unless it is NULL */
static xmlDoc *read_xml(DocxChunks *ck, const char *name, size_t *budget, int *bad)
{
    size_t len = 0;
    int missing;
    char *xml = docx_read_part(ck->diags, ck->path, ck->zip, name, &len, &missing, budget);
    *bad = !xml && !missing;
    xmlDoc *doc = xml ? docx_parse_xml(ck->diags, ck->path, name, xml, len) : NULL;
    free(xml);
    *bad |= xml && !doc;
    return doc;
}

static void add_rel(DocxChunks *ck, const xmlNode *n, const char *folder)
{
    char *id = docx_attr(n, "Id"), *target = docx_attr(n, "Target");
    char *mode = docx_attr(n, "TargetMode");
    if (id && target) {
        if (ck->n_rels == ck->cap_rels) {
            ck->cap_rels = ck->cap_rels ? ck->cap_rels * 2 : 16;
            ck->target = xrealloc(ck->target, ck->cap_rels * sizeof *ck->target);
            ck->address = xrealloc(ck->address, ck->cap_rels * sizeof *ck->address);
            ck->external = xrealloc(ck->external, ck->cap_rels);
        }
        ck->target[ck->n_rels] = docx_rel_resolve(ck->arena, folder, target);
        ck->external[ck->n_rels] = mode && strcmp(mode, "External") == 0;
        ck->address[ck->n_rels] = ck->external[ck->n_rels] ? arena_strdup(ck->arena, target)
                                                           : NULL;
        if (strset_add(&ck->rels, arena_strdup(ck->arena, id), ck->n_rels) == ck->n_rels)
            ck->n_rels++;
    }
    xmlFree(id);
    xmlFree(target);
    xmlFree(mode);
}

static void add_type(DocxChunks *ck, const xmlNode *n)
{
    int over = docx_is(n, "Override");
    char *key = docx_attr(n, over ? "PartName" : "Extension");
    char *type = docx_attr(n, "ContentType");
    if (key && type && (over || docx_is(n, "Default"))) {
        if (ck->n_types == ck->cap_types) {
            ck->cap_types = ck->cap_types ? ck->cap_types * 2 : 16;
            ck->type = xrealloc(ck->type, ck->cap_types * sizeof *ck->type);
        }
        ck->type[ck->n_types] = lower(ck->arena, type);
        if (strset_add(&ck->types[over ? 0 : 1], lower(ck->arena, key), ck->n_types) ==
            ck->n_types)
            ck->n_types++;
    }
    xmlFree(key);
    xmlFree(type);
}

/* Reads the relationships and the content types once: 0, or -1 after a
 * diagnostic (a damaged part: the whole .docx is) */
static int load(DocxChunks *ck)
{
    if (ck->loaded)
        return ck->loaded > 0 ? 0 : -1;
    ck->loaded = -1;
    int bad = 0;
    char main_part[DOCX_PART_NAME_MAX], main_rels[DOCX_PART_NAME_MAX]; /* its relationships */
    if (ck->part) /* a page header's or footer's own: FOLDER/_rels/NAME.xml.rels */
        snprintf(main_rels, sizeof main_rels, "%.*s_rels/%s.rels",
                 (int)docx_part_folder(ck->part), ck->part, ck->part + docx_part_folder(ck->part));
    snprintf(main_part, sizeof main_part, "%s", ck->part ? ck->part : "");
    if (!ck->part)
        docx_main_part(ck->zip, main_part, main_rels, sizeof main_part, NULL, NULL);
    main_part[docx_part_folder(main_part)] = '\0'; /* its folder */
    /* a page part's relationships within the embedded documents' budget:
     * each of thousands of parts may name a part of 32 MiB */
    xmlDoc *rels = read_xml(ck, main_rels, ck->owner ? ck->budget : NULL, &bad);
    if (bad)
        return -1;
    const xmlNode *root = rels ? xmlDocGetRootElement(rels) : NULL;
    for (const xmlNode *n = root ? root->children : NULL; n; n = n->next)
        if (docx_is(n, "Relationship"))
            add_rel(ck, n, main_part);
    if (rels)
        xmlFreeDoc(rels);
    if (ck->owner) { /* the package's content types: its owner's, read once */
        ck->loaded = load(ck->owner) == 0 ? 1 : -1;
        return ck->loaded > 0 ? 0 : -1;
    }
    xmlDoc *types = read_xml(ck, "[Content_Types].xml", NULL, &bad);
    if (bad)
        return -1;
    root = types ? xmlDocGetRootElement(types) : NULL;
    for (const xmlNode *n = root ? root->children : NULL; n; n = n->next)
        add_type(ck, n);
    if (types)
        xmlFreeDoc(types);
    ck->loaded = 1;
    return 0;
}

/* The content type of part (lower case), or NULL when none is declared */
static const char *content_type(DocxChunks *ck, const char *part)
{
    const DocxChunks *t = ck->owner ? ck->owner : ck;
    const char *key = lower(ck->arena, arena_printf(ck->arena, "/%s", part));
    size_t at = strset_find(&t->types[0], key);
    const char *dot = strrchr(key, '.');
    if (at == (size_t)-1 && dot && !strchr(dot, '/'))
        at = strset_find(&t->types[1], dot + 1);
    return at == (size_t)-1 ? NULL : t->type[at];
}

static int has(const char *type, const char *what)
{
    return type && str_find(type, what) != NULL;
}

/* The kind a part of that content type is (NULL: none declared), or
 * DOCX_CHUNK_NOTE with out->why */
static DocxChunkKind kind_of(DocxChunks *ck, const char *type, DocxChunk *out)
{
    if (has(type, "wordprocessingml.document") || has(type, "wordprocessingml.template") ||
        has(type, "ms-word.document") || has(type, "ms-word.template"))
        return DOCX_CHUNK_XML; /* or a package: told by its first bytes */
    if (has(type, "text/html") || has(type, "application/xhtml+xml"))
        return DOCX_CHUNK_HTML;
    if (has(type, "text/plain"))
        return DOCX_CHUNK_TEXT;
    if (!type)
        return DOCX_CHUNK_XML; /* no type: read if it is a package, else a note */
    if (has(type, "rtf"))
        out->why = arena_printf(ck->arena, _("an RTF document (%s), which import does not "
                                  "read"), type);
    else if (has(type, "message/rfc822") || has(type, "multipart/related") ||
             has(type, "mimearchive"))
        out->why = arena_printf(ck->arena, _("a web archive (MHT, %s), which import does "
                                  "not read"), type);
    else
        out->why = arena_printf(ck->arena, _("a part of type %s, which import does not read"),
                                type);
    return DOCX_CHUNK_NOTE;
}

/* The bytes read: a zip is a package; the rest must be what kind says */
static void classify(DocxChunks *ck, const char *type, DocxChunk *out)
{
    int zip = out->len >= 4 && memcmp(out->data, "PK\x03\x04", 4) == 0;
    if (zip && out->kind == DOCX_CHUNK_XML) {
        out->kind = DOCX_CHUNK_PACKAGE;
    } else if (out->kind == DOCX_CHUNK_XML && !type) {
        out->kind = DOCX_CHUNK_NOTE;
        out->why = arena_printf(ck->arena, _("its part %s has no content type and is not a "
                                  ".docx"), out->part);
    } else if (out->kind == DOCX_CHUNK_TEXT &&
               (utf8_invalid_at(out->data, out->len) != (size_t)-1 ||
                memchr(out->data, '\0', out->len))) {
        out->kind = DOCX_CHUNK_NOTE;
        out->why = _("a plain text that is not UTF-8, which import does not read");
    }
    if (out->kind == DOCX_CHUNK_NOTE) {
        free(out->data);
        out->data = NULL;
        out->len = 0;
    }
}

/* The part the r:id of n names, into out->part (through the
 * relationships): 1 when it is a part of the package; 0 with out->kind
 * DOCX_CHUNK_NOTE and out->why (no r:id, an unknown one, an outside file)
 * or DOCX_CHUNK_FAILED (damaged relationships, a diagnostic given) */
static int resolve(DocxChunks *ck, const xmlNode *n, DocxChunk *out)
{
    memset(out, 0, sizeof *out);
    out->kind = DOCX_CHUNK_NOTE;
    char *id = docx_attr(n, "id");
    if (!id) {
        out->why = _("no r:id names its part");
        return 0;
    }
    if (load(ck) != 0) {
        xmlFree(id);
        out->kind = DOCX_CHUNK_FAILED;
        return 0;
    }
    size_t at = strset_find(&ck->rels, id);
    const char *shown = arena_strdup(ck->arena, id);
    xmlFree(id);
    if (at == (size_t)-1) {
        out->why = arena_printf(ck->arena, _("its r:id %s is not in "
                                  "word/_rels/document.xml.rels"), shown);
        return 0;
    }
    out->part = ck->target[at];
    if (ck->external[at]) {
        /* an outside file's address as written: joined to word/ and its
         * slashes folded, file:///etc/passwd read "word/file:/etc/passwd"
         * (s27outputs L4) */
        out->part = ck->address[at];
        out->why = arena_printf(ck->arena, _("it is the file %s outside the document "
                                  "(TargetMode External), which import does not open"),
                                out->part);
        return 0;
    }
    return 1;
}

/* Reads out->part within the budget into out->data; 0 (out->kind and
 * out->why set: a note when the part is missing, a failure else) when it
 * cannot. */
static int read_chunk(DocxChunks *ck, DocxChunk *out)
{
    int missing;
    out->data = docx_read_part(ck->diags, ck->path, ck->zip, out->part, &out->len, &missing,
                               ck->budget);
    if (out->data)
        return 1;
    out->kind = missing ? DOCX_CHUNK_NOTE : DOCX_CHUNK_FAILED;
    out->why = arena_printf(ck->arena, _("its part %s is not in the .docx"), out->part);
    return 0;
}

void docx_chunk_open(DocxChunks *ck, const xmlNode *alt, DocxChunk *out)
{
    if (!resolve(ck, alt, out))
        return;
    const char *type = content_type(ck, out->part);
    DocxChunkKind kind = kind_of(ck, type, out);
    if (kind == DOCX_CHUNK_NOTE)
        return;
    if (!read_chunk(ck, out))
        return;
    out->kind = kind;
    classify(ck, type, out);
}

void docx_chunk_object(DocxChunks *ck, const xmlNode *ole, DocxChunk *out)
{
    if (!resolve(ck, ole, out))
        return;
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat(ck->zip, out->part, ZIP_FL_NOCASE, &st) == 0 && (st.valid & ZIP_STAT_SIZE) &&
        (st.size > IMPORT_MAX_PART || st.size > *ck->budget)) {
        out->why = arena_printf(ck->arena, _("its part %s is %llu bytes, more than the %u MiB "
                                             "import unpacks of the embedded documents"),
                                out->part, (unsigned long long)st.size,
                                (st.size > IMPORT_MAX_PART ? IMPORT_MAX_PART : IMPORT_MAX_CHUNKS) >> 20);
        return;
    }
    if (!read_chunk(ck, out))
        return;
    if (out->len >= 4 && memcmp(out->data, "PK\x03\x04", 4) == 0) {
        out->kind = DOCX_CHUNK_PACKAGE;
        return;
    }
    out->why = out->len >= 8 && memcmp(out->data, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) == 0
                   ? _("it is an Excel 97-2003 workbook (an OLE compound file, .xls), which "
                       "import does not read")
                   : arena_printf(ck->arena, _("its part %s is no .xlsx package"), out->part);
    free(out->data);
    out->data = NULL;
    out->len = 0;
}

int docx_chunks_link(DocxChunks *ck, const char *id, const char **url)
{
    *url = NULL;
    if (load(ck) != 0)
        return -1;
    size_t at = strset_find(&ck->rels, id);
    if (at != (size_t)-1 && ck->address[at] && render_url_kept(ck->address[at]))
        *url = ck->address[at];
    return 0;
}

/* Each a:p's text under n into out, "; " between them */
static void diagram_words(const xmlNode *n, Buf *out, int depth)
{
    for (const xmlNode *c = n->children; c && depth < DOCX_MAX_DEPTH; c = c->next) {
        if (docx_is(c, "p") && out->len)
            buf_puts(out, "; ");
        if (docx_is(c, "t") && docx_is(n, "r")) { /* a run's a:t, not the point's dgm:t */
            xmlChar *t = xmlNodeGetContent(c);
            buf_puts(out, t ? (const char *)t : "");
            xmlFree(t);
        } else if (c->type == XML_ELEMENT_NODE)
            diagram_words(c, out, depth + 1);
    }
}

char *docx_chunks_diagram(DocxChunks *ck, const xmlNode *n, const char *name)
{
    if (!ck) /* an embedded document's drawing: no package's parts to read */
        return NULL;
    char *dm = docx_attr(docx_find_under(n, "relIds", 0), "dm");
    size_t at = dm && load(ck) == 0 ? strset_find(&ck->rels, dm) : (size_t)-1;
    xmlFree(dm);
    size_t *room = &(ck->owner ? ck->owner : ck)->diagrams;
    zip_stat_t st;
    zip_stat_init(&st);
    if (at == (size_t)-1 || ck->external[at] || zip_stat(ck->zip, ck->target[at], 0, &st) != 0 ||
        !(st.valid & ZIP_STAT_SIZE) || st.size > *room)
        return NULL;
    int bad;
    xmlDoc *doc = read_xml(ck, ck->target[at], room, &bad);
    Buf words = {0}, out = {0};
    if (doc)
        diagram_words(xmlDocGetRootElement(doc), &words, 0);
    if (doc)
        xmlFreeDoc(doc);
    if (words.len > DIAGRAM_WORDS) { /* cut at a character, marked */
        size_t cut = DIAGRAM_WORDS;
        while (cut && ((unsigned char)words.data[cut] & 0xC0) == 0x80)
            cut--;
        words.len = cut;
        buf_puts(&words, "…");
    }
    if (words.len)
        buf_printf(&out, "%s%s%.*s", name ? name : "", name && *name ? ": " : "", (int)words.len, words.data);
    buf_free(&words);
    return out.data;
}

void docx_chunk_close(DocxChunk *c)
{
    free(c->data);
    c->data = NULL;
}

void docx_chunk_escape(Buf *out, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c == '\\' || c == '*' || c == '_' || c == '`' || c == '[')
            buf_putc(out, '\\');
        buf_putc(out, c);
    }
}

ImpPara *docx_chunk_para(DocxChunkSink *s, const char *md, size_t len)
{
    Buf nfc = {0};
    vi_put_nfc(&nfc, md ? md : "", len);
    size_t b = 0, e = nfc.len;
    while (b < e && (nfc.data[b] == ' ' || nfc.data[b] == '\n'))
        b++;
    while (e > b && (nfc.data[e - 1] == ' ' || nfc.data[e - 1] == '\n'))
        e--;
    ImpPara *para = NULL;
    if (e == b) {
        s->gap = 1;
    } else if (s->out->n >= IMPORT_MAX_PARAS) {
        s->too_many = 1;
    } else {
        para = imp_para_add(s->arena, s->out, nfc.data + b, e - b, ++s->para_no);
        para->gap = s->gap;
        s->gap = 0;
    }
    buf_free(&nfc);
    return para;
}

void docx_chunk_text(const char *data, size_t len, DocxChunkSink *s)
{
    Buf line = {0};
    size_t i = 0;
    if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0)
        i = 3;
    while (i < len && !s->too_many) {
        size_t n = strcspn(data + i, "\r\n");
        if (i + n > len)
            n = len - i;
        buf_reset(&line);
        docx_chunk_escape(&line, data + i, n);
        docx_chunk_para(s, line.data, line.len);
        i += n;
        if (i < len && data[i] == '\r' && i + 1 < len && data[i + 1] == '\n')
            i++;
        i++;
    }
    buf_free(&line);
}
