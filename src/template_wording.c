/* template_wording.c - the wording table: wording.yaml's phrases, the
 * built-in ones and the user's.
 *
 * The wording (templates/wording.yaml: the document's fixed phrases, each
 * a one-line template) is loaded once, on the first asking, through
 * load_string(): the built-in table, then the user's from --templates
 * DIR, whose keys override the built-in ones one by one (an unknown key,
 * KH806; a key of the built-in table misspelt, KH801; an entry that is
 * not a one-line string, KH803; an empty one, KH808). tpl_wording finds a
 * phrase by key (KH802 when none has it); a phrase rendered through
 * tpl_render_text() is recognised by its text pointer, parsed once and
 * kept, so its diagnostics point into wording.yaml. The template engine
 * itself is template.c's (template_impl.h).
 */
#include "template.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "load.h"
#include "template_impl.h"
#include "wording_names.h"
#include "yread.h"

/* Loads one wording.yaml and checks its shape; NULL if it is not a mapping. */
static const YNode *load_wording_text(TemplateSet *set, const char *origin, const char *text,
                                      size_t len)
{
    LoadLimits limits = load_limits_of(N_("wording.yaml")); /* KH009 names it */
    const YNode *root = load_string(set->arena, set->diags, origin, text, len, &limits);
    if (!root)
        return NULL;
    if (root->kind != YNODE_MAP) {
        if (set->diags)
            diag_error(set->diags, root->pos, 1, KH803, "wording.yaml must be a mapping of keys "
                       "to templates, not %s: write 'key: template' lines", ynode_kind_name(root));
        return NULL;
    }
    for (size_t i = 0; i < root->count; i++) {
        const YNode *value = root->values[i];
        if (value->kind != YNODE_SCALAR && set->diags)
            diag_error(set->diags, value->pos, 1, KH803, "wording '%s' must be a one-line "
                       "template (a string), not %s: write it in quotes on one line",
                       root->keys[i]->text, ynode_kind_name(value));
        /* every phrase is printed where the decree wants one: empty, it
         * printed an empty bold line ("****") or a bare label ("+ : ") */
        else if (value->kind == YNODE_SCALAR && yread_is_blank(yread_text(value)) && set->diags)
            diag_error(set->diags, value->pos, 1, KH808,
                       "wording '%s' is empty: it would print an empty heading or a bare label "
                       "where the document needs the phrase; write the phrase, or delete the "
                       "key to keep the built-in one", root->keys[i]->text);
    }
    return root;
}

/* The user's wording found by key and by a value's address (tpl_wording,
 * find_wording_entry), the first of a key written twice as ynode_get finds it. */
static void index_user_wording(TemplateSet *set)
{
    const YNode *user = set->user_wording;
    for (size_t i = 0; user && i < user->count; i++) {
        const YNode *key = user->keys[i], *value = user->values[i];
        if (key->kind == YNODE_SCALAR && !tpl_map_get(&set->user_keys, key->text))
            tpl_map_put(set->arena, &set->user_keys, key->text, (void *)value);
        if (value->kind == YNODE_SCALAR && value->text)
            tpl_map_put(set->arena, &set->user_texts,
                        arena_printf(set->arena, "%p", (const void *)value->text),
                        (void *)(uintptr_t)(i + 1));
    }
}

static void load_wording(TemplateSet *set)
{
    set->wording_loaded = 1;
    for (size_t i = 0; i < embedded_templates_count; i++) {
        if (strcmp(embedded_templates[i].name, "wording.yaml") == 0)
            set->builtin_wording = load_wording_text(set, "templates/wording.yaml",
                                                     embedded_templates[i].data,
                                                     embedded_templates[i].len);
    }
    if (!set->user_dir)
        return;
    char *path = arena_printf(set->arena, "%s/wording.yaml", set->user_dir);
    size_t len = 0;
    errno = 0;
    char *data = tpl_read_in_dir(path, set->user_dir, MAX_TEMPLATE_BYTES, &len);
    if (!data) {
        if (errno != ENOENT && errno != ENOTDIR && set->diags)
            diag_error(set->diags, (SrcPos){path, 0, 0}, 0, KH804, "cannot read '%s': %s: check "
                       "the path and that the file is readable", path,
                       tpl_strerror(errno ? errno : EIO));
        return;
    }
    set->user_wording = load_wording_text(set, path, data, len);
    set->user_wording_origin = path;
    free(data);
    index_user_wording(set);
    if (set->user_wording && set->builtin_wording && set->diags) { /* KH806, KH801 */
        yread_unknown_wording(set->diags, set->user_wording, set->builtin_wording);
        wording_names_check(set->diags, set->user_wording, set->builtin_wording);
    }
}

static const YNode *wording_scalar(const YNode *table, const char *key)
{
    const YNode *value = ynode_get(table, key);
    return value && value->kind == YNODE_SCALAR ? value : NULL;
}

