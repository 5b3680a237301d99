/* parse.h - stage 2: the YAML tree to a typed Plan.
 *
 * parse_plan() walks the node tree the loader built and fills a Plan
 * (plan.h), reporting every problem it can find in one pass: unknown keys
 * (with "did you mean"), values of the wrong type, impossible dates and
 * malformed deadlines. It records, without binding them, the ids the plan
 * uses (Plan.id_uses) and its free texts (Plan.texts): resolve_plan()
 * (resolve.c, stage 3) binds and checks those. It also imports the criteria
 * catalogs and parses the attachment tables (catalog.c, attach.c). It
 * never stops at the first error.
 */
#ifndef KHGEN_PARSE_H
#define KHGEN_PARSE_H

#include "diag.h"
#include "load.h"
#include "plan.h"
#include "template.h"
#include "util.h"

/* Parses root (from load_file(file)) into a Plan owned by arena; the
 * caller runs resolve_plan() on it next. Returns the plan, also when errors
 * were reported (the caller checks
 * diag_error_count before rendering); the plan is then partial but safe to
 * walk. */
Plan *parse_plan(Arena *arena, DiagSink *diags, TemplateSet *templates,
                 const char *file, const YNode *root);

/* The words an issuer's line that names a place begins with ("HUYỆN",
 * "XÃ", "THÀNH PHỐ", ...), upper case; NULL-terminated. The one list: a
 * comma before one in `issuer` written without brackets (KH162, here)
 * and a place's line above its body's (KH170, check_draft.c). */
const char *const *parse_place_words(void);

/* The words a recipient's line of "Nơi nhận" begins with ("UBND", "Sở",
 * "Các", "Lưu", "Văn phòng", ...), as written (case and marks), each a
 * whole word; NULL-terminated. The one list: a comma before one in
 * `recipients` written without brackets (KH162, here) and a ';' or a line
 * joined before one inside a recipient (KH171, check_draft.c). */
const char *const *parse_recipient_words(void);

/* Appends to out the name of the outputs of the plan at path (Plan.name):
 * the file's name without its directory and its ".yaml" or ".yml", in
 * NFC. A name written on the disk in NFD (by a Mac, an archive) gives the
 * outputs of its NFC twin ("Kế hoạch.md", in one form), so that build's
 * check of two plans writing one name sees them (s18user). */
void plan_put_output_name(Buf *out, const char *path);

#endif
