/* include.c - shared registries: the plan's `include:` list, merged into
 * the plan's tree between load and parse.
 *
 * A plan may write `include: [registry.yaml]`. Each file is read with the
 * ordinary loader (so its text is registered with the diagnostics sink and
 * errors inside it point at its own lines), must be a mapping holding only
 * `units`, `levels`, `localities`, `import` and further `include`s (and a
 * `suppress:` of the warnings at its own lines, which a plan's cannot
 * reach), and its
 * entries are appended, in the order of the list, to one merged list per
 * key; the plan's own entries come last. The merged lists then replace the
 * plan's own in the tree, so parse.c reads one plan and reports duplicate
 * ids across files with both places (KH200), as it does within one file.
 *
 * What may be included is the plan's read policy (readpolicy.h), shared
 * with import: a regular file (not a directory, a device or a FIFO, which
 * would block the read) whose real path lies inside the directory of the
 * plan given on the command line (or an --allow-read DIR), read once.
 * Includes nest (a district registry including the province's catalogs);
 * a file that includes itself, directly or through others, is a cycle
 * (KH133), and nesting and the number of files are capped so a hostile
 * chain costs little. A file named a second time (by another path, a link
 * or a second route) is merged once and the second naming is a warning
 * (KH416); a file that is not a registry at all (a whole plan: it has
 * `body:`, or more other keys than registry keys) is one error naming it
 * (KH033), its lines not shown; a registry with a stray key is KH134. An `import:` path written in an included file is
 * relative to that file; it is rewritten relative to the plan, where
 * catalog.c resolves imports.
 */
#include "include.h"

#include "longpath.h"
#include "readpolicy.h"
#include "shquote.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "check_suppress.h"
#include "i18n.h"
#include "keys.h"
#include "yread.h"

enum { MAX_INCLUDE_DEPTH = 16, MAX_INCLUDED_FILES = 256 };

/* The keys of a registry file are keys.def's include set: `include`
 * first, then the registries merged into the plan (units, levels,
 * localities, import), each at its index here + 1, then `suppress`, the
 * registry's own. A file with none of the MARK keys (all but `suppress`)
 * is not a registry. */
enum { N_MERGED = 4 };
#define merged_keys (keys_names(KEYSET_INCLUDE) + 1)

typedef struct Merge {
    Arena *arena;
    DiagSink *diags;
    ReadPolicy *reads;                /* the plan's read policy */
    const char *stack[MAX_INCLUDE_DEPTH + 2]; /* real paths of the files being read */
    const char *stack_name[MAX_INCLUDE_DEPTH + 2];
    size_t depth;
    size_t n_files;                   /* files read, each once */
    StrSet files;                     /* their identities, "dev:ino" (arena): a
                                         file named again, by a link or a hard
                                         link, is not counted again */
    const char **first_from;          /* malloc'd: for each file (the value
                                         files holds), the file whose include
                                         named it first */
    size_t n_first, cap_first;
    YNode **items[N_MERGED];          /* malloc'd merged entries per key */
    size_t n_items[N_MERGED], cap_items[N_MERGED];
    int errors;
} Merge;

/* The directory part of path ("" for a bare name), in the arena. */
static const char *dir_of(Arena *arena, const char *path)
{
    const char *slash = strrchr(path, '/');
    if (!slash)
        return "";
    if (slash == path)
        return "/";
    return arena_strndup(arena, path, (size_t)(slash - path));
}

/* dir/name, or name when it is absolute or dir is empty. */
static const char *join(Arena *arena, const char *dir, const char *name)
{
    if (name[0] == '/' || !*dir)
        return arena_strdup(arena, name);
    if (strcmp(dir, "/") == 0)
        return arena_printf(arena, "/%s", name);
    return arena_printf(arena, "%s/%s", dir, name);
}

static int is_shipped_name(const char *entry)
{
    size_t n = strlen(entry);
    return !strchr(entry, '/') && !(n > 5 && strcmp(entry + n - 5, ".yaml") == 0) &&
           !(n > 4 && strcmp(entry + n - 4, ".yml") == 0);
}

