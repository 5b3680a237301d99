/* import_headjoin.c - the header's lines a converter or a drafter broke.
 *
 * The header's fields left blank for the clerk ("Số:      /KH-UBND",
 * "Yên Thế, ngày      tháng 01 năm 2024") come broken at their blanks out
 * of a PDF's text, and a drafter breaks the place and date line in the
 * header's narrow column with a line break: import_head.c joins them back
 * here (imp_join_blank_fields) before it reads the header's lines. Moved
 * out of import_head.c (near its 1,200 lines) as it was.
 */
#include <string.h>

#include "import_impl.h"

/* Whether s[0..n) ends with the word w ("Số:", "ngày"), after spaces. */
static int ends_word(const char *s, size_t n, const char *w)
{
    size_t l = strlen(w);
    while (n && s[n - 1] == ' ')
        n--;
    return n >= l && memcmp(s + n - l, w, l) == 0 &&
           (n == l || s[n - l - 1] == ' ' || s[n - l - 1] == '\n');
}

/* The header's fields left blank for the clerk ("Số:      /KH-UBND",
 * "Yên Thế, ngày      tháng 01 năm 2024") broken at their blanks into
 * paragraphs, as a PDF's text gives them (pdftotext): "Số:" over
 * "/KH-UBND", "Yên Thế, ngày" over "tháng 01 năm 2024". The number was
 * left out as a note and "/KH-UBND" printed as an issuer line, the place
 * and the month lost (s39cycle). Above the mark, a line ending "Số:"
 * joins the first line after it that starts with "/", one ending "ngày"
 * or "tháng" the next when it starts with "tháng" or "năm"; the first is
 * then empty (header_lines skips it), the other holds both. */
static int starts_word(const char *s, const char *w)
{
    size_t l = strlen(w);
    return strncmp(s, w, l) == 0 && (s[l] == ' ' || s[l] == '\n' || !s[l]);
}

/* Whether s[0..n) ends with a number of at most four digits after the
 * word w: "ngày 15", "tháng 01". */
static int ends_number_after(const char *s, size_t n, const char *w)
{
    size_t d = 0;
    while (d < n && d <= 4 && s[n - 1 - d] >= '0' && s[n - 1 - d] <= '9')
        d++;
    return d && d <= 4 && n > d && s[n - d - 1] == ' ' && ends_word(s, n - d - 1, w);
}

/* Whether b's first line (up to its line break) holds w. */
static int line_holds(const char *b, const char *w)
{
    size_t line = strcspn(b, "\n"), l = strlen(w);
    for (size_t i = 0; i + l <= line; i++)
        if (memcmp(b + i, w, l) == 0)
            return 1;
    return 0;
}

/* Whether a line ending at a + n and the line b are a date's words
 * broken at a blank ("ngày" over "tháng ...", "tháng" over "năm ..." or
 * "01 năm 2024"), or at a line break a drafter typed in a narrow column
 * (Shift+Enter in Word: "... năm" over "2024", "Yên Thế," over "ngày
 * ..."; the place and date were lost, s50attack F8; so, with two KH761
 * warnings, after "ngày 15", after "tháng 01" and inside "ngày 15/01/"
 * over "2024", s51word F5): 1 when they join with a space, 2 without one
 * (a date in figures), 0 when they are no such date. */
static int date_split(const char *a, size_t n, const char *b)
{
    while (n && a[n - 1] == ' ')
        n--;
    int digit = b[0] >= '0' && b[0] <= '9';
    int year = strspn(b, "0123456789") == 4 && (!b[4] || b[4] == ' ' || b[4] == '\n' || b[4] == '.');
    size_t d = 0; /* the figures and slashes a ends with: "15/01/" */
    while (d < n && d < 8 && ((a[n - 1 - d] >= '0' && a[n - 1 - d] <= '9') || a[n - 1 - d] == '/'))
        d++;
    if (digit && d > 1 && a[n - 1] == '/' && d < n && a[n - d - 1] == ' ' && ends_word(a, n - d - 1, "ngày"))
        return 2;
    return ((ends_word(a, n, "ngày") || ends_word(a, n, "tháng")) &&
            (starts_word(b, "tháng") || starts_word(b, "năm") ||
             (digit && (line_holds(b, " năm ") || b[strspn(b, "0123456789")] == '/')))) ||
           (ends_number_after(a, n, "ngày") && starts_word(b, "tháng")) ||
           (ends_number_after(a, n, "tháng") && starts_word(b, "năm")) ||
           (ends_word(a, n, "năm") && year) || (n && a[n - 1] == ',' && starts_word(b, "ngày"));
}

/* P[to] becomes P[from]'s text, sep, then its own; P[from] empty. */
static void join_into(Ctx *c, Para *P, size_t from, size_t to, const char *sep)
{
    P[to].text = arena_printf(c->arena, "%s%s%s", P[from].text, sep, P[to].text);
    P[to].flat = flatten(c, P[to].text);
    P[from].text = P[from].flat = "";
}

void imp_join_blank_fields(Ctx *c, Para *P, long mark)
{
    for (size_t k = 0; k < (size_t)mark; k++) {
        const char *t0 = P[k].text, *from = t0; /* its lines so broken ("ngày\ntháng\nnăm 2024") */
        Buf t = {0};
        for (const char *nl = strchr(t0, '\n'); nl; nl = strchr(nl + 1, '\n')) {
            int how = date_split(t0, (size_t)(nl - t0), nl + 1);
            if (!how)
                continue;
            buf_putn(&t, from, (size_t)(nl - from));
            if (how == 1)
                buf_putc(&t, ' ');
            from = nl + 1;
        }
        if (from != t0) {
            buf_puts(&t, from);
            P[k].text = buf_to_arena(&t, c->arena);
            P[k].flat = flatten(c, P[k].text);
        }
        buf_free(&t);
    }
    /* "Số:" may stand a line or two above its "/KH-UBND" (the national
     * name printed beside it, read between them) */
    long number = -1;
    for (size_t k = 0; k < (size_t)mark; k++) {
        const char *a = P[k].text;
        int how;
        size_t n = strlen(a);
        if (strchr(a, '\n') || !*a)
            continue;
        if (number >= 0 && a[0] == '/') {
            join_into(c, P, (size_t)number, k, " ");
            number = -1;
        } else if (ends_word(a, n, "Số:")) {
            number = (long)k;
        } else if (k + 1 < (size_t)mark && !strchr(P[k + 1].text, '\n') &&
                   (how = date_split(a, n, P[k + 1].text)) != 0) {
            join_into(c, P, k, k + 1, how == 2 ? "" : " "); /* the next may join the one after it */
        }
    }
}
