/* misspelt_def.c - an id misspelt where it is defined, told once there.
 *
 * A unit's (a locality's, a level's) id misspelt in its entry, `{id:
 * tckhx, ...}` for tckh, left every use of the right id unknown: a KH202
 * at each use, each asking "did you mean 'tckhx'?", and no word at the one
 * line to correct (s42msg's leftover, a pair of messages or more for one
 * slip). Before the uses are bound (resolve.c, step 2),
 * misspelt_defs_find looks for an unknown id the structured fields use at
 * two places or more whose nearest id (plan_resolve_id's hint) is an
 * entry no structured field uses, no text names and whose parent is not
 * the unknown id: that entry's id is
 * taken as the misspelling, one error at it names the uses, and the uses
 * count as the entry's (plan_misspelt_meant, read by plan.c's resolve_id;
 * each keeps the id it names, as a figure's filter over it does), so
 * neither they nor its "never used" are told again. An unknown id used at
 * one place stays a KH202 at that use: which of the two lines is the slip
 * cannot be told then, and a use is typed more often than a definition.
 *
 * Linear in the uses: one pass over them into string sets; the nearest id
 * is searched for at most PLAN_MISSPELT unknown ids a registry, and each
 * one found is looked for in the texts once.
 */
#include "misspelt_def.h"

#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "util.h"
#include "vi.h"

enum { LISTED = 4 }; /* the uses' lines named in the message */

typedef struct Unknown {
    const IdUse *first;
    SrcPos at[LISTED];
    size_t n;
} Unknown;

/* The entry of id in registry (units, localities, levels): where its id
 * is written; 0 if none */
static int entry_at(const Plan *plan, Registry registry, const char *id, SrcPos *pos)
{
    const Unit *unit = registry == REG_UNIT ? plan_find_unit(plan, id) : NULL;
    const Locality *loc = registry == REG_LOCALITY ? plan_find_locality(plan, id) : NULL;
    const Level *level = registry == REG_LEVEL ? plan_find_level(plan, id) : NULL;
    if (unit)
        *pos = unit->pos;
    else if (loc)
        *pos = loc->pos;
    else if (level)
        *pos = level->pos;
    return unit || loc || level;
}

/* 1 when a text names id after a '{' (a reference, "{unit tckhx}"): the
 * entry is used, and its id is no misspelling */
static int named_in_texts(const Plan *plan, const char *id)
{
    size_t len = strlen(id);
    for (size_t i = 0; i < plan->n_texts; i++) {
        const char *text = plan->texts[i].text, *brace = text ? strchr(text, '{') : NULL;
        for (const char *s = brace; s && (s = str_find(s, id)); s += len) {
            char before = s > text ? s[-1] : ' ', after = s[len];
            if ((before == ' ' || before == '{' || before == ',') &&
                !(after == '-' || after == '_' || (after >= 'a' && after <= 'z') ||
                  (after >= '0' && after <= '9')))
                return 1;
        }
    }
    return 0;
}

/* 1 when the locality hint is under id (its 'parent: binh-son'): it
 * cannot be id misspelt, its own parent; the slip is elsewhere (a shared
 * registry's 'id: binh-son' cut, slips19's shared_registry-253), and the
 * uses' KH203 tell it */
static int parent_of(const Plan *plan, Registry registry, const char *hint, const char *id)
{
    const Locality *loc = registry == REG_LOCALITY ? plan_find_locality(plan, hint) : NULL;
    return loc && loc->parent && !strcmp(loc->parent, id);
}

/* "line 50, line 61", a file's name before its first line where it is
 * not def's ("yen-the-2024.yaml line 68, line 69"), and "and N more" past
 * LISTED */
static void put_places(Buf *out, const Unknown *u, SrcPos def)
{
    size_t listed = u->n < LISTED ? u->n : LISTED;
    const char *file = def.file;
    for (size_t i = 0; i < listed; i++) {
        if (i)
            buf_puts(out, ", ");
        const char *f = u->at[i].file;
        if (f && (!file || strcmp(f, file) != 0))
            buf_printf(out, "%s ", f);
        file = f;
        diag_format(out, _("line %d"), u->at[i].line);
    }
    if (u->n > listed)
        diag_format(out, _(" and %zu more"), u->n - listed);
}

/* Tells the one error at the entry of the id hint when the unknown id of u,
 * used u->n times, is hint misspelt there, and records the pair. */
static void claim(DiagSink *diags, Plan *plan, Registry registry, const Unknown *u,
                  const StrSet *used)
{
    static const char *const nouns[] = {N_("unit"), N_("locality"), N_("level")};
    static const DiagId codes[] = {KH202, KH203, KH204};
    const char *id = u->first->id, *hint = NULL;
    SrcPos def;
    if (plan_resolve_id(plan, registry, id, 0, &hint) || !hint || strset_find(used, hint) != (size_t)-1 ||
        plan_misspelt_meant(plan, registry, id) || !entry_at(plan, registry, hint, &def) ||
        named_in_texts(plan, hint) || parent_of(plan, registry, hint, id))
        return;
    for (size_t i = 0; i < plan->n_misspelt[registry]; i++)
        if (!strcmp(plan->misspelt[registry][i].defined, hint))
            return; /* another unknown id took it first */
    MisspeltId *m = &plan->misspelt[registry][plan->n_misspelt[registry]++];
    m->typed = id;
    m->defined = hint;
    Buf places = {0};
    put_places(&places, u, def);
    int chars = (int)utf8_count(hint, strlen(hint));
    diag_error(diags, def, chars > 0 ? chars : 1, codes[registry],
               "the %s '%s' is used nowhere, while '%s', which no entry defines, is used at %s: "
               "is the id misspelt here? Write 'id: %s' (or, if '%s' is right, correct the uses)",
               _(nouns[registry]), hint, id, buf_str(&places), id, hint);
    buf_free(&places);
}

void misspelt_defs_find(DiagSink *diags, Plan *plan)
{
    for (Registry r = REG_UNIT; r <= REG_LEVEL; r++) {
        if (plan->n_broken_ids[r] || plan->registry_empty[r] || plan->registry_lost[r])
            continue; /* an entry without its id, or no list: those tell it */
        StrSet used = {0}, unknown = {0};
        Unknown *list = NULL;
        size_t n = 0, cap = 0;
        for (size_t i = 0; i < plan->n_id_uses; i++) {
            const IdUse *use = &plan->id_uses[i];
            SrcPos at;
            if (use->registry != r || !use->at || !*use->id || strpbrk(use->id, ", "))
                continue;
            if (entry_at(plan, r, use->id, &at)) {
                strset_add(&used, use->id, 0);
                continue;
            }
            size_t k = strset_add(&unknown, use->id, n);
            if (k == n) {
                if (n == cap)
                    list = xrealloc(list, (cap = cap ? 2 * cap : 8) * sizeof *list);
                list[n++] = (Unknown){use, {{0}}, 0};
            }
            if (list[k].n < LISTED)
                list[k].at[list[k].n] = use->pos;
            list[k].n++;
        }
        for (size_t k = 0, tried = 0; k < n && tried < PLAN_MISSPELT; k++)
            if (list[k].n >= 2 && plan->n_misspelt[r] < PLAN_MISSPELT) {
                tried++;
                claim(diags, plan, r, &list[k], &used);
            }
        free(list);
        strset_free(&used);
        strset_free(&unknown);
    }
}
