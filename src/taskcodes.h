/* taskcodes.h - the tasks that name each criterion or indicator code.
 *
 * Who answers for a criterion or an indicator (the criteria and indicator
 * tables, KH616, figures over criteria) comes from the tasks that name its
 * code, or a code inside it, in their `criteria:` list or in the
 * `indicators:` of an `assign:` entry. This index lists them per code, so
 * that a row looks at those tasks only, and at the entries of each that
 * concern it, never at every task or every code of a task: a table of N
 * criteria over N tasks cost O(N^2) (attack s6 G12).
 */
#ifndef KHGEN_TASKCODES_H
#define KHGEN_TASKCODES_H

#include <stddef.h>

#include "plan.h"

/* One place where a task names a code: in its criteria list (assign -1) or
 * in the indicators of its assign entry `assign`; `code` as the task writes
 * it, the looked-up code itself (exact 1) or a code inside it (exact 0:
 * "17.1" under "17"). */
typedef struct CodeRef {
    size_t task;        /* index of the task, as given to taskcodes_add */
    int assign;         /* -1: the task's criteria; else its assign entry */
    int exact;
    const char *code;   /* borrowed from the task */
} CodeRef;

typedef struct TaskCodes TaskCodes;

/* A new, empty index (free with taskcodes_free). */
TaskCodes *taskcodes_new(void);

/* Records where task number `index` names codes: each code of its
 * criteria, then of each assign entry in order, under the code itself and
 * under each code it lies inside ("17.1.2" under "17.1" and "17"). Tasks
 * must be added in increasing index order. The task's strings are
 * borrowed and must outlive the index. */
void taskcodes_add(TaskCodes *ix, size_t index, const Task *task);

/* Records one code named by item number `index` (a task's criteria entry
 * when assign is -1, else its assign entry; or any other item that lists
 * codes, such as a locality's criteria), under itself and the codes it
 * lies inside, as taskcodes_add does. Items in increasing index order. */
void taskcodes_add_code(TaskCodes *ix, size_t index, int assign, const char *code);

/* The places that name `code` or a code inside it, in the order added
 * (by task, then criteria before assign entries); *n their count (0 and
 * NULL when none). Owned by the index. */
const CodeRef *taskcodes_find(const TaskCodes *ix, const char *code, size_t *n);

/* The end of the run of refs[i..n) that belongs to refs[i]'s task. */
size_t taskcodes_task_end(const CodeRef *refs, size_t n, size_t i);

void taskcodes_free(TaskCodes *ix);

#endif
