/* load.h - stage 1: YAML text to a tree of nodes with positions.
 *
 * The loader runs libyaml's event parser and builds a small tree of YNode
 * (scalar, sequence, mapping) in the compilation's arena, every node carrying
 * the file:line:col where it starts and where it ends. It is the only stage
 * that sees libyaml. It is also the gate against hostile input: files over
 * a size limit, invalid UTF-8 or control bytes, nesting deeper than a limit,
 * anchors and aliases (not part of the plan language; they are refused, which
 * also rules out alias bombs and self-containing nodes), more than one
 * document, and duplicate keys in a mapping are all reported as diagnostics
 * with the position of the offending byte, never a crash or a hang.
 */
#ifndef KHGEN_LOAD_H
#define KHGEN_LOAD_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include "diag.h"
#include "util.h"

typedef enum { YNODE_SCALAR, YNODE_SEQ, YNODE_MAP } YNodeKind;

typedef enum {
    YSTYLE_PLAIN,         /* unquoted: may be a number, a date, a bool */
    YSTYLE_QUOTED,        /* '...' or "...": always a string */
    YSTYLE_BLOCK          /* | or >: always a string */
} YScalarStyle;

/* Where a node ends: line and column in the file of its start (pos.file). */
typedef struct YLineCol {
    int line;
    int col;
} YLineCol;

/* A national plan makes over a million of these, so a node is packed: 56
 * bytes. A scalar's text and a collection's child array share one field
 * (read only the members of the node's kind); the position of a node's end
 * is in the file of its start (ynode_end() makes a SrcPos of it); what
 * ynode_pos_at() needs to point inside a scalar is found from pos.file
 * (load_impl.h), not kept in each node. */
typedef struct YNode YNode;
struct YNode {
    SrcPos pos;              /* first character of the node */
    YLineCol end;            /* just after the node's last character */
    union {
        /* YNODE_SCALAR: text is NUL-terminated UTF-8 (NFC-normalised), len bytes */
        const char *text;
        /* YNODE_SEQ: items[0..count) */
        YNode **items;
        /* YNODE_MAP: keys[i] -> values[i], i < count; each key is a scalar */
        YNode **keys;
    };
    YNode **values;          /* YNODE_MAP; NULL otherwise */
    size_t len;              /* YNODE_SCALAR: the text's bytes; YNODE_MAP: the
                                keys yread_null_values reported and removed,
                                kept after the others, keys[count..count+len)
                                (for yread_misspelt); 0 otherwise */
    uint32_t count;          /* YNODE_SEQ, YNODE_MAP; 0 for a scalar (the
                                file-size limit keeps it far below 2^32) */
    unsigned char kind;      /* YNodeKind */
    unsigned char style;     /* YScalarStyle, for YNODE_SCALAR */
    uint16_t key_bits;       /* YNODE_MAP: the ynode_key_bit() of each of
                                its keys, or 0 (not kept: every key is
                                compared); what changes the keys keeps it;
                                YNODE_SCALAR: YNODE_TABS_SPACED,
                                YNODE_JOINED, YNODE_SWALLOWED or 0 */
};

/* A scalar's key_bits: its tabs were read as spaces, as every text prints
 * them (KH026), and the text as written follows text's NUL. */
#define YNODE_TABS_SPACED 1u

/* A scalar's key_bits: a plain value YAML joined with a list item's line
 * under it ("due: ongoing" over "- >-", its 'text:' line deleted), KH021
 * said at that line (load_joined_item); its reader takes the value's words
 * before the join for what was written, and tells only what is wrong in
 * them, not the join again (s45slip). */
#define YNODE_JOINED 2u

/* A scalar's key_bits: a block text into which a key line of its mapping
 * was indented ("recipients:" two spaces too far under "closing: >-"),
 * KH019 said so (yread.c); the text from that line is not its own
 * (yread_swallowed_cut), and the key is not missing (s47slips). */
#define YNODE_SWALLOWED 4u

/* For a YNODE_JOINED value whose reader tells the join itself, in its own
 * words (a deadline that cannot be one so): withdraws the loader's KH021 at
 * the joined line and returns that line, or 0 when there is none. */
int load_joined_withdraw(DiagSink *diags, const YNode *node);

