/* import_body.c - the body of a plan as a tree, numbered automatically
 * where the document's own numbering is regular.
 *
 * body_para() places one paragraph by its printed label: "I." opens a
 * section, "1." a clause, "1.1." a sub-clause, "a)" a point, "-" and "+"
 * bullets; a paragraph without a label joins the innermost heading.
 * number_list() then compares the numbers found with those khgen would
 * print, and writes `number:` where a sequence restarts and `label:` where
 * it is irregular. Nodes are allocated in the Ctx's arena.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "import_impl.h"
#include "md_read.h"
#include "vi.h"

/* ---- the body tree -------------------------------------------------------------------- */

static INode *stack_attach(Ctx *c, Stack *st, INode *node, int rank, int push)
{
    while (st->n > 1 && st->rank[st->n - 1] >= rank)
        st->n--;
    node_add(c, st->node[st->n - 1], node);
    if (push && st->n < 48) {
        st->node[st->n] = node;
        st->rank[st->n] = rank;
        st->col[st->n] = -1;
        st->n++;
    }
    return node;
}

void body_attach(Ctx *c, Stack *st, INode *node)
{
    stack_attach(c, st, node, RANK_POINT, 0);
}

/* The parts whose label import reads in words: "Phần thứ nhất" to "Phần
 * thứ chín mươi chín" (a label past it is read as a paragraph). */
enum { MAX_PART_WORDS = 99 };

int part_label(const char *s)
{
    /* its bare capitals start with 'P' only when its first letter is a p
     * (bare_upper drops these marks and the leading spaces): the other
     * paragraphs are not upper-cased whole, three times each */
    const char *first = s + strspn(s, "*_#\\ \n");
    if (*first != 'P' && *first != 'p')
        return 0;
    Buf up = {0};
    bare_upper(&up, s);
    const char *t = up.data ? up.data : "";
    int yes = 0;
    if (starts_with(t, "PHẦN THỨ ")) {
        /* the words vi_put_ordinal writes, "THỨ MƯỜI MỘT", "THỨ HAI MƯƠI
         * MỐT", in capitals: the first 99, made once */
        static char *ordinals[MAX_PART_WORDS];
        if (!ordinals[0])
            for (int k = 0; k < MAX_PART_WORDS; k++) {
                Buf words = {0}, upper = {0};
                vi_put_ordinal(&words, k + 1);
                bare_upper(&upper, words.data + strlen("thứ "));
                ordinals[k] = upper.data; /* kept for the process */
                buf_free(&words);
            }
        for (int k = 0; k < MAX_PART_WORDS && !yes; k++)
            yes = strcmp(t + strlen("PHẦN THỨ "), ordinals[k]) == 0;
    } else if (starts_with(t, "PHẦN ") && t[strlen("PHẦN ")]) {
        /* "Phần I", "Phần IV", "Phần 1": "PHẦN " is 7 bytes ("Ầ" takes
         * three); read from byte 5, no such label was a part, and a plan's
         * `label: Phần I` came back as a paragraph (round22 R7) */
        const char *num = t + strlen("PHẦN ");
        size_t n = strlen(num);
        yes = (n < 8 && strspn(num, "IVXLC") == n) || (n < 4 && strspn(num, "0123456789") == n);
    }
    buf_free(&up);
    return yes;
}

/* "PHẦN THỨ NHẤT KẾT QUẢ THỰC HIỆN ..." in one paragraph (a converter
 * joined the label's line and the title's): where the label ends, or
 * NULL. */
static const char *part_in_caps(Ctx *c, const char *flat)
{
    const char *sp = flat, *found = NULL;
    const char *first = flat + strspn(flat, "*_#\\ \n");
    if (*first != 'P' && *first != 'p')
        return NULL;
    /* the longest label: "PHẦN THỨ HAI MƯƠI MỐT KẾT QUẢ", not "PHẦN THỨ HAI" */
    for (int words = 0; words < 8 && (sp = strchr(sp, ' ')); words++, sp++)
        if (part_label(dup_range(c, flat, (size_t)(sp - flat))) && is_upper_text(sp + 1) &&
            strlen(sp + 1) < 200)
            found = sp;
    return found;
}

