/* catalog.c - importing criteria catalogs (data files) into a Plan.
 *
 * catalog_load() walks the plan's `import:` list. Each entry names either a
 * shipped catalog (looked up as templates/catalogs/NAME.yaml through the
 * template set, so a province's --templates DIR can override it) or a file
 * relative to the plan. The text is loaded with the ordinary YAML loader,
 * which registers it with the diagnostics sink, so an error inside a catalog
 * points at the catalog's own line and column. catalog_parse() then reads
 * the small fixed format (id, title, basis, partial, criteria with code,
 * name, group and indicators) with its own strict key checks: a catalog is
 * data that other people write, and a misspelt key must not silently drop
 * a criterion.
 *
 * Stage: 2 (parse), called by parse.c for `import:`. Writes plan->catalogs;
 * reads catalog files through readpolicy.c; reports KH4xx.
 */
#include "catalog.h"

#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "keys.h"
#include "readpolicy.h"
#include "suggest.h"
#include "textref.h"
#include "yread.h"

/* ---- small readers ------------------------------------------------------ */

/* Reports the keys of map that are not in the key set (keys.def). */
static int check_keys(DiagSink *diags, const YNode *map, KeySetId set, const char *what)
{
    return yread_check_keys(diags, map, keys_names(set), KH411, what) +
           yread_bool_texts(diags, map, set, KH124);
}

/* A non-empty scalar, or NULL after reporting KH412 (an optional key may
 * also be left out, and the message says so). */
static const char *read_value(DiagSink *diags, const YNode *node, const char *key, int optional,
                              int *errors)
{
    if (!yread_scalar(diags, node, key, KH412)) {
        (*errors)++;
        return NULL;
    }
    if (!*yread_text(node)) { /* YAML null (~) too: not "~" printed */
        if (optional)
            diag_error(diags, node->pos, 1, KH412,
                       "'%s' is empty: write its value, or leave the key out", key);
        else
            diag_error(diags, node->pos, 1, KH412, "'%s' is empty: write its value", key);
        (*errors)++;
        return NULL;
    }
    return node->text;
}

static const char *read_scalar(DiagSink *diags, const YNode *node, const char *key, int *errors)
{
    return read_value(diags, node, key, 0, errors);
}

static const char *read_optional(DiagSink *diags, const YNode *node, const char *key,
                                 int *errors)
{
    return read_value(diags, node, key, 1, errors);
}

/* A printed text of a catalog (its title, a name, a group): as every
 * other literal field of a plan, "{{" prints "{" and it is one line. */
static const char *printed(Arena *arena, const char *text)
{
    return text ? text_one_line(arena, textref_literal(arena, text)) : NULL;
}

static const char *require_scalar(DiagSink *diags, const YNode *map, const char *key,
                                  const char *what, int *errors, KeySetId set)
{
    const YNode *node = ynode_get(map, key);
    if (!node) {
        if (!yread_misspelt(map, keys_names(set), key)) /* else KH411 said it */
            diag_error(diags, map->pos, 1, KH413, "%s has no '%s': add it (%s: ...)",
                       _(what), key, key);
        (*errors)++;
        return NULL;
    }
    return read_scalar(diags, node, key, errors);
}

/* What a code's form breaks (catalog_code_form), in the user's language:
 * the one wording of a catalog's KH414 and a plan's KH402. */
static const char *form_words(CodeForm form)
{
    switch (form) {
    case CODE_CHARS:
        return _("a code is letters and digits, with one dot between a criterion's code and an "
                 "indicator's number (17.12)");
    case CODE_DOT:
        return _("a dot stands between a criterion's code and an indicator's number (17.12), "
                 "with a word on each side");
    case CODE_DOTS:
        return _("a code has one dot at most, between a criterion's code and an indicator's "
                 "number (17.12)");
    case CODE_ZERO:
        return _("criteria and indicators are numbered from 1");
    case CODE_ZEROS:
        return _("a number in a code is written without leading zeros, as a plan cites it");
    case CODE_OK:
        break;
    }
    return "";
}

/* KH414 at a catalog's code (what: "criterion code", "indicator code")
 * whose form is not a code's: "08" would be a code no plan could cite,
 * since a plan's "08" is an error (s37slip L2). */
