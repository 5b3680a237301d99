/* import_attrows.h - an attachment table's written rows read as khgen's
 * own: its STT column, group rows and totals row (import_attrows.c).
 * Used by import_tables.c's attachment pages only.
 */
#ifndef KHGEN_IMPORT_ATTROWS_H
#define KHGEN_IMPORT_ATTROWS_H

#include "import_impl.h"

/* What import_attrows.c read of a table's rows. */
typedef struct AttShape {
    int stt;              /* column 1 is a numbering column: type stt */
    int counted;          /* ... numbered as khgen counts: list rows skip it */
    unsigned char *group; /* row r is a group row, {heading: its second cell} */
    size_t totals;        /* the totals row's index, or the number of rows */
    const char *totals_label;
    unsigned long long summed; /* the columns the totals row sums */
    unsigned char decimals[64]; /* a summed column's digits after the comma */
    unsigned long long loose; /* summed columns of mixed decimals ("1,5", "2"):
                               * type decimal without `decimals:` */
    const char *review;   /* why a row labelled "Tổng cộng" stays a row, or NULL */
    const char *group_gap; /* the group rows' numbers as written when they are
                            * not I, II, ... in order but rise ("I, III, IV":
                            * a group row deleted in Word, the rest not
                            * renumbered); group[r] is 2 at the first out of
                            * order, where the note goes; else NULL */
    const char *row_gap;  /* the rows' numbers as written when they rise
                           * with a few missing ("1, 2, 4": a row deleted
                           * in Word, the rest not renumbered): counted,
                           * the note at row row_gap_at; else NULL */
    size_t row_gap_at;
    const char *row_gap_group; /* the group row_gap's rows are under ("II"),
                                * their numbers alone in row_gap (a table's
                                * rows numbered again in each group: "2, 1,
                                * 2" read as one list, s42cycle), or NULL */
    char type[64];        /* a column read back as typed: 'i' int, 'y' year,
                           * 'f' decimal, 'p' percent, 'd' date; 0 text */
    unsigned long long fixed; /* ... its `decimals:` (s->decimals) written */
    unsigned long long text; /* columns kept as written, neither typed nor summed: a
                              * figure in them has two readings (att_english_figures) */
} AttShape;

/* 1 if h is a numbering column's heading: "STT", "TT", "Số TT", "Số thứ tự". */
int att_numbering_header(const char *h);

/* The bytes of the numbering column's heading s begins with, as a word
 * (the end, a space, a line break, '|' or an emphasis mark after it), 0
 * if none: the one list of such headings, att_numbering_header's and
 * docx_layout.c's (a Biểu of no row headed "Số TT" or "Số thứ tự" was a
 * layout table there, lost to KH762, where "STT" was read: s37review). */
size_t att_numbering_prefix(const char *s);

/* Reads the shape of a table's body rows (rows[r][k], k < cols, the
 * cells as plan text; header its first row's cells). merged: Word merged
 * some cells (then nothing is recognised). strong[r] (or NULL): row r's
 * first two cells were printed bold, as a group row's are, which tells a
 * table of group rows only from rows numbered in Roman. text: the
 * columns kept as written (s->text). Fills *s (arena strings). */
void att_shape(Ctx *c, const char *const *header, const char ***rows, size_t n_rows, int cols,
               int merged, const unsigned char *strong, unsigned long long text, AttShape *s);
/* Reads the columns whose every cell is a value as khgen prints one type
 * ("2.024" int, "2024" year, "1.234,5" decimal, "92,1%" percent,
 * "30/06/2025" date) as of that type (s->type), a column k only where
 * may[k]: a .docx keeps no column's type, and a number column imported as
 * text printed left-aligned where the plan's was centred, with `khgen
 * diff` reporting no change (s18attack L1). Call after att_shape. */
void att_read_types(const char ***rows, size_t n_rows, int cols, const unsigned char *may,
                    AttShape *s);
/* The digits after the comma of a number as khgen prints it ("1.257,75":
 * 2; "1.705": 0), its value in *v; -1 when s is no such number: digits in
 * groups of three after the first, dots between, a comma and digits, a
 * '-' before ("1,242" is one and a quarter, never 1242: vi_comma_grouped
 * reads an English keyboard's figures, import_commas.c decides which a
 * column holds). The one reading of import's figures in a table. */
int att_printed_number(const char *s, double *v);

/* A table's columns whose figures are written as an English-locale Excel
 * shows them, "45,000", "12,500", "500" (vi_comma_grouped), in rows
 * [0, n_rows) of cols cells: the cells of those read as thousands are
 * rewritten as khgen prints them ("45.000"), so that every later reading
 * (types, totals, rows) takes them whole. A column of such figures and a
 * plain one, or one of two commas, is so for sure; one whose every figure
 * is "x,yyy" (45,000 or 45) is decided by the table's other columns, then
 * the document's tables before it, else read as a Vietnamese document
 * writes it (a decimal), with a warning (KH773) at line `line` saying
 * what was assumed. So too "45 000" (spaces), "12,500.5" and "(1,500)"
 * where the column's notation is certain (rewritten "45.000",
 * "12.500,5", "-1.500"); a cell it leaves open ("1.500" in an English
 * column) is kept as written, its column's bit set in *text (AttShape's
 * `text`: neither typed nor summed), KH773 naming it. Returns the '#
 * review:' notes saying what was read so and what was not (a line each),
 * or NULL when there are none. (import_commas.c) */
