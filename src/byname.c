/* byname.c - the registry entry an unknown id names by its printed name.
 *
 * A drafter who reads a plan as the document it prints writes a unit's
 * name where its id goes ("lead: Phòng Tài chính - Kế hoạch" for "lead:
 * tckh"), a locality's ("{loc Đồng Hưu}" for "{loc dong-huu}"). The id
 * checks (plan.c's plan_resolve_id and plan_unknown_id_message, inline.c's
 * references) ask here whether an unknown id is such a name, so that the
 * error names the id to write instead of calling each word of the name an
 * unknown id. Names are compared folded as the hints compare them (case
 * and diacritics ignored, suggest.c); a unit also by its short name, a
 * locality by its kind and name ("xã Đồng Hưu"), an attachment by its
 * label (plan.c gives the fields of each registry). Only ids that are
 * errors are looked up; each search draws on the hints' budget of
 * comparisons (suggest_take), only a name with as many
 * characters as the text is folded, and a run measures at most 2 MB of
 * names and folds half a million bytes of them, so thousands of wrong ids
 * cost no more than their "did you mean" hints.
 *
 * A name cut short, its first words only ("Phòng Kinh tế" for "Phòng
 * Kinh tế, Hạ tầng và Đô thị"), names the one unit whose name begins so
 * (byname_begins; s48user F3: it was told to write [Phòng, Kinh, tế]).
 *
 * An id is also often its unit's initials ("pnv" for Phòng Nội vụ huyện,
 * the level word "huyện" left out). When a shared unit is renamed (`pnv`
 * becomes `noi-vu`, its name kept) the nearest id by spelling is another
 * unit's ("nv", the commune's own Công chức Văn hoá - Xã hội), and the hint
 * assigned the task to the wrong unit (s18user L1): byname_initials finds
 * the one unit whose name the id abbreviates, and plan.c names it first.
 *
 * Not a stage: a lookup the stages' id checks share.
 */
#include "byname.h"

#include <string.h>

#include "suggest.h"
#include "util.h"
#include "vi.h"

/* names longer than this are no name a drafter typed for an id */
#define BYNAME_MAX_BYTES 1024

/* bytes of candidates' names left to fold in this process's searches: a
 * fold costs an allocation and a pass, and 3,000 names written for ids
 * against 3,000 units of the same length took 0.6 s on the comparisons'
 * budget alone */
static size_t fold_bytes_left = 500000;
/* and bytes of names left to measure (their characters counted): 3,000
 * names of 500 bytes took 0.8 s */
static size_t scan_bytes_left = 2000000;

/* The end of the run of spaces (and, with hyphens, of hyphens) at s[i]
 * (of a text of len bytes; i itself when s[i] is none), *dash 1 when the
 * run holds a hyphen or stands beside one. A name's words are compared,
 * not what stands between them: "Tài chính - Kế hoạch" is written "Tài
 * chính-Kế hoạch" as often, the spaces lost (s21attack L3), and "Tài
 * chính Kế hoạch", the dash lost too (s22low). A text that holds a hyphen
 * keeps it in its key, the spaces beside it dropped ("đong-hưu" is an id
 * typed with marks, not the name "Đồng Hưu"); one without a hyphen is
 * compared with names whose hyphens are spaces. The callers step over a
 * run at once, so they are linear. */
static size_t separator_run(const char *s, size_t i, size_t len, int hyphens, int *dash)
{
    size_t end = i;
    while (end < len && (s[end] == ' ' || (hyphens && s[end] == '-')))
        end++;
    *dash = 0;
    for (size_t k = i; k < end && hyphens; k++)
        *dash |= s[k] == '-';
    *dash |= end > i && ((i > 0 && s[i - 1] == '-') || (end < len && s[end] == '-'));
    return end;
}

/* What a run of separators s[i..end) is in a key: "" (spaces beside a
 * hyphen the key keeps), "-" or " ". */
static const char *run_key(int hyphens, int dash)
{
    return hyphens ? " " : dash ? "" : " ";
}

/* The code points of s[0..len)'s key (key_of). */
static size_t key_chars(const char *s, size_t len, int hyphens)
{
    size_t chars = utf8_count(s, len);
    for (size_t i = 0; i < len;) {
        int dash;
        size_t end = separator_run(s, i, len, hyphens, &dash);
        if (end > i)
            chars -= end - i - strlen(run_key(hyphens, dash));
        i = end > i ? end : i + 1;
    }
    return chars;
}

