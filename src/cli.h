/* cli.h - what the commands' argument parsers share: the usage error's
 * form ("khgen: MESSAGE" and a hint, exit 2) and the rule that an option
 * taking one value is given once, that "--" ends the options, the "did
 * you mean" of a mistyped command or format, and `khgen convert`
 * (cmd_convert.c).
 */
#ifndef KHGEN_CLI_H
#define KHGEN_CLI_H

#include <stddef.h>

enum { CLI_EXIT_USAGE = 2 };

/* Prints "khgen: MESSAGE" (fmt translated, then formatted; arguments made
 * safe for a terminal) and "Try 'khgen --help'." to stderr; returns 2. */
int usage_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* The one wording of an option a command does not take, for every
 * command (build, check, diff, new, init, import, convert, explain had five:
 * s41user): "khgen: COMMAND: unknown option 'ARG'" and "Try 'khgen COMMAND
 * --help'." to stderr, or, when ARG is a regular file (a plan named
 * "-draft.yaml"), how to name it: "./-draft.yaml". Returns 2. */
int cli_unknown_option(const char *command, const char *arg);

/* The one rule for repeated options: an option that takes one value (-o,
 * -f, --max-errors, --from, ...) is given once, since two values disagree
 * and taking the last silently lost the first (a script's `-o A ... -o B`
 * wrote into B). bit names the option in the parser's *seen; returns 0 the
 * first time (and notes it), -1 the second: the caller's usage error. */
int option_once(unsigned *seen, unsigned bit);

/* The rule for "--": after it every argument is a file name. Returns arg
 * itself to match against option names, "" (which no option matches) once
 * *operands is set, or NULL for the "--" that sets it (the caller skips
 * it). *operands starts at 0 and is the parser's; arg is not copied. */
const char *cli_arg(const char *arg, int *operands);

/* The rule for a command that writes a file to a path and then prints on
 * standard output what it did (new: what changed and the notes for the
 * drafter; init: what to fill in): a standard output closed or open for
 * reading only (`>&-`, `1<FILE`), where nothing it prints could go, is
 * found before anything is written, and the command refuses, saying so
 * on stderr ("khgen: COMMAND: standard output is closed ... nothing was
 * written"): its file written and its report lost ended 3 with "cannot
 * write to standard output", which reads as the file not written
 * (s15attack). Returns 0 when standard output can be written to, else 3
 * (the exit status, said). A write that fails later (a full disk) is the
 * command's to say, naming the file it wrote. */
int cli_stdout_writable(const char *command);
/* The one reading of `--allow-read DIR`, for every command that compiles
 * plans (build, check, new, diff): DIR is allowed to every plan of the run
 * (readpolicy_allow_dir). A plan kept one directory per commune that
 * includes the district's ../chung/registry.yaml is refused (KH030, which
 * says to run with --allow-read) unless the command takes it; `new` and
 * `diff` did not (s18user). Returns 0, or the usage error's status (2)
 * after saying that dir is missing or no directory. */
int cli_allow_read(const char *dir);

/* The one reading of `--templates DIR`, for every command that compiles
 * plans or reads a document's wording (build, check, new, diff, import):
 * 0 when DIR is an existing directory, else the usage error's status (2)
 * after saying why. A province that replaces a shipped catalog or the
 * wording there builds with it; `new` and `diff`, which did not take it,
 * refused that province's correct plans (KH402 at a criterion only its
 * catalog has: s49it F7). */
int cli_templates(const char *dir);

/* The one message of a one-file writer (`-o FILE` of init, new, diff,
 * convert) whose FILE could not be written, err the errno of the failure:
 * KH901 at FILE, worded as a build's output (outputs_report_write: the
 * file, the reason and what to do; where FILE's directory does not exist,
 * `khgen init ... -o xa/tan-phu/xa-tan-phu-2026.yaml` for a new commune,
 * that directory named with the command that makes it, s29user). Printed
 * to stderr at once (its own sink); nothing is kept. It printed no code
 * and no advice but for a missing directory before (s31attack). */
void cli_write_failed(const char *path, int err);

/* The year of --year (init, new): 0 with *year set, or -1 after the one
 * message for a value that is not a year 1900-2999 in digits, naming the
 * value ("2.025e3", "0x7E9", "+2025" said only "needs --year N":
 * s38attack). A missing value (NULL) is -1 with no message: the caller's
 * usage says what is needed. */
int cli_year(const char *command, const char *value, long *year);

/* An option of command written "--year=2025" (before "--"), which its
 * parser took for an unknown option or an argument: a usage error naming
 * the form to type, "--year 2025" (s41user M2); `--diagnostics-format
 * json` the reverse. Returns 0, or 2 after saying so. (cli.c, moved
 * from main.c whole) */
int cli_equals_form(const char *command, int argc, char **argv);

/* An empty argument where command takes a file's or a directory's name:
 * an operand of build, check, import, diff or convert, or the value of
 * -o, --include, --templates, --allow-read or new's --from (`import ""`,
 * `-o ""`: "cannot read ''" with an empty file before its colon,
 * s47attack). Returns 0, or 2 after a usage error saying so. */
int cli_empty_path(const char *command, int argc, char **argv);

/* `khgen convert FILE [-o OUT] [--force] [--from ENC]` (argv[1] is
 * "convert"); color: diagnostics in colour. Returns the exit status. */
int convert_command(int argc, char **argv, int color);

#endif
