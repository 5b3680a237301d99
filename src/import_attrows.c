/* import_attrows.c - an attachment table's rows read back as khgen's own:
 * its numbering column, its group rows and its totals row.
 *
 * khgen prints an attachment's STT column itself (1, 2, 3 within each
 * group, I, II for the group rows, or a field's value), its group rows (a
 * Roman number and a title spanning the other columns) and its totals
 * row (a label and the sums of the columns with `total: true`). Import
 * wrote them back as text cells, so that `khgen diff` of a plan against
 * the import of its own .docx reported every row removed and added (rows
 * keyed by their number, "1", "2") and the totals row as a new row
 * (s13attack L5, issue 8's yearly cycle). Here, when the table's shape
 * is certain, they are read as what they are:
 *
 * - a first column headed "STT"/"TT" whose cells are numbers (1, 2, I,
 *   II, 1.1, a, b) is `type: stt`; when its numbers are the ones khgen
 *   counts, the rows are lists that skip it, otherwise each row is a
 *   mapping that writes its number;
 * - beside such a column, a row numbered I, II, ... in order whose only
 *   other cell is the second is a group row, `{heading: TITLE}`;
 * - a last row labelled "Tổng cộng" ("Tổng", "Cộng", "Tổng số") is the
 *   plan's `totals:` when its other cells are the sums of the numbers
 *   above them as khgen prints them ("1.705", "12,50": those columns
 *   become `type: int` or `type: decimal, decimals: N`, `total: true`;
 *   a column of mixed decimals, "1,5", "2", "3,25" over "6,75", as Excel's
 *   General format shows them, `type: decimal` without `decimals`, which
 *   khgen prints so, s26 leftover); when they are not, it stays a row,
 *   with a `# review:` line saying why.
 * - the row of column numbers offices type under the header, "(1)",
 *   "(2)", ... ("(5)=(3)+(4)"), is no row of the plan's, which prints none:
 *   read as the first row, it kept every column text and the "Tổng cộng"
 *   row no totals (att_column_numbers; left out with a `# review:` line).
 * - any other column whose every cell is a value as khgen prints one type
 *   ("2.024" int, "2024" year, "1.234,5" decimal, "92,5%" percent,
 *   "30/06/2024" date) is of that type, its cells written as plan values
 *   (att_read_types): imported as text, a plan's .docx came back with its
 *   number columns left-aligned and text in the workbook, and `khgen diff`
 *   said nothing (s18attack L1). A Word file keeps no column's type, so a
 *   text column whose cells all read as numbers comes back typed.
 *
 * A table with merged cells keeps its rows as written (an STT column
 * would count the merged blocks), but for its totals row, read as above: a
 * total counts a merged cell once, so a merged cell in a summed column
 * keeps that row a row, with its `# review:` line.
 *
 * Around the table, the line above it that names its unit, "(Đơn vị tính:
 * triệu đồng)", is the attachment's `unit:` (printed there again,
 * layout_unit_line), and the text under it its note (att_put_note).
 *
 * Stage: import (recognition). Strings live in the Ctx's arena.
 */
#include "import_attrows.h"
#include "i18n.h"

#include <stdlib.h>
#include <string.h>

#include "attach.h"
#include "emit_yaml.h"
#include "layout.h"
#include "plan.h"
#include "vi.h"

/* "STT", "TT", "Số TT", "Số thứ tự": a numbering column's heading. */
static int numbering_header(const char *h)
{
    return att_numbering_header(h);
}

size_t att_numbering_prefix(const char *s)
{
    static const char *const names[] = {"STT", "TT", "Stt", "Tt", "SỐ TT", "Số TT", "Số tt",
                                        "S.TT", "Số thứ tự", "SỐ THỨ TỰ", "SỐ THỨ TỰ", NULL};
    size_t best = 0;
    for (size_t i = 0; names[i]; i++) {
        size_t n = strlen(names[i]);
        if (n > best && strncmp(s, names[i], n) == 0 && (!s[n] || strchr(" *_\n|", s[n])))
            best = n;
    }
    return best;
}

int att_numbering_header(const char *h)
{
    size_t n = att_numbering_prefix(h);
    return n && !h[n];
}

/* A row's number as a list prints it: "12", "IV", "1.2", "a", "b)". */
static int numbering_cell(const char *s)
{
    size_t n = strlen(s);
    if (n == 0 || n > 8)
        return 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (!((ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
              ch == '.' || ch == ')'))
            return 0;
    }
    return 1;
}

/* s is the Roman number n ("IV" for 4), as khgen prints a group row's. */
static int is_roman(const char *s, int n)
{
    Buf b = {0};
    vi_put_roman(&b, n);
    int same = b.data && strcmp(s, b.data) == 0;
    buf_free(&b);
    return same;
}

/* The digits after the comma of a number as khgen prints it ("1.257,75":
 * 2), or -1 when s is no such number: digits in groups of three after
 * the first, dots between, a comma and digits (an int "1.242" is no
 * decimal "1,242" as vi_parse_number, which cannot tell, may read it),
 * after a '-' for a number below zero ("-5": a column of them was read
 * as text, and its totals row as a row, the label no longer over the
 * first columns: round22 R6). */
