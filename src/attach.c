/* attach.c - the `attachments:` of a plan: presets, columns, rows.
 *
 * attach_parse() reads each attachment mapping while parse.c reads the plan.
 * An attachment may name a preset (templates/presets/NAME.yaml), a mapping
 * with the same keys; the plan's own keys win, column by column for
 * `columns` and key by key for a `rows` generator. Columns and explicit rows
 * are typed here (a count must be a number, a date a real date), and every
 * text that may hold inline references is remembered with its YAML node.
 *
 * attach_resolve() runs when the whole plan is parsed and indexed. It checks
 * and expands those texts, and builds the rows of generated tables: it
 * collects the items of the source (localities, the tasks found by walking
 * the body, or the criteria/indicators of a catalog), evaluates each
 * column's field for each item (the field tables below say what a source
 * offers and which registry a field's ids belong to), filters with `where`,
 * sorts, groups under heading rows, then numbers the STT column and merges
 * equal neighbouring cells of the `merge` columns. Facts come from their one
 * definition: a task's lead unit, support units and deadline are printed
 * here with the same functions the prose uses (inline.h, the wording
 * templates).
 *
 * The parse-time state that attach_resolve needs (YAML nodes, preset) is
 * kept in an AttachState at plan->attach_state.
 */
#include "attach.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "catalog.h"
#include "i18n.h"
#include "inline.h"
#include "query.h"
#include "suggest.h"
#include "vi.h"
#include "yread.h"

/* ---- private state kept between attach_parse and attach_resolve -------- */

/* A text that may hold inline references, and where its expansion goes. */
typedef struct TextRef {
    const char **slot;
    const YNode *node;
} TextRef;

typedef struct AttachSpec {
    int broken;                 /* unusable: attach_resolve skips it */
    const YNode *node;          /* the attachment's mapping in the plan */
    const YNode *preset_root;   /* the preset's mapping, or NULL */
    const YNode *rows_node;     /* `rows` as used (plan's or preset's) */
    const YNode *gen_plan;      /* generator mapping of the plan, or NULL */
    const YNode *gen_preset;    /* generator mapping of the preset, or NULL */
    const YNode **column_nodes; /* where each column was defined */
    size_t merge_cols[ATTACH_MAX_COLUMNS];
    size_t n_merge;
    TextRef *texts;
    size_t n_texts, cap_texts;
} AttachSpec;

typedef struct AttachState {
    TemplateSet *templates;
    AttachSpec *specs;          /* specs[i] belongs to plan->attachments[i] */
} AttachState;

static AttachState *state_of(const Plan *plan)
{
    return plan->attach_state;
}

/* ---- reporting ---------------------------------------------------------- */

#define NODE_ERROR(ctx, node, code, ...)                                              \
    (diag_error((ctx)->diags, (node)->pos, yread_span(node), code, __VA_ARGS__), \
     (ctx)->errors++)

/* ---- parsing ------------------------------------------------------------ */

typedef struct AttParser {
    Arena *arena;
    DiagSink *diags;
    TemplateSet *templates;
    Plan *plan;
    int errors;
    /* presets loaded so far: name -> root (NULL root: failed) */
    const char *preset_names[64];
    const YNode *preset_roots[64];
    size_t n_presets;
} AttParser;

static const char *const attachment_keys[] = {"id",     "label",  "title",   "orientation",
                                              "note",   "preset", "columns", "rows",
                                              "merge",  "totals", "suppress", NULL};
static const char *const preset_keys[] = {"description", "title", "orientation", "note",
                                          "columns",     "rows",  "merge",       "totals", NULL};
static const char *const column_keys[] = {"key",      "header", "group", "width", "align",
                                          "type",     "decimals", "total", "value", NULL};
static const char *const generator_keys[] = {"from", "where",   "group_by", "group_titles",
                                              "sort", "catalog", NULL};
static const char *const source_names[] = {"localities", "tasks", "criteria", "indicators",
                                           NULL};
static const char *const type_names[] = {"text", "int", "decimal", "percent", "date", "stt",
                                         "year", NULL};
static const char *const align_names[] = {"left", "center", "right", NULL};

static size_t count_names(const char *const *names)
{
    size_t n = 0;
    while (names[n])
        n++;
    return n;
}

static int name_index(const char *const *names, const char *word)
{
    for (int i = 0; names[i]; i++)
        if (strcmp(names[i], word) == 0)
            return i;
    return -1;
}

static void check_keys(AttParser *ap, const YNode *map, const char *const *allowed,
                       DiagId code, const char *what)
{
    ap->errors += yread_check_keys(ap->diags, map, allowed, code, what);
}

/* Reports a bad word for a closed set of names (type, align, ...). */
static void bad_word(AttParser *ap, const YNode *node, const char *key,
                     const char *const *names)
{
    Buf list = {0};
    for (size_t i = 0; names[i]; i++)
        buf_printf(&list, "%s%s", i ? ", " : "", names[i]);
    const char *hint = suggest_best(node->text, names, count_names(names));
    if (hint)
        NODE_ERROR(ap, node, KH605, "'%s' is one of %s, not '%s' (did you mean '%s'?)", key,
                   list.data, node->text, hint);
    else
        NODE_ERROR(ap, node, KH605, "'%s' is one of %s, not '%s'", key, list.data,
                   node->text);
    buf_free(&list);
}

static const char *read_scalar(AttParser *ap, const YNode *node, const char *key)
{
    const char *text = yread_scalar(ap->diags, node, key, KH600);
    if (!text)
        ap->errors++;
    return text;
}

static int read_bool(AttParser *ap, const YNode *node, const char *key, int *out)
{
    if (node->kind == YNODE_SCALAR && node->style == YSTYLE_PLAIN) {
        if (strcmp(node->text, "true") == 0 || strcmp(node->text, "yes") == 0) {
            *out = 1;
            return 0;
        }
        if (strcmp(node->text, "false") == 0 || strcmp(node->text, "no") == 0) {
            *out = 0;
            return 0;
        }
    }
    NODE_ERROR(ap, node, KH600, "'%s' is true or false", key);
    return -1;
}

/* A number written in a plan cell, a filter or a column option: the one
 * number grammar (vi_parse_number), with spaces around it and, for percent
 * columns, a trailing "%" allowed: "17", "16,9", "16.9", "1.234,5",
 * "92,1 %". Returns 0 and sets *out; -2 for an ambiguous "10.500" (*out
 * unset; the caller reports KH114); -1 if it is not a number. */
static int parse_number_text(const char *text, int allow_percent, double *out)
{
    char buf[64];
    while (*text == ' ')
        text++;
    size_t n = strlen(text);
    while (n > 0 && text[n - 1] == ' ')
        n--;
    if (allow_percent && n > 0 && text[n - 1] == '%') {
        n--;
        while (n > 0 && text[n - 1] == ' ')
            n--;
    }
    if (n == 0 || n >= sizeof buf)
        return -1;
    memcpy(buf, text, n);
    buf[n] = '\0';
    int decimals;
    switch (vi_parse_number(buf, out, &decimals)) {
    case VNUM_OK:
    case VNUM_DOT_DECIMAL:
        return 0;
    case VNUM_AMBIGUOUS:
        return -2;
    default:
        return -1;
    }
}

/* Reports KH114 for a value parse_number_text found ambiguous. */
static void report_ambiguous(DiagSink *diags, const YNode *node, const char *what,
                             const char *text)
{
    const char *dot = strchr(text, '.');
    int head = dot ? (int)(dot - text) : 0;
    diag_error(diags, node->pos, yread_span(node), KH114,
               "%s '%s': %.*s%s as khgen prints numbers (thousands dot), %.*s,%s as C "
               "reads it (decimal point); write %.*s%s or %.*s,%s",
               what, text, head, text, dot ? dot + 1 : "", head, text, dot ? dot + 1 : "", head,
               text, dot ? dot + 1 : "", head, text, dot ? dot + 1 : "");
}

static void remember_text(AttParser *ap, AttachSpec *spec, const char **slot, const YNode *node)
{
    if (spec->n_texts == spec->cap_texts) {
        size_t cap = spec->cap_texts ? spec->cap_texts * 2 : 16;
        TextRef *fresh = arena_alloc(ap->arena, cap * sizeof *fresh);
        if (spec->n_texts)
            memcpy(fresh, spec->texts, spec->n_texts * sizeof *fresh);
        spec->texts = fresh;
        spec->cap_texts = cap;
    }
    spec->texts[spec->n_texts++] = (TextRef){slot, node};
}

/* ---- presets ---- */

static const char **embedded_names_under(const char *dir, size_t *count, Arena *arena)
{
    size_t dir_len = strlen(dir);
    const char **names = arena_alloc(arena, (embedded_templates_count + 1) * sizeof *names);
    size_t n = 0;
    for (size_t i = 0; i < embedded_templates_count; i++) {
        const char *file = embedded_templates[i].name;
        size_t len = strlen(file);
        if (strncmp(file, dir, dir_len) != 0 || len <= dir_len + 5 ||
            strcmp(file + len - 5, ".yaml") != 0)
            continue;
        names[n++] = arena_strndup(arena, file + dir_len, len - dir_len - 5);
    }
    *count = n;
    return names;
}

static const YNode *load_preset(AttParser *ap, const YNode *name_node)
{
    const char *name = name_node->text;
    for (size_t i = 0; i < ap->n_presets; i++)
        if (strcmp(ap->preset_names[i], name) == 0)
            return ap->preset_roots[i];
    const char *file = arena_printf(ap->arena, "presets/%s.yaml", name);
    size_t len = 0;
    const char *origin = NULL;
    const char *text = ap->templates ? tpl_set_text(ap->templates, file, &len, &origin) : NULL;
    const YNode *root = NULL;
    if (!text || strchr(name, '/')) {
        size_t n_names;
        const char **names = embedded_names_under("presets/", &n_names, ap->arena);
        const char *hint = suggest_best(name, names, n_names);
        if (hint)
            NODE_ERROR(ap, name_node, KH603, "unknown preset '%s' (did you mean '%s'?)", name,
                       hint);
        else
            NODE_ERROR(ap, name_node, KH603,
                       "unknown preset '%s': no templates/presets/%s.yaml", name, name);
    } else {
        LoadLimits limits = load_default_limits();
        root = load_string(ap->arena, ap->diags, origin ? origin : file, text, len, &limits);
        if (!root) {
            ap->errors++;
        } else if (root->kind != YNODE_MAP) {
            NODE_ERROR(ap, root, KH604, "a preset is a mapping (columns, rows, ...), not %s",
                       ynode_kind_name(root));
            root = NULL;
        } else {
            int before = ap->errors;
            check_keys(ap, root, preset_keys, KH604, "a preset");
            const YNode *rows = ynode_get(root, "rows");
            if (rows && rows->kind == YNODE_MAP)
                check_keys(ap, rows, generator_keys, KH604, "the rows of a preset");
            if (ap->errors != before)
                root = NULL;
        }
    }
    if (ap->n_presets < sizeof ap->preset_names / sizeof ap->preset_names[0]) {
        ap->preset_names[ap->n_presets] = name;
        ap->preset_roots[ap->n_presets] = root;
        ap->n_presets++;
    }
    return root;
}

static int is_null(const YNode *node)
{
    return node && node->kind == YNODE_SCALAR && node->style == YSTYLE_PLAIN &&
           (strcmp(node->text, "~") == 0 || strcmp(node->text, "null") == 0 || !*node->text);
}

/* The value of key for this attachment: the plan's, else the preset's; a
 * plan's `~` removes the preset's value. */
static const YNode *att_value(const AttachSpec *spec, const char *key)
{
    const YNode *v = ynode_get(spec->node, key);
    if (is_null(v))
        return NULL;
    return v ? v : ynode_get(spec->preset_root, key);
}

static const YNode *gen_value(const AttachSpec *spec, const char *key)
{
    const YNode *v = ynode_get(spec->gen_plan, key);
    if (is_null(v))
        return NULL;
    return v ? v : ynode_get(spec->gen_preset, key);
}

/* ---- columns ---- */

