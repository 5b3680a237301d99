/* render_md.c - the plan as a Markdown document.
 *
 * The page skeleton (header, bases, closing, recipients, signature) comes
 * from the template "plan.md"; this file renders what a template cannot:
 * the numbered body and the attachment tables. Every body node becomes one
 * or more Markdown blocks separated by a blank line: a heading line is its
 * label and title in bold ("**II. NHIỆM VỤ**"), a clause without children
 * is plain text, a bullet keeps its "-" or "+" marker (which Markdown reads
 * as a list item; a "+" item is indented under the "-" item it belongs
 * to, so the two levels stay two levels), and a task prints its heading, its paragraphs, its
 * children and then its responsibility and deadline lines. Text inside a
 * paragraph that the plan wrapped over several lines is joined with spaces;
 * a blank line inside a text starts a new paragraph. Tables are pipe tables:
 * cells merged downwards (grouped rows) print once and stay blank below.
 *
 * Stage: 5 (render). Reads a resolved, const Plan; writes only its output
 * buffer.
 */
#include "render_md.h"
#include "md_autolink.h"
#include "md_brackets.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "attach.h"
#include "layout.h"
#include "vi.h"

/* Ends what out holds after from with one blank line (nothing if it holds
 * nothing after from). */
static void blank_line_from(Buf *out, size_t from)
{
    if (out->len <= from)
        return;
    if (out->data[out->len - 1] != '\n')
        buf_putc(out, '\n');
    if (out->len - from < 2 || out->data[out->len - 2] != '\n')
        buf_putc(out, '\n');
}

typedef struct MdWriter {
    RenderCtx *rc;
    InlineCtx ctx;           /* with the current task */
    Buf *out;
    size_t from;             /* where the body starts in out */
    size_t *task_lines;      /* where each task line's block starts in out, in order */
    size_t n_task_lines, task_lines_cap;
} MdWriter;

static void emit_paragraph(void *data, const char *para)
{
    MdWriter *w = data;
    blank_line_from(w->out, w->from);
    render_md_block_text(w->out, para, MD_START_TEXT);
    buf_putc(w->out, '\n');
}

/* Writes text (inline Markdown with references) as paragraphs. */
static void put_paragraphs(MdWriter *w, const char *text)
{
    Buf expanded = {0};
    render_expand(&w->ctx, text, &expanded);
    render_for_each_paragraph(expanded.data, emit_paragraph, w);
    buf_free(&expanded);
}

/* Wraps s in the emphasis style asks for. */
static void put_styled(Buf *out, const char *s, unsigned style, unsigned default_style)
{
    if (style == STYLE_DEFAULT)
        style = default_style;
    if (style & STYLE_PLAIN)
        style &= ~(unsigned)(STYLE_BOLD | STYLE_ITALIC);
    const char *mark = (style & STYLE_BOLD) && (style & STYLE_ITALIC) ? "***"
                       : (style & STYLE_BOLD)                        ? "**"
                       : (style & STYLE_ITALIC)                      ? "*"
                                                                     : "";
    if (!*s) {
        return;
    }
    Buf safe = {0};
    if (*mark) /* its own marks must not pair with the wrapper's */
        md_put_wrappable(&safe, s);
    else
        buf_puts(&safe, s);
    if (!safe.len) { /* blanks only (a no-break space): "****" is a rule */
        buf_free(&safe);
        return;
    }
    buf_puts(out, mark);
    if (style & STYLE_UPPER)
        vi_put_upper_printed(out, safe.data ? safe.data : "");
    else
        buf_puts(out, safe.data ? safe.data : "");
    buf_puts(out, mark);
    buf_free(&safe);
}

/* One line: "LABEL TITLE: TEXT", label and title styled together. */
static void put_heading_line(MdWriter *w, const BodyNode *node, unsigned default_style)
{
    Buf head = {0}, text = {0};
    render_heading_parts(&w->ctx, node, &head, &text);
    buf_fold_line_breaks(&head); /* one line, whatever the title holds */
    buf_fold_line_breaks(&text);
    if (!head.len && !text.len) { /* an untitled heading that lent its label */
        buf_free(&head);
        buf_free(&text);
        return;
    }
    blank_line_from(w->out, w->from);
    const char *styled_part = head.data ? head.data : "";
    unsigned resolved = node->style == STYLE_DEFAULT ? default_style : node->style;
    int bare = (resolved & STYLE_PLAIN) || !(resolved & (STYLE_BOLD | STYLE_ITALIC));
    const char *label = node->printed_label ? node->printed_label : "";
    /* a task's bare "- TITLE" is a list item's marker and its text, guarded
     * as a bullet's is: its title's own "- x" must not become "&#45; x"
     * after the marker, which a Markdown reader prints as written */
    int marker = node->kind == NODE_TASK && bare && (!strcmp(label, "-") || !strcmp(label, "+")) &&
                 head.len > 2 && head.data[0] == label[0] && head.data[1] == ' ';
    if (node->kind == NODE_TASK && *label && !marker) {
        /* a bullet marker stays outside the emphasis: "- *Tiêu chí số 2:*" */
        size_t label_len = render_label_length(node->printed_label); /* as head holds it */
        buf_putn(w->out, styled_part, label_len);
        styled_part += label_len;
        if (*styled_part == ' ')
            buf_putc(w->out, *styled_part++);
    }
    if (*styled_part) {
        /* without bold or italic ("plain", or "upper" alone) the line
         * starts with its label bare: "2. UPPER" was an ordered list to a
         * Markdown reader, its number gone from the text (s11diff T2) */
        if (bare) {
            /* the title and the text are one line here, two pieces in the
             * .html and the .docx: each is written back by cmark, so that
             * a lone '`', '[' or '*' of one cannot pair with a mark of the
             * other ("cao ` toàn: ... \`" was a code span; cross21 C4) */
            Buf closed = {0}, upper = {0};
            const char *title = styled_part;
            int start = marker                                    ? MD_START_MARKER
                        : styled_part == head.data && *label ? MD_START_LABEL /* "3. Title" */
                                                                  : MD_START_TEXT;
            size_t label_len = strlen(label);
            if (*label && !strncmp(title, label, label_len) && title[label_len] == ' ') {
                buf_putn(&closed, title, label_len + 1);
                title += label_len + 1;
            }
            md_put_written_back(&closed, title);
            styled_part = closed.data ? closed.data : "";
            if (resolved & STYLE_UPPER)
                vi_put_upper_printed(&upper, styled_part);
            render_md_block_text(w->out, resolved & STYLE_UPPER ? buf_str(&upper) : styled_part, start);
            buf_free(&upper);
            buf_free(&closed);
        } else {
            put_styled(w->out, styled_part, node->style, default_style);
        }
    }
    if (text.len) {
        if (head.len)
            buf_putc(w->out, ' ');
        Buf styled = {0}, closed = {0};
        if (head.len) /* a piece of its own, as the title is (above) */
            md_put_written_back(&closed, text.data);
        put_styled(&styled, head.len ? buf_str(&closed) : text.data, node->text_style, STYLE_PLAIN);
        buf_free(&closed);
        buf_puts(w->out, styled.data ? styled.data : "");
        buf_free(&styled);
    }
    buf_putc(w->out, '\n');
    buf_free(&head);
    buf_free(&text);
}

