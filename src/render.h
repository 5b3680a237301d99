/* render.h - what every back end decides the same way.
 *
 * The Markdown and HTML back ends print the same document; everything that
 * decides *what* is printed (not how it is marked up) is here: the labels of
 * the body ("II.", "1.2.", "đ)", "-", "+"), the sentence of each legal basis,
 * the date line, the number line, the closing "./.", the recipients'
 * punctuation, and the lines a task prints after its text. Each function
 * appends inline Markdown (the prose language of the plan) to a Buf; the
 * HTML back end passes it through cmark.
 */
#ifndef KHGEN_RENDER_H
#define KHGEN_RENDER_H

#include "inline.h"
#include "md_read.h"
#include "plan.h"
#include "template.h"
#include "util.h"

/* "Số:      /KH-UBND" or "Số: 12/KH-UBND" (plain text). */
void render_number_line(const Plan *plan, Buf *out);
/* "Yên Thế, ngày      tháng 01 năm 2024" (plain text). */
void render_place_date(const Plan *plan, Buf *out);
/* Basis i as a sentence, with ";" or "." (the last): inline Markdown. */
void render_basis(const InlineCtx *ctx, size_t i, Buf *out);
/* The closing sentence ending in "./." (inline Markdown). */
void render_closing(const InlineCtx *ctx, Buf *out);
/* Appends the inline Markdown t[0..len), the last sentence of the text,
 * ending in the end mark "./." as Nghị định 30/2020 writes it: decided on
 * the text shown (emphasis' closing marks before "/."), the sentence's full stop
 * its '.', an unfinished ':', ';' or ',' replaced by it (KH163), an end
 * mark typed otherwise made one. The closing's (render_closing) and, in a
 * signed plan without one, the body's last piece's (body_end.c,
 * render_expand with ctx->end_mark). */
void render_end_marked(const char *t, size_t len, Buf *out);
/* Recipient i: "X;" or, for the last, "X." (plain text, no dash). */
void render_recipient(const Plan *plan, size_t i, Buf *out);
/* How many recipients, from the first, print beside the signature, in the
 * block that is never split and stays on the closing sentence's page; the
 * rest print under them in the same column, and may go on to the next
 * page. All of them (the block whole) up to RENDER_RECIPIENTS_WHOLE; past
 * that, as many as stand as tall as the signature, so that the column
 * under the signature is not left blank (s51print F1: 60 recipients made
 * the block taller than a page, and LibreOffice and Chromium left the
 * closing sentence alone on a page, the body's last page half empty and
 * the signature on a page of no text). The .docx and the HTML share it. */
enum { RENDER_RECIPIENTS_WHOLE = 20 };
size_t render_recipients_beside(const Plan *plan);
/* "(Kèm theo Kế hoạch số      /KH-UBND ngày      tháng 01 năm 2024 của UBND huyện ...)" */
void render_attachment_line(const InlineCtx *ctx, Buf *out);

/* Expansions shared by the back ends that walk the body (Markdown, HTML,
 * DOCX): a national plan's texts and task lines are the same inline
 * Markdown for each of them, and expanding their references is most of a
 * walk. A memo made with render_memo_new and set as the inline context's
 * memo (RenderCtx.inline_ctx.memo) keeps each expansion of the walk from
 * the first format for the next ones; it holds about the size of the
 * body's text until render_memo_free. Without a memo (one format) nothing
 * is kept. */
typedef struct RenderMemo RenderMemo;
RenderMemo *render_memo_new(void);
void render_memo_free(RenderMemo *memo); /* NULL is fine */

/* Appends inline_expand(ctx, text, INLINE_MARKDOWN, out), taken from
 * ctx->memo when an earlier format expanded the same text for the same
 * task. text must be the plan's (it lives until rendering ends and never
 * changes): the memo knows it by its address. */
void render_expand(const InlineCtx *ctx, const char *text, Buf *out);

/* The lines a task prints after its text, in order (each inline Markdown,
 * one paragraph each): "+ Phụ trách tiêu chí: ...", assignment lines,
 * "+ Thời gian thực hiện: ...". Returns the number of lines; lines[i] are
 * owned by ctx->arena, or by ctx->memo when it has one (made once per task
 * then). */
size_t render_task_lines(const InlineCtx *ctx, const Task *task, const char ***lines);

