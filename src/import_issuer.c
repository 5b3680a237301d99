/* import_issuer.c - which of the lines above "KẾ HOẠCH" name the issuer
 * and which the body above it (governing_body), as Nghị định 30/2020 lays
 * them out (session 30: split out of import_head.c, which reads the
 * lines).
 *
 * The issuer's name is printed bold, as many lines as it takes ("ỦY BAN
 * NHÂN DÂN" over "HUYỆN YÊN THẾ"); the body it works under, when there is
 * one, plain above it ("UBND TỈNH HÀ TĨNH" over "SỞ THÔNG TIN VÀ TRUYỀN
 * THÔNG"). Import reads the header's capital lines as the issuer's, then
 * takes the first for the governing body when the bold says so (a plain
 * line over bold ones), when two whole names stand one over the other, or
 * when there are three lines or more. A People's Committee's name cut
 * before its territory ("ỦY BAN NHÂN DÂN" alone) over that territory is
 * one name, the issuer's, even when only the territory's line is bold.
 */
#include <string.h>

#include "import_impl.h"
#include "vi.h"

/* The ranks a territory's name begins with, a space after each: the line
 * under "ỦY BAN NHÂN DÂN" that completes the body's name. */
static const char *const place_ranks[] = {"TỈNH ",   "THÀNH PHỐ ", "HUYỆN ", "QUẬN ",
                                          "THỊ XÃ ", "XÃ ",        "PHƯỜNG ", "THỊ TRẤN ",
                                          "ĐẶC KHU ", NULL};

/* 1 if s is a People's Committee's or Council's name without its
 * territory ("ỦY BAN NHÂN DÂN" alone) and next is that territory
 * ("HUYỆN YÊN THẾ"): the two lines are one name, the issuer's. A plain
 * "ỦY BAN NHÂN DÂN" over a bold "HUYỆN YÊN THẾ" was read as the body
 * above the issuer (governing_body) and the place alone as the issuer,
 * and `khgen check` then advised "TM. HUYỆN YÊN THẾ" for the signature's
 * right "TM. ỦY BAN NHÂN DÂN" (s30fixlow). */
static int committee_then_place(const char *s, const char *next)
{
    static const char *const bodies[] = {"ỦY BAN NHÂN DÂN", "UỶ BAN NHÂN DÂN",
                                         "HỘI ĐỒNG NHÂN DÂN", NULL};
    int alone = 0;
    for (int k = 0; bodies[k]; k++)
        alone |= strcmp(s, bodies[k]) == 0;
    for (int r = 0; alone && place_ranks[r]; r++)
        if (starts_with(next, place_ranks[r]))
            return 1;
    return 0;
}

/* 1 if s is a People's Committee's whole name, "ỦY BAN NHÂN DÂN HUYỆN X" or
 * "UBND HUYỆN X" (not "ỦY BAN NHÂN DÂN" alone, whose territory is the next
 * line). */
static int committee_name(const char *s)
{
    static const char *const bodies[] = {"ỦY BAN NHÂN DÂN ", "UỶ BAN NHÂN DÂN ", "UBND ", NULL};
    for (int k = 0; bodies[k]; k++)
        if (starts_with(s, bodies[k]) && s[strlen(bodies[k])])
            return 1;
    return 0;
}

/* 1 if s names an agency under a People's Committee ("SỞ THÔNG TIN VÀ
 * TRUYỀN THÔNG", "BAN CHỈ ĐẠO ...", "PHÒNG ..."): under "UBND TỈNH X" it is
 * the issuer, that line the body above it. */
static int agency_name(const char *s)
{
    static const char *const agencies[] = {"SỞ ", "BAN ", "PHÒNG ", "VĂN PHÒNG ",
                                           "TRUNG TÂM ", "CHI CỤC ", "THANH TRA ", "CÔNG AN ",
                                           "BỘ CHỈ HUY ", NULL};
    for (int k = 0; agencies[k]; k++)
        if (starts_with(s, agencies[k]))
            return 1;
    return 0;
}

/* 1 if the n bytes at s end with word w, a space or the start before it. */
static int ends_with_word(const char *s, size_t n, const char *w)
{
    size_t l = strlen(w);
    return n >= l && memcmp(s + n - l, w, l) == 0 && (n == l || s[n - l - 1] == ' ');
}

