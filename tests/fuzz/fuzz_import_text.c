/* fuzz_import_text.c - libFuzzer target: `khgen import` of a .txt or .md
 * file. The first byte chooses the reader's mode (odd: Markdown), the rest
 * is the file's text; recognition and the YAML writer run on whatever the
 * reader accepted. The plan source it writes must itself load. First, as
 * `khgen import` does, the check for a format import does not read (RTF,
 * HTML, PDF, a .doc: import_foreign.c), which refuses before the reader.
 * A wording file after a line "----wording.yaml----" is imported as
 * --templates' (fuzz_templates.h). */
#include "fuzz_common.h"
#include "fuzz_templates.h"
#include "import.h"
#include "import_foreign.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    int markdown = data[0] & 1;
    Arena *arena = arena_new();
    DiagSink *diags = diag_new(fuzz_devnull());
    ImpParas paras = {0};
    Buf yaml = {0};
    const char *name = markdown ? "fuzz/plan.md" : "fuzz/plan.txt";
    const char *text = (const char *)data + 1;
    size_t len, wording = fuzz_wording_at(text, size - 1, &len);
    const char *templates = fuzz_templates_dir(text, wording, size - 1);
    if (!import_refuse_foreign(diags, name, text, len) &&
        import_read_text(arena, diags, name, text, len, markdown, &paras) == 0 &&
        import_plan(arena, diags, name, &paras, templates, &yaml, NULL) == 0) {
        /* what import writes is YAML the loader reads back */
        LoadLimits limits = load_default_limits();
        if (!load_string(arena, diags, "fuzz/imported.yaml", yaml.data ? yaml.data : "",
                         yaml.len, &limits))
            __builtin_trap();
    }
    diag_flush(diags);
    diag_forget_sources(diags);
    diag_free(diags);
    buf_free(&yaml);
    arena_free(arena);
    return 0;
}
