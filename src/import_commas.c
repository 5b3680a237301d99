/* import_commas.c - a table's figures pasted from an English-locale Excel.
 *
 * Many office PCs run English regional settings, and a Biểu pasted from
 * their Excel shows "45,000", "12,500", "500": a ',' between thousands. A
 * Vietnamese document writes "45.000" and reads "45,000" as 45 with three
 * decimals, which is how import read them (s43user F21): one column became
 * `type: decimal, decimals: 3` holding 45, the one beside it, where "500"
 * has no decimals, text; and when every figure was 1,000 or more, all of
 * them decimals with no word, the workbook's sums 1,000 times too small.
 *
 * Before the table's rows are read (att_shape, att_read_types), each
 * column whose every filled cell is such a figure (vi_comma_grouped, the
 * one reading of them) and one at least holds a comma is sorted:
 *   - for sure English: a figure of two commas ("1,234,567"), or a plain
 *     one beside one ending in 0 ("500" beside "12,500": a Vietnamese
 *     Excel shows 12,5 and 500, or 12,500 and 500,000, never both);
 *   - either: every figure "x,yyy" (45,000 is 45 or 45 thousand) or
 *     plain beside ones that may be decimals ("2,125", "3").
 * A column of the first kind is read as thousands. One of the second takes
 * the reading the table shows (another column English for sure: thousands;
 * a Vietnamese figure in it, "1.705", "12,5", "0,125": decimals, silently,
 * as before: khgen's own .docx of a `decimals: 3` column), else the one the
 * document's tables before it showed, else decimals; then a warning
 * (KH773) names the columns and what was assumed. The cells read as
 * thousands are rewritten as khgen prints them ("45.000"), a '# review:'
 * note in the plan says so, and every later reading takes them whole.
 *
 * The same decision reads the other notations a pasted table shows
 * (s46imp; they were kept as text, string cells where the source had
 * numbers, the totals row a row with KH768): thousands grouped by a
 * space, a no-break space or a narrow one ("45 000", one reading in
 * either notation); English decimals ("12,500.5", English for sure; so
 * is "12.5" beside "12,500", but not a column of "2.1", "17.2" alone,
 * which are codes as often); and Excel's accounting negative "(1,500)"
 * (not in a column whose every figure is bracketed, "(1)", "(2)": its
 * references). A cell read so is rewritten as khgen prints it, "12.500,5",
 * "-1.500", "45.000", with a note for each kind but the spaced. What the
 * column's notation leaves open is kept as written, never guessed: a
 * "1.500" in an English column (1.5 there, 1500 in Vietnamese), or in a
 * column of such figures alone ("1.500", "2.250") of a table another
 * column of which is English for sure (s47review), or a column of figures
 * of both notations; a note and KH773 name it, and the
 * column is neither typed nor summed (AttShape's `text`). Body tables'
 * figures are read here too, as the document's tables come.
 *
 * Stage: import (recognition); linear in the table's cells.
 */
#include <string.h>

#include "i18n.h"
#include "import_attrows.h"
#include "vi.h"

/* 1 if s is a figure as a Vietnamese document writes it that an English
 * keyboard would not: a dot between thousands ("1.705", "1.234,5"), a
 * decimal comma before other than three digits ("12,5"), or "0,125". */
static int vietnamese_figure(const char *s)
{
    double v;
    int d = att_printed_number(s, &v);
    const char *t = s + (*s == '-');
    return d >= 0 && (strchr(s, '.') || (d > 0 && d != 3) || (d == 3 && t[0] == '0'));
}

/* A cell's figure as written: an optional sign ('-', or brackets around
 * it, Excel's accounting format for a negative), then runs of digits and
 * the marks between them. */
typedef struct {
    int minus, paren;
    int n;                /* runs of digits */
    char mark[8];         /* mark[i] between run i and i + 1: ',', '.', or ' ' for a
                           * space, no-break space (U+00A0), narrow no-break space
                           * (U+202F) or thin space (U+2009) */
    const char *run[8];
    int len[8];
} Written;

/* The bytes of a space that groups digits at s, 0 if none. */
static int group_space(const char *s)
{
    if (*s == ' ')
        return 1;
    if ((unsigned char)s[0] == 0xC2 && (unsigned char)s[1] == 0xA0)
        return 2;
    if (strncmp(s, "\xE2\x80\xAF", 3) == 0 || strncmp(s, "\xE2\x80\x89", 3) == 0)
        return 3;
    return 0;
}

