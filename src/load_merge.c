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

#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "util.h"

static int is_merge_key(const YNode *key)
{
    return key->kind == YNODE_SCALAR && key->style == YSTYLE_PLAIN && key->len == 2 &&
           memcmp(key->text, "<<", 2) == 0;
}

/* The keys kept so far, hashed (open addressing, index + 1; 0 empty):
 * a mapping of n keys merging m looked each up among all before it, n * m
 * comparisons (20,000 of each: 16 s); now linear. */
typedef struct Kept {
    YNode **keys;
    size_t *slots, mask;
} Kept;

/* 1 if keys[i] is a scalar already kept; else records it (a scalar) and
 * returns 0. */
static int kept_or_add(Kept *kept, size_t i)
{
    const YNode *key = kept->keys[i];
    if (key->kind != YNODE_SCALAR)
        return 0;
    size_t slot = (size_t)load_hash_key(key->text, key->len) & kept->mask;
    for (; kept->slots[slot]; slot = (slot + 1) & kept->mask) {
        const YNode *k = kept->keys[kept->slots[slot] - 1];
        if (k->len == key->len && memcmp(k->text, key->text, key->len) == 0)
            return 1;
    }
    kept->slots[slot] = i + 1;
    return 0;
}

/* Appends the entries of from that keys[0..*n) lacks; keys, values hold
 * room for them. */
static void take_entries(const YNode *from, Kept *kept, YNode **values, size_t *n)
{
    for (size_t i = 0; i < from->count; i++) {
        if (is_merge_key(from->keys[i]))
            continue;
        kept->keys[*n] = from->keys[i];
        if (kept_or_add(kept, *n))
            continue; /* written in the holder (or merged before): it wins */
        values[*n] = from->values[i];
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
    size_t size = 16;
    while (size < 2 * room)
        size *= 2;
    Kept kept = {keys, xmalloc(size * sizeof(size_t)), size - 1};
    memset(kept.slots, 0, size * sizeof(size_t));
    size_t n = 0;
    for (size_t i = 0; i < map->count; i++)
        if (!is_merge_key(map->keys[i])) {
            keys[n] = map->keys[i];
            kept_or_add(&kept, n); /* a key written twice stays twice (KH008) */
            values[n++] = map->values[i];
        }
    for (size_t i = 0; i < map->count; i++) {
        if (!is_merge_key(map->keys[i]))
            continue;
        const YNode *v = map->values[i];
        int merged = v->kind == YNODE_MAP;
        if (merged)
            take_entries(v, &kept, values, &n);
        for (size_t k = 0; v->kind == YNODE_SEQ && k < v->count; k++)
            if (v->items[k]->kind == YNODE_MAP) {
                take_entries(v->items[k], &kept, values, &n);
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
    free(kept.slots);
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
