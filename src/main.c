/* main.c - the khgen driver: arguments, then the pipeline, plan by plan.
 *
 * For each plan file: load (YAML to a tree with positions), parse (tree to a
 * typed Plan, references resolved), check (semantic rules), and, for
 * `build`, render every requested format into memory and only then write the
 * files, each atomically. A plan with errors writes nothing. Diagnostics of
 * all plans are printed, then one summary line. Exit status: 0 success,
 * 1 errors in a plan, 2 usage, 3 input/output failure.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "check.h"
#include "cycle.h"
#include "diag.h"
#include "include.h"
#include "load.h"
#include "parse.h"
#include "pdf.h"
#include "render_docx.h"
#include "render_html.h"
#include "render_md.h"
#include "render_xlsx.h"
#include "template.h"
#include "util.h"

#define KHGEN_VERSION "0.1.0"

enum { EXIT_OK = 0, EXIT_PLAN_ERRORS = 1, EXIT_USAGE = 2, EXIT_IO = 3 };
enum {
    FORMAT_MD = 1, FORMAT_HTML = 2, FORMAT_XLSX = 4, FORMAT_DOCX = 8, FORMAT_PDF = 16,
    FORMAT_DEFAULT = FORMAT_MD | FORMAT_HTML | FORMAT_XLSX | FORMAT_DOCX
};

typedef struct Options {
    int build;               /* build (1) or check (0) */
    const char *out_dir;
    unsigned formats;
    const char *templates_dir;
    int werror;
    PdfEngine pdf_engine;
    const char **plans;
    int n_plans;
} Options;

static const char usage_text[] =
    "usage: khgen build [-o DIR] [-f md,html,xlsx,docx,pdf] [--pdf-engine ENGINE]\n"
    "                   [--templates DIR] [-Werror] PLAN...\n"
    "       khgen check [--templates DIR] [-Werror] PLAN...\n"
    "       khgen explain [CODE]\n"
    "       khgen --help | --version\n"
    "\n"
    "Compiles YAML plan files into the formal Kế hoạch (Markdown, print-ready HTML,\n"
    "a Word document to edit and sign, a PDF) and the workbook of its attachment\n"
    "tables (XLSX).\n"
    "\n"
    "commands:\n"
    "  build            check each plan, then write DIR/<plan>.md, .html, .xlsx, .docx\n"
    "  check            check only; print diagnostics\n"
    "  explain [CODE]   explain a diagnostic code (all codes if none given)\n"
    "\n"
    "options:\n"
    "  -o, --output DIR       output directory (default: output)\n"
    "  -f, --formats LIST     formats to write, comma-separated: md,html,xlsx,docx,pdf\n"
    "                         (default: md,html,xlsx,docx)\n"
    "      --pdf-engine ENGINE   what prints the PDF: libreoffice (from the .docx,\n"
    "                         the default) or chromium (from the .html)\n"
    "      --templates DIR    read templates from DIR first, then the built-in ones\n"
    "  -Werror                treat warnings as errors\n"
    "  -h, --help             show this help\n"
    "      --version          show the version\n"
    "\n"
    "exit status: 0 success, 1 errors in a plan, 2 usage error, 3 input/output failure\n";

static int usage_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Prints "khgen: MESSAGE" and a hint to stderr; returns EXIT_USAGE. */
static int usage_error(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("khgen: ", stderr);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputs("\nTry 'khgen --help'.\n", stderr);
    return EXIT_USAGE;
}

static int parse_formats(const char *list, unsigned *formats)
{
    *formats = 0;
    const char *s = list;
    while (*s) {
        const char *comma = strchr(s, ',');
        size_t n = comma ? (size_t)(comma - s) : strlen(s);
        if (n == 2 && strncmp(s, "md", 2) == 0)
            *formats |= FORMAT_MD;
        else if (n == 4 && strncmp(s, "html", 4) == 0)
            *formats |= FORMAT_HTML;
        else if (n == 4 && strncmp(s, "xlsx", 4) == 0)
            *formats |= FORMAT_XLSX;
        else if (n == 4 && strncmp(s, "docx", 4) == 0)
            *formats |= FORMAT_DOCX;
        else if (n == 3 && strncmp(s, "pdf", 3) == 0)
            *formats |= FORMAT_PDF;
        else
            return -1;
        s += n;
        if (*s == ',')
            s++;
    }
    return *formats ? 0 : -1;
}

