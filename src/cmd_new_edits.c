/* cmd_new_edits.c - how `khgen new` edits last year's plan in place: the
 * edits recorded at the source positions the loader gave each value, and
 * the new plan written by applying them to the original bytes. new never
 * re-serialises YAML (a drafter's comments, key order and line breaks are
 * part of the work), so everything here works on bytes: the lines counted
 * as the loader counts them (LF, CR LF, a lone CR; a BOM is not a column),
 * a column turned into a byte offset, the span of a scalar's value in the
 * source, and the edits applied in order of position, each edit's place
 * in the new text kept for the notes. What to edit is decided in
 * cmd_new.c, cmd_new_years.c and cmd_new_paths.c.
 */
#include "cmd_new_impl.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "i18n.h"
#include "plan.h"

/* Splits the original bytes into lines the way the loader counts them
 * (LF, CR LF and a lone CR each end a line; a BOM is not a column). */
void new_index_lines(NewCtx *c)
{
    size_t cap = 256;
    c->line_start = xmalloc(cap * sizeof *c->line_start);
    size_t i = 0;
    if (c->len >= 3 && memcmp(c->src, "\xEF\xBB\xBF", 3) == 0)
        i = 3;
    c->line_start[c->n_lines++] = i;
    for (; i < c->len; i++) {
        if (c->src[i] != '\n' && c->src[i] != '\r')
            continue;
        if (c->src[i] == '\r' && i + 1 < c->len && c->src[i + 1] == '\n')
            i++;
        if (c->n_lines == cap) {
            cap *= 2;
            c->line_start = xrealloc(c->line_start, cap * sizeof *c->line_start);
        }
        c->line_start[c->n_lines++] = i + 1;
    }
}

/* Byte offset of a position (1-based line, column in characters), or
 * (size_t)-1. */
size_t new_offset_of(const NewCtx *c, SrcPos pos)
{
    if (pos.line < 1 || (size_t)pos.line > c->n_lines || pos.col < 1)
        return (size_t)-1;
    size_t off = c->line_start[pos.line - 1];
    int col = 1;
    OffsetMemo *m = c->memo;
    if (m && m->line == pos.line && m->col <= pos.col) { /* on from the last one */
        off = m->off;
        col = m->col;
    }
    for (; col < pos.col; col++) {
        if (off >= c->len || c->src[off] == '\n' || c->src[off] == '\r')
            return (size_t)-1;
        off++;
        while (off < c->len && ((unsigned char)c->src[off] & 0xC0) == 0x80)
            off++;
    }
    if (m)
        *m = (OffsetMemo){pos.line, pos.col, off};
    return off;
}

/* The end of the quoted scalar whose opening quote is at off: the offset
 * just past its closing quote, or (size_t)-1. Inside double quotes a
 * backslash escapes the next byte; inside single quotes '' is a quote. */
static size_t quoted_end(const NewCtx *c, size_t off)
{
    char q = c->src[off];
    for (size_t i = off + 1; i < c->len; i++) {
        if (q == '"' && c->src[i] == '\\')
            i++;
        else if (c->src[i] == q && q == '\'' && i + 1 < c->len && c->src[i + 1] == '\'')
            i++;
        else if (c->src[i] == q)
            return i + 1;
    }
    return (size_t)-1;
}

/* The byte range of a one-line scalar's value in the original text (inside
 * its quotes); with_quotes widens it to the quotes. 0 if the source does not
 * hold the value as it is (folded lines; escapes, unless with_quotes: the
 * whole quoted scalar is then replaced, its escapes and all: an include:
 * path written "q\"uote.yaml" was left as it was, s38attack M2). */
static int scalar_span(const NewCtx *c, const YNode *node, int with_quotes, size_t *start,
                       size_t *end)
{
    size_t off = new_offset_of(c, node->pos);
    if (off == (size_t)-1)
        return 0;
    int quoted = c->src[off] == '"' || c->src[off] == '\'';
    if (with_quotes && (c->src[off] == '|' || c->src[off] == '>')) {
        /* a block scalar, "|-" and its lines: replaced whole, up to its
         * last line's end (an include: path written so was left as it was
         * and the new plan failed its own check, s39attack) */
        size_t to = new_offset_of(c, ynode_end(node));
        if (to == (size_t)-1 || to > c->len)
            to = c->len;
        while (to > off + 1 && strchr(" \t\r\n", c->src[to - 1]))
            to--;
        *start = off;
        *end = to;
        return 1;
    }
    if (quoted && with_quotes) {
        *start = off;
        *end = quoted_end(c, off);
        return *end != (size_t)-1;
    }
    size_t value = off + (quoted ? 1 : 0);
    if (value + node->len > c->len || memcmp(c->src + value, node->text, node->len) != 0)
        return 0;
    *start = value;
    *end = value + node->len;
    return 1;
}

