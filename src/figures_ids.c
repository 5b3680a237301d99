/* figures_ids.c - the ids a figure's filter names ({count localities
 * parent=dong-huu}, {count tasks lead=vpdp}, criteria=17): each checked
 * against its registry or the catalogs and counted as a use, with the
 * did-you-mean of an unknown one; and a filter on lead_short or
 * support_short given the short name the field prints where it takes an
 * id; and whether a figure's registry is lost or empty, so that its
 * result is not reported as well. Moved out of figures.c (sessions 28
 * and 39), which reads and evaluates the figure.
 */
#include "figures_impl.h"

#include <string.h>

#include "catalog.h"

/* Reports id unless it names an entry of registry (counted as a use when
 * count_use). */
void fig_check_registry_id(Reporter *r, const Plan *plan, Registry registry, const char *id,
                              int count_use)
{
    const char *hint;
    if (plan_resolve_id(plan, registry, id, count_use, &hint))
        return;
    Buf message = {0};
    DiagId code = plan_unknown_id_message(plan, registry, id, hint, &message);
    fig_report(r, DIAG_ERROR, code, "%s", message.data);
    buf_free(&message);
}

/* Whether name and value are the same text, a '_' of value standing for
 * a space of name. */
static int same_but_blanks(const char *name, const char *value)
{
    if (!name)
        return 0;
    for (; *name && *value; name++, value++)
        if (*name != *value && !(*name == ' ' && *value == '_'))
            return 0;
    return !*name && !*value;
}

/* A filter on lead_short or support_short (`{count tasks lead_short=VPĐP
 * NTM}`) compares units' ids, as lead= does; the field prints the short
 * name, so a drafter writes the short name and was told "unknown unit
 * 'VPĐP NTM': define it under units" (s27attack L4). When value is no
 * unit's id: KH202 naming the unit whose short name or name it is, and
 * lead=ID, or saying the filter takes an id; returns 1 then (reported),
 * else 0. */
int fig_short_name_filter(Reporter *r, const Plan *plan, const Filter *flt, const char *value)
{
    const char *hint;
    if (!flt->ref.field || (flt->ref.field->id != F_LEAD_SHORT &&
                            flt->ref.field->id != F_SUPPORT_SHORT) ||
        !*value || strcmp(value, "*") == 0 || plan_resolve_id(plan, REG_UNIT, value, 0, &hint))
        return 0;
    const char *field = flt->ref.field->id == F_LEAD_SHORT ? "lead" : "support";
    for (size_t i = 0; i < plan->n_units; i++) {
        const Unit *u = &plan->units[i];
        /* "VPĐP_NTM" for "VPĐP NTM": a filter's value holds no space */
        if (same_but_blanks(u->short_name, value) || same_but_blanks(u->name, value)) {
            fig_report(r, DIAG_ERROR, KH202, "'%s' filters by the unit's id, not by the name it "
                       "prints: '%s' is unit '%s'; write '%s=%s'", flt->key_text, value, u->id,
                       field, u->id);
            return 1;
        }
    }
    if (hint)
        fig_report(r, DIAG_ERROR, KH202, "unknown unit '%s' (did you mean '%s'?): '%s' filters "
                   "by the unit's id", value, hint, flt->key_text);
    else
        fig_report(r, DIAG_ERROR, KH202, "unknown unit '%s': '%s' filters by the unit's id (the "
                   "field prints its short name): write '%s=ID' with the id under 'units:'",
                   value, flt->key_text, field);
    return 1;
}

/* Checks that an id named in a filter of a field whose values are ids of
 * kind ids exists, counting it as a use ("*", any value, names none). */
void fig_check_filter_id(Reporter *r, const Plan *plan, IdKind ids, const char *id,
                            int count_use)
{
    if (!*id || strcmp(id, "*") == 0)
        return;
    switch (ids) {
    case IDS_LOCALITY:
        fig_check_registry_id(r, plan, REG_LOCALITY, id, count_use);
        return;
    case IDS_LEVEL:
        fig_check_registry_id(r, plan, REG_LEVEL, id, count_use);
        return;
    case IDS_UNIT:
        fig_check_registry_id(r, plan, REG_UNIT, id, count_use);
        return;
    case IDS_CRITERION: {
        if (plan_catalog_gone(plan, r->at_node ? r->at_node->pos : r->pos, r->span)) {
            r->errors += !plan->catalogs_failed; /* the missing catalog's, told once (check.c) */
            return;
        }
        Buf message = {0}; /* the one reading of a plan's code (catalog.h) */
        DiagId kh = catalog_code_problem(plan, id, &message);
        if (kh != DIAG_NO_CODE)
            fig_report(r, DIAG_ERROR, kh, "%s", buf_str(&message));
        buf_free(&message);
        return;
    }
    case IDS_NONE:
        return;
    }
}

/* 1 if the figure goes over the localities, or filters by ids of a
 * registry (target=ntm: the levels), whose list line was lost or that has
 * no entry (reported once: plan_registry_gone): what it counts says
 * nothing then. A plan with no localities list at all whose first use is
 * this figure is told here (KH505 through r), as an id's first use is
 * told in resolve (s39types M3 left it silent: "Có 0 xã.", exit 0).
 * (Moved out of figures.c in session 39.) */
int fig_lost_registry(Reporter *r, const Plan *plan, const Figure *fig)
{
    if (fig->subject == OVER_LOCALITIES && plan->registry_empty[REG_LOCALITY] == 2 &&
        plan->empty_refs[REG_LOCALITY] == 0 && r->diags)
        /* no list at all and no use told it yet (a locality's id is told
         * at its first use, in resolve): this figure is the first */
        fig_report(r, DIAG_WARNING, KH505, "the plan has no localities (it has no 'localities:' "
                   "list): this figure counts none; define them under 'localities:', or include "
                   "the registry that does");
    if (fig->subject == OVER_LOCALITIES && plan_registry_gone(plan, REG_LOCALITY, NULL))
        return 1;
    for (int f = 0; f < fig->n_filters; f++) {
        IdKind ids = fig->subject != OVER_ROWS ? query_ref_ids(&fig->filters[f].ref) : IDS_NONE;
        if ((ids == IDS_UNIT && plan_registry_gone(plan, REG_UNIT, NULL)) ||
            (ids == IDS_LOCALITY && plan_registry_gone(plan, REG_LOCALITY, NULL)) ||
            (ids == IDS_LEVEL && plan_registry_gone(plan, REG_LEVEL, NULL)))
            return 1;
    }
    return 0;
}
