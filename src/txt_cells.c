/* txt_cells.c - what a line of a PDF's text holds, read as a table's
 * line: its cells (runs of text that pdftotext -layout printed two spaces
 * or more apart, each at its place), and what a cell's words say: a
 * row's STT ("1", "II."), a totals row ("Tổng cộng", "Cộng"), a line
 * naming an attachment page ("Biểu 01", "Phụ lục II", not the sentence
 * "Biểu dương, khen thưởng ..."); where the words
 * of a line are cut into the cells of its columns when -layout printed
 * two cells one space apart (under a row, txt_cut_at_columns; on a row's
 * STT line, a cell pushed right by the one before it, txt_cut_pushed;
 * s35round), and where a cell's lines break (txt_cell_break, the .md's
 * <br>), and where a header's wrapped cell stands (txt_head_middles).
 * Moved out of txt_layout.c (which reads the tables by these)
 * when that file reached tests/structure's 1,200 lines (s35review);
 * so were a header's STT line (txt_stt_head, txt_head_cell) and the
 * mending of an "STT" Chromium printed a letter a line
 * (txt_mend_split_stt; s37imp), and the column a cell falls in
 * (txt_column_of) and a header's column groups (txt_header_groups;
 * s45imp). A Biểu's last column of short words printed at its left ("x"
 * under "Đăng ký đạt chuẩn", centred) ends its rows left of its header,
 * which stood right of every row's cells and was read as a column the
 * rows leave empty: the "x" went under a column with no header, the
 * header over nothing, exit 0 (s54user F2); txt_last_head finds that
 * header, the last column's own.
 * Pure functions of the text; each linear in its line (a cut line: in
 * its line times its cells).
 */
#include <stdlib.h>
#include <string.h>

#include "import_impl.h"
#include "txt_cells.h"
#include "vi.h"

/* The cells of line s[0..n): runs of text between runs of two spaces or
 * more; at most TXT_MAX_CELLS (more: -1). Columns counted in characters. */
int txt_split_cells(const char *s, size_t n, Cell *cells)
{
    int k = 0;
    size_t col = 0;
    for (size_t i = 0; i < n;) {
        if (s[i] == ' ' || s[i] == '\f') {
            i++, col++;
            continue;
        }
        size_t b = i, bcol = col;
        while (i < n && s[i] != '\f' && !(s[i] == ' ' && (i + 1 >= n || s[i + 1] == ' '))) {
            if (((unsigned char)s[i] & 0xC0) != 0x80)
                col++;
            i++;
        }
        if (k == TXT_MAX_CELLS)
            return -1;
        cells[k++] = (Cell){bcol, i - b, s + b};
    }
    return k;
}

/* Whether the text c[0..n) is a row's STT: 1-5 digits or a Roman numeral
 * (I..XXXIX), a '.' after it or not. */
int txt_stt_cell(const char *c, size_t n)
{
    if (n && c[n - 1] == '.')
        n--;
    if (n == 0 || n > 6)
        return 0;
    size_t d = strspn(c, "0123456789");
    if (d >= n)
        return n <= 5;
    size_t r = strspn(c, "IVX");
    return r >= n;
}

/* Whether the text c[0..n) begins a totals row: "Tổng cộng", "Cộng".
 * Not a word that begins with "Cộng" ("Cộng đồng dân cư các thôn", a
 * cell's line: it began a row of its own, the row above losing it, exit
 * 0, s34review; "CỘNG HÒA ..."). */
/* Whether the word after the first w bytes of c[0..n) (after one space)
 * is one of the words of list (NULL-ended): the first word and it make
 * another word ("Cộng đồng", "Biểu dương"). */
static int compound(const char *c, size_t n, size_t w, const char *const *list)
{
    for (int m = 0; list[m]; m++) {
        size_t cw = strlen(list[m]);
        if (n >= w + 1 + cw && c[w] == ' ' && memcmp(c + w + 1, list[m], cw) == 0 &&
            (n == w + 1 + cw || !((unsigned char)c[w + 1 + cw] >= 'a' || (unsigned char)c[w + 1 + cw] >= 0x80)))
            return 1;
    }
    return 0;
}

int txt_total_cell(const char *c, size_t n)
{
    static const char *const words[] = {"Tổng cộng", "TỔNG CỘNG", "Tổng số", "Cộng", "CỘNG", NULL};
    static const char *const compounds[] = {"đồng", "ĐỒNG", "tác", "TÁC", "hòa", "HÒA", "hoà", "HOÀ",
                                            "sản", "SẢN", "sự", "SỰ", "hưởng", "HƯỞNG", NULL};
    for (int k = 0; words[k]; k++) {
        size_t w = strlen(words[k]);
        if (n < w || memcmp(c, words[k], w) != 0)
            continue;
        return k < 3 || !compound(c, n, w, compounds);
    }
    return 0;
}

/* The longest line that names an attachment page by its word alone
 * ("Biểu tổng hợp"); one with its number after the word is read by the
 * import's rule (attachment_label) up to LABEL_LINE_MAX. */
enum { LABEL_WORD_MAX = 40, LABEL_LINE_MAX = 200 };

/* Whether the short line s[0..n), "Biểu"/"Phụ lục" first, goes on
 * after its number in small letters: a sentence ("Biểu 01 kèm theo Kế
 * hoạch", a cell's or a paragraph's line), no page's label. */
