/* test_md_flank.c - unit tests of md_flank.c: where an importer's
 * emphasis mark may stand (CommonMark's flanking rule).
 *
 * md_flank.c sorts a character as CommonMark sees it beside a mark: a
 * word character (a letter or digit), whitespace, or punctuation. The
 * specification is written here once more, as a table of ranges, and
 * every code point (the surrogates excepted) is asked of the four public
 * functions, each of which shows a part of the sort: md_flank_word_at
 * and md_flank_word_before whether it is a word character (the second
 * after a letter, so the backward scan over a character's bytes is
 * exercised for each length), md_flank_trim_start and md_flank_trim_end
 * whether it goes outside the mark (whitespace always, punctuation only
 * beside a word character). attack21's H1 and H2 import a few dozen
 * texts: session 22's mutation sweep found the ranges' bounds, the
 * backward scan's limit and the trimming of a second character untested
 * by any suite. Then the sequences: several spaces, punctuation after a
 * space, one character of punctuation and no more, the empty text, and a
 * byte that starts no UTF-8 character (read alone, one byte long).
 * Whitespace is CommonMark's, unispace.c's table: the form feed with it
 * since session 22 (no imported text holds one: imp_clean_text makes it
 * a space, and a Word document's XML cannot).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "md_flank.h"

/* The specification: 0 a word character, 1 whitespace, 2 punctuation. */
static int spec_kind(unsigned cp)
{
    static const unsigned blank[][2] = {{' ', ' '},       {'\t', '\t'},     {'\n', '\n'},
                                        {'\f', '\f'},     {'\r', '\r'},     {0xA0, 0xA0},     {0x1680, 0x1680},
                                        {0x2000, 0x200A}, {0x202F, 0x202F}, {0x205F, 0x205F},
                                        {0x3000, 0x3000}};
    static const unsigned punct[][2] = {{0x21, 0x2F},     {0x3A, 0x40},     {0x5B, 0x60},
                                        {0x7B, 0x7E},     {0xA1, 0xBF},     {0xD7, 0xD7},
                                        {0xF7, 0xF7},     {0x2010, 0x2027}, {0x2030, 0x205E},
                                        {0x3001, 0x3003}, {0x3008, 0x3011}};
    for (size_t i = 0; i < sizeof blank / sizeof *blank; i++)
        if (cp >= blank[i][0] && cp <= blank[i][1])
            return 1;
    for (size_t i = 0; i < sizeof punct / sizeof *punct; i++)
        if (cp >= punct[i][0] && cp <= punct[i][1])
            return 2;
    return 0;
}

/* cp in UTF-8 at out; its length. */
static size_t encode(unsigned cp, char *out)
{
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | cp >> 6);
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | cp >> 12);
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | cp >> 18);
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

/* Every code point, alone and beside a letter, through each function;
 * the first difference from the specification is printed. */
static void every_code_point(void **state)
{
    (void)state;
    size_t wrong = 0;
    for (unsigned cp = 1; cp <= 0x10FFFF; cp++) {
        if (cp >= 0xD800 && cp <= 0xDFFF)
            continue;
        char c[4], after[8], before[8];
        size_t n = encode(cp, c);
        int kind = spec_kind(cp);
        memcpy(after, c, n); /* the character, then a letter */
        after[n] = 'x';
        before[0] = 'x'; /* a letter, then the character */
        memcpy(before + 1, c, n);
        size_t got[6] = {(size_t)md_flank_word_at(c, n), (size_t)md_flank_word_before(before, n + 1),
                         md_flank_trim_start(after, n + 1, 0), md_flank_trim_start(after, n + 1, 1),
                         md_flank_trim_end(before, n + 1, 0), md_flank_trim_end(before, n + 1, 1)};
        size_t want[6] = {kind == 0, kind == 0, kind == 1 ? n : 0, kind != 0 ? n : 0,
                          kind == 1 ? 1 : n + 1, kind != 0 ? 1 : n + 1};
        for (int k = 0; k < 6; k++)
            if (got[k] != want[k] && wrong++ < 5)
                print_error("U+%04X (kind %d): answer %d is %zu, not %zu\n", cp, kind, k, got[k],
                            want[k]);
    }
    assert_int_equal(wrong, 0);
}

/* An empty text or prefix: no character, no word. */
static void empty(void **state)
{
    (void)state;
    assert_int_equal(md_flank_word_before("a", 0), 0);
    assert_int_equal(md_flank_word_at("a", 0), 0);
    assert_int_equal(md_flank_trim_start("", 0, 1), 0);
    assert_int_equal(md_flank_trim_end("", 0, 1), 0);
}

/* Leading spaces all go out; punctuation goes out only as the first
 * character after a word character, and one character of it only. */
