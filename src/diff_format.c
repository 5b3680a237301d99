/* diff_format.c - the formatting of a plan's parts that `khgen diff`
 * reports (diff_impl.h: diff_format_*).
 *
 * A plan writes formatting as well as words: a heading's `style` (bold,
 * italic, plain, upper case), an attachment's `orientation`, a table's
 * `merge` (cells merged down a column), a column's `align` and `width`,
 * and the page's `layout` (margins, font size, spacing). Each changes the printed document, yet diff
 * compared words only and said "the same", exit 0 (the thirteenth attack,
 * L4). Each part here gets a short description of the formatting it
 * prints with, as printed (a style left to its default described as that
 * default, a layout field left out as the template's value), so that diff
 * says "định dạng: ..." with exit 1 when the descriptions differ and
 * nothing when two plans print alike whatever they wrote. The words are
 * Vietnamese, as diff's other words ("sửa", "thêm") are.
 */
#include "diff_impl.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "layout.h"
#include "md_read.h"
#include "render.h"

/* "in đậm", ... for an emphasis (words of 8, by emphasis_index) */
static const char *const printed[8] = {
    "in thường", "in đậm", "in nghiêng", "in đậm nghiêng",
    "in thường, chữ hoa", "in đậm, chữ hoa", "in nghiêng, chữ hoa", "in đậm nghiêng, chữ hoa"};

static int emphasis_index(RenderEmphasis e)
{
    return (e.bold ? 1 : 0) | (e.italic ? 2 : 0) | (e.upper ? 4 : 0);
}

unsigned diff_whole_emphasis(char *s)
{
    size_t n = strlen(s), m = 0;
    while (m < 3 && s[m] == '*')
        m++;
    if (!m || n < 2 * m + 1 || strncmp(s + n - m, "***", m) != 0 || s[n - m - 1] == '*' ||
        s[n - m - 1] == '\\' || s[m] == ' ' || s[n - m - 1] == ' ')
        return 0;
    /* nothing inside that could close it: no star of the same kind (a
     * single "*x*" inside "**...**" is italic within the bold), or stars
     * cmark pairs inside it ("*hóa *x* nạn **đậm** an*", an italic
     * bullet's own emphasis, as the .md's import reads it back) */
    for (size_t i = m; i < n - m; i++) {
        if (s[i] == '\\' && s[i + 1]) {
            i++;
            continue;
        }
        if (s[i] == '*' && (m != 2 || s[i + 1] == '*' || (i > m && s[i - 1] == '*'))) {
            if (!md_wraps_whole(s, (int)m))
                return 0;
            break;
        }
    }
    memmove(s, s + m, n - 2 * m);
    s[n - 2 * m] = '\0';
    return m == 1 ? 2u : m == 2 ? 1u : 3u;
}

const char *diff_format_heading(Arena *arena, const BodyNode *node, unsigned default_style,
                                int has_text, unsigned title_marks, unsigned text_marks)
{
    int title = emphasis_index(render_emphasis(node->style, default_style)) | (int)title_marks;
    int text = has_text ? emphasis_index(render_emphasis(node->text_style, STYLE_PLAIN)) |
                              (int)text_marks
                        : title;
    /* one emphasis for the whole line reads as a paragraph's: a heading
     * and a paragraph that print alike are no change */
    if (text == title)
        return printed[title];
    return arena_printf(arena, "tiêu đề %s | nội dung %s", printed[title], printed[text]);
}

const char *diff_format_text(const BodyNode *node, unsigned marks)
{
    return printed[emphasis_index(render_emphasis(node->style, STYLE_PLAIN)) | (int)marks];
}

/* A column as a reader names it: its header, else its key. */
static const char *column_name(const Column *col)
{
    return col->header && *col->header ? col->header : col->key;
}

/* How the columns' cells are set, as printed: the alignment of each
 * column, left to right ("stt trái giữa phải": a column's `align`, else
 * its type's, text left and the rest centred; none for a table without
 * data rows, whose headers are centred whatever the columns say:
 * layout_has_data_rows), and each column given
 * its `width`.
 * Both print in every format (the .md's ":---:", the .html's, the .docx's
 * and the workbook's cells and column widths), and neither was a change
 * to diff, exit 0 (s27attack M1). */
