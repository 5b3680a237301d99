/* diff_parts.c - a compiled plan as the parts `khgen diff` compares
 * (diff_impl.h: diff_collect).
 *
 * Each part is one piece of the document as printed, in the wording the
 * Markdown and HTML back ends use (render.h, inline.h, render_walk_body):
 * the header fields, each legal basis, the opening, each body node
 * (heading or paragraph, with the paragraphs and the "Phụ trách"/"Thời
 * gian" lines that follow it), the closing, the recipients, the signature,
 * and each attachment's title and rows. A part carries an identity (a
 * header field's name, a basis's number, a task's id, a row's key: the
 * text of its first text column), its place in the body (its number path,
 * "II.1.-2") and its text without its printed number, which is derived and
 * would make a renumbering look like a rewrite. Moved out of diff.c, which
 * matches the parts and prints the changes.
 */
#include "diff_impl.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "body_end.h"
#include "inline.h"
#include "issuer_lines.h"
#include "layout.h"
#include "load.h"
#include "render.h"
#include "vi.h"

static int add_part(Doc *d, const char *key, const char *label, const char *text)
{
    if (d->n == d->cap) {
        d->cap = d->cap ? 2 * d->cap : 64;
        d->parts = xrealloc(d->parts, d->cap * sizeof *d->parts);
    }
    d->parts[d->n] = (Part){.key = key, .label = label, .text = text ? text : "", .parent = -1,
                            .match = -1};
    return (int)d->n++;
}

/* Where each body node sits: its path and its parent, found by pointer. */
typedef struct NodeInfo {
    const void *node;        /* the node, or its task (the walker hands an
                                untitled task over as a copy of its node) */
    const char *path;
    const char *place;       /* its part's place as printed (node_name) */
    const BodyNode *parent;
    int part;                /* its part, once emitted */
} NodeInfo;

typedef struct NodeMap {
    NodeInfo *slots;         /* malloc'd, open addressing */
    size_t cap;
    Arena *arena;            /* the paths */
} NodeMap;

static size_t ptr_hash(const void *p, size_t cap)
{
    uintptr_t v = (uintptr_t)p;
    v ^= v >> 17;
    v *= 0x9E3779B97F4A7C15u;
    return (size_t)(v >> 7) & (cap - 1);
}

static NodeInfo *node_info_at(NodeMap *m, const void *node, int create)
{
    size_t i = ptr_hash(node, m->cap);
    while (m->slots[i].node && m->slots[i].node != node)
        i = (i + 1) & (m->cap - 1);
    if (!m->slots[i].node && create) {
        m->slots[i].node = node;
        m->slots[i].part = -1;
    }
    return m->slots[i].node ? &m->slots[i] : NULL;
}

static NodeInfo *node_info(NodeMap *m, const BodyNode *node, int create)
{
    NodeInfo *info = node_info_at(m, node, create);
    if (!info && node->task)
        info = node_info_at(m, node->task, 0);
    return info;
}

static void count_node(void *data, const BodyPlace *at)
{
    (void)at;
    (*(size_t *)data)++;
}

/* The last number of a printed label: "II." -> "II", "1.2." -> "2",
 * "a)" -> "a"; a table's caption number "Bảng 1"; a bullet's or
 * paragraph's place among its siblings. */
static void path_segment(Buf *out, const BodyNode *node, size_t index)
{
    const char *label = node->printed_label ? node->printed_label : "";
    size_t n = strlen(label);
    while (n && (label[n - 1] == '.' || label[n - 1] == ')'))
        n--;
    const char *start = label;
    for (size_t i = 0; i < n; i++)
        if (label[i] == '.')
            start = label + i + 1;
    size_t len = n - (size_t)(start - label);
    int word = len > 0;
    for (size_t i = 0; i < len; i++)
        if (start[i] == '-' || start[i] == '+' || start[i] == '*')
            word = 0;
    if (word && node->kind == NODE_TABLE && node->printed_label == node->label)
        buf_putn(out, label, n); /* a table's own label, "Bảng 2a", whole */
    else if (word && node->kind == NODE_TABLE)
        buf_printf(out, "Bảng %.*s", (int)len, start); /* its number alone
                              was the clause's of that number: "I.1" twice */
    else if (word)
        buf_putn(out, start, len);
    else
        buf_printf(out, "%s%zu", node->kind == NODE_PARA ? "¶" : "-", index + 1);
}

/* Each node of the body (plan_walk_body, parents first): its path (its
 * parent's, then its own segment) and its parent, under the node and under
 * its task. */
static void map_node(void *data, const BodyPlace *at)
{
    NodeMap *map = data;
    const BodyNode *parent = at->depth ? at->ancestors[at->depth - 1] : NULL;
    Buf path = {0};
    if (parent) {
        buf_puts(&path, node_info(map, parent, 0)->path);
        buf_putc(&path, '.');
    }
    path_segment(&path, at->node, at->index);
    NodeInfo *info = node_info(map, at->node, 1);
    info->path = buf_to_arena(&path, map->arena);
    info->parent = parent;
    if (at->node->task) {
        NodeInfo *by_task = node_info_at(map, at->node->task, 1);
        by_task->path = info->path;
        by_task->parent = parent;
    }
    buf_free(&path);
}

typedef struct Collector {
    Doc *doc;
    NodeMap *map;
    int current;             /* the part paragraphs and task lines join */
    int joining;             /* the part whose text `joined` holds, or -1 */
    Buf joined;              /* that part's text with the paragraphs joined
                                to it so far (collector_flush) */
    BodyEnd end;             /* the piece the end mark "./." follows
                                (body_end.c): compared as printed */
} Collector;

/* Gives the part the collector was joining paragraphs to its text, made
 * once in the arena: each paragraph copied the part's whole text into a
 * new string, and a task of 8,000 paragraphs made 6.4 GB of copies for a
 * 935 KB plan (s43mem). */
static void collector_flush(Collector *c)
{
    if (c->joining < 0)
        return;
    c->doc->parts[c->joining].text = buf_to_arena(&c->joined, c->doc->arena);
    buf_free(&c->joined);
    c->joining = -1;
}

