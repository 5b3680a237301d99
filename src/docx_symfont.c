/* docx_symfont.c - the characters of Word's symbol fonts, for import.
 *
 * A symbol inserted from a symbol font (Insert > Symbol) is not a Unicode
 * character in a .docx: `<w:sym w:font="Wingdings 2" w:char="F050"/>` is
 * the font's glyph at code 0x50, a check mark, and a run in such a font
 * may hold its codes as text of the private use area (U+F050), as
 * LibreOffice writes an old .doc's symbols, or as the characters typed
 * (U+0050 "P"; "a" in the Symbol font is "α"): docx_run.c asks this one
 * table for all three. Offices use them for check
 * marks and boxes in a table's "đạt" column, arrows, bullets and circled
 * numbers. Here is one table per font, the character Word shows for each
 * code 0x20..0xFF (Symbol: the Adobe Symbol encoding; Wingdings 2 and 3,
 * Webdings: Unicode 7.0's mapping of those fonts where it is in the Basic
 * Multilingual Plane, the check marks, crosses and boxes it puts outside
 * it given their common forms ✓ ✗ ☒ ☐, which Times New Roman and the
 * office fonts have; Wingdings: the bullets, marks and boxes of Word's
 * bullet gallery), "�" where import knows none, and one lookup. The
 * reader names every code it cannot map (docx_run.c), never drops one
 * silently.
 */
#include <string.h>
#include <strings.h>

#include "docx_run.h"
#include "util.h"

static const char symbol_chars[] =
    " !∀#∃%&∋()∗+,−./" /* 0x20 */
    "0123456789:;<=>?" /* 0x30 */
    "≅ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟ" /* 0x40 */
    "ΠΘΡΣΤΥςΩΞΨΖ[∴]⊥_" /* 0x50 */
    "‾αβχδεφγηιϕκλμνο" /* 0x60 */
    "πθρστυϖωξψζ{|}∼�" /* 0x70 */
    "����������������" /* 0x80 */
    "����������������" /* 0x90 */
    "€ϒ′≤⁄∞ƒ♣♦♥♠↔←↑→↓" /* 0xA0 */
    "°±″≥×∝∂•÷≠≡≈…⏐⎯↵" /* 0xB0 */
    "ℵℑℜ℘⊗⊕∅∩∪⊃⊇⊄⊂⊆∈∉" /* 0xC0 */
    "∠∇®©™∏√⋅¬∧∨⇔⇐⇑⇒⇓" /* 0xD0 */
    "◊⟨®©™∑⎛⎜⎝⎡⎢⎣⎧⎨⎩⎪" /* 0xE0 */
    "�⟩∫⌠⎮⌡⎞⎟⎠⎤⎥⎦⎫⎬⎭�" /* 0xF0 */;
static const char wingdings_chars[] =
    " ���������������" /* 0x20 */
    "����������������" /* 0x30 */
    "����������������" /* 0x40 */
    "����������������" /* 0x50 */
    "������������●�■□" /* 0x60 */
    "�❑���◆❖���������" /* 0x70 */
    "����������������" /* 0x80 */
    "���������������•" /* 0x90 */
    "�������▪◻�������" /* 0xA0 */
    "����������������" /* 0xB0 */
    "����������������" /* 0xC0 */
    "��������➢�������" /* 0xD0 */
    "��������➔�������" /* 0xE0 */
    "⇨����������✗✔☒☑�" /* 0xF0 */;
static const char wingdings2_chars[] =
    " ����✄✀���������" /* 0x20 */
    "����������������" /* 0x30 */
    "���������������✗" /* 0x40 */
    "✓☒☑☒☒⮾⮿�⦸����‽��" /* 0x50 */
    "���������⓪①②③④⑤⑥" /* 0x60 */
    "⑦⑧⑨⑩⓿❶❷❸❹❺❻❼❽❾❿�" /* 0x70 */
    "☉�☽☾⸿✝����������" /* 0x80 */
    "�����⋅•⦁●○���⊙⦿▪" /* 0x90 */
    "▪◾■☐����▣����⬩⬥◇" /* 0xA0 */
    "�◈����⬪⬧◊�◖◗⯊⯋⯀⯁" /* 0xB0 */
    "⬟⯂⬣⬢⯃⯄����������" /* 0xC0 */
    "����������������" /* 0xD0 */
    "�����������✶����" /* 0xE0 */
    "✹��✯��⯌⯍※⁂������" /* 0xF0 */;
