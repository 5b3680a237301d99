/* check_commas.h - a recipient cut at its commas inside [...], two
 * recipients joined as one; see check_commas.c. */
#ifndef KHGEN_CHECK_COMMAS_H
#define KHGEN_CHECK_COMMAS_H

#include "diag.h"
#include "plan.h"

/* Warns (KH175) at the first of each run of the plan's recipients, written
 * without quotes inside [...] on the line of the one before, that begin
 * with a small letter ("Các ban, ngành, đoàn thể xã" read as "Các ban",
 * "ngành", "đoàn thể xã"): one recipient cut at its commas, printed as
 * several lines of "Nơi nhận"; and (KH171) at a recipient that holds two,
 * a ';' before a word in capitals ("UBND tỉnh; Các xã") or a line YAML
 * joined to it that begins with one, unless the line above goes on. Linear
 * in the recipients' length. */
void check_commas(DiagSink *diags, const Plan *plan);

#endif
