/* test_vi.c - unit tests of vi.c: how dates, numbers, numerals and point
 * letters are written (the rules of Nghị định 30/2020 and of the seed
 * plans), UTF-8 validation and coding, NFC of decomposed and mixed-order
 * input, folding, upper-casing and the edit distance. Each test states the
 * exact text expected, so a change of rule shows up as a failure here.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "lookalike.h"
#include "vi.h"

/* The Buf of the current test; reset by each helper. */
static Buf text;

static const char *date_long(int year, int month, int day)
{
    buf_reset(&text);
    vi_put_date_long(&text, (VDate){year, month, day});
    return text.data;
}

static const char *date_short(int year, int month, int day)
{
    buf_reset(&text);
    vi_put_date_short(&text, (VDate){year, month, day});
    return text.data ? text.data : "";
}

static const char *roman(int n)
{
    buf_reset(&text);
    vi_put_roman(&text, n);
    return text.data;
}

static const char *point_letter(int index)
{
    buf_reset(&text);
    vi_put_point_letter(&text, index);
    return text.data ? text.data : "";
}

static const char *ordinal(int n)
{
    buf_reset(&text);
    vi_put_ordinal(&text, n);
    return text.data ? text.data : "";
}

static const char *integer(long long n, int pad)
{
    buf_reset(&text);
    vi_put_int(&text, n, pad);
    return text.data;
}

static const char *decimal(double value, int decimals)
{
    buf_reset(&text);
    vi_put_decimal(&text, value, decimals);
    return text.data;
}

static const char *nfc(const char *s)
{
    buf_reset(&text);
    vi_put_nfc(&text, s, strlen(s));
    return text.data ? text.data : "";
}

static const char *folded(const char *s)
{
    buf_reset(&text);
    vi_put_folded(&text, s);
    return text.data ? text.data : "";
}

static const char *upper(const char *s)
{
    buf_reset(&text);
    vi_put_upper(&text, s);
    return text.data ? text.data : "";
}

static int teardown(void **state)
{
    (void)state;
    buf_free(&text);
    return 0;
}

/* ---- dates ---------------------------------------------------------------- */

/* buf_put_int and arena_int (util.c), which dates, years and numbers print
 * with, against printf. */
static void test_put_int(void **state)
{
    (void)state;
    static const long values[] = {0, 1, 7, 9, 10, 12, 99, 100, 2024, 123456789, -1, -42,
                                  -2147483647L - 1};
    for (size_t i = 0; i < sizeof values / sizeof values[0]; i++) {
        for (int digits = 1; digits <= 3; digits++) {
            char want[64];
            snprintf(want, sizeof want, "%0*ld", values[i] < 0 ? digits + 1 : digits, values[i]);
            buf_reset(&text);
            buf_put_int(&text, values[i], digits);
            assert_string_equal(buf_str(&text), want);
        }
    }
    /* arena_int shares the formatter: no padding */
    Arena *arena = arena_new();
    for (size_t i = 0; i < sizeof values / sizeof values[0]; i++) {
        char want[64];
        snprintf(want, sizeof want, "%ld", values[i]);
        assert_string_equal(arena_int(arena, values[i]), want);
    }
    arena_free(arena);
    buf_reset(&text);
    buf_puts(&text, "ngày ");
    buf_put_int(&text, 5, 2); /* appends */
    assert_string_equal(buf_str(&text), "ngày 05");
}

static void test_date_valid(void **state)
{
    (void)state;
    assert_true(vi_date_valid(2024, 2, 29));  /* divisible by 4 */
    assert_false(vi_date_valid(2023, 2, 29));
    assert_false(vi_date_valid(1900, 2, 29)); /* century */
    assert_true(vi_date_valid(2000, 2, 29));  /* 400 years */
    assert_false(vi_date_valid(2024, 2, 30));
    assert_true(vi_date_valid(2024, 1, 31));
    assert_false(vi_date_valid(2024, 4, 31));
    assert_true(vi_date_valid(2024, 12, 31));
    assert_false(vi_date_valid(2024, 13, 1));
    assert_false(vi_date_valid(2024, 0, 1));
    assert_false(vi_date_valid(2024, 1, 0));
    assert_false(vi_date_valid(0, 1, 1));
}

static void test_date_serial(void **state)
{
    (void)state;
    assert_int_equal(vi_date_serial(1970, 1, 1), 0);
    assert_int_equal(vi_date_serial(1970, 1, 2), 1);
    assert_int_equal(vi_date_serial(1969, 12, 31), -1);
    assert_int_equal(vi_date_serial(2000, 3, 1), 11017);
    assert_int_equal(vi_date_serial(2024, 1, 15), 19737);
    assert_int_equal(vi_date_serial(2024, 3, 1) - vi_date_serial(2024, 2, 28), 2); /* leap */
    assert_int_equal(vi_date_serial(2023, 3, 1) - vi_date_serial(2023, 2, 28), 1);
    assert_int_equal(vi_date_serial(2025, 1, 1) - vi_date_serial(2024, 1, 1), 366);
}

static void test_day_and_month(void **state)
{
    (void)state;
    buf_reset(&text);
    vi_put_day(&text, 5);
    vi_put_day(&text, 15);
    assert_string_equal(text.data, "0515");
    buf_reset(&text);
    for (int m = 1; m <= 12; m++) {
        vi_put_month(&text, m);
        buf_putc(&text, ' ');
    }
    assert_string_equal(text.data, "01 02 3 4 5 6 7 8 9 10 11 12 ");
}

static void test_date_long(void **state)
{
    (void)state;
    assert_string_equal(date_long(2024, 1, 15), "ngày 15 tháng 01 năm 2024");
    assert_string_equal(date_long(2024, 1, 5), "ngày 05 tháng 01 năm 2024");
    assert_string_equal(date_long(2022, 2, 22), "ngày 22 tháng 02 năm 2022");
    assert_string_equal(date_long(2024, 6, 30), "ngày 30 tháng 6 năm 2024");
    assert_string_equal(date_long(2024, 10, 1), "ngày 01 tháng 10 năm 2024");
    /* a draft: blank day, blank day and month */
    assert_string_equal(date_long(2024, 1, 0), "ngày      tháng 01 năm 2024");
    assert_string_equal(date_long(2024, 0, 0), "ngày      tháng      năm 2024");
}

