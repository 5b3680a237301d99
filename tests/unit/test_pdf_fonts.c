/* test_pdf_fonts.c - unit tests of the two readers of a file's own marks
 * that session 16's user asked for: pdf_fonts.c, the fonts a printed PDF
 * names in its /BaseFont entries (a subset's "ABCDEF+" prefix, a name's
 * #20 escapes, a key that only begins like /BaseFont, a PDF that names
 * none, more fonts than the message lists), and import_foreign.c, the
 * format a file given to import is (RTF, PDF, HTML after a byte order mark
 * or an XML declaration, a web archive, a .doc), never one that a plan's
 * text or Markdown merely mentions.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "import_foreign.h"
#include "pdf_fonts.h"

/* refused(PDF): whether pdf_fonts_refuse refuses PDF, its message (or "")
 * into msg */
static char msg[2048];

static int refused_n(const char *pdf, size_t n)
{
    char *text = NULL;
    size_t len = 0;
    FILE *stream = open_memstream(&text, &len);
    assert_non_null(stream);
    DiagSink *sink = diag_new(stream);
    SrcPos where = {"out/ke-hoach.pdf", 0, 0};
    int r = pdf_fonts_refuse(sink, where, "LibreOffice", pdf, n);
    diag_flush(sink);
    diag_free(sink);
    fclose(stream);
    snprintf(msg, sizeof msg, "%s", text ? text : "");
    free(text);
    return r;
}

static int refused(const char *pdf)
{
    return refused_n(pdf, strlen(pdf));
}

static void test_dejavu_refused(void **state)
{
    (void)state;
    assert_int_equal(refused("%PDF-1.7\n4 0 obj <</Type/Font/Subtype/TrueType"
                             "/BaseFont/BAAAAA+DejaVuSans/FirstChar 0>> endobj\n"
                             "5 0 obj <</BaseFont /CAAAAA+DejaVuSans-Bold>> endobj\n"), 1);
    assert_non_null(strstr(msg, "error[KH904]: cannot write 'out/ke-hoach.pdf': LibreOffice "
                                "printed it in DejaVuSans, DejaVuSans-Bold, not in Times New "
                                "Roman"));
    assert_null(strstr(msg, "BAAAAA"));
}

static void test_times_like_taken(void **state)
{
    (void)state;
    /* a fallback font beside Liberation Serif is no fault */
    assert_int_equal(refused("/BaseFont/AAAAAA+DejaVuSans /BaseFont/BAAAAA+LiberationSerif-Bold"), 0);
    assert_int_equal(refused("/BaseFont /TimesNewRomanPS-BoldMT"), 0);
    assert_int_equal(refused("/BaseFont/Times#20New#20Roman,Italic"), 0);
    assert_int_equal(refused("/BaseFont/CAAAAA+Tinos-Regular"), 0);
    assert_string_equal(msg, "");
}

static void test_no_font_named(void **state)
{
    (void)state;
    /* compressed object streams: nothing to judge */
    assert_int_equal(refused("%PDF-1.5\n1 0 obj <</Type/ObjStm/N 5>> stream\nxx\nendstream"), 0);
    /* a key that only begins like /BaseFont, and an empty name */
    assert_int_equal(refused("/BaseFontX/DejaVuSans /BaseFont /"), 0);
    /* a name at the very end of the data */
    assert_int_equal(refused("/BaseFont/DejaVuSerif"), 1);
    assert_non_null(strstr(msg, "in DejaVuSerif, not in"));
}

static void test_many_fonts_listed_four(void **state)
{
    (void)state;
    assert_int_equal(refused("/BaseFont/A1 /BaseFont/A2 /BaseFont/A1 /BaseFont/A3 /BaseFont/A4 "
                             "/BaseFont/A5 /BaseFont/A6"), 1);
    assert_non_null(strstr(msg, "printed it in A1, A2, A3, A4, ..., not in"));
}

