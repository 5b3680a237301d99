/* init_registry.c - the shared registry that `khgen init --include
 * REGISTRY` starts a plan with (the README's repository of communes'
 * plans, s18user L2): reading it under the plans' read policy (a FIFO, a
 * whole plan, a file -o would overwrite are refused) and leaving out of the
 * skeleton what it holds already, each unit, level and locality of the
 * same id (KH200 in every plan otherwise) and each unit of the same name
 * under another id (KH257), whose tasks then name the registry's unit.
 * Moved out of init.c, which keeps the skeleton itself. A registry that
 * lists the places a skeleton would add placeholders for, a province's
 * communes or a commune's own thôn, is read for them here too: the
 * skeleton then counts the registry's places (s52user, s53user).
 */
#include "init_registry.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <limits.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"
#include "diag.h"
#include "i18n.h"
#include "include.h"
#include "keys.h"
#include "load.h"
#include "localgov.h"
#include "readpolicy.h"
#include "vi.h"

enum { EXIT_OK = INIT_EXIT_OK, EXIT_USAGE = INIT_EXIT_USAGE, EXIT_IO = INIT_EXIT_IO };

/* The entry of list (a registry's merged units or levels) of id, or NULL. */
static const YNode *entry_of(const YNode *list, const char *id, size_t id_len)
{
    for (uint32_t i = 0; list && list->kind == YNODE_SEQ && i < list->count; i++) {
        const YNode *v = list->items[i]->kind == YNODE_MAP ? ynode_get(list->items[i], "id") : NULL;
        if (v && v->kind == YNODE_SCALAR && v->len == id_len && memcmp(v->text, id, id_len) == 0)
            return list->items[i];
    }
    return NULL;
}

/* Whether list (a registry's merged units or levels) has an entry of id. */
static int defines(const YNode *list, const char *id, size_t id_len)
{
    return entry_of(list, id, id_len) != NULL;
}

/* A name as KH257 reads it (vi_put_name_key: spaces, capitals, dashes
 * and the tone mark's place folded), into key (reset first). */
static void put_name_key(Buf *key, Arena *arena, const char *name)
{
    buf_reset(key);
    vi_put_name_key(key, arena, name);
}

/* The name a skeleton's line writes after "name: " at p, as the plan reads
 * it: a quoted one ("Phòng Kinh tế, Hạ tầng và Đô thị") whole, without its
 * quotes, a plain one up to its ',' or '}'. Returns it in the arena. The
 * quoted name was cut at its comma, `"Phòng Kinh tế`, which no registry's
 * name reads as: the skeleton kept its unit beside the registry's of that
 * name, KH257 at once (s51province F1). */
static const char *skeleton_name(Arena *arena, const char *p)
{
    if (*p == '"') {
        size_t len = strcspn(p + 1, "\"\n");
        return arena_strndup(arena, p + 1, len);
    }
    return arena_strndup(arena, p, strcspn(p, ",}\n"));
}

/* The id of the entry of list (a registry's merged units) whose name reads
 * as the skeleton's name (KH257's way), or NULL. */
static const char *same_name(Arena *arena, const YNode *list, const char *name)
{
    Buf want = {0}, have = {0};
    put_name_key(&want, arena, name);
    const char *found = NULL;
    for (uint32_t i = 0; list && list->kind == YNODE_SEQ && i < list->count && !found; i++) {
        const YNode *e = list->items[i];
        const YNode *n = e->kind == YNODE_MAP ? ynode_get(e, "name") : NULL;
        const YNode *id = e->kind == YNODE_MAP ? ynode_get(e, "id") : NULL;
        if (!n || n->kind != YNODE_SCALAR || !id || id->kind != YNODE_SCALAR || !*id->text)
            continue;
        put_name_key(&have, arena, n->text);
        if (strcmp(buf_str(&have), buf_str(&want)) == 0)
            found = id->text;
    }
    buf_free(&want);
    buf_free(&have);
    return found;
}

