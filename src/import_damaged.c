/* import_damaged.c - lines khgen prints itself that come back damaged by an
 * official's edit, read by their shape or noted, never silently read as
 * something else.
 *
 * A plan's .docx goes to the office, is edited in Word or LibreOffice and
 * comes back through `khgen import`. Two of khgen's own lines were read as
 * other things when an edit damaged them, and `khgen diff` then showed a
 * different plan with no warning (s37cycle's open findings):
 *  - an attachment page's label with its word deleted ("Biểu 02" edited
 *    to "02"): no page started there, and the page ran into the one above
 *    it, its rows a review comment and its title in the other page's
 *    note. The page is still told by its shape, as khgen prints it: a
 *    short line holding a number, a title in capitals, then the
 *    "(Kèm theo ...)" line. It is read as a page under the label as
 *    written, with a note and a warning (KH768);
 *  - a task's line with its colon deleted ("+ Thời gian thực hiện quý
 *    II/2024"): it stays a line of the task as written (the document
 *    prints it so), but the task has no deadline from it: a note beside
 *    it and a warning (KH768) say so.
 *  - a task's line moved under another task's title, above its text (cut
 *    and pasted in Word): the task took that line alone, and its text and
 *    its own lines became the clause's paragraphs and "+" bullets, a task
 *    with no lead, no text and no note (s39cycle). The lines above the
 *    text are read after the task's own (a second deadline stays a line as
 *    written), with a note on the task and a warning at the line (KH768).
 * Two more of them are read by their place where the document's order is
 * read: "KẾ HOẠCH" (import_head.c mark_by_place) and "Nơi nhận:"
 * (import.c recipients_by_place), with the same note and warning.
 * Linear: each paragraph and each node is looked at once.
 */
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "import_impl.h"

/* The number of words of s[0..n) (runs between spaces), at most 9, each
 * word's start and length into w and wl. */
static size_t words_of(const char *s, size_t n, const char **w, size_t *wl)
{
    size_t k = 0;
    for (size_t i = 0; i < n && k < 9;) {
        while (i < n && s[i] == ' ')
            i++;
        size_t j = i;
        while (j < n && s[j] != ' ')
            j++;
        if (j > i) {
            w[k] = s + i;
            wl[k++] = j - i;
        }
        i = j;
    }
    return k;
}

/* Whether s[0..n) is a label's number: digits and points with one letter
 * after ("02", "1.01", "02a"), or a Roman number ("II"). */
static int label_number(const char *s, size_t n)
{
    size_t d = 0;
    while (d < n && ((s[d] >= '0' && s[d] <= '9') || (s[d] == '.' && d)))
        d++;
    if (d && (d == n || (d + 1 == n && ((s[d] >= 'a' && s[d] <= 'z') || (s[d] >= 'A' && s[d] <= 'Z')))))
        return 1;
    return n && strspn(s, "IVXL") == n;
}

/* Whether s (a paragraph's flat text) is what is left of a page's label
 * once its word was deleted or mistyped: a number ("02", "II") alone or
 * after at most two short words that begin as "Biểu" or "Phụ lục" do
 * ("Bểu 02", "Bieu 02", "Phụ lụ II"). "DÒNG HAI 15998", a title's line,
 * is none. */
static int label_remains(const char *s)
{
    const char *w[9];
    size_t wl[9], n = strlen(s);
    size_t k = n <= 24 ? words_of(s, n, w, wl) : 0;
    if (k == 0 || k > 3 || !label_number(w[k - 1], wl[k - 1]))
        return 0;
    for (size_t i = 0; i + 1 < k; i++)
        if (wl[i] > 10 || !strchr("BbPp", w[i][0]))
            return 0;
    return 1;
}

