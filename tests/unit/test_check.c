/* test_check.c - unit tests of the semantic checks (check.c) and of the
 * figures a plan computes from its data (figures.c).
 *
 * Each test writes a small plan to a temporary file, runs it through the
 * real pipeline (load_file, parse_plan, check_plan) with a diagnostics sink
 * that prints into memory, and looks at what was reported: the codes, the
 * messages that matter ("stated 17,9 but the data give 17,75"), and, for the
 * near misses, that nothing was. The figure tests also expand the text the
 * way the renderers do and compare the printed words. The exact printed
 * form of whole diagnostics (source lines, carets) is covered by the
 * corpus in tests/diag.
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

#include "check.h"
#include "figures.h"
#include "inline.h"
#include "load.h"
#include "parse.h"
#include "resolve.h"
#include "template.h"

/* One compiled plan and what its checks printed. */
typedef struct Run {
    char path[64];
    Arena *arena;
    DiagSink *diags;
    FILE *stream;
    char *output;
    size_t output_len;
    Plan *plan;
    TemplateSet *templates;
    int check_errors;        /* check_plan's return value */
} Run;

static const char header[] =
    "khgen: 1\n"
    "import: [qd318-xa-ntm]\n"
    "header:\n"
    "  issuer: [ỦY BAN NHÂN DÂN, HUYỆN A]\n"
    "  place: A\n"
    "  date: 2024-01\n"
    "  title: Thực thi thử\n";

/* Compiles header + rest (or rest alone if it starts with "khgen:"). */
static void run_plan(Run *run, const char *rest, int werror)
{
    memset(run, 0, sizeof *run);
    strcpy(run->path, "/tmp/khgen-test-check-XXXXXX");
    int fd = mkstemp(run->path);
    assert_true(fd >= 0);
    FILE *file = fdopen(fd, "w");
    assert_non_null(file);
    if (strncmp(rest, "khgen:", 6) != 0)
        fputs(header, file);
    fputs(rest, file);
    fclose(file);

    run->stream = open_memstream(&run->output, &run->output_len);
    assert_non_null(run->stream);
    run->diags = diag_new(run->stream);
    diag_set_werror(run->diags, werror);
    run->arena = arena_new();
    run->templates = tpl_set_new(run->arena, run->diags, NULL);
    LoadLimits limits = load_default_limits();
    YNode *root = load_file(run->arena, run->diags, run->path, &limits);
    assert_non_null(root);
    run->plan = parse_plan(run->arena, run->diags, run->templates, run->path, root);
    resolve_plan(run->arena, run->diags, run->templates, run->plan);
    run->check_errors = check_plan(run->arena, run->diags, run->templates, run->plan);
    diag_flush(run->diags);
    fflush(run->stream);
}

static void run_free(Run *run)
{
    diag_free(run->diags);
    fclose(run->stream);
    free(run->output);
    arena_free(run->arena);
    unlink(run->path);
}

static const char *output_of(const Run *run)
{
    return run->output ? run->output : "";
}

/* Number of times needle occurs in the printed diagnostics. */
static int count_in(const Run *run, const char *needle)
{
    int n = 0;
    for (const char *s = output_of(run); (s = strstr(s, needle)); s++)
        n++;
    return n;
}

static void assert_reports(const Run *run, const char *needle)
{
    if (!strstr(output_of(run), needle))
        fail_msg("expected \"%s\" in:\n%s", needle, output_of(run));
}

static void assert_clean(const Run *run)
{
    if (run->output_len != 0)
        fail_msg("expected no diagnostics, got:\n%s", output_of(run));
}

/* The first paragraph of the body, expanded as the Markdown back end does. */
static char *expand_first_para(Run *run)
{
    assert_true(run->plan->n_body > 0);
    const BodyNode *node = run->plan->body[0];
    InlineCtx ctx = {.plan = run->plan, .templates = run->templates, .arena = run->arena};
    Buf out = {0};
    inline_expand(&ctx, node->text, INLINE_PLAIN, &out);
    char *text = arena_strdup(run->arena, out.data ? out.data : "");
    buf_free(&out);
    return text;
}

/* ---- numbers as printed ------------------------------------------------ */

