/* check_duetext.c - a deadline's printed text against its date: the text
 * that names years, none of them its date's (KH316: `due: {in: 2024-11-30,
 * text: "trước 30/11/2023"}` prints 2023 and is checked as 2024), and the
 * text that is, as a whole, another deadline than its date (KH319: "Quý
 * II/{year}." over `in: 2024-Q3`). The date was corrected and the text
 * that prints it not, or the other way, most often in a plan copied from
 * last year's. A deadline written as text alone is read for its dates'
 * years only: every one before the plan's period is KH323. Moved out of
 * check_draft.c (session 48, a pure move) when that file neared its 1,200
 * lines; every rule is a warning.
 */
#include "check_duetext.h"
#include "datehint.h"
#include "vi.h"
#include "yearctx.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The year (1900-2999) written at text[i..i+4), not part of a longer run
 * of digits, else 0 (check_duetext.h). */
int text_year_at(const char *text, size_t i)
{
    if (i > 0 && text[i - 1] >= '0' && text[i - 1] <= '9')
        return 0;
    int year = 0;
    for (size_t k = 0; k < 4; k++) {
        if (text[i + k] < '0' || text[i + k] > '9')
            return 0;
        year = year * 10 + (text[i + k] - '0');
    }
    if (text[i + 4] >= '0' && text[i + 4] <= '9')
        return 0;
    return year >= 1900 && year <= 2999 ? year : 0;
}

static int is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* The number of digits just before text[end] (at most 3: "more than two"). */
static size_t digits_before(const char *text, size_t end)
{
    size_t n = 0;
    while (n < 3 && end > n && is_digit(text[end - n - 1]))
        n++;
    return n;
}

/* The year 20YY of a date written with two digits for its year at
 * text[i] ("30/11/24", "tháng 11/24": the last part of D/M/YY, or of M/YY
 * after "tháng "; "trước 30/11/24" in the plan of 2025 dodged KH316,
 * s21low), not part of a longer run of digits or a document's number
 * ("12/24/QĐ"), else 0. */
static int short_year_at(const char *text, size_t i)
{
    if (i < 2 || text[i - 1] != '/' || !is_digit(text[i]) || !is_digit(text[i + 1]))
        return 0;
    char after = text[i + 2];
    if (is_digit(after) || after == '/' || (after >= 'A' && after <= 'Z') ||
        (after >= 'a' && after <= 'z'))
        return 0;
    /* the month before the '/': one or two digits, after "D/" or "tháng " */
    size_t k = i - 1;
    size_t n = digits_before(text, k);
    if (n < 1 || n > 2)
        return 0;
    k -= n;
    int dated = k >= 1 && text[k - 1] == '/' && digits_before(text, k - 1) >= 1 &&
                digits_before(text, k - 1) <= 2;
    int month = k >= 7 && (strncmp(text + k - 7, "tháng ", 7) == 0 ||
                           strncmp(text + k - 7, "Tháng ", 7) == 0);
    if (!dated && !month)
        return 0;
    return 2000 + (text[i] - '0') * 10 + (text[i + 1] - '0');
}

/* What check_due_text reads: where to warn, and the plan's period, the
 * years an ongoing deadline ("Thường xuyên") may name. */
typedef struct DueTextCheck {
    DiagSink *diags;
    int from, to;
} DueTextCheck;

/* The form the plan language writes for due's date ("2024-Q3",
 * "2024-10-31", "ongoing"), as date_hint writes one; "" for none. */
