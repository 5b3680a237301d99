/* import_tables.c - the tables and lists a document carries as data.
 *
 * A plan's attachment pages ("Phụ lục I", "Biểu 01") after the signature
 * hold tables: a label, a title, the "(Kèm theo Kế hoạch số ...)" line that
 * khgen prints by itself, a table, maybe a note. Whatever the reader (a
 * .md or .txt gives Markdown pipe rows, import_docx.c writes a Word table
 * of data as the same pipe rows), each page becomes an `attachments:`
 * entry whose rows are written out: the first row gives the column
 * headers, the others the rows, in column order. A drafter can later
 * replace them by a preset or a generator; the comment says so.
 *
 * A province defines its own criteria for villages (thôn) and lists them in
 * the plan's text ("3. Bộ tiêu chí thôn nông thôn mới của tỉnh", then
 * "- Tiêu chí số 1 - Giao thông: ..."). Such a list becomes a catalog
 * written inline in the plan (`import: [{id, title, criteria}]`, README:
 * Criteria catalogs); the text stays as it is, and the catalog is there for
 * the tasks and tables that name those criteria.
 *
 * Stage: import (recognition). Everything is allocated in the Ctx's arena.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "emit_yaml.h"
#include "import_attrows.h"
#include "import_preset.h"
#include "i18n.h"
#include "import_impl.h"
#include "layout.h"

/* The columns of a table written into the plan: a plan's table has at most
 * 32 (KH607; plan.h ATTACH_MAX_COLUMNS, README "At most 32 columns"). A row
 * is read whole, however wide; the cells past the table's columns are
 * written as "# review:" comments under it, with a warning (KH758), never
 * dropped without a word (attack L8: a 40-column table kept 32). */
enum { PLAN_MAX_COLUMNS = 32 };

/* ---- pipe rows ---------------------------------------------------------------------- */

int pipe_row(Ctx *c, const char *s, const char ***cells)
{
    *cells = NULL;
    while (*s == ' ')
        s++;
    if (*s != '|')
        return -1;
    size_t len = strlen(s);
    while (len && s[len - 1] == ' ')
        len--;
    if (len < 2 || s[len - 1] != '|')
        return -1;
    /* a separator row "|---|:---:|" (a row of empty cells "|  |  |", left
     * for an official to fill in by hand, is a row: it was dropped) */
    if (strspn(s, "|-: ") >= len && memchr(s, '-', len))
        return 0;
    size_t cap = 16;
    const char **out = xmalloc(cap * sizeof *out);
    int n = 0;
    Buf cell = {0};
    for (size_t i = 1; i < len; i++) {
        if (s[i] == '\\' && s[i + 1] == '|') {
            buf_putc(&cell, '|');
            i++;
        } else if (s[i] == '|') {
            if ((size_t)n == cap) {
                cap *= 2;
                out = xrealloc(out, cap * sizeof *out);
            }
            size_t b = 0, e = cell.len;
            while (b < e && cell.data[b] == ' ')
                b++;
            while (e > b && cell.data[e - 1] == ' ')
                e--;
            out[n++] = dup_range(c, cell.data ? cell.data + b : "", e - b);
            buf_reset(&cell);
        } else {
            buf_putc(&cell, s[i]);
        }
    }
    buf_free(&cell);
    const char **kept = arena_alloc(c->arena, (size_t)(n ? n : 1) * sizeof *kept);
    memcpy(kept, out, (size_t)n * sizeof *kept);
    free(out);
    *cells = kept;
    return n;
}

/* The cells of a row past column `from` (of w), as the text of a "# review:"
 * comment: 'WHAT, cells 33-40, past the table's 32 columns: "a" | "b"'. */
static const char *lost_cells(Ctx *c, const char *what, const char **cells, int from, int w)
{
    Buf b = {0};
    buf_printf(&b, _("%s, cells %d-%d, past the table's %d columns:"), what, from + 1, w, from);
    for (int k = from; k < w; k++) {
        buf_puts(&b, k > from ? " | \"" : " \"");
        buf_puts(&b, cells[k]);
        buf_putc(&b, '"');
    }
    const char *r = buf_to_arena(&b, c->arena);
    buf_free(&b);
    return r;
}

/* ---- vertically merged cells ------------------------------------------------------------ */

static int bit(unsigned long long mask, int k)
{
    return k < 64 && (mask >> k) & 1u;
}

/* Word's vertical merges of a table's written rows (rows[r][k], masks[r]
 * bit k: the cell continues the merge of the cell above, its text copied
 * by the reader) as the plan's `merge:` (attack 8 L6: each covered row
 * printed the text again). The plan merges equal non-empty neighbours, a
 * later merge column only inside the blocks of the first, and an STT
 * column (stt) counts the first's blocks: a column goes into `merge:` when
 * that rule gives exactly Word's merges. In any other merged column the
 * first row keeps the text and each covered cell is emptied and named in
 * notes[r] (arena lines), so the meaning is never changed silently.
 * Returns the keys ("c2, c4"), or NULL. */
static const char *word_merges(Ctx *c, const char ***rows, size_t n_rows, int n_cols,
                               const unsigned long long *masks, int stt, const char **notes)
{
    unsigned long long any = 0;
    for (size_t r = 0; r < n_rows; r++)
        any |= masks[r];
    if (!any)
        return NULL;
    Buf keys = {0};
    int block = -1;
    for (int k = 0; k < n_cols && k < 64; k++) {
        if (!bit(any, k))
            continue;
        int exact = !stt && !bit(masks[0], k);
        for (size_t r = 1; r < n_rows && exact; r++) {
            int equal = *rows[r][k] && strcmp(rows[r][k], rows[r - 1][k]) == 0;
            int merged = equal && (block < 0 || bit(masks[r], block));
            exact = merged == bit(masks[r], k);
        }
        if (exact) {
            buf_printf(&keys, "%sc%d", keys.len ? ", " : "", k + 1);
            if (block < 0)
                block = k;
            continue;
        }
        for (size_t r = 0; r < n_rows; r++)
            if (bit(masks[r], k)) {
                const char *note = arena_printf(c->arena, _("column %d merged in the document "
                                                  "with the cell above (\"%s\"), left empty"),
                                                k + 1, rows[r][k]);
                notes[r] = notes[r] ? arena_printf(c->arena, "%s; %s", notes[r], note) : note;
                rows[r][k] = "";
            }
    }
    const char *r = keys.len ? buf_to_arena(&keys, c->arena) : NULL;
    buf_free(&keys);
    return r;
}

/* KH758 for a table some of whose cells are not in the plan's table. */
static void warn_lost(Ctx *c, int line, int widest, int kept)
{
    SrcPos pos = {c->path, line > 0 ? line : 0, line > 0 ? 1 : 0};
    diag_warning(c->diags, pos, 0, KH758, "a row of %d cells in a table of %d columns (a plan's "
                 "table has at most %d): the cells past column %d are written as '# review:' "
                 "comments of the plan, not in its document; split the table, or move their text", widest, kept, PLAN_MAX_COLUMNS, kept);
}

