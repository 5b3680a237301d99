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
 * in brackets printed "TTG", a unit kept in small letters), but for a unit
 * of area or volume with its superscript, "km²", whose case is its meaning
 * (session 36). One pass over the text.
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

/* 1 if the word s[0..n) is a unit of area or volume written with its
 * superscript, "km²", "m³", "5km²": after its opening marks and
 * digits, one to three ASCII letters, then '²' or '³', then closing marks
 * only ("(km²)", "m²,"). An SI symbol's case is its meaning (K is the
 * kelvin, M mega): "KM²" in a heading printed in capitals is no unit
 * (s36low). Narrow on purpose: "km2", "ha" and "10.000đ/người" stay with
 * the words around them (session 26: a unit after a number in capitals). */
static int unit_symbol(const char *s, size_t n)
{
    size_t i = opening_marks(s, n), letters = 0;
    while (i < n && ((s[i] >= '0' && s[i] <= '9') || s[i] == '.' || s[i] == ','))
        i++;
    while (i < n && ((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z'))
        i++, letters++;
    if (letters < 1 || letters > 3 || i + 2 > n || (unsigned char)s[i] != 0xC2 ||
        ((unsigned char)s[i + 1] != 0xB2 && (unsigned char)s[i + 1] != 0xB3))
        return 0;
    for (i += 2; i < n; i++)
        if (!strchr(").,;:]\"'*_", s[i]))
            return 0;
    return 1;
}

/* The bytes at the start of w[0..n) that are an address, kept as
 * written: a link's destination (dest: w begins right after its "](") up
 * to its ')' (nested pairs counted), an autolink "<https://...>", a bare
 * "http://..." or "https://..." the rest of the word; 0 for none. */
static size_t address_at(const char *w, size_t n, int dest)
{
    if (dest) {
        size_t depth = 1, i = 0;
        for (; i < n && depth; i++)
            depth += w[i] == '(' ? 1 : w[i] == ')' ? (size_t)-1 : 0;
        return depth ? n : i - 1; /* its ')' goes with the words */
    }
    if (n > 1 && w[0] == '<' &&
        (strncmp(w + 1, "http://", 7) == 0 || strncmp(w + 1, "https://", 8) == 0 ||
         strncmp(w + 1, "mailto:", 7) == 0)) {
        const char *close = memchr(w, '>', n);
        return close ? (size_t)(close - w) + 1 : n;
    }
    if ((n >= 7 && strncmp(w, "http://", 7) == 0) || (n >= 8 && strncmp(w, "https://", 8) == 0))
        return n;
    return 0;
}

/* Puts the word w[0..n) in capitals, its addresses as written (a link's
 * destination in a heading in capitals printed "HTTPS://X.VN/QD.PDF", a
 * path the server no longer finds: s26review). One pass. */
static void put_word_upper(Buf *out, Buf *run, const char *w, size_t n)
{
    size_t i = 0;
    int dest = 0;
    while (i < n) {
        size_t keep = address_at(w + i, n - i, dest);
        buf_putn(out, w + i, keep);
        i += keep;
        dest = 0;
        size_t j = i; /* the words up to the next "](" (with it) or '<' */
        for (; j < n; j++) {
            if (w[j] == ']' && j + 1 < n && w[j + 1] == '(') {
                j += 2, dest = 1;
                break;
            }
            if (w[j] == '<' && j > i)
                break;
        }
        run->len = 0;
        buf_putn(run, w + i, j - i);
        vi_put_upper(out, buf_str(run));
        i = j;
    }
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
        size_t marks = opening_marks(s, n);
        if (number_and_symbol(s, n) || unit_symbol(s, n)) {
            buf_putn(out, s, n);
        } else {
            run.len = 0;
            buf_putn(&run, s, marks);
            vi_put_upper(out, buf_str(&run));
            put_word_upper(out, &run, s + marks, n - marks);
        }
        s += n;
    }
    buf_free(&run);
}

void vi_put_upper_links(Buf *out, const char *s)
{
    buf_putn(out, "", 0); /* an empty text still gives a valid string */
    Buf run = {0};
    while (*s) {
        size_t blank = strspn(s, " \t\n");
        buf_putn(out, s, blank);
        s += blank;
        size_t n = strcspn(s, " \t\n");
        put_word_upper(out, &run, s, n);
        s += n;
    }
    buf_free(&run);
}
