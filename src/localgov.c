/* localgov.c - the levels of Vietnam's local government, one table shared
 * by init (the kind a place's name begins with, the skeleton of a level),
 * check (a plan of the two-level government issued by, under or sent to a
 * district's People's Committee or a thị trấn's, KH181) and new (the same,
 * on the lines it carries over into such a year).
 *
 * Since 1 July 2025 (Luật Tổ chức chính quyền địa phương 2025, Luật số
 * 72/2025/QH15) local government has two levels: the province (tỉnh,
 * thành phố trực thuộc trung ương) and the commune (xã, phường, đặc khu);
 * the district level (huyện, quận, thị xã) ended on 30 June 2025, with
 * the thị trấn, the district's town, each made a xã or a phường; and a
 * commune's superior is the provincial UBND. A plan's year is the year it
 * plans for; one of 2025 or earlier may still be a district's, and a legal
 * basis that cites a district's decision is history, which nothing here
 * reads. Only the words that name the district's People's Committee or
 * Council, or an office of it, are read: a place whose name holds the word
 * ("Thôn Huyện") is none.
 */
#include "localgov.h"

#include <string.h>

#include "util.h"
#include "vi.h"

/* A xã is made of thôn and a phường of tổ dân phố (a phường has no
 * thôn and no programme of new rural areas: its work is the urban one);
 * what a đặc khu is made of and plans for, khgen's facts do not say. */
const LocalKind localgov_kinds[] = {
    {"XÃ ", "XA ", "xã", LOCALGOV_COMMUNE, "thôn", "thon", LOCALGOV_RURAL},
    {"PHƯỜNG ", "PHUONG ", "phường", LOCALGOV_COMMUNE, "tổ dân phố", "tdp", LOCALGOV_URBAN},
    {"ĐẶC KHU ", "DAC KHU ", "đặc khu", LOCALGOV_COMMUNE, NULL, NULL, LOCALGOV_WORK_UNSTATED},
    {"THỊ TRẤN ", "THI TRAN ", "thị trấn", LOCALGOV_TOWNSHIP, NULL, NULL, LOCALGOV_WORK_UNSTATED},
    {"HUYỆN ", "HUYEN ", "huyện", LOCALGOV_DISTRICT, NULL, NULL, LOCALGOV_WORK_UNSTATED},
    {"QUẬN ", "QUAN ", "quận", LOCALGOV_DISTRICT, NULL, NULL, LOCALGOV_WORK_UNSTATED},
    {"THỊ XÃ ", "THI XA ", "thị xã", LOCALGOV_DISTRICT, NULL, NULL, LOCALGOV_WORK_UNSTATED},
    {"TỈNH ", "TINH ", "tỉnh", LOCALGOV_PROVINCE, NULL, NULL, LOCALGOV_WORK_UNSTATED},
    {"THÀNH PHỐ ", "THANH PHO ", "thành phố", LOCALGOV_PROVINCE, NULL, NULL, LOCALGOV_WORK_UNSTATED},
    {"TP. ", NULL, "thành phố", LOCALGOV_PROVINCE, NULL, NULL, LOCALGOV_WORK_UNSTATED},
    {"TP.", NULL, "thành phố", LOCALGOV_PROVINCE, NULL, NULL, LOCALGOV_WORK_UNSTATED},
};
const size_t n_localgov_kinds = sizeof localgov_kinds / sizeof localgov_kinds[0];

/* The names of a People's Committee or Council before its level's kind,
 * upper case: "UBND huyện", "Hội đồng nhân dân quận". */
static const char *const bodies[] = {"UBND ", "ỦY BAN NHÂN DÂN ", "UỶ BAN NHÂN DÂN ",
                                     "HĐND ", "HỘI ĐỒNG NHÂN DÂN "};

int localgov_two_level(long year)
{
    return year >= LOCALGOV_TWO_LEVEL_YEAR;
}

/* The cities under the central government: Luật 72/2025/QH15 and the
 * resolutions before it; Huế since 1 January 2025 (Nghị quyết
 * 1314/NQ-UBTVQH15). */
static const struct {
    const char *name;
    long from;
} central_cities[] = {{"Hà Nội", 0},   {"Hồ Chí Minh", 0}, {"Hải Phòng", 0},
                      {"Đà Nẵng", 0}, {"Cần Thơ", 0},     {"Huế", 2025}};

