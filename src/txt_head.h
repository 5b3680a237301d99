/* txt_head.h - the lines of a PDF text's table header: see txt_head.c.
 * Shared by txt_layout.c's table reader. */
#ifndef KHGEN_TXT_HEAD_H
#define KHGEN_TXT_HEAD_H

#include <stddef.h>

#include "txt_cells.h"

/* The cells of the header of hd lines from L[first] (hk the cells of its
 * last line): its STT line's and, of the lines above or below it, the
 * most that stand over its gaps; hk when no line is an STT line. */
int txt_head_cells(const Line *L, size_t first, size_t hd, int hk);

/* Whether line a, above a wrapped header's STT line h, holds only the
 * upper lines of its cells (each short, over a gap of h or over its STT
 * cell: "Số" over "TT"), not a title, a caption, a note "(...)" or a
 * page's label. */
int txt_head_above(const Line *a, const Line *h);

/* The header's first line when the lines above line top (the header's
 * first so far; h its STT line) hold the upper lines of its cells wrapped
 * over the STT line: up over the lines txt_head_above takes, at most up
 * of them and none at or above line floor, to the highest whose every
 * cell goes on in a cell of h ("Số" over "TT", "Đơn vị" over "tính"; a
 * line over h's gaps alone is a wrapped cell's middle line only under
 * such a line: else a title's); top when there is none. A header of one
 * line with "Số" over its "TT" left "Số" a paragraph over the table and
 * the column "TT", exit 0 (s53review; s54import). Linear in those lines. */
size_t txt_head_top(const Line *L, size_t top, size_t h, size_t floor, size_t up);

#endif
