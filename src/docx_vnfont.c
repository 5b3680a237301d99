/* docx_vnfont.c - Vietnamese typed in the fonts of the old 8-bit
 * encodings, read out of a .docx as Word shows it.
 *
 * Before Unicode, offices typed Vietnamese with the ABC keyboard in the
 * TCVN3 fonts (".VnTime", ".VnArial"; their capitals ".VnTimeH",
 * ".VnArialH", whose glyphs at the lower-case codes are capitals) or with
 * VNI in the VNI fonts ("VNI-Times"). The text is stored as the 8-bit
 * codes of those fonts: a plan saved from such a .doc as .docx holds "N©ng
 * cao ®êi sèng ng­êi d©n" (TCVN3) or "Naâng cao ñôøi soáng" (VNI), which
 * Word draws "Nâng cao đời sống người dân" with the font installed, as
 * every office's computer has it. Import read the codes as Latin-1: the
 * words garbled, and TCVN3's "ư" (0xAD, a soft hyphen in Latin-1) left out
 * (s23foreign). Here a w:t whose characters are all Windows-1252 codes,
 * in a run whose font is one of those, is decoded as the font's encoding
 * (legacy.c, the converter `khgen convert` uses) and upper-cased in a
 * capitals font. A w:t that holds a character outside Windows-1252
 * ("ư" typed as Unicode in a .VnTime run) is Unicode text in a font left
 * over, and is kept as typed (a machine without the old font shows it so);
 * so is every w:t of a paragraph that holds one (docx_para_unicode): Word
 * splits a paragraph's runs as it is edited, and a run of "Nâng " or "YÊU "
 * alone in the Normal style's .VnTime of an old template, its letters all
 * Windows-1252 codes, was decoded as TCVN3 beside the Unicode runs around
 * it: "Nõng cao", "YấU CẦU", "Cỏc", exit 0 (s28foreign).
 */
#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "docx_run.h"
#include "legacy.h"
#include "vi.h"

/* The encoding of font (ENC_UNKNOWN: another font); *capitals set when
 * its glyphs are capitals (TCVN3's "H" fonts). */
static LegacyEncoding font_encoding(const char *font, int *capitals)
{
    *capitals = 0;
    if (!font)
        return ENC_UNKNOWN;
    size_t n = strlen(font);
    if (n > 3 && strncasecmp(font, ".vn", 3) == 0) {
        *capitals = font[n - 1] == 'H';
        return ENC_TCVN3;
    }
    if (n > 4 && strncasecmp(font, "vni-", 4) == 0)
        return ENC_VNI;
    return ENC_UNKNOWN;
}

int docx_vnfont_put(const char *low_font, const char *high_font, const char *s, int caps, Buf *out)
{
    int low_caps, high_caps;
    LegacyEncoding low = font_encoding(low_font, &low_caps);
    LegacyEncoding high = font_encoding(high_font, &high_caps);
    if (low == ENC_UNKNOWN && high == ENC_UNKNOWN)
        return 0;
    /* every character a Windows-1252 code, and one at least past ASCII in
     * a legacy font: else the text is Unicode (or ASCII: nothing to do) */
    const unsigned char *u = (const unsigned char *)s;
    int coded = 0;
    for (size_t i = 0; u[i];) {
        unsigned cp = u[i];
        size_t len = cp < 0x80 ? 1 : cp < 0xE0 ? 2 : cp < 0xF0 ? 3 : 4;
        for (size_t k = 1; k < len; k++) /* libxml2's UTF-8 is whole; never past its end */
            if (!u[i + k])
                return 0;
        if (cp >= 0x80) {
            cp = len == 2   ? (unsigned)(u[i] & 0x1F) << 6 | (u[i + 1] & 0x3F)
                 : len == 3 ? (unsigned)(u[i] & 0x0F) << 12 | (unsigned)(u[i + 1] & 0x3F) << 6 |
                                  (u[i + 2] & 0x3F)
                            : 0x10000;
            if (legacy_cp1252_byte(cp) < 0)
                return 0;
            coded |= high != ENC_UNKNOWN;
        }
        i += len;
    }
    if (!coded && !(low != ENC_UNKNOWN && low_caps))
        return 0;
    /* the bytes, decoded a stretch of one font at a time */
    Buf bytes = {0}, text = {0};
    LegacyEncoding cur = ENC_UNKNOWN;
    int cur_caps = 0;
    for (size_t i = 0;; ) {
        unsigned cp = u[i];
        size_t len = !cp ? 0 : cp < 0x80 ? 1 : cp < 0xE0 ? 2 : 3;
        if (len == 2)
            cp = (unsigned)(u[i] & 0x1F) << 6 | (u[i + 1] & 0x3F);
        else if (len == 3)
            cp = (unsigned)(u[i] & 0x0F) << 12 | (unsigned)(u[i + 1] & 0x3F) << 6 | (u[i + 2] & 0x3F);
        LegacyEncoding enc = cp < 0x80 ? low : high;
        int enc_caps = cp < 0x80 ? low_caps : high_caps;
        if (!len || enc != cur || enc_caps != cur_caps) { /* flush the stretch */
            if (bytes.len && cur != ENC_UNKNOWN)
                legacy_to_utf8(cur, bytes.data, bytes.len, &text);
            else if (bytes.len)
                buf_putn(&text, bytes.data, bytes.len);
            if (text.len) {
                buf_putc(&text, '\0');
                if (caps || cur_caps)
                    vi_put_upper(out, text.data);
                else
                    buf_puts(out, text.data);
            }
            bytes.len = text.len = 0;
            cur = enc;
            cur_caps = enc_caps;
        }
        if (!len)
            break;
        if (enc == ENC_UNKNOWN)
            buf_putn(&bytes, s + i, len);
        else
            buf_putc(&bytes, (char)legacy_cp1252_byte(cp));
        i += len;
    }
    buf_free(&bytes);
    buf_free(&text);
    return 1;
}

