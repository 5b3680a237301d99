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
 * each; "xã", "Xã" or a kind of the plan's own ("cụm dân cư") are never
 * warned.
 *
 * Not a stage: a lookup parse.c makes while reading the localities.
 */
#include "lockind.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

/* The kinds, and how each reads with its diacritics gone. */
static const struct {
    const char *bare, *kind;
} kinds[] = {
    {"xa", "xã"},
    {"phuong", "phường"},
    {"thi tran", "thị trấn"},
    {"thon", "thôn"},
    {"ban", "bản"},
    {"to dan pho", "tổ dân phố"},
    {"khu pho", "khu phố"},
    {"ap", "ấp"},
    {"buon", "buôn"},
    {"lang", "làng"},
    {"xom", "xóm"},
    {"khoi", "khối"},
    {"huyen", "huyện"},
    {"quan", "quận"},
    {"thi xa", "thị xã"},
    {"thanh pho", "thành phố"},
    {"tinh", "tỉnh"},
    {"dac khu", "đặc khu"},
};

const char *lockind_meant(const char *kind)
{
    if (!kind)
        return NULL;
    size_t n = strlen(kind);
    if (n == 0 || n > 16)
        return NULL;
    for (size_t i = 0; i < n; i++)
        if (!isalpha((unsigned char)kind[i]) && kind[i] != ' ')
            return NULL; /* a mark, a digit: not a kind typed bare */
    for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++)
        if (strlen(kinds[k].bare) == n && strncasecmp(kinds[k].bare, kind, n) == 0)
            return kinds[k].kind;
    return NULL;
}
