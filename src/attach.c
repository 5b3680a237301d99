/* attach.c - the `attachments:` of a plan: presets, columns, rows.
 *
 * attach_parse() reads each attachment mapping while parse.c reads the plan.
 * An attachment may name a preset (templates/presets/NAME.yaml), a mapping
 * with the same keys; the plan's own keys win, column by column for
 * `columns` and key by key for a `rows` generator. Columns and explicit rows
 * are typed here (a count must be a number, a date a real date), and every
 * text that may hold inline references is remembered with its YAML node.
 *
 * This file is the parsing half (stage 2); the helpers the back ends use
 * are attach_totals.c's. attach_resolve() (attach_rows.c, stage 3) runs when the whole plan is
 * parsed and indexed. It checks and expands those texts, and builds the
 * rows of generated tables: it takes the items of the source
 * (localities, the tasks of the body, or the criteria/indicators of a
 * catalog) and each column's field for each item from the query module
 * (query.h: the one vocabulary of tables and figures, which says what a
 * source offers and which registry a field's ids belong to), filters with
 * `where`, sorts, groups under heading rows, then numbers the STT column and merges equal neighbouring cells of
 * the `merge` columns. Facts come from their one
 * definition: a task's lead unit, support units and deadline are printed
 * here with the same functions the prose uses (inline.h, the wording
 * templates).
 *
 * The parse-time state that attach_resolve needs (YAML nodes, preset) is
 * kept in an AttachState at plan->attach_state.
 *
 * Stage: 2 (parse), called by parse.c. Writes the Plan's attachments and the AttachState it keeps for
 * attach_resolve; reads templates (presets); reports KH6xx.
 */
#include "attach_impl.h"
#include "own_label.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "blankmeant.h"
#include "catalog.h"
#include "check_suppress.h"
#include "datehint.h"
#include "i18n.h"
#include "inline.h"
#include "keys.h"
#include "load.h"
#include "query.h"
#include "suggest.h"
#include "textref.h"
#include "vi.h"
#include "yread.h"

/* ---- private state kept between attach_parse and attach_resolve -------- */

AttachState *att_state_of(const Plan *plan)
{
    return plan->attach_state;
}

/* ---- parsing ------------------------------------------------------------ */

typedef struct AttParser {
    Arena *arena;
    DiagSink *diags;
    TemplateSet *templates;
    Plan *plan;
    int errors;
    int bad_total;           /* a column's total: true was refused (KH617) */
    int wants_preset;        /* columns named alone with no preset (KH606): its rows too */
    const YNode *empty_preset; /* this attachment's `preset:` left empty: where KH606 points */
    KeySetId set;            /* KEYSET_TABLE in the body, else an attachment's */
    /* presets loaded so far: name -> root (NULL root: failed) */
    const char *preset_names[64];
    const YNode *preset_roots[64];
    size_t n_presets;
} AttParser;

static size_t count_names(const char *const *names)
{
    size_t n = 0;
    while (names[n])
        n++;
    return n;
}

int att_name_index(const char *const *names, const char *word)
{
    for (int i = 0; names[i]; i++)
        if (strcmp(names[i], word) == 0)
            return i;
    return -1;
}

/* 1 if key is missing from the table's map because a key of it is that
 * one misspelt, or none of its keys is known (`- {a: 1}`): reported
 * (KH601), so not also "has no 'label'" and "no 'title'" (yread_misspelt). */
static int misspelt(const AttParser *ap, const YNode *map, const char *key)
{
    return yread_misspelt(map, keys_names(ap->set ? ap->set : KEYSET_ATTACHMENT), key);
}

/* Reports the keys of map that are not in the key set (keys.def). */
static void check_keys(AttParser *ap, const YNode *map, KeySetId set, DiagId code,
                       const char *what)
{
    ap->errors += yread_check_keys(ap->diags, map, keys_names(set), code, what);
    ap->errors += yread_bool_texts(ap->diags, map, set, KH124);
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
        NODE_ERROR(ap, node, KH605, "'%s' is one of %s, not '%s': write one of them", key, list.data,
                   node->text);
    buf_free(&list);
}

/* KH210 at the first reference in an attachment's label: the label is
 * printed as written, on its page, as the sheet's name and by {att ID}, so
 * "Biểu {year}" printed its braces (the words of parse_read.c's warning for
 * the other fields printed as written). */
static void unexpanded_label(AttParser *ap, const YNode *v)
{
    size_t start, end;
    const char *text = yread_text(v);
    if (!strchr(text, '{') || !inline_first_ref(text, &start, &end))
        return;
    diag_warning(ap->diags, ynode_pos_at(v, start), (int)utf8_count(text + start, end - start),
                 KH210, "'%s' is printed as written: its '%.*s' is not expanded and would print "
                 "with its braces; write the value itself (or '{{' for a brace)", "label",
                 (int)(end - start), text + start);
}

static const char *read_scalar(AttParser *ap, const YNode *node, const char *key)
{
    const char *text = yread_scalar(ap->diags, node, key, KH600);
    if (!text)
        ap->errors++;
    return text;
}

/* A title or a note: read_scalar, spaces only none ("", not an empty line). */
static const char *read_printed(AttParser *ap, const YNode *node, const char *key)
{
    return read_scalar(ap, node, key) ? (*yread_text(node) ? node->text : "") : NULL;
}

/* A column's header or group: one line, YAML null (~) the empty text, not "~". */
static const char *read_line(AttParser *ap, const YNode *node, const char *key)
{
    return read_scalar(ap, node, key) ? text_one_line(ap->arena, yread_text(node)) : NULL;
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
    NODE_ERROR(ap, node, KH600, "'%s' is true or false: write one of the two", key);
    return -1;
}

/* A number written in a plan cell, a filter or a column option: the one
 * number grammar (vi_parse_number), with spaces around it and, for percent
 * columns, a trailing "%" allowed: "17", "16,9", "16.9", "1.234,5",
 * "92,1 %". Returns 0 and sets *out; -2 for an ambiguous "10.500" (*out
 * unset; the caller reports KH114); -1 if it is not a number. */
