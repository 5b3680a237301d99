/* time_typed.h - a time of day in a text typed with a space after its
 * colon (time_typed.c). */
#ifndef KHGEN_TIME_TYPED_H
#define KHGEN_TIME_TYPED_H

#include <stddef.h>

/* The first time of day written "H: MM" or "HH: MM" (hours 0-23, minutes
 * 00-59, one or more spaces after the ':') in s[0..len) at or after *at,
 * where the words around it make it a time: after "lúc", "từ", "đến",
 * "vào" or "khoảng", or before "giờ", "sáng", "chiều", "tối" or "trưa"
 * as a word of its own, "ngày" before a date, "đến" or a dash before
 * another time; blanks (spaces, no-break spaces) before the ':' count as
 * after it ("08 : 00"). Returns its length (from its first digit to its last) and sets
 * *at to its first byte, or returns 0. Pure: s is only read; linear in
 * len. */
size_t time_typed_spaced(const char *s, size_t len, size_t *at);

#endif