/* A cell's text as plan text: braces doubled (a cell may hold references);
 * bold around the whole cell (khgen's group and totals rows) dropped, as
 * cells are plain text. A cell, an attachment's title, a column's header
 * and a note are plain text, whose backslash escapes only "\\`*_[]<>#"
 * (inline_expand_plain): a Markdown escape of any other mark ("\~",
 * "\&", "\(", as khgen's .md writes a cell "~", "&amp;", "[x](y)") is the
 * mark alone, else the plan printed the backslash (s11diff R1: "\&amp;"
 * and "\~" of a .md came back as "\&amp;" and "\~"). The rows a .docx
 * gives escape only '|', '*' and '\\' (import_docx.c): kept. A "<br>"
 * (not "\<br\>", a text's own) is a line of the cell, as khgen's .md
 * writes a cell's lines (s16attack L5). */
/* The length of the HTML line break t starts with ("<br>", "<br/>",
 * "<br />", any case), else 0. */
static size_t line_break_tag(const char *t)
{
    if (t[0] != '<' || (t[1] | 0x20) != 'b' || (t[2] | 0x20) != 'r')
        return 0;
    size_t n = 3;
    while (t[n] == ' ')
        n++;
    if (t[n] == '/')
        n++;
    return t[n] == '>' ? n + 1 : 0;
}

/* A cell's text is all bold ("**I**"), as khgen prints a group row's and
 * the totals row's cells. */
static int whole_bold(const char *s)
{
    size_t len = strlen(s);
    return len > 4 && starts_with(s, "**") && str_find(s + 2, "**") == s + len - 2;
}

static const char *cell_value(Ctx *c, const char *s)
{
    size_t len = strlen(s);
    if (whole_bold(s))
        s = dup_range(c, s + 2, len - 4);
    Buf b = {0};
    for (const char *t = s; *t; t++) {
        size_t br = line_break_tag(t);
        if (br) { /* "<br>": a line of the cell (khgen's .md writes them so) */
            buf_putc(&b, '\n');
            t += br - 1;
            continue;
        }
        if (*t == '\\' && t[1] && (unsigned char)t[1] < 0x80 && ispunct((unsigned char)t[1])) {
            if (strchr("\\`*_[]<>#", t[1]))
                buf_putc(&b, *t); /* an escape plain text reads too */
            t++;
        }
        if (*t == '{' || *t == '}')
            buf_putc(&b, *t);
        buf_putc(&b, *t);
    }
    char *r = buf_to_arena(&b, c->arena);
    buf_free(&b);
    return r ? r : "";
}

/* ---- attachment pages ----------------------------------------------------------------- */

/* The "# review:" line of the cells of a row past the table's columns. */
static void put_lost(Ctx *c, Buf *y, const char *what, const char **cells, int kept, int w)
{
    if (w > kept)
        emit_unplaced_lines(y, 6, lost_cells(c, what, cells, kept, w), "KH758");
}

/* How many bytes of a and b, from the start, are the same "group: "
 * prefix: the longest common prefix that ends with ": " and leaves each
 * a header after it; 0 when none. */
static size_t group_prefix(const char *a, const char *b)
{
    size_t n = 0, end = 0;
    while (a[n] && a[n] == b[n]) {
        if (a[n] == ':' && a[n + 1] == ' ' && b[n + 1] == ' ')
            end = n + 2;
        n++;
    }
    return end > 2 && a[end] && b[end] ? end : 0;
}

/* The column groups of a table whose one header row is khgen's .md's
 * (render_md.c put_header: a grouped column reads "group: header"): two
 * or more columns side by side whose headers start with the same
 * "group: " are under that group, as the .docx's two header rows say
 * ("Hiện trạng" over "Mức đã đạt chuẩn"). The Markdown import read them
 * as headers "Hiện trạng: Mức đã đạt chuẩn", and the plan it wrote printed
 * one header row where the document had two (round22 R1). Returns the
 * second header row (arena; "" under a column of no group), *top the
 * first (the group's name over its first column, "" over the others,
 * the header of a column of no group), or NULL when no columns are
 * grouped. A group over one column is told from a header holding ": "
 * only in a table that has a group of two or more: alone it stays its
 * header (README, "Round trip"). */
static const char **md_column_groups(Ctx *c, const char **header, int cols, const char ***top)
{
    const char **sub = NULL, **first = NULL;
    for (int k = 0; k + 1 < cols;) {
        size_t p = group_prefix(header[k], header[k + 1]);
        if (!p) {
            k++;
            continue;
        }
        int end = k + 2;
        while (end < cols && strncmp(header[end], header[k], p) == 0 && header[end][p])
            end++;
        if (!sub) {
            sub = arena_alloc(c->arena, (size_t)cols * sizeof *sub);
            first = arena_alloc(c->arena, (size_t)cols * sizeof *first);
            for (int j = 0; j < cols; j++)
                sub[j] = "", first[j] = header[j];
        }
        for (int j = k; j < end; j++) {
            sub[j] = header[j] + p;
            first[j] = j == k ? dup_range(c, header[k], p - 2) : "";
        }
        k = end;
    }
    /* in a table that has groups, a lone "group: header" is a group of one
     * column too ("Hiện trạng" over "Mức đã đạt chuẩn", Yên Thế's Biểu 01) */
    for (int k = 0; sub && k < cols; k++) {
        const char *colon = str_find(header[k], ": ");
        if (*sub[k] || !colon || colon == header[k] || !colon[2])
            continue;
        sub[k] = colon + 2;
        first[k] = dup_range(c, header[k], (size_t)(colon - header[k]));
    }
    if (sub)
        *top = first;
    return sub;
}

/* The second header row of an attachment's table, or NULL: two header
 * rows (a .docx's), the first row's cells over a second row's cells, are
 * column groups ("Mục tiêu" over "Mức phấn đấu", "Năm đạt chuẩn"); the
 * second row, the first of rows, starts empty (under "STT", merged
 * down), and *skip is 1. Else a .md's one header row of "group: header"
 * (md_column_groups), *header replaced by the row of groups. header_w is
 * the header's width before the cap to cols. */
/* The header row of groups of a table whose header is three rows (a
 * .docx's "Trong đó" over "Nguồn vốn" over "Ngân sách tỉnh", "Ngân sách
 * huyện"): the top row's and the middle row's cells as one row, "Trong
 * đó - Nguồn vốn"; a top cell merged down through the middle row
 * (mid_down) is its column's header alone; a middle cell merged down
 * through the third row (low_down: "Kinh phí" over "Tổng", merged down,
 * beside "Trong đó" over "Ngân sách xã") is its column's header under the
 * top one's group alone ("Kinh phí - Tổng" over "Tổng" printed it twice,
 * s39imp). A plan's table has two header
 * rows: the third was read as a row of the table, its cells under no
 * column's header (s26foreign). */
