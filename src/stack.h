/* stack.h - the stack khgen's deepest path needs, made sure of at start.
 */
#ifndef KHGEN_STACK_H
#define KHGEN_STACK_H

/* The least stack, in bytes, khgen runs in: the deepest path measured
 * (stack.c) with a wide margin. */
#define STACK_NEED (1024L * 1024)

/* Makes sure the main thread's stack may grow to 8 MB (the usual default),
 * or at least to STACK_NEED: a soft limit under 8 MB (`ulimit -S -s 64`)
 * is raised, up to the hard limit (the stack grows to the soft limit of the
 * moment, so raising it at start is enough). 0 when the stack is enough;
 * -1 after saying on stderr that it is not and what to do (the hard limit
 * is under STACK_NEED: `ulimit -s 64`, which sets both): the caller exits
 * 3 before any work, where libxlsxwriter crashed (SIGSEGV) half-way. */
int stack_ensure(void);

#endif
