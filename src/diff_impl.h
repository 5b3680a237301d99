/* diff_impl.h - private to `khgen diff` (diff.c, diff_parts.c): a compiled
 * plan cut into the parts a reviewer reads, the unit diff.c matches and
 * compares.
 */
#ifndef KHGEN_DIFF_IMPL_H
#define KHGEN_DIFF_IMPL_H

#include "plan.h"
#include "template.h"
#include "util.h"

typedef struct Part {
    const char *key;         /* identity: "title", "basis:263/QĐ-TTg", "task:x", "row:..." */
    const char *path;        /* body place: "II.1.-2"; a row's "dòng 3"; else NULL */
    const char *label;       /* shown to the reader */
    const char *text;        /* the document's text, numbers left out */
    const char *tail;        /* a task's lines, added after its paragraphs */
    int is_body;
    int parent;              /* enclosing body part, -1 */
    int match;               /* the partner in the other document, -1 */
    int moved;
    int markdown;            /* text is inline Markdown the back ends print
                                through cmark (a body node but a table, the
                                subject line, the opening, the closing) */    const char *mark;        /* a body node's printed label ("II.", "1.2.", "a)",
                                "-", "" for none), kept out of text; NULL
                                for other parts and for tables (their
                                caption's number is in text) */
    int mark_fixed;          /* the plan wrote it: label, number or marker */
} Part;

typedef struct Doc {
    Part *parts;             /* malloc'd */
    size_t n, cap;
    Arena *arena;
} Doc;

/* Appends the parts of plan, in document order (header fields, bases,
 * opening, body nodes with their lines, closing, recipients, signature,
 * attachments' titles and rows), to d; their texts are made in d->arena,
 * d->parts is malloc'd (the caller frees it). */
void diff_collect(Doc *d, Plan *plan, TemplateSet *templates);

/* s[0..n), a deleted or inserted run, with the characters that print as a
 * space or as nothing (a no-break space, a soft hyphen, a zero-width
 * space; plain spaces and line breaks too when the run holds nothing
 * else) written as their Vietnamese names, "‹dấu cách không ngắt›",
 * appended to out: 1; 0 (out untouched) when it has none of them
 * (diff_visible.c). */
int diff_visible(const char *s, size_t n, Buf *out);

#endif
