/* xlsx_formats.h - the cell formats of the attachment workbook
 * (xlsx_formats.c), for render_xlsx.c: each cell's look named by its role
 * and, in the table, its column's type, alignment and figures.
 */
#ifndef KHGEN_XLSX_FORMATS_H
#define KHGEN_XLSX_FORMATS_H

#include <xlsxwriter.h>

#include "plan.h"

/* The lines above the table (label, title, "(Kèm theo ...)") print at
 * 14 pt as in the HTML and the decree; the table at the table font's size
 * (colwidth.h). */
#define XLSX_TITLE_SIZE 14.0

/* What a cell is in the sheet, which decides its look. */
typedef enum {
    ROLE_LABEL,     /* "Biểu 01" */
    ROLE_TITLE,     /* upper-case title */
    ROLE_UNDER,     /* "(Kèm theo ...)" */
    ROLE_NOTE,      /* the note under the table */
    ROLE_UNIT,      /* "Đơn vị tính: ..." above the table, on the right */
    ROLE_HEADER,    /* header cells */
    ROLE_BODY,      /* ordinary cells */
    ROLE_GROUP,     /* group heading rows */
    ROLE_TOTAL      /* the totals row */
} Role;

/* A look: a role and, in the table, its column's (compared bytewise:
 * zeroed first). */
typedef struct FormatKey {
    Role role;
    Align align;
    ColType type;
    int decimals;   /* digits after the point for decimal/percent cells */
    int thousands;  /* number cells: "#,##0", "#,##0.0" */
} FormatKey;

/* The formats made so far for one workbook (xlsx_format). */
typedef struct Formats {
    lxw_workbook *workbook;
    FormatKey keys[128];
    lxw_format *formats[128];
    size_t count;
} Formats;

/* The format of key in fs's workbook, made the first time it is asked
 * (Times New Roman, centred vertically, wrapped; bold, italic, borders,
 * alignment and number format by role and column type) and kept: the
 * first 128 keys are found again, a later one is made anew each time. */
lxw_format *xlsx_format(Formats *fs, FormatKey key);

/* The format of one body/total cell of column col holding cell (NULL: an
 * empty one): the column's type and alignment, a decimal or percent
 * cell's decimals, a date column's text cell as text, a number column's
 * text cell centred unless aligned; thousands groups its figures. */
lxw_format *xlsx_cell_format(Formats *fs, Role role, const Column *col, const Cell *cell,
                             int thousands);

/* The format of a text in role outside a column (a title line, a header,
 * a group or totals row's label). */
lxw_format *xlsx_plain_format(Formats *fs, Role role);

#endif
