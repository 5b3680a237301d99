/* render_xlsx.c - the attachment workbook, written with libxlsxwriter.
 *
 * Each attachment becomes one worksheet. The rows above the table (label,
 * title, the "(Kèm theo Kế hoạch ...)" line) are merged across the table's
 * width; the header takes one row, or two when some columns share a group
 * heading (the group merged across its columns on the first row, the other
 * headers merged down over both rows). The body is printed from the Row and
 * Cell data attach.c computed - group rows, STT numbers, merges - so this
 * file decides only how things look: fonts, borders, number formats,
 * column widths and the page setup.
 *
 * Text cells are always written with worksheet_write_string, so a task text
 * beginning with "=" stays text. The only formulas are the SUMs of a
 * declared totals row, each written with its computed value cached so a
 * reader that does not recalculate shows the right number.
 *
 * libxlsxwriter can only write to a file name: the workbook goes to an
 * unnamed memory file named through /proc (open_book), is read back and
 * handed to outputs.c like the other formats. The document's creation
 * time is fixed (created.c: SOURCE_DATE_EPOCH, else the plan's date) so that the same
 * plan always gives the same bytes; libxlsxwriter stamps the zip entries
 * with a constant date itself.
 *
 * Stage: 5 (render) and 6 (write): libxlsxwriter writes the file itself.
 * Reads a resolved, const Plan.
 */
#define _GNU_SOURCE 1 /* memfd_create */
#include "render_xlsx.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include "attach.h"
#include "colwidth.h"
#include "created.h"
#include "i18n.h"
#include "layout.h"
#include "lookalike.h"
#include "outputs.h"
#include "query.h"
#include "inline.h"
#include "render.h"
#include "vi.h"
#include "xlsx_formats.h"
#include "xlsx_patch.h"
#include "xlsx_tmpfile.h"

enum {
    PAPER_A4 = 9,
    MAX_CELL_CHARS = 32767, /* Excel's limit for one cell */
};

/* A printed line of Times New Roman is 1.3125 times its size in Excel
 * (15.75 pt at 12 pt); LibreOffice needs less. */
static const double LINE_FACTOR = 1.3125;
static const double XLSX_MAX_ROW_HEIGHT = 409; /* points: Excel's largest row */
/* Points of a column's width that are no room for text (cell margins). */
static const double CELL_MARGIN_PT = 4;

/* ---- text measures ------------------------------------------------------------ */

/* Lines text takes in a cell width characters wide (wrapped), at size pt,
 * measured with the real widths of the table font (colwidth.c), as the
 * reader wraps it: the workbook's Normal style is that font, so a width
 * character is its digit width (6 pt at 12 pt) in Excel and LibreOffice. A
 * twentieth of the width is kept spare for the readers' rounding. */
static double room_of(double width)
{
    double room = (width * TABLE_CHAR_PT - CELL_MARGIN_PT) * 0.95;
    return room > 1 ? room : 1;
}

static int lines_needed(const char *text, double width, double size, int bold)
{
    return table_text_lines(text, room_of(width), size, bold);
}

/* Lines of a data cell of a column whose every line fits (fits[c]): one
 * per line, as lines_needed would count them. */
static int lines_counted(const char *text)
{
    int lines = 1;
    for (const char *s = text ? text : ""; (s = strchr(s, '\n')) != NULL; s++)
        lines++;
    return lines;
}

/* The height of a row of lines at size pt, with a little air. */
static double height_needed(int lines, double size)
{
    return ceil((lines * size * LINE_FACTOR + 3) * 4) / 4;
}

/* That height, never more than Excel's largest row (409 pt: a taller one
 * makes Excel repair the file; a cell of more lines than that shows its
 * first ones, and a data row's is warned, KH627). */
static double height_for(int lines, double size)
{
    double height = height_needed(lines, size);
    return height < XLSX_MAX_ROW_HEIGHT ? height : XLSX_MAX_ROW_HEIGHT;
}

/* ---- sheet names ---------------------------------------------------------------- */

/* The length of s[0..n) as Excel counts a sheet name's 31 characters: in
 * UTF-16 code units, a character past U+FFFF (a mathematical letter, an
 * emoji) two; counted in code points, "Biểu " and 24 such letters was a
 * name of 53 units, which Excel refuses to open without a repair
 * (s31attack F2). */
static size_t excel_units(const char *s, size_t n)
{
    size_t units = 0;
    for (size_t i = 0; i < n;) {
        int len;
        unsigned cp = utf8_decode(s + i, &len);
        units += cp > 0xFFFF ? 2 : 1;
        i += len > 0 ? (size_t)len : 1;
    }
    return units;
}

void render_xlsx_sheet_name(const char *label, char *out, size_t size)
{
    size_t n = 0, units = 0;
    const char *s = label ? label : "";
    while (*s == '\'' || *s == ' ')
        s++;
    while (*s && n + 5 < size) {
        int len;
        unsigned cp = utf8_decode(s, &len);
        size_t w = cp > 0xFFFF ? 2 : 1;
        /* a letter and its combining marks fit together or not at all:
         * "x" + U+0303 at unit 31 was cut after the "x" (s34low) */
        size_t marks = lookalike_is_mark(cp) ? 0 : lookalike_marks_len(s + len, strlen(s + len));
        if (units + w + excel_units(s + len, marks) > 31 || n + (size_t)len + marks + 5 > size)
            break;
        /* only an ASCII character can be one Excel forbids: strchr took
         * the code point's low byte, so "›" (U+203A, ':' below) and "一"
         * (U+4E00, the string's own end) became '-' (s31attack F2) */
        if (cp < 0x20 || (cp < 0x80 && strchr("[]:*?/\\", (int)cp) != NULL)) {
            out[n++] = '-';
        } else {
            memcpy(out + n, s, (size_t)len);
            n += (size_t)len;
        }
        s += len;
        units += w;
    }
    while (n > 0 && (out[n - 1] == '\'' || out[n - 1] == ' '))
        n--;
    out[n] = '\0';
    if (n == 0)
        snprintf(out, size, "%s", "Biểu");
    else if (strcasecmp(out, "History") == 0) /* Excel's own, in any case: "HISTORY-" */
        snprintf(out + n, size - n, "-");
}

