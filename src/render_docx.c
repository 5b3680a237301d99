/* render_docx.c - the plan as a Word document (.docx, WordprocessingML).
 *
 * Render stage. The .docx is what officials edit, circulate and sign, so it
 * carries the same page as the HTML print (Nghị định 30/2020/NĐ-CP, Phụ lục
 * I) in Word's own terms:
 *
 *   - one section for the plan (A4 portrait, the margins of `layout:` or
 *     20/20/30/15 mm, a different first page whose header is empty, a PAGE
 *     field centred at the top from page 2 on), and one section per
 *     attachment (portrait or landscape as declared, page numbers
 *     restarting at 1, none on its first page);
 *   - named paragraph styles (the template docx-styles.xml, which a
 *     province may replace) for every kind of body node ("KH Section",
 *     "KH Clause", "KH Sub-clause", "KH Point", "KH Bullet", "KH Task",
 *     "KH Task Line", "KH Body") and for the header, title, bases,
 *     signature and tables, so a paragraph a clerk adds in Word takes the
 *     right format; headings are kept with the next paragraph, widows and
 *     orphans controlled (docDefaults);
 *   - the header block and the "Nơi nhận" / signature block as borderless
 *     two-column tables, the attachment tables with full borders, real
 *     merged cells (gridSpan, vMerge), header rows repeated on every page
 *     and rows that never split, laid out by layout.c.
 *
 * What is printed, in which order and with which label or wording is
 * decided in render.c (render_walk_body, render_heading_parts, the number,
 * date, basis, closing and recipient lines) and layout.c (tables): this
 * file only marks it up. Prose is inline Markdown, read by cmark as the
 * HTML back end reads it (render_parse_inline): emphasis becomes bold and
 * italic runs, markup in a plan prints as its characters. All text goes
 * through xml_put_escaped, which drops the characters XML 1.0 forbids;
 * render_docx reports them once as KH902.
 *
 * The package is written with libzip, in memory, with its parts in a fixed
 * order and a fixed entry time; docProps/core.xml takes its dates from the
 * plan's date, never the clock, so a rebuild is byte-identical.
 */
#include "render_docx.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <cmark.h>
#include <libxml/parser.h>

#include "attach.h"
#include "colwidth.h"
#include "created.h"
#include "docx_zip.h"
#include "issuer_lines.h"
#include "layout.h"
#include "vi.h"
#include "xmltext.h"

/* ---- units and page ---------------------------------------------------------- */

enum {
    A4_SHORT = 11906, /* twips (1/20 pt) */
    A4_LONG = 16838,
    HEADER_DISTANCE = 567 /* 10 mm from the top edge to the page number */
};

static int twips_of_mm(double mm)
{
    return (int)lround(mm * 1440.0 / 25.4);
}

/* The page and body settings: the plan's `layout:`, else the defaults of
 * templates/plan.css (which the HTML prints with). */
typedef struct Page {
    int top, bottom, left, right; /* twips */
    int font_half_points;         /* body size in half-points */
    int indent;                   /* first line, twips */
    int line;                     /* line height, twips (at least): the CSS
                                     line-height, a multiple of the size */
    int after;                    /* space after a paragraph, twips */
} Page;

static Page page_of(const Layout *layout)
{
    Page p;
    p.top = twips_of_mm(layout->margin_top ? layout->margin_top : 20);
    p.bottom = twips_of_mm(layout->margin_bottom ? layout->margin_bottom : 20);
    p.left = twips_of_mm(layout->margin_left ? layout->margin_left : 30);
    p.right = twips_of_mm(layout->margin_right ? layout->margin_right : 15);
    p.font_half_points = (int)lround((layout->font_size ? layout->font_size : 14) * 2);
    p.indent = (int)lround((layout->indent ? layout->indent : 1.0) * 1440.0 / 2.54);
    p.line = (int)lround((layout->line_spacing ? layout->line_spacing : 1.3) *
                         p.font_half_points * 10);
    p.after = (int)lround((layout->paragraph_spacing ? layout->paragraph_spacing : 6) * 20);
    return p;
}

/* ---- the writer ----------------------------------------------------------------- */

typedef struct Docx {
    RenderCtx *rc;
    InlineCtx ctx;   /* with the current task */
    Page page;
    Buf *out;        /* word/document.xml */
    size_t dropped;  /* characters XML 1.0 forbids, dropped */
    Buf *links;      /* the hyperlinks' relationships, rIdL1, rIdL2, ... */
    size_t n_links;
} Docx;

/* The emphasis of a run: what the paragraph's style already gives (so a
 * run says only what differs), and what the run wants. */
typedef struct RunStyle {
    int bold, italic;
    int style_bold, style_italic;
    int half_points; /* 0: the style's size */
} RunStyle;

static void put_rpr(Docx *d, RunStyle rs)
{
    Buf *o = d->out;
    int b = rs.bold != rs.style_bold, i = rs.italic != rs.style_italic;
    if (!b && !i && !rs.half_points)
        return;
    buf_puts(o, "<w:rPr>");
    if (b)
        buf_puts(o, rs.bold ? "<w:b/><w:bCs/>" : "<w:b w:val=\"0\"/><w:bCs w:val=\"0\"/>");
    if (i)
        buf_puts(o, rs.italic ? "<w:i/><w:iCs/>" : "<w:i w:val=\"0\"/><w:iCs w:val=\"0\"/>");
    if (rs.half_points)
        buf_printf(o, "<w:sz w:val=\"%d\"/><w:szCs w:val=\"%d\"/>", rs.half_points,
                   rs.half_points);
    buf_puts(o, "</w:rPr>");
}

/* One run of plain text; a line break in text becomes <w:br/>. */
static void put_run(Docx *d, const char *text, size_t len, RunStyle rs)
{
    if (len == 0)
        return;
    Buf *o = d->out;
    buf_puts(o, "<w:r>");
    put_rpr(d, rs);
    size_t start = 0;
    for (size_t i = 0; i <= len; i++) {
        if (i < len && text[i] != '\n')
            continue;
        if (i > start) {
            buf_puts(o, "<w:t xml:space=\"preserve\">");
            xml_put_escaped(o, text + start, i - start, &d->dropped);
            buf_puts(o, "</w:t>");
        }
        if (i < len)
            buf_puts(o, "<w:br/>");
        start = i + 1;
    }
    buf_puts(o, "</w:r>");
}

static void put_text(Docx *d, const char *text, RunStyle rs)
{
    if (text)
        put_run(d, text, strlen(text), rs);
}

