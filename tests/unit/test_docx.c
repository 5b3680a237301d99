/* test_docx.c - unit tests of what the Word back end stands on: the shared
 * table layout (layout.c), the XML text escaping (xmltext.c) and the .docx
 * package itself (render_docx.c): its parts, its styles and its sections,
 * read back from the zip with libzip.
 */
#include "plan_fixture.h"

#include <zip.h>

#include "layout.h"
#include "render.h"
#include "render_docx.h"
#include "xmltext.h"

typedef struct Fixture {
    PlanFixture pf;
} Fixture;

static const char plan_head[] =
    "khgen: 1\n"
    "header:\n"
    "  issuer: [ỦY BAN NHÂN DÂN, XÃ THỬ]\n"
    "  issuer_short: UBND xã Thử\n"
    "  number: 7\n"
    "  code: KH-UBND\n"
    "  place: Thử\n"
    "  date: 2024-03-05\n"
    "  title: Thực thi *thử* năm 2024\n"
    "units:\n"
    "  - {id: vp, name: Văn phòng}\n"
    "body:\n"
    "  - section: NHIỆM VỤ\n"
    "    items:\n"
    "      - clause: Nội dung\n"
    "        items:\n"
    "          - bullet: Có **đậm** và <w:p> (Chi tiết theo {att b1} đính kèm).\n"
    "closing: Trên đây là Kế hoạch.\n"
    "recipients: [UBND huyện, \"Lưu: VT\"]\n"
    "signature:\n"
    "  lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH]\n"
    "  name: Nguyễn Văn A\n"
    "attachments:\n"
    "  - id: b1\n"
    "    label: Biểu 01\n"
    "    title: Bảng thử\n"
    "    orientation: landscape\n"
    "    totals: Tổng cộng\n"
    "    merge: [area]\n"
    "    columns:\n"
    "      - stt\n"
    "      - {key: area, header: Khu vực}\n"
    "      - {key: name, header: Nội dung}\n"
    "      - {key: planned, header: Kế hoạch, group: Số lượng, type: int, total: true}\n"
    "      - {key: done, header: Đã làm, group: Số lượng, type: int, total: true}\n"
    "    rows:\n"
    "      - heading: Nhóm một\n"
    "      - {area: Thôn 1, name: Việc một, planned: 3, done: 1}\n"
    "      - {area: Thôn 1, name: Việc hai, planned: 2, done: 2}\n"
    "      - {area: Thôn 2, name: Việc ba, planned: 1, done: 0}\n";

static int setup(void **state)
{
    *state = calloc(1, sizeof(Fixture));
    return 0;
}

static int teardown(void **state)
{
    Fixture *f = *state;
    fixture_release(&f->pf);
    free(f);
    return 0;
}

static Plan *parse_plan_text(Fixture *f)
{
    Plan *plan = fixture_parse(&f->pf, plan_head, "", NULL);
    const char *out = fixture_flush(&f->pf);
    if (diag_error_count(f->pf.diags) != 0)
        fail_msg("unexpected diagnostics:\n%s", out);
    return plan;
}

/* ---- xmltext.c ------------------------------------------------------------------ */

static void test_xml_escaping(void **state)
{
    (void)state;
    Buf out = {0};
    size_t dropped = 0;
    xml_puts(&out, "<w:p>&amp;]]>\"x\"", &dropped);
    assert_string_equal(out.data, "&lt;w:p&gt;&amp;amp;]]&gt;&quot;x&quot;");
    assert_int_equal(dropped, 0);
    buf_reset(&out);
    /* U+0001, U+FFFE, U+FFFF and a stray byte go; tab, newline and
     * Vietnamese letters stay */
    xml_puts(&out, "a\x01" "b\xEF\xBF\xBE" "c\xEF\xBF\xBF" "d\xFF" "e\tf\ng Đường", &dropped);
    assert_string_equal(out.data, "abcde\tf\ng Đường");
    assert_int_equal(dropped, 4);
    buf_free(&out);
}

/* ---- layout.c -------------------------------------------------------------------- */

