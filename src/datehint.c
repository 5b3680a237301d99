/* datehint.c - what the plan language writes for a date or deadline a
 * drafter wrote as Vietnamese documents write it.
 *
 * Every Vietnamese document writes a date day first ("30/6/2025", "ngày 30
 * tháng 6 năm 2025") and a deadline in words ("Quý II/2025", "tháng
 * 6/2025", "6 tháng đầu năm 2025", "thường xuyên", "trước ngày
 * 30/6/2025"). The plan language writes them 2025-06-30, 2025-Q2,
 * 2025-06, 2025-H1, ongoing, {before: 2025-06-30}. When a `date:` or a
 * `due:` is not in the plan's form (KH301, KH302, a date column's KH611),
 * the reader asks here for the form to write, so that the message says
 * "write 2025-06-30" rather than the pattern letters, and says that
 * "31/6/2025" does not exist. Only a whole value in one of these shapes is
 * read; anything else gets no hint and the message lists the forms.
 *
 * Not a stage: a helper of parse_read.c and attach.c's messages; nothing
 * here decides what a value means.
 */
#include "datehint.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "vi.h"

/* The cursor over the value: words compared without the case of their
 * first letter (every word here begins with an ASCII letter). */
typedef struct {
    const char *p;
} Cur;

static void skip_spaces(Cur *c) /* of any kind: "Quý\u00A0II/2024" (vi_words.c) */
{
    c->p += vi_spaces_len(c->p);
}

/* Whether the cursor is at word (its first letter in either case) followed
 * by a space, a digit, '/' or the end; the cursor moves past it and the
 * spaces after it. */
static int take_word(Cur *c, const char *word)
{
    size_t n = strlen(word);
    if (tolower((unsigned char)c->p[0]) != (unsigned char)word[0] || strncmp(c->p + 1, word + 1, n - 1) != 0)
        return 0;
    char next = c->p[n];
    if (next != '\0' && !vi_space_len(c->p + n) && next != '/' && !isdigit((unsigned char)next))
        return 0;
    c->p += n;
    skip_spaces(c);
    return 1;
}

/* A number of 1 to max_digits digits, or -1 (the cursor unmoved). */
static int take_number(Cur *c, int max_digits)
{
    int value = 0, n = 0;
    while (isdigit((unsigned char)c->p[n]) && n < max_digits)
        value = value * 10 + (c->p[n++] - '0');
    if (n == 0 || isdigit((unsigned char)c->p[n]))
        return -1;
    c->p += n;
    return value;
}

/* A year of four digits in the plan's range, or -1. */
static int take_year(Cur *c)
{
    const char *start = c->p;
    int y = take_number(c, 4);
    if (y < 1900 || y > 2999 || c->p - start != 4) {
        c->p = start;
        return -1;
    }
    return y;
}

/* Whether only a full stop and spaces are left. */
static int at_end(Cur *c)
{
    skip_spaces(c);
    if (*c->p == '.')
        c->p++;
    skip_spaces(c);
    return *c->p == '\0';
}

/* The separator between a date's numbers: '/', '-' or '.' (the same one
 * twice: *sep holds the first), or 0. */
static int take_sep(Cur *c, char *sep)
{
    char s = *c->p;
    if (s != '/' && s != '-' && s != '.')
        return 0;
    if (*sep && s != *sep)
        return 0;
    *sep = s;
    c->p++;
    return 1;
}

/* "tháng 6/2025", "tháng 6 năm 2025", "6/2025" after the cursor: month and
 * year, or 0. */
static int month_year(Cur *c, int *m, int *y)
{
    Cur k = *c;
    int month = take_number(&k, 2);
    if (month < 1 || month > 12)
        return 0;
    skip_spaces(&k);
    if (*k.p == '/' || *k.p == '-') {
        k.p++;
    } else if (!take_word(&k, "năm")) {
        return 0;
    }
    int year = take_year(&k);
    if (year < 0)
        return 0;
    *m = month;
    *y = year;
    *c = k;
    return 1;
}

