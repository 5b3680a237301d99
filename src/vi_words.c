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
 * only read. vi_fold_spaces, the fold that compares two names or labels
 * as they print (its invisible characters dropped too), is here as well.
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

/* The bytes of the invisible character at s (zero-width, KH020's, not a
 * private-use one; or a bidirectional control), 0 if none. */
static size_t invisible_len(const char *s)
{
    int n = 0;
    unsigned cp = (unsigned char)*s >= 0xC2 ? utf8_decode(s, &n) : 0;
    return (unispace_hidden(cp) && !unispace_private_use(cp)) || unispace_bidi_control(cp)
               ? (size_t)n : 0;
}

const char *vi_fold_spaces(Arena *arena, const char *s)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    int folded = 1; /* no space but single ASCII ones between words */
    for (; u[i] && folded; i++)
        folded = u[i] != 0xC2 && u[i] != 0xE2 && u[i] != 0xE3 && u[i] != '\t' && u[i] != '\n' &&
                 u[i] != '\r' && !(u[i] == ' ' && (i == 0 || u[i + 1] == ' ' || !u[i + 1])) &&
                 !invisible_len(s + i);
    if (folded)
        return s;
    Buf out = {0};
    int gap = 0;
    buf_putn(&out, "", 0);
    for (i = 0; u[i];) {
        size_t n = vi_space_len((const char *)u + i), hidden = invisible_len(s + i);
        if (n || hidden) { /* an invisible character is no gap, nor ends one */
            gap = n ? out.len > 0 : gap;
            i += n + hidden;
            continue;
        }
        if (gap)
            buf_putc(&out, ' ');
        gap = 0;
        buf_putc(&out, (char)u[i++]);
    }
    const char *r = arena_strndup(arena, out.data, out.len);
    buf_free(&out);
    return r;
}

int vi_word_byte(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}
