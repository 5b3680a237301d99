/* build_set.c - the plans of one build against each other: their outputs'
 * names, and an output of one that replaces an input of another.
 *
 * Outputs are named after the plan file, so two plans of one name, or of
 * names differing only in case or Unicode form, are refused (usage error),
 * and so is a plan whose outputs would be hidden files (".yaml" built
 * ".yaml.md", s23low 9).
 *
 * Each plan of `khgen build` is compiled and written in turn, and a plan's
 * outputs are checked against the files the plans compiled so far read
 * (outputs_over_inputs, KH901). A later plan's inputs were unknown: `khgen
 * build -o . a.yaml b.yaml` where b.yaml includes a registry named a.html
 * wrote a.html over it and then read b's registry as a's document
 * (s23low 2). Before anything is written, the plans are loaded and parsed
 * (their includes and catalogs read through the read policy, tracked) with
 * their diagnostics discarded, and each output name of each plan is
 * compared with what every other plan reads: one KH901 naming both, and
 * nothing written.
 *
 * The pass costs a second load of each plan, so it runs only where an
 * input can be an output: the output directory exists, lies under a
 * plan's directory or an --allow-read one (the only places a plan reads
 * from), and already holds a file of an output's name (a file the build
 * creates was no plan's input before it).
 */
#include "build_set.h"

#include "cli.h"
#include "vi.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "include.h"
#include "parse.h"
#include "readpolicy.h"
#include "template.h"
#include "util.h"

/* The output path of plan i in ext. */
static char *output_path(Arena *arena, const char *out_dir, const char *plan, const char *ext)
{
    Buf name = {0};
    plan_put_output_name(&name, plan);
    char *path = arena_printf(arena, "%s/%s.%s", out_dir, buf_str(&name), ext);
    buf_free(&name);
    return path;
}

/* 1 if the pass can find anything (see the header). */
static int worth_a_look(Arena *arena, const char *out_dir, const char *const *plans, int n_plans,
                        const char *const *exts, size_t n)
{
    char *real = realpath(out_dir, NULL);
    if (!real)
        return 0;
    int under = 0;
    for (int i = 0; i < n_plans && !under; i++) {
        const char *slash = strrchr(plans[i], '/');
        const char *dir = !slash ? "." : slash == plans[i] ? "/"
                          : arena_strndup(arena, plans[i], (size_t)(slash - plans[i]));
        char *dir_real = realpath(dir, NULL);
        under = dir_real && readpolicy_real_allowed(real, dir_real);
        free(dir_real);
    }
    free(real);
    int exists = 0;
    struct stat st;
    for (int i = 0; i < n_plans && under && !exists; i++)
        for (size_t k = 0; k < n && !exists; k++)
            exists = stat(output_path(arena, out_dir, plans[i], exts[k]), &st) == 0 &&
                     S_ISREG(st.st_mode);
    return under && exists;
}

int build_names_refused(const char *out_dir, const char *const *plans, int n_plans)
{
    /* outputs are named after the plan file: two plans of one name would
     * overwrite each other's documents (of one name but for case too, on
     * the file systems that ignore it: vfat, exFAT, NTFS, APFS) */
    for (int i = 0; i < n_plans; i++) {
        Buf own = {0};
        plan_put_output_name(&own, plans[i]);
        /* ".yaml" built ".yaml.md", ".a.yaml" ".a.md": files that `ls` and
         * a file manager hide, named after no plan (s23low 9) */
        int hidden = own.len == 0 || own.data[0] == '.';
        buf_free(&own);
        /* "xa/", a directory: the plan's load says so, with the pattern
         * that names its plans (KH031), not that its name is hidden */
        struct stat st;
        if (hidden && stat(plans[i], &st) == 0 && S_ISDIR(st.st_mode))
            hidden = 0;
        if (hidden && strcmp(out_dir, "-") != 0) {
            return usage_error("'%s' has no name before its extension, or one that begins with "
                               "'.': its outputs would be hidden files; rename the plan "
                               "(ke-hoach-2024.yaml writes ke-hoach-2024.md, ...)",
                               plans[i]);
        }
        for (int k = 0; k < i; k++) {
            Buf name_i = {0}, name_k = {0};
            plan_put_output_name(&name_i, plans[i]);
            plan_put_output_name(&name_k, plans[k]);
            /* refused even where the file system tells case apart (ext4):
             * output/ is copied to Windows or a USB stick, where one of
             * the two is lost (s17attack L4: the message says so) */
            int same = vi_same_ignoring_case(buf_str(&name_i), buf_str(&name_k));
            int rc = !same ? 0
                     : strcmp(buf_str(&name_i), buf_str(&name_k)) == 0
                         ? usage_error("'%s' and '%s' would both write %s/%s.*; build them "
                                       "into different directories (-o)",
                                       plans[k], plans[i], out_dir, buf_str(&name_i))
                         : usage_error("'%s' and '%s' write %s/%s.* and %s/%s.*, names that "
                                       "differ only in case: copied to Windows or a USB stick, "
                                       "as output/ is, one overwrites the other; build them into "
                                       "different directories (-o), or rename one",
                                       plans[k], plans[i], out_dir, buf_str(&name_k),
                                       out_dir, buf_str(&name_i));
            buf_free(&name_i);
            buf_free(&name_k);
            if (same)
                return rc;
        }
    }
    return 0;
}

int build_outputs_over_inputs(DiagSink *diags, const char *out_dir, const char *const *plans,
                              int n_plans, const char *const *exts, size_t n,
                              const char *templates_dir)
{
    if (n_plans < 2 || strcmp(out_dir, "-") == 0)
        return 0;
    Arena *names = arena_new();
    int found = 0;
    FILE *devnull = worth_a_look(names, out_dir, plans, n_plans, exts, n)
                        ? fopen("/dev/null", "w") : NULL;
    for (int j = 0; devnull && j < n_plans && !found; j++) {
        /* plan j's inputs, read again by its own build later */
        DiagSink *quiet = diag_new(devnull);
        Arena *arena = arena_new(), *tree = arena_new();
        TemplateSet *templates = tpl_set_new(arena, quiet, templates_dir);
        readpolicy_track(0);
        readpolicy_track(1);
        YNode *root = load_plan_split(arena, tree, quiet, plans[j]);
        if (root)
            parse_plan(arena, quiet, templates, plans[j], root);
        for (int i = 0; i < n_plans && !found; i++) {
            if (i == j)
                continue; /* a plan's own: outputs_over_inputs, in its build */
            for (size_t k = 0; k < n && !found; k++) {
                char *path = output_path(names, out_dir, plans[i], exts[k]);
                if (!readpolicy_was_read(path))
                    continue;
                SrcPos none = {path, 0, 0};
                diag_error(diags, none, 0, KH901,
                           "cannot write '%s', an output of '%s': it is a file that '%s' reads "
                           "(an included registry or a catalog), which this build would "
                           "replace before reading it; nothing was written: build into another "
                           "directory (-o), or rename the file '%s' reads",
                           path, plans[i], plans[j], plans[j]);
                found = 1;
            }
        }
        readpolicy_track(0);
        diag_free(quiet);
        arena_free(tree);
        arena_free(arena);
    }
    if (devnull)
        fclose(devnull);
    diag_flush(diags); /* its file name lives in names */
    arena_free(names);
    return found;
}