int imp_kind_in_name(const char *before, size_t n, const char *after)
{
    /* the ranks an agency's own name begins with, and the words that join
     * two fields of its name ("TÀI CHÍNH - KẾ HOẠCH", "KẾ HOẠCH VÀ ĐẦU
     * TƯ") */
    static const char *const ranks[] = {"SỞ",   "PHÒNG", "BAN",  "VỤ",   "CỤC", "VIỆN",
                                        "TỔ",   "CHI CỤC", "TRUNG TÂM", "VĂN PHÒNG", NULL};
    static const char *const joins[] = {"-", "\xe2\x80\x93", ",", "VÀ", "&", NULL};
    while (n && (before[n - 1] == ' ' || before[n - 1] == '*' || before[n - 1] == '_'))
        n--;
    size_t from = strspn(before, "*_ ");
    if (n <= from || n - from > 120)
        return 0; /* alone on its line, or after more than an issuer line holds */
    before += from, n -= from;
    int letters = 0;
    for (size_t i = 0; i < n;) {
        size_t bytes = 1;
        int kase = vi_letter_case(before + i, &bytes);
        if (kase < 0 || before[i] == '\n')
            return 0; /* a sentence's "... theo Kế hoạch", not a name in capitals */
        letters |= kase > 0;
        i += bytes;
    }
    if (!letters)
        return 0;
    for (int k = 0; joins[k]; k++) {
        size_t l = strlen(joins[k]);
        int mark = strcmp(joins[k], "VÀ") != 0; /* a dash or comma: a space before it or not */
        if (mark ? n >= l && memcmp(before + n - l, joins[k], l) == 0 : ends_with_word(before, n, joins[k]))
            return 1; /* "PHÒNG TÀI CHÍNH - KẾ HOẠCH" */
    }
    int agency = 0;
    for (int k = 0; ranks[k]; k++) {
        if (ends_with_word(before, n, ranks[k]))
            return 1; /* "SỞ KẾ HOẠCH VÀ ĐẦU TƯ" */
        size_t l = strlen(ranks[k]);
        agency |= n > l && memcmp(before, ranks[k], l) == 0 && before[l] == ' ';
    }
    /* "PHÒNG TÀI CHÍNH KẾ HOẠCH" (the dash left out): the word ends the
     * agency's line, or the name goes on with a joining word */
    after += strspn(after, "*_");
    const char *end = after + strspn(after, " \\"); /* a hard break's spaces or backslash */
    return agency && (!*end || *end == '\n' || starts_with(after, " VÀ ") ||
                      starts_with(after, " - ") || starts_with(after, ", "));
}

size_t imp_committee_cut(const char *s)
{
    static const char *const bodies[] = {"ỦY BAN NHÂN DÂN ", "UỶ BAN NHÂN DÂN ", NULL};
    for (int q = 0; bodies[q]; q++)
        for (int r = 0; place_ranks[r] && starts_with(s, bodies[q]); r++)
            if (starts_with(s + strlen(bodies[q]), place_ranks[r]))
                return strlen(bodies[q]);
    return 0;
}

void imp_issuer_governing(IPlan *plan, const int *issuer_bold, int joined)
{
    if (plan->n_issuer >= 2 && plan->n_issuer <= 8 && !issuer_bold[0] &&
        !committee_then_place(plan->issuer[0], plan->issuer[1])) {
        int later_bold = 0;
        for (size_t k = 1; k < plan->n_issuer; k++)
            later_bold |= issuer_bold[k];
        if (later_bold) {
            plan->governing_body = plan->issuer[0];
            plan->issuer++;
            plan->n_issuer--;
        }
    }
    /* two whole names of a People's Committee ("UBND THÀNH PHỐ THANH HÓA"
     * over "ỦY BAN NHÂN DÂN PHƯỜNG ĐÔNG HƯƠNG"), or one over an agency
     * ("UBND TỈNH HÀ TĨNH" over "SỞ THÔNG TIN VÀ TRUYỀN THÔNG"), with no
     * bold to tell them apart: the first is the body above the issuer, as
     * Nghị định 30 lays them out */
    if (plan->n_issuer == 2 && !plan->governing_body && !joined &&
        committee_name(plan->issuer[0]) &&
        (committee_name(plan->issuer[1]) || agency_name(plan->issuer[1]))) {
        plan->governing_body = plan->issuer[0];
        plan->issuer++;
        plan->n_issuer--;
    }
    if (plan->n_issuer >= 3 && !plan->governing_body) {
        plan->governing_body = plan->issuer[0];
        plan->issuer++;
        plan->n_issuer--;
    }
}
