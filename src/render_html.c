/* render_html.c - the plan as one print-ready HTML page.
 *
 * The page is the template "plan.html" (which inlines "plan.css"); this
 * file fills it with HTML fragments: the two-column header, the title, the
 * legal bases, the numbered body, the closing, the signature and
 * recipients block and the attachment tables. Every decision about *what*
 * is printed is the Markdown back end's (render.h, render_md.c): the same
 * labels, the same styles, the same task lines, the same paragraphs; only
 * the markup differs. Bullets and points stay paragraphs with their "-",
 * "+" or "a)" written out, as on paper, not HTML lists.
 *
 * Prose is inline Markdown after inline-reference expansion. Each paragraph
 * goes through cmark in safe mode, but first loses every way to be read as
 * anything but one paragraph of text: a start that would open a list, a
 * heading, a quote, a code block or a link definition is escaped, and every
 * '<' and '&' outside code spans becomes an entity, so markup written in a
 * plan ("<script>", "<b>") prints as the characters it is. Images become
 * their alternative text (a page must not load anything), and a link stays
 * a link only to a web or mail address ("javascript:" prints as its text);
 * cmark's safe mode stays on underneath. The wrapping <p> is removed so the
 * fragment can be placed inside the paragraph written here.
 *
 * Attachments are sections on their own pages: each gets a named page
 * ("attachment-1", ...; the template's value attachment_pages) that
 * plan.html sizes (portrait or landscape) and numbers on its own. Tables have a header of one or two
 * rows (grouped columns span their group; ungrouped columns span both
 * rows), cells merged down over grouped rows (rowspan), group rows whose
 * title spans the columns after the STT column, and an optional totals row.
 *
 * Stage: 5 (render). Reads a resolved, const Plan; writes only its output
 * buffer.
 */
#include "render_html.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <cmark.h>

#include "attach.h"
#include "colwidth.h"
#include "issuer_lines.h"
#include "layout.h"
#include "vi.h"

/* Safe mode is cmark's default since 0.29; asking for it keeps older
 * versions safe too. Never CMARK_OPT_UNSAFE. */
#define MARKDOWN_OPTIONS (CMARK_OPT_DEFAULT | CMARK_OPT_SAFE)

/* ---- escaping ----------------------------------------------------------------- */

/* Appends text with & < > " as entities: plain text into HTML. With
 * keep_breaks, a line break becomes <br> (table cells). */
static void put_escaped_text(Buf *out, const char *text, int keep_breaks)
{
    for (const char *c = text ? text : ""; *c; c++) {
        size_t run = strcspn(c, "&<>\"\n");
        buf_putn(out, c, run);
        c += run;
        switch (*c) {
        case '&': buf_puts(out, "&amp;"); break;
        case '<': buf_puts(out, "&lt;"); break;
        case '>': buf_puts(out, "&gt;"); break;
        case '"': buf_puts(out, "&quot;"); break;
        case '\n': buf_puts(out, keep_breaks ? "<br>" : " "); break;
        default: return; /* the end */
        }
    }
}

static void put_escaped(Buf *out, const char *text)
{
    put_escaped_text(out, text, 0);
}

/* ---- Markdown through cmark ------------------------------------------------------ */

/* Replaces every image by its alternative text (the page loads nothing)
 * and every link that render_link_kept refuses by its text. */
static void unwrap_unsafe_nodes(cmark_node *document)
{
    size_t count = 0, cap = 0;
    cmark_node **unwrap = NULL;
    cmark_iter *iter = cmark_iter_new(document);
    cmark_event_type event;
    while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
        cmark_node *node = cmark_iter_get_node(iter);
        if (event != CMARK_EVENT_ENTER)
            continue;
        cmark_node_type type = cmark_node_get_type(node);
        if (type == CMARK_NODE_IMAGE || (type == CMARK_NODE_LINK && !render_link_kept(node))) {
            if (count == cap) {
                cap = cap ? cap * 2 : 4;
                unwrap = xrealloc(unwrap, cap * sizeof *unwrap);
            }
            unwrap[count++] = node;
        }
    }
    cmark_iter_free(iter);
    for (size_t i = 0; i < count; i++) {
        cmark_node *child;
        while ((child = cmark_node_first_child(unwrap[i])) != NULL)
            cmark_node_insert_before(unwrap[i], child);
        cmark_node_free(unwrap[i]); /* unlinks it */
    }
    free(unwrap);
}

/* Appends one paragraph of inline Markdown as inline HTML (no <p>). Line
 * breaks in markdown are read as spaces. Whatever cmark would not read as a
 * single paragraph prints as escaped text (render_parse_inline). */
