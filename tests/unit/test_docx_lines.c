/* test_docx_lines.c - unit tests of docx_lines.c: where a Word paragraph
 * whose items were typed with line breaks (Shift+Enter, w:br, '\n' here)
 * is cut into the paragraphs Word shows.
 *
 * foreign24.sh imports one such paragraph of each kind through a .docx;
 * session 25's mutation sweep found the bounds of the labels untested
 * through it. Each row is a paragraph's text and whether it is cut (a
 * line after the first begins with a list's label and a space, every
 * line's runs of '*' pair up), and where its first piece ends. The labels
 * at each bound: "-", "+", "–", "•" with and without their space; digits
 * with a dot or ")" up to 12 bytes; one letter a-z or "đ" and ")"; a
 * Roman number of up to six letters and "."; a NUL byte (a Word text
 * never holds one, but the reader is given lengths) is no Roman digit;
 * a text given as the first bytes of a longer one ends at its length.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "docx_lines.h"

static const struct {
    const char *in;
    size_t len;   /* 0: strlen(in) */
    int cut;      /* docx_lines_cut */
    size_t piece; /* docx_line_piece */
} cases[] = {
    /* no line break, or none before a label */
    {"", 0, 0, 0},
    {"1. a", 0, 0, 4},
    {"a\nb", 0, 0, 3},
    {"a\n", 0, 0, 2},
    {"a\n ", 0, 0, 3},
    /* bullets */
    {"a\n- b", 0, 1, 1},
    {"a\n+ b", 0, 1, 1},
    {"a\n-b", 0, 0, 4},
    {"a\n+b", 0, 0, 4},
    {"a\n-", 0, 0, 3},
    {"a\n\xE2\x80\x93 b", 0, 1, 1},  /* "– b" */
    {"a\n\xE2\x80\xA2 b", 0, 1, 1},  /* "• b" */
    {"a\n\xE2\x80\x93" "b", 0, 0, 6},
    {"a\n\xE2\x80\xA2" "b", 0, 0, 6},
    {"a\n\xE2\x80\x93 ", 0, 1, 1},   /* the dash and its space, nothing after */
    {"a\n\xE2\x80\x94 b", 0, 0, 7}, /* an em dash is no label */
    /* numbers */
    {"a\n1. b", 0, 1, 1},
    {"a\n9. b", 0, 1, 1},
    {"a\n0. b", 0, 1, 1},
    {"a\n1.2. b", 0, 1, 1},
    {"a\n1) b", 0, 1, 1},
    {"a\n12) b", 0, 1, 1},
    {"a\n1 b", 0, 0, 5},
    {"a\n1.b", 0, 0, 5},
    {"a\n1)b", 0, 0, 5},
    {"a\n1.", 0, 0, 4},
    {"a\n1)", 0, 0, 4},
    {"a\n1", 0, 0, 3},
    {"a\n12345678901. b", 0, 1, 1},   /* 12 bytes of label */
    {"a\n123456789012. b", 0, 0, 17}, /* 13 */
    {"a\n1234567890) b", 0, 1, 1},
    {"a\n/. b", 0, 0, 6},  /* the bytes around the digits */
    {"a\n:. b", 0, 0, 6},
    /* letters */
    {"a\na) b", 0, 1, 1},
    {"a\nz) b", 0, 1, 1},
    {"a\nm) b", 0, 1, 1},
    {"a\n`) b", 0, 0, 6},
    {"a\n{) b", 0, 0, 6},
    {"a\nA) b", 0, 0, 6},
    {"a\na)b", 0, 0, 5},
    {"a\na)", 0, 0, 4},
    {"a\nab) c", 0, 0, 7},
    {"a\n\xC4\x91) b", 0, 1, 1},     /* "đ) b" */
    {"a\n\xC4\x91)b", 0, 0, 6},
    {"a\n\xC4\x91)", 0, 0, 5},
    {"a\n\xC4\x90) b", 0, 0, 7},     /* "Đ) b" */
    /* Roman numbers */
    {"a\nI. b", 0, 1, 1},
    {"a\nIV. b", 0, 1, 1},
    {"a\nX. b", 0, 1, 1},
    {"a\nV. b", 0, 1, 1},
    {"a\nXVIII. b", 0, 1, 1},   /* five letters */
    {"a\nXXVIII. b", 0, 1, 1},  /* six */
    {"a\nXXXVIII. b", 0, 0, 12}, /* seven */
    {"a\nI.", 0, 0, 4},
    {"a\nI. ", 0, 1, 1},
    {"a\nI.b", 0, 0, 5},
    {"a\nIV b", 0, 0, 6},
    {"a\nL. b", 0, 0, 6},
    {"a\n.. b", 0, 0, 6},
    {"a\n\0. b", 6, 0, 6},     /* a NUL is no Roman digit */
    {"a\nI\0 b", 6, 0, 6},
    /* a label and its space at the text's end */
    {"a\n- ", 0, 1, 1},
    {"a\n+ ", 0, 1, 1},
    {"a\na) ", 0, 1, 1},
    {"a\n\xC4\x91) ", 0, 1, 1},
    {"a\n1. ", 0, 1, 1},
    /* a text that is part of a longer one (import gives lengths): the
     * bytes past its end are not its own */
    {"a\n1. b", 4, 0, 4},
    {"a\n1) b", 4, 0, 4},
    {"a\nI. b", 4, 0, 4},
    {"a\n- b", 3, 0, 3},
    {"a\na) b", 4, 0, 4},
    {"a\nb\n- c", 3, 0, 3},   /* a break just past the end */
    {"a\n  - b", 3, 0, 3},     /* spaces up to the end and past it */
    {"a\n. b", 0, 0, 5},       /* a dot alone is no Roman number */
    {"\n- a", 0, 1, 0},        /* a break first */
    /* spaces before the label */
    {"a\n  - b", 0, 1, 1},
    {"a\n   1. b", 0, 1, 1},
    {"a\n\t- b", 0, 0, 6},      /* only spaces are skipped */
    /* the first of several breaks that begins a label */
    {"a\nb\n- c", 0, 1, 3},
    {"a\nb\nc\n1. d", 0, 1, 5},
    {"a\n- b\n- c", 0, 1, 1},
    {"- a\nb", 0, 0, 5},        /* the first line's label is no cut */
    /* emphasis */
    {"**a**\n1. b", 0, 1, 5},
    {"**a\n1. b**", 0, 0, 3},
    {"*a\n- b*", 0, 0, 2},
    {"*a*\n- *b*", 0, 1, 3},
    {"a\n- **b", 0, 0, 1},      /* the last line's runs do not pair */
    {"a\n- b\nc *d", 0, 0, 1},
    {"***a***\n- b", 0, 1, 7},  /* a run of three is one run */
    {"*a**\n- b", 0, 1, 4},      /* two runs */
    {"\\*a\n1. b", 0, 1, 3},    /* an escaped star is none */
    {"*a\\*\n1. b", 0, 0, 4},
    {"\\**a*\n1. b", 0, 1, 5},  /* "\*" then the run "*" ... "*" */
    {"\\\\*a*\n1. b", 0, 1, 5},  /* an escaped backslash, then "*a*" */
    {"\\\\\\*a\n1. b", 0, 1, 5}, /* an escaped backslash, an escaped star */
    {"a\\**b*\n- c", 0, 1, 6},
    {"*\n- b", 0, 0, 1},
    {"a*\n- b*", 0, 0, 2},
    {"a\n- b*", 0, 0, 1},
    {"*a*\n*b\n- c", 0, 0, 6},
};

