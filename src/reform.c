/* reform.c - the provincial departments and the ministries the 2025
 * reorganisation merged away, for a plan of 2026 or later that still
 * names one (KH182, check_localgov.c).
 *
 * Nghị định 45/2025/NĐ-CP (28/02/2025, in force 1 March 2025) set the
 * specialised agencies of a province's People's Committee: Sở Nông nghiệp
 * và Môi trường took over Sở Nông nghiệp và Phát triển nông thôn and Sở
 * Tài nguyên và Môi trường; Sở Tài chính Sở Kế hoạch và Đầu tư; Sở Xây
 * dựng Sở Giao thông vận tải; Sở Khoa học và Công nghệ Sở Thông tin và
 * Truyền thông; Sở Nội vụ Sở Lao động - Thương binh và Xã hội, part of
 * whose work went to Sở Y tế and Sở Giáo dục và Đào tạo. Nghị quyết
 * 176/2025/QH15 did the same to the ministries of those names. A plan
 * started from last year's carries the old names into a document signed
 * in 2026; each is warned with the name to write. Only names written as
 * a body's ("Sở ...", "Bộ ...", capital S or B) are read: "bộ tiêu chí",
 * "trên cơ sở" are words. Not read here: which places of a plan are
 * (check_localgov.c).
 *
 * Three more (s51cycle). Nghị quyết 176/2025/QH15 set up Bộ Dân tộc và Tôn
 * giáo on the basis of Ủy ban Dân tộc: one successor. Nghị định 45/2025
 * (Điều 9; Nghị định 150/2025/NĐ-CP, in force 1 July 2025, keeps the same
 * rule) lets a province set up Sở Dân tộc và Tôn giáo only where it meets
 * the criteria, the province's Ban Dân tộc merged into it, else its work
 * given to Sở Nội vụ; and keeps Sở Ngoại vụ only in a province with an
 * international border gate, airport or seaport, or much foreign
 * investment, elsewhere merged into Văn phòng UBND tỉnh. For those two no
 * one name is true of every province: the warning says where the work
 * went and asks the drafter to check the province's decision (`moved`).
 * The People's Council's Ban Dân tộc ("Ban Dân tộc HĐND tỉnh") stays, and
 * is not read.
 */
#include "reform.h"

#include <string.h>

#include "i18n.h"
#include "localgov.h"
#include "util.h"
#include "vi.h"

/* In a form, ' ' is one space or more, '-' a dash (-, U+2010-U+2015,
 * U+2212) and '&' an ampersand, each with spaces around it or none. */
