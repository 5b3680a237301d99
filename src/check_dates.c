/* check_dates.c - stage 4's rules of dates: the plan's period and date,
 * its deadlines and the dates of its legal bases.
 *
 * A task due outside the plan's period is a warning (KH310: a report on
 * the year is often due early the next year), one due before the plan is
 * even dated an error (KH311), a sub-task due after the task it belongs to
 * a warning (KH312), a plan dated after its period ends a warning (KH313),
 * a legal basis dated after the plan a warning (KH314). The header's date
 * left at last year's while its title and deadlines name the next year is
 * said once, at the date (KH318), and a date typed years ahead of every
 * deadline once too (KH311), the deadlines not each reported; a plan
 * signed in its year's last quarter that reads as next year's, with no
 * 'period', once at the date too (KH321). A basis's
 * kind printed as written is KH161. Deadlines are compared by their last
 * day ("quý IV/2024" ends 31/12/2024). Split from check.c (s24 leftover 4).
 */
#include "check_impl.h"

#include <ctype.h>
#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "attach.h"
#include "check_draft.h"
#include "check_suppress.h"
#include "check_textdates.h"
#include "datakeys.h"
#include "figures.h"
#include "i18n.h"
#include "inline.h"
#include "load.h"
#include "md_read.h"
#include "suggest.h"
#include "telex.h"
#include "vi.h"

/* ---- deadlines --------------------------------------------------------------- */

static int last_day_of_month(int year, int month)
{
    int day = 31;
    while (day > 28 && !vi_date_valid(year, month, day))
        day--;
    return day;
}

/* The days a deadline allows: from *first to *last (day numbers). A
 * "before X" deadline ends the day before X starts and has no first day.
 * Returns 0 for deadlines that are not checked (none, ongoing, free text). */
int due_window(const Deadline *due, long *first, long *last)
{
    int m1, m2;
    switch (due->kind) {
    case DUE_DATE:
        *first = *last = vi_date_serial(due->year, due->month, due->day);
        break;
    case DUE_MONTH:
        m1 = m2 = due->month;
        goto months;
    case DUE_QUARTER:
        m1 = 3 * due->quarter - 2;
        m2 = 3 * due->quarter;
        goto months;
    case DUE_HALF:
        m1 = due->half == 1 ? 1 : 7;
        m2 = due->half == 1 ? 6 : 12;
        goto months;
    case DUE_YEAR:
        m1 = 1;
        m2 = 12;
    months:
        *first = vi_date_serial(due->year, m1, 1);
        *last = vi_date_serial(due->year, m2, last_day_of_month(due->year, m2));
        break;
    default:
        return 0;
    }
    if (due->year == 0)
        return 0;
    if (due->before) {
        *last = *first - 1;
        *first = LONG_MIN;
    }
    return 1;
}

/* "quý IV/2024", as the document prints it. */
static const char *due_phrase(Checker *ck, const Deadline *due)
{
    Buf phrase = {0};
    /* the date compared, not the drafter's wording ("hoàn thành trong Quý
     * IV" says nothing of the year): "quý IV/2023" */
    Deadline bare = *due;
    if (due->kind != DUE_TEXT) {
        bare.text = NULL;
        bare.prefix = NULL;
    }
    inline_put_due(&ck->ctx, &bare, &phrase);
    const char *text = buf_to_arena(&phrase, ck->arena);
    buf_free(&phrase); /* buf_to_arena copies and keeps the Buf's memory */
    return text;
}

/* "the plan's year 2024" or "the plan's period 01/07/2024 - 30/06/2025". */
static const char *period_phrase(Checker *ck)
{
    const Plan *plan = ck->plan;
    VDate from = plan->period_from, to = plan->period_to;
    if (from.year == to.year && from.month == 1 && from.day == 1 && to.month == 12 &&
        to.day == 31)
        return arena_printf(ck->arena, _("the plan's year %d"), from.year);
    Buf b = {0};
    buf_puts(&b, _("the plan's period "));
    vi_put_date_short(&b, from);
    buf_puts(&b, " - ");
    vi_put_date_short(&b, to);
    const char *text = buf_to_arena(&b, ck->arena);
    buf_free(&b);
    return text;
}

