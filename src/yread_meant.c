/* yread_meant.c - a key of the plan language typed otherwise than meant,
 * told once and read as meant.
 *
 * A plan edited outside a text editor comes back with keys that are the
 * language's own written another way, and each such key cost more than
 * its own message: its value was lost, and every stage told what the
 * loss cost (s39slip, s40slip). Three ways are known:
 *   - AutoCorrect's "Capitalize first letter of sentences" (Word, an
 *     e-mail program) makes a capital of each line's first letter:
 *     "Lead:", "Tasks:", "- Section:" (38-41 lines of KH101 for a file);
 *   - a phone's or a web editor's wrapping leaves an invisible soft hyphen
 *     (U+00AD) or zero-width space, non-joiner, joiner or word joiner
 *     inside a word: "dat\u200Ca:" lost a locality's data, and the
 *     figures over it warned (KH506, KH500);
 *   - a key typed with the Vietnamese input method on: Unikey's Telex
 *     makes a mark of a key's letters ("préet" for "preset": the 's'
 *     after the 'e' is its acute; "tásk" for "tasks"; "lêad"), and the
 *     attachment lost its preset (KH602, KH606 at each column).
 * Each is one error at the key (the caller's code: KH101 in a plan), and
 * the key is renamed to the one meant when the mapping has no such key.
 * The capital's message names neither key nor mapping, so the sink folds
 * a file's capitals into one message with their count and places.
 * Called by yread.c's yread_check_keys and by parse.c for a body entry,
 * whose kind is read before its keys are checked. Reads and renames keys
 * of the tree; owns nothing. */
#include "yread.h"

#include <string.h>

#include "i18n.h"
#include "telex.h"
#include "vi.h"

/* The index in allowed of the key that key is with its first letter a
 * capital ("Lead" for "lead"), or n_allowed. */
static size_t capital(const char *key, const char *const *allowed, size_t n_allowed)
{
    size_t k = 0;
    if (key[0] >= 'A' && key[0] <= 'Z')
        while (k < n_allowed && (allowed[k][0] != key[0] - 'A' + 'a' ||
                                 strcmp(allowed[k] + 1, key + 1) != 0))
            k++;
    return key[0] >= 'A' && key[0] <= 'Z' ? k : n_allowed;
}

/* 1 for a character that shows as nothing: a soft hyphen, a zero-width
 * space, non-joiner or joiner, a word joiner, a zero-width no-break
 * space. */
static int invisible(unsigned cp)
{
    return cp == 0xAD || (cp >= 0x200B && cp <= 0x200D) || cp == 0x2060 || cp == 0xFEFF;
}

static size_t find(const char *s, size_t n, const char *const *allowed, size_t n_allowed)
{
    size_t k = 0;
    while (k < n_allowed && (n == 0 || allowed[k][0] != s[0] || strlen(allowed[k]) != n ||
                             memcmp(allowed[k], s, n) != 0))
        k++;
    return k;
}

/* 1 when no key of allowed begins with the ASCII byte key begins with:
 * each reading of key that with_invisible and with_ime try begins with
 * it too (the marks and invisible characters they take out or put back
 * come after a letter), so none is a key. Their decoding is skipped: it
 * was a fifth of a check of 400,000 unknown keys in Vietnamese (s41scale). */
static int no_key_begins_so(const char *key, const char *const *allowed, size_t n_allowed)
{
    if ((unsigned char)key[0] >= 0x80)
        return 0;
    for (size_t k = 0; k < n_allowed; k++)
        if (allowed[k][0] == key[0])
            return 0;
    return 1;
}

/* The index in allowed of the key that key is with its invisible
 * characters taken out, or n_allowed; *cp the first of them. */