/* Where a YNODE_JOINED value's own words end: the " - " (its first) that
 * the line joined to it begins with ("ongoing - >- Phối hợp ...", "TM. ỦY
 * BAN NHÂN DÂN - KT. CHỦ TỊCH"), for its reader to read the words before
 * it as written; NULL for any other value. */
const char *load_joined_at(const YNode *node);

/* A scalar read as a file's path (include:, import:): its text as
 * written, tabs kept (a file name may hold one; "tab\tx.yaml" was looked up
 * as "tab x.yaml", s38attack), where node->text has them as spaces. */
static inline const char *ynode_path_text(const YNode *node)
{
    return node->kind == YNODE_SCALAR && (node->key_bits & YNODE_TABS_SPACED)
               ? node->text + node->len + 1 : node->text;
}

/* A key text's bit in a mapping's key_bits: the lookups of a reader are
 * mostly of keys a mapping does not have, and the bit answers most of them
 * without a comparison. For a literal key the compiler works it out. */
static inline unsigned ynode_key_bit(const char *s, size_t len)
{
    if (len == 0)
        return 1;
    unsigned h = (unsigned)len * 0x9Eu + (unsigned char)s[0] * 0x3Bu +
                 (unsigned char)s[len - 1] * 0x65u + (unsigned char)s[len / 2] * 0x17u;
    return 1u << ((h ^ (h >> 4)) & 15);
}

/* The end of node as a position (file, line, column). */
static inline SrcPos ynode_end(const YNode *node)
{
    SrcPos end = {node->pos.file, node->end.line, node->end.col};
    return end;
}

/* The longest value (KH016): a text's inline Markdown is parsed into a tree
 * of up to ~200 bytes per byte (dense emphasis) by the back ends, so one
 * value of tens of MiB would cost gigabytes. import writes no longer one
 * (KH752: a plan its own check refused, s48attack). */
enum { LOADER_MAX_VALUE_BYTES = 4 << 20 };

typedef struct LoadLimits {
    size_t max_bytes;        /* default 32 MiB */
    int max_depth;           /* default 64 nested collections */
    size_t max_nodes;        /* 0 (the default): no cap. With aliases refused
                                every node costs at least two bytes of the
                                file, so max_bytes already bounds the count;
                                a cap would only refuse honest large plans.
                                An embedder may set one (KH010). */
    int root_map_only;       /* 0 (the default); 1: the file must be a mapping
                                (a plan), so a root list is returned empty as
                                soon as it opens, for the caller to refuse
                                (KH100) without reading millions of items */
    const char *what;        /* NULL (the default): a plan; else the kind of
                                file, an N_() noun ("a registry"), named by
                                KH009 (a second document) */
} LoadLimits;

/* The defaults above. */
LoadLimits load_default_limits(void);
/* The defaults, for a file of the kind what (LoadLimits.what). */
LoadLimits load_limits_of(const char *what);

/* Loads the YAML file at path. Returns the root node (an empty mapping for an
 * empty file), or NULL after reporting an error that leaves no usable tree.
 * Duplicate keys are reported but the tree is returned (lookups see the
 * first value), so that later stages report their problems too. The file
 * text is kept in the arena and registered with diag_add_source(), so the
 * returned tree and diagnostics stay valid until the arena is freed.
 * I/O failures are reported as KH001 with the OS message. */
YNode *load_file(Arena *arena, DiagSink *diags, const char *path, const LoadLimits *limits);

/* Same, with the tree's nodes and their child arrays made in `nodes`
 * (NULL: in arena), while the file name, the file text, every scalar's
 * text and the memos of ynode_pos_at() stay in `arena`. The caller may
 * free `nodes` as soon as no stage reads the tree (main.c: after check),
 * which on a national plan hands back most of the loader's memory before
 * the back ends run; the texts the plan structures point at live on in
 * `arena`. */
YNode *load_file_split(Arena *arena, Arena *nodes, DiagSink *diags, const char *path,
                       const LoadLimits *limits);

/* Same as load_file, for text already in memory; name is used in positions. The text is
 * copied into the arena. */
YNode *load_string(Arena *arena, DiagSink *diags, const char *name,
                   const char *text, size_t len, const LoadLimits *limits);

/* ynode_get() for a key of key_len bytes, map a mapping: the keys
 * compared one by one (loadpos.c). */
