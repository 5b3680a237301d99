/* query_memo.c - the units' phrases of the tables' cells, made once for
 * each list of ids and shared (query.h).
 *
 * A table of 5,000 tasks or 20 criteria names the same few dozen units, or
 * pairs of a lead and supporting units, thousands of times: the names of a
 * list of units, and a task's "Phụ trách" phrase, are made once for each
 * list of ids through the caller's QueryText hooks (inline.c's) and kept in
 * the QueryCtx's names_memo, keyed by the ids. Part of query_fields.c's
 * work (stage 3, resolve, and render); allocates in the QueryCtx's arena.
 */
#include "query.h"

#include <stdint.h>
#include <string.h>

/* A memo key, on the stack: the ids of a task or a row are a few short
 * words (a Buf for each, its calls and its free, cost more than the
 * look-up). A longer list is not kept (ok 0): made each time, as a list
 * of ids that holds U+001F is. */
enum { MEMO_KEY_MAX = 512 };

typedef struct MemoKey {
    char text[MEMO_KEY_MAX];
    size_t len;
    int ok;
} MemoKey;

static void memo_key_start(MemoKey *key, char kind)
{
    key->text[0] = kind;
    key->len = 1;
    key->ok = 1;
}

/* Appends U+001F and each of the n ids to key; no key when an id is
 * missing or holds U+001F, which the key could not tell apart, or when
 * they do not fit. */
static void memo_key_ids(MemoKey *key, const char *const *ids, size_t n)
{
    for (size_t i = 0; i < n && key->ok; i++) {
        size_t m = ids[i] ? strlen(ids[i]) : 0;
        if (!ids[i] || memchr(ids[i], '\x1f', m) || key->len + 1 + m >= MEMO_KEY_MAX) {
            key->ok = 0;
            break;
        }
        key->text[key->len++] = '\x1f';
        memcpy(key->text + key->len, ids[i], m);
        key->len += m;
    }
    key->text[key->ok ? key->len : 0] = '\0';
}

/* The text kept under key in r->names_memo, or NULL. */
static const char *memo_get(QueryCtx *r, const MemoKey *key)
{
    size_t known = key->ok ? strset_find(&r->names_memo, key->text) : (size_t)-1;
    return known == (size_t)-1 ? NULL : (const char *)(uintptr_t)known;
}

/* Keeps b's text (freed) in the arena, under key when there is one;
 * returns the kept text. */
static const char *memo_put(QueryCtx *r, const MemoKey *key, Buf *b)
{
    char *s = buf_to_arena(b, r->arena);
    buf_free(b);
    if (key->ok)
        strset_add(&r->names_memo, arena_strndup(r->arena, key->text, key->len),
                   (size_t)(uintptr_t)s);
    return s;
}

/* The key: the ids joined by U+001F after the form asked for. */
const char *query_unit_names(QueryCtx *r, const char *const *ids, size_t n, int use_short)
{
    if (r->ids_only)
        return ""; /* the ids are the raw values */
    MemoKey key;
    memo_key_start(&key, use_short ? 's' : 'f');
    memo_key_ids(&key, ids, n);
    const char *known = memo_get(r, &key);
    if (known)
        return known;
    Buf b = {0};
    r->text->units(&r->ctx, ids, n, use_short, INLINE_PLAIN, &b);
    return memo_put(r, &key, &b);
}

/* The responsible-unit phrase of a task, exactly as its "Phụ trách" line
 * prints it (inline_put_responsible), as plain text. */
static void put_task_responsible(QueryCtx *r, const Task *task, Buf *out)
{
    InlineCtx ctx = r->ctx;
    ctx.task = task;
    r->text->responsible(&ctx, task, INLINE_PLAIN, out);
}

/* Shared when the task has no lead note (whose references are its own):
 * the key is the number of leads, then the leads' and the supports' ids. */
const char *query_task_responsible(QueryCtx *r, const Task *task)
{
    MemoKey key;
    memo_key_start(&key, 'r');
    key.ok = !task->lead_note;
    if (key.ok) {
        size_t n_leads;
        const char *const *leads = task_leads(task, &n_leads);
        char num[24]; /* the number, in decimal (buf_printf cost as much as the phrase) */
        size_t k = sizeof num, v = n_leads;
        do
            num[--k] = (char)('0' + v % 10);
        while (v /= 10);
        memcpy(key.text + key.len, num + k, sizeof num - k);
        key.len += sizeof num - k;
        memo_key_ids(&key, leads, n_leads);
        memo_key_ids(&key, task->support, task->n_support);
    }
    const char *known = memo_get(r, &key);
    if (known)
        return known;
    Buf b = {0};
    put_task_responsible(r, task, &b);
    return memo_put(r, &key, &b);
}
