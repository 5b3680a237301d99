/* test_import_units.c - unit tests of what `khgen import` proposes from
 * the wording of plans nobody had seen (a black-box import of four plans
 * of a province, a district, a ward and a commune, session 4): legal bases
 * that end with "," or run into the opening, a law cited with its year;
 * units whose name ends before the verb; "Cơ quan chủ trì:" lines under a
 * numbered heading; assignments outside the implementation section;
 * deadlines inside a task's sentence; localities named anywhere in the
 * body. Each test feeds a small plain-text plan and names the lines of the
 * plan source the drafter must get. Each fails without its fix.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "import.h"
#include "import_impl.h"

static Buf yaml;
static ImpStats stats;

/* Imports a plain-text plan and returns the YAML (static buffer), or NULL
 * if import refused it. */
static const char *import_text(const char *text)
{
    Arena *arena = arena_new();
    DiagSink *diags = diag_new(stderr);
    ImpParas paras = {0};
    buf_free(&yaml);
    const char *result = NULL;
    if (import_read_text(arena, diags, "t.txt", text, strlen(text), 0, &paras) == 0 &&
        import_plan(arena, diags, "t.txt", &paras, NULL, &yaml, &stats) == 0)
        result = yaml.data;
    diag_flush(diags);
    diag_free(diags);
    arena_free(arena);
    return result;
}

/* The same for Markdown text. */
static const char *import_md(const char *text)
{
    Arena *arena = arena_new();
    DiagSink *diags = diag_new(stderr);
    ImpParas paras = {0};
    buf_free(&yaml);
    const char *result = NULL;
    if (import_read_text(arena, diags, "t.md", text, strlen(text), 1, &paras) == 0 &&
        import_plan(arena, diags, "t.md", &paras, NULL, &yaml, &stats) == 0)
        result = yaml.data;
    diag_flush(diags);
    diag_free(diags);
    arena_free(arena);
    return result;
}

#define HEADER                                                                  \
    "ỦY BAN NHÂN DÂN\nHUYỆN TAM DƯƠNG\n"                                       \
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"        \
    "Số: 27/KH-UBND\nTam Dương, ngày 20 tháng 01 năm 2025\nKẾ HOẠCH\n"         \
    "Cải cách hành chính năm 2025\n"

#define BASIS                                                                   \
    "Căn cứ Quyết định số 2518/QĐ-UBND ngày 26/12/2024 của Ủy ban nhân dân "   \
    "tỉnh về cải cách hành chính.\nỦy ban nhân dân huyện xây dựng Kế hoạch như sau:\n"

#define END                                                                     \
    "Trên đây là Kế hoạch của UBND huyện./.\nNơi nhận:\n- Sở Nội vụ;\n- Lưu: VT.\n" \
    "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nTrần Quốc Hưng\n"

static void assert_has(const char *haystack, const char *needle)
{
    if (!haystack || !strstr(haystack, needle))
        fail_msg("expected '%s' in:\n%s", needle, haystack ? haystack : "(refused)");
}

static void assert_lacks(const char *haystack, const char *needle)
{
    if (!haystack || strstr(haystack, needle))
        fail_msg("did not expect '%s' in:\n%s", needle, haystack ? haystack : "(refused)");
}

/* The last basis ends with "," because the opening continues the
 * sentence: it keeps its comma (end: ","), and the opening is not
 * swallowed into it, whether on its own line or in the same paragraph;
 * a law cited with its year only is structured. */
