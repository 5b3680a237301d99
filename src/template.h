/* template.h - the template engine and the template set.
 *
 * Templates hold what varies between provinces and formats: the document
 * skeleton (templates/plan.md, templates/plan.html), the CSS, and the
 * standard wording (templates/wording.yaml). The syntax is a small
 * Mustache dialect, documented in README.md:
 *
 *   {{name}}          value, escaped for the output format
 *   {{{name}}}        value, raw (for text the renderer already formatted)
 *   {{a.b}}           dotted lookup; {{.}} is the current item
 *   {{#name}}..{{/name}}  section: loops over a list, enters a map, or shows
 *                     once for a non-empty string / true
 *   {{^name}}..{{/name}}  inverted section: shows when missing/empty/false
 *   {{>partial}}      includes another template of the set
 *   {{! comment }}
 *
 * A standalone tag line (only a section/partial/comment tag and whitespace)
 * produces no output line, as in Mustache. Lookups walk outwards through the
 * enclosing contexts. Unknown names render as nothing in raw mode but are
 * reported (KH801) so typos in a province's template are seen.
 *
 * A TemplateSet resolves a name ("plan.md") first in the user's directory
 * (--templates DIR) and then in the copy of templates/ built into khgen.
 */
#ifndef KHGEN_TEMPLATE_H
#define KHGEN_TEMPLATE_H

#include <stddef.h>
#include "diag.h"
#include "util.h"

typedef enum { TV_STRING, TV_BOOL, TV_LIST, TV_MAP } TValueKind;

/* What a string value already is: plain text, which a value tag {{name}}
 * escapes for the page, or text the renderer has already formatted for
 * it (the body, the subject line, a task's lead), which only {{{name}}}
 * prints as meant (KH812). */
typedef enum { TV_TEXT = 0, TV_MARKDOWN, TV_HTML } TValueMarkup;

typedef struct TValue TValue;
struct TValue {
    TValueKind kind;
    const char *str;         /* TV_STRING */
    TValueMarkup markup;     /* TV_STRING: what str is (TV_TEXT unless marked) */
    int truth;               /* TV_BOOL */
    TValue **items;          /* TV_LIST */
    const char **keys;       /* TV_MAP: keys[i] -> items[i] */
    size_t count, cap;
};

/* Constructors; everything is owned by the arena. */
TValue *tv_string(Arena *arena, const char *s);   /* s is copied */
TValue *tv_bool(Arena *arena, int truth);
TValue *tv_list(Arena *arena);
TValue *tv_map(Arena *arena);
void tv_push(Arena *arena, TValue *list, TValue *item);
/* Sets key in map (replaces an existing key); key is copied. */
void tv_set(Arena *arena, TValue *map, const char *key, TValue *value);
void tv_set_str(Arena *arena, TValue *map, const char *key, const char *s);
/* tv_string and tv_set_str of a string the renderer formatted as markup
 * (TV_MARKDOWN or TV_HTML): an escaping value tag over it warns (KH812). */
TValue *tv_markup(Arena *arena, const char *s, TValueMarkup markup);
void tv_set_markup(Arena *arena, TValue *map, const char *key, const char *s,
                   TValueMarkup markup);
TValue *tv_get(const TValue *map, const char *key);
/* The value of key[0..key_len) in map, or NULL (NULL or not a map too). */
TValue *tv_get_n(const TValue *map, const char *key, size_t key_len);
/* The key of map nearest to name (suggest.h: a close misspelling), or
 * NULL: none is close, map is not a map, or name is dotted. Borrowed. */
const char *tv_nearest_key(const TValue *map, const char *name);
/* For a value a value tag ({{name}}) prints as nothing (KH809): what it is,
 * in the language of the messages ("a list", "a group of names", "true or
 * false"), and into fix the section that prints it ({{#name}}{{.}}{{/name}}
 * for a list, {{#name}}...{{/name}} otherwise); NULL for a string. */
const char *tv_unprintable(const TValue *value, const char *name, Buf *fix);

typedef enum { TPL_ESCAPE_NONE, TPL_ESCAPE_HTML, TPL_ESCAPE_MARKDOWN } TplEscape;

/* Appends the string s to out escaped for escape (template.c's header
 * says how: a Markdown value cannot start a block, open emphasis, ...). */
void tv_put_escaped(Buf *out, const char *s, TplEscape escape);
/* How many values value holds, itself included (lists' items and maps'
 * entries, all the way down); 0 for NULL. */
size_t tv_size(const TValue *value);

/* A map from strings to pointers in an arena (tpl_map.c), the template
 * set's lookups by name: start from TplMap m = {0}; keys are borrowed (they
 * must live as long as the arena). tpl_map_put replaces the value of a key
 * it holds; tpl_map_get gives NULL for a key it does not. */
typedef struct TplMap {
    const char **keys;
    void **values;
    uint64_t *hashes;
    size_t cap, count;
} TplMap;
void *tpl_map_get(const TplMap *map, const char *key);
void tpl_map_put(Arena *arena, TplMap *map, const char *key, void *value);
/* tpl_map_get of the key a, b, a byte 0x1f and name written one after
 * another, made on the stack (the heap when long); when the map has no
 * such key, *key gets a copy of it in arena, for tpl_map_put. */
void *tpl_map_find(Arena *arena, const TplMap *map, const char *a, const char *b,
                   const char *name, const char **key);

typedef struct TemplateSet TemplateSet;

/* Creates a set reading overrides from user_dir (NULL for none) and falling
 * back to the built-in templates. Owned by the arena. */
TemplateSet *tpl_set_new(Arena *arena, DiagSink *diags, const char *user_dir);

