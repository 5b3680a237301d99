/* help.c - the help texts of khgen and of each of its commands, in one
 * place: `khgen --help`, `khgen COMMAND --help`, and (help_put_usage)
 * the usage lines a command's usage error prints. Moved from main.c
 * (command_helps was static there, while new, diff and init kept usage
 * texts of their own that said otherwise: s43msg).
 */
#include "help.h"

#include <stdio.h>
#include <string.h>

#include "i18n.h"
#include "suggest.h"
#include "util.h"

/* The general help; translated when printed (po/vi.po). */
static const char *const usage_text = N_(
    "usage: khgen build [-o DIR] [-f md,html,xlsx,docx,pdf] [--pdf-engine ENGINE]\n"
    "                   [--templates DIR] [--allow-read DIR] [-Werror]\n"
    "                   [--max-errors N] PLAN...\n"
    "       khgen check [--templates DIR] [--allow-read DIR] [-Werror]\n"
    "                   [--max-errors N] PLAN...\n"
    "       khgen import [-o PLAN.yaml] [--force] [--stats] [--templates DIR] FILE\n"
    "       khgen new --from PLAN.yaml --year N [-o NEW.yaml] [--force]\n"
    "                 [--templates DIR] [--allow-read DIR]\n"
    "       khgen diff [--format term|md|html] [-o FILE] [--color|--no-color] [--all]\n"
    "                  [--templates DIR] [--allow-read DIR] OLD NEW\n"
    "       khgen init [--level xa|huyen|tinh] [--year N] [--include REGISTRY] [-o FILE]\n"
    "                  [--force] NAME\n"
    "       khgen explain [CODE]\n"
    "       khgen convert FILE [-o OUT] [--force] [--from ENCODING]\n"
    "       khgen --help | --version\n"
    "\n"
    "Compiles YAML plan files into the formal Kế hoạch (Markdown, print-ready HTML,\n"
    "a Word document to edit and sign, a PDF) and the workbook of its attachment\n"
    "tables (XLSX).\n"
    "\n"
    "commands:\n"
    "  build            check each plan, then write DIR/<plan>.md, .html, .xlsx, .docx\n"
    "  check            check only; print diagnostics\n"
    "  import FILE      turn an existing plan (.docx, .md, .txt) into plan source\n"
    "                   (stdout, or -o PLAN.yaml; --force overwrites; --stats prints\n"
    "                   what was recognised to stderr)\n"
    "  new --from PLAN  next year's plan: PLAN's source with its dates moved (--year N)\n"
    "  diff OLD NEW     what changed in the document (exit 1 when it changed)\n"
    "  init NAME        a new plan with the standard skeleton of a level\n"
    "  explain [CODE]   explain a diagnostic code (all codes if none given)\n"
    "  convert FILE     TCVN3, VNI, Windows-1258, UTF-16 or UTF-32 text to UTF-8\n"
    "\n"
    "options:\n"
    "  -o, --output DIR       output directory (default: output); '-o -' with -f md\n"
    "                         (or html) writes one plan to standard output\n"
    "  -f, --formats LIST     formats to write, comma-separated: md,html,xlsx,docx,pdf\n"
    "                         (default: md,html,xlsx,docx)\n"
    "      --pdf-engine ENGINE   what prints the PDF: libreoffice (from the .docx,\n"
    "                         the default) or chromium (from the .html)\n"
    "      --templates DIR    read templates from DIR first, then the built-in ones\n"
    "      --allow-read DIR   let plans import files under DIR too (by default a plan\n"
    "                         reads only regular files in its own directory tree)\n"
    "  -Werror                treat warnings as errors\n"
    "      --max-errors N     show at most N errors and N warnings per file (default 50,\n"
    "                         0: all); a last line counts the rest\n"
    "      --lang vi|en       language of messages (default: from LANGUAGE, LC_ALL, LANG)\n"
    "      --color=WHEN       colour diagnostics: auto (on a terminal), always, never\n"
    "      --diagnostics-format=json  one JSON object a line (file, line, column,\n"
    "                         severity, code, message, notes), for CI\n"
    "  -h, --help             show this help ('khgen COMMAND --help' for one command)\n"
    "      --version          show the version\n"
    "\n"
    "exit status: 0 success, 1 errors in a plan, 2 usage error, 3 input/output failure\n");

/* The help of each command (`khgen COMMAND --help`). A new command adds
 * its entry here, to the man page (man/khgen.1) and to the completion
 * (completion/khgen.bash). */
typedef struct CommandHelp {
    const char *command;
    const char *text;
} CommandHelp;

