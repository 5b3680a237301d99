/* docx_run.c - what Word shows of the elements of a run, for import_docx.c.
 *
 * A run's text is not only its w:t: Word shows a tab, a line break, a
 * non-breaking hyphen, and a symbol inserted from a symbol font (Insert >
 * Symbol writes `<w:sym w:font="Symbol" w:char="F0B3"/>` for "≥"), and it
 * shows in capitals the letters of a run in All Caps (w:caps, w:smallCaps:
 * "Ủy ban nhân dân" typed, "ỦY BAN NHÂN DÂN" seen). The twelfth attack found
 * import dropping every symbol ("tỷ lệ ≥ 90%" became "tỷ lệ 90%") and
 * reading All Caps lines in their typed case (an issuer not recognised, a
 * signature line printed in lower case), and reading the cached result of
 * a field nested in another field's code (`{ IF { MERGEFIELD x } = 1 "a"
 * "b" }` gave "XX" plus the IF's result). Here is what a run shows; the
 * reader (collect_runs) asks for each element of each run.
 */
#include <string.h>

#include "docx_run.h"
#include "docx_tree.h"
#include "vi.h"

/* The Adobe Symbol encoding (the Symbol font), 0x20..0xFF; 0: no
 * character (unused codes, the pieces of large brackets' extenders). */
static const unsigned short symbol_font[224] = {
    0x0020, 0x0021, 0x2200, 0x0023, 0x2203, 0x0025, 0x0026, 0x220B, /* 0x20 */
    0x0028, 0x0029, 0x2217, 0x002B, 0x002C, 0x2212, 0x002E, 0x002F,
    0x0030, 0x0031, 0x0032, 0x0033, 0x0034, 0x0035, 0x0036, 0x0037, /* 0x30 */
    0x0038, 0x0039, 0x003A, 0x003B, 0x003C, 0x003D, 0x003E, 0x003F,
    0x2245, 0x0391, 0x0392, 0x03A7, 0x0394, 0x0395, 0x03A6, 0x0393, /* 0x40 */
    0x0397, 0x0399, 0x03D1, 0x039A, 0x039B, 0x039C, 0x039D, 0x039F,
    0x03A0, 0x0398, 0x03A1, 0x03A3, 0x03A4, 0x03A5, 0x03C2, 0x03A9, /* 0x50 */
    0x039E, 0x03A8, 0x0396, 0x005B, 0x2234, 0x005D, 0x22A5, 0x005F,
    0x203E, 0x03B1, 0x03B2, 0x03C7, 0x03B4, 0x03B5, 0x03C6, 0x03B3, /* 0x60 */
    0x03B7, 0x03B9, 0x03D5, 0x03BA, 0x03BB, 0x03BC, 0x03BD, 0x03BF,
    0x03C0, 0x03B8, 0x03C1, 0x03C3, 0x03C4, 0x03C5, 0x03D6, 0x03C9, /* 0x70 */
    0x03BE, 0x03C8, 0x03B6, 0x007B, 0x007C, 0x007D, 0x223C, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,                 /* 0x80 */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,                 /* 0x90 */
    0x20AC, 0x03D2, 0x2032, 0x2264, 0x2044, 0x221E, 0x0192, 0x2663, /* 0xA0 */
    0x2666, 0x2665, 0x2660, 0x2194, 0x2190, 0x2191, 0x2192, 0x2193,
    0x00B0, 0x00B1, 0x2033, 0x2265, 0x00D7, 0x221D, 0x2202, 0x2022, /* 0xB0 */
    0x00F7, 0x2260, 0x2261, 0x2248, 0x2026, 0x23D0, 0x23AF, 0x21B5,
    0x2135, 0x2111, 0x211C, 0x2118, 0x2297, 0x2295, 0x2205, 0x2229, /* 0xC0 */
    0x222A, 0x2283, 0x2287, 0x2284, 0x2282, 0x2286, 0x2208, 0x2209,
    0x2220, 0x2207, 0x00AE, 0x00A9, 0x2122, 0x220F, 0x221A, 0x22C5, /* 0xD0 */
    0x00AC, 0x2227, 0x2228, 0x21D4, 0x21D0, 0x21D1, 0x21D2, 0x21D3,
    0x25CA, 0x27E8, 0x00AE, 0x00A9, 0x2122, 0x2211, 0x239B, 0x239C, /* 0xE0 */
    0x239D, 0x23A1, 0x23A2, 0x23A3, 0x23A7, 0x23A8, 0x23A9, 0x23AA,
    0, 0x27E9, 0x222B, 0x2320, 0x23AE, 0x2321, 0x239E, 0x239F,      /* 0xF0 */
    0x23A0, 0x23A4, 0x23A5, 0x23A6, 0x23AB, 0x23AC, 0x23AD, 0,
};

/* The Wingdings characters Vietnamese documents use: bullets, arrows,
 * check boxes and marks (a table's "đạt" column ticked). */
static const struct {
    unsigned char code;
    unsigned short uc;
} wingdings[] = {
    {0x6C, 0x25CF}, {0x6E, 0x25A0}, {0x6F, 0x25A1}, {0x71, 0x2751}, {0x75, 0x25C6},
    {0x76, 0x2756}, {0x9F, 0x2022}, {0xA7, 0x25AA}, {0xA8, 0x25FB}, {0xD8, 0x27A2},
    {0xE8, 0x2794}, {0xF0, 0x21E8}, {0xFB, 0x2717}, {0xFC, 0x2714}, {0xFD, 0x2612},
    {0xFE, 0x2611},
};