static void put_inline(Buf *out, const char *markdown)
{
    Buf line = {0}, literal = {0};
    int kind = render_inline_literal(markdown, &line, &literal);
    if (kind > 0) /* one text node: cmark would print it escaped, as here */
        put_escaped(out, literal.data);
    buf_free(&literal);
    if (kind != 0) {
        buf_free(&line);
        return;
    }
    cmark_node *paragraph = NULL;
    cmark_node *document = render_parse_inline(markdown, &line, &paragraph);
    if (!document) {
        buf_free(&line);
        return;
    }
    unwrap_unsafe_nodes(document);
    char *html = paragraph ? cmark_render_html(paragraph, MARKDOWN_OPTIONS) : NULL;
    size_t len = html ? strlen(html) : 0;
    if (len >= 8 && memcmp(html, "<p>", 3) == 0 && memcmp(html + len - 5, "</p>\n", 5) == 0)
        buf_putn(out, html + 3, len - 8);
    else
        put_escaped(out, line.data);
    free(html);
    cmark_node_free(document);
    buf_free(&line);
}

/* ---- paragraphs and styles ------------------------------------------------------ */

/* Appends markdown as inline HTML inside the emphasis of e. */
static void put_emphasised(Buf *out, const char *markdown, RenderEmphasis e)
{
    Buf upper = {0}, html = {0};
    if (e.upper && markdown) {
        vi_put_upper_printed(&upper, markdown);
        markdown = upper.data;
    }
    put_inline(&html, markdown);
    if (html.len) {
        buf_puts(out, e.bold ? "<strong>" : "");
        buf_puts(out, e.italic ? "<em>" : "");
        buf_putn(out, html.data, html.len);
        buf_puts(out, e.italic ? "</em>" : "");
        buf_puts(out, e.bold ? "</strong>" : "");
    }
    buf_free(&upper);
    buf_free(&html);
}

/* ---- the body ------------------------------------------------------------------- */

/* Where the body goes, and the context of the texts being written. */
typedef struct HtmlWriter {
    InlineCtx ctx;           /* with the current task */
    Buf *out;
    const Layout *layout;    /* the plan's page, for keep_with_first */
    int keeping;             /* a <div class="keep-with"> is open */
} HtmlWriter;

/* Writes <p class="cls">inner</p> and a newline; nothing if inner is empty. */
static void put_paragraph(Buf *out, const char *cls, const Buf *inner)
{
    if (!inner->len)
        return;
    buf_puts(out, "<p");
    if (cls && *cls) {
        buf_puts(out, " class=\"");
        buf_puts(out, cls);
        buf_putc(out, '"');
    }
    buf_putc(out, '>');
    buf_putn(out, inner->data, inner->len);
    buf_puts(out, "</p>\n");
}

/* One paragraph of inline Markdown as a plain body paragraph. */
static void emit_paragraph(void *data, const char *para)
{
    HtmlWriter *w = data;
    Buf inner = {0};
    put_inline(&inner, para);
    put_paragraph(w->out, NULL, &inner);
    buf_free(&inner);
}

/* Expands text (inline Markdown with references) and writes its paragraphs. */
static void put_paragraphs(HtmlWriter *w, const char *text)
{
    Buf expanded = {0};
    render_expand(&w->ctx, text, &expanded);
    render_for_each_paragraph(expanded.data, emit_paragraph, w);
    buf_free(&expanded);
}

static const char *node_class(const BodyNode *node)
{
    switch (node->kind) {
    case NODE_SECTION: return "section";
    case NODE_CLAUSE: return "clause";
    case NODE_SUBCLAUSE: return "subclause";
    case NODE_POINT: return "point";
    case NODE_BULLET: return "bullet";
    case NODE_TASK: return "task";
    case NODE_PARA: case NODE_TABLE: case NODE_PART: break;
    }
    return NULL;
}

/* One heading line, "LABEL TITLE: TEXT" (render_heading_parts decides the
 * words): label and title styled together, then the text's first paragraph
 * in its own style; further paragraphs of the text follow as paragraphs. */
static int put_heading_line(HtmlWriter *w, const BodyNode *node, unsigned default_style)
{
    Buf head = {0}, text = {0}, first = {0}, inner = {0};
    render_heading_parts(&w->ctx, node, &head, &text);
    const char *styled_part = head.data ? head.data : "";
    /* a bullet marker stays outside the emphasis: "- <em>Tiêu chí số 2:</em>" */
    size_t marker = render_heading_marker_length(node, styled_part);
    if (marker) { /* the label as written, not its Markdown (render_put_label) */
        put_escaped(&inner, node->printed_label);
        if (marker > render_label_length(node->printed_label))
            buf_putc(&inner, ' ');
        styled_part += marker;
    }
    if (*styled_part)
        put_emphasised(&inner, styled_part, render_emphasis(node->style, default_style));
    const char *rest = render_split_first_paragraph(text.data, &first);
    if (first.len) {
        if (inner.len)
            buf_putc(&inner, ' ');
        put_emphasised(&inner, first.data, render_emphasis(node->text_style, STYLE_PLAIN));
    }
    int kept = render_keeps_with_next(node) && !rest && inner.len;
    if (kept) {
        char cls[32];
        snprintf(cls, sizeof cls, "%s keep-next", node_class(node));
        put_paragraph(w->out, cls, &inner);
    } else {
        put_paragraph(w->out, node_class(node), &inner);
    }
    if (rest)
        render_for_each_paragraph(rest, emit_paragraph, w);
    buf_free(&head);
    buf_free(&text);
    buf_free(&first);
    buf_free(&inner);
    return kept;
}

