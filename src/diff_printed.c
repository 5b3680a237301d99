/* diff_printed.c - `khgen diff`: a Markdown text in the one form of what
 * it prints, its words and the style of each piece (bold, italic, code, a
 * kept link's address), so that two sources that print alike compare
 * equal ("**a** **b**" and "**a b**", "\\*\\*x" and "**x" as cmark reads
 * them). Moved unchanged from diff.c, which had reached its 1,200 lines;
 * diff.c's printed_differ compares parts by it. diff_marked_line: a line
 * shown with its marks where its emphasis changed (s45attack D1).
 */
#include <string.h>

#include <cmark.h>

#include "diff_impl.h"
#include "md_read.h"
#include "render.h"

/* The style a piece of text prints in, as styled_form marks it. */
typedef struct Style {
    int strong, emph, code;
    const char *url; /* a kept link's address, or NULL */
} Style;

/* Appends text in style now, its style marked where it changes; the
 * spaces at its ends are held in *spaces and written before the next
 * text's mark, so that "**a** **b**" and "**a b**" give one form (a
 * space prints alike in any style). */
static void put_styled(Buf *out, Style *shown, const Style *now, const char *text,
                       size_t *spaces)
{
    while (*text == ' ')
        text++, ++*spaces;
    size_t n = strlen(text), trail = 0;
    while (n > trail && text[n - trail - 1] == ' ')
        trail++;
    if (n == trail)
        return;
    for (; *spaces; --*spaces)
        buf_putc(out, ' ');
    if (!!shown->strong != !!now->strong || !!shown->emph != !!now->emph ||
        shown->code != now->code ||
        strcmp(shown->url ? shown->url : "", now->url ? now->url : "") != 0) {
        buf_printf(out, "\x1f%c%c%c%s\x1f", now->strong ? 'b' : '-', now->emph ? 'i' : '-',
                   now->code ? 'c' : '-', now->url ? now->url : "");
        *shown = *now;
    }
    buf_putn(out, text, n - trail);
    *spaces += trail;
}

/* The text of one line of inline Markdown as the back ends print it
 * (render_parse_inline, as render_markdown_plain reads it), each change
 * of the style it prints in (bold, italic, code, a link's address) marked in it by a U+001F, its style and another U+001F: one
 * form for lines that print alike however their marks pair ("**a *b*
 * c**" and "**a** ***b*** **c**", "**a** **b**" and "**a b**"), where
 * cmark's own writer keeps their nesting apart. For `khgen diff`, which
 * reported such lines as changed (round22 --stress, python-docx's runs
 * read back one by one). An image prints its text; a link
 * render_link_kept refuses, its text alone. */
static void styled_form(const char *markdown, Buf *out)
{
    cmark_node *paragraph = NULL;
    cmark_node *document = render_inline_paragraph(markdown, out, &paragraph);
    if (paragraph) {
        Style shown = {0}, now = {0};
        size_t spaces = 0;
        cmark_iter *it = cmark_iter_new(paragraph);
        for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;) {
            cmark_node *n = cmark_iter_get_node(it);
            int step = ev == CMARK_EVENT_ENTER ? 1 : ev == CMARK_EVENT_EXIT ? -1 : 0;
            switch (cmark_node_get_type(n)) {
            case CMARK_NODE_STRONG:
                now.strong += step;
                break;
            case CMARK_NODE_EMPH:
                now.emph += step;
                break;
            case CMARK_NODE_LINK: /* one the back ends print as its text: no link */
                now.url = step > 0 && render_link_kept(n) ? cmark_node_get_url(n) : NULL;
                break;
            case CMARK_NODE_TEXT:
            case CMARK_NODE_HTML_INLINE:
                if (step > 0)
                    put_styled(out, &shown, &now, cmark_node_get_literal(n), &spaces);
                break;
            case CMARK_NODE_CODE:
                if (step > 0) {
                    now.code = 1;
                    put_styled(out, &shown, &now, cmark_node_get_literal(n), &spaces);
                    now.code = 0;
                }
                break;
            case CMARK_NODE_SOFTBREAK:
                if (step > 0)
                    put_styled(out, &shown, &now, " ", &spaces);
                break;
            case CMARK_NODE_LINEBREAK:
                if (step > 0)
                    put_styled(out, &shown, &now, "\n", &spaces);
                break;
            default:
                break;
            }
        }
        cmark_iter_free(it);
        for (; spaces; spaces--)
            buf_putc(out, ' ');
    }
    if (document)
        cmark_node_free(document);
}

void diff_each_line(const char *text, Buf *out, void (*put)(const char *line, Buf *out))
{
    Buf line = {0};
    for (const char *s = text;;) {
        const char *end = strchr(s, '\n');
        size_t len = end ? (size_t)(end - s) : strlen(s);
        buf_reset(&line);
        buf_putn(&line, s, len);
        put(buf_str(&line), out);
        if (!end)
            break;
        buf_putc(out, '\n');
        s = end + 1;
    }
    buf_free(&line);
}

/* text, each line as the back ends print it, its text and the style of
 * each piece (styled_form): one form for the sources that
 * print alike. */
void diff_printed_form(const char *text, Buf *out)
{
    diff_each_line(text, out, styled_form);
}

void diff_marked_line(const char *line, Buf *out)
{
    int code = 0; /* inside a code span: a backslash is a character */
    for (const char *c = line; *c; c++) {
        if (*c == '`')
            code = !code;
        else if (!code && *c == '\\' && c[1] && strchr("!\"#$%&'()+,-./:;<=>?@^{|}~", c[1]))
            c++; /* "\\<": the '<' alone */
        buf_putc(out, *c);
    }
}