void setup_dates(Checker *ck)
{
    const Plan *plan = ck->plan;
    VDate from = plan->period_from, to = plan->period_to;
    if (from.year && to.year && from.month && to.month && from.day && to.day) {
        ck->period_first = vi_date_serial(from.year, from.month, from.day);
        ck->period_last = vi_date_serial(to.year, to.month, to.day);
        ck->has_period = ck->period_first <= ck->period_last;
    }
    VDate date = plan->date;
    if (date.year) { /* a blank month counts from 1 January: a plan of "2024" cannot meet 2023's */
        ck->plan_first = vi_date_serial(date.year, date.month ? date.month : 1,
                                        date.day ? date.day : 1);
        ck->has_plan_date = 1;
    }
    /* a plan for a period already over (the plan for 2023 dated 2024) is a
     * year typed wrong, mostly in a plan copied from last year's */
    long date_first = date.year ? vi_date_serial(date.year, date.month ? date.month : 1,
                                                 date.day ? date.day : 1)
                                : 0;
    if (ck->has_period && date.year && date_first > ck->period_last)
        diag_warning(ck->diags, plan->date_pos, span_at(ck, plan->date_pos), KH313,
                     "the plan is dated after its period ends (%s): check the year of "
                     "'period' or of the date", period_phrase(ck));
    /* a plan for the date's calendar year whose title names only the next
     * year: the date may be last year's, left as it was (KH318, once the
     * deadlines say which: report_date_left) */
    const YNode *title = plan->title_node;
    size_t at = 0;
    if (date.year && plan->period_from.year == date.year && plan->period_to.year == date.year &&
        plan->period_from.month == 1 && plan->period_from.day == 1 &&
        plan->period_to.month == 12 && plan->period_to.day == 31 && title &&
        title->kind == YNODE_SCALAR &&
        draft_title_year(title->text, date.year, date.year, &at) == date.year + 1) {
        ck->title_year = date.year + 1;
        ck->title_year_pos = ynode_pos_at(title, at);
    }
}

/* Whether a deadline after the plan's year, its last day last, ends in
 * the year the title names when the date is last year's (setup_dates). */
static int in_title_year(const Checker *ck, long last)
{
    return ck->title_year && last >= vi_date_serial(ck->title_year, 1, 1) &&
           last <= vi_date_serial(ck->title_year, 12, 31);
}

/* The header's date in the year before the one its title names, and
 * deadlines in the title's year (KH318): the date is the one left from
 * last year's plan, so it is said at the date, once, with how many
 * deadlines it puts after the plan's year; the deadlines (check_due) and
 * the title (check_draft's KH315) are right and not reported. A date
 * copied that way was reported only at the title and at each deadline
 * (s19draft). */
void report_date_left(Checker *ck)
{
    const Plan *plan = ck->plan;
    if (!ck->n_title_year_dues)
        return;
    diag_warning(ck->diags, plan->date_pos, span_at(ck, plan->date_pos), KH318,
                 "the plan is dated %d, but its title says 'năm %d' and %d of its deadlines "
                 "fall in %d: the date left from last year's plan? write %d in the date (a "
                 "plan signed before its year begins writes 'period: %d')",
                 plan->date.year, ck->title_year, ck->n_title_year_dues, ck->title_year,
                 ck->title_year, ck->title_year);
    diag_suppress(ck->diags, "KH315", ck->title_year_pos.file, ck->title_year_pos.line,
                  ck->title_year_pos.line);
    /* an attachment's title in the title's year is right too (s21attack L) */
    for (size_t i = 0; i < plan->n_attachments; i++) {
        const YNode *title = plan->attachments[i].title_node;
        size_t at = 0;
        if (title && title->kind == YNODE_SCALAR &&
            draft_title_year(title->text, plan->date.year, plan->date.year, &at) == ck->title_year) {
            SrcPos pos = ynode_pos_at(title, at);
            diag_suppress(ck->diags, "KH315", pos.file, pos.line, pos.line);
        }
    }
}

