/* check_suppress.h - a plan's `suppress:` entry that a warning of another
 * file escaped; see check_suppress.c. */
#ifndef KHGEN_CHECK_SUPPRESS_H
#define KHGEN_CHECK_SUPPRESS_H

#include "diag.h"
#include "plan.h"

/* Warns (KH123) at each entry of the plan's top-level `suppress:` whose
 * code is still warned, unsilenced, in a file other than the plan's (an
 * included registry, a catalog it imports): the entry silences the code
 * in the plan's own file only. Asks the sink's pending warnings, so it
 * runs last in check, before they are flushed. Linear in the pending
 * warnings: one pass over them per code listed (at most the codes khgen
 * has), whatever the number of entries. */
void check_suppress_reach(DiagSink *diags, const Plan *plan);

#endif
