/* legacy.c - recognising and converting pre-Unicode Vietnamese text.
 *
 * Decoding tables. TCVN3 is TCVN 5712:1993 as glibc's charmap TCVN5712-1
 * gives it: VN3's lower-case letters and Ă Â Ê Ô Ơ Ư Đ in 0xA1-0xFF (the
 * ABC keyboard and .VnTime fonts), VN1's other capitals in 0x80-0xA0 and in
 * the C0 positions 0x01, 0x02, 0x04-0x06, 0x11-0x17, and the five tone
 * marks as combining characters in 0xB0-0xB4. Windows-1258 is glibc's
 * CP1258 charmap: precomposed vowels with ă â ê ô ơ ư đ, tones as combining
 * marks (0xCC, 0xEC, 0xD2, 0xDE, 0xF2). VNI-Windows writes a letter as its
 * base letter followed by one mark byte (circumflex, breve and/or tone:
 * "Vieät" is Việt), with ơ ư đ and the toned i and y as single bytes;
 * other bytes are Windows-1252. Every decoding is followed by NFC
 * (vi_put_nfc), which composes the combining marks.
 *
 * Detection scores each 8-bit encoding by decoding the text and reading
 * its words: a word with a non-ASCII letter counts for the encoding if it
 * is a Vietnamese syllable (onset, vowel nucleus from the closed list of
 * Vietnamese nuclei, coda, at most one tone), against it if not, and a
 * decoded character that is neither ASCII, a Vietnamese letter nor common
 * punctuation counts against it. The best score wins if at least three words
 * and 60% of the non-ASCII words are syllables. One byte never decides.
 */
#include "legacy.h"

#include <stdlib.h>
#include <string.h>

#include "vi.h"

static const unsigned short tcvn3_c0[32] = {
    /* 00 */ 0x0000, 0x00DA, 0x1EE4, 0x0000, 0x1EEA, 0x1EEC, 0x1EEE, 0x0000,
    /* 08 */ 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000,
    /* 10 */ 0x0000, 0x1EE8, 0x1EF0, 0x1EF2, 0x1EF6, 0x1EF8, 0x00DD, 0x1EF4,
    /* 18 */ 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000,
};
static const unsigned short tcvn3_high[128] = {
    /* 80 */ 0x00C0, 0x1EA2, 0x00C3, 0x00C1, 0x1EA0, 0x1EB6, 0x1EAC, 0x00C8,
    /* 88 */ 0x1EBA, 0x1EBC, 0x00C9, 0x1EB8, 0x1EC6, 0x00CC, 0x1EC8, 0x0128,
    /* 90 */ 0x00CD, 0x1ECA, 0x00D2, 0x1ECE, 0x00D5, 0x00D3, 0x1ECC, 0x1ED8,
    /* 98 */ 0x1EDC, 0x1EDE, 0x1EE0, 0x1EDA, 0x1EE2, 0x00D9, 0x1EE6, 0x0168,
    /* A0 */ 0x00A0, 0x0102, 0x00C2, 0x00CA, 0x00D4, 0x01A0, 0x01AF, 0x0110,
    /* A8 */ 0x0103, 0x00E2, 0x00EA, 0x00F4, 0x01A1, 0x01B0, 0x0111, 0x1EB0,
    /* B0 */ 0x0300, 0x0309, 0x0303, 0x0301, 0x0323, 0x00E0, 0x1EA3, 0x00E3,
    /* B8 */ 0x00E1, 0x1EA1, 0x1EB2, 0x1EB1, 0x1EB3, 0x1EB5, 0x1EAF, 0x1EB4,
    /* C0 */ 0x1EAE, 0x1EA6, 0x1EA8, 0x1EAA, 0x1EA4, 0x1EC0, 0x1EB7, 0x1EA7,
    /* C8 */ 0x1EA9, 0x1EAB, 0x1EA5, 0x1EAD, 0x00E8, 0x1EC2, 0x1EBB, 0x1EBD,
    /* D0 */ 0x00E9, 0x1EB9, 0x1EC1, 0x1EC3, 0x1EC5, 0x1EBF, 0x1EC7, 0x00EC,
    /* D8 */ 0x1EC9, 0x1EC4, 0x1EBE, 0x1ED2, 0x0129, 0x00ED, 0x1ECB, 0x00F2,
    /* E0 */ 0x1ED4, 0x1ECF, 0x00F5, 0x00F3, 0x1ECD, 0x1ED3, 0x1ED5, 0x1ED7,
    /* E8 */ 0x1ED1, 0x1ED9, 0x1EDD, 0x1EDF, 0x1EE1, 0x1EDB, 0x1EE3, 0x00F9,
    /* F0 */ 0x1ED6, 0x1EE7, 0x0169, 0x00FA, 0x1EE5, 0x1EEB, 0x1EED, 0x1EEF,
    /* F8 */ 0x1EE9, 0x1EF1, 0x1EF3, 0x1EF7, 0x1EF9, 0x00FD, 0x1EF5, 0x1ED0,
};
static const unsigned short cp1258_high[128] = {
    /* 80 */ 0x20AC, 0x0000, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    /* 88 */ 0x02C6, 0x2030, 0x0000, 0x2039, 0x0152, 0x0000, 0x0000, 0x0000,
    /* 90 */ 0x0000, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    /* 98 */ 0x02DC, 0x2122, 0x0000, 0x203A, 0x0153, 0x0000, 0x0000, 0x0178,
    /* A0 */ 0x00A0, 0x00A1, 0x00A2, 0x00A3, 0x00A4, 0x00A5, 0x00A6, 0x00A7,
    /* A8 */ 0x00A8, 0x00A9, 0x00AA, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x00AF,
    /* B0 */ 0x00B0, 0x00B1, 0x00B2, 0x00B3, 0x00B4, 0x00B5, 0x00B6, 0x00B7,
    /* B8 */ 0x00B8, 0x00B9, 0x00BA, 0x00BB, 0x00BC, 0x00BD, 0x00BE, 0x00BF,
    /* C0 */ 0x00C0, 0x00C1, 0x00C2, 0x0102, 0x00C4, 0x00C5, 0x00C6, 0x00C7,
    /* C8 */ 0x00C8, 0x00C9, 0x00CA, 0x00CB, 0x0300, 0x00CD, 0x00CE, 0x00CF,
    /* D0 */ 0x0110, 0x00D1, 0x0309, 0x00D3, 0x00D4, 0x01A0, 0x00D6, 0x00D7,
    /* D8 */ 0x00D8, 0x00D9, 0x00DA, 0x00DB, 0x00DC, 0x01AF, 0x0303, 0x00DF,
    /* E0 */ 0x00E0, 0x00E1, 0x00E2, 0x0103, 0x00E4, 0x00E5, 0x00E6, 0x00E7,
    /* E8 */ 0x00E8, 0x00E9, 0x00EA, 0x00EB, 0x0301, 0x00ED, 0x00EE, 0x00EF,
    /* F0 */ 0x0111, 0x00F1, 0x0323, 0x00F3, 0x00F4, 0x01A1, 0x00F6, 0x00F7,
    /* F8 */ 0x00F8, 0x00F9, 0x00FA, 0x00FB, 0x00FC, 0x01B0, 0x20AB, 0x00FF,
};
/* Vietnamese letters with a mark: the letter they are made of, as one
 * ASCII stand-in (1 = ă, 2 = â, 3 = ê, 4 = ô, 5 = ơ, 6 = ư, D = đ), and
 * the tone (0 none, 1 huyền, 2 sắc, 3 hỏi, 4 ngã, 5 nặng). Sorted. */
