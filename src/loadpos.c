/* loadpos.c - positions inside a scalar: ynode_pos_at(); and the queries
 * on a loaded tree (ynode_get, ynode_kind_name).
 *
 * A diagnostic about an inline reference ("{unit:xyz}" in a task's text)
 * points at the reference, not at the start of the string. The loader
 * keeps each file's text, found from a node's pos.file (load_impl.h); this
 * file finds where a scalar starts in it from its line and column, and walks the value and the source side by side to find the line
 * and column of a byte of the value: exactly for one-line plain and quoted
 * scalars written without escapes (decomposed characters too, which the
 * loader normalised to NFC), for '|' and '>' block scalars and for
 * plain scalars over several lines, else at the node's start. A memo for
 * each long scalar asked about, kept in a table of its file's LoadSource
 * (nodes carry no pointer to it), lets successive queries go on from the
 * last one, so a paragraph with 20,000 diagnostics costs its length once.
 */
#include "load_impl.h"

#include <limits.h>
#include <stdint.h>
#include <string.h>

#include "i18n.h"
#include "vi.h"

LoadSource *load_new_source(Arena *arena, const char *name)
{
    size_t len = strlen(name);
    LoadSource *source = arena_alloc(arena, sizeof *source + len + 1);
    memcpy(source->name, name, len + 1);
    source->arena = arena;
    return source;
}

const char *loaded_source_end(const YNode *scalar)
{
    const LoadSource *f = load_source_of(scalar);
    return f->text + f->len;
}

/* Makes sure f->line_starts[line] is known, if the text has that line:
 * lines are found from the start of the text on as far as the queries
 * reach, so a position asked in the body's first paragraph does not walk
 * a national plan's 400,000 lines. */
static void find_line(LoadSource *f, size_t line)
{
    if (f->n_lines == 0) {
        f->cap_lines = 64;
        f->line_starts = arena_alloc(f->arena, f->cap_lines * sizeof *f->line_starts);
        f->line_starts[0] = 0;
        f->n_lines = 1;
    }
    while (f->n_lines <= line) {
        size_t from = f->line_starts[f->n_lines - 1];
        const char *nl = memchr(f->text + from, '\n', f->len - from);
        if (!nl)
            return;
        if (f->n_lines == f->cap_lines) {
            /* past the first lines, a table for every line of the text
             * (one count of its line breaks): doubled in the arena, each
             * old table stayed there, two to four offsets a line (4.2 MB
             * of a 5 MB plan's 80; s39scale) */
            size_t cap = 1;
            for (const char *q = f->text, *end = f->text + f->len;
                 (q = memchr(q, '\n', (size_t)(end - q))) != NULL; q++)
                cap++;
            if (cap <= f->cap_lines)
                cap = 2 * f->cap_lines;
            size_t *grown = arena_alloc(f->arena, cap * sizeof *grown);
            memcpy(grown, f->line_starts, f->cap_lines * sizeof *grown);
            f->line_starts = grown;
            f->cap_lines = cap;
        }
        f->line_starts[f->n_lines++] = (size_t)(nl - f->text) + 1;
    }
}

const char *loaded_source(const YNode *scalar)
{
    LoadSource *f = load_source_of(scalar);
    /* libyaml's line and column count characters from 0; pos from 1 */
    size_t line = scalar->pos.line > 0 ? (size_t)scalar->pos.line - 1 : 0;
    find_line(f, line);
    size_t byte = line < f->n_lines ? f->line_starts[line] : f->len;
    int col = 1;
    /* further along the line of the last one found: on from there (16,000
     * short texts of a plan written on one line, JSON as tools write it,
     * each walked from the line's start: 1.7 s; s28scale) */
    if (f->walk_col > 0 && f->walk_line == line && f->walk_col <= scalar->pos.col) {
        byte = f->walk_byte;
        col = f->walk_col;
    }
    for (; col < scalar->pos.col && byte < f->len; col++) {
        byte++;
        while (byte < f->len && ((unsigned char)f->text[byte] & 0xC0) == 0x80)
            byte++;
    }
    f->walk_line = line;
    f->walk_col = col;
    f->walk_byte = byte;
    return f->text + byte;
}