/* Text with its line breaks made spaces (a paragraph as printed). */
static char *one_line(Arena *arena, const char *text)
{
    char *s = arena_strdup(arena, text ? text : "");
    for (char *p = s; *p; p++)
        if (*p == '\n')
            *p = ' ';
    return s;
}

/* The name of a node's part and the place its own parts stand in
 * (diff_part_name: its headings' printed numbers and its first words,
 * "III. “Công tác tuyên truyền”", where its path "III.-1" named nothing
 * the document prints: s43user F13). Only the name shown: the path stays
 * the part's key and its place for pairing. Parents are named first (the
 * body is emitted in order); a parent never emitted (a "clause: \"\"" that
 * lent its number) stands by its path. */
static const char *node_name(Collector *c, NodeInfo *info, const BodyNode *node,
                             const char *text, const char **place)
{
    NodeInfo *parent = info->parent ? node_info(c->map, info->parent, 0) : NULL;
    size_t skip = parent && parent->path ? strlen(parent->path) + 1 : 0;
    const char *segment = strlen(info->path) >= skip ? info->path + skip : info->path;
    const char *base = !parent ? ""
                       : parent->place ? parent->place
                                       : arena_printf(c->doc->arena, "%s.", parent->path);
    return diff_part_name(c->doc->arena, base, segment, node, text, node->kind != NODE_TABLE,
                          place);
}

/* Starts the part of node, whose text is text; it is named by the first
 * words of named (a heading's title), else of text. */
static void start_node_part(Collector *c, const InlineCtx *ctx, const BodyNode *node,
                            const char *text, const char *named)
{
    NodeInfo *info = node_info(c->map, node, 0);
    const char *path = info ? info->path : "?";
    const char *key = path;
    const char *place = NULL;
    const char *label = info ? node_name(c, info, node, named && *named ? named : text, &place) : path;
    if (info)
        info->place = place;
    if (node->kind == NODE_TASK && node->task && node->task->id) {
        key = arena_printf(c->doc->arena, "task:%s", node->task->id);
        label = arena_printf(c->doc->arena, "%s (%s)", label, node->task->id);
    }
    int i = add_part(c->doc, key, label, text);
    Part *p = &c->doc->parts[i];
    p->path = path;
    p->place = place;
    p->is_body = 1;
    p->markdown = node->kind != NODE_TABLE; /* a table's cells are plain text */
    if (node->kind != NODE_TABLE) {
        /* what its label prints, for diff.c to compare apart from the
         * text: a label, a number restart or a marker the drafter wrote
         * changes the document, a renumbering does not (s13attack F2) */
        Buf mark = {0}; /* as the Markdown text it is shown in holds it */
        render_put_label(&mark, node->printed_label);
        p->mark = buf_to_arena(&mark, c->doc->arena);
        buf_free(&mark);
        p->mark_fixed = node->label || node->number || node->marker;
    }
    if (info) {
        info->part = i;
        NodeInfo *parent = info->parent ? node_info(c->map, info->parent, 0) : NULL;
        p->parent = parent ? parent->part : -1;
    }
    collector_flush(c);
    c->current = i;
    /* a task's own lines ("Phụ trách ...", "Thời gian ...") belong to it,
     * wherever the walker prints them */
    if (node->kind == NODE_TASK && node->task) {
        InlineCtx task_ctx = *ctx;
        task_ctx.task = node->task;
        const char **lines;
        size_t n = render_task_lines(&task_ctx, node->task, &lines);
        Buf tail = {0};
        for (size_t k = 0; k < n; k++) {
            if (k)
                buf_putc(&tail, '\n');
            if (k + 1 == n && c->end.piece == BODY_END_LINE && c->end.node->task == node->task)
                render_end_marked(lines[k], strlen(lines[k]), &tail); /* as render_walk prints it */
            else
                buf_puts(&tail, lines[k]);
        }
        if (n)
            p->tail = buf_to_arena(&tail, c->doc->arena);
        buf_free(&tail);
    }
}

static void collect_heading(void *writer, const InlineCtx *ctx, const BodyNode *node,
                            unsigned default_style)
{
    Collector *c = writer;
    Buf head = {0}, text = {0}, all = {0};
    render_heading_parts(ctx, node, &head, &text);
    const char *h = head.data ? head.data : "";
    const char *label = node->printed_label ? node->printed_label : "";
    Buf written = {0}; /* the label as head holds it (render_put_label) */
    render_put_label(&written, label);
    if (written.len && strncmp(h, written.data, written.len) == 0) {
        h += written.len;
        while (*h == ' ')
            h++;
    }
    buf_free(&written);
    if (!*h && !text.len && !*label) {
        /* "clause: \"\"" that lent its number to its first item
         * (resolve.c, lend_label) prints nothing: no part of its own (the
         * import of "3. Các phòng, ban ..." writes it so, and the diff of a
         * plan and its import showed an empty "thêm"); its items are its
         * parent's */
        NodeInfo *info = node_info(c->map, node, 0);
        NodeInfo *parent = info && info->parent ? node_info(c->map, info->parent, 0) : NULL;
        if (info) {
            info->part = parent ? parent->part : -1;
            /* its items are named under its parent's place, as printed:
             * by its path, the tasks "1. Phòng Kinh tế ..." of section III
             * were "III.-1.1." (s55user F2) */
            info->place = parent && parent->place ? parent->place : parent ? NULL : "";
        }
        buf_free(&head);
        buf_free(&text);
        return;
    }
    /* "**X**" prints as X styled bold: the words compared, the emphasis
     * with the style (diff_whole_emphasis) */
    char *title = arena_strdup(c->doc->arena, h);
    unsigned title_marks = diff_whole_emphasis(title);
    unsigned text_marks = text.len ? diff_whole_emphasis(text.data) : 0;
    if (text.len && *title) {
        /* two Markdown texts on one line: each closed in itself, as the
         * .md writes them, so that a '`' of the title and one of the text
         * make no code span: the terminal and HTML diffs dropped both,
         * `diff --format md` printed the escapes between them (s28render F6) */
        md_put_written_back(&all, title);
        buf_putc(&all, ' ');
        md_put_written_back(&all, text.data);
    } else {
        buf_puts(&all, title);
        if (text.len) {
            buf_putc(&all, ' ');
            buf_puts(&all, text.data);
        }
    }
    start_node_part(c, ctx, node, one_line(c->doc->arena, all.data ? all.data : ""), title);
    c->doc->parts[c->current].format = diff_format_heading(
        c->doc->arena, node, default_style, text.len > 0, title_marks, text_marks);
    buf_free(&head);
    buf_free(&text);
    buf_free(&all);
}

