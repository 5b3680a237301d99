/* resolve.c - stage 3: resolve, between parse and check.
 *
 * parse.c reads the YAML tree into typed structures and records what refers
 * to what; it binds nothing. resolve_plan() then does, in this order (each
 * step may use what the steps before it produced):
 *
 *   1. index     the registries' ids in hash tables (plan.c), reporting a
 *                duplicate id (KH200);
 *   2. bind      every id a structured field uses (Plan.id_uses: a task's
 *                lead and support units, its localities, a locality's parent
 *                and levels), counting the use and reporting an unknown id
 *                with the nearest one (KH202-KH204);
 *   3. texts     check every {reference} of every free text (Plan.texts),
 *                counting the uses it makes, and evaluate the figures in it
 *                (inline.c, figures.c; KH2xx, KH5xx);
 *   4. tables    build the attachment tables: expand their texts, generate
 *                the rows of `from:` tables (select, sort, group), number
 *                and merge them (attach.c, KH6xx);
 *   5. number    the body: fill BodyNode.printed_label and depth.
 *
 * After it, the Plan is complete: check.c and the back ends read it as
 * const and change nothing. This file writes only into the Plan it is given
 * (use counts, labels, generated rows) and reports into the DiagSink.
 *
 * Numbering: a section counts I, II, ... among its sibling sections; a
 * clause 1, 2, ... among sibling clauses; a sub-clause takes the number of
 * the clause or sub-clause around it and adds its own ("1.2.", "1.2.1.");
 * a point counts a), b), ... đ) ... in Vietnamese letter order; a bullet is
 * "-", or "+" inside another bullet; a table with a caption counts 1, 2,
 * ... through the whole body ("Bảng 1."). A node's `number` restarts its counter
 * and `label` replaces what is printed (the counter still advances), which
 * is how a plan reproduces an irregular original.
 */
#include "resolve.h"

#include <stdio.h>
#include <string.h>

#include "attach.h"
#include "figures.h"
#include "own_label.h"
#include "i18n.h"
#include "inline.h"
#include "misspelt_def.h"
#include "registry_gone.h"
#include "query.h"
#include "vi.h"

/* ---- 2. binding ids ---------------------------------------------------------- */

/* The plain unknown ids of one list, one line ("support: [x, y]"),
 * gathered to be told once (plan_unknown_ids_message). */
typedef struct UnknownRun {
    const IdUse *first, *last;
    const char *ids[16];
    size_t n;
} UnknownRun;

static void report_run(DiagSink *diags, const Plan *plan, UnknownRun *run, Buf *message)
{
    if (!run->n)
        return;
    buf_reset(message);
    const IdUse *use = run->first;
    DiagId code = run->n == 1
                      ? plan_unknown_id_message(plan, use->registry, use->id, NULL, message)
                      : plan_unknown_ids_message(plan, use->registry, run->ids, run->n, message);
    int chars = run->n == 1 ? use->chars : run->last->pos.col + run->last->chars - use->pos.col;
    diag_error(diags, use->pos, chars, code, "%s", message->data);
    run->n = 0;
}

static void bind_ids(DiagSink *diags, Plan *plan)
{
    Buf message = {0};
    UnknownRun run = {0};
    enum { AHEAD = 8 }; /* uses whose texts and fields are fetched ahead */
    for (size_t i = 0; i < plan->n_id_uses; i++) {
        const IdUse *use = &plan->id_uses[i];
        if (i + AHEAD < plan->n_id_uses) {
            prefetch(use[AHEAD].id); /* hashed */
            prefetch(use[AHEAD].at); /* pointed at the entry's own copy */
        }
        const char *hint;
        /* a use without a field is one of an entry the parser dropped, one
         * without an id: what it names is not the id it lacks (a locality
         * is not its own parent), so no entry's broken id claims it here */
        size_t broken = plan->n_broken_ids[use->registry];
        if (!use->at)
            plan->n_broken_ids[use->registry] = 0;
        int found = use->at ? plan_bind_id(plan, use->registry, use->at, &hint)
                            : plan_resolve_id(plan, use->registry, use->id, 1, &hint);
        int plain = !found && !hint && use->at && plan_unknown_is_plain(plan, use->registry,
                                                                       use->id);
        if (!found && !plain) {
            report_run(diags, plan, &run, &message);
            buf_reset(&message);
            DiagId code = plan_unknown_id_message(plan, use->registry, use->id, hint, &message);
            diag_error(diags, use->pos, use->chars, code, "%s", message.data);
        }
        plan->n_broken_ids[use->registry] = broken;
        if (found || !plain)
            continue;
        /* a run reads left to right: "{support: [x, y], lead: z}" met as
         * z, x, y was one message at z naming x and y, its caret z's */
        if (run.n && (run.n == sizeof run.ids / sizeof run.ids[0] ||
                      use->registry != run.first->registry ||
                      use->pos.line != run.first->pos.line || use->pos.file != run.first->pos.file ||
                      use->pos.col <= run.last->pos.col))
            report_run(diags, plan, &run, &message);
        if (!run.n)
            run.first = use;
        run.last = use;
        run.ids[run.n++] = use->id;
    }
    report_run(diags, plan, &run, &message);
    buf_free(&message);
}

