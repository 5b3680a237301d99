/* fuzz_common.h - what every libFuzzer target of khgen shares.
 *
 * A target is one file tests/fuzz/fuzz_NAME.c defining
 * LLVMFuzzerTestOneInput(); the Makefile builds each against the library
 * compiled with clang -fsanitize=fuzzer-no-link,address,undefined (make
 * fuzz, make fuzz-check). To add a target for a new input path (import,
 * include, diff, ...): copy the smallest target that is closest, drive the
 * new stage from fuzz_compile() or from the raw bytes, and put any seed
 * files in tests/fuzz/seeds/NAME/ (plans/ and tests/diag/ seed every
 * target); every tests/fuzz/fuzz_*.c is a target of the Makefile and of
 * run.sh, so make fuzz-build, make fuzz and make check all take it.
 *
 * fuzz_compile() (fuzz_compile_to(): printed elsewhere) runs the front of the pipeline - load, include, parse,
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

/* Loads, includes, parses and checks data as a plan, the diagnostics
 * printed to out. Free with fuzz_end(). */
static void fuzz_compile_to(FuzzRun *run, const uint8_t *data, size_t size, int do_check,
                            FILE *out)
{
    run->arena = arena_new();
    run->diags = diag_new(out);
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

/* fuzz_compile_to, the diagnostics printed to /dev/null. */
static void fuzz_compile(FuzzRun *run, const uint8_t *data, size_t size, int do_check)
{
    fuzz_compile_to(run, data, size, do_check, fuzz_devnull());
}

static void fuzz_end(FuzzRun *run)
{
    diag_flush(run->diags);
    diag_summary(run->diags);
    diag_forget_sources(run->diags);
    diag_free(run->diags);
    arena_free(run->arena);
}

/* A renderer of fuzz_render: writes the document of rc into out. */
typedef void (*FuzzRenderFn)(FuzzRun *run, RenderCtx *rc, Buf *out);

/* The render targets' one input: data compiled and checked, and a plan
 * that checks without errors rendered in memory by render. */
static inline void fuzz_render(const uint8_t *data, size_t size, FuzzRenderFn render)
{
    FuzzRun run;
    fuzz_compile(&run, data, size, 1);
    if (run.plan && run.errors == 0) {
        RenderCtx rc;
        render_ctx_init(&rc, run.plan, run.templates, run.arena);
        Buf out = {0};
        render(&run, &rc, &out);
        buf_free(&out);
    }
    fuzz_end(&run);
}

#endif
