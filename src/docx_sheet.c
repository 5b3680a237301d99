/* docx_sheet.c - an Excel worksheet embedded in a .docx, read as a table.
 *
 * Offices build a plan's Biểu in Excel and paste it into the Word plan as
 * a worksheet object (Paste Special > Microsoft Excel Worksheet Object,
 * Insert > Object): the .docx holds the whole workbook as an .xlsx part
 * (word/embeddings/Microsoft_Excel_Worksheet.xlsx) and a picture of the
 * cells, which is what Word shows and prints. docx_ole.c finds the object
 * and its part; this file reads the workbook with libzip (the inner zip,
 * from memory) and libxml2 (its parts, through docx_part.c's limits) and
 * writes the cells Word shows as the WordprocessingML table a drafter
 * would have typed (w:tbl, w:tr, w:tc, w:gridSpan, w:vMerge, w:jc), which
 * import_docx.c then reads as it reads any Word table: the Biểu's
 * headings, rows and merged header cells come out as its twin typed in
 * Word does.
 *
 * What is read (ECMA-376 Part 1, SpreadsheetML): the workbook part the
 * package's officeDocument relationship names; in it workbookPr's
 * date1904, the active sheet (bookViews' first workbookView's activeTab,
 * an index into sheets, else the first) and oleSize, the range the object
 * shows ("A1:F20"), down to its cells that hold a value (without it the
 * active sheet's cells that hold a value, as Excel sizes a new object); the sheet's rows and cells (the r
 * attributes, or their order), its merged cells, its hidden rows and
 * columns (left out, as the picture leaves them out); shared strings
 * (their rich text runs joined, phonetic runs left out, _xHHHH_ escapes
 * read); the styles' number formats, horizontal alignment and font's bold
 * of cellXfs (a group's row, "I. Cấp huyện", bold in Excel, is bold in the
 * table, as its twin typed in Word is: s52import F5).
 * A cell shows: a shared or inline string as it is, a number or date as
 * its number format shows it (docx_sheetfmt.c), a formula its cached value
 * (none cached: empty, as the object's picture was drawn before), TRUE or
 * FALSE, an error's code (#DIV/0!). Not read: fonts but bold (italic, a
 * rich text run's own bold),
 * borders and fills, comments, pictures and charts on the sheet, other
 * sheets, conditional formats. A merge whose first cell is outside the
 * visible range shows that cell's text in its part within the range.
 *
 * Every part is unpacked within IMPORT_MAX_PART and taken from the
 * embedded documents' budget (IMPORT_MAX_CHUNKS), and parsed within
 * IMPORT_MAX_NODES; the range is bounded (DOCX_SHEET_MAX_ROWS, _COLS), and
 * so is the cells' text (DOCX_SHEET_MAX_TEXT). The reading is quiet: what
 * goes wrong is a sentence (why) for the caller's warning, the object
 * then kept as a note as before.
 *
 * Stage: import (the .docx reader). Linear in the workbook's parts.
 */
#include "docx_sheet.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <zip.h>

#include "diag.h"
#include "docx_part.h"
#include "docx_rels.h"
#include "docx_sheetfmt.h"
#include "docx_tree.h"
#include "i18n.h"
#include "import.h"
#include "vi.h"

typedef struct Fmt {
    int id;
    size_t order;      /* its place in numFmts: the first of an id counts */
    const char *code;
} Fmt;

/* The range of cells a sheet shows: rows and columns from 0, inclusive */
typedef struct Range {
    int r0, c0, r1, c1;
} Range;

typedef struct Book {
    Arena *arena;
    DiagSink *quiet;   /* docx_part.c's diagnostics, not shown */
    zip_t *zip;
    size_t *budget;
    const char *why;   /* set at the first failure */
    int date1904;
    const char **strings;
    size_t n_strings;
    Fmt *fmts;         /* the styles' own number formats */
    size_t n_fmts;
    const char **xf_code; /* cellXfs: each one's number format code, NULL General */
    char *xf_align;    /* and its horizontal alignment: 'c', 'l', 'r', 0 General */
    unsigned char *xf_bold; /* and whether its font is bold (fonts/font/b) */
    size_t n_xf;
    size_t text;       /* bytes of the cells' text so far */
} Book;

/* n zeroed bytes (xmalloc's) */
static void *zeroed(size_t n)
{
    void *p = xmalloc(n ? n : 1);
    memset(p, 0, n ? n : 1);
    return p;
}

/* The first failure's reason (later ones follow from it) */
static void fail(Book *b, const char *why)
{
    if (!b->why)
        b->why = why;
}

/* Part name of the workbook parsed, within the limits; NULL when it is
 * missing (*missing 1) or after fail (*missing 0) */
