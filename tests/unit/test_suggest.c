/* test_suggest.c - unit tests of suggest.c's numbered series (s45slip):
 * suggest_numbered_sibling and suggest_past_siblings.
 *
 * The specification, written here once more: two ids are numbered
 * siblings when they are of one length, not the same, and differ only
 * where both have a digit, '0' to '9' each ("bieu09" and "bieu01" are;
 * "bieu1x" and "bieu11" are not). suggest_past_siblings keeps a hint that
 * is no sibling of the word; for one that is, it gives the first
 * candidate, in the list's order from the first, that is no sibling and
 * that suggest_best finds close, else the hint. Session 46's mutation
 * sweep left six mutants of these lines alive (suggest-005, -006, -011,
 * -013: the '9' and the non-digit either side; -021 candidate 0 skipped;
 * -020 one candidate read past the list, which the sanitizers' build of
 * this test sees).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "suggest.h"

static void siblings(void **state)
{
    (void)state;
    static const struct {
        const char *a, *b;
        int want;
    } cases[] = {
        {"bieu01", "bieu02", 1}, {"bieu09", "bieu01", 1}, {"bieu01", "bieu09", 1},
        {"bieu90", "bieu10", 1}, {"bieu10", "bieu11", 1}, {"bieu11", "bieu10", 1},
        {"bieu1x", "bieu11", 0}, {"bieu11", "bieu1x", 0},
        {"bieu01", "bieu01", 0}, {"bieu01", "bieu1", 0},  {"bieu0/", "bieu01", 0},
        {"bieu01", "bieu0:", 0}, {"bieu:1", "bieu01", 0}, {"bieu01", "bieu/1", 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        if (suggest_numbered_sibling(cases[i].a, cases[i].b) != cases[i].want)
            print_error("'%s' '%s': not %d\n", cases[i].a, cases[i].b, cases[i].want);
        assert_int_equal(suggest_numbered_sibling(cases[i].a, cases[i].b), cases[i].want);
    }
}

static void past_siblings(void **state)
{
    (void)state;
    /* "bieu03" used, "bieu01" its nearest: a sibling, so the first close
     * candidate that is none, candidate 0 of the list */
    const char *first[] = {"bieu3", "bieu01", "bieu02"};
    assert_string_equal(suggest_past_siblings("bieu03", "bieu01", first, 3, sizeof first[0], 0),
                        "bieu3");
    /* no candidate but siblings and a far one: the hint */
    const char *only[] = {"bieu01", "bieu02", "ke-hoach-tong-the"};
    assert_string_equal(suggest_past_siblings("bieu03", "bieu01", only, 3, sizeof only[0], 0),
                        "bieu01");
    /* a hint that is no sibling is kept; none stays none */
    assert_string_equal(suggest_past_siblings("bieu03", "bieu3", first, 3, sizeof first[0], 0),
                        "bieu3");
    assert_null(suggest_past_siblings("bieu03", NULL, first, 3, sizeof first[0], 0));
    /* candidates in structs: the one at the offset; the list read to its
     * count and no further (the last a sibling, its neighbour unread) */
    typedef struct {
        int n;
        const char *id;
    } Row;
    const Row rows[] = {{1, "bieu01"}, {2, "bieu02"}, {3, "bieu3"}};
    assert_string_equal(suggest_past_siblings("bieu03", "bieu01", rows, 3, sizeof rows[0],
                                              offsetof(Row, id)),
                        "bieu3");
    assert_string_equal(suggest_past_siblings("bieu03", "bieu01", rows, 2, sizeof rows[0],
                                              offsetof(Row, id)),
                        "bieu01");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(siblings),
        cmocka_unit_test(past_siblings),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