/* The parts of a heading line: head = "LABEL TITLE" (title expanded, with a
 * ':' added when the node also has `text` and the title does not end in
 * punctuation: "2. Cấp thôn, bản:"), text = the node's expanded text (empty
 * if none). Both inline Markdown. ctx->task must be the node's task. */
void render_heading_parts(const InlineCtx *ctx, const BodyNode *node, Buf *head, Buf *text);

/* The caption line above a table in the body (NODE_TABLE), inline
 * Markdown: "Bảng 1. Phân công nhiệm vụ" (wording "table_caption"), its
 * own `label` instead of "Bảng 1." when it has one; nothing (out left
 * empty) when the caption is empty. */
void render_table_caption(const InlineCtx *ctx, const BodyNode *node, Buf *out);

/* The two lines of a part (NODE_PART), inline Markdown: its printed label
 * ("Phần thứ nhất") into label, its expanded title into title; either may
 * be left empty (`label: ""`, `part: ""`). */
void render_part_lines(const InlineCtx *ctx, const BodyNode *node, Buf *label, Buf *title);

/* The keep-with-next rule every back end applies: 1 if node is a heading
 * that must print on the same page as what follows it, a section, clause
 * or sub-clause with items under it ("2. Mục tiêu cụ thể cho từng xã",
 * then its points). HTML marks its paragraph "keep-next" (plan.css:
 * break-after: avoid); the DOCX back end sets keepNext on it. A leaf
 * clause ("3. Bình quân tiêu chí/xã: Lũy kế đạt 16,9 tiêu chí/xã.") is a
 * paragraph of content and may end a page. A task's title line, printed
 * over its text and its "+" lines, is kept with them too. */
int render_keeps_with_next(const BodyNode *node);

/* Markdown: appends one line of the body so that its text cannot start a
 * block of its own (render_guard_block: "- x", "1. x", "# x", "~~~", a
 * rule, four blanks ...), as the HTML and the Word document print it, as
 * text. start says what the line begins with: MD_START_MARKER, a "- " or
 * "+ " that is the list marker the caller means (a bullet's label, a task
 * line's "+"), kept, the text after it guarded as a line of its own is;
 * MD_START_LABEL, khgen's own label ("1.", "2)": escaped "1\."); else
 * MD_START_TEXT, content: a number and '.' or ')' it starts with are
 * written "1&#46;", "2&#41;", a "- " or "+ " "&#45; ", "&#43; ", which no
 * Markdown reader and not khgen's import take for a label (attack L5: a
 * paragraph "1. x" and a plain clause "1. x" printed alike and came back
 * as a clause; "\- x", pandoc's typed dash too, came back a bullet). */
enum { MD_START_TEXT, MD_START_MARKER, MD_START_LABEL };
void render_md_block_text(Buf *out, const char *text, int start);
/* (An image in text is written as its alternative text: md_put_wrappable.) */

/* Markdown: appends a line of inline Markdown that the caller wraps in
 * emphasis marks ("**", "*"), rewritten so that none of its own '*' or '_'
 * pairs with the wrapper: read as the HTML and the .docx read it and
 * written back by cmark (text marks escaped, emphasis kept); a line
 * without '*', '_', '\\', '`', '[' or ']' as it is. An image is written as its
 * alternative text, as the HTML prints it. An emphasis inside a word
 * ("a**b**c", which would pair with the wrapper) is written as its text:
 * the wrapper's emphasis covers it. (md_inline.c) */
void md_put_wrappable(Buf *out, const char *markdown);
/* Markdown: md_put_wrappable for a line no emphasis wraps (a body text
 * with an image, a heading's title and text): an emphasis inside a word
 * ("a**b**c"), which md_put_wrappable writes as its text because it
 * would pair with the wrapper, is kept. (md_inline.c) */
void md_put_written_back(Buf *out, const char *markdown);
/* Markdown: a line of inline Markdown in one form for every source that
 * prints alike, for comparing them (diff): as md_put_written_back, but every
 * line holding a character cmark's writer escapes ('[', ']', '`', '<',
 * '&', ...) is written back by cmark too, so "[x]" and "\\[x]", which
 * print "[x]" both (the second what a .docx's import writes), are one
 * (s20 LOW: diff showed a plan's "[x]" against its own .docx). (md_inline.c) */
