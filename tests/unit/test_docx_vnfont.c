/* test_docx_vnfont.c - unit tests of docx_vnfont.c: Vietnamese typed in
 * a TCVN3 (".VnTime") or VNI ("VNI-Times") font, read out of a .docx as
 * Word shows it.
 *
 * Session 23 added docx_vnfont.c (s23foreign) with one suite that imports
 * a few documents; session 24's mutation sweep (s24mut) found its bounds
 * untested through it. A w:t holds the font's 8-bit codes as the
 * Windows-1252 characters Word writes for them; each case here makes
 * that text from a Vietnamese sentence (legacy_from_utf8, then each byte
 * as its Windows-1252 character) and asks for the sentence back: in
 * capitals in a capitals font (".VnTimeH") or with caps; nothing (0) for
 * another font, for a font name that is only the prefix (".Vn",
 * "VNI-"), for text that holds a character outside Windows-1252 (Unicode
 * typed in a font left over) and for ASCII text in a font of lower case;
 * each stretch of the low (ASCII) and high fonts decoded as its own.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "docx_run.h"
#include "legacy.h"
#include "vi.h"

/* The UTF-8 of the Windows-1252 character of byte b ("€" for 0x80, as
 * Word writes it, not the control U+0080 that also reads as 0x80). */
static void put_cp1252(Buf *out, unsigned char b)
{
    unsigned cp = b;
    if (b >= 0x80 && b < 0xA0)
        for (unsigned c = 0x100; c < 0x2200; c++)
            if (legacy_cp1252_byte(c) == b) {
                cp = c;
                break;
            }
    if (cp < 0x80) {
        buf_putc(out, (char)cp);
    } else if (cp < 0x800) {
        buf_putc(out, (char)(0xC0 | cp >> 6));
        buf_putc(out, (char)(0x80 | (cp & 0x3F)));
    } else {
        buf_putc(out, (char)(0xE0 | cp >> 12));
        buf_putc(out, (char)(0x80 | (cp >> 6 & 0x3F)));
        buf_putc(out, (char)(0x80 | (cp & 0x3F)));
    }
}

/* s (UTF-8, NFC) as Word writes it in a w:t of enc's font. */
static void w_t(LegacyEncoding enc, const char *s, Buf *out)
{
    Buf bytes = {0};
    assert_int_equal(legacy_from_utf8(enc, s, strlen(s), &bytes), 0);
    for (size_t i = 0; i < bytes.len; i++)
        put_cp1252(out, (unsigned char)bytes.data[i]);
    buf_putc(out, '\0');
    buf_free(&bytes);
}

static const char *const sentences[] = {
    "Nâng cao đời sống người dân",
    "Ủy ban nhân dân xã Đồng Hưu",
    "ư",                       /* TCVN3's 0xAD, a soft hyphen in Latin-1 */
    "Quyết định số 123/QĐ-UBND", /* ASCII between the letters */
    "Ào ạt À",                  /* TCVN3's "À" is 0x80, Word's "€": three bytes of UTF-8 */
};

/* Each sentence through each font of each encoding, both fonts the same. */
static void round_trip(void **state)
{
    (void)state;
    static const struct {
        const char *font;
        LegacyEncoding enc;
        int capitals;
    } fonts[] = {
        {".VnTime", ENC_TCVN3, 0}, {".VnArial", ENC_TCVN3, 0}, {".vntime", ENC_TCVN3, 0},
        {".VnTimeH", ENC_TCVN3, 1}, {"VNI-Times", ENC_VNI, 0}, {"vni-helve", ENC_VNI, 0},
        {".Vn1", ENC_TCVN3, 0},
    };
    for (size_t f = 0; f < sizeof fonts / sizeof *fonts; f++)
        for (size_t k = 0; k < sizeof sentences / sizeof *sentences; k++)
            for (int caps = 0; caps < 2; caps++) {
                Buf in = {0}, out = {0}, want = {0};
                LegacyEncoding enc = fonts[f].enc;
                /* a capitals font's codes are those of the lower case */
                w_t(enc, sentences[k], &in);
                if (fonts[f].capitals || caps)
                    vi_put_upper(&want, sentences[k]);
                else
                    buf_puts(&want, sentences[k]);
                int r = docx_vnfont_put(fonts[f].font, fonts[f].font, in.data, caps, &out);
                if (r != 1 || out.len != want.len || memcmp(out.data, want.data, want.len))
                    print_error("%s %zu caps %d: %d '%.*s', want '%s'\n", fonts[f].font, k, caps,
                                r, (int)out.len, out.data ? out.data : "", want.data);
                assert_int_equal(r, 1);
                assert_int_equal(out.len, want.len);
                assert_memory_equal(out.data, want.data, want.len);
                buf_free(&in);
                buf_free(&out);
                buf_free(&want);
            }
}

/* Nothing put (0): fonts of no old encoding, names that are only the
 * prefix, Unicode text, ASCII text in a font of lower case. */