/* What the w:t texts of a paragraph show of their encoding. */
typedef struct Evidence {
    int unicode; /* a letter only Unicode gives Vietnamese ("ư", "đ", "ậ") */
    int legacy;  /* a mark only a legacy font's codes give a word ("X\u00a9y") */
} Evidence;

/* Whether cp, a character of U+00A1..U+00FF written right after a letter,
 * is no letter of Vietnamese in Unicode nor a sign a word ends with ("m²",
 * "30°", "»"): a TCVN3 or VNI code read as Windows-1252, "X©y dùng",
 * "th«n", "LËp", "Vieät". */
static int legacy_mark(unsigned cp)
{
    static const char vietnamese[] = "\xC0\xC1\xC2\xC3\xC8\xC9\xCA\xCC\xCD\xD2\xD3\xD4\xD5"
                                     "\xD9\xDA\xDD\xE0\xE1\xE2\xE3\xE8\xE9\xEA\xEC\xED\xF2"
                                     "\xF3\xF4\xF5\xF9\xFA\xFD\xB0\xB2\xB3\xBB";
    return cp >= 0xA1 && cp <= 0xFF && !memchr(vietnamese, (int)cp, sizeof vietnamese - 1);
}

/* Adds to ev what the UTF-8 text s shows. A legacy mark counts when its
 * word (a run of letters and of U+00A1..U+00FF) reads back as a syllable
 * in TCVN3 or VNI and as none as written (legacy_word_misread): "Müller"
 * in a paragraph typed in Unicode is a name, and took the paragraph for a
 * legacy one, each run of it in Windows-1252 letters alone decoded, "Nõng
 * cao chất lượng cựng Mỹller.", exit 0 (s30review). */
static void text_evidence(const unsigned char *s, Evidence *ev)
{
    int after_letter = 0; /* the character before was a letter (ASCII or U+00A1..U+00FF) */
    size_t word = 0;      /* where the word the character is in began */
    int marked = 0;       /* that word holds a legacy mark after a letter */
    for (size_t i = 0;;) {
        unsigned cp = s[i];
        size_t n = 1;
        if (s[i] >= 0xC2 && s[i] <= 0xDF && s[i + 1]) {
            cp = (unsigned)(s[i] & 0x1F) << 6 | (s[i + 1] & 0x3F);
            n = 2;
        } else if (s[i] >= 0xE0 && s[i] <= 0xEF && s[i + 1] && s[i + 2]) {
            cp = (unsigned)(s[i] & 0x0F) << 12 | (unsigned)(s[i + 1] & 0x3F) << 6 | (s[i + 2] & 0x3F);
            n = 3;
        }
        if (cp == 0x102 || cp == 0x103 || cp == 0x110 || cp == 0x111 || cp == 0x128 ||
            cp == 0x129 || cp == 0x168 || cp == 0x169 || cp == 0x1A0 || cp == 0x1A1 ||
            cp == 0x1AF || cp == 0x1B0 || (cp >= 0x1EA0 && cp <= 0x1EF9))
            ev->unicode = 1;
        if (after_letter && legacy_mark(cp))
            marked = 1;
        int letter = (cp < 0x80 && isalpha((int)cp)) || (cp >= 0xA1 && cp <= 0xFF);
        if (!letter) { /* the word before it is over */
            if (marked && !ev->legacy)
                ev->legacy = legacy_word_misread((const char *)s + word, i - word);
            marked = 0;
        }
        after_letter = letter;
        if (!s[i])
            break;
        while (n > 0 && s[i]) /* past the character (a cut one stops at the NUL) */
            i++, n--;
        if (!letter)
            word = i;
    }
}

static void evidence_under(const xmlNode *n, int depth, Evidence *ev)
{
    if (depth > 64)
        return;
    for (const xmlNode *c = n->children; c && !(ev->unicode && ev->legacy); c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        if (c->name && strcmp((const char *)c->name, "t") == 0) {
            for (const xmlNode *x = c->children; x; x = x->next)
                if (x->type == XML_TEXT_NODE && x->content)
                    text_evidence(x->content, ev);
        } else {
            evidence_under(c, depth + 1, ev);
        }
    }
}

int docx_para_unicode(const xmlNode *p)
{
    Evidence ev = {0, 0};
    if (p)
        evidence_under(p, 0, &ev);
    /* a paragraph of legacy codes with a word typed in Unicode ("X©y dùng
     * đường th«n"; an old plan corrected on a newer machine) is the legacy
     * one it was: each run decides, as before (s29review: the whole
     * paragraph was left undecoded, "X©y dùng đường th«n T©n LËp.", exit 0) */
    return ev.unicode && !ev.legacy;
}