static void test_date_short(void **state)
{
    (void)state;
    assert_string_equal(date_short(2022, 2, 22), "22/02/2022");
    assert_string_equal(date_short(2022, 4, 19), "19/4/2022");
    assert_string_equal(date_short(2022, 3, 8), "08/3/2022");
    assert_string_equal(date_short(2018, 7, 5), "05/7/2018");
    assert_string_equal(date_short(2024, 1, 31), "31/01/2024");
    assert_string_equal(date_short(2024, 12, 1), "01/12/2024");
    /* incomplete dates print what is known */
    assert_string_equal(date_short(2024, 1, 0), "01/2024");
    assert_string_equal(date_short(2024, 0, 0), "2024");
    assert_string_equal(date_short(0, 0, 0), "");
}

/* ---- numerals --------------------------------------------------------- */

static void test_roman(void **state)
{
    (void)state;
    assert_string_equal(roman(1), "I");
    assert_string_equal(roman(2), "II");
    assert_string_equal(roman(3), "III");
    assert_string_equal(roman(4), "IV");
    assert_string_equal(roman(9), "IX");
    assert_string_equal(roman(14), "XIV");
    assert_string_equal(roman(40), "XL");
    assert_string_equal(roman(1994), "MCMXCIV");
    assert_string_equal(roman(3999), "MMMCMXCIX");
    assert_string_equal(roman(0), "0");
    assert_string_equal(roman(4000), "4000");
    assert_string_equal(roman(-3), "-3");
}

/* A part's ordinal in words as an official writes it, past ten too
 * ("Phần thứ 11" before: s14attack L1). */
static void test_ordinals(void **state)
{
    (void)state;
    assert_string_equal(ordinal(1), "thứ nhất");
    assert_string_equal(ordinal(4), "thứ tư");
    assert_string_equal(ordinal(10), "thứ mười");
    assert_string_equal(ordinal(11), "thứ mười một");
    assert_string_equal(ordinal(14), "thứ mười bốn");
    assert_string_equal(ordinal(15), "thứ mười lăm");
    assert_string_equal(ordinal(20), "thứ hai mươi");
    assert_string_equal(ordinal(21), "thứ hai mươi mốt");
    assert_string_equal(ordinal(24), "thứ hai mươi tư");
    assert_string_equal(ordinal(25), "thứ hai mươi lăm");
    assert_string_equal(ordinal(100), "thứ một trăm");
    assert_string_equal(ordinal(105), "thứ một trăm lẻ năm");
    assert_string_equal(ordinal(111), "thứ một trăm mười một");
    assert_string_equal(ordinal(1005), "thứ một nghìn không trăm lẻ năm");
    assert_string_equal(ordinal(10000), "thứ mười nghìn");
    assert_string_equal(ordinal(0), "thứ 0");
}

static void test_point_letters(void **state)
{
    (void)state;
    buf_reset(&text);
    for (int i = 0; i < 23; i++)
        vi_put_point_letter(&text, i);
    assert_string_equal(text.data, "abcdđeghiklmnopqrstuvxy");
    assert_string_equal(point_letter(4), "đ");
    assert_string_equal(point_letter(5), "e");
    assert_string_equal(point_letter(6), "g"); /* no f */
    assert_string_equal(point_letter(22), "y");
    assert_string_equal(point_letter(23), "aa");
    assert_string_equal(point_letter(24), "bb");
    assert_string_equal(point_letter(68), "yyy");
    /* past three rounds the round is a number: labels stay short (a list of
     * 160,000 points once cost 684 MB of labels) */
    assert_string_equal(point_letter(69), "a4");
    assert_string_equal(point_letter(23 * 1000 + 4), "đ1001");
    assert_string_equal(point_letter(27), "đđ");
    assert_string_equal(point_letter(45), "yy");
    assert_string_equal(point_letter(46), "aaa");
    assert_string_equal(point_letter(-1), "");
}

/* vi_word_byte, the one word's byte of the word checks (localgov.c's
 * KH181, dockind.c, yearctx.c, md_inline.c, md_autolink.c, time_typed.c):
 * each end of each range, and the bytes just outside them (s43review) */
static void test_word_byte(void **state)
{
    (void)state;
    const char *in = "azAZ09";
    for (const char *c = in; *c; c++)
        assert_int_equal(vi_word_byte((unsigned char)*c), 1);
    assert_int_equal(vi_word_byte(0x80), 1); /* a multibyte character's bytes */
    assert_int_equal(vi_word_byte(0xC3), 1);
    assert_int_equal(vi_word_byte(0xFF), 1);
    const char *out = "`{@[/: -._";
    for (const char *c = out; *c; c++)
        assert_int_equal(vi_word_byte((unsigned char)*c), 0);
    assert_int_equal(vi_word_byte(0), 0);
    assert_int_equal(vi_word_byte(0x7F), 0);
}

static void test_int(void **state)
{
    (void)state;
    assert_string_equal(integer(0, 0), "0");
    assert_string_equal(integer(2, 2), "02");
    assert_string_equal(integer(12, 2), "12");
    assert_string_equal(integer(123, 2), "123");
    assert_string_equal(integer(999, 0), "999");
    assert_string_equal(integer(1000, 0), "1.000");
    assert_string_equal(integer(1234567, 0), "1.234.567");
    assert_string_equal(integer(-5, 0), "-5");
    assert_string_equal(integer(-1234, 0), "-1.234");
    assert_string_equal(integer(-5, 2), "-05");
    /* padded: one run of digits, no dot among the zeros ("0.033" would
     * read as a thousands group); unpadded, the dots as always */
    assert_string_equal(integer(1234, 5), "01234");
    assert_string_equal(integer(33, 4), "0033");
    assert_string_equal(integer(-33, 4), "-0033");
    assert_string_equal(integer(1234, 4), "1.234");
    assert_string_equal(integer(1234567, 2), "1.234.567");
    assert_string_equal(integer(INT64_MIN, 0), "-9.223.372.036.854.775.808");
}

