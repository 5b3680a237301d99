/* test_render_html.c - unit tests of the HTML back end (render_html.c).
 *
 * Each test parses a small plan, renders the whole page and compares parts
 * of it exactly: the page frame (doctype, language, charset, inlined CSS,
 * nothing loaded from elsewhere), the two-column header, the numbered body
 * (the same labels and styles as the Markdown), the signature block, the
 * attachment tables (grouped headers, merged cells, group and totals rows,
 * empty tables), and above all that text from a plan never becomes markup:
 * "<script>", "<b>", entities, "javascript:" links and images print as the
 * characters written while Markdown emphasis still works. The page must be
 * the same bytes on every run.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "plan_fixture.h"

#include "layout.h"
#include "load.h"
#include "parse.h"
#include "render_html.h"

typedef struct Fixture {
    PlanFixture pf;          /* pf.output: the diagnostics printed */
    RenderCtx rc;
    Buf out;
} Fixture;

static const char header[] = "khgen: 1\n"
                             "header:\n"
                             "  issuer: [ỦY BAN NHÂN DÂN, HUYỆN X]\n"
                             "  issuer_short: UBND huyện X\n"
                             "  place: X\n"
                             "  date: 2024-01\n"
                             "  title: Thử nghiệm\n";

/* Parses header + rest into f->pf.plan (templates from templates_dir, NULL
 * for the built-in ones). Fails the test on any diagnostic. */
static void parse_text(Fixture *f, const char *rest, const char *templates_dir)
{
    fixture_parse(&f->pf, header, rest, templates_dir);
    render_ctx_init(&f->rc, f->pf.plan, f->pf.templates, f->pf.arena);
    assert_string_equal(fixture_flush(&f->pf), "");
}

/* Renders the parsed plan into f->out; fails on an error or a diagnostic. */
static void render_page(Fixture *f)
{
    assert_int_equal(render_html(&f->rc, &f->out), 0);
    diag_flush(f->pf.diags);
    fflush(f->pf.stream);
    assert_string_equal(f->pf.output, "");
}

static void render_text(Fixture *f, const char *rest)
{
    parse_text(f, rest, NULL);
    render_page(f);
}

/* Asserts that the page holds needle, printing the page if not. */
static void assert_has(const Fixture *f, const char *needle)
{
    if (!strstr(f->out.data, needle)) {
        fprintf(stderr, "missing:\n%s\n--- page:\n%s\n", needle, f->out.data);
        fail();
    }
}

static void assert_lacks(const Fixture *f, const char *needle)
{
    const char *found = strstr(f->out.data, needle);
    if (found) {
        fprintf(stderr, "unexpected:\n%s\n--- at: %.200s\n", needle, found);
        fail();
    }
}

/* Asserts that text begins with expected, printing both if not. */
static void assert_starts_with(const char *text, const char *expected)
{
    if (strncmp(text, expected, strlen(expected)) != 0) {
        fprintf(stderr, "expected:\n%s\n--- got:\n%.*s\n", expected,
                (int)strlen(expected) + 200, text);
        fail();
    }
}

/* The part of the page from "<body>" on. */
static const char *body_of(const Fixture *f)
{
    const char *body = strstr(f->out.data, "<body>");
    assert_non_null(body);
    return body;
}

static int setup(void **state)
{
    *state = calloc(1, sizeof(Fixture));
    return 0;
}

static int teardown(void **state)
{
    Fixture *f = *state;
    buf_free(&f->out);
    fixture_release(&f->pf);
    free(f);
    return 0;
}

static void test_page_frame(void **state)
{
    Fixture *f = *state;
    render_text(f, "body: [Một đoạn.]\n");
    const char *page = f->out.data;
    assert_starts_with(page, "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n");
    assert_has(f, "<title>KẾ HOẠCH Thử nghiệm</title>");
    /* the CSS is inlined: A4, the decree's margins, page numbers from page 2 */
    assert_has(f, "<style>\n/* plan.css");
    assert_has(f, "size: A4 portrait;");
    assert_has(f, "margin: 20mm 15mm 20mm 30mm;");
    assert_has(f, "content: counter(page);");
    /* page 1 unnumbered: an empty box, not none, so that Chromium prints
     * no header of its own there either (s44print H1); nor a footer */
    assert_has(f, "@page :first {\n  @top-center { content: \"\"; }");
    assert_has(f, "@bottom-center { content: \"\"; }");
    assert_has(f, "font-family: \"Times New Roman\", Tinos, \"Liberation Serif\", serif;");
    /* nothing comes from elsewhere */
    assert_lacks(f, "<link");
    assert_lacks(f, "<script");
    assert_lacks(f, "<img");
    assert_lacks(f, "@import");
    assert_lacks(f, "url(");
    /* no template tag is left over; one newline at the end */
    assert_lacks(f, "{{");
    size_t len = f->out.len;
    assert_true(len > 8 && strcmp(page + len - 8, "</html>\n") == 0);
}

