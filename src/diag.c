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
 *
 * Not a stage: every stage reports here. Owns the pending diagnostics;
 * borrows the registered source texts.
 */
#include "diag.h"

#include <limits.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "diag_impl.h"
#include "i18n.h"
#include "lineranges.h"
#include "unispace.h"
#include "util.h"
#include "vi.h"

/* A registered source text and, built on first use, where its lines start. */
struct Source {
    const char *file;        /* borrowed */
    const char *text;        /* borrowed */
    size_t len;
    size_t *line_starts;     /* malloc'd; byte offset of each line */
    size_t n_lines;
    /* where the last column lookup ended (line, 1-based char, byte offset
     * in the line): the next lookup on the same line at that column or
     * after goes on from there, so the diagnostics of one long line cost
     * its length once, not once each */
    int memo_line;
    size_t memo_col, memo_byte;
};

#define NO_TARGET ((size_t)-1)
#define DROPPED_TARGET ((size_t)-2)

/* ---- sink lifetime and options -------------------------------------- */

/* Creates a sink printing to out. The caller owns the sink and frees it with
 * diag_free(); out stays the caller's. */
/* --diagnostics-format=json, for every sink made from now on */
static int json_for_new_sinks;

void diag_use_json(int on)
{
    json_for_new_sinks = on != 0;
}

int diag_json_on(void)
{
    return json_for_new_sinks;
}

/* 1 while a sink writes JSON lines to its stream (diag_json_writing) */
static int json_writing;

int diag_json_writing(void)
{
    return json_writing;
}

void diag_pass_text(FILE *out, const char *text)
{
    fflush(out);
    json_writing = json_for_new_sinks;
    fputs(text, out);
    fflush(out);
    json_writing = 0;
}

DiagSink *diag_new(FILE *out)
{
    DiagSink *sink = xmalloc(sizeof *sink);
    memset(sink, 0, sizeof *sink);
    sink->out = out;
    sink->json = json_for_new_sinks;
    sink->note_target = NO_TARGET;
    sink->max_errors = DIAG_DEFAULT_MAX_ERRORS;
    sink->cap_hint = CAP_HINT_NONE;
    return sink;
}

DiagSink *diag_new_for_plans(FILE *out)
{
    DiagSink *sink = diag_new(out);
    sink->cap_hint = CAP_HINT_CHECK;
    return sink;
}

/* fputs of s through diag_put_escaped(). */
static void fput_escaped(const char *s, FILE *out)
{
    Buf buf = {0};
    diag_put_escaped(&buf, s, strlen(s));
    fputs(buf_str(&buf), out);
    buf_free(&buf);
}

