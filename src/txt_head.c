/* txt_head.c - the lines of a PDF text's table header (pdftotext
 * -layout): which lines above a header's STT line ("TT  Nhiệm vụ ...")
 * hold the upper lines of its wrapped cells, and how many cells the
 * header has counted over its lines. A header cell wrapped over two or
 * three lines stands above, on and below the STT line as -layout prints
 * it; a Biểu's title or the paragraph before the table stands above it
 * too and is no cell of it. Moved out of txt_layout.c, which reads the
 * tables by these, when that file stood at 1,181 of tests/structure's
 * 1,200 lines (s54import). Pure functions of the text; each linear in
 * its lines.
 */
#include <string.h>

#include "import_impl.h"
#include "txt_cells.h"
#include "txt_head.h"
#include "vi.h"

/* Whether cell c, on a line above the header line h, stands over a gap
 * of h: none of h's cells under any of its places. A header cell wrapped
 * above and below the header line leaves that line empty where it stands
 * ("Số tiêu chí phấn" over the gap between "Tên xã" and "Tiêu chí số");
 * a Biểu's title centred over the header ("Danh mục công trình năm 2025"
 * over "Kinh phí") is no cell of it: it was taken into the header, the
 * column "Danh mục công trình năm 2025 Kinh phí dự kiến", the title lost,
 * exit 0 (s34review). Or over the line of h it goes on in: in small
 * letters, centred under it (a cell of three lines, its middle one on
 * the STT line: "Số tiêu" over "chí phấn" was the Biểu's note; s36imp). */
static int over_gap(const Line *h, const Cell *c)
{
    Cell hc[TXT_MAX_CELLS];
    int k = txt_split_cells(h->s, h->n, hc);
    size_t end = c->at + utf8_count(c->s, c->n);
    for (int i = 0; i < k; i++) {
        size_t hend = hc[i].at + utf8_count(hc[i].s, hc[i].n);
        if (hc[i].at < end && c->at < hend &&
            (!imp_txt_starts_lower(hc[i].s, hc[i].n) ||
             (hc[i].at + hend > c->at + end ? hc[i].at + hend - c->at - end : c->at + end - hc[i].at - hend) > 4))
            return 0;
    }
    return k > 0;
}

/* The cells of the header of hd lines from first (hk the cells of its
 * last line): its STT line's ("TT  Nhiệm vụ ... Thời gian") and, of the
 * lines above or below it, the most that stand over its gaps (over_gap:
 * a cell wrapped over three lines, "Đơn vị phối" / "hợp"); hk when no
 * line is an STT line. Counted from the last line alone, "hợp", the
 * header had one cell, fewer than the table's columns, and le-thuy's
 * Bảng 2 through either PDF was no table, its rows paragraphs, exit 0
 * (session 52: s51print's widths wrap those headers). */
int txt_head_cells(const Line *L, size_t first, size_t hd, int hk)
{
    Cell cells[TXT_MAX_CELLS];
    size_t h = first + hd;
    for (size_t l = first; l < first + hd && h == first + hd; l++)
        if (txt_head_cell(cells, txt_split_cells(L[l].s, L[l].n, cells)))
            h = l;
    if (h == first + hd)
        return hk;
    int most = 0;
    for (size_t l = first; l < first + hd; l++) {
        int k = l == h ? 0 : txt_split_cells(L[l].s, L[l].n, cells), over = 0;
        for (int c = 0; c < k; c++)
            over += over_gap(&L[h], &cells[c]);
        most = over > most ? over : most;
    }
    int k = txt_split_cells(L[h].s, L[h].n, cells);
    return k + most > hk ? k + most : hk;
}

/* Whether cell c, on a line above the header's STT line h, is the upper
 * line of h's STT cell wrapped ("Số" over "TT": a narrow column): over
 * h's first cell ("TT", "STT") and no other, its start or its middle
 * within a place of that cell's, a word or two of letters that ends no
 * sentence. Its "TT" is a capital, so over_gap took the line for none of
 * the header's: "Số" stayed a paragraph over the table, the column "TT"
 * (s53review; s54import). */
