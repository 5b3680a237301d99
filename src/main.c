/* main.c - the khgen driver: arguments, then the pipeline, plan by plan.
 *
 * For each plan file, compile_plan() runs the pipeline, one stage a file:
 *
 *   load     load.c, include.c   YAML to a node tree with positions
 *   parse    parse.c (catalog.c, attach.c)  the tree to a typed Plan; no
 *                                binding yet, no YAML read after it
 *   resolve  resolve.c           ids bound and counted, references and
 *                                figures evaluated, tables built, body
 *                                numbered; the last stage that writes the Plan
 *   check    check.c             the semantic rules, on a const Plan
 *   render   render_*.c          every requested format, each to its
 *                                temporary file as soon as it is made
 *   write    write_outputs()     the files renamed, all or nothing (outputs.c)
 *
 * and only a plan without errors reaches render. A plan with errors writes nothing. Diagnostics of
 * all plans are printed, then one summary line. Exit status: 0 success,
 * 1 errors in a plan, 2 usage, 3 input/output failure.
 */
#include <errno.h>
#include <stdarg.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check.h"
#include "attach.h"
#include "build_set.h"
#include "cli.h"
#include "cycle.h"
#include "diag.h"
#include "help.h"
#include "import.h"
#include "i18n.h"
#include "include.h"
#include "legacy.h"
#include "load.h"
#include "outdir.h"
#include "parse.h"
#include "outputs.h"
#include "import_foreign.h"
#include "pdf.h"
#include "pdf_fonts.h"
#include "readpolicy.h"
#include "render_docx.h"
#include "render_html.h"
#include "render_md.h"
#include "render_xlsx.h"
#include "resolve.h"
#include "stack.h"
#include "stderr_json.h"
#include "suggest.h"
#include "template.h"
#include "util.h"
#include "vi.h"

#define KHGEN_VERSION "0.1.0"

enum { EXIT_OK = 0, EXIT_PLAN_ERRORS = 1, EXIT_USAGE = 2, EXIT_IO = 3 };
enum {
    FORMAT_MD = 1, FORMAT_HTML = 2, FORMAT_XLSX = 4, FORMAT_DOCX = 8, FORMAT_PDF = 16,
    FORMAT_DEFAULT = FORMAT_MD | FORMAT_HTML | FORMAT_XLSX | FORMAT_DOCX
};
/* each format's name in -f and its files' extension: format_names[i] is
 * the format of bit 1 << i */
static const char *const format_names[] = {"md", "html", "xlsx", "docx", "pdf"};
enum { N_FORMATS = sizeof format_names / sizeof format_names[0] };

typedef struct Options {
    int build;               /* build (1) or check (0) */
    const char *out_dir;
    unsigned formats;
    const char *templates_dir;
    int werror;
    int max_errors;          /* per file, --max-errors (0: all) */
    PdfEngine pdf_engine;
    const char **plans;
    int n_plans;
} Options;

static int parse_formats(const char *list, unsigned *formats, const char **bad, size_t *bad_len)
{
    *formats = 0;
    const char *s = list;
    while (*s) {
        const char *comma = strchr(s, ',');
        size_t n = comma ? (size_t)(comma - s) : strlen(s);
        *bad = s; /* the name a "did you mean" is about */
        *bad_len = n;
        size_t k = 0;
        while (k < N_FORMATS &&
               !(strlen(format_names[k]) == n && strncmp(s, format_names[k], n) == 0))
            k++;
        if (k == N_FORMATS)
            return -1;
        *formats |= 1u << k;
        s += n;
        if (*s == ',' && *++s == '\0') { /* "md,": an empty last name, as ",md" a first */
            *bad = s, *bad_len = 0;
            return -1;
        }
    }
    return *formats ? 0 : -1;
}

/* Which of build's and check's options that take one value arg is (a bit),
 * or 0: a repeatable one (--allow-read), a switch, a file. */
static unsigned once_bit(const char *arg)
{
    static const char *const names[] = {"-o", "--output", "-f", "--formats", "--pdf-engine",
                                        "--templates", "--max-errors"};
    for (unsigned k = 0; k < sizeof names / sizeof names[0]; k++)
        if (strcmp(arg, names[k]) == 0 || (k == 4 && strncmp(arg, "--pdf-engine=", 13) == 0) ||
            (k == 6 && strncmp(arg, "-fmax-errors=", 13) == 0))
            return 1u << (k < 4 ? k / 2 : k - 2);
    return 0;
}

