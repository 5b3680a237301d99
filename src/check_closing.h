/* check_closing.h - the closing sentence's name of the plan and its year;
 * see check_closing.c. */
#ifndef KHGEN_CHECK_CLOSING_H
#define KHGEN_CHECK_CLOSING_H

#include "diag.h"
#include "plan.h"

/* Warns (KH315) at plan's closing when it names the plan with a year none
 * of the plan's ("Trên đây là Kế hoạch năm 2023 ..." in the plan of 2024)
 * and names no year of the plan's period anywhere: the words "Kế hoạch"
 * (any case), then "năm NNNN" with nothing between them that could make
 * the year another document's or a range's (a digit, "số", "ngày", "giai
 * đoạn", the name of another kind of document). Linear in the closing. */
void check_closing_year(DiagSink *diags, const Plan *plan);

/* Warns where the text's end mark "./." follows a sentence not finished:
 * the closing, or in a signed plan without one the body's last piece
 * (body_end_find), ending with ':', ';' or ',' (KH163, at that text); and
 * where it follows none: a signed plan without a closing whose body ends
 * with a table, at the table, or prints nothing, at the signature (KH184).
 * Linear in the closing, or in the body's nodes passed over from its end. */
void check_end_mark(DiagSink *diags, const Plan *plan);

#endif
