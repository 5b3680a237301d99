/* import_mdhtml.c - the HTML tables of a Markdown file that import reads.
 *
 * pandoc, and other writers of GitHub or CommonMark Markdown, write a
 * table whose cells hold several paragraphs as raw HTML (<table>, <tr>,
 * <td><p>...</p><p>...</p></td>): the two-column header of a Word plan
 * (issuer over "Số:", the national name over the place and date) and its
 * signature row (recipients beside the signature) are such tables. A
 * Markdown reader shows their cells' text, not the tags; import read the
 * tags as text and printed "<td>Yên Thế" and "- <table>" in the document.
 * This pass, run on a Markdown file's text before it is cut into
 * paragraphs, rewrites each HTML table as what its cells say: a layout
 * table (the header's and the signature's, told as a .docx's are,
 * docx_layout.c: their words, a single row, cells of several paragraphs)
 * as its cells' paragraphs, one Markdown paragraph each, row by row; a
 * table of data, of any number of columns, as Markdown pipe rows, the
 * form every reader gives a table of data in. <strong>/<b> become "**", <em>/<i> "*"
 * (once around the words, however deeply nested);
 * other tags are dropped. Text only: it touches no plan structure. The
 * same tags outside a table, in a paragraph's line (pandoc's, or an
 * official's "<b>đậm</b>"), are read the same way by imp_md_html_inline:
 * they came back as their tags, printed (s19attack L4).
 * The table's HTML is read by libxml2's HTML parser (no network, no error
 * output, the table's bytes alone), not by hand: its entities, its
 * comments, its attributes holding '>' and its implied end tags are read
 * as a browser reads them; the text it gives is written back with '&',
 * '<' and '>' as character references, which the Markdown reader decodes.
 */
#include <ctype.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include "docx_layout.h"
#include "import.h"
#include "import_marks.h"
#include "markup_cost.h"
#include "md_comment.h"
#include "md_flank.h"
#include "md_read.h"
#include "vi.h"

/* 1 if the tag at s (after '<' or '</') is named name: its letters, then a
 * character that ends a tag's name */
static int tag_is(const char *s, const char *e, const char *name)
{
    size_t n = strlen(name);
    if ((size_t)(e - s) < n)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (tolower((unsigned char)s[i]) != name[i])
            return 0;
    return s + n == e || !isalnum((unsigned char)s[n]);
}

/* 1 if s..e holds needle */
static int holds(const char *s, const char *e, const char *needle)
{
    size_t n = strlen(needle);
    for (; (size_t)(e - s) >= n; s++)
        if (memcmp(s, needle, n) == 0)
            return 1;
    return 0;
}

/* 1 if element n is named name (libxml2's HTML parser lower-cases them) */
static int name_is(const xmlNode *n, const char *name)
{
    return n->name && strcmp((const char *)n->name, name) == 0;
}

/* The columns whose cells' rowspan and colspan are followed; a colspan
 * is at most this (a colspan of a million wrote as many cells). */
enum { SPAN_COLS = 256 };

typedef struct {
    Buf *out;     /* NULL: only count the columns */
    int pipe;     /* a table of data (not layout): pipe rows */
    int row_cells;
    int max_cells;
    int rows;
    Buf para;     /* the paragraph being read */
    Buf bare;     /* the same without its emphasis marks */
    Buf cell;     /* pipe mode: the cell's paragraphs joined */
    int cell_paras; /* counting: the paragraphs of text of the cell so far */
    int stacked;  /* counting: a cell holds more than one */
    Buf text;     /* counting: the table's text, a paragraph a line */
    int bold;     /* <b>/<strong> open around the text, nested */
    int italic;   /* <i>/<em> likewise */
    int colspan;  /* the open cell's columns */
    size_t cells, empties; /* the table's own cells, and the empty ones spans made */
    int span_left[SPAN_COLS]; /* per column, the rows below a rowspan still covers */
} Html;

/* Ends the paragraph being read: to the output (one Markdown paragraph) or,
 * in pipe mode, to its cell. Empty paragraphs, or emphasis marks alone,
 * print nothing. A paragraph whose marks a reader would print as stars
 * ("a**(x)**b", "****") is written without them, as a line's tags are
 * (imp_md_html_inline; s21attack H1). */
static void end_para(Html *h)
{
    if (h->para.len != h->bare.len && !render_same_plain(buf_str(&h->para), buf_str(&h->bare))) {
        buf_reset(&h->para);
        buf_putn(&h->para, h->bare.data ? h->bare.data : "", h->bare.len);
    }
    buf_reset(&h->bare);
    size_t a = 0, b = h->para.len;
    const char *p = h->para.data ? h->para.data : "";
    while (a < b && p[a] == ' ')
        a++;
    while (b > a && p[b - 1] == ' ')
        b--;
    size_t marks = 0;
    for (size_t i = a; i < b; i++)
        marks += p[i] == '*';
    if (!h->out && b - a > marks) { /* counting: what layout_by_shape looks at */
        h->stacked |= ++h->cell_paras > 1;
        buf_putn(&h->text, p + a, b - a);
        buf_putc(&h->text, '\n');
    }
    if (h->out && b - a > marks) {
        Buf *to = h->pipe ? &h->cell : h->out;
        if (h->pipe && h->cell.len)
            buf_putc(to, ' ');
        if (h->pipe) {
            for (size_t i = a; i < b; i++) {
                if (p[i] == '|')
                    buf_putc(to, '\\');
                buf_putc(to, p[i]);
            }
        } else {
            /* the cell's text, not a block: "- UBND tỉnh;" written as
             * "\- UBND tỉnh;", as pandoc writes it outside the table.
             * Unguarded, it was a list item, and the body's "\- x"
             * bullets were read as paragraphs "- x" (mark_literal_starts:
             * "the writer writes its items unescaped", s23foreign). */
            Buf text = {0};
            buf_putn(&text, p + a, b - a);
            render_guard_block(to, buf_str(&text));
            buf_free(&text);
            buf_puts(to, "\n\n");
        }
    }
    buf_reset(&h->para);
}

