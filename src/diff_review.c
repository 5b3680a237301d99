/* diff_review.c - `khgen diff`: the notes of a plan source on document
 * text the plan does not print.
 *
 * `khgen import` keeps what a department's document holds and a plan has
 * no place for - a text box, a comment, a footnote, cells past a table's
 * columns, a paragraph of an attachment page - as "# review:" comments marked with
 * their warning's code ("# review: a text box: Dự thảo lần 2 [KH759]",
 * emit_unplaced_note). Both documents of `khgen diff draft.yaml
 * imported.yaml` then printed the same, and diff said so (exit 0): a
 * reviewer who read only the diff never saw the department's text box or
 * comment (s18docx L2). Such notes are text of the document compared, so
 * diff reads them from each side's source and compares them as one part,
 * "Ghi chú # review": notes only the imported plan has are an addition
 * (exit 1), notes the drafter answered and deleted a removal, the same
 * notes on both sides no change. An import's guesses ("# review: unit
 * ... inferred from this heading") carry no code: they are about text
 * the plan prints, which diff compares already. Nor are the import's
 * marked notes on how it read the document (KH768: a totals row kept as a
 * row, group rows numbered with a gap, 'Nơi nhận' read by its place):
 * they are the drafter's working notes, in the import's language, about
 * text the plan prints (its change is shown where it prints); in the
 * meeting's Vietnamese redline an English sentence about the import
 * (s43user F2). They are counted, and diff names them apart, on stderr.
 * Which notes are which is emit_note_is_document_text's one decision.
 */
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "diff_impl.h"
#include "emit_yaml.h"
#include "i18n.h"
#include "load.h"

/* Adds the code of a working note (its mark's "KH768") to codes, ", "
 * between, once each. */
static void add_code(Buf *codes, const char *note, size_t note_len)
{
    const char *code = note + note_len - (sizeof "KH759]" - 1);
    for (size_t at = 0; at + 5 <= codes->len; at += 7)
        if (memcmp(codes->data + at, code, 5) == 0)
            return;
    if (codes->len)
        buf_puts(codes, ", ");
    buf_putn(codes, code, 5);
}

const char *diff_unplaced_notes(Arena *arena, const char *path, int *n_working,
                                const char **working_codes)
{
    *n_working = 0;
    *working_codes = NULL;
    size_t len = 0; /* read again: the loader keeps no comments; up to a plan's
                     * size, which compiled: at 16 MiB a plan of 20 MB lost its
                     * notes and diff said "the same" (s20attack F7) */
    char *text = read_file(path, load_default_limits().max_bytes, &len);
    if (!text)
        return NULL;
    Buf notes = {0}, codes = {0};
    for (size_t at = 0; at < len;) {
        const char *nl = memchr(text + at, '\n', len - at);
        size_t line_len = nl ? (size_t)(nl - (text + at)) : len - at;
        size_t note_len = 0;
        const char *note = emit_unplaced_note(text + at, line_len, &note_len);
        if (note && !emit_note_is_document_text(note, note_len)) {
            ++*n_working;
            add_code(&codes, note, note_len);
        } else if (note) { /* shown without its mark " [KH759]" */
            if (notes.len)
                buf_putc(&notes, '\n');
            buf_putn(&notes, note, note_len - (sizeof " [KH759]" - 1));
        }
        at += line_len + 1;
    }
    const char *out = notes.len ? buf_to_arena(&notes, arena) : NULL;
    if (codes.len)
        *working_codes = buf_to_arena(&codes, arena);
    buf_free(&notes);
    buf_free(&codes);
    free(text);
    return out;
}

void diff_say_working_notes(const Plan *plan, const char *name)
{
    if (!plan || plan->working_notes <= 0 || diag_json_on())
        return;
    term_fprintf(stderr,
                 i18n_ntr("khgen: diff: '%s' holds %d note of `khgen import` to its drafter "
                          "('# review: ...', %s), on how it read the document: not the "
                          "document's text, so not compared; settle it, then delete it\n",
                          "khgen: diff: '%s' holds %d notes of `khgen import` to its drafter "
                          "('# review: ...', %s), on how it read the document: not the "
                          "document's text, so not compared; settle them, then delete them\n",
                          (unsigned long)plan->working_notes),
                 name, plan->working_notes, plan->working_codes);
}
