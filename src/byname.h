/* byname.h - the registry entry an unknown id names by its printed name
 * ("lead: Phòng Tài chính - Kế hoạch" for "lead: tckh"); see byname.c.
 * Entries are structs of an array, their strings found at the offsets of
 * ByNameFields (as suggest_best_in finds its candidates), so this module
 * needs no Plan (plan.c, which it serves, describes the registries). */
#ifndef KHGEN_BYNAME_H
#define KHGEN_BYNAME_H

#include <stddef.h>

#define BYNAME_NONE ((size_t)-1)

/* Where an entry's strings are: its id, its name, another name it prints
 * by (a unit's short name) and a kind printed before the name ("xã" of
 * "xã Đồng Hưu"); BYNAME_NONE for none. */
typedef struct ByNameFields {
    size_t id, name, alt, kind;
} ByNameFields;

/* The id of the first of count entries (stride bytes apart from base)
 * whose printed name is text (case and diacritics ignored; its other name,
 * or its kind and name, count too), or NULL. Draws on the hints' budget of
 * comparisons (suggest_take): NULL once it is spent. */
const char *byname_find(const char *text, const void *base, size_t count, size_t stride,
                        const ByNameFields *fields);

/* The id of the one entry of count whose name id abbreviates: id (2-12
 * lower-case ASCII letters and digits) is the first letter of each word of
 * the name, folded as above, a last level word ("huyện", "xã", "tỉnh",
 * ...) left out or not ("pnv", "pnvh": Phòng Nội vụ huyện). NULL when no
 * entry or two match, or the hints' budget is spent. */
const char *byname_initials(const char *id, const void *base, size_t count, size_t stride,
                            const ByNameFields *fields);
/* The id of the one entry of count whose name begins with text, a name
 * cut short ("lead: Phòng Kinh tế" for "Phòng Kinh tế, Hạ tầng và Đô
 * thị"): text of two words at least, compared folded as above, the name
 * going on past it after a word's end. NULL when no entry or two begin
 * so, or the hints' budget is spent. */
const char *byname_begins(const char *text, const void *base, size_t count, size_t stride,
                          const ByNameFields *fields);
/* Whether text is a printed name of the one entry at entry. */
int byname_is(const char *text, const void *entry, const ByNameFields *fields);

#endif
