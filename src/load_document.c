/* load_document.c - a document given where a plan's YAML text is read.
 *
 * A commune's drafter has last year's plan as a Word file and the
 * departments send their comments as Word files: given one to `khgen
 * check`, `build`, `new --from` or `diff` (the natural first try of
 * someone who has the .docx in hand), the loader read the zip's bytes as
 * text and said "control character U+0003 is not allowed" at 1:3, with
 * a line of binary under it (session 17's user, F1): true, and no help,
 * since the fix is to make a plan of the document with `khgen import`.
 * Here the file's own marks name what it is before any character is
 * checked: a zip package (a Word .docx by its part word/document.xml, an
 * Excel workbook by xl/workbook.xml, an OpenDocument file by its
 * mimetype; a zip stores the names of its parts as they are, so they are
 * found in its bytes) and the formats import_foreign.c tells (a .doc,
 * RTF, PDF, an HTML page, a web archive). The error (KH025) names the
 * kind and, for a Word document, the import command that makes a plan of
 * it, with the plan's name; for another kind, that a plan is made from a
 * .docx. Nothing else is reported for the file: its bytes are not a
 * plan's, and a line of them would only garble the terminal.
 */
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "i18n.h"
#include "import_foreign.h"
#include "load_impl.h"
#include "shquote.h"

/* Whether data[0..len) holds the bytes of the ASCII name w. */
static int holds(const char *data, size_t len, const char *w)
{
    size_t k = strlen(w);
    for (size_t i = 0; i + k <= len; i++)
        if (data[i] == w[0] && memcmp(data + i, w, k) == 0)
            return 1;
    return 0;
}

/* The kind of zip package data[0..len) is, in words for the message;
 * NULL for a Word document (the import command is given instead). */
static const char *zip_kind(const char *data, size_t len)
{
    if (holds(data, len, "word/document.xml"))
        return NULL;
    if (holds(data, len, "xl/workbook.xml"))
        return _("an Excel workbook (.xlsx)");
    if (holds(data, len, "application/vnd.oasis.opendocument"))
        return _("an OpenDocument file (.odt, .ods)");
    return _("a zip archive");
}

/* The names plan_name tries: the plan's own, "-imported", "-imported-2"
 * .. "-imported-999" */
enum { PLAN_NAMES_MAX = 1000 };

/* The plan `khgen import` is told to write for the document at path, in
 * out: beside the document (its directory kept: a commune's
 * xa/dong-huu/ke-hoach.docx committed for its plan is told to make
 * xa/dong-huu/ke-hoach.yaml, where the plan belongs, not a ke-hoach.yaml
 * in the directory khgen was run from, s18user), its base name with .yaml
 * for its extension; a name a file already has takes "-imported" (then
 * "-imported-2", ...) instead. The department's copy of the plan sent
 * out comes back under the plan's own name, ke-hoach-2027.docx saved
 * beside ke-hoach-2027.yaml: `khgen diff ke-hoach-2027.yaml
 * ke-hoach-2027.docx` told to import it -o ke-hoach-2027.yaml, the plan
 * itself, which import refused without --force, and with the --force
 * the drafter then added, the plan was replaced by the import of the
 * department's copy (s31attack F1). 0 when every name up to
 * "-imported-999" is a file's (out then holds the stem): a name was offered
 * though a file had it (s32review), and further names would be read
 * one lstat a name, as many as the directory holds. */
static int plan_name(const char *path, Buf *out)
{
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    const char *dot = strrchr(base, '.');
    size_t n = dot && dot > base ? (size_t)(dot - base) : strlen(base);
    size_t stem = (size_t)(base - path) + n;
    struct stat st;
    buf_putn(out, path, stem);
    buf_puts(out, ".yaml");
    for (int k = 1; lstat(buf_str(out), &st) == 0; k++) {
        buf_reset(out);
        buf_putn(out, path, stem);
        if (k == PLAN_NAMES_MAX)
            return 0;
        if (k == 1)
            buf_puts(out, "-imported.yaml");
        else
            buf_printf(out, "-imported-%d.yaml", k);
    }
    return 1;
}

/* Whether path names a text document import reads (.md, .markdown, .txt,
 * in any case) and data's first line of content (past blank lines, YAML
 * comments "#...", a "---" or "%YAML" line, a byte order mark and leading
 * blanks) does not begin with a key: a word of small ASCII letters and
 * '_', then ':' and a blank or the line's end ("khgen: 1", "units:"; not
 * "https://..."). The one rule that tells a plan from a document: a
 * plan's text is a mapping, so its first line of content is a key; a
 * document's is its header, "**ỦY BAN ...**", "UBND XÃ ...", whatever
 * lines like "email: a@b.vn" or "Xem tại:" follow (any such line made a
 * .md YAML, s26review L6). A Markdown plan given to diff was read as
 * YAML, "**ỦY BAN ...**" told an alias to quote (KH005), or a page of
 * text a value that is no mapping (s25cycle). A plan or a registry saved
 * under such a name still begins with its keys. A .md whose heading is
 * "# ..." reads past it as a comment: its first line of text decides. A
 * plan written as JSON, '{"khgen": 1, ...', begins with its mapping. */
