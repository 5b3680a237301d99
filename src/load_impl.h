/* load_impl.h - what load.c and loadpos.c share: the loaded file each node
 * finds its source text in, and the memo of the last position asked inside
 * a long scalar; the loader's state (Loader, load.c's, here so that a
 * section of load.c can move to a file of its own); and the loader's
 * helpers in files of their own (the key
 * table: load_keys.c). Not for other stages: they see YNode (load.h) and ask
 * ynode_pos_at().
 */
#ifndef KHGEN_LOAD_IMPL_H
#define KHGEN_LOAD_IMPL_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <yaml.h>

#include "load.h"

/* Where the last ynode_pos_at() query on a long scalar ended, so that the
 * next query at the same offset or after goes on from there: the positions
 * of a scalar's many diagnostics (20,000 unclosed '{' in one paragraph)
 * then cost its length once, not once each. */
typedef struct PosMemo {
    int verbatim;            /* one-line scalars: -1 unknown, 0/1 known */
    int kind;                /* which walk the fields below belong to (MEMO_*) */
    size_t offset;           /* the offset the fields below stand at */
    int valid;
    int chars;               /* one-line: characters in text[0..offset) */
    /* folded and multi-line plain: the walk's state at offset */
    const char *v, *s;
    int line, col;
    /* literal: value line k starts at line_start, its source line at p,
     * checked (1) or not yet (0); chars counted from line_start to offset */
    size_t k, line_start;
    const char *p;
    int line_checked;
    size_t indent;
    int line_chars;
    const char *source;      /* the scalar's first byte in its file's text */
    int escaped;             /* one-line quoted: -1 unknown, 0/1 holds an escape */
    size_t fail_at;          /* a walk gave up at this offset (SIZE_MAX: none):
                              * a query at or past it is at the node's start at once */
    size_t line_fail_at, line_fail_end; /* literal: so, but only for a query in
                              * [line_fail_at, line_fail_end), the rest of the
                              * value line that did not match (none: equal) */
} PosMemo;

/* One loaded file, found from any of its nodes: the file name every SrcPos
 * of the file points at is the `name` at the end of this structure, so
 * load_source_of(node) steps back from node->pos.file to it, and a node
 * needs no pointer of its own to its source (a national plan has a million
 * nodes). It lives in the long-lived arena the loader was given, as the
 * file name always has. The text is the one the loader parsed (its lines
 * are libyaml's: '\n' only, CRs removed, NEL, LS and PS refused); where a
 * scalar starts in it is found from the scalar's line and column only when
 * a position inside it is asked for (a diagnostic), so loading does not
 * count characters for every scalar. The line starts and the memos of long
 * scalars are made on first need, in `arena`. Every node the loader makes
 * has its pos.file here; a node made elsewhere (include.c) copies the
 * position of a loaded one. */
typedef struct MemoSlot {
    const YNode *node;       /* NULL: an empty slot */
    PosMemo *memo;
} MemoSlot;

enum { LOAD_PASTED_MAX = 16 };

typedef struct LoadSource {
    const char *text;        /* NULL until the text is read */
    size_t len;
    Arena *arena;            /* line_starts, memos */
    size_t *line_starts;     /* the lines found so far (loadpos.c) */
    size_t n_lines, cap_lines;
    MemoSlot *memos;         /* open addressing by node address */
    size_t memo_slots, n_memos;
    /* the last scalar start found (loaded_source): its line, column and
     * byte, where a query further along the same line goes on from */
    size_t walk_line, walk_byte;
    int walk_col;
    size_t value_end;        /* the byte after the last value read (load_office.c) */
    /* the second copies of the runs of lines pasted twice, reported
     * (KH128, load_repeated_runs): lines pasted[i][0]..pasted[i][1] */
    int pasted[LOAD_PASTED_MAX][2];
    unsigned char pasted_said[LOAD_PASTED_MAX]; /* an error in it was reported */
    int n_pasted;
    int dropped;             /* values a duplicate key dropped (load_dup.c) */
    char name[];             /* the file name, NUL-terminated */
} LoadSource;

/* (loadpos.c) A new LoadSource named name (copied), its text not yet set,
 * in arena, which owns it. */
LoadSource *load_new_source(Arena *arena, const char *name);

