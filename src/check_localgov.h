/* check_localgov.h - a plan of 2026 or later that names a district's
 * People's Committee, or a department merged away in 2025, where a body
 * in office goes; see check_localgov.c. */
#ifndef KHGEN_CHECK_LOCALGOV_H
#define KHGEN_CHECK_LOCALGOV_H

#include "diag.h"
#include "plan.h"

/* Warns (KH181) in a plan whose period begins in 2026 or later
 * (localgov_two_level) at its first issuer line that is a district's
 * People's Committee, at a governing body that is one, at each recipient
 * that names a district's People's Committee or Council and at each unit
 * that is a district's office; and (KH182) at each of those places, the
 * issuer's short name, the opening and the closing naming a Sở, a Bộ, a
 * province's Ban or the Ủy ban Dân tộc the 2025 reorganisation merged away
 * (reform.h; an issuer line read with the next where the name is broken
 * over two). Reads the plan as const;
 * never a legal basis, a locality or the body's text. */
void check_localgov(DiagSink *diags, const Plan *plan);

/* How many values of plan check_localgov would warn at were it a plan of
 * 2026 or later, whatever its year: `khgen new` from a plan of 2025 to
 * one of 2026 says it once in its summary. */
int check_localgov_count(const Plan *plan);

/* The same for KH182: how many values of plan name a body the 2025
 * reorganisation merged away, were it a plan of 2026 or later. */
int check_localgov_reform_count(const Plan *plan);

/* The same for KH183: how many values of plan name a province the 2025
 * merger ended (places2025.h), were it a plan of 2026 or later. */
int check_localgov_province_count(const Plan *plan);

#endif
