/* test_legacy.c - unit tests of legacy.c against text as it circulates,
 * not against legacy.c's own tables: the national motto as a TCVN3 (ABC)
 * file shows it in a Latin-1 viewer ("Céng hoµ x· héi chñ nghÜa ViÖt Nam"),
 * the same in VNI-Windows ("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam"), in
 * Windows-1258 with separate tone marks, and in UTF-16; each must decode to
 * the UTF-8 NFC text, be recognised from its bytes, and survive the
 * inverse tables (legacy_from_utf8). Also the refusals: damaged UTF-8, a
 * lone surrogate, Latin-1 French, too short a text to judge. And the motto
 * as it reads once copied out of a .VnTime or VNI-Times document without
 * its font, pasted into a UTF-8 plan (legacy_misread, KH027: s29attack F2).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "legacy.h"

static const char motto[] = "Cộng hòa xã hội chủ nghĩa Việt Nam\nĐộc lập - Tự do - Hạnh phúc\n";

/* TCVN3 writes "hoà" (the tone on the a, the old spelling) */
static const char motto_tcvn3_utf8[] =
    "Cộng hoà xã hội chủ nghĩa Việt Nam\nĐộc lập - Tự do - Hạnh phúc\n";
static const char motto_tcvn3[] = "C\xe9ng ho\xb5 x\xb7 h\xe9i ch\xf1 ngh\xdc" "a Vi\xd6t Nam\n"
                                  "\xa7\xe9" "c l\xcbp - T\xf9 do - H\xb9nh ph\xf3" "c\n";
static const char motto_vni[] = "Co\xe4ng ho\xf8" "a xa\xf5 ho\xe4i chu\xfb ngh\xf3" "a Vie\xe4t Nam\n"
                                "\xd1o\xe4" "c la\xe4p - T\xf6\xef do - Ha\xefnh phu\xf9" "c\n";
static Buf out;

static const char *decode(LegacyEncoding enc, const char *s, size_t len)
{
    buf_reset(&out);
    assert_int_equal(legacy_to_utf8(enc, s, len, &out), 0);
    return out.data ? out.data : "";
}

static void test_tcvn3_motto(void **state)
{
    (void)state;
    assert_string_equal(decode(ENC_TCVN3, motto_tcvn3, strlen(motto_tcvn3)), motto_tcvn3_utf8);
    assert_int_equal(legacy_detect(motto_tcvn3, strlen(motto_tcvn3)), ENC_TCVN3);
    assert_string_equal(legacy_name(ENC_TCVN3), "TCVN3 (ABC)");
}

static void test_vni_motto(void **state)
{
    (void)state;
    assert_string_equal(decode(ENC_VNI, motto_vni, strlen(motto_vni)), motto);
    assert_int_equal(legacy_detect(motto_vni, strlen(motto_vni)), ENC_VNI);
}

static void test_cp1258_combining_marks_composed(void **state)
{
    (void)state;
    /* Windows-1258: ô, ê, â, ư, đ precomposed, every tone a combining mark
     * (0xF2 dot below, 0xCC grave, 0xDE tilde, 0xD2 hook, 0xEC acute) */
    static const char s[] = "C\xf4\xf2ng ho\xcc" "a xa\xde h\xf4\xf2i chu\xd2 nghi\xde" "a Vi\xea\xf2t Nam\n"
                            "\xd0\xf4\xf2" "c l\xe2\xf2p - T\xfd\xf2 do - Ha\xf2nh phu\xec" "c\n";
    assert_string_equal(decode(ENC_CP1258, s, strlen(s)), motto);
    assert_int_equal(legacy_detect(s, strlen(s)), ENC_CP1258);
}

static void test_utf16(void **state)
{
    (void)state;
    static const char le[] = "\xff\xfe" "C\0\xd9\x1en\0g\0";     /* BOM, "Cộng" */
    static const char be[] = "\0C\x1e\xd9\0n\0g\0 \0h\0o\0\xe0";  /* no BOM: "Cộng hoà" */
    assert_int_equal(legacy_detect(le, sizeof le - 1), ENC_UTF16LE);
    assert_string_equal(decode(ENC_UTF16LE, le, sizeof le - 1), "Cộng");
    assert_int_equal(legacy_detect(be, sizeof be - 1), ENC_UTF16BE);
    assert_string_equal(decode(ENC_UTF16BE, be, sizeof be - 1), "Cộng hoà");
    /* a lone high surrogate and an odd length are refused */
    static const char lone[] = "\xff\xfe\x01\xd8" "a\0";
    buf_reset(&out);
    assert_int_equal(legacy_to_utf8(ENC_UTF16LE, lone, sizeof lone - 1, &out), -1);
    buf_reset(&out);
    assert_int_equal(legacy_to_utf8(ENC_UTF16LE, "\xff\xfe" "a\0b", 5, &out), -1);
}

