/* init_name.c - a place's name as `khgen init NAME` writes it: the kind
 * of place the name begins with ("Phường 1", "Thị trấn Bố Hạ", "TP. Hồ
 * Chí Minh", the same typed without marks, or abbreviated: "TT. Bố Hạ"),
 * a name below a commune
 * refused, a name in capitals lowered and one in small letters given its
 * capitals, each with a note of what was not kept as typed (a name
 * without marks, which khgen cannot guess), and the place line Nghị định
 * 30 prints from it. Moved out of init.c whole (it had reached 1,200
 * lines); cmd_init calls these in that order.
 */
#include "init_name.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cli.h"
#include "diag.h"
#include "i18n.h"
#include "localgov.h"
#include "unispace.h"
#include "vi.h"

static int without_marks(const char *name), roman_word(const char *w, size_t n);

/* The kind a name begins with abbreviated as officers type it ("TT. Bố
 * Hạ", "UBND TT Bố Hạ", "TX. Việt Yên", "TP Bắc Giang", "P. Bến Nghé",
 * "Q. 1", "H. Yên Thế", "X. Tân Phú", and a numbered one "P3", "Q1"),
 * which the header writes in full
 * (Nghị định 30 abbreviates no unit's name), or NULL; *rest is the name
 * after it and its blanks, and a note says how it was read. "TT. Bố Hạ"
 * wrote a plan issued by "XÃ TT. BỐ HẠ" and "UBND TT Bố Hạ" one by
 * "HUYỆN TT BỐ HẠ", each checking clean (s48review). Read only here: in
 * a plan's text "TT" is as often a Thông tư ("TT-BTC"). */
static const char *abbreviated_kind(const char *name, const char *upper, const char **rest)
{
    static const struct {
        const char *upper; /* ASCII: one byte a letter in name and upper alike */
        const char *kind;  /* as localgov_kinds writes it */
    } abbreviations[] = {
        {"TT.", "thị trấn"}, {"TT", "thị trấn"}, {"TX.", "thị xã"}, {"TX", "thị xã"},
        {"TP", "thành phố"}, {"P.", "phường"},   {"Q.", "quận"},    {"H.", "huyện"},
        {"X.", "xã"},
    };
    for (size_t k = 0; k < sizeof abbreviations / sizeof abbreviations[0]; k++) {
        size_t len = strlen(abbreviations[k].upper);
        const char *r = upper + len;
        if (strncmp(upper, abbreviations[k].upper, len) != 0 ||
            (abbreviations[k].upper[len - 1] == '.' ? !*r : *r != ' '))
            continue;
        while (*r == ' ')
            r++;
        if (!*r)
            return NULL; /* "TT." alone: no place (names_a_place says so) */
        term_fprintf(stderr, _("khgen: init: note: '%.*s' is read as the kind '%s', which the "
                               "plan writes in full\n"),
                     (int)len, name, abbreviations[k].kind);
        *rest = name + (r - upper);
        return abbreviations[k].kind;
    }
    /* "P3", "Q10": a ward or a district numbered, written as the city's
     * offices write an address ("P3, Q5"); "P3" wrote the plan of a xã
     * named "P3", its note speaking only of marks (s52user) */
    size_t digits = strspn(upper + 1, "0123456789");
    if ((upper[0] == 'P' || upper[0] == 'Q') && digits && !upper[1 + digits]) {
        const char *kind = upper[0] == 'P' ? "phường" : "quận";
        term_fprintf(stderr, _("khgen: init: note: '%.*s' is read as the kind '%s', which the "
                               "plan writes in full\n"),
                     1, name, kind);
        *rest = name + 1;
        return kind;
    }
    return NULL;
}

/* Whether the word s[0..n) (upper case) is an abbreviation: two letters
 * or more, no vowel, dots between them allowed ("HCM", "H.C.M", "BR",
 * "BRVTHN": a sixth letter makes no word, which every Vietnamese word's
 * vowel would; it wrote 'TỈNH BRVTHN', s51review), and no Roman numeral
 * ("XV"). */
static int abbreviation(const char *s, size_t n)
{
    size_t letters = 0, roman = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] >= 'A' && s[i] <= 'Z' && !strchr("AEIOUY", s[i]))
            letters++, roman += strchr("IVXLC", s[i]) != NULL;
        else if (n - i >= strlen("Đ") && strncmp(s + i, "Đ", strlen("Đ")) == 0)
            letters++, i += strlen("Đ") - 1;
        else if (s[i] != '.')
            return 0; /* a vowel, a mark, a digit: a word */
    }
    return letters >= 2 && roman < letters;
}