/* Returns -1 (usage error printed), or 0. */
static int parse_options(int argc, char **argv, int first, Options *opt)
{
    opt->plans = (const char **)xmalloc(sizeof(char *) * (size_t)argc);
    for (int i = first; i < argc; i++) {
        const char *arg = argv[i];
        if (strcmp(arg, "-o") == 0 || strcmp(arg, "--output") == 0) {
            if (++i == argc)
                return usage_error("option '%s' needs a directory", arg), -1;
            opt->out_dir = argv[i];
        } else if (strcmp(arg, "-f") == 0 || strcmp(arg, "--formats") == 0) {
            if (++i == argc)
                return usage_error("option '%s' needs a list of formats", arg), -1;
            if (parse_formats(argv[i], &opt->formats) != 0)
                return usage_error("unknown format in '%s': the formats are md, html, xlsx, "
                                   "docx and pdf, comma-separated", argv[i]), -1;
        } else if (strcmp(arg, "--pdf-engine") == 0 || strncmp(arg, "--pdf-engine=", 13) == 0) {
            const char *engine = arg[12] == '=' ? arg + 13 : NULL;
            if (!engine && ++i == argc)
                return usage_error("option '%s' needs an engine (libreoffice or chromium)", arg), -1;
            if (!engine)
                engine = argv[i];
            if (strcmp(engine, "libreoffice") == 0)
                opt->pdf_engine = PDF_LIBREOFFICE;
            else if (strcmp(engine, "chromium") == 0)
                opt->pdf_engine = PDF_CHROMIUM;
            else
                return usage_error("unknown PDF engine '%s': use libreoffice or chromium", engine),
                       -1;
        } else if (strcmp(arg, "--templates") == 0) {
            if (++i == argc)
                return usage_error("option '%s' needs a directory", arg), -1;
            opt->templates_dir = argv[i];
        } else if (strcmp(arg, "-Werror") == 0) {
            opt->werror = 1;
        } else if (strcmp(arg, "--") == 0) {
            for (i++; i < argc; i++)
                opt->plans[opt->n_plans++] = argv[i];
        } else if (arg[0] == '-' && arg[1] != '\0') {
            return usage_error("unknown option '%s'", arg), -1;
        } else {
            opt->plans[opt->n_plans++] = arg;
        }
    }
    if (opt->n_plans == 0)
        return usage_error("%s", "no plan file given"), -1;
    if (!opt->build && (opt->formats != FORMAT_DEFAULT || strcmp(opt->out_dir, "output") != 0))
        return usage_error("%s", "'check' writes nothing: -o and -f belong to 'build'"), -1;
    return 0;
}

/* Writes into name (size bytes) the name outputs of the plan at path get:
 * its file name without .yaml (or .yml). */
static void output_name(const char *path, char *name, size_t size)
{
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    size_t n = strlen(base);
    if (n > 5 && strcmp(base + n - 5, ".yaml") == 0)
        n -= 5;
    else if (n > 4 && strcmp(base + n - 4, ".yml") == 0)
        n -= 4;
    if (n >= size)
        n = size - 1;
    memcpy(name, base, n);
    name[n] = '\0';
}

static int make_dirs(const char *path)
{
    char *copy = xstrdup(path);
    for (char *s = copy + 1; *s; s++) {
        if (*s != '/')
            continue;
        *s = '\0';
        if (mkdir(copy, 0755) != 0 && errno != EEXIST) {
            free(copy);
            return -1;
        }
        *s = '/';
    }
    int rc = mkdir(copy, 0755) != 0 && errno != EEXIST ? -1 : 0;
    free(copy);
    return rc;
}

/* Writes one rendered buffer; reports KH901 on failure. */
static int write_output(DiagSink *diags, const char *path, const Buf *data)
{
    if (write_file_atomic(path, data->data ? data->data : "", data->len) == 0)
        return 0;
    SrcPos none = {path, 0, 0};
    diag_error(diags, none, 0, KH901, "cannot write '%s': %s", path, strerror(errno));
    return -1;
}

