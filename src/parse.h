/* parse.h - stage 2: the YAML tree to a typed Plan.
 *
 * parse_plan() walks the node tree the loader built and fills a Plan
 * (plan.h), reporting every problem it can find in one pass: unknown keys
 * (with "did you mean"), values of the wrong type, impossible dates and
 * malformed deadlines, duplicate ids, and references to units, localities,
 * levels and attachments that do not exist, including those inside inline
 * references in the text. It also imports the criteria catalogs and parses
 * the attachment tables (catalog.c, attach.c). It never stops at the first
 * error.
 */
#ifndef KHGEN_PARSE_H
#define KHGEN_PARSE_H

#include "diag.h"
#include "load.h"
#include "plan.h"
#include "template.h"
#include "util.h"

/* Parses root (from load_file(file)) into a Plan owned by arena. Returns the
 * plan, also when errors were reported (the caller checks
 * diag_error_count before rendering); the plan is then partial but safe to
 * walk. */
Plan *parse_plan(Arena *arena, DiagSink *diags, TemplateSet *templates,
                 const char *file, const YNode *root);

/* Parses a date "YYYY-MM-DD", "YYYY-MM" (day blank) or "YYYY" (day and
 * month blank) into *date. Returns 0, or -1 if malformed, or -2 if
 * well-formed but not a real date (2024-02-30). */
int parse_date_text(const char *text, VDate *date);

/* Parses a deadline scalar ("2024-Q4", "ongoing", ...) as the README
 * describes; plan_year resolves "ongoing". Returns 0, -1 malformed,
 * -2 impossible date. */
int parse_due_text(const char *text, int plan_year, Deadline *due);

#endif
