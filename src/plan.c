/* plan.c - the Plan's own operations: lookups by id, use counts, and the
 * abbreviations of a basis's kind (the readers of the plan language's
 * dates and deadlines are plan_dates.c's).
 *
 * Not a stage: parse.c (which fills a Plan), resolve.c, check.c and the
 * back ends call these. It reads and writes only the Plan it is given (the
 * id index, the use counts of registry entries) and reports only the
 * duplicate ids it meets while indexing. It includes no other stage's
 * header, so every stage can use it without an include cycle.
 */
#include "plan.h"

#include <ctype.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>

#include "byname.h"
#include "catcode.h"
#include "i18n.h"
#include "load.h"
#include "lookalike.h"
#include "dockind.h"
#include "suggest.h"
#include "telex.h"
#include "vi.h"

/* ---- an id index: open addressing, keys borrowed ---------------------- */

/* One slot holds the key, its value and its hash together, so that a probe
 * reads one cache line and compares hashes before it follows the key
 * pointer: on a national plan the strcmp of index_get's probes, each a miss
 * into the key texts scattered over the arena, was 4.5% of check's CPU
 * samples. */
typedef struct IdSlot {
    const char *key;
    void *value;
    uint64_t hash;
} IdSlot;

/* The same entries by the address of their key: a field whose id was
 * bound (plan_bind_id) holds the registry entry's own copy of the id, the
 * key of its slot, so its look-up needs neither the text's hash nor its
 * comparison (a national plan looks up a task's units 700,000 times). */
typedef struct AddrSlot {
    const char *key;
    void *value;
} AddrSlot;

typedef struct IdIndex {
    IdSlot *slots;
    AddrSlot *by_addr; /* cap of them, the same keys */
    size_t cap; /* power of two */
    size_t count;
} IdIndex;

/* The first slot of key's address in by_addr (multiplied and folded: arena
 * texts lie a few bytes apart, their low bits in a run). */
static size_t addr_slot(const char *key, size_t mask)
{
    uint64_t h = (uint64_t)(uintptr_t)key * 0x9E3779B97F4A7C15ULL;
    return (size_t)(h ^ h >> 32) & mask;
}

/* str_hash64 (util.c): djb2 ("h * 33 + c") gave ids built of "c-" and
 * "ao" one hash, every id a walk of the chain (20,000 localities took
 * 0.7 s: s26review2) */
#define hash_text str_hash64

static void index_init(Arena *arena, IdIndex *index, size_t expected)
{
    size_t cap = 16;
    while (cap < expected * 2 + 1)
        cap *= 2;
    index->slots = arena_alloc(arena, cap * sizeof *index->slots);
    index->by_addr = arena_alloc(arena, cap * sizeof *index->by_addr);
    index->cap = cap;
    index->count = 0;
}

/* Inserts key -> value; returns the existing value if key is present. */
static void *index_put(IdIndex *index, const char *key, void *value)
{
    size_t mask = index->cap - 1;
    uint64_t h = hash_text(key);
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        IdSlot *slot = &index->slots[i];
        if (!slot->key) {
            slot->key = key;
            slot->value = value;
            slot->hash = h;
            index->count++;
            size_t k = addr_slot(key, mask);
            while (index->by_addr[k].key)
                k = (k + 1) & mask;
            index->by_addr[k].key = key;
            index->by_addr[k].value = value;
            return NULL;
        }
        if (slot->hash == h && strcmp(slot->key, key) == 0)
            return slot->value;
    }
}

/* Whether a and b are the same text: an id is a few bytes, and a hash
 * that matched leaves only the check that they are equal (no call). */
static int same_text(const char *a, const char *b)
{
    while (*a && *a == *b)
        a++, b++;
    return *a == *b;
}

static void *index_get(const IdIndex *index, const char *key)
{
    if (!index->cap || !key)
        return NULL;
    size_t mask = index->cap - 1;
    for (size_t k = addr_slot(key, mask); index->by_addr[k].key; k = (k + 1) & mask)
        if (index->by_addr[k].key == key) /* a bound id: the entry's own text */
            return index->by_addr[k].value;
    uint64_t h = hash_text(key);
    for (size_t i = h & mask; index->slots[i].key; i = (i + 1) & mask) {
        const IdSlot *slot = &index->slots[i];
        if (slot->hash == h && same_text(slot->key, key))
            return slot->value;
    }
    return NULL;
}

/* The hash tables behind plan_find_*: built once the registries are read. */
struct PlanIndex {
    IdIndex units, localities, levels, attachments;
    IdIndex criteria;        /* code -> the first Criterion with it, over the
                                catalogs in order (plan_find_criterion) */
    IdIndex indicators;      /* "17.12" -> its Indicator in the list of that
                                first criterion 17 (a scan of the list per
                                look-up was quadratic: attack s6 G11) */
    size_t n_catalogs;       /* the catalogs it was made from */
};

/* One pass over the ids, their small-letter copies in a set (plan.h). */
void plan_warn_case_twins(DiagSink *diags, const IdAt *ids, size_t n)
{
    StrSet seen = {0};
    char **folded = xmalloc((n + 1) * sizeof *folded);
    for (size_t i = 0; i < n; i++) {
        size_t len = strlen(ids[i].id);
        folded[i] = xmalloc(len + 1);
        for (size_t k = 0; k <= len; k++)
            folded[i][k] = (char)tolower((unsigned char)ids[i].id[k]);
        size_t first = strset_add(&seen, folded[i], i);
        if (first != i && strcmp(ids[first].id, ids[i].id) != 0) {
            diag_warning(diags, ids[i].pos, (int)len, KH267,
                         "id '%s' differs from '%s' only in letter case: ids are compared "
                         "exactly, so these are two entries an official cannot tell apart, "
                         "and a reference typed in the other case finds the other one; give "
                         "this one an id that differs in more than case",
                         ids[i].id, ids[first].id);
            diag_note(diags, ids[first].pos, "'%s' is defined here", ids[first].id);
        }
    }
    strset_free(&seen);
    for (size_t i = 0; i < n; i++)
        free(folded[i]);
    free(folded);
}

/* KH267 over each registry of the plan (units, localities, levels,
 * attachments), each on its own: a unit and a locality may share an id. */
