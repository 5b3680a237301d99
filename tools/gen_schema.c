/* tools/gen_schema.c - prints the JSON Schema of the plan language
 * (schema/khgen-plan.schema.json, JSON Schema draft-07) from the parser's
 * own key table, src/keys.def (keys.h).
 *
 *     build/release/gen-schema [OUT]        (make schema; stdout without OUT)
 *
 * The plan set (KS_ROOT) is the top level; every KS_DEF set is a
 * definition; KS_FILE sets (presets, registry files) are not part of a
 * plan and are left out. Every key gets its Vietnamese and English
 * descriptions (shown on hover by editors), mappings refuse keys they do
 * not list (additionalProperties: false, as khgen's KH101), REQ keys are
 * required, a NUM key carries its range (minimum, maximum), an ENUM key
 * its words (enum). The output is
 * deterministic: the keys of every object sorted, two spaces of
 * indentation, text as UTF-8 (the layout of Python's json.dumps(indent=2,
 * sort_keys=True, ensure_ascii=False), which wrote the file before).
 * tests/schema regenerates the file and fails if the committed one
 * differs.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "keys.h"

/* ---- a small JSON tree ---------------------------------------------------- */

typedef enum { J_OBJ, J_ARR, J_STR, J_RAW } JKind;

typedef struct J {
    JKind kind;
    char *text;       /* J_STR: the string; J_RAW: the literal (false, 20) */
    char **keys;      /* J_OBJ */
    struct J **items; /* J_OBJ: the values; J_ARR: the items */
    size_t n, cap;
} J;

static void *xalloc(void *p, size_t size)
{
    p = realloc(p, size);
    if (!p) {
        fputs("gen-schema: out of memory\n", stderr);
        exit(2);
    }
    return p;
}

static char *dup(const char *s)
{
    size_t n = strlen(s) + 1;
    return memcpy(xalloc(NULL, n), s, n);
}

static J *j_new(JKind kind, const char *text)
{
    J *j = xalloc(NULL, sizeof *j);
    memset(j, 0, sizeof *j);
    j->kind = kind;
    j->text = text ? dup(text) : NULL;
    return j;
}

static J *j_obj(void) { return j_new(J_OBJ, NULL); }
static J *j_arr(void) { return j_new(J_ARR, NULL); }
static J *j_str(const char *s) { return j_new(J_STR, s); }
static J *j_raw(const char *s) { return j_new(J_RAW, s); }

static void grow(J *j)
{
    if (j->n < j->cap)
        return;
    j->cap = j->cap ? 2 * j->cap : 8;
    j->items = xalloc(j->items, j->cap * sizeof *j->items);
    if (j->kind == J_OBJ)
        j->keys = xalloc(j->keys, j->cap * sizeof *j->keys);
}

/* Appends value to array a; returns a. */
static J *j_push(J *a, J *value)
{
    grow(a);
    a->items[a->n++] = value;
    return a;
}

/* Sets key of object o to value (o takes value); returns o. */
static J *j_set(J *o, const char *key, J *value)
{
    grow(o);
    o->keys[o->n] = dup(key);
    o->items[o->n++] = value;
    return o;
}

static void j_free(J *j)
{
    for (size_t i = 0; i < j->n; i++) {
        j_free(j->items[i]);
        if (j->kind == J_OBJ)
            free(j->keys[i]);
    }
    free(j->items);
    free(j->keys);
    free(j->text);
    free(j);
}

static void put_string(FILE *out, const char *s)
{
    fputc('"', out);
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\')
            fprintf(out, "\\%c", c);
        else if (c == '\n')
            fputs("\\n", out);
        else if (c == '\t')
            fputs("\\t", out);
        else if (c == '\r')
            fputs("\\r", out);
        else if (c < 0x20)
            fprintf(out, "\\u%04x", c);
        else
            fputc(c, out);
    }
    fputc('"', out);
}

static const J *sort_base;
static int by_key(const void *a, const void *b)
{
    return strcmp(sort_base->keys[*(const size_t *)a], sort_base->keys[*(const size_t *)b]);
}

static void indent(FILE *out, int depth)
{
    fputc('\n', out);
    for (int i = 0; i < depth; i++)
        fputs("  ", out);
}

