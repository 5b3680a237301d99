/* check_short.c - {short ID} of a unit that has no short name, in a text
 * that prints the unit's full name too (session 36).
 *
 * `{short ID}` prints a unit's `short:` name, and a unit without one its
 * full name, so that a sentence still reads ("{short vp} theo dõi": a
 * near miss the diag corpus keeps). But the sentence that introduces the
 * short name prints the full name beside it: "{unit tckh} ({short tckh})"
 * or "Phòng Tài chính - Kế hoạch ({short tckh})" printed "Phòng Tài chính -
 * Kế hoạch (Phòng Tài chính - Kế hoạch)", the name twice, with no word
 * (s36low). Such a {short ID} (the text holds a {unit ...} naming the same
 * unit, or its name as written) is warned at (KH214), the first of each
 * unit, with the two ways out: give the unit its short name, or leave the
 * reference out. The name as written counts beside the reference: within
 * the name's length and NAME_SLACK bytes of it, either side, and the first
 * {short ID} of each unit in a text is the one looked at: a text of
 * 128,000 "{short tckh}" searched the whole text for the name at each and
 * took 3.4 s at 2 MB (s37review). Reads the texts the parser recorded
 * (Plan.texts) with the one scanner of references (textref.c), each text
 * holding "{short" twice: linear in their length.
 */
#define _GNU_SOURCE 1 /* memmem */
#include "check_short.h"

#include <string.h>

#include "load.h"
#include "textref.h"
#include "util.h"

/* The bytes either side of a {short ID}, past the name's own length,
 * where its name counts as printed beside it ("Phòng Tài chính - Kế hoạch
 * huyện ({short tckh})"). */
enum { NAME_SLACK = 64 };

typedef struct ShortScan {
    DiagSink *diags;
    const Plan *plan;
    const TextSite *site;
    size_t len;    /* the site's text's length */
    StrSet named;  /* the ids this text's {unit ...} print by their name */
    StrSet looked; /* the ids this text's {short ...} were looked at for */
    StrSet warned; /* the units warned at, each once */
} ShortScan;

/* 1 if name is written in text[0..len) within its length and NAME_SLACK
 * bytes of the reference ref: a bounded window, at most three times the
 * name's length and a few words. */
static int name_beside(const char *text, size_t len, const InlineRef *ref, const char *name)
{
    size_t n = strlen(name), slack = n + NAME_SLACK;
    size_t from = ref->start > slack ? ref->start - slack : 0;
    size_t to = len - ref->end > slack ? ref->end + slack : len;
    return n && to - from >= n && memmem(text + from, to - from, name, n) != NULL;
}

static void note_unit_ref(void *data, const InlineRef *ref)
{
    ShortScan *s = data;
    for (int i = 0; strcmp(ref->name, "unit") == 0 && i < ref->n_args; i++) {
        const Unit *unit = plan_find_unit(s->plan, ref->args[i]);
        if (unit && unit->id) /* the plan's copy: a set's keys are borrowed */
            strset_add(&s->named, unit->id, 0);
    }
}

static void visit_ref(void *data, const InlineRef *ref)
{
    ShortScan *s = data;
    if (strcmp(ref->name, "short") != 0)
        return;
    for (int i = 0; i < ref->n_args; i++) {
        const Unit *unit = plan_find_unit(s->plan, ref->args[i]);
        /* the parser gives a unit without `short:` its name (parse.c):
         * the same pointer; a short name typed equal to it is the
         * drafter's choice */
        if (!unit || !unit->id || !unit->name || unit->short_name != unit->name ||
            strset_find(&s->warned, unit->id) != (size_t)-1 ||
            strset_find(&s->looked, unit->id) != (size_t)-1) /* its first in this text only */
            continue;
        strset_add(&s->looked, unit->id, 0);
        if (strset_find(&s->named, unit->id) == (size_t)-1 &&
            !name_beside(s->site->text, s->len, ref, unit->name))
            continue;
        strset_add(&s->warned, unit->id, 0);
        const YNode *node = s->site->node;
        SrcPos at = node->kind == YNODE_SCALAR && node->text == s->site->text
                        ? ynode_pos_at(node, ref->start)
                        : node->pos;
        diag_warning(s->diags, at, (int)(ref->end - ref->start), KH214,
                     "'{short %s}' prints the unit's full name, '%s', which this text "
                     "prints already: the unit has no short name; give it one ('short:' "
                     "under its entry), or remove '{short %s}'",
                     ref->args[i], unit->name, ref->args[i]);
    }
}

void check_short_names(DiagSink *diags, const Plan *plan)
{
    ShortScan s = {diags, plan, NULL, 0, {0}, {0}, {0}};
    for (size_t i = 0; i < plan->n_texts; i++) {
        const TextSite *site = &plan->texts[i];
        if (!site->text || !site->node || !site->node->pos.file || !str_find(site->text, "{short"))
            continue;
        s.site = site;
        s.len = strlen(site->text);
        inline_each_ref(site->text, note_unit_ref, &s);
        inline_each_ref(site->text, visit_ref, &s);
        strset_free(&s.named);
        strset_free(&s.looked);
        s.named = (StrSet){0};
        s.looked = (StrSet){0};
    }
    strset_free(&s.warned);
}
