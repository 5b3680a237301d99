/* txt_layout.c - the tables of a PDF's text, a Biểu's or the body's,
 * read by their columns (a table copied out of Word with tabs is
 * txt_tabs.c's).
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
#include "txt_cells.h"
#include "txt_head.h"
#include "vi.h"

/* MAX_HEAD: a header's lines (a cell wrapped over them, centred on its
 * STT line: "Số tiêu" ... "được giao", seven lines; s36imp); HEAD_LINES:
 * a header's lines of cells side by side */
enum { MAX_COLS = TXT_MAX_PLACES, MAX_CELLS = TXT_MAX_CELLS, MAX_HEAD = TXT_MAX_HEAD, HEAD_LINES = TXT_HEAD_LINES, MAX_ROWS = 4000 };

/* Whether the k cells of a line begin a row: its STT at the table's
 * first column (stt_at, within three), or "Tổng cộng" there or in the
 * next. Its STT alone on its line begins a row too (the table's first
 * row needs more, imp_txt_layout_tables): every other cell of the row
 * centred over two lines or more, the STT between them (le-thuy's Bảng
 * 2 through Chromium, row 3; s34round). */
static int row_start(const Cell *cells, int k, size_t stt_at)
{
    if (k <= 0)
        return 0;
    if (txt_stt_cell(cells[0].s, cells[0].n))
        return cells[0].at <= stt_at + 3 && (k >= 2 || cells[0].at + 3 >= stt_at);
    return txt_total_cell(cells[0].s, cells[0].n);
}

/* Whether line a, its k cells, is a page's number printed inside the
 * table (a number alone, right of the STT column, in a space of its own:
 * Line.alone): no line of it. A centred cell's line "2025" under "... hộ
 * cận nghèo năm" was one, dropped, and the table read as top-aligned,
 * exit 0 (s37imp). */