/* UTF-32 (s33attack U1, U2): its BOM FF FE 00 00 begins with UTF-16LE's,
 * and read as UTF-16 a character past U+FFFF became another (U+F600) */
static void test_utf32(void **state)
{
    (void)state;
    static const char le[] = "\xff\xfe\0\0" "C\0\0\0\xd9\x1e\0\0" "\x00\xf6\x01\0"; /* BOM, "Cộ😀" */
    static const char be[] = "\0\0\0C\0\0\x1e\xd9\0\0\0n\0\0\0g";               /* no BOM: "Cộng" */
    static const char le_nobom[] = "C\0\0\0\xd9\x1e\0\0n\0\0\0g\0\0\0";
    assert_int_equal(legacy_detect(le, sizeof le - 1), ENC_UTF32LE);
    assert_string_equal(decode(ENC_UTF32LE, le, sizeof le - 1), "Cộ😀");
    assert_int_equal(legacy_detect(be, sizeof be - 1), ENC_UTF32BE);
    assert_string_equal(decode(ENC_UTF32BE, be, sizeof be - 1), "Cộng");
    assert_int_equal(legacy_detect(le_nobom, sizeof le_nobom - 1), ENC_UTF32LE);
    /* UTF-16LE's ASCII (a zero byte every other one) stays UTF-16LE */
    static const char le16[] = "k\0h\0g\0e\0n\0:\0 \0" "1\0";
    assert_int_equal(legacy_detect(le16, sizeof le16 - 1), ENC_UTF16LE);
    /* past U+10FFFF, a surrogate, a length not a multiple of four */
    buf_reset(&out);
    assert_int_equal(legacy_to_utf8(ENC_UTF32LE, "\0\0\x11\0", 4, &out), -1);
    buf_reset(&out);
    assert_int_equal(legacy_to_utf8(ENC_UTF32LE, "\0\xd8\0\0", 4, &out), -1);
    buf_reset(&out);
    assert_int_equal(legacy_to_utf8(ENC_UTF32BE, "\0\0\0a\0", 5, &out), -1);
}

/* Unmarked UTF-32: the byte next to the highest zero in nine characters
 * of ten at least (U+1F600 past U+FFFF the tenth); eight of ten is no
 * UTF-32 (s34mut: legacy-057, quad_zeros[1] counted from 1, took it) */
static void test_utf32_nine_of_ten(void **state)
{
    (void)state;
    char be[40], le[40];
    for (int k = 0; k < 2; k++) {
        int astral = k + 1; /* 1: nine of ten in the BMP; 2: eight */
        for (int c = 0; c < 10; c++) {
            unsigned cp = c < astral ? 0x1F600 : 'a' + c;
            for (int b = 0; b < 4; b++) {
                be[4 * c + b] = (char)(cp >> (24 - 8 * b));
                le[4 * c + b] = (char)(cp >> (8 * b));
            }
        }
        assert_int_equal(legacy_detect(be, sizeof be) == ENC_UTF32BE, astral == 1);
        assert_int_equal(legacy_detect(le, sizeof le) == ENC_UTF32LE, astral == 1);
    }
}

static void test_round_trip(void **state)
{
    (void)state;
    static const LegacyEncoding encs[] = {ENC_TCVN3, ENC_VNI, ENC_CP1258};
    for (size_t i = 0; i < 3; i++) {
        Buf bytes = {0};
        const char *want = encs[i] == ENC_TCVN3 ? motto_tcvn3_utf8 : motto;
        assert_int_equal(legacy_from_utf8(encs[i], want, strlen(want), &bytes), 0);
        assert_string_equal(decode(encs[i], bytes.data, bytes.len), want);
        assert_int_equal(legacy_detect(bytes.data, bytes.len), encs[i]);
        buf_free(&bytes);
    }
    /* the TCVN3 bytes of the motto are the ones in circulation */
    Buf bytes = {0};
    legacy_from_utf8(ENC_TCVN3, motto_tcvn3_utf8, strlen(motto_tcvn3_utf8), &bytes);
    assert_int_equal(bytes.len, strlen(motto_tcvn3));
    assert_memory_equal(bytes.data, motto_tcvn3, bytes.len);
    buf_free(&bytes);
    /* what an encoding cannot write is counted */
    Buf q = {0};
    assert_int_equal(legacy_from_utf8(ENC_TCVN3, "“a” ≥", strlen("“a” ≥"), &q), 3);
    buf_free(&q);
}

