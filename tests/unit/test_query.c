/* test_query.c - one vocabulary and one meaning, in a figure and in a
 * table.
 *
 * Table-driven, source by field: for every field of the localities and the
 * tasks (query.h's one table, with the old spellings `unit` and `locality`
 * and a locality's data attributes), the test picks the values a filter can
 * want - one a real item has, "" (has none) and "*" (has one) - and asks
 * each of them twice: as a figure of the text, {count SOURCE FIELD=VALUE},
 * and as a generated table, `rows: {from: SOURCE, where: {FIELD: VALUE}}`.
 * The two must count the same items, accept the same words (no
 * diagnostic on either side), and for a numeric field add up to the same
 * total ({sum SOURCE FIELD FIELD=*} against the column's totals). The
 * numeric fields of a locality are also checked against a hand-written
 * table of expected values (criteria_planned once counted 2 in the text
 * and 3 in a column). A field known to one path only, or meaning something
 * else in it, fails here.
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
#include "figures.h"
#include "inline.h"
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
    "units:\n"
    "  - {id: vpdp, name: Văn phòng Điều phối, short: VPĐP}\n"
    "  - {id: tckh, name: Phòng Tài chính}\n"
    "  - {id: u3, name: Công chức Địa chính}\n"
    "levels:\n"
    "  - {id: ntm, name: nông thôn mới}\n"
    "  - {id: nc, name: nâng cao}\n";

/* a: states everything; b: lists 3 criteria, states no number; c: states
 * nothing, lists nothing; d: states planned and lists (agreeing) */
static const char localities[] =
    "localities:\n"
    "  - {id: a, name: An Bình, kind: xã, status: ntm, target: nc, target_year: 2024,"
    " criteria_met: 15, criteria_planned: 2, note: Vùng khó khăn,"
    " data: {dan_so: 1200, vung: Miền núi}}\n"
    "  - {id: b, name: Bắc Sơn, kind: xã, parent: a, criteria_met: 16, criteria: [5, 9, 16],"
    " data: {dan_so: 800}}\n"
    "  - {id: c, name: Cao Lộc, kind: thôn}\n"
    "  - {id: d, name: Đồng Hưu, kind: xã, target: ntm, target_year: 2025, criteria_met: 17,"
    " criteria_planned: 2, criteria: [5, 9]}\n";

static const char body[] =
    "body:\n"
    "  - para: \"{loc a} {loc b} {loc c} {loc d} {unit vpdp} {unit tckh} {unit u3}\"\n"
    "  - section: Nhiệm vụ chung\n"
    "    items:\n"
    "      - clause: Tuyên truyền\n"
    "        items:\n"
    "          - task: Phổ biến\n"
    "            id: t1\n"
    "            lead: vpdp\n"
    "            lead_note: Hằng quý\n"
    "            criteria: [17.12, 18]\n"
    "            localities: [a, b]\n"
    "            due: 2024-Q4\n"
    "          - task: Kiểm tra\n"
    "            lead: vpdp\n"
    "            support: [tckh]\n"
    "            assign:\n"
    "              - {unit: u3, indicators: [\"17.4\"]}\n"
    "            due: ongoing\n"
    "      - task: Báo cáo\n"
    "        text: Gửi báo cáo\n"
    "        lead: tckh\n"
    "        criteria: [17]\n";

/* expected[field][locality]: the value, or NAN for none */
static const double expected[QN_COUNT][4] = {
    [QN_TARGET_YEAR] = {2024, NAN, NAN, 2025},
    [QN_CRITERIA_MET] = {15, 16, NAN, 17},
    [QN_CRITERIA_PLANNED] = {2, 3, NAN, 2},
    [QN_CRITERIA_TOTAL] = {17, 19, NAN, 19},
    [QN_N_CRITERIA] = {0, 3, 0, 2},
};

/* ---- the two paths ----------------------------------------------------------- */

/* One question asked both ways. */
typedef struct Case {
    Source source;
    char field[40];          /* as named: a field, an alias or data.KEY */
    char table_value[64];    /* as `where` writes it */
    char figure_value[64];   /* as a figure writes it ("_" for a space) */
    int numeric;             /* a number field: also its sum */
    int list;                /* a list field: also its sum, the count of codes */
} Case;