/* A bullet, point or paragraph: its label, then its text in its style;
 * further paragraphs of the text follow unlabelled. */
static void put_text_node(HtmlWriter *w, const BodyNode *node)
{
    Buf expanded = {0}, first = {0}, inner = {0};
    render_expand(&w->ctx, node->text ? node->text : "", &expanded);
    const char *rest = render_split_first_paragraph(expanded.data, &first);
    const char *label = node->printed_label ? node->printed_label : "";
    if (*label) {
        put_escaped(&inner, label);
        buf_putc(&inner, ' ');
    }
    put_emphasised(&inner, first.data, render_emphasis(node->style, STYLE_PLAIN));
    while (inner.len && inner.data[inner.len - 1] == ' ')
        inner.data[--inner.len] = '\0';
    put_paragraph(w->out, node_class(node), &inner);
    if (rest)
        render_for_each_paragraph(rest, emit_paragraph, w);
    buf_free(&expanded);
    buf_free(&first);
    buf_free(&inner);
}

/* Gives each paragraph written since `from` a left margin of ctx->nest
 * steps: the content of a task printed with "+" (its text, lines and
 * items) is indented under it, so its own "+" lines do not read as its
 * siblings. */
static void nest_tail(Buf *out, size_t from, int nest)
{
    if (nest <= 0 || out->len <= from)
        return;
    Buf tail = {0};
    buf_take_tail(out, from, &tail);
    char attr[64];
    snprintf(attr, sizeof attr, "<p style=\"margin-left: %.2fcm\"",
             RENDER_NEST_STEP_CM * render_nest_steps(nest));
    for (const char *s = tail.data; *s;) {
        if (strncmp(s, "<p", 2) == 0 && (s[2] == '>' || s[2] == ' ')) {
            buf_puts(out, attr);
            s += 2;
        } else {
            const char *lt = strchr(s + 1, '<'); /* up to the next tag at once */
            size_t run = lt ? (size_t)(lt - s) : strlen(s);
            buf_putn(out, s, run);
            s += run;
        }
    }
    buf_free(&tail);
}

/* ---- a kept heading and the paragraph under it ------------------------------- */

/* A paragraph of at most this many lines can be split by no engine: the
 * first page keeps 2 lines at least (orphans), the next 2 (widows), the
 * CSS defaults plan.css keeps and Word's widow control alike. */
enum { UNSPLIT_LINES = 3 };

/* Inserts s into out at byte at. */
static void insert_at(Buf *out, size_t at, const char *s)
{
    Buf tail = {0};
    buf_take_tail(out, at, &tail);
    buf_puts(out, s);
    if (tail.len)
        buf_putn(out, tail.data, tail.len);
    buf_free(&tail);
}

/* Whether the paragraph html[0..len) (one <p>...</p>, inline markup and
 * entities) prints in at most UNSPLIT_LINES lines of the body's text:
 * its words, markup left out and an entity counted as one wide
 * character, after the first line's indent (as many digits, half an em
 * each), wrapped in Times New Roman at the body's size in the page's
 * text width (colwidth.h's measure). */
static int unsplit_paragraph(const Layout *layout, const char *html, size_t len)
{
    double size = layout->font_size ? layout->font_size : 14.0;
    double indent_pt = (layout->indent ? layout->indent : 1.0) / 2.54 * 72.0;
    Buf plain = {0};
    for (int d = 0; d < (int)(indent_pt / (size / 2) + 0.5); d++)
        buf_putc(&plain, '0');
    buf_putc(&plain, ' ');
    for (size_t i = 0; i < len; i++) {
        if (html[i] == '<') {
            while (i < len && html[i] != '>')
                i++;
        } else if (html[i] == '&') {
            while (i < len && html[i] != ';')
                i++;
            buf_putc(&plain, 'W');
        } else {
            buf_putc(&plain, html[i]);
        }
    }
    double left = layout->margin_left ? layout->margin_left : 30.0;
    double right = layout->margin_right ? layout->margin_right : 15.0;
    double width = (210.0 - left - right) / 25.4 * 72.0;
    int lines = table_text_lines(plain.data, width, size, 0);
    buf_free(&plain);
    return lines <= UNSPLIT_LINES;
}