static void test_decimal(void **state)
{
    (void)state;
    assert_string_equal(decimal(16.9, 1), "16,9");
    assert_string_equal(decimal(17.75, 1), "17,8");
    assert_string_equal(decimal(2.29, 2), "2,29");
    assert_string_equal(decimal(0.125, 2), "0,13");
    assert_string_equal(decimal(1234.5, 1), "1.234,5");
    assert_string_equal(decimal(1234567.891, 2), "1.234.567,89");
    /* trailing zeros kept */
    assert_string_equal(decimal(2.5, 2), "2,50");
    assert_string_equal(decimal(18, 1), "18,0");
    assert_string_equal(decimal(18, 0), "18");
    /* half away from zero, on the decimal spelling, not the binary value */
    assert_string_equal(decimal(1.005, 2), "1,01");
    assert_string_equal(decimal(2.675, 2), "2,68");
    assert_string_equal(decimal(0.5, 0), "1");
    assert_string_equal(decimal(-0.5, 0), "-1");
    assert_string_equal(decimal(-2.25, 1), "-2,3");
    assert_string_equal(decimal(999.95, 1), "1.000,0");
    assert_string_equal(decimal(0.004, 2), "0,00");
    assert_string_equal(decimal(-0.004, 2), "0,00"); /* no "-0,00" */
    /* shortest, at most 4 places */
    assert_string_equal(decimal(17.75, -1), "17,75");
    assert_string_equal(decimal(18, -1), "18");
    assert_string_equal(decimal(16.9, -1), "16,9");
    assert_string_equal(decimal(0.1 + 0.2, -1), "0,3");
    assert_string_equal(decimal(3.14159, -1), "3,14159"); /* as written, not 4 places */
    assert_string_equal(decimal(5.00001, -1), "5,00001");   /* once "5" (attack15 F2) */
    assert_string_equal(decimal(9999999.999, -1), "9.999.999,999");
    assert_string_equal(decimal(123456789012.345, -1), "123.456.789.012,345");
    assert_string_equal(decimal(1000000001234567.0, -1), "1.000.000.001.234.567");
    assert_int_equal(vi_decimals_needed(9999999.999), 3); /* the workbook's format: once 0 */
    assert_int_equal(vi_decimals_needed(0.1 + 0.2), 1);
    assert_int_equal(vi_decimals_needed(0.00004), 5);
    assert_int_equal(vi_decimals_needed(-2.5), 1);
    assert_int_equal(vi_decimals_needed(1e20), 0);
    /* a compensated sum: a thousand 0,1 add up to 100 (plain adding:
     * 99.9999999999986, which the 15 digits above would print) */
    double sum = 0, carry = 0;
    for (int i = 0; i < 1000; i++)
        vi_sum_add(&sum, &carry, 0.1);
    assert_string_equal(decimal(sum + carry, -1), "100");
    assert_string_equal(decimal(1234.0, -1), "1.234");
    assert_string_equal(decimal(0.00004, -1), "0,00004");
    /* a letter of another alphabet in an id (attack15 F5) */
    int bytes = 0;
    unsigned cp = 0;
    const char *cyr = "t\xd1\x81kh"; /* t, Cyrillic с U+0441, k, h */
    assert_ptr_equal(foreign_letter(cyr, &bytes, &cp), cyr + 1);
    assert_int_equal(bytes, 2);
    assert_int_equal(cp, 0x441);
    assert_null(foreign_letter("đồng-hưu", &bytes, &cp)); /* Vietnamese: KH109 as before */
    assert_null(foreign_letter("dong\xe2\x80\x8b-lac", &bytes, &cp)); /* U+200B: KH020's */
    assert_null(foreign_letter("tckh", &bytes, &cp));
    assert_string_equal(decimal(1e20, 0), "100.000.000.000.000.000.000");
}

/* ---- UTF-8 ---------------------------------------------------------------- */

static void test_utf8_invalid_at(void **state)
{
    (void)state;
    const char *ok = "Đồng Hưu \xF0\x9F\x98\x80 a";
    assert_true(utf8_invalid_at(ok, strlen(ok)) == (size_t)-1);
    assert_true(utf8_invalid_at("", 0) == (size_t)-1);
    assert_int_equal(utf8_invalid_at("ab\x80", 3), 2);          /* lone continuation */
    assert_int_equal(utf8_invalid_at("a\xC0\xAF", 3), 1);       /* overlong '/' */
    assert_int_equal(utf8_invalid_at("a\xE0\x80\xAF", 4), 1);   /* overlong, 3 bytes */
    assert_int_equal(utf8_invalid_at("a\xF0\x80\x80\xAF", 5), 1); /* overlong, 4 bytes */
    assert_int_equal(utf8_invalid_at("ab\xED\xA0\x80", 5), 2);  /* surrogate U+D800 */
    assert_int_equal(utf8_invalid_at("\xF4\x90\x80\x80", 4), 0); /* U+110000 */
    assert_int_equal(utf8_invalid_at("\xF5\x80\x80\x80", 4), 0);
    assert_int_equal(utf8_invalid_at("xy\xE1\xBB", 4), 2);      /* truncated ệ */
    assert_int_equal(utf8_invalid_at("x\xE1\xBB" "a", 4), 1);   /* cut by an ASCII byte */
    assert_true(utf8_invalid_at("\xF4\x8F\xBF\xBF", 4) == (size_t)-1); /* U+10FFFF */
    assert_true(utf8_invalid_at("\xEF\xBF\xBF", 3) == (size_t)-1);     /* U+FFFF */
}