static const char **fold_header(Ctx *c, const char **top, const char **mid,
                                unsigned long long mid_down, unsigned long long low_down, int cols)
{
    const char **out = arena_alloc(c->arena, (size_t)cols * sizeof *out);
    const char *owner = NULL; /* the top cell over column k, a group */
    for (int k = 0; k < cols; k++) {
        int down = k < 64 && (mid_down >> k & 1), low = k < 64 && (low_down >> k & 1);
        if (*top[k] || down)
            owner = down ? NULL : top[k];
        out[k] = *mid[k] && !down && low ? (owner ? owner : "") /* "Tổng" down to the third row */
                 : *mid[k] && !down && owner && owner != mid[k]
                     ? arena_printf(c->arena, "%s - %s", owner, mid[k])
                 : *mid[k] && !down ? mid[k]
                                    : top[k];
    }
    return out;
}

static const char **header_groups(Ctx *c, const char ***header, int cols, int header_w,
                                  const char ***rows, const int *widths,
                                  const unsigned long long *masks, size_t n_rows, int *skip)
{
    *skip = 0;
    if (n_rows && widths[0] == cols && !*rows[0][0])
        for (int k = 1; k < cols; k++)
            if (*rows[0][k] && *(*header)[0]) {
                *skip = 1;
                /* a third header row: its first cell, as the second's,
                 * merged down from the header's ("TT"), a row under it */
                int third = n_rows > 2 && masks && (masks[0] & masks[1] & 1) &&
                            widths[1] == cols && !*rows[1][0];
                for (int j = 1; third && j < cols; j++)
                    if (*rows[1][j]) {
                        *header = fold_header(c, *header, rows[0], masks[0], masks[1], cols);
                        *skip = 2;
                        return rows[1];
                    }
                return rows[0];
            }
    /* (a header wider than cols: put_lost reads its cells past cols) */
    return header_w == cols ? md_column_groups(c, *header, cols, header) : NULL;
}

/* The page's columns (header, its groups' second row sub or NULL, the
 * types shape read, the alignment of separator), one line each. Moved
 * out of put_page whole (it had passed 120 lines). */
static void put_columns(Ctx *c, Buf *y, const char **header, const char **sub, int cols,
                        const AttShape *shape, const char *separator)
{
    const char *group = NULL;
    for (int k = 0; k < cols; k++) {
        const char *head = header[k];
        const char *grp = NULL;
        if (sub && *sub[k]) {
            grp = *header[k] ? header[k] : group;
            head = sub[k];
        }
        group = grp;
        buf_printf(y, "      - {key: c%d, header: ", k + 1);
        emit_quoted(y, year_refs(c, cell_value(c, head)));
        if (grp) {
            buf_puts(y, ", group: ");
            emit_quoted(y, year_refs(c, cell_value(c, grp)));
        }
        int typed = att_put_column(y, shape, k); /* centred by its type: */
        char align = att_column_align(separator, k); /* STT, summed, typed */
        if (align && !(align == 'c' && typed))
            buf_puts(y, align == 'c' ? ", align: center" : ", align: right");
        buf_puts(y, "}\n");
    }
}

/* The '# review:' note of a table whose rows are written out. One with
 * the columns of `preset: locality-targets` (Biểu 01 of khgen's own
 * documents: "Số tiêu chí đã đạt", "Mức đã đạt chuẩn", "Mức phấn đấu đạt
 * chuẩn", "Năm đạt chuẩn", in its header's two rows, as the preset's file
 * writes them) that is not read as the preset (imp_preset_page: a row of
 * another year, a place of no kind it groups) says what its rows hold
 * that the localities lost and how to tie them again: written out, a
 * locality deleted from the table stayed in the text's {loc ...} with no
 * word (s43user F19). */
static const char *written_note(Ctx *c, const char **header, int cols, const char ***rows,
                                const int *widths, size_t n_rows)
{
    /* its header's two rows, as plan text; the preset's own file says
     * which columns are its (import_preset.c) */
    int w = n_rows ? widths[0] : 0;
    const char **cells = arena_alloc(c->arena, (size_t)(cols + w + 1) * sizeof *cells);
    for (int k = 0; k < cols; k++)
        cells[k] = cell_value(c, header[k]);
    for (int k = 0; k < w; k++)
        cells[cols + k] = cell_value(c, rows[0][k]);
    if (!imp_preset_columns_in(c, cells, cols + w))
        return _("read from the document's table, its rows written out; a preset or rows: "
                 "{from: ...} would compute them from the plan's data");
    return _("read from the document's table, its rows written out: its columns are those of "
             "preset: locality-targets (the localities that aim for a standard in the plan's "
             "year), which computes its rows from the localities' criteria_met, status, target "
             "and target_year; these rows hold them and the localities above do not, so the "
             "table and the text's names of places no longer change together: to tie them, "
             "give each locality its row's figures, then write preset: locality-targets in "
             "place of this table's columns and rows");
}

/* An attachment's '# review:' line, id, label, title and orientation
 * (portrait: a .docx's page in portrait, docx_section.c). */
static void put_head(Buf *y, const char *review, const char *id, const char *label,
                     const char *title, int portrait)
{
    buf_printf(y, "  # review: %s\n", review);
    buf_puts(y, "  - id: ");
    buf_puts(y, id);
    buf_puts(y, "\n    label: ");
    emit_scalar(y, label);
    buf_puts(y, "\n    title: ");
    emit_scalar(y, title);
    if (portrait)
        buf_puts(y, "\n    orientation: portrait");
    buf_putc(y, '\n');
}