static void test_parse_vi_number(void **state)
{
    (void)state;
    double value;
    int decimals;
    assert_int_equal(figures_parse_vi_number("21", &value, &decimals), 0);
    assert_true(value == 21 && decimals == 0);
    assert_int_equal(figures_parse_vi_number("04", &value, &decimals), 0);
    assert_true(value == 4 && decimals == 0);
    assert_int_equal(figures_parse_vi_number("17,9", &value, &decimals), 0);
    assert_true(value == 17.9 && decimals == 1);
    assert_int_equal(figures_parse_vi_number("1.234,50", &value, &decimals), 0);
    assert_true(value == 1234.5 && decimals == 2);
    assert_int_equal(figures_parse_vi_number("-2.500", &value, &decimals), 0);
    assert_true(value == -2500 && decimals == 0);
    assert_int_equal(figures_parse_vi_number("17.9", &value, &decimals), -1);
    assert_int_equal(figures_parse_vi_number("1.23", &value, &decimals), -1);
    assert_int_equal(figures_parse_vi_number("1234.567", &value, &decimals), -1);
    assert_int_equal(figures_parse_vi_number("17,", &value, &decimals), -1);
    assert_int_equal(figures_parse_vi_number(",5", &value, &decimals), -1);
    assert_int_equal(figures_parse_vi_number("", &value, &decimals), -1);
    assert_int_equal(figures_parse_vi_number("hai", &value, &decimals), -1);
}

/* ---- figures ------------------------------------------------------------- */

static const char krong_no[] =
    "levels: [{id: ntm, name: nông thôn mới}]\n"
    "localities:\n"
    "  - {id: a, name: Nâm Nung, kind: xã, criteria_met: 19, criteria: [5, 9, 16, 18, 19]}\n"
    "  - {id: b, name: Nâm N'Đir, kind: xã, criteria_met: 19, criteria: [5, 15, 18, 19]}\n"
    "  - {id: c, name: Nam Xuân, kind: xã, criteria_met: 19, criteria: [9, 18]}\n"
    "  - {id: d, name: Đức Xuyên, kind: xã, criteria_met: 18, criteria: [15, 16, 18]}\n"
    "  - {id: e, name: Đắk Nang, kind: xã, criteria_met: 18, criteria: [13, 17, 18]}\n"
    "  - {id: f, name: Quảng Phú, kind: xã, criteria_met: 17, criteria: [5, 17]}\n"
    "  - {id: g, name: Tân Thành, kind: xã, criteria_met: 16, criteria: [18]}\n"
    "  - {id: h, name: Buôn Choah, kind: xã, criteria_met: 16, criteria: [18]}\n"
    "  - {id: i, name: Nam Đà, kind: thị trấn, status: ntm, data: {dan_so: 12500}}\n";

static void check_figure_text(const char *para, const char *printed)
{
    char plan[4096];
    snprintf(plan, sizeof plan, "%sbody:\n  - para: \"%s\"\n  - para: \"{loc a b c d e f g h i}\"\n",
             krong_no, para);
    Run run;
    run_plan(&run, plan, 0);
    assert_clean(&run);
    assert_string_equal(expand_first_para(&run), printed);
    run_free(&run);
}

static void test_figures_print_vietnamese(void **state)
{
    (void)state;
    check_figure_text("{sum localities criteria}", "21");
    check_figure_text("{count localities kind=xã pad=2}", "08");
    check_figure_text("{count localities kind=thị_trấn}", "1");
    check_figure_text("{avg localities criteria_met kind=xã}", "17,8");
    check_figure_text("{avg localities criteria_met kind=xã decimals=2}", "17,75");
    check_figure_text("{sum localities data.dan_so kind=thị_trấn}", "12.500");
    check_figure_text("{list localities criteria_met=19}", "Nâm Nung, Nâm N'Đir, Nam Xuân");
    check_figure_text("{list localities criteria_met>=18 criteria_met<19}", "Đức Xuyên, Đắk Nang");
    check_figure_text("{count localities status=}", "8");
    check_figure_text("{count localities status!=ntm id!=a|b}", "6");
    check_figure_text("{count localities criteria=18}", "7");
    check_figure_text("{sum localities criteria id=a|c pad=2}", "07");
    check_figure_text("{avg localities criteria_total id=a|b}", "23,5");
    check_figure_text("{count localities n_criteria>=3}", "4");
    /* stated: printed as written when the data agree */
    check_figure_text("{avg localities criteria_met kind=xã stated=17,8}", "17,8");
    check_figure_text("{count localities kind=xã stated=08}", "08");
    check_figure_text("{sum localities data.dan_so id=i stated=12.500}", "12.500");
}

