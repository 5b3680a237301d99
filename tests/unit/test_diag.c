/* test_diag.c - unit tests of the diagnostics sink (diag.c) and the code
 * registry (codes.c).
 *
 * Each test reports diagnostics into a sink that prints to an in-memory
 * stream (open_memstream) and compares the printed text byte for byte: the
 * header line, the gutter, the source line and the caret line (tabs kept,
 * tildes for the span), sorting by file/line/column/report order, notes,
 * -Werror, suppression (global, by line range, after the fact, never for
 * errors) and the plural forms of the summary. The registry tests check
 * that the table is sorted, unique and complete.
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
#include "diag_impl.h"
#include "util.h"

/* A sink printing into memory. */
typedef struct Capture {
    FILE *stream;
    char *text;
    size_t len;
    DiagSink *sink;
} Capture;

static void capture_open(Capture *cap)
{
    cap->text = NULL;
    cap->len = 0;
    cap->stream = open_memstream(&cap->text, &cap->len);
    assert_non_null(cap->stream);
    cap->sink = diag_new(cap->stream);
}

/* Flushes the sink and returns everything printed so far. */
static const char *capture_flush(Capture *cap)
{
    diag_flush(cap->sink);
    fflush(cap->stream);
    return cap->text ? cap->text : "";
}

static void capture_close(Capture *cap)
{
    diag_free(cap->sink);
    fclose(cap->stream);
    free(cap->text);
}

static SrcPos at(const char *file, int line, int col)
{
    SrcPos pos = {file, line, col};
    return pos;
}

static const char PLAN[] =
    "khgen: 1\n"
    "header:\n"
    "  place: Yên Thế\n"
    "units:\n"
    "  - {id: vpdp, name: VP}\n"
    "body:\n"
    "  - section: A\n"
    "    items:\n"
    "      - task: x\n"
    "        text: y\n"
    "        due: 2024\n"
    "    lead: vpdp2\n";

static void test_format_error_with_caret(void **state)
{
    (void)state;
    Capture cap;
    capture_open(&cap);
    diag_add_source(cap.sink, "plans/x.yaml", PLAN, strlen(PLAN));
    diag_error(cap.sink, at("plans/x.yaml", 12, 11), 5, KH203,
               "unknown unit '%s' (did you mean '%s'?)", "vpdp2", "vpdp");
    assert_string_equal(capture_flush(&cap),
                        "plans/x.yaml:12:11: error[KH203]: unknown unit 'vpdp2' (did you mean 'vpdp'?)\n"
                        "   12 |     lead: vpdp2\n"
                        "      |           ^~~~~\n");
    assert_int_equal(diag_error_count(cap.sink), 1);
    assert_int_equal(diag_warning_count(cap.sink), 0);
    capture_close(&cap);
}

static void test_format_multibyte_column(void **state)
{
    (void)state;
    Capture cap;
    capture_open(&cap);
    diag_add_source(cap.sink, "p.yaml", PLAN, strlen(PLAN));
    /* "  place: Yên Thế": 'T' is character 14 although it is byte 15 */
    diag_warning(cap.sink, at("p.yaml", 3, 14), 3, KH250, "odd place");
    assert_string_equal(capture_flush(&cap),
                        "p.yaml:3:14: warning[KH250]: odd place\n"
                        "    3 |   place: Yên Thế\n"
                        "      |              ^~~\n");
    assert_int_equal(diag_warning_count(cap.sink), 1);
    capture_close(&cap);
}

static void test_tabs_are_kept_in_caret_line(void **state)
{
    (void)state;
    static const char src[] = "a:\n\tlead:\tvpdp2\n";
    Capture cap;
    capture_open(&cap);
    diag_add_source(cap.sink, "t.yaml", src, strlen(src));
    diag_error(cap.sink, at("t.yaml", 2, 8), 5, KH203, "bad");
    assert_string_equal(capture_flush(&cap),
                        "t.yaml:2:8: error[KH203]: bad\n"
                        "    2 | \tlead:\tvpdp2\n"
                        "      | \t     \t^~~~~\n");
    capture_close(&cap);
}

