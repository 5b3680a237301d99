/* txt_layout.c - the tables of a plain text: a table copied out of Word,
 * its cells separated by tabs (moved here from import_text.c), and a
 * Biểu's table in a PDF's text, read by its columns.
 *
 * `pdftotext -layout` of a plan printed to PDF (Chromium's, LibreOffice's)
 * writes an attachment page's table as lines whose cells stand at their
 * columns' places, runs of spaces between them:
 *
 *                                Hiện trạng              Mục tiêu
 *       STT        Tên xã
 *                            Mức đã đạt chuẩn   Mức phấn đấu   Năm đạt chuẩn
 *        I     Cấp xã
 *        1     Xã Đồng Hưu                       nông thôn mới      2024
 *
 * The text reader kept those lines as paragraphs, and import put them in
 * a KH762 note: the table was not read (s30foreign). This pass finds such
 * a table on a "Biểu"/"Phụ lục" page and writes it as pipe rows, "| STT |
 * Tên xã | ... |", the form the text's other tables take (import_text.c's
 * tab_tables), which the attachment reader reads: its header lines one
 * row (each header cell's words under the column its middle stands in,
 * the upper lines first: "Mục tiêu Mức phấn đấu"), then a row for each
 * line that begins with its STT ("1", "I", "1.") or "Tổng cộng"/"Cộng",
 * a line that begins with neither going on the row above (a cell's words
 * wrapped). The columns are where the rows' cells begin, those within
 * three places of each other one. Only a table that lines up: every row
 * has its STT at the first column, no two cells of a row fall in one
 * column, and there are no more columns than the fullest row has cells
 * (a centred column whose cells begin at different places would split
 * in two); else the lines are left as they are, and import's note stays.
 * The lines a table's rows took are left empty after its last row, so
 * that the lines after it keep their numbers. Text only; linear in the
 * text's length (each line split once, at most MAX_COLS columns).
 */
#include <string.h>

#include <stdlib.h>

#include "import_impl.h"
#include "vi.h"

enum { MAX_COLS = 16, MAX_CELLS = 32, MAX_HEAD = 4, MAX_ROWS = 4000 };

typedef struct Cell {
    size_t at, n; /* its column on the line (bytes from the line's start), its length */
    const char *s;
} Cell;

typedef struct Line {
    const char *s;
    size_t n;
} Line;

/* The cells of line s[0..n): runs of text between runs of two spaces or
 * more; at most MAX_CELLS (more: -1). Columns counted in characters. */
static int split_cells(const char *s, size_t n, Cell *cells)
{
    int k = 0;
    size_t col = 0;
    for (size_t i = 0; i < n;) {
        if (s[i] == ' ' || s[i] == '\f') {
            i++, col++;
            continue;
        }
        size_t b = i, bcol = col;
        while (i < n && s[i] != '\f' && !(s[i] == ' ' && (i + 1 >= n || s[i + 1] == ' '))) {
            if (((unsigned char)s[i] & 0xC0) != 0x80)
                col++;
            i++;
        }
        if (k == MAX_CELLS)
            return -1;
        cells[k++] = (Cell){bcol, i - b, s + b};
    }
    return k;
}

/* Whether the text c[0..n) is a row's STT: 1-5 digits or a Roman numeral
 * (I..XXXIX), a '.' after it or not. */
static int stt_cell(const char *c, size_t n)
{
    if (n && c[n - 1] == '.')
        n--;
    if (n == 0 || n > 6)
        return 0;
    size_t d = strspn(c, "0123456789");
    if (d >= n)
        return n <= 5;
    size_t r = strspn(c, "IVX");
    return r >= n;
}

/* Whether the text c[0..n) begins a totals row: "Tổng cộng", "Cộng".
 * Not a word that begins with "Cộng" ("Cộng đồng dân cư các thôn", a
 * cell's line: it began a row of its own, the row above losing it, exit
 * 0, s34review; "CỘNG HÒA ..."). */
static int total_cell(const char *c, size_t n)
{
    static const char *const words[] = {"Tổng cộng", "TỔNG CỘNG", "Tổng số", "Cộng", "CỘNG", NULL};
    static const char *const compounds[] = {"đồng", "ĐỒNG", "tác", "TÁC", "hòa", "HÒA", "hoà", "HOÀ",
                                            "sản", "SẢN", "sự", "SỰ", "hưởng", "HƯỞNG", NULL};
    for (int k = 0; words[k]; k++) {
        size_t w = strlen(words[k]);
        if (n < w || memcmp(c, words[k], w) != 0)
            continue;
        for (int m = 0; k >= 3 && compounds[m]; m++) {
            size_t cw = strlen(compounds[m]);
            if (n >= w + 1 + cw && c[w] == ' ' && memcmp(c + w + 1, compounds[m], cw) == 0 &&
                (n == w + 1 + cw || !((unsigned char)c[w + 1 + cw] >= 'a' || (unsigned char)c[w + 1 + cw] >= 0x80)))
                return 0;
        }
        return 1;
    }
    return 0;
}

/* The longest line that names an attachment page by its word alone
 * ("Biểu tổng hợp"); one with its number after the word is read by the
 * import's rule (attachment_label) up to LABEL_LINE_MAX. */