size_t body_part(Ctx *c, Stack *st, const Para *P, size_t k, size_t end)
{
    const char *joined = part_label(P[k].flat) ? NULL : part_in_caps(c, P[k].flat);
    if (joined) {
        int b = 0, it = 0;
        INode *n = node_new(c, IN_PART, plan_text(c, unwrap(c, joined + 1, &b, &it)));
        n->found_label = dup_range(c, P[k].flat, (size_t)(joined - P[k].flat));
        n->line = P[k].line;
        stack_attach(c, st, n, RANK_PART, 1);
        return 1;
    }
    if (!part_label(P[k].flat) || strlen(P[k].flat) > 40)
        return 0;
    size_t used = 1;
    const char *title = "";
    if (k + 1 < end && parse_label(P[k + 1].flat).kind == L_NONE &&
        is_upper_text(P[k + 1].flat) && strlen(P[k + 1].flat) < 200 && !P[k + 1].in_table &&
        !part_label(P[k + 1].flat)) {
        title = plan_text(c, P[k + 1].flat);
        used = 2;
    }
    INode *n = node_new(c, IN_PART, title);
    n->found_label = arena_strdup(c->arena, P[k].flat);
    n->line = P[k].line;
    stack_attach(c, st, n, RANK_PART, 1);
    return used;
}

/* Markdown: a paragraph indented to the content of the list item just
 * opened ("  + Đường thôn Đông" then "    Làm 1 km.") is that item's own
 * paragraph. Returns 1 when it was attached so. A paragraph less indented
 * than that item (the assignments after "+ Phụ trách tiêu chí:") is left
 * to the usual rule. */
static int attach_to_item(Ctx *c, Stack *st, INode *node, int indent)
{
    if (!c->markdown || indent < 2)
        return 0;
    /* "  + Phụ trách tiêu chí:" then "  Công chức A phụ trách Chỉ tiêu
     * 17.1.": a label line ending in ':' introduces the paragraphs that
     * follow it at its own depth; they belong to the item around it */
    for (int k = st->n - 1; k >= 1 && st->col[k] >= 0; k--) {
        if (st->col[k] <= indent) {
            st->n = k + 1;
            node_add(c, st->node[k], node);
            return 1;
        }
    }
    return 0;
}

static const char *style_name(int bold, int italic)
{
    if (bold && italic)
        return "bold italic";
    if (bold)
        return "bold";
    if (italic)
        return "italic";
    return "plain";
}

/* Emphasis that wrapped a whole paragraph, put back around its text. */
static const char *rewrap(Ctx *c, const char *text, int bold, int italic)
{
    if (!c->markdown || (!bold && !italic) || !*text)
        return text;
    const char *mark = bold && italic ? "***" : bold ? "**" : "*";
    return arena_printf(c->arena, "%s%s%s", mark, text, mark);
}

/* The closing mark of the emphasis (m stars) a heading with its text
 * after it begins with ("**2. Tên:** text"), followed by a space: the
 * first that ends the emphasis cmark reads from the start, past the
 * heading's own emphasis ("**1. Tên **đậm** x:** text", where the first
 * "**" inside made it a paragraph: round22 --stress); NULL when none of
 * the first few does, so it stays linear. */
static const char *heading_close(Ctx *c, const char *flat, size_t m)
{
    const char *close = str_find(flat + m, m == 2 ? "**" : "*");
    for (int tries = 0; close && tries < 8; tries++) {
        size_t bs = 0; /* "x\\**" closes, "x\**" is an escaped star */
        while (close - bs > flat + m && close[-1 - (long)bs] == '\\')
            bs++;
        if (close[m] == ' ' && bs % 2 == 0 && close[-1] != '*' &&
            (!memchr(flat + m, '*', (size_t)(close - flat - m)) ||
             md_wraps_whole(dup_range(c, flat, (size_t)(close - flat) + m), (int)m)))
            return close;
        close = str_find(close + m, m == 2 ? "**" : "*");
    }
    return NULL;
}

/* Gives the heading n its text: rest, the text after its title's
 * emphasis ("**2. Tên:** text"), or, with none, the text its title holds
 * after the colon khgen prints, "Tên: **lời x**", in an emphasis over the
 * whole of it (cmark's reading, md_wraps_whole: "**lời **đậm** x**" too):
 * title is cut there and that emphasis is n's `text_style` (it came back
 * one title "Tên: **lời x**": round22 --stress seed 4). The first few
 * ": *" tried, so it stays linear. */
