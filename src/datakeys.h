/* datakeys.h - a `data:` key misspelt in one entry (KH260); the rule is
 * written in datakeys.c. */
#ifndef KHGEN_DATAKEYS_H
#define KHGEN_DATAKEYS_H

#include "diag.h"
#include "plan.h"

/* Warns (KH260) at each data key of a locality or a task that no table or
 * figure of plan names, when it is a near miss of a key one names and the
 * entry lacks that key. Run once every table and figure is read (last in
 * check_plan); reads plan, writes only diagnostics. */
void datakeys_check(DiagSink *diags, const Plan *plan);

/* 1 if an entry of plan (its localities, or its tasks when tasks is
 * non-zero) lacks the data key `key` and has a key that is a near miss of
 * it (`dan_s0` for `dan_so`): KH260's finding, the root cause of a figure
 * over `data.KEY` that finds the key in none or few of them, which then
 * says nothing more (one mistake, one message: s37lang). Asked only for
 * a figure that would warn: after query_begin it goes over the distinct
 * keys (query_data_keys) and the entries of each near miss, before it
 * (no index) over every entry's keys. */
int datakeys_misspelt(const Plan *plan, int tasks, const char *key);

/* The tag (diag_tag_last) of a figure's warning over `data.KEY` of the
 * localities (or the tasks) that KH260 withdraws when it reports a near
 * miss of KEY: written into out, which the caller frees; returns it. */
struct Buf;
const char *datakeys_tag(struct Buf *out, int tasks, const char *key);

#endif
