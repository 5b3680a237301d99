/* check_commune_name.h - a commune's plan that names another commune as
 * its own; see check_commune_name.c. */
#ifndef KHGEN_CHECK_COMMUNE_NAME_H
#define KHGEN_CHECK_COMMUNE_NAME_H

#include "diag.h"
#include "plan.h"

/* Warns (KH185) in a plan issued by a commune (an issuer line "XÃ HÒA
 * CƯ", "UBND PHƯỜNG 3": localgov_commune_issuer) at its short name,
 * title, opening and closing when one names another commune (a
 * commune's kind and a name that is not the issuer's; not "... (cũ)",
 * not inside a cited document), and at its place line when that is not
 * the commune's name. Any year. Reads the plan as const; never the body's
 * text, a legal basis or a locality. */
void check_commune_name(DiagSink *diags, const Plan *plan);

#endif