static void heading_text(Ctx *c, INode *n, char *title, const char *rest)
{
    if (rest) {
        n->text = *rest ? plan_text(c, rest) : NULL;
        return;
    }
    char *at = str_find(title, ": *");
    for (int tries = 0; at && tries < 4; tries++, at = str_find(at + 2, ": *")) {
        const char *after = at + 2;
        size_t k = strspn(after, "*"), len = strlen(after);
        if (at == title || k > 3 || len <= 2 * k || strspn(after + len - k, "*") != k ||
            after[len - k - 1] == '*' || !md_wraps_whole(after, (int)k))
            continue;
        int b = 0, i = 0;
        const char *inner = unwrap(c, after, &b, &i);
        if (!*inner || !(b || i))
            continue;
        *at = '\0';
        n->title = plan_text(c, title);
        n->text = plan_text(c, inner);
        n->text_style = style_name(b, i);
        return;
    }
}

/* A point has no title apart from its text: a heading labelled "a." or
 * "a)" with text after its title ("*a. Tuyên truyền:* Tổ chức ...") is a
 * clause (a sub-clause under one) printed with that label, as the plan
 * that printed it wrote it (it came back a paragraph: s24round R1). */
static void point_heading(Ctx *c, Stack *st, const Para *p, const Label *l, const char *content,
                          const char *rest, int bold, int italic)
{
    int sub = 0, depth = 1, k = st->n - 1;
    while (k > 0 && st->rank[k] >= RANK_POINT) /* its siblings, closed by it */
        k--;
    if (k > 0 && (st->node[k]->kind == IN_CLAUSE || st->node[k]->kind == IN_SUBCLAUSE)) {
        sub = 1;
        depth = st->node[k]->depth + 1;
    }
    int b2 = 0, i2 = 0;
    char *title = unwrap(c, content, &b2, &i2);
    INode *n = node_new(c, sub ? IN_SUBCLAUSE : IN_CLAUSE, plan_text(c, title));
    n->found_label = arena_strdup(c->arena, l->text);
    n->label = n->found_label;
    n->found_bold = bold || b2;
    n->found_italic = italic || i2;
    n->depth = depth;
    n->line = p->line;
    if (*rest)
        n->text = plan_text(c, rest);
    if (c->stats)
        c->stats->headings++, c->stats->headings_in_body++;
    stack_attach(c, st, n, RANK_POINT, 1);
}

/* "**2. Cấp thôn, bản:** Phấn đấu ...": a bold heading with text after
 * it; an italic one, "*1. Mục tiêu:* ..." (round23 R9, seed m14); one
 * labelled as a point, "*a. Tuyên truyền:* ..." (s24round R1); the label
 * outside the emphasis, "2. **Cấp thôn, bản:** Phấn đấu ...", as a .docx
 * numbered by Word's lists reads (w:numPr: its label is Word's, the runs
 * bold after it), where the title ends in its colon (s40imp: one title
 * "**Cấp thôn, bản:** Phấn đấu ..."). *flat becomes the heading, *rest
 * the text after it, and its emphasis is set in *bold or *italic; nothing
 * changes when the paragraph is no such heading. */
static void emphasised_heading(Ctx *c, const char **flatp, const char **restp, int *bold,
                               int *italic)
{
    const char *flat = *flatp;
    Label l0 = parse_label(flat);
    size_t off = l0.kind == L_ROMAN || l0.kind == L_NUM || l0.kind == L_POINT ? l0.len : 0;
    const char *h = flat + off;
    size_t m = starts_with(h, "**") ? 2 : h[0] == '*' ? 1 : 0;
    if (c->markdown && m && !(m == 2 ? *bold : *italic) && h[m] != '*') {
        const char *close = heading_close(c, h, m);
        if (close && off && close[-1] != ':')
            close = NULL;
        if (close) {
            char *inner = off ? arena_printf(c->arena, "%.*s%.*s", (int)off, flat,
                                             (int)(close - h - m), h + m)
                              : dup_range(c, h + m, (size_t)(close - h - m));
            Label li = parse_label(inner);
            if (li.kind == L_ROMAN || li.kind == L_NUM || li.kind == L_POINT) {
                /* the colon khgen prints between title and text is its own */
                size_t len = strlen(inner);
                if (len > 1 && inner[len - 1] == ':' && close[m + 1])
                    inner[len - 1] = '\0';
                *flatp = inner;
                *restp = close + m + 1;
                if (m == 2)
                    *bold = 1;
                else
                    *italic = 1;
            }
        }
    }
}