int att_printed_number(const char *s, double *v)
{
    int minus = s[0] == '-' && s[1] >= '0' && s[1] <= '9';
    s += minus;
    double whole = 0;
    size_t i = 0, run = 0;
    int dots = 0;
    for (;; i++) {
        if (s[i] >= '0' && s[i] <= '9') {
            whole = whole * 10 + (s[i] - '0');
            if (++run > 3 && dots)
                return -1;
        } else if (s[i] == '.' && run && (dots ? run == 3 : run <= 3)) {
            dots++;
            run = 0;
        } else {
            break;
        }
    }
    if (!run || (dots && run != 3) || whole > 1e15)
        return -1;
    double frac = 0, scale = 1;
    int decimals = 0;
    if (s[i] == ',') {
        for (i++; s[i] >= '0' && s[i] <= '9' && decimals < 6; i++, decimals++)
            frac += (s[i] - '0') / (scale *= 10);
        if (!decimals)
            return -1;
    }
    if (s[i])
        return -1;
    *v = minus ? -(whole + frac) : whole + frac;
    return decimals;
}

/* The decimals a number of digits printed decimals is written with in
 * the plan: a fourth when it has three, "1.5000": a plan reads "1.500" as
 * the thousands dot of Vietnamese numbers, ambiguous (KH114), and the plan
 * import wrote of a decimals: 3 column failed its check (cross21 C6). The
 * column's decimals still print three. */
static int plan_digits(int digits)
{
    return digits == 3 ? 4 : digits;
}

/* A cell that prints as a number khgen prints with `decimals` digits
 * after the comma ("1.705", "21" with 0; "12,50" with 2; not "05" or
 * "1705,0"): its value in *v. An empty cell is 0. */
static int num_cell(const char *s, int decimals, double *v)
{
    *v = 0;
    if (!*s)
        return 1;
    if (att_printed_number(s, v) != decimals)
        return 0;
    Buf b = {0};
    if (decimals)
        vi_put_decimal(&b, *v, decimals);
    else
        vi_put_int(&b, (long long)*v, 0);
    int same = b.data && strcmp(b.data, s) == 0;
    buf_free(&b);
    return same;
}

/* Whether s, its emphasis marks and blanks around it left out, is "(n)"
 * for n = k + 1, or "(n)" then "=" and a formula of column numbers,
 * "(5)=(3)+(4)", "(6) = (4) x (5)": a column-number row's cell. */
static int column_number_cell(const char *s, int k, int bare)
{
    while (*s == ' ' || *s == '*' || *s == '_')
        s++;
    size_t n = strlen(s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '*' || s[n - 1] == '_'))
        n--;
    char want[16];
    int w = snprintf(want, sizeof want, bare ? "%d" : "(%d)", k + 1);
    if (bare && n > (size_t)w && s[w] >= '0' && s[w] <= '9')
        return 0; /* "12" is no "1" */
    if (n < (size_t)w || memcmp(s, want, (size_t)w) != 0)
        return 0;
    size_t i = (size_t)w;
    while (i < n && s[i] == ' ')
        i++;
    if (i == n)
        return 1;
    if (s[i] != '=')
        return 0;
    for (i++; i < n; i++)
        if (!strchr("()0123456789+-*/x:. ", s[i]))
            return 0;
    return 1;
}

int att_column_numbers(const char *const *row, int width, int cols)
{
    if (cols < 2 || width < cols)
        return 0;
    /* "(1)", "(2)", ...; or "1", "2", "3", ... as offices type them too,
     * in three columns or more (a row of data "1", "2" is a count's): the
     * row was read as the first row of data, the "Tổng cộng" row's sums
     * no totals (s28review, a variant of s27's "(1)") */
    for (int bare = 0; bare <= (cols >= 3); bare++) {
        int k = 0;
        while (k < cols && column_number_cell(row[k], k, bare))
            k++;
        if (k == cols)
            return 1;
    }
    return 0;
}

/* A column of numbers of mixed decimals ("1,5", "2", "3,25": Excel's
 * General format, the digits each value needs) whose totals cell is their
 * sum printed so ("6,75"): khgen prints a decimal column without
 * `decimals:` the same, its cells and its total (attach_cell.c). The rows
 * 0 to n_rows-2 but the group rows; 1 when so. */
static int loose_total(const char ***rows, size_t n_rows, int k, const AttShape *s,
                       const char *total)
{
    double sum = 0, carry = 0, v;
    int fraction = 0;
    for (size_t r = 0; r + 1 < n_rows; r++) {
        const char *cell = rows[r][k];
        if ((s->group && s->group[r]) || !*cell)
            continue;
        int d = att_printed_number(cell, &v);
        if (d < 0 || !num_cell(cell, d, &v) || (d && vi_decimals_needed(v) != d))
            return 0; /* "1,50" beside "2": no one print of the column shows both */
        fraction |= d > 0;
        vi_sum_add(&sum, &carry, v);
    }
    Buf printed = {0};
    vi_put_decimal(&printed, sum + carry, -1);
    int same = fraction && printed.data && strcmp(printed.data, total) == 0;
    buf_free(&printed);
    return same;
}

const char *att_numbers_note(void)
{
    return _("the row of column numbers under the column headings, \"(1)\", \"(2)\", ..., is "
             "left out: a plan's table prints none");
}

