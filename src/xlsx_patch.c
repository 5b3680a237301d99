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

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zip.h>

/* zlib level of the patched worksheet parts. libzip 1.7 ignored any level
 * given for an entry replaced in place (it kept 9, the slowest); the parts
 * are now added to a fresh archive, where the level holds. */
enum { PATCH_LEVEL = 1 };

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

/* Adds entry i of src (already read as xml when it is a worksheet part)
 * to dst, in order. Returns 0 or -1 (message from dst in err). */
static int copy_entry(zip_t *dst, zip_t *src, zip_uint64_t i, const char *name,
                      char **kept, Buf *err)
{
    zip_source_t *s = NULL;
    int level = 0;
    if (strncmp(name, "xl/worksheets/sheet", 19) == 0 &&
        strlen(name) > 4 && strcmp(name + strlen(name) - 4, ".xml") == 0) {
        Buf xml = {0};
        if (read_entry(src, i, &xml) != 0) {
            buf_free(&xml);
            buf_puts(err, zip_strerror(src));
            return -1;
        }
        const char *at = xml.data ? strstr(xml.data, OLD_TAG) : NULL;
        if (at) {
            Buf patched = {0};
            buf_putn(&patched, xml.data, (size_t)(at - xml.data));
            buf_puts(&patched, NEW_TAG);
            buf_puts(&patched, at + strlen(OLD_TAG));
            buf_free(&xml);
            *kept = patched.data;
            s = zip_source_buffer(dst, patched.data, patched.len, 0);
            level = PATCH_LEVEL;
        } else {
            buf_free(&xml);
        }
    }
    if (!s) /* unchanged: libzip copies the compressed bytes as they are */
        s = zip_source_zip(dst, src, i, 0, 0, -1);
    zip_int64_t at = s ? zip_file_add(dst, name, s, ZIP_FL_ENC_UTF_8) : -1;
    if (at < 0) {
        if (s)
            zip_source_free(s);
        buf_puts(err, zip_strerror(dst));
        return -1;
    }
    if ((level && zip_set_file_compression(dst, (zip_uint64_t)at, ZIP_CM_DEFLATE,
                                           (zip_uint32_t)level) < 0) ||
        zip_file_set_dostime(dst, (zip_uint64_t)at, 0, (1 << 5) | 1, 0) < 0) {
        buf_puts(err, zip_strerror(dst));
        return -1;
    }
    return 0;
}

int xlsx_first_page_unnumbered(const char *path, Buf *err)
{
    int zerr = 0;
    zip_t *src = zip_open(path, ZIP_RDONLY, &zerr);
    zip_t *dst = NULL;
    Buf tmp = {0};
    buf_puts(&tmp, path);
    buf_puts(&tmp, ".patch");
    if (src)
        dst = zip_open(tmp.data, ZIP_CREATE | ZIP_TRUNCATE, &zerr);
    if (!src || !dst) {
        zip_error_t e;
        zip_error_init_with_code(&e, zerr);
        buf_puts(err, zip_error_strerror(&e));
        zip_error_fini(&e);
        if (src)
            zip_discard(src);
        buf_free(&tmp);
        return -1;
    }
    zip_int64_t n = zip_get_num_entries(src, 0);
    char **kept = calloc((size_t)(n > 0 ? n : 1), sizeof *kept); /* buffers live to zip_close */
    int rc = kept ? 0 : -1;
    for (zip_int64_t i = 0; i < n && rc == 0; i++) {
        const char *name = zip_get_name(src, (zip_uint64_t)i, 0);
        if (!name) {
            buf_puts(err, zip_strerror(src));
            rc = -1;
        } else {
            rc = copy_entry(dst, src, (zip_uint64_t)i, name, &kept[i], err);
        }
    }
    if (rc == 0 && zip_close(dst) < 0) {
        buf_puts(err, zip_strerror(dst));
        rc = -1;
    }
    if (rc != 0)
        zip_discard(dst);
    zip_discard(src);
    if (rc == 0 && rename(tmp.data, path) != 0) {
        buf_puts(err, "cannot replace the workbook with its patched copy");
        rc = -1;
    }
    if (rc != 0)
        remove(tmp.data);
    for (zip_int64_t i = 0; kept && i < n; i++)
        free(kept[i]);
    free(kept);
    buf_free(&tmp);
    return rc;
}