static void test_utf8_count_decode_put(void **state)
{
    (void)state;
    const char *s = "Hưu ệ😀";
    assert_int_equal(utf8_count(s, strlen(s)), 6);
    int bytes = 0;
    assert_int_equal(utf8_decode("ệ", &bytes), 0x1EC7);
    assert_int_equal(bytes, 3);
    assert_int_equal(utf8_decode("ư", &bytes), 0x01B0);
    assert_int_equal(bytes, 2);
    assert_int_equal(utf8_decode("😀", &bytes), 0x1F600);
    assert_int_equal(bytes, 4);
    assert_int_equal(utf8_decode("A", &bytes), 'A');
    assert_int_equal(bytes, 1);
    assert_int_equal(utf8_decode("\xFF", &bytes), 0xFFFD); /* forward progress */
    assert_int_equal(bytes, 1);

    buf_reset(&text);
    utf8_put(&text, 'A');
    utf8_put(&text, 0x0110);
    utf8_put(&text, 0x1EC7);
    utf8_put(&text, 0x1F600);
    assert_string_equal(text.data, "AĐệ😀");
    buf_reset(&text);
    utf8_put(&text, 0xD800);
    utf8_put(&text, 0x110000);
    assert_string_equal(text.data, "\xEF\xBF\xBD\xEF\xBF\xBD");
}

/* ---- NFC ---------------------------------------------------------------- */

static void test_nfc(void **state)
{
    (void)state;
    /* e + dot below + circumflex, in either order, and ê + dot below */
    assert_string_equal(nfc("e\xCC\xA3\xCC\x82"), "ệ");
    assert_string_equal(nfc("e\xCC\x82\xCC\xA3"), "ệ");
    assert_string_equal(nfc("\xC3\xAA\xCC\xA3"), "ệ");
    /* ẹ (precomposed dot below) + circumflex */
    assert_string_equal(nfc("\xE1\xBA\xB9\xCC\x82"), "ệ");
    /* a whole name in NFD: Nguyễn Văn Hưởng */
    assert_string_equal(nfc("Nguye\xCC\x82\xCC\x83n Va\xCC\x86n Hu\xCC\x9Bo\xCC\x9B\xCC\x89ng"),
                        "Nguyễn Văn Hưởng");
    /* upper case with two marks; horn and grave in both orders */
    assert_string_equal(nfc("O\xCC\xA3\xCC\x82"), "Ộ");
    assert_string_equal(nfc("u\xCC\x9B\xCC\x80"), "ừ");
    assert_string_equal(nfc("u\xCC\x80\xCC\x9B"), "ừ"); /* horn (216) sorts before grave (230) */
    /* no D with horn exists: left alone */
    assert_string_equal(nfc("D\xCC\x9B"), "D\xCC\x9B");
    /* a mark that blocks: two acute accents, the second stays */
    assert_string_equal(nfc("a\xCC\x81\xCC\x81"), "á\xCC\x81");
    /* singletons and exclusions */
    assert_string_equal(nfc("\xE2\x84\xAB"), "Å");       /* ANGSTROM SIGN */
    assert_string_equal(nfc("a\xCD\x81"), "á");           /* U+0341 -> U+0301 */
    assert_string_equal(nfc("=\xCC\xB8"), "≠");
    assert_string_equal(nfc("≠"), "≠");
    /* a leading mark, ASCII, other scripts, invalid bytes: unchanged */
    assert_string_equal(nfc("\xCC\x81" "a"), "\xCC\x81" "a");
    assert_string_equal(nfc("plain ASCII"), "plain ASCII");
    assert_string_equal(nfc("Кий 😀"), "Кий 😀");
    assert_string_equal(nfc("e\xFF\xCC\x82"), "e\xFF\xCC\x82");
    assert_string_equal(nfc(""), "");
}

static void test_is_nfc(void **state)
{
    (void)state;
    const char *composed = "Tân Hiệp, Đồng Hưu";
    const char *decomposed = "Ta\xCC\x82n Hie\xCC\xA3\xCC\x82p";
    const char *wrong_order = "\xC3\xAA\xCC\xA3"; /* ê + dot below */
    assert_true(vi_is_nfc(composed, strlen(composed)));
    assert_true(vi_is_nfc("ASCII only", 10));
    assert_false(vi_is_nfc(decomposed, strlen(decomposed)));
    assert_false(vi_is_nfc(wrong_order, strlen(wrong_order)));
    assert_false(vi_is_nfc("\xE2\x84\xAB", 3));       /* ANGSTROM SIGN */
    assert_false(vi_is_nfc("a\xCD\x81", 3));           /* U+0341 */
    assert_false(vi_is_nfc("Hu\xCC\x9B", 4));          /* u + horn */
    /* a mark nothing composes with is NFC */
    assert_true(vi_is_nfc("\xC3\xA1\xCC\x81", 4));
}

/* ---- folding, case, distance ------------------------------------------ */

static void test_folded(void **state)
{
    (void)state;
    assert_string_equal(folded("Đồng Hưu"), "dong huu");
    assert_string_equal(folded("Tân Hiệp"), "tan hiep");
    assert_string_equal(folded("ỦY BAN NHÂN DÂN"), "uy ban nhan dan");
    assert_string_equal(folded("Nguye\xCC\x82\xCC\x83n"), "nguyen"); /* NFD too */
    assert_string_equal(folded("đĐ Ơ ư Ệ"), "dd o u e");
    assert_string_equal(folded("VPĐP-NTM 2024"), "vpdp-ntm 2024");
}

/* vi_put_tone_key: the old and the new placement of a tone mark give one
 * key (KH257 compares names so), another tone or letter another. */
static void test_tone_key(void **state)
{
    (void)state;
    Buf a = {0}, b = {0};
    static const char *const same[][2] = {
        {"Phòng Văn hoá", "Phòng Văn hóa"}, {"Thuỷ Xuân", "Thủy Xuân"}, {"khoẻ", "khỏe"},
        {"HOÀ BÌNH", "HÒA BÌNH"}, {"Hoà", "Ho\xCC\x80" "a"}, {"Nguyễn Văn A", "Nguyễn Văn A"},
    };
    static const char *const other[][2] = {
        {"Hòa", "Hóa"}, {"hoà", "hoa"}, {"Thủy", "Thùy"}, {"ệ", "ề"}, {"hoà bình", "hoàbình"},
        {"Văn hoá", "Vănhoá"},
    };
    for (size_t i = 0; i < sizeof same / sizeof *same; i++) {
        buf_reset(&a);
        buf_reset(&b);
        vi_put_tone_key(&a, same[i][0]);
        vi_put_tone_key(&b, same[i][1]);
        assert_string_equal(buf_str(&a), buf_str(&b));
    }
    for (size_t i = 0; i < sizeof other / sizeof *other; i++) {
        buf_reset(&a);
        buf_reset(&b);
        vi_put_tone_key(&a, other[i][0]);
        vi_put_tone_key(&b, other[i][1]);
        assert_string_not_equal(buf_str(&a), buf_str(&b));
    }
    buf_free(&a);
    buf_free(&b);
}

