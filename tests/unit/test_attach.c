/* test_attach.c - unit tests of attachment tables (attach.c) and criteria
 * catalogs (catalog.c).
 *
 * Most tests load a small plan from a string and run the whole parser, as
 * khgen does, then look at the Attachment structs it produced (rows, cells,
 * STT numbers, merges) or at the diagnostics it printed (captured through
 * open_memstream). One test calls attach_parse and attach_resolve directly
 * on a hand-built Plan, the way a back end's test could.
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

#include "attach.h"
#include "catalog.h"
#include "check.h"
#include "diag.h"
#include "load.h"
#include "parse.h"
#include "resolve.h"
#include "template.h"

typedef struct Fixture {
    PlanFixture pf;
} Fixture;

static const char plan_head[] =
    "khgen: 1\n"
    "import: [qd318-xa-ntm]\n"
    "header:\n"
    "  issuer: [ỦY BAN NHÂN DÂN, HUYỆN X]\n"
    "  issuer_short: UBND huyện X\n"
    "  place: X\n"
    "  date: 2024-01\n"
    "  title: Thực thi thử\n"
    "units:\n"
    "  - {id: tckh, name: Phòng Tài chính - Kế hoạch, short: Phòng TC-KH}\n"
    "  - {id: vpdp, name: Văn phòng Điều phối}\n"
    "  - {id: nv, name: Phòng Nội vụ}\n"
    "  - {id: qs, name: Ban Chỉ huy Quân sự}\n"
    "  - {id: ca, name: Công an huyện}\n"
    "levels:\n"
    "  - {id: ntm, name: nông thôn mới}\n"
    "  - {id: nc, name: nông thôn mới nâng cao}\n"
    "localities:\n"
    "  - {id: a, name: An Bình, kind: xã, criteria_met: 17, target: ntm, target_year: 2024,"
    " criteria: [5, 17]}\n"
    "  - {id: b, name: Bảo Lâm, kind: xã, criteria_met: 16, target: ntm, target_year: 2024,"
    " criteria: [8]}\n"
    "  - {id: c, name: Cẩm Lý, kind: xã, criteria_met: 19, status: ntm, target: nc,"
    " target_year: 2025}\n"
    "  - {id: d, name: Đông Sơn, kind: thôn, parent: c, target: ntm, target_year: 2024}\n"
    "body:\n"
    "  - section: NHIỆM VỤ\n"
    "    items:\n"
    "      - task: \"\"\n"
    "        text: Phân bổ vốn năm {year}.\n"
    "        lead: tckh\n"
    "        support: [vpdp]\n"
    "        lead_note: (đồng chí A)\n"
    "        criteria: [18]\n"
    "        due: 2024-Q1\n"
    "      - task: \"\"\n"
    "        text: \"=HYPERLINK(\\\"x\\\")\"\n"
    "        lead: nv\n"
    "        due: 2024-03-31\n"
    "      - task: \"\"\n"
    "        text: Giữ vững tiêu chí 19.\n"
    "        criteria: [19]\n"
    "        assign:\n"
    "          - {unit: qs, indicators: [19.1]}\n"
    "          - {unit: ca, indicators: [19.2]}\n"
    "        due: ongoing\n";

/* Parses plan_head + rest; diagnostics are flushed into f->pf.output. The
 * generated rows are made, as the render stage has them. */
static Plan *parse_text(Fixture *f, const char *rest)
{
    fixture_parse(&f->pf, plan_head, rest, NULL);
    fixture_flush(&f->pf);
    if (f->pf.plan)
        attach_fill_texts(f->pf.plan);
    return f->pf.plan;
}

static int setup(void **state)
{
    *state = calloc(1, sizeof(Fixture));
    return 0;
}

static int teardown(void **state)
{
    Fixture *f = *state;
    fixture_release(&f->pf);
    free(f);
    return 0;
}

static const char *output(Fixture *f)
{
    return f->pf.output ? f->pf.output : "";
}

/* Asserts the output mentions code (and, if given, the text). */
static void expect_diag(Fixture *f, const char *code, const char *text)
{
    char tag[32];
    snprintf(tag, sizeof tag, "[%s]", code);
    if (!strstr(output(f), tag) || (text && !strstr(output(f), text)))
        fail_msg("expected %s%s%s in:\n%s", code, text ? " with " : "", text ? text : "",
                 output(f));
}

