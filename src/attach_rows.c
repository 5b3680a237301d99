/* attach_rows.c - building the rows of the tables: select, sort, group
 * (numbered and merged by attach_merge.c); and attach_resolve, the tables' part of stage 3.
 *
 * attach_resolve() runs from resolve.c once the plan is indexed: it checks
 * and expands the texts attach_parse remembered, builds the rows of
 * generated tables (the items of the source and each column's field for
 * each item from query.h, filtered by `where` with query_match, the meaning
 * a figure's filters have too; then sorted, grouped under heading rows),
 * then numbers the STT column and merges equal neighbouring cells of the
 * `merge` columns (attach_merge.c). This file keeps only a table's select,
 * sort and group: the cells of a generated table's rows are made when the
 * render stage asks (attach_fill.c); the vocabulary and the values are
 * the query module's. Writes only the
 * Plan's attachments (rows, cells) and use counts.
 */
#include "attach_impl.h"
#include "attach_rows_impl.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "catalog.h"
#include "figures.h"
#include "i18n.h"
#include "inline.h"
#include "localgov.h"
#include "locref_names.h"
#include "query.h"
#include "suggest.h"
#include "vi.h"
#include "yread.h"

/* ---- resolving: one generated table --------------------------------------- */

static void field_value(Generation *g, const void *ptr, const FieldRef *ref, FieldValue *out)
{
    query_value(&g->r->q, g->source, ptr, ref, out);
}

/* Resolves a field name for the source (query_lookup; a locality's data
 * attribute only if some locality has it). Returns 0 or -1. */
static int lookup_field(Generation *g, const char *name, FieldRef *out)
{
    if (query_lookup(g->r->plan, g->source, name, out) != 0)
        return -1;
    return out->field || out->data_known ? 0 : -1;
}

static int find_field(Generation *g, const char *name, const YNode *node, FieldRef *out)
{
    if (lookup_field(g, name, out) == 0)
        return 0;
    const Field *fields = query_fields(g->source);
    size_t n_fields = 0;
    while (fields[n_fields].name)
        n_fields++;
    const char *hint =
        suggest_best_in(name, fields, n_fields, sizeof(Field), offsetof(Field, name));
    att_no_field(g->r, g->spec, node, g->source, name, hint); /* KH614 */
    return -1;
}

/* Checks that a `where` value names an existing unit, locality, level or
 * criterion when the field holds such ids. */
static void check_where_id(Generation *g, IdKind ids, const YNode *value, const char *id)
{
    Resolver *r = g->r;
    const char *hint = NULL;
    if (!*id || strcmp(id, "*") == 0)
        return;
    const char *what = NULL;
    switch (ids) {
    case IDS_UNIT:
        if (plan_resolve_id(r->plan, REG_UNIT, id, 0, &hint))
            return;
        what = _("unit");
        break;
    case IDS_LOCALITY:
        if (plan_resolve_id(r->plan, REG_LOCALITY, id, 0, &hint))
            return;
        what = _("locality");
        break;
    case IDS_LEVEL:
        if (plan_resolve_id(r->plan, REG_LEVEL, id, 0, &hint))
            return;
        what = _("level");
        break;
    case IDS_CRITERION: /* no catalog ('import:' emptied): told once, there (s47slips) */
        if (plan_find_criterion(r->plan, id, NULL) ||
            plan_catalog_gone(r->plan, value->pos, yread_span(value)))
            return;
        what = _("criterion");
        break;
    default:
        return;
    }
    if (hint)
        NODE_ERROR(r, value, KH615, "'where' names an unknown %s '%s' (did you mean '%s'?)",
                   what, id, hint);
    else
        NODE_ERROR(r, value, KH615, "'where' names an unknown %s '%s': check the id", what, id);
}

/* Splits the operator a `where` value is written with off it ("=" or
 * nothing, "!=", "<", "<=", ">", ">=", as in the figures of the text);
 * returns the value after it. */
static const char *want_op(const char *want, Op *op)
{
    static const struct {
        const char *text;
        Op op;
    } ops[] = {{"!=", OP_NE}, {"<=", OP_LE}, {">=", OP_GE},
               {"<", OP_LT},  {">", OP_GT},  {"=", OP_EQ}};
    for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++) {
        size_t n = strlen(ops[i].text);
        if (strncmp(want, ops[i].text, n) == 0 && want[n]) {
            *op = ops[i].op;
            return want + n;
        }
    }
    *op = OP_EQ;
    return want;
}

/* Splits cond's values into the plain ones, equal to a text (a set), and
 * the others, which query_match decides one by one. A value of a plain
 * "=" want equals it exactly when one of its raw values (or its text) is
 * the want's text, as query_match says; criteria codes also match their
 * indicators, so a criterion field keeps the pass over its values. */
static void index_wants(Arena *arena, Condition *cond)
{
    if (query_ref_ids(&cond->field) == IDS_CRITERION || cond->n_wants < 8)
        return;
    cond->others = arena_alloc(arena, cond->n_wants * sizeof *cond->others);
    for (size_t k = 0; k < cond->n_wants; k++) {
        const Want *w = &cond->wants[k];
        if (w->op == OP_EQ && !w->has_number && *w->text && strcmp(w->text, "*") != 0)
            strset_add(&cond->plain, w->text, k);
        else
            cond->others[cond->n_others++] = *w;
    }
    cond->indexed = 1;
}

static int condition_holds(const Condition *cond, const FieldValue *fv, IdKind ids)
{
    if (!cond->indexed) {
        for (size_t k = 0; k < cond->n_wants; k++)
            if (query_match(fv, ids, &cond->wants[k]))
                return 1;
        return 0;
    }
    for (size_t k = 0; k < cond->n_others; k++)
        if (query_match(fv, ids, &cond->others[k]))
            return 1;
    if (!fv->raw)
        return strset_find(&cond->plain, fv->text) != (size_t)-1;
    for (size_t i = 0; i < fv->n_raw; i++)
        if (strset_find(&cond->plain, fv->raw[i]) != (size_t)-1)
            return 1;
    return 0;
}

/* tests: NULL, or a column test per condition (att_column_test; ptr is
 * then plan->localities[index]). */
