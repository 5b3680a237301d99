/* year_typed.h - a year in a text typed with a thousands separator
 * (year_typed.c). */
#ifndef KHGEN_YEAR_TYPED_H
#define KHGEN_YEAR_TYPED_H

#include <stddef.h>

/* The first year written with a separator after its first digit
 * ("2.024", "2,024": 1900-2099) in s[0..len) at or after *at, where the
 * words around it make it a year (after "năm" or "giai đoạn", after a
 * date's "/" as in "tháng 12/2.024", or beside a dash and another year,
 * "2.021-2.025"). Returns its year and sets *at to its first byte (its
 * length is 5), or returns 0. Pure: s is only read; linear in len. */
int year_typed_grouped(const char *s, size_t len, size_t *at);

#endif
