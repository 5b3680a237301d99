/* places2025.c - the places a plan names that ended on 1 July 2025.
 *
 * On 1 July 2025 the district level ended (localgov.c): every huyện, quận
 * and thị xã, and every city of a province (thành phố thuộc tỉnh, of a
 * district's level: "Thành phố Hà Giang"); each thị trấn became a xã or a
 * phường; and Nghị quyết 202/2025/QH15 (12 June 2025) merged 52 of the 63
 * provinces into 23, the 29 below going into a neighbour that kept its
 * name ("Nhập tỉnh Hà Giang và tỉnh Tuyên Quang thành tỉnh mới có tên gọi
 * là tỉnh Tuyên Quang"). A plan of 2025 moved on to 2026 by `khgen new`
 * keeps the words its drafter wrote: a Biểu grouped under "Huyện Bắc
 * Quang", a bullet "Huyện Vị Xuyên: xã ... đạt chuẩn", a title "trên địa
 * bàn tỉnh Hà Giang" (s51province F3). check's KH181 reads the bodies in
 * office (issuer, recipients, units, opening, closing) but not the text,
 * where a former place may rightly be named; so new notes each text of
 * the plan that names one, and the drafter decides. A place named as the
 * former one ("huyện Bắc Quang (cũ)") or inside a document's citation is
 * history, not read (localgov_uncited_in_text, KH181's rule).
 *
 * A name is read in capitals (vi_put_upper), after a word's start: a
 * district's or a thị trấn's kind followed by its name (a word that
 * begins with a capital or a digit: "huyện Bắc Quang", "quận 1"), by
 * nothing after a People's Committee's name ("UBND huyện"), or after "các"
 * ("các huyện, thành phố": the districts as those who act), or by
 * nothing after the words that make it a place, "trên địa bàn huyện",
 * "toàn huyện", "ngân sách huyện" (district_as_place); "thành phố"
 * or "TP." followed by a name that is no city under the central
 * government (nor "TP. HCM", its name as offices shorten it); "tỉnh"
 * followed by a merged province's name, in each form
 * plans write it ("Hoà Bình", "Đăk Nông", "Bà Rịa-Vũng Tàu"). A bare name
 * ("Hà Giang chung sức") is a word of the text, a ward named after an
 * old province ("phường Hà Giang 1") is none of these, and neither is a
 * town's "đô thị" before "xã" ("đô thị xã Tân Sỏi"). Linear in the text.
 */
#include "places2025.h"

#include <string.h>

#include "localgov.h"
#include "util.h"
#include "vi.h"

/* Nghị quyết 202/2025/QH15, Điều 1: each province merged away, the
 * province or city under the central government it went into, and its
 * name in capitals as plans write it. */
static const struct {
    const char *name, *into;
    const char *forms[5];
} merged[] = {
    {"Hà Giang", "tỉnh Tuyên Quang", {"HÀ GIANG", NULL}},
    {"Yên Bái", "tỉnh Lào Cai", {"YÊN BÁI", NULL}},
    {"Bắc Kạn", "tỉnh Thái Nguyên", {"BẮC KẠN", "BẮC CẠN", NULL}},
    {"Vĩnh Phúc", "tỉnh Phú Thọ", {"VĨNH PHÚC", NULL}},
    {"Hòa Bình", "tỉnh Phú Thọ", {"HÒA BÌNH", "HOÀ BÌNH", NULL}},
    {"Bắc Giang", "tỉnh Bắc Ninh", {"BẮC GIANG", NULL}},
    {"Thái Bình", "tỉnh Hưng Yên", {"THÁI BÌNH", NULL}},
    {"Hải Dương", "thành phố Hải Phòng", {"HẢI DƯƠNG", NULL}},
    {"Hà Nam", "tỉnh Ninh Bình", {"HÀ NAM", NULL}},
    {"Nam Định", "tỉnh Ninh Bình", {"NAM ĐỊNH", NULL}},
    {"Quảng Bình", "tỉnh Quảng Trị", {"QUẢNG BÌNH", NULL}},
    {"Quảng Nam", "thành phố Đà Nẵng", {"QUẢNG NAM", NULL}},
    {"Kon Tum", "tỉnh Quảng Ngãi", {"KON TUM", NULL}},
    {"Bình Định", "tỉnh Gia Lai", {"BÌNH ĐỊNH", NULL}},
    {"Ninh Thuận", "tỉnh Khánh Hòa", {"NINH THUẬN", NULL}},
    {"Đắk Nông", "tỉnh Lâm Đồng", {"ĐẮK NÔNG", "ĐĂK NÔNG", "ĐẮC NÔNG", NULL}},
    {"Bình Thuận", "tỉnh Lâm Đồng", {"BÌNH THUẬN", NULL}},
    {"Phú Yên", "tỉnh Đắk Lắk", {"PHÚ YÊN", NULL}},
    {"Bình Dương", "Thành phố Hồ Chí Minh", {"BÌNH DƯƠNG", NULL}},
    {"Bà Rịa - Vũng Tàu", "Thành phố Hồ Chí Minh", {"BÀ RỊA - VŨNG TÀU", "BÀ RỊA-VŨNG TÀU", "BÀ RỊA – VŨNG TÀU", "BÀ RỊA VŨNG TÀU", NULL}},
    {"Bình Phước", "tỉnh Đồng Nai", {"BÌNH PHƯỚC", NULL}},
    {"Long An", "tỉnh Tây Ninh", {"LONG AN", NULL}},
    {"Sóc Trăng", "thành phố Cần Thơ", {"SÓC TRĂNG", NULL}},
    {"Hậu Giang", "thành phố Cần Thơ", {"HẬU GIANG", NULL}},
    {"Bến Tre", "tỉnh Vĩnh Long", {"BẾN TRE", NULL}},
    {"Trà Vinh", "tỉnh Vĩnh Long", {"TRÀ VINH", NULL}},
    {"Tiền Giang", "tỉnh Đồng Tháp", {"TIỀN GIANG", NULL}},
    {"Bạc Liêu", "tỉnh Cà Mau", {"BẠC LIÊU", NULL}},
    {"Kiên Giang", "tỉnh An Giang", {"KIÊN GIANG", NULL}},
};