static void put_form_error(DiagSink *diags, const YNode *node, const char *what,
                           const char *code, CodeForm form, const char *fixed)
{
    if (*fixed)
        diag_error(diags, node->pos, yread_span(node), KH414,
                   "%s '%s' is not written as a code: %s; write '%s'", _(what), code,
                   form_words(form), fixed);
    else
        diag_error(diags, node->pos, yread_span(node), KH414,
                   "%s '%s' is not written as a code: %s; check the code", _(what), code,
                   form_words(form));
}

/* ---- public helpers ------------------------------------------------------ */

int catalog_code_in(const char *code, const char *crit_code)
{
    size_t n = strlen(crit_code);
    return strncmp(code, crit_code, n) == 0 && code[n] == '.' && code[n + 1];
}

int catalog_code_cmp(const char *a, const char *b)
{
    while (*a && *b) {
        int a_digit = *a >= '0' && *a <= '9', b_digit = *b >= '0' && *b <= '9';
        if (a_digit && b_digit) {
            while (*a == '0' && a[1] >= '0' && a[1] <= '9')
                a++;
            while (*b == '0' && b[1] >= '0' && b[1] <= '9')
                b++;
            size_t na = 0, nb = 0;
            while (a[na] >= '0' && a[na] <= '9')
                na++;
            while (b[nb] >= '0' && b[nb] <= '9')
                nb++;
            if (na != nb)
                return na < nb ? -1 : 1;
            int c = strncmp(a, b, na);
            if (c)
                return c;
            a += na;
            b += nb;
            continue;
        }
        if (*a != *b)
            return (unsigned char)*a < (unsigned char)*b ? -1 : 1;
        a++;
        b++;
    }
    return *a ? 1 : *b ? -1 : 0;
}

const Catalog *catalog_find(const Plan *plan, const char *id)
{
    for (size_t i = 0; i < plan->n_catalogs; i++)
        if (plan->catalogs[i].id && strcmp(plan->catalogs[i].id, id) == 0)
            return &plan->catalogs[i];
    return NULL;
}

/* ---- one catalog ---------------------------------------------------------- */

static int parse_indicators(Arena *arena, DiagSink *diags, const YNode *list, Criterion *crit)
{
    int errors = 0;
    if (list->kind != YNODE_SEQ) {
        diag_error(diags, list->pos, 1, KH412, "'indicators' must be a list, not %s: write each "
                   "on a line of its own, starting with '- '",
                   ynode_kind_name(list));
        return 1;
    }
    crit->indicators = arena_alloc(arena, (list->count + 1) * sizeof *crit->indicators);
    StrSet seen = {0}; /* the codes so far: linear however long the list */
    SrcPos *at = xmalloc((list->count + 1) * sizeof *at); /* where each was listed */
    for (size_t i = 0; i < list->count; i++) {
        const YNode *item = list->items[i];
        const char *code;
        const char *name = NULL;
        const YNode *code_node = item;
        if (item->kind == YNODE_SCALAR) {
            code = read_scalar(diags, item, "code", &errors); /* "- 17.1" */
        } else if (item->kind == YNODE_MAP) {
            errors += check_keys(diags, item, KEYSET_INDICATOR, "an indicator");
            code = require_scalar(diags, item, "code", N_("an indicator"), &errors,
                                  KEYSET_INDICATOR);
            code_node = ynode_get(item, "code");
            const YNode *name_node = ynode_get(item, "name");
            if (name_node)
                name = printed(arena, read_optional(diags, name_node, "name", &errors));
        } else {
            diag_error(diags, item->pos, 1, KH412,
                       "an indicator is a code or {code, name}, not %s: write one of the two", ynode_kind_name(item));
            errors++;
            continue;
        }
        if (!code)
            continue;
        char fixed[64];
        CodeForm form = catalog_code_form(code, fixed, sizeof fixed);
        if (form == CODE_CHARS || form == CODE_ZERO || form == CODE_ZEROS) {
            put_form_error(diags, code_node, N_("indicator code"), code, form, fixed);
            errors++;
            continue;
        }
        if (form != CODE_OK || !catalog_code_in(code, crit->code) || strchr(
                code + strlen(crit->code) + 1, '.')) {
            diag_error(diags, code_node->pos, yread_span(code_node), KH414,
                       "indicator code '%s' does not belong to criterion %s (write %s.1, %s.2, ...)",
                       code, crit->code, crit->code, crit->code);
            errors++;
            continue;
        }
        size_t first = strset_add(&seen, code, crit->n_indicators);
        if (first != crit->n_indicators) {
            diag_error(diags, code_node->pos, yread_span(code_node), KH415,
                       "indicator '%s' is listed twice: remove one of the two", code);
            diag_note(diags, at[first], "first listed here");
            errors++;
            continue;
        }
        at[crit->n_indicators] = code_node->pos;
        crit->indicators[crit->n_indicators].code = code;
        crit->indicators[crit->n_indicators].name = name;
        crit->n_indicators++;
    }
    strset_free(&seen);
    free(at);
    return errors;
}

