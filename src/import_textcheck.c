/* import_textcheck.c - whether the bytes of a .txt or .md given to
 * `khgen import` are text khgen can read, checked before the reader cuts
 * them into paragraphs (import_text.c): not larger than a plan could be,
 * valid UTF-8 (a file wholly in TCVN3, VNI, Windows-1258 or UTF-16 was
 * converted before: legacy.c), and no binary control characters. Each
 * refusal is one error at the file, saying what is wrong and what to do.
 */
#include "import_impl.h"

#include <stdio.h>
#include <string.h>

#include "i18n.h"
#include "vi.h"

int imp_check_text(DiagSink *diags, const char *path, const char *data, size_t len)
{
    SrcPos pos = {path, 0, 0};
    if (len > IMPORT_MAX_TEXT) {
        diag_error(diags, pos, 0, KH752,
                   "'%s' is %zu bytes; import reads text files up to %u MiB (a plan is far "
                   "smaller): check that it is the right file", path, len, IMPORT_MAX_TEXT >> 20);
        return -1;
    }
    size_t bad = utf8_invalid_at(data, len);
    if (bad != (size_t)-1) {
        diag_error(diags, pos, 0, KH753,
                   "'%s' is not UTF-8 text (byte %zu); save it as UTF-8, or convert it "
                   "with khgen convert '%s' -o FILE.txt (TCVN3, VNI, Windows-1258 or "
                   "UTF-16), then import that", path, bad, path);
        return -1;
    }
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)data[i];
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
            diag_error(diags, pos, 0, KH753,
                       "'%s' holds binary data (byte 0x%02x at offset %zu): it is not a text "
                       "plan; import reads .docx, .md and .txt: check the file name", path, c, i);
            return -1;
        }
    }
    return 0;
}
