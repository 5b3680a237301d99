/* cycle.h - the commands of the yearly cycle and the git workflow:
 * `khgen new --from` (cmd_new.c), `khgen diff` (diff_cmd.c, diff.c) and `khgen init`
 * (init.c).
 *
 * Each command takes its own arguments (argv[0] is the command name) and
 * returns the exit status the README gives: 0 success (for diff: the
 * documents are the same), 1 errors in a plan (for diff: they differ),
 * 2 usage error, 3 input or output failure.
 */
#ifndef KHGEN_CYCLE_H
#define KHGEN_CYCLE_H

#include "diag.h"
#include "plan.h"
#include "template.h"
#include "util.h"

int cmd_new(int argc, char **argv);
/* color: 1 always, 0 never, -1 on a terminal unless NO_COLOR is set (the
 * --color choice, which main takes out of argv for every command). */
int cmd_diff(int argc, char **argv, int color);
int cmd_init(int argc, char **argv);

/* The document diff of two compiled plans (either may be NULL: an empty
 * document), appended to out in a format (the HTML one a whole page):
 * header lines and one hunk per change; nothing for the term and md
 * formats when there is no change. Each side's texts are made in its own
 * arena. color: ANSI colours (term only). all: list each part only the
 * year changed in (--all), not one hunk counting them (diff_year.c).
 * Returns the number of changes. */
enum { DIFF_TERM, DIFF_MD, DIFF_HTML };
int cycle_diff(Plan *old_plan, Arena *old_arena, Plan *new_plan, Arena *new_arena,
               TemplateSet *templates, const char *old_name, const char *new_name, int format,
               int color, int all, Buf *out);

/* Loads (with include:), parses and checks the plan at path, as `khgen
 * check` does. Returns the Plan (owned by arena) or NULL when the file
 * could not be read; *errors receives the number of errors reported. The
 * diagnostics stay in diags for the caller to flush. */
Plan *cycle_compile(Arena *arena, DiagSink *diags, TemplateSet *templates, const char *path,
                    struct YNode **root_out, int *errors);

/* 0 if path is a regular file; otherwise prints "khgen: COMMAND: ..." (it
 * does not exist, or is a directory, a FIFO that would block, a device)
 * and returns -1. */
int cycle_check_regular(const char *command, const char *path);

#endif
