/* md_pandoc_tables.c - the tables of pandoc's own Markdown, for import.
 *
 * `pandoc -t markdown` (its default Markdown, not GitHub's) writes a Word
 * table as a grid table ("+-----+-----+" rules, "| a | b |" lines, the
 * text of a cell wrapped over several lines of its column, "+=====+"
 * under the header) when a cell holds several paragraphs - the header's
 * and the signature's layout tables of every Word plan - and as a
 * multiline table (a rule of dashes, the headers, dash groups under them,
 * rows apart by blank lines, a closing rule) or a simple table (headers,
 * dash groups, a row a line, a blank line) otherwise: the attachment's
 * table. Import read their rules and bars as the plan's words: the
 * header's lines became "# review:" comments, the Biểu's rows were lost
 * to comments, and a table in the body printed its "+====+" rules as
 * paragraphs (s23foreign). Here each such table is rewritten, before the
 * Markdown is cut into paragraphs, as the HTML table pandoc's GitHub
 * Markdown writes for it (<table><tr><td><p>...</p></td></tr></table>),
 * which imp_md_html_tables then reads as it reads that one (table_lines:
 * "<table>" on its first row's line, a line a row and one for
 * "</table>", never more lines than the table took): a layout
 * table's cells as paragraphs, a table of data as pipe rows (a multiline
 * table of headers alone, an empty Biểu, too: its page was left out as
 * comments, s25foreign). Columns are
 * counted in characters, as pandoc lays them out; a grid table whose bars
 * do not stand under its rule's "+" (cells merged by a newer pandoc) is
 * left as written (a grid table may stand up to three spaces in, as one
 * under a list item does). A table begins where pandoc begins one: at the
 * text's start, after a blank line, a table or an ATX heading, never
 * inside a paragraph. The lines a table took are kept as blank lines, so
 * the lines after it keep their numbers. Linear in the text.
 *
 * A GitHub pipe table that lays out the page - the header's two columns,
 * "| ỦY BAN NHÂN DÂN<br>**HUYỆN YÊN THẾ**<br>Số: 125/KH-UBND | **CỘNG HÒA
 * ...**<br>... |" over "| :---: | :---: |", a row of headers alone as
 * Typora writes a table of one row, or the signature's "| ***Nơi
 * nhận:***<br>- UBND tỉnh;<br>... | **TM. ỦY BAN NHÂN DÂN**<br>... |" - is
 * rewritten so too (pipe_layout_table): each "<br>" ends one of its cell's
 * paragraphs, and layout_by_shape, the .docx's decision but for a cell of
 * several lines, tells it from a table of data (of three columns at most),
 * which stays as written and is read as its rows. Such tables were read as the plan's words: the header's
 * lines left out as KH761 comments, "HUYỆN YÊN THẾ" lost, the place "<br>*Yên
 * Thế"; the signature and the recipients printed as one bold line of pipes
 * and tags, exit 0 (s28foreign).
 */
#include <ctype.h>
#include <string.h>

#include "docx_layout.h"
#include "import.h"
#include "md_blocks.h"
#include "xmltext.h"

enum { MAX_COLS = 64 };

/* The line from s[i]: its end (before '\n') in *e; returns the next line's start. */
static size_t line_at(const char *s, size_t len, size_t i, size_t *e)
{
    const char *nl = memchr(s + i, '\n', len - i);
    *e = nl ? (size_t)(nl - s) : len;
    return nl ? *e + 1 : len;
}

/* The byte offset in s[0..n) of the character at index ch (n: past it). */
static size_t byte_of(const char *s, size_t n, size_t ch)
{
    size_t i = 0;
    for (; i < n && ch; ch--) {
        i++;
        while (i < n && ((unsigned char)s[i] & 0xC0) == 0x80)
            i++;
    }
    return i;
}

/* Whether s[0..n) is blank. */
static int blank(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r')
            return 0;
    return 1;
}

/* A grid table's rule, "+---+===+" (':' for alignment): the character
 * index of each '+' into col[], their count returned (0: not a rule). */