static void warn_registry_case_twins(DiagSink *diags, const Plan *plan)
{
    size_t most = plan->n_units;
    most = plan->n_localities > most ? plan->n_localities : most;
    most = plan->n_levels > most ? plan->n_levels : most;
    most = plan->n_attachments > most ? plan->n_attachments : most;
    IdAt *ids = xmalloc((most + 1) * sizeof *ids);
    size_t n = 0;
    for (size_t i = 0; i < plan->n_units; i++)
        if (plan->units[i].id)
            ids[n++] = (IdAt){plan->units[i].id, plan->units[i].pos};
    plan_warn_case_twins(diags, ids, n);
    n = 0;
    for (size_t i = 0; i < plan->n_localities; i++)
        if (plan->localities[i].id)
            ids[n++] = (IdAt){plan->localities[i].id, plan->localities[i].pos};
    plan_warn_case_twins(diags, ids, n);
    n = 0;
    for (size_t i = 0; i < plan->n_levels; i++)
        if (plan->levels[i].id)
            ids[n++] = (IdAt){plan->levels[i].id, plan->levels[i].pos};
    plan_warn_case_twins(diags, ids, n);
    n = 0;
    for (size_t i = 0; i < plan->n_attachments; i++)
        if (plan->attachments[i].id)
            ids[n++] = (IdAt){plan->attachments[i].id, plan->attachments[i].pos};
    plan_warn_case_twins(diags, ids, n);
    free(ids);
}

/* Builds the id index of the plan's registries (units, localities, levels,
 * attachments) and reports each duplicate id (KH200) with a note at the
 * first, and each id that differs from another only in case (KH267). */
void plan_build_index(Arena *arena, DiagSink *diags, Plan *plan)
{
    warn_registry_case_twins(diags, plan);
    struct PlanIndex *index = arena_alloc(arena, sizeof *index);
    index_init(arena, &index->units, plan->n_units);
    index_init(arena, &index->localities, plan->n_localities);
    index_init(arena, &index->levels, plan->n_levels);
    index_init(arena, &index->attachments, plan->n_attachments);
    for (size_t i = 0; i < plan->n_units; i++) {
        Unit *first = index_put(&index->units, plan->units[i].id, &plan->units[i]);
        if (first && !load_pasted_again(plan->units[i].pos)) { /* KH128 said so */
            diag_error(diags, plan->units[i].pos, (int)strlen(plan->units[i].id),
                       KH200, "duplicate unit id '%s': give each unit its own id", plan->units[i].id);
            diag_note(diags, first->pos, "'%s' is first defined here", first->id);
            load_pasted_said(diags, plan->units[i].pos);
        }
    }
    for (size_t i = 0; i < plan->n_localities; i++) {
        Locality *loc = &plan->localities[i];
        Locality *first = index_put(&index->localities, loc->id, loc);
        if (first && !load_pasted_again(loc->pos)) { /* KH128 said so */
            diag_error(diags, loc->pos, (int)strlen(loc->id), KH200,
                       "duplicate locality id '%s': give each locality its own id", loc->id);
            diag_note(diags, first->pos, "'%s' is first defined here", first->id);
            load_pasted_said(diags, loc->pos);
        }
    }
    for (size_t i = 0; i < plan->n_levels; i++) {
        Level *level = &plan->levels[i];
        Level *first = index_put(&index->levels, level->id, level);
        if (first && !load_pasted_again(level->pos)) { /* KH128 said so */
            diag_error(diags, level->pos, (int)strlen(level->id), KH200,
                       "duplicate level id '%s': give each level its own id", level->id);
            diag_note(diags, first->pos, "'%s' is first defined here", first->id);
            load_pasted_said(diags, level->pos);
        }
    }
    for (size_t i = 0; i < plan->n_attachments; i++) {
        Attachment *att = &plan->attachments[i];
        if (!att->id)
            continue;
        Attachment *first = index_put(&index->attachments, att->id, att);
        if (first && !load_pasted_again(att->pos)) { /* KH128 said so */
            diag_error(diags, att->pos, (int)strlen(att->id), KH200,
                       "duplicate attachment id '%s': give each attachment its own id", att->id);
            diag_note(diags, first->pos, "'%s' is first defined here", first->id);
            load_pasted_said(diags, att->pos);
        }
    }
    size_t n_criteria = 0;
    for (size_t c = 0; c < plan->n_catalogs; c++)
        n_criteria += plan->catalogs[c].n_criteria;
    index_init(arena, &index->criteria, n_criteria);
    for (size_t c = 0; c < plan->n_catalogs; c++)
        for (size_t i = 0; i < plan->catalogs[c].n_criteria; i++)
            if (plan->catalogs[c].criteria[i].code) /* the first one of a code stays */
                index_put(&index->criteria, plan->catalogs[c].criteria[i].code,
                          &plan->catalogs[c].criteria[i]);
    size_t n_indicators = 0;
    for (size_t c = 0; c < plan->n_catalogs; c++)
        for (size_t i = 0; i < plan->catalogs[c].n_criteria; i++)
            n_indicators += plan->catalogs[c].criteria[i].n_indicators;
    index_init(arena, &index->indicators, n_indicators);
    for (size_t c = 0; c < plan->n_catalogs; c++)
        for (size_t i = 0; i < plan->catalogs[c].n_criteria; i++) {
            Criterion *crit = &plan->catalogs[c].criteria[i];
            if (!crit->code || index_get(&index->criteria, crit->code) != crit)
                continue; /* a later criterion of a code is never looked in */
            size_t len = strlen(crit->code);
            for (size_t k = 0; k < crit->n_indicators; k++) {
                const char *code = crit->indicators[k].code;
                /* only "N.M" under N: the code a look-up of N.M finds N by */
                if (code && strncmp(code, crit->code, len) == 0 && code[len] == '.')
                    index_put(&index->indicators, code, &crit->indicators[k]);
            }
        }
    index->n_catalogs = plan->n_catalogs;
    plan->index = index;
}

/* The abbreviations a basis's kind may be written as (Nghị định 30/2020,
 * Phụ lục III), each with the kind it prints: all of its kinds a plan
 * cites ("HĐ", a Hợp đồng, was told "did you mean 'HD' (Hướng dẫn)?" and
 * printed "Căn cứ HĐ số ...": s26review). */