char att_column_align(const char *sep, int k)
{
    if (!sep)
        return 0;
    const char *s = strchr(sep, '|');
    for (int i = 0; s && i < k; i++)
        s = strchr(s + 1, '|');
    if (!s)
        return 0;
    size_t n = strcspn(s + 1, "|");
    const char *b = s + 1, *e = s + 1 + n;
    while (b < e && *b == ' ')
        b++;
    while (e > b && e[-1] == ' ')
        e--;
    if (e - b >= 2 && *b == ':' && e[-1] == ':')
        return 'c';
    if (e - b >= 2 && e[-1] == ':')
        return 'r';
    return 0;
}

/* Whether row a (w cells) holds some text. */
static int row_has_text(const char *const *a, int w)
{
    for (int k = 0; k < w; k++)
        if (*a[k])
            return 1;
    return 0;
}

/* Whether row a (wa cells) and row b (wb cells) hold the same cells. */
static int same_row(const char *const *a, int wa, const char *const *b, int wb)
{
    if (wa != wb)
        return 0;
    for (int k = 0; k < wa; k++)
        if (strcmp(a[k], b[k]) != 0)
            return 0;
    return 1;
}

/* The rule of a header typed again: keep[r] (n of them) 0 for each
 * body row (body[r], body_w[r] cells) that is a row of the header's block
 * (block[0..head_n), block_w[j] cells) typed again - one with text: empty
 * rows under an empty header are rows left to fill in - and for the
 * block's rows after it as far as they follow equal: the whole header, or
 * its row of column numbers alone, "(1)", "(2)", at a page's top; 1 for
 * the others. Returns how many repeats there were. */
static size_t mark_repeats(const char *const *const *block, const int *block_w, size_t head_n,
                           const char *const *const *body, const int *body_w, size_t n,
                           unsigned char *keep)
{
    size_t repeats = 0;
    memset(keep, 1, n);
    for (size_t r = 0; r < n; r++) {
        size_t j0 = 0;
        while (j0 < head_n && (!row_has_text(block[j0], block_w[j0]) ||
                               !same_row(body[r], body_w[r], block[j0], block_w[j0])))
            j0++;
        if (j0 == head_n)
            continue;
        size_t j = j0 + 1;
        while (j < head_n && r + j - j0 < n &&
               same_row(body[r + j - j0], body_w[r + j - j0], block[j], block_w[j]))
            j++;
        memset(keep + r, 0, j - j0);
        repeats++;
        r += j - j0 - 1;
    }
    return repeats;
}

size_t att_drop_body_repeats(Ctx *c, ITable *t, const char *const *const *block, size_t head_n,
                             size_t from)
{
    size_t n = t->n_rows;
    if (head_n > 8 || n <= from)
        return 0;
    int block_w[8], *body_w = arena_alloc(c->arena, n * sizeof *body_w);
    for (size_t j = 0; j < head_n; j++)
        block_w[j] = t->n_cols;
    for (size_t r = 0; r < n; r++)
        body_w[r] = t->n_cols;
    unsigned char *keep = arena_alloc(c->arena, n);
    size_t repeats = mark_repeats(block, block_w, head_n,
                                  (const char *const *const *)t->rows + from, body_w, n - from,
                                  keep + from);
    memset(keep, 1, from);
    if (!repeats)
        return 0;
    const char ***rows = arena_alloc(c->arena, n * sizeof *rows);
    unsigned long long *m = t->merged_up ? arena_alloc(c->arena, n * sizeof *m) : NULL;
    unsigned char *strong = t->strong ? arena_alloc(c->arena, n) : NULL;
    size_t kept = 0;
    for (size_t r = 0; r < n; r++)
        if (keep[r]) {
            if (m)
                m[kept] = t->merged_up[r];
            if (strong)
                strong[kept] = t->strong[r];
            rows[kept++] = t->rows[r];
        }
    t->rows = rows;
    t->merged_up = m;
    t->strong = strong;
    t->n_rows = kept;
    t->dropped = att_repeats_note(c, repeats);
    return repeats;
}

const char *att_repeats_note(Ctx *c, size_t repeats)
{
    return arena_printf(c->arena,
                        i18n_ntr("the column headings, typed again inside the table (%zu time: "
                                 "a table continued on another page, or split in two), are "
                                 "left out: the plan prints them once, and its .docx repeats "
                                 "them on each page",
                                 "the column headings, typed again inside the table (%zu times: "
                                 "a table continued on another page, or split in two), are "
                                 "left out: the plan prints them once, and its .docx repeats "
                                 "them on each page", repeats), repeats);
}

size_t att_drop_repeated_header(Ctx *c, const char *const *header, int header_w,
                                const char ***rows, const int *widths, size_t skip,
                                const char ****body, const int **body_w,
                                const unsigned long long **body_m, const Para *const **body_p,
                                size_t *n_body)
{
    size_t n = *n_body, head_n = skip + 1, repeats = 0;
    if (head_n > 8)
        return 0;
    /* the block's rows: the header row, then rows[0..skip) */
    const char *const *block[8];
    int block_w[8];
    block[0] = header;
    block_w[0] = header_w;
    for (size_t j = 1; j < head_n; j++) {
        block[j] = rows[j - 1];
        block_w[j] = widths[j - 1];
    }
    unsigned char *keep = arena_alloc(c->arena, n ? n : 1);
    repeats = mark_repeats(block, block_w, head_n, (const char *const *const *)*body, *body_w, n,
                           keep);
    if (!repeats)
        return 0;
    const char ***b = arena_alloc(c->arena, n * sizeof *b);
    int *w = arena_alloc(c->arena, n * sizeof *w);
    unsigned long long *m = arena_alloc(c->arena, n * sizeof *m);
    const Para **p = arena_alloc(c->arena, n * sizeof *p);
    size_t kept = 0;
    for (size_t r = 0; r < n; r++)
        if (keep[r]) {
            b[kept] = (*body)[r];
            w[kept] = (*body_w)[r];
            m[kept] = (*body_m)[r];
            p[kept++] = (*body_p)[r];
        }
    *body = b;
    *body_w = w;
    *body_m = m;
    *body_p = p;
    *n_body = kept;
    return repeats;
}

