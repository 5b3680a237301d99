/* test_diff_visible.c - unit tests of diff_visible.c: the characters
 * `khgen diff` names instead of printing them.
 *
 * The specification, written here once more: in a deleted or inserted run
 * (same 0) a tab, the no-break spaces U+00A0 and U+202F, the soft hyphen
 * U+00AD, the spaces U+1680, U+2000-U+200A, U+205F, U+3000, the invisible
 * U+034F, U+200B-U+200D, U+2060-U+2064, U+180B-U+180F, U+FEFF, the Hangul
 * fillers, the variation selectors U+FE00-U+FE0F, U+FFF9-U+FFFB and the
 * private use characters U+E000-U+F8FF (session 26)
 * (and past U+FFFF the tag characters and the rest of unispace_hidden's,
 * session 25) and the bidirectional controls
 * U+061C, U+200E, U+200F, U+202A-U+202E, U+2066-U+2069 are named, and plain
 * spaces and line breaks too when the run holds nothing else; in a run the
 * same on both sides (same 1) only the bidirectional controls. Every code
 * point of two and three bytes is asked between two letters, alone, and
 * at the run's end cut short (session 23's mutation sweep: attack13,
 * attack21 and mut20 asked a few of them).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "diff_impl.h"

static int bidi(unsigned cp)
{
    return cp == 0x061C || cp == 0x200E || cp == 0x200F || (cp >= 0x202A && cp <= 0x202E) ||
           (cp >= 0x2066 && cp <= 0x2069);
}

/* The name a changed run gives cp, or NULL. */
static const char *spec_name(unsigned cp, char buf[64])
{
    switch (cp) {
    case '\t': return "dấu tab";
    case 0x00A0: return "dấu cách không ngắt";
    case 0x202F: return "dấu cách hẹp không ngắt";
    case 0x00AD: return "gạch nối mềm";
    case 0x200B: return "dấu cách độ rộng 0";
    default: break;
    }
    if ((cp >= 0x2000 && cp <= 0x200A) || cp == 0x3000 || cp == 0x205F || cp == 0x1680)
        snprintf(buf, 64, "dấu cách U+%04X", cp);
    else if (cp == 0x200C || cp == 0x200D || (cp >= 0x2060 && cp <= 0x2064) || cp == 0xFEFF ||
             cp == 0x034F || (cp >= 0x180B && cp <= 0x180F) ||
             /* session 26: Hangul fillers, variation selectors, interlinear
              * annotation marks, private use characters (KH020's) */
             cp == 0x115F || cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0 ||
             (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xFFF9 && cp <= 0xFFFB) ||
             (cp >= 0xE000 && cp <= 0xF8FF))
        snprintf(buf, 64, "ký tự vô hình U+%04X", cp);
    else if (bidi(cp))
        snprintf(buf, 64, "ký tự điều khiển hướng U+%04X", cp);
    else
        return NULL;
    return buf;
}

static size_t utf8(unsigned cp, char *o)
{
    if (cp < 0x80)
        return o[0] = (char)cp, 1;
    if (cp < 0x800)
        return o[0] = (char)(0xC0 | cp >> 6), o[1] = (char)(0x80 | (cp & 0x3F)), 2;
    o[0] = (char)(0xE0 | cp >> 12);
    o[1] = (char)(0x80 | (cp >> 6 & 0x3F));
    o[2] = (char)(0x80 | (cp & 0x3F));
    return 3;
}

/* diff_visible of s (n bytes) is want (NULL: 0 returned, nothing written) */
static int gives(const char *s, size_t n, int same, const char *want)
{
    Buf out = {0};
    int r = diff_visible(s, n, same, &out);
    int good = want ? r == 1 && out.len == strlen(want) && memcmp(out.data, want, out.len) == 0
                    : r == 0 && out.len == 0;
    if (!good)
        print_error("'%.*s' same %d: %d '%.*s', want '%s'\n", (int)n, s, same, r,
                    (int)out.len, out.data ? out.data : "", want ? want : "(none)");
    buf_free(&out);
    return good;
}

