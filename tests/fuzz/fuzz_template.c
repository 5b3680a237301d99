/* fuzz_template.c - libFuzzer target: the template engine. The input is a
 * template source, rendered with a small context (a string with markup, a
 * list, a map, a boolean) under each escape mode. */
#include <string.h>

#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Arena *arena = arena_new();
    DiagSink *diags = diag_new(fuzz_devnull());
    TemplateSet *set = tpl_set_new(arena, diags, NULL);
    TValue *ctx = tv_map(arena);
    tv_set_str(arena, ctx, "title", "Kế hoạch <b>&amp;</b> {{x}} *y* [z](javascript:a)");
    tv_set_str(arena, ctx, "empty", "");
    TValue *list = tv_list(arena);
    for (int i = 0; i < 3; i++) {
        TValue *item = tv_map(arena);
        tv_set_str(arena, item, "name", i == 1 ? "" : "Xã Đồng Hưu");
        tv_set(arena, item, "first", tv_bool(arena, i == 0));
        tv_push(arena, list, item);
    }
    tv_set(arena, ctx, "items", list);
    tv_set(arena, ctx, "yes", tv_bool(arena, 1));
    static const TplEscape modes[] = {TPL_ESCAPE_NONE, TPL_ESCAPE_HTML, TPL_ESCAPE_MARKDOWN};
    for (size_t m = 0; m < sizeof modes / sizeof modes[0]; m++) {
        Buf out = {0};
        tpl_render_text(set, "fuzz/template", (const char *)data, size, ctx, modes[m], &out);
        buf_free(&out);
    }
    diag_flush(diags);
    diag_forget_sources(diags);
    diag_free(diags);
    arena_free(arena);
    return 0;
}
