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
 *
 * The reading of one `suppress:` entry lives here too (suppress_entry),
 * shared by the parser (a plan's, a body node's) and the attachments'
 * reader: its KH111 and KH113 were written twice, and an entry refused
 * gave its KH111 and the warning it was written for (s43msg); and so
 * the entries of a `suppress:` key misspelt (suppress_misspelt).
 */
#include "check_suppress.h"

#include <string.h>

#include "load.h"
#include "suggest.h"
#include "util.h"
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
                     "only. Fix the warning in '%s', or silence it there, in that file's own "
                     "'suppress:'",
                     code->code, file, code->code, file);
    }
    strset_free(&asked);
}

int suppress_entry(DiagSink *diags, const YNode *at, const char *code_text, const char *file,
                   const YNode *within)
{
    const DiagCode *code = diag_code_find(code_text);
    Buf list = {0};
    if (!code)
        ynode_suppress(diags, DIAG_SUPPRESS_ALL, file, within);
    if (!code && !*code_text)
        diag_error(diags, at->pos, yread_span(at), KH111,
                   "'suppress' is empty: write the codes of the warnings to silence here "
                   "([KH253]), or delete the line; until then no warning is reported here");
    else if (!code && diag_code_list_in_one(code_text, &list)) /* s23low 8 */
        diag_error(diags, at->pos, yread_span(at), KH111,
                   "'%s' in 'suppress' is several codes written as one: write each as an item "
                   "of the list, [%s]", code_text, buf_str(&list));
    else if (!code)
        diag_error(diags, at->pos, yread_span(at), KH111,
                   "unknown diagnostic code '%s' in 'suppress': write a code that khgen explain "
                   "lists (KH253)", code_text);
    else if (code->level == DIAG_ERROR)
        diag_warning(diags, at->pos, yread_span(at), KH113,
                     "'%s' is an error, and errors cannot be silenced: 'suppress' does nothing "
                     "for it; fix what it reports instead", code->code);
    else /* "kh250" is KH250 */
        ynode_suppress(diags, code->code, file, within);
    buf_free(&list);
    return !code;
}

const YNode *suppress_misspelt(const YNode *map, KeySetId set)
{
    if (!map || map->kind != YNODE_MAP || ynode_get(map, "suppress"))
        return NULL;
    const char *const *allowed = keys_names(set);
    size_t n_allowed = 0;
    while (allowed[n_allowed])
        n_allowed++;
    for (size_t i = 0; i < map->count; i++) {
        const char *written = map->keys[i]->text;
        if (keys_find(set, written))
            continue;
        const char *meant = suggest_best(written, allowed, n_allowed);
        if (meant && strcmp(meant, "suppress") == 0)
            return map->values[i];
    }
    return NULL;
}