void att_put_dropped(Ctx *c, Buf *y, int numbers, size_t repeats)
{
    if (numbers)
        buf_printf(y, "    # review: %s\n", att_numbers_note());
    if (repeats)
        buf_printf(y, "    # review: %s\n", att_repeats_note(c, repeats));
}

void att_drop_numbers(Ctx *c, ITable *t)
{
    if (!t->n_rows || !att_column_numbers(t->rows[0], t->n_cols, t->n_cols))
        return;
    t->rows++;
    t->n_rows--;
    if (t->strong)
        t->strong++;
    if (t->merged_up)
        t->merged_up++;
    /* after the header's repeats' note (att_drop_body_repeats), if any */
    t->dropped = t->dropped ? arena_printf(c->arena, "%s\n%s", att_numbers_note(), t->dropped)
                            : att_numbers_note();
}

int imp_totals_label(const char *s)
{
    return attach_is_totals_label(s); /* the label check warns at too (KH629) */
}

/* Rows 0 to end-1 are all group rows as khgen prints them: I, II, ... in
 * order, a title in the second cell and nothing else, each printed bold
 * (strong[r]; a row numbered in Roman by hand prints plain). */
static int all_groups(const char ***rows, size_t end, int cols, const unsigned char *strong)
{
    if (!strong || !end || cols < 2)
        return 0;
    for (size_t r = 0; r < end; r++) {
        if (!strong[r] || !*rows[r][1] || !is_roman(rows[r][0], (int)r + 1))
            return 0;
        for (int k = 2; k < cols; k++)
            if (*rows[r][k])
                return 0;
    }
    return 1;
}

/* The data rows' numbers seen so far: whether they rise (each a whole
 * number past the one before it in its group), how many rows and how
 * many numbers are missing, the first row after a gap (at), and the
 * numbers as written ("1, 2, 4"). */
typedef struct RowGap {
    int rising, prev;
    size_t rows, missing, at;
    Buf written;       /* the numbers, of the gap's group only in a table of groups */
    const char *group; /* that group's number ("II"), or NULL */
    int done;          /* the gap's group ended: written is whole */
} RowGap;

/* A group row at r (its number group): the rows after it are numbered
 * again from 1, so the numbers written are those of one group, the one
 * with the gap (a list "2, 1, 2" over two groups read as one, s42cycle). */
static void row_gap_group(RowGap *g, const char *group)
{
    g->prev = 0;
    if (g->missing) {
        g->done = 1;
        return;
    }
    buf_reset(&g->written);
    g->group = group;
}

static void row_gap_step(RowGap *g, const char *cell, size_t r)
{
    long v = *cell && str_all_digits(cell) && strlen(cell) < 7 ? atol(cell) : 0;
    g->rows++;
    if (!v || v <= g->prev) {
        g->rising = 0;
        return;
    }
    if (v > g->prev + 1) {
        if (!g->missing)
            g->at = r; /* the first row after a gap: the note goes there */
        g->missing += (size_t)(v - g->prev - 1);
    }
    if (g->written.len < 200 && !g->done)
        buf_printf(&g->written, "%s%s", g->written.len ? ", " : "", cell);
    g->prev = (int)v;
}

/* The group rows and the numbering of column 0; 0 when it is no
 * numbering column. */
static int read_numbering(Ctx *c, const char ***rows, size_t n_rows, size_t end, int cols,
                          const unsigned char *strong, AttShape *s)
{
    size_t numbers = 0;
    for (size_t r = 0; r < end; r++) {
        if (*rows[r][0] && !numbering_cell(rows[r][0]))
            return 0;
        numbers += str_all_digits(rows[r][0]);
    }
    /* a table of group rows only (no row under any) has no number of a
     * row: its rows tell it by their bold (m4, round22) */
    if (!numbers && !all_groups(rows, end, cols, strong))
        return 0;
    s->group = arena_alloc(c->arena, n_rows ? n_rows : 1);
    memset(s->group, 0, n_rows ? n_rows : 1);
    int groups = 0, number = 0, counted = 1, last = 0;
    Buf written = {0}; /* the group rows' numbers, "I, III, IV" */
    size_t gap = end;  /* the first group row out of order */
    /* the rows' numbers rising with a few missing (RowGap) */
    RowGap rg = {1, 0, 0, 0, end, {0}, NULL, 0};
    for (size_t r = 0; r < end; r++) {
        int rest_empty = cols > 1 && *rows[r][1];
        for (int k = 2; k < cols && rest_empty; k++)
            rest_empty = !*rows[r][k];
        /* I, II, ... in order; or, printed bold as a group row, a number
         * past the last group's: a group row deleted in Word, the rest not
         * renumbered, were read as rows of text, with no word (s40cycle) */
        int v = rest_empty ? roman_value(rows[r][0], strlen(rows[r][0])) : 0;
        if (v > last && (v == groups + 1 || (strong && strong[r]))) {
            s->group[r] = 1;
            if (v != groups + 1 && gap == end)
                gap = r;
            buf_printf(&written, "%s%s", groups ? ", " : "", rows[r][0]);
            groups++;
            last = v;
            number = 0;
            row_gap_group(&rg, rows[r][0]);
            continue;
        }
        char want[24];
        snprintf(want, sizeof want, "%d", ++number);
        counted = counted && strcmp(rows[r][0], want) == 0;
        row_gap_step(&rg, rows[r][0], r);
    }
    if (gap < end) {
        s->group[gap] = 2;
        s->group_gap = buf_to_arena(&written, c->arena);
    }
    buf_free(&written);
    /* "1, 2, 4, 5": a row deleted in Word, the rest not renumbered, printed
     * its gap as written with no word (s42cycle): counted, as the group
     * rows are, with a note; a table numbered on from another ("9, 10")
     * misses more than a third of its numbers and stays as written */
    if (!counted && rg.rising && rg.at < end && rg.missing * 3 <= rg.rows) {
        counted = 1;
        s->row_gap = buf_to_arena(&rg.written, c->arena);
        s->row_gap_at = rg.at;
        s->row_gap_group = rg.group;
    }
    buf_free(&rg.written);
    s->stt = 1;
    s->counted = counted;
    return 1;
}