/* ---- 5. numbering the body ----------------------------------------------------- */

/* A heading with no title and no text ("clause: \"\"", "point: \"\"", whose
 * value is its text) lends its label to its first child when that is a
 * paragraph or an unlabelled, untitled task: "1. Căn cứ các nội dung ..."
 * and "a) Công an phường chủ trì ..." print as one line, as plans write
 * them. */
static void lend_label(BodyNode *node)
{
    int is_heading = node->kind == NODE_SECTION || node->kind == NODE_CLAUSE ||
                     node->kind == NODE_SUBCLAUSE || node->kind == NODE_POINT;
    if (!is_heading || (node->title && *node->title) || (node->text && *node->text) ||
        node->n_items == 0 || !node->printed_label || !*node->printed_label)
        return;
    BodyNode *first = node->items[0];
    int takes_label = first->kind == NODE_PARA ||
                      (first->kind == NODE_TASK && (!first->title || !*first->title));
    if (!takes_label || (first->printed_label && *first->printed_label))
        return;
    first->printed_label = node->printed_label;
    node->printed_label = "";
}

void resolve_check_number(DiagSink *diags, SrcPos at, int span, NodeKind kind, int number)
{
    if (kind == NODE_SECTION && number > 3999)
        diag_error(diags, at, span, KH120,
                   "this section is numbered %d, and Roman numerals stop at 3999 (MMMCMXCIX): "
                   "it would print '%d.'. Number it lower, or write its label by hand (label: "
                   "\"%d.\")", number, number, number);
    else if (kind == NODE_POINT && number > 69)
        diag_error(diags, at, span, KH120,
                   "this point is numbered %d, and the letters of points stop at 'yyy)' (the "
                   "69th): it would print a letter and a number. Number it lower, or write its "
                   "label by hand (label: \"%d)\")", number, number);
}

static void number_list(Arena *arena, DiagSink *diags, BodyNode **items, size_t n,
                        const char *parent_number, int in_bullet, int depth, int *tables)
{
    int parts = 0, sections = 0, clauses = 0, subclauses = 0, points = 0;
    Buf label = {0};
    for (size_t i = 0; i < n; i++) {
        BodyNode *node = items[i];
        const char *own_number = parent_number; /* number path for children */
        int child_in_bullet = in_bullet;
        buf_reset(&label);
        switch (node->kind) {
        case NODE_SECTION:
            sections = node->number ? node->number : sections + 1;
            if (sections == 4000 && !node->number && !node->label) /* counted past MMMCMXCIX */
                resolve_check_number(diags, node->pos, 7, NODE_SECTION, sections);
            vi_put_roman(&label, sections);
            buf_putc(&label, '.');
            own_number = NULL; /* clauses inside restart from 1 */
            break;
        case NODE_CLAUSE:
            clauses = node->number ? node->number : clauses + 1;
            buf_printf(&label, "%d.", clauses);
            own_number = arena_printf(arena, "%d", clauses);
            break;
        case NODE_SUBCLAUSE:
            subclauses = node->number ? node->number : subclauses + 1;
            if (parent_number)
                buf_printf(&label, "%s.%d.", parent_number, subclauses);
            else
                buf_printf(&label, "%d.", subclauses);
            own_number = parent_number ? arena_printf(arena, "%s.%d", parent_number, subclauses)
                                       : arena_printf(arena, "%d", subclauses);
            break;
        case NODE_POINT:
            points = node->number ? node->number : points + 1;
            vi_put_point_letter(&label, points - 1);
            buf_putc(&label, ')');
            break;
        case NODE_BULLET:
        case NODE_TASK:
            buf_puts(&label, node->marker ? node->marker : in_bullet ? "+" : "-");
            child_in_bullet = 1;
            break;
        case NODE_PARA:
            break;
        case NODE_PART:
            /* "Phần thứ nhất", "Phần thứ hai", ...; the sections inside
             * count from I again */
            parts = node->number ? node->number : parts + 1;
            buf_puts(&label, "Phần ");
            vi_put_ordinal(&label, parts);
            own_number = NULL;
            break;
        case NODE_TABLE:
            /* captioned tables count 1, 2, ... through the whole body; the
             * label is the number alone (the wording "table_caption" says
             * "Bảng 1."), so it is read with node->label NULL */
            if (node->title && *node->title) {
                *tables = node->number ? node->number : *tables + 1;
                buf_printf(&label, "%d", *tables);
            }
            break;
        }
        if (node->label) {
            node->printed_label = node->label;
            /* a relabelled clause still numbers its sub-clauses from its label */
            if ((node->kind == NODE_CLAUSE || node->kind == NODE_SUBCLAUSE) && *node->label) {
                size_t len = strlen(node->label);
                while (len > 0 && (node->label[len - 1] == '.' || node->label[len - 1] == ' '))
                    len--;
                own_number = arena_strndup(arena, node->label, len);
            }
        } else {
            node->printed_label = arena_strndup(arena, label.data ? label.data : "", label.len);
        }
        node->depth = depth;
        number_list(arena, diags, node->items, node->n_items, own_number, child_in_bullet,
                    depth + 1, tables);
        lend_label(node);
    }
    buf_free(&label);
}