static void due_form(const Deadline *due, char *out, size_t cap)
{
    char at[24] = "";
    switch (due->kind) {
    case DUE_DATE:
        snprintf(at, sizeof at, "%04d-%02d-%02d", due->year, due->month, due->day);
        break;
    case DUE_MONTH:
        snprintf(at, sizeof at, "%04d-%02d", due->year, due->month);
        break;
    case DUE_QUARTER:
        snprintf(at, sizeof at, "%04d-Q%d", due->year, due->quarter);
        break;
    case DUE_HALF:
        snprintf(at, sizeof at, "%04d-H%d", due->year, due->half);
        break;
    case DUE_YEAR:
        snprintf(at, sizeof at, "%04d", due->year);
        break;
    case DUE_ONGOING:
        snprintf(at, sizeof at, "ongoing");
        break;
    default:
        break;
    }
    snprintf(out, cap, "%s", at);
}

/* form without its "{before: ...}": "trước ngày 30/9/2024" is written
 * `in: 2024-09-30` by import, and either reads as that day */
static const char *bare_form(char *form)
{
    size_t n = strlen(form), l = strlen("{before: ");
    if (n > l && strncmp(form, "{before: ", l) == 0 && form[n - 1] == '}') {
        form[n - 1] = '\0';
        return form + l;
    }
    return form;
}

/* The length of the reference "{year}", "{year+N}" or "{year-N}" (N of one
 * to three digits, as inline.c reads them) at t, its offset in *delta; 0
 * when t does not begin with one. Reads only the reference's bytes: a
 * sscanf here measured the rest of the text at each byte, a deadline's
 * text of 1 MB checked in minutes (s24review). */
static size_t year_ref_at(const char *t, int *delta)
{
    if (strncmp(t, "{year", 5) != 0)
        return 0;
    *delta = 0;
    if (t[5] == '}')
        return 6;
    if (t[5] != '+' && t[5] != '-')
        return 0;
    size_t i = 6;
    int n = 0;
    while (i < 9 && t[i] >= '0' && t[i] <= '9')
        n = n * 10 + (t[i++] - '0');
    if (i == 6 || t[i] != '}')
        return 0;
    *delta = t[5] == '-' ? -n : n;
    return i + 1;
}

/* text with its {year}, {year+N} and {year-N} as the plan of year prints
 * them (a copy to free). Linear in the text. */
static char *with_years(const char *text, int year)
{
    Buf b = {0};
    for (const char *t = text; *t;) {
        int delta;
        size_t k = year_ref_at(t, &delta);
        if (k) {
            buf_printf(&b, "%d", year + delta);
            t += k;
        } else {
            buf_putc(&b, *t++);
        }
    }
    return b.data ? b.data : xstrdup("");
}

/* A deadline whose printed text is, as a whole, another deadline than its
 * date ("Quý II/{year}." over `in: 2024-Q3`, "Trước ngày 30/9/2024." over
 * 2024-10-31): the date was changed and the text that prints it not, or
 * the other way (import writes every typed deadline so, s24attack F8);
 * the document prints the text, the checks, figures and tables use the
 * date (KH319). 1 when it warned. */
static int check_due_form(const DueTextCheck *check, const Deadline *due)
{
    char form[48], said[48];
    due_form(due, form, sizeof form);
    char *text = with_years(due->text, check->to);
    int warned = 0;
    const char *bare;
    if (*form && date_hint(text, DATEHINT_DUE, said, sizeof said) == DATEHINT_FORM &&
        strcmp(bare = bare_form(said), form) != 0) {
        diag_warning(check->diags, due->pos, 1, KH319,
                     "the deadline's text '%s' says %s, but its date is %s: the document "
                     "prints the text, the checks, figures and tables use the date; make "
                     "them say the same", text, bare, form);
        warned = 1;
    }
    free(text);
    return warned;
}

static int due_text_years(const DueTextCheck *check, const Deadline *due);

/* Whether the word before text[at] (past blanks) is w, whole. */
static int word_before(const char *text, size_t at, const char *w)
{
    size_t n = strlen(w);
    while (at > 0 && text[at - 1] == ' ')
        at--;
    return at >= n && strncmp(text + at - n, w, n) == 0 &&
           (at == n || !vi_word_byte((unsigned char)text[at - n - 1]));
}

