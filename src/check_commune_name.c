/* check_commune_name.c - a commune's plan that names another commune as
 * its own (KH185).
 *
 * Most communes of 1 July 2025 were formed from two or three old ones
 * (doc/cycle.md): the new commune's plan of 2026 starts from an old
 * commune's plan of 2025 (`khgen new`), and its drafter writes the new
 * commune's issuer. Left as they were, the title "... trên địa bàn xã
 * Bình Trung", the short name "UBND xã Bình Trung" that every Biểu's
 * "(Kèm theo Kế hoạch ... của ...)" line prints, the place line "Bình
 * Trung", the opening "Ban quản lý ... xã Bình Trung xây dựng Kế hoạch"
 * and the closing named the old commune in the plan of "XÃ HÒA CƯ", which
 * built with exit 0 and no word (s53cycle's merged commune's cycle); so
 * did a neighbour's plan copied in any year. A commune's plan names its
 * own commune: a commune's kind and name (xã, phường, đặc khu, thị trấn,
 * then words that begin with a capital or a digit) in those five values
 * that is not the issuer's commune (its name compared in capitals, the
 * tone marks placed one way) is warned at the value's line, once a
 * value. Not warned: the former commune named as such ("xã Bình Trung
 * (cũ)") or inside a document cited by its number or date
 * (localgov_uncited_in_text, KH181's rule), "thị xã", a plan that is not
 * a commune's, and the body's text, which may rightly name other communes.
 * A rule of check, on the plan as parsed; linear in the values it reads.
 */
#include "check_commune_name.h"

#include <string.h>

#include "i18n.h"
#include "localgov.h"
#include "load.h"
#include "vi.h"

/* The kinds of a commune, upper case, as an issuer line begins. */
static const char *const commune_kinds[] = {"XÃ", "PHƯỜNG", "ĐẶC KHU", "THỊ TRẤN"};

static int word_ends(const char *s)
{
    return !vi_word_byte((unsigned char)*s);
}

/* 1 if name[0..n) (capitals) is the issuer's commune, own_key its name's
 * tone key in capitals (vi_put_tone_key). */
static int is_own(const char *name, size_t n, const char *own_key)
{
    Buf cut = {0}, key = {0};
    buf_putn(&cut, name, n);
    vi_put_tone_key(&key, buf_str(&cut));
    int own = strcmp(buf_str(&key), own_key) == 0;
    buf_free(&cut);
    buf_free(&key);
    return own;
}

/* The length of the name that begins after the space at e0 (the space
 * included): the words that begin with a capital or a digit, each up to a
 * space or a mark (" ,;.:()"), as a value and the issuer's line are both
 * read ("XÃ A, B" is the commune "A", as "xã A, B" in a title is). */
static size_t name_words(const char *e0)
{
    const char *e = e0;
    while (e[0] == ' ' && (vi_letter_case(e + 1, NULL) == 1 || (e[1] >= '0' && e[1] <= '9')))
        e += 1 + strcspn(e + 1, " ,;.:()\n");
    return (size_t)(e - e0);
}

/* A LocalFind (localgov.h): the first commune named at or after from in
 * upper (text as written, or NULL) that is not the issuer's (ctx: its
 * name's tone key in capitals, as is_own takes it), its kind and name's
 * length in *len; NULL for none. */
static const char *commune_find(const char *text, const char *upper, const char *from,
                                size_t *len, const void *ctx)
{
    const char *own_key = ctx;
    for (const char *s = from; *s; s++) {
        if (s != upper && !word_ends(s - 1))
            continue;
        for (size_t k = 0; k < sizeof commune_kinds / sizeof commune_kinds[0]; k++) {
            size_t n = strlen(commune_kinds[k]);
            if (strncmp(s, commune_kinds[k], n) != 0 || s[n] != ' ')
                continue;
            /* "thị xã" is a district's kind, not a commune's */
            size_t thi = strlen("THỊ ");
            if (k == 0 && (size_t)(s - upper) >= thi && strncmp(s - thi, "THỊ ", thi) == 0)
                continue;
            /* the name: the words after the kind that begin with a capital
             * or a digit, as written ("xã hội" is no commune) */
            const char *w = text ? text + (s - upper) : s;
            size_t name = name_words(w + n);
            if (name <= 1 || is_own(s + n + 1, name - 1, own_key))
                continue;
            *len = n + name;
            return s;
        }
    }
    return NULL;
}

