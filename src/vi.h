/* vi.h - Vietnamese text and number conventions, and UTF-8 helpers.
 *
 * Everything that decides how a date, a number, a numeral or a point letter
 * is written in an official document lives here, so that the Markdown, HTML
 * and XLSX back ends make the same decisions. The rules follow Nghị định
 * 30/2020 (see shared/domain/nd30-format.md): days below 10 and the months 1
 * and 2 get a leading zero; a blank day or month prints as spaces; decimal
 * comma and thousands dot; Roman numerals; point letters in Vietnamese order
 * (a b c d đ e g h i k l m n o p q r s t u v x y). The UTF-8 helpers
 * validate, count, normalise to NFC, and fold diacritics and case for the
 * "did you mean" suggestions.
 */
#ifndef KHGEN_VI_H
#define KHGEN_VI_H

#include <stddef.h>
#include "util.h"

/* A calendar date where day or month may be unknown (0), as in a draft:
 * "ngày      tháng 01 năm 2024". year 0 means no date at all. */
typedef struct VDate {
    int year;
    int month; /* 0 = blank */
    int day;   /* 0 = blank */
} VDate;

/* 1 if y-m-d is a real calendar date (Gregorian, leap years). */
int vi_date_valid(int year, int month, int day);
/* Days since 1970-01-01 for a valid date; used to compare and for XLSX. */
long vi_date_serial(int year, int month, int day);

/* "15" / "05": day with a leading zero below 10. */
void vi_put_day(Buf *out, int day);
/* "01", "02", "3" ... "12": leading zero for January and February only. */
void vi_put_month(Buf *out, int month);
/* "ngày 05 tháng 01 năm 2024"; blank day or month become six spaces:
 * "ngày      tháng 01 năm 2024". */
void vi_put_date_long(Buf *out, VDate date);
/* The days of month (1-12) in year, leap years counted; 31 for a month
 * out of range. */
int vi_days_in_month(int year, int month);
/* "22/02/2022", "19/4/2022"; without a day "01/2024", without a month
 * "2024", without a year nothing. */
void vi_put_date_short(Buf *out, VDate date);

/* Roman numerals 1..3999: "I", "IV", "XIV". Others print in Arabic. */
void vi_put_roman(Buf *out, int n);
/* The ordinal words of a part, as an official writes them: 1 -> "thứ
 * nhất", 2 -> "thứ hai", 4 -> "thứ tư", 10 -> "thứ mười", 11 -> "thứ mười
 * một", 14 -> "thứ mười bốn", 15 -> "thứ mười lăm", 21 -> "thứ hai mươi
 * mốt", 24 -> "thứ hai mươi tư", 105 -> "thứ một trăm lẻ năm". */
void vi_put_ordinal(Buf *out, int n);
/* The words of 1..999,999,999 as they are read: 21 -> "hai mươi mốt",
 * 1005 -> "một nghìn không trăm lẻ năm"; others in digits. */
void vi_put_number_words(Buf *out, int n);
/* The index-th point letter (0 -> "a", 4 -> "đ", 22 -> "y", 23 -> "aa", 46 ->
 * "aaa", 69 -> "a4": past three rounds the round is a number, so a label
 * stays short however long the list). */
void vi_put_point_letter(Buf *out, int index);

/* Integer with thousands dots: 1234567 -> "1.234.567"; pad > 0 zero-pads to
 * that many digits ("02"), and a number so padded is one run of digits
 * with no dot (33 padded to 4: "0033", not "0.033", which reads as a
 * thousand's zero; 1234 to 6: "001234"). Negative numbers get "-". */
void vi_put_int(Buf *out, long long n, int pad);

/* Appends the decimal digits digits[0..count) (ASCII, no sign) with a dot
 * before every group of three counted from the right: the Vietnamese
 * grouping of vi_put_int, for digits already written (a worksheet's
 * number formatted by its own pattern, docx_sheetfmt.c). */
void vi_put_grouped_digits(Buf *out, const char *digits, size_t count);
/* Decimal with comma, rounded half away from zero to `decimals` places,
 * trailing zeros kept: (16.9, 1) -> "16,9"; (2.29, 2) -> "2,29";
 * (1234.5, 1) -> "1.234,5". decimals < 0 means: as many as the value needs
 * (vi_decimals_needed: "5,00001" prints as written). */
void vi_put_decimal(Buf *out, double value, int decimals);
/* The digits after the comma that value needs, spelt as the plan wrote it:
 * rounded to the 15 significant digits a double keeps exactly (so a sum's
 * last-bit error needs none: 0,1 + 0,2 needs 1), at most 20; 0 for a whole
 * number. What vi_put_decimal prints by default and the workbook's number
 * format of a decimal or percent cell shows, so the two agree. */