static void test_span_cut_at_end_of_line_and_caret_past_end(void **state)
{
    (void)state;
    static const char src[] = "key: abc\nnext: 1";
    Capture cap;
    capture_open(&cap);
    diag_add_source(cap.sink, "t.yaml", src, strlen(src));
    diag_error(cap.sink, at("t.yaml", 1, 6), 40, KH100, "long span");
    diag_error(cap.sink, at("t.yaml", 2, 10), 0, KH100, "past the end");
    assert_string_equal(capture_flush(&cap),
                        "t.yaml:1:6: error[KH100]: long span\n"
                        "    1 | key: abc\n"
                        "      |      ^~~\n"
                        "t.yaml:2:10: error[KH100]: past the end\n"
                        "    2 | next: 1\n"
                        "      |        ^\n");
    capture_close(&cap);
}

static void test_long_lines_are_cut_around_the_caret(void **state)
{
    (void)state;
    /* one line of 1000 characters: "k: [" then "x," repeated, "y" at 501 */
    char src[1001];
    memcpy(src, "k: [", 4);
    for (int i = 4; i < 1000; i += 2)
        memcpy(src + i, "x,", 2);
    src[500] = 'y';
    src[1000] = '\0';
    Capture cap;
    capture_open(&cap);
    diag_add_source(cap.sink, "long.yaml", src, 1000);
    diag_error(cap.sink, at("long.yaml", 1, 501), 1, KH100, "here");
    diag_error(cap.sink, at("long.yaml", 1, 2), 1, KH100, "start");
    const char *out = capture_flush(&cap);
    /* the window is characters 441..600 for the first, 1..160 for the second */
    Buf expected = {0};
    buf_puts(&expected, "long.yaml:1:2: error[KH100]: start\n    1 | ");
    buf_putn(&expected, src, 160);
    buf_puts(&expected, "...\n      |  ^\n");
    buf_puts(&expected, "long.yaml:1:501: error[KH100]: here\n    1 | ...");
    buf_putn(&expected, src + 440, 160);
    buf_puts(&expected, "...\n      |    ");
    for (int i = 0; i < 60; i++)
        buf_putc(&expected, ' ');
    buf_puts(&expected, "^\n");
    assert_string_equal(out, expected.data);
    buf_free(&expected);
    capture_close(&cap);
}

static void test_crlf_and_bad_bytes_in_source_line(void **state)
{
    (void)state;
    /* a CR before the LF is not printed; an invalid byte and a control
     * character are shown as U+FFFD and count as one character each */
    static const char src[] = "a: b\r\nx: \xff\x01z\r\n";
    Capture cap;
    capture_open(&cap);
    diag_add_source(cap.sink, "t.yaml", src, strlen(src));
    diag_error(cap.sink, at("t.yaml", 2, 6), 1, KH003, "bad byte");
    assert_string_equal(capture_flush(&cap),
                        "t.yaml:2:6: error[KH003]: bad byte\n"
                        "    2 | x: \xEF\xBF\xBD\xEF\xBF\xBDz\n"
                        "      |      ^\n");
    capture_close(&cap);
}

static void test_combining_marks_take_no_room(void **state)
{
    (void)state;
    /* "Hoa" + U+0300 (NFD "Hoà"): 4 characters, 3 columns on screen */
    static const char src[] = "t: Hoa\xCC\x80 x\n";
    Capture cap;
    capture_open(&cap);
    diag_add_source(cap.sink, "t.yaml", src, strlen(src));
    diag_error(cap.sink, at("t.yaml", 1, 9), 1, KH100, "x");
    assert_string_equal(capture_flush(&cap),
                        "t.yaml:1:9: error[KH100]: x\n"
                        "    1 | t: Hoa\xCC\x80 x\n"
                        "      |        ^\n");
    capture_close(&cap);
}

