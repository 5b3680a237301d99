/* vi_upper.c - a text in capitals as an official prints it (session 25).
 *
 * An attachment's title is printed in capitals ("DANH SÁCH XÃ ..."), and a
 * heading with `style: upper` too. vi_put_upper turned every letter into
 * its capital, so a title citing "Quyết định số 263/QĐ-TTg" printed
 * "263/QĐ-TTG" in every format (s25attack): a document's number and symbol
 * is written as it was issued, "TTg" (Thủ tướng), "CTr" (Chương trình),
 * whatever the case of the words around it, and an official would correct
 * it by hand. vi_put_upper_printed keeps each such word as written - a run
 * of characters between spaces that begins with a digit and holds a '/'
 * before a letter ("263/QĐ-TTg", "08/2024/NQ-HĐND,") - and puts the rest
 * in capitals. One pass over the text.
 */
#include "vi.h"

#include <string.h>

/* 1 if the word s[0..n) is a document's number and symbol: a digit first,
 * then a '/' with a letter (not a digit: "15/7/2024" is a date) after it
 * somewhere. */
static int number_and_symbol(const char *s, size_t n)
{
    if (!n || s[0] < '0' || s[0] > '9')
        return 0;
    for (size_t i = 1; i + 1 < n; i++)
        if (s[i] == '/' && !(s[i + 1] >= '0' && s[i + 1] <= '9') && s[i + 1] != '/')
            return 1;
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