static xmlDoc *part_xml(Book *b, const char *name, int *missing)
{
    zip_stat_t st;
    zip_stat_init(&st);
    *missing = 0;
    if (zip_stat(b->zip, name, ZIP_FL_NOCASE, &st) == 0 && (st.valid & ZIP_STAT_SIZE) &&
        (st.size > IMPORT_MAX_PART || st.size > *b->budget)) {
        fail(b, arena_printf(b->arena, st.size > IMPORT_MAX_PART
                                           ? _("its part %s unpacks to %llu bytes, more than the "
                                               "%u MiB import reads of a part")
                                           : _("its part %s unpacks to %llu bytes, more than the "
                                               "embedded documents may still unpack together "
                                               "(%u MiB)"),
                             name, (unsigned long long)st.size,
                             (st.size > IMPORT_MAX_PART ? IMPORT_MAX_PART : IMPORT_MAX_CHUNKS) >> 20));
        return NULL;
    }
    size_t len = 0;
    char *xml = docx_read_part(b->quiet, "", b->zip, name, &len, missing, b->budget);
    if (!xml) {
        if (!*missing)
            fail(b, arena_printf(b->arena, _("its part %s is damaged, or holds more than %d "
                                             "tags"), name, IMPORT_MAX_TAGS));
        return NULL;
    }
    xmlDoc *doc = docx_parse_xml(b->quiet, "", name, xml, len);
    free(xml);
    if (!doc)
        fail(b, arena_printf(b->arena, _("its part %s is not well-formed XML"), name));
    return doc;
}

/* The target (resolved, arena) of the relationship of rels_name whose Id
 * is id, or the first whose Type ends in type_end; NULL for none */
static const char *rel_target(Book *b, const char *rels_name, const char *folder,
                              const char *id, const char *type_end)
{
    int missing;
    xmlDoc *doc = part_xml(b, rels_name, &missing);
    const char *found = NULL;
    const xmlNode *root = doc ? xmlDocGetRootElement(doc) : NULL;
    for (const xmlNode *r = root ? root->children : NULL; r && !found; r = r->next) {
        if (!docx_is(r, "Relationship"))
            continue;
        char *rid = docx_attr(r, "Id"), *type = docx_attr(r, "Type");
        char *target = docx_attr(r, "Target"), *mode = docx_attr(r, "TargetMode");
        size_t tl = type ? strlen(type) : 0, el = type_end ? strlen(type_end) : 0;
        int match = id ? rid && strcmp(rid, id) == 0
                       : type && tl >= el && strcmp(type + tl - el, type_end) == 0;
        if (match && target && !(mode && strcmp(mode, "External") == 0))
            found = docx_rel_resolve(b->arena, folder, target);
        xmlFree(rid), xmlFree(type), xmlFree(target), xmlFree(mode);
    }
    xmlFreeDoc(doc);
    return found;
}

/* "AB12" into *col 27, *row 11 (from 0); the letters alone ("AB", a
 * column's) leave *row; 0 when ref is no cell reference */
static int cell_ref(const char *ref, int *col, int *row)
{
    int c = 0, r = 0, letters = 0, digits = 0;
    const char *p = ref;
    p += *p == '$';
    for (; *p >= 'A' && *p <= 'Z' && letters < 4; p++, letters++)
        c = c * 26 + (*p - 'A' + 1);
    p += *p == '$';
    for (; *p >= '0' && *p <= '9' && digits < 8; p++, digits++)
        r = r * 10 + (*p - '0');
    if (!letters || c > 16384 || (digits && (r < 1 || r > 1048576)))
        return 0;
    *col = c - 1;
    if (digits)
        *row = r - 1;
    return 1;
}

/* A range "A1:F20" (or one cell "A1") into *rg; 0 when it is none */
static int range_ref(const char *ref, Range *rg)
{
    const char *colon = ref ? strchr(ref, ':') : NULL;
    int r0 = -1, r1 = -1, c0, c1;
    if (!ref || !cell_ref(ref, &c0, &r0) || r0 < 0)
        return 0;
    if (!colon)
        c1 = c0, r1 = r0;
    else if (!cell_ref(colon + 1, &c1, &r1) || r1 < 0)
        return 0;
    rg->r0 = r0 < r1 ? r0 : r1, rg->r1 = r0 < r1 ? r1 : r0;
    rg->c0 = c0 < c1 ? c0 : c1, rg->c1 = c0 < c1 ? c1 : c0;
    return 1;
}

/* Appends s to out with SpreadsheetML's escapes read: "_x000A_" a line
 * break, "_x005F_" an underscore, another control character none */
