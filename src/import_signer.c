/* import_signer.c - a signature block import knows by its signer, for a
 * document without the marks that usually end its body.
 *
 * Import finds where a plan's body ends by the closing sentence ("Trên đây
 * ...", a paragraph ending "./."), by "Nơi nhận:" and by the signature's
 * "TM." / "KT." lines. A document with none of them (a signature table
 * holding only "CHỦ TỊCH", "(Đã ký)" and the name, a closing of its own
 * words) had its signature imported as the body's last paragraphs: the
 * plan printed "CHỦ TỊCH" as a paragraph and had no signature (the
 * thirteenth attack's leftover, s13mut). Here the block is told by its
 * other marks: a signer's title alone on its paragraph (CHỦ TỊCH, PHÓ CHỦ
 * TỊCH, TRƯỞNG BAN, ...) among the body's last few paragraphs, followed
 * only by short ones, one of them "(Đã ký)" or a name in ordinary case,
 * with the "TM. ..." / "KT. ..." lines right above the title.
 */
#include <string.h>

#include "import_impl.h"

/* A signer's title, the paragraph's bare capitals (bare_upper) */
static int signer_title(const char *up)
{
    static const char *const titles[] = {"CHỦ TỊCH", "PHÓ CHỦ TỊCH", "TRƯỞNG BAN",
                                         "PHÓ TRƯỞNG BAN", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC",
                                         "TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG", "BÍ THƯ",
                                         "PHÓ BÍ THƯ", NULL};
    for (int k = 0; titles[k]; k++)
        if (strcmp(up, titles[k]) == 0)
            return 1;
    return 0;
}

/* A name as a signature prints it: two to six words, each starting with
 * a capital (a byte that is no ASCII lower-case letter or digit), no
 * sentence's punctuation */
static int name_like(const char *s)
{
    int words = 0;
    for (const char *t = s; *t; t++) {
        if (*t == '.' || *t == ':' || *t == ';' || *t == ',' || (*t >= '0' && *t <= '9'))
            return 0;
        if (*t != ' ' && (t == s || t[-1] == ' ')) {
            if (*t >= 'a' && *t <= 'z')
                return 0;
            words++;
        }
    }
    return words >= 2 && words <= 6;
}

/* A line that says on whose behalf the title below it signs: "TM. ỦY
 * BAN NHÂN DÂN", "KT. CHỦ TỊCH", "TL.", "TUQ.", "Q." (ND30's marks). */
static const char *const behalf_marks[] = {"TM. ", "KT. ", "TL. ", "TUQ. ", "Q. ", NULL};

/* Which of ND30's marks s begins with (1 + its index in behalf_marks),
 * or 0: a line under 120 bytes, or one in capitals under 240 (a steering
 * committee's whole name in a signature's cell, "TM. BAN CHỈ ĐẠO CÁC
 * CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA GIAI ĐOẠN 2021-2025 XÃ TÂN AN - HUYỆN YÊN
 * THẾ", 120 bytes, was an unnumbered section of the body and the
 * signature went without it, exit 0: s32mut); a longer line is a
 * sentence, not a mark */
static int behalf_mark(const char *s)
{
    size_t n = strlen(s);
    for (int k = 0; behalf_marks[k]; k++)
        if (starts_with(s, behalf_marks[k]) && (n < 120 || (n < 240 && is_upper_text(s))))
            return k + 1;
    return 0;
}

static int on_behalf(const char *s)
{
    return behalf_mark(s) != 0;
}

