/* diag.c - the diagnostics sink: collect, silence, sort and print.
 *
 * Stages never print problems themselves; they call diag_report() (or the
 * diag_error / diag_warning / diag_note forms) and go on. The sink keeps every
 * diagnostic with a copy of its message and prints the pending ones when the
 * driver calls diag_flush(), sorted by file name (strcmp), line, column and
 * order of report, so the output reads top to bottom like the file whatever
 * order the stages found the problems in. Notes stay glued to the diagnostic
 * they were attached to.
 *
 * Printed form (one header line, then the source line and a caret line when
 * the position has a line and the file's text was registered):
 *
 *   plans/x.yaml:12:7: error[KH203]: unknown unit 'vpdp2' (did you mean 'vpdp'?)
 *      12 |     lead: vpdp2
 *         |           ^~~~~
 *
 * The gutter rule: one space, the line number right-aligned in a field of
 * width max(4, digits of the largest line number shown for this diagnostic
 * and its notes), then " | " and the line. The caret line has the same
 * gutter with the number blanked. The caret goes under the col-th character
 * (code point): every character before it is copied as a tab if it is a tab
 * and as a space otherwise (combining marks, which take no room on screen,
 * are skipped), so the caret lines up in a terminal and in an editor.
 * span_chars-1 tildes follow the caret, cut at the end of the line. Lines
 * longer than 160 characters are shown as a 160-character window around
 * the caret, with "..." marking what was cut. In the printed source line, bytes that are not valid UTF-8 and control
 * characters other than tab are shown as U+FFFD so a binary or mis-encoded
 * line cannot disturb the terminal; each counts as one character.
 *
 * A position with line 0 prints "file: error[KH002]: ..." and no source; a
 * diagnostic without a file prints "khgen: error[...]: ...". Warnings print
 * "warning[KH...]", or "error[KH...]" under -Werror, where they also count as
 * errors. Silenced warnings (diag_suppress) are dropped with their notes.
 */
#include "diag.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "util.h"
#include "vi.h"

/* A note attached to a diagnostic. */
typedef struct Note {
    SrcPos pos;
    char *message;           /* malloc'd */
} Note;

typedef struct Diag {
    DiagLevel level;         /* as reported (a warning stays a warning) */
    SrcPos pos;
    int span_chars;
    char code[16];           /* "" when reported without a code */
    char *message;           /* malloc'd */
    size_t order;            /* report order, the last sort key */
    int silenced;            /* silenced by a diag_suppress() issued later */
    Note *notes;             /* malloc'd array */
    size_t n_notes;
} Diag;

/* A registered source text and, built on first use, where its lines start. */
typedef struct Source {
    const char *file;        /* borrowed */
    const char *text;        /* borrowed */
    size_t len;
    size_t *line_starts;     /* malloc'd; byte offset of each line */
    size_t n_lines;
} Source;

typedef struct Suppression {
    char code[16];
    char *file;              /* malloc'd copy, NULL = everywhere */
    int first, last;
} Suppression;

struct DiagSink {
    FILE *out;
    int werror;
    int color;               /* SGR colours as gcc prints them */
    Diag *pending;           /* reported, not yet flushed */
    size_t n_pending, cap_pending;
    size_t next_order;
    /* Index in pending of the diagnostic diag_note() attaches to; NO_TARGET
     * when there is none, DROPPED_TARGET when the last one was silenced (its
     * notes are dropped too). */
    size_t note_target;
    Source *sources;
    size_t n_sources;
    Suppression *suppressions;
    size_t n_suppressions;
    int errors;              /* recorded errors, not counting warnings */
    int warnings;            /* recorded, unsilenced warnings */
};

#define NO_TARGET ((size_t)-1)
#define DROPPED_TARGET ((size_t)-2)

/* ---- sink lifetime and options -------------------------------------- */

/* Creates a sink printing to out. The caller owns the sink and frees it with
 * diag_free(); out stays the caller's. */
DiagSink *diag_new(FILE *out)
{
    DiagSink *sink = xmalloc(sizeof *sink);
    memset(sink, 0, sizeof *sink);
    sink->out = out;
    sink->note_target = NO_TARGET;
    return sink;
}