const char *tpl_wording(TemplateSet *set, const char *key)
{
    if (!key)
        return NULL;
    if (!set->wording_loaded)
        load_wording(set);
    const char *text = wording_recent_get(set->memo, key); /* asked before */
    const YNode *value = NULL;
    if (!text) {
        value = tpl_map_get(&set->user_keys, key);
        if (value && value->kind != YNODE_SCALAR)
            value = NULL;
    }
    if (!text && !value)
        value = wording_scalar(set->builtin_wording, key);
    if (value) /* `key: ~` is an empty wording, not "~" printed (yread_text) */
        text = wording_recent_put(set, key, yread_text(value));
    if (text)
        return text;
    if (tpl_first_report(set, NULL, key)) {
        if (set->user_wording_origin)
            tpl_report(set, DIAG_ERROR, NULL, 0, 0, KH802, "no wording for key '%s' in '%s' or the "
                   "built-in templates/wording.yaml: add it to the wording file", key,
                   set->user_wording_origin);
        else
            tpl_report(set, DIAG_ERROR, NULL, 0, 0, KH802, "no wording for key '%s' in the built-in "
                   "templates/wording.yaml: add it to a wording.yaml given with --templates", key);
    }
    return NULL;
}

/* The wording entry whose text is exactly text[0..len), with its key, or
 * NULL: the user's found by its address (user_texts), the built-in's few
 * gone over. */
static const YNode *find_wording_entry(const TemplateSet *set, const YNode *table,
                                       const char *text, size_t len, const char **key)
{
    if (!table)
        return NULL;
    if (table == set->user_wording) {
        char addr[2 * sizeof(void *) + 8];
        snprintf(addr, sizeof addr, "%p", (const void *)text);
        size_t i = (size_t)(uintptr_t)tpl_map_get(&set->user_texts, addr);
        if (!i--)
            return NULL;
        const YNode *value = table->values[i];
        if (value->kind != YNODE_SCALAR || value->text != text || value->len != len)
            return NULL;
        *key = table->keys[i]->text;
        return value;
    }
    for (size_t i = 0; i < table->count; i++) {
        const YNode *value = table->values[i];
        if (value->kind == YNODE_SCALAR && value->text == text && value->len == len) {
            *key = table->keys[i]->text;
            return value;
        }
    }
    return NULL;
}

/* The cached parse of a wording entry (so a broken entry is reported once). */
static Parsed *parsed_wording(TemplateSet *set, const YNode *scalar, const char *key)
{
    char addr[2 * sizeof(void *) + 8];
    snprintf(addr, sizeof addr, "%p", (const void *)scalar);
    const char *map_key = NULL;
    Parsed *seen = tpl_map_find(set->arena, &set->parsed, "w", "", addr, &map_key);
    if (seen)
        return seen;
    Parsed *p = arena_alloc(set->arena, sizeof *p);
    p->source.origin = scalar->pos.file;
    p->source.text = scalar->text;
    p->source.len = scalar->len;
    p->source.scalar = scalar;
    p->source.warn_id = arena_printf(set->arena, "%s#%s", scalar->pos.file ? scalar->pos.file : "",
                                     key);
    p->failed = !tpl_parse(set, &p->source, &p->nodes);
    tpl_map_put(set->arena, &set->parsed, map_key, p);
    return p;
}

const YNode *tpl_user_wording(TemplateSet *set)
{
    if (!set->wording_loaded)
        load_wording(set);
    return set->user_wording;
}

int tpl_check_wording(TemplateSet *set)
{
    if (!set->wording_loaded)
        load_wording(set);
    const YNode *user = set->user_wording;
    int problems = 0;
    for (size_t i = 0; user && i < user->count; i++) {
        const YNode *value = user->values[i];
        if (value->kind != YNODE_SCALAR || !memchr(value->text, '{', value->len))
            continue;
        Parsed *p = parsed_wording(set, value, user->keys[i]->text);
        problems += p->failed || tpl_check_partials(set, &p->source, p->nodes);
    }
    return problems ? -1 : 0;
}

/* Loose text is parsed every time; a wording entry (the very pointer
 * tpl_wording returned) once, with positions inside wording.yaml. */
int tpl_render_text(TemplateSet *set, const char *origin, const char *text, size_t len,
                    const TValue *ctx, TplEscape escape, Buf *out)
{
    const char *key = NULL;
    const YNode *scalar = find_wording_entry(set, set->user_wording, text, len, &key);
    if (!scalar)
        scalar = find_wording_entry(set, set->builtin_wording, text, len, &key);
    if (scalar && !memchr(text, '{', len)) { /* no tag (and UTF-8, as loaded) */
        buf_putn(out, text, len);
        return 0;
    }
    if (scalar) {
        Parsed *p = parsed_wording(set, scalar, key);
        if (p->failed)
            return -1;
        return tpl_render_root(set, &p->source, p->nodes, ctx, escape, out);
    }
    TplSource source = {0};
    source.origin = arena_strdup(set->arena, origin ? origin : "<template>");
    source.text = text;
    source.len = len;
    source.warn_id = source.origin;
    TNode *nodes = NULL;
    if (!tpl_parse(set, &source, &nodes))
        return -1;
    return tpl_render_root(set, &source, nodes, ctx, escape, out);
}
