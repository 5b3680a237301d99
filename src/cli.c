/* cli.c - the pieces every command's argument parser shares: how a usage
 * error is printed (one form for build, check, import and convert, exit 2)
 * and the rule that an option taking one value may be given once.
 */
#include "cli.h"

#include <stdarg.h>
#include <stdio.h>

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
