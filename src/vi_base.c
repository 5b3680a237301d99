/* vi_base.c - a plain YAML number that other YAML readers read otherwise.
 *
 * khgen reads a number by one grammar (vi_parse_number): decimal digits,
 * a leading zero allowed ("04", as a padded figure prints). YAML readers
 * of the 1.1 schema (PyYAML, the tools an office's scripts use) read a
 * plain value with a leading 0 as octal: `criteria_met: 017` is 17 to
 * khgen and 15 to them, and `08` is text to them; YAML 1.2 reads `0o17`
 * as 15, which khgen took for the text "0o17" (a figure over it said
 * "none has data.dan_so", s38attack). vi_number_base says which of those
 * a value is, so that the plan's readers report it, naming both readings
 * and what to write (parse_read.c: report_number_base). So too a number
 * an English keyboard writes with a thousands comma, "10,000", which
 * khgen's grammar reads as ten (vi_comma_thousands: a figure's filter
 * refuses it, s40slip), and read whole so where a table's column shows it
 * is (vi_comma_grouped: import of figures pasted from an English-locale
 * Excel, s43user F21).
 */
#include "vi.h"

#include <string.h>

#include "util.h"

int vi_number_base(const char *text, double *value)
{
    const char *s = text + (*text == '-' || *text == '+');
    int base = 0;
    if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X'))
        base = 16;
    else if (s[0] == '0' && (s[1] == 'o' || s[1] == 'O'))
        base = 8;
    else if (s[0] == '0' && (s[1] == 'b' || s[1] == 'B'))
        base = 2;
    const char *digits = base ? s + 2 : s;
    if (!base) {
        /* a leading 0 before more digits, and nothing but digits */
        if (s[0] != '0' || !s[1] || strspn(s, "0123456789") != strlen(s))
            return 0;
        if (strspn(s, "01234567") != strlen(s))
            return 10; /* "08", "019": text to a YAML 1.1 reader */
        base = 8;
    }
    double v = 0;
    size_t n = strlen(digits);
    if (n == 0 || n > 40)
        return 0;
    for (const char *c = digits; *c; c++) {
        int d = *c >= '0' && *c <= '9' ? *c - '0'
                : *c >= 'a' && *c <= 'f' ? *c - 'a' + 10
                : *c >= 'A' && *c <= 'F' ? *c - 'A' + 10 : 99;
        if (d >= base)
            return 0;
        v = v * base + d;
    }
    /* "07", "00": every reader reads the same number */
    if (base == 8 && s[1] != 'o' && s[1] != 'O' && v < 8)
        return 0;
    *value = *text == '-' ? -v : v;
    return base;
}

int vi_comma_thousands(const char *text)
{
    const char *s = text + (*text == '-');
    size_t head = strspn(s, "0123456789");
    return head >= 1 && head <= 3 && s[head] == ',' && strspn(s + head + 1, "0123456789") == 3 &&
           s[head + 4] == '\0';
}

int vi_comma_grouped(const char *text, double *value)
{
    const char *s = text + (*text == '-' && text[1] >= '0' && text[1] <= '9');
    size_t head = strspn(s, "0123456789"), i = head;
    int commas = 0;
    if (head < 1 || head > 3 || (s[0] == '0' && (head > 1 || s[1] == ',')))
        return -1; /* "0,125" is a decimal, "045" no figure's first group */
    while (s[i] == ',' && strspn(s + i + 1, "0123456789") == 3 && commas < 4)
        i += 4, commas++;
    if (s[i] != '\0')
        return -1;
    double v = 0;
    for (size_t k = 0; k < i; k++)
        if (s[k] != ',')
            v = v * 10 + (s[k] - '0');
    *value = s == text ? v : -v;
    return commas;
}

void vi_comma_decimal(Buf *out, const char *text)
{
    const char *comma = strchr(text, ',');
    size_t frac = 3;
    while (frac > 0 && comma[frac] == '0')
        frac--;
    buf_putn(out, text, (size_t)(comma - text));
    if (frac) {
        buf_putn(out, comma, frac + 1);
        if (frac == 3)
            buf_putc(out, '0');
    }
}
