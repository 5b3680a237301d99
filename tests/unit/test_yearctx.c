/* test_yearctx.c - unit tests of yearctx.c, the one "year in context"
 * rule of `khgen diff`, `khgen import` and `khgen new`, and of dockind.c,
 * the kinds of document it reads after "tại", "theo" and before a cited
 * number (session 29).
 *
 * A row is a text holding one year marked by '@' before it (the mark is
 * taken out), the plan's year, and what each question answers there:
 * yearctx_cited, yearctx_other, yearctx_plan. The rows are the findings
 * (`khgen new` noted "Quyết định số 12/2024/QĐ-UBND", "số 2024 đường",
 * "1/2024", a link's address; `khgen diff` counted "Luật Đất đai năm
 * 2024" moved to 2025 as the year moved) and controls of the plan's own
 * year that must stay one.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "dockind.h"
#include "yearctx.h"

static const struct {
    const char *text;
    int own, cited, other, plan;
} rows_[] = {
    /* cited documents: never the plan's */
    {"Thực hiện Quyết định số 12/@2024/QĐ-UBND của UBND tỉnh.", 2024, 1, 1, 0},
    {"Triển khai Nghị quyết số 15/@2024 của HĐND huyện.", 2024, 1, 1, 0},
    {"theo Phương án 05/@2024 của huyện", 2024, 1, 1, 0},   /* a kind of the shared list */
    {"(Chỉ thị 05/@2024)", 2024, 1, 1, 0},
    {"Theo Luật Đất đai năm @2024 và các văn bản hướng dẫn.", 2024, 1, 1, 0},
    {"Công văn số 15/UBND ngày 11/01/@2024 của UBND tỉnh.", 2024, 1, 1, 0},
    {"tại Quy định ngày 10/01/@2024 về chế độ", 2024, 1, 1, 0},  /* "Quy định" was no kind of diff's */
    {"theo quyết định ngày 10/01/@2024 về chế độ", 2024, 1, 1, 0}, /* small letter */
    {"Quyết định số 12/QĐ-UBND của UBND huyện về giao chỉ tiêu năm @2024", 2024, 1, 1, 0},
    /* not years: an amount, an address, a fraction, a web address */
    {"Hỗ trợ @2024 triệu đồng cho các xã.", 2024, 0, 1, 0},
    {"Trụ sở tại số @2024 đường Hùng Vương.", 2024, 0, 1, 0},
    {"ngõ @2024 phố Huế", 2024, 0, 1, 0},
    {"Tỷ lệ đạt 1/@2024 số hộ được hỗ trợ.", 2024, 0, 1, 0},
    /* (its "/2024/k" reads as a document's number too) */
    {"Xem tại https://yenthe.gov.vn/@2024/kh.pdf để biết thêm.", 2024, 1, 1, 0},
    {"Xem tại https://yenthe.gov.vn/kh-@2024.pdf để biết thêm.", 2024, 0, 1, 0},
    {"gửi vp@2024@yenthe.gov.vn trước", 2024, 0, 1, 0},
    /* the plan's own year: controls */
    {"Phấn đấu đến hết năm @2024 đạt chuẩn.", 2024, 0, 0, 1},
    {"Hoàn thành trước ngày 15/7/@2024.", 2024, 0, 0, 1},
    /* the date's other separators (s30mut: in_date's
     * "sep == '-'" for "sep != '-'" passed) */
    {"Hoàn thành trước ngày 15-7-@2024.", 2024, 0, 0, 1},
    {"Hoàn thành trước ngày 15.7.@2024.", 2024, 0, 0, 1},
    {"Công văn số 15/UBND ngày 11-01-@2024 của UBND tỉnh.", 2024, 1, 1, 0},
    {"Công văn số 15/UBND ngày 11.01.@2024 của UBND tỉnh.", 2024, 1, 1, 0},
    {"Báo cáo kết quả tháng 6/@2024 và quý IV/2024.", 2024, 0, 0, 1},
    {"quý IV/@2024", 2024, 0, 0, 1},
    /* a Roman quarter after '/' alone is one, after '-' none (s30mut:
     * in_date's "sep == '/'" turned passed) */
    {"Báo cáo kết quả IV/@2024 về huyện", 2024, 0, 0, 1},
    {"Báo cáo kết quả IV-@2024 về huyện", 2024, 0, 1, 0},
    {"trước 6/@2024", 2024, 0, 0, 1},
    {"năm học 2023/@2024", 2024, 0, 0, 1},       /* a school year: no cited number */
    {"giai đoạn 2021-@2025", 2024, 0, 0, 1},
    {"Kế hoạch @2024", 2024, 0, 0, 1},
    {"năm *@2024*", 2024, 0, 0, 1},
    {"Kế hoạch năm @2024 của UBND huyện", 2024, 0, 0, 1}, /* the plan's own name */
    {"theo kế hoạch, hoàn thành trước ngày 30/11/@2024.", 2024, 0, 0, 1},
    /* four digits where no word names a year: neither (new notes it) */
    {"@2024", 2024, 0, 0, 0},
    /* a number that begins the text before the year: the walk back over
     * its digits stops at the text's first byte ('k >= 0' on a size_t
     * read before it: the sanitizers' build stops, s30mut) */
    {"15 @2024", 2024, 0, 0, 0},
};

