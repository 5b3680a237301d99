/* codes.c - the registry of diagnostic codes.
 *
 * Every diagnostic khgen prints carries a stable code (KH001 ...). This file
 * is the one list of them: for each code its default level, a one-line
 * summary, an explanation (what went wrong and how to fix it) and a small
 * YAML fragment that triggers it. `khgen explain CODE` prints an entry, and
 * the diagnostics corpus checks that every code it meets is listed here.
 *
 * The table is a plain array sorted by code, so diag_code_find() can use a
 * binary search and diag_code_all() can hand out the array as it is. Codes
 * are grouped by the stage that reports them; each range below has its own
 * comment block, and an engineer adding a code puts it in its range, keeping
 * the order (the unit tests check that the table is sorted and complete).
 *
 *   KH001-KH099  loading: reading the file, UTF-8, YAML syntax (load.c)
 *   KH100-KH199  structure: keys and value types of a plan (parse.c)
 *   KH200-KH299  references: units, localities, attachments, ids
 *   KH300-KH399  dates and deadlines
 *   KH400-KH499  criteria and catalogs
 *   KH500-KH599  figures in the text against the data
 *   KH600-KH699  attachments (Biểu) and tables
 *   KH800-KH899  templates and wording
 *   KH900-KH999  output: writing files
 */
#include "diag.h"

#include <string.h>