static void expect_clean(Fixture *f)
{
    if (diag_error_count(f->pf.diags) != 0 || strstr(output(f), "[KH6"))
        fail_msg("unexpected diagnostics:\n%s", output(f));
}

static const char *cell(const Attachment *att, size_t row, size_t col)
{
    assert_true(row < att->n_rows);
    assert_true(col < att->n_columns);
    attach_fill_table(att); /* as every reader after resolve does */
    const char *text = att->rows[row].cells[col].text;
    return text ? text : "(null)";
}

/* ---- generated rows ---------------------------------------------------- */

static void test_locality_targets_preset(void **state)
{
    Fixture *f = *state;
    Plan *plan = parse_text(f, "attachments:\n"
                               "  - id: bieu01\n"
                               "    label: Biểu 01\n"
                               "    title: Danh sách năm {year}\n"
                               "    preset: locality-targets\n");
    expect_clean(f);
    assert_int_equal(plan->n_attachments, 1);
    const Attachment *att = &plan->attachments[0];
    assert_string_equal(att->title, "Danh sách năm 2024");
    assert_true(att->landscape);
    assert_int_equal(attach_header_rows(att), 2);
    /* Cấp xã: An Bình, Bảo Lâm (Cẩm Lý aims for 2025); Cấp thôn: Đông Sơn */
    assert_int_equal(att->n_rows, 5);
    assert_true(att->rows[0].is_group);
    assert_string_equal(att->rows[0].group_title, "Cấp xã");
    assert_string_equal(cell(att, 0, 0), "I");
    assert_string_equal(cell(att, 1, 0), "1");
    assert_string_equal(cell(att, 1, 1), "Xã An Bình");
    assert_string_equal(cell(att, 2, 0), "2");
    assert_string_equal(cell(att, 2, 3), "16");
    assert_true(att->rows[2].cells[3].is_number);
    assert_true(att->rows[2].cells[3].number == 16);
    assert_true(att->rows[3].is_group);
    /* the group of its own kinds, as the name column (s43user F4) */
    assert_string_equal(att->rows[3].group_title, "Cấp thôn");
    assert_string_equal(cell(att, 3, 0), "II");
    assert_string_equal(cell(att, 4, 0), "1");
    assert_string_equal(cell(att, 4, 1), "Thôn Đông Sơn");
    assert_string_equal(cell(att, 4, 2), "Xã Cẩm Lý");
    assert_string_equal(cell(att, 4, 5), "nông thôn mới");
    assert_string_equal(cell(att, 4, 6), "2024");
    assert_true(att->rows[4].cells[6].is_number);
}

/* Resolve leaves a generated table's rows to the render stage
 * (attach_fill_texts): `khgen check` neither builds nor holds them; the
 * uses of what they show are counted at resolve all the same. */
static void test_rows_wait_for_render(void **state)
{
    Fixture *f = *state;
    fixture_parse(&f->pf, plan_head, "attachments:\n"
                                     "  - id: bieu01\n"
                                     "    label: Biểu 01\n"
                                     "    title: T\n"
                                     "    preset: locality-targets\n", NULL);
    fixture_flush(&f->pf);
    Plan *plan = f->pf.plan;
    expect_clean(f);
    const Attachment *att = &plan->attachments[0];
    assert_non_null(att->fill);
    assert_int_equal(att->n_rows, 0);                /* not yet made */
    const Locality *loc = plan_find_locality(plan, "a"); /* An Bình: only in the table */
    assert_non_null(loc);
    assert_true(loc->uses > 0);                     /* counted at resolve */
    attach_fill_texts(plan);
    assert_int_equal(att->n_rows, 5);
    assert_string_equal(att->rows[1].cells[0].text, "1");
    assert_string_equal(att->rows[1].cells[1].text, "Xã An Bình");
    assert_string_equal(att->rows[4].cells[2].text, "Xã Cẩm Lý");
    const Row *rows = att->rows;
    attach_fill_texts(plan); /* idempotent: made once */
    assert_ptr_equal(att->rows, rows);
}