/* ---- the sheets' names ------------------------------------------------------- */

/* The names given so far and the search state of sheet_name_pick. */
typedef struct SheetNames {
    Arena *arena;
    size_t n;                /* the attachments */
    StrList taken;           /* the names given, in capitals */
    /* the labels that are sheet names as they stand keep them: a label
     * cut and made unique with " (2)" took the name another label has
     * itself, whose sheet became " (3)" (s19attack L1) */
    StrList reserved;
    /* each cut name (in capitals) and the first suffix not yet tried
     * for it: a name taken or reserved stays so, so the search of the
     * next label cut alike starts where the last one's ended (linear in
     * a thousand labels cut alike, not quadratic: s24attack F4) */
    StrList bases;
    int *next_suffix;
    Buf upper;
} SheetNames;

static void sheet_names_init(SheetNames *sn, Arena *arena, const Plan *plan)
{
    *sn = (SheetNames){.arena = arena, .n = plan->n_attachments};
    sn->next_suffix = arena_alloc(arena, (plan->n_attachments + 1) * sizeof *sn->next_suffix);
    for (size_t i = 0; i < plan->n_attachments; i++) {
        char own[128];
        render_xlsx_sheet_name(plan->attachments[i].label, own, sizeof own);
        buf_reset(&sn->upper);
        vi_put_upper(&sn->upper, own);
        if (strcmp(own, plan->attachments[i].label) == 0)
            query_strlist_add(&sn->reserved,
                              arena_strndup(arena, buf_str(&sn->upper), sn->upper.len));
    }
}

static void sheet_names_free(SheetNames *sn)
{
    buf_free(&sn->upper);
    query_strlist_free(&sn->taken);
    query_strlist_free(&sn->reserved);
    query_strlist_free(&sn->bases);
}

/* The name of attachment i's sheet into name[0..size): its label cut to
 * Excel's 31 characters, made unique with " (2)", " (3)", ... ignoring
 * case as Excel does (Vietnamese letters too: "Biểu 01" and "BIỂU 01" are
 * one name to it); hashed lists, not a comparison with every sheet before. */
static void sheet_name_pick(SheetNames *sn, lxw_workbook *wb, const Attachment *att, size_t i,
                            char *name, size_t size)
{
    render_xlsx_sheet_name(att->label, name, size);
    buf_reset(&sn->upper);
    vi_put_upper(&sn->upper, name);
    long b = query_strlist_index(&sn->bases, buf_str(&sn->upper), sn->upper.len);
    if (b < 0) {
        b = (long)sn->bases.count;
        query_strlist_add(&sn->bases, arena_strndup(sn->arena, buf_str(&sn->upper), sn->upper.len));
        sn->next_suffix[b] = 2;
    }
    for (int suffix = sn->next_suffix[b];; suffix++) {
        buf_reset(&sn->upper);
        vi_put_upper(&sn->upper, name);
        int taken = query_strlist_has(&sn->taken, buf_str(&sn->upper), sn->upper.len) ||
                    (strcmp(name, att->label) != 0 &&
                     query_strlist_has(&sn->reserved, buf_str(&sn->upper), sn->upper.len));
        if (!taken && workbook_validate_sheet_name(wb, name) == LXW_NO_ERROR) {
            if (suffix > sn->next_suffix[b])
                sn->next_suffix[b] = suffix; /* the name took " (suffix - 1)" */
            break;
        }
        char base[128];
        render_xlsx_sheet_name(att->label, base, sizeof base);
        char tail[16];
        snprintf(tail, sizeof tail, " (%d)", suffix);
        size_t keep = strlen(base);
        while (keep > 0 && (excel_units(base, keep) + strlen(tail) > 31 ||
                            lookalike_marks_len(base + keep, strlen(base + keep)))) {
            keep--;
            while (keep > 0 && ((unsigned char)base[keep] & 0xC0) == 0x80)
                keep--;
        }
        while (keep > 0 && base[keep - 1] == ' ')
            keep--; /* "... nhiệm vụ  (2)": the cut's space before the tail's (s32mut) */
        snprintf(name, size, "%.*s%s", (int)keep, base, tail);
        /* every name taken or reserved is one of the 2n labels', so
         * a suffix past 2n + 2 is never needed; 999 named the 1000th
         * of a thousand labels cut alike "Sheet1000" (s24attack F4) */
        if (suffix > 2 * (int)sn->n + 2) {
            snprintf(name, size, "Sheet%zu", i + 1);
            break;
        }
    }
    buf_reset(&sn->upper);
    vi_put_upper(&sn->upper, name);
    query_strlist_add(&sn->taken, arena_strndup(sn->arena, buf_str(&sn->upper), sn->upper.len));
}

/* ---- one sheet ----------------------------------------------------------------- */

typedef struct Sheet {
    lxw_worksheet *ws;
    Formats *formats;
    const Attachment *att;
    const TableLayout *layout; /* the grid every back end prints (layout.c) */
    const Layout *page;       /* the plan's page layout (margins) */
    double widths[ATTACH_MAX_COLUMNS];
    /* no data cell of the column wraps (colwidth.c measured them all for
     * the widths): its cells' lines are counted, not measured again */
    int fits[ATTACH_MAX_COLUMNS];
    /* the other columns' lines, by text: each distinct text of a column
     * is measured once (NULL until the column's first measure) */
    TextMemo *lines_memo[ATTACH_MAX_COLUMNS];
    double total_width;
    lxw_error error;          /* the first error libxlsxwriter returned */
    size_t cut_cells;         /* cells cut at Excel's limit (warned, KH621) */
    lxw_row_t first_cut_row;  /* the first of them, 0-based */
    lxw_col_t first_cut_col;
    SrcPos cell_pos;          /* the data cell being written (write_value), or
                                 no file: where its text is written */
    SrcPos first_cut_pos;     /* where the first cut cell is written, or no file */
    size_t tall_rows;         /* data rows whose text needs more than Excel's
                                 409 pt: their cells' ends hidden (KH627) */
    lxw_row_t first_tall_row; /* the first of them, 0-based */
    SrcPos first_tall_pos;    /* where it is written */
    size_t wide_totals;       /* totals Excel would show otherwise (KH628) */
    char first_wide_cell[16]; /* the first of them: "D9", */
    const Column *first_wide_column; /* its column, */
    Buf wide_printed, wide_shown; /* what the document prints, what Excel would show */
    /* per column, 1 + the row of the merged cell that covers the rows
     * written since (0: none yet): write_data_row finds a merge's top here
     * instead of walking up to it from every row it covers, which made a
     * merge of K rows cost K^2 (40,000 rows: 5.4 s) */
    size_t merge_top[ATTACH_MAX_COLUMNS];
} Sheet;