/* Makes b a name's key: with hyphens (a text without one), each run of
 * spaces and hyphens one space; without, each run of spaces one space, or
 * none beside a hyphen. */
static void key_of(Buf *b, int hyphens)
{
    if (!b->data)
        return;
    Buf kept = {0};
    for (size_t i = 0; i < b->len;) {
        int dash;
        size_t end = separator_run(b->data, i, b->len, hyphens, &dash);
        if (end == i) {
            buf_putc(&kept, b->data[i++]);
        } else {
            buf_puts(&kept, run_key(hyphens, dash));
            i = end;
        }
    }
    buf_reset(b);
    buf_putn(b, kept.data ? kept.data : "", kept.len);
    buf_free(&kept);
}

/* Whether the folded want (of want_chars code points, a name's key,
 * key_of) equals a folded name (kind, when given, and a space
 * before it) read so: folding keeps one code point for each of a text in
 * NFC, so only a name of as many is folded. scratch is reused. */
static int same_name(Buf *scratch, const char *want, size_t want_chars, const char *kind,
                     const char *name, int hyphens)
{
    if (!name || !*name)
        return 0;
    size_t bytes = strlen(name), kind_bytes = kind ? strlen(kind) : 0;
    if (scan_bytes_left < bytes + kind_bytes)
        return 0;
    scan_bytes_left -= bytes + kind_bytes;
    size_t chars = key_chars(name, bytes, hyphens);
    if (kind_bytes)
        chars += utf8_count(kind, kind_bytes) + 1;
    if (chars != want_chars || fold_bytes_left < bytes + kind_bytes)
        return 0;
    fold_bytes_left -= bytes + kind_bytes;
    buf_reset(scratch);
    if (kind && *kind) {
        vi_put_folded(scratch, kind);
        buf_putc(scratch, ' ');
    }
    vi_put_folded(scratch, name);
    key_of(scratch, hyphens);
    return strcmp(buf_str(scratch), want) == 0;
}

static const char *field(const void *entry, size_t offset)
{
    return offset == BYNAME_NONE ? NULL : *(const char *const *)((const char *)entry + offset);
}

/* Whether the folded w (of n code points) is a printed name of entry. */
static int entry_named(const void *entry, const ByNameFields *fields, const char *w, size_t n,
                       Buf *scratch)
{
    const char *name = field(entry, fields->name);
    int hyphens = !strchr(w, '-'); /* the dash lost: a name's hyphens are spaces */
    return same_name(scratch, w, n, NULL, name, hyphens) ||
           same_name(scratch, w, n, NULL, field(entry, fields->alt), hyphens) ||
           (fields->kind != BYNAME_NONE &&
            same_name(scratch, w, n, field(entry, fields->kind), name, hyphens));
}

/* text folded into want; 0 when it is empty or too long to be a name */
static int fold_text(Buf *want, const char *text)
{
    if (!text || strlen(text) > BYNAME_MAX_BYTES)
        return 0;
    vi_put_folded(want, text);
    key_of(want, !strchr(text, '-'));
    return want->len > 0;
}

const char *byname_find(const char *text, const void *base, size_t count, size_t stride,
                        const ByNameFields *fields)
{
    Buf want = {0}, scratch = {0};
    const char *found = NULL;
    if (count && text && strlen(text) <= BYNAME_MAX_BYTES && suggest_take(count) &&
        fold_text(&want, text)) {
        size_t chars = utf8_count(want.data, want.len);
        for (size_t i = 0; i < count && !found; i++) {
            const void *entry = (const char *)base + i * stride;
            if (entry_named(entry, fields, buf_str(&want), chars, &scratch))
                found = field(entry, fields->id);
        }
    }
    buf_free(&want);
    buf_free(&scratch);
    return found;
}

int byname_is(const char *text, const void *entry, const ByNameFields *fields)
{
    Buf want = {0}, scratch = {0};
    int named = entry && fold_text(&want, text) &&
                entry_named(entry, fields, buf_str(&want), utf8_count(want.data, want.len),
                            &scratch);
    buf_free(&want);
    buf_free(&scratch);
    return named;
}

/* words a unit's name may end with that its id's initials leave out:
 * the level of government it belongs to ("Phòng Nội vụ huyện": pnv) */
