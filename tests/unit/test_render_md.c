/* test_render_md.c - unit tests of numbering (render.c) and the Markdown
 * back end (render_md.c): labels, task lines, deadline phrases, bases,
 * closing, recipients, and the escaping of block starts. Each test parses a
 * small plan and compares the rendered Markdown (or a part) exactly.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "plan_fixture.h"

#include "load.h"
#include "parse.h"
#include "render_md.h"

typedef struct Fixture {
    PlanFixture pf;          /* pf.output: the diagnostics printed */
    RenderCtx rc;
    Buf out;
} Fixture;

static const char header[] = "khgen: 1\n"
                             "header:\n"
                             "  issuer: [ỦY BAN NHÂN DÂN, HUYỆN X]\n"
                             "  issuer_short: UBND huyện X\n"
                             "  place: X\n"
                             "  date: 2024-01\n"
                             "  title: Thử nghiệm\n";

/* Parses header + rest and renders the body only (whole = 0) or the whole
 * document (whole = 1) into f->out. Fails the test on any diagnostic. */
static void render_text(Fixture *f, const char *rest, int whole)
{
    Plan *plan = fixture_parse(&f->pf, header, rest, NULL);
    render_ctx_init(&f->rc, plan, f->pf.templates, f->pf.arena);
    if (whole)
        assert_int_equal(render_md(&f->rc, &f->out), 0);
    else
        render_md_body(&f->rc, &f->out);
    assert_string_equal(fixture_flush(&f->pf), "");
}

static int setup(void **state)
{
    *state = calloc(1, sizeof(Fixture));
    return 0;
}

static int teardown(void **state)
{
    Fixture *f = *state;
    buf_free(&f->out);
    fixture_release(&f->pf);
    free(f);
    return 0;
}

static void test_numbering(void **state)
{
    Fixture *f = *state;
    render_text(f,
                "body:\n"
                "  - section: MỤC TIÊU\n"
                "    items:\n"
                "      - clause: Mục tiêu chung\n"
                "        items:\n"
                "          - subclause: Cụ thể\n"
                "            items:\n"
                "              - subclause: Đối với xã\n"
                "                items: [{point: một}, {point: hai}, {point: ba}, {point: bốn},\n"
                "                        {point: năm}, {point: sáu}]\n"
                "      - clause: Hai\n"
                "        text: Nội dung\n"
                "      - clause: Ba\n"
                "        number: 7\n"
                "      - clause: Bốn\n"
                "  - section: NHIỆM VỤ\n"
                "    suppress: [KH116]\n" /* headings only: no content is meant */
                "  - section: TỔ CHỨC THỰC HIỆN\n"
                "    label: \"\"\n"
                "    suppress: [KH116]\n",
                0);
    assert_string_equal(f->out.data, "**I. MỤC TIÊU**\n\n"
                                     "**1. Mục tiêu chung**\n\n"
                                     "**1.1. Cụ thể**\n\n"
                                     "**1.1.1. Đối với xã**\n\n"
                                     "a) một\n\nb) hai\n\nc) ba\n\nd) bốn\n\nđ) năm\n\ne) sáu\n\n"
                                     "2\\. Hai: Nội dung\n\n"
                                     "7\\. Ba\n\n"
                                     "8\\. Bốn\n\n"
                                     "**II. NHIỆM VỤ**\n\n"
                                     "**TỔ CHỨC THỰC HIỆN**\n");
}

