/* lookalike.c - the letter of another alphabet in an id: an id is ASCII,
 * and one typed with a Cyrillic "с" (U+0441) or a Greek "ο" from another
 * keyboard prints like the id it was meant to be, so the messages about it
 * (KH109 at its definition, KH202-KH205 at its use, in parse_read.c and
 * plan.c) name the letter and its code point. A Vietnamese letter (its
 * diacritics off, ASCII) is not one, nor an invisible character or a space
 * (KH020's, which a message shows as \uNNNN already). A combining mark
 * (U+0301 typed after "tckh" by a keyboard in decomposed mode) is one too,
 * but the messages say what it is (lookalike_is_mark) rather than call it a
 * letter of another alphabet (s23low 4). In a text, a Cyrillic or Greek
 * letter that prints like a Latin one inside a Latin word ("Kế hоạch"
 * with a Cyrillic "о") is told by KH020 (load_chars.c, lookalike_latin).
 */
#include "lookalike.h"

#include <string.h>

#include "unispace.h"
#include "vi.h"

const char *foreign_letter(const char *s, int *bytes, unsigned *codepoint)
{
    size_t len = strlen(s);
    for (size_t at = 0; at < len;) {
        unsigned cp = 0;
        int n = utf8_decode_strict(s + at, len - at, &cp);
        if (n == 0)
            return NULL; /* not UTF-8: KH003's, not a lookalike */
        /* a letter of Vietnamese folds to ASCII (ế -> e, đ -> d); the
         * spaces and invisible characters (U+2000-U+206F, U+00A0, U+00AD,
         * U+FEFF, the other bidirectional controls and invisible characters:
         * U+061C, the tag characters) are KH020's and print as \uNNNN or
         * \UNNNNNNNN already (U+E0041 was "a letter of another alphabet
         * that prints like a Latin one", s25render; so was U+3000, a
         * space, s48attack) */
        if (cp >= 0x100 && !(cp >= 0x2000 && cp <= 0x206F) && !unispace_separator(cp) && cp != 0xFEFF &&
            !unispace_bidi_control(cp) && !unispace_hidden(cp)) {
            char one[8];
            memcpy(one, s + at, (size_t)n);
            one[n] = '\0';
            Buf folded = {0};
            vi_put_folded(&folded, one);
            int ascii = (unsigned char)folded.data[0] < 0x80 && folded.len == 1;
            buf_free(&folded);
            if (!ascii) {
                *bytes = n;
                *codepoint = cp;
                return s + at;
            }
        }
        at += (size_t)n;
    }
    return NULL;
}

int lookalike_is_mark(unsigned cp)
{
    return (cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x1AB0 && cp <= 0x1AFF) ||
           (cp >= 0x1DC0 && cp <= 0x1DFF) || (cp >= 0x20D0 && cp <= 0x20FF) ||
           (cp >= 0xFE20 && cp <= 0xFE2F);
}

unsigned lookalike_latin(unsigned cp)
{
    static const unsigned short pairs[][2] = {
        {0x0391, 'A'}, {0x0392, 'B'}, {0x0395, 'E'}, {0x0396, 'Z'}, {0x0397, 'H'},
        {0x0399, 'I'}, {0x039A, 'K'}, {0x039C, 'M'}, {0x039D, 'N'}, {0x039F, 'O'},
        {0x03A1, 'P'}, {0x03A4, 'T'}, {0x03A5, 'Y'}, {0x03A7, 'X'}, {0x03BF, 'o'},
        {0x0405, 'S'}, {0x0406, 'I'}, {0x0408, 'J'}, {0x0410, 'A'}, {0x0412, 'B'},
        {0x0415, 'E'}, {0x041A, 'K'}, {0x041C, 'M'}, {0x041D, 'H'}, {0x041E, 'O'},
        {0x0420, 'P'}, {0x0421, 'C'}, {0x0422, 'T'}, {0x0425, 'X'}, {0x0430, 'a'},
        {0x0435, 'e'}, {0x043E, 'o'}, {0x0440, 'p'}, {0x0441, 'c'}, {0x0443, 'y'},
        {0x0445, 'x'}, {0x0455, 's'}, {0x0456, 'i'}, {0x0458, 'j'}, {0x04BB, 'h'},
        {0x0501, 'd'},
    };
    if (cp < 0x0391 || cp > 0x0501)
        return 0;
    for (size_t k = 0; k < sizeof pairs / sizeof pairs[0]; k++)
        if (pairs[k][0] == cp)
            return pairs[k][1];
    return 0;
}

size_t lookalike_marks_len(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        int len;
        if (!lookalike_is_mark(utf8_decode(s + i, &len)))
            break;
        i += len > 0 ? (size_t)len : 1;
    }
    return i;
}