/* Records: replace node's value by text. 0 when the value cannot be edited
 * in place (then a note asks the drafter to do it). */
int new_add_edit(NewCtx *c, const YNode *node, int with_quotes, const char *text)
{
    size_t start, end;
    if (!scalar_span(c, node, with_quotes, &start, &end)) {
        if (new_skip_note(c)) {
            buf_printf(&c->skipped, "%s:%d:%d: note: ", node->pos.file, node->pos.line, node->pos.col);
            buf_printf(&c->skipped, _("could not edit '%s' in place: write %s here\n"), node->text,
                       text);
        }
        return 0;
    }
    if (with_quotes && (c->src[start] == '|' || c->src[start] == '>')) {
        /* a block scalar's header line may end in a comment ("- >- # cmt"):
         * kept after the one-line value that replaces it (s40review L1) */
        size_t h = start + 1, eol = start;
        while (eol < c->len && c->src[eol] != '\n')
            eol++;
        while (h < eol && !(c->src[h] == '#' && strchr(" \t", c->src[h - 1])))
            h++;
        while (eol > h && strchr(" \t\r", c->src[eol - 1]))
            eol--;
        if (h < eol)
            text = arena_printf(c->arena, "%s %.*s", text, (int)(eol - h), c->src + h);
    }
    if (c->n_edits == c->cap_edits) {
        c->cap_edits = c->cap_edits ? 2 * c->cap_edits : 64;
        c->edits = xrealloc(c->edits, c->cap_edits * sizeof *c->edits);
    }
    c->edits[c->n_edits++] = (Edit){start, end, text};
    if (!c->out_of_range && node->len >= 4 && new_digits(node->text, 4) &&
        plan_year_ok(new_num(node->text, 4)) && new_digits(text, 4) &&
        !plan_year_ok(new_num(text, 4))) {
        c->out_of_range = node; /* a year, a date, a period's end moved past the years */
        c->out_of_range_to = text;
    }
    return 1;
}

static int edit_cmp(const void *a, const void *b)
{
    const Edit *x = a, *y = b;
    return x->start < y->start ? -1 : x->start > y->start;
}

/* A line and column in the new plan's text, counted as the loader counts
 * them (new_index_lines): LF, CR LF and a lone CR end a line, a column is a
 * character. */
typedef struct Cursor {
    int line, col;
    int after_cr;
} Cursor;

static void cursor_advance(Cursor *cur, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char b = (unsigned char)s[i];
        if (b == '\n' && cur->after_cr) {
            cur->after_cr = 0;
        } else if (b == '\n' || b == '\r') {
            cur->line++;
            cur->col = 1;
            cur->after_cr = b == '\r';
        } else {
            cur->after_cr = 0;
            if ((b & 0xC0) != 0x80)
                cur->col++;
        }
    }
}

/* Applies c's edits, in order of position, to the original bytes and
 * writes the result to out; returns the exit status. */
int new_write_edited(NewCtx *c, const char *out)
{
    qsort(c->edits, c->n_edits, sizeof *c->edits, edit_cmp);
    Buf text = {0};
    size_t at = 0;
    c->edited = xmalloc((c->n_edits ? c->n_edits : 1) * sizeof *c->edited);
    Cursor cur = {1, 1, 0};
    if (c->len >= 3 && memcmp(c->src, "\xEF\xBB\xBF", 3) == 0)
        cur.col = 0; /* a BOM is not a column */
    for (size_t i = 0; i < c->n_edits; i++) {
        if (c->edits[i].start < at)
            continue; /* cannot happen: values do not overlap */
        buf_putn(&text, c->src + at, c->edits[i].start - at);
        cursor_advance(&cur, c->src + at, c->edits[i].start - at);
        c->edited[c->n_edited++] = (SrcPos){NULL, cur.line, cur.col};
        buf_puts(&text, c->edits[i].text);
        cursor_advance(&cur, c->edits[i].text, strlen(c->edits[i].text));
        at = c->edits[i].end;
    }
    buf_putn(&text, c->src + at, c->len - at);
    int status = 0;
    if (write_file_atomic(out, text.data ? text.data : "", text.len) != 0) {
        cli_write_failed(out, errno);
        status = 3; /* EXIT_IO */
    }
    buf_free(&text);
    return status;
}