/* After an emitter wrote w->out from byte from: a heading kept with what
 * follows (render_keeps_with_next, kept set) opens a <div class=
 * "keep-with"> (plan.css: break-inside: avoid) unless one is open, and the
 * next piece closes it, after its first paragraph when that paragraph
 * cannot be split (unsplit_paragraph), else before it. The heading's
 * break-after: avoid alone let Chromium's print split a 3-line paragraph
 * under a heading at a page's foot 2 + 1 lines (s43print, s44print);
 * Word and LibreOffice move it whole with its heading (keepNext and
 * widow control). A longer paragraph may split, 2 lines at least on each
 * page, as in the .docx: it is left out, not moved whole. */
static void keep_with_first(HtmlWriter *w, size_t from, int kept)
{
    Buf *out = w->out;
    if (kept) {
        if (!w->keeping)
            insert_at(out, from, "<div class=\"keep-with\">\n");
        w->keeping = 1;
        return;
    }
    if (!w->keeping)
        return;
    w->keeping = 0;
    const char *start = out->data ? out->data + from : "";
    const char *end = strncmp(start, "<p", 2) == 0 ? str_find(start, "</p>\n") : NULL;
    if (end && unsplit_paragraph(w->layout, start, (size_t)(end - start)))
        insert_at(out, (size_t)(end + 5 - out->data), "</div>\n");
    else
        insert_at(out, from, "</div>\n");
}

/* The emitters render_walk_body calls: the HTML of each piece. */

static void html_heading(void *writer, const InlineCtx *ctx, const BodyNode *node,
                         unsigned default_style)
{
    HtmlWriter *w = writer;
    w->ctx = *ctx;
    size_t from = w->out->len;
    int kept = put_heading_line(w, node, default_style);
    nest_tail(w->out, from, ctx->nest);
    keep_with_first(w, from, kept);
}

static void html_text_node(void *writer, const InlineCtx *ctx, const BodyNode *node)
{
    HtmlWriter *w = writer;
    w->ctx = *ctx;
    size_t from = w->out->len;
    put_text_node(w, node);
    nest_tail(w->out, from, ctx->nest);
    keep_with_first(w, from, 0);
}

static void html_paragraphs(void *writer, const InlineCtx *ctx, const char *text)
{
    HtmlWriter *w = writer;
    w->ctx = *ctx;
    size_t from = w->out->len;
    put_paragraphs(w, text);
    nest_tail(w->out, from, ctx->nest);
    keep_with_first(w, from, 0);
}

static void html_task_line(void *writer, const InlineCtx *ctx, const char *line)
{
    HtmlWriter *w = writer;
    Buf inner = {0};
    size_t from = w->out->len;
    put_inline(&inner, line);
    put_paragraph(w->out, "task-line", &inner);
    nest_tail(w->out, from, ctx->nest);
    keep_with_first(w, from, 0);
    buf_free(&inner);
}

static void put_table(Arena *arena, const Attachment *att, int keep, const char *note_class,
                      const Layout *layout, Buf *out);

/* A table in the body: its caption centred in bold, the table as an
 * attachment's, its note in italics (class "body-table", styled by
 * put_body_table_css). */
static void html_table(void *writer, const InlineCtx *ctx, const BodyNode *node)
{
    HtmlWriter *w = writer;
    size_t from = w->out->len;
    Buf caption = {0}, inner = {0};
    render_table_caption(ctx, node, &caption);
    buf_puts(w->out, "<div class=\"body-table\">\n");
    if (caption.len) {
        put_inline(&inner, caption.data);
        put_paragraph(w->out, "table-caption", &inner);
    }
    put_table(ctx->arena, node->table, 0, "table-note", &ctx->plan->layout, w->out);
    buf_puts(w->out, "</div>\n");
    nest_tail(w->out, from, ctx->nest);
    keep_with_first(w, from, 0);
    buf_free(&caption);
    buf_free(&inner);
}

/* A part: "Phần thứ nhất" and its title, centred in bold (classes "part"
 * and "part-title", styled by put_body_table_css), kept with what
 * follows. */
static void html_part(void *writer, const InlineCtx *ctx, const BodyNode *node,
                      unsigned default_style)
{
    (void)default_style;
    HtmlWriter *w = writer;
    size_t from = w->out->len;
    Buf label = {0}, title = {0}, inner = {0};
    render_part_lines(ctx, node, &label, &title);
    if (label.len) {
        put_inline(&inner, label.data);
        put_paragraph(w->out, "part keep-next", &inner);
    }
    if (title.len) {
        buf_reset(&inner);
        put_inline(&inner, title.data);
        put_paragraph(w->out, "part-title keep-next", &inner);
    }
    nest_tail(w->out, from, ctx->nest);
    keep_with_first(w, from, w->out->len > from);
    buf_free(&label);
    buf_free(&title);
    buf_free(&inner);
}