static int grid_rule(const char *s, size_t n, size_t col[MAX_COLS + 1])
{
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\r'))
        n--;
    if (n < 3 || s[0] != '+' || s[n - 1] != '+')
        return 0;
    int k = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '+') {
            if (k > MAX_COLS || (i && s[i - 1] == '+'))
                return 0;
            col[k++] = i;
        } else if (s[i] != '-' && s[i] != '=' && s[i] != ':') {
            return 0;
        }
    }
    return k >= 2 ? k : 0;
}

/* Dash groups, "----- ---- ---": each group's first character index into
 * col[] (count returned; 0: not such a line, or one group: a rule). */
static int dash_groups(const char *s, size_t n, size_t col[MAX_COLS + 1])
{
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\r'))
        n--;
    int k = 0;
    size_t i = 0;
    while (i < n && s[i] == ' ')
        i++;
    if (i > 3 || i == n)
        return 0;
    while (i < n) {
        if (s[i] != '-' || k == MAX_COLS)
            return 0;
        col[k++] = i;
        size_t g = i;
        while (i < n && s[i] == '-')
            i++;
        if (i - g < 3)
            return 0;
        while (i < n && s[i] == ' ')
            i++;
    }
    return k;
}

/* Whether s[0..n) is a rule of dashes alone (a multiline table's top). */
static int dash_rule(const char *s, size_t n)
{
    size_t col[MAX_COLS + 1];
    return dash_groups(s, n, col) == 1;
}

/* Appends text[0..n), trimmed, to a cell's paragraph (a space between its lines). */
static void cell_line(Buf *para, const char *t, size_t n)
{
    while (n && (*t == ' ' || *t == '\t')) {
        t++;
        n--;
    }
    while (n && (t[n - 1] == ' ' || t[n - 1] == '\t' || t[n - 1] == '\r'))
        n--;
    /* a line ending in an odd run of backslashes: pandoc's hard line break
     * ("17.10.\\" over "Công chức ...", a Word cell's line break), which
     * its GitHub Markdown writes "<br />": the break, read as that one is,
     * not a backslash printed in the cell (s24foreign) */
    size_t k = 0;
    while (k < n && t[n - 1 - k] == '\\')
        k++;
    if (k % 2)
        n--;
    if (!n)
        return;
    if (para->len && para->data[para->len - 1] != '\x1e')
        buf_putc(para, ' ');
    buf_putn(para, t, n);
}

/* The HTML of one cell's text (its paragraphs apart by "\n\n"). */
static void put_cell(Buf *out, const Buf *cell)
{
    buf_puts(out, "<td>");
    size_t i = 0, n = cell->len;
    while (i < n) {
        const char *p = memchr(cell->data + i, '\x1e', n - i); /* a paragraph's end */
        size_t e = p ? (size_t)(p - cell->data) : n;
        /* a picture, "![](media/image1.png){width=...}" (the signature's
         * seal): HTML's <img>, which shows no words */
        int picture = e - i > 4 && memcmp(cell->data + i, "![", 2) == 0 &&
                      memchr(cell->data + i, ']', e - i);
        if (e > i && !picture) {
            buf_puts(out, "<p>");
            xml_put_escaped(out, cell->data + i, e - i, NULL);
            buf_puts(out, "</p>");
        }
        i = e + 1;
    }
    buf_puts(out, "</td>");
}

/* A row of cells into out, the cells emptied. */
static void put_row(Buf *out, Buf cells[MAX_COLS], int ncol)
{
    buf_puts(out, "<tr>");
    for (int c = 0; c < ncol; c++) {
        put_cell(out, &cells[c]);
        cells[c].len = 0;
    }
    buf_puts(out, "</tr>\n");
}

/* Ends the cell's current paragraph (a blank line of its column). */
static void cell_break(Buf *cell)
{
    if (cell->len && cell->data[cell->len - 1] != '\x1e')
        buf_putc(cell, '\x1e');
}

