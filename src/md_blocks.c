/* md_blocks.c - the block marks of a hand-written .md that import's
 * reader of khgen's own Markdown did not know, for import.
 *
 * khgen writes its lists with "-" and "+", its tables with a pipe at each
 * end of a row, and no block quotes; import read those. A .md a drafter
 * wrote (or another editor saved) may use the other marks CommonMark and
 * GFM give the same blocks: a list item "* x", a block quote "> x", a
 * pipe table whose rows have no pipe at their ends ("Nội dung | Số
 * lượng" over "--- | ---:"). Import read them as paragraphs that printed
 * their marks: "* Tổ chức diễn tập.", "> Lưu ý: ...", and the table's
 * rows run together, "--- | ---: Áo phao | 120", all with exit 0, where
 * every Markdown reader shows a bullet, a quote and a table (s23attack
 * H5). imp_md_blocks rewrites them, line for line, into the marks import
 * reads: "* " becomes "- " (a thematic break "* * *" stays), a quote's
 * "> " marks are taken off (the quoted lines are read as the paragraphs a
 * reader shows), and each row of such a table gets its end pipes, when
 * the delimiter row has as many cells as the header row above it (GFM's
 * rule), and an ordered list's later items are numbered as a reader counts
 * them, from its first ("1.", "1.", "1." shows 1, 2, 3), and a reference
 * link ("[Quyết định 123][qd]" over "[qd]: https://...") written inline
 * to its address, its definition's line left empty, as a reader shows
 * the link and nothing of the definition. A quote's marks are taken off
 * before the rest is read, so that a table, a list or a definition
 * inside a quote is read as a reader shows it there (s23review); a quote
 * begun or ended ends the lists open. Lines in a fenced
 * code block are left as they are. One line in, one line out, so import's
 * diagnostics still name the drafter's lines.
 */
#include "md_blocks.h"

#include <stdlib.h>
#include <string.h>

#include "docx_lines.h"

/* The bytes of addresses reference links may add beyond the text's own
 * length (a short .md's few links are always written in). */
enum { MD_LINKS_SLACK = 64 * 1024 };

typedef struct Line {
    const char *s;
    size_t len;
    int table;     /* a row of a table whose end pipes are added */
    long renumber; /* an ordered item's number as a reader counts it; 0: as written */
    int definition; /* a link reference definition: a reader shows nothing of it */
    const char *orig; /* the line as written, its quote marks with it */
    size_t orig_len;
    size_t quote;     /* its block quote's '>' marks (0: none) */
    int lone;         /* a row "|a|" beginning a block with no delimiter row
                         under it: text, its first '|' escaped */
} Line;

/* A link reference definition, "[qd]: https://x.vn/qd.pdf": its label
 * folded (ASCII case, runs of blanks as one space) and its address. */
typedef struct Def {
    char *label;
    const char *url;
    size_t url_len;
} Def;

static size_t indent_of(const char *s, size_t len)
{
    size_t i = 0;
    while (i < len && (s[i] == ' ' || s[i] == '\t'))
        i++;
    return i;
}

/* The length of the fence ("```", "~~~") the line opens or closes, 0 if none. */
static size_t fence_of(const char *s, size_t len, char *mark)
{
    size_t i = indent_of(s, len);
    if (i > 3 || i >= len || (s[i] != '`' && s[i] != '~'))
        return 0;
    size_t n = 0;
    while (i + n < len && s[i + n] == s[i])
        n++;
    if (n < 3)
        return 0;
    *mark = s[i];
    return n;
}

/* The cells of a table row: its unescaped '|' plus one, less the end pipes. */
static size_t cells_of(const char *s, size_t len, int *ends)
{
    size_t a = indent_of(s, len), b = len;
    while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\t'))
        b--;
    *ends = a < b && (s[a] == '|' || s[b - 1] == '|');
    if (a < b && s[a] == '|')
        a++;
    if (b > a && s[b - 1] == '|' && (b - 1 == a || s[b - 2] != '\\'))
        b--;
    size_t cells = 1;
    for (size_t i = a; i < b; i++) {
        if (s[i] == '\\') {
            i++;
            continue;
        }
        cells += s[i] == '|';
    }
    return cells;
}

