/* tvalue.c - the values a template is rendered against (TValue,
 * template.h): strings, booleans, lists and maps, all in the caller's
 * arena. render*.c build them from the resolved plan; template.c looks
 * names up in them (tv_get_n) and, for a name it does not find, asks
 * for the nearest key ("did you mean", KH801). A map keeps its keys in
 * the order they were first set, so rendering is deterministic.
 * tv_put_escaped writes a string value for an output format (the
 * escaping of template.c's header comment); tv_size counts what a value
 * holds, for the budget of a render (KH807); tv_unprintable says what a
 * value a value tag prints as nothing is, and the section that prints it
 * (KH809: a province's {{issuer}} left the issuer out, s17attack F3).
 * Not a stage; no state but the values.
 */
#include "template.h"

#include <string.h>

#include "i18n.h"
#include "suggest.h"
#include "util.h"

static TValue *tv_new(Arena *arena, TValueKind kind)
{
    TValue *value = arena_alloc(arena, sizeof *value);
    value->kind = kind;
    return value;
}

TValue *tv_string(Arena *arena, const char *s)
{
    TValue *value = tv_new(arena, TV_STRING);
    value->str = arena_strdup(arena, s ? s : "");
    return value;
}

TValue *tv_bool(Arena *arena, int truth)
{
    TValue *value = tv_new(arena, TV_BOOL);
    value->truth = truth ? 1 : 0;
    return value;
}

TValue *tv_list(Arena *arena) { return tv_new(arena, TV_LIST); }

TValue *tv_map(Arena *arena) { return tv_new(arena, TV_MAP); }

/* Makes room for one more item (and key, for a map); the old arrays stay in
 * the arena. */
static void tv_grow(Arena *arena, TValue *value)
{
    if (value->count < value->cap)
        return;
    size_t cap = value->cap ? value->cap * 2 : 8;
    TValue **items = arena_alloc(arena, cap * sizeof *items);
    if (value->count)
        memcpy(items, value->items, value->count * sizeof *items);
    value->items = items;
    if (value->kind == TV_MAP) {
        const char **keys = arena_alloc(arena, cap * sizeof *keys);
        if (value->count)
            memcpy(keys, value->keys, value->count * sizeof *keys);
        value->keys = keys;
    }
    value->cap = cap;
}

/* Appends item to a list; does nothing if list is not a TV_LIST. */
void tv_push(Arena *arena, TValue *list, TValue *item)
{
    if (!list || list->kind != TV_LIST)
        return;
    tv_grow(arena, list);
    list->items[list->count++] = item;
}

/* Sets key in a TV_MAP (nothing for another kind); key is copied. */
void tv_set(Arena *arena, TValue *map, const char *key, TValue *value)
{
    if (!map || map->kind != TV_MAP || !key)
        return;
    for (size_t i = 0; i < map->count; i++) {
        if (strcmp(map->keys[i], key) == 0) {
            map->items[i] = value;
            return;
        }
    }
    tv_grow(arena, map);
    map->keys[map->count] = arena_strdup(arena, key);
    map->items[map->count] = value;
    map->count++;
}

void tv_set_str(Arena *arena, TValue *map, const char *key, const char *s)
{ tv_set(arena, map, key, tv_string(arena, s)); }

TValue *tv_markup(Arena *arena, const char *s, TValueMarkup markup)
{
    TValue *value = tv_string(arena, s);
    value->markup = markup;
    return value;
}

void tv_set_markup(Arena *arena, TValue *map, const char *key, const char *s,
                   TValueMarkup markup)
{ tv_set(arena, map, key, tv_markup(arena, s, markup)); }

TValue *tv_get_n(const TValue *map, const char *key, size_t key_len)
{
    if (!map || map->kind != TV_MAP)
        return NULL;
    for (size_t i = 0; i < map->count; i++) {
        if (strlen(map->keys[i]) == key_len && memcmp(map->keys[i], key, key_len) == 0)
            return map->items[i];
    }
    return NULL;
}

/* NULL if map is NULL, not a map, or lacks key. */
TValue *tv_get(const TValue *map, const char *key)
{
    if (!key)
        return NULL;
    return tv_get_n(map, key, strlen(key));
}

const char *tv_nearest_key(const TValue *map, const char *name)
{
    if (!map || map->kind != TV_MAP || strchr(name, '.'))
        return NULL;
    return suggest_best(name, map->keys, map->count);
}

void tv_put_escaped(Buf *out, const char *s, TplEscape escape)
{
    if (escape == TPL_ESCAPE_NONE) {
        buf_puts(out, s);
        return;
    }
    int line_start = 1; /* nothing but blanks seen since the value began */
    for (const char *p = s; *p; p++) {
        char c = *p;
        if (escape == TPL_ESCAPE_HTML) {
            switch (c) {
            case '&': buf_puts(out, "&amp;"); break;
            case '<': buf_puts(out, "&lt;"); break;
            case '>': buf_puts(out, "&gt;"); break;
            case '"': buf_puts(out, "&quot;"); break;
            case '\'': buf_puts(out, "&#39;"); break;
            default: buf_putc(out, c); break;
            }
            continue;
        }
        if (c == '\n' || c == '\r') {
            /* a value is one line of the document: a line break in it
             * (title: | ...) would end its bold or start a block, so
             * each run of them is a space */
            const char *run = p;
            while (p[1] == '\n' || p[1] == '\r')
                p++;
            if (run != s && p[1]) /* none at either end */
                buf_putc(out, ' ');
            continue;
        }
        if (line_start && (c == ' ' || c == '\t'))
            continue; /* "*{{place}}*" must not become "*   X" (a list item) */
        size_t run = inner_blank_run(s, p);
        if (run) { /* "Số:      /KH": kept as U+00A0 */
            for (size_t k = 0; k < run; k++)
                buf_puts(out, "\xc2\xa0");
            p += run - 1;
            continue;
        }
        size_t digits = line_start ? strspn(p, "0123456789") : 0;
        if (digits && digits <= 9 && (p[digits] == '.' || p[digits] == ')') &&
            strchr(" \t", p[digits + 1])) { /* (the '\0' at the end is in it too) */
            buf_putn(out, p, digits); /* "1. X", "2) X": not a list */
            p += digits;
            c = *p;
            buf_putc(out, '\\');
        } else if (strchr("\\`*_[]<>", c) || (line_start && strchr("#-+=~", c))) {
            buf_putc(out, '\\');
        }
        buf_putc(out, c);
        if (!(c == ' ' || c == '\t'))
            line_start = 0;
    }
}

size_t tv_size(const TValue *value)
{
    if (!value)
        return 0;
    size_t n = 1;
    if (value->kind == TV_LIST || value->kind == TV_MAP)
        for (size_t i = 0; i < value->count; i++)
            n += tv_size(value->items[i]);
    return n;
}

const char *tv_unprintable(const TValue *value, const char *name, Buf *fix)
{
    if (!value || value->kind == TV_STRING)
        return NULL;
    if (value->kind == TV_LIST)
        buf_printf(fix, "{{#%s}}{{.}}{{/%s}}", name, name);
    else
        buf_printf(fix, "{{#%s}}...{{/%s}}", name, name);
    if (value->kind == TV_LIST)
        return _("a list");
    return value->kind == TV_MAP ? _("a group of names") : _("true or false");
}
