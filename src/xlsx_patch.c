/* xlsx_patch.c - post-processing of the attachment workbook (render stage).
 *
 * libxlsxwriter 1.1 writes no "different first page" header and footer, so
 * the page number of the footer would print on each Biểu's first page too,
 * where the decree and the HTML print none. Once the workbook is closed,
 * this file opens it with libzip, adds differentFirst="1" to the
 * <headerFooter> of each worksheet part (xl/worksheets/sheetN.xml) and
 * writes the archive back. Nothing else in the package changes; libzip
 * copies the other entries as they are.
 */
#include "xlsx_patch.h"

#include <stdlib.h>
#include <string.h>
#include <zip.h>

static const char OLD_TAG[] = "<headerFooter>";
static const char NEW_TAG[] = "<headerFooter differentFirst=\"1\">";

/* Reads entry i of za into out. Returns 0 or -1. */
static int read_entry(zip_t *za, zip_uint64_t i, Buf *out)
{
    zip_file_t *f = zip_fopen_index(za, i, 0);
    if (!f)
        return -1;
    char chunk[8192];
    zip_int64_t got;
    while ((got = zip_fread(f, chunk, sizeof chunk)) > 0)
        buf_putn(out, chunk, (size_t)got);
    zip_fclose(f);
    return got < 0 ? -1 : 0;
}

int xlsx_first_page_unnumbered(const char *path, Buf *err)
{
    int zerr = 0;
    zip_t *za = zip_open(path, 0, &zerr);
    if (!za) {
        zip_error_t e;
        zip_error_init_with_code(&e, zerr);
        buf_puts(err, zip_error_strerror(&e));
        zip_error_fini(&e);
        return -1;
    }
    zip_int64_t n = zip_get_num_entries(za, 0);
    char **kept = calloc((size_t)(n > 0 ? n : 1), sizeof *kept); /* buffers live to zip_close */
    int failed = 0;
    for (zip_int64_t i = 0; i < n && !failed; i++) {
        const char *name = zip_get_name(za, (zip_uint64_t)i, 0);
        if (!name || strncmp(name, "xl/worksheets/sheet", 19) != 0 ||
            strcmp(name + strlen(name) - 4, ".xml") != 0)
            continue;
        Buf xml = {0};
        if (read_entry(za, (zip_uint64_t)i, &xml) != 0) {
            buf_free(&xml);
            failed = 1;
            break;
        }
        const char *at = xml.data ? strstr(xml.data, OLD_TAG) : NULL;
        if (!at) {
            buf_free(&xml);
            continue;
        }
        Buf patched = {0};
        buf_putn(&patched, xml.data, (size_t)(at - xml.data));
        buf_puts(&patched, NEW_TAG);
        buf_puts(&patched, at + strlen(OLD_TAG));
        buf_free(&xml);
        kept[i] = patched.data;
        zip_source_t *src = zip_source_buffer(za, patched.data, patched.len, 0);
        if (!src || zip_file_replace(za, (zip_uint64_t)i, src, 0) < 0) {
            if (src)
                zip_source_free(src);
            failed = 1;
        } else if (zip_set_file_compression(za, (zip_uint64_t)i, ZIP_CM_DEFLATE, 9) < 0 ||
                   zip_file_set_dostime(za, (zip_uint64_t)i, 0, (1 << 5) | 1, 0) < 0) {
            failed = 1;
        }
    }
    int rc = 0;
    if (failed) {
        buf_puts(err, zip_strerror(za));
        zip_discard(za);
        rc = -1;
    } else if (zip_close(za) < 0) {
        buf_puts(err, zip_strerror(za));
        zip_discard(za);
        rc = -1;
    }
    for (zip_int64_t i = 0; i < n; i++)
        free(kept[i]);
    free(kept);
    return rc;
}