/* One paragraph of the body into the tree. */
void body_para(Ctx *c, Stack *st, const Para *p)
{
    const char *flat = p->flat;
    int bold = p->bold, italic = p->italic;
    const char *rest = NULL;
    emphasised_heading(c, &flat, &rest, &bold, &italic);
    const char **cells;
    if (pipe_row(c, flat, &cells) == 0)
        return; /* a table's "|---|---|" line: no words, not a paragraph */
    Label l = parse_label(flat);
    if (p->literal && flat == p->flat)
        l = parse_label(""); /* "\- x" meant as text (import.c, mark_literal_starts) */
    if (l.kind == L_BULLET && !flat[l.len])
        l = parse_label(""); /* a dash alone is text: a plan has no bullet without one (KH107) */
    const char *content = flat + l.len;
    if (l.kind == L_ROMAN || l.kind == L_NUM) {
        int b2 = 0, i2 = 0;
        char *title = unwrap(c, content, &b2, &i2);
        INode *n;
        int rank;
        if (l.kind == L_ROMAN) {
            n = node_new(c, IN_SECTION, plan_text(c, title));
            rank = RANK_SECTION;
        } else {
            n = node_new(c, l.depth == 1 ? IN_CLAUSE : IN_SUBCLAUSE, plan_text(c, title));
            rank = l.depth;
        }
        n->found_label = arena_strdup(c->arena, l.text);
        /* a Markdown heading ("# I. MỤC TIÊU") prints bold, as a section */
        n->found_bold = bold || b2 || (l.kind == L_ROMAN && p->heading);
        n->found_italic = italic || i2;
        n->depth = l.kind == L_ROMAN ? 0 : l.depth;
        if (l.kind == L_NUM && l.close)
            n->label = n->found_label;
        n->line = p->line;
        heading_text(c, n, title, rest);
        if (c->stats)
            c->stats->headings++, c->stats->headings_in_body++;
        stack_attach(c, st, n, rank, 1);
        return;
    }
    if (l.kind == L_POINT && rest) {
        point_heading(c, st, p, &l, content, rest, bold, italic);
        return;
    }
    if (l.kind == L_POINT) {
        INode *n = node_new(c, IN_POINT, rewrap(c, plan_text(c, content), bold, italic));
        n->found_label = arena_strdup(c->arena, l.text);
        n->line = p->line;
        if (c->stats)
            c->stats->headings++, c->stats->headings_in_body++;
        stack_attach(c, st, n, RANK_POINT, 1);
        return;
    }
    if (l.kind == L_BULLET) {
        INode *n = node_new(c, IN_BULLET, rewrap(c, plan_text(c, content), bold, italic));
        n->found_label = l.marker == '+' ? "+" : "-";
        n->line = p->line;
        /* Markdown nests a list by indentation: "  + a" under "- b", and
         * "    + c" (a sub-task's line) under "  + a" */
        int indent = c->markdown ? (p->indent < 24 ? p->indent : 24) : 0;
        stack_attach(c, st, n, (l.marker == '+' ? RANK_PLUS : RANK_BULLET) + indent, 1);
        if (st->node[st->n - 1] == n)
            st->col[st->n - 1] = indent + 2;
        return;
    }
    /* no label: a heading in capitals is an unnumbered section */
    if ((p->heading || p->bold || !c->markdown) && is_upper_text(flat) && strlen(flat) < 200 &&
        !p->in_table) {
        INode *n = node_new(c, IN_SECTION, plan_text(c, flat));
        n->label = "";
        n->found_bold = bold;
        n->line = p->line;
        stack_attach(c, st, n, RANK_SECTION, 1);
        return;
    }
    /* no label: a heading by its mark ("# Mục tiêu" of a .md, a Word
     * Heading style) is a heading whatever its case, unnumbered: a
     * section at level 1, a clause below (it came back a paragraph, its
     * mark lost: s19attack L4) */
    if (p->heading && !p->in_table && strlen(flat) < 200) {
        int top = p->heading == 1;
        INode *n = node_new(c, top ? IN_SECTION : IN_CLAUSE, plan_text(c, flat));
        n->label = "";
        n->found_bold = bold;
        n->depth = top ? 0 : 1;
        n->line = p->line;
        if (c->stats)
            c->stats->headings++, c->stats->headings_in_body++;
        stack_attach(c, st, n, top ? RANK_SECTION : 1, 1);
        return;
    }
    INode *n = node_new(c, IN_PARA, rewrap(c, plan_text(c, flat), bold, italic));
    n->line = p->line;
    if (!attach_to_item(c, st, n, p->indent))
        stack_attach(c, st, n, RANK_POINT, 0);
}