/* A link's address as a relationship's Target: '&' escaped for XML, and
 * the bytes a URL may not hold as they stand ('"', '<', spaces, ...)
 * percent-encoded, as the HTML's href has them. */
static void put_link_target(Buf *out, const char *url)
{
    for (const unsigned char *u = (const unsigned char *)url; *u; u++) {
        if (*u == '&')
            buf_puts(out, "&amp;");
        else if (*u <= 0x20 || *u == 0x7F || strchr("\"<>\\^`{|}", *u))
            buf_printf(out, "%%%02X", *u);
        else
            buf_putc(out, (char)*u);
    }
}

/* Opens (enter) or closes a link render_link_kept keeps, as w:hyperlink
 * with an external relationship: the HTML's links stayed links and the
 * Word document's were plain runs, the address lost in the document that
 * is edited and circulated (s19attack M3). Printed alike: plain runs. */
static void put_link(Docx *d, cmark_node *link, int enter)
{
    if (!render_link_kept(link))
        return;
    if (!enter) {
        buf_puts(d->out, "</w:hyperlink>");
        return;
    }
    d->n_links++;
    buf_printf(d->links, "<Relationship Id=\"rIdL%zu\" Type=\"http://schemas.openxmlformats.org/"
               "officeDocument/2006/relationships/hyperlink\" Target=\"", d->n_links);
    put_link_target(d->links, cmark_node_get_url(link));
    buf_puts(d->links, "\" TargetMode=\"External\"/>");
    buf_printf(d->out, "<w:hyperlink r:id=\"rIdL%zu\">", d->n_links);
}

/* The runs of a cmark inline tree: emphasis and strong emphasis become
 * italic and bold; code and images print their text, a web or mail link
 * is a hyperlink around its runs (put_link). A walk with
 * cmark's iterator, not a recursion: 100,000 nested '*' in one value (far
 * under the 4 MiB a value may hold) took a frame each and overflowed an
 * 8 MB stack (SIGSEGV in build -f docx). A node is bold under any strong
 * emphasis and italic under any emphasis, counted on the way in and out. */
static void put_md_nodes(Docx *d, cmark_node *parent, RunStyle rs)
{
    cmark_iter *it = cmark_iter_new(parent);
    long emph = 0, strong = 0;
    for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;) {
        cmark_node *n = cmark_iter_get_node(it);
        if (n == parent)
            continue;
        int step = ev == CMARK_EVENT_ENTER ? 1 : -1;
        RunStyle now = rs;
        now.italic |= emph > 0;
        now.bold |= strong > 0;
        switch (cmark_node_get_type(n)) {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
        case CMARK_NODE_HTML_INLINE:
            put_text(d, cmark_node_get_literal(n), now);
            break;
        case CMARK_NODE_SOFTBREAK:
            put_text(d, " ", now);
            break;
        case CMARK_NODE_LINEBREAK:
            buf_puts(d->out, "<w:r><w:br/></w:r>");
            break;
        case CMARK_NODE_EMPH:
            emph += step;
            break;
        case CMARK_NODE_STRONG:
            strong += step;
            break;
        case CMARK_NODE_LINK:
            put_link(d, n, step > 0);
            break;
        default:
            break;
        }
    }
    cmark_iter_free(it);
}

/* One paragraph of inline Markdown as runs (render_parse_inline reads it as
 * the HTML does; what is not one paragraph prints as plain text). */
static void put_markdown(Docx *d, const char *markdown, RunStyle rs)
{
    Buf line = {0};
    cmark_node *paragraph = NULL;
    cmark_node *document = render_parse_inline(markdown, &line, &paragraph);
    if (document) {
        if (paragraph)
            put_md_nodes(d, paragraph, rs);
        else
            put_text(d, line.data, rs);
        cmark_node_free(document);
    }
    buf_free(&line);
}

/* <w:p> with style and extra paragraph properties (already XML, in schema
 * order after pStyle: keepNext, spacing, ind, jc). */
static void open_para(Docx *d, const char *style, const char *extra)
{
    buf_puts(d->out, "<w:p><w:pPr>");
    buf_printf(d->out, "<w:pStyle w:val=\"%s\"/>", style);
    if (extra)
        buf_puts(d->out, extra);
    buf_puts(d->out, "</w:pPr>");
}

/* a table's note: the table's last row, one cell across it, no side borders (layout.h) */
static const char NOTE_CELL[] = "<w:tcBorders><w:left w:val=\"nil\"/><w:bottom w:val=\"nil\"/>"
    "<w:right w:val=\"nil\"/></w:tcBorders><w:tcMar><w:left w:w=\"0\" w:type=\"dxa\"/>"
    "<w:right w:w=\"0\" w:type=\"dxa\"/></w:tcMar>";

static void close_para(Docx *d)
{
    buf_puts(d->out, "</w:p>\n");
}

/* Closes the paragraph opened at start, or takes it back when nothing was
 * written into it after runs (a heading that lent its label, an empty
 * text): the HTML prints no empty paragraph either. */
static void close_para_if_any(Docx *d, size_t start, size_t runs)
{
    if (d->out->len == runs) {
        d->out->len = start;
        d->out->data[start] = '\0';
        return;
    }
    close_para(d);
}

/* A paragraph of one plain text in a style. */
static void put_text_para(Docx *d, const char *style, const char *extra, const char *text,
                          RunStyle rs)
{
    open_para(d, style, extra);
    put_text(d, text, rs);
    close_para(d);
}

static RunStyle run_style(int style_bold, int style_italic)
{
    RunStyle rs = {style_bold, style_italic, style_bold, style_italic, 0};
    return rs;
}

/* A short solid rule, centred in a width of `room` twips: an empty
 * paragraph, its bottom border `length` twips, `after` below; `high`
 * twips high exactly (0: KH Rule's four points). */
static void put_rule(Docx *d, int room, int length, int after, int high)
{
    int side = (room - length) / 2;
    if (side < 0)
        side = 0;
    buf_printf(d->out,
               "<w:p><w:pPr><w:pStyle w:val=\"KHRule\"/>"
               "<w:pBdr><w:bottom w:val=\"single\" w:sz=\"6\" w:space=\"0\" w:color=\"000000\"/></w:pBdr>"
               "<w:spacing w:after=\"%d\"", after);
    if (high > 0)
        buf_printf(d->out, " w:line=\"%d\" w:lineRule=\"exact\"", high);
    buf_printf(d->out, "/><w:ind w:left=\"%d\" w:right=\"%d\"/></w:pPr></w:p>\n", side, side);
}

