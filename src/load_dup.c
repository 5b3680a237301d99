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
 *     every entry and nothing else is reported; but not in a mapping
 *     that holds a block pasted again (load_dup_pasted: a key twice whose
 *     second value is no list, or a list that repeats an entry of the
 *     first, by id or by its keys and values: a plan pasted below itself,
 *     edited or another), whose lists are copies, not the rest: joined,
 *     each id was "defined twice" and each basis "cited twice" (KH200,
 *     KH169: 12 errors became 23 on tests/fuzz/seeds/diff/old-new.yaml),
 *     or a list joined and the next dropped lost the ids the joined one
 *     used (KH202, unrelated.yaml; s41review);
 *   - otherwise the first is read and the second is dropped, and the file
 *     records that a value was dropped (load_values_dropped), so the
 *     parser holds back what only the drop caused ("never used").
 * A key inside the second copy of a block pasted twice (KH128) drops only
 * a copy: nothing is lost. No state but the count in the file's
 * LoadSource.
 */
#include "load_impl.h"

#include <stdlib.h>
#include <string.h>

#include "util.h"

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

static uint64_t mix(uint64_t h, uint64_t v)
{
    return (h ^ v) * 0x100000001b3ULL + (h >> 29);
}

/* A node's text (a scalar), else its kind and size; with deep, a
 * collection's keys and values (or items) so, one level down. */
static uint64_t node_sig(const YNode *n, int deep)
{
    uint64_t h = mix(0xcbf29ce484222325ULL, (uint64_t)n->kind + 1);
    if (n->kind == YNODE_SCALAR)
        return mix(h, load_hash_key(n->text, n->len));
    h = mix(h, n->count);
    for (size_t i = 0; deep && i < n->count; i++)
        h = n->kind == YNODE_MAP ? mix(mix(h, node_sig(n->keys[i], 0)), node_sig(n->values[i], 0))
                                 : mix(h, node_sig(n->items[i], 0));
    return h;
}

/* An entry's signatures: what it holds (sig[0]), and its scalar id
 * (sig[1], 0 without one); never 0 but for "none". */
static void entry_sigs(const YNode *e, uint64_t sig[2])
{
    const YNode *id = e->kind == YNODE_MAP ? ynode_get(e, "id") : NULL;
    sig[0] = node_sig(e, 1) | 1;
    sig[1] = id && id->kind == YNODE_SCALAR && id->len ? mix(0x1d, load_hash_key(id->text, id->len)) | 1
                                                       : 0;
}

/* The signatures of a list's entries (entry_sigs), open addressing: made
 * once for each key's first list, however many times the key is written
 * again (a list of 5,000 entries and 5,000 `key: []` below it hashed the
 * list 5,000 times: 6.8 s, s42review). */
typedef struct SigSet {
    uint64_t *slot; /* 0: empty */
    size_t mask;
} SigSet;

static size_t sig_slot(const SigSet *set, uint64_t sig)
{
    size_t at = (size_t)sig & set->mask;
    while (set->slot[at] && set->slot[at] != sig)
        at = (at + 1) & set->mask;
    return at;
}

static void sig_set_make(SigSet *set, const YNode *a)
{
    size_t size = 16;
    uint64_t sig[2];
    while (size < 4 * (size_t)a->count)
        size *= 2;
    set->slot = xmalloc(size * sizeof *set->slot);
    memset(set->slot, 0, size * sizeof *set->slot);
    set->mask = size - 1;
    for (size_t i = 0; i < a->count; i++) {
        entry_sigs(a->items[i], sig);
        for (int k = 0; k < 2 && sig[k]; k++)
            set->slot[sig_slot(set, sig[k])] = sig[k];
    }
}

/* 1 if an entry of b repeats one of the list set was made of: the same
 * id, or the same keys and values (compared by signature: a collision
 * only keeps the lists apart, as before the join). Linear in b. */
static int repeats_entry(const SigSet *set, const YNode *b)
{
    uint64_t sig[2];
    for (size_t i = 0; i < b->count; i++) {
        entry_sigs(b->items[i], sig);
        for (int k = 0; k < 2 && sig[k]; k++)
            if (set->slot[sig_slot(set, sig[k])])
                return 1;
    }
    return 0;
}

int load_dup_pasted(const YNode *map)
{
    size_t size = 16, n = map->count;
    while (size < 2 * n)
        size *= 2;
    size_t *slots = xmalloc(size * sizeof *slots); /* key index + 1; 0 empty */
    memset(slots, 0, size * sizeof *slots);
    SigSet *sets = xmalloc((n ? n : 1) * sizeof *sets); /* by the first key's index */
    memset(sets, 0, (n ? n : 1) * sizeof *sets);
    int pasted = 0;
    for (size_t i = 0; i < n && !pasted; i++) {
        const YNode *key = map->keys[i], *first;
        if (key->kind != YNODE_SCALAR)
            continue;
        size_t slot = (size_t)load_hash_key(key->text, key->len) & (size - 1);
        while (slots[slot] && (map->keys[slots[slot] - 1]->len != key->len ||
                               memcmp(map->keys[slots[slot] - 1]->text, key->text, key->len) != 0))
            slot = (slot + 1) & (size - 1);
        if (!slots[slot]) {
            slots[slot] = i + 1;
            continue;
        }
        first = map->values[slots[slot] - 1];
        if (first->kind == YNODE_SCALAR && first->style == YSTYLE_PLAIN && first->len == 0)
            continue; /* left empty: it gives way, no sign either way */
        pasted = first->kind != YNODE_SEQ || map->values[i]->kind != YNODE_SEQ;
        if (!pasted) {
            SigSet *set = &sets[slots[slot] - 1];
            if (!set->slot)
                sig_set_make(set, first);
            pasted = repeats_entry(set, map->values[i]);
        }
    }
    for (size_t i = 0; i < n; i++)
        free(sets[i].slot);
    free(sets);
    free(slots);
    return pasted;
}

LoadDupRead load_duplicate_value(Arena *nodes, YNode *map, size_t first_at, size_t again_at,
                                 int item, int pasted)
{
    YNode **values = map->values;
    YNode *kept = values[first_at], *again = values[again_at];
    /* `title:` or `title: >-` with nothing under it, over the copy */
    if (kept->kind == YNODE_SCALAR && kept->style != YSTYLE_QUOTED && kept->len == 0) {
        values[first_at] = again;
        values[again_at] = kept;
        return LOAD_DUP_SECOND;
    }
    LoadSource *src = load_source_of(map->keys[again_at]);
    if (load_in_pasted_copy(src, map->keys[again_at]->pos.line))
        return LOAD_DUP_FIRST; /* a copy: nothing of it is lost */
    if (!item && !pasted && kept->kind == YNODE_SEQ && again->kind == YNODE_SEQ) {
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
