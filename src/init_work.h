/* init_work.h - the work a skeleton of `khgen init` plans for, by the
 * kind of place: the national programme on new rural areas, or a phường's
 * urban work; see init_work.c. */
#ifndef KHGEN_INIT_WORK_H
#define KHGEN_INIT_WORK_H

#include "localgov.h"

enum { INIT_WORK_SLOTS = 7 };

/* The skeleton's slots a work fills, @KEY@ each: WORK_TITLE (the title's
 * first line, without its indent), OPENING, PURPOSE, GOALS (the general
 * target's items, then the specific targets' clause), TASKS,
 * EMULATION, CLOSING (whole lines). */
extern const char *const init_work_keys[INIT_WORK_SLOTS];

typedef struct InitWork {
    const char *slot[INIT_WORK_SLOTS]; /* init_work_keys' values, their own @KEY@ slots unfilled */
    int catalog;                       /* 1: imports the criteria catalog */
    const char *levels;                /* the levels: lines, or "" for none */
    const char *localities;            /* the two localities' lines (@BELOW@, @BELOW_ID@, ...) */
    const char *goals_listed;          /* the GOALS slot over a registry's places (no placeholder):
                                          its @LISTED_FILTER@ (a count's filter before target=,
                                          with its space), @LISTED_NOUN@ (the places' kinds) and
                                          @LISTED_AIMS@ (listed_aims' counts, joined by ",\n") */
    const char *listed_level[2];       /* the levels the counts are of ("ntm", "ntm-nc"), or NULL */
    const char *listed_aims[2];        /* the count of the places aiming at each, a phrase */
    const char *goals_unaimed;         /* GOALS over a registry's places none of which aims at
                                          a listed_level this year (no count: KH505's) */
} InitWork;

/* The texts of work (static, never freed), and in *todo the line that
 * goes before the title: a TODO where the skeleton cannot say what the
 * place plans for (a phường's task, a đặc khu's work), "" otherwise. */
const InitWork *init_work(LocalWork work, const char **todo);

#endif
