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
 * a word or a number that is not such a year shows the whole part. A
 * year is one where the text names the plan's year by its words, and no
 * cited document's, amount, fraction or address: the rule `khgen new`
 * and `khgen import` ask too, written once in yearctx.c (a law's name,
 * "Luật Đất đai năm 2024" moved to 2025, was counted here as the year
 * moved until session 29 shared import's rules of citations).
 */
#include "diff_impl.h"

#include <stdlib.h>
#include <string.h>

#include "plan.h"
#include "textref.h"
#include "yearctx.h"

static int is_digit(char c)
{
    return c >= '0' && c <= '9';
}

const char *diff_year_unmarked(Arena *arena, const char *s)
{
    if (!strchr(s, INLINE_YEAR_OPEN) && !strchr(s, INLINE_YEAR_CLOSE))
        return s;
    Buf b = {0};
    for (; *s; s++)
        if (*s != INLINE_YEAR_OPEN && *s != INLINE_YEAR_CLOSE)
            buf_putc(&b, *s);
    const char *out = buf_to_arena(&b, arena);
    buf_free(&b);
    return out ? out : "";
}

/* s without its {year} marks, malloc'd; NULL when it has none. */
static char *plain_copy(const char *s)
{
    if (!strchr(s, INLINE_YEAR_OPEN) && !strchr(s, INLINE_YEAR_CLOSE))
        return NULL;
    char *out = xmalloc(strlen(s) + 1), *o = out;
    for (; *s; s++)
        if (*s != INLINE_YEAR_OPEN && *s != INLINE_YEAR_CLOSE)
            *o++ = *s;
    *o = '\0';
    return out;
}

/* diff_year_only over old and new_text (marked) and the same texts
 * unmarked, old_plain and new_plain, where the words around a number are
 * read: io and jo walk them beside i and j. */
static int year_only_walk(const char *old, const char *new_text, const char *old_plain,
                          const char *new_plain, int old_year, int new_year)
{
    int shift = new_year - old_year;
    int moved = 0;
    int marked_old = 0, marked_new = 0; /* inside a {year}'s number */
    size_t i = 0, j = 0, io = 0, jo = 0;
    for (;;) {
        if (old[i] == INLINE_YEAR_OPEN || old[i] == INLINE_YEAR_CLOSE) {
            marked_old = old[i++] == INLINE_YEAR_OPEN;
            continue;
        }
        if (new_text[j] == INLINE_YEAR_OPEN || new_text[j] == INLINE_YEAR_CLOSE) {
            marked_new = new_text[j++] == INLINE_YEAR_OPEN;
            continue;
        }
        if (is_digit(old[i]) && is_digit(new_text[j])) {
            size_t n = yearctx_digits(old + i), m = yearctx_digits(new_text + j);
            if (n == m && memcmp(old + i, new_text + j, n) == 0) {
                i += n, j += m, io += n, jo += m;
                continue;
            }
            if (n != 4 || m != 4)
                return 0;
            int a = yearctx_value(old + i), b = yearctx_value(new_text + j);
            /* printed by {year} in both: a year, whatever word follows it
             * ("thôn {year+1} Hiệp", s24round F9), and only there */
            int years = marked_old && marked_new;
            if (b - a != shift || !plan_year_ok(a) || !plan_year_ok(b))
                return 0;
            if (!years && (!yearctx_plan(old_plain, io, old_year) ||
                           !yearctx_plan(new_plain, jo, new_year) ||
                           yearctx_period_slid(old_plain, io, new_plain, jo)))
                return 0; /* (a programme's period moved whole: shown) */
            moved = 1;
            i += n, j += m, io += n, jo += m;
            continue;
        }
        if (old[i] != new_text[j])
            return 0;
        if (!old[i])
            return moved;
        i++, j++, io++, jo++;
    }
}

int diff_year_only(const char *old, const char *new_text, int old_year, int new_year)
{
    if (new_year == old_year)
        return 0;
    /* the words around a number read without the marks: "năm 2024" in
     * one plan and "năm {year}" in the other, its mark between "năm " and
     * the number, named no year there, and the part was listed as changed
     * where only its year moved (s37cycle M1) */
    char *old_copy = plain_copy(old), *new_copy = plain_copy(new_text);
    int r = year_only_walk(old, new_text, old_copy ? old_copy : old,
                           new_copy ? new_copy : new_text, old_year, new_year);
    free(old_copy);
    free(new_copy);
    return r;
}
