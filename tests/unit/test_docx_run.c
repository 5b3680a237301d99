/* test_docx_run.c - unit tests of docx_run.c's fields: which field codes
 * are page numbers (docx_page_field), and what a paragraph's runs show of
 * a field's saved result (docx_run_piece over w:fldChar, w:instrText and
 * w:t): a PAGE field's "7" is the page's, not the plan's text (s33low,
 * s32attack's "Trang 7"), its code split over runs as Word writes it as
 * it is typed; any other field's result ("HYPERLINK", "DATE") is shown;
 * a page field that never ends keeps the rest of its paragraph (s35low).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "docx_run.h"

static void page_codes(void **state)
{
    (void)state;
    assert_int_equal(docx_page_field("PAGE"), 1);
    assert_int_equal(docx_page_field(" PAGE   \\* MERGEFORMAT "), 1);
    assert_int_equal(docx_page_field("page"), 1);
    assert_int_equal(docx_page_field("NUMPAGES"), 1);
    assert_int_equal(docx_page_field("SECTIONPAGES \\* Arabic"), 1);
    assert_int_equal(docx_page_field("PAGEREF _Toc1 \\h"), 0); /* a reference's page: the TOC's */
    assert_int_equal(docx_page_field("PAGES"), 0);
    assert_int_equal(docx_page_field("DATE \\@ \"dd/MM/yyyy\""), 0);
    assert_int_equal(docx_page_field("SECTION"), 0);
    assert_int_equal(docx_page_field(""), 0);
    assert_int_equal(docx_page_field(NULL), 0);
}

/* What the runs of the w:p in xml show, each run's children in turn. */
static void shown(const char *xml, Buf *out)
{
    xmlDoc *doc = xmlReadMemory(xml, (int)strlen(xml), "p.xml", NULL, XML_PARSE_NONET);
    assert_non_null(doc);
    DocxFields f;
    memset(&f, 0, sizeof f);
    for (const xmlNode *r = xmlDocGetRootElement(doc)->children; r; r = r->next)
        for (const xmlNode *t = r->children; t; t = t->next)
            if (t->type == XML_ELEMENT_NODE)
                docx_run_piece(&f, t, NULL, NULL, 0, out);
    docx_fields_end(&f, out); /* a page field never ended: what it held */
    xmlFreeDoc(doc);
}

static void page_result(void **state)
{
    (void)state;
    Buf out = {0};
    shown("<p><r><t xml:space=\"preserve\">Trang </t></r><r><fldChar fldCharType=\"begin\"/></r>"
          "<r><instrText> PA</instrText></r><r><instrText>GE \\* MERGEFORMAT</instrText></r>"
          "<r><fldChar fldCharType=\"separate\"/></r><r><t xml:space=\"preserve\">7</t></r>"
          "<r><fldChar fldCharType=\"end\"/></r><r><t xml:space=\"preserve\">/</t></r>"
          "<r><fldChar fldCharType=\"begin\"/></r><r><instrText>NUMPAGES</instrText></r>"
          "<r><fldChar fldCharType=\"separate\"/></r><r><t xml:space=\"preserve\">9</t></r>"
          "<r><fldChar fldCharType=\"end\"/></r><r><t xml:space=\"preserve\"> tr.</t></r></p>", &out);
    assert_string_equal(buf_str(&out), "Trang / tr.");
    buf_free(&out);
    /* another field's result is the text Word shows */
    shown("<p><r><t xml:space=\"preserve\">Xem </t></r><r><fldChar fldCharType=\"begin\"/></r>"
          "<r><instrText>HYPERLINK \"http://a.vn\"</instrText></r>"
          "<r><fldChar fldCharType=\"separate\"/></r><r><t xml:space=\"preserve\">trang 7</t></r>"
          "<r><fldChar fldCharType=\"end\"/></r></p>", &out);
    assert_string_equal(buf_str(&out), "Xem trang 7");
    buf_free(&out);
    /* a page field inside another field's result: its number alone left out */
    shown("<p><r><fldChar fldCharType=\"begin\"/></r><r><instrText>QUOTE x</instrText></r>"
          "<r><fldChar fldCharType=\"separate\"/></r><r><t xml:space=\"preserve\">Trang </t></r>"
          "<r><fldChar fldCharType=\"begin\"/></r><r><instrText>PAGE</instrText></r>"
          "<r><fldChar fldCharType=\"separate\"/></r><r><t xml:space=\"preserve\">3</t></r>"
          "<r><fldChar fldCharType=\"end\"/></r><r><t xml:space=\"preserve\"> hết</t></r>"
          "<r><fldChar fldCharType=\"end\"/></r></p>", &out);
    assert_string_equal(buf_str(&out), "Trang  hết");
    buf_free(&out);
}

/* A field code's word is gathered for the 32 fields of a paragraph its
 * arrays hold, never past them: a code read 33 fields deep, or outside
 * any field (a stray w:instrText), is no field's and changes nothing
 * (docx_run-027 of s34mut: "depth > 32 && result", the word written into
 * word[32], over the depth; docx_run-026: "depth < 1 && depth > 32",
 * result[-1] read and word[-1] written, the sanitizers' build stops) */
