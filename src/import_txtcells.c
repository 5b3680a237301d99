/* import_txtcells.c - a table in plain text whose cells are one a line.
 *
 * LibreOffice's text export (soffice --convert-to txt) of a Word table
 * writes each cell on a line of its own, row after row, an empty cell as
 * an empty line: "TT", "Nhiệm vụ", "Chủ trì", "Thời hạn", "1", "Rà soát
 * hồ sơ các xã", ... Import read those lines as paragraphs: the first
 * became a section "TT", a cell joined the next ("... huyện tháng
 * 6/2024"), exit 0 and no word (s11attack L4). This pass, run on a plain
 * text before it is cut into paragraphs, rewrites such a table as Markdown
 * pipe rows, which the text reader takes for a table (as it does tab
 * tables), where its shape is certain: a line "TT" or "STT", then two or
 * more heading lines (at most MAX_COLS cells in all, none empty, none a
 * number or a Roman one), then rows of exactly as many lines, each
 * beginning with its number (1, 2, 3, ...; the other cells may be empty
 * lines), then a blank line or the end of the text. The table ends after
 * a row whose next line is not the next number (a group row "I", whose
 * merged cells make fewer lines, fails the shape: left as it was);
 * empty lines follow its rows, so that the lines after it keep their
 * numbers. Anything else is left as it is.
 * Text only: it touches no plan structure; linear (each line is looked at
 * a bounded number of times).
 */
#include <stdlib.h>
#include <string.h>

#include "import.h"

enum { MAX_COLS = 12, MAX_HEAD = 80 };

typedef struct Line {
    size_t start, len; /* trimmed */
    size_t next;       /* the start of the line after it */
} Line;

/* A table's columns' headings: top's alone, or top's (a group's) and
 * sub's, written "group: heading" */
typedef struct Heading {
    int merged;     /* read from two rows of merged cells */
    size_t rows_at; /* the start of the first row's line "1" */
    size_t totals_at; /* the start of a totals row after the numbered ones, or (size_t)-1 */
    int totals_short; /* its label merged across the first two columns: a line fewer */
    Line top[MAX_COLS], sub[MAX_COLS];
} Heading;

static Line line_at(const char *s, size_t len, size_t at)
{
    const char *nl = memchr(s + at, '\n', len - at);
    size_t end = nl ? (size_t)(nl - s) : len;
    Line l = {at, end - at, nl ? end + 1 : len};
    while (l.len && (s[l.start] == ' ' || s[l.start] == '\t'))
        l.start++, l.len--;
    while (l.len && (s[l.start + l.len - 1] == ' ' || s[l.start + l.len - 1] == '\t' ||
                     s[l.start + l.len - 1] == '\r'))
        l.len--;
    return l;
}

static int is_number(const char *s, size_t n, long want)
{
    if (n == 0 || n > 6 || strspn(s, "0123456789") < n)
        return 0;
    return strtol(s, NULL, 10) == want;
}

/* A number, or a Roman one (a group row's "I", "II", "IV"): no heading. */
static int numeral(const char *s, size_t n)
{
    size_t digits = 0, roman = 0;
    for (size_t i = 0; i < n; i++) {
        digits += s[i] >= '0' && s[i] <= '9';
        roman += s[i] == 'I' || s[i] == 'V' || s[i] == 'X' || s[i] == 'L';
    }
    return n > 0 && (digits == n || roman == n);
}

/* A heading of two rows, as LibreOffice writes a Word table's whose
 * cells are merged: a cell merged down leaves an empty line in the second
 * row, one merged across makes the first row shorter ("STT", "Đơn vị",
 * "Diện tích (ha)", "Ghi chú", then "", "", "Kế hoạch", "Thực hiện", "").
 * Given the nh heading lines h and cols columns, the first row is the
 * first nh - cols lines, none empty, the second the last cols: each empty
 * line of it stands under a cell of the first row merged down, each run
 * of lines with text under one merged across them, a group. 1 when the
 * first row's cells are exactly those (the STT column merged down), the
 * columns' headings then in head (a group's "group: heading", as khgen's
 * .md writes a grouped column); else 0. */
static int two_row_heading(const Line *h, int nh, int cols, Heading *head)
{
    int top = nh - cols;
    if (top < 2 || h[top].len != 0)
        return 0;
    for (int k = 0; k < top; k++)
        if (h[k].len == 0)
            return 0;
    int t = 0;
    for (int k = top; k < nh; k++) {
        if (t >= top)
            return 0;
        if (h[k].len == 0) { /* under a cell merged down */
            head->top[k - top] = h[t++];
            head->sub[k - top] = (Line){0, 0, 0};
            continue;
        }
        for (; k < nh && h[k].len; k++) { /* under a cell merged across */
            head->top[k - top] = h[t];
            head->sub[k - top] = h[k];
        }
        t++;
        k--;
    }
    return t == top;
}