/* A bullet, point or paragraph: label then text, text styled by style. */
static void put_text_node(MdWriter *w, const BodyNode *node)
{
    Buf expanded = {0}, line = {0};
    render_expand(&w->ctx, node->text ? node->text : "", &expanded);
    /* wrapped lines joined, blank lines make further paragraphs: as the
     * .html and .docx do (a break with the blanks of a more-indented line
     * of a '>' text is one space, "vận\n  động" is not "vận   động") */
    const char *para_break = render_split_first_paragraph(expanded.data, &line);
    blank_line_from(w->out, w->from);
    const char *label = node->printed_label ? node->printed_label : "";
    Buf styled = {0}, whole = {0};
    put_styled(&styled, line.data ? line.data : "", node->style, STYLE_PLAIN);
    if (*label) {
        render_put_label(&whole, label); /* as the .html and .docx print it */
        buf_putc(&whole, ' ');
    }
    buf_puts(&whole, styled.data ? styled.data : "");
    /* "1. text" must not become a list, nor a bullet's "- 1. text" a list in it */
    render_md_block_text(w->out, whole.data,
                         strcmp(label, "-") == 0 || strcmp(label, "+") == 0 ? MD_START_MARKER
                         : *label                                           ? MD_START_LABEL
                                                                            : MD_START_TEXT);
    buf_free(&styled);
    buf_free(&whole);
    buf_putc(w->out, '\n');
    if (para_break)
        render_for_each_paragraph(para_break, emit_paragraph, w);
    buf_free(&expanded);
    buf_free(&line);
}

/* Indents what was written since `from` by two spaces per ctx->nest step
 * (empty lines stay empty): the content of a task printed with "+" sits
 * inside that list item, where Markdown and a reader both see it. */
static void nest_tail(Buf *out, size_t from, int nest)
{
    if (nest <= 0 || out->len <= from)
        return;
    Buf tail = {0};
    buf_take_tail(out, from, &tail);
    for (const char *line = tail.data; *line;) {
        const char *nl = strchr(line, '\n');
        size_t n = nl ? (size_t)(nl - line) + 1 : strlen(line);
        if (*line != '\n')
            for (int i = 0; i < nest; i++)
                buf_puts(out, "  ");
        buf_putn(out, line, n);
        line += n;
    }
    buf_free(&tail);
}

/* The emitters render_walk_body calls: the Markdown of each piece. */

static void md_heading(void *writer, const InlineCtx *ctx, const BodyNode *node,
                       unsigned default_style)
{
    MdWriter *w = writer;
    w->ctx = *ctx;
    size_t from = w->out->len;
    put_heading_line(w, node, default_style);
    nest_tail(w->out, from, ctx->nest);
}

static void md_text_node(void *writer, const InlineCtx *ctx, const BodyNode *node)
{
    MdWriter *w = writer;
    w->ctx = *ctx;
    size_t from = w->out->len;
    put_text_node(w, node);
    nest_tail(w->out, from, ctx->nest);
}

static void md_paragraphs(void *writer, const InlineCtx *ctx, const char *text)
{
    MdWriter *w = writer;
    w->ctx = *ctx;
    size_t from = w->out->len;
    put_paragraphs(w, text);
    nest_tail(w->out, from, ctx->nest);
}

static void md_task_line(void *writer, const InlineCtx *ctx, const char *line)
{
    MdWriter *w = writer;
    size_t from = w->out->len;
    blank_line_from(w->out, w->from);
    /* the line is the task's, whatever it starts with: nest_plus_items
     * keeps it inside the task's "-" item (an assignment paragraph after
     * the "+" lines printed outside it, where the .html and the .docx
     * print it as the task's line) */
    if (w->n_task_lines == w->task_lines_cap) {
        w->task_lines_cap = w->task_lines_cap ? w->task_lines_cap * 2 : 64;
        w->task_lines = xrealloc(w->task_lines, w->task_lines_cap * sizeof *w->task_lines);
    }
    w->task_lines[w->n_task_lines++] = w->out->len;
    /* "+ LABEL: UNITS" keeps its marker (the wording's task lines are "+"
     * items); a label, a unit's name or an assignment's text cannot start a
     * block ("+ ~~~: ...", "- X phụ trách") */
    int plus = line[0] == '+';
    if (line[strcspn(line, "\n\r")] == '\0') { /* one line already */
        render_md_block_text(w->out, line, plus ? MD_START_MARKER : MD_START_TEXT);
    } else {
        Buf one = {0};
        buf_puts(&one, line);
        buf_fold_line_breaks(&one); /* "+ Đơn vị thực hiện: NAME" with a break in NAME */
        render_md_block_text(w->out, one.data ? one.data : "", plus ? MD_START_MARKER : MD_START_TEXT);
        buf_free(&one);
    }
    buf_putc(w->out, '\n');
    nest_tail(w->out, from, ctx->nest);
}

static void put_pipe_table(RenderCtx *rc, const Attachment *att, Buf *out);
static void put_attachment_from(RenderCtx *rc, size_t index, Buf *out, size_t from);
static void put_table_note(const Attachment *att, Buf *out);

/* A table in the body: its caption in bold, a paragraph of its own, then
 * the pipe table and its note, as an attachment prints them. */