static void test_template_font(void **state)
{
    (void)state;
    static const char css[] = "body { font-family: \"Times New Roman\", Tinos, serif; }";
    static const char arial[] = "body { font-family: Arial, sans-serif; }";
    assert_int_equal(pdf_fonts_template_wants_times(css, strlen(css)), 1);
    assert_int_equal(pdf_fonts_template_wants_times(arial, strlen(arial)), 0);
    assert_int_equal(pdf_fonts_template_wants_times(NULL, 0), 0);
    /* only the bytes given are read */
    assert_int_equal(pdf_fonts_template_wants_times(css, 25), 0);
    /* the words at the text's first byte; a font that only begins like them */
    assert_int_equal(pdf_fonts_template_wants_times("Times New Roman", 15), 1);
    assert_int_equal(pdf_fonts_template_wants_times("font-family: Tinos, serif;", 26), 0);
}

/* A font's name as the PDF writes it (s18mut's sweep of pdf_fonts.c, issue
 * 8: 23 of a sample of 60 mutants passed the tests above): its #xx escapes
 * in digits and both cases at each end of their ranges, an escape of no
 * hex digits left as it is, one at the data's last bytes, a name that
 * only a subset's prefix would empty or whose prefix is not six capitals,
 * one longer than the 127 bytes kept, no name after the key, only the
 * bytes given read. Kills pdf_fonts -004 -006 -007 -008 -009 -010 -011
 * -022 (escapes), -021 (an escape at the end), -015 (a name without its
 * '/'), -016 (a byte past the data), -025 (128 bytes kept, and one
 * written past the array), -026 -030 -032 (the prefix), and in
 * test_template_font's new rows -000 (the words at the text's first byte)
 * and -002 ("Tinos" taken for them: memcmp's 'n' - 'm' is 1). */
static void test_names_as_written(void **state)
{
    (void)state;
    assert_int_equal(refused("/BaseFont/X#4a#4F#4A#4f#39#30#GZ"), 1);
    assert_non_null(strstr(msg, "printed it in XJOJO90#GZ, not in"));
    assert_int_equal(refused("/BaseFont/X#4a"), 1);
    assert_non_null(strstr(msg, "printed it in XJ, not in"));
    assert_int_equal(refused("/BaseFont XDejaVuSans"), 0);
    assert_int_equal(refused_n("/BaseFont/DejaVuSansX", 20), 1);
    assert_non_null(strstr(msg, "printed it in DejaVuSans, not in"));
    assert_int_equal(refused("/BaseFont/ABCDEF+ /BaseFont/aBCDEF+DejaVu /BaseFont/abcdef+Dejavu"),
                     1);
    assert_non_null(strstr(msg, "printed it in ABCDEF+, aBCDEF+DejaVu, abcdef+Dejavu, not in"));
    char pdf[256] = "/BaseFont/", want[160] = "printed it in ";
    memset(pdf + 10, 'A', 200);
    pdf[210] = '\0';
    memset(want + 14, 'A', 127);
    strcpy(want + 141, ", not in");
    assert_int_equal(refused(pdf), 1);
    assert_non_null(strstr(msg, want));
}

/* The rest of pdf_fonts.c's mutants (s19mut's sweep, issue 8: the 78
 * that session 18's sample left; ids of the file at 3a0fdbe, before
 * begins_like): an escape whose first hex digit is 0 ("#09"), escapes
 * with one hex digit of two, on either side (left as written); a subset
 * prefix before a one-byte name, and one of 'Z's; a name that is only the
 * beginning of a Times-like one ("Tino", after a name that ends in 's'); a
 * font name read when the data ends right after the key's blank (in a
 * buffer of exactly that length: the sanitizers' unit build reads no byte
 * past it); an empty name, then a font; a name twice; the template's
 * first capital T not taken for the words. Kills pdf_fonts -039 -046
 * (#09), -045 (#G1), -048 (#1G), -064 (ABCDEF+X), -070 (ZZZZZZ+), -084
 * (the key's end dropped: "tino" read as the "xxxxs" before it), -005 (a
 * 'T' alone taken for Times New Roman), -114 (an empty name ended the
 * scan), -124 (a name listed twice: strcmp's 1 taken for a repeat) and,
 * under the sanitizers, -026 (the blank skipped past the data's end). */