/* vi_put_tone_key's words (s18mut, issue 8: the bounds of is_word_cp):
 * a tone mark moves to its word's end across each letter or mark that
 * stands at a bound of a range the function takes for a word's ('a', 'z',
 * 'A', 'Z', U+0302, U+036F, U+024F, U+1EFF), so "ò" + it + "n" and "o" +
 * it + grave + "n" give one key; never across a character that ends a word
 * (a space, those just outside each range, the signs U+00D7 and U+00F7
 * inside the Latin-1 one), so "Hòa Binh" and "Hoa Bình", two names, keep
 * apart. Each row of `inside` fails if the character is taken for no
 * word's (vi_tone-009 'z', -010 'Z', -011 U+036F, -021 U+024F, -022
 * U+1EFF), each of `outside` if it is taken for a word's (-015, -016, -017:
 * a range's test made always true, every character a word's). */
static void test_tone_key_words(void **state)
{
    (void)state;
    static const char *const inside[] = {
        "a", "z", "A", "Z", "\xCC\x82", "\xCD\xAF", "\xC9\x8F", "\xE1\xBB\xBF",
    };
    static const char *const outside[] = {
        " ", "`", "{", "@", "[", "\xC3\x97", "\xC3\xB7", "\xC2\xBF", "\xC9\x90", "\xCB\xBF",
        "\xCD\xB0", "\xE2\x80\x90",
    };
    Buf a = {0}, b = {0};
    char one[32], two[32];
    for (size_t i = 0; i < sizeof inside / sizeof *inside; i++) {
        snprintf(one, sizeof one, "o\xCC\x80%sn", inside[i]);
        snprintf(two, sizeof two, "o%s\xCC\x80n", inside[i]);
        buf_reset(&a);
        buf_reset(&b);
        vi_put_tone_key(&a, one);
        vi_put_tone_key(&b, two);
        assert_string_equal(buf_str(&a), buf_str(&b));
    }
    for (size_t i = 0; i < sizeof outside / sizeof *outside; i++) {
        snprintf(one, sizeof one, "o\xCC\x80%sn", outside[i]);
        snprintf(two, sizeof two, "o%sn\xCC\x80", outside[i]);
        buf_reset(&a);
        buf_reset(&b);
        vi_put_tone_key(&a, one);
        vi_put_tone_key(&b, two);
        assert_string_not_equal(buf_str(&a), buf_str(&b));
    }
    buf_reset(&a);
    buf_reset(&b);
    vi_put_tone_key(&a, "Hòa Binh");
    vi_put_tone_key(&b, "Hoa Bình");
    assert_string_not_equal(buf_str(&a), buf_str(&b));
    /* the key as its contract writes it: each word, then its tones (a
     * word's tones written again after the next word, vi_tone-053, or a
     * tone the word never had, -052, compare alike and are seen only so) */
    buf_reset(&a);
    vi_put_tone_key(&a, "Hòa Bình, hoà");
    assert_string_equal(buf_str(&a), "Hoa\xCC\x80 Binh\xCC\x80, hoa\xCC\x80");
    /* a run of nine toned syllables without a space is one word: its
     * ninth tone is kept (an array of eight dropped it, and "...Mốt" and
     * "...Một" at its end had one key) */
    buf_reset(&a);
    buf_reset(&b);
    vi_put_tone_key(&a, "ThànhPhốHồChíMinhQuậnGòVấpPhườngMốt");
    vi_put_tone_key(&b, "ThànhPhốHồChíMinhQuậnGòVấpPhườngMột");
    assert_string_not_equal(buf_str(&a), buf_str(&b));
    buf_free(&a);
    buf_free(&b);
}

/* vi_put_sort_key's two keys, byte for byte (s18mut, issue 8: lead17's
 * one order and test_attach's sorts passed 30 of vi_collate.c's 65
 * mutants): each letter a mark makes followed by its DEL bytes (ă 1, â 2,
 * ê ô ư 1, ơ 2), any other mark dropped (ä ë ï ö ü: no letter of the 29),
 * upper case lowered up to 'Z', U+036F a mark; a tone digit per letter,
 * the tone on the letter before it, none on đ; a byte that is no UTF-8
 * kept as it is and no letter a mark can follow (the loader refuses such a
 * plan: the function's own contract). Kills vi_collate -000 -004 -006 -009
 * -014 -016 -019 -021 (marks and their ranks), -025 -028 -045 -046 -064
 * (the tone key's bytes and length), -029 -033 -034 -035 -036 -037 -038
 * (a byte that is no UTF-8), -040 (U+036F), -043 -044 -047 (a mark that
 * is no tone), -051 ('Z'), -060 -061 (the mark after đ). */
