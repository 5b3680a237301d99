/* telex_text.c - a text typed with the Vietnamese input method off, read
 * as the keys it is.
 *
 * Vietnamese is typed through an input method (Unikey, EVKey): with Telex
 * "Kế hoạch" is the keys "kees hoachj", with VNI "ke61 hoa5ch". With the
 * input method off (switched to English by a shortcut struck by mistake,
 * a borrowed computer) the keys stay as typed, and every format printed
 * "Kees hoachj thuwcj hieenj" with exit 0 and no message (s40slip: 47 of
 * 56 such mutants). telex.c answers for one word of a closed list (a
 * kind); this file reads a free text: a word is the keys of a Vietnamese
 * syllable when it is ASCII, no syllable as it stands, and one once its
 * keys are applied (Telex: a doubled vowel for its hat, 'w' for a breve or
 * horn, "dd" for đ, s/f/r/x/j after a vowel for a tone; VNI: the digits
 * 6/7/8/9 for hat, horn, breve and đ, 1-5 for a tone). A text is taken for
 * keys when three such words at least, and nine in ten of its ASCII words
 * that are no syllable as written, read so (not all the same letters:
 * "ma1, ma2, ma3" are ids), one at least typed with a
 * hat, breve, horn, đ, a VNI digit or the Telex tone f or j (English
 * words read as tones s, r, x alone, "Bus, taxi, car", warned: s41attack),
 * or two that are all of them, each typed with a hat, breve, horn, đ or a
 * VNI digit and one with a tone too ("Thuwr nghieemj", "Ke61 hoa5ch";
 * "Been Seen" warned). Words in capitals ("UBND", "HD9ND") and in {...} are
 * not counted, but for a word in capitals of two syllables ("LICENSE",
 * "ADVISED"), which no abbreviation of initials is: English licence lines
 * in capitals warned (s41attack's leftover; s42attack). A hat of a doubled
 * 'e' or 'o' is what English spells too ("Bees Seen Been" warned): three
 * words need a mark English spells rarely (a doubled 'a', 'w', "dd", f, j,
 * a VNI digit, a tone 'r' or 'x' after a final consonant or 's' after
 * "nh"/"ch", an initial "ng"/"nh", a hat inside three vowels: "Tieeu"), or
 * four words. Three words that are all the text's odd words, two of them
 * with a tone on a vowel beside another ("Baos caos quys"), warn with tones
 * alone ("Bus, taxi, car" has one such). Measured (s42attack): 20,000
 * English lines 4 -> 0 warnings (in capitals 49 -> 0); the Telex forms of
 * the repository's Vietnamese lines 1,109 -> 1,111 of 1,920, VNI 1,209 and
 * 1,208 kept, the seeds' 327 lines 294 (Telex), 314 (VNI) kept. "tckh",
 * "Covid" never read as a syllable. Linear in the text. Not a stage: a
 * lookup, pure.
 */
#include "telex.h"

#include <string.h>
#include <strings.h>

#include "legacy.h"
#include "util.h"
#include "vi.h"

enum { WORD_MAX = 12 };

/* One letter of a word being read: its base (as typed, case kept) and the
 * combining marks its keys gave it. */
typedef struct Letter {
    char base;
    unsigned shape; /* U+0302 hat, U+0306 breve, U+031B horn, 0 */
    int dd;         /* đ */
} Letter;

static int is_vowel(char c)
{
    return c && strchr("aeiouyAEIOUY", c) != NULL;
}

/* Where the word's vowels begin: past the 'u' of an initial "qu" and the
 * 'i' of an initial "gi" before a vowel, which are the consonant's
 * ("quys" is "quý", "gias" "giá", not "qúy", "gía": s42attack). */
static size_t vowels_from(const Letter *w, size_t n)
{
    char a = n >= 3 ? (char)(w[0].base | 0x20) : 0, b = n >= 3 ? (char)(w[1].base | 0x20) : 0;
    return (a == 'q' && b == 'u') || (a == 'g' && b == 'i' && is_vowel(w[2].base)) ? 2 : 0;
}

