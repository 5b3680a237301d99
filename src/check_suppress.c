/* check_suppress.c - a `suppress:` that does nothing where the warning is.
 *
 * A plan's `suppress: [KH263]` silences KH263 in the plan's own file. A
 * warning in a file the plan includes (a shared registry's two units of
 * one name, KH416 for a catalog two registries import) is not silenced: the
 * registry is shared, its warning is the same in every plan that includes
 * it, and its fix is made once, in that file (the README, "suppress"). A
 * drafter who wrote the code in `suppress:` for that warning saw it printed
 * still and had no word why (s20attack L11). The entry itself is now
 * warned (KH123): it names the file the warning is in, and says the entry
 * reaches only the plan's own file.
 *
 * Not a rule on the plan's meaning but on its diagnostics: it reads what
 * the other checks reported, so check_plan calls it last.
 */
#include "check_suppress.h"

#include <string.h>

#include "load.h"
#include "yread.h"

void check_suppress_reach(DiagSink *diags, const Plan *plan)
{
    if (!plan->suppress_at || !plan->file)
        return;
    StrSet asked = {0}; /* each code once: a pass over the pending warnings per code */
    for (size_t i = 0; i < plan->n_suppress; i++) {
        const DiagCode *code = plan->suppress[i] ? diag_code_find(plan->suppress[i]) : NULL;
        if (!code || code->level != DIAG_WARNING)
            continue; /* KH111's or KH113's */
        if (strset_add(&asked, code->code, i) != i)
            continue; /* listed twice: KH123 at the first */
        const char *file = diag_pending_elsewhere(diags, code->code, plan->file);
        if (!file)
            continue;
        const YNode *at = plan->suppress_at[i]; /* its own entry, not the list's i-th */
        diag_warning(diags, at->pos, yread_span(at), KH123,
                     "%s is warned in '%s', outside this plan's file, and a plan's 'suppress' "
                     "does not reach another file (a shared file's warning is the same in "
                     "every plan that reads it): this entry silences %s in this plan's file "
                     "only. Fix the warning in '%s'",
                     code->code, file, code->code, file);
    }
    strset_free(&asked);
}