static void test_where_sort_and_columns_from_preset(void **state)
{
    Fixture *f = *state;
    Plan *plan = parse_text(f, "attachments:\n"
                               "  - id: t\n"
                               "    label: Biểu 01\n"
                               "    title: Xã\n"
                               "    preset: locality-targets\n"
                               "    columns: [stt, name_full, {key: criteria_met, header: Đã đạt}]\n"
                               "    rows: {where: {kind: xã, target_year: ~}, sort: -criteria_met,"
                               " group_by: ~}\n");
    (void)plan;
    /* target_year: ~ asks for localities without a target year (there are
     * none); group_by: ~ removes the preset's grouping */
    expect_diag(f, "KH618", "has no rows");
    teardown(state);
    setup(state);
    f = *state;
    plan = parse_text(f, "attachments:\n"
                         "  - id: t\n"
                         "    label: Biểu 01\n"
                         "    title: Xã\n"
                         "    columns: [stt, {key: name, header: Tên}, "
                         "{key: criteria_met, header: Đã đạt, type: decimal}]\n"
                         "    rows: {from: localities, where: {kind: xã}, sort: -criteria_met}\n");
    expect_clean(f);
    const Attachment *att = &plan->attachments[0];
    assert_int_equal(att->n_rows, 3);
    assert_string_equal(cell(att, 0, 1), "Cẩm Lý");
    assert_string_equal(cell(att, 1, 1), "An Bình");
    assert_string_equal(cell(att, 2, 1), "Bảo Lâm");
    assert_string_equal(cell(att, 2, 0), "3");
    assert_int_equal(attach_header_rows(att), 1);
}

static void test_criteria_assignments_from_tasks(void **state)
{
    Fixture *f = *state;
    Plan *plan = parse_text(f, "attachments:\n"
                               "  - id: b2\n"
                               "    label: Biểu 02\n"
                               "    title: Phân công\n"
                               "    preset: criteria-assignments\n"
                               "    rows: {where: {code: [18, 19]}}\n");
    expect_clean(f);
    const Attachment *att = &plan->attachments[0];
    /* one group (Hệ thống chính trị) with criteria 18 and 19 */
    assert_int_equal(att->n_rows, 3);
    assert_true(att->rows[0].is_group);
    assert_string_equal(cell(att, 0, 0), "I");
    assert_string_equal(cell(att, 1, 0), "18");
    assert_string_equal(cell(att, 1, 1), "Hệ thống chính trị và tiếp cận pháp luật");
    assert_string_equal(cell(att, 1, 2), "Phòng Tài chính - Kế hoạch phối hợp với Văn phòng "
                                         "Điều phối (đồng chí A)");
    /* a deadline's cell begins with a capital (s45cycle F25) */
    assert_string_equal(cell(att, 1, 3), "Quý I/2024");
    assert_string_equal(cell(att, 2, 0), "19");
    assert_string_equal(cell(att, 2, 2), "Ban Chỉ huy Quân sự phụ trách Chỉ tiêu 19.1.\n"
                                         "Công an huyện phụ trách Chỉ tiêu 19.2.");
    assert_string_equal(cell(att, 2, 3), "Thường xuyên trong năm 2024");
}

static void test_criterion_without_lead_is_an_error(void **state)
{
    Fixture *f = *state;
    parse_text(f, "attachments:\n"
                  "  - id: b2\n"
                  "    label: Biểu 02\n"
                  "    title: Phân công\n"
                  "    preset: criteria-assignments\n"
                  "    rows: {where: {code: [1, 2, 18]}}\n");
    /* resolve finds the rows no unit leads; check reports them */
    assert_string_equal(f->pf.output ? f->pf.output : "", "");
    const Attachment *att = plan_find_attachment(f->pf.plan, "b2");
    assert_int_equal(att->n_leadless, 2);
    check_plan(f->pf.arena, f->pf.diags, f->pf.templates, f->pf.plan);
    fixture_flush(&f->pf);
    expect_diag(f, "KH616", "criteria 1, 2 have no lead unit");
    assert_int_equal(diag_error_count(f->pf.diags), 1);
}