const char *att_english_figures(Ctx *c, const char ***rows, size_t n_rows, int cols,
                                const char *const *heads, int line, unsigned long long *text);
/* Whether a table's row (width cells) is the row of column numbers an
 * office types under the header, "(1)", "(2)", ... one a column up to
 * cols ("(5)=(3)+(4)" too): a plan's table prints no such row (its
 * numbers are no data: read as the first row, they left every column
 * text and the "Tổng cộng" row no totals). */
int att_column_numbers(const char *const *row, int width, int cols);
/* The "# review:" note of such a row left out (in the messages' language). */
const char *att_numbers_note(void);
/* A table in the body whose first row is such a row: the row left out,
 * t->dropped its note (as its first row, it kept the columns text and the
 * rows of a table of tasks no tasks). */
void att_drop_numbers(Ctx *c, ITable *t);
/* A body table's rows from its row `from` on (its row of column numbers
 * is the one before) that are its header's block typed again (block[0..
 * head_n), t->n_cols cells each: its header row, its second and third
 * header rows, its row of column numbers), by att_drop_repeated_header's
 * rule: left out of t (rows, merged_up, strong: arena copies without
 * them), t->dropped the note saying so (att_repeats_note); returns how
 * many. They were read as data rows, the header printed again in the
 * middle of the rebuilt table, exit 0 (s37imp). */
size_t att_drop_body_repeats(Ctx *c, ITable *t, const char *const *const *block, size_t head_n,
                             size_t from);
/* The "# review:" note of a header typed again `repeats` times and left
 * out (in the messages' language), in c's arena. */
const char *att_repeats_note(Ctx *c, size_t repeats);
/* The rows of an attachment's table after its header block that repeat
 * it: a Biểu split in two tables, or continued on another page, with its
 * header typed again over the second part, as offices do where Word's
 * "Repeat Header Rows" would print it by itself. The block is the header
 * row (header, header_w cells) and rows[0..skip), its second and third
 * header rows and its row of column numbers (widths[r] cells each); the
 * body is *body[0..*n_body) (with *body_w, *body_m, *body_p: its widths,
 * Word merges and paragraphs), the rows after the block. A repeat is a
 * body row equal to a row of the block, cell by cell (one with some text:
 * empty rows under an empty header are rows to fill in), and the block's
 * next rows that follow it equal: the whole header typed again, or its
 * row of column numbers alone at a page's top. The repeats are left out of the body (the
 * four arrays replaced by arena copies without them, *n_body lessened);
 * returns how many there were. Those rows were read as the table's rows:
 * the header printed again in the middle of the rebuilt table, its STT
 * column and totals row lost, exit 0 (s32attack F1). */
size_t att_drop_repeated_header(Ctx *c, const char *const *header, int header_w,
                                const char ***rows, const int *widths, size_t skip,
                                const char ****body, const int **body_w,
                                const unsigned long long **body_m, const Para *const **body_p,
                                size_t *n_body);
/* Whether column k of a separator row "|:---:|---|" is centred (":-:")
 * or right-aligned ("--:"): 'c', 'r', or 0. */
char att_column_align(const char *sep, int k);
/* Writes an attachment's "# review:" lines, under its columns, for its row
 * of column numbers left out (numbers) and its header's repeats left out
 * (repeats, att_drop_repeated_header's count), in the messages' language. */
void att_put_dropped(Ctx *c, Buf *y, int numbers, size_t repeats);
/* Appends column k's type (", type: stt", ", type: int, total: true"),
 * if any, to the column's flow mapping in y: 1 when it wrote one (a
 * typed column prints centred: layout_column_align), 0 for text. */
int att_put_column(Buf *y, const AttShape *s, int k);
/* Writes row r (width cells read, of paragraph p; raw, its cells as the
 * document writes them, or NULL) as a list, a mapping or a heading; a row
 * of fewer cells than cols gets a note (KH770), one with emphasis khgen
 * does not print there another (KH759). */
void att_put_row(Ctx *c, Buf *y, const AttShape *s, const char **row, size_t r, int cols,
                 int width, const Para *p, const char *const *raw);
/* The same of a table in the body: sets t's stt, counted, group, totals
 * and summed (its summed cells rewritten as YAML numbers, 1250.50). */
void att_body_table(Ctx *c, ITable *t, int merged);
/* An attachment's note, the text under its table (NULL: none), and
 * above, the text that stood between its title and its table (NULL:
 * none), both as plan text: above is its `unit:` when it names one,
 * "(Đơn vị tính: triệu đồng)" (layout_unit_said), else the note's start,
 * with a '# review:' line saying where it stood. */
void att_put_note(Ctx *c, Buf *y, const char *note, const char *above);
/* Writes "totals: LABEL" when the last row is the table's totals. */
void att_put_totals(Buf *y, const AttShape *s);
/* Writes s->review, why the last row (paragraph p) labelled as totals is
 * kept as a row, as a '# review:' line marked KH768, which diff shows,
 * with a warning at p. */
void att_put_review(Ctx *c, Buf *y, const AttShape *s, const Para *p);

#endif