static void free_diag(Diag *diag)
{
    free(diag->message);
    for (size_t i = 0; i < diag->n_notes; i++)
        free(diag->notes[i].message);
    free(diag->notes);
}

/* Frees the sink and the diagnostics still pending (unprinted). NULL is
 * allowed. Registered texts and file names are the caller's. */
void diag_free(DiagSink *sink)
{
    if (!sink)
        return;
    for (size_t i = 0; i < sink->n_pending; i++)
        free_diag(&sink->pending[i]);
    free(sink->pending);
    for (size_t i = 0; i < sink->n_sources; i++)
        free(sink->sources[i].line_starts);
    free(sink->sources);
    for (size_t i = 0; i < sink->n_suppressions; i++)
        free(sink->suppressions[i].file);
    free(sink->suppressions);
    free(sink);
}

/* Registers text as the contents of file for caret lines. Both are borrowed
 * and must outlive the last diag_flush(). Registering a file name again
 * replaces the earlier text. */
void diag_forget_sources(DiagSink *sink)
{
    for (size_t i = 0; i < sink->n_sources; i++)
        free(sink->sources[i].line_starts);
    free(sink->sources);
    sink->sources = NULL;
    sink->n_sources = 0;
}

void diag_add_source(DiagSink *sink, const char *file, const char *text, size_t len)
{
    if (!file || !text)
        return;
    for (size_t i = 0; i < sink->n_sources; i++) {
        if (strcmp(sink->sources[i].file, file) == 0) {
            free(sink->sources[i].line_starts);
            sink->sources[i].text = text;
            sink->sources[i].len = len;
            sink->sources[i].line_starts = NULL;
            sink->sources[i].n_lines = 0;
            return;
        }
    }
    sink->sources = xrealloc(sink->sources, (sink->n_sources + 1) * sizeof *sink->sources);
    Source *source = &sink->sources[sink->n_sources++];
    source->file = file;
    source->text = text;
    source->len = len;
    source->line_starts = NULL;
    source->n_lines = 0;
}

void diag_withdraw_file(DiagSink *sink, const char *file)
{
    if (!file)
        return;
    size_t kept = 0;
    for (size_t i = 0; i < sink->n_pending; i++) {
        Diag *diag = &sink->pending[i];
        if (diag->pos.file && strcmp(diag->pos.file, file) == 0) {
            if (!diag->silenced && diag->level == DIAG_ERROR)
                sink->errors--;
            else if (!diag->silenced && diag->level == DIAG_WARNING)
                sink->warnings--;
            free_diag(diag);
            continue;
        }
        size_t notes_kept = 0;
        for (size_t k = 0; k < diag->n_notes; k++) {
            if (diag->notes[k].pos.file && strcmp(diag->notes[k].pos.file, file) == 0)
                free(diag->notes[k].message);
            else
                diag->notes[notes_kept++] = diag->notes[k];
        }
        diag->n_notes = notes_kept;
        sink->pending[kept++] = *diag;
    }
    sink->n_pending = kept;
    sink->note_target = NO_TARGET;
    for (size_t i = 0; i < sink->n_sources; i++) {
        if (strcmp(sink->sources[i].file, file) == 0) {
            free(sink->sources[i].line_starts);
            sink->sources[i] = sink->sources[--sink->n_sources];
            break;
        }
    }
}

/* Sets -Werror: warnings print as errors and count as errors. Meant to be set
 * before anything is reported; it applies to the counts of every warning. */
void diag_set_werror(DiagSink *sink, int werror)
{
    sink->werror = werror ? 1 : 0;
}

/* Turns SGR colours on or off (off by default). */
void diag_set_color(DiagSink *sink, int color)
{
    sink->color = color ? 1 : 0;
}

static void copy_code(char *dest, const char *code)
{
    dest[0] = '\0';
    if (code) {
        strncpy(dest, code, 15);
        dest[15] = '\0';
    }
}

static int rule_matches(const Suppression *rule, const char *code, SrcPos pos)
{
    if (strcmp(rule->code, code) != 0)
        return 0;
    if (!rule->file)
        return 1;
    if (!pos.file || strcmp(rule->file, pos.file) != 0)
        return 0;
    return pos.line >= rule->first && pos.line <= rule->last;
}

