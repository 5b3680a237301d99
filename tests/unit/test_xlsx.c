/* test_xlsx.c - unit tests of the workbook writer (render_xlsx.c).
 *
 * A small plan is parsed from a string and written to a temporary
 * directory: the file must exist and be a zip, two writes must give the
 * same bytes, and a write that fails must report KH901, leave no temporary
 * file and leave what was at the output path untouched. The first-page
 * patch (xlsx_patch.c) is checked on archives made here with libzip: a
 * worksheet of many deflate blocks and small ones come out with the tag
 * patched, a correct CRC (libzip checks it on reading) and the compressed
 * bytes before the tag kept as they were; other entries are copied byte
 * for byte; bytes that are no zip are refused. The cell contents
 * and layout are checked by tests/xlsx/check_xlsx.sh with LibreOffice and
 * openpyxl.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "plan_fixture.h"
#include "created.h"
#include <dirent.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "diag.h"
#include "load.h"
#include "parse.h"
#include "render_xlsx.h"
#include "template.h"
#include "xlsx_patch.h"

#include <zip.h>

typedef struct Fixture {
    PlanFixture pf;
    char dir[64];
} Fixture;

static const char plan_text[] =
    "khgen: 1\n"
    "header:\n"
    "  issuer: [ỦY BAN NHÂN DÂN, HUYỆN X]\n"
    "  issuer_short: UBND huyện X\n"
    "  place: X\n"
    "  date: 2024-01\n"
    "  title: Thực thi thử\n"
    "units: [{id: u, name: Phòng U}]\n"
    "body:\n"
    "  - section: VIỆC\n"
    "    items:\n"
    "      - task: \"\"\n"
    "        text: \"=HYPERLINK(\\\"http://x\\\")\"\n"
    "        lead: u\n"
    "        due: 2024-05-31\n"
    "  - para: Xem {att a b}.\n"
    "attachments:\n"
    "  - id: a\n"
    "    label: Biểu 01\n"
    "    title: Bảng số\n"
    "    columns:\n"
    "      - stt\n"
    "      - {key: name, header: Tên}\n"
    "      - {key: n, header: Số, type: int, total: true}\n"
    "      - {key: p, header: Tỷ lệ, type: percent, group: Kết quả}\n"
    "      - {key: d, header: Ngày, type: date, group: Kết quả}\n"
    "    rows:\n"
    "      - heading: Nhóm\n"
    "      - {name: \"=1+1\", n: 3, p: 92.1, d: 2024-02-05}\n"
    "      - {name: Hai, n: 4}\n"
    "    totals: true\n"
    "  - id: b\n"
    "    label: \"Biểu 02: việc/người?\"\n"
    "    title: Việc\n"
    "    orientation: portrait\n"
    "    preset: task-assignments\n";

static int setup(void **state)
{
    Fixture *f = calloc(1, sizeof *f);
    fixture_parse(&f->pf, plan_text, "", NULL);
    assert_int_equal(diag_error_count(f->pf.diags), 0);
    strcpy(f->dir, "/tmp/khgen-xlsx-XXXXXX");
    assert_non_null(mkdtemp(f->dir));
    *state = f;
    return 0;
}

/* Removes dir and everything in it (one level deep is all the tests make). */
static void remove_tree(const char *dir)
{
    DIR *d = opendir(dir);
    if (!d)
        return;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        char path[512];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        struct stat st;
        if (lstat(path, &st) == 0 && S_ISDIR(st.st_mode))
            remove_tree(path);
        else
            unlink(path);
    }
    closedir(d);
    rmdir(dir);
}

static int teardown(void **state)
{
    Fixture *f = *state;
    remove_tree(f->dir);
    fixture_release(&f->pf);
    free(f);
    return 0;
}

static char *slurp(const char *path, size_t *len)
{
    FILE *in = fopen(path, "rb");
    if (!in)
        return NULL;
    fseek(in, 0, SEEK_END);
    long size = ftell(in);
    fseek(in, 0, SEEK_SET);
    char *data = malloc((size_t)size + 1);
    *len = fread(data, 1, (size_t)size, in);
    fclose(in);
    return data;
}

