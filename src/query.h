/* query.h - one meaning for the fields that figures and tables read.
 *
 * A figure in the text ({sum localities criteria_planned}) and a column of
 * a generated table (`from: localities`, column criteria_planned) read the
 * same registries; what a field of a source is worth is decided here, once,
 * and both query engines (figures.c for the text, attach.c for the tables)
 * ask this module. Not a stage: it reads a resolved Plan's entries and
 * writes nothing. tests/unit/test_query.c checks, source by field, that a
 * figure and a column give the same value.
 *
 * Today it holds the numeric fields of a locality; the others (texts, ids,
 * task fields) are still read by each engine, with the same names.
 */
#ifndef KHGEN_QUERY_H
#define KHGEN_QUERY_H

#include "plan.h"

/* The numeric fields of a locality. */
typedef enum {
    QN_TARGET_YEAR,      /* target_year: the year it aims at its target */
    QN_CRITERIA_MET,     /* criteria_met: as stated */
    QN_CRITERIA_PLANNED, /* criteria_planned: as stated, else the number of
                            criteria it lists (criteria:) */
    QN_CRITERIA_TOTAL,   /* criteria_total: criteria_met + criteria_planned */
    QN_N_CRITERIA,       /* n_criteria: the number of criteria it lists */
    QN_COUNT
} QueryNumber;

/* The field named name ("criteria_planned"), or -1. */
int query_locality_number_field(const char *name);

/* The name of a field ("criteria_planned"). */
const char *query_locality_number_name(QueryNumber field);

/* Sets *value to the field's value and returns 1; returns 0 (and leaves
 * *value alone) when the locality has no value for it. */
int query_locality_number(const Locality *loc, QueryNumber field, double *value);

#endif
