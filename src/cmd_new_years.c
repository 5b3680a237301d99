/* cmd_new_years.c - `khgen new`: the target years of localities, and of
 * the figures and filters that select them, moved with the plan.
 *
 * A locality's target_year inside the old period moves by the years the
 * plan moves (cmd_new.c); the figures in a text ("{count localities
 * target_year=2024}") and a table's filter (`where: {target_year: ...}`)
 * follow them, a set of alternatives ("2024|2025", [2024, 2025]) as a set,
 * a comparison when its year is in the old period or next to it. A year
 * of a set outside the period that no moved year lands on is noted: its
 * localities stay, and the moved set no longer holds them (s25cycle).
 * Each edit is recorded at its source position (new_offset_of), forward,
 * so a line of many is read once. A target year that has passed in the
 * new plan is a note for the drafter (new_note_passed_targets).
 */
#include "cmd_new_impl.h"

#include <stdlib.h>
#include <string.h>

#include "i18n.h"

/* Records an edit of the 4 bytes at off (the year at y in node's text) to
 * year + delta; a note when the source there is not that year. */
static void edit_year_at(NewCtx *c, const YNode *node, const char *y, int year)
{
    size_t off = new_offset_of(c, ynode_pos_at(node, (size_t)(y - node->text)));
    if (off == (size_t)-1 || off + 4 > c->len || memcmp(c->src + off, y, 4) != 0) {
        if (new_skip_note(c)) {
            buf_printf(&c->skipped, "%s:%d:%d: note: ", node->pos.file, node->pos.line,
                       node->pos.col);
            buf_printf(&c->skipped, _("could not edit the figure's target_year=%d in place: write %d\n"),
                       year, year + c->delta);
        }
        return;
    }
    if (c->n_edits == c->cap_edits) {
        c->cap_edits = c->cap_edits ? 2 * c->cap_edits : 64;
        c->edits = xrealloc(c->edits, c->cap_edits * sizeof *c->edits);
    }
    c->edits[c->n_edits++] = (Edit){off, off + 4, arena_printf(c->arena, "%d", year + c->delta)};
}

/* Figures in a text that select localities by a year written out
 * ("{count localities target_year=2024}") follow the target years. The
 * alternatives of one filter (target_year=2024|2025: "this year and the
 * next") move as a set when one of them lies in the old period: all by the
 * difference (2025|2026), not those inside it alone (2025|2025 said "this
 * year" only: s11attack L1). */
