/* test_sheetfmt.c - unit tests of docx_sheetfmt.c: a worksheet cell's
 * number as Excel shows it on a Vietnamese Windows ('.' between
 * thousands, ',' before decimals, the short date day first), for the
 * Biểu pasted into a Word plan as an embedded worksheet (session 51).
 *
 * A row is a stored double, its number format code (NULL: General), the
 * workbook's date system, the text Excel shows and whether it is a date.
 * The figures are Excel's: its serial 60 is its own 29 February 1900, 1
 * a Sunday; "[h]" counts hours past a day; a section's condition is read
 * as General (said in docx_sheetfmt.c).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "docx_sheetfmt.h"

static const struct {
    double v;
    const char *fmt;
    int date1904;
    const char *shown;
    int dated;
} rows_[] = {
    /* numbers: grouping, decimals, percent, sections, literals */
    {1234567, "#,##0", 0, "1.234.567", 0},
    {1234.5, "#,##0.0", 0, "1.234,5", 0},
    {12.5, "0.00", 0, "12,50", 0},
    {12.75, NULL, 0, "12,75", 0},
    {0.1 + 0.2, "General", 0, "0,3", 0},
    {1234567.891, NULL, 0, "1234567,891", 0},
    {1e20, NULL, 0, "1E+20", 0},
    {-5, "0", 0, "-5", 0},
    {0.85, "0%", 0, "85%", 0},
    {0.125, "0.0%", 0, "12,5%", 0},
    {-1234.5, "#,##0.00;(#,##0.00)", 0, "(1.234,50)", 0},
    {0, "#,##0;-#,##0;\"-\"", 0, "-", 0},
    {-0.001, "0", 0, "0", 0},
    {1234567, "#,##0,\" nghìn\"", 0, "1.235 nghìn", 0},
    {1500000, "#,##0 \"đ\"", 0, "1.500.000 đ", 0},
    {1500000, "[$₫-42A] #,##0", 0, "₫ 1.500.000", 0},
    {1234, "[Red]#,##0", 0, "1.234", 0},
    {123456, "0.00E+00", 0, "1,23E+05", 0},
    /* rounded with its exponent (s52review: "10,00E+00", "inf,E-323") */
    {9.996, "0.00E+00", 0, "1,00E+01", 0},
    {99950, "0.00E+00", 0, "1,00E+05", 0},
    {5e-324, "0.00E+00", 0, "4,94E-324", 0},
    {0, "0.00E+00", 0, "0,00E+00", 0},
    {0.5, "#.##", 0, ",5", 0},
    {7, "00", 0, "07", 0},
    {150, "[>100]\"lớn\";0", 0, "150", 0},
    {5, "0_);(0)", 0, "5 ", 0},
    {1e305, "0%%%%%", 0, "1E+305", 0},
    /* dates and times */
    {45731, "dd/mm/yyyy", 0, "15/03/2025", 1},
    {45657, "dd/mm/yyyy", 0, "31/12/2024", 1},
    {45731.5, "dd/mm/yyyy hh:mm", 0, "15/03/2025 12:00", 1},
    {45731, "d/m/yy", 0, "15/3/25", 1},
    {45731, "dddd, dd/mm/yyyy", 0, "Thứ Bảy, 15/03/2025", 1},
    {45731, "ddd", 0, "T7", 1},
    {0.75, "h:mm AM/PM", 0, "6:00 CH", 1},
    {0.25, "hh:mm:ss", 0, "06:00:00", 1},
    {1.5, "[h]:mm", 0, "36:00", 1},
    {60, "dd/mm/yyyy", 0, "29/02/1900", 1},
    {61, "dd/mm/yyyy", 0, "01/03/1900", 1},
    {1, "dd/mm/yyyy dddd", 0, "01/01/1900 Chủ Nhật", 1},
    {0, "dd/mm/yyyy", 1, "01/01/1904", 1},
    {44269, "dd/mm/yyyy", 1, "15/03/2025", 1},
    {45731, "mmmm yyyy", 0, "tháng 3 2025", 1},
    {-45731, "dd/mm/yyyy", 0, "-45731", 0}, /* no date: General */
    {3e6, "dd/mm/yyyy", 0, "3000000", 0},
};

static void rows(void **state)
{
    (void)state;
    for (size_t k = 0; k < sizeof rows_ / sizeof rows_[0]; k++) {
        Buf out = {0};
        int dated = docx_sheet_number(rows_[k].v, rows_[k].fmt, rows_[k].date1904, &out);
        if (strcmp(buf_str(&out), rows_[k].shown) != 0 || dated != rows_[k].dated)
            fail_msg("%.17g under \"%s\": \"%s\" (date %d), not \"%s\" (date %d)", rows_[k].v,
                     rows_[k].fmt ? rows_[k].fmt : "General", buf_str(&out), dated,
                     rows_[k].shown, rows_[k].dated);
        buf_free(&out);
    }
}

static void builtins(void **state)
{
    (void)state;
    assert_null(docx_sheet_builtin(0));   /* General */
    assert_null(docx_sheet_builtin(164)); /* a workbook's own id: not built in */
    assert_string_equal(docx_sheet_builtin(3), "#,##0");
    assert_string_equal(docx_sheet_builtin(14), "dd/mm/yyyy"); /* the Vietnamese short date */
    assert_string_equal(docx_sheet_builtin(49), "@");
    Buf out = {0};
    docx_sheet_number(45657, docx_sheet_builtin(14), 0, &out);
    assert_string_equal(buf_str(&out), "31/12/2024");
    buf_reset(&out);
    docx_sheet_number(1234567.5, docx_sheet_builtin(4), 0, &out);
    assert_string_equal(buf_str(&out), "1.234.567,50");
    buf_reset(&out);
    docx_sheet_number(17, docx_sheet_builtin(49), 0, &out); /* "@" of a number: General */
    assert_string_equal(buf_str(&out), "17");
    buf_free(&out);
}

/* The time of day on a twelve-hour clock: "A/P" is read as "AM/PM" is
 * (the guards of session 52's surviving mutants docx_sheetfmt-391, which
 * read "A/P" as literal text, the hour then 18, and -403, which skipped
 * one character past "AM/PM"). The letters Excel writes for "A/P" under
 * a Vietnamese Windows are not asserted here, only the clock and what
 * follows. */
static void twelve_hours(void **state)
{
    (void)state;
    static const char *const codes[] = {"h:mm A/P", "h:mm a/p"};
    for (size_t k = 0; k < sizeof codes / sizeof codes[0]; k++) {
        Buf out = {0};
        assert_int_equal(docx_sheet_number(0.75, codes[k], 0, &out), 1);
        if (strncmp(buf_str(&out), "6:00 ", 5) != 0 || strchr(buf_str(&out), '/'))
            fail_msg("0.75 under \"%s\": \"%s\", not \"6:00 \" and its letters", codes[k], buf_str(&out));
        buf_free(&out);
    }
    Buf out = {0};
    docx_sheet_number(0.75, "AM/PM h:mm", 0, &out);
    assert_string_equal(buf_str(&out), "CH 6:00");
    buf_reset(&out);
    docx_sheet_number(0.25, "A/P h:mm", 0, &out);
    assert_true(strlen(buf_str(&out)) > 5 && strcmp(buf_str(&out) + strlen(buf_str(&out)) - 5, " 6:00") == 0);
    buf_free(&out);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(rows),
        cmocka_unit_test(builtins),
        cmocka_unit_test(twelve_hours),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