static int item_passes(Generation *g, const void *ptr, size_t index, const Condition *conds,
                       size_t n, const ColumnTest *tests)
{
    for (size_t i = 0; i < n; i++) {
        if (tests && tests[i].values) {
            if (att_column_rejects(&tests[i], index) ||
                !condition_holds(&conds[i], &tests[i].values[index], tests[i].ids))
                return 0;
            continue;
        }
        FieldValue fv;
        IdKind ids = query_ref_ids(&conds[i].field);
        /* a task's unit field matches on its unit ids (the raw values),
         * which are the same without the names: those are not made for
         * every task a `where: {lead: "*"}` tests */
        int ids_only = g->r->q.ids_only;
        if (ids == IDS_UNIT && g->source == SRC_TASKS)
            g->r->q.ids_only = 1;
        field_value(g, ptr, &conds[i].field, &fv);
        g->r->q.ids_only = ids_only;
        if (!condition_holds(&conds[i], &fv, ids))
            return 0;
    }
    return 1;
}

/* The dictionary key of a sort value's text (vi_put_sort_key: letters,
 * with numbers as numbers, then tones), in the arena, made once for each
 * item: compare_texts built both keys at each comparison, n log n times
 * (8,000 rows of 400 characters sorted by name: 1.7 s, s28 leftover). */
static void put_sort_key(Arena *arena, const char *text, const char **letters, const char **tones)
{
    Buf l = {0}, t = {0};
    vi_put_sort_key(&l, &t, text);
    *letters = buf_to_arena(&l, arena);
    *tones = buf_to_arena(&t, arena);
    *letters = *letters ? *letters : "";
    *tones = *tones ? *tones : "";
    buf_free(&l);
    buf_free(&t);
}

/* Texts in a Vietnamese dictionary's order (their keys: put_sort_key),
 * then byte by byte: a total order. */
static int compare_texts(const Item *a, const Item *b, size_t k)
{
    int c = catalog_code_cmp(a->sort_letters[k], b->sort_letters[k]);
    c = c ? c : strcmp(a->sort_tones[k], b->sort_tones[k]);
    return c ? c : strcmp(a->sort_values[k].text, b->sort_values[k].text);
}

static int compare_values(const Item *x, const Item *y, size_t k, int desc)
{
    const FieldValue *a = &x->sort_values[k], *b = &y->sort_values[k];
    int a_empty = !*a->text && !a->is_number, b_empty = !*b->text && !b->is_number;
    if (a_empty || b_empty) /* empty values last, "-field" too, as a spreadsheet sorts them */
        return a_empty - b_empty; /* (a blank ranked first of "sort: -criteria_met": s26attack) */
    int sign = desc ? -1 : 1;
    if (a->has_order && b->has_order && a->order != b->order)
        return a->order < b->order ? -sign : sign;
    if (a->is_number && b->is_number && a->number != b->number)
        return a->number < b->number ? -sign : sign;
    return sign * compare_texts(x, y, k);
}

static int compare_items(const Generation *g, const Item *a, const Item *b)
{
    if (a->group_order != b->group_order)
        return a->group_order < b->group_order ? -1 : 1;
    for (size_t k = 0; k < g->n_sort; k++) {
        int c = compare_values(a, b, k, g->sort_desc[k]);
        if (c)
            return c;
    }
    return a->index < b->index ? -1 : a->index > b->index;
}

/* Stable merge sort of items (the source order breaks ties anyway). */
static void sort_items(const Generation *g, Item *items, Item *scratch, size_t n)
{
    if (n < 2)
        return;
    size_t half = n / 2;
    sort_items(g, items, scratch, half);
    sort_items(g, items + half, scratch, n - half);
    size_t i = 0, j = half, k = 0;
    while (i < half && j < n)
        scratch[k++] = compare_items(g, &items[j], &items[i]) < 0 ? items[j++] : items[i++];
    while (i < half)
        scratch[k++] = items[i++];
    while (j < n)
        scratch[k++] = items[j++];
    memcpy(items, scratch, n * sizeof *items);
}

/* Puts items in the order of their group_order, keeping their order within
 * a group (a counting sort: what sort_items gives when only the groups
 * differ, in one pass). */
static void order_groups(Item *items, Item *scratch, size_t n, size_t n_groups)
{
    size_t *start = xmalloc((n_groups + 1) * sizeof *start);
    memset(start, 0, (n_groups + 1) * sizeof *start);
    for (size_t i = 0; i < n; i++)
        start[items[i].group_order + 1]++;
    for (size_t k = 1; k <= n_groups; k++)
        start[k] += start[k - 1];
    for (size_t i = 0; i < n; i++)
        scratch[start[items[i].group_order]++] = items[i];
    if (n)
        memcpy(items, scratch, n * sizeof *items);
    free(start);
}

/* A locality shown in a table counts as used (KH251 stays quiet), with the
 * levels it names. */
static void count_locality_use(Resolver *r, const Locality *shown)
{
    Locality *loc = plan_find_locality(r->plan, shown->id);
    if (loc)
        loc->uses++;
    Level *level;
    if (shown->status && (level = plan_find_level(r->plan, shown->status)))
        level->uses++;
    if (shown->target && (level = plan_find_level(r->plan, shown->target)))
        level->uses++;
}

static const Catalog *generator_catalog(Generation *g, const AttachSpec *spec)
{
    Resolver *r = g->r;
    const GenText *v = &spec->gen.catalog;
    if (v->text) {
        const Catalog *cat = catalog_find(r->plan, v->text);
        if (!cat) {
            const char *hint = suggest_best_in(v->text, r->plan->catalogs, r->plan->n_catalogs,
                                               sizeof(Catalog), offsetof(Catalog, id));
            if (hint)
                NODE_ERROR(r, v->at, KH613, "no imported catalog '%s' (did you mean '%s'?)",
                           v->text, hint);
            else
                NODE_ERROR(r, v->at, KH613, "no imported catalog '%s': add it to 'import:'",
                           v->text);
        }
        return cat;
    }
    if (plan_catalog_gone(r->plan, g->node ? g->node->pos : r->plan->pos, yread_span(g->node)))
        return NULL; /* no catalog: told once, with its uses counted (check.c) */
    return &r->plan->catalogs[0];
}