static const CommandHelp command_helps[] = {
    {"build",
     N_("usage: khgen build [-o DIR] [-f md,html,xlsx,docx,pdf] [--pdf-engine ENGINE]\n"
        "                   [--templates DIR] [--allow-read DIR] [-Werror]\n"
        "                   [--max-errors N] PLAN...\n"
        "\n"
        "Checks each plan and, if it has no errors, writes DIR/<plan>.md, .html, .xlsx\n"
        "and .docx (only the formats listed with -f). A plan with errors writes nothing.\n"
        "\n"
        "options:\n"
        "  -o, --output DIR       output directory (default: output)\n"
        "  -f, --formats LIST     formats to write, comma-separated: md,html,xlsx,docx,pdf\n"
        "                         (default: md,html,xlsx,docx)\n"
        "      --pdf-engine ENGINE   what prints the PDF: libreoffice (from the .docx,\n"
        "                         the default) or chromium (from the .html)\n"
        "      --templates DIR    read templates from DIR first, then the built-in ones\n"
        "      --allow-read DIR   let plans import files under DIR too\n"
        "  -Werror                treat warnings as errors\n"
        "      --max-errors N     show at most N errors and N warnings per file\n"
        "                         (default 50, 0: all)\n"
        "      --lang vi|en       language of messages\n"
        "      --color=WHEN       colour diagnostics: auto, always, never\n"
        "      --diagnostics-format=json  one JSON object a line, for CI\n")},
    {"check",
     N_("usage: khgen check [--templates DIR] [--allow-read DIR] [-Werror]\n"
        "                   [--max-errors N] PLAN...\n"
        "\n"
        "Checks each plan and prints its diagnostics; writes nothing.\n"
        "Exit status 0 when no plan has errors, 1 otherwise.\n"
        "\n"
        "options:\n"
        "      --templates DIR    read templates from DIR first, then the built-in ones\n"
        "      --allow-read DIR   let plans import files under DIR too\n"
        "  -Werror                treat warnings as errors\n"
        "      --max-errors N     show at most N errors and N warnings per file\n"
        "                         (default 50, 0: all)\n"
        "      --lang vi|en       language of messages\n"
        "      --color=WHEN       colour diagnostics: auto, always, never\n"
        "      --diagnostics-format=json  one JSON object a line, for CI\n")},
    {"explain",
     N_("usage: khgen explain [CODE]\n"
        "\n"
        "Explains a diagnostic code (KH203 or kh203): what it means, how to fix it,\n"
        "and an example that triggers it. Without a code, lists every code.\n")},
    {"import",
     N_("usage: khgen import [-o PLAN.yaml] [--force] [--stats] [--templates DIR] FILE\n"
        "\n"
        "Reads an existing plan (.docx, .md or .txt) and writes a plan source that\n"
        "rebuilds it: header, legal bases, the numbered body, tasks with their units\n"
        "and deadlines, localities, the plan's year as {year}. What was inferred\n"
        "rather than read carries a '# review:' comment. A legacy .doc must be\n"
        "converted first: soffice --headless --convert-to docx FILE.doc\n"
        "\n"
        "options:\n"
        "  -o, --output PLAN      write the plan there (default: standard output)\n"
        "      --force            overwrite an existing PLAN\n"
        "      --stats            print what was recognised (bases, numbering, units,\n"
        "                         tasks, deadlines) to standard error\n"
        "      --templates DIR    the templates the document was built with (build's\n"
        "                         --templates): the lines khgen prints from the header\n"
        "                         are compared with their wording\n")},
    {"new",
     N_("usage: khgen new --from PLAN.yaml --year N [-o NEW.yaml] [--force]\n"
        "                 [--templates DIR] [--allow-read DIR]\n"
        "\n"
        "Writes next year's plan by editing PLAN's source text in place: comments, key\n"
        "order and layout are kept. Moves the header date (day left blank, number\n"
        "cleared), the period, every deadline, every date inside the old period and the\n"
        "target years inside it; leaves legal bases, {year} texts and included files.\n"
        "Prints what it changed, then notes (file:line:col) for the old year still\n"
        "written in the text and for localities whose target year has passed.\n"
        "\n"
        "options:\n"
        "      --from PLAN        this year's plan (it must have no errors)\n"
        "      --year N           the year of the new plan\n"
        "  -o, --output NEW       the new file (default: PLAN's name with the year replaced)\n"
        "      --force            overwrite an existing NEW\n"
        "      --templates DIR    read templates from DIR first (build's --templates:\n"
        "                         a province's catalogs and wording)\n"
        "      --allow-read DIR   let the plans read (include) files under DIR too\n")},
    {"diff",
     N_("usage: khgen diff [--format term|md|html] [-o FILE] [--color|--no-color] [--all]\n"
        "                  [--templates DIR] [--allow-read DIR] OLD NEW\n"
        "       khgen diff [--templates DIR] [--allow-read DIR] PATH OLD-FILE OLD-HEX OLD-MODE\n"
        "                  NEW-FILE NEW-HEX NEW-MODE\n"
        "\n"
        "Shows what changed in the document between two versions of a plan: header\n"
        "fields, legal bases, body nodes by their number, tasks by id, table rows by key;\n"
        "word by word inside a changed paragraph; a moved node as moved. The second form\n"
        "is git's external diff driver (man khgen, diff).\n"
        "Exit status 0 the same, 1 different (0 as git's driver), 2 usage, 3 a plan\n"
        "cannot be read or has errors.\n"
        "\n"
        "options:\n"
        "  -f, --format FORMAT    term ([-old-]{+new+}, the default), md, or html (a\n"
        "                         printable redline page)\n"
        "  -o, --output FILE      write there instead of standard output\n"
        "      --color, --no-color  colour (default: on a terminal, unless NO_COLOR is set)\n"
        "      --all              list each part in which only the year moved (by default,\n"
        "                         when the plans' years differ, one change counts them)\n"
        "      --templates DIR    read templates from DIR first (build's --templates:\n"
        "                         a province's catalogs and wording)\n"
        "      --allow-read DIR   let the plans read (include) files under DIR too\n")},
    {"init",
     N_("usage: khgen init [--level xa|huyen|tinh] [--year N] [--include REGISTRY] [-o FILE]\n"
        "                  [--force] NAME\n"
        "\n"
        "Writes a new plan for the place NAME (\"Xã Tân Phú\") with the standard\n"
        "skeleton of a commune (xa), province (tinh) or, up to 2025, district (huyen)\n"
        "plan: header, the usual sections, units and localities to fill in, each\n"
        "placeholder marked with a TODO comment. It checks clean and builds.\n"
        "\n"
        "options:\n"
        "      --level LEVEL      xa, huyen (up to 2025) or tinh; by default the level\n"
        "                         NAME's kind names (Xã ..., Tỉnh ...), else xa (up to\n"
        "                         2025: huyen)\n"
        "      --year N           the plan's year (default: this year)\n"
        "      --include REGISTRY a plan that includes the shared registry REGISTRY, without\n"
        "                         the catalog import, units and levels it holds already\n"
        "  -o, --output FILE      the new file (default: NAME-YEAR.yaml, without diacritics)\n"
        "      --force            overwrite an existing FILE\n")},
    {"convert",
     N_("usage: khgen convert FILE [-o OUT] [--force] [--from ENCODING]\n"
        "\n"
        "Converts a text file written in TCVN3 (ABC, .VnTime fonts), VNI-Windows,\n"
        "Windows-1258, UTF-16 or UTF-32 to UTF-8 in Unicode NFC. The encoding is\n"
        "recognised from the file's bytes. Without -o the result replaces FILE, which\n"
        "needs --force; an existing OUT is never overwritten without --force. '-o -'\n"
        "writes to standard output.\n"
        "\n"
        "options:\n"
        "  -o, --output OUT       write the UTF-8 text to OUT\n"
        "      --force            overwrite an existing file\n"
        "      --from ENCODING    do not guess: tcvn3, vni, cp1258, utf-16le, utf-16be,\n"
        "                         utf-32le, utf-32be, or utf-8 (copied as it is, in NFC)\n")},
};

