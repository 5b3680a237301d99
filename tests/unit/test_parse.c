/* test_parse.c - unit tests of the parser (parse.c) and inline references.
 *
 * Each test loads a small plan from a string, parses it, and checks either
 * the typed Plan it produced or the exact diagnostics it printed (captured
 * through open_memstream).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "plan_fixture.h"

#include "diag.h"
#include "load.h"
#include "parse.h"
#include "resolve.h"
#include "template.h"

typedef struct Fixture {
    PlanFixture pf;
} Fixture;

static const char minimal_header[] =
    "khgen: 1\n"
    "header:\n"
    "  issuer: [ỦY BAN NHÂN DÂN, HUYỆN X]\n"
    "  place: X\n"
    "  date: 2024-01\n"
    "  title: Thực thi thử\n";

/* Parses header + rest; diagnostics are flushed into f->pf.output. */
static Plan *parse_text(Fixture *f, const char *rest)
{
    fixture_parse(&f->pf, minimal_header, rest, NULL);
    fixture_flush(&f->pf);
    return f->pf.plan;
}

static int teardown(void **state)
{
    Fixture *f = *state;
    fixture_release(&f->pf);
    free(f);
    return 0;
}

static int setup(void **state)
{
    *state = calloc(1, sizeof(Fixture));
    return 0;
}

static void test_header_and_registries(void **state)
{
    Fixture *f = *state;
    Plan *plan = parse_text(f,
                            "units:\n"
                            "  - {id: vpdp, name: Văn phòng Điều phối, short: VPĐP}\n"
                            "levels:\n"
                            "  - {id: ntm, name: nông thôn mới}\n"
                            "localities:\n"
                            "  - {id: a, name: Đồng Hưu, kind: xã, target: ntm, criteria_met: 17}\n"
                            "body:\n"
                            "  - para: Giao {unit vpdp} cho xã {loc a}.\n");
    assert_string_equal(f->pf.output, "");
    assert_int_equal(plan->n_issuer, 2);
    assert_string_equal(plan->issuer[1], "HUYỆN X");
    assert_int_equal(plan->date.year, 2024);
    assert_int_equal(plan->date.month, 1);
    assert_int_equal(plan->date.day, 0);
    assert_string_equal(plan->code, "KH-UBND");
    assert_int_equal(plan->n_units, 1);
    assert_string_equal(plan_find_unit(plan, "vpdp")->short_name, "VPĐP");
    assert_true(plan_find_locality(plan, "a")->criteria_met == 17);
    assert_int_equal(plan_find_unit(plan, "vpdp")->uses, 1);
    assert_int_equal(plan->period_from.year, 2024);
    assert_int_equal(plan->period_to.day, 31);
}

static void test_unknown_key_suggests(void **state)
{
    Fixture *f = *state;
    parse_text(f, "body:\n"
                  "  - clause: Mục tiêu\n"
                  "    itmes: []\n");
    assert_string_equal(f->pf.output,
                        "t.yaml:9:5: error[KH101]: unknown key 'itmes' in a body entry (did you "
                        "mean 'items'?)\n"
                        "    9 |     itmes: []\n"
                        "      |     ^~~~~\n");
}

static void test_unknown_unit_suggests(void **state)
{
    Fixture *f = *state;
    parse_text(f, "units:\n"
                  "  - {id: vpdp, name: Văn phòng}\n"
                  "body:\n"
                  "  - task: Việc\n"
                  "    lead: vpdp2\n");
    assert_string_equal(f->pf.output,
                        "t.yaml:11:11: error[KH202]: unknown unit 'vpdp2' (did you mean "
                        "'vpdp'?)\n"
                        "   11 |     lead: vpdp2\n"
                        "      |           ^~~~~\n");
}

static void test_inline_reference_column(void **state)
{
    Fixture *f = *state;
    parse_text(f, "localities:\n"
                  "  - {id: dong-huu, name: Đồng Hưu}\n"
                  "body:\n"
                  "  - para: Xã {loc dong-hu} đạt chuẩn.\n");
    assert_string_equal(f->pf.output,
                        "t.yaml:10:14: error[KH203]: unknown locality 'dong-hu' (did you mean "
                        "'dong-huu'?)\n"
                        "   10 |   - para: Xã {loc dong-hu} đạt chuẩn.\n"
                        "      |              ^~~~~~~~~~~~~\n");
}

static void test_invalid_date_and_deadline(void **state)
{
    Fixture *f = *state;
    parse_text(f, "body:\n"
                  "  - task: A\n"
                  "    due: 2024-02-30\n"
                  "  - task: B\n"
                  "    due: quý 4\n");
    assert_non_null(strstr(f->pf.output, "t.yaml:9:10: error[KH300]: '2024-02-30' is not a real date"));
    assert_non_null(strstr(f->pf.output, "t.yaml:11:10: error[KH302]: 'quý 4' is not a deadline"));
}

