/* load_rewritten.c - a plan file another program wrote over: git's merge
 * conflict left in it, or a spreadsheet's CSV made of it.
 *
 * Plans are kept in git ("Plans in git"), and two officials who edit the
 * same lines get a merge conflict: git writes both versions into the file
 * between the lines "<<<<<<< HEAD", "=======" and ">>>>>>> other", for a
 * person to choose. A plan committed so (the conflict never resolved, or
 * only one side's lines deleted) was read by YAML as it could (s41slip):
 * at a line's start the marker was a YAML syntax error that spoke of a
 * missing ':' and of indentation, 232 of 241 mutants; inside a '>' text,
 * the markers indented as its lines, they were words of the text, and the
 * document printed "<<<<<<< HEAD", both versions and ">>>>>>> 3f2a1bc",
 * exit 0. The file is scanned here once before YAML reads it: a line whose
 * first characters after its indentation are seven '<' or seven '>' (then
 * a space or the line's end), or seven '=' alone, within a conflict, is a
 * marker; each conflict is one error (KH038) at its first marker, naming
 * the lines of each version, and the file is not read further (what YAML
 * would read is neither version). A "=======" alone, a Markdown heading's
 * underline, is no marker outside a conflict.
 *
 * A plan opened in Excel and saved as CSV has each line as a cell: one
 * holding a ',' or a '"' in double quotes, its quotes doubled, and a ','
 * or ';' (a tab, saved as tab-separated text: s43msg) for each empty
 * cell after it. YAML failed at a place that named
 * something else ("text after the end of the document ('...')", 40 of 40
 * such mutants) or read the quoted lines as text. The file, or two of its
 * lines in a row, in that form is one error (KH039), and the file is not
 * read further. Both scans are linear in the file.
 */
#include "load_impl.h"

#include <stdio.h>
#include <string.h>

#include "i18n.h"

typedef struct Marker {
    char kind; /* '<', '=', '|', '>', or 0 */
    int line, col;
    const char *name; /* what follows a '<' or '>' marker, to the line's end */
    size_t name_len;
} Marker;

/* The marker the line s[0..n) is, if any. */
static Marker marker_of(const char *s, size_t n, int line)
{
    Marker m = {0, line, 1, NULL, 0};
    size_t i = 0;
    while (i < n && (s[i] == ' ' || s[i] == '\t'))
        i++;
    if (n - i < 7 || !strchr("<=|>", s[i]))
        return m;
    for (size_t k = 1; k < 7; k++)
        if (s[i + k] != s[i])
            return m;
    size_t e = n;
    while (e > i + 7 && (s[e - 1] == ' ' || s[e - 1] == '\r' || s[e - 1] == '\t'))
        e--;
    if (e > i + 7 && (s[i] == '=' || s[i + 7] != ' '))
        return m; /* "========" (a longer rule), "=======x", "<<<<<<<<" */
    m.kind = s[i];
    m.col = (int)i + 1;
    m.name = s + i + 7 + (e > i + 7);
    m.name_len = e > i + 7 ? e - (i + 8) : 0;
    return m;
}

/* "lines 4-6", "line 4", or "no line" (a side that deleted them) for
 * the lines from..to of one version, into out. */
static void put_lines(char *out, size_t size, int from, int to)
{
    if (to < from)
        snprintf(out, size, "%s", _("no line (deleted on that side)"));
    else if (to == from)
        snprintf(out, size, _("line %d"), from);
    else
        snprintf(out, size, _("lines %d-%d"), from, to);
}

/* KH038 for the conflict that opens at open (a '<' marker; or a lone
 * '>' at close, open.kind 0), with its '=' line mid and its '>' close
 * (kind 0 when missing). */