int att_parse_number_text(const char *text, int allow_percent, double *out)
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

/* KH114 for a value att_parse_number_text found ambiguous (whole: 1,234 is no reading). */
void att_report_ambiguous(DiagSink *diags, SrcPos pos, int span, const char *what,
                          const char *text, int whole)
{
    const char *dot = strchr(text, '.');
    int head = dot ? (int)(dot - text) : 0;
    if (whole) {
        diag_error(diags, pos, span, KH114,
                   "%s '%s': write %.*s%s for the whole number (a lone dot before three digits "
                   "reads either way)",
                   what, text, head, text, dot ? dot + 1 : "");
        return;
    }
    diag_error(diags, pos, span, KH114,
               "%s '%s': %.*s%s as khgen prints numbers (thousands dot), %.*s,%s in English "
               "notation (decimal point); write %.*s%s or %.*s,%s",
               what, text, head, text, dot ? dot + 1 : "", head, text, dot ? dot + 1 : "", head,
               text, dot ? dot + 1 : "", head, text, dot ? dot + 1 : "");
}

static void remember_text_as(AttParser *ap, AttachSpec *spec, const char **slot,
                             const YNode *node, int one_line)
{
    if (spec->n_texts == spec->cap_texts) {
        size_t cap = spec->cap_texts ? spec->cap_texts * 2 : 16;
        TextRef *fresh = arena_alloc(ap->arena, cap * sizeof *fresh);
        if (spec->n_texts)
            memcpy(fresh, spec->texts, spec->n_texts * sizeof *fresh);
        spec->texts = fresh;
        spec->cap_texts = cap;
    }
    spec->texts[spec->n_texts++] = (TextRef){slot, node, one_line};
}

/* A text whose references are expanded with the table's: a cell keeps its line
 * breaks; a title, the note, a heading row, the totals label are one line. */
static void remember_text(AttParser *ap, AttachSpec *spec, const char **slot, const YNode *node)
{
    remember_text_as(ap, spec, slot, node, 0);
}