/* A plan's layout: overrides the template's defaults after its CSS; a plan
 * without one adds nothing. */
static void test_plan_layout(void **state)
{
    Fixture *f = *state;
    render_text(f, "layout: {margin_left: 35, margin_top: 25, font_size: 13, indent: 1.27}\n"
                   "body: [Một đoạn.]\n");
    const char *css = strstr(f->out.data, "/* the plan's own layout");
    assert_non_null(css);
    assert_true(css > strstr(f->out.data, "/* plan.css")); /* after the template: it wins */
    assert_has(f, "@page { margin-top: 25mm; margin-left: 35mm; }\n");
    /* the sheet on screen shows the same margins as the paper */
    assert_has(f, "@media screen { .sheet { padding-top: 25mm; padding-left: 35mm; } }\n");
    assert_has(f, "body { font-size: 13pt; }\n");
    assert_has(f, "p { text-indent: 1.27cm; }\n");
}

static void test_no_layout_adds_nothing(void **state)
{
    Fixture *f = *state;
    render_text(f, "body: [Một đoạn.]\n");
    assert_lacks(f, "the plan's own layout");
}

static void test_header_and_title(void **state)
{
    Fixture *f = *state;
    parse_text(f, "body: [Một đoạn.]\n", NULL);
    f->pf.plan->governing_body = "UBND TỈNH Y";
    render_page(f);
    assert_has(f, "<td class=\"issuer-cell\">\n"
                  "<p class=\"governing-body\">UBND TỈNH Y</p>\n"
                  "<div class=\"issuer\"><p>ỦY BAN NHÂN DÂN</p><p>HUYỆN X</p></div>\n"
                  "</td>\n"
                  "<td class=\"nation-cell\">\n"
                  "<p class=\"national-name\">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>\n"
                  "<p class=\"motto\"><span>Độc lập - Tự do - Hạnh phúc</span></p>\n");
    assert_has(f, "<div class=\"number-date-row\">\n<p class=\"doc-number\">Số:      /KH-UBND</p>\n"
                  "<p class=\"place-date\">X, ngày      tháng 01 năm 2024</p>\n</div>");
    assert_has(f, "<p class=\"doc-kind\">KẾ HOẠCH</p>\n<p class=\"subject\">Thử nghiệm</p>\n");
}