static void md_table(void *writer, const InlineCtx *ctx, const BodyNode *node)
{
    MdWriter *w = writer;
    size_t from = w->out->len;
    Buf caption = {0};
    render_table_caption(ctx, node, &caption);
    blank_line_from(w->out, w->from);
    Buf safe = {0};
    md_put_wrappable(&safe, caption.len ? caption.data : "");
    if (safe.len) { /* a caption of blanks only would print "****", a rule */
        buf_puts(w->out, "**");
        render_md_block_text(w->out, safe.data ? safe.data : "", MD_START_TEXT);
        buf_puts(w->out, "**\n\n");
    }
    buf_free(&safe);
    put_pipe_table(w->rc, node->table, w->out);
    put_table_note(node->table, w->out);
    buf_free(&caption);
    nest_tail(w->out, from, ctx->nest);
}

/* A part: "**Phần thứ nhất**" and "**TITLE**", each a paragraph of its
 * own (Markdown cannot centre them; HTML and DOCX do). */
static void md_part(void *writer, const InlineCtx *ctx, const BodyNode *node,
                    unsigned default_style)
{
    (void)default_style;
    MdWriter *w = writer;
    size_t from = w->out->len;
    Buf label = {0}, title = {0};
    render_part_lines(ctx, node, &label, &title);
    const Buf *lines[2] = {&label, &title};
    for (int i = 0; i < 2; i++) {
        Buf safe = {0};
        md_put_wrappable(&safe, lines[i]->len ? lines[i]->data : "");
        if (!safe.len) { /* blanks only: "****" would be a rule */
            buf_free(&safe);
            continue;
        }
        blank_line_from(w->out, w->from);
        buf_puts(w->out, "**");
        render_md_block_text(w->out, safe.data ? safe.data : "", MD_START_TEXT);
        buf_puts(w->out, "**\n");
        buf_free(&safe);
    }
    buf_free(&label);
    buf_free(&title);
    nest_tail(w->out, from, ctx->nest);
}

/* Nests each "+" item under the "-" item it belongs to. A "+" block (the
 * lines up to a blank line) is indented by two spaces, which Markdown reads
 * as a list inside the "-" item, when a "- " block comes before it with
 * nothing in between but other "+" items and plain paragraphs (a task's
 * text between its "- " heading and its "+ Phụ trách ..." lines); those
 * paragraphs are indented too, as the item's own paragraphs. Without this
 * a "+" line starts a sibling list and the two levels of the paper are
 * lost. A heading (bold) or a labelled line ends the "-" item. */
typedef enum { BLOCK_DASH, BLOCK_PLUS, BLOCK_PLAIN, BLOCK_OTHER } BlockKind;

static BlockKind block_kind(const char *s)
{
    if (strncmp(s, "- ", 2) == 0)
        return BLOCK_DASH;
    if (strncmp(s, "+ ", 2) == 0)
        return BLOCK_PLUS;
    if (s[0] == '\\' && (s[1] == '+' || s[1] == '-') && s[2] == ' ')
        return BLOCK_PLAIN; /* a task line's text that starts so (render.c) */
    if (*s == '*' || *s == '\\' || *s == '|' || (*s >= '0' && *s <= '9') ||
        (s[0] && s[1] == ')'))
        return BLOCK_OTHER; /* bold heading, escaped label, table, "a) ..." */
    return BLOCK_PLAIN;
}

/* Indents, in place, the "+" items of out's body (from `from` on) that
 * belong to a "-" item above them, and the plain blocks between them, by
 * two spaces a line: a block is text up to a blank line. A block that
 * starts at one of task_lines[0..n_task) (ascending offsets: a task's own
 * lines, md_task_line) is one of the item's "+" lines whatever its text,
 * so an assignment paragraph after them stays in the item. The text moves
 * back to front, so nothing is held twice. */
static void nest_plus_items(Buf *out, size_t from, const size_t *task_lines, size_t n_task)
{
    size_t n = 0, cap = 0;
    size_t *starts = NULL; /* offsets in out->data */
    for (const char *s = buf_str(out) + from; *s;) {
        if (n == cap) {
            cap = cap ? cap * 2 : 64;
            starts = xrealloc(starts, cap * sizeof *starts);
        }
        starts[n++] = (size_t)(s - out->data);
        const char *end = str_find(s, "\n\n");
        s = end ? end + 2 : s + strlen(s);
    }
    unsigned char *indent = xrealloc(NULL, n ? n : 1);
    memset(indent, 0, n ? n : 1);
    unsigned char *kind = xrealloc(NULL, n ? n : 1); /* each block's BlockKind */
    for (size_t b = 0, t = 0; b < n; b++) {
        while (t < n_task && task_lines[t] < starts[b])
            t++;
        kind[b] = (unsigned char)(t < n_task && task_lines[t] == starts[b]
                                      ? BLOCK_PLUS : block_kind(out->data + starts[b]));
    }
    /* each run of plain and "+" blocks under a "-" item, to its last "+"
     * block: the run read once (each "+" block read back to the run's
     * start: 20,000 paragraphs and bullets in a task, 0.3 s, quadratic) */
    for (size_t k = 0, e; k < n; k = e > k ? e : k + 1) {
        size_t last = n;
        for (e = k; e < n && (kind[e] == BLOCK_PLAIN || kind[e] == BLOCK_PLUS); e++)
            if (kind[e] == BLOCK_PLUS)
                last = e;
        if (last < n && k > 0 && kind[k - 1] == BLOCK_DASH)
            memset(indent + k, 1, last - k + 1);
    }
    free(kind);
    /* the indented content of a "+" task (nest_tail) stays inside the
     * "-" item when it follows that task's heading */
    for (size_t b = 1; b < n; b++)
        if (!indent[b] && indent[b - 1] && out->data[starts[b]] == ' ')
            indent[b] = 1;
    /* two more bytes for each line of an indented block that is not empty;
     * the lines' starts are kept for the move below, which takes them last
     * first (finding each by reading back to the line break before it was
     * a byte at a time: 5M instructions at a tenth of the national plan) */
    size_t extra = 0, n_lines = 0, lines_cap = 0;
    size_t *lines = NULL; /* offsets of the indented blocks' lines, in order */
    for (size_t b = 0; b < n; b++) {
        size_t end = b + 1 < n ? starts[b + 1] : out->len;
        for (size_t at = starts[b]; indent[b] && at < end;) {
            const char *nl = memchr(out->data + at, '\n', end - at);
            size_t next = nl ? (size_t)(nl - out->data) + 1 : end;
            if (out->data[at] != '\n')
                extra += 2;
            if (n_lines == lines_cap) {
                lines_cap = lines_cap ? lines_cap * 2 : 256;
                lines = xrealloc(lines, lines_cap * sizeof *lines);
            }
            lines[n_lines++] = at;
            at = next;
        }
    }
    if (extra) {
        size_t old_len = out->len;
        buf_grow(out, extra);
        char *d = out->data;
        size_t dst = old_len + extra; /* the end of what is still to move */
        for (size_t b = n; b-- > 0;) {
            size_t start = starts[b], end = b + 1 < n ? starts[b + 1] : old_len;
            if (!indent[b]) {
                dst -= end - start;
                memmove(d + dst, d + start, end - start);
                continue;
            }
            while (end > start) { /* the block's lines, last first */
                size_t line = lines[--n_lines];
                dst -= end - line;
                memmove(d + dst, d + line, end - line);
                if (d[dst] != '\n') {
                    dst -= 2;
                    d[dst] = d[dst + 1] = ' ';
                }
                end = line;
            }
        }
        out->len = old_len + extra;
        d[out->len] = '\0';
    }
    free(lines);
    free(starts);
    free(indent);
}

