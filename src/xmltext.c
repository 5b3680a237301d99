/* xmltext.c - escaping for XML 1.0 character data (see xmltext.h).
 *
 * Render stage helper; touches nothing but the output buffer. XML 1.0
 * (section 2.2) allows #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] |
 * [#x10000-#x10FFFF]; everything else is dropped here.
 */
#include "xmltext.h"

#include <string.h>

/* Length of the valid UTF-8 sequence at s (at most n bytes), and its code
 * point in *cp; 0 if the bytes are not UTF-8. */
static size_t utf8_decode(const unsigned char *s, size_t n, unsigned long *cp)
{
    unsigned char c = s[0];
    size_t len;
    unsigned long v;
    if (c < 0x80) {
        *cp = c;
        return 1;
    } else if (c >= 0xC2 && c <= 0xDF) {
        len = 2;
        v = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        v = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        v = c & 0x07;
    } else {
        return 0;
    }
    if (len > n)
        return 0;
    for (size_t i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        v = (v << 6) | (s[i] & 0x3F);
    }
    if ((len == 3 && v < 0x800) || (len == 4 && (v < 0x10000 || v > 0x10FFFF)))
        return 0; /* overlong or out of range */
    *cp = v;
    return len;
}

static int xml_allowed(unsigned long cp)
{
    if (cp < 0x20)
        return cp == 0x9 || cp == 0xA || cp == 0xD;
    if (cp >= 0xD800 && cp <= 0xDFFF)
        return 0;
    return cp != 0xFFFE && cp != 0xFFFF;
}

void xml_put_escaped(Buf *out, const char *text, size_t len, size_t *dropped)
{
    const unsigned char *s = (const unsigned char *)text;
    size_t i = 0;
    while (i < len) {
        /* a run of printable ASCII needing no entity is copied at once */
        size_t run = i;
        while (run < len && s[run] >= 0x20 && s[run] < 0x7F && s[run] != '&' && s[run] != '<' &&
               s[run] != '>' && s[run] != '"')
            run++;
        if (run > i) {
            buf_putn(out, text + i, run - i);
            i = run;
            continue;
        }
        unsigned long cp;
        size_t n = utf8_decode(s + i, len - i, &cp);
        if (n == 0 || !xml_allowed(cp)) {
            if (dropped)
                (*dropped)++;
            i += n ? n : 1;
            continue;
        }
        switch (cp) {
        case '&': buf_puts(out, "&amp;"); break;
        case '<': buf_puts(out, "&lt;"); break;
        case '>': buf_puts(out, "&gt;"); break;
        case '"': buf_puts(out, "&quot;"); break;
        default: buf_putn(out, text + i, n);
        }
        i += n;
    }
}

void xml_puts(Buf *out, const char *text, size_t *dropped)
{
    if (text)
        xml_put_escaped(out, text, strlen(text), dropped);
}
