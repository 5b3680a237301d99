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
 * the plan prints, which diff compares already.
 */
#include <stdlib.h>
#include <string.h>

#include "diff_impl.h"
#include "emit_yaml.h"
#include "load.h"

const char *diff_unplaced_notes(Arena *arena, const char *path)
{
    size_t len = 0; /* read again: the loader keeps no comments; up to a plan's
                     * size, which compiled: at 16 MiB a plan of 20 MB lost its
                     * notes and diff said "the same" (s20attack F7) */
    char *text = read_file(path, load_default_limits().max_bytes, &len);
    if (!text)
        return NULL;
    Buf notes = {0};
    for (size_t at = 0; at < len;) {
        const char *nl = memchr(text + at, '\n', len - at);
        size_t line_len = nl ? (size_t)(nl - (text + at)) : len - at;
        size_t note_len = 0;
        const char *note = emit_unplaced_note(text + at, line_len, &note_len);
        if (note) { /* shown without its mark " [KH759]" */
            if (notes.len)
                buf_putc(&notes, '\n');
            buf_putn(&notes, note, note_len - (sizeof " [KH759]" - 1));
        }
        at += line_len + 1;
    }
    const char *out = notes.len ? buf_to_arena(&notes, arena) : NULL;
    buf_free(&notes);
    free(text);
    return out;
}
