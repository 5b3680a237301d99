/* test_diag_escape.c - unit tests of diag_escape.c: which characters of
 * plan text reach a terminal escaped (diag_put_escaped) and how a file
 * name is written in a JSON diagnostic (diag_put_json_path).
 *
 * The sets are written here once more, from diag_escape.c's comments and
 * README, as the specification: C0 controls and DEL as \xNN; C1 controls,
 * the soft hyphen, line and paragraph separators, zero-width characters
 * and joiners, bidirectional controls (U+061C too), the invisible
 * operators, the BOM and the blanks that are not the space as \uNNNN; a
 * byte that is not UTF-8 as \xNN. Every code point of Unicode is run through both
 * functions and compared with that specification, so a range's bound
 * moved by one, or one character dropped from a list, fails here (session
 * 20's mutation sweep: diag_escape.c's character tables, each constant a
 * mutant that every suite passed).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "diag.h"
#include "util.h"

/* The blanks that are not the space (looks_blank's list). */
static int spec_blank(unsigned cp)
{
    static const unsigned one[] = {0xA0, 0x34F, 0x115F, 0x1160, 0x1680, 0x180E, 0x202F,
                                   0x205F, 0x2800, 0x3000, 0x3164, 0xFFA0};
    for (size_t i = 0; i < sizeof one / sizeof one[0]; i++)
        if (cp == one[i])
            return 1;
    return cp >= 0x2000 && cp <= 0x200A;
}

/* The characters written \uNNNN. */
static int spec_u(unsigned cp)
{
    return (cp >= 0x80 && cp <= 0x9F) || cp == 0xAD || cp == 0x2028 || cp == 0x2029 ||
           cp == 0x61C || /* the Arabic letter mark, a bidirectional control (session 25) */
           (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E) ||
           (cp >= 0x2060 && cp <= 0x2064) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0xFEFF ||
           (cp >= 0x180B && cp <= 0x180D) || cp == 0x180F || /* Mongolian selectors (session 25) */
           /* session 26: variation selectors, interlinear annotation marks,
            * private use characters (KH020's, unispace_hidden) */
           (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xFFF9 && cp <= 0xFFFB) ||
           (cp >= 0xE000 && cp <= 0xF8FF) || spec_blank(cp);
}

/* The invisible characters past U+FFFF, written \UNNNNNNNN (and in JSON
 * as a surrogate pair): the shorthand format controls, the musical ones,
 * the tag characters and the supplementary variation selectors. */
static int spec_U(unsigned cp)
{
    return (cp >= 0x1BCA0 && cp <= 0x1BCA3) || (cp >= 0x1D173 && cp <= 0x1D17A) ||
           (cp >= 0xE0000 && cp <= 0xE0FFF);
}

/* cp as UTF-8 in out (4 bytes at most); returns its length. */
static size_t utf8_put(unsigned cp, char *out)
{
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

/* What diag_put_json_path writes for s (a file name). */
static char *json_path(const char *s)
{
    char *text = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&text, &len);
    assert_non_null(out);
    diag_put_json_path(out, s);
    fclose(out);
    return text;
}

/* Every code point but the surrogates, "x" before it and "y" after (a
 * character at a string's start or end, and between two others), through
 * diag_put_escaped: as the specification says, and the text around it
 * kept. */
static void test_every_character_escaped_as_specified(void **state)
{
    (void)state;
    size_t wrong = 0;
    for (unsigned cp = 0; cp <= 0x10FFFF; cp++) {
        if (cp >= 0xD800 && cp <= 0xDFFF)
            continue;
        char in[8] = "x", want[16];
        size_t n = 1 + utf8_put(cp, in + 1);
        in[n++] = 'y';
        if (cp < 0x20 || cp == 0x7F)
            snprintf(want, sizeof want, "x\\x%02X", cp);
        else if (spec_u(cp))
            snprintf(want, sizeof want, "x\\u%04X", cp);
        else if (spec_U(cp))
            snprintf(want, sizeof want, "x\\U%08X", cp);
        else {
            memcpy(want, in, n - 1);
            want[n - 1] = '\0';
        }
        strcat(want, "y");
        Buf got = {0};
        diag_put_escaped(&got, in, n);
        if (strcmp(buf_str(&got), want) != 0 && wrong++ < 8)
            print_error("U+%04X: got '%s', want '%s'\n", cp, buf_str(&got), want);
        buf_free(&got);
    }
    assert_int_equal(wrong, 0);
}