/* Whether P[k] may be a page's label a plan writes as it likes ("-1",
 * "Mẫu 3", "3a": `label:` takes any text): a short line (at most three
 * words, 24 bytes) holding a digit, with no sentence's end (".", ":",
 * ";", ","), as khgen prints a label over the title. "-1" was taken for
 * the page above's last words, and the page for one with no label
 * (s39types). A line of words alone ("Nguyễn Văn A", a Biểu's signer
 * bold over the next page's title) is none. A line bold and not italic,
 * as khgen prints a label (a page's note is italic), may be longer (five
 * words, 40 bytes) and end with a full stop: "Trang 3." and "Mẫu 3 kèm
 * theo" did not come back from khgen's own .docx, read as a recipient
 * and the page as one with its label deleted (s41mut). */
static int free_label(const Para *p)
{
    const char *w[9];
    size_t wl[9], n = strlen(p->flat);
    int styled = p->bold && !p->italic;
    if (n == 0 || n > (styled ? 40u : 24u) || words_of(p->flat, n, w, wl) > (styled ? 5u : 3u) ||
        strchr(styled ? ":;," : ".:;,", p->flat[n - 1]))
        return 0;
    return strpbrk(p->flat, "0123456789") != NULL;
}

/* Whether the paragraph above P[k] (empty ones skipped) is a page's label
 * or a line in capitals outside a table: P[k] is then a line of that
 * page's title ("KẾ HOẠCH 2024" under "Biểu 01", "DÒNG HAI 15998" under
 * "DÒNG HAI 15997": review24 R5), not a label of its own. */
static int under_title(const Para *P, size_t k)
{
    while (k > 0 && !P[k - 1].in_table && !P[k - 1].flat[0])
        k--;
    return k > 0 && !P[k - 1].in_table &&
           (attachment_start(&P[k - 1]) || is_upper_text(P[k - 1].flat));
}

int imp_damaged_label(const Para *P, size_t k, size_t n)
{
    return k + 2 < n && !attachment_start(&P[k]) && !P[k].in_table &&
           (label_remains(P[k].flat) || (free_label(&P[k]) && !under_title(P, k))) &&
           !P[k + 1].in_table && P[k + 1].flat[0] && is_upper_text(P[k + 1].flat) &&
           imp_attline_at(P[k + 2].flat);
}

/* Whether P[k] opens a page's title in capitals (three lines at most)
 * over its "(Kèm theo ...)" line with no label above it (its line deleted
 * whole): the page ran into the one above, its title and its table's
 * header that page's notes (s38cycle L3). The line above is no label, no
 * label's remnant, no line that begins as one ("Biểu tổng hợp ...", which
 * is no label: mut33) and no line in capitals outside a table (a title's
 * second line, "DÒNG HAI 15998" under its first, is none: review24 R5). */
static int unlabelled_page(const Para *P, size_t k, size_t n)
{
    if (k == 0 || P[k].in_table || !P[k].flat[0] || !is_upper_text(P[k].flat) ||
        attachment_start(&P[k]) || attachment_start(&P[k - 1]) || label_remains(P[k - 1].flat) ||
        (!P[k - 1].in_table && free_label(&P[k - 1])) ||
        starts_with_ci(P[k - 1].flat, "Biểu") || starts_with_ci(P[k - 1].flat, "Phụ lục") ||
        (!P[k - 1].in_table && P[k - 1].flat[0] && is_upper_text(P[k - 1].flat)))
        return 0;
    for (size_t j = k + 1; j < n && j <= k + 3; j++) {
        if (imp_attline_at(P[j].flat))
            return 1;
        if (P[j].in_table || !P[j].flat[0] || !is_upper_text(P[j].flat))
            return 0;
    }
    return 0;
}

int imp_page_start(const Para *P, size_t k, size_t n)
{
    return attachment_start(&P[k]) || imp_damaged_label(P, k, n) || unlabelled_page(P, k, n);
}