/* Splits the line s[0..n) into cells[]: at the character indexes
 * col[0..ncol), each column's start (the last one's end is the line's);
 * grid: col[0..ncol] are the bars around the cells, which must be '|'
 * there. Returns 0 when they are not. */
static int split_line(const char *s, size_t n, const size_t *col, int ncol, int grid,
                      Buf cells[MAX_COLS])
{
    size_t at[MAX_COLS + 1];
    for (int c = 0; c <= ncol; c++) {
        at[c] = c == ncol && !grid ? n : byte_of(s, n, col[c]);
        if (grid && (at[c] >= n || s[at[c]] != '|'))
            return 0;
    }
    for (int c = 0; c < ncol; c++) {
        size_t b = grid ? at[c] + 1 : c ? at[c] : 0, e = at[c + 1];
        if (b > e)
            b = e;
        if (blank(s + b, e - b))
            cell_break(&cells[c]);
        else
            cell_line(&cells[c], s + b, e - b);
    }
    return 1;
}

/* Whether the line s[at..le) is indented ind spaces, no more: the lines
 * of a grid table in a list item ("- x" over "  +---+") are its item's. */
static int indented(const char *s, size_t at, size_t le, size_t ind)
{
    for (size_t k = 0; k < ind; k++)
        if (at + k >= le || s[at + k] != ' ')
            return 0;
    return at + ind < le && s[at + ind] != ' ';
}

/* A grid table from line start i, its lines indented ind spaces: its
 * HTML into html, the line after it returned (i: none there). */
static size_t grid_table(const char *s, size_t len, size_t i, size_t ind, Buf *html,
                         Buf cells[MAX_COLS])
{
    size_t e, col[MAX_COLS + 1];
    size_t next = line_at(s, len, i, &e);
    int k = grid_rule(s + i + ind, e - i - ind, col);
    if (!k)
        return i;
    int ncol = k - 1, rows = 0, open = 0;
    buf_puts(html, "<table>"); /* on its first row's line (table_lines) */
    size_t at = next;
    while (at < len) {
        size_t le, after = line_at(s, len, at, &le);
        size_t rc[MAX_COLS + 1];
        if (!indented(s, at, le, ind))
            break;
        size_t from = at + ind;
        int rk = grid_rule(s + from, le - from, rc);
        if (rk) {
            if (rk != k || memcmp(rc, col, sizeof(size_t) * (size_t)k) != 0)
                return i;
            if (open)
                put_row(html, cells, ncol);
            rows += open;
            open = 0;
            next = after;
            at = after;
            continue;
        }
        if (le == from || s[from] != '|')
            break;
        if (!split_line(s + from, le - from, col, ncol, 1, cells)) {
            for (int c = 0; c < ncol; c++)
                cells[c].len = 0;
            return i;
        }
        open = 1;
        at = after;
    }
    if (open) { /* its last row not closed by a rule: pandoc reads it (s24mut L4) */
        put_row(html, cells, ncol);
        rows++;
        next = at;
    }
    if (!rows) { /* no row */
        for (int c = 0; c < ncol; c++)
            cells[c].len = 0;
        return i;
    }
    buf_puts(html, "</table>\n");
    return next;
}

/* A multiline table (top rule, header lines, dash groups, rows apart by
 * blank lines, bottom rule) or a simple one (header line, dash groups,
 * a row a line, then a blank line) from line start i: as grid_table. */