/* A day-first date at the cursor: "30/6/2025", "30-06-2025", "30.06.2025",
 * "30 tháng 6 năm 2025" (after "ngày"); or year first with its numbers
 * unpadded, "2025-6-30", "2025/06/30". 1 with *d, *m, *y set, 0 when it is
 * none (then nothing is set). The day may not exist: the caller checks. */
static int day_month_year(Cur *c, int *d, int *m, int *y)
{
    Cur k = *c;
    char sep = 0;
    int a = take_number(&k, 4);
    if (a < 0)
        return 0;
    if (k.p - c->p == 4) { /* year first */
        int month, day;
        if (a < 1900 || a > 2999 || !take_sep(&k, &sep) || (month = take_number(&k, 2)) < 0 ||
            !take_sep(&k, &sep) || (day = take_number(&k, 2)) < 0)
            return 0;
        *y = a, *m = month, *d = day;
        *c = k;
        return 1;
    }
    int month, year;
    skip_spaces(&k);
    if (take_word(&k, "tháng")) {
        if ((month = take_number(&k, 2)) < 0)
            return 0;
        skip_spaces(&k);
        if (!take_word(&k, "năm") || (year = take_year(&k)) < 0)
            return 0;
    } else if (!take_sep(&k, &sep) || (month = take_number(&k, 2)) < 0 ||
               !take_sep(&k, &sep) || (year = take_year(&k)) < 0) {
        return 0;
    }
    if (month < 1 || month > 12 || a < 1 || a > 31)
        return 0; /* "06/30/2025": another order, no guess */
    *d = a, *m = month, *y = year;
    *c = k;
    return 1;
}

/* A quarter "quý II/2025", "Quý 2 năm 2025", "Q2/2025": 1..4 and the
 * year, or 0. */
static int quarter(Cur *c, int *q, int *y)
{
    static const char *const roman[] = {"IV", "III", "II", "I"};
    static const int value[] = {4, 3, 2, 1};
    Cur k = *c;
    if (!take_word(&k, "quý") && !take_word(&k, "qúy") && !take_word(&k, "quí")) {
        if (*k.p != 'Q' && *k.p != 'q')
            return 0;
        k.p++;
    }
    int n = -1;
    for (int i = 0; i < 4 && n < 0; i++)
        if (strncmp(k.p, roman[i], strlen(roman[i])) == 0) {
            k.p += strlen(roman[i]);
            n = value[i];
        }
    if (n < 0 && (n = take_number(&k, 1)) < 1)
        return 0;
    if (n > 4)
        return 0;
    skip_spaces(&k);
    if (*k.p == '/' || *k.p == '-')
        k.p++;
    else if (!take_word(&k, "năm"))
        return 0;
    if ((*y = take_year(&k)) < 0)
        return 0;
    *q = n;
    *c = k;
    return 1;
}

/* "6 tháng đầu năm 2025" (1), "6 tháng cuối năm 2025" (2), or 0. */
static int half(Cur *c, int *y)
{
    Cur k = *c;
    if (take_number(&k, 1) != 6)
        return 0;
    skip_spaces(&k);
    if (!take_word(&k, "tháng"))
        return 0;
    int h = take_word(&k, "đầu") ? 1 : take_word(&k, "cuối") ? 2 : 0;
    if (!h || !take_word(&k, "năm") || (*y = take_year(&k)) < 0)
        return 0;
    *c = k;
    return h;
}

/* The plan's own year-first form with a one-digit month or day ("2024-6",
 * "2024-6-5", "2024-06-5"): the same with two digits (s35attack). */