static int numbered_sentence(const char *s, size_t n)
{
    size_t i = (size_t)(strchr(s, ' ') - s) + 1; /* after "Biểu " or "Phụ " */
    if (s[0] == 'P' || s[0] == 'p')
        i += strcspn(s + i, " ") + 1; /* after "lục " */
    size_t so = strlen("số ");
    if (i + so <= n && (memcmp(s + i, "số ", so) == 0 || memcmp(s + i, "SỐ ", so) == 0))
        i += so;
    size_t d = i;
    while (i < n && s[i] && strchr("0123456789IVX", s[i]))
        i++;
    if (i == d || (i < n && s[i] != ' '))
        return 0; /* no number ("Biểu tổng hợp"), or one with a letter or a mark after it */
    while (i < n && s[i] == ' ')
        i++;
    return i < n && imp_txt_starts_lower(s + i, n - i);
}

/* Whether the line s[0..n) names an attachment page: "Biểu 01", "Phụ
 * lục II" or any line of at most LABEL_WORD_MAX bytes beginning with the
 * word, or a longer one the import takes for an attachment's start
 * ("Biểu 01: Danh sách xã, thôn phấn đấu đạt chuẩn", attachment_label).
 * A label of 40 bytes or more was no page's (the limit, said "at most 40",
 * was n < 40): the Biểu's table under it became body paragraphs, its
 * rows joined into one, exit 0 (s33mut, txt_layout-071 of s32mut). Not
 * "Biểu" and a word it makes another word with, which begins sentences
 * ("Biểu dương, khen thưởng các tập thể", "Biểu quyết"): a cell's line
 * "Biểu dương tập thể" ended its table, the next rows a table of their
 * own with no header, exit 0 (s34review's LOW). Nor a short line whose
 * number goes on in small letters ("Biểu 01 kèm theo Kế hoạch", a
 * cell's line: its table cut in two, the next row a table of no header,
 * exit 0; s35low's leftover, s36imp), as attachment_label reads a
 * longer one. */
int txt_page_label(const char *s, size_t n)
{
    static const char *const verbs[] = {"dương", "DƯƠNG", "quyết", "QUYẾT", "hiện", "HIỆN", "diễn",
                                        "DIỄN", "tình", "TÌNH", "lộ", "LỘ", "thị", "THỊ", "đạt", "ĐẠT",
                                        "tượng", "TƯỢNG", "cảm", "CẢM", "ngữ", "NGỮ", "trưng", "TRƯNG",
                                        "đồ", "ĐỒ", NULL};
    while (n && (s[0] == ' ' || s[0] == '\f')) /* a page's form feed */
        s++, n--;
    while (n && s[n - 1] == ' ')
        n--;
    if (n <= LABEL_WORD_MAX && (starts_with(s, "Phụ lục ") || starts_with(s, "PHỤ LỤC ") ||
                                ((starts_with(s, "Biểu ") || starts_with(s, "BIỂU ")) &&
                                 !compound(s, n, strlen("Biểu"), verbs))))
        return !numbered_sentence(s, n);
    if (n > LABEL_LINE_MAX || (s[0] != 'B' && s[0] != 'P'))
        return 0;
    char line[LABEL_LINE_MAX + 1];
    memcpy(line, s, n);
    line[n] = '\0';
    return attachment_label(line);
}

/* Whether a cell's line c[0..n) asks for more: it ends in a '-', ',',
 * '/', '&' or '(' or an en dash, or its last word joins what follows it
 * ("và", "hoặc", "của", a preposition: "cho", "với", "tại", ...). A cell's
 * last line never ends so; the line under it, in a capital or not, goes
 * on the same cell ("Phòng Tài chính -" over "Kế hoạch"). */
int txt_cell_goes_on(const char *c, size_t n)
{
    static const char *const links[] = {"và", "hoặc", "của", "với", "cho", "tại", "trong", "theo", "từ",
                                        "đến", "về", "trên", "thuộc", "các", "những", "để", "bằng", "ở",
                                        "qua", "giữa", "cùng", "vào", "do", "là", "gồm", NULL};
    while (n && (c[n - 1] == ' ' || c[n - 1] == '\f'))
        n--;
    if (!n)
        return 0;
    if ((c[n - 1] && strchr(",-/&(", c[n - 1])) || (n >= 3 && memcmp(c + n - 3, "\xE2\x80\x93", 3) == 0))
        return 1;
    size_t w = n;
    while (w && c[w - 1] != ' ')
        w--;
    for (int k = 0; links[k]; k++)
        if (n - w == strlen(links[k]) && memcmp(c + w, links[k], n - w) == 0)
            return 1;
    return 0;
}

/* The k cells of a line of a row's words, each cut where a column begins
 * (nearer than near places: 3, within two) after one space only (two cells -layout printed one space apart, "toàn
 * xã và các Ban công tác mặt trận": "các" ends column 1's words, "Ban"
 * begins column 2's); their count, at most TXT_MAX_CELLS. Without it the
 * line ended the table as a note across the columns, the rows under it
 * that note's words, exit 0 (s34review). */
int txt_cut_at_columns(const size_t *cols, int n_cols, Cell *cells, int k, size_t near)
{
    for (int c = 0; c < k && k < TXT_MAX_CELLS; c++) {
        size_t chars = 0, at = cells[c].at, cut = 0, cut_at = 0, best = near;
        for (size_t i = 0; i < cells[c].n; i++) {
            if (((unsigned char)cells[c].s[i] & 0xC0) == 0x80)
                continue;
            /* the word after it begins within two places of a column:
             * the nearest such word ("Phòng Tài chính - trước tháng": not
             * at "-", two places left, but at "trước", on the column;
             * le-thuy's Bảng 2), and left of the column only words that
             * go on: a long cell's last word one place left of the next
             * column ("... phối hợp với 02 nhà") is its own (binh-trung's
             * rows 14 and 18, s34round) */
            size_t next = at + chars + 1;
            for (int x = 0; x < n_cols && cells[c].s[i] == ' ' && i + 1 < cells[c].n && chars > 0; x++) {
                size_t d = next > cols[x] ? next - cols[x] : cols[x] - next;
                if (cols[x] > at + 3 && d < best &&
                    (next >= cols[x] || memchr(cells[c].s + i + 1, ' ', cells[c].n - i - 1)))
                    best = d, cut = i, cut_at = next;
            }
            chars++;
        }
        if (best < near) {
            memmove(&cells[c + 2], &cells[c + 1], (size_t)(k - c - 1) * sizeof *cells);
            cells[c + 1] = (Cell){cut_at, cells[c].n - cut - 1, cells[c].s + cut + 1};
            cells[c].n = cut;
            k++;
        }
    }
    return k;
}