static int is_suppressed(const DiagSink *sink, const char *code, SrcPos pos)
{
    if (!code || !code[0])
        return 0;
    for (size_t i = 0; i < sink->n_suppressions; i++)
        if (rule_matches(&sink->suppressions[i], code, pos))
            return 1;
    return 0;
}

/* Silences warning `code` everywhere (file NULL) or in file's lines
 * first..last. Applies to warnings already pending as well as later ones.
 * code and file are copied. Errors are never silenced. */
void diag_suppress(DiagSink *sink, const char *code, const char *file, int first, int last)
{
    if (!code || !code[0])
        return;
    sink->suppressions = xrealloc(sink->suppressions,
                                  (sink->n_suppressions + 1) * sizeof *sink->suppressions);
    Suppression *rule = &sink->suppressions[sink->n_suppressions++];
    copy_code(rule->code, code);
    rule->file = file ? xstrdup(file) : NULL;
    rule->first = first;
    rule->last = last;

    for (size_t i = 0; i < sink->n_pending; i++) {
        Diag *diag = &sink->pending[i];
        if (diag->level == DIAG_WARNING && !diag->silenced
            && rule_matches(rule, diag->code, diag->pos)) {
            diag->silenced = 1;
            sink->warnings--;
        }
    }
}

/* ---- recording ------------------------------------------------------- */

static char *format_message(const char *fmt, va_list ap) __attribute__((format(printf, 1, 0)));

/* Messages are translated here, once for every stage: fmt is the English
 * format a stage passed, i18n_tr() gives the format in the chosen language
 * (the same conversions in the same order; msgfmt -c checks that). */

static char *format_message(const char *fmt, va_list ap)
{
    Buf buf = {0};
    buf_vprintf(&buf, fmt, ap);
    if (!buf.data)
        return xstrdup("");
    return buf.data; /* the Buf's malloc'd data becomes ours */
}

static void record(DiagSink *sink, DiagLevel level, SrcPos pos, int span_chars,
                   DiagId id, const char *fmt, va_list ap)
    __attribute__((format(printf, 6, 0)));

static void record(DiagSink *sink, DiagLevel level, SrcPos pos, int span_chars,
                   DiagId id, const char *fmt, va_list ap)
{
    const DiagCode *entry = diag_code_of(id);
    const char *code = entry ? entry->code : NULL;
    if (level == DIAG_WARNING && is_suppressed(sink, code, pos)) {
        sink->note_target = DROPPED_TARGET;
        return;
    }
    if (sink->n_pending == sink->cap_pending) {
        sink->cap_pending = sink->cap_pending ? sink->cap_pending * 2 : 16;
        sink->pending = xrealloc(sink->pending, sink->cap_pending * sizeof *sink->pending);
    }
    Diag *diag = &sink->pending[sink->n_pending];
    memset(diag, 0, sizeof *diag);
    diag->level = level;
    diag->pos = pos;
    diag->span_chars = span_chars;
    copy_code(diag->code, code);
    diag->message = format_message(i18n_tr(fmt), ap);
    diag->order = sink->next_order++;
    sink->note_target = sink->n_pending;
    sink->n_pending++;
    if (level == DIAG_ERROR)
        sink->errors++;
    else if (level == DIAG_WARNING)
        sink->warnings++;
}

/* Records a diagnostic; the message is formatted now, code is a registered
 * code (DIAG_NO_CODE for none) and pos.file is borrowed. A warning whose code is silenced
 * at pos is dropped at once. A DIAG_NOTE recorded this way stands alone. */
void diag_report(DiagSink *sink, DiagLevel level, SrcPos pos, int span_chars,
                 DiagId code, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    record(sink, level, pos, span_chars, code, fmt, ap);
    va_end(ap);
}

void diag_error(DiagSink *sink, SrcPos pos, int span_chars, DiagId code, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    record(sink, DIAG_ERROR, pos, span_chars, code, fmt, ap);
    va_end(ap);
}

void diag_warning(DiagSink *sink, SrcPos pos, int span_chars, DiagId code, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    record(sink, DIAG_WARNING, pos, span_chars, code, fmt, ap);
    va_end(ap);
}