void render_md_body(RenderCtx *rc, Buf *out)
{
    MdWriter w = {rc, rc->inline_ctx, out, out->len, NULL, 0, 0};
    BodyEmitter emit = {&w,          md_heading, md_text_node, md_paragraphs,
                        md_task_line, md_table,   md_part};
    render_walk_body(rc, &emit);
    nest_plus_items(out, w.from, w.task_lines, w.n_task_lines);
    free(w.task_lines);
}

/* ---- tables ----------------------------------------------------------------- */

/* Appends text with every run of two or more blanks as no-break spaces, as
 * the template's Markdown escaping does for the header values ("ngày
 * tháng 4" keeps its blanks when rendered). */
static void put_keeping_blanks(Buf *out, const char *text)
{
    for (const char *c = text; *c; c++) {
        size_t run = inner_blank_run(text, c);
        for (size_t k = 0; k < run; k++)
            buf_puts(out, "\xc2\xa0"); /* U+00A0 */
        if (run)
            c += run - 1;
        else
            buf_putc(out, *c);
    }
}

/* A line break inside a table's cell, until md_cell_breaks makes it
 * "<br>": a control character, which no plan text holds (the loader
 * refuses them) and md_sanitize passes. */
#define MD_CELL_BREAK '\x02'

/* Makes each MD_CELL_BREAK of doc (from start) "<br>", in one pass, the
 * text between copied a run at a time (a byte at a time was 56 million
 * instructions, 5% of a build, at a tenth of the national plan). */
static void md_cell_breaks(Buf *doc, size_t start)
{
    size_t n = 0;
    for (const char *p = memchr(doc->data + start, MD_CELL_BREAK, doc->len - start); p;
         p = memchr(p + 1, MD_CELL_BREAK, doc->len - (size_t)(p + 1 - doc->data)))
        n++;
    if (!n)
        return;
    Buf done = {0};
    buf_grow(&done, doc->len + 3 * n); /* the runs between are copied whole */
    const char *p = doc->data, *end = doc->data + doc->len;
    buf_putn(&done, p, start);
    for (p += start; p < end;) {
        const char *brk = memchr(p, MD_CELL_BREAK, (size_t)(end - p));
        buf_putn(&done, p, (size_t)((brk ? brk : end) - p));
        if (!brk)
            break;
        buf_puts(&done, "<br>");
        p = brk + 1;
    }
    buf_free(doc);
    *doc = done;
}

static void put_cell_text(Buf *out, const char *text)
{
    for (const char *c = text ? text : ""; *c; c++) {
        size_t run = strcspn(c, "\n|\\`*_[]<>");
        buf_putn(out, c, run);
        c += run;
        if (!*c)
            break;
        if (*c == '\n') {
            /* a pipe table cell is one line of the file: the cell's lines
             * (a unit, then its assignments) are joined by "<br>", which
             * GFM and pandoc print as a line break and khgen import reads
             * back as one (import_tables.c cell_value), so the round trip
             * is exact; "; " made one line of them (s16attack L5). A
             * blank line is no line. Written as MD_CELL_BREAK, made
             * "<br>" after md_sanitize, which escapes every other '<' (a
             * text's own "<br>" prints as written). */
            buf_putc(out, MD_CELL_BREAK);
            while (c[1] == '\n')
                c++;
            continue;
        }
        buf_putc(out, '\\'); /* one of | \ ` * _ [ ] < > */
        buf_putc(out, *c);
    }
}

/* Text between two marks ("**", "*"), then after: without the blanks at
 * its ends (a no-break space too: md_trim_blanks), which would make "* X*"
 * a list item or "**X **" literal; nothing for a text of
 * blanks only, which would make "****" a rule. 1 if it wrote it. */
static int put_emphasised_cell(Buf *out, const char *mark, const char *text, const char *after)
{
    size_t n = 0;
    const char *s = md_trim_blanks(text, &n);
    if (!n)
        return 0;
    char *trimmed = xstrdup(s);
    trimmed[n] = '\0';
    buf_puts(out, mark);
    put_cell_text(out, trimmed);
    buf_puts(out, mark);
    buf_puts(out, after);
    free(trimmed);
    return 1;
}

/* The header of a pipe table, from the shared layout's header rows
 * (layout.c): one row only, so a grouped column reads "group: header". */
static void put_header(Buf *out, const TableLayout *t)
{
    const LayoutRow *top = &t->rows[0];
    for (size_t k = 0; k < top->n_cells; k++) {
        const LayoutCell *cell = &top->cells[k];
        int grouped = t->header_rows == 2 && cell->rowspan == 1;
        for (int i = 0; i < cell->colspan; i++) {
            buf_puts(out, "| ");
            if (grouped) {
                put_cell_text(out, cell->text);
                buf_puts(out, ": ");
                put_cell_text(out, t->rows[1].cells[cell->col + (size_t)i].text);
            } else {
                put_cell_text(out, cell->text);
            }
            buf_putc(out, ' ');
        }
    }
}