static void put_xstring(Buf *out, const char *s)
{
    for (; *s; s++) {
        unsigned cp = 0;
        int hex = s[0] == '_' && s[1] == 'x' && s[6] == '_' && s[2] && s[3] && s[4] && s[5];
        for (int k = 2; hex && k < 6; k++) {
            char c = s[k];
            hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
            cp = cp * 16 + (unsigned)(c <= '9' ? c - '0' : (c | 32) - 'a' + 10);
        }
        if (!hex) {
            buf_putc(out, *s == '\r' ? ' ' : *s);
            continue;
        }
        if (cp == '\n' || cp == '\t')
            buf_putc(out, cp == '\t' ? ' ' : '\n');
        else if (cp >= 0x20 && !(cp >= 0xD800 && cp < 0xE000))
            utf8_put(out, cp);
        s += 6;
    }
}

/* The text of a shared string or an inline string si: its t, or its
 * rich text runs' t joined; phonetic runs (rPh) left out */
static void string_text(const xmlNode *si, Buf *out)
{
    for (const xmlNode *c = si->children; c; c = c->next) {
        const xmlNode *t = docx_is(c, "t") ? c : docx_is(c, "r") ? docx_child(c, "t") : NULL;
        xmlChar *s = t ? xmlNodeGetContent(t) : NULL;
        if (s)
            put_xstring(out, (const char *)s);
        xmlFree(s);
    }
}

static void read_strings(Book *b, const char *name)
{
    int missing;
    xmlDoc *doc = name ? part_xml(b, name, &missing) : NULL;
    const xmlNode *root = doc ? xmlDocGetRootElement(doc) : NULL;
    size_t cap = 0;
    for (const xmlNode *si = root ? root->children : NULL; si; si = si->next) {
        if (!docx_is(si, "si"))
            continue;
        Buf t = {0};
        string_text(si, &t);
        if (b->n_strings == cap) {
            cap = cap ? cap * 2 : 64;
            b->strings = xrealloc(b->strings, cap * sizeof *b->strings);
        }
        b->strings[b->n_strings++] = buf_to_arena(&t, b->arena);
        buf_free(&t);
    }
    xmlFreeDoc(doc);
}

/* qsort's order of the number formats: by id, then by their place */
static int fmt_order(const void *a, const void *b)
{
    const Fmt *x = a, *y = b;
    if (x->id != y->id)
        return x->id < y->id ? -1 : 1;
    return x->order < y->order ? -1 : x->order > y->order;
}

/* The code of number format id: the workbook's own (the first of that id
 * in numFmts; b->fmts sorted by fmt_order), else a built-in one; NULL for
 * General. Logarithmic in the formats: a cell's style was looked up in
 * all of them, 60,000 formats and 24,000 cells a second, 400,000 and
 * 500,000 some minutes (s52review). */
