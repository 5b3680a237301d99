/* load.c - stage 1: YAML text to a tree of YNode, and the gate against
 * hostile input.
 *
 * The loader reads a plan (or catalog, or wording) file into the arena and
 * checks the bytes before libyaml sees them: the size limit (a file that is
 * too large is refused from its size alone, without reading it), UTF-8
 * validity and control characters, each reported at the line and column of
 * the offending byte. A UTF-8 byte order mark is skipped, and CR LF and lone
 * CR line breaks become LF in the arena copy, so that the lines libyaml
 * counts and the lines the diagnostics sink prints are the same lines
 * (load_text.c makes the copy and finds the first byte refused; this file
 * reports it).
 *
 * It then runs libyaml's event parser (yaml_parser_parse) and builds the
 * tree bottom-up: a stack of open collections, and one shared stack of
 * finished children from which each collection takes its slice when it
 * ends. Limits are enforced as the events arrive, so hostile input costs
 * little: the first collection deeper than max_depth stops the parse (a file
 * of 100,000 '[' is refused after reading about a thousand bytes), and
 * the first alias stops the parse (so an alias
 * bomb is never expanded; anchors, aliases and tags are not part of the plan
 * language). A second document, keys that are not strings, a NUL produced
 * by an escape, and duplicate keys (checked when a mapping ends, with a hash
 * table for large mappings so 100,000 keys stay linear) are errors. After the
 * first 50 errors in one file the loader stops.
 *
 * Positions: libyaml's marks are 0-based and count characters (code points),
 * not bytes, in both column and index; SrcPos adds 1. The file's name
 * every position points at ends its LoadSource, which keeps the source text
 * (load_impl.h), so ynode_pos_at() (loadpos.c) can point inside a string by
 * comparing the value with the source, and a node (56 bytes, a million of
 * them in a national plan) keeps nothing more. Scalar text is normalised to
 * NFC (vi.c), silently. The nodes may go to a second arena
 * (load_file_split), which main.c frees after check, while the texts stay
 * with the plan.
 */
#include "load_impl.h"

#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <yaml.h>

#include "i18n.h"
#include "legacy.h"
#include "shquote.h"
#include "vi.h"

enum { LOADER_MAX_ERRORS = 50 };

/* The defaults documented in load.h. */
LoadLimits load_default_limits(void)
{
    LoadLimits limits;
    limits.max_bytes = 32u * 1024 * 1024;
    limits.max_depth = 64;
    limits.max_nodes = 0; /* no cap: the size limit bounds the count */
    limits.root_map_only = 0;
    limits.what = NULL; /* a plan */
    return limits;
}

LoadLimits load_limits_of(const char *what)
{
    LoadLimits limits = load_default_limits();
    limits.what = what;
    return limits;
}

/* ---- reporting -------------------------------------------------------- */

static SrcPos make_pos(const Loader *ld, int line, int col)
{
    SrcPos pos;
    pos.file = ld->file;
    pos.line = line;
    pos.col = col;
    return pos;
}

static SrcPos mark_pos(const Loader *ld, yaml_mark_t mark)
{
    return make_pos(ld, (int)mark.line + 1, (int)mark.column + 1);
}

static SrcPos byte_pos(const Loader *ld, size_t offset);
static size_t mark_byte(Loader *ld, yaml_mark_t mark);

/* Where libyaml noticed a syntax error, as a message points at it: its
 * mark, but just past the last line's last character for the end of the
 * file, which it marks on the line after (the note pointed at a line the
 * file does not have, "4 |" under a file of three, s49it F6). */
static SrcPos notice_pos(Loader *ld, yaml_mark_t mark)
{
    size_t n = ld->len;
    if (n == 0 || mark_byte(ld, mark) < n)
        return mark_pos(ld, mark);
    if (ld->text[n - 1] == '\n' || ld->text[n - 1] == '\r') /* at the last line's break */
        n -= 1 + (n >= 2 && ld->text[n - 2] == '\r' && ld->text[n - 1] == '\n');
    return byte_pos(ld, n); /* just past the last line's last character */
}

static YLineCol mark_end(yaml_mark_t mark)
{
    YLineCol end = {(int)mark.line + 1, (int)mark.column + 1};
    return end;
}

/* Width in characters of a token from start to end, for the underline:
 * the distance when both are on one line, else 1. */
static int mark_span(yaml_mark_t start, yaml_mark_t end)
{
    if (start.line != end.line || end.column <= start.column)
        return 1;
    size_t span = end.column - start.column;
    return span > 1000 ? 1000 : (int)span;
}

static void load_error(Loader *ld, SrcPos pos, int span, DiagId code, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));

/* Reports an error of this file and stops the loader after too many. */
static void load_error(Loader *ld, SrcPos pos, int span, DiagId code, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    diag_vreport(ld->diags, DIAG_ERROR, pos, span, code, fmt, ap);
    va_end(ap);
    ld->errors++;
    if (ld->errors >= LOADER_MAX_ERRORS)
        ld->stop = 1;
}

/* ---- source text: copy, validate, locate ---------------------------- */

/* At the first byte that is not clean UTF-8 text: if the whole file reads
 * as UTF-16 or as Vietnamese in TCVN3, VNI or Windows-1258 (legacy.c,
 * from the statistics of all its bytes), reports KH003 naming it and the
 * command that converts it, and returns 1; else 0. The source text has
 * lost its CRs, which no detection depends on. */
