/* wording_memo.c - phrases rendered from the wording table, kept with the
 * template set that rendered them (template.h: wording_memo_get/put).
 *
 * A national plan prints a deadline phrase ("quý II/2025", "Hoàn thành
 * trước tháng 11/2024") tens of thousands of times: in each task's text
 * ({due}), its "Thời hạn" line, the task table and every criterion's
 * responsibility column, while the plan has a handful of distinct
 * deadlines. Rendering the wording template each time was a tenth of the
 * back ends' work. The phrase depends only on the template set and on the
 * deadline's numbers, so the caller (inline.c) packs those into a key and
 * the phrase is rendered once per key and set.
 *
 * The memo is an open-addressing hash table in the set's arena, grown by
 * doubling (the old tables stay in the arena until it goes; their sum is
 * below the last one). Keys are the caller's; 0 marks an empty slot.
 */
#include "template.h"

#include <string.h>

typedef struct MemoSlot {
    unsigned long long key;   /* 0: empty */
    const char *text;         /* in the arena */
    size_t len;
} MemoSlot;

struct WordingMemo {
    MemoSlot *slots;
    size_t cap;               /* a power of two */
    size_t n;
};

static size_t slot_of(unsigned long long key, size_t cap)
{
    key ^= key >> 33;
    key *= 0xff51afd7ed558ccdULL;
    key ^= key >> 33;
    return (size_t)key & (cap - 1);
}

static MemoSlot *find(const struct WordingMemo *memo, unsigned long long key)
{
    size_t i = slot_of(key, memo->cap);
    while (memo->slots[i].key && memo->slots[i].key != key)
        i = (i + 1) & (memo->cap - 1);
    return &memo->slots[i];
}

int wording_memo_get(TemplateSet *set, unsigned long long key, Buf *out)
{
    Arena *arena;
    struct WordingMemo *memo = set && key ? *tpl_set_memo(set, &arena) : NULL;
    if (!memo)
        return 0;
    const MemoSlot *slot = find(memo, key);
    if (!slot->key)
        return 0;
    buf_putn(out, slot->text, slot->len);
    return 1;
}

static void grow(Arena *arena, struct WordingMemo *memo)
{
    size_t old_cap = memo->cap;
    MemoSlot *old = memo->slots;
    memo->cap = old_cap ? old_cap * 2 : 64;
    memo->slots = arena_alloc(arena, memo->cap * sizeof *memo->slots);
    memset(memo->slots, 0, memo->cap * sizeof *memo->slots);
    for (size_t i = 0; i < old_cap; i++)
        if (old[i].key)
            *find(memo, old[i].key) = old[i];
}

void wording_memo_put(TemplateSet *set, unsigned long long key, const char *text, size_t len)
{
    if (!set || !key)
        return;
    Arena *arena;
    struct WordingMemo **memo_at = tpl_set_memo(set, &arena);
    struct WordingMemo *memo = *memo_at;
    if (!memo) {
        memo = arena_alloc(arena, sizeof *memo);
        memset(memo, 0, sizeof *memo);
        *memo_at = memo;
    }
    if (2 * (memo->n + 1) > memo->cap)
        grow(arena, memo);
    MemoSlot *slot = find(memo, key);
    if (slot->key)
        return; /* kept already */
    slot->key = key;
    slot->text = arena_strndup(arena, len ? text : "", len);
    slot->len = len;
    memo->n++;
}