static void put_page(Ctx *c, Buf *y, const char *label, const char *title, const char **header,
                     const Para *header_para, int cols, const char ***rows, const int *widths,
                     const unsigned long long *masks, const Para *const *row_paras,
                     size_t n_rows, const char *note, const char *above,
                     const char *separator, unsigned long long not_centred, int line)
{
    int header_w = cols, widest = cols;
    if (cols > PLAN_MAX_COLUMNS)
        cols = PLAN_MAX_COLUMNS;
    for (size_t r = 0; r < n_rows; r++)
        if (widths[r] > widest)
            widest = widths[r];
    if (widest > cols)
        warn_lost(c, line, widest, cols);
    const char *review = written_note(c, header, cols, rows, widths, n_rows);
    const char *id = unique_id(c, slug(c, label, 24));
    imp_note_attachment(c, label, id); /* (the page's notes count pages by it) */
    int skip; /* the second header row is the first row */
    const char *const *head0 = header; /* as read (header_groups may fold it) */
    const char **sub = header_groups(c, &header, cols, header_w, rows, widths, masks, n_rows,
                                     &skip);
    int numbers = (size_t)skip < n_rows && att_column_numbers(rows[skip], widths[skip], cols);
    skip += numbers; /* "(1)", "(2)", ... under the header: no row of the plan's */
    const char ***body = rows + skip;
    const int *body_w = widths + skip;
    const unsigned long long *body_m = masks + skip;
    const Para *const *body_p = row_paras + skip;
    size_t n_body = n_rows - skip;
    size_t repeats = att_drop_repeated_header(c, head0, header_w, rows, widths, (size_t)skip,
                                              &body, &body_w, &body_m, &body_p, &n_body);
    /* rows as wide as the table, so that merges compare their cells */
    const char ***full = arena_alloc(c->arena, (n_body ? n_body : 1) * sizeof *full);
    for (size_t r = 0; r < n_body; r++) {
        full[r] = arena_alloc(c->arena, (size_t)cols * sizeof *full[r]);
        for (int k = 0; k < cols; k++)
            full[r][k] = k < body_w[r] ? body[r][k] : "";
    }
    const char **merge_notes = arena_alloc(c->arena, (n_body ? n_body : 1) * sizeof *merge_notes);
    const char *merge = word_merges(c, full, n_body, cols, body_m, 0, merge_notes);
    unsigned long long merged = 0;
    for (size_t r = 0; r < n_body; r++)
        merged |= body_m[r];
    /* the cells as plan text; the STT column, group and totals rows */
    const char ***cells = arena_alloc(c->arena, (n_body ? n_body : 1) * sizeof *cells);
    for (size_t r = 0; r < n_body; r++) {
        cells[r] = arena_alloc(c->arena, (size_t)cols * sizeof *cells[r]);
        for (int k = 0; k < cols; k++)
            cells[r][k] = cell_value(c, full[r][k]);
    }
    const char **heads = arena_alloc(c->arena, (size_t)cols * sizeof *heads);
    for (int k = 0; k < cols; k++)
        heads[k] = cell_value(c, sub && *sub[k] ? sub[k] : header[k]);
    /* "45,000" pasted from an English-locale Excel: thousands (s43user F21) */
    unsigned long long text = 0; /* columns of a figure of two readings: as written */
    const char *commas = att_english_figures(c, cells, n_body, cols, heads,
                                             n_body ? body_p[0]->line : 0, &text);
    unsigned char *strong = arena_alloc(c->arena, n_body ? n_body : 1);
    for (size_t r = 0; r < n_body; r++)
        strong[r] = cols > 1 && ((whole_bold(full[r][0]) && whole_bold(full[r][1])) ||
                                 body_p[r]->spans_rest); /* .md, .docx */
    AttShape shape;
    att_shape(c, heads, cells, n_body, cols, merged != 0, strong, text, &shape);
    Buf preset = {0}; /* khgen's own Biểu 01: its preset and the localities' data */
    ImpPresetPage pp = {heads, cols, cells, n_body, &shape, body_p, full, body_w, header_para,
                        head0, row_paras, rows, skip - numbers,
                        merged || commas || numbers || repeats || merge || widest > cols};
    int own = imp_preset_page(c, &preset, &pp);
    put_head(y, own ? _("khgen's own Biểu of preset: locality-targets, its rows read into the "
                           "localities above (criteria_met, status, target, target_year, "
                           "note) and levels: check them")
                       : review,
             id, label, title && *title ? year_refs(c, cell_value(c, title)) : label,
             n_rows && row_paras[0]->page == 1);
    buf_puts(y, preset.len ? preset.data : "    columns:\n");
    buf_free(&preset);
    if (own) {
        att_put_note(c, y, note ? cell_value(c, note) : NULL, above ? cell_value(c, above) : NULL);
        return;
    }
    /* a column typed by its cells where no separator says it is left-aligned,
     * nor a .docx cell of it with text is other than centred (a text column
     * of codes "5", "12" is left-aligned: it stays text, s18tables) */
    unsigned char may[64] = {0};
    for (int k = 0; k < cols && k < 64; k++)
        may[k] = !merged && (!separator || att_column_align(separator, k) == 'c') &&
                 !(not_centred >> k & 1);
    att_read_types(cells, n_body, cols, may, &shape);
    put_columns(c, y, header, sub, cols, &shape, separator);
    put_lost(c, y, _("the header row"), header, cols, header_w);
    /* the header's rows, each as the document writes it: their emphasis */
    imp_cell_emphasis(c, y, _("the header row"), cols, header_para, head0, LROW_HEADER);
    for (int r = 0; r < skip - numbers; r++)
        imp_cell_emphasis(c, y, _("the header row"), cols, row_paras[r], rows[r], LROW_HEADER);
    if (merge)
        buf_printf(y, "    merge: [%s]\n", merge);
    att_put_dropped(c, y, numbers, repeats); /* the column numbers, the header repeated */
    emit_unplaced_lines(y, 4, commas, commas ? "KH773" : NULL);
    if (n_body == (shape.totals < n_body))
        buf_puts(y, "    rows: []\n");
    else
        buf_puts(y, "    rows:\n");
    for (size_t r = 0; r < n_body; r++) {
        if (r == shape.totals) { /* written as the table's totals: its emphasis here */
            imp_cell_emphasis(c, y, _("the totals row"), cols, body_p[r], full[r], LROW_TOTALS);
            continue;
        }
        att_put_row(c, y, &shape, cells[r], r, cols, body_w[r], body_p[r], full[r]);
        /* a comment on the row's cell, a text box in it: beside the row,
         * not with the body's notes before `closing:` (s18docx L1) */
        imp_review_beside(c, y, 6, body_p[r]);
        if (merge_notes[r])
            emit_unplaced_lines(y, 6, text_one_line(c->arena, arena_printf(
                                          c->arena, _("row %zu, %s"), r + 1, merge_notes[r])), NULL);
        if (r + 1 == n_body && shape.review)
            att_put_review(c, y, &shape, body_p[r]);
        if (body_w[r] > cols)
            put_lost(c, y, arena_printf(c->arena, _("row %zu"), r + 1), body[r], cols, body_w[r]);
    }
    att_put_totals(y, &shape);
    att_put_note(c, y, note ? cell_value(c, note) : NULL, above ? cell_value(c, above) : NULL);
}

/* Text of an attachment page that is in none of its table, title and
 * note (the whole page when it has no table import could read, the rows
 * after its note): "# review:" lines at the top of the plan (lost), with
 * one warning at the page's label (KH762). Such a page was left out of
 * the plan without a word (s9mut: LibreOffice's .txt writes a table's
 * cells one a line: the plan lost the whole of Biểu 01). */
