/* md_autolink.h - what a GFM reader would make of plain text (md_autolink.c). */
#ifndef KHGEN_MD_AUTOLINK_H
#define KHGEN_MD_AUTOLINK_H

#include <stddef.h>

/* Where a bare URL at c (the ':' of "https://", the first 'w' of "www.")
 * takes a backslash so that GFM's autolink extension leaves it text: the
 * offset from c of the byte to escape; SIZE_MAX when c starts none. s:
 * where the caller's pass began. Reads only [s, end). */
size_t md_bare_url_escape(const char *c, const char *s, const char *end);
/* 1 if the ':' at c opens an emoji shortcode a GFM reader would print as
 * an emoji (":smile:"); reads [c, end). */
int md_opens_shortcode(const char *c, const char *end);
/* 1 if the '@' at c (text: where the document begins) joins an e-mail
 * address GFM would link; reads c[-1] and c[1] within [text, end). */
int md_joins_address(const char *text, const char *c, const char *end);

/* 1 if the backslash at t, in text [s, end) read back from a .md khgen
 * wrote, is one md_sanitize added before a bare URL (md_bare_url_escape:
 * "https\://", "www\."): the same rule asked of the text without it, so
 * that the importer's reading and the writer's cannot drift (s37review). */
int md_bare_url_escaped(const char *s, const char *t, const char *end);

/* The backtick runs of one line (or text) [from, eol), offsets from base,
 * each with the next run of the same length (its partner: the run that
 * would close a code span it opens; SIZE_MAX for none) and the next run
 * one backtick shorter (shorter: what closes the span it opens when its
 * first backtick is escaped, "\``a`"), found in one pass from the right:
 * the one reading of where a code span is, for the .md writer
 * (md_sanitize), the importer reading a .md (put_plan_text) and the diff
 * report's atoms (diff_atoms.c), each through md_backtick_span. Start
 * from MdBacktickRuns b = {0}; call again for the next line; free with
 * md_backtick_runs_free. */
typedef struct MdBacktickRuns {
    size_t *off, *len, *partner; /* partner: an index, or SIZE_MAX */
    size_t *shorter;             /* the same, of a run of len - 1 */
    size_t n, cap;
    size_t *last;                /* by length: the nearest run to the right */
    size_t cap_last;
} MdBacktickRuns;
void md_backtick_runs(MdBacktickRuns *b, const char *base, const char *from, const char *eol);
void md_backtick_runs_free(MdBacktickRuns *b);

/* Whether run r of b, met outside a code span after a run of `slashes`
 * backslashes, opens a code span as CommonMark reads it: an odd run
 * escapes its first backtick only, and the rest of the run ("\``a`":
 * a literal '`', then the span "`a`") opens one if a run of its length
 * follows. If so, *start is the offset of its first backtick and *end
 * that after its closing run; else 0 (the run is text). */
int md_backtick_span(const MdBacktickRuns *b, size_t r, size_t slashes, size_t *start,
                     size_t *end);

#endif
