/* locref_names.h - two places of one printed name in one {loc} or
 * {loc-kind} reference; see locref_names.c. */
#ifndef KHGEN_LOCREF_NAMES_H
#define KHGEN_LOCREF_NAMES_H

#include "plan.h"
#include "util.h"

/* Whether two distinct localities among the ids[0..n) of one reference
 * print the same: the same name, and with with_kind ({loc-kind}) the same
 * kind too; two of one kind and one parent, KH257's, are not such a
 * pair. Sets *first < *second to the indexes of the first such pair in
 * the order of the names (ids of no locality skipped); returns 1 if one
 * is found, else 0. n is at most TEXTREF_MAX_ARGS; the ids are distinct
 * (drop_repeats). */
int locref_same_name(const Plan *plan, const char *const *ids, int n, int with_kind, int *first,
                     int *second);

/* Appends to phrase what {loc-kind ids[0..n)} prints before its case is
 * fitted to the sentence: the names joined by ", ", a locality's kind
 * before its name where the kind differs from the one before (a name that
 * begins with its kind, "Xã 1", or a locality without one, alone): "xã
 * Quảng Tân, Đồng Hưu, phường Mạo Khê". An id of no locality prints as
 * written. */
void locref_put_kinds(const Plan *plan, const char *const *ids, int n, Buf *phrase);

/* Whether the text before a {loc} (with_kind 0) or {loc-kind} reference at
 * text[start] ends with the words its first place prints first: its kind
 * ("thôn {loc thon-1}" of "Thôn 1", "thôn Thôn 1"; "xã {loc-kind
 * dong-huu}", "xã xã Đồng Hưu"), in any case, past spaces and emphasis
 * marks. Returns the bytes of those words and sets *word to them, and
 * appends to first what the first place prints (its name, or for
 * {loc-kind} its kind and name); 0 if not so. */
size_t locref_word_twice(const Plan *plan, const char *text, size_t start, const char *first_id,
                         int with_kind, const char **word, Buf *first);

#endif
