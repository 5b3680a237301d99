/* diff_year.c - `khgen diff` of last year's plan against this year's: the
 * year told once.
 *
 * `khgen new` moves every year of last year's plan by the difference of
 * years, and `{year}` prints the new one, so a diff of the two plans
 * listed each paragraph, row and title that names the year as changed:
 * 25 of the 36 changes of a commune's yearly plan were "năm
 * [-2024-]{+2025+}", and the two real edits were hard to find (s14user
 * M6). When the two plans' years differ, a part whose only change is
 * years moved by that difference (four-digit numbers within the years a
 * plan may name, 2024 -> 2025, 2023 -> 2024, "15/7/2024" -> "15/7/2025")
 * is counted, not listed; diff.c prints the count once, first, and
 * `khgen diff --all` lists them as before. Any other change in the part,
 * a word or a number that is not such a year (the year in a cited
 * document's number, "08/2024/NQ-HĐND", is its number), shows the whole
 * part.
 */
#include "diff_impl.h"

#include <string.h>

#include "plan.h"

static int is_digit(char c)
{
    return c >= '0' && c <= '9';
}

static size_t digit_run(const char *s)
{
    size_t n = 0;
    while (is_digit(s[n]))
        n++;
    return n;
}

/* Whether the four digits at s end in a document's number: a "/" and
 * its code after them, "08/2024/NQ-HĐND", "12/2024/QĐ-UBND". Such a
 * number names another document, which a new year does not change: a
 * citation moved to "08/2025/NQ-HĐND" was counted as "only the year"
 * and not shown (s19attack M4). A school year, "2024/2025", is years. */
static int in_document_number(const char *s)
{
    return s[4] == '/' && s[5] && !is_digit(s[5]);
}

static int four_digits(const char *s)
{
    return (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
}

int diff_year_only(const char *old, const char *new_text, int shift)
{
    if (shift == 0)
        return 0;
    int moved = 0;
    size_t i = 0, j = 0;
    for (;;) {
        if (is_digit(old[i]) && is_digit(new_text[j])) {
            size_t n = digit_run(old + i), m = digit_run(new_text + j);
            if (n == m && memcmp(old + i, new_text + j, n) == 0) {
                i += n, j += m;
                continue;
            }
            if (n != 4 || m != 4)
                return 0;
            int a = four_digits(old + i), b = four_digits(new_text + j);
            if (b - a != shift || !plan_year_ok(a) || !plan_year_ok(b) ||
                in_document_number(old + i) || in_document_number(new_text + j))
                return 0;
            moved = 1;
            i += n, j += m;
            continue;
        }
        if (old[i] != new_text[j])
            return 0;
        if (!old[i])
            return moved;
        i++, j++;
    }
}
