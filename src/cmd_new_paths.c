/* cmd_new_paths.c - the paths a plan names (include:, import:) when
 * `khgen new -o` writes next year's plan in another directory than last
 * year's. Such a path is relative to the plan's own file, so from the new
 * directory it names another file or none. None: the new plan failed its
 * own check (KH001, "cannot read included file 'xa/../../chung/...'"),
 * exit 1, the plan written all the same (s29user, `new --from
 * xa/tan-phu/p.yaml -o xa/p-2027.yaml` of a commune's plan including the
 * district's ../../chung/registry.yaml); the path is now rewritten to name
 * from there the file last year's plan read, and said. Another existing
 * file (b/ holding a registry.yaml of its own): the new plan reads it, as
 * written, under a note naming both files (s28attack M1), since which one
 * is meant only the drafter knows.
 */
#include "cmd_new_impl.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "emit_yaml.h"
#include "i18n.h"

/* The directory of path, "." for a bare name (arena). */
static const char *dir_part(Arena *arena, const char *path)
{
    const char *slash = strrchr(path, '/');
    return slash ? arena_strndup(arena, path, (size_t)(slash - path)) : ".";
}

/* e's path rewritten to name, from the directory real_nd (real), the file
 * real: plain where YAML reads it back as written, else double-quoted.
 * Returns 1 when the edit is recorded (and said). */
static int rewrite(NewCtx *c, const YNode *e, const char *key, const char *real_nd,
                   const char *real, const char *from, const char *out)
{
    Buf rel = {0}, text = {0};
    path_relative(&rel, real_nd, real);
    if (strspn(buf_str(&rel), "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._/-") ==
        rel.len)
        buf_puts(&text, buf_str(&rel));
    else
        emit_quoted(&text, buf_str(&rel));
    int done = new_add_edit(c, e, 1, arena_strdup(c->arena, buf_str(&text)));
    if (done)
        term_fprintf(stderr, _("khgen: new: note: %s: '%s' is written '%s' in '%s', so that it "
                               "names from there the file that '%s' read\n"),
                     key, e->text, buf_str(&rel), out, from);
    buf_free(&rel);
    buf_free(&text);
    return done;
}

int new_other_dir_paths(NewCtx *c, const YNode *root, const char *from, const char *out)
{
    static const char *const keys[] = {"include", "import"};
    Arena *arena = c->arena;
    const char *od = dir_part(arena, from), *nd = dir_part(arena, out);
    if (strcmp(od, nd) == 0)
        return 0;
    char *real_nd = realpath(nd, NULL);
    int kept = 0;
    for (size_t k = 0; k < sizeof keys / sizeof keys[0]; k++) {
        const YNode *list = ynode_get(root, keys[k]);
        size_t n = list && list->kind == YNODE_SEQ ? list->count : list ? 1 : 0;
        for (size_t i = 0; i < n; i++) {
            const YNode *e = list->kind == YNODE_SEQ ? list->items[i] : list;
            if (e->kind != YNODE_SCALAR || !*e->text || *e->text == '/' ||
                (k == 1 && !strchr(e->text, '/') && !str_find(e->text, ".y")))
                continue; /* a catalog's shipped name, or an absolute path */
            const char *a = arena_printf(arena, "%s/%s", od, e->text);
            const char *b = arena_printf(arena, "%s/%s", nd, e->text);
            struct stat sa, sb;
            int a_is = stat(a, &sa) == 0, b_is = stat(b, &sb) == 0;
            char *real = a_is && !b_is && real_nd ? realpath(a, NULL) : NULL;
            if (real && rewrite(c, e, keys[k], real_nd, real, from, out)) {
                free(real);
                continue;
            }
            free(real);
            kept += k == 0;
            if (a_is && b_is && (sa.st_dev != sb.st_dev || sa.st_ino != sb.st_ino))
                term_fprintf(stderr, _("khgen: new: note: '%s' names '%s' from the new plan, not "
                                       "'%s', which '%s' read: check that it is the file meant, "
                                       "or write the path to the other\n"),
                             e->text, b, a, from);
        }
    }
    free(real_nd);
    return kept;
}
