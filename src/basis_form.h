/* basis_form.h - a legal basis's number and issuer as Nghị định 30 writes
 * them; see basis_form.c. */
#ifndef KHGEN_BASIS_FORM_H
#define KHGEN_BASIS_FORM_H

#include "diag.h"
#include "load.h"
#include "plan.h"

/* 1 if text, a value where a symbol goes (the header's 'code', a basis's
 * or the header's 'number'), is words, not a symbol: a ", " or three words
 * with letters ("MỤC TIÊU, KẾ HOẠCH NĂM {year}", a line pasted there). Its
 * KH173 says so, and nothing in it (a '{year}' that would print with its
 * braces, KH210) is told again. */
int basis_form_prose(const char *text);

/* Warns (KH173) at number (a basis's 'number' node, NULL: none) when a
 * space stands beside a '/' or '-' of number_text, the number as printed
 * ("263 /QĐ-TTg"), and at by (its 'by') when by_text, the issuer as
 * printed (a "của" khgen prints itself taken off: KH172), begins with a
 * small letter ("ủy ban nhân dân tỉnh"), and at number when its symbol
 * (after its last '/') is in small letters ("263/qđ-ttg") or it ends with
 * a mark (',', '.', ';', ':') or its symbol is of another kind than kind,
 * the basis's as printed ("Quyết định số 27/2022/NĐ-CP"); each with the
 * form to write. Returns the
 * number to print: number_text, without such a mark (in arena). */
const char *basis_form_check(Arena *arena, DiagSink *diags, const char *kind,
                             const YNode *number, const char *number_text, const YNode *by,
                             const char *by_text);

/* Warns (KH173) at node (the header's 'code') when code, as printed, is
 * not a symbol as Nghị định 30 writes it: spaces beside its '-' or '/'
 * ("KH - UBND"), small letters ("kh-ubnd"), or the abbreviation of another
 * kind than doc_kind, the document's kind as printed above the subject
 * ("QĐ-UBND" on a "KẾ HOẠCH"); each with the code to write. */
void basis_form_code_check(DiagSink *diags, const YNode *node, const char *code,
                           const char *doc_kind);

/* Warns (KH178) at each line of plan's governing body and issuer, and of
 * its signature above the name, that has a small letter ("ubnd tỉnh bắc
 * giang", "tm. ủy ban nhân dân", printed as typed), with the line in
 * capitals to write; (KH179) at a place all in small letters and a
 * signer's name with a word that begins with one, with the form to
 * write. Reads plan only. */
void basis_form_issuer_check(DiagSink *diags, const Plan *plan);

/* 1 when a line of plan's issuer has small letters (its KH178, told at
 * the first such line, *at): a body's name typed over the issuer, whose
 * one message that is (check_draft.c's "TM." of another body is a note
 * on it); else 0. */
int basis_form_issuer_small(const Plan *plan, SrcPos *at);

/* Warns (KH176) at node (a basis written as free text: the list item, or
 * its 'text') when text, as printed, begins with a small letter under any
 * emphasis ("tình hình thực tế của địa phương": its "Căn cứ" lost, printed
 * as the sentence's start). */
void basis_form_text_check(DiagSink *diags, const YNode *node, const char *text);

#endif