static int level_word(const char *w, size_t n)
{
    static const char *const words[] = {"huyen", "xa", "tinh", "phuong", "quan", "thi", "tran",
                                        "thanh", "pho"};
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        if (strlen(words[i]) == n && memcmp(words[i], w, n) == 0)
            return 1;
    return 0;
}

/* The words of a name, as initials_are counts them (at most 64): the
 * runs of bytes between spaces and hyphens. */
static size_t words_in(const char *name)
{
    size_t n = 0;
    for (const char *s = name; *s && n < 64; n++) {
        s += strspn(s, " -");
        if (!*s)
            break;
        s += strcspn(s, " -");
    }
    return n;
}

/* Whether id is the initials of the folded name: the first letter or digit
 * of each of its words (a "-" between words is no word), its last words
 * left out only when they are level words. */
static int initials_are(const char *id, size_t id_len, const char *folded)
{
    size_t matched = 0;
    const char *s = folded;
    while (*s) {
        while (*s && !((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9')))
            s++;
        if (!*s)
            break;
        const char *word = s;
        while ((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9'))
            s++;
        if (matched < id_len && *word == id[matched])
            matched++;
        else if (matched < id_len || !level_word(word, (size_t)(s - word)))
            return 0;
    }
    return matched == id_len;
}

const char *byname_initials(const char *id, const void *base, size_t count, size_t stride,
                            const ByNameFields *fields)
{
    size_t id_len = id ? strlen(id) : 0;
    if (id_len < 2 || id_len > 12 || !count || !suggest_take(count))
        return NULL;
    for (size_t i = 0; i < id_len; i++)
        if (!((id[i] >= 'a' && id[i] <= 'z') || (id[i] >= '0' && id[i] <= '9')))
            return NULL; /* "noi-vu", "Pnv": no initials */
    Buf scratch = {0};
    const char *found = NULL;
    int matches = 0;
    for (size_t i = 0; i < count && matches < 2; i++) {
        const void *entry = (const char *)base + i * stride;
        const char *name = field(entry, fields->name);
        size_t bytes = name ? strlen(name) : 0;
        if (!bytes || bytes > BYNAME_MAX_BYTES || fold_bytes_left < bytes ||
            words_in(name) < id_len)
            continue; /* fewer words than letters: folded for nothing */
        fold_bytes_left -= bytes;
        buf_reset(&scratch);
        vi_put_folded(&scratch, name);
        if (initials_are(id, id_len, buf_str(&scratch)) && ++matches == 1)
            found = field(entry, fields->id);
    }
    buf_free(&scratch);
    return matches == 1 ? found : NULL; /* two units abbreviate alike: no guess */
}

/* Whether the folded name's key begins with the folded want's, ending
 * there at a word's end (a space, ',', '-' or the end; "phong kinh te"
 * begins "phong kinh te, ha tang va do thi", not "phong kinh tem"). */
static int begins_words(const char *name, const char *want)
{
    size_t n = strlen(want);
    if (strncmp(name, want, n) != 0)
        return 0;
    char next = name[n];
    return next == '\0' || next == ' ' || next == ',' || next == '-' || next == ';';
}

const char *byname_begins(const char *text, const void *base, size_t count, size_t stride,
                          const ByNameFields *fields)
{
    Buf want = {0}, scratch = {0};
    const char *found = NULL;
    int matches = 0;
    if (count && text && strchr(text, ' ') && suggest_take(count) && fold_text(&want, text)) {
        int hyphens = !strchr(text, '-');
        for (size_t i = 0; i < count && matches < 2; i++) {
            const void *entry = (const char *)base + i * stride;
            const char *name = field(entry, fields->name);
            size_t bytes = name ? strlen(name) : 0;
            if (bytes <= want.len || bytes > BYNAME_MAX_BYTES || fold_bytes_left < bytes)
                continue; /* no longer than the text: no name it begins */
            fold_bytes_left -= bytes;
            buf_reset(&scratch);
            vi_put_folded(&scratch, name);
            key_of(&scratch, hyphens);
            if (begins_words(buf_str(&scratch), buf_str(&want)) && ++matches == 1)
                found = field(entry, fields->id);
        }
    }
    buf_free(&want);
    buf_free(&scratch);
    return matches == 1 ? found : NULL; /* two names begin so: no guess */
}