static void remember_line(AttParser *ap, AttachSpec *spec, const char **slot, const YNode *node)
{
    remember_text_as(ap, spec, slot, node, 1);
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
    if (!text && ap->templates && att_preset_unreadable(ap->diags, name_node, ap->templates, file))
        ap->errors++; /* a link to /dev/zero was "unknown preset" (s14attack L4) */
    else if (!text || strchr(name, '/')) {
        size_t n_names;
        const char **names = embedded_names_under("presets/", &n_names, ap->arena);
        /* a preset is named without its ".yaml" (the file name was not
         * told: s19attack L2) */
        size_t len_name = strlen(name);
        const char *stem = len_name > 5 && strcmp(name + len_name - 5, ".yaml") == 0
            ? arena_strndup(ap->arena, name, len_name - 5) : name;
        const char *hint = suggest_best(stem, names, n_names);
        for (size_t i = 0; i < n_names && stem != name; i++)
            if (strcmp(names[i], stem) == 0)
                hint = names[i];
        if (hint)
            NODE_ERROR(ap, name_node, KH603, "unknown preset '%s' (did you mean '%s'?)", name,
                       hint);
        else
            NODE_ERROR(ap, name_node, KH603,
                       "unknown preset '%s': no templates/presets/%s.yaml; check its name", name, name);
    } else {
        LoadLimits limits = load_default_limits();
        limits.what = N_("a preset");
        root = load_string(ap->arena, ap->diags, origin ? origin : file, text, len, &limits);
        if (!root) {
            ap->errors++;
        } else if (root->kind != YNODE_MAP) {
            NODE_ERROR(ap, root, KH604, "a preset is a mapping (columns, rows, ...), not %s: "
                       "check the preset file",
                       ynode_kind_name(root));
            root = NULL;
        } else {
            int before = ap->errors;
            check_keys(ap, root, KEYSET_PRESET, KH604, "a preset");
            const YNode *rows = ynode_get(root, "rows");
            if (rows && rows->kind == YNODE_MAP)
                check_keys(ap, rows, KEYSET_GENERATOR, KH604, "the rows of a preset");
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

int att_is_null(const YNode *node)
{
    return yread_is_null(node); /* Null and NULL too (s25fixnull) */
}

/* The value of key for this attachment: the plan's, else the preset's; a
 * plan's `~` removes the preset's value. */
static const YNode *att_value(const AttachSpec *spec, const char *key)
{
    const YNode *v = ynode_get(spec->node, key);
    if (att_is_null(v))
        return NULL;
    v = v ? v : ynode_get(spec->preset_root, key);
    return att_is_null(v) ? NULL : v; /* a preset's `~` is no value either */
}

const YNode *att_gen_value(const AttachSpec *spec, const char *key)
{
    const YNode *v = ynode_get(spec->gen_plan, key);
    if (att_is_null(v))
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
    check_keys(ap, node, KEYSET_COLUMN, KH601, "a column");
    const YNode *v;
    if ((v = ynode_get(node, "key")) && (col->key = read_scalar(ap, v, "key")) &&
        !valid_key(col->key))
        NODE_ERROR(ap, v, KH606, "invalid column key '%s': use letters, digits, '_', '-', '.'",
                   col->key);
    if (!col->key) { /* kept keyless (reported), so that a list row's cells stay under
                        their columns: no KH124 or KH610 of a shifted cell (s37review L4) */
        if (!v && !yread_misspelt(node, keys_names(KEYSET_COLUMN), "key"))
            NODE_ERROR(ap, node, KH602, "a column has no 'key' (the field it shows): add one");
        col->key = "";
        col->header = (v = ynode_get(node, "header")) && v->kind == YNODE_SCALAR ? v->text : "";
        return -1;
    }
    if ((v = ynode_get(node, "header")))
        col->header = read_line(ap, v, "header"), col->header_node = v;
    if ((v = ynode_get(node, "group")))
        col->group = read_line(ap, v, "group"), col->group_node = v;
    if ((v = ynode_get(node, "type")) && read_scalar(ap, v, "type")) {
        /* keys.def's COLUMN_TYPES, in ColType's order */
        const char *const *type_names = keys_words(KEYSET_COLUMN, "type");
        int t = att_name_index(type_names, v->text);
        if (t < 0)
            bad_word(ap, v, "type", type_names);
        else
            col->type = (ColType)t;
    }
    if ((v = ynode_get(node, "align")) && read_scalar(ap, v, "align")) {
        /* keys.def's ALIGNS, in Align's order after ALIGN_DEFAULT */
        const char *const *align_names = keys_words(KEYSET_COLUMN, "align");
        int a = att_name_index(align_names, v->text);
        if (a < 0)
            bad_word(ap, v, "align", align_names);
        else
            col->align = (Align)(a + 1);
    }
    if ((v = ynode_get(node, "width")) && read_scalar(ap, v, "width") &&
        !(att_number_base(ap->diags, ap->arena, v, NULL, "width") && ++ap->errors)) {
        double w;
        if (att_parse_number_text(v->text, 0, &w) != 0 || w < 1 || w > 200)
            NODE_ERROR(ap, v, KH605, "'width' is a number of characters from 1 to 200, not '%s': "
                       "write one",
                       v->text);
        else
            col->width = w;
    }
    if ((v = ynode_get(node, "decimals")) && read_scalar(ap, v, "decimals") &&
        !(att_number_base(ap->diags, ap->arena, v, NULL, "decimals") && ++ap->errors)) {
        double d;
        if (att_parse_number_text(v->text, 0, &d) != 0 || d < 0 || d > 10 || d != floor(d))
            NODE_ERROR(ap, v, KH605, "'decimals' is a whole number from 0 to 10, not '%s': write "
                       "one",
                       v->text);
        else
            col->decimals = (int)d;
    }
    if ((v = ynode_get(node, "decimals")) && col->type != COL_DECIMAL && col->type != COL_PERCENT)
        diag_warning(ap->diags, v->pos, yread_span(v), KH626,
                     "column '%s' is not a decimal or percent column: its 'decimals' changes "
                     "nothing (add type: decimal, or remove 'decimals')", col->key);
    if ((v = ynode_get(node, "total")) && read_bool(ap, v, "total", &col->total) != 0)
        ap->bad_total = 1; /* refused (KH600): the one message, no KH617 at 'totals' */
    if (col->total && col->type != COL_INT && col->type != COL_DECIMAL &&
        col->type != COL_PERCENT) {
        ap->bad_total = 1;
        col->total = 0;
        NODE_ERROR(ap, ynode_get(node, "total") ? ynode_get(node, "total") : node, KH617,
                   "column '%s' has 'total: true' but is not a number column (type: int, decimal "
                   "or percent): give it one of those types, or delete 'total'",
                   col->key);
    }
    if (!col->header && col->type != COL_STT &&
        !yread_misspelt(node, keys_names(KEYSET_COLUMN), "header"))
        NODE_ERROR(ap, node, KH602, "column '%s' has no 'header': add the heading printed "
                   "over it (header: ...)", col->key);
    if (!col->header)
        col->header = col->type == COL_STT ? "STT" : ""; /* "": reported, the column kept */
    return ap->errors == before ? 0 : -1;
}

/* 1 if item, an entry of 'columns' after the n columns read, is a row of
 * the table: a group row ({heading: ...}) or a mapping without 'key'
 * whose keys are all keys of those columns ({name: Đồng Hưu, n: 12}).
 * The 'rows:' line above it was lost, and each of its cells would be an
 * unknown key of a column (ten errors for one deleted line). */
static int row_like(const YNode *item, const Column *cols, size_t n)
{
    if (item->kind != YNODE_MAP || ynode_get(item, "key") || item->count == 0)
        return 0;
    if (ynode_get(item, "heading"))
        return 1;
    for (size_t i = 0; i < item->count; i++) {
        size_t k = 0;
        while (k < n && strcmp(cols[k].key, item->keys[i]->text) != 0)
            k++;
        if (k == n)
            return 0;
    }
    return 1;
}

/* Reads a `columns` list. base/n_base are the preset's columns (for
 * entries that name one by key). Returns the count, columns in *out. */
/* preset_broken: the preset gave no columns (reported there): no KH606 (s30attack F5) */
static size_t parse_columns(AttParser *ap, const YNode *list, const Column *base, size_t n_base,
                            int preset_broken, Column **out, const YNode ***out_nodes)
{
    *out = NULL;
    *out_nodes = NULL;
    if (list->kind != YNODE_SEQ || list->count == 0) {
        NODE_ERROR(ap, list, KH600, "'columns' must be a non-empty list: list the columns, one '- "
                   "' line each");
        return 0;
    }
    Column *cols = arena_alloc(ap->arena, list->count * sizeof *cols);
    const YNode **nodes = arena_alloc(ap->arena, list->count * sizeof *nodes);
    size_t n = 0, lone = 0; /* keys written alone with no preset: its line lost, one error */
    for (size_t i = 0; !n_base && !preset_broken && i < list->count; i++)
        lone += list->items[i]->kind == YNODE_SCALAR && strcmp(list->items[i]->text, "stt");
    int rows_lost = 0; /* the rows after a lost 'rows:' line: one error */
    for (size_t i = 0; i < list->count; i++) {
        const YNode *item = list->items[i];
        if (rows_lost || (n > 0 && row_like(item, cols, n))) {
            if (!rows_lost)
                NODE_ERROR(ap, item, KH600, "this entry of 'columns' is a row of the table: is "
                           "the 'rows:' line above it missing? Restore it");
            rows_lost = 1;
            continue;
        }
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
            } else if (!preset_broken) {
                cols[n] = (Column){.key = "", .header = item->text, .decimals = -1,
                                   .pos = item->pos};
                nodes[n++] = item; /* kept unread, as a keyless column */
                if (att_column_joined(ap->diags, item) && ++ap->errors) {
                    ap->bad_total = 1; /* the column lost may be the one to sum: no KH617 */
                    continue;
                }
                const char *hint = n_base ? suggest_best_in(item->text, base, n_base, sizeof *base,
                                                            offsetof(Column, key))
                                          : NULL;
                if (hint)
                    NODE_ERROR(ap, item, KH606,
                               "the preset has no column '%s' (did you mean '%s'?)", item->text,
                               hint);
                else if (lone > 1) {
                    if (!ap->wants_preset++) /* at an emptied 'preset:' line, the cause */
                        NODE_ERROR(ap, ap->empty_preset ? ap->empty_preset : item, KH606,
                                   "no preset gives the columns written by their key alone "
                                   "('%s' and %zu more): name the preset (preset: ...), or write "
                                   "each out as {key: %s, header: ...}", item->text, lone - 1,
                                   item->text);
                } else {
                    ap->wants_preset |= !n_base;
                    NODE_ERROR(ap, ap->empty_preset ? ap->empty_preset : item, KH606,
                               "no column '%s' to take from a preset: write it out as "
                               "{key: %s, header: ...}",
                               item->text, item->text);
                }
            }
            continue;
        }
        if (item->kind != YNODE_MAP) {
            NODE_ERROR(ap, item, KH600, "a column is a mapping {key, header, ...} or a key, not "
                       "%s: write one of the two", ynode_kind_name(item));
            cols[n] = (Column){.key = "", .header = "", .decimals = -1, .pos = item->pos};
            nodes[n++] = item;
            continue;
        }
        /* a column whose mistake was reported stays (as text), so that no
         * row's cell under it is a second error ("the table has no column") */
        parse_column_map(ap, item, from, &cols[n]);
        nodes[n++] = item;
    }
    *out = cols;
    *out_nodes = nodes;
    return n;
}

/* The part of column node that says key ("key", "group"), else the node. */
static const YNode *column_part(const YNode *node, const char *key)
{
    return node->kind == YNODE_MAP && ynode_get(node, key) ? ynode_get(node, key) : node;
}

/* Checks a finished attachment's columns: count, unique keys, adjacent groups. */
static void check_columns(AttParser *ap, const Attachment *att, const YNode *const *nodes,
                          const YNode *where)
{
    if (att->n_columns > ATTACH_MAX_COLUMNS) {
        /* the table is refused: its keys are not compared (pairwise, that
         * was quadratic in a list of thousands of columns) */
        NODE_ERROR(ap, where, KH607, "a table has at most %d columns; '%s' has %zu: split the "
                   "table",
                   ATTACH_MAX_COLUMNS, att->id ? att->id : "this one", att->n_columns);
        return;
    }
    for (size_t i = 0; i < att->n_columns; i++) {
        for (size_t k = 0; k < i; k++) {
            if (*att->columns[i].key && strcmp(att->columns[i].key, att->columns[k].key) == 0) {
                const YNode *twice = column_part(nodes[i], "key");
                if (load_pasted_again(twice->pos)) /* a row pasted twice: said once */
                    break;
                NODE_ERROR(ap, twice, KH608, "column key '%s' is used "
                           "twice: give this column a key of its own", att->columns[i].key);
                diag_note(ap->diags, column_part(nodes[k], "key")->pos, "first used here");
                load_pasted_said(ap->diags, twice->pos); /* its KH128 a note of this */
                break;
            }
        }
        const char *group = att->columns[i].group;
        if (!group || i == 0)
            continue;
        for (size_t k = 0; k + 1 < i; k++) {
            if (att->columns[k].group && strcmp(att->columns[k].group, group) == 0 &&
                (!att->columns[i - 1].group || strcmp(att->columns[i - 1].group, group) != 0)) {
                NODE_ERROR(ap, column_part(nodes[i], "group"), KH609, "the columns of group '%s' "
                           "must be next to each other: move this column beside them", group);
                diag_note(ap->diags, column_part(nodes[k], "group")->pos,
                          "another column of the group");
                break;
            }
        }
    }
}

/* A column's fixed `value` (the same text in every row: a column left blank
 * for the reader to fill, `value: ""`, a unit of measure), or NULL. A
 * YAML null, `value: ~` or `value:` alone, is no value, as `~` is for
 * every key of a table (README): the column shows its field; it printed
 * "~" in every row (session 20, slips.py over a plan with every kind of
 * attachment). */
const YNode *att_column_value(const AttachSpec *spec, size_t col)
{
    const YNode *node = spec->column_nodes ? spec->column_nodes[col] : NULL;
    const YNode *value = node && node->kind == YNODE_MAP ? ynode_get(node, "value") : NULL;
    return value && value->kind == YNODE_SCALAR && !att_is_null(value) ? value : NULL;
}

static size_t column_index(const Attachment *att, const char *key)
{
    for (size_t i = 0; i < att->n_columns; i++)
        if (strcmp(att->columns[i].key, key) == 0)
            return i;
    return (size_t)-1;
}

/* ---- cells ---- */

/* Types one explicit cell value by its column (attach_typed.c decides). */
static void type_cell(AttParser *ap, AttachSpec *spec, const Column *col, const YNode *node,
                      Cell *cell)
{
    cell->pos = node->pos;
    cell->text = "";
    if (node->kind != YNODE_SCALAR) {
        NODE_ERROR(ap, node, KH611, "a cell holds one value, not %s: write the value as text, in "
                   "quotes", ynode_kind_name(node));
        return;
    }
    if (!*yread_text(node)) /* "", ~, null, or spaces only */
        return;
    if (att_number_base(ap->diags, ap->arena, node, col, NULL)) { /* "017": 15 to PyYAML */
        ap->errors++;
        return;
    }
    char form[32];
    CellFit fit = att_fit_text(ap->arena, col, node->text, cell, form);
    if (fit != FIT_OK) {
        att_report_fit(ap->arena, ap->diags, node->pos, yread_span(node), col, node->text, fit,
                       form);
        ap->errors++;
        return;
    }
    if (col->type == COL_TEXT) {
        ap->errors += yread_bool_text(ap->diags, node, *col->key ? col->key : col->header,
                                      KH124); /* "yes" printed */
        remember_text(ap, spec, &cell->text, node);
    }
}

/* type_cell, marking the cell bad when its value is refused. */
static void parse_cell(AttParser *ap, AttachSpec *spec, const Column *col, const YNode *node,
                       Cell *cell)
{
    int errors = diag_error_count(ap->diags);
    type_cell(ap, spec, col, node, cell);
    cell->is_bad = diag_error_count(ap->diags) > errors;
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
                blank_meant_check(ap->diags, title, BLANK_HEADING, "heading");
                ap->errors += yread_bool_text(ap->diags, title, "heading", KH124);
                row->is_group = 1;
                row->group_title = yread_text(title);
                row->title_node = title;
                remember_line(ap, spec, &row->group_title, title);
                att->n_rows++;
            }
            continue;
        }
        if (item->kind == YNODE_MAP) {
            att_check_map_row(ap->diags, item); /* `{}`: KH625, as `[]` */
            for (size_t k = 0; k < item->count; k++) {
                const YNode *key = item->keys[k];
                size_t c = column_index(att, key->text);
                if (c == (size_t)-1) {
                    ap->errors += att_report_no_column(ap->diags, key, att, 0);
                    continue;
                }
                parse_cell(ap, spec, &att->columns[c], item->values[k], &row->cells[c]);
            }
        } else if (item->kind == YNODE_SEQ) {
            ap->errors += att_check_list_row(ap->diags, att, item, n_data);
            size_t k = 0;
            for (size_t c = 0; c < att->n_columns && k < item->count; c++)
                if (att->columns[c].type != COL_STT)
                    parse_cell(ap, spec, &att->columns[c], item->items[k++], &row->cells[c]);
        } else {
            NODE_ERROR(ap, item, KH610,
                       "a row is a mapping {column: value, ...}, a list of values, or {heading: "
                       "TITLE}, not %s: write one of them",
                       ynode_kind_name(item));
            continue;
        }
        att->n_rows++;
    }
    att_check_heading_rows(ap->diags, att); /* KH631 */
    att_check_percent_fractions(ap->diags, att, list); /* 0.0229 for 2,29%: KH634 */
    att_check_text_decimals(ap->diags, att, list); /* "1234.5" as text: KH636 */
}

