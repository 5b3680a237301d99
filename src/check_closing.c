/* check_closing.c - the closing sentence names the plan with last year's
 * year; the text's end mark "./." has an unfinished sentence, or none, to
 * follow.
 *
 * A plan copied from last year's keeps its closing sentence: "Trên đây là
 * Kế hoạch năm 2023 của UBND huyện ..." printed in the plan of 2024, with
 * no word (KH315 read the titles only: s25attack). The closing often names
 * other years rightly ("giai đoạn 2021-2025", "Quyết định số 12/QĐ-UBND
 * ngày 05/01/2023", "kết quả năm 2023"), so only the year it gives the plan
 * itself is read: "Kế hoạch" and then "năm NNNN" with nothing between that
 * could make the year another's (a digit, "số", "ngày", "giai đoạn", the
 * name of another kind of document); and a closing that names a year of
 * the plan's period anywhere is taken as right, as a title is
 * (draft_title_year), as is one that writes "{year}". The words may be
 * parted by a no-break space or set in emphasis ("**Kế hoạch** năm
 * 2023"; s27review). The words are the default kind's; a template whose
 * kind is another ("CHƯƠNG TRÌNH") is not read.
 *
 * The end mark: Nghị định 30/2020 ends the text with "./." after its last
 * sentence, the closing, or in a signed plan without one the body's last
 * piece (body_end.c). A sentence that ends with ':', ';' or ',' is not
 * finished: printed with a full stop in that mark's place (KH163, one
 * decision with render_end_marked: plan_closing_open_mark). A signed plan
 * without a closing whose body ends with a table, or prints nothing, has
 * no sentence to take the mark, and none is printed (KH184).
 *
 * A rule of check, on the plan as parsed.
 */
#include "check_closing.h"

#include <string.h>

#include "body_end.h"
#include "check_draft.h"
#include "i18n.h"
#include "md_read.h"
#include "util.h"
#include "vi.h"

/* The bytes of a dash at s: '-', U+2013, U+2014, U+2212; 0 for none (a
 * closing quote '”' (U+201D) or '…' after a year is none: "“Kế hoạch
 * năm 2023”" names 2023, s27mut). */
static size_t dash_at(const char *s)
{
    return s[0] == '-' ? 1
           : strncmp(s, "\xE2\x80\x93", 3) == 0 || strncmp(s, "\xE2\x80\x94", 3) == 0 ||
                   strncmp(s, "\xE2\x88\x92", 3) == 0
               ? 3
               : 0;
}

int draft_range_dash(const char *s)
{
    if (dash_at(s))
        return 1;
    /* spaced as a range is often typed, "năm 2023 - 2025", then a digit:
     * that was read as the year 2023 alone, KH315 in the plan of 2024
     * (s28review); "năm 2023 - hoàn thành" stays a year */
    size_t k = strspn(s, " "), n = k ? dash_at(s + k) : 0;
    return n && s[k + n + strspn(s + k + n, " ")] >= '0' && s[k + n + strspn(s + k + n, " ")] <= '9';
}

size_t draft_word_gap(const char *s)
{
    size_t n = 0;
    int space = 0;
    for (;;) {
        if (s[n] == ' ')
            n++, space = 1;
        else if ((unsigned char)s[n] == 0xC2 && (unsigned char)s[n + 1] == 0xA0)
            n += 2, space = 1;
        else if (s[n] == '*' || s[n] == '_')
            n++;
        else
            return space ? n : 0;
    }
}

/* The byte length of the words "Kế hoạch" at s and the blanks after them
 * (draft_word_gap), in one of the cases a sentence writes them, else 0. */
static size_t plan_words(const char *s)
{
    static const char *const forms[] = {"Kế hoạch", "kế hoạch", "KẾ HOẠCH"};
    for (size_t f = 0; f < sizeof forms / sizeof forms[0]; f++) {
        size_t n = strlen(forms[f]);
        size_t gap = strncmp(s, forms[f], n) == 0 ? draft_word_gap(s + n) : 0;
        if (gap)
            return n + gap;
    }
    return 0;
}