static void test_indicators_merge_criterion_cells(void **state)
{
    Fixture *f = *state;
    Plan *plan = parse_text(f, "attachments:\n"
                               "  - id: b5\n"
                               "    label: Biểu 05\n"
                               "    title: Chỉ tiêu\n"
                               "    preset: indicator-assignments\n"
                               "    rows: {where: {criterion: 19}}\n");
    expect_clean(f);
    const Attachment *att = &plan->attachments[0];
    assert_int_equal(att->n_rows, 2);
    /* columns: criterion (STT), criterion_name, code, name, lead */
    assert_string_equal(cell(att, 0, 0), "19");
    assert_string_equal(cell(att, 0, 2), "19.1");
    assert_string_equal(cell(att, 0, 4), "Ban Chỉ huy Quân sự");
    assert_string_equal(cell(att, 1, 2), "19.2");
    assert_string_equal(cell(att, 1, 4), "Công an huyện");
    assert_int_equal(att->rows[0].merge_down[0], 1);
    assert_int_equal(att->rows[0].merge_down[1], 1);
    assert_int_equal(att->rows[0].merge_down[2], 0);
    assert_true(attach_cell_covered(att, 1, 0));
    assert_true(attach_cell_covered(att, 1, 1));
    assert_false(attach_cell_covered(att, 1, 2));
    assert_false(attach_cell_covered(att, 0, 0));
    /* covered cells repeat the text */
    assert_string_equal(cell(att, 1, 1), "Quốc phòng và An ninh");
}

static void test_fixed_value_column(void **state)
{
    Fixture *f = *state;
    Plan *plan = parse_text(f, "attachments:\n"
                               "  - id: b2\n"
                               "    label: Biểu 02\n"
                               "    title: Danh mục\n"
                               "    suppress: [KH618]\n"
                               "    columns: [{key: code, header: TT, type: stt},"
                               " {key: name, header: Tiêu chí},"
                               " {key: unit, header: Cơ quan phụ trách, value: \"\"},"
                               " {key: y, header: Năm, type: year, value: \"{year}\"}]\n"
                               "    rows: {from: criteria, where: {group: Quy hoạch}}\n");
    expect_clean(f);
    const Attachment *att = &plan->attachments[0];
    assert_int_equal(att->n_rows, 1);
    assert_string_equal(cell(att, 0, 0), "1");
    assert_string_equal(cell(att, 0, 1), "Quy hoạch");
    assert_string_equal(cell(att, 0, 2), "");
    assert_string_equal(cell(att, 0, 3), "2024");
    assert_true(att->rows[0].cells[3].is_number);
}

static void test_task_rows(void **state)
{
    Fixture *f = *state;
    Plan *plan = parse_text(f, "attachments:\n"
                               "  - id: b4\n"
                               "    label: Biểu 04\n"
                               "    title: Nhiệm vụ\n"
                               "    preset: task-assignments\n"
                               "    columns: [stt, task, {key: lead_short, header: Chủ trì},"
                               " support, due, {key: due_date, header: Hạn, type: date}]\n");
    expect_clean(f);
    const Attachment *att = &plan->attachments[0];
    /* the task without a lead is left out; one group: the section */
    assert_int_equal(att->n_rows, 3);
    assert_string_equal(att->rows[0].group_title, "NHIỆM VỤ");
    assert_string_equal(cell(att, 1, 1), "Phân bổ vốn năm 2024.");
    assert_string_equal(cell(att, 1, 2), "Phòng TC-KH");
    assert_string_equal(cell(att, 1, 3), "Văn phòng Điều phối");
    assert_string_equal(cell(att, 1, 4), "Quý I/2024"); /* its cell's capital (s45cycle F25) */
    assert_string_equal(cell(att, 2, 1), "=HYPERLINK(\"x\")");
    assert_string_equal(cell(att, 2, 5), "31/03/2024");
    assert_int_equal(att->rows[2].cells[5].date.day, 31);
    assert_string_equal(cell(att, 1, 5), "Quý I/2024"); /* not a date: text, a capital (s45cycle F25) */
}

/* ---- explicit rows ---------------------------------------------------- */

