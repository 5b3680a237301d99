/* query.c - the value of each field of a source, decided once (query.h).
 *
 * Read by figures.c and attach.c; reads a Locality, writes nothing.
 *
 * The one rule worth writing down: a locality's criteria_planned is what
 * it states, and when it states none but lists the criteria it plans
 * (criteria: [...]), the number of those. A locality that lists three
 * codes and no criteria_planned plans three criteria, in a table column, a
 * totals row and a figure of the text alike (check.c reports KH510 when a
 * stated number and the list disagree).
 */
#include "query.h"

#include <string.h>

static const char *const number_names[QN_COUNT] = {
    [QN_TARGET_YEAR] = "target_year",
    [QN_CRITERIA_MET] = "criteria_met",
    [QN_CRITERIA_PLANNED] = "criteria_planned",
    [QN_CRITERIA_TOTAL] = "criteria_total",
    [QN_N_CRITERIA] = "n_criteria",
};

int query_locality_number_field(const char *name)
{
    for (int i = 0; i < QN_COUNT; i++)
        if (strcmp(number_names[i], name) == 0)
            return i;
    return -1;
}

const char *query_locality_number_name(QueryNumber field)
{
    return field < QN_COUNT ? number_names[field] : "";
}

/* criteria_planned as query.h defines it; 0 if the locality has none */
static int criteria_planned(const Locality *loc, double *value)
{
    if (loc->criteria_planned >= 0) {
        *value = loc->criteria_planned;
        return 1;
    }
    if (loc->n_criteria > 0) {
        *value = (double)loc->n_criteria;
        return 1;
    }
    return 0;
}

int query_locality_number(const Locality *loc, QueryNumber field, double *value)
{
    double planned;
    switch (field) {
    case QN_TARGET_YEAR:
        if (!loc->target_year)
            return 0;
        *value = loc->target_year;
        return 1;
    case QN_CRITERIA_MET:
        if (loc->criteria_met < 0)
            return 0;
        *value = loc->criteria_met;
        return 1;
    case QN_CRITERIA_PLANNED:
        return criteria_planned(loc, value);
    case QN_CRITERIA_TOTAL:
        /* met plus planned; a locality that plans nothing adds 0 */
        if (loc->criteria_met < 0)
            return 0;
        *value = loc->criteria_met + (criteria_planned(loc, &planned) ? planned : 0);
        return 1;
    case QN_N_CRITERIA:
        *value = (double)loc->n_criteria;
        return 1;
    case QN_COUNT:
        break;
    }
    return 0;
}
