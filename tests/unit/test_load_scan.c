/* test_load_scan.c - unit tests of the loader's byte scan (load_text.c)
 * in both of its forms.
 *
 * load_refused_char passes runs of plain ASCII sixteen bytes at a time
 * with SSE2, which every x86-64 compiler enables, and eight bytes at a
 * time with a portable word trick everywhere else (an ARM server, a
 * compiler told -mno-sse2). The release and sanitizer builds of this
 * machine only ever compile the first, so the second would ship untested.
 * This file compiles load_text.c a second time with __SSE2__ undefined and
 * its public names given a "portable_" prefix, and holds both forms to the
 * rule read one character at a time: the first refused character, its
 * length and code point, and the NFC flag, over random texts mixing
 * printable ASCII, the controls, Vietnamese letters of two and three
 * bytes, the refused characters (C1, NEL, U+2028, U+FFFE, a late BOM) and
 * broken sequences, cut at every length (so every alignment of a run
 * against the word size is met).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "load.h"
#include "util.h"
#include "vi.h"

/* The portable form: load_text.c once more, without SSE2, under other
 * names (the library's own load_text.o is the SSE2 form on x86-64). */
size_t portable_load_refused_char(const char *text, size_t len, int *n, unsigned *cp);
size_t portable_load_refused_char_nfc(const char *text, size_t len, int *n, unsigned *cp,
                                      int *nfc);
size_t portable_load_drop_refused(DiagSink *diags, const char *file, const char *text,
                                  size_t len, Buf *out);
#undef __SSE2__
#define load_copy_source portable_load_copy_source
#define load_refused_char portable_load_refused_char
#define load_refused_char_nfc portable_load_refused_char_nfc
#define load_drop_refused portable_load_drop_refused
#include "load_text.c"
#undef load_copy_source
#undef load_refused_char
#undef load_refused_char_nfc
#undef load_drop_refused

typedef size_t (*ScanFn)(const char *text, size_t len, int *n, unsigned *cp, int *nfc);

/* The rule, a character at a time (utf8_decode_strict, util.c). */
static size_t reference(const char *text, size_t len, int *n_out, unsigned *cp, int *nfc)
{
    *nfc = 1;
    for (size_t i = 0; i < len;) {
        unsigned c;
        int n = utf8_decode_strict(text + i, len - i, &c);
        if (n == 0 || c == 0 || (c < 0x20 && c != '\t' && c != '\n') ||
            (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029 || c == 0xFFFE ||
            c == 0xFFFF || c == 0xFEFF) {
            *n_out = n;
            *cp = c;
            return i;
        }
        if (!vi_nfc_starter(c))
            *nfc = 0;
        i += (size_t)n;
    }
    return len;
}

static size_t library_form(const char *text, size_t len, int *n, unsigned *cp, int *nfc)
{
    return load_refused_char_nfc(text, len, n, cp, nfc);
}

static size_t portable_form(const char *text, size_t len, int *n, unsigned *cp, int *nfc)
{
    return portable_load_refused_char_nfc(text, len, n, cp, nfc);
}

static const char *const pieces[] = {
    "a", "b c", "Xa-01 ", "    ", "\n", "\t", "~", "\x7f", "\x01", "\r", "\x1f", "\xc3\xa0",
    "\xc6\xb0", "\xe1\xbb\x87", "\xe1\xba\xa1", "\xcc\x81", "\xc2\x85", "\xc2\x9f",
    "\xe2\x80\xa8", "\xe2\x80\x9c", "\xef\xbf\xbe", "\xef\xbb\xbf", "\xf0\x9f\x98\x80",
    "\xc3", "\xe1\xbb", "\x80", "\xff", "\xed\xa0\x80", "Th\xe1\xbb\xb1" "c hi\xe1\xbb\x87n ",
};
enum { CLEAN_PIECES = 17 }; /* the first ones: nothing refused among them */

/* scan against the reference over random texts; the refused piece, when
 * there is one, mostly comes late, after runs long enough for the wide
 * steps. Returns nothing: each disagreement fails the test. */
static void holds_to_the_rule(ScanFn scan)
{
    const size_t n_pieces = sizeof pieces / sizeof pieces[0];
    unsigned seed = 12345;
    char text[160];
    for (int round = 0; round < 200000; round++) {
        size_t len = 0;
        size_t want_len = 40 + round % 80;
        while (len < want_len) {
            seed = seed * 1103515245u + 12345u;
            size_t k = (seed >> 16) % (round % 3 ? CLEAN_PIECES : n_pieces);
            size_t n = strlen(pieces[k]);
            memcpy(text + len, pieces[k], n);
            len += n;
        }
        size_t cut = (seed >> 8) % (len + 1); /* a text ending anywhere */
        int n1 = -1, n2 = -1, nfc1 = -1, nfc2 = -1;
        unsigned c1 = 0, c2 = 0;
        size_t got = scan(text, cut, &n1, &c1, &nfc1);
        size_t want = reference(text, cut, &n2, &c2, &nfc2);
        assert_int_equal(got, want);
        if (want < cut) {
            assert_int_equal(n1, n2);
            if (n2 > 0) /* no code point for bytes that are not UTF-8 */
                assert_int_equal(c1, c2);
        } else {
            assert_int_equal(nfc1, nfc2); /* meaningful for a clean text */
        }
    }
}

static void test_sse2_form_holds_to_the_rule(void **state)
{
    (void)state;
    holds_to_the_rule(library_form);
}

static void test_portable_form_holds_to_the_rule(void **state)
{
    (void)state;
    holds_to_the_rule(portable_form);
}

/* Each refused byte at each offset of a long ASCII run: the wide steps must
 * stop exactly on it, in either form, whatever its place in the word. */
static void test_every_offset_of_a_run(void **state)
{
    (void)state;
    static const char *const refused[] = {"\x01", "\x7f", "\x1f", "\x80", "\xc2\x85", "\r"};
    char text[80];
    for (size_t r = 0; r < sizeof refused / sizeof refused[0]; r++) {
        for (size_t at = 0; at + 2 < sizeof text; at++) {
            memset(text, 'a', sizeof text);
            size_t n = strlen(refused[r]);
            memcpy(text + at, refused[r], n);
            int n1, n2, nfc;
            unsigned c1, c2;
            assert_int_equal(load_refused_char_nfc(text, sizeof text, &n1, &c1, &nfc), at);
            assert_int_equal(portable_load_refused_char_nfc(text, sizeof text, &n2, &c2, &nfc),
                             at);
            assert_int_equal(n1, n2);
        }
    }
    /* and none at all: the length */
    memset(text, 'a', sizeof text);
    text[17] = '\t';
    text[40] = '\n';
    int n;
    unsigned c;
    assert_int_equal(portable_load_refused_char(text, sizeof text, &n, &c), sizeof text);
    assert_int_equal(load_refused_char(text, sizeof text, &n, &c), sizeof text);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_sse2_form_holds_to_the_rule),
        cmocka_unit_test(test_portable_form_holds_to_the_rule),
        cmocka_unit_test(test_every_offset_of_a_run),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