int refuse_abbreviated_name(const char *typed, size_t typed_len, const char *rest)
{
    /* each word between blanks or hyphens: "BR-VT", "TT-HUẾ", "BR - VT" */
    int abbreviated = 0;
    for (const char *w = rest; *w && !abbreviated;) {
        size_t n = strcspn(w, " -");
        abbreviated = n && abbreviation(w, n);
        w += n + (w[n] != '\0');
    }
    if (!abbreviated)
        return 0;
    term_fprintf(stderr, _("khgen: init: '%.*s': '%s' is an abbreviation, and a plan's header "
                           "prints a place's name in full (Nghị định 30): give the name in "
                           "full (\"TP. Hồ Chí Minh\" for \"TP.HCM\")\n"),
                 (int)typed_len, typed, rest);
    return 1;
}

/* The kind a place's name begins with ("Phường 1", "Thị trấn Bố Hạ", "TP.
 * Hồ Chí Minh"), or NULL; *rest is the name after it (borrowed from name).
 * A name that says its kind is not prefixed with the level's ("XÃ PHƯỜNG
 * 1"). name is NFC; upper is it in upper case (same characters). */
const char *name_kind(const char *name, const char *upper, const char **rest)
{
    /* the kinds are localgov.c's, the one table of the levels: "Đặc khu Phú
     * Quốc" printed "XÃ ĐẶC KHU PHÚ QUỐC" (s42domain) */
    for (size_t k = 0; k < n_localgov_kinds; k++) {
        size_t len = strlen(localgov_kinds[k].upper);
        if (strncmp(upper, localgov_kinds[k].upper, len) != 0 || !upper[len] || upper[len] == ' ')
            continue;
        /* skip as many characters of name as the prefix has */
        const char *s = name;
        for (const char *u = upper; u < upper + len;) {
            int bu = 1, bs = 1;
            utf8_decode(u, &bu);
            utf8_decode(s, &bs);
            u += bu > 0 ? bu : 1;
            s += bs > 0 ? bs : 1;
        }
        *rest = s;
        return localgov_kinds[k].kind;
    }
    const char *kind = abbreviated_kind(name, upper, rest);
    if (kind)
        return kind;
    /* the same typed without marks, read only in a name without any ("Xa
     * Dong Huu" printed "XÃ XA DONG HUU": the level's kind before the kind
     * typed, s31fixmed) */
    for (size_t k = 0; without_marks(name) && k < n_localgov_kinds; k++) {
        const char *unmarked = localgov_kinds[k].unmarked;
        size_t len = unmarked ? strlen(unmarked) : 0; /* ASCII: one byte a letter */
        if (!unmarked || strncmp(upper, unmarked, len) != 0 || !upper[len])
            continue;
        /* one word: a kind before a number or two words; "Quan Son" is Quan Sơn (s34low) */
        const char *r = upper + len;
        size_t w = strcspn(r, " ");
        if (!strchr(unmarked, ' ')[1] && !(*r >= '0' && *r <= '9') &&
            !roman_word(r, w) && !(r[w] == ' ' && r[w + 1])) {
            term_fprintf(stderr, _("khgen: init: note: '%s' is read as a name, its first word "
                                   "not as the kind '%s' typed without its marks (a kind is read "
                                   "so before a number or a name of two words, 'Quan Ba Dinh'); "
                                   "for the kind, type it with its marks\n"),
                         name, localgov_kinds[k].kind);
            return NULL;
        }
        term_fprintf(stderr, _("khgen: init: note: '%.*s' is read as the kind '%s', typed "
                               "without its marks\n"),
                     (int)len - 1, name, localgov_kinds[k].kind);
        *rest = name + len;
        return localgov_kinds[k].kind;
    }
    return NULL;
}

/* 1 when the name (folded: lower case, without marks) is "UBND" typed
 * against a kind of place, "UBNDxã Bố Hạ", "ubndphuong 1": a space lost
 * (s48review's leftover: the skeleton was issued by "XÃ UBNDXÃ BỐ HẠ");
 * name's first four bytes are then the committee's, as typed. */
static int glued_to_kind(const char *folded, const char *name, size_t len)
{
    if (!folded || strncmp(folded, "ubnd", 4) != 0 || len < 4 || strncasecmp(name, "ubnd", 4) != 0)
        return 0;
    for (size_t k = 0; k < n_localgov_kinds; k++) {
        const char *u = localgov_kinds[k].unmarked; /* "XA ", "THI TRAN " */
        size_t n = u ? strlen(u) : 0;
        if (n && strncasecmp(folded + 4, u, n) == 0 && folded[4 + n] && folded[4 + n] != ' ')
            return 1;
    }
    return 0;
}