/* A heading label with nothing after it and nothing under it ("1.5",
 * "II.", "a)" alone) is a paragraph whose text is a number: khgen prints
 * no heading without a title, text or items (KH107), so a task whose text
 * is "1.5" came back a subclause labelled 1.5 with no title, and the
 * imported plan failed its own check, import exit 0 (s39types). */
void imp_bare_labels(Ctx *c, INode *parent)
{
    for (size_t i = 0; i < parent->n_items; i++) {
        INode *n = parent->items[i];
        int heading = n->kind == IN_SECTION || n->kind == IN_CLAUSE ||
                      n->kind == IN_SUBCLAUSE || n->kind == IN_POINT;
        if (heading && n->found_label && *n->found_label && (!n->title || !*n->title) &&
            (!n->text || !*n->text) && !n->n_items) {
            n->kind = IN_PARA;
            n->title = rewrap(c, plan_text(c, n->found_label), n->found_bold, n->found_italic);
            n->found_label = NULL;
            n->label = NULL;
            n->depth = 0;
        }
        imp_bare_labels(c, n);
    }
}

/* A plain text's numbered heading holds its text after its title, run
 * into one line ("2. Cấp thôn, bản: Phấn đấu có thêm 04 thôn ... đạt
 * chuẩn." from a PDF's text: a clause whose title, the whole sentence,
 * printed bold: s31foreign): the text after the first ": " when the title
 * before it is short (at most 100 characters, no sentence's '.' or ';') and a
 * sentence follows (four words or more, a capital or a digit first, a
 * full stop or ';' last: "Dự án 1: Hỗ trợ đầu tư ... huyện nghèo" is a
 * heading naming the project, a clause of its own: test_import); title
 * is cut there. NULL, title unchanged, else. A title that ends in a number
 * of at most three digits, or a Roman numeral, names an item ("Dự án 1",
 * "Tiểu dự án 2", "Nội dung số III"): what
 * follows is that item's name, full stop or not, and the whole line stays
 * the title ("Dự án 1: Hỗ trợ ... các thôn khó khăn." became the clause
 * "Dự án 1" with that name as its text: s34low). */
enum { TITLE_CHARS_MAX = 100 };
static int ends_in_number(const char *title, size_t len)
{
    size_t start = len;
    while (start > 0 && title[start - 1] != ' ')
        start--;
    size_t n = len - start;
    const char *w = title + start;
    /* a year is no item's number: "Đến năm 2025: Phấn đấu ..." splits */
    return n > 0 && ((n <= 3 && strspn(w, "0123456789") >= n) || strspn(w, "IVX") >= n);
}

static const char *text_after_colon(char *title)
{
    char *at = str_find(title, ": ");
    if (at && ends_in_number(title, (size_t)(at - title)))
        return NULL;
    /* short in characters, as a line of a heading is: 60 bytes were 25 to
     * 40 Vietnamese letters, and "Đối với các thôn đặc biệt khó khăn, thôn
     * vùng đồng bào dân tộc: Phấn đấu ..." (62 characters, 85 bytes)
     * stayed one bold title of the whole sentence (s32foreign) */
    if (!at || at == title || utf8_count(title, (size_t)(at - title)) > TITLE_CHARS_MAX ||
        memchr(title, '.', (size_t)(at - title)) ||
        memchr(title, ';', (size_t)(at - title)))
        return NULL;
    const char *after = at + 2;
    int words = 1;
    for (const char *w = after; *w; w++)
        words += *w == ' ';
    size_t n = strlen(after);
    if (n < 20 || words < 4 || (after[n - 1] != '.' && after[n - 1] != ';') ||
        (vi_letter_case(after, NULL) != 1 && !(*after >= '0' && *after <= '9')))
        return NULL;
    *at = '\0';
    return after;
}

