/* test_colwidth.c - the table measures every back end shares (colwidth.h):
 * text widths from Times New Roman's real advances, wrapped lines, and the
 * balanced column widths (issue 11: a one-digit column was 129 pt wide
 * while the communes' names wrapped). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "colwidth.h"
#include "plan_fixture.h"

static const char plan_head[] =
    "khgen: 1\n"
    "header:\n"
    "  issuer: [ỦY BAN NHÂN DÂN, HUYỆN X]\n"
    "  issuer_short: UBND huyện X\n"
    "  place: X\n"
    "  date: 2024-01\n"
    "  title: Thực thi thử\n"
    "body:\n"
    "  - para: (Chi tiết theo {att bieu01} đính kèm).\n";

static void test_text_width_is_times(void **state)
{
    (void)state;
    /* advances of Times New Roman at 12 pt: N 722, u 500, n 500, g 500 */
    double w = table_text_width("Nung", 4, 12, 0);
    assert_true(w > 26.6 && w < 26.7);
    /* bold is wider; Vietnamese letters count as their base letter */
    assert_true(table_text_width("Nung", 4, 12, 1) > w);
    double a = table_text_width("a", 1, 12, 0);
    assert_true(table_text_width("\xe1\xba\xa1", 3, 12, 0) == a); /* ạ */
    /* two-byte letters are decoded too (Đ is D's width, 722/1000 em) */
    double d = table_text_width("D", 1, 12, 0);
    assert_true(d > 8.66 && d < 8.67);
    assert_true(table_text_width("\xc4\x90", 2, 12, 0) == d);
    /* a cut or stray byte is one character of the fallback width, not a
     * letter read from the bytes after it */
    double cut = table_text_width("\xe1\xba", 2, 12, 0);
    assert_true(cut > 0 && cut != a);
    assert_true(table_text_width("\xc4", 1, 12, 0) > 0);
}

static void test_lines_wrap_at_blanks(void **state)
{
    (void)state;
    double one = table_text_width("Hệ thống chính trị", strlen("Hệ thống chính trị"), 12, 0);
    assert_int_equal(table_text_lines("Hệ thống chính trị", one + 0.5, 12, 0), 1);
    assert_int_equal(table_text_lines("Hệ thống chính trị", one - 0.5, 12, 0), 2);
    assert_int_equal(table_text_lines("a\nb\nc", 100, 12, 0), 3);
    assert_int_equal(table_text_lines("", 100, 12, 0), 1);
    /* a word wider than the cell breaks, as a spreadsheet breaks it */
    assert_int_equal(table_text_lines("MMMMMMMMMM", 30, 12, 0), 4);
}

/* The memo gives what table_text_lines gives: for texts seen again (equal
 * texts at other addresses too), after a change of width, and once it has
 * given up on a run of distinct texts. */
static void test_lines_memo_agrees(void **state)
{
    (void)state;
    static const char *const texts[] = {
        "Phòng Nông nghiệp và Phát triển nông thôn", "UBND các xã", "",
        "Hệ thống chính trị\ncơ sở", "MMMMMMMMMMMMMMMMMMMMMMMMMMMMMM",
        "Quý IV năm 2024", "a b c d e f g h i j k l m n o p q r s t u v w x y z"};
    size_t n = sizeof texts / sizeof texts[0];
    TextMemo *memo = table_text_memo_new();
    char copies[sizeof texts / sizeof texts[0]][128]; /* equal texts elsewhere */
    for (size_t i = 0; i < n; i++)
        snprintf(copies[i], sizeof copies[i], "%s", texts[i]);
    for (int round = 0; round < 3; round++) {
        double width = round == 1 ? 40.0 : 90.0;
        for (size_t i = 0; i < n * 5; i++) {
            const char *text = texts[i % n];
            const char *asked = i % 2 ? copies[i % n] : text;
            assert_int_equal(table_text_lines_memo(memo, asked, width, 12, 0),
                             table_text_lines(text, width, 12, 0));
        }
    }
    /* distinct texts, past the trial after which the memo stops keeping
     * (each its own string: the memo borrows them) */
    static char distinct[600][64];
    for (int i = 0; i < 600; i++) {
        snprintf(distinct[i], sizeof distinct[i], "nhiệm vụ số %d của xã thứ %d trong huyện", i,
                 i * 7);
        assert_int_equal(table_text_lines_memo(memo, distinct[i], 50, 12, 0),
                         table_text_lines(distinct[i], 50, 12, 0));
    }
    assert_int_equal(table_text_lines_memo(memo, texts[0], 50, 12, 0),
                     table_text_lines(texts[0], 50, 12, 0));
    table_text_memo_free(memo);
    assert_int_equal(table_text_lines_memo(NULL, texts[3], 50, 12, 0),
                     table_text_lines(texts[3], 50, 12, 0));
}

static void test_columns_are_balanced(void **state)
{
    (void)state;
    PlanFixture pf = {0};
    Plan *plan = fixture_parse(
        &pf, plan_head,
        "attachments:\n"
        "  - id: bieu01\n"
        "    label: Biểu 01\n"
        "    title: Các tiêu chí\n"
        "    orientation: portrait\n"
        "    columns:\n"
        "      - stt\n"
        "      - {key: name, header: Tên xã}\n"
        "      - {key: n, header: Số tiêu chí phấn đấu hoàn thành, type: int}\n"
        "      - {key: names, header: Tên tiêu chí}\n"
        "    rows:\n"
        "      - [Xã Năm Nung, 5, \"Trường học; Nhà ở dân cư; Văn hóa; Hệ thống chính trị và tiếp cận "
        "pháp luật; Quốc phòng và An ninh\"]\n"
        "      - [Xã Buôn Choah, 1, Hệ thống chính trị và tiếp cận pháp luật]\n",
        NULL);
    assert_string_equal(fixture_flush(&pf), "");
    const Attachment *att = &plan->attachments[0];
    double w[ATTACH_MAX_COLUMNS];
    table_column_widths(att, w);
    /* a commune's name never wraps */
    double name = table_text_width("Xã Buôn Choah", strlen("Xã Buôn Choah"), 12, 0);
    assert_true(w[1] * TABLE_CHAR_PT >= name);
    /* the number column's header takes three lines at most, and the
     * column is no wider than that needs */
    const char *head = "Số tiêu chí phấn đấu hoàn thành";
    assert_true(table_text_lines(head, w[2] * TABLE_CHAR_PT - 4, 12, 1) <= 3);
    assert_true(w[2] < w[1] + 4);
    /* the long text takes the rest of a portrait page (165 mm), no more */
    double total = 0;
    for (size_t c = 0; c < att->n_columns; c++)
        total += w[c];
    assert_true(total * TABLE_CHAR_PT <= 165 / 25.4 * 72);
    assert_true(w[3] > w[1] && w[3] > w[2]);
    /* the names fit their column: its cells need not be measured again;
     * the long list does not fit its own, nor the names a narrower one */
    assert_true(table_column_fits(att, 1, w[1] * TABLE_CHAR_PT));
    assert_true(table_column_fits(att, 1, name + 0.01));
    assert_false(table_column_fits(att, 1, name - 0.01));
    assert_false(table_column_fits(att, 3, w[3] * TABLE_CHAR_PT));
    assert_false(table_column_fits(att, 9, 1000)); /* no such column */
    fixture_release(&pf);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_text_width_is_times),
        cmocka_unit_test(test_lines_wrap_at_blanks),
        cmocka_unit_test(test_lines_memo_agrees),
        cmocka_unit_test(test_columns_are_balanced),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
