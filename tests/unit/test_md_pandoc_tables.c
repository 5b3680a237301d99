/* test_md_pandoc_tables.c - unit tests of md_pandoc_tables.c: pandoc's
 * own Markdown tables (grid, multiline, simple) rewritten as the HTML
 * tables pandoc's GitHub Markdown writes for them, for import.
 *
 * Session 23 added md_pandoc_tables.c (s23foreign) with suites that import
 * whole documents; session 24's mutation sweep (s24mut) found most of its
 * bounds untested through them. Each row is a text and what
 * imp_md_pandoc_tables makes of it, the tables checked against what
 * `pandoc -f markdown -t html` shows: a grid table's cells, a cell's
 * lines joined and its blank lines ending a paragraph, a rule whose '+'
 * do not stand over the bars or a table of no row left as written, one
 * whose last row has no closing rule read as pandoc reads it (a table);
 * a simple or multiline table's columns from its dash groups
 * (three dashes or more, two groups or more, up to three spaces in), its
 * header over several lines, its rows a line (simple) or apart by blank
 * lines (multiline); characters, not bytes, for the columns of
 * Vietnamese text; the HTML escaped. Every row keeps the text's line
 * count (import's diagnostics name the drafter's lines).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "import.h"

static const struct {
    const char *in;
    const char *out; /* NULL: no table (0 returned, out untouched) */
} cases[] = {
    {"+-----+-----+\n| a   | b   |\n+=====+=====+\n| 1   | 2   |\n+-----+-----+", "<table><tr><td><p>a</p></td><td><p>b</p></td></tr>\n<tr><td><p>1</p></td><td><p>2</p></td></tr>\n</table>\n\n"},
    {"+-----+-----+\n| a   | b   |\n| c   |     |\n|     | d   |\n+-----+-----+", "<table><tr><td><p>a c</p></td><td><p>b</p><p>d</p></td></tr>\n</table>\n\n\n"},
    {"+-----+-----+\n| a   | b   |\n+-----+-----+", "<table><tr><td><p>a</p></td><td><p>b</p></td></tr>\n</table>\n"},
    {"+-----+-----+\n| a   | b   |", "<table><tr><td><p>a</p></td><td><p>b</p></td></tr>\n</table>\n"}, /* no closing rule: pandoc reads it */
    {"+-----+-----+\n| a   | b   |\n+------+----+", NULL},
    {"+-----+-----+\n| a     b   |\n+-----+-----+", NULL},
    {"+---++\n| a |\n+---+", NULL},
    {"++", NULL},
    {"+-+\n|a|\n+-+", "<table><tr><td><p>a</p></td></tr>\n</table>\n"},
    {"x\n+-----+-----+\n| a   | b   |\n+-----+-----+", NULL},
    {"+:----+----:+\n| a   | b   |\n+-----+-----+", "<table><tr><td><p>a</p></td><td><p>b</p></td></tr>\n</table>\n"},
    {"+-----+-----+\n| ă   | ơ   |\n+-----+-----+", "<table><tr><td><p>ă</p></td><td><p>ơ</p></td></tr>\n</table>\n"},
    {"+-----+-----+\n| a   | b   |\n\n+-----+-----+", "<table><tr><td><p>a</p></td><td><p>b</p></td></tr>\n</table>\n\n+-----+-----+"},
    {"+-----+-----+  \n| a   | b   |\n+-----+-----+", "<table><tr><td><p>a</p></td><td><p>b</p></td></tr>\n</table>\n"},
    {"+-----+-----+\n| ![](x.png) | b   |\n+-----+-----+", NULL},
    {"+-------+-------+\n| a & b | <c>   |\n+-------+-------+", "<table><tr><td><p>a &amp; b</p></td><td><p>&lt;c&gt;</p></td></tr>\n</table>\n"},
    {"  a     b\n----- -----\n  1     2\n  3     4\n\nx", "<table><tr><td><p>a</p></td><td><p>b</p></td></tr>\n<tr><td><p>1</p></td><td><p>2</p></td></tr>\n<tr><td><p>3</p></td><td><p>4</p></td></tr>\n</table>\n\nx"},
    {"  a     b\n----- -----\n  1     2", "<table><tr><td><p>a</p></td><td><p>b</p></td></tr>\n<tr><td><p>1</p></td><td><p>2</p></td></tr>\n</table>\n"},
    {"-------------\n  a     b\n----- -----\n  1     2\n  x     \n\n  3     4\n-------------", "<table><tr><td><p>a</p></td><td><p>b</p></td></tr>\n<tr><td><p>1 x</p></td><td><p>2</p></td></tr>\n<tr><td><p>3</p></td><td><p>4</p></td></tr>\n</table>\n\n\n\n"},
    {"-------------\n  a     b\n----- -----\n  1     2", NULL},
    /* headers alone, as pandoc writes a Word table of no rows (an empty
     * Biểu): its headers, as LibreOffice shows the Word table (s25foreign) */
    {"-------------\n  a     b\n----- -----\n-------------", "<table><tr><td><p>a</p></td><td><p>b</p></td></tr>\n</table>\n\n"},
    {"a\n----- -----\n1     2", "<table><tr><td><p>a</p></td><td></td></tr>\n<tr><td><p>1</p></td><td><p>2</p></td></tr>\n</table>\n"},
    {"----- -----\n1     2\n", NULL},
    {"   a     b\n ----- -----\n   1     2\n", "<table><tr><td><p>a</p></td><td><p>b</p></td></tr>\n<tr><td><p>1</p></td><td><p>2</p></td></tr>\n</table>\n"},
    {"    a     b\n    ----- -----\n    1     2\n", NULL},
    {"a     b\n----- --\n1     2\n", NULL},
    {"a     b\n-----\n1     2\n", NULL},
    {"ăâ    ơư\n----- -----\nắ     ờ\n", "<table><tr><td><p>ăâ</p></td><td><p>ơư</p></td></tr>\n<tr><td><p>ắ</p></td><td><p>ờ</p></td></tr>\n</table>\n"},
    {"a     b\n----- -----\n", NULL},
    {"x\n\na     b\n----- -----\n1     2", "x\n\n<table><tr><td><p>a</p></td><td><p>b</p></td></tr>\n<tr><td><p>1</p></td><td><p>2</p></td></tr>\n</table>\n"},
    {"Tên    Số lượng\n------ --------\nÁo     120", "<table><tr><td><p>Tên</p></td><td><p>Số lượng</p></td></tr>\n<tr><td><p>Áo</p></td><td><p>120</p></td></tr>\n</table>\n"},
    /* the sweep's survivors (s24mut): line ends of CR LF */
    {"+---+---+\r\n| a | b |\r\n+---+---+\r\n",
     "<table><tr><td><p>a</p></td><td><p>b</p></td></tr>\n</table>\n\n"},
    /* a table whose last row has no closing rule ends at the blank line,
     * its cells its own, and the next one is read after it (as pandoc) */
    {"+---+---+\n| x | y |\n\n+---+---+\n| a | b |\n+---+---+",
     "<table><tr><td><p>x</p></td><td><p>y</p></td></tr>\n</table>\n\n<table><tr><td><p>a</p></td><td><p>b</p></td></tr>\n</table>\n"},
    /* a header that begins with 'z' (the last of the letters tried) */
    {"zalo  b\n----- -----\n1     2\n",
     "<table><tr><td><p>zalo</p></td><td><p>b</p></td></tr>\n<tr><td><p>1</p></td><td><p>2</p></td></tr>\n</table>\n"},
};

