/* txt_cells.h - the cells of a line of a PDF's text (`pdftotext -layout`),
 * shared by txt_layout.c, which reads a table's lines by their columns
 * (see txt_cells.c). A Cell points into the line it was split from: the
 * caller owns the line and keeps it while the cells are used. */
#ifndef KHGEN_TXT_CELLS_H
#define KHGEN_TXT_CELLS_H

#include <stddef.h>

enum { TXT_MAX_CELLS = 32 }; /* a line's cells at most */

typedef struct Cell {
    size_t at, n; /* its column on the line (characters from the line's start), its length in bytes */
    const char *s;
} Cell;

typedef struct Line {
    const char *s;
    size_t n;
} Line;

/* The cells of line s[0..n) into cells (room for TXT_MAX_CELLS): runs of
 * text between runs of two spaces or more (a form feed ends a run); their
 * count, -1 when there are more. Columns counted in characters. */
int txt_split_cells(const char *s, size_t n, Cell *cells);
/* Whether the text c[0..n) is a row's STT: 1-5 digits or a Roman numeral
 * (I..XXXIX), a '.' after it or not. */
int txt_stt_cell(const char *c, size_t n);
/* Whether the text c[0..n) begins a totals row: "Tổng cộng", "Cộng" (not
 * "Cộng đồng", "Cộng tác", "CỘNG HÒA", ...). */
int txt_total_cell(const char *c, size_t n);
/* The k cells of a line of a row's words (under its STT line), each cut
 * where one of the n_cols column places cols begins after one space only;
 * the new count, at most TXT_MAX_CELLS (cells has room for as many). */
int txt_cut_at_columns(const size_t *cols, int n_cols, Cell *cells, int k);
/* The k cells of a row's STT line, its last (not its second: a group
 * row's title) cut before its first word at or right of a later column's
 * place when it runs more than three places past it (again for the
 * rest); the new count, at most TXT_MAX_CELLS. */
int txt_cut_pushed(const size_t *cols, int n_cols, Cell *cells, int k);
/* Whether the cell's line c begins a line of its own after its cell's
 * last line prev[0..n) in a column whose longest line is chars
 * characters (a line break in the cell, the .md's <br>). */
int txt_cell_break(const char *prev, size_t n, const Cell *c, size_t chars);

#endif