static int report_encoding(Loader *ld, SrcPos pos, unsigned char byte)
{
    LegacyEncoding enc = legacy_detect(ld->text, ld->len);
    /* the command as a shell reads it back: a path with a space or a
     * leading '-' (sh_quote) */
    const char *file = pos.file ? sh_quoted(ld->arena, pos.file) : "FILE";
    if (enc == ENC_UTF16LE || enc == ENC_UTF16BE || enc == ENC_UTF32LE || enc == ENC_UTF32BE)
        pos.line = pos.col = 1; /* the whole file, not "1:2" of a UTF-16LE one */
    switch (enc) {
    case ENC_UTF16LE:
    case ENC_UTF16BE:
        load_error(ld, pos, 1, KH003,
                   "the file is UTF-16, not UTF-8; convert it with: khgen convert --force %s", file);
        diag_forget_source(ld->diags, pos.file); /* its line, read as UTF-8, was U+FFFDs
                                                  * around each letter (s36low) */
        return 1;
    case ENC_UTF32LE:
    case ENC_UTF32BE:
        load_error(ld, pos, 1, KH003,
                   "the file is UTF-32, not UTF-8; convert it with: khgen convert --force %s", file);
        diag_forget_source(ld->diags, pos.file);
        return 1;
    case ENC_TCVN3:
        load_error(ld, pos, 1, KH003,
                   "invalid UTF-8 (byte 0x%02X): the file looks like TCVN3 (ABC), the encoding of "
                   ".VnTime fonts; convert it with: khgen convert --force %s", byte, file);
        return 1;
    case ENC_VNI:
        load_error(ld, pos, 1, KH003,
                   "invalid UTF-8 (byte 0x%02X): the file looks like VNI-Windows, the encoding of "
                   "VNI-Times fonts; convert it with: khgen convert --force %s", byte, file);
        return 1;
    case ENC_CP1258:
        load_error(ld, pos, 1, KH003,
                   "invalid UTF-8 (byte 0x%02X): the file looks like Windows-1258; convert it "
                   "with: khgen convert --force %s", byte, file);
        return 1;
    case ENC_UTF8:
    case ENC_UNKNOWN:
        break;
    }
    /* a UTF-8 plan with a line pasted from an older document */
    enc = legacy_detect_lines(ld->text, ld->len);
    if (enc == ENC_UNKNOWN)
        return 0;
    load_error(ld, pos, 1, KH003,
               "invalid UTF-8 (byte 0x%02X): this line looks like %s, pasted into a file in "
               "UTF-8; convert such lines with: khgen convert --force %s", byte, legacy_name(enc),
               file);
    return 1;
}

static SrcPos byte_pos(const Loader *ld, size_t offset);

/* Reports the character c (n bytes; n 0: not UTF-8) at byte i that
 * check_text refuses, as KH003 or KH004 at its line and column. */
static void report_text_problem(Loader *ld, size_t i, int n, unsigned c)
{
    unsigned char byte = (unsigned char)ld->text[i];
    SrcPos pos = byte_pos(ld, i);
    /* before calling it a broken file: is it a whole file in an encoding
     * from before Unicode (or UTF-16)? */
    if ((n == 0 || c == 0 || (c < 0x20 && c != '\t' && c != '\n')) &&
        !(n == 0 && load_cut_in_char(ld->text, ld->len, i)) && report_encoding(ld, pos, byte))
        return;
    if (n == 0 && load_cut_in_char(ld->text, ld->len, i)) /* a copy cut short (s38slip) */
        load_error(ld, pos, 1, KH003, "invalid UTF-8 (byte 0x%02X): the file ends in the middle "
                   "of a letter: was the copy cut short (a copy, a download or an e-mail that "
                   "failed)? Compare it with the original and copy it again", byte);
    else if (n == 0)
        load_error(ld, pos, 1, KH003, "invalid UTF-8 (byte 0x%02X): re-save the file as UTF-8",
                   byte);
    else if (c == 0)
        load_error(ld, pos, 1, KH004,
                   "NUL byte in the file (is it a binary file, or saved as UTF-16?): check that "
                   "it is the plan, and save it as UTF-8");
    else if ((c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7F && c <= 0x9F))
        load_error(ld, pos, 1, KH004, "control character U+%04X is not allowed: delete it (text "
                   "copied from a PDF or Word carries such characters)", c);
    else if (c == 0xFEFF) /* the leading one is gone (load_copy_source): files put together? */
        load_error(ld, pos, 1, KH004, "a byte order mark (U+FEFF) after the start of the file "
                   "(were two files put together?); remove it");
    else if (c == 0x2028 || c == 0x2029)
        load_error(ld, pos, 1, KH004, "%s separator U+%04X is not allowed; use a line break",
                   c == 0x2028 ? _("line") : _("paragraph"), c);
    else
        load_error(ld, pos, 1, KH004, "noncharacter U+%04X is not allowed: delete it", c);
}

/* Checks that the text is UTF-8 with only the characters a plan may hold
 * (load_refused_char, load_text.c). Reports the first problem (KH003 /
 * KH004) at its line and column and returns 0; 1 if the text is clean.
 * Lines and columns are counted only for a problem (byte_pos), not along
 * the way: the whole of a national plan is read. */
static int check_text(Loader *ld)
{
    int n;
    unsigned c;
    size_t at = load_refused_char_nfc(ld->text, ld->len, &n, &c, &ld->text_nfc);
    ld->backslash = memchr(ld->text, '\\', ld->len) != NULL;
    if (at == ld->len)
        return 1;
    report_text_problem(ld, at, n, c);
    return 0;
}

static size_t char_length(unsigned char lead)
{
    if (lead < 0x80)
        return 1;
    if (lead < 0xE0)
        return 2;
    if (lead < 0xF0)
        return 3;
    return 4;
}

static void build_line_starts(Loader *ld)
{
    size_t count = 1;
    for (size_t i = 0; i < ld->len; i++)
        if (ld->text[i] == '\n')
            count++;
    ld->line_starts = xmalloc(count * sizeof *ld->line_starts);
    ld->line_starts[0] = 0;
    size_t n = 1;
    for (size_t i = 0; i < ld->len; i++)
        if (ld->text[i] == '\n')
            ld->line_starts[n++] = i + 1;
    ld->n_lines = count;
}

/* Byte offset in the (valid UTF-8) text of a libyaml mark, by a cursor that events move forward
 * in source order; a mark behind it steps back, or restarts from its line's start when nearer
 * (restarting always took 5 s over 10,000 entries on one line: s38types). */
static size_t mark_byte(Loader *ld, yaml_mark_t mark)
{
    if (mark.index < ld->cursor_index && ld->cursor_index - mark.index <= mark.column) {
        while (ld->cursor_index > mark.index) /* back to the start of its character */
            ld->cursor_index -= (ld->text[--ld->cursor_byte] & 0xC0) != 0x80;
    } else if (mark.index < ld->cursor_index) {
        if (!ld->line_starts)
            build_line_starts(ld);
        if (mark.line >= ld->n_lines || mark.column > mark.index)
            return 0;
        ld->cursor_byte = ld->line_starts[mark.line];
        ld->cursor_index = mark.index - mark.column;
    }
    /* index counts the character starts (not 10xxxxxx) before byte: 8 at once, then one by one */
    const unsigned char *text = (const unsigned char *)ld->text;
    size_t byte = ld->cursor_byte, index = ld->cursor_index;
    while (index + 8 <= mark.index && byte + 8 <= ld->len) {
        uint64_t w;
        memcpy(&w, text + byte, 8);
        uint64_t cont = w & ~(w << 1) & 0x8080808080808080u; /* 10xxxxxx bytes */
        size_t starts = 8 - (size_t)(((cont >> 7) * 0x0101010101010101u) >> 56);
        byte += 8;
        index += starts;
    }
    for (; byte < ld->len; byte++) {
        if ((text[byte] & 0xC0) == 0x80)
            continue;
        if (index == mark.index)
            break;
        index++;
    }
    ld->cursor_byte = byte;
    ld->cursor_index = index;
    return byte < ld->len ? byte : ld->len;
}