/* The name of the registry's entry e when it names another body than the
 * skeleton's name (KH257's reading), else NULL: the registry's "mttq" of a
 * province ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh") is not a commune's
 * "mttq". An entry without a name is the same (nothing to tell apart). */
static const char *other_body(Arena *arena, const YNode *e, const char *name)
{
    const YNode *n = e ? ynode_get(e, "name") : NULL;
    if (!n || n->kind != YNODE_SCALAR || !*n->text)
        return NULL;
    Buf want = {0}, have = {0};
    put_name_key(&want, arena, name);
    put_name_key(&have, arena, n->text);
    int same = strcmp(buf_str(&want), buf_str(&have)) == 0;
    buf_free(&want);
    buf_free(&have);
    return same ? NULL : n->text;
}

/* Appends to kept the skeleton's unit line (line[0..len), its id at
 * id[0..id_len)) under an id of its own, "ID-SUFFIX" ("mttq-xa"; then
 * "-2", "-3", ... while list defines it), after a TODO comment naming the
 * registry's unit of its id, theirs; appends "ID\tNEW\n" to renames, so
 * that the skeleton's tasks name the plan's own unit. */
static void keep_renamed(Buf *kept, Buf *renames, const YNode *list, const char *line,
                         size_t len, const char *id, size_t id_len, const char *suffix,
                         const char *theirs)
{
    Buf fresh = {0};
    buf_printf(&fresh, "%.*s-%s", (int)id_len, id, suffix);
    size_t base_len = fresh.len;
    for (int n = 2; defines(list, buf_str(&fresh), fresh.len); n++) {
        fresh.len = base_len;
        buf_printf(&fresh, "-%d", n);
    }
    buf_puts(kept, "  # TODO: ");
    buf_printf(kept, _("the registry's unit '%.*s' is '%s', not this plan's own: the tasks here "
                       "name this plan's as '%s'; name the registry's where it is meant"),
               (int)id_len, id, theirs, buf_str(&fresh));
    buf_putc(kept, '\n');
    buf_putn(kept, line, (size_t)(id - line));
    buf_puts(kept, buf_str(&fresh));
    buf_putn(kept, id + id_len, len - (size_t)(id + id_len - line));
    buf_putc(kept, '\n');
    buf_printf(renames, "%.*s\t%s\n", (int)id_len, id, buf_str(&fresh));
    buf_free(&fresh);
}

/* Appends "KEY:\n", the comment line, and each "  - {id: X, ...}" line of
 * lines whose id list does not define; nothing when none is left. With
 * renames (the units), a line whose name list holds under another id is
 * left out too, and "X\tID\n" appended to renames: the skeleton's
 * "Công chức Tài chính - Kế toán" (tckh) beside a registry's `tc` of that
 * name was KH257 at once (s20attack L5), and the skeleton's tasks then
 * name the registry's unit (rename_units). A unit whose id the registry
 * gives another body (a province's registry: "mttq", the province's
 * Mặt trận) is kept under an id of its own, "mttq-SUFFIX": left out, the
 * commune's propaganda task was led by the province's Mặt trận, exit 0
 * (s51province F1). */
void init_put_entries(Buf *out, const char *key, const char *comment, const char *lines,
                      const YNode *list, Arena *arena, Buf *renames, const char *suffix)
{
    Buf kept = {0};
    int entries = 0; /* a comment alone is no list */
    for (const char *line = lines; *line;) {
        size_t len = strcspn(line, "\n");
        const char *id = str_find(line, "{id: ");
        if (id && id > line + len)
            id = NULL;
        const char *name_at = id ? str_find(id, ", name: ") : NULL;
        const char *name = name_at && name_at < line + len ? skeleton_name(arena, name_at + 8) : NULL;
        size_t id_len = id ? strcspn(id + 5, ",}") : 0;
        const YNode *theirs = id ? entry_of(list, id + 5, id_len) : NULL;
        const char *other = renames && name ? same_name(arena, list, name) : NULL;
        const char *their_name = renames && name && theirs ? other_body(arena, theirs, name) : NULL;
        if (other && (!theirs || their_name)) {
            buf_printf(renames, "%.*s\t%s\n", (int)id_len, id + 5, other);
        } else if (!theirs) {
            buf_putn(&kept, line, len + (line[len] == '\n'));
            entries += id != NULL;
        } else if (their_name && suffix) {
            keep_renamed(&kept, renames, list, line, len, id + 5, id_len, suffix, their_name);
            entries++;
        }
        line += len + (line[len] == '\n');
    }
    if (entries)
        buf_printf(out, "%s:\n%s%s\n", key, comment, buf_str(&kept));
    buf_free(&kept);
}