/* Whether the words s[0..n) read as a Biểu's time: a deadline's first
 * word ("Quý II/2025", "Tháng 6/2025", "Trước 30/6/2025", "Năm 2025",
 * "Thường xuyên", "Hằng năm", "Cả năm") or a date's digits, and at most
 * eight words; one with no digit only when it is an ongoing deadline's. */
static int time_words(const char *s, size_t n)
{
    static const char *const first[] = {"Quý", "quý", "Tháng", "tháng", "Năm", "năm", "Trước", "trước",
                                        "Trong", "trong", "Từ", "từ", "Đến", "đến", "Ngày", "ngày",
                                        "Tuần", "tuần", "Hằng", "hằng", "Hàng", "hàng", "Thường",
                                        "thường", "Cả", "cả", "Định", "định", "Giai", "giai", NULL};
    static const char *const ongoing[] = {"Thường xuyên", "thường xuyên", "Hằng", "hằng", "Hàng",
                                          "hàng", "Cả năm", "cả năm", "Định kỳ", "định kỳ", NULL};
    size_t w = 0, words = 1;
    while (w < n && s[w] != ' ')
        w++;
    int digit = 0, known = s[0] >= '0' && s[0] <= '9';
    for (int m = 0; first[m] && !known; m++)
        known = w == strlen(first[m]) && memcmp(s, first[m], w) == 0;
    /* read no further than the ninth word: a caller asks at each space of
     * a long cell, and reading each rest whole took the square of the
     * cell (20,000 words glued across a row: 4.1 s; s46review) */
    for (size_t i = w; known && i < n && words <= 8; i++)
        words += s[i] == ' ';
    if (!known || words > 8)
        return 0;
    for (size_t i = 0; i < n && !digit; i++)
        digit = s[i] >= '0' && s[i] <= '9';
    int ongo = 0;
    for (int m = 0; ongoing[m] && !ongo; m++)
        ongo = n >= strlen(ongoing[m]) && memcmp(s, ongoing[m], strlen(ongoing[m])) == 0;
    return digit || ongo;
}

int txt_row_across(const size_t *cols, int n_cols, const Cell *cells, int k)
{
    if (k != 2 || !cells[0].n || strspn(cells[0].s, "0123456789.") != cells[0].n ||
        !txt_stt_cell(cells[0].s, cells[0].n))
        return 0;
    size_t end = cells[1].at + utf8_count(cells[1].s, cells[1].n);
    for (int x = 0; x < n_cols; x++)
        if (cols[x] > cells[1].at + 3 && cols[x] + 3 < end)
            return x;
    return 0;
}

/* The cells of a row's STT line whose one text after its STT runs across
 * the columns after it (txt_row_across), cut when the row's words say
 * where: a column's words begin at its place (within one), and the last
 * column's, when it runs into it, are a time's (time_words), pushed right
 * or not (the last column it crosses, not the table's: a time begun up
 * to three places left of its place, s53import) - the
 * unit and the time glued to the task by single spaces ("... cho Ban Chỉ
 * huy Quân sự xã Quý II/2025": one cell, the others empty, exit 0;
 * s38imp's leftover). Cut at every column it crosses, or not at all (a
 * group's title; KH767 names the row). Its count. */
static int cut_glued(const size_t *cols, int n_cols, Cell *cells, int k)
{
    int x0 = txt_row_across(cols, n_cols, cells, k);
    if (!x0)
        return k;
    const Cell c = cells[1];
    size_t end = c.at + utf8_count(c.s, c.n), cut[TXT_MAX_CELLS], cut_at[TXT_MAX_CELLS];
    int last = x0;
    while (last + 1 < n_cols && cols[last + 1] + 3 < end)
        last++;
    if (last - x0 + 3 > TXT_MAX_CELLS)
        return k;
    size_t tail = 0, tail_at = 0, chars = 0;
    for (int x = x0; x <= last; x++)
        cut[x - x0] = 0;
    for (size_t b = 0; b < c.n; b++) {
        if (((unsigned char)c.s[b] & 0xC0) == 0x80)
            continue;
        size_t next = c.at + chars + 1; /* the place of the word after a space at b */
        chars++;
        if (c.s[b] != ' ' || b + 1 >= c.n)
            continue;
        for (int x = x0; x <= last; x++)
            if (!cut[x - x0] && next + 1 >= cols[x] && next <= cols[x] + 1)
                cut[x - x0] = b, cut_at[x - x0] = next;
        /* the time pushed right into the table's last column, or begun up
         * to three places left of another's (its words centred under the
         * column's place, the text before it one space apart: "Phòng Nội
         * vụ Tháng 5/2025", the time 2 left of its column, read as one
         * unit, the time lost; lead52's Chromium text of le-thuy) */
        if (!tail && (last == n_cols - 1 ? next + 1 >= cols[last]
                                         : next + 3 >= cols[last] && next <= cols[last] + 1) &&
            next > c.at + 3 && time_words(c.s + b + 1, c.n - b - 1))
            tail = b, tail_at = next;
    }
    if (last == n_cols - 1 && !tail)
        return k; /* the last column's words say nothing of a time: as it is */
    if (tail && (last == n_cols - 1 || !cut[last - x0]))
        cut[last - x0] = tail, cut_at[last - x0] = tail_at;
    for (int x = x0; x <= last; x++)
        if (!cut[x - x0] || (x > x0 && cut[x - x0] <= cut[x - x0 - 1]))
            return k; /* a column the words do not say: as it is */
    size_t from = 0;
    for (int x = x0; x <= last + 1; x++) {
        size_t to = x <= last ? cut[x - x0] : c.n;
        cells[x - x0 + 1] = (Cell){x == x0 ? c.at : cut_at[x - x0 - 1], to - from, c.s + from};
        from = to + 1;
    }
    return last - x0 + 3;
}