void md_put_printed_form(Buf *out, const char *markdown);
/* Markdown: 1 if the inline Markdown text (not NULL) holds a link that
 * render_link_kept refuses ("[trang](javascript:x)", a file: or relative
 * address), which every back end prints as its text alone: the .md too,
 * through md_put_written_back (render_md_block_text). Parses only a text
 * holding "](". (md_inline.c) */
int md_has_text_only_inline(const char *markdown);
/* Markdown: the part of text (NULL: "") between the blanks at its ends,
 * as CommonMark counts them next to an emphasis mark (spaces, tabs, line
 * breaks, the no-break space and the other Unicode spaces): returns its
 * start and stores its length in *len (0 for a text of blanks only).
 * (md_inline.c) */
const char *md_trim_blanks(const char *text, size_t *len);





/* Calls emit for each paragraph of text (NULL: none): paragraphs are
 * separated by blank lines (of spaces and tabs only); the lines of one are
 * joined by one space, the blanks around the break left out, and the
 * blanks at its ends too. The same reading as render_split_first_paragraph. */
void render_for_each_paragraph(const char *text, void (*emit)(void *data, const char *para),
                               void *data);

/* Splits text at its first blank line: the first paragraph, its lines
 * joined as render_for_each_paragraph joins them, into first (the blanks
 * before it kept), and a pointer to the rest (the blank line; NULL when
 * nothing follows). */
const char *render_split_first_paragraph(const char *text, Buf *first);

/* The emphasis a style asks for, decided as render_md.c's put_styled does:
 * the node's style, else the default; "plain" removes bold and italic,
 * never the capitals ("plain upper" prints capitals). A heading line's
 * label and title take render_emphasis(node->style, default_style): no
 * bold or italic when the heading is plain (its style says plain, or it
 * has none and its default is plain: a clause without children). */
typedef struct RenderEmphasis {
    int bold, italic, upper;
} RenderEmphasis;
RenderEmphasis render_emphasis(unsigned style, unsigned default_style);

/* How much of a heading line's head (render_heading_parts) prints outside
 * its emphasis: a task's bullet marker and the space after it ("- "), so
 * the marker is never bold or italic; 0 for other nodes. */
size_t render_heading_marker_length(const BodyNode *node, const char *head);

/* Appends a node's label (its own, as written, or its number) to a line of
 * Markdown, its Markdown characters escaped: labels are fields printed as
 * written (README), "*5*." prints its stars in every format (s27attack
 * L8). render_label_length: how many bytes that appends. */
void render_put_label(Buf *out, const char *label);
size_t render_label_length(const char *label);

/* What a back end does with each piece of the body. render_walk_body()
 * decides what comes in which order; the back end only marks it up. Each
 * callback gets the back end's writer and the inline context, whose task is
 * the task the piece belongs to. */
typedef struct BodyEmitter {
    void *writer;
    /* "LABEL TITLE: TEXT" of a section, clause, sub-clause or point with a
     * title, or of a titled task (render_heading_parts); default_style is
     * STYLE_BOLD for headings that have children, else STYLE_PLAIN. */
    void (*heading)(void *writer, const InlineCtx *ctx, const BodyNode *node,
                    unsigned default_style);
    /* a bullet, point or paragraph: its label, then node->text (further
     * paragraphs of the text unlabelled); also an untitled task's first
     * paragraph carrying the task's marker. */
    void (*text_node)(void *writer, const InlineCtx *ctx, const BodyNode *node);
    /* a text (inline Markdown with references) as plain paragraphs */
    void (*paragraphs)(void *writer, const InlineCtx *ctx, const char *text);
    /* one line under a task ("+ Phụ trách tiêu chí: ..."), inline Markdown */
    void (*task_line)(void *writer, const InlineCtx *ctx, const char *line);
    /* a table in the body: its caption (render_table_caption), node->table
     * laid out by layout_table, its note; its tasks are its rows and print
     * nowhere else */
    void (*table)(void *writer, const InlineCtx *ctx, const BodyNode *node);
    /* a part: its label ("Phần thứ nhất") on a line of its own, then its
     * title (render_part_lines), both centred in bold; its text follows as
     * paragraphs (the walk calls paragraphs), then its items */
    void (*part)(void *writer, const InlineCtx *ctx, const BodyNode *node,
                 unsigned default_style);
} BodyEmitter;

