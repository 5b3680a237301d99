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

#include <stdint.h>
#include <string.h>

#include "md_brackets.h"
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

/* A link's or picture's address right before one of the report's marks
 * ("[l](https://a.vn)" then "~~"): pandoc (2.17, -f gfm) read the address,
 * its ")" and the marks after it as one bare URL, so neither mark was read
 * ("~~[l](https://a.vn)~~**1.**", s39attack L1). Such an address, one
 * word, is written in angle brackets, "[l](<https://a.vn>)": the same link
 * to every reader, its end plain. done ends with the ')' at out's offset
 * close; links: out's links on that line (md_links_read, the one reading
 * of brackets: "[l](https://a.vn))" put the brackets around
 * "https://a.vn)", a link to another address; "x](https://a.vn)", text,
 * was made an autolink). The address holds no mark (md_links_read takes
 * none with a control byte), so its bytes end done as they end out. */
static void bracket_address(Buf *done, const MdLinks *links, size_t *next, size_t close)
{
    while (*next < links->n && links->dest_end[*next] < close)
        (*next)++;
    if (*next >= links->n || links->dest_end[*next] != close)
        return;
    size_t n = close - links->close[*next] - 2; /* the address's length */
    if (!n)
        return;
    size_t i = done->len - 1 - n; /* the address's first byte in done */
    buf_puts(done, ">)"); /* room for the two brackets */
    memmove(done->data + i + 1, done->data + i, n);
    done->data[i] = '<';
    done->data[i + n + 1] = '>';
    done->data[i + n + 2] = ')';
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
    MdLinks links = {0};
    size_t bol = start, line = SIZE_MAX, next = 0; /* links: of out's line from line */
    for (size_t i = start; i < out->len; i++) {
        if (out->data[i] == '\n')
            bol = i + 1;
        if (out->data[i] == DIFF_DEL_MARK[0] || out->data[i] == DIFF_INS_MARK[0]) {
            if (i > start && out->data[i - 1] == ')' && done.data[done.len - 1] == ')') {
                if (bol != line) {
                    const char *eol = memchr(out->data + i, '\n', out->len - i);
                    md_links_read(&links, out->data, out->data + bol,
                                  eol ? eol : out->data + out->len);
                    line = bol;
                    next = 0;
                }
                bracket_address(&done, &links, &next, i - 1);
            }
            before_mark(&done, start, out->data[i]);
            buf_puts(&done, out->data[i] == DIFF_DEL_MARK[0] ? "~~" : "**");
        } else
            buf_putc(&done, out->data[i]);
    }
    md_links_free(&links);
    buf_free(out);
    *out = done;
}
