/* txt_guess.c - the guesses the reader of a PDF text's tables makes
 * (txt_layout.c), counted and named (KH767; KH758 for a line too wide).
 *
 * pdftotext -layout prints two cells of a row one space apart when the
 * first runs up to the next column: the reader cuts such a line where the
 * next column begins (txt_cut_pushed, txt_cut_at_columns), and takes a
 * line under a table's last row that runs across its columns for text
 * after the table. Both are guesses the text cannot settle; each is
 * counted here, the first named with its line, column and words, and
 * imp_txt_layout_warn gives KH767 so that the official checks the row
 * against the document. Moved out of txt_layout.c when that file reached
 * 1,193 of tests/structure's 1,200 lines (s39imp). Linear in the cells.
 * A line of more cells than a table's (TXT_MAX_CELLS) is no row: KH758
 * says its words stayed text.
 */
#include <string.h>

#include "i18n.h"
#include "import_impl.h"
#include "txt_cells.h"
#include "vi.h"

/* Counts in g line l (a row's line, its k cells as write_grid cut them)
 * when two of its cells stand one space apart, cut where a column begins
 * (txt_cut_pushed, txt_cut_at_columns): a guess, as a cell's own words
 * may run past its column's place ("17.11" read as the time, exit 0,
 * s36imp's leftover); KH767 names the first such line. */
void txt_count_cut(size_t l, const Cell *cells, int k, const size_t *cols, int n_cols, TxtCellDoubt *g)
{
    int x = txt_row_across(cols, n_cols, cells, k);
    if (x && !g->across++)
        g->across_line = (int)l + 1, g->across_col = (int)cols[x] + 1;
    for (int c = 1; c < k; c++) {
        /* one space after the cell before it in the line's text (its
         * place may be its column's: txt_cut_pushed's time) */
        size_t after = cells[c - 1].at + utf8_count(cells[c - 1].s, cells[c - 1].n) + 1;
        if (cells[c].s == cells[c - 1].s + cells[c - 1].n + 1) {
            if (!g->cut++) {
                size_t n = cells[c].n < sizeof g->cut_words ? cells[c].n : sizeof g->cut_words - 1;
                while (n < cells[c].n && n && ((unsigned char)cells[c].s[n] & 0xC0) == 0x80)
                    n--; /* a whole character */
                memcpy(g->cut_words, cells[c].s, n);
                g->cut_words[n] = '\0';
                const Cell *b = &cells[c - 1]; /* its last word: "Ban" of "cho Ban" */
                size_t w = b->n;
                while (w && b->s[w - 1] != ' ')
                    w--;
                n = b->n - w; /* a longer word shortened after a whole character, "…" */
                size_t keep = n < sizeof g->cut_left ? n : sizeof g->cut_left - 4;
                while (keep < n && keep && ((unsigned char)b->s[w + keep] & 0xC0) == 0x80)
                    keep--;
                memcpy(g->cut_left, b->s + w, keep);
                memcpy(g->cut_left + keep, keep < n ? "\xE2\x80\xA6" : "", keep < n ? 4 : 1);
                g->cut_line = (int)l + 1, g->cut_col = (int)after + 1;
            }
            return;
        }
    }
}

void imp_txt_layout_warn(DiagSink *diags, const char *path, const TxtCellDoubt *doubt)
{
    SrcPos at = {path, doubt->cut_line, doubt->cut_col};
    if (doubt->cut)
        diag_warning(diags, at, 0, KH767,
                     i18n_ntr("the text printed two cells of this table's line one space apart "
                              "(%d such line): import cut it where the next column begins and "
                              "took '%s' as that column's, '%s' staying in the cell before it, "
                              "but a cell's own words can run past its column in a PDF's text, "
                              "and a word one place short of the column stays in the cell before; "
                              "check the row's cells against the document",
                              "the text printed two cells of this table's line one space "
                              "apart (%d such lines, the first here): import cut it where the next column begins "
                              "and took '%s' as that column's, '%s' staying in the cell before it, but a cell's "
                              "own words can run past its column in a PDF's text, and a word one place short of "
                              "the column stays in the cell before; check the row's cells against the document",
                              (unsigned long)doubt->cut),
                     doubt->cut, doubt->cut_words, doubt->cut_left);
    at.line = doubt->across_line, at.col = doubt->across_col;
    if (doubt->across)
        diag_warning(diags, at, 0, KH767,
                     i18n_ntr("this row's only text after its number runs across the table's "
                              "next columns (%d such row): import read it as one cell, the "
                              "columns after it empty, as a group's title is read, since its "
                              "words do not say where a column begins; if the row's unit or time "
                              "follow its task one space apart, put them in their columns",
                              "this row's only text after its number runs across the "
                              "table's next columns (%d such rows, the first here): import read it as one "
                              "cell, the columns after it empty, as a group's title is read, since its words "
                              "do not say where a column begins; if the row's unit or time follow its task "
                              "one space apart, put them in their columns", (unsigned long)doubt->across),
                     doubt->across);
    at.line = doubt->over_line, at.col = 1;
    if (doubt->over)
        diag_warning(diags, at, 0, KH767,
                     i18n_ntr("a cell of this table's row runs across where the next column "
                              "begins, and that column holds words of the same row on other "
                              "lines (%d such cell, column %d): import kept the cell's words "
                              "together, but its last words may be the next column's, pushed "
                              "left by the PDF's text; check the row's cells against the document",
                              "a cell of this table's row runs across where the next "
                              "column begins, and that column holds words of the same row on other lines (%d "
                              "such cells, the first here, column %d): import kept the cell's words together, "
                              "but its last words may be the next column's, pushed left by the PDF's text; "
                              "check the row's cells against the document", (unsigned long)doubt->over),
                     doubt->over, doubt->over_col);
    at.line = doubt->wide_line, at.col = 1;
    if (doubt->wide) /* a table of 40 columns was one paragraph, exit 0, no word (s55review F1) */
        diag_warning(diags, at, 0, KH758,
                     i18n_ntr("this line holds more than %d cells, runs of words two spaces or "
                              "more apart (%d such line): more "
                              "columns than a plan's table has, so import did not read it as a "
                              "table's row and kept its words as text, the row's cells run "
                              "together; if it is a table, split it into tables of at most %d "
                              "columns (the same first column in each) and import again",
                              "this line holds more than %d cells, runs of words two spaces or more apart (%d such lines, "
                              "the first here): more columns than a plan's table has, so import did not "
                              "read them as a table's rows and kept their words as text, each row's cells "
                              "run together; if it is a table, split it into tables of at most %d columns "
                              "(the same first column in each) and import again", (unsigned long)doubt->wide),
                     (int)TXT_MAX_CELLS, doubt->wide, (int)TXT_MAX_CELLS);
    at.line = doubt->under_line, at.col = 1;
    if (doubt->under)
        diag_warning(diags, at, 0, KH767,
                     i18n_ntr("this line under a table's last row begins where one of its cells "
                              "begins and runs across the next column (%d such line): import "
                              "took it as text after the table (a Biểu's note), but it may be "
                              "that row's words, the next column's pushed right by the PDF's "
                              "text; check the row against the document",
                              "this line under a table's last row begins where one of "
                              "its cells begins and runs across the next column (%d such lines, the first "
                              "here): import took it as text after the table (a Biểu's note), but it may be "
                              "that row's words, the next column's pushed right by the PDF's text; check the "
                              "row against the document", (unsigned long)doubt->under),
                     doubt->under);
}