static void test_not_legacy(void **state)
{
    (void)state;
    assert_int_equal(legacy_detect(motto, strlen(motto)), ENC_UTF8);
    assert_int_equal(legacy_detect("", 0), ENC_UTF8);
    /* UTF-8 with one stray byte is damaged UTF-8, not a legacy file */
    static const char damaged[] = "Kế ho\xe1 ch của Ủy ban nhân dân huyện Yên Thế";
    assert_int_equal(legacy_detect(damaged, strlen(damaged)), ENC_UNKNOWN);
    /* Latin-1 French is not Vietnamese under any table */
    static const char french[] = "Le ch\xe2teau de la for\xeat, \xe9t\xe9 \xe0 No\xebl, tr\xe8s bien";
    assert_int_equal(legacy_detect(french, strlen(french)), ENC_UNKNOWN);
    /* one NUL byte in a short file is damage, not UTF-16 (it was taken for
     * UTF-16BE and "converted") */
    static const char nul[] = "khgen: 1\0\n";
    assert_int_not_equal(legacy_detect(nul, sizeof nul - 1), ENC_UTF16BE);
    assert_int_not_equal(legacy_detect(nul, sizeof nul - 1), ENC_UTF16LE);
    /* two words are too few to judge */
    static const char two[] = "K\xe1 ho\xe1" "ch";
    assert_int_equal(legacy_detect(two, strlen(two)), ENC_UNKNOWN);
    buf_reset(&out);
    assert_int_equal(legacy_to_utf8(ENC_UNKNOWN, "x", 1, &out), -1);
}

static void test_misread(void **state)
{
    (void)state;
    Buf r = {0};
    size_t at = 99;
    /* the motto's first line from .VnTime, its bytes read as Windows-1252 */
    static const char tcvn[] = "Céng hoµ x· héi chñ nghÜa ViÖt Nam";
    assert_int_equal(legacy_misread(tcvn, strlen(tcvn), &at, &r), ENC_TCVN3);
    assert_string_equal(buf_str(&r), "Cộng hoà xã hội chủ nghĩa Việt Nam");
    /* the first word with a letter no Vietnamese has: "Céng" holds a
     * Vietnamese "é", "hoµ" a micro sign, which a text writes itself */
    assert_int_equal(at, strlen("Céng hoµ "));
    /* from VNI-Times: "ä" is no Vietnamese letter */
    static const char vni[] = "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam";
    buf_reset(&r);
    assert_int_equal(legacy_misread(vni, strlen(vni), &at, &r), ENC_VNI);
    assert_string_equal(buf_str(&r), "Cộng hòa xã hội chủ nghĩa Việt Nam");
    assert_int_equal(at, 0);
    /* pasted into a line typed in Unicode: its Unicode words kept ("là"
     * would read otherwise as TCVN3) */
    static const char mixed[] = "Kế hoạch: Trªn ®©y là nội dung";
    buf_reset(&r);
    assert_int_equal(legacy_misread(mixed, strlen(mixed), NULL, &r), ENC_TCVN3);
    assert_string_equal(buf_str(&r), "Kế hoạch: Trên đây là nội dung");
    /* not misread: Vietnamese, French, the signs a text writes itself, one
     * marked word */
    static const char *const fine[] = {
        "Cộng hòa xã hội chủ nghĩa Việt Nam",
        "Le château de la forêt, été à Noël, très bien",
        "1.200 m² (±5%), 30°C, 2½ ha, 5 µg, Microsoft® Word, © 2024, ông Muñoz",
        "Trªn đây là Kế hoạch",
        "",
    };
    for (size_t i = 0; i < sizeof fine / sizeof fine[0]; i++) {
        buf_reset(&r);
        assert_int_equal(legacy_misread(fine[i], strlen(fine[i]), &at, &r), ENC_UNKNOWN);
        assert_int_equal(r.len, 0);
    }
    buf_free(&r);
}

static int teardown(void **state)
{
    (void)state;
    buf_free(&out);
    return 0;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_tcvn3_motto),
        cmocka_unit_test(test_vni_motto),
        cmocka_unit_test(test_cp1258_combining_marks_composed),
        cmocka_unit_test(test_utf16),
        cmocka_unit_test(test_utf32),
        cmocka_unit_test(test_utf32_nine_of_ten),
        cmocka_unit_test(test_round_trip),
        cmocka_unit_test(test_not_legacy),
        cmocka_unit_test(test_misread),
    };
    return cmocka_run_group_tests(tests, NULL, teardown);
}