/* Line and column (1-based) of a byte offset, by scanning; used only for
 * the rare libyaml reader error. */
static SrcPos byte_pos(const Loader *ld, size_t offset)
{
    int line = 1, col = 1;
    for (size_t i = 0; i < offset && i < ld->len;) {
        if (ld->text[i] == '\n') {
            line++;
            col = 1;
            i++;
        } else {
            col++;
            i += char_length((unsigned char)ld->text[i]);
        }
    }
    return make_pos(ld, line, col);
}

/* ---- building the tree ---------------------------------------------- */

enum { NODE_BLOCK = 256 };

/* A node's memory in the nodes' arena, not cleared: the caller writes it
 * whole. Nodes are carved from blocks of NODE_BLOCK, packed (56 bytes
 * each; the arena rounds every allocation to 16), and a million of them
 * are a million fewer arena calls. */
static YNode *alloc_node(Loader *ld)
{
    if (ld->pool_left == 0) {
        ld->pool = arena_alloc(ld->nodes, NODE_BLOCK * sizeof *ld->pool);
        ld->pool_left = NODE_BLOCK;
    }
    ld->pool_left--;
    return ld->pool++;
}

/* A node of kind at start..end, its other fields zero. The marks are
 * passed by address and the node written in one assignment: made for each
 * of a national plan's million nodes, copying two marks (48 bytes) and
 * clearing the node before filling it were a tenth of the loader's own
 * instructions (s16perf). */
static YNode *too_many_nodes(Loader *ld, const yaml_mark_t *start)
{
    load_error(ld, mark_pos(ld, *start), 1, KH010,
               "more than %zu values, lists and mappings in one file: split the file (units, "
               "localities in an 'include' registry)", ld->limits.max_nodes);
    ld->stop = 1;
    return NULL;
}

static inline YNode *new_node(Loader *ld, YNodeKind kind, const yaml_mark_t *start,
                              const yaml_mark_t *end)
{
    if (ld->limits.max_nodes && ld->n_nodes >= ld->limits.max_nodes)
        return too_many_nodes(ld, start);
    ld->n_nodes++;
    YNode *node = alloc_node(ld);
    *node = (YNode){.pos = {ld->file, (int)start->line + 1, (int)start->column + 1},
                    .end = {(int)end->line + 1, (int)end->column + 1},
                    .kind = (unsigned char)kind};
    return node;
}

static void push_child(Loader *ld, YNode *child)
{
    if (ld->n_children == ld->cap_children) {
        ld->cap_children = ld->cap_children ? ld->cap_children * 2 : 64;
        ld->children = xrealloc(ld->children, ld->cap_children * sizeof *ld->children);
    }
    ld->children[ld->n_children++] = child;
}

/* Whether the next node is a mapping's key. */
static int next_is_key(const Loader *ld)
{
    if (ld->n_frames == 0)
        return 0;
    const Frame *top = &ld->frames[ld->n_frames - 1];
    return top->node->kind == YNODE_MAP && (ld->n_children - top->first_child) % 2 == 0;
}

/* Gives a finished node to its parent (or makes it the root). Only a list
 * or a mapping can be a key that is not a string (KH013): a scalar, most
 * nodes, is given without asking whether it is a key. */
static inline void attach(Loader *ld, YNode *node)
{
    if (ld->n_frames == 0) {
        ld->root = node;
        return;
    }
    if (node->kind != YNODE_SCALAR && next_is_key(ld))
        load_error(ld, node->pos, 1, KH013,
                   "a key must be a string, not %s: write the key as a word followed by ': '", ynode_kind_name(node));
    push_child(ld, node);
}

/* Reports anchors and tags on a node (both refused); every node of a plan
 * has neither, which check_properties sees without a call. */
static void report_properties(Loader *ld, const yaml_char_t *anchor, const yaml_char_t *tag,
                              yaml_mark_t start)
{
    const char *at = ld->text + mark_byte(ld, start);
    const char *text_end = ld->text + ld->len;
    SrcPos pos = mark_pos(ld, start);
    if (anchor) {
        size_t anchor_len = strlen((const char *)anchor);
        char shown[80];
        load_excerpt(shown, sizeof shown, (const char *)anchor, anchor_len);
        int span = *at == '&' ? (int)(anchor_len > 998 ? 999 : anchor_len + 1) : 1;
        load_error(ld, pos, span, KH007,
                   "anchors ('&%s') are not part of the plan language; write the value out "
                   "where it is used", shown);
    }
    if (tag) {
        /* Show the tag as written ("!!str") when it comes first; after an
         * anchor, show it as libyaml resolved it. */
        const char *written = (const char *)tag;
        size_t written_len = strlen(written);
        int span = 1;
        if (*at == '!') {
            size_t n = 0;
            while (at + n < text_end && at[n] != ' ' && at[n] != '\t' && at[n] != '\n')
                n++;
            written = at;
            written_len = n;
            span = n > 999 ? 999 : (int)n;
        }
        char shown[80];
        load_excerpt(shown, sizeof shown, written, written_len);
        load_error(ld, pos, span, KH012,
                   "tags ('%s') are not part of the plan language; put a value in quotes "
                   "to make it a string", shown);
    }
}

static inline void check_properties(Loader *ld, const yaml_char_t *anchor,
                                    const yaml_char_t *tag, const yaml_mark_t *start)
{
    if (anchor || tag)
        report_properties(ld, anchor, tag, *start);
}

static int same_key(const YNode *a, const YNode *b)
{
    return a->kind == YNODE_SCALAR && b->kind == YNODE_SCALAR && a->len == b->len
           && memcmp(a->text, b->text, a->len) == 0;
}

