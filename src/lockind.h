/* lockind.h - a locality's kind typed without its diacritics ("xa" for
 * "xã"); see lockind.c. */
#ifndef KHGEN_LOCKIND_H
#define KHGEN_LOCKIND_H

#include <stddef.h>

#include "util.h"

/* The kind meant ("xã", "thị trấn", a static string) when kind is one of
 * the kinds of administrative units and residential areas written in
 * ASCII letters without its diacritics, in any case ("xa", "Thi tran"),
 * or with them in capitals ("Xã", "THỊ TRẤN"); NULL for any other kind,
 * NULL included. */
const char *lockind_meant(const char *kind);

/* The kind meant ("xã", a static string) when kind is one of those kinds
 * typed with Telex's keys and the input method off ("xax", "thij traans",
 * telex.c); NULL otherwise. */
const char *lockind_telex(const char *kind);

/* The kind of place a locality's name says it is, when that is not its
 * own kind (kind, written as the plan writes it): the name begins with a
 * kind of several words ("Khu phố Chánh Nghĩa", "Thị trấn Bố Hạ"), or
 * with one of one word before a number ("Ấp 1", "Xóm 3"), in any case,
 * and kind is another ("khu phố" for "Khu phố 1" of kind tổ dân phố).
 * Such a name is printed after its kind ("tổ dân phố Khu phố 1"), as a
 * name is that does not begin with its own kind (locref_names.c); a name
 * of its own that begins with a kind's word ("Làng Nủ", "Buôn Ma Thuột")
 * is not read so. NULL when kind is NULL or empty, when the name says no
 * kind, or says kind (also written in capitals or without its marks:
 * KH259's). A static string; linear in the few kinds. */
const char *lockind_named(const char *name, const char *kind);

/* The bytes of the kind a place's name begins with and the spaces after
 * it ("Xã " of "Xã Đồng Yên", "Tổ dân phố " of "Tổ dân phố 3"), in any
 * case, when a name follows; 0 when it begins with none. The name after
 * it is the place's own: `khgen diff` reads two rows named "Xã Đồng Yên"
 * and "Xã Linh Hồ" as two places, not one renamed (diff_match.c). */
size_t lockind_kind_len(const char *name);

/* Appends to out a locality's name as a table prints it (name_full,
 * parent_full, a group's title): its kind with a capital, then its name,
 * "Xã Đồng Hưu" of {name: Đồng Hưu, kind: xã}, "Huyện Vị Xuyên" of
 * {name: Vị Xuyên, kind: huyện}; the name alone when it says its kind
 * already ("Bản Ven" of kind bản) or there is no kind. One reading shared
 * by the tables (query_fields.c) and `khgen new`'s notes on the places
 * that ended (cmd_new_places.c). */
void lockind_full_name(Buf *out, const char *kind, const char *name);

#endif