/* The length of the one of words (a NULL-ended list) that is the word
 * before text[at] (past blanks), with the blanks; 0 if none is. */
static size_t one_before(const char *text, size_t at, const char *const *words)
{
    size_t k = at;
    while (k > 0 && text[k - 1] == ' ')
        k--;
    for (const char *const *w = words; *w; w++)
        if (word_before(text, k, *w))
            return at - k + strlen(*w);
    return 0;
}

/* Whether the date whose year is at text[i] (after its '/') is where the
 * task starts, not its deadline: after "từ" ("Từ tháng 10/2023",
 * "kể từ ngày 01/10/2023", "từ Quý IV/2023", "Từ đầu tháng 10/2023",
 * "kể từ sau ngày ...", in capitals too), a task begun before the
 * plan and going on; "Từ tháng 10/2023 đến tháng 6/{year}" is read by its
 * end (s49review: "Từ tháng 10/2023" alone, in the plan of 2024, was
 * KH323; s50review: "Từ đầu tháng 10/2023"). Looks back over the date
 * and three words only. */
static int starts_from(const char *text, size_t i)
{
    static const char *const units[] = {"ngày", "Ngày", "NGÀY", "tháng", "Tháng", "THÁNG",
                                        "quý", "Quý", "QUÝ", NULL};
    static const char *const parts[] = {"đầu", "Đầu", "ĐẦU", "cuối", "Cuối", "CUỐI", "giữa",
                                        "Giữa", "GIỮA", "sau", "Sau", "SAU", NULL};
    static const char *const from[] = {"từ", "Từ", "TỪ", NULL};
    size_t k = i;
    while (k > 0 && i - k < 12 && (is_digit(text[k - 1]) || text[k - 1] == '/' ||
                                   strchr("IVX", text[k - 1])))
        k--; /* "01/10/", "10/", "IV/" */
    k -= one_before(text, k, units);
    k -= one_before(text, k, parts);
    return one_before(text, k, from) != 0;
}

/* Whether the two-digit year at text[i] (short_year_at's, year) ends a
 * cited document's date, "Thông báo số 15/TB-UBND ngày 10/01/23", or a
 * period's end, as the same written with four digits would
 * (yearctx_other, yearctx_period): those are asked of a copy of the text
 * around it, the year written whole; they look a bounded stretch around. */
static int short_year_other(const char *text, size_t i, int year)
{
    enum { BEFORE = 256, AFTER = 64 };
    size_t from = i > BEFORE ? i - BEFORE : 0;
    Buf b = {0};
    buf_printf(&b, "%.*s%d%.*s", (int)(i - from), text + from, year,
               (int)strnlen(text + i + 2, AFTER), text + i + 2);
    size_t at = i - from;
    int other = yearctx_other(b.data, at) || yearctx_period(b.data, at);
    buf_free(&b);
    return other;
}

/* A deadline written as text alone ({text: "..."}, as import writes one
 * it cannot read whole: "Hoàn thành trước ngày 30/9/2023") whose every
 * date's year ("30/9/2023", "tháng 9/2023", "Quý I/2023") lies before the
 * plan's period: a year mistyped, or last year's
 * left, printed as the deadline of a plan not yet issued, which a date
 * would have made KH311 (s48user F11: a signed .docx retyped so imported
 * and built clean). A year after the period is not warned: a report due
 * in January of the next year is written so. {year} counts as the plan's;
 * a cited document's year or a programme's period (yearctx.c), with four
 * digits or two, is no deadline's, nor a date the task starts from. */