/* 1 if the line is a table's delimiter row ("--- | :---:", "|---|---|"). */
static int is_delimiter(const char *s, size_t len)
{
    int dashes = 0, pipes = 0;
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        if (c == '-')
            dashes++;
        else if (c == '|')
            pipes++;
        else if (c != ':' && c != ' ' && c != '\t')
            return 0;
    }
    return pipes > 0 && dashes > 0;
}

/* 1 if the line is a thematic break of stars ("***", "* * *"). */
static int star_rule(const char *s, size_t len)
{
    size_t stars = 0;
    for (size_t i = 0; i < len; i++) {
        if (s[i] == '*')
            stars++;
        else if (s[i] != ' ' && s[i] != '\t')
            return 0;
    }
    return stars >= 3;
}

/* An ordered list item at s[i] ("3. x", "3) x"): stores its number, its
 * delimiter and where its digits end; 0 if the line is none. */
static int ordered_item(const char *s, size_t len, size_t i, long *number, char *delim,
                        size_t *digits_end)
{
    size_t d = i;
    while (d < len && d - i < 9 && s[d] >= '0' && s[d] <= '9')
        d++;
    if (d == i || d >= len || (s[d] != '.' && s[d] != ')') ||
        (d + 1 < len && s[d + 1] != ' ' && s[d + 1] != '\t'))
        return 0;
    long v = 0;
    for (size_t k = i; k < d; k++)
        v = v * 10 + (s[k] - '0');
    *number = v;
    *delim = s[d];
    *digits_end = d;
    return 1;
}

/* A CommonMark ordered list is numbered from its first item on, whatever
 * the later items say: "1. Một", "1. Hai", "1. Ba" (Markdown's lazy
 * numbering) shows 1, 2, 3; import read each number as written and the
 * plan printed 1, 1, 1. Sets each later item's renumber where it differs.
 * The lists open are a stack by indentation: an item as far in as the
 * text of the item above opens a list inside it, one less indented
 * closes the lists it is outside of; a line less indented than a list's
 * text closes that list after a blank line, or when it is a heading, a
 * quote or a bullet (right after an item, it is the item's lazy
 * continuation). */
enum { MAX_LISTS = 32 };

typedef struct OpenList {
    size_t marker;  /* where its items' numbers start */
    size_t content; /* where its items' text starts */
    char delim;
    long next;
} OpenList;

static void number_lists(Line *lines, size_t count, const unsigned char *in_code)
{
    OpenList open[MAX_LISTS];
    size_t depth = 0, quote = 0; /* the quote the line before was in */
    int blank_before = 0;
    for (size_t k = 0; k < count; k++) {
        const char *s = lines[k].s;
        size_t len = lines[k].len, i = indent_of(s, len);
        /* a line of text right after a quote's text is in the quote (its
         * lazy continuation, "> 1. a" over "tiếp" over "> 1. b": one list,
         * 1, 2, where the quote was taken as ended and begun again) */
        int lazy = !lines[k].quote && quote && !blank_before && i < len && !in_code[k] &&
                   !lines[k].table && s[i] != '#' && !ordered_item(s, len, i, &(long){0},
                                                                   &(char){0}, &(size_t){0}) &&
                   !((s[i] == '-' || s[i] == '+' || s[i] == '*') &&
                     (i + 1 == len || s[i + 1] == ' ' || s[i + 1] == '\t'));
        size_t in_quote = lazy ? quote : lines[k].quote;
        int other_quote = k && in_quote != quote;
        quote = in_quote;
        if (in_code[k] || lines[k].table || other_quote) {
            depth = 0; /* a quote begun or ended ends the lists open */
            if (in_code[k] || lines[k].table)
                continue;
        }
        if (i == len) {
            blank_before = 1;
            continue;
        }
        long number;
        char d;
        size_t end;
        int item = (depth || i <= 3) && ordered_item(s, len, i, &number, &d, &end);
        if (item) {
            while (depth && i < open[depth - 1].marker)
                depth--; /* an item of a list further out */
            OpenList *top = depth ? &open[depth - 1] : NULL;
            if (top && i < top->content && d == top->delim) { /* the next item */
                if (number != top->next)
                    lines[k].renumber = top->next;
                top->next++;
                top->content = end + 2;
            } else {
                if (top && i < top->content)
                    depth--; /* another delimiter: another list, in its place */
                if (depth < MAX_LISTS)
                    open[depth++] = (OpenList){i, end + 2, d, number + 1};
            }
        } else {
            int ends = blank_before || s[i] == '#' || s[i] == '>' ||
                       ((s[i] == '-' || s[i] == '+' || s[i] == '*') && i + 1 < len &&
                        (s[i + 1] == ' ' || s[i + 1] == '\t' || s[i + 1] == s[i]));
            while (ends && depth && i < open[depth - 1].content)
                depth--;
        }
        blank_before = 0;
    }
}

