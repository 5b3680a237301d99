/* test_md_pandoc_inline.c - unit tests of md_pandoc_inline.c: the inline
 * marks of pandoc's own Markdown (bracketed spans, a link's or a
 * picture's attributes, "~~x~~", "~x~", raw blocks) read as pandoc's
 * reader shows them, for import.
 *
 * Session 25 added md_pandoc_inline.c (s25foreign, s25review) with suites
 * that import whole documents; session 26's mutation sweep (s26mut) found
 * most of its bounds untested through them. Each row is a text and what
 * imp_md_pandoc_inline makes of it (NULL: nothing to read, 0 returned and
 * out untouched), checked against `pandoc -f markdown -t html`: a span's
 * attributes (".class", "#id", key=value; a word alone is none), a
 * deletion's and a comment's words dropped with one of the spaces around
 * them, small capitals in capitals, brackets that are no span, "~~x~~"
 * and "~x~" at their bounds, code spans, escapes, a link's address, an
 * autolink and a tag read without marks, a span that does not reach over
 * a paragraph's end or a block a CommonMark reader starts (the import's
 * reader: a list item, a quote, a heading, a fence, a table's row, with
 * up to three spaces before it, a list's number of up to nine digits),
 * and pandoc's raw blocks ("```{=html}" read as HTML, another format's
 * shown by none, one never closed left as written). Every row keeps the
 * text's line count (import's diagnostics name the drafter's lines).
 * Since s45imp a struck, raised or lowered piece's marks are signs
 * (imp_mark_sign) import_marks.c reads: rows compares the words without
 * them, signs the signs.
 * Where pandoc's own reader and CommonMark part (pandoc ends no paragraph
 * at a list item), the row follows CommonMark, which reads the import.
 * Some rows are the sweep's bugs: the marks after a "]{" that is no span
 * were skipped to the next bracket ("p ]{~x~ q"), a link's ')' left the
 * link open, so that "(x){.b}" later on its line lost its "{.b}", and a
 * raw block's format was read in small letters only, without digits,
 * '-' or '_' ("{=HTML}", "{=html5}" left out, "{=html-x}" printed), and
 * the lines of a dropped span were given back at the next blank line
 * only, past a raw block or a list item that ended the paragraph (their
 * lines named a line too high).
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
    const char *out; /* NULL: nothing read (0 returned, out untouched) */
} cases[] = {
    /* span attributes: a class, an id, key=value, a leading space; none is */
    {"a [x]{.underline} b", "a x b"},
    {"a [x]{#id} b", "a x b"},
    {"a [x]{k=v} b", "a x b"},
    {"a [x]{ .underline} b", "a x b"},
    {"a [x]{underline} b", NULL},
    /* hiding classes: a deletion's words and a comment's dropped, one space kept */
    {"a [x]{.deletion} b", "a b"},
    {"a [x]{.deletions} b", "a x b"},
    {"a [x]{.comment-start id=\"0\"} b", "a b"},
    {"a [x]{.comment-startx} b", "a x b"},
    {"a [x]{author=A .deletion} b", "a b"},
    {"a [x]{.deletion}b", "a b"},
    {"a [x]{.deletion}  b", "a  b"},
    {"a  [x]{.deletion} b", "a  b"},
    {"a [x]{.deletion}", "a "},
    {"[x]{.deletion} b", " b"},
    {"[x]{.deletion}", ""},
    {"[old]{.deletion}[new]{.insertion}", "new"},
    {"[[a]{.underline}]{.deletion} b", " b"},
    /* an Obsidian note link, its alias; "[[1]](url)" and "[[1]][r]" are
     * links whose text is "[1]" (s29review: "1(url)" printed) */
    {"Xem [[Nghị quyết 15|NQ số 15]] x", "Xem NQ số 15 x"},
    {"Xem [[Báo cáo]] x", "Xem Báo cáo x"},
    {"Xem [[1]](https://a.vn) x", NULL},
    {"Xem [[1]][r] x", NULL},
    /* pandoc's "--" an en dash, not in a bare address (s29review) */
    {"Xem https://a.vn/2021--2025 và 2021--2025", "Xem https://a.vn/2021--2025 và 2021\xE2\x80\x93" "2025"},
    {"(https://a.vn/x--1 -- y)", "(https://a.vn/x--1 \xE2\x80\x93 y)"},
    /* small capitals in capitals */
    {"a [x]{.smallcaps} b", "a X b"},
    {"[x]{.smallcaps}", "X"},
    {"a [đường]{.smallcaps} b", "a ĐƯỜNG b"},
    {"[ă]{.smallcaps}[b]{.underline}", "Ăb"},
    {"[a [b]{.underline} c]{.smallcaps}", "A B C"},
    {"[a\nb]{.smallcaps} c", "A\nB c"},
    {"[x]{.smallcapsx} y", "x y"},
    /* brackets that are no span */
    {"[a]{.underline} [b]", "a [b]"},
    {"[a] [b]{.underline}", "[a] b"},
    {"x]{.underline}", NULL},
    {"[a]{.underline}]{.x}", "a]{.x}"},
    {"[a]{.un{x}", NULL},
    {"[a]{.un]x}", NULL},
    {"[a]{.un[x}", NULL},
    {"[a]{.un\n\nx}", NULL},
    {"\\[x]{.underline}", NULL},
    {"[x\\]{.underline}", NULL},
    {"[x]\\{.underline}", NULL},
    {"a{b}", NULL},
    {"p ]{~x~ q", "p ]{x q"},
    {"[a]{~[b~", "[a]{[b"},
    {"no marks", NULL},
    /* strikeout and subscript */
    {"a ~~x~~ b", "a x b"},
    {"a ~~ x~~ b", NULL},
    {"a ~~x ~~ b", NULL},
    {"a ~~x", NULL},
    {"~~x~~", "x"},
    {"~~x~~ ~~y~~", "x y"},
    {"a ~~x\n~~ b", "a x\n b"},
    {"a ~~x\n\n~~y~~ b", "a ~~x\n\ny b"},
    {"H~2~O", "H2O"},
    {"H~2 ~O", NULL},
    {"a ~ b", NULL},
    {"a~b c~", NULL},
    {"H~2\\~O", NULL},
    {"~x~", "x"},
    {"x~y~", "xy"},
    {"a~", NULL},
    /* code spans and escapes keep their marks */
    {"a `~~x~~` ~~y~~", "a `~~x~~` y"},
    {"a ``~~x~~`` ~~y~~", "a ``~~x~~`` y"},
    {"a \\`~~x~~` b", "a \\`x` b"},
    {"`a` ~~y~~ `b`", "`a` y `b`"},
    {"`a ~x~", "`a x"},
    {"\\~x~", NULL},
    {"`a` `b ~x~", "`a` `b x"},
    {"`a`\n`b` `c ~x~", "`a`\n`b` `c x"},
    /* a link's address, an autolink, a tag */
    {"[t](https://a.vn/~b/~c) ~x~", "[t](https://a.vn/~b/~c) x"},
    {"[t](https://a.vn/(~b)/~c) ~x~", "[t](https://a.vn/(~b)/~c) x"},
    {"[t] (~a~)", "[t] (a)"},
    {"<https://a.vn/~b/~c> ~x~", "<https://a.vn/~b/~c> x"},
    {"<b title=\"~x~\">t</b> ~y~", "<b title=\"~x~\">t</b> y"},
    {"</b title=\"~x~\"> ~y~", "</b title=\"~x~\"> y"},
    {"a < ~x~ >", "a < x >"},
    {"a <1~x~> b", "a <1x> b"},
    {"a <b ~x~ <c> ~y~", "a <b x <c> y"},
    {"a <b ~x~", "a <b x"},
    /* a link's or a picture's attributes */
    {"![S](m/a.png){width=\"2.5in\"}", "![S](m/a.png)"},
    {"[S](u){.cls}", "[S](u)"},
    {"[S](u){x}", NULL},
    {"[S](u){.cls", NULL},
    {"[S](u) {.cls}", NULL},
    {"[S](u){.c{x}", NULL},
    {"[S](u){.c[x}", NULL},
    {"[S](u){#i}", "[S](u)"},
    {"[S](u) (x){.b}", NULL},
    {"[S](u){.a} (x){.b}", "[S](u) (x){.b}"},
    {"[t](u \"x\"){.c}", "[t](u \"x\")"},
    {"[t](\\)~a~) x", NULL},
    /* a span's attributes over two lines, a span over a paragraph's end or a block's start */
    {"x [a]{.underline\nk=v} y", "x a y\n"},
    {"[a]{.underline\n```\n}", NULL},
    {"[a]{.underline\n~~~\n}", NULL},
    {"[a\nb]{.deletion} c\n\nd", " c\n\n\nd"},
    {"[a\nb]{.deletion} c\nd\n\ne", " c\nd\n\n\ne"},
    {"[a\nb\nc]{.deletion}\n\ne", "\n\n\n\ne"},
    {"x [a\nb]{.deletion} [c\nd]{.deletion}\n\ne", "x \n\n\n\ne"},
    {"[a\nb]{.deletion} x\n```{=latex}\n  \n```\nc", " x\n\n\n\n\nc"},
    {"x [a\nb]{.deletion}\n- item", "x \n\n- item"},
    {"x [a\nb]{.deletion}\ny\n- item", "x \ny\n\n- item"},
    {"x [a\nb]{.deletion}\n    - item", "x \n    - item\n"},
    {"[a\nb]{.deletion}", "\n"},
    {"[a\n\nb]{.deletion}", NULL},
    {"[a\n  \nb]{.deletion}", NULL},
    {"[a\n# h]{.underline}", NULL},
    {"[a\n> q]{.underline}", NULL},
    {"[a\n- i]{.underline}", NULL},
    {"[a\n+ i]{.underline}", NULL},
    {"[a\n* i]{.underline}", NULL},
    {"[a\n-\nb]{.underline}", NULL},
    {"[a\n1. i]{.underline}", NULL},
    {"[a\n1) i]{.underline}", NULL},
    {"[a\n123456789. i]{.underline}", NULL},
    {"[a\n1234567890. i]{.underline}", "a\n1234567890. i"},
    {"[a\n1.x]{.underline}", "a\n1.x"},
    {"[a\n12x i]{.underline}", "a\n12x i"},
    {"[a\n-x]{.underline}", "a\n-x"},
    {"[a\n|x]{.underline}", NULL},
    {"[a\n   - i]{.underline}", NULL},
    {"[a\n    - i]{.underline}", "a\n    - i"},
    {"[a\n```\n]{.underline}", NULL},
    {"[a\n~~~\n]{.underline}", NULL},
    {"[a\n``\n]{.underline}", "a\n``\n"},
    {"[a\n~~x~~]{.underline}", "a\nx"},
    {"[a\n~~]{.underline}", "a\n~~"},
    /* fences and pandoc's raw blocks */
    {"a\n\n```{=html}\n<!-- -->\n```\n\nb ~x~", "a\n\n\n<!-- -->\n\n\nb x"},
    {"```{=latex}\n\\\\x\n```\nb", "\n\n\nb"},
    {"```{=latex}\n\\\\x\nb", NULL},
    {"~~~{=html}\n<!-- -->\n~~~\nb", "\n<!-- -->\n\nb"},
    {"```  {=html}\nx\n```", "\nx\n"},
    {"````{=html}\nx\n````", "\nx\n"},
    {"```{=}\nx\n```", NULL},
    {"```{=html\nx\n```", NULL},
    {"```{=h1}\nx\n```", "\n\n"},
    {"```{=HTML}\nx\n```", "\nx\n"},
    {"```{=Html5}\nx\n```", "\nx\n"},
    {"```{=html4}\nx\n```", "\nx\n"},
    {"```{=html6}\nx\n```", "\n\n"},
    {"```{=html-x}\nx\n```", "\n\n"},
    {"```{=html_5}\nx\n```", "\n\n"},
    {"```{=0}\nx\n```", "\n\n"},
    {"```{=9}\nx\n```", "\n\n"},
    {"```{=html.x}\nx\n```", NULL},
    {"```{=htm}\nx\n```", "\n\n"},
    {"```{=htmlx}\nx\n```", "\n\n"},
    {"```{=ht}\nx\n```", "\n\n"},
    {"```{=a}\nx\n```", "\n\n"},
    {"```{=z}\nx\n```", "\n\n"},
    {"```{=\nx\n```", NULL},
    {"```{}\nx\n```", NULL},
    {"```\n~~x~~\n```\n~~y~~", "```\n~~x~~\n```\ny"},
    {"   ```{=latex}\nx\n   ```\nb", "   \n\n   \nb"},
    {"    ```{=latex}\nx\n```\nb", NULL},
    {"```{=latex}\nx\n    ```\nb ~y~", NULL},
    {"``{=latex}\nx\n``\nb ~y~", "``{=latex}\nx\n``\nb y"},
    {"```{=latex}\nx\n```\n```\n~y~\n```\n~z~", "\n\n\n```\n~y~\n```\nz"},
    /* session 28's marks (s28foreign, s28review), which no row read: session
     * 29's mutation sweep found their mutants passing (an HTML comment's
     * "<!--" looked for at p + 4, its hyphens then dashes). An HTML comment
     * on a line and over lines: its hyphens are its own, the dash after it
     * one; Obsidian's links to notes ("[[note|alias]]", none empty, none
     * over lines, no embed "![["); its comments on a line (after a space or
     * the line's start, before a space, a mark or the line's end) and
     * between lines "%%" (their breaks given back where the paragraph
     * ends); pandoc's dashes beside the rest */
    {"a <!--x -- y--> b", NULL},
    {"a <!-- x -- y --> b -- c", "a <!-- x -- y --> b \xE2\x80\x93 c"},
    {"a <!-- x -- y\nz --> b -- c", "a <!-- x -- y\nz --> b \xE2\x80\x93 c"},
    {"a <!- x -- y", "a <!- x \xE2\x80\x93 y"},
    {"[[a|b]] c", "b c"},
    {"[[a]] c", "a c"},
    {"x [[a]]", "x a"},
    {"[[]] x", NULL},
    {"[[a|]] x", NULL},
    {"[[|b]] x", "b x"},
    {"[[a|b|c]] x", "b|c x"},
    {"![[a]] x", NULL},
    {"[[a x", NULL},
    {"[[a]", NULL},
    {"[[a [b]] x", NULL},
    {"[[a\nb]] x", NULL},
    {"x %%c%% y", "x y"},
    {"%%c%% y", "y"},
    {"x %%c%%", "x"},
    {"x %%c%%y", NULL},
    {"x %%c%%\xE1\xBA\xA1", NULL},
    {"x %%c%%.", "x."},
    {"x%%c%% y", NULL},
    {"a %%b", NULL},
    {"a %%%%", NULL},
    {"a %%b\nc%% d", NULL},
    {"x  %%c%%  y", "x   y"},
    {"x %%c%% %%d%% y", "x y"},
    {"%%\nhid\n%%\n\nb", "\n\n\n\nb"},
    {"%%\nhid %%\n%%\n\nb", "\n\n\n\nb"},
    {"  %%  \nhid\n %% \n\nb", "   \n\n\n\nb"},
    {"a\n%%\nhid\n%%\n\nb", "a\n\n\n\n\nb"},
    {"%%x\nhid\n%%\n\nb", NULL},
    {"%%\nhid", NULL},
    {"a -- b", "a \xE2\x80\x93 b"},
    {"a --- b", "a \xE2\x80\x94 b"},
    {"a ---- b", NULL},
    {"a--b", NULL},
    {"1--2", "1\xE2\x80\x93" "2"},
    {"a --b", NULL},
    {"| -- |", NULL},
    {"--", NULL},
    {"x --> a", NULL},
    {"x>-- a", "x>\xE2\x80\x93 a"},
};

