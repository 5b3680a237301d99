/* fuzz_diff.c - libFuzzer target: khgen diff (diff.c, cycle_diff).
 *
 * The input is two plans separated by a line "#8<" (a YAML comment, so a
 * mutation that breaks the line still leaves YAML); without it, the plan
 * is compared with itself and with an empty document (every part added).
 * Both sides are compiled as fuzz_compile() does; as `khgen diff`, plans
 * with errors are not compared. Each comparison runs in the three formats
 * (the terminal one coloured), which exercises the parts, the matching,
 * the moves and the word diff. */
#include <string.h>

#include "cycle.h"
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void compare(FuzzRun *a, FuzzRun *b)
{
    for (int format = DIFF_TERM; format <= DIFF_HTML; format++) {
        Buf out = {0};
        cycle_diff(a ? a->plan : NULL, a ? a->arena : b->arena, b->plan, b->arena, b->templates,
                   "old.yaml", "new.yaml", format, format == DIFF_TERM, format == DIFF_MD,
                   &out);
        buf_free(&out);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char sep[] = "\n#8<\n";
    size_t cut = size;
    for (size_t i = 0; i + sizeof sep - 1 <= size; i++) {
        if (memcmp(data + i, sep, sizeof sep - 1) == 0) {
            cut = i;
            break;
        }
    }
    FuzzRun a, b;
    fuzz_compile(&a, data, cut, 1);
    if (cut == size) {
        if (a.plan && a.errors == 0) {
            compare(&a, &a);
            compare(NULL, &a);
        }
        fuzz_end(&a);
        return 0;
    }
    size_t rest = cut + sizeof sep - 1;
    fuzz_compile(&b, data + rest, size - rest, 1);
    if (a.plan && b.plan && a.errors == 0 && b.errors == 0)
        compare(&a, &b);
    fuzz_end(&b);
    fuzz_end(&a);
    return 0;
}