/* Text of template `name` (user's copy first, else built-in), or NULL if
 * neither exists. *origin receives the path used for diagnostics
 * ("templates/plan.md" or "DIR/plan.md"). Owned by the arena/static. */
const char *tpl_set_text(TemplateSet *set, const char *name, size_t *len, const char **origin);

/* Why the user's copy of template `name` could not be read (an errno:
 * ENODEV for a device or a pipe, EISDIR, EACCES, ...), with *origin its
 * path; 0 when it was read or there is none. */
int tpl_set_read_errno(TemplateSet *set, const char *name, const char **origin);

/* The read_errno of a template that is a link to a file outside the
 * --templates directory (and every --allow-read one): not an errno. */
#define TPL_ERR_OUTSIDE 4096
/* What a template's read_errno says: i18n_strerror's text, or for
 * TPL_ERR_OUTSIDE, and ENODEV and EISDIR (tpl_read_in_dir's words for a
 * pipe or device and a directory), why the file is not read. */
const char *tpl_strerror(int err);
/* (template_names.c) The file at path (in dir, the --templates directory)
 * read by the rules of a plan's includes (readpolicy.h): a regular file
 * (read_file: no device, no FIFO; read to its end, its size not trusted)
 * whose real path lies under dir's or an --allow-read directory. NULL with
 * errno set otherwise: TPL_ERR_OUTSIDE for a file elsewhere, ENOENT for
 * none. */
char *tpl_read_in_dir(const char *path, const char *dir, size_t max_bytes, size_t *len);

/* Renders template `name` with ctx, appending to out. Escapes {{x}} values
 * with `escape`. Returns 0, or -1 after reporting an error (syntax errors
 * with line:col in the template, missing template or partial). */
int tpl_render(TemplateSet *set, const char *name, const TValue *ctx,
               TplEscape escape, Buf *out);

/* Parses template `name` without rendering it: reports its syntax errors
 * (KH803) or its absence (KH804), and a partial it or its partials name
 * that does not exist (KH804), as tpl_render would. Returns 0 if it
 * parses and every partial is found. For `khgen check`, which writes
 * nothing but must still see a broken template. */
int tpl_check(TemplateSet *set, const char *name);

/* The same for each entry of the user's wording.yaml (--templates) that
 * holds a tag: its syntax (KH803) and the partials it names (KH804), which
 * a build meets only when it renders the entry, once per use. Returns 0 if
 * all are found. */
int tpl_check_wording(TemplateSet *set);

/* The user's wording.yaml (--templates) as loaded, a mapping of keys to
 * one-line templates, or NULL (none, or not a mapping): for a check of its
 * values by another module's rules (inline_check_wording). */
const struct YNode *tpl_user_wording(TemplateSet *set);

/* Renders template source text directly (used for one-line wording
 * templates and by tests). origin names it in diagnostics. */
int tpl_render_text(TemplateSet *set, const char *origin, const char *text, size_t len,
                    const TValue *ctx, TplEscape escape, Buf *out);

/* The wording table: templates/wording.yaml, a flat mapping of key -> one-line
 * template ("basis": "Căn cứ {{kind}} số {{number}} ..."). Returns the
 * template text for key (user's file overrides key by key), or NULL after
 * reporting KH802 if no such key exists anywhere. */
const char *tpl_wording(TemplateSet *set, const char *key);

/* Where wording_memo.c keeps the phrases rendered with this set (NULL
 * until it makes its memo), and the arena they live in: the set's. */
struct WordingMemo **tpl_set_memo(TemplateSet *set, Arena **arena);

/* A memo of phrases rendered from the wording table that depend only on the
 * set and on a few numbers the caller packs into key (a deadline's kind
 * and date: "quý II/2025"), so a phrase that thousands of tasks print is
 * rendered once. key 0 is never stored. wording_memo_get appends the
 * phrase for key to out and returns 1, or returns 0 when it has none;
 * wording_memo_put keeps a copy of text[0..len) for key (the set's arena
 * owns it). Neither reports anything. */
int wording_memo_get(TemplateSet *set, unsigned long long key, Buf *out);
void wording_memo_put(TemplateSet *set, unsigned long long key, const char *text, size_t len);

/* 1 if the template name stays inside the templates directory: not empty,
 * not absolute, no empty or ".." part. (template_names.c) */
int tpl_name_is_safe(const char *name);

/* 1 if a section of template template_name ({{#name}}, {{^name}})
 * names what no plan's values can hold for that kind of template (a page
 * .md, a page .html or its .css, docx-styles.xml): a misspelt name, which
 * hides or shows its part whatever the plan (KH811); *hint is then the
 * nearest name of the kind (suggest.h) or NULL. 0 for a known name, "."
 * or a template of no such kind (NULL: a wording entry). (template_names.c) */
int tpl_name_never_held(const char *template_name, const char *name, const char **hint);

/* tpl_wording's recent answers (wording_memo.c), a slot chosen by the key's
 * address (callers pass literals) and taken only when the key's text is
 * equal to the kept copy's. wording_recent_get returns the wording kept
 * for key in memo (a set's, as tpl_set_memo gives it; NULL allowed), or
 * NULL; wording_recent_put keeps text (which must live as long as the set:
 * a wording table's) for a copy of key and returns text. Neither reports
 * anything. */
const char *wording_recent_get(const struct WordingMemo *memo, const char *key);
const char *wording_recent_put(TemplateSet *set, const char *key, const char *text);

/* Built-in templates, generated from templates/ at build time (embedded.c). */
typedef struct EmbeddedFile {
    const char *name;        /* path relative to templates/, e.g. "plan.md" */
    const char *data;
    size_t len;
} EmbeddedFile;
extern const EmbeddedFile embedded_templates[];
extern const size_t embedded_templates_count;

#endif