/* A heading with no title and no text keeps its number when its first entry
 * cannot take it (a titled or labelled task, a bullet, another heading):
 * the document shows a bare "**1.**" line. One deleted `label: ""` line of
 * an untitled task did that silently (mutation sweep s6, M4). A warning
 * (KH117) at the heading; `label: ""` on it says no number is meant. */
static void warn_bare_numbers(DiagSink *diags, BodyNode **items, size_t n)
{
    static const char *const names[] = {[NODE_SECTION] = "section", [NODE_CLAUSE] = "clause",
                                        [NODE_SUBCLAUSE] = "subclause", [NODE_POINT] = "point"};
    for (size_t i = 0; i < n; i++) {
        const BodyNode *node = items[i];
        warn_bare_numbers(diags, node->items, node->n_items);
        if (node->kind == NODE_PART && !(node->title && *node->title) &&
            !(node->text && *node->text) && node->printed_label && *node->printed_label)
            /* `part: ~` printed "Phần thứ nhất" over no title, without a word (s40types) */
            diag_warning(diags, node->pos, 4, KH117, "this 'part' has no title: it prints a "
                         "bare '%s' line with nothing under it. Give it its title, or write "
                         "label: \"\" on it if no part is meant", node->printed_label);
        int is_heading = node->kind == NODE_SECTION || node->kind == NODE_CLAUSE ||
                         node->kind == NODE_SUBCLAUSE || node->kind == NODE_POINT;
        if (!is_heading || (node->title && *node->title) || (node->text && *node->text) ||
            node->n_items == 0 || !node->printed_label || !*node->printed_label ||
            node->title_cut) /* its KH165 says it */
            continue;
        diag_warning(diags, node->pos, (int)strlen(names[node->kind]), KH117,
                     "this '%s' has no title and its first entry cannot take its number "
                     "(a paragraph, or an untitled task with label: \"\", can): it prints a bare "
                     "'%s' line. Give it a title, or write label: \"\" on it",
                     names[node->kind], node->printed_label);
    }
}

/* A heading's level in the decree's order (Phần, I., 1., 1.1., a)); -1
 * for what is not a heading (bullets, tasks, paragraphs, tables). */
static int heading_rank(NodeKind kind)
{
    switch (kind) {
    case NODE_PART: return 0;
    case NODE_SECTION: return 1;
    case NODE_CLAUSE: return 2;
    case NODE_SUBCLAUSE: return 3;
    case NODE_POINT: return 4;
    default: return -1;
    }
}

/* A heading inside a heading of its own level or a lower one ("point" in a
 * "point", "section" in a "clause") restarts a numbering the reader cannot
 * tell from its parent's: "a) Một", "a) Con một", "b) Con hai", "b) Hai",
 * exit 0 (attack s15 F4: one line indented too far). A warning (KH121) at
 * the inner heading, naming the level to write; a heading with its own
 * `label:` is the drafter's choice, and a sub-clause inside a sub-clause
 * prints "1.1.1.", which shows its level. Bullets between them do not
 * break the chain: "a)", "- ...", "a)" repeats as well.
 * Two more shapes print a number that does not show its level (s17attack
 * F1, F2): a sub-clause inside no clause (in a section, a part, or the
 * body itself) has no clause's number to start from and prints "1.", a
 * clause's number ("1. Khoản một", "1. Tiểu khoản", "2. Khoản hai"); and
 * a bullet inside a "+" bullet prints "+" as that one does, at the same
 * indent in every format (a task indents its items; a `marker:` is the
 * drafter's choice). bullet is the "+" bullet the items are in, if any. */