static int valid_key(const char *key)
{
    if (!*key)
        return 0;
    for (const char *c = key; *c; c++)
        if (!((*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') || (*c >= '0' && *c <= '9') ||
              *c == '_' || *c == '-' || *c == '.'))
            return 0;
    return 1;
}

/* Fills *col from a column mapping, starting from base (a preset's column
 * of the same key) when given. Returns 0, or -1 if unusable. */
static int parse_column_map(AttParser *ap, const YNode *node, const Column *base, Column *col)
{
    int before = ap->errors;
    if (base) {
        *col = *base;
    } else {
        memset(col, 0, sizeof *col);
        col->decimals = -1;
    }
    col->pos = node->pos;
    check_keys(ap, node, column_keys, KH601, "a column");
    const YNode *v;
    if ((v = ynode_get(node, "key")) && (col->key = read_scalar(ap, v, "key")) &&
        !valid_key(col->key))
        NODE_ERROR(ap, v, KH606, "invalid column key '%s': use letters, digits, '_', '-', '.'",
                   col->key);
    if (!col->key) {
        if (!v)
            NODE_ERROR(ap, node, KH602, "a column has no 'key' (the field it shows)");
        return -1;
    }
    if ((v = ynode_get(node, "header")))
        col->header = read_scalar(ap, v, "header");
    if ((v = ynode_get(node, "group")))
        col->group = read_scalar(ap, v, "group");
    if ((v = ynode_get(node, "type")) && read_scalar(ap, v, "type")) {
        int t = name_index(type_names, v->text);
        if (t < 0)
            bad_word(ap, v, "type", type_names);
        else
            col->type = (ColType)t;
    }
    if ((v = ynode_get(node, "align")) && read_scalar(ap, v, "align")) {
        int a = name_index(align_names, v->text);
        if (a < 0)
            bad_word(ap, v, "align", align_names);
        else
            col->align = (Align)(a + 1);
    }
    if ((v = ynode_get(node, "width")) && read_scalar(ap, v, "width")) {
        double w;
        if (parse_number_text(v->text, 0, &w) != 0 || w < 1 || w > 200)
            NODE_ERROR(ap, v, KH605, "'width' is a number of characters from 1 to 200, not '%s'",
                       v->text);
        else
            col->width = w;
    }
    if ((v = ynode_get(node, "decimals")) && read_scalar(ap, v, "decimals")) {
        double d;
        if (parse_number_text(v->text, 0, &d) != 0 || d < 0 || d > 10 || d != floor(d))
            NODE_ERROR(ap, v, KH605, "'decimals' is a whole number from 0 to 10, not '%s'",
                       v->text);
        else
            col->decimals = (int)d;
    }
    if ((v = ynode_get(node, "total")))
        read_bool(ap, v, "total", &col->total);
    if (col->total && col->type != COL_INT && col->type != COL_DECIMAL &&
        col->type != COL_PERCENT)
        NODE_ERROR(ap, ynode_get(node, "total") ? ynode_get(node, "total") : node, KH617,
                   "column '%s' has 'total: true' but is not a number column (type: int, "
                   "decimal or percent)",
                   col->key);
    if (!col->header) {
        if (col->type == COL_STT)
            col->header = "STT";
        else
            NODE_ERROR(ap, node, KH602, "column '%s' has no 'header'", col->key);
    }
    return ap->errors == before ? 0 : -1;
}

/* Reads a `columns` list. base/n_base are the preset's columns (for
 * entries that name one by key). Returns the count, columns in *out. */
static size_t parse_columns(AttParser *ap, const YNode *list, const Column *base, size_t n_base,
                            Column **out, const YNode ***out_nodes)
{
    *out = NULL;
    *out_nodes = NULL;
    if (list->kind != YNODE_SEQ || list->count == 0) {
        NODE_ERROR(ap, list, KH600, "'columns' must be a non-empty list");
        return 0;
    }
    Column *cols = arena_alloc(ap->arena, list->count * sizeof *cols);
    const YNode **nodes = arena_alloc(ap->arena, list->count * sizeof *nodes);
    size_t n = 0;
    for (size_t i = 0; i < list->count; i++) {
        const YNode *item = list->items[i];
        const Column *from = NULL;
        const char *key = item->kind == YNODE_SCALAR ? item->text
                          : item->kind == YNODE_MAP && ynode_get(item, "key") &&
                                  ynode_get(item, "key")->kind == YNODE_SCALAR
                              ? ynode_get(item, "key")->text
                              : NULL;
        for (size_t k = 0; key && k < n_base && !from; k++)
            if (strcmp(base[k].key, key) == 0)
                from = &base[k];
        if (item->kind == YNODE_SCALAR) {
            if (from) {
                cols[n] = *from;
                cols[n].pos = item->pos;
                nodes[n++] = item;
            } else if (strcmp(item->text, "stt") == 0) {
                cols[n] = (Column){.key = "stt", .header = "STT", .type = COL_STT,
                                   .decimals = -1, .pos = item->pos};
                nodes[n++] = item;
            } else {
                const char *hint = n_base ? suggest_best_in(item->text, base, n_base, sizeof *base,
                                                            offsetof(Column, key))
                                          : NULL;
                if (hint)
                    NODE_ERROR(ap, item, KH606,
                               "the preset has no column '%s' (did you mean '%s'?)", item->text,
                               hint);
                else
                    NODE_ERROR(ap, item, KH606,
                               "no column '%s' to take from a preset: write it out as "
                               "{key: %s, header: ...}",
                               item->text, item->text);
            }
            continue;
        }
        if (item->kind != YNODE_MAP) {
            NODE_ERROR(ap, item, KH600, "a column is a mapping {key, header, ...} or a key, "
                       "not %s", ynode_kind_name(item));
            continue;
        }
        if (parse_column_map(ap, item, from, &cols[n]) == 0)
            nodes[n++] = item;
    }
    *out = cols;
    *out_nodes = nodes;
    return n;
}

/* Checks the columns of a finished attachment: count, unique keys, groups
 * that are adjacent. */
static void check_columns(AttParser *ap, const Attachment *att, const YNode *const *nodes,
                          const YNode *where)
{
    if (att->n_columns > ATTACH_MAX_COLUMNS)
        NODE_ERROR(ap, where, KH607, "a table has at most %d columns; '%s' has %zu",
                   ATTACH_MAX_COLUMNS, att->id ? att->id : "this one", att->n_columns);
    for (size_t i = 0; i < att->n_columns; i++) {
        for (size_t k = 0; k < i; k++) {
            if (strcmp(att->columns[i].key, att->columns[k].key) == 0) {
                NODE_ERROR(ap, nodes[i], KH608, "column key '%s' is used twice",
                           att->columns[i].key);
                break;
            }
        }
        const char *group = att->columns[i].group;
        if (!group || i == 0)
            continue;
        for (size_t k = 0; k + 1 < i; k++) {
            if (att->columns[k].group && strcmp(att->columns[k].group, group) == 0 &&
                (!att->columns[i - 1].group || strcmp(att->columns[i - 1].group, group) != 0)) {
                NODE_ERROR(ap, nodes[i], KH609,
                           "the columns of group '%s' must be next to each other", group);
                break;
            }
        }
    }
}

/* A column's fixed `value` (the same text in every row: a column left blank
 * for the reader to fill, a unit of measure), or NULL. */
static const YNode *column_value(const AttachSpec *spec, size_t col)
{
    const YNode *node = spec->column_nodes ? spec->column_nodes[col] : NULL;
    const YNode *value = node && node->kind == YNODE_MAP ? ynode_get(node, "value") : NULL;
    return value && value->kind == YNODE_SCALAR ? value : NULL;
}

static size_t column_index(const Attachment *att, const char *key)
{
    for (size_t i = 0; i < att->n_columns; i++)
        if (strcmp(att->columns[i].key, key) == 0)
            return i;
    return (size_t)-1;
}

/* ---- cells ---- */

void attach_put_number(Buf *out, const Column *col, double value)
{
    switch (col ? col->type : COL_DECIMAL) {
    case COL_INT: /* "1.705": the thousands dot, as figures print it */
        vi_put_int(out, (long long)llround(value), 0);
        break;
    case COL_STT:
    case COL_YEAR: /* "2024", never "2.024" */
        buf_printf(out, "%lld", (long long)llround(value));
        break;
    case COL_PERCENT:
        vi_put_decimal(out, value, col->decimals);
        buf_putc(out, '%');
        break;
    case COL_DECIMAL:
        vi_put_decimal(out, value, col->decimals);
        break;
    default:
        vi_put_decimal(out, value, -1);
        break;
    }
}

static const char *number_text(Arena *arena, const Column *col, double value)
{
    Buf b = {0};
    attach_put_number(&b, col, value);
    char *s = buf_to_arena(&b, arena);
    buf_free(&b);
    return s;
}

/* Table dates are dd/mm/yyyy, as the workbook's date format shows them. */
static const char *date_text(Arena *arena, VDate date)
{
    return arena_printf(arena, "%02d/%02d/%04d", date.day, date.month, date.year);
}

static int is_empty_value(const YNode *node)
{
    return !*node->text || (node->style == YSTYLE_PLAIN && (strcmp(node->text, "~") == 0 ||
                                                             strcmp(node->text, "null") == 0));
}

/* Types one explicit cell value by its column. */
static void parse_cell(AttParser *ap, AttachSpec *spec, const Column *col, const YNode *node,
                       Cell *cell)
{
    cell->pos = node->pos;
    cell->text = "";
    if (node->kind != YNODE_SCALAR) {
        NODE_ERROR(ap, node, KH611, "a cell holds one value, not %s", ynode_kind_name(node));
        return;
    }
    if (is_empty_value(node))
        return;
    const char *text = node->text;
    double value;
    int rc, decimals;
    switch (col->type) {
    case COL_TEXT:
        cell->text = text;
        remember_text(ap, spec, &cell->text, node);
        break;
    case COL_STT:
        cell->text = text;
        break;
    case COL_INT:
    case COL_YEAR:
        rc = parse_number_text(text, 0, &value);
        if (rc == -2) {
            report_ambiguous(ap->diags, node, arena_printf(ap->arena, "column '%s' holds", col->key),
                             text);
            return;
        }
        if (rc != 0 || value != floor(value) || strchr(text, ',') ||
            (strchr(text, '.') && vi_parse_number(text, &value, &decimals) != VNUM_OK)) {
            NODE_ERROR(ap, node, KH611, "column '%s' holds whole numbers, not '%s'", col->key,
                       text);
            return;
        }
        cell->number = value;
        cell->is_number = 1;
        cell->text = number_text(ap->arena, col, value);
        break;
    case COL_DECIMAL:
    case COL_PERCENT:
        rc = parse_number_text(text, col->type == COL_PERCENT, &value);
        if (rc == -2) {
            report_ambiguous(ap->diags, node, arena_printf(ap->arena, "column '%s' holds", col->key),
                             text);
            return;
        }
        if (rc != 0) {
            NODE_ERROR(ap, node, KH611, "column '%s' holds %s, not '%s'", col->key,
                       col->type == COL_PERCENT ? "percentages (92.1 or 92,1%)" : "numbers",
                       text);
            return;
        }
        cell->number = value;
        cell->is_number = 1;
        cell->text = number_text(ap->arena, col, value);
        break;
    case COL_DATE: {
        VDate date;
        rc = parse_date_text(text, &date);
        if (rc == -2) {
            NODE_ERROR(ap, node, KH611, "column '%s': '%s' is not a real date", col->key, text);
            return;
        }
        if (rc != 0 || date.day == 0) {
            NODE_ERROR(ap, node, KH611, "column '%s' holds dates YYYY-MM-DD, not '%s'",
                       col->key, text);
            return;
        }
        cell->date = date;
        cell->text = date_text(ap->arena, date);
        break;
    }
    }
}

static void parse_explicit_rows(AttParser *ap, AttachSpec *spec, Attachment *att,
                                const YNode *list)
{
    att->rows = arena_alloc(ap->arena, (list->count + 1) * sizeof *att->rows);
    size_t n_data = 0; /* columns a list row fills: all but STT */
    for (size_t c = 0; c < att->n_columns; c++)
        n_data += att->columns[c].type != COL_STT;
    for (size_t i = 0; i < list->count; i++) {
        const YNode *item = list->items[i];
        Row *row = &att->rows[att->n_rows];
        row->pos = item->pos;
        row->cells = arena_alloc(ap->arena, (att->n_columns + 1) * sizeof *row->cells);
        for (size_t c = 0; c < att->n_columns; c++) {
            row->cells[c].text = att->columns[c].type == COL_STT ? NULL : "";
            row->cells[c].pos = item->pos;
        }
        if (item->kind == YNODE_MAP && item->count == 1 &&
            strcmp(item->keys[0]->text, "heading") == 0 && column_index(att, "heading") ==
                                                               (size_t)-1) {
            const YNode *title = item->values[0];
            if (read_scalar(ap, title, "heading")) {
                row->is_group = 1;
                row->group_title = title->text;
                remember_text(ap, spec, &row->group_title, title);
                att->n_rows++;
            }
            continue;
        }
        if (item->kind == YNODE_MAP) {
            for (size_t k = 0; k < item->count; k++) {
                const YNode *key = item->keys[k];
                size_t c = column_index(att, key->text);
                if (c == (size_t)-1) {
                    const char *hint = suggest_best_in(key->text, att->columns, att->n_columns,
                                                       sizeof(Column), offsetof(Column, key));
                    if (hint)
                        NODE_ERROR(ap, key, KH610,
                                   "the table has no column '%s' (did you mean '%s'?)",
                                   key->text, hint);
                    else
                        NODE_ERROR(ap, key, KH610, "the table has no column '%s'", key->text);
                    continue;
                }
                parse_cell(ap, spec, &att->columns[c], item->values[k], &row->cells[c]);
            }
        } else if (item->kind == YNODE_SEQ) {
            if (item->count > n_data)
                NODE_ERROR(ap, item, KH610,
                           "this row has %zu values but the table has %zu columns to fill "
                           "(STT is numbered by khgen)",
                           item->count, n_data);
            size_t k = 0;
            for (size_t c = 0; c < att->n_columns && k < item->count; c++)
                if (att->columns[c].type != COL_STT)
                    parse_cell(ap, spec, &att->columns[c], item->items[k++], &row->cells[c]);
        } else {
            NODE_ERROR(ap, item, KH610,
                       "a row is a mapping {column: value, ...}, a list of values, or "
                       "{heading: TITLE}, not %s",
                       ynode_kind_name(item));
            continue;
        }
        att->n_rows++;
    }
}

/* Checks a generator mapping's keys and its `from`. */
static void check_generator(AttParser *ap, const YNode *gen, int from_preset)
{
    if (!from_preset)
        check_keys(ap, gen, generator_keys, KH601, "the rows generator");
    const YNode *from = ynode_get(gen, "from");
    if (from && read_scalar(ap, from, "from") && name_index(source_names, from->text) < 0) {
        const char *hint = suggest_best(from->text, source_names, count_names(source_names));
        if (hint)
            NODE_ERROR(ap, from, KH612,
                       "rows come from localities, tasks, criteria or indicators, not '%s' (did "
                       "you mean '%s'?)",
                       from->text, hint);
        else
            NODE_ERROR(ap, from, KH612,
                       "rows come from localities, tasks, criteria or indicators, not '%s'",
                       from->text);
    }
}

static void parse_attachment(AttParser *ap, const YNode *node, Attachment *att, AttachSpec *spec)
{
    spec->node = node;
    att->pos = node->pos;
    att->end = node->end;
    att->landscape = 1;
    if (node->kind != YNODE_MAP) {
        NODE_ERROR(ap, node, KH600,
                   "an attachment is a mapping {id, label, title, columns, rows}, not %s",
                   ynode_kind_name(node));
        spec->broken = 1;
        return;
    }
    int before = ap->errors;
    check_keys(ap, node, attachment_keys, KH601, "an attachment");
    const YNode *v;
    /* suppress: warning codes silenced inside this attachment (KH253 for a
     * table the text of the original never refers to, KH618, ...) */
    if ((v = ynode_get(node, "suppress"))) {
        size_t n_codes = v->kind == YNODE_SEQ ? v->count : 1;
        for (size_t i = 0; i < n_codes; i++) {
            const YNode *code = v->kind == YNODE_SEQ ? v->items[i] : v;
            if (!read_scalar(ap, code, "suppress"))
                continue;
            if (!diag_code_find(code->text))
                NODE_ERROR(ap, code, KH111, "unknown diagnostic code '%s' in 'suppress'",
                           code->text);
            else
                diag_suppress(ap->diags, code->text, node->pos.file, node->pos.line,
                              node->end.line);
        }
    }
    if ((v = ynode_get(node, "id")) && (att->id = read_scalar(ap, v, "id"))) {
        att->pos = v->pos;
        if (!valid_key(att->id) || att->id[0] == '-' || att->id[0] == '.')
            NODE_ERROR(ap, v, KH606, "invalid id '%s': use ASCII letters, digits, '-', '_'",
                       att->id);
    } else if (!v) {
        NODE_ERROR(ap, node, KH602, "an attachment has no 'id'");
    }
    if ((v = ynode_get(node, "preset")) && read_scalar(ap, v, "preset")) {
        att->preset = v->text;
        spec->preset_root = load_preset(ap, v);
        if (!spec->preset_root)
            spec->broken = 1;
    }
    if ((v = ynode_get(node, "label")) && (att->label = read_scalar(ap, v, "label"))) {
        if (!*att->label)
            NODE_ERROR(ap, v, KH602, "'label' is empty");
    } else if (!v) {
        NODE_ERROR(ap, node, KH602, "attachment '%s' has no 'label' (\"Biểu 01\")",
                   att->id ? att->id : "?");
    }
    if ((v = att_value(spec, "title")) && (att->title = read_scalar(ap, v, "title")))
        remember_text(ap, spec, &att->title, v);
    else if (!v)
        NODE_ERROR(ap, node, KH602, "attachment '%s' has no 'title'", att->id ? att->id : "?");
    if ((v = att_value(spec, "note")) && (att->note = read_scalar(ap, v, "note")))
        remember_text(ap, spec, &att->note, v);
    if ((v = att_value(spec, "orientation")) && read_scalar(ap, v, "orientation")) {
        static const char *const orientations[] = {"landscape", "portrait", NULL};
        int o = name_index(orientations, v->text);
        if (o < 0)
            bad_word(ap, v, "orientation", orientations);
        else
            att->landscape = o == 0;
    }
    const YNode *totals_node = att_value(spec, "totals");
    if (totals_node && read_scalar(ap, totals_node, "totals")) {
        if (totals_node->style == YSTYLE_PLAIN && strcmp(totals_node->text, "true") == 0) {
            att->has_totals = 1;
        } else if (totals_node->style == YSTYLE_PLAIN && strcmp(totals_node->text, "false") == 0) {
            att->has_totals = 0;
        } else if (*totals_node->text) {
            att->has_totals = 1;
            att->totals_label = totals_node->text;
            remember_text(ap, spec, &att->totals_label, totals_node);
        }
    }

    /* columns: the preset's, then the plan's over them */
    Column *base = NULL;
    const YNode **base_nodes = NULL;
    size_t n_base = 0;
    const YNode *preset_columns = ynode_get(spec->preset_root, "columns");
    if (preset_columns)
        n_base = parse_columns(ap, preset_columns, NULL, 0, &base, &base_nodes);
    const YNode *plan_columns = ynode_get(node, "columns");
    if (plan_columns) {
        att->n_columns =
            parse_columns(ap, plan_columns, base, n_base, &att->columns, &spec->column_nodes);
    } else {
        att->columns = base;
        att->n_columns = n_base;
        spec->column_nodes = base_nodes;
    }
    if (att->n_columns == 0) {
        if (!plan_columns && !preset_columns)
            NODE_ERROR(ap, node, KH602, "attachment '%s' has no 'columns' (and no 'preset')",
                       att->id ? att->id : "?");
        spec->broken = 1;
        return;
    }
    check_columns(ap, att, spec->column_nodes, plan_columns ? plan_columns : node);
    if (att->n_columns > ATTACH_MAX_COLUMNS) {
        spec->broken = 1;
        return;
    }
    if (att->has_totals && attach_first_total_column(att) == att->n_columns)
        NODE_ERROR(ap, totals_node, KH617,
                   "'totals' is set but no column has 'total: true' (the columns to sum)");

    /* merge: column keys */
    if ((v = att_value(spec, "merge"))) {
        size_t n_keys = v->kind == YNODE_SEQ ? v->count : 1;
        for (size_t i = 0; i < n_keys; i++) {
            const YNode *key = v->kind == YNODE_SEQ ? v->items[i] : v;
            if (!read_scalar(ap, key, "merge"))
                continue;
            size_t c = column_index(att, key->text);
            if (c == (size_t)-1) {
                const char *hint = suggest_best_in(key->text, att->columns, att->n_columns,
                                                   sizeof(Column), offsetof(Column, key));
                if (hint)
                    NODE_ERROR(ap, key, KH610,
                               "'merge' names no column '%s' (did you mean '%s'?)", key->text,
                               hint);
                else
                    NODE_ERROR(ap, key, KH610, "'merge' names no column '%s'", key->text);
            } else if (spec->n_merge < ATTACH_MAX_COLUMNS) {
                spec->merge_cols[spec->n_merge++] = c;
            }
        }
    }

    /* rows: a list (explicit) or a generator mapping */
    const YNode *plan_rows = ynode_get(node, "rows");
    const YNode *preset_rows = ynode_get(spec->preset_root, "rows");
    const YNode *rows = plan_rows ? plan_rows : preset_rows;
    spec->rows_node = rows;
    if (!rows) {
        NODE_ERROR(ap, node, KH602,
                   "attachment '%s' has no 'rows' (a list, or {from: localities|tasks|criteria})",
                   att->id ? att->id : "?");
    } else if (rows->kind == YNODE_SEQ) {
        for (size_t c = 0; c < att->n_columns; c++)
            if (column_value(spec, c))
                NODE_ERROR(ap, column_value(spec, c), KH605,
                           "'value' (the same text in every row) is for generated rows; "
                           "write the value in the rows");
        parse_explicit_rows(ap, spec, att, rows);
    } else if (rows->kind == YNODE_MAP) {
        spec->gen_plan = plan_rows && plan_rows->kind == YNODE_MAP ? plan_rows : NULL;
        spec->gen_preset = preset_rows && preset_rows->kind == YNODE_MAP ? preset_rows : NULL;
        if (spec->gen_plan)
            check_generator(ap, spec->gen_plan, 0);
        if (spec->gen_preset)
            check_generator(ap, spec->gen_preset, 1);
        if (!gen_value(spec, "from"))
            NODE_ERROR(ap, rows, KH602,
                       "the rows generator has no 'from' (localities, tasks, criteria or "
                       "indicators)");
    } else {
        NODE_ERROR(ap, rows, KH600,
                   "'rows' is a list of rows or a generator {from: ...}, not %s",
                   ynode_kind_name(rows));
    }
    if (ap->errors != before)
        spec->broken = 1;
}

int attach_parse(Arena *arena, DiagSink *diags, TemplateSet *templates, Plan *plan,
                 const YNode *attachments_node)
{
    AttParser parser = {.arena = arena, .diags = diags, .templates = templates, .plan = plan};
    AttParser *ap = &parser;
    if (attachments_node->kind != YNODE_SEQ) {
        NODE_ERROR(ap, attachments_node, KH600, "'attachments' must be a list, not %s",
                   ynode_kind_name(attachments_node));
        return ap->errors;
    }
    size_t n = attachments_node->count;
    plan->attachments = arena_alloc(arena, (n ? n : 1) * sizeof(Attachment));
    plan->n_attachments = n;
    AttachState *state = arena_alloc(arena, sizeof *state);
    state->templates = templates;
    state->specs = arena_alloc(arena, (n + 1) * sizeof *state->specs);
    plan->attach_state = state;
    for (size_t i = 0; i < n; i++)
        parse_attachment(ap, attachments_node->items[i], &plan->attachments[i], &state->specs[i]);

    /* labels name the sheets: they must differ */
    for (size_t i = 0; i < n; i++) {
        const Attachment *att = &plan->attachments[i];
        for (size_t k = 0; att->label && k < i; k++) {
            const Attachment *other = &plan->attachments[k];
            if (other->label && strcmp(other->label, att->label) == 0) {
                const YNode *label = ynode_get(state->specs[i].node, "label");
                NODE_ERROR(ap, label ? label : state->specs[i].node, KH620,
                           "two attachments are labelled '%s'", att->label);
                diag_note(diags, other->pos, "the other one");
                break;
            }
        }
    }
    return ap->errors;
}

/* ---- resolving: sources and fields --------------------------------------- */

typedef enum { SRC_LOCALITIES, SRC_TASKS, SRC_CRITERIA, SRC_INDICATORS } Source;

/* The registry a field's raw values are ids of (checked in `where`). */
typedef enum { IDS_NONE, IDS_UNIT, IDS_LOCALITY, IDS_LEVEL, IDS_CRITERION } IdKind;

typedef struct FieldValue {
    const char *text;          /* display text, "" when empty */
    const char *const *raw;    /* values `where` compares (ids, codes); NULL: text */
    size_t n_raw;
    double number;
    int is_number;
    VDate date;
    int is_date;
    double order;              /* sort key where text order is wrong (deadlines) */
    int has_order;
} FieldValue;

typedef struct Field {
    const char *name;
    int id;
    IdKind ids;
} Field;

enum {
    /* localities */
    F_ID, F_NAME, F_KIND, F_NAME_FULL, F_PARENT, F_PARENT_FULL, F_STATUS, F_TARGET,
    F_TARGET_YEAR, F_CRITERIA_MET, F_CRITERIA_PLANNED, F_CRITERIA_TOTAL, F_CRITERIA,
    F_CRITERIA_NAMES, F_N_CRITERIA, F_NOTE,
    /* tasks (and, for the responsibility fields, criteria) */
    F_TASK, F_TITLE, F_TEXT, F_LEAD, F_LEAD_SHORT, F_SUPPORT, F_SUPPORT_SHORT, F_LEAD_NOTE,
    F_RESPONSIBLE, F_ASSIGN, F_DUE, F_DUE_DATE, F_LOCALITIES, F_SECTION, F_CLAUSE,
    /* criteria and indicators */
    F_CODE, F_GROUP, F_CRITERION, F_CRITERION_NAME, F_INDICATORS, F_N_LOCALITIES,
    F_DATA /* a locality's data attribute */
};

static const Field locality_fields[] = {
    {"id", F_ID, IDS_LOCALITY},
    {"name", F_NAME, IDS_NONE},
    {"kind", F_KIND, IDS_NONE},
    {"name_full", F_NAME_FULL, IDS_NONE},
    {"parent", F_PARENT, IDS_LOCALITY},
    {"parent_full", F_PARENT_FULL, IDS_LOCALITY},
    {"status", F_STATUS, IDS_LEVEL},
    {"target", F_TARGET, IDS_LEVEL},
    {"target_year", F_TARGET_YEAR, IDS_NONE},
    {"criteria_met", F_CRITERIA_MET, IDS_NONE},
    {"criteria_planned", F_CRITERIA_PLANNED, IDS_NONE},
    {"criteria_total", F_CRITERIA_TOTAL, IDS_NONE},
    {"criteria", F_CRITERIA, IDS_CRITERION},
    {"criteria_names", F_CRITERIA_NAMES, IDS_CRITERION},
    {"n_criteria", F_N_CRITERIA, IDS_NONE},
    {"note", F_NOTE, IDS_NONE},
    {NULL, 0, IDS_NONE},
};

static const Field task_fields[] = {
    {"id", F_ID, IDS_NONE},
    {"task", F_TASK, IDS_NONE},
    {"title", F_TITLE, IDS_NONE},
    {"text", F_TEXT, IDS_NONE},
    {"lead", F_LEAD, IDS_UNIT},
    {"lead_short", F_LEAD_SHORT, IDS_UNIT},
    {"support", F_SUPPORT, IDS_UNIT},
    {"support_short", F_SUPPORT_SHORT, IDS_UNIT},
    {"lead_note", F_LEAD_NOTE, IDS_NONE},
    {"responsible", F_RESPONSIBLE, IDS_UNIT},
    {"assign", F_ASSIGN, IDS_UNIT},
    {"due", F_DUE, IDS_NONE},
    {"due_date", F_DUE_DATE, IDS_NONE},
    {"criteria", F_CRITERIA, IDS_CRITERION},
    {"criteria_names", F_CRITERIA_NAMES, IDS_CRITERION},
    {"localities", F_LOCALITIES, IDS_LOCALITY},
    {"section", F_SECTION, IDS_NONE},
    {"clause", F_CLAUSE, IDS_NONE},
    {NULL, 0, IDS_NONE},
};

/* criteria and indicators offer the same fields */
static const Field criterion_fields[] = {
    {"code", F_CODE, IDS_CRITERION},
    {"name", F_NAME, IDS_NONE},
    {"group", F_GROUP, IDS_NONE},
    {"criterion", F_CRITERION, IDS_CRITERION},
    {"criterion_name", F_CRITERION_NAME, IDS_NONE},
    {"indicators", F_INDICATORS, IDS_CRITERION},
    {"lead", F_LEAD, IDS_UNIT},
    {"lead_short", F_LEAD_SHORT, IDS_UNIT},
    {"support", F_SUPPORT, IDS_UNIT},
    {"support_short", F_SUPPORT_SHORT, IDS_UNIT},
    {"lead_note", F_LEAD_NOTE, IDS_NONE},
    {"responsible", F_RESPONSIBLE, IDS_UNIT},
    {"assign", F_ASSIGN, IDS_UNIT},
    {"due", F_DUE, IDS_NONE},
    {"localities", F_LOCALITIES, IDS_LOCALITY},
    {"n_localities", F_N_LOCALITIES, IDS_NONE},
    {NULL, 0, IDS_NONE},
};

static const Field *fields_of(Source source)
{
    switch (source) {
    case SRC_LOCALITIES:
        return locality_fields;
    case SRC_TASKS:
        return task_fields;
    default:
        return criterion_fields;
    }
}

/* A task with the headings it sits under. */
typedef struct TaskItem {
    const Task *task;
    const BodyNode *node;
    const char *section;
    const char *clause;
    const char *due;           /* its deadline phrase, once asked (task_due) */
} TaskItem;

/* A criterion, or one indicator of it. */
typedef struct CritItem {
    const Criterion *crit;
    const char *code;          /* the criterion's code, or the indicator's */
    const char *name;          /* the indicator's name (may be NULL) */
    int is_indicator;
} CritItem;

typedef struct Resolver {
    Arena *arena;
    DiagSink *diags;
    Plan *plan;
    TemplateSet *templates;
    InlineCtx ctx;
    int errors;
    TaskItem *tasks;
    size_t n_tasks, cap_tasks;
    struct Responsibility *resp;  /* gathered for resp_item, kept for the
                                     next field of the same row */
    CritItem resp_item;
} Resolver;

static void collect_tasks(Resolver *r, BodyNode *const *nodes, size_t n, const char *section,
                          const char *clause)
{
    for (size_t i = 0; i < n; i++) {
        const BodyNode *node = nodes[i];
        if (!node)
            continue;
        const char *inner_section = section, *inner_clause = clause;
        if (node->kind == NODE_SECTION) {
            inner_section = node->title;
            inner_clause = NULL;
        } else if (node->kind == NODE_CLAUSE) {
            inner_clause = node->title;
        }
        if (node->kind == NODE_TASK && node->task) {
            if (r->n_tasks == r->cap_tasks) {
                r->cap_tasks = r->cap_tasks ? r->cap_tasks * 2 : 32;
                r->tasks = xrealloc(r->tasks, r->cap_tasks * sizeof *r->tasks);
            }
            r->tasks[r->n_tasks++] = (TaskItem){node->task, node, section, clause, NULL};
        }
        collect_tasks(r, node->items, node->n_items, inner_section, inner_clause);
    }
}

/* Plain text of a plan text with its references expanded (task: for
 * {lead}, {due}). */
static const char *expand(Resolver *r, const char *text, const Task *task)
{
    if (!text)
        return "";
    InlineCtx ctx = r->ctx;
    ctx.task = task;
    Buf b = {0};
    inline_expand_plain(&ctx, text, &b);
    char *s = buf_to_arena(&b, r->arena);
    buf_free(&b);
    return s;
}

static const char *unit_names(Resolver *r, const char *const *ids, size_t n, int use_short)
{
    Buf b = {0};
    inline_put_units(&r->ctx, ids, n, use_short, INLINE_PLAIN, &b);
    char *s = buf_to_arena(&b, r->arena);
    buf_free(&b);
    return s;
}

/* A one-line wording template (templates/wording.yaml) with string values
 * given as key, value pairs ending in NULL. */
static void put_wording(Resolver *r, Buf *out, const char *key, const char *fallback, ...)
{
    const char *wording = r->templates ? tpl_wording(r->templates, key) : NULL;
    TValue *values = tv_map(r->arena);
    va_list ap;
    va_start(ap, fallback);
    const char *name;
    while ((name = va_arg(ap, const char *)) != NULL)
        tv_set_str(r->arena, values, name, va_arg(ap, const char *));
    va_end(ap);
    if (!wording) {
        buf_puts(out, fallback);
        return;
    }
    tpl_render_text(r->templates, "templates/wording.yaml", wording, strlen(wording), values,
                    TPL_ESCAPE_NONE, out);
}

/* The responsible-unit phrase of a task, exactly as its "Phụ trách" line
 * prints it (inline_put_responsible), as plain text. */
static void put_task_responsible(Resolver *r, const Task *task, Buf *out)
{
    InlineCtx ctx = r->ctx;
    ctx.task = task;
    inline_put_responsible(&ctx, task, INLINE_PLAIN, out);
}

/* "Công chức X phụ trách Chỉ tiêu 17.1, 17.4." (or the assignment's own
 * text). */
static void put_assignment(Resolver *r, const Task *task, const Assignment *a, Buf *out)
{
    if (a->text) {
        buf_puts(out, expand(r, a->text, task));
        return;
    }
    Buf indicators = {0};
    for (size_t i = 0; i < a->n_indicators; i++)
        buf_printf(&indicators, "%s%s", i ? ", " : "", a->indicators[i]);
    const char *unit = unit_names(r, &a->unit, 1, 0);
    Buf fallback = {0};
    buf_printf(&fallback, "%s: %s", unit, indicators.data ? indicators.data : "");
    put_wording(r, out, "assign_line", fallback.data, "unit", unit, "indicators",
                indicators.data ? indicators.data : "", (const char *)NULL);
    buf_free(&indicators);
    buf_free(&fallback);
}

static const char *due_text(Resolver *r, const Task *task)
{
    Buf b = {0};
    InlineCtx ctx = r->ctx;
    ctx.task = task;
    inline_put_due(&ctx, &task->due, &b);
    char *s = buf_to_arena(&b, r->arena);
    buf_free(&b);
    return s;
}

/* A list of distinct strings, in the order first added. Short lists are
 * searched linearly; from STRLIST_HASHED items on, a hash table of indexes
 * keeps adding linear (a criterion of a national plan gathers thousands of
 * tasks). Free with strlist_free. */
typedef struct StrList {
    const char **items;
    size_t count, cap;
    size_t *slots;             /* index + 1, 0 = empty; n_slots a power of 2 */
    size_t n_slots;
} StrList;

enum { STRLIST_HASHED = 16 };

static size_t strlist_hash(const char *s, size_t n)
{
    size_t h = 1469598103934665603u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 1099511628211u;
    return h;
}

static void strlist_index(StrList *list, size_t i)
{
    size_t mask = list->n_slots - 1;
    size_t h = strlist_hash(list->items[i], strlen(list->items[i])) & mask;
    while (list->slots[h])
        h = (h + 1) & mask;
    list->slots[h] = i + 1;
}

/* 1 if s[0..n) is in the list. */
static int strlist_has(const StrList *list, const char *s, size_t n)
{
    if (!list->slots) {
        for (size_t i = 0; i < list->count; i++)
            if (strncmp(list->items[i], s, n) == 0 && list->items[i][n] == '\0')
                return 1;
        return 0;
    }
    size_t mask = list->n_slots - 1;
    for (size_t h = strlist_hash(s, n) & mask; list->slots[h]; h = (h + 1) & mask) {
        const char *item = list->items[list->slots[h] - 1];
        if (strncmp(item, s, n) == 0 && item[n] == '\0')
            return 1;
    }
    return 0;
}

/* Appends s (not copied) unless it is NULL, empty or already listed. */
static void strlist_add(StrList *list, const char *s)
{
    if (!s || !*s || strlist_has(list, s, strlen(s)))
        return;
    if (list->count == list->cap) {
        list->cap = list->cap ? list->cap * 2 : 8;
        list->items = xrealloc(list->items, list->cap * sizeof *list->items);
    }
    list->items[list->count++] = s;
    if (list->count >= STRLIST_HASHED && list->count * 2 > list->n_slots) {
        free(list->slots);
        list->n_slots = list->n_slots ? list->n_slots * 4 : 64;
        list->slots = xmalloc(list->n_slots * sizeof *list->slots);
        memset(list->slots, 0, list->n_slots * sizeof *list->slots);
        for (size_t i = 0; i < list->count; i++)
            strlist_index(list, i);
    } else if (list->slots) {
        strlist_index(list, list->count - 1);
    }
}

/* Appends the text of b, copied into the arena, unless it is empty or
 * already listed (then nothing is copied). */
static void strlist_add_buf(Resolver *r, StrList *list, const Buf *b)
{
    if (!b->len || strlist_has(list, b->data, b->len))
        return;
    strlist_add(list, arena_strndup(r->arena, b->data, b->len));
}

static void strlist_free(StrList *list)
{
    free(list->items);
    free(list->slots);
    memset(list, 0, sizeof *list);
}

static const char *strlist_join(Resolver *r, const StrList *list, const char *sep)
{
    Buf b = {0};
    for (size_t i = 0; i < list->count; i++)
        buf_printf(&b, "%s%s", i ? sep : "", list->items[i]);
    char *s = buf_to_arena(&b, r->arena);
    buf_free(&b);
    return s;
}

/* Copies a StrList into the arena as a raw-values array. */
static void set_raw(Resolver *r, FieldValue *out, const StrList *list)
{
    const char **raw = arena_alloc(r->arena, (list->count + 1) * sizeof *raw);
    if (list->count)
        memcpy(raw, list->items, list->count * sizeof *raw);
    out->raw = raw;
    out->n_raw = list->count;
}

static void set_number(Resolver *r, FieldValue *out, double value)
{
    out->number = value;
    out->is_number = 1;
    Buf b = {0};
    vi_put_decimal(&b, value, -1);
    out->text = buf_to_arena(&b, r->arena);
    buf_free(&b);
}

static void set_year(Resolver *r, FieldValue *out, int year)
{
    out->number = year;
    out->is_number = 1;
    out->text = arena_printf(r->arena, "%d", year);
}

/* "Xã Đồng Hưu": the kind with a capital, then the name. */
static const char *full_name(Resolver *r, const Locality *loc)
{
    if (!loc->kind || !*loc->kind)
        return loc->name;
    Buf b = {0};
    /* "Bản Ven" already says its kind */
    Buf folded_kind = {0}, folded_name = {0};
    vi_put_folded(&folded_kind, loc->kind);
    vi_put_folded(&folded_name, loc->name);
    int says_kind = folded_kind.len && folded_name.len > folded_kind.len &&
                    strncmp(folded_name.data, folded_kind.data, folded_kind.len) == 0 &&
                    folded_name.data[folded_kind.len] == ' ';
    buf_free(&folded_kind);
    buf_free(&folded_name);
    if (says_kind)
        return loc->name;
    int first_len;
    utf8_decode(loc->kind, &first_len);
    char first[8] = {0};
    memcpy(first, loc->kind, (size_t)first_len);
    vi_put_upper(&b, first);
    buf_printf(&b, "%s %s", loc->kind + first_len, loc->name);
    char *s = buf_to_arena(&b, r->arena);
    buf_free(&b);
    return s;
}

static const char *criteria_names(Resolver *r, const char *const *codes, size_t n)
{
    Buf b = {0};
    for (size_t i = 0; i < n; i++) {
        const Indicator *indicator = NULL;
        const Criterion *crit = plan_find_criterion(r->plan, codes[i], &indicator);
        const char *name = indicator && indicator->name ? indicator->name
                           : crit && !strchr(codes[i], '.') ? crit->name
                                                            : codes[i];
        buf_printf(&b, "%s%s", i ? "; " : "", name);
    }
    char *s = buf_to_arena(&b, r->arena);
    buf_free(&b);
    return s;
}

static void set_codes(Resolver *r, FieldValue *out, const char *const *codes, size_t n)
{
    StrList list = {0};
    for (size_t i = 0; i < n; i++)
        strlist_add(&list, codes[i]);
    set_raw(r, out, &list);
    out->text = strlist_join(r, &list, ", ");
    strlist_free(&list);
}

static void locality_field(Resolver *r, const Locality *loc, const Field *field,
                           const char *data_key, FieldValue *out)
{
    const Locality *parent = loc->parent ? plan_find_locality(r->plan, loc->parent) : NULL;
    const Level *level;
    double number;
    switch (field ? field->id : F_DATA) {
    case F_ID:
        out->text = loc->id;
        break;
    case F_NAME:
        out->text = loc->name;
        break;
    case F_KIND:
        out->text = loc->kind;
        break;
    case F_NAME_FULL:
        out->text = full_name(r, loc);
        break;
    case F_PARENT:
    case F_PARENT_FULL:
        if (!loc->parent)
            break;
        out->text = !parent                        ? loc->parent
                    : field->id == F_PARENT_FULL ? full_name(r, parent)
                                                   : parent->name;
        out->raw = &loc->parent;
        out->n_raw = 1;
        break;
    case F_STATUS:
    case F_TARGET: {
        const char *const *id = field->id == F_STATUS ? &loc->status : &loc->target;
        if (!*id)
            break;
        level = plan_find_level(r->plan, *id);
        out->text = level ? level->name : *id;
        out->raw = id;
        out->n_raw = 1;
        break;
    }
    case F_TARGET_YEAR:
        if (query_locality_number(loc, QN_TARGET_YEAR, &number))
            set_year(r, out, (int)number);
        break;
    case F_CRITERIA_MET:
        if (query_locality_number(loc, QN_CRITERIA_MET, &number))
            set_number(r, out, number);
        break;
    case F_CRITERIA_PLANNED:
        if (query_locality_number(loc, QN_CRITERIA_PLANNED, &number))
            set_number(r, out, number);
        break;
    case F_CRITERIA_TOTAL:
        if (query_locality_number(loc, QN_CRITERIA_TOTAL, &number))
            set_number(r, out, number);
        break;
    case F_CRITERIA:
        set_codes(r, out, loc->criteria, loc->n_criteria);
        break;
    case F_CRITERIA_NAMES:
        set_codes(r, out, loc->criteria, loc->n_criteria);
        out->text = criteria_names(r, loc->criteria, loc->n_criteria);
        break;
    case F_N_CRITERIA:
        if (query_locality_number(loc, QN_N_CRITERIA, &number))
            set_number(r, out, number);
        break;
    case F_NOTE:
        out->text = expand(r, loc->note, NULL);
        break;
    case F_DATA:
        for (size_t i = 0; i < loc->n_attrs; i++) {
            if (strcmp(loc->attrs[i].key, data_key) != 0)
                continue;
            out->text = loc->attrs[i].text;
            if (loc->attrs[i].is_number) {
                out->number = loc->attrs[i].number;
                out->is_number = 1;
            }
        }
        break;
    }
}

static const char *task_text(Resolver *r, const TaskItem *item)
{
    const BodyNode *node = item->node;
    Buf b = {0};
    if (node->text)
        buf_puts(&b, expand(r, node->text, item->task));
    for (size_t i = 0; i < node->n_paras; i++) {
        if (b.len)
            buf_putc(&b, '\n');
        buf_puts(&b, expand(r, node->paras[i], item->task));
    }
    char *s = buf_to_arena(&b, r->arena);
    buf_free(&b);
    return s;
}

/* A sort key for a deadline: its last day, roughly (ongoing sorts last). */
static double due_order(const Deadline *due)
{
    int year = due->year;
    switch (due->kind) {
    case DUE_DATE:
        return vi_date_serial(year, due->month, due->day);
    case DUE_MONTH:
        return vi_date_serial(year, due->month, 28);
    case DUE_QUARTER:
        return vi_date_serial(year, due->quarter * 3, 28);
    case DUE_HALF:
        return vi_date_serial(year, due->half * 6, 28);
    case DUE_YEAR:
        return vi_date_serial(year, 12, 31);
    case DUE_ONGOING:
        return vi_date_serial(year ? year : 9999, 12, 31) + 1;
    default:
        return 1e9;
    }
}

static void task_field(Resolver *r, const TaskItem *item, const Field *field, FieldValue *out)
{
    const Task *task = item->task;
    Buf b = {0};
    StrList list = {0};
    switch (field->id) {
    case F_ID:
        out->text = task->id;
        break;
    case F_TASK:
        out->text = item->node->title && *item->node->title ? expand(r, item->node->title, task)
                                                            : task_text(r, item);
        break;
    case F_TITLE:
        out->text = expand(r, item->node->title, task);
        break;
    case F_TEXT:
        out->text = task_text(r, item);
        break;
    case F_LEAD:
    case F_LEAD_SHORT:
        if (task->lead) {
            size_t n_leads;
            const char *const *leads = task_leads(task, &n_leads);
            out->text = unit_names(r, (const char **)leads, n_leads, field->id == F_LEAD_SHORT);
            out->raw = (const char **)leads;
            out->n_raw = n_leads;
        }
        break;
    case F_SUPPORT:
    case F_SUPPORT_SHORT:
        out->text = unit_names(r, task->support, task->n_support, field->id == F_SUPPORT_SHORT);
        out->raw = task->support;
        out->n_raw = task->n_support;
        break;
    case F_LEAD_NOTE:
        out->text = expand(r, task->lead_note, task);
        break;
    case F_RESPONSIBLE:
    case F_ASSIGN:
        if (field->id == F_RESPONSIBLE) {
            put_task_responsible(r, task, &b);
            size_t n_leads;
            const char *const *leads = task_leads(task, &n_leads);
            for (size_t i = 0; i < n_leads; i++)
                strlist_add(&list, leads[i]);
            for (size_t i = 0; i < task->n_support; i++)
                strlist_add(&list, task->support[i]);
        }
        for (size_t i = 0; i < task->n_assign; i++) {
            if (b.len)
                buf_putc(&b, '\n');
            put_assignment(r, task, &task->assign[i], &b);
            strlist_add(&list, task->assign[i].unit);
        }
        if (task->assign_note && task->n_assign) {
            buf_putc(&b, '\n');
            buf_puts(&b, expand(r, task->assign_note, task));
        }
        out->text = buf_to_arena(&b, r->arena);
        set_raw(r, out, &list);
        break;
    case F_DUE:
        out->text = due_text(r, task);
        out->order = due_order(&task->due);
        out->has_order = 1;
        break;
    case F_DUE_DATE:
        out->text = due_text(r, task);
        out->order = due_order(&task->due);
        out->has_order = 1;
        if (task->due.kind == DUE_DATE && !task->due.text && !task->due.prefix &&
            !task->due.before) {
            out->date = (VDate){task->due.year, task->due.month, task->due.day};
            out->is_date = 1;
        }
        break;
    case F_CRITERIA:
        set_codes(r, out, task->criteria, task->n_criteria);
        break;
    case F_CRITERIA_NAMES:
        set_codes(r, out, task->criteria, task->n_criteria);
        out->text = criteria_names(r, task->criteria, task->n_criteria);
        break;
    case F_LOCALITIES:
        for (size_t i = 0; i < task->n_localities; i++) {
            const Locality *loc = plan_find_locality(r->plan, task->localities[i]);
            buf_printf(&b, "%s%s", i ? ", " : "", loc ? loc->name : task->localities[i]);
        }
        out->text = buf_to_arena(&b, r->arena);
        out->raw = task->localities;
        out->n_raw = task->n_localities;
        break;
    case F_SECTION:
        out->text = expand(r, item->section, NULL);
        break;
    case F_CLAUSE:
        out->text = expand(r, item->clause, NULL);
        break;
    }
    buf_free(&b);
    strlist_free(&list);
}

/* Does code (a task's or a locality's criteria entry) serve the criterion
 * or indicator `target`? Exact for indicators; a criterion is also served
 * by its indicators. */
static int code_serves(const char *code, const CritItem *target)
{
    if (strcmp(code, target->code) == 0)
        return 1;
    return !target->is_indicator && catalog_code_in(code, target->code);
}

/* Who answers for a criterion or indicator, gathered from the tasks. */
typedef struct Responsibility {
    StrList leads;      /* unit ids */
    StrList supports;   /* unit ids */
    StrList lines;      /* the "Phụ trách" phrases and assignment lines */
    StrList dues;       /* deadline phrases */
    StrList notes;      /* lead notes */
} Responsibility;

/* The deadline phrase of a task, made once: every criterion and indicator
 * the task serves lists it. */
static const char *task_due(Resolver *r, TaskItem *ti)
{
    if (!ti->due)
        ti->due = due_text(r, ti->task);
    return ti->due;
}

static void add_task_responsibility(Resolver *r, TaskItem *ti, const CritItem *item,
                                    Responsibility *resp, int whole_task)
{
    const Task *task = ti->task;
    Buf b = {0};
    if (whole_task && (task->lead || task->lead_note)) {
        size_t n_leads;
        const char *const *leads = task_leads(task, &n_leads);
        for (size_t i = 0; i < n_leads; i++)
            strlist_add(&resp->leads, leads[i]);
        for (size_t i = 0; i < task->n_support; i++)
            strlist_add(&resp->supports, task->support[i]);
        put_task_responsible(r, task, &b);
        strlist_add_buf(r, &resp->lines, &b);
        if (task->lead_note)
            strlist_add(&resp->notes, expand(r, task->lead_note, task));
    }
    int assigned = 0;
    for (size_t i = 0; i < task->n_assign; i++) {
        const Assignment *a = &task->assign[i];
        int relevant = 0;
        for (size_t k = 0; k < a->n_indicators && !relevant; k++)
            relevant = code_serves(a->indicators[k], item);
        if (!relevant)
            continue;
        assigned = 1;
        if (!task->lead || !whole_task || item->is_indicator)
            strlist_add(&resp->leads, a->unit);
        buf_reset(&b);
        if (item->is_indicator)
            buf_puts(&b, unit_names(r, &a->unit, 1, 0));
        else
            put_assignment(r, task, a, &b);
        strlist_add_buf(r, &resp->lines, &b);
    }
    if (assigned && task->assign_note && !item->is_indicator)
        strlist_add(&resp->lines, expand(r, task->assign_note, task));
    if (whole_task || assigned)
        strlist_add(&resp->dues, task_due(r, ti));
    buf_free(&b);
}

static void gather_responsibility(Resolver *r, const CritItem *item, Responsibility *resp)
{
    memset(resp, 0, sizeof *resp);
    for (size_t t = 0; t < r->n_tasks; t++) {
        const Task *task = r->tasks[t].task;
        int named = 0;
        for (size_t k = 0; k < task->n_criteria && !named; k++)
            named = code_serves(task->criteria[k], item);
        add_task_responsibility(r, &r->tasks[t], item, resp, named);
    }
    if (item->is_indicator && resp->leads.count == 0) {
        /* nobody answers for the indicator itself: whoever answers for its
         * criterion does */
        CritItem whole = {item->crit, item->crit->code, NULL, 0};
        for (size_t t = 0; t < r->n_tasks; t++) {
            const Task *task = r->tasks[t].task;
            int named = 0;
            for (size_t k = 0; k < task->n_criteria && !named; k++)
                named = strcmp(task->criteria[k], whole.code) == 0;
            if (named)
                add_task_responsibility(r, &r->tasks[t], &whole, resp, 1);
        }
    }
}

static void free_responsibility(Responsibility *resp)
{
    strlist_free(&resp->leads);
    strlist_free(&resp->supports);
    strlist_free(&resp->lines);
    strlist_free(&resp->dues);
    strlist_free(&resp->notes);
}

static void criterion_field(Resolver *r, const CritItem *item, const Field *field,
                            FieldValue *out)
{
    StrList list = {0};
    Buf b = {0};
    switch (field->id) {
    case F_CODE:
        out->text = item->code;
        out->raw = &item->code;
        out->n_raw = 1;
        break;
    case F_NAME:
        out->text = item->is_indicator ? item->name : item->crit->name;
        break;
    case F_GROUP:
        out->text = item->crit->group;
        break;
    case F_CRITERION:
        out->text = item->crit->code;
        out->raw = &item->crit->code;
        out->n_raw = 1;
        break;
    case F_CRITERION_NAME:
        out->text = item->crit->name;
        break;
    case F_INDICATORS:
        for (size_t i = 0; i < item->crit->n_indicators; i++)
            strlist_add(&list, item->crit->indicators[i].code);
        set_raw(r, out, &list);
        out->text = strlist_join(r, &list, ", ");
        break;
    case F_LEAD:
    case F_LEAD_SHORT:
    case F_SUPPORT:
    case F_SUPPORT_SHORT:
    case F_LEAD_NOTE:
    case F_RESPONSIBLE:
    case F_ASSIGN:
    case F_DUE:
        /* the fields of one row share one gathering (a gathering walks
         * every task of the plan) */
        if (!r->resp || r->resp_item.crit != item->crit ||
            r->resp_item.is_indicator != item->is_indicator ||
            strcmp(r->resp_item.code, item->code) != 0) {
            if (!r->resp)
                r->resp = xmalloc(sizeof *r->resp);
            else
                free_responsibility(r->resp);
            gather_responsibility(r, item, r->resp);
            r->resp_item = *item;
        }
        Responsibility resp = *r->resp;
        if (field->id == F_LEAD || field->id == F_LEAD_SHORT) {
            out->text = unit_names(r, resp.leads.items, resp.leads.count,
                                   field->id == F_LEAD_SHORT);
            set_raw(r, out, &resp.leads);
        } else if (field->id == F_SUPPORT || field->id == F_SUPPORT_SHORT) {
            out->text = unit_names(r, resp.supports.items, resp.supports.count,
                                   field->id == F_SUPPORT_SHORT);
            set_raw(r, out, &resp.supports);
        } else if (field->id == F_LEAD_NOTE) {
            out->text = strlist_join(r, &resp.notes, "; ");
        } else if (field->id == F_DUE) {
            out->text = strlist_join(r, &resp.dues, "; ");
        } else {
            out->text = strlist_join(r, &resp.lines, "\n");
            set_raw(r, out, &resp.leads);
        }
        break;
    case F_LOCALITIES:
    case F_N_LOCALITIES:
        for (size_t i = 0; i < r->plan->n_localities; i++) {
            const Locality *loc = &r->plan->localities[i];
            int named = 0;
            for (size_t k = 0; k < loc->n_criteria && !named; k++)
                named = code_serves(loc->criteria[k], item);
            if (!named)
                continue;
            strlist_add(&list, loc->id);
            buf_printf(&b, "%s%s", b.len ? ", " : "", loc->name);
        }
        if (field->id == F_N_LOCALITIES) {
            set_number(r, out, (double)list.count);
        } else {
            out->text = buf_to_arena(&b, r->arena);
            set_raw(r, out, &list);
        }
        break;
    }
    strlist_free(&list);
    buf_free(&b);
}

/* ---- resolving: one generated table --------------------------------------- */

/* A field a column, filter, sort or grouping refers to. */
typedef struct FieldRef {
    const Field *field;        /* NULL with data_key: a locality's data */
    const char *data_key;
} FieldRef;

typedef struct Item {
    const void *ptr;           /* Locality, TaskItem or CritItem */
    size_t index;              /* order in the source */
    FieldValue *sort_values;
    const char *group_title;
    size_t group_order;
} Item;

typedef struct Generation {
    Resolver *r;
    Source source;
    const YNode *node;         /* the generator mapping, for messages */
    size_t n_sort;
    FieldRef sort_fields[8];
    int sort_desc[8];
} Generation;

static void field_value(Generation *g, const void *ptr, const FieldRef *ref, FieldValue *out)
{
    memset(out, 0, sizeof *out);
    switch (g->source) {
    case SRC_LOCALITIES:
        locality_field(g->r, ptr, ref->field, ref->data_key, out);
        break;
    case SRC_TASKS:
        task_field(g->r, ptr, ref->field, out);
        break;
    default:
        criterion_field(g->r, ptr, ref->field, out);
        break;
    }
    if (!out->text)
        out->text = "";
}

/* Resolves a field name for the source; reports KH614 at node when
 * unknown. Returns 0 or -1. */
static int lookup_field(Generation *g, const char *name, FieldRef *out)
{
    const Field *fields = fields_of(g->source);
    for (size_t i = 0; fields[i].name; i++) {
        if (strcmp(fields[i].name, name) == 0) {
            out->field = &fields[i];
            out->data_key = NULL;
            return 0;
        }
    }
    if (g->source == SRC_LOCALITIES) {
        const char *key = strncmp(name, "data.", 5) == 0 ? name + 5 : name;
        for (size_t i = 0; i < g->r->plan->n_localities; i++) {
            const Locality *loc = &g->r->plan->localities[i];
            for (size_t k = 0; k < loc->n_attrs; k++) {
                if (strcmp(loc->attrs[k].key, key) == 0) {
                    out->field = NULL;
                    out->data_key = key;
                    return 0;
                }
            }
        }
    }
    return -1;
}

static int find_field(Generation *g, const char *name, const YNode *node, FieldRef *out)
{
    if (lookup_field(g, name, out) == 0)
        return 0;
    const Field *fields = fields_of(g->source);
    size_t n_fields = 0;
    while (fields[n_fields].name)
        n_fields++;
    const char *hint =
        suggest_best_in(name, fields, n_fields, sizeof(Field), offsetof(Field, name));
    static const char *const source_words[] = {"localities", "tasks", "criteria", "indicators"};
    if (hint)
        NODE_ERROR(g->r, node, KH614, "rows from %s have no field '%s' (did you mean '%s'?)",
                   source_words[g->source], name, hint);
    else
        NODE_ERROR(g->r, node, KH614, "rows from %s have no field '%s'%s",
                   source_words[g->source], name,
                   g->source == SRC_LOCALITIES ? " (nor does any locality's 'data')" : "");
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
        what = "unit";
        break;
    case IDS_LOCALITY:
        if (plan_resolve_id(r->plan, REG_LOCALITY, id, 0, &hint))
            return;
        what = "locality";
        break;
    case IDS_LEVEL:
        if (plan_resolve_id(r->plan, REG_LEVEL, id, 0, &hint))
            return;
        what = "level";
        break;
    case IDS_CRITERION:
        if (plan_find_criterion(r->plan, id, NULL))
            return;
        what = "criterion";
        break;
    default:
        return;
    }
    if (hint)
        NODE_ERROR(r, value, KH615, "'where' names an unknown %s '%s' (did you mean '%s'?)",
                   what, id, hint);
    else
        NODE_ERROR(r, value, KH615, "'where' names an unknown %s '%s'", what, id);
}