static size_t lines_of(const char *s, size_t n)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        k += s[i] == '\n';
    return k;
}

/* Whether out keeps the lines of in: as many line breaks, or one more
 * when in ends without one (a table at its end ends in "</table>\n"). */
static int same_lines(const char *in, size_t n, const Buf *out)
{
    size_t a = lines_of(in, n), b = lines_of(out->data, out->len);
    return b == a || (b == a + 1 && n && in[n - 1] != '\n');
}

static void rows(void **state)
{
    (void)state;
    size_t wrong = 0;
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        /* the text in a block of its own size: a read past it is the
         * sanitizers' error */
        size_t n = strlen(cases[i].in);
        char *in = malloc(n ? n : 1);
        memcpy(in, cases[i].in, n);
        Buf out = {0};
        int over = 0;
        int r = imp_md_pandoc_tables(in, n, &out, &over);
        free(in);
        const char *want = cases[i].out ? cases[i].out : "";
        if (r != (cases[i].out != NULL) || over != 0 || out.len != strlen(want) ||
            (out.len && memcmp(out.data, want, out.len) != 0) ||
            (r && !same_lines(cases[i].in, n, &out))) {
            print_error("row %zu: %d '%.*s', want %d '%s'\n", i, r, (int)out.len,
                        out.data ? out.data : "", cases[i].out != NULL, want);
            wrong++;
        }
        buf_free(&out);
    }
    assert_int_equal(wrong, 0);
}

