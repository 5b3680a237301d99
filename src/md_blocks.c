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
 * rule). Lines in a fenced code block are left as they are. One line in,
 * one line out, so import's diagnostics still name the drafter's lines.
 */
#include "md_blocks.h"

#include <stdlib.h>
#include <string.h>

typedef struct Line {
    const char *s;
    size_t len;
    int table; /* a row of a table whose end pipes are added */
} Line;

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

/* Writes line l as import reads it (the header's comment above). */
static void put_line(Buf *out, const Line *l)
{
    const char *s = l->s;
    size_t len = l->len, i = indent_of(s, len);
    /* a block quote's marks, each '>' and the blank after it */
    size_t q = i;
    while (q < len && s[q] == '>') {
        q++;
        if (q < len && (s[q] == ' ' || s[q] == '\t'))
            q++;
        while (q < len && (s[q] == ' ' || s[q] == '\t') && q - i < 64)
            q++;
    }
    if (q > i) {
        s += q;
        len -= q;
        i = 0;
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

int imp_md_blocks(const char *s, size_t len, Buf *out)
{
    size_t n = 0;
    for (size_t i = 0; i < len; i++)
        n += s[i] == '\n';
    n++;
    Line *lines = xmalloc(n * sizeof *lines);
    size_t count = 0;
    for (size_t at = 0; at <= len && count < n;) {
        const char *nl = memchr(s + at, '\n', len - at);
        size_t end = nl ? (size_t)(nl - s) : len;
        lines[count++] = (Line){s + at, end - at, 0};
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
        size_t f = fence_of(lines[k].s, lines[k].len, &mark);
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
            !memchr(h->s, '|', h->len) || lines[k - 1].table)
            continue;
        size_t cells = cells_of(h->s, h->len, &h_ends);
        if (cells != cells_of(d->s, d->len, &d_ends) || (h_ends && d_ends))
            continue; /* not a table, or one import reads as written */
        lines[k - 1].table = lines[k].table = 1;
        for (size_t r = k + 1; r < count && !in_code[r] && memchr(lines[r].s, '|', lines[r].len) &&
                               indent_of(lines[r].s, lines[r].len) < lines[r].len;
             r++)
            lines[r].table = 1;
    }
    for (size_t k = 0; k < count; k++) {
        size_t before = out->len;
        if (in_code[k])
            buf_putn(out, lines[k].s, lines[k].len);
        else
            put_line(out, &lines[k]);
        changed |= out->len - before != lines[k].len ||
                   (lines[k].len && memcmp(out->data + before, lines[k].s, lines[k].len) != 0);
        if (k + 1 < count)
            buf_putc(out, '\n');
    }
    free(in_code);
    free(lines);
    if (!changed) { /* out untouched, as the other passes leave it */
        buf_free(out);
        *out = (Buf){0};
    }
    return changed;
}