/* Attaches a note to the diagnostic reported last (dropped if that one was
 * silenced). Without any earlier diagnostic the note stands alone. */
void diag_note(DiagSink *sink, SrcPos pos, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    if (sink->note_target == DROPPED_TARGET) {
        va_end(ap);
        return;
    }
    if (sink->note_target == NO_TARGET) {
        record(sink, DIAG_NOTE, pos, 0, DIAG_NO_CODE, fmt, ap);
        va_end(ap);
        sink->note_target = NO_TARGET;
        return;
    }
    Diag *diag = &sink->pending[sink->note_target];
    diag->notes = xrealloc(diag->notes, (diag->n_notes + 1) * sizeof *diag->notes);
    diag->notes[diag->n_notes].pos = pos;
    diag->notes[diag->n_notes].message = format_message(i18n_tr(fmt), ap);
    diag->n_notes++;
    va_end(ap);
}

int diag_error_count(const DiagSink *sink)
{
    return sink->errors + (sink->werror ? sink->warnings : 0);
}

int diag_warning_count(const DiagSink *sink)
{
    return sink->werror ? 0 : sink->warnings;
}

/* ---- printing -------------------------------------------------------- */

static const Source *find_source(const DiagSink *sink, const char *file)
{
    if (!file)
        return NULL;
    for (size_t i = 0; i < sink->n_sources; i++)
        if (strcmp(sink->sources[i].file, file) == 0)
            return &sink->sources[i];
    return NULL;
}

/* Finds the bytes of line `line` (1-based) of source, without its line
 * break; returns 0 if the source has no such line. */
static int source_line(const DiagSink *sink, const char *file, int line,
                       const char **start, size_t *len)
{
    Source *source = (Source *)find_source(sink, file);
    if (!source || line < 1)
        return 0;
    if (!source->line_starts) {
        size_t count = 1;
        for (size_t i = 0; i < source->len; i++)
            if (source->text[i] == '\n')
                count++;
        source->line_starts = xmalloc(count * sizeof *source->line_starts);
        source->line_starts[0] = 0;
        size_t n = 1;
        for (size_t i = 0; i < source->len; i++)
            if (source->text[i] == '\n')
                source->line_starts[n++] = i + 1;
        source->n_lines = count;
    }
    if ((size_t)line > source->n_lines)
        return 0;
    size_t begin = source->line_starts[line - 1];
    size_t end = (size_t)line < source->n_lines ? source->line_starts[line] - 1 : source->len;
    if (end > begin && source->text[end - 1] == '\r')
        end--;
    *start = source->text + begin;
    *len = end - begin;
    return 1;
}

/* One character of a printed source line: its bytes (or a replacement) and
 * whether it takes room on screen. */
typedef struct LineChar {
    const char *bytes;
    int n_bytes;
    int is_tab;
    int zero_width;          /* a combining mark */
} LineChar;

static const char REPLACEMENT[] = "\xEF\xBF\xBD"; /* U+FFFD */

/* Reads the character at line[*at] and advances *at. */
static LineChar next_line_char(const char *line, size_t len, size_t *at)
{
    LineChar ch = {0};
    unsigned codepoint = 0;
    int n = utf8_decode_strict((const char *)line + *at, len - *at, &codepoint);
    if (n == 0) {
        ch.bytes = REPLACEMENT;
        ch.n_bytes = 3;
        *at += 1;
        return ch;
    }
    *at += (size_t)n;
    if (codepoint == '\t') {
        ch.bytes = "\t";
        ch.n_bytes = 1;
        ch.is_tab = 1;
    } else if (codepoint < 0x20 || (codepoint >= 0x7F && codepoint < 0xA0)) {
        ch.bytes = REPLACEMENT;
        ch.n_bytes = 3;
    } else {
        ch.bytes = line + *at - n;
        ch.n_bytes = n;
        ch.zero_width = codepoint >= 0x300 && codepoint <= 0x36F;
    }
    return ch;
}

static int digits(int n)
{
    int count = 1;
    while (n >= 10) {
        n /= 10;
        count++;
    }
    return count;
}

static const char *level_label(const DiagSink *sink, DiagLevel level)
{
    switch (level) {
    case DIAG_ERROR:
        return "error";
    case DIAG_WARNING:
        return sink->werror ? "error" : "warning";
    case DIAG_NOTE:
        return "note";
    }
    return "error";
}

