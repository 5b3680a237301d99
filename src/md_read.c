/* md_read.c - one line of inline Markdown as the back ends that parse it
 * read it (render stage, shared).
 *
 * The HTML and the Word document print a text as cmark reads it; the
 * Markdown back end guards its lines so that a reader takes them as the
 * same paragraph; plain-text places (the workbook's cells, the HTML
 * <title>) print the text cmark reads. All go through here: a line's
 * block start guarded (render_guard_block), raw HTML made literal
 * (put_neutralised), and the line parsed as one paragraph
 * (render_parse_inline), with a fast path for a line without inline
 * syntax (render_inline_literal). Moved out of render.c so that inline.c
 * can read plain text through it without including render.h (which
 * includes inline.h).
 */
#include "md_read.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include <cmark.h>

#include "vi.h"

static int is_ascii_punct(char c)
{
    return c && strchr("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", c) != NULL;
}

/* Length of the run of character c at s. */
static size_t run_length(const char *s, char c)
{
    size_t n = 0;
    while (s[n] == c)
        n++;
    return n;
}

/* The runs of backticks in a line: for each length, where its last run
 * starts, sorted by length. A code span opened by a run of n backticks
 * closes at the next run of exactly n; when none starts after it, the
 * run is text, known without going over the rest of the line (runs of
 * 1, 2, 3 ... 2,850 backticks, none closed, made each opener scan to the
 * end: 4 MB took 3.2 s in each of the HTML and Word back ends). */
typedef struct TickRun {
    size_t len, last;
} TickRun;

static int compare_tick_runs(const void *a, const void *b)
{
    const TickRun *x = a, *y = b;
    if (x->len != y->len)
        return x->len < y->len ? -1 : 1;
    return x->last < y->last ? -1 : x->last > y->last;
}

static TickRun *tick_runs(const char *s, size_t *count)
{
    size_t n = 0, cap = 0;
    TickRun *runs = NULL;
    for (size_t i = 0; s[i];) {
        if (s[i] != '`') {
            i++;
            continue;
        }
        if (n == cap) {
            cap = cap ? 2 * cap : 16;
            runs = xrealloc(runs, cap * sizeof *runs);
        }
        runs[n].last = i;
        runs[n].len = run_length(s + i, '`');
        i += runs[n++].len;
    }
    if (n)
        qsort(runs, n, sizeof *runs, compare_tick_runs);
    size_t m = 0; /* the last run of each length */
    for (size_t k = 0; k < n; k++) {
        if (m && runs[m - 1].len == runs[k].len)
            m--;
        runs[m++] = runs[k];
    }
    *count = m;
    return runs;
}

/* 1 if a run of exactly len backticks starts at or after from. */
static int tick_run_from(const TickRun *runs, size_t count, size_t len, size_t from)
{
    size_t lo = 0, hi = count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (runs[mid].len < len)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < count && runs[lo].len == len && runs[lo].last >= from;
}

/* Copies one line of Markdown and makes raw HTML print as text: '<' and
 * '&' become entities, except where Markdown already takes them literally
 * (after a backslash, inside a code span). Linear: a code span is looked
 * for only where it closes (tick_runs). */
static void put_neutralised(Buf *out, const char *s)
{
    size_t i = 0, n_runs = 0, len = strlen(s);
    TickRun *runs = memchr(s, '`', len) ? tick_runs(s, &n_runs) : NULL;
    while (s[i]) {
        char c = s[i];
        if (c == '\\' && is_ascii_punct(s[i + 1])) {
            buf_putn(out, s + i, 2);
            i += 2;
        } else if (c == '`') {
            /* a code span runs to the next run of as many backticks */
            size_t open = run_length(s + i, '`');
            size_t j = i + open;
            size_t close_at = 0;
            if (!tick_run_from(runs, n_runs, open, j))
                j = len; /* no closer: the run is text */
            while (s[j]) {
                if (s[j] == '`') {
                    size_t run = run_length(s + j, '`');
                    if (run == open) {
                        close_at = j;
                        break;
                    }
                    j += run;
                } else {
                    j++;
                }
            }
            size_t end = close_at ? close_at + open : i + open;
            buf_putn(out, s + i, end - i);
            i = end;
        } else if (c == '<') {
            buf_puts(out, "&lt;");
            i++;
        } else if (c == '&') {
            buf_puts(out, "&amp;");
            i++;
        } else {
            buf_putc(out, c);
            i++;
        }
    }
    free(runs);
}