/* The source of a node the loader made (see above). */
static inline LoadSource *load_source_of(const YNode *node)
{
    return (LoadSource *)(void *)(node->pos.file - offsetof(LoadSource, name));
}

/* The first byte of the scalar in its file's text (from its line and
 * column, libyaml's, in characters), and the end of that text. Defined in
 * loadpos.c. */
const char *loaded_source(const YNode *scalar);
const char *loaded_source_end(const YNode *scalar);

/* (load_keys.c) The distinct key texts of a file, each made once and
 * shared: malloc'd tables (open addressing) of texts the arena holds, and
 * a memo of the last key found for each of KEY_MEMO entries. All zero
 * before the first use. */
enum { KEY_MEMO = 64 };
typedef struct KeyTable {
    const char **texts;
    size_t *lens;
    size_t slots, n;
    const char *memo_texts[KEY_MEMO];
    size_t memo_lens[KEY_MEMO];
} KeyTable;

/* text_hash of s[0..len) (seeded, mixed): the table's hash, and the
 * loader's for a mapping's duplicate keys. Unseeded and unmixed, keys
 * chosen for one slot made the check of a mapping's duplicates quadratic:
 * 32,768 such data keys of a locality took 3.7 s, other keys 0.02
 * (s27review H4). */
uint64_t load_hash_key(const char *s, size_t len);

/* load_key_kept without the memo: the table's answer, memoised. */
const char *load_key_find(KeyTable *t, const char *value, size_t length);

/* The memo entry of a key text (len > 0 bytes): from its length and its
 * first and last byte, which tell apart the few dozen keys of a plan. */
static inline size_t load_key_memo(const char *s, size_t len)
{
    unsigned h = (unsigned)len * 0x9Eu + (unsigned char)s[0] * 0x3Bu +
                 (unsigned char)s[len - 1] * 0x65u;
    return (h ^ (h >> 6)) & (KEY_MEMO - 1);
}

/* The kept text equal to value[0..length), or NULL (not kept, or too long
 * to be). Inline for the memo's answer, which most keys get. */
static inline const char *load_key_kept(KeyTable *t, const char *value, size_t length)
{
    size_t m = length ? load_key_memo(value, length) : 0;
    if (length && t->memo_texts[m] && t->memo_lens[m] == length &&
        memcmp(t->memo_texts[m], value, length) == 0)
        return t->memo_texts[m];
    return load_key_find(t, value, length);
}

/* Keeps text (len bytes, in the arena: NFC and free of what
 * load_drop_forbidden drops) as a key text to share; a text too long, or
 * past the first 4,096 distinct ones, is not kept. */
void load_key_keep(KeyTable *t, const char *text, size_t len);

/* Frees the tables (not the texts, the arena's); t is zero again. */
void load_key_free(KeyTable *t);

/* Where load_joined_item warned of a line "- key:" joined to the value
 * above it, or of a list item indented into the item above it (KH021):
 * that line (pos.line 0: none), the span warned, the value's own line and
 * its end, and which of the two. YAML stops at such a line's ':' when the
 * value is a mapping's ("mapping values are not allowed"), or at a ': ' in
 * a line joined after it (a text of a list of texts, read as more of the
 * value): the parser's error there says the KH021's cause itself, once
 * (load.c). */
typedef struct LoadJoined {
    SrcPos at;
    int span;
    int above;
    YLineCol end;
    int in_list;
} LoadJoined;

/* (load_joined.c) A plain value written over several lines (parent: the
 * collection it is in, or NULL) that YAML joined with a line meant as a
 * list item ("- >-", "- text:", or in a list "- " at all): warns (KH021)
 * at the first such line and returns 1, else 0; *key set when that line
 * is "- key:" or a list's item (KH021 tagged load_joined_tag, the node
 * YNODE_JOINED), left as it was otherwise.
 * The node's file text must be known. */
int load_joined_item(DiagSink *diags, const YNode *node, const YNode *parent, LoadJoined *key);

/* The size of a tag of load_joined_tag() and load_quote_tag(): a file is
 * named by its name's address, so every tag fits whatever the name's
 * length (a path of 511 bytes or more once made two files' tags one). */
#define LOAD_TAG_SIZE 64