enum { MAX_CASES = 256 };

typedef struct Fixture {
    PlanFixture pf;
    Case cases[MAX_CASES];
    size_t n_cases;
} Fixture;

static const char *source_word(Source source)
{
    return query_source_names[source];
}

/* The value a filter would want to find the item's value: its first raw
 * value (an id, a code), its number, or its text. 0 if the value cannot be
 * written in both syntaxes (commas, braces, bars). */
static int pick_value(const FieldValue *fv, int textual, Case *c)
{
    char v[64];
    if (fv->raw && fv->n_raw > 0)
        snprintf(v, sizeof v, "%s", fv->raw[0]);
    else if (fv->is_number && fv->number == floor(fv->number))
        snprintf(v, sizeof v, "%.0f", fv->number);
    else if (fv->is_number) {
        Buf b = {0};
        vi_put_decimal(&b, fv->number, -1);
        snprintf(v, sizeof v, "%s", b.data);
        buf_free(&b);
    } else
        snprintf(v, sizeof v, "%s", fv->text);
    if (!*v || strpbrk(v, ",|{}_\n<>=!") || strlen(v) >= sizeof v - 1)
        return 0;
    if (strchr(v, ' ') && !textual)
        return 0;
    snprintf(c->table_value, sizeof c->table_value, "%s", v);
    snprintf(c->figure_value, sizeof c->figure_value, "%s", v);
    for (char *p = c->figure_value; *p; p++)
        if (*p == ' ')
            *p = '_';
    return 1;
}

static void add_case(Fixture *f, const Case *c)
{
    assert_true(f->n_cases < MAX_CASES);
    f->cases[f->n_cases++] = *c;
}

/* The cases of one field: a value an item has, "" and "*". */
static void add_field_cases(Fixture *f, QueryCtx *q, Source source, const char *name)
{
    FieldRef ref;
    assert_int_equal(query_lookup(q->plan, source, name, &ref), 0);
    ValueKind kind = query_ref_kind(&ref);
    const Field *field = ref.field;
    int textual = !field || (field->kind == QV_TEXT && field->ids == IDS_NONE && field->id != F_ID);
    Case c = {.source = source, .numeric = kind == QV_NUMBER && field, .list = kind == QV_LIST};
    snprintf(c.field, sizeof c.field, "%s", name);
    const void **items;
    size_t n = query_items(q, source, NULL, &items);
    int picked = 0;
    for (size_t i = 0; i < n && !picked; i++) {
        FieldValue fv;
        query_value(q, source, items[i], &ref, &fv);
        picked = !query_is_empty(&fv) && pick_value(&fv, textual, &c);
    }
    if (picked)
        add_case(f, &c);
    strcpy(c.table_value, "");
    strcpy(c.figure_value, "");
    add_case(f, &c);
    strcpy(c.table_value, "*");
    strcpy(c.figure_value, "*");
    add_case(f, &c);
}