/* The colours gcc uses (GCC_COLORS defaults): the location bold, error
 * bold red, warning bold magenta, note bold cyan, the caret bold green. */
#define SGR_BOLD "\33[01m"
#define SGR_RESET "\33[m\33[K"

static const char *level_color(const DiagSink *sink, DiagLevel level)
{
    if (level == DIAG_NOTE)
        return "\33[01;36m";
    if (level == DIAG_WARNING && !sink->werror)
        return "\33[01;35m";
    return "\33[01;31m";
}

static void print_location(const DiagSink *sink, SrcPos pos)
{
    FILE *out = sink->out;
    if (sink->color)
        fputs(SGR_BOLD, out);
    if (!pos.file)
        fputs("khgen: ", out);
    else if (pos.line > 0)
        fprintf(out, "%s:%d:%d: ", pos.file, pos.line, pos.col);
    else
        fprintf(out, "%s: ", pos.file);
    if (sink->color)
        fputs(SGR_RESET, out);
}

/* Long lines are cut to a window of SNIPPET_WIDTH characters that starts
 * SNIPPET_BEFORE characters before the caret, with "..." where text was
 * left out, so a minified or hostile one-line file prints a short snippet. */
enum { SNIPPET_WIDTH = 160, SNIPPET_BEFORE = 60 };

/* Prints the source line of pos and the caret line below it, if the file
 * was registered and has that line. A column past the end of the line puts
 * the caret just after its last character. */
static void print_snippet(const DiagSink *sink, SrcPos pos, int span_chars, int width)
{
    const char *line;
    size_t len;
    if (pos.line < 1 || !source_line(sink, pos.file, pos.line, &line, &len))
        return;
    FILE *out = sink->out;

    size_t n_chars = 0;
    for (size_t at = 0; at < len; n_chars++)
        next_line_char(line, len, &at);
    size_t col = pos.col > 0 ? (size_t)pos.col : 1;
    if (col > n_chars + 1)
        col = n_chars + 1;
    /* the characters first..last (1-based) are shown */
    size_t first = 1, last = n_chars;
    if (n_chars > SNIPPET_WIDTH) {
        first = col > SNIPPET_BEFORE ? col - SNIPPET_BEFORE : 1;
        if (first + SNIPPET_WIDTH - 1 > n_chars)
            first = n_chars - SNIPPET_WIDTH + 1;
        last = first + SNIPPET_WIDTH - 1;
    }

    fprintf(out, " %*d | ", width, pos.line);
    if (first > 1)
        fputs("...", out);
    size_t at = 0;
    for (size_t c = 1; c <= last; c++) {
        LineChar ch = next_line_char(line, len, &at);
        if (c >= first)
            fwrite(ch.bytes, 1, (size_t)ch.n_bytes, out);
    }
    if (last < n_chars)
        fputs("...", out);
    fputc('\n', out);

    fprintf(out, " %*s | ", width, "");
    if (first > 1)
        fputs("   ", out);
    at = 0;
    for (size_t c = 1; c < col; c++) {
        LineChar ch = next_line_char(line, len, &at);
        if (c < first)
            continue;
        if (ch.is_tab)
            fputc('\t', out);
        else if (!ch.zero_width)
            fputc(' ', out);
    }
    if (sink->color)
        fputs("\33[01;32m", out);
    fputc('^', out);
    for (size_t c = col + 1; c < col + (size_t)(span_chars > 1 ? span_chars : 1) && c <= last; c++)
        fputc('~', out);
    if (sink->color)
        fputs(SGR_RESET, out);
    fputc('\n', out);
}

static int compare_files(const char *a, const char *b)
{
    if (a == b)
        return 0;
    if (!a)
        return -1;
    if (!b)
        return 1;
    return strcmp(a, b);
}

static int compare_diags(const void *pa, const void *pb)
{
    const Diag *a = pa, *b = pb;
    int by_file = compare_files(a->pos.file, b->pos.file);
    if (by_file != 0)
        return by_file;
    if (a->pos.line != b->pos.line)
        return a->pos.line < b->pos.line ? -1 : 1;
    if (a->pos.col != b->pos.col)
        return a->pos.col < b->pos.col ? -1 : 1;
    if (a->order != b->order)
        return a->order < b->order ? -1 : 1;
    return 0;
}

