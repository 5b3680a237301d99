/* attach_places.c - the checks of the places a generated table lists,
 * run by attach_rows.c once a table's items are selected: a column of a
 * task's or a criterion's localities that prints two places alike, or
 * rows that do with nothing to tell them apart (KH218),
 * and a commune's table listing other communes of a shared registry
 * (KH269). Each reads the items and writes only diagnostics.
 */
#include "attach_rows_impl.h"

#include <string.h>

#include "commune_scope.h"
#include "locref_names.h"

/* The rows of a table from localities that print one name for two places
 * with nothing beside it to tell them apart: a flat list of a merged
 * commune's villages, "Thôn 1" of the old xã Bình Trung above "Thôn 1" of
 * the old xã Song Giáp, exit 0 (s51cycle's left item 2). Read where the
 * table shows a name column (name, name_full) and neither a column of
 * the place's commune (parent, parent_full) nor groups by it; KH257's
 * twins (one kind, one parent: one place written twice) are not such a
 * pair (LocList), and name_full tells two kinds apart. KH218 at the
 * table's rows, once. Linear in the rows. */
static void check_same_rows(Generation *g, const Attachment *att, const AttachSpec *spec,
                            const RowSpec *rs, const Item *items, size_t n)
{
    int named = 0, full = 0;
    for (size_t c = 0; c < att->n_columns; c++) {
        const Field *f = spec->gen.column_values[c].text ? NULL : rs->col_fields[c].field;
        if (f && (f->id == F_PARENT || f->id == F_PARENT_FULL))
            return;
        named |= f && (f->id == F_NAME || f->id == F_NAME_FULL);
        full |= f && f->id == F_NAME_FULL;
    }
    const Field *by = rs->grouped ? rs->group_field.field : NULL;
    if (g->source != SRC_LOCALITIES || !named || (by && (by->id == F_PARENT || by->id == F_PARENT_FULL)))
        return;
    LocList list = {0};
    for (size_t i = 0; i < n && !list.second; i++)
        locref_list_add(&list, g->r->plan, items[i].ptr);
    const Locality *a = list.first, *b = list.second;
    locref_list_free(&list);
    if (!b || (full && strcmp(a->kind ? a->kind : "", b->kind ? b->kind : "") != 0))
        return;
    diag_warning(g->r->diags, att_own_rows_pos(spec), 1, KH218,
                 "%s lists '%s' in two rows, for '%s' and '%s': a reader cannot tell them apart; "
                 "add a column of their commune ({key: parent_full, header: Thuộc xã}) or group "
                 "the rows by it (group_by: parent), or give each its own name",
                 att->label ? att->label : att->id, a->name, a->id, b->id);
}

/* A column of a task's or a criterion's localities whose cell prints two
 * places alike: "Thôn 1, Thôn 1", two old communes' villages of one name
 * (s51cycle): KH218 at the column, once, naming the row; the registry's
 * twins are KH257's (locref_names.c). Linear in the ids the cells list. */
void att_check_same_places(Generation *g, const Attachment *att, const AttachSpec *spec,
                           const RowSpec *rs, const Item *items, size_t n)
{
    const Plan *plan = g->r->plan;
    check_same_rows(g, att, spec, rs, items, n);
    for (size_t c = 0; c < att->n_columns; c++) {
        const Field *f = rs->col_fields[c].field;
        if (!f || f->id != F_LOCALITIES || spec->gen.column_values[c].text)
            continue;
        for (size_t i = 0; i < n; i++) {
            FieldValue fv = {.text = ""};
            query_value(&g->r->q, g->source, items[i].ptr, &rs->col_fields[c], &fv);
            LocList list = {0};
            for (size_t k = 0; k < fv.n_raw; k++)
                locref_list_add(&list, plan, plan_find_locality(plan, fv.raw[k]));
            const Locality *a = list.first, *b = list.second;
            locref_list_free(&list);
            if (!b)
                continue;
            const YNode *at = spec->gen.field_at && spec->gen.field_at[c] ? spec->gen.field_at[c]
                              : spec->column_nodes ? spec->column_nodes[c] : spec->rows_node;
            diag_warning(g->r->diags, at->pos, yread_span(at), KH218,
                         "the column '%s' of %s prints '%s' for both '%s' and '%s' (row %zu): a "
                         "reader cannot tell the two apart; give each its own name", att->columns[c].key, att->label,
                         a->name, a->id, b->id, i + 1);
            break;
        }
    }
}


/* KH269: a generated table of a commune's plan whose rows (items[0..n),
 * localities) hold other communes of a shared registry the plan includes
 * (commune_scope.c): the plan of xã Hàm Yên listed 36 of the province's
 * communes under "Cấp xã" (s51province F2). Once a table, with the
 * 'where' that keeps the plan's own places and a note at the first. */
void att_check_other_communes(Resolver *r, const Attachment *att, const AttachSpec *spec,
                              const Item *items, size_t n)
{
    SrcPos at = att_own_rows_pos(spec);
    if (!r->diags || !diag_would_keep(r->diags, DIAG_WARNING, at))
        return;
    CommuneScope s;
    commune_scope_open(&s, r->plan);
    size_t others = 0;
    const Locality *first = NULL;
    for (size_t i = 0; s.commune && i < n; i++)
        if (commune_scope_other(&s, r->plan, items[i].ptr) && others++ == 0)
            first = items[i].ptr;
    if (others) {
        Buf filter = {0};
        commune_scope_filter(&filter, &s, r->plan, ": ");
        if (spec->owner)
            diag_warning(r->diags, at, 1, KH269, "the table lists %zu other communes of a shared "
                         "registry the plan includes: a commune's plan lists its own commune and "
                         "places; give its rows 'where: {%s}'", others, buf_str(&filter));
        else
            diag_warning(r->diags, at, 1, KH269, "attachment '%s' lists %zu other communes of a "
                         "shared registry the plan includes: a commune's plan lists its own "
                         "commune and places; give its rows 'where: {%s}'", att->id, others,
                         buf_str(&filter));
        commune_scope_note(r->diags, first);
        buf_free(&filter);
    }
    commune_scope_close(&s);
}