/* Reads the registry at path (and what it includes) into *reg and writes
 * in *written its path from the directory of the plan out; reports a
 * registry that cannot be read or is no registry. Returns 0, or the exit
 * status. */
int init_read_registry(const char *path, const char *out, Arena *arena, Registry0 *reg,
                       Buf *written)
{
    DiagSink *diags = diag_new(stderr);
    SrcPos at = {path, 0, 0};
    struct stat st;
    if (stat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
        /* in the words and code of a plan's include: (KH031), not "the
         * plan 'r.fifo' is not a regular file" nor a directory's KH001
         * "Is a directory" (s34attack R3) */
        readpolicy_not_regular(diags, at, 0, "included file", path, st.st_mode);
        diag_flush(diags);
        diag_free(diags);
        return EXIT_IO;
    }
    /* every file the registry reads (the registries it includes, its
     * catalogs), which -o must not name (s34attack R1) */
    readpolicy_track(1);
    YNode *root = load_plan(arena, diags, path);
    int status = root ? 0 : load_failure_status(path);
    const char *stray = NULL;
    size_t known = 0;
    for (uint32_t i = 0; root && root->kind == YNODE_MAP && i < root->count; i++) {
        const char *key = root->keys[i]->text;
        if (!keys_find(KEYSET_INCLUDE, key)) { /* include.c's keys: its suppress too (s49it F1) */
            if (!stray || strcmp(key, "body") == 0)
                stray = key;
        } else {
            known++;
        }
    }
    if (root && (root->kind != YNODE_MAP || known == 0 || (stray && strcmp(stray, "body") == 0))) {
        /* no registry at all (a plan, a list, a line of text): KH033 as a
         * plan's include: says it, none of its words shown; it was "is not
         * a shared registry ('')" with no code (s34attack R3) */
        readpolicy_not_of_kind(diags, path, at, 0, "included file", keys_markers(KEYSET_INCLUDE));
        status = EXIT_USAGE;
    } else if (root && stray) {
        term_fprintf(stderr, _("khgen: init: '%s' is not a shared registry ('%s'): a registry holds "
                               "only units, levels, localities, import, include and suppress\n"),
                     path, stray);
        status = EXIT_USAGE;
    }
    diag_flush(diags);
    diag_free(diags);
    if (status == 0 && strcmp(out, "-") != 0 &&
        (same_file(out, path) || readpolicy_was_read(out))) {
        /* --force wrote the skeleton over the shared registry (which then
         * included itself), or over a file it includes: every plan of the
         * district lost its units (s34attack R1); new and diff -o refuse
         * the same */
        term_fprintf(stderr, _("khgen: init: '%s' is the registry it includes or a file that "
                               "registry reads; give -o another name\n"), out);
        status = EXIT_USAGE;
    }
    readpolicy_track(0);
    if (status)
        return status;
    const YNode *imports = ynode_get(root, "import");
    reg->imports = imports != NULL;
    for (uint32_t i = 0; imports && i < (imports->kind == YNODE_SEQ ? imports->count : 1); i++) {
        const YNode *v = imports->kind == YNODE_SEQ ? imports->items[i] : imports;
        reg->imports_shipped |= v->kind == YNODE_SCALAR && strcmp(v->text, "qd318-xa-ntm") == 0;
    }
    reg->units = ynode_get(root, "units");
    reg->levels = ynode_get(root, "levels");
    reg->localities = ynode_get(root, "localities");
    Buf dir = {0};
    const char *slash = strcmp(out, "-") ? strrchr(out, '/') : NULL;
    if (slash)
        buf_putn(&dir, out, slash == out ? 1 : (size_t)(slash - out));
    else
        buf_putc(&dir, '.');
    /* each errno kept at once: a realpath that succeeds after one that
     * failed left EINVAL, "cannot find the directory of ...: Invalid
     * argument" for a -o into a directory not made yet (s29user) */
    char *real_dir = realpath(buf_str(&dir), NULL);
    int dir_err = errno;
    char *real_file = realpath(path, NULL);
    int file_err = errno;
    if (!real_dir) {
        cli_write_failed(out, dir_err);
        status = EXIT_IO;
    } else if (!real_file) {
        term_fprintf(stderr, _("khgen: init: cannot find the directory of '%s': %s\n"), path,
                     i18n_strerror(file_err));
        status = EXIT_IO;
    } else {
        path_relative(written, real_dir, real_file);
    }
    free(real_dir);
    free(real_file);
    buf_free(&dir);
    return status;
}

