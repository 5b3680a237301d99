/* check_textdates.c - a date written in the plan's prose that no calendar
 * has (session 20, issue 8).
 *
 * A date khgen reads (a deadline, a basis's `date`, a `date` column) is
 * checked where it is read: 2025-02-31 is an error (KH300). A date written
 * in the words of the text is printed as the drafter typed it and read by
 * nothing: "trước ngày 31/4/2025" in a task's text, "ngày 19/14/2022" in a
 * basis cited as a sentence, "ngày 29 tháng 2 năm 2025" in the opening went
 * into the document without a word (slips.py over the imported seeds: a
 * date in the prose mistyped by one key). A reader cannot tell which day
 * was meant, and the document is issued with a day that does not exist.
 *
 * The rule reads the three ways a Vietnamese administrative text writes a
 * day: "D/M/YYYY" (one or two digits each, a four-digit year, not part of a
 * longer run of numbers and slashes: "08/2019/NQ-HĐND" is a document's
 * number, "12/19" a count), "ngày D tháng M năm YYYY", and a month "tháng
 * M/YYYY" or "tháng M năm YYYY" ("Tháng" too, a sentence's first word).
 * It warns (KH317) at the first digit of each one whose month is not 1-12
 * or whose day is not a day of that month (0, 30 February, 31 April; 29
 * February outside a leap year), for years
 * 1900-2999 (the years a plan names). A blank left to be filled in
 * ("ngày ... tháng 01 năm 2024") has no digits and is not read. It walks
 * the free texts the parser recorded (Plan.texts: titles, paragraphs,
 * tasks' texts and headings, the bases written as sentences, the opening
 * and the closing) and the attachments' titles, each once: linear in
 * their length.
 */
#include "check_textdates.h"

#include <stdio.h>
#include <string.h>

#include "i18n.h"
#include "load.h"
#include "vi.h"

static int digit(char c)
{
    return c >= '0' && c <= '9';
}

/* The number of one or two digits at s (not followed by a third), its
 * value in *value; 0 when there is none. */
static size_t small_number(const char *s, int *value)
{
    size_t n = 0;
    while (n < 3 && digit(s[n]))
        n++;
    if (n == 0 || n == 3)
        return 0;
    *value = n == 1 ? s[0] - '0' : (s[0] - '0') * 10 + (s[1] - '0');
    return n;
}

/* The four-digit year at s (1900-2999, not followed by a digit, a "/" or a
 * letter: "2019/NQ" is a number's part), its length 4; else 0. */
static size_t year_number(const char *s, int *value)
{
    for (int k = 0; k < 4; k++)
        if (!digit(s[k]))
            return 0;
    char after = s[4];
    if (digit(after) || after == '/' || (after >= 'A' && after <= 'Z') ||
        (after >= 'a' && after <= 'z'))
        return 0;
    int y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
    if (y < 1900 || y > 2999)
        return 0;
    *value = y;
    return 4;
}

/* 1 if the character before text[i] lets a number start there: not a
 * digit, a "/", a "." or a "-" (a longer number, a code, a range). */
static int starts_number(const char *text, size_t i)
{
    if (i == 0)
        return 1;
    char c = text[i - 1];
    return !digit(c) && c != '/' && c != '.' && c != '-' && c != ',';
}

/* 1 if text[i..] begins with word (ASCII or UTF-8, exact bytes). */
static int at_word(const char *text, size_t i, const char *word)
{
    return strncmp(text + i, word, strlen(word)) == 0;
}

/* 1 if the number at text[i] follows "tháng " or "Tháng " (a sentence's
 * first word: "Tháng 13/2024, ..." went unread; session 21), both of 7
 * bytes. */
static int after_month_word(const char *text, size_t i)
{
    return i >= 7 && (at_word(text, i - 7, "tháng ") || at_word(text, i - 7, "Tháng "));
}

/* The length of the date written at text[i] in one of the three forms,
 * with its parts in *y, *m, *d (d -1 for a month alone: a day written 0,
 * "0/1/2024", is a day that does not exist, and was taken for a month
 * alone, unwarned; session 21), or 0. */
static size_t date_at(const char *text, size_t i, int *y, int *m, int *d)
{
    int a, b;
    size_t na, nb, ny;
    const char *s = text + i;
    *d = -1; /* a month alone, unless a day is read below */
    if (!starts_number(text, i) || !(na = small_number(s, &a)))
        return 0;
    /* D/M/YYYY, or M/YYYY after "tháng " */
    if (s[na] == '/') {
        if ((nb = small_number(s + na + 1, &b)) && s[na + 1 + nb] == '/' &&
            (ny = year_number(s + na + 1 + nb + 1, y))) {
            *m = b;
            *d = a;
            return na + 1 + nb + 1 + ny;
        }
        if (after_month_word(text, i) && (ny = year_number(s + na + 1, y))) {
            *m = a;
            return na + 1 + ny;
        }
        return 0;
    }
    /* D tháng M năm YYYY, or M năm YYYY after "tháng " */
    static const char thang[] = " tháng ", nam[] = " năm ";
    if (at_word(s, na, thang) && (nb = small_number(s + na + strlen(thang), &b)) &&
        at_word(s, na + strlen(thang) + nb, nam) &&
        (ny = year_number(s + na + strlen(thang) + nb + strlen(nam), y))) {
        *m = b;
        *d = a;
        return na + strlen(thang) + nb + strlen(nam) + ny;
    }
    if (after_month_word(text, i) && at_word(s, na, nam) &&
        (ny = year_number(s + na + strlen(nam), y))) {
        *m = a;
        return na + strlen(nam) + ny;
    }
    return 0;
}

/* Warns at each date of site that does not exist. */
static void check_site(DiagSink *diags, const TextSite *site)
{
    const char *text = site->text;
    const YNode *node = site->node;
    if (!text || !node || !node->pos.file)
        return;
    int exact = node->kind == YNODE_SCALAR && node->text == text;
    for (size_t i = 0; text[i];) {
        int y, m, d;
        size_t n = digit(text[i]) ? date_at(text, i, &y, &m, &d) : 0;
        if (!n) {
            i++;
            continue;
        }
        int month_ok = m >= 1 && m <= 12;
        int span = (int)utf8_count(text + i, n);
        SrcPos at = exact ? ynode_pos_at(node, i) : node->pos;
        if (!month_ok)
            diag_warning(diags, at, span, KH317,
                         "'%.*s' in the text is no date: there is no month %d; a date written "
                         "in the words is printed as typed and nothing checks it: write the "
                         "day that was meant", (int)n, text + i, m);
        else if (d >= 0 && !vi_date_valid(y, m, d))
            diag_warning(diags, at, span, KH317,
                         "'%.*s' in the text is no date: month %d of %d has no day %d; a date "
                         "written in the words is printed as typed and nothing checks it: "
                         "write the day that was meant", (int)n, text + i, m, y, d);
        i += n;
    }
}

void check_textdates(DiagSink *diags, const Plan *plan)
{
    for (size_t i = 0; i < plan->n_texts; i++)
        check_site(diags, &plan->texts[i]);
    /* an attachment's title, printed on its page ("Danh sách xã ... ngày
     * 31/4/2024" passed: s21attack L1); a preset's is not the plan's text */
    for (size_t i = 0; i < plan->n_attachments; i++) {
        const YNode *title = plan->attachments[i].title_node;
        if (title && title->kind == YNODE_SCALAR && title->pos.file && plan->file &&
            strcmp(title->pos.file, plan->file) == 0) {
            TextSite site = {title->text, title, NULL};
            check_site(diags, &site);
        }
    }
}
