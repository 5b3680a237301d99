/* docx_para_md.c - a Word paragraph's runs as the Markdown of a plan's
 * text.
 *
 * import_docx.c collects a paragraph's runs (its text as Word shows it,
 * bold and italic as its properties and styles give them, the hyperlink
 * it stands in); a plan's text is Markdown, so they are written here as
 * khgen's own Markdown writes a paragraph: runs with the same emphasis
 * and the same link merged, emphasis that is not the whole paragraph's
 * as "**"/"*" around the words (spaces kept outside, where CommonMark
 * needs them), a hyperlink as "[text](address)", and every character
 * Markdown would read as markup ('\\', '*', '_', '`', '[', and ']' in a
 * link's text) escaped. A link's address is written so that CommonMark
 * reads it back whole: '\\' escaped, and '(' and ')' unless they pair
 * up, a space, a control character, '<' and '>' percent-encoded. Before
 * session 20 a hyperlink came back as its text, its address lost
 * (s19attack L6). An emphasis mark stands where CommonMark reads it as
 * one (md_flank.c: "a(**x**)b", not "a**(x)**b", which printed its
 * stars), and a paragraph whose marks still read back as other text
 * (render_same_plain) is written without them (s21attack H2).
 */
#include "docx_para_md.h"

#include <stdlib.h>
#include <string.h>

#include "md_flank.h"
#include "md_read.h"

/* s[0..n) with Markdown's characters escaped; in_link: ']' too;
 * brackets: '[' too (0 for a paragraph whose '[' CommonMark reads as text
 * whether escaped or not: docx_runs_markdown) */
static void escape_md(Buf *out, const char *s, size_t n, int in_link, int brackets)
{
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c == '\\' || c == '*' || c == '_' || c == '`' || (c == '[' && (brackets || in_link)) ||
            (in_link && c == ']'))
            buf_putc(out, '\\');
        buf_putc(out, c);
    }
}

/* Whether url's parentheses are balanced, each ')' after its '(' (then
 * CommonMark reads them as they stand, as khgen's plans write them). */
static int balanced(const char *url)
{
    long depth = 0;
    for (; *url && depth >= 0; url++)
        depth += *url == '(' ? 1 : *url == ')' ? -1 : 0;
    return depth == 0;
}

/* A link's address as a Markdown link destination. */
static void put_destination(Buf *out, const char *url)
{
    int parens = !balanced(url);
    for (const unsigned char *u = (const unsigned char *)url; *u; u++) {
        if (((*u == '(' || *u == ')') && parens) || *u == '\\') {
            buf_putc(out, '\\');
            buf_putc(out, (char)*u);
        } else if (*u <= 0x20 || *u == 0x7F || *u == '<' || *u == '>') {
            buf_printf(out, "%%%02X", *u);
        } else {
            buf_putc(out, (char)*u);
        }
    }
}

static int same_link(const char *a, const char *b)
{
    return a == b || (a && b && strcmp(a, b) == 0);
}

/* seg[from..to) as Markdown: the pieces of the links in it (spans[],
 * each starting at its byte, href NULL outside a link) as
 * "[text](address)", the rest escaped. */
typedef struct {
    size_t at;
    const char *href;
} Span;

static void put_spans(Buf *out, const char *seg, size_t from, size_t to, const Span *spans,
                      size_t n_spans, size_t seg_len, int brackets)
{
    for (size_t j = 0; j < n_spans; j++) {
        size_t a = spans[j].at, b = j + 1 < n_spans ? spans[j + 1].at : seg_len;
        if (a < from)
            a = from;
        if (b > to)
            b = to;
        if (a >= b)
            continue;
        if (spans[j].href) {
            buf_putc(out, '[');
            escape_md(out, seg + a, b - a, 1, brackets);
            buf_puts(out, "](");
            put_destination(out, spans[j].href);
            buf_putc(out, ')');
        } else {
            escape_md(out, seg + a, b - a, 0, brackets);
        }
    }
}

/* The runs' Markdown into out; marks: 0 writes no emphasis at all (the
 * fallback of docx_runs_markdown). Runs of one emphasis are one segment
 * under one mark, the links in it inside the mark ("**a [x](u) b**": a
 * bold line that a link split came back "**a** **[x](u)** **b**", which
 * `khgen diff` reported: s24round R3, --stress seed 6). Each emphasised
 * segment's punctuation and spaces at an end that CommonMark's flanking
 * rule would not let its mark stand beside go outside the mark
 * (md_flank.c); at an end that is a link's, only its spaces. */