/* 1 if line (one line of Markdown) is a thematic break made of c. */
static int is_thematic_break(const char *line, char c)
{
    int marks = 0;
    for (const char *p = line; *p; p++) {
        if (*p == c)
            marks++;
        else if (*p != ' ' && *p != '\t')
            return 0;
    }
    return marks >= 3;
}

/* Copies one line of Markdown, escaping a start that would make cmark read
 * a block other than a paragraph: "1. ", "2) " (ordered list), "- ", "+ ",
 * "* " (list), "#" (heading), ">" (quote), "---", "***", "___" (rule),
 * "```", "~~~" (fence), "[x]: " (link definition). Leading blanks, which
 * would make an indented code block, are dropped. */
void render_guard_block(Buf *out, const char *line)
{
    while (*line == ' ' || *line == '\t')
        line++;
    const char *digits_end = line;
    while (*digits_end >= '0' && *digits_end <= '9')
        digits_end++;
    if (digits_end > line && digits_end - line <= 9 && (*digits_end == '.' || *digits_end == ')') &&
        strchr(" \t", digits_end[1])) { /* "1.1. x" is no list (the '\0' is in it too) */
        buf_putn(out, line, (size_t)(digits_end - line));
        buf_putc(out, '\\');
        buf_puts(out, digits_end);
        return;
    }
    int escape = 0;
    switch (*line) {
    case '-':
    case '+': /* a list item ("- x"), a rule ("---"); "-5" is neither */
        escape = strchr(" \t-", line[1]) != NULL;
        break;
    case '#':
    case '>':
    case '=':
        escape = 1;
        break;
    case '*':
        escape = line[1] == ' ' || line[1] == '\t' || line[1] == '\0' ||
                 is_thematic_break(line, '*');
        break;
    case '_':
        escape = is_thematic_break(line, '_');
        break;
    case '`':
    case '~':
        escape = run_length(line, *line) >= 3;
        break;
    case '[': {
        const char *p = line + 1;
        while (*p && *p != ']')
            p += (*p == '\\' && p[1]) ? 2 : 1;
        escape = *p == ']' && p[1] == ':';
        break;
    }
    default:
        break;
    }
    if (escape)
        buf_putc(out, '\\');
    buf_puts(out, line);
}

/* Safe mode is cmark's default since 0.29; asking for it keeps older
 * versions safe too. Never CMARK_OPT_UNSAFE. */
#define INLINE_OPTIONS (CMARK_OPT_DEFAULT | CMARK_OPT_SAFE)

int render_inline_literal(const char *markdown, Buf *line, Buf *literal)
{
    buf_reset(line);
    for (const char *c = markdown ? markdown : ""; *c;) {
        size_t run = strcspn(c, "\n\r");
        buf_putn(line, c, run);
        c += run;
        if (*c) { /* a run of line breaks ("\r\n", a blank line in a one-line
                   * field) is one space, as text_one_line prints it */
            buf_putc(line, ' ');
            c += strspn(c, "\n\r");
        }
    }
    while (line->len && line->data[line->len - 1] == ' ')
        line->data[--line->len] = '\0';
    if (line->len == 0)
        return -1;
    if (line->data[0] == ' ' || line->data[0] == '\t' || strpbrk(line->data, "`*_[]!~"))
        return 0;
    /* no inline syntax but backslash escapes: the text itself, in one text
     * node. cmark reads the same, but a text of 2 MB of '\<' costs it
     * millions of nodes. */
    buf_reset(literal);
    for (const char *c = line->data; *c;) {
        size_t run = strcspn(c, "\\");
        buf_putn(literal, c, run);
        c += run;
        if (!*c)
            break;
        if (is_ascii_punct(c[1]))
            c++;
        buf_putc(literal, *c++);
    }
    return 1;
}

