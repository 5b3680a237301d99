/* attach_fill.c - the rows of a generated table, made when the render
 * stage first asks for them.
 *
 * attach_resolve (attach_rows.c) selects, sorts and groups a generated
 * table's items and keeps them in an AttachFill (attach_impl.h), with each
 * column's field; the cells themselves (a task's text, who answers for a
 * criterion, every number's spelling) are made here, by attach_fill_texts
 * or attach_fill_table, for the back ends, the only readers of them: so
 * `khgen check` neither builds nor holds them. make_rows puts a heading
 * row before each group and one row per item; a deadline cell begins
 * with a capital (due_capital); the STT column is then numbered and equal
 * neighbouring cells of the `merge` columns merged (attach_merge.c). One
 * query serves every table of a plan, so what it keeps per task is made
 * once. Writes only the tables' rows.
 */
#include "attach_impl.h"

#include <string.h>

#include "inline.h"
#include "locref_names.h"
#include "query.h"
#include "vi.h"

int att_measured_column(const Attachment *att, const char *value, size_t c)
{
    return !value && att->columns[c].type != COL_STT;
}

/* A deadline in a cell begins with a capital: the cell begins a line,
 * and a column read "Thường xuyên trong năm 2026" beside "ngày 31/3/2026"
 * and "quý III/2026", one column in two spellings (s43user F25). Only the
 * cell: the field's value, which `where: {due: ...}` matches and group_by
 * groups by, and the task's "+ Thời gian thực hiện: ..." line after its
 * colon keep the phrase as the plan writes it. */
static void due_capital(Arena *arena, const FieldRef *ref, FieldValue *fv)
{
    Buf capital = {0};
    size_t bytes;
    if (ref->field && (ref->field->id == F_DUE || ref->field->id == F_DUE_DATE) && fv->text &&
        vi_begins_small(fv->text, &capital, &bytes)) {
        buf_puts(&capital, fv->text + bytes);
        fv->text = buf_to_arena(&capital, arena);
    }
    buf_free(&capital);
}

/* A cell of a locality's commune (`parent`, `parent_full`: "Thuộc xã")
 * that is an old commune of a merged one's plan is printed as its group
 * title is, "Xã Song Giáp (cũ)" (locref_former_commune; s51cycle): "Xã
 * Song Giáp" read as a commune of the plan's year. Only the cell: a
 * filter, `where` and `sort` read the field as the registry has it. */
static void former_cell(const AttachFill *f, const FieldRef *ref, const void *item, int *merged,
                        FieldValue *fv)
{
    if (f->source != SRC_LOCALITIES || !ref->field ||
        (ref->field->id != F_PARENT && ref->field->id != F_PARENT_FULL) || !fv->text ||
        !*fv->text)
        return;
    const Locality *loc = item;
    const Locality *parent = loc->parent ? plan_find_locality(f->plan, loc->parent) : NULL;
    if (!locref_former_commune(f->plan, parent, merged))
        return;
    Buf b = {0};
    buf_printf(&b, "%s%s", fv->text, LOCREF_FORMER);
    fv->text = buf_to_arena(&b, f->arena);
    buf_free(&b);
}

/* The rows: a heading row before each group, then one row per item, each
 * cell the item's field (or the column's `value`) as the column shows it,
 * and the row the item's identity (Row.ident): its `id`, a criterion's or
 * an indicator's `code`. */
