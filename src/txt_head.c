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

/* Whether line a, above a wrapped header's line h, holds only the upper
 * lines of its cells: each short, no ':', not in capitals, over a gap of
 * h (over_gap); not a note "(...)" nor a page's label. One cell or more:
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
    for (int i = 0; i < m; i++)
        if (cells[i].n > 40 || memchr(cells[i].s, ':', cells[i].n) || imp_txt_all_caps(cells[i].s, cells[i].n) ||
            !over_gap(h, &cells[i]))
            return 0;
    return 1;
}
