/* docx_html.c - an embedded HTML document of a .docx (w:altChunk), read
 * into the importer's paragraphs.
 *
 * Word shows an HTML chunk where its w:altChunk stands, converted as when
 * it opens an .htm file: headings, paragraphs, lists with their numbers,
 * tables. libxml2's HTML parser reads it (no network, no error output,
 * its nesting limit of 256 elements kept: within it the parser's matching
 * of end tags stays linear; a document past it is not read, and the caller
 * notes it), and the walk gives what the .docx reader gives of the same
 * text in Word: a paragraph per block (p, div, li, a heading, a table's
 * caption), a heading's level, the label a browser prints before a list
 * item ("1. ", "a. ", "IV. ", "- ", "+ " for a list inside a list), a
 * table's rows as Markdown pipe rows (a cell spanning columns followed by
 * empty ones, as the .docx reader writes a w:gridSpan), and emphasis (b,
 * strong, i, em) as the .docx reader writes its runs': the flags when the
 * whole paragraph has it, Markdown around the words when a part has.
 * White space collapses as a browser collapses it, except in pre; br is a
 * line break. Scripts, styles and the head are not text.
 */
#include "docx_html.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/HTMLparser.h>

#include "docx_tree.h"
#include "vi.h"

enum { LIST_DEPTH = 32 };

typedef struct HRun {
    size_t at; /* where it starts in Html.text */
    int bold, italic;
} HRun;

typedef struct Html {
    DocxChunkSink *s;
    Buf text;      /* the paragraph being gathered, white space collapsed */
    HRun *runs;
    size_t n_runs, cap_runs;
    int bold, italic, pre; /* inside so many b/strong, i/em, pre */
    int heading;           /* the paragraph is an h1..h6 */
    const char *label;     /* a list item's label, for its first paragraph */
    int depth;             /* lists open */
    struct {
        int ordered, count;
        char type; /* '1', 'a', 'A', 'i', 'I' */
    } list[LIST_DEPTH];
} Html;

static int named(const xmlNode *n, const char *const *names)
{
    for (int k = 0; names[k]; k++)
        if (docx_is(n, names[k]))
            return 1;
    return 0;
}

static const char *const skipped[] = {"head", "script", "style", "title", "noscript",
                                      "template", "object", "svg", "math", NULL};
static const char *const blocks[] = {"p", "div", "blockquote", "pre", "dl", "dt", "dd",
                                     "section", "article", "header", "footer", "nav", "aside",
                                     "address", "center", "form", "fieldset", "figure",
                                     "figcaption", "main", "caption", "hr", NULL};

/* Appends the character c (text, or a line break) with the current
 * emphasis, collapsing white space outside pre */
static void put_char(Html *h, char c)
{
    int space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    if (space && !h->pre) {
        if (!h->text.len || h->text.data[h->text.len - 1] == ' ' ||
            h->text.data[h->text.len - 1] == '\n')
            return;
        c = ' ';
    } else if (c == '\r') {
        return;
    }
    int b = h->bold > 0, it = h->italic > 0;
    if (!h->n_runs || h->runs[h->n_runs - 1].bold != b || h->runs[h->n_runs - 1].italic != it) {
        if (h->n_runs == h->cap_runs) {
            h->cap_runs = h->cap_runs ? h->cap_runs * 2 : 8;
            h->runs = xrealloc(h->runs, h->cap_runs * sizeof *h->runs);
        }
        h->runs[h->n_runs++] = (HRun){h->text.len, b, it};
    }
    buf_putc(&h->text, c);
}

/* A line break (br): a '\n' in the paragraph, as the .docx reader keeps a
 * w:br, the space before it dropped */
static void put_break(Html *h)
{
    while (h->n_runs && h->text.len > h->runs[h->n_runs - 1].at &&
           h->text.data[h->text.len - 1] == ' ')
        h->text.len--; /* within the last run: the runs' starts stay in the text */
    int pre = h->pre;
    h->pre = 1; /* kept, not collapsed */
    put_char(h, '\n');
    h->pre = pre;
}

/* Whether text[from, to) is blank */
static int blank(const Buf *t, size_t from, size_t to)
{
    for (size_t k = from; k < to; k++)
        if (t->data[k] != ' ' && t->data[k] != '\n')
            return 0;
    return 1;
}

/* The paragraph gathered becomes one (its runs' emphasis as the .docx
 * reader writes it), or, empty, a gap */