const char *imp_page_label(Ctx *c, const Para *P, size_t k, size_t n, const char *prev,
                           const char **title)
{
    if (!unlabelled_page(P, k, n))
        return P[k].flat;
    *title = P[k].flat;
    if (!prev)
        return "Biểu 01";
    size_t len = strlen(prev), d = len;
    while (d > 0 && prev[d - 1] >= '0' && prev[d - 1] <= '9')
        d--;
    if (d == len || len - d > 6)
        return arena_printf(c->arena, "%s (2)", prev);
    long next = strtol(prev + d, NULL, 10) + 1;
    return arena_printf(c->arena, "%.*s%0*ld", (int)d, prev, (int)(len - d), next);
}

void imp_damaged_label_note(Ctx *c, Buf *y, const Para *P, size_t k, size_t n, const char *label)
{
    const char *note = NULL;
    if (unlabelled_page(P, k, n))
        note = arena_printf(c->arena, _("the page has no label (its line deleted): it was read by its title "
                                        "and its '(Kèm theo ...)' line, under '%s', the label after the "
                                        "page above's; write the label as it should print, then delete "
                                        "this comment"),
                            label);
    else if (imp_damaged_label(P, k, n))
        note = arena_printf(c->arena, _("the page's label '%s' is not 'Biểu ...' nor 'Phụ lục ...': the "
                                        "page was read by its title and its '(Kèm theo ...)' line, under "
                                        "the label as written; write the label as it should print, then "
                                        "delete this comment"),
                            label);
    if (!note)
        return;
    emit_unplaced_lines(y, 2, note, "KH768");
    SrcPos pos = {c->path, P[k].line > 0 ? P[k].line : 0, P[k].line > 0 ? 1 : 0};
    if (!unlabelled_page(P, k, n))
        diag_warning(c->diags, pos, 0, KH768,
                     "'%s' stands where an attachment page's label is, over a title and a '(Kèm "
                     "theo ...)' line, without 'Biểu' or 'Phụ lục': the page is read under the label "
                     "as written, with a '# review:' comment; write the label as it should print",
                     label);
    else
        diag_warning(c->diags, pos, 0, KH768,
                     "the attachment page titled '%s' has no label above it (its line deleted): it "
                     "is read under '%s', the label after the page above's, with a '# review:' "
                     "comment; write the label as it should print",
                     P[k].flat, label);
}

/* Whether the words before a line's ':' (s[0..n)) are task line label l
 * with one word inserted, deleted or replaced ("Phụ Xqz trách tiêu chí",
 * "Phụ tiêu chí", "Xqz gian thực hiện"): a label of three words or more,
 * all but one of its words there and at most one more. */
static int label_edited(const char *s, size_t n, const char *l)
{
    const char *sw[9], *lw[9];
    size_t sl[9], ll[9];
    size_t ns = words_of(s, n, sw, sl), nl = words_of(l, strlen(l), lw, ll), same = 0;
    if (nl < 3 || ns + 1 < nl || ns > nl + 1 || n > 60)
        return 0;
    for (size_t i = 0; i < nl; i++)
        for (size_t j = 0; j < ns; j++)
            if (ll[i] == sl[j] && memcmp(lw[i], sw[j], ll[i]) == 0) {
                same++;
                break;
            }
    return same + 1 >= nl;
}

/* The task line's label that title reads as, written otherwise: followed
 * by a space and not by its colon ("Thời gian thực hiện quý II/2024"), or
 * with a word of it edited before its colon ("Phụ Xqz trách tiêu chí:
 * ..."); NULL for none (a line khgen reads as it is has its label whole). */
static const char *damaged_label(const char *title)
{
    const char *colon = strchr(title, ':');
    for (int k = 0; imp_task_line_label(k); k++) {
        const char *l = imp_task_line_label(k);
        size_t len = strlen(l);
        if (strncmp(title, l, len) == 0 && title[len] == ' ' && title[len + 1] && title[len + 1] != ':')
            return l;
        if (colon && (size_t)(colon - title) != len && label_edited(title, (size_t)(colon - title), l))
            return l;
    }
    return NULL;
}

/* Notes node x, a line of a task (or of a "-" bullet, or the "+" line
 * after one and its paragraphs), when it reads as a task line whose label
 * or colon an edit damaged. */