enum { LABEL_WORD_MAX = 40, LABEL_LINE_MAX = 200 };

/* Whether the line s[0..n) names an attachment page: "Biểu 01", "Phụ
 * lục II" or any line of at most LABEL_WORD_MAX bytes beginning with the
 * word, or a longer one the import takes for an attachment's start
 * ("Biểu 01: Danh sách xã, thôn phấn đấu đạt chuẩn", attachment_label).
 * A label of 40 bytes or more was no page's (the limit, said "at most 40",
 * was n < 40): the Biểu's table under it became body paragraphs, its
 * rows joined into one, exit 0 (s33mut, txt_layout-071 of s32mut). */
static int page_label(const char *s, size_t n)
{
    while (n && (s[0] == ' ' || s[0] == '\f')) /* a page's form feed */
        s++, n--;
    while (n && s[n - 1] == ' ')
        n--;
    if (n <= LABEL_WORD_MAX && (starts_with(s, "Biểu ") || starts_with(s, "BIỂU ") ||
                                starts_with(s, "Phụ lục ") || starts_with(s, "PHỤ LỤC ")))
        return 1;
    if (n > LABEL_LINE_MAX || (s[0] != 'B' && s[0] != 'P'))
        return 0;
    char line[LABEL_LINE_MAX + 1];
    memcpy(line, s, n);
    line[n] = '\0';
    return attachment_label(line);
}

/* Whether the k cells of a line begin a row: its STT at the table's
 * first column (stt_at, within three), or "Tổng cộng" there or in the
 * next. */
static int row_start(const Cell *cells, int k, size_t stt_at)
{
    if (k <= 0)
        return 0;
    if (stt_cell(cells[0].s, cells[0].n))
        return cells[0].at <= stt_at + 3 && k >= 2;
    return total_cell(cells[0].s, cells[0].n);
}

/* Whether the k cells of a line are a page's number printed inside the
 * table (a number alone, right of the STT column): no line of it. */
static int lone_number(const Cell *cells, int k, size_t stt_at)
{
    return k == 1 && cells[0].at > stt_at + 3 && strspn(cells[0].s, "0123456789") == cells[0].n;
}

/* Whether the k cells of a line under a row (row, its line) can be its
 * cells' words wrapped: none in the STT column (stt_at, within three: a
 * number is never wrapped), none running across a place where one of the
 * row's cells begins (a cell's words stay in its column). A note under
 * the table, indented and in small letters ("số liệu tính đến ngày ...",
 * across the columns), went on the last row's cell (s32review). The
 * row's cells (rc, kr) are split once by the caller: split again for each
 * line under it, a row of 1 MB over 4,000 lines took 2.4 s (s34review). */
static int wrapped_words(const Cell *rc, int kr, const Cell *cells, int k, size_t stt_at)
{
    for (int c = 0; c < k; c++) {
        if (cells[c].at <= stt_at + 3)
            return 0;
        size_t end = cells[c].at + utf8_count(cells[c].s, cells[c].n);
        for (int r = 0; r < kr; r++)
            if (rc[r].at > cells[c].at + 3 && rc[r].at < end)
                return 0;
    }
    return 1;
}

/* Whether line a is empty, spaces or a page's form feed only. */
static int blank_line(const Line *a)
{
    for (size_t i = 0; i < a->n; i++)
        if (a->s[i] != ' ' && a->s[i] != '\f')
            return 0;
    return 1;
}

/* Whether a row of the table whose STT column is at stt_at begins within
 * ROW_AHEAD lines after line l of the n lines L, no empty line between:
 * line l is then a cell's line (a cell's lines stand above its row's too,
 * as -layout centres them), not what follows the table. Not past a
 * page's label: the next Biểu's first rows made "NGƯỜI LẬP BIỂU" and its
 * signer's name under this table words of its last cell, exit 0
 * (s34review). */
enum { ROW_AHEAD = 4 };
static int row_follows(const Line *L, size_t n, size_t l, size_t stt_at)
{
    Cell cells[MAX_CELLS];
    for (size_t j = l + 1; j < n && j <= l + ROW_AHEAD && !blank_line(&L[j]) && !page_label(L[j].s, L[j].n);
         j++)
        if (row_start(cells, split_cells(L[j].s, L[j].n, cells), stt_at))
            return 1;
    return 0;
}

/* Whether line a holds the kb cells cb, whatever their places (a header
 * printed again at a page's top: cb its last line's, split once by the
 * caller; split again for each line of the table, a header line of 1 MB
 * over 4,000 rows took 2.7 s, s34review). */
static int same_line(const Line *a, const Cell *cb, int kb)
{
    Cell ca[MAX_CELLS];
    int ka = split_cells(a->s, a->n, ca);
    if (ka <= 0 || ka != kb)
        return 0;
    for (int k = 0; k < ka; k++)
        if (ca[k].n != cb[k].n || memcmp(ca[k].s, cb[k].s, ca[k].n) != 0)
            return 0;
    return 1;
}

/* The index of the column cell c falls in: the last whose place is at most
 * three after its start, or the one before it when nearer. -1 before the
 * first. */