static size_t count_entries(const char *dir)
{
    size_t n = 0;
    DIR *d = opendir(dir);
    struct dirent *e;
    while (d && (e = readdir(d)) != NULL)
        n += strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0;
    if (d)
        closedir(d);
    return n;
}

static const char *output(Fixture *f)
{
    diag_flush(f->pf.diags);
    fflush(f->pf.stream);
    return f->pf.output ? f->pf.output : "";
}

static void test_writes_a_zip(void **state)
{
    Fixture *f = *state;
    char path[128];
    snprintf(path, sizeof path, "%s/plan.xlsx", f->dir);
    assert_int_equal(render_xlsx(f->pf.plan, f->pf.templates, path, f->pf.diags), 0);
    size_t len;
    char *data = slurp(path, &len);
    assert_non_null(data);
    assert_true(len > 1000);
    assert_memory_equal(data, "PK\x03\x04", 4);
    free(data);
    struct stat st;
    assert_int_equal(stat(path, &st), 0);
    assert_int_equal(st.st_mode & 0777, 0644);
    assert_int_equal(count_entries(f->dir), 1); /* no temporary left */
}

static void test_deterministic(void **state)
{
    Fixture *f = *state;
    char first[128], second[128];
    snprintf(first, sizeof first, "%s/one.xlsx", f->dir);
    snprintf(second, sizeof second, "%s/two.xlsx", f->dir);
    unsetenv("SOURCE_DATE_EPOCH");
    assert_int_equal(render_xlsx(f->pf.plan, f->pf.templates, first, f->pf.diags), 0);
    sleep(1); /* a clock in the output would now differ */
    assert_int_equal(render_xlsx(f->pf.plan, f->pf.templates, second, f->pf.diags), 0);
    size_t len1, len2;
    char *a = slurp(first, &len1), *b = slurp(second, &len2);
    assert_non_null(a);
    assert_non_null(b);
    assert_int_equal(len1, len2);
    assert_memory_equal(a, b, len1);
    free(a);
    free(b);
}

static void test_created_time(void **state)
{
    Fixture *f = *state;
    unsetenv("SOURCE_DATE_EPOCH");
    /* 2024-01 (day blank): midnight UTC, 1 January 2024 */
    assert_int_equal(created_time(f->pf.plan), 1704067200LL);
    setenv("SOURCE_DATE_EPOCH", "1700000000", 1);
    assert_int_equal(created_time(f->pf.plan), 1700000000LL);
    setenv("SOURCE_DATE_EPOCH", "garbage", 1);
    assert_int_equal(created_time(f->pf.plan), 1704067200LL);
    /* digits only, as reproducible-builds.org defines it: strtoll took " 5" */
    setenv("SOURCE_DATE_EPOCH", " 1700000000", 1);
    assert_int_equal(created_time(f->pf.plan), 1704067200LL);
    setenv("SOURCE_DATE_EPOCH", "+1700000000", 1);
    assert_int_equal(created_time(f->pf.plan), 1704067200LL);
    setenv("SOURCE_DATE_EPOCH", "1700000000 ", 1);
    assert_int_equal(created_time(f->pf.plan), 1704067200LL);
    char stamp[32];
    setenv("SOURCE_DATE_EPOCH", "1700000000", 1);
    created_stamp(f->pf.plan, stamp, sizeof stamp); /* the .docx's */
    assert_string_equal(stamp, "2023-11-14T22:13:20Z");
    /* a time without a four-digit year, or past what strtoll holds (it
     * saturates): gmtime() fails on it and libxlsxwriter crashed in
     * strftime (attack s6 G3); the plan's date is taken instead */
    setenv("SOURCE_DATE_EPOCH", "253402300799", 1);
    assert_int_equal(created_time(f->pf.plan), 253402300799LL);
    setenv("SOURCE_DATE_EPOCH", "253402300800", 1);
    assert_int_equal(created_time(f->pf.plan), 1704067200LL);
    setenv("SOURCE_DATE_EPOCH", "99999999999999999999", 1);
    assert_int_equal(created_time(f->pf.plan), 1704067200LL);
    setenv("SOURCE_DATE_EPOCH", "9223372036854775807", 1);
    assert_int_equal(created_time(f->pf.plan), 1704067200LL);
    unsetenv("SOURCE_DATE_EPOCH");
}