static void test_bullets_and_tasks(void **state)
{
    Fixture *f = *state;
    render_text(f,
                "units:\n"
                "  - {id: dc, name: Công chức Địa chính}\n"
                "  - {id: vh, name: Công chức Văn hoá}\n"
                "body:\n"
                "  - bullet: Ý một\n"
                "    items: [{bullet: ý con}]\n"
                "  - task: \"Tiêu chí số 6 - Cơ sở vật chất văn hóa:\"\n"
                "    style: italic\n"
                "    text: Tuyên truyền {lead} làm việc, xong {due}.\n"
                "    lead: dc\n"
                "    support: [vh]\n"
                "    lead_note: (đồng chí A)\n"
                "    due: ongoing\n"
                "  - task: \"\"\n"
                "    text: Hoàn thành Kế hoạch xong trước {due}.\n"
                "    due: 2024-01-31\n"
                "    show: []\n"
                "  - task: Chỉ tiêu 17\n"
                "    assign:\n"
                "      - {unit: dc, indicators: [17.1, 17.4]}\n"
                "    assign_note: Các Đoàn thể xã hỗ trợ.\n"
                "    due: {before: 2024-11, prefix: Hoàn thành}\n",
                0);
    assert_string_equal(f->out.data,
                        "- Ý một\n\n"
                        "  + ý con\n\n"
                        "- *Tiêu chí số 6 - Cơ sở vật chất văn hóa:*\n\n"
                        "  Tuyên truyền Công chức Địa chính làm việc, xong thường xuyên trong năm "
                        "2024.\n\n"
                        /* no criteria: the neutral label */
                        "  + Đơn vị thực hiện: Công chức Địa chính phối hợp với Công chức Văn hoá "
                        "(đồng chí A)\n\n"
                        "  + Thời gian thực hiện: Thường xuyên trong năm 2024\n\n"
                        "- Hoàn thành Kế hoạch xong trước ngày 31/01/2024.\n\n"
                        "- Chỉ tiêu 17\n\n"
                        "  + Phụ trách tiêu chí:\n\n"
                        "  Công chức Địa chính phụ trách Chỉ tiêu 17.1, 17.4.\n\n"
                        "  Các Đoàn thể xã hỗ trợ.\n\n"
                        "  + Thời gian thực hiện: Hoàn thành trước tháng 11/2024\n");
}

/* "point: \"\"" lends its letter to its untitled task, as "clause: \"\""
 * lends its number: "a) Công an phường chủ trì ..." is one line (an
 * imported plan's assignment among points), and the next point is b). */
static void test_point_lends_label(void **state)
{
    Fixture *f = *state;
    render_text(f,
                "units:\n"
                "  - {id: ca, name: Công an phường}\n"
                "body:\n"
                "  - point: \"\"\n"
                "    items:\n"
                "      - task: \"\"\n"
                "        label: \"\"\n"
                "        text: Công an phường chủ trì rà soát.\n"
                "        lead: ca\n"
                "        show: []\n"
                "  - point: Hai\n",
                0);
    assert_string_equal(f->out.data, "a) Công an phường chủ trì rà soát.\n\nb) Hai\n");
}

/* A lead note that is punctuation attaches to the unit: an imported "+ Đơn
 * vị thực hiện: Công chức Địa chính." prints its full stop back, not
 * "Công chức Địa chính ." */
static void test_note_punctuation(void **state)
{
    Fixture *f = *state;
    render_text(f,
                "units:\n"
                "  - {id: dc, name: Công chức Địa chính}\n"
                "body:\n"
                "  - task: Số hóa hồ sơ.\n"
                "    lead: dc\n"
                "    lead_note: \".\"\n"
                "  - task: Đo đạc.\n"
                "    lead: dc\n"
                "    lead_note: (đồng chí A)\n",
                0);
    assert_string_equal(f->out.data, "- Số hóa hồ sơ.\n\n"
                                     "  + Đơn vị thực hiện: Công chức Địa chính.\n\n"
                                     "- Đo đạc.\n\n"
                                     "  + Đơn vị thực hiện: Công chức Địa chính (đồng chí A)\n");
}