static void test_bases_comma_and_law_year(void **state)
{
    (void)state;
    const char *y = import_text(HEADER
        "Căn cứ Nghị quyết số 15/NQ-HĐND ngày 27/12/2024 của Hội đồng nhân dân huyện về "
        "nhiệm vụ năm 2025,\nỦy ban nhân dân huyện xây dựng Kế hoạch như sau:\n"
        "I. NHIỆM VỤ\n1. Rà soát thủ tục hành chính.\n" END);
    assert_has(y, "    about: về nhiệm vụ năm 2025\n    end: \",\"\n\n"
                  "opening: \"Ủy ban nhân dân huyện xây dựng Kế hoạch như sau:\"\n");
    y = import_text(HEADER
        "Căn cứ vào Luật Căn cước năm 2023;\n"
        "Căn cứ tình hình thực tế tại địa phương, Ủy ban nhân dân huyện xây dựng Kế "
        "hoạch như sau:\nI. NHIỆM VỤ\n1. Rà soát thủ tục hành chính.\n" END);
    assert_has(y, "  - kind: Luật\n    intro: Căn cứ vào\n    name: Căn cước năm 2023\n");
    assert_has(y, "  - text: Căn cứ tình hình thực tế tại địa phương\n    end: \",\"\n\n"
                  "opening: \"Ủy ban nhân dân huyện xây dựng Kế hoạch như sau:\"\n");
    assert_int_equal(stats.bases_structured, 1);
    /* more kinds; "Thực hiện Kế hoạch ...," after the bases is one */
    y = import_text(HEADER
        "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2013;\n"
        "Căn cứ Bộ luật Lao động năm 2019;\n"
        "Căn cứ Văn bản số 123/UBND-KT ngày 05/01/2025 của UBND tỉnh về việc triển khai;\n"
        "Căn cứ Chương trình hành động số 05-CTr/HU ngày 10/01/2025 của Ban Thường vụ "
        "Huyện ủy thực hiện Nghị quyết Đại hội;\n"
        "Thực hiện Kế hoạch số 45/KH-UBND ngày 12/01/2025 của UBND tỉnh về cải cách hành "
        "chính năm 2025,\nỦy ban nhân dân huyện xây dựng Kế hoạch như sau:\n"
        "I. NHIỆM VỤ\n1. Rà soát thủ tục hành chính.\n" END);
    assert_has(y, "  - kind: Hiến pháp\n    name: nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2013\n");
    assert_has(y, "  - kind: Bộ luật\n    name: Lao động năm 2019\n");
    assert_has(y, "  - kind: Văn bản\n    number: 123/UBND-KT\n");
    assert_has(y, "  - kind: Chương trình hành động\n    number: 05-CTr/HU\n");
    assert_has(y, "  - kind: Kế hoạch\n    intro: Thực hiện\n    number: 45/KH-UBND\n");
    assert_has(y, "    end: \",\"\n\nopening: \"Ủy ban nhân dân huyện xây dựng Kế hoạch như sau:\"\n");
    assert_int_equal(stats.bases_structured, 5);
}

/* A unit's name ends before "là" and, in a sentence, after its place and
 * the place's name ("Ban Chỉ huy Quân sự phường lập ..."); "Bộ phận ..."
 * is a unit; "UBND các xã, thị trấn" is one; a heading naming two units
 * gives joint leads. Names that go on after a place ("xã hội", "Hợp tác
 * xã", "xã, Công chức ...", "huyện và các tổ chức ...") are not cut. */
static void test_unit_names(void **state)
{
    (void)state;
    const char *y = import_text(HEADER BASIS
        "I. TỔ CHỨC THỰC HIỆN\n"
        "1. Phòng Nội vụ là cơ quan thường trực, theo dõi, đôn đốc thực hiện Kế hoạch.\n"
        "2. Ban Chỉ huy Quân sự phường lập danh sách công dân nam đủ 17 tuổi.\n"
        "3. Bộ phận một cửa phường phối hợp với Đoàn Thanh niên phường hỗ trợ người dân.\n"
        "4. Công chức Tư pháp - Hộ tịch số hóa sổ hộ tịch.\n"
        "5. UBND các xã, thị trấn xây dựng kế hoạch của địa phương.\n"
        "6. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các tổ chức chính trị - xã hội "
        "huyện tổ chức giám sát việc thực hiện.\n"
        "7. Sở Kế hoạch và Đầu tư, Sở Tài chính\nTham mưu phân bổ vốn đối ứng.\n"
        "8. Trạm Y tế xã phối hợp với Hợp tác xã chè Bản Liền, Công chức Văn hóa - Xã hội "
        "tuyên truyền.\n"
        "9. Phòng Văn hóa và Thông tin chủ trì, phối hợp với Thanh tra huyện, Trung tâm Văn "
        "hóa, Thông tin - Thể thao và Du lịch huyện nâng cấp Trang thông tin điện tử.\n"
        "10. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội\n"
        "Tăng cường vận động.\n"
        "11. Thủ trưởng các cơ quan chuyên môn thuộc UBND huyện, Chủ tịch UBND các xã, thị "
        "trấn chịu trách nhiệm về kết quả.\n" END);
    assert_has(y, "{id: phong-noi-vu, name: Phòng Nội vụ}");
    assert_has(y, "{id: ban-chi-huy-quan-su-phuong, name: Ban Chỉ huy Quân sự phường}");
    assert_has(y, "{id: bo-phan-mot-cua-phuong, name: Bộ phận một cửa phường}");
    assert_has(y, "support: [doan-thanh-nien-phuong]");
    assert_has(y, "{id: cong-chuc-tu-phap-ho-tich, name: Công chức Tư pháp - Hộ tịch}");
    assert_has(y, "name: \"UBND các xã, thị trấn\"}");
    assert_has(y, "name: Ủy ban Mặt trận Tổ quốc Việt Nam huyện}");
    assert_has(y, "name: các tổ chức chính trị - xã hội huyện}");
    assert_has(y, "lead: [so-ke-hoach-va-dau-tu, so-tai-chinh]");
    assert_has(y, "support: [hop-tac-xa-che-ban-lien, cong-chuc-van-hoa-xa-hoi]");
    assert_lacks(y, "phong-noi-vu-la");
    assert_has(y, "support: [thanh-tra-huyen, trung-tam-vhtt-ttdl-huyen]");
    assert_has(y, "lead: [ubmttq-tinh, cac-to-chuc-chinh-tri-xa-hoi]");
    assert_has(y, "lead: [thu-truong-cqcm-ubnd-huyen, chu-tich-ubnd-xa-tt]");
    assert_int_equal(stats.tasks, 11);
    assert_int_equal(stats.tasks_lead, 11);
}

