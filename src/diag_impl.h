/* diag_impl.h - the diagnostics sink's own types, shared by diag.c (the
 * sink) and diag_fold.c (the repeats it folds before printing). Not a
 * stage's interface: the stages use diag.h. */
#ifndef KHGEN_DIAG_IMPL_H
#define KHGEN_DIAG_IMPL_H

#include <stddef.h>

#include "diag.h"

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

#endif
