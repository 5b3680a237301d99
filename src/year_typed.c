/* year_typed.c - a year in a text typed with a thousands separator.
 *
 * A drafter who types numbers all day groups their thousands ("12.500
 * hộ"), and the habit reaches the years: "năm 2.024", "giai đoạn
 * 2.021-2.025", "tháng 12/2,024" (an English keyboard's comma). Nothing
 * reads a year in the prose, and every format printed it as typed, exit 0
 * (s40slip: 27 of its mutants). A number is a year only by the words
 * around it: "2.024 hộ" is a count of households. This file finds the
 * four-digit years 1900-2099 written with a '.' or ',' after the first
 * digit where the text makes them years: after the word "năm" ("year")
 * or "giai đoạn" ("period") but not "mỗi năm" ("each year"), after a
 * date's or a month's "/" ("31/12/2.024", "tháng 12/2.024", "quý
 * IV/2.024"; not a count's, "1.950/2.000 hộ"), or on either side of a
 * dash with another year, one written plainly or one the words make a
 * year ("2021 – 2.025", "giai đoạn 2.021-2.025"; "từ 1.900 - 2.000 hộ"
 * is a range of counts). A count after "năm" reads
 * so only with a separator after its first digit and three digits after
 * it, 1.900 to 2.099 ("năm 2.024" is no count of years a plan names).
 * Not a stage: a lookup, pure, linear in the text (load_office.c warns).
 */
#include "year_typed.h"

#include <string.h>

static int is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* The year written d.ddd or d,ddd at s[i] (1900-2099, not inside a longer
 * number: no digit, '.' or ',' before a digit around it), or 0. */
static int grouped_at(const char *s, size_t len, size_t i)
{
    if (i + 5 > len || (s[i + 1] != '.' && s[i + 1] != ','))
        return 0;
    for (size_t k = 2; k < 5; k++)
        if (!is_digit(s[i + k]))
            return 0;
    if (!((s[i] == '1' && s[i + 2] == '9') || (s[i] == '2' && s[i + 2] == '0')))
        return 0;
    if (i > 0 && (is_digit(s[i - 1]) ||
                  ((s[i - 1] == '.' || s[i - 1] == ',') && i > 1 && is_digit(s[i - 2]))))
        return 0;
    if (i + 5 < len && (is_digit(s[i + 5]) || (((s[i + 5] == '.' || s[i + 5] == ',')) &&
                                               i + 6 < len && is_digit(s[i + 6]))))
        return 0;
    return (s[i] - '0') * 1000 + (s[i + 2] - '0') * 100 + (s[i + 3] - '0') * 10 + (s[i + 4] - '0');
}

/* The length of a year at s[i] as written either way ("2025", "2.025"),
 * or 0. */
static size_t any_year_at(const char *s, size_t len, size_t i)
{
    if (grouped_at(s, len, i))
        return 5;
    if (i + 4 > len || !(s[i] == '1' || s[i] == '2'))
        return 0;
    for (size_t k = 1; k < 4; k++)
        if (!is_digit(s[i + k]))
            return 0;
    return i + 4 < len && is_digit(s[i + 4]) ? 0 : 4;
}

/* The length of a dash at s[i] with the blanks around it ("-", " - ",
 * "–", "—"), or 0. */
static size_t dash_at(const char *s, size_t len, size_t i)
{
    size_t k = i;
    while (k < len && s[k] == ' ')
        k++;
    size_t d = k < len && s[k] == '-'                                             ? 1
               : k + 3 <= len && (memcmp(s + k, "\xE2\x80\x93", 3) == 0 ||
                                  memcmp(s + k, "\xE2\x80\x94", 3) == 0) ? 3
                                                                          : 0;
    if (!d)
        return 0;
    k += d;
    while (k < len && s[k] == ' ')
        k++;
    return k - i;
}

/* 1 if s[0..i) ends with word and blanks ("năm ", "Năm  "), the word
 * starting a word. */
