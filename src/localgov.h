/* localgov.h - the levels of Vietnam's local government and the kinds of
 * place that name them, one table shared by init, check and new; see
 * localgov.c. */
#ifndef KHGEN_LOCALGOV_H
#define KHGEN_LOCALGOV_H

#include <stddef.h>

#include "util.h"

/* The first plan year of the two-level local government: the district
 * level ended on 30 June 2025 (Luật Tổ chức chính quyền địa phương 2025,
 * in force 1 July 2025), so a plan for 2026 or later has no district
 * People's Committee to issue it, to stand above a commune or to receive
 * it. A plan of 2025 or earlier may still be the district's. */
enum { LOCALGOV_TWO_LEVEL_YEAR = 2026 };

/* The last plan year of the national target programme on new rural
 * areas of 2021-2025 (QĐ 263/QĐ-TTg) and of its criteria (QĐ 318/QĐ-TTg,
 * the catalog khgen ships, qd318-xa-ntm): a plan of a later year cites the
 * programme and the criteria in force then, which khgen's facts do not
 * name. init's skeleton cites both up to this year and writes a TODO for
 * each after it; `khgen new` notes a basis or a catalog whose period ends
 * before the new plan's year by the period it names ("giai đoạn
 * 2021-2025", cmd_new_programme.c), this one's among them. */
enum { LOCALGOV_NTM_2021_2025_LAST_YEAR = 2025 };

/* LOCALGOV_TOWNSHIP: a commune-level kind that ended with the districts,
 * the thị trấn (a district's town): since 1 July 2025 the commune level is
 * xã, phường and đặc khu (Luật 72/2025/QH15, Điều 2), each thị trấn made
 * one of them. */
typedef enum { LOCALGOV_COMMUNE, LOCALGOV_DISTRICT, LOCALGOV_PROVINCE, LOCALGOV_TOWNSHIP } LocalTier;

/* The work a commune of a kind plans for: a xã the national programme on
 * new rural areas (nông thôn mới); a phường urban tasks (đô thị văn minh),
 * never that programme; LOCALGOV_WORK_UNSTATED where khgen's facts do not
 * say (the đặc khu): the skeleton keeps the commune's and a TODO says so. */
typedef enum { LOCALGOV_RURAL, LOCALGOV_URBAN, LOCALGOV_WORK_UNSTATED } LocalWork;

typedef struct LocalKind {
    const char *upper;    /* "HUYỆN ": as vi_put_upper writes it, with its space */
    const char *unmarked; /* "HUYEN ": typed without marks, or NULL */
    const char *kind;     /* "huyện": as a plan writes it ("UBND huyện Yên Thế") */
    LocalTier tier;
    /* a commune's kind: the places it is made of, as a plan writes their
     * kind ("thôn" of a xã, "tổ dân phố" of a phường; NULL where the facts
     * do not say, the đặc khu, or for a kind that is no commune), and its
     * work */
    const char *places;
    const char *places_id; /* their ids' prefix in a skeleton: "thon", "tdp" */
    LocalWork work;
} LocalKind;

/* The kinds of place a People's Committee is named by ("Phường 1", "Đặc
 * khu Phú Quốc", "Thị xã Sơn Tây", "TP. Hồ Chí Minh"), longest first where
 * one begins another; n_localgov_kinds entries. Static, never freed. */
extern const LocalKind localgov_kinds[];
extern const size_t n_localgov_kinds;

/* 1 if a city named rest ("Hồ Chí Minh", as a plan writes it, NFC) is a
 * city under the central government (thành phố trực thuộc trung ương, a
 * province's level) in year; 0 for any other name: up to 2025 most cities
 * were a province's (thành phố thuộc tỉnh, a district's level). */
int localgov_central_city(const char *rest, long year);

/* localgov_central_city of the name u[0..n), in capitals ("HẢI PHÒNG",
 * as vi_put_upper writes it): the same table. */
int localgov_central_city_upper(const char *u, size_t n, long year);

/* 1 if the place line of a unit named rest (after its kind, NFC) writes
 * the kind too because the name is a person's (Nghị định 30/2020: "Thành
 * phố Hồ Chí Minh, ngày ..."; "Hà Nội, ngày ..."): the names khgen knows
 * to be so, the central cities'; 0 for any other (a quận or phường named
 * after a person is not known here: its place line is the drafter's). */
int localgov_place_keeps_kind(const char *rest);

/* 1 if kind (a locality's, as written) is a ward or a place of a town's
 * (phường, tổ dân phố, khu phố, khóm): no criteria of the programme on new
 * rural areas apply to it (Quyết định 318/QĐ-TTg is a xã's and its
 * thôn's). */
int localgov_urban_place(const char *kind);

/* 1 if a plan for year (the year it plans for) falls in the two-level
 * local government, which has no district level. */
int localgov_two_level(long year);

/* The tier of kind as a plan writes it ("huyện"), or -1 for none. */
int localgov_tier(const char *kind);