static void note_error(Sheet *sh, lxw_error err)
{
    if (err != LXW_NO_ERROR && sh->error == LXW_NO_ERROR)
        sh->error = err;
}

/* Text as a string cell, cut at Excel's limit on a character boundary. */
static void write_text(Sheet *sh, lxw_row_t r, lxw_col_t c, const char *text, lxw_format *f)
{
    if (!text || !*text) {
        note_error(sh, worksheet_write_blank(sh->ws, r, c, f));
        return;
    }
    size_t bytes_len = strlen(text);
    /* no more bytes than Excel's characters: no need to count them; they
     * are UTF-16 units, as for a sheet's name (excel_units) */
    if (bytes_len <= MAX_CELL_CHARS || excel_units(text, bytes_len) <= MAX_CELL_CHARS) {
        note_error(sh, worksheet_write_string(sh->ws, r, c, text, f));
        return;
    }
    if (sh->cut_cells++ == 0) {
        sh->first_cut_row = r;
        sh->first_cut_col = c;
        sh->first_cut_pos = sh->cell_pos;
    }
    size_t bytes = 0, units = 0;
    while (text[bytes]) {
        int len;
        unsigned cp = utf8_decode(text + bytes, &len);
        if (units + (cp > 0xFFFF ? 2 : 1) > MAX_CELL_CHARS)
            break;
        bytes += len > 0 ? (size_t)len : 1;
        units += cp > 0xFFFF ? 2 : 1;
    }
    char *cut = xmalloc(bytes + 1);
    memcpy(cut, text, bytes);
    cut[bytes] = '\0';
    note_error(sh, worksheet_write_string(sh->ws, r, c, cut, f));
    free(cut);
}

/* A text across columns first..last of row r (merged when more than one). */
static void write_across(Sheet *sh, lxw_row_t r, lxw_col_t first, lxw_col_t last,
                         const char *text, lxw_format *f)
{
    if (first == last) {
        write_text(sh, r, first, text, f);
        return;
    }
    note_error(sh, worksheet_merge_range(sh->ws, r, first, r, last, "", f));
    write_text(sh, r, first, text, f);
}

static double width_between(const Sheet *sh, size_t first, size_t last)
{
    double sum = 0;
    for (size_t c = first; c <= last; c++)
        sum += sh->widths[c];
    return sum;
}

static void write_value(Sheet *sh, lxw_row_t r, lxw_col_t c, const Column *col,
                        const Cell *cell, lxw_format *f)
{
    if (cell->is_number && (col->type == COL_INT || col->type == COL_DECIMAL ||
                            col->type == COL_PERCENT || col->type == COL_STT ||
                            col->type == COL_YEAR)) {
        double value = attach_workbook_value(col, cell->number); /* no "-0.0" */
        if (col->type == COL_PERCENT) {
            /* 92.1 / 100 is 0.9209999999999999 in binary: store the double
             * nearest to 0.921, as a spreadsheet user would have typed it */
            char digits[40];
            snprintf(digits, sizeof digits, "%.15g", value / 100);
            value = strtod(digits, NULL);
        }
        note_error(sh, worksheet_write_number(sh->ws, r, c, value, f));
    } else if (col->type == COL_DATE && cell->date.year && cell->date.month && cell->date.day &&
               (cell->date.year > 1900 || cell->date.month > 2)) {
        /* Excel counts days from 1899-12-30 */
        double serial = (double)vi_date_serial(cell->date.year, cell->date.month,
                                               cell->date.day) + 25569;
        note_error(sh, worksheet_write_number(sh->ws, r, c, serial, f));
    } else if (col->type == COL_DATE && cell->date.year && cell->date.month && cell->date.day) {
        /* before 1 March 1900 no serial reads the same everywhere: Excel
         * takes 1900 for a leap year (its serial 60 is a 29 February that
         * never was) and shows the day after, LibreOffice does not: the
         * date is written as its printed text (attack s6 G7) */
        char text[48];
        snprintf(text, sizeof text, "%02d/%02d/%04d", cell->date.day, cell->date.month,
                 cell->date.year);
        write_text(sh, r, c, text, f);
    } else if (col->type == COL_STT && cell->text && *cell->text &&
               strspn(cell->text, "0123456789") == strlen(cell->text) &&
               strlen(cell->text) < 9) {
        note_error(sh, worksheet_write_number(sh->ws, r, c, atof(cell->text), f));
    } else {
        sh->cell_pos = cell->pos; /* KH621 points at the cell (attack 8 L10) */
        write_text(sh, r, c, cell->text, f);
        sh->cell_pos = (SrcPos){0};
    }
}

/* Does any numeric cell of column col need thousands separators? (The
 * document groups every number of 1.000 or more, decimals and
 * percentages too.) */
static int column_thousands(const Attachment *att, size_t col)
{
    ColType type = att->columns[col].type;
    if (type != COL_INT && type != COL_DECIMAL && type != COL_PERCENT)
        return 0;
    for (size_t r = 0; r < att->n_rows; r++)
        if (att->rows[r].cells[col].is_number && fabs(att->rows[r].cells[col].number) >= 1000)
            return 1;
    return att->has_totals && att->columns[col].total &&
           fabs(attach_column_total(att, col)) >= 1000;
}

