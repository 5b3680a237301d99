/* cmd_new_shared.c - `khgen new`: the localities of an included registry,
 * whose target years new does not move (KH322).
 *
 * new moves the target years of the plan's own localities with the plan,
 * and the filters that select them (`{count localities
 * target_year=2024}`, `where: {target_year: 2024}`, cmd_new_years.c),
 * while the filters said from the plan's year (a preset's `where:
 * {target_year: "{year}"}`, `target_year=year`) follow it by themselves:
 * next year's plan selects the same communes. A registry included by the
 * plan is shared with other plans and never written, so a locality it
 * holds keeps its target year; the plan of 2025 then printed "00 xã" and
 * an empty Biểu 01 with only KH505's "check the filter" (s41cycle). Which
 * figures, tables and filters that touches is not guessed at, form by
 * form: the new plan is compiled a second time with those localities
 * moved as new moves a plan's own, in memory, and the two documents are
 * compared with khgen diff's own parts; when they differ, one warning at
 * the first such locality names the parts that print otherwise, and the
 * words (the one mistake is the registry left at last year's: a
 * moved filter's KH505 is left to it). A plan that holds its localities,
 * or whose registry's target years are outside the old period, compiles
 * once, as before.
 */
#include "cmd_new_impl.h"

#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "cycle.h"
#include "i18n.h"
#include "include.h"
#include "parse.h"
#include "resolve.h"

void new_record_filter(NewCtx *c, SrcPos pos)
{
    if (c->n_filters == c->cap_filters) {
        c->cap_filters = c->cap_filters ? 2 * c->cap_filters : 16;
        c->filters = xrealloc(c->filters, c->cap_filters * sizeof *c->filters);
    }
    c->filters[c->n_filters++] = (MovedFilter){pos.line, pos.col};
}

void new_free_filters(NewCtx *c)
{
    free(c->filters);
    c->filters = NULL;
    c->n_filters = c->cap_filters = 0;
}

struct RegistryCheck {
    NewCtx *c;
    Arena *arena;            /* the plan compiled with them moved */
    DiagSink *quiet;         /* its diagnostics, never printed */
    TemplateSet *templates;
    Plan *moved;
    const Locality *first;   /* the first locality moved (in moved's arena) */
    size_t n;                /* how many */
};

/* Whether loc is one new would have moved were it in the plan (file): a
 * target year inside the old period, written in another file. */
static int stale(const NewCtx *c, const Locality *loc, const char *file)
{
    return loc->target_year && loc->target_year >= c->from.year &&
           loc->target_year <= c->to.year && loc->pos.file && strcmp(loc->pos.file, file) != 0;
}

RegistryCheck *new_registry_begin(NewCtx *c, DiagSink *diags, const char *out)
{
    Arena *arena = arena_new();
    DiagSink *quiet = diag_new_for_plans(stderr);
    TemplateSet *tpl = tpl_set_new(arena, quiet, c->templates_dir);
    YNode *root = load_plan(arena, quiet, out);
    Plan *plan = root ? parse_plan(arena, quiet, tpl, out, root) : NULL;
    RegistryCheck *rc;
    size_t n = 0;
    const Locality *first = NULL;
    for (size_t i = 0; plan && i < plan->n_localities; i++) {
        Locality *loc = &plan->localities[i];
        if (!stale(c, loc, root->pos.file))
            continue;
        if (!first)
            first = loc;
        loc->target_year += c->delta; /* as new moves a plan's own */
        n++;
    }
    if (!n) {
        diag_free(quiet);
        arena_free(arena);
        return NULL;
    }
    resolve_plan(arena, quiet, tpl, plan);
    check_plan(arena, quiet, tpl, plan);
    if (diag_error_count(quiet) > 0) { /* no document to compare with */
        diag_free(quiet);
        arena_free(arena);
        return NULL;
    }
    rc = xmalloc(sizeof *rc);
    *rc = (RegistryCheck){c, arena, quiet, tpl, plan, first, n};
    /* the moved filters' "no localities match: check the filter" (KH505)
     * is this one mistake, said by KH322 when the documents differ */
    for (size_t i = 0; i < c->n_filters; i++)
        diag_suppress(diags, "KH505", out, c->filters[i].line, c->filters[i].line);
    return rc;
}

