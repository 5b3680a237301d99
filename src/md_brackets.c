/* md_brackets.c - the one reading of a Markdown line's code spans,
 * brackets and inline links.
 *
 * Three passes wrote a plan's Markdown and each read its brackets its own
 * way: the .md writer's last pass (md_sanitize) took any "](" for the
 * start of a link's address, even after an escaped ']' ("x \](https://
 * a.vn)1. b") or a ']' no '[' opens, and left that address bare, which a
 * GFM reader then linked (s40attack L2); the diff report's word diff
 * (diff_atoms.c) paired brackets with a stack outside code spans; its
 * last pass (diff_md.c) scanned back from a ')' for its '['. Here is the
 * one reading: code spans first (backtick runs, md_backtick_span), then
 * brackets outside them and escapes, paired with a stack, then the links
 * every reader reads as links (md_links_read). A writer that needs
 * certainty (an address left unescaped, an address put in angle
 * brackets) asks md_links_read; one that only needs to keep a possible
 * link whole pairs brackets (md_pair_marks). Every pass is linear.
 */
#include "md_brackets.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "md_autolink.h"
#include "util.h"

void md_code_spans(const char *s, size_t n, char *in_code)
{
    MdBacktickRuns runs = {0};
    memset(in_code, 0, n);
    for (size_t from = 0; from < n;) {
        const char *eol = memchr(s + from, '\n', n - from);
        size_t end = eol ? (size_t)(eol - s) : n;
        md_backtick_runs(&runs, s, s + from, s + end);
        size_t code_end = from;
        for (size_t r = 0; r < runs.n; r++) {
            size_t off = runs.off[r], slashes = 0, start;
            if (off < code_end)
                continue;
            while (off - slashes > code_end && s[off - slashes - 1] == '\\')
                slashes++;
            if (!md_backtick_span(&runs, r, slashes, &start, &code_end))
                continue;
            in_code[start] = 1;
            memset(in_code + start + 1, 2, code_end - start - 1);
        }
        from = end + 1;
    }
    md_backtick_runs_free(&runs);
}

void md_pair_marks(const char *s, size_t n, const char *in_code, char open, char close,
                   size_t *partner)
{
    size_t *stack = xmalloc((n + 1) * sizeof *stack), depth = 0;
    for (size_t i = 0; i < n; i++)
        partner[i] = SIZE_MAX;
    for (size_t i = 0; i < n; i++) {
        if (in_code[i])
            continue;
        if (s[i] == '\\') {
            i++; /* the escaped byte is text */
            continue;
        }
        if (s[i] == open)
            stack[depth++] = i;
        else if (s[i] == close && depth) {
            size_t o = stack[--depth];
            partner[o] = i;
            partner[i] = o;
        }
    }
    free(stack);
}

/* The offset of the ')' ending a plain one-word address that starts at
 * s[k] (after "]("), its parentheses balanced as CommonMark and pandoc
 * read them ("https://a.vn/x_(y)"), an escaped one or '_' not counted
 * (the writer's "x\\_\\(y\\)"), or SIZE_MAX. */
static size_t plain_address_end(const char *s, size_t n, size_t k)
{
    size_t depth = 0;
    for (size_t i = k; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '\\' && i + 1 < n && strchr("()_*[]", s[i + 1])) {
            i++; /* "x_\\(y\\)": an escape every reader decodes there */
            continue;
        }
        if (c == ')' && depth-- == 0)
            return i;
        if (c == '(')
            depth++;
        if (c <= ' ' || c == 0x7f || strchr("<>`\\", c))
            return SIZE_MAX;
    }
    return SIZE_MAX;
}

/* Whether the text of the link closed at k (opened at o) holds no
 * bracket a reader would read: outside code spans and unescaped. */
static int plain_link_text(const char *s, const char *in_code, size_t o, size_t k)
{
    for (size_t i = o + 1; i < k; i++) {
        if (in_code[i])
            continue;
        if (s[i] == '\\') {
            i++;
            continue;
        }
        if (s[i] == '[' || s[i] == ']')
            return 0;
    }
    return 1;
}

void md_links_read(MdLinks *l, const char *base, const char *from, const char *eol)
{
    l->n = 0;
    size_t n = (size_t)(eol - from);
    if (!memchr(from, ']', n))
        return;
    if (n > l->scratch_cap) {
        l->scratch_cap = n;
        l->in_code = xrealloc(l->in_code, n);
        l->partner = xrealloc(l->partner, n * sizeof *l->partner);
    }
    md_code_spans(from, n, l->in_code);
    md_pair_marks(from, n, l->in_code, '[', ']', l->partner);
    for (size_t k = 0; k + 1 < n; k++) {
        if (from[k] == '\\' && !l->in_code[k]) {
            k++;
            continue;
        }
        if (from[k] != ']' || from[k + 1] != '(' || l->in_code[k])
            continue;
        size_t o = l->partner[k], end = plain_address_end(from, n, k + 2);
        if (o == SIZE_MAX || o > k || end == SIZE_MAX || (o > 0 && from[o - 1] == ']') ||
            !plain_link_text(from, l->in_code, o, k))
            return; /* the rest of the line is not certain */
        if (l->n == l->cap) {
            l->cap = l->cap ? l->cap * 2 : 8;
            l->close = xrealloc(l->close, l->cap * sizeof *l->close);
            l->dest_end = xrealloc(l->dest_end, l->cap * sizeof *l->dest_end);
        }
        l->close[l->n] = (size_t)(from - base) + k;
        l->dest_end[l->n] = (size_t)(from - base) + end;
        l->n++;
        k = end;
    }
}

void md_links_free(MdLinks *l)
{
    free(l->close);
    free(l->dest_end);
    free(l->in_code);
    free(l->partner);
    memset(l, 0, sizeof *l);
}

int md_link_angled(const char *dest, const char *dest_end, const char *end)
{
    int url = 0;
    for (const char *p = dest; !url && p + 2 < dest_end; p++)
        url = p[0] == ':' && p[1] == '/' && p[2] == '/';
    if (!url && !(dest_end - dest >= 4 && strncasecmp(dest, "www.", 4) == 0))
        return 0;
    /* the bytes after its ')' up to a blank: only what GFM trims from a
     * bare URL's end leaves the rest read right */
    for (const char *p = dest_end + 1; p < end && (unsigned char)*p > ' '; p++)
        if (!strchr(".,:;!?\"')*_~", *p))
            return 1;
    return 0;
}