static int column_of(const size_t *cols, int n_cols, const Cell *c)
{
    int j = -1;
    for (int k = 0; k < n_cols; k++)
        if (cols[k] <= c->at + 3)
            j = k;
    /* a cell shifted left of its column's place ("17" at 3, the
     * columns at 1 and 6, a page's rows set two places right): the
     * nearer column */
    if (j > 0 && cols[j] > c->at && c->at - cols[j - 1] < cols[j] - c->at)
        j--;
    return j;
}

/* The column groups of a header of hd lines from L[first] (a table of
 * n_cols columns at cols): g[h][c] the first column of the group that
 * cell c of header line h is, *span its count, 0 when it is no group. A
 * cell of an upper line centred over two header cells or more of the
 * lines below it, side by side, is their group ("Mục tiêu" over "Mức phấn
 * đấu đạt chuẩn" and "Năm đạt chuẩn"); then each other cell of its line
 * over a lower line's cell is the group of that one's column ("Hiện trạng"
 * over "Mức đã đạt chuẩn"). The header's words were joined into one
 * ("Mục tiêu Mức phấn đấu đạt chuẩn": s31foreign). At most MAX_HEAD lines
 * of MAX_CELLS cells: a few thousand steps a table. */
static void header_groups(const Line *L, size_t first, size_t hd, const size_t *cols, int n_cols,
                          signed char g[MAX_HEAD][MAX_CELLS], signed char span[MAX_HEAD][MAX_CELLS])
{
    memset(g, -1, sizeof(signed char) * MAX_HEAD * MAX_CELLS);
    memset(span, 0, sizeof(signed char) * MAX_HEAD * MAX_CELLS);
    Cell up[MAX_CELLS], low[MAX_CELLS];
    for (size_t h = 0; h + 1 < hd && h < MAX_HEAD; h++) {
        int ku = split_cells(L[first + h].s, L[first + h].n, up), grouped = 0;
        for (size_t b = h + 1; b < hd && b < MAX_HEAD && ku > 0; b++) {
            int nl = split_cells(L[first + b].s, L[first + b].n, low);
            for (int c = 0; c < ku; c++) {
                size_t w = utf8_count(up[c].s, up[c].n), mid2 = 2 * up[c].at + w;
                /* the fewest cells side by side of one lower line its
                 * middle is the middle of, its words within theirs */
                for (int len = 2; len <= nl && g[h][c] < 0; len++)
                    for (int i = 0; i + len <= nl && g[h][c] < 0; i++) {
                        const Cell *z = &low[i + len - 1];
                        size_t end = z->at + utf8_count(z->s, z->n), both = low[i].at + end;
                        size_t tol = (end - low[i].at) / 10 > 3 ? (end - low[i].at) / 10 : 3;
                        if (low[i].at > up[c].at + 1 || end + 1 < up[c].at + w ||
                            (mid2 > both ? mid2 - both : both - mid2) > 2 * tol)
                            continue;
                        Cell ma = low[i], mz = *z;
                        ma.at += utf8_count(ma.s, ma.n) / 2;
                        mz.at += utf8_count(mz.s, mz.n) / 2;
                        int ja = column_of(cols, n_cols, &ma), jz = column_of(cols, n_cols, &mz);
                        if (ja >= 0 && jz > ja) {
                            g[h][c] = (signed char)ja, span[h][c] = (signed char)(jz - ja + 1);
                            grouped = 1;
                        }
                    }
            }
        }
        for (size_t b = h + 1; b < hd && b < MAX_HEAD && grouped; b++) {
            /* a group of one beside it: over a cell of the line below */
            int nl = split_cells(L[first + b].s, L[first + b].n, low);
            for (int c = 0; c < ku; c++) {
                if (g[h][c] >= 0)
                    continue;
                Cell mid = up[c];
                mid.at += utf8_count(up[c].s, up[c].n) / 2;
                int j = column_of(cols, n_cols, &mid);
                for (int i = 0; i < nl && j >= 0; i++) {
                    Cell m2 = low[i];
                    m2.at += utf8_count(low[i].s, low[i].n) / 2;
                    if (column_of(cols, n_cols, &m2) == j) {
                        g[h][c] = (signed char)j, span[h][c] = 1;
                        break;
                    }
                }
            }
        }
    }
}

/* The header row and the n_rows rows of n_cols cells of text as pipe
 * rows to out, a grouped column's header "group: header" (the .md's) */
static void put_rows(const Buf *text, size_t n_rows, int n_cols, const Buf *group, Buf *out)
{
    for (size_t r = 0; r <= n_rows; r++) {
        buf_putc(out, '|');
        for (int j = 0; j < n_cols; j++) {
            const Buf *b = &text[r * (size_t)n_cols + (size_t)j];
            if (r == 0 && group[j].len)
                buf_printf(out, " %.*s:", (int)group[j].len, group[j].data);
            buf_printf(out, " %.*s |", (int)b->len, b->data ? b->data : "");
        }
        buf_putc(out, '\n');
    }
}