static const char *const kind_abbreviations[][2] = {
    {"NQ", "Nghị quyết"}, {"NĐ", "Nghị định"}, {"QĐ", "Quyết định"}, {"CT", "Chỉ thị"},
    {"TT", "Thông tư"},   {"KH", "Kế hoạch"},  {"HD", "Hướng dẫn"},  {"CTr", "Chương trình"},
    {"TB", "Thông báo"},  {"KL", "Kết luận"},  {"QC", "Quy chế"},    {"QyĐ", "Quy định"},
    {"TC", "Thông cáo"},  {"PA", "Phương án"}, {"ĐA", "Đề án"},      {"DA", "Dự án"},
    {"BC", "Báo cáo"},    {"BB", "Biên bản"},  {"TTr", "Tờ trình"},  {"HĐ", "Hợp đồng"},
    {"CĐ", "Công điện"},
};
#define N_KIND_ABBREVIATIONS (sizeof kind_abbreviations / sizeof kind_abbreviations[0])

const char *plan_expand_kind(const char *kind)
{
    for (size_t i = 0; i < N_KIND_ABBREVIATIONS; i++)
        if (strcmp(kind, kind_abbreviations[i][0]) == 0)
            return kind_abbreviations[i][1];
    return kind;
}

const char *plan_kind_by_telex(const char *kind)
{
    for (size_t i = 0; i < N_KIND_ABBREVIATIONS; i++)
        if (telex_typed_for(kind, kind_abbreviations[i][0]))
            return kind_abbreviations[i][0];
    return telex_meant(kind, plan_document_kinds);
}

/* The next character of s as an abbreviation is compared: an ASCII
 * letter in capitals, "Đ" and "đ" as 0x110 (Đ); *s moves past it. 0 at
 * the end, -1 for any other character. */
static int abbreviation_char(const char **s)
{
    const unsigned char *p = (const unsigned char *)*s;
    if (!*p)
        return 0;
    if (p[0] == 0xC4 && (p[1] == 0x90 || p[1] == 0x91)) {
        *s += 2;
        return 0x110;
    }
    *s += 1;
    if (*p >= 'a' && *p <= 'z')
        return *p - 'a' + 'A';
    return *p >= 'A' && *p <= 'Z' ? *p : -1;
}

const char *plan_kind_abbreviation(const char *kind)
{
    for (size_t i = 0; kind && i < N_KIND_ABBREVIATIONS; i++)
        if (vi_same_ignoring_case(kind, kind_abbreviations[i][1]))
            return kind_abbreviations[i][0];
    return NULL;
}

const char *plan_kind_abbreviation_near(const char *kind)
{
    /* the same letters in another case first ("Da": DA, Dự án), then with
     * the stroke of a "Đ" lost ("Nd": NĐ); never a stroke added ("HĐ" is
     * not "HD") */
    for (int stroke = 0; stroke < 2; stroke++)
        for (size_t i = 0; i < N_KIND_ABBREVIATIONS; i++) {
            const char *a = kind_abbreviations[i][0], *b = kind;
            int ca, cb;
            do {
                ca = abbreviation_char(&a);
                cb = abbreviation_char(&b);
            } while (ca > 0 && (ca == cb || (stroke && ca == 0x110 && cb == 'D')));
            if (ca == 0 && cb == 0 && strcmp(kind, kind_abbreviations[i][0]) != 0)
                return kind_abbreviations[i][0];
        }
    return NULL;
}

/* ---- lookups ------------------------------------------------------------------ */

Unit *plan_find_unit(const Plan *plan, const char *id)
{
    const struct PlanIndex *index = plan->index;
    if (index)
        return index_get(&index->units, id);
    for (size_t i = 0; i < plan->n_units; i++)
        if (strcmp(plan->units[i].id, id) == 0)
            return &plan->units[i];
    return NULL;
}

Locality *plan_find_locality(const Plan *plan, const char *id)
{
    const struct PlanIndex *index = plan->index;
    if (index)
        return index_get(&index->localities, id);
    for (size_t i = 0; i < plan->n_localities; i++)
        if (strcmp(plan->localities[i].id, id) == 0)
            return &plan->localities[i];
    return NULL;
}

Level *plan_find_level(const Plan *plan, const char *id)
{
    const struct PlanIndex *index = plan->index;
    if (index)
        return index_get(&index->levels, id);
    for (size_t i = 0; i < plan->n_levels; i++)
        if (strcmp(plan->levels[i].id, id) == 0)
            return &plan->levels[i];
    return NULL;
}

Attachment *plan_find_attachment(const Plan *plan, const char *id)
{
    const struct PlanIndex *index = plan->index;
    if (index)
        return index_get(&index->attachments, id);
    for (size_t i = 0; i < plan->n_attachments; i++)
        if (plan->attachments[i].id && strcmp(plan->attachments[i].id, id) == 0)
            return &plan->attachments[i];
    return NULL;
}

/* Where each registry keeps its ids, for lookups and suggestions. */
static void registry_array(const Plan *plan, Registry registry, const void **base,
                           size_t *count, size_t *stride, size_t *id_offset)
{
    switch (registry) {
    case REG_UNIT:
        *base = plan->units, *count = plan->n_units, *stride = sizeof(Unit);
        *id_offset = offsetof(Unit, id);
        break;
    case REG_LOCALITY:
        *base = plan->localities, *count = plan->n_localities, *stride = sizeof(Locality);
        *id_offset = offsetof(Locality, id);
        break;
    case REG_LEVEL:
        *base = plan->levels, *count = plan->n_levels, *stride = sizeof(Level);
        *id_offset = offsetof(Level, id);
        break;
    case REG_ATTACHMENT:
        *base = plan->attachments, *count = plan->n_attachments, *stride = sizeof(Attachment);
        *id_offset = offsetof(Attachment, id);
        break;
    }
}

/* The use counter of a registry entry found by id, or NULL; *own (when
 * own is not NULL and the entry is found) is the entry's own copy of id. */
