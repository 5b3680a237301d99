/* test_import.c - unit tests of `khgen import`'s recognition (import.c,
 * import_text.c, emit_yaml.c): small documents in, the plan source's lines
 * out. Each test names the lines the drafter must get: automatic numbering
 * where the document's is regular, `number:` where it jumps, `label:` where
 * it is irregular; structured legal bases and their new keys (date_style,
 * intro, end); joint leads; {year}; and the refusals of binary text.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "import.h"

/* Imports text (a .txt, or Markdown when markdown is 1) and returns the
 * YAML (static buffer), or NULL if import refused it. */
static Buf yaml;
static ImpStats stats;

static const char *import_text(const char *text, int markdown)
{
    Arena *arena = arena_new();
    DiagSink *diags = diag_new(stderr);
    ImpParas paras = {0};
    buf_free(&yaml);
    const char *result = NULL;
    if (import_read_text(arena, diags, "t.txt", text, strlen(text), markdown, &paras) == 0 &&
        import_plan(arena, diags, "t.txt", &paras, NULL, &yaml, &stats) == 0)
        result = yaml.data;
    diag_flush(diags);
    diag_free(diags);
    arena_free(arena);
    return result;
}

#define HEADER                                                                  \
    "ỦY BAN NHÂN DÂN\nHUYỆN YÊN THẾ\n\nSố:     /KH-UBND\n\n"                      \
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"      \
    "Yên Thế, ngày      tháng 01 năm 2024\n\nKẾ HOẠCH\n"                         \
    "Thực hiện chương trình năm 2024\n\n"

static void assert_has(const char *haystack, const char *needle)
{
    if (!haystack || !strstr(haystack, needle))
        fail_msg("expected '%s' in:\n%s", needle, haystack ? haystack : "(refused)");
}

static void test_header(void **state)
{
    (void)state;
    const char *y = import_text(HEADER "I. MỤC TIÊU\n\n1. Nội dung\n", 0);
    assert_has(y, "issuer:\n    - ỦY BAN NHÂN DÂN\n    - HUYỆN YÊN THẾ\n");
    assert_has(y, "  number: \"\"\n  code: KH-UBND\n  place: Yên Thế\n  date: 2024-01\n");
    assert_has(y, "  title: Thực hiện chương trình năm {year}\n");
}

/* Two whole names, each on its own line: the parent body and the issuer,
 * not four lines cut at the place word (a black-box import of a ward's
 * plan); one squeezed line is still split as the header prints it. */
static void test_header_two_bodies(void **state)
{
    (void)state;
    const char *y = import_text(
        "ỦY BAN NHÂN DÂN QUẬN HOÀNG MAI\nỦY BAN NHÂN DÂN PHƯỜNG THỊNH LIỆT\n\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
        "Số: 45/KH-UBND\nThịnh Liệt, ngày 10 tháng 3 năm 2025\n\nKẾ HOẠCH\n"
        "Chuyển đổi số năm 2025\n\nI. MỤC TIÊU\n\n1. Nội dung\n", 0);
    assert_has(y, "  governing_body: ỦY BAN NHÂN DÂN QUẬN HOÀNG MAI\n"
                  "  issuer:\n    - ỦY BAN NHÂN DÂN PHƯỜNG THỊNH LIỆT\n  number:");
    y = import_text(
        "ỦY BAN NHÂN DÂN HUYỆN LỤC NGẠN\n\nSố: 5/KH-UBND\n\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
        "Lục Ngạn, ngày 10 tháng 3 năm 2025\n\nKẾ HOẠCH\nVề việc năm 2025\n\n"
        "I. MỤC TIÊU\n\n1. Nội dung\n", 0);
    assert_has(y, "  issuer:\n    - ỦY BAN NHÂN DÂN\n    - HUYỆN LỤC NGẠN\n");
    /* the parent body abbreviated, both lines bold (black-box F17) */
    y = import_text(
        "**UBND THÀNH PHỐ THANH HÓA**\n\n**ỦY BAN NHÂN DÂN PHƯỜNG ĐÔNG HƯƠNG**\n\n"
        "**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n\n**Độc lập - Tự do - Hạnh phúc**\n\n"
        "Số:    /KH-UBND\n\n*Đông Hương, ngày    tháng 3 năm 2025*\n\n**KẾ HOẠCH**\n\n"
        "**Về việc năm 2025**\n\n**I. MỤC TIÊU**\n\n1. Nội dung\n", 1);
    assert_has(y, "  governing_body: UBND THÀNH PHỐ THANH HÓA\n"
                  "  issuer:\n    - ỦY BAN NHÂN DÂN PHƯỜNG ĐÔNG HƯƠNG\n  number:");
}

