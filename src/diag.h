/* diag.h - the diagnostics sink.
 *
 * Every stage reports problems here instead of printing. A diagnostic has a
 * level, a source position, a stable code (KH001 ...) and a message; the sink
 * keeps them, and diag_flush() prints them sorted by file, line and column,
 * compiler style:
 *
 *   plans/x.yaml:12:7: error[KH203]: unknown unit 'vpdp2' (did you mean 'vpdp'?)
 *      12 |     lead: vpdp2
 *         |           ^~~~~
 *
 * followed by "N errors, M warnings generated." (diag_summary). Warnings can be
 * silenced by code for a whole run or for a line range (a node's span), and
 * turned into errors (-Werror). Every code is registered in codes.c with an
 * explanation that `khgen explain CODE` prints.
 */
#ifndef KHGEN_DIAG_H
#define KHGEN_DIAG_H

#include <stdarg.h>
#include <stdio.h>
#include <stddef.h>

/* A position in a source file. line and col are 1-based; col counts
 * characters (code points), not bytes. file is borrowed (must outlive use).
 * line == 0 means "no position" (e.g. a whole-file problem). */
typedef struct SrcPos {
    const char *file;
    int line;
    int col;
} SrcPos;

typedef enum { DIAG_ERROR, DIAG_WARNING, DIAG_NOTE } DiagLevel;

/* The diagnostic codes, one enum constant per entry of codes.def: KH001,
 * KH002, ... A code that codes.def does not list is not a DiagId, so a
 * report with it does not compile. DIAG_NO_CODE is for the rare diagnostic
 * that has none (a note standing alone). */
typedef enum DiagId {
#define KH(code, level, summary, explanation, example) code,
#include "codes.def"
#undef KH
    DIAG_CODE_COUNT,
    DIAG_NO_CODE = -1
} DiagId;

typedef struct DiagSink DiagSink;

/* What the line of the diagnostics past --max-errors tells to do: only
 * check and build take --max-errors (CAP_HINT_OPTION, set by
 * diag_set_max_errors); diff and new, whose plans check reads, name
 * `khgen check --max-errors 0` (CAP_HINT_CHECK); the other commands say
 * only what was left out (CAP_HINT_NONE, diag_new's). */
typedef enum CapHint { CAP_HINT_NONE, CAP_HINT_CHECK, CAP_HINT_OPTION } CapHint;

/* Creates a sink that prints to out (usually stderr). Caller owns it;
 * diag_free() releases it. */
DiagSink *diag_new(FILE *out);
/* diag_new, for a command that reads plans but takes no --max-errors
 * (diff, new): its line past the cap names `khgen check --max-errors 0`. */
DiagSink *diag_new_for_plans(FILE *out);
void diag_free(DiagSink *sink);

/* Registers the text of a source file so caret lines can be printed.
 * The sink copies nothing: text must outlive the sink's last flush. */
void diag_add_source(DiagSink *sink, const char *file, const char *text, size_t len);

/* Forgets every registered source (their texts and names are borrowed):
 * call it before freeing the memory they live in, after diag_flush().
 * Diagnostics reported later print without a source line. */
void diag_forget_sources(DiagSink *sink);

/* Forgets the diagnostics kept so far for dropping a repeat: call it
 * before each plan of a command, so that a plan is judged alone. A
 * shared registry's mistake, met by a second plan of `khgen build p1 p2`,
 * was dropped as a repeat and not counted, so p2 was built with it
 * (s18attack F2); it is now reported, and counted, for each plan. */
void diag_forget_repeats(DiagSink *sink);

/* Begins the diagnostics of plan (a path, borrowed until the next call or
 * the sink's end), after diag_forget_repeats: a diagnostic in another file
 * than plan (a shared registry, a catalog) that an earlier plan of the
 * command printed the same is counted for plan (s18attack F2) but not
 * printed again: one note naming plan and that file stands for them at the
 * flush (a registry's warning printed once per plan that includes it,
 * s49it F3). */
void diag_plan_begin(DiagSink *sink, const char *plan);

/* Withdraws every pending diagnostic located in file (and every note
 * pointing into it), taking them off the counts, and forgets file's
 * registered text, so nothing of that file is ever printed: for a file a
 * plan named that turns out not to be a plan file (readpolicy.c). */