static void test_failed_write_reports_and_leaves_nothing(void **state)
{
    Fixture *f = *state;
    char path[160];
    snprintf(path, sizeof path, "%s/no-such-dir/plan.xlsx", f->dir);
    assert_int_equal(render_xlsx(f->pf.plan, f->pf.templates, path, f->pf.diags), -1);
    assert_non_null(strstr(output(f), "error[KH901]: cannot write"));
    assert_int_equal(count_entries(f->dir), 0);
}

static void test_failed_rename_keeps_what_was_there(void **state)
{
    Fixture *f = *state;
    /* the output's name is taken by a directory: the workbook is written in
     * full, then cannot be renamed into place (this fails even for root) */
    char path[128], inside[160];
    snprintf(path, sizeof path, "%s/plan.xlsx", f->dir);
    assert_int_equal(mkdir(path, 0755), 0);
    snprintf(inside, sizeof inside, "%s/old", path);
    FILE *out = fopen(inside, "w");
    fputs("old", out);
    fclose(out);
    assert_int_equal(render_xlsx(f->pf.plan, f->pf.templates, path, f->pf.diags), -1);
    assert_non_null(strstr(output(f), "[KH901]"));
    assert_int_equal(count_entries(f->dir), 1); /* the temporary is gone */
    size_t len;
    char *data = slurp(inside, &len);
    assert_non_null(data);
    assert_int_equal(len, 3);
    free(data);
}

static void test_failed_write_keeps_old_file(void **state)
{
    Fixture *f = *state;
    /* an old workbook exists; the new one cannot be written because the
     * process may not write files over 16 bytes (RLIMIT_FSIZE, which binds
     * root too, unlike a read-only directory) */
    char path[512];
    snprintf(path, sizeof path, "%s/plan.xlsx", f->dir);
    FILE *out = fopen(path, "w");
    assert_non_null(out);
    fputs("old workbook", out);
    fclose(out);
    struct rlimit old_limit, small = {16, 16};
    getrlimit(RLIMIT_FSIZE, &old_limit);
    small.rlim_max = old_limit.rlim_max;
    void (*old_handler)(int) = signal(SIGXFSZ, SIG_IGN);
    assert_int_equal(setrlimit(RLIMIT_FSIZE, &small), 0);
    int rc = render_xlsx(f->pf.plan, f->pf.templates, path, f->pf.diags);
    setrlimit(RLIMIT_FSIZE, &old_limit);
    signal(SIGXFSZ, old_handler);
    assert_int_equal(rc, -1);
    assert_non_null(strstr(output(f), "[KH901]"));
    size_t len;
    char *data = slurp(path, &len);
    assert_non_null(data);
    assert_int_equal(len, 12);
    assert_memory_equal(data, "old workbook", 12);
    free(data);
    assert_int_equal(count_entries(f->dir), 1);
}

static void test_no_attachments_writes_nothing(void **state)
{
    Fixture *f = *state;
    Plan empty = *f->pf.plan;
    empty.n_attachments = 0;
    char path[128];
    snprintf(path, sizeof path, "%s/plan.xlsx", f->dir);
    assert_int_equal(render_xlsx(&empty, f->pf.templates, path, f->pf.diags), 0);
    assert_int_equal(count_entries(f->dir), 0);
}