int vi_decimals_needed(double value);
/* Adds x to a running total kept as *sum + *carry (Neumaier's compensated
 * sum): the total of a column or a figure's {sum} is the sum of its values
 * rounded once, not once per row, so a thousand cells of 0,1 add up to 100,
 * where plain adding gives 99.9999999999986 (which prints so, at the 15
 * digits vi_put_decimal keeps). The total is *sum + *carry. */
void vi_sum_add(double *sum, double *carry, double x);

/* THE number grammar of khgen: what vi_put_decimal writes, read back.
 *
 *   number = ["-"] integer ["," digit+]
 *   integer = digit+ | digit{1,3} ("." digit{3})+
 *
 * so "." groups thousands and "," is the decimal mark: "17", "04",
 * "16,9", "1.234", "1.234.567,5", "-2". Nothing else is a number: no "+",
 * no exponent, no hexadecimal, no "inf" or "nan", no spaces. Two spellings
 * the YAML habit of writing numbers in C notation gives are told apart:
 *
 *   VNUM_DOT_DECIMAL  "16.9", "0.25", "1234.5": a single "." that cannot be
 *                     a thousands dot (not followed by exactly three digits,
 *                     or after more than three): read as the decimal point,
 *                     value 16.9; prose callers (stated values) refuse it;
 *   VNUM_AMBIGUOUS    "10.500", "1.000": one "." followed by exactly three
 *                     digits and no ",": 10500 as printed, 10.5 in C; *value
 *                     is the printed reading (10500). YAML values (locality
 *                     data, cells, table filters, criteria counts) report it
 *                     as an error (write 10500 or 10,5); text (figures and
 *                     their filters), which is written as printed, takes
 *                     the printed reading.
 *
 * Returns VNUM_OK, VNUM_DOT_DECIMAL or VNUM_AMBIGUOUS with *value and
 * *decimals (digits after the mark) set, or VNUM_INVALID (nothing set).
 * text is the whole value: leading or trailing characters make it invalid.
 * More than VNUM_MAX_DIGITS significant digits (leading zeros aside) is
 * invalid: beyond them a double no longer holds the number exactly, and
 * 99999999999999999999999 would print as 100.000.000.000.000.000.000.000. */
#define VNUM_MAX_DIGITS 15
/* The magnitude from which a double no longer holds every whole number
 * (2^53): a computed sum or total that reaches it is refused (KH508,
 * KH619), never printed rounded. */
#define VI_EXACT_LIMIT 9007199254740992.0
typedef enum { VNUM_OK, VNUM_DOT_DECIMAL, VNUM_AMBIGUOUS, VNUM_INVALID } VNumStatus;
VNumStatus vi_parse_number(const char *text, double *value, int *decimals);

/* 1 if text is something a C or YAML reader would take for a number that
 * vi_parse_number refuses ("0x10", "1e5", "+5", "inf", "nan", ".5", digits
 * in foreign formats "1,234.5", "1_000", "1 000", "12,", full-width digits,
 * or more than VNUM_MAX_DIGITS digits): a
 * value meant as a number but not written as one, to be reported rather
 * than taken as text. */
int vi_looks_numeric(const char *text);

/* (vi_base.c) Whether a plain YAML value is read otherwise by other YAML
 * readers than by vi_parse_number: 8 for a leading 0 before octal digits
 * that YAML 1.1 reads as octal ("017", 15; not "07", the same to every
 * reader) or YAML 1.2's "0o17"; 16 for "0x1A", 2 for "0b101" (*value: the
 * reading in that base, sign kept); 10 for a leading 0 before digits with
 * an 8 or 9 ("08": text to YAML 1.1; *value unset); 0 for another value. */
int vi_number_base(const char *text, double *value);

/* (vi_base.c) 1 if text is a number whose only mark is one ',' before
 * exactly three digits, with one to three digits before it ("10,000",
 * "-2,500"): vi_parse_number reads the decimal comma (ten), an English
 * keyboard's habit writes thousands so (ten thousand). Where such a value
 * decides what is counted (a figure's filter compares with it) the two
 * readings count other things: it is refused with both (figures.c), as
 * "10.500" is in a YAML value (VNUM_AMBIGUOUS). The decimal is then
 * written with its trailing zeros dropped or one more ("10", "2,1250"),
 * the whole number with the thousands dot ("10.000"); vi_comma_decimal
 * puts the first. 0 for anything else. */
