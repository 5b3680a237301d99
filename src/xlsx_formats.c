/* xlsx_formats.c - the cell formats of the attachment workbook.
 *
 * libxlsxwriter makes a format per look a cell takes; the workbook asks
 * one for each cell it writes, so each is made once and found again by
 * its key (role, alignment, column type, decimals, grouping): the label,
 * title and "(Kèm theo ...)" lines at 14 pt, bold or italic and centred;
 * the note and the unit line italic; header, data, group and totals
 * cells in the table font with thin borders, aligned as layout.c says
 * (layout_align_of) and with the number format of their column ("#,##0",
 * "0.0%", "dd/mm/yyyy"), as the document prints the figures.
 */
#include "xlsx_formats.h"

#include <stdio.h>
#include <string.h>

#include "colwidth.h"
#include "layout.h"
#include "vi.h"

lxw_format *xlsx_format(Formats *fs, FormatKey key)
{
    for (size_t i = 0; i < fs->count; i++)
        if (memcmp(&fs->keys[i], &key, sizeof key) == 0)
            return fs->formats[i];
    lxw_format *f = workbook_add_format(fs->workbook);
    format_set_font_name(f, TABLE_FONT_NAME);
    format_set_font_size(f, key.role == ROLE_LABEL || key.role == ROLE_TITLE ||
                                    key.role == ROLE_UNDER
                                ? XLSX_TITLE_SIZE
                                : TABLE_FONT_SIZE);
    format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
    format_set_text_wrap(f);
    switch (key.role) {
    case ROLE_LABEL:
    case ROLE_TITLE:
        format_set_bold(f);
        format_set_align(f, LXW_ALIGN_CENTER);
        break;
    case ROLE_UNDER:
        format_set_italic(f);
        format_set_align(f, LXW_ALIGN_CENTER);
        break;
    case ROLE_NOTE:
        format_set_italic(f);
        format_set_align(f, LXW_ALIGN_LEFT);
        break;
    case ROLE_UNIT:
        format_set_italic(f);
        format_set_align(f, LXW_ALIGN_RIGHT);
        break;
    case ROLE_HEADER:
        format_set_bold(f);
        format_set_align(f, LXW_ALIGN_CENTER);
        format_set_border(f, LXW_BORDER_THIN);
        break;
    case ROLE_BODY:
    case ROLE_GROUP:
    case ROLE_TOTAL: {
        format_set_border(f, LXW_BORDER_THIN);
        if (key.role != ROLE_BODY)
            format_set_bold(f);
        Align align = layout_align_of(key.align, key.type);
        format_set_align(f, align == ALIGN_LEFT     ? LXW_ALIGN_LEFT
                            : align == ALIGN_RIGHT  ? LXW_ALIGN_RIGHT
                                                    : LXW_ALIGN_CENTER);
        char pattern[32];
        if (key.type == COL_DECIMAL || key.type == COL_PERCENT) {
            /* grouped as the document prints the column (1.234,5) */
            size_t len = (size_t)sprintf(pattern, "%s", key.thousands ? "#,##0" : "0");
            if (key.decimals > 0) {
                pattern[len] = '.';
                memset(pattern + len + 1, '0', (size_t)key.decimals);
                pattern[len + 1 + key.decimals] = '\0';
            }
            if (key.type == COL_PERCENT)
                strcat(pattern, "%");
            format_set_num_format(f, pattern);
        } else if (key.type == COL_INT || key.type == COL_STT || key.type == COL_YEAR) {
            format_set_num_format(f, key.thousands ? "#,##0" : "0");
        } else if (key.type == COL_DATE) {
            format_set_num_format(f, "dd/mm/yyyy");
        }
        break;
    }
    }
    if (fs->count < sizeof fs->keys / sizeof fs->keys[0]) {
        fs->keys[fs->count] = key;
        fs->formats[fs->count] = f;
        fs->count++;
    }
    return f;
}

lxw_format *xlsx_cell_format(Formats *fs, Role role, const Column *col, const Cell *cell,
                             int thousands)
{
    FormatKey key;
    memset(&key, 0, sizeof key); /* padding too: keys are compared bytewise */
    key.role = role;
    key.align = col->align;
    key.type = col->type;
    if (cell && cell->is_number && (col->type == COL_DECIMAL || col->type == COL_PERCENT))
        key.decimals = col->decimals >= 0 ? col->decimals : vi_decimals_needed(cell->number);
    if (cell && col->type == COL_DATE && !cell->date.year)
        key.type = COL_TEXT; /* a date column cell holding text */
    if (cell && !cell->is_number && (col->type == COL_INT || col->type == COL_DECIMAL ||
                                     col->type == COL_PERCENT || col->type == COL_YEAR))
        key.align = col->align ? col->align : ALIGN_CENTER;
    key.thousands = thousands;
    return xlsx_format(fs, key);
}

lxw_format *xlsx_plain_format(Formats *fs, Role role)
{
    FormatKey key;
    memset(&key, 0, sizeof key);
    key.role = role;
    key.type = COL_TEXT;
    return xlsx_format(fs, key);
}
