/* test_due_words.c - unit tests of due_words.c: the words a text writes
 * before '{due}' that its deadline prints first (due_doubled_words), how
 * they print (due_words_shown), and whether the reference stands inside a
 * sentence (due_inside_sentence).
 *
 * The suites reach these through KH213 and the printed documents, a few
 * texts each: session 29's mutation sweep found mutants of them passing
 * every suite (a bound 's > 0' made 's >= 0' on a size_t, which reads
 * before the text when its words start it; a blank that ended no word).
 * Each row is one text, the reference at its "{due}", and what the
 * header's contracts say of it: up to three words of up to 32 bytes, the
 * most that are the phrase's first, in any case, past up to eight blanks
 * and emphasis marks, a no-break space and a line break blanks too, a '}'
 * or '(' ending a word.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "due_words.h"

#define P_DATE "trước ngày 28/02/2025"
#define P_YEAR "Thường xuyên trong năm 2024"

static const struct {
    const char *text; /* the reference at its "{due}" (none: at its end) */
    const char *phrase;
    const char *words; /* what is printed twice, NULL for nothing */
} doubled[] = {
    {"hoàn thành trước ngày {due}", P_DATE, "trước ngày"},
    {"Trước ngày {due}", P_DATE, "Trước ngày"}, /* the text's first bytes */
    {"trước {due}", P_DATE, "trước"},
    {"thực hiện thường xuyên {due}", P_YEAR, "thường xuyên"},
    {"trước **{due}**", P_DATE, "trước"},
    {"trước\xC2\xA0ngày {due}", P_DATE, "trước\xC2\xA0ngày"},
    {"trước **ngày** {due}", P_DATE, "trước **ngày"},
    {"trước\nngày {due}", P_DATE, "trước\nngày"},
    {"trước  ngày {due}", P_DATE, "trước  ngày"},
    {"TRƯỚC NGÀY {due}", P_DATE, "TRƯỚC NGÀY"},
    {"trước ngày_{due}", P_DATE, "trước ngày"},
    {"trước ngày        {due}", P_DATE, "trước ngày"},   /* eight blanks */
    {"trước ngày         {due}", P_DATE, NULL},          /* nine */
    {"(trước ngày {due})", P_DATE, "trước ngày"},
    {"{x}trước {due}", P_DATE, "trước"},
    {"a trước ngày 28/02/2025 {due}", P_DATE, "trước ngày 28/02/2025"},
    {"x trước ngày 28/02/2025 {due}", P_DATE " xong", "trước ngày 28/02/2025"},
    {"ngày trước {due}", P_DATE, "trước"},
    {"trước", P_DATE, "trước"},
    {"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa {due}", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa b",
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"}, /* 32 bytes */
    {"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa {due}", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa b",
     NULL}, /* 33 */
    {"ngày {due}", P_DATE, NULL},
    {"trướcngày {due}", P_DATE, NULL},
    {"trước*ngày {due}", P_DATE, NULL},
    {"trước ngày 28/02/2025 {due}", "trước ngày", NULL},
    {"{due}", P_DATE, NULL},
    {" {due}", P_DATE, NULL},
    {"**{due}", P_DATE, NULL},
};

static void test_doubled(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof doubled / sizeof doubled[0]; i++) {
        const char *t = doubled[i].text, *ref = strstr(t, "{due}");
        size_t at = ref ? (size_t)(ref - t) : strlen(t), from = 12345;
        size_t n = due_doubled_words(t, at, doubled[i].phrase, &from);
        const char *w = doubled[i].words;
        if (!w) {
            if (n != 0)
                fail_msg("\"%s\": %zu bytes doubled, want none", t, n);
            continue;
        }
        const char *want = strstr(t, w);
        if (n != strlen(w) || from != (size_t)(want - t))
            fail_msg("\"%s\": %zu bytes from %zu, want \"%s\" (%zu from %zu)", t, n, from, w,
                     strlen(w), (size_t)(want - t));
    }
}

static void test_shown(void **state)
{
    (void)state;
    static const struct {
        const char *words;
        size_t cap;
        const char *out; /* NULL: 0 returned (it does not fit) */
    } cases[] = {
        {"trước **ngày", 64, "trước ngày"},
        {"trước\xC2\xA0ngày", 64, "trước ngày"},
        {"trước\nngày", 64, "trước ngày"},
        {"a_b*", 64, "ab"},
        {"ab", 3, "ab"},
        {"ab", 2, NULL},
        {"", 1, ""},
        {"a\xC2", 64, "a\xC2"}, /* a lead byte at the end: as it is */
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char out[64];
        memset(out, '#', sizeof out);
        int r = due_words_shown(cases[i].words, strlen(cases[i].words), out, cases[i].cap);
        if (!cases[i].out)
            assert_int_equal(r, 0);
        else {
            assert_int_equal(r, 1);
            assert_string_equal(out, cases[i].out);
        }
    }
}

static void test_inside_sentence(void **state)
{
    (void)state;
    static const struct {
        const char *before;
        int inside;
    } cases[] = {
        {"", 0},
        {"Triển khai ", 1},
        {"Xong. ", 0},
        {"Xong: ", 0},
        {"Xong! ", 0},
        {"Hỏi? *", 0},
        {"a (", 1},
        {"a [\"'_*( ", 1},
        {"**", 0}, /* the text's start past its marks */
        {" ( ", 0},
        {"\n", 0},
        {"a\n ", 0},
        {"Xong. \xE2\x80\x9C", 0}, /* an opening quote after a sentence */
        {"x \xE2\x80\x9C", 1},
        {"x \xE2\x80\x98", 1},
        {"x. \xE2\x80\x98", 0},
        {"\xE2\x80\x9C", 0},
        {"\xE2\x80\x9D ", 1}, /* a closing quote ends no sentence */
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        if (due_inside_sentence(cases[i].before, strlen(cases[i].before)) != cases[i].inside)
            fail_msg("due_inside_sentence(\"%s\"): want %d", cases[i].before, cases[i].inside);
}

/* A text's words that start it, and a text that is all blanks and marks:
 * nothing before the text is read. The text stands in a buffer after
 * bytes that would change the answer if read ("(x" before "Trước ngày": a
 * walk past its start took "xTrước" for the word; "a(" before " (": the
 * reference inside a sentence), so a bound 's > 0' or 'i > 0' made '>= 0'
 * (a size_t: always true) fails here in any build, not only under ASan. */
static void test_text_start(void **state)
{
    (void)state;
    static const char words[] = "(xTrước ngày {due}";
    const char *t = words + 2, *ref = strstr(t, "{due}");
    size_t from = 12345;
    size_t n = due_doubled_words(t, (size_t)(ref - t), P_DATE, &from);
    assert_int_equal(n, strlen("Trước ngày"));
    assert_int_equal(from, 0);
    static const char blanks[] = "xxxxa( (";
    assert_int_equal(due_inside_sentence(blanks + 6, 2), 0);
    assert_int_equal(due_inside_sentence(blanks + 4, 4), 1); /* "a( (": after 'a' */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_doubled),
        cmocka_unit_test(test_shown),
        cmocka_unit_test(test_inside_sentence),
        cmocka_unit_test(test_text_start),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