/* The label s[0..n) folded into a new string: ASCII letters in lower
 * case, each run of blanks one space, none at the ends. */
static char *fold_label(const char *s, size_t n)
{
    char *f = xmalloc(n + 1);
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c == ' ' || c == '\t') {
            if (k && f[k - 1] != ' ')
                f[k++] = ' ';
            continue;
        }
        f[k++] = c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
    }
    while (k && f[k - 1] == ' ')
        k--;
    f[k] = '\0';
    return f;
}

/* 1 if what follows a definition's address at s[p] is nothing or a
 * title that ends the line ("T", 'T', (T), after a blank): a reader
 * takes the line for a definition then, and shows it as the paragraph
 * it is otherwise - "[1]: Quyết định số 123/QĐ-UBND" is a paragraph,
 * its address "Quyết" followed by words that are no title (s24mut). */
static int title_ends(const char *s, size_t len, size_t p)
{
    size_t t = p;
    while (t < len && (s[t] == ' ' || s[t] == '\t'))
        t++;
    if (t == len)
        return 1;
    if (t == p || (s[t] != '"' && s[t] != '\'' && s[t] != '('))
        return 0;
    char close = s[t] == '(' ? ')' : s[t];
    for (t++; t < len && s[t] != close; t++) {
        if (s[t] == '\\' && t + 1 < len)
            t++;
        else if (close == ')' && s[t] == '(')
            return 0;
    }
    if (t == len)
        return 0; /* a title that goes on, or never closes: the line is text */
    return indent_of(s + t + 1, len - t - 1) == len - t - 1;
}

/* Reads line l as a link reference definition ("[label]: address", an
 * optional title after it); 1 and *d filled if it is one. */
static int read_definition(const Line *l, Def *d)
{
    const char *s = l->s;
    size_t len = l->len, i = indent_of(s, len);
    if (i > 3 || i >= len || s[i] != '[' || (i + 1 < len && s[i + 1] == '^'))
        return 0; /* "[^1]: ...": a footnote, import's note (KH759), no link */
    size_t close = i + 1;
    while (close < len && s[close] != ']' && s[close] != '[')
        close += s[close] == '\\' && close + 1 < len ? 2 : 1;
    if (close >= len || s[close] != ']' || close == i + 1 || close + 1 >= len ||
        s[close + 1] != ':' || close - i > 1000)
        return 0;
    size_t u = close + 2;
    while (u < len && (s[u] == ' ' || s[u] == '\t'))
        u++;
    size_t e = u;
    if (u < len && s[u] == '<') {
        while (e < len && s[e] != '>')
            e++;
        if (e >= len)
            return 0;
        u++;
    } else {
        while (e < len && s[e] != ' ' && s[e] != '\t')
            e++;
    }
    if (e == u || !title_ends(s, len, e < len && s[e] == '>' ? e + 1 : e))
        return 0;
    d->label = fold_label(s + i + 1, close - i - 1);
    d->url = s + u;
    d->url_len = e - u;
    return 1;
}

/* 1 if a definition may begin at line k: a definition cannot interrupt
 * a paragraph, so the line above is none, blank, a definition, an ATX
 * heading or a code block's fence, or line k begins a quote; below a
 * paragraph's line (or a list item's, or a quote's) "[2]: Quyết định số
 * 45" is that paragraph's text, as a reader shows it (s24mut). */
