/* registry_gone.h - the lists a plan lacks whose ids it uses, told once
 * (registry_gone.c). */
#ifndef KHGEN_REGISTRY_GONE_H
#define KHGEN_REGISTRY_GONE_H

#include "plan.h"

/* Writes Plan.gone_others: for each registry (units, localities, levels)
 * the plan has no list of, the names of the others it has no list of and
 * whose ids it uses ("'units:'", "'units:' or 'levels:'"), or "". Before
 * the uses are bound (resolve.c); linear in the plan's id uses. */
void registry_gone_find(Plan *plan);

#endif