void diag_withdraw_file(DiagSink *sink, const char *file);

/* Forgets file's registered text only: its diagnostics print without a
 * source line (a file in UTF-16, whose lines read as nothing in UTF-8). */
void diag_forget_source(DiagSink *sink, const char *file);

/* The length in characters of the YAML value written at pos in a
 * registered source: a plain scalar up to a space, comma, '#' or closing
 * bracket; a quoted one with its quotes. 1 (a lone caret) for a mapping or
 * a list, or when the source or position is unknown. For underlining. */
int diag_token_chars(const DiagSink *sink, SrcPos pos);

/* The position of the first n bytes of words written on pos's line from
 * pos on, in a registered source; pos itself when they are not there (a
 * value over several lines, an escape): for a diagnostic about words
 * inside a value whose node is gone (a table cell's date, KH317). */
SrcPos diag_pos_of_words(const DiagSink *sink, SrcPos pos, const char *words, size_t n);

/* Options. werror: warnings count and print as errors.
 * color: never used in files; off by default. */
void diag_set_werror(DiagSink *sink, int werror);
/* At most max_errors errors and as many warnings are kept per file (0: no
 * cap; default DIAG_DEFAULT_MAX_ERRORS); the rest still count (status,
 * summary) and diag_flush() ends with one line saying how many were not
 * shown, as gcc's -fmax-errors does. Under a cap, a message met three
 * times or more in a file prints once with a count (diag_fold.c); with
 * none (0), every one prints. */
#define DIAG_DEFAULT_MAX_ERRORS 50
void diag_set_max_errors(DiagSink *sink, int max_errors);
/* 1 if a diagnostic of level at pos would be kept if reported now (under
 * the cap of its file, or before the latest kept one there), 0 if it would
 * only be counted (past the cap): a caller skips the costly parts of a
 * message nobody will see (a "did you mean" search per unknown key). */
int diag_would_keep(DiagSink *sink, DiagLevel level, SrcPos pos);
/* Attaches a note to the first error or warning kept at at's file and
 * line (an entry's own error, told before what its uses showed); returns
 * 1, or 0 when none is kept there (then nothing is said). */