static int may_define(const Line *lines, const unsigned char *in_code, size_t k)
{
    if (!k || in_code[k - 1] || lines[k - 1].definition || lines[k].quote > lines[k - 1].quote)
        return 1;
    const Line *p = &lines[k - 1];
    size_t i = indent_of(p->s, p->len), h = i;
    while (h < p->len && p->s[h] == '#' && h - i < 7)
        h++;
    return i == p->len || (i <= 3 && h > i && h - i <= 6 &&
                           (h == p->len || p->s[h] == ' ' || p->s[h] == '\t'));
}

/* 1 if line l is a link title alone ('"Quyết định số 12"', '(...)'),
 * the title of a definition whose address ends the line above: a reader
 * shows nothing of it (a tooltip), where import printed it a paragraph. */
static int title_line(const Line *l)
{
    size_t a = indent_of(l->s, l->len), b = l->len;
    while (b > a && (l->s[b - 1] == ' ' || l->s[b - 1] == '\t'))
        b--;
    if (b - a < 2)
        return 0;
    char open = l->s[a], close = l->s[b - 1];
    if (!((open == '"' && close == '"') || (open == '\'' && close == '\'') ||
          (open == '(' && close == ')')))
        return 0;
    for (size_t i = a + 1; i + 1 < b; i++)
        if (l->s[i] == close && l->s[i - 1] != '\\')
            return 0; /* closed before its end: more than a title */
    return 1;
}

/* 1 if nothing follows the address of definition d on its line l. */
static int ends_at_address(const Line *l, const Def *d)
{
    size_t e = (size_t)(d->url - l->s) + d->url_len;
    if (e < l->len && l->s[e] == '>')
        e++;
    return indent_of(l->s + e, l->len - e) == l->len - e;
}

static int def_compare(const void *a, const void *b)
{
    return strcmp(((const Def *)a)->label, ((const Def *)b)->label);
}

/* The definition of the label s[0..n), or NULL. */
static const Def *find_def(const Def *defs, size_t n_defs, const char *s, size_t n)
{
    if (!n_defs || n > 1000)
        return NULL;
    Def key = {fold_label(s, n), NULL, 0};
    const Def *d = bsearch(&key, defs, n_defs, sizeof *defs, def_compare);
    free(key.label);
    return d;
}

/* The code spans of line s[0..len), as a reader finds them: a run of
 * backticks opens one that the next run of as many backticks closes; a
 * run no such run follows is literal backticks (CommonMark). A backslash
 * escapes the next byte outside a span (an escaped backtick opens
 * nothing, the rest of its run does), not inside one ("`C:\`" is a span
 * whose text ends with the backslash; read as an escape there, the span
 * ran on to the next backtick and a link after it was left as written).
 * Linear: the runs are listed once by their length, and each opening
 * asks its length's list from where that list was last asked (the
 * openings come in order), so a line of unclosed runs ("` `` ``` ...",
 * attack8 F5) is not scanned to its end from each. Returns the spans'
 * starts and ends, in order, two a span (*n_spans of them; NULL when
 * none). */