static void report_conflict(DiagSink *diags, const char *file, Marker open, Marker mid,
                            Marker close)
{
    SrcPos pos = {file, open.kind ? open.line : close.line, open.kind ? open.col : close.col};
    char ours[80], theirs[80];
    put_lines(ours, sizeof ours, open.line + 1, mid.line - 1);
    put_lines(theirs, sizeof theirs, mid.line + 1, close.line - 1);
    if (open.kind && mid.kind && close.kind)
        diag_error(diags, pos, 7, KH038,
                   "git left a merge conflict here: lines %d-%d hold two versions of the same "
                   "lines, this one (%.*s) on %s and the other (%.*s) on %s, between the marker "
                   "lines '<<<<<<<', '=======' and '>>>>>>>', which the document would print or "
                   "YAML misread: keep the version meant (or join the two), delete the three "
                   "marker lines, and check again",
                   open.line, close.line, (int)(open.name_len ? open.name_len : 4),
                   open.name_len ? open.name : "HEAD", ours,
                   (int)(close.name_len ? close.name_len : 1), close.name_len ? close.name : "?",
                   theirs);
    else
        diag_error(diags, pos, 7, KH038,
                   "this line is a marker of a git merge conflict ('%s'), and the conflict's "
                   "%s: a version was deleted by hand and the markers left, which the document "
                   "would print or YAML misread; check that the lines kept are the version "
                   "meant, delete the marker lines, and check again",
                   open.kind ? "<<<<<<<" : ">>>>>>>",
                   open.kind && mid.kind     ? _("'>>>>>>>' line is missing")
                   : open.kind && close.kind ? _("'=======' line is missing")
                   : open.kind               ? _("'=======' and '>>>>>>>' lines are missing")
                                             : _("'<<<<<<<' line is missing"));
}

int load_conflict_markers(DiagSink *diags, const char *file, const char *text, size_t len)
{
    int conflicts = 0, line = 1;
    Marker open = {0}, mid = {0}, none = {0};
    for (size_t at = 0; at < len; line++) {
        const char *nl = memchr(text + at, '\n', len - at);
        size_t n = nl ? (size_t)(nl - (text + at)) : len - at;
        Marker m = n >= 7 ? marker_of(text + at, n, line) : none;
        at += n + 1;
        if (!m.kind || (m.kind == '=' && !open.kind) || m.kind == '|')
            continue; /* "=======" outside a conflict: a heading's underline */
        if (m.kind == '<') {
            if (open.kind) /* the last one never closed */
                report_conflict(diags, file, open, mid, none), conflicts++;
            open = m;
            mid = none;
        } else if (m.kind == '=') {
            mid = m;
        } else { /* '>' */
            report_conflict(diags, file, open, mid, m);
            conflicts++;
            open = mid = none;
        }
    }
    if (open.kind)
        report_conflict(diags, file, open, mid, none), conflicts++;
    return conflicts;
}

/* ---- a plan saved by a spreadsheet as CSV --------------------------------- */

/* 1 if s[0..n) is a YAML line as a spreadsheet's CSV writes a cell that
 * held a ',' or a '"': in double quotes, its own quotes doubled, the
 * separators of the empty cells after it ('"  - text: Kế hoạch, năm",,');
 * inside, a YAML line: blanks, then '#', "- " or a key and ':'. */
static int quoted_yaml_line(const char *s, size_t n)
{
    while (n > 0 && (s[n - 1] == ',' || s[n - 1] == ';' || s[n - 1] == '\t' || s[n - 1] == '\r'))
        n--;
    if (n < 3 || s[0] != '"' || s[n - 1] != '"')
        return 0;
    size_t i = 1;
    while (i < n - 1 && s[i] == ' ')
        i++;
    if (s[i] == '#' || (s[i] == '-' && s[i + 1] == ' '))
        return 1;
    size_t k = i;
    while (k < n - 1 && ((s[k] | 0x20) >= 'a' && (s[k] | 0x20) <= 'z' ? 1 : s[k] == '_'))
        k++;
    return k > i && s[k] == ':' && (s[k + 1] == ' ' || k + 1 == n - 1);
}