static void put_pipe_table(RenderCtx *rc, const Attachment *att, Buf *out);
static void put_attachment_from(RenderCtx *rc, size_t index, Buf *out, size_t from);
static void put_table_note(const Attachment *att, Buf *out);

/* Appends attachment index as a Markdown block (label, title, "(Kèm theo
 * ...)", pipe table, note) to out, whose attachments start at from. */
static void put_attachment_from(RenderCtx *rc, size_t index, Buf *out, size_t from)
{
    const Attachment *att = &rc->plan->attachments[index];
    Buf line = {0};
    blank_line_from(out, from);
    buf_puts(out, "---\n\n");
    put_emphasised_cell(out, "**", att->label, "\n\n");
    Buf upper = {0};
    vi_put_upper_printed(&upper, att->title ? att->title : "");
    put_emphasised_cell(out, "**", upper.data, "\n\n");
    buf_free(&upper);
    buf_puts(out, "*");
    render_attachment_line(&rc->inline_ctx, &line);
    put_keeping_blanks(out, line.data ? line.data : "");
    buf_puts(out, "*\n\n");
    /* the unit line (layout.c): Markdown has no right alignment, so an
     * italic line of its own over the table */
    const TableLayout *t = att->n_columns > 0 ? layout_table_kept(rc->arena, att, 1) : NULL;
    if (t && t->unit_line)
        put_emphasised_cell(out, "*", t->unit_line, "\n\n");
    put_pipe_table(rc, att, out);
    put_table_note(att, out);
    buf_free(&line);
}

/* The table of att as a pipe table, from the shared layout (layout.c). */
static void put_pipe_table(RenderCtx *rc, const Attachment *att, Buf *out)
{
    const TableLayout *t = att->n_columns > 0 ? layout_table_kept(rc->arena, att, 1) : NULL;
    if (t) {
        put_header(out, t);
        buf_puts(out, "|\n");
        /* a table of headers alone centres them, as every back end
         * does (layout_has_data_rows) */
        int data = layout_has_data_rows(att);
        for (size_t c = 0; c < att->n_columns; c++) {
            Align align = data ? layout_column_align(&att->columns[c]) : ALIGN_CENTER;
            buf_puts(out, align == ALIGN_CENTER  ? "|:---:"
                          : align == ALIGN_RIGHT ? "|---:"
                                                 : "|---");
        }
        buf_puts(out, "|\n");
        /* the rows of the shared layout (layout.c); a pipe table has no
         * spans, so a cell's text goes in its first column and the columns
         * it spans or covers stay blank; group and totals cells in bold */
        for (size_t r = (size_t)t->header_rows; r < t->n_rows; r++) {
            const LayoutRow *row = &t->rows[r];
            for (size_t k = 0; k < row->n_cells; k++) {
                const LayoutCell *cell = &row->cells[k];
                int strong = cell->bold && *cell->text && !cell->covered;
                buf_puts(out, "| ");
                /* blanks at its ends inside the "**" made them literal
                 * ("**X **" shown, s10diff F4) */
                if (strong)
                    put_emphasised_cell(out, "**", cell->text, "");
                else if (!cell->covered)
                    put_cell_text(out, cell->text);
                buf_putc(out, ' ');
                for (int extra = 1; extra < cell->colspan; extra++)
                    buf_puts(out, "|  ");
            }
            buf_puts(out, "|\n");
        }
    }
}

/* The note under a table, in italics. */
static void put_table_note(const Attachment *att, Buf *out)
{
    if (att->note && *att->note) {
        /* attach_resolve has expanded the note to plain text already */
        size_t at = out->len;
        buf_putc(out, '\n');
        if (!put_emphasised_cell(out, "*", att->note, "\n"))
            out->data[out->len = at] = '\0';
    }
}

/* 1 if the link destination at s (just after "](") has a scheme that runs
 * code or reads local files: javascript:, vbscript:, file:, and data:
 * other than an image (cmark's own list for safe mode). Case and leading
 * blanks or controls do not hide it. */
static int dangerous_destination(const char *s, const char *end)
{
    while (s < end && (unsigned char)*s <= ' ')
        s++;
    if (s < end && *s == '<')
        s++;
    char scheme[16];
    size_t n = 0;
    for (; s < end && n + 1 < sizeof scheme; s++) {
        char c = *s;
        if ((unsigned char)c < ' ' || c == '\t')
            continue; /* "java\tscript:" is javascript: to a browser */
        if (c == ':')
            break;
        if (c == '&' || c == '\\')
            return 1; /* "java&#115;cript:", "javascript&colon;": a renderer
                       * decodes the reference (or the escape) into the
                       * scheme; no real scheme holds either */
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '+' || c == '-' || c == '.'))
            return 0;
        scheme[n++] = (char)(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
    if (s >= end || *s != ':')
        return 0;
    scheme[n] = '\0';
    if (strcmp(scheme, "javascript") == 0 || strcmp(scheme, "vbscript") == 0 ||
        strcmp(scheme, "file") == 0)
        return 1;
    if (strcmp(scheme, "data") == 0) {
        static const char *const images[] = {"image/png", "image/gif", "image/jpeg", "image/webp"};
        for (size_t i = 0; i < sizeof images / sizeof images[0]; i++)
            if ((size_t)(end - s - 1) >= strlen(images[i]) &&
                strncasecmp(s + 1, images[i], strlen(images[i])) == 0)
                return 0;
        return 1;
    }
    return 0;
}

/* Whether '&' at c starts what a Markdown renderer decodes as a character
 * reference ("&amp;", "&#x1b;", "&#8238;"): a plan's text is printed as
 * written, so such an '&' is escaped; "NN&PTNT" is left as it is. */
static int starts_reference(const char *c, const char *end)
{
    const char *p = c + 1;
    int numeric = p < end && *p == '#';
    if (numeric) {
        p++;
        if (p < end && (*p == 'x' || *p == 'X'))
            p++;
    }
    const char *digits = p;
    while (p < end && p - digits < 32 && ((*p >= '0' && *p <= '9') || (*p >= 'a' && *p <= 'z') ||
                                          (*p >= 'A' && *p <= 'Z')))
        p++;
    return p > digits && p < end && *p == ';';
}

