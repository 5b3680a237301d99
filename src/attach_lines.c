/* attach_lines.c - a table's texts printed as one line or as its cells
 * (title, note, heading rows, totals label, column headings and group
 * titles): checked for their references and expanded, at resolve.
 *
 * attach_rows.c builds a table's rows and calls here twice: the texts a
 * table's cells hold before its rows are made (att_expand_texts, keep
 * lines), and the one-line texts once every table's cells are made
 * (att_resolve_lines), since a figure in them may count any table. Moved
 * from attach_rows.c as it was (session 43), which neared its size limit.
 */
#include "attach_impl.h"

#include <string.h>

#include "inline.h"
#include "query.h"

/* Expands the texts of a table that are printed as one line (title, note,
 * heading rows, totals label) or as its cells (keep_lines). */
void att_expand_texts(Resolver *r, AttachSpec *spec, int keep_lines)
{
    for (size_t k = 0; k < spec->n_texts; k++) {
        const TextRef *ref = &spec->texts[k];
        if (ref->one_line == keep_lines)
            continue;
        TextSite site = {*ref->slot, ref->node, NULL, 0};
        r->errors += inline_check(&r->ctx, r->diags, &site);
        *ref->slot = query_expand_written(&r->q, *ref->slot);
        if (ref->one_line)
            *ref->slot = text_one_line(r->arena, *ref->slot);
    }
}

/* One table's other texts: title, note, heading rows, totals label and
 * column headings, once every table's cells are made (a figure there may
 * count any table, its own included). */
void att_resolve_lines(Resolver *r, Attachment *att, AttachSpec *spec)
{
    if (spec->broken)
        return;
    att_expand_texts(r, spec, 0);
    att_kinds_left(r, att, spec->preset_root); /* "{kinds}" over rows not localities' */
    /* headings read as the other texts ("Năm {year}"; stars: L2) */
    for (size_t c = 0; c < att->n_columns; c++) {
        Column *col = &att->columns[c];
        /* checked as every text that takes references ("{yaer}", "{year}}"
         * and "\{year}" printed as they came, no message: s37lang) */
        if (col->header && col->header_node && strchr(col->header, '{')) {
            TextSite site = {col->header, col->header_node, NULL, 0};
            r->errors += inline_check(&r->ctx, r->diags, &site);
        }
        if (col->group && col->group_node && strchr(col->group, '{')) {
            TextSite site = {col->group, col->group_node, NULL, 0};
            r->errors += inline_check(&r->ctx, r->diags, &site);
        }
        if (col->header)
            col->header = query_expand_written(&r->q, col->header);
        if (col->group)
            col->group = query_expand_written(&r->q, col->group);
    }
    for (size_t k = 0; spec->gen.present && k < spec->gen.n_titles; k++) {
        const GenTitle *t = &spec->gen.titles[k]; /* a group's title row, as a heading */
        if (t->title && t->at && strchr(t->title, '{')) {
            /* "Cấp {kinds}": the kinds of the group's rows (att_kinds_titles) */
            TextSite site = {att_kinds_checked(r->arena, t->title), t->at, NULL, 0};
            r->errors += inline_check(&r->ctx, r->diags, &site);
        }
    }
}