static void left(void **state)
{
    (void)state;
    Buf tcvn = {0};
    w_t(ENC_TCVN3, "Nâng cao", &tcvn);
    static const struct {
        const char *low, *high, *s; /* s NULL: the TCVN3 text */
    } rows_[] = {
        {"Times New Roman", "Times New Roman", NULL},
        {NULL, NULL, NULL},
        {".Vn", ".Vn", NULL},
        {"VNI-", "VNI-", NULL},
        {"VNI", "VNI", NULL},
        {"Vn", "Vn", NULL},
        {".VnTime", ".VnTime", "Nâng cao người dân"}, /* "ư" (U+01B0) is no cp1252 code */
        {".VnTime", ".VnTime", "abc 123"},              /* ASCII: nothing to decode */
        {".VnTime", ".VnTime", "a \xF0\x9F\x98\x80"},   /* past the BMP */
        {"VNI-Times", "VNI-Times", "ơ"},
        {".VnTime", ".VnTime", "a \xC3"},               /* cut short */
        {".VnTime", ".VnTime", "a \xE2\x82"},
        {"Arial", ".VnTimeH", "abc"},                   /* ASCII in the low font, not the capitals one */
    };
    for (size_t i = 0; i < sizeof rows_ / sizeof *rows_; i++) {
        Buf out = {0};
        int r = docx_vnfont_put(rows_[i].low, rows_[i].high, rows_[i].s ? rows_[i].s : tcvn.data,
                                0, &out);
        if (r != 0 || out.len)
            print_error("row %zu: %d '%.*s'\n", i, r, (int)out.len, out.data ? out.data : "");
        assert_int_equal(r, 0);
        assert_int_equal(out.len, 0);
        buf_free(&out);
    }
    buf_free(&tcvn);
}

/* The low font (ASCII) and the high font apart: each stretch decoded as
 * its own font's, or kept as written in a font of no old encoding; ASCII
 * in a capitals font upper-cased even when no code passes ASCII. */
static void two_fonts(void **state)
{
    (void)state;
    Buf in = {0}, out = {0};
    /* high font TCVN3, low font Arial: "abc " kept, the codes decoded */
    buf_puts(&in, "abc ");
    w_t(ENC_TCVN3, "đời", &in);
    assert_int_equal(docx_vnfont_put("Arial", ".VnTime", in.data, 0, &out), 1);
    assert_string_equal(out.data, "abc đời");
    buf_reset(&out);
    /* high font Arial: the codes are Latin-1 letters, nothing decoded */
    assert_int_equal(docx_vnfont_put(".VnTime", "Arial", in.data, 0, &out), 0);
    buf_reset(&out);
    /* low font a capitals one, high font VNI: "ABC " then the VNI decoding */
    buf_reset(&in);
    buf_puts(&in, "abc ");
    w_t(ENC_VNI, "đời", &in);
    /* VNI's codes of "đời" hold ASCII letters too ("ñôøi"): those are the
     * low font's, upper-cased; only the high codes are VNI's */
    assert_int_equal(docx_vnfont_put(".VnTimeH", "VNI-Times", in.data, 0, &out), 1);
    assert_true(out.len > 4);
    assert_memory_equal(out.data, "ABC ", 4);
    buf_reset(&out);
    /* ASCII alone in a capitals font: upper-cased */
    assert_int_equal(docx_vnfont_put(".VnArialH", ".VnArialH", "ubnd xa", 0, &out), 1);
    assert_string_equal(out.data, "UBND XA");
    buf_free(&in);
    buf_free(&out);
}

/* docx_para_unicode: whether a paragraph holds a letter only Unicode gives
 * Vietnamese (then none of its runs is read as a legacy font's codes: Word
 * shows Unicode typed in a .VnTime paragraph as it is). Each such letter,
 * after other text (the scan goes on past it), in a run nested in a
 * hyperlink; the letters beside them that are not; text that is no w:t;
 * no text at all. Session 29's mutation sweep: the range's bound at 0xC6
 * made '<', '||' of its list made '&&', the scan's 'continue' made 'break'
 * and the last 'return 0' made 'return 1' each passed every suite. */
static int para_unicode(const char *inner)
{
    char doc[512];
    snprintf(doc, sizeof doc, "<w:p xmlns:w=\"urn:w\">%s</w:p>", inner);
    xmlDoc *d = xmlReadMemory(doc, (int)strlen(doc), "p.xml", "UTF-8", XML_PARSE_NONET);
    assert_non_null(d);
    int r = docx_para_unicode(xmlDocGetRootElement(d));
    xmlFreeDoc(d);
    return r;
}

