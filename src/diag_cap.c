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

int diag_would_keep(DiagSink *sink, DiagLevel level, const char *file)
{
    if (sink->max_errors <= 0 || level == DIAG_NOTE)
        return 1;
    const FileCap *cap = diag_file_cap(sink, file);
    return (level == DIAG_ERROR ? cap->kept_errors : cap->kept_warnings) < sink->max_errors;
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
        if (d->silenced || d->folded || d->level == DIAG_NOTE)
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
