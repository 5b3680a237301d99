/* md_comment.c - HTML comments over several lines of a .md, for import.
 *
 * A drafter hides a passage of a Markdown file from its readers with an
 * HTML comment: "<!--" on a line of its own, the passage, "-->", or a
 * remark inside a paragraph that goes on to the next line. CommonMark
 * reads the first as an HTML block and the second as inline HTML, and a
 * reader (cmark, pandoc, a browser) shows nothing of either. Import read
 * a comment only within one line (import_mdhtml.c), so one over several
 * lines came back as the plan's words: "<!--", the hidden heading, its
 * items and "-->" printed in every format, with exit 0 (s22attack H1).
 * Here, before any other pass reads the text, each such comment is taken
 * out. Its lines stay as empty lines, so a diagnostic of import still
 * names the line the drafter sees; a comment inside a paragraph, whose
 * empty lines would cut the paragraph in two, joins the paragraph's lines
 * instead and gives them back where the paragraph ends (the next blank
 * line). What a reader shows as text stays text: a "<!--" after a
 * backslash, in a code span or a fenced code block, one whose "-->" lies
 * past a blank line inside a paragraph (no inline comment spans one),
 * one in a table's row or an ATX heading (each one line), and one never
 * closed (a reader hides the rest of the file; the drafter more likely
 * forgot the "-->", and the words stay where they can be seen, with a
 * warning: KH766, at the first). A comment inside a paragraph is one to
 * CommonMark 0.30 (cmark, pandoc's gfm and commonmark readers) only when
 * its text holds no "--" and does not begin with ">" or "->": "<!-- a --
 * b -->" there prints as text, and import keeps it as text
 * (md_inline_comment_end, which import_mdhtml.c asks of a comment on one
 * line too); one that begins a line is an HTML block, whatever it holds.
 */
#include <string.h>

#include "md_comment.h"

#define NONE ((size_t)-1)

/* Backtick runs one line may hold for its code spans to be worked out;
 * past it the line's comment is left as written (bounds the pairing). */
enum { MAX_LINE_TICKS = 256 };

typedef struct {
    const char *s;
    size_t len;
    size_t close;      /* the last "-->" found (NONE: none yet) */
    int no_close;      /* no "-->" after the last place searched */
    size_t blank_from; /* the last place a blank line was searched from */
    size_t blank;      /* the first blank line's start at or after it */
    size_t spans_ls;   /* the line whose code spans are below (NONE: none yet) */
    int spans_many;    /* that line has too many backtick runs to tell */
    size_t n_spans;    /* its code spans: the opening run's first byte, */
    size_t span_at[MAX_LINE_TICKS / 2], span_end[MAX_LINE_TICKS / 2]; /* the closing run's */
} Scan;

static size_t line_end(const char *s, size_t len, size_t i)
{
    const char *nl = memchr(s + i, '\n', len - i);
    return nl ? (size_t)(nl - s) : len;
}

static int is_blank(const char *s, size_t from, size_t to)
{
    for (size_t i = from; i < to; i++)
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r')
            return 0;
    return 1;
}

/* The first "-->" at or after from, or NONE. The places asked only grow,
 * so each byte is searched once. */
static size_t close_after(Scan *sc, size_t from)
{
    if (sc->no_close)
        return NONE;
    if (sc->close != NONE && sc->close >= from)
        return sc->close;
    for (size_t i = from; i + 3 <= sc->len;) {
        const char *d = memchr(sc->s + i, '-', sc->len - i);
        if (!d)
            break;
        i = (size_t)(d - sc->s);
        if (i + 3 <= sc->len && d[1] == '-' && d[2] == '>')
            return sc->close = i;
        i++;
    }
    sc->no_close = 1;
    return NONE;
}

/* The start of the first blank line at or after the line start from
 * (sc->len when none). The places asked only grow. */
static size_t blank_after(Scan *sc, size_t from)
{
    if (sc->blank_from != NONE && from >= sc->blank_from && from <= sc->blank)
        return sc->blank;
    size_t i = from;
    while (i < sc->len) {
        size_t e = line_end(sc->s, sc->len, i);
        if (is_blank(sc->s, i, e))
            break;
        i = e + 1;
    }
    sc->blank_from = from;
    sc->blank = i < sc->len ? i : sc->len;
    return sc->blank;
}

/* 1 when the byte at p of the line s[ls..le) is inside a code span (a
 * backtick run through the next run of its length), or when the line has
 * too many runs to tell. A line's spans are worked out once, for all the
 * "<!--" it holds. */
static int in_code_span(Scan *sc, size_t ls, size_t le, size_t p)
{
    const char *s = sc->s;
    if (sc->spans_ls != ls) {
        size_t at[MAX_LINE_TICKS], n[MAX_LINE_TICKS], runs = 0;
        sc->spans_ls = ls;
        sc->spans_many = 0;
        sc->n_spans = 0;
        for (size_t i = ls; i < le;) {
            if (s[i] != '`') {
                i++;
                continue;
            }
            if (runs == MAX_LINE_TICKS) {
                sc->spans_many = 1;
                break;
            }
            size_t j = i;
            while (j < le && s[j] == '`')
                j++;
            at[runs] = i;
            n[runs++] = j - i;
            i = j;
        }
        for (size_t k = 0; k < runs && !sc->spans_many; k++) {
            size_t m = k + 1;
            while (m < runs && n[m] != n[k])
                m++;
            if (m == runs)
                continue; /* no closing run: the backticks are text */
            sc->span_at[sc->n_spans] = at[k];
            sc->span_end[sc->n_spans++] = at[m];
            k = m;
        }
    }
    if (sc->spans_many)
        return 1;
    for (size_t k = 0; k < sc->n_spans; k++)
        if (p > sc->span_at[k] && p < sc->span_end[k])
            return 1;
    return 0;
}

