/* body_end.c - where the text of a signed plan without a closing ends.
 *
 * Nghị định 30/2020 ends a document's text with "./." after its last word.
 * khgen puts it after the closing sentence (render_closing); but a plan is
 * often signed without one, its text ending with the last clause of "Tổ
 * chức thực hiện" ("... báo cáo kết quả về UBND xã./."), and such a plan
 * printed no end mark anywhere, exit 0, no word (s53print P1). The mark
 * then follows the body's last printed piece: the one decision of which
 * piece that is, made here from the plan alone in the order in which
 * render_walk_body (render_walk.c) prints the pieces, so that every back
 * end (it walks the body for the .md, the .html and the .docx; the PDF is
 * the print of one of those) marks the same words, and check (KH184)
 * warns where no sentence ends the body: a table, or nothing printed.
 * A plan without a signature is a draft of the body, not marked (KH160's
 * rule: the closing or the signature says the text is finished).
 *
 * Not a stage: the plan's own reading, shared by render and check.
 */
#include "body_end.h"

static int node_end(const BodyNode *node, BodyEnd *e);

/* The end of the last of items[0..n) that prints anything. */
static int items_end(BodyNode *const *items, size_t n, BodyEnd *e)
{
    for (size_t i = n; i-- > 0;)
        if (items[i] && node_end(items[i], e))
            return 1;
    return 0;
}

static int set_end(BodyEnd *e, BodyEndPiece piece, const BodyNode *node, const char *text,
                   SrcPos pos)
{
    *e = (BodyEnd){piece, node, text, pos.line ? pos : node->pos};
    return 1;
}

/* 1 if task prints a line under its text (render.c, task_lines). */
static int task_has_lines(const Task *task)
{
    return task && (task->show_lead || task->n_assign || task->assign_note ||
                    (task->show_due && task->due.kind != DUE_NONE));
}

/* As walk_task prints a task: its heading (or its first paragraph with
 * the marker), its text, its paragraphs, then its items and its lines (the
 * lines first when an item is a task). */
static int task_end(const BodyNode *node, BodyEnd *e)
{
    int lines_first = 0;
    for (size_t i = 0; i < node->n_items && !lines_first; i++)
        lines_first = node->items[i] && node->items[i]->kind == NODE_TASK;
    if (lines_first && items_end(node->items, node->n_items, e))
        return 1;
    if (task_has_lines(node->task))
        return set_end(e, BODY_END_LINE, node, NULL, node->pos);
    if (!lines_first && items_end(node->items, node->n_items, e))
        return 1;
    int titled = node->title && *node->title;
    size_t first_para = !titled && !node->text && node->n_paras ? 1 : 0;
    if (node->n_paras > first_para)
        return set_end(e, BODY_END_PARA, node, node->paras[node->n_paras - 1],
                       node->paras_pos ? node->paras_pos[node->n_paras - 1] : node->pos);
    if (titled && node->text && *node->text)
        return set_end(e, BODY_END_TEXT, node, node->text, node->text_pos);
    if (titled)
        return set_end(e, BODY_END_HEAD, node, node->title, node->title_pos);
    if (node->text)
        return set_end(e, BODY_END_HEAD, node, node->text, node->text_pos);
    if (node->n_paras)
        return set_end(e, BODY_END_HEAD, node, node->paras[0],
                       node->paras_pos ? node->paras_pos[0] : node->pos);
    return 0;
}

/* As walk_node prints a node: its own line, then its items. */
static int node_end(const BodyNode *node, BodyEnd *e)
{
    switch (node->kind) {
    case NODE_TASK:
        return task_end(node, e);
    case NODE_TABLE:
        return node->table ? set_end(e, BODY_END_TABLE, node, NULL, node->pos) : 0;
    default:
        break;
    }
    if (items_end(node->items, node->n_items, e))
        return 1;
    switch (node->kind) {
    case NODE_SECTION:
    case NODE_CLAUSE:
    case NODE_SUBCLAUSE: /* "LABEL TITLE: TEXT" (render_heading_parts) */
        if (node->text && *node->text)
            return set_end(e, BODY_END_HEAD, node, node->text, node->text_pos);
        return set_end(e, BODY_END_HEAD, node, node->title, node->title_pos);
    case NODE_PART:
        if (node->text && *node->text)
            return set_end(e, BODY_END_TEXT, node, node->text, node->text_pos);
        return set_end(e, BODY_END_HEAD, node, node->title, node->title_pos);
    default: /* a point, a bullet, a paragraph; a point "" that lent its
                label to its first item prints nothing of its own */
        if (node->kind == NODE_POINT && node->n_items && node->printed_label &&
            !*node->printed_label && (!node->text || !*node->text))
            return 0;
        return set_end(e, BODY_END_HEAD, node, node->text, node->text_pos);
    }
}

BodyEnd body_end_find(const Plan *plan)
{
    BodyEnd e = {BODY_END_NONE, NULL, NULL, {0}};
    if (plan->closing || !plan->signature)
        return e;
    if (!items_end(plan->body, plan->n_body, &e))
        e = (BodyEnd){BODY_END_EMPTY, NULL, NULL, plan->signature->pos};
    return e;
}
