/* attach_idcells.c - a written row's cell that prints a unit's, a
 * locality's or a level's id (KH632).
 *
 * A generated table and a body table's `items` (tasks) show a unit by its
 * name and a deadline as the document writes it. A written row prints its
 * cells as written. A drafter who writes a table of tasks under `rows:`
 * instead of `items:` ("- {task: Rà soát hồ sơ, lead: vpdp, due:
 * 2024-06}", the README's example with one word changed), or who types a
 * unit's id in a cell of a table copied by hand, gets "vpdp" and "2024-06"
 * printed in the document, with exit 0 (s25attack). An id is written in
 * ASCII for the plan's sake and is never the text an official prints: a
 * text cell whose whole text is the id of a unit, a locality or a level of
 * the plan is warned at, with the reference that prints its name, and, in
 * a table with a `task` or `lead` column, the `items:` that make its rows
 * tasks.
 *
 * A stage-3 check (attach_resolve calls it once the cells are made);
 * reads the built rows only, one look-up (hashed) per text cell.
 */
#include "attach_impl.h"

#include <string.h>

#include "i18n.h"

/* 1 if s could be an id: ASCII letters, digits, '-', '_' and '.', a
 * letter among them (a cell "12" or "-" is no id). */
static int id_like(const char *s)
{
    int letter = 0;
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
            letter = 1;
        else if (!(c >= '0' && c <= '9') && c != '-' && c != '_' && c != '.')
            return 0;
    }
    return letter;
}

/* 1 if the table has a column that shows a task's field in a table of
 * tasks (its rows were meant as `items:`). */
static int task_columns(const Attachment *att)
{
    for (size_t c = 0; c < att->n_columns; c++)
        if (att->columns[c].key && (strcmp(att->columns[c].key, "task") == 0 ||
                                    strcmp(att->columns[c].key, "lead") == 0))
            return 1;
    return 0;
}

static void check_cell(DiagSink *diags, const Plan *plan, const Attachment *att,
                       const Row *row, const Cell *cell, int body)
{
    const char *id = cell->text;
    if (!id || !*id || !id_like(id))
        return;
    const Unit *unit = plan_find_unit(plan, id);
    const Locality *loc = unit ? NULL : plan_find_locality(plan, id);
    const Level *level = unit || loc ? NULL : plan_find_level(plan, id);
    if (!unit && !loc && !level)
        return;
    const char *tasks = body && task_columns(att)
                            ? _("; a table of tasks lists them under 'items:', not 'rows:', and "
                                "prints their units' names and deadlines")
                            : "";
    SrcPos at = cell->pos.file ? cell->pos : row->pos;
    int span = (int)strlen(id);
    if (unit)
        diag_warning(diags, at, span, KH632,
                     "this cell prints '%s', the id of unit '%s': a written row prints its "
                     "cells as written; write '{unit %s}' for its name%s",
                     id, unit->name, id, tasks);
    else if (loc)
        diag_warning(diags, at, span, KH632,
                     "this cell prints '%s', the id of locality '%s': a written row prints its "
                     "cells as written; write '{loc %s}' for its name%s",
                     id, loc->name, id, tasks);
    else
        diag_warning(diags, at, span, KH632,
                     "this cell prints '%s', the id of level '%s': a written row prints its "
                     "cells as written; write the level's name%s",
                     id, level->name, tasks);
}

static void check_table(DiagSink *diags, const Plan *plan, const Attachment *att,
                        const AttachSpec *spec, int body)
{
    if (!att || spec->broken || spec->gen.present || !spec->rows_node)
        return;
    for (size_t r = 0; r < att->n_rows; r++) {
        const Row *row = &att->rows[r];
        if (row->is_group || !row->cells)
            continue;
        for (size_t c = 0; c < att->n_columns; c++)
            if (att->columns[c].type == COL_TEXT)
                check_cell(diags, plan, att, row, &row->cells[c], body);
    }
}

void attach_check_id_cells(DiagSink *diags, const Plan *plan, const AttachState *state)
{
    for (size_t i = 0; i < plan->n_attachments; i++)
        check_table(diags, plan, &plan->attachments[i], &state->specs[i], 0);
    for (size_t i = 0; i < state->n_tables; i++)
        check_table(diags, plan, state->tables[i]->table, state->tables[i], 1);
}