static void test_stated_mismatch_keeps_the_stated_figure(void **state)
{
    (void)state;
    char plan[4096];
    snprintf(plan, sizeof plan,
             "%sbody:\n  - para: \"bình quân {avg localities criteria_met kind=xã stated=17,9} "
             "tiêu chí/xã\"\n", krong_no);
    Run run;
    run_plan(&run, plan, 0);
    assert_reports(&run, "warning[KH500]: stated 17,9 but the data give 17,75 (average of "
                         "criteria_met over 8 localities)");
    assert_int_equal(diag_error_count(run.diags), 0);
    assert_string_equal(expand_first_para(&run), "bình quân 17,9 tiêu chí/xã");
    run_free(&run);
}

static void test_stated_mismatch_of_a_sum_and_a_count(void **state)
{
    (void)state;
    char plan[4096];
    snprintf(plan, sizeof plan,
             "%sbody:\n  - para: \"thêm {sum localities criteria stated=20} tiêu chí, "
             "{count localities criteria_met=19 stated=04} xã\"\n", krong_no);
    Run run;
    run_plan(&run, plan, 0);
    assert_reports(&run, "stated 20 but the data give 21 (sum of criteria over 9 localities)");
    assert_reports(&run, "stated 04 but the data give 3 (count of localities)");
    assert_int_equal(count_in(&run, "KH500"), 2);
    run_free(&run);
}

static void test_figure_warnings_and_errors(void **state)
{
    (void)state;
    char plan[4096];
    snprintf(plan, sizeof plan,
             "%sbody:\n"
             "  - para: \"{count localities kind=thon}\"\n"
             "  - para: \"{avg localities criteria_met}\"\n"
             "  - para: \"{avg localities criteria_mett}\"\n"
             "  - para: \"{count localities knd=xã}\"\n"
             "  - para: \"{count localities status=nt}\"\n"
             "  - para: \"{count lokalities}\"\n"
             "  - para: \"{avg localities criteria_met stated=17.9}\"\n",
             krong_no);
    Run run;
    run_plan(&run, plan, 0);
    assert_reports(&run, "warning[KH505]: no localities match");
    assert_reports(&run, "warning[KH506]: 1 of the 9 localities has no criteria_met");
    assert_reports(&run, "note: 'i' has no criteria_met");
    assert_reports(&run, "error[KH502]: unknown field 'criteria_mett' of localities (did you "
                         "mean 'criteria_met'?)");
    assert_reports(&run, "error[KH503]: unknown filter 'knd' for localities (did you mean "
                         "'kind'?)");
    assert_reports(&run, "error[KH204]: unknown level 'nt' (did you mean 'ntm'?)");
    assert_reports(&run, "error[KH501]: '{count}' goes over localities, tasks or rows, not "
                         "'lokalities' (did you mean 'localities'?)");
    assert_reports(&run, "error[KH504]: stated value '17.9' is not written as printed: use the "
                         "decimal comma ('17,9')");
    assert_int_equal(diag_error_count(run.diags), 5);
    /* a figure with errors still counts its localities as used */
    assert_int_equal(count_in(&run, "KH251"), 0);
    run_free(&run);
}

static void test_count_tasks(void **state)
{
    (void)state;
    Run run;
    run_plan(&run,
             "units: [{id: u1, name: Phòng Một}, {id: u2, name: Phòng Hai}]\n"
             "body:\n"
             "  - para: \"{count tasks lead=u1} {count tasks unit=u2} {count tasks criteria=17} "
             "{sum tasks criteria}\"\n"
             "  - task: A\n    lead: u1\n    criteria: [17.12, 18]\n"
             "  - task: B\n    lead: u1\n    support: [u2]\n"
             "    items:\n      - task: C\n        lead: u2\n        criteria: [17]\n",
             0);
    assert_clean(&run);
    assert_string_equal(expand_first_para(&run), "2 2 2 3");
    run_free(&run);
}

/* ---- references ----------------------------------------------------------- */

