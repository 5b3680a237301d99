/* diag_escape.c - text of a plan on its way to a terminal or a CI's JSON.
 *
 * Plan text reaches messages (an id, a key, a file name), so a YAML escape
 * such as "\e]0;title\a" must never reach the terminal as such, and
 * "unknown key 'ti\u200Btle'" must not read as 'title': diag_put_escaped
 * writes every character that could act on a terminal or hide as an
 * escape, and term_fprintf formats a message with each string argument so
 * escaped. A JSON diagnostic (--diagnostics-format=json) names its file
 * with JSON's own escapes instead (diag_put_json_path), which a CI tool
 * reads back as the file's name: the text form's "\x0A" was no JSON
 * escape, and named another file (s18attack L2). Split from diag.c (the
 * sink), which prints through both.
 */
#include "diag.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "unispace.h"
#include "util.h"
#include "vi.h"

/* 1 for a character that prints as a blank but is not the space (U+0020):
 * the no-break spaces (U+00A0, U+202F), the spaces of set widths
 * (U+2000-U+200A), the ogham, medium mathematical and ideographic spaces,
 * and the characters that print as nothing wide (Hangul fillers, braille
 * blank, combining grapheme joiner, Mongolian vowel separator). In a
 * message "{count\u00A0localities}" must not read as a reference written
 * with a space (attack L2). */
static int looks_blank(unsigned cp)
{
    return cp == 0xA0 || cp == 0x34F || cp == 0x115F || cp == 0x1160 || cp == 0x1680 ||
           cp == 0x180E || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F || cp == 0x205F ||
           cp == 0x2800 || cp == 0x3000 || cp == 0x3164 || cp == 0xFFA0;
}

/* The characters put_escaped() writes \uNNNN (all below U+10000). */
static int shown_as_u(unsigned cp)
{
    return (cp >= 0x80 && cp < 0xA0) || cp == 0xAD || cp == 0x2028 || cp == 0x2029 ||
           (cp < 0x10000 && unispace_hidden(cp)) || unispace_bidi_control(cp) || cp == 0xFEFF ||
           looks_blank(cp);
}

/* Appends s to buf with every character that could act on a terminal, or
 * fake a line of output, written as an escape: C0 controls (tab and line
 * breaks included) and DEL as \xNN, C1 controls, line and paragraph
 * separators, bidirectional controls, the invisible characters (soft
 * hyphen, zero-width space and joiners, word joiner, BOM) and the blanks
 * that are not the space (looks_blank) as \uNNNN, the invisible
 * characters past U+FFFF (unispace_hidden: the tag characters) as
 * \UNNNNNNNN, bytes that are not
 * UTF-8 as \xNN. Plan text reaches messages, so a YAML escape such as
 * "\e]0;title\a" must never reach the terminal as such, and "unknown key
 * 'ti\u200Btle'" must not read as 'title'. */
void diag_put_escaped(Buf *buf, const char *s, size_t len)
{
    size_t at = 0;
    while (at < len) {
        /* printable ASCII (' ' to '~') is never escaped: a run of it is
         * copied at once (400,000 messages formatted for folding past the
         * cap spent most of a second here, one character at a time) */
        size_t run = at;
        while (run < len && (unsigned char)s[run] >= 0x20 && (unsigned char)s[run] < 0x7F)
            run++;
        if (run > at) {
            buf_putn(buf, s + at, run - at);
            at = run;
            continue;
        }
        unsigned cp = 0;
        int n = utf8_decode_strict(s + at, len - at, &cp);
        if (n == 0) {
            buf_printf(buf, "\\x%02X", (unsigned char)s[at]);
            at++;
            continue;
        }
        if (cp < 0x20 || cp == 0x7F)
            buf_printf(buf, "\\x%02X", cp);
        else if (shown_as_u(cp))
            buf_printf(buf, "\\u%04X", cp);
        else if (cp >= 0x10000 && unispace_hidden(cp))
            buf_printf(buf, "\\U%08X", cp);
        else
            buf_putn(buf, s + at, (size_t)n);
        at += (size_t)n;
    }
}

/* A file name as a JSON string that reads back as the name's own bytes:
 * '"' and '\\' escaped, a line break, tab, carriage return, backspace and
 * form feed as JSON's \n, \t, \r, \b, \f, another control character and
 * the characters diag_put_escaped() would not print (invisible, bidirectional,
 * odd blanks) as \uNNNN, which a JSON reader decodes to the character
 * itself, and a byte that is not UTF-8 as \uDCNN, the lone surrogate of
 * Python's "surrogateescape" (os.fsencode gives the byte back). The text
 * form's \xNN is no JSON escape: "q\\x0Ax.yaml" named another file
 * (s18attack L2). */
void diag_put_json_path(FILE *out, const char *s)
{
    size_t len = strlen(s), at = 0;
    fputc('"', out);
    while (at < len) {
        unsigned cp = 0;
        int n = utf8_decode_strict(s + at, len - at, &cp);
        if (n == 0) {
            fprintf(out, "\\u%04X", 0xDC00u | (unsigned char)s[at]);
            at++;
            continue;
        }
        const char *short_form = cp == '\n' ? "\\n" : cp == '\t' ? "\\t" : cp == '\r' ? "\\r"
                               : cp == '\b' ? "\\b" : cp == '\f' ? "\\f" : cp == '"' ? "\\\""
                               : cp == '\\' ? "\\\\" : NULL;
        if (short_form)
            fputs(short_form, out);
        else if (cp < 0x20 || cp == 0x7F || shown_as_u(cp))
            fprintf(out, "\\u%04X", cp);
        else if (cp >= 0x10000 && unispace_hidden(cp)) /* JSON's surrogate pair */
            fprintf(out, "\\u%04X\\u%04X", 0xD800 + ((cp - 0x10000) >> 10),
                    0xDC00 + ((cp - 0x10000) & 0x3FF));
        else
            fwrite(s + at, 1, (size_t)n, out);
        at += (size_t)n;
    }
    fputc('"', out);
}

/* put_escaped as diag_vformat_escaped's hook: each string argument of a
 * message escaped whole, its line breaks too (attack L1). */
static void put_escaped_arg(Buf *buf, const char *s, size_t len)
{
    diag_put_escaped(buf, s, len);
}

void term_vfprintf(FILE *out, const char *fmt, va_list ap)
{
    Buf safe = {0};
    if (diag_vformat_escaped(&safe, fmt, ap, put_escaped_arg) != 0) {
        /* a format beyond diagfmt's reader: the whole text escaped, its
         * line breaks kept, as before the arguments were told apart */
        Buf text = {0};
        va_list args;
        va_copy(args, ap);
        buf_vprintf(&text, fmt, args);
        va_end(args);
        term_fputs_lines(out, buf_str(&text));
        buf_free(&text);
        buf_free(&safe);
        return;
    }
    fputs(buf_str(&safe), out);
    buf_free(&safe);
}

void term_fputs_lines(FILE *out, const char *text)
{
    Buf safe = {0};
    for (const char *line = text; *line;) {
        size_t len = strcspn(line, "\n");
        diag_put_escaped(&safe, line, len);
        line += len;
        if (*line == '\n')
            buf_putc(&safe, *line++);
    }
    fputs(buf_str(&safe), out);
    buf_free(&safe);
}

void term_fprintf(FILE *out, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    term_vfprintf(out, fmt, ap);
    va_end(ap);
}