static void test_sort_key(void **state)
{
    (void)state;
    static const char *const rows[][3] = {
        {"\xC3\xA2", "a\x7F\x7F", "0"},          /* â */
        {"\xC4\x83", "a\x7F", "0"},               /* ă */
        {"a\xCC\x88", "a", "0"},                   /* ä */
        {"\xC3\xAA", "e\x7F", "0"},               /* ê */
        {"e\xCC\x88", "e", "0"},                   /* ë */
        {"\xC3\xB4", "o\x7F", "0"},               /* ô */
        {"\xC6\xA1", "o\x7F\x7F", "0"},          /* ơ */
        {"o\xCC\x88", "o", "0"},                   /* ö */
        {"\xC6\xB0", "u\x7F", "0"},               /* ư */
        {"u\xCC\x88", "u", "0"},                   /* ü */
        {"i\xCC\x88", "i", "0"},                   /* ï */
        {"Ho\xC3\xA0 B\xC3\xACnh", "hoa binh", "00100100"}, /* Hoà Bình */
        {"Nguy\xE1\xBB\x85n", "nguye\x7Fn", "000030"}, /* Nguyễn: ê, tilde */
        {"Z", "z", "0"},
        {"a\xCD\xAF", "a", "0"},                   /* U+036F */
        {"\xFF" "a\xCC\x86", "\xFF" "a\x7F", "0"},
        {"a\xFF\xCC\x86", "a\xFF", "0"},
        {"a\xFF\xCC\x80", "a\xFF", "0"},
        {"\x80", "\x80", ""},
        {"a\xC4\x91\xCC\x86", "ad\x7F", "00"},  /* ađ and a breve */
        {"\xC4\x91\xCC\x80", "d\x7F", "0"},     /* đ and a grave */
    };
    for (size_t i = 0; i < sizeof rows / sizeof *rows; i++) {
        Buf letters = {0}, tones = {0};
        vi_put_sort_key(&letters, &tones, rows[i][0]);
        assert_int_equal(letters.len, strlen(rows[i][1]));
        assert_memory_equal(buf_str(&letters), rows[i][1], letters.len);
        assert_int_equal(tones.len, strlen(rows[i][2]));
        assert_memory_equal(buf_str(&tones), rows[i][2], tones.len + 1);
        buf_free(&letters);
        buf_free(&tones);
    }
}

static void test_upper(void **state)
{
    (void)state;
    assert_string_equal(upper("ủy ban nhân dân huyện yên thế"), "ỦY BAN NHÂN DÂN HUYỆN YÊN THẾ");
    assert_string_equal(upper("ư ơ đ ệ ă â ê ô ỹ ạ ặ ậ ữ ự ợ ở"), "Ư Ơ Đ Ệ Ă Â Ê Ô Ỹ Ạ Ặ Ậ Ữ Ự Ợ Ở");
    assert_string_equal(upper("Mục tiêu 2024"), "MỤC TIÊU 2024");
    assert_string_equal(upper("ĐÃ HOA"), "ĐÃ HOA");
    assert_string_equal(upper("e\xCC\x82\xCC\xA3"), "E\xCC\x82\xCC\xA3"); /* marks kept */
}

/* vi_upper_eq: s[0..n) upper-cased is upper, exactly as vi_put_upper
 * makes it, without a copy (yearctx.c's word tests at each year of a
 * text: session 30). Each row is checked against vi_put_upper too, so the
 * two cannot drift apart; a prefix, a longer upper, a text cut inside a
 * letter and a stray byte each say no. */
/* vi_letter_case: the one test of a character's case (s30fixlow: six
 * files upper-cased one character into a buffer to compare it), each
 * answer as vi_put_upper and vi_put_folded give it */
static void test_letter_case(void **state)
{
    (void)state;
    static const struct {
        const char *s;
        int want;
        size_t bytes;
    } rows[] = {
        {"a", -1, 1}, {"z", -1, 1}, {"A", 1, 1},  {"Z", 1, 1},  {"5", 0, 1},   {"{", 0, 1},
        {"đ", -1, 2}, {"Đ", 1, 2},  {"ư", -1, 2}, {"Ư", 1, 2},  {"ệ", -1, 3},  {"Ệ", 1, 3},
        {"ủy", -1, 3}, {"Ủy", 1, 3}, {"–", 0, 3}, {"“", 0, 3},  {"", 0, 1},    {"\xFF", 0, 1},
    };
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        size_t n = 99;
        assert_int_equal(vi_letter_case(rows[i].s, &n), rows[i].want);
        assert_int_equal(n, rows[i].bytes);
        Buf cap = {0};
        size_t b = 0;
        assert_int_equal(vi_begins_small(rows[i].s, &cap, &b), rows[i].want < 0);
        if (rows[i].want < 0) { /* its capital is vi_put_upper's */
            char one[8] = {0};
            memcpy(one, rows[i].s, b);
            assert_string_equal(buf_str(&cap), upper(one));
        }
        buf_free(&cap);
    }
    assert_int_equal(vi_letter_case("ngành", NULL), -1);
}

static void test_upper_eq(void **state)
{
    (void)state;
    static const struct {
        const char *s, *upper;
        int eq;
    } rows[] = {
        {"triệu", "TRIỆU", 1},  {"Triệu", "TRIỆU", 1},  {"TRIỆU", "TRIỆU", 1},
        {"triệ", "TRIỆU", 0},   {"triệuu", "TRIỆU", 0}, {"đồng", "ĐỒNG", 1},
        {"Đ", "Đ", 1},          {"đ", "Đ", 1},          {"d", "Đ", 0},
        {"ha", "HA", 1},        {"m²", "M²", 1},        {"%", "%", 1},
        {"", "", 1},            {"", "A", 0},           {"a", "", 0},
        {"ư ơ", "Ư Ơ", 1},     {"\xFF" "a", "\xFF" "A", 1}, {"Hưu", "HƯU", 1},
    };
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        assert_int_equal(vi_upper_eq(rows[i].s, strlen(rows[i].s), rows[i].upper), rows[i].eq);
        assert_int_equal(strcmp(upper(rows[i].s), rows[i].upper) == 0, rows[i].eq);
    }
    /* n ends the text compared: "Hưu" of "Hưu Đồng", and a cut inside
     * "ư" (two bytes) is no "Ư" */
    assert_true(vi_upper_eq("Hưu Đồng", strlen("Hưu"), "HƯU"));
    assert_false(vi_upper_eq("Hưu", 2, "HƯ"));
    assert_true(vi_upper_eq("abc", 0, ""));
    /* a '\0' before n ends s as vi_put_upper's strlen does */
    assert_true(vi_upper_eq("ab\0cd", 5, "AB"));
}

/* vi_put_upper_printed (vi_upper.c): a document's number and symbol kept
 * as issued, a word that begins with a digit from '0' to '9' (after its
 * opening marks) and holds a '/' before a capital; the rest in capitals,
 * a unit after a number too, its blanks (space, tab, line break) as
 * written. Each row at a bound of that word (s26mut). */
