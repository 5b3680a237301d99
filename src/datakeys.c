/* datakeys.c - a `data:` key misspelt in one entry (KH260).
 *
 * A locality's (or a task's) `data:` holds keys of the drafter's own
 * choosing, so a key khgen does not know is no mistake by itself: a
 * registry shared by several plans holds keys one plan reads and another
 * does not. But `dan_s0` written in one locality where the tables read
 * `dan_so` blanks that locality's cell and drops its number from the
 * totals row and the figures, with the build's status 0 (the one-line
 * slips sweep, s19slip). The signal is not "unused" but "a near miss of a
 * key the plan reads": query.c records every data key a table column,
 * `where`, `sort`, `group_by` or figure names (query_lookup, also the
 * names that matched nothing, KH614's), and once every table and figure
 * is read, each entry's key that none of them names, which is close to
 * one that is named (suggest.h's measure) that the same entry lacks, is
 * a warning at the key: "did you mean 'dan_so'?". An entry that has both
 * keys means both; a key far from every named one is the drafter's own,
 * and so is a key of fewer than four letters ('x' is one edit from 'y').
 *
 * Called last by check_plan (stage 4); reads the Plan, writes only the
 * warnings.
 */
#include "datakeys.h"

#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "query.h"
#include "suggest.h"
#include "util.h"
#include "vi.h"

/* Keys shorter than this are not judged: 'x' and 'y' are one edit apart
 * and two different numbers (tests/diag/fig-data-as-text). */
enum { MIN_KEY = 4 };

typedef struct KeyCheck {
    DiagSink *diags;
    StrSet named;            /* the keys the plan names */
    const char **uniq;       /* the same, once each: suggest's candidates */
    size_t n_uniq;
    StrSet judged;           /* an unnamed key seen -> its index in hints */
    size_t *hints;           /* the index in uniq of the named key it is a
                                near miss of, or NONE */
    size_t n_hints, cap_hints;
    size_t *present;         /* uniq[k] is a key of the entry being checked
                                when present[k] == stamp: whether the entry
                                has the key meant is one look, not a pass
                                over its keys (that pass made an entry of
                                16,000 near-miss keys cost 256 million
                                comparisons; s20scale) */
    size_t stamp;
    int tasks;               /* the entries are tasks (else localities) */
    StrSet withdrawn;        /* the keys meant whose figures' warnings
                                were withdrawn (diag_withdraw_tagged) */
} KeyCheck;

static const size_t NONE = (size_t)-1;

/* The index in kc->uniq of the named key an unnamed key is a near miss of
 * (NONE: none), asked of suggest once per distinct key. */
static size_t near_miss(KeyCheck *kc, const char *key)
{
    size_t at = strset_find(&kc->judged, key);
    if (at != (size_t)-1)
        return kc->hints[at];
    if (kc->n_hints == kc->cap_hints) {
        kc->cap_hints = kc->cap_hints ? 2 * kc->cap_hints : 16;
        kc->hints = xrealloc(kc->hints, kc->cap_hints * sizeof *kc->hints);
    }
    const char *meant = suggest_best(key, kc->uniq, kc->n_uniq);
    kc->hints[kc->n_hints] = meant ? strset_find(&kc->named, meant) : NONE;
    strset_add(&kc->judged, key, kc->n_hints);
    return kc->hints[kc->n_hints++];
}

/* Warns at each key of attrs that is a near miss of a named key the entry
 * (a `what`) lacks, and withdraws the figures' warnings it causes. */
