/* query.c - the query vocabulary (query.h): the sources and their fields,
 * what a filter's wanted value means, and a locality's numbers.
 *
 * Read by figures*.c (the text's figures) and attach_rows.c (the tables'
 * rows, `where`, sort, group); query_fields.c gives the values. Reads a
 * resolved Plan; writes nothing.
 *
 * One table of fields per source, the only list of names either syntax
 * accepts: a figure's filter or field and a table's column, `where`, sort
 * or group_by look a name up here (query_lookup), so a word one of them
 * knows the other knows, with the same meaning. Older spellings stay as
 * aliases: a figure once said `unit` for tasks' responsible units (lead,
 * support or assignment: the ids of `responsible`) and `locality` for
 * `localities`.
 *
 * The rule worth writing down for locality numbers: a locality's
 * criteria_planned is what it states, and when it states none but lists the
 * criteria it plans (criteria: [...]), the number of those. A locality
 * that lists three codes and no criteria_planned plans three criteria, in a
 * table column, a totals row and a figure of the text alike (check.c
 * reports KH510 when a stated number and the list disagree).
 */
#include "query.h"

#include <stdlib.h>
#include <string.h>

#include "catalog.h"
#include "suggest.h"

/* ---- the vocabulary ------------------------------------------------------- */

const char *const query_source_names[] = {"localities", "tasks", "criteria", "indicators",
                                          NULL};

static const Field locality_fields[] = {
    {"id", F_ID, IDS_LOCALITY, QV_TEXT},
    {"name", F_NAME, IDS_NONE, QV_TEXT},
    {"kind", F_KIND, IDS_NONE, QV_TEXT},
    {"name_full", F_NAME_FULL, IDS_NONE, QV_TEXT},
    {"parent", F_PARENT, IDS_LOCALITY, QV_TEXT},
    {"parent_full", F_PARENT_FULL, IDS_LOCALITY, QV_TEXT},
    {"status", F_STATUS, IDS_LEVEL, QV_TEXT},
    {"target", F_TARGET, IDS_LEVEL, QV_TEXT},
    {"target_year", F_TARGET_YEAR, IDS_NONE, QV_NUMBER},
    {"criteria_met", F_CRITERIA_MET, IDS_NONE, QV_NUMBER},
    {"criteria_planned", F_CRITERIA_PLANNED, IDS_NONE, QV_NUMBER},
    {"criteria_total", F_CRITERIA_TOTAL, IDS_NONE, QV_NUMBER},
    {"criteria", F_CRITERIA, IDS_CRITERION, QV_LIST},
    {"criteria_names", F_CRITERIA_NAMES, IDS_CRITERION, QV_TEXT},
    {"n_criteria", F_N_CRITERIA, IDS_NONE, QV_NUMBER},
    {"note", F_NOTE, IDS_NONE, QV_TEXT},
    {NULL, 0, IDS_NONE, QV_TEXT},
};

static const Field task_fields[] = {
    {"id", F_ID, IDS_NONE, QV_TEXT},
    {"task", F_TASK, IDS_NONE, QV_TEXT},
    {"title", F_TITLE, IDS_NONE, QV_TEXT},
    {"text", F_TEXT, IDS_NONE, QV_TEXT},
    {"lead", F_LEAD, IDS_UNIT, QV_TEXT},
    {"lead_short", F_LEAD_SHORT, IDS_UNIT, QV_TEXT},
    {"support", F_SUPPORT, IDS_UNIT, QV_TEXT},
    {"support_short", F_SUPPORT_SHORT, IDS_UNIT, QV_TEXT},
    {"lead_note", F_LEAD_NOTE, IDS_NONE, QV_TEXT},
    {"responsible", F_RESPONSIBLE, IDS_UNIT, QV_TEXT},
    {"assign", F_ASSIGN, IDS_UNIT, QV_TEXT},
    {"due", F_DUE, IDS_NONE, QV_TEXT},
    {"due_date", F_DUE_DATE, IDS_NONE, QV_TEXT},
    {"criteria", F_CRITERIA, IDS_CRITERION, QV_LIST},
    {"criteria_names", F_CRITERIA_NAMES, IDS_CRITERION, QV_TEXT},
    {"indicators", F_INDICATORS, IDS_CRITERION, QV_LIST},
    {"localities", F_LOCALITIES, IDS_LOCALITY, QV_LIST},
    {"section", F_SECTION, IDS_NONE, QV_TEXT},
    {"clause", F_CLAUSE, IDS_NONE, QV_TEXT},
    {NULL, 0, IDS_NONE, QV_TEXT},
};

