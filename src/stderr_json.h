/* stderr_json.h - standard error as JSON lines (--diagnostics-format=json);
 * see stderr_json.c. */
#ifndef KHGEN_STDERR_JSON_H
#define KHGEN_STDERR_JSON_H

/* Replaces stderr by a stream whose every line reaches file descriptor 2
 * as one JSON object, the form of a diagnostic without a code (file null,
 * line and column 0, code ""): a command's own messages ("khgen: cannot
 * read 'x': ..."), usage errors and their hints, `import --stats`. The
 * text is the message, without its "khgen: "; the severity "warning" for
 * a line "khgen: warning: ...", "note" for one "khgen: CMD: note: ...", a
 * line that is not a message's first ("Try 'khgen --help'.", a usage
 * text's lines) or one stderr_json_note() announced, else "error". What
 * diag.c writes as JSON (diag_json_writing) passes as it is. Idempotent; 0, or -1 when the stream cannot be made (then
 * stderr stays as it was). */
int stderr_json_install(void);

/* Whether stderr_json_install() replaced stderr. */
int stderr_json_active(void);

/* The next line written to stderr reports what was done, not a failure:
 * its severity is "note" ("'x' is already UTF-8 in NFC; copied as it is",
 * "converted 'x' from TCVN3 to UTF-8: y"). No effect in text mode. */
void stderr_json_note(void);

#endif
