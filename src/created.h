/* created.h - the creation time the workbook and the Word document carry.
 */
#ifndef KHGEN_CREATED_H
#define KHGEN_CREATED_H

#include <stddef.h>

#include "plan.h"

/* The creation time written into the workbook (docProps/core.xml through
 * libxlsxwriter) and the Word document (its docProps/core.xml), one rule
 * for both: SOURCE_DATE_EPOCH if it is set to decimal digits only, a
 * positive number of seconds up to 9999-12-31T23:59:59Z, else (unset,
 * empty, " 5", "+5", "garbage", out of that range: with a warning on
 * stderr, once) midnight UTC of the plan's date (day and month 1 when
 * blank) from 1980 on, else 2000-01-01. */
long long created_time(const Plan *plan);

/* created_time as a W3CDTF stamp, "2024-01-01T00:00:00Z", into out (size
 * bytes, at least 21). */
void created_stamp(const Plan *plan, char *out, size_t size);

#endif