/* criteria and indicators offer the same fields */
static const Field criterion_fields[] = {
    {"code", F_CODE, IDS_CRITERION, QV_TEXT},
    {"name", F_NAME, IDS_NONE, QV_TEXT},
    {"group", F_GROUP, IDS_NONE, QV_TEXT},
    {"criterion", F_CRITERION, IDS_CRITERION, QV_TEXT},
    {"criterion_name", F_CRITERION_NAME, IDS_NONE, QV_TEXT},
    {"indicators", F_INDICATORS, IDS_CRITERION, QV_LIST},
    {"lead", F_LEAD, IDS_UNIT, QV_TEXT},
    {"lead_short", F_LEAD_SHORT, IDS_UNIT, QV_TEXT},
    {"support", F_SUPPORT, IDS_UNIT, QV_TEXT},
    {"support_short", F_SUPPORT_SHORT, IDS_UNIT, QV_TEXT},
    {"lead_note", F_LEAD_NOTE, IDS_NONE, QV_TEXT},
    {"responsible", F_RESPONSIBLE, IDS_UNIT, QV_TEXT},
    {"assign", F_ASSIGN, IDS_UNIT, QV_TEXT},
    {"due", F_DUE, IDS_NONE, QV_TEXT},
    {"localities", F_LOCALITIES, IDS_LOCALITY, QV_LIST},
    {"n_localities", F_N_LOCALITIES, IDS_NONE, QV_NUMBER},
    {NULL, 0, IDS_NONE, QV_TEXT},
};

/* Older spellings, each the same field as its canonical name. */
static const struct {
    Source source;
    const char *alias;
    const char *name;
} aliases[] = {
    {SRC_TASKS, "unit", "responsible"},    /* figures: lead, support or assignment */
    {SRC_TASKS, "locality", "localities"}, /* figures: the localities a task is about */
};

const Field *query_fields(Source source)
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

static const Field *find_field(Source source, const char *name)
{
    for (const Field *f = query_fields(source); f->name; f++)
        if (strcmp(f->name, name) == 0)
            return f;
    return NULL;
}

static int some_locality_has(const Plan *plan, const char *key)
{
    for (size_t i = 0; i < plan->n_localities; i++) {
        const Locality *loc = &plan->localities[i];
        for (size_t k = 0; k < loc->n_attrs; k++)
            if (strcmp(loc->attrs[k].key, key) == 0)
                return 1;
    }
    return 0;
}

typedef struct DataSearch {
    const char *key;
    int found;
} DataSearch;

static void task_has(void *data, const BodyPlace *place)
{
    DataSearch *s = data;
    const Task *task = place->node->task;
    for (size_t k = 0; task && !s->found && k < task->n_attrs; k++)
        s->found = strcmp(task->attrs[k].key, s->key) == 0;
}

/* 1 if some task of the body has the data attribute key. */
static int some_task_has(const Plan *plan, const char *key)
{
    DataSearch search = {key, 0};
    plan_walk_body(plan->body, plan->n_body, task_has, &search);
    return search.found;
}

/* A data key of the localities' or the tasks' attributes: how many hold
 * it, and whether one holds a text (a value that is no number). */
typedef struct KeyStat {
    const char *key;
    uint64_t hash;             /* str_hash64(key) */
    size_t holders;
    int text;
    struct KeyStat *next;
    struct KeyStat *later;     /* the next key met first after this one */
    size_t *at;                /* the entries that hold it, ascending, once
                                  each (query_key_holders) */
    size_t n_at;
} KeyStat;

/* The data keys the plan's queries name, by source (localities, tasks):
 * each name query_lookup was asked that is no field, in the order asked,
 * repeats kept (a set is made once, by the one reader, datakeys.c). */
struct DataNames {
    Arena *arena;
    const char **names[2];
    size_t n[2], cap[2];
    KeyStat **keys[2];         /* every data key of the source, by hash (data_index) */
    size_t n_buckets[2];
    const char **distinct[2];  /* the same keys, in the order first met */
    size_t n_distinct[2];
    size_t n_entries[2];       /* the localities, or the tasks of the body walk */
    const void **entries[2];   /* each of them (a Locality, a Task), in that order */
};