static int setup(void **state)
{
    Fixture *f = calloc(1, sizeof *f);
    /* first the plan alone, to pick the values */
    PlanFixture first = {0};
    Buf plan = {0};
    buf_puts(&plan, localities);
    buf_puts(&plan, body);
    fixture_open(&first);
    fixture_parse(&first, head, plan.data, NULL);
    assert_string_equal(fixture_flush(&first), "");
    QueryCtx q;
    query_open(&q, first.arena, first.plan, first.templates, &inline_query_text);
    static const Source sources[] = {SRC_LOCALITIES, SRC_TASKS};
    for (size_t s = 0; s < 2; s++)
        for (const Field *field = query_fields(sources[s]); field->name; field++)
            add_field_cases(f, &q, sources[s], field->name);
    add_field_cases(f, &q, SRC_LOCALITIES, "data.dan_so");
    add_field_cases(f, &q, SRC_LOCALITIES, "data.vung");
    add_field_cases(f, &q, SRC_LOCALITIES, "dan_so");
    add_field_cases(f, &q, SRC_TASKS, "unit");
    add_field_cases(f, &q, SRC_TASKS, "locality");
    query_close(&q);
    fixture_release(&first);
    /* then the plan with one table per case */
    buf_puts(&plan, "attachments:\n");
    for (size_t i = 0; i < f->n_cases; i++) {
        const Case *c = &f->cases[i];
        buf_printf(&plan,
                   "  - id: q%zu\n    label: Biểu %zu\n    title: T\n    columns:\n"
                   "      - {key: %s, header: H%s}\n"
                   "    rows: {from: %s, where: {%s: \"%s\"}}\n",
                   i, i, c->field, c->numeric ? ", type: decimal, total: true" : "",
                   source_word(c->source), c->field, c->table_value);
    }
    fixture_open(&f->pf);
    fixture_parse(&f->pf, head, plan.data, NULL);
    if (f->pf.plan)
        attach_fill_texts(f->pf.plan); /* the tables' rows, as render has them */
    buf_free(&plan);
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

/* The figure {name SOURCE words...} as printed; 0 errors from its check. */
static void figure(Fixture *f, const char *name, const char *const *args, int n_args, Buf *out)
{
    InlineCtx ctx = {.plan = f->pf.plan, .templates = f->pf.templates, .arena = f->pf.arena};
    SrcPos pos = {"t.yaml", 1, 1};
    int errors = figures_check(&ctx, &inline_query_text, f->pf.diags, pos, 1, name, args,
                               n_args);
    if (errors)
        fail_msg("{%s %s %s}: %d errors: %s", name, args[0], n_args > 1 ? args[1] : "", errors,
                 fixture_flush(&f->pf));
    figures_expand(&ctx, &inline_query_text, name, args, n_args, out);
}

/* ---- the tests ---------------------------------------------------------------- */

static void test_tables_accept_every_field(void **state)
{
    Fixture *f = *state;
    assert_true(f->n_cases > 100);
    if (diag_error_count(f->pf.diags) != 0)
        fail_msg("the tables were refused: %s", fixture_flush(&f->pf));
    assert_int_equal(f->pf.plan->n_attachments, f->n_cases);
}

/* every case: the figure counts what the table selects */
static void test_figure_counts_what_the_table_selects(void **state)
{
    Fixture *f = *state;
    size_t with_value = 0, nonzero = 0;
    for (size_t i = 0; i < f->n_cases; i++) {
        const Case *c = &f->cases[i];
        const Attachment *att = &f->pf.plan->attachments[i];
        char filter[128];
        snprintf(filter, sizeof filter, "%s=%s", c->field, c->figure_value);
        const char *args[] = {source_word(c->source), filter};
        Buf count = {0};
        figure(f, "count", args, 2, &count);
        char rows[32];
        snprintf(rows, sizeof rows, "%zu", att->n_rows);
        if (!count.data || strcmp(count.data, rows) != 0)
            fail_msg("%s %s=\"%s\": the figure counts %s, the table selects %s rows",
                     source_word(c->source), c->field, c->table_value,
                     count.data ? count.data : "nothing", rows);
        with_value += *c->table_value && strcmp(c->table_value, "*") != 0;
        nonzero += att->n_rows > 0;
        buf_free(&count);
    }
    /* the cases are not all empty ones */
    assert_true(with_value > 30);
    assert_true(nonzero > 60);
}

/* a number field: {sum SOURCE FIELD FIELD=*} is the column's total; a list
 * field adds up how many it holds */
static void test_sums_agree(void **state)
{
    Fixture *f = *state;
    size_t sums = 0;
    QueryCtx q;
    query_open(&q, f->pf.arena, f->pf.plan, f->pf.templates, &inline_query_text);
    for (size_t i = 0; i < f->n_cases; i++) {
        const Case *c = &f->cases[i];
        if ((!c->numeric && !c->list) || strcmp(c->table_value, "*") != 0)
            continue;
        char filter[128];
        snprintf(filter, sizeof filter, "%s=*", c->field);
        const char *args[] = {source_word(c->source), c->field, filter};
        Buf sum = {0}, want = {0};
        figure(f, "sum", args, 3, &sum);
        double total = 0;
        if (c->numeric) {
            total = attach_column_total(&f->pf.plan->attachments[i], 0);
        } else {
            FieldRef ref;
            const void **items;
            assert_int_equal(query_lookup(f->pf.plan, c->source, c->field, &ref), 0);
            size_t n = query_items(&q, c->source, NULL, &items);
            for (size_t k = 0; k < n; k++) {
                FieldValue fv;
                query_value(&q, c->source, items[k], &ref, &fv);
                total += (double)fv.n_raw;
            }
        }
        vi_put_decimal(&want, total, -1);
        if (strcmp(sum.data ? sum.data : "", want.data) != 0)
            fail_msg("{sum %s %s}: %s, the table totals %s", source_word(c->source), c->field,
                     sum.data ? sum.data : "nothing", want.data);
        sums++;
        buf_free(&sum);
        buf_free(&want);
    }
    query_close(&q);
    assert_true(sums >= 8);
}

/* an old spelling is the same field: `unit` is responsible, `locality`
 * localities */
static void test_aliases(void **state)
{
    Fixture *f = *state;
    static const char *const pairs[][2] = {{"unit", "responsible"}, {"locality", "localities"}};
    for (size_t p = 0; p < 2; p++) {
        FieldRef alias, name;
        assert_int_equal(query_lookup(f->pf.plan, SRC_TASKS, pairs[p][0], &alias), 0);
        assert_int_equal(query_lookup(f->pf.plan, SRC_TASKS, pairs[p][1], &name), 0);
        assert_ptr_equal(alias.field, name.field);
    }
    FieldRef none;
    assert_int_equal(query_lookup(f->pf.plan, SRC_TASKS, "units", &none), -1);
    assert_int_equal(query_lookup(f->pf.plan, SRC_LOCALITIES, "dan_soo", &none), -1);
    assert_int_equal(query_lookup(f->pf.plan, SRC_LOCALITIES, "data.dan_soo", &none), 0);
    assert_false(none.data_known);
}

/* source x field -> value, for the numbers of each locality */
static void test_each_number_of_each_locality(void **state)
{
    Fixture *f = *state;
    for (int field = 0; field < QN_COUNT; field++) {
        assert_int_equal(query_locality_number_field(query_locality_number_name(field)), field);
        FieldRef ref;
        assert_int_equal(
            query_lookup(f->pf.plan, SRC_LOCALITIES, query_locality_number_name(field), &ref), 0);
        for (size_t i = 0; i < 4; i++) {
            double value = -12345;
            const Locality *loc = &f->pf.plan->localities[i];
            int has = query_locality_number(loc, field, &value);
            if (isnan(expected[field][i])) {
                if (has)
                    fail_msg("%s of %s: %g, expected none", query_locality_number_name(field),
                             loc->id, value);
            } else if (!has || value != expected[field][i]) {
                fail_msg("%s of %s: %s%g, expected %g", query_locality_number_name(field),
                         loc->id, has ? "" : "none, ", value, expected[field][i]);
            }
        }
    }
    assert_int_equal(query_locality_number_field("criteria_plan"), -1);
}

/* The memo and the index (figures_eval.c) give what the plain walk gives:
 * each figure is printed with the plan's memo twice (computed, then
 * copied) and once without it (every locality walked), and the three agree;
 * id= and parent= (looked up in the index) with several values, "" and "*"
 * (walked), and a duplicate parent among them. */
static void test_memo_and_index_agree_with_the_walk(void **state)
{
    Fixture *f = *state;
    static const char *const figures[][4] = {
        {"count", "localities", "parent=a", NULL},
        {"list", "localities", "parent=a|a|zz", NULL},
        {"list", "localities", "id=d|b|a", NULL},
        {"count", "localities", "id=d|b", "kind=xã"},
        {"sum", "localities", "criteria_met", "id=a|b|c"},
        {"avg", "localities", "criteria_met", "parent=a"},
        {"count", "localities", "parent=", NULL},
        {"list", "localities", "parent=*", NULL},
        {"count", "localities", "id=zz", NULL},
        {"list", "tasks", "lead=vpdp", NULL},
        {"count", "tasks", "lead=tckh", NULL},
        {"sum", "localities", "criteria", "parent!=a"},
    };
    struct FigureMemo *memo = f->pf.plan->figure_memo;
    assert_non_null(memo); /* resolve_plan gave the plan one */
    for (size_t i = 0; i < sizeof figures / sizeof figures[0]; i++) {
        int n_args = figures[i][3] ? 3 : 2;
        const char *const *args = &figures[i][1];
        Buf first = {0}, again = {0}, walked = {0};
        InlineCtx ctx = {.plan = f->pf.plan, .templates = f->pf.templates, .arena = f->pf.arena};
        figures_expand(&ctx, &inline_query_text, figures[i][0], args, n_args, &first);
        figures_expand(&ctx, &inline_query_text, figures[i][0], args, n_args, &again);
        ((Plan *)f->pf.plan)->figure_memo = NULL;
        figures_expand(&ctx, &inline_query_text, figures[i][0], args, n_args, &walked);
        ((Plan *)f->pf.plan)->figure_memo = memo;
        const char *a = first.data ? first.data : "", *b = again.data ? again.data : "",
                   *c = walked.data ? walked.data : "";
        if (strcmp(a, c) != 0 || strcmp(b, c) != 0)
            fail_msg("{%s %s %s}: memo '%s', copied '%s', walked '%s'", figures[i][0], args[0],
                     args[1], a, b, c);
        buf_free(&first);
        buf_free(&again);
        buf_free(&walked);
    }
    /* the walk is what the fixture's data say */
    Buf out = {0};
    InlineCtx ctx = {.plan = f->pf.plan, .templates = f->pf.templates, .arena = f->pf.arena};
    static const char *const children[] = {"localities", "parent=a"};
    figures_expand(&ctx, &inline_query_text, "list", children, 2, &out);
    assert_string_equal(out.data, "Bắc Sơn");
    buf_free(&out);
    static const char *const three[] = {"localities", "id=d|b|a"};
    figures_expand(&ctx, &inline_query_text, "list", three, 2, &out);
    assert_string_equal(out.data, "An Bình, Bắc Sơn, Đồng Hưu"); /* source order */
    buf_free(&out);
}

/* a value as query.c gives it, then matched */
static void test_match(void **state)
{
    (void)state;
    static const char *const raw[] = {"17.4", "u3"};
    FieldValue list = {.text = "x", .raw = raw, .n_raw = 2};
    FieldValue number = {.text = "16", .number = 16, .is_number = 1};
    FieldValue empty = {.text = ""};
    Want w17 = {OP_EQ, "17", 0, 0}, w18 = {OP_EQ, "18", 0, 0}, any = {OP_EQ, "*", 0, 0};
    Want none = {OP_EQ, "", 0, 0}, ge16 = {OP_GE, "16", 1, 16}, gt16 = {OP_GT, "16", 1, 16};
    Want ne16 = {OP_NE, "16", 1, 16};
    assert_true(query_match(&list, IDS_CRITERION, &w17)); /* an indicator of 17 */
    assert_false(query_match(&list, IDS_UNIT, &w17));     /* not codes: exact */
    assert_false(query_match(&list, IDS_CRITERION, &w18));
    assert_true(query_match(&list, IDS_CRITERION, &any));
    assert_false(query_match(&list, IDS_CRITERION, &none));
    assert_true(query_match(&number, IDS_NONE, &ge16));
    assert_false(query_match(&number, IDS_NONE, &gt16));
    assert_false(query_match(&number, IDS_NONE, &ne16));
    assert_true(query_match(&empty, IDS_NONE, &none));
    assert_false(query_match(&empty, IDS_NONE, &ge16)); /* no number, no comparison */
    assert_true(query_match(&empty, IDS_NONE, &ne16));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_tables_accept_every_field, setup, teardown),
        cmocka_unit_test_setup_teardown(test_figure_counts_what_the_table_selects, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_sums_agree, setup, teardown),
        cmocka_unit_test_setup_teardown(test_aliases, setup, teardown),
        cmocka_unit_test_setup_teardown(test_each_number_of_each_locality, setup, teardown),
        cmocka_unit_test_setup_teardown(test_memo_and_index_agree_with_the_walk, setup,
                                        teardown),
        cmocka_unit_test(test_match),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
