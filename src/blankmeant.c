/* blankmeant.c - a value left blank where the line meant one (KH165).
 *
 * A blank value is empty as `~` is (yread_text): for most keys that is the
 * drafter's way of saying "none", and khgen prints nothing there (a
 * basis without `by`, a task without `lead_note`; tests/diag/
 * blank-fields-ok). A few keys only make sense with a value, and there a
 * blank one is a slip that changes the document without a word (the
 * one-line slips sweep, s19slip): `totals: ""` or `totals:` drops the
 * table's totals row, `heading: ""` prints an untitled group row, and a
 * body entry cut to `task:` (the title lost, or two lines cut into one)
 * prints its text as its line. The rule, written once here and asked by
 * each reader of such a key:
 *
 *   totals    blank in any way but YAML's own null (`""`, spaces, nothing
 *             after the colon) is a warning: "none" is said by leaving the
 *             line out, `false`, or `~` (README: removes a preset's);
 *   heading   blank in any way, `~` too, is a warning: a group row is
 *             nothing but its title, so none is said by deleting the row;
 *   a title   of a body entry (`task:`, `section:`, ...) with its text or
 *             items is a warning only when nothing at all follows the
 *             colon: `task: ""` and `task: ~` are the README's untitled
 *             task, written so on purpose; with nothing to print it is
 *             KH107 (parse.c), an error;
 *   caption   of a body table, likewise only when nothing follows the
 *             colon (`table: X` cut to `table:` printed the table with no
 *             caption and renumbered the tables after it, no word; the
 *             round of s41msg): `table: ""` is the README's table without
 *             one;
 *   end       of a legal basis, likewise only when nothing follows the
 *             colon (a line `end: ";"` cut to `end:` printed the basis with
 *             no mark after it; session 20): `end: ""` is the README's
 *             basis without one;
 *   merge     of a table, likewise (`merge: [don_vi]` cut to `merge:`
 *             merged nothing; session 20): `merge: ~` removes a preset's;
 *   catalog   of a generated table, likewise (`catalog: thon-ntm` cut to
 *             `catalog:` listed the first catalog's criteria; session 21):
 *             `catalog: ~`, or no line, is the README's first catalog;
 *   a group title of `group_titles`, blank in any way, `~` too: the
 *             group's rows were printed first, under no group row, among
 *             the items without a value (session 21: `{"2025": Đạt chuẩn
 *             năm 2025}` emptied moved the communes of 2025 above group I,
 *             unnumbered, with no word); a group is titled with its value
 *             when its entry is deleted, so none is said that way.
 *   by, about of a legal basis, a task's lead_note and assign_note, only
 *             when nothing follows the colon (the round of s41msg: `by:`
 *             printed the basis without "của ...", no word): `by: ""` is
 *             the README's basis without an issuer;
 *   text      of a body entry (a task's, a heading's), blank in any way,
 *             `~` too: the entry prints without it, and what it held (its
 *             {loc} and {unit} uses) is gone with no word but a "never
 *             used" elsewhere (s40types: a task's `text: ""`). A heading
 *             or a task without a text leaves the line out.
 *
 * Not a stage: the readers (attach.c, parse.c) call it; it writes only the
 * warning.
 */
#include "blankmeant.h"

#include <string.h>

#include "yread.h"

/* 1 if node is YAML's null spelt out (~, null, Null, NULL), not empty. */
static int is_null_word(const YNode *node)
{
    return node->text[0] && yread_is_null(node);
}

/* 1 if node is a scalar with nothing at all written after its key's colon
 * (`task:` alone): not `""`, not `~`. */
static int blank_meant_cut(const YNode *node)
{
    return node->kind == YNODE_SCALAR && node->style == YSTYLE_PLAIN && !node->text[0];
}

int blank_meant_check(DiagSink *diags, const YNode *value, BlankSite site, const char *key)
{
    if (!value || value->kind != YNODE_SCALAR)
        return 0;
    int blank = !*yread_text(value);
    switch (site) {
    case BLANK_TOTALS:
        if (!blank || is_null_word(value))
            return 0;
        diag_warning(diags, value->pos, yread_span(value), KH165,
                     "'totals' is blank, so the table has no totals row: write 'totals: true' "
                     "(or the label, e.g. 'Tổng cộng') for one; for none, delete the line (or "
                     "write 'totals: false' where a preset gives one)");
        return 1;
    case BLANK_HEADING:
        /* a heading of no-break spaces prints the same untitled row
         * (s20attack L4) */
        if (!blank && !yread_is_blank(yread_text(value)))
            return 0;
        diag_warning(diags, value->pos, yread_span(value), KH165,
                     "'heading' is blank: the table would print an untitled group row; write "
                     "the group's title, or delete the row");
        return 1;
    case BLANK_TITLE:
        if (!blank_meant_cut(value))
            return 0;
        diag_warning(diags, value->pos, yread_span(value), KH165,
                     "nothing follows '%s:' (a line cut short?): its text would be printed as "
                     "its line; write its title, or '%s: \"\"' for one without a title",
                     key, key);
        return 1;
    case BLANK_CAPTION:
        if (!blank_meant_cut(value))
            return 0;
        diag_warning(diags, value->pos, yread_span(value), KH165,
                     "nothing follows 'table:' (a line cut short?): the table would be printed "
                     "without its caption, and the tables after it numbered one less; write its "
                     "caption, or 'table: \"\"' for a table without one");
        return 1;
    case BLANK_END:
        if (!blank_meant_cut(value))
            return 0;
        diag_warning(diags, value->pos, yread_span(value), KH165,
                     "nothing follows 'end:' (a line cut short?): the legal basis would be "
                     "printed with no mark after it; write its mark (\";\", \".\" or \",\"), "
                     "or 'end: \"\"' for none");
        return 1;
    case BLANK_MERGE:
        if (!blank_meant_cut(value))
            return 0;
        diag_warning(diags, value->pos, yread_span(value), KH165,
                     "nothing follows 'merge:' (a line cut short?): the table would merge no "
                     "cells; write the keys of the columns to merge, or delete the line");
        return 1;
    case BLANK_CATALOG:
        if (!blank_meant_cut(value))
            return 0;
        diag_warning(diags, value->pos, yread_span(value), KH165,
                     "nothing follows 'catalog:' (a line cut short?): the table would list the "
                     "first imported catalog's criteria; write the catalog's id, or delete the "
                     "line for the first");
        return 1;
    case BLANK_TEXT:
        if (!blank && !yread_is_blank(yread_text(value)))
            return 0;
        diag_warning(diags, value->pos, yread_span(value), KH165,
                     "the 'text' of this %s is blank: the document prints the %s without it; "
                     "write its text, or delete the line", key, key);
        return 1;
    case BLANK_CUT:
        if (!blank_meant_cut(value))
            return 0;
        diag_warning(diags, value->pos, yread_span(value), KH165,
                     "nothing follows '%s:' (a line cut short?): the document prints nothing "
                     "of it; write its value, or delete the line to leave it out", key);
        return 1;
    case BLANK_GROUP:
        if (!blank)
            return 0;
        diag_warning(diags, value->pos, yread_span(value), KH165,
                     "the title of the group '%s' in 'group_titles' is blank: the table would "
                     "print that group's rows first, under no group row, with the rows that have "
                     "no value; write the group's title, or delete the entry to title the group "
                     "with its value", key);
        return 1;
    }
    return 0;
}
