/* import_textcheck.c - whether the bytes of a .txt or .md given to
 * `khgen import` are text khgen can read, checked before the reader cuts
 * them into paragraphs (import_text.c): not larger than a plan could be,
 * valid UTF-8 (a file wholly in TCVN3, VNI, Windows-1258 or UTF-16 was
 * converted before: legacy.c), and no binary control characters. Each
 * refusal is one error at the file, saying what is wrong and what to do;
 * the characters the reader drops are warned at (KH014, as the loader),
 * and counted in each paragraph read for a .docx's reader to warn at
 * (imp_count_dropped).
 */
#include "import_impl.h"

#include <stdio.h>
#include <string.h>

#include "i18n.h"
#include "legacy.h"
#include "unispace.h"
#include "vi.h"

/* The line and column of byte off of data, counted as the YAML loader
 * counts them (LF, CR LF and a lone CR end a line; a column is a
 * character; a leading BOM is no column), data[0..off) valid UTF-8:
 * "(byte 167)" told an official nothing (s38attack M6). */
static SrcPos text_pos(const char *path, const char *data, size_t off)
{
    SrcPos pos = {path, 1, 1};
    size_t i = off >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    for (; i < off; i++) {
        unsigned char b = (unsigned char)data[i];
        if (b == '\n' || (b == '\r' && data[i + 1] != '\n')) {
            pos.line++;
            pos.col = 1;
        } else if (b != '\r' && (b & 0xC0) != 0x80) { /* data[0..off) is UTF-8 */
            pos.col++;
        }
    }
    return pos;
}

/* The first byte at bad that is not UTF-8, at its line and column: where
 * that line alone is in an older encoding (pasted from an older
 * document), named with the command that converts such lines; else what
 * to do with a file in another encoding. */
static void report_not_utf8(DiagSink *diags, const char *path, const char *data, size_t len,
                            size_t bad)
{
    SrcPos pos = text_pos(path, data, bad);
    unsigned byte = (unsigned char)data[bad];
    LegacyEncoding enc = legacy_detect_lines(data, len);
    if (enc != ENC_UNKNOWN)
        diag_error(diags, pos, 0, KH753,
                   "invalid UTF-8 (byte 0x%02X): this line looks like %s, pasted into a file in "
                   "UTF-8; convert such lines with khgen convert '%s' -o FILE.txt, then import "
                   "that", byte, legacy_name(enc), path);
    else
        diag_error(diags, pos, 0, KH753,
                   "invalid UTF-8 (byte 0x%02X): '%s' is not UTF-8 text, and no older "
                   "Vietnamese encoding fits it; save it as UTF-8, or, if you know its "
                   "encoding, convert it with khgen convert --from ENCODING '%s' -o FILE.txt "
                   "(tcvn3, vni, cp1258, utf-16le), then import that", byte, path, path);
}

/* The characters no output may carry (unispace_forbidden: DEL, the C1
 * controls, U+FFFE, U+FFFF; the C0 ones are refused above) that the reader
 * drops from the text (imp_clean_text): one warning, KH014 as the loader's
 * for the same characters, at the first, with how many. They went without
 * a word (s38attack). */
static void warn_dropped(DiagSink *diags, const char *path, const char *data, size_t len)
{
    size_t count = 0, first = 0;
    unsigned first_cp = 0;
    for (size_t i = 0; i < len;) {
        unsigned cp = 0;
        int n = utf8_decode_strict(data + i, len - i, &cp);
        if (n <= 0)
            n = 1; /* cannot happen: the UTF-8 was checked */
        if (cp != '\f' && unispace_forbidden(cp) && !count++) {
            first = i;
            first_cp = cp;
        }
        i += (size_t)n;
    }
    if (count)
        diag_warning(diags, text_pos(path, data, first), 1, KH014,
                     "control character U+%04X left out of the imported plan (%zu in the file; "
                     "no document can show them); check the text there, and delete them from "
                     "the file", first_cp, count);
}

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
        report_not_utf8(diags, path, data, len, bad);
        return -1;
    }
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)data[i];
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
            diag_error(diags, text_pos(path, data, i), 0, KH753,
                       "'%s' holds binary data (byte 0x%02x): it is not a text plan; import "
                       "reads .docx, .md and .txt: check the file name", path, c);
            return -1;
        }
    }
    warn_dropped(diags, path, data, len);
    return 0;
}

/* Counts into paras the characters of text[0..len) that imp_clean_text
 * leaves out because no document can show them (unispace_forbidden: DEL,
 * the C1 controls, the noncharacters); each UTF-8 sequence that may be one
 * (a lead byte 0x7F, 0xC2, or 0xEF and above) is decoded: linear. */
void imp_count_dropped(ImpParas *paras, const char *text, size_t len, int line)
{
    for (size_t i = 0; i < len; i++) {
        unsigned char b = (unsigned char)text[i];
        if (b != 0x7F && b != 0xC2 && b < 0xEF)
            continue;
        unsigned cp = 0;
        int n = utf8_decode_strict(text + i, len - i, &cp);
        if (n <= 0 || !unispace_forbidden(cp))
            continue;
        if (paras->dropped++ == 0) {
            paras->dropped_cp = cp;
            paras->dropped_line = line;
        }
        i += (size_t)n - 1;
    }
}
