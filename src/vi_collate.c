/* vi_collate.c - the order of Vietnamese names, as a dictionary gives it.
 *
 * Vietnamese has 29 letters: a ă â b c d đ e ê g h i k l m n o ô ơ p q r s
 * t u ư v x y. The breve, circumflex and horn (and đ's stroke) make a
 * letter of its own, which comes after its base: every word beginning
 * with "d" before any beginning with "đ" ("Dương" before "Đông"), "u"
 * before "ư". The five tone marks do not make a letter: names differing
 * only in tones sort by their letters first, and only then by tone, in
 * the dictionaries' order: none, grave, hook above, tilde, acute, dot
 * below ("a à ả ã á ạ"). A table of localities sorted by name must read
 * as an official's alphabetical list does; the earlier key (every mark
 * dropped, đ made d) put "Đông" before "Dương".
 *
 * vi_put_sort_key writes two keys: the letters (lower case, tones
 * dropped, each letter with a mark that makes it one followed by one or
 * two DEL bytes, which sort after every other ASCII byte and never occur
 * in a plan's text, whose loader refuses DEL), and the tones (a digit per
 * letter). Digits stay digits, so that the caller may compare the first
 * key with numbers in order (catalog_code_cmp: "Tổ 2" before "Tổ 10").
 * No state.
 */
#include "vi.h"

#include <string.h>

/* The weight of a tone mark in the dictionaries' order (0: not one). */
static char tone_weight(unsigned cp)
{
    switch (cp) {
    case 0x0300: return '1'; /* grave: huyền */
    case 0x0309: return '2'; /* hook above: hỏi */
    case 0x0303: return '3'; /* tilde: ngã */
    case 0x0301: return '4'; /* acute: sắc */
    case 0x0323: return '5'; /* dot below: nặng */
    default: return 0;
    }
}

/* How many DEL bytes the mark cp puts after base to make the letter it
 * makes (ă 1, â 2, ê 1, ô 1, ơ 2, ư 1); 0 when the pair is no Vietnamese
 * letter (the mark is then dropped, as every mark was before). */
static int letter_rank(unsigned base, unsigned cp)
{
    if (base == 'a')
        return cp == 0x0306 ? 1 : cp == 0x0302 ? 2 : 0;
    if (base == 'e')
        return cp == 0x0302 ? 1 : 0;
    if (base == 'o')
        return cp == 0x0302 ? 1 : cp == 0x031B ? 2 : 0;
    if (base == 'u')
        return cp == 0x031B ? 1 : 0;
    return 0;
}

void vi_put_sort_key(Buf *letters, Buf *tones, const char *s)
{
    Buf nfd = {0};
    vi_put_nfd(&nfd, s, strlen(s));
    buf_putn(letters, "", 0); /* an empty text still gives valid strings */
    buf_putn(tones, "", 0);
    const char *p = buf_str(&nfd), *end = p + nfd.len;
    unsigned base = 0; /* the letter the marks that follow belong to */
    while (p < end) {
        unsigned cp = (unsigned char)*p;
        int n = cp < 0x80 ? 1 : utf8_decode_strict(p, (size_t)(end - p), &cp);
        if (n == 0) { /* not UTF-8: the byte as it is */
            buf_putn(letters, p, 1);
            p++;
            base = 0;
            continue;
        }
        p += n;
        if (cp >= 0x0300 && cp <= 0x036F) {
            char tone = tone_weight(cp);
            int rank = letter_rank(base, cp);
            if (tone && base && tones->len)
                tones->data[tones->len - 1] = tone;
            for (int i = 0; i < rank; i++)
                buf_putc(letters, '\x7F');
            continue;
        }
        if (cp >= 'A' && cp <= 'Z')
            cp += 'a' - 'A';
        if (cp == 0x0110 || cp == 0x0111) { /* Đ đ: d, then its own rank */
            buf_putc(letters, 'd');
            buf_putc(letters, '\x7F');
            base = 0;
        } else {
            utf8_put(letters, cp);
            base = cp;
        }
        buf_putc(tones, '0');
    }
    buf_free(&nfd);
}