/* Why the cell of column k, row r is no figure of the totals cell's decimals. */
static const char *not_decimals(Ctx *c, int k, size_t r, const char *cell, int decimals)
{
    return arena_printf(c->arena,
                        i18n_ntr("column %d of row %zu, \"%s\", is not a number with %d decimal",
                                 "column %d of row %zu, \"%s\", is not a number with %d decimals",
                                 (unsigned long)decimals),
                        k + 1, r + 1, cell, decimals);
}

/* The last row as the plan's totals: its label, and the columns it sums
 * (numbers with the totals cell's decimals in every row above). Sets s->totals, or s->review when
 * a row labelled as totals is not what khgen prints: a total that rounds rows of more decimals
 * (or is written with more than a row) says so; one that does not add says what the rows sum
 * to, at their decimals ("column 5 says 4.200, the rows above sum to 4.201": it said "1.250,5
 * is not a number with 0 decimals", blaming a right figure for a wrong total, s47user U6; and
 * so it still did for a row of fewer decimals than the total, "700,5" under "3.700,60", or of
 * five or six, "700,12345": s48review). */
static void read_totals(Ctx *c, const char ***rows, size_t n_rows, int cols, AttShape *s)
{
    const char **t = rows[n_rows - 1];
    int at = imp_totals_label(t[0]) ? 0 : !*t[0] && cols > 1 && imp_totals_label(t[1]) ? 1 : -1;
    if (at < 0)
        return;
    unsigned long long summed = 0;
    const char *why = NULL;
    for (int k = at + 1; k < cols && k < 64 && !why; k++) {
        double want, sum = 0, v;
        int decimals = 0;
        const char *rounded = NULL; /* a row of other decimals than the total's, said if it adds up */
        if (!*t[k])
            continue;
        if (s->text >> k & 1u) {
            why = arena_printf(c->arena, _("column %d holds a figure of two readings, kept as "
                                           "written"), k + 1);
            break;
        }
        decimals = att_printed_number(t[k], &want);
        if (decimals < 0 || decimals > 4 || !num_cell(t[k], decimals, &want)) {
            why = arena_printf(c->arena, _("column %d, \"%s\", is not a number"), k + 1, t[k]);
            break;
        }
        for (size_t r = 0; r + 1 < n_rows && !why; r++) {
            if (s->group && s->group[r])
                continue;
            if (!num_cell(rows[r][k], decimals, &v)) {
                int d = att_printed_number(rows[r][k], &v);
                if (d >= 0 && d != decimals && num_cell(rows[r][k], d, &v)) {
                    /* "1.250,5" over "4.200", "700,5" over "3.700,60", "700,12345" */
                    rounded = rounded ? rounded : not_decimals(c, k, r, rows[r][k], decimals);
                } else {
                    why = not_decimals(c, k, r, rows[r][k], decimals);
                }
            }
            sum += v;
        }
        Buf printed = {0}; /* the sum as khgen prints it in the totals row */
        if (decimals)
            vi_put_decimal(&printed, sum, decimals);
        else
            vi_put_int(&printed, (long long)(sum < 0 ? sum - 0.5 : sum + 0.5), 0);
        if (!why && rounded && strcmp(printed.data, t[k]) == 0)
            why = rounded; /* the total rounds rows of more decimals */
        else if (!why && strcmp(printed.data, t[k]) != 0) {
            if (rounded) { /* the sum as the rows give it: 4.201, not "not a number" */
                buf_reset(&printed);
                vi_put_decimal(&printed, sum, -1);
            }
            why = arena_printf(c->arena, _("column %d says %s, the rows above sum to %s"), k + 1,
                               t[k], printed.data);
        }
        buf_free(&printed);
        if (why && loose_total(rows, n_rows, k, s, t[k])) {
            why = NULL; /* "1,5", "2", "3,25" over "6,75": type decimal, no `decimals:` */
            s->loose |= 1ull << k;
            decimals = 0;
        }
        summed |= 1ull << k;
        if (decimals)
            s->decimals[k] = (unsigned char)decimals;
    }
    if (!why && !summed)
        why = _("it sums no column");
    /* khgen prints the label over the columns before the first sum */
    for (int k = at + 1; k < cols && !why && !(summed >> k & 1u); k++)
        if (*t[k])
            why = _("its label does not span the columns before the first sum");
    if (why) {
        /* one comment line: a cell it quotes may hold lines */
        s->review = text_one_line(
            c->arena, arena_printf(c->arena, _("the last row, \"%s\", is kept as a row, not the "
                                               "table's totals: %s"), t[at], why));
        return;
    }
    s->totals = n_rows - 1;
    s->totals_label = t[at];
    s->summed = summed;
}