/* ---- header, title, signature ----------------------------------------------------- */

/* The two-column header: issuing body and number on the left, the national
 * name, the motto and the place and date on the right. The number line
 * and the date line share a flex row that aligns their baselines. */
static void put_header(Arena *arena, const Plan *plan, const TValue *values, Buf *out)
{
    const TValue *national = tv_get(values, "national_name");
    const TValue *motto = tv_get(values, "motto");
    Buf line = {0};

    buf_puts(out, "<table class=\"doc-header\">\n<tr>\n<td class=\"issuer-cell\">\n");
    if (plan->governing_body && *plan->governing_body) {
        buf_puts(out, "<p class=\"governing-body\">");
        put_escaped(out, plan->governing_body);
        buf_puts(out, "</p>\n");
    }
    const char **issuer; /* as printed: a line too wide broken as an official breaks it */
    size_t n_issuer = issuer_lines(arena, plan, &issuer);
    if (n_issuer) {
        buf_puts(out, "<div class=\"issuer\">");
        for (size_t i = 0; i < n_issuer; i++) {
            buf_puts(out, "<p>");
            put_escaped(out, issuer[i]);
            buf_puts(out, "</p>");
        }
        buf_puts(out, "</div>\n");
    }
    buf_puts(out, "</td>\n<td class=\"nation-cell\">\n<p class=\"national-name\">");
    put_escaped(out, national && national->str ? national->str : "");
    buf_puts(out, "</p>\n<p class=\"motto\"><span>");
    put_escaped(out, motto && motto->str ? motto->str : "");
    /* the number and the date line in one flex row, aligned on their
     * baseline (13 and 14 pt): table cells lose that alignment in print */
    buf_puts(out, "</span></p>\n</td>\n</tr>\n<tr>\n<td colspan=\"2\" class=\"number-date\">\n"
                  "<div class=\"number-date-row\">\n<p class=\"doc-number\">");
    render_number_line(plan, &line);
    put_escaped(out, line.data);
    buf_puts(out, "</p>\n<p class=\"place-date\">");
    buf_reset(&line);
    render_place_date(plan, &line);
    put_escaped(out, line.data);
    buf_puts(out, "</p>\n</div>\n</td>\n</tr>\n</table>\n");
    buf_free(&line);
}

/* Recipients i..end of plan, a paragraph each. */
static void put_recipients(const Plan *plan, size_t i, size_t end, Buf *out)
{
    Buf line = {0};
    for (; i < end; i++) {
        buf_reset(&line);
        render_recipient(plan, i, &line);
        buf_puts(out, "<p>- ");
        put_escaped(out, line.data);
        buf_puts(out, "</p>\n");
    }
    buf_free(&line);
}

/* Recipients on the left, the signature on the right, side by side from
 * the same height, kept on one page; the recipients past those beside the
 * signature (render_recipients_beside) under them, free to go on to the
 * next page. */
static void put_signing(const Plan *plan, const TValue *values, Buf *out)
{
    if (!plan->n_recipients && !plan->signature)
        return;
    size_t beside = render_recipients_beside(plan);
    buf_puts(out, "<div class=\"signing\">\n<div class=\"recipients\">\n");
    if (plan->n_recipients) {
        const TValue *title = tv_get(values, "recipients_title");
        buf_puts(out, "<p class=\"recipients-title\">");
        put_escaped(out, title && title->str ? title->str : "");
        buf_puts(out, "</p>\n");
        put_recipients(plan, 0, beside, out);
    }
    buf_puts(out, "</div>\n<div class=\"signature\">\n");
    if (plan->signature) {
        const Signature *sig = plan->signature;
        for (size_t i = 0; i < sig->n_lines; i++) {
            buf_puts(out, "<p class=\"signature-line\">");
            put_escaped(out, sig->lines[i]);
            buf_puts(out, "</p>\n");
        }
        buf_puts(out, "<div class=\"signature-space\"></div>\n");
        for (size_t i = 0; i < sig->n_name_lines; i++) {
            buf_puts(out, "<p class=\"signature-name\">");
            put_escaped(out, sig->name_lines[i]);
            buf_puts(out, "</p>\n");
        }
    }
    buf_puts(out, "</div>\n</div>\n");
    if (beside < plan->n_recipients) {
        /* the last two together: "- Lưu: VT." never alone on a page */
        size_t end = plan->n_recipients - 2 > beside ? plan->n_recipients - 2 : beside;
        buf_puts(out, "<div class=\"recipients recipients-more\">\n");
        put_recipients(plan, beside, end, out);
        buf_puts(out, "<div class=\"recipients-end\">\n");
        put_recipients(plan, end, plan->n_recipients, out);
        buf_puts(out, "</div>\n</div>\n");
    }
}

/* ---- attachments ------------------------------------------------------------------- */