/* s read into *w; 0 when it is no figure's shape. */
static int written(const char *s, Written *w)
{
    memset(w, 0, sizeof *w);
    size_t n = strlen(s);
    if (n > 2 && s[0] == '(' && s[n - 1] == ')')
        w->paren = 1, s++, n -= 2;
    else if (n > 1 && s[0] == '-')
        w->minus = 1, s++, n--;
    const char *end = s + n;
    while (s < end) {
        size_t d = strspn(s, "0123456789");
        if (!d || d > 15 || w->n == 8 || s + d > end)
            return 0;
        w->run[w->n] = s;
        w->len[w->n++] = (int)d;
        s += d;
        if (s == end)
            break;
        int sp = group_space(s);
        if (w->n == 8 || s + (sp ? sp : 1) >= end)
            return 0;
        w->mark[w->n - 1] = sp ? ' ' : *s;
        if (!sp && *s != ',' && *s != '.')
            return 0;
        s += sp ? sp : 1;
    }
    return w->n > 0;
}

/* Whether *w is a figure in the notation that groups thousands with
 * `group` (or spaces) and writes `point` before the decimals; *decimals
 * the digits after it. Groups are all of one mark, each of three digits
 * after a first of one to three not begun by a 0 ("0,125" is no
 * English figure, "045" no figure's first group). */
static int reads(const Written *w, char group, char point, int *decimals)
{
    int groups = w->n, g = 0;
    *decimals = 0;
    if (w->n > 1 && w->mark[w->n - 2] == point) {
        groups = w->n - 1;
        *decimals = w->len[w->n - 1];
        if (*decimals > 6)
            return 0;
    }
    for (int i = 0; i + 1 < groups; i++) {
        if ((w->mark[i] != group && w->mark[i] != ' ') || (g && w->mark[i] != g))
            return 0;
        g = w->mark[i];
        if (w->len[i + 1] != 3)
            return 0;
    }
    if (groups > 1 && (w->len[0] > 3 || w->run[0][0] == '0'))
        return 0;
    return 1;
}

/* The figure *w as khgen prints it ("12,500.5" read in English -> "12.500,5",
 * "(1,500)" -> "-1.500", "45 000" -> "45.000"): its digits before the
 * decimals grouped by dots, then a comma and the digits written after. */
static const char *printed(Ctx *c, const Written *w, int decimals)
{
    Buf digits = {0}, b = {0};
    int whole = w->n - (decimals > 0);
    for (int i = 0; i < whole; i++)
        buf_putn(&digits, w->run[i], (size_t)w->len[i]);
    const char *d = buf_str(&digits);
    while (d[0] == '0' && d[1])
        d++;
    size_t len = strlen(d);
    int zero = strspn(d, "0") == len &&
               (!decimals || strspn(w->run[w->n - 1], "0") >= (size_t)decimals);
    if ((w->minus || w->paren) && !zero)
        buf_putc(&b, '-');
    for (size_t i = 0; i < len; i++) {
        if (i && (len - i) % 3 == 0)
            buf_putc(&b, '.');
        buf_putc(&b, d[i]);
    }
    if (decimals) {
        buf_putc(&b, ',');
        buf_putn(&b, w->run[w->n - 1], (size_t)decimals);
    }
    const char *out = buf_to_arena(&b, c->arena);
    buf_free(&b);
    buf_free(&digits);
    return out;
}

/* A cell's kind, by which notation reads it and how. */
enum {
    CELL_NONE,   /* no figure: the column is none */
    CELL_PLAIN,  /* digits alone: the same in both */
    CELL_SPACED, /* thousands grouped by spaces ("45 000"): the same in both */
    CELL_COMMA3, /* "x,yyy": 45 thousand in English, 45 in Vietnamese */
    CELL_DOT3,   /* "x.yyy": 1.5 in English, 1500 in Vietnamese */
    CELL_EN,     /* English alone: "1,234,567", "12,500.5", "45 000.5" */
    CELL_ENDEC,  /* English alone with no comma, "12.5", "0.125" (a code "2.1" too) */
    CELL_VN      /* Vietnamese alone: "1.234,5", "12,5", "1.234.567" */
};

