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
 * own and is printed as before.
 *
 * Not a stage: the sink's own step (diag_impl.h). Owns nothing after it
 * returns but the note it adds to each first diagnostic.
 */
#include "diag_impl.h"

#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "util.h"

/* A message met FOLD_FROM times or more is folded (two alike are two
 * slips as often as one, and print as before); the note lists the first
 * MAX_LISTED places of the others. */
enum { FOLD_FROM = 3, MAX_LISTED = 6 };
static const size_t NONE = (size_t)-1;

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

void diag_fold_repeats(Diag *pending, size_t n)
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
        if (d->silenced || d->level == DIAG_NOTE || !d->code[0])
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
        if (first[i] != i || count[i] < FOLD_FROM)
            continue;
        buf_reset(&list);
        size_t listed = 0;
        for (size_t k = i + 1; k < n && listed < count[i] - 1; k++) {
            if (first[k] != i)
                continue;
            pending[k].folded = 1;
            if (++listed <= MAX_LISTED)
                buf_printf(&list, "%s%d:%d", listed > 1 ? ", " : "", pending[k].pos.line,
                           pending[k].pos.col);
            else if (listed == MAX_LISTED + 1)
                buf_puts(&list, ", ...");
        }
        add_fold_note(&pending[i], count[i] - 1, &list);
    }
    buf_free(&list);
    strset_free(&seen);
    for (size_t k = 0; k < n_keys; k++)
        free(keys[k]);
    free(keys);
    free(first);
    free(count);
}
