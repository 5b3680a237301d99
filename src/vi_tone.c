/* vi_tone.c - one key for the two ways of placing a Vietnamese tone mark.
 *
 * Vietnamese writes a syllable's tone on one of its vowels, and two
 * conventions place it differently in "oa", "oe" and "uy": the old style
 * "hoà, khoẻ, thuỷ", the new "hòa, khỏe, thủy". Both are in use, often in
 * one province's files, and a reader takes them for one spelling, while
 * their bytes differ. Comparing names as a reader does (KH257: two units
 * of one name) needs a form in which the two agree and nothing else
 * merges: the text decomposed (vi_put_nfd), each word's tone marks (grave,
 * acute, tilde, hook above, dot below) taken off their vowel and written
 * after the word. The other marks (circumflex, breve, horn) make the
 * letter and stay; a word is a run of letters and marks, and keeps every
 * tone mark it has (an array of eight dropped the ninth on, of a run
 * written without spaces: two names differing there had one key; s18mut).
 * "hòa" and "hóa" (another tone) or "hoa" (none) keep apart. The key is
 * compared, never printed.
 *
 * vi_put_name_key is the one form in which two names of a registry are
 * the same name to a reader (KH257, and `khgen init --include`'s units of
 * a registry): beside the tone's place, the capitals and the dash typed
 * between two words. A merged commune's plan lists the offices of the old
 * communes, typed by three offices: "Văn hoá – Xã hội" (an en dash from
 * Word), "Văn hóa - xã hội" and "Văn hóa - Xã hội" are one office, and
 * were three units without a word (s50merge F2).
 */
#include "vi.h"

#include <string.h>

/* A tone mark: grave, acute, tilde, hook above, dot below. */
static int is_tone_mark(unsigned cp)
{
    return cp == 0x0300 || cp == 0x0301 || cp == 0x0303 || cp == 0x0309 || cp == 0x0323;
}

/* A code point of a word once decomposed: a Latin letter or a mark. */
static int is_word_cp(unsigned cp)
{
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= 0x0300 && cp <= 0x036F) ||
           (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7) || (cp >= 0x1E00 && cp <= 0x1EFF);
}

void vi_put_tone_key(Buf *out, const char *s)
{
    Buf nfd = {0};
    vi_put_nfd(&nfd, s, strlen(s));
    buf_putn(out, "", 0); /* an empty text still gives a valid string */
    Buf tones = {0}; /* the word's tone marks as they stand, every one of them */
    const char *p = buf_str(&nfd);
    for (;;) {
        int used = 1; /* utf8_decode stores 1 to 4 (an invalid byte is one) */
        unsigned cp = *p ? utf8_decode(p, &used) : 0;
        int word = *p && is_word_cp(cp);
        if (word && is_tone_mark(cp)) {
            buf_putn(&tones, p, (size_t)used);
            p += used;
            continue;
        }
        if (!word && tones.len) { /* the word's end: its tone marks after it */
            buf_putn(out, tones.data, tones.len);
            buf_reset(&tones);
        }
        if (!*p)
            break;
        buf_putn(out, p, (size_t)used);
        p += used;
    }
    buf_free(&tones);
    buf_free(&nfd);
}

/* A dash typed between two words: hyphen-minus, hyphen, non-breaking
 * hyphen, figure dash, en dash, em dash, minus sign. */
static int is_dash(unsigned cp)
{
    return cp == '-' || (cp >= 0x2010 && cp <= 0x2014) || cp == 0x2212;
}

void vi_put_name_key(Buf *out, Arena *arena, const char *name)
{
    const char *s = vi_fold_spaces(arena, name);
    Buf dashed = {0}, upper = {0};
    buf_putn(&dashed, "", 0);
    for (const char *p = s; *p;) {
        int used = 1;
        unsigned cp = utf8_decode(p, &used);
        if (!is_dash(cp)) {
            buf_putn(&dashed, p, (size_t)used);
            p += used;
            continue;
        }
        while (dashed.len && dashed.data[dashed.len - 1] == ' ') /* "a - b" is "a-b" */
            dashed.data[--dashed.len] = '\0';
        buf_putc(&dashed, '-');
        for (p += used; *p == ' ';)
            p++;
    }
    vi_put_upper(&upper, buf_str(&dashed));
    vi_put_tone_key(out, buf_str(&upper));
    buf_free(&dashed);
    buf_free(&upper);
}