static void make_rows(AttachFill *f, Attachment *att, QueryCtx *q)
{
    FieldRef ident;
    int has_ident = query_lookup(f->plan, f->source,
                                 f->source == SRC_CRITERIA || f->source == SRC_INDICATORS ? "code"
                                                                                          : "id",
                                 &ident) == 0;
    int grouped = f->grouped;
    const char **titles = f->group_titles;
    size_t n_rows = f->n;
    int merged = -1; /* former_cell's */
    for (size_t i = 0; i < f->n; i++)
        if (grouped && *titles[i] && (i == 0 || strcmp(titles[i], titles[i - 1]) != 0))
            n_rows++;
    att->rows = arena_alloc(f->arena, (n_rows + 1) * sizeof *att->rows);
    att->n_rows = 0;
    for (size_t i = 0; i < f->n; i++) {
        if (grouped && *titles[i] && (i == 0 || strcmp(titles[i], titles[i - 1]) != 0)) {
            Row *heading = &att->rows[att->n_rows++];
            heading->is_group = 1;
            heading->group_title = titles[i];
            heading->pos = f->pos;
            heading->cells = arena_alloc(f->arena, (att->n_columns + 1) * sizeof(Cell));
            for (size_t c = 0; c < att->n_columns; c++)
                heading->cells[c].text = "";
        }
        Row *row = &att->rows[att->n_rows++];
        row->pos = f->pos;
        if (has_ident) {
            FieldValue id = {.text = ""};
            query_value(q, f->source, f->items[i], &ident, &id);
            row->ident = id.text && *id.text ? id.text : NULL;
        }
        row->cells = arena_alloc(f->arena, (att->n_columns + 1) * sizeof(Cell));
        for (size_t c = 0; c < att->n_columns; c++) {
            FieldValue fv = {.text = ""};
            if (f->measured && att_measured_column(att, f->values[c], c)) {
                fv = f->measured[i * att->n_columns + c]; /* made at resolve */
            } else if (f->values[c]) {
                fv.text = query_expand_written(q, f->values[c]);
                fv.is_number = att_parse_expanded_number(f->values[c], fv.text, &fv.number) == 0;
            } else if (att->columns[c].type != COL_STT || f->stt_from_field[c]) {
                query_value(q, f->source, f->items[i], &f->col_fields[c], &fv);
            }
            due_capital(f->arena, &f->col_fields[c], &fv);
            if (!f->values[c])
                former_cell(f, &f->col_fields[c], f->items[i], &merged, &fv);
            att_fill_cell(f->arena, &att->columns[c], &fv, &row->cells[c]);
            if (f->stt_from_field[c])
                row->cells[c].text = *fv.text ? fv.text : NULL;
            row->cells[c].pos = row->pos;
        }
    }
}

/* Makes the rows of table with query q (NULL: a query of its own). */
static void fill_table(const Attachment *table, QueryCtx *q)
{
    AttachFill *f = table->fill;
    if (!f || f->state)
        return; /* made already, or being made (a figure in its own cells) */
    f->state = 1;
    /* the rows are the Plan's, made once; readers hold it read-only */
    Attachment *att = (Attachment *)table;
    QueryCtx own;
    if (!q) {
        q = &own;
        query_open(q, f->arena, f->plan, f->templates, &inline_query_text);
    }
    make_rows(f, att, q);
    if (q == &own)
        query_close(q);
    att_number_and_merge(f->arena, att, f->merge_cols, f->n_merge);
    f->state = 2;
}

void attach_fill_table(const Attachment *table)
{
    fill_table(table, NULL);
}

int attach_table_filled(const Attachment *table)
{
    return !table->fill || table->fill->state == 2;
}

void attach_fill_texts(const Plan *plan)
{
    /* one query for every table: what it keeps per task (its deadline and
     * responsible phrases, the tasks of each criterion) is made once for
     * all of them (the tables share the plan's arena and templates) */
    const AttachFill *first = NULL;
    const AttachState *state = att_state_of(plan);
    for (size_t i = 0; i < plan->n_attachments && !first; i++)
        first = plan->attachments[i].fill;
    for (size_t i = 0; state && i < state->n_tables && !first; i++)
        first = state->tables[i]->table->fill;
    if (!first)
        return;
    QueryCtx q;
    query_open(&q, first->arena, first->plan, first->templates, &inline_query_text);
    for (size_t i = 0; i < plan->n_attachments; i++) {
        const AttachFill *f = plan->attachments[i].fill;
        fill_table(&plan->attachments[i],
                   f && f->arena == first->arena && f->templates == first->templates ? &q : NULL);
    }
    for (size_t i = 0; state && i < state->n_tables; i++) { /* the tables in the body */
        const AttachFill *f = state->tables[i]->table->fill;
        fill_table(state->tables[i]->table,
                   f && f->arena == first->arena && f->templates == first->templates ? &q : NULL);
    }
    query_close(&q);
}