static int *uses_of(const Plan *plan, Registry registry, const char *id, const char **own)
{
    int *uses = NULL;
    const char *entry_id = NULL;
    switch (registry) {
    case REG_UNIT: {
        Unit *unit = plan_find_unit(plan, id);
        uses = unit ? &unit->uses : NULL;
        entry_id = unit ? unit->id : NULL;
        break;
    }
    case REG_LOCALITY: {
        Locality *loc = plan_find_locality(plan, id);
        uses = loc ? &loc->uses : NULL;
        entry_id = loc ? loc->id : NULL;
        break;
    }
    case REG_LEVEL: {
        Level *level = plan_find_level(plan, id);
        uses = level ? &level->uses : NULL;
        entry_id = level ? level->id : NULL;
        break;
    }
    case REG_ATTACHMENT: {
        Attachment *att = plan_find_attachment(plan, id);
        uses = att ? &att->uses : NULL;
        entry_id = att ? att->id : NULL;
        break;
    }
    }
    if (uses && own)
        *own = entry_id;
    return uses;
}

/* Where the strings of a registry's entries are, for byname.c. */
static ByNameFields name_fields(Registry registry)
{
    ByNameFields f = {0, 0, BYNAME_NONE, BYNAME_NONE};
    switch (registry) {
    case REG_UNIT:
        f.id = offsetof(Unit, id), f.name = offsetof(Unit, name);
        f.alt = offsetof(Unit, short_name);
        break;
    case REG_LOCALITY:
        f.id = offsetof(Locality, id), f.name = offsetof(Locality, name);
        f.kind = offsetof(Locality, kind);
        break;
    case REG_LEVEL:
        f.id = offsetof(Level, id), f.name = offsetof(Level, name);
        break;
    case REG_ATTACHMENT:
        f.id = offsetof(Attachment, id), f.name = offsetof(Attachment, label);
        break;
    }
    return f;
}

const char *plan_id_by_name(const Plan *plan, Registry registry, const char *text)
{
    const void *base = NULL;
    size_t count = 0, stride = 1, id_offset = 0;
    registry_array(plan, registry, &base, &count, &stride, &id_offset);
    ByNameFields fields = name_fields(registry);
    return byname_find(text, base, count, stride, &fields);
}

/* The id of the one unit whose name id abbreviates (byname_initials), or
 * NULL. */
static const char *unit_by_initials(const Plan *plan, const char *id)
{
    ByNameFields fields = name_fields(REG_UNIT);
    return byname_initials(id, plan->units, plan->n_units, sizeof *plan->units, &fields);
}

/* Whether text is a printed name of the entry id of registry. */
static int name_is(const Plan *plan, Registry registry, const char *id, const char *text)
{
    const void *entry = NULL;
    switch (registry) {
    case REG_UNIT:
        entry = plan_find_unit(plan, id);
        break;
    case REG_LOCALITY:
        entry = plan_find_locality(plan, id);
        break;
    case REG_LEVEL:
        entry = plan_find_level(plan, id);
        break;
    case REG_ATTACHMENT:
        entry = plan_find_attachment(plan, id);
        break;
    }
    ByNameFields fields = name_fields(registry);
    return byname_is(text, entry, &fields);
}

int plan_use_entry(const Plan *plan, Registry registry, const char *id, const char **name)
{
    int *uses = NULL;
    switch (registry) {
    case REG_UNIT: {
        Unit *unit = plan_find_unit(plan, id);
        uses = unit ? &unit->uses : NULL;
        *name = unit ? unit->name : NULL;
        break;
    }
    case REG_LOCALITY: {
        Locality *loc = plan_find_locality(plan, id);
        uses = loc ? &loc->uses : NULL;
        *name = loc ? loc->name : NULL;
        break;
    }
    case REG_LEVEL: {
        Level *level = plan_find_level(plan, id);
        uses = level ? &level->uses : NULL;
        *name = level ? level->name : NULL;
        break;
    }
    case REG_ATTACHMENT: {
        Attachment *att = plan_find_attachment(plan, id);
        uses = att ? &att->uses : NULL;
        *name = att ? att->label : NULL;
        break;
    }
    }
    if (uses)
        (*uses)++;
    return uses != NULL;
}

static int defined_elsewhere(const Plan *plan, Registry registry, const char *id, SrcPos *pos,
                             const char **what, const char **list);

int plan_registry_gone(const Plan *plan, Registry registry, const char *id)
{
    if (plan->registry_lost[registry])
        return 1;
    if (!plan->registry_empty[registry])
        return 0;
    Plan *p = (Plan *)plan; /* counted during resolve, which may write the plan */
    p->empty_refs[registry]++;
    if (!id) /* a figure's: it names no entry */
        p->empty_figures[registry]++;
    for (int i = 0; id && i < 3; i++) {
        char *slot = p->empty_ids[registry][i];
        if (strcmp(slot, id) == 0)
            break;
        if (!*slot) { /* the first three ids, cut whole letters short */
            size_t len = strlen(id), n = len, max = sizeof p->empty_ids[registry][i] - 4;
            if (n > max)
                for (n = max; n && ((unsigned char)id[n] & 0xC0) == 0x80; n--)
                    ;
            memcpy(slot, id, n);
            strcpy(slot + n, n < len ? "..." : "");
            break;
        }
    }
    return 1;
}

static int pos_before(SrcPos a, SrcPos b)
{
    return a.line < b.line || (a.line == b.line && a.col < b.col);
}

int plan_catalog_gone(const Plan *plan, SrcPos at, int span)
{
    if (plan->n_catalogs)
        return 0;
    if (plan->catalogs_failed) /* the import was reported */
        return 1;
    Plan *p = (Plan *)plan; /* counted during resolve and check */
    p->catalog_uses++;
    int own = at.file && p->file && strcmp(at.file, p->file) == 0;
    int had_own = p->catalog_use_at.file && strcmp(p->catalog_use_at.file, p->file) == 0;
    if (at.file && (!p->catalog_use_at.file || (own && !had_own) ||
                    (own && pos_before(at, p->catalog_use_at)))) {
        p->catalog_use_at = at;
        p->catalog_use_span = span;
    }
    return 1;
}

static const SrcPos *broken_entry_for(const Plan *plan, Registry registry, const char *id);

void plan_note_broken_id(Plan *plan, Registry registry, SrcPos at, const char *name)
{
    if (plan->n_broken_ids[registry] >= PLAN_BROKEN_IDS)
        return;
    BrokenId *b = &plan->broken_ids[registry][plan->n_broken_ids[registry]++];
    b->at = at;
    b->name = name;
    b->mark = b->offered;
}