int vi_comma_thousands(const char *text);

/* (vi_base.c) A figure written as an English keyboard groups thousands:
 * one to three digits (not a leading 0 but "0" itself), then groups of a
 * ',' and three digits, up to four ("45,000", "1,234,567", "-2,500",
 * "500"), its value in *value (45000); returns its number of commas (0
 * for "500"), or -1 for anything else ("12,5", "45.000", "4500", "0,125":
 * the last a decimal, no thousands). The one reading of such figures
 * (import_commas.c); vi_comma_thousands says which of them khgen's own
 * grammar reads otherwise. */
int vi_comma_grouped(const char *text, double *value);

/* (vi_base.c) Puts into out the decimal reading of a value
 * vi_comma_thousands accepts, written so that it is not ambiguous:
 * "10,000" -> "10", "10,500" -> "10,5", "2,125" -> "2,1250". */
void vi_comma_decimal(Buf *out, const char *text);

/* 1 if text is digits (and the marks '-', '.', ',') with more than
 * VNUM_MAX_DIGITS significant ones: a number too long to be kept exactly,
 * to be told so rather than "not a number" (KH108, KH611). */
int vi_too_many_digits(const char *text);

/* UTF-8. */
/* Returns the byte offset of the first invalid sequence, or (size_t)-1 if
 * s[0..len) is valid UTF-8 (overlongs, surrogates, > U+10FFFF are invalid). */
size_t utf8_invalid_at(const char *s, size_t len);
/* Decodes one strictly valid UTF-8 character at s (at most left bytes):
 * returns its length and stores the code point, or returns 0 if the bytes
 * there are not valid UTF-8 (overlong, surrogate, > U+10FFFF, truncated). */
int utf8_decode_strict(const char *s, size_t left, unsigned *codepoint);
/* Number of code points in s[0..len) (s assumed valid). */
size_t utf8_count(const char *s, size_t len);
/* Decodes one code point at s (valid UTF-8 assumed); stores its byte length. */
unsigned utf8_decode(const char *s, int *bytes);
void utf8_put(Buf *out, unsigned codepoint);

/* 1 if s is already in NFC for the scripts khgen handles (Latin incl.
 * Vietnamese). */
int vi_is_nfc(const char *s, size_t len);

/* 1 if NFC leaves code point cp as it is and joins nothing to it: no
 * combining mark, no code point NFC replaces (the test vi_is_nfc makes of
 * each; a text of such code points only is NFC). */
int vi_nfc_starter(unsigned cp);

/* Appends the NFC form of s[0..len) (canonical composition of Latin letters
 * with combining marks U+0300..U+036F, incl. every Vietnamese letter). */
void vi_put_nfc(Buf *out, const char *s, size_t len);

/* (vi_collate.c) Appends to letters and tones the two keys of s in the
 * order of a Vietnamese dictionary: letters lower-cased, tones dropped, and
 * ă â đ ê ô ơ ư each after its base letter ("Dương" before "Đông"; digits
 * kept, for catalog_code_cmp); tones a digit per letter (none, huyền, hỏi,
 * ngã, sắc, nặng). Compare letters first, then tones. Caller owns both. */
void vi_put_sort_key(Buf *letters, Buf *tones, const char *s);
/* Appends s lower-cased with diacritics removed and đ -> d:
 * "Đồng Hưu" -> "dong huu". For comparing near misses. */
void vi_put_folded(Buf *out, const char *s);
/* Appends the NFD form of s[0..len) (canonical decomposition, marks in
 * canonical order); bytes that are not UTF-8 are copied unchanged. */
void vi_put_nfd(Buf *out, const char *s, size_t len);
/* (vi_tone.c) Appends s decomposed, each word's tone mark (grave, acute, tilde, hook,
 * dot below) moved to the word's end: the old and the new placement of a
 * tone ("hoà" and "hòa", "thuỷ" and "thủy", "khoẻ" and "khỏe"), one
 * spelling to a reader, give the same text; "hòa" and "hóa" do not. A key
 * to compare names, never printed. */
void vi_put_tone_key(Buf *out, const char *s);
/* (vi_tone.c) Appends to out the key of a name as a reader reads it: its
 * spaces folded (vi_fold_spaces; arena holds a copy), its letters in
 * capitals, a dash between words (-, \u2010-\u2014, \u2212) one '-' without
 * the spaces around it, the tone mark placed one way (vi_put_tone_key).
 * Two names of one key are one name to a reader (KH257). */
