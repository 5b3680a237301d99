/* body_end.h - where the text of a signed plan without a closing ends, and
 * so where its end mark "./." goes; see body_end.c. */
#ifndef KHGEN_BODY_END_H
#define KHGEN_BODY_END_H

#include "plan.h"

/* Which piece of a node (the pieces render_walk_body emits, in its order)
 * ends the body. */
typedef enum {
    BODY_END_NONE,  /* no end mark here: the plan has its closing, or no
                       signature */
    BODY_END_EMPTY, /* signed, no closing, a body that prints nothing: no
                       sentence takes the mark (check warns, KH184) */
    BODY_END_HEAD,  /* the node's first line: a heading ("1. Title: text",
                       the text printed after the title, else the title),
                       a point, bullet or paragraph with its text, an
                       untitled task's first paragraph */
    BODY_END_TEXT,  /* a titled task's or a part's text, under its line */
    BODY_END_PARA,  /* a task's last further paragraph, paras[n_paras - 1] */
    BODY_END_LINE,  /* a task's last line ("+ Thời gian thực hiện: ...") */
    BODY_END_TABLE  /* a table in the body: no sentence takes the mark */
} BodyEndPiece;

typedef struct BodyEnd {
    BodyEndPiece piece;
    const BodyNode *node; /* the node whose piece it is, NULL for NONE */
    /* the text as written that the mark follows (HEAD, TEXT, PARA), NULL
     * for a task's line (made of its units and deadline) and a table */
    const char *text;
    SrcPos pos;           /* where that text (else the node) is written */
} BodyEnd;

/* Where the end mark of plan goes when its text ends with the body: the
 * plan is signed (it has a `signature`) and has no `closing`, so its last
 * printed sentence is the body's (Nghị định 30/2020 ends the text with
 * "./." after its last word; many plans end with the last clause of "Tổ
 * chức thực hiện"). piece is BODY_END_NONE when the plan has a closing
 * (render_closing marks it) or no signature (a draft of the body, marked
 * when it is finished); BODY_END_EMPTY when its body prints nothing and
 * BODY_END_TABLE when it ends with a table: no sentence takes the mark,
 * none is printed and check warns (KH184). The one decision that
 * render_walk_body (every back end) and check share; it mirrors the
 * walk's order (render.c, walk_node and walk_task). Linear in the nodes
 * it passes over from the body's end, each at most once. */
BodyEnd body_end_find(const Plan *plan);

#endif