static void test_numbering(void **state)
{
    (void)state;
    const char *y = import_text(HEADER "I. MỤC TIÊU\n\n1. Một\n\n2. Hai\n\n5. Năm\n\n"
                                       "5.1. Năm một\n\n5.3 Lạ\n\na) Điểm\n\ne) Điểm lạ\n\n"
                                       "III. NHIỆM VỤ\n\n1) Khác\n", 0);
    /* a gap after a sibling: kept as numbered, with its review line (s49user F7) */
    assert_has(y, "      - clause: Một\n      - clause: Hai\n      # review: the heading is numbered 5 "
                  "after 2: one deleted, the rest not renumbered? it is imported as numbered "
                  "(number: 5): check the numbering\n      - clause: Năm\n        number: 5\n");
    assert_has(y, "          - subclause: Năm một\n");
    assert_has(y, "          - subclause: Lạ\n            label: \"5.3\"\n");
    assert_has(y, "              - point: Điểm lạ\n                label: e)\n");
    assert_has(y, "numbered III after I: one deleted, the rest not renumbered? it is imported "
                  "as numbered (number: 3): check the numbering\n  - section: NHIỆM VỤ\n    number: 3\n");
    assert_has(y, "      - clause: Khác\n        label: 1)\n");
    assert_int_equal(stats.headings, stats.headings_in_body);
}

static void test_bases(void **state)
{
    (void)state;
    const char *y = import_text(
        HEADER
        "Căn cứ Quyết định số 263/QĐ-TTg ngày 22 tháng 02 năm 2022 của Thủ tướng Chính phủ "
        "phê duyệt Chương trình;\n\n"
        "Căn cứ vào Quyết định số 12/QĐ-UBND ngày 02/01/2024 ban hành quy chế;\n\n"
        "Căn cứ tình hình thực tế;\n\nUBND huyện xây dựng Kế hoạch như sau:\n\nI. MỤC TIÊU\n", 0);
    assert_has(y, "  - kind: Quyết định\n    number: 263/QĐ-TTg\n    date: 2022-02-22\n"
                  "    date_style: long\n    by: Thủ tướng Chính phủ\n    about: phê duyệt Chương trình\n");
    assert_has(y, "  - kind: Quyết định\n    intro: Căn cứ vào\n    number: 12/QĐ-UBND\n");
    /* the last basis keeps the ";" the document ends it with */
    assert_has(y, "  - text: Căn cứ tình hình thực tế\n    end: \";\"\n");
    assert_has(y, "opening: \"UBND huyện xây dựng Kế hoạch như sau:\"");
    assert_int_equal(stats.bases, 3);
    assert_int_equal(stats.bases_structured, 2);
}

