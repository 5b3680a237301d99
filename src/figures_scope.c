/* figures_scope.c - a figure of a commune's plan that goes over other
 * communes of a shared registry the plan includes (KH269).
 *
 * `{count localities target=ntm target_year=year} thôn` in the plan of xã
 * Hàm Yên, which includes the province's registry of its 124 communes,
 * printed "31 thôn": 30 other communes and its one thôn (s51province F2).
 * Which locality is another commune is commune_scope.c's rule; here, once
 * per plan, the list of them (in the figures' memo), and for each figure
 * over the localities that matched any, the ones of that list that pass
 * its filters, told once at the figure with the filter that keeps the
 * plan's own places. The walks are of that list only (a plan that is not
 * a commune's, or includes no other commune, walks nothing), only for a
 * warning that is shown, and stop at SCOPE_WORK items in all (two
 * million: a tenth of a second; a commune's plan of 50 figures over a
 * province's 124 communes walks 6,200), so that a plan of 5,000 figures
 * over a registry of 10,000 communes costs no more; past it a figure is
 * not looked at (no warning, never a wrong one).
 */
#include "figures_impl.h"

#include <string.h>

#include "commune_scope.h"

enum { SCOPE_WORK = 2 * 1000 * 1000 };

/* The plan's other communes of its shared registries (commune_scope.c),
 * found once, the filter that keeps its own places, and the items walked. */
struct ScopeMemo {
    const Locality **others;
    size_t n;
    const char *filter;       /* "parent=xa-ham-yen" */
    unsigned long long work;
};

/* The memo of plan's other communes, made on first use (NULL without a
 * figures' memo). */
static struct ScopeMemo *scope_memo(const Plan *plan)
{
    Arena *arena = NULL;
    struct ScopeMemo **at = fig_memo_scope(plan, &arena);
    if (!at)
        return NULL;
    if (*at)
        return *at;
    struct ScopeMemo *m = arena_alloc(arena, sizeof *m);
    memset(m, 0, sizeof *m);
    CommuneScope s;
    commune_scope_open(&s, plan);
    for (size_t i = 0; s.commune && i < plan->n_localities; i++)
        m->n += commune_scope_other(&s, plan, &plan->localities[i]);
    if (m->n) {
        m->others = arena_alloc(arena, m->n * sizeof *m->others);
        size_t k = 0;
        for (size_t i = 0; i < plan->n_localities && k < m->n; i++)
            if (commune_scope_other(&s, plan, &plan->localities[i]))
                m->others[k++] = &plan->localities[i];
        Buf filter = {0};
        commune_scope_filter(&filter, &s, plan, "=");
        m->filter = arena_strdup(arena, buf_str(&filter));
        buf_free(&filter);
    }
    commune_scope_close(&s);
    *at = m;
    return m;
}

void fig_check_scope(Reporter *r, const InlineCtx *ctx, const QueryText *text,
                     const Figure *fig, const Result *res)
{
    if (fig->subject != OVER_LOCALITIES || res->matched == 0 || !r->diags ||
        !diag_would_keep(r->diags, DIAG_WARNING, r->pos))
        return;
    struct ScopeMemo *m = scope_memo(ctx->plan);
    if (!m || m->n == 0 || m->work + m->n > SCOPE_WORK)
        return;
    m->work += m->n;
    Arena *scratch = arena_new();
    QueryCtx q;
    query_open(&q, scratch, ctx->plan, ctx->templates, text);
    q.ids_only = 1;
    const FieldValue *cols[MAX_FILTERS] = {0};
    IdKind ids[MAX_FILTERS];
    for (int f = 0; f < fig->n_filters; f++)
        ids[f] = query_ref_ids(&fig->filters[f].ref);
    Result walked;
    memset(&walked, 0, sizeof walked);
    size_t n = 0;
    const Locality *first = NULL;
    for (size_t i = 0; i < m->n; i++) {
        size_t index = (size_t)(m->others[i] - ctx->plan->localities);
        if (fig_item_passes(&q, SRC_LOCALITIES, m->others[i], index, fig, cols, ids, &walked) &&
            n++ == 0)
            first = m->others[i];
    }
    query_close(&q);
    arena_free(scratch);
    if (n == 0)
        return;
    fig_report(r, DIAG_WARNING, KH269, "this figure goes over %zu other communes of a shared "
               "registry the plan includes, besides this commune's own places: a commune's plan "
               "counts its own commune and places; add the filter '%s'", n, m->filter);
    commune_scope_note(r->diags, first);
}