/* The vowel that carries the word's tone: the last with a hat, breve or
 * horn; else the last of the vowels when a consonant follows them, or the
 * one before it ("hoà" is read either way: both are syllables). */
static size_t tone_place(const Letter *w, size_t n)
{
    size_t last = n, first = n, from = vowels_from(w, n);
    for (size_t i = from; i < n; i++)
        if (is_vowel(w[i].base)) {
            if (w[i].shape)
                first = i; /* the marked vowel, the last one met */
            last = i;
        }
    if (first < n)
        return first;
    if (last == n)
        return n;
    if (last + 1 < n || last == from || !is_vowel(w[last - 1].base))
        return last;
    return last - 1;
}

/* 1 if a Telex tone key typed after the k letters w[0..k) follows a
 * final consonant as no English word ends: 'r' or 'x' after any ("Toongr
 * keets", "Tổng kết"), 's' after "nh" or "ch" ("thanhs"; "things", "cats",
 * "maps" end so in English). */
static int after_coda(const Letter *w, size_t k, char key)
{
    if (k < 2 || is_vowel(w[k - 1].base))
        return 0;
    char last = (char)(w[k - 1].base | 0x20), before = (char)(w[k - 2].base | 0x20);
    return key != 's' || (last == 'h' && (before == 'n' || before == 'c'));
}

/* What read_keys found a word's keys to hold. */
enum {
    KEYS_READ = 1,
    KEYS_SHAPED = 2,
    KEYS_TONED = 4,
    KEYS_UNENGLISH = 8,
    KEYS_GLIDE = 16,     /* a tone on a vowel of two or three in a row: "baos", "quys" */
    KEYS_SHAPE_RARE = 32, /* a mark English spells rarely: aa, aw, ow, uw, dd, f, j, VNI */
    KEYS_LONE = 64        /* Telex's alone: 'w', "aa" or "dd" and a second mark ("cuwngs",
                             "phaamr"), or a tone r or x after a final consonant ("sanr"),
                             a tone the last key: English has "how", "lawn", "naan",
                             "chef", "beef", "para", not these; nor a plural
                             ending "ws" ("rows", "laws"), whose 's' follows the 'w' */
};

/* 1 if the word s[0..n) is an English word ending "wns" whose keys read
 * as a syllable ("owns" ớn, "towns" tớn, "downs" dớn, "lawns" lắn), a
 * 's' after the 'w' and a final 'n' (s48review: KH036 warned them alone
 * in a correct plan). They are named: the same letters typed in Telex
 * are Vietnamese words as often ("lowns" lớn, "ngawns" ngắn, "sawns"
 * sắn), which stay Telex's alone. */
static int english_wns(const char *s, size_t n)
{
    static const char *const words[] = {"owns",  "towns", "downs", "gowns",
                                        "lawns", "dawns", "pawns"};
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        if (strlen(words[i]) == n && strncasecmp(s, words[i], n) == 0)
            return 1;
    return 0;
}

/* Reads the ASCII word s[0..n) as Telex (vni 0) or VNI (vni 1) keys into
 * out (NFC), when they give at least one mark; KEYS_READ if so and the
 * result is a Vietnamese syllable, with KEYS_SHAPED if a hat, breve, horn
 * or đ was typed (a VNI digit is one too: "its", "list" read as Telex
 * tones alone), KEYS_TONED if a tone was, KEYS_UNENGLISH if either, or
 * a Telex tone 'f' or 'j', which an English word hardly ends with (its
 * final s, r and x are "bus", "car", "tax"), 0 (out unchanged)
 * otherwise. */