YNode *ynode_get_n(const YNode *map, const char *key, size_t key_len);

/* Looks up key in a mapping node; NULL if map is NULL, not a mapping, or has
 * no such key. */
static inline YNode *ynode_get(const YNode *map, const char *key)
{
    if (!map || map->kind != YNODE_MAP || !key)
        return NULL;
    size_t key_len = strlen(key);
    if (map->key_bits && !(map->key_bits & ynode_key_bit(key, key_len)))
        return NULL;
    return ynode_get_n(map, key, key_len);
}

/* Human name of a node kind for messages: "a string", "a list", "a mapping". */
const char *ynode_kind_name(const YNode *node);

/* Position of the byte at offset inside a scalar's text, as exactly as the
 * source allows (plain and quoted one-line scalars and block scalars are
 * exact; escapes and folded lines fall back to the node's start). */
SrcPos ynode_pos_at(const YNode *scalar, size_t offset);

/* 1 if scalar is a folded block scalar ('>', '>-', ...), whose line breaks
 * YAML keeps only around a line indented further than the others (or a
 * blank line); 0 for any other node. The node must come from
 * load_file/load_string. */
int ynode_folded(const YNode *scalar);

/* (loadpos.c) 1 if the plain scalar is a value inside a flow collection
 * ({...} or [...]): what follows it is ',', '}' or ']', where a comma in
 * it would have ended it. The node must come from load_file/load_string. */
int ynode_in_flow(const YNode *scalar);

/* (loadpos.c) 1 if node is a sequence or a mapping written in flow form,
 * [...] or {...} (its items are then in flow); 0 for a block one and for a
 * scalar. One look at the source, from the start of the node's line: ask
 * it once per collection, not once per item (a flow list of 20,000 items
 * on one line asked per item cost 2 s, s25attack). The node must come
 * from load_file/load_string. */
int ynode_flow_collection(const YNode *node);

/* (loadpos.c) Silences warning code (diag_suppress) inside node, a
 * mapping with a `suppress:` key, in file (node NULL: all of file, the
 * plan's own `suppress:`): the lines of a block mapping;
 * of a mapping written in flow, `{...}`, the characters from its '{' to
 * its '}', since its siblings may stand on the same lines
 * (`[{id: a, suppress: [KH253]}, {id: b}]` silences a, not b). One look
 * at the node, whatever the length of its line. */
void ynode_suppress(DiagSink *diags, const char *code, const char *file, const YNode *node);

/* The length of YAML's empty value that text begins with, followed by a
 * blank and more text ("~ x": 1, "null x", "Null x", "NULL x": 4), or 0:
 * a plain value that is text, not empty (KH018). */
static inline size_t ynode_null_word(const char *text)
{
    size_t n = text[0] == '~' ? 1
               : (text[0] | 0x20) == 'n' && /* most values: no call */
                         (strncmp(text, "null", 4) == 0 || strncmp(text, "Null", 4) == 0 ||
                          strncmp(text, "NULL", 4) == 0) ? 4 : 0;
    return n && (text[n] == ' ' || text[n] == '\t') && text[n + 1 + strspn(text + n + 1, " \t")]
               ? n : 0;
}

/* (loadpos.c) For a plain scalar written over several lines, which YAML
 * joins into one value, the position of the first character of the next
 * line that holds some of it; the scalar's own position otherwise. */
SrcPos ynode_continuation_pos(const YNode *scalar);

/* Whether the file a loaded position is in (a node's pos) ends in the
 * middle of a line, without a line break after its last: a copy cut short,
 * or an editor that writes none. *last receives the end of that line. 0 for
 * a file that ends with a line break, is empty, or was not loaded. */
int load_file_ends_open(SrcPos in_file, SrcPos *last);

/* 1 if the file of in_file ends open (load_file_ends_open) in a comment,
 * after the last value the loader read: a copy cut short after the plan's
 * last value (the attachments and what a comment introduces are lost), or
 * a file whose last line is a comment without a line break. */
int load_file_ends_in_comment(SrcPos in_file);

/* 1 if the file of in_file (a loaded position) holds comments and blank
 * lines only: its lines were all commented out, or the plan was never
 * written under its header comment; 0 for an empty file or one with any
 * other line. */