const char *name_after_committee(const char *name, size_t *len)
{
    static const struct { const char *folded; int words; } committee[] = {
        {"ubnd ", 1}, {"uy ban nhan dan ", 4}, {"u.b.n.d ", 1}, {"u.b.n.d. ", 1}, {"ubnd. ", 1},
    };
    Buf folded = {0};
    Buf typed = {0};
    buf_putn(&typed, name, *len);
    vi_put_folded(&folded, buf_str(&typed));
    buf_putc(&folded, ' '); /* "UBND" alone reads as the words before a name */
    const char *rest = name;
    for (size_t k = 0; folded.data && k < sizeof committee / sizeof committee[0]; k++) {
        if (strncmp(folded.data, committee[k].folded, strlen(committee[k].folded)) != 0)
            continue;
        const char *r = name, *end = name + *len;
        for (int w = 0; w < committee[k].words; w++) { /* the words, as typed (NFD too) */
            while (r < end && *r != ' ')
                r++;
            while (r < end && *r == ' ')
                r++;
        }
        if (r >= end) { /* the committee and no place */
            term_fprintf(stderr, _("khgen: init: '%s' is the People's Committee, not a place: "
                                   "give the place's name, as \"Xã Tân Phú\"\n"),
                         typed.data);
            rest = NULL;
        } else {
            rest = r;
        }
        break;
    }
    if (rest == name && glued_to_kind(folded.data, name, *len))
        rest = name + 4; /* "UBNDxã Bố Hạ": the place is "xã Bố Hạ" */
    if (rest && rest != name) {
        term_fprintf(stderr, _("khgen: init: note: '%s' begins with the People's Committee, "
                               "which the plan's header prints above the place ('ỦY BAN NHÂN "
                               "DÂN'): the place is '%.*s'\n"),
                     typed.data, (int)(*len - (size_t)(rest - name)), rest);
        *len -= (size_t)(rest - name);
    }
    buf_free(&typed);
    buf_free(&folded);
    return rest;
}

/* The places under a commune, upper case: a village, a hamlet, a
 * residential group. None has a People's Committee, so none issues a
 * KH-UBND plan: "Tổ dân phố 5" wrote a skeleton headed "ỦY BAN NHÂN DÂN /
 * XÃ TỔ DÂN PHỐ 5" (s23low 1). Only the words no commune, district or
 * province is named with ("Bản", "Buôn", "Làng" begin the names of
 * communes and districts: Buôn Đôn). */
static const struct {
    const char *upper;
    const char *kind; /* as a locality's kind is written */
} below_commune[] = {
    {"THÔN", "thôn"},         {"TỔ DÂN PHỐ", "tổ dân phố"}, {"TỔ DÂN CƯ", "tổ dân cư"},
    {"XÓM", "xóm"},           {"ẤP", "ấp"},                 {"KHU PHỐ", "khu phố"},
    {"KHÓM", "khóm"},         {"TỔ", "tổ"},
};

/* The kind of place under a commune that name begins with (upper: the
 * name in upper case), as a locality's kind is written ("tổ dân phố"), or
 * NULL. */
static const char *below_commune_kind(const char *upper)
{
    for (size_t k = 0; k < sizeof below_commune / sizeof below_commune[0]; k++) {
        size_t len = strlen(below_commune[k].upper);
        if (strncmp(upper, below_commune[k].upper, len) == 0 && (upper[len] == ' ' || !upper[len]))
            return below_commune[k].kind;
    }
    return NULL;
}

/* 1 after saying so when name (upper: in upper case) is a place under a
 * commune (below_commune_kind), which issues no plan. */
int refuse_below_commune(const char *name, const char *upper)
{
    const char *under = below_commune_kind(upper);
    if (under)
        term_fprintf(stderr, _("khgen: init: '%s' is a %s, a part of a commune: it has no "
                               "People's Committee and issues no KH-UBND plan; start the plan "
                               "of the commune it is in (khgen init --level xa \"Xã ...\") and "
                               "list '%s' among its localities (kind: %s)\n"),
                     name, under, name, under);
    return under != NULL;
}

/* 1 if name (NFC; upper, the same in upper case) names a place: it has a
 * letter or digit of its own (not combining marks alone, an emoji) and is
 * not just a kind ("Xã", "Phường", "TP."), and holds no character that
 * reorders the text around it (U+200E-U+200F, U+202A-U+202E,
 * U+2066-U+2069), which would reach the plan and the terminal (attack s6
 * G17). */