/* "A1"-style name of a cell. */
static void cell_name(char *out, size_t size, lxw_row_t r, lxw_col_t c)
{
    char letters[8];
    int n = 0;
    unsigned col = (unsigned)c + 1;
    while (col > 0 && n < 7) {
        letters[n++] = (char)('A' + (col - 1) % 26);
        col = (col - 1) / 26;
    }
    char reversed[8];
    for (int i = 0; i < n; i++)
        reversed[i] = letters[n - 1 - i];
    reversed[n] = '\0';
    snprintf(out, size, "%s%u", reversed, (unsigned)r + 1);
}

/* The page: A4 in the table's orientation, one page wide, the document's
 * margins (the plan's layout:, else the decree's defaults), the page
 * number in the table font, each Biểu numbered from 1 on its own and none
 * on its first page (differentFirst, added by xlsx_first_page_unnumbered
 * once the workbook is written). */
static void set_page(Sheet *sh)
{
    const Attachment *att = sh->att;
    lxw_worksheet *ws = sh->ws;
    worksheet_set_paper(ws, PAPER_A4);
    if (att->landscape)
        worksheet_set_landscape(ws);
    else
        worksheet_set_portrait(ws);
    worksheet_fit_to_pages(ws, 1, 0);
    worksheet_center_horizontally(ws);
    /* in inches */
    const Layout *lay = sh->page;
    double mm[4] = {lay && lay->margin_left ? lay->margin_left : 30,
                    lay && lay->margin_right ? lay->margin_right : 15,
                    lay && lay->margin_top ? lay->margin_top : 20,
                    lay && lay->margin_bottom ? lay->margin_bottom : 20};
    worksheet_set_margins(ws, mm[0] / 25.4, mm[1] / 25.4, mm[2] / 25.4, mm[3] / 25.4);
    note_error(sh, worksheet_set_footer(ws, "&C&\"" TABLE_FONT_NAME ",Regular\"&12&P"));
    worksheet_set_start_page(ws, 1);
}

/* The columns' widths, from the shared table layout. */
static void set_widths(Sheet *sh)
{
    size_t n_cols = sh->att->n_columns;
    for (size_t c = 0; c < n_cols; c++) {
        sh->widths[c] = sh->layout->widths[c];
        sh->fits[c] = table_column_fits(sh->att, c, room_of(sh->widths[c]));
    }
    for (size_t c = 0; c < n_cols; c++)
        note_error(sh, worksheet_set_column(sh->ws, (lxw_col_t)c, (lxw_col_t)c, sh->widths[c],
                                            NULL));
    sh->total_width = width_between(sh, 0, n_cols - 1);
}

/* text across the table's columns in row r, not bold, the row as high as
 * its lines of size points need */
static void write_line(Sheet *sh, lxw_row_t r, const char *text, Role role, double size)
{
    write_across(sh, r, 0, (lxw_col_t)(sh->att->n_columns - 1), text,
                 xlsx_plain_format(sh->formats, role));
    note_error(sh, worksheet_set_row(sh->ws, r,
                                     height_for(lines_needed(text, sh->total_width, size, 0), size),
                                     NULL));
}

/* Label, title, "(Kèm theo ...)" and a blank row, or the unit line
 * ("Đơn vị tính: triệu đồng", on the right) where it stands in the
 * document; returns the first row after them. */
static lxw_row_t write_titles(Sheet *sh, const char *under_title)
{
    const Attachment *att = sh->att;
    lxw_worksheet *ws = sh->ws;
    Formats *fs = sh->formats;
    lxw_col_t last = (lxw_col_t)(att->n_columns - 1);
    lxw_row_t r = 0;
    write_across(sh, r, 0, last, att->label, xlsx_plain_format(fs, ROLE_LABEL));
    note_error(sh, worksheet_set_row(ws, r, height_for(1, XLSX_TITLE_SIZE), NULL));
    r++;
    Buf title = {0};
    vi_put_upper_printed(&title, att->title ? att->title : "");
    write_across(sh, r, 0, last, title.data, xlsx_plain_format(fs, ROLE_TITLE));
    note_error(sh, worksheet_set_row(ws, r,
                                     height_for(lines_needed(title.data ? title.data : "",
                                                             sh->total_width, XLSX_TITLE_SIZE, 1),
                                                XLSX_TITLE_SIZE),
                                     NULL));
    buf_free(&title);
    r++;
    write_line(sh, r, under_title, ROLE_UNDER, XLSX_TITLE_SIZE);
    r++;
    if (sh->layout->unit_line)
        write_line(sh, r, sh->layout->unit_line, ROLE_UNIT, TABLE_FONT_SIZE);
    return r + 1;
}

/* A group header across its columns and, below it, the grouped columns'
 * own headers; raises header_lines to what they need. */
static void write_header_group(Sheet *sh, lxw_row_t first, const LayoutCell *cell,
                               int header_rows, int header_lines[2])
{
    const TableLayout *t = sh->layout;
    lxw_format *hf = xlsx_plain_format(sh->formats, ROLE_HEADER);
    size_t c = cell->col, end = c + (size_t)cell->colspan - 1;
    write_across(sh, first, (lxw_col_t)c, (lxw_col_t)end, cell->text, hf);
    int lines = lines_needed(cell->text, width_between(sh, c, end), TABLE_FONT_SIZE, 1);
    if (lines > header_lines[0])
        header_lines[0] = lines;
    for (size_t k2 = 0; header_rows == 2 && k2 < t->rows[1].n_cells; k2++) {
        const LayoutCell *own = &t->rows[1].cells[k2];
        if (own->covered || own->col < c || own->col > end)
            continue;
        write_text(sh, first + 1, (lxw_col_t)own->col, own->text, hf);
        lines = lines_needed(own->text, sh->widths[own->col], TABLE_FONT_SIZE, 1);
        if (lines > header_lines[1])
            header_lines[1] = lines;
    }
}

/* The header: one row, or two when columns are grouped. The first row
 * holds groups across their columns and ungrouped headers merged down
 * over both rows; the second the grouped columns' own headers. Repeated
 * on each printed page and frozen; returns the first body row. */