static void test_names_rest(void **state)
{
    (void)state;
    assert_int_equal(refused("/BaseFont/#09Tinos"), 0);
    assert_int_equal(refused("/BaseFont/X#G1 /BaseFont/Y#1G"), 1);
    assert_non_null(strstr(msg, "printed it in X#G1, Y#1G, not in"));
    assert_int_equal(refused("/BaseFont/ABCDEF+X /BaseFont/ZZZZZZ+DejaVu"), 1);
    assert_non_null(strstr(msg, "printed it in X, DejaVu, not in"));
    assert_int_equal(refused("/BaseFont/Xxxxs /BaseFont/Tino"), 1);
    assert_non_null(strstr(msg, "printed it in Xxxxs, Tino, not in"));
    static const char tail[] = "/BaseFont ";
    char *exact = malloc(sizeof tail - 1);
    assert_non_null(exact);
    memcpy(exact, tail, sizeof tail - 1);
    assert_int_equal(refused_n(exact, sizeof tail - 1), 0);
    free(exact);
    assert_int_equal(pdf_fonts_template_wants_times("Tahoma, Arial, sans-serif", 25), 0);
    /* an empty name, then a font: read on */
    assert_int_equal(refused("/BaseFont / /BaseFont/DejaVuSans"), 1);
    assert_non_null(strstr(msg, "printed it in DejaVuSans, not in"));
    /* a name twice: listed once */
    assert_int_equal(refused("/BaseFont/B /BaseFont/B"), 1);
    assert_non_null(strstr(msg, "printed it in B, not in"));
}

static ForeignKind kind(const char *s)
{
    return import_foreign_kind(s, strlen(s));
}

static void test_foreign_kinds(void **state)
{
    (void)state;
    assert_int_equal(kind("{\\rtf1\\ansi\\deff0 {\\fonttbl}}"), FOREIGN_RTF);
    assert_int_equal(kind("\xEF\xBB\xBF\r\n  {\\rtf1}"), FOREIGN_RTF);
    assert_int_equal(kind("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n"), FOREIGN_PDF);
    assert_int_equal(kind("<!DOCTYPE html>\n<html lang=\"vi\">"), FOREIGN_HTML);
    assert_int_equal(kind("\xEF\xBB\xBF<HTML><BODY>"), FOREIGN_HTML);
    assert_int_equal(kind("<?xml version=\"1.0\"?>\n<html xmlns:o=\"urn:x\">"), FOREIGN_HTML);
    assert_int_equal(kind("MIME-Version: 1.0\nContent-Type: multipart/related; b=\"x\"\n"),
                     FOREIGN_MHT);
    assert_int_equal(import_foreign_kind("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0", 10), FOREIGN_DOC);
    /* what import reads */
    assert_int_equal(kind("# KẾ HOẠCH\n\n<table><tr><td>a</td></tr></table>\n"), FOREIGN_NONE);
    assert_int_equal(kind("html và pdf\n"), FOREIGN_NONE);
    assert_int_equal(kind("<table><tr><td>Nơi nhận:</td></tr></table>"), FOREIGN_NONE);
    assert_int_equal(kind("<?xml version=\"1.0\"?>\n<w:document/>"), FOREIGN_NONE);
    assert_int_equal(kind("MIME-Version: 1.0\nContent-Type: text/plain\n"), FOREIGN_NONE);
    assert_int_equal(import_foreign_kind("PK\x03\x04\x14\0", 6), FOREIGN_NONE);
    assert_int_equal(import_foreign_kind("{\\rt", 4), FOREIGN_NONE);
    assert_int_equal(import_foreign_kind("", 0), FOREIGN_NONE);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_dejavu_refused),
        cmocka_unit_test(test_times_like_taken),
        cmocka_unit_test(test_no_font_named),
        cmocka_unit_test(test_many_fonts_listed_four),
        cmocka_unit_test(test_template_font),
        cmocka_unit_test(test_names_as_written),
        cmocka_unit_test(test_names_rest),
        cmocka_unit_test(test_foreign_kinds),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
