/* lockind.c - the kinds of a locality, and a kind typed without its
 * diacritics.
 *
 * A locality's `kind` ("xã", "thôn", "thị trấn") is printed before its
 * name ("Xã Đồng Hưu" in a table's name_full column, "Thuộc xã") and
 * titles the groups of the presets' tables ("Cấp xã"). Typed without
 * its marks (Unikey off, a phone), "xa" prints "Xa Đồng Hưu" and a group
 * "xa", with no error. The parser asks here whether a kind is one of the
 * kinds of Vietnam's administrative units and residential areas written
 * without its diacritics, and warns with the kind meant (KH259). Only a
 * kind of ASCII letters and spaces is looked at, against a table of a few
 * short words, so a plan of 10,000 localities pays a few comparisons for
 * each. A kind with its marks in capitals ("Xã", "Thị Trấn", copied from
 * "Xã Đồng Hưu") is one too (s25attack): the kinds are compared as
 * written, so `{count localities kind=xã}` left it out, its commune
 * counted in no figure over "xã", and the presets' tables put it in a
 * group "Xã" of its own instead of "Cấp xã", all with exit 0. "xã" or a
 * kind of the plan's own ("cụm dân cư", "Cụm dân cư") are never warned.
 *
 * The same table says what kind a locality's name names (s52user): the
 * skeleton's "Tổ dân phố 1" renamed "Khu phố 1" in a ward of Thành phố
 * Hồ Chí Minh, or "Thôn 1" renamed "Ấp 1" in a southern xã, its `kind:`
 * left as init wrote it, printed "tổ dân phố Khu phố 1" and "thôn Ấp 1"
 * and was listed under "Tên tổ dân phố", exit 0; lockind_named gives the
 * kind the name says, and parse.c warns (KH270) with it.
 *
 * Not a stage: a lookup parse.c makes while reading the localities.
 */
#include "lockind.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "telex.h"
#include "util.h"
#include "vi.h"

/* The kinds, how each reads with its diacritics gone, and in capitals
 * (what a name that begins with it is compared with: lockind_named). */
static const struct {
    const char *bare, *kind, *upper;
} kinds[] = {
    {"xa", "xã", "XÃ"},
    {"phuong", "phường", "PHƯỜNG"},
    {"thi tran", "thị trấn", "THỊ TRẤN"},
    {"thon", "thôn", "THÔN"},
    {"ban", "bản", "BẢN"},
    {"to dan pho", "tổ dân phố", "TỔ DÂN PHỐ"},
    {"khu pho", "khu phố", "KHU PHỐ"},
    {"ap", "ấp", "ẤP"},
    {"buon", "buôn", "BUÔN"},
    {"lang", "làng", "LÀNG"},
    {"xom", "xóm", "XÓM"},
    {"khoi", "khối", "KHỐI"},
    {"khom", "khóm", "KHÓM"},
    {"huyen", "huyện", "HUYỆN"},
    {"quan", "quận", "QUẬN"},
    {"thi xa", "thị xã", "THỊ XÃ"},
    {"thanh pho", "thành phố", "THÀNH PHỐ"},
    {"tinh", "tỉnh", "TỈNH"},
    {"dac khu", "đặc khu", "ĐẶC KHU"},
};

/* 1 if kind is k written in another case ("Xã", "XÃ", "Thị Trấn" for
 * "xã", "thị trấn"): the same letters and marks, one at least a capital. */
static int other_case(const char *kind, const char *k)
{
    if (strcmp(kind, k) == 0 || strlen(kind) != strlen(k))
        return 0; /* Vietnamese capitals are as long as their small letters */
    Buf a = {0}, b = {0};
    vi_put_upper(&a, kind);
    vi_put_upper(&b, k);
    int same = strcmp(buf_str(&a), buf_str(&b)) == 0;
    buf_free(&a);
    buf_free(&b);
    return same;
}

const char *lockind_meant(const char *kind)
{
    if (!kind)
        return NULL;
    size_t n = strlen(kind);
    if (n == 0 || n > 24)
        return NULL;
    int ascii = 1;
    for (size_t i = 0; i < n && ascii; i++)
        ascii = isalpha((unsigned char)kind[i]) || kind[i] == ' ';
    for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++) {
        if (ascii && strlen(kinds[k].bare) == n && strncasecmp(kinds[k].bare, kind, n) == 0)
            return kinds[k].kind;
        if (!ascii && other_case(kind, kinds[k].kind))
            return kinds[k].kind;
    }
    return NULL;
}

const char *lockind_telex(const char *kind)
{
    if (!kind || strlen(kind) > 32)
        return NULL;
    for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++)
        if (telex_typed_for(kind, kinds[k].kind))
            return kinds[k].kind;
    return NULL;
}

const char *lockind_named(const char *name, const char *kind)
{
    if (!name || !kind || !*kind)
        return NULL; /* no kind: the name is printed alone */
    const char *own = lockind_meant(kind) ? lockind_meant(kind) : kind; /* "Xã", "xa": KH259's */
    size_t len = strlen(name);
    for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++) {
        size_t n = strlen(kinds[k].upper), space;
        if (len <= n || !vi_upper_eq(name, n, kinds[k].upper) || !(space = vi_space_len(name + n)))
            continue;
        char next = name[n + space];
        if (!strchr(kinds[k].kind, ' ') && !(next >= '0' && next <= '9'))
            return NULL; /* "Làng Nủ", "Buôn Ma Thuột": a name of its own */
        return strcmp(kinds[k].kind, own) == 0 ? NULL : kinds[k].kind;
    }
    return NULL;
}

size_t lockind_kind_len(const char *name)
{
    size_t len = name ? strlen(name) : 0, best = 0;
    for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++) {
        size_t n = strlen(kinds[k].upper), space;
        if (len <= n || !vi_upper_eq(name, n, kinds[k].upper) || !(space = vi_space_len(name + n)))
            continue;
        if (name[n + space] && n + space > best)
            best = n + space;
    }
    return best;
}

void lockind_full_name(Buf *out, const char *kind, const char *name)
{
    if (!kind || !*kind) {
        buf_puts(out, name ? name : "");
        return;
    }
    /* "Bản Ven" already says its kind */
    Buf folded_kind = {0}, folded_name = {0};
    vi_put_folded(&folded_kind, kind);
    vi_put_folded(&folded_name, name ? name : "");
    int says_kind = folded_kind.len && folded_name.len > folded_kind.len &&
                    strncmp(folded_name.data, folded_kind.data, folded_kind.len) == 0 &&
                    folded_name.data[folded_kind.len] == ' ';
    buf_free(&folded_kind);
    buf_free(&folded_name);
    if (says_kind) {
        buf_puts(out, name);
        return;
    }
    int first_len;
    utf8_decode(kind, &first_len);
    char first[8] = {0};
    memcpy(first, kind, (size_t)first_len);
    vi_put_upper(out, first);
    buf_printf(out, "%s %s", kind + first_len, name ? name : "");
}