/* Returns -1 (usage error printed), or 0. */
static int parse_options(int argc, char **argv, int first, Options *opt)
{
    opt->plans = (const char **)xmalloc(sizeof(char *) * (size_t)argc);
    unsigned seen = 0; /* the options given, each once (option_once) */
    for (int i = first; i < argc; i++) {
        const char *arg = argv[i];
        unsigned once = once_bit(arg);
        if (once && option_once(&seen, once) != 0)
            return usage_error("option '%s' is given twice: give it once", arg), -1;
        if (strcmp(arg, "-o") == 0 || strcmp(arg, "--output") == 0) {
            if (++i == argc) /* -o '': cli_empty_path's (it printed ": error") */
                return usage_error("option '%s' needs a directory", arg), -1;
            opt->out_dir = argv[i];
        } else if (strcmp(arg, "-f") == 0 || strcmp(arg, "--formats") == 0) {
            if (++i == argc)
                return usage_error("option '%s' needs a list of formats", arg), -1;
            const char *bad = NULL;
            size_t bad_len = 0;
            if (parse_formats(argv[i], &opt->formats, &bad, &bad_len) != 0) {
                char word[16] = ""; /* "pfd": 'pdf' (s14user L4) */
                if (bad && bad_len > 0 && bad_len < sizeof word)
                    memcpy(word, bad, bad_len), word[bad_len] = '\0';
                const char *hint = word[0] ? suggest_best(word, format_names, N_FORMATS) : NULL;
                if (bad && bad_len == 0) /* "md,,html": an item between two commas empty */
                    return usage_error("'%s' has an empty format at its character %d (two commas, "
                                       "or one at an end): write one of md, html, xlsx, docx and "
                                       "pdf between each two commas",
                                       argv[i], (int)(bad - argv[i]) + 1), -1;
                if (hint)
                    return usage_error("unknown format '%s' in '%s' (did you mean '%s'?): the "
                                       "formats are md, html, xlsx, docx and pdf, comma-separated",
                                       word, argv[i], hint), -1;
                return usage_error("unknown format in '%s': the formats are md, html, xlsx, "
                                   "docx and pdf, comma-separated", argv[i]), -1;
            }
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
            if (cli_templates(argv[i]) != 0)
                return -1;
            opt->templates_dir = argv[i];
        } else if (strcmp(arg, "--allow-read") == 0) {
            if (++i == argc)
                return usage_error("option '%s' needs a directory", arg), -1;
            if (cli_allow_read(argv[i]) != 0)
                return -1;
        } else if (strcmp(arg, "--max-errors") == 0 || strncmp(arg, "-fmax-errors=", 13) == 0) {
            const char *value = arg[1] == 'f' ? arg + 13 : (++i < argc ? argv[i] : NULL);
            long n;
            if (parse_option_number(value, 0, 1000000, &n) != 0)
                return usage_error("option '%s' needs a number of errors (0 for no limit)", arg),
                       -1;
            opt->max_errors = (int)n;
        } else if (strcmp(arg, "-Werror") == 0) {
            opt->werror = 1;
        } else if (strcmp(arg, "--") == 0) {
            for (i++; i < argc; i++)
                opt->plans[opt->n_plans++] = argv[i];
        } else if (arg[0] == '-' && arg[1] != '\0') {
            return cli_unknown_option(argv[1], arg), -1;
        } else if (arg[0] == '-') { /* a plan is a regular file (README, read policy) */
            return usage_error("%s", _("'-' (standard input) is not read: give the plan's file "
                                       "name (save it to a file first)")), -1;
        } else {
            opt->plans[opt->n_plans++] = arg;
        }
    }
    if (opt->n_plans == 0)
        return usage_error("%s", _("no plan file given")), -1;
    /* --pdf-engine too: taken silently, it let `check --pdf-engine chromium`
     * look as if the engine had been tried (s12attack L6) */
    if (!opt->build && (opt->formats != FORMAT_DEFAULT || strcmp(opt->out_dir, "output") != 0 ||
                        (seen & once_bit("--pdf-engine"))))
        return usage_error("%s", _("'check' writes nothing: -o, -f and --pdf-engine belong to "
                                   "'build'")), -1;
    /* -o -: one text document to standard output (git's textconv) */
    if (strcmp(opt->out_dir, "-") == 0 &&
        (opt->n_plans != 1 || (opt->formats != FORMAT_MD && opt->formats != FORMAT_HTML)))
        return usage_error("%s", _("'-o -' writes one plan in one text format to standard "
                                   "output: add '-f md' (or '-f html') and give one plan")), -1;
    return 0;
}

/* Writes one rendered buffer; reports KH901 on failure. */
static int write_output(DiagSink *diags, const char *path, const Buf *data)
{
    if (write_file_atomic(path, data->data ? data->data : "", data->len) == 0)
        return 0;
    SrcPos none = {path, 0, 0};
    outputs_report_write_file(diags, none, path, errno); /* import's -o names the file */
    return -1;
}

/* The documents of one plan. Each format goes to its temporary file as
 * soon as it is rendered (outputs.c), and its text is freed, so memory
 * holds one format at a time; only the document the PDF is printed from,
 * and with -o - the one document for standard output, are kept. */
typedef struct Outputs {
    Buf md, html, docx, xlsx, pdf;
    OutputSet *set; /* the temporaries written so far; NULL before the first */
    int write_failed; /* the output directory or a temporary could not be written */
    char *made_dir; /* the first directory of -o this build created, NULL: none */
    int pdf_from_docx, pdf_from_html; /* what the PDF is printed from */
    int pdf_failed; /* no engine, or it failed: the rest is still written */
    int errors_before_pdf; /* errors counted before the PDF was printed */
} Outputs;

/* Hands one rendered format (data NULL: not produced, an old file goes) to
 * the all-or-nothing writer, creating the output directory first, and frees
 * data unless keep. Reports KH901 on failure; later formats are then not
 * written and nothing is renamed. */
