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
 * M/YYYY" or "tháng M năm YYYY" ("Tháng" too, a sentence's first word),
 * and a quarter "quý X/YYYY" or "quý X năm YYYY" (X past IV, "Quý V").
 * It warns (KH317) at the first digit of each one whose month is not 1-12
 * or whose day is not a day of that month (0, 30 February, 31 April; 29
 * February outside a leap year), for years
 * 1900-2999 (the years a plan names). A blank left to be filled in
 * ("ngày ... tháng 01 năm 2024") has no digits and is not read. It walks
 * the free texts the parser recorded (Plan.texts: titles, paragraphs,
 * tasks' texts and headings, the bases written as sentences, the opening
 * and the closing) and the attachments' words written in the plan (title,
 * note, headers, text cells, group headings), each once: linear in their
 * length.
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

/* year_number, or the plan's year written as a reference ("{year}",
 * "{year+1}", "{year-1}": the seeds write "quý IV/{year}", and "ngày
 * 31/4/{year}" went unread; s37slip), its length, *value 0 then (a year
 * not known here, taken as leap: 29/2 is not warned). */
static size_t year_or_ref(const char *s, int *value)
{
    size_t n = year_number(s, value);
    if (n || strncmp(s, "{year", 5) != 0)
        return n;
    size_t k = 5;
    if (s[k] == '+' || s[k] == '-')
        for (k++; digit(s[k]) && k < 9; k++)
            ;
    if (s[k] != '}' || (k > 5 && !digit(s[k - 1])))
        return 0;
    *value = 0;
    return k + 1;
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

/* The length of a date written YYYY-MM-DD at text[i] (a year 1900-2999,
 * a month 1-12, a day 1-31, two digits each), the form the plan's own
 * dates take but no Vietnamese document prints: its parts in *y, *m, *d;
 * 0 when there is none, or when it is part of a longer code
 * ("KH-2024-01-15", "2024-01-15-02", "2024-01-15/QĐ", after a letter). */
static size_t iso_at(const char *text, size_t i, int *y, int *m, int *d)
{
    const char *s = text + i;
    if (!starts_number(text, i) ||
        (i > 0 && ((text[i - 1] | 0x20) >= 'a' && (text[i - 1] | 0x20) <= 'z')))
        return 0;
    for (int k = 0; k < 10; k++)
        if ((k == 4 || k == 7) ? s[k] != '-' : !digit(s[k]))
            return 0;
    char after = s[10];
    if (digit(after) || after == '/' || (after == '-' && digit(s[11])) ||
        ((after | 0x20) >= 'a' && (after | 0x20) <= 'z'))
        return 0;
    *y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
    *m = (s[5] - '0') * 10 + (s[6] - '0');
    *d = (s[8] - '0') * 10 + (s[9] - '0');
    return *y >= 1900 && *y <= 2999 && *m >= 1 && *m <= 12 && *d >= 1 && *d <= 31 ? 10 : 0;
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

/* The length of " năm " or ", năm " at s (the word before a date's year:
 * "ngày 31 tháng 4, năm 2024"), else 0. */
static size_t year_word(const char *s)
{
    if (at_word(s, 0, " năm "))
        return strlen(" năm ");
    if (at_word(s, 0, ", năm "))
        return strlen(", năm ");
    return 0;
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
    /* D/M/YYYY (or D-M-YYYY, D.M.YYYY: one separator twice, "31-4-2024"
     * passed; s21attack L1), D/M năm YYYY ("ngày 31/4 năm 2024"), or
     * M/YYYY after "tháng " */
    static const char thang[] = " tháng ";
    char sep = s[na];
    if (sep == '/' || sep == '-' || sep == '.') {
        if ((nb = small_number(s + na + 1, &b)) && s[na + 1 + nb] == sep &&
            (ny = year_or_ref(s + na + 1 + nb + 1, y))) {
            *m = b;
            *d = a;
            return na + 1 + nb + 1 + ny;
        }
        size_t nn;
        if (sep == '/' && nb && (nn = year_word(s + na + 1 + nb)) &&
            (ny = year_or_ref(s + na + 1 + nb + nn, y))) {
            *m = b;
            *d = a;
            return na + 1 + nb + nn + ny;
        }
        if (sep == '/' && after_month_word(text, i) && (ny = year_or_ref(s + na + 1, y))) {
            *m = a;
            return na + 1 + ny;
        }
        return 0;
    }
    /* D tháng M năm YYYY (or "D tháng M, năm YYYY"), or M năm YYYY after
     * "tháng " */
    size_t nn;
    if (at_word(s, na, thang) && (nb = small_number(s + na + strlen(thang), &b)) &&
        (nn = year_word(s + na + strlen(thang) + nb)) &&
        (ny = year_or_ref(s + na + strlen(thang) + nb + nn, y))) {
        *m = b;
        *d = a;
        return na + strlen(thang) + nb + nn + ny;
    }
    if (after_month_word(text, i) && (nn = year_word(s + na)) &&
        (ny = year_or_ref(s + na + nn, y))) {
        *m = a;
        return na + nn + ny;
    }
    return 0;
}

/* The length of a quarter written "quý X/YYYY" or "Quý X năm YYYY" at
 * text[i] (X a Roman numeral or a number, at a word's start), its X in
 * text[*x..*x + *xn); 0 when there is none (s37slip: "Quý V/2024" in a
 * task's text was printed without a word, where "tháng 13/2024" is
 * KH317). */
static size_t quarter_at(const char *text, size_t i, size_t *x, size_t *xn)
{
    if ((!at_word(text, i, "quý ") && !at_word(text, i, "Quý ")) ||
        (i > 0 && ((text[i - 1] | 0x20) >= 'a' && (text[i - 1] | 0x20) <= 'z')) ||
        (i > 0 && (unsigned char)text[i - 1] >= 0x80))
        return 0;
    size_t j = i + strlen("quý "), n = 0;
    while (n < 6 && (strchr("IVXLC", text[j + n]) || digit(text[j + n])) && text[j + n])
        n++;
    if (n == 0 || n == 6)
        return 0;
    int y;
    size_t w = text[j + n] == '/' ? 1 : year_word(text + j + n);
    size_t yl = w ? year_or_ref(text + j + n + w, &y) : 0;
    if (!yl)
        return 0;
    *x = j;
    *xn = n;
    return j + n + w + yl - i;
}

/* 1 if q[0..n) names a quarter: I to IV, or 1 to 4. */
static int quarter_ok(const char *q, size_t n)
{
    static const char *const roman[] = {"I", "II", "III", "IV", "1", "2", "3", "4"};
    for (size_t k = 0; k < sizeof roman / sizeof roman[0]; k++)
        if (strlen(roman[k]) == n && strncmp(q, roman[k], n) == 0)
            return 1;
    return 0;
}

/* The first place of needle[0..n) in s[0..len), or NULL. */
static const char *find_bytes(const char *s, size_t len, const char *needle, size_t n)
{
    for (const char *p = s; n && (size_t)(s + len - p) >= n;) {
        p = memchr(p, needle[0], (size_t)(s + len - p) - n + 1);
        if (!p)
            break;
        if (memcmp(p, needle, n) == 0)
            return p;
        p++;
    }
    return NULL;
}

/* Warns at each date of text that does not exist, at node's place of it
 * when text is node's own, or, for a text expanded from what node holds
 * (an attachment's header, heading or note: its references printed), at
 * the place in node where the date's characters are written (the next
 * one after the last date found, so the places asked go forward, as
 * ynode_pos_at asks), else at pos. A column's header pointed at its
 * column's entry (s22low). */
static void check_text(DiagSink *diags, const char *text, const YNode *node, SrcPos pos)
{
    int scalar = node && node->kind == YNODE_SCALAR && node->text;
    int exact = scalar && node->text == text;
    size_t from = 0; /* where node's text is searched for the next date */
    int depth = 0; /* inside a reference's braces: "{count tasks due=2024-06-30}" */
    for (size_t i = 0; text[i];) {
        int y = 0, m = 0, d = 0, iso = 0;
        if (!depth && (text[i] == '{' || text[i] == '}') && text[i + 1] == text[i]) {
            i += 2; /* "{{", "}}": a brace printed, no reference (an open "{{" hid
                     * every ISO date after it from KH320: s37review) */
            continue;
        }
        if (text[i] == '{' && !depth) /* a reference only when it closes on its line */
            depth = text[i + 1 + strcspn(text + i + 1, "{}\n")] == '}';
        else if (text[i] == '}')
            depth = 0;
        size_t n = digit(text[i]) ? date_at(text, i, &y, &m, &d) : 0;
        if (!n && !depth && digit(text[i]))
            iso = (n = iso_at(text, i, &y, &m, &d)) != 0;
        size_t qx = 0, qn = 0;
        if (!n && (text[i] == 'q' || text[i] == 'Q') && (n = quarter_at(text, i, &qx, &qn)) &&
            quarter_ok(text + qx, qn))
            n = 0; /* "quý IV/2024": a quarter the year has */
        if (!n) {
            i++;
            continue;
        }
        int month_ok = m >= 1 && m <= 12;
        int span = (int)utf8_count(text + i, n);
        SrcPos at = pos;
        if (!node) { /* a table cell: its node is not kept; the words on its line (s23low 14) */
            at = diag_pos_of_words(diags, pos, text + i, n);
        } else if (exact) {
            at = ynode_pos_at(node, i);
        } else if (scalar && from <= node->len) {
            const char *w = find_bytes(node->text + from, node->len - from, text + i, n);
            if (w) {
                from = (size_t)(w - node->text);
                at = ynode_pos_at(node, from);
                from += n;
            } else {
                from = node->len + 1; /* written otherwise: the later ones too */
            }
        }
        if (qn) /* "Quý V/2024" */
            diag_warning(diags, at, span, KH317,
                         "'%.*s' in the text is no quarter: a year has quarters I to IV; a "
                         "quarter written in the words is printed as typed and nothing checks "
                         "it: write the quarter that was meant", (int)n, text + i);
        else if (iso) /* s36low: "2024-01-15" in a text cell printed so */
            diag_warning(diags, at, span, KH320,
                         "'%.*s' is printed as typed, year first, which no Vietnamese document "
                         "writes: a date in the text is written dd/mm/yyyy; write '%02d/%02d/%d' "
                         "(a table's column of dates can be 'type: date', which prints each so)",
                         (int)n, text + i, d, m, y);
        else if (!month_ok)
            diag_warning(diags, at, span, KH317,
                         "'%.*s' in the text is no date: there is no month %d; a date written "
                         "in the words is printed as typed and nothing checks it: write the "
                         "day that was meant", (int)n, text + i, m);
        else if (d >= 0 && !y && !vi_date_valid(2000, m, d)) /* "31/4/{year}" */
            diag_warning(diags, at, span, KH317,
                         "'%.*s' in the text is no date: month %d has no day %d; a date "
                         "written in the words is printed as typed and nothing checks it: "
                         "write the day that was meant", (int)n, text + i, m, d);
        else if (d >= 0 && y && !vi_date_valid(y, m, d))
            diag_warning(diags, at, span, KH317,
                         "'%.*s' in the text is no date: month %d of %d has no day %d; a date "
                         "written in the words is printed as typed and nothing checks it: "
                         "write the day that was meant", (int)n, text + i, m, y, d);
        i += n;
    }
}

/* 1 if pos is in the plan's own file (a preset's or a registry's text is
 * not the plan's). */
static int in_plan(const Plan *plan, SrcPos pos)
{
    return pos.file && plan->file && strcmp(pos.file, plan->file) == 0;
}

/* An attachment's words written in the plan: its title and note, its
 * columns' headers and groups, its text cells and group headings (each
 * of them printed as typed: "Danh sách xã ngày 31/4/2024" passed, then a
 * note's, a header's or a cell's; s21attack L1). A date column's cells
 * are read as dates (KH300); number columns print numbers. */
static void check_attachment(DiagSink *diags, const Plan *plan, const Attachment *att)
{
    const YNode *title = att->title_node, *note = att->note_node;
    if (title && title->kind == YNODE_SCALAR && in_plan(plan, title->pos))
        check_text(diags, title->text, title, title->pos);
    if (note && att->note && in_plan(plan, note->pos))
        check_text(diags, att->note, note, note->pos);
    for (size_t c = 0; c < att->n_columns; c++) {
        const Column *col = &att->columns[c];
        if (!in_plan(plan, col->pos))
            continue;
        if (col->header)
            check_text(diags, col->header, col->header_node,
                       col->header_node ? col->header_node->pos : col->pos);
        if (col->group && (c == 0 || !att->columns[c - 1].group ||
                           strcmp(att->columns[c - 1].group, col->group) != 0))
            check_text(diags, col->group, col->group_node ? col->group_node : NULL,
                       col->group_node ? col->group_node->pos : col->pos); /* once for the columns it spans */
    }
    for (size_t r = 0; r < att->n_rows; r++) {
        const Row *row = &att->rows[r];
        if (!in_plan(plan, row->pos))
            continue;
        if (row->is_group) {
            if (row->group_title)
                check_text(diags, row->group_title, row->title_node,
                           row->title_node ? row->title_node->pos : row->pos);
            continue;
        }
        for (size_t c = 0; c < att->n_columns && row->cells; c++) {
            const Cell *cell = &row->cells[c];
            if (att->columns[c].type == COL_TEXT && cell->text && !cell->is_number &&
                in_plan(plan, cell->pos))
                check_text(diags, cell->text, NULL, cell->pos);
        }
    }
}

typedef struct BodyTables {
    DiagSink *diags;
    const Plan *plan;
} BodyTables;

/* A table in the body is built as an attachment is (not one of
 * plan->attachments): its words are checked as an attachment's ("2024-01-15"
 * in a written row's text cell went unread: s36low). */
static void check_body_table(void *data, const BodyPlace *place)
{
    const BodyTables *bt = data;
    if (place->node->kind == NODE_TABLE && place->node->table)
        check_attachment(bt->diags, bt->plan, place->node->table);
}

void check_textdates(DiagSink *diags, const Plan *plan)
{
    for (size_t i = 0; i < plan->n_texts; i++) {
        const TextSite *site = &plan->texts[i];
        if (site->text && site->node && site->node->pos.file)
            check_text(diags, site->text, site->node, site->node->pos);
    }
    for (size_t i = 0; i < plan->n_attachments; i++)
        check_attachment(diags, plan, &plan->attachments[i]);
    BodyTables bt = {diags, plan};
    plan_walk_body(plan->body, plan->n_body, check_body_table, &bt);
}
