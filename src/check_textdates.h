/* check_textdates.h - a date in the plan's prose that does not exist; see
 * check_textdates.c. */
#ifndef KHGEN_CHECK_TEXTDATES_H
#define KHGEN_CHECK_TEXTDATES_H

#include "diag.h"
#include "plan.h"

/* Warns (KH317) at each date written in the words of the plan's free texts
 * ("31/4/2025", "ngày 29 tháng 2 năm 2025", "tháng 13/2025") whose month or
 * day does not exist, at its first digit, and (KH320) at each written year
 * first ("2024-01-15") outside a reference. Reads plan->texts and the
 * attachments' words only; linear in their length. */
void check_textdates(DiagSink *diags, const Plan *plan);

#endif