static void stream_output(const Options *opt, DiagSink *diags, const Plan *plan, Arena *arena,
                          Outputs *out, const char *ext, Buf *data, int keep)
{
    if (strcmp(opt->out_dir, "-") == 0)
        return; /* -o -: write_outputs prints the one document */
    if (!out->write_failed && !out->set) {
        if (outdir_make(diags, opt->out_dir, &out->made_dir) != 0) {
            out->write_failed = 1;
        } else {
            out->set = outputs_begin(opt->out_dir, plan->name);
        }
    }
    if (!out->write_failed && outputs_add(out->set, diags, arena, ext, data) != 0)
        out->write_failed = 1;
    if (data && !keep)
        buf_free(data);
}

/* Stage 5, render: every requested format, each handed to its temporary
 * file as soon as it is made (the workbook and the PDF are made in private
 * temporary directories and read back). Nothing is written after the
 * first failure. Returns EXIT_OK, EXIT_PLAN_ERRORS or EXIT_IO. */
static int render_outputs(const Options *opt, DiagSink *diags, const Plan *plan,
                          TemplateSet *templates, Arena *arena, Outputs *out)
{
    int status = EXIT_OK;
    RenderCtx rc;
    render_ctx_init(&rc, plan, templates, arena);
    const char *dir = opt->out_dir, *name = plan->name;
    /* the PDF is printed from the .docx (LibreOffice) or the .html (Chromium) */
    out->pdf_from_docx = (opt->formats & FORMAT_PDF) && opt->pdf_engine == PDF_LIBREOFFICE;
    out->pdf_from_html = (opt->formats & FORMAT_PDF) && opt->pdf_engine == PDF_CHROMIUM;
    /* Markdown and HTML both walk the body: expand its texts once for
     * both. The memo (a few tens of MB for a national plan) is freed
     * before the DOCX is made, whose XML is the largest thing a build
     * holds: kept, it raised the peak of a build of every format from
     * 2.0x to 2.2x libyaml's tree, for 0.1x of its time. */
    int shared = (opt->formats & FORMAT_MD) &&
                 ((opt->formats & FORMAT_HTML) || out->pdf_from_html);
    RenderMemo *memo = shared ? render_memo_new() : NULL;
    rc.inline_ctx.memo = memo;
    int errors_before = diag_error_count(diags);
    /* a table whose numbers the printed page breaks (KH635): the formats
     * that print it on A4, said once for all of them */
    if (opt->formats & (FORMAT_HTML | FORMAT_DOCX | FORMAT_PDF))
        attach_warn_narrow_numbers(plan, diags);
#define STREAM(ext, buf, keep)                                                                 \
    do {                                                                                       \
        if (status == EXIT_OK && diag_error_count(diags) == errors_before)                     \
            stream_output(opt, diags, plan, arena, out, ext, buf, keep);                       \
    } while (0)
    if ((opt->formats & FORMAT_MD) && render_md(&rc, &out->md) != 0)
        status = EXIT_PLAN_ERRORS;
    if (opt->formats & FORMAT_MD)
        STREAM("md", &out->md, 0);
    if (((opt->formats & FORMAT_HTML) || out->pdf_from_html) && render_html(&rc, &out->html) != 0)
        status = EXIT_PLAN_ERRORS;
    if (opt->formats & FORMAT_HTML)
        STREAM("html", &out->html, out->pdf_from_html);
    rc.inline_ctx.memo = NULL;
    render_memo_free(memo);
    if ((opt->formats & FORMAT_DOCX) || out->pdf_from_docx) {
        int docx = render_docx(&rc, diags, &out->docx); /* 1: its template's error */
        if (docx != 0 && status == EXIT_OK)
            status = docx > 0 ? EXIT_PLAN_ERRORS : EXIT_IO;
    }
    if (opt->formats & FORMAT_DOCX)
        STREAM("docx", &out->docx, out->pdf_from_docx);
    if (status == EXIT_OK && (opt->formats & FORMAT_XLSX) && strcmp(dir, "-") != 0 &&
        render_xlsx_buf(plan, templates, arena_printf(arena, "%s/%s.xlsx", dir, name), diags,
                        &out->xlsx) != 0)
        status = EXIT_IO;
    if (opt->formats & FORMAT_XLSX) /* no attachments: no workbook, an old one goes */
        STREAM("xlsx", plan->n_attachments ? &out->xlsx : NULL, 0);
    /* A PDF that cannot be printed (the engine missing or failing) is the
     * one exception to all-or-nothing: the documents khgen makes itself are
     * still written, an older PDF is removed so that no stale copy sits
     * beside them, and the run exits 3 (compile_plan). */
    out->errors_before_pdf = diag_error_count(diags);
    /* the font the PDF must be in is the one its source's template names */
    size_t font_len = 0;
    const char *font_origin = NULL;
    const char *font_text = (opt->formats & FORMAT_PDF)
        ? tpl_set_text(templates, out->pdf_from_docx ? "docx-styles.xml" : "plan.css", &font_len,
                       &font_origin)
        : NULL;
    if (status == EXIT_OK && !out->write_failed && (opt->formats & FORMAT_PDF) &&
        strcmp(dir, "-") != 0 &&
        pdf_write(opt->pdf_engine, diags, plan, out->pdf_from_docx ? &out->docx : &out->html,
                  pdf_fonts_template_wants_times(font_text, font_len),
                  arena_printf(arena, "%s/%s.pdf", dir, name), &out->pdf) != 0)
        out->pdf_failed = 1;
    /* the PDF's own errors stop nothing, not even its own removal: counted
     * from before it, they kept an older PDF beside the new documents,
     * which README says is removed (s16user F5) */
    errors_before = diag_error_count(diags);
    if (opt->formats & FORMAT_PDF)
        STREAM("pdf", out->pdf_failed ? NULL : &out->pdf, 0);
#undef STREAM
    buf_free(&out->docx); /* what the PDF was printed from */
    if (strcmp(dir, "-") != 0) /* with -o -, write_outputs prints it */
        buf_free(&out->html);
    return status == EXIT_OK && out->write_failed ? EXIT_IO : status;
}