/* The memo of a long scalar (MEMO_MIN_LEN bytes and more), made on its
 * first query in its source's table; NULL for a short one, whose queries
 * cost little each. */
static PosMemo *memo_of(const YNode *scalar)
{
    if (scalar->len < MEMO_MIN_LEN)
        return NULL;
    LoadSource *f = load_source_of(scalar);
    if (2 * (f->n_memos + 1) > f->memo_slots) { /* grow: rehash */
        size_t old_slots = f->memo_slots;
        MemoSlot *old = f->memos;
        f->memo_slots = old_slots ? 2 * old_slots : 16;
        f->memos = arena_alloc(f->arena, f->memo_slots * sizeof *f->memos);
        memset(f->memos, 0, f->memo_slots * sizeof *f->memos);
        for (size_t i = 0; i < old_slots; i++) {
            if (!old[i].node)
                continue;
            size_t slot = ((uintptr_t)old[i].node / 8) & (f->memo_slots - 1);
            while (f->memos[slot].node)
                slot = (slot + 1) & (f->memo_slots - 1);
            f->memos[slot] = old[i];
        }
    }
    size_t slot = ((uintptr_t)scalar / 8) & (f->memo_slots - 1);
    while (f->memos[slot].node && f->memos[slot].node != scalar)
        slot = (slot + 1) & (f->memo_slots - 1);
    if (!f->memos[slot].node) {
        PosMemo *memo = arena_alloc(f->arena, sizeof *memo);
        memset(memo, 0, sizeof *memo);
        memo->verbatim = -1;
        memo->escaped = -1;
        memo->fail_at = SIZE_MAX;
        memo->source = loaded_source(scalar);
        f->memos[slot].node = scalar;
        f->memos[slot].memo = memo;
        f->n_memos++;
    }
    return f->memos[slot].memo;
}

static int count_chars(const char *s, size_t len)
{
    int n = 0;
    for (size_t i = 0; i < len; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80)
            n++;
    return n;
}

/* A combining mark of the range NFC composes (U+0300..U+036F) at s. */
static int is_mark(const char *s, const char *end)
{
    unsigned char a = end - s >= 2 ? (unsigned char)s[0] : 0, b = a ? (unsigned char)s[1] : 0;
    return (a == 0xCC && b >= 0x80 && b <= 0xBF) || (a == 0xCD && b >= 0x80 && b <= 0xAF);
}

static size_t char_len(const char *s, const char *end)
{
    size_t n = 1;
    while (s + n < end && ((unsigned char)s[n] & 0xC0) == 0x80)
        n++;
    return n;
}

/* Where the source at s holds a character with combining marks after it
 * (a decomposed "e\u0302\u0301"), the value holds their NFC (load.c):
 * the character and its marks, normalised, must be the value's next bytes.
 * Sets *sn and *vn to the bytes they take (0 and 0 when s holds no such
 * character, for the byte walk to go on); returns 0 when they differ. */
static int nfc_cluster(const char *s, const char *end, const char *v, const char *v_end,
                       size_t *sn, size_t *vn)
{
    *sn = *vn = 0;
    if (((unsigned char)*s & 0xC0) == 0x80)
        return 1;
    size_t n = char_len(s, end);
    if (!is_mark(s + n, end) && !is_mark(s, end))
        return 1;
    while (is_mark(s + n, end))
        n += 2;
    static Buf nfc; /* reused: a query walks many characters */
    buf_reset(&nfc);
    vi_put_nfc(&nfc, s, n);
    *sn = n;
    *vn = nfc.len;
    return nfc.len <= (size_t)(v_end - v) && memcmp(nfc.data, v, nfc.len) == 0;
}

