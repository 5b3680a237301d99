/* attach_merge.c - a table's rows numbered and merged, once its rows are
 * made (written, generated, or filled at render): the equal neighbouring
 * cells of its `merge` columns merged vertically within a group (the later
 * merge columns only within the blocks of the first), then the STT column
 * numbered 1, 2, 3 within each group and I, II on the group rows, counting
 * the blocks of the first merged column and merging like it. Split from
 * attach_rows.c (s26fixfig), which keeps a table's select, sort and group.
 * Roman numerals stop at 3999: a table of more groups, with an STT column,
 * is KH120 as a section numbered past it is (att_check_groups; it printed
 * the 4000th group's number in digits without a word, s30fixlow).
 */
#include "attach_impl.h"

#include <string.h>

#include "vi.h"

static const char *roman(Arena *arena, int n)
{
    Buf b = {0};
    vi_put_roman(&b, n);
    char *s = buf_to_arena(&b, arena);
    buf_free(&b);
    return s;
}

/* Sets how many rows below cell c of row its merged cell spans; the row's
 * counts are made (zero, one per column) on its first merge. */
static void set_merge_down(Arena *arena, const Attachment *att, Row *row, size_t c, int n)
{
    if (!row->merge_down && n == 0)
        return;
    if (!row->merge_down)
        row->merge_down = arena_alloc(arena, att->n_columns * sizeof *row->merge_down);
    row->merge_down[c] = n;
}

void att_number_and_merge(Arena *arena, Attachment *att, const size_t *merge_cols,
                          size_t n_merge)
{
    size_t stt_col = att->n_columns;
    for (size_t c = 0; c < att->n_columns && stt_col == att->n_columns; c++)
        if (att->columns[c].type == COL_STT)
            stt_col = c;
    /* merge: equal neighbours within a group; the later merge columns only
     * within the blocks of the first (the block column; STT follows it) */
    size_t block_col = att->n_columns;
    for (size_t m = 0; m < n_merge && block_col == att->n_columns; m++)
        if (merge_cols[m] != stt_col)
            block_col = merge_cols[m];
    for (size_t m = 0; m < n_merge; m++) {
        size_t c = merge_cols[m];
        if (c == stt_col)
            continue;
        size_t first = block_col;
        for (size_t r = 0; r < att->n_rows;) {
            const Row *top = &att->rows[r];
            size_t end = r + 1;
            if (!top->is_group && top->cells[c].text && *top->cells[c].text)
                while (end < att->n_rows && !att->rows[end].is_group &&
                       att->rows[end].cells[c].text &&
                       strcmp(att->rows[end].cells[c].text, top->cells[c].text) == 0 &&
                       (c == first || attach_cell_covered(att, end, first)))
                    end++;
            if (end - r > 1)
                set_merge_down(arena, att, &att->rows[r], c, (int)(end - r - 1));
            for (size_t k = r + 1; k < end; k++)
                att->rows[k].covered |= 1u << c;
            r = end;
        }
    }
    /* STT: 1, 2, 3 within groups; I, II for group rows. With merges, STT
     * counts the blocks of the first merged column and merges like it. */
    int number = 0, group_number = 0;
    for (size_t r = 0; r < att->n_rows; r++) {
        Row *row = &att->rows[r];
        if (row->is_group) {
            number = 0;
            group_number++;
            if (stt_col < att->n_columns)
                row->cells[stt_col].text = roman(arena, group_number);
            continue;
        }
        if (block_col < att->n_columns && attach_cell_covered(att, r, block_col)) {
            if (stt_col < att->n_columns && !row->cells[stt_col].text)
                row->cells[stt_col].text = att->rows[r - 1].cells[stt_col].text;
            /* STT merges like the block column, where its text repeats */
            if (stt_col < att->n_columns) {
                const Row *prev = &att->rows[r - 1];
                const char *t = row->cells[stt_col].text, *pt = prev->cells[stt_col].text;
                if (t && pt && strcmp(t, pt) == 0 && !prev->is_group &&
                    (row_merge_down(prev, stt_col) > 0 || ((prev->covered >> stt_col) & 1u)))
                    row->covered |= 1u << stt_col;
            }
            continue;
        }
        number++;
        if (stt_col < att->n_columns) {
            if (!row->cells[stt_col].text)
                row->cells[stt_col].text = arena_int(arena, number);
            if (block_col < att->n_columns)
                set_merge_down(arena, att, row, stt_col, row_merge_down(row, block_col));
        }
    }
}

int att_check_groups(DiagSink *diags, const Attachment *att, const YNode *at, size_t n_groups)
{
    size_t c = 0;
    while (c < att->n_columns && att->columns[c].type != COL_STT)
        c++;
    if (c == att->n_columns || n_groups <= 3999) /* no STT: the groups print no number */
        return 0;
    if (!at) /* written heading rows: at the 4000th */
        for (size_t r = 0, seen = 0; r < att->n_rows && !at; r++)
            if (att->rows[r].is_group && ++seen == 4000)
                at = att->rows[r].title_node;
    SrcPos pos = at ? at->pos : att->pos;
    diag_error(diags, pos, at ? yread_span(at) : 1, KH120,
               "this table has %zu groups, and its STT column numbers them in Roman numerals, "
               "which stop at 3999 (MMMCMXCIX): the 4000th would print '4000'; split the table, "
               "use a field of fewer values for group_by, or remove the STT column",
               n_groups);
    return 1;
}
