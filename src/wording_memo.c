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

#include <stdint.h>
#include <string.h>

typedef struct MemoSlot {
    unsigned long long key;   /* 0: empty */
    const char *text;         /* in the arena */
    size_t len;
} MemoSlot;

enum { RECENT = 64 };      /* tpl_wording's remembered keys (the wording has 26) */
enum { RECENT_PROBES = 4 }; /* the slots a key may take, from its own on */

struct WordingMemo {
    MemoSlot *slots;
    size_t cap;               /* a power of two */
    size_t n;
    /* tpl_wording's recent answers: the back ends ask for a few keys tens
     * of thousands of times (a national plan's task lines 35,000 times,
     * each two scans of the wording tables' keys: 8.5M instructions at a
     * tenth of its size) */
    struct {
        const char *key;      /* a copy in the arena */
        const char *addr;     /* the key's address when put: a literal's */
        const char *text;     /* the wording table's */
    } recent[RECENT];
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
    if (!memo || !memo->cap) /* none, or made for tpl_wording's answers only */
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

/* The set's memo, made when it has none. */
static struct WordingMemo *memo_of(TemplateSet *set, Arena **arena)
{
    struct WordingMemo **memo_at = tpl_set_memo(set, arena);
    if (!*memo_at) {
        *memo_at = arena_alloc(*arena, sizeof **memo_at);
        memset(*memo_at, 0, sizeof **memo_at);
    }
    return *memo_at;
}

void wording_memo_put(TemplateSet *set, unsigned long long key, const char *text, size_t len)
{
    if (!set || !key)
        return;
    Arena *arena;
    struct WordingMemo *memo = memo_of(set, &arena);
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

/* The slot of key among the recent answers: by its address, which a
 * literal keeps from call to call, spread over the slots (Fibonacci
 * hashing: the low bits alone put two literals 256 bytes apart in one
 * slot, and the back ends asking them in turn missed every time: the
 * layout of the binary's strings decided the cost, perf18 4). A key is
 * looked for in its slot and the RECENT_PROBES - 1 after it, so a few keys
 * of one slot all stay. */
static const char recent_anchor[] = "wording_memo";

static size_t recent_slot(const char *key)
{
    /* the literal's place relative to one of this binary's own: the same
     * from run to run, where its address moves with the address space's
     * random layout (the slots, and so the misses, changed with it) */
    uint64_t x = (uint64_t)((uintptr_t)key - (uintptr_t)recent_anchor);
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    return (size_t)(x % RECENT);
}

const char *wording_recent_get(const struct WordingMemo *memo, const char *key)
{
    if (!memo || !key)
        return NULL;
    size_t i = recent_slot(key);
    /* the texts compared: a key written into a reused buffer finds its slot
     * by an address another key had, and another key's answer is not its */
    for (size_t k = 0; k < RECENT_PROBES; k++, i = (i + 1) % RECENT) /* another address: a miss */
        if (memo->recent[i].addr == key && strcmp(memo->recent[i].key, key) == 0)
            return memo->recent[i].text;
    return NULL;
}

const char *wording_recent_put(TemplateSet *set, const char *key, const char *text)
{
    if (!set || !key || !text)
        return text;
    Arena *arena;
    struct WordingMemo *memo = memo_of(set, &arena);
    /* the first of its slots that is free or this key's, else its own:
     * keys whose literals met in one pair of slots took each other's in
     * turn, every ask a miss (a build of 1,000
     * tasks asked the wording tables 1,800 times for 18 keys: perf18's
     * case 4 after a change of the binary's layout, s28fixlow) */
    size_t home = recent_slot(key), i = home;
    for (size_t k = 0; k < RECENT_PROBES; k++, i = (i + 1) % RECENT)
        if (!memo->recent[i].key || memo->recent[i].addr == key)
            break;
    if (i == (home + RECENT_PROBES) % RECENT) /* all taken by others */
        i = home;
    memo->recent[i].key = arena_strdup(arena, key);
    memo->recent[i].addr = key;
    memo->recent[i].text = text;
    return text;
}