/* 1 if link's text prints nothing: no child, or text of blanks alone,
 * spaces of any kind (vi_spaces_len: "[\u00a0](https://a.vn)" printed a
 * link of one no-break space, its address lost: s37review), or an image
 * alone whose own text (what every format prints of it) is such
 * ("[![](https://x.vn/a.png)](https://a.vn)" printed nothing in any
 * format, its address lost: s38review L4). */
static int text_is_blank(cmark_node *link)
{
    cmark_node *child = cmark_node_first_child(link);
    if (!child)
        return 1;
    if (!cmark_node_next(child) && cmark_node_get_type(child) == CMARK_NODE_IMAGE &&
        cmark_node_get_type(link) == CMARK_NODE_LINK)
        return text_is_blank(child); /* an image holds no link: one level */
    if (cmark_node_next(child) || cmark_node_get_type(child) != CMARK_NODE_TEXT)
        return 0;
    const char *t = cmark_node_get_literal(child);
    return !t || t[vi_spaces_len(t)] == '\0';
}

/* The character a reader sees at n's end (last) or start (!last): 0 for
 * none known (raw HTML, an empty node), ' ' for a break. */
static char visible_edge(cmark_node *n, int last)
{
    for (int depth = 0; n && depth < 64; depth++) {
        cmark_node_type type = cmark_node_get_type(n);
        if (type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK)
            return ' ';
        if (type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE) {
            const char *t = cmark_node_get_literal(n);
            size_t len = t ? strlen(t) : 0;
            return len ? t[last ? len - 1 : 0] : 0;
        }
        n = last ? cmark_node_last_child(n) : cmark_node_first_child(n);
    }
    return 0;
}

/* 1 if a word ending in a and one starting with b print run together:
 * neither is a blank, and b is no closing punctuation ("https://d.vn.",
 * "(https://d.vn)" stay as typed). */
static int run_together(char a, char b)
{
    if (!a || !b || isspace((unsigned char)a) || isspace((unsigned char)b))
        return 0;
    return !strchr(".,;:!?)]}\"'", b) && !strchr("([{\"'/", a);
}

/* A space before and after link (an address given as its text) where the
 * word beside it would print glued to the address: two blank links typed
 * with no space between them printed "https://d.vnhttps://e.vn" in every
 * format (s37vg). */
static void keep_address_apart(cmark_node *link)
{
    const char *url = cmark_node_get_url(link);
    size_t len = strlen(url);
    cmark_node *prev = cmark_node_previous(link), *next = cmark_node_next(link);
    if (prev && run_together(visible_edge(prev, 1), url[0])) {
        cmark_node *space = cmark_node_new(CMARK_NODE_TEXT);
        cmark_node_set_literal(space, " ");
        cmark_node_insert_before(link, space);
    }
    if (next && run_together(url[len - 1], visible_edge(next, 0))) {
        cmark_node *space = cmark_node_new(CMARK_NODE_TEXT);
        cmark_node_set_literal(space, " ");
        cmark_node_insert_after(link, space);
    }
}

/* A link written without text ("[](https://a.vn)") printed nothing in the
 * .docx and the workbook, an empty <a> in the HTML, and a GFM reader's
 * .md lost its address (s36low): every back end now prints its address as
 * its text, decided here, where they all read the line. */
static void give_empty_links_text(cmark_node *document)
{
    cmark_iter *it = cmark_iter_new(document);
    cmark_event_type ev;
    while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
        cmark_node *n = cmark_iter_get_node(it);
        const char *url;
        if (ev != CMARK_EVENT_ENTER || cmark_node_get_type(n) != CMARK_NODE_LINK ||
            !(url = cmark_node_get_url(n)) || !*url || !text_is_blank(n))
            continue;
        cmark_node *old = cmark_node_first_child(n);
        if (old)
            cmark_node_free(old);
        cmark_node *text = cmark_node_new(CMARK_NODE_TEXT);
        cmark_node_set_literal(text, url);
        cmark_node_append_child(n, text);
        keep_address_apart(n);
        /* the iterator had already stepped to the freed child: it goes
         * on from the link's end ("[ ](https://a.vn)" read freed memory,
         * SIGSEGV in -f md and -f html: s37review H1) */
        cmark_iter_reset(it, n, CMARK_EVENT_EXIT);
    }
    cmark_iter_free(it);
}