/* One `where` condition: a field and the values it may have. */
typedef struct Condition {
    FieldRef field;
    const char **wants;        /* the values it may have, references expanded */
    size_t n_wants;
} Condition;

static int value_matches(const FieldValue *fv, IdKind ids, const char *want)
{
    if (!*want)
        return !*fv->text && !fv->is_number;
    if (strcmp(want, "*") == 0)
        return *fv->text || fv->is_number || fv->n_raw > 0;
    double want_number;
    int want_is_number = parse_number_text(want, 0, &want_number) == 0;
    if (fv->is_number && want_is_number)
        return fv->number == want_number;
    if (fv->raw) {
        for (size_t i = 0; i < fv->n_raw; i++) {
            if (strcmp(fv->raw[i], want) == 0)
                return 1;
            if (ids == IDS_CRITERION && catalog_code_in(fv->raw[i], want))
                return 1;
        }
        return 0;
    }
    return strcmp(fv->text, want) == 0;
}

static int item_passes(Generation *g, const void *ptr, const Condition *conds, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        FieldValue fv;
        field_value(g, ptr, &conds[i].field, &fv);
        IdKind ids = conds[i].field.field ? conds[i].field.field->ids : IDS_NONE;
        int ok = 0;
        for (size_t k = 0; k < conds[i].n_wants && !ok; k++)
            ok = value_matches(&fv, ids, conds[i].wants[k]);
        if (!ok)
            return 0;
    }
    return 1;
}