/* Stage 6, write: every format of the plan all or nothing (outputs.c: the
 * temporaries stage 5 wrote are renamed together; a workbook the plan no
 * longer has is removed); or, with -o -, the one Markdown or HTML document
 * to standard output. Returns EXIT_OK or EXIT_IO. */
static int write_outputs(const Options *opt, DiagSink *diags, Arena *arena, Outputs *out)
{
    if (strcmp(opt->out_dir, "-") == 0) {
        /* -o -: the one text document to standard output (git's textconv) */
        const Buf *doc = (opt->formats & FORMAT_MD) ? &out->md : &out->html;
        if ((doc->len && fwrite(doc->data, 1, doc->len, stdout) != doc->len) ||
            fflush(stdout) != 0) {
            /* said here: main says nothing of a status already EXIT_IO
             * (a full disk, a closed descriptor ended 3 without a word) */
            if (errno != EPIPE) /* the reader that left (| head) knows it */
                term_fprintf(stderr, _("khgen: cannot write to standard output: %s\n"),
                             i18n_strerror(errno));
            return EXIT_IO;
        }
        return EXIT_OK;
    }
    OutputSet *set = out->set;
    out->set = NULL;
    if (!set) /* no format asked for */
        return EXIT_OK;
    return outputs_commit(set, diags, arena) == 0 ? EXIT_OK : EXIT_IO;
}

/* `check` writes nothing, but a broken template (a province's plan.md) must
 * show: parse the templates a build would use (rendering the whole document
 * would double the time of a check), and the styles part the .docx takes
 * from docx-styles.xml, which must be well-formed XML (small: rendered). */
static void check_templates(TemplateSet *templates, const Plan *plan, DiagSink *diags)
{
    static const char *const skeletons[] = {"plan.md", "plan.html", "plan.css",
                                                "docx-styles.xml"};
    int broken = 0;
    for (size_t i = 0; i < sizeof skeletons / sizeof skeletons[0]; i++)
        broken |= tpl_check(templates, skeletons[i]) != 0 && i == 3;
    tpl_check_wording(templates);
    if (!broken)
        render_docx_check_styles(templates, &plan->layout, diags);
}

/* Compiles one plan through the pipeline: load -> parse -> resolve ->
 * check -> render -> write. A plan with errors stops after check and
 * writes nothing. Returns EXIT_OK, EXIT_PLAN_ERRORS or EXIT_IO. */
static int compile_plan(const Options *opt, DiagSink *diags, const char *path)
{
    int status = EXIT_OK;
    int errors_before = diag_error_count(diags);
    diag_plan_begin(diags, path); /* judged alone, whatever plans came before */
    Arena *arena = arena_new();
    TemplateSet *templates = tpl_set_new(arena, diags, opt->templates_dir);
    if (opt->templates_dir) /* a province's phrases: a plan reference there prints as written */
        inline_check_wording(templates, diags);
    Outputs out = {0};
    /* the plan file's tree: nothing reads it after check, and at national
     * scale it is the largest thing the front stages make */
    Arena *tree = arena_new();
    readpolicy_track(opt->build); /* no output over a file a plan of the build read */

    YNode *root = load_plan_split(arena, tree, diags, path); /* 1. load (and include:) */
    if (!root) {
        status = load_failure_status(path);
        goto done;
    }
    Plan *plan = parse_plan(arena, diags, templates, path, root); /* 2. parse */
    resolve_plan(arena, diags, templates, plan);          /* 3. resolve */
    check_plan(arena, diags, templates, plan);            /* 4. check */
    arena_free(tree); /* the plan keeps texts and positions, not nodes */
    tree = NULL;
    root = NULL;
    if (diag_error_count(diags) == errors_before && !opt->build)
        check_templates(templates, plan, diags);
    if (diag_error_count(diags) > errors_before || !opt->build) {
        status = diag_error_count(diags) > errors_before ? EXIT_PLAN_ERRORS : EXIT_OK;
        goto done;
    }

    const char *asked[N_FORMATS];
    size_t n_asked = 0;
    for (size_t k = 0; k < N_FORMATS; k++)
        if (opt->formats & (1u << k))
            asked[n_asked++] = format_names[k];
    if (strcmp(opt->out_dir, "-") != 0 &&
        outputs_over_inputs(diags, arena, opt->out_dir, plan->name, asked, n_asked,
                            opt->templates_dir)) {
        status = EXIT_IO;
        goto done;
    }
    status = render_outputs(opt, diags, plan, templates, arena, &out); /* 5. render */
    if (status == EXIT_OK && out.errors_before_pdf > errors_before)
        status = EXIT_PLAN_ERRORS;
    if (status == EXIT_OK)
        status = write_outputs(opt, diags, arena, &out); /* 6. write */
    if (status == EXIT_OK && out.pdf_failed)
        status = EXIT_IO;
done:
    outputs_abort(out.set); /* not committed: no temporary is left */
    if (status != EXIT_OK) /* nor a directory made for it (rmdir: only if empty) */
        outdir_unmake(opt->out_dir, out.made_dir);
    free(out.made_dir);
    buf_free(&out.md);
    buf_free(&out.html);
    buf_free(&out.docx);
    buf_free(&out.xlsx);
    buf_free(&out.pdf);
    diag_flush(diags);
    diag_forget_sources(diags); /* their texts live in this plan's arena */
    arena_free(tree);
    arena_free(arena);
    return status;
}

