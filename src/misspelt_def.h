/* misspelt_def.h - an id misspelt where it is defined, told once there
 * (misspelt_def.c). */
#ifndef KHGEN_MISSPELT_DEF_H
#define KHGEN_MISSPELT_DEF_H

#include "diag.h"
#include "plan.h"

/* Before the plan's ids are bound (resolve.c): for each unknown id the
 * structured fields use at two places or more whose nearest id is an entry
 * nothing uses, one error (KH202-KH204) at that entry's id naming the uses,
 * and the pair recorded in plan->misspelt so that the uses count as the
 * entry and are not reported again. Writes only plan->misspelt. */
void misspelt_defs_find(DiagSink *diags, Plan *plan);

#endif