static int span(const Merge *m, const YNode *node)
{
    return diag_token_chars(m->diags, node->pos);
}

static void add_item(Merge *m, int key, YNode *item)
{
    if (m->n_items[key] == m->cap_items[key]) {
        m->cap_items[key] = m->cap_items[key] ? 2 * m->cap_items[key] : 32;
        m->items[key] = xrealloc(m->items[key], m->cap_items[key] * sizeof *m->items[key]);
    }
    m->items[key][m->n_items[key]++] = item;
}

/* An import entry of an included file, its path made relative to the plan
 * (rel is the included file's directory relative to the plan's). */
static YNode *rebase_import(Merge *m, YNode *entry, const char *rel)
{
    if (entry->kind != YNODE_SCALAR || !*entry->text || is_shipped_name(entry->text) || !*rel)
        return entry;
    YNode *copy = arena_alloc(m->arena, sizeof *copy);
    *copy = *entry;
    copy->text = join(m->arena, rel, entry->text);
    copy->len = strlen(copy->text);
    return copy;
}

static void expand(Merge *m, const char *file, const char *rel, YNode *root);

/* A registry's own `suppress:` (list, or NULL: none): each warning code
 * silenced at the registry's lines, file, as a plan's silences its own
 * (suppress_entry: an unknown code or an error's is said there, and the
 * registry's entries are merged all the same). A
 * province's registry importing its communes' catalog and its villages'
 * (KH417, codes 1-5 in both, on purpose) warned in every plan that
 * includes it, which a plan's `suppress` cannot reach (KH123): under
 * -Werror every commune's plan was refused, with nothing to write
 * (s49it F1). */
static void registry_suppress(Merge *m, const YNode *list, const char *file)
{
    if (!list || (list->kind == YNODE_SCALAR && yread_is_blank(list->text)))
        return; /* `suppress: ~`: yread_null_values said it */
    if (list->kind == YNODE_SCALAR) { /* a list of one, as a plan's */
        suppress_entry(m->diags, list, list->text, file, NULL);
        return;
    }
    if (list->kind != YNODE_SEQ) {
        diag_error(m->diags, list->pos, span(m, list), KH102,
                   "'%s' must be a list, not %s: write each entry on a line of its own, "
                   "starting with '- '", "suppress", ynode_kind_name(list));
        m->errors++;
        return;
    }
    for (size_t i = 0; i < list->count; i++) {
        /* an entry that is no text ("- {code: KH417}", "- [KH417]") is
         * KH102, as in a plan's: it was dropped without a word, the
         * registry's author left believing it silenced (s50review) */
        const char *code = yread_scalar(m->diags, list->items[i], "suppress", KH102);
        if (!code)
            m->errors++;
        else /* an unknown code: KH111 there, the plan read on */
            suppress_entry(m->diags, list->items[i], code, file, NULL);
    }
}

/* 1 if key is a registry's key with its first letter a capital
 * ("Include:"), which yread_meant_keys reported and left as written. */
static int capital_of_key(const char *key)
{
    char lower[16];
    size_t n = strlen(key);
    if (n == 0 || n >= sizeof lower || key[0] < 'A' || key[0] > 'Z')
        return 0;
    memcpy(lower, key, n + 1);
    lower[0] = (char)(lower[0] - 'A' + 'a');
    return keys_find(KEYSET_INCLUDE, lower) != NULL;
}

/* Whether a mapping read as an included file is a registry, perhaps with a
 * stray key (reported key by key, KH134), rather than a file of another
 * kind (KH033): it has no `body:` (which makes it a plan) and its keys of
 * a registry are at least as many as its other keys. */
static int looks_like_registry(const YNode *map)
{
    size_t registry = 0, other = 0;
    for (size_t i = 0; i < map->count; i++) {
        const char *key = map->keys[i]->text;
        if (strcmp(key, "body") == 0)
            return 0;
        if (keys_find(KEYSET_INCLUDE, key))
            registry++;
        else
            other++;
    }
    return registry >= other;
}

