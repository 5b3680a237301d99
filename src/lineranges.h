/* lineranges.h - the ranges of places a warning code is silenced in,
 * answered in log time (diag.c's suppress: rules; see lineranges.c). A
 * place is a number that grows through the file: diag.c makes it of a
 * line and a column (a flow `{...}` node ends where its sibling on the
 * same line begins), a whole line is the range of its first to its last
 * column. */
#ifndef KHGEN_LINERANGES_H
#define KHGEN_LINERANGES_H

typedef struct LineRanges LineRanges;

/* An empty set of ranges; free it with lineranges_free (NULL allowed). */
LineRanges *lineranges_new(void);
void lineranges_free(LineRanges *ranges);
/* Adds places first..last of file (NULL: every place of every file) for
 * code. code and file are copied. */
void lineranges_add(LineRanges *ranges, const char *code, const char *file, long long first,
                    long long last);
/* 1 if place of file (NULL: a place with no file, which only a range of
 * every file holds) lies in a range added for code, else 0. */
int lineranges_has(const LineRanges *ranges, const char *code, const char *file, long long place);

#endif