static void test_due_phrases(void **state)
{
    Fixture *f = *state;
    render_text(f,
                "body:\n"
                "  - {task: a, due: 2024-Q4, show: [due]}\n"
                "  - {task: b, due: 2024-H2, show: [due]}\n"
                "  - {task: c, due: 2024-10, show: [due]}\n"
                "  - {task: d, due: 2024, show: [due]}\n"
                "  - {task: e, due: {in: 2024-Q1, text: xong trong Qúy I/2024}, show: [due]}\n"
                "  - {task: f, due: {before: 2024-07-15}, show: [due]}\n",
                0);
    assert_non_null(strstr(f->out.data, "+ Thời gian thực hiện: quý IV/2024\n"));
    assert_non_null(strstr(f->out.data, "+ Thời gian thực hiện: 6 tháng cuối năm 2024\n"));
    assert_non_null(strstr(f->out.data, "+ Thời gian thực hiện: tháng 10/2024\n"));
    assert_non_null(strstr(f->out.data, "+ Thời gian thực hiện: năm 2024\n"));
    assert_non_null(strstr(f->out.data, "+ Thời gian thực hiện: xong trong Qúy I/2024\n"));
    assert_non_null(strstr(f->out.data, "+ Thời gian thực hiện: trước ngày 15/7/2024\n"));
}

static void test_whole_document(void **state)
{
    Fixture *f = *state;
    render_text(f,
                "bases:\n"
                "  - {kind: QĐ, number: 263/QĐ-TTg, date: 2022-02-22, by: Thủ tướng Chính phủ,\n"
                "     about: phê duyệt Chương trình}\n"
                "  - {kind: Nghị quyết, number: 25/2021/QH15, date: 2021-07-28, date_style: long,\n"
                "     by: Quốc hội}\n"
                "opening: \"UBND huyện ban hành Kế hoạch năm {year}, như sau:\"\n"
                "body:\n"
                "  - 1. Đoạn bắt đầu bằng số.\n"
                "closing: Trên đây là Kế hoạch năm {year-1} đến {year+1}.\n"
                "recipients: [UBND tỉnh;, \"Lưu: VT\"]\n"
                "signature:\n"
                "  lines: [KT. CHỦ TỊCH, PHÓ CHỦ TỊCH]\n"
                "  name: Nguyễn Xuân Danh\n",
                1);
    assert_string_equal(f->out.data,
                        "**ỦY BAN NHÂN DÂN**  \n"
                        "**HUYỆN X**  \n"
                        "Số:\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/KH-UBND\n\n"
                        "**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**  \n"
                        "**Độc lập - Tự do - Hạnh phúc**\n\n"
                        "*X, ngày\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0tháng 01 năm 2024*\n\n"
                        "**KẾ HOẠCH**  \n"
                        "**Thử nghiệm**\n\n"
                        "*Căn cứ Quyết định số 263/QĐ-TTg ngày 22/02/2022 của Thủ tướng Chính phủ "
                        "phê duyệt Chương trình;*\n\n"
                        "*Căn cứ Nghị quyết số 25/2021/QH15 ngày 28 tháng 7 năm 2021 của Quốc "
                        "hội.*\n\n"
                        "UBND huyện ban hành Kế hoạch năm 2024, như sau:\n\n"
                        "1&#46; Đoạn bắt đầu bằng số.\n\n" /* a paragraph, not a clause (L5) */
                        "Trên đây là Kế hoạch năm 2023 đến 2025./.\n\n"
                        "***Nơi nhận:***\n\n"
                        "- UBND tỉnh;\n"
                        "- Lưu: VT.\n\n"
                        "**KT. CHỦ TỊCH**  \n"
                        "**PHÓ CHỦ TỊCH**  \n\n"
                        "**Nguyễn Xuân Danh**\n");
}

/* Writes text to DIR/name. */
static void write_file(const char *dir, const char *name, const char *text)
{
    char path[256];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *file = fopen(path, "w");
    assert_non_null(file);
    fputs(text, file);
    fclose(file);
}

/* Renders the document of a small plan with a user's plan.md (and an
 * optional partial inner.md) into f->out; its diagnostics must be none, or
 * hold warn when given. */
