/* check_impl.h - what the files of stage 4 (check.c, check_dates.c,
 * check_codes.c) share: the checker they carry through the plan, its error
 * counter, the lengths of the tokens they underline, and the rules each
 * file gives the walk of check_plan(). Internal to check; the stage's one
 * entry point is check.h's check_plan().
 */
#ifndef KHGEN_CHECK_IMPL_H
#define KHGEN_CHECK_IMPL_H

#include "diag.h"
#include "inline.h"
#include "plan.h"
#include "util.h"

typedef struct Checker {
    Arena *arena;
    DiagSink *diags;
    const Plan *plan;
    InlineCtx ctx;           /* for deadline phrases in messages */
    int errors;
    /* every criterion and indicator code of the catalogs (suggestions) */
    const char **codes;
    size_t n_codes;
    /* deadlines: the plan's period and date as day numbers */
    long period_first, period_last;
    int has_period;
    long plan_first;         /* first day the plan can be dated */
    int has_plan_date;
    /* the header's date left at last year's (KH318): the year after the
     * date's that the title names (setup_dates, 0: none), where it says
     * it, and the deadlines in that year not reported as KH310 */
    int title_year;
    SrcPos title_year_pos;
    int n_title_year_dues;
    /* the header's date typed years ahead (2042 for 2024): every deadline,
     * two or more, before it and in an earlier year (date_ahead_scan);
     * KH311 said once at the date, the deadlines not reported */
    int n_dues, n_dues_ahead, dues_latest_year;
    /* the first task without a lead whose support prints nowhere (KH266,
     * line 0: none): a unit never used may be the lead it lost */
    SrcPos unled_at;
    /* a plan signed in October-December of its date's year, with no
     * 'period', that reads as next year's (KH321, date_signed_early):
     * that next year (0: the rule does not apply), whose deadlines are
     * not reported as KH310 */
    int early_year;
} Checker;

/* Reports an error and counts it (ck->errors). */
void check_error(Checker *ck, SrcPos pos, int span, DiagId code, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
/* The length in characters of the value written at pos (diag_token_chars). */
int span_at(Checker *ck, SrcPos pos);
/* The length in characters of an id, at least 1. */
int id_span(const char *id);
/* Adds ids[i] to set, or with a list of up to 8 ids (set unused) finds it
 * among ids[0..i): the index first given that id (check.c). */
size_t add_id(StrSet *set, const char *const *ids, size_t n, size_t i);

/* ---- check_dates.c: the period, the plan's date, deadlines and bases ---- */

/* The days a deadline allows, *first to *last (day numbers); 0 for one not
 * checked (none, ongoing, free text). */
int due_window(const Deadline *due, long *first, long *last);
/* The plan's period and date as day numbers, and the next year its title names (KH318). */
void setup_dates(Checker *ck);
/* The header's date typed years ahead of every deadline (KH311 once, at the date). */
void date_ahead_scan(Checker *ck);
/* A plan signed in its date's last quarter, with no 'period', that reads as
 * next year's (KH321 once, at the date; its deadlines there not KH310). */
void date_signed_early(Checker *ck);
/* Legal bases dated after the plan (KH314). */
void check_bases(Checker *ck);
/* A basis's kind printed as written (KH161). */
void check_basis_kinds(Checker *ck);
/* One task's deadline against the period, the plan's date and the task it sits in
 * (KH310-KH312; enclosing NULL when none has a deadline window). */
void check_due(Checker *ck, const Task *task, const Task *enclosing);
/* The header's date left at last year's (KH318), once every deadline is seen. */
void report_date_left(Checker *ck);

/* ---- check_codes.c: criteria and indicator codes, localities ---- */

/* Every criterion and indicator code of the imported catalogs (for hints). */
void collect_codes(Checker *ck);
/* A task's criteria and assignments against the catalogs (KH401-KH403, KH421). */
void check_task_criteria(Checker *ck, const Task *task, SrcPos node_pos);
/* The localities' criteria, criteria_met and targets (KH108, KH204, KH258, KH510). */
void check_localities(Checker *ck);

#endif
