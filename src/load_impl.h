/* load_impl.h - what load.c and loadpos.c share: the node the loader makes
 * for a scalar, which remembers where its text is in the source, and the
 * memo of the last position asked inside a long scalar. Not for other
 * stages: they see YNode (load.h) and ask ynode_pos_at().
 */
#ifndef KHGEN_LOAD_IMPL_H
#define KHGEN_LOAD_IMPL_H

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
} PosMemo;

/* Every scalar the loader makes is a LoadedNode; a YNode * handed out
 * points at its first member, so ynode_pos_at() can find the source again.
 * Lists and mappings are bare YNodes (ynode_pos_at() looks at scalars
 * only), which keeps a national plan's million nodes smaller. */
/* The text of one loaded file, shared by its scalars: where each starts is
 * found from its line and column only when a position inside it is asked
 * for (a diagnostic), so loading does not count characters for every
 * scalar. The line starts are made on first need, in the nodes' arena. */
typedef struct LoadSource {
    const char *text;        /* the file text the loader parsed */
    size_t len;
    Arena *arena;            /* the nodes' arena: line_starts */
    size_t *line_starts;
    size_t n_lines;
} LoadSource;

typedef struct LoadedNode {
    YNode node;
    const char *source;      /* the node's first byte in the file text, or
                                NULL until loaded_source() finds it */
    const LoadSource *file;
    PosMemo *memo;           /* long scalars only (MEMO_MIN_LEN bytes and more) */
} LoadedNode;

/* The first byte of the node in its file's text (from node.pos, libyaml's
 * line and column in characters), remembered; and the end of that text.
 * Defined in loadpos.c. */
const char *loaded_source(const LoadedNode *loaded);
const char *loaded_source_end(const LoadedNode *loaded);

enum { MEMO_MIN_LEN = 64, MEMO_LITERAL = 1, MEMO_FOLDED = 2, MEMO_ONE_LINE = 3 };

#endif