static int cell_kind(const char *s, Written *w)
{
    int de, dv;
    if (!written(s, w))
        return CELL_NONE;
    if (w->paren && w->n == 1 && w->len[0] < 3)
        return CELL_NONE; /* "(2)": a column's number, a reference; "(500)" a negative */
    if (w->n == 1)
        return CELL_PLAIN;
    int en = reads(w, ',', '.', &de), vn = reads(w, '.', ',', &dv);
    if (en && vn && de == dv)
        return CELL_SPACED;
    if (en && vn)
        return de ? CELL_DOT3 : CELL_COMMA3;
    if (en)
        return memchr(w->mark, ',', (size_t)w->n - 1) ? CELL_EN : CELL_ENDEC;
    return vn ? CELL_VN : CELL_NONE;
}

/* 1 if s is a dash alone ("-", "–", "—"): the zero of Excel's accounting
 * format, which an English-locale sheet shows among "12,500" and "500". */
static int dash_cell(const char *s)
{
    s += strspn(s, " ");
    size_t n = *s == '-' ? 1
               : strncmp(s, "\xE2\x80\x93", 3) == 0 || strncmp(s, "\xE2\x80\x94", 3) == 0 ? 3
                                                                                   : 0;
    return n && s[n + strspn(s + n, " ")] == '\0';
}

/* What a column's cells are, counted (column_of). */
typedef struct {
    int none, figures, paren, unbracketed, plain, comma3, zero_end, dot3, en, endec, vn,
        spaced;
} Column;

/* Column k's cells counted; *vn set when a cell of it is a Vietnamese
 * figure as the table's other columns take it (vietnamese_figure). An
 * empty cell, or a dash alone (dash_cell: "45,000" beside "-" was left
 * English, silently, in a column beside one read as thousands, s45attack
 * E1), is no figure of either kind. */
static Column column_of(const char ***rows, size_t n_rows, int k, int *vn)
{
    Column col = {0};
    for (size_t r = 0; r < n_rows; r++) {
        const char *s = rows[r][k];
        Written w;
        if (!*s || dash_cell(s))
            continue;
        *vn |= vietnamese_figure(s);
        int kind = cell_kind(s, &w);
        col.none += kind == CELL_NONE;
        if (kind == CELL_NONE)
            continue;
        col.figures++;
        col.paren += w.paren;
        col.unbracketed += !w.paren;
        col.plain += kind == CELL_PLAIN;
        col.comma3 += kind == CELL_COMMA3;
        col.zero_end |= (kind == CELL_COMMA3 || kind == CELL_EN) && w.run[w.n - 1][w.len[w.n - 1] - 1] == '0' &&
                        !memchr(w.mark, '.', (size_t)w.n - 1);
        col.dot3 += kind == CELL_DOT3;
        col.en += kind == CELL_EN;
        col.endec += kind == CELL_ENDEC;
        col.vn += kind == CELL_VN;
        col.spaced += kind == CELL_SPACED;
    }
    return col;
}

/* A column's notation as its own cells show it. */
enum { NOTE_NONE, NOTE_EN, NOTE_EITHER, NOTE_VN, NOTE_MIXED };

static int notation(const Column *col)
{
    if (col->none || !col->figures || !col->unbracketed)
        return NOTE_NONE; /* text, or "(1)", "(2)": references, no negatives */
    int en = col->en || (col->endec && col->comma3) || (col->plain && col->zero_end);
    if (en && col->vn)
        return NOTE_MIXED;
    if (en)
        return NOTE_EN;
    if (col->vn)
        return NOTE_VN;
    return col->comma3 ? NOTE_EITHER : NOTE_VN;
}
/* What rewrite_column did to a column's cells. */
typedef struct {
    int read;     /* a cell written in English notation rewritten */
    int decimals; /* ... one of them with a '.' before decimals */
    int brackets; /* a negative in brackets read */
} Rewritten;

/* Column k's cells rewritten as khgen prints them, in the notation its
 * table decided: English (en) every figure ("12,500.5" -> "12.500,5"),
 * else only those whose value is the same in both ("45 000", and a
 * negative in brackets, "(1.500)"). A cell "x.yyy" in an English column
 * is 1.5 there and 1500 as a Vietnamese document writes it: kept as
 * written, named in *ambiguous ("column 3, row 2: \"1.500\""), *n_amb
 * counted. */