void att_shape(Ctx *c, const char *const *header, const char ***rows, size_t n_rows, int cols,
               int merged, const unsigned char *strong, unsigned long long text, AttShape *s)
{
    memset(s, 0, sizeof *s);
    s->text = text;
    s->totals = n_rows;
    if (!merged && !n_rows && cols >= 2 && numbering_header(header[0])) {
        /* a Biểu of no row yet (its rows to be typed): its "STT" column
         * is khgen's numbering still; it lost `type: stt`, and the rows
         * added to the plan were neither numbered nor centred (s36imp) */
        s->stt = 1, s->counted = 1;
        s->group = arena_alloc(c->arena, 1);
        s->group[0] = 0;
        return;
    }
    if (!n_rows || cols < 2)
        return;
    if (merged) {
        /* its rows as written (an STT column would count the merged
         * blocks), but a last row labelled as totals whose sums are the
         * rows' is still the totals: kept as a row, it was shown removed
         * from the totals and added as a row, no word why (s39cycle); a
         * merged cell in a summed column keeps it a row, with the review
         * line saying why (the document counts the cell once) */
        read_totals(c, rows, n_rows, cols, s);
        return;
    }
    int numbered = numbering_header(header[0]) &&
                   read_numbering(c, rows, n_rows, n_rows - 1, cols, strong, s);
    read_totals(c, rows, n_rows, cols, s);
    if (s->totals < n_rows)
        return;
    if (numbered && s->review) {
        s->counted = 0; /* the row labelled as totals kept, its label in column 1 */
        s->row_gap = NULL; /* the numbers as written: its review says a row went */
        return;
    }
    /* the last row is a row like the others: numbered as they are (a
     * table of one row too) */
    if (!numbering_header(header[0]) || !read_numbering(c, rows, n_rows, n_rows, cols, strong, s))
        s->stt = 0, s->counted = 0, s->group = NULL;
}

/* A cell's value as khgen prints it in a column of one type: 'd' a date
 * dd/mm/yyyy (*v its YYYYMMDD), 'p' a percentage, 'y' a year, 'i' a whole
 * number, 'f' a decimal (*digits after its comma), or 0. */
static char typed_cell(const char *s, double *v, int *digits)
{
    size_t n = strlen(s);
    *digits = 0;
    if (n == 10 && s[2] == '/' && s[5] == '/') {
        char iso[11] = {s[6], s[7], s[8], s[9], '-', s[3], s[4], '-', s[0], s[1], 0};
        VDate d;
        if (parse_date_text(iso, &d) != 0 || d.day == 0)
            return 0;
        *v = d.year * 10000.0 + d.month * 100 + d.day;
        return 'd';
    }
    if (n > 1 && n < 40 && s[n - 1] == '%') {
        char num[40];
        memcpy(num, s, n - 1);
        num[n - 1] = 0;
        *digits = att_printed_number(num, v);
        return *digits >= 0 && num_cell(num, *digits, v) ? 'p' : 0;
    }
    if (n == 4 && str_all_digits(s)) { /* an int prints 2.024 */
        *v = atof(s);
        return *v >= 1900 && *v <= 2999 ? 'y' : 0;
    }
    *digits = att_printed_number(s, v);
    if (*digits < 0 || !num_cell(s, *digits, v))
        return 0;
    return *digits ? 'f' : 'i';
}

void att_read_types(const char ***rows, size_t n_rows, int cols, const unsigned char *may,
                    AttShape *s)
{
    for (int k = s->stt ? 1 : 0; k < cols && k < 64; k++) {
        if (!may[k] || (s->summed >> k & 1u) || (s->text >> k & 1u))
            continue;
        char type = 0;
        int digits = -1, mixed = 0, zero_end = 0, cells = 0;
        for (size_t r = 0; r < n_rows && type != '?'; r++) {
            const char *v = rows[r][k];
            if ((s->group && s->group[r]) || r == s->totals || !*v)
                continue;
            double value;
            int d;
            char t = typed_cell(v, &value, &d);
            cells++;
            if (t == 'f' && type == 'i')
                type = 'f'; /* "3" beside "1,5": a decimal column */
            else if (!(t == 'i' && type == 'f'))
                type = !t || (type && t != type) ? '?' : t;
            if (t == 'f' || t == 'p') {
                mixed |= digits >= 0 && d != digits;
                digits = digits < 0 ? d : digits;
                zero_end |= d > 0 && v[strlen(v) - (t == 'p' ? 2 : 1)] == '0';
            } else if (t == 'i') {
                mixed |= digits > 0;
                digits = digits < 0 ? 0 : digits;
            }
        }
        if (!cells || type == '?' || !type)
            continue;
        if ((type == 'f' || type == 'p') && mixed && zero_end)
            continue; /* "12,50" beside "3,1": no one `decimals` prints both */
        s->type[k] = type;
        if ((type == 'f' || type == 'p') && !mixed && digits > 0 && zero_end) {
            s->decimals[k] = (unsigned char)digits;
            s->fixed |= 1ull << k;
        }
    }
}

