/* diff_md.c - the last pass over `khgen diff -f md`'s report.
 *
 * The Markdown report marks a deletion "~~old~~" and an insertion
 * "**new**" and keeps the plan's text as the document's Markdown writes
 * it. md_sanitize escapes raw HTML, dangerous links and, for a document,
 * every '~', which a GFM reader (GitHub, pandoc -f gfm) strikes through:
 * the report sanitized without the tildes, so that its own marks stayed,
 * left a plan's "~~x~~" (or "5~~10~~", printed as written in every
 * document) a deletion of the redline, words nobody deleted (s38attack
 * M1). So too the plan's own emphasis: its "**b**" (or "__b__", or the
 * bold of "***b***") printed bold, which is the report's insertion, and
 * "b" made bold read "~~b~~****b****", a double bold to GitHub and four
 * stars to pandoc (s39attack 1). The report's marks are written as
 * DIFF_DEL_MARK and DIFF_INS_MARK, the report is sanitized with every
 * '~', '*' and '_' of the plan escaped (its emphasis shows as its marks,
 * as written), and only then each mark becomes "~~" or "**": the plan's
 * marks as text, the report's as strike-through and bold. (Here too the
 * report's plain lines and text as written: diff_md_plain, diff_md_text.)
 */
#include "diff_impl.h"

#include <string.h>

#include "render_md.h"

/* Plain text on one Markdown line (a heading's): the characters Markdown
 * reads as markup are escaped, a line break is a space. */
void diff_md_plain(Buf *b, const char *s)
{
    for (const char *c = s; *c; c++) {
        if (*c == '\n' || *c == '\r') {
            buf_putc(b, ' ');
            continue;
        }
        if (strchr("\\`*_[]<>#~&", *c))
            buf_putc(b, '\\');
        buf_putc(b, *c);
    }
}

/* Markdown text: a line break stays a line break, and a line that starts
 * like a list item or a heading ("+ Đơn vị thực hiện", "1. Rà soát",
 * "2) x": an ordered list to every reader, s39attack) stays text. */
void diff_md_text(Buf *b, int *bol, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '\n') {
            buf_puts(b, "  \n");
            *bol = 1;
            continue;
        }
        size_t digits = 0;
        while (*bol && i + digits < n && digits < 10 && s[i + digits] >= '0' && s[i + digits] <= '9')
            digits++;
        if (digits && i + digits < n && (s[i + digits] == '.' || s[i + digits] == ')')) {
            buf_putn(b, s + i, digits); /* "1\. x" */
            i += digits;
        } else {
            digits = 0;
        }
        if (*bol && (strchr("+-*#>", s[i]) || digits))
            buf_putc(b, '\\');
        buf_putc(b, s[i]);
        *bol = 0;
    }
}

/* What goes before one of the report's marks at the end of done (from
 * byte start): a backslash more after an odd run of them (the plan's "\\"
 * before a space, deleted, wrote "~~\\~~", whose "\\~" is a tilde: the
 * deletion never closed), and a backslash before an '@' that the
 * insertion's "**" would make pandoc's citation "@*" (attack34 R4). */
static void before_mark(Buf *done, size_t start, char mark)
{
    size_t slashes = 0;
    while (done->len - slashes > start && done->data[done->len - slashes - 1] == '\\')
        slashes++;
    if (slashes % 2) {
        buf_putc(done, '\\');
        return;
    }
    if (mark != DIFF_INS_MARK[0] || done->len == start || done->data[done->len - 1] != '@')
        return;
    slashes = 0;
    while (done->len - 1 - slashes > start && done->data[done->len - slashes - 2] == '\\')
        slashes++;
    if (slashes % 2 == 0) {
        done->data[done->len - 1] = '\\';
        buf_putc(done, '@');
    }
}

/* 1 if the byte at i of b (from start) has an odd run of backslashes
 * before it: escaped, text. */
static int escaped_at(const Buf *b, size_t start, size_t i)
{
    size_t slashes = 0;
    while (i - slashes > start && b->data[i - slashes - 1] == '\\')
        slashes++;
    return slashes % 2;
}

/* A link's or picture's address right before one of the report's marks
 * ("[l](https://a.vn)" then "~~"): pandoc (2.17, -f gfm) read the address,
 * its ")" and the marks after it as one bare URL, so neither mark was read
 * ("~~[l](https://a.vn)~~**1.**", s39attack L1). Such an address, one
 * word, is written in angle brackets, "[l](<https://a.vn>)": the same link
 * to every reader, its end plain. done ends with the ')'. */
static void bracket_address(Buf *done, size_t start)
{
    size_t close = done->len - 1, i = close;
    if (escaped_at(done, start, close))
        return;
    while (i > start + 1 && !(done->data[i - 1] == '(' && done->data[i - 2] == ']' &&
                              !escaped_at(done, start, i - 2))) {
        if (strchr(" \t\n<>", done->data[i - 1]))
            return; /* a title, or already in brackets: read right */
        i--;
    }
    if (i <= start + 1 || i == close)
        return;
    int depth = 0; /* the "[" of the "]": a link, not the text "x](...)" */
    size_t o = i - 2;
    while (o > start && done->data[o] != '\n') {
        o--;
        if (escaped_at(done, start, o))
            continue;
        depth += done->data[o] == ']';
        if (done->data[o] == '[' && depth-- == 0)
            break;
    }
    if (done->data[o] != '[' || depth >= 0)
        return;
    buf_puts(done, ">)"); /* room for the two brackets */
    memmove(done->data + i + 1, done->data + i, close - i);
    done->data[i] = '<';
    done->data[close + 1] = '>';
    done->data[close + 2] = ')';
}

void diff_md_sanitize(Buf *out, size_t start)
{
    md_sanitize(out, start, MD_SANITIZE_TILDES | MD_SANITIZE_EMPHASIS);
    size_t marks = 0;
    for (size_t i = start; i < out->len; i++)
        marks += out->data[i] == DIFF_DEL_MARK[0] || out->data[i] == DIFF_INS_MARK[0];
    if (!marks)
        return;
    Buf done = {0};
    buf_putn(&done, out->data, start);
    for (size_t i = start; i < out->len; i++) {
        if (out->data[i] == DIFF_DEL_MARK[0] || out->data[i] == DIFF_INS_MARK[0]) {
            if (done.len > start && done.data[done.len - 1] == ')')
                bracket_address(&done, start);
            before_mark(&done, start, out->data[i]);
            buf_puts(&done, out->data[i] == DIFF_DEL_MARK[0] ? "~~" : "**");
        } else
            buf_putc(&done, out->data[i]);
    }
    buf_free(out);
    *out = done;
}
