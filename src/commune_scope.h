/* commune_scope.h - a commune's plan that counts or lists other communes
 * of a shared registry it includes (KH269); see commune_scope.c. */
#ifndef KHGEN_COMMUNE_SCOPE_H
#define KHGEN_COMMUNE_SCOPE_H

#include <stddef.h>

#include "diag.h"
#include "plan.h"
#include "util.h"

typedef struct CommuneScope {
    int commune;        /* the plan is a commune's: an issuer line "XÃ HÀM YÊN" */
    const char *places; /* the kind of its places ("thôn"; NULL: unknown) */
    Buf own;            /* that line in upper case, past "UBND ", its spaces trimmed */
    StrSet parents;     /* the ids the plan's localities name as their parent */
} CommuneScope;

/* Reads plan's issuer into *s: whether the plan is a commune's (a line of
 * its issuer a xã's, a phường's or a đặc khu's, localgov_commune_issuer)
 * and which, and (a commune's) the localities' parents. Linear in the
 * issuer and the localities. Call commune_scope_close after. */
void commune_scope_open(CommuneScope *s, const Plan *plan);
void commune_scope_close(CommuneScope *s);

/* 1 if loc, in the plan s was opened on, is another commune than the
 * plan's own from a file the plan includes: s a commune's plan, loc
 * written outside the plan's own file, its kind a commune's, its name
 * ("xã Côn Lôn", or "Phường 3" alone) not the issuer's, and no locality
 * of the plan under it (a merged commune's old one has its villages
 * under it, doc/cycle.md). 0 otherwise. */
int commune_scope_other(const CommuneScope *s, const Plan *plan, const Locality *loc);

/* Puts in out what a filter writes to keep the plan's own places, for the
 * messages: "parent=xa-ham-yen" (key_sep "=") or "parent: xa-ham-yen"
 * where plan has its commune (the issuer's kind and name) with places
 * under it, else "kind=thôn" (the places' kind, "thôn" if unknown).
 * Linear in the plan's localities: for a message only. */
void commune_scope_filter(Buf *out, const CommuneScope *s, const Plan *plan, const char *key_sep);

/* The note after KH269: where first, the first other commune, is written
 * ("xã Côn Lôn is written here, in a shared registry"). */
void commune_scope_note(DiagSink *diags, const Locality *first);

#endif
