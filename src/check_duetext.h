/* check_duetext.h - a deadline's printed text against its date; see
 * check_duetext.c. */
#ifndef KHGEN_CHECK_DUETEXT_H
#define KHGEN_CHECK_DUETEXT_H

#include "diag.h"
#include "plan.h"

/* Warns at each task of plan's body whose deadline's printed text names
 * years and none of them its date's (KH316; for an ongoing deadline, the
 * plan's period), or is, as a whole, another deadline than its date
 * (KH319), or is text alone naming only years before the plan's period
 * (KH323). Reads the plan as const; linear in the deadlines' texts. */
void check_due_texts(DiagSink *diags, const Plan *plan);

/* The year (1900-2999) written at text[i..i+4), not part of a longer run
 * of digits ("12024" holds none), else 0. The one reading of a year typed
 * in a title (draft_title_year, check_draft.c) and in a deadline's text. */
int text_year_at(const char *text, size_t i);

#endif