/* Whether the line s[0..n) ends the body: "Nơi nhận", or an attachment
 * page's label on its own ("Biểu 01", "Phụ lục I", "PHỤ LỤC 2"). */
static int past_body(const char *s, size_t n)
{
    static const char nhan[] = "N\xC6\xA1i nh\xE1\xBA\xADn";     /* Nơi nhận */
    static const char bieu[] = "Bi\xE1\xBB\x83u ";                 /* "Biểu " */
    static const char pl[] = "Ph\xE1\xBB\xA5 l\xE1\xBB\xA5" "c "; /* "Phụ lục " */
    static const char PL[] = "PH\xE1\xBB\xA4 L\xE1\xBB\xA4" "C "; /* "PHỤ LỤC " */
    if (n >= sizeof nhan - 1 && memcmp(s, nhan, sizeof nhan - 1) == 0)
        return 1;
    if (n > 24)
        return 0;
    return (n > sizeof bieu - 1 && memcmp(s, bieu, sizeof bieu - 1) == 0 &&
            s[sizeof bieu - 1] >= '0' && s[sizeof bieu - 1] <= '9') ||
           (n > sizeof pl - 1 && memcmp(s, pl, sizeof pl - 1) == 0) ||
           (n > sizeof PL - 1 && memcmp(s, PL, sizeof PL - 1) == 0);
}

/* Whether s[l] is a note merged across the table's row under its rows
 * ("Ghi chú: Số liệu ước ...", as LibreOffice writes a row of one cell):
 * the table ends before it, and the attachment's note is it */
static int note_line(const char *s, Line l)
{
    static const char ghi[] = "Ghi ch\xC3\xBA"; /* "Ghi chú" */
    return l.len >= sizeof ghi - 1 && memcmp(s + l.start, ghi, sizeof ghi - 1) == 0;
}

/* Whether s[l] is a totals row's label ("Tổng cộng", "Cộng", "Tổng số") */
static int totals_line(const char *s, Line l)
{
    char label[40];
    if (l.len == 0 || l.len >= sizeof label)
        return 0;
    memcpy(label, s + l.start, l.len);
    label[l.len] = '\0';
    return imp_totals_label(label);
}

/* A totals row at q, after the numbered rows: its STT cell empty (an empty
 * line) over its label, or its label merged across the STT column (a line
 * fewer), then its cells, cols lines in all (cols - 1 merged); the start
 * of the line after it, or 0 when there is none. A Biểu's "Tổng cộng" row
 * ended the table a cell a line, LibreOffice's empty line for its STT cell
 * read as the table's end: its label and sums became the note printed
 * under the table, "Tổng cộng 2.230", without a word (s29foreign). */
static size_t totals_row(const char *s, size_t len, size_t q, int cols, int *short_row)
{
    if (q >= len)
        return 0;
    Line a = line_at(s, len, q);
    int lines = cols;
    if (a.len == 0) {
        if (a.next >= len || !totals_line(s, line_at(s, len, a.next)))
            return 0;
        *short_row = 0;
    } else if (totals_line(s, a)) {
        lines = cols - 1;
        *short_row = 1;
    } else {
        return 0;
    }
    int k = 0;
    for (; k < lines && q < len; k++)
        q = line_at(s, len, q).next;
    if (k < lines || (q < len && line_at(s, len, q).len != 0 && !note_line(s, line_at(s, len, q))))
        return 0;
    return q;
}

/* Whether s[l] is a number as a Biểu's cell holds it: "1.250", "12,5",
 * "-3", "45%" */
static int figure(const char *s, Line l)
{
    size_t d = 0;
    for (size_t i = 0; i < l.len; i++) {
        char ch = s[l.start + i];
        if (ch >= '0' && ch <= '9')
            d++;
        else if (!(ch == '.' || ch == ',' || (ch == '-' && i == 0) || (ch == '%' && i == l.len - 1)))
            return 0;
    }
    return d > 0;
}

/* The start of the line after the n lines from q, or 0 when the text ends
 * inside them */
static size_t skip_lines(const char *s, size_t len, size_t q, int n)
{
    for (int k = 0; k < n; k++) {
        if (q >= len)
            return 0;
        q = line_at(s, len, q).next;
    }
    return q;
}

/* An unnumbered row at q after the numbered ones (a place added late, an
 * "Ước" row: its STT cell empty, an empty line, then cols - 1 cells, the
 * first with text), whose cells are figures or empty under each column of
 * figures (numeric: bit k, column k's cells were figures in every
 * numbered row; one at least) with one figure at least, so that the
 * paragraphs under a table are never read as one; then a row, a blank
 * line, a note or the end of the text. The start of the line after it,
 * or 0. Such rows ended the table, LibreOffice's empty line for their STT
 * cell read as its end: their cells, a totals row's and a note merged
 * across the table ran together into the note printed under it, "Thị trấn
 * Bố Hạ 120 Ước Tổng cộng 3.050 Ghi chú: ...", without a word
 * (s29foreign leftover). */
