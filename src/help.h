/* help.h - the help texts of khgen and its commands (help.c). */
#ifndef KHGEN_HELP_H
#define KHGEN_HELP_H

#include <stdio.h>

/* 1 if command has a help text of its own (`khgen COMMAND --help`). */
int help_has(const char *command);

/* Prints the help of command (NULL, or one without its own: the general
 * help) to standard output, translated; returns 0, the exit status. */
int help_print(const char *command);

/* Writes command's usage lines (its help up to the first blank line),
 * translated, to out: what a usage error of new, diff and init prints
 * (they had texts of their own that said otherwise). Nothing for a
 * command without a help. */
void help_put_usage(FILE *out, const char *command);

/* The option of command's help nearest to arg, an unknown option
 * ("--format" of build: "--formats"; "--format=md" is asked by its
 * name), or NULL. Borrowed, valid until the next call. */
const char *help_nearest_option(const char *command, const char *arg);

#endif
