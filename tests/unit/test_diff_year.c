/* test_diff_year.c - unit tests of diff_year.c: when `khgen diff` counts
 * a change as a year moved (diff_year_only), which it lists as one count
 * and does not show.
 *
 * The contract, from diff_year.c: a run of four digits moved by the plan's
 * shift is a year moved unless it is an amount (a unit after it: triệu,
 * tỷ, trđ, ha, hộ, %, ... in any case, after emphasis marks, spaces of
 * any kind and a parenthesis; "tỷ lệ", "tỷ trọng" are a rate and a share,
 * not billions), the date of a cited document (after "số 15 ngày", a
 * number with a "/" and a capital, "ban hành", "ký", "được", a comma or a
 * parenthesis; after "ngày" when "của" and a capital follow, or in a
 * clause "tại"/"theo" a kind of document, a deadline aside),
 * or a number before a word where the text does not name a year (after
 * "năm", a "/", "-", "." or en dash). round22 R5, attack22 M1 and attack21
 * ask a few of these through whole plans; session 23's mutation sweep
 * found each bound below untested. A row is old, new, shift and whether
 * the change is a year moved.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "diff_impl.h"

static const struct {
    const char *old, *new_text;
    int shift, year;
} rows_[] = {
    {"năm 2024.",
     "năm 2025.", 1, 1},
    {"NĂM 2024 tỷ lệ",
     "NĂM 2025 tỷ lệ", 1, 1},
    {"Năm 2024 Tỷ trọng",
     "Năm 2025 Tỷ trọng", 1, 1},
    {"năm 2024 TỶ LỆ",
     "năm 2025 TỶ LỆ", 1, 1},
    {"năm 2024 tỷ LỆ",
     "năm 2025 tỷ LỆ", 1, 1},
    {"năm 2024 tỷ Lệ",
     "năm 2025 tỷ Lệ", 1, 1},
    {"năm 2024 tỷ TRỌNG",
     "năm 2025 tỷ TRỌNG", 1, 1},
    {"năm 2024 tỷ Trọng,",
     "năm 2025 tỷ Trọng,", 1, 1},
    {"năm 2024 tỉ lệ",
     "năm 2025 tỉ lệ", 1, 1},
    {"năm 2024 tỷ lệ.",
     "năm 2025 tỷ lệ.", 1, 1},
    {"năm 2024 tỷ trọng",
     "năm 2026 tỷ trọng", 2, 1},
    {"năm 2024 \xC2\xA0" "tỷ\xC2\xA0" " lệ",
     "năm 2025 \xC2\xA0" "tỷ\xC2\xA0" " lệ", 1, 1},
    {"năm 2024 tỷlệ",
     "năm 2025 tỷlệ", 1, 1},
    {"năm 2024 tỷ đồng",
     "năm 2025 tỷ đồng", 1, 0},
    {"năm 2024 tỷ lệch",
     "năm 2025 tỷ lệch", 1, 0},
    {"năm 2024 tỷ\nlệ",
     "năm 2025 tỷ\nlệ", 1, 0},
    {"năm 2024 tỷ. lệ",
     "năm 2025 tỷ. lệ", 1, 0},
    {"năm 2024 tỷ",
     "năm 2025 tỷ", 1, 0},
    {"năm 2024 tỷ ",
     "năm 2025 tỷ ", 1, 0},
    {"năm 2024%",
     "năm 2025%", 1, 0},
    {"năm **2024** triệu",
     "năm **2025** triệu", 1, 0},
    {"năm 2024 (triệu đồng)",
     "năm 2025 (triệu đồng)", 1, 0},
    {"năm 2024 *triệu*",
     "năm 2025 *triệu*", 1, 0},
    {"năm 2024 _trđ_",
     "năm 2025 _trđ_", 1, 0},
    {"năm 2024 Triệu",
     "năm 2025 Triệu", 1, 0},
    {"năm 2024 trđ",
     "năm 2025 trđ", 1, 0},
    {"năm 2024 tr.đ",
     "năm 2025 tr.đ", 1, 0},
    {"năm 2024 m²",
     "năm 2025 m²", 1, 0},
    {"năm 2024 m.",
     "năm 2025 m.", 1, 0},
    {"năm 2024 ha,",
     "năm 2025 ha,", 1, 0},
    {"năm 2024 ha/năm",
     "năm 2025 ha/năm", 1, 0},
    {"năm 2024 hộ;",
     "năm 2025 hộ;", 1, 0},
    {"năm 2024 hộ:",
     "năm 2025 hộ:", 1, 0},
    {"năm 2024 (hộ)",
     "năm 2025 (hộ)", 1, 0},
    {"năm 2024 hộ*",
     "năm 2025 hộ*", 1, 0},
    {"năm 2024 HỘ",
     "năm 2025 HỘ", 1, 0},
    {"năm 2024 trăm",
     "năm 2025 trăm", 1, 0},
    {"năm 2024 VNĐ.",
     "năm 2025 VNĐ.", 1, 0},
    {"năm \xC2\xA0" "2024 \xC2\xA0" "tỷ",
     "năm \xC2\xA0" "2025 \xC2\xA0" "tỷ", 1, 0},
    {"năm 2024 mới",
     "năm 2025 mới", 1, 1},
    {"năm 2024 mét",
     "năm 2025 mét", 1, 1},
    {"năm 2024 hội",
     "năm 2025 hội", 1, 1},
    {"năm 2024 ngườii",
     "năm 2025 ngườii", 1, 1},
    /* a unit written on to the number is an amount (s26cycle H1): is_amount
     * wants a space, part_of_number reads the letter */
    {"năm 2024triệu",
     "năm 2025triệu", 1, 0},
    {"năm 2024,5 triệu",
     "năm 2025,5 triệu", 1, 0},
    {"năm 2024.5",
     "năm 2025.5", 1, 0},
    {"hệ số 0,2024",
     "hệ số 0,2025", 1, 0},
    {"số 0204.2024",
     "số 0204.2025", 1, 0},
    {"năm 2024, 2025",
     "năm 2025, 2026", 1, 1},
    {"ngày 15.7.2024.",
     "ngày 15.7.2025.", 1, 1},
    {"năm 2024\xC2\xA0xã",
     "năm 2025\xC2\xA0xã", 1, 1},
    {"2021\xE2\x80\x93" "2024 đạt",
     "2021\xE2\x80\x93" "2025 đạt", 1, 1},
    {"năm 2024 ...",
     "năm 2025 ...", 1, 1},
    {"năm 2024 (",
     "năm 2025 (", 1, 1},
    {"năm 2024 tỷ lệ",
     "năm 2025 tỷ lệ", 0, 0},
    {"năm 2024 tỷ lệ",
     "năm 2024 tỷ lệ", 1, 0},
    {"năm 2024 tỷ lệ",
     "năm 2026 tỷ lệ", 1, 0},
    {"Công văn số 15 ngày 10/01/2024",
     "Công văn số 15 ngày 10/01/2025", 1, 0},
    {"số 123456789 ngày 10/01/2024",
     "số 123456789 ngày 10/01/2025", 1, 0},
    {"số 1234567890 ngày 10/01/2024",
     "số 1234567890 ngày 10/01/2025", 1, 1},
    {"số 15, ngày 11/01/2024",
     "số 15, ngày 11/01/2025", 1, 0},
    {"văn bản 15 ngày 11/01/2024",
     "văn bản 15 ngày 11/01/2025", 1, 1},
    {"03/KH-UBND ban hành ngày 11/01/2024",
     "03/KH-UBND ban hành ngày 11/01/2025", 1, 0},
    {"03/KH-UBND (ngày 11/01/2024)",
     "03/KH-UBND (ngày 11/01/2025)", 1, 0},
    {"03/KH-UBND (11/01/2024)",
     "03/KH-UBND (11/01/2025)", 1, 0},
    {"03/KH-UBND, ngày 11/01/2024",
     "03/KH-UBND, ngày 11/01/2025", 1, 0},
    {"Kế hoạch ban hành ngày 11/01/2024",
     "Kế hoạch ban hành ngày 11/01/2025", 1, 1},
    {"xem (11/01/2024)",
     "xem (11/01/2025)", 1, 1},
    {"03/KH-UBND(11/01/2024)",
     "03/KH-UBND(11/01/2025)", 1, 1},
    {"03/KH-UBND ban hành 11/01/2024",
     "03/KH-UBND ban hành 11/01/2025", 1, 1},
    {"03/KH-UBND ban hành (ngày 11/01/2024)",
     "03/KH-UBND ban hành (ngày 11/01/2025)", 1, 0},
    {"12/QĐ-UBND được ký ngày 11/01/2024",
     "12/QĐ-UBND được ký ngày 11/01/2025", 1, 0},
    {"Kế hoạch ngày 11/01/2024 của UBND tỉnh",
     "Kế hoạch ngày 11/01/2025 của UBND tỉnh", 1, 0},
    {"ngày 11 tháng 01 năm 2024 của Ủy ban",
     "ngày 11 tháng 01 năm 2025 của Ủy ban", 1, 0},
    {"ngày 11/01/2024 của năm",
     "ngày 11/01/2025 của năm", 1, 1},
    {"tại Công văn của Sở Nội vụ ngày 11/01/2024",
     "tại Công văn của Sở Nội vụ ngày 11/01/2025", 1, 0},
    {"tại Công văn, hoàn thành ngày 11/01/2024",
     "tại Công văn, hoàn thành ngày 11/01/2025", 1, 1},
    {"theo Kế hoạch hoàn thành trước ngày 11/01/2024",
     "theo Kế hoạch hoàn thành trước ngày 11/01/2025", 1, 1},
    {"tại hội trường ngày 11/01/2024",
     "tại hội trường ngày 11/01/2025", 1, 1},
    {"2024 sản phẩm",
     "2025 sản phẩm", 1, 0},
    {"**2024** sản phẩm",
     "**2025** sản phẩm", 1, 0},
    {"2024 (sản phẩm)",
     "2025 (sản phẩm)", 1, 0},
    {"đến 2024 _sản_",
     "đến 2025 _sản_", 1, 0},
    {"(2024 sản phẩm",
     "(2025 sản phẩm", 1, 0},
    {"x2024 sản",
     "x2025 sản", 1, 0},
    {"nam 2024 sản",
     "nam 2025 sản", 1, 0},
    {"2024 ạ",
     "2025 ạ", 1, 0},
    {"2024 ế",
     "2025 ế", 1, 0},
    {"2024 Đông",
     "2025 Đông", 1, 0},
    {"2024 ư",
     "2025 ư", 1, 0},
    {"2024 Ấp",
     "2025 Ấp", 1, 0},
    {"2024 Ç",
     "2025 Ç", 1, 0},
    {"2024 a",
     "2025 a", 1, 0},
    {"2024 z",
     "2025 z", 1, 0},
    {"2024 A",
     "2025 A", 1, 0},
    {"2024 Z",
     "2025 Z", 1, 0},
    {"năm 2024 sản phẩm",
     "năm 2025 sản phẩm", 1, 1},
    {"Năm 2024 học sinh",
     "Năm 2025 học sinh", 1, 1},
    {"NĂM 2024 học sinh",
     "NĂM 2025 học sinh", 1, 1},
    {"năm\xC2\xA0" "2024 sản phẩm",
     "năm\xC2\xA0" "2025 sản phẩm", 1, 1},
    {"năm **2024** sản phẩm",
     "năm **2025** sản phẩm", 1, 1},
    {"năm _2024_ sản phẩm",
     "năm _2025_ sản phẩm", 1, 1},
    {"quý IV/2024 và",
     "quý IV/2025 và", 1, 1},
    {"2021-2024 học sinh",
     "2022-2025 học sinh", 1, 1},
    {"2021–2024 học sinh",
     "2022–2025 học sinh", 1, 1},
    {"tháng 5.2024 sản",
     "tháng 5.2025 sản", 1, 1},
    {"đến 2024 15 xã",
     "đến 2025 15 xã", 1, 1},
    {"đến 2024, sản",
     "đến 2025, sản", 1, 1},
    {"đến 2024",
     "đến 2025", 1, 1},
    {"đến 2024 ¢",
     "đến 2025 ¢", 1, 1},
    {"2024 ¢",
     "2025 ¢", 1, 0},
    {"đến 2024 @",
     "đến 2025 @", 1, 1},
    {"2024 @",
     "2025 @", 1, 0},
    /* s24mut: after "của", a digit or a mark is no issuer's capital */
    {"ngày 11/01/2024 của 2 xã",
     "ngày 11/01/2025 của 2 xã", 1, 1},
    {"ngày 11/01/2024 của (xã)",
     "ngày 11/01/2025 của (xã)", 1, 1},
    {"Kế hoạch (ngày 11/01/2024) của UBND tỉnh",  /* its issuer after the bracket */
     "Kế hoạch (ngày 11/01/2025) của UBND tỉnh", 1, 0},
    {"đến 2024 [",
     "đến 2025 [", 1, 1},
    {"2024 [",
     "2025 [", 1, 0},
    {"đến 2024 `",
     "đến 2025 `", 1, 1},
    {"2024 `",
     "2025 `", 1, 0},
    {"đến 2024 {",
     "đến 2025 {", 1, 1},
    {"2024 {",
     "2025 {", 1, 0},
    /* s25mut: a number a {year} printed (between U+001E and U+001F, as
     * the renderer marks it for diff) is a year wherever it stands, and
     * only when both plans printed it so */
    {"thôn \x1e" "2024\x1f Hiệp",
     "thôn \x1e" "2025\x1f Hiệp", 1, 1},
    {"thôn 2024 Hiệp",
     "thôn \x1e" "2025\x1f Hiệp", 1, 0},
    {"thôn \x1e" "2024\x1f Hiệp",
     "thôn 2025 Hiệp", 1, 0},
    {"\x1e" "2024\x1f tỷ đồng",
     "\x1e" "2025\x1f tỷ đồng", 1, 1},
    {"\x1e" "2024\x1f và 2024 sản phẩm",     /* the mark ends at U+001F */
     "\x1e" "2025\x1f và 2025 sản phẩm", 1, 0},
    {"\x1e" "2024\x1f và \x1e" "2024\x1f sản phẩm",
     "\x1e" "2025\x1f và \x1e" "2025\x1f sản phẩm", 1, 1},
    {"\x1e" "2024\x1f Hiệp",
     "\x1e" "2024\x1f Hiệp", 1, 0},
    {"\x1e" "2024\x1f Hiệp",
     "\x1e" "2026\x1f Hiệp", 1, 0},
    {"\x1e" "2024\x1f và \x1e" "2024\x1f sản phẩm", /* marked in one plan only */
     "\x1e" "2025\x1f và 2025 sản phẩm", 1, 0},
    {"\x1e" "2024\x1f và 2024 sản phẩm",
     "\x1e" "2025\x1f và \x1e" "2025\x1f sản phẩm", 1, 0},
    {"\x1e" "1899\x1f Hiệp", /* a year out of a plan's range on one side */
     "\x1e" "1900\x1f Hiệp", 1, 0},
    {"\x1e" "2999\x1f Hiệp",
     "\x1e" "3000\x1f Hiệp", 1, 0},
    {"\x1e" "1900\x1f Hiệp",
     "\x1e" "1901\x1f Hiệp", 1, 1},
    /* s27fixcycle: a figure is a year only where the text clearly names
     * one; "Số hộ: 2024." is a count (HIGH: a count changed, hidden) */
    {"Số hộ: 2024.", "Số hộ: 2025.", 1, 0},
    {"Đạt 2024/2500 hộ.", "Đạt 2025/2500 hộ.", 1, 0},
    {"Đạt 2024-2500 hộ.", "Đạt 2025-2500 hộ.", 1, 0},
    {"Tổng (2024).", "Tổng (2025).", 1, 0},
    {"tỷ lệ 3/2024.", "tỷ lệ 3/2025.", 1, 0},
    {"tháng 13/2024.", "tháng 13/2025.", 1, 0},
    {"tháng 0/2024.", "tháng 0/2025.", 1, 0},
    {"tháng 7/2024.", "tháng 7/2025.", 1, 1},
    {"Tháng 12-2024.", "Tháng 12-2025.", 1, 1},
    {"THÁNG 12.2024.", "THÁNG 12.2025.", 1, 1},
    {"quý 4/2024.", "quý 4/2025.", 1, 1},
    {"Qúy I/2024;", "Qúy I/2025;", 1, 1},
    {"IV/2024;", "IV/2025;", 1, 1},
    {"XIV/2024;", "XIV/2025;", 1, 0},
    {"1/1/2024", "1/1/2025", 1, 1},
    {"131/1/2024", "131/1/2025", 1, 0},
    {"1/7-2024", "1/7-2025", 1, 0},
    {"trước 12/2024", "trước 12/2025", 1, 1},
    {"trước 12/2023", "trước 12/2024", 1, 1},
    {"trước 12/2021", "trước 12/2022", 1, 0},
    {"đến 2024", "đến 2025", 1, 1},
    {"đến 2022", "đến 2023", 1, 0},
    {"Đến 2025.", "Đến 2026.", 1, 1},
    {"HẾT 2024", "HẾT 2025", 1, 1},
    {"mến 2024", "mến 2025", 1, 0},
    {"Kế hoạch 2024 |", "Kế hoạch 2025 |", 1, 1},
    {"Thực hiện 2023 |", "Thực hiện 2024 |", 1, 1},
    {"Ước TH 2024", "Ước TH 2025", 1, 1},
    {"xTH 2024", "xTH 2025", 1, 0},
    {"\xC2\xA0" "KH 2024", "\xC2\xA0" "KH 2025", 1, 1},
    {"2021\xE2\x80\x93" "2024", "2021\xE2\x80\x93" "2025", 1, 1},
    {"2021 - 2024", "2021 - 2025", 1, 1},
    {"2024 - 2025 đạt", "2025 - 2026 đạt", 1, 1},
    {"2024/2025", "2025/2026", 1, 1},
    {"2024-2054", "2025-2054", 1, 1},
    /* a period of four years or more moved whole is a programme's, which
     * does not move with the plan's year: shown (s38cycle); its end alone
     * moved (results to date), or a shorter range moved whole, is the year */
    {"giai đoạn 2021-2025", "giai đoạn 2022-2026", 1, 0},
    {"Chương trình 2021–2030", "Chương trình 2022–2031", 1, 0},
    {"giai đoạn 2021 - 2025.", "giai đoạn 2022 - 2026.", 1, 0},
    {"Giai đoạn 2021–2024 đã đạt.", "Giai đoạn 2021–2025 đã đạt.", 1, 1},
    {"Giai đoạn 2024 - 2025 đã đạt.", "Giai đoạn 2025 - 2026 đã đạt.", 1, 1},
    {"2021-2023 học sinh", "2022-2024 học sinh", 1, 1},
    /* named as a period, two years between its ends or more: a
     * programme's, shown (s39cycle); a bare one, or a named one of one
     * year (a school year, the plan's own "giai đoạn 2024-2025"), is the year */
    {"giai đoạn 2024-2026", "giai đoạn 2025-2027", 1, 0},
    {"Giai đoạn từ 2024 - 2026.", "Giai đoạn từ 2025 - 2027.", 1, 0},
    {"nhiệm kỳ 2024–2026", "nhiệm kỳ 2025–2027", 1, 0},
    {"Kế hoạch 3 năm 2024-2026", "Kế hoạch 3 năm 2025-2027", 1, 0},
    {"Kế hoạch năm 2024-2026", "Kế hoạch năm 2025-2027", 1, 1},
    {"Tổng kết 2023-2025.", "Tổng kết 2024-2026.", 1, 1},
    {"xgiai đoạn 2024-2026", "xgiai đoạn 2025-2027", 1, 1},
    {"2024-2055", "2025-2055", 1, 0},
    {"2024-2030 hộ", "2025-2030 hộ", 1, 0},
    {"2024--2030", "2025--2030", 1, 0},
    {"năm 2023, 2024", "năm 2024, 2025", 1, 1},
    {"năm 2022, 2023 và 2024", "năm 2023, 2024 và 2025", 1, 1},
    {"năm 2021, 2022, 2023, 2024, 2025", "năm 2022, 2023, 2024, 2025, 2026", 1, 1}, /* 4 links back */
    {"năm 2019, 2020, 2021, 2022, 2023, 2024", "năm 2020, 2021, 2022, 2023, 2024, 2025", 1, 0},
    {"số 12, 2024", "số 12, 2025", 1, 0},
    {"2024-07-15", "2025-07-15", 1, 1},
    {"2024-07-1", "2025-07-1", 1, 0},
};

