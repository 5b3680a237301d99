/* diag_fold.c - one mistake, one message: the repeats of a message the
 * sink prints once, with a count.
 *
 * A mistake met at many places gave a message at each: a unit id misspelt
 * in the lead of 50 tasks, 50 KH202 "unknown unit 'tckhh' (did you mean
 * 'tckh'?)"; a figure's filter over a key no locality has, a KH505 at every
 * figure. `khgen check` of a plan with one mistake printed a page
 * (s36low's leftover; s37lang). Before printing, the sink (diag_flush,
 * under a cap: --max-errors 0 asks for every one) folds every diagnostic
 * whose level, code, file, message and notes are those of an earlier one,
 * when they are FOLD_FROM or more: the first is printed at its place,
 * with a note saying how many more and where (their first MAX_LISTED
 * line:col), and the others are counted (the status and the summary line
 * are as before) but not printed. A message that names what differs (a
 * locality, a figure's value), or whose notes differ, is a message of its
 * own and is printed as before. Those the cap drops (--max-errors, 50 a
 * file) are counted too, where they are alike a kept one (FoldCounts): 20,000
 * unclosed '{a' said "the same message at 49 more places" (s38review M2).
 *
 * The sink's other rule of repeats lives here too: the same message at
 * the same place is kept once (diag_seen_before).
 *
 * Not a stage: the sink's own step (diag_impl.h). Owns nothing after it
 * returns but the note it adds to each first diagnostic, and FoldCounts
 * (diag_fold_counts_free).
 */
#include "diag_impl.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "util.h"

/* A message met FOLD_FROM times or more is folded (two alike are two
 * slips as often as one, and print as before); the note lists the first
 * MAX_LISTED places of the others. */
enum { FOLD_FROM = 3, MAX_LISTED = 6 };
static const size_t NONE = (size_t)-1;

/* One message kept under the cap and how many alike the cap dropped. */
typedef struct Alike {
    char *key;               /* malloc'd (message_key) */
    size_t dropped;
    SrcPos at[MAX_LISTED];   /* the first dropped ones' places */
    int taken;               /* counted in a fold's note already */
} Alike;

struct FoldCounts {
    StrSet messages;         /* message_key -> index in alike */
    StrSet codes;            /* code_key -> 0: a kept one has it */
    Alike *alike;
    size_t n, cap;
    char **code_keys;        /* the codes set's keys, malloc'd */
    size_t n_codes, cap_codes;
};

/* Appends "level code file" to key, 0xFF between them; with message too
 * when it is not NULL. Written piece by piece, not by printf: past the
 * cap each dropped message is looked up twice (400,000 unknown keys spent
 * a quarter of a check in printf here, s41scale). */
static void put_key(Buf *key, DiagLevel level, const char *code, const char *file,
                    const char *message)
{
    buf_put_int(key, (long)level, 0);
    buf_putc(key, '\xff');
    buf_puts(key, code ? code : "");
    buf_putc(key, '\xff');
    buf_puts(key, file ? file : "");
    if (message) {
        buf_putc(key, '\xff');
        buf_puts(key, message);
    }
}

/* put_key's key, malloc'd. */
static char *message_key(DiagLevel level, const char *code, const char *file, const char *message)
{
    Buf key = {0};
    put_key(&key, level, code, file, message);
    char *out = xmalloc(key.len + 1);
    memcpy(out, buf_str(&key), key.len + 1);
    buf_free(&key);
    return out;
}

/* The value of put_key's key in set, or NONE: looked up in a scratch
 * buffer, nothing kept. */
static size_t find_key(const StrSet *set, DiagLevel level, const char *code, const char *file,
                       const char *message)
{
    Buf key = {0};
    put_key(&key, level, code, file, message);
    size_t at = strset_find(set, buf_str(&key));
    buf_free(&key);
    return at;
}

