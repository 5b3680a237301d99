/* render_walk.c - stage 5 (render): the walk of the numbered body that
 * every back end shares.
 *
 * render_walk_body decides what prints in which order (a node's heading or
 * first line, its text and paragraphs, its items, a task's lines) and calls
 * the back end's BodyEmitter for each piece, which only marks it up; the
 * decision which heading keeps with what follows it
 * (render_keeps_with_next) is here too. Moved out of render.c whole.
 */
#include "render.h"

/* ---- walking the body ------------------------------------------------------------- */

int render_nest_steps(int nest)
{
    return nest < 0 ? 0 : nest < RENDER_NEST_MAX_STEPS ? nest : RENDER_NEST_MAX_STEPS;
}

static void walk_node(InlineCtx *ctx, const BodyEmitter *emit, const BodyNode *node);

static void walk_items(InlineCtx *ctx, const BodyEmitter *emit, BodyNode *const *items,
                       size_t n)
{
    for (size_t i = 0; i < n; i++)
        walk_node(ctx, emit, items[i]);
}

static void walk_task(InlineCtx *ctx, const BodyEmitter *emit, const BodyNode *node)
{
    ArenaMark mark = arena_mark(ctx->arena);
    const Task *outer = ctx->task;
    int outer_nest = ctx->nest;
    ctx->task = node->task;
    size_t first_para = 0;
    /* a "+" task's own lines would print at its depth: indent its content */
    int plus = node->printed_label && node->printed_label[0] == '+';
    if (node->title && *node->title) {
        emit->heading(emit->writer, ctx, node, STYLE_PLAIN);
        ctx->nest += plus;
        if (node->text)
            emit->paragraphs(emit->writer, ctx, node->text);
        ctx->nest -= plus;
    } else {
        /* no heading: the first paragraph carries the marker */
        BodyNode first = *node;
        if (node->text) {
            emit->text_node(emit->writer, ctx, &first);
        } else if (node->n_paras) {
            first.text = node->paras[0];
            emit->text_node(emit->writer, ctx, &first);
            first_para = 1;
        }
    }
    if (plus)
        ctx->nest++;
    for (size_t i = first_para; i < node->n_paras; i++)
        emit->paragraphs(emit->writer, ctx, node->paras[i]);
    int lines_first = 0;
    for (size_t i = 0; i < node->n_items && !lines_first; i++)
        lines_first = node->items[i]->kind == NODE_TASK;
    if (!lines_first)
        walk_items(ctx, emit, node->items, node->n_items);
    if (node->task) {
        const char **lines;
        size_t n = render_task_lines(ctx, node->task, &lines);
        for (size_t i = 0; i < n; i++)
            emit->task_line(emit->writer, ctx, lines[i]);
    }
    if (lines_first)
        walk_items(ctx, emit, node->items, node->n_items);
    ctx->task = outer;
    ctx->nest = outer_nest;
    arena_release(ctx->arena, mark);
}

static void walk_node(InlineCtx *ctx, const BodyEmitter *emit, const BodyNode *node)
{
    switch (node->kind) {
    case NODE_SECTION:
        emit->heading(emit->writer, ctx, node, STYLE_BOLD);
        break;
    case NODE_CLAUSE:
    case NODE_SUBCLAUSE:
        emit->heading(emit->writer, ctx, node, node->n_items ? STYLE_BOLD : STYLE_PLAIN);
        break;
    case NODE_POINT:
    case NODE_BULLET:
    case NODE_PARA:
        /* "point: \"\"" that lent its label to its first item prints none */
        if (!(node->kind == NODE_POINT && node->n_items && !*node->printed_label &&
              (!node->text || !*node->text)))
            emit->text_node(emit->writer, ctx, node);
        break;
    case NODE_TASK:
        walk_task(ctx, emit, node);
        return; /* walk_task places the items */
    case NODE_TABLE:
        if (node->table)
            emit->table(emit->writer, ctx, node);
        return; /* its tasks are its rows */
    case NODE_PART:
        emit->part(emit->writer, ctx, node, STYLE_BOLD);
        if (node->text && *node->text) /* under its centred title (s35attack H5) */
            emit->paragraphs(emit->writer, ctx, node->text);
        break;
    }
    walk_items(ctx, emit, node->items, node->n_items);
}


int render_keeps_with_next(const BodyNode *node)
{
    if (!node)
        return 0;
    /* a task's title line ("- Huy động và sử dụng nguồn lực") over its
     * own text, paragraphs, items or "+ Đơn vị thực hiện" lines: at a
     * page's foot it read as a heading left alone (s43user F15: page 1 of
     * every init skeleton's PDF, both engines) */
    if (node->kind == NODE_TASK)
        return node->title && *node->title &&
               ((node->text && *node->text) || node->n_paras || node->n_items || node->task);
    return node->n_items > 0 &&
           (node->kind == NODE_SECTION || node->kind == NODE_CLAUSE ||
            node->kind == NODE_SUBCLAUSE || node->kind == NODE_PART);
}

void render_walk_body(const RenderCtx *rc, const BodyEmitter *emit)
{
    /* what a node needs while it is written (template values, expanded
     * texts, task lines) lives in a scratch arena that each task gives back
     * when it is written: 50,000 tasks would otherwise leave every phrase
     * they were built from behind */
    InlineCtx ctx = rc->inline_ctx;
    ctx.arena = arena_new();
    walk_items(&ctx, emit, rc->plan->body, rc->plan->n_body);
    arena_free(ctx.arena);
}

