/* tests/legacy/encode.c - writes a UTF-8 text in TCVN3, VNI-Windows or
 * Windows-1258 with the converter's own tables inverted
 * (legacy_from_utf8), for tests/legacy/run.sh.
 *
 *   legacy-encode tcvn3|vni|cp1258 IN OUT
 *
 * Characters the encoding cannot write are written as '?' and counted on
 * standard error; exit status 0, or 2 on a usage or file error.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "legacy.h"
#include "util.h"

int main(int argc, char **argv)
{
    if (argc != 4)
        return fputs("usage: legacy-encode tcvn3|vni|cp1258 IN OUT\n", stderr), 2;
    LegacyEncoding enc = strcmp(argv[1], "tcvn3") == 0 ? ENC_TCVN3
                         : strcmp(argv[1], "vni") == 0 ? ENC_VNI
                         : strcmp(argv[1], "cp1258") == 0 ? ENC_CP1258 : ENC_UNKNOWN;
    if (enc == ENC_UNKNOWN)
        return fputs("legacy-encode: unknown encoding\n", stderr), 2;
    size_t len;
    char *text = read_file(argv[2], 1u << 26, &len);
    if (!text)
        return perror(argv[2]), 2;
    Buf out = {0};
    size_t missing = legacy_from_utf8(enc, text, len, &out);
    if (missing)
        fprintf(stderr, "legacy-encode: %zu characters have no %s encoding\n", missing, argv[1]);
    int rc = write_file_atomic(argv[3], out.data ? out.data : "", out.len) == 0 ? 0 : 2;
    buf_free(&out);
    free(text);
    return rc;
}
