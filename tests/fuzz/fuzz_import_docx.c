/* fuzz_import_docx.c - libFuzzer target: `khgen import` of a .docx: the
 * input is the zip file (libzip from memory, libxml2 on its parts, Word's
 * list numbering), then recognition and the YAML writer. */
#include "fuzz_common.h"
#include "import.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Arena *arena = arena_new();
    DiagSink *diags = diag_new(fuzz_devnull());
    ImpParas paras = {0};
    Buf yaml = {0};
    if (import_read_docx(arena, diags, "fuzz/plan.docx", (const char *)data, size, &paras) == 0)
        import_plan(arena, diags, "fuzz/plan.docx", &paras, &yaml, NULL);
    diag_flush(diags);
    diag_forget_sources(diags);
    diag_free(diags);
    buf_free(&yaml);
    arena_free(arena);
    return 0;
}
