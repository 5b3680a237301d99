/* diff_cmd.c - the command `khgen diff OLD NEW`: its command line, the
 * reading of each side, and the page written.
 *
 * cmd_diff reads the options (--format term|md|html, -o FILE, --all,
 * --allow-read DIR, --templates DIR, the colour main decided) and two operands, or the
 * seven arguments git gives an external diff driver (path old-file old-hex
 * old-mode new-file new-hex new-mode; nine for a rename): the path names
 * both sides, /dev/null is an empty document. Each side is compiled as
 * `khgen check` does (load_side), both before anything is said, so that
 * what stops the comparison is told of each in one run; the plans'
 * warnings are kept in memory and shown only when a side has errors. The
 * comparison itself is cycle_diff's (diff.c). Exit status 0 when the
 * documents are the same, 1 when they differ, 2 usage, 3 when a plan
 * cannot be read or has errors; as git's driver a difference, or a side
 * that is no plan, exits 0, which is what git expects of a driver. -o
 * never names a file the plans read (readpolicy), and is written whole
 * or not at all (write_file_atomic).
 */
#include "cycle.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "cli.h"
#include "diff_impl.h"
#include "help.h"
#include "i18n.h"
#include "include.h"
#include "load.h"
#include "parse.h"
#include "readpolicy.h"
#include "resolve.h"

enum { EXIT_SAME = 0, EXIT_DIFFER = 1, EXIT_USAGE = 2, EXIT_IO = 3 };
enum { FMT_TERM = DIFF_TERM, FMT_MD = DIFF_MD, FMT_HTML = DIFF_HTML };

/* Compiles a side: the file at path, named name in diagnostics and
 * includes. /dev/null is an empty document (no plan). Returns 0, or
 * EXIT_IO after printing why. */
static int load_side(Arena *arena, DiagSink *diags, TemplateSet *templates, const char *path,
                     const char *name, Plan **plan_out)
{
    *plan_out = NULL;
    if (strcmp(path, "/dev/null") == 0)
        return 0;
    if (cycle_check_regular("diff", path) != 0)
        return EXIT_IO; /* a FIFO would block the read */
    int before = diag_error_count(diags);
    diag_forget_repeats(diags); /* each side judged alone */
    YNode *root;
    /* the plan file's tree, freed once the plan is checked (as build does,
     * main.c): nothing the comparison reads is in it (diff_keep_written);
     * a side's nodes were a fifth of diff's memory, held to the end */
    Arena *tree = NULL;
    if (strcmp(path, name) == 0) {
        tree = arena_new();
        root = load_plan_split(arena, tree, diags, path);
    } else {
        /* git's copy of the old version lives in a temporary file: read it
         * under the plan's own path, so includes resolve beside it */
        size_t len = 0;
        LoadLimits limits = load_default_limits(); /* a plan's size, not 16 MiB (s20attack F7) */
        char *text = read_file(path, limits.max_bytes, &len);
        if (!text) {
            term_fprintf(stderr, _("khgen: diff: cannot read '%s': %s\n"), path, i18n_strerror(errno));
            return EXIT_IO;
        }
        root = load_string(arena, diags, name, text, len, &limits);
        free(text);
        if (root && include_merge(arena, diags, root->pos.file, root) > 0)
            root = NULL; /* as load_plan: a failed include stops the reading */
    }
    if (!root) {
        arena_free(tree);
        diag_flush(diags);
        return EXIT_IO;
    }
    Plan *plan = parse_plan(arena, diags, templates, root->pos.file, root);
    resolve_plan(arena, diags, templates, plan);
    check_plan(arena, diags, templates, plan);
    diff_keep_written(arena, plan);
    arena_free(tree);
    if (diag_error_count(diags) > before) {
        diag_flush(diags);
        if (!diag_json_on()) /* JSON lines only (s27attack L12) */
            term_fprintf(stderr, _("khgen: diff: '%s' has errors; the document cannot be compared\n"), name);
        return EXIT_IO;
    }
    /* the loader keeps no comments */
    plan->unplaced_notes = diff_unplaced_notes(arena, path, &plan->working_notes,
                                               &plan->working_codes);
    *plan_out = plan;
    return 0;
}

/* FMT_TERM, FMT_MD or FMT_HTML for a --format value; -1 for another. */
static int format_named(const char *f)
{
    if (strcmp(f, "term") == 0 || strcmp(f, "text") == 0)
        return FMT_TERM;
    if (strcmp(f, "md") == 0)
        return FMT_MD;
    return strcmp(f, "html") == 0 ? FMT_HTML : -1;
}

/* 1 if argv[1..argc) is git's driver call: seven or nine arguments with an
 * object id (or ".") and a mode (or ".") at their places. Its paths are
 * then never options: a plan named "-draft.yaml" was "unknown option",
 * status 2, and git stopped ("external diff died"). */
