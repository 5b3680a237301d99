/* docx_zip.c - the .docx package: its parts zipped in memory (libzip).
 *
 * Write stage, for render_docx.c, which makes the parts (document, styles,
 * headers, properties) and hands them here in their fixed order. The
 * bytes depend on the parts alone: the same time on every entry, no extra
 * fields, one deflate level. Moved from render_docx.c unchanged (the
 * file had reached its size limit; s43print).
 */
#include "docx_zip.h"

#include <zip.h>

/* The deflate level of the parts. word/document.xml of a national plan is
 * over 100 MB of very repetitive XML; at level 6 deflating it cost more
 * than rendering the whole document (647M of 1,729M instructions at 1/10
 * scale). Level 3, the best of zlib's fast levels for it (1 and 2 are as
 * fast and larger), costs half and makes the file about a third larger
 * (1/10 scale: 277 KB -> 363 KB for 11.6 MB of XML). */
enum { DOCX_DEFLATE_LEVEL = 3 };

int docx_zip_parts(DocxPart *parts, size_t n, Buf *out, Buf *err)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *src = zip_source_buffer_create(NULL, 0, 0, &error);
    zip_t *za = src ? zip_open_from_source(src, ZIP_TRUNCATE, &error) : NULL;
    if (!za) {
        buf_puts(err, zip_error_strerror(&error));
        if (src)
            zip_source_free(src);
        zip_error_fini(&error);
        return -1;
    }
    zip_source_keep(src);
    int failed = 0;
    for (size_t i = 0; i < n && !failed; i++) {
        zip_source_t *part = zip_source_buffer(za, parts[i].data.data ? parts[i].data.data : "",
                                               parts[i].data.len, 0);
        zip_int64_t index = part ? zip_file_add(za, parts[i].name, part, ZIP_FL_ENC_UTF_8) : -1;
        if (index < 0) {
            if (part)
                zip_source_free(part);
            failed = 1;
            break;
        }
        if (zip_set_file_compression(za, (zip_uint64_t)index, ZIP_CM_DEFLATE,
                                     DOCX_DEFLATE_LEVEL) < 0 ||
            zip_file_set_dostime(za, (zip_uint64_t)index, 0, (1 << 5) | 1, 0) < 0 ||
            zip_file_set_external_attributes(za, (zip_uint64_t)index, 0, ZIP_OPSYS_DOS, 0) < 0)
            failed = 1;
    }
    if (failed || zip_close(za) < 0) { /* zip_close not tried after a part failed */
        buf_puts(err, zip_strerror(za));
        zip_discard(za);
        zip_source_free(src);
        zip_error_fini(&error);
        return -1;
    }
    zip_stat_t st;
    int rc = -1;
    if (zip_source_stat(src, &st) == 0 && zip_source_open(src) == 0) {
        char chunk[8192];
        zip_int64_t got;
        while ((got = zip_source_read(src, chunk, sizeof chunk)) > 0)
            buf_putn(out, chunk, (size_t)got);
        zip_source_close(src);
        rc = got < 0 ? -1 : 0;
        if (rc < 0)
            buf_puts(err, "cannot read the package back from memory");
    } else {
        buf_puts(err, "cannot read the package back from memory");
    }
    zip_source_free(src);
    zip_error_fini(&error);
    return rc;
}