int diag_note_on_line(DiagSink *sink, SrcPos at, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* SGR colours on the printed diagnostics (gcc's: location bold, error red,
 * warning magenta, note cyan, caret green); the driver turns it on for a
 * terminal (--color=auto|always|never, NO_COLOR). Off by default. */
void diag_set_color(DiagSink *sink, int color);
/* Every sink made after diag_use_json(1) prints each diagnostic as one
 * line of JSON (--diagnostics-format=json, for CI): file, line, column,
 * severity, code and message as the text form has them, and its notes;
 * no source line, no caret, no summary line. Process-wide, as the
 * language of the messages; off by default. */
void diag_use_json(int on);
/* Whether diag_use_json(1) was called: a command's own line about its
 * diagnostics ("'x.yaml' has errors ...") is then left out, as the
 * summary line is, so that standard error is JSON lines only. */
int diag_json_on(void);
/* 1 while a sink writes a diagnostic's JSON (stderr_json.c passes it as
 * it is), else 0. */
int diag_json_writing(void);
/* Writes text, what a sink of this process printed to a stream of its own
 * (diff's sides), to out as it is: in JSON mode its lines are JSON already. */
void diag_pass_text(FILE *out, const char *text);
/* The code that silences every warning (diag_suppress): a `suppress:`
 * entry the reader refused (KH111, an empty or unknown code) silences the
 * warnings of its scope, since the one it meant cannot be told and its
 * error is the slip's one message (s43msg: KH111 and the KH253 it was
 * written for). */
#define DIAG_SUPPRESS_ALL "*"
/* Silences warning `code` everywhere (file == NULL) or in one file between
 * lines first..last inclusive. Errors cannot be silenced. */
void diag_suppress(DiagSink *sink, const char *code, const char *file, int first, int last);
/* diag_suppress from line first_line, column first_col to line last_line,
 * column last_col inclusive: a node written in flow, `{...}` or `[...]`,
 * shares its lines with its siblings, and silences only itself. */
void diag_suppress_span(DiagSink *sink, const char *code, const char *file, int first_line,
                        int first_col, int last_line, int last_col);

/* The file of a pending, unsilenced warning of code (canonical, "KH263")
 * reported outside file (anywhere when file is NULL), NULL if none: a
 * plan's `suppress:` that a warning of a file it includes escaped. */
const char *diag_pending_elsewhere(DiagSink *sink, const char *code, const char *file);

/* Records a diagnostic. span_chars is the length of the underlined token in
 * characters (0 or 1 gives a lone caret). The message is formatted now,
 * from fmt translated into the chosen language (i18n.h): pass the English
 * format as a literal so `make po` finds it. */
void diag_report(DiagSink *sink, DiagLevel level, SrcPos pos, int span_chars,
                 DiagId code, const char *fmt, ...)
    __attribute__((format(printf, 6, 7)));
/* diag_report with its arguments in ap: for a stage's own report helper
 * (check_error, load_error, ...), which passes on the English format it
 * was given, translated and formatted here once, as diag_report does. */
void diag_vreport(DiagSink *sink, DiagLevel level, SrcPos pos, int span_chars, DiagId code,
                  const char *fmt, va_list ap)
    __attribute__((format(printf, 6, 0)));
/* Tags the diagnostic reported last, if it was kept, with tag (copied): a
 * consequence of a mistake whose root cause a later stage may report
 * (a figure over `data.dan_so` that finds it nowhere, when the localities
 * wrote `dan_s0`: KH260). diag_withdraw_tagged(sink, tag) then withdraws
 * every pending diagnostic so tagged, taking it off the counts, and
 * returns how many: one mistake, one message. */
void diag_tag_last(DiagSink *sink, const char *tag);
int diag_withdraw_tagged(DiagSink *sink, const char *tag);
/* 1 if a pending diagnostic, not silenced, carries tag: a later report
 * of the same mistake in other words is left out (one mistake, one
 * message), the sink unchanged. */
int diag_has_tagged(const DiagSink *sink, const char *tag);
/* Attaches a note ("note: first defined here") to the last diagnostic
 * reported; it prints right after it and is dropped with it if silenced. */
void diag_note(DiagSink *sink, SrcPos pos, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Convenience forms of diag_report. */
void diag_error(DiagSink *sink, SrcPos pos, int span_chars, DiagId code, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
void diag_warning(DiagSink *sink, SrcPos pos, int span_chars, DiagId code, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));

/* Formats fmt (a format already translated) with its arguments into out
 * as every message is formatted: a value quoted in it ('%s') over 80
 * characters is cut to its two ends around "..." (a pasted paragraph, a
 * 400-character id). For a helper that composes a message before
 * reporting it as "%s" (plan_unknown_id_message, the stages' report
 * helpers); the sink escapes control characters when it is reported. */
struct Buf;
void diag_vformat(struct Buf *out, const char *fmt, va_list ap)
    __attribute__((format(printf, 2, 0)));
void diag_format(struct Buf *out, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* diag_vformat for term_vfprintf: each string argument (%s, %.*s), as
 * printf formats it, goes through put_string (the escape of controls and
 * line breaks) and is not trimmed; the format's own text is copied. ap is
 * not consumed. Returns 0, or -1 writing nothing for a format beyond the
 * reader (the caller formats it otherwise). */
typedef void (*DiagPutArg)(struct Buf *out, const char *s, size_t len);
int diag_vformat_escaped(struct Buf *out, const char *fmt, va_list ap, DiagPutArg put_string)
    __attribute__((format(printf, 2, 0)));

/* s, or its two ends around "..." when it is over 80 characters (the
 * trimmed form written into *scratch, which the caller owns and frees):
 * the rule diag_format applies to a quoted '%s', for a helper that puts
 * plan values into a composed part of a message (a chain of ids). */
const char *diag_trim_value(const char *s, struct Buf *scratch);

/* Appends the loop ids[0] -> ids[1] -> ... -> ids[n-1] -> ids[0] (n >= 1)
 * to chain, as every loop is printed in a message (a locality's parents,
 * figures over table rows): each id trimmed as diag_trim_value does, and
 * a loop of more than five as its first three links, "... (N more) ...",
 * then the id that closes it and ids[0] again (20,000 localities in one
 * loop printed a 189 KB line). */
void diag_put_loop(struct Buf *chain, const char *const *ids, size_t n);

/* Counts of what was recorded and not silenced (warnings counted as errors
 * under -Werror). */
int diag_error_count(const DiagSink *sink);
int diag_warning_count(const DiagSink *sink);

/* Prints every pending diagnostic, sorted by (file, line, col, order of
 * report), with source line and caret, then forgets them (counts stay). */
void diag_flush(DiagSink *sink);
/* Prints "N errors, M warnings generated." (nothing if both are zero). */
void diag_summary(DiagSink *sink);

/* The registry of codes (codes.c). */
typedef struct DiagCode {
    const char *code;        /* "KH203" */
    DiagLevel level;         /* default level */
    const char *summary;     /* one line */
    const char *explanation; /* what it means and how to fix it */
    const char *example;     /* a YAML fragment that triggers it */
} DiagCode;

/* Returns the registered code or NULL. Letters are compared ignoring
 * case, as everywhere a code is written (`khgen explain kh203`,
 * `suppress: [kh250]`): the entry's code is the canonical "KH203". */
const DiagCode *diag_code_find(const char *code);
/* diag_code_find, or the code of text as a diagnostic prints it
 * ("error[KH809]", "warning[KH250]:", in any language): `khgen explain`
 * of a diagnostic's word copied whole said "unknown diagnostic code"
 * (s30attack). Not for a plan's `suppress:`, which names codes. */
const DiagCode *diag_code_find_printed(const char *text);
/* 1 if text is two codes or more written as one ("KH315 KH316", "KH315;
 * KH316": a `suppress:` item that meant a list), each appended to list as
 * khgen writes it, joined by ", "; 0 otherwise (list may hold a part). */
int diag_code_list_in_one(const char *text, struct Buf *list);
/* The entry of a DiagId (NULL for DIAG_NO_CODE). */
const DiagCode *diag_code_of(DiagId id);
/* All codes, sorted by code; *count receives the number. */
const DiagCode *diag_code_all(size_t *count);

/* fprintf for the messages printed outside the sink (usage errors, the
 * commands' own lines): every character that could act on a terminal is
 * written as an escape, as in diagnostics, since a file name or an
 * argument can carry them; the format's own line breaks are kept, an
 * argument's are escaped too (\x0A: `khgen explain $'KH202\nfake.yaml:1:1:
 * error...'` printed a second line that read as a diagnostic, attack L1).
 * The conversions of printf (%s, %.*s, %d, %ld, %zu, %c, %u, %x, %f, %p). */
/* (diag_escape.c) Appends s[0..len) to buf with every character that could
 * act on a terminal, or fake a line of output, written as an escape: C0
 * controls (tab and line breaks included) and DEL as \xNN, C1 controls,
 * line and paragraph separators, bidirectional controls, the invisible
 * characters and the blanks that are not the space as \uNNNN, bytes that
 * are not UTF-8 as \xNN. */
void diag_put_escaped(struct Buf *buf, const char *s, size_t len);
/* (diag_escape.c) Writes the file name s to out as a JSON string that reads
 * back as its bytes: JSON's \n, \t, \r, \b, \f, \" and \\, another control
 * character and what diag_put_escaped writes \uNNNN as \uNNNN, a byte that
 * is not UTF-8 as \uDCNN (Python's "surrogateescape"). */
void diag_put_json_path(FILE *out, const char *s);
void term_fprintf(FILE *out, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* term_fprintf with a va_list (ap is not consumed: it is copied). */
void term_vfprintf(FILE *out, const char *fmt, va_list ap) __attribute__((format(printf, 2, 0)));
/* Writes text, lines a command composed itself (new's notes: a file name,
 * a plan's words), to out with each line's characters escaped as
 * diag_put_escaped does and its line breaks kept: `khgen new -o` of a
 * name holding an ESC printed it raw in each note (s38attack H1). The
 * caller keeps text. */
void term_fputs_lines(FILE *out, const char *text);

#endif