static void test_tasks_and_units(void **state)
{
    (void)state;
    const char *y = import_text(
        HEADER "I. NHIỆM VỤ\n\n1. Tiêu chí\n\n- Tiêu chí số 8 - Thông tin:\n\nKhai thác dịch vụ.\n\n"
               "+ Phụ trách tiêu chí: Công chức Văn hóa phối hợp với Đoàn xã.\n\n"
               "+ Thời gian thực hiện: Thường xuyên trong năm 2024\n\n"
               "- Tiêu chí số 9 - Nhà ở:\n\nCải tạo nhà.\n\n"
               "+ Phụ trách tiêu chí: Công chức Văn phòng phối hợp với các thôn (đồng chí Hằng)\n\n"
               "II. TỔ CHỨC THỰC HIỆN\n\n1. Phòng Tài chính - Kế hoạch\n\n- Tham mưu phân bổ vốn.\n\n"
               "2. Các sở\n\n- Sở Kế hoạch và Đầu tư, Sở Tài chính: Hướng dẫn.\n", 0);
    assert_has(y, "import: [qd318-xa-ntm]\n");
    assert_has(y, "          - task: \"Tiêu chí số 8 - Thông tin:\"\n            text: Khai thác dịch vụ.\n"
                  "            criteria: [8]\n            lead: cong-chuc-van-hoa\n"
                  "            support: [doan-xa]\n            lead_note: \".\"\n"
                  "            due: ongoing\n"); /* the full stop prints (s17user F2) */
    assert_has(y, "  - {id: phong-tai-chinh-ke-hoach, name: Phòng Tài chính - Kế hoạch}\n");
    assert_has(y, "          - task: \"\"\n            text: Tham mưu phân bổ vốn.\n"
                  "            lead: phong-tai-chinh-ke-hoach\n            show: []\n");
    assert_has(y, "            lead: [so-ke-hoach-va-dau-tu, so-tai-chinh]\n");
    /* "các thôn" is no unit: the support stays in the note */
    assert_has(y, "            lead: cong-chuc-van-phong\n"
                  "            lead_note: phối hợp với các thôn (đồng chí Hằng)\n");
    assert_int_equal(stats.deadlines, 1);
    assert_int_equal(stats.tasks, 4);
    assert_int_equal(stats.tasks_lead, 4);
}

static void test_year_and_localities(void **state)
{
    (void)state;
    const char *y = import_text(HEADER "I. MỤC TIÊU\n\n- Hoàn thành xã Đồng Hưu, Tân Hiệp năm 2024, "
                                       "giai đoạn 2021-2025, so với năm 2023, quý IV/2024.\n", 0);
    assert_has(y, "xã {loc dong-huu}, {loc tan-hiep} năm {year}, giai đoạn 2021-2025, so với năm "
                  "{year-1}, quý IV/{year}.");
    assert_has(y, "  - {id: dong-huu, name: Đồng Hưu, kind: xã}\n");
}

static void test_markdown_and_escapes(void **state)
{
    (void)state;
    /* khgen's own Markdown: bold headings, escaped labels, emphasis kept */
    const char *y = import_text("**KẾ HOẠCH**  \n**Thử năm 2024**\n\n**I. MỤC TIÊU**\n\n"
                                "**1. Cấp xã:** Phấn đấu {đạt}.\n\n- một\n\n3\\. Bình quân *cao*.\n", 1);
    assert_has(y, "      - clause: Cấp xã\n        text: Phấn đấu {{đạt}}.\n");
    assert_has(y, "      - clause: Bình quân *cao*.\n        number: 3\n");
    /* plain text: Markdown's characters are escaped; a '[' only when the
     * line would read otherwise without it ("[a]" is text, "[a](b)" a
     * link; session 22) */
    y = import_text(HEADER "I. MỤC TIÊU\n\n- 5 * 3 [a] _b_\n", 0);
    assert_has(y, "bullet: 5 \\* 3 [a] \\_b\\_\n"); /* plain: no YAML escapes */
    y = import_text(HEADER "I. MỤC TIÊU\n\n- 5 * 3 [a](b) _b_\n", 0);
    assert_has(y, "bullet: 5 \\* 3 \\[a](b) \\_b\\_\n");
}

/* The implementation section's one-sentence assignments in the seeds'
 * other shapes: a "Căn cứ ...," phrase before the units, a group of units
 * ("các Phòng, Ban, ngành có liên quan"), a long unit name, a bracket
 * after the lead ("(Phòng Nội vụ) phối hợp với ..."), and a unit heading
 * whose duty is a paragraph, not a bullet. */