static void note_colonless(Ctx *c, INode *x)
{
    const char *label;
    if (x->kind != IN_BULLET || x->n_items || !x->title || x->comment ||
        !(label = damaged_label(x->title)))
        return;
    x->comment = arena_printf(c->arena,
                              _("this line reads as the task's '%s:' line, its label or its ':' "
                                "edited; it is kept as a line of the task as written, and the task "
                                "takes nothing from it: write the line's label whole, with its ':', to "
                                "make it the task's, then delete this comment"),
                              label);
    x->comment = arena_printf(c->arena, "%s [KH768]", x->comment);
    SrcPos pos = {c->path, x->line > 0 ? x->line : 0, x->line > 0 ? 1 : 0};
    diag_warning(c->diags, pos, 0, KH768,
                 "'%s' under a task reads as its '%s:' line, its label or its ':' edited: it is "
                 "kept as a line of the task as written, and the task takes no lead or deadline "
                 "from it; write the line's label whole, with its ':', to make it the task's",
                 x->title, label);
}

/* Whether node n holds a task's lines: a task, or a bullet "-" (whose "+"
 * lines make it a task when one of them is read). */
static int holds_lines(const INode *n)
{
    return n->kind == IN_TASK || (n->kind == IN_BULLET && n->found_label && n->found_label[0] == '-');
}

static int plus_line(const INode *n)
{
    return n->found_label && n->found_label[0] == '+';
}

void imp_colonless_lines(Ctx *c, INode *parent)
{
    const INode *above = NULL; /* the sibling above, past paragraphs */
    for (size_t i = 0; i < parent->n_items; i++) {
        INode *x = parent->items[i];
        if (parent->kind == IN_TASK || ((holds_lines(parent) || (above && holds_lines(above))) &&
                                        plus_line(x)))
            note_colonless(c, x);
        if (x->kind != IN_PARA || !above)
            above = x; /* "- Tiêu chí ...", its paragraph, then its "+" line */
        imp_colonless_lines(c, x);
    }
}

/* Whether n is a task's line: a bullet "+ Thời gian thực hiện: ...", its
 * label one of the task lines' (imp_task_line_label). */
static int is_task_line(const INode *n)
{
    if (n->kind != IN_BULLET || n->n_items || !n->title)
        return 0;
    for (int k = 0; imp_task_line_label(k); k++) {
        size_t l = strlen(imp_task_line_label(k));
        if (strncmp(n->title, imp_task_line_label(k), l) == 0 && n->title[l] == ':')
            return 1;
    }
    return 0;
}

/* Whether n is the line khgen prints above a task's assignment paragraphs
 * ("+ Phụ trách tiêu chí: X", then "X phụ trách Chỉ tiêu 17.5."; the
 * first of imp_task_line_label's): the paragraphs under it are its own,
 * not a text the line was moved above (round23 R10). */
static int heads_assignments(const INode *n)
{
    size_t l = strlen(imp_task_line_label(0));
    return strncmp(n->title, imp_task_line_label(0), l) == 0 && n->title[l] == ':';
}

/* Notes the lines l[0..n) moved under task b's title. */
static void note_displaced(Ctx *c, INode *b, INode *const *l, size_t n)
{
    for (size_t k = 0; k < n; k++) {
        SrcPos pos = {c->path, l[k]->line > 0 ? l[k]->line : 0, l[k]->line > 0 ? 1 : 0};
        diag_warning(c->diags, pos, 0, KH768,
                     "'%s' stands under the task '%s', above its text, where no task's line "
                     "stands (moved there in the document?): it is read as the task's line, after "
                     "its text and its other lines, where khgen prints it; a second deadline or "
                     "lead stays a line as written; check which task it belongs to",
                     l[k]->title, b->title);
    }
    const char *note = arena_printf(
        c->arena, _("'%s' stood under this task's title, above its text (moved there in the "
                    "document?): read as its line, after its text and its other lines; check "
                    "which task it belongs to"),
        l[0]->title);
    note = arena_printf(c->arena, "%s [KH768]", note);
    b->comment = b->comment ? arena_printf(c->arena, "%s; %s", b->comment, note) : note;
}

