/* attach_rowsum.c - a "Tổng" column of a written table whose figure, in
 * one row, is not the sum of the row's figures it adds up in the others
 * (KH640).
 *
 * A Biểu of money is laid out "Ngân sách | Nhân dân đóng góp | Tổng" (or
 * "Tổng số | Trong đó: ...", the total first): the drafter adds each row
 * by hand, and when one figure of a row is changed (1.500 + 350,5 written
 * 1.950,5, last year's total left) nothing adds it up again; the totals
 * row then does not add up across either, printed with exit 0 (s47user U7).
 * khgen cannot know which columns a "Tổng" adds, so it reads the table:
 * a number column headed "Tổng", "Tổng cộng", "Cộng", "Tổng số" or
 * "Tổng ..." (one such column), the run of number columns right beside it
 * on the left (or, when none adds, on the right: "Trong đó"), two at least;
 * when the sum of that run prints as the column's figure in two rows at
 * least and in two thirds of the rows that have every figure, each other
 * such row is warned at. A table whose "Tổng" adds up other columns, or
 * none, is not read; rows with a figure missing are not compared, nor a
 * row of a rate or an average (rate_row: "Tỷ lệ hộ nghèo | % | 4 | 3,87 |
 * 4,21 | 4", "Năng suất lúa | tạ/ha"), whose "Tổng" is the whole's rate,
 * never the sum of its places' (s49review: a table by thôn with its
 * commune's "Tổng" warned at its rates).
 *
 * A stage-3 check, run with the typed totals' (attach_check_hand_totals);
 * reads the built rows only; linear in the table's cells.
 */
#include "attach_impl.h"

#include <stdlib.h>
#include <string.h>

#include "vi.h"

/* Whether a column's header reads as a row total: "Tổng", "Tổng cộng",
 * "Cộng", "Tổng số", or "Tổng" and more words ("Tổng vốn", "Tổng kinh
 * phí"), in any case. */
static int total_header(const char *header)
{
    if (!header)
        return 0;
    Buf b = {0};
    vi_put_upper(&b, header);
    const char *h = buf_str(&b);
    int is = attach_is_totals_label(header) ||
             (strncmp(h, "TỔNG ", strlen("TỔNG ")) == 0 && !strchr(h, '%'));
    buf_free(&b);
    return is;
}

static int is_figure_column(const Column *col)
{
    return col->type == COL_INT || col->type == COL_DECIMAL;
}

/* The sum of row r's figures in columns [from, to), in *sum; 0 when one of
 * them, or the total's cell t, is no figure (blank, refused, covered). */
static int row_sum(const Attachment *att, size_t r, size_t from, size_t to, size_t t,
                   double *sum)
{
    const Row *row = &att->rows[r];
    if (row->is_group || !row->cells[t].is_number || row->cells[t].is_bad ||
        attach_cell_covered(att, r, t))
        return 0;
    double s = 0, carry = 0;
    for (size_t c = from; c < to; c++) {
        const Cell *cell = &row->cells[c];
        if (!cell->is_number || cell->is_bad || attach_cell_covered(att, r, c))
            return 0;
        vi_sum_add(&s, &carry, cell->number);
    }
    *sum = s + carry;
    return 1;
}

/* Whether row is a totals row typed among the rows (a text or STT cell
 * "Tổng cộng": KH629's, attach_handtotal.c), which adds columns, not a row. */
static int typed_total(const Attachment *att, const Row *row)
{
    for (size_t c = 0; c < att->n_columns; c++)
        if ((att->columns[c].type == COL_TEXT || att->columns[c].type == COL_STT) &&
            attach_is_totals_label(row->cells[c].text))
            return 1;
    return 0;
}

/* Whether the folded text f ("ty le ho ngheo") holds one of words, each
 * whole (not inside a longer word). */
static int holds_word(const char *f, const char *const *words)
{
    for (const char *const *w = words; *w; w++) {
        size_t n = strlen(*w);
        for (const char *at = str_find(f, *w); at; at = str_find(at + 1, *w))
            if ((at == f || !vi_word_byte((unsigned char)at[-1])) &&
                !vi_word_byte((unsigned char)at[n]))
                return 1;
    }
    return 0;
}

