/* docx_bind.c - content controls bound to the document's data.
 *
 * A content control may be bound to a node of a data store
 * (w:sdtPr/w:dataBinding: a store's w:storeItemID, a w:xpath in it, the
 * w:prefixMappings of its prefixes): the document's core properties (a
 * template's Title control), its extended properties (Company), or a
 * custom XML part (customXml/item1.xml, named by the w:itemID of its item
 * properties). Word and LibreOffice show such a control with the text of
 * its node when they open the file, not the text saved in the control:
 * a file whose store says "năm 2099" and whose control was saved with
 * "năm 2024" (a script edited one and not the other) shows 2099 in both,
 * LibreOffice 7.4 checked; import read the saved 2024 (s50attack F5).
 * Here each bound control of the main part, of a page header and of a
 * footer (docx_margins.c: a template's date control in the first page's
 * header showed its saved date, s51word F2) is given what it shows of
 * its node's value before the reader walks the part: a plain-text
 * control the text, a date picker, a drop-down list or a combo box what
 * docx_sdtval.c makes of it (their saved text was read, s51word F1); a
 * rich-text control, whose binding ECMA-376 17.5.2.6 says is ignored,
 * keeps its content. A custom XML part is
 * found as Word and LibreOffice find it, through the main part's
 * relationships of type customXml and the item's own to its properties.
 * Only a plain location path is evaluated ("/ns1:coreProperties[1]/ns0:
 * title[1]", as Word writes them; by libxml2's XPath), at most
 * DOCX_BIND_MAX controls, the store parts read here are at most
 * BIND_BYTES together, and the text they give BIND_TEXT: a path that is no plain one, a store or node that
 * is not there, keeps the control's saved text. (LibreOffice 7.4 shows a
 * drop-down's, a date's and a combo box's saved text, and nothing of the
 * page headers in its text export: Word is followed, as the standard
 * says.)
 */
#include "docx_bind.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include "docx_part.h"
#include "docx_rels.h"
#include "docx_sdtval.h"
#include "docx_tree.h"

#define CORE_STORE "{6C3C8BC8-F283-45AE-878A-BAB7291924A1}"
#define APP_STORE "{6668398D-A668-4E3E-A5EB-62B293D839F1}"

/* The bytes of store parts (and the relationships and item properties
 * that find them) one import reads here, and the custom XML items it
 * looks at: a template has a few of a few KB. */
enum { BIND_BYTES = 32 << 20, BIND_ITEMS = 64 };

/* The text the bound controls of one import may take from their stores
 * together: a title or a date each; 64 controls bound to one node of 30
 * MB would have copied 2 GB into the tree. Past it a control keeps its
 * saved text. */
#define BIND_TEXT ((size_t)4 << 20)

typedef struct Bind {
    Arena *arena;
    DiagSink *diags;
    const char *path;
    zip_t *zip;
    size_t *budget;
    size_t left;      /* of BIND_BYTES */
    size_t text_left; /* of BIND_TEXT */
    int failed;
    const char *main_rels, *folder; /* the main part's relationships, its folder */
    const char *item_id[BIND_ITEMS];
    const char *item_part[BIND_ITEMS];
    int n_items, items_read;
} Bind;

/* The part name parsed, within the bytes left; NULL when it is not there
 * or past them (b->failed after a diagnostic: a damaged part). */
static xmlDoc *read_xml(Bind *b, const char *name)
{
    zip_stat_t st;
    zip_stat_init(&st);
    if ((zip_stat(b->zip, name, 0, &st) != 0 && zip_stat(b->zip, name, ZIP_FL_NOCASE, &st) != 0) ||
        !(st.valid & ZIP_STAT_SIZE) || st.size > b->left)
        return NULL;
    b->left -= (size_t)st.size;
    size_t len = 0;
    int missing = 0;
    char *data = docx_read_part(b->diags, b->path, b->zip, name, &len, &missing, b->budget);
    if (!data) {
        b->failed |= !missing;
        return NULL;
    }
    xmlDoc *doc = docx_parse_xml(b->diags, b->path, name, data, len);
    free(data);
    b->failed |= !doc;
    return doc;
}

/* The target of relationship r (an element of a parsed relationships
 * part) when its type ends with `type` and it names a part of the
 * package, resolved from folder; else NULL. */
static const char *rel_typed(Bind *b, const xmlNode *r, const char *type, const char *folder)
{
    char *t = docx_attr(r, "Type"), *target = docx_attr(r, "Target");
    char *mode = docx_attr(r, "TargetMode");
    size_t tl = t ? strlen(t) : 0, want = strlen(type);
    const char *found = NULL;
    if (tl >= want && strcmp(t + tl - want, type) == 0 && target && !mode)
        found = docx_rel_resolve(b->arena, folder, target);
    xmlFree(t);
    xmlFree(target);
    xmlFree(mode);
    return found;
}