/* Folded text for sorting: "Đồng Hưu" -> "dong huu". */
static int compare_texts(const char *a, const char *b)
{
    Buf fa = {0}, fb = {0};
    vi_put_folded(&fa, a);
    vi_put_folded(&fb, b);
    int c = catalog_code_cmp(fa.data ? fa.data : "", fb.data ? fb.data : "");
    if (c == 0)
        c = strcmp(a, b);
    buf_free(&fa);
    buf_free(&fb);
    return c;
}

static int compare_values(const FieldValue *a, const FieldValue *b)
{
    int a_empty = !*a->text && !a->is_number, b_empty = !*b->text && !b->is_number;
    if (a_empty || b_empty)
        return a_empty - b_empty; /* empty values last */
    if (a->has_order && b->has_order && a->order != b->order)
        return a->order < b->order ? -1 : 1;
    if (a->is_number && b->is_number && a->number != b->number)
        return a->number < b->number ? -1 : 1;
    return compare_texts(a->text, b->text);
}

static int compare_items(const Generation *g, const Item *a, const Item *b)
{
    if (a->group_order != b->group_order)
        return a->group_order < b->group_order ? -1 : 1;
    for (size_t k = 0; k < g->n_sort; k++) {
        int c = compare_values(&a->sort_values[k], &b->sort_values[k]);
        if (c)
            return g->sort_desc[k] ? -c : c;
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

/* Builds the items of the source. */
static size_t source_items(Generation *g, const Catalog *catalog, const void ***out)
{
    Resolver *r = g->r;
    size_t n = 0;
    const void **ptrs = NULL;
    switch (g->source) {
    case SRC_LOCALITIES:
        ptrs = arena_alloc(r->arena, (r->plan->n_localities + 1) * sizeof *ptrs);
        for (size_t i = 0; i < r->plan->n_localities; i++)
            ptrs[n++] = &r->plan->localities[i];
        break;
    case SRC_TASKS:
        ptrs = arena_alloc(r->arena, (r->n_tasks + 1) * sizeof *ptrs);
        for (size_t i = 0; i < r->n_tasks; i++)
            ptrs[n++] = &r->tasks[i];
        break;
    case SRC_CRITERIA:
        ptrs = arena_alloc(r->arena, (catalog->n_criteria + 1) * sizeof *ptrs);
        for (size_t i = 0; i < catalog->n_criteria; i++) {
            CritItem *item = arena_alloc(r->arena, sizeof *item);
            *item = (CritItem){&catalog->criteria[i], catalog->criteria[i].code, NULL, 0};
            ptrs[n++] = item;
        }
        break;
    case SRC_INDICATORS: {
        /* the listed indicators, and those the plan's tasks name */
        size_t cap = 64;
        ptrs = xmalloc(cap * sizeof *ptrs);
        for (size_t i = 0; i < catalog->n_criteria; i++) {
            const Criterion *crit = &catalog->criteria[i];
            StrList codes = {0};
            for (size_t k = 0; k < crit->n_indicators; k++)
                strlist_add(&codes, crit->indicators[k].code);
            for (size_t t = 0; t < r->n_tasks; t++) {
                const Task *task = r->tasks[t].task;
                for (size_t k = 0; k < task->n_criteria; k++)
                    if (catalog_code_in(task->criteria[k], crit->code))
                        strlist_add(&codes, task->criteria[k]);
                for (size_t a = 0; a < task->n_assign; a++)
                    for (size_t k = 0; k < task->assign[a].n_indicators; k++)
                        if (catalog_code_in(task->assign[a].indicators[k], crit->code))
                            strlist_add(&codes, task->assign[a].indicators[k]);
            }
            /* reading order: 17.2 before 17.10 */
            for (size_t a = 1; a < codes.count; a++)
                for (size_t b = a; b > 0 && catalog_code_cmp(codes.items[b - 1],
                                                             codes.items[b]) > 0; b--) {
                    const char *tmp = codes.items[b];
                    codes.items[b] = codes.items[b - 1];
                    codes.items[b - 1] = tmp;
                }
            size_t n_rows = codes.count ? codes.count : 1;
            if (n + n_rows >= cap) {
                cap = (n + n_rows) * 2;
                ptrs = xrealloc(ptrs, cap * sizeof *ptrs);
            }
            for (size_t k = 0; k < n_rows; k++) {
                CritItem *item = arena_alloc(r->arena, sizeof *item);
                *item = (CritItem){crit, crit->code, NULL, 0};
                if (codes.count) {
                    const Indicator *indicator = NULL;
                    item->code = codes.items[k];
                    item->is_indicator = 1;
                    for (size_t j = 0; j < crit->n_indicators && !indicator; j++)
                        if (strcmp(crit->indicators[j].code, item->code) == 0)
                            indicator = &crit->indicators[j];
                    item->name = indicator ? indicator->name : NULL;
                }
                ptrs[n++] = item;
            }
            strlist_free(&codes);
        }
        const void **copy = arena_alloc(r->arena, (n + 1) * sizeof *copy);
        if (n)
            memcpy(copy, ptrs, n * sizeof *copy);
        free(ptrs);
        ptrs = copy;
        break;
    }
    }
    *out = ptrs;
    return n;
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

/* Fills one cell of a generated row from a field value. */
static void fill_cell(Resolver *r, const Column *col, const FieldValue *fv, Cell *cell)
{
    cell->text = fv->text;
    switch (col->type) {
    case COL_STT:
        cell->text = NULL; /* numbered later */
        break;
    case COL_INT:
    case COL_YEAR:
    case COL_DECIMAL:
    case COL_PERCENT:
        if (fv->is_number) {
            cell->number = fv->number;
            cell->is_number = 1;
            cell->text = number_text(r->arena, col, fv->number);
        }
        break;
    case COL_DATE:
        if (fv->is_date) {
            cell->date = fv->date;
            cell->text = date_text(r->arena, fv->date);
        }
        break;
    case COL_TEXT:
        break;
    }
}

static const Catalog *generator_catalog(Generation *g, const AttachSpec *spec)
{
    Resolver *r = g->r;
    const YNode *v = gen_value(spec, "catalog");
    if (v && v->kind == YNODE_SCALAR) {
        const Catalog *cat = catalog_find(r->plan, v->text);
        if (!cat) {
            const char *hint = suggest_best_in(v->text, r->plan->catalogs, r->plan->n_catalogs,
                                               sizeof(Catalog), offsetof(Catalog, id));
            if (hint)
                NODE_ERROR(r, v, KH613, "no imported catalog '%s' (did you mean '%s'?)",
                           v->text, hint);
            else
                NODE_ERROR(r, v, KH613, "no imported catalog '%s': add it to 'import:'",
                           v->text);
        }
        return cat;
    }
    if (r->plan->n_catalogs == 0) {
        NODE_ERROR(r, g->node, KH613,
                   "rows from %s need a criteria catalog: add 'import: [qd318-xa-ntm]' (or your "
                   "own catalog) to the plan",
                   g->source == SRC_CRITERIA ? "criteria" : "indicators");
        return NULL;
    }
    return &r->plan->catalogs[0];
}

static void generate_rows(Resolver *r, Attachment *att, const AttachSpec *spec)
{
    Generation gen = {.r = r, .node = spec->rows_node};
    Generation *g = &gen;
    const YNode *from = gen_value(spec, "from");
    if (!from || from->kind != YNODE_SCALAR || name_index(source_names, from->text) < 0)
        return; /* reported by attach_parse */
    g->source = (Source)name_index(source_names, from->text);
    int before = r->errors;

    /* the field of each column */
    FieldRef col_fields[ATTACH_MAX_COLUMNS];
    int stt_from_field[ATTACH_MAX_COLUMNS] = {0};
    for (size_t c = 0; c < att->n_columns; c++) {
        if (att->columns[c].type == COL_STT) {
            /* an STT column keyed by a field ("code") shows that field */
            stt_from_field[c] = lookup_field(g, att->columns[c].key, &col_fields[c]) == 0;
            continue;
        }
        const YNode *value = column_value(spec, c);
        if (value) {
            TextSite site = {value->text, value, NULL};
            r->errors += inline_check(&r->ctx, r->diags, &site);
            continue;
        }
        const YNode *at = spec->column_nodes && spec->column_nodes[c] ? spec->column_nodes[c]
                                                                      : spec->node;
        if (at->kind == YNODE_MAP && ynode_get(at, "key"))
            at = ynode_get(at, "key");
        find_field(g, att->columns[c].key, at, &col_fields[c]);
    }

    /* where */
    const YNode *where = gen_value(spec, "where");
    Condition conds[32];
    size_t n_conds = 0;
    if (where && where->kind != YNODE_MAP) {
        NODE_ERROR(r, where, KH600, "'where' is a mapping {field: value, ...}, not %s",
                   ynode_kind_name(where));
    } else if (where) {
        for (size_t i = 0; i < where->count && n_conds < 32; i++) {
            Condition *cond = &conds[n_conds];
            memset(cond, 0, sizeof *cond);
            if (find_field(g, where->keys[i]->text, where->keys[i], &cond->field) != 0)
                continue;
            const YNode *values = where->values[i];
            int ok = values->kind == YNODE_SCALAR;
            if (values->kind == YNODE_SEQ) {
                ok = 1;
                for (size_t k = 0; k < values->count; k++)
                    ok = ok && values->items[k]->kind == YNODE_SCALAR;
            }
            if (!ok) {
                NODE_ERROR(r, values, KH600, "a 'where' value is a value or a list of values");
                continue;
            }
            IdKind ids = cond->field.field ? cond->field.field->ids : IDS_NONE;
            size_t n_values = values->kind == YNODE_SEQ ? values->count : 1;
            cond->wants = arena_alloc(r->arena, (n_values + 1) * sizeof *cond->wants);
            for (size_t k = 0; k < n_values; k++) {
                const YNode *value = values->kind == YNODE_SEQ ? values->items[k] : values;
                /* values may use references: target_year: "{year}" */
                TextSite site = {value->text, value, NULL};
                r->errors += inline_check(&r->ctx, r->diags, &site);
                Buf expanded = {0};
                if (!is_null(value))
                    inline_expand(&r->ctx, value->text, INLINE_PLAIN, &expanded);
                const char *want = buf_to_arena(&expanded, r->arena);
                buf_free(&expanded);
                check_where_id(g, ids, value, want);
                double number;
                if (value->style == YSTYLE_PLAIN && parse_number_text(want, 0, &number) == -2) {
                    report_ambiguous(r->diags, value, "a 'where' value", want);
                    r->errors++;
                }
                cond->wants[cond->n_wants++] = want;
            }
            n_conds++;
        }
    }

    /* sort: a field or a list; "-field" sorts descending */
    const YNode *sort = gen_value(spec, "sort");
    if (sort) {
        size_t n_keys = sort->kind == YNODE_SEQ ? sort->count : 1;
        for (size_t i = 0; i < n_keys && g->n_sort < 8; i++) {
            const YNode *key = sort->kind == YNODE_SEQ ? sort->items[i] : sort;
            if (key->kind != YNODE_SCALAR) {
                NODE_ERROR(r, key, KH600, "'sort' is a field name or a list of them");
                continue;
            }
            int desc = key->text[0] == '-';
            if (find_field(g, key->text + desc, key, &g->sort_fields[g->n_sort]) == 0)
                g->sort_desc[g->n_sort++] = desc;
        }
    }

    /* group_by and group_titles */
    const YNode *group_by = gen_value(spec, "group_by");
    const YNode *group_titles = gen_value(spec, "group_titles");
    /* the preset's titles go with the preset's grouping: a plan that removes
     * the grouping (group_by: ~) removes them too */
    if (!group_by && group_titles && !ynode_get(spec->gen_plan, "group_titles"))
        group_titles = NULL;
    FieldRef group_field;
    int grouped = 0;
    if (group_by) {
        if (group_by->kind != YNODE_SCALAR)
            NODE_ERROR(r, group_by, KH600, "'group_by' is a field name");
        else
            grouped = find_field(g, group_by->text, group_by, &group_field) == 0;
    }
    if (group_titles && group_titles->kind != YNODE_MAP) {
        NODE_ERROR(r, group_titles, KH600,
                   "'group_titles' is a mapping {value: title, ...}, not %s",
                   ynode_kind_name(group_titles));
        group_titles = NULL;
    }
    if (group_titles && !grouped && group_by == NULL)
        NODE_ERROR(r, group_titles, KH600, "'group_titles' needs 'group_by'");

    const Catalog *catalog = NULL;
    if (g->source == SRC_CRITERIA || g->source == SRC_INDICATORS) {
        catalog = generator_catalog(g, spec);
        if (!catalog)
            return;
    }
    if (r->errors != before)
        return;

    /* items: filtered, with their sort keys and group titles */
    const void **ptrs;
    size_t n_source = source_items(g, catalog, &ptrs);
    Item *items = xmalloc((n_source + 1) * sizeof *items);
    Item *scratch = xmalloc((n_source + 1) * sizeof *scratch);
    size_t n = 0;
    for (size_t i = 0; i < n_source; i++) {
        if (!item_passes(g, ptrs[i], conds, n_conds))
            continue;
        Item *item = &items[n++];
        memset(item, 0, sizeof *item);
        item->ptr = ptrs[i];
        item->index = i;
        item->group_title = "";
        item->sort_values = arena_alloc(r->arena, (g->n_sort + 1) * sizeof(FieldValue));
        for (size_t k = 0; k < g->n_sort; k++)
            field_value(g, ptrs[i], &g->sort_fields[k], &item->sort_values[k]);
        if (grouped) {
            FieldValue fv;
            field_value(g, ptrs[i], &group_field, &fv);
            const char *key = fv.raw && fv.n_raw ? fv.raw[0] : fv.text;
            const YNode *title = group_titles ? ynode_get(group_titles, key) : NULL;
            item->group_title =
                title && title->kind == YNODE_SCALAR ? expand(r, title->text, NULL) : fv.text;
        }
    }
    /* sort; then groups in the order of group_titles, the others in the
     * order they first appear, each group's items keeping their order */
    sort_items(g, items, scratch, n);
    if (grouped) {
        size_t n_titles = group_titles ? group_titles->count : 0;
        const char **titles = xmalloc((n_titles + n + 1) * sizeof *titles);
        for (size_t k = 0; k < n_titles; k++)
            titles[k] = group_titles->values[k]->kind == YNODE_SCALAR
                            ? expand(r, group_titles->values[k]->text, NULL)
                            : "";
        size_t n_known = n_titles;
        for (size_t i = 0; i < n; i++) {
            size_t k = 0;
            while (k < n_known && strcmp(titles[k], items[i].group_title) != 0)
                k++;
            if (k == n_known)
                titles[n_known++] = items[i].group_title;
            items[i].group_order = k;
        }
        free(titles);
        sort_items(g, items, scratch, n);
    }
    free(scratch);

    /* rows */
    size_t n_rows = n;
    for (size_t i = 0; i < n; i++)
        if (grouped && *items[i].group_title &&
            (i == 0 || strcmp(items[i].group_title, items[i - 1].group_title) != 0))
            n_rows++;
    att->rows = arena_alloc(r->arena, (n_rows + 1) * sizeof *att->rows);
    att->n_rows = 0;
    for (size_t i = 0; i < n; i++) {
        if (grouped && *items[i].group_title &&
            (i == 0 || strcmp(items[i].group_title, items[i - 1].group_title) != 0)) {
            Row *heading = &att->rows[att->n_rows++];
            heading->is_group = 1;
            heading->group_title = items[i].group_title;
            heading->pos = spec->rows_node->pos;
            heading->cells = arena_alloc(r->arena, (att->n_columns + 1) * sizeof(Cell));
            for (size_t c = 0; c < att->n_columns; c++)
                heading->cells[c].text = "";
        }
        if (g->source == SRC_LOCALITIES)
            count_locality_use(r, items[i].ptr);
        Row *row = &att->rows[att->n_rows++];
        row->pos = spec->rows_node->pos;
        row->cells = arena_alloc(r->arena, (att->n_columns + 1) * sizeof(Cell));
        for (size_t c = 0; c < att->n_columns; c++) {
            FieldValue fv = {.text = ""};
            const YNode *value = column_value(spec, c);
            if (value) {
                fv.text = expand(r, value->text, NULL);
                fv.is_number = parse_number_text(fv.text, 0, &fv.number) == 0;
            } else if (att->columns[c].type != COL_STT || stt_from_field[c]) {
                field_value(g, items[i].ptr, &col_fields[c], &fv);
            }
            fill_cell(r, &att->columns[c], &fv, &row->cells[c]);
            if (stt_from_field[c])
                row->cells[c].text = *fv.text ? fv.text : NULL;
            row->cells[c].pos = row->pos;
        }
    }

    /* a criteria table that shows who answers for each criterion must have
     * someone for every one */
    if (g->source == SRC_CRITERIA || g->source == SRC_INDICATORS) {
        size_t lead_col = att->n_columns;
        for (size_t c = 0; c < att->n_columns && lead_col == att->n_columns; c++) {
            const char *key = att->columns[c].key;
            if (strcmp(key, "lead") == 0 || strcmp(key, "lead_short") == 0 ||
                strcmp(key, "responsible") == 0)
                lead_col = c;
        }
        if (lead_col < att->n_columns) {
            static const Field lead_field = {"lead", F_LEAD, IDS_UNIT};
            FieldRef lead_ref = {&lead_field, NULL};
            Buf missing = {0};
            size_t n_missing = 0;
            for (size_t i = 0; i < n; i++) {
                FieldValue fv;
                field_value(g, items[i].ptr, &lead_ref, &fv);
                if (fv.n_raw)
                    continue;
                const CritItem *item = items[i].ptr;
                if (n_missing < 6)
                    buf_printf(&missing, "%s%s", n_missing ? ", " : "", item->code);
                n_missing++;
            }
            if (n_missing) {
                /* rows that come from a preset are the drafter's table all the
                 * same: point at the attachment in the plan, not the preset */
                const YNode *rows = spec->rows_node;
                int in_plan = rows && rows->pos.file && r->plan->file &&
                              strcmp(rows->pos.file, r->plan->file) == 0;
                SrcPos at = in_plan ? rows->pos : att->pos;
                int span = in_plan ? yread_span(rows) : (int)utf8_count(att->id, strlen(att->id));
                diag_error(r->diags, at, span, KH616,
                           "%s %s%s %s no lead unit: no task with a 'lead' lists %s in "
                           "'criteria' or assigns %s indicators",
                           n_missing == 1 ? "criterion" : "criteria", missing.data,
                           n_missing > 6 ? ", ..." : "", n_missing == 1 ? "has" : "have",
                           n_missing == 1 ? "it" : "them", n_missing == 1 ? "its" : "their");
                r->errors++;
                if (in_plan)
                    diag_note(r->diags, att->pos, "in attachment '%s', whose column '%s' shows it",
                              att->id, att->columns[lead_col].key);
                else if (rows)
                    diag_note(r->diags, rows->pos, "the rows come from preset '%s', whose column "
                              "'%s' shows the lead", att->preset ? att->preset : "",
                              att->columns[lead_col].key);
            }
            buf_free(&missing);
        }
    }
    free(items);
}

/* ---- resolving: numbering and merges ------------------------------------ */

static const char *roman(Arena *arena, int n)
{
    Buf b = {0};
    vi_put_roman(&b, n);
    char *s = buf_to_arena(&b, arena);
    buf_free(&b);
    return s;
}

static void compute_merges(Arena *arena, Attachment *att, const AttachSpec *spec)
{
    size_t stt_col = att->n_columns;
    for (size_t c = 0; c < att->n_columns && stt_col == att->n_columns; c++)
        if (att->columns[c].type == COL_STT)
            stt_col = c;
    /* merge: equal neighbours within a group; the later merge columns only
     * within the blocks of the first (the block column; STT follows it) */
    size_t block_col = att->n_columns;
    for (size_t m = 0; m < spec->n_merge && block_col == att->n_columns; m++)
        if (spec->merge_cols[m] != stt_col)
            block_col = spec->merge_cols[m];
    for (size_t m = 0; m < spec->n_merge; m++) {
        size_t c = spec->merge_cols[m];
        if (c == stt_col)
            continue;
        size_t first = block_col;
        for (size_t r = 0; r < att->n_rows;) {
            const Row *top = &att->rows[r];
            size_t end = r + 1;
            if (!top->is_group && top->cells[c].text && *top->cells[c].text)
                while (end < att->n_rows && !att->rows[end].is_group &&
                       att->rows[end].cells[c].text &&
                       strcmp(att->rows[end].cells[c].text, top->cells[c].text) == 0 &&
                       (c == first || attach_cell_covered(att, end, first)))
                    end++;
            if (end - r > 1)
                att->rows[r].merge_down[c] = (int)(end - r - 1);
            for (size_t k = r + 1; k < end; k++)
                att->rows[k].covered |= 1u << c;
            r = end;
        }
    }
    /* STT: 1, 2, 3 within groups; I, II for group rows. With merges, STT
     * counts the blocks of the first merged column and merges like it. */
    int number = 0, group_number = 0;
    for (size_t r = 0; r < att->n_rows; r++) {
        Row *row = &att->rows[r];
        if (row->is_group) {
            number = 0;
            group_number++;
            if (stt_col < att->n_columns)
                row->cells[stt_col].text = roman(arena, group_number);
            continue;
        }
        if (block_col < att->n_columns && attach_cell_covered(att, r, block_col)) {
            if (stt_col < att->n_columns && !row->cells[stt_col].text)
                row->cells[stt_col].text = att->rows[r - 1].cells[stt_col].text;
            /* STT merges like the block column, where its text repeats */
            if (stt_col < att->n_columns) {
                const Row *prev = &att->rows[r - 1];
                const char *t = row->cells[stt_col].text, *pt = prev->cells[stt_col].text;
                if (t && pt && strcmp(t, pt) == 0 && !prev->is_group &&
                    (prev->merge_down[stt_col] > 0 || ((prev->covered >> stt_col) & 1u)))
                    row->covered |= 1u << stt_col;
            }
            continue;
        }
        number++;
        if (stt_col < att->n_columns) {
            if (!row->cells[stt_col].text)
                row->cells[stt_col].text = arena_printf(arena, "%d", number);
            if (block_col < att->n_columns)
                row->merge_down[stt_col] = row->merge_down[block_col];
        }
    }
}

int attach_resolve(Arena *arena, DiagSink *diags, Plan *plan)
{
    AttachState *state = state_of(plan);
    if (!state)
        return 0;
    Resolver resolver = {.arena = arena, .diags = diags, .plan = plan,
                         .templates = state->templates};
    Resolver *r = &resolver;
    r->ctx = (InlineCtx){.plan = plan, .task = NULL, .templates = state->templates,
                         .arena = arena};
    collect_tasks(r, plan->body, plan->n_body, NULL, NULL);
    for (size_t i = 0; i < plan->n_attachments; i++) {
        Attachment *att = &plan->attachments[i];
        AttachSpec *spec = &state->specs[i];
        if (spec->broken)
            continue;
        /* texts: titles, notes, headings, text cells */
        for (size_t k = 0; k < spec->n_texts; k++) {
            const TextRef *ref = &spec->texts[k];
            TextSite site = {*ref->slot, ref->node, NULL};
            r->errors += inline_check(&r->ctx, diags, &site);
            *ref->slot = expand(r, *ref->slot, NULL);
        }
        /* headings may say "Năm {year}" too (references as in any text) */
        for (size_t c = 0; c < att->n_columns; c++) {
            Column *col = &att->columns[c];
            if (col->header && strchr(col->header, '{'))
                col->header = expand(r, col->header, NULL);
            if (col->group && strchr(col->group, '{'))
                col->group = expand(r, col->group, NULL);
        }
        if (spec->gen_plan || spec->gen_preset)
            generate_rows(r, att, spec);
        compute_merges(arena, att, spec);
        /* no rows because of an error already reported is no news */
        if (att->n_rows == 0 && spec->rows_node && diag_error_count(diags) == 0)
            diag_warning(diags, spec->rows_node->pos, 1, KH618,
                         "attachment '%s' has no rows%s", att->id,
                         spec->gen_plan || spec->gen_preset ? ": the filter selects nothing"
                                                            : "");
    }
    free(r->tasks);
    if (r->resp)
        free_responsibility(r->resp);
    free(r->resp);
    return r->errors;
}

/* ---- helpers for the back ends -------------------------------------------- */

int attach_header_rows(const Attachment *att)
{
    for (size_t c = 0; c < att->n_columns; c++)
        if (att->columns[c].group)
            return 2;
    return 1;
}

double attach_column_total(const Attachment *att, size_t col)
{
    double sum = 0;
    for (size_t r = 0; r < att->n_rows; r++) {
        const Row *row = &att->rows[r];
        if (row->is_group || !row->cells[col].is_number || attach_cell_covered(att, r, col))
            continue;
        sum += row->cells[col].number;
    }
    return sum;
}

const char *attach_totals_label(const Attachment *att)
{
    return att->totals_label && *att->totals_label ? att->totals_label : "Tổng cộng";
}

size_t attach_first_total_column(const Attachment *att)
{
    for (size_t c = 0; c < att->n_columns; c++)
        if (att->columns[c].total)
            return c;
    return att->n_columns;
}
