/* diag_impl.h - the diagnostics sink's own types, shared by diag.c (the
 * sink), diag_fold.c (the repeats it folds before printing) and diag_cap.c
 * (its cap). Not a stage's interface: the stages use diag.h. */
#ifndef KHGEN_DIAG_IMPL_H
#define KHGEN_DIAG_IMPL_H

#include <stddef.h>
#include <stdio.h>

#include "diag.h"
#include "lineranges.h"
#include "util.h"

/* A note attached to a diagnostic. */
typedef struct Note {
    SrcPos pos;
    char *message;           /* malloc'd */
} Note;

typedef struct Diag {
    DiagLevel level;         /* as reported (a warning stays a warning) */
    SrcPos pos;
    int span_chars;
    char code[16];           /* "" when reported without a code */
    char *message;           /* malloc'd */
    size_t order;            /* report order, the last sort key */
    int silenced;            /* silenced by a diag_suppress() issued later */
    int evicted;             /* past the cap, its place taken by one found later
                                and earlier in the file (diag_cap_evict):
                                counted, not printed */
    int folded;              /* a repeat of an earlier one's message
                                (diag_fold_repeats): counted, not printed */
    size_t repeats;          /* a fold's first: the pending ones folded into it */
    char *tag;               /* malloc'd, or NULL (diag_tag_last) */
    Note *notes;             /* malloc'd array */
    size_t n_notes;
} Diag;

/* (diag_order.c) qsort's comparison of two Diag: by file (none first),
 * line, column, then report order. */
int diag_compare(const void *pa, const void *pb);

/* (diag_fold.c) Fingerprints of the diagnostics kept so far (0: an empty
 * slot; n a power of 2), for diag_seen_before. Start from {0}; the sink
 * frees slots. */
typedef struct SeenSet {
    unsigned long long *slots;
    size_t n, used;
} SeenSet;

/* 1 if a diagnostic with the same level, code, position and message was
 * kept before (then this one is dropped); otherwise remembers it in seen. */
int diag_seen_before(SeenSet *seen, DiagLevel level, SrcPos pos, const char *code,
                     const char *message);

/* (diag_fold.c) The messages of the diagnostics kept under the cap, and
 * how many alike the cap dropped (where the first few were), so that the
 * fold's note counts every place of the file. Opaque; NULL is an empty
 * one. */
typedef struct FoldCounts FoldCounts;

/* Remembers the message of the kept diagnostic d (*counts made on first
 * use; d's strings are copied). */
void diag_fold_kept(FoldCounts **counts, const Diag *d);
/* 1 if a kept diagnostic has this level, code and file: only then is a
 * dropped one's message formatted to be counted (the cap keeps the
 * 20,000th mistake cheap). */
int diag_fold_wants(const FoldCounts *counts, DiagLevel level, const char *code,
                    const char *file);
/* 1 if a kept diagnostic has this level, code, file and message: a
 * repeat, which the sink lets pass the cap (record). */
int diag_fold_repeat(const FoldCounts *counts, DiagLevel level, const char *code,
                     const char *file, const char *message);
/* Counts a diagnostic the cap dropped (its message formatted) for the
 * kept one of the same level, code, file and message, if any. */
void diag_fold_dropped(FoldCounts *counts, DiagLevel level, const char *code, SrcPos pos,
                       const char *message);
/* Frees counts (NULL: nothing) and the keys it copied. */
void diag_fold_counts_free(FoldCounts *counts);

/* Over pending[0..n), sorted by file and place: each diagnostic whose
 * level, code, file, message and notes are those of an earlier one,
 * neither silenced, three or more alike (with those counts holds that
 * the cap dropped), is marked folded (counted, not printed), and the
 * first gets a note, its last, saying how many more and where (their
 * first positions). One mistake met at many places (an id misspelt in 50
 * tasks, a data key in every locality) prints one message and a count.
 * Linear: a set of the messages. counts may be NULL. */
void diag_fold_repeats(Diag *pending, size_t n, FoldCounts *counts);

/* A registered source text (diag.c). */
typedef struct Source Source;

/* Per file: how many errors and warnings were kept, and how many past
 * the cap (diag_set_max_errors) were counted but not kept; how many
 * repeats passed the cap (record) and how many were printed (cap_printed). */
typedef struct FileCap {
    char *file;              /* malloc'd copy */
    int kept_errors, kept_warnings;
    int dropped_errors, dropped_warnings;
    int free_repeats;
    int printed_errors, printed_warnings;
    SrcPos last[2];          /* of the kept errors [0] and warnings [1], the
                                latest in the file (line 0: none yet) */
} FileCap;

/* A repeat of a kept message passes the cap, up to FREE_REPEATS times
 * the cap a file (time and memory stay bounded). */
enum { FREE_REPEATS = 10 };

struct DiagSink {
    FILE *out;
    int werror;
    int color;               /* SGR colours as gcc prints them */
    int json;                /* one JSON object a line (diag_use_json) */
    Diag *pending;           /* reported, not yet flushed */
    size_t n_pending, cap_pending;
    size_t next_order;
    /* Index in pending of the diagnostic diag_note() attaches to; NO_TARGET
     * when there is none, DROPPED_TARGET when the last one was silenced (its
     * notes are dropped too). */
    size_t note_target;
    Source *sources;
    size_t n_sources;
    LineRanges *suppressed;  /* the suppress rules, asked in log time (lineranges.c) */
    /* a rule was added since the pending warnings were last held against
     * the rules (sweep_pending) */
    int sweep_due;
    int errors;              /* recorded errors, not counting warnings */
    int warnings;            /* recorded, unsilenced warnings */
    int max_errors;          /* per file; 0: no cap */
    CapHint cap_hint;        /* what the line of those past the cap tells to do */
    FileCap *caps;
    size_t n_caps;
    SeenSet seen;            /* the kept ones, for dropping a repeat (diag_seen_before) */
    const char *plan;        /* the plan being compiled (diag_plan_begin), or NULL */
    SeenSet printed;         /* printed in another file than their plan's, this command */
    FoldCounts *fold;        /* the kept ones' messages, and those alike the cap
                                dropped (diag_fold.c); NULL for none yet */
};

/* (diag_cap.c) The cap's counts of file (NULL: none), made on first use. */
FileCap *diag_file_cap(DiagSink *sink, const char *file);
/* (diag_cap.c) The line that says what the cap left out of cap's file. */
void diag_put_cap_line(const DiagSink *sink, Buf *line, const FileCap *cap);
/* (diag_cap.c) With level's cap of cap's file full, a diagnostic at pos
 * is kept only in the place of the latest kept one, when pos is before it
 * in the file: that one is marked evicted and counted as left out, and 1
 * returned; 0 when pos is after every kept one (then it is left out). */
int diag_cap_evict(DiagSink *sink, FileCap *cap, DiagLevel level, SrcPos pos);
/* (diag_cap.c) Notes that a diagnostic at pos of level was kept. */
void diag_cap_kept(FileCap *cap, DiagLevel level, SrcPos pos);
/* (diag_cap.c) After folding, pending sorted by file: past max_errors of
 * a level in a file, marked folded and counted as left out. */
void diag_cap_printed(DiagSink *sink);

#endif