/* ---- the body ------------------------------------------------------------------- */

static const char *style_of(const BodyNode *node)
{
    switch (node->kind) {
    case NODE_SECTION: return "KHSection";
    case NODE_CLAUSE: return "KHClause";
    case NODE_SUBCLAUSE: return "KHSubclause";
    case NODE_POINT: return "KHPoint";
    case NODE_BULLET: return "KHBullet";
    case NODE_TASK: return "KHTask";
    case NODE_PARA: case NODE_TABLE: case NODE_PART: break;
    }
    return "KHBody";
}

static void emit_body_paragraph(void *data, const char *para)
{
    Docx *d = data;
    open_para(d, "KHBody", NULL);
    put_markdown(d, para, run_style(0, 0));
    close_para(d);
}

/* Expands text (inline Markdown with references) and writes its paragraphs. */
static void put_paragraphs(Docx *d, const char *text)
{
    Buf expanded = {0};
    render_expand(&d->ctx, text, &expanded);
    render_for_each_paragraph(expanded.data, emit_body_paragraph, d);
    buf_free(&expanded);
}

/* Markdown in the emphasis e (upper-cased when e asks for it). */
static void put_emphasised(Docx *d, const char *markdown, RenderEmphasis e, RunStyle base)
{
    Buf upper = {0};
    if (e.upper && markdown) {
        vi_put_upper_printed(&upper, markdown);
        markdown = upper.data;
    }
    RunStyle rs = base;
    rs.bold = e.bold;
    rs.italic = e.italic;
    put_markdown(d, markdown, rs);
    buf_free(&upper);
}

/* One heading line, "LABEL TITLE: TEXT", as render_html.c's
 * put_heading_line prints it: label and title in the heading's emphasis
 * (a task's marker outside it), then the first paragraph of the text in
 * its own; further paragraphs follow. A heading is kept with the next
 * paragraph by the shared rule render_keeps_with_next. */
static void put_heading(Docx *d, const BodyNode *node, unsigned default_style)
{
    Buf head = {0}, text = {0}, first = {0};
    render_heading_parts(&d->ctx, node, &head, &text);
    const char *rest = render_split_first_paragraph(text.data, &first);
    int section = node->kind == NODE_SECTION;
    RunStyle base = run_style(section, 0);
    /* the rule the HTML applies too (render_keeps_with_next); a section's
     * style keeps with the next paragraph, so only an exception is said */
    int keep = render_keeps_with_next(node) && !rest;
    size_t start = d->out->len;
    open_para(d, style_of(node), keep && !section ? "<w:keepNext/>"
                                 : !keep && section ? "<w:keepNext w:val=\"0\"/>"
                                                    : NULL);
    size_t runs = d->out->len;
    const char *styled_part = head.data ? head.data : "";
    /* a bullet marker stays outside the emphasis */
    size_t marker = render_heading_marker_length(node, styled_part);
    if (marker) {
        RunStyle plain = base;
        plain.bold = plain.italic = 0;
        put_run(d, node->printed_label, strlen(node->printed_label), plain); /* as written */
        if (marker > render_label_length(node->printed_label))
            put_run(d, " ", 1, plain);
        styled_part += marker;
    }
    if (*styled_part)
        put_emphasised(d, styled_part, render_emphasis(node->style, default_style), base);
    if (first.len) {
        if (head.len)
            put_run(d, " ", 1, base);
        put_emphasised(d, first.data, render_emphasis(node->text_style, STYLE_PLAIN), base);
    }
    close_para_if_any(d, start, runs);
    if (rest)
        render_for_each_paragraph(rest, emit_body_paragraph, d);
    buf_free(&head);
    buf_free(&text);
    buf_free(&first);
}

/* A bullet, point or paragraph: its label, then its text in its style;
 * further paragraphs of the text follow unlabelled. */
static void put_text_node(Docx *d, const BodyNode *node)
{
    Buf expanded = {0}, first = {0};
    render_expand(&d->ctx, node->text ? node->text : "", &expanded);
    const char *rest = render_split_first_paragraph(expanded.data, &first);
    const char *label = node->printed_label ? node->printed_label : "";
    size_t start = d->out->len;
    open_para(d, style_of(node), NULL);
    size_t runs = d->out->len;
    RunStyle base = run_style(0, 0);
    if (*label) {
        put_text(d, label, base);
        if (first.len)
            put_text(d, " ", base);
    }
    put_emphasised(d, first.data, render_emphasis(node->style, STYLE_PLAIN), base);
    close_para_if_any(d, start, runs);
    if (rest)
        render_for_each_paragraph(rest, emit_body_paragraph, d);
    buf_free(&expanded);
    buf_free(&first);
}

/* Gives each paragraph written since `from` a left indent of ctx->nest
 * steps (0.75 cm each, added as the last paragraph property, which the
 * schema order allows: open_para's extras are keepNext only): the content
 * of a task printed with "+" is indented under it, so its own "+" lines
 * do not read as its siblings. */
static void nest_tail(Buf *out, size_t from, int nest)
{
    if (nest <= 0 || out->len <= from)
        return;
    Buf tail = {0};
    buf_take_tail(out, from, &tail);
    char ind[64];
    snprintf(ind, sizeof ind, "<w:ind w:left=\"%d\"/></w:pPr>",
             (int)(RENDER_NEST_STEP_CM * 1440 / 2.54) * render_nest_steps(nest)); /* twips */
    static const char end[] = "</w:pPr>";
    for (const char *s = tail.data; *s;) {
        if (strncmp(s, end, sizeof end - 1) == 0) {
            buf_puts(out, ind);
            s += sizeof end - 1;
        } else {
            buf_putc(out, *s++);
        }
    }
    buf_free(&tail);
}

static void docx_heading(void *writer, const InlineCtx *ctx, const BodyNode *node,
                         unsigned default_style)
{
    Docx *d = writer;
    d->ctx = *ctx;
    size_t from = d->out->len;
    put_heading(d, node, default_style);
    nest_tail(d->out, from, ctx->nest);
}

static void docx_text_node(void *writer, const InlineCtx *ctx, const BodyNode *node)
{
    Docx *d = writer;
    d->ctx = *ctx;
    size_t from = d->out->len;
    put_text_node(d, node);
    nest_tail(d->out, from, ctx->nest);
}

