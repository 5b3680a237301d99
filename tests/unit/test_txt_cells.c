/* test_txt_cells.c - unit tests of txt_cells.c's merge of drifted
 * columns (txt_merge_drifted, s46's quadratic-free rewrite) and its
 * header groups (txt_header_groups: a group of one after a group).
 *
 * The specification, written here once more: of a table's column places
 * cols (sorted), two neighbours within TXT_DRIFT of each other that no
 * line holds both of (co[j], the columns a line holds a cell in beside
 * column j, has no bit j + 1) are made one, the left place kept, the
 * nearest pair first, while more than want; the merged column's co is
 * the union of the two, and every co is folded to match (bit j + 1 made
 * bit j, those above it one lower). Session 46's mutation sweep left three
 * mutants of these lines alive: txt_cells-162 (`best < 0 && ...`: the
 * first pair within the drift taken, not the nearest, and cols[-1] read),
 * -172 (`co[best] |= co[best + 0]`: the right column's lines lost) and
 * -144 (fold_bit's `j - 1`: bit j + 1 not folded into bit j), and one of
 * the header groups, -123 (group_after_a_group); session 48 wrote these
 * cases for them.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "txt_cells.h"

/* The nearest pair is merged first, not the first within the drift:
 * 10/16 (6 apart) and 40/43 (3 apart), one to merge: 40 and 43 become
 * one, 10 and 16 stay two. */
static void nearest_first(void **state)
{
    (void)state;
    size_t before_cols[5] = {0, 10, 16, 40, 43}; /* [0]: what cols[-1] would read */
    size_t *cols = before_cols + 1;
    unsigned co[4] = {1u << 0, 1u << 1, 1u << 2, 1u << 3};
    assert_int_equal(txt_merge_drifted(cols, 4, co, 3), 3);
    assert_int_equal(cols[0], 10);
    assert_int_equal(cols[1], 16);
    assert_int_equal(cols[2], 40);
    assert_int_equal(co[0], 1u << 0);
    assert_int_equal(co[1], 1u << 1);
    assert_int_equal(co[2], 1u << 2); /* bits 2 and 3 made one */
}

/* The lines of the right column join the left one's, each mask folded:
 * columns 0 and 1 (4 apart, never on one line) merge; column 0's lines
 * hold cells in 0 and 2, column 1's in 1 and 3. After: the merged column
 * holds 0, 1 (old 2), 2 (old 3); old column 2 holds 0 and 1; old 3 holds
 * 0 and 2. */
static void masks_folded(void **state)
{
    (void)state;
    size_t cols[4] = {10, 14, 30, 50};
    unsigned co[4] = {0x5u, 0xAu, 0x5u, 0xAu};
    assert_int_equal(txt_merge_drifted(cols, 4, co, 3), 3);
    assert_int_equal(cols[0], 10);
    assert_int_equal(cols[1], 30);
    assert_int_equal(cols[2], 50);
    assert_int_equal(co[0], 0x7u);
    assert_int_equal(co[1], 0x3u);
    assert_int_equal(co[2], 0x5u);
}

/* The same one place further right (best = 1): bit 2 folded into bit 1. */
static void masks_folded_inside(void **state)
{
    (void)state;
    size_t cols[4] = {10, 30, 34, 50};
    unsigned co[4] = {0x9u, 0x2u | 0x1u, 0x4u | 0x8u, 0x9u};
    assert_int_equal(txt_merge_drifted(cols, 4, co, 3), 3);
    assert_int_equal(cols[0], 10);
    assert_int_equal(cols[1], 30);
    assert_int_equal(cols[2], 50);
    assert_int_equal(co[0], 0x5u); /* 0 and old 3, now 2 */
    assert_int_equal(co[1], 0x7u); /* 0, 1 and old 2 (now 1), old 3 (now 2) */
    assert_int_equal(co[2], 0x5u);
}

/* Two neighbours a line holds both of stay two, however near. */
static void both_on_a_line(void **state)
{
    (void)state;
    size_t cols[3] = {10, 12, 40};
    unsigned co[3] = {0x3u, 0x3u, 0x4u};
    assert_int_equal(txt_merge_drifted(cols, 3, co, 2), 3);
    assert_int_equal(cols[1], 12);
}

/* A header of two lines (the columns STT at 0, "Mức phấn đấu" at 10,
 * "Năm đạt" at 30, "Mức đã đạt" at 50): "Mục tiêu", centred over the
 * second and third, is their group; "Hiện trạng", right of it over the
 * fourth alone, is that one's group of one. txt_cells-123 (`break` for
 * `continue` at a cell grouped already) left every cell after "Mục tiêu"
 * without its group. */
static void group_after_a_group(void **state)
{
    (void)state;
    static const char up[] = "                   Mục tiêu                       Hiện trạng";
    static const char low[] = "STT       Mức phấn đấu        Năm đạt             Mức đã đạt";
    const Line L[2] = {{.s = up, .n = sizeof up - 1}, {.s = low, .n = sizeof low - 1}};
    const size_t cols[4] = {0, 10, 30, 50};
    signed char g[TXT_MAX_HEAD][TXT_MAX_CELLS], span[TXT_MAX_HEAD][TXT_MAX_CELLS];
    txt_header_groups(L, 0, 2, cols, 4, g, span);
    assert_int_equal(g[0][0], 1); /* "Mục tiêu": columns 1 and 2 */
    assert_int_equal(span[0][0], 2);
    assert_int_equal(g[0][1], 3); /* "Hiện trạng": column 3 alone */
    assert_int_equal(span[0][1], 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(nearest_first),
        cmocka_unit_test(masks_folded),
        cmocka_unit_test(masks_folded_inside),
        cmocka_unit_test(both_on_a_line),
        cmocka_unit_test(group_after_a_group),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
