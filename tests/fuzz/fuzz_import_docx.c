/* fuzz_import_docx.c - libFuzzer target: `khgen import` of a .docx: the
 * zip file (libzip from memory, libxml2 on its parts, Word's list
 * numbering), then recognition and the YAML writer.
 *
 * Random bytes rarely make a zip, so the input is structured and the first
 * bytes select the path:
 *   - "PK..." is a raw .docx (a zip as a file would hold it), so zip-level
 *     defects stay reachable and real .docx files are seeds as they are;
 *   - anything else is the XML of word/document.xml, optionally followed by
 *     parts, each after a line naming it: "----numbering.xml----",
 *     "----styles.xml----", "----document.xml.rels----" (the document's
 *     relationships) and the embedded documents a w:altChunk names through
 *     them, "----chunk.xml----" (a WordprocessingML main part),
 *     "----chunk.htm----" (HTML) and "----chunk.txt----" (plain text);
 *     since session 50 also "----footnotes.xml----",
 *     "----endnotes.xml----", "----comments.xml----",
 *     "----header1.xml----", "----footer1.xml----" (word/: what the
 *     relationships and a section's w:headerReference name) and the data
 *     stores of bound content controls (docx_bind.c):
 *     "----item1.xml----", "----item1.xml.rels----",
 *     "----itemProps1.xml----" (customXml/item1.xml, its relationships,
 *     its item properties giving the w:itemID), "----core.xml----" and
 *     "----app.xml----" (docProps/); since session 51 the parts of an
 *     embedded Excel worksheet (docx_sheet.c), "----xl/workbook.xml----",
 *     "----xl/_rels/workbook.xml.rels----",
 *     "----xl/worksheets/sheet1.xml----", "----xl/sharedStrings.xml----",
 *     "----xl/styles.xml----", zipped into an .xlsx of their own that the
 *     .docx holds as word/embeddings/sheet1.xlsx (a w:object's
 *     o:OLEObject names it through the relationships); the
 *     harness zips the parts in memory (stored, not deflated: cheap) with a
 *     fixed [Content_Types].xml giving each its type and hands the zip to
 *     the importer, so the mutations land in the XML that recognition
 *     reads.
 * A wording file after a line "----wording.yaml----" (at the end, in either
 * form) is imported as --templates' (fuzz_templates.h).
 * Seeds (tests/fuzz/seeds/import_docx/NAME.xml) are the document.xml (with
 * numbering and styles) of the .docx khgen writes for plans/ and of pandoc's
 * and LibreOffice's .docx of the seeds; tools/fuzz-docx-seeds.sh makes them. */
#include "fuzz_common.h"
#include "fuzz_templates.h"
#include "import.h"

#include <stdlib.h>
#include <string.h>
#include <zip.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char content_types[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
    "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
    "<Default Extension=\"htm\" ContentType=\"text/html\"/>"
    "<Default Extension=\"txt\" ContentType=\"text/plain\"/>"
    "<Default Extension=\"xlsx\" ContentType=\"application/"
    "vnd.openxmlformats-officedocument.spreadsheetml.sheet\"/>"
    "<Override PartName=\"/word/chunk.xml\" ContentType=\"application/"
    "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
    "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
    "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
    "<Default Extension=\"rels\" ContentType=\"application/"
    "vnd.openxmlformats-package.relationships+xml\"/>"
    "<Override PartName=\"/word/footnotes.xml\" ContentType=\"application/"
    "vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml\"/>"
    "<Override PartName=\"/word/endnotes.xml\" ContentType=\"application/"
    "vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml\"/>"
    "<Override PartName=\"/word/comments.xml\" ContentType=\"application/"
    "vnd.openxmlformats-officedocument.wordprocessingml.comments+xml\"/>"
    "<Override PartName=\"/word/header1.xml\" ContentType=\"application/"
    "vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/>"
    "<Override PartName=\"/word/footer1.xml\" ContentType=\"application/"
    "vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/>"
    "<Override PartName=\"/customXml/itemProps1.xml\" ContentType=\"application/"
    "vnd.openxmlformats-officedocument.customXmlProperties+xml\"/>"
    "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/"
    "vnd.openxmlformats-package.core-properties+xml\"/>"
    "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/"
    "vnd.openxmlformats-officedocument.extended-properties+xml\"/></Types>";

