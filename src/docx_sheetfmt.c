/* docx_sheetfmt.c - a worksheet cell's number as Excel shows it.
 *
 * An .xlsx keeps a number as a double and the way it is shown as a number
 * format: a built-in one by its id (3, "#,##0") or a code of the workbook's
 * own (styles.xml's numFmt, "#,##0.0", "dd/mm/yyyy", "0%"). A worksheet
 * pasted into a Word plan is shown by Word as the picture Excel drew of its
 * cells, on the drafter's Vietnamese Windows: '.' between thousands, ','
 * before the decimals, the short date day first. A Biểu typed in Word says
 * "1.234.567,5" and "15/03/2025"; so does the worksheet's cell read here,
 * and import reads either one way (import_attrows.c types the column).
 *
 * What is followed: the sections of a code (positive;negative;zero;text),
 * the digit placeholders 0 # ? with the decimal point, the thousands
 * separator and the scaling commas after the digits, '%', an exponent
 * "E+00", literal text ("\"đ\"", \x, _x as a space, *x left out, a
 * currency's "[$₫-42A]"), colours and locales in brackets left out; a date
 * or time's d, m, y, h, s tokens ("m" after h or before s is the minute),
 * "[h]" elapsed hours, AM/PM as a Vietnamese Windows writes it (SA, CH),
 * month and weekday names in Vietnamese ("tháng 3", "Thứ Hai"). Not
 * followed: a section's condition ("[>100]", the whole code read as
 * General), fractions ("# ?/?", the decimal written), text between digit
 * placeholders ("000-000": after the number), fractions of a second. A
 * date outside Excel's years 1900-9999 is written as General, where Excel
 * shows "#####".
 *
 * Stage: import (the .docx reader's worksheets). Pure: no I/O.
 */
#include "docx_sheetfmt.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vi.h"

static const struct {
    int id;
    const char *code;
} builtins[] = {
    {1, "0"}, {2, "0.00"}, {3, "#,##0"}, {4, "#,##0.00"}, {9, "0%"}, {10, "0.00%"},
    {11, "0.00E+00"}, {12, "# ?/?"}, {13, "# ?\?/?\?"}, {14, "dd/mm/yyyy"}, {15, "d-mmm-yy"},
    {16, "d-mmm"}, {17, "mmm-yy"}, {18, "h:mm AM/PM"}, {19, "h:mm:ss AM/PM"}, {20, "h:mm"},
    {21, "h:mm:ss"}, {22, "dd/mm/yyyy h:mm"}, {37, "#,##0 ;(#,##0)"}, {38, "#,##0 ;(#,##0)"},
    {39, "#,##0.00;(#,##0.00)"}, {40, "#,##0.00;(#,##0.00)"}, {45, "mm:ss"}, {46, "[h]:mm:ss"},
    {47, "mm:ss"}, {48, "##0.0E+0"}, {49, "@"},
};

const char *docx_sheet_builtin(int id)
{
    for (size_t k = 0; k < sizeof builtins / sizeof builtins[0]; k++)
        if (builtins[k].id == id)
            return builtins[k].code;
    return NULL;
}

/* Number of bytes of the UTF-8 character that starts at s (1 for a stray
 * byte), at most n */
static size_t char_len(const char *s, size_t n)
{
    unsigned char c = (unsigned char)*s;
    size_t k = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    return k < n ? k : n;
}

/* What follows position i of s[0..n) when it is literal text ("...", \x,
 * _x, *x, [$cur-id], another bracket): appended to lit (when not NULL);
 * returns the position after it, or i when s[i] is no literal's start. */
static size_t literal(const char *s, size_t n, size_t i, Buf *lit)
{
    if (s[i] == '"') {
        size_t e = i + 1;
        while (e < n && s[e] != '"')
            e++;
        if (lit)
            buf_putn(lit, s + i + 1, e - i - 1);
        return e < n ? e + 1 : e;
    }
    if ((s[i] == '\\' || s[i] == '_' || s[i] == '*') && i + 1 < n) {
        size_t k = char_len(s + i + 1, n - i - 1);
        if (lit && s[i] == '\\')
            buf_putn(lit, s + i + 1, k);
        else if (lit && s[i] == '_')
            buf_putc(lit, ' ');
        return i + 1 + k;
    }
    if (s[i] == '[') {
        size_t e = i + 1;
        while (e < n && s[e] != ']')
            e++;
        if (lit && e > i + 1 && s[i + 1] == '$') { /* a currency: its symbol, before '-' */
            size_t c = i + 2;
            while (c < e && s[c] != '-')
                c++;
            buf_putn(lit, s + i + 2, c - i - 2);
        }
        return e < n ? e + 1 : e;
    }
    return i;
}