static size_t with_invisible(const char *key, const char *const *allowed, size_t n_allowed,
                             unsigned *cp)
{
    char out[64];
    size_t n = 0;
    *cp = 0;
    for (const char *s = key; *s;) {
        int step = 1;
        unsigned c = utf8_decode(s, &step);
        if (invisible(c)) {
            *cp = *cp ? *cp : c;
        } else {
            if (n + (size_t)step >= sizeof out)
                return n_allowed;
            memcpy(out + n, s, (size_t)step);
            n += (size_t)step;
        }
        s += step;
    }
    return *cp ? find(out, n, allowed, n_allowed) : n_allowed;
}

/* 1 if cp is a typographic quote mark: “ ” ‘ ’ „ « » (Word's AutoFormat,
 * a phone's keyboard, a French keyboard). */
static int curly_quote(unsigned cp)
{
    return cp == 0x201C || cp == 0x201D || cp == 0x2018 || cp == 0x2019 || cp == 0x201E ||
           cp == 0xAB || cp == 0xBB;
}

/* The index in allowed of the key that key is inside a pair of
 * typographic quotes (`“due”: x`), or n_allowed; *cp the first quote. */
static size_t in_curly_quotes(const char *key, size_t len, const char *const *allowed,
                              size_t n_allowed, unsigned *cp)
{
    int open = 1;
    *cp = utf8_decode(key, &open);
    if (!curly_quote(*cp) || len <= (size_t)open)
        return n_allowed;
    size_t end = len; /* the closing quote: the last character */
    while (end > (size_t)open && ((unsigned char)key[end - 1] & 0xC0) == 0x80)
        end--;
    int close = 1;
    if (end <= (size_t)open || !curly_quote(utf8_decode(key + end - 1, &close)))
        return n_allowed;
    return find(key + open, end - 1 - (size_t)open, allowed, n_allowed);
}

/* The index in allowed of the key that key, holding Vietnamese letters,
 * was typed as with a Vietnamese input method on, or n_allowed: its marks
 * taken off ("lêad" for "lead"), or its Telex keys put back, the tone's
 * key at some place after its vowel ("préet" for "preset", "tásk" for
 * "tasks"), a hat's as the letter doubled ("ee") and a breve's or horn's
 * as 'w'. Keys are ASCII and short: at most one tone is tried. */
static size_t with_ime(const char *key, const char *const *allowed, size_t n_allowed)
{
    Buf nfd = {0};
    vi_put_nfd(&nfd, key, strlen(key));
    char bare[64], telex[72];
    size_t nb = 0, nt = 0, tone_after = 0, found = n_allowed;
    char tone = 0;
    int marked = 0;
    for (size_t i = 0; i < nfd.len && nt + 2 < sizeof telex - 1 && nb < sizeof bare;) {
        int step = 1;
        unsigned c = utf8_decode(nfd.data + i, &step);
        i += (size_t)step;
        if (c < 0x80) {
            bare[nb++] = (char)c;
            telex[nt++] = (char)c;
        } else if (c == 0x111 || c == 0x110) { /* đ: "dd" */
            bare[nb++] = 'd';
            telex[nt++] = 'd';
            telex[nt++] = 'd';
            marked = 1;
        } else if (c == 0x302 && nt) { /* the hat: the letter again */
            telex[nt] = telex[nt - 1];
            nt++;
            marked = 1;
        } else if ((c == 0x306 || c == 0x31B) && nt) { /* breve, horn: 'w' */
            telex[nt++] = 'w';
            marked = 1;
        } else if (telex_tone_key(c) && !tone) {
            tone = telex_tone_key(c);
            tone_after = nt;
            marked = 1;
        } else {
            buf_free(&nfd);
            return n_allowed; /* a letter no Telex key makes: not this slip */
        }
    }
    buf_free(&nfd);
    if (!marked)
        return n_allowed;
    found = find(bare, nb, allowed, n_allowed);
    if (found == n_allowed && !tone)
        found = find(telex, nt, allowed, n_allowed);
    for (size_t at = tone_after; tone && found == n_allowed && at <= nt; at++) {
        char typed[80];
        memcpy(typed, telex, at);
        typed[at] = tone;
        memcpy(typed + at + 1, telex + at, nt - at);
        found = find(typed, nt + 1, allowed, n_allowed);
    }
    return found;
}