void imp_clause_texts(Ctx *c, INode *parent)
{
    for (size_t i = 0; i < parent->n_items; i++) {
        INode *n = parent->items[i];
        if (n->kind == IN_CLAUSE && !n->text && n->title && n->found_label &&
            strspn(n->found_label, "0123456789") > 0) {
            char *title = arena_strdup(c->arena, n->title);
            const char *after = text_after_colon(title);
            if (after) {
                n->title = title;
                n->text = after;
            }
        }
        imp_clause_texts(c, n);
    }
}

/* ---- numbering: automatic where regular ------------------------------------------- */

/* The numbers `number:` takes (parse.c reads 1 to 10,000): a label
 * numbered otherwise ("0.", "99999999999.") is printed as written. */
enum { MAX_HAND_NUMBER = 10000 };

/* A heading numbered other than the one after its sibling's (label after
 * prev: "3." after "1."; expected, the number it would have had), a
 * heading deleted in Word and the rest not renumbered: imported as written
 * (`number:`), with a '# review:' line and a warning (KH768), as a
 * table's rows numbered 1, 2, 4 are (s48user F7: the gap went on silently
 * into next year's plan). A number at or below its sibling's ("1." again
 * after "1.", "2." after "4.") is said as one typed twice or a heading
 * moved, not one deleted (s50review). The first heading of its parent
 * numbered on from another's ("6." under II., numbered across the
 * sections) is no gap. Nor is a heading numbered by its place (placed:
 * the first sibling's number and one for each sibling before it): "3."
 * after "1., 1." follows the slip said at the second "1.", which was one
 * heading's, and is not said again (s51review). */
static void number_gap_said(Ctx *c, INode *n, const char *prev, int expected, int placed)
{
    if (n->number == placed)
        return;
    const char *label = n->found_label;
    size_t l = strlen(label), pl = strlen(prev);
    int back = n->number < expected;
    /* "3" after "1", as a number is said, its dot left */
    label = arena_printf(c->arena, "%.*s", (int)(l && label[l - 1] == '.' ? l - 1 : l), label);
    prev = arena_printf(c->arena, "%.*s", (int)(pl && prev[pl - 1] == '.' ? pl - 1 : pl), prev);
    const char *why =
        back ? arena_printf(c->arena, _("the heading is numbered %s after %s: a number typed "
                                        "twice, or a heading moved? it is imported as numbered "
                                        "(number: %d): check the numbering"),
                            label, prev, n->number)
             : arena_printf(c->arena, _("the heading is numbered %s after %s: one "
                                        "deleted, the rest not renumbered? it is "
                                        "imported as numbered (number: %d): check the "
                                        "numbering"),
                            label, prev, n->number);
    n->comment = n->comment ? arena_printf(c->arena, "%s; %s", n->comment, why) : why;
    SrcPos pos = {c->path, n->line > 0 ? n->line : 0, n->line > 0};
    if (back)
        diag_warning(c->diags, pos, 0, KH768,
                     "the heading '%s %s' is numbered %s after %s: a number typed twice, or a "
                     "heading moved? it is imported as numbered ('number: %d'); check the "
                     "numbering",
                     n->found_label, n->title ? n->title : "", label, prev, n->number);
    else
        diag_warning(c->diags, pos, 0, KH768,
                     "the heading '%s %s' is numbered %s after %s: a heading deleted, the rest "
                     "not renumbered? it is imported as numbered ('number: %d'); check the "
                     "numbering",
                     n->found_label, n->title ? n->title : "", label, prev, n->number);
}