/* Whether line x of a table (its k cells, in columns cols) holds the
 * first words of the row under it, a cell centred in its row (Chromium
 * prints a table's cells centred: "Giao Phòng Tư pháp ... với Văn" over
 * " 1    phòng HĐND ..."): each of its cells left open (no full stop) and
 * going on, one or two lines below (up to the row's STT line y and the
 * line after it), in the same column with a small letter. Those lines
 * went on the row above: a group row "I  CẢI CÁCH THỂ CHẾ" took the
 * task's first line, the task lost it, exit 0 (s33round: tam-duong's
 * Biểu through Chromium and pdftotext -layout). And the cell goes on
 * under the STT line too (under, the columns the line under y holds): a
 * cell centred in its row has lines above and below the row's middle;
 * the last line of a cell of the row above ("tháng 5/2025" under "từ
 * tháng 3 đến") over a row whose cell begins in small letters ("tháng
 * 6/2025") has none under, and was moved to that row, exit 0
 * (s34review). */
static int opens_next(const Line *L, size_t x, size_t y, size_t last, const size_t *cols, int n_cols,
                      const Cell *cells, int k, unsigned under)
{
    Cell below[MAX_CELLS];
    if (k <= 0)
        return 0;
    for (int c = 0; c < k; c++) {
        int j = column_of(cols, n_cols, &cells[c]);
        if (j <= 0 || imp_txt_ends_sentence(cells[c].s, cells[c].n) || !(under >> j & 1))
            return 0;
        int found = 0;
        for (size_t z = x + 1; z <= y + 1 && z <= last && z <= x + 3 && !found; z++) {
            int m = split_cells(L[z].s, L[z].n, below);
            for (int d = 0; d < m && !found; d++)
                if (column_of(cols, n_cols, &below[d]) == j) {
                    if (!imp_txt_starts_lower(below[d].s, below[d].n))
                        return 0;
                    found = 1;
                }
        }
        if (!found)
            return 0;
    }
    return 1;
}

/* The lines above a row's STT line that begin its cells (opens_next),
 * from the row up: up[l - first] 1 for such a line l of the table of
 * lines L[first + hd..last]; malloc'd, the caller frees it. Each line is
 * looked at from the row under it only. */
static char *centred_lines(const Line *L, size_t first, size_t hd, size_t last, size_t stt_at,
                           const size_t *cols, int n_cols, const Cell *hc, int hk)
{
    Cell cells[MAX_CELLS];
    char *up = xmalloc(last - first + 1);
    memset(up, 0, last - first + 1);
    for (size_t y = last; y > first + hd; y--) {
        int k = split_cells(L[y].s, L[y].n, cells);
        if (!row_start(cells, k, stt_at))
            continue;
        unsigned under = 0; /* the columns the row's line under y holds */
        k = y < last ? split_cells(L[y + 1].s, L[y + 1].n, cells) : 0;
        if (!row_start(cells, k, stt_at) && !lone_number(cells, k, stt_at))
            for (int c = 0; c < k; c++) {
                int j = column_of(cols, n_cols, &cells[c]);
                if (j >= 0)
                    under |= 1u << j;
            }
        for (size_t x = y; x-- > first + hd;) {
            k = split_cells(L[x].s, L[x].n, cells);
            if (row_start(cells, k, stt_at) || lone_number(cells, k, stt_at) ||
                (hd && same_line(&L[x], hc, hk)) ||
                !opens_next(L, x, y, last, cols, n_cols, cells, k, under))
                break;
            up[x - first] = 1;
        }
    }
    return up;
}

/* The columns of the table of lines L[first + hd..last]: where its rows'
 * cells begin (those within three places one), sorted, in cols; their
 * count, the fullest row's cells in *widest; -1 when a line does not
 * split or there are more than MAX_COLS. */
static int row_columns(const Line *L, size_t first, size_t hd, size_t last, size_t stt_at,
                       size_t cols[MAX_COLS], int *widest)
{
    Cell cells[MAX_CELLS];
    int n_cols = 0;
    *widest = 0;
    for (size_t l = first + hd; l <= last; l++) {
        int k = split_cells(L[l].s, L[l].n, cells);
        if (k < 0)
            return -1;
        if (!row_start(cells, k, stt_at))
            continue;
        *widest = k > *widest ? k : *widest;
        /* a totals row's "Cộng" is centred over the cells it merges: it
         * sets no column (it made one of its own, and the table did not
         * line up: le-thuy's Bảng 1 through Chromium, s33round) */
        for (int c = stt_cell(cells[0].s, cells[0].n) ? 0 : 1; c < k; c++) {
            int j = 0;
            while (j < n_cols && (cols[j] + 3 < cells[c].at || cells[c].at + 3 < cols[j]))
                j++;
            if (j < n_cols)
                continue;
            if (n_cols == MAX_COLS)
                return -1;
            int at = n_cols++;
            while (at > 0 && cols[at - 1] > cells[c].at) {
                cols[at] = cols[at - 1];
                at--;
            }
            cols[at] = cells[c].at;
        }
    }
    return n_cols;
}

/* The k cells of a line of a row's words, each cut where a column begins
 * (within two places) after one space only (two cells -layout printed one space apart, "toàn
 * xã và các Ban công tác mặt trận": "các" ends column 1's words, "Ban"
 * begins column 2's); their count, at most MAX_CELLS. Without it the
 * line ended the table as a note across the columns, the rows under it
 * that note's words, exit 0 (s34review). */