/* Unit ids are readable and unique (session 5): a long name takes the
 * usual abbreviations of its phrases instead of being cut after 28
 * characters in the middle of a phrase ("phong-lao-dong-thuong-binh-va");
 * the same body of two levels keeps its level ("ubmttq-tinh",
 * "ubmttq-huyen", once both "uy-ban-mat-tran-to-quoc-viet"); two names
 * that differ only at their end keep that end ("...-yen-the",
 * "...-tan-yen", once "trung-tam-phat-trien-quy-dat" and "-dat-2"); a short
 * name keeps every word. A name holding "Phòng, chống" is one name.
 */
static void test_unit_ids(void **state)
{
    (void)state;
    const char *y = import_text(HEADER BASIS
        "I. TỔ CHỨC THỰC HIỆN\n"
        "1. Phòng Lao động - Thương binh và Xã hội chủ trì, phối hợp với Phòng Nông nghiệp và "
        "Phát triển nông thôn rà soát hộ nghèo.\n"
        "2. Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh chủ trì, phối hợp với Ủy ban Mặt trận Tổ quốc "
        "Việt Nam huyện giám sát.\n"
        "3. Trung tâm Phát triển quỹ đất và Kỹ thuật địa chính huyện Yên Thế chủ trì, phối hợp "
        "với Trung tâm Phát triển quỹ đất và Kỹ thuật địa chính huyện Tân Yên đo đạc.\n"
        "4. Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn huyện chủ trì diễn tập.\n"
        "5. Phòng Tài chính - Kế hoạch chủ trì bố trí kinh phí.\n" END);
    assert_has(y, "{id: phong-ldtbxh, name: Phòng Lao động - Thương binh và Xã hội}");
    assert_has(y, "{id: phong-nnptnt, name: Phòng Nông nghiệp và Phát triển nông thôn}");
    assert_has(y, "{id: ubmttq-tinh, name: Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh}");
    assert_has(y, "{id: ubmttq-huyen, name: Ủy ban Mặt trận Tổ quốc Việt Nam huyện}");
    assert_has(y, "{id: trung-tam-phat-trien-quy-yen-the, name: ");
    assert_has(y, "{id: trung-tam-phat-trien-quy-tan-yen, name: ");
    assert_has(y, "{id: bch-pctt-tkcn-huyen, name: ");
    assert_has(y, "{id: phong-tai-chinh-ke-hoach, name: Phòng Tài chính - Kế hoạch}");
    assert_lacks(y, "-2,");
    assert_lacks(y, "-2}");
}

/* Text copied out of Word has one line a paragraph and no blank line: a
 * line "đ) ..." starts a point as "e) ..." does, instead of running into
 * the line before it (session 5: the point after "d)" was lost). */
static void test_point_dd_starts_a_line(void **state)
{
    (void)state;
    const char *y = import_text(HEADER BASIS
        "I. MỤC TIÊU\n"
        "1. Chỉ tiêu cụ thể\n"
        "a) 100% hồ sơ được số hóa.\n"
        "b) 90% hồ sơ xử lý trên môi trường mạng.\n"
        "c) Tỷ trọng kinh tế số đạt 10%.\n"
        "d) 100% thôn được phủ sóng.\n"
        "đ) 80% người dân có tài khoản định danh điện tử.\n"
        "e) 70% hộ gia đình có cáp quang.\n" END);
    assert_has(y, "- point: 80% người dân có tài khoản định danh điện tử.\n");
    assert_lacks(y, "phủ sóng. đ)");
    assert_int_equal(stats.headings_in_body, 8);
}