static void test_duplicate_ids_and_wrong_type(void **state)
{
    Fixture *f = *state;
    parse_text(f, "units:\n"
                  "  - {id: a, name: A}\n"
                  "  - {id: a, name: B}\n"
                  "body: {x: 1}\n");
    assert_non_null(strstr(f->pf.output, "t.yaml:9:10: error[KH200]: duplicate unit id 'a'"));
    assert_non_null(strstr(f->pf.output, "t.yaml:8:10: note: 'a' is first defined here"));
    assert_non_null(strstr(f->pf.output, "error[KH102]: 'items' must be a list, not a mapping"));
}

static void test_body_kinds_and_task(void **state)
{
    Fixture *f = *state;
    Plan *plan = parse_text(f, "units:\n"
                               "  - {id: u, name: Công chức Địa chính}\n"
                               "  - {id: v, name: Văn phòng}\n"
                               "body:\n"
                               "  - section: MỤC TIÊU\n"
                               "    items:\n"
                               "      - clause: Cấp xã\n"
                               "        text: Hoàn thành.\n"
                               "      - Một đoạn văn.\n"
                               "      - task: Tiêu chí số 2\n"
                               "        text: [Đoạn 1, Đoạn 2]\n"
                               "        lead: u\n"
                               "        support: [v]\n"
                               "        due: {before: 2024-11, prefix: Hoàn thành}\n"
                               "        criteria: [2]\n");
    assert_string_equal(f->pf.output, "");
    assert_int_equal(plan->n_body, 1);
    BodyNode *section = plan->body[0];
    assert_int_equal(section->kind, NODE_SECTION);
    assert_int_equal(section->n_items, 3);
    assert_int_equal(section->items[0]->kind, NODE_CLAUSE);
    assert_string_equal(section->items[0]->text, "Hoàn thành.");
    assert_int_equal(section->items[1]->kind, NODE_PARA);
    BodyNode *task_node = section->items[2];
    assert_int_equal(task_node->kind, NODE_TASK);
    assert_int_equal(task_node->n_paras, 2);
    const Task *task = task_node->task;
    assert_string_equal(task->lead, "u");
    assert_int_equal(task->n_support, 1);
    assert_int_equal(task->due.kind, DUE_MONTH);
    assert_int_equal(task->due.before, 1);
    assert_int_equal(task->due.month, 11);
    assert_string_equal(task->due.prefix, "Hoàn thành");
    assert_true(task->show_lead && task->show_due);
}

/* plan_walk_body: every node once, parents first, in reading order, with
 * its ancestors and sibling index; plan_body_enclosing finds the section
 * and the clause under it. */
typedef struct Visit {
    char trail[256];
    const BodyNode *clause_of_task;
    const BodyNode *section_of_task;
    int direct_has_clause;   /* the task right under the section */
} Visit;

static void note_visit(void *data, const BodyPlace *at)
{
    Visit *v = data;
    size_t len = strlen(v->trail);
    snprintf(v->trail + len, sizeof v->trail - len, "%s%d%zu%zu", len ? " " : "",
             (int)at->node->kind, at->depth, at->index);
    if (at->depth > 0)
        assert_ptr_equal(at->ancestors[at->depth - 1]->items[at->index], at->node);
    if (at->node->kind == NODE_TASK && strcmp(at->node->title, "Thẳng") == 0) {
        v->direct_has_clause = plan_body_enclosing(at, NODE_CLAUSE, NODE_SECTION) != NULL;
    } else if (at->node->kind == NODE_TASK) {
        v->clause_of_task = plan_body_enclosing(at, NODE_CLAUSE, NODE_SECTION);
        v->section_of_task = plan_body_enclosing(at, NODE_SECTION, -1);
    }
}

static void test_body_walk(void **state)
{
    Fixture *f = *state;
    Plan *plan = parse_text(f, "body:\n"
                               "  - clause: Trước\n"
                               "    items:\n"
                               "      - section: HAI\n"
                               "        items:\n"
                               "          - task: Thẳng\n"
                               "          - clause: Ba\n"
                               "            items:\n"
                               "              - task: Việc\n"
                               "                items: [Con.]\n"
                               "  - Cuối.\n");
    /* the walk's odd shape (a section in a clause) is the one warning */
    assert_null(strstr(f->pf.output, "error"));
    assert_non_null(strstr(f->pf.output, "t.yaml:10:9: warning[KH121]"));
    Visit v = {{0}, NULL, NULL, 1};
    plan_walk_body(plan->body, plan->n_body, note_visit, &v);
    /* kind, depth, index: clause 0 0, section 1 0, task 2 0, clause 2 1,
     * task 3 0, para 4 0, para 0 1 */
    char want[128];
    snprintf(want, sizeof want, "%d00 %d10 %d20 %d21 %d30 %d40 %d01", NODE_CLAUSE, NODE_SECTION,
             NODE_TASK, NODE_CLAUSE, NODE_TASK, NODE_PARA, NODE_PARA);
    assert_string_equal(v.trail, want);
    assert_non_null(v.clause_of_task);
    assert_string_equal(v.clause_of_task->title, "Ba");
    assert_string_equal(v.section_of_task->title, "HAI");
    /* the clause "Trước" is above the section: not the task's clause */
    assert_false(v.direct_has_clause);
}

