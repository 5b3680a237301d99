/* vi_words.c - the spaces between the words of a text, as every word
 * check reads them.
 *
 * A plan pasted from Word holds no-break spaces (U+00A0), and others
 * (U+202F, U+2007, U+3000, ...), where a space belongs: "của\u00A0UBND
 * huyện", "1.\u00A0Cấp xã", "263\u00A0/QĐ-TTg". A check that split words
 * at the ASCII space alone saw one word there and said nothing: "của của"
 * (KH172), a label typed with its text (KH118), a spaced number (KH173), a
 * basis that lost its first words (KH176), a deadline's text (KH319), a
 * list typed in a paragraph (KH125) were all silent (s35attack M7). This
 * file is the one notion of a space the word checks share: a space, tab,
 * line break or carriage return, or any of Unicode's space separators
 * (unispace_separator: U+00A0, U+1680, U+2000-U+200A, U+202F, U+205F,
 * U+3000). What the document prints is the plan's own: these functions
 * only read.
 */
#include "vi.h"

#include <string.h>

#include "unispace.h"

size_t vi_space_len(const char *text)
{
    const unsigned char *s = (const unsigned char *)text;
    if (s[0] == ' ' || s[0] == '\t' || s[0] == '\n' || s[0] == '\r')
        return 1;
    if (s[0] < 0xC2 || s[0] > 0xE3) /* every other space is U+00A0..U+3000 */
        return 0;
    int bytes = 0;
    unsigned cp = utf8_decode(text, &bytes);
    return bytes > 1 && unispace_separator(cp) ? (size_t)bytes : 0;
}

size_t vi_spaces_len(const char *text)
{
    size_t i = 0, n;
    while ((n = vi_space_len(text + i)) > 0)
        i += n;
    return i;
}

size_t vi_space_before(const char *start, const char *at)
{
    for (size_t k = 1; k <= 3 && at - start >= (ptrdiff_t)k; k++)
        if (vi_space_len(at - k) == k)
            return k;
    return 0;
}

size_t vi_next_word(const char *s, size_t *i, const char **start)
{
    *i += vi_spaces_len(s + *i);
    *start = s + *i;
    size_t begin = *i;
    while (s[*i] && vi_space_len(s + *i) == 0)
        (*i)++;
    return *i - begin;
}