/* Markdown escapes a "+" or "-" that starts a line and is no list ("\+
 * Phụ trách tiêu chí: ...", as pandoc writes it): the escaped bullet is a
 * bullet, so its task lines give the task's lead and deadline (session 5:
 * they were paragraphs "\\+ ..." and the task was lost). */
static void test_markdown_escaped_bullets(void **state)
{
    (void)state;
    const char *y = import_md("**KẾ HOẠCH**\n\n**Xây dựng nông thôn mới năm 2026**\n\n"
        "*Căn cứ Quyết định số 09/QĐ-UBND ngày 08/01/2026 của UBND tỉnh về nông thôn mới.*\n\n"
        "Ủy ban nhân dân xã xây dựng Kế hoạch như sau:\n\n"
        "**I. NHIỆM VỤ**\n\n"
        "**1\\. Tiêu chí số 2 - Giao thông**\n\n"
        "- Cứng hóa 3,5 km đường trục thôn.\n\n"
        "\\+ Phụ trách tiêu chí: Công chức Địa chính - Xây dựng.\n\n"
        "\\+ Thời gian thực hiện: Quý III/2026.\n\n"
        "Trên đây là Kế hoạch./.\n");
    assert_has(y, "lead: cong-chuc-dia-chinh-xay-dung\n");
    assert_has(y, "due: {in: 2026-Q3, text: \"Quý III/{year}.\"}");
    assert_lacks(y, "\\\\+");
    assert_int_equal(stats.tasks_lead, 1);
}

/* In a section of tasks an unnumbered bullet or paragraph that starts with
 * one unit's own name and goes on with what it does is an assignment, even
 * without "chủ trì" or "phối hợp" (left by session 4): "- Sở Y tế triển
 * khai ...", the paragraph "Văn phòng UBND huyện theo dõi ...". Not in a
 * section of results, not a group ("Các sở, ban, ngành ..."), not an
 * opening that only looks like a unit ("Ban hành ...", "Phòng, chống"). */
static void test_unit_sentences(void **state)
{
    (void)state;
    const char *y = import_text(HEADER BASIS
        "I. KẾT QUẢ NĂM 2024\n"
        "- Sở Y tế đã triển khai sổ sức khỏe điện tử cho 60% dân số.\n"
        "II. NHIỆM VỤ VÀ GIẢI PHÁP\n"
        "1. Phát triển xã hội số\n"
        "- Duy trì hoạt động của các Tổ công nghệ số cộng đồng.\n"
        "- Sở Y tế triển khai hồ sơ sức khỏe điện tử cho 90% dân số.\n"
        "- Ban hành quy chế quản lý dữ liệu dùng chung.\n"
        "- Phòng, chống tấn công mạng vào hệ thống thông tin.\n"
        "- Các sở, ban, ngành cập nhật dữ liệu chuyên ngành.\n"
        "III. TỔ CHỨC THỰC HIỆN\n"
        "Văn phòng UBND huyện theo dõi, tổng hợp kết quả thực hiện Kế hoạch.\n" END);
    assert_has(y, "lead: so-y-te\n");
    assert_has(y, "            text: Sở Y tế triển khai hồ sơ sức khỏe điện tử cho 90% dân số.\n");
    assert_has(y, "  - bullet: Sở Y tế đã triển khai sổ sức khỏe điện tử cho 60% dân số.\n");
    assert_has(y, "- bullet: Ban hành quy chế quản lý dữ liệu dùng chung.\n");
    assert_has(y, "- bullet: Phòng, chống tấn công mạng vào hệ thống thông tin.\n");
    assert_has(y, "- bullet: Các sở, ban, ngành cập nhật dữ liệu chuyên ngành.\n");
    assert_has(y, "        label: \"\"\n        text: Văn phòng UBND huyện theo dõi, tổng hợp");
    assert_has(y, "lead: van-phong-ubnd-huyen\n");
    assert_int_equal(stats.tasks_lead, 2);
}

/* "1. Tiêu chí số 2 - Giao thông" then a "-" task with its "+ Phụ trách
 * tiêu chí:" lines: the task works for criterion 2 of the national
 * catalog (session 5: only a task's own heading gave it); not in a 2026
 * plan, whose criteria are no longer QĐ 318's. */