static size_t lines_of(const char *s, size_t n)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        k += s[i] == '\n';
    return k;
}

/* out without the signs of a struck, raised or lowered piece (U+E000 to
 * U+E005, imp_mark_sign), which import_marks.c reads: the words rows
 * compares (signs checks them) */
static void unsigned_words(Buf *out)
{
    size_t k = 0;
    for (size_t i = 0; i < out->len; i++) {
        if (i + 2 < out->len && (unsigned char)out->data[i] == 0xEE && (unsigned char)out->data[i + 1] == 0x80 &&
            (unsigned char)out->data[i + 2] >= 0x80 && (unsigned char)out->data[i + 2] <= 0x85) {
            i += 2;
            continue;
        }
        out->data[k++] = out->data[i];
    }
    out->len = k;
}

/* The signs around the pieces (s45imp): struck "~~x~~" (U+E000, U+E001),
 * raised "^2^" of digits only (U+E002, U+E003), lowered "~x~" (U+E004,
 * U+E005); an escaped caret, or one of letters, is text */
static const struct {
    const char *in, *out;
} signed_cases[] = {
    {"a ~~x~~ b", "a \xEE\x80\x80x\xEE\x80\x81 b"},
    {"H~2~O", "H\xEE\x80\x84" "2\xEE\x80\x85O"},
    {"m^2^ x", "m\xEE\x80\x82" "2\xEE\x80\x83 x"},
    {"x^a^", NULL},
    {"x^2 ^", NULL},
    {"x\\^2^", NULL},
    {"`m^2^` m^3^", "`m^2^` m\xEE\x80\x82" "3\xEE\x80\x83"},
};