static const DiagCode codes[] = {
    /* ---- KH001-KH099: loading (load.c) --------------------------------
     * KH011 is deliberately unused: text that is not in Unicode NFC is not
     * a problem; the loader normalises every string to NFC silently. */
    {"KH001", DIAG_ERROR,
     "cannot read a file",
     "khgen could not open or read the file. The message gives the reason the "
     "operating system reported (no such file, permission denied, is a "
     "directory). Check the path on the command line or in `import:`, and that "
     "the file is readable.",
     "khgen check plans/missing.yaml"},
    {"KH002", DIAG_ERROR,
     "file too large",
     "The file is larger than the loader accepts (16 MiB). A plan is a few "
     "hundred kilobytes at most, so a file this large is almost certainly not a "
     "plan (a data dump, a spreadsheet saved under the wrong name). It is "
     "refused without being read. Split the data or check the file name.",
     "khgen check plans/huge-export.yaml   # 50 MB"},
    {"KH003", DIAG_ERROR,
     "invalid UTF-8",
     "Plan files must be UTF-8. The byte at the position shown cannot be part "
     "of valid UTF-8 text; the file was probably saved in another encoding "
     "(Windows-1258, TCVN3/ABC, VNI) or contains a truncated character. "
     "Re-save the file as UTF-8 in your editor, or convert it, e.g. "
     "`iconv -f CP1258 -t UTF-8`.",
     "title: K\\xe1 ho\\xe1ch   # bytes 0xE1 0x20: a character cut in two"},
    {"KH004", DIAG_ERROR,
     "control character or binary data",
     "The file contains a character that has no place in a text file: a NUL "
     "byte (usually a sign of a binary file such as a .docx or .xlsx renamed to "
     ".yaml, or a UTF-16 file), another control character (U+0001-U+001F other "
     "than tab and line breaks, U+007F-U+009F), a line or paragraph separator "
     "(U+2028, U+2029), or U+FFFE/U+FFFF; or a \"\\0\" escape in a "
     "double-quoted string. Remove the character; copy-pasted text from PDF or "
     "Word sometimes carries such characters invisibly.",
     "title: \"Kế hoạch\\0\"   # the escape \\0 makes a NUL character"},
    {"KH005", DIAG_ERROR,
     "YAML syntax error",
     "The file is not valid YAML. The message is the YAML parser's own "
     "description of the problem, at the position where it noticed it (which "
     "can be just after the real mistake), with a hint when the cause is "
     "common: indentation that does not line up, a tab used for indentation, "
     "a value containing ': ' that needs quotes, an unclosed quote or bracket, "
     "a backslash inside double quotes. Indent with spaces, and put values "
     "that contain ': ', ' #', or start with a special character in quotes.",
     "header:\n"
     "  place: Yên Thế\n"
     " date: 2024-01      # indented by one space: did not find expected key"},
    {"KH006", DIAG_ERROR,
     "nesting too deep",
     "Lists and mappings are nested more deeply than the loader allows (64 "
     "levels). No plan needs this; it usually means an unbalanced run of '[' or "
     "'{', or a hostile file. Flatten the structure or close the brackets.",
     "body: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[x]]]"},
    {"KH007", DIAG_ERROR,
     "anchors and aliases are not allowed",
     "YAML anchors (&name) and aliases (*name) let one value be reused in "
     "several places. They are not part of the plan language: every value is "
     "written where it is used, so that each diagnostic points at one place, "
     "and so that a small file cannot expand into a huge one (the \"billion "
     "laughs\" attack). Write the value out instead of the alias, and remove "
     "the anchor. Loading stops at the first alias.",
     "units:\n"
     "  - &tc {id: tckh, name: Phòng Tài chính - Kế hoạch}\n"
     "  - *tc"},
    {"KH008", DIAG_ERROR,
     "duplicate key",
     "The same key appears twice in one mapping. YAML would silently keep only "
     "one of the two values, so khgen refuses the file; the note points at the "
     "first occurrence. Remove one of them or rename it (a typo for another key "
     "is the usual cause).",
     "header:\n"
     "  date: 2024-01\n"
     "  date: 2024-02"},
    {"KH009", DIAG_ERROR,
     "more than one document",
     "A plan file holds exactly one YAML document. A line '---' (or text after "
     "a '...' line) starts a second document, which khgen would otherwise "
     "ignore. Remove the '---' line, or split the file in two plans.",
     "khgen: 1\n"
     "---\n"
     "header: {place: Yên Thế}"},
    {"KH010", DIAG_ERROR,
     "too many nodes",
     "The file has more values, lists and mappings than the loader accepts "
     "(4,000,000). No plan comes near this; it protects khgen from files "
     "built to exhaust memory. Check that the file is really a plan.",
     "data: [0, 0, 0, 0, 0, ...]   # millions of items"},
    {"KH012", DIAG_ERROR,
     "tags are not allowed",
     "YAML tags (!!str, !!int, !custom) are not part of the plan language. To "
     "make a value a string, put it in quotes instead of writing !!str.",
     "number: !!str 05"},
    {"KH013", DIAG_ERROR,
     "key is not a string",
     "Every key of a mapping must be a plain string. A list or a mapping used "
     "as a key (written with '?' or as '[a, b]: value') is not part of the "
     "plan language. Write the key as text.",
     "[tckh, vpdp]: Phòng Tài chính - Kế hoạch"},

    /* ---- KH100-KH199: structure of a plan (parse.c) --------------------
     * Unknown keys, missing required keys, values of the wrong kind
     * (a list where a mapping is expected, ...), bad language version. */

    /* ---- KH200-KH299: references ---------------------------------------
     * Unknown or duplicate ids of units, levels, localities, attachments;
     * inline references ({unit ID}, {loc ID}, ...) that do not resolve;
     * registry entries that are never used. */

    /* ---- KH300-KH399: dates and deadlines ------------------------------
     * Impossible dates, deadline syntax, deadlines outside the plan's
     * period, periods that do not make sense. */

    /* ---- KH400-KH499: criteria and catalogs ----------------------------
     * Catalogs that cannot be imported, criterion or indicator codes that
     * are not in the imported catalogs. */

    /* ---- KH500-KH599: figures ------------------------------------------
     * Numbers written in the text that the plan's data contradict. */

    /* ---- KH600-KH699: attachments (Biểu) -------------------------------
     * Table presets, columns, row sources, filters, totals. */

    /* ---- KH800-KH899: templates and wording ----------------------------
     * Template syntax, unknown names, missing partials or wording keys. */
    {"KH801", DIAG_WARNING,
     "unknown name in a template",
     "A template uses a name ({{name}} or {{{name}}}) that the data given to "
     "it do not have, in the current section or any section around it. It "
     "prints nothing. This is usually a typo in a province's own template "
     "(--templates DIR) or a name that belongs inside a {{#section}}; compare "
     "with the names the built-in template of the same name uses. Sections "
     "({{#name}}, {{^name}}) over a missing name "
     "are not reported: a missing value simply hides the section. The warning "
     "is given once per name and template.",
     "plan.md:  Số: {{numbr}}/{{code}}      # 'numbr' is not a name; 'number' is"},
    {"KH802", DIAG_ERROR,
     "missing wording key",
     "khgen needs a standard phrase that neither your wording.yaml "
     "(--templates DIR) nor the built-in templates/wording.yaml defines. A "
     "user's wording.yaml overrides the built-in one key by key, so it only "
     "needs the keys it changes; this error means the key is missing from the "
     "built-in file as well, or the built-in file could not be read. Add the "
     "key to your wording.yaml, one line: key: \"template\".",
     "# a built-in templates/wording.yaml edited by hand, key renamed:\n"
     "task_lead_title: \"Phụ trách tiêu chí\"   # khgen asks for 'task_lead_label'"},
    {"KH803", DIAG_ERROR,
     "template syntax error",
     "A template (a file of templates/ or --templates DIR, or one entry of "
     "wording.yaml) cannot be read: a tag opened with '{{' is not closed with "
     "'}}' (or '{{{' with '}}}'), a section {{#name}} is closed by a different "
     "{{/other}} or never closed, a {{/name}} closes nothing, a tag starts with "
     "a character that is not a tag kind (# ^ / > ! & {), or a name has "
     "characters other than letters, digits, '_', '-' and '.'. wording.yaml "
     "must be a mapping of keys to strings. The position is inside the "
     "template file.",
     "plan.md:  {{#bases}}{{text}}{{/basis}}   # closed by 'basis', opened as 'bases'"},
    {"KH804", DIAG_ERROR,
     "template not found",
     "A template or partial ({{>name}}) exists neither in --templates DIR nor "
     "among the templates built into khgen, or the file in DIR could not be "
     "read (the message gives the reason). Names are relative to the templates "
     "directory (\"plan.md\", \"parts/header.md\"); a partial written without an "
     "extension also finds the file with the extension of the template that "
     "includes it ({{>header}} in plan.md finds header.md). Check the spelling "
     "and the file's permissions.",
     "plan.md:  {{>headr}}      # no template 'headr' or 'headr.md'"},
    {"KH805", DIAG_ERROR,
     "partials nested too deeply",
     "Partials include partials more than 32 levels deep. That only happens "
     "when a partial includes itself, directly or through others "
     "(a.md includes b.md, which includes a.md). Break the cycle; a partial "
     "that should repeat belongs in a {{#section}} over a list instead.",
     "header.md:  {{>header}}     # includes itself"},
    {"KH806", DIAG_WARNING,
     "unknown key in a user's wording.yaml",
     "The wording.yaml of --templates DIR has a key that the built-in "
     "templates/wording.yaml does not have. Your file overrides the built-in "
     "phrases key by key, so a key khgen never asks for changes nothing; it is "
     "usually a misspelt key, and the phrase you meant to change still prints "
     "in its built-in form. Use the key names of the built-in wording.yaml.",
     "# DIR/wording.yaml\n"
     "task_lead_lable: \"Đơn vị phụ trách\"   # meant 'task_lead_label'"},

    /* ---- KH900-KH999: output -------------------------------------------
     * Output directory and files that cannot be written. */
};

static const size_t code_count = sizeof codes / sizeof codes[0];

/* Returns the entry for code ("KH203"), or NULL if code is NULL or not
 * registered. The entry is static. */
const DiagCode *diag_code_find(const char *code)
{
    if (!code)
        return NULL;
    size_t low = 0, high = code_count;
    while (low < high) {
        size_t mid = low + (high - low) / 2;
        int cmp = strcmp(codes[mid].code, code);
        if (cmp == 0)
            return &codes[mid];
        if (cmp < 0)
            low = mid + 1;
        else
            high = mid;
    }
    return NULL;
}

/* Returns the whole static table, sorted by code; *count receives its
 * length. */
const DiagCode *diag_code_all(size_t *count)
{
    if (count)
        *count = code_count;
    return codes;
}