static size_t unnumbered_row(const char *s, size_t len, size_t q, int cols, unsigned numeric)
{
    if (!numeric || q >= len || line_at(s, len, q).len != 0)
        return 0;
    size_t r = skip_lines(s, len, q, cols);
    if (!r)
        return 0;
    size_t p = line_at(s, len, q).next;
    int figures = 0;
    for (int k = 1; k < cols; k++) {
        Line c = line_at(s, len, p);
        if (k == 1 && (c.len == 0 || past_body(s + c.start, c.len)))
            return 0;
        if (numeric >> k & 1) {
            if (c.len && !figure(s, c))
                return 0;
            figures += c.len > 0;
        }
        p = c.next;
    }
    if (!figures)
        return 0;
    Line after = line_at(s, len, r);
    return r >= len || after.len == 0 || totals_line(s, after) || note_line(s, after) ? r : 0;
}

/* Whether the rows from the line at p ("1") are rows of cols lines each,
 * numbered 1, 2, ..., then unnumbered rows (unnumbered_row) and a totals
 * row (totals_row, in head) or not, then a blank line, a note merged
 * across the table (note_line) or the end of the text: their
 * end in *end (the start of the line after the last row), else where the
 * looking stopped. */
static int rows_fit(const char *s, size_t len, size_t p, int cols, size_t *end, Heading *head)
{
    long row = 1;
    size_t rows_end = 0;
    unsigned numeric = ~0u, filled = 0; /* columns of figures, and with text */
    while (p < len) {
        Line l = line_at(s, len, p);
        if (!is_number(s + l.start, l.len, row))
            break;
        size_t q = l.next;
        int k = 1;
        for (; k < cols && q < len; k++) {
            Line c = line_at(s, len, q);
            if (c.len) {
                filled |= 1u << k;
                if (!figure(s, c))
                    numeric &= ~(1u << k);
            }
            q = c.next;
        }
        if (k < cols)
            break; /* the text ends inside the row */
        rows_end = q;
        p = q;
        row++;
    }
    *end = p;
    head->totals_at = (size_t)-1;
    numeric &= filled & ~1u;
    for (size_t next; rows_end && (next = unnumbered_row(s, len, rows_end, cols, numeric)) != 0;)
        rows_end = next;
    int short_row = 0;
    size_t after = rows_end ? totals_row(s, len, rows_end, cols, &short_row) : 0;
    if (after) {
        head->totals_at = rows_end;
        head->totals_short = short_row;
        rows_end = after;
    }
    /* the table is over: a blank line, a note or the end of the text
     * follows (a row that did not fit, a group row "I" with fewer cells,
     * is no certain shape) */
    if (!rows_end || (rows_end < len && line_at(s, len, rows_end).len != 0 &&
                      !note_line(s, line_at(s, len, rows_end))))
        return 0;
    *end = rows_end;
    return (int)(row - 1);
}

/* The table that starts at the line at: its columns, and in *end the
 * start of the line after its last row; 0 columns when the shape is not
 * certain, *end then where the looking stopped (a row's start or the
 * heading line that failed: no table starts before it, so the caller
 * goes on from there and each line is looked at a bounded number of
 * times). head: its columns' headings; head->merged when they are a
 * heading of two rows (two_row_heading), which fits the rows for one
 * count of columns only: two counts that fit leave the shape uncertain.
 * The heading is at most 2 * MAX_COLS lines, and each count of columns
 * looks at the rows once: MAX_COLS passes over the table at most. */
static int table_shape(const char *s, size_t len, size_t at, size_t *end, Heading *head)
{
    Line l = line_at(s, len, at);
    *end = l.next;
    head->merged = 0;
    if (!((l.len == 2 && memcmp(s + l.start, "TT", 2) == 0) ||
          (l.len == 3 && memcmp(s + l.start, "STT", 3) == 0)))
        return 0;
    Line h[2 * MAX_COLS];
    int nh = 0, blank = 0;
    h[nh++] = l;
    size_t p = l.next;
    for (;;) {
        if (p >= len)
            return 0;
        l = line_at(s, len, p);
        if (is_number(s + l.start, l.len, 1))
            break;
        if (l.len > MAX_HEAD || numeral(s + l.start, l.len) || nh == 2 * MAX_COLS)
            return 0;
        blank += l.len == 0;
        h[nh++] = l;
        p = l.next;
    }
    head->rows_at = p;
    if (!blank) {
        if (nh < 3 || nh > MAX_COLS)
            return 0;
        for (int k = 0; k < nh; k++)
            head->top[k] = h[k], head->sub[k] = (Line){0, 0, 0};
        return rows_fit(s, len, p, nh, end, head) ? nh : 0;
    }
    int found = 0;
    size_t stop = p;
    Heading try;
    for (int cols = 3; cols <= MAX_COLS && cols < nh; cols++) {
        size_t e;
        if (!two_row_heading(h, nh, cols, &try) || rows_fit(s, len, p, cols, &e, &try) < 2)
            continue;
        if (found) /* two counts of columns fit: not certain */
            return 0;
        found = cols;
        try.rows_at = p;
        *head = try;
        stop = e;
    }
    *end = stop;
    head->merged = found > 0;
    return found;
}

