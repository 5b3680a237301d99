/* fuzz_load.c - libFuzzer target: the loader (YAML text to a tree), with
 * its diagnostics printed. */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Arena *arena = arena_new();
    DiagSink *diags = diag_new(fuzz_devnull());
    LoadLimits limits = load_default_limits();
    load_string(arena, diags, "fuzz/plan.yaml", (const char *)data, size, &limits);
    diag_flush(diags);
    diag_forget_sources(diags);
    diag_free(diags);
    arena_free(arena);
    return 0;
}
