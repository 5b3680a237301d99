/* check_draft.h - a drafter's meaning mistakes in a well-formed plan; see
 * check_draft.c. */
#ifndef KHGEN_CHECK_DRAFT_H
#define KHGEN_CHECK_DRAFT_H

#include "diag.h"
#include "plan.h"
#include "util.h"

/* Warns (never an error) at what a reviewer would send back although every
 * value is well formed: a year copied from last year's plan into a title or
 * a deadline's printed text (KH315, KH316), a locality under a parent of
 * its own rank or below (KH261) or aiming for a standard in a year already
 * past (KH262), a signature whose lines do not follow Nghị định 30/2020
 * (KH166), a "Nơi nhận" without its "Lưu" line (KH167) or naming one
 * recipient twice (KH168), a legal basis cited twice (KH169), a unit's
 * name or a recipient that is a unit's name with a mark lost (KH263). parent_loops: the loops of parents check.c
 * reported (KH255), which leave KH261 unsaid. Reads the resolved plan as const; linear in its
 * size. Scratch memory comes from arena. */
void check_draft(Arena *arena, DiagSink *diags, const Plan *plan, int parent_loops);

#endif