/* text as printed paragraphs, appended to out: those separated by blank
 * lines one a line, the lines inside one joined by a space. */
static void paragraph_lines(Buf *out, const char *text)
{
    const char *s = text ? text : "";
    while (*s) {
        const char *brk = str_find(s, "\n\n");
        size_t len = brk ? (size_t)(brk - s) : strlen(s);
        if (len && out->len)
            buf_putc(out, '\n');
        for (size_t i = 0; i < len; i++)
            buf_putc(out, s[i] == '\n' ? ' ' : s[i]);
        s += len;
        while (*s == '\n')
            s++;
    }
}

static void collect_text_node(void *writer, const InlineCtx *ctx, const BodyNode *node)
{
    Collector *c = writer;
    Buf text = {0}, lines = {0};
    InlineCtx plain = *ctx;
    plain.end_mark = 0;
    inline_expand(&plain, node->text ? node->text : "", INLINE_MARKDOWN, &text);
    /* a text of several paragraphs prints them one after another, the
     * first with the node's marker: as a task's title and its text do
     * (the diff of a task "" whose text had two paragraphs and its .docx
     * import, a title and a text, was a change of spaces: s17docx) */
    paragraph_lines(&lines, buf_str(&text));
    char *words = arena_strdup(c->doc->arena, buf_str(&lines));
    unsigned marks = diff_whole_emphasis(words); /* "**X**": X styled bold */
    if (ctx->end_mark) {
        /* the body's last words, as printed: "./." after them, inside
         * the emphasis that styles them all (as the node's style is
         * printed), so that "*X*" and X styled italic stay one */
        Buf marked = {0};
        render_end_marked(words, strlen(words), &marked);
        words = arena_strdup(c->doc->arena, buf_str(&marked));
        buf_free(&marked);
    }
    start_node_part(c, ctx, node, words, NULL);
    buf_free(&lines);
    c->doc->parts[c->current].format = diff_format_text(node, marks);
    buf_free(&text);
}

static void append_to_current(Collector *c, const char *text)
{
    if (c->current < 0) {
        collector_flush(c);
        c->current = add_part(c->doc, "body", "body", "");
        c->doc->parts[c->current].is_body = 1;
    }
    if (c->joining != c->current) {
        collector_flush(c);
        c->joining = c->current;
        buf_puts(&c->joined, c->doc->parts[c->current].text);
    }
    if (c->joined.len)
        buf_putc(&c->joined, '\n');
    buf_puts(&c->joined, text);
}

static void collect_paragraphs(void *writer, const InlineCtx *ctx, const char *text)
{
    Collector *c = writer;
    Buf out = {0}, lines = {0};
    render_expand(ctx, text ? text : "", &out); /* with its end mark, if the body's last */
    paragraph_lines(&lines, buf_str(&out));
    if (lines.len)
        append_to_current(c, buf_str(&lines));
    buf_free(&lines);
    buf_free(&out);
}

static void collect_task_line(void *writer, const InlineCtx *ctx, const char *line)
{
    (void)writer, (void)ctx, (void)line; /* taken with the task's part (start_node_part) */
}

/* What a table prints besides its rows' cells, one line each after a line
 * break: its column headings ("Cột: STT | Tên | Năm - Số hộ"), its totals
 * row as printed ("Tổng: Tổng cộng | 1.574") and its note. A new heading,
 * totals label or note changes the document: `khgen diff` of two plans
 * that differed only there said "the same" (attack s10 F7). */
/* A table's text as printed (its title, its note: expanded when the plan
 * was resolved, without the {year} marks), with the marks of the
 * expressions it is written with (node: where): expanded again with
 * ctx's marks (InlineCtx.mark_years) and taken when it prints the same,
 * else printed as it is. A title "... {year-1}" moved with the plan was
 * listed as changed, its year read as a bare figure (diff_year.c). */
static const char *year_marked(const InlineCtx *ctx, Arena *arena, const YNode *node,
                               const char *printed)
{
    if (!ctx || !node || !printed || node->kind != YNODE_SCALAR || !str_find(node->text, "{year"))
        return printed;
    Buf b = {0};
    inline_expand_written(ctx, node->text, &b);
    const char *marked = buf_to_arena(&b, arena);
    buf_free(&b);
    return marked && strcmp(diff_year_unmarked(arena, marked), printed) == 0 ? marked : printed;
}

/* The node year_marked reads, copied into arena (a scalar's text is in
 * arena already, load_file_split); NULL for what it would not read. */
static const YNode *kept_written(Arena *arena, const YNode *node)
{
    if (!node || node->kind != YNODE_SCALAR)
        return NULL;
    YNode *copy = arena_alloc(arena, sizeof *copy);
    *copy = *node; /* a scalar points at nothing in the tree */
    return copy;
}

static void keep_table_written(void *data, const BodyPlace *at)
{
    Attachment *table = at->node->table;
    if (table) {
        table->title_node = kept_written(data, table->title_node);
        table->note_node = kept_written(data, table->note_node);
    }
}

void diff_keep_written(Arena *arena, Plan *plan)
{
    for (size_t i = 0; i < plan->n_attachments; i++) {
        Attachment *att = &plan->attachments[i];
        att->title_node = kept_written(arena, att->title_node);
        att->note_node = kept_written(arena, att->note_node);
    }
    plan_walk_body(plan->body, plan->n_body, keep_table_written, arena);
}

/* A cell's text in a row's part, which is one line with " | " between the
 * cells: a '|' of its own is written "\|" (cells "A | b" and "c" edited
 * to "A" and "b | c" both read "A | b | c": the document changed, diff
 * said nothing, exit 0), and a line break, which a cell prints as one,
 * is named " ‹xuống dòng› " ("A" over "b" edited to "A b" was the same
 * row to diff). */