static size_t *code_spans(const char *s, size_t len, size_t *n_spans)
{
    *n_spans = 0;
    if (!memchr(s, '`', len))
        return NULL;
    size_t longest = 0, n_runs = 0;
    for (size_t i = 0, j; i < len; i = j) {
        for (j = i; j < len && s[j] == '`'; j++)
            ;
        if (j == i) {
            j++;
            continue;
        }
        n_runs++;
        if (j - i > longest)
            longest = j - i;
    }
    size_t *at = xmalloc(n_runs * sizeof *at), *rl = xmalloc(n_runs * sizeof *rl);
    size_t n = 0;
    for (size_t i = 0, j; i < len; i = j) {
        for (j = i; j < len && s[j] == '`'; j++)
            ;
        if (j == i)
            j++;
        else
            at[n] = i, rl[n++] = j - i;
    }
    /* the runs of each length L, in order: by_len[first[L] .. first[L + 1]);
     * cursor[L]: the first of them not yet passed */
    size_t *first = xmalloc((longest + 2) * sizeof *first);
    size_t *cursor = xmalloc((longest + 1) * sizeof *cursor);
    size_t *by_len = xmalloc(n_runs * sizeof *by_len);
    memset(first, 0, (longest + 2) * sizeof *first);
    for (size_t r = 0; r < n_runs; r++)
        first[rl[r] + 1]++;
    for (size_t k = 1; k <= longest + 1; k++)
        first[k] += first[k - 1];
    for (size_t k = 0; k <= longest; k++)
        cursor[k] = first[k];
    for (size_t r = 0; r < n_runs; r++)
        by_len[cursor[rl[r]]++] = r;
    for (size_t k = 0; k <= longest; k++)
        cursor[k] = first[k];
    size_t *spans = xmalloc((n_runs + 1) * sizeof *spans); /* a span takes two runs */
    for (size_t i = 0, r = 0; i < len;) {
        if (s[i] == '\\' && i + 1 < len) {
            i += 2;
            continue;
        }
        if (s[i] != '`') {
            i++;
            continue;
        }
        while (at[r] + rl[r] <= i)
            r++;
        size_t end = at[r] + rl[r], want = end - i; /* the opening: i to its run's end */
        size_t *c = &cursor[want];
        while (*c < first[want + 1] && at[by_len[*c]] < end)
            ++*c;
        if (*c < first[want + 1]) {
            size_t q = by_len[*c];
            spans[2 * *n_spans] = i;
            spans[2 * (*n_spans)++ + 1] = at[q] + rl[q];
            i = at[q] + rl[q];
        } else {
            i = end;
        }
    }
    free(at);
    free(rl);
    free(first);
    free(cursor);
    free(by_len);
    return spans;
}

/* Writes s[0..len) with its reference links ("[text][label]", "[text][]",
 * "[label]") written as inline links to their definitions' addresses, as
 * a reader shows them; a bracket that names no definition is left. Each
 * address written is taken from *budget: one definition of a long
 * address used on every line would make the text thousands of times
 * what was read (a 42 KB .md a 40 MB plan), so a link past the budget
 * is left as written, its brackets shown (s23review). */
static void put_links(Buf *out, const char *s, size_t len, const Def *defs, size_t n_defs,
                      size_t *budget)
{
    size_t n_spans, span = 0;
    size_t *spans = code_spans(s, len, &n_spans);
    size_t i = 0;
    while (i < len) {
        if (s[i] == '\\' && i + 1 < len) {
            buf_putn(out, s + i, 2);
            i += 2;
            continue;
        }
        if (s[i] == '`') { /* a code span, whole, or a run of backticks */
            size_t j = i;
            while (j < len && s[j] == '`')
                j++;
            while (span < n_spans && spans[2 * span] < i)
                span++;
            if (span < n_spans && spans[2 * span] == i)
                j = spans[2 * span + 1];
            buf_putn(out, s + i, j - i);
            i = j;
            continue;
        }
        if (s[i] != '[') {
            buf_putc(out, s[i++]);
            continue;
        }
        /* an image's "![alt][label]" is a link's shape after a '!': written
         * inline the same way, "![alt](address)"; taken whole, its label's
         * definition emptied, it showed "![a][b]" and read "[c]" after it
         * as a link of its own (s24mut L2) */
        size_t t = i + 1; /* the text's closing ']' */
        while (t < len && s[t] != ']' && s[t] != '[')
            t += s[t] == '\\' && t + 1 < len ? 2 : 1;
        if (t >= len || s[t] != ']') {
            buf_putc(out, s[i++]);
            continue;
        }
        const char *label = s + i + 1;
        size_t label_len = t - i - 1, end = t + 1;
        if (end < len && s[end] == '(') { /* an inline link already */
            buf_putc(out, s[i++]);
            continue;
        }
        if (end < len && s[end] == '[') { /* "[text][label]", "[text][]" */
            size_t r = end + 1;
            while (r < len && s[r] != ']' && s[r] != '[')
                r++;
            if (r >= len || s[r] != ']') {
                buf_putc(out, s[i++]);
                continue;
            }
            size_t b = end + 1;
            while (b < r && (s[b] == ' ' || s[b] == '\t'))
                b++;
            if (b < r) /* "[t][ ]", a blank label, is "[t][]" to cmark (s24mut L2) */
                label = s + end + 1, label_len = r - end - 1;
            end = r + 1;
        }
        const Def *d = find_def(defs, n_defs, label, label_len);
        if (d && d->url_len + 2 > *budget)
            d = NULL;
        if (d)
            *budget -= d->url_len + 2;
        if (!d) {
            buf_putc(out, s[i++]);
            continue;
        }
        buf_putn(out, s + i, t + 1 - i);
        /* a blank or a bracket of an address written "<...>" percent-encoded,
         * as an inline link's address holds them */
        buf_putc(out, '(');
        for (size_t k = 0; k < d->url_len; k++) {
            char c = d->url[k];
            if (c == ' ')
                buf_puts(out, "%20");
            else if (c == '(')
                buf_puts(out, "%28");
            else if (c == ')')
                buf_puts(out, "%29");
            else
                buf_putc(out, c);
        }
        buf_putc(out, ')');
        i = end;
    }
    free(spans);
}

