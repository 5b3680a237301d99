/* import_preset.h - khgen's own Biểu 01 read back as `preset:
 * locality-targets` (import_preset.c).
 */
#ifndef KHGEN_IMPORT_PRESET_H
#define KHGEN_IMPORT_PRESET_H

#include "import_attrows.h"

/* If the attachment table (heads: its columns' headers, rows[0..n_rows)
 * of cols cells, s its shape as att_shape read it, merged: Word merged
 * cells) is the Biểu `preset: locality-targets` prints, writes its
 * `preset:` (and `columns:` when it leaves one out) into y, keeps its
 * rows for imp_preset_localities and returns 1; 0 (y untouched) when it
 * is not. */
int imp_preset_page(Ctx *c, Buf *y, const char *const *heads, int cols, const char ***rows,
                    size_t n_rows, const AttShape *s, int merged);
/* 1 if cells[0..n) (a header row) hold every column of the preset that
 * its file sets in a group ("Số tiêu chí đã đạt", "Mức đã đạt chuẩn",
 * "Mức phấn đấu đạt chuẩn", "Năm đạt chuẩn"): a table the preset printed,
 * written out (written_note's). */
int imp_preset_columns_in(Ctx *c, const char *const *cells, int n);
/* (imp_preset_localities is declared in import_impl.h, for import.c) */

#endif