static void test_sentence_assignments(void **state)
{
    (void)state;
    const char *y = import_text(
        HEADER "I. NHIỆM VỤ\n\n1. Làm đường.\n\nII. TỔ CHỨC THỰC HIỆN\n\n"
               "1. Căn cứ các nội dung của Kế hoạch này, các Phòng, Ban, ngành có liên quan chủ động "
               "xây dựng kế hoạch cụ thể.\n\n"
               "2. Tổ công tác về chương trình mục tiêu quốc gia xây dựng nông thôn mới phân công "
               "nhiệm vụ cho thành viên.\n\n"
               "3. Cơ quan Thường trực Hội đồng Thi đua - Khen thưởng huyện (Phòng Nội vụ) phối hợp "
               "với Văn phòng Điều phối NTM huyện, các cơ quan, đơn vị liên quan tham mưu khen thưởng.\n\n"
               "4. Phòng Tài chính - Kế hoạch\n\nPhối hợp với Phòng Nông nghiệp và PTNT và các cơ "
               "quan, đơn vị có liên quan tham mưu phân bổ vốn.\n", 0);
    assert_has(y, "  - {id: cac-phong-ban-nganh-co-lien-quan, name: \"các Phòng, Ban, ngành có liên quan\"}\n");
    assert_has(y, "            lead: cac-phong-ban-nganh-co-lien-quan\n");
    assert_has(y, "            lead: to-cong-tac-chuong-trinh-xd-ntm\n");
    assert_has(y, "            lead: co-quan-thuong-truc-hdtdkt-huyen\n"
                  "            support: [vpdp-ntm-huyen, cac-co-quan-don-vi-lien-quan]\n");
    assert_has(y, "          - task: \"\"\n            label: \"\"\n            text: Phối hợp với Phòng Nông");
    assert_has(y, "            lead: phong-tai-chinh-ke-hoach\n"
                  "            support: [phong-nong-nghiep-va-ptnt, cac-co-quan-don-vi-co-lien-quan]\n");
    assert_int_equal(stats.tasks_lead, 4);
}

/* An attachment page whose label carries its title ("Biểu 01: thống kê")
 * ends the body like a bare "Biểu 01"; a sentence that starts with the
 * word does not. */
static void test_attachment_label(void **state)
{
    (void)state;
    const char *y = import_text(HEADER "I. MỤC TIÊU\n\n1. Làm đường.\n\nBiểu 01 kèm theo được cập nhật "
                                       "hằng quý.\n\nTrên đây là Kế hoạch./.\n\nNơi nhận:\n- Như trên;\n"
                                       "- Lưu: VT.\n\nCHỦ TỊCH\n\nNguyễn Văn A\n\n"
                                       "Biểu 01: thống kê\n\nCÁC XÃ\n\n| STT | Tên |\n", 0);
    assert_has(y, "  name: Nguyễn Văn A\n");
    assert_has(y, "para: Biểu 01 kèm theo được cập nhật hằng quý.\n");
}

/* Markdown with one paragraph a line: the signature's capital lines
 * are its lines, the name in ordinary case its name (black-box import). */
static void test_signature_paragraph_per_line(void **state)
{
    (void)state;
    const char *y = import_text(HEADER "I. MỤC TIÊU\n\n1. Làm đường.\n\n"
                                       "Trên đây là Kế hoạch./.\n\nNơi nhận:\n\n- Lưu: VT.\n\n\n"
                                       "TM. ỦY BAN NHÂN DÂN\n\nCHỦ TỊCH\n\n\nNguyễn Văn Hùng\n", 1);
    assert_has(y, "signature:\n  lines:\n    - TM. ỦY BAN NHÂN DÂN\n    - CHỦ TỊCH\n"
                  "  name: Nguyễn Văn Hùng\n");
}

/* Plain text: a labelled line ("Cơ quan chủ trì: ...") under a numbered
 * heading starts its own paragraph; it is not run into the heading, which
 * then printed as one long bold line (black-box import of a ward's plan). */
static void test_labelled_lines(void **state)
{
    (void)state;
    const char *y = import_text(HEADER "I. NHIỆM VỤ\n1. Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính\n"
                                       "Cơ quan chủ trì: Bộ phận Một cửa phường.\n"
                                       "Thời gian thực hiện: Quý II năm 2024.\n", 0);
    assert_has(y, "      - clause: Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính\n");
    /* its own paragraph, now of the heading's task (the line gives its lead) */
    assert_has(y, "              - \"Cơ quan chủ trì: {lead}.\"\n");
    assert_has(y, "            lead: bo-phan-mot-cua-phuong\n");
}