/* Whether a column's header names the rows' unit: "ĐVT", "Đơn vị tính",
 * "Đơn vị". */
static int unit_header(const char *header)
{
    static const char *const units[] = {"dvt", "don vi tinh", "don vi", "dv tinh", NULL};
    Buf b = {0};
    vi_put_folded(&b, header ? header : "");
    int is = 0;
    for (const char *const *u = units; *u && !is; u++)
        is = strcmp(buf_str(&b), *u) == 0;
    buf_free(&b);
    return is;
}

/* Whether the folded name f begins with word, whole. */
static int begins_word(const char *f, const char *word)
{
    size_t n = strlen(word);
    return strncmp(f, word, n) == 0 && !vi_word_byte((unsigned char)f[n]);
}

/* Whether the row's name (folded, f; typed, text) names a rate or an
 * average: "Tỷ lệ ...", "... bình quân ...", "... trung bình" anywhere
 * (but "hộ có mức sống trung bình", a class of households counted);
 * "Năng suất ...", "Mật độ ...", "Tốc độ ...", "Cơ cấu ..." as its first
 * words ("Diện tích chuyển đổi cơ cấu cây trồng" is hectares, added up);
 * or a '%' as its unit ("Hộ nghèo (%)"; "miễn 100% học phí" is no unit). */
static int rate_name(const char *f, const char *text)
{
    static const char *const anywhere[] = {"ty le", "ti le", "binh quan", "trung binh", NULL};
    static const char *const first[] = {"nang suat", "mat do", "toc do", "co cau", NULL};
    for (const char *const *w = first; *w; w++)
        if (begins_word(f, *w))
            return 1;
    if (holds_word(f, anywhere) && !str_find(f, "muc song trung binh"))
        return 1;
    for (const char *pc = strchr(text, '%'); pc; pc = strchr(pc + 1, '%'))
        if (pc == text || !(pc[-1] >= '0' && pc[-1] <= '9'))
            return 1;
    return 0;
}

/* Whether a row's unit is a rate's: "%", or one per another ("tạ/ha",
 * "triệu đồng/người/năm"); one per a time alone ("tấn/năm", "lượt/tháng":
 * a year's output, added up over places) is a quantity (s50review C3). */
static int rate_unit(const char *unit)
{
    static const char *const times[] = {"nam", "thang", "quy", "ngay", "tuan", "vu", NULL};
    if (strchr(unit, '%'))
        return 1;
    Buf f = {0};
    vi_put_folded(&f, unit);
    int rate = 0;
    for (const char *d = strchr(buf_str(&f), '/'); d && !rate; d = strchr(d + 1, '/')) {
        const char *w = d + 1 + strspn(d + 1, " ");
        size_t n = strcspn(w, " /");
        rate = 1;
        for (const char *const *t = times; *t && rate; t++)
            rate = !(strlen(*t) == n && strncmp(w, *t, n) == 0);
    }
    buf_free(&f);
    return rate;
}

/* Whether row gives a rate or an average, which a "Tổng" does not add
 * across: its unit (a cell under "ĐVT") a rate's (rate_unit: "%", "tạ/ha",
 * "triệu đồng/người"; not "hộ", "ha", "tấn/năm"), or its name (the first
 * text cell of another column) a rate's (rate_name: "Năng suất lúa | tạ",
 * "Thu nhập bình quân đầu người | triệu đồng", as offices type their
 * units); a note beside it ("tăng 2%") is neither. The commune's "Tổng"
 * of a rate is the commune's rate, not the sum of its thôn's (s49review
 * R1); a count whose note, or whose name in passing, held a rate's word
 * ("chuyển đổi cơ cấu cây trồng", "mức sống trung bình", "miễn 100% học
 * phí") was read as a rate, and its slip hidden (s50review C1). */
