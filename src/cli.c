/* cli.c - the pieces every command's argument parser shares: how a usage
 * error is printed (one form for build, check, import and convert, exit 2)
 * the rule that an option taking one value may be given once, and that
 * "--" ends the options. (A mistyped word's "did you mean" is suggest.c's.)
 */
#include "cli.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "i18n.h"
#include "diag.h"
#include "util.h"

int usage_error(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("khgen: ", stderr);
    term_vfprintf(stderr, _(fmt), ap); /* an argument can hold escapes and line breaks */
    va_end(ap);
    fputc('\n', stderr);
    fputs(_("Try 'khgen --help'."), stderr);
    fputs("\n", stderr);
    return CLI_EXIT_USAGE;
}

int option_once(unsigned *seen, unsigned bit)
{
    if (*seen & bit)
        return -1;
    *seen |= bit;
    return 0;
}

const char *cli_arg(const char *arg, int *operands)
{
    if (*operands)
        return "";
    if (strcmp(arg, "--") == 0) {
        *operands = 1;
        return NULL;
    }
    return arg;
}