static const struct VnLetter { unsigned short cp; char skeleton; unsigned char tone; } vn_letters[] = {
    {0x00C0, 'a', 1}, {0x00C1, 'a', 2}, {0x00C2, '2', 0}, {0x00C3, 'a', 4},
    {0x00C8, 'e', 1}, {0x00C9, 'e', 2}, {0x00CA, '3', 0}, {0x00CC, 'i', 1},
    {0x00CD, 'i', 2}, {0x00D2, 'o', 1}, {0x00D3, 'o', 2}, {0x00D4, '4', 0},
    {0x00D5, 'o', 4}, {0x00D9, 'u', 1}, {0x00DA, 'u', 2}, {0x00DD, 'y', 2},
    {0x00E0, 'a', 1}, {0x00E1, 'a', 2}, {0x00E2, '2', 0}, {0x00E3, 'a', 4},
    {0x00E8, 'e', 1}, {0x00E9, 'e', 2}, {0x00EA, '3', 0}, {0x00EC, 'i', 1},
    {0x00ED, 'i', 2}, {0x00F2, 'o', 1}, {0x00F3, 'o', 2}, {0x00F4, '4', 0},
    {0x00F5, 'o', 4}, {0x00F9, 'u', 1}, {0x00FA, 'u', 2}, {0x00FD, 'y', 2},
    {0x0102, '1', 0}, {0x0103, '1', 0}, {0x0110, 'D', 0}, {0x0111, 'D', 0},
    {0x0128, 'i', 4}, {0x0129, 'i', 4}, {0x0168, 'u', 4}, {0x0169, 'u', 4},
    {0x01A0, '5', 0}, {0x01A1, '5', 0}, {0x01AF, '6', 0}, {0x01B0, '6', 0},
    {0x1E4C, 'o', 2}, {0x1E4D, 'o', 2}, {0x1E78, 'u', 2}, {0x1E79, 'u', 2},
    {0x1EA0, 'a', 5}, {0x1EA1, 'a', 5}, {0x1EA2, 'a', 3}, {0x1EA3, 'a', 3},
    {0x1EA4, '2', 2}, {0x1EA5, '2', 2}, {0x1EA6, '2', 1}, {0x1EA7, '2', 1},
    {0x1EA8, '2', 3}, {0x1EA9, '2', 3}, {0x1EAA, '2', 4}, {0x1EAB, '2', 4},
    {0x1EAC, '2', 5}, {0x1EAD, '2', 5}, {0x1EAE, '1', 2}, {0x1EAF, '1', 2},
    {0x1EB0, '1', 1}, {0x1EB1, '1', 1}, {0x1EB2, '1', 3}, {0x1EB3, '1', 3},
    {0x1EB4, '1', 4}, {0x1EB5, '1', 4}, {0x1EB6, '1', 5}, {0x1EB7, '1', 5},
    {0x1EB8, 'e', 5}, {0x1EB9, 'e', 5}, {0x1EBA, 'e', 3}, {0x1EBB, 'e', 3},
    {0x1EBC, 'e', 4}, {0x1EBD, 'e', 4}, {0x1EBE, '3', 2}, {0x1EBF, '3', 2},
    {0x1EC0, '3', 1}, {0x1EC1, '3', 1}, {0x1EC2, '3', 3}, {0x1EC3, '3', 3},
    {0x1EC4, '3', 4}, {0x1EC5, '3', 4}, {0x1EC6, '3', 5}, {0x1EC7, '3', 5},
    {0x1EC8, 'i', 3}, {0x1EC9, 'i', 3}, {0x1ECA, 'i', 5}, {0x1ECB, 'i', 5},
    {0x1ECC, 'o', 5}, {0x1ECD, 'o', 5}, {0x1ECE, 'o', 3}, {0x1ECF, 'o', 3},
    {0x1ED0, '4', 2}, {0x1ED1, '4', 2}, {0x1ED2, '4', 1}, {0x1ED3, '4', 1},
    {0x1ED4, '4', 3}, {0x1ED5, '4', 3}, {0x1ED6, '4', 4}, {0x1ED7, '4', 4},
    {0x1ED8, '4', 5}, {0x1ED9, '4', 5}, {0x1EDA, '5', 2}, {0x1EDB, '5', 2},
    {0x1EDC, '5', 1}, {0x1EDD, '5', 1}, {0x1EDE, '5', 3}, {0x1EDF, '5', 3},
    {0x1EE0, '5', 4}, {0x1EE1, '5', 4}, {0x1EE2, '5', 5}, {0x1EE3, '5', 5},
    {0x1EE4, 'u', 5}, {0x1EE5, 'u', 5}, {0x1EE6, 'u', 3}, {0x1EE7, 'u', 3},
    {0x1EE8, '6', 2}, {0x1EE9, '6', 2}, {0x1EEA, '6', 1}, {0x1EEB, '6', 1},
    {0x1EEC, '6', 3}, {0x1EED, '6', 3}, {0x1EEE, '6', 4}, {0x1EEF, '6', 4},
    {0x1EF0, '6', 5}, {0x1EF1, '6', 5}, {0x1EF2, 'y', 1}, {0x1EF3, 'y', 1},
    {0x1EF4, 'y', 5}, {0x1EF5, 'y', 5}, {0x1EF6, 'y', 3}, {0x1EF7, 'y', 3},
    {0x1EF8, 'y', 4}, {0x1EF9, 'y', 4},
};

