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
 * ("at"), "từ", "đến", "vào" or "khoảng", or before a word of the time
 * of day that is one there: "giờ", "sáng", "chiều", "tối" or "trưa" as
 * a word of its own and not the first of a longer one ("10 sáng kiến",
 * "08 chiều dài", "12 giờ tập huấn" are counts), "ngày" before a date
 * ("08: 00 ngày 15/3"; "10 ngày làm việc" is a count), "đến" or a dash
 * before another time ("08: 00 - 11: 00", "08: 00 đến 11h"; "Chỉ tiêu
 * 17: 25 - 30 xã", "Tiêu chí 17: 20 - 25 hộ" are counts after a label:
 * s42review, s42attack), or after a dash or "đến" that follows a time
 * ("08: 00 - 11: 00" warned its first only: s43msg). A number, ':' and a
 * number that is no time on the other side ("1: 5 đến 1: 10"), a number
 * with its thousands ("1: 10.000") or a scale's words before ("tỷ lệ")
 * make a ratio, never a time. Not a stage: a
 * lookup, pure, linear in the text (load_office.c warns, KH040).
 */
#include "time_typed.h"

#include <string.h>

#include "vi.h"

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

/* 1 if s[i..len), past blanks, begins with one of words, as a word of
 * its own: the next byte ends a word (not a letter, an accented letter's
 * byte or a digit). Sets *end to the byte after that word. */
static int before_one_of(const char *s, size_t len, size_t i, const char *const *words,
                         size_t *end)
{
    while (i < len && s[i] == ' ')
        i++;
    for (; *words; words++) {
        size_t n = strlen(*words);
        if (i + n > len || memcmp(s + i, *words, n) != 0)
            continue;
        unsigned char c = i + n < len ? (unsigned char)s[i + n] : ' ';
        if (vi_word_byte(c)) /* the word goes on */
            continue;
        *end = i + n;
        return 1;
    }
    return 0;
}

/* 1 if s[i..len), past blanks, is a time: one or two digits, then ':',
 * 'h', 'g' or the word "giờ" ("11: 00", "11:00", "11h", "11 giờ"). */
static int time_follows(const char *s, size_t len, size_t i)
{
    while (i < len && s[i] == ' ')
        i++;
    size_t d = i;
    while (d < len && is_digit(s[d]) && d - i < 3)
        d++;
    if (d == i || d - i > 2)
        return 0;
    if (d < len && s[d] == ':')
        return 1; /* "11:00", "11: 00" */
    if (d < len && (s[d] == 'h' || s[d] == 'g')) { /* "11h", "11h30"; not "25ha" (s42review) */
        unsigned char next = d + 1 < len ? (unsigned char)s[d + 1] : ' ';
        return !(next >= 0x80 || ((next | 0x20) >= 'a' && (next | 0x20) <= 'z'));
    }
    static const char *const hour[] = {"giờ", NULL};
    size_t end;
    return before_one_of(s, len, d, hour, &end);
}

/* 1 if the words after a time "H: MM" ending at s[i] make it one: a word
 * of the time of day on its own (then the end of the text or a sentence,
 * a date or another word of the day), "ngày" before a date, "đến" or a
 * dash before another time. */
static int time_after(const char *s, size_t len, size_t i)
{
    static const char *const day_part[] = {"giờ", "sáng", "chiều", "tối", "trưa", NULL};
    static const char *const date[] = {"ngày", NULL};
    static const char *const to[] = {"đến", NULL};
    static const char *const next[] = {"ngày", "thứ", "sáng", "chiều", "tối", "trưa", "nay",
                                       "mai", "hôm", "Chủ", "chủ", "cùng", NULL};
    size_t end, k;
    if (before_one_of(s, len, i, day_part, &end)) {
        for (k = end; k < len && s[k] == ' '; k++)
            ;
        return k == len || !((s[k] | 0x20) >= 'a' && (s[k] | 0x20) <= 'z') ||
               before_one_of(s, len, k, next, &end);
    }
    if (before_one_of(s, len, i, date, &end)) {
        for (k = end; k < len && s[k] == ' '; k++)
            ;
        return k < len && is_digit(s[k]);
    }
    for (k = i; k < len && s[k] == ' '; k++)
        ;
    size_t dash = k < len && s[k] == '-' ? 1
                  : k + 3 <= len && (memcmp(s + k, "\xE2\x80\x93", 3) == 0 ||
                                     memcmp(s + k, "\xE2\x80\x94", 3) == 0) ? 3
                                                                              : 0;
    if (dash)
        return time_follows(s, len, k + dash);
    return before_one_of(s, len, i, to, &end) && time_follows(s, len, end);
}

/* The length of the blanks at s[i]: spaces and no-break spaces (a
 * French keyboard's AutoCorrect puts one before a ':'). */
static size_t blanks_at(const char *s, size_t len, size_t i)
{
    size_t k = i;
    for (;;) {
        if (k < len && s[k] == ' ')
            k++;
        else if (k + 1 < len && (unsigned char)s[k] == 0xC2 && (unsigned char)s[k + 1] == 0xA0)
            k += 2;
        else
            return k - i;
    }
}

