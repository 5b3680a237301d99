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

/* `khgen convert FILE [-o OUT] [--force] [--from ENC]` (argv[1] is
 * "convert"); color: diagnostics in colour. Returns the exit status. */
int convert_command(int argc, char **argv, int color);

#endif