static size_t dashed_table(const char *s, size_t len, size_t i, Buf *html, Buf cells[MAX_COLS])
{
    size_t e, next = line_at(s, len, i, &e), col[MAX_COLS + 1];
    int multi = dash_rule(s + i, e - i);
    size_t head = multi ? next : i; /* the header's first line */
    /* the dash groups: the line after the header's lines (one for a
     * simple table; up to 8 for a multiline one) */
    size_t groups = head, ge = 0;
    int ncol = 0;
    for (int l = 0; l < (multi ? 9 : 2) && groups < len; l++) {
        size_t after = line_at(s, len, groups, &ge);
        if (blank(s + groups, ge - groups))
            return i;
        if ((ncol = dash_groups(s + groups, ge - groups, col)) >= 2)
            break;
        if (dash_rule(s + groups, ge - groups))
            return i;
        groups = after;
    }
    if (ncol < 2 || groups == head)
        return i;
    col[ncol] = 0;
    buf_puts(html, "<table>"); /* on its first row's line (table_lines) */
    /* the header: its lines split at the columns */
    for (size_t at = head; at < groups;) {
        size_t le, after = line_at(s, len, at, &le);
        split_line(s + at, le - at, col, ncol, 0, cells);
        at = after;
    }
    put_row(html, cells, ncol);
    int open = 0, rows = 0;
    size_t at = line_at(s, len, groups, &ge);
    while (at < len) {
        size_t le, after = line_at(s, len, at, &le);
        if (multi && dash_rule(s + at, le - at)) { /* the bottom rule */
            if (open)
                put_row(html, cells, ncol);
            buf_puts(html, "</table>\n");
            return after; /* a table of headers alone too (an empty Biểu) */
        }
        if (blank(s + at, le - at)) {
            if (!multi)
                break;
            if (open)
                put_row(html, cells, ncol);
            rows += open;
            open = 0;
        } else {
            split_line(s + at, le - at, col, ncol, 0, cells);
            if (!multi) {
                put_row(html, cells, ncol);
                rows++;
            }
            open = multi;
        }
        at = after;
    }
    for (int c = 0; c < ncol; c++)
        cells[c].len = 0;
    if (multi || !rows) /* a multiline table never closed */
        return i;
    buf_puts(html, "</table>\n");
    return at;
}

/* A pipe table's delimiter row ("| :---: | --- |"): its cells (0: none). */
static int pipe_delimiter(const char *s, size_t n)
{
    int dashes = 0, cells = 0, open = 0;
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r'))
        n--;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '-' || s[i] == ':') {
            dashes += s[i] == '-';
            cells += !open;
            open = 1;
        } else if (s[i] == '|') {
            open = 0;
        } else if (s[i] != ' ' && s[i] != '\t') {
            return 0;
        }
    }
    return dashes && memchr(s, '|', n) ? cells : 0;
}

/* The emphasis open after s[0..n) when *open was open before it: bit 1
 * bold ("**"), bit 0 italics ("*"); a run of three stars turns both, an
 * escaped star or one between punctuation ("(*)") or spaces none. */
static int stars_after(const char *s, size_t n, int open)
{
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '\\') {
            i++;
            continue;
        }
        if (s[i] != '*')
            continue;
        size_t k = i;
        while (k < n && s[k] == '*')
            k++;
        /* a mark beside a letter or a figure, or between punctuation and
         * a space ("***Nơi nhận:***"); "(*)" and " * " are stars */
        int a = k == n || s[k] == ' ' ? 0 : isalnum((unsigned char)s[k]) || (unsigned char)s[k] >= 0x80 ? 2 : 1;
        int b = i == 0 || s[i - 1] == ' ' ? 0 : isalnum((unsigned char)s[i - 1]) || (unsigned char)s[i - 1] >= 0x80 ? 2 : 1;
        if (a == 2 || b == 2 || (a == 0 && b == 1) || (a == 1 && b == 0))
            open ^= (k - i) % 2 | ((k - i) >= 2) << 1;
        i = k - 1;
    }
    return open;
}

/* One line of a cell, s[0..n), into cell as a paragraph of its own, the
 * emphasis open across its "<br>" closed at its end and opened again at
 * the next line's start ("**HUYỆN YÊN THẾ<br>PHÒNG NÔNG NGHIỆP**": both
 * bold, as a reader shows them; each printed a pair of stars). *open: the
 * emphasis open before it, then after it. */
static void cell_part(Buf *cell, const char *s, size_t n, int *open)
{
    Buf line = {0};
    int before = *open;
    *open = stars_after(s, n, before);
    buf_puts(&line, before & 2 ? "**" : "");
    buf_puts(&line, before & 1 ? "*" : "");
    buf_putn(&line, s, n);
    buf_puts(&line, *open & 1 ? "*" : "");
    buf_puts(&line, *open & 2 ? "**" : "");
    cell_line(cell, line.data, line.len);
    cell_break(cell);
    buf_free(&line);
}