static void test_sheet_names(void **state)
{
    (void)state;
    char name[128];
    render_xlsx_sheet_name("Biểu 02: việc/người?", name, sizeof name);
    assert_string_equal(name, "Biểu 02- việc-người-");
    render_xlsx_sheet_name("'Biểu [1]'", name, sizeof name);
    assert_string_equal(name, "Biểu -1-");
    render_xlsx_sheet_name("", name, sizeof name);
    assert_string_equal(name, "Biểu");
    render_xlsx_sheet_name("History", name, sizeof name);
    assert_string_equal(name, "History-");
    /* Excel reserves the name in any case (attack H7: "HISTORY" was kept) */
    render_xlsx_sheet_name("  HISTORY ", name, sizeof name);
    assert_string_equal(name, "HISTORY-");
    /* 31 characters at most, counted in characters, not bytes */
    render_xlsx_sheet_name("Phụ lục phân công nhiệm vụ các phòng ban chuyên môn", name,
                           sizeof name);
    assert_string_equal(name, "Phụ lục phân công nhiệm vụ các");
    /* only ASCII is forbidden: a character whose code point's low byte is
     * ':' (U+203A) or 0 (U+4E00) is kept (s31attack F2) */
    render_xlsx_sheet_name("Biểu 01 › Cấp xã 一", name, sizeof name);
    assert_string_equal(name, "Biểu 01 › Cấp xã 一");
    /* 31 UTF-16 units, as Excel counts: a letter past U+FFFF counts two */
    render_xlsx_sheet_name("Biểu 𝐀𝐁𝐂𝐃𝐄𝐅𝐆𝐇𝐈𝐉𝐊𝐋𝐌𝐍𝐎𝐏𝐐𝐑𝐒𝐓𝐔𝐕𝐖𝐗", name, sizeof name);
    assert_string_equal(name, "Biểu 𝐀𝐁𝐂𝐃𝐄𝐅𝐆𝐇𝐈𝐉𝐊𝐋𝐌");
    /* a letter and its combining mark fit together or not at all: "x" at
     * unit 31 and U+0303 at 32 were parted (s34low) */
    render_xlsx_sheet_name("Biểu 01 aaaaaaaaaaaaaaaaaaaaaax\xCC\x83yz", name, sizeof name);
    assert_string_equal(name, "Biểu 01 aaaaaaaaaaaaaaaaaaaaaa");
    render_xlsx_sheet_name("Biểu 01 aaaaaaaaaaaaaaaaaaaaax\xCC\x83yz", name, sizeof name);
    assert_string_equal(name, "Biểu 01 aaaaaaaaaaaaaaaaaaaaax\xCC\x83");
}

/* ---- the first-page patch ------------------------------------------------- */

/* A worksheet part of about size bytes, varied enough that deflate makes
 * many blocks, ending in the footer the patch looks for. */
static char *sheet_xml(size_t size)
{
    Buf xml = {0};
    buf_puts(&xml, "<worksheet><sheetData>");
    unsigned seed = 12345;
    for (unsigned r = 1; xml.len < size; r++) {
        seed = seed * 1103515245u + 12345u;
        buf_printf(&xml, "<row r=\"%u\"><c r=\"A%u\"><v>%u</v></c></row>", r, r, seed >> 8);
    }
    buf_puts(&xml, "</sheetData><pageMargins left=\"0.7\"/><headerFooter><oddFooter>&amp;P"
                   "</oddFooter></headerFooter></worksheet>");
    return xml.data;
}

static char *patched_xml(const char *xml)
{
    const char *at = strstr(xml, "<headerFooter>");
    Buf out = {0};
    buf_putn(&out, xml, (size_t)(at - xml));
    buf_puts(&out, "<headerFooter differentFirst=\"1\">");
    buf_puts(&out, at + strlen("<headerFooter>"));
    return out.data;
}

static void add_entry(zip_t *za, const char *name, const char *text)
{
    zip_source_t *src = zip_source_buffer(za, text, strlen(text), 0);
    assert_non_null(src);
    assert_true(zip_file_add(za, name, src, 0) >= 0);
}

static char *entry_text(zip_t *za, const char *name)
{
    zip_file_t *f = zip_fopen(za, name, 0);
    assert_non_null(f);
    Buf text = {0};
    char chunk[65536];
    zip_int64_t got;
    while ((got = zip_fread(f, chunk, sizeof chunk)) > 0)
        buf_putn(&text, chunk, (size_t)got);
    assert_int_equal(got, 0); /* a wrong CRC is a read error */
    zip_fclose(f);
    return text.data ? text.data : calloc(1, 1);
}