static void due_text_past(const DueTextCheck *check, const Deadline *due)
{
    if (!check->from)
        return;
    char *text = with_years(due->text, check->to);
    int before = 0;
    for (size_t i = 0; text[i]; i++) {
        /* a date's year, after its '/': "30/9/2023", "tháng 9/2023",
         * "Quý I/2023" ("theo yêu cầu năm 2023" is no deadline's) */
        int year = i > 0 && text[i - 1] == '/' ? text_year_at(text, i) : 0;
        if (year && (yearctx_other(text, i) || yearctx_period(text, i)))
            continue; /* "theo Quyết định số 12/2023/QĐ-UBND": a cited document's */
        if (!year && (year = short_year_at(text, i)) != 0 && short_year_other(text, i, year))
            continue;
        if (year && year < check->from && starts_from(text, i))
            continue; /* "Từ tháng 10/2023": where it starts */
        if (year && year >= check->from) {
            before = 0;
            break;
        }
        if (year && !before)
            before = year;
    }
    free(text);
    if (!before)
        return;
    if (check->from == check->to)
        diag_warning(check->diags, due->pos, 1, KH323,
                     "the deadline '%s' names %d, before the plan's year %d: a year mistyped, "
                     "or left from last year's plan? write the year meant, or {year} for the "
                     "plan's (a deadline written as text is not checked as a date is)",
                     due->text, before, check->from);
    else
        diag_warning(check->diags, due->pos, 1, KH323,
                     "the deadline '%s' names %d, before the plan's period %d-%d: a year "
                     "mistyped, or left from last year's plan? write the year meant, or "
                     "{year} for the plan's (a deadline written as text is not checked as a "
                     "date is)",
                     due->text, before, check->from, check->to);
}

/* A deadline whose printed text names years and none of them its own: the
 * date was corrected, the text that prints it not (KH316). An ongoing
 * deadline's own years are the plan's period: "Thường xuyên năm 2024" in
 * the plan of 2025 is last year's text as surely as a dated one. */
static void check_due_text(void *data, const BodyPlace *at)
{
    const DueTextCheck *check = data;
    const BodyNode *node = at->node;
    if (node->kind != NODE_TASK || !node->task)
        return;
    const Deadline *due = &node->task->due;
    if (due->kind == DUE_TEXT && due->text) {
        due_text_past(check, due);
        return;
    }
    if (!due->text || !due->year || due->kind == DUE_NONE)
        return;
    if (!due_text_years(check, due)) /* KH316's years first, then the form */
        check_due_form(check, due);
}

/* KH316 (above); 1 when it warned. */
static int due_text_years(const DueTextCheck *check, const Deadline *due)
{
    int ongoing = due->kind == DUE_ONGOING;
    int from = ongoing ? check->from : due->year, to = ongoing ? check->to : due->year;
    int other = 0;
    for (size_t i = 0; due->text[i]; i++) {
        int year = text_year_at(due->text, i);
        if (!year)
            year = short_year_at(due->text, i);
        if (year && year >= from && year <= to)
            return 0;
        if (year && !other)
            other = year;
    }
    if (!other)
        return 0;
    if (!ongoing)
        diag_warning(check->diags, due->pos, 1, KH316,
                     "the deadline's text '%s' names %d, but its date is in %d: the text is "
                     "what prints, the date what is checked; make them say the same year",
                     due->text, other, due->year);
    else if (from == to)
        diag_warning(check->diags, due->pos, 1, KH316,
                     "the deadline's text '%s' names %d, but the plan is for %d: an ongoing "
                     "task's text left from the plan it was copied from? make it say the "
                     "plan's year, or {year} to follow it",
                     due->text, other, from);
    else
        diag_warning(check->diags, due->pos, 1, KH316,
                     "the deadline's text '%s' names %d, but the plan is for %d-%d: an "
                     "ongoing task's text left from the plan it was copied from? make it "
                     "say a year of the plan's period",
                     due->text, other, from, to);
    return 1;
}

void check_due_texts(DiagSink *diags, const Plan *plan)
{
    DueTextCheck due_check = {diags, plan->period_from.year, plan->period_to.year};
    plan_walk_body(plan->body, plan->n_body, check_due_text, &due_check);
}