/* The bytes of the block quote marks line s[0..len) begins with (each
 * '>' and the blanks after it; 0: none), their '>' counted in *marks. A
 * quote's lines are read without them, as the paragraphs, lists, tables
 * and definitions a reader shows inside the quote. */
static size_t quote_marks(const char *s, size_t len, size_t *marks)
{
    size_t i = indent_of(s, len), q = i;
    *marks = 0;
    while (q < len && s[q] == '>') {
        q++;
        ++*marks;
        if (q < len && (s[q] == ' ' || s[q] == '\t'))
            q++;
        while (q < len && (s[q] == ' ' || s[q] == '\t') && q - i < 64)
            q++;
    }
    return q > i ? q : 0;
}

/* Writes line l as import reads it (the header's comment above); its
 * links' addresses are taken from *budget (put_links). */
static void put_line(Buf *out, const Line *l, const Def *defs, size_t n_defs, size_t *budget)
{
    const char *s = l->s;
    size_t len = l->len, i = indent_of(s, len);
    if (l->definition)
        return; /* a reader shows nothing of it: an empty line */
    if (l->lone) {
        buf_putn(out, s, i);
        buf_putc(out, '\\');
        buf_putn(out, s + i, len - i);
        return;
    }
    if (n_defs && memchr(s, '[', len)) {
        Buf linked = {0};
        put_links(&linked, s, len, defs, n_defs, budget);
        Line copy = *l;
        copy.s = linked.data ? linked.data : "";
        copy.len = linked.len;
        put_line(out, &copy, NULL, 0, budget);
        buf_free(&linked);
        return;
    }
    long number;
    char delim;
    size_t digits_end;
    if (l->renumber && ordered_item(s, len, i, &number, &delim, &digits_end)) {
        buf_putn(out, s, i);
        buf_printf(out, "%ld", l->renumber);
        buf_putn(out, s + digits_end, len - digits_end);
        return;
    }
    if (l->table) {
        size_t b = len;
        while (b > i && (s[b - 1] == ' ' || s[b - 1] == '\t'))
            b--;
        if (i >= len || s[i] != '|')
            buf_puts(out, "| ");
        buf_putn(out, s + i, b - i);
        if (b == i || s[b - 1] != '|' || (b >= 2 && s[b - 2] == '\\'))
            buf_puts(out, " |");
        return;
    }
    if (i < len && s[i] == '*' && i + 1 < len && (s[i + 1] == ' ' || s[i + 1] == '\t') &&
        !star_rule(s, len)) {
        buf_putn(out, s, i);
        buf_putc(out, '-'); /* "* x": the list item import reads as "- x" */
        buf_putn(out, s + i + 1, len - i - 1);
        return;
    }
    buf_putn(out, s, len);
}

/* The column a list item's text starts at when line s[0..len) begins one
 * ("- x", "* x", "+ x", "1. x", "1) x", indented or not), else 0. */
static size_t item_text_column(const char *s, size_t len)
{
    size_t i = indent_of(s, len), e = i;
    long number;
    char delim;
    if (i < len && (s[i] == '-' || s[i] == '*' || s[i] == '+'))
        e = i + 1;
    else if (ordered_item(s, len, i, &number, &delim, &e))
        e++;
    if (e == i || (e < len && s[e] != ' ' && s[e] != '\t'))
        return 0;
    while (e < len && (s[e] == ' ' || s[e] == '\t') && e - i < 8)
        e++;
    return e;
}

