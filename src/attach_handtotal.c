/* attach_handtotal.c - a totals row typed among a table's written rows
 * (KH629), a row number typed that repeats or goes back (KH630).
 *
 * A drafter who copies last year's table from Word often types its last
 * row as it printed there: "Tổng cộng" and the figures added up by hand.
 * Nothing adds them up again, so a row changed above it leaves a total
 * that does not add up, printed with exit 0; and when the table also has
 * `totals:`, the totals row khgen prints counts the typed one with the
 * rows above it (3 and 4 printed as 7), under two rows that say "Tổng
 * cộng". attach_check_hand_totals() warns at each such row of written
 * rows: a row whose text cell or STT cell is a totals label ("Tổng
 * cộng", "Tổng", "Cộng", "Tổng số", in any case, a ':' after it, the
 * labels `khgen import` reads back as a totals row,
 * attach_is_totals_label), in a table
 * with `totals:` at all, otherwise where a number it gives is neither the
 * sum of the data rows above it since the last group row or typed total
 * (a "Cộng" under each group) nor the sum of all the data rows above it
 * (the "Tổng cộng" under them), each compared as the column prints it.
 * Generated rows are khgen's own and are not looked at.
 *
 * In the same pass, a row number written by hand in the STT column that
 * is the number of the data row above it again, or smaller ("1, 2, 2, 3":
 * an imported row copied to add one, s24attack F5), is warned at (KH630);
 * a jump forward (a row deleted in Word, not renumbered) is what the
 * document printed and is left alone, as a group row restarts the count.
 *
 * A stage-3 check (attach_resolve calls it once the cells are made);
 * reads the built rows only.
 */
#include "attach_impl.h"

#include <stdlib.h>
#include <string.h>

#include "vi.h"

/* The totals labels, as matched (upper case) and as written in a
 * `totals:` line khgen suggests. */
static const char *const labels_upper[] = {"TỔNG CỘNG", "TỔNG", "CỘNG", "TỔNG SỐ", NULL};
static const char *const labels_written[] = {"Tổng cộng", "Tổng", "Cộng", "Tổng số", NULL};

/* The index in labels_upper of the label s is (blanks before it, blanks
 * and colons after it and the case aside), or -1; *upper set to whether s
 * is typed in capitals. */
static int totals_label(const char *s, int *upper)
{
    if (!s)
        return -1;
    while (*s == ' ')
        s++;
    Buf b = {0};
    vi_put_upper(&b, s);
    size_t n = b.len;
    while (n && (b.data[n - 1] == ':' || b.data[n - 1] == ' '))
        n--;
    int found = -1;
    for (int i = 0; labels_upper[i] && found < 0; i++)
        if (n == strlen(labels_upper[i]) && memcmp(b.data, labels_upper[i], n) == 0)
            found = i;
    *upper = found >= 0 && strncmp(b.data, s, n) == 0;
    buf_free(&b);
    return found;
}

int attach_is_totals_label(const char *s)
{
    int upper;
    return totals_label(s, &upper) >= 0;
}

/* The cell of row that is a totals label, or NULL: a text cell, or the
 * STT cell, where `khgen import` writes the label of a Word table whose
 * totals row merges STT and the name (s43user F1: "Tổng cộng" typed there
 * with a stale figure printed with no warning). */
static const Cell *label_cell(const Attachment *att, const Row *row)
{
    for (size_t c = 0; c < att->n_columns; c++)
        if ((att->columns[c].type == COL_TEXT || att->columns[c].type == COL_STT) &&
            attach_is_totals_label(row->cells[c].text))
            return &row->cells[c];
    return NULL;
}

/* The sums of one number column over the data rows read so far: all of
 * them, and those since the last group row or typed total (a block). */
typedef struct Sums {
    double all, all_carry, block, block_carry;
    size_t counted, block_counted;
} Sums;

/* Warns at the first number of the typed totals row r that adds up
 * neither way (above), its column's sums s[c] those of the rows above. */