/* Ends a row: in pipe mode its line, and under the first row the
 * separator line. The first row (the headers) is as wide as the widest
 * row; the others are not padded, as a pipe table's short row reads as
 * padded: each of 20,000 rows padded to one row of 259 cells wrote a
 * 27 MB plan of a 0.8 MB table (s25foreign). */
static void end_row(Html *h)
{
    if (h->out && h->pipe && h->row_cells) {
        while (h->rows == 0 && h->row_cells < h->max_cells) {
            buf_puts(h->out, " |");
            h->row_cells++;
        }
        buf_putc(h->out, '\n');
        if (h->rows == 0) {
            buf_putc(h->out, '|');
            for (int i = 0; i < h->max_cells; i++)
                buf_puts(h->out, "---|");
            buf_putc(h->out, '\n');
        }
    }
    if (h->row_cells > h->max_cells)
        h->max_cells = h->row_cells;
    if (h->row_cells)
        h->rows++;
    h->row_cells = 0;
}

/* An emphasis element opened or closed, *depth of them open around the
 * text: 1 when the text's emphasis changes (the first opened, the last
 * closed). A bold inside bold is bold: 300 unclosed <b>, which the HTML
 * parser nests, wrote 300 "**" on each side of a cell's words. */
static int nest(int *depth, int closing)
{
    if (closing)
        return *depth > 0 && --*depth == 0;
    return (*depth)++ == 0;
}

/* An empty cell: a column a rowspan above or a colspan beside covers; 0
 * (none written) past the table's budget, four for each of its own cells
 * and 256: rowspans that stack each row a column further right wrote a
 * 27 MB plan of a 1.4 MB table */
static int empty_cell(Html *h)
{
    if (h->empties >= 4 * h->cells + 256)
        return 0;
    h->empties++;
    if (h->out && h->pipe)
        buf_puts(h->out, h->row_cells ? "  |" : "|  |");
    h->row_cells++;
    return 1;
}

/* The empty cells of the columns from the row's next one that rowspans
 * above cover: up to its next own cell (to_end 0), or the last such
 * column (to_end 1, at the row's end) */
static void spanned(Html *h, int to_end)
{
    int last = h->row_cells - 1;
    for (int k = h->row_cells; to_end && k < SPAN_COLS; k++)
        if (h->span_left[k] > 0)
            last = k;
    while (h->row_cells < SPAN_COLS && (to_end ? h->row_cells <= last : h->span_left[h->row_cells] > 0)) {
        int left = h->span_left[h->row_cells];
        if (!empty_cell(h))
            break;
        h->span_left[h->row_cells - 1] = left - (left > 0);
    }
}

/* An attribute of n as a number from 1 to max (1 when absent); zero,
 * when written, is zero (rowspan="0": to the end of the row group) */
static int span_attr(const xmlNode *n, const char *name, int max)
{
    xmlChar *v = xmlGetProp(n, (const xmlChar *)name);
    char *end = NULL;
    long k = v ? strtol((const char *)v, &end, 10) : 1;
    int zero = v && k == 0 && end != (char *)v;
    xmlFree(v);
    return zero ? 0 : k < 1 ? 1 : k > max ? max : (int)k;
}

/* One element n, opening or closing. A cell's rowspan leaves its column
 * empty in the rows below, its colspan the columns beside it, as a
 * browser lays them out: the cells after one were read a column to the
 * left, under another column's heading (s25foreign). A rowspan ends with
 * its row group (<thead>, <tbody>, <tfoot>), and rowspan="0" goes on to
 * that end, as HTML says (it was read as 1; a rowspan of the header
 * covered the body's first rows: s25review L4). */
static void on_tag(Html *h, const xmlNode *n, int closing)
{
    if (name_is(n, "thead") || name_is(n, "tbody") || name_is(n, "tfoot")) {
        memset(h->span_left, 0, sizeof h->span_left); /* its rows are closed by now */
    } else if (name_is(n, "tr")) {
        end_para(h);
        if (h->row_cells)
            spanned(h, 1);
        end_row(h);
    } else if (name_is(n, "td") || name_is(n, "th")) {
        end_para(h);
        if (!closing) {
            spanned(h, 0);
            int rows = span_attr(n, "rowspan", 65535);
            rows = rows ? rows : 65535; /* "0": the row group's end clears it */
            h->colspan = span_attr(n, "colspan", SPAN_COLS);
            for (int k = h->row_cells; k < h->row_cells + h->colspan && k < SPAN_COLS; k++)
                h->span_left[k] = rows - 1;
            if (h->out && h->pipe)
                buf_puts(h->out, h->row_cells ? " " : "| ");
            buf_reset(&h->cell);
            h->row_cells++;
            h->cells++;
            h->cell_paras = 0;
        } else {
            if (h->out && h->pipe) {
                buf_putn(h->out, h->cell.data ? h->cell.data : "", h->cell.len);
                buf_puts(h->out, " |");
            }
            for (int k = 1; k < h->colspan && h->row_cells < SPAN_COLS && empty_cell(h); k++)
                ;
            h->colspan = 1;
        }
    } else if (name_is(n, "p") || name_is(n, "br") || name_is(n, "div") || name_is(n, "li")) {
        end_para(h);
    } else if (name_is(n, "strong") || name_is(n, "b")) {
        if (nest(&h->bold, closing))
            buf_puts(&h->para, "**");
    } else if (name_is(n, "em") || name_is(n, "i")) {
        if (nest(&h->italic, closing))
            buf_putc(&h->para, '*');
    }
}

/* A text node's characters into the paragraph: white space as one space,
 * '&', '<' and '>' as the references the Markdown reader decodes. */
