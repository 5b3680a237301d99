/* test_unispace.c - unit tests of unispace.c: the blank characters of
 * Unicode, listed once, and the three questions asked of them.
 *
 * The specification, written here once more: Unicode's space separators
 * (category Zs) are U+0020, U+00A0, U+1680, U+2000 to U+200A, U+202F,
 * U+205F and U+3000; a line's blank (the YAML reader's) adds the tab;
 * CommonMark's Unicode whitespace adds the tab, the line feed, the form
 * feed and the carriage return. Every code point is asked; then the
 * YAML reader's yread_blank_len and the Markdown writer's md_trim_blanks,
 * which ask two of the questions, over each blank character's UTF-8.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "render.h"
#include "unispace.h"
#include "yread.h"

static int spec_separator(unsigned cp)
{
    return cp == 0x20 || cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) ||
           cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

static void every_code_point(void **state)
{
    (void)state;
    size_t wrong = 0;
    for (unsigned cp = 0; cp <= 0x10FFFF; cp++) {
        int sep = spec_separator(cp);
        int line = sep || cp == '\t';
        int md = line || cp == '\n' || cp == '\f' || cp == '\r';
        if ((unispace_separator(cp) != sep || unispace_in_line(cp) != line ||
             unispace_markdown(cp) != md) &&
            wrong++ < 5)
            print_error("U+%04X: %d %d %d, not %d %d %d\n", cp, unispace_separator(cp),
                        unispace_in_line(cp), unispace_markdown(cp), sep, line, md);
    }
    assert_int_equal(wrong, 0);
}

/* The readers' answers for each blank and for the characters beside the
 * table's ranges. */
static void readers(void **state)
{
    (void)state;
    static const struct {
        const char *utf8;
        size_t yread, md; /* yread_blank_len; 1 when md_trim_blanks trims it */
    } cases[] = {
        {" x", 1, 1},           {"\tx", 1, 1},          {"\nx", 0, 1},
        {"\fx", 0, 1},          {"\rx", 0, 1},          {"\vx", 0, 0},
        {"\xc2\xa0x", 2, 1},    {"\xc2\x9fx", 0, 0},    {"\xc2\xa1x", 0, 0},
        {"\xe1\x9a\x80x", 3, 1}, {"\xe2\x80\x80x", 3, 1}, {"\xe2\x80\x8ax", 3, 1},
        {"\xe2\x80\x8bx", 0, 0}, {"\xe2\x80\xafx", 3, 1}, {"\xe2\x81\x9fx", 3, 1},
        {"\xe2\x81\xa0x", 0, 0}, {"\xe3\x80\x80x", 3, 1}, {"\xe3\x80\x81x", 0, 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        size_t n = 0;
        const char *s = md_trim_blanks(cases[i].utf8, &n);
        size_t lead = (size_t)(s - cases[i].utf8);
        assert_int_equal(yread_blank_len(cases[i].utf8), cases[i].yread);
        assert_int_equal(lead != 0, cases[i].md);
        assert_int_equal(lead + n, strlen(cases[i].utf8));
    }
    assert_int_equal(yread_blank_len(""), 0);
    assert_true(yread_is_blank("\xc2\xa0 \t\xe3\x80\x80"));
    assert_false(yread_is_blank("\xc2\xa0\n"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_code_point),
        cmocka_unit_test(readers),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