static void check_sums(DiagSink *diags, const Attachment *att, size_t r, const Cell *label,
                       const Sums *s)
{
    for (size_t c = 0; c < att->n_columns; c++) {
        const Column *col = &att->columns[c];
        const Cell *cell = &att->rows[r].cells[c];
        if ((col->type != COL_INT && col->type != COL_DECIMAL) || !cell->is_number ||
            cell->is_bad || !s[c].counted)
            continue;
        double block = s[c].block + s[c].block_carry, all = s[c].all + s[c].all_carry;
        if (attach_prints_as(col, cell->number, block) || attach_prints_as(col, cell->number, all))
            continue;
        Buf typed = {0}, sum = {0};
        attach_put_number(&typed, col, cell->number);
        /* the rows it should add up: its group's, else all above it */
        attach_put_number(&sum, col, s[c].block_counted ? block : all);
        const char *name = col->header && *col->header ? col->header : col->key;
        /* the label to write after 'totals:', without the typed " :" */
        int upper, k = totals_label(label->text, &upper);
        const char *write = upper ? labels_upper[k] : labels_written[k];
        diag_warning(diags, cell->pos.file ? cell->pos : label->pos, 1, KH629,
                     "the row '%s' gives %s for '%s', but the rows above it add up to %s: "
                     "correct the figure, or delete the row and write 'totals: %s' with "
                     "'total: true' on the column, which khgen adds up itself",
                     label->text, buf_str(&typed), name, buf_str(&sum), write);
        buf_free(&typed);
        buf_free(&sum);
        return;
    }
}

/* The whole number a written STT cell prints ("12"), or -1. */
static long stt_number(const char *t)
{
    long n = 0;
    if (!t || !*t || strlen(t) > 9)
        return -1;
    for (; *t; t++) {
        if (*t < '0' || *t > '9')
            return -1;
        n = n * 10 + (*t - '0');
    }
    return n;
}

/* KH630 at row r's STT cell when its number is the one above again or
 * smaller; *prev the number of the data row above (-1: none yet). */
static void check_stt(DiagSink *diags, const Attachment *att, size_t r, size_t stt, long *prev)
{
    const Row *row = &att->rows[r];
    if (row->is_group) {
        *prev = -1;
        return;
    }
    if (stt >= att->n_columns || attach_cell_covered(att, r, stt))
        return;
    long n = stt_number(row->cells[stt].text);
    if (n >= 0 && *prev >= 0 && n <= *prev)
        diag_warning(diags, row->cells[stt].pos.file ? row->cells[stt].pos : row->pos, 1, KH630,
                     "this row is numbered %ld under a row numbered %ld: the document prints "
                     "the numbers as written; delete the numbers of the STT column, which "
                     "khgen counts itself, or correct this one",
                     n, *prev);
    if (n >= 0 || !row->cells[stt].text || *row->cells[stt].text)
        *prev = n; /* a blank one (a typed totals row's) keeps the count */
}

/* One pass over the rows, the sums kept as it goes (a table of many
 * typed totals costs its rows once, not once per total). */
static void check_table(DiagSink *diags, const Attachment *att, const AttachSpec *spec)
{
    if (!att || spec->broken || spec->gen.present || !spec->rows_node || !att->n_rows ||
        !att->n_columns)
        return;
    Sums *s = xmalloc(att->n_columns * sizeof *s);
    memset(s, 0, att->n_columns * sizeof *s);
    size_t stt = att->n_columns;
    for (size_t c = 0; c < att->n_columns && stt == att->n_columns; c++)
        if (att->columns[c].type == COL_STT)
            stt = c;
    long prev_stt = -1;
    for (size_t r = 0; r < att->n_rows; r++) {
        const Row *row = &att->rows[r];
        check_stt(diags, att, r, stt, &prev_stt);
        const Cell *label = row->is_group ? NULL : label_cell(att, row);
        if (label && att->has_totals)
            diag_warning(diags, label->pos.file ? label->pos : row->pos, 1, KH629,
                         "the row '%s' is a totals row typed among the rows, and the table "
                         "has 'totals:' too: the totals row printed below it counts this one "
                         "with the rows above it; delete this row, or the 'totals:' line",
                         label->text);
        else if (label)
            check_sums(diags, att, r, label, s);
        for (size_t c = 0; c < att->n_columns; c++) {
            Sums *sc = &s[c];
            if (row->is_group || label) { /* a group's "Cộng" adds up its own rows */
                sc->block = sc->block_carry = 0;
                sc->block_counted = 0;
                continue;
            }
            const Cell *v = &row->cells[c];
            if (!v->is_number || attach_cell_covered(att, r, c))
                continue;
            vi_sum_add(&sc->all, &sc->all_carry, v->number);
            vi_sum_add(&sc->block, &sc->block_carry, v->number);
            sc->counted++;
            sc->block_counted++;
        }
    }
    free(s);
}

void attach_check_hand_totals(DiagSink *diags, const Plan *plan, const AttachState *state)
{
    for (size_t i = 0; i < plan->n_attachments; i++)
        check_table(diags, &plan->attachments[i], &state->specs[i]);
    for (size_t i = 0; i < state->n_tables; i++)
        check_table(diags, state->tables[i]->table, state->tables[i]);
}
