/* import_preset.h - khgen's own Biểu 01 read back as `preset:
 * locality-targets` (import_preset.c).
 */
#ifndef KHGEN_IMPORT_PRESET_H
#define KHGEN_IMPORT_PRESET_H

#include "import_attrows.h"

/* An attachment table as put_page (import_tables.c) read it: its
 * columns' headers, its rows as plan text (n_rows of cols cells), its
 * shape (att_shape's); each row's paragraph, cells as written and width;
 * the header's paragraph and cells as written, the header rows under it
 * (n_heads of them, paragraphs from head_paras); noted: something of the
 * page is said in a note (cells merged, figures of another notation, a
 * row of column numbers, a header repeated, cells past the columns). */
typedef struct ImpPresetPage {
    const char *const *heads;
    int cols;
    const char ***rows;
    size_t n_rows;
    const AttShape *shape;
    const Para *const *paras;
    const char ***raw;
    const int *widths;
    const Para *header_para;
    const char *const *header_raw;
    const Para *const *head_paras;
    const char ***head_raw;
    int n_heads;
    int noted;
} ImpPresetPage;

/* If the table is the Biểu `preset: locality-targets` prints, and
 * nothing of it would be a note (the page noted, a row's comment or text
 * box, a row short of cells, emphasis khgen does not print: the rows are
 * written out with them, never lost), writes its `preset:` (and
 * `columns:` when it leaves one out) into y, keeps its rows for
 * imp_preset_localities and returns 1; 0 (y untouched) when not. */
int imp_preset_page(Ctx *c, Buf *y, const ImpPresetPage *t);
/* 1 if cells[0..n) (a header row) hold every column of the preset that
 * its file sets in a group ("Số tiêu chí đã đạt", "Mức đã đạt chuẩn",
 * "Mức phấn đấu đạt chuẩn", "Năm đạt chuẩn"): a table the preset printed,
 * written out (written_note's). */
int imp_preset_columns_in(Ctx *c, const char *const *cells, int n);
/* (imp_preset_localities is declared in import_impl.h, for import.c) */

#endif