int catalog_parse(Arena *arena, DiagSink *diags, const YNode *root, const char *source,
                  Catalog *out)
{
    int errors = 0;
    memset(out, 0, sizeof *out);
    out->source = source;
    if (root->kind != YNODE_MAP) {
        diag_error(diags, root->pos, 1, KH410,
                   "a catalog is a mapping (id, title, criteria), not %s: check its indentation", ynode_kind_name(root));
        return 1;
    }
    errors += check_keys(diags, root, KEYSET_CATALOG, "a catalog");
    out->id = require_scalar(diags, root, "id", N_("the catalog"), &errors, KEYSET_CATALOG);
    out->title = printed(arena, require_scalar(diags, root, "title", N_("the catalog"), &errors,
                                               KEYSET_CATALOG));
    const YNode *v;
    if ((v = ynode_get(root, "basis")))
        read_optional(diags, v, "basis", &errors);
    if ((v = ynode_get(root, "partial")) &&
        (v->kind != YNODE_SCALAR || (strcmp(v->text, "true") != 0 && strcmp(v->text, "false") != 0))) {
        diag_error(diags, v->pos, yread_span(v), KH412, "'partial' is true or false: write one of "
                   "the two");
        errors++;
    }
    const YNode *list = ynode_get(root, "criteria");
    if (!list) {
        diag_error(diags, root->pos, 1, KH413,
                   "the catalog has no 'criteria': add its list "
                   "(criteria: - {code: 1, name: ...})");
        return errors + 1;
    }
    if (list->kind != YNODE_SEQ || list->count == 0) {
        diag_error(diags, list->pos, 1, KH412, "'criteria' must be a non-empty list: list the "
                   "criteria, one '- ' line each");
        return errors + 1;
    }
    out->criteria = arena_alloc(arena, list->count * sizeof *out->criteria);
    StrSet seen = {0}; /* the codes so far (pairwise, 40,000 took 3.5 s) */
    SrcPos *at = xmalloc(list->count * sizeof *at); /* where each was listed */
    for (size_t i = 0; i < list->count; i++) {
        const YNode *item = list->items[i];
        if (item->kind != YNODE_MAP) {
            diag_error(diags, item->pos, 1, KH412,
                       "a criterion is a mapping {code, name, group, indicators}, not %s: write "
                       "it as such a mapping",
                       ynode_kind_name(item));
            errors++;
            continue;
        }
        errors += check_keys(diags, item, KEYSET_CRITERION, "a criterion");
        Criterion crit = {0};
        crit.code = require_scalar(diags, item, "code", N_("a criterion"), &errors,
                                   KEYSET_CRITERION);
        crit.name = printed(arena, require_scalar(diags, item, "name", N_("a criterion"), &errors,
                                                  KEYSET_CRITERION));
        if ((v = ynode_get(item, "group")))
            crit.group = printed(arena, read_optional(diags, v, "group", &errors));
        if (!crit.code)
            continue;
        if (!crit.name) /* reported; kept, so its uses are not "not in the catalog" too */
            crit.name = "";
        const YNode *code_node = ynode_get(item, "code");
        char fixed[64];
        CodeForm form = catalog_code_form(crit.code, fixed, sizeof fixed);
        if (form == CODE_CHARS || form == CODE_ZERO || form == CODE_ZEROS) {
            put_form_error(diags, code_node, N_("criterion code"), crit.code, form, fixed);
            errors++;
            continue;
        }
        if (form != CODE_OK || strchr(crit.code, '.')) {
            diag_error(diags, code_node->pos, yread_span(code_node), KH414,
                       "criterion code '%s' must be a number (or letters) without a dot: write an "
                       "indicator under 'indicators'",
                       crit.code);
            errors++;
            continue;
        }
        size_t first = strset_add(&seen, crit.code, out->n_criteria);
        if (first != out->n_criteria) {
            diag_error(diags, code_node->pos, yread_span(code_node), KH415,
                       "criterion '%s' is listed twice: remove one of the two, or give it "
                       "a code of its own", crit.code);
            diag_note(diags, at[first], "first listed here");
            errors++;
            continue;
        }
        at[out->n_criteria] = code_node->pos;
        if ((v = ynode_get(item, "indicators")))
            errors += parse_indicators(arena, diags, v, &crit);
        out->criteria[out->n_criteria++] = crit;
    }
    strset_free(&seen);
    free(at);
    return errors;
}

