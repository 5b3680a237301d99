/* md_plain.c - the text a line of inline Markdown prints, for a back end
 * that shows no Markdown (the workbook).
 *
 * A line built from a template (the "(Kèm theo Kế hoạch số ...)" line of an
 * attachment, render_attachment_line) is Markdown: the HTML and the Word
 * document read it with cmark (render_parse_inline) and print its emphasis
 * as italic or bold, its marks escaped as the characters. The workbook
 * printed the line as it was built, so a `--templates` wording with
 * "*chú*" printed "chú" in three formats and "*chú*" in the fourth
 * (s11diff T1). Here the line is read exactly as those back ends read it
 * and only its text is kept: the same words in every format. The plain
 * text of a plan's text (inline.c inline_expand_plain: the workbook's
 * group rows and title columns, the HTML <title>) is read here too: it
 * deleted every '*', a literal one that cmark prints too (s10diff L1).
 * An attachment's own text (title, note, headings, cells) is printed as
 * written: render_markdown_written keeps its links as written ("[x](y)",
 * the address a word of it), emphasis still not applied.
 * render_shown_end finds where a line's shown text ends, before the
 * emphasis that closes after it: the end marks of render.c ("./." after
 * the closing, ";" or "." after a basis) are decided on that text.
 * render_same_plain tells an importer whether the emphasis it wrote
 * reads back as the text it meant (md_flank.c).
 */
#include "md_read.h"

#include <cmark.h>
#include <string.h>

/* The text of markdown; written: links and images as written ("[x](y)"),
 * for an attachment's text, which is printed as written (README). */
static void plain_of(const char *markdown, int written, Buf *out)
{
    cmark_node *paragraph = NULL;
    cmark_node *document = written ? render_inline_paragraph_written(markdown, out, &paragraph)
                                   : render_inline_paragraph(markdown, out, &paragraph);
    if (paragraph) {
        cmark_iter *it = cmark_iter_new(paragraph);
        for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;) {
            cmark_node *n = cmark_iter_get_node(it);
            cmark_node_type type = cmark_node_get_type(n);
            if (written && (type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE)) {
                if (ev == CMARK_EVENT_ENTER) {
                    buf_puts(out, type == CMARK_NODE_IMAGE ? "![" : "[");
                } else {
                    const char *title = cmark_node_get_title(n);
                    buf_printf(out, "](%s%s%s%s)", cmark_node_get_url(n), title && *title ? " \"" : "",
                               title ? title : "", title && *title ? "\"" : "");
                }
                continue;
            }
            if (ev != CMARK_EVENT_ENTER)
                continue;
            switch (type) {
            case CMARK_NODE_TEXT:
            case CMARK_NODE_CODE:
            case CMARK_NODE_HTML_INLINE:
                buf_puts(out, cmark_node_get_literal(n));
                break;
            case CMARK_NODE_SOFTBREAK:
                buf_putc(out, ' ');
                break;
            case CMARK_NODE_LINEBREAK:
                buf_putc(out, '\n');
                break;
            default:
                break;
            }
        }
        cmark_iter_free(it);
    }
    if (document)
        cmark_node_free(document);
}