static void docx_paragraphs(void *writer, const InlineCtx *ctx, const char *text)
{
    Docx *d = writer;
    d->ctx = *ctx;
    size_t from = d->out->len;
    put_paragraphs(d, text);
    nest_tail(d->out, from, ctx->nest);
}

static void docx_task_line(void *writer, const InlineCtx *ctx, const char *line)
{
    Docx *d = writer;
    size_t from = d->out->len;
    open_para(d, "KHTaskLine", NULL);
    put_markdown(d, line, run_style(0, 0));
    close_para(d);
    nest_tail(d->out, from, ctx->nest);
}

static void put_table(Docx *d, const TableLayout *t, int text_width, const char *note);

static int text_width(const Docx *d, int landscape)
{
    return (landscape ? A4_LONG : A4_SHORT) - d->page.left - d->page.right;
}

/* A table in the body: its caption centred in bold (KH Attachment Label,
 * kept with the table, 6 pt above and below), the table as an
 * attachment's, across the portrait page's text width, its note (KH
 * Attachment Note) its last row. Not indented under a "+" task: it keeps
 * the width. */
static void docx_table(void *writer, const InlineCtx *ctx, const BodyNode *node)
{
    Docx *d = writer;
    d->ctx = *ctx;
    Buf caption = {0};
    render_table_caption(ctx, node, &caption);
    if (caption.len) {
        open_para(d, "KHAttachmentLabel", "<w:spacing w:before=\"120\" w:after=\"120\"/>");
        put_markdown(d, caption.data, run_style(1, 0));
        close_para(d);
    }
    const TableLayout *t = layout_table_kept(ctx->arena, node->table, 0);
    if (t)
        put_table(d, t, text_width(d, 0), node->table->note);
    else if (node->table->note && *node->table->note)
        put_text_para(d, "KHAttachmentNote", NULL, node->table->note, run_style(0, 1));
    /* Word joins two tables that touch: a paragraph keeps them apart */
    put_text_para(d, "KHSectionEnd", NULL, "", run_style(0, 0));
    buf_free(&caption);
}

/* A part: "Phần thứ nhất" and its title, each a paragraph centred in bold
 * and kept with the next (KH Attachment Label's look). */
static void docx_part(void *writer, const InlineCtx *ctx, const BodyNode *node,
                      unsigned default_style)
{
    (void)default_style;
    Docx *d = writer;
    d->ctx = *ctx;
    Buf label = {0}, title = {0};
    render_part_lines(ctx, node, &label, &title);
    const Buf *lines[2] = {&label, &title};
    for (int i = 0; i < 2; i++) {
        if (!lines[i]->len)
            continue;
        open_para(d, "KHAttachmentLabel", i == 0 ? "<w:spacing w:before=\"120\"/>"
                                                 : "<w:spacing w:after=\"120\"/>");
        put_markdown(d, lines[i]->data, run_style(1, 0));
        close_para(d);
    }
    buf_free(&label);
    buf_free(&title);
}

/* ---- tables --------------------------------------------------------------------- */

static const char *jc_of(Align align)
{
    return align == ALIGN_CENTER ? "center" : align == ALIGN_RIGHT ? "right" : "left";
}

/* A borderless table of two columns (widths in twips), no cell margins. */
static void open_plain_table(Docx *d, int left, int right)
{
    buf_printf(d->out,
               "<w:tbl><w:tblPr><w:tblW w:w=\"%d\" w:type=\"dxa\"/><w:jc w:val=\"center\"/>"
               "<w:tblBorders><w:top w:val=\"nil\"/><w:left w:val=\"nil\"/>"
               "<w:bottom w:val=\"nil\"/><w:right w:val=\"nil\"/><w:insideH w:val=\"nil\"/>"
               "<w:insideV w:val=\"nil\"/></w:tblBorders><w:tblLayout w:type=\"fixed\"/>"
               "<w:tblCellMar><w:left w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"0\" "
               "w:type=\"dxa\"/></w:tblCellMar><w:tblLook w:val=\"0000\"/></w:tblPr>"
               "<w:tblGrid><w:gridCol w:w=\"%d\"/><w:gridCol w:w=\"%d\"/></w:tblGrid>\n",
               left + right, left, right);
}

static void open_cell(Docx *d, int width)
{
    buf_printf(d->out, "<w:tc><w:tcPr><w:tcW w:w=\"%d\" w:type=\"dxa\"/></w:tcPr>", width);
}

/* The widths of the grid's columns in twips: layout.c's widths in
 * characters, scaled to fill the text width. */
static int *table_widths(const TableLayout *t, int text_width)
{
    int *w = xmalloc(t->n_cols * sizeof *w);
    double total = 0;
    for (size_t c = 0; c < t->n_cols; c++)
        total += t->widths[c];
    int used = 0;
    for (size_t c = 0; c < t->n_cols; c++) {
        w[c] = (int)floor(t->widths[c] * text_width / total);
        used += w[c];
    }
    w[t->n_cols - 1] += text_width - used;
    return w;
}

/* One cell; keep: kept with the next row (a group row, never alone at a
 * page's foot: LibreOffice and Word keep a row whose paragraphs do). */
static void put_table_cell(Docx *d, const LayoutCell *cell, const int *widths, int keep)
{
    Buf *o = d->out;
    int width = 0;
    for (int k = 0; k < cell->colspan; k++)
        width += widths[cell->col + (size_t)k];
    buf_printf(o, "<w:tc><w:tcPr><w:tcW w:w=\"%d\" w:type=\"dxa\"/>", width);
    if (cell->colspan > 1)
        buf_printf(o, "<w:gridSpan w:val=\"%d\"/>", cell->colspan);
    if (cell->covered)
        buf_puts(o, "<w:vMerge/>");
    else if (cell->rowspan > 1)
        buf_puts(o, "<w:vMerge w:val=\"restart\"/>");
    buf_puts(o, "<w:vAlign w:val=\"center\"/></w:tcPr>");
    buf_printf(o, "<w:p><w:pPr><w:pStyle w:val=\"KHTable\"/>%s<w:jc w:val=\"%s\"/></w:pPr>",
               keep ? "<w:keepNext/>" : "", jc_of(cell->align));
    if (!cell->covered) {
        RunStyle rs = run_style(0, 0); /* KH Table is neither bold nor italic */
        rs.bold = cell->bold;
        put_text(d, cell->text, rs);
    }
    buf_puts(o, "</w:p></w:tc>");
}

