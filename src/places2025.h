/* places2025.h - the places a plan names that ended on 1 July 2025: the
 * districts, the thị trấn, a province's cities, and the provinces merged
 * into another; one reading shared by `khgen new`'s notes and by check's
 * KH183; see places2025.c. */
#ifndef KHGEN_PLACES2025_H
#define KHGEN_PLACES2025_H

#include <stddef.h>

/* What a name found is: a district (huyện, quận, thị xã, or its People's
 * Committee, "các huyện" among them), a thị trấn, a city of a province
 * (thành phố Hà Giang: a district's level), or a province merged into
 * another. */
typedef enum {
    PLACE2025_NONE,
    PLACE2025_DISTRICT,
    PLACE2025_TOWNSHIP,
    PLACE2025_CITY,
    PLACE2025_PROVINCE
} Place2025;

/* Which names places2025_in_text reads: every kind, or the merged
 * provinces only (in the places KH181 reads already: the issuer, the
 * units, the recipients, the opening and the closing). */
typedef enum { PLACES2025_ALL, PLACES2025_PROVINCES } Places2025Scope;

/* The first name in text (NFC, any case) of a place that ended on 1 July
 * 2025, as scope reads them, that is neither part of a document's
 * citation nor named as the former one ("huyện Bắc Quang (cũ)"):
 * localgov_uncited_in_text's rule. Returns its byte offset and sets *len
 * to the name's length with the place's name after its kind ("Huyện Bắc
 * Quang"), *what to its kind and *into (a province's; else NULL) to the
 * province or city it was merged into ("tỉnh Tuyên Quang"); -1 for none.
 * Linear in text. */
long places2025_in_text(const char *text, Places2025Scope scope, size_t *len, Place2025 *what,
                        const char **into);

/* The province or city (as a plan writes it: "tỉnh Tuyên Quang",
 * "thành phố Hải Phòng") that the province named name ("Hà Giang",
 * "HÀ GIANG", "Hoà Bình", NFC, the whole text) was merged into on 1 July
 * 2025 (Nghị quyết 202/2025/QH15), or NULL: a place line "Hà Giang". */
const char *places2025_merged_province(const char *name);

#endif
