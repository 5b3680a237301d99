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
 */
#include "reform.h"

#include <string.h>

#include "i18n.h"
#include "localgov.h"
#include "util.h"
#include "vi.h"

/* In a form, ' ' is one space or more, '-' a dash (-, U+2010-U+2015,
 * U+2212) and '&' an ampersand, each with spaces around it or none. */
static const Reformed reformed[] = {
    {"Nông nghiệp và Phát triển nông thôn",
     {"NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN", "NÔNG NGHIỆP VÀ PTNT", "NÔNG NGHIỆP&PTNT",
      "NÔNG NGHIỆP-PTNT", "NN&PTNT", "NN VÀ PTNT", "NNPTNT", NULL},
     "Nông nghiệp và Môi trường", NULL, NULL},
    {"Tài nguyên và Môi trường",
     {"TÀI NGUYÊN VÀ MÔI TRƯỜNG", "TÀI NGUYÊN-MÔI TRƯỜNG", "TÀI NGUYÊN MÔI TRƯỜNG", "TN&MT",
      "TN VÀ MT", "TNMT", NULL},
     "Nông nghiệp và Môi trường", NULL, NULL},
    {"Kế hoạch và Đầu tư",
     {"KẾ HOẠCH VÀ ĐẦU TƯ", "KẾ HOẠCH-ĐẦU TƯ", "KẾ HOẠCH ĐẦU TƯ", "KH&ĐT", "KH VÀ ĐT", "KHĐT",
      NULL},
     "Tài chính", NULL, NULL},
    {"Giao thông vận tải",
     {"GIAO THÔNG VẬN TẢI", "GIAO THÔNG-VẬN TẢI", "GTVT", NULL},
     "Xây dựng", NULL, NULL},
    {"Lao động - Thương binh và Xã hội",
     {"LAO ĐỘNG-THƯƠNG BINH VÀ XÃ HỘI", "LAO ĐỘNG, THƯƠNG BINH VÀ XÃ HỘI",
      "LAO ĐỘNG THƯƠNG BINH VÀ XÃ HỘI", "LAO ĐỘNG-TB&XH", "LĐ-TB&XH", "LĐTB&XH", "LĐTBXH", NULL},
     "Nội vụ",
     N_(" (part of its work went to Sở Y tế and Sở Giáo dục và Đào tạo)"),
     N_(" (part of its work went to Bộ Y tế and Bộ Giáo dục và Đào tạo)")},
    {"Thông tin và Truyền thông",
     {"THÔNG TIN VÀ TRUYỀN THÔNG", "THÔNG TIN-TRUYỀN THÔNG", "TT&TT", "TT VÀ TT", "TTTT", NULL},
     "Khoa học và Công nghệ", NULL, NULL},
};

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

/* The entry whose name begins at s (upper case) after "SỞ "/"BỘ ", *len
 * the whole name's length, *ministry 1 for a Bộ; else NULL. */
static const Reformed *reformed_at(const char *s, size_t *len, int *ministry)
{
    size_t k = strlen("SỞ");
    int bo = strncmp(s, "BỘ", k) == 0;
    if ((!bo && strncmp(s, "SỞ", k) != 0) || s[k] != ' ')
        return NULL;
    const char *name = s + k + strspn(s + k, " ");
    for (size_t r = 0; r < sizeof reformed / sizeof reformed[0]; r++)
        for (size_t f = 0; reformed[r].forms[f]; f++) {
            size_t n = form_at(name, reformed[r].forms[f]);
            if (n) {
                *len = (size_t)(name - s) + n;
                *ministry = bo;
                return &reformed[r];
            }
        }
    return NULL;
}

/* The first such name in upper at or after from, a word's start, its
 * "Sở"/"Bộ" a capital in text (text NULL: not known, taken). */
static const char *reform_find_upper(const char *text, const char *upper, const char *from,
                                     size_t *len)
{
    int bo;
    for (const char *s = from; *s; s++) {
        if (s != upper && vi_word_byte((unsigned char)s[-1]))
            continue;
        if (text && text[s - upper] != 'S' && text[s - upper] != 'B')
            continue;
        if (reformed_at(s, len, &bo))
            return s;
    }
    return NULL;
}

const Reformed *reform_find(const char *text, int *ministry)
{
    if (!text)
        return NULL;
    Buf upper = {0};
    vi_put_upper(&upper, text);
    const char *u = buf_str(&upper);
    int same = upper.len == strlen(text);
    size_t len;
    const char *at = reform_find_upper(same ? text : NULL, u, u, &len);
    const Reformed *r = at ? reformed_at(at, &len, ministry) : NULL;
    buf_free(&upper);
    return r;
}

long reform_in_text(const char *text, size_t *len)
{
    return localgov_uncited_in_text(text, reform_find_upper, len);
}