/* The parts after word/document.xml: the line that begins each, the part,
 * and 1 for a part of the embedded worksheet's .xlsx */
static const struct {
    const char *marker, *name;
    int inner;
} parts[] = {{"----numbering.xml----", "word/numbering.xml", 0},
             {"----styles.xml----", "word/styles.xml", 0},
             {"----document.xml.rels----", "word/_rels/document.xml.rels", 0},
             {"----chunk.xml----", "word/chunk.xml", 0},
             {"----chunk.htm----", "word/chunk.htm", 0},
             {"----chunk.txt----", "word/chunk.txt", 0},
             /* since session 50: the notes, the page header and footer,
              * the data stores of bound content controls (docx_bind.c) */
             {"----footnotes.xml----", "word/footnotes.xml", 0},
             {"----endnotes.xml----", "word/endnotes.xml", 0},
             {"----comments.xml----", "word/comments.xml", 0},
             {"----header1.xml----", "word/header1.xml", 0},
             {"----footer1.xml----", "word/footer1.xml", 0},
             {"----item1.xml----", "customXml/item1.xml", 0},
             {"----item1.xml.rels----", "customXml/_rels/item1.xml.rels", 0},
             {"----itemProps1.xml----", "customXml/itemProps1.xml", 0},
             {"----core.xml----", "docProps/core.xml", 0},
             {"----app.xml----", "docProps/app.xml", 0},
             /* since session 51: an embedded Excel worksheet's .xlsx */
             {"----xl/workbook.xml----", "xl/workbook.xml", 1},
             {"----xl/_rels/workbook.xml.rels----", "xl/_rels/workbook.xml.rels", 1},
             {"----xl/worksheets/sheet1.xml----", "xl/worksheets/sheet1.xml", 1},
             {"----xl/sharedStrings.xml----", "xl/sharedStrings.xml", 1},
             {"----xl/styles.xml----", "xl/styles.xml", 1}};
enum { N_PARTS = sizeof parts / sizeof parts[0] };

/* Finds "\n" marker "\n" in [data, data + size): returns the offset of the
 * leading newline, or size. */
static size_t find_marker(const char *data, size_t size, const char *marker)
{
    size_t m = strlen(marker);
    for (size_t i = 0; i + m + 2 <= size; i++)
        if (data[i] == '\n' && memcmp(data + i + 1, marker, m) == 0 && data[i + 1 + m] == '\n')
            return i;
    return size;
}

/* Adds name = [part, part + len) to zip, stored. 0 or -1. */
static int add_part(zip_t *zip, const char *name, const char *part, size_t len)
{
    zip_source_t *src = zip_source_buffer(zip, part, len, 0);
    if (!src)
        return -1;
    zip_int64_t index = zip_file_add(zip, name, src, ZIP_FL_ENC_UTF_8);
    if (index < 0) {
        zip_source_free(src);
        return -1;
    }
    zip_set_file_compression(zip, (zip_uint64_t)index, ZIP_CM_STORE, 0);
    return 0;
}

/* A zip's bytes (malloc'd, *len bytes) once zip_close wrote it to mem, or
 * NULL; frees zip (discarded after a failure) and mem */
static char *zip_bytes(zip_t *zip, zip_source_t *mem, int bad, size_t *len)
{
    char *out = NULL;
    if (bad) {
        zip_discard(zip);
    } else if (zip_close(zip) == 0) {
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_source_stat(mem, &st) == 0 && (st.valid & ZIP_STAT_SIZE) &&
            zip_source_open(mem) == 0) {
            out = malloc(st.size ? st.size : 1);
            zip_int64_t got = out ? zip_source_read(mem, out, st.size) : -1;
            zip_source_close(mem);
            if (got < 0 || (zip_uint64_t)got != st.size) {
                free(out);
                out = NULL;
            } else {
                *len = (size_t)got;
            }
        }
    } else {
        zip_discard(zip);
    }
    zip_source_free(mem);
    return out;
}