/* item: a block list's item into which the next one ran (its "- " lost). */
static void report_duplicate(Loader *ld, const YNode *map, size_t first_at, size_t again_at,
                             int item)
{
    const YNode *first = map->keys[first_at], *again = map->keys[again_at];
    /* a line copied twice ("header:" above "header:" and its fields): the
     * duplicate is the one mistake, whichever value is read (load_dup.c) */
    if (ld->dup_map != map) /* asked once, before any of map's values moves */
        ld->dup_map = map, ld->dup_pasted = load_dup_pasted(map);
    LoadDupRead read = load_duplicate_value(ld->nodes, (YNode *)map, first_at, again_at, item,
                                            ld->dup_pasted);
    if (load_pasted_again(again->pos)) /* a block pasted twice: said once */
        return;
    char shown[80];
    load_excerpt(shown, sizeof shown, again->text, again->len);
    int span = again->pos.line == again->end.line && again->end.col > again->pos.col
                   ? again->end.col - again->pos.col
                   : 1;
    if (item)
        load_error(ld, again->pos, span, KH008, "duplicate key '%s' in this list item: is the '- "
                   "' line that starts the next item missing above it? Add it, or delete one of "
                   "the two", shown);
    else if (read == LOAD_DUP_JOINED)
        load_error(ld, again->pos, span, KH008, "duplicate key '%s' in this mapping: its list "
                   "is read as the rest of the first one: write its entries under the first "
                   "'%s:' and delete this line", shown, shown);
    else
        load_error(ld, again->pos, span, KH008, "duplicate key '%s' in this mapping: delete one "
                   "of the two, or rename this one", shown);
    diag_note(ld->diags, first->pos, "'%s' first appears here", shown);
    load_pasted_said(ld->diags, again->pos); /* its KH128 a note of this error */
    if (!again->pos.file || !load_in_pasted_copy(load_source_of(again), again->pos.line))
        ld->recoverable++; /* the tree is whole (the parser reads the first value): no paste cut it */
}

static int on_duplicate(Loader *ld, const YNode *map, size_t first, size_t again, int *state)
{
    if (*state > 0)
        report_duplicate(ld, map, first, again, *state == 2);
    return *state > 0 ? *state == 2 : --*state <= -2;
}

/* Gives on_duplicate the pairs (first, again) of map's repeated keys in
 * order while it returns 0. Small mappings compare pairwise; larger ones
 * use an open-addressing hash table, so the check is linear. */
static void each_duplicate(Loader *ld, const YNode *map, int *state)
{
    size_t count = map->count;
    for (size_t i = 1; count <= 16 && i < count && !ld->stop; i++)
        for (size_t j = 0; j < i; j++)
            if (same_key(map->keys[j], map->keys[i])) {
                if (on_duplicate(ld, map, j, i, state))
                    return;
                break;
            }
    if (count <= 16)
        return;
    size_t size = 64;
    while (size < count * 2)
        size *= 2;
    size_t *slots = xmalloc(size * sizeof *slots); /* key index + 1; 0 = empty */
    memset(slots, 0, size * sizeof *slots);
    for (size_t i = 0; i < count && !ld->stop; i++) {
        const YNode *key = map->keys[i];
        if (key->kind != YNODE_SCALAR)
            continue;
        size_t slot = (size_t)load_hash_key(key->text, key->len) & (size - 1);
        while (slots[slot] != 0 && !same_key(map->keys[slots[slot] - 1], key))
            slot = (slot + 1) & (size - 1);
        if (slots[slot] == 0)
            slots[slot] = i + 1;
        else if (on_duplicate(ld, map, slots[slot] - 1, i, state))
            break;
    }
    free(slots);
}

/* 0 if no two keys of map can be equal: each key's text sets one bit of 64
 * (from its length and three of its bytes, as equal texts do alike) and
 * none is set twice. Most mappings of a plan are a list's items with a few
 * distinct keys, whose pairwise comparison, done twice for an item, was
 * the loader's largest cost of its own after the node itself. */
static int keys_may_repeat(const YNode *map)
{
    if (map->count > 24) /* a bit set twice is likely: compare */
        return 1;
    uint64_t seen = 0;
    for (size_t i = 0; i < map->count; i++) {
        const YNode *key = map->keys[i];
        if (key->kind != YNODE_SCALAR)
            continue; /* same_key needs two scalars */
        const unsigned char *s = (const unsigned char *)key->text;
        size_t len = key->len;
        unsigned h = len ? (unsigned)len * 0x9Eu + s[0] * 0x3Bu + s[len - 1] * 0x65u +
                               s[len / 2] * 0x17u
                         : 0;
        uint64_t bit = (uint64_t)1 << ((h ^ (h >> 6)) & 63);
        if (seen & bit)
            return 1;
        seen |= bit;
    }
    return 0;
}

/* Reports each key repeating an earlier one, noting the first; in a block list's item two
 * repeats are the next item run into it: one error (state: 0 counts, 1 each, 2 the first). */
static void check_duplicates(Loader *ld, const YNode *map, int item)
{
    if (map->count < 2 || !keys_may_repeat(map))
        return;
    int state = 0;
    if (item)
        each_duplicate(ld, map, &state);
    state = state <= -2 ? 2 : 1;
    each_duplicate(ld, map, &state);
}

static void open_collection(Loader *ld, YNodeKind kind, const yaml_event_t *event)
{
    if (ld->n_frames >= (size_t)(ld->limits.max_depth > 0 ? ld->limits.max_depth : 0)) {
        load_error(ld, mark_pos(ld, event->start_mark), 1, KH006,
                   "lists and mappings are nested more than %d levels deep: unindent them, or "
                   "split the plan", ld->limits.max_depth);
        ld->stop = 1;
        return;
    }
    YNode *node = new_node(ld, kind, &event->start_mark, &event->end_mark);
    if (!node)
        return;
    if (ld->n_frames == ld->cap_frames) {
        ld->cap_frames = ld->cap_frames ? ld->cap_frames * 2 : 16;
        ld->frames = xrealloc(ld->frames, ld->cap_frames * sizeof *ld->frames);
    }
    ld->frames[ld->n_frames].node = node;
    ld->frames[ld->n_frames].first_child = ld->n_children;
    ld->frames[ld->n_frames].flow =
        kind == YNODE_MAP ? event->data.mapping_start.style == YAML_FLOW_MAPPING_STYLE
                          : event->data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE;
    ld->n_frames++;
}