void render_markdown_emphasis(const char *markdown, Buf *out)
{
    Buf scratch = {0};
    cmark_node *paragraph = NULL;
    cmark_node *document = render_inline_paragraph(markdown, &scratch, &paragraph);
    size_t words = 0, col = 0, emph = 0, strong = 0; /* col: bytes into the word */
    int in_word = 0;
    cmark_iter *it = paragraph ? cmark_iter_new(paragraph) : NULL;
    for (cmark_event_type ev; it && (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;) {
        cmark_node *n = cmark_iter_get_node(it);
        cmark_node_type type = cmark_node_get_type(n);
        if (type == CMARK_NODE_EMPH || type == CMARK_NODE_STRONG) {
            size_t *depth = type == CMARK_NODE_EMPH ? &emph : &strong;
            *depth = ev == CMARK_EVENT_ENTER ? *depth + 1 : *depth - 1;
            continue;
        }
        const char *text = ev == CMARK_EVENT_ENTER && (type == CMARK_NODE_TEXT ||
                                                       type == CMARK_NODE_CODE)
                               ? cmark_node_get_literal(n) : ev == CMARK_EVENT_ENTER &&
                               (type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK)
                               ? " " : NULL;
        if (!text)
            continue;
        size_t at_word = in_word ? words - 1 : words, at_col = in_word ? col : 0, starts = 0;
        for (const char *c = text; *c; c++) { /* words counted as printed */
            int blank = *c == ' ' || *c == '\n' || *c == '\t';
            starts += !blank && !in_word;
            col = blank ? 0 : in_word ? col + 1 : 1;
            in_word = !blank;
        }
        words += starts;
        /* where it starts (a word, a byte into it) and how many words it
         * begins: not its words, which diff shows as they change */
        if (emph || strong)
            buf_printf(out, "%c%c%zu.%zu+%zu\x1f", emph ? 'i' : '-', strong ? 'b' : '-', at_word,
                       at_col, starts);
    }
    if (it)
        cmark_iter_free(it);
    if (document)
        cmark_node_free(document);
    buf_free(&scratch);
}

void render_markdown_plain(const char *markdown, Buf *out)
{
    plain_of(markdown, 0, out);
}

/* buf's text with each run of spaces made one, in place: the spaces an
 * importer moves out of a mark are no change of the words */
static void one_space(Buf *b)
{
    size_t w = 0;
    for (size_t r = 0; r < b->len; r++)
        if (b->data[r] != ' ' || w == 0 || b->data[w - 1] != ' ')
            b->data[w++] = b->data[r];
    b->len = w;
}

int render_same_plain(const char *a, const char *b)
{
    Buf x = {0}, y = {0};
    plain_of(a, 0, &x);
    plain_of(b, 0, &y);
    one_space(&x);
    one_space(&y);
    int same = x.len == y.len && (x.len == 0 || memcmp(x.data, y.data, x.len) == 0);
    buf_free(&x);
    buf_free(&y);
    return same;
}

void render_markdown_written(const char *markdown, Buf *out)
{
    /* line by line: a table's cell keeps its lines (README, "The plan
     * language"), which cmark read as one paragraph and printed joined by
     * spaces in every format (s16attack F1); a run of line breaks, or a
     * line of blanks, is one break. A field printed as one line folds
     * them afterwards (text_one_line). */
    Buf line = {0}, text = {0};
    size_t lines = 0;
    for (const char *c = markdown ? markdown : ""; *c;) {
        size_t run = strcspn(c, "\n\r");
        buf_reset(&line);
        buf_putn(&line, c, run);
        c += run + strspn(c + run, "\n\r");
        buf_reset(&text);
        plain_of(buf_str(&line), 1, &text);
        if (text.len == 0)
            continue;
        if (lines++)
            buf_putc(out, '\n');
        buf_putn(out, text.data, text.len);
    }
    buf_free(&line);
    buf_free(&text);
}

/* 1 if the character at markdown[at] is escaped by an odd run of '\\'. */
static int escaped(const char *markdown, size_t at)
{
    size_t run = 0;
    while (run < at && markdown[at - 1 - run] == '\\')
        run++;
    return run % 2;
}

size_t render_shown_end(const char *markdown, size_t len)
{
    size_t end = len;
    while (end > 0 && strchr("*_~", markdown[end - 1]) && !escaped(markdown, end - 1))
        end--;
    if (end == len || end == 0)
        return len;
    /* the delimiters close emphasis only if the line does not print them */
    Buf head = {0}, plain = {0};
    buf_putn(&head, markdown, len);
    render_markdown_plain(buf_str(&head), &plain);
    size_t p = plain.len;
    while (p > 0 && (plain.data[p - 1] == ' ' || plain.data[p - 1] == '\n'))
        p--;
    int printed = p > 0 && plain.data[p - 1] == markdown[len - 1];
    buf_free(&head);
    buf_free(&plain);
    return printed ? len : end;
}