static void test_unused_registry_entries(void **state)
{
    (void)state;
    Run run;
    run_plan(&run,
             "units: [{id: u1, name: Phòng Một}, {id: u2, name: Phòng Hai}]\n"
             "levels: [{id: ntm, name: nông thôn mới}, {id: km, name: kiểu mẫu}]\n"
             "localities:\n"
             "  - {id: xa, name: Xã A, kind: xã, status: ntm}\n"
             "  - {id: thon, name: Thôn B, kind: thôn, parent: xa}\n"
             "  - {id: khac, name: Xã C, kind: xã}\n"
             "body:\n  - task: A\n    lead: u1\n    localities: [thon]\n",
             0);
    assert_reports(&run, "warning[KH250]: unit 'u2' is defined but never used");
    assert_reports(&run, "warning[KH251]: locality 'khac' is defined but never used");
    assert_reports(&run, "warning[KH252]: level 'km' is defined but never used");
    assert_int_equal(diag_warning_count(run.diags), 3);
    assert_int_equal(run.check_errors, 0);
    run_free(&run);
}

static void test_duplicates_are_not_also_unused(void **state)
{
    (void)state;
    Run run;
    run_plan(&run,
             "units: [{id: u1, name: Phòng Một}, {id: u1, name: Phòng Hai}]\n"
             "body:\n  - task: A\n    lead: u1\n",
             0);
    assert_reports(&run, "error[KH200]: duplicate unit id 'u1'");
    assert_int_equal(count_in(&run, "KH250"), 0);
    run_free(&run);
}

static void test_task_ids_and_units(void **state)
{
    (void)state;
    Run run;
    run_plan(&run,
             "units: [{id: u1, name: Phòng Một}, {id: u2, name: Phòng Hai}]\n"
             "body:\n"
             "  - task: A\n    id: t\n    lead: u1\n    support: [u1, u2, u2]\n"
             "  - task: B\n    id: t\n  - task: C\n    id: t2\n  - task: D\n    id: t\n",
             0);
    assert_int_equal(count_in(&run, "error[KH200]: duplicate task id 't'"), 2);
    assert_int_equal(count_in(&run, "note: 't' is first defined here"), 2);
    assert_reports(&run, "warning[KH256]: unit 'u1' is the task's lead and also one of its "
                         "supporting units");
    assert_reports(&run, "warning[KH256]: unit 'u2' is listed twice among the supporting units");
    assert_int_equal(run.check_errors, 2);
    run_free(&run);
}

static void test_parent_loops(void **state)
{
    (void)state;
    Run run;
    run_plan(&run,
             "localities:\n"
             "  - {id: a, name: A, parent: b}\n  - {id: b, name: B, parent: c}\n"
             "  - {id: c, name: C, parent: a}\n  - {id: d, name: D, parent: d}\n"
             "  - {id: e, name: E, parent: a}\n"
             "body:\n  - para: \"{loc a b c d e}\"\n",
             0);
    assert_reports(&run, "error[KH255]: locality 'a' is its own ancestor: a -> b -> c -> a");
    assert_reports(&run, "error[KH255]: locality 'd' is its own ancestor: d -> d");
    assert_int_equal(count_in(&run, "KH255"), 2);
    run_free(&run);
}

static void test_attachments_need_a_reference_and_issuer_short(void **state)
{
    (void)state;
    Run run;
    run_plan(&run,
             "body:\n  - para: Nội dung.\n"
             "attachments:\n  - id: bieu01\n    label: Biểu 01\n    title: Danh sách\n"
             "    columns: [{key: name, header: Tên}]\n    rows: [{name: A}]\n",
             0);
    assert_reports(&run, "warning[KH253]: attachment 'bieu01' is never referred to");
    assert_reports(&run, "warning[KH254]: the plan has attachments but the header has no "
                         "'issuer_short'");
    run_free(&run);
}

/* ---- deadlines ------------------------------------------------------------- */

