/* test_cycle.c - unit tests of `khgen diff` as a library call (cycle_diff,
 * diff.c): parts matched by identity and place, moves, the word diff, and
 * the three output formats. Each side is a plan compiled from a string
 * (plan_fixture.h); the end-to-end tests (tests/cycle/run.sh) run the
 * command, git and the browser. */
#include "plan_fixture.h"

#include "check.h"
#include "cycle.h"
#include "diff_impl.h"

static const char head[] =
    "khgen: 1\n"
    "header: {issuer: [ỦY BAN NHÂN DÂN, HUYỆN A], place: A, date: 2024-01, title: Thực thi năm 2024}\n"
    "units:\n"
    "  - {id: vp, name: Văn phòng}\n"
    "  - {id: nn, name: Phòng Nông nghiệp}\n";

static const char body[] =
    "body:\n"
    "  - section: MỤC TIÊU\n"
    "    items:\n"
    "      - bullet: Một hai ba bốn năm.\n"
    "      - bullet: Sáu bảy tám.\n"
    "      - bullet: Chín mười.\n"
    "  - section: NHIỆM VỤ\n"
    "    items:\n"
    "      - task: Việc một\n"
    "        id: mot\n"
    "        lead: vp\n"
    "        show: [lead]\n"
    "      - task: Việc hai\n"
    "        id: hai\n"
    "        lead: nn\n"
    "        show: [lead]\n";

typedef struct Sides {
    PlanFixture a, b;
    Buf out;
} Sides;

static int setup(void **state)
{
    Sides *s = calloc(1, sizeof *s);
    *state = s;
    return s ? 0 : -1;
}

static int teardown(void **state)
{
    Sides *s = *state;
    fixture_release(&s->a);
    fixture_release(&s->b);
    buf_free(&s->out);
    free(s);
    return 0;
}

/* Compiles both sides, asserts they have no errors, and diffs them. */
static int diff(Sides *s, const char *old_body, const char *new_body, int format)
{
    Plan *a = old_body ? fixture_parse(&s->a, head, old_body, NULL) : NULL;
    Plan *b = fixture_parse(&s->b, head, new_body, NULL);
    if (a)
        check_plan(s->a.arena, s->a.diags, s->a.templates, a);
    check_plan(s->b.arena, s->b.diags, s->b.templates, b);
    assert_int_equal(diag_error_count(s->b.diags), 0);
    buf_reset(&s->out);
    return cycle_diff(a, s->a.arena ? s->a.arena : s->b.arena, b, s->b.arena, s->b.templates,
                      "old", "new", format, 0, 0, &s->out);
}

static char *replace(const char *text, const char *from, const char *to)
{
    const char *at = strstr(text, from);
    assert_non_null(at);
    char *out = malloc(strlen(text) + strlen(to) + 1);
    assert_non_null(out);
    memcpy(out, text, (size_t)(at - text));
    strcpy(out + (at - text), to);
    strcat(out, at + strlen(from));
    return out;
}

static int count(const char *text, const char *what)
{
    int n = 0;
    for (const char *p = strstr(text, what); p; p = strstr(p + 1, what))
        n++;
    return n;
}

static void test_same_plan_no_change(void **state)
{
    Sides *s = *state;
    assert_int_equal(diff(s, body, body, DIFF_TERM), 0);
    assert_int_equal(s->out.len, 0);
}

static void test_one_word(void **state)
{
    Sides *s = *state;
    char *b = replace(body, "Sáu bảy tám.", "Sáu bảy chín.");
    int n = diff(s, body, b, DIFF_TERM);
    free(b);
    assert_int_equal(n, 1);
    assert_non_null(strstr(s->out.data, "@@ I. “Sáu bảy chín.”: sửa @@\nSáu bảy [-tám.-]{+chín.+}\n"));
}