/* The field of each column; a `value:` column's text is checked. */
static void read_columns(Generation *g, const Attachment *att, const AttachSpec *spec,
                         RowSpec *rs)
{
    Resolver *r = g->r;
    for (size_t c = 0; c < att->n_columns; c++) {
        if (att->columns[c].type == COL_STT) {
            /* an STT column keyed by a field ("code") shows that field */
            rs->stt_from_field[c] = lookup_field(g, att->columns[c].key, &rs->col_fields[c]) == 0;
            continue;
        }
        const GenText *value = &spec->gen.column_values[c];
        if (value->text) {
            TextSite site = {value->text, value->at, NULL, 0};
            unsigned long long before = figures_list_bytes(r->plan);
            r->errors += inline_check(&r->ctx, r->diags, &site);
            rs->value_lists[c] = figures_list_bytes(r->plan) - before;
            r->errors += att_check_column_value(r, &att->columns[c], value);
            continue;
        }
        find_field(g, att->columns[c].key, spec->gen.field_at[c], &rs->col_fields[c]);
    }
}

/* One `where` value as written (references expanded): alternatives
 * "a|b" split, each with its operator; ids checked, a comparison's value
 * must be a number, an ambiguous number is reported (KH114). Appends to
 * cond->wants (grown in the arena; *cap its room). */
static void read_alternatives(Generation *g, Condition *cond, size_t *cap, IdKind ids,
                              const GenText *value, const char *want)
{
    Resolver *r = g->r;
    size_t n_parts = 1;
    for (const char *c = want; *c; c++)
        n_parts += *c == '|';
    if (cond->n_wants + n_parts > *cap) {
        Want *grown = arena_alloc(r->arena, (cond->n_wants + n_parts + *cap + 1) *
                                                sizeof *grown);
        memcpy(grown, cond->wants, cond->n_wants * sizeof *grown);
        cond->wants = grown;
        *cap = cond->n_wants + n_parts + *cap;
    }
    const char *start = want;
    for (;;) {
        const char *bar = strchr(start, '|');
        size_t len = bar ? (size_t)(bar - start) : strlen(start);
        const char *part = n_parts > 1 ? arena_strndup(r->arena, start, len) : want;
        Op op;
        const char *rest = want_op(part, &op);
        double number = 0;
        int rc = att_parse_expanded_number(value->text, rest, &number);
        int is_value = *rest && strcmp(rest, "*") != 0;
        if (op != OP_EQ && op != OP_NE && rc == -1) {
            NODE_ERROR(r, value->at, KH605, "'%s' in 'where' compares numbers: '%s' is not one; "
                       "write a number", part, rest);
        } else if (rc == -1 && is_value && query_ref_numeric(r->plan, g->source, &cond->field)) {
            /* target_year: 2024-01 (or ty_le: "!=92,5%" of data in numbers) selects nothing */
            NODE_ERROR(r, value->at, KH605, "'%s' is compared with a number, not '%s': write a "
                       "number", cond->field.field ? cond->field.field->name : cond->field.data_key, rest);
        } else {
            check_where_id(g, ids, value->at, rest);
            if (rc == -2 && (value->plain || op != OP_EQ)) {
                att_report_ambiguous(r->diags, value->at->pos, yread_span(value->at),
                                     _("a 'where' value"), rest, 0);
                r->errors++;
            }
        }
        cond->wants[cond->n_wants++] = (Want){op, rest, rc == 0, number};
        if (!bar)
            break;
        start = bar + 1;
    }
}

/* `where`: each condition a field and the values it may have (references
 * expanded, ids checked, an ambiguous number reported). */
static void read_where(Generation *g, const AttachSpec *spec, RowSpec *rs)
{
    Resolver *r = g->r;
    const GenSpec *gen = &spec->gen;
    if (gen->where.at && !gen->where.is_map) {
        NODE_ERROR(r, gen->where.at, KH600, "'where' is a mapping {field: value, ...}, not %s: "
                   "write it so", gen->where.kind);
        return;
    }
    for (size_t i = 0; i < gen->n_wheres && rs->n_conds < 32; i++) {
        const GenWhere *w = &gen->wheres[i];
        Condition *cond = &rs->conds[rs->n_conds];
        memset(cond, 0, sizeof *cond);
        if (!w->field.text || find_field(g, w->field.text, w->field.at, &cond->field) != 0)
            continue;
        if (!w->values_ok) {
            NODE_ERROR(r, w->values_at.at, KH600, "a 'where' value is a value or a list of "
                       "values: write it so");
            continue;
        }
        IdKind ids = query_ref_ids(&cond->field);
        cond->wants = arena_alloc(r->arena, (w->n_values + 1) * sizeof *cond->wants);
        size_t cap_wants = w->n_values;
        for (size_t k = 0; k < w->n_values; k++) {
            const GenText *value = &w->values[k];
            if (value->plain && att_number_base(r->diags, r->arena, value->at, NULL,
                                                w->field.text) && ++r->errors)
                continue; /* target_year: 02024, 1044 to a YAML 1.1 reader */
            /* values may use references: target_year: "{year}" */
            TextSite site = {value->text, value->at, NULL, 0};
            r->errors += inline_check(&r->ctx, r->diags, &site);
            Buf expanded = {0};
            if (!value->is_null)
                inline_expand(&r->ctx, value->text, INLINE_PLAIN, &expanded);
            const char *want = buf_to_arena(&expanded, r->arena);
            buf_free(&expanded);
            read_alternatives(g, cond, &cap_wants, ids, value, want);
        }
        index_wants(r->arena, cond);
        rs->n_conds++;
    }
}

/* `sort`: a field or a list; "-field" sorts descending. */
static void read_sort(Generation *g, const AttachSpec *spec)
{
    Resolver *r = g->r;
    const GenSpec *gen = &spec->gen;
    for (size_t i = 0; i < gen->n_sort && g->n_sort < 8; i++) {
        const GenText *key = &gen->sort[i];
        if (!key->text) {
            NODE_ERROR(r, key->at, KH600, "'sort' is a field name or a list of them: write one of "
                       "the two");
            continue;
        }
        int desc = key->text[0] == '-';
        if (find_field(g, key->text + desc, key->at, &g->sort_fields[g->n_sort]) == 0)
            g->sort_desc[g->n_sort++] = desc;
    }
}

