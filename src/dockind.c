/* dockind.c - the kinds of document a plan cites, listed once.
 *
 * A basis's kind is checked against them (check_dates.c, KH161), the
 * closing's "năm NNNN" after one is another document's year
 * (check_closing.c), and a year in prose after one is a cited document's,
 * which `khgen new` does not move, `khgen diff` does not count as the
 * year moved and `khgen import` does not make {year} (yearctx.c). The
 * list was written four times, each a different part of it: diff read
 * "tại Quy định ngày 10/01/2024" as the plan's year, import "Phương án
 * số 05/2024" as a month of it (session 29, design debt "a decision is
 * written once"). Matching is bounded by a kind's length, so a caller
 * looking at each byte of a text stays linear.
 */
#include "dockind.h"

#include <string.h>

#include "util.h"
#include "vi.h"

const char *const plan_document_kinds[] = {
    "Hiến pháp", "Bộ luật", "Luật", "Pháp lệnh", "Lệnh", "Nghị quyết", "Nghị quyết liên tịch",
    "Nghị định", "Quyết định", "Chỉ thị", "Thông tư", "Thông tư liên tịch", "Quy chế",
    "Quy định", "Thông cáo", "Thông báo", "Thông tri", "Hướng dẫn", "Chương trình", "Kế hoạch",
    "Phương án", "Đề án", "Dự án", "Báo cáo", "Biên bản", "Tờ trình", "Hợp đồng", "Công văn",
    "Công điện", "Kết luận", "Văn bản", "Văn bản hợp nhất", NULL,
};

/* The bytes of the UTF-8 character whose lead byte is c. */
static size_t char_len(unsigned char c)
{
    return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

/* Whether s begins with kind, its first letter as written or, when
 * small, written small ("quyết định", "đề án"): a Vietnamese letter takes
 * as many bytes in either case, so the rest is compared byte for byte. */
static int begins_with_kind(const char *s, const char *kind, size_t n, int small)
{
    if (strncmp(s, kind, n) == 0)
        return 1;
    size_t first = char_len((unsigned char)kind[0]), mine = 0;
    if (!small || strnlen(s, first) < first || strncmp(s + first, kind + first, n - first) != 0)
        return 0;
    Buf capital = {0};
    int same = vi_begins_small(s, &capital, &mine) && mine == first && capital.len == first &&
               memcmp(capital.data, kind, first) == 0;
    buf_free(&capital);
    return same;
}

/* Whether some kind begins with the byte c as written (small 0), or in
 * either case (small 1: an ASCII capital's small letter; a Vietnamese
 * capital's lead byte is its small letter's too, "Đ" and "đ" 0xC4). The
 * table is made from the list at the first call. */
static int kind_may_begin(unsigned char c, int small)
{
    static unsigned char first[2][256];
    static int ready;
    if (!ready) {
        for (size_t k = 0; plan_document_kinds[k]; k++) {
            unsigned char b = (unsigned char)plan_document_kinds[k][0];
            first[0][b] = first[1][b] = 1;
            if (b >= 'A' && b <= 'Z')
                first[1][b - 'A' + 'a'] = 1;
        }
        ready = 1;
    }
    return first[small != 0][c];
}

size_t doc_kind_at(const char *s, int small)
{
    size_t best = 0;
    /* most words begin no kind: one look-up, not a pass over the list
     * (yearctx.c asks at each word of 200 bytes before each year) */
    if (!kind_may_begin((unsigned char)s[0], small))
        return 0;
    size_t avail = strnlen(s, 4);
    for (size_t k = 0; plan_document_kinds[k]; k++) {
        const char *kind = plan_document_kinds[k];
        /* the byte after the first letter, which begins_with_kind compares
         * as written in either case, first: yearctx.c asks at each byte of
         * 200 before each year, and `khgen new` of a plan naming the year
         * 100,000 times took 5 s, most of it here (session 29's CI) */
        size_t first = char_len((unsigned char)kind[0]);
        if ((!small && s[0] != kind[0]) || avail <= first || s[first] != kind[first])
            continue;
        size_t n = strlen(kind);
        if (n > best && begins_with_kind(s, kind, n, small) && !vi_word_byte((unsigned char)s[n]))
            best = n;
    }
    return best;
}

int doc_kind_ends(const char *s, size_t end, int small)
{
    for (size_t k = 0; plan_document_kinds[k]; k++) {
        size_t n = strlen(plan_document_kinds[k]);
        if (end >= n && (end == n || !vi_word_byte((unsigned char)s[end - n - 1])) &&
            begins_with_kind(s + end - n, plan_document_kinds[k], n, small))
            return 1;
    }
    return 0;
}