static const char *level_name(DiagLevel level)
{
    return level == DIAG_ERROR ? _("error") : _("warning");
}

static int explain(const char *code)
{
    size_t count;
    const DiagCode *all = diag_code_all(&count);
    if (!code) {
        /* the level column as wide as its longest word, in characters */
        int width = 7;
        for (int l = 0; l < 2; l++) {
            const char *name = level_name(l ? DIAG_WARNING : DIAG_ERROR);
            int chars = (int)utf8_count(name, strlen(name));
            width = chars > width ? chars : width;
        }
        for (size_t i = 0; i < count; i++) {
            const char *name = level_name(all[i].level);
            int pad = width - (int)utf8_count(name, strlen(name));
            printf("%s  %s%*s  %s\n", all[i].code, name, pad, "", i18n_text(all[i].summary));
        }
        return EXIT_OK;
    }
    const DiagCode *entry = diag_code_find_printed(code); /* "kh112", "error[KH112]" */
    if (!entry) {
        term_fprintf(stderr, _("khgen: unknown diagnostic code '%s' (run 'khgen explain' for the list)"),
                code);
        fputc('\n', stderr);
        return EXIT_USAGE;
    }
    printf("%s (%s): %s\n\n%s\n", entry->code, level_name(entry->level), i18n_text(entry->summary),
           i18n_text(entry->explanation));
    if (entry->example && *entry->example)
        printf("\n%s\n\n%s\n", _("Example:"), i18n_text(entry->example));
    return EXIT_OK;
}

/* ---- import ------------------------------------------------------------------------ */

static int ends_with_ci(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    if (n < m)
        return 0;
    for (size_t i = 0; i < m; i++) {
        char a = s[n - m + i];
        if (a >= 'A' && a <= 'Z')
            a = (char)(a - 'A' + 'a');
        if (a != suffix[i])
            return 0;
    }
    return 1;
}

/* The imported plan to standard output. A reader that left (`| head`)
 * is told nothing, as main tells it nothing: its Broken pipe was an
 * error here, "1 error generated." (s19attack L9). 0, or -1 (status 3). */
static int print_plan(DiagSink *diags, const char *in, const Buf *yaml)
{
    if (fwrite(yaml->data, 1, yaml->len, stdout) == yaml->len && fflush(stdout) == 0)
        return 0;
    SrcPos none = {in, 0, 0};
    if (errno != EPIPE)
        diag_error(diags, none, 0, KH901, "cannot write the plan to standard output: %s: write it "
                   "to a file with -o",
                   i18n_strerror(errno));
    return -1;
}

/* import --stats: what was recognised in the document in, to stderr. */
static void print_stats(const char *in, const ImpStats *counts)
{
    term_fprintf(stderr,
                 _("%s: bases structured %d/%d; body nodes numbered automatically %d/%d; "
                   "numbered headings in the body %d/%d; units %d; tasks %d, with a lead "
                   "%d; deadlines %d; criteria %d; localities %d; year references %d\n"),
                 in, counts->bases_structured, counts->bases, counts->nodes_auto, counts->nodes,
                 counts->headings_in_body, counts->headings, counts->units, counts->tasks,
                 counts->tasks_lead, counts->deadlines, counts->criteria, counts->localities,
                 counts->year_refs);
}

/* khgen import FILE [-o PLAN.yaml] [--force] [--stats] [--templates DIR]: read -> recognise ->
 * emit. The plan source goes to stdout or, atomically, to the -o file, which
 * an existing file blocks unless --force. Nothing is written on failure.
 * Exit status 0, 3 for input the readers refuse (or a legacy .doc), 2 usage. */