/* ---- imports ------------------------------------------------------------- */

static int is_shipped_name(const char *entry)
{
    size_t n = strlen(entry);
    if (strchr(entry, '/'))
        return 0;
    if (n > 5 && strcmp(entry + n - 5, ".yaml") == 0)
        return 0;
    if (n > 4 && strcmp(entry + n - 4, ".yml") == 0)
        return 0;
    return 1;
}

/* The names of the built-in catalogs ("qd318-xa-ntm"), for suggestions.
 * Returns a malloc'd array of arena strings; caller frees the array. */
static const char **shipped_names(Arena *arena, size_t *count)
{
    const char **names = xmalloc((embedded_templates_count + 1) * sizeof *names);
    size_t n = 0;
    for (size_t i = 0; i < embedded_templates_count; i++) {
        const char *file = embedded_templates[i].name;
        size_t len = strlen(file);
        if (strncmp(file, "catalogs/", 9) != 0 || len < 9 + 6 || strcmp(file + len - 5, ".yaml"))
            continue;
        names[n++] = arena_strndup(arena, file + 9, len - 9 - 5);
    }
    *count = n;
    return names;
}

/* Loads an entry of import:. A path goes through the plan's read policy
 * (readpolicy.h); *again is set when it names a file imported before. */
static const YNode *load_entry(Arena *arena, DiagSink *diags, TemplateSet *templates,
                               Plan *plan, const YNode *entry, const char **source, int *again)
{
    LoadLimits limits = load_default_limits();
    *again = 0;
    if (!is_shipped_name(entry->text)) {
        ReadResult got;
        readpolicy_load(plan->reads, diags, NULL, entry->text, entry->pos, yread_span(entry), "catalog",
                        keys_markers(KEYSET_CATALOG), &got);
        *source = got.path;
        *again = got.again;
        return got.root;
    }
    const char *name = arena_printf(arena, "catalogs/%s.yaml", entry->text);
    size_t len = 0;
    const char *origin = NULL;
    const char *text = templates ? tpl_set_text(templates, name, &len, &origin) : NULL;
    const char *copy = NULL;
    int err = !text && templates ? tpl_set_read_errno(templates, name, &copy) : 0;
    if (err) {
        /* the --templates copy exists but cannot be read (a link outside
         * the directory, a device): its reason, as a preset's (KH603),
         * not "unknown catalog" of a name that is shipped (s27attack L6) */
        diag_error(diags, entry->pos, yread_span(entry), KH400,
                   "catalog '%s': cannot read '%s': %s: check the file", entry->text,
                   copy ? copy : name, tpl_strerror(err));
        return NULL;
    }
    if (!text) {
        size_t n_names;
        const char **names = shipped_names(arena, &n_names);
        const char *hint = suggest_best(entry->text, names, n_names);
        if (hint)
            diag_error(diags, entry->pos, yread_span(entry), KH400,
                       "unknown catalog '%s' (did you mean '%s'?)", entry->text, hint);
        else
            diag_error(diags, entry->pos, yread_span(entry), KH400,
                       "unknown catalog '%s': not among the shipped catalogs "
                       "(templates/catalogs/) nor a path ending in .yaml; check the name",
                       entry->text);
        free(names);
        return NULL;
    }
    *source = origin ? origin : name;
    limits.what = N_("a catalog");
    return load_string(arena, diags, *source, text, len, &limits);
}