/* The k cells of a row's STT line, each cut before its first word at or
 * right of a later column's place when it runs more than three places
 * past it (again for the rest, at most TXT_MAX_CELLS): two cells
 * printed one space apart, the second pushed right by the first's
 * longest line ("... 17.7, 17.8, Thường xuyên trong năm 2024": the
 * time was read into the person's cell, its own left empty, exit 0;
 * binh-trung's rows 17 and 18 through Chromium's and LibreOffice's
 * PDFs and pdftotext -layout, s35round). A cell's own words reach a
 * column's place by a character or two at most (-layout's rounding).
 * Not a group row's title ("IV  Văn hóa - Xã hội - ..."), which spans
 * the columns. Its count. */
int txt_cut_pushed(const size_t *cols, int n_cols, Cell *cells, int k)
{
    /* a group row's title spans the row: its STT a Roman numeral, or the
     * row's only text, cut only where its words say (cut_glued); a row's
     * first text pushing the second is cut too ("... thiên tai cho Công
     * an xã", s37imp) */
    int from = k > 2 && strspn(cells[0].s, "0123456789") ? 1 : 2;
    if (k == 2)
        return cut_glued(cols, n_cols, cells, k);
    for (int i = from; i < k && k < TXT_MAX_CELLS; i++) {
        Cell *c = &cells[i];
        size_t end = c->at + utf8_count(c->s, c->n), cut = 0, cut_at = 0;
        int x = 0;
        while (x < n_cols && !(cols[x] > c->at + 3 && cols[x] + 3 < end))
            x++;
        size_t chars = 0;
        for (size_t b = 0; x < n_cols && b < c->n && !cut; b++) {
            if (((unsigned char)c->s[b] & 0xC0) == 0x80)
                continue;
            if (c->s[b] == ' ' && c->at + chars + 1 >= cols[x])
                cut = b, cut_at = c->at + chars + 1;
            chars++;
        }
        /* the last column's words a time's, begun up to TXT_DRIFT left
         * of its place, when the words cut at its place are none: the
         * start nearest the place. "Công chức Thường xuyên trong năm
         * 2024", the time at 108, its column at 115 on the page's other
         * lines (a line's places drift: binh-trung's row 18 through
         * LibreOffice's PDF, "Thường" left in the person's cell); set in
         * the column (txt_column_of: within three of it) */
        chars = 0;
        size_t upto = cut && time_words(c->s + cut + 1, c->n - cut - 1) ? 0 : cut ? cut : c->n;
        for (size_t b = 0; x == n_cols - 1 && b < upto; b++) {
            if (((unsigned char)c->s[b] & 0xC0) == 0x80)
                continue;
            size_t next = c->at + chars + 1;
            chars++;
            if (c->s[b] == ' ' && next + TXT_DRIFT >= cols[x] && next > c->at + 3 &&
                time_words(c->s + b + 1, c->n - b - 1))
                cut = b, cut_at = next + 3 < cols[x] ? cols[x] - 3 : next;
        }
        if (!cut)
            continue;
        memmove(&cells[i + 2], &cells[i + 1], (size_t)(k - i - 1) * sizeof *cells);
        cells[i + 1] = (Cell){cut_at, c->n - cut - 1, c->s + cut + 1};
        c->n = cut;
        k++;
    }
    return k;
}

/* Whether a cell's line c, going on its cell's last line prev[0..n)
 * (chars its column's longest line), begins a line of its own there (a
 * line break in the cell, the .md's <br>): the last line ends a sentence
 * or a clause ('.', ';', ':', '!', '?'), c begins in a capital, and c's
 * first word would have fitted on that line, two places to spare: its
 * column did not wrap it. Without it the cell's lines ran into one
 * ("... 17.10. Công chức ...": binh-trung's rows 17 and 19 through PDFs;
 * s35round); after ';' or ':' ("... các chỉ tiêu sau:" over "Chỉ tiêu
 * 15.1 ...") they still did (s36imp). */
int txt_cell_break(const char *prev, size_t n, const Cell *c, size_t chars)
{
    if (!n || !strchr(".;:!?", prev[n - 1]) || !prev[n - 1] || vi_letter_case(c->s, NULL) <= 0)
        return 0;
    const char *sp = memchr(c->s, ' ', c->n);
    size_t word = utf8_count(c->s, sp ? (size_t)(sp - c->s) : c->n);
    return utf8_count(prev, n) + 1 + word + 2 <= chars;
}

/* Whether column place col is where cell c begins (within three) */
static int begins_at(const Cell *c, size_t col)
{
    return c->at + 3 >= col && c->at <= col + 3;
}