static void on_text(Html *h, const char *t)
{
    for (; *t; t++) {
        char c = *t;
        if (c == '\n' || c == '\t' || c == '\r')
            c = ' ';
        for (int k = 0; k < 2; k++) {
            Buf *to = k ? &h->bare : &h->para;
            if (c == '&')
                buf_puts(to, "&amp;");
            else if (c == '<')
                buf_puts(to, "&lt;");
            else if (c == '>')
                buf_puts(to, "&gt;");
            else if (c != ' ' || (to->len && to->data[to->len - 1] != ' '))
                buf_putc(to, c);
        }
    }
}

/* The elements and text under n, in document order, without recursion
 * (a document's depth is libxml2's to bound; the walk needs no stack):
 * each element opened, its children walked, then closed. A script's or a
 * style's text is no cell's. */
static void walk(Html *h, const xmlNode *top)
{
    const xmlNode *n = top->children;
    while (n) {
        int element = n->type == XML_ELEMENT_NODE && !name_is(n, "script") &&
                      !name_is(n, "style");
        if (element)
            on_tag(h, n, 0);
        else if ((n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) && n->content)
            on_text(h, (const char *)n->content);
        if (element && n->children) {
            n = n->children;
            continue;
        }
        if (element)
            on_tag(h, n, 1);
        /* on to the next sibling, closing the elements it ends */
        while (!n->next) {
            n = n->parent;
            if (!n || n == top)
                return;
            on_tag(h, n, 1);
        }
        n = n->next;
    }
}

/* One run of libxml2's HTML parser over s..e; NULL when it halted (a
 * resource limit, memory, or with huge 0 nesting deeper than 256). */
static htmlDocPtr parse_html(const char *s, const char *e, int huge)
{
    htmlParserCtxtPtr ctxt = htmlNewParserCtxt();
    if (!ctxt)
        return NULL;
    htmlDocPtr doc = htmlCtxtReadMemory(ctxt, s, (int)(e - s), NULL, "UTF-8",
                                        HTML_PARSE_NONET | HTML_PARSE_NOERROR |
                                            HTML_PARSE_NOWARNING | HTML_PARSE_NOIMPLIED |
                                            (huge ? XML_PARSE_HUGE : 0));
    if (doc && ctxt->disableSAX) {
        xmlFreeDoc(doc);
        doc = NULL;
    }
    htmlFreeParserCtxt(ctxt);
    return doc;
}

/* The most (open elements x end tags) a table may cost the parser without
 * its depth limit: libxml2 matches each end tag against the stack of open
 * elements, so 20,000 unclosed <b> followed by 20,000 stray </i> took 5 s
 * (and 40,000 of each 21 s). About 0.1 s of matching at most. */
enum { HTML_DEEP_BUDGET = 20000000 };

/* The table from s to e (from "<table" to past "</table>") parsed by
 * libxml2's HTML parser: no network, no error output. First with its
 * nesting limit of 256 open elements, which every real table is within;
 * past it, without the limit (so that 100,000 unclosed <b> lose no word:
 * the walk and libxml2's freeing need no stack for it) when the start
 * tags times the end tags stay within HTML_DEEP_BUDGET, so the time stays
 * linear. NULL when the parser gave up, or before it runs when a tag holds
 * more attributes than markup_cost.c allows (libxml2 compares each with
 * the tag's others: 50,000 took 8 s, s47attack): the caller leaves the
 * table as it is written, so that no word of it is lost. */
static htmlDocPtr parse_table(const char *s, const char *e)
{
    MarkupShape shape;
    if (e - s > INT_MAX || !markup_within(s, (size_t)(e - s), &shape))
        return NULL;
    htmlDocPtr doc = parse_html(s, e, 0);
    if (doc)
        return doc;
    size_t starts = 0, ends = 0; /* upper bounds: every '<' + letter, "</" */
    for (const char *p = s; (p = memchr(p, '<', (size_t)(e - p))) != NULL && p + 1 < e; p++) {
        if (p[1] == '/')
            ends++;
        else if ((p[1] | 0x20) >= 'a' && (p[1] | 0x20) <= 'z')
            starts++;
    }
    if (ends != 0 && starts > HTML_DEEP_BUDGET / ends)
        return NULL;
    return parse_html(s, e, 1);
}

/* Reads the parsed table into h. */
static void read_table(Html *h, htmlDocPtr doc)
{
    walk(h, (const xmlNode *)doc);
    end_para(h);
    end_row(h);
}

/* 1 if the line from s (n bytes) opens an HTML table: "<table" after at
 * most three spaces, as CommonMark starts an HTML block. */
static int opens_table(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n && i < 3 && s[i] == ' ')
        i++;
    return n - i >= 6 && s[i] == '<' && tag_is(s + i + 1, s + n, "table");
}

/* A table left as written: counted, the first one's place kept. */
static void keep(HtmlKept *kept, size_t at)
{
    if (kept->count++ == 0)
        kept->first_at = at;
}

/* The text s (len bytes) with its HTML tables rewritten, appended to out:
 * 1; 0 and out untouched when it has none. */
/* The line breaks in s[0..n) */
static int breaks(const char *s, size_t n);
static void anchor(LineMap *map, int out, int src, int last);

