/* docx_mce.c - Markup Compatibility on a .docx's parts, as Word reads it.
 *
 * A part may hold markup an older or another reader does not know, and
 * say what such a reader does with it (ECMA-376 Part 3): an
 * mc:AlternateContent offers mc:Choice branches, each requiring the
 * namespaces its Requires names, and an mc:Fallback; a reader takes the
 * first Choice whose namespaces it understands, else the Fallback. An
 * element of a namespace mc:Ignorable lists is left out, with all it
 * holds, by a reader that does not understand that namespace, unless
 * mc:ProcessContent names it (then what it holds is read in its place).
 * Word follows both; LibreOffice 7.4 takes the Fallback of a Choice it
 * does not understand too. Import read every Choice and never a Fallback,
 * and went into every element it did not know: a Choice requiring a
 * third party's namespace, "năm 2099" over a Fallback "năm 2024", and a
 * paragraph in an ignorable namespace of no one's, were read as the
 * plan's, exit 0, though no reviewer in Word saw them (s50attack F1, F2).
 * Here each part is resolved once, right after it is parsed, so that
 * every reader below (runs, text boxes, tables, notes) sees what Word
 * reads and decides nothing of it again. Word understands the Open XML
 * namespaces and Microsoft Office's (w14, w15, wps, wpg, a14, ...: every
 * Choice Word itself writes requires one of those), and no other.
 */
#include <stdio.h>
#include <string.h>

#include "docx_mce.h"
#include "docx_tree.h"

#define MCE_NS "http://schemas.openxmlformats.org/markup-compatibility/2006"

/* The names one attribute's list is read for (a real file lists about
 * 15), and the prefixes one part may look up: each look-up walks the
 * element's ancestors (up to 256) and the declarations in scope (up to
 * MARKUP_MAX_NS), and a part of 32 MiB could ask millions; Word writes a
 * list on a part's root and one prefix per mc:Choice. Past the budget a
 * prefix names nothing: a Choice is not taken (its Fallback is), a list
 * adds nothing. */
enum { MCE_MAX_NAMES = 64, MCE_MAX_LOOKUPS = 65536 };

/* The ignorable namespaces in scope, the elements whose content is
 * processed (local "*": every element of that namespace), and the
 * look-ups the part has left. */
typedef struct Scope {
    const xmlChar *ignorable[MCE_MAX_NAMES];
    int n_ignorable;
    const xmlChar *process_ns[MCE_MAX_NAMES];
    char process_local[MCE_MAX_NAMES][64];
    int n_process;
    long lookups_left;
} Scope;

int docx_mce_understood(const xmlChar *uri)
{
    static const char *const known[] = {"http://schemas.openxmlformats.org/",
                                        "http://purl.oclc.org/ooxml/",
                                        "http://schemas.microsoft.com/office/",
                                        "urn:schemas-microsoft-com:",
                                        "http://www.w3.org/XML/1998/namespace", NULL};
    for (int k = 0; uri && known[k]; k++)
        if (strncmp((const char *)uri, known[k], strlen(known[k])) == 0)
            return 1;
    return 0;
}

/* The next blank-separated token of *at into tok (at most cap - 1 bytes;
 * a longer one is cut, and then names nothing declared); 0 at the end,
 * and after MCE_MAX_NAMES tokens of one list (*count). */
static int next_token(const char **at, char *tok, size_t cap, int *count)
{
    if (++*count > MCE_MAX_NAMES)
        return 0;
    const char *s = *at + strspn(*at, " \t\r\n");
    size_t n = strcspn(s, " \t\r\n");
    if (!n)
        return 0;
    size_t k = n < cap - 1 ? n : cap - 1;
    memcpy(tok, s, k);
    tok[k] = '\0';
    *at = s + n;
    return 1;
}

/* The namespace prefix names on n, or NULL for an undeclared one (and
 * once the part's look-ups are spent). */
static const xmlChar *prefix_uri(xmlDoc *doc, xmlNode *n, const char *prefix, Scope *s)
{
    if (s->lookups_left <= 0)
        return NULL;
    s->lookups_left--;
    xmlNs *ns = xmlSearchNs(doc, n, (const xmlChar *)prefix);
    return ns ? ns->href : NULL;
}

/* Whether every prefix of a Choice's Requires names a namespace Word
 * understands (an undeclared one does not; nor does an empty list). */
static int choice_understood(xmlDoc *doc, xmlNode *choice, Scope *s)
{
    xmlChar *req = xmlGetProp(choice, (const xmlChar *)"Requires");
    const char *at = (const char *)req;
    char tok[128];
    int any = 0, ok = req != NULL, count = 0;
    while (ok && next_token(&at, tok, sizeof tok, &count)) {
        any = 1;
        ok = docx_mce_understood(prefix_uri(doc, choice, tok, s));
    }
    if (count > MCE_MAX_NAMES)
        ok = 0; /* more than any Choice requires: not read to its end */
    xmlFree(req);
    return ok && any;
}

static int is_mce(const xmlNode *n, const char *name)
{
    return docx_is(n, name) && n->ns && xmlStrEqual(n->ns->href, (const xmlChar *)MCE_NS);
}

/* Of an mc:AlternateContent, the branch Word takes kept, the others
 * removed. */
