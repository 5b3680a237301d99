/* init_name.h - how `khgen init` reads and writes a place's name (the
 * kind it begins with, capitals, marks, the place line); see init_name.c. */
#ifndef KHGEN_INIT_NAME_H
#define KHGEN_INIT_NAME_H

#include "util.h"

/* The kind a place's name begins with ("Phường 1", "Thị trấn Bố Hạ", "TP.
 * Hồ Chí Minh"), or NULL; *rest is the name after it (borrowed from name).
 * A name that says its kind is not prefixed with the level's ("XÃ PHƯỜNG
 * 1"). name is NFC; upper is it in upper case (same characters). */
const char *name_kind(const char *name, const char *upper, const char **rest);

/* 1 after saying so when rest, the name after its kind (name_kind) in
 * upper case, is or holds an abbreviation: a word (between blanks or
 * hyphens) of two letters or more and no vowel, which every Vietnamese
 * word has ("HCM" of "TP.HCM", "HN", "BR-VT", "TT-Huế"); the header prints
 * a place's name in full, and "TP.HCM" wrote "THÀNH PHỐ HCM" with exit 0
 * (s49review). typed[0..typed_len) is the name as typed, for the message. */
int refuse_abbreviated_name(const char *typed, size_t typed_len, const char *rest);

/* 1 after saying so when name (upper: in upper case) is a place under a
 * commune (below_commune_kind), which issues no plan. */
int refuse_below_commune(const char *name, const char *upper);

/* 1 if name (NFC; upper, the same in upper case) names a place: it has a
 * letter or digit of its own (not combining marks alone, an emoji) and is
 * not just a kind ("Xã", "Phường", "TP."), and holds no character that
 * reorders the text around it (U+200E-U+200F, U+202A-U+202E,
 * U+2066-U+2069), which would reach the plan and the terminal (attack s6
 * G17). */
int names_a_place(const char *name, const char *upper);

/* The name after the People's Committee's words it begins with, "UBND
 * xã Tân Phú", "Ủy ban nhân dân xã Tân Phú" (any case, with or without
 * marks): the committee is the issuer every skeleton prints, and such a
 * name wrote "ỦY BAN NHÂN DÂN / XÃ UBND XÃ TÂN PHÚ" and "trên địa bàn xã
 * UBND xã Tân Phú", which checked clean (s47user U2). Said in a note;
 * *len becomes the rest's length. name[0..*len) as typed; name itself
 * when it does not begin so; NULL, after saying so, when it holds nothing
 * after them ("UBND" alone). */
const char *name_after_committee(const char *name, size_t *len);

/* The name in NFC, its runs of spaces and tabs made one space, none at
 * its ends: "Xã  Hai" kept "Xã" in the name ("UBND xã Xã  Hai", attack 8
 * L11); a name in capitals in small letters (lower_capitals). */
void put_name(Buf *b, const char *name, size_t name_len);

/* capitalise_name, then a note of what init could not keep as typed: a
 * name in capitals (put_name lowered it), one with words in small letters
 * (each given its capital, s41user H2), or one without any mark, which
 * it cannot guess (s30attack). name[0..name_len) is the name as typed. */
const char *written_name(Buf *nfc, size_t from, const char *name, size_t name_len);

/* "Thôn" from "thôn": the first letter upper-cased. */
char *capitalised(const char *s);

/* The place line's name (Nghị định 30: the official name of the unit
 * where the issuer sits): the name without its kind ("Xã Đồng Lạc" ->
 * "Đồng Lạc"), but with it for a numbered one ("Phường 1") and a city
 * ("Thành phố Hồ Chí Minh"); the name as given when it has no kind. */
void put_place(Buf *out, const char *kind, const char *rest, const char *name);

#endif