static void warn_nesting(DiagSink *diags, BodyNode **items, size_t n, const BodyNode *above,
                         const BodyNode *bullet)
{
    static const char *const names[] = {[NODE_SECTION] = "section", [NODE_CLAUSE] = "clause",
                                        [NODE_SUBCLAUSE] = "subclause", [NODE_POINT] = "point",
                                        [NODE_PART] = "part"};
    static const char *const next[] = {[NODE_SECTION] = "clause", [NODE_CLAUSE] = "subclause",
                                       [NODE_SUBCLAUSE] = "point", [NODE_POINT] = "bullet",
                                       [NODE_PART] = "section"};
    for (size_t i = 0; i < n; i++) {
        const BodyNode *node = items[i];
        int rank = heading_rank(node->kind);
        const char *label = node->printed_label ? node->printed_label : "";
        if (rank >= 0 && above && !node->label && rank <= heading_rank(above->kind) &&
            !(node->kind == NODE_SUBCLAUSE && above->kind == NODE_SUBCLAUSE))
            diag_warning(diags, node->pos, (int)strlen(names[node->kind]), KH121,
                         "this '%s' is inside the '%s' '%s' (line %d), and its number '%s' is "
                         "of the same or a higher level: the document cannot show which is "
                         "inside which. Write it as a '%s', move it out, or give it a label:",
                         names[node->kind], names[above->kind],
                         above->printed_label ? above->printed_label : "", above->pos.line,
                         label, next[above->kind]);
        else if (node->kind == NODE_SUBCLAUSE && !node->label &&
                 (!above || above->kind == NODE_SECTION || above->kind == NODE_PART))
            diag_warning(diags, node->pos, 9, KH121,
                         "this 'subclause' is inside no 'clause', and its number '%s' has no "
                         "clause's number before it: it reads as a clause's. Write it as a "
                         "'clause', move it into the clause it belongs to, or give it a label:",
                         label);
        else if (node->kind == NODE_BULLET && bullet && !node->marker && !node->label &&
                 strcmp(label, "+") == 0)
            diag_warning(diags, node->pos, 6, KH121,
                         "this 'bullet' is inside the '+' bullet of line %d, and prints '+' as "
                         "it does, at its indent: the document cannot show which is inside "
                         "which. Make it a paragraph of that bullet's text, move it out, or "
                         "give it another marker (marker: \"•\")",
                         bullet->pos.line);
        const BodyNode *inner_bullet = bullet;
        if (node->kind == NODE_BULLET)
            inner_bullet = strcmp(label, "+") == 0 ? node : NULL;
        else if (node->kind != NODE_PARA && node->kind != NODE_TABLE)
            inner_bullet = NULL; /* a heading, or a task, which indents its items */
        warn_nesting(diags, node->items, node->n_items, rank >= 0 ? node : above, inner_bullet);
    }
}

/* A heading or bullet numbered by khgen whose text begins with a number
 * of its own ("clause: 1. Cấp xã", a heading copied from Word with its
 * number) printed both, "1. 1. Cấp xã", with no word (attack s10 F5); a
 * caption "Bảng 1. X" "Bảng 1. Bảng 1. X" (s35attack M2). KH118 at the
 * text (own_label.c, shared with the attachments' titles); `label:` sets
 * a number by hand. */
static void warn_own_numbers(DiagSink *diags, BodyNode **items, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        const BodyNode *node = items[i];
        warn_own_numbers(diags, node->items, node->n_items);
        /* a caption typed with its number printed "Bảng 1. Bảng 1. X" (s35attack M2) */
        if (node->kind == NODE_TABLE && !node->label && node->printed_label &&
            *node->printed_label && node->title) {
            char shown[40];
            snprintf(shown, sizeof shown, "Bảng %s.", node->printed_label);
            size_t own = own_caption_len(node->title);
            if (own)
                own_label_warn(diags, node->title_pos, node->title, own, shown, 0);
        }
        if (node->label || !node->printed_label || !*node->printed_label ||
            node->kind == NODE_PARA || node->kind == NODE_PART || node->kind == NODE_TABLE)
            continue;
        int titled = node->title && *node->title;
        const char *s = titled ? node->title : node->text ? node->text : "";
        size_t len = own_label_len(node->kind, s);
        /* a bullet's text that begins with a point's "b) ": a point
         * printed after the bullet's dash, "+ b) Vật tư" (s24attack L5) */
        size_t point = !len && node->kind == NODE_BULLET ? own_label_len(NODE_POINT, s) : 0;
        if (point && !(s[0] >= 'a' && s[0] <= 'z') && strncmp(s, "đ", 2) != 0)
            point = 0; /* a point's letter, not a clause's number */
        if (len)
            own_label_warn(diags, titled ? node->title_pos : node->text_pos, s, len,
                           node->printed_label, 0);
        else if (point)
            diag_warning(diags, titled ? node->title_pos : node->text_pos,
                         2, KH118,
                         "this bullet's text begins with a point's label '%.*s', and khgen "
                         "prints '%s' before it: the document shows '%s %.*s', a point marked "
                         "as a bullet. Make it a 'point' (khgen prints its letter), or remove "
                         "'%.*s' from the text",
                         (int)point, s, node->printed_label, node->printed_label, (int)point, s,
                         (int)point, s);
    }
}