int localgov_central_city(const char *rest, long year)
{
    for (size_t i = 0; rest && i < sizeof central_cities / sizeof central_cities[0]; i++)
        if (strcmp(rest, central_cities[i].name) == 0)
            return year >= central_cities[i].from;
    return 0;
}

int localgov_central_city_upper(const char *u, size_t n, long year)
{
    Buf upper = {0};
    int found = 0;
    for (size_t i = 0; !found && i < sizeof central_cities / sizeof central_cities[0]; i++) {
        buf_reset(&upper);
        vi_put_upper(&upper, central_cities[i].name);
        found = upper.len == n && memcmp(u, buf_str(&upper), n) == 0 &&
                year >= central_cities[i].from;
    }
    buf_free(&upper);
    return found;
}

int localgov_place_keeps_kind(const char *rest)
{
    /* Nghị định 30/2020, Phụ lục I, II.4: "Thành phố Hồ Chí Minh, ngày
     * ...", named after a person; "Hà Nội, ngày ...", as any other */
    static const char *const after_people[] = {"Hồ Chí Minh"};
    for (size_t i = 0; rest && i < sizeof after_people / sizeof after_people[0]; i++)
        if (strcmp(rest, after_people[i]) == 0)
            return 1;
    return 0;
}

int localgov_urban_place(const char *kind)
{
    static const char *const urban[] = {"phường", "tổ dân phố", "khu phố", "khóm"};
    for (size_t i = 0; kind && i < sizeof urban / sizeof urban[0]; i++)
        if (strcmp(kind, urban[i]) == 0)
            return 1;
    return 0;
}

const LocalKind *localgov_kind(const char *kind)
{
    for (size_t k = 0; kind && k < n_localgov_kinds; k++)
        if (strcmp(localgov_kinds[k].kind, kind) == 0)
            return &localgov_kinds[k];
    return NULL;
}

int localgov_tier(const char *kind)
{
    const LocalKind *k = localgov_kind(kind);
    return k ? (int)k->tier : -1;
}

/* 1 if s[0] ends a word: the text's end, or no byte of a word
 * (vi_word_byte). */
static int word_ends(const char *s)
{
    return !vi_word_byte((unsigned char)*s);
}

/* The byte length of a district's kind at s (upper case), the word whole,
 * else 0. */
static size_t district_kind_at(const char *s)
{
    for (size_t k = 0; k < n_localgov_kinds; k++) {
        if (localgov_kinds[k].tier != LOCALGOV_DISTRICT)
            continue;
        size_t n = strlen(localgov_kinds[k].upper) - 1; /* without its space */
        if (strncmp(s, localgov_kinds[k].upper, n) == 0 && word_ends(s + n))
            return n;
    }
    return 0;
}

/* Where the kinds begin after a body's name at s, a word's start in upper
 * (a text in upper case): "UBND ", "ỦY BAN NHÂN DÂN ", ..., then "CÁC "
 * perhaps; NULL when no body's name begins at s. No body's name begins
 * another's: the first that matches is the one. */
static const char *after_body(const char *upper, const char *s)
{
    if (s != upper && !word_ends(s - 1))
        return NULL; /* a body's name begins a word */
    for (size_t b = 0; b < sizeof bodies / sizeof bodies[0]; b++) {
        size_t n = strlen(bodies[b]);
        if (strncmp(s, bodies[b], n) != 0)
            continue;
        const char *k = s + n;
        if (strncmp(k, "CÁC ", strlen("CÁC ")) == 0)
            k += strlen("CÁC ");
        return k;
    }
    return NULL;
}

/* The first place in upper (a text in upper case) at or after from where
 * a body's name, "CÁC " perhaps, then a district's kind begins, or NULL;
 * *len (when not NULL) its byte length to the kind's end. */
static const char *district_body_at(const char *upper, const char *from, size_t *len)
{
    for (const char *s = from; *s; s++) {
        const char *k = after_body(upper, s);
        size_t kind = k ? district_kind_at(k) : 0;
        if (kind) {
            if (len)
                *len = (size_t)(k - s) + kind;
            return s;
        }
    }
    return NULL;
}

/* 1 if upper (a text in upper case) holds a district's body's name. */
static int district_body_upper(const char *upper)
{
    return district_body_at(upper, upper, NULL) != NULL;
}

/* The end of the place's name after a district body's name ending at e
 * (text as written): its words that begin with a capital or a digit ("UBND
 * huyện Yên Thế", "UBND quận 1"). */