/* (load_joined.c) The tag (diag_tag_last) of the KH021 at a "- key:"
 * line joined to a value, at line; the parser's error at that line
 * withdraws it (diag_withdraw_tagged) and says the cause itself. */
void load_joined_tag(char *tag, size_t size, SrcPos at);

/* (load_joined.c) When the parser stopped (at mark; problem: libyaml's
 * words, translated) at the line joined (a KH021 of load_joined_item), or
 * just after the value that line was joined to: the join is the cause (a
 * key line lost above it, a list item indented too far). Reports one error
 * (KH005) at the joined line saying so, libyaml's words as a note, the
 * KH021 withdrawn, and returns 1; else 0, nothing reported. */
int load_joined_caused(DiagSink *diags, const LoadJoined *joined, SrcPos mark, const char *problem);

/* (load_nbsp.c) The length of a character at s (text ending at end) that
 * a word processor types for a list item's '-' (an en dash, a bullet, a
 * middle dot, ...), followed by a blank or the end, or 0. */
int load_dash_like(const char *s, const char *end);

/* (load_joined.c) A plain or block value written over several lines, or
 * a plain one beginning with "-" and a block indicator, that holds a line
 * of a block indicator alone (">-", "|", "->-": a list item's "- >-" with
 * its dash or its space lost): warns at the first (KH021, a block text
 * KH019). The node's file text must be known. */
void load_indicator_lines(DiagSink *diags, const YNode *node);

/* (load_joined.c) A plain value at s (in text, ending at end) on a line of
 * its own that begins with a '-' glued to a letter ("-ỦY BAN NHÂN DÂN": a
 * list item's "- " with its space lost): warns (KH028) and returns 1. */
int load_dash_glued(DiagSink *diags, const YNode *node, const char *text, const char *s,
                    const char *end);

/* The byte span [from, to) of a quoted or block scalar of the text: its
 * no-break spaces are text, whatever the line looks like. load.c keeps
 * the last LOAD_TEXT_SPANS scalars so written for load_nbsp_in_syntax. */
enum { LOAD_TEXT_SPANS = 8 };
typedef struct LoadSpan {
    size_t from, to;
} LoadSpan;

/* (load_nbsp.c) The first no-break space (U+00A0) where YAML's syntax
 * needs a plain space - in the indentation before a key or a list item,
 * after a list item's '-', after a line's first key's ':' - or look-alike
 * of a list item's '-' or a key's ':' ("– kind:", "name： X") on the lines
 * of text (ending at end) from the one holding `from` to the one holding
 * `to`, and not inside one of the n_spans spans (a quoted or block
 * scalar's text: "title: \"Kế hoạch" over "\u00a0 date: X\"" is no
 * indentation), or NULL; *role receives what the character was for (N_()
 * text). */
const char *load_nbsp_in_syntax(const char *text, const char *from, const char *to,
                                const char *end, const LoadSpan *spans, size_t n_spans,
                                const char **role);

/* (load_nbsp.c) For libyaml's error whose context (from) stands lines
 * above its mark (to): load_nbsp_in_syntax on the context's line, else
 * the first such character in the indentation of a line between, however
 * many ("\u00a0   items:" under a section is a key of the plan, noticed
 * only at the next section; s45attack N1); linear, a line whose blanks
 * hold none costs its bytes alone. */
const char *load_nbsp_far(const char *text, const char *from, const char *to, const char *end,
                          const LoadSpan *spans, size_t n_spans, const char **role);

/* The same no-break space at the start of a plain value s (its first
 * bytes in text, ending at end; the value ends at vend) that begins its
 * line ("-\u00a0UBND tỉnh", "\u00a0 place: X", read as texts), or NULL;
 * at once for a value that begins otherwise. A dash for a list item's '-'
 * only when another line of the value begins with a dash too (a list). */
const char *load_nbsp_at_value(const char *text, const char *s, const char *end,
                               const char *vend, const char **role);

/* KH005 at pos (the no-break space or look-alike of '-' or ':' at `at`
 * that load_nbsp_in_syntax or load_nbsp_at_value found) naming it and
 * role. */
void load_nbsp_report(DiagSink *diags, SrcPos pos, const char *at, const char *role);

