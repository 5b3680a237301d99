/* locref_names.c - two places of one printed name in one reference.
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
 * Not a stage: a helper of inline.c's check of a reference.
 */
#include "locref_names.h"

#include <stdlib.h>
#include <string.h>

#include "textref.h"

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