int imp_md_indented_code(const char *s, size_t len, MdIndent *st)
{
    size_t col = 0, i = 0;
    for (; i < len && (s[i] == ' ' || s[i] == '\t'); i++)
        col = s[i] == '\t' ? (col / 4 + 1) * 4 : col + 1; /* a tab to the next stop of 4 */
    if (i == len || (i + 1 == len && s[i] == '\r')) {
        st->blank_before = 1;
        return 0;
    }
    size_t base = st->item && col >= st->item ? st->item : 0;
    int code = col - base >= 4 && (st->blank_before || st->code);
    if (!code) {
        size_t text = item_text_column(s, len);
        if (text)
            st->item = text; /* an item: its text's column for the lines under it */
        else if (st->item && col < st->item && st->blank_before)
            st->item = 0; /* a paragraph outside the list closes it */
    }
    st->code = code;
    st->blank_before = 0;
    return code;
}

/* Whether a '>' at indent i may open a block quote: less than four
 * columns in, or less than four past the text of the list item it
 * continues (*item: that text's column while a list is open, kept line
 * to line; 0 when none). "    > q" at the margin is an indented code
 * block, or a paragraph's lazy line, "> q" as typed in both, which
 * import read as a quote of "q" (s24mut L1). */
static int quote_may_open(const char *s, size_t len, size_t *item, int *blank_before)
{
    size_t i = indent_of(s, len);
    if (i == len) {
        *blank_before = 1;
        return 0;
    }
    size_t text = item_text_column(s, len);
    int may = i < 4 || (*item && i >= *item && i - *item < 4);
    if (text)
        *item = text; /* an item: its text's column for the lines under it */
    else if (*item && i < *item && *blank_before)
        *item = 0; /* a paragraph outside the list closes it */
    *blank_before = 0;
    return may;
}

/* A pipe row "|a|" that begins a block (the text's first line, or one
 * after a blank line) with another line of pipes and no delimiter row
 * "|---|" under it begins no
 * table: pandoc, cmark and GitHub print its line as a paragraph's text,
 * where import made a table of it and of the rows under it ("|a|" over
 * "|b|": a table of header "a" and row "b"). Marked lone, written with
 * its first '|' escaped; the lines under it are that paragraph's text
 * (imp_md_pipe_text). */
static void mark_lone_rows(Line *lines, size_t count, const unsigned char *in_code)
{
    for (size_t k = 0; k < count; k++) {
        const Line *l = &lines[k];
        size_t i = indent_of(l->s, l->len), e = l->len;
        while (e > i && (l->s[e - 1] == ' ' || l->s[e - 1] == '\t' || l->s[e - 1] == '\r'))
            e--;
        if (in_code[k] || l->table || i > 3 || e - i < 2 || l->s[i] != '|' || l->s[e - 1] != '|' ||
            (k && indent_of(lines[k - 1].s, lines[k - 1].len) < lines[k - 1].len) ||
            k + 1 >= count || is_delimiter(lines[k + 1].s, lines[k + 1].len) ||
            !memchr(lines[k + 1].s, '|', lines[k + 1].len) || is_delimiter(l->s, l->len))
            continue; /* a stray row alone is read as one, as before */
        lines[k].lone = 1;
    }
}