#define SO_BO (REFORM_SO | REFORM_BO)
static const Reformed reformed[] = {
    {"Nông nghiệp và Phát triển nông thôn",
     {"NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN", "NÔNG NGHIỆP VÀ PTNT", "NÔNG NGHIỆP&PTNT",
      "NÔNG NGHIỆP-PTNT", "NN&PTNT", "NN VÀ PTNT", "NNPTNT", NULL},
     SO_BO, "Nông nghiệp và Môi trường", NULL, NULL, NULL, NULL},
    {"Tài nguyên và Môi trường",
     {"TÀI NGUYÊN VÀ MÔI TRƯỜNG", "TÀI NGUYÊN-MÔI TRƯỜNG", "TÀI NGUYÊN MÔI TRƯỜNG", "TN&MT",
      "TN VÀ MT", "TNMT", NULL},
     SO_BO, "Nông nghiệp và Môi trường", NULL, NULL, NULL, NULL},
    {"Kế hoạch và Đầu tư",
     {"KẾ HOẠCH VÀ ĐẦU TƯ", "KẾ HOẠCH-ĐẦU TƯ", "KẾ HOẠCH ĐẦU TƯ", "KH&ĐT", "KH VÀ ĐT", "KHĐT",
      NULL},
     SO_BO, "Tài chính", NULL, NULL, NULL, NULL},
    {"Giao thông vận tải",
     {"GIAO THÔNG VẬN TẢI", "GIAO THÔNG-VẬN TẢI", "GTVT", NULL},
     SO_BO, "Xây dựng", NULL, NULL, NULL, NULL},
    {"Lao động - Thương binh và Xã hội",
     {"LAO ĐỘNG-THƯƠNG BINH VÀ XÃ HỘI", "LAO ĐỘNG, THƯƠNG BINH VÀ XÃ HỘI",
      "LAO ĐỘNG THƯƠNG BINH VÀ XÃ HỘI", "LAO ĐỘNG-TB&XH", "LĐ-TB&XH", "LĐTB&XH", "LĐTBXH", NULL},
     SO_BO, "Nội vụ", NULL,
     N_(" (part of its work went to Sở Y tế and Sở Giáo dục và Đào tạo)"),
     N_(" (part of its work went to Bộ Y tế and Bộ Giáo dục và Đào tạo)"), NULL},
    {"Thông tin và Truyền thông",
     {"THÔNG TIN VÀ TRUYỀN THÔNG", "THÔNG TIN-TRUYỀN THÔNG", "TT&TT", "TT VÀ TT", "TTTT", NULL},
     SO_BO, "Khoa học và Công nghệ", NULL, NULL, NULL, NULL},
    {"Dân tộc", {"DÂN TỘC", NULL}, REFORM_UY_BAN, NULL, "Bộ Dân tộc và Tôn giáo", NULL, NULL, NULL},
    {"Dân tộc", {"DÂN TỘC", NULL}, REFORM_BAN, NULL, NULL, NULL, NULL,
     N_("whose work the 2025 reorganisation (Nghị định 45/2025/NĐ-CP) gave to Sở Dân tộc và Tôn "
        "giáo where the province set one up, else to Sở Nội vụ")},
    {"Ngoại vụ", {"NGOẠI VỤ", NULL}, REFORM_SO, NULL, NULL, NULL, NULL,
     N_("which the 2025 reorganisation (Nghị định 45/2025/NĐ-CP) kept only in a province with an "
        "international border gate, airport or seaport, or much foreign investment, and merged "
        "into Văn phòng UBND tỉnh elsewhere")},
};

/* The words a body's name begins with, in upper case. */
static const struct {
    const char *upper;
    ReformBody body;
} body_words[] = {
    {"SỞ", REFORM_SO}, {"BỘ", REFORM_BO}, {"BAN", REFORM_BAN},
    {"ỦY BAN", REFORM_UY_BAN}, {"UỶ BAN", REFORM_UY_BAN},
};

const char *reform_body_word(ReformBody body)
{
    return body == REFORM_SO ? "Sở" : body == REFORM_BO ? "Bộ" : body == REFORM_BAN ? "Ban" : "Ủy ban";
}

const char *reform_law(ReformBody body)
{
    return body == REFORM_SO || body == REFORM_BAN ? "Nghị định 45/2025/NĐ-CP"
                                                   : "Nghị quyết 176/2025/QH15";
}

/* The byte length of a dash at s (one of -, U+2010-U+2015, U+2212), else 0. */
static size_t dash_at(const char *s)
{
    const unsigned char *u = (const unsigned char *)s;
    if (*u == '-')
        return 1;
    if (u[0] == 0xE2 && u[1] == 0x80 && u[2] >= 0x90 && u[2] <= 0x95)
        return 3;
    if (u[0] == 0xE2 && u[1] == 0x88 && u[2] == 0x92)
        return 3;
    return 0;
}

/* The byte length of form matched at s (upper case), ending a word, else 0. */
static size_t form_at(const char *s, const char *form)
{
    const char *t = s;
    for (const char *f = form; *f; f++) {
        if (*f == ' ') {
            if (*t != ' ')
                return 0;
            t += strspn(t, " ");
        } else if (*f == '-' || *f == '&') {
            t += strspn(t, " ");
            size_t n = *f == '&' ? (*t == '&') : dash_at(t);
            if (!n)
                return 0;
            t += n;
            t += strspn(t, " ");
        } else if (*t++ != *f) {
            return 0;
        }
    }
    return vi_word_byte((unsigned char)*t) ? 0 : (size_t)(t - s);
}

