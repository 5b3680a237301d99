/* load_merge.c - YAML's merge key ('<<:') in a plan, read as what it
 * means and reported once (KH007).
 *
 * `<<: {name: X}` (or a block mapping under '<<:', or a list of mappings)
 * is YAML 1.1's way of writing a mapping's keys through another mapping.
 * It is no part of the plan language, like the anchors and aliases it is
 * made for (an alias after it stops the load, KH007, as any alias does).
 * Written inline it is still one mistake, but the parser read '<<' as an
 * unknown key, and the keys it held as missing: KH101 and then "a unit has
 * no 'name'" (KH103), "a column has no key" (KH601), a body entry of no
 * kind (KH105), two to six messages (s40types' black-box round). Now the
 * loader reports the merge key once, at the '<<', and reads its mapping's
 * keys as the holder's own, after them (a key written in the holder wins,
 * as in YAML), so nothing else is reported and the plan checks as meant.
 * A '<<' whose value is not a mapping (nor a list of mappings) merges
 * nothing: reported the same, and dropped. A quoted "<<" is a key like
 * any other. No state.
 */
#include "load_impl.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"

static int is_merge_key(const YNode *key)
{
    return key->kind == YNODE_SCALAR && key->style == YSTYLE_PLAIN && key->len == 2 &&
           memcmp(key->text, "<<", 2) == 0;
}

/* The keys kept so far (indexes into keys[], open addressing by
 * load_hash_key): asking each kept key in turn for every key merged made
 * 20,000 keys under a '<<' take 14 s, twice them 56 (s41attack). Only a
 * scalar key can be met again. */
typedef struct KeptKeys {
    size_t *slot; /* SIZE_MAX: empty */
    size_t mask;
    YNode **keys;
} KeptKeys;

/* Adds keys[i] unless a key of the same text is kept: 1 if added. */
static int kept_add(KeptKeys *t, size_t i)
{
    const YNode *key = t->keys[i];
    if (key->kind != YNODE_SCALAR)
        return 1;
    size_t at = (size_t)load_hash_key(key->text, key->len) & t->mask;
    for (; t->slot[at] != SIZE_MAX; at = (at + 1) & t->mask) {
        const YNode *k = t->keys[t->slot[at]];
        if (k->len == key->len && memcmp(k->text, key->text, key->len) == 0)
            return 0;
    }
    t->slot[at] = i;
    return 1;
}

/* Appends the entries of from that the kept keys lack; keys, values hold
 * room for them. */
static void take_entries(const YNode *from, YNode **keys, YNode **values, size_t *n,
                         KeptKeys *kept)
{
    for (size_t i = 0; i < from->count; i++) {
        if (is_merge_key(from->keys[i]))
            continue;
        keys[*n] = from->keys[i];
        values[*n] = from->values[i];
        if (kept_add(kept, *n))
            (*n)++;
    }
}

int load_merge_keys(Arena *nodes, DiagSink *diags, YNode *map)
{
    size_t merges = 0, room = map->count;
    for (size_t i = 0; i < map->count; i++) {
        if (!is_merge_key(map->keys[i]))
            continue;
        merges++;
        const YNode *v = map->values[i];
        if (v->kind == YNODE_MAP)
            room += v->count;
        for (size_t k = 0; v->kind == YNODE_SEQ && k < v->count; k++)
            room += v->items[k]->kind == YNODE_MAP ? v->items[k]->count : 0;
    }
    if (!merges)
        return 0;
    YNode **keys = arena_alloc(nodes, 2 * (room ? room : 1) * sizeof *keys);
    YNode **values = keys + (room ? room : 1);
    KeptKeys kept = {NULL, 1, keys};
    while (kept.mask < 2 * room)
        kept.mask <<= 1;
    kept.slot = xmalloc(kept.mask * sizeof *kept.slot);
    memset(kept.slot, 0xff, kept.mask * sizeof *kept.slot); /* SIZE_MAX */
    kept.mask--;
    size_t n = 0;
    for (size_t i = 0; i < map->count; i++)
        if (!is_merge_key(map->keys[i])) {
            keys[n] = map->keys[i];
            values[n] = map->values[i];
            kept_add(&kept, n); /* a key written twice in the holder: both stay (KH008's) */
            n++;
        }
    for (size_t i = 0; i < map->count; i++) {
        if (!is_merge_key(map->keys[i]))
            continue;
        const YNode *v = map->values[i];
        int merged = v->kind == YNODE_MAP;
        if (merged)
            take_entries(v, keys, values, &n, &kept);
        for (size_t k = 0; v->kind == YNODE_SEQ && k < v->count; k++)
            if (v->items[k]->kind == YNODE_MAP) {
                take_entries(v->items[k], keys, values, &n, &kept);
                merged = 1;
            }
        if (merged)
            diag_error(diags, map->keys[i]->pos, 2, KH007,
                       "merge keys ('<<') are not part of the plan language: its keys are read "
                       "as this mapping's; write them in it and delete the '<<'");
        else {
            diag_error(diags, map->keys[i]->pos, 2, KH007,
                       "merge keys ('<<') are not part of the plan language, and this one "
                       "holds no mapping to merge: delete it, or write its keys here");
            load_source_of(map)->dropped++;
        }
    }
    free(kept.slot);
    unsigned bits = 0;
    for (size_t i = 0; i < n; i++)
        if (keys[i]->kind == YNODE_SCALAR)
            bits |= ynode_key_bit(keys[i]->text, keys[i]->len);
    map->keys = keys;
    map->values = values;
    map->count = (uint32_t)n;
    map->key_bits = (uint16_t)bits;
    return (int)merges;
}