int load_file_only_comments(SrcPos in_file);

/* (load_office.c) 1 if pos (in a file the loader read) lies in the second
 * copy of a run of lines pasted twice (KH128) for which a stage has
 * already reported one error: a duplicate key or id the copy makes is
 * then not reported again (s38slip: a units block pasted twice gave a
 * KH200 at each of its five ids). The first call for a copy returns 0 and
 * marks it; 0 for a place in no copy. */
int load_pasted_again(SrcPos pos);

/* (load_office.c) Called after the one error a copy of a run of lines
 * pasted twice makes (a duplicate key or id at pos, load_pasted_again 0;
 * a recipient named twice, KH168; a heading with nothing under it over
 * its copy, KH116, at the copy's line):
 * its KH128 is withdrawn and said as a note on that error instead, the
 * slip's one message (s43msg: KH128 and KH008 or KH200 for one line
 * pasted twice). Nothing for a place in no copy. */
void load_pasted_said(DiagSink *diags, SrcPos pos);

/* (load_dup.c) 1 if the file node was loaded from has a key written twice
 * whose second value the loader dropped (KH008 said so; two lists are
 * joined, an empty first value gives way, neither counts): what only that
 * value held (its entries' uses) is missing, so "never used" would echo
 * KH008. 0 for a node made elsewhere. */
int load_values_dropped(const YNode *node);

/* (load_flow.c) Called by the loader on each flow mapping it closes. Finds
 * entries of map that are the tail of a number cut at its comma ({dan_so:
 * 16,9} read as dan_so: 16 and a key "9" with no value), reports each once
 * (KH015) and joins it back into the value before it, in place: the value's
 * text comes from arena, the bogus pair is removed from map. Does nothing
 * to a map without such an entry or to a non-mapping. */
void load_flow_join_cut_numbers(Arena *arena, DiagSink *diags, YNode *map);

/* (load_flow.c) Called by the loader on each list (seq) it closes, flow 1
 * for one written in brackets: KH128 at items pasted twice
 * (load_repeated_items), KH035 at a ',' right before the ']'. Reports
 * only; the list is not changed. */
void load_list_closed(DiagSink *diags, const YNode *seq, int flow);

/* The offset of the first character of text[0..len) a plan may not hold
 * (invalid UTF-8, a control character, a line or paragraph separator, a
 * noncharacter, a BOM after the start), with its length in *n (0: not
 * UTF-8) and its code point in *cp; len when there is none. Runs of ASCII
 * are passed sixteen bytes at a time with SSE2, eight without (both forms
 * are tested: tests/unit/test_load_scan.c). khgen init refuses a name
 * holding one. */
size_t load_refused_char(const char *text, size_t len, int *n, unsigned *cp);

/* load_refused_char, and *nfc 1 if every code point of text[0..len) is one
 * NFC neither changes nor joins to another (vi_nfc_starter), else 0: a
 * value made of the file's characters (no escape) is then NFC as read. */
size_t load_refused_char_nfc(const char *text, size_t len, int *n, unsigned *cp, int *nfc);

/* The characters the loader refuses in a plan file (load_refused_char:
 * NUL and the other C0 controls but tab and line breaks, DEL and the C1
 * controls, U+FFFE and U+FFFF, a byte order mark after the start), dropped
 * from text[0..len), and U+2028 and U+2029 made a space, into out, each
 * with a warning (KH017) at its line and column in file, whose text
 * diags is given (borrowed: keep text until diags is flushed). CR is kept
 * (the loader reads CR LF as a line end); a leading byte order mark is
 * dropped without a warning, as the loader skips it.
 * For a text khgen writes for the loader to read (khgen convert), so that
 * it loads. Returns how many characters were dropped or replaced. */
size_t load_drop_refused(DiagSink *diags, const char *file, const char *text, size_t len,
                         Buf *out);

/* (load_nbsp.c) KH005 at node, a plain value of one line given where a
 * list is due, when it begins with Word's dash or bullet for a list item's
 * '-' and a blank ("issuer:" over "– ỦY BAN NHÂN DÂN"): the loader names
 * such a dash only in a value of several lines that is a list typed as
 * lines, as a text may begin with a dash. Returns 1 if so. */
int load_dash_for_item(DiagSink *diags, const YNode *node);

#endif