static int cut_at_columns(const size_t *cols, int n_cols, Cell *cells, int k)
{
    for (int c = 0; c < k && k < MAX_CELLS; c++) {
        size_t chars = 0, at = cells[c].at;
        for (size_t i = 0; i < cells[c].n; i++) {
            if (((unsigned char)cells[c].s[i] & 0xC0) == 0x80)
                continue;
            /* the word after it begins within two places of a column */
            int starts = 0;
            size_t next = at + chars + 1;
            for (int x = 0; x < n_cols && !starts; x++)
                starts = chars > 0 && cols[x] > at + 3 && next + 2 >= cols[x] && next <= cols[x] + 2;
            if (starts && cells[c].s[i] == ' ' && i + 1 < cells[c].n) {
                memmove(&cells[c + 2], &cells[c + 1], (size_t)(k - c - 1) * sizeof *cells);
                cells[c + 1] = (Cell){at + chars + 1, cells[c].n - i - 1, cells[c].s + i + 1};
                cells[c].n = i;
                k++;
                break;
            }
            chars++;
        }
    }
    return k;
}

/* Writes the table of lines L[first..last] (hd header lines from first)
 * as pipe rows to out, then the empty lines; 0 (nothing written) when it
 * does not line up. groups 0: the header's upper lines are no column
 * groups (its cells wrapped). */
static int write_table(const Line *L, size_t first, size_t hd, size_t last, size_t stt_at, int groups,
                       Buf *out)
{
    Cell cells[MAX_CELLS];
    size_t cols[MAX_COLS];
    int widest, n_cols = row_columns(L, first, hd, last, stt_at, cols, &widest);
    if (n_cols < 2 || n_cols > widest)
        return 0;
    Cell hc[MAX_CELLS]; /* the header's last line's cells, split once (same_line) */
    int hk = hd ? split_cells(L[first + hd - 1].s, L[first + hd - 1].n, hc) : 0;
    /* the header's columns right of every row's cells: columns the rows
     * leave empty ("Cơ quan phụ trách" over nothing yet) */
    size_t data_end = 0;
    for (size_t l = first + hd; l <= last; l++) {
        int k = split_cells(L[l].s, L[l].n, cells);
        if (lone_number(cells, k, stt_at) || (hd && same_line(&L[l], hc, hk)))
            continue; /* a page's number, the header again */
        for (int c = 0; c < k; c++) {
            size_t e = cells[c].at + utf8_count(cells[c].s, cells[c].n);
            data_end = e > data_end ? e : data_end;
        }
    }
    for (size_t l = first; l < first + hd; l++) {
        int k = split_cells(L[l].s, L[l].n, cells);
        for (int c = 0; c < k; c++)
            if (cells[c].at > data_end + 1 && n_cols < MAX_COLS && cells[c].at > cols[n_cols - 1] + 3)
                cols[n_cols++] = cells[c].at;
    }
    /* the cells, a Buf a column of each row */
    size_t n_rows = 0;
    for (size_t l = first + hd; l <= last; l++) {
        int k = split_cells(L[l].s, L[l].n, cells);
        n_rows += row_start(cells, k, stt_at);
    }
    Buf *text = xmalloc((n_rows + 1) * (size_t)n_cols * sizeof *text);
    memset(text, 0, (n_rows + 1) * (size_t)n_cols * sizeof *text);
    signed char g[MAX_HEAD][MAX_CELLS], span[MAX_HEAD][MAX_CELLS];
    /* a header of wrapped cells (groups 0: imp_txt_layout_tables) has
     * none: "Số tiêu chí phấn" over "đấu hoàn thành" is one cell's */
    header_groups(L, first, groups ? hd : 0, cols, n_cols, g, span);
    char *up = centred_lines(L, first, hd, last, stt_at, cols, n_cols, hc, hk);
    Buf group[MAX_COLS] = {{0}}; /* each column's group's name */
    int ok = 1;
    size_t row = 0; /* row 0 the header */
    for (size_t l = first; l <= last && ok; l++) {
        int k = split_cells(L[l].s, L[l].n, cells);
        if (k <= 0 || (l >= first + hd && lone_number(cells, k, stt_at)))
            continue;
        int header = l < first + hd;
        if (!header && hd && same_line(&L[l], hc, hk))
            continue; /* the header again, at a page's top */
        int starts = !header && row_start(cells, k, stt_at);
        if (!header && !starts)
            k = cut_at_columns(cols, n_cols, cells, k);
        size_t into = row + (size_t)up[l - first]; /* the row its words go in */
        if (starts)
            row++, into = row;
        else if (!header && (into == 0 || column_of(cols, n_cols, &cells[0]) <= 0))
            ok = 0; /* a line of no row, or text at the STT's column */
        int used[MAX_COLS] = {0};
        for (int c = 0; c < k && ok; c++) {
            int j;
            if (header && l - first < MAX_HEAD && c < MAX_CELLS && g[l - first][c] >= 0) {
                for (int x = g[l - first][c]; x < g[l - first][c] + span[l - first][c]; x++)
                    buf_putn(&group[x], cells[c].s, cells[c].n); /* "Mục tiêu" */
                continue;
            }
            if (header) { /* under the column its middle stands in */
                Cell mid = cells[c];
                mid.at += utf8_count(cells[c].s, cells[c].n) / 2;
                j = column_of(cols, n_cols, &mid);
                j = j < 0 ? 0 : j;
                if (used[j])
                    ok = 0; /* two of a header line's cells over one column */
            } else {
                /* a totals row's label: the STT's column, the merged
                 * cells' first */
                j = starts && c == 0 && !stt_cell(cells[0].s, cells[0].n) ? 0
                                                                          : column_of(cols, n_cols, &cells[c]);
                if (j < 0 || (used[j] && starts))
                    ok = 0; /* two cells of a row in one column */
            }
            if (!ok)
                break;
            used[j] = 1;
            Buf *b = &text[(header ? 0 : into) * (size_t)n_cols + (size_t)j];
            if (b->len)
                buf_putc(b, ' ');
            for (size_t i = 0; i < cells[c].n; i++) {
                if (cells[c].s[i] == '|')
                    buf_putc(b, '\\');
                buf_putc(b, cells[c].s[i]);
            }
        }
    }
    if (ok) {
        put_rows(text, n_rows, n_cols, group, out);
        for (size_t l = first + n_rows + 1; l <= last; l++)
            buf_putc(out, '\n');
    }
    for (size_t i = 0; i < (n_rows + 1) * (size_t)n_cols; i++)
        buf_free(&text[i]);
    for (int j = 0; j < n_cols; j++)
        buf_free(&group[j]);
    free(text);
    free(up);
    return ok;
}