static int rate_row(const Attachment *att, const Row *row)
{
    const char *name = NULL;
    int rate = 0;
    for (size_t c = 0; c < att->n_columns && !rate; c++) {
        const char *text = row->cells[c].text;
        if (att->columns[c].type != COL_TEXT || !text || !*text)
            continue;
        if (unit_header(att->columns[c].header))
            rate = rate_unit(text);
        else if (!name)
            name = text;
    }
    if (rate || !name)
        return rate;
    Buf f = {0};
    vi_put_folded(&f, name);
    rate = rate_name(buf_str(&f), name);
    buf_free(&f);
    return rate;
}

/* How many rows have every figure of [from, to) and t (*complete), and in
 * how many the run adds up to t's figure. */
static size_t rows_adding(const Attachment *att, size_t from, size_t to, size_t t,
                          size_t *complete)
{
    size_t adds = 0;
    *complete = 0;
    for (size_t r = 0; r < att->n_rows; r++) {
        double sum;
        if (!row_sum(att, r, from, to, t, &sum) || typed_total(att, &att->rows[r]) ||
            rate_row(att, &att->rows[r]))
            continue;
        (*complete)++;
        adds += attach_prints_as(&att->columns[t], att->rows[r].cells[t].number, sum);
    }
    return adds;
}

/* The row's name for a message: its first text cell that is not blank. */
static const char *row_name(const Attachment *att, const Row *row)
{
    for (size_t c = 0; c < att->n_columns; c++)
        if (att->columns[c].type == COL_TEXT && row->cells[c].text && *row->cells[c].text)
            return row->cells[c].text;
    return "";
}

static void check_table(DiagSink *diags, const Attachment *att, const AttachSpec *spec)
{
    if (!att || spec->broken || spec->gen.present || !spec->rows_node || att->n_rows < 3)
        return;
    size_t t = att->n_columns;
    for (size_t c = 0; c < att->n_columns; c++)
        if (is_figure_column(&att->columns[c]) && total_header(att->columns[c].header)) {
            if (t < att->n_columns)
                return; /* two "Tổng" columns: which adds what is not for a guess */
            t = c;
        }
    if (t == att->n_columns)
        return;
    /* the run of figure columns beside it: on the left, else on the right */
    size_t left = t, right = t + 1;
    while (left > 0 && is_figure_column(&att->columns[left - 1]))
        left--;
    while (right < att->n_columns && is_figure_column(&att->columns[right]))
        right++;
    size_t from = 0, to = 0, complete = 0, adds = 0;
    if (t - left >= 2 && (adds = rows_adding(att, left, t, t, &complete)) >= 2)
        from = left, to = t;
    else if (right - t - 1 >= 2 && (adds = rows_adding(att, t + 1, right, t, &complete)) >= 2)
        from = t + 1, to = right;
    if (to == 0 || adds == complete || adds * 3 < complete * 2)
        return;
    const Column *col = &att->columns[t];
    const char *name = col->header && *col->header ? col->header : col->key;
    for (size_t r = 0; r < att->n_rows; r++) {
        double sum;
        const Row *row = &att->rows[r];
        if (!row_sum(att, r, from, to, t, &sum) || typed_total(att, row) || rate_row(att, row) ||
            attach_prints_as(col, row->cells[t].number, sum))
            continue;
        Buf typed = {0}, added = {0};
        attach_put_number(&typed, col, row->cells[t].number);
        attach_put_number(&added, col, sum);
        diag_warning(diags, row->cells[t].pos.file ? row->cells[t].pos : row->pos, 1, KH640,
                     "the row '%s' gives %s for '%s', but its figures beside it add up to %s, "
                     "as they add up to '%s' in the table's other rows: correct the figure, or "
                     "the figures it adds",
                     row_name(att, row), buf_str(&typed), name, buf_str(&added), name);
        buf_free(&typed);
        buf_free(&added);
    }
}

void attach_check_row_sums(DiagSink *diags, const Plan *plan, const AttachState *state)
{
    for (size_t i = 0; i < plan->n_attachments; i++)
        check_table(diags, &plan->attachments[i], &state->specs[i]);
    for (size_t i = 0; i < state->n_tables; i++)
        check_table(diags, state->tables[i]->table, state->tables[i]);
}