/* Compiles one plan. Returns EXIT_OK, EXIT_PLAN_ERRORS or EXIT_IO. */
static int compile_plan(const Options *opt, DiagSink *diags, const char *path)
{
    int status = EXIT_OK;
    int errors_before = diag_error_count(diags);
    Arena *arena = arena_new();
    TemplateSet *templates = tpl_set_new(arena, diags, opt->templates_dir);
    YNode *root = load_plan(arena, diags, path); /* load, then merge include: */
    Plan *plan = NULL;
    if (!root) {
        /* missing, unreadable or not a regular file (a directory): an
         * input failure; otherwise the file was read and is a bad plan */
        struct stat st;
        status = stat(path, &st) != 0 || !S_ISREG(st.st_mode) ? EXIT_IO : EXIT_PLAN_ERRORS;
        goto done;
    }
    plan = parse_plan(arena, diags, templates, path, root);
    check_plan(arena, diags, templates, plan);
    if (diag_error_count(diags) > errors_before) {
        status = EXIT_PLAN_ERRORS;
        goto done;
    }
    if (!opt->build) {
        /* check writes nothing, but a broken template (a province's plan.md)
         * must show: parse the templates a build would use (rendering the
         * whole document would double the time of a check) */
        static const char *const skeletons[] = {"plan.md", "plan.html", "plan.css"};
        for (size_t i = 0; i < sizeof skeletons / sizeof skeletons[0]; i++)
            tpl_check(templates, skeletons[i]);
        if (diag_error_count(diags) > errors_before)
            status = EXIT_PLAN_ERRORS;
        goto done;
    }

    RenderCtx rc;
    render_ctx_init(&rc, plan, templates, arena);
    Buf md = {0}, html = {0}, docx = {0};
    /* the PDF is printed from the .docx (LibreOffice) or the .html (Chromium) */
    int pdf_from_docx = (opt->formats & FORMAT_PDF) && opt->pdf_engine == PDF_LIBREOFFICE;
    int pdf_from_html = (opt->formats & FORMAT_PDF) && opt->pdf_engine == PDF_CHROMIUM;
    if ((opt->formats & FORMAT_MD) && render_md(&rc, &md) != 0)
        status = EXIT_PLAN_ERRORS;
    if (((opt->formats & FORMAT_HTML) || pdf_from_html) && render_html(&rc, &html) != 0)
        status = EXIT_PLAN_ERRORS;
    if (((opt->formats & FORMAT_DOCX) || pdf_from_docx) && render_docx(&rc, diags, &docx) != 0)
        status = EXIT_IO;
    if (status == EXIT_OK && diag_error_count(diags) == errors_before) {
        if (make_dirs(opt->out_dir) != 0) {
            SrcPos none = {opt->out_dir, 0, 0};
            diag_error(diags, none, 0, KH901, "cannot create directory '%s': %s",
                       opt->out_dir, strerror(errno));
            status = EXIT_IO;
        } else {
            char *out_path;
            if (opt->formats & FORMAT_MD) {
                out_path = arena_printf(arena, "%s/%s.md", opt->out_dir, plan->name);
                if (write_output(diags, out_path, &md) != 0)
                    status = EXIT_IO;
            }
            if (status == EXIT_OK && (opt->formats & FORMAT_HTML)) {
                out_path = arena_printf(arena, "%s/%s.html", opt->out_dir, plan->name);
                if (write_output(diags, out_path, &html) != 0)
                    status = EXIT_IO;
            }
            if (status == EXIT_OK && (opt->formats & FORMAT_XLSX)) {
                out_path = arena_printf(arena, "%s/%s.xlsx", opt->out_dir, plan->name);
                if (render_xlsx(plan, templates, out_path, diags) != 0)
                    status = EXIT_IO;
            }
            if (status == EXIT_OK && (opt->formats & FORMAT_DOCX)) {
                out_path = arena_printf(arena, "%s/%s.docx", opt->out_dir, plan->name);
                if (write_output(diags, out_path, &docx) != 0)
                    status = EXIT_IO;
            }
            if (status == EXIT_OK && (opt->formats & FORMAT_PDF)) {
                out_path = arena_printf(arena, "%s/%s.pdf", opt->out_dir, plan->name);
                if (pdf_write(opt->pdf_engine, diags, plan, pdf_from_docx ? &docx : &html,
                              out_path) != 0)
                    status = EXIT_IO;
            }
        }
    } else if (status == EXIT_OK) {
        status = EXIT_PLAN_ERRORS;
    }
    buf_free(&md);
    buf_free(&html);
    buf_free(&docx);
done:
    diag_flush(diags);
    diag_forget_sources(diags); /* their texts live in this plan's arena */
    arena_free(arena);
    return status;
}

