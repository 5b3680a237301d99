/* template_impl.h - the template engine's own structures (template.c):
 * where a template's text came from, its parsed tree, the set's parsed
 * templates, files and lookups. Private to template.c; kept apart so that
 * file stays one concern in its size (s30attack's hash maps, tpl_map.c).
 */
#ifndef KHGEN_TEMPLATE_IMPL_H
#define KHGEN_TEMPLATE_IMPL_H

#include "template.h"
#include "load.h"

/* Where a template's text came from, for positions and messages. */
typedef struct TplSource {
    const char *name;        /* set name ("plan.md"), NULL for loose text */
    const char *origin;      /* file name in diagnostics (arena) */
    const char *text;
    size_t len;
    const YNode *scalar;     /* a wording entry: positions go through it */
    const char *warn_id;     /* identity for "once per template" (arena) */
    int registered;          /* text given to diag_add_source() */
    /* the last position source_pos found, which the next one, further on
     * (its tags are reported in order), counts on from: from the start,
     * 40,000 warnings of a 4 MiB template went over it 40,000 times */
    size_t at_offset, at_line_start;
    int at_line, at_col;     /* 0: none found yet */
} TplSource;

typedef enum { TN_TEXT, TN_VALUE, TN_RAW_VALUE, TN_SECTION, TN_INVERTED, TN_PARTIAL } TNodeKind;

typedef struct TNode TNode;
struct TNode {
    TNodeKind kind;
    const char *text;        /* TN_TEXT: bytes inside the template text */
    size_t len;
    const char *name;        /* other kinds (arena, NUL-terminated) */
    size_t offset;           /* where the tag starts in the template text */
    int span;                /* the tag's length in characters, for carets */
    const char *indent;      /* TN_PARTIAL on a standalone line: the blanks before it */
    size_t indent_len;
    TNode *children;         /* sections */
    TNode *next;
};

/* A parsed template, kept by the set: a file by name, a wording entry by
 * its scalar. nodes is NULL and failed set when it did not parse. */
typedef struct Parsed {
    TplSource source;
    TNode *nodes;
    int failed;
    int checked;             /* its partials looked for (tpl_check) */
} Parsed;

/* The result of looking a name up in the user's directory and the built-in
 * templates: text (NULL when not found), or the error reading the user's
 * file. */
typedef struct FileEntry {
    const char *name;
    const char *text;
    size_t len;
    const char *origin;
    int read_errno;          /* the user's file exists but cannot be read */
} FileEntry;

struct TemplateSet {
    Arena *arena;
    DiagSink *diags;
    const char *user_dir;    /* NULL for none; no trailing slash */
    TplMap files;            /* a template's name -> its FileEntry */
    TplMap parsed;           /* "f" and a file's name, "w" and a wording scalar's address:
                                a Parsed (tpl_map.c: each was a list gone over) */
    TplMap reported;         /* where, a byte 0x1f and name: a pair already reported */
    int wording_loaded;
    const YNode *user_wording;     /* mapping, or NULL */
    TplMap user_keys;        /* the user's wording: a key's text -> its value node */
    TplMap user_texts;       /* the user's wording: a value's address -> its index + 1 */
    const char *user_wording_origin;
    const YNode *builtin_wording;  /* mapping, or NULL */
    struct WordingMemo *memo;      /* wording_memo.c's, or NULL */
};

/* The largest template or wording file read (KH804 beyond it). */
enum { MAX_TEMPLATE_BYTES = 4 * 1024 * 1024 };

/* (template.c) Reports at the template position of byte `offset`; source
 * NULL reports without a position. */
void __attribute__((format(printf, 7, 8)))
tpl_report(TemplateSet *set, DiagLevel level, TplSource *source, size_t offset, int span,
           DiagId code, const char *fmt, ...);

/* (template.c) 1 the first time (where, name) is seen, 0 after; the key
 * kept only when new (tpl_map_find: each asking left one, s31review). */
int tpl_first_report(TemplateSet *set, const char *where, const char *name);

/* (template.c) Parses source into *nodes. Returns 0 after reporting KH803. */
int tpl_parse(TemplateSet *set, TplSource *source, TNode **nodes);

/* (template.c) Renders nodes with ctx; on failure out is restored to its
 * length before the call. */
int tpl_render_root(TemplateSet *set, TplSource *source, const TNode *nodes, const TValue *ctx,
                    TplEscape escape, Buf *out);

/* (template.c) Finds the partials the nodes name, and theirs, each
 * template once (Parsed.checked): a missing one is reported as a build
 * would (KH804). Returns the number of problems. */
int tpl_check_partials(TemplateSet *set, TplSource *source, const TNode *nodes);

#endif