static void test_criterion_from_heading(void **state)
{
    (void)state;
#define CRIT_BODY                                                               \
    "I. NHIỆM VỤ CỤ THỂ\n"                                                     \
    "1. Tiêu chí số 2 - Giao thông\n"                                          \
    "- Cứng hóa 3,5 km đường trục thôn.\n"                                     \
    "+ Phụ trách tiêu chí: Công chức Địa chính - Xây dựng.\n"                  \
    "+ Thời gian thực hiện: Quý III/2025.\n"
    const char *y = import_text(HEADER BASIS CRIT_BODY END);
    assert_has(y, "import: [qd318-xa-ntm]\n");
    assert_has(y, "            criteria: [2]\n");
    assert_has(y, "            lead: cong-chuc-dia-chinh-xay-dung\n");
    assert_int_equal(stats.criteria, 1);
    y = import_text("ỦY BAN NHÂN DÂN\nXÃ HÙNG SƠN\nSố: 15/KH-UBND\n"
                    "Hùng Sơn, ngày 20 tháng 01 năm 2026\nKẾ HOẠCH\nNông thôn mới năm 2026\n"
                    BASIS CRIT_BODY END);
    assert_lacks(y, "criteria: [2]");
    assert_lacks(y, "qd318");
#undef CRIT_BODY
}

/* Word puts no-break spaces (U+00A0) after labels and in the blanks of a
 * draft ("1.\u00A0Mục đích", "Số:\u00A0\u00A0/KH-UBND", "Căn cứ\u00A0..."):
 * they read as spaces, so the labels, bases and header are recognised
 * (session 5: a plan with them imported as bare paragraphs, body nodes 0,
 * bases structured 0). A zero-width space and a soft hyphen go. */
static void test_no_break_spaces(void **state)
{
    (void)state;
    const char *y = import_text(
        "ỦY BAN NHÂN DÂN\nHUYỆN TAM DƯƠNG\nSố:\u00A0\u00A0\u00A0/KH-UBND\n"
        "Tam Dương, ngày\u00A0\u00A0\u00A0 tháng 01 năm 2025\nKẾ HOẠCH\nCải cách hành chính năm 2025\n"
        "Căn cứ\u00A0Quyết định số 2518/QĐ-UBND ngày 26/12/2024 của Ủy ban nhân dân tỉnh về "
        "cải cách hành\u00ADchính.\nỦy ban nhân dân huyện xây dựng Kế hoạch như sau:\n"
        "I.\u00A0MỤC ĐÍCH\n1.\u00A0Mục đích\na)\u00A0Nâng cao chất lượng\u200B phục vụ.\n"
        "2.\u2002Yêu cầu\nBám sát nhiệm vụ.\n" END);
    assert_has(y, "  number: \"\"\n");
    assert_has(y, "  date: 2025-01\n");
    assert_has(y, "  - kind: Quyết định\n");
    assert_has(y, "      - clause: Mục đích\n");
    assert_has(y, "          - point: Nâng cao chất lượng phục vụ.\n");
    assert_has(y, "      - clause: Yêu cầu\n");
    assert_lacks(y, "\u00A0");
    assert_int_equal(stats.bases_structured, 1);
    assert_int_equal(stats.nodes_auto, 4);
}

/* A Sở's plan: "UBND TỈNH HÀ TĨNH" over "SỞ THÔNG TIN VÀ TRUYỀN THÔNG" in
 * plain text (no bold to tell them apart) is the body above the issuer
 * and the issuer, as Nghị định 30 lays them out (session 5: both were
 * issuer lines, so the body above printed bold). */
static void test_agency_under_committee(void **state)
{
    (void)state;
    const char *y = import_text(
        "UBND TỈNH HÀ TĨNH\nSỞ THÔNG TIN VÀ TRUYỀN THÔNG\nSố: 412/KH-STTTT\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Hà Tĩnh, ngày 14 tháng 02 năm 2025\nKẾ HOẠCH\nChuyển đổi số năm 2025\n" BASIS
        "I. NHIỆM VỤ\n1. Số hóa hồ sơ.\nTrên đây là Kế hoạch./.\nNơi nhận:\n- Lưu: VT.\n"
        "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Hồng Lĩnh\n");
    assert_has(y, "  governing_body: UBND TỈNH HÀ TĨNH\n  issuer:\n    - SỞ THÔNG TIN VÀ TRUYỀN THÔNG\n");
    assert_has(y, "  code: KH-STTTT\n");
    assert_has(y, "  lines:\n    - KT. GIÁM ĐỐC\n    - PHÓ GIÁM ĐỐC\n  name: Nguyễn Hồng Lĩnh\n");
}