int names_a_place(const char *name, const char *upper)
{
    Buf folded = {0};
    vi_put_folded(&folded, name);
    int letters = folded.data && strpbrk(folded.data, "abcdefghijklmnopqrstuvwxyz0123456789");
    buf_free(&folded);
    for (size_t k = 0; letters && k < n_localgov_kinds; k++) {
        size_t len = strlen(localgov_kinds[k].upper);
        if (localgov_kinds[k].upper[len - 1] == ' ')
            len--;
        if (strlen(upper) == len && strncmp(upper, localgov_kinds[k].upper, len) == 0)
            letters = 0;
    }
    for (const char *c = name; letters && *c;) {
        int bytes = 1;
        unsigned cp = utf8_decode(c, &bytes);
        if (unispace_bidi_control(cp))
            letters = 0;
        c += bytes > 0 ? bytes : 1;
    }
    return letters;
}

/* 1 if the word w[0..n) is a Roman numeral of capitals I, V and X
 * ("II", "XIV"), kept so in a name in capitals ("PHƯỜNG II"). */
static int roman_word(const char *w, size_t n)
{
    return n > 0 && strspn(w, "IVX") >= n;
}

/* 1 if the letters of s are capitals, two at least ("XÃ ĐỒNG HƯU"). */
static int in_capitals(const char *s, size_t len)
{
    int capitals = 0;
    for (size_t i = 0, bytes = 1; i < len; i += bytes) {
        int c = vi_letter_case(s + i, &bytes);
        if (c < 0)
            return 0; /* a small letter: typed in mixed case, kept */
        capitals += c > 0;
    }
    return capitals >= 2;
}

/* A name typed in capitals ("XÃ ĐỒNG HƯU", from a document's header) in
 * small letters, each word then begun with a capital by capitalise_name:
 * it was kept as typed, and the place line and the text printed "ĐỒNG HƯU,
 * ngày ..." and "UBND xã ĐỒNG HƯU" (s30attack). Lowered through NFD (the
 * base letter A-Z, with Đ, the one capital no mark makes); a Roman
 * numeral stays. Said by written_name. */
static void lower_capitals(Buf *nfc)
{
    if (!in_capitals(nfc->data, nfc->len))
        return;
    Buf nfd = {0}, low = {0};
    vi_put_nfd(&nfd, nfc->data, nfc->len);
    for (size_t i = 0; i < nfd.len;) {
        size_t n = strcspn(nfd.data + i, " ");
        if (roman_word(nfd.data + i, n)) {
            buf_putn(&low, nfd.data + i, n);
            i += n;
        } else if (i + n > i) {
            for (size_t end = i + n; i < end; i++) {
                char ch = nfd.data[i];
                if (ch >= 'A' && ch <= 'Z')
                    buf_putc(&low, (char)(ch - 'A' + 'a'));
                else if ((unsigned char)ch == 0xC4 && i + 1 < end &&
                         (unsigned char)nfd.data[i + 1] == 0x90) {
                    buf_puts(&low, "\xC4\x91"); /* Đ -> đ */
                    i++;
                } else {
                    buf_putc(&low, ch);
                }
            }
        }
        if (i < nfd.len)
            buf_putc(&low, nfd.data[i++]); /* the space */
    }
    buf_reset(nfc);
    vi_put_nfc(nfc, low.data ? low.data : "", low.len);
    buf_free(&nfd);
    buf_free(&low);
}

/* 1 if name holds letters and every one of them is ASCII: no mark to
 * read, and none that khgen could guess ("Dong Huu" is Đồng Hưu, Đông
 * Hữu, ...; "Ia Grai" has none). */