/* The first other commune value names (uncited, not the former one),
 * warned at at as where's (diags; NULL: counted); 1 if one is. */
static int other_commune(DiagSink *diags, const char *where, const char *value, SrcPos at,
                         const char *key, const char *issuer)
{
    if (!value || !*value)
        return 0;
    size_t len = 0;
    long off = localgov_uncited_in_text(value, commune_find, key, &len);
    if (off < 0)
        return 0;
    if (diags) {
        Buf name = {0};
        buf_putn(&name, value + off, len);
        diag_warning(diags, at, 1, KH185,
                     "%s names '%s', but the plan is issued by '%s': a commune's plan names its "
                     "own commune (an old commune's plan of before the merger of 1 July 2025, or "
                     "another commune's, copied?); write the issuer's commune, or name the old "
                     "commune as such ('%s (cũ)')",
                     _(where), buf_str(&name), issuer, buf_str(&name));
        buf_free(&name);
    }
    return 1;
}

/* 1 if the name read at u (upper case, name_words: after a space) is the
 * commune's (key). */
static int read_is_own(const char *u, const char *key)
{
    Buf spaced = {0}, k = {0};
    buf_puts(&spaced, " ");
    buf_puts(&spaced, u);
    size_t n = name_words(buf_str(&spaced));
    Buf name = {0};
    buf_putn(&name, buf_str(&spaced) + 1, n ? n - 1 : 0);
    vi_put_tone_key(&k, buf_str(&name));
    int own = strcmp(buf_str(&k), key) == 0;
    buf_free(&spaced);
    buf_free(&name);
    buf_free(&k);
    return own;
}

/* 1 if place, a place line, is the commune's name (key), its kind before
 * it or not ("Hòa Cư", "Xã Hòa Cư"), read as the issuer's is ("A, B" of
 * "XÃ A, B"). */
static int place_is_own(const char *place, const char *key)
{
    Buf upper = {0};
    vi_put_upper(&upper, place);
    const char *u = buf_str(&upper);
    u += strspn(u, " ");
    int own = read_is_own(u, key);
    for (size_t i = 0; !own && i < sizeof commune_kinds / sizeof commune_kinds[0]; i++) {
        size_t n = strlen(commune_kinds[i]);
        if (strncmp(u, commune_kinds[i], n) == 0 && u[n] == ' ')
            own = read_is_own(u + n + 1, key);
    }
    buf_free(&upper);
    return own;
}

void check_commune_name(DiagSink *diags, const Plan *plan)
{
    /* the issuer's commune: its first line that is one ("XÃ HÒA CƯ") */
    Buf u = {0}, key = {0};
    const char *issuer = NULL;
    for (size_t i = 0; i < plan->n_issuer && !issuer; i++) {
        buf_reset(&u);
        vi_put_upper(&u, plan->issuer[i] ? plan->issuer[i] : "");
        const char *rest;
        const LocalKind *kind = localgov_commune_issuer(buf_str(&u), &rest);
        if (kind && rest[strlen(kind->upper)]) {
            issuer = plan->issuer[i];
            /* its name read as a value's is (name_words): "XÃ A, B" is "A" */
            const char *at = rest + strlen(kind->upper) - 1; /* the space after "XÃ" */
            size_t words = name_words(at);
            Buf name = {0};
            buf_putn(&name, at + 1, words ? words - 1 : 0);
            vi_put_tone_key(&key, buf_str(&name));
            buf_free(&name);
        }
    }
    if (issuer) {
        const char *k = buf_str(&key);
        SrcPos head = plan->issuer_node ? plan->issuer_node->pos : plan->date_pos;
        other_commune(diags, N_("the issuer's short name"), plan->issuer_short, head, k, issuer);
        if (plan->place && plan->place_node && !place_is_own(plan->place, k))
            diag_warning(diags, plan->place_node->pos, 1, KH185,
                         "the place line '%s' is not the name of the commune that issues the "
                         "plan ('%s'): a commune's plan is dated at its own name (Nghị định "
                         "30/2020); write it",
                         plan->place, issuer);
        if (plan->title && plan->title_node)
            other_commune(diags, N_("the title"), plan->title, plan->title_node->pos, k, issuer);
        other_commune(diags, N_("the opening"), plan->opening, plan->opening_pos, k, issuer);
        other_commune(diags, N_("the closing"), plan->closing, plan->closing_pos, k, issuer);
    }
    buf_free(&u);
    buf_free(&key);
}