static void test_deadlines_against_period_and_date(void **state)
{
    (void)state;
    Run run;
    run_plan(&run,
             "khgen: 1\nheader:\n  issuer: [UBND]\n  place: A\n  date: 2024-03\n  title: T\n"
             "body:\n"
             "  - task: after\n    due: 2025-01-15\n"
             "  - task: before-date\n    due: 2024-02\n"
             "  - task: before-march\n    due: {before: 2024-03}\n"
             "  - task: same-month\n    due: 2024-03-01\n"
             "  - task: quarter\n    due: 2024-Q1\n"
             "  - task: year-end\n    due: {before: 2025}\n"
             "  - task: ongoing\n    due: ongoing\n"
             "  - task: text\n    due: {text: năm 2019}\n",
             0);
    assert_reports(&run, "warning[KH310]: deadline 'ngày 15/01/2025' is after the end of the "
                         "plan's year 2024");
    assert_reports(&run, "error[KH311]: deadline 'tháng 02/2024' is before the plan's own date "
                         "(tháng 3/2024)");
    assert_reports(&run, "error[KH311]: deadline 'trước tháng 3/2024'");
    assert_int_equal(count_in(&run, "KH31"), 3);
    assert_int_equal(run.check_errors, 2);
    run_free(&run);
}

static void test_deadline_in_a_custom_period(void **state)
{
    (void)state;
    Run run;
    run_plan(&run,
             "khgen: 1\nheader:\n  issuer: [UBND]\n  place: A\n  date: 2023-12\n  title: T\n"
             "period: {from: 2023-12-01, to: 2024-06-30}\n"
             "body:\n  - task: ok\n    due: 2023-12-20\n  - task: late\n    due: 2024-H2\n",
             0);
    assert_reports(&run, "warning[KH310]: deadline '6 tháng cuối năm 2024' is after the end of "
                         "the plan's period 01/12/2023 - 30/6/2024");
    assert_int_equal(count_in(&run, "KH31"), 1);
    run_free(&run);
}

static void test_subtask_after_its_task(void **state)
{
    (void)state;
    Run run;
    run_plan(&run,
             "body:\n"
             "  - task: outer\n    due: 2024-11\n    items:\n"
             "      - task: early\n        due: 2024-10\n"
             "      - task: plain\n        items:\n"
             "          - task: deep-late\n            due: 2024-12-01\n"
             "      - bullet: b\n        items:\n"
             "          - task: inner\n            due: 2024-09\n            items:\n"
             "              - task: late-for-inner\n                due: 2024-10\n"
             "      - task: ongoing\n        due: ongoing\n",
             0);
    assert_reports(&run, "warning[KH312]: this sub-task is due 'ngày 01/12/2024', after the task "
                         "it belongs to ('tháng 11/2024')");
    assert_reports(&run, "warning[KH312]: this sub-task is due 'tháng 10/2024', after the task "
                         "it belongs to ('tháng 9/2024')");
    assert_int_equal(count_in(&run, "KH312"), 2);
    assert_int_equal(count_in(&run, "note: the enclosing task's deadline is here"), 2);
    run_free(&run);
}

/* ---- criteria ---------------------------------------------------------------- */

static void test_criteria_codes(void **state)
{
    (void)state;
    Run run;
    run_plan(&run,
             "units: [{id: u1, name: Phòng Một}]\n"
             "localities:\n  - {id: a, name: A, criteria_planned: 3, criteria: [5, 9, 5, 20]}\n"
             "body:\n"
             "  - task: t\n    lead: u1\n    localities: [a]\n    criteria: [\"17,12\", 17.13, 3.9, "
             "1, 19, 17.12]\n"
             "    assign: [{unit: u1, indicators: [18.6, 17.0]}]\n",
             0);
    assert_reports(&run, "error[KH402]: criterion '20' is not in the imported catalog "
                         "'qd318-xa-ntm'");
    assert_reports(&run, "error[KH402]: criterion '17,12' is not in the imported catalog (did "
                         "you mean '17.12'?)");
    assert_reports(&run, "error[KH403]: indicator '17.13' is not listed under criterion 17 of "
                         "the catalog (17.1 to 17.12)");
    /* no indicator 0: a code's grammar (catalog_code_form), s38low */
    assert_reports(&run, "error[KH402]: '17.0' is not written as a criterion's or an indicator's "
                         "code: criteria and indicators are numbered from 1");
    assert_reports(&run, "warning[KH421]: criterion '5' is listed twice");
    assert_reports(&run, "warning[KH510]: locality 'a' plans 3 criteria (criteria_planned) but "
                         "lists 4 under 'criteria'");
    assert_int_equal(run.check_errors, 4);
    run_free(&run);
}