static void test_sorted_by_file_line_col_order(void **state)
{
    (void)state;
    Capture cap;
    capture_open(&cap);
    /* no sources registered: header lines only */
    diag_error(cap.sink, at("b.yaml", 5, 1), 0, KH100, "b5");
    diag_error(cap.sink, at("b.yaml", 2, 3), 0, KH100, "b2c3-first");
    diag_warning(cap.sink, at("b.yaml", 2, 1), 0, KH101, "b2c1");
    diag_error(cap.sink, at("a.yaml", 9, 9), 0, KH100, "a9");
    diag_error(cap.sink, at("b.yaml", 2, 3), 0, KH100, "b2c3-second");
    diag_error(cap.sink, at("b.yaml", 0, 0), 0, KH001, "b-whole");
    assert_string_equal(capture_flush(&cap),
                        "a.yaml:9:9: error[KH100]: a9\n"
                        "b.yaml: error[KH001]: b-whole\n"
                        "b.yaml:2:1: warning[KH101]: b2c1\n"
                        "b.yaml:2:3: error[KH100]: b2c3-first\n"
                        "b.yaml:2:3: error[KH100]: b2c3-second\n"
                        "b.yaml:5:1: error[KH100]: b5\n");
    assert_int_equal(diag_error_count(cap.sink), 5);
    assert_int_equal(diag_warning_count(cap.sink), 1);
    capture_close(&cap);
}

/* diag_compare is qsort's comparison: the sign of each pair, both ways, at
 * each key (none file first, line, column, report order), 0 only for a
 * diagnostic with itself. glibc's qsort is a stable merge sort that only
 * asks whether the left one is greater, so a -1 made 0 or a last key
 * dropped printed the same there (s40mut: diag_order-003, -010, -014,
 * -016 to -020 survived every suite); another C library's qsort (musl's
 * smoothsort) orders by the sign itself. */
static void test_compare_signs(void **state)
{
    (void)state;
    Diag d[6];
    memset(d, 0, sizeof d);
    d[0].pos = (SrcPos){NULL, 9, 9}; /* no file: first, whatever its line */
    d[1].pos = at("a.yaml", 1, 1);
    d[2].pos = at("a.yaml", 2, 1);
    d[3].pos = at("a.yaml", 2, 3);
    d[4].pos = at("a.yaml", 2, 3);
    d[5].pos = at("b.yaml", 1, 1);
    for (int i = 0; i < 6; i++)
        d[i].order = (size_t)(10 - i); /* report order against position order */
    d[4].order = 20;                       /* d[3] reported before d[4] */
    for (int i = 0; i < 6; i++)
        for (int j = 0; j < 6; j++) {
            int c = diag_compare(&d[i], &d[j]);
            if (i == j)
                assert_int_equal(c, 0);
            else
                assert_true(i < j ? c < 0 : c > 0);
        }
}

static void test_flush_forgets_but_counts_stay(void **state)
{
    (void)state;
    Capture cap;
    capture_open(&cap);
    diag_error(cap.sink, at("a.yaml", 1, 1), 0, KH100, "one");
    capture_flush(&cap);
    diag_error(cap.sink, at("a.yaml", 1, 1), 0, KH100, "two");
    assert_string_equal(capture_flush(&cap),
                        "a.yaml:1:1: error[KH100]: one\n"
                        "a.yaml:1:1: error[KH100]: two\n");
    assert_int_equal(diag_error_count(cap.sink), 2);
    capture_close(&cap);
}

static void test_no_position_and_no_file(void **state)
{
    (void)state;
    Capture cap;
    capture_open(&cap);
    diag_error(cap.sink, at("big.yaml", 0, 0), 0, KH002, "too large");
    diag_error(cap.sink, at(NULL, 0, 0), 0, KH901, "cannot create 'out'");
    diag_report(cap.sink, DIAG_ERROR, at("c.yaml", 3, 2), 1, DIAG_NO_CODE, "no code");
    assert_string_equal(capture_flush(&cap),
                        "khgen: error[KH901]: cannot create 'out'\n"
                        "big.yaml: error[KH002]: too large\n"
                        "c.yaml:3:2: error: no code\n");
    capture_close(&cap);
}

