/* test_docx_rels.c - unit tests of docx_rels.c: a relationship's target
 * resolved to a zip name, and the notes, comments, numbering and styles
 * parts found through the main part's relationships by type.
 *
 * Session 25 added docx_rels.c (s25fixlow) with a suite that imports
 * whole documents (fixlow25.sh); session 26's mutation sweep (s26mut)
 * found its bounds untested through them: a target's "." and ".." steps
 * at the package's root, empty steps, an absolute target, a folder of
 * two steps; a relationship that is external, has no target, an empty
 * one, no type or one of no known type, a second of a type (the first
 * counts), an element that is no Relationship; a relationships part that
 * is missing (the usual names, status 0) or damaged (status -1 and a
 * diagnostic).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>
#include <zip.h>

#include "docx_rels.h"

static void resolve(void **state)
{
    (void)state;
    static const char *const rows[][3] = {
        {"word/", "notes/fn.xml", "word/notes/fn.xml"},
        {"word/", "/word/num/n.xml", "word/num/n.xml"},
        {"word/", "../word/c/cm.xml", "word/c/cm.xml"},
        {"word/", "./st.xml", "word/st.xml"},
        {"word/", "../../x.xml", "x.xml"},
        {"word/", "a//b.xml", "word/a/b.xml"},
        {"word/", "a/../b.xml", "word/b.xml"},
        {"word/", "a/..", "word/"},
        {"word/", "..", ""},
        {"word/", ".x/..y/...", "word/.x/..y/..."},
        {"word/", "/", ""},
        {"word/", "", "word/"},
        {"word/", "a/", "word/a/"},
        {"", "x.xml", "x.xml"},
        {"", "../x.xml", "x.xml"},
        {"word/sub/", "../a.xml", "word/a.xml"},
        {"word/sub/", "../../a.xml", "a.xml"},
    };
    Arena *arena = arena_new();
    for (size_t i = 0; i < sizeof rows / sizeof *rows; i++) {
        const char *got = docx_rel_resolve(arena, rows[i][0], rows[i][1]);
        if (strcmp(got, rows[i][2]) != 0)
            print_error("row %zu: '%s' + '%s' gave '%s', want '%s'\n", i, rows[i][0], rows[i][1],
                        got, rows[i][2]);
        assert_string_equal(got, rows[i][2]);
    }
    arena_free(arena);
}

#define PR "http://schemas.openxmlformats.org/package/2006/relationships"
#define REL "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"

/* A zip file of one part, word/_rels/document.xml.rels holding rels (none
 * when NULL), opened; its name in path (unlinked by the caller). */
static zip_t *package(char *path, const char *rels)
{
    strcpy(path, "/tmp/khgen-test-rels-XXXXXX");
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    close(fd);
    int err = 0;
    zip_t *z = zip_open(path, ZIP_TRUNCATE, &err);
    assert_non_null(z);
    const char *body = rels ? rels : "<x/>";
    zip_source_t *src = zip_source_buffer(z, body, strlen(body), 0);
    assert_true(zip_file_add(z, rels ? "word/_rels/document.xml.rels" : "word/other.xml", src,
                             ZIP_FL_ENC_UTF_8) >= 0);
    assert_int_equal(zip_close(z), 0);
    z = zip_open(path, ZIP_RDONLY, &err);
    assert_non_null(z);
    return z;
}

static int parts_of(const char *rels, const char **part, Arena *arena, int *errors)
{
    char path[64];
    zip_t *z = package(path, rels);
    FILE *sink = fopen("/dev/null", "w");
    DiagSink *diags = diag_new(sink);
    int r = docx_rel_parts(arena, diags, "t.docx", z, "word/_rels/document.xml.rels", "word/", part,
                           NULL);
    *errors = diag_error_count(diags);
    diag_free(diags);
    fclose(sink);
    zip_close(z);
    unlink(path);
    return r;
}

static void parts(void **state)
{
    (void)state;
    Arena *arena = arena_new();
    const char *part[DOCX_N_RELPARTS];
    int errors = 0;
    /* each type once, each rule of the pass at its bound */
    const char *rels =
        "<?xml version=\"1.0\"?><Relationships xmlns=\"" PR "\">"
        "<Other Id=\"r0\" Type=\"" REL "footnotes\" Target=\"not/this.xml\"/>"
        "<Relationship Id=\"r1\" Type=\"" REL "footnotes\" Target=\"https://x.vn/fn.xml\" TargetMode=\"External\"/>"
        "<Relationship Id=\"r2\" Type=\"" REL "footnotes\" Target=\"\"/>"
        "<Relationship Id=\"r3\" Type=\"" REL "footnotes\"/>"
        "<Relationship Id=\"r4\" Target=\"none/type.xml\"/>"
        "<Relationship Id=\"r5\" Type=\"footnotes\" Target=\"no/slash.xml\"/>"
        "<Relationship Id=\"r6\" Type=\"" REL "footnotesx\" Target=\"other/type.xml\"/>"
        "<Relationship Id=\"r7\" Type=\"" REL "footnotes\" Target=\"notes/fn.xml\" TargetMode=\"Internal\"/>"
        "<Relationship Id=\"r8\" Type=\"" REL "footnotes\" Target=\"second/fn.xml\"/>"
        "<Relationship Id=\"r9\" Type=\"http://purl.oclc.org/ooxml/officeDocument/relationships/endnotes\" Target=\"/e/en.xml\"/>"
        "<Relationship Id=\"r10\" Type=\"" REL "comments\" Target=\"../c.xml\"/>"
        "<Relationship Id=\"r11\" Type=\"" REL "styles\" Target=\"s.xml\"/>"
        "</Relationships>";
    assert_int_equal(parts_of(rels, part, arena, &errors), 0);
    assert_int_equal(errors, 0);
    assert_string_equal(part[DOCX_FOOTNOTES], "word/notes/fn.xml");
    assert_string_equal(part[DOCX_ENDNOTES], "e/en.xml");
    assert_string_equal(part[DOCX_COMMENTS], "c.xml");
    assert_string_equal(part[DOCX_NUMBERING], "word/numbering.xml"); /* none named: the usual */
    assert_string_equal(part[DOCX_STYLES], "word/s.xml");
    /* no relationships part: the usual names, no error */
    assert_int_equal(parts_of(NULL, part, arena, &errors), 0);
    assert_int_equal(errors, 0);
    static const char *const usual[] = {"word/footnotes.xml", "word/endnotes.xml", "word/comments.xml",
                                        "word/numbering.xml", "word/styles.xml"};
    for (int k = 0; k < DOCX_N_RELPARTS; k++)
        assert_string_equal(part[k], usual[k]);
    /* a damaged one: -1 after an error, the usual names still */
    assert_int_equal(parts_of("<Relationships><Relationship", part, arena, &errors), -1);
    assert_int_equal(errors, 1);
    for (int k = 0; k < DOCX_N_RELPARTS; k++)
        assert_string_equal(part[k], usual[k]);
    arena_free(arena);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(resolve),
        cmocka_unit_test(parts),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