static void test_explicit_rows_and_totals(void **state)
{
    Fixture *f = *state;
    Plan *plan = parse_text(f, "attachments:\n"
                               "  - id: b3\n"
                               "    label: Biểu 03\n"
                               "    title: Số liệu\n"
                               "    orientation: portrait\n"
                               "    columns:\n"
                               "      - stt\n"
                               "      - {key: name, header: Nội dung}\n"
                               "      - {key: n, header: Số, type: int, total: true, group: G}\n"
                               "      - {key: p, header: Tỷ lệ, type: percent, group: G}\n"
                               "      - {key: d, header: Bình quân, type: decimal, decimals: 2,"
                               " total: true}\n"
                               "      - {key: day, header: Ngày, type: date}\n"
                               "    rows:\n"
                               "      - heading: Nhóm {year}\n"
                               "      - {name: \"{unit tckh}\", n: 12, p: 2.29, d: 16.9, day: "
                               "2024-02-05}\n"
                               "      - [Hai, 30, \"92,1%\", \"17,75\", \"\"]\n"
                               "      - {name: \"=SUM(A1)\", n: 12000}\n"
                               "    totals: true\n");
    expect_clean(f);
    const Attachment *att = &plan->attachments[0];
    assert_false(att->landscape);
    assert_true(att->has_totals);
    assert_string_equal(attach_totals_label(att), "Tổng cộng");
    assert_int_equal(attach_first_total_column(att), 2);
    assert_int_equal(att->n_rows, 4);
    assert_string_equal(att->rows[0].group_title, "Nhóm 2024");
    assert_string_equal(cell(att, 1, 0), "1");
    assert_string_equal(cell(att, 1, 1), "Phòng Tài chính - Kế hoạch");
    assert_string_equal(cell(att, 1, 3), "2,29%");
    assert_true(att->rows[1].cells[3].number == 2.29);
    assert_string_equal(cell(att, 1, 4), "16,90");
    assert_string_equal(cell(att, 1, 5), "05/02/2024");
    assert_string_equal(cell(att, 2, 1), "Hai");
    assert_string_equal(cell(att, 2, 3), "92,1%");
    assert_string_equal(cell(att, 2, 4), "17,75");
    assert_string_equal(cell(att, 3, 1), "=SUM(A1)");
    assert_string_equal(cell(att, 3, 2), "12.000");
    assert_true(attach_column_total(att, 2) == 12042);
    Buf b = {0};
    attach_put_number(&b, &att->columns[4], attach_column_total(att, 4));
    assert_string_equal(b.data, "34,65");
    buf_free(&b);
}

/* ---- diagnostics ------------------------------------------------------ */

static void test_unknown_keys_and_values(void **state)
{
    Fixture *f = *state;
    parse_text(f, "attachments:\n"
                  "  - id: x\n"
                  "    label: Biểu 01\n"
                  "    titel: Sai\n"
                  "    orientation: sideways\n"
                  "    columns: [{key: a, header: A, type: money}]\n"
                  "    rows: [{a: 1, b: 2}]\n");
    expect_diag(f, "KH601", "unknown key 'titel' in an attachment (did you mean 'title'?)");
    /* 'titel' stands for the missing title: one error, not also KH602
     * (s41msg; the catalog's rule below) */
    assert_null(strstr(output(f), "has no 'title'"));
    expect_diag(f, "KH605", "'orientation' is one of landscape, portrait, not 'sideways'");
    expect_diag(f, "KH605", "not 'money'");
}

static void test_bad_rows(void **state)
{
    Fixture *f = *state;
    parse_text(f, "attachments:\n"
                  "  - id: x\n"
                  "    label: Biểu 01\n"
                  "    title: T\n"
                  "    columns: [stt, {key: name, header: Tên}, {key: n, header: Số, type: int}]\n"
                  "    rows:\n"
                  "      - {name: A, nn: 1}\n"
                  "      - {name: B, n: 1.5}\n"
                  "      - [C, 1, 2]\n"
                  "    totals: true\n");
    expect_diag(f, "KH610", "no column 'nn' (did you mean 'n'?)");
    expect_diag(f, "KH611", "column 'n' holds whole numbers, not '1.5'");
    expect_diag(f, "KH610", "this row has 3 values but the table has 2 columns");
    expect_diag(f, "KH617", "no column has 'total: true'");
}