void vi_put_name_key(Buf *out, Arena *arena, const char *name);
/* Upper-cases Vietnamese text (ư -> Ư, đ -> Đ, ...). */
void vi_put_upper(Buf *out, const char *s);
/* 1 if s[0..n) upper-cased as vi_put_upper does is the string upper
 * ("Triệu", "TRIỆU" and "triệu" are "TRIỆU"); compares without a copy
 * (a word test run at each of a text's years: session 30). s need not
 * end at n; upper ends with its '\0'. */
int vi_upper_eq(const char *s, size_t n, const char *upper);
/* (vi_upper.c) s in capitals as a title or heading prints it: as
 * vi_put_upper, but a document's number and symbol ("263/QĐ-TTg": a word
 * that begins with a digit, after any bracket or quote, and holds a '/'
 * before a capital) is kept as written. */
void vi_put_upper_printed(Buf *out, const char *s);
/* (vi_upper.c) the Markdown text s in capitals with its links' addresses
 * as written (a link's destination, an autolink, a bare web address): a
 * small-capital span imported from a .md shows its words in capitals, but
 * its link's address is no word of it ("(HTTPS://X.VN/QD.PDF)", a path the
 * server does not find: s26review2). */
void vi_put_upper_links(Buf *out, const char *s);
/* The case of the character s begins with: -1 a small letter (one
 * vi_put_upper changes: "đ", "ư", "a"), 1 a capital (one whose small
 * letter differs: "Đ", "Ư", "A"), 0 anything else (a digit, a mark, a
 * quote, a byte that is not UTF-8, the end); its length in bytes in
 * *bytes (NULL: not wanted; 1 at least). Decided on the case tables, no
 * copy made: the one test of the files that upper-cased one character
 * into a buffer to compare it with itself (basis_form.c, check_commas.c,
 * import_facts.c, import_text.c, init.c, vi_begins_small; s30fixlow). */
int vi_letter_case(const char *s, size_t *bytes);
/* 1 if s begins with a small letter, one whose capital (vi_put_upper)
 * differs ("ủy", "ngành"; not a digit, a mark, '{' or a capital), its
 * capital then in *capital (cleared first; NULL: not wanted) and its
 * length in bytes in *bytes; 0 otherwise. */
int vi_begins_small(const char *s, Buf *capital, size_t *bytes);
/* (vi_words.c) A text as it prints, to compare two names or labels: each run of spaces
 * of any kind (a space, tab or line break, a no-break space,
 * U+2000..U+200A, U+202F, U+205F, U+3000) one space, none at either end,
 * and the invisible characters KH020 warns at (zero-width ones, bidirectional
 * controls) dropped: "Biểu 01\u200B" prints as "Biểu 01";
 * "Biểu 01", "Biểu\u00A001" (pasted from Word) and "Biểu 01 " give the
 * same. Returns s itself when it is so already, else a copy in arena. */
const char *vi_fold_spaces(Arena *arena, const char *s);
/* (vi_words.c, the one notion of a space of the word checks) The length
 * of the space character at text (a space, tab, line break or carriage
 * return, or a Unicode space separator: a no-break space, U+1680,
 * U+2000..U+200A, U+202F, U+205F, U+3000: what vi_fold_spaces folds), 0
 * if it is none. */
size_t vi_space_len(const char *text);
/* (vi_words.c) The bytes of the run of spaces (vi_space_len) at text. */
size_t vi_spaces_len(const char *text);
/* (vi_words.c) The bytes of the space character (vi_space_len) that ends
 * right before at, start..at being the text before it; 0 if none. */
size_t vi_space_before(const char *start, const char *at);
/* (vi_words.c, the one notion of a word's byte of the word checks) 1
 * if byte c continues a word: an ASCII letter or digit, or a byte of a
 * multibyte character (a Vietnamese letter; a mark or symbol there
 * counts too). 0 for NUL, a space, punctuation. */
int vi_word_byte(unsigned char c);
/* (vi_words.c) The word of s at *i, the spaces (vi_space_len) before it
 * skipped: its start in *start, *i moved past it; its length, 0 at the
 * end. */
size_t vi_next_word(const char *s, size_t *i, const char **start);
/* 1 if a and b are the same text but for letter case (Vietnamese letters
 * with their marks included: "Biểu 01" and "BIỂU 01"), as Excel compares
 * sheet names. */
int vi_same_ignoring_case(const char *a, const char *b);
/* Edit distance in code points (an insertion, deletion, change or swap of
 * two neighbours is one edit), capped at limit+1. */
int vi_edit_distance(const char *a, const char *b, int limit);

#endif