static void flush(Html *h)
{
    int all_b = 1, all_i = 1, any = 0;
    for (size_t r = 0; r < h->n_runs; r++) {
        size_t to = r + 1 < h->n_runs ? h->runs[r + 1].at : h->text.len;
        if (blank(&h->text, h->runs[r].at, to))
            continue;
        any = 1;
        all_b &= h->runs[r].bold;
        all_i &= h->runs[r].italic;
    }
    if (!any) {
        buf_reset(&h->text);
        h->n_runs = 0;
        return; /* the label waits for the item's first paragraph */
    }
    Buf md = {0};
    if (h->label)
        buf_puts(&md, h->label);
    for (size_t r = 0; r < h->n_runs;) {
        int b = h->runs[r].bold && !all_b, it = h->runs[r].italic && !all_i;
        size_t k = r + 1;
        while (k < h->n_runs &&
               ((h->runs[k].bold && !all_b) == b && (h->runs[k].italic && !all_i) == it))
            k++;
        size_t from = h->runs[r].at, to = k < h->n_runs ? h->runs[k].at : h->text.len;
        size_t lead = from, trail = to;
        while (lead < to && h->text.data[lead] == ' ')
            lead++;
        while (trail > lead && h->text.data[trail - 1] == ' ')
            trail--;
        const char *mark = b && it ? "***" : b ? "**" : it ? "*" : "";
        buf_putn(&md, h->text.data + from, lead - from);
        if (trail > lead) {
            buf_puts(&md, mark);
            docx_chunk_escape(&md, h->text.data + lead, trail - lead);
            buf_puts(&md, mark);
        }
        buf_putn(&md, h->text.data + trail, to - trail);
        r = k;
    }
    ImpPara *para = docx_chunk_para(h->s, md.data, md.len);
    if (para) {
        para->heading = h->heading;
        para->bold = all_b;
        para->italic = all_i;
        h->label = NULL;
    }
    buf_free(&md);
    buf_reset(&h->text);
    h->n_runs = 0;
}

/* An attribute of n as a number, dflt when absent */
static int attr_int(const xmlNode *n, const char *name, int dflt)
{
    return docx_attr_int(n, name, dflt);
}

/* The label of the next item of the innermost list */
static const char *item_label(Html *h, const xmlNode *li)
{
    if (h->depth <= 0)
        return NULL;
    int d = h->depth <= LIST_DEPTH ? h->depth - 1 : LIST_DEPTH - 1;
    if (!h->list[d].ordered)
        return h->depth == 1 ? "- " : "+ ";
    int n = attr_int(li, "value", h->list[d].count + 1);
    h->list[d].count = n < 0 ? 0 : n > 32767 ? 32767 : n;
    n = h->list[d].count;
    Buf b = {0};
    char t = h->list[d].type;
    if ((t == 'a' || t == 'A') && n > 0)
        buf_putc(&b, (char)(t + (n - 1) % 26));
    else if (t == 'i' || t == 'I') {
        Buf r = {0};
        vi_put_roman(&r, n);
        for (size_t k = 0; k < r.len; k++)
            buf_putc(&b, t == 'i' && r.data[k] >= 'A' && r.data[k] <= 'Z'
                             ? (char)(r.data[k] - 'A' + 'a') : r.data[k]);
        buf_free(&r);
    } else
        buf_printf(&b, "%d", n);
    buf_puts(&b, ". ");
    const char *label = arena_strndup(h->s->arena, b.data, b.len);
    buf_free(&b);
    return label;
}

static void open_list(Html *h, const xmlNode *n)
{
    if (h->depth < LIST_DEPTH) {
        char *type = docx_attr(n, "type");
        h->list[h->depth].ordered = docx_is(n, "ol");
        h->list[h->depth].type = type && strchr("aAiI", type[0]) && type[0] ? type[0] : '1';
        int start = attr_int(n, "start", 1);
        h->list[h->depth].count = (start < 1 ? 1 : start > 32767 ? 32767 : start) - 1;
        xmlFree(type);
    }
    h->depth++;
}

/* The text of a table's cell, all of it on one line (a table inside it
 * too), into out */
static void cell_text(const xmlNode *n, Buf *out, int depth)
{
    for (const xmlNode *c = n->children; c && depth < 300; c = c->next) {
        if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
            for (const char *p = (const char *)c->content; p && *p; p++) {
                int space = *p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f';
                if (!space)
                    buf_putc(out, *p);
                else if (out->len && out->data[out->len - 1] != ' ')
                    buf_putc(out, ' ');
            }
        } else if (c->type == XML_ELEMENT_NODE && !named(c, skipped)) {
            if (docx_is(c, "br") || named(c, blocks) || docx_is(c, "td") || docx_is(c, "th") ||
                docx_is(c, "li"))
                if (out->len && out->data[out->len - 1] != ' ')
                    buf_putc(out, ' ');
            cell_text(c, out, depth + 1);
        }
    }
}

/* One row tr as a pipe row */
static void table_row(Html *h, const xmlNode *tr)
{
    Buf row = {0}, cell = {0};
    buf_putc(&row, '|');
    int cells = 0;
    for (const xmlNode *td = tr->children; td; td = td->next) {
        if (!docx_is(td, "td") && !docx_is(td, "th"))
            continue;
        buf_reset(&cell);
        cell_text(td, &cell, 0);
        size_t b = 0, e = cell.len;
        while (b < e && cell.data[b] == ' ')
            b++;
        while (e > b && cell.data[e - 1] == ' ')
            e--;
        buf_putc(&row, ' ');
        for (size_t k = b; k < e; k++) { /* as the .docx reader's cells */
            if (cell.data[k] == '|' || cell.data[k] == '*' || cell.data[k] == '\\')
                buf_putc(&row, '\\');
            buf_putc(&row, cell.data[k]);
        }
        buf_puts(&row, " |");
        int span = attr_int(td, "colspan", 1);
        for (int k = 1; k < span && k < 64; k++)
            buf_puts(&row, "  |");
        cells++;
    }
    if (cells) {
        ImpPara *para = docx_chunk_para(h->s, row.data, row.len);
        if (para)
            para->in_table = 1;
    }
    buf_free(&row);
    buf_free(&cell);
}