/* If the line at c (up to eol) is, under its list and quote markers, a
 * link reference definition whose destination runs code ("[r]:
 * javascript:..."), the offset of its '[' (escaping it makes it plain
 * text), else SIZE_MAX. Such a line comes from plan text: a bullet "[r]:
 * javascript:x", which "[a][r]" anywhere in the document turns into a
 * link. */
static size_t dangerous_definition(const char *base, const char *c, const char *eol)
{
    while (c < eol && (*c == ' ' || *c == '\t' || *c == '>' || *c == '-' || *c == '+' ||
                       *c == '*' || (*c >= '0' && *c <= '9') || *c == '.' || *c == ')'))
        c++;
    if (c >= eol || *c != '[')
        return SIZE_MAX;
    const char *close = c + 1;
    while (close < eol && *close != ']') {
        if (*close == '\\' && close + 1 < eol)
            close++;
        close++;
    }
    if (close + 1 >= eol || close[1] != ':')
        return SIZE_MAX;
    return dangerous_destination(close + 2, eol) ? (size_t)(c - base) : SIZE_MAX;
}

static int compare_offsets(const void *a, const void *b)
{
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    return x < y ? -1 : x > y;
}

/* What md_sanitize puts before the byte at an offset: a backslash, or
 * the '<' or '>' around a link's address (md_link_angled). An entry of
 * at is offset << 2 | kind, so that sorting by it sorts by offset. */
enum { PUT_BACKSLASH, PUT_OPEN_ANGLE, PUT_CLOSE_ANGLE };

static void add_put(size_t **at, size_t *n_at, size_t *cap_at, size_t offset, unsigned kind)
{
    if (*n_at == *cap_at) {
        *cap_at = *cap_at ? *cap_at * 2 : 64;
        *at = xrealloc(*at, *cap_at * sizeof **at);
    }
    (*at)[(*n_at)++] = offset << 2 | kind;
}

static void add_escape(size_t **at, size_t *n_at, size_t *cap_at, size_t offset)
{
    add_put(at, n_at, cap_at, offset, PUT_BACKSLASH);
}

/* md_sanitize's reading of the links of the line it is on. */
typedef struct LineLinks {
    MdLinks links;          /* the line's, once a "](" is met on it */
    int found;              /* links holds the line's */
    size_t next;            /* the first of them not passed yet */
    const char *next_close; /* the first ')' at or after it was looked for */
} LineLinks;

/* The '(' at c of a "](" on the line [bol, line_end) of doc: 1 if its
 * address runs code (the '(' is to be escaped); else, where every reader
 * reads a link there (md_links_read), *dest_end is set to its ')' and the
 * angle brackets it needs are put (md_link_angled). */
static int link_address(LineLinks *ll, const Buf *doc, const char *c, const char *bol,
                        const char *line_end, const char **dest_end, size_t **at, size_t *n_at,
                        size_t *cap_at)
{
    const char *end = doc->data + doc->len;
    /* the destination ends at the next ')' or the line's end; the next
     * ')' is found again only once passed: a search to the document's end
     * for each "](" made a line of 200,000 links take 7.5 s (attack s6
     * G13) */
    if (!ll->next_close || ll->next_close < c) {
        ll->next_close = memchr(c, ')', (size_t)(end - c));
        if (!ll->next_close)
            ll->next_close = end;
    }
    if (dangerous_destination(c + 1, ll->next_close < line_end ? ll->next_close : line_end))
        return 1;
    /* its address is left unescaped only if every reader reads a link
     * there: after "\\](" or a ']' no '[' opens, it is text, and a bare
     * URL in it a GFM autolink (s40attack L2) */
    if (!ll->found) {
        md_links_read(&ll->links, doc->data, bol, line_end);
        ll->found = 1;
        ll->next = 0;
    }
    size_t off = (size_t)(c - 1 - doc->data);
    while (ll->next < ll->links.n && ll->links.close[ll->next] < off)
        ll->next++;
    if (ll->next < ll->links.n && ll->links.close[ll->next] == off) {
        *dest_end = doc->data + ll->links.dest_end[ll->next];
        if (md_link_angled(c + 1, *dest_end, end)) {
            add_put(at, n_at, cap_at, (size_t)(c + 1 - doc->data), PUT_OPEN_ANGLE);
            add_put(at, n_at, cap_at, (size_t)(*dest_end - doc->data), PUT_CLOSE_ANGLE);
        }
    }
    return 0;
}

/* Whether the '&' at c is the "&#46;" or "&#41;" that render_md_block_text
 * writes after the number a paragraph's text starts with ("1&#46; x": a
 * paragraph, not a list, and not a numbered clause to import), with only
 * blanks and one to nine digits (or a letter, "a&#41; x") before it on its
 * line, or the "&#45;",
 * "&#43;" it writes for a "-", "+" a text starts with, only blanks before. */
static int label_reference(const char *c, const char *start)
{
    int mark = strncmp(c, "&#45;", 5) == 0 || strncmp(c, "&#43;", 5) == 0;
    if (!mark && strncmp(c, "&#46;", 5) != 0 && strncmp(c, "&#41;", 5) != 0)
        return 0;
    const char *p = c;
    while (!mark && p > start && p[-1] >= '0' && p[-1] <= '9')
        p--;
    if (!mark && p == c && p > start && p[-1] >= 'a' && p[-1] <= 'z')
        p--; /* "a&#41; x" */
    else if (!mark && p == c && p - start >= 2 && strncmp(p - 2, "\xC4\x91", 2) == 0)
        p -= 2; /* "đ&#41; x" */
    else if (!mark && (p == c || c - p > 9))
        return 0;
    while (p > start && p[-1] == ' ')
        p--;
    return p == start || p[-1] == '\n';
}

/* 1 if the '@' at c (doc begins at text) starts a citation to pandoc's
 * Markdown: not after a letter or digit (an address, "vp@ubnd.vn"), and
 * before a key's first character, '{' or pandoc's "@*" (every entry): a
 * title "KINH PHÍ @@" written "**IV. KINH PHÍ @@**" lost its bold to the
 * citation "@*", its asterisks printed (s34attack). "\@" prints '@' in
 * every CommonMark reader. */
static int cites(const char *text, const char *c, const char *end)
{
    if (c > text && vi_word_byte((unsigned char)c[-1]))
        return 0;
    return c + 1 < end && (vi_word_byte((unsigned char)c[1]) || c[1] == '_' || c[1] == '{' ||
                           c[1] == '*');
}