static int text_document(const char *path, const char *data, size_t len)
{
    static const char *const exts[] = {".md", ".markdown", ".txt"};
    size_t n = strlen(path), k;
    int named = 0;
    for (size_t i = 0; i < sizeof exts / sizeof exts[0] && !named; i++)
        named = n > (k = strlen(exts[i])) && path[n - k - 1] != '/' &&
                strcasecmp(path + n - k, exts[i]) == 0;
    size_t i = len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    while (named && i < len) {
        size_t end = i;
        while (end < len && data[end] != '\n')
            end++;
        while (i < end && (data[i] == ' ' || data[i] == '\t' || data[i] == '\r'))
            i++;
        if (i == end || data[i] == '#' || data[i] == '%' ||
            (end - i >= 3 && memcmp(data + i, "---", 3) == 0)) {
            i = end + 1; /* nothing yet: a blank line, a comment, a directive */
            continue;
        }
        if (data[i] == '{')
            return 0; /* a flow mapping, JSON's '{"khgen": 1, ...' */
        size_t word = i + (data[i] == '"'), key = word; /* "khgen": 1 */
        while (key < end && ((data[key] >= 'a' && data[key] <= 'z') || data[key] == '_'))
            key++;
        int closed = data[i] != '"' || (key < end && data[key] == '"' && key++);
        return !(closed && key > word && key < end && data[key] == ':' &&
                 (key + 1 == end || data[key + 1] == ' ' || data[key + 1] == '\t' ||
                  data[key + 1] == '\r'));
    }
    return named;
}

/* The note under KH025 when plan_name found no free name (stem: the
 * plan's path without ".yaml"): the import command offers NAME.yaml. */
static void names_taken(DiagSink *diags, SrcPos at, const char *stem)
{
    diag_note(diags, at, "'%s.yaml' and '%s-imported.yaml' to '-imported-999.yaml' are all "
              "taken: give import -o a name of your own", stem, stem);
}

/* Writes "khgen import 'IN' -o 'OUT'" to cmd, each path one shell word
 * as it is read back ("./" before a leading '-': sh_quote_always). */
static void import_command(Buf *cmd, const char *in, const char *out)
{
    buf_puts(cmd, "khgen import ");
    sh_quote_always(cmd, in);
    buf_puts(cmd, " -o ");
    sh_quote_always(cmd, out);
}

int load_refuse_document(DiagSink *diags, const char *path, const char *data, size_t len)
{
    SrcPos whole = {path, 0, 0};
    const char *what = NULL;
    if (len >= 4 && memcmp(data, "PK\x03\x04", 4) == 0) {
        what = zip_kind(data, len);
        if (!what) {
            Buf plan = {0}, cmd = {0};
            int named = plan_name(path, &plan);
            import_command(&cmd, path, named ? buf_str(&plan) : _("NAME.yaml"));
            diag_error(diags, whole, 0, KH025,
                       "'%s' is a Word document (.docx), not a plan (YAML text); make a plan "
                       "of it first: %s, then give khgen the .yaml", path, buf_str(&cmd));
            if (!named)
                names_taken(diags, whole, buf_str(&plan));
            buf_free(&plan);
            buf_free(&cmd);
            return 1;
        }
    } else if (text_document(path, data, len)) {
        Buf plan = {0}, cmd = {0};
        int named = plan_name(path, &plan);
        import_command(&cmd, path, named ? buf_str(&plan) : _("NAME.yaml"));
        diag_error(diags, whole, 0, KH025,
                   "'%s' is a text document (Markdown or plain text), not a plan (YAML text "
                   "beginning 'khgen: 1'); make a plan of it first: %s, then give khgen the "
                   ".yaml", path, buf_str(&cmd));
        if (!named)
            names_taken(diags, whole, buf_str(&plan));
        buf_free(&plan);
        buf_free(&cmd);
        return 1;
    } else {
        what = import_foreign_name(import_foreign_kind(data, len));
        if (!what)
            return 0;
    }
    Buf cmd = {0};
    sh_quote_always(&cmd, path);
    diag_error(diags, whole, 0, KH025,
               "'%s' is %s, not a plan (YAML text): make a plan of the Word document with khgen "
               "import FILE.docx -o PLAN.yaml (khgen import %s says how to convert this one)", path, what,
               buf_str(&cmd));
    buf_free(&cmd);
    return 1;
}