void query_begin(Arena *arena, Plan *plan)
{
    struct DataNames *dn = arena_alloc(arena, sizeof *dn);
    memset(dn, 0, sizeof *dn);
    dn->arena = arena;
    plan->data_names = dn;
}

static void record_name(const Plan *plan, Source source, const char *key)
{
    struct DataNames *dn = plan->data_names;
    if (!dn || (source != SRC_LOCALITIES && source != SRC_TASKS))
        return;
    if (dn->n[source] == dn->cap[source]) { /* doubling in the arena: twice the names at most */
        size_t cap = dn->cap[source] ? 2 * dn->cap[source] : 16;
        const char **grown = arena_alloc(dn->arena, cap * sizeof *grown);
        if (dn->n[source])
            memcpy(grown, dn->names[source], dn->n[source] * sizeof *grown);
        dn->names[source] = grown;
        dn->cap[source] = cap;
    }
    /* a copy: a figure's words live in a buffer of its own reading */
    dn->names[source][dn->n[source]++] = arena_strdup(dn->arena, key);
}

const char *const *query_named_keys(const Plan *plan, Source source, size_t *count)
{
    const struct DataNames *dn = plan->data_names;
    *count = 0;
    if (!dn || (source != SRC_LOCALITIES && source != SRC_TASKS))
        return NULL;
    *count = dn->n[source];
    return dn->names[source];
}

static KeyStat *key_stat(const struct DataNames *dn, Source source, const char *key);
static struct DataNames *data_index(const Plan *plan, Source source);

int query_lookup(const Plan *plan, Source source, const char *name, FieldRef *out)
{
    memset(out, 0, sizeof *out);
    out->field = find_field(source, name);
    for (size_t i = 0; !out->field && i < sizeof aliases / sizeof aliases[0]; i++)
        if (aliases[i].source == source && strcmp(aliases[i].alias, name) == 0)
            out->field = find_field(source, aliases[i].name);
    if (out->field)
        return 0;
    if (source != SRC_LOCALITIES && source != SRC_TASKS)
        return -1;
    int prefixed = strncmp(name, "data.", 5) == 0 && name[5];
    const char *key = prefixed ? name + 5 : name;
    out->data_key = key;
    const struct DataNames *dn = data_index(plan, source);
    if (dn) /* one pass over the attributes, not a walk per name asked */
        out->data_known = key_stat(dn, source, key) != NULL;
    else
        out->data_known =
            source == SRC_TASKS ? some_task_has(plan, key) : some_locality_has(plan, key);
    /* "data..x", a dot typed twice: a key no entry has is an unknown
     * filter (KH503, with the nearest name), not one matching nothing
     * (KH505), nor a name read that KH260 offered ".x" for (s30attack) */
    if (prefixed && *key == '.' && !out->data_known)
        return -1;
    record_name(plan, source, key);
    return prefixed || out->data_known ? 0 : -1;
}

/* The data keys of the localities or the tasks, made in one pass over
 * their attributes the first time a key is asked about (after
 * query_begin), so that asking each of N figures' keys costs no walk of
 * the N localities (s26attack: a walk per key was quadratic). */
typedef struct KeyPass {
    struct DataNames *dn;
    Source source;
    size_t n_attrs;            /* counting pass: the attributes */
    int holders_pass;          /* the third pass: each key's entries */
    size_t entry;              /* the entry being read, from 0 */
    KeyStat *first, *last;     /* the keys in the order first met */
} KeyPass;

static KeyStat *key_stat(const struct DataNames *dn, Source source, const char *key)
{
    if (!dn->n_buckets[source])
        return NULL;
    uint64_t h = str_hash64(key); /* not djb2: keys of "Ez" and "FY" made one chain */
    for (KeyStat *k = dn->keys[source][h & (dn->n_buckets[source] - 1)]; k; k = k->next)
        if (k->hash == h && strcmp(k->key, key) == 0)
            return k;
    return NULL;
}

