/* textref.h - the syntax of {references} in plan text, and the context
 * they are read in.
 *
 * A reference is "{" NAME ARG* "}" where NAME starts with a lower-case ASCII
 * letter, or is a word of ASCII letters with a capital first ("{Year}",
 * "{COUNT ...}": a miswritten reference, reported, not printed as is), or
 * the Vietnamese word for a reference ("{Năm}", refnames.c: reported too);
 * "{{" and "}}" are literal braces; any other "{" ("{Một}", "{1}") is
 * literal too; a reference does not span lines. This
 * module is the one scanner of that syntax (textref_scan, inline_each_ref),
 * shared by inline.c and figures.c, and declares InlineCtx, the context both
 * evaluate references in. It depends on no stage.
 */
#ifndef KHGEN_TEXTREF_H
#define KHGEN_TEXTREF_H

#include <stddef.h>
#include <stdint.h>

#include "caps.h"
#include "plan.h"
#include "template.h"
#include "util.h"

/* What a text is inside: the plan, and the task whose {lead}/{due} it may
 * use (NULL outside tasks). */
typedef struct InlineCtx {
    const Plan *plan;
    const Task *task;
    TemplateSet *templates;  /* for the wording of deadlines and lists */
    Arena *arena;
    /* body rendering only: how many tasks printed with the "+" marker
     * enclose the piece being printed (their text, lines and items are
     * indented this many steps, so a sub-task's lines do not read as
     * siblings of it); 0 elsewhere */
    int nest;
    /* body rendering only: the expansions the back ends share, made by
     * the first format that walks the body and copied by the next ones
     * (render.c, render_expand); NULL elsewhere */
    struct RenderMemo *memo;
    /* resolve only: the bytes of names the plan's {unit}, {short} and {loc}
     * references print, summed over its texts (KH211 past
     * INLINE_MAX_PRINTED); NULL elsewhere */
    size_t *printed;
    /* `khgen diff` only: each number a {year} expression prints is written
     * between INLINE_YEAR_OPEN and INLINE_YEAR_CLOSE, so diff_year.c tells
     * "thôn {year} Hiệp" (a year) from "2024 sản phẩm" typed (an amount,
     * s24round F9); diff_parts.c takes them out of every text it shows.
     * 0 for every document: the two bytes are control characters, which
     * no plan text may hold (KH004) */
    int mark_years;
    /* body rendering only: the piece being printed ends the text of a
     * signed plan without a closing (body_end.c): render_expand ends what
     * it expands with the end mark "./.", as render_closing does the
     * closing; 0 elsewhere */
    int end_mark;
} InlineCtx;

enum { INLINE_YEAR_OPEN = '\x1e', INLINE_YEAR_CLOSE = '\x1f' };

/* What all of a plan's references may print of names (KH211). */
#define INLINE_MAX_PRINTED ((size_t)OUTPUT_CAP_MIB(32) << 20)

/* How expanded values are escaped: values inserted into Markdown source get
 * backslash escapes; into plain text (XLSX cells) nothing. */
typedef enum { INLINE_MARKDOWN, INLINE_PLAIN } InlineMode;

enum { TEXTREF_MAX_ARGS = 64 };

/* One reference, split into words (pointers into a scratch copy). */
typedef struct ScannedRef {
    size_t start, end;       /* byte offsets of "{" and one past "}" */
    char *scratch;           /* copy of the inside, words split: small, or
                                malloc'd when longer; the caller releases it
                                (textref_release) after a return of 1 */
    char small[48];          /* a reference's inside is most often a few words:
                                no malloc and free for each */
    const char *name;
    const char *args[TEXTREF_MAX_ARGS];
    int n_args;
    int n_dropped;           /* words past TEXTREF_MAX_ARGS, not in args (KH207) */
    /* the scanner's memory between calls on one text, so a long text costs
     * its length once (zero it before the first call on a text): */
    size_t stop_from, stop_at; /* no '}' nor line break in text[stop_from..stop_at) */
    size_t tick_pos;           /* the code spans read up to here (in_code_span): */
    size_t code_start, code_end; /* the last one found, [start, end) */
    size_t tick_bol;           /* the start of tick_pos's line */
    struct MdBacktickRuns *runs; /* the backtick runs of the line at runs_bol
                                    (malloc'd when a '<' is asked about; freed
                                    when textref_scan returns 0) */
    size_t runs_bol, next_run;
} ScannedRef;

/* Scans text from *offset: appends the literal run (with "{{" and "}}" made
 * single, and "<" backslash-escaped when escape_lt, outside code spans) to
 * literal (may be NULL), and if a reference follows, fills ref and returns 1;
 * returns 0 at the end of the text, -1 for an unclosed reference
 * (ref->start set, *offset just past its "{"). */
/* ref carries the scanner's memory from call to call: zero it (ScannedRef
 * ref = {0}, or textref_start) before scanning a text, and keep it for the
 * calls on it. */
int textref_scan(const char *text, size_t *offset, Buf *literal, ScannedRef *ref, int escape_lt);

/* Readies ref for the scan of a text as zeroing it does: the scanner's
 * memory cleared, no scratch; the rest (over 600 bytes, most of them the
 * args) is written by textref_scan before it is read. For the check of
 * every text of a plan, which cleared the whole of it for each (s16perf). */
static inline void textref_start(ScannedRef *ref)
{
    ref->stop_from = ref->stop_at = ref->tick_pos = 0;
    ref->code_start = ref->code_end = ref->tick_bol = 0;
    ref->runs = NULL;
    ref->scratch = NULL;
    ref->start = ref->end = 0;
    ref->name = NULL;
    ref->n_args = ref->n_dropped = 0;
}
/* Frees ref's scratch copy if it was malloc'd; the words are gone. */
void textref_release(ScannedRef *ref);

/* The one rule for literal braces in plan text: "{{" prints "{" and "}}"
 * prints "}" in every field and every format. Text with references goes
 * through textref_scan; a field without references (an issuer line, a
 * place, a label, a unit's name, ...) through this. Returns text itself
 * when it holds no doubled brace, else a copy in arena (caller's). */
const char *textref_literal(Arena *arena, const char *text);

/* One well-formed reference found in a text: its byte span ("{" to "}"
 * inclusive) and its words. Valid only during the visit. */
typedef struct InlineRef {
    size_t start, end;
    const char *name;
    const char *const *args;
    int n_args;
} InlineRef;

/* Calls visit for each well-formed reference of text, in order, with the
 * same scanner inline_check and inline_expand use (literal braces and
 * unclosed references are skipped). */
void inline_each_ref(const char *text, void (*visit)(void *data, const InlineRef *ref),
                     void *data);

/* The byte span of text's first well-formed reference (as inline_each_ref
 * finds it) in *start, *end. Returns 1, or 0 when it has none. */
int inline_first_ref(const char *text, size_t *start, size_t *end);

#endif