static void runs_markdown(const DocxRun *runs, size_t n, int bold, int italic, int marks,
                          int brackets, Buf *out)
{
    Span *spans = n ? malloc(n * sizeof *spans) : NULL;
    if (n && !spans)
        return;
    for (size_t i = 0; i < n;) {
        int b = runs[i].bold && !bold && marks, it = runs[i].italic && !italic && marks;
        const char *mark = b && it ? "***" : b ? "**" : it ? "*" : "";
        Buf seg = {0};
        size_t k = i, n_spans = 0;
        for (; k < n; k++) {
            int bk = runs[k].bold && !bold && marks, ik = runs[k].italic && !italic && marks;
            int blank = !runs[k].text.len || strspn(runs[k].text.data, " ") == runs[k].text.len;
            /* no mark: a link is a segment of its own, as before */
            if (((bk != b || ik != it) && !blank) ||
                (!*mark && k > i && !same_link(runs[k].href, runs[i].href)))
                break;
            if (!n_spans || !same_link(runs[k].href, spans[n_spans - 1].href)) {
                spans[n_spans].at = seg.len;
                spans[n_spans++].href = runs[k].href;
            }
            if (runs[k].text.len)
                buf_putn(&seg, runs[k].text.data, runs[k].text.len);
        }
        const char *text = buf_str(&seg); /* "" for a segment of empty runs */
        size_t first_end = n_spans > 1 ? spans[1].at : seg.len;
        size_t last_at = n_spans ? spans[n_spans - 1].at : 0;
        int lead_flank = *mark && !spans[0].href, trail_flank = *mark && !spans[n_spans - 1].href;
        size_t lead = 0, trail = seg.len;
        if (lead_flank)
            lead = md_flank_trim_start(text, first_end, md_flank_word_before(out->data, out->len));
        else
            while (lead < first_end && text[lead] == ' ')
                lead++;
        if (trail_flank) {
            /* the character after the segment: the next run's first */
            int word_after = 0;
            for (size_t r = k; r < n; r++)
                if (runs[r].text.len) {
                    word_after = md_flank_word_at(runs[r].text.data, runs[r].text.len);
                    break;
                }
            size_t from = last_at > lead ? last_at : lead;
            trail = from + md_flank_trim_end(text + from, seg.len - from, word_after);
        } else {
            while (trail > lead && trail > last_at && text[trail - 1] == ' ')
                trail--;
        }
        if (lead_flank)
            escape_md(out, text, lead, 0, brackets);
        else
            buf_putn(out, text, lead);
        size_t words = lead;
        while (words < trail && text[words] == ' ')
            words++;
        if (words < trail) {
            /* the emphasis around the link, as a plan writes "**[x](u)**" */
            buf_puts(out, mark);
            put_spans(out, text, lead, trail, spans, n_spans, seg.len, brackets);
            buf_puts(out, mark);
        }
        if (trail_flank)
            escape_md(out, text + trail, seg.len - trail, 0, brackets);
        else
            buf_putn(out, text + trail, seg.len - trail);
        buf_free(&seg);
        i = k;
    }
    free(spans);
}

/* out from byte from on replaced by with. */
static void replace_from(Buf *out, size_t from, const Buf *with)
{
    out->len = from;
    out->data[from] = '\0';
    buf_putn(out, with->data ? with->data : "", with->len);
}

int docx_runs_markdown(const DocxRun *runs, size_t n, Buf *out, int *all_bold, int *all_italic)
{
    int bold = 1, italic = 1, any = 0;
    for (size_t i = 0; i < n; i++) {
        const DocxRun *r = &runs[i];
        if (!r->text.len || strspn(r->text.data, " \n") == r->text.len)
            continue;
        any = 1;
        bold &= r->bold;
        italic &= r->italic;
    }
    if (!any)
        bold = italic = 0;
    *all_bold = bold;
    *all_italic = italic;
    size_t from = out->len;
    int marks = 1;
    runs_markdown(runs, n, bold, italic, 1, 1, out);
    if (out->len > from && memchr(out->data + from, '*', out->len - from)) {
        /* marks CommonMark reads as stars (two emphasised runs that touch):
         * the text without its emphasis, never the stars (s21attack H2) */
        Buf plain = {0};
        runs_markdown(runs, n, bold, italic, 0, 1, &plain);
        if (!render_same_plain(out->data + from, buf_str(&plain))) {
            replace_from(out, from, &plain);
            marks = 0;
        }
        buf_free(&plain);
    }
    if (out->len > from && memchr(out->data + from, '[', out->len - from)) {
        /* "[x]" is text in CommonMark, unless a link or a footnote follows
         * from it: written "\\[x]" always, the plan read "\\[x]" where the
         * document said "[x]" (s20low). Without the escape when the line
         * reads back the same (render_same_plain: a link would read as its
         * text alone) */
        Buf bare = {0};
        runs_markdown(runs, n, bold, italic, marks, 0, &bare);
        if (render_same_plain(out->data + from, buf_str(&bare)))
            replace_from(out, from, &bare);
        buf_free(&bare);
    }
    return any;
}

int docx_runs_unbold(const DocxRun *runs, size_t n)
{
    int unbold = n > 0;
    for (size_t i = 0; i < n; i++)
        if (runs[i].text.len && !runs[i].unbold)
            unbold = 0;
    return unbold;
}