/* KH133 when the include at entry meets a limit (known: its file was
 * read before, and is not counted again): 1 then. Which limit, and what
 * to do about it, said apart: "more than 256 files, or nested deeper than
 * 16" left the user to count both (s36low). */
static int over_limits(Merge *m, const YNode *entry, int known)
{
    if (m->depth > MAX_INCLUDE_DEPTH) {
        diag_error(m->diags, entry->pos, span(m, entry), KH133,
                   "includes nested deeper than %d levels (this one would be level %zu below "
                   "'%s'): move the includes up, the plan naming more of the "
                   "registries itself",
                   MAX_INCLUDE_DEPTH, m->depth, m->stack_name[0]);
        m->errors++;
        return 1;
    }
    if (!known && m->n_files >= MAX_INCLUDED_FILES) {
        diag_error(m->diags, entry->pos, span(m, entry), KH133,
                   "more than %d files included: put the registries in fewer files",
                   MAX_INCLUDED_FILES);
        m->errors++;
        return 1;
    }
    return 0;
}

/* Counts the file whose identity is id, first named by file's include. */
static void count_file(Merge *m, const char *id, const char *file)
{
    m->n_files++;
    if (m->n_first == m->cap_first) {
        m->cap_first = m->cap_first ? 2 * m->cap_first : 16;
        m->first_from = xrealloc(m->first_from, m->cap_first * sizeof *m->first_from);
    }
    m->first_from[m->n_first] = file;
    strset_add(&m->files, id, m->n_first++);
}

/* KH416 at entry, which names again the file path (identity id) read
 * before by file itself (the includer): a slip, "remove this include".
 * Reached again through another file's list (a diamond: the plan includes
 * a and b, each of which includes c; or the plan includes c and a, which
 * includes c) it is read once and not warned: each registry names what it
 * needs, so that it works alone in the plans that include it alone. The
 * warning there told to break one of them ("make one registry include the
 * other, or include the shared file in the plan and in neither"), and the
 * plan could not silence it: -Werror refused a correct plan (s48attack;
 * s36low had made it name the other includer). */
static void named_again(Merge *m, const char *file, const char *id, const YNode *entry,
                        const char *path)
{
    size_t first = strset_find(&m->files, id);
    const char *from = first < m->n_first ? m->first_from[first] : NULL;
    if (!from || !file || strcmp(from, file) == 0)
        diag_warning(m->diags, entry->pos, span(m, entry), KH416,
                     "'%s' is the file '%s' included before; it is read once: remove this "
                     "include",
                     entry->text, path);
}