/* A walk gave up before text[at] (past the byte that did not match, or at
 * the start of the '|' block's line that did not): a query at or past it
 * is at the node's start from then on, at once (a paragraph of 16,000
 * references after a tab walked its text again for each: s28scale). */
static void walk_failed(PosMemo *m, size_t at)
{
    if (m && at < m->fail_at)
        m->fail_at = at;
}

/* A literal block's walk gave up before text[at] on a value line that
 * ends at text[end]: a query from at to that line's end is at the node's
 * start at once; the lines below are walked as ever (each source line is
 * its value line: one that does not match says nothing of the next). As
 * walk_failed, it made every later line of the block point at the block's
 * '|' (s29review). */
static void line_failed(PosMemo *m, size_t at, size_t end)
{
    m->line_fail_at = at;
    m->line_fail_end = end;
}

/* 1 if a query at offset is where a walk gave up (walk_failed, line_failed) */
static int failed_at(const PosMemo *m, size_t offset)
{
    return offset >= m->fail_at || (offset >= m->line_fail_at && offset < m->line_fail_end);
}

/* Walks the value from v to v_end and the source from s (before s_end)
 * side by side, counting the source's characters in *cols: equal bytes,
 * a tab of the source that the value holds as a space (KH026, load.c),
 * a character with combining marks that the value holds as its NFC.
 * Returns where the source stands at v_end, or NULL with *fail at the
 * value's byte that does not match. */
static const char *walk_chars(const char *s, const char *s_end, const char *v, const char *v_end,
                              const char *v_all, int *cols, const char **fail)
{
    while (v < v_end) {
        size_t sn, vn;
        if (s >= s_end || !nfc_cluster(s, s_end, v, v_all, &sn, &vn)) {
            *fail = v;
            return NULL;
        }
        if (sn) {
            *cols += count_chars(s, sn);
            s += sn;
            v += vn;
            continue;
        }
        if (*v != *s && !(*s == '\t' && *v == ' ')) {
            *fail = v;
            return NULL;
        }
        if (((unsigned char)*s & 0xC0) != 0x80)
            (*cols)++;
        v++;
        s++;
    }
    return s;
}

/* Position of text[offset] for a block scalar written with '|': value line k
 * is source line pos.line + 1 + k, and each source line must be the block's
 * indent (spaces) followed by the value's line: byte for byte (then its
 * characters are counted), or with decomposed letters and tabs, which the
 * value holds normalised (then walked, walk_chars). Returns 0 when the
 * source does not match (folded, escaped text). */
