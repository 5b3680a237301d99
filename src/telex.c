/* telex.c - a Vietnamese word typed with Telex's keys and the input
 * method off.
 *
 * Vietnamese is typed on a Latin keyboard through an input method. With
 * Telex, the most used, "Kế hoạch" is the keys "kees hoachj": a vowel
 * doubled for its circumflex (aa, ee, oo), a 'w' after a vowel for its
 * breve or horn (aw, ow, uw), "dd" for đ, and a tone key after the vowel
 * (s acute, f grave, r hook, x tilde, j dot below). With the input method
 * off (a tired drafter, a borrowed computer) the keys stay as typed:
 * "xax" for "xã", "QDD" for "QĐ", and the document prints them (session
 * 37's sweep: a locality of kind "xax" printed "Xax Tân Hiệp" in a group
 * of its own, a basis "Căn cứ QDD số ...", exit 0, no message). The
 * checks of a closed list of words (a locality's kind, KH259; a legal
 * basis's kind, KH161) ask here whether a value is the keys of one of
 * them, to name the word meant. A typed text is compared with the keys of
 * each word, both in one form: lower case, each word's tone key moved to
 * its end (a typist strikes it anywhere after the vowel: "ddinhj",
 * "ddijnh"). VNI's keys, digits after the letters ("xa4" for "xã",
 * s40slip's left-telex-short: a closed list's word is evidence enough for
 * one word), are first rewritten as Telex's. Only letters Telex gives are
 * read; a text of other characters is no Telex. The tone keys are one
 * table here (TELEX_TONE_KEYS, telex_tone_mark, telex_tone_key), which
 * telex_text.c (KH036) and yread_meant.c (a key typed with the input
 * method on) read too. Not a stage: a lookup.
 */
#include "telex.h"

#include <string.h>

#include "util.h"
#include "vi.h"

const char TELEX_TONE_KEYS[] = "sfrxj";
static const unsigned tone_marks[] = {0x301, 0x300, 0x309, 0x303, 0x323};

unsigned telex_tone_mark(char key, int vni)
{
    const char *keys = vni ? "12345" : TELEX_TONE_KEYS;
    const char *k = key ? strchr(keys, vni ? key : key | 0x20) : NULL;
    return k ? tone_marks[k - keys] : 0;
}

char telex_tone_key(unsigned cp)
{
    for (size_t i = 0; i < sizeof tone_marks / sizeof tone_marks[0]; i++)
        if (tone_marks[i] == cp)
            return TELEX_TONE_KEYS[i];
    return 0;
}

static int vowel(int c)
{
    return c && strchr("aeiouy", c) != NULL;
}

/* Appends the Telex keys of word (lower case, each word's tone key last);
 * returns 0 when word holds a character Telex does not type. */
static int put_keys(Buf *out, const char *word)
{
    Buf nfd = {0};
    vi_put_nfd(&nfd, word, strlen(word));
    const char *s = buf_str(&nfd);
    int tone = 0, ok = 1;
    char last = 0;
    while (*s && ok) {
        int n = 1;
        unsigned c = utf8_decode(s, &n);
        s += n > 0 ? n : 1;
        if (c < 0x80 && ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) {
            last = (char)(c | 0x20);
            buf_putc(out, last);
        } else if (c == ' ') {
            if (tone)
                buf_putc(out, (char)tone);
            tone = 0;
            buf_putc(out, ' ');
        } else if (c == 0x110 || c == 0x111) {
            buf_puts(out, "dd");
        } else if (c == 0x302 && (last == 'a' || last == 'e' || last == 'o')) {
            buf_putc(out, last);
        } else if ((c == 0x306 && last == 'a') || (c == 0x31B && (last == 'o' || last == 'u'))) {
            buf_putc(out, 'w');
        } else if (telex_tone_key(c)) {
            tone = telex_tone_key(c);
        } else {
            ok = 0;
        }
    }
    if (tone)
        buf_putc(out, (char)tone);
    buf_free(&nfd);
    return ok;
}

/* Appends typed in the keys' form: lower case, each word's tone keys
 * after its first vowel taken out and the last put at its end; returns 0
 * when typed is not ASCII letters and spaces, or has no tone key and no
 * doubled or 'w' mark (nothing Telex would have changed). */
static int put_typed(Buf *out, const char *typed)
{
    int tone = 0, seen_vowel = 0, marks = 0;
    char prev = 0;
    for (const char *s = typed;; s++) {
        char c = *s >= 'A' && *s <= 'Z' ? (char)(*s | 0x20) : *s;
        if (c == ' ' || !c) {
            if (tone)
                buf_putc(out, (char)tone);
            marks += tone != 0;
            tone = seen_vowel = 0;
            prev = 0;
            if (!c)
                break;
            buf_putc(out, ' ');
            continue;
        }
        if (c < 'a' || c > 'z')
            return 0;
        if (seen_vowel && strchr(TELEX_TONE_KEYS, c)) {
            tone = c;
            continue;
        }
        marks += (c == prev && strchr("aeod", c)) || (c == 'w' && vowel(prev));
        seen_vowel |= vowel(c);
        buf_putc(out, c);
        prev = c;
    }
    return marks > 0;
}

/* Rewrites typed, keys of VNI (digits after the letters: 6 a hat, 7 a
 * horn, 8 a breve, 9 đ, 1-5 a tone), as the Telex keys of the same word
 * into out ("xa4" -> "xax", "Quye61t d9i5nh" -> "Quyeeet ddinhj": the hat
 * doubles the last a, e or o before it); 0 when typed holds no such digit
 * or a digit Telex has no key for there. */
static int vni_as_telex(const char *typed, Buf *out)
{
    int digits = 0;
    size_t word = 0; /* where the word being typed starts in out */
    for (const char *s = typed; *s; s++) {
        char c = *s;
        if (c == ' ')
            word = out->len + 1;
        if (c < '1' || c > '9') {
            buf_putc(out, c);
            continue;
        }
        digits++;
        if (c <= '5') {
            buf_putc(out, TELEX_TONE_KEYS[c - '1']);
            continue;
        }
        const char *set = c == '6' ? "aeoAEO" : c == '9' ? "dD" : c == '8' ? "aA" : "ouOU";
        size_t k = out->len;
        while (k > word && !strchr(set, out->data[k - 1]))
            k--;
        if (k == word)
            return 0;
        char add = c == '6' || c == '9' ? out->data[k - 1] : 'w';
        buf_putc(out, 0); /* room for the key put after the letter */
        memmove(out->data + k + 1, out->data + k, out->len - 1 - k);
        out->data[k] = add;
    }
    return digits > 0;
}

int telex_typed_for(const char *typed, const char *word)
{
    if (!typed || !word || !*typed || strlen(typed) > 64)
        return 0;
    Buf a = {0}, b = {0}, vni = {0};
    if (vni_as_telex(typed, &vni))
        typed = buf_str(&vni);
    int same = put_typed(&a, typed) && put_keys(&b, word) && strcmp(buf_str(&a), buf_str(&b)) == 0;
    buf_free(&a);
    buf_free(&b);
    buf_free(&vni);
    return same;
}

const char *telex_meant(const char *typed, const char *const *words)
{
    for (size_t i = 0; words[i]; i++)
        if (telex_typed_for(typed, words[i]))
            return words[i];
    return NULL;
}