static void para_unicode_letters(void **state)
{
    (void)state;
    static const char *const yes[] = {"Ă", "ă", "Đ", "đ", "Ĩ", "ĩ", "Ũ", "ũ", "Ơ", "ơ",
                                      "Ư", "ư", "Ạ", "ạ", "ỹ", "Ỹ", "ế"};
    static const char *const no[] = {"é", "Ā", "ā", "Ć", "Ē", "ı", "Ɓ", "ƀ", "Ʈ",
                                     "ǀ", "Ḁ", "ẟ", "Ỻ", "ỻ", "abc", "Ø", "—"};
    char inner[256];
    for (size_t i = 0; i < sizeof yes / sizeof yes[0]; i++) {
        snprintf(inner, sizeof inner, "<w:r><w:t>Kế x %s</w:t></w:r>", yes[i]);
        if (!para_unicode(inner))
            fail_msg("'%s' is a Vietnamese letter of Unicode", yes[i]);
        snprintf(inner, sizeof inner, "<w:r><w:t>a</w:t></w:r><w:hyperlink><w:r><w:t>b %s</w:t>"
                 "</w:r></w:hyperlink>", yes[i]);
        if (!para_unicode(inner))
            fail_msg("'%s' in a hyperlink's run", yes[i]);
    }
    for (size_t i = 0; i < sizeof no / sizeof no[0]; i++) {
        snprintf(inner, sizeof inner, "<w:r><w:t>x %s y</w:t></w:r>", no[i]);
        if (para_unicode(inner))
            fail_msg("'%s' is no letter only Unicode gives Vietnamese", no[i]);
    }
    assert_int_equal(para_unicode("<w:r><w:instrText>ơ</w:instrText></w:r>"), 0);
    assert_int_equal(para_unicode("<w:r><w:rPr><w:b/></w:rPr></w:r>"), 0);
    assert_int_equal(para_unicode(""), 0);
    assert_int_equal(docx_para_unicode(NULL), 0);
}

/* docx_para_unicode of a w:p whose w:t hold the texts runs[] */
static int para_unicode_runs(const char *const *runs)
{
    Buf xml = {0};
    buf_puts(&xml, "<w:p xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">");
    for (size_t i = 0; runs[i]; i++)
        buf_printf(&xml, "<w:r><w:t xml:space=\"preserve\">%s</w:t></w:r>", runs[i]);
    buf_puts(&xml, "</w:p>");
    xmlDocPtr doc = xmlReadMemory(xml.data, (int)xml.len, "p.xml", "UTF-8", XML_PARSE_NONET);
    assert_non_null(doc);
    int r = docx_para_unicode(xmlDocGetRootElement(doc));
    xmlFreeDoc(doc);
    buf_free(&xml);
    return r;
}

/* A paragraph typed in Unicode is Unicode in every run, a run of
 * Windows-1252 letters alone too (s28foreign); a TCVN3 paragraph with a
 * word typed in Unicode is not (each run decides: s29review). */
static void paragraph_unicode(void **state)
{
    (void)state;
    const char *unicode[] = {"N\xC3\xA2ng ", "cao ", "ch\xE1\xBA\xA5t l\xC6\xB0\xE1\xBB\xA3ng ",
                             "500 m\xC2\xB2, 30\xC2\xB0" "C \xC2\xABx\xC2\xBB", NULL};
    assert_int_equal(para_unicode_runs(unicode), 1);
    /* "X©y dùng " "đường " "th«n": TCVN3's codes inside words */
    const char *mixed[] = {"X\xC2\xA9y d\xC3\xB9ng ", "\xC4\x91\xC6\xB0\xE1\xBB\x9Dng ",
                           "th\xC2\xABn", NULL};
    assert_int_equal(para_unicode_runs(mixed), 0);
    /* "LËp" (VNI and TCVN3 letters that Vietnamese has not) beside "đ" */
    const char *mixed2[] = {"L\xC3\x8Bp ", "\xC4\x91", NULL};
    assert_int_equal(para_unicode_runs(mixed2), 0);
    const char *codes[] = {"X\xC2\xA9y d\xC3\xB9ng", NULL}; /* no Unicode letter: none */
    assert_int_equal(para_unicode_runs(codes), 0);
    /* a name of another language in a Unicode paragraph, "Müller", "Peña",
     * "Köln": its letter is no legacy code (it reads back as no syllable),
     * and the paragraph stays Unicode (s30review: "Nõng cao ... cựng
     * Mỹller.") */
    const char *names[] = {"N\xC3\xA2ng ", "cao ", "c\xC3\xB9ng ", "M\xC3\xBCller, Pe\xC3\xB1" "a (K\xC3\xB6ln) ",
                           "\xC4\x91\xC6\xB0\xE1\xBB\x9Dng", NULL};
    assert_int_equal(para_unicode_runs(names), 1);
    /* VNI's "Vieät" (Việt) beside a Unicode word: a legacy code */
    const char *vni[] = {"Vie\xC3\xA4t ", "\xC4\x91", NULL};
    assert_int_equal(para_unicode_runs(vni), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(round_trip),
        cmocka_unit_test(left),
        cmocka_unit_test(two_fonts),
        cmocka_unit_test(para_unicode_letters),
        cmocka_unit_test(paragraph_unicode),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