static int literal_pos(const YNode *node, PosMemo *memo, const char *src, size_t offset,
                       SrcPos *out)
{
    const char *src_end = loaded_source_end(node);
    if (src >= src_end || *src != '|')
        return 0;
    PosMemo fresh = {0}, *m = memo ? memo : &fresh;
    if (m == &fresh)
        m->fail_at = SIZE_MAX;
    if (failed_at(m, offset))
        return 0;
    if (!m->valid || m->kind != MEMO_LITERAL || m->offset > offset) {
        /* start over: skip the header line */
        const char *p = memchr(src, '\n', (size_t)(src_end - src));
        if (!p)
            return 0;
        PosMemo keep = *m;
        memset(m, 0, sizeof *m);
        m->verbatim = keep.verbatim;
        m->source = keep.source;
        m->escaped = keep.escaped;
        m->fail_at = keep.fail_at;
        m->line_fail_at = keep.line_fail_at;
        m->line_fail_end = keep.line_fail_end;
        m->kind = MEMO_LITERAL;
        m->p = p + 1;
        m->valid = 1;
    }
    /* Which value line holds offset, where it starts, and its source line. */
    for (size_t i = m->offset; i < offset; i++) {
        if (node->text[i] != '\n')
            continue;
        const char *next = memchr(m->p, '\n', (size_t)(src_end - m->p));
        if (!next) {
            m->valid = 0;
            walk_failed(m, i);
            return 0;
        }
        m->p = next + 1;
        m->k++;
        m->line_start = i + 1;
        m->line_checked = 0;
        m->line_chars = 0;
    }
    if (m->offset < m->line_start)
        m->offset = m->line_start;
    const char *v_line = node->text + m->line_start;
    const char *v_nl = memchr(v_line, '\n', node->len - m->line_start);
    const char *v_line_end = v_nl ? v_nl : node->text + node->len;
    const char *source_nl = memchr(m->p, '\n', (size_t)(src_end - m->p));
    const char *s_line_end = source_nl ? source_nl : src_end;
    if (!m->line_checked) {
        size_t line_len = (size_t)(v_line_end - v_line);
        const char *p = m->p;
        size_t source_len = (size_t)(s_line_end - p);
        size_t spaces = 0, blanks, v_spaces = 0;
        while (spaces < source_len && p[spaces] == ' ')
            spaces++;
        /* the value holds each tab of the line's leading blanks as a
         * space (KH026): "  \t" after the block's indent is three of its
         * spaces, and the indent was taken one too short, every character
         * after it unmatched (s29review) */
        for (blanks = spaces; blanks < source_len && (p[blanks] == ' ' || p[blanks] == '\t');)
            blanks++;
        while (v_spaces < line_len && v_line[v_spaces] == ' ')
            v_spaces++;
        if (source_len >= line_len && spaces >= source_len - line_len &&
            memcmp(p + source_len - line_len, v_line, line_len) == 0) {
            m->indent = source_len - line_len; /* the line as it is written */
            m->line_checked = 1;
        } else if (blanks >= v_spaces) {
            m->indent = blanks - v_spaces; /* walked below */
            m->line_checked = 2;
            m->s = p + m->indent;
        } else {
            line_failed(m, m->line_start, (size_t)(v_line_end - node->text));
            return 0;
        }
        m->line_chars = 0;
        m->offset = m->line_start;
    }
    if (m->line_checked == 1) {
        m->line_chars += count_chars(node->text + m->offset, offset - m->offset);
    } else {
        int chars = m->line_chars;
        const char *fail = NULL;
        const char *s = walk_chars(m->s, s_line_end, node->text + m->offset, node->text + offset,
                                   v_line_end, &chars, &fail);
        if (!s) {
            line_failed(m, (size_t)(fail - node->text) + 1, (size_t)(v_line_end - node->text));
            return 0;
        }
        m->s = s;
        m->line_chars = chars;
    }
    m->offset = offset;
    out->file = node->pos.file;
    out->line = node->pos.line + 1 + (int)m->k;
    out->col = (int)m->indent + 1 + m->line_chars;
    if (m == &fresh)
        m->valid = 0;
    return 1;
}

/* Folded block scalars ('>'), plain scalars over several lines and one-line
 * scalars whose value is not their source (NFC): walks the value and the
 * source together. Equal bytes advance both; a run of spaces and line
 * breaks in the value matches the run of spaces, line breaks and
 * indentation in the source that YAML folded into it, and a tab of the
 * source the value holds as a space (KH026); a character with
 * combining marks in the source matches its NFC in the value. Any other
 * difference (an escape) gives up and returns 0, and so at once for any
 * later offset (walk_failed). quoted: s is at the
 * opening quote of a one-line quoted scalar. */
