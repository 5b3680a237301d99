/* attach_hint.c - what to write instead when a table names no column (KH610).
 *
 * A row's cell under a key the table does not have, or a 'merge' entry
 * naming no column, used to say only "no column 'x'" when no column was
 * close enough for "did you mean". The message now says what to do: the
 * nearest key when one is close (suggest.h), else the table's column keys
 * when there are few (at most ATT_HINT_MAX_KEYS), else where the keys are
 * (a column without a key, kept since s37low2, takes no value by key and
 * is not listed: it was listed as '', s38review L5).
 * The cost is one suggestion search per error (suggest.c's shared budget)
 * and a walk over at most a few keys: nothing for a plan without the error.
 */
#include "attach_impl.h"

#include <stddef.h>

#include "diag.h"
#include "suggest.h"
#include "util.h"

/* Listed in the message up to this many keys (and this many bytes). */
enum { ATT_HINT_MAX_KEYS = 8, ATT_HINT_MAX_BYTES = 160 };

/* Writes "'a', 'b', 'c'" (the keys of att's columns a value may be written
 * under: STT is numbered by khgen) into out; returns 0 when there are
 * none or too many to list. */
static int list_keys(Buf *out, const Attachment *att)
{
    size_t listed = 0;
    for (size_t c = 0; c < att->n_columns; c++) {
        const Column *col = &att->columns[c];
        if (col->type == COL_STT || !col->key || !col->key[0]) /* keyless: no value under it */
            continue;
        if (++listed > ATT_HINT_MAX_KEYS)
            return 0;
        buf_printf(out, "%s'%s'", listed > 1 ? ", " : "", col->key);
        if (out->len > ATT_HINT_MAX_BYTES)
            return 0;
    }
    return listed > 0;
}

int att_report_no_column(DiagSink *diags, const YNode *key, const Attachment *att, int in_merge)
{
    const char *name = key->text;
    const char *hint = suggest_best_in(name, att->columns, att->n_columns, sizeof(Column),
                                       offsetof(Column, key));
    Buf keys = {0};
    int listed = !hint && list_keys(&keys, att);
    int span = yread_span(key);
    if (in_merge) {
        if (hint)
            diag_error(diags, key->pos, span, KH610,
                       "'merge' names no column '%s' (did you mean '%s'?)", name, hint);
        else if (listed)
            diag_error(diags, key->pos, span, KH610,
                       "'merge' names no column '%s': name one of the table's columns (%s)",
                       name, buf_str(&keys));
        else
            diag_error(diags, key->pos, span, KH610,
                       "'merge' names no column '%s': name a key of the table's 'columns'",
                       name);
    } else if (strcmp(name, "heading") == 0) { /* `{heading: X, n: 12}` (s25attack) */
        diag_error(diags, key->pos, span, KH610,
                   "a row {heading: TITLE} is a group row and holds its title alone; this one "
                   "has other keys: delete them, or write the values as a row of their own "
                   "under it");
    } else {
        if (hint)
            diag_error(diags, key->pos, span, KH610,
                       "the table has no column '%s' (did you mean '%s'?)", name, hint);
        else if (listed)
            diag_error(diags, key->pos, span, KH610,
                       "the table has no column '%s': write the value under one of its "
                       "columns (%s), or add the column to 'columns'",
                       name, buf_str(&keys));
        else
            diag_error(diags, key->pos, span, KH610,
                       "the table has no column '%s': write the value under a key of its "
                       "'columns', or add the column there",
                       name);
    }
    buf_free(&keys);
    return 1;
}
