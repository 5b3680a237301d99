/* fuzz_render_html.c - libFuzzer target: a plan that checks without errors is
 * rendered to .html in memory (the whole front of the pipeline runs first). */
#include "fuzz_common.h"
#include "render_html.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzRun run;
    fuzz_compile(&run, data, size, 1);
    if (run.plan && run.errors == 0) {
        RenderCtx rc;
        render_ctx_init(&rc, run.plan, run.templates, run.arena);
        Buf out = {0};
        render_html(&rc, &out);
        buf_free(&out);
    }
    fuzz_end(&run);
    return 0;
}