/* The attachment's table: full borders, header rows repeated on every page, no
 * row split but one taller than the page (layout_row_splits), rows kept with
 * the next as layout_row_keeps_with_next decides. */
static void put_table(Docx *d, const TableLayout *t, int text_width, const char *note)
{
    Buf *o = d->out;
    int *widths = table_widths(t, text_width);
    buf_printf(o,
               "<w:tbl><w:tblPr><w:tblW w:w=\"%d\" w:type=\"dxa\"/><w:jc w:val=\"center\"/>"
               "<w:tblBorders>",
               text_width);
    static const char *const sides[] = {"top", "left", "bottom", "right", "insideH", "insideV"};
    for (size_t i = 0; i < 6; i++)
        buf_printf(o, "<w:%s w:val=\"single\" w:sz=\"6\" w:space=\"0\" w:color=\"000000\"/>",
                   sides[i]);
    buf_puts(o, "</w:tblBorders><w:tblLayout w:type=\"fixed\"/><w:tblCellMar>"
                "<w:top w:w=\"40\" w:type=\"dxa\"/><w:left w:w=\"80\" w:type=\"dxa\"/>"
                "<w:bottom w:w=\"40\" w:type=\"dxa\"/><w:right w:w=\"80\" w:type=\"dxa\"/>"
                "</w:tblCellMar><w:tblLook w:val=\"0000\"/></w:tblPr><w:tblGrid>");
    for (size_t c = 0; c < t->n_cols; c++)
        buf_printf(o, "<w:gridCol w:w=\"%d\"/>", widths[c]);
    buf_puts(o, "</w:tblGrid>\n");
    for (size_t r = 0; r < t->n_rows; r++) {
        const LayoutRow *row = &t->rows[r];
        buf_puts(o, layout_row_splits(t, r, &d->rc->plan->layout) ? "<w:tr><w:trPr>"
                                                                  : "<w:tr><w:trPr><w:cantSplit/>");
        if (row->kind == LROW_HEADER)
            buf_puts(o, "<w:tblHeader/>");
        buf_puts(o, "</w:trPr>");
        for (size_t k = 0; k < row->n_cells; k++)
            put_table_cell(d, &row->cells[k], widths, layout_row_keeps_with_next(t, r, note && *note));
        buf_puts(o, "</w:tr>\n");
    }
    if (note && *note) { /* whole (cantSplit) */
        buf_printf(o, "<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:w=\"%d\" w:type="
                   "\"dxa\"/><w:gridSpan w:val=\"%zu\"/>%s</w:tcPr>", text_width, t->n_cols, NOTE_CELL);
        put_text_para(d, "KHAttachmentNote", NULL, note, run_style(0, 1));
        buf_puts(o, "</w:tc></w:tr>\n");
    }
    buf_puts(o, "</w:tbl>\n");
    free(widths);
}

/* ---- header, title, signature --------------------------------------------------- */

/* The two-column header: issuing body and number on the left, the national
 * name, the motto (a rule exactly as long as it under it) and the place
 * and date on the right; a second row keeps the number line and the date
 * line on one baseline, as the HTML's table does. */
static void put_header(Docx *d, const TValue *values)
{
    const Plan *plan = d->rc->plan;
    const TValue *national = tv_get(values, "national_name");
    const TValue *motto = tv_get(values, "motto");
    int width = text_width(d, 0);
    int left = (int)lround(width * 0.36), right = width - left;
    Buf line = {0};
    open_plain_table(d, left, right);
    buf_puts(d->out, "<w:tr>");
    open_cell(d, left);
    if (plan->governing_body && *plan->governing_body)
        put_text_para(d, "KHHeader", NULL, plan->governing_body, run_style(0, 0));
    double longest = 0; /* twips */
    const char **issuer; /* as printed: a line too wide broken as an official breaks it */
    size_t n_issuer = issuer_lines(d->rc->arena, plan, &issuer);
    for (size_t i = 0; i < n_issuer; i++) {
        put_text_para(d, "KHIssuer", NULL, issuer[i], run_style(1, 0));
        double wide = table_text_width(issuer[i], strlen(issuer[i]), 13, 1) * 20;
        if (wide > longest)
            longest = wide;
    }
    /* 40% of the issuer's longest line as printed (plan.css: 40% of the
     * issuer's box), measured as the motto is (bold 13 pt), and no longer
     * than its column, where a long issuer wraps (s26print: an issuer of
     * 80 letters drew its rule the column's whole width) */
    double issuer_line = fmin((double)left, longest);
    put_rule(d, left, (int)lround(issuer_line * 0.4), 0, 0);
    buf_puts(d->out, "</w:tc>");
    open_cell(d, right);
    put_text_para(d, "KHNational", NULL, national && national->str ? national->str : "",
                  run_style(1, 0));
    /* the rule under the motto exactly as long as it (Nghị định 30): a
     * paragraph's border, measured with the table font's metrics (Times
     * New Roman bold 14 pt, KHMotto), not a text underline, which cuts the
     * descenders of "lập" and "phúc" in LibreOffice's print (s52print M1) */
    const char *motto_text = motto && motto->str ? motto->str : "";
    put_text_para(d, "KHMotto", NULL, motto_text, run_style(1, 0));
    if (*motto_text) /* two points under the motto's line, as plan.css's border is */
        put_rule(d, right, (int)lround(table_text_width(motto_text, strlen(motto_text), 14, 1) * 20),
                 0, 40);
    buf_puts(d->out, "</w:tc></w:tr>\n<w:tr>");
    open_cell(d, left);
    render_number_line(plan, &line);
    put_text_para(d, "KHNumber", NULL, line.data, run_style(0, 0));
    buf_puts(d->out, "</w:tc>");
    open_cell(d, right);
    buf_reset(&line);
    render_place_date(plan, &line);
    put_text_para(d, "KHPlaceDate", NULL, line.data, run_style(0, 1));
    buf_puts(d->out, "</w:tc></w:tr>\n</w:tbl>\n");
    buf_free(&line);
}

