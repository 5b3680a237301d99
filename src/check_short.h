/* check_short.h - {short ID} of a unit without a short name; see
 * check_short.c. */
#ifndef KHGEN_CHECK_SHORT_H
#define KHGEN_CHECK_SHORT_H

#include "diag.h"
#include "plan.h"

/* Warns (KH214) at the first {short ID} of each unit that has no `short:`
 * name in a free text of the plan that prints the unit's full name too
 * ({unit ID}, or the name as written beside it): "X (X)"; the first
 * {short ID} of each unit in each text. Reads plan->texts and
 * plan's units only; linear in the texts' length. */
void check_short_names(DiagSink *diags, const Plan *plan);

#endif
