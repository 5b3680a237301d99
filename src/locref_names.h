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

/* The places of one printed list that is not a {loc} reference: a
 * figure's {list localities ...}, a table's cell of a task's or a
 * criterion's localities. first and second are the first two added that
 * print the same name and are not KH257's twins (one kind, one parent);
 * NULL until such a pair is added. Start it {0}; free with
 * locref_list_free. */
typedef struct LocList {
    StrSet names; /* a name -> the index in the plan of the first place of it */
    const Locality *first, *second;
} LocList;

/* Adds loc (a locality of plan) to list; once a pair is found, nothing
 * more is kept. Constant time on average: a list of n places costs O(n). */
void locref_list_add(LocList *list, const Plan *plan, const Locality *loc);

/* Frees list's memory; list is then {0}. */
void locref_list_free(LocList *list);

/* What khgen writes after an old commune's name where a merged commune's
 * plan names it by default: "Xã Hương Vĩ (cũ)", as an office writes the
 * communes merged on 1 July 2025. */
#define LOCREF_FORMER " (cũ)"

/* 1 if loc is an old commune of the plan's commune: loc's kind is a
 * commune's (xã, phường, đặc khu, thị trấn), the plan is issued by a
 * commune ("XÃ TÂN BÌNH", "UBND PHƯỜNG 3") for a year of the two-level
 * local government (2026 on, localgov.h), whose commune holds no other,
 * and loc is either not that commune (its kind and name are no issuer
 * line's) or is named as it beside another commune not under it (the
 * new commune took an old one's name: "Xã Bình Trung (cũ)" and "Xã Song
 * Giáp (cũ)" of xã Bình Trung). 0 otherwise, and for NULL. *merged caches
 * the scan of the registry that the second case needs: start it at -1 for
 * a plan, pass it again for the same plan; each call is then linear in
 * the issuer, the first such one in the registry. */
int locref_former_commune(const Plan *plan, const Locality *loc, int *merged);

#endif
