/* render_walk.c - stage 5 (render): the walk of the numbered body that
 * every back end shares.
 *
 * render_walk_body decides what prints in which order (a node's heading or
 * first line, its text and paragraphs, its items, a task's lines) and calls
 * the back end's BodyEmitter for each piece, which only marks it up; the
 * decision which heading keeps with what follows it
 * (render_keeps_with_next) is here too. In a signed plan without a
 * closing, the piece that ends the body (body_end.c) is emitted with
 * ctx->end_mark set, so that it ends with "./." in every back end.
 */
#include "render.h"

#include <string.h>

#include "body_end.h"

/* ---- walking the body ------------------------------------------------------------- */

int render_nest_steps(int nest)
{
    return nest < 0 ? 0 : nest < RENDER_NEST_MAX_STEPS ? nest : RENDER_NEST_MAX_STEPS;
}

/* The walk: the back end's emitter and the piece that ends the body. */
typedef struct Walk {
    const BodyEmitter *emit;
    BodyEnd end;
} Walk;

/* Sets ctx->end_mark for the piece of node about to be emitted: 1 if it is
 * the one that ends the body. */
static void end_mark_for(InlineCtx *ctx, const Walk *w, const BodyNode *node,
                         BodyEndPiece piece)
{
    ctx->end_mark = w->end.node == node && w->end.piece == piece;
}

static void walk_node(InlineCtx *ctx, const Walk *w, const BodyNode *node);

static void walk_items(InlineCtx *ctx, const Walk *w, BodyNode *const *items, size_t n)
{
    for (size_t i = 0; i < n; i++)
        walk_node(ctx, w, items[i]);
}

/* A task's line i of n, the last of the body's text ending "./.". */
static void emit_task_line(InlineCtx *ctx, const Walk *w, const BodyNode *node,
                           const char *line, int last)
{
    const BodyEmitter *emit = w->emit;
    if (!(last && w->end.node == node && w->end.piece == BODY_END_LINE)) {
        emit->task_line(emit->writer, ctx, line);
        return;
    }
    Buf marked = {0};
    render_end_marked(line, strlen(line), &marked);
    emit->task_line(emit->writer, ctx, marked.data ? marked.data : "");
    buf_free(&marked);
}

static void walk_task(InlineCtx *ctx, const Walk *w, const BodyNode *node)
{
    const BodyEmitter *emit = w->emit;
    ArenaMark mark = arena_mark(ctx->arena);
    const Task *outer = ctx->task;
    int outer_nest = ctx->nest;
    ctx->task = node->task;
    size_t first_para = 0;
    /* a "+" task's own lines would print at its depth: indent its content */
    int plus = node->printed_label && node->printed_label[0] == '+';
    if (node->title && *node->title) {
        end_mark_for(ctx, w, node, BODY_END_HEAD);
        emit->heading(emit->writer, ctx, node, STYLE_PLAIN);
        ctx->nest += plus;
        end_mark_for(ctx, w, node, BODY_END_TEXT);
        if (node->text)
            emit->paragraphs(emit->writer, ctx, node->text);
        ctx->nest -= plus;
    } else {
        /* no heading: the first paragraph carries the marker */
        BodyNode first = *node;
        end_mark_for(ctx, w, node, BODY_END_HEAD);
        if (node->text) {
            emit->text_node(emit->writer, ctx, &first);
        } else if (node->n_paras) {
            first.text = node->paras[0];
            emit->text_node(emit->writer, ctx, &first);
            first_para = 1;
        }
    }
    ctx->end_mark = 0;
    if (plus)
        ctx->nest++;
    for (size_t i = first_para; i < node->n_paras; i++) {
        if (i + 1 == node->n_paras)
            end_mark_for(ctx, w, node, BODY_END_PARA);
        emit->paragraphs(emit->writer, ctx, node->paras[i]);
    }
    ctx->end_mark = 0;
    int lines_first = 0;
    for (size_t i = 0; i < node->n_items && !lines_first; i++)
        lines_first = node->items[i]->kind == NODE_TASK;
    if (!lines_first)
        walk_items(ctx, w, node->items, node->n_items);
    if (node->task) {
        const char **lines;
        size_t n = render_task_lines(ctx, node->task, &lines);
        for (size_t i = 0; i < n; i++)
            emit_task_line(ctx, w, node, lines[i], i + 1 == n);
    }
    if (lines_first)
        walk_items(ctx, w, node->items, node->n_items);
    ctx->task = outer;
    ctx->nest = outer_nest;
    arena_release(ctx->arena, mark);
}

static void walk_node(InlineCtx *ctx, const Walk *w, const BodyNode *node)
{
    const BodyEmitter *emit = w->emit;
    end_mark_for(ctx, w, node, BODY_END_HEAD);
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
        walk_task(ctx, w, node);
        return; /* walk_task places the items */
    case NODE_TABLE:
        if (node->table)
            emit->table(emit->writer, ctx, node);
        return; /* its tasks are its rows */
    case NODE_PART:
        emit->part(emit->writer, ctx, node, STYLE_BOLD);
        end_mark_for(ctx, w, node, BODY_END_TEXT);
        if (node->text && *node->text) /* under its centred title (s35attack H5) */
            emit->paragraphs(emit->writer, ctx, node->text);
        break;
    }
    ctx->end_mark = 0;
    walk_items(ctx, w, node->items, node->n_items);
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
    Walk w = {emit, body_end_find(rc->plan)};
    walk_items(&ctx, &w, rc->plan->body, rc->plan->n_body);
    arena_free(ctx.arena);
}

