/* fuzz_convert.c - libFuzzer target: `khgen convert`'s decoders. The
 * first byte chooses what --from names (0 mod 8: nothing, the encoding is
 * found as convert finds it: legacy_detect, then legacy_detect_lines for a
 * UTF-8 file with lines in an older encoding; 1..7: UTF-8, UTF-16LE,
 * UTF-16BE, TCVN3, VNI, Windows-1258, and once more nothing); the rest is
 * the file. legacy_decode converts as convert does, then what no plan may
 * hold is dropped (load_drop_refused, KH017, printed to /dev/null). What
 * convert writes must be valid UTF-8 in NFC, holding nothing the loader
 * refuses but CR (kept: the loader reads it as a line end): the target
 * traps otherwise. */
#include "fuzz_common.h"
#include "legacy.h"
#include "vi.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const LegacyEncoding from[8] = {ENC_UNKNOWN, ENC_UTF8,  ENC_UTF16LE, ENC_UTF16BE,
                                           ENC_TCVN3,   ENC_VNI,   ENC_CP1258,  ENC_UNKNOWN};
    if (size == 0)
        return 0;
    LegacyEncoding enc = from[data[0] & 7];
    const char *file = (const char *)data + 1;
    size_t len = size - 1;
    int by_line = 0;
    Buf text = {0};
    if (legacy_decode(file, len, &enc, &by_line, &text) == 0) {
        const char *s = text.data ? text.data : "";
        if (enc == ENC_UNKNOWN || utf8_invalid_at(s, text.len) != (size_t)-1 ||
            !vi_is_nfc(s, text.len))
            __builtin_trap();
        DiagSink *diags = diag_new(fuzz_devnull());
        Buf clean = {0};
        load_drop_refused(diags, "fuzz/old.txt", s, text.len, &clean);
        diag_flush(diags);
        diag_free(diags);
        /* a CR is no refused character: kept, the loader reads it (alone
         * or before LF) as a line end, though load_refused_char stops at it */
        const char *c = clean.data ? clean.data : "";
        for (size_t at = 0; at < clean.len;) {
            int n;
            unsigned cp;
            size_t k = load_refused_char(c + at, clean.len - at, &n, &cp);
            if (k == clean.len - at)
                break;
            if (cp != '\r' || n != 1)
                __builtin_trap();
            at += k + 1;
        }
        buf_free(&clean);
    }
    (void)legacy_name(enc);
    buf_free(&text);
    return 0;
}