static lxw_row_t write_header(Sheet *sh, lxw_row_t header_first)
{
    const TableLayout *t = sh->layout;
    lxw_worksheet *ws = sh->ws;
    int header_rows = attach_header_rows(sh->att);
    lxw_format *hf = xlsx_plain_format(sh->formats, ROLE_HEADER);
    int header_lines[2] = {1, 1};
    for (size_t k = 0; k < t->rows[0].n_cells; k++) {
        const LayoutCell *cell = &t->rows[0].cells[k];
        size_t c = cell->col;
        if (cell->colspan > 1 || (header_rows == 2 && cell->rowspan == 1)) {
            write_header_group(sh, header_first, cell, header_rows, header_lines);
            continue;
        }
        int lines = lines_needed(cell->text, sh->widths[c], TABLE_FONT_SIZE, 1);
        if (cell->rowspan == 2) {
            note_error(sh, worksheet_merge_range(ws, header_first, (lxw_col_t)c,
                                                 header_first + 1, (lxw_col_t)c, "", hf));
            lines = (lines + 1) / 2;
        }
        write_text(sh, header_first, (lxw_col_t)c, cell->text, hf);
        if (lines > header_lines[0])
            header_lines[0] = lines;
        if (header_rows == 2 && lines > header_lines[1])
            header_lines[1] = lines;
    }
    for (int h = 0; h < header_rows; h++)
        note_error(sh, worksheet_set_row(ws, header_first + (lxw_row_t)h,
                                         height_for(header_lines[h], TABLE_FONT_SIZE), NULL));
    lxw_row_t body_first = header_first + (lxw_row_t)header_rows;
    note_error(sh, worksheet_repeat_rows(ws, header_first, body_first - 1));
    worksheet_freeze_panes(ws, body_first, 0);
    return body_first;
}

/* A group row: the blank cells before the STT column, the STT cell, then
 * the title across the columns after it. */
static void write_group_row(Sheet *sh, lxw_row_t rr, const LayoutRow *lrow)
{
    const TableLayout *t = sh->layout;
    Formats *fs = sh->formats;
    size_t n_cols = sh->att->n_columns;
    lxw_format *gf = xlsx_plain_format(fs, ROLE_GROUP);
    for (size_t k = 0; k < lrow->n_cells; k++) {
        const LayoutCell *cell = &lrow->cells[k];
        size_t last_col = cell->col + (size_t)cell->colspan - 1;
        if (cell->col == t->stt_col) {
            FormatKey key;
            memset(&key, 0, sizeof key);
            key.role = ROLE_GROUP;
            key.type = COL_STT;
            write_text(sh, rr, (lxw_col_t)cell->col, cell->text, xlsx_format(fs, key));
        } else if (cell->col < t->stt_col && t->stt_col < n_cols) {
            for (size_t c = cell->col; c <= last_col; c++)
                write_text(sh, rr, (lxw_col_t)c, "", gf);
        } else {
            write_across(sh, rr, (lxw_col_t)cell->col, (lxw_col_t)last_col, cell->text, gf);
            int lines = lines_needed(cell->text, width_between(sh, cell->col, last_col),
                                     TABLE_FONT_SIZE, 1);
            note_error(sh, worksheet_set_row(sh->ws, rr, height_for(lines, TABLE_FONT_SIZE),
                                             NULL));
        }
    }
}

/* A data row: its cells (merged down where the layout says), then its
 * height. Readers do not grow rows to fit wrapped text on opening a file
 * (LibreOffice keeps the default height), so each row gets the height its
 * longest cell needs; a merged cell's lines are shared among the rows it
 * spans. */
static void write_data_row(Sheet *sh, lxw_row_t rr, const LayoutRow *lrow, const int *thousands)
{
    const Attachment *att = sh->att;
    size_t i = lrow->source_row;
    const Row *row = &att->rows[i];
    for (size_t k = 0; k < lrow->n_cells; k++) {
        const LayoutCell *lcell = &lrow->cells[k];
        size_t c = lcell->col;
        const Cell *cell = lcell->cell;
        if (lcell->covered || !cell)
            continue;
        lxw_format *f = xlsx_cell_format(sh->formats, ROLE_BODY, lcell->column, cell, thousands[c]);
        if (lcell->rowspan > 1)
            note_error(sh, worksheet_merge_range(sh->ws, rr, (lxw_col_t)c,
                                                 rr + (lxw_row_t)lcell->rowspan - 1,
                                                 (lxw_col_t)c, "", f));
        write_value(sh, rr, (lxw_col_t)c, lcell->column, cell, f);
    }
    int lines = 1;
    for (size_t c = 0; c < att->n_columns; c++) {
        const Cell *cell = &row->cells[c];
        int own;
        if (sh->fits[c]) {
            own = lines_counted(cell->text);
        } else {
            if (!sh->lines_memo[c])
                sh->lines_memo[c] = table_text_memo_new();
            own = table_text_lines_memo(sh->lines_memo[c], cell->text ? cell->text : "",
                                        room_of(sh->widths[c]), TABLE_FONT_SIZE, 0);
        }
        size_t top = i;
        if (!attach_cell_covered(att, i, c))
            sh->merge_top[c] = i + 1;
        else if (sh->merge_top[c])
            top = sh->merge_top[c] - 1;
        else
            while (top > 0 && attach_cell_covered(att, top, c))
                top--;
        int span = row_merge_down(&att->rows[top], c) + 1;
        if (span > 1)
            own = (own + span - 1) / span;
        if (own > lines)
            lines = own;
    }
    note_error(sh, worksheet_set_row(sh->ws, rr, height_for(lines, TABLE_FONT_SIZE), NULL));
    /* a row cannot be taller than 409 pt: the rest of its text is below
     * the row, unseen on screen and in the print (LibreOffice printed 380
     * of a cell's 1,600 words), so it is said (s13attack F3) */
    if (height_needed(lines, TABLE_FONT_SIZE) > XLSX_MAX_ROW_HEIGHT && !sh->tall_rows++) {
        sh->first_tall_row = rr;
        sh->first_tall_pos = row->pos;
    }
}

/* The totals row at r: the label ("Tổng cộng") centred across its cells,
 * a SUM formula (with its value cached) under each totalled column; under
 * a table of no rows the number 0, as the document prints its totals row
 * "Tổng cộng 0" (the workbook left the row out: s31attack F3). */