/* Outside "TỔ CHỨC THỰC HIỆN", a bullet or point that says it assigns
 * ("Giao ... chủ trì", "... phối hợp với ...") is a task printed as before
 * (a point lends its letter: `point: ""`); once one item of a list is, a
 * sibling starting with a unit is too; a list of plain sentences naming a
 * unit without assigning stays as it is. */
static void test_assignments_outside_implementation(void **state)
{
    (void)state;
    const char *y = import_text(HEADER BASIS
        "I. NHIỆM VỤ\n"
        "- Giao Phòng Tư pháp chủ trì, phối hợp với Văn phòng HĐND và UBND huyện rà soát "
        "văn bản; thời gian: trước ngày 30/6/2025.\n"
        "- Giao cho Phòng Văn hóa và Thông tin chủ trì tuyên truyền; thời hạn: tháng 6/2025.\n"
        "II. NHIỆM VỤ CỤ THỂ\n1. Làm sạch dữ liệu dân cư\n"
        "a) Công an phường chủ trì rà soát thông tin công dân.\n"
        "b) Ban Chỉ huy Quân sự phường lập danh sách công dân nam đủ 17 tuổi.\n"
        "III. MỤC TIÊU\n"
        "- Phòng Nội vụ năm nay được khen thưởng.\n"
        "- Tuyên truyền sâu rộng.\n" END);
    assert_has(y, "      - task: \"\"\n        text: \"Giao Phòng Tư pháp chủ trì, phối hợp với "
                  "Văn phòng HĐND và UBND huyện rà soát văn bản; thời gian:");
    assert_has(y, "        lead: phong-tu-phap\n        support: [van-phong-hdnd-va-ubnd-huyen]\n");
    assert_has(y, "          - point: \"\"\n            items:\n              - task: \"\"\n"
                  "                label: \"\"\n                text: Công an phường chủ trì");
    assert_has(y, "                lead: ban-chi-huy-quan-su-phuong\n");
    assert_has(y, "      - bullet: Phòng Nội vụ năm nay được khen thưởng.\n");
    assert_has(y, "        lead: phong-van-hoa-va-thong-tin\n        due: 2025-06\n");
    assert_int_equal(stats.tasks, 4);
}

/* "Cơ quan chủ trì:", "Cơ quan phối hợp:", "Thời gian hoàn thành:" lines
 * under a numbered heading (no bullet) make its paragraphs a task, the
 * lines printed as before with their full stops; "Quý II năm 2025" is a
 * checked deadline (2025-Q2), as are "6 tháng cuối năm" and "trước ngày";
 * a deadline inside a one-sentence task becomes its due, its text
 * unchanged; a date after the plan's year stays text (no KH310). */