static void index_attrs(KeyPass *ix, const void *item, const Attr *attrs, size_t n)
{
    struct DataNames *dn = ix->dn;
    size_t entry = ix->entry++;
    if (!dn->keys[ix->source]) {
        ix->n_attrs += n;
        return;
    }
    if (ix->holders_pass)
        dn->entries[ix->source][entry] = item;
    for (size_t i = 0; i < n; i++) {
        KeyStat *k = key_stat(dn, ix->source, attrs[i].key);
        if (ix->holders_pass) { /* an entry's key twice: the entry once */
            if (!k->n_at || k->at[k->n_at - 1] != entry)
                k->at[k->n_at++] = entry;
            continue;
        }
        if (!k) {
            uint64_t h = str_hash64(attrs[i].key);
            KeyStat **bucket = &dn->keys[ix->source][h & (dn->n_buckets[ix->source] - 1)];
            k = arena_alloc(dn->arena, sizeof *k);
            *k = (KeyStat){attrs[i].key, h, 0, 0, *bucket, NULL, NULL, 0};
            *bucket = k;
            if (ix->last)
                ix->last->later = k;
            else
                ix->first = k;
            ix->last = k;
        }
        k->holders++;
        k->text |= !attrs[i].is_number;
    }
}

static void index_task(void *data, const BodyPlace *place)
{
    const Task *task = place->node->task;
    if (task)
        index_attrs(data, task, task->attrs, task->n_attrs);
}

static void index_pass(const Plan *plan, KeyPass *ix)
{
    ix->entry = 0;
    if (ix->source == SRC_TASKS)
        plan_walk_body(plan->body, plan->n_body, index_task, ix);
    else
        for (size_t i = 0; i < plan->n_localities; i++)
            index_attrs(ix, &plan->localities[i], plan->localities[i].attrs,
                        plan->localities[i].n_attrs);
}

/* The index of source's data keys (made if need be), or NULL before
 * query_begin: three passes over the attributes (count them; the keys;
 * each key's entries, one size_t per attribute in all). */
static struct DataNames *data_index(const Plan *plan, Source source)
{
    struct DataNames *dn = plan->data_names;
    if (!dn || dn->keys[source])
        return dn;
    KeyPass ix = {.dn = dn, .source = source};
    index_pass(plan, &ix); /* count, for the number of buckets */
    size_t n = 64;
    while (n < ix.n_attrs)
        n *= 2;
    dn->n_buckets[source] = n;
    dn->keys[source] = arena_alloc(dn->arena, n * sizeof *dn->keys[source]);
    memset(dn->keys[source], 0, n * sizeof *dn->keys[source]);
    index_pass(plan, &ix);
    dn->n_entries[source] = ix.entry;
    size_t n_keys = 0;
    for (KeyStat *k = ix.first; k; k = k->later)
        n_keys++;
    dn->distinct[source] = arena_alloc(dn->arena, (n_keys + 1) * sizeof *dn->distinct[source]);
    for (KeyStat *k = ix.first; k; k = k->later) {
        k->at = arena_alloc(dn->arena, (k->holders + 1) * sizeof *k->at);
        dn->distinct[source][dn->n_distinct[source]++] = k->key;
    }
    dn->entries[source] = arena_alloc(dn->arena, (ix.entry + 1) * sizeof *dn->entries[source]);
    ix.holders_pass = 1;
    index_pass(plan, &ix);
    return dn;
}

const size_t *query_key_holders(const Plan *plan, Source source, const char *key, size_t *n)
{
    *n = 0;
    if (source != SRC_LOCALITIES && source != SRC_TASKS)
        return NULL;
    struct DataNames *dn = key ? data_index(plan, source) : NULL;
    static const size_t none[1];
    const KeyStat *k = dn ? key_stat(dn, source, key) : NULL;
    if (!k)
        return dn ? none : NULL; /* indexed, and held by none */
    *n = k->n_at;
    return k->at;
}

const void *query_data_entry(const Plan *plan, Source source, size_t i)
{
    size_t n_keys, n;
    if (!query_data_keys(plan, source, &n_keys, &n) || i >= n)
        return NULL;
    return plan->data_names->entries[source][i];
}

const char *const *query_data_keys(const Plan *plan, Source source, size_t *n, size_t *entries)
{
    *n = *entries = 0;
    if (source != SRC_LOCALITIES && source != SRC_TASKS)
        return NULL;
    struct DataNames *dn = data_index(plan, source);
    if (!dn)
        return NULL;
    *n = dn->n_distinct[source];
    *entries = dn->n_entries[source];
    return dn->distinct[source];
}