static void write_totals(Sheet *sh, lxw_row_t r, lxw_row_t body_first, const LayoutRow *totals,
                         const int *thousands)
{
    const Attachment *att = sh->att;
    Formats *fs = sh->formats;
    lxw_format *tf = xlsx_plain_format(fs, ROLE_TOTAL);
    for (size_t k = 0; k < totals->n_cells; k++) {
        const LayoutCell *cell = &totals->cells[k];
        size_t c = cell->col;
        const Column *col = cell->column;
        if (cell->colspan > 1 || !col->total) {
            if (k == 0 && !col->total) {
                FormatKey key;
                memset(&key, 0, sizeof key);
                key.role = ROLE_TOTAL;
                key.type = COL_STT;
                write_across(sh, r, 0, (lxw_col_t)(c + (size_t)cell->colspan - 1), cell->text,
                             xlsx_format(fs, key));
            } else {
                write_text(sh, r, (lxw_col_t)c, "", tf);
            }
            continue;
        }
        Cell total = {0};
        total.is_number = 1;
        total.number = attach_column_total(att, c);
        lxw_format *f = xlsx_cell_format(fs, ROLE_TOTAL, col, &total, thousands[c]);
        char from[16], to[16], formula[48];
        cell_name(from, sizeof from, body_first, (lxw_col_t)c);
        cell_name(to, sizeof to, r - 1, (lxw_col_t)c);
        snprintf(formula, sizeof formula, "=SUM(%s:%s)", from, to);
        Buf printed = {0}, shown = {0};
        if (attach_excel_shows_other(col, total.number, &printed, &shown)) {
            /* past 15 digits Excel's SUM shows other digits than the
             * document: the cell holds the document's text (KH628) */
            if (sh->wide_totals++ == 0) {
                cell_name(sh->first_wide_cell, sizeof sh->first_wide_cell, r, (lxw_col_t)c);
                sh->first_wide_column = col;
                buf_puts(&sh->wide_printed, buf_str(&printed));
                buf_puts(&sh->wide_shown, buf_str(&shown));
            }
            write_text(sh, r, (lxw_col_t)c, buf_str(&printed), f);
        } else {
            double cached = attach_workbook_value(col, total.number);
            cached = col->type == COL_PERCENT ? cached / 100 : cached;
            if (r == body_first) /* no row to sum: SUM(C6:C5) would sum the header */
                note_error(sh, worksheet_write_number(sh->ws, r, (lxw_col_t)c, cached, f));
            else
                note_error(sh, worksheet_write_formula_num(sh->ws, r, (lxw_col_t)c, formula,
                                                           f, cached));
        }
        buf_free(&printed);
        buf_free(&shown);
    }
}

/* One Biểu on its sheet: titles, header, body, totals, note, page. */
static void write_sheet(Sheet *sh, const char *under_title)
{
    const Attachment *att = sh->att;
    const TableLayout *t = sh->layout;
    size_t n_cols = att->n_columns;

    set_widths(sh);
    lxw_row_t r = write_titles(sh, under_title);
    lxw_row_t body_first = write_header(sh, r);

    int thousands[ATTACH_MAX_COLUMNS];
    for (size_t c = 0; c < n_cols; c++)
        thousands[c] = column_thousands(att, c);
    for (size_t lr = (size_t)attach_header_rows(att); lr < t->n_rows; lr++) {
        const LayoutRow *lrow = &t->rows[lr];
        if (lrow->kind == LROW_TOTALS)
            break;
        lxw_row_t rr = body_first + (lxw_row_t)lrow->source_row;
        if (lrow->kind == LROW_GROUP)
            write_group_row(sh, rr, lrow);
        else
            write_data_row(sh, rr, lrow, thousands);
    }
    r = body_first + (lxw_row_t)att->n_rows;

    const LayoutRow *totals = t->n_rows > 0 && t->rows[t->n_rows - 1].kind == LROW_TOTALS
                                  ? &t->rows[t->n_rows - 1]
                                  : NULL;
    if (totals) { /* the document's totals row, "Tổng cộng 0" under no row too */
        write_totals(sh, r, body_first, totals, thousands);
        r++;
    }

    if (att->note && *att->note) {
        r++;
        write_across(sh, r, 0, (lxw_col_t)(n_cols - 1), att->note,
                     xlsx_plain_format(sh->formats, ROLE_NOTE));
        note_error(sh, worksheet_set_row(sh->ws, r,
                                         height_for(lines_needed(att->note, sh->total_width,
                                                                 TABLE_FONT_SIZE, 0),
                                                    TABLE_FONT_SIZE),
                                         NULL));
    }

    set_page(sh);
}

/* ---- the workbook ---------------------------------------------------------------- */

/* KH901 (outputs.c's wording): err the system's error, 0 for another. */
static void report_write_error(DiagSink *diags, const Plan *plan, const char *out_path, int err,
                               const char *reason)
{
    SrcPos pos = {plan->file, 0, 0};
    outputs_report_write(diags, pos, out_path, err, reason);
}

/* The Normal style (the format libxlsxwriter creates first, xf 0) is the
 * table font: a row a clerk adds looks like the others, and a column width
 * is counted in that font's digits. */
static void set_normal_style(lxw_workbook *wb)
{
    lxw_format *normal = STAILQ_FIRST(wb->formats);
    if (normal) {
        format_set_font_name(normal, TABLE_FONT_NAME);
        format_set_font_size(normal, TABLE_FONT_SIZE);
    }
}

/* Writes att's table on ws and says what was cut (KH621). The table's
 * grid (layout.c: a record of every cell) and the measures of its texts
 * are the sheet's own and freed once it is written, before the next
 * sheet's are made and before libxlsxwriter assembles the parts: the
 * national plan's task table alone is 20 MB of grid. Returns the first
 * error libxlsxwriter gave. */