/* Whether s[0..len) holds a run the diff marks ("[-", "{+"). */
static int marked(const char *s, size_t len)
{
    for (size_t i = 0; i + 1 < len; i++)
        if ((s[i] == '[' && s[i + 1] == '-') || (s[i] == '{' && s[i + 1] == '+'))
            return 1;
    return 0;
}

/* The names of the parts of a khgen diff (its "@@ NAME: sửa @@" lines),
 * the first three, into names, and its first line of changed words into
 * words; returns how many parts. */
static size_t parts_named(const char *diff, Buf *names, Buf *words)
{
    size_t n = 0;
    for (const char *s = diff; s && *s;) {
        const char *end = strchr(s, '\n');
        size_t len = end ? (size_t)(end - s) : strlen(s);
        if (len > 6 && memcmp(s, "@@ ", 3) == 0 && memcmp(s + len - 3, " @@", 3) == 0) {
            /* the part's name, without ": sửa" (what the diff did to it) */
            size_t name = len - 6;
            for (size_t k = name; k > 1; k--)
                if (s[3 + k - 2] == ':' && s[3 + k - 1] == ' ') {
                    name = k - 2;
                    break;
                }
            if (n++ < 3) /* "; " between: a name holds ", " ("Biểu 01, mục
                          * ..."), and ", " read as more parts (s43review) */
                buf_printf(names, "%s%.*s", n > 1 ? "; " : "", (int)name, s + 3);
        } else if (!words->len && n && marked(s, len)) {
            /* about 160 bytes, cut at a character's start: cut inside
             * one, "tiêu" printed "ti\xC3..." (s43review) */
            size_t cut = len < 160 ? len : 160;
            while (cut < len && cut && ((unsigned char)s[cut] & 0xC0) == 0x80)
                cut--;
            buf_putn(words, s, cut);
            if (cut < len)
                buf_puts(words, "...");
        }
        s = end ? end + 1 : NULL;
    }
    return n;
}

void new_registry_end(RegistryCheck *rc, DiagSink *diags, Plan *plan, Arena *arena)
{
    if (!rc)
        return;
    if (plan) {
        Buf diff = {0}, names = {0}, words = {0};
        cycle_diff(rc->moved, rc->arena, plan, arena, rc->templates, "a", "b", DIFF_TERM, 0, 0,
                   &diff);
        size_t parts = parts_named(buf_str(&diff), &names, &words);
        const Locality *loc = rc->first;
        /* its place as the new plan read it: the message outlives the
         * moved plan's arena, which holds the file's name too */
        for (size_t i = 0; i < plan->n_localities; i++)
            if (plan->localities[i].id && loc->id && strcmp(plan->localities[i].id, loc->id) == 0)
                loc = &plan->localities[i];
        SrcPos at = loc->target_year_pos.line ? loc->target_year_pos : loc->pos;
        int year = rc->first->target_year - rc->c->delta;
        const char *more = rc->n > 1 ? arena_printf(arena, i18n_ntr(" (and %zu more locality)",
                                                                     " (and %zu more localities)",
                                                                     (unsigned long)(rc->n - 1)),
                                                    rc->n - 1)
                                     : "";
        const char *others = parts > 3 ? arena_printf(arena, _(" and %zu more"), parts - 3) : "";
        if (parts)
            diag_warning(diags, at, 4, KH322,
                         "locality '%s'%s keeps target_year %d in this included registry, which "
                         "new does not edit, while the plan's own target years and the filters "
                         "that select them moved to %d: the plan of %d prints otherwise than "
                         "with it moved, in %s%s ([-with it moved-]{+as written+}: \"%s\"). "
                         "Write the year it now aims for in its target_year here (or its "
                         "status, if it reached its target): every plan that includes this "
                         "registry reads it",
                         loc->id, more, year, year + rc->c->delta, plan_print_year(plan),
                         buf_str(&names), others, buf_str(&words));
        buf_free(&diff);
        buf_free(&names);
        buf_free(&words);
    }
    diag_free(rc->quiet);
    arena_free(rc->arena);
    free(rc);
}