int query_ref_numeric(const Plan *plan, Source source, const FieldRef *ref)
{
    if (ref->field)
        return ref->field->kind == QV_NUMBER;
    if (!ref->data_key || (source != SRC_LOCALITIES && source != SRC_TASKS))
        return 0;
    struct DataNames *dn = data_index(plan, source);
    if (!dn) /* before query_begin: the filter compares both ways, as it did */
        return 0;
    const KeyStat *k = key_stat(dn, source, ref->data_key);
    return k && k->holders > 0 && !k->text;
}

ValueKind query_ref_kind(const FieldRef *ref)
{
    return ref->field ? ref->field->kind : QV_NUMBER;
}

IdKind query_ref_ids(const FieldRef *ref)
{
    return ref->field ? ref->field->ids : IDS_NONE;
}

/* ---- values and filters ------------------------------------------------------ */

int query_number_of(ValueKind kind, const FieldValue *value, double *out)
{
    if (kind == QV_LIST) {
        *out = (double)value->n_raw;
        return 1;
    }
    if (!value->is_number)
        return 0;
    *out = value->number;
    return 1;
}

void query_cell_value(const Cell *cell, FieldValue *out)
{
    memset(out, 0, sizeof *out);
    out->text = cell->text ? cell->text : "";
    out->is_number = cell->is_number;
    out->number = cell->number;
}

int query_is_empty(const FieldValue *value)
{
    if (value->raw)
        return value->n_raw == 0;
    return !*value->text && !value->is_number;
}

static int equals(const FieldValue *value, IdKind ids, const Want *want)
{
    if (!*want->text)
        return query_is_empty(value);
    if (strcmp(want->text, "*") == 0)
        return !query_is_empty(value);
    if (value->is_number && want->has_number)
        return value->number == want->number;
    if (value->raw) {
        for (size_t i = 0; i < value->n_raw; i++) {
            if (strcmp(value->raw[i], want->text) == 0)
                return 1;
            if (ids == IDS_CRITERION && catalog_code_in(value->raw[i], want->text))
                return 1;
        }
        return 0;
    }
    return strcmp(value->text, want->text) == 0;
}

int query_match(const FieldValue *value, IdKind ids, const Want *want)
{
    switch (want->op) {
    case OP_EQ:
        return equals(value, ids, want);
    case OP_NE:
        return !equals(value, ids, want);
    default:
        break;
    }
    if (!value->is_number || !want->has_number)
        return 0;
    switch (want->op) {
    case OP_LT:
        return value->number < want->number;
    case OP_LE:
        return value->number <= want->number;
    case OP_GT:
        return value->number > want->number;
    default:
        return value->number >= want->number;
    }
}

/* ---- lists of distinct strings ------------------------------------------------- */

/* The one hash (util.h); only the slots depend on it, the items keep
 * their order. */
static size_t strlist_hash(const char *s, size_t n)
{
    return (size_t)text_hash(s, n);
}

/* Enters item i, whose hash is h, into the slots. */
static void strlist_index_at(StrList *list, size_t i, size_t h)
{
    size_t mask = list->n_slots - 1;
    h &= mask;
    while (list->slots[h])
        h = (h + 1) & mask;
    list->slots[h] = i + 1;
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
long query_strlist_index(const StrList *list, const char *s, size_t n)
{
    if (!list->slots) {
        for (size_t i = 0; i < list->count; i++)
            if (strncmp(list->items[i], s, n) == 0 && list->items[i][n] == '\0')
                return (long)i;
        return -1;
    }
    size_t mask = list->n_slots - 1;
    for (size_t h = strlist_hash(s, n) & mask; list->slots[h]; h = (h + 1) & mask) {
        const char *item = list->items[list->slots[h] - 1];
        if (strncmp(item, s, n) == 0 && item[n] == '\0')
            return (long)(list->slots[h] - 1);
    }
    return -1;
}

int query_strlist_has(const StrList *list, const char *s, size_t n)
{
    return query_strlist_index(list, s, n) >= 0;
}

void query_strlist_add(StrList *list, const char *s)
{
    if (!s || !*s)
        return;
    size_t n = strlen(s), h = 0;
    if (list->slots) { /* hashed once, for the look-up and the entry */
        h = strlist_hash(s, n);
        size_t mask = list->n_slots - 1;
        for (size_t k = h & mask; list->slots[k]; k = (k + 1) & mask) {
            const char *item = list->items[list->slots[k] - 1];
            if (strncmp(item, s, n) == 0 && item[n] == '\0')
                return;
        }
    } else if (query_strlist_has(list, s, n)) {
        return;
    }
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
        strlist_index_at(list, list->count - 1, h);
    }
}

