/* unispace.c - the blank characters of Unicode, listed once.
 *
 * Three places ask whether a character is blank: the YAML reader (a
 * title of no-break spaces is blank, KH107: yread_blank_len), the
 * Markdown writer (blanks at the ends of an emphasised text make its
 * marks literal: md_trim_blanks) and the importers' emphasis marks (a
 * mark beside whitespace neither opens nor closes: md_flank.c). Each
 * listed the space separators of its own until session 22, three lists
 * of one set that a new character would have had to reach three times.
 * Here is the one table, Unicode's category Zs; each asks its own
 * question of it: a line's blank adds the tab, CommonMark's whitespace
 * the tab and the line and page breaks. The bidirectional controls, no
 * blanks but invisible too, are listed here once as well
 * (unispace_bidi_control): five files wrote their own list until session
 * 25, and none had the Arabic letter mark U+061C, which passed the
 * loader's warning and reached the terminal raw.
 */
#include "unispace.h"

#include <stddef.h>

#include "vi.h"

/* Unicode's space separators (category Zs), as ranges of code points. */
static const unsigned separators[][2] = {
    {0x0020, 0x0020}, {0x00A0, 0x00A0}, {0x1680, 0x1680}, {0x2000, 0x200A},
    {0x202F, 0x202F}, {0x205F, 0x205F}, {0x3000, 0x3000},
};

int unispace_separator(unsigned cp)
{
    for (size_t i = 0; i < sizeof separators / sizeof *separators; i++)
        if (cp >= separators[i][0] && cp <= separators[i][1])
            return 1;
    return 0;
}

int unispace_bidi_control(unsigned cp)
{
    return cp == 0x061C || cp == 0x200E || cp == 0x200F || (cp >= 0x202A && cp <= 0x202E) ||
           (cp >= 0x2066 && cp <= 0x2069);
}

int unispace_noncharacter(unsigned cp)
{
    return (cp >= 0xFDD0 && cp <= 0xFDEF) || ((cp & 0xFFFEu) == 0xFFFEu && cp <= 0x10FFFF);
}

size_t unispace_noncharacter_len(const char *s, size_t len)
{
    unsigned cp = 0;
    int n = utf8_decode_strict(s, len, &cp);
    return n > 0 && unispace_noncharacter(cp) ? (size_t)n : 0;
}

int unispace_forbidden(unsigned cp)
{
    return (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') || (cp >= 0x7F && cp < 0xA0) ||
           unispace_noncharacter(cp);
}

int unispace_private_use(unsigned cp)
{
    return cp >= 0xE000 && cp <= 0xF8FF;
}

int unispace_hidden(unsigned cp)
{
    if (cp < 0x2000) /* most text: Latin and Vietnamese letters */
        return cp == 0x00AD || cp == 0x034F || cp == 0x115F || cp == 0x1160 ||
               (cp >= 0x180B && cp <= 0x180F);
    return (cp >= 0x200B && cp <= 0x200D) || (cp >= 0x2060 && cp <= 0x2064) || cp == 0x3164 ||
           unispace_private_use(cp) || (cp >= 0xFE00 && cp <= 0xFE0F) || cp == 0xFFA0 ||
           (cp >= 0xFFF9 && cp <= 0xFFFB) ||
           (cp >= 0x1BCA0 && cp <= 0x1BCA3) ||
           (cp >= 0x1D173 && cp <= 0x1D17A) || (cp >= 0xE0000 && cp <= 0xE0FFF);
}

int unispace_in_line(unsigned cp)
{
    return cp == '\t' || unispace_separator(cp);
}

int unispace_markdown(unsigned cp)
{
    return cp == '\t' || cp == '\n' || cp == '\f' || cp == '\r' || unispace_separator(cp);
}

unsigned unispace_first_invisible(const char *s, size_t len)
{
    for (size_t i = 0; i < len;) {
        int n = 1;
        unsigned cp = (unsigned char)s[i] < 0x80 ? (unsigned char)s[i] : utf8_decode(s + i, &n);
        if (unispace_bidi_control(cp) || unispace_hidden(cp))
            return cp;
        i += n > 0 ? (size_t)n : 1;
    }
    return 0;
}
