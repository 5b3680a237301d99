/* refnames.c - the Vietnamese words a drafter writes for a reference's
 * English name.
 *
 * References are named in English ({year}, {unit ID}, {loc ID}, {att
 * ID}, {crit CODE}, {lead}, {support}, {due}). A Vietnamese drafter
 * writes the year as she says it, "năm {năm}", "{Năm}", "{năm nay}",
 * "{năm+1}", and a unit "{đơn vị tckh}". The scanner (textref.c) asks
 * here whether a '{' before a capital or a Vietnamese letter starts such
 * a word, so that "{Năm}" is a reference miswritten, reported, and not
 * printed as typed; the check of an unknown reference (inline.c, KH206)
 * asks for the reference to write instead ("{year}", "{unit tckh}").
 * Words are compared folded (case and diacritics ignored: "nam", "Năm"
 * and "năm" alike), the first word of a reference at most 24 bytes, so a
 * text of many braces costs its length.
 *
 * Not a stage: a lexical helper of textref.c and inline.c.
 */
#include "refnames.h"

#include <string.h>

#include "vi.h"

/* A reference's Vietnamese words, folded, and its English name; longest
 * first where one begins another ("don vi chu tri" before "don vi"). */
static const struct {
    const char *words;
    const char *name;
} vi_names[] = {
    {"don vi chu tri", "lead"}, {"don vi phoi hop", "support"}, {"nam nay", "year"},
    {"nam", "year"},            {"don vi", "unit"},             {"dia phuong", "loc"},
    {"xa", "loc"},              {"thon", "loc"},                {"bieu", "att"},
    {"phu luc", "att"},         {"tieu chi", "crit"},           {"chu tri", "lead"},
    {"phoi hop", "support"},    {"thoi han", "due"},            {"thoi gian", "due"},
};
enum { N_VI_NAMES = sizeof vi_names / sizeof vi_names[0], FIRST_WORD_MAX = 24 };

/* The folded first word of s: up to a space, '}', '+', '-' or the end; ""
 * when longer than FIRST_WORD_MAX bytes (no reference word is). */
static void first_word_folded(Buf *out, const char *s)
{
    size_t n = strcspn(s, " }+-\t");
    if (n == 0 || n > FIRST_WORD_MAX) {
        buf_putn(out, "", 0);
        return;
    }
    char word[FIRST_WORD_MAX + 1];
    memcpy(word, s, n);
    word[n] = '\0';
    vi_put_folded(out, word);
}

int refname_vi_starts(const char *s)
{
    /* the words' first letters: d (Đ, đ too), n, x, t, b, p, c; any other
     * brace ("{Một}", "{1}") costs one comparison */
    unsigned char c0 = (unsigned char)s[0];
    if (!strchr("dnxtbpcDNXTBPC", c0 ? c0 : 'a') &&
        !(c0 == 0xC4 && ((unsigned char)s[1] == 0x90 || (unsigned char)s[1] == 0x91)))
        return 0;
    Buf folded = {0};
    first_word_folded(&folded, s);
    int found = 0;
    size_t n = folded.len;
    for (size_t i = 0; i < N_VI_NAMES && !found && n; i++)
        found = strncmp(vi_names[i].words, folded.data, n) == 0 &&
                (vi_names[i].words[n] == '\0' || vi_names[i].words[n] == ' ');
    buf_free(&folded);
    return found;
}

/* Whether s is an offset as {year+N} writes it: '+' or '-' and digits
 * (how many it may have is inline.c's KH207) */
static int offset_written(const char *s)
{
    if (*s != '+' && *s != '-')
        return 0;
    size_t n = strspn(s + 1, "0123456789");
    return n > 0 && s[1 + n] == '\0';
}

int refname_vi_suggest(Buf *out, const char *name, const char *const *args, int n_args)
{
    /* the name's letters before an offset ("năm+1"), then the words */
    size_t letters = strcspn(name, "+-");
    Buf words = {0};
    char head[FIRST_WORD_MAX + 1];
    if (letters == 0 || letters > FIRST_WORD_MAX)
        return 0;
    memcpy(head, name, letters);
    head[letters] = '\0';
    vi_put_folded(&words, head);
    int used = 0; /* the args folded into words so far */
    int found = -1, found_used = 0;
    for (;;) {
        for (size_t i = 0; i < N_VI_NAMES; i++)
            if (strcmp(vi_names[i].words, words.data) == 0) { /* each a longer phrase */
                found = (int)i;
                found_used = used;
            }
        /* a longer entry may take the next word too (only a name without an
         * offset: "{năm+1 nay}" is no such phrase) */
        if (used >= n_args || used >= 3 || name[letters] != '\0')
            break;
        buf_putc(&words, ' ');
        vi_put_folded(&words, args[used++]);
    }
    buf_free(&words);
    if (found < 0)
        return 0;
    /* the offset as written, where it is one: "{năm+}" and "{đơn vị+1}"
     * ask for the reference without it, one that exists */
    const char *offset = name + letters;
    if (strcmp(vi_names[found].name, "year") != 0 || !offset_written(offset))
        offset = "";
    buf_printf(out, "{%s%s", vi_names[found].name, offset);
    if (strcmp(vi_names[found].name, "att") == 0) /* "{Biểu 01}": its label, not its id */
        buf_puts(out, " ID");
    else
        for (int i = found_used; i < n_args; i++)
            buf_printf(out, " %s", args[i]);
    buf_putc(out, '}');
    return 1;
}