/* Walks the numbered body in document order, calling emit for each piece.
 * A task prints its heading (or its first paragraph with the marker), its
 * paragraphs, then its items and its lines: the lines first when an item is
 * itself a task, so that each "Phụ trách" line stays with its own task, and
 * after bullets otherwise, as the seeds print. What follows the heading of
 * a task printed with the "+" marker (its paragraphs, items and lines) is
 * printed with ctx->nest one higher, and each back end indents it by that
 * many steps: its "+" lines are the sub-task's own, not its siblings.
 * A step is RENDER_NEST_STEP_CM on the page (HTML, DOCX); Markdown indents
 * by its own list step, two spaces. */
#define RENDER_NEST_STEP_CM 0.75
/* The steps a page indents content nested `nest` deep (HTML, DOCX): as many,
 * up to RENDER_NEST_MAX_STEPS (6 cm), so that a plan nesting sub-tasks 20
 * or 30 deep keeps a line of text on the portrait page (its "+" markers
 * still tell the depths apart) instead of an indent past the right margin,
 * which printed its words a letter a line or off the page. Markdown keeps
 * its list nesting. */
#define RENDER_NEST_MAX_STEPS 8
int render_nest_steps(int nest);
struct RenderCtx;
void render_walk_body(const struct RenderCtx *rc, const BodyEmitter *emit);

/* The context renderers pass around. */
typedef struct RenderCtx {
    const Plan *plan;
    TemplateSet *templates;
    Arena *arena;
    InlineCtx inline_ctx;
} RenderCtx;

/* Sets up rc for rendering plan, which resolve_plan() has numbered (its
 * printed labels are read, not made, here). Nothing is allocated. */
void render_ctx_init(RenderCtx *rc, const Plan *plan, TemplateSet *templates, Arena *arena);

/* Builds the template values every document template sees: header fields,
 * wording, bases, recipients, signature (strings already formatted). The
 * format's escaping is applied by the template engine. */
TValue *render_header_values(RenderCtx *rc);

/* Appends the document's title as its properties name it (the .docx's
 * docProps/core.xml, the workbook's, as plan.html's <title>): the
 * wording's doc_kind, a space and the title printed plain, from values
 * (render_header_values). The workbook's said the title alone, without
 * "KẾ HOẠCH", its line breaks kept (session 29). */
void render_document_title(const TValue *values, Buf *out);

/* Sets key of the template values map to the string s without copying it:
 * s must outlive every use of map. For the large fragments of a document
 * (its body: tens of megabytes in a national plan), which would otherwise be
 * held twice. markup: what s is, Markdown or HTML for the page (KH812). */
void render_set_ref(Arena *arena, TValue *map, const char *key, const char *s,
                    TValueMarkup markup);

/* One large part of a document page (its body, its attachments): the
 * template value it fills and the function that writes it. write appends
 * the part to out and may not read what out held before (it is called on
 * a buffer that already holds the page above the part, or on an empty
 * one). */
typedef struct PageFragment {
    const char *key;                                   /* "body", "body_html" */
    void (*write)(RenderCtx *rc, void *arg, Buf *out); /* appends the part */
    void *arg;                                         /* passed to write */
    int trim_newlines; /* trailing line breaks dropped from the part */
} PageFragment;

enum { RENDER_MAX_PARTS = 4 };

/* Renders template `name` with values (escaped with `escape`), each of the
 * n fragments (at most RENDER_MAX_PARTS) in place of its value,
 * appending to out; the same bytes as setting each value to the part's
 * text and rendering the template, without holding each part twice: the
 * template is rendered first with a mark for each part, and when each mark
 * stands exactly once, in order, unchanged and the part is not empty (an
 * empty part is false in a template section), the parts are written
 * straight into out between the template's text. Otherwise (a user's
 * template that escapes, repeats or tests a part) it falls back to the
 * plain way. Sets the fragments' keys in values. Returns tpl_render's
 * status. */
int render_with_parts(RenderCtx *rc, const char *name, TValue *values, TplEscape escape,
                      const PageFragment *frags, size_t n, Buf *out);

/* 1 if a Markdown link of a plan's text stays a link in the HTML and the
 * Word document: a web or mail address (http://, https://, mailto:).
 * Anything else (javascript:, data:, file:, a relative path that leads
 * nowhere from a standalone document) prints as its text. */
int render_link_kept(struct cmark_node *link);
/* The same decision for an address (NULL: 0): import keeps a Word
 * hyperlink as a link only when it is one the back ends print as a link. */
int render_url_kept(const char *url);

#endif