/* Reads the file one `include:` entry names and merges it. */
static void include_one(Merge *m, const char *file, const char *rel, const YNode *entry)
{
    if (entry->kind != YNODE_SCALAR || !*yread_text(entry)) { /* `- ~` too */
        diag_error(m->diags, entry->pos, span(m, entry), KH130,
                   "an include is the path of a registry file, not %s: write the path as text",
                   entry->kind != YNODE_SCALAR ? ynode_kind_name(entry)
                   : entry->style == YSTYLE_QUOTED ? _("an empty string")
                                                   : _("an empty value"));
        m->errors++;
        return;
    }
    /* what may be read, and how, is the read policy's (readpolicy.h) */
    ReadTarget target;
    if (readpolicy_resolve(m->reads, m->diags, file, entry->text, entry->pos, span(m, entry),
                           "included file", &target) != 0) {
        m->errors++;
        return;
    }
    const char *path = target.path;
    for (size_t k = 0; k < m->depth; k++) {
        if (strcmp(m->stack[k], target.real) != 0)
            continue;
        diag_error(m->diags, entry->pos, span(m, entry), KH133,
                   "include cycle: '%s' is already being read (it is on the chain of "
                   "includes from '%s'); remove this include",
                   path, m->stack_name[0]);
        m->errors++;
        return;
    }
    /* files, not entries, each by its identity: 257 entries naming one (its
     * KH416s), or its 257 hard links, were "more than 256 files" (s30fixlow) */
    const char *id = arena_printf(m->arena, "%llx:%llx", target.dev, target.ino);
    int known = strset_find(&m->files, id) != (size_t)-1;
    if (over_limits(m, entry, known))
        return;
    if (!known)
        count_file(m, id, file);
    ReadResult got;
    if (readpolicy_read(m->reads, m->diags, &target, entry->pos, span(m, entry), "included file",
                        keys_markers(KEYSET_INCLUDE), &got) != 0) {
        m->errors++;
        return;
    }
    if (got.again) {
        /* the same real file named again (./a.yaml, a link, a second
         * route): its entries are merged once, and the README promises a
         * warning for the second naming, as for a catalog imported twice */
        named_again(m, file, id, entry, got.path);
        return;
    }
    YNode *child = got.root;
    if (child->kind != YNODE_MAP) {
        diag_error(m->diags, child->pos, 1, KH134,
                   "an included file is a mapping of units, levels, localities and import, not "
                   "%s: check that it is the registry file",
                   ynode_kind_name(child));
        diag_note(m->diags, entry->pos, "included from here");
        m->errors++;
        return;
    }
    /* `Units:` (AutoCorrect's capital) or a key typed with the input
     * method on: one message, read as meant, as in a plan; it was "not an
     * included file ... check the path" (KH033) or "'Units' cannot be in
     * an included file" (KH134, s41attack) */
    m->errors += yread_meant_keys(m->diags, child, keys_names(KEYSET_INCLUDE), KH101,
                                  N_("an included registry"));
    if (!looks_like_registry(child)) {
        /* a whole plan, or some other YAML: one error naming the file,
         * none of its lines (the read policy's rule) */
        readpolicy_not_of_kind(m->diags, path, entry->pos, span(m, entry), "included file",
                               keys_markers(KEYSET_INCLUDE));
        m->errors++;
        return;
    }
    for (size_t i = 0; i < child->count; i++) {
        const char *key = child->keys[i]->text;
        if (keys_find(KEYSET_INCLUDE, key) || capital_of_key(key))
            continue;
        diag_error(m->diags, child->keys[i]->pos, span(m, child->keys[i]), KH134,
                   "'%s' cannot be in an included file, which holds only units, levels, "
                   "localities, import, include and suppress: move it into the plan",
                   key);
        diag_note(m->diags, entry->pos, "included from here");
        m->errors++;
    }
    const char *child_rel = join(m->arena, rel, dir_of(m->arena, entry->text));
    if (entry->text[0] != '/' && !*dir_of(m->arena, entry->text))
        child_rel = rel;
    m->stack[m->depth] = target.real;
    m->stack_name[m->depth] = path;
    m->depth++;
    /* a registry's `units: ~`: as in a plan, not "must be a list, not a string" */
    m->errors += yread_null_values(m->diags, child, KEYSET_INCLUDE, KH107);
    registry_suppress(m, ynode_get(child, "suppress"), child->pos.file);
    expand(m, path, child_rel, child);
    m->depth--;
    for (int key = 0; key < N_MERGED; key++) {
        YNode *list = ynode_get(child, merged_keys[key]);
        if (!list)
            continue;
        int is_import = strcmp(merged_keys[key], "import") == 0;
        if (is_import && list->kind == YNODE_SCALAR) {
            add_item(m, key, rebase_import(m, list, child_rel));
            continue;
        }
        if (list->kind != YNODE_SEQ) {
            diag_error(m->diags, list->pos, span(m, list), KH102, "'%s' must be a list, not %s: "
                       "write each entry on a line of its own, starting with '- '",
                       merged_keys[key], ynode_kind_name(list));
            m->errors++;
            continue;
        }
        for (size_t i = 0; i < list->count; i++)
            add_item(m, key, is_import ? rebase_import(m, list->items[i], child_rel)
                                       : list->items[i]);
    }
}

/* root's include: and import: paths as written: a tab the loader read as
 * a space, as in every text (KH026), is a file name's (ynode_path_text);
 * KH026, which says a text prints it as a space, is not said of a path:
 * the file looked for holds the tab, and when there is none, KH001 names
 * it with its tab ('tab\x09x.yaml') */