/* (load_office.c) The checks of a value node (not a key) whose source is
 * text[from..to) of its file's text[0..len): a run of its lines pasted
 * twice (KH128, load_repeated_lines); and for a plain value, at its start,
 * a no-break space or a look-alike of '-' or ':' where YAML needs the
 * character (KH005, returns 1), else a '-' glued to a word (KH028) and a
 * value wholly in curly quotes (KH029). */
int load_value_start(DiagSink *diags, const YNode *node, const char *text, size_t from,
                     size_t to, size_t len);

/* (load_office.c) The tag (diag_tag_last) of the KH005 at a quote that
 * swallowed the lines below it (a value in quotes closed lines below,
 * over key lines), written into tag[0..size): a YAML syntax error found
 * later at the same quote withdraws it (diag_withdraw_tagged), one
 * mistake, one message. */
void load_quote_tag(char *tag, size_t size, SrcPos pos);

/* (load_office.c) 1 if the bytes of text[i..len) are the first bytes of
 * one UTF-8 character and no more: the file ends in the middle of a
 * letter, a copy cut short (KH003 says so, not "re-save as UTF-8"). */
int load_cut_in_char(const char *text, size_t len, size_t i);

/* (load_office.c) Drops from a block scalar's value (the loader's own
 * copy, node->text, in NFC, shortened in place) the spaces and tabs that
 * end a line of its source src[0..n_src) (from its indicator), which no
 * editor shows and YAML keeps ("thôn    " folded "thôn     xanh"); each
 * source line is found in the value composed as the value is (NFC). */
void load_block_blanks(YNode *node, const char *src, size_t n_src);

/* (load_office.c) KH128 at each run of 1 to 64 lines of the file of src
 * (its text set) that repeats the run right before it, blanks at the
 * lines' ends and starts aside, when the run holds 40 bytes or more outside
 * comments: a block pasted twice, wherever it falls (inside one text, or
 * across the end of one item and the start of the next, which printed a
 * mixed item and the words twice: s38slip L2). Linear: one hash a line
 * and a counter a period. Each second copy is recorded in src->pasted
 * (up to LOAD_PASTED_MAX; then it stops), so that the checks below, and
 * load_in_pasted_copy's callers, say nothing more about it. */
void load_repeated_runs(DiagSink *diags, LoadSource *src);

/* (load_office.c) 1 if line of the file of src lies in the second copy of
 * a run of lines load_repeated_runs reported. A key repeated there
 * (KH008) leaves no usable tree: the first value is cut where the copy
 * starts (`header:` and its first fields pasted again below them, the rest
 * of the header under the copy), and what it lost was told key by key
 * (KH103 no 'title', KH202 at each use of the units cut off: s39slip), so
 * the loader stops at the paste (KH128) and its KH008. */
int load_in_pasted_copy(const LoadSource *src, int line);

/* (load_office.c) KH128 at the first run of 1 to 12 source lines of a
 * value over several lines (its source src[0..n_src), from its first byte;
 * a block's from its indicator) that repeats the run right before it,
 * blanks aside, when the run holds 40 bytes or more: a block pasted twice. */
void load_repeated_lines(DiagSink *diags, const YNode *node, const char *src, size_t n_src);

/* (load_office.c) KH128 at the first item of a list (a YNODE_SEQ the
 * loader closed) that repeats an earlier item of it, keys and texts, when
 * it is a mapping or a list holding 40 bytes of text or more: a block of
 * items pasted twice. A list of texts (names, recipients) is not looked at. */
void load_repeated_items(DiagSink *diags, const YNode *seq);

/* (load_plain.c) A plain value (not a key) that ends at byte end of its
 * file's text[0..len): warns at a closer it never opened (KH022) and at
 * words after a " #" on its line that YAML read as a comment (KH023);
 * and, for a plain or block value whose owner (its key, or its list's '-')
 * stands at column indent + 1 (-1: in a flow collection, or not looked
 * at), at a line "#5 ..." below it, indented deeper than its owner, that
 * YAML read as a comment (KH023). */
void load_plain_value(DiagSink *diags, const YNode *node, const char *text, size_t len,
                      size_t end, int indent);

