/* md_autolink.c - what a GFM reader would make of a plan's plain text.
 *
 * The Markdown back end writes a plan's words for CommonMark, but the
 * readers people open a .md with (GitHub, pandoc -f gfm) add extensions:
 * a bare "https://" or "www." address and an e-mail address become links,
 * and ":name:" an emoji, while the HTML and the Word document print the
 * words as written. md_sanitize (render_md.c), the last pass over the
 * whole .md, asks these predicates where a backslash keeps a reader from
 * reading more than the text: each looks at a few bytes around one
 * position, so that pass stays linear. The importer asks the same ones
 * of a .md khgen wrote, to drop the backslashes it added
 * (md_bare_url_escaped), and reads its code spans by the same backtick
 * runs (md_backtick_runs). Moved out of render_md.c (session
 * 36) when the e-mail and emoji rules joined the bare-URL one.
 */
#include "md_autolink.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "util.h"
#include "vi.h"

/* Where a bare URL at c (the ':' of "https://", the first 'w' of
 * "www.") takes a backslash so that a GFM reader's autolink extension
 * (GitHub, pandoc -f gfm) does not make it a link, which the HTML and the
 * .docx print as plain text (s33attack): the offset from c of the ':'
 * ("https\://x.vn"), or of the '.' after "www" ("www\.x.vn"); cmark and
 * pandoc read the same text. SIZE_MAX when c starts none. s: where the
 * pass began (nothing before it is looked at). */
size_t md_bare_url_escape(const char *c, const char *s, const char *end)
{
    if (*c == ':')
        return end - c >= 3 && c[1] == '/' && c[2] == '/' && c > s &&
                       ((c[-1] | 0x20) >= 'a' && (c[-1] | 0x20) <= 'z')
                   ? 0
                   : SIZE_MAX;
    if (end - c < 4 || strncasecmp(c, "www.", 4) != 0)
        return SIZE_MAX;
    if (c > s && ((c[-1] >= '0' && c[-1] <= '9') || ((c[-1] | 0x20) >= 'a' && (c[-1] | 0x20) <= 'z')))
        return SIZE_MAX; /* inside a word: no reader links it */
    return 3;
}

int md_bare_url_escaped(const char *s, const char *t, const char *end)
{
    /* the bytes around t without its backslash, as the writer saw them:
     * the ':' case looks at one byte before and two after, "www." at four
     * before */
    char window[8];
    size_t before = (size_t)(t - s) < 4 ? (size_t)(t - s) : 4;
    size_t after = (size_t)(end - t - 1) < 3 ? (size_t)(end - t - 1) : 3;
    memcpy(window, t - before, before);
    memcpy(window + before, t + 1, after);
    for (size_t k = 0; k <= before; k++) {
        size_t at = md_bare_url_escape(window + k, window, window + before + after);
        if (at != SIZE_MAX && k + at == before)
            return 1;
    }
    return 0;
}

/* 1 if the ':' at c opens what a GFM reader's emoji extension (pandoc -f
 * gfm, GitHub) reads as a shortcode: ':', a name of small letters, digits,
 * '_', '+' or '-', then ':' (":smile:" printed an emoji there, while the
 * HTML and the .docx print the words as written). A name must hold a
 * small letter, or be one of the four without ("+1", "-1", "100",
 * "1234"): a time or a ratio ("8:30:00") and a table's alignment row
 * ("|:---:|") are no shortcode. "\:" prints ':' in every CommonMark
 * reader. Each ':' is looked at, so ":a:b:" escapes both shortcodes a
 * reader could see. The scan stops at the next ':' or at a byte no name
 * has: linear. */
int md_opens_shortcode(const char *c, const char *end)
{
    const char *p = c + 1;
    int letter = 0;
    while (p < end && ((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '_' ||
                       *p == '+' || *p == '-')) {
        letter |= *p >= 'a' && *p <= 'z';
        p++;
    }
    if (p == c + 1 || p >= end || *p != ':')
        return 0;
    static const char *const bare[] = {"+1", "-1", "100", "1234"};
    size_t n = (size_t)(p - c - 1);
    for (size_t i = 0; !letter && i < sizeof bare / sizeof bare[0]; i++)
        letter = strlen(bare[i]) == n && strncmp(c + 1, bare[i], n) == 0;
    return letter;
}

/* 1 if the '@' at c (doc begins at text) joins an e-mail address that
 * GFM's autolink extension makes a link ("vp@ubnd.vn": pandoc -f gfm and
 * GitHub print a mailto: link, which the HTML and the .docx print as plain
 * text, as the bare "www." address is kept, bare_url_escape): a byte of an
 * address's local part before it, a letter, digit, '-' or '_' of a domain
 * after it. "\@" prints '@' in every CommonMark reader and in pandoc's
 * Markdown. */
int md_joins_address(const char *text, const char *c, const char *end)
{
    if (c == text || c + 1 >= end)
        return 0;
    unsigned char b = (unsigned char)c[-1], a = (unsigned char)c[1];
    int local = (b < 0x80 && vi_word_byte(b)) || b == '.' || b == '+' || b == '-' || b == '_';
    return local && ((a < 0x80 && vi_word_byte(a)) || a == '-' || a == '_');
}

void md_backtick_runs(MdBacktickRuns *b, const char *base, const char *from, const char *eol)
{
    b->n = 0;
    size_t longest = 0;
    for (const char *c = memchr(from, '`', (size_t)(eol - from)); c;
         c = c < eol ? memchr(c, '`', (size_t)(eol - c)) : NULL) {
        const char *run = c;
        while (c < eol && *c == '`')
            c++;
        if (b->n == b->cap) {
            b->cap = b->cap ? b->cap * 2 : 16;
            b->off = xrealloc(b->off, b->cap * sizeof *b->off);
            b->len = xrealloc(b->len, b->cap * sizeof *b->len);
            b->partner = xrealloc(b->partner, b->cap * sizeof *b->partner);
            b->shorter = xrealloc(b->shorter, b->cap * sizeof *b->shorter);
        }
        b->off[b->n] = (size_t)(run - base);
        b->len[b->n] = (size_t)(c - run);
        if (b->len[b->n] > longest)
            longest = b->len[b->n];
        b->n++;
    }
    if (longest + 1 > b->cap_last) {
        b->last = xrealloc(b->last, (longest + 1) * sizeof *b->last);
        for (size_t i = b->cap_last; i <= longest; i++)
            b->last[i] = SIZE_MAX;
        b->cap_last = longest + 1;
    }
    for (size_t i = b->n; i-- > 0;) {
        b->partner[i] = b->last[b->len[i]];
        b->shorter[i] = b->len[i] > 1 ? b->last[b->len[i] - 1] : SIZE_MAX;
        b->last[b->len[i]] = i;
    }
    for (size_t i = 0; i < b->n; i++) /* clean for the next line */
        b->last[b->len[i]] = SIZE_MAX;
}

int md_backtick_span(const MdBacktickRuns *b, size_t r, size_t slashes, size_t *start,
                     size_t *end)
{
    size_t p = slashes % 2 ? b->shorter[r] : b->partner[r];
    if (p == SIZE_MAX)
        return 0;
    *start = b->off[r] + slashes % 2;
    *end = b->off[p] + b->len[p];
    return 1;
}

void md_backtick_runs_free(MdBacktickRuns *b)
{
    free(b->off);
    free(b->len);
    free(b->partner);
    free(b->shorter);
    free(b->last);
    memset(b, 0, sizeof *b);
}