static void test_lines_and_deadlines(void **state)
{
    (void)state;
    const char *y = import_text(HEADER BASIS
        "I. NHIỆM VỤ\n1. Rà soát thủ tục hành chính\n"
        "Rà soát, đơn giản hóa thủ tục hành chính.\n"
        "Cơ quan chủ trì: Văn phòng HĐND và UBND huyện.\n"
        "Cơ quan phối hợp: Phòng Nội vụ, Phòng Tư pháp.\n"
        "Thời gian hoàn thành: Quý II năm 2025.\n"
        "2. Kiểm tra công vụ\n- Kiểm tra công vụ.\nĐơn vị chủ trì: Phòng Nội vụ.\n"
        "Thời gian thực hiện: 6 tháng cuối năm 2025\n"
        "- Giải ngân vốn.\nĐơn vị chủ trì: Phòng Tài chính - Kế hoạch.\n"
        "Thời gian thực hiện: trước ngày 31/01/2026.\n"
        "3. Tuyên truyền\nTuyên truyền trên loa truyền thanh.\n"
        "Cơ quan chủ trì: Công chức Văn hóa - Xã hội.\n"
        "Cơ quan phối hợp: Đoàn Thanh niên phường, các tổ dân phố.\n"
        "Thời gian thực hiện: Cả năm 2025.\n"
        "II. TỔ CHỨC THỰC HIỆN\n"
        "1. Công an huyện chủ trì rà soát dữ liệu; hoàn thành trước ngày 30/4/2025.\n"
        "2. Phòng Nội vụ chủ trì kiểm tra; thời gian: Quý III năm 2025.\n"
        "3. Phòng Tư pháp chủ trì tuyên truyền; thời gian: thường xuyên.\n"
        "4. Văn phòng HĐND và UBND huyện tổng hợp, báo cáo trong tháng 12/2025.\n"
        "III. SỐ HÓA\n- Số hóa hồ sơ địa chính.\n+ Đơn vị thực hiện: Công chức Địa chính.\n"
        "+ Thời hạn: tháng 9/2025.\n"
        "- Triển khai nền tảng số cấp xã.\n+ Cơ quan chủ trì: Công chức Văn phòng - Thống kê.\n"
        "+ Cơ quan phối hợp: Công an xã, Đoàn Thanh niên xã.\n"
        "+ Thời gian hoàn thành: Quý III năm 2025.\n" END);
    assert_has(y, "      - clause: Rà soát thủ tục hành chính\n        items:\n");
    assert_has(y, "            text:\n              - Rà soát, đơn giản hóa thủ tục hành chính.\n"
                  "              - \"Cơ quan chủ trì: {lead}.\"\n"
                  "              - \"Cơ quan phối hợp: {support}.\"\n"
                  "              - \"Thời gian hoàn thành: {due}\"\n"
                  "            lead: van-phong-hdnd-va-ubnd-huyen\n"
                  "            support: [phong-noi-vu, phong-tu-phap]\n"
                  "            due: {in: 2025-Q2, text: \"Quý II năm {year}.\"}\n");
    assert_has(y, "due: 2025-H2\n");
    assert_has(y, "due: {text: \"trước ngày 31/01/{year+1}.\"}\n");
    assert_has(y, "hoàn thành trước ngày 30/4/{year}.\n"
                  "            lead: cong-an-huyen\n            due: {before: 2025-04-30}\n");
    assert_has(y, "due: 2025-Q3\n");
    assert_has(y, "due: ongoing\n");
    assert_has(y, "support: [doan-thanh-nien-phuong, cac-to-dan-pho]\n"
                  "            due: {in: 2025, text: \"Cả năm {year}.\"}\n");
    assert_has(y, "            lead: van-phong-hdnd-va-ubnd-huyen\n            due: 2025-12\n");
    assert_has(y, "        lead: cong-chuc-dia-chinh\n        lead_note: \".\"\n"
                  "        due: {in: 2025-09, text: \"tháng 9/{year}.\"}\n"
                  "        due_label: Thời hạn\n");
    assert_has(y, "      - task: Triển khai nền tảng số cấp xã.\n"
                  "        lead: cong-chuc-van-phong-thong-ke\n"
                  "        support: [cong-an-xa, doan-thanh-nien-xa]\n"
                  "        due: {in: 2025-Q3, text: \"Quý III năm {year}.\"}\n"
                  "        show: []\n        items:\n"
                  "          - bullet: \"Cơ quan chủ trì: Công chức Văn phòng - Thống kê.\"\n");
    assert_int_equal(stats.deadlines, 9);
}

/* Communes, villages and residential groups named anywhere in the body
 * become localities (a village or group may end in its number, a commune
 * not); "văn bản" and "nông thôn" name no place. */
static void test_localities_in_body(void **state)
{
    (void)state;
    const char *y = import_text(HEADER BASIS
        "I. NHIỆM VỤ\n"
        "1. Hỗ trợ nước sinh hoạt cho các hộ tại thôn Khởi Hạ, Nậm Khánh.\n"
        "2. Các thôn Đội 1, Đội 2 tổ chức họp dân.\n"
        "3. Ban điều hành các tổ dân phố Phú Thọ 1 và Phú Thọ 2 tuyên truyền.\n"
        "4. Xã Năm Nung 4 tiêu chí; rà soát các văn bản Luật Đất đai; nông thôn Việt Nam.\n"
        "5. Đầu tư tại các huyện Kỳ Sơn, Tương Dương; Ủy ban nhân dân các huyện, thành phố.\n" END);
    assert_has(y, "  - {id: khoi-ha, name: Khởi Hạ, kind: thôn}\n"
                  "  - {id: nam-khanh, name: Nậm Khánh, kind: thôn}\n"
                  "  - {id: doi-1, name: Đội 1, kind: thôn}\n"
                  "  - {id: doi-2, name: Đội 2, kind: thôn}\n"
                  "  - {id: phu-tho-1, name: Phú Thọ 1, kind: tổ dân phố}\n"
                  "  - {id: phu-tho-2, name: Phú Thọ 2, kind: tổ dân phố}\n"
                  "  - {id: nam-nung, name: Năm Nung, kind: xã}\n"
                  "  - {id: ky-son, name: Kỳ Sơn, kind: huyện}\n"
                  "  - {id: tuong-duong, name: Tương Dương, kind: huyện}\n\n");
    assert_has(y, "tại thôn {loc khoi-ha}, {loc nam-khanh}.");
    assert_has(y, "các tổ dân phố {loc phu-tho-1} và {loc phu-tho-2} tuyên truyền");
    assert_has(y, "Xã {loc nam-nung} 4 tiêu chí");
    assert_int_equal(stats.localities, 9);
    /* the villages together lead the task named after them */
    y = import_text(HEADER BASIS "I. TỔ CHỨC THỰC HIỆN\n"
                    "1. Các thôn Đội 1, Đội 2, Khởi Hạ tổ chức họp dân, báo cáo UBND xã.\n" END);
    assert_has(y, "  - {id: cac-thon, name: Các thôn}\n\n");
    assert_has(y, "Các thôn {loc doi-1}, {loc doi-2}, {loc khoi-ha} tổ chức họp dân");
    assert_has(y, "            lead: cac-thon\n");
}

