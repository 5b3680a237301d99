/* stderr_json.c - standard error as JSON lines (--diagnostics-format=json).
 *
 * README: with --diagnostics-format=json "each diagnostic [is] one line of
 * JSON on standard error ... code "" for a message without one". The
 * diagnostics sink writes its JSON itself (diag.c), but a command's own
 * lines - a file convert cannot read, what it converted, a usage error and
 * its "Try 'khgen --help'.", import's --stats - are printed by the command
 * with term_fprintf, in some forty places, and they were text in JSON mode
 * (s27attack L12): a CI job that reads standard error as JSON lines failed
 * on them. Rather than each place deciding, the stream itself is replaced
 * (glibc's fopencookie): every line written to stderr reaches descriptor 2
 * as a JSON object, whoever wrote it, and a line that is JSON already (a
 * diagnostic, while diag.c writes it: diag_json_writing) passes unchanged. A line is
 * held until its '\n' (the message is written in pieces); a last line
 * without one is written at exit. The stream is unbuffered, so its lines
 * and those of a sink made before it keep their order.
 */
#define _GNU_SOURCE 1 /* fopencookie */
#include "stderr_json.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <unistd.h>

#include "diag.h"
#include "util.h"

static int installed;
static int next_note;
static Buf line;          /* the line being written, until its '\n' */

static void put_fd(const char *s, size_t len)
{
    while (len > 0) {
        ssize_t w = write(STDERR_FILENO, s, len);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            return;
        s += w;
        len -= (size_t)w;
    }
}

static int starts(const char *s, const char *prefix)
{
    return strncmp(s, prefix, strlen(prefix)) == 0;
}

/* The held line as a JSON object, written to descriptor 2. */
static void emit_line(void)
{
    const char *text = buf_str(&line);
    const char *severity = "error";
    int first = starts(text, "khgen: ");
    if (first)
        text += strlen("khgen: ");
    /* "warning: ...", "CMD: note: ..." */
    const char *colon = strchr(text, ':');
    if (starts(text, "warning: ")) {
        severity = "warning";
        text += strlen("warning: ");
    } else if (starts(text, "note: ") || (colon && colon - text < 12 && starts(colon, ": note: "))) {
        severity = "note";
    } else if (!first || next_note) {
        severity = "note";
    }
    if (!*text && !first) { /* a blank line between a usage text's parts */
        buf_reset(&line);
        return;
    }
    next_note = 0;
    FILE *mem;
    char *json = NULL;
    size_t len = 0;
    mem = open_memstream(&json, &len);
    if (!mem)
        return;
    fprintf(mem, "{\"file\": null, \"line\": 0, \"column\": 0, \"severity\": \"%s\", \"code\": \"\", "
                 "\"message\": ", severity);
    diag_put_json_path(mem, text);
    fputs(", \"notes\": []}\n", mem);
    fclose(mem);
    put_fd(json, len);
    free(json);
    buf_reset(&line);
}

static ssize_t cookie_write(void *cookie, const char *data, size_t size)
{
    (void)cookie;
    if (diag_json_writing()) {
        put_fd(data, size);
        return (ssize_t)size;
    }
    for (size_t at = 0; at < size;) {
        const char *nl = memchr(data + at, '\n', size - at);
        size_t n = nl ? (size_t)(nl - (data + at)) : size - at;
        buf_putn(&line, data + at, n);
        at += n;
        if (nl) {
            emit_line();
            at++;
        }
    }
    return (ssize_t)size;
}

static void flush_at_exit(void)
{
    fflush(stderr);
    if (line.len > 0)
        emit_line();
    buf_free(&line);
}

int stderr_json_install(void)
{
    if (installed)
        return 0;
    cookie_io_functions_t io = {.read = NULL, .write = cookie_write, .seek = NULL, .close = NULL};
    FILE *stream = fopencookie(NULL, "w", io);
    if (!stream)
        return -1;
    setvbuf(stream, NULL, _IONBF, 0);
    fflush(stderr);
    stderr = stream;
    installed = 1;
    atexit(flush_at_exit);
    return 0;
}

int stderr_json_active(void)
{
    return installed;
}

void stderr_json_note(void)
{
    next_note = installed;
}
