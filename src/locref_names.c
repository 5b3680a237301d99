/* locref_names.c - what a {loc} or {loc-kind} reference prints of its
 * places, and two slips of a merged commune's sentences.
 *
 * {loc-kind ...} prints each place with its kind where the kind changes
 * (locref_put_kinds, for inline.c's expansion).
 *
 * A commune formed on 1 July 2025 from three old communes names the
 * villages of all three, and two old communes often had a "Thôn 1" each.
 * Its registry holds both, under their old communes (`parent:`), as it
 * should (KH257 compares a name under one parent only); but a sentence that
 * lists both, "{loc thon-1 bt-thon-1}", printed "Thôn 1, Thôn 1", and
 * "{loc-kind ...}" the same, with exit 0: a reader cannot tell which
 * village is which (s50merge F3). inline.c asks here, for each {loc} and
 * {loc-kind} reference, whether two of its localities print alike, and
 * warns (KH218); two of one kind under one parent are KH257's, warned
 * where the registry defines them, not at each sentence. A reference lists at most TEXTREF_MAX_ARGS ids: their
 * names are sorted, so each reference costs a few comparisons per id.
 *
 * The same slip in a list that no sentence spells out (s51cycle): a
 * figure "{list localities kind=thôn target=ntm-km}" printed "Thôn 1,
 * Thôn 2, Thôn 1", and a table's column of a task's localities "Thôn 1,
 * Thôn 1", with exit 0. Such a list may hold every place of the registry:
 * LocList keeps a set of the names it printed, so it costs O(n), and
 * figures.c and attach_rows.c warn (KH218) at the figure or the column.
 *
 * A table of a merged commune grouped by old commune (`group_by: parent`)
 * titled each group with the bare name, "I. Hương Vĩ", where the office
 * writes "Xã Hương Vĩ (cũ)" (s51cycle): locref_former_commune says which
 * parent is an old commune, and attach_rows.c titles it so by default.
 *
 * Not a stage: a helper of inline.c's check of a reference, of figures.c,
 * and of attach_rows.c.
 */
#include "locref_names.h"

#include <stdlib.h>
#include <string.h>

#include "localgov.h"
#include "textref.h"
#include "vi.h"

typedef struct Printed {
    const char *kind, *name, *parent;
    int index;
} Printed;

/* 1 if x and y are two of one kind under one parent: two such of one name
 * are KH257's, warned where they are defined (check.c). */
static int registry_twins(const Printed *x, const Printed *y)
{
    return strcmp(x->kind, y->kind) == 0 && strcmp(x->parent, y->parent) == 0;
}

static int compare_printed(const void *a, const void *b)
{
    const Printed *x = a, *y = b;
    int c = strcmp(x->name, y->name);
    if (!c)
        c = strcmp(x->kind, y->kind);
    return c ? c : (x->index > y->index) - (x->index < y->index);
}

int locref_same_name(const Plan *plan, const char *const *ids, int n, int with_kind, int *first,
                     int *second)
{
    Printed printed[TEXTREF_MAX_ARGS];
    int m = 0;
    for (int i = 0; i < n && i < TEXTREF_MAX_ARGS; i++) {
        const Locality *loc = plan_find_locality(plan, ids[i]);
        if (loc && loc->name)
            printed[m++] = (Printed){loc->kind ? loc->kind : "", loc->name,
                                     loc->parent ? loc->parent : "", i};
    }
    if (m < 2)
        return 0;
    qsort(printed, (size_t)m, sizeof *printed, compare_printed);
    for (int j = 1; j < m; j++)
        if (strcmp(printed[j - 1].name, printed[j].name) == 0 &&
            (!with_kind || strcmp(printed[j - 1].kind, printed[j].kind) == 0) &&
            !registry_twins(&printed[j - 1], &printed[j])) {
            *first = printed[j - 1].index;
            *second = printed[j].index;
            return 1;
        }
    return 0;
}

/* 1 if loc's name begins with its kind as a word ("Thôn 1" of kind thôn,
 * "Xã 1" of xã): the name is printed alone. */
static int name_begins_with_kind(const Locality *loc)
{
    if (!loc || !loc->kind || !*loc->kind || !loc->name)
        return 0;
    Buf up = {0};
    vi_put_upper(&up, loc->kind);
    int begins = strlen(loc->name) > up.len && vi_upper_eq(loc->name, up.len, buf_str(&up)) &&
                 vi_space_len(loc->name + up.len);
    buf_free(&up);
    return begins;
}