/* Checks a generator mapping's keys and its `from`. */
static void check_generator(AttParser *ap, const YNode *gen, int from_preset)
{
    if (!from_preset)
        check_keys(ap, gen, KEYSET_GENERATOR, KH601, "the rows generator");
    const YNode *from = ynode_get(gen, "from");
    if (from && read_scalar(ap, from, "from") && att_name_index(query_source_names, from->text) < 0) {
        const char *hint = suggest_best(from->text, query_source_names, count_names(query_source_names));
        if (hint)
            NODE_ERROR(ap, from, KH612,
                       "rows come from localities, tasks, criteria or indicators, not '%s' (did "
                       "you mean '%s'?)",
                       from->text, hint);
        else
            NODE_ERROR(ap, from, KH612,
                       "rows come from localities, tasks, criteria or indicators, not '%s': write "
                       "one of them",
                       from->text);
    }
}

/* suppress: warning codes silenced inside this attachment (KH253 for a
 * table the text of the original never refers to, KH618, ...) */
static void read_suppress(AttParser *ap, const YNode *node, const YNode *v)
{
    size_t n_codes = v->kind == YNODE_SEQ ? v->count : 1;
    for (size_t i = 0; i < n_codes; i++) {
        const YNode *code = v->kind == YNODE_SEQ ? v->items[i] : v;
        if (read_scalar(ap, code, "suppress"))
            ap->errors += suppress_entry(ap->diags, code, code->text, node->pos.file, node);
    }
}

