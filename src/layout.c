/* layout.c - the printed grid of an attachment's table (see layout.h).
 *
 * Render stage, shared by every back end that prints a table. Reads the
 * finished Attachment (attach.c built its rows, STT numbers and merges) and
 * decides the cells of the grid, their spans, alignment and emphasis, and
 * the width of each column. It writes nothing into the Plan.
 */
#include "layout.h"

#include <ctype.h>
#include <string.h>

#include "attach.h"
#include "colwidth.h"
#include "vi.h"

Align layout_align_of(Align align, ColType type)
{
    if (align != ALIGN_DEFAULT)
        return align;
    return type == COL_TEXT ? ALIGN_LEFT : ALIGN_CENTER;
}

Align layout_column_align(const Column *col)
{
    return layout_align_of(col->align, col->type);
}

int layout_has_data_rows(const Attachment *att)
{
    for (size_t r = 0; r < att->n_rows; r++)
        if (!att->rows[r].is_group)
            return 1;
    return 0;
}

/* ---- building the grid -------------------------------------------------------- */

typedef struct RowBuilder {
    Arena *arena;
    LayoutCell cells[ATTACH_MAX_COLUMNS];
    size_t n;
} RowBuilder;

static LayoutCell *add_cell(RowBuilder *b, const TableLayout *t, size_t col, int colspan,
                            const char *text)
{
    LayoutCell *cell = &b->cells[b->n++];
    memset(cell, 0, sizeof *cell);
    cell->text = text ? text : "";
    cell->col = col;
    cell->colspan = colspan < 1 ? 1 : colspan;
    cell->rowspan = 1;
    cell->column = &t->att->columns[col];
    cell->align = ALIGN_CENTER;
    return cell;
}

static void finish_row(RowBuilder *b, TableLayout *t, LayoutRowKind kind, size_t source_row)
{
    LayoutRow *row = &t->rows[t->n_rows++];
    row->kind = kind;
    row->source_row = source_row;
    row->n_cells = b->n;
    row->cells = arena_alloc(b->arena, (b->n ? b->n : 1) * sizeof *row->cells);
    for (size_t k = 0; k < b->n; k++) /* the row's kind decides its cells' bold */
        b->cells[k].bold = layout_row_bold(kind);
    memcpy(row->cells, b->cells, b->n * sizeof *row->cells);
    b->n = 0;
}

int layout_row_bold(LayoutRowKind kind)
{
    return kind != LROW_DATA;
}

int layout_row_keeps_with_next(const TableLayout *t, size_t r, int note)
{
    return t->rows[r].kind == LROW_GROUP || (note && r + 1 == t->n_rows);
}

/* The height in points row r of t prints at, its cells wrapped in the
 * room the .docx and the HTML give them (widths scaled by scale, less 4 pt
 * of padding each side; 12 pt at 1.2 a line, 2 pt of padding above and
 * below). A cell merged down over rows shares their height and is not
 * counted. Only a cell that could make the row taller than cap is
 * measured (a text of n bytes takes n + 1 lines at most), so a table's
 * rows cost a pass over their long texts alone. */
static double row_height(const TableLayout *t, size_t r, double scale, double cap)
{
    const LayoutRow *row = &t->rows[r];
    const double line = TABLE_FONT_SIZE * 1.2, pad = 4.0;
    int most = 1;
    for (size_t k = 0; k < row->n_cells; k++) {
        const LayoutCell *c = &row->cells[k];
        size_t len = strlen(c->text);
        if (c->covered || c->rowspan > 1 || (double)(len + 1) * line + pad <= cap ||
            (int)(len + 1) <= most)
            continue;
        double w = 0;
        for (size_t s = 0; s < (size_t)c->colspan && c->col + s < t->n_cols; s++)
            w += t->widths[c->col + s];
        w = w * scale - 8.0;
        int lines = table_text_lines(c->text, w > 1 ? w : 1, TABLE_FONT_SIZE, c->bold);
        if (lines > most)
            most = lines;
    }
    return most * line + pad;
}

int layout_row_splits(const TableLayout *t, size_t r, const Layout *layout)
{
    if (t->rows[r].kind == LROW_HEADER)
        return 0;
    double sum = 0;
    for (size_t c = 0; c < t->n_cols; c++)
        sum += t->widths[c];
    if (sum <= 0)
        return 0;
    double scale = table_page_width_pt(t->att, layout) / sum;
    double room = table_page_height_pt(t->att, layout);
    for (size_t h = 0; h < (size_t)t->header_rows && h < t->n_rows; h++)
        room -= row_height(t, h, scale, 0);
    return row_height(t, r, scale, room) > room;
}