static const char *format_code(const Book *b, int id)
{
    size_t lo = 0, hi = b->n_fmts;
    while (lo < hi) { /* the first of id */
        size_t mid = lo + (hi - lo) / 2;
        if (b->fmts[mid].id < id)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < b->n_fmts && b->fmts[lo].id == id ? b->fmts[lo].code : docx_sheet_builtin(id);
}

static void read_styles(Book *b, const char *name)
{
    int missing;
    xmlDoc *doc = name ? part_xml(b, name, &missing) : NULL;
    const xmlNode *root = doc ? xmlDocGetRootElement(doc) : NULL;
    size_t cap = 0;
    for (const xmlNode *f = docx_child(docx_child(root, "numFmts"), "numFmt"); f; f = f->next) {
        char *code = docx_attr(f, "formatCode");
        if (docx_is(f, "numFmt") && code) {
            if (b->n_fmts == cap) {
                cap = cap ? cap * 2 : 16;
                b->fmts = xrealloc(b->fmts, cap * sizeof *b->fmts);
            }
            b->fmts[b->n_fmts] = (Fmt){docx_attr_int(f, "numFmtId", 0), b->n_fmts,
                                       arena_strdup(b->arena, code)};
            b->n_fmts++;
        }
        xmlFree(code);
    }
    if (b->n_fmts)
        qsort(b->fmts, b->n_fmts, sizeof *b->fmts, fmt_order);
    cap = 0;
    size_t n_fonts = 0, cap_fonts = 0;
    unsigned char *font_bold = NULL; /* each font's b (ECMA-376 18.8.2: true unless val says 0) */
    for (const xmlNode *f = docx_child(docx_child(root, "fonts"), "font"); f; f = f->next) {
        if (!docx_is(f, "font"))
            continue;
        if (n_fonts == cap_fonts) {
            cap_fonts = cap_fonts ? cap_fonts * 2 : 16;
            font_bold = xrealloc(font_bold, cap_fonts);
        }
        font_bold[n_fonts++] = (unsigned char)docx_toggle_on(docx_child(f, "b"));
    }
    for (const xmlNode *x = docx_child(docx_child(root, "cellXfs"), "xf"); x; x = x->next) {
        if (!docx_is(x, "xf"))
            continue;
        if (b->n_xf == cap) {
            cap = cap ? cap * 2 : 16;
            b->xf_code = xrealloc(b->xf_code, cap * sizeof *b->xf_code);
            b->xf_align = xrealloc(b->xf_align, cap);
            b->xf_bold = xrealloc(b->xf_bold, cap);
        }
        char *h = docx_attr(docx_child(x, "alignment"), "horizontal");
        int font = docx_attr_int(x, "fontId", 0);
        b->xf_bold[b->n_xf] = font >= 0 && (size_t)font < n_fonts && font_bold[font];
        b->xf_code[b->n_xf] = format_code(b, docx_attr_int(x, "numFmtId", 0));
        b->xf_align[b->n_xf++] = !h || strcmp(h, "general") == 0 ? 0
                                 : strncmp(h, "center", 6) == 0 ? 'c'
                                 : strcmp(h, "right") == 0      ? 'r' : 'l';
        xmlFree(h);
    }
    free(font_bold);
    xmlFreeDoc(doc);
}

/* The number format code of cell style xf (read_styles resolved it);
 * NULL for General */
static const char *format_of(const Book *b, int xf)
{
    return xf < 0 || (size_t)xf >= b->n_xf ? NULL : b->xf_code[xf];
}

/* A merge's first cell (row, col of the sheet) outside the range, and
 * at, the place in the grid of its first cell within it */
typedef struct Origin {
    int row, col;
    size_t at;
} Origin;

/* The cells the sheet shows, read from its sheetData */
typedef struct Grid {
    Range rg;
    int rows, cols;
    const char **text; /* rows * cols, NULL for an empty cell */
    char *align;       /* 'c', 'l', 'r' or 0 */
    unsigned char *bold; /* its font bold */
    int *merge;        /* the merge covering the cell, from 1; 0 none */
    Range *merges;     /* each merge's cells within the range (from the grid's 0) */
    size_t n_merges;
    unsigned char *merge_out; /* each merge's: 1 when it begins outside the range */
    Origin *outside;   /* the first cells of merges that begin outside the range */
    size_t n_outside;  /* (sorted by row, then column) */
    unsigned char *row_hidden, *col_hidden;
    int *rows_before, *cols_before; /* the visible rows (columns) before each */
} Grid;

/* Cell c's text as Excel shows it (arena), NULL for none; *centred when
 * Excel centres it (General alignment centres a number, as khgen prints a
 * figure) */
static const char *cell_shown(Book *b, const xmlNode *c, char *align, unsigned char *bold)
{
    char *t = docx_attr(c, "t");
    int xf = docx_attr_int(c, "s", 0);
    xmlChar *v = xmlNodeGetContent(docx_child(c, "v") ? (xmlNode *)docx_child(c, "v") : NULL);
    Buf out = {0};
    int number = 0;
    if (t && strcmp(t, "s") == 0) {
        /* an index past the table (a damaged workbook, which Excel
         * repairs) was an empty cell, the plan's figure lost with exit 0 */
        char *end = NULL;
        long k = v ? strtol((const char *)v, &end, 10) : -1;
        if (k >= 0 && end != (char *)v && *end == '\0' && (size_t)k < b->n_strings)
            buf_puts(&out, b->strings[k]);
        else if (v)
            fail(b, arena_printf(b->arena, _("a cell names shared string '%.20s', and the "
                                             "workbook holds %zu: it is damaged"),
                                 (const char *)v, b->n_strings));
    } else if (t && strcmp(t, "inlineStr") == 0) {
        if (docx_child(c, "is"))
            string_text(docx_child(c, "is"), &out);
    } else if (t && strcmp(t, "b") == 0) {
        if (v)
            buf_puts(&out, strcmp((const char *)v, "1") == 0 ? "TRUE" : "FALSE");
    } else if (t && (strcmp(t, "str") == 0 || strcmp(t, "e") == 0 || strcmp(t, "d") == 0)) {
        if (v)
            put_xstring(&out, (const char *)v);
    } else if (v && *v) {
        char *end;
        double d = strtod((const char *)v, &end);
        if (*end == '\0') {
            docx_sheet_number(d, format_of(b, xf), b->date1904, &out);
            number = 1;
        } else
            buf_puts(&out, (const char *)v);
    }
    xmlFree(t);
    xmlFree(v);
    char a = xf >= 0 && (size_t)xf < b->n_xf ? b->xf_align[xf] : 0;
    *bold = xf >= 0 && (size_t)xf < b->n_xf && b->xf_bold[xf];
    *align = a ? a : number ? 'c' : 0;
    b->text += out.len;
    if (b->text > DOCX_SHEET_MAX_TEXT)
        fail(b, arena_printf(b->arena, _("its cells hold more than %u MiB of text"),
                             DOCX_SHEET_MAX_TEXT >> 20));
    const char *shown = out.len ? buf_to_arena(&out, b->arena) : NULL;
    buf_free(&out);
    return shown;
}

/* The range of the cells of sheetData that hold a value; 0 for none */
static int used_range(const xmlNode *data, Range *rg)
{
    int any = 0, row = -1;
    for (const xmlNode *r = docx_child(data, "row"); r; r = r->next) {
        if (!docx_is(r, "row"))
            continue;
        row = docx_attr_int(r, "r", row + 2) - 1;
        int col = -1;
        for (const xmlNode *c = docx_child(r, "c"); c; c = c->next) {
            if (!docx_is(c, "c"))
                continue;
            char *ref = docx_attr(c, "r");
            int cr = row;
            if (!ref || !cell_ref(ref, &col, &cr))
                col++;
            xmlFree(ref);
            if (!docx_child(c, "v") && !docx_child(c, "is"))
                continue;
            if (!any)
                rg->r0 = rg->r1 = row, rg->c0 = rg->c1 = col, any = 1;
            rg->r0 = row < rg->r0 ? row : rg->r0, rg->r1 = row > rg->r1 ? row : rg->r1;
            rg->c0 = col < rg->c0 ? col : rg->c0, rg->c1 = col > rg->c1 ? col : rg->c1;
        }
    }
    return any;
}

/* The hidden columns (cols/col hidden="1") within the grid */
static void hidden_cols(const xmlNode *ws, Grid *g)
{
    for (const xmlNode *c = docx_child(docx_child(ws, "cols"), "col"); c; c = c->next) {
        if (!docx_is(c, "col"))
            continue;
        char *h = docx_attr(c, "hidden");
        int on = h && (strcmp(h, "1") == 0 || strcmp(h, "true") == 0);
        xmlFree(h);
        int lo = docx_attr_int(c, "min", 1) - 1, hi = docx_attr_int(c, "max", 1) - 1;
        for (int k = lo > g->rg.c0 ? lo : g->rg.c0; on && k <= hi && k <= g->rg.c1; k++)
            g->col_hidden[k - g->rg.c0] = 1;
    }
}

/* The first of g->outside at or after (row, col): binary search */
static size_t outside_from(const Grid *g, int row, int col)
{
    size_t lo = 0, hi = g->n_outside;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const Origin *o = &g->outside[mid];
        if (o->row < row || (o->row == row && o->col < col))
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* Where in the grid the text of cell (row, col) goes: its own place within
 * the range, unless a merge that begins outside the range covers it (the
 * merge shows its first cell's text, none of the others'); the place of
 * the merge's first cell within the range when it is that merge's first
 * cell outside it; (size_t)-1 for neither. */
static size_t cell_place(const Grid *g, int row, int col)
{
    if (row >= g->rg.r0 && row <= g->rg.r1 && col >= g->rg.c0 && col <= g->rg.c1) {
        size_t at = (size_t)(row - g->rg.r0) * (size_t)g->cols + (size_t)(col - g->rg.c0);
        int m = g->merge[at];
        return m && g->merge_out[m - 1] ? (size_t)-1 : at; /* covered: its merge's first is outside */
    }
    size_t k = outside_from(g, row, col);
    return k < g->n_outside && g->outside[k].row == row && g->outside[k].col == col
               ? g->outside[k].at : (size_t)-1;
}

/* The cells of sheetData within the grid's range, and the first cells of
 * the merges that begin outside it (read_merges first) */
static void read_cells(Book *b, const xmlNode *data, Grid *g)
{
    int row = -1;
    for (const xmlNode *r = docx_child(data, "row"); r && !b->why; r = r->next) {
        if (!docx_is(r, "row"))
            continue;
        row = docx_attr_int(r, "r", row + 2) - 1;
        int in = row >= g->rg.r0 && row <= g->rg.r1;
        if (!in) { /* a row outside: only a merge's first cell */
            size_t k = outside_from(g, row, -1);
            if (k == g->n_outside || g->outside[k].row != row)
                continue;
        }
        char *h = in ? docx_attr(r, "hidden") : NULL;
        if (in)
            g->row_hidden[row - g->rg.r0] = h && (strcmp(h, "1") == 0 || strcmp(h, "true") == 0);
        xmlFree(h);
        int col = -1;
        for (const xmlNode *c = docx_child(r, "c"); c && !b->why; c = c->next) {
            if (!docx_is(c, "c"))
                continue;
            char *ref = docx_attr(c, "r");
            int cr = row;
            if (!ref || !cell_ref(ref, &col, &cr))
                col++;
            xmlFree(ref);
            size_t at = cell_place(g, row, col);
            if (at != (size_t)-1)
                g->text[at] = cell_shown(b, c, &g->align[at], &g->bold[at]);
        }
    }
}

static int cmp_origin(const void *a, const void *b)
{
    const Origin *x = a, *y = b;
    return x->row != y->row ? (x->row > y->row) - (x->row < y->row) : (x->col > y->col) - (x->col < y->col);
}

/* The merged cells (mergeCells) within the grid's range, clipped to it;
 * one that begins outside it shows its first cell's text in its first
 * cell within it, as Excel's picture of the range shows it (it was left
 * empty: s52import F6), its first cell noted in g->outside.
 * Excel's merges never overlap: one that does (a damaged sheet) is a
 * failure, so that no cell is gone over twice (a thousand merges of the
 * whole range each took its 640,000 cells). */
static void read_merges(Book *b, const xmlNode *ws, Grid *g)
{
    size_t cap = 0, cap_out = 0;
    for (const xmlNode *m = docx_child(docx_child(ws, "mergeCells"), "mergeCell"); m && !b->why;
         m = m->next) {
        char *ref = docx_is(m, "mergeCell") ? docx_attr(m, "ref") : NULL;
        Range mr;
        int ok = ref && range_ref(ref, &mr);
        xmlFree(ref);
        if (!ok || mr.r1 < g->rg.r0 || mr.r0 > g->rg.r1 || mr.c1 < g->rg.c0 || mr.c0 > g->rg.c1)
            continue;
        Range in = {(mr.r0 > g->rg.r0 ? mr.r0 : g->rg.r0) - g->rg.r0,
                    (mr.c0 > g->rg.c0 ? mr.c0 : g->rg.c0) - g->rg.c0,
                    (mr.r1 < g->rg.r1 ? mr.r1 : g->rg.r1) - g->rg.r0,
                    (mr.c1 < g->rg.c1 ? mr.c1 : g->rg.c1) - g->rg.c0};
        if (g->n_merges == cap) {
            cap = cap ? cap * 2 : 16;
            g->merges = xrealloc(g->merges, cap * sizeof *g->merges);
            g->merge_out = xrealloc(g->merge_out, cap);
        }
        g->merge_out[g->n_merges] = mr.r0 < g->rg.r0 || mr.c0 < g->rg.c0;
        if (g->merge_out[g->n_merges]) { /* its text is its first cell's, outside */
            if (g->n_outside == cap_out) {
                cap_out = cap_out ? cap_out * 2 : 8;
                g->outside = xrealloc(g->outside, cap_out * sizeof *g->outside);
            }
            g->outside[g->n_outside++] = (Origin){mr.r0, mr.c0, (size_t)in.r0 * (size_t)g->cols +
                                                                    (size_t)in.c0};
        }
        g->merges[g->n_merges++] = in;
        for (int r = in.r0; r <= in.r1 && !b->why; r++)
            for (int c = in.c0; c <= in.c1; c++) {
                size_t at = (size_t)r * (size_t)g->cols + (size_t)c;
                if (g->merge[at]) {
                    fail(b, _("its merged cells overlap, which Excel does not write"));
                    break;
                }
                g->merge[at] = (int)g->n_merges;
            }
    }
    if (g->n_outside > 1)
        qsort(g->outside, g->n_outside, sizeof *g->outside, cmp_origin);
}

/* A paragraph of text (its line breaks w:br) with the alignment a, in
 * bold (w:b) when bold, under parent */
static void add_para(xmlNode *tc, const char *text, char a, int bold)
{
    xmlNode *p = xmlNewChild(tc, NULL, BAD_CAST "p", NULL);
    if (a)
        xmlNewProp(xmlNewChild(xmlNewChild(p, NULL, BAD_CAST "pPr", NULL), NULL, BAD_CAST "jc", NULL),
                   BAD_CAST "val", BAD_CAST(a == 'c' ? "center" : a == 'r' ? "right" : "left"));
    xmlNode *r = text ? xmlNewChild(p, NULL, BAD_CAST "r", NULL) : NULL;
    if (r && bold)
        xmlNewChild(xmlNewChild(r, NULL, BAD_CAST "rPr", NULL), NULL, BAD_CAST "b", NULL);
    for (const char *s = text; s && *s;) {
        size_t n = strcspn(s, "\n");
        xmlNode *t = xmlNewChild(r, NULL, BAD_CAST "t", NULL);
        xmlNodeAddContentLen(t, BAD_CAST s, (int)n);
        s += n;
        if (*s == '\n') {
            xmlNewChild(r, NULL, BAD_CAST "br", NULL);
            s++;
        }
    }
}

/* The visible rows (or columns) in [a, b], from before[] (the visible
 * ones before each, one more entry than there are) */
static int shown(const int *before, int a, int b)
{
    return b < a ? 0 : before[b + 1] - before[a];
}

/* The cell (r, c) of the grid (from 0, both visible) as a w:tc in tr,
 * unless a merge covers it from a visible column on its left: the merge's
 * first visible column holds the merge's text (its first cell's) on its
 * first visible row, spans its visible columns (w:gridSpan) and, over
 * more than one visible row, is merged down (w:vMerge) */
static void add_cell(xmlNode *tr, const Grid *g, int r, int c)
{
    size_t at = (size_t)r * (size_t)g->cols + (size_t)c;
    int m = g->merge[at], span = 1, first_row = 1, tall = 0;
    if (m) {
        const Range *mr = &g->merges[m - 1];
        if (shown(g->cols_before, mr->c0, c - 1) > 0)
            return; /* covered by the merge's cell on its left */
        span = shown(g->cols_before, c, mr->c1);
        first_row = shown(g->rows_before, mr->r0, r - 1) == 0;
        tall = shown(g->rows_before, mr->r0, mr->r1) > 1;
        at = (size_t)mr->r0 * (size_t)g->cols + (size_t)mr->c0;
    }
    xmlNode *tc = xmlNewChild(tr, NULL, BAD_CAST "tc", NULL);
    xmlNode *pr = span > 1 || tall ? xmlNewChild(tc, NULL, BAD_CAST "tcPr", NULL) : NULL;
    if (span > 1) {
        char n[16];
        snprintf(n, sizeof n, "%d", span);
        xmlNewProp(xmlNewChild(pr, NULL, BAD_CAST "gridSpan", NULL), BAD_CAST "val", BAD_CAST n);
    }
    if (tall) {
        xmlNode *v = xmlNewChild(pr, NULL, BAD_CAST "vMerge", NULL);
        if (first_row)
            xmlNewProp(v, BAD_CAST "val", BAD_CAST "restart");
    }
    add_para(tc, first_row ? g->text[at] : NULL, g->align[at], g->bold[at]);
}

/* before[k]: the entries of hidden[0..k) that are 0, for k from 0 to n */
static int *count_shown(const unsigned char *hidden, int n)
{
    int *before = xmalloc(((size_t)n + 1) * sizeof *before);
    before[0] = 0;
    for (int k = 0; k < n; k++)
        before[k + 1] = before[k] + !hidden[k];
    return before;
}

/* The grid's cells as a w:tbl: a w:tr a visible row, a w:tc a visible
 * cell (add_cell) */
static xmlNode *grid_table(const Grid *g)
{
    xmlNode *tbl = xmlNewNode(NULL, BAD_CAST "tbl");
    for (int r = 0; r < g->rows; r++) {
        if (g->row_hidden[r])
            continue;
        xmlNode *tr = xmlNewChild(tbl, NULL, BAD_CAST "tr", NULL);
        for (int c = 0; c < g->cols; c++)
            if (!g->col_hidden[c])
                add_cell(tr, g, r, c);
    }
    return tbl;
}

/* The active sheet's part and, into *ole, the visible range oleSize
 * gives (*has_ole 0 without one), from the workbook part wb_name */
static const char *active_sheet(Book *b, const char *wb_name, Range *ole, int *has_ole)
{
    int missing;
    xmlDoc *doc = part_xml(b, wb_name, &missing);
    if (!doc) {
        fail(b, arena_printf(b->arena, _("it has no workbook part %s"), wb_name));
        return NULL;
    }
    const xmlNode *root = xmlDocGetRootElement(doc);
    char *d1904 = docx_attr(docx_child(root, "workbookPr"), "date1904");
    b->date1904 = d1904 && (strcmp(d1904, "1") == 0 || strcmp(d1904, "true") == 0);
    xmlFree(d1904);
    int active = docx_attr_int(docx_child(docx_child(root, "bookViews"), "workbookView"),
                               "activeTab", 0), k = 0;
    char *ref = docx_attr(docx_child(root, "oleSize"), "ref");
    *has_ole = range_ref(ref, ole);
    xmlFree(ref);
    char *id = NULL;
    for (const xmlNode *s = docx_child(docx_child(root, "sheets"), "sheet"); s && !id; s = s->next)
        if (docx_is(s, "sheet") && k++ == (active > 0 ? active : 0))
            id = docx_attr(s, "id");
    xmlFreeDoc(doc);
    const char *sheet = NULL;
    if (id) {
        size_t folder = docx_part_folder(wb_name);
        const char *rels = arena_printf(b->arena, "%.*s_rels/%s.rels", (int)folder, wb_name,
                                        wb_name + folder);
        const char *dir = arena_printf(b->arena, "%.*s", (int)folder, wb_name);
        sheet = rel_target(b, rels, dir, id, NULL);
        read_strings(b, rel_target(b, rels, dir, NULL, "/sharedStrings"));
        read_styles(b, rel_target(b, rels, dir, NULL, "/styles"));
    }
    xmlFree(id);
    if (!sheet)
        fail(b, _("its workbook names no worksheet to show"));
    return sheet;
}

/* The sheet part's cells within the visible range (ole, else the used
 * one) into a table */
static xmlNode *sheet_table(Book *b, const char *name, const Range *ole, int has_ole)
{
    int missing;
    xmlDoc *doc = part_xml(b, name, &missing);
    if (!doc) {
        fail(b, arena_printf(b->arena, _("its worksheet part %s is missing"), name));
        return NULL;
    }
    const xmlNode *ws = xmlDocGetRootElement(doc), *data = docx_child(ws, "sheetData");
    Grid g = {0};
    /* the cells that hold a value, within the range the object shows: an
     * oleSize past them (the object's window made larger than its cells)
     * gave the table empty columns and rows, and "A1:BL10000" over one
     * cell a plan of 9,999 empty rows, 270 MB (s52review) */
    Range used = {0, 0, 0, 0};
    int any = used_range(data, &used);
    if (any && has_ole) {
        g.rg.r0 = used.r0 > ole->r0 ? used.r0 : ole->r0, g.rg.r1 = used.r1 < ole->r1 ? used.r1 : ole->r1;
        g.rg.c0 = used.c0 > ole->c0 ? used.c0 : ole->c0, g.rg.c1 = used.c1 < ole->c1 ? used.c1 : ole->c1;
        any = g.rg.r0 <= g.rg.r1 && g.rg.c0 <= g.rg.c1;
    } else if (any)
        g.rg = used;
    if (!any) {
        xmlFreeDoc(doc);
        fail(b, has_ole ? _("its worksheet holds no cells within the range the object shows")
                        : _("its worksheet holds no cells"));
        return NULL;
    }
    g.rows = g.rg.r1 - g.rg.r0 + 1, g.cols = g.rg.c1 - g.rg.c0 + 1;
    if (g.rows > DOCX_SHEET_MAX_ROWS || g.cols > DOCX_SHEET_MAX_COLS) {
        xmlFreeDoc(doc);
        fail(b, arena_printf(b->arena, _("it shows %d rows and %d columns, more than import "
                                         "reads of a worksheet (%d rows, %d columns)"),
                             g.rows, g.cols, DOCX_SHEET_MAX_ROWS, DOCX_SHEET_MAX_COLS));
        return NULL;
    }
    size_t n = (size_t)g.rows * (size_t)g.cols;
    g.text = zeroed(n * sizeof *g.text);
    g.align = zeroed(n);
    g.bold = zeroed(n);
    g.merge = zeroed(n * sizeof *g.merge);
    g.row_hidden = zeroed((size_t)g.rows);
    g.col_hidden = zeroed((size_t)g.cols);
    hidden_cols(ws, &g);
    read_merges(b, ws, &g);
    read_cells(b, data, &g);
    xmlFreeDoc(doc);
    g.rows_before = count_shown(g.row_hidden, g.rows);
    g.cols_before = count_shown(g.col_hidden, g.cols);
    xmlNode *tbl = b->why ? NULL : grid_table(&g);
    free(g.merge_out), free(g.outside);
    free(g.text), free(g.align), free(g.bold), free(g.merge), free(g.merges), free(g.row_hidden);
    free(g.col_hidden), free(g.rows_before), free(g.cols_before);
    return tbl;
}

xmlNode *docx_sheet_table(Arena *arena, const char *data, size_t len, size_t *budget,
                          const char **why)
{
    char *sink_text = NULL;
    size_t sink_len = 0;
    FILE *mem = open_memstream(&sink_text, &sink_len);
    Book b = {.arena = arena, .budget = budget};
    b.quiet = mem ? diag_new(mem) : NULL;
    b.zip = b.quiet ? docx_open_zip(b.quiet, "", data, len) : NULL;
    xmlNode *tbl = NULL;
    if (!b.zip) {
        fail(&b, _("its workbook is no zip, or a damaged one"));
    } else {
        const char *wb = rel_target(&b, "_rels/.rels", "", NULL, "/officeDocument");
        Range ole;
        int has_ole = 0;
        const char *sheet = active_sheet(&b, wb ? wb : "xl/workbook.xml", &ole, &has_ole);
        tbl = sheet && !b.why ? sheet_table(&b, sheet, &ole, has_ole) : NULL;
        zip_discard(b.zip);
    }
    if (b.quiet)
        diag_free(b.quiet);
    if (mem)
        fclose(mem);
    free(sink_text);
    free(b.strings), free(b.fmts), free(b.xf_code), free(b.xf_align), free(b.xf_bold);
    *why = b.why;
    if (b.why && tbl) {
        xmlFreeNode(tbl);
        tbl = NULL;
    }
    return tbl;
}
