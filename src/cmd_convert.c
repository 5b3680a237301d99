/* cmd_convert.c - `khgen convert FILE [-o OUT] [--force] [--from ENC]`: a
 * text file in an old Vietnamese encoding (TCVN3, VNI-Windows,
 * Windows-1258, UTF-16) to UTF-8 NFC (legacy.c), without what no plan may
 * hold (load_drop_refused, KH017).
 *
 * The checks run in the order that makes the first message the real
 * problem: the command line (a second -o or --from, an encoding --from does
 * not name: usage errors before the file is read), then the file (read,
 * recognised, converted), then the target (an existing file without
 * --force); what was done is said only once it is done ("copied as it is"
 * came before "exists; use --force", which then wrote nothing).
 */
#include "cli.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "diag.h"
#include "i18n.h"
#include "legacy.h"
#include "load.h"
#include "readpolicy.h"
#include "stderr_json.h"
#include "util.h"
#include "vi.h"

enum { EXIT_OK = 0, EXIT_PLAN_ERRORS = 1, EXIT_USAGE = 2, EXIT_IO = 3 };

/* The encoding --from names (case ignored), or ENC_UNKNOWN. */
static LegacyEncoding encoding_named(const char *from)
{
    static const struct { const char *name; LegacyEncoding enc; } names[] = {
        {"tcvn3", ENC_TCVN3}, {"abc", ENC_TCVN3}, {"vni", ENC_VNI}, {"cp1258", ENC_CP1258},
        {"windows-1258", ENC_CP1258}, {"utf-16le", ENC_UTF16LE}, {"utf-16be", ENC_UTF16BE},
        {"utf-32le", ENC_UTF32LE}, {"utf-32be", ENC_UTF32BE}, {"utf-8", ENC_UTF8}};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strcasecmp(from, names[i].name) == 0)
            return names[i].enc;
    return ENC_UNKNOWN;
}

/* convert's output is for khgen to read: what the loader would refuse in a
 * plan (NUL, ESC, U+FFFE, ...) is dropped from text, each with a warning at
 * its line and column in file (KH017), rather than written for check to
 * refuse. */
static void drop_refused(const char *file, int color, Buf *text)
{
    DiagSink *diags = diag_new(stderr);
    diag_set_color(diags, color);
    Buf clean = {0};
    load_drop_refused(diags, file, text->data ? text->data : "", text->len, &clean);
    diag_flush(diags);
    diag_free(diags);
    buf_free(text);
    *text = clean;
}

/* The file convert reads, or NULL after saying why: not a regular file
 * (a pipe was "No such device", read_file's ENODEV: import's words,
 * KH031), or the system's reason. */
static char *convert_read(const char *in, int color, size_t *len)
{
    struct stat st;
    if (stat(in, &st) == 0 && !S_ISREG(st.st_mode)) {
        DiagSink *diags = diag_new(stderr);
        diag_set_color(diags, color);
        readpolicy_not_regular(diags, (SrcPos){in, 0, 0}, 0, N_("file to convert"), in, st.st_mode);
        diag_flush(diags);
        diag_summary(diags);
        diag_free(diags);
        return NULL;
    }
    char *data = read_file(in, 64u << 20, len);
    if (!data) {
        term_fprintf(stderr, _("khgen: cannot read '%s': %s"), in, i18n_strerror(errno));
        fputc('\n', stderr);
    }
    return data;
}

/* `khgen convert FILE [-o OUT] [--force] [--from ENC]`: a legacy text file
 * to UTF-8 NFC (legacy.c), without what no plan may hold (load_drop_refused,
 * KH017). Exit 0 converted (or nothing to do), 1 the
 * encoding is not recognised, 2 usage, 3 input/output failure. */
/* Reads convert's arguments; returns -1 to go on, else the exit status
 * (a usage error printed). *enc: the encoding --from names (ENC_UNKNOWN:
 * none given, recognise it). */
static int convert_args(int argc, char **argv, const char **in, const char **out,
                        LegacyEncoding *enc, int *force)
{
    unsigned seen = 0;
    int operands = 0; /* after "--" only file names, as build's and check's */
    for (int i = 2; i < argc; i++) {
        const char *arg = cli_arg(argv[i], &operands);
        if (!arg)
            continue;
        int is_out = strcmp(arg, "-o") == 0 || strcmp(arg, "--output") == 0;
        if (is_out || strcmp(arg, "--from") == 0) {
            if (++i == argc)
                return usage_error(is_out ? _("option '%s' needs a file name")
                                          : _("option '%s' needs an encoding"), arg);
            if (option_once(&seen, is_out ? 1u : 2u) != 0)
                return usage_error(_("option '%s' is given twice: give it once"), arg);
            if (is_out) {
                *out = argv[i];
            } else if ((*enc = encoding_named(argv[i])) == ENC_UNKNOWN) {
                return usage_error(_("unknown encoding '%s': use tcvn3, vni, cp1258, utf-16le, "
                                     "utf-16be, utf-32le, utf-32be or utf-8"), argv[i]);
            }
        } else if (strcmp(arg, "--force") == 0) {
            *force = 1;
        } else if (arg[0] == '-' && arg[1] != '\0') {
            return cli_unknown_option("convert", arg);
        } else if (*in) {
            return usage_error("%s", _("'convert' takes one file"));
        } else {
            *in = argv[i];
        }
    }
    if (!*in)
        return usage_error("%s", _("no file given"));
    return -1;
}