static void free_diag(Diag *diag)
{
    free(diag->message);
    free(diag->tag);
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
    lineranges_free(sink->suppressed);
    for (size_t i = 0; i < sink->n_caps; i++)
        free(sink->caps[i].file);
    free(sink->caps);
    free(sink->seen.slots);
    free(sink->printed.slots);
    diag_fold_counts_free(sink->fold);
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

void diag_forget_repeats(DiagSink *sink)
{
    if (sink->seen.slots)
        memset(sink->seen.slots, 0, sink->seen.n * sizeof *sink->seen.slots);
    sink->seen.used = 0;
}

void diag_plan_begin(DiagSink *sink, const char *plan)
{
    diag_forget_repeats(sink);
    sink->plan = plan;
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
            sink->sources[i].memo_line = 0; /* its memo was of the old text */
            sink->sources[i].memo_col = sink->sources[i].memo_byte = 0;
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
    /* column_offset's memo starts empty: it was left uninitialised, and a
     * stale line number and byte offset from the heap could send it past
     * the line (valgrind on any plan with include:, s13attack) */
    source->memo_line = 0;
    source->memo_col = source->memo_byte = 0;
}

static void sweep_pending(DiagSink *sink); /* below, beside diag_suppress */

void diag_withdraw_file(DiagSink *sink, const char *file)
{
    if (!file)
        return;
    sweep_pending(sink);
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
    diag_fold_counts_free(sink->fold); /* counted again from what is kept next */
    sink->fold = NULL;
    diag_forget_source(sink, file);
}

void diag_forget_source(DiagSink *sink, const char *file)
{
    for (size_t i = 0; file && i < sink->n_sources; i++) {
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

/* A line and a column as one place of lineranges.c: a column of a line
 * comes before every column of the next. */
static long long place_of(int line, int col)
{
    return (long long)line * ((long long)INT_MAX + 1) + (col < 0 ? 0 : col);
}

static int is_suppressed(const DiagSink *sink, const char *code, SrcPos pos)
{
    if (!code || !code[0])
        return 0;
    return lineranges_has(sink->suppressed, code, pos.file, place_of(pos.line, pos.col)) ||
           lineranges_has(sink->suppressed, DIAG_SUPPRESS_ALL, pos.file,
                          place_of(pos.line, pos.col));
}

/* Silences warning `code` everywhere (file NULL) or in file's lines
 * first..last. Applies to warnings already pending as well as later ones:
 * those pending are held against every rule at once when next asked
 * (sweep_pending), not against each rule as it comes, which cost a pass
 * over every pending warning per rule (16,000 `suppress:` entries against
 * 16,000 warnings, s20scale). code and file are copied. Errors are never
 * silenced. */
void diag_suppress(DiagSink *sink, const char *code, const char *file, int first, int last)
{
    diag_suppress_span(sink, code, file, first, 0, last, INT_MAX);
}

void diag_suppress_span(DiagSink *sink, const char *code, const char *file, int first_line,
                        int first_col, int last_line, int last_col)
{
    if (!code || !code[0])
        return;
    char canonical[16];
    copy_code(canonical, code);
    if (!sink->suppressed)
        sink->suppressed = lineranges_new();
    lineranges_add(sink->suppressed, canonical, file, place_of(first_line, first_col),
                   place_of(last_line, last_col));
    sink->sweep_due = 1;
}

/* Silences the pending warnings the rules added since the last sweep
 * cover: one pass, each warning asked of the rules in log time. Every
 * reader of the pending list or of the counts calls it first. */
static void sweep_pending(DiagSink *sink)
{
    if (!sink->sweep_due)
        return;
    sink->sweep_due = 0;
    for (size_t i = 0; i < sink->n_pending; i++) {
        Diag *diag = &sink->pending[i];
        if (diag->level == DIAG_WARNING && !diag->silenced &&
            is_suppressed(sink, diag->code, diag->pos)) {
            diag->silenced = 1;
            sink->warnings--;
        }
    }
}

const char *diag_pending_elsewhere(DiagSink *sink, const char *code, const char *file)
{
    sweep_pending(sink);
    for (size_t i = 0; i < sink->n_pending; i++) {
        const Diag *diag = &sink->pending[i];
        if (diag->level == DIAG_WARNING && !diag->silenced && strcmp(diag->code, code) == 0 &&
            diag->pos.file && (!file || strcmp(diag->pos.file, file) != 0))
            return diag->pos.file;
    }
    return NULL;
}

/* ---- recording ------------------------------------------------------- */

static char *format_message(const char *fmt, va_list ap) __attribute__((format(printf, 1, 0)));

/* Messages are translated here, once for every stage: fmt is the English
 * format a stage passed, i18n_tr() gives the format in the chosen language
 * (the same conversions in the same order; msgfmt -c checks that). */

static char *format_message(const char *fmt, va_list ap)
{
    Buf buf = {0}, safe = {0};
    diag_vformat(&buf, fmt, ap);
    diag_put_escaped(&safe, buf_str(&buf), buf.len);
    buf_free(&buf);
    if (!safe.data)
        return xstrdup("");
    return safe.data; /* the Buf's malloc'd data becomes ours */
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
    if (sink->max_errors > 0 && level != DIAG_NOTE) {
        /* past the cap a diagnostic counts but is not kept: a file of
         * 20,000 mistakes prints the first ones and one line more */
        FileCap *cap = diag_file_cap(sink, pos.file);
        int *kept = level == DIAG_ERROR ? &cap->kept_errors : &cap->kept_warnings;
        if (*kept >= sink->max_errors && !diag_cap_evict(sink, cap, level, pos)) {
            if (level == DIAG_ERROR) {
                cap->dropped_errors++;
                sink->errors++;
            } else {
                cap->dropped_warnings++;
                sink->warnings++;
            }
            if (diag_fold_wants(sink->fold, level, code, pos.file)) { /* its note counts it */
                char *alike = format_message(i18n_tr(fmt), ap);
                diag_fold_dropped(sink->fold, level, code, pos, alike);
                free(alike);
            }
            sink->note_target = DROPPED_TARGET;
            return;
        }
        if (*kept < sink->max_errors) /* else in an evicted one's place */
            (*kept)++;
    }
    char *message = format_message(i18n_tr(fmt), ap);
    if (level != DIAG_NOTE && diag_seen_before(&sink->seen, level, pos, code, message)) {
        free(message);
        if (sink->max_errors > 0) { /* it took no place under the cap */
            FileCap *cap = diag_file_cap(sink, pos.file);
            if (level == DIAG_ERROR)
                cap->kept_errors--;
            else
                cap->kept_warnings--;
        }
        sink->note_target = DROPPED_TARGET;
        return;
    }
    /* a repeat of a kept message takes no place under the cap: folded, it
     * prints as one message and a count, and 60 KH202 alike used up the
     * places of a different slip below them, hidden (s38review L3); one
     * that does not fold (its notes differ) is held at flush (cap_printed).
     * Up to FREE_REPEATS times the cap a file: past it, repeats take
     * places again, so that the cap still keeps the 700,000th mistake of
     * a file cheap (diag_would_keep) */
    if (sink->max_errors > 0 && level != DIAG_NOTE &&
        diag_fold_repeat(sink->fold, level, code, pos.file, message)) {
        FileCap *cap = diag_file_cap(sink, pos.file);
        if (cap->free_repeats / FREE_REPEATS < sink->max_errors) {
            cap->free_repeats++;
            (*(level == DIAG_ERROR ? &cap->kept_errors : &cap->kept_warnings))--;
        }
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
    diag->message = message;
    diag->order = sink->next_order++;
    sink->note_target = sink->n_pending;
    sink->n_pending++;
    if (sink->max_errors > 0 && level != DIAG_NOTE) {
        diag_fold_kept(&sink->fold, diag);
        diag_cap_kept(diag_file_cap(sink, pos.file), level, pos);
    }
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

void diag_vreport(DiagSink *sink, DiagLevel level, SrcPos pos, int span_chars, DiagId code,
                  const char *fmt, va_list ap)
{
    record(sink, level, pos, span_chars, code, fmt, ap);
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

int diag_note_on_line(DiagSink *sink, SrcPos at, const char *fmt, ...)
{
    for (size_t i = 0; at.file && i < sink->n_pending; i++) {
        Diag *diag = &sink->pending[i];
        if (diag->level == DIAG_NOTE || diag->silenced || diag->evicted ||
            diag->pos.line != at.line || !diag->pos.file || strcmp(diag->pos.file, at.file))
            continue;
        va_list ap;
        va_start(ap, fmt);
        diag->notes = xrealloc(diag->notes, (diag->n_notes + 1) * sizeof *diag->notes);
        diag->notes[diag->n_notes].pos = at;
        diag->notes[diag->n_notes].message = format_message(i18n_tr(fmt), ap);
        diag->n_notes++;
        va_end(ap);
        return 1;
    }
    return 0;
}

void diag_tag_last(DiagSink *sink, const char *tag)
{
    if (sink->note_target >= sink->n_pending) /* none, or not kept */
        return;
    Diag *diag = &sink->pending[sink->note_target];
    free(diag->tag);
    diag->tag = xmalloc(strlen(tag) + 1);
    memcpy(diag->tag, tag, strlen(tag) + 1);
}

int diag_withdraw_tagged(DiagSink *sink, const char *tag)
{
    int n = 0;
    sweep_pending(sink); /* a silenced one is off the counts already */
    for (size_t i = 0; i < sink->n_pending; i++) {
        Diag *diag = &sink->pending[i];
        if (!diag->tag || diag->silenced || strcmp(diag->tag, tag) != 0)
            continue;
        diag->silenced = 1; /* not printed, as a silenced one */
        sink->errors -= diag->level == DIAG_ERROR;
        sink->warnings -= diag->level == DIAG_WARNING;
        n++;
    }
    return n;
}

int diag_has_tagged(const DiagSink *sink, const char *tag)
{
    for (size_t i = 0; i < sink->n_pending; i++) {
        const Diag *diag = &sink->pending[i];
        if (diag->tag && !diag->silenced && strcmp(diag->tag, tag) == 0)
            return 1;
    }
    return 0;
}

/* The counts are asked of a const sink; the sweep only settles what the
 * rules already decided (the sink is always allocated writable). */
int diag_error_count(const DiagSink *sink)
{
    if (sink->werror)
        sweep_pending((DiagSink *)sink);
    return sink->errors + (sink->werror ? sink->warnings : 0);
}

int diag_warning_count(const DiagSink *sink)
{
    sweep_pending((DiagSink *)sink);
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
        /* memchr finds the breaks many bytes a step (a byte-at-a-time
         * loop was 45 million instructions over a 3.4 MB plan) */
        const char *text = source->text, *end = text + source->len, *p;
        size_t count = 1;
        for (p = text; p < end && (p = memchr(p, '\n', (size_t)(end - p))) != NULL; p++)
            count++;
        source->line_starts = xmalloc(count * sizeof *source->line_starts);
        source->line_starts[0] = 0;
        size_t n = 1;
        for (p = text; p < end && (p = memchr(p, '\n', (size_t)(end - p))) != NULL; p++)
            source->line_starts[n++] = (size_t)(p - text) + 1;
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
    } else if (codepoint < 0x20 || (codepoint >= 0x7F && codepoint < 0xA0) ||
               codepoint == 0x2028 || codepoint == 0x2029 || unispace_bidi_control(codepoint) ||
               unispace_hidden(codepoint)) { /* U+200B, a tag character: seen, not raw */
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
    if (!pos.file) {
        fputs("khgen: ", out);
    } else {
        fput_escaped(pos.file, out); /* a path can come from the plan */
        if (pos.line > 0)
            fprintf(out, ":%d:%d: ", pos.line, pos.col);
        else
            fputs(": ", out);
    }
    if (sink->color)
        fputs(SGR_RESET, out);
}

/* Long lines are cut to a window of SNIPPET_WIDTH characters that starts
 * SNIPPET_BEFORE characters before the caret, with "..." where text was
 * left out, so a minified or hostile one-line file prints a short snippet. */
enum { SNIPPET_WIDTH = 160, SNIPPET_BEFORE = 60 };

/* The byte offset in line (of source's line `line_no`) of the character
 * numbered col (1-based); a col past the end gives len, with *col_out
 * set to the character just after the last. Goes on from the memo of the
 * last lookup when it can, so walking one line's diagnostics in order of
 * column is linear in the line's length. */
static size_t column_offset(Source *source, int line_no, const char *line, size_t len,
                            size_t col, size_t *col_out)
{
    size_t at = 0, c = 1;
    if (source->memo_line == line_no && source->memo_col <= col && source->memo_col > 0) {
        at = source->memo_byte;
        c = source->memo_col;
    }
    while (c < col && at < len) {
        next_line_char(line, len, &at);
        c++;
    }
    /* an earlier column of the same line (a note at the first entry, between
     * errors further along) keeps the memo where it was: 10,000 duplicate
     * ids on one line, each with its note, walked the line from its start
     * each time, 28 s with --max-errors 0 (s39types) */
    if (source->memo_line != line_no || c >= source->memo_col) {
        source->memo_line = line_no;
        source->memo_col = c;
        source->memo_byte = at;
    }
    *col_out = c;
    return at;
}

/* Prints the source line of pos and the caret line below it, if the file
 * was registered and has that line. A column past the end of the line puts
 * the caret just after its last character. Only the window around the
 * caret is decoded (and the line up to it, once per line), so a long line
 * costs little however many diagnostics it has. */
static void print_snippet(const DiagSink *sink, SrcPos pos, int span_chars, int width)
{
    const char *line;
    size_t len;
    if (pos.line < 1 || !source_line(sink, pos.file, pos.line, &line, &len))
        return;
    Source *source = (Source *)find_source(sink, pos.file);
    FILE *out = sink->out;

    size_t want = pos.col > 0 ? (size_t)pos.col : 1;
    /* the window starts SNIPPET_BEFORE characters before the caret; find
     * it first (the memo then serves the next caret on this line) */
    size_t first = want > SNIPPET_BEFORE ? want - SNIPPET_BEFORE : 1;
    size_t reached;
    size_t at = column_offset(source, pos.line, line, len, first, &reached);
    if (reached < first) { /* the caret is past the end of a line shorter than that */
        first = reached > SNIPPET_BEFORE ? reached - SNIPPET_BEFORE : 1;
        at = column_offset(source, pos.line, line, len, first, &reached);
    }
    size_t col = first, col_at = at;
    while (col < want && col_at < len) {
        next_line_char(line, len, &col_at);
        col++;
    }
    /* characters from the caret on, counted up to one more than fit */
    size_t after = 0;
    for (size_t a = col_at; a < len && after <= SNIPPET_WIDTH; after++)
        next_line_char(line, len, &a);
    size_t n_chars = col - 1 + after; /* exact unless after > SNIPPET_WIDTH */
    size_t last;
    int more_after;
    if (n_chars <= SNIPPET_WIDTH) { /* a short line is shown whole */
        first = 1;
        at = 0;
        last = n_chars;
        more_after = 0;
    } else {
        last = first + SNIPPET_WIDTH - 1;
        more_after = after > SNIPPET_WIDTH || last < n_chars;
    }

    fprintf(out, " %*d | ", width, pos.line);
    if (first > 1)
        fputs("...", out);
    size_t caret_at = at;
    for (size_t c = first; c <= last && at < len; c++) {
        LineChar ch = next_line_char(line, len, &at);
        fwrite(ch.bytes, 1, (size_t)ch.n_bytes, out);
    }
    if (more_after)
        fputs("...", out);
    fputc('\n', out);

    fprintf(out, " %*s | ", width, "");
    if (first > 1)
        fputs("   ", out);
    at = caret_at;
    for (size_t c = first; c < col; c++) {
        LineChar ch = next_line_char(line, len, &at);
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

/* s as a JSON string: its quotes, '"' and '\\' escaped, a control
 * character as \u00XX (the sink escaped them already; a path need not). */
static void put_json_string(FILE *out, const char *s)
{
    fputc('"', out);
    for (const unsigned char *c = (const unsigned char *)(s ? s : ""); *c; c++) {
        if (*c == '"' || *c == '\\')
            fprintf(out, "\\%c", *c);
        else if (*c < 0x20 || *c == 0x7F)
            fprintf(out, "\\u%04x", *c);
        else
            fputc(*c, out);
    }
    fputc('"', out);
}

/* The fields of a location: "file" (null when none), "line", "column"
 * (0 when unknown). */
static void put_json_location(const DiagSink *sink, SrcPos pos)
{
    FILE *out = sink->out;
    fputs("\"file\": ", out);
    if (pos.file) {
        diag_put_json_path(out, pos.file); /* a path can come from the plan */
    } else {
        fputs("null", out);
    }
    fprintf(out, ", \"line\": %d, \"column\": %d", pos.line > 0 ? pos.line : 0,
            pos.line > 0 && pos.col > 0 ? pos.col : 0);
}

/* One diagnostic as one line of JSON (--diagnostics-format=json): file,
 * line, column, severity ("error", "warning": an error under -Werror),
 * code ("KH203"; "" for none), message (in the language of the text form),
 * and its notes, each with file, line, column and message. */
static void print_json(const DiagSink *sink, const Diag *diag)
{
    FILE *out = sink->out;
    fflush(out);
    json_writing = 1;
    fputc('{', out);
    put_json_location(sink, diag->pos);
    fprintf(out, ", \"severity\": \"%s\", \"code\": ", level_label(sink, diag->level));
    put_json_string(out, diag->code);
    fputs(", \"message\": ", out);
    put_json_string(out, diag->message);
    fputs(", \"notes\": [", out);
    for (size_t i = 0; i < diag->n_notes; i++) {
        fputs(i ? ", {" : "{", out);
        put_json_location(sink, diag->notes[i].pos);
        fputs(", \"message\": ", out);
        put_json_string(out, diag->notes[i].message);
        fputc('}', out);
    }
    fputs("]}\n", out);
    fflush(out);
    json_writing = 0;
}

static void print_diag(const DiagSink *sink, const Diag *diag)
{
    FILE *out = sink->out;
    if (sink->json) {
        print_json(sink, diag);
        return;
    }
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

/* What diag_flush prints goes to memory first and to the sink's stream a
 * chunk of about DIAG_CHUNK bytes at a time: stderr is unbuffered, so
 * every fputc of a caret line was a write(2) of its own (80,000
 * diagnostics with --max-errors 0: 5.3 million writes, 1.5 s or more of
 * system time). Nothing else writes between two chunks, so the order of
 * stdout and stderr is what it was. */
enum { DIAG_CHUNK = 64 * 1024 };

typedef struct Batch {
    FILE *real;         /* the sink's stream */
    FILE *mem;          /* NULL: printing straight to real */
    char *data;
    size_t size;
} Batch;

static void batch_open(DiagSink *sink, Batch *b)
{
    b->real = sink->out;
    b->data = NULL;
    b->size = 0;
    b->mem = open_memstream(&b->data, &b->size);
    if (b->mem)
        sink->out = b->mem; /* else unbatched, as before */
}

/* Writes what the batch holds to the sink's stream and gives it back. */
static void batch_close(DiagSink *sink, Batch *b)
{
    if (!b->mem)
        return;
    fclose(b->mem);
    json_writing = sink->json; /* JSON lines already (stderr_json.c) */
    if (b->size)
        fwrite(b->data, 1, b->size, b->real);
    fflush(b->real);
    json_writing = 0;
    free(b->data);
    b->mem = NULL;
    sink->out = b->real;
}

/* 1 if d, in another file than the plan begun (diag_plan_begin), was
 * printed the same for an earlier plan of the command; else 0, and d is
 * remembered when it is in another file. */
static int printed_before(DiagSink *sink, const Diag *d)
{
    return sink->plan && d->pos.file && strcmp(d->pos.file, sink->plan) != 0 &&
           d->level != DIAG_NOTE &&
           diag_seen_before(&sink->printed, d->level, d->pos, d->code, d->message);
}

/* The note that stands for the diagnostics of file not printed again for
 * the plan begun (printed_before). */
static void print_once_note(DiagSink *sink, const char *file)
{
    Buf line = {0};
    buf_printf(&line, _("%s, which this plan reads too, has the messages printed above for an "
                        "earlier plan of this command; they count for this plan as well"),
               file);
    Diag note = {.level = DIAG_NOTE, .pos = {sink->plan, 0, 0}, .message = line.data};
    print_diag(sink, &note);
    buf_free(&line);
}

/* Prints the pending diagnostics sorted by (file, line, col, report order),
 * each followed by its notes, then frees them. Counts are kept. */
void diag_flush(DiagSink *sink)
{
    sweep_pending(sink);
    if (sink->n_pending > 1)
        qsort(sink->pending, sink->n_pending, sizeof *sink->pending, diag_compare);
    if (sink->max_errors > 0) /* one mistake, one message; --max-errors 0 shows all */
        diag_fold_repeats(sink->pending, sink->n_pending, sink->fold);
    diag_cap_printed(sink);
    Batch batch;
    batch_open(sink, &batch);
    const char *once = NULL; /* the file whose repeats are not printed, sorted together */
    for (size_t i = 0; i < sink->n_pending; i++) {
        Diag *d = &sink->pending[i];
        if (once && (!d->pos.file || strcmp(d->pos.file, once) != 0)) {
            print_once_note(sink, once);
            once = NULL;
        }
        if (!d->silenced && !d->folded && !d->evicted) {
            if (!printed_before(sink, d))
                print_diag(sink, d);
            else if (!once)
                once = d->pos.file;
        }
        if (once && i + 1 == sink->n_pending)
            print_once_note(sink, once);
        free_diag(d);
        if (batch.mem && ftell(batch.mem) >= DIAG_CHUNK) {
            batch_close(sink, &batch);
            batch_open(sink, &batch);
        }
    }
    sink->n_pending = 0;
    sink->note_target = NO_TARGET;
    diag_fold_counts_free(sink->fold);
    sink->fold = NULL;
    for (size_t i = 0; i < sink->n_caps; i++) {
        FileCap *cap = &sink->caps[i];
        if (cap->dropped_errors == 0 && cap->dropped_warnings == 0)
            continue;
        /* like gcc's -fmax-errors: one last line says what was left out */
        Buf line = {0};
        diag_put_cap_line(sink, &line, cap);
        if (sink->json) {
            while (line.len && line.data[line.len - 1] == '\n')
                line.data[--line.len] = '\0';
            Diag last = {.level = DIAG_NOTE, .pos = {cap->file[0] ? cap->file : NULL, 0, 0},
                         .message = line.data};
            print_json(sink, &last);
            buf_free(&line);
            cap->dropped_errors = cap->dropped_warnings = 0;
            continue;
        }
        if (cap->file[0]) {
            fput_escaped(cap->file, sink->out);
            fputs(": ", sink->out);
        } else {
            fputs("khgen: ", sink->out);
        }
        fputs(buf_str(&line), sink->out);
        buf_free(&line);
        cap->dropped_errors = cap->dropped_warnings = 0;
    }
    batch_close(sink, &batch);
    fflush(sink->out);
}

/* Prints "N errors, M warnings generated." with singular forms for 1, and
 * only the non-zero parts; nothing when both are zero. In Vietnamese:
 * "Phát hiện N lỗi, M cảnh báo." */
void diag_summary(DiagSink *sink)
{
    int errors = diag_error_count(sink);
    int warnings = diag_warning_count(sink);
    if ((errors == 0 && warnings == 0) || sink->json) /* JSON: the objects only */
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
    size_t reached;
    s += column_offset((Source *)find_source(sink, pos.file), pos.line, s, len, (size_t)pos.col,
                       &reached);
    if (s >= end || *s == '{' || *s == '[')
        return 1;
    if ((size_t)(end - s) > 4 * SNIPPET_WIDTH) /* the underline never goes further */
        end = s + 4 * SNIPPET_WIDTH;
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

SrcPos diag_pos_of_words(const DiagSink *sink, SrcPos pos, const char *words, size_t n)
{
    const char *s;
    size_t len;
    if (!pos.file || pos.line < 1 || pos.col < 1 || !n ||
        !source_line(sink, pos.file, pos.line, &s, &len))
        return pos;
    size_t reached;
    size_t at = column_offset((Source *)find_source(sink, pos.file), pos.line, s, len,
                              (size_t)pos.col, &reached);
    for (size_t i = at; i + n <= len; i++)
        if (memcmp(s + i, words, n) == 0) {
            pos.col += (int)utf8_count(s + at, i - at);
            return pos;
        }
    return pos;
}