long imp_signer_block(const Para *P, size_t from, size_t limit)
{
    size_t first = limit > from + 6 ? limit - 6 : from;
    for (size_t k = first; k + 1 < limit; k++) {
        Buf up = {0};
        bare_upper(&up, P[k].flat);
        /* a title, or a line that says on whose behalf: "TL. CHỦ TỊCH"
         * over "KT. CHÁNH VĂN PHÒNG" over "PHÓ CHÁNH VĂN PHÒNG", no title
         * of the list, were three body sections (s32foreign) */
        int title = (up.len && signer_title(up.data)) || on_behalf(P[k].flat);
        buf_free(&up);
        if (!title)
            continue;
        /* below it: short paragraphs only, "(Đã ký)" or a name among them */
        int short_only = 1, signer = 0;
        for (size_t j = k + 1; j < limit && short_only; j++) {
            const char *f = P[j].flat;
            if (strlen(f) > 80)
                short_only = 0;
            else if (f[0] == '(' || (!is_upper_text(f) && name_like(f)))
                signer = 1;
        }
        if (short_only && signer) {
            /* the lines above the title that say for whom it signs are
             * the block's too: "TM. ỦY BAN NHÂN DÂN" over "CHỦ TỊCH" was
             * read as the body's last heading (round22 R3) */
            /* read row by row, another column's title may stand between
             * the title and those lines ("TL. CHỦ TỊCH" beside "KT. CHỦ
             * TỊCH" over "CHÁNH VĂN PHÒNG" beside "PHÓ CHỦ TỊCH": the first
             * three were body sections, s32foreign): the topmost such line
             * among the capitals right above */
            size_t top = k;
            for (size_t b = 1; b <= 4 && k >= from + b; b++) {
                const char *f = P[k - b].flat;
                if (strlen(f) > 80 || !is_upper_text(f))
                    break;
                if (on_behalf(f))
                    top = k - b;
            }
            k = top;
            /* another signer's block right above (a joint plan's table,
             * then the issuer's block typed: its left cell was read as
             * two unnumbered sections, the lead's leftover in session 30):
             * the signature's too, for joint_signature to tell; at most
             * three blocks of at most six short paragraphs */
            for (int blocks = 0; blocks < 3; blocks++) {
                size_t above = k, b = 1;
                int named = 0;
                for (; b <= 6 && k >= from + b && strlen(P[k - b].flat) <= 80; b++) {
                    named |= !is_upper_text(P[k - b].flat) && name_like(P[k - b].flat);
                    if (on_behalf(P[k - b].flat)) {
                        above = k - b;
                        break;
                    }
                }
                if (above == k || !named)
                    break;
                k = above;
            }
            return (long)k;
        }
    }
    return -1;
}

/* Whether block b of the lines (every stride-th from b, or those in
 * [from, to) when stride is 0) reads as one signer's: a line that says on
 * whose behalf first, the name below the title lines, no title after it. */
static int one_signer(const char *const *lines, size_t from, size_t to, size_t stride)
{
    size_t step = stride ? stride : 1, n = 0;
    int named = 0;
    for (size_t i = from; i < to; i += step, n++) {
        int title = on_behalf(lines[i]) || signature_line(lines[i]);
        if (n == 0 && !on_behalf(lines[i]))
            return 0;
        if (title && named)
            return 0; /* a title under the name: two blocks run together */
        named |= !title;
    }
    return n >= 2;
}

/* Whether the words after the mark of the line that says on whose behalf
 * ("TM. ỦY BAN NHÂN DÂN XÃ") begin the header's top line ("ỦY BAN NHÂN
 * DÂN XÃ ĐỒNG HƯU"), or the top line begins them */
int imp_names_issuer(const char *head, const char *issuer)
{
    const char *sp = strchr(head, ' ');
    if (!sp || !issuer || !*issuer)
        return 0;
    const char *body = sp + 1;
    size_t a = strlen(body), b = strlen(issuer), n = a < b ? a : b;
    return n >= 6 && strncmp(body, issuer, n) == 0 &&
           (a == b || (a < b ? issuer[n] : body[n]) == ' ');
}

/* Line i of block j of the k blocks whose heads are heads[] (every k-th
 * line from j when side by side, else [heads[j], heads[j+1])), or NULL past
 * its end. */
static const char *block_line(const char *const *lines, size_t n, const size_t *heads, size_t k,
                              int side_by_side, size_t j, size_t i)
{
    if (side_by_side) {
        size_t at = j + i * k;
        return at < n ? lines[at] : NULL;
    }
    size_t end = j + 1 < k ? heads[j + 1] : n;
    return heads[j] + i < end ? lines[heads[j] + i] : NULL;
}

/* Whether the k blocks are one signer's block written again (a layout
 * table's "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH" over the same lines typed with
 * the name, round25 L1): every block says on behalf of the same body, and
 * each is the beginning of the fullest. Returns 1 with the fullest block
 * (the last of the fullest) in [*from, *to) every *stride-th, -1 when the
 * heads are one body's but the blocks say other things (two names under
 * one "TM."), 0 when the heads differ (a joint plan, or not told). */
