/* basis_form.h - a legal basis's number and issuer as Nghị định 30 writes
 * them; see basis_form.c. */
#ifndef KHGEN_BASIS_FORM_H
#define KHGEN_BASIS_FORM_H

#include "diag.h"
#include "load.h"

/* Warns (KH173) at number (a basis's 'number' node, NULL: none) when a
 * space stands beside a '/' or '-' of number_text, the number as printed
 * ("263 /QĐ-TTg"), and at by (its 'by') when by_text, the issuer as
 * printed (a "của" khgen prints itself taken off: KH172), begins with a
 * small letter ("ủy ban nhân dân tỉnh"); each with the form to write. */
void basis_form_check(DiagSink *diags, const YNode *number, const char *number_text,
                      const YNode *by, const char *by_text);

/* Warns (KH176) at node (a basis written as free text: the list item, or
 * its 'text') when text, as printed, begins with a small letter under any
 * emphasis ("tình hình thực tế của địa phương": its "Căn cứ" lost, printed
 * as the sentence's start). */
void basis_form_text_check(DiagSink *diags, const YNode *node, const char *text);

#endif
