/* figures.h - numbers a plan states, computed from its own data.
 *
 * A plan's text can state a figure as a computation over its registries
 * instead of typing the number, and khgen prints the number the Vietnamese
 * way ("21", "17,9", "04"):
 *
 *   {count localities kind=xã target_year=2024 pad=2}   -> "02"
 *   {count tasks lead=vpdp}                              -> "7"
 *   {sum localities criteria kind=xã}                    -> "21"
 *   {avg localities criteria_met id=a|b|c decimals=1}    -> "17,8"
 *   {list localities target=ntm target_year=2024}        -> "Đồng Hưu, Tân Hiệp"
 *   {sum rows bieu01 so_ho nhom=ngheo}                   -> "42"
 *   {avg rows bieu02 so_tieu_chi weight=so_xa}           -> "17,8"
 *
 * The words after the function are: what to go over (localities, tasks,
 * or "rows ATT_ID": the data rows of an attachment table, whose filters
 * and fields are the table's column keys, and whose avg may be weighted
 * by another column with weight=COLUMN),
 * for sum and avg the field to add up (a number: criteria_met,
 * criteria_planned, criteria_total = criteria_met plus criteria_planned,
 * target_year, n_criteria, data.KEY; or a list, which adds up how many it
 * holds: criteria, the codes a locality or a task lists), then filters KEY=VALUE (also !=, <, <=, >, >=; "a|b" for any of
 * several values; an empty value matches a missing one; "_" in a value
 * stands for a space; "year", "year+1", "year-1" compared with a number
 * are the plan's year and its neighbours) and options: pad=N (zero-pad whole numbers to N
 * digits), decimals=N, and stated=VALUE. With stated=VALUE the plan keeps
 * the figure as the drafter wrote it ("stated=17,9", written with the
 * decimal comma as printed) and khgen prints exactly that, but also
 * computes the figure and warns (KH500) when the data, rounded to the
 * stated number of decimals, give something else.
 *
 * The filters and the fields are those of query.h, the same words with the
 * same meaning as a generated table's columns and `where` (a locality's
 * name, a task's section, ... can be filtered on; `unit` and `locality`
 * are the old spellings of tasks' responsible and localities); this module
 * keeps only a figure's syntax (its words, options and stated value) and
 * its aggregation (count, sum, average, list).
 *
 * inline.c calls these through its table of reference functions
 * ("count", "sum", "avg", "list"), giving its expansions as the QueryText
 * hooks texts are read with; the syntax and the diagnostics (KH500-
 * KH509, plus KH202-KH204 and KH401/KH402 for ids and codes named in
 * filters) are all decided here.
 */
#ifndef KHGEN_FIGURES_H
#define KHGEN_FIGURES_H

#include "diag.h"
#include "textref.h"
#include "plan.h"
#include "query.h"
#include "util.h"

/* Checks the figure reference {name args...} found at pos (span characters
 * long) against ctx->plan: its syntax, the fields, filters and ids it
 * names, and, when it has stated=VALUE, whether the data agree (for a
 * figure over rows, figures_check_rows does that part later). Counts the
 * localities or the attachment the figure goes over, and the ids its
 * filters name, as uses
 * (for the "defined but never used" warnings). Returns the number of errors
 * reported (warnings are not counted). */
int figures_check(const InlineCtx *ctx, const QueryText *text, DiagSink *diags, SrcPos pos,
                  int span, const char *name, const char *const *args, int n_args);

/* Checks the values of the figures over the rows of a table ({count rows
 * bieu01 ...}) in site->text: whether any row matches (KH505), rows left
 * out for want of a number (KH506), and a stated value the rows do not
 * give (KH500). The rows are built after the texts are checked
 * (attach_resolve), so figures_check reads such a figure, reports its
 * mistakes and counts its uses, and this, called once the tables exist
 * (check_plan), computes it; figures with mistakes are skipped silently.
 * Returns the number of errors reported (none: all are warnings). */
int figures_check_rows(const InlineCtx *ctx, DiagSink *diags, const TextSite *site);

/* The attachment id a figure over a table's rows names ("bieu01" for
 * {count rows bieu01 ...}, {list rows bieu01 ten}), whether or not it
 * exists; NULL for any other reference. The one rule of what a figure over
 * rows is, for what must know which tables a text depends on. */
const char *figures_rows_target(const InlineRef *ref);

/* Appends the printed value of the figure {name args...}: the stated value
 * as written if there is one, else the computed number ("1.234", "17,9",
 * "02") or the list of names. Plain text (the caller escapes it). Prints
 * nothing for a reference that figures_check would reject. */
void figures_expand(const InlineCtx *ctx, const QueryText *text, const char *name,
                    const char *const *args, int n_args, Buf *out);

/* Gives plan the memo its figures share, in arena (which lives as long as
 * the plan): each distinct figure (the reference's words) is computed once
 * while resolve checks the texts and once more after, however often it is
 * written or printed, and all the walks together are held to a budget
 * (KH507). resolve_plan calls it before the first text is checked; a plan
 * without it computes every figure afresh, without a budget. */
void figures_begin(Arena *arena, Plan *plan);

/* The bytes of names the lists of the plan's checked texts have printed so
 * far, counted against KH507's 64 MiB. */
unsigned long long figures_list_bytes(const Plan *plan);

/* Counts bytes more of printed names against that budget (a generated
 * table's `value:` text, checked once, is printed in each of its rows);
 * reports KH507 at pos (span characters) when they pass it. Returns the
 * number of errors reported (0 or 1). */
int figures_charge_lists(const Plan *plan, unsigned long long bytes, DiagSink *diags, SrcPos pos,
                         int span);

/* Reports KH507 at the plan if the figures' budget ran out where nothing
 * could report it (a text printed while the tables were built). Returns the
 * number of errors reported (0 or 1). check_plan calls it last. */
int figures_check_budget(const Plan *plan, DiagSink *diags);

/* Reads a number written the Vietnamese way: digits with optional
 * thousands dots (each followed by exactly three digits), an optional
 * decimal comma and an optional leading '-': "21", "04", "17,9",
 * "1.234,5". Stores the value and the number of decimals written. Returns
 * 0, or -1 if text is not such a number. */
int figures_parse_vi_number(const char *text, double *value, int *decimals);

#endif