static int explain(const char *code)
{
    size_t count;
    const DiagCode *all = diag_code_all(&count);
    if (!code) {
        for (size_t i = 0; i < count; i++)
            printf("%s  %-7s  %s\n", all[i].code,
                   all[i].level == DIAG_ERROR ? "error" : "warning", all[i].summary);
        return EXIT_OK;
    }
    char upper[16];
    size_t n = 0;
    for (; code[n] && n + 1 < sizeof upper; n++)
        upper[n] = (char)(code[n] >= 'a' && code[n] <= 'z' ? code[n] - 'a' + 'A' : code[n]);
    upper[n] = '\0';
    const DiagCode *entry = diag_code_find(upper); /* "kh112" is KH112 */
    if (!entry) {
        fprintf(stderr, "khgen: unknown diagnostic code '%s' (run 'khgen explain' for the list)\n",
                code);
        return EXIT_USAGE;
    }
    printf("%s (%s): %s\n\n%s\n", entry->code, entry->level == DIAG_ERROR ? "error" : "warning",
           entry->summary, entry->explanation);
    if (entry->example && *entry->example)
        printf("\nExample:\n\n%s\n", entry->example);
    return EXIT_OK;
}

int main(int argc, char **argv)
{
    if (argc < 2)
        return usage_error("%s", "no command given (build, check or explain)");
    const char *command = argv[1];
    if (strcmp(command, "-h") == 0 || strcmp(command, "--help") == 0) {
        fputs(usage_text, stdout);
        return EXIT_OK;
    }
    if (strcmp(command, "--version") == 0) {
        printf("khgen %s\n", KHGEN_VERSION);
        return EXIT_OK;
    }
    if (strcmp(command, "explain") == 0) {
        if (argc > 3)
            return usage_error("%s", "'explain' takes one code");
        return explain(argc == 3 ? argv[2] : NULL);
    }
    /* the yearly cycle and the git workflow (cycle.h) */
    if (strcmp(command, "new") == 0)
        return cmd_new(argc - 1, argv + 1);
    if (strcmp(command, "init") == 0)
        return cmd_init(argc - 1, argv + 1);
    Options opt = {.out_dir = "output", .formats = FORMAT_DEFAULT, .pdf_engine = PDF_LIBREOFFICE};
    if (strcmp(command, "build") == 0)
        opt.build = 1;
    else if (strcmp(command, "check") != 0)
        return usage_error("unknown command '%s' (use build, check or explain)", command);
    for (int i = 2; i < argc; i++) {
        if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0) {
            fputs(usage_text, stdout);
            return EXIT_OK;
        }
    }
    if (parse_options(argc, argv, 2, &opt) != 0) {
        free(opt.plans);
        return EXIT_USAGE;
    }
    /* outputs are named after the plan file: two plans of one name would
     * overwrite each other's documents */
    for (int i = 0; i < opt.n_plans && opt.build; i++) {
        for (int k = 0; k < i; k++) {
            char name_i[256], name_k[256];
            output_name(opt.plans[i], name_i, sizeof name_i);
            output_name(opt.plans[k], name_k, sizeof name_k);
            if (strcmp(name_i, name_k) == 0) {
                int rc = usage_error("'%s' and '%s' would both write %s/%s.*; build them into "
                                     "different directories (-o)",
                                     opt.plans[k], opt.plans[i], opt.out_dir, name_i);
                free(opt.plans);
                return rc;
            }
        }
    }
    DiagSink *diags = diag_new(stderr);
    diag_set_werror(diags, opt.werror);
    int status = EXIT_OK;
    for (int i = 0; i < opt.n_plans; i++) {
        int plan_status = compile_plan(&opt, diags, opt.plans[i]);
        if (plan_status > status)
            status = plan_status;
    }
    diag_summary(diags);
    if (status == EXIT_OK && diag_error_count(diags) > 0)
        status = EXIT_PLAN_ERRORS;
    diag_free(diags);
    free(opt.plans);
    return status;
}