/* The sections of fmt (';' between them, outside quotes and brackets):
 * at most 4, starts and lengths into at[] and len[]; their number */
static int sections(const char *fmt, const char *at[4], size_t len[4])
{
    size_t n = strlen(fmt), from = 0, i = 0;
    int k = 0;
    while (i <= n && k < 4) {
        if (i == n || fmt[i] == ';') {
            at[k] = fmt + from, len[k++] = i - from;
            from = ++i;
            continue;
        }
        size_t j = literal(fmt, n, i, NULL);
        i = j > i ? j : i + 1;
    }
    return k;
}

/* Whether the section s[0..n) shows a date or time: a d, m, y, h or s
 * outside literal text (or "[h]"), and no digit placeholder before it */
static int dated(const char *s, size_t n)
{
    for (size_t i = 0; i < n;) {
        if (s[i] == '[' && i + 2 < n && strchr("hHmMsS", s[i + 1]) && s[i + 2] == ']')
            return 1;
        size_t j = literal(s, n, i, NULL);
        if (j > i) {
            i = j;
            continue;
        }
        if (strchr("0#?", s[i]))
            return 0;
        if (strchr("dDmMyYhHsS", s[i]))
            return 1;
        i++;
    }
    return 0;
}

/* ---- numbers ------------------------------------------------------------ */

/* The digit pattern of a number section: what its placeholders say */
typedef struct Pattern {
    int int_min, dot, dec_max, dec_min, group, scale, percent, sci, exp_min, exp_plus;
} Pattern;

static void read_pattern(const char *s, size_t n, Pattern *p, Buf *prefix, Buf *suffix)
{
    memset(p, 0, sizeof *p);
    int placed = 0, commas = 0; /* commas since the last integer placeholder */
    for (size_t i = 0; i < n;) {
        Buf *lit = placed ? suffix : prefix;
        size_t j = literal(s, n, i, lit);
        if (j > i) {
            i = j;
            continue;
        }
        char c = s[i];
        if (p->sci && strchr("0#?", c)) {
            p->exp_min += c == '0';
        } else if ((c == 'E' || c == 'e') && i + 1 < n && (s[i + 1] == '+' || s[i + 1] == '-') &&
                   placed) {
            p->sci = 1, p->exp_plus = s[i + 1] == '+';
            i += 2;
            continue;
        } else if (strchr("0#?", c)) {
            placed = 1;
            if (p->dot) {
                p->dec_max++;
                p->dec_min += c != '#';
            } else {
                p->int_min += c != '#';
                p->group |= commas > 0;
                commas = 0;
            }
        } else if (c == '.' && !p->dot && !p->sci) {
            p->dot = 1, placed = 1;
        } else if (c == ',' && placed && !p->dot && !p->sci) {
            commas++;
        } else {
            if (c == '%')
                p->percent++;
            size_t k = char_len(s + i, n - i);
            buf_putn(lit, s + i, k);
            i += k;
            continue;
        }
        i++;
    }
    p->scale = commas; /* commas after the last integer digit: thousands */
    if (p->dec_max > 30)
        p->dec_max = 30;
    if (p->dec_min > p->dec_max)
        p->dec_min = p->dec_max;
}

/* x (not negative) as the pattern p says, Vietnamese separators */
static void put_digits(Buf *out, double x, const Pattern *p)
{
    char s[400];
    int exp = 0;
    if (p->sci && x > 0) {
        /* the C library's mantissa and exponent, rounded together: 9.996
         * of "0.00E+00" was divided by 10^0 and rounded alone, "10,00E+00",
         * and 5e-324 divided by 10^-324 (0): "inf,E-323" (s52review) */
        snprintf(s, sizeof s, "%.*e", p->dec_max, x);
        char *e = strchr(s, 'e');
        exp = e ? atoi(e + 1) : 0;
        if (e)
            *e = '\0';
    } else
        snprintf(s, sizeof s, "%.*f", p->dec_max, x);
    char *dot = strchr(s, '.');
    size_t int_len = dot ? (size_t)(dot - s) : strlen(s);
    const char *dec = dot ? dot + 1 : "";
    size_t dec_len = strlen(dec);
    while (dec_len > (size_t)p->dec_min && dec[dec_len - 1] == '0')
        dec_len--;
    if (int_len == 1 && s[0] == '0' && p->int_min == 0)
        int_len = 0; /* "#.##" of 0.5: ",5" */
    for (int k = (int)int_len; k < p->int_min; k++)
        buf_putc(out, '0');
    if (p->group)
        vi_put_grouped_digits(out, s, int_len);
    else
        buf_putn(out, s, int_len);
    if (p->dot)
        buf_putc(out, ',');
    buf_putn(out, dec, dec_len);
    if (p->sci)
        buf_printf(out, "E%s%0*d", exp < 0 ? "-" : p->exp_plus ? "+" : "", p->exp_min,
                   exp < 0 ? -exp : exp);
}