static lxw_error write_table_sheet(lxw_worksheet *ws, Formats *fs, const Attachment *att,
                                   const Plan *plan, const char *under_title, const char *name,
                                   DiagSink *diags)
{
    Arena *arena = arena_new();
    Sheet sheet = {.ws = ws, .formats = fs, .att = att, .layout = layout_table_kept(arena, att, 0),
                   .page = &plan->layout, .error = LXW_NO_ERROR};
    if (sheet.layout)
        write_sheet(&sheet, under_title);
    for (size_t c = 0; c < att->n_columns && c < ATTACH_MAX_COLUMNS; c++)
        table_text_memo_free(sheet.lines_memo[c]);
    arena_free(arena);
    /* a whole sentence for one and for more: the words passed as arguments
     * ("is", "their") stayed English in the Vietnamese message */
    SrcPos cut_at = sheet.first_cut_pos.file ? sheet.first_cut_pos : att->pos;
    if (sheet.cut_cells == 1) /* Excel holds 32,767 characters in a cell: say what was cut */
        diag_warning(diags, cut_at, 1, KH621,
                     "%zu cell of sheet '%s' (the first at row %u, column %u) is longer than the "
                     "32,767 characters Excel holds and is cut there; the document keeps the "
                     "whole text: shorten the cell, or move its text to the plan's body",
                     sheet.cut_cells, name, (unsigned)sheet.first_cut_row + 1,
                     (unsigned)sheet.first_cut_col + 1);
    else if (sheet.cut_cells)
        diag_warning(diags, cut_at, 1, KH621,
                     "%zu cells of sheet '%s' (the first at row %u, column %u) are longer than "
                     "the 32,767 characters Excel holds and are cut there; the document keeps the "
                     "whole text: shorten the cell, or move its text to the plan's body",
                     sheet.cut_cells, name, (unsigned)sheet.first_cut_row + 1,
                     (unsigned)sheet.first_cut_col + 1);
    SrcPos tall_at = sheet.first_tall_pos.file ? sheet.first_tall_pos : att->pos;
    if (sheet.tall_rows == 1) /* Excel's rows are at most 409 pt high: say what is hidden */
        diag_warning(diags, tall_at, 1, KH627,
                     "%zu row of sheet '%s' (the first at row %u) needs more than the 409 pt a "
                     "row of Excel may have: the end of its text is hidden in the workbook and its "
                     "print; the document keeps the whole text: shorten the cells, or move their "
                     "text to the plan's body",
                     sheet.tall_rows, name, (unsigned)sheet.first_tall_row + 1);
    else if (sheet.tall_rows)
        diag_warning(diags, tall_at, 1, KH627,
                     "%zu rows of sheet '%s' (the first at row %u) need more than the 409 pt a "
                     "row of Excel may have: the end of their text is hidden in the workbook and "
                     "its print; the document keeps the whole text: shorten the cells, or move "
                     "their text to the plan's body",
                     sheet.tall_rows, name, (unsigned)sheet.first_tall_row + 1);
    if (sheet.wide_totals) { /* Excel shows 15 significant digits: say which total is text */
        const Column *col = sheet.first_wide_column;
        diag_warning(diags, col->pos.file ? col->pos : att->pos, 1, KH628,
                     "the total of column '%s' of sheet '%s' (cell %s) is %s, more digits than "
                     "the 15 Excel shows (a SUM there shows %s): the workbook holds it as that "
                     "text, not a formula; write the column in a larger unit (triệu đồng, tỷ "
                     "đồng) to keep it a number",
                     col->header && *col->header ? col->header : col->key ? col->key : "", name,
                     sheet.first_wide_cell,
                     buf_str(&sheet.wide_printed), buf_str(&sheet.wide_shown));
    }
    buf_free(&sheet.wide_printed);
    buf_free(&sheet.wide_shown);
    return sheet.error;
}

/* workbook_close, with what libxlsxwriter prints on stderr itself ("[ERROR]
 * workbook_close(): Error creating tmpfile(s) ...", "Usually a permissions
 * error") sent to memory and dropped: khgen says why in its one diagnostic
 * (the caller's). stderr is a variable in glibc, and the memory stream
 * needs no file descriptor, which is what runs out under `ulimit -n 5`.
 * *sys_errno receives errno as workbook_close left it (its reason). */
static lxw_error close_quietly(lxw_workbook *wb, int *sys_errno)
{
    char *text = NULL;
    size_t len = 0;
    FILE *sink = open_memstream(&text, &len);
    FILE *saved = stderr;
    if (sink)
        stderr = sink;
    errno = 0;
    lxw_error err = workbook_close(wb);
    *sys_errno = errno;
    stderr = saved;
    if (sink)
        fclose(sink);
    free(text);
    return err;
}

/* Writes the workbook to tmp (a private file nobody else sees); out_path
 * names it in messages. Returns 0, or -1 after reporting. */