static void test_upper_printed(void **state)
{
    (void)state;
    static const char *const rows[][2] = {
        {"", ""},
        {"theo quyết định số 263/QĐ-TTg ngày", "THEO QUYẾT ĐỊNH SỐ 263/QĐ-TTg NGÀY"},
        {"số 05/QĐ-TTg", "SỐ 05/QĐ-TTg"},
        {"số 9/NQ-HĐND,", "SỐ 9/NQ-HĐND,"},
        {"mã a9/QĐ", "MÃ A9/QĐ"},
        {"ký hiệu 1a/Bx", "KÝ HIỆU 1a/Bx"},
        {"đến 15/7/2024 xong", "ĐẾN 15/7/2024 XONG"},
        {"mã 1ab/ x", "MÃ 1AB/ X"},
        {"mã 1a// x", "MÃ 1A// X"},
        {"ngày 1/9a", "NGÀY 1/9A"}, /* a digit after the '/', '9' too */
        {"mức 10.000đ/người", "MỨC 10.000Đ/NGƯỜI"}, /* a unit: a small letter after the '/' */
        {"số 5/Đề-án", "SỐ 5/Đề-án"},
        {"số\t263/QĐ-TTg\nđã", "SỐ\t263/QĐ-TTg\nĐÃ"},
        {"  hai  khoảng ", "  HAI  KHOẢNG "},
    };
    for (size_t i = 0; i < sizeof rows / sizeof *rows; i++) {
        Buf out = {0};
        vi_put_upper_printed(&out, rows[i][0]);
        assert_non_null(out.data);
        assert_string_equal(out.data, rows[i][1]);
        buf_free(&out);
    }
}

static void test_edit_distance(void **state)
{
    (void)state;
    assert_int_equal(vi_edit_distance("vpdp", "vpdp", 3), 0);
    assert_int_equal(vi_edit_distance("vpdp2", "vpdp", 3), 1);
    assert_int_equal(vi_edit_distance("kitten", "sitting", 5), 3);
    assert_int_equal(vi_edit_distance("", "abc", 5), 3);
    assert_int_equal(vi_edit_distance("abc", "", 5), 3);
    /* code points, not bytes: ư vs u is one substitution */
    assert_int_equal(vi_edit_distance("Hưu", "Huu", 3), 1);
    assert_int_equal(vi_edit_distance("Đồng", "Đông", 3), 1);
    /* capped at limit + 1 */
    assert_int_equal(vi_edit_distance("kitten", "sitting", 2), 3);
    assert_int_equal(vi_edit_distance("abcdefgh", "zzzzzzzz", 2), 3);
    assert_int_equal(vi_edit_distance("a", "abcdefgh", 2), 3);
    assert_int_equal(vi_edit_distance("ab", "ba", 0), 1);
    /* two neighbours swapped are one slip, in ASCII and in code points;
     * a swap and a change two apart still count two */
    assert_int_equal(vi_edit_distance("ab", "ba", 3), 1);
    assert_int_equal(vi_edit_distance("tkch", "tckh", 3), 1);
    assert_int_equal(vi_edit_distance("pfd", "pdf", 3), 1);
    assert_int_equal(vi_edit_distance("ưu", "uư", 3), 1);
    assert_int_equal(vi_edit_distance("tkcx", "tckh", 3), 2);
    assert_int_equal(vi_edit_distance("abc", "ca", 3), 3); /* no edit of a swapped pair */
    /* the first letters swapped, then a row over the limit: capped */
    assert_int_equal(vi_edit_distance("bacdefgh", "abzzzzzz", 1), 2);
    /* a limit below 0 is 0: the same words 0, any other 1 (session 21's
     * sweep: vi_distance-009 and -010, the limit taken as 1 or left
     * negative, passed every suite) */
    assert_int_equal(vi_edit_distance("ab", "cd", -1), 1);
    assert_int_equal(vi_edit_distance("ab", "ab", -3), 0);
    assert_int_equal(vi_edit_distance("ab", "abc", -1), 1);
}

/* The whole table of the optimal string alignment distance over bytes, as
 * vi_edit_distance computed it before it kept to a band (s20scale): the
 * reference the band must agree with, capped alike. */
static int full_distance(const char *a, const char *b, int limit)
{
    size_t la = strlen(a), lb = strlen(b);
    int d[16][16];
    for (size_t i = 0; i <= la; i++)
        for (size_t j = 0; j <= lb; j++) {
            if (i == 0 || j == 0) {
                d[i][j] = (int)(i + j);
                continue;
            }
            int best = d[i - 1][j - 1] + (a[i - 1] != b[j - 1]);
            if (d[i - 1][j] + 1 < best)
                best = d[i - 1][j] + 1;
            if (d[i][j - 1] + 1 < best)
                best = d[i][j - 1] + 1;
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] &&
                d[i - 2][j - 2] + 1 < best)
                best = d[i - 2][j - 2] + 1;
            d[i][j] = best;
        }
    return d[la][lb] > limit ? limit + 1 : d[la][lb];
}

/* Only the cells within limit of the diagonal are computed: every pair of
 * words of up to 7 letters of "abc" (and a few longer), each limit 0 to 3,
 * gives what the whole table gives; ids of 250 characters that share all
 * but a few are told at their distance, not capped short. */
