/* check_draft.h - a drafter's meaning mistakes in a well-formed plan; see
 * check_draft.c. */
#ifndef KHGEN_CHECK_DRAFT_H
#define KHGEN_CHECK_DRAFT_H

#include "diag.h"
#include "plan.h"
#include "util.h"

/* Warns (never an error) at what a reviewer would send back although every
 * value is well formed: a year copied from last year's plan into a title or
 * a deadline's printed text (KH315, KH316), a locality under a parent of
 * its own rank or below (KH261) or aiming for a standard in a year already
 * past (KH262), a signature whose lines do not follow Nghị định 30/2020
 * (KH166), a "Nơi nhận" without its "Lưu" line (KH167) or naming one
 * recipient twice (KH168), a legal basis cited twice (KH169), a unit's
 * name or a recipient that is a unit's name with a mark lost (KH263). parent_loops: the loops of parents check.c
 * reported (KH255), which leave KH261 unsaid. Reads the resolved plan as const; linear in its
 * size. Scratch memory comes from arena. */
void check_draft(Arena *arena, DiagSink *diags, const Plan *plan, int parent_loops);

/* The year of the first "năm NNNN" of a title's text (any case; not a
 * range "năm 2021-2025") when no "năm NNNN" of it lies in from..to, its
 * byte offset in *at; 0 (at untouched) when one does, or there is none.
 * The one reading of a title's year: KH315 (check_draft.c) and KH318
 * (check.c, the header's date left at last year's). */
int draft_title_year(const char *text, int from, int to, size_t *at);
/* 1 if s begins with the dash of a range of years after a year ("2021-2025",
 * "2021–2025", "2021—2025", "2021−2025"): '-', U+2013, U+2014 or U+2212;
 * or, spaced, "2021 - 2025", with a digit after it.
 * The one reading of a range: draft_title_year and KH315 of the closing
 * (check_closing.c). */
int draft_range_dash(const char *s);

/* The bytes of the blanks at s that part two words: spaces, no-break
 * spaces (U+00A0, as Word and a pasted text hold them) and the emphasis
 * marks around a word ("**Kế hoạch** năm 2023", "năm *2023*"); 0 when s
 * has no space. The one reading of the gap after "năm": KH315 of a title
 * (draft_title_year) and of the closing (check_closing.c). */
size_t draft_word_gap(const char *s);

/* 1 if a recipient (folded: lower case, no marks, vi_put_folded) is the
 * office's copy: "luu" as its first word, or after ", " or "; " (a list
 * whose brackets were lost, one recipient, is KH162's). The one reading of
 * a "Lưu" line: KH167 (check_draft.c) and KH175 (check_commas.c). */
int draft_names_archive(const char *folded);

/* The position of item i of a list written at node (a sequence of n items
 * once its empty entries, KH107's, were left out), else the node's: where
 * a message about one recipient or one issuer line stands. */
struct YNode;
SrcPos item_pos(const struct YNode *node, size_t i, size_t n);

#endif