static void test_due_forms(void **state)
{
    (void)state;
    Deadline due;
    assert_int_equal(parse_due_text("2024-Q4", 2024, &due), 0);
    assert_int_equal(due.kind, DUE_QUARTER);
    assert_int_equal(due.quarter, 4);
    assert_int_equal(parse_due_text("2024-H1", 2024, &due), 0);
    assert_int_equal(due.kind, DUE_HALF);
    assert_int_equal(parse_due_text("ongoing", 2023, &due), 0);
    assert_int_equal(due.kind, DUE_ONGOING);
    assert_int_equal(due.year, 2023);
    assert_int_equal(parse_due_text("2024-01-31", 2024, &due), 0);
    assert_int_equal(due.kind, DUE_DATE);
    assert_int_equal(parse_due_text("2024", 2024, &due), 0);
    assert_int_equal(due.kind, DUE_YEAR);
    assert_int_equal(parse_due_text("2024-Q5", 2024, &due), -1); /* no such quarter: not a deadline */
    assert_int_equal(parse_due_text("2023-02-29", 2024, &due), -2);
    assert_int_equal(parse_due_text("next year", 2024, &due), -1);
    VDate d;
    assert_int_equal(parse_date_text("2024-02-29", &d), 0);
    assert_int_equal(parse_date_text("2024-13", &d), -2);
    assert_int_equal(parse_date_text("24-01-01", &d), -1);
}

static void test_missing_header_and_version(void **state)
{
    Fixture *f = *state;
    f->pf.arena = arena_new();
    f->pf.stream = open_memstream(&f->pf.output, &f->pf.output_len);
    f->pf.diags = diag_new(f->pf.stream);
    TemplateSet *templates = tpl_set_new(f->pf.arena, f->pf.diags, NULL);
    LoadLimits limits = load_default_limits();
    const char *text = "khgen: 2\nbody: []\n";
    YNode *root = load_string(f->pf.arena, f->pf.diags, "v.yaml", text, strlen(text), &limits);
    f->pf.plan = parse_plan(f->pf.arena, f->pf.diags, templates, "v.yaml", root);
    resolve_plan(f->pf.arena, f->pf.diags, templates, f->pf.plan);
    diag_flush(f->pf.diags);
    fflush(f->pf.stream);
    assert_non_null(strstr(f->pf.output, "v.yaml:1:8: error[KH104]: this khgen reads language version 1, not 2"));
    assert_non_null(strstr(f->pf.output, "error[KH103]: the plan has no 'header'"));
}

/* A one-line field keeps no blank of a line break: a more-indented line of
 * a folded scalar keeps its newline and indent in YAML ("Văn phòng\n
 * Điều phối"), which printed "Văn phòng   Điều phối" in a title (mutation
 * sweep s7, an indented continuation line); so do blanks before a break. */
static void test_one_line_blanks(void **state)
{
    Fixture *f = *state;
    Plan *plan = parse_text(f,
                            "units:\n"
                            "  - id: vpdp\n"
                            "    name: >-\n"
                            "      Văn phòng\n"
                            "        Điều phối\n"
                            "    short: \"VP \\t \\n\\n  \\tĐP\"\n"
                            "body:\n"
                            "  - para: Giao {unit vpdp}.\n");
    assert_string_equal(f->pf.output, "");
    assert_string_equal(plan_find_unit(plan, "vpdp")->name, "Văn phòng Điều phối");
    assert_string_equal(plan_find_unit(plan, "vpdp")->short_name, "VP ĐP");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_header_and_registries, setup, teardown),
        cmocka_unit_test_setup_teardown(test_body_walk, setup, teardown),
        cmocka_unit_test_setup_teardown(test_unknown_key_suggests, setup, teardown),
        cmocka_unit_test_setup_teardown(test_unknown_unit_suggests, setup, teardown),
        cmocka_unit_test_setup_teardown(test_inline_reference_column, setup, teardown),
        cmocka_unit_test_setup_teardown(test_invalid_date_and_deadline, setup, teardown),
        cmocka_unit_test_setup_teardown(test_duplicate_ids_and_wrong_type, setup, teardown),
        cmocka_unit_test_setup_teardown(test_body_kinds_and_task, setup, teardown),
        cmocka_unit_test(test_due_forms),
        cmocka_unit_test_setup_teardown(test_missing_header_and_version, setup, teardown),
        cmocka_unit_test_setup_teardown(test_one_line_blanks, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