void diag_fold_kept(FoldCounts **counts, const Diag *d)
{
    if (!d->code[0])
        return;
    if (!*counts) {
        *counts = xmalloc(sizeof **counts);
        memset(*counts, 0, sizeof **counts);
    }
    FoldCounts *fc = *counts;
    char *key = message_key(d->level, d->code, d->pos.file, d->message);
    if (strset_find(&fc->messages, key) != NONE) {
        free(key);
        return;
    }
    if (fc->n == fc->cap) {
        fc->cap = fc->cap ? 2 * fc->cap : 16;
        fc->alike = xrealloc(fc->alike, fc->cap * sizeof *fc->alike);
    }
    memset(&fc->alike[fc->n], 0, sizeof fc->alike[fc->n]);
    fc->alike[fc->n].key = key;
    strset_add(&fc->messages, key, fc->n++);
    char *code = message_key(d->level, d->code, d->pos.file, NULL);
    if (strset_find(&fc->codes, code) != NONE) {
        free(code);
        return;
    }
    if (fc->n_codes == fc->cap_codes) {
        fc->cap_codes = fc->cap_codes ? 2 * fc->cap_codes : 16;
        fc->code_keys = xrealloc(fc->code_keys, fc->cap_codes * sizeof *fc->code_keys);
    }
    fc->code_keys[fc->n_codes++] = code;
    strset_add(&fc->codes, code, 0);
}

int diag_fold_wants(const FoldCounts *counts, DiagLevel level, const char *code, const char *file)
{
    if (!counts || !code || !code[0])
        return 0;
    return find_key(&counts->codes, level, code, file, NULL) != NONE;
}

int diag_fold_repeat(const FoldCounts *counts, DiagLevel level, const char *code,
                     const char *file, const char *message)
{
    if (!counts || !code || !code[0])
        return 0;
    return find_key(&counts->messages, level, code, file, message) != NONE;
}

void diag_fold_dropped(FoldCounts *counts, DiagLevel level, const char *code, SrcPos pos,
                       const char *message)
{
    if (!counts)
        return;
    size_t at = find_key(&counts->messages, level, code, pos.file, message);
    if (at == NONE)
        return;
    Alike *a = &counts->alike[at];
    if (a->dropped < MAX_LISTED)
        a->at[a->dropped] = pos;
    a->dropped++;
}

void diag_fold_counts_free(FoldCounts *counts)
{
    if (!counts)
        return;
    for (size_t i = 0; i < counts->n; i++)
        free(counts->alike[i].key);
    for (size_t i = 0; i < counts->n_codes; i++)
        free(counts->code_keys[i]);
    free(counts->alike);
    free(counts->code_keys);
    strset_free(&counts->messages);
    strset_free(&counts->codes);
    free(counts);
}

/* The Alike of d's message in counts not yet counted in a note, taken
 * now; NULL when none. */
static Alike *take_alike(FoldCounts *counts, const Diag *d)
{
    if (!counts)
        return NULL;
    size_t at = find_key(&counts->messages, d->level, d->code, d->pos.file, d->message);
    if (at == NONE || counts->alike[at].taken || !counts->alike[at].dropped)
        return NULL;
    counts->alike[at].taken = 1;
    return &counts->alike[at];
}

/* Appends place at to list as the listed-th place of a note (", " between
 * them, ", ..." once past MAX_LISTED). */
static void list_place(Buf *list, size_t listed, SrcPos at)
{
    if (listed <= MAX_LISTED)
        buf_printf(list, "%s%d:%d", listed > 1 ? ", " : "", at.line, at.col);
    else if (listed == MAX_LISTED + 1)
        buf_puts(list, ", ...");
}

/* The key that tells two diagnostics are one message: level, code, file,
 * message and notes (a note that says more, the loader's "stopped loading
 * after 50 errors" on the last, is never folded away), a 0xFF between
 * them. malloc'd. */
static char *fold_key(const Diag *d)
{
    Buf key = {0};
    buf_printf(&key, "%d\xff%s\xff", (int)d->level, d->code);
    buf_puts(&key, d->pos.file ? d->pos.file : "");
    buf_putc(&key, '\xff');
    buf_puts(&key, d->message);
    for (size_t k = 0; k < d->n_notes; k++) /* "stopped loading after 50 errors" */
        buf_printf(&key, "\xff%s:%d:%d:%s", d->notes[k].pos.file ? d->notes[k].pos.file : "",
                   d->notes[k].pos.line, d->notes[k].pos.col, d->notes[k].message);
    char *out = xmalloc(key.len + 1);
    memcpy(out, buf_str(&key), key.len + 1);
    buf_free(&key);
    return out;
}

/* Adds to first the note of its folded repeats: count of them, the first
 * MAX_LISTED of whose positions are in list. */
