/* diag_cap.c - the sink's cap (--max-errors, like gcc's -fmax-errors):
 * how many diagnostics of each level a file keeps, the per-file counts
 * (FileCap), the last line that says what was left out, and, at flush, the
 * trim of what is printed to the cap after folding. Moved out of diag.c
 * (at 1,199 lines), which records and prints; the sink's struct is shared
 * through diag_impl.h.
 *
 * Not a stage: the sink's own step. Owns each FileCap's copy of its file
 * name (freed by diag_free).
 */
#include "diag_impl.h"

#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "util.h"

void diag_set_max_errors(DiagSink *sink, int max_errors)
{
    sink->max_errors = max_errors > 0 ? max_errors : 0;
    sink->cap_hint = CAP_HINT_OPTION;
}

/* The line of those past the cap, for the sink's command (see CapHint):
 * only check and build take --max-errors; diff, new, import, convert and
 * init refuse it, so their line must not tell to use it (s20scale). It
 * names what is left out, errors, warnings or both, each count in its
 * number ("1 more error", s40imp), never "0 more errors" (s40attack L4). */
void diag_put_cap_line(const DiagSink *sink, Buf *line, const FileCap *cap)
{
    Buf e = {0}, w = {0}, left = {0};
    buf_printf(&e, i18n_ntr("%d more error", "%d more errors", (unsigned long)cap->dropped_errors),
               cap->dropped_errors);
    buf_printf(&w, i18n_ntr("%d more warning", "%d more warnings",
                            (unsigned long)cap->dropped_warnings), cap->dropped_warnings);
    const char *head = !cap->dropped_warnings ? i18n_tr("too many errors")
                       : !cap->dropped_errors ? i18n_tr("too many warnings")
                                              : i18n_tr("too many errors and warnings");
    if (cap->dropped_errors && cap->dropped_warnings)
        buf_printf(&left, i18n_tr("%s and %s"), buf_str(&e), buf_str(&w));
    else
        buf_puts(&left, buf_str(cap->dropped_errors || !cap->dropped_warnings ? &e : &w));
    if (sink->cap_hint == CAP_HINT_OPTION)
        buf_printf(line, i18n_tr("%s: %s not shown (at most %d of each per file; --max-errors N "
                                 "changes it, 0 shows all)\n"),
                   head, buf_str(&left), sink->max_errors);
    else if (sink->cap_hint == CAP_HINT_CHECK)
        buf_printf(line, i18n_tr("%s: %s not shown (at most %d of each per file; 'khgen check "
                                 "--max-errors 0' on the plan shows all)\n"),
                   head, buf_str(&left), sink->max_errors);
    else
        buf_printf(line, i18n_tr("%s: %s not shown (at most %d of each per file)\n"), head,
                   buf_str(&left), sink->max_errors);
    buf_free(&e);
    buf_free(&w);
    buf_free(&left);
}

FileCap *diag_file_cap(DiagSink *sink, const char *file)
{
    const char *key = file ? file : "";
    for (size_t i = 0; i < sink->n_caps; i++)
        if (strcmp(sink->caps[i].file, key) == 0)
            return &sink->caps[i];
    sink->caps = xrealloc(sink->caps, (sink->n_caps + 1) * sizeof *sink->caps);
    FileCap *cap = &sink->caps[sink->n_caps++];
    memset(cap, 0, sizeof *cap);
    cap->file = xstrdup(key);
    return cap;
}

/* 1 if a is before b in their file (by line, then column). */
static int before(SrcPos a, SrcPos b)
{
    return a.line < b.line || (a.line == b.line && a.col < b.col);
}

int diag_would_keep(DiagSink *sink, DiagLevel level, SrcPos pos)
{
    if (sink->max_errors <= 0 || level == DIAG_NOTE)
        return 1;
    const FileCap *cap = diag_file_cap(sink, pos.file);
    return (level == DIAG_ERROR ? cap->kept_errors : cap->kept_warnings) < sink->max_errors ||
           before(pos, cap->last[level != DIAG_ERROR]);
}

void diag_cap_kept(FileCap *cap, DiagLevel level, SrcPos pos)
{
    SrcPos *last = &cap->last[level != DIAG_ERROR];
    if (before(*last, pos))
        *last = pos;
}

/* The cap keeps the first N of a file in its order, not the first N found:
 * the stages report in their own order (the loader, the reader, resolve,
 * check), and `--max-errors 1` showed a reader's error at line 63 where a
 * unit misspelt at line 50 was found later (s41user L1); an official
 * fixes a plan from the top. The places of the kept ones are compared
 * only when pos is before the latest (FileCap.last), so diagnostics met in
 * the file's order (400,000 unknown keys) cost nothing more; the scan for
 * the latest is over the pending ones, which the cap bounds. */
int diag_cap_evict(DiagSink *sink, FileCap *cap, DiagLevel level, SrcPos pos)
{
    SrcPos *last = &cap->last[level != DIAG_ERROR];
    if (!before(pos, *last))
        return 0;
    Diag *latest = NULL;
    SrcPos next = pos; /* the latest kept after this one is in */
    for (size_t i = 0; i < sink->n_pending; i++) {
        Diag *d = &sink->pending[i];
        if (d->level != level || d->silenced || d->evicted ||
            strcmp(d->pos.file ? d->pos.file : "", cap->file) != 0)
            continue;
        if (!latest || !before(d->pos, latest->pos)) {
            if (latest && before(next, latest->pos))
                next = latest->pos;
            latest = d;
        } else if (before(next, d->pos)) {
            next = d->pos;
        }
    }
    if (!latest || !before(pos, latest->pos)) {
        *last = latest ? latest->pos : pos; /* nothing after it: it is left out */
        return 0;
    }
    latest->evicted = 1;
    *(level == DIAG_ERROR ? &cap->dropped_errors : &cap->dropped_warnings) += 1;
    *last = next;
    return 1;
}

/* After folding, a file prints at most max_errors errors and as many
 * warnings in all: the repeats that passed the cap (record) and did not
 * fold, two alike or their notes different, are counted past it with
 * what their fold held. pending is sorted by file. */
void diag_cap_printed(DiagSink *sink)
{
    FileCap *cap = NULL;
    for (size_t i = 0; i < sink->n_pending && sink->max_errors > 0; i++) {
        Diag *d = &sink->pending[i];
        if (d->silenced || d->folded || d->evicted || d->level == DIAG_NOTE)
            continue;
        if (!cap || strcmp(cap->file, d->pos.file ? d->pos.file : "") != 0)
            cap = diag_file_cap(sink, d->pos.file);
        int error = d->level == DIAG_ERROR;
        int *printed = error ? &cap->printed_errors : &cap->printed_warnings;
        if (++*printed <= sink->max_errors)
            continue;
        d->folded = 1;
        *(error ? &cap->dropped_errors : &cap->dropped_warnings) += 1 + (int)d->repeats;
    }
}