/* Whether the k cells of a line begin a table's header: "STT" or "TT",
 * then two cells or more. Such a line opens a table in the body too,
 * read as a Biểu's is; its rows were one paragraph of all their cells,
 * exit 0 (s33round: le-thuy's Bảng 1 through Chromium and pdftotext
 * -layout). Not after a Biểu page: a Biểu's table that did not line up
 * stays its note, a page's rows under its repeated header are no table
 * of their own. */
static int head_cell(const Cell *cells, int k)
{
    return k >= 3 && ((cells[0].n == 3 && memcmp(cells[0].s, "STT", 3) == 0) ||
                      (cells[0].n == 2 && memcmp(cells[0].s, "TT", 2) == 0));
}

/* Whether line l of the n lines L, its k cells, is a table's header with
 * no row under it: "STT" or "TT" then two cells or more, one line, an
 * empty line or the text's end below it and no line of two cells or more
 * above it (a Biểu whose rows are to come: it stayed the KH762 note,
 * s31foreign). */
static int header_alone(const Line *L, size_t n, size_t l, const Cell *cells, int k)
{
    Cell above[MAX_CELLS];
    if (!head_cell(cells, k))
        return 0;
    if (l + 1 < n && !blank_line(&L[l + 1]))
        return 0;
    return l == 0 || split_cells(L[l - 1].s, L[l - 1].n, above) < 2;
}

/* ---- tables pasted with tabs ---------------------------------------------------- */

/* The number of tab-separated cells of the line s[0..n) (1 without a tab). */
static int tab_cells(const char *s, size_t n)
{
    int cells = 1;
    for (size_t i = 0; i < n; i++)
        cells += s[i] == '\t';
    return cells;
}

/* 1 if the line holds what a layout table of the header or the signature
 * holds (two blocks side by side, pasted with a tab), not data. */
static int layout_line(const char *s, size_t n)
{
    static const char *const marks[] = {"CỘNG HÒA", "CỘNG HOÀ", "Số:", "Nơi nhận", "TM. ",
                                        "KT. ", NULL};
    for (int k = 0; marks[k]; k++) {
        size_t m = strlen(marks[k]);
        for (size_t i = 0; i + m <= n; i++)
            if (memcmp(s + i, marks[k], m) == 0)
                return 1;
    }
    return 0;
}

/* A table copied out of Word into plain text is lines of cells separated
 * by tabs. Two or more consecutive lines with the same number of cells
 * (three or more, as import_docx.c reads a Word table of data; two
 * columns are the header's and the signature's layout) become Markdown
 * pipe rows, "| TT | Nhiệm vụ | ... |", the form every reader gives a
 * table in; other lines are copied as they are. */
void imp_txt_tab_tables(const char *s, size_t len, Buf *out)
{
    size_t i = 0;
    while (i < len) {
        /* the run of lines with the same number of cells from line i */
        size_t end = i, n_lines = 0;
        int cols = 0;
        while (end < len) {
            const char *nl = memchr(s + end, '\n', len - end);
            size_t line_end = nl ? (size_t)(nl - s) : len;
            size_t n = line_end - end;
            while (n && s[end + n - 1] == '\r')
                n--;
            int k = tab_cells(s + end, n);
            if (k < 3 || (cols && k != cols) || layout_line(s + end, n))
                break;
            cols = k;
            n_lines++;
            end = nl ? line_end + 1 : len;
        }
        if (n_lines < 2) {
            const char *nl = memchr(s + i, '\n', len - i);
            size_t next = nl ? (size_t)(nl - s) + 1 : len;
            buf_putn(out, s + i, next - i);
            i = next;
            continue;
        }
        for (size_t l = 0; l < n_lines; l++) {
            const char *nl = memchr(s + i, '\n', len - i);
            size_t line_end = nl ? (size_t)(nl - s) : len;
            buf_putc(out, '|');
            for (size_t k = i; k <= line_end;) {
                size_t cell_end = k;
                while (cell_end < line_end && s[cell_end] != '\t')
                    cell_end++;
                size_t b = k, e = cell_end;
                while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\r'))
                    b++;
                while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r'))
                    e--;
                buf_putc(out, ' ');
                for (size_t c = b; c < e; c++) {
                    if (s[c] == '|')
                        buf_putc(out, '\\');
                    buf_putc(out, s[c]);
                }
                buf_puts(out, " |");
                k = cell_end + 1;
            }
            buf_putc(out, '\n');
            i = nl ? line_end + 1 : len;
        }
    }
}