/* preset: loaded before the keys it may give (title, note, columns). */
static void read_preset(AttParser *ap, const YNode *node, Attachment *att, AttachSpec *spec)
{
    const YNode *v = ynode_get(node, "preset");
    ap->empty_preset = v && att_is_null(v) ? v : NULL; /* the line a KH606 for its columns names */
    if (v && !att_is_null(v) && read_scalar(ap, v, "preset")) { /* `preset: ~`: none */
        att->preset = v->text;
        spec->preset_root = load_preset(ap, v);
        if (!spec->preset_root) /* its rows unknown: no KH251 for them either (s30attack) */
            spec->broken = ap->plan->values_dropped = 1;
    } else if (v && !att_is_null(v)) { /* `preset: {a: 1}`: its KH600 alone, as an unknown one's */
        att->preset = ""; /* named, not found: what it would give is not asked for again */
        spec->broken = ap->plan->values_dropped = 1;
    }
}

/* note, unit, orientation, totals (the plan's, else the preset's): the
 * `totals` node or NULL. */
static const YNode *read_settings(AttParser *ap, Attachment *att, AttachSpec *spec)
{
    const YNode *v;
    if ((v = att_value(spec, "note")) && (att->note = read_printed(ap, v, "note"))) {
        remember_line(ap, spec, &att->note, v);
        att->note_node = v;
    }
    if ((v = att_value(spec, "unit")) && (att->unit = read_printed(ap, v, "unit")))
        remember_line(ap, spec, &att->unit, v); /* "Đơn vị tính: ..." above the table */
    if ((v = att_value(spec, "orientation")) && read_scalar(ap, v, "orientation")) {
        const char *const *orientations = keys_words(KEYSET_ATTACHMENT, "orientation");
        int o = att_name_index(orientations, v->text); /* ORIENTATIONS: landscape first */
        if (o < 0)
            bad_word(ap, v, "orientation", orientations);
        else
            att->landscape = o == 0;
    }
    const YNode *totals_node = att_value(spec, "totals");
    /* the plan's own line, before `totals:` (no value) reads as `~` */
    blank_meant_check(ap->diags, ynode_get(spec->node, "totals"), BLANK_TOTALS, "totals");
    if (totals_node && read_scalar(ap, totals_node, "totals")) {
        if (totals_node->style == YSTYLE_PLAIN && strcmp(totals_node->text, "true") == 0) {
            att->has_totals = 1;
        } else if (totals_node->style == YSTYLE_PLAIN && strcmp(totals_node->text, "false") == 0) {
            att->has_totals = 0;
        } else if (*yread_text(totals_node)) { /* `~` and "   " are no label, not "~" */
            att->has_totals = 1;
            att_check_totals_label(ap->diags, totals_node); /* "ture": KH633 */
            att->totals_label = totals_node->text;
            remember_line(ap, spec, &att->totals_label, totals_node);
        }
    }
    return totals_node;
}

