/* inline.h - inline references inside plan text: {unit vpdp}, {att bieu01}.
 *
 * Free text in a plan may refer to the registries with a brace form
 * "{NAME ARG ...}" (see README "Inline references"). This module finds those
 * references, checks them against the Plan (reporting unknown ids with a
 * suggestion, at the exact column inside the text), and expands them into
 * the text the documents print. The same expansion serves the Markdown, HTML
 * and XLSX back ends, so a unit's name is decided in one place. "{{" and
 * "}}" stand for literal braces; a "{" not followed by a lower-case letter
 * is literal too.
 */
#ifndef KHGEN_INLINE_H
#define KHGEN_INLINE_H

#include "diag.h"
#include "plan.h"
#include "query.h"
#include "template.h"
#include "textref.h"
#include "util.h"

/* Checks every reference in site->text against ctx->plan, reporting errors
 * (KH2xx) at their position. Returns the number of errors. */
int inline_check(const InlineCtx *ctx, DiagSink *diags, const TextSite *site);

/* Appends text with every reference expanded. The text must have passed
 * inline_check (unknown references print as written). In INLINE_PLAIN mode
 * Markdown emphasis markers in the text itself are kept as written; callers
 * that need bare text use inline_expand_plain. */
void inline_expand(const InlineCtx *ctx, const char *text, InlineMode mode, Buf *out);

/* Expands (values escaped as Markdown) and appends the text the HTML and
 * the Word document print, without its Markdown (emphasis, escapes, links:
 * md_read.h render_markdown_plain): the text as a spreadsheet cell shows
 * it, a literal '*' or '_' that cmark prints kept. Lines are joined with
 * spaces, blanks at the ends dropped. */
void inline_expand_plain(const InlineCtx *ctx, const char *text, Buf *out);

/* As inline_expand_plain, but links kept as written ("[x](y)": md_read.h
 * render_markdown_written): an attachment's text, printed as written. */
void inline_expand_written(const InlineCtx *ctx, const char *text, Buf *out);

/* Appends value as a reference puts it into text of mode: in Markdown,
 * the characters Markdown reads ("\\`*_[]<>") escaped, so that a name
 * or a field printed as written prints its stars and brackets in every
 * format (also render.c's fields in a wording's Markdown line); in
 * INLINE_PLAIN as it is. */
void inline_put_value(Buf *out, const char *value, InlineMode mode);

/* The deadline phrase ("quý IV/2024", "Thường xuyên trong năm 2024",
 * "Hoàn thành trước tháng 11/2024"), from the wording templates. plan gives
 * the year of "ongoing". */
void inline_put_due(const InlineCtx *ctx, const Deadline *due, Buf *out);

/* Who answers for a task, as its "Phụ trách" line and the assignment tables
 * print it: the lead unit, the wording's support_join (" phối hợp với ")
 * and the supporting units, then lead_note. In INLINE_PLAIN mode the note's
 * Markdown emphasis is removed. */
void inline_put_responsible(const InlineCtx *ctx, const Task *task, InlineMode mode, Buf *out);

/* "Đồng Hưu, Tân Hiệp": names of the units (short names if use_short) or
 * localities with the given ids, joined by ", ". */
void inline_put_units(const InlineCtx *ctx, const char *const *ids, size_t n, int use_short,
                      InlineMode mode, Buf *out);

/* This module's expansions as the hooks a query expands texts with
 * (query.h): plain text, unit names, the responsible phrase, deadlines. */
extern const QueryText inline_query_text;

/* Warns (KH210) at each plan reference ({year}, {unit ...}) written in a
 * phrase of the user's wording.yaml (--templates): a phrase is a template
 * whose tags are {{name}}, so "KẾ HOẠCH NĂM {year}" printed its braces.
 * Tags ({{name}}, {{{name}}}) are not references. */
void inline_check_wording(TemplateSet *set, DiagSink *diags);

#endif