static int read_keys(const char *s, size_t n, int vni, Buf *out)
{
    Letter w[WORD_MAX];
    size_t k = 0;
    unsigned tone = 0;
    int marks = 0, vowel_seen = 0, shaped = vni, unenglish = 0, rare = vni, telex_shape = 0;
    int coda_tone = 0, tone_last = 0; /* the tone the word's last key: "cuwngs", not "para" */
    int plural = 0; /* an 's' tone right after the 'w': English's "rows", "laws", "cows" */
    for (size_t i = 0; i < n; i++) {
        char c = s[i], lc = (char)(c | 0x20);
        unsigned t = telex_tone_mark(c, vni);
        if (t && vowel_seen && (vni || !(i + 1 < n && (s[i + 1] | 0x20) == lc))) {
            if (tone)
                return 0; /* two tones */
            tone = t;
            unenglish |= !vni && (lc == 'f' || lc == 'j');
            rare |= !vni && (lc == 'f' || lc == 'j');
            rare |= !vni && after_coda(w, k, lc); /* "Toongr", "thanhs" */
            coda_tone |= !vni && (lc == 'r' || lc == 'x') && after_coda(w, k, lc);
            tone_last = i + 1 == n;
            plural = !vni && lc == 's' && (s[i - 1] | 0x20) == 'w';
            marks++;
            continue;
        }
        if (vni ? c == '6' : (k && (w[k - 1].base | 0x20) == lc && strchr("aeo", lc) && !w[k - 1].shape)) {
            size_t v = k;
            while (v > 0 && !strchr("aeoAEO", w[v - 1].base))
                v--;
            if (!v || w[v - 1].shape || (!vni && v != k))
                return 0;
            w[v - 1].shape = 0x302;
            marks++;
            shaped = 1;
            rare |= lc == 'a'; /* "ee", "oo": "been", "seen", "soon" */
            telex_shape |= !vni && lc == 'a';
            continue;
        }
        if (vni ? (c == '7' || c == '8') : lc == 'w') {
            size_t v = k;
            while (v > 0 && !is_vowel(w[v - 1].base) && (vni || v == k))
                v--; /* VNI: after the syllable; Telex: after its vowel or coda */
            while (v > 1 && is_vowel(w[v - 1].base) && !strchr("aouAOU", w[v - 1].base))
                v--; /* "nguoiwf": the 'w' of the "uo" before the 'i' */
            char b = v ? (char)(w[v - 1].base | 0x20) : 0;
            if (!v || w[v - 1].shape || !(b == 'a' || b == 'o' || b == 'u') ||
                (vni && (c == '8') != (b == 'a')))
                return 0;
            w[v - 1].shape = b == 'a' ? 0x306 : 0x31B;
            if (b == 'o' && v >= 2 && (w[v - 2].base | 0x20) == 'u' && !w[v - 2].shape)
                w[v - 2].shape = 0x31B; /* "uow": ươ */
            marks++;
            shaped = 1;
            rare = 1;
            telex_shape |= !vni;
            continue;
        }
        if (vni ? c == '9' : (lc == 'd' && k == 1 && (w[0].base | 0x20) == 'd' && !w[0].dd)) {
            if (!k || (w[0].base | 0x20) != 'd' || w[0].dd)
                return 0;
            w[0].dd = 1;
            marks++;
            shaped = 1;
            rare = 1;
            telex_shape |= !vni;
            continue;
        }
        if (!((lc >= 'a' && lc <= 'z')) || k == WORD_MAX)
            return 0;
        w[k++] = (Letter){c, 0, 0};
        vowel_seen |= is_vowel(c);
    }
    if (!marks || !k)
        return 0;
    Buf nfd = {0};
    size_t at = tone ? tone_place(w, k) : k;
    for (size_t i = 0; i < k; i++) {
        if (w[i].dd)
            utf8_put(&nfd, w[i].base == 'D' ? 0x110 : 0x111);
        else
            buf_putc(&nfd, w[i].base);
        if (w[i].shape)
            utf8_put(&nfd, w[i].shape);
        if (i == at)
            utf8_put(&nfd, tone);
    }
    size_t before = out->len;
    vi_put_nfc(out, nfd.data, nfd.len);
    buf_free(&nfd);
    if (k < 2 || (tone && at == k) || !legacy_is_syllable(out->data + before, out->len - before)) {
        out->len = before; /* "A1", "as": one letter is no evidence */
        out->data[before] = '\0';
        return 0;
    }
    rare |= k >= 3 && (w[0].base | 0x20) == 'n' && strchr("ghGH", w[1].base); /* "nghieemj" */
    for (size_t i = 0; i + 2 < k && !rare; i++) /* "Tieeu": three vowels, a hat inside */
        rare = is_vowel(w[i].base) && is_vowel(w[i + 1].base) && is_vowel(w[i + 2].base) &&
               (w[i].shape || w[i + 1].shape || w[i + 2].shape);
    int glide = tone && at < k && ((at > vowels_from(w, k) && is_vowel(w[at - 1].base)) ||
                                   (at + 1 < k && is_vowel(w[at + 1].base)));
    return KEYS_READ | (shaped ? KEYS_SHAPED : 0) | (tone ? KEYS_TONED : 0) |
           (shaped || unenglish ? KEYS_UNENGLISH : 0) | (glide ? KEYS_GLIDE : 0) |
           (rare ? KEYS_SHAPE_RARE : 0) |
           (((telex_shape && marks >= 2) || coda_tone) && (!tone || tone_last) && !plural &&
                    !english_wns(s, n)
                ? KEYS_LONE
                : 0);
}