static int write_workbook(const Plan *plan, TemplateSet *templates, const char *tmp,
                          const char *out_path, DiagSink *diags)
{
    /* a sheet holds 1,048,576 rows: a table of more was libxlsxwriter's
     * "Worksheet row or column index out of range." and "check the output
     * directory (-o) and its free space", after seconds of work, where
     * `khgen check` had said nothing (s31attack F6); said at the table,
     * before any is written. Its title, header, totals and note lines
     * take at most 10 more. */
    for (size_t i = 0; i < plan->n_attachments; i++) {
        const Attachment *att = &plan->attachments[i];
        size_t room = LXW_ROW_MAX - (size_t)attach_header_rows(att) - 10;
        if (att->n_rows > room) { /* "1048576 rows, more than the 1,048,576" (s48attack) */
            diag_error(diags, att->pos, 1, KH901,
                       "cannot write '%s': %s has %zu rows, and a sheet of the workbook holds "
                       "1,048,576 with the table's title, header, totals and note lines, %zu of "
                       "them for this table's rows: split it into several attachments, or build "
                       "the other formats without the workbook (-f md,html,docx)",
                       out_path, att->label, att->n_rows, room);
            return -1;
        }
    }
    Arena *arena = arena_new();
    lxw_workbook *wb = workbook_new(tmp);
    if (!wb) {
        report_write_error(diags, plan, out_path, 0, "libxlsxwriter could not start a workbook");
        arena_free(arena);
        return -1;
    }
    set_normal_style(wb);
    lxw_doc_properties props;
    memset(&props, 0, sizeof props);
    /* the title as the .docx's properties say it, "KẾ HOẠCH" and the
     * title printed plain (references expanded, "{{" as "{", one line) */
    InlineCtx ctx = {.plan = plan, .task = NULL, .templates = templates, .arena = arena};
    RenderCtx rc;
    render_ctx_init(&rc, plan, templates, arena);
    Buf doc_title = {0};
    render_document_title(render_header_values(&rc), &doc_title);
    props.title = doc_title.data ? doc_title.data : (char *)"";
    props.company = (char *)(plan->issuer_short ? plan->issuer_short : "");
    props.created = (time_t)created_time(plan);
    lxw_error err = workbook_set_properties(wb, &props);
    Buf under = {0}, under_md = {0};
    render_attachment_line(&ctx, &under_md); /* Markdown, as the others read it */
    render_markdown_plain(buf_str(&under_md), &under);
    buf_free(&under_md);
    Formats *fs = arena_alloc(arena, sizeof *fs);
    fs->workbook = wb;

    char (*names)[128] = arena_alloc(arena, plan->n_attachments * sizeof *names);
    SheetNames sn;
    sheet_names_init(&sn, arena, plan);
    for (size_t i = 0; i < plan->n_attachments && err == LXW_NO_ERROR; i++) {
        const Attachment *att = &plan->attachments[i];
        char *name = names[i];
        sheet_name_pick(&sn, wb, att, i, name, sizeof names[i]);
        lxw_worksheet *ws = workbook_add_worksheet(wb, name);
        if (!ws) {
            err = LXW_ERROR_PARAMETER_VALIDATION;
            break;
        }
        if (att->n_columns == 0)
            continue;
        err = write_table_sheet(ws, fs, att, plan, under.data ? under.data : "", name, diags);
    }
    buf_free(&under);
    sheet_names_free(&sn);

    int close_errno = 0;
    lxw_error close_err = close_quietly(wb, &close_errno); /* frees wb whatever happens */
    if (err == LXW_NO_ERROR)
        err = close_err;
    arena_free(arena);
    buf_free(&doc_title);
    if (err != LXW_NO_ERROR) {
        /* out of descriptors (ulimit -n) or space, a file past ulimit -f
         * (the zip's ZIP_ERRNO: "Zip generic error ZIP_ERRNO while creating
         * the xlsx file." where the other formats said "File too large"):
         * the system's reason, and what to do for it */
        int sys = (err == LXW_ERROR_CREATING_TMPFILE || err == LXW_ERROR_CREATING_XLSX_FILE ||
                   err == LXW_ERROR_ZIP_FILE_OPERATION) ? close_errno : 0;
        report_write_error(diags, plan, out_path, sys, sys ? NULL : lxw_strerror(err));
        return -1;
    }
    return 0;
}

/* A file name libxlsxwriter can write the workbook to, in *book: an
 * unnamed memory file (memfd) named through /proc, whose descriptor is
 * returned, so that nothing is created on a disk (a TMPDIR that was missing
 * or read-only failed the build with a reason that seemed to be about the
 * output, and a build stopped by Ctrl-C or kill left its directory there);
 * -1 where memfd or /proc is missing: then a private directory in TMPDIR,
 * in *dir (0 made, -1 not: errno). */
static int open_book(Buf *dir, Buf *book, int *made)
{
    *made = 0;
    int fd = xlsx_memfd("khgen-xlsx");
    if (fd >= 0) {
        buf_printf(book, "/proc/self/fd/%d", fd);
        if (access(book->data, W_OK) == 0)
            return fd;
        close(fd);
        buf_reset(book);
    }
    const char *tmpdir = getenv("TMPDIR");
    buf_printf(dir, "%s/khgen-xlsx-XXXXXX", tmpdir && *tmpdir ? tmpdir : "/tmp");
    if (!mkdtemp(dir->data))
        return -1;
    *made = 1;
    buf_printf(book, "%s/book.xlsx", dir->data);
    return -1;
}

int render_xlsx_buf(const Plan *plan, TemplateSet *templates, const char *out_path,
                    DiagSink *diags, Buf *out)
{
    if (plan->n_attachments == 0)
        return 0;
    attach_fill_texts(plan); /* the table texts check did not need */
    /* libxlsxwriter writes to a file name (open_book); the workbook is
     * read back (patched on the way, xlsx_patch.c) and the file let go */
    Buf dir = {0}, book = {0};
    int made = 0;
    int memfd = open_book(&dir, &book, &made);
    if (memfd < 0 && !made) {
        Buf reason = {0};
        buf_printf(&reason, "cannot make a temporary directory '%s': %s", dir.data,
                   i18n_strerror(errno));
        report_write_error(diags, plan, out_path, 0, reason.data);
        buf_free(&reason);
        buf_free(&dir);
        buf_free(&book);
        return -1;
    }
    int rc = write_workbook(plan, templates, book.data, out_path, diags);
    if (rc == 0) {
        size_t len = 0;
        char *data = read_file(book.data, (size_t)1 << 31, &len);
        Buf patch_error = {0};
        if (!data) {
            report_write_error(diags, plan, out_path, errno, NULL);
            rc = -1;
        } else if (xlsx_first_page_unnumbered(data, len, out, &patch_error) != 0) {
            report_write_error(diags, plan, out_path, 0, buf_str(&patch_error));
            rc = -1;
        }
        free(data);
        buf_free(&patch_error);
    }
    if (memfd >= 0) {
        close(memfd);
    } else {
        unlink(book.data);
        rmdir(dir.data);
    }
    buf_free(&book);
    buf_free(&dir);
    return rc;
}

int render_xlsx(const Plan *plan, TemplateSet *templates, const char *out_path, DiagSink *diags)
{
    Buf book = {0};
    int rc = render_xlsx_buf(plan, templates, out_path, diags, &book);
    if (rc == 0 && plan->n_attachments > 0 &&
        write_file_atomic(out_path, buf_str(&book), book.len) != 0) {
        report_write_error(diags, plan, out_path, errno, NULL);
        rc = -1;
    }
    buf_free(&book);
    return rc;
}