/* The first element child of rels' root (NULL without one). */
static const xmlNode *first_rel(xmlDoc *rels)
{
    const xmlNode *root = rels ? xmlDocGetRootElement(rels) : NULL;
    return root ? root->children : NULL;
}

/* The relationships part of part name ("customXml/_rels/item1.xml.rels")
 * and its folder ("customXml/"), in arena memory. */
static const char *rels_of(Bind *b, const char *name, const char **folder)
{
    const char *slash = strrchr(name, '/');
    size_t dir = slash ? (size_t)(slash - name) + 1 : 0;
    *folder = arena_strndup(b->arena, name, dir);
    return arena_printf(b->arena, "%.*s_rels/%s.rels", (int)dir, name, name + dir);
}

/* The custom XML items the main part's relationships (main_rels, its
 * folder) name, and the w:itemID their item properties give, read once:
 * the first BIND_ITEMS relationships of type customXml, each once. (The
 * walk began again at the first relationship after the last, and a .docx
 * whose one item had no item properties looped forever, taking memory
 * until the system killed it: s50fuzz F3.) */
static void find_items(Bind *b, const char *main_rels, const char *folder)
{
    if (b->items_read)
        return;
    b->items_read = 1;
    xmlDoc *rels = read_xml(b, main_rels);
    int tried = 0;
    for (const xmlNode *r = first_rel(rels); r && tried < BIND_ITEMS && !b->failed; r = r->next) {
        const char *item = rel_typed(b, r, "/relationships/customXml", folder);
        if (!item)
            continue;
        tried++;
        const char *item_folder, *item_rels = rels_of(b, item, &item_folder), *props = NULL;
        xmlDoc *ir = read_xml(b, item_rels);
        for (const xmlNode *p = first_rel(ir); p && !props; p = p->next)
            props = rel_typed(b, p, "/relationships/customXmlProps", item_folder);
        xmlFreeDoc(ir);
        xmlDoc *pd = props ? read_xml(b, props) : NULL;
        char *id = pd ? docx_attr(xmlDocGetRootElement(pd), "itemID") : NULL;
        if (id) {
            b->item_id[b->n_items] = arena_strdup(b->arena, id);
            b->item_part[b->n_items++] = item;
        }
        xmlFree(id);
        xmlFreeDoc(pd);
    }
    xmlFreeDoc(rels);
}

/* The part that holds store id, or NULL. */
static const char *store_part(Bind *b, const char *id)
{
    if (strcasecmp(id, CORE_STORE) == 0)
        return "docProps/core.xml";
    if (strcasecmp(id, APP_STORE) == 0)
        return "docProps/app.xml";
    find_items(b, b->main_rels, b->folder);
    for (int k = 0; k < b->n_items; k++)
        if (strcasecmp(b->item_id[k], id) == 0)
            return b->item_part[k];
    return NULL;
}

/* Whether an XML name starts at s: its length, else 0. */
static size_t name_len(const char *s)
{
    size_t n = 0;
    while (s[n] && (strchr("_-.", s[n]) || (s[n] >= 'a' && s[n] <= 'z') || (s[n] >= 'A' && s[n] <= 'Z') ||
                    (s[n] >= '0' && s[n] <= '9') || (unsigned char)s[n] >= 0x80))
        n++;
    return n && !(s[0] >= '0' && s[0] <= '9') && s[0] != '-' && s[0] != '.' ? n : 0;
}

/* Whether xp is a plain location path: steps "/p:name[N]" or "/name",
 * the last one may be an attribute "/@p:name". Any other XPath is not
 * evaluated (its cost is not bounded). */
static int plain_path(const char *xp)
{
    if (!xp || *xp != '/')
        return 0;
    while (*xp == '/') {
        xp++;
        int attr = *xp == '@';
        xp += attr;
        size_t n = name_len(xp);
        if (!n)
            return 0;
        xp += n;
        if (*xp == ':') {
            n = name_len(xp + 1);
            if (!n)
                return 0;
            xp += 1 + n;
        }
        if (!attr && *xp == '[') {
            size_t d = strspn(xp + 1, "0123456789");
            if (!d || xp[1 + d] != ']')
                return 0;
            xp += d + 2;
        }
        if (attr)
            return *xp == '\0';
    }
    return *xp == '\0';
}

/* Registers the prefixes of a w:prefixMappings ("xmlns:ns0='uri'
 * xmlns:ns1="uri"") with ctx. */