static void put_cell(Buf *out, const char *text)
{
    for (const char *c = text; *c; c++) {
        if (*c == '|')
            buf_puts(out, "\\|");
        else if (*c == '\n')
            buf_puts(out, " ‹xuống dòng› ");
        else
            buf_putc(out, *c);
    }
}

static void table_extras(Buf *out, Arena *arena, const Attachment *att, const InlineCtx *ctx)
{
    const char *unit = layout_unit_line(arena, att); /* as printed above the table */
    if (unit)
        buf_printf(out, "\n%s", unit);
    if (att->n_columns) {
        buf_puts(out, "\nCột: ");
        for (size_t c = 0; c < att->n_columns; c++) {
            buf_printf(out, "%s%s%s", c ? " | " : "",
                       att->columns[c].group ? att->columns[c].group : "",
                       att->columns[c].group ? " - " : "");
            put_cell(out, att->columns[c].header ? att->columns[c].header : "");
        }
    }
    const TableLayout *t = att->has_totals && att->n_columns ? layout_table(arena, att) : NULL;
    for (size_t r = 0; t && r < t->n_rows; r++) {
        if (t->rows[r].kind != LROW_TOTALS)
            continue;
        buf_puts(out, "\nTổng: ");
        for (size_t k = 0, first = 1; k < t->rows[r].n_cells; k++) {
            const LayoutCell *cell = &t->rows[r].cells[k];
            if (cell->covered || (!*cell->text && k > 0))
                continue;
            buf_puts(out, first ? "" : " | ");
            put_cell(out, cell->text);
            first = 0;
        }
    }
    if (att->note && *att->note)
        buf_printf(out, "\n%s", year_marked(ctx, arena, att->note_node, att->note));
}

/* Whether cell c of row is a row number written as text: a text column
 * headed "STT"/"TT" whose cell is a number ("1", "IV", "1.2", "a"), as
 * an older `khgen import` wrote a table's STT column. It is numbered by
 * position like an STT column: neither the row's key nor its text (a row
 * of a plan and the same row of such an import were "removed" and
 * "added", keyed "1" and "Xã Đồng Hưu": s13attack L5). */
/* Whether t has the shape of a row number: "1", "IV", "1.2", "a)", at most
 * 8 characters. */
static int number_shaped(const char *t)
{
    if (!t || !*t || strlen(t) > 8)
        return 0;
    for (; *t; t++)
        if (!((*t >= '0' && *t <= '9') || (*t >= 'a' && *t <= 'z') || (*t >= 'A' && *t <= 'Z') ||
              *t == '.' || *t == ')'))
            return 0;
    return 1;
}

static int number_cell(const Attachment *att, const Row *row, size_t c)
{
    const Column *col = &att->columns[c];
    const char *h = col->header ? col->header : "";
    if (col->type != COL_TEXT ||
        (strcmp(h, "STT") != 0 && strcmp(h, "TT") != 0 && strcmp(h, "Số TT") != 0))
        return 0;
    return number_shaped(row->cells[c].text);
}

/* The title of a written row that is a group row as an older import
 * wrote it ("II | Hạ tầng kinh tế - xã hội |  | "): a Roman number in a
 * number cell and one other cell; else NULL. */
static const char *text_group(const Attachment *att, const Row *row)
{
    const char *title = NULL;
    int roman = 0;
    for (size_t c = 0; c < att->n_columns; c++) {
        const char *t = row->cells[c].text;
        if (!t || !*t)
            continue;
        if (!roman && number_cell(att, row, c) && strspn(t, "IVXLC") == strlen(t))
            roman = 1;
        else if (title)
            return NULL;
        else
            title = t;
    }
    return roman ? title : NULL;
}

/* A row's key: the text of its first text column (a locality's name),
 * else the words its STT column holds ("Tổng cộng" typed there, a totals
 * row that import kept as a row: it was "#3", s29attack F1), or its
 * position when it has neither. */
static const char *row_key(Arena *arena, const Attachment *att, const Row *row, size_t index)
{
    const char *group = row->is_group ? row->group_title : text_group(att, row);
    if (row->is_group || group)
        return arena_printf(arena, "group:%s", group ? group : "");
    for (size_t c = 0; c < att->n_columns; c++) {
        const Column *col = &att->columns[c];
        if (col->type == COL_TEXT && row->cells[c].text && *row->cells[c].text &&
            !number_cell(att, row, c))
            return row->cells[c].text;
    }
    for (size_t c = 0; c < att->n_columns; c++) {
        const char *t = row->cells[c].text;
        if (att->columns[c].type == COL_STT && t && *t && !number_shaped(t))
            return t;
    }
    return arena_printf(arena, "#%zu", index + 1);
}

/* Where a row stands, counted as the reader of the document counts:
 * walked over the rows in order (row_place). */
typedef struct RowPlace {
    const char *group;       /* the group row above: its STT ("I"), or its title */
    size_t groups;           /* group rows so far */
    size_t rows;             /* data rows so far */
} RowPlace;

/* The table's STT column, or -1. */
static int stt_column(const Attachment *att)
{
    for (size_t c = 0; c < att->n_columns; c++)
        if (att->columns[c].type == COL_STT)
            return (int)c;
    return -1;
}

/* Where a table's rows stand in their STT column, counted as the reader
 * counts them (row_stt): for r = 0, 1, ... in order. */
typedef struct SttCount {
    int col;                 /* the STT column (stt_column, else a text
                                column headed "STT" or "TT"), -1: none */
    size_t counted;          /* data rows since the last group row */
    const char *prev;        /* the STT written in the data row before */
} SttCount;

static SttCount stt_count(const Attachment *att)
{
    SttCount sc = {stt_column(att), 0, NULL};
    for (size_t c = 0; sc.col < 0 && c < att->n_columns; c++) {
        const char *h = att->columns[c].header ? att->columns[c].header : "";
        if (att->columns[c].type == COL_TEXT &&
            (strcmp(h, "STT") == 0 || strcmp(h, "TT") == 0 || strcmp(h, "Số TT") == 0))
            sc.col = (int)c;
    }
    return sc;
}

