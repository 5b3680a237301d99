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

/* One criterion or indicator code, written at pos: the plan's one
 * reading of a code (catalog_code_problem), reported there. */
static void check_code(Checker *ck, const char *code, SrcPos pos)
{
    const Plan *plan = ck->plan;
    if (!code)
        return;
    if (plan_catalog_gone(plan, pos, span_at(ck, pos))) /* told once (check.c) */
        return;
    Buf message = {0};
    DiagId kh = catalog_code_problem(plan, code, &message);
    if (kh != DIAG_NO_CODE)
        check_error(ck, pos, span_at(ck, pos), kh, "%s", buf_str(&message));
    buf_free(&message);
}

/* 1 if codes i and i + 1 of a list stand glued by one comma, no space
 * after it ("[17,12]"): on one line, the second one column past the
 * first's end (a flow list's one separator is ','). */
static int glued(const char *const *codes, const SrcPos *positions, size_t n, size_t i)
{
    return positions && i + 1 < n && codes[i] && codes[i + 1] &&
           positions[i].line == positions[i + 1].line &&
           positions[i + 1].col == positions[i].col + (int)strlen(codes[i]) + 1;
}

/* KH422 at a list of two codes glued by a comma that reads as an
 * indicator the catalog lists (catalog_glued_codes): `criteria: [17,12]`
 * for 17.12 (s37slip L1). A run of three or more is a list. */
static void check_glued(Checker *ck, const char *const *codes, const SrcPos *positions,
                        size_t n, size_t i)
{
    if (!glued(codes, positions, n, i) || (i > 0 && glued(codes, positions, n, i - 1)) ||
        glued(codes, positions, n, i + 1) || ck->plan->n_catalogs == 0)
        return;
    Buf message = {0};
    if (catalog_glued_codes(ck->plan, codes[i], codes[i + 1], &message))
        diag_warning(ck->diags, positions[i], (int)(strlen(codes[i]) + 1 + strlen(codes[i + 1])),
                     KH422, "%s", buf_str(&message));
    buf_free(&message);
}

/* A list of codes: each must exist, none twice. */
static void check_code_list(Checker *ck, const char *const *codes, const SrcPos *positions,
                            size_t n, SrcPos fallback)
{
    StrSet seen = {0}; /* linear in the list's length, however long */
    for (size_t i = 0; i < n; i++) {
        SrcPos pos = positions ? positions[i] : fallback;
        check_code(ck, codes[i], pos);
        check_glued(ck, codes, positions, n, i);
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