/* A table's cells are counted against IMPORT_MAX_PARAS with those of the
 * tables before it: a simple table of two columns and 99,999 rows (its
 * header's two cells make 200,000) is read; one row more is refused with
 * the line its table begins on (KH752). */
static void cells_budget(void **state)
{
    (void)state;
    for (size_t rows_ = IMPORT_MAX_PARAS / 2 - 1; rows_ <= IMPORT_MAX_PARAS / 2; rows_++) {
        Buf in = {0}, out = {0};
        buf_puts(&in, "x\n\na     b\n----- -----\n");
        for (size_t k = 0; k < rows_; k++)
            buf_puts(&in, "1     2\n");
        int over = 0;
        int r = imp_md_pandoc_tables(in.data, in.len, &out, &over);
        if (rows_ < IMPORT_MAX_PARAS / 2) {
            assert_int_equal(r, 1);
            assert_int_equal(over, 0);
            assert_true(same_lines(in.data, in.len, &out));
        } else {
            assert_int_equal(r, -1);
            assert_int_equal(over, 3);
        }
        buf_free(&in);
        buf_free(&out);
    }
}

/* A grid table of 64 columns (MAX_COLS) is read; one of 65 is left as
 * written, and so is one of 64 whose row's bars do not stand under the
 * rule's '+'. */
static void widest(void **state)
{
    (void)state;
    for (int cols = 64; cols <= 65; cols++) {
        Buf in = {0}, out = {0};
        for (int line = 0; line < 3; line++) {
            buf_putc(&in, line == 1 ? '|' : '+');
            for (int c = 0; c < cols; c++)
                buf_puts(&in, line == 1 ? "a|" : "-+");
            buf_putc(&in, '\n');
        }
        int over = 0;
        int r = imp_md_pandoc_tables(in.data, in.len, &out, &over);
        assert_int_equal(r, cols == 64);
        if (r) {
            size_t cells = 0;
            for (size_t i = 0; i + 4 <= out.len; i++)
                cells += memcmp(out.data + i, "<td>", 4) == 0;
            assert_int_equal(cells, 64);
        }
        buf_free(&in);
        buf_free(&out);
    }
    Buf in = {0}, out = {0};
    for (int line = 0; line < 3; line++) {
        buf_putc(&in, line == 1 ? '|' : '+');
        for (int c = 0; c < 64; c++)
            buf_puts(&in, line == 1 ? (c == 63 ? "ab" : "a|") : "-+");
        buf_putc(&in, '\n');
    }
    int over = 0;
    assert_int_equal(imp_md_pandoc_tables(in.data, in.len, &out, &over), 0);
    buf_free(&in);
    buf_free(&out);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(rows),
        cmocka_unit_test(cells_budget),
        cmocka_unit_test(widest),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