/* The byte length of the word "năm" at s and the blanks after it
 * (draft_word_gap), in one of the cases a sentence writes it, else 0. */
static size_t year_word(const char *s)
{
    static const char *const forms[] = {"năm", "Năm", "NĂM"};
    for (size_t f = 0; f < sizeof forms / sizeof forms[0]; f++) {
        size_t n = strlen(forms[f]);
        size_t gap = strncmp(s, forms[f], n) == 0 ? draft_word_gap(s + n) : 0;
        if (gap)
            return n + gap;
    }
    return 0;
}

/* 1 if the n bytes at s hold nothing that makes a "năm NNNN" after them
 * another document's year or a range's: no digit, "số", "ngày", "giai
 * đoạn", nor the name of a kind of document. */
static int names_nothing_else(const char *s, size_t n)
{
    static const char *const others[] = {"số", "Số", "ngày", "giai đoạn", "Giai đoạn"};
    for (size_t i = 0; i < n; i++) {
        if (s[i] >= '0' && s[i] <= '9')
            return 0;
        if (i > 0 && s[i - 1] != ' ')
            continue; /* words are compared at their start */
        for (size_t k = 0; k < sizeof others / sizeof others[0]; k++)
            if (strncmp(s + i, others[k], strlen(others[k])) == 0 && i + strlen(others[k]) <= n)
                return 0;
        for (size_t k = 0; plan_document_kinds[k]; k++)
            if (strcmp(plan_document_kinds[k], "Kế hoạch") != 0 &&
                strncmp(s + i, plan_document_kinds[k], strlen(plan_document_kinds[k])) == 0 &&
                i + strlen(plan_document_kinds[k]) <= n)
                return 0;
    }
    return 1;
}

/* The year (1900-2999) of the four digits at s, not part of a longer
 * number nor the start of a range ("2021-2025", "2021–2025"), else 0. */
static int year_here(const char *s)
{
    int year = 0;
    for (int k = 0; k < 4; k++) {
        if (s[k] < '0' || s[k] > '9')
            return 0;
        year = year * 10 + (s[k] - '0');
    }
    if ((s[4] >= '0' && s[4] <= '9') || draft_range_dash(s + 4))
        return 0;
    return year >= 1900 && year <= 2999 ? year : 0;
}

/* 1 if text[i] begins a word: the text's start, or after a character that
 * is no letter nor digit (a space, '*', a bracket, a quote: the plan's
 * name in quotes, "“Kế hoạch năm 2023”", was read after a space or '*'
 * only, and the year left from last year's plan passed without a word:
 * s27mut). Letters are ASCII's, Latin-1's and Latin Extended's, the
 * combining marks and Vietnamese's U+1E00-U+1EFF. */
static int word_starts(const char *text, size_t i)
{
    if (i == 0)
        return 1;
    size_t k = i - 1;
    while (k > 0 && i - k < 4 && ((unsigned char)text[k] & 0xC0) == 0x80)
        k--; /* back to the previous character's first byte */
    int bytes = 0;
    unsigned c = utf8_decode(text + k, &bytes);
    if (c < 0x80)
        return !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'));
    return !((c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) || (c >= 0x300 && c <= 0x36F) ||
             (c >= 0x1E00 && c <= 0x1EFF));
}

