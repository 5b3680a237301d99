/* txt_cells.h - the cells of a line of a PDF's text (pdftotext -layout)
 * and what their words say: a row's STT, a totals row, an attachment
 * page's label; where a line's words are cut into cells and a cell's
 * lines break. Shared by txt_layout.c's table reader; see txt_cells.c. */
#ifndef KHGEN_TXT_CELLS_H
#define KHGEN_TXT_CELLS_H

#include <stddef.h>

enum { TXT_MAX_CELLS = 32, TXT_MAX_HEAD = 8, TXT_HEAD_LINES = 4 }; /* a line's cells, a table's header lines,
                                                                  * those of cells side by side */

/* A run of text on a line, pointing into the caller's text */
typedef struct Cell {
    size_t at, n; /* its column on the line (characters from its start), its length in bytes */
    const char *s;
} Cell;

typedef struct Line {
    const char *s;
    size_t n;
    int alone; /* with a form feed, or empty lines (or the text's ends) above and below it */
    size_t hid; /* an upper line of a table's header printed again, emptied: its length (0 none) */
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

/* 1 if a cell's line c[0..n) asks for more (ends in '-', ',', "và",
 * "của", a preposition, ...): the line under it goes on the same cell. */
int txt_cell_goes_on(const char *c, size_t n);
/* The k cells of a line of a row's words (under its STT line), each cut
 * where one of the n_cols column places cols begins (a word nearer than
 * near places to it: 3 as a table's lines are read) after one space
 * only; the new count, at most TXT_MAX_CELLS (cells has room for as
 * many). */
int txt_cut_at_columns(const size_t *cols, int n_cols, Cell *cells, int k, size_t near);
/* The k cells of a row's STT line, its last (not its second: a group
 * row's title) cut before its first word at or right of a later column's
 * place when it runs more than three places past it (again for the
 * rest); the new count, at most TXT_MAX_CELLS. */
int txt_cut_pushed(const size_t *cols, int n_cols, Cell *cells, int k);
/* Whether the cell's line c begins a line of its own after its cell's
 * last line prev[0..n) in a column whose longest line is chars
 * characters (a line break in the cell, the .md's <br>). */
int txt_cell_break(const char *prev, size_t n, const Cell *c, size_t chars);

/* Whether the n_cols column places cols (sorted) a later page of a
 * table's lines L[from..to) set are that page's columns: each after the
 * first is where a cell begins (within three) more than two places after
 * the cell before it on its line (not a cell printed in two pieces,
 * "Dự trữ vật tư  phương tiện"), and no cell of the header printed again
 * there (head, or NULL) runs across one. A page whose rows leave a
 * column empty and print a cell in two pieces had as many columns as the
 * first page, the piece's words in the next column's cells (s36imp). */
int txt_page_columns(const Line *L, size_t from, size_t to, const Line *head, const size_t *cols, int n_cols);

/* The index of the column (of the n_cols sorted places cols) cell c
 * falls in: the last whose place is at most three after its start, or
 * the one before it when nearer; -1 before the first. */
int txt_column_of(const size_t *cols, int n_cols, const Cell *c);

/* The header cell of the n_cols columns cols (sorted) of a table whose
 * rows' cells end at data_end, with hd header lines from L[first], that
 * heads the rows' last column: when no header cell that begins up to
 * data_end + 1 falls in that column, the first cell right of it (the
 * leftmost of the header's lines), a wider header centred over the short
 * words of a column printed at its left ("Đăng ký đạt chuẩn" over "x").
 * Its place, and its end in *end; (size_t)-1 when the column has its own
 * header or none is right of the rows. */
size_t txt_last_head(const Line *L, size_t first, size_t hd, const size_t *cols, int n_cols,
                     size_t data_end, size_t *end);

/* The column groups of a header of hd lines from L[first] (a table of
 * n_cols columns at cols): g[h][c] the first column of the group that
 * cell c of header line h is (-1: none), span[h][c] its count. */
void txt_header_groups(const Line *L, size_t first, size_t hd, const size_t *cols, int n_cols,
                       signed char g[TXT_MAX_HEAD][TXT_MAX_CELLS], signed char span[TXT_MAX_HEAD][TXT_MAX_CELLS]);

/* The n_cols column places cols (sorted) of a table's lines, co[j] the
 * columns a line holds a cell in beside column j, with two places within
 * TXT_DRIFT of each other that no line holds both of made one (the left
 * place; co folded to match), the nearest first, while more than want:
 * one column pdftotext -layout set at other places on some lines (a
 * line's places are counted from its characters' widths: binh-trung's
 * "Thời gian thực hiện" at 103 on most lines, 97 on one); the new count.
 * Nothing else is made one: two columns a row fills both of stay two. */
enum { TXT_DRIFT = 8 };
int txt_merge_drifted(size_t *cols, int n_cols, unsigned *co, int want);

/* The middle (a place, in characters) of each cell of a table's header
 * lines L[first..first + hd) (the first TXT_MAX_HEAD; g their column
 * groups' first columns, -1 for a cell of no group) into mid, indexed as
 * txt_split_cells gives each line's cells: that of the widest line of
 * its wrapped cell, the header lines' cells (no group's) that begin at
 * its place, within one (a wrapped cell's lines stand left in its
 * column). */
void txt_head_middles(const Line *L, size_t first, size_t hd, signed char g[TXT_MAX_HEAD][TXT_MAX_CELLS],
                      size_t mid[TXT_MAX_HEAD][TXT_MAX_CELLS]);

/* Whether a line's k cells begin with "STT" or "TT" and one cell more
 * (a header's STT line); txt_head_cell: and two cells more (a table's
 * header of one line, in the body too) */
int txt_stt_head(const Cell *cells, int k);
int txt_head_cell(const Cell *cells, int k);

/* A header line whose narrow "STT"/"TT"/"Số TT" column the PDF printed a
 * letter or two a line above and below it (those lines holding the
 * header's other cells or not), mended in L[0..n): the pieces taken out,
 * "TT"/"STT" put in front of its cells and "Số" in front of the line
 * above, the lines emptied above them (the text keeps its line count);
 * the mended lines malloc'd into owned (2n at most, counted in *n_owned),
 * the caller frees them. Linear. */
void txt_mend_split_stt(Line *L, size_t n, char **owned, size_t *n_owned);

/* A row's STT printed one space before its text ("3 Phao cứu sinh ...":
 * a narrow "Số TT" column in LibreOffice's and Chromium's PDF), under a
 * row whose STT, the number before it, stands alone at the same place
 * (eight lines up at most): a space more put after the number, so that
 * the STT is a cell of its own. The table's last row was no row, its
 * lines paragraphs, exit 0 (s55import). The mended lines malloc'd into
 * owned (n at most, counted in *n_owned). Linear. */
void txt_mend_glued_stt(Line *L, size_t n, char **owned, size_t *n_owned);

/* Whether the k cells of a line under a table's last row (its cells rc,
 * kr; the STT column at stt_at) may be that row's words though taken as
 * text after it (KH767): its first begins at a row's cell's place and
 * runs across the next's. */
int txt_pushed_under(const Cell *rc, int kr, const Cell *cells, int k, size_t stt_at);

/* Whether a line of one cell at column `at`, L[next], under a table's last
 * row whose STT stands on L[row] (row < next), is that row's centred
 * cell's lower half: the STT line has no text at `at`, and as many lines
 * right above it as there are from it to L[next] hold a cell beginning at
 * `at` (within one place) - Word centres a cell's lines on the row, the
 * STT line between them: "Trường Tiểu học, Trường" over it, "THCS" under
 * it - and so do the lines between. A signer's title under the table
 * ("NGƯỜI LẬP BIỂU") stands at no such place (s38imp). */
int txt_centred_below(const Line *L, size_t row, size_t next, size_t at);

/* txt_guess.c: counts in *g line l (1-based l + 1 in KH767), a row's line
 * whose k cells write_grid cut, when two of its cells stand one space
 * apart (a guess: see txt_guess.c), and when its one text runs across the
 * columns cols[0..n_cols) uncut (txt_row_across); the first such line's
 * place and words kept for KH767. */
/* The first column (its index in cols) past a row's STT line's one text
 * that the text runs across by more than three places: an Arabic STT and
 * one cell after it (not a Roman group's title); 0 when none. */
int txt_row_across(const size_t *cols, int n_cols, const Cell *cells, int k);

struct TxtCellDoubt;
void txt_count_cut(size_t l, const Cell *cells, int k, const size_t *cols, int n_cols,
                   struct TxtCellDoubt *g);

/* Whether a bracket opened in one of the k cut pieces of a line closes in
 * another: one text, not k cells. */
int txt_bracket_cut(const Cell *cut, int k);

enum { TXT_MAX_PLACES = 16 }; /* a table's columns (txt_layout.c's MAX_COLS) */

/* Adds where the k cells begin, right of the STT column at stt_at, to the
 * n places of place (TXT_MAX_PLACES of room; one within three places of
 * another is that one); their count. */
int txt_add_places(size_t *place, int n, const Cell *cells, int k, size_t stt_at);

/* Whether cell c, the one cell of its line, begins left of every place of
 * place[0..n) and runs over one of them: a paragraph under a table. */
int txt_crosses_places(const size_t *place, int n, const Cell *c);

#endif