static int over_stt(const Line *h, const Cell *c)
{
    Cell hc[TXT_MAX_CELLS];
    int k = txt_split_cells(h->s, h->n, hc);
    if (!txt_stt_head(hc, k))
        return 0;
    size_t w = utf8_count(c->s, c->n), hw = utf8_count(hc[0].s, hc[0].n);
    size_t mid2 = 2 * c->at + w, hmid2 = 2 * hc[0].at + hw;
    return c->at < hc[0].at + hw && hc[0].at < c->at + w && c->at + w + 1 < hc[1].at && w <= 6 &&
           (c->at + 1 >= hc[0].at && c->at <= hc[0].at + 1 ? 1 : (mid2 > hmid2 ? mid2 - hmid2 : hmid2 - mid2) <= 2) &&
           vi_letter_case(c->s, NULL) != 0 && !imp_txt_ends_sentence(c->s, c->n);
}

/* Whether cell c, on a line above the header line h, goes on in a cell
 * of h: over h's STT cell (over_stt), or over cells of h in small letters
 * centred under it (over_gap's "Đơn vị" over "tính") and over one at
 * least. */
static int goes_on_below(const Line *h, const Cell *c)
{
    Cell hc[TXT_MAX_CELLS];
    int k = txt_split_cells(h->s, h->n, hc), under = 0;
    size_t end = c->at + utf8_count(c->s, c->n);
    for (int i = 0; i < k; i++)
        under |= hc[i].at < end && c->at < hc[i].at + utf8_count(hc[i].s, hc[i].n);
    return over_stt(h, c) || (under && over_gap(h, c));
}

/* Whether cell c begins as a table's caption does: "Bảng", "BẢNG", a
 * space, a digit ("Bảng 1. Dân số", short and centred over the header's
 * gaps). */
static int caption(const Cell *c)
{
    static const char *const words[] = {"Bảng ", "BẢNG ", NULL};
    for (int k = 0; words[k]; k++) {
        size_t w = strlen(words[k]);
        if (c->n > w && memcmp(c->s, words[k], w) == 0 && c->s[w] >= '0' && c->s[w] <= '9')
            return 1;
    }
    return 0;
}

/* Whether line a, above a wrapped header's line h, holds only the upper
 * lines of its cells: each short, no ':', not in capitals, over a gap of
 * h (over_gap) or over h's STT cell (over_stt); not a note "(...)", a
 * table's caption ("Bảng 1. ...") nor a page's label. One cell or more:
 * two wrapped cells side by side ("Đơn vị chủ" and "Đơn vị phối" over
 * "TT  Nhiệm vụ ... Thời gian", "trì" and "hợp" under it) stayed a
 * paragraph, and le-thuy's Bảng 2 through either PDF was no table, its
 * rows run into paragraphs, exit 0 (session 52: s51print's widths wrap
 * those headers). */
int txt_head_above(const Line *a, const Line *h)
{
    Cell cells[TXT_MAX_CELLS];
    int m = txt_split_cells(a->s, a->n, cells);
    if (m < 1 || a->s[strspn(a->s, " ")] == '(' || txt_page_label(a->s, a->n))
        return 0;
    if (caption(&cells[0]))
        return 0;
    for (int i = 0; i < m; i++)
        if (cells[i].n > 40 || memchr(cells[i].s, ':', cells[i].n) || imp_txt_all_caps(cells[i].s, cells[i].n) ||
            (!over_gap(h, &cells[i]) && !over_stt(h, &cells[i])))
            return 0;
    return 1;
}

size_t txt_head_top(const Line *L, size_t top, size_t h, size_t floor, size_t up)
{
    Cell cells[TXT_MAX_CELLS];
    size_t best = top;
    for (size_t x = top; x > floor && top - x < up && txt_head_above(&L[x - 1], &L[h]);) {
        x--;
        int m = txt_split_cells(L[x].s, L[x].n, cells), all = m > 0;
        for (int c = 0; c < m && all; c++)
            all = goes_on_below(&L[h], &cells[c]);
        best = all ? x : best;
    }
    return best;
}
