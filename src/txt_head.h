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
 * upper lines of its cells (each short, over a gap of h), not a title,
 * a note "(...)" or a page's label. */
int txt_head_above(const Line *a, const Line *h);

#endif
