/* resolve.h - stage 3: binding, evaluating and numbering a parsed Plan.
 *
 * The pipeline is load -> parse -> resolve -> check -> render -> write
 * (main.c). resolve_plan() is the only stage after parse that writes into
 * the Plan; see resolve.c for what it does, in which order.
 */
#ifndef KHGEN_RESOLVE_H
#define KHGEN_RESOLVE_H

#include "diag.h"
#include "plan.h"
#include "template.h"
#include "util.h"

/* Resolves plan, which parse_plan() filled: indexes and binds ids (use
 * counts), checks and evaluates the references and figures of the text,
 * builds the attachment tables, numbers the body; then sets plan->resolved.
 * Everything it allocates is in arena; problems go to diags. Safe on a plan
 * parsed with errors. Returns the number of errors it reported. */
int resolve_plan(Arena *arena, DiagSink *diags, TemplateSet *templates, Plan *plan);

/* KH120 at `at` (span columns) when a node of kind numbered `number` has
 * no label khgen can print: a section past 3999 (no Roman numeral), a
 * point past 69 (past "yyy)"). Parse calls it for a `number:` given by
 * hand, the numbering for a count that reaches 4000 sections. */
void resolve_check_number(DiagSink *diags, SrcPos at, int span, NodeKind kind, int number);

#endif
