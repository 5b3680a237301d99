/* load_office.c - what a plan goes through on an office PC, read at each
 * value the loader makes.
 *
 * A plan is typed or pasted in Word, Notepad and an e-mail before it is
 * checked, and three things that happen there change the document while
 * YAML reads the file without a word (s38slip):
 *   - Word's AutoFormat makes "…" of the quotes around a value: YAML's
 *     quotes are only the ASCII ones, so `kind: “QĐ”` is the text “QĐ”,
 *     which is no kind and prints with its curly quotes, and `number: “”`,
 *     meant blank, prints “” (KH029, a warning: a value may mean them);
 *   - spaces or tabs left at the end of a line of a '>' or '|' block
 *     text, which no editor shows: YAML keeps them, folded into the text
 *     ("thôn     xanh"), and the Word document prints the gap. They are
 *     dropped here, as YAML itself drops them in a text written without
 *     quotes over several lines;
 *   - a run of lines pasted twice inside a text: the paragraph prints its
 *     sentences twice (KH128, a warning at the copy).
 * load_value_start() also holds the checks at the start of a plain value
 * that begins its line (a no-break space or a look-alike of '-' or ':'
 * where YAML needs the character, load_nbsp.c; a '-' glued to a word,
 * load_joined.c), moved here from load.c's add_scalar.
 */
#include "load_impl.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "vi.h"

/* The length of a curly opening quote at s (U+201C, U+2018, U+201E), or 0. */
static int curly_open(const char *s, size_t n)
{
    return n >= 3 && (unsigned char)s[0] == 0xE2 && (unsigned char)s[1] == 0x80 &&
                   ((unsigned char)s[2] == 0x9C || (unsigned char)s[2] == 0x98 ||
                    (unsigned char)s[2] == 0x9E)
               ? 3
               : 0;
}

/* 1 if s is a curly closing quote (U+201D, U+2019, or U+201C, which closes
 * a German-style „…“). */
static int curly_close(const char *s)
{
    return (unsigned char)s[0] == 0xE2 && (unsigned char)s[1] == 0x80 &&
           ((unsigned char)s[2] == 0x9D || (unsigned char)s[2] == 0x99 ||
            (unsigned char)s[2] == 0x9C);
}

/* KH029 at a plain value that is wholly inside one pair of curly quotes,
 * the closing one its last character and its only one. */
static void curly_quoted(DiagSink *diags, const YNode *node)
{
    const char *t = node->text;
    size_t n = node->len;
    if (!curly_open(t, n) || n < 6 || !curly_close(t + n - 3))
        return;
    for (size_t i = 3; i + 3 < n; i++)
        if (curly_close(t + i))
            return; /* “A” và “B”: two quoted names, not one value in quotes */
    diag_warning(diags, node->pos, 1, KH029,
                 "this value is in curly quotes, %s, which YAML does not read as quotes: the "
                 "document prints them, and the value is the text with them (no kind, number or "
                 "id, not empty); if they were meant as YAML's quotes (Word's AutoFormat turns "
                 "\" into “ ”), type them as \"...\"; if the document is to print them, put the "
                 "whole value in single quotes",
                 t);
}

int load_cut_in_char(const char *text, size_t len, size_t i)
{
    unsigned char b = (unsigned char)text[i];
    size_t need = b >= 0xF0 && b <= 0xF4   ? 4
                  : b >= 0xE0 && b < 0xF0 ? 3
                  : b >= 0xC2 && b < 0xE0 ? 2
                                          : 0;
    if (!need || len - i >= need)
        return 0;
    for (size_t k = i + 1; k < len; k++)
        if (((unsigned char)text[k] & 0xC0) != 0x80)
            return 0;
    return 1;
}

int load_value_start(DiagSink *diags, const YNode *node, const char *text, size_t from,
                     size_t to, size_t len)
{
    if (node->pos.line != node->end.line) /* a block pasted twice: KH128 */
        load_repeated_lines(diags, node, text + from, to > from ? to - from : 0);
    if (node->style != YSTYLE_PLAIN)
        return 0;
    const char *s = text + from, *end = text + len;
    const char *role = NULL;
    const char *nb = load_nbsp_at_value(text, s, end, text + (to > from ? to : from), &role);
    if (nb) {
        SrcPos pos = node->pos;
        pos.col += (int)utf8_count(s, (size_t)(nb - s));
        load_nbsp_report(diags, pos, nb, role);
        return 1;
    }
    load_dash_glued(diags, node, text, s, end);
    curly_quoted(diags, node);
    return 0;
}