/* 1 if s[0] ends a word: the text's end, or no byte of a word. */
static int word_ends(const char *s)
{
    return !vi_word_byte((unsigned char)*s);
}

/* The byte length of word (upper case, e.g. "HUYỆN") at s, whole, else 0. */
static size_t word_at(const char *s, const char *word)
{
    size_t n = strlen(word);
    return strncmp(s, word, n) == 0 && word_ends(s + n) ? n : 0;
}

/* The entry of the merged province whose name (a form of it, in capitals)
 * u begins with, the name whole; *n its length; -1 for none. */
static int merged_at(const char *u, size_t *n)
{
    for (size_t i = 0; i < sizeof merged / sizeof merged[0]; i++)
        for (const char *const *f = merged[i].forms; *f; f++)
            if ((*n = word_at(u, *f)) != 0)
                return (int)i;
    return -1;
}

/* 1 if the name after a kind at s (s in text as written, or in upper
 * where text is not given) begins with a capital or a digit. */
static int named_after(const char *s)
{
    return *s == ' ' && (vi_letter_case(s + 1, NULL) == 1 || (s[1] >= '0' && s[1] <= '9'));
}

/* The names of a People's Committee or Council that may stand before a
 * kind, upper case, with their space. */
static const char *const bodies[] = {"UBND ", "ỦY BAN NHÂN DÂN ", "UỶ BAN NHÂN DÂN ", "HĐND ",
                                     "HỘI ĐỒNG NHÂN DÂN "};

/* The length of a body's name (bodies), then "CÁC ", or either, at s
 * (upper case); 0 for neither. */
static size_t body_len(const char *s)
{
    size_t n = 0;
    for (size_t b = 0; b < sizeof bodies / sizeof bodies[0] && !n; b++)
        if (strncmp(s, bodies[b], strlen(bodies[b])) == 0)
            n = strlen(bodies[b]);
    if (strncmp(s + n, "CÁC ", strlen("CÁC ")) == 0)
        n += strlen("CÁC ");
    return n;
}

/* 1 if the word before k (in upper, at a word's start) is "ĐÔ": "đô thị
 * xã Tân Sỏi" is the commune's town (đô thị), no thị xã; read as one,
 * `new` noted it as a district (s53review). */
static int after_do(const char *upper, const char *k)
{
    size_t n = strlen("ĐÔ ");
    return (size_t)(k - upper) >= n && strncmp(k - n, "ĐÔ ", n) == 0 &&
           ((size_t)(k - upper) == n || word_ends(k - n - 1));
}

/* 1 if the word before k (in upper, at a word's start) is "ĐƯỜNG": "đường
 * huyện ĐH.12" is a road's class and number (Luật Đường bộ 2024), no
 * district; read as one, `new` noted it (s55cycle). */
static int after_road(const char *upper, const char *k)
{
    size_t n = strlen("ĐƯỜNG ");
    return (size_t)(k - upper) >= n && strncmp(k - n, "ĐƯỜNG ", n) == 0 &&
           ((size_t)(k - upper) == n || word_ends(k - n - 1));
}

/* The byte length of a district named as a place without its name at s
 * (upper, a word's start): "trên địa bàn huyện", "toàn huyện", "ngân
 * sách huyện", "toàn thị xã", the words before the kind and the kind;
 * else 0. The kind alone after other words is none: "đường huyện" is a
 * road's class (Luật Đường bộ 2024), "liên huyện" between districts,
 * "cấp huyện" the level itself, named in telling of its end (s55cycle). */