/* 2 if s[0..n) ends with the separators of a spreadsheet's empty cells
 * after YAML's own syntax ("items:,,", "- bullet: >-;;", "header:,"), 1
 * with two or more after a value ("date: 2021-07-28,,", KH034's), else 0. */
static int padded_syntax_line(const char *s, size_t n)
{
    size_t e = n, seps = 0;
    while (e > 0 && s[e - 1] == '\r')
        e--;
    while (e > 0 && (s[e - 1] == ',' || s[e - 1] == ';' || s[e - 1] == '\t'))
        e--, seps++;
    if (!seps || e == 0)
        return 0;
    if (s[e - 1] == ':' || (e >= 2 && s[e - 2] == '>' && s[e - 1] == '-') ||
        ((s[e - 1] == '>' || s[e - 1] == '|') && e >= 2 && s[e - 2] == ' '))
        return 2;
    return seps >= 2;
}

int load_saved_as_csv(DiagSink *diags, const char *file, const char *text, size_t len)
{
    size_t lines = 0, padded = 0, run = 0, first_at = 0, cells = 0;
    int line = 1, first = 0, run_from = 0, syntax = 0;
    for (size_t at = 0; at < len; line++) {
        const char *nl = memchr(text + at, '\n', len - at);
        size_t n = nl ? (size_t)(nl - (text + at)) : len - at;
        const char *s = text + at;
        at += n + 1;
        if (n == 0 || (n == 1 && s[0] == '\r'))
            continue;
        lines++;
        char last = s[n - 1 - (s[n - 1] == '\r' && n > 1)];
        padded += last == ',' || last == ';' || last == '\t'; /* a tab: saved as text */
        int form = quoted_yaml_line(s, n) ? 2 : padded_syntax_line(s, n);
        int cell = form > 0;
        cells += cell;
        /* tabs at a line's end are an editor's too: two such lines in a
         * row are no save, the whole file in that form is */
        run = cell && last != '\t' ? run + 1 : 0;
        if (cell && run == 1)
            run_from = line, syntax = 0;
        syntax |= run && form == 2;
        /* two values typed ending ";;" in a row (two bullets, a slip
         * copied) are KH034's twice, no save: a spreadsheet pads YAML's
         * own lines too, so a run holds one of those or a quoted line
         * (s48review's question, s49attack) */
        if (run >= 2 && syntax && !first)
            first = run_from;
        if (!first_at && cell)
            first_at = (size_t)line;
    }
    size_t lead = strspn(text, " \t\r\n");
    /* lines ending in ';' alone are a plan's recipients ("- Thôn số 1;"; 50,000 of them
     * were refused, review31 M1): the whole file only with lines in a cell's form too,
     * one in ten of those padded at least, as a spreadsheet pads every key's line
     * ("items:,,"): 2,000 recipients and one typed "- Lưu VT;;" were "a plan written by a
     * spreadsheet", the file not read (s42review) */
    int whole = lines >= 3 && padded * 10 >= lines * 9 && first_at && cells * 10 >= padded &&
                /* JSON's form: */
                lead < len && text[lead] != '{' && text[lead] != '['; /* "a": 1, each line */
    if (!first && !whole)
        return 0;
    SrcPos pos = {file, first ? first : (int)(first_at ? first_at : 1), 1};
    diag_error(diags, pos, 0, KH039,
               "%s written by a spreadsheet saved as CSV or as tab-separated text (Excel's Save "
               "As): each line became a cell, those holding a ',' or a '\"' put in quotes with "
               "their own quotes doubled, and a ',', ';' or tab added for each empty cell; YAML "
               "cannot read the plan in it: "
               "take the plan's .yaml again (undo the save, or from git), or in a text editor "
               "remove the quotes around each line, halve the doubled quotes and delete the "
               "separators at the lines' ends",
               whole ? _("this file is a plan") : _("these lines are a plan's lines"));
    return 1;
}