static void page_left_out(Ctx *c, Buf *lost, const Para *label, const char *const *texts,
                          size_t n)
{
    if (!n)
        return;
    Buf name = {0};
    for (const char *t = label->flat; *t; t++)
        buf_putc(&name, (unsigned char)*t < 0x20 ? ' ' : *t);
    Buf said = {0};
    buf_printf(&said, i18n_ntr("%zu paragraph of the attachment page '%s' is not in a table, "
                               "title or note import could read:",
                               "%zu paragraphs of the attachment page '%s' are not in a table, "
                               "title or note import could read:", n), n, name.data);
    emit_unplaced_lines(lost, 0, buf_str(&said), NULL);
    buf_free(&said);
    buf_free(&name);
    Buf text = {0}; /* each line marked, as text the plan does not print */
    for (size_t i = 0; i < n; i++) {
        buf_puts(&text, "  ");
        for (const char *t = texts[i]; *t; t++)
            if (*t == '\n')
                buf_puts(&text, "\n  ");
            else
                buf_putc(&text, (unsigned char)*t < 0x20 ? ' ' : *t);
        buf_putc(&text, '\n');
    }
    emit_unplaced_lines(lost, 0, buf_str(&text), "KH762");
    buf_free(&text);
    SrcPos pos = {c->path, label->line > 0 ? label->line : 0, label->line > 0 ? 1 : 0};
    diag_warning(c->diags, pos, 0, KH762,
                 i18n_ntr("%zu paragraph of the attachment page '%s' is in none of its table, "
                          "title and note: it is written as a '# review:' comment at the top of "
                          "the plan, not in its document; check it, and move what belongs to the "
                          "plan into it",
                          "%zu paragraphs of the attachment page '%s' are in none "
                          "of its table, title and note: they are written as '# review:' comments at the "
                          "top of the plan, not in its document; check them, and move what belongs to the "
                          "plan into it", n), n, label->flat);
}

/* "(Kèm theo ... của UBND tỉnh Bắc Kạn)", line, above a Biểu, which khgen
 * prints by itself: its issuer's short name, when the plan has none yet;
 * a line that gives another number or date than the header kept in lost
 * (import_attline.c). */
static void attached_to(Ctx *c, Buf *lost, const Para *label, const Para *line)
{
    const char *s = line->flat;
    if (imp_attline_other(c, s))
        imp_attline_left_out(c, lost, label, line);
    size_t l;
    const char *who = imp_attline_issuer(c, s, &l); /* up to its ")" or the wording's end */
    if (l && l < 120 && !c->plan->issuer_short)
        c->plan->issuer_short = dup_range(c, who, l);
}

/* 1 if s reads as a signer's title under a Biểu, a short line in capitals
 * without a colon ("NGƯỜI LẬP BIỂU"), not a note ("GHI CHÚ: ...", "(*)"):
 * such lines and their names ran into the note (s28foreign). */
static int signer_line(Ctx *c, const char *s)
{
    int b = 0, it = 0;
    const char *t = unwrap(c, s, &b, &it);
    return strlen(t) < 60 && !strchr(t, ':') && t[0] != '(' && is_upper_text(t);
}

/* Whether p, under an attachment's title (and nothing but the title
 * between), is the title's next line: bold, as a title is (a .docx's, a
 * .md's), or, under a title in capitals, a short line in capitals
 * without a colon (a PDF's text has no bold: "TỔNG HỢP" under "CÁC TIÊU
 * CHÍ ..." was the note, with a review comment, exit 0: s34mut's LOW).
 * Not a line in parentheses, "(Đơn vị tính: triệu đồng)": the note. */
static int title_line(Ctx *c, const Para *p, const char *title)
{
    int b = 0, it = 0;
    if (p->flat[0] == '(')
        return 0;
    if (p->bold && !p->italic)
        return 1;
    const char *t = unwrap(c, p->flat, &b, &it);
    return strlen(t) < 60 && !strchr(t, ':') && is_upper_text(t) && is_upper_text(unwrap(c, title, &b, &it));
}

/* A copy of the n elements of elem bytes at a, in a new arena array of
 * cap elements (a page's row arrays doubled). */
static void *grown(Ctx *c, const void *a, size_t elem, size_t n, size_t cap)
{
    void *b = arena_alloc(c->arena, cap * elem);
    memcpy(b, a, n * elem);
    return b;
}

size_t imp_read_attachments(Ctx *c, const Para *P, size_t from, size_t n)
{
    Buf y = {0}, lost = {0};
    size_t pages = 0;
    const char *prev = NULL; /* the label of the page above */
    for (size_t k = from; k < n;) {
        if (!imp_page_start(P, k, n)) {
            k++;
            continue;
        }
        const char *title = NULL, *separator = NULL, *label = imp_page_label(c, P, k, n, prev, &title);
        imp_part_emphasis(c, &P[k], IMP_PART_ATT_LABEL, P[k].flat, P[k].bold, P[k].italic);
        imp_note_page(c, label); /* the text may name it (import_attrefs.c) */
        unsigned long long not_centred = 0; /* the rows' (ImpPara.not_centred) */
        Buf note = {0}, above = {0}; /* under the table; between the title and the table */
        Buf title_more = {0}; /* the title's next lines, joined once (a copy a line: 2 GB) */
        const char **header = NULL;
        int cols = 0, header_line = P[k].line;
        size_t cap = 16, n_rows = 0;
        const char ***rows = arena_alloc(c->arena, cap * sizeof *rows);
        int *widths = arena_alloc(c->arena, cap * sizeof *widths);
        unsigned long long *masks = arena_alloc(c->arena, cap * sizeof *masks);
        const Para **row_paras = arena_alloc(c->arena, cap * sizeof *row_paras);
        size_t end = k + 1; /* the page's end: its lists (for page_left_out) sized to it, */
        while (end < n && !imp_page_start(P, end, n)) end++; /* not the rest: n², s32review */
        const char **left = arena_alloc(c->arena, 2 * (end - k) * sizeof *left), **page = left + end - k;
        size_t n_left = 0, n_page = 0;
        int no_note = 0; /* a signer's line, a table unread, under the table: the rest is not the note */
        const Para *header_para = NULL;
        page[n_page++] = P[k].text;
        size_t q = k + 1;
        for (; q < n && !imp_page_start(P, q, n); q++) {
            const char **cells;
            int w = pipe_row(c, P[q].flat, &cells);
            if (w != 0 && !imp_attline_at(P[q].flat))
                page[n_page++] = P[q].text;
            if (w == 0 && header && !n_rows) {
                separator = P[q].flat; /* "|:---:|---|": the columns' alignment */
                continue;
            }
            if (w == 0 || (w < 0 && !header && imp_typed_rule(P[q].flat)))
                continue; /* a rule typed over the table is the layout's (s55user F1b) */
            if (w > 0 && !header) {
                header = cells;
                cols = w;
                header_line = P[q].line;
                header_para = &P[q];
            } else if (w > 0 && !note.len) { /* rows until a note under the table */
                if (n_rows == cap) {
                    cap *= 2;
                    rows = grown(c, rows, sizeof *rows, n_rows, cap);
                    widths = grown(c, widths, sizeof *widths, n_rows, cap);
                    masks = grown(c, masks, sizeof *masks, n_rows, cap);
                    row_paras = grown(c, row_paras, sizeof *row_paras, n_rows, cap);
                }
                rows[n_rows] = cells;
                row_paras[n_rows] = &P[q];
                masks[n_rows] = P[q].merged_up;
                not_centred |= P[q].not_centred;
                widths[n_rows++] = w;
            } else if (imp_attline_at(P[q].flat) && !header) {
                imp_part_emphasis(c, &P[q], IMP_PART_ATT_NOTE, P[q].flat, P[q].bold, P[q].italic);
                attached_to(c, &lost, &P[k], &P[q]);
                continue;
            } else if (!title && !header) {
                imp_part_emphasis(c, &P[q], IMP_PART_ATT_TITLE, P[q].flat, P[q].bold, P[q].italic);
                title = P[q].flat;
            } else if (!header) {
                /* a title's second line (bold, as the first), or a line
                 * above the table, "(Đơn vị tính: triệu đồng)": neither
                 * is a note under the table, whose rows followed it */
                if (!above.len && title_line(c, &P[q], title))
                    buf_printf(&title_more, " %s", P[q].flat);
                else {
                    if (above.len)
                        buf_putc(&above, ' ');
                    buf_puts(&above, P[q].flat);
                }
            } else if (w > 0) {
                left[n_left++] = P[q].text; /* a row after the note */
            } else if (no_note || signer_line(c, P[q].flat) || imp_txt_head_line(P[q].flat, strlen(P[q].flat))) {
                no_note = 1; /* the Biểu's own signers, a page unread: said (KH762), no note */
                left[n_left++] = P[q].text;
            } else {
                imp_part_emphasis(c, &P[q], IMP_PART_ATT_NOTE, P[q].flat, P[q].bold, P[q].italic);
                if (note.len)
                    buf_putc(&note, ' ');
                buf_puts(&note, P[q].flat);
            }
        }
        if (title && title_more.len)
            title = arena_printf(c->arena, "%s%s", title, title_more.data);
        if (header) {
            if (!pages)
                buf_printf(&y, "\n# %s\nattachments:\n",
                           _("the attachment pages (Phụ lục, Biểu) after the signature"));
            imp_review_beside(c, &y, 2, header_para); /* a .txt's merged heading's */
            imp_damaged_label_note(c, &y, P, k, n, label); /* "02" for "Biểu 02" */
            put_page(c, &y, label, title, header, header_para, cols, rows, widths, masks,
                     row_paras, n_rows,
                     note.data, above.data, separator, not_centred, header_line);
            pages++, prev = label;
            page_left_out(c, &lost, &P[k], left, n_left);
        } else {
            page_left_out(c, &lost, &P[k], page, n_page);
        }
        buf_free(&note);
        buf_free(&above);
        buf_free(&title_more);
        k = q;
    }
    if (pages)
        c->plan->attachments_yaml = buf_to_arena(&y, c->arena);
    if (lost.len)
        c->plan->notes = c->plan->notes ? arena_printf(c->arena, "%s%s", c->plan->notes, lost.data)
                                        : buf_to_arena(&lost, c->arena);
    buf_free(&y);
    buf_free(&lost);
    return pages;
}