void number_list(Ctx *c, INode *parent, const char *path)
{
    int part = 0, sec = 0, cl = 0, sub = 0, pt = 0;
    const char *prev_sec = NULL, *prev_cl = NULL, *prev_sub = NULL; /* their labels */
    int first_sec = 0, first_cl = 0, first_sub = 0, n_sec = 0, n_cl = 0, n_sub = 0; /* placed */
    for (size_t i = 0; i < parent->n_items; i++) {
        INode *n = parent->items[i];
        const char *child_path = path;
        if (n->kind == IN_PART) {
            /* "Phần thứ nhất" as khgen prints it, else the label as printed */
            Buf want = {0};
            buf_puts(&want, "Phần ");
            vi_put_ordinal(&want, ++part);
            if (!n->found_label || strcmp(n->found_label, want.data) != 0)
                n->label = n->found_label ? n->found_label : "";
            buf_free(&want);
            child_path = "";
        }
        int numbered = n->kind == IN_SECTION || n->kind == IN_CLAUSE || n->kind == IN_SUBCLAUSE ||
                       n->kind == IN_POINT;
        if (n->kind == IN_SECTION) {
            sec++;
            if (n->found_label) {
                int v = roman_value(n->found_label, strlen(n->found_label) - 1);
                if (v < 1 || v > MAX_HAND_NUMBER)
                    n->label = n->found_label;
                else if (v != sec) {
                    n->number = v;
                    if (prev_sec)
                        number_gap_said(c, n, prev_sec, sec, first_sec + n_sec);
                    sec = v;
                }
            }
            first_sec = n_sec++ ? first_sec : sec;
            prev_sec = n->label ? NULL : n->found_label;
            child_path = "";
        } else if (n->kind == IN_CLAUSE) {
            cl++;
            if (!n->label) {
                long v = strtol(n->found_label, NULL, 10);
                /* "0.": no number a plan can write; "01." (Word's
                 * decimalZero): a number khgen would print "1." */
                if (v < 1 || v > MAX_HAND_NUMBER || n->found_label[0] == '0')
                    n->label = n->found_label;
                else if (v != cl) {
                    n->number = (int)v;
                    if (prev_cl)
                        number_gap_said(c, n, prev_cl, cl, first_cl + n_cl);
                    cl = (int)v;
                }
            }
            first_cl = n_cl++ ? first_cl : cl;
            prev_cl = n->label ? NULL : n->found_label;
            child_path = arena_printf(c->arena, "%d", cl);
            if (n->label)
                child_path = "";
        } else if (n->kind == IN_SUBCLAUSE) {
            sub++;
            const char *f = n->found_label;
            size_t pl = strlen(path);
            const char *own = f + pl + 1;
            int ok = parent->kind == IN_CLAUSE || parent->kind == IN_SUBCLAUSE;
            ok = ok && pl && strncmp(f, path, pl) == 0 && f[pl] == '.' && *own >= '0' && *own <= '9';
            char *end = NULL;
            long v = ok ? strtol(own, &end, 10) : 0;
            ok = ok && end && strcmp(end, ".") == 0 && v >= 1 && v <= MAX_HAND_NUMBER &&
                 *own != '0'; /* "1.01." (decimalZero) is printed as written */
            if (!ok) {
                n->label = f;
                child_path = "";
            } else {
                if (v != sub) {
                    n->number = (int)v;
                    if (prev_sub)
                        number_gap_said(c, n, prev_sub, sub, first_sub + n_sub);
                    sub = (int)v;
                }
                first_sub = n_sub++ ? first_sub : sub;
                prev_sub = f;
                child_path = arena_printf(c->arena, "%s.%d", path, sub);
            }
        } else if (n->kind == IN_POINT) {
            pt++;
            const char *f = n->found_label;
            int idx = -1;
            for (int k = 0; point_letters[k]; k++)
                if (strncmp(f, point_letters[k], strlen(point_letters[k])) == 0 &&
                    f[strlen(point_letters[k])] == ')')
                    idx = k;
            if (idx != pt - 1)
                n->label = f;
        } else if (n->kind == IN_BULLET || n->kind == IN_TASK) {
            const char *expect = parent->kind == IN_BULLET ||
                                 (parent->kind == IN_TASK && parent->title && *parent->title)
                                     ? "+" : "-";
            if (n->found_label && strcmp(n->found_label, expect) != 0)
                n->marker = n->found_label;
        }
        if (numbered && c->stats) {
            c->stats->nodes++;
            if (!n->label)
                c->stats->nodes_auto++;
        }
        /* the title style khgen gives a heading by default: sections bold,
         * clauses and sub-clauses bold when they have items */
        int roman = n->kind == IN_SECTION && n->found_label && *n->found_label;
        if (c->markdown && (n->kind == IN_CLAUSE || n->kind == IN_SUBCLAUSE || roman)) {
            /* a section "VII." printed plain is `style: plain` (it came
             * back bold: round23 R8, seed m9) */
            int dflt_bold = roman || n->n_items > 0;
            if (n->found_bold != dflt_bold || n->found_italic)
                n->style = style_name(n->found_bold, n->found_italic);
        }
        number_list(c, n, child_path);
    }
}