/* VNI-Windows: what each byte >= 0x80 stands for. A letter (ơ, ư, đ, the
 * toned i and y) or a mark sequence of combining characters following the
 * base letter; 0 for a byte read as Windows-1252. */
typedef struct VniByte {
    unsigned char byte;
    unsigned short cp;       /* a letter, or 0 */
    unsigned short marks[2]; /* combining marks after the base letter */
} VniByte;

#define CIRC 0x0302
#define BREVE 0x0306
#define GRAVE 0x0300
#define ACUTE 0x0301
#define HOOK 0x0309
#define TILDE 0x0303
#define DOT 0x0323

static const VniByte vni_bytes[] = {
    /* capitals (0xC0-0xDF) */
    {0xC0, 0, {CIRC, GRAVE}}, {0xC1, 0, {CIRC, ACUTE}}, {0xC2, 0, {CIRC, 0}},
    {0xC3, 0, {CIRC, TILDE}}, {0xC4, 0, {CIRC, DOT}}, {0xC5, 0, {CIRC, HOOK}},
    {0xC6, 0x1EC8, {0, 0}}, {0xC8, 0, {BREVE, GRAVE}}, {0xC9, 0, {BREVE, ACUTE}},
    {0xCA, 0, {BREVE, 0}}, {0xCB, 0, {BREVE, DOT}}, {0xCC, 0x00CC, {0, 0}},
    {0xCD, 0x00CD, {0, 0}}, {0xCE, 0x1EF4, {0, 0}}, {0xCF, 0, {DOT, 0}},
    {0xD1, 0x0110, {0, 0}}, {0xD2, 0x1ECA, {0, 0}}, {0xD3, 0x0128, {0, 0}},
    {0xD4, 0x01A0, {0, 0}}, {0xD5, 0, {TILDE, 0}}, {0xD6, 0x01AF, {0, 0}},
    {0xD8, 0, {GRAVE, 0}}, {0xD9, 0, {ACUTE, 0}}, {0xDA, 0, {BREVE, HOOK}},
    {0xDB, 0, {HOOK, 0}}, {0xDC, 0, {BREVE, TILDE}},
    /* small letters (0xE0-0xFF) */
    {0xE0, 0, {CIRC, GRAVE}}, {0xE1, 0, {CIRC, ACUTE}}, {0xE2, 0, {CIRC, 0}},
    {0xE3, 0, {CIRC, TILDE}}, {0xE4, 0, {CIRC, DOT}}, {0xE5, 0, {CIRC, HOOK}},
    {0xE6, 0x1EC9, {0, 0}}, {0xE8, 0, {BREVE, GRAVE}}, {0xE9, 0, {BREVE, ACUTE}},
    {0xEA, 0, {BREVE, 0}}, {0xEB, 0, {BREVE, DOT}}, {0xEC, 0x00EC, {0, 0}},
    {0xED, 0x00ED, {0, 0}}, {0xEE, 0x1EF5, {0, 0}}, {0xEF, 0, {DOT, 0}},
    {0xF1, 0x0111, {0, 0}}, {0xF2, 0x1ECB, {0, 0}}, {0xF3, 0x0129, {0, 0}},
    {0xF4, 0x01A1, {0, 0}}, {0xF5, 0, {TILDE, 0}}, {0xF6, 0x01B0, {0, 0}},
    {0xF8, 0, {GRAVE, 0}}, {0xF9, 0, {ACUTE, 0}}, {0xFA, 0, {BREVE, HOOK}},
    {0xFB, 0, {HOOK, 0}}, {0xFC, 0, {BREVE, TILDE}},
};

/* Windows-1252's 0x80-0x9F (punctuation that VNI fonts keep); 0 = none. */
static const unsigned short cp1252_c1[32] = {
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
    0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
};

static const VniByte *vni_byte(unsigned char b)
{
    for (size_t i = 0; i < sizeof vni_bytes / sizeof vni_bytes[0]; i++)
        if (vni_bytes[i].byte == b)
            return &vni_bytes[i];
    return NULL;
}

int legacy_cp1252_byte(unsigned cp)
{
    if (cp < 0x80 || (cp >= 0xA0 && cp <= 0xFF))
        return (int)cp;
    for (int b = 0; b < 32; b++)
        if (cp1252_c1[b] && cp1252_c1[b] == cp)
            return 0x80 + b;
    return cp >= 0x80 && cp < 0xA0 ? (int)cp : -1; /* a C1 code kept as its byte */
}

const char *legacy_name(LegacyEncoding enc)
{
    switch (enc) {
    case ENC_UTF8: return "UTF-8";
    case ENC_UTF16LE: return "UTF-16LE";
    case ENC_UTF16BE: return "UTF-16BE";
    case ENC_UTF32LE: return "UTF-32LE";
    case ENC_UTF32BE: return "UTF-32BE";
    case ENC_TCVN3: return "TCVN3 (ABC)";
    case ENC_VNI: return "VNI-Windows";
    case ENC_CP1258: return "Windows-1258";
    case ENC_UNKNOWN: break;
    }
    return "unknown";
}

/* Decodes one 8-bit encoding to UTF-8 (not yet NFC). Bytes without a
 * meaning become U+FFFD; returns how many there were. */
static size_t decode_8bit(LegacyEncoding enc, const unsigned char *s, size_t len, Buf *out)
{
    size_t bad = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char b = s[i];
        unsigned cp = b;
        if (enc == ENC_TCVN3) {
            if (b < 0x20 && tcvn3_c0[b])
                cp = tcvn3_c0[b];
            else if (b >= 0x80)
                cp = tcvn3_high[b - 0x80];
        } else if (enc == ENC_CP1258) {
            if (b >= 0x80)
                cp = cp1258_high[b - 0x80];
        } else if (b >= 0x80) { /* VNI */
            const VniByte *v = vni_byte(b);
            if (v && v->cp) {
                cp = v->cp;
            } else if (v) {
                utf8_put(out, v->marks[0]);
                cp = v->marks[1];
                if (!cp)
                    continue;
            } else if (b < 0xA0) {
                cp = cp1252_c1[b - 0x80];
            }
        }
        if (cp == 0 && b != 0) {
            cp = 0xFFFD;
            bad++;
        }
        utf8_put(out, cp);
    }
    return bad;
}