/* Where the source line's text, b[0..n) (its blanks around trimmed), stands
 * in the value t[from..len), at most `reach` bytes on (the separators and
 * more-indented blanks between two lines' texts), or (size_t)-1. */
static size_t find_line_text(const char *t, size_t len, size_t from, const char *b, size_t n,
                             size_t reach)
{
    for (size_t q = from; q + n <= len && q <= from + reach; q++)
        if (memcmp(t + q, b, n) == 0)
            return q;
    return (size_t)-1;
}

void load_block_blanks(YNode *node, const char *src, size_t n_src)
{
    char *t = (char *)node->text; /* the loader's own copy (arena), in NFC */
    Buf nfc = {0};                /* a source line composed as the value is */
    size_t len = node->len, cursor = 0, skipped = 0, w = 0; /* t[0..w): kept so far */
    const char *p = memchr(src, '\n', n_src), *end = src + n_src; /* after the '>' line */
    for (p = p ? p + 1 : end; p < end;) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *b = p, *e = nl ? nl : end;
        p = nl ? nl + 1 : end;
        while (e > b && e[-1] == '\r')
            e--;
        const char *text_end = e;
        while (text_end > b && (text_end[-1] == ' ' || text_end[-1] == '\t'))
            text_end--;
        while (b < text_end && (*b == ' ' || *b == '\t'))
            b++;
        size_t n = (size_t)(text_end - b), blanks = (size_t)(e - text_end);
        skipped += 1 + blanks;
        if (n == 0)
            continue;
        if (!vi_is_nfc(b, n)) { /* the value holds the line composed (NFC): "Hà" typed "Ha\u0300"
                                 * left every later line's blanks in (s39review) */
            buf_reset(&nfc);
            vi_put_nfc(&nfc, b, n);
            b = buf_str(&nfc);
            n = nfc.len;
        }
        size_t q = find_line_text(t, len, cursor, b, n, skipped + 8);
        if (q == (size_t)-1)
            break; /* the value is not the source's bytes: left as it is */
        size_t at = q + n, k = 0;
        while (k < blanks && at + k < len && (t[at + k] == ' ' || t[at + k] == '\t'))
            k++;
        if (k != blanks)
            k = 0;
        memmove(t + w, t + cursor, at - cursor); /* the text up to the blanks, kept */
        w += at - cursor;
        cursor = at + k; /* the blanks no editor shows: dropped */
        skipped = 0;
    }
    memmove(t + w, t + cursor, len - cursor);
    w += len - cursor;
    t[w] = '\0';
    node->len = w;
    buf_free(&nfc);
}

/* The source line [*b, *e) trimmed of its blanks. */
static void trim(const char **b, const char **e)
{
    while (*b < *e && (**b == ' ' || **b == '\t'))
        (*b)++;
    while (*e > *b && ((*e)[-1] == ' ' || (*e)[-1] == '\t' || (*e)[-1] == '\r'))
        (*e)--;
}

enum { REPEAT_MAX_LINES = 12, REPEAT_MIN_BYTES = 40 };

/* 1 if the runs of n lines starting at lines a and b are the same text. */
static int same_run(const char *const *lb, const char *const *le, size_t a, size_t b, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (le[a + k] - lb[a + k] != le[b + k] - lb[b + k] ||
            memcmp(lb[a + k], lb[b + k], (size_t)(le[a + k] - lb[a + k])) != 0)
            return 0;
    return 1;
}