static const char *place_end(const char *e)
{
    while (e[0] == ' ' && (vi_letter_case(e + 1, NULL) == 1 || (e[1] >= '0' && e[1] <= '9')))
        e += 1 + strcspn(e + 1, " ,;.:\n");
    return e;
}

/* 1 if the words at e (text as written, after a district body's name and
 * its place's) say the body is the former one, "(cũ)" or "cũ": "kết quả
 * năm 2025 của UBND huyện Yên Thế (cũ)" is history, as a citation is. */
static int former_at(const char *e)
{
    e += strspn(e, " ");
    if (*e == '(')
        e++;
    return strncmp(e, "cũ", strlen("cũ")) == 0 && !vi_word_byte((unsigned char)e[strlen("cũ")]);
}

/* The byte length of a commune's or a district's kind at s (upper case),
 * the word whole, else 0; *tier its tier. */
static size_t kind_at(const char *s, int *tier)
{
    for (size_t k = 0; k < n_localgov_kinds; k++) {
        if (localgov_kinds[k].tier != LOCALGOV_COMMUNE && localgov_kinds[k].tier != LOCALGOV_TOWNSHIP &&
            localgov_kinds[k].tier != LOCALGOV_DISTRICT)
            continue;
        size_t n = strlen(localgov_kinds[k].upper) - 1; /* without its space */
        if (strncmp(s, localgov_kinds[k].upper, n) == 0 && word_ends(s + n)) {
            *tier = (int)localgov_kinds[k].tier;
            return n;
        }
    }
    return 0;
}

/* 1 if upper (a text in upper case) names a thị trấn's body, alone or in
 * a list of kinds (localgov_names_township_body). */
static int township_body_upper(const char *u)
{
    for (const char *s = u; *s; s++) {
        const char *k = after_body(u, s);
        /* the kinds listed: "xã, thị trấn", "xã và thị trấn" */
        int tier = -1;
        size_t len;
        while (k && (len = kind_at(k, &tier)) != 0) {
            if (tier == LOCALGOV_TOWNSHIP)
                return 1;
            k += len;
            if (strncmp(k, ", ", 2) == 0)
                k += 2;
            else if (strncmp(k, " VÀ ", strlen(" VÀ ")) == 0)
                k += strlen(" VÀ ");
            else
                break;
        }
    }
    return 0;
}

/* holds(text in upper case), 0 for no text: the public readings of a
 * body's name over the text as written. */
static int upper_holds(const char *text, int (*holds)(const char *upper))
{
    if (!text)
        return 0;
    Buf upper = {0};
    vi_put_upper(&upper, text);
    int found = holds(buf_str(&upper));
    buf_free(&upper);
    return found;
}

int localgov_names_township_body(const char *text)
{
    return upper_holds(text, township_body_upper);
}

/* 1 if line, a line of a plan's issuer, is the People's Committee of a
 * place of tier (LOCALGOV_DISTRICT or LOCALGOV_TOWNSHIP): its kind first
 * and a name after it ("HUYỆN YÊN THẾ", "THỊ TRẤN CAO THƯỢNG"), or such a
 * body's name whole ("UBND HUYỆN YÊN THẾ"). */
static int issuer_line_of(const char *line, LocalTier tier)
{
    if (!line)
        return 0;
    Buf upper = {0};
    vi_put_upper(&upper, line);
    const char *u = buf_str(&upper);
    u += strspn(u, " ");
    int kind = -1;
    size_t n = kind_at(u, &kind);
    /* "HUYỆN ỦY YÊN THẾ" is the Party's committee, no People's Committee */
    int party = n && (strncmp(u + n, " ỦY", strlen(" ỦY")) == 0 ||
                      strncmp(u + n, " UỶ", strlen(" UỶ")) == 0);
    int found = (n && kind == (int)tier && u[n] == ' ' && u[n + 1] && !party) ||
                (tier == LOCALGOV_DISTRICT ? district_body_upper(u) : township_body_upper(u));
    buf_free(&upper);
    return found;
}