/* The zip (malloc'd, *len bytes) of the parts of a structured input
 * (data[0..size), each part k from at[k]) whose inner flag is `inner`:
 * the .docx (its content types, word/document.xml up to doc_end, and
 * sheet[0..sheet_len) as word/embeddings/sheet1.xlsx when sheet is not
 * NULL) or the embedded worksheet's .xlsx; NULL when it cannot be made. */
static char *zip_parts(const char *data, size_t size, const size_t *at, size_t doc_end, int inner,
                       const char *sheet, size_t sheet_len, size_t *len)
{
    zip_error_t err;
    zip_error_init(&err);
    zip_source_t *mem = zip_source_buffer_create(NULL, 0, 0, &err);
    zip_t *zip = mem ? zip_open_from_source(mem, ZIP_TRUNCATE, &err) : NULL;
    zip_error_fini(&err);
    if (!zip) {
        if (mem)
            zip_source_free(mem);
        return NULL;
    }
    zip_source_keep(mem); /* read back after zip_close */
    int bad = !inner && (add_part(zip, "[Content_Types].xml", content_types, sizeof content_types - 1) ||
                         add_part(zip, "word/document.xml", data, doc_end) ||
                         (sheet && add_part(zip, "word/embeddings/sheet1.xlsx", sheet, sheet_len)));
    for (int k = 0; k < N_PARTS && !bad; k++) {
        if (at[k] >= size || parts[k].inner != inner)
            continue;
        size_t from = at[k] + strlen(parts[k].marker) + 2, to = size;
        for (int j = 0; j < N_PARTS; j++) /* up to the next part's line */
            if (at[j] > at[k] && at[j] < to)
                to = at[j];
        bad = add_part(zip, parts[k].name, data + from, to > from ? to - from : 0);
    }
    return zip_bytes(zip, mem, bad, len);
}

/* The .docx (a malloc'd zip, *len bytes) holding the parts of a structured
 * input, or NULL: the embedded worksheet's parts, when it has any, zipped
 * first into the .xlsx it holds. */
static char *make_docx(const char *data, size_t size, size_t *len)
{
    size_t at[N_PARTS], doc_end = size;
    int inner = 0;
    for (int k = 0; k < N_PARTS; k++) {
        at[k] = find_marker(data, size, parts[k].marker);
        doc_end = at[k] < doc_end ? at[k] : doc_end;
        inner |= at[k] < size && parts[k].inner;
    }
    size_t sheet_len = 0;
    char *sheet = inner ? zip_parts(data, size, at, doc_end, 1, NULL, 0, &sheet_len) : NULL;
    char *out = zip_parts(data, size, at, doc_end, 0, sheet, sheet_len, len);
    free(sheet);
    return out;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    size_t doc_end, wording = fuzz_wording_at((const char *)data, size, &doc_end);
    const char *docx = (const char *)data;
    size_t docx_len = doc_end;
    char *made = NULL;
    if (!(size >= 2 && data[0] == 'P' && data[1] == 'K')) {
        made = make_docx((const char *)data, doc_end, &docx_len);
        if (!made)
            return 0;
        docx = made;
    }
    Arena *arena = arena_new();
    DiagSink *diags = diag_new(fuzz_devnull());
    ImpParas paras = {0};
    Buf yaml = {0};
    const char *templates = fuzz_templates_dir((const char *)data, wording, size);
    if (import_read_docx(arena, diags, "fuzz/plan.docx", docx, docx_len, &paras) == 0)
        import_plan(arena, diags, "fuzz/plan.docx", &paras, templates, &yaml, NULL);
    diag_flush(diags);
    diag_forget_sources(diags);
    diag_free(diags);
    buf_free(&yaml);
    arena_free(arena);
    free(made);
    return 0;
}