int txt_page_columns(const Line *L, size_t from, size_t to, const Line *head, const size_t *cols, int n_cols)
{
    Cell cells[TXT_MAX_CELLS];
    unsigned held = 1; /* the columns a cell begins at, not two places after the one before */
    for (size_t l = from; l < to; l++) {
        if (&L[l] == head)
            continue;
        int k = txt_split_cells(L[l].s, L[l].n, cells);
        if (k == 1 && strspn(cells[0].s, "0123456789") == cells[0].n)
            continue; /* a page's number */
        for (int c = 0; c < k; c++) {
            size_t gap = c ? cells[c].at - cells[c - 1].at - utf8_count(cells[c - 1].s, cells[c - 1].n) : 3;
            for (int j = 1; j < n_cols && j < 32 && gap > 2; j++)
                held |= begins_at(&cells[c], cols[j]) ? 1u << j : 0;
        }
    }
    for (int j = 1; j < n_cols && j < 32; j++)
        if (!(held >> j & 1))
            return 0;
    int k = head ? txt_split_cells(head->s, head->n, cells) : 0;
    for (int c = 0; c < k; c++) { /* the header again: no cell across a column's place */
        size_t end = cells[c].at + utf8_count(cells[c].s, cells[c].n);
        for (int j = 1; j < n_cols; j++)
            if (cols[j] > cells[c].at + 2 && cols[j] + 2 < end)
                return 0;
    }
    return 1;
}

/* The index of the column cell c falls in: the last whose place is at most
 * three after its start, or the one before it when nearer. -1 before the
 * first. */
int txt_column_of(const size_t *cols, int n_cols, const Cell *c)
{
    int j = -1;
    for (int k = 0; k < n_cols; k++)
        if (cols[k] <= c->at + 3)
            j = k;
    /* a cell shifted left of its column's place ("17" at 3, the
     * columns at 1 and 6, a page's rows set two places right): the
     * nearer column */
    if (j > 0 && cols[j] > c->at && c->at - cols[j - 1] < cols[j] - c->at)
        j--;
    return j;
}

size_t txt_last_head(const Line *L, size_t first, size_t hd, const size_t *cols, int n_cols,
                     size_t data_end, size_t *end)
{
    Cell cells[TXT_MAX_CELLS];
    size_t at = (size_t)-1;
    *end = 0;
    for (size_t l = first; l < first + hd && n_cols > 0; l++) {
        int k = txt_split_cells(L[l].s, L[l].n, cells);
        for (int c = 0; c < k; c++) {
            if (cells[c].at <= data_end + 1 && txt_column_of(cols, n_cols, &cells[c]) == n_cols - 1)
                return (size_t)-1; /* the column's own header */
            if (cells[c].at > data_end + 1 && cells[c].at < at) {
                at = cells[c].at;
                *end = at + utf8_count(cells[c].s, cells[c].n);
            }
        }
    }
    return at;
}

/* The column groups of a header of hd lines from L[first] (a table of
 * n_cols columns at cols): g[h][c] the first column of the group that
 * cell c of header line h is, *span its count, 0 when it is no group. A
 * cell of an upper line centred over two header cells or more of the
 * lines below it, side by side, is their group ("Mục tiêu" over "Mức phấn
 * đấu đạt chuẩn" and "Năm đạt chuẩn"); then each other cell of its line
 * over a lower line's cell is the group of that one's column ("Hiện trạng"
 * over "Mức đã đạt chuẩn"). The header's words were joined into one
 * ("Mục tiêu Mức phấn đấu đạt chuẩn": s31foreign). At most TXT_HEAD_LINES lines
 * of TXT_MAX_CELLS cells: a few thousand steps a table. */
void txt_header_groups(const Line *L, size_t first, size_t hd, const size_t *cols, int n_cols,
                       signed char g[TXT_MAX_HEAD][TXT_MAX_CELLS], signed char span[TXT_MAX_HEAD][TXT_MAX_CELLS])
{
    memset(g, -1, sizeof(signed char) * TXT_MAX_HEAD * TXT_MAX_CELLS);
    memset(span, 0, sizeof(signed char) * TXT_MAX_HEAD * TXT_MAX_CELLS);
    Cell up[TXT_MAX_CELLS], low[TXT_MAX_CELLS];
    for (size_t h = 0; h + 1 < hd && h < TXT_HEAD_LINES; h++) {
        int ku = txt_split_cells(L[first + h].s, L[first + h].n, up), grouped = 0;
        for (size_t b = h + 1; b < hd && b < TXT_HEAD_LINES && ku > 0; b++) {
            int nl = txt_split_cells(L[first + b].s, L[first + b].n, low);
            for (int c = 0; c < ku; c++) {
                size_t w = utf8_count(up[c].s, up[c].n), mid2 = 2 * up[c].at + w;
                /* the fewest cells side by side of one lower line its
                 * middle is the middle of, its words within theirs */
                for (int len = 2; len <= nl && g[h][c] < 0; len++)
                    for (int i = 0; i + len <= nl && g[h][c] < 0; i++) {
                        const Cell *z = &low[i + len - 1];
                        size_t end = z->at + utf8_count(z->s, z->n), both = low[i].at + end;
                        size_t tol = (end - low[i].at) / 10 > 3 ? (end - low[i].at) / 10 : 3;
                        if (low[i].at > up[c].at + 1 || end + 1 < up[c].at + w ||
                            (mid2 > both ? mid2 - both : both - mid2) > 2 * tol)
                            continue;
                        Cell ma = low[i], mz = *z;
                        ma.at += utf8_count(ma.s, ma.n) / 2;
                        mz.at += utf8_count(mz.s, mz.n) / 2;
                        int ja = txt_column_of(cols, n_cols, &ma), jz = txt_column_of(cols, n_cols, &mz);
                        if (ja >= 0 && jz > ja) {
                            g[h][c] = (signed char)ja, span[h][c] = (signed char)(jz - ja + 1);
                            grouped = 1;
                        }
                    }
            }
        }
        for (size_t b = h + 1; b < hd && b < TXT_HEAD_LINES && grouped; b++) {
            /* a group of one beside it: over a cell of the line below */
            int nl = txt_split_cells(L[first + b].s, L[first + b].n, low);
            for (int c = 0; c < ku; c++) {
                if (g[h][c] >= 0)
                    continue;
                Cell mid = up[c];
                mid.at += utf8_count(up[c].s, up[c].n) / 2;
                int j = txt_column_of(cols, n_cols, &mid);
                for (int i = 0; i < nl && j >= 0; i++) {
                    Cell m2 = low[i];
                    m2.at += utf8_count(low[i].s, low[i].n) / 2;
                    if (txt_column_of(cols, n_cols, &m2) == j) {
                        g[h][c] = (signed char)j, span[h][c] = 1;
                        break;
                    }
                }
            }
        }
    }
}