static void choose(xmlDoc *doc, xmlNode *alt, Scope *s)
{
    xmlNode *kept = NULL;
    for (xmlNode *c = alt->children; c && !kept; c = c->next)
        if (is_mce(c, "Choice") && choice_understood(doc, c, s))
            kept = c;
    for (xmlNode *c = alt->children; c && !kept; c = c->next)
        if (is_mce(c, "Fallback"))
            kept = c;
    for (xmlNode *c = alt->children, *next; c; c = next) {
        next = c->next;
        if (c != kept && c->type == XML_ELEMENT_NODE) {
            xmlUnlinkNode(c);
            xmlFreeNode(c);
        }
    }
}

/* A resolved mc:AlternateContent (one branch left, or none) replaced in
 * its parent by what its branch holds: Word reads the branch's content
 * where the AlternateContent stands, and a reader that knows w:t, w:tab or
 * w:br only as a run's children did not find them in a run's
 * AlternateContent (a run's text lost, s50fuzz). The namespaces declared
 * on the two elements move to the parent, last, so that what they held
 * keeps them. One with more than one branch (not resolved: past
 * DOCX_MAX_DEPTH) is left. */
static void unwrap(xmlNode *alt)
{
    xmlNode *branch = NULL, *parent = alt->parent;
    for (xmlNode *c = alt->children; c; c = c->next)
        if (c->type == XML_ELEMENT_NODE) {
            if (branch)
                return;
            branch = c;
        }
    if (!parent || parent->type != XML_ELEMENT_NODE)
        return;
    xmlNs **tail = &parent->nsDef;
    while (*tail)
        tail = &(*tail)->next;
    *tail = alt->nsDef;
    alt->nsDef = NULL;
    while (*tail)
        tail = &(*tail)->next;
    if (branch) {
        *tail = branch->nsDef;
        branch->nsDef = NULL;
        for (xmlNode *c = branch->children, *next; c; c = next) {
            next = c->next;
            xmlUnlinkNode(c);
            xmlAddPrevSibling(alt, c);
        }
    }
    xmlUnlinkNode(alt);
    xmlFreeNode(alt);
}

/* n's mc:Ignorable and mc:ProcessContent added to the scope. */
static void add_scope(xmlDoc *doc, xmlNode *n, Scope *s)
{
    xmlChar *ign = xmlGetNsProp(n, (const xmlChar *)"Ignorable", (const xmlChar *)MCE_NS);
    xmlChar *proc = xmlGetNsProp(n, (const xmlChar *)"ProcessContent", (const xmlChar *)MCE_NS);
    const char *at = (const char *)ign;
    char tok[128];
    int count = 0;
    while (at && s->n_ignorable < MCE_MAX_NAMES && next_token(&at, tok, sizeof tok, &count)) {
        const xmlChar *uri = prefix_uri(doc, n, tok, s);
        if (uri && !docx_mce_understood(uri))
            s->ignorable[s->n_ignorable++] = uri;
    }
    at = (const char *)proc;
    count = 0;
    while (at && s->n_process < MCE_MAX_NAMES && next_token(&at, tok, sizeof tok, &count)) {
        char *colon = strchr(tok, ':');
        if (!colon)
            continue;
        *colon = '\0';
        const xmlChar *uri = prefix_uri(doc, n, tok, s);
        if (!uri)
            continue;
        s->process_ns[s->n_process] = uri;
        snprintf(s->process_local[s->n_process], sizeof s->process_local[0], "%s", colon + 1);
        s->n_process++;
    }
    xmlFree(ign);
    xmlFree(proc);
}

/* Whether Word leaves element n out, with what it holds: its namespace
 * ignorable in scope, and its content not to be processed. */
static int ignored(const xmlNode *n, const Scope *s)
{
    if (!n->ns || docx_mce_understood(n->ns->href))
        return 0;
    int listed = 0;
    for (int k = 0; k < s->n_ignorable && !listed; k++)
        listed = xmlStrEqual(s->ignorable[k], n->ns->href);
    for (int k = 0; k < s->n_process && listed; k++)
        if (xmlStrEqual(s->process_ns[k], n->ns->href) &&
            (strcmp(s->process_local[k], "*") == 0 ||
             strcmp(s->process_local[k], (const char *)n->name) == 0))
            listed = 0;
    return listed;
}

static void resolve(xmlDoc *doc, xmlNode *n, Scope *s, int depth)
{
    if (depth > DOCX_MAX_DEPTH)
        return;
    int n_ign = s->n_ignorable, n_proc = s->n_process;
    add_scope(doc, n, s);
    if (is_mce(n, "AlternateContent"))
        choose(doc, n, s);
    for (xmlNode *c = n->children, *next; c; c = next) {
        next = c->next;
        if (c->type != XML_ELEMENT_NODE)
            continue;
        if (ignored(c, s)) {
            xmlUnlinkNode(c);
            xmlFreeNode(c);
            continue;
        }
        resolve(doc, c, s, depth + 1);
        if (is_mce(c, "AlternateContent") && depth + 1 <= DOCX_MAX_DEPTH)
            unwrap(c);
    }
    s->n_ignorable = n_ign;
    s->n_process = n_proc;
}

void docx_mce_resolve(xmlDoc *doc)
{
    xmlNode *root = doc ? xmlDocGetRootElement(doc) : NULL;
    if (!root)
        return;
    Scope s;
    memset(&s, 0, sizeof s);
    s.lookups_left = MCE_MAX_LOOKUPS;
    resolve(doc, root, &s, 0);
}