static int git_call(int argc, char **argv)
{
    if (argc != 8 && argc != 10)
        return 0;
    for (int i = 3; i <= 6; i += 3) {
        size_t hex = strspn(argv[i], "0123456789abcdef");
        if (!((hex >= 7 && argv[i][hex] == '\0') || strcmp(argv[i], ".") == 0) ||
            !(strspn(argv[i + 1], "01234567") == 6 || strcmp(argv[i + 1], ".") == 0))
            return 0;
    }
    return 1;
}

/* The plans diff compares, from its operands: two files, or git's seven
 * (nine for a rename) arguments of an external diff driver. Returns 0, or
 * -1 after the usage error. */
static int diff_operands(const char *const *args, int n_args, const char **old_path,
                         const char **new_path, const char **old_name, const char **new_name)
{
    if (n_args == 2) {
        *old_path = *old_name = args[0];
        *new_path = *new_name = args[1];
    } else if (n_args == 7 || n_args == 9) {
        /* git: path old-file old-hex old-mode new-file new-hex new-mode,
         * and for a renamed plan new-path and "similarity index N%" (git
         * finds renames by default: refused, a rename stopped `git diff`
         * with "external diff died", the files after it not shown) */
        *old_name = *new_name = args[0];
        if (n_args == 9)
            *new_name = args[7];
        *old_path = args[1];
        *new_path = args[4];
        /* both read under the plan's path, which may no longer exist (a
         * deleted plan, `git log -p` of a commit that added it): their
         * includes resolve beside it all the same (include_merge) */
    } else {
        term_fprintf(stderr, _("khgen: diff takes two plans (or the seven arguments of git)\n"));
        help_put_usage(stderr, "diff");
        return -1;
    }
    return 0;
}

/* The usage error of a second -f or -o (option_once); returns EXIT_USAGE. */
static int given_twice(const char *option)
{
    term_fprintf(stderr, _("khgen: %s: option '%s' is given twice: give it once\n"), "diff",
                 option);
    return EXIT_USAGE;
}

/* What the command line of khgen diff asks: the options, and up to nine
 * operands (n_args counts them all, so that too many is said). */
typedef struct DiffArgs {
    int format, all, color;
    const char *out_path;
    const char *templates; /* --templates DIR, or NULL */
    const char *args[9];
    int n_args;
} DiffArgs;

/* Reads argv's options and operands into d (whose color the caller has
 * set: -1 to decide, 0 for none); returns -1 to go on, else the status
 * to exit with (a usage error said on stderr, or --help printed). */
static int read_diff_args(int argc, char **argv, DiffArgs *d)
{
    /* `git config diff.khgen.command "khgen diff --allow-read chung"`:
     * git's seven or nine arguments come after the options of the
     * command configured (--templates too: a province's catalogs) */
    int first = 1;
    unsigned seen = 0; /* -f, -o and --templates each given once (option_once) */
    while (first + 1 < argc && (strcmp(argv[first], "--allow-read") == 0 ||
                                strcmp(argv[first], "--templates") == 0)) {
        if (argv[first][2] == 't') {
            if (option_once(&seen, 4u) != 0)
                return given_twice(argv[first]);
            if (cli_templates(argv[first + 1]) != 0)
                return EXIT_USAGE;
            d->templates = argv[first + 1];
        } else if (cli_allow_read(argv[first + 1]) != 0) {
            return EXIT_USAGE;
        }
        first += 2;
    }
    int operands = git_call(argc - first + 1, argv + first - 1); /* after "--" too */
    for (int i = first; i < argc; i++) {
        const char *a = argv[i];
        if (!operands && strcmp(a, "--") == 0) {
            operands = 1;
        } else if (!operands && strcmp(a, "--allow-read") == 0) {
            if (i + 1 == argc)
                return usage_error("option '%s' needs a directory", a);
            if (cli_allow_read(argv[++i]) != 0)
                return EXIT_USAGE;
        } else if (!operands && strcmp(a, "--templates") == 0) {
            /* the province's catalogs and wording, as its build reads
             * them: without it a plan citing a criterion only its
             * catalog has could not be compared (s49it F7) */
            if (i + 1 == argc)
                return usage_error("option '%s' needs a directory", a);
            if (option_once(&seen, 4u) != 0)
                return given_twice(a);
            if (cli_templates(argv[++i]) != 0)
                return EXIT_USAGE;
            d->templates = argv[i];
        } else if (!operands && (strcmp(a, "--format") == 0 || strcmp(a, "-f") == 0) &&
                   i + 1 < argc) {
            if (option_once(&seen, 1u) != 0)
                return given_twice(a);
            d->format = format_named(argv[++i]);
            if (d->format < 0) {
                term_fprintf(stderr, _("khgen: diff: unknown format '%s' (term, md or html)\n"),
                             argv[i]);
                return EXIT_USAGE;
            }
        } else if (operands) {
            if (d->n_args < 9)
                d->args[d->n_args] = a;
            d->n_args++;
        } else if ((strcmp(a, "-o") == 0 || strcmp(a, "--output") == 0) && i + 1 < argc) {
            if (option_once(&seen, 2u) != 0)
                return given_twice(a);
            d->out_path = argv[++i];
        } else if (strcmp(a, "--no-color") == 0) {
            /* taken already, in its order among --color[=WHEN], by main's
             * color_choice: the last written wins, as the README says;
             * setting 0 here made `--no-color --color=always` (an alias
             * and the line typed after it) print no colour (s29user) */
        } else if (strcmp(a, "--all") == 0) {
            d->all = 1;
        } else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            help_put_usage(stdout, "diff");
            return EXIT_SAME;
        } else if (a[0] == '-' && a[1] && strcmp(a, "-") != 0) {
            return cli_unknown_option("diff", a);
        } else if (d->n_args < 9) {
            d->args[d->n_args++] = a;
        } else {
            d->n_args++;
        }
    }
    return -1;
}