static int iso_short(const char *s, int full_only, char *out, size_t cap)
{
    int n[3] = {0, 0, 0}, len[3] = {0, 0, 0}, parts = 0;
    for (; parts < 3; parts++) {
        while (isdigit((unsigned char)*s) && len[parts] < 5)
            n[parts] = n[parts] * 10 + (*s++ - '0'), len[parts]++;
        if (*s != '-')
            break;
        s++;
    }
    if (*s || parts < 1 || parts > 2 || len[0] != 4 || (full_only && parts < 2) ||
        len[1] < 1 || len[1] > 2 || (parts == 2 && (len[2] < 1 || len[2] > 2)) ||
        (len[1] == 2 && (parts == 1 || len[2] == 2)) || n[1] < 1 || n[1] > 12)
        return 0; /* not this shape, or already two digits each */
    if (parts == 1) {
        snprintf(out, cap, "%04d-%02d", n[0], n[1]);
        return DATEHINT_FORM;
    }
    if (!vi_date_valid(n[0], n[1], n[2])) {
        snprintf(out, cap, "YYYY-MM-DD");
        return DATEHINT_NOT_REAL;
    }
    snprintf(out, cap, "%04d-%02d-%02d", n[0], n[1], n[2]);
    return DATEHINT_FORM;
}

/* The date forms, after an optional "ngày"/"tháng"/"năm". */
static int hint_date(Cur *c, int full_only, char *out, size_t cap)
{
    int d, m, y;
    int iso = iso_short(c->p, full_only, out, cap);
    if (iso)
        return iso;
    int said_day = take_word(c, "ngày");
    if (day_month_year(c, &d, &m, &y)) {
        if (!at_end(c))
            return 0;
        if (!vi_date_valid(y, m, d)) {
            snprintf(out, cap, "YYYY-MM-DD"); /* the form, the day unknown */
            return DATEHINT_NOT_REAL;
        }
        snprintf(out, cap, "%04d-%02d-%02d", y, m, d);
        return DATEHINT_FORM;
    }
    if (said_day || full_only)
        return 0;
    int said_month = take_word(c, "tháng");
    if (month_year(c, &m, &y) && at_end(c)) {
        snprintf(out, cap, "%04d-%02d", y, m);
        return DATEHINT_FORM;
    }
    if (!said_month && (take_word(c, "năm") || take_word(c, "cả năm")) &&
        (y = take_year(c)) > 0 && at_end(c)) {
        snprintf(out, cap, "%04d", y);
        return DATEHINT_FORM;
    }
    return 0;
}

int date_hint(const char *text, int what, char *out, size_t cap)
{
    Cur c = {text};
    skip_spaces(&c);
    if (what == DATEHINT_DATE)
        return hint_date(&c, 0, out, cap);
    if (what == DATEHINT_FULL_DATE)
        return hint_date(&c, 1, out, cap);
    int before = take_word(&c, "trước");
    if (!before && (take_word(&c, "thường") || take_word(&c, "thuong"))) {
        if (!take_word(&c, "xuyên") && !take_word(&c, "xuyen"))
            return 0;
        if (take_word(&c, "trong") && (!take_word(&c, "năm") || take_year(&c) < 0))
            return 0;
        if (!at_end(&c))
            return 0;
        snprintf(out, cap, "ongoing");
        return DATEHINT_FORM;
    }
    char form[16];
    int rc, q, y, h;
    Cur k = c;
    if (quarter(&k, &q, &y) && at_end(&k)) {
        snprintf(form, sizeof form, "%04d-Q%d", y, q);
        rc = DATEHINT_FORM;
    } else if ((k = c, h = half(&k, &y)) && at_end(&k)) {
        snprintf(form, sizeof form, "%04d-H%d", y, h);
        rc = DATEHINT_FORM;
    } else if ((rc = hint_date(&c, 0, form, sizeof form)) == 0) {
        return 0;
    }
    if (before)
        snprintf(out, cap, "{before: %s}", form);
    else
        snprintf(out, cap, "%s", form);
    return rc;
}