/* ---- tables in the body ---------------------------------------------------------------- */

/* "Bảng 1. Phân công nhiệm vụ" / "Bảng 2: ...": the caption of the table
 * under it; *number its number, *title where the caption's words start,
 * *sep the character after the number. 0 when s is no caption. Any
 * length: it stands right above the table (a caption over 200 bytes was
 * a paragraph above a table without one, round23 R3). */
static int table_caption(const char *s, int *number, const char **title, char *sep)
{
    if (!starts_with(s, "Bảng "))
        return 0;
    const char *t = s + strlen("Bảng ");
    if (!isdigit((unsigned char)*t))
        return 0;
    *number = 0; /* (atoi overflowed on "Bảng 99999999999.": capped) */
    for (; isdigit((unsigned char)*t); t++)
        if (*number < 1000)
            *number = *number * 10 + (*t - '0');
    if ((*t != '.' && *t != ':') || t[1] != ' ' || !t[2])
        return 0;
    *sep = *t;
    *title = t + 2;
    return *number > 0 && *number < 1000;
}

/* The column groups of a table in the body, read as an attachment's
 * (header_groups: a .docx's second header row, a .md's "group: header"),
 * into t->groups, t->header then the lower header row and the .docx's
 * second header row no longer a row. Body tables lost them (round23 R1:
 * "Hiện trạng: Mức đã đạt" written as one header, and the .docx's second
 * header row a row of the table, its group rows numbered by hand).
 * header_w is the header row's width as read, widths the rows'. */
static void body_groups(Ctx *c, ITable *t, int header_w, const int *widths)
{
    int skip;
    const char **header = t->header;
    const char **sub = header_groups(c, &header, t->n_cols, header_w, t->rows, widths,
                                     t->merged_up, t->n_rows, &skip);
    if (!sub || (size_t)skip >= t->n_rows)
        return; /* (a second header row and no row under it: a row) */
    const char **groups = arena_alloc(c->arena, (size_t)t->n_cols * sizeof *groups);
    const char **heads = arena_alloc(c->arena, (size_t)t->n_cols * sizeof *heads);
    const char *group = NULL;
    for (int k = 0; k < t->n_cols; k++) {
        groups[k] = NULL;
        heads[k] = header[k];
        if (*sub[k]) {
            groups[k] = group = *header[k] ? header[k] : group;
            heads[k] = sub[k];
        } else {
            group = NULL;
        }
    }
    t->groups = groups;
    t->header = heads;
    t->rows += skip;
    t->merged_up += skip;
    t->strong += skip;
    t->n_rows -= (size_t)skip;
}