/* `group_by` and `group_titles`. */
static void read_grouping(Generation *g, const Attachment *att, const AttachSpec *spec,
                          RowSpec *rs)
{
    Resolver *r = g->r;
    const GenSpec *gen = &spec->gen;
    const GenText *group_by = &gen->group_by;
    if (group_by->at) {
        if (!group_by->text)
            NODE_ERROR(r, group_by->at, KH600, "'group_by' is a field name: write one");
        else
            rs->grouped = find_field(g, group_by->text, group_by->at, &rs->group_field) == 0;
        if (rs->grouped) /* its titles print as its column's cells */
            rs->group_col = att_typed_column_of(att, spec, rs->col_fields, &rs->group_field);
    }
    int titles = gen->group_titles.at != NULL;
    if (titles && !gen->group_titles.is_map) {
        NODE_ERROR(r, gen->group_titles.at, KH600, "'group_titles' is a mapping {value: title, "
                   "...}, not %s: write it so", gen->group_titles.kind);
        titles = 0;
    }
    if (titles && !rs->grouped && !group_by->at)
        NODE_ERROR(r, gen->group_titles.at, KH600, "'group_titles' needs 'group_by': add it, or "
                   "delete 'group_titles'");
    for (size_t k = 0; titles && k < gen->n_titles; k++) /* `2025: [a, b]` was the value */
        if (!gen->titles[k].title)
            NODE_ERROR(r, gen->titles[k].at, KH600, "a title of 'group_titles' is text, not %s: "
                       "write it in quotes", ynode_kind_name(gen->titles[k].at));
    rs->gen = titles ? gen : NULL;
}

/* The items of the source that pass `where`, sorted, then ordered by
 * group (the groups in the order of group_titles, the others in the order
 * they first appear, each group's items keeping their order). Returns
 * their number; *out is malloc'd. */
/* The localities a `where` on their id names one by one (every value a
 * plain id: no comparison, number, "*" or empty), as indexes into the
 * plan's list in its order, each once; looked up rather than each
 * locality tested (3,000 tables of one commune each over 3,000
 * localities went over 9 million). Returns NULL, with no such condition,
 * or a malloc'd array of *n indexes; the other conditions still hold
 * for each or not (item_passes). */
static size_t *id_candidates(const Generation *g, const RowSpec *rs, size_t *n)
{
    const Condition *cond = NULL;
    for (size_t k = 0; g->source == SRC_LOCALITIES && k < rs->n_conds && !cond; k++) {
        const Condition *c = &rs->conds[k];
        if (!c->field.field || c->field.field->id != F_ID)
            continue;
        int plain = c->n_wants > 0;
        for (size_t w = 0; w < c->n_wants && plain; w++)
            plain = c->wants[w].op == OP_EQ && !c->wants[w].has_number && *c->wants[w].text &&
                    strcmp(c->wants[w].text, "*") != 0;
        if (plain)
            cond = c;
    }
    if (!cond)
        return NULL;
    const Plan *plan = g->r->plan;
    size_t *cand = xmalloc((cond->n_wants + 1) * sizeof *cand), m = 0;
    for (size_t w = 0; w < cond->n_wants; w++) {
        const Locality *loc = plan_find_locality(plan, cond->wants[w].text);
        if (loc)
            cand[m++] = (size_t)(loc - plan->localities);
    }
    *n = sort_unique_indexes(cand, m);
    return cand;
}

/* A group by parent of a merged commune's places: an old commune is
 * titled "Xã Hương Vĩ (cũ)" (locref_former_commune), as the office writes
 * it, not "Hương Vĩ" (s51cycle); any other group as printed. */
static const char *former_title(Generation *g, const RowSpec *rs, const void *ptr,
                                const char *printed, int *merged)
{
    const Field *f = rs->group_field.field;
    if (g->source != SRC_LOCALITIES || !f || (f->id != F_PARENT && f->id != F_PARENT_FULL))
        return printed;
    const Locality *loc = ptr;
    const Locality *parent = loc->parent ? plan_find_locality(g->r->plan, loc->parent) : NULL;
    FieldRef full;
    if (!locref_former_commune(g->r->plan, parent, merged) ||
        query_lookup(g->r->plan, SRC_LOCALITIES, "name_full", &full) != 0)
        return printed;
    FieldValue fv = {.text = ""};
    query_value(&g->r->q, SRC_LOCALITIES, parent, &full, &fv);
    Buf b = {0};
    buf_printf(&b, "%s%s", fv.text, LOCREF_FORMER);
    const char *title = buf_to_arena(&b, g->r->arena);
    buf_free(&b);
    return title;
}