/* The bits of mask with bit j + 1 folded into bit j, those above it one
 * lower (column j + 1 made one with column j) */
static unsigned fold_bit(unsigned mask, int j)
{
    unsigned low = (1u << (j + 1)) - 1;
    return (mask & low) | ((mask >> (j + 1) & 1u) << j) | ((mask >> (j + 2)) << (j + 1));
}

int txt_merge_drifted(size_t *cols, int n_cols, unsigned *co, int want)
{
    while (n_cols > want) {
        int best = -1;
        for (int j = 0; j + 1 < n_cols; j++)
            if (cols[j + 1] - cols[j] <= TXT_DRIFT && !(co[j] >> (j + 1) & 1u) &&
                (best < 0 || cols[j + 1] - cols[j] < cols[best + 1] - cols[best]))
                best = j;
        if (best < 0)
            break;
        co[best] |= co[best + 1];
        for (int j = best + 1; j + 1 < n_cols; j++)
            cols[j] = cols[j + 1], co[j] = co[j + 1];
        n_cols--;
        for (int j = 0; j < n_cols; j++)
            co[j] = fold_bit(co[j], best);
    }
    return n_cols;
}

/* A header cell's own middle, its line's: "Số tiêu" over "chí phấn" over
 * the STT line (over "đấu hoàn thành"), left in a column whose numbers
 * stand right of it, had its middle in the column to its left, whose
 * header took it ("Số tiêu Tên xã", exit 0: s34mut's LOW, s35low). */
void txt_head_middles(const Line *L, size_t first, size_t hd, signed char g[TXT_MAX_HEAD][TXT_MAX_CELLS],
                      size_t mid[TXT_MAX_HEAD][TXT_MAX_CELLS])
{
    Cell cells[TXT_MAX_HEAD][TXT_MAX_CELLS];
    int k[TXT_MAX_HEAD];
    size_t h = hd < TXT_MAX_HEAD ? hd : TXT_MAX_HEAD;
    for (size_t l = 0; l < h; l++)
        k[l] = txt_split_cells(L[first + l].s, L[first + l].n, cells[l]);
    for (size_t l = 0; l < h; l++)
        for (int c = 0; c < k[l]; c++) {
            const Cell *a = &cells[l][c];
            size_t w = utf8_count(a->s, a->n);
            mid[l][c] = a->at + w / 2;
            for (size_t o = 0; o < h && g[l][c] < 0; o++)
                for (int d = 0; d < k[o]; d++) {
                    const Cell *b = &cells[o][d];
                    size_t wb = utf8_count(b->s, b->n);
                    if (o != l && g[o][d] < 0 && b->at + 1 >= a->at && b->at <= a->at + 1 && wb > w)
                        w = wb, mid[l][c] = b->at + wb / 2;
                }
        }
}

/* Whether a line's k cells begin with "STT" or "TT" and one cell more:
 * a header's STT line (head_cell: with two more, a header of one line) */
int txt_stt_head(const Cell *cells, int k)
{
    return k >= 2 && ((cells[0].n == 3 && memcmp(cells[0].s, "STT", 3) == 0) ||
                      (cells[0].n == 2 && memcmp(cells[0].s, "TT", 2) == 0));
}

/* Whether the k cells of a line begin a table's header: "STT" or "TT",
 * then two cells or more. Such a line opens a table in the body too,
 * read as a Biểu's is; its rows were one paragraph of all their cells,
 * exit 0 (s33round: le-thuy's Bảng 1 through Chromium and pdftotext
 * -layout). Not after a Biểu page: a Biểu's table that did not line up
 * stays its note, a page's rows under its repeated header are no table
 * of their own. */
int txt_head_cell(const Cell *cells, int k)
{
    return k >= 3 && txt_stt_head(cells, k);
}

int imp_txt_head_line(const char *s, size_t n)
{
    Cell cells[TXT_MAX_CELLS];
    return txt_head_cell(cells, txt_split_cells(s, n, cells));
}

/* Whether line l's first cell is a piece of a narrow "STT"/"TT"/"Số TT"
 * column's word printed a letter or two a line ("S", "ố", "T", "ST"),
 * ending two places or more before place at; the line's other cells
 * (the header's other columns' lines) stand right of it. */
static int stt_piece(const Line *L, size_t l, size_t at, Cell *piece)
{
    Cell cells[TXT_MAX_CELLS];
    int k = txt_split_cells(L[l].s, L[l].n, cells);
    if (k < 1 || utf8_count(cells[0].s, cells[0].n) > 2 || cells[0].at + utf8_count(cells[0].s, cells[0].n) + 2 > at)
        return 0;
    for (size_t i = 0; i < cells[0].n;) {
        if (cells[0].s[i] == 'S' || cells[0].s[i] == 'T')
            i++;
        else if (cells[0].n - i >= 3 && memcmp(cells[0].s + i, "ố", 3) == 0)
            i += 3;
        else
            return 0;
    }
    if (k >= 2 && cells[1].at < at)
        return 0; /* a cell in the header's first column: no piece's line */
    *piece = cells[0];
    return 1;
}

/* Line l's bytes without its first cell c (spaces in its place), malloc'd
 * into owned; the empty line when nothing else is left. */