static void rows(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        size_t n = cases[i].len ? cases[i].len : strlen(cases[i].in);
        int cut = docx_lines_cut(cases[i].in, n);
        size_t piece = docx_line_piece(cases[i].in, n);
        if (cut != cases[i].cut || piece != cases[i].piece)
            print_error("row %zu: cut %d piece %zu, want %d %zu\n", i, cut, piece,
                        cases[i].cut, cases[i].piece);
        assert_int_equal(cut, cases[i].cut);
        assert_int_equal(piece, cases[i].piece);
    }
}

/* A paragraph cut into its pieces as import_docx.c does: each piece's
 * length, the text after it read again from its line break. */
static void pieces(void **state)
{
    (void)state;
    const char *s = "Mục tiêu:\n1. Nâng cao.\nđ) Bảo đảm.\n  - Làm đường\nthôn.\nIV. Hết";
    size_t n = strlen(s), at = 0;
    const size_t want[] = {12, 13, 17, 25, 9};
    size_t k = 0;
    assert_true(docx_lines_cut(s, n));
    while (at < n) {
        size_t len = docx_line_piece(s + at, n - at);
        assert_true(k < sizeof want / sizeof *want);
        if (len != want[k])
            print_error("piece %zu: %zu bytes, want %zu\n", k, len, want[k]);
        assert_int_equal(len, want[k]);
        k++;
        at += len + (at + len < n);
    }
    assert_int_equal(k, sizeof want / sizeof *want);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(rows),
        cmocka_unit_test(pieces),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