/* A code of a new catalog already held by an earlier one: the earlier
 * catalog that holds it first (the one {crit CODE} means) and the code's
 * place in the new catalog. */
typedef struct SharedCode {
    size_t owner, at;
} SharedCode;

static int shared_code_compare(const void *a, const void *b)
{
    const SharedCode *x = a, *y = b;
    if (x->owner != y->owner)
        return x->owner < y->owner ? -1 : 1;
    return x->at < y->at ? -1 : x->at > y->at;
}

/* Warns (KH417) once for each earlier catalog that references to the new
 * catalog cat's codes will mean instead, in the order of those catalogs;
 * first_owner maps each code imported so far to the first catalog that
 * holds it, and takes cat's new codes (cat will be catalogs[index]).
 * Linear in the catalog's codes: comparing it with every earlier catalog
 * (a warning per pair, a hash of each) cost minutes for 40,000 inline
 * catalogs and warned 12 million times for 5,000 (attack s6 G6). */
static void warn_shared_codes(DiagSink *diags, const YNode *entry, const Catalog *catalogs,
                              const Catalog *cat, size_t index, StrSet *first_owner)
{
    SharedCode *shared = xmalloc((cat->n_criteria + 1) * sizeof *shared);
    size_t n_shared = 0;
    for (size_t c = 0; c < cat->n_criteria; c++) {
        size_t owner = strset_add(first_owner, cat->criteria[c].code, index);
        if (owner != index)
            shared[n_shared++] = (SharedCode){owner, c};
    }
    qsort(shared, n_shared, sizeof *shared, shared_code_compare);
    for (size_t i = 0; i < n_shared;) {
        size_t j = i;
        while (j < n_shared && shared[j].owner == shared[i].owner)
            j++;
        size_t count = j - i;
        const Catalog *first = &catalogs[shared[i].owner];
        const char *example = cat->criteria[shared[i].at].code;
        if (count == 1) /* a whole sentence for one and for more (not "is" as an argument) */
            diag_warning(diags, entry->pos, yread_span(entry), KH417,
                         "%zu criterion code of '%s' (%s) is also in '%s'; references such as "
                         "{crit %s} mean '%s': keep one of the two imports if the other is not "
                         "meant",
                         count, cat->id, example, first->id, example, first->id);
        else
            diag_warning(diags, entry->pos, yread_span(entry), KH417,
                         "%zu criterion codes of '%s' (%s, ...) are also in '%s'; references "
                         "such as {crit %s} mean '%s': keep one of the two imports if the other "
                         "is not meant",
                         count, cat->id, example, first->id, example, first->id);
        i = j;
    }
    free(shared);
}