static size_t select_items(Generation *g, const Catalog *catalog, const RowSpec *rs, Item **out)
{
    Resolver *r = g->r;
    const GenSpec *gen = rs->gen; /* NULL: no group_titles */
    const void **ptrs;
    size_t n_source = query_items(&r->q, g->source, catalog, &ptrs);
    size_t n_cand = 0;
    size_t *cand = g->owner ? att_owned_candidates(r, g->owner, ptrs, n_source, &n_cand) /* its own */
                            : id_candidates(g, rs, &n_cand);
    size_t n_considered = cand ? n_cand : n_source;
    r->work += (unsigned long long)n_considered * (rs->n_conds + 1);
    if (r->work > TABLE_WORK_BUDGET) { /* no rows: the plan has an error */
        if (!r->work_reported++) {
            diag_error(r->diags, g->node ? g->node->pos : r->plan->pos, yread_span(g->node), KH623,
                       "the plan's generated tables go over more than %d million items in all "
                       "(each table its source's items, times one more than its 'where' "
                       "conditions): this table and the ones after it are not made; split the "
                       "plan, or write some tables' rows out", TABLE_WORK_BUDGET / 1000000);
            r->errors++;
        }
        r->plan->values_dropped = 1; /* uses are missing: no "never used" */
        n_considered = 0;
    }
    /* every locality to be tested: each condition read from its field's
     * column, and those whose key no plain wanted text has turned away
     * at once (the budget above is charged as before) */
    ColumnTest tests[32], *use_tests = NULL;
    if (g->source == SRC_LOCALITIES && !cand && n_considered) {
        for (size_t k = 0; k < rs->n_conds; k++)
            att_column_test(r, &rs->conds[k].field, query_ref_ids(&rs->conds[k].field),
                            rs->conds[k].wants, rs->conds[k].n_wants, &tests[k]);
        use_tests = tests;
        cand = att_column_candidates(tests, rs->n_conds, n_considered, &n_considered);
    }
    Item *items = xmalloc((n_considered + 1) * sizeof *items);
    Item *scratch = xmalloc((n_considered + 1) * sizeof *scratch);
    size_t n = 0;
    /* group_titles by key, first entry first: a search of the list per item
     * was quadratic (40,000 titles: 2.6 s) */
    StrSet title_keys = {0}, printed_keys = {0}; /* as written; as printed (att_group_key) */
    int merged = -1; /* locref_former_commune's */
    for (size_t k = 0; gen && k < gen->n_titles; k++)
        if (gen->titles[k].key) {
            strset_add(&title_keys, gen->titles[k].key, k);
            const char *printed =
                att_group_key(r->arena, rs->group_col, &rs->group_field, gen->titles[k].key);
            if (printed)
                strset_add(&printed_keys, printed, k);
        }
    for (size_t j = 0; j < n_considered; j++) {
        size_t i = cand ? cand[j] : j;
        if (!item_passes(g, ptrs[i], i, rs->conds, rs->n_conds, use_tests))
            continue;
        Item *item = &items[n++];
        memset(item, 0, sizeof *item);
        item->ptr = ptrs[i];
        item->index = i;
        item->group_title = "";
        item->sort_values = arena_alloc(r->arena, (g->n_sort + 1) * sizeof(FieldValue));
        item->sort_letters = arena_alloc(r->arena, (g->n_sort + 1) * sizeof(const char *));
        item->sort_tones = arena_alloc(r->arena, (g->n_sort + 1) * sizeof(const char *));
        for (size_t k = 0; k < g->n_sort; k++) {
            field_value(g, ptrs[i], &g->sort_fields[k], &item->sort_values[k]);
            put_sort_key(r->arena, item->sort_values[k].text, &item->sort_letters[k],
                         &item->sort_tones[k]);
        }
        if (rs->grouped) {
            FieldValue fv;
            field_value(g, ptrs[i], &rs->group_field, &fv);
            const char *key = fv.raw && fv.n_raw ? fv.raw[0] : fv.text;
            size_t t = gen ? strset_find(&title_keys, key) : (size_t)-1;
            const char *printed = att_group_title(r->arena, rs->group_col, &rs->group_field, &fv);
            if (gen && t == (size_t)-1) /* "1.234,5" for the key "1234.5" */
                t = strset_find(&printed_keys, printed);
            const GenTitle *title = t != (size_t)-1 ? &gen->titles[t] : NULL;
            item->group_title =
                title && title->title ? query_expand_written(&r->q, title->title)
                                      : former_title(g, rs, ptrs[i], printed, &merged);
        }
    }
    strset_free(&title_keys);
    strset_free(&printed_keys);
    free(cand);
    /* sort (the source order, without sort fields); then groups in the
     * order of group_titles, the others in the order they first appear,
     * each group's items keeping their order */
    if (g->n_sort)
        sort_items(g, items, scratch, n);
    if (rs->grouped) {
        size_t n_titles = gen ? gen->n_titles : 0;
        /* each title's first place: group_titles' order, then first met;
         * a set, so a group per row stays linear (a list search was
         * quadratic: 80,000 groups took 10 s) */
        StrSet known = {0};
        size_t n_known = 0;
        /* the items without a group first: they print under no heading
         * row, and after a group they read as its own (a village with
         * no parent numbered under the commune above it: s19attack F4) */
        strset_add(&known, "", n_known++);
        for (size_t k = 0; k < n_titles; k++) {
            const char *t = gen->titles[k].title ? query_expand_written(&r->q, gen->titles[k].title) : "";
            strset_add(&known, t, n_known++); /* one given twice keeps its first place */
        }
        for (size_t i = 0; i < n; i++) {
            /* a group's items come one after another, its title the same
             * text: not hashed again for each (5,000 tasks under a few
             * section titles) */
            size_t k = i > 0 && items[i].group_title == items[i - 1].group_title
                           ? items[i - 1].group_order
                           : strset_add(&known, items[i].group_title, n_known);
            if (k == n_known)
                n_known++;
            items[i].group_order = k;
        }
        strset_free(&known);
        order_groups(items, scratch, n, n_known);
    }
    free(scratch);
    *out = items;
    return n;
}

/* ---- rows left for the render stage ------------------------------------------ */

static const void *kept_item(Generation *g, const void *ptr)
{
    if (g->source != SRC_TASKS)
        return ptr; /* a Locality of the plan, a CritItem in the arena */
    TaskItem *copy = arena_alloc(g->r->arena, sizeof *copy);
    *copy = *(const TaskItem *)ptr; /* the QueryCtx's list of tasks goes */
    copy->due = NULL;
    copy->responsible = NULL;
    return copy;
}

/* Leaves column c out of att and of what its rows are made from (the
 * copies made anew: a table's arrays may be its preset's). */
static void drop_column(Resolver *r, Attachment *att, AttachSpec *spec, RowSpec *rs, size_t c)
{
    size_t n = att->n_columns - 1, *m = spec->merge_cols, k = 0;
    Column *cols = arena_alloc(r->arena, (n + 1) * sizeof *cols);
    GenText *values = arena_alloc(r->arena, (n + 1) * sizeof *values);
    memcpy(cols, att->columns, c * sizeof *cols);
    memcpy(cols + c, att->columns + c + 1, (n - c) * sizeof *cols);
    memcpy(values, spec->gen.column_values, c * sizeof *values);
    memcpy(values + c, spec->gen.column_values + c + 1, (n - c) * sizeof *values);
    memmove(rs->col_fields + c, rs->col_fields + c + 1, (n - c) * sizeof *rs->col_fields);
    memmove(rs->stt_from_field + c, rs->stt_from_field + c + 1, (n - c) * sizeof(int));
    for (size_t i = 0; i < spec->n_merge; i++) /* merge_cols are the spec's own */
        if (m[i] != c)
            m[k++] = m[i] - (m[i] > c);
    spec->n_merge = k;
    att->columns = cols, att->n_columns = n, spec->gen.column_values = values;
}

