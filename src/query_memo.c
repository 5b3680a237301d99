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

/* Appends U+001F and each of the n ids to key; frees it (no key: made
 * each time) when an id is missing or holds U+001F, which the key could
 * not tell apart. */
static void memo_key_ids(Buf *key, const char *const *ids, size_t n)
{
    for (size_t i = 0; i < n && key->data; i++) {
        if (!ids[i] || strchr(ids[i], '\x1f')) {
            buf_free(key);
            break;
        }
        buf_putc(key, '\x1f');
        buf_puts(key, ids[i]);
    }
}

/* The text kept under key (a malloc'd Buf, freed here; NULL: none) in
 * r->names_memo, or NULL. */
static const char *memo_get(QueryCtx *r, Buf *key)
{
    size_t known = key->data ? strset_find(&r->names_memo, key->data) : (size_t)-1;
    if (known == (size_t)-1)
        return NULL;
    buf_free(key);
    return (const char *)(uintptr_t)known;
}

/* Keeps b's text (freed) in the arena, under key (freed) when there is
 * one; returns the kept text. */
static const char *memo_put(QueryCtx *r, Buf *key, Buf *b)
{
    char *s = buf_to_arena(b, r->arena);
    buf_free(b);
    if (key->data)
        strset_add(&r->names_memo, buf_to_arena(key, r->arena), (size_t)(uintptr_t)s);
    buf_free(key);
    return s;
}

/* The key: the ids joined by U+001F after the form asked for. */
const char *query_unit_names(QueryCtx *r, const char *const *ids, size_t n, int use_short)
{
    if (r->ids_only)
        return ""; /* the ids are the raw values */
    Buf key = {0};
    buf_putc(&key, use_short ? 's' : 'f');
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
    Buf key = {0};
    if (!task->lead_note) {
        size_t n_leads;
        const char *const *leads = task_leads(task, &n_leads);
        char num[24]; /* the number, in decimal (buf_printf cost as much as the phrase) */
        size_t k = sizeof num, v = n_leads;
        do
            num[--k] = (char)('0' + v % 10);
        while (v /= 10);
        buf_putc(&key, 'r');
        buf_putn(&key, num + k, sizeof num - k);
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