/* The entry of kind as a plan writes it ("phường"), or NULL for none. */
const LocalKind *localgov_kind(const char *kind);

/* 1 if text (NFC, any case) names a People's Committee or Council of the
 * district level: "UBND huyện", "Ủy ban nhân dân quận 1", "UBND các huyện,
 * thị xã, thành phố", "Thường trực HĐND huyện", "Các cơ quan chuyên môn
 * thuộc UBND huyện"; not a place that merely holds the word ("Thôn
 * Huyện", "huyện đảo" without the body's name). Linear in text. */
int localgov_names_district_body(const char *text);

/* The byte offset in text (NFC, any case; an opening or a closing) of
 * the first name of a district's People's Committee or Council
 * (localgov_names_district_body) that is not part of a document's
 * citation, whose clause holds its number or date ("Kế hoạch số
 * 12/KH-UBND ngày 10/01/2025 của UBND huyện Yên Thế": history); -1 for
 * none. Linear in text. */
long localgov_district_body_in_text(const char *text, size_t *len);

/* A name's finder over upper, text in upper case (localgov_put_upper:
 * the same length; text NULL where the case as written is not known, the
 * finder's other callers): the first name at or
 * after from, *len its byte length, or NULL; ctx what the finder's caller
 * gave localgov_uncited_in_text for it (NULL: nothing). */
typedef const char *(*LocalFind)(const char *text, const char *upper, const char *from,
                                 size_t *len, const void *ctx);

/* Text (NFC) in capitals into out as vi_put_upper writes them, but a
 * small letter whose capital takes another number of bytes ("ı", "ſ":
 * none in Vietnamese) kept as written: out is text's length, an offset in
 * one an offset in the other. Linear. */
void localgov_put_upper(Buf *out, const char *text);

/* The byte offset in text (NFC; an opening or a closing) of the first
 * name find finds (given ctx) that is not part of a document's citation, whose clause
 * holds its number or date ("Kế hoạch số 12/KH-UBND ngày 10/01/2025 của
 * ..."), nor named the former one ("... (cũ)"): history; *len its length
 * with the place's name after it; -1 for none. One decision shared by the
 * district's bodies (KH181) and the agencies of 2025 (KH182). A name
 * found in a citation is passed whole: the next is looked for after it.
 * Linear in text when find's time is in the bytes it passes over and the
 * name it returns. */
long localgov_uncited_in_text(const char *text, LocalFind find, const void *ctx, size_t *len);

/* The commune's kind (an entry of tier LOCALGOV_COMMUNE: xã, phường, đặc
 * khu) that u, a line of a plan's issuer in upper case (vi_put_upper),
 * begins with past its spaces and "UBND " or "ỦY BAN NHÂN DÂN " ("XÃ HÀM
 * YÊN", "UBND PHƯỜNG 3"), else NULL; *rest points past those words. The
 * one reading of "this plan is a commune's" (locref_names.c's old
 * communes, commune_scope.c's other communes). */
const LocalKind *localgov_commune_issuer(const char *u, const char **rest);

/* 1 if line, a line of a plan's issuer (NFC, any case), is a district's
 * People's Committee: "HUYỆN YÊN THẾ" under "ỦY BAN NHÂN DÂN", or
 * "UBND HUYỆN YÊN THẾ" whole. */
int localgov_district_issuer_line(const char *line);

/* 1 if text (NFC, any case) names the People's Committee or Council of a
 * thị trấn, alone or in a list of kinds: "UBND thị trấn Cao Thượng", "UBND
 * các xã, thị trấn", "HĐND các xã và thị trấn"; not a unit named after
 * one ("Trường THCS Thị trấn"). Linear in text. */
int localgov_names_township_body(const char *text);

/* 1 if line, a line of a plan's issuer (NFC, any case), is a thị trấn's
 * People's Committee: "THỊ TRẤN CAO THƯỢNG" under "ỦY BAN NHÂN DÂN", or
 * its body whole (localgov_names_township_body). */
int localgov_township_issuer_line(const char *line);

/* The byte offset in text (NFC; an opening, a closing, a heading, a
 * paragraph) of the first name of a district's office written in it
 * ("Văn phòng điều phối nông thôn mới huyện", "các cơ quan chuyên môn
 * huyện", "Ban Chỉ đạo huyện", "Phòng Nội vụ huyện Yên Thế"; not "trên
 * địa bàn huyện", "toàn huyện", "đường huyện"), not part of a document's
 * citation nor named the former one ("... (cũ)"): localgov_office.c;
 * *len its length; -1 for none. Linear in text. */
long localgov_district_office_in_text(const char *text, size_t *len);

/* 1 if name, a unit's name, is an office of a district: its last word the
 * district's kind ("Văn phòng Điều phối nông thôn mới huyện", "Phòng Nội
 * vụ quận"), "cấp huyện" in it, or a district body it belongs to
 * (localgov_names_district_body). */
int localgov_district_unit(const char *name);

#endif
