/* render_md.h - the Markdown back end. */
#ifndef KHGEN_RENDER_MD_H
#define KHGEN_RENDER_MD_H

#include "render.h"

/* Appends the whole document as Markdown to out, through template "plan.md".
 * The body and tables are rendered here; the page skeleton is the template's.
 * Returns 0, or -1 after reporting a template error. */
int render_md(RenderCtx *rc, Buf *out);

/* The last pass over Markdown that holds plan text, from byte `start` of
 * doc to its end: escapes raw HTML, character references and links or
 * link definitions that run code (javascript:, ...), outside code spans.
 * render_md ends with it; so does the Markdown of khgen diff. marks:
 * MD_SANITIZE_TILDES also escapes each '~' and '^' (the document: "~~x~~", "x^2^" are
 * text there, as in the HTML); MD_SANITIZE_EMPHASIS each '*' and '_' too
 * (khgen diff's report: the plan's own "**b**" is not its insertion mark,
 * diff_md.c). */
enum { MD_SANITIZE_TILDES = 1, MD_SANITIZE_EMPHASIS = 2 };
void md_sanitize(Buf *doc, size_t start, int marks);
/* Appends the body (numbered nodes) alone; used by render_md and tests. */
void render_md_body(RenderCtx *rc, Buf *out);

#endif
