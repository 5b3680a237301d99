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
     "The file is larger than the loader accepts (32 MiB). A district plan is "
     "a few hundred kilobytes and a national plan of 10,000 communes and "
     "50,000 tasks about 16 MB, so a file this large is almost certainly not "
     "a plan (a data dump, a spreadsheet saved under the wrong name). It is "
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
     "The file has more values, lists and mappings than the program that "
     "embeds khgen's loader accepts. khgen itself sets no such cap: the "
     "size limit of a plan file (32 MiB, KH002) already bounds the number "
     "of values, since aliases are refused. Check that the file is really "
     "a plan, or split it.",
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
    {"KH100", DIAG_ERROR,
     "a plan is not a mapping",
     "The top level of a plan file must be a mapping of keys (khgen, header, "
     "body, ...). The file holds a list or a single value instead, usually "
     "because it is not a plan at all, or because every line was indented "
     "under a '- '. Start the file with 'khgen: 1' at the left margin and put "
     "the other top-level keys beside it.",
     "- khgen: 1\n"
     "- header: {place: Yên Thế}"},
    {"KH101", DIAG_ERROR,
     "unknown key",
     "A mapping has a key that the plan language does not define at that place. "
     "Every key is checked, so a misspelt key is never silently ignored; when a "
     "known key is close (by edit distance, ignoring case and Vietnamese "
     "diacritics) it is suggested. Check the spelling against the README's "
     "reference of keys, and that the key is indented under the right parent "
     "(a task's 'due' written under a bullet is unknown there).",
     "header:\n"
     "  plcae: Yên Thế      # did you mean 'place'?"},
    {"KH102", DIAG_ERROR,
     "value of the wrong kind",
     "A key expects a value of one kind (a string, a list or a mapping) and has "
     "another. Common causes: a list written as a single value where a mapping "
     "is needed, a mapping where text is expected (a ': ' inside unquoted text "
     "makes YAML read a mapping: put such text in quotes), or a missing '- ' in "
     "a list of entries.",
     "units: {id: tckh, name: Phòng Tài chính - Kế hoạch}   # must be a list: [ {...} ]"},
    {"KH103", DIAG_ERROR,
     "required key missing",
     "An entry lacks a key it cannot do without: the plan its 'header' or "
     "'body', the header its 'issuer', 'place' or 'date', a unit or locality "
     "its 'id' or 'name', a legal basis its 'kind', 'number' or 'by', an "
     "assignment its 'unit', the signature its 'lines', a period its 'from' "
     "and 'to'. The message names the entry and the key; the caret points at "
     "the start of the entry. Add the key.",
     "units:\n"
     "  - {id: tckh}        # a unit has no 'name'"},
    {"KH104", DIAG_ERROR,
     "language version missing or unsupported",
     "Every plan starts with 'khgen: 1', the version of the plan language it "
     "is written in, so that a later khgen can read old plans correctly. The "
     "key is missing, or names a version this khgen does not read. Add "
     "'khgen: 1' as the first line.",
     "khgen: 2\n"
     "header: {...}"},
    {"KH105", DIAG_ERROR,
     "body entry without one kind",
     "Every entry of 'body' (and of 'items') is a mapping whose kind key says "
     "what it is: section, clause, subclause, point, bullet, para or task. The "
     "entry has none of them (often a misspelt kind, which is then reported as "
     "an unknown key with a suggestion), or has two. Give each entry exactly "
     "one kind; a plain string in a list is a paragraph.",
     "body:\n"
     "  - sectoin: MỤC TIÊU        # no kind: 'sectoin' is not one"},
    {"KH106", DIAG_ERROR,
     "value not among the allowed words",
     "A key takes one of a fixed set of words and has another: 'style' and "
     "'text_style' take bold, italic, plain and upper (combined with spaces: "
     "'bold italic'); 'date_style' takes short or long; a task's 'show' lists "
     "lead and/or due. Use one of the words the message lists.",
     "- clause: Cấp xã\n"
     "  style: bolt          # bold, italic, plain or upper"},
    {"KH107", DIAG_ERROR,
     "required text is empty",
     "A key that must say something is present but empty: a unit or "
     "locality 'name', the header's 'place' or 'title', a legal basis's "
     "'kind', 'number' or 'by'. An empty value would print as a gap in the "
     "document. Write the text, or remove the entry.",
     "units:\n"
     "  - {id: tckh, name: \"\"}"},
    {"KH108", DIAG_ERROR,
     "not a number, or out of range",
     "A key takes a number and the value is not one, or is outside the range "
     "the key allows: 'khgen' (the version), a node's 'number', a locality's "
     "'target_year' (1900-2999), 'criteria_met' and 'criteria_planned', a "
     "'period' year. Write the number without quotes, units or words "
     "('17', not '17 tiêu chí'); a decimal uses a dot in YAML (16.9).",
     "localities:\n"
     "  - {id: dong-huu, name: Đồng Hưu, criteria_met: mười bảy}"},
    {"KH109", DIAG_ERROR,
     "invalid id",
     "Ids (of units, localities, levels, attachments, tasks) are written in "
     "the plan's text and in references such as {unit tckh}, so they are "
     "kept simple: ASCII letters, digits, '-', '_' and '.', starting with a "
     "letter or digit. Spaces and Vietnamese letters are not allowed in an "
     "id; the printed name goes in 'name'. Write e.g. 'dong-huu' for Đồng "
     "Hưu.",
     "localities:\n"
     "  - {id: Đồng Hưu, name: Đồng Hưu}   # write id: dong-huu"},
    {"KH110", DIAG_ERROR,
     "keys that do not go together",
     "An entry combines keys that exclude each other: a para, bullet or point "
     "carries its text as its own value, so a separate 'text' key is not "
     "used there ('text' is for headings and tasks); a legal basis is either "
     "free text ('text') or structured (kind, number, date, by, about), not "
     "both. Keep one form.",
     "- bullet: Hoàn thành xây dựng xã đạt chuẩn\n"
     "  text: nông thôn mới        # a bullet's text is its value"},
    {"KH111", DIAG_ERROR,
     "unknown code in 'suppress'",
     "'suppress' (at the top of a plan, or on a body node) lists diagnostic "
     "codes to silence, and one of them is not a code khgen has. Check the "
     "spelling (five characters, 'KH' and three digits); `khgen explain` "
     "lists every code. Only warnings can be silenced; errors always print.",
     "suppress: [KH5000]"},
    {"KH112", DIAG_ERROR,
     "layout outside the decree's range",
     "A value under 'layout' sets the printed page, and Nghị định 30/2020 "
     "(Phụ lục I) bounds each one: margins top and bottom 20-25 mm, left "
     "30-35 mm, right 15-20 mm; body text 13-14 pt; first-line indent 1 to "
     "1.27 cm; line spacing 1 to 1.5; at least 6 pt between paragraphs (khgen "
     "accepts up to 12). Choose a value inside the range, or leave the key out "
     "to keep the template's default.",
     "layout:\n  margin_left: 25     # the decree asks for 30-35 mm"},

    {"KH113", DIAG_WARNING,
     "an error listed in 'suppress'",
     "'suppress' silences warnings only. The code listed is an error's: it "
     "is still reported and still stops the build, so listing it does "
     "nothing and only hides the intent. Fix what the error reports, and "
     "take the code out of 'suppress'.",
     "suppress: [KH202]     # an unknown unit is an error: define the unit"},
    {"KH130", DIAG_ERROR,
     "an include entry is not a path",
     "'include' is a list of file paths, each relative to the file that "
     "includes it, naming registry files (units, levels, localities, import). "
     "An entry that is empty, a list or a mapping names no file. Write the "
     "path as a string.",
     "include: [{file: dong-hung.yaml}]   # write: include: [dong-hung.yaml]"},
    {"KH131", DIAG_ERROR,
     "an included file cannot be read",
     "The file an include names does not exist, cannot be read, or is not a "
     "regular file (a directory, a device or a FIFO, which khgen never reads). "
     "The path is relative to the file that holds the include. Check the "
     "spelling and the directory.",
     "include: [registry.yaml]   # no such file beside the plan"},
    {"KH132", DIAG_ERROR,
     "an included file is outside the plan's directory",
     "khgen reads included files only from the directory of the plan given on "
     "the command line and below it, so a plan received from elsewhere cannot "
     "make khgen read (and print lines of) files such as /etc/passwd. Keep the "
     "shared registry beside the plans of the place, or in a subdirectory.",
     "include: [../../etc/passwd]"},
    {"KH133", DIAG_ERROR,
     "include cycle or too many includes",
     "An included file includes, directly or through others, a file that is "
     "already being read (the plan itself, or a file on the chain), so the "
     "merge would never end; or the includes nest deeper than 16 files or "
     "number more than 256. Remove the include that closes the loop: a "
     "registry file should not include the plan or itself.",
     "# registry.yaml\ninclude: [registry.yaml]"},
    {"KH134", DIAG_ERROR,
     "an included file holds something other than registries",
     "An included file is shared by several plans, so it holds only what they "
     "share: 'units', 'levels', 'localities', 'import' (criteria catalogs) and "
     "further 'include's. A header, a body or attachments belong to one plan: "
     "move the key into the plan. The note shows where the file is included.",
     "# registry.yaml\nheader: {place: Yên Thế}"},

    {"KH160", DIAG_WARNING,
     "a plan without a signature or without recipients",
     "A Kế hoạch is issued signed (Nghị định 30/2020: the authority lines, "
     "\"TM. ỦY BAN NHÂN DÂN\" / \"CHỦ TỊCH\", and the signer's name) and "
     "sent to the bodies listed under \"Nơi nhận:\", ending with \"Lưu: VT\". "
     "A finished plan (one with its 'closing' sentence) without 'signature' "
     "or without 'recipients' builds, but the document it gives cannot be "
     "issued as it is; a plan still without its closing is taken for a "
     "draft of the body and not warned. Add the missing key; a "
     "plan transcribed from a copy that lacks them (a web copy often does) "
     "may silence the warning with 'suppress: [KH160]' and a comment saying "
     "why.",
     "closing: Trên đây là Kế hoạch năm 2024 của UBND huyện./.\n"
     "# no recipients: and no signature: follow"},

    /* KH160-KH139: shared registry files (include:, include.c) */

    /* ---- KH200-KH299: references ---------------------------------------
     * Unknown or duplicate ids of units, levels, localities, attachments;
     * inline references ({unit ID}, {loc ID}, ...) that do not resolve;
     * registry entries that are never used. */
    {"KH200", DIAG_ERROR,
     "duplicate id",
     "Two units, localities, levels, attachments or tasks have the same id, so "
     "a reference to it would be ambiguous. The note points at the first "
     "definition. Ids are compared exactly (case matters). Rename one of "
     "them, or remove the copy if the entry was pasted twice.",
     "units:\n"
     "  - {id: tckh, name: Phòng Tài chính - Kế hoạch}\n"
     "  - {id: tckh, name: Phòng Tư pháp}"},
    {"KH202", DIAG_ERROR,
     "unknown unit",
     "A task's 'lead', 'support' or assignment 'unit', a {unit ID} or {short "
     "ID} reference, or a figure's filter names a unit id that 'units:' does "
     "not define. When a defined id is close (ignoring case and diacritics) "
     "it is suggested. Fix the id, or add the unit under 'units:'.",
     "units: [{id: vpdp, name: Văn phòng Điều phối nông thôn mới huyện}]\n"
     "...\n"
     "    lead: vpdp2          # did you mean 'vpdp'?"},
    {"KH203", DIAG_ERROR,
     "unknown locality",
     "A locality id used in a task's 'localities', a locality's 'parent', a "
     "{loc ID} reference or a figure's filter is not defined under "
     "'localities:'. Near misses are suggested (\"dong-hu\" for \"dong-huu\"). "
     "Fix the id or define the locality.",
     "- bullet: Hoàn thành xây dựng xã {loc dong-hu} đạt chuẩn nông thôn mới."},
    {"KH204", DIAG_ERROR,
     "unknown level",
     "A locality's 'status' or 'target', or a figure's filter, names a level "
     "id that 'levels:' does not define. Levels are the standards a locality "
     "can reach (nông thôn mới, nâng cao, kiểu mẫu); the plan defines the ones "
     "it uses. Fix the id or add the level.",
     "levels: [{id: ntm, name: nông thôn mới}]\n"
     "localities:\n"
     "  - {id: dong-huu, name: Đồng Hưu, target: ntm-nc}"},
    {"KH205", DIAG_ERROR,
     "unknown attachment",
     "An {att ID} reference names an attachment that 'attachments:' does not "
     "declare. The printed \"(Chi tiết theo Biểu 01 đính kèm)\" would point "
     "the reader to a table that does not exist. Fix the id, or declare the "
     "attachment.",
     "- para: (Chi tiết theo {att bieu1} đính kèm).   # the table is 'bieu01'"},
    {"KH206", DIAG_ERROR,
     "unknown inline reference",
     "A text contains '{' followed by a lower-case word that is not one of "
     "the inline references (unit, short, loc, att, crit, crit-name, year, "
     "year+N, year-N, lead, support, due, count, sum, avg, list). A close name "
     "is suggested. If the brace is meant literally, write '{{' (and '}}').",
     "opening: UBND huyện xây dựng Kế hoạch năm {yaer}, như sau:"},
    {"KH207", DIAG_ERROR,
     "malformed inline reference",
     "An inline reference is not closed on the same line ('{unit tckh' with "
     "no '}'), or has the wrong number of words: {unit}, {loc}, {att} and "
     "{crit} need at least one id, while {year}, {lead}, {support} and {due} "
     "take none. Close the reference, or write '{{' for a literal brace.",
     "text: Giao {unit tckh chủ trì thực hiện."},
    {"KH208", DIAG_ERROR,
     "task reference without its task",
     "{lead}, {support} and {due} print a task's own lead unit, supporting "
     "units and deadline, so they can only be used in a task's texts, and "
     "only when the task has that key. Use {unit ID} outside tasks, or add "
     "the missing 'lead', 'support' or 'due' to the task.",
     "- task: \"\"\n"
     "  text: Hoàn thành trước {due}.     # the task has no 'due'"},
    {"KH250", DIAG_WARNING,
     "unit never used",
     "A unit is defined under 'units:' but no task (lead, support, assign), "
     "reference ({unit ID}, {short ID}), figure or table uses it. Either a "
     "reference to it was forgotten, or a misspelt reference points "
     "elsewhere, or the unit is left over from an earlier plan. Use it or "
     "remove it; to keep it deliberately, add 'suppress: [KH250]' with a "
     "comment.",
     "units:\n"
     "  - {id: tuphap, name: Phòng Tư pháp}     # nothing refers to tuphap"},
    {"KH251", DIAG_WARNING,
     "locality never used",
     "A locality is defined but nothing uses it: no {loc ID} reference, no "
     "task's 'localities', no other locality's 'parent', no figure over it "
     "and no table row generated from it. A commune defined and then "
     "forgotten in the text is a typical slip. Refer to it, remove it, or "
     "silence the warning with 'suppress: [KH251]' and a comment saying "
     "why it is there.",
     "localities:\n"
     "  - {id: dong-tam, name: Đồng Tâm, kind: xã}   # never mentioned"},
    {"KH252", DIAG_WARNING,
     "level never used",
     "A level is defined under 'levels:' but no locality's 'status' or "
     "'target', and no figure filter, refers to it. Remove it or use it "
     "(e.g. set a commune's 'target' to it).",
     "levels:\n"
     "  - {id: ntm-km, name: nông thôn mới kiểu mẫu}   # no locality has it"},
    {"KH253", DIAG_WARNING,
     "attachment never referred to",
     "An attachment (Biểu) is declared, and will be printed, but the text "
     "never points the reader to it with {att ID}. Official plans cite every "
     "attached table where its content belongs: \"(Chi tiết theo Biểu 01 "
     "đính kèm)\". Add the reference, or remove the attachment.",
     "attachments:\n"
     "  - {id: bieu02, label: Biểu 02, ...}   # no {att bieu02} in the text"},
    {"KH254", DIAG_WARNING,
     "attachments without 'issuer_short'",
     "Each attached table carries the line \"(Kèm theo Kế hoạch số .../KH-UBND "
     "ngày ... của UBND huyện Yên Thế)\", whose last part is the header's "
     "'issuer_short'. The plan has attachments but no 'issuer_short', so the "
     "line would end without saying whose plan it is. Add it to the header.",
     "header:\n"
     "  issuer: [ỦY BAN NHÂN DÂN, HUYỆN YÊN THẾ]\n"
     "  # issuer_short: UBND huyện Yên Thế   <- missing"},
    {"KH255", DIAG_ERROR,
     "locality is its own ancestor",
     "Following the 'parent' of a locality leads back to itself (a village "
     "whose parent is itself, or two localities each the parent of the other). "
     "The message prints the loop. A village's parent is its commune; a "
     "commune usually has none. Fix the 'parent' that closes the loop.",
     "localities:\n"
     "  - {id: a, name: Thôn A, parent: b}\n"
     "  - {id: b, name: Xã B, parent: a}"},
    {"KH256", DIAG_WARNING,
     "unit named twice in one task",
     "A task lists the same unit as its lead and among its supporting units, "
     "or twice among its supporting units, which prints as \"Phòng A phối hợp "
     "với Phòng A\". Remove the repetition.",
     "- task: \"\"\n"
     "  lead: tckh\n"
     "  support: [tckh, nnptnt]"},

    /* ---- KH300-KH399: dates and deadlines ------------------------------
     * Impossible dates, deadline syntax, deadlines outside the plan's
     * period, periods that do not make sense. */
    {"KH300", DIAG_ERROR,
     "not a real date",
     "A date or deadline is well formed but does not exist in the calendar: "
     "30 February, 31 April, 29 February of a year that is not a leap year, "
     "month 13, quarter 5 (2024-Q5) or half 3. Check the day and the month "
     "(dates are written YYYY-MM-DD).",
     "due: 2024-02-30"},
    {"KH301", DIAG_ERROR,
     "not a date",
     "A date is not written YYYY-MM-DD, YYYY-MM (day left blank) or YYYY "
     "(day and month left blank), or a place that needs a full date (a legal "
     "basis, a period's 'from' and 'to') has only a month or a year. Write "
     "the date in that form: 2024-01-15, not 15/01/2024.",
     "header:\n"
     "  date: 15/01/2024     # write 2024-01-15"},
    {"KH302", DIAG_ERROR,
     "not a deadline",
     "A task's 'due' is not one of the deadline forms: a date (2024-01-31), a "
     "month (2024-10), a quarter (2024-Q4), a half-year (2024-H1, 2024-H2), a "
     "year (2024), 'ongoing', or a mapping {before: ...}, {in: ..., text: "
     "...}, {text: ...}. 'before' and 'in' exclude each other, and "
     "'before: ongoing' means nothing.",
     "due: Q4/2024        # write 2024-Q4"},
    {"KH310", DIAG_WARNING,
     "deadline outside the plan's period",
     "A task's deadline falls after the end, or before the start, of the "
     "period the plan covers (its 'period', by default the calendar year of "
     "the header's date): usually the wrong year typed (2023 in a plan for "
     "2024). It is a warning, not an error, because some deadlines rightly "
     "fall outside: the report on a year is often due in January of the "
     "next. A \"before X\" deadline counts as the day before X. Fix the year, "
     "or keep the date and silence the warning on that task with "
     "'suppress: [KH310]' and a comment.",
     "header: {date: 2024-01, ...}\n"
     "...\n"
     "  due: 2025-Q1        # the plan is for 2024"},
    {"KH311", DIAG_ERROR,
     "deadline before the plan's date",
     "A task is due before the plan that sets it is even dated: the whole "
     "deadline (a month, a quarter, ...) ends before the first day the "
     "header's date allows (when the day is left blank, the first of the "
     "month). Such a task cannot be done on time; the date is almost always "
     "a typo. When the header's date has no month, this is not checked.",
     "header: {date: 2024-03, ...}\n"
     "...\n"
     "  due: 2024-02-15"},
    {"KH312", DIAG_WARNING,
     "sub-task due after its task",
     "A task nested inside another task (in its 'items', at any depth) is "
     "due after the task it belongs to, so the larger task cannot finish on "
     "its own deadline: the steps of a report must be done before the "
     "report is due. Deadlines are compared by their last day (\"quý "
     "IV/2024\" ends on 31/12/2024); ongoing duties and free-text deadlines "
     "are not compared. Move the sub-task's deadline earlier, or the "
     "task's later.",
     "- task: Hoàn thiện hồ sơ xét công nhận\n"
     "  due: 2024-11\n"
     "  items:\n"
     "    - task: Thẩm tra cấp huyện\n"
     "      due: 2024-12      # after November"},

    /* ---- KH400-KH499: criteria and catalogs ----------------------------
     * Catalogs that cannot be imported, criterion or indicator codes that
     * are not in the imported catalogs. */
    {"KH313", DIAG_WARNING,
     "the plan's period ended before its date",
     "The plan is dated after the end of the period it plans for, as if the "
     "plan for 2023 were issued in 2024: usually the year of 'period' (or of "
     "the header's date) is mistyped, often when last year's plan was "
     "copied. A plan for next year is dated before its period, which is "
     "fine. Correct the period or the date.",
     "header:\n  date: 2024-09-15\nperiod: 2023"},
    {"KH400", DIAG_ERROR,
     "unknown catalog",
     "An entry of 'import:' is neither a catalog shipped with khgen (a name "
     "such as qd318-xa-ntm, read from templates/catalogs/NAME.yaml or from "
     "--templates DIR/catalogs/NAME.yaml) nor a path: an entry that contains "
     "'/' or ends in .yaml is a file relative to the plan. Check the spelling "
     "(the nearest shipped name is suggested), or give the path of your own "
     "catalog file.",
     "import: [qd318-xa-nmt]       # meant qd318-xa-ntm"},
    {"KH401", DIAG_ERROR,
     "criteria used without a catalog",
     "The plan refers to criteria ({crit 17}, {crit-name 8}, a task's or a "
     "locality's 'criteria', assignment 'indicators', or a figure's "
     "criteria= filter) but imports no criteria catalog, so the codes "
     "cannot be checked or named. Add 'import: [qd318-xa-ntm]' (the shipped "
     "catalog of QĐ 318/QĐ-TTg), or the path of your own catalog. Reported "
     "once per plan for the lists of tasks and localities.",
     "khgen: 1\n"
     "# import: [qd318-xa-ntm]   <- missing\n"
     "...\n"
     "  criteria: [17]"},
    {"KH402", DIAG_ERROR,
     "criterion not in the catalog",
     "A criterion code (\"20\") is not in any imported catalog, or a code is "
     "not written as a code at all (\"17,12\" with a comma: codes are N or "
     "N.M with a dot; a close code is suggested). The catalog of QĐ 318 has "
     "criteria 1 to 19. Check the number, or import the catalog that has "
     "it.",
     "criteria: [20]"},
    {"KH403", DIAG_ERROR,
     "indicator not listed in the catalog",
     "An indicator code N.M names a criterion whose catalog entry lists its "
     "indicators, and N.M is not among them (criterion 17 of QĐ 318 has "
     "indicators 17.1 to 17.12, so 17.13 does not exist). Where a catalog "
     "lists no indicators for a criterion, any N.M is accepted. Check the "
     "code against the catalog (templates/catalogs/).",
     "assign:\n"
     "  - {unit: tnmt, indicators: [17.13]}"},
    {"KH410", DIAG_ERROR,
     "a catalog file is not a mapping",
     "A criteria catalog is a YAML mapping with 'id', 'title' and 'criteria' "
     "(README.md, \"Criteria catalogs\"). The file imported here holds a list "
     "or a single value instead; it may not be a catalog at all. Compare it "
     "with templates/catalogs/qd318-xa-ntm.yaml.",
     "# catalogs/x.yaml\n"
     "- {code: 1, name: Quy hoạch}    # the list must sit under 'criteria:'"},
    {"KH411", DIAG_ERROR,
     "unknown key in a catalog",
     "A catalog, one of its criteria or one of its indicators has a key khgen "
     "does not know. A catalog has id, title, basis, partial and criteria; a "
     "criterion has code, name, group and indicators; an indicator has code "
     "and name. A misspelt key would silently drop data, so it is an error; "
     "the nearest known key is suggested.",
     "criteria:\n"
     "  - {code: 1, nmae: Quy hoạch}"},
    {"KH412", DIAG_ERROR,
     "wrong kind of value in a catalog or an import",
     "A value of a catalog (or of the plan's 'import:') is not of the kind "
     "expected: 'import' is a list of names or paths; 'criteria' and "
     "'indicators' are lists; a criterion is a mapping; code, name, group and "
     "title are non-empty strings; 'partial' is true or false.",
     "criteria: {code: 1, name: Quy hoạch}   # a mapping where a list belongs"},
    {"KH413", DIAG_ERROR,
     "missing key in a catalog",
     "A catalog needs 'id', 'title' and 'criteria'; each criterion needs "
     "'code' and 'name'; each indicator written as a mapping needs 'code'. "
     "The criterion or indicator without them is left out.",
     "criteria:\n"
     "  - {code: 3}                # no name"},
    {"KH414", DIAG_ERROR,
     "malformed criterion or indicator code",
     "A criterion's code is a number (or letters) without a dot: \"17\". An "
     "indicator's code is its criterion's code, a dot and one more part: "
     "\"17.12\" under criterion 17. An indicator listed under another "
     "criterion, or a code with two dots, is refused.",
     "- code: 2\n"
     "  name: Giao thông\n"
     "  indicators: [3.1]          # belongs to criterion 3"},
    {"KH415", DIAG_ERROR,
     "criterion or indicator listed twice",
     "A catalog lists the same criterion code, or the same indicator code "
     "under one criterion, twice. Codes identify criteria in plans ({crit "
     "17}, 'criteria: [17]'), so they must be unique within a catalog. The "
     "second entry is left out.",
     "criteria:\n"
     "  - {code: 1, name: Quy hoạch}\n"
     "  - {code: 1, name: Giao thông}   # meant 2"},
    {"KH416", DIAG_WARNING,
     "catalog imported twice",
     "The plan's 'import:' names the same catalog (the same id) twice, maybe "
     "once by name and once by path. The second import is ignored; remove "
     "it.",
     "import: [qd318-xa-ntm, qd318-xa-ntm]"},
    {"KH417", DIAG_WARNING,
     "two catalogs share criterion codes",
     "Two imported catalogs define criteria with the same codes (a commune "
     "catalog and a village catalog both numbered from 1). References such "
     "as {crit 17} and a task's 'criteria: [17]' then mean the catalog "
     "imported first. Tables choose their catalog with 'catalog:' in their "
     "rows generator. Import only the catalog the plan's references mean, "
     "or silence the warning with 'suppress: [KH417]' if that is intended.",
     "import: [qd318-xa-ntm, ../catalogs/thon-bac-giang.yaml]"},
    {"KH421", DIAG_WARNING,
     "criterion listed twice",
     "A list of criteria or indicators (a task's 'criteria', a locality's "
     "'criteria', an assignment's 'indicators') names the same code twice. "
     "It prints twice and counts twice in figures such as {sum localities "
     "criteria}. Remove the repetition; the note points at the first one.",
     "criteria: [5, 9, 5]"},

    /* ---- KH500-KH599: figures ------------------------------------------
     * Numbers written in the text that the plan's data contradict. */
    {"KH500", DIAG_WARNING,
     "stated figure differs from the data",
     "A figure written with stated=VALUE ({avg localities criteria_met "
     "kind=xã stated=17,9}) keeps the number the drafter wrote and prints it, "
     "but khgen also computes it from the plan's data, and here they "
     "disagree: rounded to the stated number of decimals, the data give "
     "another value (17,75 rounds to 17,8, not 17,9). Either the text or "
     "the data is wrong. Correct the one that is wrong; drop stated= to print "
     "the computed value. If the stated figure is right for reasons the "
     "data do not hold, keep it and silence the warning on that node with "
     "'suppress: [KH500]' and a comment.",
     "localities:                # criteria_met: 19, 19, 19, 18, 18, 17, 16, 16\n"
     "...\n"
     "- bullet: Bình quân {avg localities criteria_met kind=xã stated=17,9} tiêu chí/xã"},
    {"KH501", DIAG_ERROR,
     "malformed figure",
     "A figure reference ({count ...}, {sum ...}, {avg ...}, {list ...}) does "
     "not have the expected shape: the function, then what it goes over "
     "(localities, tasks, or rows ATT for a table's rows), then for sum and avg the field to add up, then "
     "filters KEY=VALUE and options (pad=N, decimals=N, stated=VALUE). The "
     "message says what is missing or out of place: a missing subject or "
     "field, a bare word, an option given twice or one that does not apply "
     "(pad to an average, decimals to a count, options to a list).",
     "Có {count xã target_year=2024} xã đăng ký đạt chuẩn   # count localities ..."},
    {"KH502", DIAG_ERROR,
     "unknown field in a figure",
     "{sum} and {avg} add up a field: for localities criteria_met, "
     "criteria_planned, criteria or n_criteria (the number of codes in the "
     "locality's 'criteria'), criteria_total (criteria_met plus "
     "criteria_planned, or plus the codes listed), target_year, or data.KEY "
     "(a value of its 'data'); for tasks criteria. The field named is none "
     "of these; a close one is suggested.",
     "{avg localities criteria_mett kind=xã}"},
    {"KH503", DIAG_ERROR,
     "unknown filter in a figure",
     "A figure's filter or option names a key that does not exist. Localities "
     "filter on id, kind, parent, status, target, target_year, criteria_met, "
     "criteria_planned, criteria_total, n_criteria, criteria (has this code) "
     "and data.KEY; tasks on id, "
     "lead, support, unit (lead, support or assignment), criteria and "
     "locality. Options are pad, decimals and stated. A close key is "
     "suggested.",
     "{count localities knd=xã}      # did you mean 'kind'?"},
    {"KH504", DIAG_ERROR,
     "invalid value in a figure",
     "A filter or option of a figure has a value it cannot use: pad and "
     "decimals take small whole numbers; numeric filters (target_year, "
     "criteria_met, criteria_planned, and <, <=, >, >= comparisons) take "
     "numbers; '|' lists values only for = and !=; comparisons only apply "
     "to numbers; stated= is written as the document prints it, with the "
     "decimal comma and thousands dot (17,9 and 1.234, not 17.9).",
     "{avg localities criteria_met stated=17.9}    # write stated=17,9"},
    {"KH505", DIAG_WARNING,
     "figure over an empty set",
     "No locality or task passes the figure's filters (or none of those that "
     "pass has the field it adds up), so it counts nothing: a count prints 0, "
     "a list prints nothing. That is rarely what the text means; usually a "
     "filter value is misspelt (kind=Xã for kind=xã: values are compared "
     "exactly, with '_' standing for a space) or the data lack the field.",
     "{count localities kind=thon}     # the localities say kind: thôn"},
    {"KH506", DIAG_WARNING,
     "figure leaves out localities without the field",
     "Some of the localities a {sum} or {avg} goes over have no value for "
     "the field it adds up (no criteria_met, no data.KEY ...), so they are "
     "left out and the figure is over fewer localities than the filters "
     "select. The note names the first one. Give them the value, or narrow "
     "the filters (an empty value matches a missing one: criteria_met= "
     "selects the localities without it).",
     "{avg localities criteria_met kind=xã}    # one commune has no criteria_met"},
    {"KH510", DIAG_WARNING,
     "criteria_planned differs from the criteria listed",
     "A locality states how many criteria it plans to complete "
     "('criteria_planned') and also lists them ('criteria'), and the two "
     "disagree: the text printed from one contradicts the table printed from "
     "the other (\"05 tiêu chí\" followed by four names). Make them agree, or "
     "drop criteria_planned and let {sum localities criteria} count the list.",
     "- {id: nam-nung, name: Nâm Nung, criteria_planned: 5, criteria: [5, 9, 16, 18]}"},

    /* ---- KH600-KH699: attachments (Biểu) -------------------------------
     * Table presets, columns, row sources, filters, totals. */
    {"KH600", DIAG_ERROR,
     "wrong kind of value in an attachment",
     "A value of 'attachments:' is not of the kind expected: 'attachments' "
     "is a list; each attachment is a mapping; id, label, title, note, "
     "preset and orientation are strings; 'rows' is a list of rows or a "
     "generator mapping {from: ...}; 'where' and 'group_titles' are "
     "mappings; 'total' is true or false. See README.md, \"Attachments\".",
     "attachments:\n"
     "  id: bieu01                 # a mapping where a list belongs"},
    {"KH601", DIAG_ERROR,
     "unknown key in an attachment",
     "An attachment, one of its columns or its rows generator has a key "
     "khgen does not know. An attachment has id, label, title, orientation, "
     "note, preset, columns, rows, merge, totals and suppress; a column has "
     "key, header, group, width, align, type, decimals, total and value; a "
     "generator has "
     "from, where, group_by, group_titles, sort and catalog. The nearest "
     "known key is suggested.",
     "- id: bieu01\n"
     "  label: Biểu 01\n"
     "  titel: Danh sách xã      # meant title"},
    {"KH602", DIAG_ERROR,
     "missing key in an attachment",
     "An attachment needs an 'id' (for {att ID}), a 'label' (\"Biểu 01\", "
     "also the sheet's name), a 'title', 'columns' and 'rows' (the last "
     "three may come from a 'preset'). A column needs a 'key' and a 'header' "
     "(an STT column is headed \"STT\" by default); a rows generator needs "
     "'from'.",
     "- id: bieu01\n"
     "  label: Biểu 01\n"
     "  columns: [stt]            # no title, no rows"},
    {"KH603", DIAG_ERROR,
     "unknown preset",
     "'preset' names no table preset: presets are templates/presets/NAME.yaml "
     "(shipped: locality-targets, locality-criteria, task-assignments, "
     "criteria-assignments, indicator-assignments), or the same path in "
     "--templates DIR. The nearest name is suggested.",
     "preset: criteria-asignments"},
    {"KH604", DIAG_ERROR,
     "malformed preset",
     "A table preset (templates/presets/NAME.yaml or your --templates copy) "
     "is not a mapping, or has a key an attachment preset cannot have. A "
     "preset has description, title, orientation, note, columns, rows, merge "
     "and totals; its rows generator has the keys of any generator. The "
     "position is inside the preset file.",
     "# presets/mine.yaml\n"
     "label: Biểu 01              # a preset gives no label"},
    {"KH605", DIAG_ERROR,
     "bad value for a column or table setting",
     "A closed setting has a value outside its set: 'orientation' is "
     "landscape or portrait; a column's 'type' is text, int, decimal, "
     "percent, date or stt; 'align' is left, center or right; 'width' is a "
     "number of characters from 1 to 200; 'decimals' a whole number from 0 "
     "to 10. A column's 'value' (one text for every row) belongs to tables "
     "whose rows are generated.",
     "columns:\n"
     "  - {key: amount, header: Số tiền, type: money}"},
    {"KH606", DIAG_ERROR,
     "bad column key or attachment id",
     "A column key or an attachment id uses characters other than ASCII "
     "letters, digits, '_', '-' and '.', or a column is written as a bare key "
     "that names no column of the preset (only keys of the preset, and "
     "'stt', can be written bare; write any other column out as {key: ..., "
     "header: ...}).",
     "preset: locality-targets\n"
     "columns: [stt, name_full, population]   # population: not a preset column"},
    {"KH607", DIAG_ERROR,
     "too many columns",
     "A table has at most 32 columns. A table that wide does not print on "
     "A4 anyway; split it into two attachments.",
     "columns: [c1, c2, ..., c33]"},
    {"KH608", DIAG_ERROR,
     "column key used twice",
     "Two columns of one table have the same key. Rows give their values by "
     "key, so keys must differ; to show the same field twice, one of the "
     "columns needs another key (and a generated table cannot do that: "
     "keys name fields).",
     "columns:\n"
     "  - {key: name, header: Tên}\n"
     "  - {key: name, header: Tên xã}"},
    {"KH609", DIAG_ERROR,
     "grouped columns are not next to each other",
     "Columns with the same 'group' share one header cell spanning them, so "
     "they must be adjacent. Move the columns together, or give them "
     "different groups.",
     "columns:\n"
     "  - {key: a, header: A, group: Mục tiêu}\n"
     "  - {key: b, header: B}\n"
     "  - {key: c, header: C, group: Mục tiêu}"},
    {"KH610", DIAG_ERROR,
     "row does not fit the columns",
     "An explicit row names a column the table does not have, a list row has "
     "more values than the table has columns to fill (the STT column is "
     "numbered by khgen and takes no value), a row is neither a mapping, a "
     "list nor {heading: TITLE}, or 'merge' names no column. The nearest "
     "column key is suggested.",
     "columns: [stt, {key: name, header: Tên}]\n"
     "rows:\n"
     "  - {nam: Đồng Hưu}          # meant name"},
    {"KH611", DIAG_ERROR,
     "cell value does not fit its column",
     "A value of an explicit row does not have its column's type: int "
     "columns hold whole numbers (\"02\" is 2), decimal columns numbers "
     "(16.9 or \"16,9\"), percent columns percentages (92.1, \"92,1%\"), "
     "date columns dates YYYY-MM-DD; a cell holds one value, not a list. "
     "Numbers stay numbers in the workbook, so a text where a number "
     "belongs is refused rather than silently stored as text.",
     "columns: [{key: n, header: Số xã, type: int}]\n"
     "rows: [{n: hai}]"},
    {"KH612", DIAG_ERROR,
     "unknown row source",
     "A rows generator's 'from' is localities, tasks, criteria (one row per "
     "criterion of the catalog) or indicators (one row per indicator, with "
     "the criterion merged down).",
     "rows: {from: communes}"},
    {"KH613", DIAG_ERROR,
     "criteria rows without a catalog",
     "A table whose rows come from criteria or indicators needs an imported "
     "catalog: add 'import: [qd318-xa-ntm]' (or your own) to the plan. With "
     "several catalogs, 'catalog: ID' in the generator picks one; it must be "
     "the id of an imported catalog.",
     "rows: {from: criteria, catalog: qd319-xa-kieu-mau}   # not imported"},
    {"KH614", DIAG_ERROR,
     "unknown field",
     "A column key, a 'where' key, 'sort' or 'group_by' of a generated table "
     "names no field of its row source. Localities offer id, name, kind, "
     "name_full, parent, parent_full, status, target, target_year, "
     "criteria_met, criteria_planned, criteria_total, criteria, "
     "criteria_names, n_criteria, note and their 'data' keys; tasks offer "
     "id, task, title, text, lead, lead_short, support, support_short, "
     "lead_note, responsible, assign, due, due_date, criteria, "
     "criteria_names, localities, section, clause; criteria and indicators "
     "offer code, name, group, criterion, criterion_name, indicators, lead, "
     "lead_short, support, support_short, lead_note, responsible, assign, "
     "due, localities, n_localities. The nearest field is suggested.",
     "rows: {from: localities, sort: criteria_meet}"},
    {"KH615", DIAG_ERROR,
     "'where' names an unknown id",
     "A 'where' value for a field that holds ids (a unit, locality, level or "
     "criterion) names none that exists, so the filter could never match. "
     "Check the id; the nearest is suggested.",
     "rows: {from: localities, where: {target: ntm-nang-cao}}   # the level is ntm-nc"},
    {"KH616", DIAG_ERROR,
     "criterion without a lead unit",
     "A table of criteria (or indicators) shows who answers for each one - "
     "a column lead, lead_short or responsible - and for the criteria named "
     "no task answers: none has them in its 'criteria' with a 'lead' unit, "
     "and none assigns their indicators. The table would show "
     "empty cells where the plan must name a unit. Add the criterion to the "
     "'criteria' of the task that answers for it, or narrow the table with "
     "'where'.",
     "- task: \"\"\n"
     "  text: Duy trì tiêu chí Giao thông.\n"
     "  lead: ktht\n"
     "  criteria: [2]             # each criterion of the table needs one"},
    {"KH617", DIAG_ERROR,
     "totals without a number column",
     "'totals' asks for a totals row but no column has 'total: true', or a "
     "column with 'total: true' is not a number column (type int, decimal "
     "or percent). Mark the columns to sum.",
     "columns: [{key: n, header: Số tiêu chí, type: int}]   # no total: true\n"
     "totals: true"},
    {"KH618", DIAG_WARNING,
     "table has no rows",
     "An attachment has no rows: its 'where' filter selects nothing, or "
     "its list is empty. An empty Biểu is almost always a filter that does "
     "not match the data (target_year: 2025 in a 2024 plan, a level id "
     "spelt differently). `where` values compare with the ids and numbers "
     "of the registries.",
     "rows: {from: localities, where: {target_year: 2025}}"},
    {"KH620", DIAG_ERROR,
     "two attachments with the same label",
     "Each attachment's label names its sheet in the workbook and its "
     "heading in the document, so two attachments cannot share one "
     "(\"Biểu 01\" twice). Number them apart.",
     "- {id: a, label: Biểu 01, ...}\n"
     "- {id: b, label: Biểu 01, ...}"},

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
     "plan.md:  {{numbr_line}}      # 'numbr_line' is not a name; 'number_line' is"},
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
    {"KH901", DIAG_ERROR,
     "cannot write output",
     "khgen could not create the output directory or write an output file "
     "(.md, .html, .xlsx); the message gives the path and the reason the "
     "system or libxlsxwriter reported (permission denied, no space left, a "
     "directory in the way). Outputs are written to a temporary file beside "
     "the target and renamed only when complete, so the file an earlier "
     "build wrote is left as it was. Check the -o directory and its "
     "permissions.",
     "khgen build -o /read-only/dir plans/yen-the-2024.yaml"},
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