/* A row's STT as the document prints it (its cell as written, else its
 * count within its group), *fixed set when it is compared as written: one
 * the plan wrote other than the row's count ("Tổng cộng", "5" in the
 * second row) and that does not repeat the row's above (cells merged);
 * one counted is compared by its shape (diff_label_form), so that a
 * renumbering is no change. The one decision for an attachment's rows and
 * a body table's: diff said "the same" of plans that printed "Tổng cộng"
 * and "Cộng" in an attachment (s17docx), and of body tables whose STT
 * Word had renumbered or edited (s18docx). NULL for a group row, and for
 * a text STT cell that is no number ("Tổ 2": a cell of the row's text,
 * number_cell). Call for every row, in order. */
static const char *row_stt(Arena *arena, const Attachment *att, const Row *row, SttCount *sc,
                           int *fixed)
{
    *fixed = 0;
    if (row->is_group || text_group(att, row)) {
        sc->counted = 0;
        return NULL;
    }
    sc->counted++;
    if (sc->col < 0 ||
        (att->columns[sc->col].type != COL_STT && !number_cell(att, row, (size_t)sc->col)))
        return NULL;
    const char *own = row->cells[sc->col].text ? row->cells[sc->col].text : "";
    const char *at = arena_printf(arena, "%zu", sc->counted);
    *fixed = *own && strcmp(own, at) != 0 && !(sc->prev && strcmp(own, sc->prev) == 0);
    sc->prev = own;
    return *own ? own : at;
}

/* A row's cells as printed, " | " between them, its STT left out (row_stt
 * gives it): appended to out. An empty cell is the bar alone, no space
 * after it ("Bảo hiểm y tế |" for an empty last cell): its space and the
 * line break after the row were a change of their own when the cell was
 * emptied, "[-‹xuống dòng›-]{+‹dấu cách›‹xuống dòng›+}" (s18docx L3). */
static void row_cells(Buf *out, const Attachment *att, const Row *row)
{
    int first = 1;
    for (size_t c = 0; c < att->n_columns; c++) {
        if (att->columns[c].type == COL_STT || number_cell(att, row, c))
            continue; /* numbered by position, like the body */
        const char *text = row->cells[c].text ? row->cells[c].text : "";
        if (!first)
            buf_puts(out, *text ? " | " : " |");
        /* a year column's year marked as a {year}'s (diff_year.c): a year
         * wherever it stands, its column says so ("Năm đạt chuẩn" 2024 ->
         * 2025 is a year moved, a bare "2024" in prose is not) */
        int year = att->columns[c].type == COL_YEAR && str_all_digits(text) && strlen(text) == 4;
        if (year)
            buf_putc(out, INLINE_YEAR_OPEN);
        put_cell(out, text);
        if (year)
            buf_putc(out, INLINE_YEAR_CLOSE);
        first = 0;
    }
}

/* A table in the body, one part: its caption and its rows (" / " between
 * them), each data row's STT before its cells ("2 Tổng hợp | ..."), then
 * table_extras; compared (Part.compared) with each STT as row_stt says,
 * a counted one by its shape. */
/* b from byte from on, a body table's caption or row, with each '/' that
 * stands beside a blank or at the piece's edge written "\/": the pieces
 * are joined by " / ", and a row "A / B" split into the rows "A" and "B"
 * (or a caption "T / A" over the row "B", "T" over "A" and "B") read the
 * same, a change diff did not show, exit 0. */
static void escape_joins(Buf *b, size_t from)
{
    size_t n = 0;
    for (size_t i = from; i < b->len; i++)
        n += b->data[i] == '/';
    if (!n)
        return;
    Buf out = {0};
    buf_putn(&out, b->data + from, b->len - from);
    b->len = from;
    for (size_t i = 0; i < out.len; i++) {
        char c = out.data[i];
        if (c == '/' && (i == 0 || i + 1 == out.len || strchr(" \t\n", out.data[i - 1]) ||
                         strchr(" \t\n", out.data[i + 1])))
            buf_putc(b, '\\');
        buf_putc(b, c);
    }
    buf_free(&out);
}

static void collect_table(void *writer, const InlineCtx *ctx, const BodyNode *node)
{
    Collector *c = writer;
    Arena *arena = c->doc->arena;
    Buf text = {0}, same = {0};
    render_table_caption(ctx, node, &text);
    /* the caption is Markdown: compared as it prints ("\\thiên \\&nhà" is
     * "\\thiên &nhà", an import's escapes: round23 R7) */
    if (text.len) /* its {year} marks out first: cmark escaped "_" before one and
                   * not before "2023" ("hệ _ {year-1}", round22 --more m15) */
        md_put_printed_form(&same, diff_year_unmarked(arena, buf_str(&text)));
    escape_joins(&text, 0);
    escape_joins(&same, 0);
    const Attachment *att = node->table;
    SttCount sc = att ? stt_count(att) : (SttCount){-1, 0, NULL};
    for (size_t r = 0; att && r < att->n_rows; r++) {
        const Row *row = &att->rows[r];
        int fixed;
        const char *stt = row_stt(arena, att, row, &sc, &fixed);
        if (text.len) {
            buf_puts(&text, " / ");
            buf_puts(&same, " / ");
        }
        if (stt) {
            buf_printf(&text, "%s ", stt);
            if (fixed)
                buf_puts(&same, stt);
            else
                diff_label_form(stt, &same);
            buf_putc(&same, ' ');
        }
        size_t at = text.len;
        if (row->is_group)
            buf_puts(&text, row->group_title ? row->group_title : "");
        else
            row_cells(&text, att, row);
        escape_joins(&text, at);
        buf_puts(&same, buf_str(&text) + at);
    }
    for (size_t i = 0; i < text.len; i++)
        if (text.data[i] == '\n')
            text.data[i] = ' '; /* a cell's lines */
    for (size_t i = 0; i < same.len; i++)
        if (same.data[i] == '\n')
            same.data[i] = ' ';
    if (att) {
        size_t at = text.len;
        table_extras(&text, arena, att, ctx);
        buf_puts(&same, buf_str(&text) + at);
    }
    start_node_part(writer, ctx, node, buf_to_arena(&text, arena), NULL);
    Part *p = &c->doc->parts[c->current];
    p->compared = buf_to_arena(&same, arena);
    if (att)
        p->format = diff_format_table(arena, att, 0);
    buf_free(&text);
    buf_free(&same);
}