/* Makes the skeleton's tasks name the registry's units that put_entries
 * took for its own (renames: "SKELETON_ID\tREGISTRY_ID\n" lines): each
 * "lead: ID", "support: [ID]" and "{unit ID}" of the skeleton's text. */
void init_rename_units(Buf *text, const char *renames)
{
    for (const char *r = renames; *r;) {
        size_t old_len = strcspn(r, "\t"), new_len = strcspn(r + old_len + 1, "\n");
        const char *new_id = r + old_len + 1;
        static const char *const shapes[][2] = {{"lead: ", "\n"}, {"[", "]"}, {"{unit ", "}"}};
        for (size_t k = 0; k < sizeof shapes / sizeof shapes[0]; k++) {
            Buf from = {0}, to = {0}, out = {0};
            buf_printf(&from, "%s%.*s%s", shapes[k][0], (int)old_len, r, shapes[k][1]);
            buf_printf(&to, "%s%.*s%s", shapes[k][0], (int)new_len, new_id, shapes[k][1]);
            const char *at = buf_str(text), *hit;
            while ((hit = str_find(at, buf_str(&from))) != NULL) {
                buf_putn(&out, at, (size_t)(hit - at));
                buf_puts(&out, buf_str(&to));
                at = hit + from.len;
            }
            buf_puts(&out, at);
            buf_free(text);
            *text = out;
            buf_free(&from);
            buf_free(&to);
        }
        r = new_id + new_len + (new_id[new_len] == '\n');
    }
}

int init_lists_places(const Registry0 *reg, const char *below)
{
    const YNode *list = reg->localities;
    for (uint32_t i = 0; list && list->kind == YNODE_SEQ && i < list->count; i++) {
        const YNode *e = list->items[i];
        const YNode *k = e->kind == YNODE_MAP ? ynode_get(e, "kind") : NULL;
        if (k && k->kind == YNODE_SCALAR && strcmp(k->text, below) == 0)
            return 1;
    }
    return 0;
}

/* The text of e's key (a registry's locality), or NULL. */
static const char *field_of(const YNode *e, const char *key)
{
    const YNode *v = e->kind == YNODE_MAP ? ynode_get(e, key) : NULL;
    return v && v->kind == YNODE_SCALAR ? v->text : NULL;
}

/* Whether a locality of kind k (NULL: none) is a place of a commune: a
 * kind of no level (localgov_tier), "thôn", "tổ dân phố", "bản", that the
 * skeleton's sentence can print as it stands (no line break, brace, '@',
 * '#', quote or backslash: a registry's odd kind leaves the placeholders). */