/* id, preset, label, title, then read_settings: the `totals` node or NULL. */
static const YNode *read_head(AttParser *ap, const YNode *node, Attachment *att,
                              AttachSpec *spec)
{
    const YNode *v = ynode_get(node, "id");
    if (att_is_null(v)) /* `id: ~`: no id (KH602 below), not the id "~" */
        v = NULL;
    if (v && (att->id = read_scalar(ap, v, "id"))) {
        att->pos = v->pos;
        if ((att->id[0] == '-' || att->id[0] == '.') && att->id[1] && valid_key(att->id + 1))
            NODE_ERROR(ap, v, KH606, "invalid id '%s': it begins with '%c'; an id begins with "
                       "an ASCII letter or digit: write '%s'", att->id, att->id[0], att->id + 1);
        else if (!valid_key(att->id) || att->id[0] == '-' || att->id[0] == '.')
            NODE_ERROR(ap, v, KH606, "invalid id '%s': use ASCII letters, digits, '-', '_'",
                       att->id);
    } else if (!v && !misspelt(ap, node, "id")) {
        NODE_ERROR(ap, node, KH602, "an attachment has no 'id': add one (id: bieu01), the "
                   "name the text refers to it by ({att bieu01})"); /* 'idx': KH601 says it */
    }
    if (!att->id || !valid_key(att->id)) { /* an {att} may mean it (plan.c) */
        const YNode *label = ynode_get(node, "label");
        plan_note_broken_id(ap->plan, REG_ATTACHMENT, node->pos,
                            label && label->kind == YNODE_SCALAR ? label->text : NULL);
    }
    read_preset(ap, node, att, spec);
    if ((v = ynode_get(node, "label")) && (att->label = read_scalar(ap, v, "label"))) {
        /* "{{" prints "{", ~ is "", one line; a reference prints as written */
        unexpanded_label(ap, v);
        att->label = text_one_line(ap->arena, textref_literal(ap->arena, yread_text(v)));
        /* "Biểu 01\u00a0" printed its blank, and a diff no longer found its
         * page by label (s20attack L10): KH122 as any field printed as is */
        att->label = yread_trim_printed(ap->arena, ap->diags, v->pos, yread_span(v), "label",
                                        att->label);
        if (yread_is_blank(att->label))
            NODE_ERROR(ap, v, KH602, "'label' is empty: write the attachment's label (\"Biểu 01\")");
    } else if (!v && !misspelt(ap, node, "label")) {
        NODE_ERROR(ap, node, KH602, "attachment '%s' has no 'label' (\"Biểu 01\"): add it",
                   att->id ? att->id : "?");
    }
    if ((v = att_value(spec, "title")) && (att->title = read_printed(ap, v, "title"))) {
        yread_number_words(ap->diags, v, "title"); /* `title: 2024` (KH180) */
        if (!*att->title) /* `title: ""` printed "****" over the table */
            NODE_ERROR(ap, v, KH602, "'%s' is empty: fill it in", "title");
        remember_line(ap, spec, &att->title, v);
        att->title_node = v;
        size_t own = att->label && v == ynode_get(node, "title") /* "Biểu 01: X" (KH118) */
                         ? own_label_named(att->title, att->label) : 0;
        if (own)
            own_label_warn(ap->diags, ynode_pos_at(v, 0), att->title, own, att->label, 1);
    } else if (!v && !(att->preset && !spec->preset_root) && !misspelt(ap, node, "title"))
        NODE_ERROR(ap, ynode_get(node, "title") ? ynode_get(node, "title") : node, KH602,
                   "attachment '%s' has no 'title': add the line printed over its table "
                   "(title: ...)", att->id ? att->id : "?");
    return read_settings(ap, att, spec);
}

/* columns: the preset's, then the plan's over them. Returns 0, or -1 when
 * the table cannot be built (spec->broken set). */
static int read_all_columns(AttParser *ap, const YNode *node, Attachment *att, AttachSpec *spec,
                            const YNode *totals_node)
{
    Column *base = NULL;
    const YNode **base_nodes = NULL;
    size_t n_base = 0;
    ap->bad_total = ap->wants_preset = 0; /* per attachment */
    const YNode *preset_columns = ynode_get(spec->preset_root, "columns");
    if (preset_columns)
        n_base = parse_columns(ap, preset_columns, NULL, 0, 0, &base, &base_nodes);
    const YNode *plan_columns = ynode_get(node, "columns");
    if (plan_columns) {
        att->n_columns =
            parse_columns(ap, plan_columns, base, n_base, att->preset && (!spec->preset_root ||
                          (preset_columns && !n_base)), &att->columns, &spec->column_nodes);
    } else {
        att->columns = base;
        att->n_columns = n_base;
        spec->column_nodes = base_nodes;
    }
    if (att->n_columns == 0) {
        /* a preset named but not found was reported (KH603): its columns
         * are missing, not the attachment's */
        if (!plan_columns && !preset_columns && !(att->preset && !spec->preset_root) &&
            !misspelt(ap, node, "columns") && !misspelt(ap, node, "preset"))
            NODE_ERROR(ap, node, KH602, "attachment '%s' has no 'columns' (and no 'preset'): add "
                       "them",
                       att->id ? att->id : "?");
        spec->broken = 1;
        return -1;
    }
    check_columns(ap, att, spec->column_nodes, plan_columns ? plan_columns : node);
    if (att->n_columns > ATTACH_MAX_COLUMNS) {
        spec->broken = 1;
        return -1;
    }
    /* a column marked total: true but not a number was reported (KH617):
     * "no column has 'total: true'" would contradict it */
    if (att->has_totals && !ap->bad_total && attach_first_total_column(att) == att->n_columns)
        NODE_ERROR(ap, totals_node, KH617,
                   "'totals' is set but no column has 'total: true' (the columns to sum): mark "
                   "the columns to sum, or delete 'totals'");
    att_check_unsummed(ap->diags, att, spec); /* total: true, no totals line: KH641 */
    att_check_percent_header(ap->diags, att, node->pos.file); /* "Tỷ lệ (%)": KH642 */
    return 0;
}