/* The first column of att (fields[c] the field it shows, values[c] a
 * value of its own) that counts a locality's criteria of new rural areas
 * (criteria_met, criteria_planned, criteria_total) over n rows of
 * localities each a ward or a town's place (localgov_urban_place) with no
 * such count, or -1: the locality-targets preset's "Số tiêu chí đã đạt"
 * printed empty over a ward's tổ dân phố, to which no such criterion
 * applies (s50user). Each such column is one, not the first counting
 * column alone: a table of criteria_met and criteria_planned kept the
 * second, empty (s51review). */
static int ward_criteria_column(const Attachment *att, const FieldRef *fields,
                                const GenText *values, const Item *items, size_t n)
{
    static const struct {
        int field;
        QueryNumber number;
    } counts[] = {{F_CRITERIA_MET, QN_CRITERIA_MET},
                  {F_CRITERIA_PLANNED, QN_CRITERIA_PLANNED},
                  {F_CRITERIA_TOTAL, QN_CRITERIA_TOTAL}};
    enum { N_COUNTS = sizeof counts / sizeof counts[0] };
    for (size_t c = 0; c < att->n_columns; c++) {
        if (!fields[c].field || values[c].text)
            continue; /* no field, or a value of the column's own */
        size_t k = 0;
        while (k < N_COUNTS && fields[c].field->id != counts[k].field)
            k++;
        if (k == N_COUNTS)
            continue;
        size_t i = 0;
        double v;
        while (i < n && localgov_urban_place(((const Locality *)items[i].ptr)->kind) &&
               !query_locality_number(items[i].ptr, counts[k].number, &v))
            i++;
        if (i == n)
            return (int)c;
    }
    return -1;
}

/* Keeps the n selected items and what make_rows needs to turn them into
 * rows; counts the uses of the localities shown (KH251 stays quiet). */
static void keep_rows(Generation *g, Attachment *att, AttachSpec *spec, RowSpec *rs,
                      const Item *items, size_t n, const FieldValue *measured)
{
    Resolver *r = g->r;
    att->rows = arena_alloc(r->arena, sizeof *att->rows);
    att->n_rows = 0;
    const char **kinds = NULL, **parents = NULL; /* "Tên {kinds}", "Thuộc {parent_kinds}" */
    if (g->source == SRC_LOCALITIES) {
        kinds = arena_alloc(r->arena, (n + 1) * sizeof *kinds);
        parents = arena_alloc(r->arena, (n + 1) * sizeof *parents);
        int belongs = 0;
        for (size_t i = 0; i < n; i++) {
            const Locality *loc = items[i].ptr, *up = NULL;
            count_locality_use(r, loc);
            if (loc->parent && *loc->parent && (belongs = 1))
                up = plan_find_locality(r->plan, loc->parent);
            kinds[i] = loc->kind;
            parents[i] = up ? up->kind : NULL;
        }
        int c = n && !belongs ? att_kinds_parent_column(att, rs->col_fields) : -1;
        if (c >= 0) /* "Thuộc địa bàn", empty in every row (s43user F6) */
            drop_column(r, att, spec, rs, (size_t)c);
        while (n && (c = ward_criteria_column(att, rs->col_fields, spec->gen.column_values, items,
                                              n)) >= 0) /* no criterion of new rural areas over a ward's */
            drop_column(r, att, spec, rs, (size_t)c);
        if (att_kinds_wanted(att))
            att_kinds_header(r, att, kinds, parents, n);
    }
    if (n == 0)
        return;
    AttachFill *f = arena_alloc(r->arena, sizeof *f);
    f->arena = r->arena;
    f->plan = r->plan;
    f->templates = r->templates;
    f->source = g->source;
    f->col_fields = arena_alloc(r->arena, att->n_columns * sizeof *f->col_fields);
    f->stt_from_field = arena_alloc(r->arena, att->n_columns * sizeof *f->stt_from_field);
    f->values = arena_alloc(r->arena, att->n_columns * sizeof *f->values);
    for (size_t c = 0; c < att->n_columns; c++) {
        f->col_fields[c] = rs->col_fields[c];
        if (f->col_fields[c].data_key)
            f->col_fields[c].data_key = arena_strdup(r->arena, f->col_fields[c].data_key);
        f->stt_from_field[c] = rs->stt_from_field[c];
        f->values[c] = spec->gen.column_values[c].text;
    }
    f->grouped = rs->grouped;
    f->pos = spec->rows_node->pos;
    f->merge_cols = arena_alloc(r->arena, spec->n_merge * sizeof *f->merge_cols);
    if (spec->n_merge)
        memcpy(f->merge_cols, spec->merge_cols, spec->n_merge * sizeof *f->merge_cols);
    f->n_merge = spec->n_merge;
    f->items = arena_alloc(r->arena, n * sizeof *f->items);
    f->group_titles = arena_alloc(r->arena, n * sizeof *f->group_titles);
    size_t groups = 0; /* as make_rows makes their rows */
    for (size_t i = 0; i < n; i++) {
        f->items[i] = kept_item(g, items[i].ptr);
        f->group_titles[i] = items[i].group_title;
    }
    if (kinds && rs->grouped) /* "Cấp {kinds}": a group's own kinds */
        att_kinds_titles(r->arena, f->group_titles, kinds, parents, n);
    for (size_t i = 0; i < n; i++)
        groups += *f->group_titles[i] && (i == 0 || strcmp(f->group_titles[i],
                                                           f->group_titles[i - 1]) != 0);
    if (rs->grouped)
        r->errors += att_check_groups(r->diags, att, spec->gen.group_by.at, groups);
    f->n = n;
    f->measured = measured;
    att->fill = f;
}

