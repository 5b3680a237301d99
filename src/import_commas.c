/* import_commas.c - a table's figures pasted from an English-locale Excel.
 *
 * Many office PCs run English regional settings, and a Biểu pasted from
 * their Excel shows "45,000", "12,500", "500": a ',' between thousands. A
 * Vietnamese document writes "45.000" and reads "45,000" as 45 with three
 * decimals, which is how import read them (s43user F21): one column became
 * `type: decimal, decimals: 3` holding 45, the one beside it, where "500"
 * has no decimals, text; and when every figure was 1,000 or more, all of
 * them decimals with no word, the workbook's sums 1,000 times too small.
 *
 * Before the table's rows are read (att_shape, att_read_types), each
 * column whose every filled cell is such a figure (vi_comma_grouped, the
 * one reading of them) and one at least holds a comma is sorted:
 *   - for sure English: a figure of two commas ("1,234,567"), or a plain
 *     one beside one ending in 0 ("500" beside "12,500": a Vietnamese
 *     Excel shows 12,5 and 500, or 12,500 and 500,000, never both);
 *   - either: every figure "x,yyy" (45,000 is 45 or 45 thousand) or
 *     plain beside ones that may be decimals ("2,125", "3").
 * A column of the first kind is read as thousands. One of the second takes
 * the reading the table shows (another column English for sure: thousands;
 * a Vietnamese figure in it, "1.705", "12,5", "0,125": decimals, silently,
 * as before: khgen's own .docx of a `decimals: 3` column), else the one the
 * document's tables before it showed, else decimals; then a warning
 * (KH773) names the columns and what was assumed. The cells read as
 * thousands are rewritten as khgen prints them ("45.000"), a '# review:'
 * note in the plan says so, and every later reading takes them whole.
 *
 * Stage: import (recognition); linear in the table's cells.
 */
#include <string.h>

#include "i18n.h"
#include "import_attrows.h"
#include "vi.h"

enum { COMMA_NONE, COMMA_SURE, COMMA_EITHER };

/* 1 if s is a figure as a Vietnamese document writes it that an English
 * keyboard would not: a dot between thousands ("1.705", "1.234,5"), a
 * decimal comma before other than three digits ("12,5"), or "0,125". */
static int vietnamese_figure(const char *s)
{
    double v;
    int d = att_printed_number(s, &v);
    const char *t = s + (*s == '-');
    return d >= 0 && (strchr(s, '.') || (d > 0 && d != 3) || (d == 3 && t[0] == '0'));
}

/* 1 if s is a dash alone ("-", "–", "—"): the zero of Excel's accounting
 * format, which an English-locale sheet shows among "12,500" and "500". */
static int dash_cell(const char *s)
{
    s += strspn(s, " ");
    size_t n = *s == '-' ? 1
               : strncmp(s, "\xE2\x80\x93", 3) == 0 || strncmp(s, "\xE2\x80\x94", 3) == 0 ? 3
                                                                                   : 0;
    return n && s[n + strspn(s + n, " ")] == '\0';
}

/* Column k's kind: COMMA_SURE, COMMA_EITHER, or COMMA_NONE (a cell that
 * is no such figure, or no comma at all); *vn set when a cell of it is a
 * Vietnamese figure. An empty cell, or a dash alone (dash_cell: "45,000"
 * beside "-" was left English, silently, in a column beside one read as
 * thousands, s45attack E1), is no figure of either kind. */
static int column_kind(const char ***rows, size_t n_rows, int k, int *vn)
{
    int commas = 0, plain = 0, many = 0, zero_end = 0, all = 1;
    for (size_t r = 0; r < n_rows; r++) {
        const char *s = rows[r][k];
        double v;
        if (!*s || dash_cell(s))
            continue;
        *vn |= vietnamese_figure(s);
        int n = vi_comma_grouped(s, &v);
        if (n < 0) {
            all = 0;
            continue;
        }
        commas += n > 0;
        plain += n == 0;
        many |= n > 1;
        zero_end |= n > 0 && s[strlen(s) - 1] == '0';
    }
    if (!all || !commas)
        return COMMA_NONE;
    return many || (plain && zero_end) ? COMMA_SURE : COMMA_EITHER;
}

