/* legacy.h - Vietnamese text in the encodings it was written in before
 * Unicode: recognising them and converting to UTF-8.
 *
 * Offices keep plans and lists written in TCVN3 (ABC, the encoding of the
 * .VnTime fonts), VNI-Windows (VNI-Times fonts), Windows-1258 and UTF-16
 * (Notepad's "Unicode"). legacy_detect() tells them apart from the bytes'
 * statistics (the share of words that decode to valid Vietnamese syllables
 * under each encoding), and legacy_to_utf8() converts to UTF-8 in NFC.
 * Used by the loader (to name the encoding of a file that is not UTF-8), by
 * `khgen convert`, and by `khgen import` for legacy text files.
 */
#ifndef KHGEN_LEGACY_H
#define KHGEN_LEGACY_H

#include <stddef.h>

#include "util.h"

typedef enum {
    ENC_UNKNOWN = 0,         /* not UTF-8 and no legacy encoding fits */
    ENC_UTF8,                /* valid UTF-8 (a BOM is allowed) */
    ENC_UTF16LE,
    ENC_UTF16BE,
    ENC_TCVN3,               /* TCVN 5712:1993 VN3 (ABC), with VN1's capitals */
    ENC_VNI,                 /* VNI-Windows: base letter + mark byte */
    ENC_CP1258,              /* Windows-1258: letters + combining tone marks */
    ENC_UTF32LE,             /* by its BOM, or ASCII's three zero bytes a character */
    ENC_UTF32BE
} LegacyEncoding;

/* Names the encoding of data[0..len): UTF-32 and UTF-16 by their BOM or
 * their NUL bytes (UTF-32's BOM first: FF FE 00 00 begins with UTF-16LE's),
 * UTF-8 when the bytes are valid UTF-8, otherwise the legacy encoding under
 * which the most words (with a non-ASCII letter) are Vietnamese syllables,
 * if at least 60% of them are and there are at least three; ENC_UNKNOWN when
 * none fits (a binary file, Latin-1 text, UTF-8 with stray bytes: as many
 * valid multi-byte UTF-8 characters as invalid bytes). Reads at most the
 * first 256 KiB.
 * Pure function. */
LegacyEncoding legacy_detect(const char *data, size_t len);

/* For a UTF-8 file with lines in a legacy encoding (a line pasted from an
 * older document): the encoding under which its invalid lines, taken
 * together, read as Vietnamese (one syllable is enough: a pasted line is
 * short), provided the rest of the file has UTF-8 letters of its own;
 * ENC_UNKNOWN otherwise (a whole legacy file is legacy_detect's case).
 * Reads files up to 256 KiB. Pure function. */
LegacyEncoding legacy_detect_lines(const char *data, size_t len);

/* Appends data[0..len) as UTF-8 NFC: the lines that are valid UTF-8 as
 * they are, the others decoded from enc (TCVN3, VNI or CP1258); a leading
 * byte order mark is dropped, as legacy_to_utf8 drops it. Returns 0, or -1
 * for another enc. For `khgen convert` of such a mixed file, which --from
 * alone would garble (its UTF-8 lines read as 8-bit). */
int legacy_repair_lines(LegacyEncoding enc, const char *data, size_t len, Buf *out);

/* What `khgen convert` makes of data[0..len), appended to out (the
 * caller's): *enc is the encoding --from named, or ENC_UNKNOWN to find it
 * (legacy_detect; failing that, legacy_detect_lines, when only some lines
 * are in an older encoding: then *by_line is 1 and those lines alone are
 * converted, legacy_repair_lines); else legacy_to_utf8. *enc is set to
 * the encoding used. Returns 0; -1 when no encoding fits (*enc stays
 * ENC_UNKNOWN); -2 when the bytes are not valid under *enc. */
int legacy_decode(const char *data, size_t len, LegacyEncoding *enc, int *by_line, Buf *out);

/* The byte that code point cp is in Windows-1252 (what Word writes for a
 * character typed in an 8-bit font: 0x00-0xFF as Latin-1, "‘" for
 * 0x91), or -1 for a character outside it. For reading text typed in a
 * TCVN3 or VNI font out of a .docx (docx_vnfont.c). Pure function. */
int legacy_cp1252_byte(unsigned cp);

/* For a value of a plan, valid UTF-8: whether it is Vietnamese typed in
 * an 8-bit font and pasted without it, its bytes read as Windows-1252
 * ("Trªn ®©y lµ KÕ ho¹ch", TCVN3 in a .VnTime font; "Treân ñaây laø
 * Keá hoaïch", VNI): at least two of its words, and three in five of those
 * holding a character no Vietnamese word has ("®", "ñ", "ø"), read back as
 * Windows-1252 bytes under TCVN3 or VNI, are Vietnamese syllables; or, in
 * a value with no word of letters past Windows-1252 ("CÊp x·"), all of
 * them, one at least; or, in such a value with none of those characters,
 * VNI when each word holding a letter past ASCII that is no syllable as
 * written reads back as one ("Caáp xaõ"), one at least. Returns
 * that encoding, *at the byte offset of the first such word, and appends
 * to reading (the caller's) the text with each word that reads so decoded
 * ("Trên đây là Kế hoạch"); ENC_UNKNOWN, nothing appended, otherwise.
 * at and reading may be NULL (whether, alone). Linear; a text with no such character costs one scan. Pure function. */
LegacyEncoding legacy_misread(const char *s, size_t len, size_t *at, Buf *reading);

/* 1 when s[0..n), NFC UTF-8, is one Vietnamese syllable, with its marks
 * or without ("hoạch", "cho"): an onset, a nucleus and a coda Vietnamese
 * writes, one tone at most, ă and â before a final, a final c, ch, p or
 * t under no tone, sắc or nặng; letters only. Pure function. */
int legacy_is_syllable(const char *s, size_t n);

/* Whether the word s[0..n), its characters all in Windows-1252, is no
 * Vietnamese syllable as written but one when its bytes are read back as
 * TCVN3 or VNI: an 8-bit font's codes read as Windows-1252 ("X\u00a9y" is
 * "Xây", "L\u00cbp" "Lập", "Vie\u00e4t" "Việt"), not a word of another
 * language ("M\u00fcller") nor one typed in Unicode ("Nâng"). For
 * docx_vnfont.c's reading of a paragraph's runs. Linear in n. Pure
 * function. */
int legacy_word_misread(const char *s, size_t n);

/* A human name: "TCVN3 (ABC)", "VNI-Windows", "Windows-1258", "UTF-16LE",
 * "UTF-16BE", "UTF-8", "unknown". Static string. */
const char *legacy_name(LegacyEncoding enc);

/* Converts data[0..len) from enc to UTF-8 in NFC and appends it to out (a
 * UTF-8 BOM or UTF-16 BOM is dropped; line breaks are kept as they are).
 * Returns 0, or -1 if the input cannot be converted under enc (enc is
 * ENC_UNKNOWN, an odd-length or unpaired-surrogate UTF-16, invalid UTF-8);
 * out then holds what was converted so far. The caller owns out. This is
 * the one conversion function: `khgen convert` and `khgen import` use it. */
int legacy_to_utf8(LegacyEncoding enc, const char *data, size_t len, Buf *out);

/* The inverse, for tests and for writing test files: appends the NFC UTF-8
 * text s[0..len) in the 8-bit encoding enc (TCVN3, VNI or CP1258, built by
 * inverting the decoding tables, shortest byte sequence first). Returns the
 * number of characters that have no encoding (written as '?'). */
size_t legacy_from_utf8(LegacyEncoding enc, const char *s, size_t len, Buf *out);

#endif
