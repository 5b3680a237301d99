/* fuzz_diagnostics.c - libFuzzer target: the diagnostics as a user who
 * asked for them in Vietnamese (--lang vi: every message format
 * translated from po/vi.po, then formatted with the input's values) or as
 * JSON (--diagnostics-format=json), on what fuzz_check runs (load,
 * include, parse, resolve, check). The input is the plan, whole (every
 * plan and diagnostics case seeds it as it is); its length chooses the
 * form (odd: JSON). The other targets print English text to
 * /dev/null; here the diagnostics are printed into memory and each JSON
 * line must be one object of valid UTF-8 with no raw control character
 * and its quotes closed: the target traps otherwise. It needs the
 * Vietnamese catalog (build/locale, made with khgen: make fuzz-build
 * makes it) and stops at once without it, rather than fuzz English
 * again. */
#include <stdlib.h>
#include <string.h>

#include "fuzz_common.h"
#include "i18n.h"
#include "vi.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    const char *probe = "no file given";
    if (i18n_init("vi", (*argv)[0]) != 0 || i18n_tr(probe) == probe ||
        strcmp(i18n_tr(probe), probe) == 0) {
        fprintf(stderr, "fuzz_diagnostics: no Vietnamese catalog found (build/locale/vi: "
                        "make khgen, or set KHGEN_LOCALEDIR)\n");
        abort();
    }
    return 0;
}

/* Whether line[0..len) is one JSON object as diag.c writes it. */
static int json_line_ok(const char *line, size_t len)
{
    if (len < 2 || line[0] != '{' || line[len - 1] != '}' ||
        utf8_invalid_at(line, len) != (size_t)-1)
        return 0;
    int in_string = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)line[i];
        if (c < 0x20 || c == 0x7F)
            return 0;
        if (in_string && c == '\\')
            i++; /* an escaped character */
        else if (c == '"')
            in_string = !in_string;
    }
    return !in_string;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    int json = size & 1;
    diag_use_json(json);
    char *printed = NULL;
    size_t printed_len = 0;
    FILE *out = open_memstream(&printed, &printed_len);
    if (!out)
        return 0;
    FuzzRun run;
    fuzz_compile_to(&run, data, size, 1, out);
    fuzz_end(&run);
    fclose(out);
    for (size_t at = 0; json && at < printed_len;) {
        const char *nl = memchr(printed + at, '\n', printed_len - at);
        size_t n = nl ? (size_t)(nl - (printed + at)) : printed_len - at;
        if (!json_line_ok(printed + at, n))
            __builtin_trap();
        at += n + 1;
    }
    free(printed);
    diag_use_json(0);
    return 0;
}
