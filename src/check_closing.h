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

#endif