static const char *align_class(Align align)
{
    return align == ALIGN_LEFT ? "l" : align == ALIGN_RIGHT ? "r" : "c";
}

/* <colgroup>: each column's share of the table's width, in per cent, from
 * the widths every back end shares (layout.c, colwidth.h); plan.css lays
 * the table out with these (table-layout: fixed), not from the browser's
 * guess. */
static void put_colgroup(const TableLayout *t, Buf *out)
{
    double total = 0;
    for (size_t c = 0; c < t->n_cols; c++)
        total += t->widths[c];
    buf_puts(out, "<colgroup>");
    for (size_t c = 0; c < t->n_cols; c++) {
        long per_mille = total > 0 ? (long)(t->widths[c] * 1000.0 / total + 0.5) : 0;
        buf_printf(out, "<col style=\"width: %ld.%ld%%\">", per_mille / 10, per_mille % 10);
    }
    buf_puts(out, "</colgroup>\n");
}

/* One cell of the grid layout.c decided: a <th> in the header rows, else
 * a <td> with its alignment class; a cell covered by a merge is left out
 * (the cell above spans it). */
static void put_cell(Buf *out, const LayoutRow *row, const LayoutCell *cell)
{
    if (cell->covered)
        return;
    int header = row->kind == LROW_HEADER;
    buf_puts(out, header ? "<th" : "<td");
    if (cell->rowspan > 1) {
        buf_puts(out, " rowspan=\"");
        buf_put_int(out, cell->rowspan, 1);
        buf_putc(out, '"');
    }
    if (cell->colspan > 1) {
        buf_puts(out, " colspan=\"");
        buf_put_int(out, cell->colspan, 1);
        buf_putc(out, '"');
    }
    if (!header) {
        buf_puts(out, " class=\"");
        buf_puts(out, align_class(cell->align));
        buf_putc(out, '"');
    }
    buf_putc(out, '>');
    put_escaped_text(out, cell->text, 1);
    buf_puts(out, header ? "</th>" : "</td>");
}

/* A table's note (plain text: attach_resolve expanded it) in class cls:
 * in_table, the table's last row, one cell across its n_cols columns;
 * else a paragraph (a table without columns). */
static void put_note_row(Buf *out, size_t n_cols, const char *cls, const char *note,
                         int in_table)
{
    Buf inner = {0};
    put_escaped(&inner, note);
    if (!in_table) {
        put_paragraph(out, cls, &inner);
    } else {
        buf_puts(out, "<tr class=\"note\"><td");
        if (n_cols > 1)
            buf_printf(out, " colspan=\"%zu\"", n_cols);
        buf_printf(out, " class=\"%s\">%s</td></tr>\n", cls, inner.data ? inner.data : "");
    }
    buf_free(&inner);
}

/* A row's <tr>: its kind's class (group and totals rows bold through
 * plan.css), "keep-next" where layout.h keeps it with the row under it and
 * "split" where it is taller than the page (layout_row_splits). */
static void open_row(const TableLayout *t, size_t r, int note, const Layout *layout, Buf *out)
{
    LayoutRowKind kind = t->rows[r].kind;
    const char *cls = kind == LROW_GROUP ? "group" : kind == LROW_TOTALS ? "totals" : "";
    int keep = layout_row_keeps_with_next(t, r, note);
    int split = layout_row_splits(t, r, layout);
    if (!*cls && !keep && !split) {
        buf_puts(out, "<tr>");
        return;
    }
    buf_printf(out, "<tr class=\"%s%s%s%s%s\">", cls, *cls && keep ? " " : "",
               keep ? "keep-next" : "", (*cls || keep) && split ? " " : "", split ? "split" : "");
}

/* The table: the header rows in <thead> (repeated on every printed page),
 * then the body rows; att's note (class note_class), when it has one, is
 * the last row, a cell across the table without borders, printed whole
 * and on the page of the row above it (layout_row_keeps_with_next); a row
 * taller than the page (on layout's margins) may split (layout_row_splits). */
static void put_table(Arena *arena, const Attachment *att, int keep, const char *note_class,
                      const Layout *layout, Buf *out)
{
    const TableLayout *t = layout_table_kept(arena, att, keep);
    int note = att->note && *att->note;
    if (!t) {
        if (note) /* no table to carry it: the note alone (KH error elsewhere) */
            put_note_row(out, 0, note_class, att->note, 0);
        return;
    }
    buf_puts(out, "<table class=\"attachment-table\">\n");
    put_colgroup(t, out);
    for (size_t r = 0; r < t->n_rows; r++) {
        const LayoutRow *row = &t->rows[r];
        if (r == 0)
            buf_puts(out, "<thead>\n");
        else if (r == (size_t)t->header_rows)
            buf_puts(out, "<tbody>\n");
        open_row(t, r, note, layout, out);
        for (size_t k = 0; k < row->n_cells; k++)
            put_cell(out, row, &row->cells[k]);
        buf_puts(out, "</tr>\n");
        if (r + 1 == (size_t)t->header_rows)
            buf_puts(out, "</thead>\n");
    }
    if (t->n_rows == (size_t)t->header_rows && note)
        buf_puts(out, "<tbody>\n");
    if (note)
        put_note_row(out, t->n_cols, note_class, att->note, 1);
    if (t->n_rows > (size_t)t->header_rows || note)
        buf_puts(out, "</tbody>\n");
    buf_puts(out, "</table>\n");
}