/* Writes j as json.dumps(indent=2, sort_keys=True) does. */
static void j_print(FILE *out, const J *j, int depth)
{
    if (j->kind == J_STR) {
        put_string(out, j->text);
        return;
    }
    if (j->kind == J_RAW) {
        fputs(j->text, out);
        return;
    }
    if (j->n == 0) {
        fputs(j->kind == J_OBJ ? "{}" : "[]", out);
        return;
    }
    size_t *order = xalloc(NULL, j->n * sizeof *order);
    for (size_t i = 0; i < j->n; i++)
        order[i] = i;
    if (j->kind == J_OBJ) {
        sort_base = j;
        qsort(order, j->n, sizeof *order, by_key);
    }
    fputc(j->kind == J_OBJ ? '{' : '[', out);
    for (size_t k = 0; k < j->n; k++) {
        indent(out, depth + 1);
        if (j->kind == J_OBJ) {
            put_string(out, j->keys[order[k]]);
            fputs(": ", out);
        }
        j_print(out, j->items[order[k]], depth + 1);
        if (k + 1 < j->n)
            fputc(',', out);
    }
    indent(out, depth);
    fputc(j->kind == J_OBJ ? '}' : ']', out);
    free(order);
}

/* ---- keys.def's types as JSON Schema ------------------------------------ */

static J *scalar(void)
{
    J *types = j_arr();
    j_push(types, j_str("string"));
    j_push(types, j_str("number"));
    j_push(types, j_str("boolean"));
    j_push(types, j_str("null"));
    return j_set(j_obj(), "type", types);
}

static J *ref(const char *name)
{
    char buf[128];
    snprintf(buf, sizeof buf, "#/definitions/%s", name);
    return j_set(j_obj(), "$ref", j_str(buf));
}

static J *array_of(J *items)
{
    return j_set(j_set(j_obj(), "type", j_str("array")), "items", items);
}

static J *any_of(J *a, J *b)
{
    return j_set(j_obj(), "anyOf", j_push(j_push(j_arr(), a), b));
}

static int failed;

/* The schema of a type of keys.def (type is len bytes long). */
static J *type_schema(const char *type, size_t len, const char *where)
{
    char word[64];
    for (size_t i = 0; i + 4 <= len; i++) { /* "T or U": the loosest */
        if (memcmp(type + i, " or ", 4) != 0)
            continue;
        J *left = type_schema(type, i, where);
        J *right = type_schema(type + i + 4, len - i - 4, where);
        return any_of(left, right);
    }
    if (len >= 8 && strncmp(type, "list of ", 8) == 0)
        return array_of(type_schema(type + 8, len - 8, where));
    const char *bar = memchr(type, '|', len);
    if (bar) { /* one of several: "int|period" */
        J *alts = j_arr();
        for (const char *at = type; at < type + len;) {
            const char *end = memchr(at, '|', (size_t)(type + len - at));
            end = end ? end : type + len;
            j_push(alts, type_schema(at, (size_t)(end - at), where));
            at = end + 1;
        }
        return j_set(j_obj(), "anyOf", alts);
    }
    snprintf(word, sizeof word, "%.*s", (int)len, type);
    if (strcmp(word, "scalar") == 0 || strcmp(word, "word") == 0)
        return scalar();
    if (strcmp(word, "text_or_list") == 0)
        return any_of(scalar(), array_of(scalar()));
    if (strcmp(word, "int") == 0)
        return j_set(j_obj(), "type", j_str("integer"));
    if (strcmp(word, "number") == 0)
        return j_set(j_obj(), "type", j_str("number"));
    if (strcmp(word, "bool") == 0)
        return j_set(j_obj(), "type", j_str("boolean"));
    if (strcmp(word, "date") == 0)
        return j_set(j_set(j_obj(), "pattern", j_str("^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$")), "type",
                     j_push(j_push(j_arr(), j_str("string")), j_str("integer")));
    if (strcmp(word, "deadline") == 0)
        return any_of(scalar(), ref("deadline"));
    if (strcmp(word, "list_of_scalars") == 0) /* a single value is a list of one, as */
        return any_of(scalar(), array_of(scalar())); /* the parser reads it (s13attack) */
    if (strcmp(word, "any") == 0)
        return j_obj();
    if (strcmp(word, "mapping") == 0)
        return j_set(j_obj(), "type", j_str("object"));
    if (strcmp(word, "body") == 0)
        return array_of(j_set(j_obj(), "anyOf",
                              j_push(j_push(j_arr(), j_set(j_obj(), "type", j_str("string"))),
                                     ref("body_entry"))));
    const KeySet *set = keys_set_named(word);
    if (!set || !(set->flags & KS_DEF)) {
        fprintf(stderr, "gen-schema: %s: unknown type '%s' (keys.def)\n", where, word);
        failed = 1;
        return j_obj();
    }
    return ref(word);
}