/* General: a whole number as it is, else up to 15 significant digits */
static void put_general(double v, Buf *out)
{
    char s[64];
    if (v == 0)
        v = 0; /* -0: "0" */
    if (v == floor(v) && fabs(v) < 1e15)
        snprintf(s, sizeof s, "%.0f", v);
    else
        snprintf(s, sizeof s, "%.15G", v);
    for (char *c = s; *c; c++)
        buf_putc(out, *c == '.' ? ',' : *c);
}

/* ---- dates -------------------------------------------------------------- */

/* The civil date of days after 1970-01-01 (Howard Hinnant's days_from_civil
 * inverted), valid for any day of years 0-9999 */
static void civil(long days, int *y, int *m, int *d)
{
    long z = days + 719468, era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = (int)(yoe + era * 400 + (*m <= 2));
}

typedef struct When {
    int y, m, d, wday, h, mi, s;
    double hours; /* elapsed, for "[h]" */
} When;

/* The date and time serial v shows; 0 when it is outside Excel's dates */
static int when_of(double v, int date1904, When *w)
{
    if (!(v >= 0 && v < 2958466))
        return 0;
    long day = (long)floor(v);
    long secs = lround((v - (double)day) * 86400.0);
    if (secs >= 86400)
        day++, secs -= 86400;
    w->h = (int)(secs / 3600), w->mi = (int)(secs / 60 % 60), w->s = (int)(secs % 60);
    w->hours = (double)day * 24 + w->h;
    /* Excel's weekday follows its serial, 1 a Sunday (its 1900 counts 29
     * February), 0 of the 1904 system a Friday */
    w->wday = (int)((day + (date1904 ? 5 : 6)) % 7);
    if (date1904)
        civil(day - 24107, &w->y, &w->m, &w->d);
    else if (day == 0)
        w->y = 1900, w->m = 1, w->d = 0; /* Excel's "00/01/1900" */
    else if (day == 60)
        w->y = 1900, w->m = 2, w->d = 29; /* Excel's own 29 February 1900 */
    else
        civil(day - (day < 60 ? 25568 : 25569), &w->y, &w->m, &w->d);
    return 1;
}

static const char *const weekdays[2][7] = {
    {"CN", "T2", "T3", "T4", "T5", "T6", "T7"},
    {"Chủ Nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"}};

/* One date token of letter c repeated k times (minute: an 'm' read as the
 * minute); twelve: the hours as AM/PM shows them */
static void put_token(Buf *out, char c, int k, int minute, int twelve, const When *w)
{
    switch (c) {
    case 'y':
        buf_printf(out, k <= 2 ? "%02d" : "%04d", k <= 2 ? w->y % 100 : w->y);
        break;
    case 'm':
        if (minute)
            buf_printf(out, k >= 2 ? "%02d" : "%d", w->mi);
        else if (k <= 2)
            buf_printf(out, k == 2 ? "%02d" : "%d", w->m);
        else
            buf_printf(out, k == 3 ? "thg %d" : k == 4 ? "tháng %d" : "T", w->m);
        break;
    case 'd':
        if (k <= 2)
            buf_printf(out, k == 2 ? "%02d" : "%d", w->d);
        else
            buf_puts(out, weekdays[k > 3][w->wday]);
        break;
    case 'h': {
        int h = twelve ? (w->h % 12 ? w->h % 12 : 12) : w->h;
        buf_printf(out, k >= 2 ? "%02d" : "%d", h);
        break;
    }
    default: /* 's' */
        buf_printf(out, k >= 2 ? "%02d" : "%d", w->s);
    }
}

/* A date section's tokens: a letter and how many times, or literal text */
typedef struct Token {
    char c; /* y m d h s, 'H' for "[h]", 'A' for AM/PM, 0 for literal text */
    int k;
    size_t at, len; /* literal text: in the section's literals */
} Token;

enum { MAX_TOKENS = 64 };

/* The section s[0..n) as tokens (at most MAX_TOKENS), its literal text in
 * lits; their number */