static int place_kind(const char *k)
{
    return k && *k && localgov_tier(k) < 0 && !strpbrk(k, "{}@#\"\\\n\r\t");
}

/* Whether id is a plain id (ASCII letters, digits, '-', '_', '.'; a
 * letter or digit first), which a figure's filter can name. */
static int plain_id(const char *id)
{
    static const char chars[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.";
    return id && *id && *id != '-' && *id != '_' && *id != '.' && id[strspn(id, chars)] == '\0';
}

int init_lists_own_places(const Registry0 *reg, const char *kind, const char *name, Arena *arena,
                          const char **parent, Buf *kinds)
{
    const YNode *list = reg->localities;
    uint32_t n = list && list->kind == YNODE_SEQ ? list->count : 0;
    Buf want = {0}, key = {0};
    put_name_key(&want, arena, name);
    const char *commune = NULL; /* the registry's locality of the commune */
    int communes = 0;           /* localities of a commune's level, this one's among them */
    for (uint32_t i = 0; i < n; i++) {
        const char *k = field_of(list->items[i], "kind"), *nm = field_of(list->items[i], "name");
        int tier = k ? localgov_tier(k) : -1;
        communes += tier == LOCALGOV_COMMUNE || tier == LOCALGOV_TOWNSHIP;
        if (commune || !k || strcmp(k, kind) != 0 || !nm)
            continue;
        put_name_key(&key, arena, nm);
        if (strcmp(buf_str(&key), buf_str(&want)) == 0)
            commune = plain_id(field_of(list->items[i], "id")) ? field_of(list->items[i], "id")
                                                                : NULL;
    }
    *parent = commune ? arena_strdup(arena, commune) : NULL;
    int found = 0, n_kinds = 0;
    for (uint32_t i = 0; i < n && (commune || !communes); i++) {
        const char *k = field_of(list->items[i], "kind"), *up = field_of(list->items[i], "parent");
        if (!place_kind(k) || (commune && (!up || strcmp(up, commune) != 0)))
            continue;
        found = 1;
        size_t klen = strlen(k);
        if (n_kinds >= 4 || klen > 40)
            continue; /* the noun names a few kinds: a registry of 50,000 kinds read its noun
                       * again for each place */
        const char *seen = buf_str(kinds);
        int again = 0; /* k among the kinds appended, a whole item of them */
        for (const char *p = seen; !again && (p = str_find(p, k)) != NULL; p += klen)
            again = (p == seen || p[-1] == ' ') && (p[klen] == ',' || !p[klen]);
        if (!again) {
            buf_printf(kinds, "%s%s", kinds->len ? ", " : "", k);
            n_kinds++;
        }
    }
    buf_free(&want);
    buf_free(&key);
    return found;
}

int init_listed_aim(const Registry0 *reg, const char *kind, const char *parent, const char *target,
                    const char *year)
{
    const YNode *list = reg->localities;
    uint32_t n = list && list->kind == YNODE_SEQ ? list->count : 0;
    for (uint32_t i = 0; i < n; i++) {
        const YNode *e = list->items[i];
        const char *k = field_of(e, "kind"), *up = field_of(e, "parent");
        const char *t = field_of(e, "target"), *y = field_of(e, "target_year");
        if ((!kind || (k && strcmp(k, kind) == 0)) && (!parent || (up && strcmp(up, parent) == 0)) &&
            t && strcmp(t, target) == 0 && y && strcmp(y, year) == 0)
            return 1;
    }
    return 0;
}

void init_level_line(Buf *out, const char *levels, const char *id)
{
    size_t n = strlen(id);
    for (const char *line = levels; line && *line;) {
        const char *end = strchr(line, '\n');
        size_t len = end ? (size_t)(end - line) + 1 : strlen(line);
        const char *at = str_find(line, "{id: ");
        if (at && at < line + len && strncmp(at + 5, id, n) == 0 && at[5 + n] == ',')
            buf_putn(out, line, len);
        line += len;
    }
}