int att_put_column(Buf *y, const AttShape *s, int k)
{
    static const char *const names[] = {"int", "year", "decimal", "percent", "date"};
    const char *kinds = "iyfpd";
    if (k < 64 && s->type[k] && strchr(kinds, s->type[k])) {
        buf_printf(y, ", type: %s", names[strchr(kinds, s->type[k]) - kinds]);
        if (s->fixed >> k & 1u)
            buf_printf(y, ", decimals: %d", s->decimals[k]);
        return 1;
    }
    if (k == 0 && s->stt)
        buf_puts(y, ", type: stt");
    else if (k < 64 && (s->summed >> k & 1u) && (s->loose >> k & 1u))
        buf_puts(y, ", type: decimal, total: true");
    else if (k < 64 && (s->summed >> k & 1u) && s->decimals[k])
        buf_printf(y, ", type: decimal, decimals: %d, total: true", s->decimals[k]);
    else if (k < 64 && (s->summed >> k & 1u))
        buf_puts(y, ", type: int, total: true");
    else
        return 0;
    return 1;
}

/* Row r of width cells where the table has cols (a .docx or .md row: a
 * .txt's columns are guessed, its empty cells left out): a Word row with
 * a cell deleted, or a second table's rows pasted into the first, whose
 * cells were read under the first columns and the last ones left empty,
 * no word said, a figure under another column's header (s41imp: 24
 * parts in diff). A note beside the row, and a warning at the first such
 * row of a table (KH770); the cells stay where the document shows them,
 * from the first column. */
static void short_row(Ctx *c, Buf *y, size_t r, int cols, int width, const Para *p)
{
    if (!c->markdown || width <= 0 || width >= cols)
        return;
    const char *why = arena_printf(c->arena, _("row %zu has %d cells where the table has %d "
                                               "columns: its cells are read under the first "
                                               "%d, the others left empty; check that each "
                                               "figure stands under its column"),
                                   r + 1, width, cols, width);
    emit_unplaced_lines(y, 6, text_one_line(c->arena, why), "KH770");
    if (c->short_rows_page == c->n_att_ids) /* the page's (imp_note_attachment counts them) */
        return;
    c->short_rows_page = c->n_att_ids;
    SrcPos pos = {c->path, p && p->line > 0 ? p->line : 0, p && p->line > 0 ? 1 : 0};
    diag_warning(c->diags, pos, 0, KH770,
                 "a row of the table has %d cells where the table has %d columns (a cell "
                 "deleted in Word, or rows of another table pasted in): its cells are read "
                 "under the first columns, the others left empty, and a '# review:' comment "
                 "marks each such row; check that each figure stands under its column",
                 width, cols);
}

/* The numbers of a table's rows (group: its group rows') with a gap, as
 * the row after it (paragraph p) is written: a note beside it, which diff
 * shows, and a warning (KH768) at its line; it had none, the file's name
 * alone (s43review: the one KH768 of import with no line). */
static void gap_said(Ctx *c, Buf *y, const Para *p, const char *why, int group)
{
    emit_unplaced_lines(y, 6, text_one_line(c->arena, why), "KH768");
    SrcPos pos = {c->path, p && p->line > 0 ? p->line : 0, p && p->line > 0 ? 1 : 0};
    if (group)
        diag_warning(c->diags, pos, 0, KH768,
                     "%s; a group row deleted, the rest not renumbered? check the groups", why);
    else
        diag_warning(c->diags, pos, 0, KH768,
                     "%s; a row deleted, the rest not renumbered? check the rows", why);
}

void att_put_row(Ctx *c, Buf *y, const AttShape *s, const char **row, size_t r, int cols,
                 int width, const Para *p, const char *const *raw)
{
    /* the row's kind as khgen prints it: a group row (read as one, or a
     * title spanning the row's rest, as in a table of merged cells, which
     * keeps its rows as written), a totals row kept as a row, else data */
    imp_cell_emphasis(c, y, arena_printf(c->arena, _("row %zu"), r + 1), cols, p, raw,
                      (s->group && s->group[r]) || (p && p->spans_rest) ? LROW_GROUP
                      : cols > 1 && (imp_totals_label(row[0]) || imp_totals_label(row[1]))
                          ? LROW_TOTALS
                          : LROW_DATA);
    if (s->group && s->group[r]) {
        buf_puts(y, "      - {heading: ");
        emit_quoted(y, year_refs(c, row[1]));
        buf_puts(y, "}\n");
        if (s->group[r] == 2 && s->group_gap)
            gap_said(c, y, p, arena_printf(c->arena, _("the group rows are numbered %s: khgen "
                                                       "numbers them I, II, III, ... in order"),
                                           s->group_gap), 1);
        return;
    }
    if (s->row_gap && r == s->row_gap_at && s->row_gap_group)
        gap_said(c, y, p, arena_printf(c->arena, _("the rows under group %s are numbered %s: "
                                                   "khgen numbers each group's rows 1, 2, 3, "
                                                   "... in order"),
                                       s->row_gap_group, s->row_gap), 0);
    else if (s->row_gap && r == s->row_gap_at)
        gap_said(c, y, p, arena_printf(c->arena, _("the rows are numbered %s: khgen numbers "
                                                   "them 1, 2, 3, ... in order"), s->row_gap), 0);
    int mapping = s->stt && !s->counted;
    buf_puts(y, mapping ? "      - {" : "      - [");
    for (int k = s->stt && !mapping ? 1 : 0, first = 1; k < cols; k++, first = 0) {
        if (!first)
            buf_puts(y, ", ");
        if (mapping)
            buf_printf(y, "c%d: ", k + 1);
        const char *v = k < width ? row[k] : "";
        /* the plan's year in a cell too, "Thường xuyên trong năm {year}",
         * as in the title and headings (s13user F4); a summed column's
         * cells are numbers */
        double value;
        int digits = k < 64 && (s->summed >> k & 1u) && *v ? att_printed_number(v, &value) : -1;
        char t = k < 64 && s->type[k] && *v ? typed_cell(v, &value, &digits) : 0;
        if (t == 'd') /* a typed column's value as the plan writes it */
            buf_printf(y, "%04d-%02d-%02d", (int)(value / 10000), (int)(value / 100) % 100,
                       (int)value % 100);
        else if (t || digits >= 0) /* a number, as YAML writes it: "1.200" would be ambiguous (KH114) */
            buf_printf(y, "%.*f", plan_digits(digits), value);
        else
            emit_quoted(y, year_refs(c, v));
    }
    buf_puts(y, mapping ? "}\n" : "]\n");
    short_row(c, y, r, cols, width, p);
}

