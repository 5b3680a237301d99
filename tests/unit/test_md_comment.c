/* test_md_comment.c - unit tests of md_comment.c: the HTML comments over
 * several lines of a .md that import takes out, and what it leaves.
 *
 * attack22 H1 imports the README's example with a comment inside a
 * bullet, a block comment over a heading and five guards; session 23's
 * mutation sweep found most of md_comment.c's bounds untested through
 * it. Each row below is what CommonMark (cmark, pandoc) shows: a comment
 * that begins a line (up to three spaces in: an HTML block) goes, its
 * lines left empty; one inside a paragraph goes, the paragraph's lines
 * joined and the lines given back at the next blank line (or the end);
 * what a reader shows as text stays: a comment on one line (import_mdhtml
 * reads it), after a backslash, in a code span, in a fenced code block,
 * in a table's row or an ATX heading, past a blank line inside a
 * paragraph, or never closed.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "md_comment.h"

/* imp_md_comments, where a "<!--" never closed was found left aside */
static int comments(const char *s, size_t len, Buf *out)
{
    size_t unclosed;
    return imp_md_comments(s, len, out, &unclosed);
}

static const struct {
    const char *in;
    const char *out; /* NULL: nothing taken out (0 returned, out untouched) */
} cases[] = {
    /* nothing to take out */
    {"", NULL},
    {"a b c", NULL},
    {"a <!-- x --> b\n", NULL},         /* one line: import_mdhtml.c's */
    {"a <!-- b\nc", NULL},              /* never closed */
    {"<!--", NULL},
    {"a <!-- x\n\ny --> b", NULL},      /* a blank line inside the paragraph */
    {"a <!-- x\n \t\ny --> b", NULL},   /* a line of blanks is blank */
    {"\\<!-- x\ny -->", NULL},          /* escaped */
    {"a \\<!-- x\ny --> b", NULL},
    {"`<!-- x`\ny -->", NULL},          /* in a code span */
    {"``a`<!--``\nb -->", NULL},        /* a span of two backticks over a lone one */
    {"`a` `<!-- x`\ny -->", NULL},      /* the line's second span */
    {"| a <!-- x\ny --> |", NULL},      /* a table's row */
    {"# a <!-- x\ny -->", NULL},        /* an ATX heading */
    {"```\n<!--\n```\n-->", NULL},      /* a fenced code block */
    {"a\n~~~\n<!--\n~~~\n-->", NULL},
    {"   ```\n<!--\n```\n-->", NULL},   /* a fence three spaces in */
    {"a <!--> b <!---> c\nd", NULL},    /* comments ended where they begin */
    /* block comments: their lines stay, empty */
    {"a\n\n<!--\n# h\n-->\nb\n", "a\n\n\n\n\nb\n"},
    {"<!--\n\nx\n-->", "\n\n\n"},       /* a blank line inside a block */
    {"   <!--\nx\n-->", "   \n\n"},      /* three spaces in */
    {"p\n   <!--\nx\n-->\nq", "p\n   \n\n\nq"}, /* a block interrupts a paragraph */
    {"<!--\nx\n--> tail", "\n\n tail"},
    {"<!-- a -->\n<!-- b\nc -->", "<!-- a -->\n\n"},
    /* inside a paragraph: joined, the lines given back at its end */
    {"Ab <!-- x\ny --> cd\nef\n\ng", "Ab cd\nef\n\n\ng"},
    {"a <!-- x\ny -->\nb\n\nc", "a \nb\n\n\nc"},
    {"a <!-- x\ny -->   b", "a b\n"},      /* one space where it stood */
    {"a <!-- x\n-->", "a \n"},
    {"p\n    <!-- a\nb -->\nq", "p\n    \nq\n"}, /* four spaces in: the paragraph's line */
    {"a <!-- 1\n2 --> b <!-- 3\n4 --> c\n\nd", "a b c\n\n\n\nd"},
    {"\\\\<!-- x\ny -->", "\\\\\n"},   /* an escaped backslash: the '<' is not */
    {"`a <!-- x\ny -->", "`a \n"},       /* a backtick never closed is text */
    {"`x` <!-- y\nz -->", "`x` \n"},     /* after a closed span */
    {"a <!--> b <!-- c\nd --> e", "a <!--> b e\n"},
    {"a <!---> b <!-- c\nd --> e", "a <!---> b e\n"},
    {"x\n```\n<!--\n```\ny <!-- a\nb --> z", "x\n```\n<!--\n```\ny z\n"},
    {"a\n  ~~~~\n<!-- a\nb -->\n~~~\nc <!-- d\ne -->", "a\n  ~~~~\n<!-- a\nb -->\n~~~\nc \n"},
    /* a blank line before one comment's "-->", none before a later one's */
    {"p <!-- a\n\nq\nr <!-- b\nc --> d", "p <!-- a\n\nq\nr d\n"},
    /* "-->" only: not "-c>" */
    {"a <!-- b -c> d\ne --> f", "a f\n"},
    /* a comment after one that a reader shows as text, on the same line */
    {"a `<!-- x` <!-- y\nz --> b", "a `<!-- x` b\n"},
    {"a \\<!-- x <!-- y\nz --> b", "a \\<!-- x b\n"},
};