/* An attachment page's table becomes written rows under its columns; two
 * header rows become groups; a list of village criteria in the text
 * becomes an inline catalog. */
static void test_tables_and_catalog(void **state)
{
    (void)state;
    const char *y = import_text(
        HEADER "I. MỤC TIÊU\n\n1. Bộ tiêu chí thôn nông thôn mới\n\n"
               "- Tiêu chí số 1 - Giao thông: Đường trục thôn được cứng hóa.\n\n"
               "- Tiêu chí số 2 - Điện: Hộ dùng điện an toàn.\n\n"
               "Trên đây là Kế hoạch./.\n\nNơi nhận:\n- Lưu: VT.\n\nCHỦ TỊCH\n\nNguyễn Văn A\n\n"
               "Phụ lục I\n\nDANH SÁCH THÔN\n\n(Kèm theo Kế hoạch số 5/KH-UBND của UBND huyện Yên Thế)\n\n"
               "| STT | Tên thôn | Mục tiêu | |\n|:---:|---|---|---|\n| | | Mức | Năm |\n"
               "| 1 | Thôn A \\| B | NTM | 2024 |\n\nGhi chú: số liệu ước tính.\n", 0);
    assert_has(y, "import:\n  # review: the village criteria");
    assert_has(y, "  - id: tieu-chi-thon\n    title: Bộ tiêu chí thôn nông thôn mới\n    criteria:\n"
                  "      - {code: 1, name: \"Giao thông\"}\n      - {code: 2, name: \"Điện\"}\n");
    assert_has(y, "  issuer_short: UBND huyện Yên Thế\n");
    assert_has(y, "    label: Phụ lục I\n    title: DANH SÁCH THÔN\n    columns:\n"
                  "      - {key: c1, header: \"STT\", type: stt}\n" /* centred by its type */
                  "      - {key: c2, header: \"Tên thôn\"}\n"
                  "      - {key: c3, header: \"Mức\", group: \"Mục tiêu\"}\n"
                  "      - {key: c4, header: \"Năm\", group: \"Mục tiêu\"}\n"
                  "    rows:\n      - [\"Thôn A | B\", \"NTM\", \"2024\"]\n"
                  "    note: \"Ghi chú: số liệu ước tính.\"\n");
}

/* A table in the body: an assignment table (TT | Nhiệm vụ | Chủ trì |
 * Phối hợp | Thời gian), pasted into a .txt with tabs, becomes a table
 * whose rows are tasks with lead, support and due; its caption "Bảng 1."
 * is the table's title. A table of other columns keeps written rows. */
static void test_body_tables(void **state)
{
    (void)state;
    const char *y = import_text(
        HEADER "I. PHÂN CÔNG\n\nBảng 1. Phân công thực hiện\n"
               "TT\tNhiệm vụ\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian hoàn thành\n"
               "1\tRà soát hồ sơ\tPhòng Nội vụ\tPhòng Tư pháp, Phòng Tài chính - Kế hoạch\tTháng 5/2024\n"
               "2\tBáo cáo kết quả\tVăn phòng HĐND và UBND\tCác xã, thị trấn\tQuý IV/2024\n\n"
               "II. CHỈ TIÊU\n\n| STT | Chỉ tiêu | Năm 2024 |\n|---|---|---|\n| 1 | Số xã | 6 |\n", 0);
    assert_has(y, "      - table: Phân công thực hiện\n        columns:\n"
                  "          - {key: stt, type: stt, header: \"TT\"}\n"
                  "          - {key: task, header: \"Nhiệm vụ\"}\n"
                  "          - {key: lead, header: \"Đơn vị chủ trì\"}\n"
                  "          - {key: support, header: \"Đơn vị phối hợp\"}\n"
                  "          - {key: due, header: \"Thời gian hoàn thành\"}\n        items:\n"
                  "          - task: Rà soát hồ sơ\n            lead: phong-noi-vu\n"
                  "            support: [phong-tu-phap, phong-tai-chinh-ke-hoach]\n");
    /* a cell that is not a list of unit names is one unit */
    assert_has(y, "            support: [cac-xa-thi-tran]\n            due: {in: 2024-Q4, text: \"Quý IV/{year}\"}\n");
    assert_has(y, "name: \"Các xã, thị trấn\"}");
    assert_int_equal(stats.tasks, 2);
    assert_int_equal(stats.tasks_lead, 2);
    assert_has(y, "      - table: \"\"\n        columns:\n          - {key: stt, type: stt, header: \"STT\"}\n"
                  "          - {key: c2, header: \"Chỉ tiêu\"}\n          - {key: c3, header: \"Năm {year}\"}\n"
                  "        rows:\n          - [\"Số xã\", \"6\"]\n");
}