static void test_patch_keeps_compressed_bytes(void **state)
{
    Fixture *f = *state;
    char in_path[128], out_path[128];
    snprintf(in_path, sizeof in_path, "%s/in.zip", f->dir);
    snprintf(out_path, sizeof out_path, "%s/out.zip", f->dir);
    char *big = sheet_xml(600000), *small = sheet_xml(100);
    const char *other = "<workbook><headerFooter></headerFooter></workbook>";
    int zerr = 0;
    zip_t *za = zip_open(in_path, ZIP_CREATE | ZIP_TRUNCATE, &zerr);
    assert_non_null(za);
    add_entry(za, "xl/worksheets/sheet1.xml", big);
    add_entry(za, "xl/workbook.xml", other);
    add_entry(za, "xl/worksheets/sheet2.xml", small);
    add_entry(za, "xl/worksheets/sheet3.xml", "<worksheet/>");
    assert_int_equal(zip_close(za), 0);

    size_t len = 0;
    char *in = read_file(in_path, (size_t)1 << 30, &len);
    assert_non_null(in);
    Buf out = {0}, err = {0};
    assert_int_equal(xlsx_first_page_unnumbered(in, len, &out, &err), 0);
    assert_int_equal(err.len, 0);
    /* the big sheet's data, first in both archives, is kept up to near
     * its end: the prefix before the last blocks is not compressed again */
    size_t head = 30 + strlen("xl/worksheets/sheet1.xml");
    assert_true(out.len > head + 20000 && len > head + 20000);
    assert_memory_equal(out.data + head, in + head, 20000);
    assert_true(out.len < len + 1000);
    FILE *fp = fopen(out_path, "wb");
    assert_non_null(fp);
    assert_int_equal(fwrite(out.data, 1, out.len, fp), out.len);
    fclose(fp);

    za = zip_open(out_path, ZIP_RDONLY | ZIP_CHECKCONS, &zerr);
    assert_non_null(za);
    assert_int_equal(zip_get_num_entries(za, 0), 4);
    char *want_big = patched_xml(big), *want_small = patched_xml(small);
    char *got = entry_text(za, "xl/worksheets/sheet1.xml");
    assert_string_equal(got, want_big);
    free(got);
    got = entry_text(za, "xl/worksheets/sheet2.xml");
    assert_string_equal(got, want_small);
    free(got);
    got = entry_text(za, "xl/workbook.xml"); /* not a worksheet: as it was */
    assert_string_equal(got, other);
    free(got);
    got = entry_text(za, "xl/worksheets/sheet3.xml"); /* no footer: as it was */
    assert_string_equal(got, "<worksheet/>");
    free(got);
    zip_close(za);

    /* the same bytes in, the same bytes out */
    Buf again = {0};
    assert_int_equal(xlsx_first_page_unnumbered(in, len, &again, &err), 0);
    assert_int_equal(again.len, out.len);
    assert_memory_equal(again.data, out.data, out.len);
    buf_free(&again);
    buf_free(&out);
    buf_free(&err);
    free(want_big);
    free(want_small);
    free(big);
    free(small);
    free(in);
}

/* A part whose footer is not near its end (600 kB of cells after it): the
 * tail kept while inflating has no tag, and the part is read whole. */
static void test_patch_finds_an_early_tag(void **state)
{
    Fixture *f = *state;
    char in_path[128], out_path[128];
    snprintf(in_path, sizeof in_path, "%s/early.zip", f->dir);
    snprintf(out_path, sizeof out_path, "%s/early-out.zip", f->dir);
    char *cells = sheet_xml(600000);
    char *cut = strstr(cells, "</sheetData>");
    assert_non_null(cut);
    *cut = '\0';
    Buf early = {0};
    buf_puts(&early, "<worksheet><headerFooter><oddFooter>&amp;P</oddFooter></headerFooter>");
    buf_puts(&early, cells + strlen("<worksheet>"));
    buf_puts(&early, "</sheetData></worksheet>");
    int zerr = 0;
    zip_t *za = zip_open(in_path, ZIP_CREATE | ZIP_TRUNCATE, &zerr);
    assert_non_null(za);
    add_entry(za, "xl/worksheets/sheet1.xml", early.data);
    assert_int_equal(zip_close(za), 0);
    size_t len = 0;
    char *in = read_file(in_path, (size_t)1 << 30, &len);
    assert_non_null(in);
    Buf out = {0}, err = {0};
    assert_int_equal(xlsx_first_page_unnumbered(in, len, &out, &err), 0);
    FILE *fp = fopen(out_path, "wb");
    assert_non_null(fp);
    assert_int_equal(fwrite(out.data, 1, out.len, fp), out.len);
    fclose(fp);
    za = zip_open(out_path, ZIP_RDONLY | ZIP_CHECKCONS, &zerr);
    assert_non_null(za);
    char *want = patched_xml(early.data);
    char *got = entry_text(za, "xl/worksheets/sheet1.xml");
    assert_string_equal(got, want);
    zip_close(za);
    free(got);
    free(want);
    free(in);
    free(cells);
    buf_free(&early);
    buf_free(&out);
    buf_free(&err);
}