/* 1 if s (upper case, past a name) goes on to name the People's
 * Council ("Ban Dân tộc HĐND tỉnh", "Ban Dân tộc - Hội đồng nhân dân"):
 * its board, which stays. */
static int council_after(const char *s)
{
    static const char *const council[] = {"HĐND", "HỘI ĐỒNG NHÂN DÂN"};
    for (int k = 0; k < 4; k++) { /* spaces, a dash, "của"/"thuộc", spaces */
        s += strspn(s, " ");
        s += dash_at(s);
        if (strncmp(s, "CỦA ", strlen("CỦA ")) == 0 || strncmp(s, "THUỘC ", strlen("THUỘC ")) == 0)
            s += strcspn(s, " ");
    }
    for (size_t k = 0; k < sizeof council / sizeof council[0]; k++)
        if (strncmp(s, council[k], strlen(council[k])) == 0)
            return 1;
    return 0;
}

/* The entry whose name begins at s (upper case) after a body's word
 * ("SỞ ", "ỦY BAN "), *len the whole name's length, *body its word; else
 * NULL. */
static const Reformed *reformed_at(const char *s, size_t *len, ReformBody *body)
{
    for (size_t w = 0; w < sizeof body_words / sizeof body_words[0]; w++) {
        size_t k = strlen(body_words[w].upper);
        if (strncmp(s, body_words[w].upper, k) != 0 || s[k] != ' ')
            continue;
        const char *name = s + k + strspn(s + k, " ");
        for (size_t r = 0; r < sizeof reformed / sizeof reformed[0]; r++) {
            if (!(reformed[r].bodies & (int)body_words[w].body))
                continue;
            for (size_t f = 0; reformed[r].forms[f]; f++) {
                size_t n = form_at(name, reformed[r].forms[f]);
                if (n && !(body_words[w].body == REFORM_BAN && council_after(name + n))) {
                    *len = (size_t)(name - s) + n;
                    *body = body_words[w].body;
                    return &reformed[r];
                }
            }
        }
    }
    return NULL;
}

/* The first such name in upper at or after from, a word's start, its
 * "Sở"/"Bộ" a capital in text (text NULL: not known, taken). */
static const char *reform_find_upper(const char *text, const char *upper, const char *from,
                                     size_t *len, const void *ctx)
{
    (void)ctx;
    ReformBody body;
    for (const char *s = from; *s; s++) {
        if (s != upper && vi_word_byte((unsigned char)s[-1]))
            continue;
        if (text && vi_letter_case(text + (s - upper), NULL) != 1)
            continue; /* "bộ tiêu chí", "cơ sở", "ủy ban": words */
        if (reformed_at(s, len, &body))
            return s;
    }
    return NULL;
}

const Reformed *reform_find(const char *text, ReformBody *body)
{
    if (!text)
        return NULL;
    Buf upper = {0};
    vi_put_upper(&upper, text);
    const char *u = buf_str(&upper);
    int same = upper.len == strlen(text);
    size_t len;
    const char *at = reform_find_upper(same ? text : NULL, u, u, &len, NULL);
    const Reformed *r = at ? reformed_at(at, &len, body) : NULL;
    buf_free(&upper);
    return r;
}

/* A district People's Committee's specialised offices (Nghị định
 * 37/2014/NĐ-CP, 108/2020/NĐ-CP, 45/2025/NĐ-CP) that no commune has: the
 * commune's are Văn phòng HĐND và UBND, Phòng Kinh tế (a phường's Phòng
 * Kinh tế, Hạ tầng và Đô thị) and Phòng Văn hóa - Xã hội (Nghị định
 * 150/2025/NĐ-CP), so Phòng Kinh tế is not read. Forms as in reformed[]. */