static void print_diag(const DiagSink *sink, const Diag *diag)
{
    FILE *out = sink->out;
    int width = 4;
    if (digits(diag->pos.line) > width)
        width = digits(diag->pos.line);
    for (size_t i = 0; i < diag->n_notes; i++)
        if (digits(diag->notes[i].pos.line) > width)
            width = digits(diag->notes[i].pos.line);

    print_location(sink, diag->pos);
    const char *on = sink->color ? level_color(sink, diag->level) : "";
    const char *off = sink->color ? SGR_RESET : "";
    if (diag->level != DIAG_NOTE && diag->code[0])
        fprintf(out, "%s%s[%s]:%s %s\n", on, level_label(sink, diag->level), diag->code, off,
                diag->message);
    else
        fprintf(out, "%s%s:%s %s\n", on, level_label(sink, diag->level), off, diag->message);
    print_snippet(sink, diag->pos, diag->span_chars, width);

    for (size_t i = 0; i < diag->n_notes; i++) {
        const Note *note = &diag->notes[i];
        if (note->pos.file || note->pos.line > 0)
            print_location(sink, note->pos);
        if (sink->color)
            fprintf(out, "%snote:%s %s\n", level_color(sink, DIAG_NOTE), SGR_RESET, note->message);
        else
            fprintf(out, "note: %s\n", note->message);
        print_snippet(sink, note->pos, 0, width);
    }
}

/* Prints the pending diagnostics sorted by (file, line, col, report order),
 * each followed by its notes, then frees them. Counts are kept. */
void diag_flush(DiagSink *sink)
{
    if (sink->n_pending > 1)
        qsort(sink->pending, sink->n_pending, sizeof *sink->pending, compare_diags);
    for (size_t i = 0; i < sink->n_pending; i++) {
        if (!sink->pending[i].silenced)
            print_diag(sink, &sink->pending[i]);
        free_diag(&sink->pending[i]);
    }
    sink->n_pending = 0;
    sink->note_target = NO_TARGET;
    fflush(sink->out);
}

/* Prints "N errors, M warnings generated." with singular forms for 1, and
 * only the non-zero parts; nothing when both are zero. In Vietnamese:
 * "Phát hiện N lỗi, M cảnh báo." */
void diag_summary(DiagSink *sink)
{
    int errors = diag_error_count(sink);
    int warnings = diag_warning_count(sink);
    if (errors == 0 && warnings == 0)
        return;
    Buf parts = {0};
    if (errors > 0)
        buf_printf(&parts, i18n_ntr("%d error", "%d errors", (unsigned long)errors), errors);
    if (errors > 0 && warnings > 0)
        buf_printf(&parts, "%s", ", ");
    if (warnings > 0)
        buf_printf(&parts, i18n_ntr("%d warning", "%d warnings", (unsigned long)warnings),
                   warnings);
    fprintf(sink->out, _("%s generated."), parts.data);
    fputc('\n', sink->out);
    buf_free(&parts);
    fflush(sink->out);
}

int diag_token_chars(const DiagSink *sink, SrcPos pos)
{
    const char *s;
    size_t len;
    if (!pos.file || pos.line < 1 || pos.col < 1 || !source_line(sink, pos.file, pos.line, &s, &len))
        return 1;
    const char *end = s + len;
    for (int col = 1; col < pos.col && s < end; col++) {
        int bytes = 1;
        while (s + bytes < end && ((unsigned char)s[bytes] & 0xC0) == 0x80)
            bytes++;
        s += bytes;
    }
    if (s >= end || *s == '{' || *s == '[')
        return 1;
    const char *stop = s;
    if (*s == '"' || *s == '\'') {
        char quote = *s;
        stop = s + 1;
        while (stop < end && *stop != quote)
            stop++;
        if (stop >= end)
            return 1;
        stop++;
    } else {
        while (stop < end && !strchr(" \t\r,]}#", *stop))
            stop++;
    }
    int chars = (int)utf8_count(s, (size_t)(stop - s));
    return chars > 0 ? chars : 1;
}