/* The header rows: with groups, the first row holds each group once over
 * its adjacent columns and the ungrouped headers over both rows (covered
 * in the second); the second holds the grouped columns' own headers. */
static void lay_header(RowBuilder *b, TableLayout *t)
{
    const Attachment *att = t->att;
    int two_rows = t->header_rows == 2;
    for (size_t c = 0; c < att->n_columns;) {
        const Column *col = &att->columns[c];
        if (two_rows && col->group) {
            size_t span = 1;
            while (c + span < att->n_columns && att->columns[c + span].group &&
                   strcmp(att->columns[c + span].group, col->group) == 0)
                span++;
            add_cell(b, t, c, (int)span, col->group);
            c += span;
        } else {
            LayoutCell *cell = add_cell(b, t, c, 1, col->header);
            cell->rowspan = two_rows ? 2 : 1;
            c++;
        }
    }
    finish_row(b, t, LROW_HEADER, 0);
    if (!two_rows)
        return;
    for (size_t c = 0; c < att->n_columns; c++) {
        const Column *col = &att->columns[c];
        LayoutCell *cell = add_cell(b, t, c, 1, col->group ? col->header : col->header);
        cell->covered = col->group == NULL;
    }
    finish_row(b, t, LROW_HEADER, 0);
}

static void lay_group_row(RowBuilder *b, TableLayout *t, size_t r)
{
    const Attachment *att = t->att;
    const Row *row = &att->rows[r];
    size_t stt = t->stt_col;
    if (stt < att->n_columns) {
        if (stt > 0)
            add_cell(b, t, 0, (int)stt, "");
        add_cell(b, t, stt, 1, row->cells ? row->cells[stt].text : NULL);
    }
    size_t after = stt < att->n_columns ? stt + 1 : 0;
    if (after < att->n_columns) {
        LayoutCell *cell = add_cell(b, t, after, (int)(att->n_columns - after), row->group_title);
        cell->align = ALIGN_LEFT;
    }
    finish_row(b, t, LROW_GROUP, r);
}

static void lay_data_row(RowBuilder *b, TableLayout *t, size_t r)
{
    const Attachment *att = t->att;
    const Row *row = &att->rows[r];
    for (size_t c = 0; c < att->n_columns; c++) {
        const Cell *source = row->cells ? &row->cells[c] : NULL;
        LayoutCell *cell = add_cell(b, t, c, 1, source ? source->text : NULL);
        cell->cell = source;
        cell->align = layout_column_align(&att->columns[c]);
        cell->covered = attach_cell_covered(att, r, c);
        if (!cell->covered && c < ATTACH_MAX_COLUMNS && row_merge_down(row, c) > 0)
            cell->rowspan = row_merge_down(row, c) + 1;
    }
    finish_row(b, t, LROW_DATA, r);
}

static void lay_totals_row(RowBuilder *b, TableLayout *t)
{
    const Attachment *att = t->att;
    size_t first = attach_first_total_column(att);
    size_t c = 0;
    if (first > 0 && first <= att->n_columns) {
        add_cell(b, t, 0, (int)first, attach_totals_label(att));
        c = first;
    }
    Buf number = {0};
    for (; c < att->n_columns; c++) {
        const Column *col = &att->columns[c];
        const char *text = "";
        if (col->total) {
            buf_reset(&number);
            attach_put_number(&number, col, attach_column_total(att, c));
            text = arena_strdup(b->arena, number.data);
        }
        LayoutCell *cell = add_cell(b, t, c, 1, text);
        cell->align = layout_column_align(col);
    }
    buf_free(&number);
    finish_row(b, t, LROW_TOTALS, 0);
}

/* The length of prefix at the start of s, ASCII letters in any case (the
 * rest as written: "ĐVT", "Đơn vị tính", "đơn vị tính"), else 0. */
static size_t begins_folded(const char *s, const char *prefix)
{
    size_t n = strlen(prefix);
    for (size_t i = 0; i < n; i++) {
        unsigned char a = (unsigned char)s[i], b = (unsigned char)prefix[i];
        if (!a || (a != b && !(a < 0x80 && b < 0x80 && tolower(a) == tolower(b))))
            return 0;
    }
    return n;
}