static Rewritten rewrite_column(Ctx *c, const char ***rows, size_t n_rows, int k, int en,
                                Buf *ambiguous, int *n_amb)
{
    Rewritten did = {0};
    for (size_t r = 0; r < n_rows; r++) {
        const char *s = rows[r][k];
        Written w;
        int d, kind = *s && !dash_cell(s) ? cell_kind(s, &w) : CELL_NONE;
        if (kind == CELL_NONE || (kind == CELL_PLAIN && !w.paren))
            continue;
        if (en && kind == CELL_DOT3) {
            if ((*n_amb)++ < 5)
                buf_printf(ambiguous, "%s\"%s\" (%s)", ambiguous->len ? ", " : "", s,
                           arena_printf(c->arena, _("column %d, row %zu"), k + 1, r + 1));
            else if (*n_amb == 6)
                buf_puts(ambiguous, ", ...");
            continue;
        }
        if (!en && !w.paren && !memchr(w.mark, ' ', (size_t)w.n - 1))
            continue; /* as a Vietnamese document writes it: read as it stands */
        if (!reads(&w, en ? ',' : '.', en ? '.' : ',', &d))
            continue;
        rows[r][k] = printed(c, &w, d);
        did.read |= en && kind != CELL_PLAIN && kind != CELL_SPACED;
        did.decimals |= en && d > 0 && kind != CELL_SPACED;
        did.brackets |= w.paren;
    }
    return did;
}

/* Column k named for a message: its number and header, "3 (Ngân sách
 * trung ương)", appended to list. */
static void put_column(Buf *list, int k, const char *const *heads)
{
    buf_printf(list, "%s%d", list->len ? ", " : "", k + 1);
    if (heads && heads[k] && *heads[k])
        buf_printf(list, " (%s)", heads[k]);
}

/* note, a line break after its last line if it has one: where its next
 * line goes. */
static Buf *line_of(Buf *note)
{
    if (note->len)
        buf_putc(note, '\n');
    return note;
}

/* The warning (KH773) for what could not be read, at `line`: cells
 * "x.yyy" in an English column, columns of both notations. */
static void warn_unread(Ctx *c, int line, const Buf *ambiguous, int n_amb, const Buf *mixed)
{
    SrcPos pos = {c->path, line > 0 ? line : 0, line > 0 ? 1 : 0};
    if (n_amb)
        diag_warning(c->diags, pos, 0, KH773,
                     "%s: written 'x.yyy' in a table whose other figures are written as an "
                     "English-locale Excel shows them (\"12,500.5\"), which is 1.5 there and "
                     "1500 as a Vietnamese document writes it; kept as written: write each in "
                     "the plan as meant (1500, or 1.5)",
                     buf_str(ambiguous));
    if (mixed->len)
        diag_warning(c->diags, pos, 0, KH773,
                     "the figures of column %s are written in both notations, English "
                     "(\"12,500.5\") and Vietnamese (\"1.234,5\"): kept as written; write them "
                     "in the plan as meant",
                     buf_str(mixed));
}

