/* test_tempname.c - unit tests of tempname.c: the names of temporaries
 * and of a build's commit journal, and which names of a directory are a
 * journal or its marker.
 *
 * The rules are written here once more, from tempname.h, as the
 * specification, and every final length from 0 to 40 and every attempt to
 * 300 is compared with them: a temporary's name is as long as its final
 * name (one byte more per 32 attempts, 13 at most), ".khgen-" and letters
 * or digits at 13, "." and letters or digits below, one letter or digit
 * for a one-byte final name, never the final name; a journal's name
 * shortest - 1 bytes (3 at least, one more per 32 attempts, 20 at most),
 * ".khgen-commit-" at 20, ".~" below. Session 29's mutation sweep found
 * tempname.c run by the suites only through the names a build chose, never
 * checked (a bound moved by one, '0' no longer a digit, a length grown
 * without a bound: each a mutant every suite passed).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "tempname.h"

static int alnum_run(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')))
            return 0;
    }
    return 1;
}

static size_t spec_grown(size_t len, unsigned attempt, size_t max)
{
    size_t n = len + attempt / 32;
    return n > max ? max : n;
}

static void test_temp_base_shape(void **state)
{
    (void)state;
    const char *finals = "abcdefghijklmnopqrstuvwxyzabcdefghijklmn";
    for (size_t f = 0; f <= 40; f++) {
        for (unsigned a = 0; a <= 300; a++) {
            char out[TEMPNAME_MAX + 1];
            memset(out, 'X', sizeof out);
            unsigned seed = 7 * (unsigned)f + a, before = seed;
            temp_base(out, finals, f, a, &seed);
            size_t want = spec_grown(f < 1 ? 1 : f, a, 13);
            assert_int_equal(strlen(out), want);
            assert_int_not_equal(seed, before); /* drawn from the caller's state */
            if (want >= 13) {
                assert_memory_equal(out, ".khgen-", 7);
                assert_true(alnum_run(out + 7, want - 7));
            } else if (want >= 2) {
                assert_int_equal(out[0], '.');
                assert_true(alnum_run(out + 1, want - 1));
            } else {
                assert_true(alnum_run(out, 1));
            }
        }
    }
}

/* A final name that is itself such a name is never the temporary's: one
 * byte ("a", "0", "Z": 62 names, drawn again when equal), two (".a"). */
static void test_temp_base_never_final(void **state)
{
    (void)state;
    const char *finals[] = {"a", "0", "9", "Z", ".a", ".0", ".z"};
    for (size_t k = 0; k < sizeof finals / sizeof finals[0]; k++) {
        int seen_digit = 0;
        for (unsigned seed0 = 0; seed0 < 4000; seed0++) {
            char out[TEMPNAME_MAX + 1];
            unsigned seed = seed0;
            size_t n = strlen(finals[k]);
            temp_base(out, finals[k], n, 0, &seed);
            assert_int_equal(strlen(out), n);
            assert_string_not_equal(out, finals[k]);
            seen_digit |= out[n - 1] == '0';
        }
        /* '0' is drawn too (a digit of the alphabet), where it is not the final name's */
        if (finals[k][strlen(finals[k]) - 1] != '0')
            assert_true(seen_digit);
    }
}

static void test_journal_base(void **state)
{
    (void)state;
    for (size_t s = 4; s <= 40; s++) {
        for (unsigned a = 0; a <= 300; a++) {
            char out[TEMPNAME_MAX + 1];
            unsigned seed = (unsigned)s * 31 + a;
            journal_base(out, s, a, &seed);
            size_t want = spec_grown(s - 1, a, TEMPNAME_MAX);
            assert_int_equal(strlen(out), want);
            if (want >= TEMPNAME_MAX) {
                assert_memory_equal(out, ".khgen-commit-", 14);
                assert_true(alnum_run(out + 14, want - 14));
            } else {
                assert_memory_equal(out, ".~", 2);
                assert_true(alnum_run(out + 2, want - 2));
            }
            /* what journal_base writes, journal_kind knows, and its marker */
            assert_int_equal(journal_kind(out), 1);
            char marker[TEMPNAME_MAX + 2];
            snprintf(marker, sizeof marker, "%s!", out);
            assert_int_equal(journal_kind(marker), 2);
        }
    }
    /* below "a.md" the name is still 3 bytes: ".~X" */
    for (size_t s = 0; s < 4; s++) {
        char out[TEMPNAME_MAX + 1];
        unsigned seed = 1;
        journal_base(out, s, 0, &seed);
        assert_int_equal(strlen(out), 3);
        assert_int_equal(journal_kind(out), 1);
    }
}

static void test_journal_kind(void **state)
{
    (void)state;
    static const struct {
        const char *name;
        int kind;
    } cases[] = {
        {".~a", 1},
        {".~a!", 2},
        {".~0", 1},  /* a digit, '0' too */
        {".~9Z", 1},
        {".~", 0},   /* too short */
        {".~!", 0},
        {".~a-", 0}, /* not a letter or digit */
        {".~a.md", 0},
        {"..a", 0},
        {"~.a", 0},
        {"a~b", 0},
        {".~abcdefghijklmnopq", 1},  /* 19 bytes */
        {".~abcdefghijklmnopqr", 0}, /* 20: only ".khgen-commit-" is that long */
        {".~abcdefghijklmnopqr!", 0},
        {".khgen-commit-abcdef", 1},
        {".khgen-commit-abcdef!", 2},
        {".khgen-commit-x", 1}, /* as earlier versions wrote: any ".khgen-commit-" name */
        {".khgen-commit-", 0},
        {".khgen-commit-!", 0},
        {".khgen-commit", 0},
        {".khgen-abcdef", 0}, /* a one-file writer's temporary */
        {"", 0},
        {"!", 0},
        {"plan.md", 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        if (journal_kind(cases[i].name) != cases[i].kind)
            fail_msg("journal_kind(\"%s\"): %d, want %d", cases[i].name,
                     journal_kind(cases[i].name), cases[i].kind);
    }
}

/* tempname_draw: the one generator (outputs.c's temp_name repeated it,
 * s30fixlow): the same seed draws the same letters as before, the state
 * advanced once per letter, only letters and digits */
static void test_draw(void **state)
{
    (void)state;
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    unsigned seed = 12345u, mine = 12345u;
    char out[40] = {0};
    tempname_draw(out, 39, &seed);
    for (size_t i = 0; i < 39; i++) {
        mine = mine * 1103515245u + 12345u;
        assert_int_equal(out[i], alphabet[(mine >> 16) % (sizeof alphabet - 1)]);
    }
    assert_int_equal(seed, mine);
    assert_int_equal(out[39], '\0'); /* no NUL written past n */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_temp_base_shape),
        cmocka_unit_test(test_temp_base_never_final),
        cmocka_unit_test(test_journal_base),
        cmocka_unit_test(test_journal_kind),
        cmocka_unit_test(test_draw),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