static void paths_as_written(DiagSink *diags, YNode *root)
{
    static const char *const keys[] = {"include", "import"};
    for (size_t k = 0; k < sizeof keys / sizeof keys[0]; k++) {
        YNode *v = ynode_get(root, keys[k]);
        size_t n = !v ? 0 : v->kind == YNODE_SEQ ? v->count : 1;
        for (size_t i = 0; i < n; i++) {
            YNode *e = v->kind == YNODE_SEQ ? v->items[i] : v;
            if (e->kind == YNODE_SCALAR && (e->key_bits & YNODE_TABS_SPACED)) {
                SrcPos end = ynode_end(e);
                diag_suppress_span(diags, "KH026", e->pos.file, e->pos.line, e->pos.col,
                                   end.line, end.col);
                e->text = ynode_path_text(e);
                e->key_bits = 0;
            }
        }
    }
}

/* Reads the includes of root (the tree of file). */
static void expand(Merge *m, const char *file, const char *rel, YNode *root)
{
    if (root->kind == YNODE_MAP)
        paths_as_written(m->diags, root);
    const YNode *inc = ynode_get(root, "include");
    if (!inc)
        return;
    if (inc->kind == YNODE_SCALAR) {
        include_one(m, file, rel, inc);
        return;
    }
    if (inc->kind != YNODE_SEQ) {
        diag_error(m->diags, inc->pos, 1, KH130,
                   "'include' is a list of registry files, not %s: write each path on a line of "
                   "its own, starting with '- '", ynode_kind_name(inc));
        m->errors++;
        return;
    }
    for (size_t i = 0; i < inc->count; i++)
        include_one(m, file, rel, inc->items[i]);
}

/* Puts the merged entries of key before root's own. */
static void splice(Merge *m, YNode *root, int key)
{
    size_t n = m->n_items[key];
    if (n == 0)
        return;
    YNode *own = ynode_get(root, merged_keys[key]);
    if (own && own->kind == YNODE_SCALAR && strcmp(merged_keys[key], "import") == 0) {
        /* import: name  ->  the same as import: [name] */
        for (size_t i = 0; i < root->count; i++) {
            if (root->values[i] != own)
                continue;
            YNode *seq = arena_alloc(m->arena, sizeof *seq);
            seq->kind = YNODE_SEQ;
            seq->pos = own->pos;
            seq->end = own->end;
            seq->items = arena_alloc(m->arena, sizeof *seq->items);
            seq->items[0] = own;
            seq->count = 1;
            root->values[i] = seq;
            own = seq;
            break;
        }
    }
    if (own && own->kind != YNODE_SEQ)
        return; /* parse.c reports the plan's own mistake */
    size_t n_own = own ? own->count : 0;
    YNode **items = arena_alloc(m->arena, (n + n_own + 1) * sizeof *items);
    memcpy(items, m->items[key], n * sizeof *items);
    if (n_own)
        memcpy(items + n, own->items, n_own * sizeof *items);
    if (own) {
        own->items = items;
        own->count = n + n_own;
        return;
    }
    YNode *k = arena_alloc(m->arena, sizeof *k);
    k->kind = YNODE_SCALAR;
    k->pos = root->pos;
    k->end = (YLineCol){root->pos.line, root->pos.col};
    k->text = merged_keys[key];
    k->len = strlen(k->text);
    YNode *seq = arena_alloc(m->arena, sizeof *seq);
    seq->kind = YNODE_SEQ;
    seq->pos = items[0]->pos;
    /* an end is in the file of its node's start (load.h) */
    seq->end = items[n - 1]->pos.file == seq->pos.file ? items[n - 1]->end : items[0]->end;
    seq->items = items;
    seq->count = n;
    /* the keys yread_null_values reported stay after the others (load.h) */
    size_t gone = root->len;
    YNode **keys = arena_alloc(m->arena, (root->count + gone + 1) * sizeof *keys);
    YNode **values = arena_alloc(m->arena, (root->count + gone + 1) * sizeof *values);
    if (root->count) {
        memcpy(keys, root->keys, root->count * sizeof *keys);
        memcpy(values, root->values, root->count * sizeof *values);
    }
    keys[root->count] = k;
    values[root->count] = seq;
    if (gone) {
        memcpy(keys + root->count + 1, root->keys + root->count, gone * sizeof *keys);
        memcpy(values + root->count + 1, root->values + root->count, gone * sizeof *values);
    }
    if (root->key_bits)
        root->key_bits |= (uint16_t)ynode_key_bit(k->text, k->len);
    root->keys = keys;
    root->values = values;
    root->count++;
}