static void test_notes_follow_their_diagnostic(void **state)
{
    (void)state;
    static const char src[] = "a: 1\nb: 2\na: 3\n";
    Capture cap;
    capture_open(&cap);
    diag_add_source(cap.sink, "d.yaml", src, strlen(src));
    diag_error(cap.sink, at("d.yaml", 3, 1), 1, KH008, "duplicate key 'a'");
    diag_note(cap.sink, at("d.yaml", 1, 1), "'a' first appears here");
    diag_note(cap.sink, at(NULL, 0, 0), "remove one of them");
    diag_error(cap.sink, at("d.yaml", 2, 1), 1, KH100, "other");
    assert_string_equal(capture_flush(&cap),
                        "d.yaml:2:1: error[KH100]: other\n"
                        "    2 | b: 2\n"
                        "      | ^\n"
                        "d.yaml:3:1: error[KH008]: duplicate key 'a'\n"
                        "    3 | a: 3\n"
                        "      | ^\n"
                        "d.yaml:1:1: note: 'a' first appears here\n"
                        "    1 | a: 1\n"
                        "      | ^\n"
                        "note: remove one of them\n");
    capture_close(&cap);
}

static void test_gutter_widens_for_big_line_numbers(void **state)
{
    (void)state;
    /* 12345 lines: the gutter of that diagnostic and its note is 5 wide */
    size_t n_lines = 12345;
    char *src = malloc(n_lines * 2 + 1);
    for (size_t i = 0; i < n_lines; i++) {
        src[2 * i] = 'x';
        src[2 * i + 1] = '\n';
    }
    src[n_lines * 2] = '\0';
    Capture cap;
    capture_open(&cap);
    diag_add_source(cap.sink, "big.yaml", src, n_lines * 2);
    diag_error(cap.sink, at("big.yaml", 12345, 1), 1, KH100, "far");
    diag_note(cap.sink, at("big.yaml", 7, 1), "near");
    assert_string_equal(capture_flush(&cap),
                        "big.yaml:12345:1: error[KH100]: far\n"
                        " 12345 | x\n"
                        "       | ^\n"
                        "big.yaml:7:1: note: near\n"
                        "     7 | x\n"
                        "       | ^\n");
    capture_close(&cap);
    free(src);
}

static void test_werror(void **state)
{
    (void)state;
    Capture cap;
    capture_open(&cap);
    diag_set_werror(cap.sink, 1);
    diag_warning(cap.sink, at("w.yaml", 1, 1), 0, KH250, "unused unit");
    diag_error(cap.sink, at("w.yaml", 2, 1), 0, KH203, "unknown unit");
    assert_string_equal(capture_flush(&cap),
                        "w.yaml:1:1: error[KH250]: unused unit\n"
                        "w.yaml:2:1: error[KH203]: unknown unit\n");
    assert_int_equal(diag_error_count(cap.sink), 2);
    assert_int_equal(diag_warning_count(cap.sink), 0);
    diag_summary(cap.sink);
    fflush(cap.stream);
    assert_non_null(strstr(cap.text, "2 errors generated.\n"));
    capture_close(&cap);
}

static void test_suppress_global_and_range(void **state)
{
    (void)state;
    Capture cap;
    capture_open(&cap);
    diag_suppress(cap.sink, "KH250", NULL, 0, 0);
    diag_suppress(cap.sink, "KH251", "s.yaml", 10, 20);
    diag_warning(cap.sink, at("s.yaml", 3, 1), 0, KH250, "silenced everywhere");
    diag_note(cap.sink, at("s.yaml", 1, 1), "dropped with its warning");
    diag_warning(cap.sink, at("s.yaml", 10, 1), 0, KH251, "first line of range");
    diag_warning(cap.sink, at("s.yaml", 20, 4), 0, KH251, "last line of range");
    diag_warning(cap.sink, at("s.yaml", 21, 1), 0, KH251, "after the range");
    diag_warning(cap.sink, at("other.yaml", 15, 1), 0, KH251, "other file");
    diag_error(cap.sink, at("s.yaml", 12, 1), 0, KH251, "errors are never silenced");
    assert_string_equal(capture_flush(&cap),
                        "other.yaml:15:1: warning[KH251]: other file\n"
                        "s.yaml:12:1: error[KH251]: errors are never silenced\n"
                        "s.yaml:21:1: warning[KH251]: after the range\n");
    assert_int_equal(diag_warning_count(cap.sink), 2);
    assert_int_equal(diag_error_count(cap.sink), 1);
    capture_close(&cap);
}