static int folded_pos(const YNode *node, PosMemo *m, const char *s, size_t offset,
                      SrcPos *out, int quoted)
{
    const char *end = loaded_source_end(node);
    const char *v = node->text;
    int line = node->pos.line, col = node->pos.col;
    if (m && failed_at(m, offset))
        return 0;
    if (m && m->valid && m->kind == MEMO_FOLDED && m->offset <= offset) {
        v = m->v; /* go on from the last query */
        s = m->s;
        line = m->line;
        col = m->col;
    } else if (node->style == YSTYLE_BLOCK) {
        if (s >= end || *s != '>')
            return 0;
        s = memchr(s, '\n', (size_t)(end - s));
        if (!s)
            return 0;
        s++;
        line++;
        col = 1;
        while (s < end && *s == ' ') { /* indentation of the first line */
            s++;
            col++;
        }
    } else if (quoted) {
        s++;
        col++;
    }
    const char *v_end = node->text + offset, *v_all = node->text + node->len;
    int gave_up = 0;
    while (v < v_end) {
        if (s >= end) {
            gave_up = 1;
            break;
        }
        if ((*v == ' ' || *v == '\n') && (*s == ' ' || *s == '\n' || *s == '\r' || *s == '\t')) {
            const char *run = v;
            while (v < v_end && (*v == ' ' || *v == '\n'))
                v++;
            if (v == v_end && v < node->text + node->len && (v[0] == ' ' || v[0] == '\n')) {
                v = run; /* offset points inside the run: its start is as good */
                break;
            }
            while (s < end && (*s == ' ' || *s == '\n' || *s == '\r' || *s == '\t')) {
                if (*s == '\n') {
                    line++;
                    col = 1;
                } else {
                    col++;
                }
                s++;
            }
            continue;
        }
        size_t sn, vn;
        if (!nfc_cluster(s, end, v, v_all, &sn, &vn)) {
            gave_up = 1;
            break;
        }
        if (sn) {
            col += count_chars(s, sn);
            s += sn;
            v += vn;
            continue;
        }
        if (*v != *s) {
            gave_up = 1;
            break;
        }
        if (((unsigned char)*s & 0xC0) != 0x80)
            col++;
        v++;
        s++;
    }
    if (gave_up) { /* there (an escape, a source that ended) */
        walk_failed(m, (size_t)(v - node->text) + 1);
        return 0;
    }
    if (m) {
        m->kind = MEMO_FOLDED;
        m->valid = 1;
        m->offset = (size_t)(v - node->text);
        m->v = v;
        m->s = s;
        m->line = line;
        m->col = col;
    }
    out->file = node->pos.file;
    out->line = line;
    out->col = col;
    return 1;
}

/* Whether the one-line quoted scalar at src ('"' or '\'') holds an escape
 * (a backslash, a doubled single quote) or is not quoted: its value is then
 * not its source with characters normalised. */
static int has_escape(const char *src, size_t available)
{
    if (*src != '"' && *src != '\'')
        return 1;
    const char *nl = memchr(src, '\n', available);
    size_t n = nl ? (size_t)(nl - src) : available;
    if (*src == '"')
        return memchr(src, '\\', n) != NULL;
    for (size_t i = 1; i + 1 < n; i++)
        if (src[i] == '\'' && src[i + 1] == '\'')
            return 1;
    return 0;
}

/* Position of the byte at offset inside a scalar made by the loader. Exact
 * for one-line plain and quoted scalars whose value is the source text
 * (no escapes, no normalisation), for '|' and '>' block scalars and for plain
 * scalars over several lines; otherwise the node's start. The node must come from load_file/load_string. */
int ynode_folded(const YNode *scalar)
{
    if (!scalar || scalar->kind != YNODE_SCALAR || scalar->style != YSTYLE_BLOCK)
        return 0;
    const char *src = loaded_source(scalar);
    return src < loaded_source_end(scalar) && *src == '>';
}

