/* tpl_map.c - the template set's lookups by name (template.h: TplMap).
 *
 * The set keeps what it has seen once: the (template, name) pairs already
 * warned about (KH801, KH809, KH811: once per name and template), the
 * templates and wording entries it has parsed, and the keys and texts of
 * the user's wording.yaml. Each was a list gone over from its start at
 * every lookup, so a province's template of 40,000 misspelt names took 18 s
 * to warn (each warning compared with all before it) and a wording.yaml
 * of 80,000 keys 38 s to check (s30attack F1). A TplMap is an
 * open-addressing hash table from a string to a pointer, in the set's
 * arena and grown by doubling (the old tables stay in the arena until it
 * goes; their sum is below the last one), hashed with util.h's one hash.
 * tpl_map_find looks a key made of parts up without keeping it unless it
 * is new: the set asks at each repeat of a tag, and each asking left a
 * copy in the arena (309 MB for a template's 20 unknown names over
 * 200,000 recipients, 62 MB without them: s31review).
 */
#include "template.h"

#include <stdlib.h>
#include <string.h>

/* The slot of key: its own, or the empty one where it would go. */
static size_t slot_of(const TplMap *map, const char *key, uint64_t hash)
{
    size_t i = (size_t)hash & (map->cap - 1);
    while (map->keys[i] && (map->hashes[i] != hash || strcmp(map->keys[i], key) != 0))
        i = (i + 1) & (map->cap - 1);
    return i;
}

void *tpl_map_get(const TplMap *map, const char *key)
{
    if (!map->count)
        return NULL;
    size_t i = slot_of(map, key, str_hash64(key));
    return map->keys[i] ? map->values[i] : NULL;
}

void tpl_map_put(Arena *arena, TplMap *map, const char *key, void *value)
{
    if ((map->count + 1) * 2 > map->cap) {
        TplMap grown = {0};
        grown.cap = map->cap ? map->cap * 2 : 16;
        grown.keys = arena_alloc(arena, grown.cap * sizeof *grown.keys);
        grown.values = arena_alloc(arena, grown.cap * sizeof *grown.values);
        grown.hashes = arena_alloc(arena, grown.cap * sizeof *grown.hashes);
        memset(grown.keys, 0, grown.cap * sizeof *grown.keys);
        for (size_t i = 0; i < map->cap; i++) {
            if (!map->keys[i])
                continue;
            size_t j = slot_of(&grown, map->keys[i], map->hashes[i]);
            grown.keys[j] = map->keys[i];
            grown.values[j] = map->values[i];
            grown.hashes[j] = map->hashes[i];
        }
        grown.count = map->count;
        *map = grown;
    }
    uint64_t hash = str_hash64(key);
    size_t i = slot_of(map, key, hash);
    if (!map->keys[i]) {
        map->keys[i] = key;
        map->hashes[i] = hash;
        map->count++;
    }
    map->values[i] = value;
}

void *tpl_map_find(Arena *arena, const TplMap *map, const char *a, const char *b,
                   const char *name, const char **key)
{
    size_t na = strlen(a), nb = strlen(b), nn = strlen(name), n = na + nb + 1 + nn;
    char small[512];
    char *k = n < sizeof small ? small : xmalloc(n + 1);
    memcpy(k, a, na);
    memcpy(k + na, b, nb);
    k[na + nb] = '\x1f';
    memcpy(k + na + nb + 1, name, nn + 1);
    void *value = tpl_map_get(map, k);
    if (!value)
        *key = arena_strdup(arena, k);
    if (k != small)
        free(k);
    return value;
}