static Line without_piece(const Line *a, const Cell *c, char **owned, size_t *n_owned)
{
    size_t off = (size_t)(c->s - a->s), w = utf8_count(c->s, c->n), rest = a->n - off - c->n, sp = 0;
    while (sp < rest && c->s[c->n + sp] == ' ')
        sp++;
    if (sp == rest)
        return (Line){.s = "", .n = 0};
    char *m = xmalloc(off + w + rest + 1);
    memcpy(m, a->s, off);
    memset(m + off, ' ', w);
    memcpy(m + off + w, c->s + c->n, rest);
    m[off + w + rest] = '\0';
    owned[(*n_owned)++] = m;
    return (Line){.s = m, .n = off + w + rest};
}

/* Line a with the word w (n bytes, c characters) at place, where a has
 * spaces (or ends), malloc'd into owned. */
static Line with_word(const Line *a, size_t place, const char *w, size_t n, size_t c, char **owned, size_t *n_owned)
{
    size_t keep = a->n > place + c ? a->n - place - c : 0;
    char *m = xmalloc(place + n + keep + 1);
    memset(m, ' ', place);
    memcpy(m, a->s, a->n < place ? a->n : place);
    memcpy(m + place, w, n);
    memcpy(m + place + n, a->s + place + c, keep);
    m[place + n + keep] = '\0';
    owned[(*n_owned)++] = m;
    return (Line){.s = m, .n = place + n + keep};
}

/* A header line of two cells or more whose "STT"/"TT"/"Số TT" column is
 * too narrow for its word: the PDF prints it a letter or two a line, "T"
 * over "T" one above the header line and one below it (Chromium's
 * le-thuy Bảng 2, s33round's LEFT row), or "S", "ố", "T", "T" over four
 * lines that hold the header's other cells too (a tight table whose
 * "Số TT" is 11-13 pt wide: build warns KH635; s55import). No line began
 * with "TT", so no table was found: its lines became paragraphs, the
 * letters sections "S" and "T", exit 0, no message (s54import's
 * leftover). Such a header is mended in L: the pieces (three lines
 * either side at most) taken out of their lines, the lines of the range
 * that still hold words moved down together (the emptied ones above
 * them: the text keeps its line count), "TT"/"STT" put in front of the
 * header line's cells and "Số" in front of the line above it, as the
 * PDF prints a wider column ("Số" over "TT": txt_head.c). The mended
 * lines are malloc'd into *owned (n of them at most, *n_owned: each line
 * once). Linear: each line looked at with its six neighbours. */
void txt_mend_split_stt(Line *L, size_t n, char **owned, size_t *n_owned)
{
    enum { SIDE = 3 };
    Cell cells[TXT_MAX_CELLS], piece;
    for (size_t h = 1; h + 1 < n; h++) {
        int k = txt_split_cells(L[h].s, L[h].n, cells);
        if (k < 2 || txt_head_cell(cells, k) || txt_stt_cell(cells[0].s, cells[0].n))
            continue;
        char word[16];
        size_t w = 0, top = h, bottom = h, at = cells[0].at;
        size_t place = (size_t)-1; /* the leftmost piece's */
        while (top > 0 && h - top < SIDE && stt_piece(L, top - 1, at, &piece))
            top--;
        while (bottom + 1 < n && bottom - h < SIDE && stt_piece(L, bottom + 1, at, &piece))
            bottom++;
        for (size_t u = top; u <= bottom; u++) {
            if (u == h)
                continue;
            stt_piece(L, u, at, &piece);
            if (w + piece.n >= sizeof word)
                break;
            memcpy(word + w, piece.s, piece.n), w += piece.n;
            place = piece.at < place ? piece.at : place;
        }
        word[w] = '\0';
        /* "Số" and "TT"/"STT", or "TT"/"STT" alone */
        size_t so = strncmp(word, "Số", 4) == 0 ? 4 : 0;
        if (top == h || bottom == h || (strcmp(word + so, "TT") != 0 && strcmp(word + so, "STT") != 0) ||
            place + (w - so) + 2 > at)
            continue;
        Line mended[2 * SIDE + 1];
        size_t m = 0, hm = 0;
        for (size_t u = top; u <= bottom; u++) {
            Line a = L[u];
            if (u != h) {
                stt_piece(L, u, at, &piece);
                a = without_piece(&L[u], &piece, owned, n_owned);
            }
            if (u == h)
                hm = m;
            if (a.n)
                mended[m++] = a;
        }
        size_t down = bottom + 1 - m; /* the range's lines that still hold words, moved down */
        if (so && down + hm == top)
            continue; /* no line above the header's for "Số" */
        for (size_t u = top; u < down; u++)
            L[u] = (Line){.s = "", .n = 0};
        for (size_t i = 0; i < m; i++)
            L[down + i] = mended[i];
        h = down + hm;
        L[h] = with_word(&L[h], place, word + so, w - so, w - so, owned, n_owned);
        if (so) {
            Cell up[TXT_MAX_CELLS];
            int ku = txt_split_cells(L[h - 1].s, L[h - 1].n, up);
            if (ku <= 0 || up[0].at >= place + 2 + 2)
                L[h - 1] = with_word(&L[h - 1], place, word, so, 2, owned, n_owned);
        }
        h = bottom;
    }
}

/* The number of an STT cell "3" (1-3 digits) at the start of c[0..n),
 * its length in *len; -1 when c does not begin with one. */
static long stt_number(const char *c, size_t n, size_t *len)
{
    size_t d = 0;
    long v = 0;
    while (d < n && d < 4 && c[d] >= '0' && c[d] <= '9')
        v = v * 10 + (c[d++] - '0');
    if (d == 0 || d > 3)
        return -1;
    *len = d;
    return v;
}