/* Row r of att named by its place, as `khgen diff` says where a moved row
 * stood ("chuyển từ dòng 2, mục I"): by the STT the document prints, with
 * its group's, since STT counts 1, 2, 3 within each group; a group row by
 * its own STT ("mục II"); in a table without STT the data rows and the
 * groups are counted apart ("dòng thứ 3", "nhóm thứ 2"). Rows were counted
 * with the group rows ("dòng 3" for the second row under "I. Cấp huyện":
 * s15attack). Call for r = 0, 1, ... in order. */
static const char *row_place(Arena *arena, const Attachment *att, size_t r, int stt,
                             RowPlace *place)
{
    const Row *row = &att->rows[r];
    const char *number = stt >= 0 && row->cells[stt].text && *row->cells[stt].text
                             ? row->cells[stt].text : NULL;
    if (row->is_group) {
        place->groups++;
        place->group = number ? number
                              : arena_printf(arena, "\"%s\"", row->group_title ? row->group_title : "");
        return number ? arena_printf(arena, "mục %s", number)
                      : arena_printf(arena, "nhóm thứ %zu", place->groups);
    }
    place->rows++;
    const char *where = number ? arena_printf(arena, "dòng %s", number)
                               : arena_printf(arena, "dòng thứ %zu", place->rows);
    if (number && place->group)
        return arena_printf(arena, "%s, mục %s", where, place->group);
    return where;
}

/* The "(Kèm theo Kế hoạch số ... của ...)" line under each attachment's
 * title (the header's number, date and issuer_short, printed on every
 * page) as one part, "att_line"; then each attachment: its title, the
 * rest of its table (table_extras), then its rows by key. */
/* Each column's heading as the "Cột:" line prints it, but an STT
 * column's (diff_row_columns_only); NULL when the table has more than
 * COLUMNS_COMPARED such columns, *n their count. */
enum { COLUMNS_COMPARED = 64 };
static const char *const *column_heads(Arena *arena, const Attachment *att, size_t *n)
{
    *n = 0;
    for (size_t c = 0; c < att->n_columns; c++)
        *n += att->columns[c].type != COL_STT;
    if (!*n || *n > COLUMNS_COMPARED)
        return NULL;
    const char **heads = arena_alloc(arena, *n * sizeof *heads);
    for (size_t c = 0, k = 0; c < att->n_columns; c++) {
        if (att->columns[c].type == COL_STT)
            continue;
        Buf h = {0};
        if (att->columns[c].group)
            buf_printf(&h, "%s - ", att->columns[c].group);
        put_cell(&h, att->columns[c].header ? att->columns[c].header : "");
        heads[k++] = buf_to_arena(&h, arena);
        buf_free(&h);
    }
    return heads;
}

/* How many rows of att have each key (row_key), in total[] at the key's
 * slot of seen_key (an open-addressed set of cap slots, filled here;
 * seen_count[] left 0): the first of two "Thôn 1" is "Thôn 1 #1" to the
 * reader, not "Thôn 1", which named both (KH322's note, s52cycle); its
 * part's key stays the name, which pairs the rows. */
static void count_row_keys(Arena *arena, const Attachment *att, const char **seen_key,
                           int *seen_count, int *total, size_t cap)
{
    for (int pass = 0; pass < 2; pass++)
        for (size_t r = 0; r < att->n_rows; r++) {
            const char *key = row_key(arena, att, &att->rows[r], r);
            size_t h = str_hash64(key) & (cap - 1);
            while (seen_key[h] && strcmp(seen_key[h], key) != 0)
                h = (h + 1) & (cap - 1);
            if (!seen_key[h]) {
                seen_key[h] = key;
                seen_count[h] = 0;
            }
            if (pass == 0)
                total[h] = ++seen_count[h];
            else
                seen_count[h] = 0;
        }
}

/* A data row's cells under heads (column_heads), as written. */
static void row_columns(Arena *arena, Part *part, const Attachment *att, const Row *row,
                        const char *const *heads, size_t n)
{
    if (!heads)
        return;
    const char **cells = arena_alloc(arena, n * sizeof *cells);
    for (size_t c = 0, k = 0; c < att->n_columns; c++)
        if (att->columns[c].type != COL_STT)
            cells[k++] = row->cells[c].text ? row->cells[c].text : "";
    part->cells = cells;
    part->heads = heads;
    part->n_cells = n;
}

static size_t head_index(const Part *p, const char *head)
{
    size_t k = 0;
    while (k < p->n_cells && strcmp(p->heads[k], head) != 0)
        k++;
    return k;
}

int diff_row_columns_only(const Part *p, const Part *q)
{
    if (!p->cells || !q->cells || p->heads == q->heads)
        return 0;
    int same_heads = p->n_cells == q->n_cells;
    for (size_t k = 0; k < p->n_cells; k++) {
        size_t at = head_index(q, p->heads[k]);
        if (head_index(p, p->heads[k]) != k) /* a heading twice: which is which? */
            return 0;
        same_heads &= at == k;
        if (at < q->n_cells ? strcmp(p->cells[k], q->cells[at]) != 0 : *p->cells[k] != '\0')
            return 0;
    }
    if (same_heads)
        return 0; /* the same columns: the row's text says what changed */
    for (size_t k = 0; k < q->n_cells; k++) {
        size_t at = head_index(p, q->heads[k]);
        if (head_index(q, q->heads[k]) != k || (at == p->n_cells && *q->cells[k]))
            return 0;
    }
    return 1;
}

