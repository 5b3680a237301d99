/* test_layout_unit.c - unit tests of layout.c's unit line above a Biểu's
 * table (session 32's `unit:`): layout_unit_said, the unit a line names
 * ("ĐVT: triệu đồng", "(Đơn vị tính: %)"), the one rule of the back ends
 * and of import's Biểu reader, and layout_unit_line, the line printed.
 * The cases session 33's mutation sweep found missing (layout-009, -018,
 * -028, covered only by fixmed32's PDF prints): a line that does not
 * begin with the words, the opening parenthesis, the colon.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "layout.h"

/* the unit said, or "(null)" */
static const char *said(Arena *arena, const char *text)
{
    const char *u = layout_unit_said(arena, text);
    return u ? u : "(null)";
}

/* the words in their usual cases, with or without parentheses */
static void test_unit_said(void **state)
{
    (void)state;
    Arena *arena = arena_new();
    assert_string_equal(said(arena, "ĐVT: triệu đồng"), "triệu đồng");
    assert_string_equal(said(arena, "(Đơn vị tính: %)"), "%");
    assert_string_equal(said(arena, "  đơn vị tính :  hộ  "), "hộ");
    /* "Đơn vị: X" is kept as written (it may name who reports: s33review) */
    assert_string_equal(said(arena, "Đơn vị: km"), "Đơn vị: km");
    /* less its indentation and its trailing blanks (s34mut: layout-010,
     * -015, -019: the spaces kept, the tab kept) */
    assert_string_equal(said(arena, " \t Đơn vị: Ban quản lý XDNTM xã \t"), "Đơn vị: Ban quản lý XDNTM xã");
    /* a parenthesis of the unit's own stays when the line opens none
     * (mutant: *paren left unset) */
    assert_string_equal(said(arena, "ĐVT: triệu đồng (VNĐ)"), "triệu đồng (VNĐ)");
    arena_free(arena);
}

/* no unit: the words without a colon (mutant: *s != ':'), a line that
 * begins otherwise, as long as the words, then a colon (mutant: !a &&
 * ..., every line of 16 bytes or more the words), a sentence after it */
static void test_unit_not_said(void **state)
{
    (void)state;
    Arena *arena = arena_new();
    assert_string_equal(said(arena, "Đơn vị tính triệu đồng"), "(null)");
    assert_string_equal(said(arena, "Abcdefghijklmnop: hộ"), "(null)");
    assert_string_equal(said(arena, "Nguồn: số liệu của xã"), "(null)");
    assert_string_equal(said(arena, "Đơn vị tính: hộ. Nguồn: UBND xã"), "(null)");
    assert_string_equal(said(arena, "ĐVT:"), "(null)");
    arena_free(arena);
}

/* the line printed: "Đơn vị tính: " and the unit, or the unit as written
 * when it says so already; none without a unit */
static void test_unit_line(void **state)
{
    (void)state;
    Arena *arena = arena_new();
    Attachment att;
    memset(&att, 0, sizeof att);
    assert_null(layout_unit_line(arena, &att));
    att.unit = "triệu đồng";
    assert_string_equal(layout_unit_line(arena, &att), "Đơn vị tính: triệu đồng");
    att.unit = "ĐVT: %";
    assert_string_equal(layout_unit_line(arena, &att), "ĐVT: %");
    att.unit = "  ";
    assert_null(layout_unit_line(arena, &att));
    arena_free(arena);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_unit_said),
        cmocka_unit_test(test_unit_not_said),
        cmocka_unit_test(test_unit_line),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