void txt_mend_glued_stt(Line *L, size_t n, char **owned, size_t *n_owned)
{
    enum { BACK = 8 };
    Cell cells[TXT_MAX_CELLS], above[TXT_MAX_CELLS];
    for (size_t l = 1; l < n; l++) {
        int k = txt_split_cells(L[l].s, L[l].n, cells);
        size_t d;
        long no = k >= 1 ? stt_number(cells[0].s, cells[0].n, &d) : -1;
        if (no < 1 || d + 1 >= cells[0].n || cells[0].s[d] != ' ' || vi_letter_case(cells[0].s + d + 1, NULL) <= 0)
            continue;
        int found = 0;
        for (size_t u = l; u-- > 0 && l - u <= BACK && !found;) {
            int ka = txt_split_cells(L[u].s, L[u].n, above);
            size_t da;
            found = ka >= 2 && txt_stt_cell(above[0].s, above[0].n) && above[0].at + 1 >= cells[0].at &&
                    above[0].at <= cells[0].at + 1 && stt_number(above[0].s, above[0].n, &da) == no - 1 &&
                    da == above[0].n;
        }
        if (!found)
            continue;
        size_t off = (size_t)(cells[0].s - L[l].s) + d; /* the space after the number */
        char *m = xmalloc(L[l].n + 2);
        memcpy(m, L[l].s, off);
        m[off] = ' ';
        memcpy(m + off + 1, L[l].s + off, L[l].n - off);
        m[L[l].n + 1] = '\0';
        owned[(*n_owned)++] = m;
        L[l] = (Line){.s = m, .n = L[l].n + 1};
    }
}

/* Whether the k cells of a line under a table's last row (its cells rc,
 * kr), taken as text after the table, may be that row's words: its first
 * begins where a row's cell after its STT begins (within one place) and
 * runs across the next's place, as two cells one space apart do when the
 * second is pushed off its column's very place (touches_columns). A note
 * beginning there reads the same (s36imp's leftover): KH767 says so. */
int txt_pushed_under(const Cell *rc, int kr, const Cell *cells, int k, size_t stt_at)
{
    if (k <= 0)
        return 0;
    size_t end = cells[0].at + utf8_count(cells[0].s, cells[0].n);
    int at_one = 0, across = 0;
    for (int r = 0; r < kr; r++)
        if (rc[r].at > stt_at + 3) {
            at_one |= cells[0].at + 1 >= rc[r].at && cells[0].at <= rc[r].at + 1;
            across |= rc[r].at > cells[0].at + 3 && rc[r].at < end;
        }
    return at_one && across;
}

/* Whether line a has a cell beginning at `at` (within one place), and,
 * with covers, whether a cell of it covers `at` at all. */
static int cell_at(const Line *a, size_t at, int covers)
{
    Cell c[TXT_MAX_CELLS];
    int k = txt_split_cells(a->s, a->n, c);
    for (int i = 0; i < k; i++) {
        size_t end = c[i].at + utf8_count(c[i].s, c[i].n);
        if (covers ? c[i].at <= at + 1 && end + 1 >= at : c[i].at + 1 >= at && c[i].at <= at + 1)
            return 1;
    }
    return 0;
}

int txt_centred_below(const Line *L, size_t row, size_t next, size_t at)
{
    if (next <= row || next - row > TXT_MAX_HEAD || cell_at(&L[row], at, 1))
        return 0;
    for (size_t j = row + 1; j < next; j++)
        if (!cell_at(&L[j], at, 0))
            return 0;
    for (size_t j = 1; j <= next - row; j++)
        if (j > row || !cell_at(&L[row - j], at, 0))
            return 0;
    return 1;
}

/* Whether a bracket opened in one of the k pieces of a cut line closes in
 * another: one text, not two cells ("(Chi tiết theo Biểu" | "01 đính
 * kèm)."). The paragraph under le-thuy's Bảng 2 in LibreOffice's PDF, its
 * "01" at a column's very place once s51print's widths moved the columns,
 * went into the last row's task, exit 0 (session 52). */
int txt_bracket_cut(const Cell *cut, int k)
{
    for (int c = 0; c < k; c++) {
        int depth = 0;
        for (size_t i = 0; i < cut[c].n; i++) {
            depth += cut[c].s[i] == '(';
            depth -= cut[c].s[i] == ')';
        }
        if (depth != 0)
            return 1;
    }
    return 0;
}

/* Adds where the k cells begin (right of the STT column at stt_at) to the
 * n places of place (TXT_MAX_PLACES of room; one within three of a place is
 * that place); their count. */
int txt_add_places(size_t *place, int n, const Cell *cells, int k, size_t stt_at)
{
    for (int c = 0; c < k; c++) {
        int j = 0;
        if (cells[c].at <= stt_at + 3)
            continue;
        while (j < n && (place[j] + 3 < cells[c].at || cells[c].at + 3 < place[j]))
            j++;
        if (j == n && n < TXT_MAX_PLACES)
            place[n++] = cells[c].at;
    }
    return n;
}

/* Whether the one cell of a line runs over a place where the table's
 * cells begin (txt_add_places), more than three past its own start: not a
 * cell's line, which stays in its column, but the paragraph under the
 * table. Under le-thuy's Bảng 2 in LibreOffice's PDF, "(Chi tiết theo
 * Biểu 01 đính kèm)." ran over the lead's column, whose words stand on
 * lines other than the last row's STT line, and went into the row's
 * task, exit 0 (session 52: s51print's widths moved the columns). */
int txt_crosses_places(const size_t *place, int n, const Cell *c)
{
    size_t end = c->at + utf8_count(c->s, c->n), first = (size_t)-1;
    int crossed = 0;
    for (int j = 0; j < n; j++) {
        first = place[j] < first ? place[j] : first;
        crossed |= place[j] > c->at + 3 && place[j] < end;
    }
    return crossed && c->at < first;
}
