/* init_province.c - the province a commune's skeleton of the two-level
 * government is under, where khgen can know it.
 *
 * Since 1 July 2025 a commune (xã, phường, đặc khu) is under its province
 * directly: a tỉnh, or a city under the central government (Hà Nội, Thành
 * phố Hồ Chí Minh, Hải Phòng, Đà Nẵng, Cần Thơ, Huế; localgov.c). Its
 * plan is sent to that province's People's Committee, "UBND tỉnh" or
 * "UBND thành phố", and a city names the commune's places its own way
 * (Thành phố Hồ Chí Minh's wards are made of khu phố, its xã of ấp). A
 * commune's name does not say which: `khgen init "Phường Sài Gòn"` wrote
 * "UBND tỉnh" and "Tổ dân phố 1" for a ward of Thành phố Hồ Chí Minh,
 * which checked clean and printed so (s53user; s55cycle). khgen knows
 * the province where it is given, after the commune's name and a comma
 * ("Phường Sài Gòn, Thành phố Hồ Chí Minh", as an address writes it), or
 * where the shared registry the plan starts with lists the commune under
 * a locality of a province's kind; init says so where it knows neither.
 */
#include "init_province.h"

#include <string.h>

#include "i18n.h"
#include "init_name.h"
#include "localgov.h"
#include "vi.h"

/* Sets p from a province's kind (tier LOCALGOV_PROVINCE: "tỉnh",
 * "thành phố") and name (NFC, "Hồ Chí Minh") in year; 0 when it is no
 * province of year (a city that is not a central one). */
static int set_province(InitProvince *p, const char *kind, const char *name, long year)
{
    int city = strcmp(kind, "thành phố") == 0;
    if (!*name || (city && !localgov_central_city(name, year)))
        return 0;
    p->known = 1;
    p->central = city;
    buf_reset(&p->upper);
    vi_put_upper(&p->upper, city ? "thành phố " : "tỉnh ");
    vi_put_upper(&p->upper, name);
    return 1;
}

size_t init_province_given(const char *name, size_t len, long year, InitProvince *p)
{
    size_t comma = len;
    for (size_t i = 0; i < len; i++)
        if (name[i] == ',')
            comma = i;
    if (comma == len)
        return len;
    Buf tail = {0}, upper = {0};
    put_name(&tail, name + comma + 1, len - comma - 1); /* NFC, spaces folded */
    vi_put_upper(&upper, buf_str(&tail));
    const char *rest = NULL;
    const char *kind = name_kind(buf_str(&tail), buf_str(&upper), &rest);
    int found = 0;
    if (kind && localgov_tier(kind) == LOCALGOV_PROVINCE)
        found = set_province(p, kind, rest + strspn(rest, " "), year);
    else if (!kind) /* "Hồ Chí Minh", "Hà Nội": a central city by its name */
        found = localgov_central_city(buf_str(&tail), year) &&
                set_province(p, "thành phố", buf_str(&tail), year);
    buf_free(&tail);
    buf_free(&upper);
    if (!found)
        return len;
    while (comma && name[comma - 1] == ' ')
        comma--;
    return comma;
}

/* The text of e's key (a registry's locality), or NULL. */
static const char *field_of(const YNode *e, const char *key)
{
    const YNode *v = e->kind == YNODE_MAP ? ynode_get(e, key) : NULL;
    return v && v->kind == YNODE_SCALAR ? v->text : NULL;
}

void init_province_of_registry(const Registry0 *reg, const char *kind, const char *name,
                               long year, InitProvince *p)
{
    const YNode *list = reg->localities;
    uint32_t n = list && list->kind == YNODE_SEQ ? list->count : 0;
    const char *parent = NULL;
    for (uint32_t i = 0; i < n && !parent; i++) {
        const char *k = field_of(list->items[i], "kind"), *nm = field_of(list->items[i], "name");
        if (k && nm && strcmp(k, kind) == 0 && strcmp(nm, name) == 0)
            parent = field_of(list->items[i], "parent");
    }
    for (uint32_t i = 0; parent && i < n; i++) {
        const char *id = field_of(list->items[i], "id"), *k = field_of(list->items[i], "kind");
        const char *nm = field_of(list->items[i], "name");
        if (id && k && nm && strcmp(id, parent) == 0) {
            if (localgov_tier(k) == LOCALGOV_PROVINCE)
                set_province(p, localgov_kind(k)->kind, nm, year);
            return;
        }
    }
}

void init_province_places(InitProvince *p, const char *kind)
{
    static const char hcm[] = "THÀNH PHỐ HỒ CHÍ MINH";
    p->places = p->places_id = NULL;
    if (!p->known || strcmp(buf_str(&p->upper), hcm) != 0 || !kind)
        return;
    if (strcmp(kind, "phường") == 0) {
        p->places = "khu phố";
        p->places_id = "kp";
    } else if (strcmp(kind, "xã") == 0) {
        p->places = "ấp";
        p->places_id = "ap";
    }
}

void init_province_free(InitProvince *p)
{
    buf_free(&p->upper);
}

int init_province_registry(const char *include_arg, const char *out, const char *kind,
                           const char *name, long year, InitProvince *p, Buf *own_kinds)
{
    Arena *arena = arena_new();
    Registry0 reg = {0};
    Buf written = {0};
    int status = init_read_registry(include_arg, out, arena, &reg, &written);
    if (status == 0) {
        if (!p->known)
            init_province_of_registry(&reg, kind, name, year, p);
        const char *parent = NULL;
        init_lists_own_places(&reg, kind, name, arena, &parent, own_kinds);
    }
    buf_free(&written);
    arena_free(arena);
    return status;
}

void init_province_unknown(const char *named, const char *places, const char *name)
{
    term_fprintf(stderr, _("khgen: init: note: khgen does not know the province of %s: the "
                           "skeleton sends the plan to 'UBND tỉnh' and names its places '%s'; a "
                           "commune of a city under the central government writes 'UBND thành "
                           "phố' (a ward of Thành phố Hồ Chí Minh names its places 'khu phố', a "
                           "xã there 'ấp'): give the province after the name (\"%s, Thành phố Hồ "
                           "Chí Minh\") or as the commune's parent in the registry, or write them "
                           "in the plan\n"),
                 named, places, name);
}