/* The last pass over the whole Markdown document, whatever field a piece
 * of it came from (plan text, a base's kind, a task's label, a deadline's
 * prefix, a template): a '<' that is not already escaped and not in a code
 * span is escaped, so no raw HTML reaches the reader's renderer, so is an
 * '@' that pandoc's Markdown would read as a citation (cites) or GFM as an
 * e-mail link (joins_address), a ':' opening an emoji shortcode, an
 * '&' that would start a character reference (&#x1b; is not decoded into
 * a control character, &amp; prints as written, as in the HTML), and a
 * link whose destination runs code (javascript:, ...) is broken into plain
 * text ("]\(" ), as is a link reference definition of one ("\[r]:
 * javascript:..."), as the HTML output drops them. A link's address is
 * left as written only where every reader reads a link (md_links_read:
 * after "\](" or a lone ']' it is text, and a bare URL in it is escaped
 * like any other, s40attack L2), in angle brackets where pandoc's GFM
 * reader would glue the next word to it (md_link_angled). With
 * MD_SANITIZE_TILDES, a '~' too: a GFM reader (pandoc -f gfm, GitHub)
 * struck "~~x~~" through and dropped its tildes, which the HTML and the
 * .docx print (s10diff F3), and a '^' (pandoc's superscript "x^2^", which
 * import reads as "x²" since s45imp: a plan's own "x^2^" came back
 * changed); with MD_SANITIZE_EMPHASIS, each '*' and '_'
 * (khgen diff's report, whose own marks are the only emphasis). A code span is a run
 * of backticks up to the next run of the same length on its line, as
 * CommonMark pairs them; a run without one is literal (an unmatched '`'
 * once left the rest of its line unescaped). Linear: one pass, each line's
 * backtick runs paired once. */
void md_sanitize(Buf *doc, size_t start, int marks)
{
    const char *stops = marks & MD_SANITIZE_EMPHASIS ? "\n`<(&\\~^@:wW*_"
                        : marks & MD_SANITIZE_TILDES ? "\n`<(&\\~^@:wW" : "\n`<(&\\@:wW";
    /* the places a backslash goes (before the byte at each offset), found
     * first, so that the common document, which needs none, is not copied
     * and one that does is moved up in place, once */
    size_t *at = NULL, n_at = 0, cap_at = 0;
    const char *s = doc->data + start, *end = doc->data + doc->len;
    MdBacktickRuns runs = {0};
    int runs_found = 0;     /* runs holds this line's backtick runs */
    size_t next_run = 0;    /* the first of them not passed yet */
    const char *code_end = s; /* inside a code span until here */
    size_t backslashes = 0; /* the run of backslashes just before */
    const char *dest_end = s; /* inside a link's destination until here: no autolink there */
    const char *eol = memchr(s, '\n', (size_t)(end - s)), *bol = s;
    LineLinks line_links = {0};
    size_t def = dangerous_definition(doc->data, s, eol ? eol : end);
    if (def != SIZE_MAX)
        add_escape(&at, &n_at, &cap_at, def);
    for (const char *c = s; c < end; c++) {
        /* a run of bytes the pass does not look at is stepped over */
        const char *run = c;
        while (c < end) { /* strcspn stops at a NUL too: step over one */
            c += strcspn(c, stops);
            if (c >= end || *c != '\0')
                break;
            c++;
        }
        if (c > end)
            c = end;
        if (c > run)
            backslashes = 0;
        if (c == end)
            break;
        int escape = 0;
        if (*c == '\n') {
            code_end = c;
            runs_found = 0;
            line_links.found = 0;
            bol = c + 1;
            eol = memchr(c + 1, '\n', (size_t)(end - c - 1));
            def = dangerous_definition(doc->data, c + 1, eol ? eol : end);
            if (def != SIZE_MAX)
                add_escape(&at, &n_at, &cap_at, def);
        } else if (*c == '`') {
            if (c >= code_end) {
                if (!runs_found) {
                    const char *line_end = memchr(c, '\n', (size_t)(end - c));
                    md_backtick_runs(&runs, doc->data, c, line_end ? line_end : end);
                    runs_found = 1;
                    next_run = 0;
                }
                size_t off = (size_t)(c - doc->data);
                while (next_run < runs.n && runs.off[next_run] < off)
                    next_run++;
                if (next_run < runs.n && runs.off[next_run] == off) {
                    /* "\``a`" escapes the first backtick, and the span
                     * "`a`" is code, where a backslash prints as itself */
                    size_t from, to;
                    if (md_backtick_span(&runs, next_run, backslashes, &from, &to))
                        code_end = doc->data + to;
                    c += runs.len[next_run] - 1;
                    next_run++;
                }
            }
        } else if (c >= code_end && backslashes % 2 == 0) {
            if (*c == '<' || ((*c == '~' || *c == '^') && (marks & MD_SANITIZE_TILDES)) ||
                ((*c == '*' || *c == '_') && (marks & MD_SANITIZE_EMPHASIS)) ||
                (*c == '@' && (cites(doc->data, c, end) || md_joins_address(doc->data, c, end))) ||
                (*c == '&' && starts_reference(c, end) && !label_reference(c, s))) {
                escape = 1;
            } else if ((*c == ':' || *c == 'w' || *c == 'W') && c >= dest_end) {
                size_t dot = md_bare_url_escape(c, s, end);
                if (dot != SIZE_MAX)
                    add_escape(&at, &n_at, &cap_at, (size_t)(c - doc->data) + dot);
                else if (*c == ':' && md_opens_shortcode(c, end))
                    escape = 1;
            } else if (*c == '(' && c > s && c[-1] == ']') {
                escape = link_address(&line_links, doc, c, bol, eol ? eol : end, &dest_end, &at,
                                      &n_at, &cap_at);
            }
        }
        if (escape)
            add_escape(&at, &n_at, &cap_at, (size_t)(c - doc->data));
        backslashes = *c == '\\' ? backslashes + 1 : 0;
    }
    md_backtick_runs_free(&runs);
    md_links_free(&line_links.links);
    if (!n_at)
        return;
    /* the definitions' escapes were found ahead of the others: in order */
    qsort(at, n_at, sizeof *at, compare_offsets);
    size_t old_len = doc->len;
    buf_grow(doc, n_at);
    char *d = doc->data;
    size_t seg_end = old_len;
    for (size_t i = n_at; i-- > 0;) {
        /* the bytes from off move up by the i + 1 bytes put before them */
        size_t off = at[i] >> 2;
        memmove(d + off + i + 1, d + off, seg_end - off);
        d[off + i] = "\\<>"[at[i] & 3];
        seg_end = off;
    }
    doc->len = old_len + n_at;
    d[doc->len] = '\0';
    free(at);
}