int help_has(const char *command)
{
    for (size_t i = 0; i < sizeof command_helps / sizeof command_helps[0]; i++)
        if (strcmp(command_helps[i].command, command) == 0)
            return 1;
    return 0;
}

int help_print(const char *command)
{
    for (size_t i = 0; command && i < sizeof command_helps / sizeof command_helps[0]; i++) {
        if (strcmp(command_helps[i].command, command) == 0) {
            fputs(_(command_helps[i].text), stdout);
            return 0;
        }
    }
    fputs(_(usage_text), stdout);
    return 0;
}


/* The help text of command as written (untranslated), or NULL */
static const char *help_of(const char *command)
{
    for (size_t i = 0; command && i < sizeof command_helps / sizeof command_helps[0]; i++)
        if (strcmp(command_helps[i].command, command) == 0)
            return command_helps[i].text;
    return NULL;
}

void help_put_usage(FILE *out, const char *command)
{
    const char *text = help_of(command);
    if (!text)
        return;
    text = _(text);
    const char *blank = str_find(text, "\n\n");
    fwrite(text, 1, blank ? (size_t)(blank - text) + 1 : strlen(text), out);
}

const char *help_nearest_option(const char *command, const char *arg)
{
    enum { MAX_OPTIONS = 32 };
    static char names[MAX_OPTIONS][32];
    const char *options[MAX_OPTIONS];
    size_t n = 0;
    const char *text = help_of(command);
    if (!text || arg[0] != '-' || arg[1] != '-')
        return NULL;
    /* each "--name" the help writes (its options' lines and its usage) */
    for (const char *s = text; (s = str_find(s, "--")) && n < MAX_OPTIONS;) {
        size_t len = 2 + strspn(s + 2, "abcdefghijklmnopqrstuvwxyz-");
        if (len > 2 && len < sizeof names[0] && (s == text || s[-1] == ' ' || s[-1] == '[' ||
                                                 s[-1] == '|')) {
            memcpy(names[n], s, len);
            names[n][len] = '\0';
            size_t k = 0;
            while (k < n && strcmp(options[k], names[n]) != 0)
                k++;
            if (k == n) {
                options[n] = names[n];
                n++;
            }
        }
        s += len;
    }
    char typed[32]; /* "--format=md": the name */
    size_t len = strcspn(arg, "=");
    if (len >= sizeof typed)
        return NULL;
    memcpy(typed, arg, len);
    typed[len] = '\0';
    return suggest_best(typed, options, n);
}