/* The length of "H: MM" at s[i] (not inside a longer number), blanks
 * before or after the ':' or both ("08: 00", "08 : 00", "08 :00"), or 0. */
static size_t spaced_at(const char *s, size_t len, size_t i)
{
    if (i > 0 && (is_digit(s[i - 1]) || strchr(".,:/", s[i - 1])))
        return 0;
    size_t h = i;
    while (h < len && is_digit(s[h]) && h - i < 3)
        h++;
    size_t pre = h - i == 0 || h - i > 2 ? 0 : blanks_at(s, len, h);
    if (h == i || h - i > 2 || h + pre >= len || s[h + pre] != ':')
        return 0;
    int hours = h - i == 1 ? s[i] - '0' : (s[i] - '0') * 10 + (s[i + 1] - '0');
    size_t m = h + pre + 1;
    m += blanks_at(s, len, m);
    if (m == h + 1 || m + 2 > len || !is_digit(s[m]) || !is_digit(s[m + 1]) || s[m] > '5' ||
        hours > 23 || (m + 2 < len && (is_digit(s[m + 2]) || s[m + 2] == ':')) ||
        (m + 3 < len && (s[m + 2] == '.' || s[m + 2] == ',') && is_digit(s[m + 3])))
        return 0; /* "1: 10.000", a scale's number, is no time */
    return m + 2 - i;
}

/* What stands before s[i], past blanks and a dash or "đến" joining two
 * values: 1 a time "H:MM" (typed with blanks or not: "08: 00 - 11: 00",
 * whose second was not warned), -1 a number, a ':' and a number that is
 * no time (a map's scale "1: 5 đến 1: 10", "1: 5.000"), 0 neither or no
 * joining word. Looks back a few bytes only. */
static int joined_to(const char *s, size_t i)
{
    enum { TO = sizeof "đến" - 1 };
    size_t k = i;
    while (k > 0 && s[k - 1] == ' ')
        k--;
    if (k > 0 && s[k - 1] == '-')
        k--;
    else if (k >= 3 && (memcmp(s + k - 3, "\xE2\x80\x93", 3) == 0 ||
                        memcmp(s + k - 3, "\xE2\x80\x94", 3) == 0))
        k -= 3;
    else if (k >= TO && memcmp(s + k - TO, "đến", TO) == 0)
        k -= TO;
    else
        return 0;
    while (k > 0 && s[k - 1] == ' ')
        k--;
    size_t end = k; /* the value before: digits, then blanks, ':' and blanks, then digits */
    while (k > 0 && is_digit(s[k - 1]) && end - k < 8)
        k--;
    size_t minutes = end - k;
    while (k > 0 && (s[k - 1] == '.' || s[k - 1] == ',') && k > 1 && is_digit(s[k - 2])) {
        minutes = 0; /* "1: 5.000": a number, no minutes */
        for (k--; k > 0 && is_digit(s[k - 1]);)
            k--;
    }
    if (end == k)
        return 0;
    while (k > 0 && s[k - 1] == ' ')
        k--;
    if (k == 0 || s[k - 1] != ':')
        return 0;
    for (k--; k > 0 && s[k - 1] == ' ';)
        k--;
    size_t h = k;
    while (h > 0 && is_digit(s[h - 1]) && k - h < 3)
        h--;
    if (h == k)
        return 0;
    return minutes == 2 && k - h <= 2 ? 1 : -1;
}

/* 1 if the words before s[i], within its clause, name a scale ("tỷ lệ
 * 1: 5.000"): a ratio, no time. */
static int after_scale(const char *s, size_t i)
{
    size_t from = i > 48 ? i - 48 : 0;
    for (size_t k = i; k > from; k--) {
        if (s[k - 1] == '.' || s[k - 1] == ';' || s[k - 1] == '\n')
            return 0;
        enum { SCALE = sizeof "tỷ lệ" - 1 }; /* "tỉ lệ" is as long */
        if (k >= from + SCALE && (memcmp(s + k - SCALE, "tỷ lệ", SCALE) == 0 ||
                                  memcmp(s + k - SCALE, "tỉ lệ", SCALE) == 0))
            return 1;
    }
    return 0;
}

size_t time_typed_spaced(const char *s, size_t len, size_t *at)
{
    static const char *const before[] = {"lúc", "Lúc", "từ", "Từ", "đến", "vào", "Vào",
                                         "khoảng", "Khoảng", NULL};
    for (size_t i = *at; i + 5 <= len; i++) {
        size_t n = is_digit(s[i]) ? spaced_at(s, len, i) : 0;
        int joined = n ? joined_to(s, i) : 0;
        if (n && joined >= 0 && !after_scale(s, i) &&
            (joined == 1 || after_one_of(s, i, before) || time_after(s, len, i + n))) {
            *at = i;
            return n;
        }
    }
    return 0;
}