const char *att_english_figures(Ctx *c, const char ***rows, size_t n_rows, int cols,
                                const char *const *heads, int line, unsigned long long *text)
{
    enum { MAX = 64 };
    int kind[MAX] = {0}, dots[MAX] = {0}, vn = 0, sure = 0, either = 0;
    for (int k = 0; k < cols && k < MAX; k++) {
        Column col = column_of(rows, n_rows, k, &vn);
        /* the STT column numbers the rows ("1.1", "1.2"): no figures */
        kind[k] = heads && heads[k] && att_numbering_header(heads[k]) ? NOTE_NONE
                                                                      : notation(&col);
        /* "1.500", "2.250" and no figure of Vietnamese alone: 1.5 and 2.25
         * in a table English for sure, never 1500 silently */
        dots[k] = kind[k] == NOTE_VN && col.dot3 && !col.vn;
        sure += kind[k] == NOTE_EN;
        either += kind[k] == NOTE_EITHER;
    }
    int thousands = sure || (!vn && c->figures_locale > 0);
    const char *why = sure ? _("another column of the table writes its figures so for sure")
                      : thousands ? _("a table before it writes its figures so")
                                  : NULL;
    if (sure)
        c->figures_locale = 1;
    else if (vn && !c->figures_locale)
        c->figures_locale = -1;
    Buf read = {0}, decimals = {0}, assumed = {0}, brackets = {0}, ambiguous = {0}, mixed = {0};
    int n_amb = 0;
    for (int k = 0; k < cols && k < MAX; k++) {
        if (kind[k] == NOTE_MIXED) {
            put_column(&mixed, k, heads);
            *text |= 1ull << k;
        }
        int amb = n_amb;
        if (kind[k] == NOTE_NONE || kind[k] == NOTE_MIXED)
            continue;
        int en = kind[k] == NOTE_EN || (kind[k] == NOTE_EITHER && thousands) || (dots[k] && sure);
        Rewritten did = rewrite_column(c, rows, n_rows, k, en, &ambiguous, &n_amb);
        if (did.read)
            put_column(did.decimals ? &decimals : &read, k, heads);
        if (n_amb > amb)
            *text |= 1ull << k;
        if (did.brackets)
            put_column(&brackets, k, heads);
        if (kind[k] == NOTE_EITHER && !(vn && !sure))
            put_column(&assumed, k, heads);
    }
    if (assumed.len) {
        SrcPos pos = {c->path, line > 0 ? line : 0, line > 0 ? 1 : 0};
        if (thousands)
            diag_warning(c->diags, pos, 0, KH773,
                         "the figures of column %s are each written 'x,yyy' (\"45,000\"), "
                         "which is 45 in a Vietnamese document and 45 thousand from an "
                         "English-locale Excel: read as thousands, as %s; check them, and write "
                         "them in the plan as meant (45000, or 45.0 for 45)",
                         buf_str(&assumed), why);
        else
            diag_warning(c->diags, pos, 0, KH773,
                         "the figures of column %s are each written 'x,yyy' (\"45,000\"), "
                         "which is 45 in a Vietnamese document and 45 thousand from an "
                         "English-locale Excel: read as decimals (45,000 is 45), as a "
                         "Vietnamese document writes them; if they were pasted from an "
                         "English-locale Excel and are thousands, write them so in the plan "
                         "(45000)",
                         buf_str(&assumed));
    }
    warn_unread(c, line, &ambiguous, n_amb, &mixed);
    Buf note = {0};
    if (read.len)
        buf_printf(&note, _("the figures of column %s are written with ',' between thousands "
                            "(\"12,500\"), as an English-locale Excel shows them: read as "
                            "thousands (12.500), which khgen prints with '.'; check them, then "
                            "delete this comment"),
                   buf_str(&read));
    else if (assumed.len)
        buf_printf(&note, _("the figures of column %s, each written 'x,yyy', are read as "
                            "decimals (45,000 is 45); if they were pasted from an "
                            "English-locale Excel and are thousands, write them so (45000), "
                            "then delete this comment"),
                   buf_str(&assumed));
    if (decimals.len)
        buf_printf(line_of(&note), _("the figures of column %s are written as an English-locale Excel "
                            "shows them, ',' between thousands and '.' before the decimals "
                            "(\"12,500.5\"): read so, and printed as a Vietnamese document "
                            "writes them (12.500,5); check them, then delete this comment"),
                   buf_str(&decimals));
    if (brackets.len)
        buf_printf(line_of(&note), _("the figures in brackets in column %s (\"(1,500)\", as Excel's "
                            "accounting format shows a negative) are read as below zero "
                            "(-1.500); check them, then delete this comment"),
                   buf_str(&brackets));
    if (n_amb)
        buf_printf(line_of(&note), _("%s: written 'x.yyy' among English-locale figures (\"12,500.5\"), "
                            "1.5 there and 1500 in a Vietnamese document: kept as written; "
                            "write it as meant (1500, or 1.5), then delete this comment"),
                   buf_str(&ambiguous));
    if (mixed.len)
        buf_printf(line_of(&note), _("the figures of column %s are written in both notations, English "
                            "(\"12,500.5\") and Vietnamese (\"1.234,5\"): kept as written; "
                            "write them as meant, then delete this comment"),
                   buf_str(&mixed));
    const char *out = note.len ? buf_to_arena(&note, c->arena) : NULL;
    buf_free(&note);
    buf_free(&read);
    buf_free(&decimals);
    buf_free(&assumed);
    buf_free(&brackets);
    buf_free(&ambiguous);
    buf_free(&mixed);
    return out;
}