/* A criteria table that shows who answers for each criterion must have
 * someone for every one: records the rows no unit leads, which check.c
 * reports (KH616). */
static void find_leadless_criteria(Generation *g, Attachment *att, const AttachSpec *spec,
                                   const Item *items, size_t n)
{
    Resolver *r = g->r;
    size_t lead_col = att->n_columns;
    for (size_t c = 0; c < att->n_columns && lead_col == att->n_columns; c++) {
        const char *key = att->columns[c].key;
        if (strcmp(key, "lead") == 0 || strcmp(key, "lead_short") == 0 ||
            strcmp(key, "responsible") == 0)
            lead_col = c;
    }
    if (lead_col == att->n_columns)
        return;
    static const Field lead_field = {"lead", F_LEAD, IDS_UNIT, QV_TEXT};
    FieldRef lead_ref = {&lead_field, NULL, 0};
    att->leadless = arena_alloc(r->arena, (n + 1) * sizeof *att->leadless);
    att->n_leadless = 0;
    int ids_only = r->q.ids_only;
    r->q.ids_only = 1; /* the units only: their names are render's */
    r->q.first_lead = 1; /* and whether there is one */
    for (size_t i = 0; i < n; i++) {
        FieldValue fv;
        field_value(g, items[i].ptr, &lead_ref, &fv);
        if (!fv.n_raw)
            att->leadless[att->n_leadless++] = ((const CritItem *)items[i].ptr)->code;
    }
    r->q.ids_only = ids_only;
    r->q.first_lead = 0;
    /* rows that come from a preset are the drafter's table all the same:
     * check.c points at the attachment in the plan, not the preset */
    const YNode *rows = spec->rows_node;
    att->lead_col = lead_col;
    att->rows_in_plan = rows && rows->pos.file && r->plan->file &&
                        strcmp(rows->pos.file, r->plan->file) == 0;
    if (rows) {
        att->rows_pos = rows->pos;
        att->rows_span = yread_span(rows);
    }
}

static void free_row_spec(RowSpec *rs)
{
    for (size_t i = 0; i < rs->n_conds; i++)
        strset_free(&rs->conds[i].plain);
    free(rs);
}

/* Builds the rows of a generated table (`rows: {from: ...}`). */
/* A generated table that keeps no row: the first `where` value (a plain
 * "=" text) no item of the source has, and the nearest one they have
 * (query_unmatched, the rule of a figure's KH505), kept in spec for
 * KH618. One walk of the source's items per condition, charged to the
 * tables' budget, and only for a warning that is shown. */
static void find_unmatched(Generation *g, const Catalog *catalog, const RowSpec *rs,
                           AttachSpec *spec)
{
    Resolver *r = g->r;
    if (!diag_would_keep(r->diags, DIAG_WARNING, spec->node->pos))
        return;
    for (size_t i = 0; i < rs->n_conds && !spec->unmatched; i++) {
        const Condition *cond = &rs->conds[i];
        if (query_ref_ids(&cond->field) != IDS_NONE ||
            (cond->field.field && cond->field.field->kind != QV_TEXT))
            continue;
        const void **items;
        r->work += query_items(&r->q, g->source, catalog, &items) + 1;
        if (r->work > TABLE_WORK_BUDGET)
            return;
        const char *value;
        char *hint = query_unmatched_value(&r->q, g->source, catalog, &cond->field, cond->wants,
                                           cond->n_wants, &value);
        if (value) {
            spec->unmatched_key = cond->field.field ? cond->field.field->name : cond->field.data_key;
            spec->unmatched = value;
            spec->unmatched_hint = hint ? arena_strdup(r->arena, hint) : NULL;
        }
        free(hint);
    }
}

static void generate_rows(Resolver *r, Attachment *att, AttachSpec *spec)
{
    /* a body table without `rows` shows its own tasks only */
    const BodyNode *owner = spec->owner && !ynode_get(spec->node, "rows") ? spec->owner : NULL;
    Generation gen = {.r = r, .owner = owner, .node = spec->rows_node, .spec = spec};
    Generation *g = &gen;
    const GenText *from = &spec->gen.from;
    if (!from->text || att_name_index(query_source_names, from->text) < 0)
        return; /* reported by attach_parse */
    g->source = (Source)att_name_index(query_source_names, from->text);
    int before = r->errors;
    RowSpec *rs = xmalloc(sizeof *rs);
    memset(rs, 0, sizeof *rs);
    read_columns(g, att, spec, rs);
    read_where(g, spec, rs);
    read_sort(g, spec);
    read_grouping(g, att, spec, rs);
    const Catalog *catalog = NULL;
    if (g->source == SRC_CRITERIA || g->source == SRC_INDICATORS)
        catalog = generator_catalog(g, spec);
    if (r->errors != before || ((g->source == SRC_CRITERIA || g->source == SRC_INDICATORS) &&
                                !catalog)) {
        /* which localities it was meant to show is unsure: each counts as
         * used, so one mistake in `where` is not also "never used" (KH251) */
        for (size_t i = 0; g->source == SRC_LOCALITIES && i < r->plan->n_localities; i++)
            count_locality_use(r, &r->plan->localities[i]);
        free_row_spec(rs);
        return;
    }
    Item *items;
    size_t n = select_items(g, catalog, rs, &items);
    if (n == 0 && r->errors == before) /* "kind: xa": did you mean 'xã'? (KH618) */
        find_unmatched(g, catalog, rs, spec);
    if (g->source == SRC_LOCALITIES && n)
        att_check_other_communes(r, att, spec, items, n);
    unsigned char *warned = arena_alloc(r->arena, att->n_columns + 1);
    for (size_t i = 0; i < n; i++) { /* each data value shown fits its column (KH611) */
        att_check_generated(r, g->source, att, spec, rs->col_fields, items[i].ptr);
        att_check_generated_decimals(r->diags, g->source, att, spec, rs->col_fields,
                                     items[i].ptr, warned); /* "1234.5" as text: KH636 */
    }
    att_check_same_places(g, att, spec, rs, items, n);
    unsigned long long shown = 0;
    for (size_t i = 0; i < n; i++)
        shown += att_item_shown(r, g->source, items[i].ptr, items[i].index);
    /* a criterion's row gathers who answers for it from every task that
     * names it: 1,000 tables of 19 criteria over 60 tasks (117 KB) printed
     * 573 MB. Its cells are measured (a catalog has few criteria), while
     * the budget lasts, and kept: render makes the rows of them rather
     * than gather each criterion's tasks a second time. */
    int spent = r->shown_budget && r->shown > r->shown_budget;
    FieldValue *measured = NULL;
    if (!spent && (g->source == SRC_CRITERIA || g->source == SRC_INDICATORS) && n)
        measured = arena_alloc(r->arena, n * att->n_columns * sizeof *measured);
    for (size_t i = 0; measured && i < n; i++)
        for (size_t c = 0; c < att->n_columns; c++) {
            if (!att_measured_column(att, spec->gen.column_values[c].text, c))
                continue;
            FieldValue *fv = &measured[i * att->n_columns + c];
            *fv = (FieldValue){.text = ""};
            field_value(g, items[i].ptr, &rs->col_fields[c], fv);
            shown += fv->text ? strlen(fv->text) : 0;
        }
    if (n && att_charge_shown(r, g->node, spec, shown) != 0)
        n = 0;
    /* a `value:` text is the same in every row: the names its lists print
     * count once per row, not once (3,000 rows of {list localities} over
     * 3,000 localities printed 150 MB of each document from 142 KB) */
    for (size_t c = 0; n > 1 && c < att->n_columns; c++) {
        const YNode *at = spec->gen.column_values[c].at;
        if (rs->value_lists[c] && at)
            r->errors += figures_charge_lists(r->plan, rs->value_lists[c] * (n - 1), r->diags,
                                              at->pos, yread_span(at));
    }
    keep_rows(g, att, spec, rs, items, n, measured);
    if (g->source == SRC_CRITERIA || g->source == SRC_INDICATORS)
        find_leadless_criteria(g, att, spec, items, n);
    free(items);
    free_row_spec(rs);
}

