/* markup_cost.c - the shape of a text of XML or HTML that decides what
 * libxml2's parsers pay for it beyond its length, read before they run.
 *
 * The parsers of libxml2 2.9 (Debian 12's) do two things whose time grows
 * as a square: each attribute of a tag is compared with the tag's others
 * (a duplicate is an error), and each element's and attribute's prefix is
 * looked up among the namespace declarations in scope. The limits on a
 * part's size and tags (docx_part.c) left both open: one tag of 100,000
 * attributes in a .docx of 500 KB, or in an HTML table of a .md, took
 * minutes, and so did 10,000 namespaces declared on the root over a
 * million elements (s47attack). It also keeps each name it reads (of an
 * element, an attribute, a namespace) in a dictionary that stops growing
 * at 4,608 chains, so a million distinct element names took a minute too.
 * A real document holds a few attributes a tag, about 40 declarations at
 * its root and a few hundred names, so a text past MARKUP_MAX_ATTRS,
 * MARKUP_MAX_NS or MARKUP_MAX_NAMES is refused by its reader before it is
 * parsed (import's KH755 for a .docx's part, a .md's HTML table left as
 * written); within them the work is linear in the text. One pass, with a
 * fixed stack of declaration counts and a fixed table of names.
 */
#include "markup_cost.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

/* The distinct names seen, in a table of open addressing: counting stops
 * one past the limit. Its slots (a power of two, mask + 1) are twice
 * MARKUP_MAX_NAMES, or fewer for a short text, which holds at most one
 * name in two of its bytes (a name and what ends it): at least twice its
 * names either way. A table of 196 KB made and cleared for each of 8,000
 * page footers of 300 bytes took 10 s under AddressSanitizer (each an
 * mmap, 48 page faults and an munmap; fiximp26 in session 51's CI). */
enum { NAME_SLOTS = 2 * MARKUP_MAX_NAMES };
typedef struct {
    const char **at;
    uint32_t *len;
    size_t mask;
    size_t n;
} Names;

/* Counts s[0..len) among the names seen, once however often it is read */
static void name_seen(Names *names, const char *s, size_t len)
{
    if (names->n > MARKUP_MAX_NAMES || len == 0)
        return;
    uint32_t h = 2166136261u; /* FNV-1a */
    for (size_t k = 0; k < len; k++)
        h = (h ^ (unsigned char)s[k]) * 16777619u;
    for (size_t slot = h & names->mask;; slot = (slot + 1) & names->mask) {
        if (!names->at[slot]) {
            names->at[slot] = s;
            names->len[slot] = (uint32_t)(len < UINT32_MAX ? len : UINT32_MAX);
            names->n++;
            return;
        }
        if (names->len[slot] == len && memcmp(names->at[slot], s, len) == 0)
            return;
    }
}

/* Open elements whose declarations are remembered; deeper ones (which
 * libxml2 refuses past 256 anyway) keep theirs in scope, an upper bound. */
enum { NS_STACK = 512 };