static void test_criteria_without_catalog_reported_once(void **state)
{
    (void)state;
    Run run;
    run_plan(&run,
             "khgen: 1\nheader:\n  issuer: [UBND]\n  place: A\n  date: 2024-01\n  title: T\n"
             "localities:\n  - {id: a, name: A, criteria: [5, 9]}\n"
             "body:\n  - task: t\n    localities: [a]\n    criteria: [5]\n",
             0);
    assert_int_equal(count_in(&run, "KH401"), 1);
    assert_int_equal(run.check_errors, 1);
    run_free(&run);
}

/* ---- diagnostics: -Werror, suppress ----------------------------------------------- */

static void test_werror_and_suppress(void **state)
{
    (void)state;
    const char *plan = "units: [{id: u1, name: Phòng Một}, {id: u2, name: Phòng Hai}]\n"
                       "body:\n  - task: A\n    lead: u1\n    due: 2025-02\n"
                       "  - task: B\n    lead: u1\n    due: 2025-03\n    suppress: [KH310]\n";
    Run run;
    run_plan(&run, plan, 1);
    assert_reports(&run, "error[KH250]: unit 'u2'");
    assert_reports(&run, "error[KH310]: deadline 'tháng 02/2025'");
    assert_int_equal(count_in(&run, "KH310"), 1); /* B's is silenced on its node */
    assert_int_equal(diag_error_count(run.diags), 2);
    run_free(&run);

    char with_suppress[1024];
    snprintf(with_suppress, sizeof with_suppress, "suppress: [KH250, KH310]\n%s", plan);
    run_plan(&run, with_suppress, 0);
    assert_clean(&run);
    run_free(&run);
}

static void test_clean_plan_is_clean(void **state)
{
    (void)state;
    Run run;
    run_plan(&run,
             "units: [{id: u1, name: Phòng Một}]\n"
             "levels: [{id: ntm, name: nông thôn mới}]\n"
             "localities:\n  - {id: a, name: A, kind: xã, target: ntm, target_year: 2024, "
             "criteria_planned: 2, criteria: [17, 18.3]}\n"
             "body:\n"
             "  - para: \"Xã {list localities target=ntm target_year=year} hoàn thành "
             "{sum localities criteria stated=02} tiêu chí.\"\n"
             "  - task: A\n    lead: u1\n    due: 2024-12-31\n    criteria: [17.12, 18]\n"
             "    items:\n      - task: a1\n        due: {before: 2024-12}\n",
             0);
    assert_clean(&run);
    assert_string_equal(expand_first_para(&run), "Xã A hoàn thành 02 tiêu chí.");
    run_free(&run);
}

/* ---- figures over a table's rows ---------------------------------------- */

/* A plan with one table, Biểu 01: 3 communes at 19 criteria, 2 at 18, 1 at
 * 17 and 2 at 16, under two group rows, with a totals row. */
static const char rows_plan[] =
    "khgen: 1\n"
    "header:\n"
    "  issuer: [ỦY BAN NHÂN DÂN, HUYỆN A]\n"
    "  issuer_short: UBND huyện A\n"
    "  place: A\n"
    "  date: 2024-01\n"
    "  title: Thực thi thử\n"
    "body:\n"
    "  - para: \"%s\"\n"
    "attachments:\n"
    "  - id: bieu01\n"
    "    label: Biểu 01\n"
    "    title: Số xã theo số tiêu chí đạt\n"
    "    columns:\n"
    "      - stt\n"
    "      - {key: nhom, header: Nhóm}\n"
    "      - {key: so_tieu_chi, header: Số tiêu chí, type: int}\n"
    "      - {key: so_xa, header: Số xã, type: int, total: true}\n"
    "    rows:\n"
    "      - heading: Đạt chuẩn\n"
    "      - [Nhóm 1, 19, 3]\n"
    "      - heading: Chưa đạt chuẩn\n"
    "      - [Nhóm 2, 18, 2]\n"
    "      - [Nhóm 3, 17, 1]\n"
    "      - [Nhóm 4, 16, 2]\n"
    "      - [Nhóm 5, 15, \"\"]\n"
    "    totals: true\n";

static void check_rows_figure(const char *para, const char *printed)
{
    char plan[4096];
    snprintf(plan, sizeof plan, rows_plan, para);
    Run run;
    run_plan(&run, plan, 0);
    assert_clean(&run);
    assert_string_equal(expand_first_para(&run), printed);
    run_free(&run);
}