static void put_text(Buf *out, const char *s, Line l)
{
    for (size_t c = 0; c < l.len; c++) {
        if (s[l.start + c] == '|')
            buf_putc(out, '\\');
        buf_putc(out, s[l.start + c]);
    }
}

static void put_cell(Buf *out, const char *s, Line l)
{
    buf_putc(out, ' ');
    put_text(out, s, l);
    buf_puts(out, " |");
}

/* A column's heading: top alone, or "top: sub" under a group (khgen's
 * .md writes a grouped column so, and the tables' reader takes two or
 * more side by side that share "top: " for a group: import_tables.c) */
static void put_heading(Buf *out, const char *s, Line top, Line sub)
{
    buf_putc(out, ' ');
    put_text(out, s, top);
    if (sub.len) {
        buf_puts(out, ": ");
        put_text(out, s, sub);
    }
    buf_puts(out, " |");
}

/* Whether the line at is "TT" or "STT" with two heading-like lines under
 * it (not empty, not a numeral, of any length: a heading over MAX_HEAD
 * bytes makes a table uncertain, and was imported as a section "TT"
 * without a word): a table a cell a line, certain or not. */
static int looks_cell_table(const char *s, size_t len, size_t at)
{
    Line l = line_at(s, len, at);
    if (!((l.len == 2 && memcmp(s + l.start, "TT", 2) == 0) ||
          (l.len == 3 && memcmp(s + l.start, "STT", 3) == 0)))
        return 0;
    for (int k = 0; k < 2; k++) {
        if (l.next >= len)
            return 0;
        l = line_at(s, len, l.next);
        if (l.len == 0 || numeral(s + l.start, l.len))
            return 0;
    }
    return 1;
}

/* The number of line breaks in s[from..to). */
static int count_lines(const char *s, size_t from, size_t to)
{
    int n = 0;
    for (const char *p = s + from; (p = memchr(p, '\n', to - (size_t)(p - s))) != NULL; p++)
        n++;
    return n;
}

int imp_txt_cell_tables(const char *s, size_t len, Buf *out, TxtCellDoubt *doubt)
{
    int any = 0, line = 1, body = 1;
    size_t copied = 0;
    doubt->count = doubt->first_line = doubt->merged = 0;
    for (size_t at = 0; at < len;) {
        Line l = line_at(s, len, at);
        size_t end = 0;
        Heading head;
        int cols = l.len <= 3 ? table_shape(s, len, at, &end, &head) : 0;
        if (body && past_body(s + l.start, l.len))
            body = 0; /* the attachment pages after it have KH762 */
        if (!cols) {
            if (body && l.len <= 3 && looks_cell_table(s, len, at) && doubt->count++ == 0)
                doubt->first_line = line;
            size_t next = end > l.next ? end : l.next;
            line += count_lines(s, at, next);
            at = next;
            continue;
        }
        buf_putn(out, s + copied, at - copied);
        buf_putc(out, '|');
        for (int k = 0; k < cols; k++)
            put_heading(out, s, head.top[k], head.sub[k]);
        buf_putc(out, '\n');
        size_t rows = 1;
        for (size_t p = head.rows_at; p < end; rows++) {
            buf_putc(out, '|');
            int k = 0;
            if (p == head.totals_at && head.totals_short) { /* under the name's column */
                buf_puts(out, "  |");
                k = 1;
            }
            for (; k < cols; k++) {
                Line cell = line_at(s, len, p);
                put_cell(out, s, cell);
                p = cell.next;
            }
            buf_putc(out, '\n');
        }
        /* empty lines for the cells' others, so that the lines after the
         * table keep their numbers (the diagnostics name them) */
        size_t n_lines = (size_t)count_lines(s, at, end);
        for (size_t k = rows; k < n_lines; k++)
            buf_putc(out, '\n');
        if (head.merged && doubt->merged < 16)
            doubt->merged_line[doubt->merged++] = line;
        any = 1;
        line += count_lines(s, at, end);
        at = copied = end;
    }
    if (any)
        buf_putn(out, s + copied, len - copied);
    return any;
}