int yread_meant_key(DiagSink *diags, const YNode *map, size_t i, const char *const *allowed,
                    size_t n_allowed, DiagId code, const char *what)
{
    YNode *key = map->keys[i];
    unsigned cp = 0;
    size_t k = capital(key->text, allowed, n_allowed);
    if (k < n_allowed) {
        diag_error(diags, key->pos, yread_span(key), code,
                   "unknown key: its first letter is a capital, and a plan's keys are in lower "
                   "case (AutoCorrect's \"Capitalize first letter of sentences\", in Word or an "
                   "e-mail program, makes a capital of each line's first letter); write the key "
                   "in lower case, and turn that correction off before the file is edited there "
                   "again");
    } else if (key->len >= 64 ||
               strspn(key->text, "abcdefghijklmnopqrstuvwxyz_0123456789") == key->len ||
               no_key_begins_so(key->text, allowed, n_allowed)) {
        return 0; /* ASCII: a misspelling (the caller's "did you mean") */
    } else if ((k = with_invisible(key->text, allowed, n_allowed, &cp)) < n_allowed) {
        diag_error(diags, key->pos, yread_span(key), code,
                   "unknown key '%s' in %s: it is '%s' with an invisible U+%04X inside it (a soft "
                   "hyphen or zero-width space that a phone's or a web editor's line wrapping "
                   "puts in words), which YAML reads as part of the key; delete it",
                   key->text, _(what), allowed[k], cp);
        if (key->pos.file) /* said here: not KH020 at the character too */
            diag_suppress_span(diags, "KH020", key->pos.file, key->pos.line, key->pos.col,
                               key->end.line, key->end.col);
    } else if ((k = in_curly_quotes(key->text, key->len, allowed, n_allowed, &cp)) < n_allowed) {
        /* `“due”: x`: named as KH029 names them around a value (s41slip) */
        diag_error(diags, key->pos, yread_span(key), code,
                   "unknown key '%s' in %s: it is '%s' in typographic quotes (U+%04X), which "
                   "YAML does not read as quotes (Word's AutoFormat, or a phone's keyboard, "
                   "turns \" into “ ”); write the key without them, '%s:'",
                   key->text, _(what), allowed[k], cp, allowed[k]);
    } else if ((k = with_ime(key->text, allowed, n_allowed)) < n_allowed) {
        diag_error(diags, key->pos, yread_span(key), code,
                   "unknown key '%s' in %s: it is '%s' typed with the Vietnamese input method on "
                   "(Telex or VNI made a mark of its letters); turn it off to type keys ('E' in "
                   "Unikey), and write '%s'",
                   key->text, _(what), allowed[k], allowed[k]);
    } else {
        return 0;
    }
    /* read as meant: what it holds is checked; but 'include:' and 'import:'
     * are read by the include stage (include.c) before any key is checked,
     * from the key as written: "Include:" renamed here would be a registry
     * never read, and each of its ids an error (s38review M3); left as
     * written, the parser counts its registries lost (parse_read.c) */
    if (!ynode_get(map, allowed[k]) && strcmp(allowed[k], "include") != 0 &&
        strcmp(allowed[k], "import") != 0) {
        key->text = allowed[k];
        key->len = strlen(allowed[k]);
        if (map->key_bits) /* the mapping's summary of its keys (load.h) */
            ((YNode *)map)->key_bits |= (uint16_t)ynode_key_bit(key->text, key->len);
    }
    return 1;
}

int yread_meant_keys(DiagSink *diags, const YNode *map, const char *const *allowed, DiagId code,
                     const char *what)
{
    size_t n_allowed = 0;
    int n = 0;
    while (allowed[n_allowed])
        n_allowed++;
    for (size_t i = 0; i < map->count; i++)
        if (find(map->keys[i]->text, map->keys[i]->len, allowed, n_allowed) == n_allowed)
            n += yread_meant_key(diags, map, i, allowed, n_allowed, code, what);
    return n;
}
