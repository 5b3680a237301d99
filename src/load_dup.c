/* load_dup.c - which value the loader keeps of a key written twice in one
 * mapping (KH008, reported by load.c).
 *
 * The parser looks a key up once and reads its first value, so the
 * second was lost without a word past KH008 itself, and what only the
 * lost value held came back as other messages: an `items:` written again
 * under the entries of a heading, or a `units:` line copied in the middle
 * of the list, lost every entry below it, and each task or id it held
 * became 20 "never used" warnings or 30 "unknown unit" errors (s39types).
 * Now:
 *   - a first value left empty (`items:` with nothing, the entries under
 *     the copy) gives way to the second;
 *   - two lists, one mistake cut in two, are read as one: the second's
 *     entries after the first's (the note says so), so the parser sees
 *     every entry and nothing else is reported;
 *   - otherwise the first is read and the second is dropped, and the file
 *     records that a value was dropped (load_values_dropped), so the
 *     parser holds back what only the drop caused ("never used").
 * A key inside the second copy of a block pasted twice (KH128) drops only
 * a copy: nothing is lost. No state but the count in the file's
 * LoadSource.
 */
#include "load_impl.h"

#include <string.h>

/* b's entries after a's, in a (b left empty, so that nothing reads them
 * twice); the array is new, in nodes. */
static void join_lists(Arena *nodes, YNode *a, YNode *b)
{
    size_t n = (size_t)a->count + b->count;
    YNode **items = arena_alloc(nodes, n * sizeof *items);
    memcpy(items, a->items, a->count * sizeof *items);
    memcpy(items + a->count, b->items, b->count * sizeof *items);
    a->items = items;
    a->count = (uint32_t)n;
    b->count = 0;
}

LoadDupRead load_duplicate_value(Arena *nodes, YNode *map, size_t first_at, size_t again_at,
                                 int item)
{
    YNode **values = map->values;
    YNode *kept = values[first_at], *again = values[again_at];
    if (kept->kind == YNODE_SCALAR && kept->style == YSTYLE_PLAIN && kept->len == 0) {
        values[first_at] = again;
        values[again_at] = kept;
        return LOAD_DUP_SECOND;
    }
    LoadSource *src = load_source_of(map->keys[again_at]);
    if (load_in_pasted_copy(src, map->keys[again_at]->pos.line))
        return LOAD_DUP_FIRST; /* a copy: nothing of it is lost */
    if (!item && kept->kind == YNODE_SEQ && again->kind == YNODE_SEQ) {
        join_lists(nodes, kept, again);
        return LOAD_DUP_JOINED;
    }
    src->dropped++;
    return LOAD_DUP_FIRST;
}

int load_values_dropped(const YNode *node)
{
    return node && node->pos.file && load_source_of(node)->dropped > 0;
}
