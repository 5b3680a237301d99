/* registry_gone.c - the lists a plan lacks whose ids it uses, told once.
 *
 * A plan with no 'units:' list (deleted, or never written) whose tasks
 * name units gets one error at the first use (plan.c: "the plan has no
 * 'units:' list"), its other uses counted, not reported. A plan whose
 * registries come from a shared file lacks two lists or three at once
 * when its `include:` line is deleted: that gave one such error for each
 * list (KH204 at the first level, KH202 at the first unit: s42msg's
 * leftover), two messages for one slip. Before the uses are bound
 * (resolve.c), registry_gone_find writes, for each such list, the others
 * the plan lacks (Plan.gone_others): the first use's error names them and
 * the include line they may have come from, and the others' first uses
 * are not reported again (plan.c).
 *
 * Reads the plan's registries and its id uses; writes gone_others only.
 */
#include "registry_gone.h"

#include <string.h>

#include "i18n.h"

void registry_gone_find(Plan *plan)
{
    static const char *const names[] = {"units", "localities", "levels"};
    int used[REG_LEVEL + 1] = {0};
    for (size_t i = 0; i < plan->n_id_uses; i++)
        if (plan->id_uses[i].registry <= REG_LEVEL)
            used[plan->id_uses[i].registry] = 1;
    for (Registry r = REG_UNIT; r <= REG_LEVEL; r++) {
        Buf lists = {0};
        for (Registry o = REG_UNIT; plan->registry_empty[r] == 2 && o <= REG_LEVEL; o++)
            if (o != r && plan->registry_empty[o] == 2 && used[o])
                buf_printf(&lists, "%s'%s:'", lists.len ? _(" or ") : "", names[o]);
        size_t n = lists.len < sizeof plan->gone_others[r] ? lists.len : 0;
        memcpy(plan->gone_others[r], lists.data ? lists.data : "", n);
        plan->gone_others[r][n] = '\0';
        buf_free(&lists);
    }
}