int imp_md_html_tables(const char *s, size_t len, Buf *out, HtmlKept *kept)
{
    int any = 0;
    size_t copied = 0, i = 0;
    int src_line = 1, out_line = 1; /* the lines of s[i] and of out's end */
    size_t out_counted = out->len, src_counted = 0;
    while (i < len) {
        /* "<table" is within a line's first 10 bytes: look at 16 before
         * searching the line's end, which a table that follows another on
         * one long line would make a search per table to the same far end
         * (40,000 tables on a line: 0.64 s, quadratic) */
        size_t window = len - i < 16 ? len - i : 16;
        const char *wnl = memchr(s + i, '\n', window);
        if (!opens_table(s + i, wnl ? (size_t)(wnl - (s + i)) : window)) {
            const char *nl = wnl ? wnl : memchr(s + i, '\n', len - i);
            i = nl ? (size_t)(nl - s) + 1 : len;
            continue;
        }
        /* its end: the first "</table>" after it (none: no table, and none
         * further on either, so the search is made once) */
        const char *end = NULL;
        for (const char *p = s + i; (p = memchr(p, '<', len - (size_t)(p - s))) != NULL; p++)
            if ((size_t)(len - (size_t)(p - s)) >= 8 && p[1] == '/' &&
                tag_is(p + 2, s + len, "table")) {
                end = memchr(p, '>', len - (size_t)(p - s));
                break;
            }
        if (!end) { /* never closed: as written, as a Markdown reader shows it */
            keep(kept, i);
            break;
        }
        end++;
        htmlDocPtr doc = parse_table(s + i, end);
        if (!doc) { /* left as written: its tags print, its words too */
            keep(kept, i);
            i = (size_t)(end - s);
            continue;
        }
        Html h = {0};
        read_table(&h, doc); /* count the columns */
        buf_free(&h.para);
        buf_free(&h.bare);
        buf_free(&h.cell);
        /* a layout table (the header's, the signature's) as its cells'
         * paragraphs, one of data as pipe rows: the .docx's decision
         * (docx_layout.c), so that a table of two columns of data is a
         * table here too (it was read as paragraphs) */
        size_t lead = 0;
        while (lead < i && (s[lead] == ' ' || s[lead] == '\n' || s[lead] == '\r' || s[lead] == '\t'))
            lead++;
        Html w = {.out = out, .max_cells = h.max_cells,
                  .pipe = !layout_by_shape(buf_str(&h.text), h.max_cells, h.rows, h.stacked,
                                           lead == i)};
        buf_free(&h.text);
        buf_putn(out, s + copied, i - copied);
        out_line += breaks(out->data + out_counted, out->len - out_counted);
        src_line += breaks(s + src_counted, i - src_counted);
        size_t from = out->len;
        buf_putc(out, '\n');
        read_table(&w, doc);
        buf_putc(out, '\n');
        /* the lines after it keep their numbers: its own map to its first
         * and last (a table of paragraphs, under the header's, named
         * every line below too far down: s25review) */
        int was = breaks(s + i, (size_t)(end - (s + i))), now = breaks(out->data + from, out->len - from);
        if (now != was) {
            anchor(&kept->map5, out_line, src_line, src_line + was);
            anchor(&kept->map5, out_line + now, src_line + was, -1);
        }
        out_line += now;
        out_counted = out->len;
        src_line += was;
        src_counted = (size_t)(end - s);
        buf_free(&w.para);
        buf_free(&w.bare);
        buf_free(&w.cell);
        xmlFreeDoc(doc);
        any = 1;
        i = copied = (size_t)(end - s);
    }
    if (any)
        buf_putn(out, s + copied, len - copied);
    return any;
}

/* ---- emphasis tags in a paragraph's line --------------------------------------- */

enum { TAG_NONE, TAG_BOLD, TAG_ITALIC, TAG_DROP, TAG_BREAK, TAG_SPAN, TAG_PARA, TAG_CUT };

/* What a <span> does: hides its words (pandoc's "deletion", a comment's
 * words) or shows them in small capitals, read as capitals
 * (IMP_SMALL_CAPS_UPPER: `pandoc -t gfm`'s <span class="smallcaps"> was
 * read as typed where "[x]{.smallcaps}" and w:smallCaps are capitals) */
enum { SPAN_HIDE = 1, SPAN_CAPS = 2 };

/* The emphasis tag at s (at its '<', e the line's end): TAG_BOLD for
 * <b>/<strong>, TAG_ITALIC for <i>/<em>, TAG_DROP for <u> (a plan has no
 * underline, as the .docx reader drops w:u), each with its attributes;
 * TAG_BREAK for a line break, <br>, <br/> or <br />, which a plan's
 * paragraph cannot hold (its lines join with a space) and which printed
 * as "<br>" (s21attack M4); *closing for "</...>", *end past its '>'.
 * The other inline tags a Markdown writer leaves in a line (pandoc's
 * <sup>, <sub>, <ins>, <del>, <mark>, <small>, <s>, <strike>, which a
 * reader prints as their text, styled) are TAG_DROP too, as the .docx
 * reader keeps the text of a superscript or struck run: they printed as
 * "km\<sup\>2\</sup\>" (s25foreign); *hide the mark of <del>, <s>,
 * <strike> (struck), <sup> (raised), <sub> (lowered), whose signs the
 * line gets for import_marks.c (imp_mark_sign; their words were kept
 * plain: s45imp). A <span> is TAG_SPAN, *hide SPAN_HIDE
 * when its class is pandoc's "deletion" or "comment-start" (`pandoc
 * --track-changes=all`: text deleted with Track Changes, a comment's
 * words), which Word's simple markup does not show in the text, as the
 * .docx reader leaves a deletion out, SPAN_CAPS when it is "smallcaps". <p>, <div>, <center> and <h1> to
 * <h6> (an HTML block, "<p align=center><b>KẾ HOẠCH</b><br>...</p>") are
 * TAG_PARA: paragraphs a reader shows apart, where their tags printed and
 * the title ran into the header's lines.
 * TAG_CUT for one of these tags whose '>' is past e (pandoc wraps a
 * span's attributes over lines: the caller tries the whole paragraph).
 * TAG_NONE for any other text (the search for '>' stops at the next '<':
 * linear in a line of them). */