static void test_suppress_after_report(void **state)
{
    (void)state;
    Capture cap;
    capture_open(&cap);
    diag_warning(cap.sink, at("s.yaml", 5, 1), 0, KH250, "reported before the rule");
    diag_warning(cap.sink, at("s.yaml", 50, 1), 0, KH250, "outside");
    assert_int_equal(diag_warning_count(cap.sink), 2);
    diag_suppress(cap.sink, "KH250", "s.yaml", 1, 10);
    assert_int_equal(diag_warning_count(cap.sink), 1);
    assert_string_equal(capture_flush(&cap), "s.yaml:50:1: warning[KH250]: outside\n");
    capture_close(&cap);
}

static const char *summary_of(int errors, int warnings)
{
    static char out[256];
    Capture cap;
    capture_open(&cap);
    for (int i = 0; i < errors; i++) /* on lines of their own: a repeat is dropped */
        diag_error(cap.sink, at("s.yaml", i + 1, 1), 0, KH100, "e");
    for (int i = 0; i < warnings; i++)
        diag_warning(cap.sink, at("s.yaml", i + 1, 1), 0, KH250, "w");
    diag_flush(cap.sink);
    fflush(cap.stream);
    size_t before = cap.len;
    diag_summary(cap.sink);
    fflush(cap.stream);
    snprintf(out, sizeof out, "%s", cap.text ? cap.text + before : "");
    capture_close(&cap);
    return out;
}

static void test_summary_plurals(void **state)
{
    (void)state;
    assert_string_equal(summary_of(0, 0), "");
    assert_string_equal(summary_of(1, 0), "1 error generated.\n");
    assert_string_equal(summary_of(2, 0), "2 errors generated.\n");
    assert_string_equal(summary_of(0, 1), "1 warning generated.\n");
    assert_string_equal(summary_of(0, 3), "3 warnings generated.\n");
    assert_string_equal(summary_of(2, 1), "2 errors, 1 warning generated.\n");
    assert_string_equal(summary_of(1, 2), "1 error, 2 warnings generated.\n");
}

static void test_registering_a_source_again_replaces_it(void **state)
{
    (void)state;
    Capture cap;
    capture_open(&cap);
    diag_add_source(cap.sink, "r.yaml", "old\n", 4);
    diag_add_source(cap.sink, "r.yaml", "new\n", 4);
    diag_error(cap.sink, at("r.yaml", 1, 1), 3, KH100, "m");
    assert_string_equal(capture_flush(&cap),
                        "r.yaml:1:1: error[KH100]: m\n"
                        "    1 | new\n"
                        "      | ^~~\n");
    capture_close(&cap);
}

/* ---- the registry ------------------------------------------------------ */

static void test_codes_sorted_unique_complete(void **state)
{
    (void)state;
    size_t count = 0;
    const DiagCode *all = diag_code_all(&count);
    assert_true(count >= 12);
    for (size_t i = 0; i < count; i++) {
        const DiagCode *c = &all[i];
        assert_int_equal(strlen(c->code), 5);
        assert_memory_equal(c->code, "KH", 2);
        assert_true(c->summary && c->summary[0]);
        assert_true(c->explanation && strlen(c->explanation) > 40);
        assert_true(c->example && c->example[0]);
        if (i > 0)
            assert_true(strcmp(all[i - 1].code, c->code) < 0);
        assert_ptr_equal(diag_code_find(c->code), c);
        /* the enum and the table come from codes.def in the same order */
        assert_ptr_equal(diag_code_of((DiagId)i), c);
    }
    assert_int_equal(count, DIAG_CODE_COUNT);
    assert_string_equal(diag_code_of(KH203)->code, "KH203");
    assert_null(diag_code_of(DIAG_NO_CODE));
    assert_null(diag_code_of(DIAG_CODE_COUNT));
}

