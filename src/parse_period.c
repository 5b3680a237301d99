/* parse_period.c - the plan's `period`: a year (2025), or {from, to}
 * dates (a school year, 2024-09-01 to 2025-05-31), whose deadlines check.c
 * measures against it. Moved out of parse.c (session 28), which keeps the
 * structures of the plan language; the dates' own grammar is
 * parse_read.c's read_date.
 */
#include "parse_impl.h"

#include <string.h>

#include "vi.h"
#include "yread.h"

void parse_period(Parser *p, const YNode *node)
{
    Plan *plan = p->plan;
    long year;
    if (node->kind == YNODE_SCALAR) {
        const char *text = yread_text(node);
        if (report_number_base(p, node, "period", 0)) /* "02024", "0x7E8" */
            return;
        if (*text && strspn(text, "0123456789") != strlen(text)) {
            /* a school year as written, "2024-2025": the message said "a
             * whole number", never the other form (s13attack L1) */
            PARSE_ERROR(p, node, KH108,
                        "'period' is a year (2025) or {from: YYYY-MM-DD, to: YYYY-MM-DD} (a "
                        "school year: {from: 2024-09-01, to: 2025-05-31}), not '%s': write one of "
                        "the two forms",
                        text);
            return;
        }
        if (read_int(p, node, "period", PLAN_YEAR_MIN, PLAN_YEAR_MAX, &year) == 0) {
            plan->period_from = (VDate){(int)year, 1, 1};
            plan->period_to = (VDate){(int)year, 12, 31};
        }
        return;
    }
    if (!expect_kind(p, node, YNODE_MAP, "period"))
        return;
    check_keys(p, node, KEYSET_PERIOD, "the period");
    const YNode *from = ynode_get(node, "from"), *to = ynode_get(node, "to");
    if (!from || !to) {
        diag_error(p->diags, node->pos, 1, KH103, "the period needs 'from' and 'to' dates: add "
                   "both");
        return;
    }
    /* the day to write is the month's first (from) or last (to) of the
     * month written: "2024-07" to "2025-06" suggested 2024-09-01 and
     * 2025-05-31 (s27attack L1) */
    int from_ok = read_date(p, from, "from", &plan->period_from) == 0;
    VDate f = plan->period_from, t;
    if (from_ok && f.day == 0)
        PARSE_ERROR(p, from, KH301, "'from' needs a full date YYYY-MM-DD: write the day too "
                    "(%04d-%02d-01)", f.year, f.month ? f.month : 1);
    int to_ok = read_date(p, to, "to", &plan->period_to) == 0;
    t = plan->period_to;
    if (to_ok && t.day == 0)
        PARSE_ERROR(p, to, KH301, "'to' needs a full date YYYY-MM-DD: write the day too "
                    "(%04d-%02d-%02d)", t.year, t.month ? t.month : 12,
                    vi_days_in_month(t.year, t.month ? t.month : 12));
    VDate *a = &plan->period_from, *b = &plan->period_to;
    if (from_ok && to_ok && a->day && b->day &&
        (b->year != a->year ? b->year < a->year : b->month != a->month ? b->month < a->month
                                                                      : b->day < a->day)) {
        PARSE_ERROR(p, to, KH303, "the period ends (%s) before it starts (%s): write the earlier "
                    "date under 'from'", to->text, from->text);
        /* the calendar year of 'to' stands in, so deadlines are not all
         * reported outside a period that is only mistyped */
        *a = (VDate){b->year, 1, 1};
        *b = (VDate){b->year, 12, 31};
    }
}