unsigned docx_symbol(const char *font, unsigned code)
{
    int pua = code >= 0xF000 && code <= 0xF0FF; /* Word's code for a symbol font */
    unsigned low = pua ? code - 0xF000 : code;
    if (font && strcmp(font, "Symbol") == 0)
        return low >= 0x20 && low <= 0xFF ? symbol_font[low - 0x20] : 0;
    if (font && strncmp(font, "Wingdings", 9) == 0 && font[9] == '\0') {
        for (size_t i = 0; i < sizeof wingdings / sizeof *wingdings; i++)
            if (wingdings[i].code == low)
                return wingdings[i].uc;
        return 0;
    }
    /* another font: a code outside the private use area is a character */
    return !pua && code >= 0x20 && code < 0xD800 ? code : 0;
}

int docx_run_caps(const xmlNode *rpr, int inherited)
{
    const xmlNode *caps = docx_child(rpr, "caps"), *small = docx_child(rpr, "smallCaps");
    if (caps || small)
        return docx_toggle_on(caps) || docx_toggle_on(small);
    return inherited;
}

/* Whether text here is inside the code of a field that holds another
 * field: some field but the innermost is still in its code. (The
 * innermost's own code is w:instrText, never read; a w:t there, a damaged
 * field never separated, is read as before.) */
static int nested_code(const DocxFields *f)
{
    for (int k = 0; k + 1 < f->depth && k < 32; k++)
        if (!f->result[k])
            return 1;
    return 0;
}

static void field_char(DocxFields *f, const xmlNode *t)
{
    char *type = docx_attr(t, "fldCharType");
    if (!type)
        return;
    if (strcmp(type, "begin") == 0) {
        if (f->depth < 32)
            f->result[f->depth] = 0;
        f->depth += f->depth < 1000000;
    } else if (strcmp(type, "separate") == 0) {
        if (f->depth > 0 && f->depth <= 32)
            f->result[f->depth - 1] = 1;
    } else if (strcmp(type, "end") == 0 && f->depth > 0) {
        f->depth--;
    }
    xmlFree(type);
}

static void put_symbol(const xmlNode *t, Buf *out)
{
    char *font = docx_attr(t, "font"), *hex = docx_attr(t, "char");
    unsigned code = 0;
    for (const char *p = hex; p && *p && code < 0x110000; p++) {
        int d = *p >= '0' && *p <= '9' ? *p - '0' : *p >= 'a' && *p <= 'f' ? *p - 'a' + 10
                : *p >= 'A' && *p <= 'F' ? *p - 'A' + 10 : -1;
        if (d < 0) {
            code = 0;
            break;
        }
        code = code * 16 + (unsigned)d;
    }
    unsigned uc = code < 0x110000 ? docx_symbol(font, code) : 0;
    if (uc)
        utf8_put(out, uc);
    if (font)
        xmlFree(font);
    if (hex)
        xmlFree(hex);
}

/* s, a w:t's text in a run whose font (rpr's w:rFonts) is a symbol font,
 * with its characters of the private use area U+F000..U+F0FF (what an
 * old .doc converted by LibreOffice writes for the Symbol font's "≥")
 * read as that font's characters, into out; 0 when it has none. */
static int put_font_symbols(const xmlNode *rpr, const char *s, Buf *out)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t at = 0; /* one pass: is there a U+F000..U+F0FF at all */
    while (u[at] && !(u[at] == 0xEF && u[at + 1] >= 0x80 && u[at + 1] <= 0x83))
        at++;
    if (!u[at])
        return 0;
    const xmlNode *fonts = docx_child(rpr, "rFonts");
    char *font = docx_attr(fonts, "ascii");
    if (!font)
        font = docx_attr(fonts, "hAnsi");
    int known = font && docx_symbol(font, 0xF0B7) != 0; /* Symbol, Wingdings */
    for (size_t i = 0; known && u[i];) {
        if (u[i] == 0xEF && u[i + 1] >= 0x80 && u[i + 1] <= 0x83 && u[i + 2] >= 0x80 &&
            u[i + 2] <= 0xBF) {
            unsigned cp = 0xF000 | (unsigned)(u[i + 1] & 0x3) << 6 | (u[i + 2] & 0x3F);
            unsigned uc = docx_symbol(font, cp);
            if (uc)
                utf8_put(out, uc);
            i += 3;
        } else {
            buf_putc(out, (char)u[i++]);
        }
    }
    if (font)
        xmlFree(font);
    return known;
}

int docx_run_piece(DocxFields *f, const xmlNode *t, const xmlNode *rpr, int caps, Buf *out)
{
    if (docx_is(t, "fldChar")) {
        field_char(f, t);
        return 1;
    }
    int shown = !nested_code(f);
    if (docx_is(t, "t")) {
        xmlChar *s = shown ? xmlNodeGetContent(t) : NULL;
        if (s && put_font_symbols(rpr, (const char *)s, out))
            ; /* the font's symbols: no letters to put in capitals */
        else if (s && caps)
            vi_put_upper(out, (const char *)s);
        else if (s)
            buf_puts(out, (const char *)s);
        xmlFree(s);
    } else if (docx_is(t, "tab") || docx_is(t, "ptab")) {
        if (shown)
            buf_putc(out, ' ');
    } else if (docx_is(t, "br") || docx_is(t, "cr")) {
        if (shown)
            buf_putc(out, '\n');
    } else if (docx_is(t, "noBreakHyphen")) {
        if (shown)
            buf_putc(out, '-');
    } else if (docx_is(t, "sym")) {
        if (shown)
            put_symbol(t, out);
    } else {
        return 0;
    }
    return 1;
}