/* 1 when id, unknown and near no id of registry, is the one an entry
 * whose id is missing or broken (Plan.broken_ids; `id: true`, `id: ~`,
 * the line deleted) was meant to have, as broken_entry_for offers it
 * (the entry whose name it abbreviates, else the only one): that entry's
 * error is the one message of the slip (s41msg: KH124 there and KH202 at
 * each use), so its uses are not reported again. An id offered no entry
 * is reported. Written during resolve. */
static int claimed_by_broken(const Plan *plan, Registry registry, const char *id)
{
    return *id && broken_entry_for(plan, registry, id) != NULL;
}

const char *plan_misspelt_meant(const Plan *plan, Registry registry, const char *id)
{
    for (size_t i = 0; i < plan->n_misspelt[registry]; i++)
        if (!strcmp(plan->misspelt[registry][i].typed, id))
            return plan->misspelt[registry][i].defined;
    return NULL;
}

/* 1 when another registry the plan has no list of (Plan.gone_others) had
 * its first use told: that error named this one too (registry_gone.c) */
static int gone_told_other(const Plan *plan, Registry registry)
{
    for (int r = REG_UNIT; r <= REG_LEVEL; r++)
        if (r != (int)registry && plan->registry_empty[r] == 2 && plan->empty_ids[r][0][0] &&
            plan->gone_others[r][0])
            return 1;
    return 0;
}

/* plan_resolve_id; own as uses_of's. */
static int resolve_id(const Plan *plan, Registry registry, const char *id, int count_use,
                      const char **hint, const char **own)
{
    *hint = NULL;
    /* an id misspelt at its entry, told there: its uses keep the id they
     * name (a figure's filter over it compares as typed) */
    const char *meant = plan_misspelt_meant(plan, registry, id);
    int *uses = uses_of(plan, registry, meant ? meant : id, meant ? NULL : own);
    if (uses) {
        if (count_use)
            (*uses)++;
        return 1;
    }
    if (plan->registry_empty[registry] && count_use && *id && !strpbrk(id, ", ") &&
        !defined_elsewhere(plan, registry, id, NULL, NULL, NULL)) {
        /* the registry has no entry at all ('units: []', the list deleted):
         * its uses are one mistake, told once (check.c, or the first use
         * when the plan has no list: plan_unknown_id_message), not each an
         * unknown id (s38types M3: 30 KH202 for one emptied list). The
         * first use by an id (empty_ids holds none yet): a figure over the
         * localities counts too, but its KH505 is a warning, and when it
         * came first the plan's unknown {loc a1} printed "a1", exit 0 */
        int first = !plan->empty_ids[registry][0][0] && plan->registry_empty[registry] == 2 &&
                    !gone_told_other(plan, registry); /* one for all the lists */
        plan_registry_gone(plan, registry, id);
        return !first;
    }
    if (plan->registry_lost[registry]) {
        /* its entries were read as another registry's (the line naming
         * the list was lost, reported once): not reported again, and the
         * entry of that id in the other registry is what the drafter
         * meant, so it is used */
        for (int other = REG_UNIT; count_use && other <= REG_LEVEL; other++)
            if (other != (int)registry && (uses = uses_of(plan, (Registry)other, id, NULL)))
                (*uses)++;
        return 1;
    }
    const char *named = plan_id_by_name(plan, registry, id);
    if (named) {
        /* "lead: Phòng Tài chính - Kế hoạch": the unit's name for its id,
         * reported so (plan_unknown_id_message); the unit counts as used */
        if (count_use && (uses = uses_of(plan, registry, named, NULL)))
            (*uses)++;
        *hint = named;
        return 0;
    }
    if (strpbrk(id, ", ")) {
        /* "vp, nv": several ids in one text, reported as such; the ids it
         * names count as used, so no "never used" follows the one error,
         * nor for the entry a text pasted there took the place of */
        ((Plan *)plan)->unknown_ids += count_use;
        for (const char *s = id; count_use && *s;) {
            size_t n = strcspn(s, ", ");
            char part[128];
            if (n && n < sizeof part) {
                memcpy(part, s, n);
                part[n] = '\0';
                if ((uses = uses_of(plan, registry, part, NULL)))
                    (*uses)++;
            }
            s += n;
            s += strspn(s, ", ");
        }
        return 0;
    }
    const void *base = NULL;
    size_t count = 0, stride = 1, id_offset = 0;
    registry_array(plan, registry, &base, &count, &stride, &id_offset);
    /* a unit's initials ("pnv" of Phòng Nội vụ huyện, renamed noi-vu)
     * before the nearest spelling ("nv", another unit: s18user L1) */
    *hint = registry == REG_UNIT ? unit_by_initials(plan, id) : NULL;
    if (!*hint)
        *hint = suggest_past_siblings(id, suggest_best_in(id, base, count, stride, id_offset),
                                      base, count, stride, id_offset);
    if (*hint && count_use && (uses = uses_of(plan, registry, *hint, NULL)))
        (*uses)++;
    /* the entry meant may be one "never used" names; an empty id too (an
     * assignment's `unit:` emptied gave its KH202 and a KH250 for the unit
     * it named, s41msg left) */
    if (count_use)
        ((Plan *)plan)->unknown_ids++;
    /* "bieu01" with a hint of "bieu02": an entry whose id was emptied first */
    return (!*hint || suggest_numbered_sibling(id, *hint)) && claimed_by_broken(plan, registry, id);
}

int plan_resolve_id(const Plan *plan, Registry registry, const char *id, int count_use,
                    const char **hint)
{
    return resolve_id(plan, registry, id, count_use, hint, NULL);
}

int plan_bind_id(const Plan *plan, Registry registry, const char **id, const char **hint)
{
    const char *own = NULL;
    int found = resolve_id(plan, registry, *id, 1, hint, &own);
    if (own)
        *id = own;
    return found;
}

/* The entry of id in a registry other than registry (units, levels,
 * localities): its position and noun (pos NULL: only whether); 0 if
 * none. */
static int defined_elsewhere(const Plan *plan, Registry registry, const char *id, SrcPos *pos,
                             const char **what, const char **list)
{
    const Unit *unit = registry != REG_UNIT ? plan_find_unit(plan, id) : NULL;
    const Level *level = registry != REG_LEVEL ? plan_find_level(plan, id) : NULL;
    const Locality *loc = registry != REG_LOCALITY ? plan_find_locality(plan, id) : NULL;
    if (!pos) /* only whether */
        return unit || level || loc;
    if (unit)
        *pos = unit->pos, *what = _("a unit"), *list = "units";
    else if (level)
        *pos = level->pos, *what = _("a level"), *list = "levels";
    else if (loc)
        *pos = loc->pos, *what = _("a locality"), *list = "localities";
    return unit || level || loc;
}