static int by_year(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

/* Notes at each year of a set moved (years[0..n), at[k] where years[k] is
 * written: a figure's alternatives, a filter's list) that lies outside the
 * old period and that no moved year lands on: the localities whose
 * target_year it is are not moved (outside the period), so the moved set
 * no longer selects them ("2024|2026" -> "2025|2027" left a locality of
 * 2026 out, the count 2 -> 1, without a word: s25cycle); "2024|2025" ->
 * "2025|2026" still selects 2025, and says nothing. n log n in the set. */
static void note_left_years(NewCtx *c, const SrcPos *at, const int *years, size_t n)
{
    int *moved = xmalloc((n ? n : 1) * sizeof *moved);
    for (size_t j = 0; j < n; j++)
        moved[j] = years[j] + c->delta;
    qsort(moved, n, sizeof *moved, by_year);
    size_t first = n, more = 0; /* one note a set, however long (its first year left) */
    for (size_t k = 0; k < n; k++) {
        int year = years[k];
        if ((year >= c->from.year && year <= c->to.year) ||
            bsearch(&year, moved, n, sizeof *moved, by_year))
            continue;
        if (first == n)
            first = k;
        else
            more++;
    }
    Buf set = {0};
    for (size_t j = 0; first < n && j < n && set.len < 200; j++)
        buf_printf(&set, "%s%d", j ? "|" : "", years[j]);
    if (first < n && set.len >= 200)
        buf_puts(&set, "|...");
    if (first < n && new_skip_note(c)) {
        int year = years[first];
        buf_printf(&c->skipped, "%s:%d:%d: note: ", at[first].file, at[first].line, at[first].col);
        const char *others = more ? arena_printf(c->arena, i18n_ntr(" (and %zu more year)",
                                                                     " (and %zu more years)",
                                                                     (unsigned long)more), more)
                                  : "";
        buf_printf(&c->skipped, _("target_year %d of the set %s%s moved to %d with the others, "
                                  "but a locality's target_year %d lies outside the old period and "
                                  "stays: the moved set no longer holds %d, so the figure or filter "
                                  "takes those localities otherwise than before; write %d in the "
                                  "set again if it should hold it\n"),
                   year, buf_str(&set), others, year + c->delta, year, year, year);
    }
    buf_free(&set);
    free(moved);
}

/* The alternatives "2024|2025" at y in node's text, moved as a set when one
 * lies in the old period; whole: they must be all of the text (a
 * filter's value), else anything may follow them (a figure's word). */
void new_edit_year_alternatives(NewCtx *c, const YNode *node, const char *y, int whole,
                                int filter)
{
    enum { MAX_ALTS = 32 };
    const char *alts[MAX_ALTS];
    size_t n = 0;
    int inside = 0;
    for (;; y += 5) {
        if (n == MAX_ALTS || !new_digits(y, 4) || (y[4] >= '0' && y[4] <= '9'))
            return;
        alts[n++] = y;
        int year = new_num(y, 4);
        inside |= year >= c->from.year && year <= c->to.year;
        if (y[4] != '|')
            break;
    }
    if (whole && y[4] != '\0')
        return;
    int years[MAX_ALTS];
    SrcPos at[MAX_ALTS];
    for (size_t k = 0; inside && k < n; k++) {
        edit_year_at(c, node, alts[k], new_num(alts[k], 4));
        c->n_targets++;
        years[k] = new_num(alts[k], 4);
        at[k] = ynode_pos_at(node, (size_t)(alts[k] - node->text)); /* forward, as edit_year_at's */
    }
    if (inside)
        note_left_years(c, at, years, n);
    if (inside && filter)
        new_record_filter(c, at[0]);
}

/* A comparison (target_year>=2024, >2024, <=2023, !=2024) moves too when
 * its year is in the old period or next to it, a bound said from the
 * plan's year ("this year on", "after this year", "before this year"):
 * the target years it compares moved, and "!=2024" ("all but this year")
 * counted this year's in the next plan, ">2024" ("after this year") them
 * too, with no word but the note of the old year (s25cycle). A bound
 * further off (target_year>=2020, the programme's start) stays. */
void new_edit_figure_filters(NewCtx *c, const YNode *node)
{
    static const char key[] = "target_year";
    const char *t = node->text;
    for (const char *hit = str_find(t, key); hit; hit = str_find(hit + 1, key)) {
        const char *op = hit + sizeof key - 1;
        if (op[0] == '=' || (op[0] == '!' && op[1] == '=')) { /* the set, or all but it */
            new_edit_year_alternatives(c, node, op + 1 + (op[0] == '!'), 0, 1);
            continue;
        }
        if (op[0] != '>' && op[0] != '<')
            continue;
        const char *y = op + 1 + (op[1] == '=');
        if (!new_digits(y, 4) || (y[4] >= '0' && y[4] <= '9'))
            continue;
        int year = new_num(y, 4);
        if (year >= c->from.year - 1 && year <= c->to.year + 1) {
            edit_year_at(c, node, y, year);
            c->n_targets++;
            new_record_filter(c, ynode_pos_at(node, (size_t)(y - t)));
        }
    }
}

/* A filter's list of target years (where: {target_year: [2024, 2025]}):
 * moved as a set, as a figure's alternatives are, when one of them lies
 * in the old period. Returns 0 when node is no such list (walked then). */
int new_edit_year_list(NewCtx *c, const YNode *node)
{
    int inside = 0;
    for (size_t i = 0; i < node->count; i++) {
        const YNode *v = node->items[i];
        if (v->kind != YNODE_SCALAR)
            return 0;
        if (v->len == 4 && new_digits(v->text, 4))
            inside |= new_num(v->text, 4) >= c->from.year && new_num(v->text, 4) <= c->to.year;
    }
    int *years = xmalloc((node->count + 1) * sizeof *years);
    SrcPos *at = xmalloc((node->count + 1) * sizeof *at);
    size_t n = 0;
    for (size_t i = 0; inside && i < node->count; i++) {
        const YNode *v = node->items[i];
        if (new_is_own(c, v) && v->len == 4 && new_digits(v->text, 4) &&
            new_add_edit(c, v, 0, arena_printf(c->arena, "%d", new_num(v->text, 4) + c->delta)))
            c->n_targets++;
        if (new_is_own(c, v) && v->len == 4 && new_digits(v->text, 4)) {
            at[n] = v->pos;
            years[n++] = new_num(v->text, 4);
        }
    }
    if (inside)
        note_left_years(c, at, years, n);
    if (inside && n)
        new_record_filter(c, at[0]);
    free(years);
    free(at);
    return 1;
}

int new_note_passed_targets(Buf *out, int shown, const Plan *plan)
{
    int count = 0;
    for (size_t i = 0; i < plan->n_localities; i++) {
        const Locality *loc = &plan->localities[i];
        if (!loc->target_year || loc->target_year >= plan->period_from.year)
            continue;
        if (shown + count++ >= NOTES_SHOWN)
            continue;
        buf_printf(out, "%s:%d:%d: note: ", loc->pos.file, loc->pos.line, loc->pos.col);
        /* without a 'target' the note says what target_year means, not
         * "aimed at 'its target'" as if that were a level (s18attack L3) */
        if (loc->target)
            buf_printf(out,
                       _("locality '%s' aimed at '%s' by %d, which has passed: "
                         "update its status, or give it a new target_year\n"),
                       loc->id, loc->target, loc->target_year);
        else
            buf_printf(out,
                       _("locality '%s' was to reach its standard by %d (target_year; no 'target' "
                         "names the level), which has passed: update its status, or give it a new "
                         "target_year\n"),
                       loc->id, loc->target_year);
    }
    return count;
}