static void test_loader_codes_registered(void **state)
{
    (void)state;
    static const char *const loader_codes[] = {
        "KH001", "KH002", "KH003", "KH004", "KH005", "KH006", "KH007",
        "KH008", "KH009", "KH010", "KH012", "KH013",
    };
    for (size_t i = 0; i < sizeof loader_codes / sizeof loader_codes[0]; i++) {
        const DiagCode *c = diag_code_find(loader_codes[i]);
        assert_non_null(c);
        assert_int_equal(c->level, DIAG_ERROR);
    }
    /* NFC is normalised silently: no code for it */
    assert_null(diag_code_find("KH011"));
    assert_null(diag_code_find("KH000"));
    assert_null(diag_code_find("nonsense"));
    assert_null(diag_code_find(NULL));
    assert_string_equal(diag_code_find("KH008")->summary, "duplicate key");
}

/* `khgen explain` takes a code as a diagnostic prints it (s30attack):
 * "error[KH809]", with its colon, in Vietnamese; nothing else around it */
static void test_code_find_printed(void **state)
{
    (void)state;
    const DiagCode *kh809 = diag_code_find("KH809");
    assert_non_null(kh809);
    assert_ptr_equal(diag_code_find_printed("KH809"), kh809);
    assert_ptr_equal(diag_code_find_printed("error[KH809]"), kh809);
    assert_ptr_equal(diag_code_find_printed("warning[kh809]:"), kh809);
    assert_ptr_equal(diag_code_find_printed("l\xe1\xbb\x97i[KH809]"), kh809);
    assert_null(diag_code_find_printed("error[KH809"));
    assert_null(diag_code_find_printed("error[KH809]x"));
    assert_null(diag_code_find_printed("error[[KH809]"));
    assert_null(diag_code_find_printed("[]"));
    assert_null(diag_code_find_printed(NULL));
    /* a plan's suppress: names codes, not printed words */
    assert_null(diag_code_find("error[KH809]"));
}

/* The same diagnostic (level, code, position, message) met again is
 * dropped with its notes, also after a flush, and takes no place under the
 * --max-errors cap; one that differs in any of them is kept. */
static void test_repeat_is_reported_once(void **state)
{
    (void)state;
    Capture cap;
    capture_open(&cap);
    diag_set_max_errors(cap.sink, 3); /* the three kept below fit only if no repeat counts */
    for (int i = 0; i < 3; i++) {
        diag_error(cap.sink, at("w.yaml", 1, 5), 0, KH804, "partial '%s' not found", "x");
        diag_note(cap.sink, at("w.yaml", 2, 1), "n");
    }
    assert_string_equal(capture_flush(&cap), "w.yaml:1:5: error[KH804]: partial 'x' not found\n"
                                             "w.yaml:2:1: note: n\n");
    diag_error(cap.sink, at("w.yaml", 1, 5), 0, KH804, "partial '%s' not found", "x");
    diag_error(cap.sink, at("w.yaml", 1, 5), 0, KH804, "partial '%s' not found", "y");
    diag_warning(cap.sink, at("w.yaml", 1, 5), 0, KH250, "partial '%s' not found", "x");
    diag_error(cap.sink, at("w.yaml", 1, 6), 0, KH804, "partial '%s' not found", "x");
    assert_string_equal(capture_flush(&cap), /* what this capture printed in all */
                        "w.yaml:1:5: error[KH804]: partial 'x' not found\n"
                        "w.yaml:2:1: note: n\n"
                        "w.yaml:1:5: error[KH804]: partial 'y' not found\n"
                        "w.yaml:1:5: warning[KH250]: partial 'x' not found\n"
                        "w.yaml:1:6: error[KH804]: partial 'x' not found\n");
    assert_int_equal(diag_error_count(cap.sink), 3);
    assert_int_equal(diag_warning_count(cap.sink), 1);
    capture_close(&cap);
}

