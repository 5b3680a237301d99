/* locref_names.h - two places of one printed name in one {loc} or
 * {loc-kind} reference; see locref_names.c. */
#ifndef KHGEN_LOCREF_NAMES_H
#define KHGEN_LOCREF_NAMES_H

#include "plan.h"

/* Whether two distinct localities among the ids[0..n) of one reference
 * print the same: the same name, and with with_kind ({loc-kind}) the same
 * kind too; two of one kind and one parent, KH257's, are not such a
 * pair. Sets *first < *second to the indexes of the first such pair in
 * the order of the names (ids of no locality skipped); returns 1 if one
 * is found, else 0. n is at most TEXTREF_MAX_ARGS; the ids are distinct
 * (drop_repeats). */
int locref_same_name(const Plan *plan, const char *const *ids, int n, int with_kind, int *first,
                     int *second);

#endif
