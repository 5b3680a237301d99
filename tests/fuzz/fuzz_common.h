/* fuzz_common.h - what every libFuzzer target of khgen shares.
 *
 * A target is one file tests/fuzz/fuzz_NAME.c defining
 * LLVMFuzzerTestOneInput(); the Makefile builds each against the library
 * compiled with clang -fsanitize=fuzzer-no-link,address,undefined (make
 * fuzz, make fuzz-check). To add a target for a new input path (import,
 * include, diff, ...): copy the smallest target that is closest, drive the
 * new stage from fuzz_compile() or from the raw bytes, add NAME to
 * FUZZ_TARGETS in the Makefile, and put any seed files in
 * tests/fuzz/seeds/NAME/ (plans/ and tests/diag/ seed every target).
 *
 * fuzz_compile() runs the front of the pipeline - load, include, parse,
 * resolve, check - on the bytes as the text of a plan named fuzz/plan.yaml (a
 * directory that does not exist, so the read policy refuses every file the
 * input names: a fuzz run never reads the disk). Diagnostics are printed to
 * /dev/null, so the printing code (snippets, carets) is exercised too.
 */
#ifndef KHGEN_FUZZ_COMMON_H
#define KHGEN_FUZZ_COMMON_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "check.h"
#include "diag.h"
#include "include.h"
#include "load.h"
#include "parse.h"
#include "resolve.h"
#include "render.h"
#include "resolve.h"
#include "template.h"
#include "util.h"

typedef struct FuzzRun {
    Arena *arena;
    DiagSink *diags;
    TemplateSet *templates;
    YNode *root;
    Plan *plan;     /* NULL if the input did not load */
    int errors;     /* errors reported */
} FuzzRun;

static FILE *fuzz_devnull(void)
{
    static FILE *devnull;
    if (!devnull)
        devnull = fopen("/dev/null", "w");
    return devnull;
}

/* Loads, includes, parses and checks data as a plan. Free with fuzz_end(). */
static void fuzz_compile(FuzzRun *run, const uint8_t *data, size_t size, int do_check)
{
    run->arena = arena_new();
    run->diags = diag_new(fuzz_devnull());
    run->templates = tpl_set_new(run->arena, run->diags, NULL);
    run->plan = NULL;
    LoadLimits limits = load_default_limits();
    run->root = load_string(run->arena, run->diags, "fuzz/plan.yaml", (const char *)data, size,
                            &limits);
    if (run->root) {
        include_merge(run->arena, run->diags, "fuzz/plan.yaml", run->root);
        run->plan = parse_plan(run->arena, run->diags, run->templates, "fuzz/plan.yaml",
                               run->root);
        resolve_plan(run->arena, run->diags, run->templates, run->plan);
        if (do_check)
            check_plan(run->arena, run->diags, run->templates, run->plan);
    }
    run->errors = diag_error_count(run->diags);
}

static void fuzz_end(FuzzRun *run)
{
    diag_flush(run->diags);
    diag_summary(run->diags);
    diag_forget_sources(run->diags);
    diag_free(run->diags);
    arena_free(run->arena);
}

#endif