static int decode_utf16(int big_endian, const unsigned char *s, size_t len, Buf *out)
{
    size_t i = 0;
    if (len >= 2 && ((big_endian && s[0] == 0xFE && s[1] == 0xFF) ||
                     (!big_endian && s[0] == 0xFF && s[1] == 0xFE)))
        i = 2;
    for (; i + 1 < len; i += 2) {
        unsigned unit = big_endian ? (unsigned)s[i] << 8 | s[i + 1] : (unsigned)s[i + 1] << 8 | s[i];
        if (unit >= 0xD800 && unit <= 0xDBFF) {
            if (i + 3 >= len)
                return -1;
            unsigned low = big_endian ? (unsigned)s[i + 2] << 8 | s[i + 3]
                                      : (unsigned)s[i + 3] << 8 | s[i + 2];
            if (low < 0xDC00 || low > 0xDFFF)
                return -1;
            unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
            i += 2;
        } else if (unit >= 0xDC00 && unit <= 0xDFFF) {
            return -1;
        }
        utf8_put(out, unit);
    }
    return i == len ? 0 : -1;
}

/* UTF-32 (a file saved so, its BOM skipped): each four bytes one code
 * point; a value past U+10FFFF, a surrogate or a length not a multiple of
 * four is no UTF-32 (-1). Read as UTF-16 it lost a NUL a character and
 * turned 😀 into U+F600 with exit 0. */
static int decode_utf32(int big_endian, const unsigned char *s, size_t len, Buf *out)
{
    size_t i = 0;
    if (len >= 4 && ((big_endian && memcmp(s, "\0\0\xFE\xFF", 4) == 0) ||
                     (!big_endian && memcmp(s, "\xFF\xFE\0\0", 4) == 0)))
        i = 4;
    if ((len - i) % 4)
        return -1;
    for (; i < len; i += 4) {
        unsigned long cp = big_endian
            ? (unsigned long)s[i] << 24 | (unsigned long)s[i + 1] << 16 | (unsigned long)s[i + 2] << 8 | s[i + 3]
            : (unsigned long)s[i + 3] << 24 | (unsigned long)s[i + 2] << 16 | (unsigned long)s[i + 1] << 8 | s[i];
        if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return -1;
        utf8_put(out, (unsigned)cp);
    }
    return 0;
}

int legacy_to_utf8(LegacyEncoding enc, const char *data, size_t len, Buf *out)
{
    const unsigned char *s = (const unsigned char *)data;
    Buf raw = {0};
    int rc = 0;
    switch (enc) {
    case ENC_UTF8:
        if (len >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0) {
            s += 3;
            len -= 3;
        }
        if (utf8_invalid_at((const char *)s, len) != (size_t)-1)
            return -1;
        buf_putn(&raw, (const char *)s, len);
        break;
    case ENC_UTF16LE:
    case ENC_UTF16BE:
        rc = decode_utf16(enc == ENC_UTF16BE, s, len, &raw);
        break;
    case ENC_UTF32LE:
    case ENC_UTF32BE:
        rc = decode_utf32(enc == ENC_UTF32BE, s, len, &raw);
        break;
    case ENC_TCVN3:
    case ENC_VNI:
    case ENC_CP1258:
        decode_8bit(enc, s, len, &raw);
        break;
    case ENC_UNKNOWN:
        return -1;
    }
    if (raw.len)
        vi_put_nfc(out, raw.data, raw.len);
    buf_free(&raw);
    return rc;
}

/* ---- detection ---------------------------------------------------------- */