static const char wingdings3_chars[] =
    " ⭠⭢⭡⭣⭦⭧⭩⭨⭰⭲⭱⭳⭶⭸⭻" /* 0x20 */
    "⭽⭤⭥⭪⭬⭫⭭⭍⮠⮡⮢⮣⮤⮥⮦⮧" /* 0x30 */
    "⮐⮑⮒⮓⮀⮃⭾⭿⮄⮆⮅⮇⮏⮍⮎⮌" /* 0x40 */
    "⭮⭯⎋⌤⌃⌥␣⍽⇪⮸������" /* 0x50 */
    "����������������" /* 0x60 */
    "▲▼△▽◀▶◁▷◣◢◤◥����" /* 0x70 */
    "�⯅⯆⯇⯈⮜⮞⮝⮟�������" /* 0x80 */
    "����������������" /* 0x90 */
    "����������������" /* 0xA0 */
    "����������������" /* 0xB0 */
    "���������⮨⮩⮪⮫⮬⮭⮮" /* 0xC0 */
    "⮯���������������" /* 0xD0 */
    "����������������" /* 0xE0 */
    "����������������" /* 0xF0 */;
static const char webdings_chars[] =
    " ���������������" /* 0x20 */
    "���⏴⏵⏶⏷⏪⏩⏮⏭⏸⏹⏺��" /* 0x30 */
    "����������������" /* 0x40 */
    "����������������" /* 0x50 */
    "⮔✔�⬜���⬛������⬤�" /* 0x60 */
    "���❓���⛳⦸⊖��⏐���" /* 0x70 */
    "�������⛷��������" /* 0x80 */
    "��������✯�������" /* 0x90 */
    "����������������" /* 0xA0 */
    "����������������" /* 0xB0 */
    "����������������" /* 0xC0 */
    "���������☁������" /* 0xD0 */
    "��������Ⓟ♿������" /* 0xE0 */
    "����������������" /* 0xF0 */;

static const struct {
    const char *name;
    const char *chars; /* 224 characters, codes 0x20..0xFF */
} fonts[] = {
    {"Symbol", symbol_chars},         {"Wingdings", wingdings_chars},
    {"Wingdings 2", wingdings2_chars}, {"Wingdings 3", wingdings3_chars},
    {"Webdings", webdings_chars},
};

/* The table of font, or NULL: its name in any case, as Word and
 * LibreOffice find a font ("wingdings", "SYMBOL", as a generator or a hand
 * writes w:rFonts, were read as the letters typed: s18docx). */
static const char *font_chars(const char *font)
{
    for (size_t i = 0; font && i < sizeof fonts / sizeof *fonts; i++)
        if (strcasecmp(fonts[i].name, font) == 0)
            return fonts[i].chars;
    return NULL;
}

int docx_symbol_font(const char *font)
{
    return font_chars(font) != NULL;
}

unsigned docx_symbol(const char *font, unsigned code)
{
    int pua = code >= 0xF000 && code <= 0xF0FF; /* Word's code for a symbol font */
    unsigned low = pua ? code - 0xF000 : code;
    const char *chars = font_chars(font);
    if (!chars) /* another font: a code outside the private use area is a character */
        return !pua && code >= 0x20 && code < 0xD800 ? code : 0;
    if (low < 0x20 || low > 0xFF)
        return 0;
    const unsigned char *u = (const unsigned char *)chars;
    for (unsigned k = low - 0x20; k > 0 && *u; k--) /* to the k-th character */
        u += *u < 0x80 ? 1 : *u < 0xE0 ? 2 : *u < 0xF0 ? 3 : 4;
    unsigned uc = *u < 0x80   ? *u
                  : *u < 0xE0 ? (unsigned)(u[0] & 0x1F) << 6 | (u[1] & 0x3F)
                              : (unsigned)(u[0] & 0x0F) << 12 | (unsigned)(u[1] & 0x3F) << 6 |
                                  (u[2] & 0x3F);
    return uc == 0xFFFD || uc == 0 ? 0 : uc;
}