/* Where the unit begins in a line that names it ("ĐVT: triệu đồng",
 * "(Đơn vị tính: %)"), *paren set when the line opens with '(', *plain
 * when its words are "Đơn vị" alone; NULL when the line does not begin
 * with the words and a colon. */
static const char *unit_after_words(const char *text, int *paren, int *plain)
{
    /* the words a Biểu's unit line begins with, longest first */
    static const char *const words[] = {"Đơn vị tính", "đơn vị tính", "ĐƠN VỊ TÍNH", "ĐVT",
                                        "Đơn vị", "đơn vị", "ĐƠN VỊ"};
    const char *s = text;
    while (*s == ' ' || *s == '\t')
        s++;
    *paren = *s == '(';
    s += *paren;
    size_t n = 0, i = 0;
    for (; !n && i < sizeof words / sizeof *words; i++)
        n = begins_folded(s, words[i]);
    if (!n)
        return NULL;
    *plain = i > 4; /* words[4..6] matched: "Đơn vị" */
    for (s += n; *s == ' '; s++)
        ;
    return *s == ':' ? s + 1 : NULL;
}

const char *layout_unit_said(Arena *arena, const char *text)
{
    int paren, plain;
    const char *s = unit_after_words(text, &paren, &plain);
    if (!s)
        return NULL;
    /* "Đơn vị: X" names a unit of measure ("Đơn vị: triệu đồng") or the
     * unit that reports or carries the table out ("Đơn vị: Ban quản lý
     * XDNTM xã"): its `unit:` is the line as written, printed as written
     * (layout_unit_line), never "Đơn vị tính: Ban quản lý XDNTM xã" (the
     * meaning changed, no word said: s33review) */
    const char *line = text;
    while (*line == ' ' || *line == '\t')
        line++;
    while (*s == ' ' || *s == '\t')
        s++;
    size_t len = strlen(s);
    while (len && (s[len - 1] == ' ' || s[len - 1] == '\t'))
        len--;
    if (paren && len && s[len - 1] == ')')
        len--;
    while (len && s[len - 1] == ' ')
        len--;
    const char *unit = len ? arena_strndup(arena, s, len) : NULL;
    /* a unit is a few words: "Đơn vị tính: hộ. Nguồn: ..." is a note */
    if (!unit || len > 60 || str_find(unit, ". ") || str_find(unit, "; "))
        return NULL;
    if (plain) {
        size_t all = strlen(line);
        while (all && (line[all - 1] == ' ' || line[all - 1] == '\t'))
            all--;
        return arena_strndup(arena, line, all);
    }
    return unit;
}

const char *layout_unit_line(Arena *arena, const Attachment *att)
{
    const char *u = att->unit;
    int paren, plain;
    if (!u)
        return NULL;
    while (*u == ' ' || *u == '\t')
        u++;
    if (!*u)
        return NULL;
    if (unit_after_words(u, &paren, &plain))
        return u; /* written whole: never "Đơn vị tính: ĐVT: %" */
    return arena_printf(arena, "Đơn vị tính: %s", u);
}

TableLayout *layout_table(Arena *arena, const Attachment *att)
{
    if (att->n_columns == 0 || att->n_columns > ATTACH_MAX_COLUMNS)
        return NULL;
    TableLayout *t = arena_alloc(arena, sizeof *t);
    t->att = att;
    t->n_cols = att->n_columns;
    t->header_rows = attach_header_rows(att);
    t->stt_col = att->n_columns;
    for (size_t c = 0; c < att->n_columns; c++) {
        if (att->columns[c].type == COL_STT) {
            t->stt_col = c;
            break;
        }
    }
    t->rows = arena_alloc(arena, (att->n_rows + 3) * sizeof *t->rows);
    t->widths = arena_alloc(arena, att->n_columns * sizeof *t->widths);
    table_column_widths(att, t->widths);
    t->unit_line = layout_unit_line(arena, att);
    RowBuilder *b = arena_alloc(arena, sizeof *b);
    b->arena = arena;
    lay_header(b, t);
    for (size_t r = 0; r < att->n_rows; r++) {
        if (att->rows[r].is_group)
            lay_group_row(b, t, r);
        else
            lay_data_row(b, t, r);
    }
    if (att->has_totals)
        lay_totals_row(b, t);
    return t;
}

const TableLayout *layout_table_kept(Arena *arena, const Attachment *att, int keep)
{
    if (att->layout)
        return att->layout;
    TableLayout *t = layout_table(arena, att);
    if (keep)
        ((Attachment *)att)->layout = t; /* a memo, as table_column_widths' */
    return t;
}