/* ---- tables whose cells line up in columns ---------------------------------------- */

/* The header line ("STT", "TT" and more cells) a few lines above the
 * first row at l when lines of one cell stand between them (a header
 * cell wrapped, a first row's cell centred); l when there is none or
 * nothing between. Not above line floor (what is written already) nor
 * past a page's label: the walk went over "Biểu 02" into Biểu 01's
 * header, and Biểu 01, written, was copied again as its note (s34review). */
static size_t wrapped_head(const Line *L, size_t l, size_t stt_at, size_t floor)
{
    Cell cells[MAX_CELLS];
    for (size_t u = l; u > floor && l - u < MAX_HEAD + 2;) {
        u--;
        int m = split_cells(L[u].s, L[u].n, cells);
        if (m <= 0 || row_start(cells, m, stt_at) || page_label(L[u].s, L[u].n))
            return l;
        if (head_cell(cells, m))
            return u + 1 < l ? u : l;
    }
    return l;
}

/* Whether cell c, on a line above the header line h, stands over a gap
 * of h: none of h's cells under any of its places. A header cell wrapped
 * above and below the header line leaves that line empty where it stands
 * ("Số tiêu chí phấn" over the gap between "Tên xã" and "Tiêu chí số");
 * a Biểu's title centred over the header ("Danh mục công trình năm 2025"
 * over "Kinh phí") is no cell of it: it was taken into the header, the
 * column "Danh mục công trình năm 2025 Kinh phí dự kiến", the title lost,
 * exit 0 (s34review). */
static int over_gap(const Line *h, const Cell *c)
{
    Cell hc[MAX_CELLS];
    int k = split_cells(h->s, h->n, hc);
    size_t end = c->at + utf8_count(c->s, c->n);
    for (int i = 0; i < k; i++)
        if (hc[i].at < end && c->at < hc[i].at + utf8_count(hc[i].s, hc[i].n))
            return 0;
    return k > 0;
}

/* The top of the table whose first row is line l: *first its first line
 * and *hd its header's lines from there, none above line floor (the lines
 * before it are written: a table of them); the header line ("STT ...") a
 * wrapped header takes (wrapped_head), or l when the header is the lines
 * of two cells or more right above l. */
static size_t table_top(const Line *L, size_t l, size_t stt_at, size_t floor, size_t *first, size_t *hd)
{
    Cell cells[MAX_CELLS];
    size_t h = wrapped_head(L, l, stt_at, floor);
    *first = l;
    if (h < l) {
        /* a header whose cells wrap, centred ("Số tiêu chí phấn" over
         * "STT ... Tiêu chí số" over "đấu hoàn thành"), over a first
         * row whose cells are centred too: the header line, the lines
         * under it that go on a cell (a small letter), and the short
         * lines of one cell above it; its rows from there. The header
         * was one empty row and the lines above the first row its
         * note, the first row's first line with them, exit 0
         * (s33round: krong-no's Biểu through Chromium) */
        size_t end = h + 1;
        while (end < l && end - h < MAX_HEAD && split_cells(L[end].s, L[end].n, cells) >= 1 &&
               imp_txt_starts_lower(cells[0].s, cells[0].n))
            end++;
        *first = h;
        while (end > h + 1 && *first > floor && end - *first < MAX_HEAD) {
            const Line *a = &L[*first - 1];
            int m = split_cells(a->s, a->n, cells);
            if (m != 1 || a->s[strspn(a->s, " ")] == '(' || page_label(a->s, a->n) ||
                cells[0].n > 40 || memchr(cells[0].s, ':', cells[0].n) ||
                imp_txt_all_caps(cells[0].s, cells[0].n) || !over_gap(&L[h], &cells[0]))
                break;
            (*first)--;
        }
        *hd = end - *first;
    } else {
        /* a header line holds two cells or more: the page's title above
         * it, one line centred ("DANH SÁCH XÃ"), is not the header's */
        while (*first > floor && l - *first < MAX_HEAD && split_cells(L[*first - 1].s, L[*first - 1].n, cells) >= 2 &&
               L[*first - 1].s[strspn(L[*first - 1].s, " ")] != '(' && !page_label(L[*first - 1].s, L[*first - 1].n))
            (*first)--;
        *hd = l - *first;
    }
    return h;
}

/* The last line of the table whose first row is line l of the n lines L
 * (its STT at stt_at, head its header's last line or NULL): its rows, the
 * lines of their cells, page breaks and the header again, up to MAX_ROWS
 * lines. */