void att_put_totals(Buf *y, const AttShape *s)
{
    if (s->totals_label) {
        buf_puts(y, "    totals: ");
        emit_quoted(y, s->totals_label);
        buf_putc(y, '\n');
    }
}

void att_put_review(Ctx *c, Buf *y, const AttShape *s, const Para *p)
{
    /* a totals row whose figures are not the rows' (a row added or
     * deleted in Word, its total not updated; a merged summed cell): diff
     * showed the totals gone and a row added with no word why (s40cycle);
     * the note is one diff shows */
    emit_unplaced_lines(y, 6, s->review, "KH768");
    SrcPos pos = {c->path, p && p->line > 0 ? p->line : 0, p && p->line > 0 ? 1 : 0};
    diag_warning(c->diags, pos, 0, KH768,
                 "%s; khgen prints a table's totals row from the rows above it: check the "
                 "figures (a row added or deleted without its total?), then write the row as "
                 "the table's 'totals:'", s->review);
}

void att_body_table(Ctx *c, ITable *t, int merged)
{
    AttShape s;
    att_shape(c, t->header, t->rows, t->n_rows, t->n_cols > 32 ? 32 : t->n_cols, merged,
              t->strong, t->text_cols, &s);
    t->stt = s.stt;
    t->counted = s.counted;
    t->group = s.group;
    t->totals_row = s.totals;
    t->totals = s.totals_label;
    t->summed = s.summed & 0xffffffffu;
    t->loose = s.loose & 0xffffffffu;
    t->review = s.review;
    for (int k = 0; k < t->n_cols && k < 32; k++) {
        if (!(t->summed >> k & 1u))
            continue;
        t->decimals[k] = s.decimals[k];
        for (size_t r = 0; r < t->n_rows; r++) {
            double v;
            int digits = *t->rows[r][k] ? att_printed_number(t->rows[r][k], &v) : -1;
            if (digits >= 0) /* as YAML writes it: "1.200" would be ambiguous (KH114) */
                t->rows[r][k] = arena_printf(c->arena, "%.*f", plan_digits(digits), v);
        }
    }
}

/* 1 if s holds only spaces and line breaks: a .txt's or .md's "<br>"
 * line read as "\n", no note (it was the note "\n": s34low). */
static int blank_text(const char *s)
{
    return !s || s[strspn(s, " \t\r\n")] == '\0';
}

/* The note and the unit line (s24attack F1: the line above the table was
 * the note, its rows lost to KH762 behind it; s31user: now its `unit:`). */
void att_put_note(Ctx *c, Buf *y, const char *note, const char *above)
{
    if (blank_text(above))
        above = NULL;
    if (blank_text(note))
        note = NULL;
    const char *unit = above ? layout_unit_said(c->arena, above) : NULL;
    if (unit) {
        buf_puts(y, "    unit: ");
        emit_scalar(y, year_refs(c, unit));
        buf_putc(y, '\n');
    } else if (above && *above) {
        /* above is the document's text: a line break in it (a .md's
         * "<b>KẾ HOẠCH</b>\nThực hiện ...") ended the comment and began a
         * line of YAML the plan could not load (fuzz_import_text, session
         * 33) */
        emit_review(y, 4,
                    arena_printf(c->arena, _("\"%s\" stood between the title and the table in the "
                                             "document: it is the note, printed under the table"),
                                 above));
        /* one line: "Đơn vị tính: hộ. Nguồn: ...", not "hộ Nguồn: ..." */
        size_t n = strlen(above);
        int ends = n && strchr(".;:!?)", above[n - 1]) != NULL;
        note = note && *note ? arena_printf(c->arena, "%s%s %s", above, ends ? "" : ".", note)
                             : above;
    }
    if (note && *note) {
        buf_puts(y, "    note: ");
        emit_scalar(y, year_refs(c, note));
        buf_putc(y, '\n');
    }
}