static void rows(void **state)
{
    (void)state;
    int bad = 0;
    for (size_t i = 0; i < sizeof rows_ / sizeof rows_[0]; i++) {
        char text[256];
        const char *mark = strchr(rows_[i].text, '@');
        assert_non_null(mark);
        size_t at = (size_t)(mark - rows_[i].text);
        snprintf(text, sizeof text, "%.*s%s", (int)at, rows_[i].text, mark + 1);
        int cited = yearctx_cited(text, at), other = yearctx_other(text, at);
        int plan = yearctx_plan(text, at, rows_[i].own);
        if (cited != rows_[i].cited || other != rows_[i].other || plan != rows_[i].plan) {
            print_message("\"%s\": cited %d other %d plan %d, want %d %d %d\n", rows_[i].text,
                          cited, other, plan, rows_[i].cited, rows_[i].other, rows_[i].plan);
            bad++;
        }
    }
    assert_int_equal(bad, 0);
}

/* The kinds of document, listed once (dockind.c): a whole word, the
 * longest, its first letter small when asked; before a number. */
static void kinds(void **state)
{
    (void)state;
    assert_int_equal(doc_kind_at("Quyết định số 12", 0), strlen("Quyết định"));
    assert_int_equal(doc_kind_at("quyết định số 12", 0), 0);
    assert_int_equal(doc_kind_at("quyết định số 12", 1), strlen("quyết định"));
    assert_int_equal(doc_kind_at("đề án 2", 1), strlen("đề án"));
    assert_int_equal(doc_kind_at("Nghị quyết liên tịch số", 0), strlen("Nghị quyết liên tịch"));
    assert_int_equal(doc_kind_at("Luậtx", 0), 0);
    assert_int_equal(doc_kind_at("Luật", 0), strlen("Luật"));
    assert_int_equal(doc_kind_at("", 1), 0);
    const char *s = "theo Phương án 05";
    assert_true(doc_kind_ends(s, strlen("theo Phương án"), 0));
    assert_false(doc_kind_ends(s, strlen("theo Phương"), 0));
    const char *t = "xPhương án 05";
    assert_false(doc_kind_ends(t, strlen("xPhương án"), 0)); /* no word's start */
    size_t n = 0;
    while (plan_document_kinds[n])
        n++;
    assert_true(n >= 30);
}

/* The list's ends and a kind's bounds (s30mut: mutants of dockind.c that
 * passed every suite): the first kind ("Hiến pháp", a loop from k = 1
 * never saw it) and the last, the kind that matches and not the longest
 * sharing its first bytes ("Quy chế" beside "Quyết định", "Quy định"), a
 * word before it ending in a byte 0x80 ("À", "Ề": a bound '> 0x80' took
 * that letter for no word's), a text shorter than a kind's first two
 * characters. */
static void kinds_bounds(void **state)
{
    (void)state;
    assert_int_equal(doc_kind_at("Hiến pháp năm 2013", 0), strlen("Hiến pháp"));
    assert_int_equal(doc_kind_at("hiến pháp năm 2013", 1), strlen("hiến pháp"));
    assert_int_equal(doc_kind_at("Văn bản hợp nhất số 5", 0), strlen("Văn bản hợp nhất"));
    assert_int_equal(doc_kind_at("Văn bản số 5", 0), strlen("Văn bản"));
    assert_int_equal(doc_kind_at("Quy chế số 3", 0), strlen("Quy chế"));
    assert_int_equal(doc_kind_at("Quy định 3", 0), strlen("Quy định"));
    assert_int_equal(doc_kind_at("Quy", 0), 0);
    assert_int_equal(doc_kind_at("L", 0), 0);
    assert_int_equal(doc_kind_at("Luật\xC3\x80", 0), 0); /* "LuậtÀ": a word goes on */
    const char *a = "L\xC3\x80Quyết định", *e = "\xE1\xBB\x80Quyết định", *sp = "L\xC3\x80 Quyết định";
    assert_false(doc_kind_ends(a, strlen(a), 0)); /* "LÀQuyết định": inside a word */
    assert_false(doc_kind_ends(e, strlen(e), 0)); /* "ỀQuyết định" */
    assert_true(doc_kind_ends(sp, strlen(sp), 0));
    assert_true(doc_kind_ends("Hiến pháp", strlen("Hiến pháp"), 0));
    assert_false(doc_kind_ends("Hiến pháp", strlen("Hiến ph"), 0));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(rows),
        cmocka_unit_test(kinds),
        cmocka_unit_test(kinds_bounds),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