/* "KẾ HOẠCH", the subject line with its rule, the bases and the opening. */
static void put_title(Docx *d, const TValue *values)
{
    const TValue *kind = tv_get(values, "doc_kind");
    put_text_para(d, "KHDocKind", NULL, kind && kind->str ? kind->str : "", run_style(1, 0));
    const TValue *title = tv_get(values, "title_md");
    if (title && title->str && *title->str) {
        open_para(d, "KHSubject", NULL);
        put_markdown(d, title->str, run_style(1, 0));
        close_para(d);
        /* the rule is 40% of the subject's longest line, as plan.css draws
         * it: bold text of 14 pt is about 0.5 em a character, and a line
         * no longer than the text block */
        int width = text_width(d, 0);
        const TValue *plain = tv_get(values, "title");
        size_t chars = plain && plain->str ? utf8_count(plain->str, strlen(plain->str)) : 0;
        double line = fmin((double)width, (double)chars * 14 * 0.5 * 20);
        put_rule(d, width, (int)lround(line * 0.4), 240, 0); /* 12 pt below, plan.css */
    }
    const TValue *bases = tv_get(values, "bases");
    for (size_t i = 0; bases && bases->kind == TV_LIST && i < bases->count; i++) {
        open_para(d, "KHBasis", NULL);
        put_markdown(d, bases->items[i]->str, run_style(0, 1));
        close_para(d);
    }
    const TValue *opening = tv_get(values, "opening");
    if (opening && opening->str && *opening->str) {
        open_para(d, "KHBody", NULL);
        put_markdown(d, opening->str, run_style(0, 0));
        close_para(d);
    }
}

/* 12 pt above the signing block (plan.css: .signing margin-top) on the
 * first line of each side, so both start at the same height. */
static const char SIGNING_GAP[] = "<w:spacing w:before=\"240\"/>";

/* Recipients i..end, a paragraph each, "- X;". */
static void put_recipients(Docx *d, size_t i, size_t end)
{
    Buf line = {0};
    for (; i < end; i++) {
        buf_reset(&line);
        buf_puts(&line, "- ");
        render_recipient(d->rc->plan, i, &line);
        put_text_para(d, "KHRecipients", NULL, line.data, run_style(0, 0));
    }
    buf_free(&line);
}

/* The closing sentence, then "Nơi nhận" on the left and the signature on
 * the right in one row that never splits, kept with the closing; the
 * recipients past those beside the signature (render_recipients_beside)
 * a row each under it, on to the next page if need be. */
static void put_signing(Docx *d, const TValue *values)
{
    const Plan *plan = d->rc->plan;
    const TValue *closing = tv_get(values, "closing");
    if (closing && closing->str && *closing->str) {
        open_para(d, "KHClosing", NULL);
        put_markdown(d, closing->str, run_style(0, 0));
        close_para(d);
    }
    if (!plan->n_recipients && !plan->signature)
        return;
    int width = text_width(d, 0);
    int left = (int)lround(width * 0.45), right = width - left;
    size_t beside = render_recipients_beside(plan);
    Buf line = {0};
    open_plain_table(d, left, right);
    buf_puts(d->out, "<w:tr><w:trPr><w:cantSplit/></w:trPr>");
    open_cell(d, left);
    if (plan->n_recipients) {
        const TValue *title = tv_get(values, "recipients_title");
        put_text_para(d, "KHRecipientsTitle", SIGNING_GAP, title && title->str ? title->str : "",
                      run_style(1, 1));
        put_recipients(d, 0, beside);
    } else {
        put_text_para(d, "KHRecipients", NULL, "", run_style(0, 0));
    }
    buf_puts(d->out, "</w:tc>");
    open_cell(d, right);
    if (plan->signature) {
        const Signature *sig = plan->signature;
        for (size_t i = 0; i < sig->n_lines; i++)
            put_text_para(d, "KHSignature", i == 0 ? SIGNING_GAP : NULL, sig->lines[i],
                          run_style(1, 0));
        /* room for the signature and the seal (28 mm, as plan.css) */
        buf_printf(d->out,
                   "<w:p><w:pPr><w:pStyle w:val=\"KHSignature\"/>"
                   "<w:spacing w:line=\"%d\" w:lineRule=\"exact\"/></w:pPr></w:p>",
                   twips_of_mm(28));
        for (size_t i = 0; i < sig->n_name_lines; i++)
            put_text_para(d, "KHSignature", NULL, sig->name_lines[i], run_style(1, 0));
    } else {
        put_text_para(d, "KHSignature", NULL, "", run_style(1, 0));
    }
    buf_puts(d->out, "</w:tc></w:tr>\n");
    for (size_t i = beside; i < plan->n_recipients; i++) {
        /* the last two together: "- Lưu: VT." never alone on a page */
        const char *keep = i + 2 == plan->n_recipients ? "<w:keepNext/>" : NULL;
        buf_puts(d->out, "<w:tr><w:trPr><w:cantSplit/></w:trPr>");
        open_cell(d, left);
        buf_reset(&line);
        buf_puts(&line, "- ");
        render_recipient(plan, i, &line);
        put_text_para(d, "KHRecipients", keep, line.data, run_style(0, 0));
        buf_puts(d->out, "</w:tc>");
        open_cell(d, right); /* empty, as tall as the recipient's line */
        put_text_para(d, "KHRecipients", keep, "", run_style(0, 0));
        buf_puts(d->out, "</w:tc></w:tr>\n");
    }
    buf_free(&line);
    buf_puts(d->out, "</w:tbl>\n");
}

/* ---- sections -------------------------------------------------------------------- */

/* The properties of a section: A4 in its orientation, the margins, the
 * page number header from its second page on (an empty first-page
 * header), numbering restarting at 1 for an attachment. */
static void put_sect_pr(Docx *d, int landscape, int restart)
{
    Buf *o = d->out;
    buf_puts(o, "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId3\"/>"
                "<w:headerReference w:type=\"first\" r:id=\"rId4\"/>");
    if (landscape)
        buf_printf(o, "<w:pgSz w:w=\"%d\" w:h=\"%d\" w:orient=\"landscape\"/>", A4_LONG,
                   A4_SHORT);
    else
        buf_printf(o, "<w:pgSz w:w=\"%d\" w:h=\"%d\"/>", A4_SHORT, A4_LONG);
    buf_printf(o,
               "<w:pgMar w:top=\"%d\" w:right=\"%d\" w:bottom=\"%d\" w:left=\"%d\" "
               "w:header=\"%d\" w:footer=\"%d\" w:gutter=\"0\"/>",
               d->page.top, d->page.right, d->page.bottom, d->page.left, HEADER_DISTANCE,
               HEADER_DISTANCE);
    if (restart)
        buf_puts(o, "<w:pgNumType w:start=\"1\"/>");
    buf_puts(o, "<w:titlePg/></w:sectPr>");
}

/* Ends a section that is followed by another: its properties go into an
 * empty paragraph, as WordprocessingML places them. */
