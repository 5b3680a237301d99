/* lib_xlsx.h - libxlsxwriter, loaded when a command first writes a
 * workbook (libload.c). Include it instead of <xlsxwriter.h>.
 *
 * libxlsxwriter brings in libcrypto and minizip; libcrypto alone was 2.5
 * million instructions of binding at the start of every khgen, though only
 * the .xlsx writer uses it. A call such as worksheet_write_string(...) goes
 * through the table lib_xlsx() fills with dlopen and dlsym on its first use
 * (lib_xml.h tells why). A function newly called must be added to
 * LIB_XLSX_FUNCS and given its #define. */
#ifndef KHGEN_LIB_XLSX_H
#define KHGEN_LIB_XLSX_H

#include <xlsxwriter.h>

#define LIB_XLSX_FUNCS(X)                                                                     \
    X(format_set_align) X(format_set_bold) X(format_set_border) X(format_set_font_name)       \
    X(format_set_font_size) X(format_set_italic) X(format_set_num_format)                     \
    X(format_set_text_wrap) X(lxw_strerror) X(workbook_add_format) X(workbook_add_worksheet)  \
    X(workbook_close) X(workbook_new) X(workbook_set_properties)                              \
    X(workbook_validate_sheet_name) X(worksheet_center_horizontally)                          \
    X(worksheet_fit_to_pages) X(worksheet_freeze_panes) X(worksheet_merge_range)              \
    X(worksheet_repeat_rows) X(worksheet_set_column) X(worksheet_set_footer)                  \
    X(worksheet_set_landscape) X(worksheet_set_margins) X(worksheet_set_paper)                \
    X(worksheet_set_portrait) X(worksheet_set_row) X(worksheet_set_start_page)                \
    X(worksheet_write_blank) X(worksheet_write_formula_num) X(worksheet_write_number)         \
    X(worksheet_write_string)

/* The functions khgen calls. */
typedef struct LibXlsx {
#define LIB_XLSX_FUNCS_MEMBER(f) __typeof__(f) *f;
    LIB_XLSX_FUNCS(LIB_XLSX_FUNCS_MEMBER)
#undef LIB_XLSX_FUNCS_MEMBER
} LibXlsx;

/* The table, libxlsxwriter loaded on the first call; if it cannot be loaded,
 * says so on stderr and exits with status 3 (as when memory runs out). */
const LibXlsx *lib_xlsx(void);

#ifndef LIB_NO_REDIRECT
#define format_set_align (lib_xlsx()->format_set_align)
#define format_set_bold (lib_xlsx()->format_set_bold)
#define format_set_border (lib_xlsx()->format_set_border)
#define format_set_font_name (lib_xlsx()->format_set_font_name)
#define format_set_font_size (lib_xlsx()->format_set_font_size)
#define format_set_italic (lib_xlsx()->format_set_italic)
#define format_set_num_format (lib_xlsx()->format_set_num_format)
#define format_set_text_wrap (lib_xlsx()->format_set_text_wrap)
#define lxw_strerror (lib_xlsx()->lxw_strerror)
#define workbook_add_format (lib_xlsx()->workbook_add_format)
#define workbook_add_worksheet (lib_xlsx()->workbook_add_worksheet)
#define workbook_close (lib_xlsx()->workbook_close)
#define workbook_new (lib_xlsx()->workbook_new)
#define workbook_set_properties (lib_xlsx()->workbook_set_properties)
#define workbook_validate_sheet_name (lib_xlsx()->workbook_validate_sheet_name)
#define worksheet_center_horizontally (lib_xlsx()->worksheet_center_horizontally)
#define worksheet_fit_to_pages (lib_xlsx()->worksheet_fit_to_pages)
#define worksheet_freeze_panes (lib_xlsx()->worksheet_freeze_panes)
#define worksheet_merge_range (lib_xlsx()->worksheet_merge_range)
#define worksheet_repeat_rows (lib_xlsx()->worksheet_repeat_rows)
#define worksheet_set_column (lib_xlsx()->worksheet_set_column)
#define worksheet_set_footer (lib_xlsx()->worksheet_set_footer)
#define worksheet_set_landscape (lib_xlsx()->worksheet_set_landscape)
#define worksheet_set_margins (lib_xlsx()->worksheet_set_margins)
#define worksheet_set_paper (lib_xlsx()->worksheet_set_paper)
#define worksheet_set_portrait (lib_xlsx()->worksheet_set_portrait)
#define worksheet_set_row (lib_xlsx()->worksheet_set_row)
#define worksheet_set_start_page (lib_xlsx()->worksheet_set_start_page)
#define worksheet_write_blank (lib_xlsx()->worksheet_write_blank)
#define worksheet_write_formula_num (lib_xlsx()->worksheet_write_formula_num)
#define worksheet_write_number (lib_xlsx()->worksheet_write_number)
#define worksheet_write_string (lib_xlsx()->worksheet_write_string)
#endif

#endif