static int emphasis_tag(const char *s, const char *e, int *closing, const char **end, int *hide)
{
    const char *p = s + 1;
    *closing = p < e && *p == '/';
    p += *closing;
    static const struct {
        const char *name;
        int kind;
    } tags[] = {{"strong", TAG_BOLD}, {"b", TAG_BOLD}, {"em", TAG_ITALIC}, {"i", TAG_ITALIC},
                {"u", TAG_DROP}, {"br", TAG_BREAK}, {"sup", TAG_DROP}, {"sub", TAG_DROP},
                {"ins", TAG_DROP}, {"del", TAG_DROP}, {"mark", TAG_DROP}, {"small", TAG_DROP},
                {"strike", TAG_DROP}, {"s", TAG_DROP}, {"span", TAG_SPAN}, {"p", TAG_PARA},
                {"div", TAG_PARA}, {"center", TAG_PARA}, {"h1", TAG_PARA}, {"h2", TAG_PARA},
                {"h3", TAG_PARA}, {"h4", TAG_PARA}, {"h5", TAG_PARA}, {"h6", TAG_PARA}};
    *hide = 0;
    for (size_t k = 0; k < sizeof tags / sizeof tags[0]; k++) {
        size_t n = strlen(tags[k].name);
        if (!tag_is(p, e, tags[k].name))
            continue;
        const char *q = p + n;
        int kind = tags[k].kind;
        if (kind == TAG_BREAK && (*closing || (q < e && *q == '/' && q + 1 < e && q[1] == '>')))
            q += !*closing; /* "<br/>"; a "</br>" is no break */
        if ((kind == TAG_BREAK && *closing) ||
            (q < e && *q != '>' && (*closing || !isspace((unsigned char)*q))))
            return TAG_NONE;
        while (q < e && *q != '>' && *q != '<')
            q++;
        if (q == e && !*closing && kind != TAG_BREAK)
            return TAG_CUT;
        if (q == e || *q != '>')
            return TAG_NONE;
        *end = q + 1;
        if (kind == TAG_DROP) /* a piece struck, raised or lowered (import_marks.c) */
            *hide = tags[k].name[0] == 's' && tags[k].name[1] == 'u'
                        ? (tags[k].name[2] == 'p' ? IMP_MARK_RAISED : IMP_MARK_LOWERED)
                    : strcmp(tags[k].name, "del") == 0 || strcmp(tags[k].name, "s") == 0 ||
                            strcmp(tags[k].name, "strike") == 0
                        ? IMP_MARK_STRUCK
                        : IMP_MARK_NONE;
        if (kind == TAG_SPAN && !*closing)
            *hide = holds(p + n, q, "\"deletion") || holds(p + n, q, "\"comment-start") ? SPAN_HIDE
                  : IMP_SMALL_CAPS_UPPER && holds(p + n, q, "\"smallcaps") ? SPAN_CAPS : 0;
        return tags[k].kind;
    }
    return TAG_NONE;
}

/* The open <span>s of a line: hiding and capping, bit k set if the k-th
 * from the outside hides (SPAN_HIDE) or is in small capitals (SPAN_CAPS);
 * spans their count, hidden and capped the hiding and small-capital ones'. */
typedef struct {
    unsigned long long hiding, capping;
    int spans, hidden, capped;
} Spans;

/* A <span> opened or closed (kind: SPAN_HIDE, SPAN_CAPS or 0, from
 * emphasis_tag). 0 when a span closes none or opens past 64. */
static int on_span(Spans *sp, int closing, int kind)
{
    if (closing ? sp->spans == 0 : sp->spans == 64)
        return 0;
    if (closing) {
        --sp->spans;
        sp->hidden -= (int)((sp->hiding >> sp->spans) & 1);
        sp->capped -= (int)((sp->capping >> sp->spans) & 1);
        sp->hiding &= ~(1ULL << sp->spans);
        sp->capping &= ~(1ULL << sp->spans);
    } else {
        sp->hiding |= (unsigned long long)(kind == SPAN_HIDE) << sp->spans;
        sp->capping |= (unsigned long long)(kind == SPAN_CAPS) << sp->spans;
        sp->hidden += kind == SPAN_HIDE;
        sp->capped += kind == SPAN_CAPS;
        ++sp->spans;
    }
    return 1;
}

/* out[from..] in capitals (vi_put_upper): what a small-capital span
 * wrote, as Word and LibreOffice show its letters */
static void caps_since(Buf *out, size_t from)
{
    if (from >= out->len)
        return;
    Buf was = {0};
    buf_putn(&was, out->data + from, out->len - from);
    out->len = from;
    out->data[from] = '\0';
    vi_put_upper_links(out, buf_str(&was));
    buf_free(&was);
}

/* A paragraph's end in out: its trailing spaces dropped, a blank line
 * after it (one, however many block tags end there) */
static void para_break(Buf *out)
{
    while (out->len && out->data[out->len - 1] == ' ')
        out->len--;
    if (out->len && !(out->len >= 2 && out->data[out->len - 1] == '\n' &&
                      out->data[out->len - 2] == '\n'))
        buf_puts(out, out->data[out->len - 1] == '\n' ? "\n" : "\n\n");
    else if (out->data)
        out->data[out->len] = '\0';
}

/* What inline_line does with a line's emphasis tags. */
enum { TAGS_CHECK, TAGS_MARK, TAGS_STRIP };

/* 1 if s..e begins with an emphasis tag of kind `kind`, closing or not as
 * `closing` says (then *end is past it). */
static int tag_next(const char *s, const char *e, int kind, int closing, const char **end)
{
    int c = 0, hide;
    return s < e && *s == '<' && emphasis_tag(s, e, &c, end, &hide) == kind && c == closing;
}

/* The end of the comment "<!-- ... -->" that begins at p, on the line
 * that ends at e, or NULL. *close is the first "-->" found on the line
 * (NULL: none yet) and *none says none is past it: one search serves every
 * "<!--" before it, where each searched the rest of the line and a line of
 * 50,000 never closed took 24 s (s22attack H3). */
