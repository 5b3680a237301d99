/* test_import_attrows.c - unit tests of import_attrows.c's reading of a
 * Markdown table's separator row (att_column_align): which column is
 * centred (":---:") or right-aligned ("---:"), with or without the
 * blanks around the dashes. The STT column of an imported .md table is
 * recognised only when centred, and a column's alignment is printed
 * again from it. The cases session 33's mutation sweep found missing
 * (the trimming of a cell's trailing blanks, the centred test's closing
 * colon); each fails with its mutant.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "import_attrows.h"

/* cells written tight: ":---:" centred, "--:" right, "---" neither */
static void test_align_tight(void **state)
{
    (void)state;
    const char *sep = "|:---:|---|--:|";
    assert_int_equal(att_column_align(sep, 0), 'c');
    assert_int_equal(att_column_align(sep, 1), 0);
    assert_int_equal(att_column_align(sep, 2), 'r');
    assert_int_equal(att_column_align(sep, 3), 0); /* no such column */
}

/* cells with blanks around the dashes, as pandoc and editors write them:
 * the trailing blanks left out before the colon is looked for (mutant:
 * e[-1] != ' ', the blank kept and the column read as unaligned) */
static void test_align_spaced(void **state)
{
    (void)state;
    const char *sep = "| :---: | --- | ---: |";
    assert_int_equal(att_column_align(sep, 0), 'c');
    assert_int_equal(att_column_align(sep, 1), 0);
    assert_int_equal(att_column_align(sep, 2), 'r');
}

/* a cell of one colon is no alignment; ":--" (left) is none either */
static void test_align_short(void **state)
{
    (void)state;
    assert_int_equal(att_column_align("| : | :-- |", 0), 0);
    assert_int_equal(att_column_align("| : | :-- |", 1), 0);
    assert_int_equal(att_column_align(NULL, 0), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_align_tight),
        cmocka_unit_test(test_align_spaced),
        cmocka_unit_test(test_align_short),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