/* merge: the keys of the columns whose equal neighbouring cells merge. */
static void read_merge(AttParser *ap, Attachment *att, AttachSpec *spec)
{
    const YNode *v;
    blank_meant_check(ap->diags, ynode_get(spec->node, "merge"), BLANK_MERGE, "merge");
    if ((v = att_value(spec, "merge"))) {
        size_t n_keys = v->kind == YNODE_SEQ ? v->count : 1;
        /* sized from the list: an array of 32 in every table's spec was
         * 256 bytes for tables that merge nothing */
        spec->merge_cols = arena_alloc(ap->arena, (n_keys < ATTACH_MAX_COLUMNS ? n_keys
                                                                             : ATTACH_MAX_COLUMNS) *
                                                      sizeof *spec->merge_cols);
        for (size_t i = 0; i < n_keys; i++) {
            const YNode *key = v->kind == YNODE_SEQ ? v->items[i] : v;
            if (!read_scalar(ap, key, "merge"))
                continue;
            size_t c = column_index(att, key->text);
            if (c == (size_t)-1)
                ap->errors += att_report_no_column(ap->diags, key, att, 1);
            else if (spec->n_merge < ATTACH_MAX_COLUMNS) {
                spec->merge_cols[spec->n_merge++] = c;
            }
        }
    }

}

/* rows: a list (explicit rows, typed now) or a generator mapping (kept in
 * spec for attach_resolve). */
/* A generator's values left blank or of the wrong kind that changed the
 * table without a word (session 21): `catalog: [a, b]` (KH600) and
 * `catalog:` cut to nothing read the first catalog; a blank title of
 * `group_titles` printed its group first, under no group row (KH165). */
static void check_generator_blanks(AttParser *ap, const AttachSpec *spec)
{
    const GenSpec *gen = &spec->gen;
    if (gen->catalog.at && !gen->catalog.text)
        NODE_ERROR(ap, gen->catalog.at, KH600,
                   "'catalog' is the id of an imported catalog, not %s: write that id", gen->catalog.kind);
    blank_meant_check(ap->diags, ynode_get(spec->gen_plan, "catalog"), BLANK_CATALOG, "catalog");
    for (size_t k = 0; gen->group_titles.is_map && k < gen->n_titles; k++)
        if (gen->titles[k].title && gen->titles[k].key) {
            blank_meant_check(ap->diags, gen->titles[k].at, BLANK_GROUP, gen->titles[k].key);
            ap->errors += yread_bool_text(ap->diags, gen->titles[k].at, "group_titles", KH124);
        }
}