static void register_prefixes(xmlXPathContext *ctx, const char *maps)
{
    for (const char *s = maps; s && (s = str_find(s, "xmlns:")) != NULL;) {
        s += 6;
        size_t n = strcspn(s, "=");
        const char *q = s + n;
        if (!s[n] || (q[1] != '\'' && q[1] != '"'))
            break;
        const char *end = strchr(q + 2, q[1]);
        if (!end)
            break;
        char *prefix = strndup(s, n), *uri = strndup(q + 2, (size_t)(end - q - 2));
        xmlXPathRegisterNs(ctx, (const xmlChar *)prefix, (const xmlChar *)uri);
        free(prefix);
        free(uri);
        s = end + 1;
    }
}

/* The text of the node xpath selects in store (libxml2's string), or NULL. */
static xmlChar *node_text(xmlDoc *store, const char *xpath, const char *maps)
{
    xmlXPathContext *ctx = xmlXPathNewContext(store);
    if (!ctx)
        return NULL;
    register_prefixes(ctx, maps);
    xmlXPathObject *res = xmlXPathEvalExpression((const xmlChar *)xpath, ctx);
    xmlChar *text = NULL;
    if (res && res->type == XPATH_NODESET && res->nodesetval && res->nodesetval->nodeNr > 0)
        text = xmlNodeGetContent(res->nodesetval->nodeTab[0]);
    xmlXPathFreeObject(res);
    xmlXPathFreeContext(ctx);
    return text;
}

/* A run of text (its '\n' as w:br) with a copy of rpr, in sdt's namespace. */
static xmlNode *text_run(xmlNode *sdt, const xmlNode *rpr, const char *text)
{
    xmlNode *r = xmlNewDocNode(sdt->doc, sdt->ns, (const xmlChar *)"r", NULL);
    if (rpr)
        xmlAddChild(r, xmlDocCopyNode((xmlNode *)rpr, sdt->doc, 1));
    for (const char *s = text; *s;) {
        size_t n = strcspn(s, "\r\n");
        if (n) {
            char *piece = strndup(s, n);
            xmlNode *t = xmlNewDocNode(sdt->doc, sdt->ns, (const xmlChar *)"t", NULL);
            xmlNodeAddContent(t, (const xmlChar *)piece);
            xmlNodeSetSpacePreserve(t, 1);
            xmlAddChild(r, t);
            free(piece);
        }
        s += n;
        if (*s) {
            xmlAddChild(r, xmlNewDocNode(sdt->doc, sdt->ns, (const xmlChar *)"br", NULL));
            s += s[0] == '\r' && s[1] == '\n' ? 2 : 1;
        }
    }
    return r;
}

/* Removes the element children of n but those named keep (NULL: all). */
static void clear(xmlNode *n, const char *keep)
{
    for (xmlNode *c = n->children, *next; c; c = next) {
        next = c->next;
        if (!keep || !docx_is(c, keep)) {
            xmlUnlinkNode(c);
            xmlFreeNode(c);
        }
    }
}

/* sdt's content made one run of text: in its one paragraph when it holds
 * paragraphs (a control of a block), else in its place among the runs; a
 * control of rows or cells is left. */
static void set_content(xmlNode *sdt, const char *text)
{
    xmlNode *content = (xmlNode *)docx_child(sdt, "sdtContent");
    if (!content || docx_find_under(content, "tc", 0) || docx_find_under(content, "tbl", 0))
        return;
    const xmlNode *first = docx_find_under(content, "r", 0);
    xmlNode *rpr = first ? xmlDocCopyNode((xmlNode *)docx_child(first, "rPr"), sdt->doc, 1) : NULL;
    xmlNode *p = (xmlNode *)docx_child(content, "p");
    if (p) {
        xmlUnlinkNode(p);
        clear(content, NULL);
        clear(p, "pPr");
        xmlAddChild(content, p);
        xmlAddChild(p, text_run(sdt, rpr, text));
    } else {
        clear(content, NULL);
        xmlAddChild(content, text_run(sdt, rpr, text));
    }
    xmlFreeNode(rpr);
    xmlNode *pr = (xmlNode *)docx_child(sdt, "sdtPr"), *shown = (xmlNode *)docx_child(pr, "showingPlcHdr");
    if (shown && *text) { /* its text now the store's, no placeholder */
        xmlUnlinkNode(shown);
        xmlFreeNode(shown);
    }
}

/* A date picker whose picture docx_sdt_shown cannot write (a day or a
 * month in words, AM/PM) keeps its saved text, and Word shows the stored
 * date there: its first run is marked (DOCX_BIND_UNSHOWN: the stored
 * value and the picture) for the reader's note (docx_kept.c), where it
 * was read silently (s52import F2: a weekday in the place and date line,
 * the plan dated 2024-01 where Word shows 15/01/2025). */
