/* fuzz_render_xlsx.c - libFuzzer target: a plan that checks without errors
 * is written as a workbook (libxlsxwriter writes a file: one per process in
 * the temporary directory, removed after each input). */
#include <stdlib.h>
#include <unistd.h>

#include "fuzz_common.h"
#include "render_xlsx.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static char path[64];
    if (!path[0])
        snprintf(path, sizeof path, "/tmp/khgen-fuzz-%ld.xlsx", (long)getpid());
    FuzzRun run;
    fuzz_compile(&run, data, size, 1);
    if (run.plan && run.errors == 0 && run.plan->n_attachments > 0)
        render_xlsx(run.plan, run.templates, path, run.diags);
    unlink(path);
    fuzz_end(&run);
    return 0;
}