static void trim_start_sequences(void **state)
{
    (void)state;
    assert_int_equal(md_flank_trim_start("   x", 4, 0), 3);
    assert_int_equal(md_flank_trim_start("  (x", 4, 1), 2); /* a space first: '(' stays */
    assert_int_equal(md_flank_trim_start("((x", 3, 1), 1);
    assert_int_equal(md_flank_trim_start("( x", 3, 1), 2);
    assert_int_equal(md_flank_trim_start("(x", 2, 0), 0);
    assert_int_equal(md_flank_trim_start("   ", 3, 1), 3);
    assert_int_equal(md_flank_trim_start("  ", 1, 0), 1); /* n bytes, not one past */
    /* "“Đồng Hưu”": a curly quote of three bytes after a letter */
    assert_int_equal(md_flank_trim_start("\xe2\x80\x9c\xc4\x90\xe1\xbb\x93ng", 10, 1), 3);
    assert_int_equal(md_flank_trim_start("\xc2\xa0\xe3\x80\x80x", 6, 0), 5);
}

static void trim_end_sequences(void **state)
{
    (void)state;
    assert_int_equal(md_flank_trim_end("x   ", 4, 0), 1);
    assert_int_equal(md_flank_trim_end("x)  ", 4, 1), 2); /* a space last: ')' stays */
    assert_int_equal(md_flank_trim_end("x))", 3, 1), 2);
    assert_int_equal(md_flank_trim_end("x )", 3, 1), 1);
    assert_int_equal(md_flank_trim_end("x)", 2, 0), 2);
    assert_int_equal(md_flank_trim_end("   ", 3, 1), 0);
    assert_int_equal(md_flank_trim_end("H\xc6\xb0u\xe2\x80\x9d", 7, 1), 4);
    assert_int_equal(md_flank_trim_end("x\xc2\xa0\xe3\x80\x80", 6, 0), 1);
}

/* The character before a position, whatever its length; the last one,
 * not an earlier one. */
static void word_before_lengths(void **state)
{
    (void)state;
    assert_int_equal(md_flank_word_before("(a", 2), 1);
    assert_int_equal(md_flank_word_before("a(", 2), 0);
    assert_int_equal(md_flank_word_before("a\xe2\x80\x9c", 4), 0);  /* a curly quote */
    assert_int_equal(md_flank_word_before("(\xe1\xbb\x93", 4), 1);  /* "ồ" */
    assert_int_equal(md_flank_word_before("(\xf0\xa0\x80\x80", 5), 1); /* U+20000 */
    assert_int_equal(md_flank_word_before("\xc4\x90", 2), 1);       /* "Đ" alone */
    /* a letter of three bytes at the text's first byte: scanned back to it */
    assert_int_equal(md_flank_word_before("\xe1\xbb\x93", 3), 1); /* "ồ" alone */
    assert_int_equal(md_flank_trim_end("\xe1\xbb\x93", 3, 1), 3);
    assert_int_equal(md_flank_word_at("\xe2\x80\x9cx", 4), 0);
    assert_int_equal(md_flank_word_at("\xc4\x90(", 3), 1);
}

/* A byte that starts no UTF-8 character is read alone, as the code point
 * of its value, one byte long: never a hang, never a byte before the
 * text. */
static void stray_bytes(void **state)
{
    (void)state;
    /* two lone 0xA0 (U+00A0's value: whitespace), one byte each */
    assert_int_equal(md_flank_trim_start("\xa0\xa0x", 3, 0), 2);
    /* a lone 0xA1 ('¡': punctuation) */
    assert_int_equal(md_flank_trim_start("\xa1x", 2, 1), 1);
    assert_int_equal(md_flank_word_at("\xa1x", 2), 0);
    /* a continuation byte first: read alone, nothing before it */
    assert_int_equal(md_flank_word_before("\x80", 1), 1);
    assert_int_equal(md_flank_word_before("\xa1", 1), 0);
    assert_int_equal(md_flank_trim_end("\x80", 1, 0), 1);
    assert_int_equal(md_flank_trim_end("\xa0", 1, 0), 0);
    /* four continuation bytes after '!': the last three and one more are
     * no character; the scan stops three bytes back */
    assert_int_equal(md_flank_word_before("!\x80\x80\x80\x80", 5), 1);
    assert_int_equal(md_flank_trim_end("!\x80\x80\x80\x80", 5, 1), 5);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_code_point),    cmocka_unit_test(empty),
        cmocka_unit_test(trim_start_sequences), cmocka_unit_test(trim_end_sequences),
        cmocka_unit_test(word_before_lengths), cmocka_unit_test(stray_bytes),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