/* A legal basis whose kind is not a kind of document but close to one
 * ("Quyết đinh", "quyết định"): a typo printed as "Căn cứ Quyết đinh số
 * ..." (KH161, with the kind meant), or an abbreviation written without
 * the stroke of its "Đ" or in another case ("QD", printed "Căn cứ QD số
 * ...", s25attack). A kind far from all of them is taken as written ("Văn
 * bản", "Điều lệ": the list is not every kind), unless it is written in
 * ASCII letters only, which no kind of Vietnamese document is: "Decision"
 * printed "Căn cứ Decision số ..." (s25attack), "Van ban" its marks lost. */
/* 1 if s is letters (and spaces) of ASCII only, a small one at least (an
 * abbreviation, "BC", "QC", is not a word). */
static int ascii_word(const char *s)
{
    int small = 0;
    for (; *s; s++) {
        if ((unsigned char)*s >= 0x80 || (!isalpha((unsigned char)*s) && *s != ' '))
            return 0;
        small += islower((unsigned char)*s) != 0;
    }
    return small > 0;
}

void check_basis_kinds(Checker *ck)
{
    size_t n_kinds = 0;
    while (plan_document_kinds[n_kinds])
        n_kinds++;
    for (size_t i = 0; i < ck->plan->n_bases; i++) {
        const Basis *basis = &ck->plan->bases[i];
        if (basis->text || !basis->kind)
            continue;
        int known = 0;
        for (size_t k = 0; k < n_kinds && !known; k++)
            known = strcmp(basis->kind, plan_document_kinds[k]) == 0;
        const char *telex = known ? NULL : plan_kind_by_telex(basis->kind); /* "QDD" */
        size_t at;
        Buf reading = {0};
        int said = telex && telex_text_off(basis->kind, strlen(basis->kind), &at, &reading);
        buf_free(&reading);
        if (said) /* "Quyeets ddijnh": the loader's KH036 said it, reading it: one message */
            continue;
        if (telex) {
            diag_warning(ck->diags, basis->pos, 1, KH161,
                         "the kind of this legal basis, '%s', is '%s' typed in %s with the "
                         "Vietnamese input method off, and is printed as typed; write '%s'",
                         basis->kind, telex, strpbrk(basis->kind, "0123456789") ? "VNI" : "Telex",
                         telex);
            continue;
        }
        const char *abbreviation = known ? NULL : plan_kind_abbreviation_near(basis->kind);
        const char *meant = known || abbreviation
                                ? NULL : suggest_best(basis->kind, plan_document_kinds, n_kinds);
        if (abbreviation)
            diag_warning(ck->diags, basis->pos, 1, KH161,
                         "the kind of this legal basis, '%s', is printed as written; did you mean "
                         "'%s' (%s)?", basis->kind, abbreviation, plan_expand_kind(abbreviation));
        else if (meant)
            diag_warning(ck->diags, basis->pos, 1, KH161,
                         "the kind of this legal basis, '%s', is printed as written; did you mean "
                         "'%s'?", basis->kind, meant);
        else if (!known && ascii_word(basis->kind))
            diag_warning(ck->diags, basis->pos, 1, KH161,
                         "the kind of this legal basis, '%s', is no Vietnamese kind of document "
                         "and is printed as written, \"Căn cứ %s số ...\": write the kind the "
                         "document names itself with (Luật, Nghị định, Quyết định, ...)",
                         basis->kind, basis->kind);
    }
}

/* Counts a task's deadline for date_ahead_scan: every one, and those
 * before the plan's date in a year before the date's. */