void load_repeated_lines(DiagSink *diags, const YNode *node, const char *src, size_t n_src)
{
    if (node->pos.line == node->end.line)
        return;
    enum { WINDOW = 2 * REPEAT_MAX_LINES };
    const char *lb[WINDOW], *le[WINDOW]; /* the last lines read, trimmed */
    size_t n = 0, first_line = node->style == YSTYLE_BLOCK; /* a block: after its '>' line */
    const char *p = src, *end = src + n_src;
    for (size_t line = 0; p < end; line++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *b = p, *e = nl ? nl : end;
        p = nl ? nl + 1 : end;
        if (line < first_line)
            continue;
        trim(&b, &e);
        if (n == WINDOW) {
            memmove(lb, lb + 1, (WINDOW - 1) * sizeof *lb);
            memmove(le, le + 1, (WINDOW - 1) * sizeof *le);
            n--;
        }
        lb[n] = b;
        le[n++] = e;
        for (size_t k = 1; 2 * k <= n; k++) { /* the last k lines repeat the k before them */
            size_t bytes = 0;
            for (size_t j = n - k; j < n; j++)
                bytes += (size_t)(le[j] - lb[j]);
            if (bytes < REPEAT_MIN_BYTES || !same_run(lb, le, n - 2 * k, n - k, k))
                continue;
            int last = node->pos.line + (int)line, from = last - (int)k + 1;
            const char *bol = lb[n - k];
            while (bol > src && bol[-1] != '\n')
                bol--;
            SrcPos pos = node->pos;
            pos.line = from;
            pos.col = 1 + (int)utf8_count(bol, (size_t)(lb[n - k] - bol));
            if (k == 1)
                diag_warning(diags, pos, 0, KH128,
                             "line %d repeats line %d word for word (a line pasted twice?): the "
                             "document prints it twice; delete one copy",
                             from, from - 1);
            else
                diag_warning(diags, pos, 0, KH128,
                             "lines %d-%d repeat lines %d-%d word for word (a block pasted "
                             "twice?): the document prints them twice; delete one copy",
                             from, last, from - (int)k, from - 1);
            return;
        }
    }
}

/* The hash of an item's content (its scalars' texts, its keys and its
 * shape), and the bytes of text it holds in *bytes. */
static uint64_t item_hash(const YNode *n, uint64_t h, size_t *bytes)
{
    h = (h ^ n->kind) * 1099511628211u;
    if (n->kind == YNODE_SCALAR) {
        for (size_t i = 0; i < n->len; i++)
            h = (h ^ (unsigned char)n->text[i]) * 1099511628211u;
        *bytes += n->len;
        return (h ^ 0xFF) * 1099511628211u;
    }
    for (uint32_t i = 0; i < n->count; i++) {
        if (n->kind == YNODE_MAP)
            h = item_hash(n->keys[i], h, bytes);
        h = item_hash(n->kind == YNODE_MAP ? n->values[i] : n->items[i], h, bytes);
    }
    return (h ^ n->count) * 1099511628211u;
}

static int item_same(const YNode *a, const YNode *b)
{
    if (a->kind != b->kind || a->count != b->count)
        return 0;
    if (a->kind == YNODE_SCALAR)
        return a->len == b->len && memcmp(a->text, b->text, a->len) == 0;
    for (uint32_t i = 0; i < a->count; i++)
        if (a->kind == YNODE_MAP ? !item_same(a->keys[i], b->keys[i]) ||
                                       !item_same(a->values[i], b->values[i])
                                 : !item_same(a->items[i], b->items[i]))
            return 0;
    return 1;
}

void load_repeated_items(DiagSink *diags, const YNode *seq)
{
    if (seq->kind != YNODE_SEQ || seq->count < 2)
        return;
    size_t cap = 4;
    while (cap < 2 * (size_t)seq->count)
        cap *= 2;
    uint32_t *slot = calloc(cap, sizeof *slot); /* item index + 1, 0 empty */
    uint64_t *hash = malloc(seq->count * sizeof *hash);
    if (!slot || !hash) {
        free(slot);
        free(hash);
        return;
    }
    for (uint32_t i = 0; i < seq->count; i++) {
        size_t bytes = 0;
        hash[i] = item_hash(seq->items[i], 14695981039346656037u, &bytes);
        if (bytes < REPEAT_MIN_BYTES || seq->items[i]->kind == YNODE_SCALAR)
            continue; /* a short item; a text, which a list of names repeats rightly */
        size_t s = (size_t)hash[i] & (cap - 1);
        for (; slot[s]; s = (s + 1) & (cap - 1)) {
            uint32_t j = slot[s] - 1;
            if (hash[j] == hash[i] && item_same(seq->items[j], seq->items[i]))
                break;
        }
        if (!slot[s]) {
            slot[s] = i + 1;
            continue;
        }
        diag_warning(diags, seq->items[i]->pos, 0, KH128,
                     "this item repeats the item at line %d word for word (a block pasted "
                     "twice?): the plan holds it twice; delete one copy",
                     seq->items[slot[s] - 1]->pos.line);
        break;
    }
    free(slot);
    free(hash);
}