/* Attachment i as a section on its own named page "attachment-<i+1>". */
static void put_attachment(RenderCtx *rc, size_t i, Buf *out)
{
    const Attachment *att = &rc->plan->attachments[i];
    Buf text = {0};
    buf_printf(out, "<section class=\"sheet attachment %s attachment-%zu\"",
               att->landscape ? "landscape" : "portrait", i + 1);
    if (att->id && *att->id) {
        buf_puts(out, " id=\"");
        put_escaped(out, att->id);
        buf_putc(out, '"');
    }
    buf_puts(out, ">\n");
    if (att->label && *att->label) {
        buf_puts(out, "<p class=\"attachment-label\">");
        put_escaped(out, att->label);
        buf_puts(out, "</p>\n");
    }
    if (att->title && *att->title) {
        /* as written, as its label and note, in every format: the
         * workbook shows no Markdown, so "[x](y)" printed "X" here */
        vi_put_upper_printed(&text, att->title);
        buf_puts(out, "<p class=\"attachment-title\">");
        put_escaped(out, text.data);
        buf_puts(out, "</p>\n");
    }
    buf_reset(&text);
    render_attachment_line(&rc->inline_ctx, &text);
    if (text.len) {
        buf_puts(out, "<p class=\"attachment-line\">");
        put_inline(out, text.data);
        buf_puts(out, "</p>\n");
    }
    const TableLayout *t = layout_table_kept(rc->arena, att, 1);
    if (t && t->unit_line) {
        Buf inner = {0};
        put_escaped(&inner, t->unit_line);
        put_paragraph(out, "attachment-unit", &inner);
        buf_free(&inner);
    }
    put_table(rc->arena, att, 1, "attachment-note", &rc->plan->layout, out);
    buf_puts(out, "</section>\n");
    buf_free(&text);
}

/* CSS for the plan's own `layout:` choices (already checked against the
 * decree's ranges by the parser), placed after the template's CSS so they
 * win; nothing when the plan keeps the defaults. */
static void put_layout_css(const Layout *layout, Buf *out)
{
    if (layout->margin_top || layout->margin_right || layout->margin_bottom ||
        layout->margin_left) {
        /* a side left 0 keeps the default of templates/plan.css; the screen
         * sheet (.sheet padding) shows the same margins as the paper */
        static const char *const sides[] = {"top", "right", "bottom", "left"};
        const double mm[] = {layout->margin_top, layout->margin_right, layout->margin_bottom,
                             layout->margin_left};
        buf_puts(out, "@page {");
        for (int i = 0; i < 4; i++)
            if (mm[i])
                buf_printf(out, " margin-%s: %gmm;", sides[i], mm[i]);
        buf_puts(out, " }\n@media screen { .sheet {");
        for (int i = 0; i < 4; i++)
            if (mm[i])
                buf_printf(out, " padding-%s: %gmm;", sides[i], mm[i]);
        buf_puts(out, " } }\n");
    }
    if (layout->font_size || layout->line_spacing) {
        buf_puts(out, "body {");
        if (layout->font_size)
            buf_printf(out, " font-size: %gpt;", layout->font_size);
        if (layout->line_spacing)
            buf_printf(out, " line-height: %g;", layout->line_spacing);
        buf_puts(out, " }\n");
    }
    if (layout->indent || layout->paragraph_spacing) {
        buf_puts(out, "p {");
        if (layout->indent)
            buf_printf(out, " text-indent: %gcm;", layout->indent);
        if (layout->paragraph_spacing)
            buf_printf(out, " margin-bottom: %gpt;", layout->paragraph_spacing);
        buf_puts(out, " }\n");
    }
}

/* The look of the tables in the body (captions, notes), added only to a
 * plan that has one, so that the page of every other plan is unchanged;
 * the table itself is styled as an attachment's (.attachment-table). */