static void close_collection(Loader *ld, const yaml_event_t *event)
{
    if (ld->n_frames == 0)
        return;
    Frame frame = ld->frames[--ld->n_frames];
    YNode *node = frame.node;
    size_t n = ld->n_children - frame.first_child;
    /* children is NULL until the first child arrives (an empty '{}') */
    YNode **slice = n > 0 ? ld->children + frame.first_child : NULL;
    node->end = mark_end(event->end_mark);
    /* A block collection's end event stands at the next token (the next
     * item's "-", often on the next line): the node really ends with its
     * last child. A flow collection ends after its ']' or '}'. */
    if (n > 0 && !frame.flow)
        node->end = slice[n - 1]->end;
    if (node->kind == YNODE_SEQ) {
        node->count = (uint32_t)n;
        node->items = arena_alloc(ld->nodes, (n ? n : 1) * sizeof *node->items);
        if (n > 0)
            memcpy(node->items, slice, n * sizeof *slice);
        load_list_closed(ld->diags, node, frame.flow); /* KH128, KH035 */
    } else {
        node->count = (uint32_t)(n / 2);
        /* keys and values in one block: keys[0..n/2), then the values */
        node->keys = arena_alloc(ld->nodes, (n / 2 ? n : 2) * sizeof *node->keys);
        node->values = node->keys + (n / 2 ? n / 2 : 1);
        unsigned bits = 0;
        for (size_t i = 0; i < n / 2; i++) {
            node->keys[i] = slice[2 * i];
            node->values[i] = slice[2 * i + 1];
            if (slice[2 * i]->kind == YNODE_SCALAR)
                bits |= ynode_key_bit(slice[2 * i]->text, slice[2 * i]->len);
        }
        node->key_bits = (uint16_t)bits;
        if (frame.flow)
            load_flow_join_cut_numbers(ld->arena, ld->diags, node);
        check_duplicates(ld, node, !frame.flow && ld->n_frames > 0 &&
                                       ld->frames[ld->n_frames - 1].node->kind == YNODE_SEQ);
        load_merge_keys(ld->nodes, ld->diags, node); /* '<<:' read as meant, KH007 */
    }
    ld->n_children = frame.first_child;
    attach(ld, node);
}


/* The column - 1 of what a value's lines are indented under (KH023): its
 * key, or its list's '-'; -1 in a flow collection or a file without a '#'. */
static int owner_col(const Loader *ld)
{
    const Frame *top = ld->hash_words && ld->n_frames ? &ld->frames[ld->n_frames - 1] : NULL;
    if (!top || top->flow)
        return -1;
    return (top->node->kind == YNODE_MAP ? ld->children[ld->n_children - 1] : top->node)->pos.col - 1;
}

static void add_scalar(Loader *ld, const yaml_event_t *event)
{
    int is_key = next_is_key(ld);
    if (event->data.scalar.style != YAML_PLAIN_SCALAR_STYLE) { /* its U+00A0s are text */
        ld->texts[ld->n_texts % LOAD_TEXT_SPANS][0] = event->start_mark;
        ld->texts[ld->n_texts++ % LOAD_TEXT_SPANS][1] = event->end_mark;
    }
    YNode *node = new_node(ld, YNODE_SCALAR, &event->start_mark, &event->end_mark);
    if (!node)
        return;
    const char *value = (const char *)event->data.scalar.value;
    size_t length = event->data.scalar.length;
    /* a NUL comes only from an escape (check_text refused it in the file),
     * and only double quotes have escapes, each with a backslash */
    int escapes = event->data.scalar.style == YAML_DOUBLE_QUOTED_SCALAR_STYLE && ld->backslash;
    if (escapes && memchr(value, '\0', length))
        load_error(ld, node->pos, mark_span(event->start_mark, event->end_mark), KH004,
                   "this string contains a NUL character (from an escape such as \\0), which is "
                   "not allowed: delete the escape");
    if (length > LOADER_MAX_VALUE_BYTES)
        load_error(ld, node->pos, 1, KH016,
                   "this value is %zu bytes long, more than the limit of %d bytes (4 MiB): "
                   "split it into several paragraphs or items",
                   length, LOADER_MAX_VALUE_BYTES);
    const char *kept = is_key ? load_key_kept(&ld->keys, value, length) : NULL;
    if (kept) {
        node->text = kept; /* NFC, nothing to drop: as when it was kept */
        node->len = length;
    } else if ((!escapes && ld->text_nfc) || vi_is_nfc(value, length)) {
        node->text = arena_strndup(ld->arena, value, length);
        node->len = length;
        if (is_key && !load_may_hold_forbidden(value, length))
            load_key_keep(&ld->keys, node->text, length);
    } else {
        buf_reset(&ld->nfc);
        vi_put_nfc(&ld->nfc, value, length);
        node->len = ld->nfc.len;
        node->text = arena_strndup(ld->arena, ld->nfc.data ? ld->nfc.data : "", ld->nfc.len);
    }
    /* so too a forbidden character */
    if (escapes && load_may_hold_forbidden(node->text, node->len))
        load_drop_forbidden(ld->arena, ld->diags, node);
    if (escapes) { /* a bidirectional control or invisible character written as an escape */
        size_t from = mark_byte(ld, event->start_mark), to = mark_byte(ld, event->end_mark);
        load_check_escapes(ld->diags, node, ld->text + from, to > from ? to - from : 0);
    }
    switch (event->data.scalar.style) {
    case YAML_SINGLE_QUOTED_SCALAR_STYLE:
    case YAML_DOUBLE_QUOTED_SCALAR_STYLE:
        node->style = YSTYLE_QUOTED;
        break;
    case YAML_LITERAL_SCALAR_STYLE:
    case YAML_FOLDED_SCALAR_STYLE:
        node->style = YSTYLE_BLOCK;
        break;
    default:
        node->style = YSTYLE_PLAIN;
        break;
    }
    if (node->style == YSTYLE_BLOCK && !is_key) /* blanks no editor shows, at a line's end */
        load_block_blanks(node, ld->text + mark_byte(ld, event->start_mark),
                          mark_byte(ld, event->end_mark) - mark_byte(ld, event->start_mark));
    if (!is_key && memchr(node->text, '\t', node->len)) { /* KH026: one space everywhere */
        size_t from = mark_byte(ld, event->start_mark), to = mark_byte(ld, event->end_mark);
        load_tabs_in_value(ld->arena, ld->diags, node, ld->text + from, to > from ? to - from : 0);
    }
    if (!is_key && legacy_misread(node->text, node->len, NULL, NULL) != ENC_UNKNOWN) {
        size_t from = mark_byte(ld, event->start_mark), to = mark_byte(ld, event->end_mark);
        load_misread_in_value(ld->diags, node, ld->text + from, to > from ? to - from : 0);
    }
    /* `key: ~` above an indented line is one plain scalar, "~ text" (YAML
     * joins the lines): a `~` meant as empty that swallowed the text; so
     * too YAML's other empty value, `null` ("null text" printed as text:
     * the one-line sweep, s8) */
    size_t null_word = node->style == YSTYLE_PLAIN && !is_key ? ynode_null_word(node->text) : 0;
    if (null_word == 1)
        diag_warning(ld->diags, node->pos, 1, KH018,
                     "this value is the text '%s', not empty: '~' with more text after it, on "
                     "its line or on the lines below it that YAML joins to it, is text; write "
                     "'~' alone for an empty value, or put the text in quotes", node->text);
    else if (null_word)
        diag_warning(ld->diags, node->pos, (int)null_word, KH018,
                     "this value is the text '%s', not empty: '%.*s' with more text after it, "
                     "on its line or on the lines below it that YAML joins to it, is text; write "
                     "'%.*s' alone for an empty value, or put the text in quotes", node->text,
                     (int)null_word, node->text, (int)null_word, node->text);
    /* "– kind:": a character where YAML needs a space, '-' or ':' (KH005);
     * "-ỦY BAN" (KH028); `kind: “QĐ”` (KH029); lines pasted twice (KH128) */
    int nbsp = !is_key && load_value_start(ld->diags, node, ld->text,
                                           mark_byte(ld, event->start_mark),
                                           mark_byte(ld, event->end_mark), ld->len);
    ld->errors += nbsp;
    if (node->style != YSTYLE_QUOTED && !is_key) /* KH022, KH023 */
        load_plain_value(ld->diags, node, ld->text, ld->len,
                         ld->hash_words ? mark_byte(ld, event->end_mark) : ld->len, owner_col(ld));
    int joined = 0; /* KH021 said so */
    if (node->style == YSTYLE_PLAIN && !is_key && node->pos.line != node->end.line && !nbsp)
        joined = load_joined_item(ld->diags, node,
                                  ld->n_frames ? ld->frames[ld->n_frames - 1].node : NULL,
                                  &ld->joined);
    if (node->style != YSTYLE_QUOTED && !is_key && !nbsp && !joined &&
        (node->pos.line != node->end.line || node->text[0] == '-'))
        load_indicator_lines(ld->diags, node); /* ">-", "->-": a "- >-" cut */
    attach(ld, node);
}