static void collect_attachments(Doc *d, const Plan *plan, const InlineCtx *ctx)
{
    Arena *arena = d->arena;
    Buf under = {0};
    if (plan->n_attachments) {
        /* its text as printed: the line is Markdown (its values escaped,
         * a --templates wording's emphasis), shown without its marks */
        Buf line = {0};
        render_attachment_line(ctx, &line);
        render_markdown_plain(buf_str(&line), &under);
        buf_reset(&line);
        /* one part for the line every page prints from the header: a date
         * retyped was the date's change and each page's, six parts for one
         * edit (s39cycle); diff.c shows it with the header's change */
        buf_puts(&line, "Dòng \"(Kèm theo ...)\" của ");
        for (size_t a = 0; a < plan->n_attachments && a < 6; a++) {
            const Attachment *att = &plan->attachments[a];
            buf_printf(&line, "%s%s", a ? ", " : "",
                       att->label ? att->label : att->id ? att->id : "biểu");
        }
        if (plan->n_attachments > 6)
            buf_printf(&line, " và %zu biểu khác", plan->n_attachments - 6);
        add_part(d, "att_line", buf_to_arena(&line, arena), arena_strdup(arena, buf_str(&under)));
        buf_free(&line);
    }
    for (size_t a = 0; a < plan->n_attachments; a++) {
        const Attachment *att = &plan->attachments[a];
        const char *id = att->id ? att->id : arena_printf(arena, "%zu", a + 1);
        const char *label = att->label ? att->label : id;
        Buf head = {0};
        /* its label as the page's heading and the sheet's name print it
         * (a new label was "the same" when the text did not cite it:
         * s13attack F2), then the title as every back end prints it, in
         * capitals (a plan's "Danh sách" and its import's "DANH SÁCH" are
         * one title) */
        buf_printf(&head, "%s\n", att->label ? att->label : "");
        vi_put_upper_printed(&head, att->title ? year_marked(ctx, arena, att->title_node, att->title) : "");
        table_extras(&head, arena, att, ctx);
        add_part(d, arena_printf(arena, "att:%s", id), label, one_line(arena, head.data));
        d->parts[d->n - 1].text = arena_strdup(arena, head.data ? head.data : "");
        d->parts[d->n - 1].format = diff_format_table(arena, att, 1);
        /* its place among the pages, named when it moved (diff.c mark_moves) */
        d->parts[d->n - 1].path = arena_printf(arena, "vị trí thứ %zu", a + 1);
        buf_free(&head);
        /* the same key twice in a table: the second is "key #2" */
        size_t cap = 16;
        while (cap < 2 * att->n_rows + 2)
            cap *= 2;
        const char **seen_key = xmalloc(cap * sizeof *seen_key);
        int stt = stt_column(att);
        RowPlace place = {NULL, 0, 0};
        SttCount sc = stt_count(att);
        int *seen_count = xmalloc(cap * sizeof *seen_count);
        size_t n_heads;
        const char *const *heads = column_heads(arena, att, &n_heads);
        for (size_t k = 0; k < cap; k++)
            seen_key[k] = NULL;
        int *total = xmalloc(cap * sizeof *total);
        count_row_keys(arena, att, seen_key, seen_count, total, cap);
        const char *above = ""; /* the title of the group row above */
        for (size_t r = 0; r < att->n_rows; r++) {
            const Row *row = &att->rows[r];
            const char *key = row_key(arena, att, row, r), *base = key;
            size_t h = str_hash64(key) & (cap - 1);
            while (seen_key[h] && strcmp(seen_key[h], key) != 0)
                h = (h + 1) & (cap - 1);
            int seen = seen_count[h]++;
            if (seen)
                key = arena_printf(arena, "%s #%d", key, seen + 1);
            Buf text = {0};
            const char *group = row->is_group ? row->group_title : text_group(att, row);
            /* what the reader sees: a data row by its name, a group row
             * ("I. Cấp xã") as the heading it is, never the key's
             * internal "group:" */
            const char *shown =
                !(row->is_group || group) && total[h] > 1
                    ? arena_printf(arena, "%s, dòng \"%s #%d\"", label, base, seen + 1)
                : !(row->is_group || group) ? arena_printf(arena, "%s, dòng \"%s\"", label, key)
                : seen ? arena_printf(arena, "%s, mục \"%s\" #%d", label, group ? group : "", seen + 1)
                       : arena_printf(arena, "%s, mục \"%s\"", label, group ? group : "");
            if (row->is_group || group)
                buf_puts(&text, group ? group : "");
            else
                row_cells(&text, att, row);
            add_part(d, arena_printf(arena, "row:%s:%s", id, key), shown, one_line(arena, text.data));
            /* a data row is also known by its key and its group, which
             * pair the rows of one key (diff_match.c, match_key_rows) */
            if (row->is_group || group) {
                above = group ? group : "";
            } else {
                /* its key itself when not "#2": one copy of the text
                 * less a row (s43mem) */
                d->parts[d->n - 1].row_base = seen ? arena_printf(arena, "row:%s:%s", id, base)
                                                   : d->parts[d->n - 1].key;
                d->parts[d->n - 1].row_group = above;
                d->parts[d->n - 1].row_ident = row->ident;
                row_columns(arena, &d->parts[d->n - 1], att, row, heads, n_heads);
            }
            /* its STT, compared as a body node's label (diff.c,
             * labels_differ) */
            int fixed;
            const char *own = row_stt(arena, att, row, &sc, &fixed);
            if (own) {
                d->parts[d->n - 1].mark = own;
                d->parts[d->n - 1].mark_fixed = fixed;
            }
            d->parts[d->n - 1].path = row_place(arena, att, r, stt, &place);
            buf_free(&text);
        }
        free(seen_key);
        free(seen_count);
        free(total);
    }
    buf_free(&under);
}

/* Takes the {year} marks (InlineCtx.mark_years) out of every text of
 * the parts, each text's marked copy kept in Part.years: what diff
 * compares, shows and matches is the document's text. */