void query_strlist_free(StrList *list)
{
    free(list->items);
    free(list->slots);
    memset(list, 0, sizeof *list);
}

/* ---- a locality's numbers ---------------------------------------------------- */

static const char *const number_names[QN_COUNT] = {
    [QN_TARGET_YEAR] = "target_year",
    [QN_CRITERIA_MET] = "criteria_met",
    [QN_CRITERIA_PLANNED] = "criteria_planned",
    [QN_CRITERIA_TOTAL] = "criteria_total",
    [QN_N_CRITERIA] = "n_criteria",
};

int query_locality_number_field(const char *name)
{
    for (int i = 0; i < QN_COUNT; i++)
        if (strcmp(number_names[i], name) == 0)
            return i;
    return -1;
}

const char *query_locality_number_name(QueryNumber field)
{
    return field < QN_COUNT ? number_names[field] : "";
}

/* criteria_planned as query.h defines it; 0 if the locality has none */
static int criteria_planned(const Locality *loc, double *value)
{
    if (loc->criteria_planned >= 0) {
        *value = loc->criteria_planned;
        return 1;
    }
    if (loc->n_criteria > 0) {
        *value = (double)loc->n_criteria;
        return 1;
    }
    return 0;
}

int query_locality_number(const Locality *loc, QueryNumber field, double *value)
{
    double planned;
    switch (field) {
    case QN_TARGET_YEAR:
        if (!loc->target_year)
            return 0;
        *value = loc->target_year;
        return 1;
    case QN_CRITERIA_MET:
        if (loc->criteria_met < 0)
            return 0;
        *value = loc->criteria_met;
        return 1;
    case QN_CRITERIA_PLANNED:
        return criteria_planned(loc, value);
    case QN_CRITERIA_TOTAL:
        /* met plus planned; a locality that plans nothing adds 0 */
        if (loc->criteria_met < 0)
            return 0;
        *value = loc->criteria_met + (criteria_planned(loc, &planned) ? planned : 0);
        return 1;
    case QN_N_CRITERIA:
        *value = (double)loc->n_criteria;
        return 1;
    case QN_COUNT:
        break;
    }
    return 0;
}

/* ---- a value no item has ------------------------------------------------------ */

void query_note_texts(const FieldValue *value, StrList *seen)
{
    if (value->raw)
        for (size_t i = 0; i < value->n_raw; i++)
            query_strlist_add(seen, value->raw[i]);
    else
        query_strlist_add(seen, value->text);
}

char *query_unmatched(const StrList *seen, const Want *wants, size_t n, const char **value)
{
    *value = NULL;
    for (size_t a = 0; a < n; a++) {
        const Want *want = &wants[a];
        if (want->op != OP_EQ || want->has_number || !*want->text ||
            strcmp(want->text, "*") == 0 || query_strlist_has(seen, want->text, strlen(want->text)))
            continue;
        *value = want->text;
        const char *near = suggest_best(want->text, seen->items, seen->count);
        return near ? xstrdup(near) : NULL;
    }
    return NULL;
}

char *query_unmatched_value(QueryCtx *q, Source source, const Catalog *catalog,
                            const FieldRef *ref, const Want *wants, size_t n, const char **value)
{
    StrList seen = {0};
    /* a data key of the localities: the texts of those that hold it (the
     * others' is "", which a list of texts leaves out), in the same order */
    size_t n_at = 0;
    const size_t *at = source == SRC_LOCALITIES && !ref->field && ref->data_key
                           ? query_key_holders(q->plan, source, ref->data_key, &n_at)
                           : NULL;
    for (size_t i = 0; at && i < n_at; i++) {
        FieldValue v;
        query_value(q, source, &q->plan->localities[at[i]], ref, &v);
        query_note_texts(&v, &seen);
    }
    const void **items;
    size_t count = at ? 0 : query_items(q, source, catalog, &items);
    for (size_t i = 0; i < count; i++) {
        FieldValue v;
        query_value(q, source, items[i], ref, &v);
        query_note_texts(&v, &seen);
    }
    char *hint = query_unmatched(&seen, wants, n, value);
    query_strlist_free(&seen);
    return hint;
}