/* render_parse_inline; give: an empty link given its address as its text
 * (give_empty_links_text), not for a text printed as written. */
static cmark_node *parse_inline(const char *markdown, Buf *line, cmark_node **paragraph, int give)
{
    Buf guarded = {0}, source = {0}, literal = {0};
    *paragraph = NULL;
    int kind = render_inline_literal(markdown, line, &literal);
    if (kind < 0)
        return NULL;
    if (kind > 0) {
        cmark_node *document = cmark_node_new(CMARK_NODE_DOCUMENT);
        cmark_node *para = cmark_node_new(CMARK_NODE_PARAGRAPH);
        cmark_node *text = cmark_node_new(CMARK_NODE_TEXT);
        cmark_node_set_literal(text, buf_str(&literal));
        buf_free(&literal);
        cmark_node_append_child(para, text);
        cmark_node_append_child(document, para);
        *paragraph = para;
        return document;
    }
    render_guard_block(&guarded, line->data);
    put_neutralised(&source, guarded.data ? guarded.data : "");
    cmark_node *document = cmark_parse_document(source.data, source.len, INLINE_OPTIONS);
    if (give)
        give_empty_links_text(document);
    cmark_node *first = cmark_node_first_child(document);
    if (first && cmark_node_get_type(first) == CMARK_NODE_PARAGRAPH && cmark_node_next(first) == NULL)
        *paragraph = first;
    buf_free(&guarded);
    buf_free(&source);
    return document;
}

cmark_node *render_parse_inline(const char *markdown, Buf *line, cmark_node **paragraph)
{
    return parse_inline(markdown, line, paragraph, 1);
}

/* render_inline_paragraph; give as parse_inline's. */
static cmark_node *inline_paragraph(const char *markdown, Buf *out, cmark_node **paragraph,
                                    int give)
{
    Buf line = {0}, literal = {0};
    cmark_node *document = NULL;
    *paragraph = NULL;
    int kind = render_inline_literal(markdown, &line, &literal);
    if (kind > 0) /* no inline syntax: its text, without cmark */
        buf_putn(out, literal.data ? literal.data : "", literal.len);
    if (kind == 0) {
        document = parse_inline(markdown, &line, paragraph, give);
        if (document && !*paragraph) { /* not one paragraph: printed as plain text */
            buf_puts(out, buf_str(&line));
            cmark_node_free(document);
            document = NULL;
        }
    }
    buf_free(&literal);
    buf_free(&line);
    return document;
}

cmark_node *render_inline_paragraph(const char *markdown, Buf *out, cmark_node **paragraph)
{
    return inline_paragraph(markdown, out, paragraph, 1);
}

cmark_node *render_inline_paragraph_written(const char *markdown, Buf *out,
                                            cmark_node **paragraph)
{
    return inline_paragraph(markdown, out, paragraph, 0);
}

int md_wraps_whole(const char *t, int k)
{
    Buf line = {0};
    cmark_node *para = NULL, *doc = render_parse_inline(t, &line, &para);
    cmark_node *n = para ? cmark_node_first_child(para) : NULL;
    int whole = n && !cmark_node_next(n);
    cmark_node_type outer = n ? cmark_node_get_type(n) : CMARK_NODE_NONE;
    if (whole && k == 3) {
        cmark_node *in = cmark_node_first_child(n);
        cmark_node_type inner = in ? cmark_node_get_type(in) : CMARK_NODE_NONE;
        whole = in && !cmark_node_next(in) &&
                ((outer == CMARK_NODE_EMPH && inner == CMARK_NODE_STRONG) ||
                 (outer == CMARK_NODE_STRONG && inner == CMARK_NODE_EMPH));
    } else if (whole) {
        whole = outer == (k == 2 ? CMARK_NODE_STRONG : CMARK_NODE_EMPH);
    }
    if (doc)
        cmark_node_free(doc);
    buf_free(&line);
    return whole;
}