/* An assignment table with a column that is no task field ("Sản phẩm"):
 * its rows are tasks all the same, the column their data (data.san_pham),
 * a cell left empty no data at all. */
static void test_body_table_data_column(void **state)
{
    (void)state;
    const char *y = import_text(
        HEADER "I. PHÂN CÔNG\n\n"
               "| TT | Nội dung nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành | Sản phẩm |\n"
               "|---|---|---|---|---|\n"
               "| 1 | Rà soát hồ sơ | Phòng Nội vụ | Tháng 5/2024 | Báo cáo {x} |\n"
               "| 2 | Tập huấn | Phòng Nội vụ | Tháng 6/2024 |  |\n", 1);
    assert_has(y, "          - {key: data.san_pham, header: \"Sản phẩm\"}\n        items:\n");
    assert_has(y, "            data: {san_pham: \"Báo cáo {x}\"}\n          - task: Tập huấn\n"
                  "            lead: phong-noi-vu\n            due: {in: 2024-06, text: \"Tháng 6/{year}\"}\n");
}

/* Plain text: a numbered line without a full stop is a heading; the
 * capitalised line under it is its text, not the rest of its title. */
static void test_txt_heading_then_text(void **state)
{
    (void)state;
    const char *y = import_text(HEADER "I. NHIỆM VỤ\n"
                                "1. Dự án 1: Hỗ trợ đầu tư phát triển hạ tầng kinh tế - xã hội các huyện nghèo\n"
                                "Đầu tư 45 công trình giao thông.\n", 0);
    assert_has(y, "      - clause: \"Dự án 1: Hỗ trợ đầu tư phát triển hạ tầng kinh tế - xã hội các "
                  "huyện nghèo\"\n        items:\n          - para: Đầu tư 45 công trình giao thông.\n");
}

/* A clause title that ends in an item's number ("Dự án 1") stays whole
 * when what follows its ": " is a sentence ending in ".": the project's
 * name, not the clause's text (s34low); a title of no such number still
 * gives its text (s31foreign). */
static void test_txt_item_title_whole(void **state)
{
    (void)state;
    const char *y = import_text(HEADER "I. NHIỆM VỤ\n"
                                "1. Dự án 1: Hỗ trợ đầu tư phát triển hạ tầng kinh tế - xã hội các huyện nghèo.\n\n"
                                "2. Cấp thôn, bản: Phấn đấu có thêm 04 thôn đạt chuẩn nông thôn mới.\n", 0);
    assert_has(y, "      - clause: \"Dự án 1: Hỗ trợ đầu tư phát triển hạ tầng kinh tế - xã hội các "
                  "huyện nghèo.\"\n");
    assert_has(y, "      - clause: Cấp thôn, bản\n        text: Phấn đấu có thêm 04 thôn");
}

/* The year after the plan's in a date rolls on with it ({year+1}), as
 * after "năm"; the year before it only after "năm" (black-box F18). */
static void test_year_neighbours(void **state)
{
    (void)state;
    const char *y = import_text(HEADER "I. NHIỆM VỤ\n1. Báo cáo trước ngày 31/01/2025, so với năm 2023.\n"
                                "2. Thực hiện Kết luận ngày 20/12/2023.\n", 0);
    assert_has(y, "clause: Báo cáo trước ngày 31/01/{year+1}, so với năm {year-1}.\n");
    assert_has(y, "clause: Thực hiện Kết luận ngày 20/12/2023.\n");
}