int plan_unknown_is_plain(const Plan *plan, Registry registry, const char *id)
{
    size_t counts[] = {plan->n_units, plan->n_localities, plan->n_levels, plan->n_attachments};
    int bytes;
    unsigned cp;
    /* an id an entry with no usable id was offered is claimed before
     * (resolve_id), so one that comes here is offered none */
    return *id && !strpbrk(id, ", ") && plan->registry_empty[registry] != 2 &&
           !foreign_letter(id, &bytes, &cp) &&
           !(registry <= REG_LEVEL && counts[registry] == 0 &&
             defined_elsewhere(plan, registry, id, NULL, NULL, NULL));
}

DiagId plan_unknown_ids_message(const Plan *plan, Registry registry, const char *const *ids,
                                size_t n, Buf *out)
{
    static const char *const nouns[] = {N_("units"), N_("localities"), N_("levels"),
                                        N_("attachments")};
    static const char *const homes[] = {N_("define them under 'units:'"),
                                        N_("define them under 'localities:'"),
                                        N_("define them under 'levels:'"),
                                        N_("declare them under 'attachments:'")};
    static const DiagId codes[] = {KH202, KH203, KH204, KH205};
    (void)plan;
    Buf list = {0};
    for (size_t i = 0; i < n; i++)
        buf_printf(&list, "%s'%s'", i == 0 ? "" : i + 1 < n ? ", " : _(" and "), ids[i]);
    diag_format(out, _("unknown %s %s: %s"), _(nouns[registry]), buf_str(&list),
                _(homes[registry]));
    buf_free(&list);
    return codes[registry];
}

/* The entry with no usable id that the unknown id may be, for its message
 * to say "if it is this one", or NULL: the one whose name id abbreviates
 * (its letters and digits: "ntm-nc" of "nông thôn mới nâng cao",
 * byname_initials), else the registry's only such entry while no other
 * unknown id was offered it. Two unknown ids named the first such entry
 * both (s40types L2); each is offered its own now, or none. */