static int import_command(int argc, char **argv)
{
    const char *in = NULL, *out_path = NULL, *templates = NULL;
    int force = 0, stats = 0;
    int operands = 0; /* after "--" only file names, as build's and check's */
    for (int i = 2; i < argc; i++) {
        const char *arg = cli_arg(argv[i], &operands);
        if (!arg)
            continue;
        if (strcmp(arg, "-o") == 0 || strcmp(arg, "--output") == 0) {
            if (++i == argc)
                return usage_error("option '%s' needs a file name", arg);
            if (out_path)
                return usage_error("option '%s' is given twice: give it once", arg);
            out_path = argv[i];
        } else if (strcmp(arg, "--force") == 0) {
            force = 1;
        } else if (strcmp(arg, "--stats") == 0) {
            stats = 1;
        } else if (strcmp(arg, "--templates") == 0) {
            if (++i == argc)
                return usage_error("option '%s' needs a directory", arg);
            if (templates)
                return usage_error("option '%s' is given twice: give it once", arg);
            if (cli_templates(argv[i]) != 0)
                return EXIT_USAGE;
            templates = argv[i];
        } else if (strcmp(arg, "-h") == 0 || strcmp(arg, "--help") == 0) {
            return help_print(NULL);
        } else if (arg[0] == '-' && arg[1] != '\0') {
            return cli_unknown_option("import", arg);
        } else if (in) {
            return usage_error("%s", _("'import' reads one file"));
        } else {
            in = argv[i];
        }
    }
    if (!in)
        return usage_error("%s", _("no file to import given"));
    if (out_path && strcmp(out_path, "-") == 0) /* standard output, as build's and convert's */
        out_path = NULL;
    if (out_path && same_file(in, out_path)) {
        /* --force is for another existing file, not for losing the
         * document itself (the message above suggests --force) */
        term_fprintf(stderr, _("khgen: import: '%s' is the document it reads; give -o another "
                               "name\n"), out_path);
        return EXIT_USAGE;
    }
    if (out_path && !force) {
        if (output_exists(out_path)) {
            term_fprintf(stderr, _("khgen: '%s' exists; import never overwrites a plan: choose another "
                              "name, or add --force\n"), out_path);
            return EXIT_USAGE;
        }
    }
    DiagSink *diags = diag_new(stderr);
    SrcPos none = {in, 0, 0};
    int status = EXIT_OK;
    int docx = ends_with_ci(in, ".docx");
    int doc = ends_with_ci(in, ".doc");
    size_t max = docx || doc ? IMPORT_MAX_DOCX : IMPORT_MAX_TEXT;
    size_t len = 0;
    struct stat st;
    char *data = NULL;
    int irregular = stat(in, &st) == 0 && !S_ISREG(st.st_mode);
    if (!irregular)
        data = read_file(in, max, &len);
    Arena *arena = arena_new();
    ImpParas paras = {0};
    Buf yaml = {0};
    if (irregular) {
        readpolicy_not_regular(diags, none, 0, N_("file to import"), in, st.st_mode);
        status = EXIT_IO;
    } else if (!data) {
        if (errno == EFBIG)
            diag_error(diags, none, 0, KH752, "'%s' is larger than import reads (%zu MiB): a plan "
                       "is far smaller; is this the right file? Check the file name", in, max >> 20);
        else
            diag_error(diags, none, 0, KH001, "cannot read '%s': %s: check the path and that the "
                       "file is readable", in, i18n_strerror(errno));
        status = EXIT_IO;
    } else if (doc) {
        diag_error(diags, none, 0, KH751, "'%s' is a legacy Word .doc, which import does not "
                   "read; convert it to .docx first: soffice --headless --convert-to docx '%s' "
                   "(LibreOffice), then import the .docx", in, in);
        status = EXIT_IO;
    } else if (import_refuse_foreign(diags, in, data, len)) { /* RTF, HTML, PDF (s16user) */
        status = EXIT_IO;
    } else if (docx || (len >= 4 && memcmp(data, "PK\x03\x04", 4) == 0)
                   /* a zip is a .docx (or what import_read_docx names) whatever
                    * its name: a .docx saved as "ke-hoach.txt" was "not UTF-8
                    * text (byte 12)", to run through khgen convert (s32attack F4) */
                   ? import_read_docx(arena, diags, in, data, len, &paras) != 0
                   : import_read_text(arena, diags, in, data, len,
                                      ends_with_ci(in, ".md") || ends_with_ci(in, ".markdown"),
                                      &paras) != 0) {
        status = EXIT_IO;
    } else {
        ImpStats counts;
        if (import_plan(arena, diags, in, &paras, templates, &yaml, &counts) != 0) {
            status = EXIT_IO;
        } else {
            if (stats)
                print_stats(in, &counts);
            if (out_path) {
                if (write_output(diags, out_path, &yaml) != 0)
                    status = EXIT_IO;
            } else if (print_plan(diags, in, &yaml) != 0) {
                status = EXIT_IO;
            }
        }
    }
    diag_flush(diags);
    diag_summary(diags);
    diag_free(diags);
    buf_free(&yaml);
    arena_free(arena);
    free(data);
    return status;
}

/* 1 if a is one of --color's values: "--color never" takes it as the
 * value, as "--lang vi" does (README); a file of that name is "./never". */
static int color_word(const char *a)
{
    return strcmp(a, "always") == 0 || strcmp(a, "never") == 0 || strcmp(a, "auto") == 0;
}

/* Options every command takes, anywhere on the line: --lang vi|en,
 * --color[=auto|always|never] and --diagnostics-format=text|json. They are taken out of argv (argc updated)
 * so each command's own parser never sees them. Returns -1 on a bad value
 * (usage error printed). */