/* Notes paragraph x, right under task b's lines, b with no text of its
 * own: khgen prints a task's text between its title and its lines, and a
 * paragraph after the task (a sibling) after its lines, so x is read as
 * that paragraph; but the lines moved above the task's text in Word
 * ("+ Đơn vị ...", "+ Thời gian ..." cut and pasted under the title) read
 * the same, and the task lost its text with no word (s41scale). A
 * '# review:' guess on x and a warning (KH768) say so. */
static void note_text_below(Ctx *c, const INode *b, INode *x)
{
    if (x->comment || !c->docx) /* a .md indents a task's text: none to tell */
        return;
    x->comment = arena_printf(c->arena, _("read as a paragraph after the task '%s', below its "
                                          "lines; if it is the task's text (its lines moved "
                                          "above it in the document), write it as the task's "
                                          "'text:'"),
                              b->title);
    SrcPos pos = {c->path, x->line > 0 ? x->line : 0, x->line > 0 ? 1 : 0};
    diag_warning(c->diags, pos, 0, KH768,
                 "the paragraph under the lines of the task '%s', which has no text, is read as "
                 "a paragraph after the task, as khgen prints one; write it as the task's "
                 "'text:' if it is the task's text, its lines moved above it in the document",
                 b->title);
}

/* The end of the run of task lines (lines) or of plain paragraphs of
 * parent from k. */
static size_t run_end(const INode *parent, size_t k, int lines)
{
    for (; k < parent->n_items; k++) {
        const INode *x = parent->items[k];
        if (lines ? !is_task_line(x) : x->kind != IN_PARA || x->n_items || !x->title)
            break;
    }
    return k;
}

/* Whether every item of b is a task's line (and it has one). */
static int lines_only(const INode *b)
{
    for (size_t k = 0; k < b->n_items; k++)
        if (!is_task_line(b->items[k]))
            return 0;
    return b->n_items > 0;
}

void imp_displaced_lines(Ctx *c, INode *parent)
{
    INode out = {0}; /* the items in their new order, when one moved */
    int moved = 0;
    for (size_t i = 0; i < parent->n_items; i++) {
        INode *b = parent->items[i];
        imp_displaced_lines(c, b);
        if (b->kind == IN_BULLET && b->found_label && b->found_label[0] == '-' && b->title &&
            !is_task_line(b) && (!b->n_items || lines_only(b))) {
            /* the moved lines: b's own items (a "+" right under a "-"
             * nests in it) or its siblings; then its text, its lines */
            size_t l = b->n_items ? i + 1 : run_end(parent, i + 1, 1);
            size_t p = run_end(parent, l, 0), m = run_end(parent, p, 1);
            INode *const *moved_lines = b->n_items ? b->items : parent->items + i + 1;
            size_t n_moved = b->n_items ? b->n_items : l - i - 1;
            if (n_moved && p > l && m == p && b->n_items && !heads_assignments(b->items[b->n_items - 1]))
                note_text_below(c, b, parent->items[l]);
            if (n_moved && p > l && m > p && !heads_assignments(moved_lines[n_moved - 1])) {
                note_displaced(c, b, moved_lines, n_moved);
                node_add(c, &out, b);
                for (size_t k = l; k < m; k++)
                    node_add(c, &out, parent->items[k]);
                for (size_t k = 0; k < n_moved; k++)
                    node_add(c, &out, moved_lines[k]);
                b->n_items = 0;
                moved = 1;
                i = m - 1;
                continue;
            }
        }
        node_add(c, &out, b);
    }
    if (moved) {
        parent->items = out.items;
        parent->n_items = out.n_items;
        parent->cap_items = out.cap_items;
    }
}