static int tokens_of(const char *s, size_t n, Token *t, Buf *lits)
{
    int nt = 0;
    for (size_t i = 0; i < n && nt < MAX_TOKENS;) {
        char c = (char)tolower((unsigned char)s[i]);
        if (s[i] == '[' && i + 2 < n && tolower((unsigned char)s[i + 1]) == 'h' && s[i + 2] == ']') {
            t[nt++] = (Token){'H', 1, 0, 0};
            i += 3;
        } else if (strncmp(s + i, "AM/PM", 5) == 0 || strncmp(s + i, "am/pm", 5) == 0 ||
                   strncmp(s + i, "A/P", 3) == 0 || strncmp(s + i, "a/p", 3) == 0) {
            t[nt++] = (Token){'A', 1, 0, 0};
            i += s[i + 1] == '/' ? 3 : 5;
        } else if (strchr("ymdhs", c) && c) {
            size_t e = i;
            while (e < n && tolower((unsigned char)s[e]) == c)
                e++;
            t[nt++] = (Token){c, (int)(e - i), 0, 0};
            i = e;
        } else {
            size_t from = lits->len, j = literal(s, n, i, lits);
            if (j == i) { /* another character: itself */
                j = i + char_len(s + i, n - i);
                buf_putn(lits, s + i, j - i);
            }
            t[nt++] = (Token){0, 0, from, lits->len - from};
            i = j;
        }
    }
    return nt;
}

/* A date or time section s[0..n) of v, into out; 0 (nothing written)
 * when v is no date Excel shows */
static int put_date(Buf *out, double v, const char *s, size_t n, int date1904)
{
    When w;
    if (!when_of(v, date1904, &w))
        return 0;
    Token t[MAX_TOKENS];
    Buf lits = {0};
    int nt = tokens_of(s, n, t, &lits), twelve = 0;
    for (int k = 0; k < nt; k++)
        twelve |= t[k].c == 'A';
    for (int k = 0; k < nt; k++) {
        if (!t[k].c) {
            buf_putn(out, lits.data + t[k].at, t[k].len);
            continue;
        }
        if (t[k].c == 'A') {
            buf_puts(out, w.h < 12 ? "SA" : "CH");
            continue;
        }
        if (t[k].c == 'H') {
            buf_printf(out, "%.0f", w.hours);
            continue;
        }
        int minute = 0; /* an 'm' after an hour or before a second */
        for (int b = k - 1; t[k].c == 'm' && b >= 0; b--)
            if (t[b].c) {
                minute = t[b].c == 'h' || t[b].c == 'H';
                break;
            }
        for (int a = k + 1; t[k].c == 'm' && !minute && a < nt; a++)
            if (t[a].c) {
                minute = t[a].c == 's';
                break;
            }
        put_token(out, t[k].c, t[k].k, minute, twelve, &w);
    }
    buf_free(&lits);
    return 1;
}

int docx_sheet_number(double v, const char *fmt, int date1904, Buf *out)
{
    if (!isfinite(v)) {
        buf_puts(out, "#NUM!");
        return 0;
    }
    const char *at[4];
    size_t len[4];
    int n = fmt && strcmp(fmt, "General") != 0 && strcmp(fmt, "@") != 0 ? sections(fmt, at, len) : 0;
    int k = v < 0 && n >= 2 ? 1 : v == 0 && n >= 3 ? 2 : 0;
    const char *s = n ? at[k] : NULL;
    size_t sn = n ? len[k] : 0;
    /* a condition ("[>100]"), or a section that is General: General */
    if (!s || (sn > 1 && s[0] == '[' && strchr("<>=", s[1])) || (sn >= 7 && strncmp(s, "General", 7) == 0)) {
        put_general(v, out);
        return 0;
    }
    if (dated(s, sn)) {
        if (put_date(out, v, s, sn, date1904))
            return 1;
        put_general(v, out);
        return 0;
    }
    Pattern p;
    Buf prefix = {0}, suffix = {0};
    read_pattern(s, sn, &p, &prefix, &suffix);
    double x = fabs(v) * pow(100, p.percent > 4 ? 4 : p.percent) /
               pow(1000, p.scale > 4 ? 4 : p.scale);
    if (!isfinite(x)) { /* "0%%%%" of 1e300: General */
        buf_free(&prefix);
        buf_free(&suffix);
        put_general(v, out);
        return 0;
    }
    Buf digits = {0};
    put_digits(&digits, x, &p);
    /* the minus of a negative value shown by the first section, unless it
     * rounds to zero */
    if (v < 0 && k == 0 && strspn(buf_str(&digits), "0.,") != digits.len)
        buf_putc(out, '-');
    buf_putn(out, prefix.data, prefix.len);
    buf_putn(out, digits.data, digits.len);
    buf_putn(out, suffix.data, suffix.len);
    buf_free(&prefix);
    buf_free(&suffix);
    buf_free(&digits);
    return 0;
}