static void test_body_labels(void **state)
{
    Fixture *f = *state;
    render_text(f,
                "bases:\n"
                "  - {kind: QĐ, number: 263/QĐ-TTg, date: 2022-02-22, by: Thủ tướng Chính phủ,\n"
                "     about: phê duyệt *Chương trình*}\n"
                "  - text: Căn cứ tình hình thực tế\n"
                "opening: \"UBND huyện ban hành Kế hoạch năm {year}, như sau:\"\n"
                "units:\n"
                "  - {id: dc, name: Công chức Địa chính}\n"
                "body:\n"
                "  - section: MỤC TIÊU\n"
                "    items:\n"
                "      - clause: Cấp xã\n"
                "        items:\n"
                "          - subclause: Cụ thể\n"
                "            items: [{point: một}, {point: hai}]\n"
                "          - bullet: Ý một\n"
                "            items: [{bullet: ý con}]\n"
                "      - clause: Cấp thôn\n"
                "        text: Phấn đấu **04** thôn.\n"
                "  - section: NHIỆM VỤ\n"
                "    items:\n"
                "      - task: \"Tiêu chí số 6:\"\n"
                "        style: italic\n"
                "        text: Tuyên truyền, xong {due}.\n"
                "        lead: dc\n"
                "        due: 2024-Q2\n"
                "      - |-\n"
                "        Đoạn một\n"
                "        vẫn đoạn một.\n"
                "\n"
                "        Đoạn hai.\n"
                "closing: Trên đây là Kế hoạch năm {year}.\n");
    const char *main_part = strstr(body_of(f), "<p class=\"basis\">");
    assert_non_null(main_part);
    const char *expected =
        "<p class=\"basis\">Căn cứ Quyết định số 263/QĐ-TTg ngày 22/02/2022 của Thủ tướng "
        "Chính phủ phê duyệt <em>Chương trình</em>;</p>\n"
        "<p class=\"basis\">Căn cứ tình hình thực tế.</p>\n"
        "<p class=\"opening\">UBND huyện ban hành Kế hoạch năm 2024, như sau:</p>\n"
        /* kept headings and a paragraph too short to split are one block
         * (s44print W1: Chromium split it 2 + 1 lines under its heading) */
        "<div class=\"keep-with\">\n"
        "<p class=\"section keep-next\"><strong>I. MỤC TIÊU</strong></p>\n"
        "<p class=\"clause keep-next\"><strong>1. Cấp xã</strong></p>\n"
        "<p class=\"subclause keep-next\"><strong>1.1. Cụ thể</strong></p>\n"
        "<p class=\"point\">a) một</p>\n"
        "</div>\n"
        "<p class=\"point\">b) hai</p>\n"
        "<p class=\"bullet\">- Ý một</p>\n"
        "<p class=\"bullet\">+ ý con</p>\n"
        "<p class=\"clause\">2. Cấp thôn: Phấn đấu <strong>04</strong> thôn.</p>\n"
        "<div class=\"keep-with\">\n"
        "<p class=\"section keep-next\"><strong>II. NHIỆM VỤ</strong></p>\n"
        /* a task's title is kept with its text and lines (s43user F15) */
        "<p class=\"task keep-next\">- <em>Tiêu chí số 6:</em></p>\n"
        "<p>Tuyên truyền, xong quý II/2024.</p>\n"
        "</div>\n"
        "<p class=\"task-line\">+ Đơn vị thực hiện: Công chức Địa chính</p>\n" /* no criteria */
        "<p class=\"task-line\">+ Thời gian thực hiện: quý II/2024</p>\n"
        "<p>Đoạn một vẫn đoạn một.</p>\n"
        "<p>Đoạn hai.</p>\n"
        "<p class=\"closing\">Trên đây là Kế hoạch năm 2024./.</p>\n"
        "</main>\n";
    assert_starts_with(main_part, expected);
}

static void test_markup_prints_as_text(void **state)
{
    Fixture *f = *state;
    render_text(f,
                "body:\n"
                "  - task: \"\"\n"
                "    text: <script>alert(1)</script>\n"
                "  - bullet: <b>x</b> và <img src=x onerror=alert(1)>\n"
                "  - bullet: \"[link](javascript:alert(1)) [hai](JavaScript:alert(2))\"\n"
                "  - bullet: \"![ảnh](http://example.com/a.png) và [cổng](https://example.vn/a)\"\n"
                "  - bullet: \"&copy; AT&T &lt; *nghiêng* `<code>` \\\\<b>\"\n"
                "  - \"1. không phải danh sách\"\n"
                "  - \"# không phải tiêu đề\"\n"
                "  - \"- không phải gạch đầu dòng\"\n"
                "  - \"> không phải trích dẫn\"\n"
                "  - \"[r]: http://example.com/\"\n"
                "  - \"***\"\n");
    const char *body = body_of(f);
    assert_null(strstr(body, "<script"));
    assert_null(strstr(body, "<b>"));
    assert_null(strstr(body, "<img"));
    assert_null(strstr(body, "javascript:"));
    assert_null(strstr(body, "JavaScript:"));
    assert_has(f, "<p class=\"task\">- &lt;script&gt;alert(1)&lt;/script&gt;</p>\n");
    assert_has(f, "<p class=\"bullet\">- &lt;b&gt;x&lt;/b&gt; và "
                  "&lt;img src=x onerror=alert(1)&gt;</p>\n");
    assert_has(f, "<p class=\"bullet\">- link hai</p>\n");
    assert_has(f, "<p class=\"bullet\">- ảnh và <a href=\"https://example.vn/a\">cổng</a></p>\n");
    assert_has(f, "<p class=\"bullet\">- &amp;copy; AT&amp;T &amp;lt; <em>nghiêng</em> "
                  "<code>&lt;code&gt;</code> &lt;b&gt;</p>\n");
    assert_has(f, "<p>1. không phải danh sách</p>\n");
    assert_has(f, "<p># không phải tiêu đề</p>\n");
    assert_has(f, "<p>- không phải gạch đầu dòng</p>\n");
    assert_has(f, "<p>&gt; không phải trích dẫn</p>\n");
    assert_has(f, "<p>[r]: http://example.com/</p>\n");
    assert_has(f, "<p>***</p>\n");
}