/* imp_kind_in_name: the text before a "KẾ HOẠCH" on its line (before[0..n),
 * and after it) is an agency's name broken or joined there ("PHÒNG TÀI
 * CHÍNH -", "SỞ" of "SỞ KẾ HOẠCH VÀ ĐẦU TƯ"), not when it is more than an
 * issuer's line holds (120 bytes), holds a letter in small case (its first
 * too: a sentence's) or is empty; only before[0..n) is read (s32mut: the
 * bound, the first letter and the end of the range each survived) */
static void test_kind_in_name(void **state)
{
    (void)state;
    static const struct {
        const char *before;
        size_t n; /* 0: strlen */
        const char *after;
        int name;
    } cases[] = {
        {"PHÒNG TÀI CHÍNH -", 0, "", 1},
        {"**PHÒNG TÀI CHÍNH -** ", 0, "", 1},
        {"SỞ ", 0, " VÀ ĐẦU TƯ", 1},
        {"PHÒNG TÀI CHÍNH ", 0, "", 1},      /* the dash left out, the line ends */
        {"PHÒNG TÀI CHÍNH ", 0, " VÀ ĐẦU TƯ", 1}, /* the name goes on with a joining word */
        {"PHÒNG TÀI CHÍNH ", 0, " - ĐẦU TƯ", 1},
        {"PHÒNG TÀI CHÍNH ", 0, " NĂM 2024", 0},
        {"theo Kế hoạch ", 0, "", 0},
        {"ở SỞ ", 0, " VÀ ĐẦU TƯ", 0},   /* a small first letter: a sentence's */
        {"PHÒNG TÀI CHÍNH -xã", sizeof "PHÒNG TÀI CHÍNH -" - 1, "", 1}, /* the range ends at its "-" */
        {"", 0, "", 0},
        {"   ", 0, "", 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        size_t n = cases[i].n ? cases[i].n : strlen(cases[i].before);
        int got = imp_kind_in_name(cases[i].before, n, cases[i].after);
        if (got != cases[i].name)
            print_error("case %zu: '%s': %d\n", i, cases[i].before, got);
        assert_int_equal(got, cases[i].name);
    }
    /* 118 capitals and " -": 120 bytes, a name's line; 121 bytes: none */
    char line[130];
    for (size_t k = 118; k <= 119; k++) {
        memset(line, 'A', k);
        memcpy(line + k, " -", 3);
        assert_int_equal(imp_kind_in_name(line, k + 2, ""), k == 118);
    }
}

static int teardown(void **state)
{
    (void)state;
    buf_free(&yaml);
    return 0;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_teardown(test_bases_comma_and_law_year, teardown),
        cmocka_unit_test_teardown(test_unit_names, teardown),
        cmocka_unit_test_teardown(test_unit_ids, teardown),
        cmocka_unit_test_teardown(test_point_dd_starts_a_line, teardown),
        cmocka_unit_test_teardown(test_markdown_escaped_bullets, teardown),
        cmocka_unit_test_teardown(test_unit_sentences, teardown),
        cmocka_unit_test_teardown(test_criterion_from_heading, teardown),
        cmocka_unit_test_teardown(test_no_break_spaces, teardown),
        cmocka_unit_test_teardown(test_agency_under_committee, teardown),
        cmocka_unit_test_teardown(test_assignments_outside_implementation, teardown),
        cmocka_unit_test_teardown(test_lines_and_deadlines, teardown),
        cmocka_unit_test_teardown(test_localities_in_body, teardown),
        cmocka_unit_test_teardown(test_kind_in_name, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