static int blank(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

/* The index past the first `end` (a NUL-free marker) at or after i in
 * s[0..len), or len when there is none */
static size_t past(const char *s, size_t len, size_t i, const char *end)
{
    size_t k = strlen(end);
    while (i < len) {
        const char *p = memchr(s + i, end[0], len - i);
        if (!p)
            return len;
        i = (size_t)(p - s);
        if (len - i >= k && memcmp(s + i, end, k) == 0)
            return i + k;
        i++;
    }
    return len;
}

/* Reads the start tag whose name begins at s[i] up to its '>': its
 * attributes counted into *attrs, its namespace declarations into *ns,
 * *closed 1 when it ends "/>". Returns the index past the '>' (len when
 * the text ends first). */
static size_t start_tag(const char *s, size_t len, size_t i, size_t *attrs, size_t *ns,
                        int *closed, Names *names)
{
    size_t from = i;
    while (i < len && !blank(s[i]) && s[i] != '/' && s[i] != '>')
        i++; /* the element's name */
    name_seen(names, s + from, i - from);
    *attrs = *ns = 0;
    *closed = 0;
    while (i < len) {
        char c = s[i];
        if (c == '>')
            return i + 1;
        if (blank(c) || c == '/') {
            *closed = c == '/' ? 1 : *closed;
            i++;
            continue;
        }
        *closed = 0;
        size_t name = i;
        while (i < len && !blank(s[i]) && s[i] != '=' && s[i] != '>' && s[i] != '/')
            i++;
        (*attrs)++;
        name_seen(names, s + name, i - name);
        int declares = i - name >= 5 && memcmp(s + name, "xmlns", 5) == 0 &&
                       (i - name == 5 || s[name + 5] == ':');
        *ns += declares;
        while (i < len && blank(s[i]))
            i++;
        if (i >= len || s[i] != '=')
            continue; /* a bare attribute (HTML) */
        i++;
        while (i < len && blank(s[i]))
            i++;
        if (i < len && (s[i] == '"' || s[i] == '\'')) {
            const char *q = memchr(s + i + 1, s[i], len - i - 1);
            if (q && declares) /* the namespace's name */
                name_seen(names, s + i + 1, (size_t)(q - (s + i + 1)));
            i = q ? (size_t)(q - s) + 1 : len;
        } else {
            while (i < len && !blank(s[i]) && s[i] != '>')
                i++;
        }
    }
    return len;
}

/* 1 when s[0..n) is blanks only */
static int all_blank(const char *s, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (!blank(s[k]))
            return 0;
    return 1;
}

void markup_shape(const char *s, size_t len, MarkupShape *out)
{
    out->most_attrs = out->most_ns = 0;
    size_t stack[NS_STACK];
    size_t depth = 0, in_scope = 0, i = 0;
    size_t slots = 16;
    while (slots < NAME_SLOTS && slots < len)
        slots *= 2;
    Names table = {.at = xmalloc(slots * sizeof *table.at), .len = xmalloc(slots * sizeof *table.len),
                   .mask = slots - 1, .n = 0};
    memset(table.at, 0, slots * sizeof *table.at);
    Names *names = &table;
    while (i < len) {
        const char *lt = memchr(s + i, '<', len - i);
        if (!lt)
            break;
        size_t text = (size_t)(lt - s) - i; /* blanks libxml2 keeps by name */
        if (text >= 16 && text < 60 && all_blank(s + i, text))
            name_seen(names, s + i, text);
        i = (size_t)(lt - s) + 1;
        if (len - i >= 3 && memcmp(s + i, "!--", 3) == 0) {
            i = past(s, len, i + 3, "-->");
        } else if (len - i >= 8 && memcmp(s + i, "![CDATA[", 8) == 0) {
            i = past(s, len, i + 8, "]]>");
        } else if (i < len && s[i] == '?') {
            i = past(s, len, i + 1, "?>");
        } else if (i < len && s[i] == '!') {
            i = past(s, len, i + 1, ">");
        } else if (i < len && s[i] == '/') {
            if (depth > 0 && --depth < NS_STACK)
                in_scope -= stack[depth];
            i = past(s, len, i + 1, ">");
        } else if (i < len && !blank(s[i]) && s[i] != '>' && s[i] != '<') {
            size_t attrs, ns;
            int closed;
            i = start_tag(s, len, i, &attrs, &ns, &closed, names);
            if (attrs > out->most_attrs)
                out->most_attrs = attrs;
            if (in_scope + ns > out->most_ns)
                out->most_ns = in_scope + ns;
            if (!closed) {
                if (depth < NS_STACK)
                    stack[depth] = ns;
                depth++;
                in_scope += ns;
            }
        }
    }
    out->names = names->n;
    free(table.at);
    free(table.len);
}

int markup_within(const char *s, size_t len, MarkupShape *out)
{
    markup_shape(s, len, out);
    return out->most_attrs <= MARKUP_MAX_ATTRS && out->most_ns <= MARKUP_MAX_NS &&
           out->names <= MARKUP_MAX_NAMES;
}