static void signs(void **state)
{
    (void)state;
    size_t wrong = 0;
    for (size_t i = 0; i < sizeof signed_cases / sizeof *signed_cases; i++) {
        size_t n = strlen(signed_cases[i].in);
        Buf out = {0};
        int r = imp_md_pandoc_inline(signed_cases[i].in, n, &out);
        const char *want = signed_cases[i].out ? signed_cases[i].out : "";
        if (r != (signed_cases[i].out != NULL) || out.len != strlen(want) ||
            (out.len && memcmp(out.data, want, out.len) != 0)) {
            print_error("signed row %zu: %d '%.*s', want '%s'\n", i, r, (int)out.len,
                        out.data ? out.data : "", want);
            wrong++;
        }
        buf_free(&out);
    }
    assert_int_equal(wrong, 0);
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
        int r = imp_md_pandoc_inline(in, n, &out);
        free(in);
        unsigned_words(&out);
        const char *want = cases[i].out ? cases[i].out : "";
        if (r != (cases[i].out != NULL) || out.len != strlen(want) ||
            (out.len && memcmp(out.data, want, out.len) != 0) ||
            (r && lines_of(out.data, out.len) != lines_of(cases[i].in, n))) {
            print_error("row %zu: %d '%.*s', want %d '%s'\n", i, r, (int)out.len,
                        out.data ? out.data : "", cases[i].out != NULL, want);
            wrong++;
        }
        buf_free(&out);
    }
    assert_int_equal(wrong, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(rows),
        cmocka_unit_test(signs),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