static const SrcPos *broken_entry_for(const Plan *plan, Registry registry, const char *id)
{
    Plan *p = (Plan *)plan; /* the ids offered, remembered during resolve and check */
    BrokenId *b = p->broken_ids[registry];
    size_t n = p->n_broken_ids[registry], at = n, k = 0;
    char letters[sizeof b->offered];
    if (strlen(id) >= sizeof letters)
        return NULL;
    for (size_t i = 0; i < n; i++)
        if (strcmp(b[i].offered, id) == 0)
            return &b[i].at; /* offered it before */
    for (const char *s = id; *s; s++)
        if ((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9'))
            letters[k++] = *s;
    letters[k] = '\0';
    ByNameFields fields = {offsetof(BrokenId, mark), offsetof(BrokenId, name), BYNAME_NONE,
                           BYNAME_NONE};
    const char *named = n ? byname_initials(letters, b, n, sizeof *b, &fields) : NULL;
    for (size_t i = 0; named && i < n; i++)
        at = b[i].offered == named ? i : at;
    if (at == n && n == 1 && !b[0].offered[0])
        at = 0; /* the one entry, offered no other id */
    if (at == n)
        return NULL;
    if (!b[at].offered[0])
        strcpy(b[at].offered, id);
    return &b[at].at;
}

void plan_note_offered_ids(const Plan *plan, DiagSink *diags)
{
    for (int r = REG_UNIT; r <= REG_ATTACHMENT; r++)
        for (size_t i = 0; i < plan->n_broken_ids[r]; i++) {
            const BrokenId *b = &plan->broken_ids[r][i];
            if (b->offered[0])
                diag_note_on_line(diags, b->at, "the plan's uses name this entry '%s': write "
                                  "'id: %s' here", b->offered, b->offered);
        }
}

/* The entry id of registry, or NULL. */
static const void *entry_of(const Plan *plan, Registry registry, const char *id)
{
    switch (registry) {
    case REG_UNIT:
        return plan_find_unit(plan, id);
    case REG_LOCALITY:
        return plan_find_locality(plan, id);
    case REG_LEVEL:
        return plan_find_level(plan, id);
    case REG_ATTACHMENT:
        return plan_find_attachment(plan, id);
    }
    return NULL;
}

/* The id of the one entry of registry (not attachments) whose name
 * begins with text, a name cut short (byname_begins), and that name in
 * *name; else NULL. */
static const char *id_by_name_begun(const Plan *plan, Registry registry, const char *text,
                                    const char **name)
{
    const void *base = NULL;
    size_t count = 0, stride = 1, id_offset = 0;
    if (registry == REG_ATTACHMENT)
        return NULL;
    registry_array(plan, registry, &base, &count, &stride, &id_offset);
    ByNameFields fields = name_fields(registry);
    const char *id = byname_begins(text, base, count, stride, &fields);
    if (id)
        *name = *(const char *const *)((const char *)entry_of(plan, registry, id) +
                                       fields.name);
    return id;
}

/* 1 if text, an unknown id holding spaces or commas, reads as a name
 * rather than ids written as one: no word of it is an id of registry, and
 * it holds a letter with marks or begins with a capital ("Phòng Y tế";
 * "vp, nv" and "vp nv" are ids, told how a list is written). */
static int reads_as_name(const Plan *plan, Registry registry, const char *text)
{
    int marks = text[0] >= 'A' && text[0] <= 'Z';
    for (const char *t = text; *t && !marks; t++)
        marks = (unsigned char)*t >= 0x80;
    if (!marks || registry == REG_ATTACHMENT)
        return 0;
    Buf word = {0}; /* any length: a fixed 128 bytes skipped an id of 128 (s49review) */
    int name = 1;
    for (const char *t = text; *t && name;) {
        size_t n = strcspn(t, ", ");
        buf_reset(&word);
        buf_putn(&word, t, n);
        name = !n || !entry_of(plan, registry, buf_str(&word));
        t += n;
        t += strspn(t, ", ");
    }
    buf_free(&word);
    return name;
}

/* Writes to out, and returns 1, what an unknown id holding spaces or
 * commas is when it reads as a name: the start of one entry's name ("lead:
 * Phòng Kinh tế" for "Phòng Kinh tế, Hạ tầng và Đô thị"), or a name no
 * entry has ("Phòng Y tế"), which was told to be written as a list of ids,
 * [Phòng, Y, tế] (s48user F3); else 0. noun and home are translated. */
static int name_message(const Plan *plan, Registry registry, const char *id, const char *noun,
                        const char *home, Buf *out)
{
    const char *name = NULL;
    const char *begun = id_by_name_begun(plan, registry, id, &name);
    int as_name = !begun && reads_as_name(plan, registry, id);
    if (begun)
        diag_format(out, _("unknown %s '%s': the name of %s '%s', %s, begins so; write its id, "
                           "'%s'"),
                    noun, id, noun, begun, name, begun);
    else if (as_name)
        diag_format(out, _("unknown %s '%s': that reads as a name, and no %s is so named; write "
                           "the id of the one meant (one word: a-z, 0-9, '-'), or %s with an "
                           "id of its own"),
                    noun, id, noun, home);
    return begun || as_name;
}

DiagId plan_unknown_id_message(const Plan *plan, Registry registry, const char *id,
                               const char *hint, Buf *out)
{
    static const char *const nouns[] = {N_("unit"), N_("locality"), N_("level"),
                                        N_("attachment")};
    static const char *const homes[] = {N_("define it under 'units:'"),
                                        N_("define it under 'localities:'"),
                                        N_("define it under 'levels:'"),
                                        N_("declare it under 'attachments:'")};
    static const DiagId codes[] = {KH202, KH203, KH204, KH205};
    static const char *const lists[] = {"units", "localities", "levels"};
    static const char *const lists_all[] = {"units", "localities", "levels", "attachments"};
    /* a letter of another alphabet in the id or in the id it suggests */
    int id_bytes = 0, hint_bytes = 0;
    unsigned id_cp = 0, hint_cp = 0;
    const char *id_foreign = foreign_letter(id, &id_bytes, &id_cp);
    const char *hint_foreign = hint ? foreign_letter(hint, &hint_bytes, &hint_cp) : NULL;
    size_t counts[] = {plan->n_units, plan->n_localities, plan->n_levels};
    SrcPos pos;
    const SrcPos *broken;
    const char *what, *home_list;
    if (registry <= REG_LEVEL && counts[registry] == 0 && *id &&
        defined_elsewhere(plan, registry, id, &pos, &what, &home_list)) {
        /* a registry with no entry whose ids are another's entries: its
         * list line was lost and its entries, as good as the other's ({id,
         * name} is both a unit and a level), were read as those (a deleted
         * 'levels:' line under 'units:'). This is the one error: the
         * registry is lost from now on (plan_resolve_id), during resolve,
         * which may write the plan */
        ((Plan *)plan)->registry_lost[registry] = 1;
        diag_format(out, _("unknown %s '%s': it is %s (line %d, under '%s:'); is the '%s:' line "
                           "above its entry missing? (until it is back, the uses of its ids are "
                           "not checked)"),
                    _(nouns[registry]), id, what, pos.line, home_list, lists[registry]);
        return codes[registry];
    }
    if (!*id)
        diag_format(out, _("empty reference: write the id of a %s (%s)"), _(nouns[registry]),
                   _(homes[registry]));
    else if (plan->registry_empty[registry] == 2 && plan->gone_others[registry][0])
        diag_format(out, _("unknown %s '%s': the plan has no '%s:' list, nor %s, whose ids it "
                           "uses: an 'include:' of the registry that defines them lost? (write it "
                           "back, or define them; until then their uses are not reported one by "
                           "one)"), _(nouns[registry]), id, lists_all[registry],
                    plan->gone_others[registry]);
    else if (plan->registry_empty[registry] == 2) /* the first use of a plan without the list */
        diag_format(out, _("unknown %s '%s': the plan has no '%s:' list (%s; until then its "
                           "other uses are not reported one by one)"),
                    _(nouns[registry]), id, lists_all[registry], _(homes[registry]));
    else if (hint && name_is(plan, registry, hint, id))
        diag_format(out, _("unknown %s '%s': that is the name of %s '%s'; write its id, '%s'"),
                    _(nouns[registry]), id, _(nouns[registry]), hint, hint);
    else if (strpbrk(id, ", ") && name_message(plan, registry, id, _(nouns[registry]),
                                                _(homes[registry]), out))
        ; /* a name cut short, or a name no entry has: said (s48user F3) */
    else if (strpbrk(id, ", ") && registry != REG_ATTACHMENT) {
        /* "support: vp, nv" is one id with a comma: say how a list is written */
        Buf list = {0};
        for (const char *s = id; *s;) {
            size_t n = strcspn(s, ", ");
            if (n)
                buf_printf(&list, "%s%.*s", list.len ? ", " : "", (int)n, s);
            s += n;
            s += strspn(s, ", ");
        }
        if (!strpbrk(buf_str(&list), ", ")) /* "tckh ": one id and a blank (s21attack L3) */
            diag_format(out, _("unknown %s '%s': an id has no spaces or commas around it; "
                               "write '%s'"),
                        _(nouns[registry]), id, buf_str(&list));
        else
            diag_format(out, _("unknown %s '%s': ids are written one each, as a list: [%s]"),
                        _(nouns[registry]), id, buf_str(&list));
        buf_free(&list);
    } else if (hint && id_foreign && !hint_foreign && lookalike_is_mark(id_cp))
        /* "tckh" and U+0301 typed after it (s23low 4) */
        diag_format(out,
                    _("unknown %s '%s' (did you mean '%s'?): it holds U+%04X, a combining mark "
                      "(an accent typed after a letter), which an id cannot hold; delete the "
                      "mark and write '%s'"),
                    _(nouns[registry]), id, hint, id_cp, hint);
    else if (hint && id_foreign && !hint_foreign)
        /* "tсkh" with a Cyrillic с prints like the "tckh" it suggests */
        diag_format(out,
                    _("unknown %s '%s' (did you mean '%s'?): its '%.*s' is U+%04X, a letter of "
                      "another alphabet that prints like a Latin one; type the id again in ASCII"),
                    _(nouns[registry]), id, hint, id_bytes, id_foreign, id_cp);
    else if (hint && !id_foreign && hint_foreign && lookalike_is_mark(hint_cp))
        diag_format(out,
                    _("unknown %s '%s': the %s '%s' prints alike, but it holds U+%04X, a "
                      "combining mark (an accent typed after a letter); delete the mark there"),
                    _(nouns[registry]), id, _(nouns[registry]), hint, hint_cp);
    else if (hint && !id_foreign && hint_foreign)
        /* the definition holds the lookalike (KH109 there) */
        diag_format(out,
                    _("unknown %s '%s': the %s '%s' prints alike, but its '%.*s' is U+%04X, a "
                      "letter of another alphabet; type that id again in ASCII"),
                    _(nouns[registry]), id, _(nouns[registry]), hint, hint_bytes, hint_foreign,
                    hint_cp);
    else if (hint && registry == REG_UNIT && unit_by_initials(plan, id) == hint)
        /* the name shows which unit the hint is, for the reader to judge */
        diag_format(out, _("unknown unit '%s' (did you mean '%s'? its name, %s, has the initials "
                           "'%s')"),
                    id, hint, plan_find_unit(plan, hint)->name, id);
    else if (hint)
        diag_format(out, _("unknown %s '%s' (did you mean '%s'?)"), _(nouns[registry]), id, hint);
    else if ((broken = broken_entry_for(plan, registry, id)) != NULL) /* the cause (s40types) */
        diag_format(out, _("unknown %s '%s': the %s at %s:%d has no usable id (reported there); "
                           "if it is this one, give it the id '%s', else %s"),
                    _(nouns[registry]), id, _(nouns[registry]), broken->file, broken->line, id,
                    _(homes[registry]));
    else
        diag_format(out, _("unknown %s '%s': %s"), _(nouns[registry]), id, _(homes[registry]));
    return codes[registry];
}

const Criterion *plan_find_criterion(const Plan *plan, const char *code,
                                     const Indicator **indicator)
{
    if (indicator)
        *indicator = NULL;
    if (!catalog_code_well_formed(code))
        return NULL;
    const char *dot = strchr(code, '.');
    size_t crit_len = dot ? (size_t)(dot - code) : strlen(code);
    /* hashed once the plan is indexed (30,000 codes named against a
     * catalog of 30,000 took 5 s), else the catalogs in order */
    const struct PlanIndex *index = plan->index;
    char key[64];
    if (index && index->n_catalogs == plan->n_catalogs && crit_len < sizeof key) {
        memcpy(key, code, crit_len);
        key[crit_len] = '\0';
        Criterion *crit = index_get(&index->criteria, key);
        if (!crit || !dot)
            return crit;
        if (indicator)
            *indicator = index_get(&index->indicators, code);
        return crit; /* caller decides whether an unlisted N.M is acceptable */
    }
    for (size_t c = 0; c < plan->n_catalogs; c++) {
        const Catalog *cat = &plan->catalogs[c];
        for (size_t i = 0; i < cat->n_criteria; i++) {
            const Criterion *crit = &cat->criteria[i];
            if (strlen(crit->code) != crit_len || strncmp(crit->code, code, crit_len) != 0)
                continue;
            if (!dot)
                return crit;
            for (size_t k = 0; k < crit->n_indicators; k++) {
                if (strcmp(crit->indicators[k].code, code) == 0) {
                    if (indicator)
                        *indicator = &crit->indicators[k];
                    return crit;
                }
            }
            return crit; /* caller decides whether an unlisted N.M is acceptable */
        }
    }
    return NULL;
}

/* ---- tables ------------------------------------------------------------------ */

int attach_cell_covered(const Attachment *att, size_t row, size_t col)
{
    /* compute_merges marks the cells a merge spans, so this is constant
     * time (walking up through equal texts was quadratic in a column of
     * 10,000 equal cells) */
    if (row >= att->n_rows || col >= ATTACH_MAX_COLUMNS)
        return 0;
    return (att->rows[row].covered >> col) & 1u;
}

/* ---- walking the body --------------------------------------------------- */

typedef struct BodyWalk {
    const BodyNode **ancestors;
    size_t cap;
    void (*visit)(void *data, const BodyPlace *place);
    void *data;
} BodyWalk;

static void walk_items(BodyWalk *w, BodyNode *const *items, size_t n, size_t depth)
{
    if (depth == w->cap) {
        w->cap = w->cap ? w->cap * 2 : 16;
        w->ancestors = xrealloc(w->ancestors, w->cap * sizeof *w->ancestors);
    }
    enum { AHEAD = 4 }; /* siblings fetched ahead: a national plan's 55,000
                           nodes are scattered, and the walk is made 8
                           times (s17perf) */
    for (size_t i = 0; i < n; i++) {
        if (i + AHEAD < n && items[i + AHEAD]) {
            prefetch(items[i + AHEAD]);         /* its kind, title, text */
            prefetch(&items[i + AHEAD]->items); /* its task, children, position */
        }
        const BodyNode *node = items[i];
        if (!node)
            continue;
        BodyPlace place = {node, w->ancestors, depth, i};
        w->visit(w->data, &place);
        w->ancestors[depth] = node;
        walk_items(w, node->items, node->n_items, depth + 1);
    }
}

void plan_walk_body(BodyNode *const *items, size_t n,
                    void (*visit)(void *data, const BodyPlace *place), void *data)
{
    BodyWalk w = {NULL, 0, visit, data};
    walk_items(&w, items, n, 0);
    free(w.ancestors);
}

const BodyNode *plan_body_enclosing(const BodyPlace *place, NodeKind kind, int stop)
{
    for (size_t d = place->depth; d-- > 0;) {
        const BodyNode *up = place->ancestors[d];
        if (up->kind == kind)
            return up;
        if (stop >= 0 && up->kind == (NodeKind)stop)
            return NULL;
    }
    return NULL;
}

long plan_closing_open_mark(const char *text, size_t len)
{
    if (len == 0)
        return -1;
    char last = text[len - 1];
    return last == ':' || last == ';' || last == ',' ? (long)(len - 1) : -1;
}

int plan_body_has_table(const BodyNode *node)
{
    if (!node)
        return 0;
    if (node->kind == NODE_TABLE)
        return 1;
    for (size_t i = 0; i < node->n_items; i++)
        if (plan_body_has_table(node->items[i]))
            return 1;
    return 0;
}