static void put_cut(Buf *out, const char *s, size_t max)
{
    size_t n = strcspn(s, "\r\n");
    if (n > max) /* at a character's first byte */
        for (n = max; n && ((unsigned char)s[n] & 0xC0) == 0x80; n--)
            ;
    buf_putn(out, s, n);
}

static void mark_unshown(xmlNode *sdt, const char *value)
{
    xmlNode *r = (xmlNode *)docx_find_under(docx_child(sdt, "sdtContent"), "r", 0);
    char *pic = docx_attr(docx_child(docx_child(docx_child(sdt, "sdtPr"), "date"), "dateFormat"), "val");
    if (r) {
        Buf note = {0}; /* a dateTime is 19 bytes, a picture a few dozen */
        put_cut(&note, value + strspn(value, " \t\r\n"), 40);
        buf_puts(&note, " ('");
        put_cut(&note, pic ? pic : "", 80);
        buf_puts(&note, "')");
        xmlSetProp(r, BAD_CAST DOCX_BIND_UNSHOWN, BAD_CAST buf_str(&note));
        buf_free(&note);
    }
    xmlFree(pic);
}

/* The bound controls under n, up to DOCX_BIND_MAX in all (*count). One
 * inside another is not looked at: the outer's store text replaces all it
 * holds, as Word shows it, and set_content freed the inner, which was
 * then read from freed memory (valgrind's 'Invalid read' in bind_store:
 * a .docx of two such controls, one in the other, s51review B1). */
static void collect(xmlNode *n, xmlNode **found, int *count, int depth)
{
    for (xmlNode *c = n->children; c && depth < DOCX_MAX_DEPTH && *count < DOCX_BIND_MAX; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        const xmlNode *pr = docx_is(c, "sdt") ? docx_child(c, "sdtPr") : NULL;
        if (docx_child(pr, "dataBinding") && docx_sdt_bindable(pr))
            found[(*count)++] = c;
        else
            collect(c, found, count, depth + 1);
    }
}

/* Binds every control of found[0..n) whose store is id, from its part. */
static void bind_store(Bind *b, xmlNode **found, int n, const char *id)
{
    const char *part = store_part(b, id);
    xmlDoc *store = part ? read_xml(b, part) : NULL;
    for (int k = 0; k < n; k++) { /* without the store: each keeps its saved text */
        if (!found[k])
            continue;
        const xmlNode *db = docx_child(docx_child(found[k], "sdtPr"), "dataBinding");
        char *sid = docx_attr(db, "storeItemID"), *xp = docx_attr(db, "xpath");
        char *maps = docx_attr(db, "prefixMappings");
        if (sid && strcasecmp(sid, id) == 0) {
            xmlChar *value = store && plain_path(xp) ? node_text(store, xp, maps) : NULL;
            char *text = value ? docx_sdt_shown(docx_child(found[k], "sdtPr"), (const char *)value) : NULL;
            size_t len = text ? strlen(text) : 0;
            if (text && len <= b->text_left) {
                b->text_left -= len;
                set_content(found[k], text);
            } else if (value && !text && docx_child(docx_child(found[k], "sdtPr"), "date")) {
                mark_unshown(found[k], (const char *)value);
            }
            free(text);
            xmlFree(value);
            found[k] = NULL;
        }
        xmlFree(sid);
        xmlFree(xp);
        xmlFree(maps);
    }
    xmlFreeDoc(store);
}

int docx_bind(Arena *arena, DiagSink *diags, const char *path, zip_t *zip, xmlDoc *doc,
              const char *main_rels, const char *folder, size_t *budget)
{
    xmlNode *found[DOCX_BIND_MAX];
    int n = 0;
    xmlNode *root = xmlDocGetRootElement(doc);
    if (root)
        collect(root, found, &n, 0);
    if (!n)
        return 0;
    Bind b = {.arena = arena, .diags = diags, .path = path, .zip = zip, .budget = budget,
              .left = BIND_BYTES, .text_left = BIND_TEXT, .main_rels = main_rels, .folder = folder};
    for (int k = 0; k < n && !b.failed; k++) {
        if (!found[k])
            continue;
        char *id = docx_attr(docx_child(docx_child(found[k], "sdtPr"), "dataBinding"), "storeItemID");
        if (id)
            bind_store(&b, found, n, id); /* every control of that store, one read */
        else
            found[k] = NULL;
        xmlFree(id);
    }
    return b.failed ? -1 : 0;
}
