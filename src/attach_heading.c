/* attach_heading.c - a written heading row with nothing under it (KH631).
 *
 * A table's written rows may hold heading rows ('- heading: Cấp huyện'),
 * each printed as a group row numbered I, II, ... above the rows after it.
 * One followed at once by another heading, or ending the table, printed an
 * empty group (I, then II) without a word, and one written twice in a row
 * two groups of one name, the first empty (s23low 5): a warning at it.
 */
#include "attach_impl.h"

#include <string.h>

#include "diag.h"
#include "yread.h"

void att_check_heading_rows(DiagSink *diags, const Attachment *att)
{
    for (size_t i = 0; i < att->n_rows; i++) {
        const Row *row = &att->rows[i], *next = i + 1 < att->n_rows ? &att->rows[i + 1] : NULL;
        if (!row->is_group || !row->title_node || (next && !next->is_group))
            continue;
        if (next && next->title_node && strcmp(next->group_title, row->group_title) == 0)
            diag_warning(diags, next->title_node->pos, yread_span(next->title_node), KH631,
                         "the heading row '%s' is written twice in a row: the table prints two "
                         "groups of that name, the first one empty; delete one of the two",
                         row->group_title);
        else
            diag_warning(diags, row->title_node->pos, yread_span(row->title_node), KH631,
                         "the heading row '%s' has no rows under it: the table prints it as "
                         "an empty group; write its rows under it, or delete it",
                         row->group_title);
    }
}