static void add_fold_note(Diag *first, size_t count, const Buf *list)
{
    Buf note = {0};
    buf_printf(&note,
               i18n_ntr("the same message at %zu more place in this file, not shown: %s",
                        "the same message at %zu more places in this file, not shown: %s",
                        (unsigned long)count),
               count, buf_str(list));
    first->notes = xrealloc(first->notes, (first->n_notes + 1) * sizeof *first->notes);
    first->notes[first->n_notes].pos = (SrcPos){0};
    first->notes[first->n_notes].message = xmalloc(note.len + 1);
    memcpy(first->notes[first->n_notes].message, buf_str(&note), note.len + 1);
    first->n_notes++;
    buf_free(&note);
}

void diag_fold_repeats(Diag *pending, size_t n, FoldCounts *counts)
{
    StrSet seen = {0};
    char **keys = xmalloc((n + 1) * sizeof *keys);
    size_t *first = xmalloc((n + 1) * sizeof *first);  /* i's first, or NONE */
    size_t *count = xmalloc((n + 1) * sizeof *count);  /* a first's group */
    size_t n_keys = 0;
    for (size_t i = 0; i < n; i++) {
        Diag *d = &pending[i];
        count[i] = 0;
        first[i] = NONE;
        if (d->silenced || d->evicted || d->level == DIAG_NOTE || !d->code[0])
            continue;
        char *key = fold_key(d);
        first[i] = strset_add(&seen, key, i);
        count[first[i]]++;
        if (first[i] == i)
            keys[n_keys++] = key; /* the set borrows it */
        else
            free(key);
    }
    Buf list = {0};
    for (size_t i = 0; i < n; i++) {
        Alike *alike = first[i] == i ? take_alike(counts, &pending[i]) : NULL;
        size_t dropped = alike ? alike->dropped : 0; /* past the cap, alike */
        if (first[i] != i || count[i] + dropped < FOLD_FROM)
            continue;
        buf_reset(&list);
        size_t listed = 0;
        for (size_t k = i + 1; k < n && listed < count[i] - 1; k++) {
            if (first[k] != i)
                continue;
            pending[k].folded = 1;
            list_place(&list, ++listed, pending[k].pos);
        }
        for (size_t k = 0; k < dropped && listed <= MAX_LISTED; k++)
            list_place(&list, ++listed, k < MAX_LISTED ? alike->at[k] : (SrcPos){0});
        add_fold_note(&pending[i], count[i] - 1 + dropped, &list);
        pending[i].repeats = count[i] - 1;
    }
    buf_free(&list);
    strset_free(&seen);
    for (size_t k = 0; k < n_keys; k++)
        free(keys[k]);
    free(keys);
    free(first);
    free(count);
}

/* One mistake is reported once however often it is met: a wording with a
 * missing partial is rendered for each task and each format, and gave 18
 * copies of one KH804 (diag.c's is_repeat, moved here). */
int diag_seen_before(SeenSet *seen, DiagLevel level, SrcPos pos, const char *code,
                     const char *message)
{
    char where[64];
    int n = snprintf(where, sizeof where, "%d:%d:%d:%s", (int)level, pos.line, pos.col,
                     code ? code : "");
    /* the one hash (util.h) of the three, a 0xFF between them ("ab"+"c" is
     * not "a"+"bc"): FNV-1a unmixed gave the slot from low bits that
     * messages crafted alike share (s27fixcycle) */
    Buf key = {0};
    buf_putn(&key, where, (size_t)n);
    buf_putc(&key, '\xff');
    buf_puts(&key, pos.file ? pos.file : "");
    buf_putc(&key, '\xff');
    buf_puts(&key, message);
    unsigned long long h = text_hash(key.data, key.len);
    buf_free(&key);
    h += !h; /* 0 marks an empty slot */
    if (2 * (seen->used + 1) > seen->n) {
        size_t grown = seen->n ? seen->n * 2 : 64;
        unsigned long long *fresh = xmalloc(grown * sizeof *fresh);
        memset(fresh, 0, grown * sizeof *fresh);
        for (size_t i = 0; i < seen->n; i++) {
            if (!seen->slots[i])
                continue;
            size_t j = (size_t)seen->slots[i] & (grown - 1);
            while (fresh[j])
                j = (j + 1) & (grown - 1);
            fresh[j] = seen->slots[i];
        }
        free(seen->slots);
        seen->slots = fresh;
        seen->n = grown;
    }
    size_t j = (size_t)h & (seen->n - 1);
    for (; seen->slots[j]; j = (j + 1) & (seen->n - 1))
        if (seen->slots[j] == h)
            return 1;
    seen->slots[j] = h;
    seen->used++;
    return 0;
}