/* diag_format as printf, but a quoted value over 80 characters cut to its
 * two ends (diagfmt.c). */
static void test_format_trims_long_quoted_values(void **state)
{
    (void)state;
    char id[401];
    memset(id, 'x', 200);
    memset(id + 200, 'y', 200);
    id[400] = '\0';
    Buf b = {0};
    diag_format(&b, "unknown unit '%s': define it under 'units:'", id);
    char want[200];
    snprintf(want, sizeof want, "unknown unit '%.60s...%.16s': define it under 'units:'", id,
             id + 384);
    assert_string_equal(buf_str(&b), want);
    /* unquoted: the program's own list, whole */
    buf_reset(&b);
    diag_format(&b, "fields: %s", id);
    assert_int_equal(b.len, 8 + 400);
    /* exactly 80 characters (multi-byte) stay whole; 81 are cut */
    char viet[80 * 3 + 4] = "";
    for (int i = 0; i < 80; i++)
        strcat(viet, "đ");
    buf_reset(&b);
    diag_format(&b, "'%s'", viet);
    assert_int_equal(b.len, 2 + 80 * 2);
    strcat(viet, "a");
    buf_reset(&b);
    diag_format(&b, "'%s'", viet);
    assert_int_equal(b.len, 2 + 60 * 2 + 3 + 1 + 15 * 2);
    /* every conversion the messages use, positional ones included */
    buf_reset(&b);
    diag_format(&b, "%d %zu %ld %lld %u %02X %c %g %.*s|%*d|%% %+d %04d %s", -3, (size_t)7,
                -8L, 9LL, 10u, 0xab, 'z', 1.5, 2, "abc", 4, 5, 6, 7, "end");
    assert_string_equal(buf_str(&b), "-3 7 -8 9 10 AB z 1.5 ab|   5|% +6 0007 end");
    buf_reset(&b);
    diag_format(&b, "biểu '%2$s' không có cột '%1$s' (các cột: %3$s)", "n", "b3", "stt, n");
    assert_string_equal(buf_str(&b), "biểu 'b3' không có cột 'n' (các cột: stt, n)");
    buf_free(&b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_format_error_with_caret),
        cmocka_unit_test(test_format_multibyte_column),
        cmocka_unit_test(test_tabs_are_kept_in_caret_line),
        cmocka_unit_test(test_span_cut_at_end_of_line_and_caret_past_end),
        cmocka_unit_test(test_long_lines_are_cut_around_the_caret),
        cmocka_unit_test(test_crlf_and_bad_bytes_in_source_line),
        cmocka_unit_test(test_combining_marks_take_no_room),
        cmocka_unit_test(test_sorted_by_file_line_col_order),
        cmocka_unit_test(test_compare_signs),
        cmocka_unit_test(test_flush_forgets_but_counts_stay),
        cmocka_unit_test(test_no_position_and_no_file),
        cmocka_unit_test(test_notes_follow_their_diagnostic),
        cmocka_unit_test(test_gutter_widens_for_big_line_numbers),
        cmocka_unit_test(test_werror),
        cmocka_unit_test(test_suppress_global_and_range),
        cmocka_unit_test(test_suppress_after_report),
        cmocka_unit_test(test_summary_plurals),
        cmocka_unit_test(test_registering_a_source_again_replaces_it),
        cmocka_unit_test(test_codes_sorted_unique_complete),
        cmocka_unit_test(test_loader_codes_registered),
        cmocka_unit_test(test_code_find_printed),
        cmocka_unit_test(test_format_trims_long_quoted_values),
        cmocka_unit_test(test_repeat_is_reported_once),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