static void deep_codes(void **state)
{
    (void)state;
    Buf out = {0}, xml = {0};
    buf_puts(&xml, "<p>");
    for (int k = 0; k < 33; k++)
        buf_puts(&xml, "<r><fldChar fldCharType=\"begin\"/></r>");
    buf_puts(&xml, "<r><instrText>PAGE</instrText></r>");
    for (int k = 0; k < 33; k++)
        buf_puts(&xml, "<r><fldChar fldCharType=\"end\"/></r>");
    buf_puts(&xml, "<r><t xml:space=\"preserve\">hết</t></r></p>");
    shown(buf_str(&xml), &out);
    assert_string_equal(buf_str(&out), "hết");
    buf_free(&out);
    buf_free(&xml);
    shown("<p><r><instrText>PAGE</instrText></r><r><t xml:space=\"preserve\">Trang 2</t></r></p>", &out);
    assert_string_equal(buf_str(&out), "Trang 2");
    buf_free(&out);
    /* the 32nd field's code of 16 letters or more: its word keeps 15 and
     * its end inside word[31] (docx_run-034: have + 1 <= 16 wrote the end
     * past it, over the depth: the fields above it lost, the innermost
     * result "x" shown inside the codes of the fields around it) */
    buf_puts(&xml, "<p>");
    for (int k = 0; k < 32; k++)
        buf_puts(&xml, "<r><fldChar fldCharType=\"begin\"/></r>");
    buf_puts(&xml, "<r><instrText>HYPERLINKABCDEFGH</instrText></r><r><fldChar fldCharType=\"separate\"/></r>"
                   "<r><t xml:space=\"preserve\">x</t></r>");
    for (int k = 0; k < 32; k++)
        buf_puts(&xml, "<r><fldChar fldCharType=\"end\"/></r>");
    buf_puts(&xml, "<r><t xml:space=\"preserve\">hết</t></r></p>");
    shown(buf_str(&xml), &out);
    assert_string_equal(buf_str(&out), "hết");
    buf_free(&out);
    buf_free(&xml);
}

/* A field's word is its own, ended where its code ends: NUMPAGES then
 * PAGE at the same depth is "PAGE", not "PAGEAGES" (docx_run-050 of
 * s34mut: the word's end not written, the page's number "7" shown) */
static void word_ends(void **state)
{
    (void)state;
    Buf out = {0};
    shown("<p><r><fldChar fldCharType=\"begin\"/></r><r><instrText>NUMPAGES</instrText></r>"
          "<r><fldChar fldCharType=\"separate\"/></r><r><t xml:space=\"preserve\">9</t></r>"
          "<r><fldChar fldCharType=\"end\"/></r><r><t xml:space=\"preserve\"> trang, trang </t></r>"
          "<r><fldChar fldCharType=\"begin\"/></r><r><instrText>PAGE</instrText></r>"
          "<r><fldChar fldCharType=\"separate\"/></r><r><t xml:space=\"preserve\">7</t></r>"
          "<r><fldChar fldCharType=\"end\"/></r></p>", &out);
    assert_string_equal(buf_str(&out), " trang, trang ");
    buf_free(&out);
}

/* A page field whose `end` is missing (a damaged file): the rest of its
 * paragraph was held as its result and dropped without a word; it is
 * kept (s34review's LOW, s35low), less the saved number, the page's as
 * an ended field's (s35low's leftover, s36imp). An `end` in a
 * hidden run ends the field (docx_hidden_fields): the number alone left
 * out. */
static void open_page_field(void **state)
{
    (void)state;
    Buf out = {0};
    shown("<p><r><t xml:space=\"preserve\">ở trang </t></r><r><fldChar fldCharType=\"begin\"/></r>"
          "<r><instrText>PAGE</instrText></r><r><fldChar fldCharType=\"separate\"/></r>"
          "<r><t>3</t></r><r><t xml:space=\"preserve\"> và phân công</t></r></p>", &out);
    assert_string_equal(buf_str(&out), "ở trang  và phân công");
    buf_free(&out);
    /* a result whose first run is words, not a page's number: kept whole */
    shown("<p><r><fldChar fldCharType=\"begin\"/></r><r><instrText>PAGE</instrText></r>"
          "<r><fldChar fldCharType=\"separate\"/></r><r><t>Xem</t></r><r><t xml:space=\"preserve\"> tiếp</t></r></p>",
          &out);
    assert_string_equal(buf_str(&out), "Xem tiếp");
    buf_free(&out);
    /* its end in a hidden run, read by docx_hidden_fields: ended there */
    static const char *const xml[] = {"<r><fldChar fldCharType=\"begin\"/><instrText>PAGE</instrText>"
                                      "<fldChar fldCharType=\"separate\"/><t>3</t></r>",
                                      "<r><fldChar fldCharType=\"end\"/></r>"};
    xmlDoc *run = xmlReadMemory(xml[0], (int)strlen(xml[0]), "r.xml", NULL, XML_PARSE_NONET);
    xmlDoc *hidden = xmlReadMemory(xml[1], (int)strlen(xml[1]), "h.xml", NULL, XML_PARSE_NONET);
    assert_non_null(run);
    assert_non_null(hidden);
    DocxFields f;
    memset(&f, 0, sizeof f);
    for (const xmlNode *t = xmlDocGetRootElement(run)->children; t; t = t->next)
        docx_run_piece(&f, t, NULL, NULL, 0, &out);
    docx_hidden_fields(&f, xmlDocGetRootElement(hidden));
    buf_puts(&out, " hết"); /* the paragraph's text after it */
    docx_fields_end(&f, &out);
    assert_string_equal(buf_str(&out), " hết");
    buf_free(&out);
    xmlFreeDoc(run);
    xmlFreeDoc(hidden);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(page_codes),
        cmocka_unit_test(page_result),
        cmocka_unit_test(deep_codes),
        cmocka_unit_test(word_ends),
        cmocka_unit_test(open_page_field),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