static void rows(void **state)
{
    (void)state;
    size_t wrong = 0;
    for (size_t i = 0; i < sizeof rows_ / sizeof *rows_; i++) {
        int got = diff_year_only(rows_[i].old, rows_[i].new_text, 2024, 2024 + rows_[i].shift);
        if (got != rows_[i].year) {
            print_error("row %zu: '%s' -> '%s' (%+d): %d, want %d\n", i, rows_[i].old,
                        rows_[i].new_text, rows_[i].shift, got, rows_[i].year);
            wrong++;
        }
    }
    assert_int_equal(wrong, 0);
}

/* "tại Công văn" counts within 160 bytes before "ngày": 147 letters
 * between them are the last that make the date a citation's (s24mut). */
static void cue_window(void **state)
{
    (void)state;
    for (int pad = 146; pad <= 148; pad++) {
        char a[400], b[400], fill[200];
        memset(fill, 'a', (size_t)pad);
        fill[pad] = '\0';
        snprintf(a, sizeof a, "tại Công văn %s ngày 11/01/2024", fill);
        snprintf(b, sizeof b, "tại Công văn %s ngày 11/01/2025", fill);
        assert_int_equal(diff_year_only(a, b, 2024, 2025), pad > 147);
    }
}

/* diff_year_unmarked: a text without the renderer's year marks, whichever
 * of the two it holds; a text without them is given back as it is. */
static void unmarked(void **state)
{
    (void)state;
    static const struct {
        const char *in, *out;
    } cases[] = {
        {"", ""},
        {"thôn 2024", "thôn 2024"},
        {"thôn \x1e" "2024\x1f Hiệp", "thôn 2024 Hiệp"},
        {"a\x1e" "b", "ab"},
        {"a\x1f" "b", "ab"},
        {"\x1e\x1f", ""},
        {"\x1f\x1e" "x\x1e", "x"},
    };
    Arena *arena = arena_new();
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        const char *got = diff_year_unmarked(arena, cases[i].in);
        if (strcmp(got, cases[i].out) != 0)
            print_error("case %zu: '%s', want '%s'\n", i, got, cases[i].out);
        assert_string_equal(got, cases[i].out);
        if (!strchr(cases[i].in, '\x1e') && !strchr(cases[i].in, '\x1f'))
            assert_ptr_equal(got, cases[i].in);
    }
    arena_free(arena);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(rows),
        cmocka_unit_test(cue_window),
        cmocka_unit_test(unmarked),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