/* Texts at the edges of the Markdown syntax: each is one paragraph that
 * shows its characters. */
static void test_odd_texts(void **state)
{
    Fixture *f = *state;
    render_text(f,
                "body:\n"
                "  - \"`\"\n"
                "  - \"``a` <b>\"\n"
                "  - \"a \\\\\"\n"
                "  - \"[\"\n"
                "  - \"[a\\\\]: b\"\n"
                "  - \"_ _ _\"\n"
                "  - \"~~~\"\n"
                "  - \"```js\"\n"
                "  - \"<\"\n"
                "  - \"&\"\n"
                "  - \"1) x\"\n"
                "  - \"1234567890. x\"\n"
                "  - \"    thụt lề\"\n"
                "  - \"<!-- c -->\"\n");
    assert_has(f, "<p>`</p>\n");
    assert_has(f, "<p>``a` &lt;b&gt;</p>\n");
    assert_has(f, "<p>a \\</p>\n");
    assert_has(f, "<p>[</p>\n");
    assert_has(f, "<p>[a]: b</p>\n");
    assert_has(f, "<p>_ _ _</p>\n");
    assert_has(f, "<p>~~~</p>\n");
    assert_has(f, "<p>```js</p>\n");
    assert_has(f, "<p>&lt;</p>\n");
    assert_has(f, "<p>&amp;</p>\n");
    assert_has(f, "<p>1) x</p>\n");
    assert_has(f, "<p>1234567890. x</p>\n");
    assert_has(f, "<p>thụt lề</p>\n");
    assert_has(f, "<p>&lt;!-- c --&gt;</p>\n");
}

static void test_markup_in_header_and_signature(void **state)
{
    Fixture *f = *state;
    render_text(f,
                "body: [Một đoạn.]\n"
                "recipients: [UBND <i>tỉnh</i>, \"Lưu: VT\"]\n"
                "signature:\n"
                "  lines: [TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH, PHÓ CHỦ TỊCH]\n"
                "  name: Nguyễn Văn <b>A</b>\n");
    assert_has(f, "<div class=\"signing\">\n"
                  "<div class=\"recipients\">\n"
                  "<p class=\"recipients-title\">Nơi nhận:</p>\n"
                  "<p>- UBND &lt;i&gt;tỉnh&lt;/i&gt;;</p>\n"
                  "<p>- Lưu: VT.</p>\n"
                  "</div>\n"
                  "<div class=\"signature\">\n"
                  "<p class=\"signature-line\">TM. ỦY BAN NHÂN DÂN</p>\n"
                  "<p class=\"signature-line\">KT. CHỦ TỊCH</p>\n"
                  "<p class=\"signature-line\">PHÓ CHỦ TỊCH</p>\n"
                  "<div class=\"signature-space\"></div>\n"
                  "<p class=\"signature-name\">Nguyễn Văn &lt;b&gt;A&lt;/b&gt;</p>\n"
                  "</div>\n"
                  "</div>\n"
                  "</main>\n");
}

static const char table_plan[] =
    "body:\n"
    "  - para: (Chi tiết theo {att b1 b2} đính kèm).\n"
    "attachments:\n"
    "  - id: b1\n"
    "    label: Biểu 01\n"
    "    title: Danh sách <b>xã</b>\n"
    "    orientation: landscape\n"
    "    note: Ghi *chú*.\n" /* attach.c keeps notes as plain text */
    "    totals: Tổng cộng\n"
    "    merge: [area]\n"
    "    columns:\n"
    "      - stt\n"
    "      - {key: area, header: Khu vực}\n"
    "      - {key: name, header: Tên, width: 20}\n"
    "      - {key: planned, header: Kế hoạch, group: Số lượng, type: int, total: true}\n"
    "      - {key: done, header: Đã làm, group: Số lượng, type: int, total: true}\n"
    "    rows:\n"
    "      - heading: Nhóm một\n"
    "      - {area: Thôn 1, name: \"<script>x</script>\", planned: 3, done: 1}\n"
    "      - {area: Thôn 1, name: Việc hai, planned: 2, done: 2}\n"
    "      - {area: Thôn 2, name: Việc ba, planned: 1, done: 0}\n"
    "  - id: b2\n"
    "    label: Biểu 02\n"
    "    title: Bảng trống\n"
    "    orientation: portrait\n"
    "    columns: [stt, {key: name, header: Tên}]\n"
    "    rows: [[Một]]\n";