/* ---- libyaml errors --------------------------------------------------- */

/* A no-break space where YAML needs a space (load_nbsp.c) on the lines
 * from the one above libyaml's mark (at; it notices such a line at the
 * next) or from its context's, when that starts up to three lines above,
 * to the mark's, not in a quoted or block scalar's text: reported there
 * instead of libyaml's words, which never named it, with libyaml's as a
 * note (s35attack M5). Returns 1 if so. */
static int nbsp_caused(Loader *ld, const yaml_parser_t *parser, size_t at, const char *problem)
{
    size_t from = at;
    for (int lines = 0; from > 0; from--)
        if (ld->text[from - 1] == '\n' && ++lines == 2)
            break; /* the start of the line above the mark's */
    if (parser->context && parser->context_mark.line < parser->problem_mark.line &&
        parser->problem_mark.line - parser->context_mark.line <= 3) {
        size_t context = mark_byte(ld, parser->context_mark);
        from = context < from ? context : from;
    }
    LoadSpan spans[LOAD_TEXT_SPANS + 1]; /* texts, not syntax (s37review) */
    size_t n = 0;
    for (; n < ld->n_texts && n < LOAD_TEXT_SPANS; n++)
        spans[n] = (LoadSpan){mark_byte(ld, ld->texts[n][0]), mark_byte(ld, ld->texts[n][1])};
    if (parser->context && (strcmp(parser->context, "while scanning a quoted scalar") == 0 ||
                            strcmp(parser->context, "while scanning a block scalar") == 0))
        spans[n++] = (LoadSpan){mark_byte(ld, parser->context_mark), ld->len};
    const char *role = NULL;
    const char *nb = load_nbsp_in_syntax(ld->text, ld->text + from, ld->text + at,
                                         ld->text + ld->len, spans, n, &role);
    if (!nb && parser->context && parser->context_mark.line < parser->problem_mark.line) {
        const char *c = ld->text + mark_byte(ld, parser->context_mark); /* far above: its line */
        nb = load_nbsp_far(ld->text, c, ld->text + at, ld->text + ld->len, spans, n, &role);
    }
    if (!nb)
        return 0;
    load_nbsp_report(ld->diags, byte_pos(ld, (size_t)(nb - ld->text)), nb, role);
    ld->errors++;
    diag_note(ld->diags, notice_pos(ld, parser->problem_mark), "YAML noticed it here: %s",
              _(problem));
    return 1;
}

static void report_parser_error(Loader *ld, const yaml_parser_t *parser)
{
    const char *problem = parser->problem ? parser->problem : "unknown problem";
    if (parser->error == YAML_MEMORY_ERROR) {
        load_error(ld, make_pos(ld, 0, 0), 0, KH005, "the YAML parser ran out of memory: split "
                   "the file, or run khgen with more memory");
        return;
    }
    if (parser->error == YAML_READER_ERROR) {
        load_error(ld, byte_pos(ld, parser->problem_offset), 1, KH005,
                   "YAML syntax error: %s: check the quotes, the ': ' and the indentation here "
                   "and on the line above", _(problem));
        return;
    }
    yaml_mark_t mark = parser->problem_mark;
    size_t at = mark_byte(ld, mark);
    char c = at < ld->len ? ld->text[at] : '\0';
    if (nbsp_caused(ld, parser, at, problem))
        return;
    if (load_joined_caused(ld->diags, &ld->joined, notice_pos(ld, mark), _(problem))) {
        ld->errors++; /* the parser stops: one error, as load_error counts it */
        return;
    }
    int at_key = load_hint_at_context(problem, parser->context, mark.line,
                                      parser->context_mark.line);
    size_t bol = at < ld->len ? at : ld->len, eol = bol;
    while (bol > 0 && ld->text[bol - 1] != '\n' && ld->text[bol - 1] != '\r')
        bol--;
    while (eol < ld->len && ld->text[eol] != '\n' && ld->text[eol] != '\r')
        eol++;
    Buf measured = {0}; /* the columns of the lines around it (load_indent.c) */
    const char *hint = at_key ? load_context_hint(ld->text,
                                                  ld->text + mark_byte(ld, parser->context_mark),
                                                  ld->text + ld->len)
                              : NULL;
    size_t fix_at = (size_t)-1; /* where the error belongs, when libyaml noticed it later */
    fix_at = load_first_key_indented(problem, ld->text, ld->len, at, &hint);
    if (fix_at == (size_t)-1 && !at_key)
        fix_at = load_node_colon_lost(problem, ld->text, ld->len, at, &hint);
    if (fix_at == (size_t)-1 && !at_key && (at < ld->len || parser->context) &&
        load_indent_hint(&measured, problem, ld->text, ld->len, at,
                         parser->context ? mark_byte(ld, parser->context_mark) : 0,
                         parser->context != NULL, &fix_at))
        hint = measured.data;
    if (fix_at != (size_t)-1) {
        /* a quote left open, a list item's '- ' lost: at the line to fix,
         * then where YAML noticed; said once at a quote the value already
         * told of (load_quote_tag) */
        char tag[LOAD_TAG_SIZE];
        load_quote_tag(tag, sizeof tag, byte_pos(ld, fix_at));
        diag_withdraw_tagged(ld->diags, tag);
        load_nbsp_tag(tag, sizeof tag, byte_pos(ld, fix_at));
        if (diag_has_tagged(ld->diags, tag)) { /* the character there, told already */
            ld->errors++;
            buf_free(&measured);
            return;
        }
        load_error(ld, byte_pos(ld, fix_at), 1, KH005, "YAML syntax error: %s", hint);
        diag_note(ld->diags, notice_pos(ld, mark), "YAML noticed it here: %s", _(problem));
        buf_free(&measured);
        return;
    }
    if (!hint && !at_key)
        hint = load_value_hint(problem, ld->text + bol, eol - bol, bol < at ? at - bol : 0);
    if (!hint)
        hint = at_key ? hint : load_syntax_hint(problem, parser->context, c);
    /* at the file's end, the error too is on its last line (notice_pos) */
    SrcPos where = at_key ? mark_pos(ld, parser->context_mark) : notice_pos(ld, mark);
    if (hint)
        load_error(ld, where, 1, KH005, "YAML syntax error: %s; %s", _(problem), hint);
    else
        load_error(ld, where, 1, KH005, "YAML syntax error: %s: check the quotes, "
                   "the ': ' and the indentation here and on the line above", _(problem));
    if (at_key)
        diag_note(ld->diags, notice_pos(ld, mark), "YAML noticed it here, at the next key");
    /* libyaml's own words are translated when po/extra.c lists them */
    else if (parser->context && (parser->context_mark.line != mark.line
                                 || parser->context_mark.column != mark.column))
        diag_note(ld->diags, mark_pos(ld, parser->context_mark), "%s that starts here",
                  _(parser->context));
    buf_free(&measured);
}