static void count_due_ahead(void *data, const BodyPlace *at)
{
    Checker *ck = data;
    const BodyNode *node = at->node;
    long first, last;
    if (node->kind != NODE_TASK || !node->task || !due_window(&node->task->due, &first, &last))
        return;
    ck->n_dues++;
    const Deadline *due = &node->task->due;
    int year = last < vi_date_serial(due->year, 1, 1) ? due->year - 1 : due->year; /* "before" */
    if (last < ck->plan_first && year < ck->plan->date.year) {
        ck->n_dues_ahead++;
        if (year > ck->dues_latest_year)
            ck->dues_latest_year = year;
    }
}

/* The header's date in a year after every deadline of the plan (two or
 * more; "2042-01-15" typed for 2024-01-15): the one mistake is the date,
 * said there once (KH311, s24attack L9), where each deadline was reported
 * as before the plan's date. One deadline before the date is its own. */
void date_ahead_scan(Checker *ck)
{
    if (!ck->has_plan_date)
        return;
    plan_walk_body(ck->plan->body, ck->plan->n_body, count_due_ahead, ck);
    if (ck->n_dues < 2 || ck->n_dues_ahead < ck->n_dues)
        ck->n_dues_ahead = 0;
    else
        check_error(ck, ck->plan->date_pos, span_at(ck, ck->plan->date_pos), KH311,
                    "the plan is dated %d, after each of its %d deadlines (the last in %d): "
                    "check the year of the date (write %d if the plan is that year's)",
                    ck->plan->date.year, ck->n_dues, ck->dues_latest_year,
                    ck->dues_latest_year);
}

/* The deadlines of a plan dated in its year's last quarter (date_signed_early):
 * those from its date to the end of that year, and those in the next. */
typedef struct {
    long from, year_last, next_last;
    int inside, next;
} EarlyDues;

static void count_due_early(void *data, const BodyPlace *at)
{
    EarlyDues *e = data;
    const BodyNode *node = at->node;
    long first, last;
    if (node->kind != NODE_TASK || !node->task || !due_window(&node->task->due, &first, &last))
        return;
    if (last >= e->from && last <= e->year_last)
        e->inside++;
    else if (last > e->year_last && last <= e->next_last)
        e->next++;
}

/* What prints the plan's year in the body (date_signed_early): a text
 * that writes "{year}" (a heading, a paragraph, a task's text), a task
 * whose deadline is 'ongoing' ("Thường xuyên trong năm 2026"). */
typedef struct {
    int year_ref, ongoing;
} YearPrints;

static int has_year_ref(const char *t)
{
    return t && str_find(t, "{year") != NULL;
}

static void find_year_prints(void *data, const BodyPlace *at)
{
    YearPrints *y = data;
    const BodyNode *node = at->node;
    if (has_year_ref(node->title) || has_year_ref(node->text))
        y->year_ref = 1;
    for (size_t i = 0; i < node->n_paras && !y->year_ref; i++)
        y->year_ref = has_year_ref(node->paras[i]);
    if (node->kind == NODE_TASK && node->task && node->task->due.kind == DUE_ONGOING)
        y->ongoing = 1;
}

/* ", the year printed by its title, {year} in its text and 'ongoing'":
 * those of the three that print the plan's year in plan (title: its
 * title's text), translated; "" for none. */
static const char *year_printed_by(Checker *ck, const char *title)
{
    const Plan *plan = ck->plan;
    YearPrints y = {0};
    plan_walk_body(plan->body, plan->n_body, find_year_prints, &y);
    y.year_ref |= has_year_ref(plan->opening) || has_year_ref(plan->closing);
    const char *what[3];
    int n = 0;
    if (has_year_ref(title))
        what[n++] = _("its title");
    if (y.year_ref)
        what[n++] = _("{year} in its text");
    if (y.ongoing)
        what[n++] = _("'ongoing'");
    if (!n)
        return "";
    Buf b = {0};
    for (int i = 0; i < n; i++)
        buf_printf(&b, "%s%s", i == 0 ? "" : i == n - 1 ? _(" and ") : ", ", what[i]);
    const char *out = arena_printf(ck->arena, _(", the year printed by %s"), b.data);
    buf_free(&b);
    return out;
}