/* One table's cells, rows, numbers and merges (an attachment, or a table
 * in the body): made after the cells of the tables they count
 * (att_cells_order). */
static void resolve_cells(Resolver *r, Attachment *att, AttachSpec *spec)
{
    DiagSink *diags = r->diags;
    if (spec->broken)
        return;
    att_expand_texts(r, spec, 1);
    if (spec->gen.present)
        generate_rows(r, att, spec);
    if (!att->fill) { /* else attach_fill_table, with the rows */
        att_number_and_merge(r->arena, att, spec->merge_cols, spec->n_merge);
        size_t groups = 0;
        for (size_t k = 0; k < att->n_rows; k++)
            groups += att->rows[k].is_group;
        r->errors += att_check_groups(diags, att, NULL, groups);
    }
    /* no rows because of an error already reported, or of the catalog
     * the plan lacks (told once, in check), is no news */
    if (att->n_rows == 0 && !att->fill && spec->rows_node && diag_error_count(diags) == 0 &&
        !r->plan->catalog_uses) {
        if (spec->owner && spec->unmatched && spec->unmatched_hint)
            diag_warning(diags, att_own_rows_pos(spec), 1, KH618, "the table has no rows: none has "
                         "%s '%s' (did you mean '%s'?)", spec->unmatched_key, spec->unmatched,
                         spec->unmatched_hint);
        else if (spec->owner && spec->unmatched)
            diag_warning(diags, att_own_rows_pos(spec), 1, KH618, "the table has no rows: none has "
                         "%s '%s'; check its 'where'", spec->unmatched_key, spec->unmatched);
        else if (spec->owner)
            diag_warning(diags, att_own_rows_pos(spec), 1, KH618, "the table has no rows%s: add rows, "
                         "or check its 'where'",
                         spec->gen.present && ynode_get(spec->node, "rows") ? _(": the filter selects nothing") : "");
        else if (spec->unmatched && spec->unmatched_hint)
            diag_warning(diags, att_own_rows_pos(spec), 1, KH618, "attachment '%s' has no rows: "
                         "none has %s '%s' (did you mean '%s'?)", att->id, spec->unmatched_key,
                         spec->unmatched, spec->unmatched_hint);
        else if (spec->unmatched)
            diag_warning(diags, att_own_rows_pos(spec), 1, KH618, "attachment '%s' has no rows: "
                         "none has %s '%s'; check its 'where'", att->id, spec->unmatched_key,
                         spec->unmatched);
        else
            diag_warning(diags, att_own_rows_pos(spec), 1, KH618, "attachment '%s' has no rows%s: add "
                         "rows, or check its 'where'", att->id,
                         spec->gen.present ? _(": the filter selects nothing") : "");
    }
}

int attach_resolve(Arena *arena, DiagSink *diags, Plan *plan)
{
    AttachState *state = att_state_of(plan);
    if (!state)
        return 0;
    Resolver resolver = {.arena = arena, .diags = diags, .plan = plan,
                         .templates = state->templates};
    Resolver *r = &resolver;
    r->ctx = (InlineCtx){.plan = plan, .task = NULL, .templates = state->templates,
                         .arena = arena};
    query_open(&r->q, arena, plan, state->templates, &inline_query_text);
    size_t *order = xmalloc((plan->n_attachments + 1) * sizeof *order);
    r->errors += att_cells_order(diags, plan, state, order);
    for (size_t i = 0; i < plan->n_attachments; i++)
        resolve_cells(r, &plan->attachments[order[i]], &state->specs[order[i]]);
    for (size_t i = 0; i < state->n_tables; i++)
        resolve_cells(r, state->tables[i]->table, state->tables[i]);
    for (size_t i = 0; i < plan->n_attachments; i++)
        att_resolve_lines(r, &plan->attachments[i], &state->specs[i]);
    for (size_t i = 0; i < state->n_tables; i++)
        att_resolve_lines(r, state->tables[i]->table, state->tables[i]);
    attach_check_hand_totals(diags, plan, state);
    attach_check_row_sums(diags, plan, state);
    attach_check_id_cells(diags, plan, state); /* "vpdp" printed for a unit */
    free(order);
    query_close(&r->q);
    return r->errors;
}
