/* fuzz_include.c - libFuzzer target: `include:` (include.c) and the read
 * policy (readpolicy.c) over real files.
 *
 * The input is a plan followed by up to 8 registry files, separated by
 * lines "#8<" (a YAML comment, so a mutation that breaks one still leaves
 * YAML). The registries are written as a.yaml, b.yaml, ... h.yaml (and
 * the last also as sub/x.yaml, so nested and relative paths resolve) into
 * a private directory made once per process under $TMPDIR; the plan is
 * compiled as DIR/plan.yaml, so its includes (and theirs, and their
 * imports) are read from disk through the read policy: cycles, nesting,
 * merged ids, rebased imports, files that are not registries. Nothing
 * outside that directory is written. */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

enum { MAX_FILES = 8 };

static char fuzz_dir[4096];

static void cleanup(void)
{
    char path[4200];
    for (int i = 0; i < MAX_FILES; i++) {
        snprintf(path, sizeof path, "%s/%c.yaml", fuzz_dir, 'a' + i);
        unlink(path);
    }
    snprintf(path, sizeof path, "%s/sub/x.yaml", fuzz_dir);
    unlink(path);
    snprintf(path, sizeof path, "%s/sub", fuzz_dir);
    rmdir(path);
    rmdir(fuzz_dir);
}

static const char *private_dir(void)
{
    if (!fuzz_dir[0]) {
        const char *tmp = getenv("TMPDIR");
        snprintf(fuzz_dir, sizeof fuzz_dir, "%s/khgen-fuzz-include.XXXXXX",
                 tmp && *tmp ? tmp : "/tmp");
        if (!mkdtemp(fuzz_dir))
            abort();
        char sub[4200];
        snprintf(sub, sizeof sub, "%s/sub", fuzz_dir);
        mkdir(sub, 0700);
        atexit(cleanup);
    }
    return fuzz_dir;
}

static void write_file(const char *path, const uint8_t *data, size_t size)
{
    FILE *f = fopen(path, "wb");
    if (!f)
        abort();
    if (size)
        fwrite(data, 1, size, f);
    fclose(f);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char sep[] = "\n#8<\n";
    const char *dir = private_dir();
    size_t start[MAX_FILES + 1], len[MAX_FILES + 1];
    size_t n = 0, from = 0;
    for (size_t i = 0; n < MAX_FILES && i + sizeof sep - 1 <= size; i++) {
        if (memcmp(data + i, sep, sizeof sep - 1) == 0) {
            start[n] = from;
            len[n] = i - from;
            n++;
            from = i + sizeof sep - 1;
            i = from - 1;
        }
    }
    start[n] = from;
    len[n] = size - from;
    n++;
    /* parts 1.. are the registries; absent ones are emptied */
    char path[4200];
    for (size_t k = 1; k <= MAX_FILES; k++) {
        snprintf(path, sizeof path, "%s/%c.yaml", dir, (int)('a' + k - 1));
        if (k < n)
            write_file(path, data + start[k], len[k]);
        else
            unlink(path);
    }
    snprintf(path, sizeof path, "%s/sub/x.yaml", dir);
    if (n > 1)
        write_file(path, data + start[n - 1], len[n - 1]);
    else
        unlink(path);

    char plan_file[4200];
    snprintf(plan_file, sizeof plan_file, "%s/plan.yaml", dir);
    FuzzRun run;
    run.arena = arena_new();
    run.diags = diag_new(fuzz_devnull());
    run.templates = tpl_set_new(run.arena, run.diags, NULL);
    LoadLimits limits = load_default_limits();
    run.root = load_string(run.arena, run.diags, plan_file, (const char *)data + start[0], len[0],
                           &limits);
    if (run.root) {
        include_merge(run.arena, run.diags, plan_file, run.root);
        run.plan = parse_plan(run.arena, run.diags, run.templates, plan_file, run.root);
        resolve_plan(run.arena, run.diags, run.templates, run.plan);
        check_plan(run.arena, run.diags, run.templates, run.plan);
    }
    fuzz_end(&run);
    return 0;
}