static void end_section(Docx *d, int landscape, int restart)
{
    buf_puts(d->out, "<w:p><w:pPr><w:pStyle w:val=\"KHSectionEnd\"/>");
    put_sect_pr(d, landscape, restart);
    buf_puts(d->out, "</w:pPr></w:p>\n");
}

static void put_attachment(Docx *d, size_t i)
{
    RenderCtx *rc = d->rc;
    const Attachment *att = &rc->plan->attachments[i];
    Buf text = {0};
    if (att->label && *att->label)
        put_text_para(d, "KHAttachmentLabel", NULL, att->label, run_style(1, 0));
    if (att->title && *att->title) {
        vi_put_upper_printed(&text, att->title); /* as written: see render_html.c */
        put_text_para(d, "KHAttachmentTitle", NULL, text.data, run_style(1, 0));
    }
    buf_reset(&text);
    render_attachment_line(&rc->inline_ctx, &text);
    if (text.len) {
        open_para(d, "KHAttachmentLine", NULL);
        put_markdown(d, text.data, run_style(0, 1));
        close_para(d);
    }
    const TableLayout *t = layout_table_kept(rc->arena, att, 1);
    if (t && t->unit_line) /* on the right, kept with the table's first row */
        put_text_para(d, "KHAttachmentNote", "<w:keepNext/><w:spacing w:before=\"0\" "
                      "w:after=\"60\"/><w:jc w:val=\"right\"/>", t->unit_line, run_style(0, 1));
    if (t)
        put_table(d, t, text_width(d, att->landscape), att->note);
    else if (att->note && *att->note)
        put_text_para(d, "KHAttachmentNote", NULL, att->note, run_style(0, 1));
    buf_free(&text);
}

/* ---- the parts of the package --------------------------------------------------- */

static const char XML_DECL[] = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
static const char W_NS[] =
    "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

static void put_document(Docx *d, const TValue *values)
{
    const Plan *plan = d->rc->plan;
    buf_puts(d->out, XML_DECL);
    buf_printf(d->out, "<w:document %s><w:body>\n", W_NS);
    put_header(d, values);
    put_title(d, values);
    BodyEmitter emit = {d, docx_heading, docx_text_node, docx_paragraphs, docx_task_line,
                        docx_table, docx_part};
    render_walk_body(d->rc, &emit);
    put_signing(d, values);
    int landscape = 0, restart = 0;
    for (size_t i = 0; i < plan->n_attachments; i++) {
        end_section(d, landscape, restart);
        put_attachment(d, i);
        landscape = plan->attachments[i].landscape;
        restart = 1;
    }
    /* the last section's properties close the body, after a paragraph
     * (a body must not end with a table) */
    buf_puts(d->out, "<w:p><w:pPr><w:pStyle w:val=\"KHSectionEnd\"/></w:pPr></w:p>\n");
    put_sect_pr(d, landscape, restart);
    buf_puts(d->out, "</w:body></w:document>\n");
}

/* word/styles.xml: the template docx-styles.xml (a province may bring its
 * own) with the body's size, line height, indent and spacing of `layout:`
 * or the defaults. Returns the template engine's status. */
static int put_styles(Arena *arena, TemplateSet *templates, const Page *p, Buf *o)
{
    TValue *values = tv_map(arena);
    tv_set_str(arena, values, "body_size", arena_printf(arena, "%d", p->font_half_points));
    tv_set_str(arena, values, "line", arena_printf(arena, "%d", p->line));
    tv_set_str(arena, values, "indent", arena_printf(arena, "%d", p->indent));
    tv_set_str(arena, values, "after", arena_printf(arena, "%d", p->after));
    Buf page = {0};
    int status = tpl_render(templates, "docx-styles.xml", values, TPL_ESCAPE_HTML, &page);
    /* from the XML declaration on (the template's comment prints nothing,
     * but a province's file may start with blank lines) */
    const char *start = page.data ? str_find(page.data, "<?xml") : NULL;
    buf_puts(o, start ? start : page.data ? page.data : "");
    buf_free(&page);
    return status;
}

/* 1 if the styles part a province's docx-styles.xml gave is well-formed
 * XML, else 0 after reporting KH803: copied into the package as it was, a
 * broken one made a .docx Word refuses, and the build said nothing (attack
 * s6 G10). The diagnostic is at the template's file (DIR/docx-styles.xml)
 * and line: libxml2's line in what the template gave, from the template's
 * "<?xml" on (what comes before it, the comment, prints nothing), and its
 * column, exact where no tag before it on that line printed a value of
 * another length. */