static void read_rows(AttParser *ap, const YNode *node, Attachment *att, AttachSpec *spec)
{
    const YNode *plan_rows = ynode_get(node, "rows");
    const YNode *preset_rows = ynode_get(spec->preset_root, "rows");
    const YNode *rows = att_is_null(plan_rows) ? NULL /* `~` removes the preset's rows */
                        : plan_rows                ? plan_rows
                                                   : preset_rows;
    spec->rows_node = rows;
    if (!rows) {
        if (!(att->preset && !spec->preset_root) && !misspelt(ap, node, "rows") &&
            !ap->wants_preset) /* F5; the preset the columns want has the rows (KH606) */
            NODE_ERROR(ap, node, KH602, "attachment '%s' has no 'rows' (a list, or {from: "
                       "localities|tasks|criteria}): add them", att->id ? att->id : "?");
    } else if (rows->kind == YNODE_SEQ) {
        for (size_t c = 0; c < att->n_columns; c++)
            if (att_column_value(spec, c))
                NODE_ERROR(ap, att_column_value(spec, c), KH605,
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
        att_read_generator(ap->arena, att, spec);
        check_generator_blanks(ap, spec);
        if (!att_gen_value(spec, "from"))
            NODE_ERROR(ap, rows, KH602,
                       "the rows generator has no 'from' (localities, tasks, criteria or "
                       "indicators): add it");
    } else {
        NODE_ERROR(ap, rows, KH600,
                   "'rows' is a list of rows or a generator {from: ...}, not %s: write one of the "
                   "two",
                   ynode_kind_name(rows));
    }
}

static void parse_attachment(AttParser *ap, const YNode *node, Attachment *att, AttachSpec *spec)
{
    spec->node = node;
    att->pos = node->pos;
    att->end = ynode_end(node);
    att->landscape = 1;
    if (node->kind != YNODE_MAP) {
        NODE_ERROR(ap, node, KH600,
                   "an attachment is a mapping {id, label, title, columns, rows}, not %s: check "
                   "its indentation",
                   ynode_kind_name(node));
        spec->broken = 1;
        return;
    }
    int before = ap->errors;
    check_keys(ap, node, KEYSET_ATTACHMENT, KH601, "an attachment");
    const YNode *v;
    if ((v = ynode_get(node, "suppress")) || (v = suppress_misspelt(node, KEYSET_ATTACHMENT)))
        read_suppress(ap, node, v);
    const YNode *totals_node = read_head(ap, node, att, spec);
    if (read_all_columns(ap, node, att, spec, totals_node) != 0)
        return;
    read_merge(ap, att, spec);
    read_rows(ap, node, att, spec);
    if (ap->errors != before) /* its rows unread: the ids they use are not "never used" */
        spec->broken = ap->plan->values_dropped = 1; /* (KH251 at 'label:' emptied, s47slips) */
}

/* The plan's AttachState, made when its first table (an attachment or a
 * table in the body, whichever comes first) is read. */
static AttachState *state_of(Arena *arena, TemplateSet *templates, Plan *plan)
{
    if (!plan->attach_state) {
        AttachState *state = arena_alloc(arena, sizeof *state);
        state->templates = templates;
        plan->attach_state = state;
    }
    return plan->attach_state;
}

/* A table's rows when it is a body table with tasks among its items: a
 * generator over the tasks (the preset's sort and grouping kept), which
 * attach_rows.c narrows to the tasks of this table (spec->owner). */
static void own_task_rows(AttParser *ap, Attachment *att, AttachSpec *spec, const YNode *items)
{
    const YNode *preset_rows = ynode_get(spec->preset_root, "rows");
    spec->rows_node = items;
    spec->gen_plan = NULL;
    spec->gen_preset = preset_rows && preset_rows->kind == YNODE_MAP ? preset_rows : NULL;
    att_read_generator(ap->arena, att, spec);
    memset(&spec->gen.from, 0, sizeof spec->gen.from);
    spec->gen.from.text = "tasks";
    spec->gen.from.kind = ynode_kind_name(items);
    spec->gen.from.at = items;
}

Attachment *attach_parse_table(Arena *arena, DiagSink *diags, TemplateSet *templates, Plan *plan,
                               const YNode *node, const BodyNode *body_node)
{
    AttParser parser = {.arena = arena, .diags = diags, .templates = templates, .plan = plan,
                        .set = KEYSET_TABLE};
    AttParser *ap = &parser;
    Attachment *att = arena_alloc(arena, sizeof *att);
    att->arena = arena; /* its widths are made there (table_column_widths) */
    AttachSpec *spec = arena_alloc(arena, sizeof *spec);
    spec->node = node;
    spec->owner = body_node;
    att->pos = node->pos;
    att->end = ynode_end(node);
    check_keys(ap, node, KEYSET_TABLE, KH601, "a table");
    const YNode *v;
    if ((v = ynode_get(node, "suppress")) || (v = suppress_misspelt(node, KEYSET_TABLE)))
        read_suppress(ap, node, v);
    read_preset(ap, node, att, spec);
    const YNode *totals_node = read_settings(ap, att, spec);
    att->landscape = 0; /* the body's page */
    if (!ynode_get(node, "columns") && !ynode_get(node, "preset")) {
        NODE_ERROR(ap, node, KH622, "a table needs 'columns' (or a 'preset'): add them");
        return NULL;
    }
    if (spec->broken || read_all_columns(ap, node, att, spec, totals_node) != 0)
        return NULL;
    read_merge(ap, att, spec);
    const YNode *items = ynode_get(node, "items");
    const YNode *rows = ynode_get(node, "rows");
    if (att_is_null(items)) /* `items: ~` and `rows: ~`: none ("has no rows") */
        items = NULL;
    if (att_is_null(rows))
        rows = NULL;
    size_t n_tasks = 0;
    for (size_t i = 0; i < body_node->n_items; i++) {
        n_tasks += body_node->items[i]->kind == NODE_TASK;
        ap->errors += att_table_item_lost(diags, att, body_node->items[i]);
    }
    const YNode *rows_key = NULL;
    for (size_t i = 0; rows && i < node->count; i++)
        if (strcmp(node->keys[i]->text, "rows") == 0)
            rows_key = node->keys[i];
    if (items && rows)
        NODE_ERROR(ap, rows_key ? rows_key : rows, KH622,
                   "a table's rows are its tasks (items) or 'rows', not both: keep one of the two");
    else if (n_tasks)
        own_task_rows(ap, att, spec, items);
    else if (rows || ynode_get(spec->preset_root, "rows"))
        read_rows(ap, node, att, spec);
    else if (!ap->errors)
        NODE_ERROR(ap, items ? items : node, KH622,
                   "a table has no rows: write its tasks under 'items', or 'rows'");
    if (ap->errors)
        return NULL;
    AttachState *state = state_of(arena, templates, plan);
    if (state->n_tables == state->cap_tables) {
        size_t cap = state->cap_tables ? state->cap_tables * 2 : 8;
        AttachSpec **specs = arena_alloc(arena, cap * sizeof *specs);
        if (state->n_tables)
            memcpy(specs, state->tables, state->n_tables * sizeof *specs);
        state->tables = specs;
        state->cap_tables = cap;
    }
    spec->table = att;
    state->tables[state->n_tables++] = spec;
    return att;
}

int attach_parse(Arena *arena, DiagSink *diags, TemplateSet *templates, Plan *plan,
                 const YNode *attachments_node)
{
    AttParser parser = {.arena = arena, .diags = diags, .templates = templates, .plan = plan};
    AttParser *ap = &parser;
    if (attachments_node->kind != YNODE_SEQ) {
        NODE_ERROR(ap, attachments_node, KH600, "'attachments' must be a list, not %s: begin each "
                   "attachment with '- id: '",
                   ynode_kind_name(attachments_node));
        return ap->errors;
    }
    size_t n = attachments_node->count;
    if (n > ATTACH_MAX_ATTACHMENTS) /* each is a sheet: 20,000 took 6 s to write */
        NODE_ERROR(ap, attachments_node->items[ATTACH_MAX_ATTACHMENTS], KH624,
                   "a plan has at most %d attachments (each is a sheet of the workbook); this one "
                   "has %zu: merge some of them",
                   ATTACH_MAX_ATTACHMENTS, n);
    plan->attachments = arena_alloc(arena, (n ? n : 1) * sizeof(Attachment));
    plan->n_attachments = n;
    AttachState *state = state_of(arena, templates, plan);
    state->specs = arena_alloc(arena, (n + 1) * sizeof *state->specs);
    size_t kept = 0;
    for (size_t i = 0; i < n; i++) {
        if (att_id_line_pasted(diags, attachments_node, i)) { /* KH200: left out */
            ap->errors++;
            continue;
        }
        plan->attachments[kept].arena = arena; /* its widths are made there */
        parse_attachment(ap, attachments_node->items[i], &plan->attachments[kept],
                         &state->specs[kept]);
        kept++;
    }
    plan->n_attachments = kept;

    ap->errors += att_check_labels_differ(arena, diags, plan, state->specs); /* KH620 */
    return ap->errors;
}