static void render_warns(Fixture *f, const char *plan_md, const char *inner_md, const char *warn)
{
    char dir[] = "/tmp/khgen-test-md.XXXXXX";
    assert_non_null(mkdtemp(dir));
    write_file(dir, "plan.md", plan_md);
    if (inner_md)
        write_file(dir, "inner.md", inner_md);
    Plan *plan = fixture_parse(&f->pf, header,
                               "body:\n"
                               "  - section: MỤC TIÊU\n"
                               "    items:\n"
                               "      - bullet: Một\n"
                               "      - bullet: Hai\n",
                               dir);
    render_ctx_init(&f->rc, plan, f->pf.templates, f->pf.arena);
    buf_reset(&f->out);
    assert_int_equal(render_md(&f->rc, &f->out), 0);
    if (warn)
        assert_non_null(strstr(fixture_flush(&f->pf), warn));
    else
        assert_string_equal(fixture_flush(&f->pf), "");
    char path[256];
    snprintf(path, sizeof path, "%s/plan.md", dir);
    unlink(path);
    snprintf(path, sizeof path, "%s/inner.md", dir);
    unlink(path);
    rmdir(dir);
}

static void render_with_template(Fixture *f, const char *plan_md, const char *inner_md)
{
    render_warns(f, plan_md, inner_md, NULL);
}

/* The body is written straight into the page only where the template
 * prints it once and raw (render_with_parts); a user's template that
 * repeats it, escapes it, prints it from a partial or tests it in a
 * section gets the same text as if the body were an ordinary value. */
static void test_body_in_user_templates(void **state)
{
    Fixture *f = *state;
    /* the body alone, as render_md_body writes it */
    render_with_template(f, "[{{{body}}}]", NULL);
    char *body = strdup(f->out.data + 1);
    *strrchr(body, ']') = '\0';
    assert_non_null(strstr(body, "**I. MỤC TIÊU**\n\n- Một\n\n- Hai\n"));
    Buf want = {0};
    render_with_template(f, "A\n{{{body}}}\nB\n", NULL);
    buf_printf(&want, "A\n%s\nB\n", body);
    assert_string_equal(f->out.data, want.data);
    render_with_template(f, "{{{body}}}|{{{body}}}|\n", NULL);
    buf_reset(&want);
    buf_printf(&want, "%s|%s|\n", body, body);
    assert_string_equal(f->out.data, want.data);
    /* a standalone partial indents its own lines, not a value's */
    render_with_template(f, "A\n  {{>inner.md}}\nB\n", "{{{body}}}\n");
    buf_reset(&want);
    buf_printf(&want, "A\n  %s\nB\n", body);
    assert_string_equal(f->out.data, want.data);
    render_with_template(f, "{{#body}}yes{{/body}}{{^body}}no{{/body}}\n", NULL);
    assert_string_equal(f->out.data, "yes\n");
    /* escaped: a run of line breaks is one space, '*' is escaped, and
     * the template is told (KH812, s30attack F2) */
    render_warns(f, "<{{body}}>\n", NULL, "plan.md:1:2: warning[KH812]: 'body' is Markdown already");
    assert_string_equal(f->out.data, "\\<\\*\\*I. MỤC TIÊU\\*\\* - Một - Hai>\n");
    buf_free(&want);
    free(body);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_numbering, setup, teardown),
        cmocka_unit_test_setup_teardown(test_bullets_and_tasks, setup, teardown),
        cmocka_unit_test_setup_teardown(test_due_phrases, setup, teardown),
        cmocka_unit_test_setup_teardown(test_point_lends_label, setup, teardown),
        cmocka_unit_test_setup_teardown(test_note_punctuation, setup, teardown),
        cmocka_unit_test_setup_teardown(test_whole_document, setup, teardown),
        cmocka_unit_test_setup_teardown(test_body_in_user_templates, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