static int same_signer_repeated(const char *const *lines, size_t n, const size_t *heads, size_t k,
                                int side_by_side, size_t *from, size_t *to, size_t *stride)
{
    for (size_t j = 1; j < k; j++)
        if (strcmp(lines[heads[j]], lines[heads[0]]) != 0)
            return 0;
    size_t full = 0, full_len = 0;
    for (size_t j = 0; j < k; j++) {
        size_t len = 0;
        while (block_line(lines, n, heads, k, side_by_side, j, len))
            len++;
        if (len >= full_len)
            full = j, full_len = len;
    }
    for (size_t j = 0; j < k; j++)
        for (size_t i = 0;; i++) {
            const char *a = block_line(lines, n, heads, k, side_by_side, j, i);
            if (!a)
                break;
            if (strcmp(a, block_line(lines, n, heads, k, side_by_side, full, i)) != 0)
                return -1;
        }
    *from = heads[full];
    *to = side_by_side ? n : full + 1 < k ? heads[full + 1] : n;
    *stride = side_by_side ? k : 1;
    return 1;
}

/* A signer's name, no title: the bottom line of a block */
static int signer_name(const char *s)
{
    return !on_behalf(s) && !signature_line(s) && !is_upper_text(s) && name_like(s);
}

/* Whether the lines read row by row are two blocks side by side whose
 * marks differ: "TL. CHỦ TỊCH" beside "KT. CHỦ TỊCH", an even count, the
 * last row two names. A chain ("TL. CHỦ TỊCH" over "KT. CHÁNH VĂN
 * PHÒNG", one signer) ends in a title beside its name (s31review) */
static int two_rows_apart(const char *const *lines, size_t n)
{
    return n >= 4 && n % 2 == 0 && on_behalf(lines[0]) && on_behalf(lines[1]) &&
           signer_name(lines[n - 2]) && signer_name(lines[n - 1]);
}

int imp_joint_signers(const char *const *lines, size_t n, const char *issuer, size_t *from,
                      size_t *to, size_t *stride)
{
    size_t heads[8], k = 0;
    int apart = two_rows_apart(lines, n);
    for (size_t i = 0; i < n && k < 8; i++)
        if (on_behalf(lines[i]) &&
            (starts_with(lines[i], "TM. ") || i == 0 || !on_behalf(lines[i - 1]) ||
             (apart && i == 1) ||
             (k && heads[k - 1] == i - 1 && behalf_mark(lines[i]) == behalf_mark(lines[i - 1]))))
            heads[k++] = i; /* "KT. CHỦ TỊCH" under "TM. ...", "KT. CHÁNH VĂN PHÒNG"
                             * under "TL. CHỦ TỊCH" (a deputy signing for the one who
                             * signs by order: read as a joint plan of two, its
                             * signature "KT. CHÁNH VĂN PHÒNG", s30review) are the
                             * same signer's; a "TM." is a body's of its own, and so
                             * is a mark beside a block's head of the same mark, read
                             * row by row: no one signs "KT." for a "KT." (two deputies
                             * side by side, "KT. TRƯỞNG BAN" beside "KT. CHỦ TỊCH",
                             * were one signer's lines interleaved, two names, no
                             * word: s31review) */
    if (k < 2)
        return 1;
    int side_by_side = 1; /* read row by row: the heads first, one a column */
    for (size_t j = 0; j < k; j++)
        side_by_side &= heads[j] == j;
    int repeat = same_signer_repeated(lines, n, heads, k, side_by_side, from, to, stride);
    if (repeat)
        return repeat > 0 ? 0 : -1;
    size_t pick = k - 1; /* ND30: the lead body signs on the right */
    for (size_t j = 0; j < k; j++)
        if (imp_names_issuer(lines[heads[j]], issuer)) {
            pick = j;
            break;
        }
    if (side_by_side) {
        if (n % k)
            return -1;
        for (size_t j = 0; j < k; j++)
            if (!one_signer(lines, j, n, k))
                return -1;
        *from = pick, *to = n, *stride = k;
        return (int)k;
    }
    if (heads[0] != 0)
        return -1;
    for (size_t j = 0; j < k; j++)
        if (!one_signer(lines, heads[j], j + 1 < k ? heads[j + 1] : n, 0))
            return -1;
    *from = heads[pick], *to = pick + 1 < k ? heads[pick + 1] : n, *stride = 1;
    return (int)k;
}