static void every_code_point(void **state)
{
    (void)state;
    size_t wrong = 0;
    for (unsigned cp = 1; cp < 0x10000 && wrong < 5; cp++) {
        if ((cp >= 0xD800 && cp <= 0xDFFF) || cp == ' ' || cp == '\n')
            continue;
        char c[4], buf[64], in[8], want[128];
        size_t k = utf8(cp, c);
        for (int same = 0; same <= 1; same++) {
            const char *name = !same || bidi(cp) ? spec_name(cp, buf) : NULL;
            /* between two letters */
            snprintf(in, sizeof in, "a%.*sb", (int)k, c);
            if (name)
                snprintf(want, sizeof want, "a\xE2\x80\xB9%s\xE2\x80\xBA" "b", name);
            wrong += !gives(in, k + 2, same, name ? want : NULL);
            /* alone */
            if (name)
                snprintf(want, sizeof want, "\xE2\x80\xB9%s\xE2\x80\xBA", name);
            wrong += !gives(c, k, same, name ? want : NULL);
            /* cut short: its last byte missing, at the run's end */
            if (k > 1) {
                snprintf(in, sizeof in, "a%.*s", (int)k - 1, c);
                wrong += !gives(in, k, same, NULL);
            }
        }
    }
    assert_int_equal(wrong, 0);
}

/* Plain spaces and line breaks are named only in a changed run that holds
 * nothing else; a run the same on both sides names none of them. */
static void blanks(void **state)
{
    (void)state;
    assert_true(gives(" ", 1, 0, "‹dấu cách›"));
    assert_true(gives("\n", 1, 0, "‹xuống dòng›"));
    assert_true(gives(" \n", 2, 0, "‹dấu cách›‹xuống dòng›"));
    assert_true(gives(" \xC2\xA0", 3, 0, "‹dấu cách›‹dấu cách không ngắt›"));
    assert_true(gives("\t ", 2, 0, "‹dấu tab›‹dấu cách›"));
    /* a run of one character: one name and its count (a day blanked in a
     * date was six "‹dấu cách›", s31user) */
    assert_true(gives("      ", 6, 0, "‹6 dấu cách›"));
    assert_true(gives("  \n", 3, 0, "‹2 dấu cách›‹xuống dòng›"));
    assert_true(gives("a \xC2\xA0\xC2\xA0\xC2\xA0" "b", 9, 0, "a ‹3 dấu cách không ngắt›b"));
    assert_true(gives(" \xC2\xA0 ", 4, 0, "‹dấu cách›‹dấu cách không ngắt›‹dấu cách›"));
    assert_true(gives("a ", 2, 0, NULL));
    assert_true(gives(" a\n", 3, 0, NULL));
    assert_true(gives("a \xC2\xA0", 4, 0, "a ‹dấu cách không ngắt›"));
    assert_true(gives(" ", 1, 1, NULL));
    assert_true(gives("\t", 1, 1, NULL));
    assert_true(gives(" \xE2\x80\xAE ", 5, 1, " ‹ký tự điều khiển hướng U+202E› "));
    assert_true(gives("", 0, 0, NULL));
    /* a four-byte character is copied as it is */
    assert_true(gives("\xF0\x9F\x98\x80\xC2\xA0", 6, 0, "\xF0\x9F\x98\x80‹dấu cách không ngắt›"));
    assert_true(gives("\xF0\x9F\x98\x80\xE2\x81\xA6", 7, 1,
                      "\xF0\x9F\x98\x80‹ký tự điều khiển hướng U+2066›"));
    /* a tag character (U+E0041, an invisible "A") is named in a changed
     * run, not in one the same on both sides, nor cut short */
    assert_true(gives("a\xF3\xA0\x81\x81", 5, 0, "a‹ký tự vô hình U+E0041›"));
    assert_true(gives("a\xF3\xA0\x81\x81", 5, 1, NULL));
    assert_true(gives("a\xF3\xA0\x81", 4, 0, NULL));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_code_point),
        cmocka_unit_test(blanks),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
