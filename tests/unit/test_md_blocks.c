/* test_md_blocks.c - unit tests of md_blocks.c: the block marks of a
 * hand-written .md that import rewrites into those it reads.
 *
 * Session 23 added md_blocks.c (s23attack H5, s23review) with suites that
 * import whole plans; session 24's mutation sweep (s24mut) found most of
 * its bounds untested through them. Each row below is a text and what
 * imp_md_blocks makes of it, checked against what cmark shows: a "* "
 * item as "- " (not a rule "* * *", not "*a"), a quote's marks taken
 * off, a pipe table without end pipes given them when its delimiter row
 * has as many cells as its header, an ordered list's later items
 * numbered as a reader counts them, a reference link written inline to
 * its definition's address and the definition's line left empty - and
 * a line that only looks like a definition (words after its address, or
 * below a paragraph's line) left as the paragraph a reader shows (s24mut
 * F1: "[1]: Quyết định số 123/QĐ-UBND" was dropped). Lines of a fenced
 * code block stay as written.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "md_blocks.h"

static const struct {
    const char *in;
    const char *out; /* NULL: nothing rewritten (0 returned, out empty) */
} cases[] = {
    {"* a\n* b", "- a\n- b"},
    {"* * *", NULL},
    {"***", NULL},
    {"*a", NULL},
    {"  * a", "  - a"},
    {"*\ta", "-\ta"},
    {"*", NULL},
    {"- a", NULL},
    {"x\n* a", "x\n- a"},
    {"> q", "q"},
    {">q", "q"},
    {"> > q", "q"},
    {">  q", "q"},
    {"   > q", "q"},
    {"> a\nb", "a\nb"},
    {"a | b\n--- | ---\n1 | 2", "| a | b |\n| --- | --- |\n| 1 | 2 |"},
    {"| a | b |\n|---|---|\n| 1 | 2 |", NULL},
    {"| a | b\n--- | ---\n1 | 2", "| a | b |\n| --- | --- |\n| 1 | 2 |"},
    {"a | b\n|---|---|\n1 | 2", "| a | b |\n|---|---|\n| 1 | 2 |"},
    {"a | b | c\n--- | ---\n1 | 2", NULL},
    {"a \\| b | c\n--- | ---\n1 | 2", "| a \\| b | c |\n| --- | --- |\n| 1 | 2 |"},
    {"a | b\n--- | ---\n1 | 2\n\nx | y", "| a | b |\n| --- | --- |\n| 1 | 2 |\n\nx | y"},
    {"a | b\n--- | ---\n1 | 2\nno pipe", "| a | b |\n| --- | --- |\n| 1 | 2 |\nno pipe"},
    {"> a | b\n> --- | ---\n> 1 | 2", "| a | b |\n| --- | --- |\n| 1 | 2 |"},
    {"```\na | b\n--- | ---\n```", NULL},
    {"a | b\n:--- | ---:\n1 | 2   ", "| a | b |\n| :--- | ---: |\n| 1 | 2 |"},
    {"a | b\n--- | --x", NULL},
    {"a | b\n---", NULL},
    {"1. a\n1. b\n1. c", "1. a\n2. b\n3. c"},
    {"3) a\n3) b", "3) a\n4) b"},
    {"1. a\n1) b\n1) c", "1. a\n1) b\n2) c"},
    {"1. a\n   1. b\n   1. c\n1. d", "1. a\n   1. b\n   2. c\n2. d"},
    {"1. a\n\nx\n1. b", NULL},
    {"1. a\nx\n1. b", "1. a\nx\n2. b"},
    {"1234567890. a\n1234567890. b", NULL},
    {"1.x\n1.y", NULL},
    {"    1. a\n    1. b", NULL},
    {"1. a\n- b\n1. c", NULL},
    {"1. a\n# h\n1. c", NULL},
    {"1. a\n> q\n1. c", "1. a\nq\n1. c"},
    {"1. a\n2. b\n3. c", NULL},
    {"2. a\n2. b", "2. a\n3. b"},
    {"1.\n1.", "1.\n2."},
    {"1. a\n```\n1. b\n```\n1. c", NULL},
    {"Xem [Quyết định][qd].\n\n[qd]: https://x.vn/qd.pdf", "Xem [Quyết định](https://x.vn/qd.pdf).\n\n"},
    {"Xem [QD].\n\n[qd]: https://x.vn/a", "Xem [QD](https://x.vn/a).\n\n"},
    {"Xem [a][].\n\n[A]: https://x.vn/a", "Xem [a](https://x.vn/a).\n\n"},
    {"Xem [a  b][].\n\n[A b]: https://x.vn/a", "Xem [a  b](https://x.vn/a).\n\n"},
    {"Xem [a](https://y.vn) và [a].\n\n[a]: https://x.vn/a", "Xem [a](https://y.vn) và [a](https://x.vn/a).\n\n"},
    {"Xem ![h][a].\n\n[a]: https://x.vn/a", "Xem ![h][a].\n\n"},
    {"Xem [a][b].\n\n[a]: https://x.vn/a", "Xem [a][b].\n\n"},
    {"[a]: <https://x.vn/a b(c)>\n\n[a]", "\n\n[a](https://x.vn/a%20b%28c%29)"},
    {"[a]: https://x.vn/a \"Tiêu đề\"\n\n[a]", "\n\n[a](https://x.vn/a)"},
    {"[a]: https://x.vn/a\n\"Tiêu đề\"\n\n[a]", "\n\n\n[a](https://x.vn/a)"},
    {"[a]: https://x.vn/a\n\"Tiêu \"đề\"\n\n[a]", "\n\"Tiêu \"đề\"\n\n[a](https://x.vn/a)"},
    {"[a]: https://x.vn/a\n(Tiêu đề)", "\n"},
    {"[a]: https://x.vn/a\n'T'", "\n"},
    {"[a]: https://x.vn/a x\n\"T\"", NULL},
    {"[^1]: ghi chú\n\n[^1]", NULL},
    {"[]: https://x.vn", NULL},
    {"[a]:", NULL},
    {"[a]: <https://x.vn", NULL},
    {"    [a]: https://x.vn\n\n[a]", NULL},
    {"   [a]: https://x.vn\n\n[a]", "\n\n[a](https://x.vn)"},
    {"[a]:https://x.vn\n\n[a]", "\n\n[a](https://x.vn)"},
    {"\\[a]\n\n[a]: https://x.vn", "\\[a]\n\n"},
    {"[a\\]b]: https://x.vn\n\n[a\\]b]", "\n\n[a\\]b](https://x.vn)"},
    {"[x [a]\n\n[a]: https://x.vn", "[x [a](https://x.vn)\n\n"},
    {"[b][a\n\n[a]: https://x.vn", "[b][a\n\n"},
    {"```\n[a]: https://x.vn\n```\n[a]", NULL},
    {"> [a]: https://x.vn\n> \"T\"\n\n[a]", "\n\n\n[a](https://x.vn)"},
    {"[a]: https://x.vn\n> \"T\"", "\n\"T\""},
    {"~~~~\nx\n~~~\n* a\n~~~~\n* b", "~~~~\nx\n~~~\n* a\n~~~~\n- b"},
    {"```\n* a\n~~~\n* b\n```\n* c", "```\n* a\n~~~\n* b\n```\n- c"},
    {"    ```\n* a", "    ```\n- a"},
    {"   ```\n* a", NULL},
    {"``\n* a", "``\n- a"},
    {"a|b\n-|-\n1|2", "| a|b |\n| -|- |\n| 1|2 |"},
    {"![a][b][c]\n\n[c]: https://x.vn", "![a][b][c](https://x.vn)\n\n"},
    {"[t][ ]\n\n[t]: https://x.vn", "[t][ ]\n\n"},
    {"p\n[a]: https://x.vn\n\n[a]", NULL},
    {"[1]: Quyết định số 123/QĐ-UBND ngày 01/01/2024", NULL},
    {"Căn cứ:\n[1]: Luật Tổ chức chính quyền địa phương", NULL},
    {"[a]: https://x.vn \"T\" x\n\n[a]", NULL},
    {"# h\n[a]: https://x.vn\n\n[a]", "# h\n\n\n[a](https://x.vn)"},
    {"#h\n[a]: https://x.vn\n\n[a]", NULL},
    {"[a]: https://x.vn (T)\n[b]: https://y.vn 'T'\n[a] [b]", "\n\n[a](https://x.vn) [b](https://y.vn)"},
    {"[a]: <https://x.vn>\"T\"\n\n[a]", NULL},
    {"[a]: https://x.vn \"T\n\n[a]", NULL},
    {"> p\n[a]: https://x.vn\n\n[a]", "p\n[a]: https://x.vn\n\n[a]"},
    {"p\n> [a]: https://x.vn\n\n[a]", "p\n\n\n[a](https://x.vn)"},
    {"[a]: https://x.vn (a(b))\n\n[a]", NULL},
    {"[a]: https://x.vn \"a\\\"b\"\n\n[a]", "\n\n[a](https://x.vn)"},
    /* the sweep's survivors (s24mut) */
    {"a | b\n: | :\n1 | 2", NULL},          /* a delimiter row needs a dash */
    {"1.\ta\n1.\tb", "1.\ta\n2.\tb"},     /* a tab after the delimiter */
    {"10. a\n10. b", "10. a\n11. b"},      /* numbers of two digits */
    {"a | b\n--- | ---\n1. x | y\n1. z | w",
     "| a | b |\n| --- | --- |\n| 1. x | y |\n| 1. z | w |"}, /* rows, not items */
    {"1. a\n-", NULL},                      /* a '-' at the text's end */
    {"1. a\n-\tb\n1. c", NULL},             /* a bullet after a tab ends the list */
    {"a | b\n--- | ---\n1. x | y\n1. c",
     "| a | b |\n| --- | --- |\n| 1. x | y |\n1. c"}, /* a row opens no list */
    {"[a]: https://x.vn\n\"T\"  \n\n[a]", "\n\n\n[a](https://x.vn)"}, /* blanks after a title */
    {"[a]: https://x.vn\n\"a\\\"b\"\n\n[a]", "\n\n\n[a](https://x.vn)"}, /* an escaped '"' */
    {"[a]: <https://x.vn>\n\"T\"\n\n[a]", "\n\n\n[a](https://x.vn)"}, /* after a "<...>" */
    {"[a]: https://x.vn\n\n[b][a", "\n\n[b][a"}, /* a label never closed at the end */
    {"> a\n>", "a\n"},                        /* a '>' at the end */
    {"a | b\n--- | ---", "| a | b |\n| --- | --- |"},     /* a delimiter row at the end */
    {"a | b | c\n--- | ---\n\nx | y\n--- | ---\n1 | 2",    /* a table after one that is none */
     "a | b | c\n--- | ---\n\n| x | y |\n| --- | --- |\n| 1 | 2 |"},
};

