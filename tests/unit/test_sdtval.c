/* test_sdtval.c - unit tests of docx_sdtval.c: the text Word shows in a
 * content control bound to the document's data (a date picker's value
 * written in its picture, w:dateFormat), for the guards of session 52's
 * surviving mutants docx_sdtval-008 and -167 (session 53).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include "docx_sdtval.h"

/* The text a date picker of picture pic shows for the stored value v
 * (malloc'd), or NULL when docx_sdt_shown does not write it */
static char *shown(const char *pic, const char *v)
{
    char xml[512];
    snprintf(xml, sizeof xml,
             "<w:sdtPr xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
             "<w:date><w:dateFormat w:val=\"%s\"/></w:date></w:sdtPr>",
             pic);
    xmlDoc *doc = xmlReadMemory(xml, (int)strlen(xml), NULL, NULL, XML_PARSE_NONET);
    assert_non_null(doc);
    char *text = docx_sdt_shown(xmlDocGetRootElement(doc), v);
    xmlFreeDoc(doc);
    return text;
}

/* A value that is no xsd:date, its month and day of one digit: Word
 * shows the node's text as stored, never a date read from it (-008 read
 * "2025-1-5" as 5 January 2025, and past the end of its 8 bytes) */
static void not_a_date(void **state)
{
    (void)state;
    char *s = shown("dd/MM/yyyy", "2025-1-5");
    assert_non_null(s);
    assert_string_equal(s, "2025-1-5");
    free(s);
    s = shown("dd/MM/yyyy", "2025-01-05");
    assert_non_null(s);
    assert_string_equal(s, "05/01/2025");
    free(s);
    s = shown("dd/MM/yyyy", "2025-01-05T08:30:00Z");
    assert_non_null(s);
    assert_string_equal(s, "05/01/2025");
    free(s);
}

/* A picture naming the time of day in words, AM/PM, is not written
 * (the words are Windows' of the control's language), wherever it
 * stands: -167 compared 6 bytes of "AM/PM" and wrote "AM/PM" as typed
 * when a space followed it */
static void am_pm(void **state)
{
    (void)state;
    assert_null(shown("h:mm AM/PM", "2025-01-05T08:30:00Z"));
    assert_null(shown("h:mm AM/PM 'ngày' dd/MM/yyyy", "2025-01-05T08:30:00Z"));
    assert_null(shown("h:mm am/pm 'ngày' dd/MM/yyyy", "2025-01-05T08:30:00Z"));
    char *s = shown("HH:mm 'ngày' dd/MM/yyyy", "2025-01-05T08:30:00Z");
    assert_non_null(s);
    assert_string_equal(s, "08:30 ngày 05/01/2025");
    free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(not_a_date),
        cmocka_unit_test(am_pm),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
