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
    char *tag;               /* malloc'd, or NULL (diag_tag_last) */
    Note *notes;             /* malloc'd array */
    size_t n_notes;
} Diag;

/* (diag_fold.c) Over pending[0..n), sorted by file and place: each
 * diagnostic whose level, code, file, message and notes are those of an
 * earlier one, neither silenced, three or more alike, is marked folded (counted, not printed), and the
 * first gets a note, its last, saying how many more and where (their
 * first positions). One mistake met at many places (an id misspelt in 50
 * tasks, a data key in every locality) prints one message and a count.
 * Linear: a set of the messages. */
void diag_fold_repeats(Diag *pending, size_t n);

#endif
