/* init_province.h - the province a commune's skeleton of the two-level
 * government is under, where khgen can know it; see init_province.c. */
#ifndef KHGEN_INIT_PROVINCE_H
#define KHGEN_INIT_PROVINCE_H

#include <stddef.h>

#include "init_registry.h"
#include "util.h"

/* The province above a commune: known (its People's Committee's name in
 * capitals, "THÀNH PHỐ HỒ CHÍ MINH", and whether it is a city under the
 * central government), and the word the commune's places take there
 * where khgen's facts say (NULL: its kind's). */
typedef struct InitProvince {
    int known;
    int central;
    Buf upper;          /* "THÀNH PHỐ HỒ CHÍ MINH", "TỈNH TUYÊN QUANG" */
    const char *places; /* "khu phố" of a ward of Thành phố Hồ Chí Minh */
    const char *places_id;
} InitProvince;

/* The byte length of NAME (name[0..len), as typed) without the province
 * written after it and a comma ("Phường Sài Gòn, Thành phố Hồ Chí Minh",
 * "Xã An Bình, tỉnh Tuyên Quang", "..., TP. Hồ Chí Minh"), that province
 * in *p for a plan of year; len itself, *p unknown, when the words after
 * the last comma name no province of year (a province's city, "Thành phố
 * Hà Giang", in 2026; any other words). Linear in len. */
size_t init_province_given(const char *name, size_t len, long year, InitProvince *p);

/* The province of the commune of kind ("phường") and name ("Sài Gòn")
 * in reg, the shared registry init starts the plan with: the registry's
 * locality of that kind and name whose parent is a locality of a
 * province's kind (tỉnh, thành phố) in year. *p is left as it is when
 * the registry does not say. Linear in the registry's localities. */
void init_province_of_registry(const Registry0 *reg, const char *kind, const char *name,
                               long year, InitProvince *p);

/* Sets p's places for a commune of kind ("phường", "xã") where khgen's
 * facts name them: Thành phố Hồ Chí Minh's wards name theirs khu phố,
 * its xã ấp; left NULL elsewhere. */
void init_province_places(InitProvince *p, const char *kind);

/* Reads the shared registry include_arg (init_read_registry: out the
 * plan's file; a registry that cannot be read is said there) for the
 * commune of kind and name: its province where p does not know it yet
 * (init_province_of_registry), and the kinds of the commune's own places
 * it lists appended to own_kinds ("khu phố"; init_lists_own_places).
 * Returns 0, or the exit status. */
int init_province_registry(const char *include_arg, const char *out, const char *kind,
                           const char *name, long year, InitProvince *p, Buf *own_kinds);

/* Says on standard error that init does not know the province of the
 * commune named ("phường Sài Gòn"; name as typed, "Phường Sài Gòn"),
 * whose skeleton then sends the plan to "UBND tỉnh" and names its places
 * so ("tổ dân phố"), and how to give it: a TODO in the skeleton was the
 * only word, and the plan printed "UBND tỉnh" with exit 0 (s55cycle). */
void init_province_unknown(const char *named, const char *places, const char *name);

/* Frees p's name. */
void init_province_free(InitProvince *p);

#endif