static void test_moved_bullet_once_and_no_renumbering_noise(void **state)
{
    Sides *s = *state;
    /* "Chín mười." moves to the front: the others are renumbered, not changed */
    char *b1 = replace(body, "      - bullet: Chín mười.\n", "");
    char *b2 = replace(b1, "      - bullet: Một hai", "      - bullet: Chín mười.\n      - bullet: Một hai");
    int n = diff(s, body, b2, DIFF_TERM);
    free(b1);
    free(b2);
    assert_int_equal(n, 1);
    assert_non_null(strstr(s->out.data, "@@ I. “Chín mười.”: chuyển từ vị trí thứ 3 trong I. “MỤC TIÊU” @@\nChín mười.\n"));
    assert_int_equal(count(s->out.data, "@@"), 2); /* one hunk line: "@@ ... @@" */
}

static void test_task_by_id_lead_changed(void **state)
{
    Sides *s = *state;
    /* the two tasks swap places and one changes lead: matched by id */
    char *b = replace(body, "        id: hai\n        lead: nn", "        id: hai\n        lead: vp");
    int n = diff(s, body, b, DIFF_TERM);
    assert_int_equal(n, 1);
    assert_non_null(strstr(s->out.data, "(hai): sửa @@"));
    free(b); /* before the asserts: a failed assert leaves the test */
    assert_non_null(strstr(s->out.data, "[-Phòng Nông nghiệp-]{+Văn phòng+}"));
}

static void test_added_and_deleted(void **state)
{
    Sides *s = *state;
    char *b = replace(body, "      - bullet: Sáu bảy tám.\n", "      - bullet: Mới hoàn toàn.\n");
    diff(s, body, b, DIFF_TERM);
    free(b);
    /* a whole new text at the same place reads as a change of that text,
     * named by its section's number and its new words (s45cycle F13: it
     * was "I.-2", a code no official reads) */
    assert_non_null(strstr(s->out.data, "@@ I. “Mới hoàn toàn.”: sửa @@"));
    char *c = replace(body, "      - bullet: Chín mười.\n", "");
    diff(s, body, c, DIFF_TERM);
    free(c);
    assert_non_null(strstr(s->out.data, "@@ I. “Chín mười.”: bỏ @@\n[-Chín mười.-]\n"));
}

static void test_empty_old_document(void **state)
{
    Sides *s = *state;
    int n = diff(s, NULL, body, DIFF_TERM);
    assert_true(n > 5);
    assert_non_null(strstr(s->out.data, "@@ Trích yếu: thêm @@\n{+Thực thi năm 2024+}"));
}

static void test_markdown_and_html(void **state)
{
    Sides *s = *state;
    char *b = replace(body, "        id: hai\n        lead: nn", "        id: hai\n        lead: vp");
    diff(s, body, b, DIFF_MD);
    Buf md = {0};
    buf_puts(&md, s->out.data);
    diff(s, body, b, DIFF_HTML);
    free(b);
    const char *html = s->out.data;
    /* a task line must not become a Markdown list item */
    int md_ok = strstr(md.data, "\n\\+ ") && strstr(md.data, "~~Phòng Nông nghiệp~~**Văn phòng**");
    buf_free(&md);
    assert_true(md_ok);
    assert_non_null(strstr(html, "<!DOCTYPE html>"));
    assert_non_null(strstr(html, "<del>Phòng Nông nghiệp</del><ins>Văn phòng</ins>"));
    assert_non_null(strstr(html, "@page"));
}

static void test_html_escapes_plan_text(void **state)
{
    Sides *s = *state;
    char *b = replace(body, "Sáu bảy tám.", "Sáu <script>alert(1)</script> & tám.");
    diff(s, body, b, DIFF_HTML);
    free(b);
    assert_null(strstr(s->out.data, "<script>"));
}

/* diff_year_only: years moved by the plans' difference (the old plan's year
 * 2024), and nothing else */
