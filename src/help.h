/* help.h - the help texts of khgen and its commands (help.c). */
#ifndef KHGEN_HELP_H
#define KHGEN_HELP_H

/* 1 if command has a help text of its own (`khgen COMMAND --help`). */
int help_has(const char *command);

/* Prints the help of command (NULL, or one without its own: the general
 * help) to standard output, translated; returns 0, the exit status. */
int help_print(const char *command);

#endif
