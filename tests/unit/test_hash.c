/* test_hash.c - unit tests of util.c's string hashes: seeded, so that no
 * crafted set of keys takes one slot of a table.
 *
 * The 64 ids below were found (by trying ids in order) to share the low
 * 17 bits of the unseeded FNV-1a str_hash64: as unit ids of a plan, each
 * insertion into plan.c's index and each lookup walked the run of the
 * others; 32,768 such ids named by 100,000 tasks took 1.9 s where other
 * ids take 0.3, four times as many sixteen times as long (s27review H2).
 * With the seed (hash_seed) they spread over the table as any ids do.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "util.h"

static const char *const crafted[] = {
    "xaaaad6ie", "xaaaaivmz", "xaaaak7vb", "xaaaanaxq", "xaaaaonm9", "xaaaarq3v", "xaaaaugmi",
    "xaaaau5g3", "xaaaau9kw", "xaaaavbao", "xaaaaxhsk", "xaaaaxow2", "xaaaa003c", "xaaaa3ol8",
    "xaaaa3ugg", "xaaaa6gxp", "xaaaa8ali", "xaaabcezl", "xaaabejrq", "xaaabha1i", "xaaabiluc",
    "xaaabj1h2", "xaaablsy7", "xaaabm6pv", "xaaabnmzc", "xaaabqttg", "xaaabrvcx", "xaaabtk6t",
    "xaaabxnbw", "xaaabxpjx", "xaaab2lac", "xaaab4wgq", "xaaab6fzk", "xaaab6mzd", "xaaacewrl",
    "xaaachng6", "xaaacivd8", "xaaacne82", "xaaacnum3", "xaaacqkkz", "xaaacq7wy", "xaaactfsv",
    "xaaacvnk6", "xaaacvuul", "xaaacznre", "xaaadauox", "xaaadbe33", "xaaadbf85", "xaaadd75a",
    "xaaadg825", "xaaadhmqz", "xaaadixwc", "xaaadj42g", "xaaadl3ju", "xaaadoa48", "xaaadppqx",
    "xaaadqukf", "xaaadw5dj", "xaaadxapg", "xaaadygkr", "xaaad14rz", "xaaad2ua3", "xaaad9e1u",
    "xaaaebq85",
};
enum { N_CRAFTED = sizeof crafted / sizeof crafted[0], LOW_BITS = 17 };

static int by_value(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return (x > y) - (x < y);
}

/* The ids built to collide take many slots, not one. */
static void crafted_ids_spread(void **state)
{
    (void)state;
    uint64_t low[N_CRAFTED];
    for (size_t i = 0; i < N_CRAFTED; i++)
        low[i] = str_hash64(crafted[i]) & ((1u << LOW_BITS) - 1);
    qsort(low, N_CRAFTED, sizeof *low, by_value);
    size_t distinct = 1;
    for (size_t i = 1; i < N_CRAFTED; i++)
        distinct += low[i] != low[i - 1];
    /* 64 random values among 131,072: all distinct but for a chance of 1.5% a pair */
    assert_true(distinct >= N_CRAFTED - 4);
    assert_true(text_hash(crafted[0], strlen(crafted[0])) == str_hash64(crafted[0]));
}

/* A set still finds what it holds, and only that. */
static void set_finds(void **state)
{
    (void)state;
    StrSet set = {0};
    for (size_t i = 0; i < N_CRAFTED; i++)
        assert_int_equal(strset_add(&set, crafted[i], i), i);
    for (size_t i = 0; i < N_CRAFTED; i++)
        assert_int_equal(strset_find(&set, crafted[i]), i);
    assert_int_equal(strset_find(&set, "xaaaaaaaa"), (size_t)-1);
    assert_int_equal(strset_add(&set, "xaaaad6ie", 99), 0);
    strset_free(&set);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(crafted_ids_spread),
        cmocka_unit_test(set_finds),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