/* "Phần thứ nhất" with its title in capitals under it is a part; the
 * Roman sections after it are its items and count from I again; a part
 * printed otherwise than khgen would ("PHẦN THỨ HAI") keeps its label. */
static void test_parts(void **state)
{
    (void)state;
    const char *y = import_text(HEADER "UBND huyện xây dựng Kế hoạch như sau:\n\n"
                                "Phần thứ nhất\nMỤC ĐÍCH, YÊU CẦU\nI. MỤC ĐÍCH\n1. Nâng cao chất lượng.\n"
                                "II. YÊU CẦU\n1. Đúng tiến độ.\n"
                                "PHẦN THỨ HAI\nNHIỆM VỤ\nI. CẢI CÁCH THỂ CHẾ\n1. Rà soát văn bản.\n", 0);
    assert_has(y, "body:\n  - part: MỤC ĐÍCH, YÊU CẦU\n    items:\n      - section: MỤC ĐÍCH\n"
                  "        items:\n          - clause: Nâng cao chất lượng.\n      - section: YÊU CẦU\n");
    assert_has(y, "  - part: NHIỆM VỤ\n    label: PHẦN THỨ HAI\n    items:\n"
                  "      - section: CẢI CÁCH THỂ CHẾ\n        items:\n");
}

/* Points written "a. Tổ chức ..." (a letter and a full stop) are points,
 * in plain text as in Word lists, not text run into the line before. */
static void test_points_with_full_stop(void **state)
{
    (void)state;
    const char *y = import_text(HEADER "I. MỤC TIÊU\n\n1. Mục tiêu chung\n\na. Điểm thứ nhất.\n\n"
                                       "b. Điểm thứ hai.\n\nc. v.v. không phải điểm\n", 0);
    assert_has(y, "      - clause: Mục tiêu chung\n        items:\n"
                  "          - point: Điểm thứ nhất.\n            label: a.\n");
    assert_has(y, "          - point: Điểm thứ hai.\n            label: \"b.\"\n");
    assert_int_equal(stats.headings, 4);
}

static void test_refusals(void **state)
{
    (void)state;
    assert_null(import_text("", 0));
    assert_null(import_text("abc\001def", 0));
    /* not UTF-8: read as a legacy Vietnamese encoding (legacy.c) when it
     * is one, refused when it is binary */
    static const char binary[] = "\xff\xfe\x00\x01\x02\x03\xff\x00";
    assert_null(import_text(binary, 0));
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
        cmocka_unit_test_teardown(test_header, teardown),
        cmocka_unit_test_teardown(test_header_two_bodies, teardown),
        cmocka_unit_test_teardown(test_signature_paragraph_per_line, teardown),
        cmocka_unit_test_teardown(test_labelled_lines, teardown),
        cmocka_unit_test_teardown(test_numbering, teardown),
        cmocka_unit_test_teardown(test_bases, teardown),
        cmocka_unit_test_teardown(test_tasks_and_units, teardown),
        cmocka_unit_test_teardown(test_year_and_localities, teardown),
        cmocka_unit_test_teardown(test_markdown_and_escapes, teardown),
        cmocka_unit_test_teardown(test_sentence_assignments, teardown),
        cmocka_unit_test_teardown(test_attachment_label, teardown),
        cmocka_unit_test_teardown(test_tables_and_catalog, teardown),
        cmocka_unit_test_teardown(test_body_tables, teardown),
        cmocka_unit_test_teardown(test_txt_heading_then_text, teardown),
        cmocka_unit_test_teardown(test_txt_item_title_whole, teardown),
        cmocka_unit_test_teardown(test_parts, teardown),
        cmocka_unit_test_teardown(test_body_table_data_column, teardown),
        cmocka_unit_test_teardown(test_year_neighbours, teardown),
        cmocka_unit_test_teardown(test_points_with_full_stop, teardown),
        cmocka_unit_test_teardown(test_refusals, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