/* A table's rows (through thead, tbody, tfoot), its caption a paragraph */
static void table(Html *h, const xmlNode *n, int depth)
{
    for (const xmlNode *c = n->children; c && depth < 300; c = c->next) {
        if (docx_is(c, "tr")) {
            table_row(h, c);
        } else if (docx_is(c, "caption")) {
            Buf t = {0};
            cell_text(c, &t, 0);
            docx_chunk_para(h->s, t.data, t.len);
            buf_free(&t);
        } else if (docx_is(c, "thead") || docx_is(c, "tbody") || docx_is(c, "tfoot")) {
            table(h, c, depth + 1);
        }
    }
}

static void walk(Html *h, const xmlNode *n, int depth);

/* An element c of the body */
static void element(Html *h, const xmlNode *c, int depth)
{
    const char *name = (const char *)c->name;
    if (named(c, skipped))
        return;
    if (docx_is(c, "br")) {
        put_break(h);
    } else if (name[0] == 'h' && name[1] >= '1' && name[1] <= '6' && !name[2]) {
        flush(h);
        h->heading = name[1] - '0';
        walk(h, c, depth + 1);
        flush(h);
        h->heading = 0;
    } else if (docx_is(c, "b") || docx_is(c, "strong") || docx_is(c, "i") ||
               docx_is(c, "em")) {
        int *flag = name[0] == 'b' || name[0] == 's' ? &h->bold : &h->italic;
        ++*flag;
        walk(h, c, depth + 1);
        --*flag;
    } else if (docx_is(c, "ul") || docx_is(c, "ol")) {
        flush(h);
        open_list(h, c);
        walk(h, c, depth + 1);
        flush(h);
        h->depth--;
    } else if (docx_is(c, "li")) {
        flush(h);
        h->label = item_label(h, c);
        walk(h, c, depth + 1);
        flush(h);
        h->label = NULL;
    } else if (docx_is(c, "table")) {
        flush(h);
        table(h, c, depth + 1);
    } else if (named(c, blocks)) {
        flush(h);
        h->pre += docx_is(c, "pre");
        walk(h, c, depth + 1);
        h->pre -= docx_is(c, "pre");
        flush(h);
    } else {
        walk(h, c, depth + 1); /* inline: span, a, font, u, ... */
    }
}

static void walk(Html *h, const xmlNode *n, int depth)
{
    if (depth > 300) /* the parser's limit is 256: never reached */
        return;
    for (const xmlNode *c = n->children; c && !h->s->too_many; c = c->next) {
        if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
            for (const char *p = (const char *)c->content; p && *p; p++)
                put_char(h, *p);
        } else if (c->type == XML_ELEMENT_NODE) {
            element(h, c, depth);
        }
    }
}

/* The encoding to read data in: its own (a meta charset, an XML
 * declaration) when it names one near its start, else UTF-8 when it is
 * valid UTF-8, else the parser's default */
static const char *encoding(const char *data, size_t len)
{
    size_t head = len < 2048 ? len : 2048;
    for (size_t k = 0; k + 7 <= head; k++)
        if ((data[k] | 0x20) == 'c' && strncasecmp(data + k, "charset", 7) == 0)
            return NULL;
    if (head >= 5 && memcmp(data, "<?xml", 5) == 0)
        return NULL;
    return utf8_invalid_at(data, len) == (size_t)-1 ? "UTF-8" : NULL;
}

int docx_chunk_html(const char *data, size_t len, DocxChunkSink *s)
{
    if (len > INT_MAX)
        return -1;
    htmlParserCtxtPtr ctxt = htmlNewParserCtxt();
    if (!ctxt)
        return -1;
    htmlDocPtr doc = htmlCtxtReadMemory(ctxt, data, (int)len, NULL, encoding(data, len),
                                        HTML_PARSE_NONET | HTML_PARSE_NOERROR |
                                            HTML_PARSE_NOWARNING);
    int halted = ctxt->disableSAX != 0;
    htmlFreeParserCtxt(ctxt);
    if (!doc || halted) {
        if (doc)
            xmlFreeDoc(doc);
        return -1;
    }
    Html h = {.s = s};
    const xmlNode *root = xmlDocGetRootElement(doc);
    if (root)
        walk(&h, (const xmlNode *)doc, 0);
    flush(&h);
    buf_free(&h.text);
    free(h.runs);
    xmlFreeDoc(doc);
    return 0;
}