static size_t table_end(const Line *L, size_t n, size_t l, size_t stt_at, const Line *head)
{
    Cell cells[MAX_CELLS];
    size_t last = l;
    Cell hc[MAX_CELLS], rc[MAX_CELLS]; /* its cells, the last row line's: split once */
    int hk = head ? split_cells(head->s, head->n, hc) : 0;
    int kr = split_cells(L[l].s, L[l].n, rc);
    while (last + 1 < n && last - l < MAX_ROWS) {
        size_t next = last + 1;
        /* a page break inside the table: its form feed and empty
         * lines, then the header again or the next row */
        while (next < n && next - last < 8 && blank_line(&L[next]))
            next++;
        if (next >= n || page_label(L[next].s, L[next].n))
            break;
        int m = split_cells(L[next].s, L[next].n, cells);
        if (lone_number(cells, m, stt_at)) { /* a page's number */
            last = next;
            continue;
        }
        int row = row_start(cells, m, stt_at);
        int again = head && same_line(&L[next], hc, hk);
        if (m <= 0 || (next > last + 1 && !row && !again))
            break;
        if (!row && !again && L[next].s[0] != ' ')
            break; /* text at the margin: the note under the table */
        if (!row && !again && m == 1 && imp_txt_all_caps(cells[0].s, cells[0].n) &&
            !row_follows(L, n, next, stt_at))
            break; /* a signer's title under it, "NGƯỜI LẬP BIỂU": no cell's
                    * words (it and its name went into the last row's
                    * last cell, exit 0, no note: s32review); but a
                    * cell's line in capitals, "MTTQ" under "Chủ tịch Ủy
                    * ban", with rows under it, is the table's (the table
                    * ended there, its later rows KH762's: s33review) */
        if (!row && !again && !wrapped_words(rc, kr, cells, m, stt_at) &&
            !row_follows(L, n, next, stt_at))
            break; /* a note under it, indented, in small letters; a line
                    * with rows under it is the table's (two cells one
                    * space apart: cut_at_columns, s34review) */
        if (row)
            memcpy(rc, cells, sizeof rc), kr = m;
        last = next;
    }
    return last;
}

int imp_txt_layout_tables(const char *s, size_t len, Buf *out)
{
    /* the lines, once */
    size_t n_lines = 1;
    for (size_t i = 0; i < len; i++)
        n_lines += s[i] == '\n';
    Line *L = xmalloc(n_lines * sizeof *L);
    size_t n = 0;
    for (size_t i = 0; i <= len;) {
        const char *nl = i < len ? memchr(s + i, '\n', len - i) : NULL;
        size_t e = nl ? (size_t)(nl - s) : len;
        L[n++] = (Line){s + i, e - i};
        i = e + 1;
    }
    int any = 0, in_page = 0, attachments = 0; /* 1 after the first Biểu page */
    size_t done = 0; /* lines before it written to out */
    Cell cells[MAX_CELLS];
    Buf rewritten = {0};
    for (size_t l = 0; l < n; l++) {
        if (page_label(L[l].s, L[l].n)) {
            in_page = 1, attachments = 1;
            continue;
        }
        int k = split_cells(L[l].s, L[l].n, cells);
        if (!in_page) { /* a body table (head_cell), not after a Biểu page */
            in_page = !attachments && head_cell(cells, k) ? 2 : 0;
            continue;
        }
        if (in_page == 1 && header_alone(L, n, l, cells, k)) { /* a Biểu of no row yet */
            for (size_t w = done; w < l; w++) {
                buf_putn(&rewritten, L[w].s, L[w].n);
                buf_putc(&rewritten, '\n');
            }
            buf_putc(&rewritten, '|');
            for (int c = 0; c < k; c++) {
                buf_putc(&rewritten, ' ');
                for (size_t i = 0; i < cells[c].n; i++) {
                    if (cells[c].s[i] == '|')
                        buf_putc(&rewritten, '\\');
                    buf_putc(&rewritten, cells[c].s[i]);
                }
                buf_puts(&rewritten, " |");
            }
            buf_putc(&rewritten, '\n');
            any = 1;
            done = l + 1;
            in_page = 0;
            continue;
        }
        if (k < 2 || !stt_cell(cells[0].s, cells[0].n))
            continue;
        size_t stt_at = cells[0].at;
        /* a table's first row: its header lines above it, its rows below */
        size_t first, hd, h = table_top(L, l, stt_at, done, &first, &hd);
        size_t last = table_end(L, n, l, stt_at, hd ? &L[first + hd - 1] : NULL);
        for (size_t w = done; w < first; w++) {
            buf_putn(&rewritten, L[w].s, L[w].n);
            buf_putc(&rewritten, '\n');
        }
        if (write_table(L, first, hd, last, stt_at, h == l, &rewritten)) {
            any = 1;
            done = last + 1;
            in_page = 0;
            l = last;
        } else {
            /* left as it is: the lines before it stay written, so that
             * the next table does not copy them again (each page of many
             * whose table does not line up copied the text from the
             * start, n² bytes: s32review) */
            done = first;
            in_page = 0;
        }
    }
    if (any) {
        for (size_t w = done; w < n; w++) {
            buf_putn(&rewritten, L[w].s, L[w].n);
            if (w + 1 < n)
                buf_putc(&rewritten, '\n');
        }
        buf_putn(out, rewritten.data ? rewritten.data : "", rewritten.len);
    }
    buf_free(&rewritten);
    free(L);
    return any;
}