static void test_edit_distance_band(void **state)
{
    (void)state;
    char words[3280][8];
    size_t n = 0;
    for (size_t len = 0; len <= 7 && n < 3280; len++) {
        size_t count = 1;
        for (size_t k = 0; k < len; k++)
            count *= 3;
        for (size_t c = 0; c < count && n < 3280; c++) {
            size_t v = c;
            for (size_t k = 0; k < len; k++, v /= 3)
                words[n][k] = (char)('a' + v % 3);
            words[n][len] = '\0';
            n++;
        }
    }
    size_t checked = 0;
    for (size_t i = 0; i < n; i += 7)
        for (size_t j = 0; j < n; j += 5)
            for (int limit = 0; limit <= 3; limit++) {
                int want = full_distance(words[i], words[j], limit);
                if (vi_edit_distance(words[i], words[j], limit) != want)
                    fail_msg("'%s' '%s' limit %d: want %d, got %d", words[i], words[j], limit,
                             want, vi_edit_distance(words[i], words[j], limit));
                checked++;
            }
    assert_true(checked > 100000);
    char a[251], b[251];
    memset(a, 'p', 250);
    a[250] = '\0';
    memcpy(b, a, sizeof b);
    b[0] = 'x';
    b[125] = 'y';
    assert_int_equal(vi_edit_distance(a, b, 3), 2);
    b[248] = 'z';
    b[249] = 'q';
    assert_int_equal(vi_edit_distance(a, b, 3), 4);
    assert_int_equal(vi_edit_distance(a, b + 1, 3), 4); /* one shorter */
    b[248] = 'p';
    assert_int_equal(vi_edit_distance(a, b + 1, 3), 3);
    assert_int_equal(vi_edit_distance(a + 3, b, 3), 3); /* x, y and q inserted */
    assert_int_equal(vi_edit_distance(a + 4, b, 3), 4); /* four shorter */
}

/* The one number grammar: every spelling vi_put_decimal writes reads back,
 * C notation is told apart, and nothing else is a number. */
static void test_parse_number(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        VNumStatus status;
        double value;
        int decimals;
    } cases[] = {
        {"17", VNUM_OK, 17, 0},
        {"04", VNUM_OK, 4, 0},
        {"-2", VNUM_OK, -2, 0},
        {"16,9", VNUM_OK, 16.9, 1},
        {"1.234", VNUM_AMBIGUOUS, 1234, 0},
        {"10.500", VNUM_AMBIGUOUS, 10500, 0},
        {"1.234.567", VNUM_OK, 1234567, 0},
        {"1.234,5", VNUM_OK, 1234.5, 1},
        {"16.9", VNUM_DOT_DECIMAL, 16.9, 1},
        {"0.500", VNUM_DOT_DECIMAL, 0.5, 3},
        {"-0.25", VNUM_DOT_DECIMAL, -0.25, 2},
        {"1234.567", VNUM_DOT_DECIMAL, 1234.567, 3},
        {"0x10", VNUM_INVALID, 0, 0},
        {"inf", VNUM_INVALID, 0, 0},
        {"nan", VNUM_INVALID, 0, 0},
        {"1e5", VNUM_INVALID, 0, 0},
        {"+5", VNUM_INVALID, 0, 0},
        {".5", VNUM_INVALID, 0, 0},
        {"5.", VNUM_INVALID, 0, 0},
        {"5,", VNUM_INVALID, 0, 0},
        {"1.23.4", VNUM_INVALID, 0, 0},
        {"12.34,5", VNUM_INVALID, 0, 0},
        {"1 000", VNUM_INVALID, 0, 0},
        {"", VNUM_INVALID, 0, 0},
        {"-", VNUM_INVALID, 0, 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        double value = -1;
        int decimals = -1;
        VNumStatus status = vi_parse_number(cases[i].text, &value, &decimals);
        if (status != cases[i].status)
            fail_msg("'%s': status %d, expected %d", cases[i].text, status, cases[i].status);
        if (status != VNUM_INVALID) {
            assert_true(value == cases[i].value);
            assert_int_equal(decimals, cases[i].decimals);
        }
    }
    /* the inverse of vi_put_decimal: what it prints reads back as VNUM_OK
     * (or, for one group of thousands, the printed reading) */
    static const double values[] = {0, 7, 16.9, 2.29, 1234.5, -17.75, 1234567, 0.0625};
    for (size_t i = 0; i < sizeof values / sizeof values[0]; i++) {
        Buf b = {0};
        vi_put_decimal(&b, values[i], -1);
        double back = 0;
        int decimals = 0;
        VNumStatus status = vi_parse_number(b.data, &back, &decimals);
        assert_true(status == VNUM_OK || status == VNUM_AMBIGUOUS);
        assert_true(back == values[i]);
        buf_free(&b);
    }
    assert_true(vi_looks_numeric("0x10"));
    assert_true(vi_looks_numeric("inf"));
    assert_true(vi_looks_numeric("NaN"));
    assert_true(vi_looks_numeric(".inf"));
    assert_true(vi_looks_numeric("1e5"));
    assert_false(vi_looks_numeric("xã loại 1"));
    assert_false(vi_looks_numeric(""));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_teardown(test_put_int, teardown),
        cmocka_unit_test_teardown(test_word_byte, teardown),
        cmocka_unit_test_teardown(test_date_valid, teardown),
        cmocka_unit_test_teardown(test_date_serial, teardown),
        cmocka_unit_test_teardown(test_day_and_month, teardown),
        cmocka_unit_test_teardown(test_date_long, teardown),
        cmocka_unit_test_teardown(test_date_short, teardown),
        cmocka_unit_test_teardown(test_roman, teardown),
        cmocka_unit_test_teardown(test_ordinals, teardown),
        cmocka_unit_test_teardown(test_point_letters, teardown),
        cmocka_unit_test_teardown(test_int, teardown),
        cmocka_unit_test_teardown(test_decimal, teardown),
        cmocka_unit_test_teardown(test_utf8_invalid_at, teardown),
        cmocka_unit_test_teardown(test_utf8_count_decode_put, teardown),
        cmocka_unit_test_teardown(test_nfc, teardown),
        cmocka_unit_test_teardown(test_is_nfc, teardown),
        cmocka_unit_test_teardown(test_folded, teardown),
        cmocka_unit_test(test_tone_key),
        cmocka_unit_test(test_tone_key_words),
        cmocka_unit_test(test_sort_key),
        cmocka_unit_test_teardown(test_upper, teardown),
        cmocka_unit_test_teardown(test_upper_eq, teardown),
        cmocka_unit_test_teardown(test_letter_case, teardown),
        cmocka_unit_test(test_upper_printed),
        cmocka_unit_test_teardown(test_edit_distance, teardown),
        cmocka_unit_test_teardown(test_edit_distance_band, teardown),
        cmocka_unit_test(test_parse_number),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