static J *description(const char *vi, const char *en, const char *where)
{
    if (!vi || !*vi || !en || !*en) {
        fprintf(stderr, "gen-schema: %s needs a Vietnamese and an English description\n", where);
        failed = 1;
    }
    size_t n = strlen(vi) + strlen(en) + 3;
    char *text = xalloc(NULL, n);
    snprintf(text, n, "%s\n\n%s", vi, en);
    J *j = j_str(text);
    free(text);
    return j;
}

/* The schema of one key. */
static J *key_schema(const KeySet *set, const KeyDef *key)
{
    char where[128];
    snprintf(where, sizeof where, "%s.%s", set->name, key->name);
    J *s;
    if (key->flags & KEY_ENUM) { /* one of its words (khgen: KH605, KH106) */
        J *words = j_arr();
        for (size_t i = 0; key->words[i]; i++)
            j_push(words, j_str(key->words[i]));
        s = j_set(j_obj(), "enum", words);
    } else {
        s = type_schema(key->type, strlen(key->type), where);
    }
    if (s->n == 1 && strcmp(s->keys[0], "$ref") == 0) /* draft-07 ignores siblings of $ref */
        s = j_set(j_obj(), "allOf", j_push(j_arr(), s));
    if (key->flags & KEY_RANGE) { /* khgen refuses a value outside it (KH112) */
        char num[32];
        snprintf(num, sizeof num, "%g", key->min);
        j_set(s, "minimum", j_raw(num));
        snprintf(num, sizeof num, "%g", key->max);
        j_set(s, "maximum", j_raw(num));
    }
    return j_set(s, "description", description(key->vi, key->en, where));
}

/* Adds the schema of a mapping of set's keys to o (an object). */
static J *set_schema(J *o, const KeySet *set)
{
    J *props = j_obj(), *required = j_arr();
    for (size_t i = 0; i < set->n_keys; i++) {
        j_set(props, set->keys[i].name, key_schema(set, &set->keys[i]));
        if (set->keys[i].flags & KEY_REQUIRED)
            j_push(required, j_str(set->keys[i].name));
    }
    j_set(o, "type", j_str("object"));
    j_set(o, "description", description(set->vi, set->en, set->name));
    j_set(o, "properties", props);
    j_set(o, "additionalProperties", j_raw("false"));
    if (required->n)
        j_set(o, "required", required);
    else
        j_free(required);
    return o;
}

/* The whole schema. */
static J *plan_schema(void)
{
    J *top = j_obj(), *defs = j_obj();
    j_set(top, "$schema", j_str("http://json-schema.org/draft-07/schema#"));
    j_set(top, "title", j_str("khgen plan (Kế hoạch)"));
    for (size_t i = 0; i < KEYSET_COUNT; i++) {
        const KeySet *set = keys_set((KeySetId)i);
        if (set->flags & KS_ROOT)
            set_schema(top, set);
        else if (set->flags & KS_DEF)
            j_set(defs, set->name, set_schema(j_obj(), set));
    }
    /* a body entry is a task when it has `task:`, a table when it has
     * `table:`, else an entry */
    J *entry = j_obj(), *not_task = j_obj();
    j_set(entry, "description", j_str("Một mục của nội dung, một nhiệm vụ hoặc một bảng\n\nA body entry, a task or a table"));
    j_set(entry, "type", j_str("object"));
    j_set(entry, "if", j_set(j_obj(), "required", j_push(j_arr(), j_str("task"))));
    j_set(entry, "then", ref("task"));
    j_set(not_task, "if", j_set(j_obj(), "required", j_push(j_arr(), j_str("table"))));
    j_set(not_task, "then", ref("table"));
    j_set(not_task, "else", ref("entry"));
    j_set(entry, "else", not_task);
    j_set(defs, "body_entry", entry);
    j_set(top, "definitions", defs);
    return top;
}

int main(int argc, char **argv)
{
    if (argc > 2) {
        fputs("usage: gen-schema [OUT]\n", stderr);
        return 2;
    }
    J *schema = plan_schema();
    if (failed) {
        j_free(schema);
        return 1;
    }
    FILE *out = argc == 2 ? fopen(argv[1], "w") : stdout;
    if (!out) {
        perror(argv[1]);
        j_free(schema);
        return 1;
    }
    j_print(out, schema, 0);
    fputc('\n', out);
    j_free(schema);
    if (ferror(out) | (out != stdout ? fclose(out) : fflush(out))) {
        fputs("gen-schema: write error\n", stderr);
        return 1;
    }
    return 0;
}