static const char *comment_end(const char *p, const char *e, const char **close, int *none)
{
    if (e - p < 7 || memcmp(p, "<!--", 4) != 0)
        return NULL;
    if (!*none && (!*close || *close < p + 4)) {
        *close = NULL;
        for (const char *c = p + 4; !*close && c + 3 <= e; c++)
            *close = memcmp(c, "-->", 3) == 0 ? c : NULL;
        *none = !*close;
    }
    return *close ? *close + 3 : NULL;
}

/* An emphasis mark written to out for a tag closing or opening at p (its
 * end; e the line's end): spaces just inside the tag go outside the mark,
 * and punctuation beside a letter outside the tag (md_flank.c). Returns
 * where the line goes on. */
static const char *put_mark(Buf *out, const char *mark, int closing, const char *p, const char *e)
{
    /* one space for those moved out, none where one stands already */
    if (closing) {
        size_t spaces = 0;
        while (out->len > spaces && out->data[out->len - 1 - spaces] == ' ')
            spaces++;
        out->len -= spaces;
        out->data[out->len] = '\0';
        /* punctuation before the mark, a letter after it: outside */
        size_t keep = out->len;
        if (!spaces && md_flank_word_at(p, (size_t)(e - p))) {
            size_t from = out->len > 4 ? out->len - 4 : 0;
            keep = from + md_flank_trim_end(out->data + from, out->len - from, 1);
            if (keep > 0 && out->data[keep - 1] == '\\')
                keep = out->len; /* an escape stays whole: the check decides */
        }
        Buf moved = {0};
        buf_putn(&moved, out->data + keep, out->len - keep);
        out->len = keep;
        out->data[keep] = '\0';
        buf_puts(out, mark);
        buf_putn(out, moved.data ? moved.data : "", moved.len);
        buf_free(&moved);
        if (spaces && p < e && *p != ' ')
            buf_putc(out, ' ');
    } else {
        const char *text = p;
        while (p < e && *p == ' ')
            p++;
        if (p > text && out->len && out->data[out->len - 1] != ' ')
            buf_putc(out, ' ');
        /* a letter before the mark, punctuation after it: outside */
        if (p == text && md_flank_word_before(out->data, out->len)) {
            const char *q = p;
            while (q < e && *q != '<' && *q != '\\' && *q != '`' && *q != '*' && *q != '_')
                q++;
            size_t lead = md_flank_trim_start(p, (size_t)(q - p), 1);
            buf_putn(out, p, lead);
            p += lead;
        }
        buf_puts(out, mark);
    }
    return p;
}

/* One line s..e (no '\n') appended to out with its emphasis tags as
 * Markdown's marks (TAGS_MARK), or deleted (TAGS_STRIP), or only checked
 * (TAGS_CHECK): 1 when the tags pair up (each kind closed as often as
 * opened, never below zero), 0 otherwise (the caller copies the line as
 * written: an unpaired "**" would print). Backslash escapes and code
 * spans (a backtick run through the next run of its length on the line:
 * ticks, tick_runs) are copied as they are. Spaces just inside a tag go
 * outside its mark, where CommonMark needs them, and so does punctuation
 * beside a letter outside the tag ("a<b>(x)</b>b" is "a(**x**)b":
 * md_flank.c); a pair that holds nothing ("<b></b>") and a tag closed and
 * opened again at once ("<b>x</b><b>y</b>") write no marks, which printed
 * "****" and "x****y" (s21attack H1). Spans nest (at most 64 deep, else
 * the line is left as written); what a hiding span holds is not written.
 * A block tag (TAG_PARA) ends a paragraph, and so does a <br> in a line
 * that begins with one (an HTML block's lines), written as a blank line. */