static void rows(void **state)
{
    (void)state;
    size_t wrong = 0;
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        /* the text in a block of its own size, no '\0' after it: a read
         * past its end is the sanitizers' error */
        size_t n = strlen(cases[i].in);
        char *in = malloc(n ? n : 1);
        memcpy(in, cases[i].in, n);
        Buf out = {0};
        int r = imp_md_blocks(in, n, &out);
        free(in);
        const char *want = cases[i].out ? cases[i].out : "";
        if (r != (cases[i].out != NULL) || out.len != strlen(want) ||
            (out.len && memcmp(out.data, want, out.len) != 0)) {
            print_error("row %zu: %d '%.*s', want %d '%s'\n", i, r, (int)out.len,
                        out.data ? out.data : "", cases[i].out != NULL, want);
            wrong++;
        }
        buf_free(&out);
    }
    assert_int_equal(wrong, 0);
}

/* The addresses written in add at most the text's length and 64 KiB
 * (s23review: one definition used on every line made a 42 KB .md a 40
 * MB plan): a 30-byte address used on 3,000 lines is written on as many
 * as fit, each costing its length and its two parentheses, the rest left
 * "[a]" as written. */
static void budget(void **state)
{
    (void)state;
    const size_t url = 30, uses = 3000;
    Buf in = {0}, out = {0};
    buf_puts(&in, "[a]: ");
    for (size_t k = 0; k < url; k++)
        buf_putc(&in, 'u');
    for (size_t k = 0; k < uses; k++)
        buf_puts(&in, "\n[a]");
    assert_int_equal(imp_md_blocks(in.data, in.len, &out), 1);
    size_t want = (in.len + 64 * 1024) / (url + 2), linked = 0, left = 0;
    for (size_t i = 0; i + 3 <= out.len; i++) {
        if (i + 4 <= out.len && memcmp(out.data + i, "[a](", 4) == 0)
            linked++;
        else if (memcmp(out.data + i, "[a]", 3) == 0 && (i + 3 == out.len || out.data[i + 3] == '\n'))
            left++;
    }
    assert_true(want < uses);
    assert_int_equal(linked, want);
    assert_int_equal(left, uses - want);
    buf_free(&in);
    buf_free(&out);
}

/* Items whose delimiter alternates ("1." "1)" "1." ...) each begin a
 * list of their own, in the place of the one before (CommonMark): 40 of
 * them, past the 32 lists kept open, are all shown "1." and none is
 * renumbered. */
static void delimiters(void **state)
{
    (void)state;
    Buf in = {0}, out = {0};
    for (int k = 0; k < 40; k++)
        buf_puts(&in, k % 2 ? "1) a\n" : "1. a\n");
    assert_int_equal(imp_md_blocks(in.data, in.len, &out), 0);
    assert_int_equal(out.len, 0);
    buf_free(&in);
    buf_free(&out);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(rows),
        cmocka_unit_test(budget),
        cmocka_unit_test(delimiters),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
