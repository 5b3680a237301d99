/* test_lineranges.c - unit tests of lineranges.c: the line ranges a
 * warning code is silenced in (diag.c's suppress: rules).
 *
 * The specification is the plain one, written here once more: line L of
 * file F is silenced for code C when some range added for C and F has
 * first <= L <= last, or a range was added for C with no file (every line
 * of every file). lineranges.c answers it by bisection over the ranges
 * kept sorted by their first line, with the greatest last line of each
 * prefix beside them; ranges added out of order are moved into place.
 * test_diag.c's two suppress tests add two ranges in order: session 21's
 * mutation sweep found the moving into place (a bound moved by one, a
 * line of the move dropped), the prefix's greatest last line and the
 * buckets' growth untested (lineranges-027 to -046 passed every suite).
 * Here thousands of ranges, in file order, in reverse and shuffled, of
 * three codes in three files, are asked about every line and compared
 * with a scan of them all.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cmocka.h>

#include "lineranges.h"

typedef struct Range {
    int code, file, first, last;
} Range;

static const char *const codes[] = {"KH250", "KH251", "KH252"};
static const char *const files[] = {"a.yaml", "b.yaml", "inc/c.yaml"};

/* The specification: a scan of every range added. */
static int spec_has(const Range *r, size_t n, int code, int file, int line)
{
    for (size_t i = 0; i < n; i++)
        if (r[i].code == code && r[i].file == file && r[i].first <= line && line <= r[i].last)
            return 1;
    return 0;
}

/* A small deterministic generator (the test's ranges are the same each run). */
static unsigned next(unsigned *state)
{
    *state = *state * 1103515245u + 12345u;
    return (*state >> 8) & 0xFFFF;
}

/* Adds the n ranges in the order given and asks every line 0..max+1 of each
 * code and file. */
static void check_ranges(const Range *r, size_t n, int max)
{
    LineRanges *lr = lineranges_new();
    for (size_t i = 0; i < n; i++)
        lineranges_add(lr, codes[r[i].code], files[r[i].file], r[i].first, r[i].last);
    for (int c = 0; c < 3; c++)
        for (int f = 0; f < 3; f++)
            for (int line = 0; line <= max + 1; line++)
                if (lineranges_has(lr, codes[c], files[f], line) != spec_has(r, n, c, f, line))
                    fail_msg("%s %s line %d: want %d (of %zu ranges)", codes[c], files[f], line,
                             spec_has(r, n, c, f, line), n);
    lineranges_free(lr);
}

/* Ranges in file order, in reverse, and shuffled; nested, overlapping,
 * one line long, and a long one before short ones (the prefix's greatest
 * last line: a short range after a long one must not hide it). */
static void test_against_scan(void **state)
{
    (void)state;
    enum { N = 600, MAXLINE = 400 };
    static Range r[N];
    unsigned seed = 21;
    for (int round = 0; round < 6; round++) {
        size_t n = round < 3 ? 40 : N;
        for (size_t i = 0; i < n; i++) {
            r[i].code = (int)(next(&seed) % 3);
            r[i].file = (int)(next(&seed) % 3);
            r[i].first = 1 + (int)(next(&seed) % MAXLINE);
            int len = next(&seed) % 8 == 0 ? (int)(next(&seed) % 120) : (int)(next(&seed) % 4);
            r[i].last = r[i].first + len;
        }
        if (round % 3 == 0) { /* file order */
            for (size_t i = 1; i < n; i++)
                for (size_t k = i; k > 0 && r[k - 1].first > r[k].first; k--) {
                    Range t = r[k];
                    r[k] = r[k - 1];
                    r[k - 1] = t;
                }
        } else if (round % 3 == 1) { /* reverse file order */
            for (size_t i = 1; i < n; i++)
                for (size_t k = i; k > 0 && r[k - 1].first < r[k].first; k--) {
                    Range t = r[k];
                    r[k] = r[k - 1];
                    r[k - 1] = t;
                }
        }
        check_ranges(r, n, MAXLINE + 120);
    }
}

