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
 * over, and is kept as typed (a machine without the old font shows it so).
 */
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
