/* md_flank.c - where an importer's emphasis mark may stand.
 *
 * A plan's text is Markdown, so `khgen import` writes a Word run in bold,
 * or a .md's "<b>...</b>", as "**...**". CommonMark opens emphasis only at
 * a mark that is "left-flanking" and closes it only at one that is
 * "right-flanking": a mark between a letter and a punctuation character
 * ("a**(x)**b", "xã*"Đồng Hưu"*,") is neither, and prints as the stars
 * typed. Before session 21 both importers wrote the marks around the run
 * as Word held it, and the rebuilt document printed "a**(x)**b" (s21attack
 * H1, H2). Here the punctuation (and the spaces) at either end of an
 * emphasised text goes outside its mark when the character on the other
 * side of the mark is a letter or digit: "a(**x**)b", which CommonMark
 * reads as bold. Whatever the marks still cannot say (two emphasised runs
 * that touch, "**x*****y***") the importer finds by reading its line back
 * (render_same_plain) and writes without the emphasis: the text, never
 * stray stars.
 */
#include "md_flank.h"
#include "unispace.h"
#include "vi.h"

/* The code point of the UTF-8 character at s[0..n) and its length in
 * *len (a byte that starts none: itself, length 1). */
static unsigned decode(const char *s, size_t n, size_t *len)
{
    unsigned cp = 0;
    int bytes = utf8_decode_strict(s, n, &cp);
    if (bytes <= 0) {
        *len = 1;
        return (unsigned char)s[0];
    }
    *len = (size_t)bytes;
    return cp;
}

/* What CommonMark sees beside a mark: 0 a letter or digit (a "word"
 * character), 1 whitespace (unispace.c's), 2 punctuation (ASCII's, Latin-1's signs and
 * quotes, the general punctuation block: dashes, curly quotes, "…"). */
static int kind_of(unsigned cp)
{
    if (unispace_markdown(cp))
        return 1;
    if (cp < 0x80)
        return (cp >= '!' && cp <= '/') || (cp >= ':' && cp <= '@') || (cp >= '[' && cp <= '`') ||
                       (cp >= '{' && cp <= '~')
                   ? 2
                   : 0;
    if ((cp >= 0xA1 && cp <= 0xBF) || cp == 0xD7 || cp == 0xF7 || (cp >= 0x2010 && cp <= 0x2027) ||
        (cp >= 0x2030 && cp <= 0x205E) || (cp >= 0x3001 && cp <= 0x3003) || (cp >= 0x3008 && cp <= 0x3011))
        return 2;
    return 0;
}

int md_flank_word_before(const char *s, size_t at)
{
    if (at == 0)
        return 0;
    size_t start = at - 1;
    while (start > 0 && at - start < 4 && ((unsigned char)s[start] & 0xC0) == 0x80)
        start--;
    size_t len;
    return kind_of(decode(s + start, at - start, &len)) == 0;
}

int md_flank_word_at(const char *s, size_t n)
{
    size_t len;
    return n > 0 && kind_of(decode(s, n, &len)) == 0;
}

size_t md_flank_trim_start(const char *s, size_t n, int word_before)
{
    size_t at = 0;
    while (at < n) {
        size_t len;
        int kind = kind_of(decode(s + at, n - at, &len));
        if (kind == 0 || (kind == 2 && !word_before))
            break;
        at += len; /* a space, or punctuation after a letter: outside */
        word_before = 0;
    }
    return at;
}

size_t md_flank_trim_end(const char *s, size_t n, int word_after)
{
    size_t end = n;
    while (end > 0) {
        size_t start = end - 1;
        while (start > 0 && end - start < 4 && ((unsigned char)s[start] & 0xC0) == 0x80)
            start--;
        size_t len;
        int kind = kind_of(decode(s + start, end - start, &len));
        if (kind == 0 || (kind == 2 && !word_after))
            break;
        end = start;
        word_after = 0;
    }
    return end;
}
