/* lineranges.h - the line ranges a warning code is silenced in, answered
 * in log time (diag.c's suppress: rules; see lineranges.c). */
#ifndef KHGEN_LINERANGES_H
#define KHGEN_LINERANGES_H

typedef struct LineRanges LineRanges;

/* An empty set of ranges; free it with lineranges_free (NULL allowed). */
LineRanges *lineranges_new(void);
void lineranges_free(LineRanges *ranges);
/* Adds lines first..last of file (NULL: every line of every file) for
 * code. code and file are copied. */
void lineranges_add(LineRanges *ranges, const char *code, const char *file, int first, int last);
/* 1 if line of file (NULL: a place with no file, which only a range of
 * every file holds) lies in a range added for code, else 0. */
int lineranges_has(const LineRanges *ranges, const char *code, const char *file, int line);

#endif