static int global_options(int *argc, char **argv, const char **lang, int *color)
{
    const char *color_when = "auto";
    const char *format = "text";
    int formats = 0; /* 1 per --diagnostics-format, 3 for one that differs */
    /* `khgen diff` takes the same --color[=WHEN] (read for its standard
     * output by color_choice before this runs); only its own --no-color
     * is left for its parser */
    int kept = 1;
    for (int i = 1; i < *argc; i++) {
        const char *arg = argv[i];
        if (strcmp(arg, "--") == 0) {
            while (i < *argc)
                argv[kept++] = argv[i++];
            break;
        }
        if (strcmp(arg, "--lang") == 0 && i + 1 < *argc) {
            *lang = argv[++i];
        } else if (strncmp(arg, "--lang=", 7) == 0) {
            *lang = arg + 7;
        } else if (strcmp(arg, "--color") == 0 || strcmp(arg, "--colour") == 0) {
            color_when = "always";
            if (i + 1 < *argc && color_word(argv[i + 1])) /* "--color never" */
                color_when = argv[++i];
        } else if (strncmp(arg, "--color=", 8) == 0 || strncmp(arg, "--colour=", 9) == 0) {
            color_when = strchr(arg, '=') + 1;
        } else if (strncmp(arg, "--diagnostics-format=", 21) == 0) {
            /* a second value is a usage error, as for every option that
             * takes one (s27attack L2); two alike say which form it is in */
            formats += formats == 0 || strcmp(format, arg + 21) == 0 ? 1 : 3;
            format = arg + 21;
        } else {
            argv[kept++] = argv[i];
        }
    }
    argv[kept] = NULL;
    *argc = kept;
    /* for CI: one JSON object a line, the codes and messages of the text
     * form (diag.h diag_use_json; s16user L3), decided first so that every
     * line on standard error is JSON, a usage error's too (stderr_json.c) */
    if (strcmp(format, "json") == 0 && formats < 3) {
        diag_use_json(1);
        stderr_json_install();
    }
    if (*lang && i18n_init(*lang, argv[0]) != 0) {
        i18n_init(NULL, argv[0]);
        return usage_error(_("unknown language '%s': the languages are vi and en"), *lang), -1;
    }
    if (!*lang)
        i18n_init(NULL, argv[0]);
    if (strcmp(color_when, "always") == 0) {
        *color = 1;
    } else if (strcmp(color_when, "never") == 0) {
        *color = 0;
    } else if (strcmp(color_when, "auto") == 0) {
        /* as gcc: a terminal, NO_COLOR unset or empty, TERM not "dumb" */
        const char *no_color = getenv("NO_COLOR");
        const char *term = getenv("TERM");
        *color = isatty(STDERR_FILENO) && !(no_color && *no_color) && term &&
                 strcmp(term, "dumb") != 0;
    } else {
        return usage_error(_("unknown colour mode '%s': use auto, always or never"), color_when), -1;
    }
    if (formats > 1)
        return usage_error(_("option '%s' is given twice: give it once"), "--diagnostics-format"), -1;
    if (strcmp(format, "json") != 0 && strcmp(format, "text") != 0)
        return usage_error(_("unknown diagnostics format '%s': use text or json"), format), -1;
    return 0;
}

/* The --color choice as written (1 always, 0 never, -1 auto or none):
 * `khgen diff` colours its standard output, not the diagnostics, so it
 * decides for itself whether that is a terminal. */
static int color_choice(int argc, char **argv)
{
    int choice = -1;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--") == 0)
            break;
        if ((strcmp(a, "--color") == 0 || strcmp(a, "--colour") == 0) && i + 1 < argc &&
            color_word(argv[i + 1])) { /* "--color never", as global_options reads it */
            a = argv[++i];
            choice = strcmp(a, "always") == 0 ? 1 : strcmp(a, "never") == 0 ? 0 : -1;
        } else if (strcmp(a, "--color") == 0 || strcmp(a, "--colour") == 0 ||
            strcmp(a, "--color=always") == 0 || strcmp(a, "--colour=always") == 0)
            choice = 1;
        else if (strcmp(a, "--color=never") == 0 || strcmp(a, "--colour=never") == 0 ||
                 strcmp(a, "--no-color") == 0)
            choice = 0;
        else if (strcmp(a, "--color=auto") == 0 || strcmp(a, "--colour=auto") == 0)
            choice = -1;
    }
    return choice;
}

/* The commands, in the order the help lists them: the one list the
 * messages about a missing or unknown command print. */
static const char *const commands[] = {"build", "check", "new",    "init",
                                       "diff",  "import", "explain", "convert"};

/* "build, check, new, init, diff, import, explain, convert" (static). */
static const char *command_list(void)
{
    static char list[128];
    if (!list[0])
        for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++) {
            if (i)
                strcat(list, ", ");
            strcat(list, commands[i]);
        }
    return list;
}