static void columns_aligned(Buf *b, const Attachment *att, size_t n)
{
    static const char *const side[] = {"", "trái", "giữa", "phải"};
    if (layout_has_data_rows(att) && n) {
        buf_puts(b, b->len ? " | căn lề:" : "căn lề:");
        /* each column as its cells print, the STT column too: a text
         * column headed "STT" (a deleted `type: stt`) prints its numbers
         * on the left, and was "stt" like the STT column, no change, exit
         * 0 (s39types) */
        for (size_t c = 0; c < n; c++)
            buf_printf(b, " %s", side[layout_column_align(&att->columns[c])]);
    }
    for (size_t c = 0, first = 1; c < n; c++) {
        const Column *col = &att->columns[c];
        if (col->width <= 0)
            continue;
        char w[32];
        snprintf(w, sizeof w, "%g", col->width);
        for (char *p = w; *p; p++)
            if (*p == '.')
                *p = ','; /* 12,5 as a Vietnamese reader writes it */
        buf_printf(b, "%s%s %s ký tự",
                   first ? (b->len ? " | độ rộng cột: " : "độ rộng cột: ") : ", ",
                   column_name(col), w);
        first = 0;
    }
}

const char *diff_format_table(Arena *arena, const Attachment *att, int page)
{
    Buf b = {0};
    if (page)
        buf_puts(&b, att->landscape ? "khổ ngang" : "khổ dọc");
    /* the columns whose cells merge down (merge:), as printed: a column
     * some row of which spans rows below it */
    size_t n = att->n_columns < 64 ? att->n_columns : 64;
    uint64_t merged = 0;
    for (size_t r = 0; r < att->n_rows; r++)
        if (att->rows[r].merge_down)
            for (size_t c = 0; c < n; c++)
                if (row_merge_down(&att->rows[r], c) > 0)
                    merged |= (uint64_t)1 << c;
    for (size_t c = 0, first = 1; c < n; c++) {
        if (!(merged >> c & 1))
            continue;
        buf_printf(&b, "%s%s", first ? (b.len ? " | gộp ô theo cột: " : "gộp ô theo cột: ")
                                     : ", ",
                   att->columns[c].header && *att->columns[c].header ? att->columns[c].header
                                                                      : att->columns[c].key);
        first = 0;
    }
    columns_aligned(&b, att, n);
    const char *s = b.len ? arena_strdup(arena, b.data) : NULL;
    buf_free(&b);
    return s;
}

/* v as a Vietnamese reader writes it: "1,3", "14" */
static const char *num(Arena *arena, double v)
{
    char *s = arena_printf(arena, "%g", v);
    for (char *p = s; *p; p++)
        if (*p == '.')
            *p = ',';
    return s;
}

const char *diff_format_layout(Arena *arena, const Layout *l)
{
    /* the template's values where the plan writes none (render_docx.c's
     * page_of, templates/plan.css) */
#define OR(v, d) num(arena, (v) ? (v) : (d))
    return arena_printf(arena, "lề trên %s mm, dưới %s mm, trái %s mm, phải %s mm | "
                               "cỡ chữ %s pt | lùi đầu dòng %s cm | giãn dòng %s | "
                               "cách đoạn %s pt",
                        OR(l->margin_top, 20), OR(l->margin_bottom, 20),
                        OR(l->margin_left, 30), OR(l->margin_right, 15), OR(l->font_size, 14),
                        OR(l->indent, 1.0), OR(l->line_spacing, 1.3),
                        OR(l->paragraph_spacing, 6));
#undef OR
}

/* The segment of format ("a | b | c") that begins with head, as a
 * pointer into it and its length; NULL when there is none. */
static const char *segment(const char *format, const char *head, size_t *len)
{
    for (const char *p = format; p && *p;) {
        const char *end = str_find(p, " | ");
        size_t n = end ? (size_t)(end - p) : strlen(p);
        if (strncmp(p, head, strlen(head)) == 0) {
            *len = n;
            return p;
        }
        p = end ? end + 3 : NULL;
    }
    return NULL;
}

/* format without its segment [seg, seg + len) and the " | " beside it */
static const char *without(Arena *arena, const char *format, const char *seg, size_t len)
{
    size_t before = (size_t)(seg - format), after = before + len;
    if (format[after] == ' ' && strncmp(format + after, " | ", 3) == 0)
        after += 3;
    else if (before >= 3)
        before -= 3;
    return arena_printf(arena, "%.*s%s", (int)before, format, format + after);
}

const char *diff_format_shown(Arena *arena, const char *format, const char *other)
{
    static const char *const quiet[] = {"căn lề:", "độ rộng cột:"};
    if (!format || !other)
        return format;
    for (size_t k = 0; k < sizeof quiet / sizeof *quiet; k++) {
        size_t a = 0, b = 0;
        const char *mine = segment(format, quiet[k], &a);
        const char *theirs = segment(other, quiet[k], &b);
        if (mine && theirs && a == b && memcmp(mine, theirs, a) == 0)
            format = without(arena, format, mine, a);
    }
    return *format ? format : NULL;
}
