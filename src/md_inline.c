/* md_inline.c - a line of inline Markdown made safe to wrap in emphasis.
 *
 * The Markdown back end prints a heading, a table's caption, a part's
 * lines, the subject line and each legal basis inside emphasis marks
 * ("**I. TITLE**", "*Căn cứ ...*"). Written as they stand, the marks of the
 * text paired with the wrapper: a caption "Tổng hợp 1. **" printed
 * "**Bảng 1. Tổng hợp 1. ****", which a Markdown reader shows as four
 * stars and no bold, and a title "A **b c" lost its own "**" to the
 * wrapper while the HTML and the Word document print it, and a caption
 * ending in a backslash escaped the closing "**" (s10diff F2).
 * Here the text is read once as the HTML and the .docx read it
 * (render_parse_inline) and written back in CommonMark by cmark itself, so
 * each '*' or '_' that is text comes out escaped and each emphasis as
 * emphasis: the wrapper then pairs only with itself. A text without '*',
 * '_' or '\' cannot pair with the wrapper and is copied as it is. An image
 * ("![logo](http://x/y.png)") is written as its alternative text, and a
 * link that render_link_kept refuses ("[trang](javascript:x)", a file: or
 * relative address) as its text, as the HTML, the Word document and the
 * workbook print them; render_md_block_text takes a body text with one
 * here too (cross21 C2: the .md alone printed a refused link's address). An emphasis inside a word ("a**b**c") is written as its text when
 * the line is to be wrapped: its marks would pair with the wrapper's
 * (cross21 C3), and the wrapper's emphasis covers it. */
#include "render.h"
#include "unispace.h"
#include "vi.h"

#include <stdlib.h>
#include <string.h>

#include <cmark.h>

/* 1 if the link's text is its address alone: one written without text,
 * given it by render_parse_inline, or "[https://a.vn](https://a.vn)".
 * cmark writes such a link back as an autolink, "<https://a.vn>", whose
 * '<' the .md's last pass escapes: it is written as its text, which that
 * pass keeps from GFM's autolink (s36low). */
static int text_is_address(cmark_node *link)
{
    cmark_node *child = cmark_node_first_child(link);
    const char *url = cmark_node_get_url(link), *text;
    return child && !cmark_node_next(child) && cmark_node_get_type(child) == CMARK_NODE_TEXT &&
           url && (text = cmark_node_get_literal(child)) != NULL && strcmp(url, text) == 0;
}

/* 1 if node is what the other back ends print as its text alone: an
 * image, or a link render_link_kept refuses; or what the .md prints as
 * its text, a link whose text is its address. */
static int printed_as_text(cmark_node *node)
{
    cmark_node_type type = cmark_node_get_type(node);
    return type == CMARK_NODE_IMAGE ||
           (type == CMARK_NODE_LINK && (!render_link_kept(node) || text_is_address(node)));
}

/* Replaces each image under node by its alternative text, as the HTML
 * prints it (render_html.c): the .md showed the image, which a Markdown
 * viewer fetches (s14attack L2); and each link render_link_kept refuses by
 * its text, as every other format prints it (cross21 C2). */
static void unwrap_images(cmark_node *node)
{
    cmark_node *child = cmark_node_first_child(node);
    while (child) {
        cmark_node *next = cmark_node_next(child);
        unwrap_images(child);
        if (printed_as_text(child)) {
            cmark_node *inner;
            while ((inner = cmark_node_first_child(child)) != NULL)
                cmark_node_insert_before(child, inner);
            cmark_node_free(child); /* unlinks it */
        }
        child = next;
    }
}

/* 1 if the byte before end (at its text's end) or at start (at its
 * start) is a letter or digit: an ASCII one, or any byte of a multibyte
 * character (a Vietnamese letter; a mark or a symbol of that range
 * counts too, which only keeps an emphasis as text). */
static int text_touches(cmark_node *text, int at_end)
{
    if (!text || cmark_node_get_type(text) != CMARK_NODE_TEXT)
        return 0;
    const char *s = cmark_node_get_literal(text);
    size_t n = s ? strlen(s) : 0;
    return n && vi_word_byte((unsigned char)s[at_end ? n - 1 : 0]);
}

/* Replaces each emphasis under node that touches a letter or digit of
 * the text beside it ("a**b**c", "Hưu*x*") by its text. Written back,
 * such an emphasis is a run of '*' inside a word, which pairs with the
 * wrapper's: "***1. a**b**c***" is read "*<b>1. a</b>bc*" and two stars
 * shown, "**x a**b**c y**" loses its bold at "b" (cross21 C3). Its
 * words stay; only the inner emphasis, which the wrapper's covers, goes. */
