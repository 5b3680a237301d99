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
 *
 * Either way the file the new plan reads may lie outside the new plan's
 * directory tree (-o sub/n.yaml of a plan including r.yaml beside it:
 * "../r.yaml"), which its check refuses (KH030) unless --allow-read names
 * it. The plan was written, then failed that check, exit 1 (s30attack,
 * s30mut). A plan new writes must check as written: new now refuses
 * before writing anything and says the two ways out (write it where it
 * can read the file, or give --allow-read to new and to every later check
 * and build); given --allow-read, it writes and notes that the plan needs
 * it where last year's did not.
 */
#include "cmd_new_impl.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "emit_yaml.h"
#include "i18n.h"
#include "readpolicy.h"

/* The directory of path, "." for a bare name (arena). */
static const char *dir_part(Arena *arena, const char *path)
{
    const char *slash = strrchr(path, '/');
    return slash ? arena_strndup(arena, path, (size_t)(slash - path)) : ".";
}

/* e's path written so that it names, from the directory real_nd (real),
 * the file real: plain where YAML reads it back as written, else
 * double-quoted (text); rel the path itself. */
static void path_from(Buf *rel, Buf *text, const char *real_nd, const char *real)
{
    path_relative(rel, real_nd, real);
    if (strspn(buf_str(rel), "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._/-") ==
        rel->len)
        buf_puts(text, buf_str(rel));
    else
        emit_quoted(text, buf_str(rel));
}

/* Records the edit of e's path to text (rel, said). Returns 1 when it is
 * recorded. */
static int rewrite(NewCtx *c, const YNode *e, const char *key, const Buf *rel, const Buf *text,
                   const char *from, const char *out)
{
    int done = new_add_edit(c, e, 1, arena_strdup(c->arena, buf_str(text)));
    if (done)
        term_fprintf(stderr, _("khgen: new: note: %s: '%s' is written '%s' in '%s', so that it "
                               "names from there the file that '%s' read\n"),
                     key, e->text, buf_str(rel), out, from);
    return done;
}

/* Whether the new plan (in real_nd) may read the file real, as its check
 * will decide (readpolicy_real_allowed): 1 yes; 0 no, and c->outside set
 * (the first such path: new refuses, nothing written). Where only an
 * --allow-read directory lets it, and last year's plan (in real_od) read
 * it without one, a note says so. */
static int readable_from(NewCtx *c, const YNode *e, const char *key, const char *written,
                         const char *real, const char *real_nd, const char *real_od,
                         const char *out)
{
    if (readpolicy_real_allowed(real, real_nd)) {
        if (!readpolicy_real_under(real, real_nd) && readpolicy_real_under(real, real_od))
            term_fprintf(stderr, _("khgen: new: note: %s: '%s' lies outside the directory of "
                                   "'%s' and is read only through --allow-read: give the "
                                   "same --allow-read to each check and build of it\n"),
                         key, written, out);
        return 1;
    }
    if (!c->outside) {
        c->outside = e;
        c->outside_key = key;
        c->outside_written = arena_strdup(c->arena, written);
        c->outside_dir = readpolicy_allow_hint(c->arena, real);
    }
    return 0;
}

int new_other_dir_paths(NewCtx *c, const YNode *root, const char *from, const char *out)
{
    static const char *const keys[] = {"include", "import"};
    Arena *arena = c->arena;
    const char *od = dir_part(arena, from), *nd = dir_part(arena, out);
    if (strcmp(od, nd) == 0)
        return 0;
    char *real_nd = realpath(nd, NULL), *real_od = realpath(od, NULL);
    if (real_nd && real_od && strcmp(real_nd, real_od) == 0) { /* "sub/..": the same one */
        free(real_nd);
        free(real_od);
        return 0;
    }
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
            char *real = real_nd ? realpath(a_is && !b_is ? a : b, NULL) : NULL;
            if (real && a_is && !b_is) {
                Buf rel = {0}, text = {0};
                path_from(&rel, &text, real_nd, real);
                int done = readable_from(c, e, keys[k], buf_str(&rel), real, real_nd, real_od,
                                         out) &&
                           rewrite(c, e, keys[k], &rel, &text, from, out);
                buf_free(&rel);
                buf_free(&text);
                if (done || c->outside) {
                    free(real);
                    continue;
                }
            } else if (real) {
                readable_from(c, e, keys[k], e->text, real, real_nd, real_od, out);
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
    free(real_od);
    return kept;
}
