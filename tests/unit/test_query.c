/* test_query.c - one meaning for a field, in a figure and in a table.
 *
 * Table-driven: for every numeric field of a locality (query.h) and a set
 * of localities that covers the cases (stated or not, listed criteria or
 * not), the value query.c gives each locality is the one the test expects,
 * and the text figure {sum localities FIELD} prints exactly what a table
 * column of that field totals to. The two query engines (figures.c and
 * attach.c) disagreed once on criteria_planned (2 in the text, 3 in the
 * column); this test fails if any field diverges again.
 */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "attach.h"
#include "attach_impl.h"
#include "figures.h"
#include "figures_impl.h"
#include "plan_fixture.h"
#include "query.h"
#include "vi.h"

static const char head[] =
    "khgen: 1\n"
    "import: [qd318-xa-ntm]\n"
    "header:\n"
    "  issuer: [ỦY BAN NHÂN DÂN, HUYỆN A]\n"
    "  issuer_short: UBND huyện A\n"
    "  place: A\n"
    "  date: 2024-01\n"
    "  title: T\n"
    "levels:\n"
    "  - {id: ntm, name: nông thôn mới}\n";

/* a: states everything; b: lists 3 criteria, states no number; c: states
 * nothing, lists nothing; d: states planned and lists (agreeing) */
static const char localities[] =
    "localities:\n"
    "  - {id: a, name: A, kind: xã, target: ntm, target_year: 2024, criteria_met: 15,"
    " criteria_planned: 2}\n"
    "  - {id: b, name: B, kind: xã, criteria_met: 16, criteria: [5, 9, 16]}\n"
    "  - {id: c, name: C, kind: xã}\n"
    "  - {id: d, name: D, kind: xã, target: ntm, target_year: 2025, criteria_met: 17,"
    " criteria_planned: 2, criteria: [5, 9]}\n"
    "body:\n"
    "  - para: \"{loc a} {loc b} {loc c} {loc d} {att t}\"\n"
    "attachments:\n"
    "  - id: t\n"
    "    label: Biểu 01\n"
    "    title: T\n"
    "    columns:\n"
    "      - {key: name, header: Tên}\n"
    "      - {key: target_year, header: Năm, type: int, total: true}\n"
    "      - {key: criteria_met, header: Đạt, type: int, total: true}\n"
    "      - {key: criteria_planned, header: Phấn đấu, type: int, total: true}\n"
    "      - {key: criteria_total, header: Tổng, type: int, total: true}\n"
    "      - {key: n_criteria, header: Số tiêu chí, type: int, total: true}\n"
    "    rows: {from: localities}\n";

/* expected[field][locality]: the value, or NAN for none */
static const double expected[QN_COUNT][4] = {
    [QN_TARGET_YEAR] = {2024, NAN, NAN, 2025},
    [QN_CRITERIA_MET] = {15, 16, NAN, 17},
    [QN_CRITERIA_PLANNED] = {2, 3, NAN, 2},
    [QN_CRITERIA_TOTAL] = {17, 19, NAN, 19},
    [QN_N_CRITERIA] = {0, 3, 0, 2},
};

typedef struct Fixture {
    PlanFixture pf;
} Fixture;

static int setup(void **state)
{
    Fixture *f = calloc(1, sizeof *f);
    fixture_open(&f->pf);
    fixture_parse(&f->pf, head, localities, NULL);
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    Fixture *f = *state;
    fixture_release(&f->pf);
    free(f);
    return 0;
}

static void test_plan_is_clean(void **state)
{
    Fixture *f = *state;
    assert_string_equal(fixture_flush(&f->pf), "");
    assert_int_equal(f->pf.plan->n_localities, 4);
}

/* source x field -> value, for each locality */
static void test_each_field_of_each_locality(void **state)
{
    Fixture *f = *state;
    for (int field = 0; field < QN_COUNT; field++) {
        assert_int_equal(query_locality_number_field(query_locality_number_name(field)), field);
        for (size_t i = 0; i < 4; i++) {
            double value = -12345;
            int has = query_locality_number(&f->pf.plan->localities[i], field, &value);
            if (isnan(expected[field][i])) {
                if (has)
                    fail_msg("%s of %s: %g, expected none", query_locality_number_name(field),
                             f->pf.plan->localities[i].id, value);
            } else if (!has || value != expected[field][i]) {
                fail_msg("%s of %s: %s%g, expected %g", query_locality_number_name(field),
                         f->pf.plan->localities[i].id, has ? "" : "none, ", value,
                         expected[field][i]);
            }
        }
    }
    assert_int_equal(query_locality_number_field("criteria_plan"), -1);
}

