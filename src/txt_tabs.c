/* txt_tabs.c - a table copied out of Word into a plain text: its cells
 * separated by tabs, a line a row (moved out of txt_layout.c, which reads
 * the tables of a PDF's text by their columns, when that file outgrew
 * tests/structure's 1,200 lines in session 34). Such lines become the
 * Markdown pipe rows every reader gives a table in; the header's and the
 * signature's layout tables (two blocks side by side) are left as they
 * are. Text only; linear in the text's length.
 */
#include <string.h>

#include "import_impl.h"

/* The number of tab-separated cells of the line s[0..n) (1 without a tab). */
static int tab_cells(const char *s, size_t n)
{
    int cells = 1;
    for (size_t i = 0; i < n; i++)
        cells += s[i] == '\t';
    return cells;
}

/* 1 if the line holds what a layout table of the header or the signature
 * holds (two blocks side by side, pasted with a tab), not data. */
static int layout_line(const char *s, size_t n)
{
    static const char *const marks[] = {"CỘNG HÒA", "CỘNG HOÀ", "Số:", "Nơi nhận", "TM. ",
                                        "KT. ", NULL};
    for (int k = 0; marks[k]; k++) {
        size_t m = strlen(marks[k]);
        for (size_t i = 0; i + m <= n; i++)
            if (memcmp(s + i, marks[k], m) == 0)
                return 1;
    }
    return 0;
}

/* A table copied out of Word into plain text is lines of cells separated
 * by tabs. Two or more consecutive lines with the same number of cells
 * (three or more, as import_docx.c reads a Word table of data; two
 * columns are the header's and the signature's layout) become Markdown
 * pipe rows, "| TT | Nhiệm vụ | ... |", the form every reader gives a
 * table in; other lines are copied as they are. */
void imp_txt_tab_tables(const char *s, size_t len, Buf *out)
{
    size_t i = 0;
    while (i < len) {
        /* the run of lines with the same number of cells from line i */
        size_t end = i, n_lines = 0;
        int cols = 0;
        while (end < len) {
            const char *nl = memchr(s + end, '\n', len - end);
            size_t line_end = nl ? (size_t)(nl - s) : len;
            size_t n = line_end - end;
            while (n && s[end + n - 1] == '\r')
                n--;
            int k = tab_cells(s + end, n);
            if (k < 3 || (cols && k != cols) || layout_line(s + end, n))
                break;
            cols = k;
            n_lines++;
            end = nl ? line_end + 1 : len;
        }
        if (n_lines < 2) {
            const char *nl = memchr(s + i, '\n', len - i);
            size_t next = nl ? (size_t)(nl - s) + 1 : len;
            buf_putn(out, s + i, next - i);
            i = next;
            continue;
        }
        for (size_t l = 0; l < n_lines; l++) {
            const char *nl = memchr(s + i, '\n', len - i);
            size_t line_end = nl ? (size_t)(nl - s) : len;
            buf_putc(out, '|');
            for (size_t k = i; k <= line_end;) {
                size_t cell_end = k;
                while (cell_end < line_end && s[cell_end] != '\t')
                    cell_end++;
                size_t b = k, e = cell_end;
                while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\r'))
                    b++;
                while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r'))
                    e--;
                buf_putc(out, ' ');
                for (size_t c = b; c < e; c++) {
                    if (s[c] == '|')
                        buf_putc(out, '\\');
                    buf_putc(out, s[c]);
                }
                buf_puts(out, " |");
                k = cell_end + 1;
            }
            buf_putc(out, '\n');
            i = nl ? line_end + 1 : len;
        }
    }
}
