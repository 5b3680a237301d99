/* check_attnamed.h - a page the plan's text says is attached and no
 * attachment is; see check_attnamed.c. */
#ifndef KHGEN_CHECK_ATTNAMED_H
#define KHGEN_CHECK_ATTNAMED_H

#include "diag.h"
#include "plan.h"

/* Warns (KH268) at each "Biểu NN" or "Phụ lục N" typed in the plan's free
 * texts that the text says is attached to the plan itself (att_named.c:
 * "Chi tiết theo Biểu 02 đính kèm") when no attachment of the plan is
 * labelled so. Reads plan->texts and the attachments' labels; linear in
 * the texts' length times the attachments. */
void check_attnamed(DiagSink *diags, const Plan *plan);

#endif