static const Reformed district_offices[] = {
    {"Tài chính - Kế hoạch", {"TÀI CHÍNH-KẾ HOẠCH", "TÀI CHÍNH KẾ HOẠCH", "TC-KH", "TCKH", NULL},
     0, NULL, NULL, NULL, NULL, NULL},
    {"Nông nghiệp và Phát triển nông thôn",
     {"NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN", "NÔNG NGHIỆP VÀ PTNT", "NÔNG NGHIỆP&PTNT",
      "NÔNG NGHIỆP-PTNT", "NN&PTNT", "NN VÀ PTNT", "NNPTNT", NULL},
     0, NULL, NULL, NULL, NULL, NULL},
    {"Nông nghiệp và Môi trường", {"NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "NN&MT", NULL},
     0, NULL, NULL, NULL, NULL, NULL},
    {"Tài nguyên và Môi trường",
     {"TÀI NGUYÊN VÀ MÔI TRƯỜNG", "TÀI NGUYÊN-MÔI TRƯỜNG", "TÀI NGUYÊN MÔI TRƯỜNG", "TN&MT",
      "TNMT", NULL},
     0, NULL, NULL, NULL, NULL, NULL},
    {"Lao động - Thương binh và Xã hội",
     {"LAO ĐỘNG-THƯƠNG BINH VÀ XÃ HỘI", "LAO ĐỘNG, THƯƠNG BINH VÀ XÃ HỘI", "LAO ĐỘNG-TB&XH",
      "LĐ-TB&XH", "LĐTB&XH", "LĐTBXH", NULL},
     0, NULL, NULL, NULL, NULL, NULL},
    {"Nội vụ", {"NỘI VỤ", NULL}, 0, NULL, NULL, NULL, NULL, NULL},
    {"Tư pháp", {"TƯ PHÁP", NULL}, 0, NULL, NULL, NULL, NULL, NULL},
    {"Giáo dục và Đào tạo", {"GIÁO DỤC VÀ ĐÀO TẠO", "GIÁO DỤC-ĐÀO TẠO", "GD&ĐT", "GDĐT", NULL},
     0, NULL, NULL, NULL, NULL, NULL},
    {"Y tế", {"Y TẾ", NULL}, 0, NULL, NULL, NULL, NULL, NULL},
    {"Văn hóa và Thông tin",
     {"VĂN HÓA VÀ THÔNG TIN", "VĂN HOÁ VÀ THÔNG TIN", "VĂN HÓA-THÔNG TIN", "VĂN HOÁ-THÔNG TIN",
      "VĂN HÓA THÔNG TIN", "VĂN HOÁ THÔNG TIN", "VH&TT", NULL},
     0, NULL, NULL, NULL, NULL, NULL},
    {"Kinh tế và Hạ tầng", {"KINH TẾ VÀ HẠ TẦNG", "KINH TẾ-HẠ TẦNG", "KT&HT", "KTHT", NULL},
     0, NULL, NULL, NULL, NULL, NULL},
    {"Quản lý đô thị", {"QUẢN LÝ ĐÔ THỊ", NULL}, 0, NULL, NULL, NULL, NULL, NULL},
    {"Dân tộc", {"DÂN TỘC", NULL}, 0, NULL, NULL, NULL, NULL, NULL},
};

const char *reform_district_office(const char *name)
{
    if (!name)
        return NULL;
    Buf upper = {0};
    vi_put_upper(&upper, name);
    const char *u = buf_str(&upper) + strspn(buf_str(&upper), " ");
    const char *field = NULL;
    size_t k = strlen("PHÒNG");
    if (strncmp(u, "PHÒNG", k) == 0 && u[k] == ' ') {
        const char *rest = u + k + strspn(u + k, " ");
        for (size_t r = 0; r < sizeof district_offices / sizeof district_offices[0] && !field; r++)
            for (size_t f = 0; district_offices[r].forms[f] && !field; f++)
                if (form_at(rest, district_offices[r].forms[f]))
                    field = district_offices[r].field;
    }
    buf_free(&upper);
    return field;
}

long reform_in_text(const char *text, size_t *len)
{
    return localgov_uncited_in_text(text, reform_find_upper, NULL, len);
}