/* Column k's cells rewritten as khgen prints them: "45,000" -> "45.000". */
static void rewrite(Ctx *c, const char ***rows, size_t n_rows, int k)
{
    for (size_t r = 0; r < n_rows; r++) {
        double v;
        if (!*rows[r][k] || vi_comma_grouped(rows[r][k], &v) < 0)
            continue;
        Buf b = {0};
        vi_put_int(&b, (long long)v, 0);
        rows[r][k] = buf_to_arena(&b, c->arena);
        buf_free(&b);
    }
}

/* Column k named for a message: its number and header, "3 (Ngân sách
 * trung ương)", appended to list. */
static void put_column(Buf *list, int k, const char *const *heads)
{
    buf_printf(list, "%s%d", list->len ? ", " : "", k + 1);
    if (heads && heads[k] && *heads[k])
        buf_printf(list, " (%s)", heads[k]);
}

const char *att_english_figures(Ctx *c, const char ***rows, size_t n_rows, int cols,
                                const char *const *heads, int line)
{
    enum { MAX = 64 };
    int kind[MAX] = {0}, vn = 0, sure = 0, either = 0;
    for (int k = 0; k < cols && k < MAX; k++) {
        kind[k] = column_kind(rows, n_rows, k, &vn);
        sure += kind[k] == COMMA_SURE;
        either += kind[k] == COMMA_EITHER;
    }
    int thousands = sure || (!vn && c->figures_locale > 0);
    const char *why = sure ? _("another column of the table writes its figures so for sure")
                      : thousands ? _("a table before it writes its figures so")
                                  : NULL;
    if (sure)
        c->figures_locale = 1;
    else if (vn && !c->figures_locale)
        c->figures_locale = -1;
    if (!sure && !either)
        return NULL;
    Buf read = {0}, assumed = {0};
    for (int k = 0; k < cols && k < MAX; k++) {
        if (kind[k] == COMMA_SURE || (kind[k] == COMMA_EITHER && thousands)) {
            rewrite(c, rows, n_rows, k);
            put_column(&read, k, heads);
        }
        if (kind[k] == COMMA_EITHER && !(vn && !sure))
            put_column(&assumed, k, heads);
    }
    if (assumed.len) {
        SrcPos pos = {c->path, line > 0 ? line : 0, line > 0 ? 1 : 0};
        if (thousands)
            diag_warning(c->diags, pos, 0, KH773,
                         "the figures of column %s are each written 'x,yyy' (\"45,000\"), "
                         "which is 45 in a Vietnamese document and 45 thousand from an "
                         "English-locale Excel: read as thousands, as %s; check them, and write "
                         "them in the plan as meant (45000, or 45.0 for 45)",
                         buf_str(&assumed), why);
        else
            diag_warning(c->diags, pos, 0, KH773,
                         "the figures of column %s are each written 'x,yyy' (\"45,000\"), "
                         "which is 45 in a Vietnamese document and 45 thousand from an "
                         "English-locale Excel: read as decimals (45,000 is 45), as a "
                         "Vietnamese document writes them; if they were pasted from an "
                         "English-locale Excel and are thousands, write them so in the plan "
                         "(45000)",
                         buf_str(&assumed));
    }
    const char *note = NULL;
    if (read.len)
        note = arena_printf(c->arena,
                            _("the figures of column %s are written with ',' between thousands "
                              "(\"12,500\"), as an English-locale Excel shows them: read as "
                              "thousands (12.500), which khgen prints with '.'; check them, then "
                              "delete this comment"),
                            buf_str(&read));
    else if (assumed.len)
        note = arena_printf(c->arena,
                            _("the figures of column %s, each written 'x,yyy', are read as "
                              "decimals (45,000 is 45); if they were pasted from an "
                              "English-locale Excel and are thousands, write them so (45000), "
                              "then delete this comment"),
                            buf_str(&assumed));
    buf_free(&read);
    buf_free(&assumed);
    return note;
}