static void test_patch_refuses_what_is_no_zip(void **state)
{
    (void)state;
    Buf out = {0}, err = {0};
    buf_puts(&out, "kept");
    static const char junk[] = "PK\x03\x04 this is not a workbook, only its first bytes";
    assert_int_equal(xlsx_first_page_unnumbered(junk, sizeof junk - 1, &out, &err), -1);
    assert_true(err.len > 0);
    assert_string_equal(buf_str(&out), "kept");
    buf_reset(&err);
    assert_int_equal(xlsx_first_page_unnumbered("", 0, &out, &err), -1);
    assert_true(err.len > 0);
    buf_free(&out);
    buf_free(&err);
}

/* A row is never taller than Excel's largest (409 pt), however many lines
 * its text wraps to: a taller one makes Excel repair the file. */
static void test_row_height_capped(void **state)
{
    Fixture *f = *state;
    PlanFixture pf = {0};
    Buf text = {0};
    buf_puts(&text, "khgen: 1\n"
                    "header:\n"
                    "  issuer: [ỦY BAN NHÂN DÂN, HUYỆN X]\n"
                    "  issuer_short: UBND huyện X\n"
                    "  place: X\n"
                    "  date: 2024-01\n"
                    "  title: Thực thi thử\n"
                    "body:\n"
                    "  - para: Xem {att a}.\n"
                    "attachments:\n"
                    "  - id: a\n"
                    "    label: Biểu 01\n"
                    "    title: Bảng dài\n"
                    "    columns: [stt, {key: name, header: Tên}]\n"
                    "    rows:\n"
                    "      - {name: \"");
    for (int i = 0; i < 6000; i++)
        buf_puts(&text, "chữ ");
    buf_puts(&text, "\"}\n");
    fixture_parse(&pf, text.data, "", NULL);
    assert_int_equal(diag_error_count(pf.diags), 0);
    char path[128];
    snprintf(path, sizeof path, "%s/tall.xlsx", f->dir);
    assert_int_equal(render_xlsx(pf.plan, pf.templates, path, pf.diags), 0);
    int zerr = 0;
    zip_t *za = zip_open(path, ZIP_RDONLY, &zerr);
    assert_non_null(za);
    char *xml = entry_text(za, "xl/worksheets/sheet1.xml");
    double highest = 0;
    for (const char *s = xml; (s = strstr(s, " ht=\"")) != NULL; s++) {
        double height = strtod(s + 5, NULL);
        if (height > highest)
            highest = height;
    }
    assert_true(highest == 409.0);
    free(xml);
    zip_close(za);
    buf_free(&text);
    fixture_release(&pf);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_writes_a_zip, setup, teardown),
        cmocka_unit_test_setup_teardown(test_deterministic, setup, teardown),
        cmocka_unit_test_setup_teardown(test_created_time, setup, teardown),
        cmocka_unit_test_setup_teardown(test_failed_write_reports_and_leaves_nothing, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_failed_rename_keeps_what_was_there, setup, teardown),
        cmocka_unit_test_setup_teardown(test_failed_write_keeps_old_file, setup, teardown),
        cmocka_unit_test_setup_teardown(test_no_attachments_writes_nothing, setup, teardown),
        cmocka_unit_test(test_sheet_names),
        cmocka_unit_test_setup_teardown(test_row_height_capped, setup, teardown),
        cmocka_unit_test_setup_teardown(test_patch_keeps_compressed_bytes, setup, teardown),
        cmocka_unit_test_setup_teardown(test_patch_finds_an_early_tag, setup, teardown),
        cmocka_unit_test(test_patch_refuses_what_is_no_zip),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