static int without_marks(const char *name)
{
    int letters = 0;
    for (const char *c = name; *c; c++) {
        if ((unsigned char)*c >= 0x80)
            return 0;
        letters += (*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z');
    }
    return letters > 0;
}

/* The name in NFC, its runs of spaces and tabs made one space, none at
 * its ends: "Xã  Hai" kept "Xã" in the name ("UBND xã Xã  Hai", attack 8
 * L11); a name in capitals in small letters (lower_capitals). */
void put_name(Buf *b, const char *name, size_t name_len)
{
    vi_put_nfc(b, name, name_len);
    size_t n = 0;
    for (size_t i = 0; i < b->len; i++) {
        int space = b->data[i] == ' ' || b->data[i] == '\t';
        if (space && (n == 0 || b->data[n - 1] == ' '))
            continue;
        b->data[n++] = space ? ' ' : b->data[i];
    }
    while (n > 0 && b->data[n - 1] == ' ')
        n--;
    b->len = n;
    if (b->data)
        b->data[n] = '\0';
    lower_capitals(b);
}

/* The words of the name from byte from on (its kind left as typed: "xã")
 * each begun with a capital when none is ("xã đồng hưu" -> "xã Đồng Hưu"):
 * a name typed in small letters printed so in issuer_short, the place and
 * the text ("UBND xã đồng hưu"), while the issuer's line is in capitals
 * (s30fixlow). A name with a capital anywhere is kept as typed. Returns
 * where the name's words begin in the new nfc. */
static const char *capitalise_name(Buf *nfc, size_t from)
{
    for (size_t i = from; i < nfc->len; i++)
        if ((i == from || nfc->data[i - 1] == ' ') && vi_letter_case(nfc->data + i, NULL) > 0)
            return nfc->data + from;
    Buf out = {0}, capital = {0};
    buf_putn(&out, nfc->data, from);
    for (size_t i = from; i < nfc->len;) {
        size_t bytes = 0;
        if ((i == from || nfc->data[i - 1] == ' ') && vi_begins_small(nfc->data + i, &capital, &bytes)) {
            buf_puts(&out, buf_str(&capital));
            i += bytes;
        } else {
            buf_putc(&out, nfc->data[i++]);
        }
    }
    buf_free(&capital);
    buf_free(nfc);
    *nfc = out;
    return nfc->data + from;
}

/* capitalise_name, then a note of what init could not keep as typed: a
 * name in capitals (put_name lowered it), one with words in small letters
 * (each given its capital, s41user H2), or one without any mark, which
 * it cannot guess (s30attack; "Q. 1", whose letters are only its kind's,
 * has none to guess). name[0..name_len) is the name as typed. */
const char *written_name(Buf *nfc, size_t from, const char *name, size_t name_len)
{
    const char *rest = capitalise_name(nfc, from);
    Buf typed = {0};
    vi_put_nfc(&typed, name, name_len);
    if (in_capitals(typed.data, typed.len))
        term_fprintf(stderr, _("khgen: init: note: '%s' is in capitals: the plan writes it '%s' "
                               "(its header prints it in capitals)\n"),
                     typed.data, nfc->data);
    else if (strcmp(typed.data ? typed.data : "", nfc->data) != 0) /* README: "each with a note" */
        term_fprintf(stderr, _("khgen: init: note: '%s' has words in small letters: the plan "
                               "writes it '%s', each word of the name with its capital\n"),
                     typed.data, nfc->data);
    if (!in_capitals(typed.data, typed.len) && without_marks(nfc->data) &&
        without_marks(rest)) /* "Q. 1": only the kind's letters, none to guess */
        term_fprintf(stderr, _("khgen: init: note: '%s' has no Vietnamese marks, which khgen "
                               "cannot guess: it is written as typed; if the name has marks, "
                               "run init again with them and --force\n"),
                     nfc->data);
    buf_free(&typed);
    return rest;
}

/* "Thôn" from "thôn": the first letter upper-cased. */
char *capitalised(const char *s)
{
    int bytes = 1;
    unsigned cp = utf8_decode(s, &bytes);
    (void)cp;
    char first[8] = {0};
    memcpy(first, s, (size_t)bytes < sizeof first ? (size_t)bytes : sizeof first - 1);
    Buf b = {0};
    vi_put_upper(&b, first);
    buf_puts(&b, s + bytes);
    return b.data;
}

/* The place line's name (Nghị định 30: the official name of the unit
 * where the issuer sits): the name without its kind ("Xã Đồng Lạc" ->
 * "Đồng Lạc", "Thành phố Hà Nội" -> "Hà Nội"), but with it for a numbered
 * one ("Phường 1", "Phường XV") and one named after a person ("Thành phố
 * Hồ Chí Minh": localgov_place_keeps_kind; every city kept its kind, "Thành
 * phố Hà Nội, ngày ...", s51review); the name as given when it has no
 * kind. */
void put_place(Buf *out, const char *kind, const char *rest, const char *name)
{
    if (rest == name) {
        buf_puts(out, name);
    } else if ((*rest >= '0' && *rest <= '9') || roman_word(rest, strcspn(rest, " ")) ||
               localgov_place_keeps_kind(rest)) { /* "Phường III" printed "III, ngày" */
        char *head = capitalised(kind);
        buf_printf(out, "%s %s", head, rest);
        free(head);
    } else {
        buf_puts(out, rest);
    }
}