/* A plan dated October to December with no 'period' is the plan of its
 * date's year, but a yearly plan is mostly signed in the last weeks of the
 * year before the one it plans for: `khgen new --year 2027` writes "date:
 * 2027-01" with a TODO for the month of signing, the drafter writes
 * 2026-12-15, and the title, {year} and "Thường xuyên trong năm" all print
 * 2026 with exit 0 (s42user F3). Said once at the date (KH321), when
 * nothing in the plan says the date's year is meant - no deadline from
 * the date to that year's end, no year written in the title (KH315 and
 * KH318 read those) - and something says the next: a deadline in it (each
 * one then not KH310 too), or a title that prints the plan's year as
 * {year}. Writing 'period:' either way silences it. */
void date_signed_early(Checker *ck)
{
    const Plan *plan = ck->plan;
    VDate date = plan->date;
    const YNode *title = plan->title_node;
    size_t at = 0;
    if (plan->period_given || !date.year || date.month < 10 || ck->title_year ||
        ck->n_dues_ahead || !ck->has_plan_date || date.year >= PLAN_YEAR_MAX)
        return;
    const char *text = title && title->kind == YNODE_SCALAR ? title->text : NULL;
    if (text && draft_title_year(text, 0, 0, &at)) /* "năm 2026" written: KH315's */
        return;
    EarlyDues e = {.from = ck->plan_first,
                   .year_last = vi_date_serial(date.year, 12, 31),
                   .next_last = vi_date_serial(date.year + 1, 12, 31)};
    plan_walk_body(plan->body, plan->n_body, count_due_early, &e);
    if (e.inside || (!e.next && !(text && str_find(text, "{year"))))
        return;
    ck->early_year = date.year + 1;
    /* a table titled "năm 2027" is the plan's year, not last year's left (KH315) */
    for (size_t i = 0; i < plan->n_attachments; i++) {
        const YNode *t = plan->attachments[i].title_node;
        size_t t_at = 0;
        if (t && t->kind == YNODE_SCALAR &&
            draft_title_year(t->text, date.year, date.year, &t_at) == ck->early_year) {
            SrcPos pos = ynode_pos_at(t, t_at);
            diag_suppress(ck->diags, "KH315", pos.file, pos.line, pos.line);
        }
    }
    const char *dues = e.next ? arena_printf(ck->arena,
                                             i18n_ntr(", and %d of its deadlines falls in %d",
                                                      ", and %d of its deadlines fall in %d", e.next),
                                             e.next, date.year + 1)
                              : "";
    /* only what prints the year is named: a Tết plan with no {year} and
     * deadlines in January was told its title, {year} and 'ongoing'
     * printed the year (s43attack) */
    diag_warning(ck->diags, plan->date_pos, span_at(ck, plan->date_pos), KH321,
                 "the plan is dated %02d/%d and writes no 'period', so it is the plan of %d%s%s; "
                 "a yearly plan signed in the last months of a year is next year's: write "
                 "'period: %d' (or 'period: %d' if it is the plan of %d)",
                 date.month, date.year, date.year, year_printed_by(ck, text), dues,
                 date.year + 1, date.year, date.year);
}

/* A legal basis dated after the plan (KH314): a plan cannot cite a
 * document issued after it. The plan's date is taken at its latest (a
 * blank day is the month's last, a blank month the year's), so a draft
 * dated "tháng 01" may cite a decision of 20 January. */