/* The command line, dispatched to its command; main() checks stdout after. */
static int run_command(int argc, char **argv)
{
    const char *lang = NULL;
    int color = 0;
    int stdout_color = color_choice(argc, argv);
    if (global_options(&argc, argv, &lang, &color) != 0)
        return EXIT_USAGE;
    if (stack_ensure() != 0) /* before any work, in the language asked */
        return EXIT_IO;
    if (argc < 2)
        return usage_error(_("no command given (use one of: %s)"), command_list());
    const char *command = argv[1];
    if (strcmp(command, "-h") == 0 || strcmp(command, "--help") == 0)
        return help_print(argc > 2 ? argv[2] : NULL);
    if (strcmp(command, "--version") == 0) {
        if (argc > 2) /* "--version extra" printed the version, exit 0 (s41user L4) */
            return usage_error(_("'--version' takes nothing after it: '%s'"), argv[2]);
        printf("khgen %s\n", KHGEN_VERSION);
        return EXIT_OK;
    }
    for (int i = 2; i < argc && help_has(command); i++) {
        if (strcmp(argv[i], "--") == 0)
            break;
        if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0)
            return help_print(command);
    }
    if (cli_equals_form(command, argc, argv) != 0 || cli_empty_path(command, argc, argv) != 0)
        return EXIT_USAGE;
    if (strcmp(command, "explain") == 0) {
        /* an option is named as such: `explain -o x KH202` said "takes one
         * code" (s12attack L6) */
        const char *code = NULL;
        int operands = 0;
        for (int i = 2; i < argc; i++) {
            const char *arg = cli_arg(argv[i], &operands);
            if (!arg)
                continue;
            if (arg[0] == '-' && arg[1] != '\0')
                return cli_unknown_option("explain", arg);
            if (code)
                return usage_error("%s", _("'explain' takes one code"));
            code = argv[i];
        }
        return explain(code);
    }
    if (strcmp(command, "import") == 0)
        return import_command(argc, argv);
    if (strcmp(command, "convert") == 0)
        return convert_command(argc, argv, color);
    /* the yearly cycle and the git workflow (cycle.h) */
    if (strcmp(command, "new") == 0)
        return cmd_new(argc - 1, argv + 1);
    if (strcmp(command, "init") == 0)
        return cmd_init(argc - 1, argv + 1);
    if (strcmp(command, "diff") == 0)
        return cmd_diff(argc - 1, argv + 1, stdout_color);
    Options opt = {.out_dir = "output", .formats = FORMAT_DEFAULT, .pdf_engine = PDF_LIBREOFFICE,
                   .max_errors = DIAG_DEFAULT_MAX_ERRORS};
    if (strcmp(command, "build") == 0)
        opt.build = 1;
    else if (strcmp(command, "check") != 0) {
        const char *hint = suggest_best(command, commands, sizeof commands / sizeof *commands);
        if (hint) /* "chek": 'check' (s14user L4) */
            return usage_error(_("unknown command '%s' (did you mean '%s'?)"), command, hint);
        return usage_error(_("unknown command '%s' (use one of: %s)"), command,
                           command_list());
    }
    if (parse_options(argc, argv, 2, &opt) != 0) {
        free(opt.plans);
        return EXIT_USAGE;
    }
    int refused = opt.build ? build_names_refused(opt.out_dir, opt.plans, opt.n_plans) : 0;
    if (refused) {
        free(opt.plans);
        return refused;
    }
    DiagSink *diags = diag_new(stderr);
    diag_set_werror(diags, opt.werror);
    diag_set_max_errors(diags, opt.max_errors);
    diag_set_color(diags, color);
    int status = EXIT_OK;
    /* a build killed during its commit is completed (or undone) first,
     * even when this build's plans turn out to have errors */
    if (opt.build && strcmp(opt.out_dir, "-") != 0)
        outputs_recover(opt.out_dir);
    const char *asked[N_FORMATS];
    size_t n_asked = 0;
    for (size_t k = 0; k < N_FORMATS; k++)
        if (opt.formats & (1u << k))
            asked[n_asked++] = format_names[k];
    /* nothing written, as for KH901 of one plan's own input */
    int blocked = opt.build && build_outputs_over_inputs(diags, opt.out_dir, opt.plans, opt.n_plans,
                                                         asked, n_asked, opt.templates_dir);
    if (blocked)
        status = EXIT_IO;
    /* a PDF takes seconds a plan (LibreOffice, about 7 s): 31 plans built
     * for 3.5 minutes without a word, and a user would stop it (s43user
     * F9); a line a plan on a terminal, none in a pipe or a log, nor amid
     * JSON diagnostics */
    int progress = opt.build && (opt.formats & FORMAT_PDF) && opt.n_plans > 1 &&
                   isatty(STDERR_FILENO) && !diag_json_on();
    for (int i = 0; i < opt.n_plans && !blocked; i++) {
        if (progress)
            term_fprintf(stderr, _("khgen: printing %d of %d: %s\n"), i + 1, opt.n_plans,
                         opt.plans[i]);
        int plan_status = compile_plan(&opt, diags, opt.plans[i]);
        if (plan_status > status)
            status = plan_status;
    }
    diag_summary(diags);
    if (status == EXIT_OK && diag_error_count(diags) > 0)
        status = EXIT_PLAN_ERRORS;
    diag_free(diags);
    free(opt.plans);
    readpolicy_track(0);
    readpolicy_clear_allowed();
    return status;
}

/* A command whose standard output could not be written (a full disk,
 * /dev/full, a closed descriptor, a reader that went away: `| head -1`)
 * fails with status 3, whatever it wrote: explain, --help, --version,
 * convert -o - and diff ended 0 or 1 with nothing written, and a closed
 * pipe killed khgen with SIGPIPE (status 141); it is ignored, so the
 * write fails with EPIPE and is reported like the others. */
int main(int argc, char **argv)
{
    signal(SIGPIPE, SIG_IGN); /* the PDF engine gets it back (pdf.c) */
    /* past `ulimit -f` a write fails with EFBIG and is reported (KH901,
     * status 3): SIGXFSZ killed khgen without a word (status 153) */
    signal(SIGXFSZ, SIG_IGN);
    int status = run_command(argc, argv);
    if ((fflush(stdout) != 0 || ferror(stdout)) && status != EXIT_IO) {
        if (errno != EPIPE) /* the reader that left (| head) knows it */
            term_fprintf(stderr, _("khgen: cannot write to standard output: %s\n"), i18n_strerror(errno));
        status = EXIT_IO;
    }
    return status;
}