static int styles_well_formed(const Buf *styles, TemplateSet *templates, DiagSink *diags)
{
    xmlDoc *doc = xmlReadMemory(styles->data ? styles->data : "", (int)styles->len,
                                "docx-styles.xml", NULL,
                                XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    if (doc) {
        xmlFreeDoc(doc);
        return 1;
    }
    const xmlError *err = xmlGetLastError();
    const char *msg = err && err->message ? err->message : "";
    int msg_len = (int)strcspn(msg, "\n"); /* libxml2 ends it with a line break */
    size_t len = 0;
    const char *origin = NULL;
    const char *text = tpl_set_text(templates, "docx-styles.xml", &len, &origin);
    SrcPos where = {origin ? origin : "docx-styles.xml", 0, 0};
    Buf fixed = {0};
    if (text && err && err->line > 0) {
        const char *decl = str_find(text, "<?xml");
        int first = 1;
        for (const char *c = text; decl && c < decl; c++)
            first += *c == '\n';
        where.line = first + err->line - 1;
        where.col = err->int2 > 0 ? err->int2 : 1;
        diag_add_source(diags, where.file, text, len); /* the line under a caret */
        /* "Premature end of data in tag styles line 2": the template's line */
        int digits = 0;
        while (digits < msg_len && digits < 9 && msg[msg_len - 1 - digits] >= '0' &&
               msg[msg_len - 1 - digits] <= '9')
            digits++;
        if (digits && msg_len - digits >= 5 && memcmp(msg + msg_len - digits - 5, "line ", 5) == 0)
            buf_printf(&fixed, "%.*s%d", msg_len - digits, msg,
                       first + atoi(msg + msg_len - digits) - 1);
    }
    if (fixed.len) {
        msg = fixed.data;
        msg_len = (int)fixed.len;
    }
    diag_error(diags, where, 0, KH803, "the template %s does not give well-formed XML%s%.*s%s: "
               "Word would refuse the .docx; correct the template", "docx-styles.xml",
               msg_len ? " (" : "", msg_len, msg, msg_len ? ")" : "");
    buf_free(&fixed);
    return 0;
}

int render_docx_check_styles(TemplateSet *templates, const Layout *layout, DiagSink *diags)
{
    Arena *arena = arena_new();
    Page page = page_of(layout);
    Buf styles = {0}; /* rendered as the build does, then checked as it does */
    int ok = put_styles(arena, templates, &page, &styles) == 0 &&
             styles_well_formed(&styles, templates, diags);
    buf_free(&styles);
    arena_free(arena);
    return ok ? 0 : -1;
}

static void put_header_part(Buf *o, int with_number)
{
    buf_puts(o, XML_DECL);
    buf_printf(o, "<w:hdr %s><w:p><w:pPr><w:pStyle w:val=\"KHPageNumber\"/></w:pPr>", W_NS);
    if (with_number)
        buf_puts(o, "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
                    "<w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>"
                    "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
                    "<w:r><w:t>2</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>");
    buf_puts(o, "</w:p></w:hdr>\n");
}

/* docProps/core.xml: title, creator khgen, dates from created.c (the plan's date). */
static void put_core(Docx *d, const TValue *values, Buf *o)
{
    const Plan *plan = d->rc->plan;
    Buf title = {0};
    render_document_title(values, &title);
    char stamp[64];
    created_stamp(plan, stamp, sizeof stamp); /* the workbook's rule, SOURCE_DATE_EPOCH too */
    buf_puts(o, XML_DECL);
    buf_puts(o, "<cp:coreProperties "
                "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
                "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
                "xmlns:dcterms=\"http://purl.org/dc/terms/\" "
                "xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" "
                "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:title>");
    xml_puts(o, buf_str(&title), &d->dropped);
    buf_free(&title);
    buf_printf(o,
               "</dc:title><dc:creator>khgen</dc:creator><cp:lastModifiedBy>khgen"
               "</cp:lastModifiedBy><dc:language>vi-VN</dc:language>"
               "<dcterms:created xsi:type=\"dcterms:W3CDTF\">%s</dcterms:created>"
               "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">%s</dcterms:modified>"
               "</cp:coreProperties>\n",
               stamp, stamp);
}

static const char CONTENT_TYPES[] =
    "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
    "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
    "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
    "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
    "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
    "<Override PartName=\"/word/settings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>"
    "<Override PartName=\"/word/header1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/>"
    "<Override PartName=\"/word/header2.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/>"
    "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
    "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
    "</Types>\n";

static const char PACKAGE_RELS[] =
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
    "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
    "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" Target=\"docProps/app.xml\"/>"
    "</Relationships>\n";

static const char DOCUMENT_RELS[] =
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
    "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings\" Target=\"settings.xml\"/>"
    "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/header\" Target=\"header1.xml\"/>"
    "<Relationship Id=\"rId4\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/header\" Target=\"header2.xml\"/>";

static const char APP_PROPS[] =
    "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
    "<Application>khgen</Application></Properties>\n";

static const char SETTINGS_BODY[] =
    "<w:defaultTabStop w:val=\"720\"/><w:characterSpacingControl w:val=\"doNotCompress\"/>"
    "<w:compat><w:compatSetting w:name=\"compatibilityMode\" "
    "w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>";

int render_docx(RenderCtx *rc, DiagSink *diags, Buf *out)
{
    TValue *values = render_header_values(rc);
    Buf links = {0};
    Docx d = {rc, rc->inline_ctx, page_of(&rc->plan->layout), NULL, 0, &links, 0};
    enum { N_PARTS = 10 };
    DocxPart parts[N_PARTS] = {
        {"[Content_Types].xml", {0}}, {"_rels/.rels", {0}},
        {"docProps/core.xml", {0}},   {"docProps/app.xml", {0}},
        {"word/document.xml", {0}},   {"word/styles.xml", {0}},
        {"word/settings.xml", {0}},   {"word/header1.xml", {0}},
        {"word/header2.xml", {0}},    {"word/_rels/document.xml.rels", {0}},
    };
    buf_puts(&parts[0].data, XML_DECL);
    buf_puts(&parts[0].data, CONTENT_TYPES);
    buf_puts(&parts[1].data, XML_DECL);
    buf_puts(&parts[1].data, PACKAGE_RELS);
    put_core(&d, values, &parts[2].data);
    buf_puts(&parts[3].data, XML_DECL);
    buf_puts(&parts[3].data, APP_PROPS);
    d.out = &parts[4].data;
    put_document(&d, values);
    int styles_status = put_styles(rc->arena, rc->templates, &d.page, &parts[5].data);
    buf_puts(&parts[6].data, XML_DECL);
    buf_printf(&parts[6].data, "<w:settings %s>%s</w:settings>\n", W_NS, SETTINGS_BODY);
    put_header_part(&parts[7].data, 1);
    put_header_part(&parts[8].data, 0);
    buf_puts(&parts[9].data, XML_DECL);
    buf_puts(&parts[9].data, DOCUMENT_RELS);
    if (links.len)
        buf_putn(&parts[9].data, links.data, links.len);
    buf_puts(&parts[9].data, "</Relationships>\n");
    buf_free(&links);

    if (styles_status == 0 && !styles_well_formed(&parts[5].data, rc->templates, diags))
        styles_status = -1;
    Buf err = {0};
    if (styles_status != 0) {
        /* the template's own diagnostics are reported: an error in the
         * input, as a broken plan.md is, not an output failure (a
         * malformed docx-styles.xml exited 3, s30attack) */
        for (size_t i = 0; i < N_PARTS; i++)
            buf_free(&parts[i].data);
        return 1;
    }
    int status = docx_zip_parts(parts, N_PARTS, out, &err);
    SrcPos where = {rc->plan->file, 0, 0};
    if (status != 0)
        diag_error(diags, where, 0, KH901, "cannot build the .docx package of '%s': %s: check the "
                   "space and the permissions of the output directory",
                   rc->plan->name, err.data ? err.data : "libzip failed");
    if (d.dropped)
        diag_warning(diags, where, 0, KH902,
                     "%zu character%s that XML 1.0 forbids (control characters, U+FFFE, U+FFFF) "
                     "dropped from the .docx: delete them from the plan",
                     d.dropped, d.dropped == 1 ? "" : "s");
    for (size_t i = 0; i < N_PARTS; i++)
        buf_free(&parts[i].data);
    buf_free(&err);
    return status;
}