/* The first "<!--" in s[from..to), or NONE. */
static size_t find_open(const char *s, size_t from, size_t to)
{
    for (size_t i = from; i + 4 <= to;) {
        const char *lt = memchr(s + i, '<', to - i);
        if (!lt)
            break;
        i = (size_t)(lt - s);
        if (i + 4 <= to && memcmp(lt, "<!--", 4) == 0)
            return i;
        i++;
    }
    return NONE;
}

/* 1 when an odd number of backslashes stands right before p. */
static int escaped(const char *s, size_t ls, size_t p)
{
    size_t n = 0;
    while (p > ls + n && s[p - 1 - n] == '\\')
        n++;
    return n % 2;
}

size_t md_inline_comment_end(const char *s, size_t len, size_t p, MdDashes *memo)
{
    size_t from = p + 4;
    if (memo->at == NONE || memo->at < from) {
        if (memo->none && memo->from <= from)
            return NONE;
        memo->at = NONE;
        for (size_t i = from; i + 2 <= len;) {
            const char *d = memchr(s + i, '-', len - i);
            if (!d)
                break;
            i = (size_t)(d - s);
            if (i + 2 <= len && d[1] == '-') {
                memo->at = i;
                break;
            }
            i++;
        }
        memo->none = memo->at == NONE;
        memo->from = from;
        if (memo->none)
            return NONE;
    }
    size_t q = memo->at;
    if (q + 3 > len || s[q + 2] != '>' || (from < len && s[from] == '>') ||
        (from + 1 < len && s[from] == '-' && s[from + 1] == '>'))
        return NONE;
    return q + 3;
}

int imp_md_comments(const char *s, size_t len, Buf *out, size_t *unclosed)
{
    *unclosed = NONE;
    if (!len || find_open(s, 0, len) == NONE)
        return 0;
    Scan sc = {.s = s, .len = len, .close = NONE, .blank_from = NONE, .spans_ls = NONE};
    MdDashes dashes = {NONE, 0, 0};
    Buf o = {0};
    int fence = 0, any = 0, at_start = 1;
    size_t copied = 0, pending = 0, ls = 0, pos = 0;
    while (ls < len) {
        size_t le = line_end(s, len, ls);
        size_t lead = ls;
        while (lead < le && lead - ls < 3 && s[lead] == ' ')
            lead++;
        if (at_start) {
            if (pending && is_blank(s, ls, le)) {
                /* the lines a comment inside the paragraph joined */
                buf_putn(&o, s + copied, ls - copied);
                while (pending--)
                    buf_putc(&o, '\n');
                pending = 0;
                copied = ls;
            }
            int fence_line = le - lead >= 3 && (memcmp(s + lead, "```", 3) == 0 ||
                                                memcmp(s + lead, "~~~", 3) == 0);
            fence ^= fence_line;
            if (fence || fence_line) {
                ls = le < len ? le + 1 : len;
                continue;
            }
            pos = ls;
        }
        at_start = 1;
        size_t resume = NONE;
        while (pos + 4 <= le) {
            size_t p = find_open(s, pos, le);
            if (p == NONE)
                break;
            if (p + 5 <= le && (s[p + 4] == '>' || (p + 6 <= le && s[p + 4] == '-' && s[p + 5] == '>'))) {
                pos = p + 5; /* "<!-->", "<!--->": ended where they begin */
                continue;
            }
            size_t c = close_after(&sc, p + 4);
            if (c != NONE && c + 3 <= le) {
                pos = c + 3; /* on one line: import_mdhtml.c's */
                continue;
            }
            if (escaped(s, ls, p) || in_code_span(&sc, ls, le, p)) {
                pos = p + 4; /* text; a comment after it on the line may be one */
                continue;
            }
            if (c == NONE) { /* never closed: left as written, and warned */
                if (*unclosed == NONE)
                    *unclosed = p;
                break;
            }
            int block = p == lead;
            if (!block && ((lead < le && (s[lead] == '|' || s[lead] == '#')) || blank_after(&sc, le + 1) < c))
                break;
            if (!block && md_inline_comment_end(s, len, p, &dashes) != c + 3)
                break; /* "<!-- a\n-- b -->": text to CommonMark 0.30 */
            buf_putn(&o, s + copied, p - copied);
            size_t after = c + 3, lines = 0;
            for (size_t i = p; i < after; i++)
                lines += s[i] == '\n';
            if (block) {
                for (size_t i = 0; i < lines; i++)
                    buf_putc(&o, '\n');
            } else {
                pending += lines;
                /* one space where it stood */
                while (after < len && s[after] == ' ' && o.len && o.data[o.len - 1] == ' ')
                    after++;
            }
            copied = resume = after;
            any = 1;
            break;
        }
        if (resume != NONE) {
            size_t start = resume;
            while (start > 0 && s[start - 1] != '\n')
                start--;
            ls = start;
            pos = resume;
            at_start = 0;
            continue;
        }
        ls = le < len ? le + 1 : len;
    }
    if (!any) {
        buf_free(&o);
        return 0;
    }
    buf_putn(&o, s + copied, len - copied);
    while (pending--)
        buf_putc(&o, '\n');
    buf_free(out);
    *out = o;
    return 1;
}
