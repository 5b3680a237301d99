/* attach_gen.c - a rows generator read into typed values (parse stage).
 *
 * Stage: parse. attach_parse calls att_read_generator once a table's rows
 * are a generator ({from: ..., where: ..., sort: ..., group_by: ...}). It
 * copies what attach_resolve needs into a GenSpec (texts, kinds, lists),
 * taking the plan's value of each key, else the preset's (a plan's `~`
 * removes the preset's), so that resolution reads no YAML: a node is kept
 * only as the position a message points at, as chibicc's Node keeps its
 * Token. It reports nothing: the shapes are checked where the values are
 * used, in attach_rows.c, whose messages and order stay as they were.
 * May touch: the spec it is given and the arena; reads the YAML tree.
 */
#include "attach_impl.h"

#include <string.h>

static GenText gen_text(const YNode *node)
{
    GenText t;
    memset(&t, 0, sizeof t);
    if (!node)
        return t;
    t.at = node;
    t.kind = ynode_kind_name(node);
    t.is_map = node->kind == YNODE_MAP;
    t.is_seq = node->kind == YNODE_SEQ;
    t.is_null = att_is_null(node);
    if (node->kind == YNODE_SCALAR) {
        t.text = node->text;
        t.plain = node->style == YSTYLE_PLAIN;
    }
    return t;
}

static void read_where_entries(Arena *arena, const YNode *where, GenSpec *gen)
{
    gen->wheres = arena_alloc(arena, (where->count + 1) * sizeof *gen->wheres);
    gen->n_wheres = where->count;
    for (size_t i = 0; i < where->count; i++) {
        GenWhere *w = &gen->wheres[i];
        memset(w, 0, sizeof *w);
        w->field = gen_text(where->keys[i]);
        const YNode *values = where->values[i];
        w->values_at = gen_text(values);
        int ok = values->kind == YNODE_SCALAR;
        if (values->kind == YNODE_SEQ) {
            ok = 1;
            for (size_t k = 0; k < values->count; k++)
                ok = ok && values->items[k]->kind == YNODE_SCALAR;
        }
        w->values_ok = ok;
        if (!ok)
            continue;
        w->n_values = values->kind == YNODE_SEQ ? values->count : 1;
        w->values = arena_alloc(arena, (w->n_values + 1) * sizeof *w->values);
        for (size_t k = 0; k < w->n_values; k++)
            w->values[k] = gen_text(values->kind == YNODE_SEQ ? values->items[k] : values);
    }
}

static void read_titles(Arena *arena, const AttachSpec *spec, GenSpec *gen)
{
    const YNode *group_by = att_gen_value(spec, "group_by");
    const YNode *titles = att_gen_value(spec, "group_titles");
    /* the preset's titles go with the preset's grouping: a plan that removes
     * the grouping (group_by: ~) removes them too */
    if (!group_by && titles && !ynode_get(spec->gen_plan, "group_titles"))
        titles = NULL;
    gen->group_by = gen_text(group_by);
    gen->group_titles = gen_text(titles);
    if (!titles || titles->kind != YNODE_MAP)
        return;
    gen->titles = arena_alloc(arena, (titles->count + 1) * sizeof *gen->titles);
    gen->n_titles = titles->count;
    for (size_t k = 0; k < titles->count; k++) {
        gen->titles[k].key =
            titles->keys[k]->kind == YNODE_SCALAR ? titles->keys[k]->text : NULL;
        gen->titles[k].title = /* `~` is an empty title (no heading row), not "~" */
            titles->values[k]->kind == YNODE_SCALAR
                ? text_one_line(arena, yread_text(titles->values[k]))
                : NULL;
        gen->titles[k].at = titles->values[k];
    }
}

void att_read_generator(Arena *arena, const Attachment *att, AttachSpec *spec)
{
    GenSpec *gen = &spec->gen;
    memset(gen, 0, sizeof *gen);
    gen->present = 1;
    gen->from = gen_text(att_gen_value(spec, "from"));
    gen->catalog = gen_text(att_gen_value(spec, "catalog"));
    const YNode *where = att_gen_value(spec, "where");
    gen->where = gen_text(where);
    if (where && where->kind == YNODE_MAP)
        read_where_entries(arena, where, gen);
    const YNode *sort = att_gen_value(spec, "sort");
    if (sort) {
        gen->n_sort = sort->kind == YNODE_SEQ ? sort->count : 1;
        gen->sort = arena_alloc(arena, (gen->n_sort + 1) * sizeof *gen->sort);
        for (size_t i = 0; i < gen->n_sort; i++)
            gen->sort[i] = gen_text(sort->kind == YNODE_SEQ ? sort->items[i] : sort);
    }
    read_titles(arena, spec, gen);
    size_t n = att->n_columns;
    gen->column_values = arena_alloc(arena, (n + 1) * sizeof *gen->column_values);
    gen->field_at = arena_alloc(arena, (n + 1) * sizeof *gen->field_at);
    for (size_t c = 0; c < n; c++) {
        gen->column_values[c] = gen_text(att_column_value(spec, c));
        const YNode *at = spec->column_nodes && spec->column_nodes[c] ? spec->column_nodes[c]
                                                                      : spec->node;
        if (at->kind == YNODE_MAP && ynode_get(at, "key"))
            at = ynode_get(at, "key");
        gen->field_at[c] = at;
    }
}