/* The cells of the pipe row s[0..n) ("| a | b |", its end pipes optional),
 * each "<br>" ending a paragraph of its cell, into cells[]; their count
 * (MAX_COLS + 1: too many). An escaped "\|" is a cell's text. */
static int pipe_cells(const char *s, size_t n, Buf cells[MAX_COLS])
{
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r'))
        n--;
    size_t i = 0;
    while (i < n && (s[i] == ' ' || s[i] == '\t'))
        i++;
    if (i < n && s[i] == '|')
        i++;
    if (n > i && s[n - 1] == '|' && (n < 2 || s[n - 2] != '\\'))
        n--;
    int c = 0, open = 0;
    size_t from = i;
    for (; i <= n; i++) {
        size_t br = 0;
        if (i < n && s[i] == '<' && (n - i >= 4) && (s[i + 1] == 'b' || s[i + 1] == 'B') &&
            (s[i + 2] == 'r' || s[i + 2] == 'R')) {
            size_t k = i + 3;
            while (k < n && s[k] == ' ')
                k++;
            if (k < n && s[k] == '/')
                k++;
            if (k < n && s[k] == '>')
                br = k + 1 - i;
        }
        int bar = i == n || (s[i] == '|' && (i == 0 || s[i - 1] != '\\'));
        if (!br && !bar)
            continue;
        if (c >= MAX_COLS)
            return MAX_COLS + 1;
        if (blank(s + from, i - from))
            cell_break(&cells[c]);
        else
            cell_part(&cells[c], s + from, i - from, &open);
        if (bar) {
            c++;
            open = 0; /* a cell's emphasis ends with it */
        }
        from = i + (br ? br : 1);
        if (br)
            i += br - 1;
    }
    return c;
}

/* A GitHub pipe table from line start i that lays out the page (its text
 * names the motto, the number, the recipients or a signature's TM./KT.,
 * or it has a single row or stands before any text: layout_by_shape; not
 * a cell of several lines, which khgen's own Markdown writes in a table
 * of data, "a<br>b") and has at most three columns: its HTML into html, the line after it
 * returned (i: none, or a table of data, left as written). */
static size_t pipe_layout_table(const char *s, size_t len, size_t i, int first, Buf *html,
                                Buf cells[MAX_COLS])
{
    size_t e, next = line_at(s, len, i, &e), de;
    size_t ind = 0;
    while (ind < 3 && i + ind < e && s[i + ind] == ' ')
        ind++;
    if (i + ind >= e || s[i + ind] != '|' || next >= len)
        return i;
    size_t after = line_at(s, len, next, &de);
    int ncol = pipe_delimiter(s + next, de - next);
    if (ncol < 1 || ncol > 3)
        return i;
    Buf text = {0};
    int rows = 0, wide = 0;
    size_t at = i, end = i;
    while (at < len) {
        size_t le, nl = line_at(s, len, at, &le);
        size_t k = at;
        while (k < le && k - at < 3 && s[k] == ' ')
            k++;
        if (at == next) { /* the delimiter row */
            at = end = nl;
            continue;
        }
        if (k >= le || s[k] != '|')
            break;
        int got = pipe_cells(s + at, le - at, cells);
        if (got > ncol) { /* a cell a reader leaves out: as written */
            wide = 1;
            break;
        }
        for (int c = 0; c < got; c++) {
            buf_putn(&text, cells[c].data, cells[c].len);
            buf_putc(&text, ' ');
        }
        if (!rows)
            buf_puts(html, "<table>"); /* on its first row's line (table_lines) */
        put_row(html, cells, ncol);
        rows++;
        at = end = nl;
    }
    for (int c = 0; c < MAX_COLS; c++)
        cells[c].len = 0;
    buf_putc(&text, '\0');
    int layout = !wide && rows && end >= after && layout_by_shape(text.data, ncol, rows, 0, first);
    buf_free(&text);
    if (!layout) {
        html->len = 0;
        return i;
    }
    buf_puts(html, "</table>\n");
    return end;
}

