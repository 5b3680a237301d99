/* check_codes.c - stage 4's rules of criteria and indicator codes, and of
 * the localities' criteria and targets.
 *
 * Codes of tasks, localities and assignments that the imported catalogs do
 * not have (KH401-KH403, with the nearest code as a hint; the codes
 * {crit ...} uses too), a code listed twice (KH421), a locality's
 * criteria_met over the catalog's count (KH108), its criteria_planned
 * against the codes it lists (KH510), a target that is its status already
 * (KH258). Split from check.c (s24 leftover 4).
 */
#include "check_impl.h"

#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "attach.h"
#include "check_draft.h"
#include "check_suppress.h"
#include "check_textdates.h"
#include "datakeys.h"
#include "figures.h"
#include "catalog.h"
#include "i18n.h"
#include "inline.h"
#include "load.h"
#include "md_read.h"
#include "suggest.h"
#include "vi.h"

/* ---- criteria ---------------------------------------------------------------- */

void collect_codes(Checker *ck)
{
    const Plan *plan = ck->plan;
    size_t n = 0;
    for (size_t c = 0; c < plan->n_catalogs; c++)
        for (size_t i = 0; i < plan->catalogs[c].n_criteria; i++)
            n += 1 + plan->catalogs[c].criteria[i].n_indicators;
    ck->codes = arena_alloc(ck->arena, (n + 1) * sizeof *ck->codes);
    for (size_t c = 0; c < plan->n_catalogs; c++) {
        for (size_t i = 0; i < plan->catalogs[c].n_criteria; i++) {
            const Criterion *crit = &plan->catalogs[c].criteria[i];
            ck->codes[ck->n_codes++] = crit->code;
            for (size_t k = 0; k < crit->n_indicators; k++)
                ck->codes[ck->n_codes++] = crit->indicators[k].code;
        }
    }
}

/* "05" and "17.05" are not codes of a catalog, but "5" and "17.5" may be:
 * returns that code if the catalog has it, else NULL. (Other numeric
 * near misses, "20" for "2", are not suggested: they are different
 * criteria, not typos.) */
static const char *without_leading_zeros(Checker *ck, const char *code)
{
    char plain[32];
    size_t n = 0;
    for (const char *s = code; *s && n < sizeof plain - 1; s++) {
        int starts_part = s == code || s[-1] == '.';
        if (starts_part)
            while (s[0] == '0' && s[1] >= '0' && s[1] <= '9')
                s++;
        plain[n++] = *s;
    }
    plain[n] = '\0';
    if (strcmp(plain, code) == 0)
        return NULL;
    for (size_t i = 0; i < ck->n_codes; i++)
        if (strcmp(ck->codes[i], plain) == 0)
            return ck->codes[i];
    return NULL;
}

/* One criterion or indicator code, written at pos. */
static void check_code(Checker *ck, const char *code, SrcPos pos)
{
    const Plan *plan = ck->plan;
    if (!code)
        return;
    if (plan->n_catalogs == 0) {
        if (!ck->reported_no_catalog && !plan->catalogs_failed)
            check_error(ck, pos, span_at(ck, pos), KH401,
                        "criteria codes need a criteria catalog: add 'import: [qd318-xa-ntm]' "
                        "or your own catalog");
        ck->reported_no_catalog = 1;
        return;
    }
    const Indicator *indicator = NULL;
    const Criterion *crit = catalog_code_well_formed(code)
                                ? plan_find_criterion(plan, code, &indicator) : NULL;
    if (!crit) {
        const char *hint = catalog_code_well_formed(code)
                               ? without_leading_zeros(ck, code)
                               : suggest_best(code, ck->codes, ck->n_codes);
        /* "13,1" is indicator 13.1 written with the decimal comma; "13,14"
         * of a criterion listing no indicators may be [13, 14] too */
        char dotted[32];
        int indicator_meant = 0;
        if (strchr(code, ',') && strlen(code) < sizeof dotted) {
            strcpy(dotted, code);
            *strchr(dotted, ',') = '.';
            const Indicator *ind = NULL;
            if (catalog_code_well_formed(dotted) && plan_find_criterion(plan, dotted, &ind))
                hint = arena_strdup(ck->arena, dotted);
            indicator_meant = hint == NULL ? 0 : ind != NULL || strlen(strchr(dotted, '.')) <= 2;
        }
        const char *listed = indicator_meant ? NULL : catalog_codes_as_list(ck->arena, plan, code);
        if (listed && hint)
            check_error(ck, pos, span_at(ck, pos), KH402,
                        "criterion '%s' is not in the imported catalog: write the codes one each, "
                        "as a list, '%s' (or, for the indicator, '%s')", code, listed, hint);
        else if (listed)
            check_error(ck, pos, span_at(ck, pos), KH402,
                        "criterion '%s' is not in the imported catalog: write the codes one each, "
                        "as a list, '%s'", code, listed);
        else if (hint)
            check_error(ck, pos, span_at(ck, pos), KH402,
                        "criterion '%s' is not in the imported catalog (did you mean '%s'?)",
                        code, hint);
        else {
            Buf message = {0};
            catalog_unknown_code(&message, plan, code);
            check_error(ck, pos, span_at(ck, pos), KH402, "%s", buf_str(&message));
            buf_free(&message);
        }
        return;
    }
    const char *dot = strchr(code, '.');
    if (dot && !indicator && crit->n_indicators == 0 && strlen(dot + 1) >= 3) {
        /* a criterion whose indicators the catalog leaves out takes any
         * N.M, but none has a hundredth: "1.234" is a number written with
         * the thousands dot, pasted where an indicator's code belongs */
        check_error(ck, pos, span_at(ck, pos), KH403,
                    "indicator '%s' would be indicator number %s of criterion %s, and no criterion has "
                    "that many: is it a number written with the thousands dot? Write the "
                    "indicator's code (such as %s.1)",
                    code, dot + 1, crit->code, crit->code);
        return;
    }
    if (dot && !indicator && crit->n_indicators > 0) {
        const char *hint = without_leading_zeros(ck, code);
        if (hint)
            check_error(ck, pos, span_at(ck, pos), KH403,
                        "indicator '%s' is not listed under criterion %s of the catalog (did you "
                        "mean '%s'?)", code, crit->code, hint);
        else
            check_error(ck, pos, span_at(ck, pos), KH403,
                        "indicator '%s' is not listed under criterion %s of the catalog (%s to "
                        "%s): check the code",
                        code, crit->code, crit->indicators[0].code,
                        crit->indicators[crit->n_indicators - 1].code);
    }
}

