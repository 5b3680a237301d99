/* fuzz_render_md.c - libFuzzer target: a plan that checks without errors is
 * rendered to .md in memory (the whole front of the pipeline runs first). */
#include "fuzz_common.h"
#include "render_md.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void render(FuzzRun *run, RenderCtx *rc, Buf *out)
{
    render_md(rc, out);
    (void)run;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_render(data, size, render);
    return 0;
}