static void test_attachment_table(void **state)
{
    Fixture *f = *state;
    parse_text(f, table_plan, NULL);
    f->pf.plan->attachments[1].n_rows = 0; /* an empty table */
    render_page(f);
    assert_has(f, "<section class=\"sheet attachment landscape attachment-1\" id=\"b1\">\n"
                  "<p class=\"attachment-label\">Biểu 01</p>\n"
                  "<p class=\"attachment-title\">DANH SÁCH &lt;B&gt;XÃ&lt;/B&gt;</p>\n"
                  "<p class=\"attachment-line\">(Kèm theo Kế hoạch số      /KH-UBND ngày      "
                  "tháng 01 năm 2024 của UBND huyện X)</p>\n"
                  "<table class=\"attachment-table\">\n");
    /* grouped header: the group over its two columns, the others over both rows */
    assert_has(f, "<thead>\n"
                  "<tr><th rowspan=\"2\">STT</th><th rowspan=\"2\">Khu vực</th>"
                  "<th rowspan=\"2\">Tên</th><th colspan=\"2\">Số lượng</th></tr>\n"
                  "<tr><th>Kế hoạch</th><th>Đã làm</th></tr>\n"
                  "</thead>\n");
    /* group row across the columns after STT; merged cells; totals */
    assert_has(f, "<tr class=\"group keep-next\"><td class=\"c\">I</td>"
                  "<td colspan=\"4\" class=\"l\">Nhóm một</td></tr>\n");
    assert_has(f, "<td rowspan=\"2\" class=\"l\">Thôn 1</td>"
                  "<td class=\"l\">&lt;script&gt;x&lt;/script&gt;</td>"
                  "<td class=\"c\">3</td><td class=\"c\">1</td></tr>\n");
    assert_has(f, "<td class=\"l\">Việc hai</td><td class=\"c\">2</td><td class=\"c\">2</td></tr>\n");
    /* the totals row, last, kept with the note: the table's last row,
     * one cell across it (layout_row_keeps_with_next, s43print) */
    assert_has(f, "<tr class=\"totals keep-next\"><td colspan=\"3\" class=\"c\">Tổng cộng</td>"
                  "<td class=\"c\">6</td><td class=\"c\">3</td></tr>\n"
                  "<tr class=\"note\"><td colspan=\"5\" class=\"attachment-note\">Ghi chú.</td></tr>\n"
                  "</tbody>\n</table>\n</section>\n");
    assert_lacks(f, "<p class=\"attachment-note\">");
    /* the empty table keeps its header and has no body */
    assert_has(f, "<section class=\"sheet attachment portrait attachment-2\" id=\"b2\">\n");
    assert_has(f, "<tr><th>STT</th><th>Tên</th></tr>\n</thead>\n</table>\n</section>\n");
    /* each attachment is a named page of its own, sized and numbered */
    assert_has(f, "@page attachment-1 {\n  size: A4 landscape;\n  counter-increment: attachment-1;\n");
    assert_has(f, "@page attachment-2 {\n  size: A4 portrait;\n");
    assert_has(f, ".attachment-1 {\n  page: attachment-1;\n}");
    assert_lacks(f, "<script");
}

static void test_attachment_without_columns(void **state)
{
    Fixture *f = *state;
    parse_text(f, table_plan, NULL);
    /* as attach.c leaves a table it could not build */
    f->pf.plan->attachments[0].n_columns = 0;
    f->pf.plan->attachments[0].n_rows = 0;
    f->pf.plan->attachments[0].has_totals = 0;
    render_page(f);
    assert_has(f, "<p class=\"attachment-title\">DANH SÁCH &lt;B&gt;XÃ&lt;/B&gt;</p>\n"
                  "<p class=\"attachment-line\">");
    assert_has(f, "<p class=\"attachment-note\">Ghi chú.</p>\n</section>\n"
                  "<section class=\"sheet attachment portrait attachment-2\"");
}