static const struct VnLetter *vn_letter(unsigned cp)
{
    size_t lo = 0, hi = sizeof vn_letters / sizeof vn_letters[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (vn_letters[mid].cp == cp)
            return &vn_letters[mid];
        if (vn_letters[mid].cp < cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

static const char *const nuclei[] = {
    "a", "1", "2", "e", "3", "i", "o", "4", "5", "u", "6", "y",
    "ai", "ao", "au", "ay", "2u", "2y", "eo", "3u", "ia", "i3", "iu", "oa", "o1", "oe",
    "oi", "4i", "5i", "oo", "ua", "u2", "u3", "ui", "u4", "u5", "uy", "6a", "6i", "6u",
    "65", "y3", "i3u", "y3u", "oai", "oay", "oeo", "u2y", "u4i", "65i", "65u", "uya",
    "uy3", "uyu",
};
static const char *const onsets[] = {
    "", "b", "c", "ch", "d", "D", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng",
    "ngh", "nh", "p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x",
};
static const char *const codas[] = {"", "c", "ch", "m", "n", "ng", "nh", "p", "t"};

/* The first letter before the length, in each of the three tables: a
 * word is tried against all of them, and KH036's readings of text typed
 * with the input method off try each word several ways (32 MB of such
 * text: a check of 6.5 s, five times that of the same text typed right;
 * s41scale). */
static int is_nucleus(const char *s, size_t n)
{
    for (size_t i = 0; i < sizeof nuclei / sizeof nuclei[0]; i++)
        if (nuclei[i][0] == s[0] && strlen(nuclei[i]) == n && memcmp(nuclei[i], s, n) == 0)
            return 1;
    return 0;
}

/* skel: the word in ASCII stand-ins, lower case. */
static int is_syllable(const char *skel, size_t len)
{
    if (len == 0)
        return 0; /* no nucleus */
    for (size_t o = 0; o < sizeof onsets / sizeof onsets[0]; o++) {
        if (onsets[o][0] && onsets[o][0] != skel[0])
            continue;
        size_t on = strlen(onsets[o]);
        if (on > len || memcmp(skel, onsets[o], on) != 0)
            continue;
        for (size_t c = 0; c < sizeof codas / sizeof codas[0]; c++) {
            const char *cd = codas[c];
            char last = cd[0] && cd[1] ? cd[1] : cd[0];
            if (last && last != skel[len - 1])
                continue; /* its last letter is not the word's */
            size_t cn = strlen(codas[c]);
            if (on + cn >= len) /* the nucleus needs a letter */
                continue;
            if (memcmp(skel + len - cn, codas[c], cn) != 0)
                continue;
            if (is_nucleus(skel + on, len - on - cn))
                return 1;
        }
    }
    return 0;
}

static int is_plain_punctuation(unsigned cp)
{
    return cp == 0xA0 || cp == 0xAB || cp == 0xBB || cp == 0xB0 || cp == 0x2013 || cp == 0x2014 ||
           cp == 0x2018 || cp == 0x2019 || cp == 0x201C || cp == 0x201D || cp == 0x2022 ||
           cp == 0x2026 || cp == 0xFEFF;
}

/* Scores NFC UTF-8 text: syllables minus non-syllable words minus foreign
 * characters; *syllables and *words receive the counts. */
static long score_text(const char *s, size_t len, long *syllables, long *words)
{
    long good = 0, bad = 0, foreign = 0;
    char skel[32];
    size_t n = 0;
    int tones = 0, has_mark = 0, too_long = 0;
    for (size_t i = 0; i <= len;) {
        unsigned cp = 0;
        int step = 1;
        if (i < len)
            cp = utf8_decode(s + i, &step);
        const struct VnLetter *letter = cp >= 0x80 ? vn_letter(cp) : NULL;
        int ascii_letter = cp < 0x80 && ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z');
        if (ascii_letter || letter) {
            char c = letter ? letter->skeleton : (char)(cp | 0x20);
            if (letter) {
                has_mark = 1;
                tones += letter->tone != 0;
            }
            if (n < sizeof skel)
                skel[n++] = c;
            else
                too_long = 1;
        } else {
            if (has_mark) {
                if (!too_long && tones <= 1 && is_syllable(skel, n))
                    good++;
                else
                    bad++;
            }
            n = 0;
            tones = has_mark = too_long = 0;
            if (cp >= 0x80 && !is_plain_punctuation(cp))
                foreign++;
        }
        if (i == len)
            break;
        i += (size_t)step;
    }
    *syllables = good;
    *words = good + bad + foreign;
    return good - bad - 2 * foreign;
}

/* The legacy encoding (TCVN3, VNI or CP1258) under which s[0..len) reads
 * best as Vietnamese: at least min_syllables syllables, three in five words
 * Vietnamese, the highest score; ENC_UNKNOWN when none qualifies. */
static LegacyEncoding best_encoding(const unsigned char *s, size_t len, long min_syllables)
{
    static const LegacyEncoding candidates[] = {ENC_TCVN3, ENC_VNI, ENC_CP1258};
    LegacyEncoding best = ENC_UNKNOWN;
    long best_score = 0;
    for (size_t c = 0; c < 3; c++) {
        Buf raw = {0}, nfc = {0};
        decode_8bit(candidates[c], s, len, &raw);
        if (raw.len)
            vi_put_nfc(&nfc, raw.data, raw.len);
        long syllables = 0, words = 0;
        long score = nfc.len ? score_text(nfc.data, nfc.len, &syllables, &words) : 0;
        buf_free(&raw);
        buf_free(&nfc);
        if (syllables >= min_syllables && syllables * 5 >= words * 3 && score > best_score) {
            best = candidates[c];
            best_score = score;
        }
    }
    return best;
}

LegacyEncoding legacy_detect(const char *data, size_t len)
{
    const unsigned char *s = (const unsigned char *)data;
    if (len > 256 * 1024)
        len = 256 * 1024;
    if (len >= 4 && memcmp(s, "\xFF\xFE\0\0", 4) == 0)
        return ENC_UTF32LE;
    if (len >= 4 && memcmp(s, "\0\0\xFE\xFF", 4) == 0)
        return ENC_UTF32BE;
    if (len >= 2 && s[0] == 0xFF && s[1] == 0xFE)
        return ENC_UTF16LE;
    if (len >= 2 && s[0] == 0xFE && s[1] == 0xFF)
        return ENC_UTF16BE;
    size_t sample = len < 8192 ? len : 8192;
    /* UTF-32 without its BOM: a character's highest byte is zero in every
     * one of them and the next in nine of ten (past U+FFFF is rare), where
     * UTF-16's ASCII has every other byte zero, never two in a row */
    size_t quad_zeros[4] = {0, 0, 0, 0}, quads = sample / 4;
    for (size_t i = 0; i < quads * 4; i++)
        if (s[i] == 0)
            quad_zeros[i % 4]++;
    if (quads >= 2 && len % 4 == 0) {
        if (quad_zeros[3] == quads && quad_zeros[2] * 10 >= quads * 9 && quad_zeros[0] < quads)
            return ENC_UTF32LE;
        if (quad_zeros[0] == quads && quad_zeros[1] * 10 >= quads * 9 && quad_zeros[3] < quads)
            return ENC_UTF32BE;
    }
    size_t zeros[2] = {0, 0};
    for (size_t i = 0; i < sample; i++)
        if (s[i] == 0)
            zeros[i % 2]++;
    size_t most = zeros[0] > zeros[1] ? zeros[0] : zeros[1];
    /* ASCII in UTF-16 has a zero high byte: a good part of one half of the
     * bytes is zero. A single NUL in a short text file ("khgen: 1\0") is
     * binary damage (KH004), not UTF-16 to convert. */
    if (sample >= 4 && (zeros[0] + zeros[1]) * 5 >= sample / 2 && most >= 2 &&
        most * 10 >= (sample / 2) * 3) {
        if (zeros[1] > 4 * zeros[0])
            return ENC_UTF16LE;
        if (zeros[0] > 4 * zeros[1])
            return ENC_UTF16BE;
        return ENC_UNKNOWN;
    }
    /* a cut UTF-8 character at the 256 KiB limit is not invalid UTF-8 */
    size_t bad_at = utf8_invalid_at(data, len);
    if (bad_at == (size_t)-1 || bad_at + 4 > len)
        return ENC_UTF8;
    /* UTF-8 with a stray byte is damaged UTF-8, not a legacy file: legacy
     * text seldom forms a valid multi-byte UTF-8 sequence */
    size_t valid_multi = 0, invalid = 0;
    for (size_t i = 0; i < len;) {
        unsigned cp;
        int n = s[i] < 0x80 ? 1 : utf8_decode_strict(data + i, len - i, &cp);
        if (n == 0) {
            invalid++;
            n = 1;
        } else if (n > 1) {
            valid_multi++;
        }
        i += (size_t)n;
    }
    if (valid_multi >= invalid)
        return ENC_UNKNOWN;
    return best_encoding(s, len, 3);
}

/* ---- a legacy text pasted into UTF-8 (mojibake) ------------------------------ */

/* 1 for a character that no Vietnamese word holds in Unicode but that an
 * 8-bit font's letter shows as once its byte is read as Windows-1252:
 * TCVN3's "®" (đ), "©" (â), "ª" (ê), "¹" (ạ), VNI's "ñ" (đ), "ø" (à mark),
 * "ï" (ạ mark). Not the signs a text writes itself (°, ², ³, ¹ of a unit,
 * ±, ×, ÷, µ, §, fractions, currencies) nor punctuation. */
static int misread_mark(unsigned cp)
{
    if (cp < 0x80 || legacy_cp1252_byte(cp) < 0x80 || vn_letter(cp) || is_plain_punctuation(cp))
        return 0;
    switch (cp) {
    case 0xA2: case 0xA3: case 0xA5: case 0xA7: case 0xB0: case 0xB1: case 0xB2:
    case 0xB3: case 0xB5: case 0xB9: case 0xBC: case 0xBD: case 0xBE: case 0xD7:
    case 0xF7: case 0x20AC: case 0x2122: case 0x2030:
        return 0;
    }
    return 1;
}

/* 1 if the word w[0..n) is an abbreviation of initials holding Đ: two
 * to eight capitals, no vowel among them ("HĐND", "QĐ", "BCĐ", "VPĐP"),
 * as VNI's 'Ñ' reads back ("QÑ-UBND", "HÑND": no syllable, which left
 * a number's code unread; s41slip's leftover, s42attack). A word of
 * another language with an Ñ has a vowel ("ESPAÑA"). */
static int abbreviation_with_dd(const char *w, size_t n)
{
    size_t letters = 0;
    int dd = 0;
    for (size_t i = 0; i < n;) {
        int step = 1;
        unsigned cp = utf8_decode(w + i, &step);
        if (cp == 0x110)
            dd = 1;
        else if (!(cp >= 'A' && cp <= 'Z') || strchr("AEIOUY", (int)cp))
            return 0;
        letters++;
        i += (size_t)step;
    }
    return dd && letters >= 2 && letters <= 8;
}

/* The word s[0..n) (its characters all in Windows-1252) read from its
 * bytes as enc, in NFC, into out; 1 when that is one Vietnamese syllable
 * of two letters or more, or an abbreviation of initials holding Đ
 * (abbreviation_with_dd). bytes and raw are the caller's scratch, reused
 * from word to word. */
static int read_back(LegacyEncoding enc, const char *s, size_t n, Buf *out, Buf *bytes, Buf *raw)
{
    size_t letters = 0;
    buf_reset(bytes);
    buf_reset(raw);
    buf_reset(out);
    for (size_t i = 0; i < n;) {
        int step = 1;
        unsigned cp = utf8_decode(s + i, &step);
        buf_putc(bytes, (char)legacy_cp1252_byte(cp));
        i += (size_t)step;
    }
    if (decode_8bit(enc, (const unsigned char *)bytes->data, bytes->len, raw) || !raw->len)
        return 0;
    vi_put_nfc(out, raw->data, raw->len);
    for (size_t i = 0; i < out->len;) {
        int step = 1;
        unsigned cp = utf8_decode(out->data + i, &step);
        letters += cp >= 0x80 ? vn_letter(cp) != NULL : ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z');
        i += (size_t)step;
    }
    long syllables = 0, words = 0;
    score_text(out->data, out->len, &syllables, &words);
    return (syllables == 1 && words == 1 && letters >= 2) ||
           abbreviation_with_dd(out->data, out->len);
}

/* 1 when skel[0..k), a syllable by the tables (is_syllable), breaks a
 * rule of Vietnamese spelling they do not hold, tone its tone (0-5, as
 * vn_letters): ă or â last, which a final always follows ("ăn", "ấy",
 * "ân"; the Telex keys "Haas", "Saar", "SaaS" read "Hấ", "Sẩ", "Sấ"), or a
 * final c, ch, p or t under huyền, hỏi or ngã, which such a syllable
 * never carries ("cấp", "việc", "một"; "docx", "repr", "Apr", "Petr" read
 * "dõc", "rẻp", "Ảp", "Pẻt"), or "ng" before i, e or ê, which
 * Vietnamese writes "ngh" ("nghĩa"; "nginx" read "ngĩn"): KH036 took
 * those English words for one word typed with Telex's keys (s48review).
 * A final stop without a tone ("cap", ASCII as written) is left as the
 * tables have it. */
static int spelling_broken(const char *skel, size_t k, int tone)
{
    char last = skel[k - 1];
    if (last == '1' || last == '2')
        return 1;
    if (k >= 3 && skel[0] == 'n' && skel[1] == 'g' && strchr("ie3", skel[2]))
        return 1; /* "ng" before i, e, ê is written "ngh": "nginx" read "ngĩn" */
    int stop = last == 'c' || last == 'p' || last == 't' ||
               (last == 'h' && k >= 2 && skel[k - 2] == 'c');
    return stop && (tone == 1 || tone == 3 || tone == 4);
}

int legacy_is_syllable(const char *s, size_t n)
{
    char skel[16];
    size_t k = 0;
    int tones = 0, tone = 0;
    for (size_t i = 0; i < n;) {
        int step = 1;
        unsigned cp = utf8_decode(s + i, &step);
        const struct VnLetter *letter = cp >= 0x80 ? vn_letter(cp) : NULL;
        if (!letter && !(cp < 0x80 && (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z'))
            return 0;
        if (k == sizeof skel)
            return 0;
        skel[k++] = letter ? letter->skeleton : (char)(cp | 0x20);
        tones += letter && letter->tone != 0;
        tone = letter && letter->tone ? letter->tone : tone;
        i += (size_t)step;
    }
    return k > 0 && tones <= 1 && is_syllable(skel, k) && !spelling_broken(skel, k, tone);
}

/* 1 when the word s[0..n) is a Vietnamese syllable as it stands. */
static int syllable_as_written(const char *s, size_t n)
{
    long syllables = 0, words = 0;
    score_text(s, n, &syllables, &words);
    return syllables == 1 && words == 1;
}

/* Where the next word of s[i..len) begins and ends: a run of letters, of
 * characters past ASCII and of the ASCII bytes TCVN3 and VNI keep for
 * nothing but letters (none); digits, spaces and ASCII punctuation part
 * words. Returns 0 at the end. */
static int next_word(const char *s, size_t len, size_t *i, size_t *end)
{
    while (*i < len && (unsigned char)s[*i] < 0x80 && !(((unsigned char)s[*i] | 0x20) >= 'a' &&
                                                       ((unsigned char)s[*i] | 0x20) <= 'z'))
        (*i)++;
    if (*i >= len)
        return 0;
    *end = *i;
    while (*end < len && ((unsigned char)s[*end] >= 0x80 ||
                          (((unsigned char)s[*end] | 0x20) >= 'a' &&
                           ((unsigned char)s[*end] | 0x20) <= 'z')))
        (*end)++;
    return 1;
}

/* What a word holds: 0 a character past Windows-1252 (a Unicode letter
 * such as "ế": the word is Unicode), 1 only Windows-1252, 2 that and a
 * misread_mark. */
static int word_kind(const char *s, size_t n)
{
    int kind = 1;
    for (size_t i = 0; i < n;) {
        int step = 1;
        unsigned cp = utf8_decode(s + i, &step);
        if (legacy_cp1252_byte(cp) < 0)
            return 0;
        if (misread_mark(cp))
            kind = 2;
        i += (size_t)step;
    }
    return kind;
}

int legacy_word_misread(const char *s, size_t n)
{
    if (word_kind(s, n) == 0 || syllable_as_written(s, n))
        return 0;
    Buf word = {0}, bytes = {0}, raw = {0};
    int misread = read_back(ENC_TCVN3, s, n, &word, &bytes, &raw) ||
                  read_back(ENC_VNI, s, n, &word, &bytes, &raw);
    buf_free(&word);
    buf_free(&bytes);
    buf_free(&raw);
    return misread;
}

/* 1 when s[0..len) is VNI-Windows misread although it holds no
 * misread_mark: VNI writes a vowel's mark as a byte after it that shows as
 * a Vietnamese letter in Windows-1252 ("Caáp xaõ" for "Cấp xã", "Tieâu"
 * for "Tiêu"), so no character tells it. Taken so when no word holds a
 * letter past Windows-1252, and each word holding a letter past ASCII
 * that is no syllable as written (one at least, two letters or more)
 * reads back under VNI as one: "Tân", a syllable, is no evidence, and a
 * name VNI cannot make ("Krông" is no syllable either way) leaves the
 * value alone. *at: the first such word. */
static int vni_letters_only(const char *s, size_t len, size_t *at, Buf *word, Buf *bytes,
                            Buf *raw)
{
    size_t i = 0, end = 0, first = (size_t)-1;
    long odd = 0;
    while (next_word(s, len, &i, &end)) {
        int kind = word_kind(s + i, end - i), high = 0;
        if (kind == 0)
            return 0; /* a word in Unicode letters: the value is typed in Unicode */
        for (size_t k = i; k < end && !high; k++)
            high = (unsigned char)s[k] >= 0x80;
        if (high && !syllable_as_written(s + i, end - i)) {
            if (!read_back(ENC_VNI, s + i, end - i, word, bytes, raw))
                return 0;
            odd++;
            first = first == (size_t)-1 ? i : first;
        }
        i = end;
    }
    if (odd && at)
        *at = first;
    return odd > 0;
}

LegacyEncoding legacy_misread(const char *s, size_t len, size_t *at, Buf *reading)
{
    static const LegacyEncoding candidates[] = {ENC_TCVN3, ENC_VNI};
    int any = 0;
    for (size_t i = 0; i + 1 < len && !any; i++) { /* a mark is two bytes, C2 or C3 first */
        unsigned char b = (unsigned char)s[i];
        if (b == 0xC2 || b == 0xC3) {
            int step = 1;
            any = misread_mark(utf8_decode(s + i, &step));
        }
    }
    LegacyEncoding best = ENC_UNKNOWN;
    long best_hits = 0;
    int codes_only = 0; /* every marked word an abbreviation: "Phòng" is no "Phịng" */
    Buf word = {0}, bytes = {0}, raw = {0};
    if (!any && vni_letters_only(s, len, at, &word, &bytes, &raw))
        best = ENC_VNI; /* "Caáp xaõ": no mark, every odd word VNI's (s41slip) */
    else if (!any) {
        buf_free(&word);
        buf_free(&bytes);
        buf_free(&raw);
        return ENC_UNKNOWN;
    }
    for (size_t c = 0; c < sizeof candidates / sizeof candidates[0] && any; c++) {
        long hits = 0, marked = 0, unicode = 0, codes = 0;
        size_t i = 0, end = 0, first = (size_t)-1;
        /* the first 256 words that hold a mark decide (a sample: a
         * pasted paragraph is read the same all through) */
        while (marked < 256 && next_word(s, len, &i, &end)) {
            int kind = word_kind(s + i, end - i);
            unicode += kind == 0;
            if (kind == 2) {
                marked++;
                if (read_back(candidates[c], s + i, end - i, &word, &bytes, &raw)) {
                    hits++;
                    codes += abbreviation_with_dd(word.data, word.len);
                    if (first == (size_t)-1)
                        first = i;
                }
            }
            i = end;
        }
        /* two words at least, three in five of the marked ones: one sign
         * in a word ("Microsoft®") is no evidence; or, in a short value
         * with no word of Unicode letters past Windows-1252 (a name, a
         * label: "Tiªu chÝ sè", "X·"), every marked word (s40slip) */
        /* or a code's abbreviation alone, "15/QÑ-UBND" in a text typed in
         * Unicode: no Vietnamese word and no other language's has it */
        if (((hits >= 2 && hits * 5 >= marked * 3) ||
             (hits >= 1 && hits == marked && (!unicode || codes == hits))) &&
            hits > best_hits) {
            best = candidates[c];
            best_hits = hits;
            codes_only = codes == hits;
            if (at)
                *at = first;
        }
    }
    if (best != ENC_UNKNOWN && reading) {
        /* the text as it reads: each word of Windows-1252 characters that
         * is one syllable read back; in a text that holds Unicode words
         * too (a line pasted into one typed in Unicode), only one that is
         * no syllable as written ("lµ", VNI's "Treân"), since "là" typed
         * in Unicode reads otherwise as TCVN3, while in a text pasted
         * whole "KÕ" (Kế) is read back too, a syllable as written */
        int unicode = 0; /* a word of letters past Windows-1252 */
        size_t i = 0, end = 0, copied = 0;
        while (!unicode && next_word(s, len, &i, &end)) {
            unicode = word_kind(s + i, end - i) == 0;
            i = end;
        }
        i = 0;
        while (next_word(s, len, &i, &end)) {
            if (word_kind(s + i, end - i) && (!unicode || !syllable_as_written(s + i, end - i)) &&
                read_back(best, s + i, end - i, &word, &bytes, &raw) &&
                (!codes_only || abbreviation_with_dd(word.data, word.len) ||
                 !syllable_as_written(s + i, end - i))) {
                buf_putn(reading, s + copied, i - copied);
                buf_putn(reading, word.data, word.len);
                copied = end;
            }
            i = end;
        }
        buf_putn(reading, s + copied, len - copied);
    }
    buf_free(&word);
    buf_free(&bytes);
    buf_free(&raw);
    return best;
}

/* ---- a UTF-8 file with lines in a legacy encoding -------------------------- */

/* Calls fn on each line of data[0..len) (without its '\n') that is not
 * valid UTF-8; returns how many there are. */
static size_t each_bad_line(const char *data, size_t len,
                            void (*fn)(void *arg, const char *line, size_t n), void *arg)
{
    size_t count = 0;
    for (size_t at = 0; at < len;) {
        const char *nl = memchr(data + at, '\n', len - at);
        size_t n = nl ? (size_t)(nl - (data + at)) : len - at;
        if (utf8_invalid_at(data + at, n) != (size_t)-1) {
            count++;
            if (fn)
                fn(arg, data + at, n);
        }
        at += n + 1;
    }
    return count;
}

static void gather_line(void *arg, const char *line, size_t n)
{
    Buf *b = arg;
    buf_putn(b, line, n);
    buf_putc(b, '\n');
}

LegacyEncoding legacy_detect_lines(const char *data, size_t len)
{
    if (len > 256 * 1024 || utf8_invalid_at(data, len) == (size_t)-1)
        return ENC_UNKNOWN;
    Buf bad = {0};
    each_bad_line(data, len, gather_line, &bad);
    /* the rest must be UTF-8 with its own letters: else it is a whole
     * legacy file, legacy_detect's case */
    size_t valid_multi = 0;
    for (size_t i = 0; i < len;) {
        unsigned cp;
        int n = (unsigned char)data[i] < 0x80 ? 1 : utf8_decode_strict(data + i, len - i, &cp);
        valid_multi += n > 1;
        i += n > 0 ? (size_t)n : 1;
    }
    /* a line or two has few words: one syllable is evidence enough when
     * most of its words read as Vietnamese */
    LegacyEncoding best = valid_multi > 0 && bad.len
        ? best_encoding((const unsigned char *)bad.data, bad.len, 1) : ENC_UNKNOWN;
    buf_free(&bad);
    return best;
}

int legacy_repair_lines(LegacyEncoding enc, const char *data, size_t len, Buf *out)
{
    /* the file is UTF-8: its byte order mark goes, as legacy_to_utf8's
     * ENC_UTF8 drops it, whatever its first line holds */
    size_t start = len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    for (size_t at = start; at < len;) {
        const char *nl = memchr(data + at, '\n', len - at);
        size_t n = nl ? (size_t)(nl - (data + at)) : len - at;
        if (utf8_invalid_at(data + at, n) == (size_t)-1) {
            vi_put_nfc(out, data + at, n);
        } else if (enc == ENC_TCVN3 || enc == ENC_VNI || enc == ENC_CP1258) {
            Buf raw = {0};
            decode_8bit(enc, (const unsigned char *)data + at, n, &raw);
            if (raw.len)
                vi_put_nfc(out, raw.data, raw.len);
            buf_free(&raw);
        } else {
            return -1;
        }
        if (nl)
            buf_putc(out, '\n');
        at += n + 1;
    }
    return 0;
}

int legacy_decode(const char *data, size_t len, LegacyEncoding *enc, int *by_line, Buf *out)
{
    *by_line = 0;
    if (*enc == ENC_UNKNOWN)
        *enc = legacy_detect(data, len);
    if (*enc == ENC_UNKNOWN) {
        *enc = legacy_detect_lines(data, len);
        *by_line = *enc != ENC_UNKNOWN;
    }
    if (*enc == ENC_UNKNOWN)
        return -1;
    if ((*by_line ? legacy_repair_lines(*enc, data, len, out)
                  : legacy_to_utf8(*enc, data, len, out)) != 0)
        return -2;
    return 0;
}

/* ---- encoding (the tables inverted) ----------------------------------- */

/* The inverse of one decoding table: for each character, the shortest byte
 * sequence (one byte, or a letter and a mark byte) that decodes to it. */
typedef struct Inverse {
    unsigned cp;
    unsigned char seq[2];
    unsigned char n;
} Inverse;

static int compare_inverse(const void *a, const void *b)
{
    const Inverse *x = a, *y = b;
    if (x->cp != y->cp)
        return x->cp < y->cp ? -1 : 1;
    if (x->n != y->n)
        return x->n - y->n; /* shorter first */
    return memcmp(x->seq, y->seq, 2);
}

/* Builds the inverse of enc's table (malloc'd, *count entries, sorted by
 * character then length). */
static Inverse *build_inverse(LegacyEncoding enc, size_t *count)
{
    size_t cap = 256 + 256 * 128, n = 0;
    Inverse *inv = xmalloc(cap * sizeof *inv);
    Buf raw = {0}, nfc = {0};
    for (unsigned a = 1; a < 256; a++) {
        for (unsigned b = 0; b < 256; b++) {
            if (b != 0 && b < 0x80)
                continue; /* the second byte is a mark byte */
            unsigned char seq[2] = {(unsigned char)a, (unsigned char)b};
            size_t len = b ? 2 : 1;
            buf_reset(&raw);
            buf_reset(&nfc);
            if (decode_8bit(enc, seq, len, &raw) != 0 || !raw.len)
                continue;
            vi_put_nfc(&nfc, raw.data, raw.len);
            int step;
            unsigned cp = utf8_decode(nfc.data, &step);
            if ((size_t)step != nfc.len || cp == 0xFFFD)
                continue; /* not one character */
            inv[n].cp = cp;
            memcpy(inv[n].seq, seq, 2);
            inv[n].n = (unsigned char)len;
            n++;
        }
    }
    buf_free(&raw);
    buf_free(&nfc);
    qsort(inv, n, sizeof *inv, compare_inverse);
    *count = n;
    return inv;
}

size_t legacy_from_utf8(LegacyEncoding enc, const char *s, size_t len, Buf *out)
{
    size_t count, missing = 0;
    Inverse *inv = build_inverse(enc, &count);
    for (size_t i = 0; i < len;) {
        int step;
        unsigned cp = utf8_decode(s + i, &step);
        i += (size_t)step;
        if (cp < 0x80 && !(enc == ENC_TCVN3 && cp < 0x20 && tcvn3_c0[cp])) {
            buf_putc(out, (char)cp);
            continue;
        }
        size_t lo = 0, hi = count;
        while (lo < hi) { /* the first entry of cp */
            size_t mid = (lo + hi) / 2;
            if (inv[mid].cp < cp)
                lo = mid + 1;
            else
                hi = mid;
        }
        if (lo < count && inv[lo].cp == cp) {
            buf_putn(out, (const char *)inv[lo].seq, inv[lo].n);
        } else {
            buf_putc(out, '?');
            missing++;
        }
    }
    free(inv);
    return missing;
}