void locref_put_kinds(const Plan *plan, const char *const *ids, int n, Buf *phrase)
{
    const char *prev = NULL;
    for (int i = 0; i < n; i++) {
        const Locality *loc = plan_find_locality(plan, ids[i]);
        const char *name = loc ? loc->name : ids[i], *kind = loc ? loc->kind : NULL;
        int named = kind && *kind && !name_begins_with_kind(loc);
        buf_puts(phrase, i > 0 ? ", " : "");
        if (named && !(prev && strcmp(prev, kind) == 0))
            buf_printf(phrase, "%s ", kind);
        buf_puts(phrase, name);
        prev = kind;
    }
    buf_putn(phrase, "", 0); /* an empty list still gives a valid string */
}

size_t locref_word_twice(const Plan *plan, const char *text, size_t start, const char *first_id,
                         int with_kind, const char **word, Buf *first)
{
    const Locality *loc = plan_find_locality(plan, first_id);
    if (!loc || !loc->name || !loc->kind || !*loc->kind ||
        (!with_kind && !name_begins_with_kind(loc)))
        return 0;
    size_t end = start, n = strlen(loc->kind);
    while (end > 0 && strchr(" *_", text[end - 1]))
        end--;
    if (end == start || end < n || (end > n && vi_word_byte((unsigned char)text[end - n - 1])))
        return 0; /* no space before the reference ("thôn{loc x}"), or "Hathôn" */
    Buf up = {0};
    vi_put_upper(&up, loc->kind);
    int same = vi_upper_eq(text + end - n, n, buf_str(&up));
    buf_free(&up);
    if (!same)
        return 0;
    *word = text + end - n;
    if (with_kind && !name_begins_with_kind(loc))
        buf_printf(first, "%s ", loc->kind);
    buf_puts(first, loc->name);
    return n;
}

void locref_list_add(LocList *list, const Plan *plan, const Locality *loc)
{
    if (list->second || !loc || !loc->name)
        return;
    size_t index = (size_t)(loc - plan->localities);
    size_t known = strset_add(&list->names, loc->name, index);
    if (known == index || known >= plan->n_localities)
        return;
    const Locality *other = &plan->localities[known];
    Printed x = {other->kind ? other->kind : "", other->name, other->parent ? other->parent : "", 0};
    Printed y = {loc->kind ? loc->kind : "", loc->name, loc->parent ? loc->parent : "", 1};
    if (registry_twins(&x, &y))
        return; /* KH257's, at the registry */
    list->first = other;
    list->second = loc;
}

void locref_list_free(LocList *list)
{
    strset_free(&list->names);
    *list = (LocList){0};
}

/* 1 if loc's kind is a commune's (xã, phường, đặc khu, thị trấn). */
static int commune_kind(const Locality *loc)
{
    int tier = loc && loc->kind && loc->name ? localgov_tier(loc->kind) : -1;
    return tier == LOCALGOV_COMMUNE || tier == LOCALGOV_TOWNSHIP;
}

/* Whether plan is issued by a commune (*commune) and loc (a commune's
 * place) is named as that commune ("XÃ BÌNH TRUNG" of xã Bình Trung):
 * returns the latter. */
static int names_issuer(const Plan *plan, const Locality *loc, int *commune)
{
    Buf self = {0}, name = {0}, line = {0};
    vi_put_upper(&self, loc->kind);
    buf_putc(&self, ' ');
    vi_put_upper(&self, loc->name);
    vi_put_upper(&name, loc->name); /* "Phường 3" says its kind */
    int itself = 0;
    *commune = 0;
    for (size_t i = 0; i < plan->n_issuer; i++) {
        if (!plan->issuer[i])
            continue;
        buf_reset(&line);
        vi_put_upper(&line, plan->issuer[i]);
        while (line.len && line.data[line.len - 1] == ' ')
            line.data[--line.len] = '\0';
        const char *rest;
        if (localgov_commune_issuer(buf_str(&line), &rest)) {
            *commune = 1;
            itself |= strcmp(rest, buf_str(&self)) == 0 || strcmp(rest, buf_str(&name)) == 0;
        }
    }
    buf_free(&self);
    buf_free(&name);
    buf_free(&line);
    return itself;
}

int locref_former_commune(const Plan *plan, const Locality *loc, int *merged)
{
    if (!commune_kind(loc) || !localgov_two_level(plan->period_from.year))
        return 0;
    int commune;
    if (!names_issuer(plan, loc, &commune))
        return commune;
    if (*merged < 0) { /* once for the caller: a commune beside it, not under it */
        *merged = 0;
        for (size_t i = 0; i < plan->n_localities && !*merged; i++) {
            const Locality *other = &plan->localities[i];
            int dummy;
            *merged = other != loc && commune_kind(other) &&
                      !(other->parent && strcmp(other->parent, loc->id) == 0) &&
                      !names_issuer(plan, other, &dummy);
        }
    }
    return *merged;
}