static int after_word(const char *s, size_t i, const char *word)
{
    size_t n = strlen(word), k = i;
    while (k > 0 && s[k - 1] == ' ')
        k--;
    if (k == i || k < n || memcmp(s + k - n, word, n) != 0)
        return 0;
    return k == n || !((s[k - n - 1] | 0x20) >= 'a' && (s[k - n - 1] | 0x20) <= 'z');
}

/* 1 if s[0..i) ends with a month's or a quarter's number and a '/'
 * ("12/", "31/12/", "quý IV/"): one or two digits (1-12) not part of a
 * longer number, or I-IV. "1.950/2.000 hộ" (1,950 of 2,000 households,
 * a report's "đạt x/y") is a count over a count (s42review). */
static int after_month(const char *s, size_t i)
{
    if (i < 2 || s[i - 1] != '/')
        return 0;
    size_t k = i - 1, d = 0;
    while (k > 0 && is_digit(s[k - 1]) && d < 3)
        k--, d++;
    if (d == 0) { /* "IV/" */
        size_t r = 0;
        while (k > 0 && strchr("IV", s[k - 1]) && r < 4)
            k--, r++;
        return r >= 1 && r <= 3 && (k == 0 || s[k - 1] == ' ');
    }
    int month = d == 1 ? s[k] - '0' : (s[k] - '0') * 10 + (s[k + 1] - '0');
    return d <= 2 && month >= 1 && month <= 12 &&
           !(k >= 2 && (s[k - 1] == '.' || s[k - 1] == ',') && is_digit(s[k - 2]));
}

/* 1 if the year at s[i] is one by the words before it: after "năm"
 * ("year") or "giai đoạn" ("period"), but not after "mỗi năm", "hằng
 * năm", "hàng năm" ("each year": "mỗi năm 2.000 lượt người" counts
 * people, s42review), or after a month's '/'. */
static int year_by_words(const char *s, size_t i)
{
    static const char *const words[] = {"năm", "Năm", "NĂM", "giai đoạn", "Giai đoạn", "GIAI ĐOẠN"};
    static const char *const each[] = {"mỗi năm", "Mỗi năm", "hằng năm", "Hằng năm",
                                       "hàng năm", "Hàng năm"};
    for (size_t w = 0; w < sizeof each / sizeof each[0]; w++)
        if (after_word(s, i, each[w]))
            return 0;
    for (size_t w = 0; w < sizeof words / sizeof words[0]; w++)
        if (after_word(s, i, words[w]))
            return 1;
    return after_month(s, i);
}

/* 1 if a year written y bytes long at s[k] makes the one beside it across
 * a dash a year: written plainly ("2021 - 2.025"), or itself a year by
 * the words before it ("giai đoạn 2.021-2.025"). Two counts across a
 * dash ("từ 1.900 - 2.000 hộ") are no years (s42review). */
static int year_partner(const char *s, size_t k, size_t y)
{
    return y == 4 || year_by_words(s, k);
}

/* 1 if the year at s[i] is one by the words around it. */
static int is_a_year_here(const char *s, size_t len, size_t i)
{
    if (year_by_words(s, i))
        return 1;
    size_t d = dash_at(s, len, i + 5), y;
    if (d && (y = any_year_at(s, len, i + 5 + d)) != 0 && year_partner(s, i + 5 + d, y))
        return 1; /* "2.021 - 2025" */
    for (size_t back = 1; back <= 9 && back <= i; back++) /* "2021-2.025" */
        for (y = 4; y <= 5; y++)
            if (i >= back + y && dash_at(s, len, i - back) == back &&
                any_year_at(s, len, i - back - y) == y && year_partner(s, i - back - y, y))
                return 1;
    return 0;
}

int year_typed_grouped(const char *s, size_t len, size_t *at)
{
    for (size_t i = *at; i + 5 <= len; i++) {
        int year = s[i] == '1' || s[i] == '2' ? grouped_at(s, len, i) : 0;
        if (year && is_a_year_here(s, len, i)) {
            *at = i;
            return year;
        }
    }
    return 0;
}
