/* cli.c - the pieces every command's argument parser shares: how a usage
 * error is printed (one form for build, check, import and convert, exit 2)
 * the rule that an option taking one value may be given once, that
 * "--" ends the options, and the table of each command's options that
 * take the next argument, told when written "--year=2025"
 * (cli_equals_form, moved from main.c). (A mistyped word's "did you mean" is suggest.c's.)
 */
#include "cli.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "help.h"
#include "i18n.h"
#include "outputs.h"
#include "plan.h"
#include "diag.h"
#include "readpolicy.h"
#include "shquote.h"
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

int cli_unknown_option(const char *command, const char *arg)
{
    struct stat st; /* a plan named "-draft.yaml": say how to name it */
    const char *near;
    if (stat(arg, &st) == 0 && S_ISREG(st.st_mode))
        term_fprintf(stderr, _("khgen: %s: unknown option '%s'; a file whose name begins with "
                               "'-' is written with its directory: ./%s\n"),
                     command, arg, arg);
    else if ((near = help_nearest_option(command, arg)) != NULL) /* "--format": --formats */
        term_fprintf(stderr, _("khgen: %s: unknown option '%s' (did you mean '%s'?)\n"), command,
                     arg, near);
    else
        term_fprintf(stderr, _("khgen: %s: unknown option '%s'\n"), command, arg);
    term_fprintf(stderr, _("Try 'khgen %s --help'.\n"), command);
    return CLI_EXIT_USAGE;
}

int cli_stdout_writable(const char *command)
{
    int flags = fcntl(STDOUT_FILENO, F_GETFL);
    if (flags != -1 && (flags & O_ACCMODE) != O_RDONLY)
        return 0;
    term_fprintf(stderr, _("khgen: %s: standard output is closed (or open for reading only), and "
                           "%s prints there what it did: nothing was written; to discard what it "
                           "prints, send it to /dev/null (>/dev/null)\n"),
                 command, command);
    return 3; /* EXIT_IO, as a standard output that cannot be written */
}

int cli_allow_read(const char *dir)
{
    if (readpolicy_allow_dir(dir) == 0)
        return 0;
    return usage_error("cannot use '%s' for --allow-read: %s", dir, i18n_strerror(errno));
}

int cli_templates(const char *dir)
{
    struct stat st;
    if (stat(dir, &st) != 0)
        return usage_error("cannot use '%s' for --templates: %s", dir, i18n_strerror(errno));
    if (!S_ISDIR(st.st_mode))
        return usage_error("cannot use '%s' for --templates: %s", dir, i18n_strerror(ENOTDIR));
    return 0;
}

void cli_write_failed(const char *path, int err)
{
    DiagSink *diags = diag_new(stderr);
    SrcPos at = {path, 0, 0};
    outputs_report_write_file(diags, at, path, err); /* KH901: -o names the file */
    diag_flush(diags);
    diag_free(diags);
}

int cli_year(const char *command, const char *value, long *year)
{
    if (!value)
        return -1;
    if (parse_option_number(value, PLAN_YEAR_MIN, PLAN_YEAR_MAX, year) == 0)
        return 0;
    term_fprintf(stderr, _("khgen: %s: --year '%s' is not a year 1900-2999 written in digits: "
                           "give one as --year 2025\n"),
                 command, value);
    return -1;
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

/* Each command's options that take their value as the next argument
 * (its help's "--year N"), "" ending a command's list. */
static const char *const valued[][9] = {
    {"build", "-o", "--output", "-f", "--formats", "--templates", "--allow-read", "--max-errors", ""},
    {"check", "--templates", "--allow-read", "--max-errors", ""},
    {"new", "--from", "--year", "-o", "--output", "--allow-read", "--templates", ""},
    {"init", "--level", "--year", "--include", "-o", "--output", ""},
    {"diff", "-f", "--format", "-o", "--output", "--allow-read", "--templates", ""},
    {"import", "-o", "--output", "--templates", ""},
    {"convert", "-o", "--output", "--from", ""},
};

/* usage_error for option o written with its value v in the other form
 * (after_eq: "--diagnostics-format=json"): v as one shell word (sh_quote),
 * so that the form printed runs as printed ("--output my dir" was two
 * arguments, s42review). Returns 2. */
static int other_form(int after_eq, const char *o, const char *v)
{
    Buf q = {0};
    sh_quote(&q, v);
    if (after_eq)
        usage_error("option '%s' takes its value after '=': %s=%s", o, o, buf_str(&q));
    else
        usage_error("option '%s' takes its value as the next argument, not after '=': %s %s", o,
                    o, buf_str(&q));
    buf_free(&q);
    return 2;
}

int cli_equals_form(const char *command, int argc, char **argv)
{
    for (int i = 2; i < argc && strcmp(argv[i], "--") != 0; i++) {
        const char *arg = argv[i], *eq = strchr(arg, '=');
        if (strcmp(arg, "--diagnostics-format") == 0)
            return other_form(1, arg, i + 1 < argc ? argv[i + 1] : "json");
        if (arg[0] != '-' || !eq)
            continue;
        for (size_t c = 0; c < sizeof valued / sizeof valued[0]; c++) {
            if (strcmp(valued[c][0], command) != 0)
                continue;
            for (const char *const *o = valued[c] + 1; **o; o++)
                if (strlen(*o) == (size_t)(eq - arg) && strncmp(arg, *o, (size_t)(eq - arg)) == 0)
                    return other_form(0, *o, eq + 1);
        }
    }
    return 0;
}

/* The options whose value names a file or a directory, as `valued` lists
 * each command's, and the commands whose operands are files. */
static int path_option(const char *command, const char *o)
{
    return strcmp(o, "-o") == 0 || strcmp(o, "--output") == 0 || strcmp(o, "--include") == 0 ||
           strcmp(o, "--templates") == 0 || strcmp(o, "--allow-read") == 0 ||
           (strcmp(o, "--from") == 0 && strcmp(command, "new") == 0);
}

static int takes_value(const char *command, const char *o)
{
    for (size_t c = 0; c < sizeof valued / sizeof valued[0]; c++)
        if (strcmp(valued[c][0], command) == 0)
            for (const char *const *v = valued[c] + 1; **v; v++)
                if (strcmp(*v, o) == 0)
                    return 1;
    return 0;
}

int cli_empty_path(const char *command, int argc, char **argv)
{
    int files = strcmp(command, "build") == 0 || strcmp(command, "check") == 0 ||
                strcmp(command, "import") == 0 || strcmp(command, "diff") == 0 ||
                strcmp(command, "convert") == 0;
    int operands = 0;
    for (int i = 2; i < argc; i++) {
        if (!operands && strcmp(argv[i], "--") == 0) {
            operands = 1;
        } else if (!operands && takes_value(command, argv[i])) {
            if (i + 1 < argc && !argv[i + 1][0] && path_option(command, argv[i]))
                return usage_error("%s: option '%s' is given an empty name (''): name a file or "
                                   "a directory (a shell variable that is not set?)",
                                   command, argv[i]);
            i++;
        } else if (!argv[i][0] && files) {
            return usage_error("%s: an empty file name (''): name a file (a shell variable that "
                               "is not set?)",
                               command);
        }
    }
    return 0;
}