static int inline_line(const char *s, const char *e, const size_t *ticks, int mode, Buf *out)
{
    int dry = mode == TAGS_CHECK;
    int depth[3] = {0, 0, 0};
    Spans sp = {0};                 /* the open spans */
    size_t caps_from = 0;           /* where the outermost small-capital one began in out */
    const char *first = s;
    while (first < e && *first == ' ')
        first++;
    int pipe_row = first < e && *first == '|'; /* its <br> are a cell's lines */
    int block_close = 0, block_hide;
    const char *block_end;
    int html_block = first < e && *first == '<' &&
                     emphasis_tag(first, e, &block_close, &block_end, &block_hide) == TAG_PARA;
    size_t tick = 0; /* the next backtick run's index in ticks */
    const char *close = NULL; /* the last "-->" found */
    int no_close = 0;         /* none after it */
    MdDashes dashes = {(size_t)-1, 0, 0};
    for (const char *p = s; p < e;) {
        int quiet = dry || sp.hidden; /* nothing written */
        if (*p == '\\' && p + 1 < e) {
            if (!quiet)
                buf_putn(out, p, 2);
            p += 2;
            continue;
        }
        if (*p == '`') {
            size_t at = (size_t)(p - s);
            while (ticks[2 * tick] != (size_t)-1 && ticks[2 * tick] != at)
                tick++;
            const char *to = p;
            while (to < e && *to == '`')
                to++;
            size_t run = (size_t)(to - p), j = ticks[2 * tick + 1];
            if (j != (size_t)-1)
                to = s + j + run; /* through the closing run */
            if (!quiet)
                buf_putn(out, p, (size_t)(to - p));
            p = to;
            continue;
        }
        int closing = 0, hide = 0;
        const char *end = p + 1, *after;
        int kind = *p == '<' ? emphasis_tag(p, e, &closing, &end, &hide) : TAG_NONE;
        if (kind == TAG_PARA && pipe_row)
            kind = TAG_BREAK; /* a cell's lines */
        if (kind == TAG_BREAK && pipe_row)
            kind = TAG_NONE;
        if (kind == TAG_BREAK && html_block)
            kind = TAG_PARA;
        if (kind == TAG_CUT)
            return 0;
        if (kind == TAG_SPAN) {
            int was = sp.hidden, caps = sp.capped;
            if (!on_span(&sp, closing, hide))
                return 0;
            if (!caps && sp.capped && !dry)
                caps_from = out->len;
            else if (caps && !sp.capped && !dry)
                caps_since(out, caps_from);
            p = end;
            while (was && !sp.hidden && !dry && p < e && *p == ' ' && out->len && out->data[out->len - 1] == ' ')
                p++; /* one space where the hidden words stood */
            continue;
        }
        if (kind == TAG_PARA) {
            if (!quiet)
                para_break(out);
            p = end;
            while (p < e && (*p == ' ' || *p == '\n'))
                p++;
            continue;
        }
        /* "<!-- ... -->" on the line: it shows nothing; one inside the
         * line's text, only when CommonMark 0.30 reads one there ("<!-- a
         * -- b -->" prints as text; md_comment.c) */
        const char *comment = kind == TAG_NONE ? comment_end(p, e, &close, &no_close) : NULL;
        if (comment && (p != first || first - s > 3)) {
            size_t c = md_inline_comment_end(s, (size_t)(e - s), (size_t)(p - s), &dashes);
            comment = c == (size_t)-1 ? NULL : s + c;
        }
        if (comment || kind == TAG_BREAK) {
            if (!quiet && kind == TAG_BREAK && (!out->len || out->data[out->len - 1] != ' '))
                buf_putc(out, ' ');
            p = comment ? comment : end;
            while (!quiet && p < e && *p == ' ' && out->len && out->data[out->len - 1] == ' ')
                p++; /* one space where it stood */
            continue;
        }
        if (kind == TAG_NONE) {
            if (!quiet)
                buf_putc(out, *p);
            p++;
            continue;
        }
        int *d = &depth[kind - 1];
        if (closing && *d == 0)
            return 0;
        if (kind != TAG_DROP && tag_next(end, e, kind, !closing, &after)) {
            p = after; /* "<b></b>", "</b><b>": no change of emphasis */
            continue;
        }
        int changes = nest(d, closing);
        p = end;
        if (kind == TAG_DROP && hide && !quiet) /* its sign, read with the paragraph */
            buf_puts(out, imp_mark_sign(hide, closing));
        if (quiet || mode == TAGS_STRIP || !changes || kind == TAG_DROP)
            continue;
        p = put_mark(out, kind == TAG_BOLD ? "**" : "*", closing, p, e);
    }
    return depth[0] == 0 && depth[1] == 0 && depth[2] == 0 && sp.spans == 0;
}

/* The most backtick runs of a line whose tags are read: a line of more
 * is no prose, and is left as written (the runs' table stays small). */
enum { MAX_TICK_RUNS = 65536 };

typedef struct {
    size_t at, len; /* a run's offset and length */
    size_t index;   /* its place in the line */
} BacktickRun;

static int by_length(const void *a, const void *b)
{
    const BacktickRun *x = a, *y = b;
    if (x->len != y->len)
        return x->len < y->len ? -1 : 1;
    return x->at < y->at ? -1 : x->at > y->at;
}

/* The backtick runs of the line s..e: for each, its offset and the offset
 * of the next run of the same length ((size_t)-1: none), in pairs, in
 * order, ended by a pair of (size_t)-1, in a malloc'd array; NULL for a
 * line of more than MAX_TICK_RUNS runs. The runs sorted by length, then
 * place, give each its next of the same length: n log n in the runs. */
static size_t *tick_runs(const char *s, const char *e)
{
    size_t n = 0;
    for (const char *p = s; p < e; p++)
        n += *p == '`' && (p == s || p[-1] != '`');
    if (n > MAX_TICK_RUNS)
        return NULL;
    BacktickRun *sorted = xmalloc((n + 1) * sizeof *sorted);
    size_t k = 0;
    for (const char *p = s; p < e;) {
        if (*p != '`') {
            p++;
            continue;
        }
        const char *q = p;
        while (q < e && *q == '`')
            q++;
        sorted[k] = (BacktickRun){(size_t)(p - s), (size_t)(q - p), k};
        k++;
        p = q;
    }
    qsort(sorted, n, sizeof *sorted, by_length);
    size_t *runs = xmalloc((2 * n + 2) * sizeof *runs);
    for (size_t i = 0; i < n; i++) {
        runs[2 * sorted[i].index] = sorted[i].at;
        runs[2 * sorted[i].index + 1] =
            i + 1 < n && sorted[i + 1].len == sorted[i].len ? sorted[i + 1].at : (size_t)-1;
    }
    runs[2 * n] = runs[2 * n + 1] = (size_t)-1;
    free(sorted);
    return runs;
}

/* The end of the paragraph whose line starts at i (of s[0..len)): the
 * end of its last line before a blank line, a fence or a line that begins
 * another block (a heading, a list item, a quote, a table's row). */
static size_t paragraph_end(const char *s, size_t len, size_t i)
{
    const char *nl = memchr(s + i, '\n', len - i);
    size_t end = nl ? (size_t)(nl - s) : len;
    while (end < len) {
        size_t next = end + 1, lead = next;
        const char *nl2 = memchr(s + next, '\n', len - next);
        size_t e2 = nl2 ? (size_t)(nl2 - s) : len;
        while (lead < e2 && lead - next < 3 && s[lead] == ' ')
            lead++;
        size_t n = e2 - lead;
        int blank = 1;
        for (size_t k = lead; k < e2 && blank; k++)
            blank = s[k] == ' ' || s[k] == '\t' || s[k] == '\r';
        if (blank || lead - next >= 3 || strchr("#|>`~", s[lead]) ||
            (strchr("-+*", s[lead]) && (n == 1 || s[lead + 1] == ' ')) ||
            ((unsigned char)s[lead] >= '0' && (unsigned char)s[lead] <= '9'))
            break;
        end = e2;
    }
    return end;
}

