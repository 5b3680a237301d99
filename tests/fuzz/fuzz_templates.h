/* fuzz_templates.h - `import --templates DIR` for the import targets
 * (fuzz_import_text, fuzz_import_docx): an input may end with a line
 * "----wording.yaml----" and a wording file after it, which the harness
 * writes as wording.yaml into a private directory (made once per process
 * under $TMPDIR, removed at exit) and imports with that directory as
 * --templates: the "(Kèm theo ...)" line is then read by the file's
 * attachment_under_title (import_attline.c read_by_wording), which no
 * target reached before (session 40). An input without the line is
 * imported without templates, as before. */
#ifndef KHGEN_FUZZ_TEMPLATES_H
#define KHGEN_FUZZ_TEMPLATES_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char fuzz_wording_marker[] = "\n----wording.yaml----\n";
static char fuzz_tpl_dir[4096];

static inline void fuzz_tpl_cleanup(void)
{
    char path[4200];
    snprintf(path, sizeof path, "%s/wording.yaml", fuzz_tpl_dir);
    unlink(path);
    rmdir(fuzz_tpl_dir);
}

/* Where the wording file starts in data[0..size) (past its line), and the
 * document's end in *doc_end; size (and *doc_end = size) when there is no
 * such line. */
static inline size_t fuzz_wording_at(const char *data, size_t size, size_t *doc_end)
{
    size_t m = sizeof fuzz_wording_marker - 1;
    for (size_t i = 0; i + m <= size; i++)
        if (data[i] == '\n' && memcmp(data + i, fuzz_wording_marker, m) == 0) {
            *doc_end = i;
            return i + m;
        }
    *doc_end = size;
    return size;
}

/* The templates directory holding data[from..size) as its wording.yaml,
 * or NULL when from == size (no wording in the input). */
static inline const char *fuzz_templates_dir(const char *data, size_t from, size_t size)
{
    if (from >= size)
        return NULL;
    if (!fuzz_tpl_dir[0]) {
        const char *tmp = getenv("TMPDIR");
        snprintf(fuzz_tpl_dir, sizeof fuzz_tpl_dir, "%s/khgen-fuzz-tpl.XXXXXX",
                 tmp && *tmp ? tmp : "/tmp");
        if (!mkdtemp(fuzz_tpl_dir))
            abort();
        atexit(fuzz_tpl_cleanup);
    }
    char path[4200];
    snprintf(path, sizeof path, "%s/wording.yaml", fuzz_tpl_dir);
    FILE *f = fopen(path, "wb");
    if (!f)
        abort();
    fwrite(data + from, 1, size - from, f);
    fclose(f);
    return fuzz_tpl_dir;
}

#endif