int cmd_diff(int argc, char **argv, int color)
{
    DiffArgs d = {.format = FMT_TERM, .color = color};
    int stop = read_diff_args(argc, argv, &d);
    if (stop >= 0)
        return stop;
    int format = d.format, all = d.all, n_args = d.n_args;
    const char *out_path = d.out_path;
    color = d.color;
    const char *old_path, *new_path, *old_name, *new_name;
    if (diff_operands(d.args, n_args, &old_path, &new_path, &old_name, &new_name) != 0)
        return EXIT_USAGE;
    if (out_path && (same_file(out_path, old_path) || same_file(out_path, new_path))) {
        term_fprintf(stderr, _("khgen: diff: -o '%s' is a plan it compares; choose another name\n"), out_path);
        return EXIT_USAGE;
    }
    if (color < 0) {
        const char *no = getenv("NO_COLOR");
        color = !out_path && format == FMT_TERM && isatty(STDOUT_FILENO) && !(no && *no);
    }

    Arena *arena_a = arena_new(), *arena_b = arena_new();
    /* warnings of the two plans are not the reviewer's business: the
     * diagnostics are kept in memory and shown only if a side has errors */
    char *diag_text = NULL;
    size_t diag_len = 0;
    FILE *diag_out = open_memstream(&diag_text, &diag_len);
    DiagSink *diags = diag_new_for_plans(diag_out ? diag_out : stderr);
    TemplateSet *templates = tpl_set_new(arena_b, diags, d.templates);
    Plan *old_plan = NULL, *new_plan = NULL;
    int changes = 0;
    Buf page = {0};
    readpolicy_track(1); /* -o must not name a file the plans read */
    /* both sides are read, so that what stops the comparison is said of
     * each in one run: two Word files given for plans (KH025) were named
     * one at a time, the second only once the first was imported
     * (s17user) */
    int status = load_side(arena_a, diags, templates, old_path, old_name, &old_plan);
    int new_status = load_side(arena_b, diags, templates, new_path, new_name, &new_plan);
    if (status == 0)
        status = new_status;
    int side_failed = status != 0;
    if (status != 0)
        goto done;
    if (out_path && strcmp(out_path, "-") != 0 && readpolicy_was_read(out_path)) {
        /* a shared registry or a catalog: the redline replaced it, and
         * every plan that includes it stopped compiling */
        term_fprintf(stderr, _("khgen: diff: -o '%s' is a file the plans read (an included "
                               "registry or a catalog); choose another name\n"), out_path);
        status = EXIT_USAGE;
        goto done;
    }
    changes = cycle_diff(old_plan, arena_a, new_plan, arena_b, templates, old_name, new_name,
                         format, color, all, &page);
    if (out_path && strcmp(out_path, "-") != 0) {
        if (write_file_atomic(out_path, page.data ? page.data : "", page.len) != 0) {
            cli_write_failed(out_path, errno);
            status = EXIT_IO;
        }
    } else if (page.len) {
        fwrite(page.data, 1, page.len, stdout);
    }
    if (n_args == 2) {
        /* not as git's driver: `git log -p` runs it once a file and a
         * commit, a line each time, and stderr goes past git's pager onto
         * its page; `git diff --no-ext-diff` shows the notes as the lines
         * of the source they are (doc/cycle.md) */
        diff_say_working_notes(old_plan, old_name);
        diff_say_working_notes(new_plan, new_name);
    }
    if (status == 0)
        status = changes && n_args == 2 ? EXIT_DIFFER : EXIT_SAME;
    /* git (before diff.<driver>.trustExitCode) stops at an external diff
     * that exits non-zero: as git's driver, a difference is status 0 */
done:
    readpolicy_track(0);
    buf_free(&page);
    diag_flush(diags);
    diag_forget_sources(diags);
    diag_free(diags);
    if (diag_out) {
        fclose(diag_out);
        if (status == EXIT_IO && diag_text)
            diag_pass_text(stderr, diag_text);
        free(diag_text);
    }
    /* as git's driver, a side that is no plan (a shared registry is *.yaml
     * too) or has errors is said on stderr and git goes on to the next
     * file: status 3 stopped `git diff` there ("external diff died") */
    if (side_failed && n_args != 2)
        status = EXIT_SAME;
    arena_free(arena_a);
    arena_free(arena_b);
    return status;
}