static void test_bad_generators(void **state)
{
    Fixture *f = *state;
    parse_text(f, "attachments:\n"
                  "  - id: x\n"
                  "    label: Biểu 01\n"
                  "    title: T\n"
                  "    columns: [stt, {key: nam, header: Tên}]\n"
                  "    rows: {from: localities, where: {target: ntn, parent: zz}}\n"
                  "  - id: y\n"
                  "    label: Biểu 02\n"
                  "    title: T\n"
                  "    columns: [stt]\n"
                  "    rows: {from: localitys}\n"
                  "  - id: z\n"
                  "    label: Biểu 01\n"
                  "    title: T\n"
                  "    preset: criteria-asignments\n");
    expect_diag(f, "KH614", "rows from localities have no field 'nam' (did you mean 'name'?)");
    expect_diag(f, "KH615", "unknown level 'ntn' (did you mean 'ntm'?)");
    expect_diag(f, "KH615", "unknown locality 'zz'");
    expect_diag(f, "KH612", "not 'localitys' (did you mean 'localities'?)");
    expect_diag(f, "KH603", "unknown preset 'criteria-asignments' (did you mean "
                            "'criteria-assignments'?)");
    expect_diag(f, "KH620", "two attachments are labelled 'Biểu 01'");
}

static void test_criteria_need_a_catalog(void **state)
{
    Fixture *f = *state;
    f->pf.arena = arena_new();
    f->pf.stream = open_memstream(&f->pf.output, &f->pf.output_len);
    f->pf.diags = diag_new(f->pf.stream);
    static const char text[] = "khgen: 1\n"
                               "header: {issuer: [X], place: X, date: 2024, title: T}\n"
                               "body: [x]\n"
                               "attachments:\n"
                               "  - {id: a, label: B, title: T, preset: criteria-assignments}\n";
    TemplateSet *templates = tpl_set_new(f->pf.arena, f->pf.diags, NULL);
    LoadLimits limits = load_default_limits();
    YNode *root = load_string(f->pf.arena, f->pf.diags, "t.yaml", text, strlen(text), &limits);
    Plan *plan = parse_plan(f->pf.arena, f->pf.diags, templates, "t.yaml", root);
    resolve_plan(f->pf.arena, f->pf.diags, templates, plan);
    check_plan(f->pf.arena, f->pf.diags, templates, plan); /* the missing catalog: told once */
    diag_flush(f->pf.diags);
    fflush(f->pf.stream);
    expect_diag(f, "KH401", "need a criteria catalog, and the plan imports none");
    assert_null(strstr(output(f), "[KH618]")); /* no "no rows" on top */
}

/* attach_parse and attach_resolve on a Plan built by hand. */
static void test_direct_calls(void **state)
{
    Fixture *f = *state;
    f->pf.arena = arena_new();
    f->pf.stream = open_memstream(&f->pf.output, &f->pf.output_len);
    f->pf.diags = diag_new(f->pf.stream);
    Plan *plan = arena_alloc(f->pf.arena, sizeof *plan);
    plan->file = "h.yaml";
    plan->date = (VDate){2024, 1, 0};
    plan->period_to = (VDate){2024, 12, 31};
    Unit units[1] = {{.id = "u", .name = "Phòng U", .short_name = "U"}};
    plan->units = units;
    plan->n_units = 1;
    static const char text[] =
        "- id: a\n"
        "  label: Biểu 01\n"
        "  title: Bảng\n"
        "  columns: [stt, {key: who, header: Ai}, {key: n, header: Số, type: int, total: true}]\n"
        "  merge: [who]\n"
        "  rows:\n"
        "    - {who: \"{short u}\", n: 1}\n"
        "    - {who: \"{short u}\", n: 2}\n"
        "    - {who: Khác, n: 3}\n"
        "  totals: Cộng\n";
    TemplateSet *templates = tpl_set_new(f->pf.arena, f->pf.diags, NULL);
    LoadLimits limits = load_default_limits();
    YNode *root = load_string(f->pf.arena, f->pf.diags, "h.yaml", text, strlen(text), &limits);
    assert_int_equal(attach_parse(f->pf.arena, f->pf.diags, templates, plan, root), 0);
    assert_int_equal(attach_resolve(f->pf.arena, f->pf.diags, plan), 0);
    diag_flush(f->pf.diags);
    fflush(f->pf.stream);
    expect_clean(f);
    const Attachment *att = &plan->attachments[0];
    assert_int_equal(att->n_rows, 3);
    assert_string_equal(cell(att, 0, 1), "U");
    assert_int_equal(att->rows[0].merge_down[1], 1);
    assert_int_equal(att->rows[0].merge_down[0], 1); /* STT follows the merge */
    assert_string_equal(cell(att, 0, 0), "1");
    assert_string_equal(cell(att, 2, 0), "2");
    assert_true(attach_cell_covered(att, 1, 1));
    assert_true(attach_column_total(att, 2) == 6);
    assert_string_equal(attach_totals_label(att), "Cộng");
    /* resolving twice or without attachments is harmless */
    Plan empty = {0};
    assert_int_equal(attach_resolve(f->pf.arena, f->pf.diags, &empty), 0);
}