static void unmark_parts(Doc *d)
{
    for (size_t i = 0; i < d->n; i++) {
        Part *p = &d->parts[i];
        const char *text = diff_year_unmarked(d->arena, p->text);
        p->years = text != p->text ? p->text : NULL;
        p->text = text;
        p->key = p->key ? diff_year_unmarked(d->arena, p->key) : NULL;
        p->label = p->label ? diff_year_unmarked(d->arena, p->label) : NULL;
        p->path = p->path ? diff_year_unmarked(d->arena, p->path) : NULL;
        p->place = p->place ? diff_year_unmarked(d->arena, p->place) : NULL;
        p->tail = p->tail ? diff_year_unmarked(d->arena, p->tail) : NULL;
        p->compared = p->compared ? diff_year_unmarked(d->arena, p->compared) : NULL;
        p->row_base = p->row_base ? diff_year_unmarked(d->arena, p->row_base) : NULL;
        p->row_group = p->row_group ? diff_year_unmarked(d->arena, p->row_group) : NULL;
        p->format = p->format ? diff_year_unmarked(d->arena, p->format) : NULL;
    }
}

/* Cuts a compiled plan into its parts, in document order. */
void diff_collect(Doc *d, Plan *plan, TemplateSet *templates)
{
    Arena *arena = d->arena;
    RenderCtx rc;
    render_ctx_init(&rc, plan, templates, arena);
    rc.inline_ctx.mark_years = 1; /* taken out again: unmark_parts */
    const InlineCtx *ctx = &rc.inline_ctx;
    Buf b = {0};
    if (plan->governing_body)
        add_part(d, "governing_body", "Cơ quan chủ quản", plan->governing_body);
    /* the lines as printed: khgen's own .docx of "SỞ NÔNG NGHIỆP VÀ MÔI
     * TRƯỜNG" imports as the two lines it prints, the same document */
    const char **issuer;
    size_t n_issuer = issuer_lines(arena, plan, &issuer);
    for (size_t i = 0; i < n_issuer; i++)
        buf_printf(&b, "%s%s", i ? " / " : "", issuer[i]);
    add_part(d, "issuer", "Cơ quan ban hành", buf_to_arena(&b, arena));
    render_number_line(plan, &b);
    add_part(d, "number", "Số, ký hiệu", buf_to_arena(&b, arena));
    render_place_date(plan, &b);
    add_part(d, "place_date", "Địa danh, ngày tháng", buf_to_arena(&b, arena));
    /* the subject line as printed: its {year} and figures expanded, as the
       opening's (it was compared as written, so a title "năm {year}" of two
       years, or of two counts of {count ...}, was "the same") */
    inline_expand(ctx, plan->title ? plan->title : "", INLINE_MARKDOWN, &b);
    int part = add_part(d, "title", "Trích yếu", one_line(arena, buf_to_arena(&b, arena)));
    d->parts[part].markdown = 1;
    for (size_t i = 0; i < plan->n_bases; i++) {
        const Basis *basis = &plan->bases[i];
        render_basis(ctx, i, &b);
        const char *id = basis->number ? basis->number
                         : basis->name ? basis->name
                         : basis->text ? basis->text : "";
        add_part(d, arena_printf(arena, "basis:%s", id),
                 basis->number ? arena_printf(arena, "Căn cứ %s", basis->number)
                               : arena_printf(arena, "Căn cứ (%zu)", i + 1),
                 one_line(arena, buf_to_arena(&b, arena)));
    }
    /* the page's layout: no words, its formatting only */
    part = add_part(d, "layout", "Trình bày trang", "");
    d->parts[part].format = diff_format_layout(arena, &plan->layout);
    if (plan->opening) {
        inline_expand(ctx, plan->opening, INLINE_MARKDOWN, &b);
        part = add_part(d, "opening", "Mở đầu", one_line(arena, buf_to_arena(&b, arena)));
        d->parts[part].markdown = 1;
    }

    NodeMap map = {0};
    size_t n_nodes = 0;
    plan_walk_body(plan->body, plan->n_body, count_node, &n_nodes);
    map.cap = 16;
    while (map.cap < 4 * n_nodes + 2)
        map.cap *= 2; /* nodes and tasks */
    map.slots = xmalloc(map.cap * sizeof *map.slots);
    memset(map.slots, 0, map.cap * sizeof *map.slots);
    map.arena = arena;
    plan_walk_body(plan->body, plan->n_body, map_node, &map);
    Collector c = {d, &map, -1, -1, {0}, body_end_find(plan)};
    BodyEmitter emit = {&c, collect_heading, collect_text_node, collect_paragraphs,
                        collect_task_line, collect_table, collect_heading};
    render_walk_body(&rc, &emit);
    collector_flush(&c);
    free(map.slots);
    for (size_t i = 0; i < d->n; i++)
        if (d->parts[i].tail)
            d->parts[i].text = *d->parts[i].text
                                   ? arena_printf(arena, "%s\n%s", d->parts[i].text,
                                                  d->parts[i].tail)
                                   : d->parts[i].tail;

    if (plan->closing) {
        render_closing(ctx, &b);
        part = add_part(d, "closing", "Kết thúc", one_line(arena, buf_to_arena(&b, arena)));
        d->parts[part].markdown = 1;
    }
    if (plan->n_recipients) {
        Buf line = {0};
        for (size_t i = 0; i < plan->n_recipients; i++) {
            render_recipient(plan, i, &line);
            buf_printf(&b, "%s- %s", i ? "\n" : "", line.data ? line.data : "");
            buf_reset(&line);
        }
        buf_free(&line);
        add_part(d, "recipients", "Nơi nhận", buf_to_arena(&b, arena));
    }
    if (plan->signature) {
        const Signature *sig = plan->signature;
        for (size_t i = 0; i < sig->n_lines; i++)
            buf_printf(&b, "%s%s", i ? " / " : "", sig->lines[i]);
        for (size_t i = 0; i < sig->n_name_lines; i++)
            buf_printf(&b, " / %s", sig->name_lines[i]);
        add_part(d, "signature", "Chữ ký", buf_to_arena(&b, arena));
    }
    collect_attachments(d, plan, ctx);
    /* what the plan does not print but its source keeps of the document
     * it was imported from (a text box, a comment): a part of its own, so
     * a department's text box is a change, not "the same" (s18docx L2) */
    if (plan->unplaced_notes)
        add_part(d, "unplaced", "Ghi chú # review (nội dung của văn bản nhập không có trong kế hoạch)",
                 plan->unplaced_notes);
    buf_free(&b);
    unmark_parts(d);
    diff_name_repeats(d);
}