/* ---- the names the tasks' lines print (KH211) ----------------------------------- */

typedef struct TaskNames {
    const Plan *plan;
    DiagSink *diags;
    size_t *printed;
} TaskNames;

static size_t unit_name_len(const Plan *plan, const char *id)
{
    const Unit *unit = id ? plan_find_unit(plan, id) : NULL;
    return unit && unit->name ? strlen(unit->name) : 0;
}

/* A task's lines print its units' names as {unit} does: 2,000 tasks each
 * supported by the same 99 units named with 500 characters (1.1 MB)
 * printed 100 MB of each document (attack s8 F15). They count with the
 * references' names, and the task that passes 32 MiB is an error. */
static void count_task_names(void *data, const BodyPlace *place)
{
    TaskNames *tn = data;
    const Task *task = place->node->kind == NODE_TASK ? place->node->task : NULL;
    if (!task)
        return;
    size_t add = 0, n_leads;
    const char *const *leads = task_leads(task, &n_leads);
    for (size_t i = 0; task->show_lead && i < n_leads; i++)
        add += unit_name_len(tn->plan, leads[i]);
    for (size_t i = 0; task->show_lead && i < task->n_support; i++)
        add += unit_name_len(tn->plan, task->support[i]);
    for (size_t i = 0; i < task->n_assign; i++)
        add += task->assign[i].text ? 0 : unit_name_len(tn->plan, task->assign[i].unit);
    size_t before = *tn->printed;
    *tn->printed += add;
    if (before <= INLINE_MAX_PRINTED && *tn->printed > INLINE_MAX_PRINTED)
        diag_error(tn->diags, task->n_leads || task->lead ? task->lead_pos : place->node->pos, 1,
                   KH211,
                   "the plan's tasks and references print more than %d MiB of names by this "
                   "task's units; name a long list of units once, in the text",
                   (int)(INLINE_MAX_PRINTED >> 20));
}

/* ---- the stage ----------------------------------------------------------------- */

int resolve_plan(Arena *arena, DiagSink *diags, TemplateSet *templates, Plan *plan)
{
    int errors_before = diag_error_count(diags);
    plan_build_index(arena, diags, plan);                    /* 1 */
    misspelt_defs_find(diags, plan); /* an id misspelt where it is defined */
    registry_gone_find(plan);        /* the lists a deleted include took */
    bind_ids(diags, plan);                                   /* 2 */
    query_begin(arena, plan);
    figures_begin(arena, plan);
    size_t printed = 0; /* names the references print (KH211) */
    InlineCtx ctx = {.plan = plan, .templates = templates, .arena = arena, .printed = &printed};
    for (size_t i = 0; i < plan->n_texts; i++) {             /* 3 */
        if (i + 8 < plan->n_texts)
            prefetch(plan->texts[i + 8].text); /* scattered texts, fetched ahead */
        ctx.task = plan->texts[i].task;
        inline_check(&ctx, diags, &plan->texts[i]);
    }
    TaskNames tn = {plan, diags, &printed};
    plan_walk_body(plan->body, plan->n_body, count_task_names, &tn);
    attach_resolve(arena, diags, plan);                      /* 4 */
    int tables = 0;
    number_list(arena, diags, plan->body, plan->n_body, NULL, 0, 0, &tables); /* 5 */
    if (!plan->values_dropped) /* `section: {a: 1}`: its KH102, not also a bare number */
        warn_bare_numbers(diags, plan->body, plan->n_body);
    warn_own_numbers(diags, plan->body, plan->n_body);
    warn_nesting(diags, plan->body, plan->n_body, NULL, NULL);
    plan->resolved = 1;
    return diag_error_count(diags) - errors_before;
}
