/* taskcodes.c - the tasks that name each criterion or indicator code (see
 * taskcodes.h).
 *
 * An open-addressing table from a code (a prefix of a task's code: "17" of
 * "17.1.2" is its first two bytes, so keys are ranges, not copies) to the
 * list of places (CodeRef) that name it, in the order the tasks were
 * added. A task naming K codes of depth D adds K x D places; a look-up is
 * one probe. The criteria and indicator tables (query_fields.c) walk a
 * code's places instead of every task of the plan, and learn from each
 * place which of the task's entries concern the row.
 */
#include "taskcodes.h"

#include <stdlib.h>
#include <string.h>

#include "util.h"

typedef struct CodeSlot {
    const char *code; /* NULL: empty; the key is code[0..len) */
    size_t len;
    CodeRef *refs;
    size_t n, cap;
} CodeSlot;

struct TaskCodes {
    CodeSlot *slots;
    size_t n_slots, n_used; /* n_slots a power of two */
};

static size_t code_hash(const char *s, size_t n)
{
    return (size_t)text_hash(s, n); /* the one hash (util.h): djb2 made "EzEz" and "FYFY" one */
}

static void grow(TaskCodes *ix)
{
    size_t n_slots = ix->n_slots ? ix->n_slots * 2 : 64;
    CodeSlot *slots = xmalloc(n_slots * sizeof *slots);
    memset(slots, 0, n_slots * sizeof *slots);
    for (size_t i = 0; i < ix->n_slots; i++) {
        if (!ix->slots[i].code)
            continue;
        size_t k = code_hash(ix->slots[i].code, ix->slots[i].len) & (n_slots - 1);
        while (slots[k].code)
            k = (k + 1) & (n_slots - 1);
        slots[k] = ix->slots[i];
    }
    free(ix->slots);
    ix->slots = slots;
    ix->n_slots = n_slots;
}

/* The slot of code[0..len), added when add is set; NULL when absent. */
static CodeSlot *find_slot(TaskCodes *ix, const char *code, size_t len, int add)
{
    if (add && (ix->n_used + 1) * 2 > ix->n_slots)
        grow(ix);
    if (!ix->n_slots)
        return NULL;
    size_t k = code_hash(code, len) & (ix->n_slots - 1);
    while (ix->slots[k].code) {
        if (ix->slots[k].len == len && memcmp(ix->slots[k].code, code, len) == 0)
            return &ix->slots[k];
        k = (k + 1) & (ix->n_slots - 1);
    }
    if (!add)
        return NULL;
    ix->n_used++;
    ix->slots[k].code = code;
    ix->slots[k].len = len;
    return &ix->slots[k];
}

static void add_ref(TaskCodes *ix, const char *code, size_t len, CodeRef ref)
{
    CodeSlot *slot = find_slot(ix, code, len, 1);
    if (slot->n == slot->cap) {
        slot->cap = slot->cap ? slot->cap * 2 : 4;
        slot->refs = xrealloc(slot->refs, slot->cap * sizeof *slot->refs);
    }
    slot->refs[slot->n++] = ref;
}

/* code under itself and under each code it lies inside (a dot followed by
 * more: "17.1.2" in "17.1" and "17") */
void taskcodes_add_code(TaskCodes *ix, size_t index, int assign, const char *code)
{
    size_t len = strlen(code);
    add_ref(ix, code, len, (CodeRef){index, assign, 1, code});
    for (size_t i = 0; i + 1 < len; i++)
        if (code[i] == '.')
            add_ref(ix, code, i, (CodeRef){index, assign, 0, code});
}

TaskCodes *taskcodes_new(void)
{
    TaskCodes *ix = xmalloc(sizeof *ix);
    memset(ix, 0, sizeof *ix);
    return ix;
}

void taskcodes_add(TaskCodes *ix, size_t index, const Task *task)
{
    for (size_t k = 0; k < task->n_criteria; k++)
        taskcodes_add_code(ix, index, -1, task->criteria[k]);
    for (size_t a = 0; a < task->n_assign; a++)
        for (size_t k = 0; k < task->assign[a].n_indicators; k++)
            taskcodes_add_code(ix, index, (int)a, task->assign[a].indicators[k]);
}

const CodeRef *taskcodes_find(const TaskCodes *ix, const char *code, size_t *n)
{
    CodeSlot *slot = find_slot((TaskCodes *)ix, code, strlen(code), 0);
    *n = slot ? slot->n : 0;
    return slot ? slot->refs : NULL;
}

size_t taskcodes_task_end(const CodeRef *refs, size_t n, size_t i)
{
    size_t j = i;
    while (j < n && refs[j].task == refs[i].task)
        j++;
    return j;
}

void taskcodes_free(TaskCodes *ix)
{
    if (!ix)
        return;
    for (size_t i = 0; i < ix->n_slots; i++)
        free(ix->slots[i].refs);
    free(ix->slots);
    free(ix);
}