/* The same characters in a JSON file name: JSON's short escapes, the rest
 * of the controls and the characters above as \uNNNN, the others as they
 * are. */
static void test_every_character_in_a_json_path(void **state)
{
    (void)state;
    size_t wrong = 0;
    for (unsigned cp = 1; cp <= 0x10FFFF; cp++) {
        if (cp >= 0xD800 && cp <= 0xDFFF)
            continue;
        char in[8] = "x", want[24];
        size_t n = 1 + utf8_put(cp, in + 1);
        in[n] = '\0';
        const char *short_form = cp == '\n' ? "\\n" : cp == '\t' ? "\\t" : cp == '\r' ? "\\r"
                               : cp == '\b' ? "\\b" : cp == '\f' ? "\\f" : cp == '"' ? "\\\""
                               : cp == '\\' ? "\\\\" : NULL;
        if (short_form)
            snprintf(want, sizeof want, "\"x%s\"", short_form);
        else if (cp < 0x20 || cp == 0x7F || spec_u(cp))
            snprintf(want, sizeof want, "\"x\\u%04X\"", cp);
        else if (spec_U(cp))
            snprintf(want, sizeof want, "\"x\\u%04X\\u%04X\"", 0xD800 + ((cp - 0x10000) >> 10),
                     0xDC00 + ((cp - 0x10000) & 0x3FF));
        else
            snprintf(want, sizeof want, "\"%s\"", in);
        char *got = json_path(in);
        if (strcmp(got, want) != 0 && wrong++ < 8)
            print_error("U+%04X: got '%s', want '%s'\n", cp, got, want);
        free(got);
    }
    assert_int_equal(wrong, 0);
}

/* Bytes that are not UTF-8: \xNN on a terminal, the surrogate \uDCNN in
 * JSON (Python's surrogateescape gives the byte back), each byte alone,
 * the valid text after them kept. */
static void test_bytes_that_are_not_utf8(void **state)
{
    (void)state;
    Buf got = {0};
    const char bad[] = "a\xFF\xC3" "b\xE1\xBA" "c\xC3\xA9";
    diag_put_escaped(&got, bad, sizeof bad - 1);
    assert_string_equal(buf_str(&got), "a\\xFF\\xC3b\\xE1\\xBAc\xC3\xA9");
    buf_free(&got);
    char *json = json_path(bad);
    assert_string_equal(json, "\"a\\uDCFF\\uDCC3b\\uDCE1\\uDCBAc\xC3\xA9\"");
    free(json);
}

/* term_fprintf: each string argument escaped, the format's own text (its
 * line break) kept. */
static void test_term_fprintf_escapes_arguments(void **state)
{
    (void)state;
    char *text = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&text, &len);
    assert_non_null(out);
    term_fprintf(out, "key '%s' at %d\n", "ti\xE2\x80\x8Btle\x1B]0;x\x07\nb", 12);
    fclose(out);
    assert_string_equal(text, "key 'ti\\u200Btle\\x1B]0;x\\x07\\x0Ab' at 12\n");
    free(text);
}

/* A format beyond diagfmt's reader (25 conversions, over its 24): the
 * whole text escaped line by line, its line breaks kept, as before the
 * arguments were told apart (diag_escape-099 to -107: the fallback taken
 * for every format, or its lines not escaped, not advanced, not kept). */
static void test_term_fprintf_format_beyond_the_reader(void **state)
{
    (void)state;
    char *text = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&text, &len);
    assert_non_null(out);
    term_fprintf(out, "%d%d%d%d%d%d%d%d%d%d%d%d%d%d%d%d%d%d%d%d%d%d%d%d '%s'\n", 1, 2, 3, 4,
                 5, 6, 7, 8, 9, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1, 2, 3, 4, "a\x1B\nb\xE2\x80\x8B");
    fclose(out);
    assert_string_equal(text, "123456789012345678901234 'a\\x1B\nb\\u200B'\n");
    free(text);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_character_escaped_as_specified),
        cmocka_unit_test(test_every_character_in_a_json_path),
        cmocka_unit_test(test_bytes_that_are_not_utf8),
        cmocka_unit_test(test_term_fprintf_escapes_arguments),
        cmocka_unit_test(test_term_fprintf_format_beyond_the_reader),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
