/* fuzz_render_html.c - libFuzzer target: a plan that checks without errors is
 * rendered to .html in memory (the whole front of the pipeline runs first). */
#include "fuzz_common.h"
#include "render_html.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void render(FuzzRun *run, RenderCtx *rc, Buf *out)
{
    render_html(rc, out);
    (void)run;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_render(data, size, render);
    return 0;
}
