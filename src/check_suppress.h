/* check_suppress.h - a plan's `suppress:` entry that a warning of another
 * file escaped; see check_suppress.c. */
#ifndef KHGEN_CHECK_SUPPRESS_H
#define KHGEN_CHECK_SUPPRESS_H

#include "diag.h"
#include "keys.h"
#include "load.h"
#include "plan.h"

/* Warns (KH123) at each entry of the plan's top-level `suppress:` whose
 * code is still warned, unsilenced, in a file other than the plan's (an
 * included registry, a catalog it imports): the entry silences the code
 * in the plan's own file only. Asks the sink's pending warnings, so it
 * runs last in check, before they are flushed. Linear in the pending
 * warnings: one pass over them per code listed (at most the codes khgen
 * has), whatever the number of entries. */
void check_suppress_reach(DiagSink *diags, const Plan *plan);

/* One entry of a `suppress:` list (a plan's, a body node's, an
 * attachment's), code_text as written at its node at: silences that
 * warning code in file within node within (NULL: the whole file); an
 * error's code is warned (KH113), never silenced. An entry the reader
 * refuses, empty or no code khgen has (KH111, an error), silences every
 * warning there instead (DIAG_SUPPRESS_ALL): which one it was written for
 * cannot be told, and its error is the slip's one message, not it and the
 * warning it meant to silence (s43msg). Returns 1 when it reported
 * KH111, else 0. The one reading of an entry, for every caller. */
int suppress_entry(DiagSink *diags, const YNode *at, const char *code_text, const char *file,
                   const YNode *within);

/* The value of map's key misspelt for 'suppress' ('sppress:', a letter
 * dropped), when map has no 'suppress' (set: map's key set): its reader
 * reports the key (KH101, KH601), and its entries are read as meant, so
 * that the misspelt key is the slip's one message, not it and each warning
 * it was written to silence (s47slips). NULL otherwise. */
const YNode *suppress_misspelt(const YNode *map, KeySetId set);

#endif
