/* layout.h - the table layout every back end prints: decided once.
 *
 * An attachment's table (attach.h builds its rows) is printed by four back
 * ends: Markdown, HTML, XLSX and DOCX. What each cell of the printed grid
 * holds is decided here and nowhere else:
 *
 *   - the header: one row, or two when columns are grouped; a group's title
 *     spans its adjacent columns in the first row and their own headers sit
 *     in the second; an ungrouped column's header spans both rows;
 *   - data rows: one cell per column; a cell merged down over grouped rows
 *     spans them (rowspan) and the cells it covers are kept, marked covered,
 *     so a back end can skip them (HTML, XLSX), continue a vertical merge
 *     (DOCX) or print them blank (Markdown);
 *   - group rows: a blank cell over the columns before the STT column, the
 *     STT cell (Roman numeral, centred), then the title across the columns
 *     after it, bold;
 *   - the totals row: its label ("Tổng cộng") across the columns before the
 *     first summed column, centred, then each column's total, bold;
 *   - each column's alignment: the declared one, else left for text and
 *     centred for numbers, dates and STT;
 *   - the unit line above the table ("Đơn vị tính: triệu đồng"), on the
 *     right, the attachment's `unit:` (layout_unit_line);
 *   - each column's width in characters: the declared width, else one
 *     balanced from the content with the font's real widths (colwidth.h:
 *     short values never wrap, headers over three lines at most, long
 *     texts share what the page has left).
 *
 * Back ends only mark the grid up. Everything is allocated in the arena.
 */
#ifndef KHGEN_LAYOUT_H
#define KHGEN_LAYOUT_H

#include <stddef.h>

#include "plan.h"
#include "util.h"

typedef enum { LROW_HEADER, LROW_DATA, LROW_GROUP, LROW_TOTALS } LayoutRowKind;

typedef struct LayoutCell {
    const char *text;        /* plain text, '\n' between lines; never NULL */
    size_t col;              /* first grid column */
    int colspan, rowspan;    /* >= 1 */
    int covered;             /* covered by the cell above that spans it (its
                                text repeats that cell's); printed by no one */
    Align align;             /* ALIGN_LEFT, ALIGN_CENTER or ALIGN_RIGHT */
    int bold;
    const Column *column;    /* the column of grid column col */
    const Cell *cell;        /* the data cell (typed value), or NULL */
} LayoutCell;

typedef struct LayoutRow {
    LayoutRowKind kind;
    LayoutCell *cells;       /* left to right, covering every grid column */
    size_t n_cells;
    size_t source_row;       /* index in att->rows (data and group rows) */
} LayoutRow;

typedef struct TableLayout {
    const Attachment *att;
    size_t n_cols;
    int header_rows;         /* 1 or 2: the first header_rows rows */
    LayoutRow *rows;         /* header rows, body rows, then the totals row */
    size_t n_rows;
    size_t stt_col;          /* the STT column, or n_cols if none */
    double *widths;          /* n_cols widths in characters */
    const char *unit_line;   /* "Đơn vị tính: triệu đồng", printed above the
                                table on the right; NULL when none */
} TableLayout;

/* Whether khgen prints the cells of a row of that kind bold: the header,
 * group and totals rows' are, a data row's are not (the one decision,
 * which import asks too: emphasis an official added to a Biểu's cells). */
int layout_row_bold(LayoutRowKind kind);

/* Whether the printed row r of t is kept on the page of what follows it:
 * a group row heads the rows under it, and the table's last row carries
 * the note under the table (note set), so neither ends a page alone and
 * no page holds a note alone. A note is printed whole, never split over
 * two pages. The one print decision of both back ends that paginate: the
 * .docx's keepNext on the row's paragraphs and keepLines on the note's,
 * the HTML's class "keep-next" (break-after: avoid) on the row and the
 * note as the table's last row (Chromium moves a row with the row under
 * it, not with a paragraph after the table: the note was left alone on
 * the next page, s43print). */
int layout_row_keeps_with_next(const TableLayout *t, size_t r, int note);

/* Whether the printed row r of t stands taller than the page its table
 * prints on (A4 in its orientation less layout's margins; layout NULL:
 * the decree's) less its header rows, which repeat above it: such a row
 * splits over pages whatever it is told, and told never to split it
 * began on a page of its own, the rest of the page above it left empty
 * (Chromium: a cell of 9,000 characters left ~200 mm blank under the
 * Biểu's first row, s52print). Every other row never splits. The one decision of both back ends that
 * paginate: the HTML's class "split" (break-inside: auto) on the row, the
 * .docx's row without w:cantSplit. Linear in the row's long texts. */
int layout_row_splits(const TableLayout *t, size_t r, const Layout *layout);

/* Lays out att's table. Returns NULL when the table has no columns. The
 * result and everything in it are owned by arena. */
TableLayout *layout_table(Arena *arena, const Attachment *att);

/* The same, made once per attachment: the layout a back end made before
 * with keep set, else a new one in arena, remembered on att when keep is
 * set. keep only with an arena that outlives every back end of the render
 * (the render context's): a national plan's tables are tens of thousands
 * of cells, laid out once instead of once per format. */
const TableLayout *layout_table_kept(Arena *arena, const Attachment *att, int keep);

/* The line above att's table naming its unit (`unit:`), one text for every
 * back end: "Đơn vị tính: " and the unit, or the unit as written when it
 * already says so ("ĐVT: triệu đồng", "(Đơn vị tính: %)": layout_unit_said);
 * NULL when att has no unit. In arena (or att's text). */
const char *layout_unit_line(Arena *arena, const Attachment *att);

/* The unit a line above a table names: "triệu đồng" for "ĐVT: triệu đồng",
 * "(Đơn vị tính: triệu đồng)" (the words in any of their usual cases, the
 * colon required, a unit of a few words: no sentence after it); the line
 * as written for "Đơn vị: X" (a unit of measure or the unit that carries
 * the table out: printed as written); NULL when text is no unit line. The
 * one rule of layout_unit_line and of import's Biểu reader. In arena. */
const char *layout_unit_said(Arena *arena, const char *text);

/* The alignment a column's cells print with: the declared one, else left
 * for text and centred for everything else. Never ALIGN_DEFAULT. */
Align layout_column_align(const Column *col);
/* Whether att's table has a data row (a row that is no group row): a
 * table without one prints its headers alone, centred in every back end
 * whatever its columns' alignment (the .md's delimiter row too), so its
 * columns' alignment prints nowhere (diff compares it only with data). */
int layout_has_data_rows(const Attachment *att);
/* The alignment a column of type type printed with align prints with: its
 * own, else left for text and centred for every other type (the one rule
 * of layout_column_align and the workbook's cell formats). */
Align layout_align_of(Align align, ColType type);

#endif