/* ---- catalogs ---------------------------------------------------------- */

static void test_shipped_catalog(void **state)
{
    Fixture *f = *state;
    Plan *plan = parse_text(f, "");
    assert_int_equal(plan->n_catalogs, 1);
    const Catalog *cat = catalog_find(plan, "qd318-xa-ntm");
    assert_non_null(cat);
    assert_int_equal(cat->n_criteria, 19);
    assert_string_equal(cat->criteria[7].name, "Thông tin và Truyền thông");
    assert_string_equal(cat->criteria[0].group, "Quy hoạch");
    const Indicator *indicator = NULL;
    const Criterion *crit = plan_find_criterion(plan, "17.12", &indicator);
    assert_non_null(crit);
    assert_string_equal(crit->code, "17");
    assert_int_equal(crit->n_indicators, 12);
    assert_non_null(indicator);
    assert_non_null(strstr(indicator->name, "chất thải nhựa"));
    /* criteria without a listed indicator accept any N.M */
    crit = plan_find_criterion(plan, "18.6", &indicator);
    assert_non_null(crit);
    assert_int_equal(crit->n_indicators, 0);
    assert_null(plan_find_criterion(plan, "20", NULL));
}

static void test_catalog_errors(void **state)
{
    Fixture *f = *state;
    f->pf.arena = arena_new();
    f->pf.stream = open_memstream(&f->pf.output, &f->pf.output_len);
    f->pf.diags = diag_new(f->pf.stream);
    static const char text[] = "id: c\n"
                               "titel: x\n"
                               "criteria:\n"
                               "  - {code: 1, name: A}\n"
                               "  - {code: 1, name: B}\n"
                               "  - code: 2\n"
                               "    name: C\n"
                               "    indicators: [2.1, 3.1, {code: 2.1}]\n"
                               "  - {code: 3}\n";
    LoadLimits limits = load_default_limits();
    YNode *root = load_string(f->pf.arena, f->pf.diags, "c.yaml", text, strlen(text), &limits);
    Catalog cat;
    int errors = catalog_parse(f->pf.arena, f->pf.diags, root, "c.yaml", &cat);
    diag_flush(f->pf.diags);
    fflush(f->pf.stream);
    assert_int_equal(errors, 6);
    expect_diag(f, "KH411", "unknown key 'titel' in a catalog (did you mean 'title'?)");
    /* 'titel' stands for the missing title: one error, not also KH413 */
    assert_null(strstr(output(f), "the catalog has no 'title'"));
    expect_diag(f, "KH413", "a criterion has no 'name'");
    expect_diag(f, "KH415", "criterion '1' is listed twice");
    expect_diag(f, "KH414", "indicator code '3.1' does not belong to criterion 2");
    expect_diag(f, "KH415", "indicator '2.1' is listed twice");
    expect_diag(f, "KH413", "a criterion has no 'name'");
    /* a criterion without a name is reported and kept (its uses are not
     * also "not in the catalog"); one listed twice is dropped */
    assert_int_equal(cat.n_criteria, 3);
    assert_int_equal(cat.criteria[1].n_indicators, 1);
    assert_string_equal(cat.criteria[2].code, "3");
    assert_string_equal(cat.criteria[2].name, "");
}