void check_bases(Checker *ck)
{
    const Plan *plan = ck->plan;
    VDate date = plan->date;
    if (!date.year)
        return;
    int month = date.month ? date.month : 12;
    int day = date.day;
    if (!day)
        for (day = 31; day > 28 && !vi_date_valid(date.year, month, day); day--)
            ;
    long plan_last = vi_date_serial(date.year, month, day);
    for (size_t i = 0; i < plan->n_bases; i++) {
        const Basis *basis = &plan->bases[i];
        VDate d = basis->date;
        if (basis->text || !d.year || !vi_date_valid(d.year, d.month ? d.month : 1, d.day ? d.day : 1))
            continue;
        if (vi_date_serial(d.year, d.month ? d.month : 1, d.day ? d.day : 1) <= plan_last)
            continue;
        SrcPos at = basis->date_pos.line ? basis->date_pos : basis->pos;
        diag_warning(ck->diags, at, span_at(ck, at), KH314,
                     "this legal basis is dated after the plan (%s %s, the plan %04d%s): a plan "
                     "cannot cite a document issued after it; check the year of either date",
                     basis->kind ? basis->kind : "",
                     basis->number ? basis->number : basis->name ? basis->name : "",
                     date.year, date.month ? arena_printf(ck->arena, "-%02d", date.month) : "");
    }
}

/* The deadline of one task against the plan's date and period, and against
 * the deadline of the task it sits in (enclosing, or NULL). */
void check_due(Checker *ck, const Task *task, const Task *enclosing)
{
    long first, last;
    if (!due_window(&task->due, &first, &last))
        return;
    const Deadline *due = &task->due;
    SrcPos pos = due->pos;
    if (ck->has_plan_date && last < ck->plan_first && ck->n_dues_ahead) {
        /* the date is the mistake, said at it (date_ahead_scan) */
    } else if (ck->has_plan_date && last < ck->plan_first) {
        Buf date = {0};
        const Plan *plan = ck->plan;
        /* as the document prints a date ("22/02/2024") or a month
         * ("tháng 01/2024", the deadline's form, vi_put_month: January and
         * February with their zero, as the header's "tháng 01 năm 2024";
         * it printed "tháng 1/2024": s15attack) */
        if (!plan->date.month)
            buf_printf(&date, "năm %d", plan->date.year);
        else if (!plan->date.day)
            buf_puts(&date, "tháng ");
        if (plan->date.month)
            vi_put_date_short(&date, plan->date);
        check_error(ck, pos, span_at(ck, pos), KH311,
                    "deadline '%s' is before the plan's own date (%s): check the year", due_phrase(ck, due),
                    date.data);
        buf_free(&date);
    } else if (ck->has_period && last > ck->period_last && in_title_year(ck, last)) {
        ck->n_title_year_dues++; /* the date is wrong, not the deadline: KH318 */
    } else if (ck->has_period && ck->early_year && last > ck->period_last &&
               last <= vi_date_serial(ck->early_year, 12, 31)) {
        /* the plan is next year's, signed early: said once at the date (KH321) */
    } else if (ck->has_period && last > ck->period_last) {
        diag_warning(ck->diags, pos, span_at(ck, pos), KH310,
                     "deadline '%s' is after the end of %s: check the year, or the plan's period", due_phrase(ck, due),
                     period_phrase(ck));
    } else if (ck->has_period && last < ck->period_first) {
        diag_warning(ck->diags, pos, span_at(ck, pos), KH310,
                     "deadline '%s' is before the start of %s: check the year, or the plan's "
                     "period", due_phrase(ck, due),
                     period_phrase(ck));
    }
    long outer_first, outer_last;
    if (enclosing && due_window(&enclosing->due, &outer_first, &outer_last) &&
        last > outer_last) {
        diag_warning(ck->diags, pos, span_at(ck, pos), KH312,
                     "this sub-task is due '%s', after the task it belongs to ('%s'): check the "
                     "two deadlines",
                     due_phrase(ck, due), due_phrase(ck, &enclosing->due));
        diag_note(ck->diags, enclosing->due.pos, "the enclosing task's deadline is here");
    }
}