int imp_md_blocks(const char *s, size_t len, Buf *out)
{
    size_t n = 0;
    for (size_t i = 0; i < len; i++)
        n += s[i] == '\n';
    n++;
    Line *lines = xmalloc(n * sizeof *lines);
    size_t count = 0, item = 0;
    int blank_before = 1;
    for (size_t at = 0; at <= len && count < n;) {
        const char *nl = memchr(s + at, '\n', len - at);
        size_t end = nl ? (size_t)(nl - s) : len;
        size_t marks = 0, q = 0;
        if (quote_may_open(s + at, end - at, &item, &blank_before))
            q = quote_marks(s + at, end - at, &marks);
        lines[count++] = (Line){s + at + q, end - at - q, 0, 0, 0, s + at, end - at, marks, 0};
        at = end + 1;
        if (!nl)
            break;
    }
    int changed = 0;
    char fence = 0;
    size_t fence_len = 0;
    unsigned char *in_code = xmalloc(count + 1);
    for (size_t k = 0; k < count; k++) {
        char mark = 0;
        size_t f = fence_of(lines[k].orig, lines[k].orig_len, &mark);
        in_code[k] = fence != 0;
        if (f && !fence) {
            fence = mark, fence_len = f, in_code[k] = 1;
        } else if (f && mark == fence && f >= fence_len) {
            fence = 0;
        }
    }
    for (size_t k = 1; k < count; k++) {
        const Line *h = &lines[k - 1], *d = &lines[k];
        int h_ends, d_ends;
        if (in_code[k] || in_code[k - 1] || !is_delimiter(d->s, d->len) ||
            !memchr(h->s, '|', h->len) || lines[k - 1].table || h->quote != d->quote)
            continue;
        size_t cells = cells_of(h->s, h->len, &h_ends);
        if (cells != cells_of(d->s, d->len, &d_ends) || (h_ends && d_ends))
            continue; /* not a table, or one import reads as written */
        lines[k - 1].table = lines[k].table = 1;
        for (size_t r = k + 1; r < count && !in_code[r] && lines[r].quote == d->quote &&
                               memchr(lines[r].s, '|', lines[r].len) &&
                               indent_of(lines[r].s, lines[r].len) < lines[r].len;
             r++)
            lines[r].table = 1;
    }
    mark_lone_rows(lines, count, in_code);
    number_lists(lines, count, in_code);
    Def *defs = NULL;
    size_t n_defs = 0;
    for (size_t k = 0; k < count; k++) {
        Def d;
        if (in_code[k] || lines[k].table || !may_define(lines, in_code, k) ||
            !read_definition(&lines[k], &d))
            continue;
        if (!defs)
            defs = xmalloc(count * sizeof *defs);
        defs[n_defs++] = d;
        lines[k].definition = 1;
        if (k + 1 < count && !in_code[k + 1] && !lines[k + 1].table &&
            lines[k + 1].quote == lines[k].quote && ends_at_address(&lines[k], &d) &&
            title_line(&lines[k + 1]))
            lines[++k].definition = 1; /* its title, on the next line */
    }
    if (n_defs)
        qsort(defs, n_defs, sizeof *defs, def_compare);
    /* the addresses written in may add as much again as was read, no more */
    size_t budget = len + MD_LINKS_SLACK;
    for (size_t k = 0; k < count; k++) {
        size_t before = out->len;
        if (in_code[k])
            buf_putn(out, lines[k].orig, lines[k].orig_len);
        else
            put_line(out, &lines[k], defs, n_defs, &budget);
        changed |= out->len - before != lines[k].orig_len ||
                   (lines[k].orig_len &&
                    memcmp(out->data + before, lines[k].orig, lines[k].orig_len) != 0);
        if (k + 1 < count)
            buf_putc(out, '\n');
    }
    for (size_t k = 0; k < n_defs; k++)
        free(defs[k].label);
    free(defs);
    free(in_code);
    free(lines);
    if (!changed) { /* out untouched, as the other passes leave it */
        buf_free(out);
        *out = (Buf){0};
    }
    return changed;
}

int imp_md_pipe_text(const Buf *para, const char *t, size_t n, const char *next,
                     size_t next_len)
{
    if (!para->len || para->data[0] == '|' || n < 2 || t[0] != '|' || t[n - 1] != '|')
        return 0;
    const char *nl = memchr(next, '\n', next_len);
    size_t m = nl ? (size_t)(nl - next) : next_len, dashes = 0, k = 0;
    while (k < m && (next[k] == ' ' || next[k] == '\t'))
        k++;
    if (k == m || next[k] != '|')
        return 1;
    for (; k < m; k++) {
        if (next[k] == '-')
            dashes++;
        else if (!strchr("|: \t\r", next[k]))
            return 1;
    }
    return dashes == 0;
}

int imp_md_hard_joins(Buf *para, int hard, const char *t, size_t n)
{
    if (!hard || !para->len)
        return 0;
    if (hard == 2 && para->data[para->len - 1] == '\\') {
        para->len--; /* the backslash was a hard break: a line follows */
        while (para->len && (para->data[para->len - 1] == ' ' || para->data[para->len - 1] == '\t'))
            para->len--;
    }
    return !docx_line_is_item(t, n);
}