SrcPos ynode_pos_at(const YNode *scalar, size_t offset)
{
    if (!scalar)
        return (SrcPos){NULL, 0, 0};
    if (scalar->kind != YNODE_SCALAR || offset > scalar->len)
        return scalar->pos;
    PosMemo *m = memo_of(scalar);
    const char *src = m ? m->source : loaded_source(scalar);
    size_t available = (size_t)(loaded_source_end(scalar) - src);
    SrcPos pos = scalar->pos;

    SrcPos exact;
    if (scalar->style == YSTYLE_BLOCK) {
        if (literal_pos(scalar, m, src, offset, &exact) ||
            folded_pos(scalar, m, src, offset, &exact, 0))
            return exact;
        return pos;
    }
    if (scalar->pos.line != scalar->end.line) {
        if (scalar->style == YSTYLE_PLAIN && folded_pos(scalar, m, src, offset, &exact, 0))
            return exact;
        return pos;
    }
    /* one line: the value must be the source text (between the quotes,
     * unchanged, for a quoted one); decided once for a long scalar */
    int verbatim = m ? m->verbatim : -1;
    if (verbatim < 0) {
        if (scalar->style == YSTYLE_PLAIN)
            verbatim = available >= scalar->len && memcmp(src, scalar->text, scalar->len) == 0;
        else
            verbatim = available >= scalar->len + 2 && (*src == '"' || *src == '\'') &&
                       memcmp(src + 1, scalar->text, scalar->len) == 0 &&
                       src[1 + scalar->len] == *src &&
                       scalar->end.col - scalar->pos.col ==
                           count_chars(scalar->text, scalar->len) + 2;
        if (m)
            m->verbatim = verbatim;
    }
    if (!verbatim) { /* normalised to NFC, or escaped: then at its start */
        int quoted = scalar->style != YSTYLE_PLAIN;
        /* whether it holds an escape: decided once for a long scalar (a
         * line of 16,000 references looked for one at each: s28scale) */
        int escaped = m ? m->escaped : -1;
        if (escaped < 0) {
            escaped = available == 0 || (quoted && has_escape(src, available));
            if (m)
                m->escaped = escaped;
        }
        if (!escaped && folded_pos(scalar, m, src, offset, &exact, quoted))
            return exact;
        return pos;
    }
    int chars;
    if (m && m->valid && m->kind == MEMO_ONE_LINE && m->offset <= offset) {
        chars = m->chars + count_chars(scalar->text + m->offset, offset - m->offset);
    } else {
        chars = count_chars(scalar->text, offset);
    }
    if (m) {
        m->kind = MEMO_ONE_LINE;
        m->valid = 1;
        m->offset = offset;
        m->chars = chars;
    }
    pos.col += (scalar->style == YSTYLE_PLAIN ? 0 : 1) + chars;
    return pos;
}

/* ---- queries on the tree --------------------------------------------- */

/* The value of key in map (linear search), or NULL. */
YNode *ynode_get_n(const YNode *map, const char *key, size_t key_len)
{
    for (size_t i = 0; i < map->count; i++) {
        const YNode *k = map->keys[i];
        /* the length and first byte settle most keys without a call */
        if (k->len == key_len && k->kind == YNODE_SCALAR && k->text[0] == key[0] &&
            memcmp(k->text, key, key_len) == 0)
            return map->values[i];
    }
    return NULL;
}

/* "a string", "a list", "a mapping"; "an empty value" for an empty plain
 * scalar (YAML's null: "key:" with nothing after it) and "nothing" for
 * NULL, which read better in "expected a list, found ...". */
const char *ynode_kind_name(const YNode *node)
{
    if (!node)
        return _("nothing");
    switch (node->kind) {
    case YNODE_SEQ:
        return _("a list");
    case YNODE_MAP:
        return _("a mapping");
    case YNODE_SCALAR:
        return node->style == YSTYLE_PLAIN && node->len == 0 ? _("an empty value") : _("a string");
    }
    return _("a value");
}