void check_closing_year(DiagSink *diags, const Plan *plan)
{
    const char *text = plan->closing;
    size_t ignored;
    if (!text || !plan->closing_pos.line || !plan->period_from.year ||
        !draft_title_year(text, plan->period_from.year, plan->period_to.year, &ignored) ||
        str_find(text, "{year}"))
        return; /* none, or a year of the plan's is named ("{year}" too: "Kế hoạch năm
                 * {year}, thay Kế hoạch năm 2023" was told its year was last year's) */
    /* one pass: the last "Kế hoạch" not yet followed by a "năm", then at
     * each "năm" what stands between the two (spans that do not overlap:
     * linear in the closing) */
    const char *from = NULL;
    for (size_t i = 0; text[i]; i++) {
        int word_start = word_starts(text, i);
        size_t words = word_start ? plan_words(text + i) : 0;
        if (words) {
            from = text + i;
            i += words - 1;
            continue;
        }
        size_t w = word_start && from ? year_word(text + i) : 0;
        if (!w)
            continue;
        const char *name = from, *at = text + i;
        from = NULL;
        size_t gap = (size_t)(at - name) - plan_words(name);
        int year = year_here(at + w);
        if (!year || !names_nothing_else(name + plan_words(name), gap))
            continue;
        Buf period = {0};
        if (plan->period_from.year == plan->period_to.year)
            buf_printf(&period, "%d", plan->period_from.year);
        else
            buf_printf(&period, "%d-%d", plan->period_from.year, plan->period_to.year);
        diag_warning(diags, plan->closing_pos, 1, KH315,
                     "the closing names the plan '%.*s' but the plan is for %s: a year left "
                     "from the plan it was copied from? write the plan's year, or {year} to "
                     "follow it",
                     (int)(at + w + 4 - name), name, buf_str(&period));
        buf_free(&period);
        return; /* one warning: the first such name */
    }
}

/* Warns KH163 at pos when text, the last sentence (what: "the closing",
 * else the body's), ends with a mark that leaves it unfinished. */
static void warn_open_mark(DiagSink *diags, SrcPos pos, const char *text, int closing)
{
    size_t len = strlen(text);
    while (len > 0 && (text[len - 1] == ' ' || text[len - 1] == '\n'))
        len--;
    long mark = plan_closing_open_mark(text, render_shown_end(text, len));
    if (mark < 0)
        return;
    size_t start = (size_t)mark;
    while (start > 0 && text[start - 1] == ' ')
        start--;
    size_t from = start > 60 ? start - 60 : 0; /* its last words (bytes: 60) */
    if (from) {
        while (from < start && text[from] != ' ')
            from++;
        from += from < start;
    }
    if (closing)
        diag_warning(diags, pos, 0, KH163,
                     "the closing ends with '%c', a sentence not finished before the end mark "
                     "'./.': it is printed '%s%.*s./.'; end it with a full stop, or write what "
                     "was to follow",
                     text[mark], from ? "..." : "", (int)(start - from), text + from);
    else
        diag_warning(diags, pos, 0, KH163,
                     "the plan has no closing, so its text ends here, and this ends with '%c', "
                     "a sentence not finished before the end mark './.': it is printed "
                     "'%s%.*s./.'; end it with a full stop, or write what was to follow",
                     text[mark], from ? "..." : "", (int)(start - from), text + from);
}

void check_end_mark(DiagSink *diags, const Plan *plan)
{
    if (plan->closing) {
        if (plan->closing_pos.line)
            warn_open_mark(diags, plan->closing_pos, plan->closing, 1);
        return;
    }
    BodyEnd end = body_end_find(plan);
    if (end.piece == BODY_END_TABLE)
        diag_warning(diags, end.pos, 0, KH184,
                     "the plan is signed and has no 'closing', and its body ends with this "
                     "table: the end mark './.' that ends the text (Nghị định 30/2020) has no "
                     "sentence to follow and is not printed; add the closing sentence "
                     "('closing: Trên đây là Kế hoạch ...'), or a paragraph after the table");
    else if (end.piece == BODY_END_EMPTY)
        diag_warning(diags, end.pos, 0, KH184,
                     "the plan is signed and has no 'closing', and its body prints nothing: "
                     "the text ends with the opening, without the end mark './.' (Nghị định "
                     "30/2020); write the body under 'body:' and the closing sentence "
                     "('closing: Trên đây là Kế hoạch ...')");
    else if (end.text && end.pos.line)
        warn_open_mark(diags, end.pos, end.text, 0);
}
