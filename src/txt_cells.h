/* txt_cells.h - the cells of a line of a PDF's text (pdftotext -layout)
 * and what their words say: a row's STT, a totals row, an attachment
 * page's label. Shared by txt_layout.c's table reader; see txt_cells.c. */
#ifndef KHGEN_TXT_CELLS_H
#define KHGEN_TXT_CELLS_H

#include <stddef.h>

enum { TXT_MAX_CELLS = 32 };

/* A run of text on a line, pointing into the caller's text */
typedef struct Cell {
    size_t at, n; /* its column on the line (characters from its start), its length in bytes */
    const char *s;
} Cell;

typedef struct Line {
    const char *s;
    size_t n;
} Line;

/* The cells of line s[0..n) into cells (TXT_MAX_CELLS of room): runs of
 * text between runs of two spaces or more (or a form feed), each at its
 * place in characters; their count, -1 when more than TXT_MAX_CELLS. The
 * cells point into s. */
int txt_split_cells(const char *s, size_t n, Cell *cells);

/* 1 if c[0..n) is a row's STT: 1-5 digits or a Roman numeral, '.' after it or not */
int txt_stt_cell(const char *c, size_t n);

/* 1 if c[0..n) begins a totals row ("Tổng cộng", "Cộng", not "Cộng đồng") */
int txt_total_cell(const char *c, size_t n);

/* 1 if the line s[0..n) names an attachment page ("Biểu 01", "Phụ lục II";
 * not "Biểu dương ...", a word "Biểu" makes with the next) */
int txt_page_label(const char *s, size_t n);

#endif