SrcPos ynode_continuation_pos(const YNode *scalar)
{
    if (!scalar || scalar->kind != YNODE_SCALAR || scalar->style != YSTYLE_PLAIN ||
        scalar->pos.line == scalar->end.line)
        return scalar ? scalar->pos : (SrcPos){NULL, 0, 0};
    const char *p = loaded_source(scalar), *end = loaded_source_end(scalar);
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    SrcPos pos = scalar->pos;
    while (nl) { /* the lines below, past blank ones */
        pos.line++;
        p = nl + 1;
        const char *text = p + strspn(p, " \t\r");
        if (text < end && *text != '\n') {
            pos.col = 1;
            for (const char *c = p; c < text; c++)
                pos.col++;
            return pos;
        }
        nl = text < end ? memchr(text, '\n', (size_t)(end - text)) : NULL;
    }
    return scalar->pos;
}

int ynode_flow_collection(const YNode *node)
{
    if (node->kind != YNODE_SEQ && node->kind != YNODE_MAP)
        return 0;
    const char *s = loaded_source(node);
    return s < loaded_source_end(node) && (*s == '[' || *s == '{');
}

void ynode_suppress(DiagSink *diags, const char *code, const char *file, const YNode *node)
{
    if (!node) { /* the plan's own `suppress:` */
        diag_suppress(diags, code, file, 0, INT_MAX);
        return;
    }
    /* a block mapping starts at its first key, a flow one at its '{' */
    int flow = node->kind == YNODE_MAP && node->count > 0 &&
               (node->keys[0]->pos.line != node->pos.line || node->keys[0]->pos.col != node->pos.col);
    if (flow)
        diag_suppress_span(diags, code, file, node->pos.line, node->pos.col, node->end.line,
                           node->end.col);
    else
        diag_suppress(diags, code, file, node->pos.line, node->end.line);
}

int ynode_in_flow(const YNode *scalar)
{
    YNode after = *scalar;
    after.pos.line = scalar->end.line;
    after.pos.col = scalar->end.col;
    const char *s = loaded_source(&after), *end = loaded_source_end(scalar);
    while (s < end && (*s == ' ' || *s == '\t' || *s == '\n'))
        s++;
    return s < end && (*s == ',' || *s == '}' || *s == ']');
}

int load_file_ends_in_comment(SrcPos in_file)
{
    SrcPos last;
    if (!load_file_ends_open(in_file, &last))
        return 0;
    const LoadSource *f =
        (const LoadSource *)(const void *)(in_file.file - offsetof(LoadSource, name));
    const char *end = f->text + f->len, *bol = end;
    while (bol > f->text && bol[-1] != '\n')
        bol--;
    const char *s = f->text + f->value_end > bol ? f->text + f->value_end : bol;
    if (s > end)
        return 0;
    while (s < end && strchr(" \t]},", *s)) /* a flow list's closers after its last value */
        s++;
    return s < end && *s == '#';
}

int load_file_ends_open(SrcPos in_file, SrcPos *last)
{
    if (!in_file.file)
        return 0;
    const LoadSource *f =
        (const LoadSource *)(const void *)(in_file.file - offsetof(LoadSource, name));
    if (!f->text || f->len == 0 || f->text[f->len - 1] == '\n')
        return 0;
    const char *bol = f->text, *end = f->text + f->len;
    int line = 1;
    for (const char *p = f->text; (p = memchr(p, '\n', (size_t)(end - p))) != NULL; p++) {
        line++;
        bol = p + 1;
    }
    *last = in_file;
    last->line = line;
    last->col = 1 + (int)utf8_count(bol, (size_t)(end - bol));
    return 1;
}

int load_file_only_comments(SrcPos in_file)
{
    if (!in_file.file)
        return 0;
    const LoadSource *f =
        (const LoadSource *)(const void *)(in_file.file - offsetof(LoadSource, name));
    if (!f->text)
        return 0;
    int comments = 0;
    for (const char *p = f->text, *end = f->text + f->len; p < end; p++) {
        while (p < end && (*p == ' ' || *p == '\t'))
            p++;
        if (p < end && *p != '\n' && *p != '#')
            return 0; /* a value, or a line YAML read as nothing ('---') */
        comments += p < end && *p == '#';
        while (p < end && *p != '\n')
            p++;
    }
    return comments > 0;
}