static void check_attrs(KeyCheck *kc, const Attr *attrs, size_t n, const char *what)
{
    /* the named keys the entry has, marked with a stamp of its own */
    kc->stamp++;
    for (size_t i = 0; i < n; i++) {
        size_t k = strset_find(&kc->named, attrs[i].key);
        if (k != (size_t)-1)
            kc->present[k] = kc->stamp;
    }
    for (size_t i = 0; i < n; i++) {
        if (strset_find(&kc->named, attrs[i].key) != (size_t)-1 ||
            utf8_count(attrs[i].key, strlen(attrs[i].key)) < MIN_KEY)
            continue;
        size_t at = near_miss(kc, attrs[i].key);
        if (at == NONE || kc->present[at] == kc->stamp)
            continue; /* no near miss, or the entry has both keys: it means both */
        const char *meant = kc->uniq[at];
        int span = (int)utf8_count(attrs[i].key, strlen(attrs[i].key));
        /* one text for every entry (its line says which): the sink prints
         * the first and a count (diag_fold_repeats) */
        diag_warning(kc->diags, attrs[i].key_pos, span, KH260,
                     "data key '%s' of this %s is named by no table or figure of the plan: "
                     "did you mean '%s'? (its cell would be blank and left out of the "
                     "totals and figures)",
                     attrs[i].key, what, meant);
        if (strset_find(&kc->withdrawn, meant) == (size_t)-1) {
            /* a figure over data.dan_so that found it nowhere: this is its cause */
            Buf tag = {0};
            diag_withdraw_tagged(kc->diags, datakeys_tag(&tag, kc->tasks, meant));
            buf_free(&tag);
            strset_add(&kc->withdrawn, meant, 0);
        }
    }
}

/* Fills kc's named set and its candidates from the keys source names;
 * returns how many distinct keys. */
static size_t collect_named(KeyCheck *kc, const Plan *plan, Source source)
{
    size_t n;
    const char *const *names = query_named_keys(plan, source, &n);
    free(kc->uniq);
    strset_free(&kc->named); /* each left empty, for another use */
    strset_free(&kc->judged);
    kc->n_hints = 0;
    kc->uniq = xmalloc((n + 1) * sizeof *kc->uniq);
    kc->n_uniq = 0;
    for (size_t i = 0; i < n; i++)
        if (names[i][0] && strset_add(&kc->named, names[i], kc->n_uniq) == kc->n_uniq)
            kc->uniq[kc->n_uniq++] = names[i];
    free(kc->present);
    kc->present = xmalloc((kc->n_uniq + 1) * sizeof *kc->present);
    memset(kc->present, 0, (kc->n_uniq + 1) * sizeof *kc->present);
    kc->stamp = 0;
    return kc->n_uniq;
}

static void visit_task(void *data, const BodyPlace *place)
{
    KeyCheck *kc = data;
    const Task *task = place->node->task;
    if (task && task->n_attrs)
        check_attrs(kc, task->attrs, task->n_attrs, _("task"));
}

void datakeys_check(DiagSink *diags, const Plan *plan)
{
    KeyCheck kc = {.diags = diags};
    if (collect_named(&kc, plan, SRC_LOCALITIES))
        for (size_t i = 0; i < plan->n_localities; i++)
            check_attrs(&kc, plan->localities[i].attrs, plan->localities[i].n_attrs,
                        _("locality"));
    kc.tasks = 1;
    strset_free(&kc.withdrawn); /* a task's 'dan_so' is no locality's */
    if (collect_named(&kc, plan, SRC_TASKS))
        plan_walk_body(plan->body, plan->n_body, visit_task, &kc);
    free(kc.uniq);
    free(kc.hints);
    free(kc.present);
    strset_free(&kc.named);
    strset_free(&kc.judged);
    strset_free(&kc.withdrawn);
}

/* 1 if attr is a near miss of key (check_attrs' rule), each key of the
 * entries judged once per question (judged: attr -> 1 or 0): a figure's
 * question asked one comparison of the suggestion budget (suggest.c) at
 * every key of every entry, 51,000 a figure over 1,000 localities of 51
 * keys, so that ten such figures spent the run's 500,000 and KH260 itself,
 * asked after them, found no near miss: the one message naming the slip
 * ('dan_s0') was never printed (s38review M4). */