/* 1 if the word s[0..n) (a word in capitals that no keys read), of five
 * letters or more, has two vowels apart, a consonant between them
 * ("LICENSE", "ADVISED"): two syllables, as no Vietnamese abbreviation of
 * initials ("UBND", "MTTQ", "XDNTM") has. */
static int two_syllables(const char *s, size_t n)
{
    if (n < 5)
        return 0; /* "OCOP", "EVEN": an abbreviation may be read as a word */
    int vowel_then_consonant = 0;
    for (size_t i = 0; i < n; i++) {
        int v = is_vowel(s[i]);
        if (v && vowel_then_consonant)
            return 1;
        if (!v && i > 0 && is_vowel(s[i - 1]))
            vowel_then_consonant = 1;
    }
    return 0;
}

/* 1 if the word s[i..e) stands alone: a blank, a bracket, a quote or
 * the text's edge before it, and after it the same or a ',', ';', ':',
 * '.', '!' or '?' before a blank or the end: not a code's piece ("CT-2",
 * "xa_1", "v1.2", "tieu-chi/3"). */
static int alone(const char *s, size_t len, size_t i, size_t e)
{
    if (i > 0 && !strchr(" \t\n(\"'", s[i - 1]))
        return 0;
    if (e < len && strchr(",;:.!?", s[e]) && s[e])
        e++;
    return e == len || strchr(" \t\n)\"'", s[e]) != NULL;
}