static void test_catalog_imports(void **state)
{
    Fixture *f = *state;
    char dir[] = "/tmp/khgen-cat-XXXXXX";
    assert_non_null(mkdtemp(dir));
    char path[256];
    snprintf(path, sizeof path, "%s/mine.yaml", dir);
    FILE *out = fopen(path, "w");
    assert_non_null(out);
    fputs("id: mine\ntitle: Của tôi\ncriteria: [{code: 1, name: Quy hoạch}]\n", out);
    fclose(out);
    char plan_file[256];
    snprintf(plan_file, sizeof plan_file, "%s/plan.yaml", dir);

    f->pf.arena = arena_new();
    f->pf.stream = open_memstream(&f->pf.output, &f->pf.output_len);
    f->pf.diags = diag_new(f->pf.stream);
    static const char text[] = "[qd318-xa-ntm, mine.yaml, qd318-xa-nmt, qd318-xa-ntm]";
    LoadLimits limits = load_default_limits();
    YNode *node = load_string(f->pf.arena, f->pf.diags, "i.yaml", text, strlen(text), &limits);
    TemplateSet *templates = tpl_set_new(f->pf.arena, f->pf.diags, NULL);
    Plan *plan = arena_alloc(f->pf.arena, sizeof *plan);
    int errors = catalog_load(f->pf.arena, f->pf.diags, templates, plan_file, node, plan);
    diag_flush(f->pf.diags);
    fflush(f->pf.stream);
    assert_int_equal(errors, 1);
    assert_int_equal(plan->n_catalogs, 2);
    assert_string_equal(plan->catalogs[1].id, "mine");
    assert_string_equal(plan->catalogs[1].source, path);
    expect_diag(f, "KH400", "unknown catalog 'qd318-xa-nmt' (did you mean 'qd318-xa-ntm'?)");
    expect_diag(f, "KH416", "catalog 'qd318-xa-ntm' is imported twice");
    expect_diag(f, "KH417", "1 criterion code of 'mine' (1) is also in 'qd318-xa-ntm'");
    unlink(path);
    rmdir(dir);
}

static void test_code_order(void **state)
{
    (void)state;
    assert_true(catalog_code_cmp("2", "10") < 0);
    assert_true(catalog_code_cmp("17.2", "17.10") < 0);
    assert_true(catalog_code_cmp("17.10", "18") < 0);
    assert_true(catalog_code_cmp("17", "17.1") < 0);
    assert_int_equal(catalog_code_cmp("17.1", "17.1"), 0);
    assert_true(catalog_code_in("17.12", "17"));
    assert_false(catalog_code_in("1.2", "17"));
    assert_false(catalog_code_in("17", "17"));
    assert_false(catalog_code_in("17.", "17"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_locality_targets_preset, setup, teardown),
        cmocka_unit_test_setup_teardown(test_rows_wait_for_render, setup, teardown),
        cmocka_unit_test_setup_teardown(test_where_sort_and_columns_from_preset, setup, teardown),
        cmocka_unit_test_setup_teardown(test_criteria_assignments_from_tasks, setup, teardown),
        cmocka_unit_test_setup_teardown(test_criterion_without_lead_is_an_error, setup, teardown),
        cmocka_unit_test_setup_teardown(test_indicators_merge_criterion_cells, setup, teardown),
        cmocka_unit_test_setup_teardown(test_fixed_value_column, setup, teardown),
        cmocka_unit_test_setup_teardown(test_task_rows, setup, teardown),
        cmocka_unit_test_setup_teardown(test_explicit_rows_and_totals, setup, teardown),
        cmocka_unit_test_setup_teardown(test_unknown_keys_and_values, setup, teardown),
        cmocka_unit_test_setup_teardown(test_bad_rows, setup, teardown),
        cmocka_unit_test_setup_teardown(test_bad_generators, setup, teardown),
        cmocka_unit_test_setup_teardown(test_criteria_need_a_catalog, setup, teardown),
        cmocka_unit_test_setup_teardown(test_direct_calls, setup, teardown),
        cmocka_unit_test_setup_teardown(test_shipped_catalog, setup, teardown),
        cmocka_unit_test_setup_teardown(test_catalog_errors, setup, teardown),
        cmocka_unit_test_setup_teardown(test_catalog_imports, setup, teardown),
        cmocka_unit_test(test_code_order),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