/* (load_plain.c) 1 if text[0..len) has a '#' and a letter or a digit after
 * a space or a tab anywhere (a KH023 is possible), 0 if not: then the
 * loader passes len as each value's end, and nothing is looked at. */
int load_hash_words(const char *text, size_t len);

/* (load_document.c) When data[0..len), the file at path, is a document
 * and not a plan's text (a Word .docx or another zip package, a .doc, RTF,
 * PDF, an HTML page, a web archive: told by its marks), reports it (KH025:
 * for a .docx, the `khgen import` command that makes a plan of it) and
 * returns 1; else returns 0 and reports nothing. */
int load_refuse_document(DiagSink *diags, const char *path, const char *data, size_t len);

/* (load_forbid.c) Drops from a scalar the characters no output may carry
 * (C0 controls but tab and line breaks, DEL, C1 controls, U+FFFE, U+FFFF),
 * which only escapes can write, with one warning (KH014) for the value; the
 * text without them is made in arena. */
void load_drop_forbidden(Arena *arena, DiagSink *diags, YNode *node);
/* (load_forbid.c) 0 if s[0..len) surely holds none of the characters
 * load_drop_forbidden drops (the usual answer, from its bytes alone), 1 if
 * it may. */
int load_may_hold_forbidden(const char *s, size_t len);
/* (load_chars.c) 1 if a combining mark after the character base (the
 * last before it that is no mark) has no letter to sit on: the start of a
 * line, a blank, a quote, a label's punctuation (KH020). */
int load_lone_mark_base(unsigned base);
/* (load_forbid.c) The escapes of a double-quoted scalar, source[0..len)
 * its text in the file from its opening quote: one that writes U+2028,
 * U+2029 or U+FEFF is an error (KH004), as the character typed is; one
 * that writes a bidirectional control or a zero-width character a warning
 * (KH020), once a value, at the first, as one of a combining mark with no
 * letter before it ("\u0301Cấp xã") and one of U+FFFD; one that writes the
 * full-width space U+3000 or a full-width digit a warning too (KH024), as
 * the characters typed are (load_chars.c). */
void load_check_escapes(DiagSink *diags, const YNode *node, const char *source, size_t len);

/* (load_hint.c) A short hint, translated, for a libyaml problem whose
 * usual cause is clear, or NULL. context is libyaml's context (may be
 * NULL); c the character at the problem's position (0 if none). */
const char *load_syntax_hint(const char *problem, const char *context, char c);
/* 1 when the error is reported at the start of libyaml's context (a key
 * read over several lines with no ':'), with load_context_hint(). */
int load_hint_at_context(const char *problem, const char *context, size_t problem_line,
                         size_t context_line);
/* The hint for such an error, given the file's text from its start (text)
 * and from where the key YAML read begins (s) to its end: a key whose ':'
 * has no space after it, or a tab after it, and a line under a comment,
 * are told so (translated). */
const char *load_context_hint(const char *text, const char *s, const char *end);
/* For "did not find expected <document start>" at byte at of text[0..len):
 * the byte of the file's first key when its line is indented more than
 * the line at (" units:" at the top, then "levels:": YAML ends the
 * document at the second, the line to fix is the first), else
 * (size_t)-1; *hint is then what to do (translated). */
size_t load_first_key_indented(const char *problem, const char *text, size_t len, size_t at,
                               const char **hint);
/* For "mapping values are not allowed in this context" at byte at of
 * text[0..len): when the line above (blank lines and comments skipped) is
 * a list item whose first word is a node's key with no ':' after it ("-
 * section NHIỆM VỤ, GIẢI PHÁP", "- task Huy động ...") and the line at is
 * indented under it (its "items:", "text:"), the byte just after that key,
 * the ':' to write, else (size_t)-1; *hint is then what to do
 * (translated). The same slip on a lone "- bullet ..." is KH119 (parse.c). */
size_t load_node_colon_lost(const char *problem, const char *text, size_t len, size_t at,
                            const char **hint);
/* (load_hint.c) The hint, translated, for a syntax error on a line whose
 * value, written without quotes, begins with a character YAML reads as its
 * own ('{' of a reference, '*' of emphasis, a quote, '[', '|', '>', '?',
 * '&'), or NULL. line[0..len) is the problem's line, col its byte offset. */
