/* import_number.c - the header's number as khgen prints it, said where a
 * document typed it otherwise.
 *
 * A plan's header number, when it is a whole number, prints as its value,
 * below 10 with one leading zero (PLAN_NUMBER_FORMAT: "Số: 05/KH-UBND").
 * Import kept the digits the document typed, and the rebuilt document
 * printed them otherwise without a word: "Số: 010/KH-UBND" came back
 * "Số: 10/KH-UBND", "Số: 5/..." "Số: 05/...", and `khgen diff` of the
 * plan against the import saw no change (s40attack L3); "Số: 0/KH-UBND"
 * made a plan that failed its own check (KH108: a number is from 1).
 * Here such a number is said at its line (KH774) and in a review comment
 * over `number:`; a 0 is left blank, the way a draft's is. The comment is
 * the drafter's working note on text the plan prints (its code is none of
 * emit_note_is_document_text's): `khgen diff` names it on stderr and does
 * not compare it; it was KH761, a line of the document the plan leaves
 * out, and came into the meeting's redline in the import's language
 * (s44cycle's Left). A number or code longer than a plan's may be (500
 * characters, KH115) is said the same way, the number left blank and the
 * code written KH-UBND (s49attack). Works on import's Ctx after the
 * header is read; work linear in the number's length.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "import_impl.h"
#include "plan.h"
#include "vi.h"
#include "yread.h"

/* Adds SAID (owned by c->arena) to the review comment over `number:`, after
 * what is there, tagged [KH774]: each reason import changed the number or
 * the code is one clause of that comment. */
static void add_review(Ctx *c, const char *said)
{
    IPlan *plan = c->plan;
    plan->number_comment = arena_printf(c->arena, "%s%s%s [KH774]",
                                        plan->number_comment ? plan->number_comment : "",
                                        plan->number_comment ? "; " : "", said);
}

/* A number or code of the document longer than a plan's may be (KH115:
 * 500 characters, printed on every attachment page): a "Số:" line of 600
 * characters became, exit 0, a plan its own check refused (s48attack,
 * s49attack). The number is left blank, the code the one import writes
 * when the document has none, each said at its line (KH774) and in the
 * review comment over `number:`. 1 when the number was left blank. */
static int too_long(Ctx *c, SrcPos pos)
{
    IPlan *plan = c->plan;
    const char *said = NULL;
    size_t chars;
    if (plan->code && !unit_name_fits(plan->code, strlen(plan->code))) {
        chars = utf8_count(plan->code, strlen(plan->code));
        said = arena_printf(c->arena, _("the document's code (after the number's '/') is %zu "
                                        "characters long, more than the %d a plan's may be: it "
                                        "is written 'KH-UBND'"), chars, YREAD_MAX_NAME_CHARS);
        diag_warning(c->diags, pos, 0, KH774, "the code is %zu characters long, more than the %d "
                     "a plan's may be (KH115): it is written 'KH-UBND', with a '# review:' "
                     "comment; write the plan's code", chars, YREAD_MAX_NAME_CHARS);
        plan->code = NULL; /* emit_yaml's KH-UBND, as for a document without one */
        add_review(c, said);
    }
    if (!plan->number || unit_name_fits(plan->number, strlen(plan->number)))
        return 0;
    chars = utf8_count(plan->number, strlen(plan->number));
    said = arena_printf(c->arena, _("the document's number is %zu characters long, more than the "
                                    "%d a plan's may be: it is left blank"),
                        chars, YREAD_MAX_NAME_CHARS);
    diag_warning(c->diags, pos, 0, KH774, "the number is %zu characters long, more than the %d a "
                 "plan's may be (KH115): it is left blank, with a '# review:' comment; write the "
                 "plan's number", chars, YREAD_MAX_NAME_CHARS);
    plan->number = "";
    add_review(c, said);
    return 1;
}

void imp_number_printed(Ctx *c)
{
    IPlan *plan = c->plan;
    if (too_long(c, (SrcPos){c->path, c->number_line, c->number_line > 0}))
        return;
    const char *typed = plan->number;
    size_t n = typed ? strlen(typed) : 0;
    if (!n || n > 18 || strspn(typed, "0123456789") != n)
        return; /* blank, text ("12a"), or too long to be a whole number: printed as typed */
    long value = strtol(typed, NULL, 10);
    char printed[32];
    snprintf(printed, sizeof printed, PLAN_NUMBER_FORMAT, value);
    if (value > 0 && strcmp(printed, typed) == 0)
        return;
    SrcPos pos = {c->path, c->number_line, c->number_line > 0};
    const char *said;
    if (value == 0) {
        plan->number = "";
        said = arena_printf(c->arena, _("the document's number is '%s': a plan's number is a "
                                        "whole number from 1, so it is left blank"), typed);
        diag_warning(c->diags, pos, 0, KH774, "the number '%s' is no plan's number (a whole "
                     "number from 1): it is left blank, with a '# review:' comment; write the "
                     "plan's number", typed);
    } else {
        said = arena_printf(c->arena, _("the document's number is typed '%s': khgen prints a "
                                        "whole number as its value, below 10 with one leading "
                                        "zero: '%s'"), typed, printed);
        diag_warning(c->diags, pos, 0, KH774, "the number is typed '%s', which khgen prints "
                     "'%s' (a whole number as its value, below 10 with one leading zero), with a "
                     "'# review:' comment; check the number", typed, printed);
    }
    add_review(c, said);
}