static int same_text(const char *a, const char *b)
{
    return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

/* The first code whose criterion or indicator a and b write otherwise (a
 * criterion one of them lacks, another name or group, other indicators),
 * the catalog's title when only it differs, or NULL when both say the
 * same. */
static const char *first_difference(const Catalog *a, const Catalog *b)
{
    size_t n = a->n_criteria < b->n_criteria ? a->n_criteria : b->n_criteria;
    for (size_t i = 0; i < n; i++) {
        const Criterion *x = &a->criteria[i], *y = &b->criteria[i];
        if (!same_text(x->code, y->code) || !same_text(x->name, y->name) ||
            !same_text(x->group, y->group) || x->n_indicators != y->n_indicators)
            return x->code;
        for (size_t k = 0; k < x->n_indicators; k++)
            if (!same_text(x->indicators[k].code, y->indicators[k].code) ||
                !same_text(x->indicators[k].name, y->indicators[k].name))
                return x->indicators[k].code;
    }
    if (a->n_criteria != b->n_criteria)
        return a->n_criteria > n ? a->criteria[n].code : b->criteria[n].code;
    return same_text(a->title, b->title) ? NULL : "title";
}

/* The index of the entry by which the file that wrote entry (the i-th)
 * named what (a catalog's id, or the tree of a file read) before, in its
 * own list, or i if it did not: the same catalog named twice
 * there is a slip (KH416). Named by two files (a shared registry and the
 * plan, or two registries the plan includes), it is each file naming what
 * it needs, so that each works alone: read once, no warning (a diamond,
 * s48attack; the warning told to break one of them, and the plan could not
 * silence it). */
static size_t one_named(Arena *arena, StrSet *named, const YNode *entry, const char *what, size_t i)
{
    const char *key = arena_printf(arena, "%s\n%s", entry->pos.file ? entry->pos.file : "", what);
    return strset_add(named, key, i); /* i: not before; else the entry that did */
}

/* A catalog whose id one imported before has (first): the same catalog
 * named twice is KH416, read once; two catalogs that say otherwise under
 * one id (a province's edited copy of qd318-xa-ntm beside the shipped one,
 * one imported by a shared registry, one by the plan) are KH418, an error:
 * the second was dropped under KH416's "remove this entry", and the plan
 * printed the first one's names whichever the drafter meant (s28attack). */
static void report_twice(DiagSink *diags, const YNode *entry, const Catalog *first,
                         const Catalog *cat, const YNode *in_list, int *errors)
{
    const char *diff = first_difference(first, cat);
    if (!diff && !in_list)
        return; /* two files' lists: each names what it needs (one_named) */
    if (!diff) {
        diag_warning(diags, entry->pos, yread_span(entry), KH416,
                     "catalog '%s' is imported twice: remove this entry", cat->id);
        diag_note(diags, in_list->pos, "first imported here");
        return;
    }
    if (strcmp(diff, "title") == 0)
        diag_error(diags, entry->pos, yread_span(entry), KH418,
                   "catalog '%s' is imported twice, from two files whose titles differ: keep "
                   "one of them and remove the other, or give the edited copy an id of its own",
                   cat->id);
    else
        diag_error(diags, entry->pos, yread_span(entry), KH418,
                   "catalog '%s' is imported twice, from two files that differ at code %s: keep "
                   "one of them and remove the other, or give the edited copy an id of its own",
                   cat->id, diff);
    diag_note(diags, first->pos, "first imported here");
    (*errors)++;
}

int catalog_load(Arena *arena, DiagSink *diags, TemplateSet *templates, const char *plan_file,
                 const YNode *import_node, Plan *plan)
{
    int errors = 0;
    if (!plan->reads)
        plan->reads = readpolicy_new(arena, plan_file);
    const YNode *const *entries = &import_node;
    size_t n_entries = 1;
    if (import_node->kind == YNODE_SEQ) {
        entries = (const YNode *const *)import_node->items;
        n_entries = import_node->count;
    } else if (import_node->kind != YNODE_SCALAR) {
        diag_error(diags, import_node->pos, 1, KH412,
                   "'import' is a list of catalog names or paths, not %s: write each on a line of "
                   "its own, starting with '- '",
                   ynode_kind_name(import_node));
        plan->catalogs_failed = 1;
        return 1;
    }
    /* a plan has one import: list (parse.c), read once: no catalog before
     * it (the catalogs read before, kept and indexed here, were dead code:
     * s13mut) */
    Catalog *catalogs = arena_alloc(arena, (n_entries + 1) * sizeof *catalogs);
    size_t n = 0;
    /* the ids imported so far, and each code's first catalog: a new
     * catalog is looked up, not compared with each earlier one */
    StrSet ids = {0}, first_owner = {0}, named = {0}; /* named: one_named's */
    for (size_t i = 0; i < n_entries; i++) {
        const YNode *entry = entries[i];
        const char *source = NULL;
        int again = 0;
        const YNode *root;
        if (entry->kind == YNODE_MAP) {
            /* a catalog written inline, in the plan itself: the criteria a
             * province defines for its villages (thôn), declared where they
             * are used; read like a file, reported at the plan's lines */
            root = entry;
            source = plan_file;
        } else if (entry->kind != YNODE_SCALAR || !*entry->text) {
            diag_error(diags, entry->pos, 1, KH412,
                       "an import is a catalog name, a path or a catalog written inline, not %s: "
                       "write one of them",
                       ynode_kind_name(entry));
            errors++;
            continue;
        } else {
            root = load_entry(arena, diags, templates, plan, entry, &source, &again);
        }
        if (!root) {
            errors++; /* reported by load_entry or the loader */
            continue;
        }
        size_t twice = one_named(arena, &named, entry, arena_printf(arena, "%p", (const void *)root), i);
        if (again && twice != i) { /* read once: the same file named another way in one list */
            diag_warning(diags, entry->pos, yread_span(entry), KH416,
                         "'%s' is a file imported before under another name: delete this import", entry->text);
            continue;
        }
        if (again)
            continue; /* read once, named in two files' lists */
        Catalog cat;
        int cat_errors = catalog_parse(arena, diags, root, source, &cat);
        errors += cat_errors;
        cat.pos = entry->pos;
        if (!cat.id || cat.n_criteria == 0)
            continue;
        if (twice == i)
            twice = one_named(arena, &named, entry, cat.id, i);
        size_t same = strset_add(&ids, cat.id, n);
        if (same != n) {
            report_twice(diags, entry, &catalogs[same], &cat, twice != i ? entries[twice] : NULL,
                         &errors);
            continue;
        }
        warn_shared_codes(diags, entry, catalogs, &cat, n, &first_owner);
        catalogs[n++] = cat;
    }
    strset_free(&ids);
    strset_free(&first_owner);
    strset_free(&named);
    plan->catalogs = catalogs;
    plan->n_catalogs = n;
    if (errors)
        plan->catalogs_failed = 1;
    return errors;
}


/* code written as several codes of the plan's catalogs joined by commas
 * ("13,14", "8, 17.1": a list whose brackets were lost, read as one text):
 * 1, with the list to write ("[13, 14]") in list; 0 for anything else
 * (s25attack). */
static int codes_as_list(const Plan *plan, const char *code, Buf *list)
{
    int pieces = 0, known = 1;
    for (const char *p = code; known && *p;) {
        p += strspn(p, " ");
        size_t n = strcspn(p, ",");
        while (n && p[n - 1] == ' ')
            n--;
        char piece[32];
        const Indicator *ind = NULL;
        known = n > 0 && n < sizeof piece;
        if (known) {
            memcpy(piece, p, n);
            piece[n] = 0;
            known = plan_find_criterion(plan, piece, &ind) != NULL;
            buf_printf(list, "%s%s", pieces++ ? ", " : "[", piece);
        }
        p += strcspn(p, ",");
        p += *p == ',';
    }
    buf_putc(list, ']');
    return known && pieces > 1;
}

void catalog_unknown_code(Buf *out, const Plan *plan, const char *code)
{
    if (plan->n_catalogs == 1)
        diag_format(out, _("criterion '%s' is not in the imported catalog '%s': check the code, "
                           "or import the catalog that has it"),
                    code, plan->catalogs[0].id);
    else
        diag_format(out, _("criterion '%s' is not in the imported catalogs: check the code, or "
                           "import the catalog that has it"),
                    code);
}

/* KH402 for a code written with commas (s25attack): "13,14" the list
 * [13, 14] whose brackets were lost, "17,12" indicator 17.12 with the
 * decimal comma, or both readings when both name codes. 0 when neither
 * does (DIAG_NO_CODE). */
static DiagId comma_problem(const Plan *plan, const char *code, Buf *out)
{
    char dotted[32];
    const char *hint = NULL;
    int indicator_meant = 0;
    if (strlen(code) < sizeof dotted) {
        strcpy(dotted, code);
        *strchr(dotted, ',') = '.';
        const Indicator *ind = NULL;
        if (plan_find_criterion(plan, dotted, &ind))
            hint = dotted;
        indicator_meant = hint == NULL ? 0 : ind != NULL || strlen(strchr(dotted, '.')) <= 2;
    }
    Buf as_list = {0};
    const char *listed = !indicator_meant && codes_as_list(plan, code, &as_list)
                             ? buf_str(&as_list) : NULL;
    if (listed && hint)
        diag_format(out, _("criterion '%s' is not in the imported catalog: write the codes one "
                           "each, as a list, '%s' (or, for the indicator, '%s')"),
                    code, listed, hint);
    else if (listed)
        diag_format(out, _("criterion '%s' is not in the imported catalog: write the codes one "
                           "each, as a list, '%s'"),
                    code, listed);
    else if (hint)
        diag_format(out, _("criterion '%s' is not in the imported catalog (did you mean '%s'?)"),
                    code, hint);
    buf_free(&as_list);
    return listed || hint ? KH402 : DIAG_NO_CODE;
}

/* A code catalog_code_form refused: the code meant, when the slip tells
 * it and a catalog has it, else what the form breaks. */
static DiagId form_problem(const Plan *plan, const char *code, CodeForm form, const char *fixed,
                        Buf *out)
{
    const Indicator *ind = NULL;
    const Criterion *crit = *fixed ? plan_find_criterion(plan, fixed, &ind) : NULL;
    const char *dot = strchr(fixed, '.');
    if (crit && dot && !ind && crit->n_indicators > 0)
        crit = NULL; /* "17.015": 17.15 is not listed either */
    if (crit && form == CODE_ZEROS && dot && crit->n_indicators > 0) {
        diag_format(out, _("indicator '%s' is not listed under criterion %s of the catalog (did "
                           "you mean '%s'?)"),
                    code, crit->code, fixed);
        return KH403;
    }
    if (crit && form == CODE_ZEROS)
        diag_format(out, _("criterion '%s' is not in the imported catalog (did you mean '%s'?)"),
                    code, fixed);
    else if (crit)
        diag_format(out, _("'%s' is not written as a criterion's or an indicator's code: %s; "
                           "write '%s'"),
                    code, form_words(form), fixed);
    else
        diag_format(out, _("'%s' is not written as a criterion's or an indicator's code: %s; "
                           "check the code"),
                    code, form_words(form));
    return KH402;
}

DiagId catalog_code_problem(const Plan *plan, const char *code, Buf *out)
{
    char fixed[64];
    CodeForm form = catalog_code_form(code, fixed, sizeof fixed);
    if (form == CODE_CHARS && strchr(code, ',')) {
        DiagId kh = comma_problem(plan, code, out);
        if (kh != DIAG_NO_CODE)
            return kh;
    }
    if (form != CODE_OK)
        return form_problem(plan, code, form, fixed, out);
    const Indicator *indicator = NULL;
    const Criterion *crit = plan_find_criterion(plan, code, &indicator);
    if (!crit) {
        catalog_unknown_code(out, plan, code);
        return KH402;
    }
    const char *dot = strchr(code, '.');
    if (dot && !indicator && crit->n_indicators == 0 && strlen(dot + 1) >= 3) {
        /* a criterion whose indicators the catalog leaves out takes any
         * N.M, but none has a hundredth: "1.234" is a number written with
         * the thousands dot, pasted where an indicator's code belongs */
        diag_format(out, _("indicator '%s' would be indicator number %s of criterion %s, and no "
                           "criterion has that many: is it a number written with the thousands "
                           "dot? Write the indicator's code (such as %s.1)"),
                    code, dot + 1, crit->code, crit->code);
        return KH403;
    }
    if (dot && !indicator && crit->n_indicators > 0) {
        diag_format(out, _("indicator '%s' is not listed under criterion %s of the catalog (%s to "
                           "%s): check the code"),
                    code, crit->code, crit->indicators[0].code,
                    crit->indicators[crit->n_indicators - 1].code);
        return KH403;
    }
    return DIAG_NO_CODE;
}

int catalog_glued_codes(const Plan *plan, const char *a, const char *b, Buf *out)
{
    size_t na = strlen(a), nb = strlen(b);
    char joined[64];
    const Indicator *ind = NULL;
    if (!na || !nb || na + nb + 2 > sizeof joined || strspn(a, "0123456789") != na ||
        strspn(b, "0123456789") != nb || !catalog_code_well_formed(a) ||
        !catalog_code_well_formed(b))
        return 0;
    memcpy(joined, a, na);
    joined[na] = '.';
    memcpy(joined + na + 1, b, nb + 1);
    if (!plan_find_criterion(plan, joined, &ind) || !ind)
        return 0;
    diag_format(out, _("'%s,%s' is read as two codes, %s and %s, the comma parting them; a "
                       "catalog lists indicator %s, which the decimal comma writes so: write "
                       "'%s' if the indicator is meant, or '%s, %s', a space after the comma, "
                       "if the two codes are"),
                a, b, a, b, joined, joined, a, b);
    return 1;
}