const char *load_value_hint(const char *problem, const char *line, size_t len, size_t col);
/* (load_indent.c) Writes to out, translated, the hint for a syntax error
 * at byte at of text[0..len) that is a line indented unlike its
 * neighbours (naming the columns and the odd line), a double quote left
 * open lines above, a quote never closed (at may then be len), or a value
 * in Word's curly quotes; returns 1, or 0 with nothing written. text is
 * the loader's (load_copy_source: every line ends with LF, no CR is left;
 * asserted).
 * context_at is the byte of libyaml's context mark (has_context 0 when it
 * gave none). *fix_at is set to the byte where the error belongs when that
 * is not where libyaml noticed it (the quote that opened a value never
 * closed on its line, a list item that lost its '- ', a '{' or '[' not
 * closed on its line), else to (size_t)-1. */
int load_indent_hint(Buf *out, const char *problem, const char *text, size_t len, size_t at,
                     size_t context_at, int has_context, size_t *fix_at);

enum { MEMO_MIN_LEN = 64, MEMO_LITERAL = 1, MEMO_FOLDED = 2, MEMO_ONE_LINE = 3 };

/* The text the loader parses (load_text.c): text[0..len) without a
 * leading UTF-8 BOM, CR LF and lone CR made LF, NUL-terminated, in arena;
 * *out_len its length. */
char *load_copy_source(Arena *arena, const char *text, size_t len, size_t *out_len);

/* Warns at the characters of text[0..len) (the file `file` as loaded)
 * that read otherwise than they look: bidirectional controls and
 * zero-width characters (KH020), runs of full-width digits (KH024).
 * (load_chars.c) */
void load_warn_chars(DiagSink *diags, const char *file, const char *text, size_t len);

/* (load_chars.c) The tag (diag_tag_last) of the KH024 at a full-width
 * character standing alone at `at` ('：', '－'): load_nbsp_report()
 * withdraws it when it tells the character as a key's ':' or an item's
 * '-' YAML could not read (KH005), one report of one slip. */
void load_fullwidth_tag(char *tag, size_t size, SrcPos at);

/* (load_nbsp.c) The tag of load_nbsp_report()'s KH005 at `at`: the
 * parser's error that a list item's '- ' or a key's ':' was lost there is
 * then not said a second time (a '－' typed for the '-'). */
void load_nbsp_tag(char *tag, size_t size, SrcPos at);
/* (load_rewritten.c) KH038 at each git merge conflict left in the file
 * text[0..len) of file ("<<<<<<< HEAD", "=======", ">>>>>>> x" lines);
 * returns how many: the file is not read further when there is one. */
int load_conflict_markers(DiagSink *diags, const char *file, const char *text, size_t len);
/* (load_rewritten.c) KH039 when the file text[0..len) of file, or two
 * lines of it in a row, is a plan saved by a spreadsheet as CSV (YAML
 * lines in quotes, the empty cells' separators after YAML's syntax, or
 * nine lines in ten ending with a separator, in a file not written as
 * one '{...}' or '[...]'); 1 if so: the file is not read further. */
int load_saved_as_csv(DiagSink *diags, const char *file, const char *text, size_t len);

/* A value (node, a scalar the loader just made, not a key; source,
 * source_len: its text in the file) that holds a tab: makes every tab of
 * it one space, in a copy in arena, so that every format prints the same
 * text (a tab was a tab in the .md and the Word document, a space in the
 * HTML: s16user L1), and warns once (KH026) at the first tab typed in the
 * file (a "\t" escape is written on purpose). (load_chars.c) */
void load_tabs_in_value(Arena *arena, DiagSink *diags, YNode *node, const char *source,
                        size_t source_len);

/* A value (node, not a key; source, source_len: its text in the file)
 * that is Vietnamese typed in an 8-bit font (TCVN3, VNI) and pasted
 * without it, its letters read as Windows-1252 (legacy_misread): warned
 * (KH027) at its first such word, with the text as it reads in Unicode.
 * (load_chars.c) */
void load_misread_in_value(DiagSink *diags, const YNode *node, const char *source,
                           size_t source_len);

/* Copies at most about 60 bytes of s[0..len) into out (out_size > 4,
 * caller's buffer; cut at a character boundary, "..." added when cut, NUL
 * at the end) for quoting a value in a message. (load_excerpt.c) */