static void test_year_only(void **state)
{
    (void)state;
    assert_int_equal(diff_year_only("năm 2024.", "năm 2025.", 2024, 2024 + (1)), 1);
    assert_int_equal(diff_year_only("trước 15/7/2024, so với 2023", "trước 15/7/2025, so với 2024", 2024, 2024 + (1)), 1);
    assert_int_equal(diff_year_only("năm 2024", "năm 2026", 2024, 2024 + (2)), 1);
    assert_int_equal(diff_year_only("năm 2025", "năm 2024", 2024, 2024 + (-1)), 1);
    assert_int_equal(diff_year_only("năm 2024", "năm 2024", 2024, 2024 + (1)), 0);  /* no year moved */
    assert_int_equal(diff_year_only("năm 2024", "năm 2026", 2024, 2024 + (1)), 0);  /* another step */
    assert_int_equal(diff_year_only("năm 2024", "năm 2025", 2024, 2024 + (0)), 0);  /* same year */
    assert_int_equal(diff_year_only("năm 2024 tốt", "năm 2025 tốt hơn", 2024, 2024 + (1)), 0);
    assert_int_equal(diff_year_only("1234 ha", "1235 ha", 2024, 2024 + (1)), 0);    /* not a year */
    assert_int_equal(diff_year_only("năm 2024", "năm 20245", 2024, 2024 + (1)), 0); /* five digits */
    assert_int_equal(diff_year_only("12024", "12025", 2024, 2024 + (1)), 0);
    assert_int_equal(diff_year_only("năm 2024", "năm 2025 ", 2024, 2024 + (1)), 0); /* longer */
    /* an amount and a cited document's date are not the year (s19attack L5) */
    assert_int_equal(diff_year_only("kinh phí 2024 triệu đồng", "kinh phí 2025 triệu đồng", 2024, 2024 + (1)), 0);
    assert_int_equal(diff_year_only("đạt 2024 ha.", "đạt 2025 ha.", 2024, 2024 + (1)), 0);
    assert_int_equal(diff_year_only("tăng 2024%", "tăng 2025%", 2024, 2024 + (1)), 0);
    assert_int_equal(diff_year_only("Nghị quyết 08/2023/NQ-HĐND ngày 10/01/2024",
                                    "Nghị quyết 08/2023/NQ-HĐND ngày 10/01/2025", 2024, 2024 + (1)), 0);
    assert_int_equal(diff_year_only("Quyết định số 263/QĐ-TTg, ngày 22 tháng 02 năm 2024 của",
                                    "Quyết định số 263/QĐ-TTg, ngày 22 tháng 02 năm 2025 của", 2024, 2024 + (1)), 0);
    /* still years: a deadline's date, a year before a word that is no unit */
    assert_int_equal(diff_year_only("báo cáo ngày 10/01/2024", "báo cáo ngày 10/01/2025", 2024, 2024 + (1)), 1);
    assert_int_equal(diff_year_only("năm 2024 hội nghị", "năm 2025 hội nghị", 2024, 2024 + (1)), 1);
    assert_int_equal(diff_year_only("năm 2024 mới", "năm 2025 mới", 2024, 2024 + (1)), 1);
    assert_int_equal(diff_year_only("ngày 22 tháng 02 năm 2024", "ngày 22 tháng 02 năm 2025", 2024, 2024 + (1)), 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_same_plan_no_change, setup, teardown),
        cmocka_unit_test_setup_teardown(test_one_word, setup, teardown),
        cmocka_unit_test_setup_teardown(test_moved_bullet_once_and_no_renumbering_noise, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_task_by_id_lead_changed, setup, teardown),
        cmocka_unit_test_setup_teardown(test_added_and_deleted, setup, teardown),
        cmocka_unit_test_setup_teardown(test_empty_old_document, setup, teardown),
        cmocka_unit_test_setup_teardown(test_markdown_and_html, setup, teardown),
        cmocka_unit_test_setup_teardown(test_html_escapes_plan_text, setup, teardown),
        cmocka_unit_test(test_year_only),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
