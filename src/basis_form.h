/* basis_form.h - a legal basis's number and issuer as Nghị định 30 writes
 * them; see basis_form.c. */
#ifndef KHGEN_BASIS_FORM_H
#define KHGEN_BASIS_FORM_H

#include "diag.h"
#include "load.h"

/* Warns (KH173) at number (a basis's 'number', NULL: none) when a space
 * stands beside its '/' or '-' ("263 /QĐ-TTg"), and at by (its 'by')
 * when the issuer begins with a small letter ("ủy ban nhân dân tỉnh"),
 * each with the form to write. */
void basis_form_check(DiagSink *diags, const YNode *number, const YNode *by);

#endif