static void write_md_body(RenderCtx *rc, void *arg, Buf *out)
{
    (void)arg;
    render_md_body(rc, out);
}

static void write_md_attachments(RenderCtx *rc, void *arg, Buf *out)
{
    (void)arg;
    size_t from = out->len;
    for (size_t i = 0; i < rc->plan->n_attachments; i++)
        put_attachment_from(rc, i, out, from);
}

/* The header's Markdown values that plan.md places at the start of a line
 * (the opening, the closing, each basis; the title inside its "**"): one
 * line each, as the HTML and the Word document print them, whose start
 * cannot make a block ("- ...", "~~~", "1. ..." would be a list, a fence
 * that takes the rest of the document, ...). */
static void guard_header_value(Arena *arena, TValue *value, int wrapped)
{
    if (!value || value->kind != TV_STRING || !value->str)
        return;
    Buf one = {0}, guarded = {0};
    if (wrapped) /* the title in "**", a basis in "*" (plan.md) */
        md_put_wrappable(&one, value->str);
    else
        buf_puts(&one, value->str);
    buf_fold_line_breaks(&one);
    render_md_block_text(&guarded, one.data ? one.data : "", MD_START_TEXT);
    value->str = arena_strdup(arena, guarded.data ? guarded.data : "");
    buf_free(&one);
    buf_free(&guarded);
}

static void guard_header_values(Arena *arena, TValue *values)
{
    static const char *const keys[] = {"opening", "closing", "title_md"};
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
        guard_header_value(arena, tv_get(values, keys[i]), i == 2);
    const TValue *bases = tv_get(values, "bases");
    for (size_t i = 0; bases && bases->kind == TV_LIST && i < bases->count; i++)
        guard_header_value(arena, bases->items[i], 1);
}

/* What a wording phrase that rendered empty prints in the .md: a byte no
 * plan text holds (the loader refuses control characters, KH004), so that
 * the marks a template put round it are known for an emphasis round
 * nothing ("*{{motto}}*", "**{{doc_kind}}**" of a phrase such as
 * "{{{body}}}" that printed nothing: "**", a literal to a reader, or
 * "****", a rule; s23low 12, s24 leftover 1). */
#define EMPTY_PHRASE '\x1f'

static void mark_empty_phrases(Arena *arena, TValue *values)
{
    static const char *const keys[] = {"national_name", "motto", "doc_kind", "recipients_title"};
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) {
        const TValue *v = tv_get(values, keys[i]);
        if (v && v->kind == TV_STRING && (!v->str || !v->str[0]))
            tv_set_str(arena, values, keys[i], (const char[]){EMPTY_PHRASE, '\0'});
    }
}

/* Takes out each empty phrase with the emphasis marks round it (a run of
 * '*' or '_' before it and the same run after it), and the line it stood
 * on if nothing but blanks is left there; a line of 4 or 6 '*' alone
 * (trailing blanks aside) is an emphasis round a value that printed
 * nothing too. A text's "**" or "****" is its own: escaped, or with other
 * words on its line. Linear: each line is copied once. */
static void drop_empty_emphasis(Buf *out, size_t start)
{
    size_t w = start;
    for (size_t line = start; line < out->len;) {
        size_t end = line;
        while (end < out->len && out->data[end] != '\n')
            end++;
        size_t next = end < out->len ? end + 1 : end, line_w = w;
        int marked = 0;
        for (size_t i = line; i < end; i++) {
            if (out->data[i] != EMPTY_PHRASE) {
                out->data[w++] = out->data[i];
                continue;
            }
            marked = 1;
            for (;;) { /* each pair of marks round nothing, "_*X*_" too */
                size_t before = 0, after = 0;
                while (w - before > line_w && before < 3 &&
                       (out->data[w - before - 1] == '*' || out->data[w - before - 1] == '_') &&
                       out->data[w - before - 1] == out->data[w - 1])
                    before++;
                while (i + 1 + after < end && after < before &&
                       out->data[i + 1 + after] == out->data[w - 1])
                    after++;
                if (!before || after != before)
                    break;
                w -= before;
                i += after;
            }
        }
        size_t stars = 0, blanks = 0;
        while (line_w + stars < w && out->data[line_w + stars] == '*')
            stars++;
        while (line_w + stars + blanks < w && out->data[line_w + stars + blanks] == ' ')
            blanks++;
        int empty = (marked || stars == 4 || stars == 6) && line_w + stars + blanks == w &&
                    (!marked || stars == 0);
        if (empty)
            w = line_w;
        else if (next > end)
            out->data[w++] = '\n';
        line = next;
    }
    out->len = w;
    if (out->data)
        out->data[out->len] = '\0';
}

int render_md(RenderCtx *rc, Buf *out)
{
    TValue *values = render_header_values(rc);
    guard_header_values(rc->arena, values);
    mark_empty_phrases(rc->arena, values);
    /* the body and the attachments are the bulk of the document: written
     * straight into out (render_with_parts), not held and copied */
    PageFragment parts[] = {{"body", write_md_body, NULL, 0},
                            {"attachments", write_md_attachments, NULL, 0}};
    size_t n_parts = rc->plan->n_attachments ? 2 : 1;
    if (n_parts == 1)
        render_set_ref(rc->arena, values, "attachments", "", TV_MARKDOWN);
    size_t start = out->len;
    int rc_tpl = render_with_parts(rc, "plan.md", values, TPL_ESCAPE_MARKDOWN, parts, n_parts, out);
    /* one trailing newline, no trailing blank lines */
    while (out->len > start && (out->data[out->len - 1] == '\n' || out->data[out->len - 1] == ' '))
        out->len--;
    buf_putc(out, '\n');
    md_sanitize(out, start, MD_SANITIZE_TILDES);
    md_cell_breaks(out, start);
    drop_empty_emphasis(out, start);
    return rc_tpl;
}