/* A list of codes: each must exist, none twice. */
static void check_code_list(Checker *ck, const char *const *codes, const SrcPos *positions,
                            size_t n, SrcPos fallback)
{
    StrSet seen = {0}; /* linear in the list's length, however long */
    for (size_t i = 0; i < n; i++) {
        SrcPos pos = positions ? positions[i] : fallback;
        check_code(ck, codes[i], pos);
        size_t k = codes[i] ? add_id(&seen, codes, n, i) : i;
        if (k != i) {
            diag_warning(ck->diags, pos, span_at(ck, pos), KH421, "%s '%s' is listed twice: "
                         "delete one of the two",
                         strchr(codes[i], '.') ? _("indicator") : _("criterion"), codes[i]);
            diag_note(ck->diags, positions ? positions[k] : fallback, "first listed here");
        }
    }
    strset_free(&seen);
}

void check_task_criteria(Checker *ck, const Task *task, SrcPos node_pos)
{
    check_code_list(ck, task->criteria, task->criteria_pos, task->n_criteria, node_pos);
    for (size_t i = 0; i < task->n_assign; i++) {
        const Assignment *a = &task->assign[i];
        check_code_list(ck, a->indicators, a->indicator_pos, a->n_indicators, a->unit_pos);
    }
}

void check_localities(Checker *ck)
{
    const Plan *plan = ck->plan;
    size_t n_catalog_criteria = 0; /* the largest catalog's: criteria_met cannot exceed it */
    for (size_t c = 0; c < plan->n_catalogs; c++)
        if (plan->catalogs[c].n_criteria > n_catalog_criteria)
            n_catalog_criteria = plan->catalogs[c].n_criteria;
    for (size_t i = 0; i < plan->n_localities; i++) {
        const Locality *loc = &plan->localities[i];
        check_code_list(ck, loc->criteria, loc->criteria_pos, loc->n_criteria, loc->pos);
        if (loc->criteria_met > (double)n_catalog_criteria && n_catalog_criteria > 0) {
            Buf met = {0};
            vi_put_decimal(&met, loc->criteria_met, -1);
            diag_error(ck->diags, loc->criteria_met_pos, loc->criteria_met_span, KH108,
                       "locality '%s' has met %s criteria (criteria_met), more than the %zu the "
                       "imported catalog has: check the number", loc->id, met.data, n_catalog_criteria);
            buf_free(&met);
        }
        if (loc->criteria_planned >= 0 && loc->n_criteria > 0 &&
            loc->criteria_planned != (double)loc->n_criteria) {
            Buf planned = {0};
            vi_put_decimal(&planned, loc->criteria_planned, -1);
            diag_warning(ck->diags, loc->pos, id_span(loc->id), KH510,
                         "locality '%s' plans %s criteria (criteria_planned) but lists %zu under "
                         "'criteria': correct the number or the list", loc->id, planned.data, loc->n_criteria);
            buf_free(&planned);
        }
        if (loc->status && loc->target && strcmp(loc->status, loc->target) == 0 &&
            plan_find_level(plan, loc->target)) /* an unknown level is KH204's */
            diag_warning(ck->diags, loc->pos, id_span(loc->id), KH258,
                         "locality '%s' aims for '%s' (target), the level it has reached "
                         "already (status): write the level it aims for next, or leave out "
                         "'status' if it has not reached it yet", loc->id, loc->target);
    }
}