static int near_key(StrSet *judged, const char *attr, const char *key)
{
    size_t v = strset_find(judged, attr);
    if (v == NONE) {
        v = utf8_count(attr, strlen(attr)) >= MIN_KEY && suggest_best(attr, &key, 1);
        strset_add(judged, attr, v);
    }
    return v == 1;
}

/* 1 if attrs lack key and hold a near miss of it (check_attrs' rule). */
static int entry_misspells(StrSet *judged, const Attr *attrs, size_t n, const char *key)
{
    const char *near = NULL;
    for (size_t i = 0; i < n; i++) {
        if (strcmp(attrs[i].key, key) == 0)
            return 0;
        if (!near && near_key(judged, attrs[i].key, key))
            near = attrs[i].key;
    }
    return near != NULL;
}

typedef struct Misspelt {
    const char *key;
    int found;
    StrSet judged;
} Misspelt;

static void visit_misspelt(void *data, const BodyPlace *place)
{
    Misspelt *m = data;
    const Task *task = place->node->task;
    if (!m->found && task && task->n_attrs)
        m->found = entry_misspells(&m->judged, task->attrs, task->n_attrs, m->key);
}

/* datakeys_misspelt from the index of the data keys (query.h): the keys
 * the entries hold, each judged once, and for a near miss of key whether
 * an entry that holds it lacks key. Was a pass over every attribute of
 * every entry per key asked: 1,000 figures over 1,000 keys no locality
 * has, 1,000 localities of 50 keys, 50 million look-ups, 0.7 s; 4,000
 * each, 2.1 s (s38review L1). A search stops once the hints' budget is
 * spent (suggest_left): no near miss would be found past it. */
static int misspelt_indexed(const Plan *plan, Source source, const char *key,
                            const char *const *keys, size_t n_keys, size_t n_entries)
{
    size_t n_has;
    const size_t *has = query_key_holders(plan, source, key, &n_has);
    unsigned char *holds = NULL; /* the entries that hold key */
    if (n_has) {
        holds = xmalloc(n_entries + 1);
        memset(holds, 0, n_entries + 1);
        for (size_t i = 0; i < n_has; i++)
            holds[has[i]] = 1;
    }
    int found = 0;
    for (size_t k = 0; k < n_keys && !found && suggest_left() > 0; k++) {
        const char *attr = keys[k];
        if (strcmp(attr, key) == 0 || utf8_count(attr, strlen(attr)) < MIN_KEY ||
            !suggest_best(attr, &key, 1))
            continue;
        size_t n_at;
        const size_t *at = query_key_holders(plan, source, attr, &n_at);
        for (size_t i = 0; i < n_at && !found; i++)
            found = !holds || !holds[at[i]];
    }
    free(holds);
    return found;
}

int datakeys_misspelt(const Plan *plan, int tasks, const char *key)
{
    if (!key || utf8_count(key, strlen(key)) < MIN_KEY)
        return 0;
    size_t n_keys, n_entries;
    Source source = tasks ? SRC_TASKS : SRC_LOCALITIES;
    const char *const *keys = query_data_keys(plan, source, &n_keys, &n_entries);
    if (keys)
        return misspelt_indexed(plan, source, key, keys, n_keys, n_entries);
    Misspelt m = {key, 0, {0}};
    if (tasks)
        plan_walk_body(plan->body, plan->n_body, visit_misspelt, &m);
    for (size_t i = 0; !tasks && !m.found && i < plan->n_localities; i++)
        m.found = entry_misspells(&m.judged, plan->localities[i].attrs,
                                  plan->localities[i].n_attrs, key);
    strset_free(&m.judged);
    return m.found;
}

const char *datakeys_tag(Buf *out, int tasks, const char *key)
{
    buf_printf(out, "KH260:%c:%s", tasks ? 't' : 'l', key);
    return buf_str(out);
}