/* The text s[i..end) with its emphasis tags as marks, into line: 1 when
 * they pair up there (and line holds it), 0 otherwise. */
static int marked(const char *s, size_t i, size_t end, Buf *line)
{
    size_t *ticks = tick_runs(s + i, s + end);
    int ok = ticks && inline_line(s + i, s + end, ticks, TAGS_CHECK, NULL);
    buf_reset(line);
    if (ok) {
        inline_line(s + i, s + end, ticks, TAGS_MARK, line);
        /* marks a reader would print as stars: the words without
         * their emphasis (s21attack H1) */
        Buf bare = {0};
        inline_line(s + i, s + end, ticks, TAGS_STRIP, &bare);
        if (!render_same_plain(buf_str(line), buf_str(&bare))) {
            buf_reset(line);
            buf_putn(line, bare.data ? bare.data : "", bare.len);
        }
        buf_free(&bare);
    }
    free(ticks);
    return ok;
}

/* The line breaks of s[0..n) that line, its rewriting, lacks (the text
 * of a hidden span over lines left out); 0 when it has as many or more */
static size_t lost_lines(const char *s, size_t n, const Buf *line)
{
    size_t was = 0, now = 0;
    for (size_t k = 0; k < n; k++)
        was += s[k] == '\n';
    for (size_t k = 0; k < line->len; k++)
        now += line->data[k] == '\n';
    return was > now ? was - now : 0;
}

/* An anchor of map: from line out of the rewritten text on, the lines
 * of the text from src, up to last */
static void anchor(LineMap *map, int out, int src, int last)
{
    if (map->n == map->cap) {
        map->cap = map->cap ? 2 * map->cap : 16;
        map->a = xrealloc(map->a, map->cap * sizeof *map->a);
    }
    map->a[map->n++] = (struct LineAnchor){out, src, last};
}

int imp_line_map(const LineMap *map, int line)
{
    size_t lo = 0, hi = map->n; /* the last anchor at or before line */
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (map->a[mid].out <= line)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (!lo)
        return line;
    const struct LineAnchor *a = &map->a[lo - 1];
    int src = a->src + (line - a->out);
    return a->last >= 0 && src > a->last ? a->last : src;
}

int imp_kept_line(const HtmlKept *kept, int line)
{
    return imp_line_map(&kept->map5, imp_line_map(&kept->map, line));
}

void imp_kept_free(HtmlKept *kept)
{
    free(kept->map.a);
    free(kept->map5.a);
    buf_free(&kept->front);
}

/* The line breaks in s[0..n) */
static int breaks(const char *s, size_t n)
{
    int k = 0;
    if (!n)
        return 0;
    for (const char *p = s; (p = memchr(p, '\n', n - (size_t)(p - s))) != NULL; p++)
        k++;
    return k;
}

int imp_md_html_inline(const char *s, size_t len, Buf *out, LineMap *map)
{
    int any = 0, fence = 0;
    size_t copied = 0, tried = 0; /* paragraphs tried whole up to here */
    size_t pending = 0; /* line breaks of the text left out, to give back */
    int src_line = 1;              /* the line of s[i] */
    int out_line = 1;              /* the line of out's end, counted to out_counted */
    size_t out_counted = out->len; /* out's bytes counted in out_line */
    Buf line = {0};
    for (size_t i = 0; i < len;) {
        const char *nl = memchr(s + i, '\n', len - i);
        size_t end = nl ? (size_t)(nl - s) : len;
        size_t lead = i;
        while (lead < end && lead - i < 3 && s[lead] == ' ')
            lead++;
        if (end - lead >= 3 && (memcmp(s + lead, "```", 3) == 0 || memcmp(s + lead, "~~~", 3) == 0)) {
            fence = !fence; /* a code block's lines are code */
        } else if (!fence && memchr(s + i, '<', end - i)) {
            int ok = marked(s, i, end, &line);
            if (!ok && i >= tried) {
                /* a tag closed on a later line of its paragraph ("<b>Hoàn
                 * thành" over "xây dựng</b>"), as a reader pairs it: the
                 * rest of the paragraph at once, each paragraph tried once
                 * (linear; s22low) */
                size_t pend = paragraph_end(s, len, i);
                tried = pend;
                if (pend > end && marked(s, i, pend, &line)) {
                    ok = 1;
                    end = pend;
                    nl = end < len ? s + end : NULL;
                }
            }
            if (ok && (line.len != end - i || memcmp(line.data, s + i, line.len) != 0)) {
                buf_putn(out, s + copied, i - copied);
                int was = breaks(s + i, end - i), now = breaks(line.data ? line.data : "", line.len);
                if (now > was) { /* the block's lines map to its own */
                    out_line += breaks(out->data + out_counted, out->len - out_counted);
                    out_counted = out->len;
                    anchor(map, out_line, src_line, src_line + was);
                    anchor(map, out_line + now + 1, src_line + was + 1, -1);
                }
                buf_putn(out, line.data ? line.data : "", line.len);
                copied = end;
                any = 1;
                pending += lost_lines(s + i, end - i, &line);
            }
        } else if (pending && lead == end) {
            /* the line breaks a hidden span held, given back before the
             * blank line that ends its paragraph, so that import's
             * diagnostics below name the drafter's lines (one a line
             * above for each: s25review), as md_comment.c does */
            buf_putn(out, s + copied, i - copied);
            for (; pending; pending--)
                buf_putc(out, '\n');
            copied = i;
        }
        src_line += breaks(s + i, end - i) + (nl != NULL);
        i = nl ? end + 1 : len;
    }
    buf_free(&line);
    if (any)
        buf_putn(out, s + copied, len - copied);
    while (any && pending--)
        buf_putc(out, '\n');
    return any;
}
