/* datakeys.h - a `data:` key misspelt in one entry (KH260); the rule is
 * written in datakeys.c. */
#ifndef KHGEN_DATAKEYS_H
#define KHGEN_DATAKEYS_H

#include "diag.h"
#include "plan.h"

/* Warns (KH260) at each data key of a locality or a task that no table or
 * figure of plan names, when it is a near miss of a key one names and the
 * entry lacks that key. Run once every table and figure is read (last in
 * check_plan); reads plan, writes only diagnostics. */
void datakeys_check(DiagSink *diags, const Plan *plan);

#endif
