/* diff_atoms.c - the Markdown report's word diff keeps a code span and a
 * link whole.
 *
 * `khgen diff -f md` shows a changed paragraph word by word, its marks
 * ("~~", "**") put between the words of the plan's Markdown. A word diff
 * that cut inside a code span or a link put the marks inside it: "`x a`"
 * edited to "`x b`" printed "`x ~~a`~~**b`**", a code span holding the
 * tildes and a bold backtick, and "[x a](https://a.vn)" a link whose text
 * held "~~a" followed by the raw "b](https://a.vn)" (s39attack). In that
 * report a code span, a link or a picture ("[words](address)",
 * "![words](file)", "[words][ref]", "[words]") is one token: changed, it
 * is shown deleted and inserted whole. Where the spans are is read as the
 * report's reader reads them, in one pass: code spans first, then
 * brackets and parentheses outside them, each paired with a stack (the
 * one reading, md_brackets.c, that md_sanitize asks too); a pair read where a reader reads none only makes the diff
 * coarser there. A backtick that opens no span on its side, and a
 * bracket that pairs with none, is escaped first (diff_md_lone_marks),
 * so that it cannot pair with one of the other side across the report's
 * marks.
 */
#include "diff_impl.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "md_brackets.h"
#include "similar.h"
#include "util.h"

/* Marks in inside[] (a count per byte: positions a + 1 .. b - 1) that a
 * token may not end between a and b. */
static void hold(long *inside, size_t a, size_t b)
{
    if (b > a + 1) {
        inside[a + 1]++;
        inside[b]--;
    }
}

/* The code spans of s[0..n) (md_code_spans: the one reading), each held
 * (inside, if not NULL). */
static void code_spans(const char *s, size_t n, char *in_code, long *inside)
{
    md_code_spans(s, n, in_code);
    for (size_t i = 0; inside && i < n; i++) {
        if (in_code[i] != 1)
            continue;
        size_t end = i + 1;
        while (end < n && in_code[end] == 2)
            end++;
        hold(inside, i, end);
    }
}

int diff_md_lone_marks(Buf *out, const char *s)
{
    size_t n = strlen(s);
    if (!memchr(s, '`', n) && !memchr(s, '[', n) && !memchr(s, ']', n))
        return 0;
    char *in_code = xmalloc(n + 1);
    memset(in_code, 0, n + 1);
    size_t *brackets = xmalloc((n + 1) * sizeof *brackets);
    for (size_t i = 0; i <= n; i++)
        brackets[i] = SIZE_MAX;
    code_spans(s, n, in_code, NULL);
    md_pair_marks(s, n, in_code, '[', ']', brackets);
    int any = 0;
    size_t at = 0; /* s[at..i) not written yet */
    for (size_t i = 0; i < n; i++) {
        if (in_code[i])
            continue;
        if (s[i] == '\\') { /* it and the byte it escapes are text */
            i++;
            continue;
        }
        if (s[i] != '`' && ((s[i] != '[' && s[i] != ']') || brackets[i] != SIZE_MAX))
            continue;
        if (!any)
            buf_reset(out);
        any = 1;
        buf_putn(out, s + at, i - at);
        buf_putc(out, '\\');
        at = i;
    }
    if (any)
        buf_puts(out, s + at);
    free(in_code);
    free(brackets);
    return any;
}

void diff_md_atoms(const char *s, SimToken *t, size_t *count)
{
    size_t n = strlen(s);
    if (*count < 2 || (!memchr(s, '`', n) && !memchr(s, '[', n)))
        return;
    char *in_code = xmalloc(n + 1);
    memset(in_code, 0, n + 1);
    long *inside = xmalloc((n + 1) * sizeof *inside);
    memset(inside, 0, (n + 1) * sizeof *inside);
    size_t *brackets = xmalloc((n + 1) * sizeof *brackets);
    size_t *parens = xmalloc((n + 1) * sizeof *parens);
    for (size_t i = 0; i <= n; i++)
        brackets[i] = parens[i] = SIZE_MAX;
    code_spans(s, n, in_code, inside);
    md_pair_marks(s, n, in_code, '[', ']', brackets);
    md_pair_marks(s, n, in_code, '(', ')', parens);
    for (size_t o = 0; o < n; o++) {
        size_t c = brackets[o];
        if (s[o] != '[' || c == SIZE_MAX || c < o)
            continue;
        size_t from = o > 0 && s[o - 1] == '!' ? o - 1 : o, to = c + 1;
        if (s[c + 1] == '(' && parens[c + 1] != SIZE_MAX)
            to = parens[c + 1] + 1;
        else if (s[c + 1] == '[' && brackets[c + 1] != SIZE_MAX)
            to = brackets[c + 1] + 1;
        hold(inside, from, to);
    }
    /* the tokens: one ends only where no span holds the byte after it */
    long held = 0;
    size_t at = 0, k = 0; /* at: the byte reached in the running sum */
    for (size_t i = 0; i < *count; i++) {
        size_t off = (size_t)(t[i].s - s);
        for (; at <= off; at++)
            held += inside[at];
        if (k > 0 && held > 0)
            t[k - 1].n = off + t[i].n - (size_t)(t[k - 1].s - s);
        else
            t[k++] = t[i];
    }
    *count = k;
    free(in_code);
    free(inside);
    free(brackets);
    free(parens);
}