int convert_command(int argc, char **argv, int color)
{
    const char *in = NULL, *out = NULL;
    LegacyEncoding enc = ENC_UNKNOWN;
    int force = 0;
    int status = convert_args(argc, argv, &in, &out, &enc, &force);
    if (status >= 0)
        return status;
    size_t len;
    char *data = convert_read(in, color, &len);
    if (!data)
        return EXIT_IO;
    /* --from an older encoding (or UTF-16) of a file that is UTF-8 with
     * letters beyond ASCII: read so, each of them garbled ("Kế hoạch"
     * written "KỏẲẴ hoỏẲĂch"), exit 0 without a word (s30attack F3) */
    if (enc != ENC_UNKNOWN && enc != ENC_UTF8 && utf8_invalid_at(data, len) == (size_t)-1) {
        size_t ascii = 0;
        while (ascii < len && !(data[ascii] & 0x80))
            ascii++;
        if (ascii < len) {
            term_fprintf(stderr, _("khgen: '%s' is UTF-8 already, its letters in Unicode: read "
                                   "as %s, each would be garbled ('Kế hoạch' written as other "
                                   "letters); convert it without --from"),
                         in, legacy_name(enc));
            fputc('\n', stderr);
            free(data);
            return EXIT_PLAN_ERRORS;
        }
    }
    /* a UTF-8 file with a line pasted from an older document: that line
     * converted, the others kept (a whole-file --from would garble them) */
    int by_line = 0;
    Buf text = {0};
    int decoded = legacy_decode(data, len, &enc, &by_line, &text);
    if (decoded == -1) {
        term_fprintf(stderr, _("khgen: cannot tell the encoding of '%s': it is not UTF-8, UTF-16, "
                          "TCVN3 (ABC), VNI-Windows or Windows-1258 Vietnamese text; name it "
                          "with --from"), in);
        fputc('\n', stderr);
        free(data);
        buf_free(&text);
        return EXIT_PLAN_ERRORS;
    }
    if (decoded != 0) {
        term_fprintf(stderr, _("khgen: '%s' is not valid %s"), in, legacy_name(enc));
        fputc('\n', stderr);
        free(data);
        buf_free(&text);
        return EXIT_PLAN_ERRORS;
    }
    drop_refused(in, color, &text);
    int unchanged = enc == ENC_UTF8 && text.len == len && memcmp(text.data, data, len) == 0;
    /* UTF-8 already: what converting did is its BOM removed, its letters
     * composed, or both ("from UTF-8 to UTF-8" said neither: s25cycle) */
    int bom = enc == ENC_UTF8 && !by_line && len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0;
    int composed = enc == ENC_UTF8 && !by_line && !unchanged &&
                   !(text.len == len - 3 * (size_t)bom &&
                     memcmp(text.data, data + 3 * bom, text.len) == 0);
    free(data);
    /* -o naming the file itself is converting in place: nothing to do */
    if (unchanged && (!out || (strcmp(out, "-") != 0 && same_file(in, out)))) {
        stderr_json_note(); /* what was done: JSON's "note" */
        term_fprintf(stderr, _("khgen: '%s' is already UTF-8 in NFC; nothing to convert"), in);
        fputc('\n', stderr);
        buf_free(&text);
        return EXIT_OK;
    }
    const char *target = out && strcmp(out, "-") == 0 ? NULL : out ? out : in;
    if (target && !force && output_exists(target)) {
        term_fprintf(stderr, out ? _("khgen: '%s' exists; use --force to overwrite it")
                                 : _("khgen: converting '%s' in place overwrites it: give -o OUT, "
                                     "or --force"),
                     target);
        fputc('\n', stderr);
        buf_free(&text);
        return EXIT_USAGE;
    }
    status = EXIT_OK;
    if (!target) {
        fwrite(text.data ? text.data : "", 1, text.len, stdout);
    } else if (write_file_atomic(target, text.data ? text.data : "", text.len) != 0) {
        cli_write_failed(target, errno);
        status = EXIT_IO;
    }
    if (status != EXIT_OK) {
        /* nothing written: nothing to tell of it */
    } else if (unchanged) { /* copied, and said so ("from UTF-8 to UTF-8" was no news) */
        stderr_json_note(); /* what was done: JSON's "note" */
        term_fprintf(stderr, _("khgen: '%s' is already UTF-8 in NFC; copied as it is"), in);
        fputc('\n', stderr);
    } else if (!target) {
        /* converted to standard output: the text says it */
    } else if (enc == ENC_UTF8 && !by_line) {
        stderr_json_note(); /* what was done: JSON's "note" */
        term_fprintf(stderr, bom && composed
                                 ? _("khgen: '%s' was UTF-8 already; removed its byte order mark "
                                     "and composed its letters in NFC: %s")
                             : bom ? _("khgen: '%s' was UTF-8 in NFC already; removed its byte "
                                       "order mark: %s")
                                   : _("khgen: '%s' was UTF-8 already; composed its letters in "
                                       "NFC: %s"),
                     in, target);
        fputc('\n', stderr);
    } else if (by_line) {
        stderr_json_note(); /* what was done: JSON's "note" */
        term_fprintf(stderr, _("khgen: converted the lines of '%s' in %s to UTF-8, the others "
                               "were UTF-8 already: %s"), in, legacy_name(enc), target);
        fputc('\n', stderr);
    } else {
        stderr_json_note(); /* what was done: JSON's "note" */
        term_fprintf(stderr, _("khgen: converted '%s' from %s to UTF-8: %s"), in,
                     legacy_name(enc), target);
        fputc('\n', stderr);
    }
    buf_free(&text);
    return status;
}

