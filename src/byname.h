/* byname.h - the registry entry an unknown id names by its printed name
 * ("lead: Phòng Tài chính - Kế hoạch" for "lead: tckh"); see byname.c. */
#ifndef KHGEN_BYNAME_H
#define KHGEN_BYNAME_H

#include "plan.h"

/* The id of the entry of registry whose printed name is text (case and
 * diacritics ignored; a unit's short name, a locality's kind and name
 * "xã Đồng Hưu", an attachment's label count too), or NULL. Draws on the
 * hints' budget of comparisons (suggest_take): NULL once it is spent. */
const char *plan_id_by_name(const Plan *plan, Registry registry, const char *text);

/* Whether text is a printed name of the entry id of registry (one entry,
 * found by id: no search). */
int plan_name_is(const Plan *plan, Registry registry, const char *id, const char *text);

#endif