const LocalKind *localgov_commune_issuer(const char *u, const char **rest)
{
    static const char *const committee[] = {"UBND ", "ỦY BAN NHÂN DÂN ", "UỶ BAN NHÂN DÂN "};
    u += strspn(u, " ");
    for (size_t b = 0; b < sizeof committee / sizeof committee[0]; b++)
        if (strncmp(u, committee[b], strlen(committee[b])) == 0)
            u += strlen(committee[b]);
    *rest = u;
    for (size_t k = 0; k < n_localgov_kinds; k++)
        if (localgov_kinds[k].tier == LOCALGOV_COMMUNE &&
            strncmp(u, localgov_kinds[k].upper, strlen(localgov_kinds[k].upper)) == 0)
            return &localgov_kinds[k];
    return NULL;
}

int localgov_township_issuer_line(const char *line)
{
    return issuer_line_of(line, LOCALGOV_TOWNSHIP);
}

/* district_body_at as a LocalFind: text is not needed. */
static const char *district_find(const char *text, const char *upper, const char *from,
                                 size_t *len, const void *ctx)
{
    (void)text;
    (void)ctx;
    return district_body_at(upper, from, len);
}

void localgov_put_upper(Buf *out, const char *text)
{
    buf_putn(out, "", 0); /* an empty text still gives a valid string */
    Buf cap = {0};
    for (const char *s = text; *s;) {
        size_t bytes = 1;
        if (vi_begins_small(s, &cap, &bytes) && cap.len == bytes)
            buf_putn(out, cap.data, cap.len);
        else /* no small letter, or one whose capital is longer or shorter */
            buf_putn(out, s, bytes);
        s += bytes;
    }
    buf_free(&cap);
}

long localgov_uncited_in_text(const char *text, LocalFind find, const void *ctx, size_t *len)
{
    if (!text)
        return -1;
    size_t n = 0;
    Buf upper = {0};
    localgov_put_upper(&upper, text);
    const char *u = buf_str(&upper), *at = u, *scanned = u;
    /* the two are the same length (localgov_put_upper): an offset in
     * upper is one in text, and the finder reads a name's case in text
     * (a title with a "ı" read "xã hội" as the commune "HỘI": s54review) */
    int cites = 0; /* the clause up to scanned cites a document: a digit, then '/' */
    while ((at = find(text, u, at, &n, ctx)) != NULL) {
        for (; scanned < at; scanned++) {
            if (strchr(".;:", *scanned) && (scanned[1] == ' ' || scanned[1] == '\n'))
                cites = 0; /* a clause ends */
            else if (*scanned >= '0' && *scanned <= '9' && scanned[1] == '/')
                cites = 1;
        }
        if (!cites && !former_at(place_end(text + (at - u) + n)))
            break;
        /* past the name found, not one byte: a finder that reads a name
         * whole (KH185's "xã" and the capitalised words after it) went
         * over the same words again from each byte of a cited name, the
         * time growing as the square of "1/2 Xã Xã Xã ..." (s54review) */
        at += n ? n : 1;
    }
    long off = at ? (long)(at - u) : -1;
    if (at)
        *len = (size_t)(place_end(text + off + n) - (text + off));
    buf_free(&upper);
    return off;
}

long localgov_district_body_in_text(const char *text, size_t *len)
{
    return localgov_uncited_in_text(text, district_find, NULL, len);
}

int localgov_names_district_body(const char *text)
{
    return upper_holds(text, district_body_upper);
}

int localgov_district_issuer_line(const char *line)
{
    return issuer_line_of(line, LOCALGOV_DISTRICT);
}

int localgov_district_unit(const char *name)
{
    if (!name)
        return 0;
    if (localgov_names_district_body(name))
        return 1;
    /* the kind in small letters as the name's last word ("... nông thôn
     * mới huyện"), or before the district's name ("Phòng Nội vụ huyện Yên
     * Thế", "quận 1"), or after "cấp": the district's own office */
    static const char *const small[] = {"huyện", "quận", "thị xã"};
    for (const char *s = name; *s; s++) {
        if (s != name && !word_ends(s - 1))
            continue;
        for (size_t k = 0; k < sizeof small / sizeof small[0]; k++) {
            size_t n = strlen(small[k]);
            if (strncmp(s, small[k], n) != 0 || !word_ends(s + n))
                continue;
            const char *after = s + n + strspn(s + n, " .");
            size_t cap = strlen("cấp ");
            if (!*after || (s[n] == ' ' && (vi_letter_case(after, NULL) == 1 ||
                                            (*after >= '0' && *after <= '9'))) ||
                ((size_t)(s - name) >= cap && strncmp(s - cap, "cấp ", cap) == 0))
                return 1;
        }
    }
    return 0;
}
