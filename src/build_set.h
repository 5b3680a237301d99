/* build_set.h - the plans of one build against each other; see build_set.c. */
#ifndef KHGEN_BUILD_SET_H
#define KHGEN_BUILD_SET_H

#include <stddef.h>

#include "diag.h"

/* The usage error's exit status (after printing it) when the plans' outputs
 * in out_dir would be hidden files, or two plans' outputs would have one
 * name (or names differing only in case or Unicode form); 0 otherwise. */
int build_names_refused(const char *out_dir, const char *const *plans, int n_plans);

/* Before a build of several plans writes anything: 1 after reporting
 * (KH901, naming the output and the plan that reads it) when an output of
 * one plan (DIR/<name>.EXT for each of the exts, n of them) is a file that
 * another plan of the run reads (an included registry, a catalog), which
 * the build would replace before that plan is read; 0 otherwise. Reads
 * the plans' inputs only when such a file can exist: out_dir exists, lies
 * under a plan's directory or an --allow-read one, and holds an output's
 * name already. Each plan's own diagnostics are left to its build. */
int build_outputs_over_inputs(DiagSink *diags, const char *out_dir, const char *const *plans,
                              int n_plans, const char *const *exts, size_t n,
                              const char *templates_dir);

#endif