static size_t district_as_place(const char *s)
{
    static const char *const before[] = {"TRÊN ĐỊA BÀN ", "ĐỊA BÀN ", "TOÀN ", "NGÂN SÁCH "};
    static const char *const kinds[] = {"HUYỆN", "QUẬN", "THỊ XÃ"};
    for (size_t i = 0; i < sizeof before / sizeof before[0]; i++) {
        size_t b = strlen(before[i]);
        if (strncmp(s, before[i], b) != 0)
            continue;
        for (size_t j = 0; j < sizeof kinds / sizeof kinds[0]; j++) {
            size_t n = word_at(s + b, kinds[j]);
            if (n)
                return b + n;
        }
        return 0;
    }
    return 0;
}

/* What begins at s, a word's start in upper (a text in capitals; text
 * the same as written, or NULL), as scope reads it; *len the name's
 * length up to its kind's end (the province's name's too), *into a
 * province's successor. A body's name or "các" before the kind is part of
 * it ("UBND huyện", "các huyện"), the kind then needing no name after it
 * (but a city's and a province's do). */
static Place2025 place_at(const char *text, const char *upper, const char *s,
                          Places2025Scope scope, size_t *len, const char **into)
{
    size_t pre = body_len(s), n;
    const char *k = s + pre;
    const char *w = text ? text + (k - upper) : k; /* the kind as written */
    if ((n = word_at(k, "TỈNH")) != 0 && k[n] == ' ') {
        size_t name = 0;
        int i = merged_at(k + n + 1, &name);
        if (i < 0)
            return PLACE2025_NONE;
        *len = pre + n + 1 + name;
        *into = merged[i].into;
        return PLACE2025_PROVINCE;
    }
    if (scope == PLACES2025_PROVINCES)
        return PLACE2025_NONE;
    if (!pre && (n = district_as_place(k)) != 0) {
        *len = n;
        return PLACE2025_DISTRICT;
    }
    static const struct {
        const char *word;
        Place2025 what;
    } kinds[] = {{"HUYỆN", PLACE2025_DISTRICT},     {"QUẬN", PLACE2025_DISTRICT},
                 {"THỊ XÃ", PLACE2025_DISTRICT},    {"THỊ TRẤN", PLACE2025_TOWNSHIP},
                 {"THÀNH PHỐ", PLACE2025_CITY},     {"TP.", PLACE2025_CITY}};
    for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++) {
        if (kinds[i].what != PLACE2025_CITY) {
            if ((n = word_at(k, kinds[i].word)) == 0)
                continue;
            if (!pre && (!named_after(w + n) || after_do(upper, k) || after_road(upper, k)))
                return PLACE2025_NONE;
            *len = pre + n;
            return kinds[i].what;
        }
        /* "TP." ends with no word's byte: its length alone */
        n = strlen(kinds[i].word);
        if (strncmp(k, kinds[i].word, n) != 0 || !named_after(w + n))
            continue;
        /* the city's name: the words that begin with a capital or a digit */
        const char *name = k + n + 1;
        size_t m = 0;
        for (;;) {
            m += strcspn(name + m, " ,;.:()\n");
            if (!named_after(w + n + 1 + m))
                break;
            m++;
        }
        if (localgov_central_city_upper(name, m, LOCALGOV_TWO_LEVEL_YEAR) ||
            (m == strlen("HCM") && strncmp(name, "HCM", m) == 0)) /* "TP. HCM" */
            return PLACE2025_NONE;
        *len = pre + n;
        return PLACE2025_CITY;
    }
    return PLACE2025_NONE;
}

/* The finder of localgov_uncited_in_text (a LocalFind), its context the
 * scope (a Places2025Scope). */
static const char *find_in(const char *text, const char *upper, const char *from, size_t *len,
                           const void *ctx)
{
    Places2025Scope scope = *(const Places2025Scope *)ctx;
    const char *into;
    for (const char *s = from; *s; s++)
        if ((s == upper || word_ends(s - 1)) &&
            place_at(text, upper, s, scope, len, &into) != PLACE2025_NONE)
            return s;
    return NULL;
}

long places2025_in_text(const char *text, Places2025Scope scope, size_t *len, Place2025 *what,
                        const char **into)
{
    *what = PLACE2025_NONE;
    *into = NULL;
    long off = localgov_uncited_in_text(text, find_in, &scope, len);
    if (off < 0)
        return -1;
    Buf upper = {0};
    localgov_put_upper(&upper, text); /* as localgov_uncited_in_text read it */
    size_t kind = 0;
    /* what the name is: at its offset, the same in text and upper */
    *what = place_at(text, buf_str(&upper), buf_str(&upper) + off, scope, &kind, into);
    buf_free(&upper);
    return *what == PLACE2025_NONE ? -1 : off;
}

const char *places2025_merged_province(const char *name)
{
    if (!name)
        return NULL;
    Buf upper = {0};
    vi_put_upper(&upper, name);
    const char *u = buf_str(&upper);
    size_t n = 0;
    int i = merged_at(u, &n);
    int whole = i >= 0 && u[n] == '\0';
    buf_free(&upper);
    return whole ? merged[i].into : NULL;
}
