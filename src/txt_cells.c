/* txt_cells.c - what a line of a PDF's text holds, read as a table's
 * line: its cells (runs of text that pdftotext -layout printed two spaces
 * or more apart, each at its place), and what a cell's words say: a
 * row's STT ("1", "II."), a totals row ("Tổng cộng", "Cộng"), a line
 * naming an attachment page ("Biểu 01", "Phụ lục II", not the sentence
 * "Biểu dương, khen thưởng ..."). Moved out of
 * txt_layout.c (which reads the tables by these) when that file reached
 * tests/structure's 1,200 lines (s35review). Pure functions of the text;
 * each linear in its line.
 */
#include <string.h>

#include "import_impl.h"
#include "txt_cells.h"

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
 * own with no header, exit 0 (s34review's LOW). */
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
        return 1;
    if (n > LABEL_LINE_MAX || (s[0] != 'B' && s[0] != 'P'))
        return 0;
    char line[LABEL_LINE_MAX + 1];
    memcpy(line, s, n);
    line[n] = '\0';
    return attachment_label(line);
}