static void test_deterministic(void **state)
{
    Fixture *f = *state;
    render_text(f, table_plan);
    Fixture *again = calloc(1, sizeof *again);
    render_text(again, table_plan);
    assert_int_equal(f->out.len, again->out.len);
    assert_memory_equal(f->out.data, again->out.data, f->out.len);
    teardown((void **)&again);
}

/* A province's own plan.css (--templates DIR) replaces the built-in one. */
static void test_province_template(void **state)
{
    Fixture *f = *state;
    char dir[] = "/tmp/khgen-test-html.XXXXXX";
    assert_non_null(mkdtemp(dir));
    char path[sizeof dir + 32];
    snprintf(path, sizeof path, "%s/plan.css", dir);
    FILE *css = fopen(path, "w");
    assert_non_null(css);
    fputs("@page { size: A4; margin: 25mm 20mm 25mm 35mm; }\n", css);
    fclose(css);
    parse_text(f, table_plan, dir);
    render_page(f);
    remove(path);
    rmdir(dir);
    /* the province's CSS replaces the built-in one; the attachment pages
       keep their size */
    assert_has(f, "<style>\n@page { size: A4; margin: 25mm 20mm 25mm 35mm; }\n\n"
                  "@page attachment-1 {\n  size: A4 landscape;\n");
    assert_lacks(f, "font-family");
}

/* layout_unit_said, the one rule of every back end's unit line and of
 * import's Biểu reader: "ĐVT: X" and "(Đơn vị tính: X)" give the unit X;
 * "Đơn vị: X", a unit of measure or the office that carries the table out,
 * the line as written, printed as written (s33review M1: "Đơn vị: Ban quản
 * lý XDNTM xã" was printed "Đơn vị tính: Ban quản lý XDNTM xã"). */
static void test_unit_said(void **state)
{
    (void)state;
    Arena *arena = arena_new();
    static const struct {
        const char *line, *unit;
    } cases[] = {
        {"ĐVT: triệu đồng", "triệu đồng"},
        {"(Đơn vị tính: %)", "%"},
        {"  Đơn vị tính : hộ  ", "hộ"},
        {"Đơn vị: Ban quản lý XDNTM xã Bình Trung", "Đơn vị: Ban quản lý XDNTM xã Bình Trung"},
        {"  đơn vị: hộ ", "đơn vị: hộ"},
        {"Đơn vị tính: hộ. Nguồn: UBND xã", NULL},
        {"Đơn vị báo cáo: UBND xã", NULL},
        {"Đơn vị:", NULL},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        const char *got = layout_unit_said(arena, cases[i].line);
        if (cases[i].unit)
            assert_string_equal(got, cases[i].unit);
        else
            assert_null(got);
    }
    /* the line read whole prints as written, never "Đơn vị tính: Đơn vị: ..." */
    Attachment att = {0};
    att.unit = "Đơn vị: Ban quản lý XDNTM xã Bình Trung";
    assert_string_equal(layout_unit_line(arena, &att), "Đơn vị: Ban quản lý XDNTM xã Bình Trung");
    att.unit = "triệu đồng";
    assert_string_equal(layout_unit_line(arena, &att), "Đơn vị tính: triệu đồng");
    arena_free(arena);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_page_frame, setup, teardown),
        cmocka_unit_test_setup_teardown(test_header_and_title, setup, teardown),
        cmocka_unit_test_setup_teardown(test_body_labels, setup, teardown),
        cmocka_unit_test_setup_teardown(test_markup_prints_as_text, setup, teardown),
        cmocka_unit_test_setup_teardown(test_odd_texts, setup, teardown),
        cmocka_unit_test_setup_teardown(test_markup_in_header_and_signature, setup, teardown),
        cmocka_unit_test_setup_teardown(test_attachment_table, setup, teardown),
        cmocka_unit_test_setup_teardown(test_attachment_without_columns, setup, teardown),
        cmocka_unit_test_setup_teardown(test_deterministic, setup, teardown),
        cmocka_unit_test_setup_teardown(test_province_template, setup, teardown),
        cmocka_unit_test_setup_teardown(test_plan_layout, setup, teardown),
        cmocka_unit_test_setup_teardown(test_no_layout_adds_nothing, setup, teardown),
        cmocka_unit_test(test_unit_said),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
