/* vi_upper.c - a text in capitals as an official prints it (session 25).
 *
 * An attachment's title is printed in capitals ("DANH SÁCH XÃ ..."), and a
 * heading with `style: upper` too. vi_put_upper turned every letter into
 * its capital, so a title citing "Quyết định số 263/QĐ-TTg" printed
 * "263/QĐ-TTG" in every format (s25attack): a document's number and symbol
 * is written as it was issued, "TTg" (Thủ tướng), "CTr" (Chương trình),
 * whatever the case of the words around it, and an official would correct
 * it by hand. vi_put_upper_printed keeps each such word as written - a run
 * of characters between spaces that begins with a digit (after a bracket
 * or a quote) and holds a '/' before a capital ("263/QĐ-TTg",
 * "08/2024/NQ-HĐND,", "(263/QĐ-TTg)") - and puts the rest in capitals, a
 * unit after a number too ("10.000đ/người"; session 26 review: a symbol
 * in brackets printed "TTG", a unit kept in small letters). One pass over
 * the text.
 */
#include "vi.h"

#include <string.h>

/* The bytes of the opening marks s[0..n) begins with: a bracket, a
 * quote (straight or curly) or an emphasis mark. */
static size_t opening_marks(const char *s, size_t n)
{
    size_t i = 0;
    for (;;) {
        if (i < n && (s[i] == '(' || s[i] == '[' || s[i] == '"' || s[i] == '\'' ||
                      s[i] == '*' || s[i] == '_'))
            i++;
        else if (i + 3 <= n && (memcmp(s + i, "\u201C", 3) == 0 || memcmp(s + i, "\u2018", 3) == 0))
            i += 3;
        else
            return i;
    }
}

/* 1 if the word s[0..n) is a document's number and symbol: a digit first
 * (after its opening marks: "(263/QĐ-TTg)"), then a '/' with a capital
 * after it somewhere ("/QĐ", "/TW"; not a digit: "15/7/2024" is a date,
 * nor a small letter: "10.000đ/người", "100%/năm" are units, printed in
 * capitals as the words around them). */
static int number_and_symbol(const char *s, size_t n)
{
    size_t i = opening_marks(s, n);
    if (i >= n || s[i] < '0' || s[i] > '9')
        return 0;
    for (i++; i + 1 < n; i++) {
        unsigned char c = (unsigned char)s[i + 1];
        if (s[i] == '/' && ((c >= 'A' && c <= 'Z') ||
                            (c >= 0x80 && !vi_begins_small(s + i + 1, NULL, NULL))))
            return 1;
    }
    return 0;
}

void vi_put_upper_printed(Buf *out, const char *s)
{
    buf_putn(out, "", 0); /* an empty text still gives a valid string */
    Buf run = {0};
    while (*s) {
        size_t blank = strspn(s, " \t\n");
        buf_putn(out, s, blank);
        s += blank;
        size_t n = strcspn(s, " \t\n");
        if (number_and_symbol(s, n)) {
            buf_putn(out, s, n);
        } else {
            run.len = 0;
            buf_putn(&run, s, n);
            vi_put_upper(out, buf_str(&run));
        }
        s += n;
    }
    buf_free(&run);
}
