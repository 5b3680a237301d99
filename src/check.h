/* check.h - stage 4: the semantic rules a drafter can trust.
 *
 * check_plan() runs after parse_plan() (syntax and type errors) and
 * resolve_plan() (ids bound, tables built) and applies the rules that need the
 * whole plan: deadlines inside the plan's period and after its date,
 * sub-tasks due before their parents, criteria and indicator codes against
 * the imported catalogs, figures stated in the text against the data,
 * units, localities and attachments defined but never used. Every problem
 * is a diagnostic with a stable code (KH250-KH299, KH310-KH399, KH420-KH499,
 * KH500-KH599).
 */
#ifndef KHGEN_CHECK_H
#define KHGEN_CHECK_H

#include "diag.h"
#include "plan.h"
#include "template.h"
#include "util.h"

/* Applies every semantic rule to plan, reporting to diags. Returns the
 * number of errors it reported. plan must have been through resolve_plan();
 * it is not changed. */
int check_plan(Arena *arena, DiagSink *diags, TemplateSet *templates, const Plan *plan);

#endif
