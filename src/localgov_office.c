/* localgov_office.c - a district's office named in running text.
 *
 * The district tier ended on 1 July 2025 (localgov.c), and with it every
 * office of a district's People's Committee: its Văn phòng điều phối nông
 * thôn mới, its Ban Chỉ đạo, its Phòng Nông nghiệp, "các cơ quan chuyên
 * môn huyện". A unit or a recipient so named is warned (KH181,
 * localgov_district_unit: the whole value is the office's name). In a
 * sentence the name has no ends of its own: "Phối hợp với Văn phòng điều
 * phối nông thôn mới huyện rà soát các tiêu chí" in a commune's plan of
 * 2026, "báo cáo Văn phòng điều phối huyện" in its closing, a clause headed
 * "Văn phòng Điều phối nông thôn mới huyện" as `khgen import` makes one,
 * were built with no word, where "UBND huyện" in the same places was
 * warned or noted (s53cycle's report; s54cycle). Here a district's office
 * in a text is read as an office's name is written: a head noun that names
 * a body ("Văn phòng", "Phòng", "Ban", "Trung tâm", "Hội đồng", "Ủy ban",
 * "cơ quan", "BCĐ", "Hội"/"Đoàn" before a capitalised word: "Hội Nông
 * dân"), then at most ten words of its name in the same clause, then the
 * district's kind in small letters, "huyện", "quận" or "thị xã" (with or
 * without the district's name after it: "Phòng Nội vụ huyện Yên Thế").
 * A word that makes the kind a place, not the office's level, ends the
 * name and the reading: "trên địa bàn huyện", "toàn huyện", "của huyện",
 * "báo cáo huyện", "Văn phòng UBND xã ... huyện" (another level's kind), as
 * does a clause's mark. Which texts are read, and what is said there, is
 * the callers' (check_localgov.c's KH181 in the opening, the closing and
 * the headings; `khgen new`'s notes in the body's other text); a document
 * cited by its number or date and a former office named as such ("...
 * (cũ)") are history, localgov_uncited_in_text's rule. Linear in the text:
 * each kind looks back ten words at most.
 */
#include "localgov.h"

#include <string.h>

#include "util.h"
#include "vi.h"

/* 1 if s[0] ends a word. */
static int word_ends(const char *s)
{
    return !vi_word_byte((unsigned char)*s);
}

/* The byte length of word (upper case, with spaces) at s, whole, else 0. */
static size_t word_at(const char *s, const char *word)
{
    size_t n = strlen(word);
    return strncmp(s, word, n) == 0 && word_ends(s + n) ? n : 0;
}

/* How a head noun must be written to name a body. */
enum { ANY, CAPITAL, CAPITAL_OR_CAC, CAPITAL_NEXT, CAPITAL_WORDS };

static const struct {
    const char *upper;
    int rule;
} heads[] = {
    {"VĂN PHÒNG", ANY},        {"CƠ QUAN", ANY},          {"HỘI ĐỒNG", ANY},
    {"ỦY BAN", ANY},           {"UỶ BAN", ANY},           {"UBMTTQ", ANY},
    {"MTTQ", ANY},             {"BCĐ", ANY},              {"BCD", ANY},
    {"BQL", ANY},              {"LIÊN ĐOÀN", ANY},        {"CÔNG AN", CAPITAL},
    {"TRUNG TÂM", CAPITAL_WORDS}, {"PHÒNG", CAPITAL_OR_CAC}, {"BAN", CAPITAL_OR_CAC},
    {"HỘI", CAPITAL_NEXT},     {"ĐOÀN", CAPITAL_NEXT},
};

/* Words that make what follows them up to the kind no office's name: the
 * kind is then a place ("trên địa bàn huyện", "của huyện") or the object
 * of a verb ("báo cáo huyện", "phối hợp với huyện"), or the office
 * another level's ("Văn phòng UBND xã"). */
static const char *const stops[] = {"CỦA",   "TRÊN", "TOÀN", "TRONG", "TẠI",  "CHO",
                                    "VỚI",   "VỀ",   "TỪ",   "ĐẾN",   "THEO", "BÀN",
                                    "TRÌNH", "GỬI",  "CÁO",  "HỢP",   "MƯU",  "TỈNH",
                                    "PHƯỜNG", "THỊ TRẤN", "ĐẶC KHU"};

/* The start of the word before p (a word's start in upper), past the
 * spaces and dashes between them; NULL at the text's start or past a
 * clause's mark. */