/* ---- the event loop --------------------------------------------------- */

/* A plan's root that is a list: its items are not built (a hostile file
 * of four million items cost 2.8 s and 700 MB before the parser refused
 * it); the root is the list, empty, at its '[' or first '-', which the
 * parser refuses (KH100) like the whole list. */
static void cut_root_list(Loader *ld, const yaml_event_t *event)
{
    YNode *node = new_node(ld, YNODE_SEQ, &event->start_mark, &event->end_mark);
    if (!node)
        return;
    node->items = arena_alloc(ld->nodes, sizeof *node->items);
    ld->root = node;
    ld->cut = 1;
}

/* An event inside the cut root list: the file is still read to its end
 * for what makes it unreadable (syntax, nesting, anchors, aliases, tags,
 * a second document, NUL escapes), so those errors are reported as
 * before; nothing is built. Returns 1 if the event was handled here. */
static int skip_in_cut_list(Loader *ld, const yaml_event_t *event)
{
    switch (event->type) {
    case YAML_SEQUENCE_START_EVENT:
    case YAML_MAPPING_START_EVENT:
        if (event->type == YAML_SEQUENCE_START_EVENT)
            check_properties(ld, event->data.sequence_start.anchor,
                             event->data.sequence_start.tag, &event->start_mark);
        else
            check_properties(ld, event->data.mapping_start.anchor,
                             event->data.mapping_start.tag, &event->start_mark);
        /* the root list is one level: as open_collection counts */
        if (1 + ld->cut_depth >= ld->limits.max_depth) {
            load_error(ld, mark_pos(ld, event->start_mark), 1, KH006,
                       "lists and mappings are nested more than %d levels deep: unindent them, or "
                       "split the plan",
                       ld->limits.max_depth);
            ld->stop = 1;
            return 1;
        }
        ld->cut_depth++;
        return 1;
    case YAML_SEQUENCE_END_EVENT:
    case YAML_MAPPING_END_EVENT:
        if (ld->cut_depth > 0)
            ld->cut_depth--;
        return 1;
    case YAML_SCALAR_EVENT:
        check_properties(ld, event->data.scalar.anchor, event->data.scalar.tag,
                         &event->start_mark);
        if (memchr(event->data.scalar.value, '\0', event->data.scalar.length))
            load_error(ld, mark_pos(ld, event->start_mark),
                       mark_span(event->start_mark, event->end_mark), KH004,
                       "this string contains a NUL character (from an escape such as \\0), which "
                       "is not allowed: delete the escape");
        return 1;
    default:
        return 0; /* aliases, documents: as anywhere */
    }
}

static void handle_event(Loader *ld, const yaml_event_t *event)
{
    if (ld->cut && skip_in_cut_list(ld, event))
        return;
    switch (event->type) {
    case YAML_DOCUMENT_START_EVENT:
        ld->documents++;
        if (ld->documents > 1) {
            const char *at = ld->text + mark_byte(ld, event->start_mark);
            int span = strncmp(at, "---", 3) == 0 ? 3 : 1;
            if (ld->limits.what) /* a registry, a preset, wording.yaml (s23low 13) */
                load_error(ld, mark_pos(ld, event->start_mark), span, KH009,
                           "a second YAML document starts here; %s holds one document: "
                           "delete the '---' line, or move what follows it to a file of its own",
                           _(ld->limits.what));
            else
                load_error(ld, mark_pos(ld, event->start_mark), span, KH009,
                           "a second YAML document starts here; a plan file holds one document: "
                           "delete the '---' line, or put the second plan in a file of its own");
            ld->stop = 1;
        }
        break;
    case YAML_ALIAS_EVENT: {
        char shown[80];
        const char *name = (const char *)event->data.alias.anchor;
        load_excerpt(shown, sizeof shown, name, strlen(name));
        load_error(ld, mark_pos(ld, event->start_mark),
                   mark_span(event->start_mark, event->end_mark), KH007,
                   "aliases ('*%s') are not part of the plan language; write the value out "
                   "where it is used", shown);
        ld->stop = 1;
        break;
    }
    case YAML_SCALAR_EVENT:
        check_properties(ld, event->data.scalar.anchor, event->data.scalar.tag,
                         &event->start_mark);
        add_scalar(ld, event);
        break;
    case YAML_SEQUENCE_START_EVENT:
        check_properties(ld, event->data.sequence_start.anchor,
                         event->data.sequence_start.tag, &event->start_mark);
        if (ld->limits.root_map_only && ld->n_frames == 0 && !ld->root) {
            cut_root_list(ld, event);
            break;
        }
        open_collection(ld, YNODE_SEQ, event);
        break;
    case YAML_MAPPING_START_EVENT:
        check_properties(ld, event->data.mapping_start.anchor,
                         event->data.mapping_start.tag, &event->start_mark);
        open_collection(ld, YNODE_MAP, event);
        break;
    case YAML_SEQUENCE_END_EVENT:
    case YAML_MAPPING_END_EVENT:
        close_collection(ld, event);
        break;
    default:
        break;
    }
}