static int lone_number(const Line *a, const Cell *cells, int k, size_t stt_at)
{
    return a->alone && k == 1 && cells[0].at > stt_at + 3 && strspn(cells[0].s, "0123456789") == cells[0].n;
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
    /* the STT column ends where a row's text begins within three places
     * ("  1  Làm đường": the text at 5, the STT at 2; s35round) */
    size_t own = stt_at + 3;
    for (int r = 0; r < kr; r++)
        if (rc[r].at > stt_at && rc[r].at <= own && !(r == 0 && txt_stt_cell(rc[0].s, rc[0].n)))
            own = rc[r].at - 1;
    for (int c = 0; c < k; c++) {
        if (cells[c].at <= own)
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

/* Whether line a is empty or holds a page break (a form feed) */
static int page_edge(const Line *a)
{
    return blank_line(a) || memchr(a->s, '\f', a->n);
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
    for (size_t j = l + 1; j < n && j <= l + ROW_AHEAD && !blank_line(&L[j]) && !txt_page_label(L[j].s, L[j].n);
         j++)
        if (row_start(cells, txt_split_cells(L[j].s, L[j].n, cells), stt_at))
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
    int ka = txt_split_cells(a->s, a->n, ca);
    if (ka <= 0 || ka != kb)
        return 0;
    for (int k = 0; k < ka; k++)
        if (ca[k].n != cb[k].n || memcmp(ca[k].s, cb[k].s, ca[k].n) != 0)
            return 0;
    return 1;
}

/* A table's columns, one grid a page: Chromium sets a long table's
 * columns anew on each page (binh-trung's Biểu 01: "Người phụ trách" at
 * 43, 52, 46 on its three pages), so all its rows' places made more
 * columns than a row has cells, the table all KH762 comments (s34round). */
typedef struct Grids {
    size_t first;             /* the table's first line */
    size_t rows, last;        /* its rows' first line (under the header), its last */
    unsigned *at;             /* at[l - first]: the grid of line l */
    size_t (*cols)[MAX_COLS]; /* each grid's columns, sorted */
    int *n;                   /* each grid's count */
    int count;
} Grids;

/* The columns of line l of the table (grids G), their count in *n */
static const size_t *grid_of(const Grids *G, size_t l, int *n)
{
    unsigned g = G->at[l - G->first];
    *n = G->n[g];
    return G->cols[g];
}

/* The index of the column cell c of line l falls in (column_of), in the
 * grid of that line's page. */
static int column_at(const Grids *G, size_t l, const Cell *c)
{
    int n;
    const size_t *cols = grid_of(G, l, &n);
    return txt_column_of(cols, n, c);
}

/* Whether cell c of line l, in column j of its page's columns, runs more
 * than three places across where column j + 1 begins: its last words may
 * be that column's, pushed left by the PDF's text (s54import's wide
 * table: "Kho vật tư của Phòng Nông" over "Đơn vị quản lý"). */
static int crosses_next(const Grids *G, size_t l, int j, const Cell *c)
{
    int n;
    const size_t *cols = grid_of(G, l, &n);
    size_t end = c->at + utf8_count(c->s, c->n);
    return j + 1 < n && cols[j + 1] > c->at + 3 && cols[j + 1] + 3 < end;
}

/* Whether a line next to line l of a table's rows, up (dir -1) or down,
 * of the same page (grids G) holds a cell in column j of its page's
 * columns cols: the next line, or the one past it when the next is a
 * row's STT line (a centred cell's lines stand either side of it). */
static int held_beside(const Line *L, size_t l, int dir, const Grids *G, const size_t *cols, int n, int j,
                       size_t stt_at)
{
    Cell near[MAX_CELLS];
    for (size_t x = l, step = 0; step < 2; step++) {
        if ((dir < 0 && x <= G->rows) || (dir > 0 && x >= G->last))
            return 0;
        x = dir < 0 ? x - 1 : x + 1;
        if (G->at[x - G->first] != G->at[l - G->first])
            return 0;
        int m = txt_split_cells(L[x].s, L[x].n, near);
        for (int d = 0; d < m; d++)
            if (txt_column_of(cols, n, &near[d]) == j)
                return 1;
        if (!row_start(near, m, stt_at))
            return 0;
    }
    return 0;
}

/* The k cells of line l of a table's rows under a row's STT line, cut
 * at its page's columns (txt_cut_at_columns), a piece cut off put back
 * on the cell before it when the lines beside it hold no cell in its
 * column (held_beside): a cell's lines stand together, and a word that
 * reached a column's place there is its own cell's, run past the place
 * ("... rà soát, cập nhật số" over "liệu.", "số" at the time's column
 * two lines under the row's one-line time: binh-trung's row 17 through
 * Chromium's PDF). Its new count. */
static int cut_under(const Line *L, size_t l, const Grids *G, size_t stt_at, Cell *cells, int k)
{
    int n, k0 = k;
    const size_t *cols = grid_of(G, l, &n);
    k = txt_cut_at_columns(cols, n, cells, k, 3);
    for (int c = 1; c < k && k > k0; c++) {
        if (cells[c].s != cells[c - 1].s + cells[c - 1].n + 1)
            continue; /* no piece cut off */
        int j = txt_column_of(cols, n, &cells[c]);
        if (held_beside(L, l, -1, G, cols, n, j, stt_at) || held_beside(L, l, 1, G, cols, n, j, stt_at))
            continue;
        cells[c - 1].n += 1 + cells[c].n;
        memmove(&cells[c], &cells[c + 1], (size_t)(k - c - 1) * sizeof *cells);
        k--, c--;
    }
    return k;
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
 * line after it), in the same column with a small letter (or a digit
 * under a line asking for more, "17.1, 17.2," over "17.8."; s37imp).
 * They went on the row above: "I  CẢI CÁCH THỂ CHẾ" took the task's
 * first line, exit 0 (s33round: tam-duong's Biểu). And the cell goes on
 * under the STT line too (under, the columns the line under y holds): a
 * cell centred in its row has lines above and below the row's middle;
 * the last line of a cell of the row above ("tháng 5/2025" under "từ
 * tháng 3 đến") over a row whose cell begins in small letters ("tháng
 * 6/2025") has none under, and was moved to that row, exit 0
 * (s34review). */
static int opens_next(const Line *L, size_t x, size_t y, size_t last, const Grids *G, const Cell *cells,
                      int k, unsigned under)
{
    Cell below[MAX_CELLS];
    if (k <= 0)
        return 0;
    for (int c = 0; c < k; c++) {
        int j = column_at(G, x, &cells[c]);
        if (j <= 0 || imp_txt_ends_sentence(cells[c].s, cells[c].n) || !(under >> j & 1))
            return 0;
        int found = 0;
        for (size_t z = x + 1; z <= y + 1 && z <= last && z <= x + 3 && !found; z++) {
            int m = txt_split_cells(L[z].s, L[z].n, below);
            for (int d = 0; d < m && !found; d++)
                if (column_at(G, z, &below[d]) == j) {
                    if (!imp_txt_starts_lower(below[d].s, below[d].n) && !(below[d].s[0] >= '0' && below[d].s[0] <= '9') &&
                        !(vi_letter_case(below[d].s, NULL) == 0 && txt_cell_goes_on(cells[c].s, cells[c].n)))
                        return 0;
                    found = 1;
                }
        }
        if (!found)
            return 0;
    }
    return 1;
}

/* Whether line l of a table (its header's last line's cells hc, hk) is
 * none of its rows' lines: empty, a page's number, the header again;
 * else its cells, cut at its page's columns as write_grid reads them. */
static int no_row_line(const Line *L, size_t l, const Cell *hc, int hk, size_t stt_at, const Grids *G,
                       Cell *cells, int *k)
{
    *k = txt_split_cells(L[l].s, L[l].n, cells);
    if (*k <= 0 || lone_number(&L[l], cells, *k, stt_at) || (hk && same_line(&L[l], hc, hk)))
        return 1;
    if (!row_start(cells, *k, stt_at))
        *k = cut_under(L, l, G, stt_at, cells, *k);
    return 0;
}

/* The cells of a table whose cells are centred in their rows, one
 * column at a time: a cell of h lines stands as many lines above its
 * row's STT line as below it (one more either side when h is even), so
 * of the lines of column j between two STT lines the first go on the
 * row above, as many as it has above its STT line (one more when the
 * next begins in a small letter and no capital of another column takes
 * its line to the row below: a first pass finds those), the rest on the
 * row below. Column j's
 * bit of up[l - first] set for each line l whose cell there goes on the
 * row below. A five-line cell's first two lines went on the row above
 * (binh-trung's row 17 through Chromium, exit 0; s34round). Linear. */
static void centred_cells(const Line *L, size_t first, size_t hd, size_t last, size_t stt_at, const Grids *G,
                          const Cell *hc, int hk, unsigned *up)
{
    Cell cells[MAX_CELLS];
    unsigned *firm = xmalloc((last - first + 1) * sizeof *firm); /* pass 0's: capitals going down */
    memset(firm, 0, (last - first + 1) * sizeof *firm);
    memset(up, 0, (last - first + 1) * sizeof *up);
    for (int j = 1; j < 2 * MAX_COLS; j++) { /* pass 0, then 1: each column */
        int pass = j >= MAX_COLS, col = j % MAX_COLS;
        size_t above = 0, gap = 0, from = first + hd; /* the row's lines above its STT; the gap's lines */
        int seen = 0;                                  /* a row met */
        for (size_t l = first + hd; l <= last + 1 && col; l++) {
            int k = 0;
            if (l <= last && no_row_line(L, l, hc, hk, stt_at, G, cells, &k))
                continue;
            if (l <= last && !row_start(cells, k, stt_at)) {
                int here = 0;
                for (int c = 0; c < k; c++)
                    here |= column_at(G, l, &cells[c]) == col;
                gap += (size_t)here;
                continue;
            }
            /* the gap from..l between two STT lines (or the table's top) */
            size_t keep = !seen ? 0 : l > last ? gap : (above < gap ? above : gap), m = 0;
            for (size_t x = from; x < l; x++) {
                if (no_row_line(L, x, hc, hk, stt_at, G, cells, &k))
                    continue;
                for (int c = 0; c < k; c++)
                    if (column_at(G, x, &cells[c]) == col) {
                        /* a cell's words going on; not on a line where
                         * another column's capital begins the row below:
                         * a line is one row's ("trước ngày" beside "Rà soát
                         * ..." went on the row above, exit 0, s35review) */
                        if (pass && m == keep && keep && keep < gap && l <= last &&
                            imp_txt_starts_lower(cells[c].s, cells[c].n) && !(firm[x - first] & ~(1u << col)))
                            keep++;
                        if (m++ >= keep && l <= last && (pass || vi_letter_case(cells[c].s, NULL) > 0))
                            (pass ? up : firm)[x - first] |= 1u << col;
                    }
            }
            above = gap - keep;
            gap = 0, seen = 1, from = l + 1;
        }
    }
    free(firm);
}

/* Whether line x (rows from line top) goes on the line above: each cell
 * under an open cell of its column, in small letters or under a line
 * that asks for more (txt_cell_goes_on: "Phòng Tài chính -" over "Kế
 * hoạch"). A top-aligned table's "tháng 5/2025" under "từ tháng 3 đến",
 * over a row whose cell begins in small letters and wraps, read as a
 * centred cell's first line made the table centred, its wrapped cells
 * split between rows (s35review); so did such a line in a capital, the
 * next row's cell "Kế hoạch các xã, thị trấn và đơn vị liên quan", exit
 * 0 (s35review's L1, s36imp). The layout alone cannot tell that line
 * from a centred cell's first line (krong-no's "Trường học; Y tế; ..."
 * under "pháp luật; Quốc phòng và An ninh"): the words do. */
static int goes_on_above(const Line *L, size_t top, size_t x, const Grids *G)
{
    Cell cells[MAX_CELLS], above[MAX_CELLS];
    int k = x > top ? txt_split_cells(L[x].s, L[x].n, cells) : 0, ka = k ? txt_split_cells(L[x - 1].s, L[x - 1].n, above) : 0;
    for (int c = 0; c < k; c++) {
        int j = column_at(G, x, &cells[c]), open = 0;
        for (int d = 0; d < ka && !open; d++)
            if (column_at(G, x - 1, &above[d]) == j && !imp_txt_ends_sentence(above[d].s, above[d].n))
                open = imp_txt_starts_lower(cells[c].s, cells[c].n) || txt_cell_goes_on(above[d].s, above[d].n);
        if (!open)
            return 0;
    }
    return k > 0;
}

/* The lines above a row's STT line that begin its cells (opens_next),
 * from the row up: up[l - first] all columns' bits for such a line l of
 * the table of lines L[first + hd..last], or when there is one, each
 * column's as centred_cells reads them; malloc'd, the caller frees it.
 * Each line is looked at from the row under it only. */
static unsigned *centred_lines(const Line *L, size_t first, size_t hd, size_t last, size_t stt_at,
                               const Grids *G, const Cell *hc, int hk)
{
    Cell cells[MAX_CELLS];
    unsigned *up = xmalloc((last - first + 1) * sizeof *up);
    memset(up, 0, (last - first + 1) * sizeof *up);
    int any = 0;
    for (size_t y = last; y > first + hd; y--) {
        int k = txt_split_cells(L[y].s, L[y].n, cells);
        if (!row_start(cells, k, stt_at))
            continue;
        unsigned under = 0; /* the columns the row's line under y holds */
        k = y < last ? txt_split_cells(L[y + 1].s, L[y + 1].n, cells) : 0;
        if (!row_start(cells, k, stt_at) && !(y < last && lone_number(&L[y + 1], cells, k, stt_at)))
            for (int c = 0; c < k; c++) {
                int j = column_at(G, y + 1, &cells[c]);
                if (j >= 0)
                    under |= 1u << j;
            }
        size_t top = y;
        for (size_t x = y; x-- > first + hd;) {
            k = txt_split_cells(L[x].s, L[x].n, cells);
            if (row_start(cells, k, stt_at) || lone_number(&L[x], cells, k, stt_at) ||
                (hd && same_line(&L[x], hc, hk)) ||
                !opens_next(L, x, y, last, G, cells, k, under))
                break;
            up[x - first] = ~0u;
            top = x;
        }
        int centred = top < y && !goes_on_above(L, first + hd, top, G);
        for (size_t x = top; x < y && !centred; x++)
            up[x - first] = 0;
        any |= centred;
    }
    if (any) /* the table's cells are centred */
        centred_cells(L, first, hd, last, stt_at, G, hc, hk, up);
    return up;
}

/* The columns of the table of lines L[first + hd..last]: where its rows'
 * cells begin (those within three places one; with all, every line's
 * but the header again, hc/hk), sorted, in cols; their count, the
 * fullest row's cells in *widest; -1 when a line does not split or there
 * are more than MAX_COLS. co[j]: the columns a line holds a cell in
 * beside column j (txt_merge_drifted reads it). */
static int row_columns(const Line *L, size_t first, size_t hd, size_t last, size_t stt_at, int all,
                       const Cell *hc, int hk, size_t cols[MAX_COLS], int *widest, unsigned co[MAX_COLS])
{
    Cell cells[MAX_CELLS];
    int n_cols = 0;
    *widest = 0;
    memset(co, 0, MAX_COLS * sizeof *co);
    /* pass 0 the columns, pass 1 which of them each line holds */
    for (int pass = 0; pass < 2; pass++)
        for (size_t l = first + hd; l <= last; l++) {
            int k = txt_split_cells(L[l].s, L[l].n, cells);
            if (k < 0)
                return -1;
            int row = row_start(cells, k, stt_at);
            if (!row) {
                /* every line's cells set columns: a centred table's whose
                 * STT lines hold few (le-thuy's Bảng 2, s34round) */
                if (!all || lone_number(&L[l], cells, k, stt_at) || (hk && same_line(&L[l], hc, hk)))
                    continue;
            } else {
                *widest = k > *widest ? k : *widest;
            }
            /* a totals row's "Cộng" is centred over the cells it merges: it
             * sets no column (it made one of its own, and the table did not
             * line up: le-thuy's Bảng 1 through Chromium, s33round) */
            size_t prev = (size_t)-1; /* the column place the line's cell before fell at */
            unsigned held = 0;
            for (int c = !row || txt_stt_cell(cells[0].s, cells[0].n) ? 0 : 1; c < k; c++) {
                int j = 0;
                /* two cells of a line are two columns, however near: "  1  Làm
                 * đường" (an STT and its text three places apart) made one,
                 * no table, its rows paragraphs, exit 0 (s34mut; s35round) */
                while (j < n_cols && (cols[j] + 3 < cells[c].at || cells[c].at + 3 < cols[j] || cols[j] == prev))
                    j++;
                if (j < n_cols) {
                    prev = cols[j];
                    held |= 1u << j;
                    continue;
                }
                prev = cells[c].at;
                if (pass)
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
            for (int j = 0; j < n_cols && pass; j++)
                co[j] |= held >> j & 1 ? held : 0;
        }
    return n_cols;
}

/* The grids of the table of lines L[first..last] (hd header lines from
 * first, the last's cells hc, hk) into G: one when its rows' cells line
 * up as a whole (row_columns; all: every line's cells, no more columns
 * than the header has cells), else one a page (a form feed, or the
 * header again, begins one), each page's from its own rows, as many as
 * the first's (a page of no row takes the page before's); the grids'
 * count, 0 when a page does not line up, or its rows' STT lines (not
 * all) fill fewer columns than the header has cells (nothing to free
 * then). Linear:
 * each line split a few times. */
static int page_grids(const Line *L, size_t first, size_t hd, size_t last, size_t stt_at, int all, const Cell *hc,
                      int hk, Grids *G)
{
    int head_n = txt_head_cells(L, first, hd, hk);
    Cell cells[MAX_CELLS];
    size_t n = last - first + 1;
    G->first = first, G->rows = first + hd, G->last = last;
    G->at = xmalloc(n * sizeof *G->at);
    G->cols = xmalloc(n * sizeof *G->cols);
    G->n = xmalloc(n * sizeof *G->n);
    G->count = 0;
    unsigned co[MAX_COLS];
    int widest, m = row_columns(L, first, hd, last, stt_at, all, hc, hk, G->cols[0], &widest, co);
    if (all) /* no more columns than the header has cells */
        widest = head_n > widest ? head_n : widest;
    m = txt_merge_drifted(G->cols[0], m, co, widest);
    /* the rows' STT lines show fewer columns than the header has cells:
     * a column whose cells stand on other lines than their STT's (a
     * centred table) was left out, its words read in the column before
     * ("Số lượng" over "Nơi bố trí" made one, "... các xã, 350 thị trấn",
     * exit 0; s55import): every line's cells say (all) */
    if (!all && m >= 2 && m < head_n && m == widest)
        goto refuse;
    if (m >= 2 && m <= widest) { /* the table lines up as a whole */
        memset(G->at, 0, n * sizeof *G->at);
        G->n[0] = m;
        return G->count = 1;
    }
    size_t start = first;
    int rows = 0;
    for (size_t l = first + hd; l <= last + 1; l++) {
        if (l <= last && !(rows && (memchr(L[l].s, '\f', L[l].n) || (hk && same_line(&L[l], hc, hk))))) {
            int k = txt_split_cells(L[l].s, L[l].n, cells);
            rows += row_start(cells, k, stt_at);
            continue;
        }
        unsigned g = (unsigned)G->count;
        if (rows) {
            m = row_columns(L, start, start == first ? hd : 0, l - 1, stt_at, all, hc, hk, G->cols[g], &widest, co);
            if (all)
                widest = head_n > widest ? head_n : widest;
            m = txt_merge_drifted(G->cols[g], m, co, g ? G->n[0] : widest);
            /* the first page's count, which its rows' cells showed: a
             * later page's rows may all have a cell left empty, or two
             * cells printed one space apart; and its own columns, not
             * the count by chance (txt_page_columns) */
            if (m < 2 || (g ? m != G->n[0] : m > widest) ||
                (g && !txt_page_columns(L, start, l, hk && same_line(&L[start], hc, hk) ? &L[start] : NULL,
                                        G->cols[g], m)))
                break;
            G->n[g] = m;
            G->count++;
        } else if (g) {
            g--; /* no row on it: the page before's grid */
        } else {
            break;
        }
        for (size_t x = start; x < l; x++)
            G->at[x - first] = g;
        if (l > last)
            return G->count;
        start = l;
        rows = 0;
        l--; /* line l again, the new page's first */
    }
refuse:
    free(G->at);
    free(G->cols);
    free(G->n);
    return 0;
}

/* The cells of line l of a table's rows (not its header) as write_grid
 * reads them, cut at its page's columns (cut_pushed on a row's STT line,
 * else cut_at_columns), their count; 0 for a line of no cell, a page's
 * number or the header again (hc, hk). *starts: whether it begins a row. */
static int body_cells(const Line *L, size_t l, size_t stt_at, const Grids *G, const Cell *hc, int hk,
                      Cell *cells, int *starts)
{
    int k = txt_split_cells(L[l].s, L[l].n, cells);
    *starts = 0;
    if (k <= 0 || lone_number(&L[l], cells, k, stt_at) || (hk && same_line(&L[l], hc, hk)))
        return 0;
    *starts = row_start(cells, k, stt_at);
    int lc;
    const size_t *lcols = grid_of(G, l, &lc);
    return *starts ? txt_cut_pushed(lcols, lc, cells, k) : cut_under(L, l, G, stt_at, cells, k);
}

/* Each grid's columns' longest line in characters, chars[g * MAX_COLS +
 * j] (txt_cell_break), of the rows of the table of lines L[first + hd..
 * last] (grids G, the header's last line's cells hc, hk), less a cell
 * across the next column; malloc'd, the caller frees it. */
static size_t *column_chars(const Line *L, size_t first, size_t hd, size_t last, size_t stt_at, const Grids *G,
                            const Cell *hc, int hk)
{
    Cell cells[MAX_CELLS];
    size_t *chars = xmalloc((size_t)G->count * MAX_COLS * sizeof *chars);
    memset(chars, 0, (size_t)G->count * MAX_COLS * sizeof *chars);
    for (size_t l = first + hd; l <= last; l++) {
        int n, starts, k = body_cells(L, l, stt_at, G, hc, hk, cells, &starts);
        const size_t *cols = grid_of(G, l, &n);
        for (int c = 0; c < k; c++) {
            int j = column_at(G, l, &cells[c]);
            size_t w = utf8_count(cells[c].s, cells[c].n);
            /* not a cell across the next column (a group row's title) */
            if (j >= 0 && (j + 1 >= n || cells[c].at + w <= cols[j + 1] + 3) &&
                w > chars[G->at[l - first] * MAX_COLS + (size_t)j])
                chars[G->at[l - first] * MAX_COLS + (size_t)j] = w;
        }
    }
    return chars;
}

/* The header's columns right of every row's cells on the table's first
 * page added to its grid (G->cols[0]): columns the rows leave empty ("Cơ
 * quan phụ trách" over nothing yet), but for the header of the rows' last
 * column when none stands over it (txt_last_head). A later page's rows
 * never reach those. */
static void empty_columns(const Line *L, size_t first, size_t hd, size_t last, size_t stt_at, Grids *G,
                          const Cell *hc, int hk)
{
    Cell cells[MAX_CELLS];
    size_t *cols = G->cols[0], data_end = 0;
    for (size_t l = first + hd; l <= last && G->at[l - first] == 0; l++) {
        int k = txt_split_cells(L[l].s, L[l].n, cells);
        if (lone_number(&L[l], cells, k, stt_at) || (hd && same_line(&L[l], hc, hk)))
            continue; /* a page's number, the header again */
        for (int c = 0; c < k; c++) {
            size_t e = cells[c].at + utf8_count(cells[c].s, cells[c].n);
            data_end = e > data_end ? e : data_end;
        }
    }
    size_t own_end, own = txt_last_head(L, first, hd, cols, G->n[0], data_end, &own_end);
    for (size_t l = first; l < first + hd; l++) {
        int k = txt_split_cells(L[l].s, L[l].n, cells);
        for (int c = 0; c < k; c++)
            if (cells[c].at > data_end + 1 && G->n[0] < MAX_COLS && cells[c].at > cols[G->n[0] - 1] + 3 &&
                !(cells[c].at >= own && cells[c].at < own_end)) /* the last column's header */
                cols[G->n[0]++] = cells[c].at;
    }
}

/* Writes the table of lines L[first..last] (hd header lines from first)
 * as pipe rows to out, then the empty lines; 0 (nothing written) when it
 * does not line up. groups 0: the header's upper lines are no column
 * groups (its cells wrapped); all: page_grids'. Its guessed cuts counted
 * in *guess (txt_count_cut). */
static int write_grid(const Line *L, size_t first, size_t hd, size_t last, size_t stt_at, int groups, int all,
                      Buf *out, TxtCellDoubt *guess)
{
    Cell cells[MAX_CELLS];
    Cell hc[MAX_CELLS]; /* the header's last line's cells, split once (same_line) */
    int hk = hd ? txt_split_cells(L[first + hd - 1].s, L[first + hd - 1].n, hc) : 0;
    Grids G;
    if (!page_grids(L, first, hd, last, stt_at, all, hc, hk, &G))
        return 0;
    empty_columns(L, first, hd, last, stt_at, &G, hc, hk);
    size_t *cols = G.cols[0];
    int n_cols = G.n[0];
    /* the cells, a Buf a column of each row */
    size_t n_rows = 0;
    for (size_t l = first + hd; l <= last; l++) {
        int k = txt_split_cells(L[l].s, L[l].n, cells);
        n_rows += row_start(cells, k, stt_at);
    }
    Buf *text = xmalloc((n_rows + 1) * (size_t)n_cols * sizeof *text);
    memset(text, 0, (n_rows + 1) * (size_t)n_cols * sizeof *text);
    signed char g[MAX_HEAD][MAX_CELLS], span[MAX_HEAD][MAX_CELLS];
    /* groups 0 (a header of wrapped cells: imp_txt_layout_tables): none */
    txt_header_groups(L, first, groups ? hd : 0, cols, n_cols, g, span);
    size_t mid_at[MAX_HEAD][MAX_CELLS]; /* its header cells' middles */
    txt_head_middles(L, first, hd, g, mid_at);
    unsigned *up = centred_lines(L, first, hd, last, stt_at, &G, hc, hk);
    size_t *chars = column_chars(L, first, hd, last, stt_at, &G, hc, hk);
    size_t *from = xmalloc((n_rows + 1) * (size_t)n_cols * sizeof *from); /* each cell's last line's start */
    /* where a cell of the row ran across each column's place: its line + 1, 0 none */
    size_t *over = xmalloc((n_rows + 1) * (size_t)n_cols * sizeof *over);
    memset(over, 0, (n_rows + 1) * (size_t)n_cols * sizeof *over);
    Buf group[MAX_COLS] = {{0}}; /* each column's group's name */
    int ok = 1;
    size_t row = 0; /* row 0 the header */
    for (size_t l = first; l <= last && ok; l++) {
        int header = l < first + hd, starts = 0, gn = 0;
        int k = header ? txt_split_cells(L[l].s, L[l].n, cells) : body_cells(L, l, stt_at, &G, hc, hk, cells, &starts);
        if (k <= 0)
            continue; /* no cell, a page's number, the header again */
        if (!header) { /* its grid's columns (grid_of sets gn) */
            const size_t *gcols = grid_of(&G, l, &gn);
            txt_count_cut(l, cells, k, gcols, gn, guess);
        }
        if (starts)
            row++;
        else if (!header && column_at(&G, l, &cells[0]) <= 0)
            ok = 0; /* text at the STT's column */
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
                mid.at = l - first < MAX_HEAD ? mid_at[l - first][c] : mid.at + utf8_count(mid.s, mid.n) / 2;
                j = txt_column_of(cols, n_cols, &mid);
                j = j < 0 ? 0 : j;
                if (used[j])
                    ok = 0; /* two of a header line's cells over one column */
            } else {
                /* a totals row's label: the STT's column, the merged
                 * cells' first */
                j = starts && c == 0 && !txt_stt_cell(cells[0].s, cells[0].n) ? 0
                                                                          : column_at(&G, l, &cells[c]);
                if (j < 0 || (used[j] && starts))
                    ok = 0; /* two cells of a row in one column */
            }
            /* the row its words go in: a centred cell's, the row below */
            size_t into = header || starts ? row : row + ((up[l - first] >> j) & 1u);
            if (!header && into == 0)
                ok = 0; /* a line of no row */
            if (!ok)
                break;
            used[j] = 1;
            size_t at = into * (size_t)n_cols + (size_t)j;
            if (!header && j + 1 < n_cols && !over[at + 1] && crosses_next(&G, l, j, &cells[c]))
                over[at + 1] = l + 1;
            Buf *b = &text[at];
            if (b->len && !header &&
                txt_cell_break(b->data + from[at], b->len - from[at], &cells[c],
                               chars[G.at[l - first] * MAX_COLS + (size_t)j]))
                buf_puts(b, "<br>");
            else if (b->len)
                buf_putc(b, ' ');
            from[at] = b->len;
            for (size_t i = 0; i < cells[c].n; i++) {
                if (cells[c].s[i] == '|')
                    buf_putc(b, '\\');
                buf_putc(b, cells[c].s[i]);
            }
        }
    }
    for (size_t at = n_cols; ok && at < (n_rows + 1) * (size_t)n_cols; at++)
        if (over[at] && text[at].len && !guess->over++) /* the next column's words: a doubt */
            guess->over_line = (int)over[at], guess->over_col = (int)(at % (size_t)n_cols) + 1;
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
    free(from);
    free(over);
    free(chars);
    free(up);
    free(G.at);
    free(G.cols);
    free(G.n);
    return ok;
}

/* Writes the table of lines L[first..last] (write_grid): its columns
 * where its rows' cells begin, else, when those do not line up, where
 * any of its lines' cells begin (a table whose cells are centred in
 * their rows: le-thuy's Bảng 2 through Chromium, its "Nhiệm vụ" cells
 * two lines each, above and below their STT lines, none on them). */
static int write_table(const Line *L, size_t first, size_t hd, size_t last, size_t stt_at, int groups,
                       Buf *out, TxtCellDoubt *doubt)
{
    for (int all = 0; all < 2; all++) {
        TxtCellDoubt g = {0};
        if (write_grid(L, first, hd, last, stt_at, groups, all, out, &g)) {
            if (g.cut && !doubt->cut++) /* the first table's first */
                memcpy(doubt->cut_words, g.cut_words, sizeof g.cut_words), doubt->cut_line = g.cut_line,
                    doubt->cut_col = g.cut_col, memcpy(doubt->cut_left, g.cut_left, sizeof g.cut_left);
            doubt->cut += g.cut - (g.cut > 0);
            if (g.across && !doubt->across)
                doubt->across_line = g.across_line, doubt->across_col = g.across_col;
            doubt->across += g.across;
            if (g.over && !doubt->over)
                doubt->over_line = g.over_line, doubt->over_col = g.over_col;
            doubt->over += g.over;
            return 1;
        }
    }
    return 0;
}

/* The line of the first row under the header at line l of the n lines L
 * (its STT cell at stt_at) when one or two empty lines stand between them
 * (pdftotext -layout leaves the height of a tall header's cell empty), or
 * l when none: a Biểu's rows under an empty line were its note, run into
 * one, and the table had no row, exit 0, no word (s34mut, from the
 * surviving txt_layout-172 of s33mut). */
enum { HEAD_GAP = 2 };

static size_t head_over_blank(const Line *L, size_t n, size_t l, size_t stt_at)
{
    Cell cells[MAX_CELLS];
    size_t r = l + 1;
    while (r < n && r - l <= HEAD_GAP && blank_line(&L[r]))
        r++;
    if (r == l + 1 || r >= n || r - l > HEAD_GAP + 1)
        return l;
    int m = txt_split_cells(L[r].s, L[r].n, cells);
    return m >= 2 && txt_stt_cell(cells[0].s, cells[0].n) && row_start(cells, m, stt_at) ? r : l;
}

/* Whether line l of the n lines L, its k cells, is a table's header with
 * no row under it: "STT" or "TT" then two cells or more, one line, an
 * empty line or the text's end below it and no line of two cells or more
 * above it (a Biểu whose rows are to come: it stayed the KH762 note,
 * s31foreign). */
static int header_alone(const Line *L, size_t n, size_t l, const Cell *cells, int k)
{
    Cell above[MAX_CELLS];
    if (!txt_head_cell(cells, k))
        return 0;
    if (l + 1 < n && !blank_line(&L[l + 1]))
        return 0;
    if (head_over_blank(L, n, l, cells[0].at) > l)
        return 0; /* its rows come after the empty lines */
    return l == 0 || txt_split_cells(L[l - 1].s, L[l - 1].n, above) < 2;
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
        int m = txt_split_cells(L[u].s, L[u].n, cells);
        if (m <= 0 || row_start(cells, m, stt_at) || txt_page_label(L[u].s, L[u].n))
            return l;
        if (txt_head_cell(cells, m))
            return u + 1 < l ? u : l;
    }
    return l;
}

/* *first moved up over the upper lines of the header's cells wrapped
 * over its STT line (txt_head_top: "Số" over "TT"), the header's lines
 * L[*first..end) holding that line; MAX_HEAD lines at most in all. */
static void wrapped_upper(const Line *L, size_t *first, size_t end, size_t floor)
{
    Cell cells[MAX_CELLS];
    for (size_t s = *first; s < end; s++)
        if (txt_stt_head(cells, txt_split_cells(L[s].s, L[s].n, cells))) {
            if (end - *first + 1 < MAX_HEAD)
                *first = txt_head_top(L, *first, s, floor, MAX_HEAD - 1 - (end - *first));
            return;
        }
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
        while (end < l && end - h < MAX_HEAD && txt_split_cells(L[end].s, L[end].n, cells) >= 1 &&
               imp_txt_starts_lower(cells[0].s, cells[0].n))
            end++;
        *first = h;
        while (end > h + 1 && *first > floor && end - *first < MAX_HEAD && txt_head_above(&L[*first - 1], &L[h]))
            (*first)--;
        if (end == h + 1)
            wrapped_upper(L, first, end, floor);
        *hd = end - *first;
    } else {
        /* a header over empty lines over the first row: its STT line the
         * last line over them or one of the header's lines above it (the
         * header's second line "Mức đã đạt chuẩn ..."); the header's lines
         * end over them, the empty lines are skipped as the rows' */
        size_t u = l, s;
        while (u > 0 && l - u < HEAD_GAP && blank_line(&L[u - 1]))
            u--;
        /* not above floor nor past a label: Biểu 01 was copied again as
         * Biểu 02's header, then its note, exit 0 (s35review) */
        for (s = u - (u > 0); s > floor && u - s < HEAD_LINES &&
                              !txt_stt_head(cells, txt_split_cells(L[s].s, L[s].n, cells)) &&
                              txt_split_cells(L[s - 1].s, L[s - 1].n, cells) >= 1 &&
                              !txt_page_label(L[s - 1].s, L[s - 1].n);)
            s--;
        if (u < l && u > floor && txt_stt_head(cells, txt_split_cells(L[s].s, L[s].n, cells)) &&
            head_over_blank(L, l + 1, u - 1, cells[0].at) == l) {
            *first = s;
            while (*first > floor && u - *first < HEAD_LINES &&
                   txt_split_cells(L[*first - 1].s, L[*first - 1].n, cells) >= 2 &&
                   L[*first - 1].s[strspn(L[*first - 1].s, " ")] != '(' &&
                   !txt_page_label(L[*first - 1].s, L[*first - 1].n))
                (*first)--;
            wrapped_upper(L, first, u, floor);
            *hd = u - *first;
            return h;
        }
        /* a header line holds two cells or more: the page's title above
         * it, one line centred ("DANH SÁCH XÃ"), is not the header's */
        while (*first > floor && l - *first < HEAD_LINES && txt_split_cells(L[*first - 1].s, L[*first - 1].n, cells) >= 2 &&
               L[*first - 1].s[strspn(L[*first - 1].s, " ")] != '(' && !txt_page_label(L[*first - 1].s, L[*first - 1].n))
            (*first)--;
        wrapped_upper(L, first, l, floor);
        *hd = l - *first;
    }
    return h;
}

/* Whether the k cells of a line under a row (its cells rc, kr) are that
 * row's cells' words though they run across a column: the first begins
 * where one of the row's cells after its STT begins (within one place),
 * and cut once where those begin (txt_cut_at_columns: a word at the very
 * place) each piece stays in its column (wrapped_words): "bệnh cho nhân
 * dân toàn xã và các Ban công tác mặt trận", two cells -layout printed
 * one space apart. Under the last row (no row under it to tell,
 * row_follows) such a line was the Biểu's note, exit 0 (s34review's LOW).
 * A note across the columns begins elsewhere (at the margin, the STT,
 * between two columns: s33low), or crosses more than one column's start;
 * the text's next paragraph at the first cell's place, "(Chi tiết theo
 * Biểu 01 đính kèm).", has no word at a column's very place ("01" one
 * short: le-thuy through LibreOffice's PDF, round33), nor a bracket
 * opened in one piece and closed in another (txt_bracket_cut). */
static int touches_columns(const Cell *rc, int kr, const Cell *cells, int k, size_t stt_at)
{
    size_t cols[MAX_CELLS];
    int n_cols = 0, at_one = 0;
    for (int r = 0; r < kr; r++)
        if (rc[r].at > stt_at + 3) {
            cols[n_cols++] = rc[r].at;
            at_one |= cells[0].at + 1 >= rc[r].at && cells[0].at <= rc[r].at + 1;
        }
    if (!at_one || k <= 0)
        return 0;
    Cell cut[MAX_CELLS];
    memcpy(cut, cells, (size_t)k * sizeof *cut);
    int kc = txt_cut_at_columns(cols, n_cols, cut, k, 1);
    return kc == k + 1 && !txt_bracket_cut(cut, kc) && wrapped_words(rc, kr, cut, kc, stt_at);
}

/* Whether the hd lines of the table's header from line first (hd >= 2)
 * are printed again from line x of the n lines L, each with the same
 * cells (same_line): a page's top, the header repeated over a long
 * table. If so, its upper lines are emptied (their length kept in
 * Line.hid, for the caller to give back when the table is not written),
 * so that its last line is the header again, as one line's is. A
 * three-line header repeated over le-thuy's wide Bảng 1 ended the table
 * there, its totals row "Cộng 1.574" and the header's lines paragraphs,
 * exit 0, no word (s55import). */
static int head_again(Line *L, size_t n, size_t x, size_t first, size_t hd)
{
    Cell hc[MAX_CELLS];
    if (hd < 2 || x + hd > n)
        return 0;
    for (size_t i = 0; i < hd; i++) {
        int k = txt_split_cells(L[first + i].s, L[first + i].n, hc);
        if (k <= 0 || !same_line(&L[x + i], hc, k))
            return 0;
    }
    for (size_t i = 0; i + 1 < hd; i++)
        L[x + i].hid = L[x + i].n, L[x + i].n = 0;
    return 1;
}

/* The last line of the table whose first row is line l of the n lines L
 * (its STT at stt_at, its header the hd lines from line first): its rows,
 * the lines of their cells, page breaks and the header again (head_again
 * empties a repeated header's upper lines), up to MAX_ROWS lines; *under
 * the line after it (1-based) when it may be the last row's words
 * (txt_pushed_under), else 0. */
static size_t table_end(Line *L, size_t n, size_t l, size_t stt_at, size_t first, size_t hd, size_t *under)
{
    Cell cells[MAX_CELLS];
    const Line *head = hd ? &L[first + hd - 1] : NULL;
    size_t last = l;
    Cell hc[MAX_CELLS], rc[MAX_CELLS]; /* its cells, the last row line's: split once */
    int hk = head ? txt_split_cells(head->s, head->n, hc) : 0;
    int kr = txt_split_cells(L[l].s, L[l].n, rc);
    int new_page = 0; /* the header again since the last row: a new page, its own columns */
    size_t taken = 0;  /* the first line a new page took that is no row's words, 0 when none */
    size_t row_at = l; /* the last row's STT line */
    size_t place[TXT_MAX_PLACES]; /* where the table's lines' cells begin, right of the STT */
    int n_place = txt_add_places(place, 0, rc, kr, stt_at);
    *under = 0;
    while (last + 1 < n && last - l < MAX_ROWS) {
        size_t next = last + 1;
        /* a page break inside the table: its form feed and empty
         * lines, then the header again or the next row */
        while (next < n && next - last < 8 && blank_line(&L[next]))
            next++;
        if (next >= n || txt_page_label(L[next].s, L[next].n))
            break;
        if (head_again(L, n, next, first, hd))
            next += hd - 1; /* its last line: the header again */
        int m = txt_split_cells(L[next].s, L[next].n, cells);
        if (lone_number(&L[next], cells, m, stt_at)) { /* a page's number */
            last = next;
            continue;
        }
        int row = row_start(cells, m, stt_at);
        int again = head && same_line(&L[next], hc, hk);
        Cell low[MAX_CELLS]; /* an STT alone is a row's over its cells' lines or a row, not a label
                              * alone ("III." over an empty line: an empty row, the section's number
                              * lost, exit 0, s35review) */
        int kl = row && m == 1 && next + 1 < n ? txt_split_cells(L[next + 1].s, L[next + 1].n, low) : 0;
        if (row && m == 1 && txt_stt_cell(cells[0].s, cells[0].n) &&
            (kl < 1 || (low[0].at <= stt_at + 3 && !row_start(low, kl, stt_at))))
            break;
        if (m <= 0 || (next > last + 1 && !row && !again))
            break;
        if (!again && txt_head_cell(cells, m))
            break; /* another table's header ("STT" and its cells) */
        if (!row && !again && L[next].s[0] != ' ')
            break; /* text at the margin: the note under the table */
        if (!row && !again && m == 1 && imp_txt_all_caps(cells[0].s, cells[0].n) &&
            !row_follows(L, n, next, stt_at) && !txt_centred_below(L, row_at, next, cells[0].at))
            break; /* a signer's title under it, "NGƯỜI LẬP BIỂU": no cell's
                    * words (it and its name went into the last row's
                    * last cell, exit 0, no note: s32review); but a
                    * cell's line in capitals, "MTTQ" under "Chủ tịch Ủy
                    * ban", with rows under it, is the table's (the table
                    * ended there, its later rows KH762's: s33review) */
        if (!row && !again &&
            ((!wrapped_words(rc, kr, cells, m, stt_at) && !touches_columns(rc, kr, cells, m, stt_at)) ||
             (m == 1 && txt_crosses_places(place, n_place, &cells[0]))) &&
            !row_follows(L, n, next, stt_at)) {
            if (!new_page) {
                *under = txt_pushed_under(rc, kr, cells, m, stt_at) ? next + 1 : 0;
                break;
            } /* a note under it, indented, in small letters; with
                        * rows under it the table's (cut_at_columns, s34review),
                        * and one cut at the row's columns (touches_columns) */
            taken = taken ? taken : next; /* a new page's centred cell's first
                                           * line (binh-trung's row 19) if a row comes */
        }
        if (!again)
            n_place = txt_add_places(place, n_place, cells, m, stt_at);
        new_page = (new_page || again) && !row;
        if (row)
            taken = 0, row_at = next;
        if (row || (kr == 1 && m > 0 && !again))
            memcpy(rc, cells, sizeof rc), kr = m; /* an STT alone on its
                    * line: its row's cells stand on the line under it (a
                    * centred row); else a paragraph right under the table
                    * ran across those and went into the row's cells, cut
                    * at its columns, exit 0 (le-thuy's Bảng 2 through
                    * LibreOffice's PDF, no empty line after it; s35round) */
        last = next;
    }
    /* no row came: a note under a row carried over a page went into its
     * cells, exit 0 (s35review) */
    return taken ? taken - 1 : last;
}

int imp_txt_layout_tables(const char *s, size_t len, Buf *out, TxtCellDoubt *doubt)
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
        L[n++] = (Line){.s = s + i, .n = e - i};
        i = e + 1;
    }
    for (size_t l = 0; l < n; l++) /* a page's number stands alone: the page's edge above and below */
        L[l].alone = page_edge(&L[l]) || ((!l || page_edge(&L[l - 1])) && (l + 1 >= n || page_edge(&L[l + 1])));
    char **owned = xmalloc(3 * n * sizeof *owned); /* two a line at most, then one */
    size_t n_owned = 0;
    txt_mend_split_stt(L, n, owned, &n_owned);
    txt_mend_glued_stt(L, n, owned, &n_owned);
    int any = 0, in_page = 0, attachments = 0; /* 1 after the first Biểu page */
    size_t done = 0; /* lines before it written to out */
    size_t failed = 0; /* the lines before it a table that did not line up took */
    Cell cells[MAX_CELLS];
    Buf rewritten = {0};
    for (size_t l = 0; l < n; l++) {
        if (txt_page_label(L[l].s, L[l].n)) {
            in_page = 1, attachments = 1;
            continue;
        }
        int k = txt_split_cells(L[l].s, L[l].n, cells);
        if (k < 0 && !doubt->wide++) /* more cells than a table's: its words stay text */
            doubt->wide_line = (int)l + 1;
        if (!in_page) { /* a body table (head_cell), not after a Biểu page */
            in_page = !attachments && txt_head_cell(cells, k) && l >= failed ? 2 : 0;
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
        if (k < 2 || !txt_stt_cell(cells[0].s, cells[0].n))
            continue;
        size_t stt_at = cells[0].at;
        /* a table's first row: its header lines above it, its rows below */
        size_t first, hd, h = table_top(L, l, stt_at, done, &first, &hd);
        size_t under, last = table_end(L, n, l, stt_at, first, hd, &under);
        for (size_t w = done; w < first; w++) {
            buf_putn(&rewritten, L[w].s, L[w].n);
            buf_putc(&rewritten, '\n');
        }
        if (write_table(L, first, hd, last, stt_at, h == l, &rewritten, doubt)) {
            any = 1;
            /* a Biểu's note (a paragraph right under a body's table is the norm) */
            if (under && in_page == 1 && !doubt->under++)
                doubt->under_line = (int)under;
            done = last + 1;
            in_page = 0;
            l = last;
        } else {
            for (size_t w = first; w <= last; w++) /* a header printed again: its lines back */
                if (L[w].hid)
                    L[w].n = L[w].hid, L[w].hid = 0;
            /* left as it is: the lines before it stay written, so that
             * the next table does not copy them again (each page of many
             * whose table does not line up copied the text from the
             * start, n² bytes: s32review) */
            done = first;
            in_page = 0;
            /* no table from its header again in it: each page read to
             * the end again, n² (s35review); table_end stops at another */
            failed = last + 1;
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
    for (size_t i = 0; i < n_owned; i++)
        free(owned[i]);
    free(owned);
    free(L);
    return any;
}
