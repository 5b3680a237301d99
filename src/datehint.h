/* datehint.h - what the plan language writes for a date or deadline
 * written as Vietnamese documents write it ("30/6/2025" -> 2025-06-30,
 * "Quý II/2025" -> 2025-Q2); see datehint.c. */
#ifndef KHGEN_DATEHINT_H
#define KHGEN_DATEHINT_H

#include <stddef.h>

/* what date_hint reads */
enum {
    DATEHINT_DATE,      /* a date: day, month and year; month and year; a year */
    DATEHINT_FULL_DATE, /* a date with its day only */
    DATEHINT_DUE,       /* a deadline: a date, a quarter, a half, "thường xuyên", "trước ..." */
};

/* what date_hint found */
#define DATEHINT_FORM 1      /* out holds the form to write */
#define DATEHINT_NOT_REAL -1 /* a day-first date of a day that does not exist (31/6/2025):
                              * out holds the form without the digits, "YYYY-MM-DD" or
                              * "{before: YYYY-MM-DD}" */

/* Writes into out (cap bytes, 32 are enough) the plan language's form of
 * text when text is, as a whole, a date or deadline written the Vietnamese
 * way ("30/06/2025", "ngày 30 tháng 6 năm 2025", "tháng 6/2025", "Quý
 * II/2025", "6 tháng đầu năm 2025", "năm 2025", "thường xuyên", "trước
 * ngày 30/6/2025" -> "{before: 2025-06-30}"), what being one of the
 * DATEHINT_ kinds; returns DATEHINT_FORM, DATEHINT_NOT_REAL (out holds the
 * form to write, its digits left as letters: "31/02/2025" was told only to
 * check its day, not that the plan writes it year first; s30fixlow), or 0
 * (no such value; out untouched). */
int date_hint(const char *text, int what, char *out, size_t cap);

#endif