int include_merge(Arena *arena, DiagSink *diags, const char *plan_file, YNode *root)
{
    if (!root || root->kind != YNODE_MAP || !ynode_get(root, "include"))
        return 0;
    const KeySet *set = keys_set(KEYSET_INCLUDE);
    if (set->n_keys != N_MERGED + 2 || strcmp(set->keys[0].name, "include") != 0 ||
        strcmp(set->keys[N_MERGED + 1].name, "suppress") != 0)
        abort(); /* keys.def's include set is not what this file merges */
    /* the plan's `import: ~`: reported once, not the name "~" merged with
     * the registries' (yread_null_values, which parse.c would do later) */
    Merge m = {.arena = arena, .diags = diags};
    m.errors += yread_null_values(diags, root, KEYSET_PLAN, KH107);
    m.reads = readpolicy_new(arena, plan_file);
    /* the plan's real path, for a cycle back to it; git's diff driver
     * reads an old version under the plan's path, which a deleted or
     * renamed plan no longer has: its includes still resolve beside that
     * path (they were skipped without a word, and every id they define
     * was reported unknown), and no include can be the plan itself */
    int is_real; /* a stand-in for a real path past PATH_MAX, as includes get */
    const char *self = longpath_identity(arena, plan_file, &is_real);
    m.stack[0] = self ? self : arena_strdup(arena, plan_file);
    m.stack_name[0] = plan_file;
    m.depth = 1;
    expand(&m, plan_file, "", root);
    for (int key = 0; key < N_MERGED; key++) {
        splice(&m, root, key);
        free(m.items[key]);
    }
    strset_free(&m.files);
    free(m.first_from);
    return m.errors;
}

YNode *load_plan_split(Arena *arena, Arena *nodes, DiagSink *diags, const char *path)
{
    /* a pipe or a device as the plan would block the read (a FIFO without
     * a writer, a terminal) or never end: refused as the read policy
     * refuses them for includes (KH031); a directory too, as every other
     * path khgen reads says it (it was KH001 "Is a directory": s38attack) */
    struct stat st;
    if (stat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
        SrcPos whole = {arena_strdup(arena, path), 0, 0};
        readpolicy_not_regular(diags, whole, 0, N_("the plan"), path, st.st_mode);
        if (S_ISDIR(st.st_mode)) { /* `khgen build -o out xa`: s43user F18 */
            size_t n = strlen(path);
            while (n > 1 && path[n - 1] == '/')
                n--;
            const char *dir = sh_quoted(arena, arena_strndup(arena, path, n));
            diag_note(diags, whole,
                      "to name every plan of a directory, use a pattern the shell expands: "
                      "%s/*.yaml (%s/*/*.yaml: a directory per commune)",
                      dir, dir);
        }
        return NULL;
    }
    LoadLimits limits = load_default_limits();
    limits.root_map_only = 1; /* parse refuses any other root (KH100) */
    YNode *root = load_file_split(arena, nodes, diags, path, &limits);
    /* an include that cannot be read is fatal, as a missing header is to a
     * C compiler: what it would define is unknown, so every use of it would
     * be reported as unknown, one follow-on error per use */
    if (root && include_merge(arena, diags, root->pos.file ? root->pos.file : path, root) > 0)
        return NULL;
    return root;
}

YNode *load_plan(Arena *arena, DiagSink *diags, const char *path)
{
    return load_plan_split(arena, arena, diags, path);
}

int load_failure_status(const char *path)
{
    struct stat st;
    if (stat(path, &st) != 0 || !S_ISREG(st.st_mode))
        return 3;
    return 1;
}