static void rows(void **state)
{
    (void)state;
    size_t wrong = 0;
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        Buf out = {0};
        buf_puts(&out, "kept");
        int r = comments(cases[i].in, strlen(cases[i].in), &out);
        const char *want = cases[i].out ? cases[i].out : "kept";
        if (r != (cases[i].out != NULL) || out.len != strlen(want) ||
            memcmp(out.data, want, out.len) != 0) {
            print_error("row %zu: %d '%.*s', want %d '%s'\n", i, r, (int)out.len, out.data,
                        cases[i].out != NULL, want);
            wrong++;
        }
        buf_free(&out);
    }
    assert_int_equal(wrong, 0);
}

/* A line of more than 256 backtick runs is not worked out: its comment
 * stays as written; at 256 runs (128 spans, the comment after them) it
 * goes. */
static void many_ticks(void **state)
{
    (void)state;
    for (int runs = 256; runs <= 257; runs++) {
        Buf in = {0}, out = {0};
        for (int k = 0; k < runs; k++)
            buf_puts(&in, "`a");
        buf_puts(&in, " <!-- x\ny -->");
        int r = comments(in.data, in.len, &out);
        assert_int_equal(r, runs == 256);
        buf_free(&in);
        buf_free(&out);
    }
}

/* A line of too many runs is one line: the next paragraph's comment
 * goes; the spans of 300 lines, each worked out, are each line's own. */
static void lines_apart(void **state)
{
    (void)state;
    Buf in = {0}, out = {0}, want = {0};
    for (int k = 0; k < 257; k++)
        buf_puts(&in, "`a");
    buf_puts(&in, " <!-- x\ny -->\n\n");
    buf_putn(&want, in.data, in.len);
    buf_puts(&in, "b <!-- c\nd --> e");
    buf_puts(&want, "b e\n");
    assert_int_equal(comments(in.data, in.len, &out), 1);
    assert_int_equal(out.len, want.len);
    assert_memory_equal(out.data, want.data, want.len);
    buf_reset(&in);
    buf_reset(&out);
    for (int k = 0; k < 300; k++)
        buf_puts(&in, "`a` `b` <!-- c\n");
    buf_puts(&in, "\n-->\nx <!-- y\nz --> w");
    assert_int_equal(comments(in.data, in.len, &out), 1);
    assert_true(out.len > 5);
    assert_memory_equal(out.data + out.len - 5, "\nx w\n", 5);
    buf_free(&in);
    buf_free(&out);
    buf_free(&want);
}

/* 128 code spans on a line (its most), the comment between the tenth and
 * the eleventh: in none of them, it goes. */
static void many_spans(void **state)
{
    (void)state;
    Buf in = {0}, out = {0}, want = {0};
    for (int k = 0; k < 10; k++)
        buf_puts(&in, "`a` ");
    buf_putn(&want, in.data, in.len);
    buf_puts(&in, "<!-- c ");
    for (int k = 10; k < 128; k++)
        buf_puts(&in, "`b` ");
    buf_puts(&in, "\ny --> z");
    buf_puts(&want, "z\n");
    assert_int_equal(comments(in.data, in.len, &out), 1);
    assert_int_equal(out.len, want.len);
    assert_memory_equal(out.data, want.data, want.len);
    buf_free(&in);
    buf_free(&out);
    buf_free(&want);
}

/* The first "<!--" never closed that a reader shows as one (KH766): not
 * one in a code span or after a backslash, but one after them. */
static void unclosed_at(void **state)
{
    (void)state;
    static const struct {
        const char *in;
        size_t at; /* (size_t)-1: none */
    } rows_[] = {
        {"a <!-- b", 2},
        {"`<!--` c", (size_t)-1},
        {"\\<!-- c", (size_t)-1},
        {"`<!--` <!-- c", 7},
        {"\\<!-- <!-- c", 6},
        {"a <!-- b -->", (size_t)-1},
    };
    for (size_t i = 0; i < sizeof rows_ / sizeof *rows_; i++) {
        Buf out = {0};
        size_t at = 0;
        imp_md_comments(rows_[i].in, strlen(rows_[i].in), &out, &at);
        if (at != rows_[i].at)
            print_error("row %zu: at %zu, want %zu\n", i, at, rows_[i].at);
        assert_int_equal(at, rows_[i].at);
        buf_free(&out);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(rows),
        cmocka_unit_test(many_ticks),
        cmocka_unit_test(many_spans),
        cmocka_unit_test(lines_apart),
        cmocka_unit_test(unclosed_at),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