size_t body_table(Ctx *c, Stack *st, const Para *P, size_t k, size_t end)
{
    const char **cells;
    int number = 0;
    const char *title = NULL;
    char sep = 0;
    size_t first = k;
    if (table_caption(P[k].flat, &number, &title, &sep) && k + 1 < end &&
        pipe_row(c, P[k + 1].flat, &cells) > 0)
        first = k + 1;
    if (pipe_row(c, P[first].flat, &cells) <= 0)
        return 0;
    ITable *t = arena_alloc(c->arena, sizeof *t);
    size_t cap = 16, q = first;
    const char ***rows = arena_alloc(c->arena, cap * sizeof *rows);
    int *widths = arena_alloc(c->arena, cap * sizeof *widths);
    unsigned long long *masks = arena_alloc(c->arena, cap * sizeof *masks);
    unsigned char *strong = arena_alloc(c->arena, cap); /* printed as a group row */
    const char *separator = NULL;
    for (; q < end; q++) {
        int w = pipe_row(c, P[q].flat, &cells);
        if (w < 0 || (q > first && P[q].gap))
            break; /* a blank line (an empty paragraph) ends it: the next
                    * table's header row was read as a row of this one
                    * (two tables of khgen's own .md and .docx, s26fiximp) */
        if (w == 0) {
            if (t->n_rows == 1 && !separator)
                separator = P[q].flat; /* "|:---:|---|": the columns' alignment */
            continue;
        }
        if (t->n_rows == cap) {
            cap *= 2;
            const char ***r2 = arena_alloc(c->arena, cap * sizeof *r2);
            int *w2 = arena_alloc(c->arena, cap * sizeof *w2);
            unsigned long long *m2 = arena_alloc(c->arena, cap * sizeof *m2);
            memcpy(r2, rows, t->n_rows * sizeof *rows);
            memcpy(w2, widths, t->n_rows * sizeof *widths);
            memcpy(m2, masks, t->n_rows * sizeof *masks);
            unsigned char *s2 = arena_alloc(c->arena, cap);
            memcpy(s2, strong, t->n_rows);
            rows = r2;
            widths = w2;
            masks = m2;
            strong = s2;
        }
        rows[t->n_rows] = cells;
        strong[t->n_rows] = w > 1 && ((whole_bold(cells[0]) && whole_bold(cells[1])) ||
                                      P[q].spans_rest);
        masks[t->n_rows] = P[q].merged_up;
        widths[t->n_rows++] = w;
        if (w > t->n_cols)
            t->n_cols = w;
    }
    /* a lone "| ... |" line stays a paragraph; not a table of no row
     * yet under its caption, or headed "STT": its header went to a
     * paragraph "| STT | Tên công trình |", the table lost (s36imp) */
    if (t->n_rows < 2 &&
        !(t->n_rows == 1 && widths[0] >= 2 && (first > k || att_numbering_header(cell_value(c, rows[0][0])))))
        return 0;
    if (t->n_cols > PLAN_MAX_COLUMNS) {
        Buf lost = {0};
        for (size_t r = 0; r < t->n_rows; r++) {
            if (widths[r] <= PLAN_MAX_COLUMNS)
                continue;
            const char *what = r ? arena_printf(c->arena, _("row %zu"), r) : _("the header row");
            if (lost.len)
                buf_putc(&lost, '\n');
            buf_puts(&lost, lost_cells(c, what, rows[r], PLAN_MAX_COLUMNS, widths[r]));
        }
        warn_lost(c, P[first].line, t->n_cols, PLAN_MAX_COLUMNS);
        t->lost = buf_to_arena(&lost, c->arena);
        buf_free(&lost);
        t->n_cols = PLAN_MAX_COLUMNS;
    }
    /* every row as wide as the widest; the first row is the header */
    for (size_t r = 0; r < t->n_rows; r++) {
        const char **full = arena_alloc(c->arena, (size_t)t->n_cols * sizeof *full);
        for (int j = 0; j < t->n_cols; j++)
            full[j] = cell_value(c, j < widths[r] ? rows[r][j] : "");
        rows[r] = full;
    }
    t->header = rows[0];
    t->rows = rows + 1;
    t->merged_up = masks + 1;
    t->strong = strong + 1;
    t->n_rows--;
    body_groups(c, t, widths[0], widths + 1);
    /* its header (and the rows body_groups read as header rows, and a row
     * of column numbers) typed again under a page break: no data rows */
    size_t numbers = t->n_rows && att_column_numbers(t->rows[0], t->n_cols, t->n_cols);
    att_drop_body_repeats(c, t, (const char *const *const *)rows,
                          (size_t)(t->rows - rows) + numbers, numbers);
    /* "12,500.5", "(1,500)", "45 000": as khgen prints them (s46imp), in
     * the document's order of tables; not the row of column numbers */
    if (t->n_rows > numbers)
        t->figures = att_english_figures(c, t->rows + numbers, t->n_rows - numbers, t->n_cols,
                                         t->header, P[first].line, &t->text_cols);
    for (int j = 0; j < t->n_cols; j++)
        t->align[j] = att_column_align(separator, j);
    /* the italic paragraph under a table is its note */
    if (q < end && P[q].italic && !P[q].bold && strlen(P[q].flat) < 400 &&
        parse_label(P[q].flat).kind == L_NONE) {
        t->note = cell_value(c, P[q].flat);
        q++;
    }
    INode *n = node_new(c, IN_TABLE, "");
    n->table = t;
    n->line = P[first].line;
    if (first > k) {
        /* khgen numbers captioned tables 1, 2, ...: a number out of that
         * order, or another sign after it ("Bảng 2:"), is written as the
         * label */
        n->title = plan_text(c, title);
        if (number != ++c->tables || sep != '.')
            n->label = dup_range(c, P[k].flat, (size_t)(title - 1 - P[k].flat));
    }
    body_attach(c, st, n);
    return q - k;
}
/* The task field a column's header names ("TT" stt, "Nhiệm vụ" task,
 * "Đơn vị chủ trì" lead, "Đơn vị phối hợp" support, "Thời gian hoàn
 * thành" due), or NULL. */
static const char *header_field(const char *header, int first)
{
    Buf up = {0};
    bare_upper(&up, header);
    const char *h = up.data ? up.data : "";
    const char *field = NULL;
    if (first && (strcmp(h, "TT") == 0 || strcmp(h, "STT") == 0 || strcmp(h, "SỐ TT") == 0))
        field = "stt";
    else if (str_find(h, "THỜI GIAN") || str_find(h, "THỜI HẠN") || str_find(h, "TIẾN ĐỘ"))
        field = "due";
    else if (str_find(h, "PHỐI HỢP"))
        field = "support";
    else if (str_find(h, "CHỦ TRÌ") || str_find(h, "THỰC HIỆN") || str_find(h, "PHỤ TRÁCH"))
        field = "lead";
    else if (str_find(h, "NHIỆM VỤ") || str_find(h, "NỘI DUNG") || str_find(h, "CÔNG VIỆC") ||
             str_find(h, "HOẠT ĐỘNG"))
        field = "task";
    buf_free(&up);
    return field;
}

/* The columns of t as task fields, each once, a task column and one of
 * lead, support, due among them, an STT column numbering the rows 1, 2,
 * ... and no row without its task; a column of anything else ("Sản
 * phẩm", "Ghi chú") is the tasks' data ("data.san_pham"). NULL when t is
 * not such a table. */