static void put_body_table_css(const Plan *plan, Buf *out)
{
    int tables = 0, parts = 0;
    for (size_t i = 0; i < plan->n_body; i++) {
        tables |= plan_body_has_table(plan->body[i]);
        parts |= plan->body[i]->kind == NODE_PART;
    }
    if (parts)
        buf_puts(out, "p.part, p.part-title { text-align: center; text-indent: 0;"
                      " font-weight: bold; margin: 0; }\n"
                      "p.part-title { margin-bottom: 6pt; }\n");
    if (!tables)
        return;
    buf_puts(out, ".body-table { margin: 6pt 0; }\n"
                  ".body-table p { text-indent: 0; margin: 0; }\n"
                  ".body-table .table-caption { text-align: center; font-weight: bold;"
                  " margin-bottom: 6pt; break-after: avoid; }\n"
                  ".body-table .table-note { margin-top: 6pt; font-style: italic;"
                  " text-align: justify; break-before: avoid; }\n");
}

/* ---- the page ----------------------------------------------------------------------- */

/* Sets key to the HTML fragment in part, without its last line break (the
 * template puts each fragment on a line of its own). */
static void set_fragment(Arena *arena, TValue *values, const char *key, Buf *part)
{
    while (part->len && part->data[part->len - 1] == '\n')
        part->data[--part->len] = '\0';
    tv_set_markup(arena, values, key, part->data ? part->data : "", TV_HTML);
}

/* Sets key to the inline HTML of a Markdown value of values (if present). */
static void set_inline_value(RenderCtx *rc, TValue *values, const char *markdown_key,
                             const char *html_key)
{
    const TValue *markdown = tv_get(values, markdown_key);
    if (!markdown || markdown->kind != TV_STRING || !markdown->str || !*markdown->str)
        return;
    Buf html = {0};
    put_inline(&html, markdown->str);
    tv_set_markup(rc->arena, values, html_key, html.data ? html.data : "", TV_HTML);
    buf_free(&html);
}

static void write_html_body(RenderCtx *rc, void *arg, Buf *out)
{
    (void)arg;
    HtmlWriter writer = {rc->inline_ctx, out, &rc->plan->layout, 0};
    BodyEmitter emit = {&writer, html_heading, html_text_node, html_paragraphs, html_task_line,
                        html_table, html_part};
    render_walk_body(rc, &emit);
    if (writer.keeping) /* a kept heading ends the body */
        buf_puts(out, "</div>\n");
}

static void write_html_attachments(RenderCtx *rc, void *arg, Buf *out)
{
    (void)arg;
    for (size_t i = 0; i < rc->plan->n_attachments; i++)
        put_attachment(rc, i, out);
}

int render_html(RenderCtx *rc, Buf *out)
{
    Arena *arena = rc->arena;
    const Plan *plan = rc->plan;
    TValue *values = render_header_values(rc);
    Buf part = {0};

    put_header(arena, plan, values, &part);
    set_fragment(arena, values, "header_html", &part);

    set_inline_value(rc, values, "title_md", "title_html");
    set_inline_value(rc, values, "opening", "opening_html");
    set_inline_value(rc, values, "closing", "closing_html");
    TValue *bases = tv_list(arena);
    const TValue *bases_md = tv_get(values, "bases");
    for (size_t i = 0; bases_md && bases_md->kind == TV_LIST && i < bases_md->count; i++) {
        buf_reset(&part);
        put_inline(&part, bases_md->items[i]->str);
        tv_push(arena, bases, tv_markup(arena, part.data ? part.data : "", TV_HTML));
    }
    tv_set(arena, values, "bases_html", bases);

    buf_reset(&part);
    put_layout_css(&plan->layout, &part);
    put_body_table_css(plan, &part);
    if (part.len)
        set_fragment(arena, values, "layout_css", &part);

    buf_reset(&part);
    put_signing(plan, values, &part);
    set_fragment(arena, values, "signing_html", &part);

    TValue *pages = tv_list(arena);
    for (size_t i = 0; i < plan->n_attachments; i++) {
        TValue *page = tv_map(arena);
        tv_set_str(arena, page, "name", arena_printf(arena, "attachment-%zu", i + 1));
        tv_set_str(arena, page, "orientation",
                   plan->attachments[i].landscape ? "landscape" : "portrait");
        tv_push(arena, pages, page);
    }
    tv_set(arena, values, "attachment_pages", pages);
    buf_free(&part);

    /* the body and the attachments are the bulk of the page: written
     * straight into out (render_with_parts), not held and copied */
    PageFragment parts[] = {{"body_html", write_html_body, NULL, 1},
                            {"attachments_html", write_html_attachments, NULL, 1}};
    size_t n_parts = plan->n_attachments ? 2 : 1;
    if (n_parts == 1)
        render_set_ref(arena, values, "attachments_html", "", TV_HTML);
    size_t start = out->len;
    int status = render_with_parts(rc, "plan.html", values, TPL_ESCAPE_HTML, parts, n_parts, out);
    if (status == 0) {
        /* exactly one trailing newline */
        while (out->len > start &&
               (out->data[out->len - 1] == '\n' || out->data[out->len - 1] == ' '))
            out->len--;
        buf_putc(out, '\n');
    }
    return status == 0 ? 0 : -1;
}