static void test_layout_grid(void **state)
{
    Fixture *f = *state;
    Plan *plan = parse_plan_text(f);
    assert_int_equal(plan->n_attachments, 1);
    const TableLayout *t = layout_table(f->pf.arena, &plan->attachments[0]);
    assert_non_null(t);
    assert_int_equal(t->n_cols, 5);
    assert_int_equal(t->header_rows, 2);
    assert_int_equal(t->stt_col, 0);
    /* header, 2 rows; group row; 3 data rows; totals */
    assert_int_equal(t->n_rows, 2 + 1 + 3 + 1);

    /* first header row: STT, Khu vực, Nội dung down over two rows, then
     * the group "Số lượng" across two columns */
    const LayoutRow *h = &t->rows[0];
    assert_int_equal(h->n_cells, 4);
    assert_string_equal(h->cells[0].text, "STT");
    assert_int_equal(h->cells[0].rowspan, 2);
    assert_string_equal(h->cells[3].text, "Số lượng");
    assert_int_equal(h->cells[3].colspan, 2);
    assert_int_equal(h->cells[3].rowspan, 1);
    assert_true(h->cells[3].bold);
    /* second: the ungrouped columns covered, the group's own headers */
    const LayoutRow *h2 = &t->rows[1];
    assert_int_equal(h2->n_cells, 5);
    assert_true(h2->cells[0].covered);
    assert_true(h2->cells[2].covered);
    assert_false(h2->cells[3].covered);
    assert_string_equal(h2->cells[4].text, "Đã làm");

    /* group row: the Roman numeral, then the title across the rest */
    const LayoutRow *g = &t->rows[2];
    assert_int_equal(g->kind, LROW_GROUP);
    assert_int_equal(g->n_cells, 2);
    assert_string_equal(g->cells[0].text, "I");
    assert_string_equal(g->cells[1].text, "Nhóm một");
    assert_int_equal(g->cells[1].colspan, 4);
    assert_int_equal(g->cells[1].align, ALIGN_LEFT);

    /* Thôn 1 merged down over two rows, covered in the second; numbers
     * centred, text left */
    const LayoutRow *d1 = &t->rows[3], *d2 = &t->rows[4];
    assert_int_equal(d1->kind, LROW_DATA);
    assert_int_equal(d1->cells[1].rowspan, 2);
    assert_string_equal(d1->cells[1].text, "Thôn 1");
    assert_true(d2->cells[1].covered);
    assert_false(d2->cells[2].covered);
    assert_int_equal(d1->cells[2].align, ALIGN_LEFT);
    assert_int_equal(d1->cells[3].align, ALIGN_CENTER);
    assert_non_null(d1->cells[3].cell);
    assert_true(d1->cells[3].cell->is_number);

    /* totals: the label across the columns before the first sum */
    const LayoutRow *tot = &t->rows[6];
    assert_int_equal(tot->kind, LROW_TOTALS);
    assert_string_equal(tot->cells[0].text, "Tổng cộng");
    assert_int_equal(tot->cells[0].colspan, 3);
    assert_string_equal(tot->cells[1].text, "6");
    assert_string_equal(tot->cells[2].text, "3");
    assert_true(tot->cells[2].bold);

    for (size_t c = 0; c < t->n_cols; c++)
        assert_true(t->widths[c] > 0);
}

/* ---- render_docx.c -------------------------------------------------------------- */

/* The text of one part of a zip held in memory (malloc'd), or NULL. */
static char *zip_part(const Buf *package, const char *name)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *src = zip_source_buffer_create(package->data, package->len, 0, &error);
    zip_t *za = zip_open_from_source(src, ZIP_RDONLY, &error);
    assert_non_null(za);
    zip_stat_t st;
    char *text = NULL;
    if (zip_stat(za, name, 0, &st) == 0) {
        zip_file_t *zf = zip_fopen(za, name, 0);
        text = calloc(1, st.size + 1);
        assert_int_equal(zip_fread(zf, text, st.size), (zip_int64_t)st.size);
        zip_fclose(zf);
    }
    zip_close(za);
    zip_error_fini(&error);
    return text;
}

static void test_docx_package(void **state)
{
    Fixture *f = *state;
    Plan *plan = parse_plan_text(f);
    RenderCtx rc;
    render_ctx_init(&rc, plan, f->pf.templates, f->pf.arena);
    Buf a = {0}, b = {0};
    assert_int_equal(render_docx(&rc, f->pf.diags, &a), 0);
    assert_int_equal(render_docx(&rc, f->pf.diags, &b), 0);
    assert_int_equal(a.len, b.len);
    assert_memory_equal(a.data, b.data, a.len); /* same bytes every time */
    assert_memory_equal(a.data, "PK\x03\x04", 4);

    char *doc = zip_part(&a, "word/document.xml");
    char *styles = zip_part(&a, "word/styles.xml");
    char *core = zip_part(&a, "docProps/core.xml");
    char *types = zip_part(&a, "[Content_Types].xml");
    assert_non_null(doc);
    assert_non_null(styles);
    assert_non_null(core);
    assert_non_null(types);
    /* named styles for the body */
    assert_non_null(strstr(doc, "<w:pStyle w:val=\"KHSection\"/>"));
    assert_non_null(strstr(doc, "<w:pStyle w:val=\"KHClause\"/><w:keepNext/>"));
    assert_non_null(strstr(doc, "<w:pStyle w:val=\"KHBullet\"/>"));
    assert_non_null(strstr(styles, "<w:name w:val=\"KH Section\"/>"));
    /* emphasis as runs, markup as text */
    assert_non_null(strstr(doc, "<w:b/><w:bCs/></w:rPr><w:t xml:space=\"preserve\">đậm</w:t>"));
    assert_non_null(strstr(doc, "&lt;w:p&gt;"));
    assert_null(strstr(doc, "**"));
    /* two sections: the plan, then the landscape attachment restarting at 1 */
    assert_non_null(strstr(doc, "<w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>"));
    assert_non_null(strstr(doc, "<w:pgNumType w:start=\"1\"/><w:titlePg/>"));
    /* merged cells and repeated header rows */
    assert_non_null(strstr(doc, "<w:gridSpan w:val=\"2\"/>"));
    assert_non_null(strstr(doc, "<w:vMerge w:val=\"restart\"/>"));
    assert_non_null(strstr(doc, "<w:tblHeader/>"));
    /* properties from the plan, not the clock */
    assert_non_null(strstr(core, "<dc:creator>khgen</dc:creator>"));
    assert_non_null(strstr(core, ">2024-03-05T00:00:00Z</dcterms:created>"));
    assert_non_null(strstr(types, "/word/header1.xml"));
    free(doc);
    free(styles);
    free(core);
    free(types);
    buf_free(&a);
    buf_free(&b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_xml_escaping),
        cmocka_unit_test_setup_teardown(test_layout_grid, setup, teardown),
        cmocka_unit_test_setup_teardown(test_docx_package, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
