/* time_typed.c - a time of day in a text typed with a space after its
 * colon.
 *
 * A phone's keyboard (and Word's AutoCorrect in some setups) puts a space
 * after every ':' typed, and a time "08:00" becomes "08: 00". In a text
 * written without quotes YAML refuses the ': ' (KH005 says to quote the
 * value), but in a '>' or '|' text or in quotes the text is read as typed
 * and every format printed "lúc 08: 00", exit 0 (s41slip: 12 of 12 such
 * mutants). A number, a colon and a number are no time by themselves
 * ("Chỉ tiêu 17: 25 xã"): this file finds "H: MM" (hours 0-23, two digits
 * of minutes 00-59) only where the words make it a time: after "lúc"
 * ("at"), "từ", "đến", "vào" or "khoảng", or before "giờ", "ngày",
 * "sáng" or "chiều", or before "đến" or a dash and another time ("08: 00
 * - 11: 00"; "Tiêu chí 17: 20 - 25 hộ" is no time). Not a stage: a
 * lookup, pure, linear in the text (load_office.c warns, KH040).
 */
#include "time_typed.h"

#include <string.h>

static int is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* 1 if s[0..i) ends with one of words and blanks, the word starting a
 * word. */
static int after_one_of(const char *s, size_t i, const char *const *words)
{
    size_t k = i;
    while (k > 0 && s[k - 1] == ' ')
        k--;
    if (k == i)
        return 0;
    for (; *words; words++) {
        size_t n = strlen(*words);
        if (k >= n && memcmp(s + k - n, *words, n) == 0 &&
            (k == n || s[k - n - 1] == ' ' || s[k - n - 1] == '(' || s[k - n - 1] == '\n'))
            return 1;
    }
    return 0;
}

/* 1 if s[i..len), past blanks, begins with one of words. */
static int before_one_of(const char *s, size_t len, size_t i, const char *const *words)
{
    while (i < len && s[i] == ' ')
        i++;
    for (; *words; words++) {
        size_t n = strlen(*words);
        if (i + n <= len && memcmp(s + i, *words, n) == 0)
            return 1;
    }
    return 0;
}

/* The length of "H: MM" at s[i] (not inside a longer number), or 0. */
static size_t spaced_at(const char *s, size_t len, size_t i)
{
    if (i > 0 && (is_digit(s[i - 1]) || strchr(".,:/", s[i - 1])))
        return 0;
    size_t h = i;
    while (h < len && is_digit(s[h]) && h - i < 3)
        h++;
    if (h == i || h - i > 2 || h >= len || s[h] != ':')
        return 0;
    int hours = h - i == 1 ? s[i] - '0' : (s[i] - '0') * 10 + (s[i + 1] - '0');
    size_t m = h + 1;
    while (m < len && s[m] == ' ')
        m++;
    if (m == h + 1 || m + 2 > len || !is_digit(s[m]) || !is_digit(s[m + 1]) || s[m] > '5' ||
        hours > 23 || (m + 2 < len && (is_digit(s[m + 2]) || s[m + 2] == ':')))
        return 0;
    return m + 2 - i;
}

/* 1 if s[i..len), past blanks, is a time's end of a range: "đến", a
 * dash, then a time ("11:00", "11: 00", "11h", "11 giờ"). "Tiêu chí 17:
 * 20 - 25 hộ" and "Chỉ tiêu 2: 15 đến 20 lớp" are a heading's number
 * before a range of counts, no time (s42review). */
static int before_range_of_times(const char *s, size_t len, size_t i)
{
    static const char *const dashes[] = {"đến", "-", "\xE2\x80\x93", NULL};
    while (i < len && s[i] == ' ')
        i++;
    size_t k = 0;
    for (const char *const *d = dashes; *d && !k; d++)
        if (i + strlen(*d) <= len && memcmp(s + i, *d, strlen(*d)) == 0)
            k = i + strlen(*d);
    if (!k)
        return 0;
    while (k < len && s[k] == ' ')
        k++;
    size_t h = k;
    while (h < len && is_digit(s[h]) && h - k < 3)
        h++;
    if (h == k || h - k > 2)
        return 0;
    if (h < len && s[h] == ':')
        return 1; /* "11:00", "11: 00" */
    if (h < len && s[h] == 'h') { /* "11h", "11h30"; not "25ha" */
        unsigned char next = h + 1 < len ? (unsigned char)s[h + 1] : ' ';
        return !(next >= 0x80 || ((next | 0x20) >= 'a' && (next | 0x20) <= 'z'));
    }
    static const char *const hours[] = {"giờ", NULL};
    return h < len && s[h] == ' ' && before_one_of(s, len, h, hours);
}

size_t time_typed_spaced(const char *s, size_t len, size_t *at)
{
    static const char *const before[] = {"lúc", "Lúc", "từ", "Từ", "đến", "vào", "Vào",
                                         "khoảng", "Khoảng", NULL};
    static const char *const after[] = {"giờ", "ngày", "sáng", "chiều", NULL};
    for (size_t i = *at; i + 5 <= len; i++) {
        size_t n = is_digit(s[i]) ? spaced_at(s, len, i) : 0;
        if (n && (after_one_of(s, i, before) || before_one_of(s, len, i + n, after) ||
                  before_range_of_times(s, len, i + n))) {
            *at = i;
            return n;
        }
    }
    return 0;
}
