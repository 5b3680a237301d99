/* plan_dates.c - the readers of the plan language's dates and deadlines,
 * and a plan's years.
 *
 * A date is written "2024", "2024-03" or "2024-03-05"; a deadline one of
 * those, "2024-Q2" (a quarter), "2024-H1" (a half) or "ongoing". Each
 * reader says what is wrong with a text that is not one: not the form
 * (-1), a month or day that does not exist (-2), a year outside
 * PLAN_YEAR_MIN..PLAN_YEAR_MAX (-3), so that parse.c's messages can name
 * it. Declared in plan.h with the Plan's other operations; reads and
 * writes only what it is given.
 */
#include "plan.h"

#include <ctype.h>
#include <string.h>

#include "vi.h"

static int digits(const char *s, int n)
{
    for (int i = 0; i < n; i++)
        if (!isdigit((unsigned char)s[i]))
            return -1;
    int value = 0;
    for (int i = 0; i < n; i++)
        value = value * 10 + (s[i] - '0');
    return value;
}

int plan_year_ok(double year)
{
    return year >= PLAN_YEAR_MIN && year <= PLAN_YEAR_MAX;
}

int plan_print_year(const Plan *plan)
{
    return plan->period_to.year ? plan->period_to.year : plan->date.year;
}

int parse_date_text(const char *text, VDate *date)
{
    size_t len = strlen(text);
    VDate d = {0, 0, 0};
    if (len < 4 || (d.year = digits(text, 4)) < 0)
        return -1;
    /* 9999-12-31 is written as a date: its year is what is wrong */
    int in_range = plan_year_ok(d.year);
    if (len == 4) {
        if (!in_range)
            return -3;
        *date = d;
        return 0;
    }
    if (text[4] != '-' || len < 7 || (d.month = digits(text + 5, 2)) < 0)
        return -1;
    if (len == 7) {
        if (d.month < 1 || d.month > 12)
            return -2;
        if (!in_range)
            return -3;
        *date = d;
        return 0;
    }
    if (len != 10 || text[7] != '-' || (d.day = digits(text + 8, 2)) < 0)
        return -1;
    /* 0000-01-01: the year is what is wrong (-3), not the day and month
     * (vi_date_valid has no year 0); those of a year out of range are
     * checked in a leap year */
    if (!vi_date_valid(in_range ? d.year : 2000, d.month, d.day))
        return -2;
    if (!in_range) /* *date unchanged, as for a date that is not one */
        return -3;
    *date = d;
    return 0;
}

int parse_due_text(const char *text, int plan_year, Deadline *due)
{
    memset(due, 0, sizeof *due);
    if (strcmp(text, "ongoing") == 0) {
        due->kind = DUE_ONGOING;
        due->year = plan_year;
        return 0;
    }
    size_t len = strlen(text);
    if (len == 7 && text[4] == '-' && (text[5] == 'Q' || text[5] == 'H')) {
        int year = digits(text, 4);
        int n = text[6] - '0';
        if (year < 0)
            return -1;
        due->year = year;
        if (text[5] == 'Q') {
            if (n < 1 || n > 4)
                return -1; /* "2024-Q5" is no deadline at all */
            due->kind = DUE_QUARTER;
            due->quarter = n;
        } else {
            if (n < 1 || n > 2)
                return -1;
            due->kind = DUE_HALF;
            due->half = n;
        }
        if (!plan_year_ok(year)) {
            memset(due, 0, sizeof *due); /* as for one that is not a deadline */
            return -3;
        }
        return 0;
    }
    VDate d;
    int rc = parse_date_text(text, &d);
    if (rc != 0)
        return rc;
    due->year = d.year;
    due->month = d.month;
    due->day = d.day;
    due->kind = d.day ? DUE_DATE : d.month ? DUE_MONTH : DUE_YEAR;
    return 0;
}
