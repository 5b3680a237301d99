/* diff_visible.c - `khgen diff`: a change in what does not show, named.
 *
 * A plan copied from Word holds characters that print as a plain space or
 * as nothing: a no-break space (U+00A0, Word's Ctrl+Shift+Space, the blanks
 * of "Số:      /KH-UBND"), a narrow one (U+202F), a soft hyphen (U+00AD,
 * shown only where a line breaks), a zero-width space or joiner. A change
 * between one of them and a space is a change of the document - a no-break
 * space keeps two words on one line, the .md and the HTML keep a run of
 * them where spaces collapse, a soft hyphen lets a word break - so diff
 * reports it; but printed as they are, the two sides looked alike: "Tham
 * [-mưu phân-]{+mưu phân+} bổ" (the twelfth attack, L5). In a deleted or
 * an inserted run such characters are written as their names, in
 * Vietnamese as the rest of the diff ("‹dấu cách không ngắt›"), and so are
 * plain spaces and line breaks when the run holds nothing else ("[-‹dấu
 * cách›-]{+‹dấu cách không ngắt›+}"), a run of one of them as one name
 * and its count ("‹6 dấu cách›"). Text that is the same on both sides
 * is printed as it is, but for the bidirectional controls (U+202E, U+2066,
 * U+200E, ...): printed, they print nothing and reverse the text after
 * them, so that "Chi [-100-]{+001+}" with 001 written after a U+202E
 * showed "{+100+}", a change of the sum that read as none (s21attack M2);
 * they are named wherever they stand, KH020's warning aside.
 */
#include <stdio.h>
#include <string.h>

#include "diff_impl.h"
#include "unispace.h"

/* The name of the character at s (UTF-8, n bytes left; *len its length)
 * when it is one that shows as a space or not at all, else NULL. Plain
 * spaces and line breaks only when `blank` (the run holds nothing else). */
static const char *invisible(const unsigned char *s, size_t n, int blank, int same, size_t *len,
                             char other[48])
{
    *len = 1;
    if (same) { /* only what reorders the text after it */
        unsigned cp = 0;
        if (n >= 2 && s[0] == 0xD8 && s[1] == 0x9C)
            cp = 0x061C, *len = 2;
        else if (n >= 3 && s[0] == 0xE2 && s[1] == 0x80 &&
                 (s[2] == 0x8E || s[2] == 0x8F || (s[2] >= 0xAA && s[2] <= 0xAE)))
            cp = 0x2000 + (s[2] & 0x3F), *len = 3; /* U+200E, U+200F, U+202A-U+202E */
        else if (n >= 3 && s[0] == 0xE2 && s[1] == 0x81 && s[2] >= 0xA6 && s[2] <= 0xA9)
            cp = 0x2040 + (s[2] & 0x3F), *len = 3; /* U+2066-U+2069 */
        if (!cp) {
            *len = 1;
            return NULL;
        }
        snprintf(other, 48, "ký tự điều khiển hướng U+%04X", cp);
        return other;
    }
    if (*s == ' ' || *s == '\n')
        return blank ? (*s == ' ' ? "dấu cách" : "xuống dòng") : NULL;
    if (*s == '\t')
        return "dấu tab";
    unsigned cp = 0;
    if (n >= 2 && (s[0] & 0xE0) == 0xC0) {
        cp = (unsigned)(s[0] & 0x1F) << 6 | (s[1] & 0x3F);
        *len = 2;
    } else if (n >= 3 && (s[0] & 0xF0) == 0xE0) {
        cp = (unsigned)(s[0] & 0x0F) << 12 | (unsigned)(s[1] & 0x3F) << 6 | (s[2] & 0x3F);
        *len = 3;
    } else if (n >= 4 && (s[0] & 0xF8) == 0xF0) { /* the tag characters U+E0000-U+E007F */
        cp = (unsigned)(s[0] & 0x07) << 18 | (unsigned)(s[1] & 0x3F) << 12 |
             (unsigned)(s[2] & 0x3F) << 6 | (s[3] & 0x3F);
        *len = 4;
    }
    switch (cp) {
    case 0x00A0: return "dấu cách không ngắt";
    case 0x202F: return "dấu cách hẹp không ngắt";
    case 0x00AD: return "gạch nối mềm";
    case 0x200B: return "dấu cách độ rộng 0";
    default: break;
    }
    if ((cp >= 0x2000 && cp <= 0x200A) || cp == 0x3000 || cp == 0x205F || cp == 0x1680) {
        snprintf(other, 48, "dấu cách U+%04X", cp);
        return other;
    }
    if (unispace_hidden(cp) || cp == 0xFEFF || cp == 0x034F) {
        snprintf(other, 48, "ký tự vô hình U+%04X", cp);
        return other;
    }
    if (unispace_bidi_control(cp)) {
        snprintf(other, 48, "ký tự điều khiển hướng U+%04X", cp);
        return other;
    }
    *len = 1;
    return NULL;
}

int diff_visible(const char *s, size_t n, int same, Buf *out)
{
    const unsigned char *u = (const unsigned char *)s;
    int blank = !same, any = 0;
    char other[48];
    for (size_t i = 0, len; i < n && blank; i += len)
        if (!invisible(u + i, n - i, 1, 0, &len, other))
            blank = 0;
    for (size_t i = 0, len; i < n && !any; i += len)
        any = invisible(u + i, n - i, blank, same, &len, other) != NULL;
    if (!any)
        return 0;
    for (size_t i = 0, len; i < n; i += len) {
        const char *name = invisible(u + i, n - i, blank, same, &len, other);
        if (!name) {
            buf_putn(out, s + i, len);
            continue;
        }
        /* a run of one character is one mark and its count: a day blanked
         * in a date, six spaces, "‹6 dấu cách›", not six marks (s31user) */
        size_t count = 1, next;
        while (i + (count + 1) * len <= n && memcmp(u + i + count * len, u + i, len) == 0 &&
               invisible(u + i + count * len, n - i - count * len, blank, same, &next, other) &&
               next == len)
            count++;
        name = invisible(u + i, n - i, blank, same, &len, other); /* other reused above */
        if (count > 1)
            buf_printf(out, "\xE2\x80\xB9%zu %s\xE2\x80\xBA", count, name); /* ‹6 name› */
        else
            buf_printf(out, "\xE2\x80\xB9%s\xE2\x80\xBA", name); /* ‹name› */
        len *= count;
    }
    return 1;
}