static YNode *empty_mapping(Loader *ld, SrcPos pos)
{
    YNode *node = alloc_node(ld);
    *node = (YNode){.pos = pos, .end = {pos.line, pos.col}, .kind = YNODE_MAP};
    node->keys = arena_alloc(ld->nodes, 2 * sizeof *node->keys);
    node->values = node->keys + 1;
    return node;
}

/* The source of a file named name, in the arena: its name is the pos.file
 * of every node loaded from it (load_impl.h). */
/* Loads text (not yet in the arena) as the file of source (in the arena,
 * its text not yet set); the nodes go to `nodes`. owned, if not NULL, is
 * text itself, malloc'd and NUL-terminated, which the loader takes: kept
 * by the arena when it needs no change, else copied and freed. */
static YNode *load_text(Arena *arena, Arena *nodes, DiagSink *diags, LoadSource *source,
                        const char *text, size_t len, char *owned, const LoadLimits *limits)
{
    const char *file = source->name;
    Loader ld;
    memset(&ld, 0, sizeof ld);
    ld.arena = arena;
    ld.nodes = nodes ? nodes : arena;
    ld.diags = diags;
    ld.file = file;
    ld.limits = limits ? *limits : load_default_limits();

    if (len > ld.limits.max_bytes) {
        load_error(&ld, make_pos(&ld, 0, 0), 0, KH002,
                   "'%s' is %zu bytes, more than the limit of %zu bytes: check that it is the "
                   "right file, or split it", file, len,
                   ld.limits.max_bytes);
        free(owned);
        return NULL;
    }
    if (load_refuse_document(diags, file, text, len)) {
        free(owned);
        return NULL;
    }
    if (owned && !(len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0) &&
        !memchr(text, '\r', len)) {
        arena_adopt(arena, owned); /* no BOM, no CR: the text as read */
        ld.text = owned;
        ld.len = len;
    } else {
        ld.text = load_copy_source(arena, text, len, &ld.len);
        free(owned);
    }
    diag_add_source(diags, file, ld.text, ld.len);
    ld.hash_words = load_hash_words(ld.text, ld.len); /* KH023 looks only then */
    if (!check_text(&ld))
        return NULL;
    load_warn_chars(ld.diags, ld.file, ld.text, ld.len);
    if (load_conflict_markers(diags, file, ld.text, ld.len) || /* git's "<<<<<<<" (KH038) */
        load_saved_as_csv(diags, file, ld.text, ld.len))        /* Excel's CSV (KH039) */
        return NULL;
    ld.source = source;
    source->text = ld.text;
    source->len = ld.len;
    load_repeated_runs(diags, source); /* a block pasted twice, anywhere (KH128) */

    yaml_parser_t parser;
    if (!yaml_parser_initialize(&parser)) {
        load_error(&ld, make_pos(&ld, 0, 0), 0, KH005, "cannot start the YAML parser: run khgen "
                   "again (the system is out of memory)");
        return NULL;
    }
    yaml_parser_set_input_string(&parser, (const unsigned char *)ld.text, ld.len);
    yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING);

    int done = 0;
    while (!done && !ld.stop) {
        yaml_event_t event;
        if (!yaml_parser_parse(&parser, &event)) {
            report_parser_error(&ld, &parser);
            break;
        }
        handle_event(&ld, &event);
        done = event.type == YAML_STREAM_END_EVENT;
        yaml_event_delete(&event);
    }
    if (ld.errors >= LOADER_MAX_ERRORS)
        diag_note(diags, make_pos(&ld, 0, 0), "stopped loading after %d errors", ld.errors);
    yaml_parser_delete(&parser);
    free(ld.frames);
    free(ld.children);
    free(ld.line_starts);
    buf_free(&ld.nfc);
    load_key_free(&ld.keys);

    /* A duplicate key leaves a whole tree (lookups see the first value), so
     * the plan is still parsed and checked and every problem reported in one
     * run; any other error means the tree is unusable. */
    if (ld.errors > ld.recoverable || ld.stop) /* stop: the tree is cut short */
        return NULL;
    YNode *root = ld.root;
    if (!root)
        return empty_mapping(&ld, make_pos(&ld, 1, 1));
    if (root->kind == YNODE_SCALAR && root->style == YSTYLE_PLAIN && root->len == 0)
        return empty_mapping(&ld, root->pos);
    return root;
}

/* ---- public entry points ---------------------------------------------- */

/* Loads path. The file name and text are copied into the arena (and the
 * text registered with diags), so the tree and the diagnostics stay valid
 * until the arena is freed. A file over limits->max_bytes (NULL limits: the
 * defaults) is refused from its size, unread (KH002). */
YNode *load_file_split(Arena *arena, Arena *nodes, DiagSink *diags, const char *path,
                       const LoadLimits *limits)
{
    LoadLimits lim = limits ? *limits : load_default_limits();
    LoadSource *source = load_new_source(arena, path);
    SrcPos whole = {source->name, 0, 0};

    struct stat st;
    if (stat(path, &st) == 0 && S_ISREG(st.st_mode) && (uintmax_t)st.st_size > lim.max_bytes) {
        diag_error(diags, whole, 0, KH002, "'%s' is %jd bytes, more than the limit of %zu bytes: "
                   "check that it is the right file, or split it",
                   path, (intmax_t)st.st_size, lim.max_bytes);
        return NULL;
    }
    size_t len = 0;
    errno = 0;
    char *data = read_file(path, lim.max_bytes, &len);
    if (!data) {
        if (errno == EFBIG)
            diag_error(diags, whole, 0, KH002, "'%s' is more than the limit of %zu bytes: check "
                       "that it is the right file, or split it", path,
                       lim.max_bytes);
        else
            diag_error(diags, whole, 0, KH001, "cannot read '%s': %s: check the path and that the "
                       "file is readable", path,
                       i18n_strerror(errno ? errno : EIO));
        return NULL;
    }
    return load_text(arena, nodes, diags, source, data, len, data, &lim);
}

/* load_file_split() with the nodes in the same arena as the texts. */
YNode *load_file(Arena *arena, DiagSink *diags, const char *path, const LoadLimits *limits)
{
    return load_file_split(arena, arena, diags, path, limits);
}

/* Loads text already in memory under the name `name` (copied, like the
 * text, into the arena; the text is registered with diags). */
YNode *load_string(Arena *arena, DiagSink *diags, const char *name,
                   const char *text, size_t len, const LoadLimits *limits)
{
    LoadSource *source = load_new_source(arena, name ? name : "<string>");
    return load_text(arena, arena, diags, source, text ? text : "", text ? len : 0, NULL, limits);
}