static void test_figures_over_rows(void **state)
{
    (void)state;
    /* group rows and the totals row are not data rows */
    check_rows_figure("{count rows bieu01}", "5");
    check_rows_figure("{count rows bieu01 so_xa=}", "1");
    check_rows_figure("{sum rows bieu01 so_xa so_xa!=}", "8");
    check_rows_figure("{sum rows bieu01 so_xa nhom=Nhóm_1|Nhóm_2 pad=2}", "05");
    check_rows_figure("{avg rows bieu01 so_tieu_chi so_xa>=1 decimals=2}", "17,50");
    check_rows_figure("{avg rows bieu01 so_tieu_chi weight=so_xa so_xa!=}", "17,8");
    check_rows_figure("{avg rows bieu01 so_tieu_chi weight=so_xa so_xa!= decimals=2}", "17,75");
    check_rows_figure("{list rows bieu01 nhom so_tieu_chi>=18}", "Nhóm 1, Nhóm 2");
    check_rows_figure("{avg rows bieu01 so_tieu_chi weight=so_xa so_xa!= stated=17,8}", "17,8");
}

static void test_figures_over_rows_warnings_and_errors(void **state)
{
    (void)state;
    char plan[4096];
    Run run;
    snprintf(plan, sizeof plan, rows_plan,
             "{avg rows bieu01 so_tieu_chi weight=so_xa stated=17,9} {sum rows bieu01 so_xa}");
    run_plan(&run, plan, 0);
    assert_reports(&run, "warning[KH500]: stated 17,9 but the data give 17,75 (average of "
                         "so_tieu_chi weighted by so_xa over 4 rows of bieu01)");
    assert_reports(&run, "warning[KH506]: 1 of the 5 rows has no so_tieu_chi or so_xa");
    assert_reports(&run, "warning[KH506]: 1 of the 5 rows has no so_xa");
    assert_int_equal(diag_error_count(run.diags), 0);
    assert_string_equal(expand_first_para(&run), "17,9 8");
    run_free(&run);

    /* mistakes; the table still counts as referred to (no KH253) */
    snprintf(plan, sizeof plan, rows_plan,
             "{sum rows bieu01 so_xaa} {avg rows bieu01 nhom} {count rows bieu1} "
             "{count rows bieu01 so_xa>nhiều} {count rows bieu01 nhom<2} {list rows bieu01}");
    run_plan(&run, plan, 0);
    assert_reports(&run, "error[KH502]: unknown column 'so_xaa' of attachment 'bieu01' (did you "
                         "mean 'so_xa'?)");
    assert_reports(&run, "error[KH504]: column 'nhom' of attachment 'bieu01' holds text");
    assert_reports(&run, "error[KH205]: unknown attachment 'bieu1' (did you mean 'bieu01'?)");
    assert_reports(&run, "error[KH504]: 'so_xa' is compared with a number, not 'nhiều'");
    assert_reports(&run, "error[KH504]: 'nhom' is not a number: compare it with = or !=");
    assert_reports(&run, "error[KH501]: '{list rows bieu01}' needs the column to list");
    assert_int_equal(diag_error_count(run.diags), 6);
    assert_int_equal(count_in(&run, "KH253"), 0);
    run_free(&run);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_parse_vi_number),
        cmocka_unit_test(test_figures_print_vietnamese),
        cmocka_unit_test(test_stated_mismatch_keeps_the_stated_figure),
        cmocka_unit_test(test_stated_mismatch_of_a_sum_and_a_count),
        cmocka_unit_test(test_figure_warnings_and_errors),
        cmocka_unit_test(test_count_tasks),
        cmocka_unit_test(test_unused_registry_entries),
        cmocka_unit_test(test_duplicates_are_not_also_unused),
        cmocka_unit_test(test_task_ids_and_units),
        cmocka_unit_test(test_parent_loops),
        cmocka_unit_test(test_attachments_need_a_reference_and_issuer_short),
        cmocka_unit_test(test_deadlines_against_period_and_date),
        cmocka_unit_test(test_deadline_in_a_custom_period),
        cmocka_unit_test(test_subtask_after_its_task),
        cmocka_unit_test(test_criteria_codes),
        cmocka_unit_test(test_criteria_without_catalog_reported_once),
        cmocka_unit_test(test_werror_and_suppress),
        cmocka_unit_test(test_clean_plan_is_clean),
        cmocka_unit_test(test_figures_over_rows),
        cmocka_unit_test(test_figures_over_rows_warnings_and_errors),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
