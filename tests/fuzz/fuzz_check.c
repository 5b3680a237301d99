/* fuzz_check.c - libFuzzer target: load, include, parse (resolve) and
 * check, with every diagnostic printed. */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzRun run;
    fuzz_compile(&run, data, size, 1);
    if (run.plan)
        tpl_check(run.templates, "plan.md");
    fuzz_end(&run);
    return 0;
}