/* Whether s[0..n) is an ATX heading ("# x", "## x", and past six marks,
 * "####### x", which pandoc reads as a heading of level 7), after which
 * pandoc begins a table with no blank line; after a paragraph's line it
 * does not (the rules and bars are that paragraph's words). So does a
 * line of an indented code block ("    # x": imp_md_indented_code), where
 * the table's rules and bars were read as a paragraph (s25mutimp L4). */
static int atx_heading(const char *s, size_t n)
{
    size_t k = 0;
    while (k < n && k < 3 && s[k] == ' ')
        k++;
    size_t h = k;
    while (k < n && s[k] == '#')
        k++;
    return k > h && (k == n || s[k] == ' ' || s[k] == '\t'); /* "####### x" too: pandoc's Header 7 */
}

int imp_md_pandoc_tables(const char *s, size_t len, Buf *out, int *over_line)
{
    Buf cells[MAX_COLS] = {{0}}, html = {0};
    size_t copied = 0, i = 0, n_cells = 0;
    int any = 0, prev_blank = 1, seen_text = 0;
    MdIndent code = {0, 1, 0};
    while (i < len) {
        size_t e, next = line_at(s, len, i, &e);
        size_t end = i;
        html.len = 0;
        size_t ind = 0; /* up to three spaces in, a list item's table */
        while (ind < 3 && i + ind < e && s[i + ind] == ' ')
            ind++;
        if (prev_blank && e > i + ind && s[i + ind] == '+')
            end = grid_table(s, len, i, ind, &html, cells);
        else if (prev_blank && e > i + ind && s[i + ind] == '|')
            end = pipe_layout_table(s, len, i, !seen_text, &html, cells);
        else if (prev_blank && e > i && (s[i] == ' ' || s[i] == '-' || (unsigned char)s[i] >= 0x80 ||
                                         (s[i] >= '0' && s[i] <= 'z')))
            end = dashed_table(s, len, i, &html, cells);
        if (end == i) {
            int in_code = imp_md_indented_code(s + i, e - i, &code);
            prev_blank = blank(s + i, e - i) || atx_heading(s + i, e - i) || in_code;
            seen_text |= !blank(s + i, e - i);
            i = next;
            continue;
        }
        code = (MdIndent){code.item, 1, 0}; /* a table ends the block above */
        /* the cells' budget: an HTML table's cells cost libxml2's nodes,
         * some 600 bytes each, and a grid of one-character cells is 8
         * times the text as HTML (8 MB of it took 1.1 GB, s23review) */
        for (size_t k = 0; k + 4 <= html.len; k++)
            n_cells += memcmp(html.data + k, "<td>", 4) == 0;
        if (n_cells > IMPORT_MAX_PARAS) {
            *over_line = 1;
            for (size_t k = 0; k < i; k++)
                *over_line += s[k] == '\n';
            any = -1;
            break;
        }
        buf_putn(out, s + copied, i - copied);
        buf_putn(out, html.data, html.len);
        /* the table's lines, made up with blank lines (table_lines): a
         * simple table of n rows took n + 2 lines, and its HTML, "<table>"
         * on a line of its own, took n + 3, which moved every line after
         * it one down in import's diagnostics (s23review) */
        size_t took = 0, made = 0;
        for (size_t k = i; k < end; k++)
            took += s[k] == '\n';
        for (size_t k = 0; k < html.len; k++)
            made += html.data[k] == '\n';
        for (; made < took; made++)
            buf_putc(out, '\n');
        any = 1;
        i = copied = end;
        prev_blank = seen_text = 1;
    }
    if (any > 0)
        buf_putn(out, s + copied, len - copied);
    for (int c = 0; c < MAX_COLS; c++)
        buf_free(&cells[c]);
    buf_free(&html);
    return any;
}