/* the figure {sum localities FIELD} prints what the column totals to */
static void test_figure_and_column_agree(void **state)
{
    Fixture *f = *state;
    const Plan *plan = f->pf.plan;
    const Attachment *att = plan_find_attachment(plan, "t");
    assert_non_null(att);
    InlineCtx ctx = {.plan = plan, .templates = f->pf.templates, .arena = f->pf.arena};
    for (int field = 0; field < QN_COUNT; field++) {
        const char *name = query_locality_number_name(field);
        size_t col = att->n_columns;
        for (size_t c = 0; c < att->n_columns; c++)
            if (strcmp(att->columns[c].key, name) == 0)
                col = c;
        assert_true(col < att->n_columns);
        Buf column = {0}, figure = {0};
        vi_put_decimal(&column, attach_column_total(att, col), -1);
        const char *args[] = {"localities", name};
        figures_expand(&ctx, "sum", args, 2, &figure);
        if (strcmp(column.data, figure.data) != 0)
            fail_msg("%s: the column totals %s, the figure says %s", name, column.data,
                     figure.data);
        /* and both are the sum of what query.c gives */
        double sum = 0, value;
        for (size_t i = 0; i < plan->n_localities; i++)
            if (query_locality_number(&plan->localities[i], field, &value))
                sum += value;
        assert_true(sum == attach_column_total(att, col));
        buf_free(&column);
        buf_free(&figure);
    }
}

static int table_has_field(Source source, const char *name)
{
    for (const Field *f = att_fields_of(source); f->name; f++)
        if (strcmp(f->name, name) == 0)
            return 1;
    return 0;
}

/* The words of the two vocabularies: every filter and field a figure
 * accepts for a source is a field a table of that source accepts (in a
 * column or in `where`), except the gaps listed here, which issue 9 still
 * has open. A new word in one engine only fails here; closing a gap fails
 * here too until its line is removed. */
static void test_one_vocabulary(void **state)
{
    (void)state;
    static const struct {
        Source source;
        const char *name;
    } gaps[] = {
        {SRC_TASKS, "unit"},     /* figures: lead, support or assignment */
        {SRC_TASKS, "locality"}, /* tables say "localities" */
    };
    const struct {
        Source source;
        const KeyName *keys;
        size_t n;
    } words[] = {
        {SRC_LOCALITIES, locality_filters, COUNT_OF(locality_filters)},
        {SRC_LOCALITIES, locality_fields, COUNT_OF(locality_fields)},
        {SRC_TASKS, task_filters, COUNT_OF(task_filters)},
        {SRC_TASKS, task_fields, COUNT_OF(task_fields)},
    };
    for (size_t w = 0; w < COUNT_OF(words); w++) {
        for (size_t k = 0; k < words[w].n; k++) {
            const char *name = words[w].keys[k].name;
            int gap = 0;
            for (size_t g = 0; g < COUNT_OF(gaps); g++)
                gap |= gaps[g].source == words[w].source && strcmp(gaps[g].name, name) == 0;
            int in_table = table_has_field(words[w].source, name);
            if (in_table == gap)
                fail_msg("'%s' (%s): %s", name,
                         words[w].source == SRC_LOCALITIES ? "localities" : "tasks",
                         gap ? "listed as a gap, but tables know it now: remove its line"
                             : "a figure reads it, a table does not");
        }
    }
    assert_true(COUNT_OF(option_names) > 0); /* options are figures' own syntax */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_plan_is_clean, setup, teardown),
        cmocka_unit_test_setup_teardown(test_each_field_of_each_locality, setup, teardown),
        cmocka_unit_test_setup_teardown(test_figure_and_column_agree, setup, teardown),
        cmocka_unit_test(test_one_vocabulary),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