void load_excerpt(char *out, size_t out_size, const char *s, size_t len);

/* (load_dup.c) Which value of map's key written twice (keys first_at
 * and again_at; item: a list item that ran into the next, its "- "
 * lost) the parser reads, decided in the tree: a first value left empty
 * gives way to the second (LOAD_DUP_SECOND); outside such an item, and
 * unless pasted (load_dup_pasted of map, asked before its first
 * duplicate is read), two lists become one, the second's entries after
 * the first's, in a new array in nodes (LOAD_DUP_JOINED); otherwise the
 * first is read (LOAD_DUP_FIRST) and, unless the key lies in the copy of
 * a block pasted twice, the file's LoadSource counts a value dropped. */
typedef enum { LOAD_DUP_FIRST, LOAD_DUP_SECOND, LOAD_DUP_JOINED } LoadDupRead;
LoadDupRead load_duplicate_value(Arena *nodes, YNode *map, size_t first_at, size_t again_at,
                                 int item, int pasted);
/* 1 if map holds a block pasted again: a key written twice whose second
 * value is no list, or is a list that repeats an entry of the first (the
 * same id, or the same keys and values), the first not left empty. Its
 * lists are copies, never joined. Linear in map and its lists. */
int load_dup_pasted(const YNode *map);

/* (load_merge.c) The merge keys ('<<', plain) of map, a mapping the
 * loader just closed: each reported (KH007) at its key and removed, the
 * keys of the mapping (or list of mappings) it holds read as map's own
 * where map lacks them, in new arrays in nodes (key_bits kept). Returns
 * the number of merge keys; 0 leaves map as it was. */
int load_merge_keys(Arena *nodes, DiagSink *diags, YNode *map);

/* (load.c) The loader of one file: what load.c's stages share while it
 * builds the tree from libyaml's events. */
/* A collection being built: its node, and where its children start on the
 * shared children stack. */
typedef struct Frame {
    YNode *node;
    size_t first_child;
    int flow;                /* written [...] or {...} */
} Frame;

typedef struct Loader {
    Arena *arena;            /* the file text, its name, the scalars' texts */
    Arena *nodes;            /* the nodes, their child arrays, position memos */
    DiagSink *diags;
    const char *file;        /* arena copy, used in every SrcPos */
    const char *text;        /* arena copy of the source, BOM and CRs removed */
    size_t len;
    LoadLimits limits;

    /* character index -> byte offset, moving forward as events arrive */
    size_t cursor_index;
    size_t cursor_byte;
    size_t *line_starts;     /* malloc'd, built on first need */
    size_t n_lines;
    LoadSource *source;      /* the file, found again from each node's
                                pos.file (load_impl.h) */
    YNode *pool;             /* nodes are carved from blocks of NODE_BLOCK */
    size_t pool_left;

    Frame *frames;           /* malloc'd stack of open collections */
    size_t n_frames, cap_frames;
    YNode **children;        /* malloc'd stack of finished children */
    size_t n_children, cap_children;

    size_t n_nodes;
    int documents;
    int errors;              /* errors this loader reported */
    int recoverable;         /* of which the tree survives (duplicate keys) */
    const YNode *dup_map;    /* the last mapping with a key twice, and */
    int dup_pasted;          /* whether it holds a block pasted (load_dup_pasted) */
    int stop;                /* set when loading must end now */
    int cut;                 /* the root is a list and root_map_only is set:
                                the tree is that list, empty; the rest of
                                the file is read for its syntax only */
    int cut_depth;           /* collections open inside the cut root list */
    LoadJoined joined;       /* the last "- key:" line joined to a value (KH021) */
    Buf nfc;                 /* scratch for NFC normalisation */
    int text_nfc;            /* every character of text passes NFC's test:
                                so does each value without an escape */
    int backslash;           /* text has a '\\': a value may have escapes */
    KeyTable keys;           /* the distinct key texts seen (load_keys.c) */
    YNode *root;
    int hash_words;          /* the text has a '#' and a word after a blank */
    yaml_mark_t texts[LOAD_TEXT_SPANS][2]; /* the last quoted and block scalars */
    unsigned n_texts;
} Loader;

#endif