static const char **task_columns(Ctx *c, const ITable *t)
{
    const char **keys = arena_alloc(c->arena, ((size_t)t->n_cols + 1) * sizeof *keys);
    int task = -1, who = 0;
    for (int j = 0; j < t->n_cols; j++) {
        keys[j] = header_field(t->header[j], j == 0);
        if (!keys[j]) {
            char *key = slug(c, t->header[j], 24);
            for (char *k = key; *k; k++)
                *k = *k == '-' ? '_' : *k;
            if (!*key)
                return NULL;
            keys[j] = arena_printf(c->arena, "data.%s", key);
        }
        for (int i = 0; i < j; i++)
            if (strcmp(keys[i], keys[j]) == 0)
                return NULL;
        if (strcmp(keys[j], "task") == 0)
            task = j;
        else if (!starts_with(keys[j], "data.") && strcmp(keys[j], "stt") != 0)
            who = 1; /* lead, support or due: a "Ghi chú" column is no one */
    }
    if (task < 0 || !who)
        return NULL;
    for (size_t r = 0; r < t->n_rows; r++) {
        if (!*t->rows[r][task])
            return NULL;
        char want[24];
        snprintf(want, sizeof want, "%zu", r + 1);
        for (int j = 0; j < t->n_cols; j++) {
            const char *cell = t->rows[r][j];
            if (strcmp(keys[j], "stt") == 0 && strcmp(cell, want) != 0)
                return NULL;
            if (strlen(cell) > 400 && strcmp(keys[j], "task") != 0)
                return NULL; /* not a unit's name nor a deadline */
        }
    }
    /* a column of the tasks' data that no row fills ("Ghi chú" left blank)
     * names a field no task has (KH614): it is a column left blank,
     * value "" (emit_yaml writes the key as given) */
    for (int j = 0; j < t->n_cols; j++) {
        size_t r = 0;
        while (r < t->n_rows && !*t->rows[r][j])
            r++;
        if (starts_with(keys[j], "data.") && r == t->n_rows)
            keys[j] = arena_printf(c->arena, "%s, value: \"\"", keys[j] + 5);
    }
    return keys;
}

/* The units of a cell: "A, B" when each is a unit's name, else the whole
 * cell as one unit. Returns how many (ids[0..max)). */
static size_t cell_units(Ctx *c, const char *cell, const char **ids, size_t max)
{
    size_t len = strlen(cell);
    while (len && (cell[len - 1] == '.' || cell[len - 1] == ';' || cell[len - 1] == ' '))
        len--;
    if (!len)
        return 0;
    const char *value = dup_range(c, cell, len);
    size_t n = value_units(c, value, ids, max);
    if (!n)
        ids[n++] = unit_id(c, value);
    return n;
}

/* A cell as a data value: the braces cell_value doubled for plan text are
 * single again (data is printed as written, never expanded). */
static const char *data_value(Ctx *c, const char *cell)
{
    Buf b = {0};
    for (const char *t = cell; *t; t++) {
        buf_putc(&b, *t);
        if ((*t == '{' || *t == '}') && t[1] == *t)
            t++;
    }
    const char *r = b.data ? buf_to_arena(&b, c->arena) : "";
    buf_free(&b);
    return r;
}

/* A table's rows as its tasks. */
static void rows_to_tasks(Ctx *c, INode *node, const char **keys)
{
    ITable *t = node->table;
    for (size_t r = 0; r < t->n_rows; r++) {
        INode *task = node_new(c, IN_TASK, "");
        const char *ids[16];
        for (int j = 0; j < t->n_cols; j++) {
            const char *cell = t->rows[r][j];
            if (strcmp(keys[j], "task") == 0) {
                task->title = plan_text(c, data_value(c, cell)); /* braces doubled once */
            } else if (strcmp(keys[j], "lead") == 0) {
                size_t n = cell_units(c, cell, ids, 16);
                if (n == 1)
                    task->lead = ids[0];
                if (n > 1) {
                    task->leads = arena_alloc(c->arena, n * sizeof *task->leads);
                    memcpy(task->leads, ids, n * sizeof *ids);
                    task->n_leads = n;
                    task->lead = ids[0];
                }
            } else if (strcmp(keys[j], "support") == 0) {
                size_t n = cell_units(c, cell, ids, 16);
                task->support = arena_alloc(c->arena, (n + 1) * sizeof *task->support);
                memcpy(task->support, ids, n * sizeof *ids);
                task->n_support = n;
            } else if (strcmp(keys[j], "due") == 0 && *cell) {
                int structured;
                task->due = imp_due_yaml(c, cell, &structured);
                if (structured && c->stats)
                    c->stats->deadlines++;
            } else if (starts_with(keys[j], "data.") && *cell) {
                Buf d = {0}; /* "key: \"value\", ..." (emit_yaml wraps it in braces) */
                if (task->data)
                    buf_printf(&d, "%s, ", task->data);
                buf_printf(&d, "%s: ", keys[j] + 5);
                emit_quoted(&d, data_value(c, cell)); /* data, not text: no references */
                task->data = buf_to_arena(&d, c->arena);
                buf_free(&d);
            }
        }
        if (c->stats) {
            c->stats->tasks++;
            if (task->lead)
                c->stats->tasks_lead++;
        }
        node_add(c, node, task);
    }
    t->keys = keys;
}

void table_tasks(Ctx *c, INode *node)
{
    for (size_t i = 0; i < node->n_items; i++) {
        INode *it = node->items[i];
        if (it->kind == IN_TABLE && it->table && !it->table->keys) {
            att_drop_numbers(c, it->table);
            for (int j = 0; j < it->table->n_cols; j++) {
                it->table->header[j] = year_refs(c, it->table->header[j]);
                if (it->table->groups && it->table->groups[j])
                    it->table->groups[j] = year_refs(c, it->table->groups[j]);
            }
            const char **keys = task_columns(c, it->table);
            if (keys) {
                rows_to_tasks(c, it, keys);
                it->comment = _("the table's rows are tasks (lead, support, due read from its "
                                "columns): check the units and deadlines");
            } else {
                ITable *t = it->table;
                unsigned long long merged = 0;
                for (size_t r = 0; r < t->n_rows; r++)
                    merged |= t->merged_up[r];
                /* its STT column, group rows and totals as khgen prints them
                 * (import_attrows.c); with type: stt the rows' numbers would
                 * count the merged blocks: where Word merges cells, they
                 * stay text */
                att_body_table(c, t, merged != 0);
                for (size_t r = 0; r < t->n_rows; r++)
                    for (int j = 0; j < t->n_cols; j++)
                        if (j >= 32 || !(t->summed >> j & 1u))
                            t->rows[r][j] = year_refs(c, t->rows[r][j]);
                const char **notes = arena_alloc(c->arena, (t->n_rows ? t->n_rows : 1) *
                                                               sizeof *notes);
                t->merge = word_merges(c, t->rows, t->n_rows, t->n_cols, t->merged_up, t->stt,
                                       notes);
                Buf lost = {0}; /* one buffer: a copy per row was quadratic */
                buf_puts(&lost, t->lost ? t->lost : "");
                for (size_t r = 0; r < t->n_rows; r++)
                    if (notes[r])
                        buf_printf(&lost, "%s%s", lost.len ? "\n" : "",
                                   arena_printf(c->arena, _("row %zu, %s"), r + 1, notes[r]));
                if (lost.len)
                    t->lost = buf_to_arena(&lost, c->arena);
                buf_free(&lost);
                it->comment = _("the table's rows are written out: columns that name a task, "
                                "its units and its deadline would make them tasks");
            }
            continue;
        }
        table_tasks(c, it);
    }
}
