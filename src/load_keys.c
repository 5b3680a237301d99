/* load_keys.c - the loader's table of key texts: each distinct key of a
 * file is made once and shared by every mapping that has it.
 *
 * Keys repeat: a national plan's half-million keys are a hundred or so
 * distinct words, so each distinct key text is made (NFC check, arena
 * copy) once and shared. The table is open addressing over a hash of the
 * whole text (load_hash_key, which the loader's check of duplicate keys
 * uses too), linear whatever the keys. In front of it a memo of 64
 * entries, chosen by a key's length and first and last byte, answers most
 * keys with one comparison: hashing each key's every byte was 4.7 M
 * instructions of checking a 1/10 national plan (s16perf). Moved out of
 * load.c; the loader's private interface is load_impl.h. */
#include "load_impl.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Kept are keys of at most KEYS_MAX_LEN bytes, and the first KEYS_MAX
 * distinct ones: a real plan has a few hundred; a file of 400,000 distinct
 * keys (each an error) grew the table to a million slots whose probes
 * missed the cache (115 M instructions of its check). */
enum { KEYS_MAX_LEN = 64, KEYS_MAX = 4096 };

uint64_t load_hash_key(const char *s, size_t len)
{
    return text_hash(s, len); /* the one hash (util.h), mixed: the table takes low bits */
}

/* The slot of the key text s (len bytes): the slot holding it, or the
 * empty slot where it goes. slots is a power of two, never full. */
static size_t key_slot(const KeyTable *t, const char *s, size_t len)
{
    size_t slot = (size_t)load_hash_key(s, len) & (t->slots - 1);
    while (t->texts[slot] && (t->lens[slot] != len || memcmp(t->texts[slot], s, len) != 0))
        slot = (slot + 1) & (t->slots - 1);
    return slot;
}

const char *load_key_find(KeyTable *t, const char *value, size_t length)
{
    if (!t->slots || length > KEYS_MAX_LEN)
        return NULL;
    const char *kept = t->texts[key_slot(t, value, length)];
    if (kept && length) {
        size_t m = load_key_memo(value, length);
        t->memo_texts[m] = kept;
        t->memo_lens[m] = length;
    }
    return kept;
}

void load_key_keep(KeyTable *t, const char *text, size_t len)
{
    if (len > KEYS_MAX_LEN || t->n >= KEYS_MAX)
        return;
    if (2 * (t->n + 1) > t->slots) { /* grow: rehash */
        size_t old_slots = t->slots;
        const char **old_texts = t->texts;
        size_t *old_lens = t->lens;
        t->slots = old_slots ? 2 * old_slots : 256;
        t->texts = xmalloc(t->slots * sizeof *t->texts);
        t->lens = xmalloc(t->slots * sizeof *t->lens);
        memset(t->texts, 0, t->slots * sizeof *t->texts);
        for (size_t i = 0; i < old_slots; i++)
            if (old_texts[i]) {
                size_t slot = key_slot(t, old_texts[i], old_lens[i]);
                t->texts[slot] = old_texts[i];
                t->lens[slot] = old_lens[i];
            }
        free(old_texts);
        free(old_lens);
    }
    size_t slot = key_slot(t, text, len);
    if (!t->texts[slot]) {
        t->texts[slot] = text;
        t->lens[slot] = len;
        t->n++;
    }
}

void load_key_free(KeyTable *t)
{
    free(t->texts);
    free(t->lens);
    memset(t, 0, sizeof *t);
}