static const char *word_before(const char *upper, const char *p)
{
    const char *q = p;
    while (q > upper && (q[-1] == ' ' || q[-1] == '-'))
        q--;
    if (q > upper && (unsigned char)q[-1] == 0x93 && q - upper >= 3 &&
        (unsigned char)q[-2] == 0x80 && (unsigned char)q[-3] == 0xE2) /* "–" */
        return word_before(upper, q - 3);
    if (q == upper || q == p || word_ends(q - 1))
        return NULL; /* the start, no space before p, or a mark: ",", ";", "(" */
    while (q > upper && !word_ends(q - 1))
        q--;
    return q;
}

/* 1 if the word at w (upper; text as written at t) is a stop (stops[]):
 * "xã" but in "xã hội", "thôn" but in "nông thôn". */
static int stop_at(const char *upper, const char *w)
{
    for (size_t i = 0; i < sizeof stops / sizeof stops[0]; i++)
        if (word_at(w, stops[i]))
            return 1;
    if (word_at(w, "XÃ") && !word_at(w + strlen("XÃ "), "HỘI"))
        return 1;
    const char *before = word_before(upper, w);
    return word_at(w, "THÔN") && !(before && word_at(before, "NÔNG"));
}

/* 1 if the head heads[h] at w (upper; t the same in text as written)
 * names a body as written: its rule. words: the words between it and the
 * kind. */
static int head_written(const char *upper, const char *w, const char *t, size_t h, int words)
{
    int capital = vi_letter_case(t, NULL) == 1;
    const char *next = t + strlen(heads[h].upper);
    const char *before = word_before(upper, w);
    switch (heads[h].rule) {
    case CAPITAL:
        return capital;
    case CAPITAL_WORDS: /* "trung tâm huyện" is the district's centre, a place */
        return capital && words > 0;
    case CAPITAL_OR_CAC: /* "các phòng chuyên môn", "phòng, ban"; not "Ban hành" */
        if (word_at(w, "BAN") && word_at(w + strlen("BAN "), "HÀNH"))
            return 0;
        return capital || (before && word_at(before, "CÁC")) ||
               (w - upper >= 2 && strncmp(w - 2, ", ", 2) == 0);
    case CAPITAL_NEXT: /* "Hội Nông dân", not "Hội nghị" */
        return capital && *next == ' ' && vi_letter_case(next + 1, NULL) == 1;
    default:
        return 1;
    }
}

static size_t small_kind_at(const char *t);

/* The start of the office's name that ends with the kind at k (upper;
 * text as written at the same offsets), or NULL. Another kind before it
 * ends the name: "huyện huyện ..." looked back ten words at each. */
static const char *office_head(const char *text, const char *upper, const char *k)
{
    const char *w = word_before(upper, k);
    if (w && word_at(w, "LIÊN")) /* "liên huyện": between districts */
        return NULL;
    for (int words = 0; w && words <= 10 && !small_kind_at(text + (w - upper));
         words++, w = word_before(upper, w)) {
        for (size_t h = 0; h < sizeof heads / sizeof heads[0]; h++) {
            size_t n = word_at(w, heads[h].upper);
            /* the head's words are not among those counted */
            int between = words - (strchr(heads[h].upper, ' ') ? 1 : 0);
            if (n && w + n <= k && head_written(upper, w, text + (w - upper), h, between))
                return w;
        }
        if (stop_at(upper, w))
            return NULL;
    }
    return NULL;
}

/* The byte length of a district's kind in small letters at t (text as
 * written), the word whole: "huyện", "quận", "thị xã"; else 0. */
static size_t small_kind_at(const char *t)
{
    static const char *const kinds[] = {"huyện", "quận", "thị xã"};
    for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++) {
        size_t n = strlen(kinds[i]);
        if (strncmp(t, kinds[i], n) == 0 && word_ends(t + n))
            return n;
    }
    return 0;
}

/* localgov_uncited_in_text's finder: the first office's name at or after
 * from, *len to its kind's end; text and upper are the same length
 * (localgov_put_upper), so an offset in one is one in the other. */
static const char *office_find(const char *text, const char *upper, const char *from, size_t *len,
                               const void *ctx)
{
    (void)ctx;
    for (const char *s = from; *s; s++) {
        if (s != upper && !word_ends(s - 1))
            continue;
        const char *t = text + (s - upper);
        size_t n = small_kind_at(t);
        size_t d = strlen("ĐÔ ");
        if (!n || (strncmp(t, "thị xã", n) == 0 && (size_t)(s - upper) >= d &&
                   strncmp(s - d, "ĐÔ ", d) == 0)) /* "đô thị xã": a commune's town */
            continue;
        const char *h = office_head(text, upper, s);
        if (h && h >= from) {
            *len = (size_t)(s - h) + n;
            return h;
        }
    }
    return NULL;
}

long localgov_district_office_in_text(const char *text, size_t *len)
{
    return localgov_uncited_in_text(text, office_find, NULL, len);
}