/* Hand-made cases whose answer is read off the page. */
static void test_cases(void **state)
{
    (void)state;
    LineRanges *lr = lineranges_new();
    assert_int_equal(lineranges_has(lr, "KH250", "a.yaml", 1), 0); /* none yet */
    assert_int_equal(lineranges_has(NULL, "KH250", "a.yaml", 1), 0);
    /* a long range, then one inside it, then one after it: all three kept
     * apart from the line after the long one */
    lineranges_add(lr, "KH250", "a.yaml", 10, 50);
    lineranges_add(lr, "KH250", "a.yaml", 20, 21);
    lineranges_add(lr, "KH250", "a.yaml", 60, 60);
    assert_int_equal(lineranges_has(lr, "KH250", "a.yaml", 9), 0);
    assert_int_equal(lineranges_has(lr, "KH250", "a.yaml", 10), 1);
    assert_int_equal(lineranges_has(lr, "KH250", "a.yaml", 30), 1); /* after 20-21, in 10-50 */
    assert_int_equal(lineranges_has(lr, "KH250", "a.yaml", 50), 1);
    assert_int_equal(lineranges_has(lr, "KH250", "a.yaml", 51), 0);
    assert_int_equal(lineranges_has(lr, "KH250", "a.yaml", 60), 1);
    assert_int_equal(lineranges_has(lr, "KH250", "a.yaml", 61), 0);
    /* another file, another code, a place with no file: none */
    assert_int_equal(lineranges_has(lr, "KH250", "b.yaml", 30), 0);
    assert_int_equal(lineranges_has(lr, "KH251", "a.yaml", 30), 0);
    assert_int_equal(lineranges_has(lr, "KH250", NULL, 30), 0);
    /* one added before the first (out of order): moved into place, the
     * others still found */
    lineranges_add(lr, "KH250", "a.yaml", 3, 4);
    assert_int_equal(lineranges_has(lr, "KH250", "a.yaml", 2), 0);
    assert_int_equal(lineranges_has(lr, "KH250", "a.yaml", 3), 1);
    assert_int_equal(lineranges_has(lr, "KH250", "a.yaml", 5), 0);
    assert_int_equal(lineranges_has(lr, "KH250", "a.yaml", 30), 1);
    assert_int_equal(lineranges_has(lr, "KH250", "a.yaml", 60), 1);
    /* a range of every file: every line of every file, and a place with
     * no file, for its code only */
    lineranges_add(lr, "KH251", NULL, 7, 8);
    assert_int_equal(lineranges_has(lr, "KH251", "a.yaml", 1), 1);
    assert_int_equal(lineranges_has(lr, "KH251", "b.yaml", 1000), 1);
    assert_int_equal(lineranges_has(lr, "KH251", NULL, 0), 1);
    assert_int_equal(lineranges_has(lr, "KH252", "a.yaml", 7), 0);
    lineranges_free(lr);
    lineranges_free(NULL);
}

/* Many codes (each a bucket of its own) and many ranges in each: the
 * buckets and their arrays grow past their first size, and each code's
 * ranges stay its own. */
static void test_many_buckets(void **state)
{
    (void)state;
    LineRanges *lr = lineranges_new();
    char code[16];
    for (int c = 0; c < 40; c++) {
        snprintf(code, sizeof code, "KH%03d", c);
        for (int k = 0; k < 30; k++) /* lines c+3k .. c+3k, every third line from c */
            lineranges_add(lr, code, "a.yaml", c + 3 * (29 - k), c + 3 * (29 - k));
    }
    for (int c = 0; c < 40; c++) {
        snprintf(code, sizeof code, "KH%03d", c);
        for (int line = 0; line < 140; line++) {
            int want = line >= c && line <= c + 87 && (line - c) % 3 == 0;
            if (lineranges_has(lr, code, "a.yaml", line) != want)
                fail_msg("%s line %d: want %d", code, line, want);
        }
    }
    lineranges_free(lr);
}

/* The CPU seconds of adding n ranges of one code and file, all starting on
 * line 1 when same, else on lines 1..n; each then found. */
static double add_seconds(int n, int same)
{
    clock_t t0 = clock();
    LineRanges *lr = lineranges_new();
    for (int i = 0; i < n; i++)
        lineranges_add(lr, "KH310", "a.yaml", same ? 1 : i + 1, same ? 1 + i % 7 : i + 1);
    double s = (double)(clock() - t0) / CLOCKS_PER_SEC;
    assert_int_equal(lineranges_has(lr, "KH310", "a.yaml", 1), 1);
    assert_int_equal(lineranges_has(lr, "KH310", "a.yaml", same ? 7 : n), 1);
    assert_int_equal(lineranges_has(lr, "KH310", "a.yaml", same ? 8 : n + 1), 0);
    lineranges_free(lr);
    return s;
}

/* Ranges that start on the same line (a plan in flow style on one line:
 * every node's suppress: is a range of line 1) are appended, as ranges in
 * file order are: lineranges-032 (an equal first line taken for one out
 * of order, '>=') moved each to the front of the others, 40,000 ranges
 * then costing 800 million moves. CPU time, against the same number of
 * ranges in file order, with room for a busy machine. */
static void test_same_first_line(void **state)
{
    (void)state;
    enum { N = 40000 };
    double ordered = add_seconds(N, 0), same = add_seconds(N, 1);
    if (same > 10 * ordered + 0.1)
        fail_msg("%d ranges of line 1: %.3f s; in file order: %.3f s", N, same, ordered);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_cases),
        cmocka_unit_test(test_against_scan),
        cmocka_unit_test(test_many_buckets),
        cmocka_unit_test(test_same_first_line),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