int telex_text_off(const char *s, size_t len, size_t *first, Buf *reading)
{
    int best = 0;
    for (int vni = 0; vni <= 1 && !best; vni++) {
        size_t hits = 0, odd = 0, strong = 0, toned = 0, unenglish = 0, copied = 0;
        size_t rare = 0, glide = 0, unicode = 0, glued = 0, lone = 0, short_odd = 0;
        size_t at = (size_t)-1, stem_len = 0;
        char stem[WORD_MAX + 3]; /* the first such word's letters, small */
        int depth = 0, varied = 0; /* varied: another word's letters differ */
        Buf scratch = {0}, text = {0};
        for (size_t i = 0; i < len;) {
            char c = s[i];
            int letter = ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
            if (!letter) {
                depth += c == '{' ? 1 : c == '}' && depth ? -1 : 0;
                i++;
                continue;
            }
            size_t e = i;
            while (e < len && ((((s[e] | 0x20) >= 'a' && (s[e] | 0x20) <= 'z')) ||
                               (vni && s[e] >= '0' && s[e] <= '9')))
                e++;
            int ascii = e == len || (unsigned char)s[e] < 0x80;
            int before = i == 0 || (unsigned char)s[i - 1] < 0x80;
            size_t caps = 0;
            while (i + caps < e && ((s[i + caps] >= 'A' && s[i + caps] <= 'Z') ||
                                    (s[i + caps] >= '0' && s[i + caps] <= '9')))
                caps++;
            unicode += !depth && !ascii && before; /* "Báo": typed with the method on */
            if (depth || !ascii || !before || e - i < 2 || e - i > WORD_MAX + 2 ||
                legacy_is_syllable(s + i, e - i)) {
                i = e;
                continue;
            }
            buf_reset(&scratch);
            int read = read_keys(s + i, e - i, vni, &scratch);
            /* "UBND": an abbreviation unless it reads; "LICENSE", "ADVISED":
             * a word of two syllables, which no Vietnamese abbreviation and
             * no syllable's keys are (s41attack's licence lines in capitals) */
            int odd_word = read || caps < e - i || two_syllables(s + i, e - i);
            odd += odd_word;
            short_odd += odd_word && !read && e - i <= 2; /* "km", "kg", "m2": a unit */
            if (read) {
                char w[WORD_MAX + 3];
                size_t n = 0;
                for (size_t j = i; j < e; j++)
                    if (s[j] < '0' || s[j] > '9')
                        w[n++] = (char)(s[j] | 0x20);
                if (!hits)
                    memcpy(stem, w, stem_len = n);
                else
                    varied |= n != stem_len || memcmp(w, stem, n) != 0;
                hits++;
                strong += (read & KEYS_SHAPED) != 0;
                toned += (read & KEYS_TONED) != 0;
                unenglish += (read & KEYS_UNENGLISH) != 0;
                rare += (read & KEYS_SHAPE_RARE) != 0;
                glide += (read & KEYS_GLIDE) != 0;
                glued += vni && caps < 2 && alone(s, len, i, e);
                lone += !vni && (read & KEYS_LONE) && caps < 2 && alone(s, len, i, e);
                at = at == (size_t)-1 ? i : at;
                buf_putn(&text, s + copied, i - copied);
                buf_putn(&text, scratch.data, scratch.len);
                copied = e;
            }
            i = e;
        }
        /* three such words, one of them at least typed with a hat, breve,
         * horn, đ, a VNI digit or a Telex 'f' or 'j' (English read as
         * tones s, r, x alone, "Bus, taxi, car", is no evidence:
         * s41attack), or two that are all the text's odd words, each
         * typed with a hat, breve, horn, đ or a VNI digit, and one with a
         * tone too ("Been Seen", "Tee Bee" are English; one word is no
         * evidence: an id "xa1", a word "see"); and not all of the same
         * letters ("ma1, ma2, ma3", "to1 to2 to3": ids numbered, in VNI
         * the tones of one syllable); or one word alone among three typed
         * with the method on, its keys VNI's digits or a mark of Telex's
         * English spells rarely ("kết qua3", "cứng" typed "cuwngs": s46imp,
         * s47user U5), the text's only odd word but units of two letters
         * ("2,5 km") */
        int one = hits == 1 && odd - short_odd == 1 && (vni ? glued : lone) == 1 && unicode >= 3;
        if (one || (hits >= 2 && varied && hits * 10 >= odd * 9 &&
                    ((hits >= 3 && unenglish && (rare || hits >= 4)) ||
                     (hits == odd && strong == hits && toned && (rare || hits == 2)) ||
                     (hits >= 3 && hits == odd && glide >= 2)))) {
            best = one ? (vni ? TELEX_VNI_WORD : TELEX_TELEX_WORD) : vni + 1;
            if (first)
                *first = at;
            if (reading) {
                buf_putn(reading, text.data, text.len);
                buf_putn(reading, s + copied, len - copied);
            }
        }
        buf_free(&scratch);
        buf_free(&text);
    }
    return best;
}
