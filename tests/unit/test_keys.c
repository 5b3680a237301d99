/* test_keys.c - unit tests of the key table (keys.def, keys.h) and of the
 * readers that take their keys from it.
 *
 * The table is the one definition of which keys each mapping may have, so
 * its shape is checked here: every key described in both languages, no key
 * twice in a set, the name and marker arrays the readers use built from
 * the keys, an ENUM key's words. Then the readers that map the table's
 * keys and words onto their own structures by position: parse.c's layout
 * (each layout key lands in its own Layout field), include.c (the include
 * set starts with `include`) and attach.c (a column's type and align words
 * in ColType's and Align's order).
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

#include "keys.h"

static void test_every_key_described_once(void **state)
{
    (void)state;
    size_t total = 0;
    for (size_t s = 0; s < KEYSET_COUNT; s++) {
        const KeySet *set = keys_set((KeySetId)s);
        assert_non_null(set->name);
        assert_true(*set->vi && *set->en);
        assert_true(set->n_keys > 0);
        assert_ptr_equal(keys_set_named(set->name), set);
        for (size_t i = 0; i < set->n_keys; i++) {
            const KeyDef *key = &set->keys[i];
            if (!*key->vi || !*key->en || !*key->type)
                fail_msg("%s.%s lacks a description or a type", set->name, key->name);
            for (size_t k = 0; k < i; k++)
                if (strcmp(set->keys[k].name, key->name) == 0)
                    fail_msg("%s.%s is declared twice", set->name, key->name);
            assert_string_equal(set->names[i], key->name);
            assert_ptr_equal(keys_find((KeySetId)s, key->name), key);
            if (key->flags & KEY_RANGE)
                assert_true(key->min < key->max && key->unit && *key->unit);
            if (key->flags & KEY_ENUM)
                assert_true(key->words && key->words[0] && key->words[1]);
            else
                assert_null(key->words);
            assert_ptr_equal(keys_words((KeySetId)s, key->name), key->words);
        }
        assert_null(set->names[set->n_keys]);
        assert_ptr_equal(keys_names((KeySetId)s), set->names);
        assert_null(keys_find((KeySetId)s, "zz_not_a_key"));
        total += set->n_keys;
    }
    assert_true(total > 150);
    assert_null(keys_set_named("zz_not_a_set"));
}

/* the markers are the MARK keys, in the table's order */
static void test_markers(void **state)
{
    (void)state;
    for (size_t s = 0; s < KEYSET_COUNT; s++) {
        const KeySet *set = keys_set((KeySetId)s);
        size_t m = 0;
        for (size_t i = 0; i < set->n_keys; i++)
            if (set->keys[i].flags & KEY_MARKS)
                assert_string_equal(set->markers[m++], set->keys[i].name);
        assert_null(set->markers[m]);
    }
    /* readpolicy.c names the first one: "a YAML mapping with 'criteria:'" */
    assert_string_equal(keys_markers(KEYSET_CATALOG)[0], "criteria");
    assert_string_equal(keys_markers(KEYSET_INCLUDE)[0], "include");
    assert_null(keys_markers(KEYSET_PLAN)[0]);
}

/* include.c merges the include set's keys after `include`, by position;
 * `suppress`, the registry's own, last (s49it F1) */
static void test_include_set(void **state)
{
    (void)state;
    const char *const *names = keys_names(KEYSET_INCLUDE);
    const char *want[] = {"include", "units", "levels", "localities", "import", "suppress", NULL};
    for (size_t i = 0; want[i]; i++)
        assert_string_equal(names[i], want[i]);
    assert_null(names[6]);
}

/* attach.c numbers the words: ColType and Align follow the table */
static void test_column_words_in_enum_order(void **state)
{
    (void)state;
    const char *const *types = keys_words(KEYSET_COLUMN, "type");
    assert_string_equal(types[COL_TEXT], "text");
    assert_string_equal(types[COL_INT], "int");
    assert_string_equal(types[COL_DECIMAL], "decimal");
    assert_string_equal(types[COL_PERCENT], "percent");
    assert_string_equal(types[COL_DATE], "date");
    assert_string_equal(types[COL_STT], "stt");
    assert_string_equal(types[COL_YEAR], "year");
    assert_null(types[COL_YEAR + 1]);
    const char *const *aligns = keys_words(KEYSET_COLUMN, "align");
    assert_string_equal(aligns[ALIGN_LEFT - 1], "left");
    assert_string_equal(aligns[ALIGN_CENTER - 1], "center");
    assert_string_equal(aligns[ALIGN_RIGHT - 1], "right");
    assert_null(aligns[ALIGN_RIGHT]);
    assert_string_equal(keys_words(KEYSET_ATTACHMENT, "orientation")[0], "landscape");
    assert_null(keys_words(KEYSET_COLUMN, "header"));
}

/* parse.c's layout: each key of the layout set in its own field, in range */
static void test_layout_keys_land_in_their_fields(void **state)
{
    (void)state;
    PlanFixture pf = {0};
    const char *head = "khgen: 1\n"
                       "header: {issuer: U, place: P, date: 2024-01-15, title: T}\n"
                       "body: [x]\n";
    const char *rest = "layout: {margin_top: 21, margin_bottom: 22, margin_left: 31, "
                       "margin_right: 16, font_size: 13.5, indent: 1.1, line_spacing: 1.2, "
                       "paragraph_spacing: 7}\n";
    Plan *plan = fixture_parse(&pf, head, rest, NULL);
    assert_string_equal(fixture_flush(&pf), "");
    assert_true(plan->layout.margin_top == 21);
    assert_true(plan->layout.margin_bottom == 22);
    assert_true(plan->layout.margin_left == 31);
    assert_true(plan->layout.margin_right == 16);
    assert_true(plan->layout.font_size == 13.5);
    assert_true(plan->layout.indent == 1.1);
    assert_true(plan->layout.line_spacing == 1.2);
    assert_true(plan->layout.paragraph_spacing == 7);
    assert_int_equal(keys_set(KEYSET_LAYOUT)->n_keys, 8);
    fixture_release(&pf);
}

/* a range comes from the table: the message gives the table's bounds */
static void test_layout_range_from_table(void **state)
{
    (void)state;
    PlanFixture pf = {0};
    const char *head = "khgen: 1\n"
                       "header: {issuer: U, place: P, date: 2024-01-15, title: T}\n"
                       "body: [x]\n";
    fixture_parse(&pf, head, "layout: {indent: 2}\n", NULL);
    const KeyDef *indent = keys_find(KEYSET_LAYOUT, "indent");
    char want[128];
    snprintf(want, sizeof want, "'indent' is 2 cm; Nghị định 30/2020 allows %g to %g cm",
             indent->min, indent->max);
    assert_non_null(strstr(fixture_flush(&pf), want));
    assert_non_null(strstr(pf.output, "allows 1 to 1.27 cm"));
    fixture_release(&pf);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_key_described_once),
        cmocka_unit_test(test_markers),
        cmocka_unit_test(test_include_set),
        cmocka_unit_test(test_column_words_in_enum_order),
        cmocka_unit_test(test_layout_keys_land_in_their_fields),
        cmocka_unit_test(test_layout_range_from_table),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
