/* commune_scope.c - a commune's plan that counts or lists other communes
 * of a shared registry it includes (KH269).
 *
 * A province keeps one registry of its units and its communes, which the
 * communes' plans include (doc/cycle.md's repository of the communes'
 * plans). Merged into a commune's plan, the province's 124 communes are
 * localities of that plan: a figure over the localities,
 * `{count localities target=ntm target_year=year} thôn`, counted 30 of
 * them with the commune's one thôn ("31 thôn"), and a Biểu of the
 * locality-targets preset listed 36 other communes under "Cấp xã", each
 * with exit 0 and no word (s51province F2). A commune's plan sets the
 * targets of its own commune and places, never another commune's. This
 * module is the one rule of which locality is another commune, asked by
 * the figures (figures_scope.c) and the generated tables (attach_rows.c),
 * which warn with what to filter by: a locality of a file the plan
 * includes (the plan's own localities are its drafter's: a merged
 * commune's old communes, cycle.md), of a commune's kind, whose name is
 * not the issuer's, with no locality of the plan under it (a merged
 * commune's old communes have their villages under them, cycle.md, in
 * whichever file: in a registry of the commune's own they were KH269,
 * "2 other communes", and its filter "parent=tan-binh" kept none of its
 * villages, s52review). A plan that is not a commune's (a province's, whose
 * plan lists its communes) is never read. Linear in what it is asked.
 */
#include "commune_scope.h"

#include <string.h>

#include "i18n.h"
#include "localgov.h"
#include "vi.h"

/* Trims the spaces at the ends of b's text. */
static void trim(Buf *b)
{
    size_t start = strspn(buf_str(b), " ");
    size_t len = b->len;
    while (len > start && b->data[len - 1] == ' ')
        len--;
    memmove(b->data, b->data + start, len - start);
    b->len = len - start;
    b->data[b->len] = '\0';
}

/* Whether loc is named as the plan's commune, s->own: its kind and name
 * ("XÃ CÔN LÔN"), or its name alone where it says its kind ("Phường 3",
 * as locref_names.c's names_issuer reads it: "PHƯỜNG PHƯỜNG 3" was another
 * commune). */
static int names_own(const CommuneScope *s, const Locality *loc)
{
    Buf full = {0}, upper = {0};
    buf_printf(&full, "%s %s", loc->kind, loc->name);
    vi_put_upper(&upper, buf_str(&full));
    trim(&upper);
    int own = strcmp(buf_str(&upper), buf_str(&s->own)) == 0;
    buf_reset(&upper);
    vi_put_upper(&upper, loc->name);
    trim(&upper);
    own |= strcmp(buf_str(&upper), buf_str(&s->own)) == 0;
    buf_free(&full);
    buf_free(&upper);
    return own;
}

/* 1 if loc is written in the plan's own file, not in a file it includes. */
static int own_file(const Plan *plan, const Locality *loc)
{
    return !loc->pos.file || !plan->file || strcmp(loc->pos.file, plan->file) == 0;
}

void commune_scope_open(CommuneScope *s, const Plan *plan)
{
    memset(s, 0, sizeof *s);
    Buf upper = {0};
    for (size_t i = 0; i < plan->n_issuer && !s->commune; i++) {
        if (!plan->issuer[i])
            continue;
        buf_reset(&upper);
        vi_put_upper(&upper, plan->issuer[i]);
        trim(&upper);
        const char *rest = NULL;
        const LocalKind *kind = localgov_commune_issuer(buf_str(&upper), &rest);
        if (!kind)
            continue;
        s->commune = 1;
        s->places = kind->places;
        buf_puts(&s->own, rest);
    }
    buf_free(&upper);
    for (size_t i = 0; s->commune && i < plan->n_localities; i++)
        if (plan->localities[i].parent)
            strset_add(&s->parents, plan->localities[i].parent, i);
}

void commune_scope_close(CommuneScope *s)
{
    buf_free(&s->own);
    strset_free(&s->parents);
}

int commune_scope_other(const CommuneScope *s, const Plan *plan, const Locality *loc)
{
    if (!s->commune || !loc || !loc->kind || !loc->name ||
        own_file(plan, loc))
        return 0;
    int tier = localgov_tier(loc->kind);
    if (tier != LOCALGOV_COMMUNE && tier != LOCALGOV_TOWNSHIP)
        return 0;
    if (loc->id && strset_find(&s->parents, loc->id) != (size_t)-1)
        return 0; /* its villages are the plan's: an old commune of its own */
    return !names_own(s, loc);
}

void commune_scope_filter(Buf *out, const CommuneScope *s, const Plan *plan, const char *key_sep)
{
    const Locality *own = NULL;
    for (size_t i = 0; s->commune && i < plan->n_localities && !own; i++) {
        const Locality *loc = &plan->localities[i];
        if (loc->kind && loc->name && loc->id && localgov_tier(loc->kind) >= 0 &&
            strset_find(&s->parents, loc->id) != (size_t)-1 && names_own(s, loc))
            own = loc; /* the commune, with places under it */
    }
    if (own)
        buf_printf(out, "parent%s%s", key_sep, own->id);
    else
        buf_printf(out, "kind%s%s", key_sep, s->places ? s->places : "thôn");
}

void commune_scope_note(DiagSink *diags, const Locality *first)
{
    if (diags && first)
        diag_note(diags, first->pos, "%s %s, another commune, is written here, in a file the "
                  "plan includes", first->kind, first->name);
}