static void unwrap_intraword(cmark_node *node)
{
    cmark_node *child = cmark_node_first_child(node);
    while (child) {
        cmark_node *next = cmark_node_next(child);
        unwrap_intraword(child);
        cmark_node_type type = cmark_node_get_type(child);
        if ((type == CMARK_NODE_EMPH || type == CMARK_NODE_STRONG) &&
            (text_touches(cmark_node_previous(child), 1) || text_touches(next, 0))) {
            cmark_node *inner;
            while ((inner = cmark_node_first_child(child)) != NULL)
                cmark_node_insert_before(child, inner);
            cmark_node_free(child); /* unlinks it */
        }
        child = next;
    }
}

const char *md_trim_blanks(const char *text, size_t *len)
{
    const char *s = text ? text : "";
    size_t left = strlen(s), start = 0, end = 0, at = 0;
    int seen = 0;
    while (at < left) {
        unsigned c = 0;
        int bytes = utf8_decode_strict(s + at, left - at, &c);
        if (bytes <= 0) { /* not UTF-8: a byte of text, never a blank */
            bytes = 1;
            c = 'x';
        }
        if (!unispace_markdown(c)) {
            if (!seen)
                start = at;
            seen = 1;
            end = at + (size_t)bytes;
        }
        at += (size_t)bytes;
    }
    *len = seen ? end - start : 0;
    return s + (seen ? start : left);
}

/* md_put_wrappable's work; every: any text holding a character cmark's
 * writer escapes goes through cmark, not only one with marks to keep
 * apart (md_put_printed_form); wrapped: the line is to be wrapped in
 * emphasis, an emphasis inside a word is written as its text. */
static void put_wrappable(Buf *out, const char *markdown, int every, int wrapped)
{
    /* blanks at its ends, inside the marks, make them literal: a caption
     * whose {list ...} printed nothing came out "**Bảng 2. X **", and a
     * heading ending in a no-break space pasted from Word "**I. X **"
     * (s20attack F1) */
    size_t n = 0;
    const char *s = md_trim_blanks(markdown, &n);
    int plain = every ? strcspn(s, "*_\\[]`<>&") >= n
                      : strcspn(s, "*_\\[]`") >= n; /* "![" has its '[' */
    if (plain) {
        buf_putn(out, s, n);
        return;
    }
    char *trimmed = xstrdup(s);
    trimmed[n] = '\0';
    s = trimmed;
    Buf line = {0};
    cmark_node *paragraph = NULL;
    cmark_node *document = render_parse_inline(s, &line, &paragraph);
    if (!document) {
        buf_free(&line);
        free(trimmed);
        return;
    }
    if (!paragraph) { /* cmark read another block: printed as text there */
        for (const char *c = line.data ? line.data : ""; *c; c++) {
            if (strchr("*_\\`[]<>&", *c))
                buf_putc(out, '\\');
            buf_putc(out, *c);
        }
    } else {
        unwrap_images(paragraph);
        if (wrapped)
            unwrap_intraword(paragraph);
        char *md = cmark_render_commonmark(paragraph, CMARK_OPT_DEFAULT, 0);
        size_t len = strlen(md);
        while (len && (md[len - 1] == '\n' || md[len - 1] == ' '))
            len--;
        buf_putn(out, md, len);
        free(md);
    }
    cmark_node_free(document);
    buf_free(&line);
    free(trimmed);
}

int md_has_text_only_inline(const char *markdown)
{
    if (!str_find(markdown, "](")) /* a reference link has no definition
                                      * in one text: never a link here */
        return 0;
    Buf line = {0};
    cmark_node *paragraph = NULL;
    cmark_node *document = render_parse_inline(markdown, &line, &paragraph);
    int found = 0;
    if (document && paragraph) {
        cmark_iter *it = cmark_iter_new(paragraph);
        cmark_event_type ev;
        while (!found && (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE)
            if (ev == CMARK_EVENT_ENTER && printed_as_text(cmark_iter_get_node(it)))
                found = 1;
        cmark_iter_free(it);
    }
    if (document)
        cmark_node_free(document);
    buf_free(&line);
    return found;
}

void md_put_wrappable(Buf *out, const char *markdown)
{
    put_wrappable(out, markdown, 0, 1);
}

void md_put_written_back(Buf *out, const char *markdown)
{
    put_wrappable(out, markdown, 0, 0);
}

void md_put_printed_form(Buf *out, const char *markdown)
{
    put_wrappable(out, markdown, 1, 0);
}
