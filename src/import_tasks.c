/* import_tasks.c - proposing registries and tasks from the body.
 *
 * Once the body is a tree, its wording names who does what: a clause of the
 * implementation section named after a unit becomes a unit whose bullets
 * are its tasks; "Sở A, Sở B: ..." bullets become tasks with joint leads;
 * "+ Phụ trách tiêu chí: ..." and "+ Thời gian thực hiện: ..." lines give a
 * task its lead and deadline (import_facts.c decides when a deadline is
 * written structured, and finds places and the year). Each guess carries a
 * "# review:" comment.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "import_impl.h"
#include "i18n.h"
#include "vi.h"

/* ---- tasks ------------------------------------------------------------------------ */

/* the lead's labels (0-4), then the deadline's (DUE_LABELS on): khgen's
 * own ("Phụ trách tiêu chí", "Đơn vị thực hiện", "Thời gian thực hiện")
 * and those a plan's lead_label or due_label often gives */
static const char *const line_labels[] = {"Phụ trách tiêu chí", "Đơn vị thực hiện",
                                          "Đơn vị chủ trì", "Đơn vị phụ trách",
                                          "Cơ quan thực hiện",
                                          "Thời gian thực hiện", "Thời gian hoàn thành",
                                          "Thời hạn", NULL};
enum { DUE_LABELS = 5 };

const char *imp_task_line_label(int k)
{
    return k >= 0 && k < (int)(sizeof line_labels / sizeof *line_labels) ? line_labels[k] : NULL;
}

/* The label of a task line ("+ Phụ trách tiêu chí: ..."), or -1. */
static int task_line(const INode *n)
{
    if (n->kind != IN_BULLET || !n->title || n->n_items)
        return -1;
    for (int k = 0; line_labels[k]; k++) {
        size_t l = strlen(line_labels[k]);
        if (strncmp(n->title, line_labels[k], l) == 0 && n->title[l] == ':')
            return k;
    }
    return -1;
}

/* A bullet with khgen's own task lines under it ("+ Đơn vị thực hiện: X
 * phối hợp với Y", "+ Thời gian thực hiện: quý I/2024"): find_tasks reads
 * them into its lead, support and due. A unit's clause made such a bullet
 * a task of the clause's unit first, and its lines stayed "+" items, so
 * that `khgen diff` of a plan against its own .docx showed each task as
 * three changes (s13attack L5, L6). */
static int has_task_lines(const INode *b)
{
    for (size_t k = 0; k < b->n_items; k++)
        if (task_line(b->items[k]) >= 0)
            return 1;
    return 0;
}

/* Whether the items of parent after the q-th, past its paragraphs, start
 * with a task line: the lines of a bullet whose text goes on in a
 * paragraph ("- Tham mưu ...", "Ưu tiên ...", "+ Đơn vị thực hiện: ...",
 * a task whose text has two paragraphs, or a paragraph typed after it in
 * Word). find_tasks reads them into the bullet's task; a unit's clause
 * made the bullet a task first and its lines stayed "+" items (s17docx). */
static int task_lines_follow(const INode *parent, size_t q)
{
    size_t k = q + 1;
    while (k < parent->n_items && parent->items[k]->kind == IN_PARA)
        k++;
    return k > q + 1 && k < parent->n_items && task_line(parent->items[k]) >= 0;
}

static int continues_name(const char *prev, const char *t);

/* "phối hợp với Công chức A, Công chức B (đồng chí ...)": when every name
 * of the list is a unit's, they become the task's support and the rest is
 * returned (the lead note); otherwise rest is returned as it is. khgen
 * prints the support the same way (" phối hợp với ", names joined by ", "). */
static const char *support_units(Ctx *c, INode *task, const char *rest)
{
    static const char join[] = "phối hợp với ";
    if (!starts_with(rest, join))
        return rest;
    const char *list = rest + strlen(join);
    const char *end = list + strlen(list);
    const char *paren = str_find(list, " (");
    if (!paren)
        paren = strchr(list, '(');
    if (paren)
        end = paren;
    for (const char *e0 = NULL; e0 != end;) {
        e0 = end;
        end = list + drop_cut_escape(list, (size_t)(end - list));
        while (end > list && (end[-1] == '.' || end[-1] == ' ' || end[-1] == ';'))
            end--;
    }
    char *names = dup_range(c, list, (size_t)(end - list));
    const char *ids[16];
    size_t n = 0;
    for (char *s = names; s && *s; ) {
        char *comma = str_find(s, ", ");
        if (comma)
            *comma = '\0';
        if (n && continues_name(ids[n - 1], s)) /* "Sở Văn hóa" + "Thể thao và Du lịch" */
            ids[n - 1] = arena_printf(c->arena, "%s, %s", ids[n - 1], s);
        else if (n == 16 || !unit_start(s) || unit_name_len(s, 1) != strlen(s))
            return rest;
        else
            ids[n++] = s;
        s = comma ? comma + 2 : NULL;
    }
    if (!n)
        return rest;
    task->support = arena_alloc(c->arena, n * sizeof *task->support);
    for (size_t i = 0; i < n; i++)
        task->support[i] = unit_id(c, ids[i]);
    task->n_support = n;
    /* what follows is the note: "(đồng chí ...)", or the full stop or
     * semicolon that ends the line, which khgen prints after the support
     * when the note is only that (inline.c); it once went, so that the
     * plan printed "... phối hợp với UBND các thôn" where the document
     * read "... các thôn." (s17user F2) */
    const char *after = end;
    while (*after == ' ')
        after++;
    return after;
}

/* Whether task's lines so far may be followed by an assignment paragraph:
 * its lead line was read ("+ Phụ trách tiêu chí:" alone, or with a lead)
 * and its deadline line not yet (khgen prints assignments between). */
static int assign_open(const INode *task)
{
    return (task->expect_assign || task->lead || task->lead_note) && !task->due;
}

/* Reads task line k into the task: 1, or 0 when the task has that fact
 * already (a second "+ Phụ trách tiêu chí: ..." under one task), so the
 * caller keeps the line as an item of the task: it was dropped (s9mut: a
 * duplicated line lost its text without a word). */
static int apply_task_line(Ctx *c, INode *task, const INode *line, int k)
{
    const char *value = line->title + strlen(line_labels[k]) + 1;
    while (*value == ' ')
        value++;
    if (k >= DUE_LABELS ? task->due != NULL || !*value /* due: {text: ""} is KH107 */
               : task->lead || task->lead_note || task->expect_assign || task->lead_label)
        return 0;
    if (k >= DUE_LABELS) { /* deadline */
        int structured;
        task->due = imp_due_yaml(c, value, &structured);
        if (k != DUE_LABELS)
            task->due_label = line_labels[k];
        if (structured && c->stats)
            c->stats->deadlines++;
        return 1;
    }
    /* "Phụ trách tiêu chí" is khgen's label for a task with criteria,
     * "Đơn vị thực hiện" for others */
    int crit_label = k == 0;
    if (crit_label && !task->criteria)
        task->lead_label = line_labels[k];
    else if (!crit_label && task->criteria)
        task->lead_label = line_labels[k];
    else if (k >= 2)
        task->lead_label = line_labels[k];
    if (!*value && k == 0) {
        task->expect_assign = 1; /* "+ Phụ trách tiêu chí:" then one line per unit */
        return 1;
    }
    /* "A, B phối hợp với C": a task of two leads (lead: [a, b]) as khgen
     * prints it, read back as one unit "A, B" (s30fixlow) */
    const char *with = str_find(value, " phối hợp với ");
    size_t lead_len = with ? (size_t)(with - value) : strlen(value);
    const char *comma = str_find(value, ", "), *ids[16];
    size_t n_ids = comma && comma < value + lead_len
                       ? value_units(c, dup_range(c, value, lead_len), ids, 16) : 0;
    size_t used; /* the bytes of value the lead or leads take */
    if (n_ids > 1) {
        task->lead = ids[0];
        task->leads = arena_alloc(c->arena, n_ids * sizeof *task->leads);
        memcpy(task->leads, ids, n_ids * sizeof *ids);
        task->n_leads = n_ids;
        used = lead_len;
    } else if (unit_start(value) && unit_name_fits(value, unit_name_len(value, 0))) {
        used = unit_name_len(value, 0);
        task->lead = unit_id(c, dup_range(c, value, used));
    } else {
        task->lead_note = arena_strdup(c->arena, value);
        task->show = 2;
        return 1;
    }
    /* after the lead: the supporting units, then what is left a note */
    const char *rest = value + used;
    while (*rest == ' ')
        rest++;
    rest = support_units(c, task, rest);
    if (*rest)
        task->lead_note = arena_strdup(c->arena, rest);
    return 1;
}

/* "+ Phụ trách tiêu chí:" with no assignment read after it (the lines that
 * name the units moved out from under it, s10mut 31155): the label printed
 * nothing, its words lost without a note. The task now shows its lead line
 * even so, the label alone as written, and says why in a review note. */
static void keep_empty_assign(INode *task)
{
    if (!task->expect_assign || task->n_assign_lines || task->lead || task->show)
        return;
    task->show = 2; /* show: [lead] (with due: [lead, due]) */
    if (!task->comment)
        task->comment = _("'Phụ trách tiêu chí:' is followed by no line import could read as "
                          "a unit's assignment (\"UNIT phụ trách Chỉ tiêu 19.1.\" under it): "
                          "the label is printed alone; add the task's lead or assign");
}

/* "Tiêu chí số 8 - ...": the criterion a task heading names (1..19 of the
 * national catalog), or 0. */
static int title_criterion(const char *title)
{
    const char *t = title;
    while (*t == '*' || *t == '_' || *t == ' ')
        t++;
    if (!starts_with(t, "Tiêu chí số "))
        return 0;
    int v = atoi(t + strlen("Tiêu chí số "));
    return v >= 1 && v <= 19 ? v : 0;
}

static void make_task(Ctx *c, INode *n)
{
    n->kind = IN_TASK;
    int crit = title_criterion(n->title ? n->title : "");
    if (crit) {
        n->criteria = arena_printf(c->arena, "%d", crit);
        c->plan->uses_catalog = 1;
        if (c->stats)
            c->stats->criteria++;
    }
    if (c->stats)
        c->stats->tasks++;
}

/* "1. Tiêu chí số 2 - Giao thông" then "- Cứng hóa ..." and its "+ Phụ
 * trách tiêu chí:" lines: the task under the criterion's heading works
 * for that criterion. Only up to 2025, the national catalog khgen ships
 * (QĐ 318/QĐ-TTg); a 2026 plan's criteria are those of QĐ 51/2025. */
static void parent_criterion(Ctx *c, INode *task, const INode *parent)
{
    int crit = title_criterion(parent->title ? parent->title : "");
    if (task->criteria || !crit || !c->year || c->year > 2025)
        return;
    task->criteria = arena_printf(c->arena, "%d", crit);
    c->plan->uses_catalog = 1;
    if (c->stats)
        c->stats->criteria++;
}

static void add_text(Ctx *c, INode *task, const char *text)
{
    const char **texts = arena_alloc(c->arena, (task->n_texts + 1) * sizeof *texts);
    if (task->n_texts)
        memcpy(texts, task->texts, task->n_texts * sizeof *texts);
    texts[task->n_texts++] = text;
    task->texts = texts;
}

/* The label of a task line ("Thời gian hoàn thành: Quý III/2025", "Đơn vị
 * chủ trì: ...", "Cơ quan phối hợp: ..."): 0 a deadline, 1 a lead, 2 the
 * support; -1 if the text is none. *value is set to what follows the
 * colon; *cq to 1 for the labels khgen's own task lines never print
 * ("Cơ quan ...", "... phối hợp"). */
static int line_label(const char *title, const char **value, int *cq)
{
    static const char *const labels[] = {"Thời gian thực hiện", "Thời gian hoàn thành",
                                         "Đơn vị chủ trì", "Đơn vị thực hiện",
                                         "Đơn vị phụ trách", "Phụ trách tiêu chí",
                                         "Đơn vị phối hợp", "Cơ quan chủ trì",
                                         "Cơ quan thực hiện", "Cơ quan phối hợp", NULL};
    static const int kinds[] = {0, 0, 1, 1, 1, 1, 2, 1, 1, 2};
    for (int k = 0; labels[k] && title; k++) {
        size_t l = strlen(labels[k]);
        if (strncmp(title, labels[k], l) == 0 && title[l] == ':') {
            *value = title + l + 1;
            while (**value == ' ')
                (*value)++;
            *cq = k >= 6;
            return kinds[k];
        }
    }
    return -1;
}

/* line_label of a plain paragraph (a line written without a bullet). */
static int para_line(const INode *n, const char **value)
{
    int cq;
    if (n->kind != IN_PARA || !n->title || n->n_items)
        return -1;
    return line_label(n->title, value, &cq);
}


/* The units of a line's value "A, B", each a whole unit name ("Hội Nông
 * dân xã, Hợp tác xã ...") or, after the first, a group ("Đoàn Thanh niên
 * phường, các tổ dân phố"), as ids; 0 when one is not a unit's name. */
size_t value_units(Ctx *c, const char *value, const char **ids, size_t max)
{
    size_t len = strlen(value);
    while (len && (value[len - 1] == '.' || value[len - 1] == ';'))
        len--;
    if (!len || len > 300)
        return 0;
    char *list = dup_range(c, value, len);
    const char *names[16];
    size_t n = 0;
    for (char *s = list; s && *s;) {
        char *comma = str_find(s, ", ");
        if (comma)
            *comma = '\0';
        if (n == max || n == 16 || !(unit_start(s) || (n && group_start(s))) ||
            unit_name_len(s, 1) != strlen(s))
            return 0;
        names[n++] = s;
        s = comma ? comma + 2 : NULL;
    }
    for (size_t i = 0; i < n; i++)
        ids[i] = unit_id(c, names[i]);
    return n;
}

/* The lines parent->items[first_line..end) of task b (a bullet, or the
 * untitled task of a heading), after the paragraphs [text_from,
 * first_line) of its text: each line stays a paragraph of the text, with
 * "{lead}", "{support}", "{due}" where its value is read (its final full
 * stop kept after it). */
static void take_lines(Ctx *c, INode *b, INode *parent, size_t text_from, size_t first_line,
                       size_t end)
{
    const char *value;
    for (size_t k = text_from; k < first_line; k++)
        add_text(c, b, parent->items[k]->title);
    for (size_t k = first_line; k < end; k++) {
        INode *line = parent->items[k];
        int kind = para_line(line, &value);
        size_t label_len = (size_t)(value - line->title);
        char *label = dup_range(c, line->title, label_len);
        size_t vl = strlen(value);
        while (vl && (value[vl - 1] == '.' || value[vl - 1] == ';'))
            vl--;
        const char *stop = value + vl; /* "Cơ quan chủ trì: Sở Y tế." keeps its "." */
        const char *ids[16];
        size_t n;
        const char *text = NULL;
        if (kind == 0 && !b->due) {
            int structured;
            b->due = imp_due_yaml(c, value, &structured);
            if (structured && c->stats)
                c->stats->deadlines++;
            text = arena_printf(c->arena, "%s{due}", label);
        } else if (kind == 1 && !b->lead && (n = value_units(c, value, ids, 1)) == 1) {
            b->lead = ids[0];
            text = arena_printf(c->arena, "%s{lead}%s", label, stop);
        } else if (kind == 2 && !b->n_support && (n = value_units(c, value, ids, 16)) > 0) {
            b->support = arena_alloc(c->arena, n * sizeof *b->support);
            for (size_t q = 0; q < n; q++)
                if (!b->lead || strcmp(b->lead, ids[q]) != 0)
                    b->support[b->n_support++] = ids[q];
            text = n == b->n_support ? arena_printf(c->arena, "%s{support}%s", label, stop) : NULL;
        }
        add_text(c, b, text ? text : line->title);
    }
    b->show = 1;
    b->comment = _("the lines under this task became its lead, support and deadline, "
                   "printed where they were");
    if (b->lead && c->stats)
        c->stats->tasks_lead++;
}

/* "2. Dự án 2: ..." followed by paragraphs, then "Cơ quan chủ trì: ...",
 * "Cơ quan phối hợp: ...", "Thời gian hoàn thành: ..." (no bullet): the
 * heading's paragraphs and lines are an untitled task (`label: ""`) that
 * prints them as before. Returns 1 when heading h had such lines. */
static int heading_line_task(Ctx *c, INode *h)
{
    const char *value;
    if ((h->kind != IN_CLAUSE && h->kind != IN_SUBCLAUSE && h->kind != IN_POINT) || !h->n_items)
        return 0;
    size_t first = 0;
    while (first < h->n_items && h->items[first]->kind == IN_PARA && !h->items[first]->n_items &&
           h->items[first]->title && para_line(h->items[first], &value) < 0)
        first++;
    if (first == h->n_items || para_line(h->items[first], &value) < 0)
        return 0;
    size_t end = first;
    while (end < h->n_items && para_line(h->items[end], &value) >= 0)
        end++;
    INode *task = node_new(c, IN_TASK, "");
    make_task(c, task);
    task->label = "";
    take_lines(c, task, h, 0, first, end);
    node_remove(h, 1, end - 1);
    h->items[0] = task;
    return 1;
}

/* "- Tiêu chí số 2 - Giao thông: ..." followed by plain paragraphs
 * "Thời gian hoàn thành: ...", "Đơn vị chủ trì: ...", "Đơn vị phối hợp:
 * ..." (or "Cơ quan chủ trì/phối hợp: ..."): a task whose lines the
 * document writes as paragraphs, in its own order and wording. They stay
 * paragraphs of the task's text, with the facts in their place (see
 * take_lines), and the task's lead, support and due feed the assignment
 * tables (`show: []`: no lines of khgen's own). A value that is not a unit
 * list or a deadline khgen prints the same stays written out. A numbered
 * heading whose own paragraphs end in such lines holds them as an
 * untitled task (heading_line_task). */
void para_line_tasks(Ctx *c, INode *parent)
{
    if (heading_line_task(c, parent))
        return;
    for (size_t i = 0; i < parent->n_items; i++) {
        INode *b = parent->items[i];
        const char *value;
        if (b->kind != IN_BULLET || !b->found_label || b->found_label[0] != '-' || !b->title ||
            task_line(b) >= 0)
            continue;
        size_t j = i + 1, first_line = 0;
        while (j < parent->n_items && parent->items[j]->kind == IN_PARA && !first_line) {
            if (para_line(parent->items[j], &value) >= 0)
                first_line = j;
            else
                j++;
        }
        if (!first_line)
            continue;
        size_t end = first_line;
        while (end < parent->n_items && para_line(parent->items[end], &value) >= 0)
            end++;
        make_task(c, b);
        take_lines(c, b, parent, i + 1, first_line, end);
        node_remove(parent, i + 1, end - i - 1);
    }
    for (size_t i = 0; i < parent->n_items; i++)
        if (parent->items[i]->kind != IN_TASK)
            para_line_tasks(c, parent->items[i]);
}

/* "- Triển khai nền tảng số." with "+ Cơ quan chủ trì: A.", "+ Cơ quan phối
 * hợp: B, C.", "+ Thời gian hoàn thành: Quý II năm 2025." under it: lines
 * khgen's own task lines cannot print (a support line, a "Cơ quan" label).
 * The bullet becomes a task whose lead, support and due they give, and
 * they stay its "+" items, printed as written (`show: []`). */
void plus_line_tasks(Ctx *c, INode *parent)
{
    for (size_t i = 0; i < parent->n_items; i++) {
        INode *b = parent->items[i];
        if (b->kind == IN_BULLET && b->found_label && b->found_label[0] == '-' && b->title &&
            b->n_items) {
            const char *value;
            int cq = 0, any_cq = 0, ok = 1;
            for (size_t k = 0; k < b->n_items && ok; k++) {
                INode *x = b->items[k];
                ok = x->kind == IN_BULLET && !x->n_items &&
                     line_label(x->title, &value, &cq) >= 0;
                any_cq |= ok && cq;
            }
            if (ok && any_cq) {
                make_task(c, b);
                for (size_t k = 0; k < b->n_items; k++) {
                    const char *ids[16];
                    size_t n;
                    int kind = line_label(b->items[k]->title, &value, &cq);
                    if (kind == 0 && !b->due) {
                        int structured;
                        b->due = imp_due_yaml(c, value, &structured);
                        if (structured && c->stats)
                            c->stats->deadlines++;
                    } else if (kind == 1 && !b->lead && value_units(c, value, ids, 1) == 1) {
                        b->lead = ids[0];
                    } else if (kind == 2 && !b->n_support &&
                               (n = value_units(c, value, ids, 16)) > 0) {
                        b->support = arena_alloc(c->arena, n * sizeof *b->support);
                        memcpy(b->support, ids, n * sizeof *ids);
                        b->n_support = n;
                    }
                }
                b->show = 1;
                b->comment = _("the '+' lines under this task gave its lead, support and "
                               "deadline; they print as written");
                if (b->lead && c->stats)
                    c->stats->tasks_lead++;
                continue;
            }
        }
        if (b->kind != IN_TASK)
            plus_line_tasks(c, b);
    }
}

/* The "-" bullet that ends point n ("a) ..." then "- X"), whose lines a
 * .docx prints after it at the point's level ("  X's text", "+ Đơn vị
 * thực hiện: ..."): they are its (round23 R10, seeds p12, m8: the text
 * and the lines came back beside the point, the task a bullet). NULL when
 * n is no point or ends otherwise. */
static INode *point_dash(const INode *n)
{
    if (n->kind != IN_POINT || !n->n_items)
        return NULL;
    INode *last = n->items[n->n_items - 1];
    return last->kind == IN_BULLET && last->found_label && last->found_label[0] == '-' &&
                   !last->n_items && task_line(last) < 0
               ? last
               : NULL;
}

/* An untitled task's assignments after its last line, where its lead line
 * ends the item: the paragraphs after the bullet parent->items[i] that are
 * task n's assignments, taken (round23 R2: "UNIT phụ trách Chỉ tiêu 17.12."
 * came back a task of its own, the task without its assign). */
static void trailing_assign(Ctx *c, INode *parent, size_t i, INode *n)
{
    size_t after = i + 1;
    for (; after < parent->n_items; after++) {
        INode *x = parent->items[after];
        int t = task_line(x);
        if (assign_open(n) && x->kind == IN_PARA && x->title && !x->n_items &&
            imp_assign_para(c, n, x->title))
            continue;
        /* and the task's lines after them ("+ Thời gian thực hiện: ...",
         * which a .docx prints at the item's level: round23 R10, p12) */
        if (after > i + 1 && t >= 0 && apply_task_line(c, n, x, t))
            continue;
        break;
    }
    node_remove(parent, i + 1, after - i - 1);
}

void find_tasks(Ctx *c, INode *parent)
{
    for (size_t i = 0; i < parent->n_items; i++) {
        INode *n = parent->items[i];
        /* a bullet whose own items hold the lines ("-" with its "+" lines;
         * in Markdown also a "+" with its indented lines: a sub-task) */
        if (n->kind == IN_BULLET && n->found_label &&
            (n->found_label[0] == '-' || (c->markdown && n->found_label[0] == '+'))) {
            int has = 0;
            for (size_t k = 0; k < n->n_items; k++)
                if (task_line(n->items[k]) >= 0)
                    has = 1;
            if (has) {
                make_task(c, n);
                parent_criterion(c, n, parent);
                /* its own paragraphs before its items are its text */
                size_t lead_paras = 0;
                while (lead_paras < n->n_items && n->items[lead_paras]->kind == IN_PARA &&
                       !n->items[lead_paras]->n_items)
                    add_text(c, n, n->items[lead_paras++]->title);
                node_remove(n, 0, lead_paras);
                for (size_t k = 0; k < n->n_items;) {
                    INode *x = n->items[k];
                    int t = task_line(x);
                    if (t >= 0 && apply_task_line(c, n, x, t)) {
                        node_remove(n, k, 1);
                    } else if (assign_open(n) && x->kind == IN_PARA && x->title &&
                               !x->n_items && imp_assign_para(c, n, x->title)) {
                        node_remove(n, k, 1);
                    } else if (assign_open(n) && !n->assign_note && x->kind == IN_PARA &&
                               x->title && !x->n_items && k + 1 < n->n_items &&
                               task_line(n->items[k + 1]) >= 0) {
                        n->assign_note = x->title;
                        node_remove(n, k, 1);
                    } else {
                        k++;
                    }
                }
                trailing_assign(c, parent, i, n);
                keep_empty_assign(n);
                if (n->lead && c->stats)
                    c->stats->tasks_lead++;
                find_tasks(c, n); /* its sub-tasks */
                continue;
            }
        }
        if (task_line(n) < 0)
            continue;
        /* lines after a bullet and its paragraphs */
        size_t j = i;
        int found = 0;
        INode *nested = NULL;
        while (j > 0) {
            INode *prev = parent->items[j - 1];
            if ((prev->kind == IN_BULLET && prev->found_label && prev->found_label[0] == '-' &&
                 task_line(prev) < 0) || (nested = point_dash(prev)) != NULL) {
                found = 1;
                j--;
                break;
            }
            if (prev->kind == IN_PARA || (prev->kind == IN_BULLET && task_line(prev) < 0))
                j--;
            else
                break;
        }
        if (!found)
            continue;
        INode *task = nested ? nested : parent->items[j];
        make_task(c, task);
        parent_criterion(c, task, nested ? parent->items[j] : parent);
        size_t k = j + 1;
        INode *moved = node_new(c, IN_PARA, NULL);
        for (; k < i; k++) {
            INode *x = parent->items[k];
            if (x->kind == IN_PARA && !moved->n_items)
                add_text(c, task, x->title);
            else {
                if (x->kind == IN_BULLET)
                    x->marker = NULL, x->found_label = NULL;
                node_add(c, moved, x);
            }
        }
        for (size_t q = 0; q < moved->n_items; q++)
            node_add(c, task, moved->items[q]);
        for (; k < parent->n_items; k++) {
            INode *x = parent->items[k];
            if (task_line(x) >= 0) {
                if (!apply_task_line(c, task, x, task_line(x)))
                    break; /* kept among the task's items, below */
            } else if (assign_open(task) && x->kind == IN_PARA && x->title &&
                       imp_assign_para(c, task, x->title)) {
                continue;
            } else if (assign_open(task) && !task->assign_note && x->kind == IN_PARA &&
                       x->title && k + 1 < parent->n_items &&
                       task_line(parent->items[k + 1]) >= 0) {
                task->assign_note = x->title; /* "Các Đoàn thể xã hỗ trợ ..." */
            } else {
                break;
            }
        }
        keep_empty_assign(task);
        /* "+" items after the lines are the task's own (khgen prints a
         * task's lines before its items when one of them is a task) */
        size_t own = k;
        for (; k < parent->n_items && parent->items[k]->kind == IN_BULLET &&
               parent->items[k]->found_label && parent->items[k]->found_label[0] == '+';
             k++)
            node_add(c, task, parent->items[k]);
        if (k > own)
            find_tasks(c, task);
        if (task->lead && c->stats)
            c->stats->tasks_lead++;
        node_remove(parent, j + 1, k - j - 1);
        i = j;
    }
    for (size_t i = 0; i < parent->n_items; i++)
        if (parent->items[i]->kind != IN_TASK)
            find_tasks(c, parent->items[i]);
}

static size_t named_units(Ctx *c, char *head, const char **ids, size_t max);

/* "Sở Kế hoạch và Đầu tư, Sở Tài chính: Hướng dẫn ...": the units named
 * before the colon, when every name is a unit's. Returns their number
 * (0 if the text does not start so); ids into ids[max]. */
static size_t leading_units(Ctx *c, const char *text, const char **ids, size_t max)
{
    const char *colon = str_find(text, ": ");
    if (!colon || colon - text > 200)
        return 0;
    return named_units(c, dup_range(c, text, (size_t)(colon - text)), ids, max);
}

/* "Sở Kế hoạch và Đầu tư, Sở Tài chính": the units of a list of whole unit
 * names (head is cut at the commas), as ids; 0 when a name is not a
 * unit's or there are more than max. */
static size_t named_units(Ctx *c, char *head, const char **ids, size_t max)
{
    const char *names[8];
    size_t n = 0;
    for (char *s = head; s && *s && n < 8;) {
        char *comma = str_find(s, ", ");
        char *and_group = str_find(s, " và các "); /* "Ủy ban MTTQ tỉnh và các tổ chức ..." */
        char *next = NULL;
        if (and_group && (!comma || and_group < comma)) {
            *and_group = '\0';
            next = and_group + strlen(" và ");
        } else if (comma) {
            *comma = '\0';
            next = comma + 2;
        }
        if (!(unit_start(s) || (n && group_start(s))) || unit_name_len(s, 1) != strlen(s))
            return 0;
        names[n++] = s;
        s = next;
    }
    if (n == 0 || n > max)
        return 0;
    for (size_t i = 0; i < n; i++)
        ids[i] = unit_id(c, names[i]);
    return n;
}

/* Whether t, the words after a ", " in a list of units, go on the name
 * before it (prev) rather than name a unit of their own: "các Phòng" +
 * "Ban" + "ngành có liên quan" are one name; so are "UBND các xã" + "thị
 * trấn" (or "phường"), "Sở Văn hóa" + "Thể thao và Du lịch", "Trung tâm
 * Văn hóa" + "Thông tin - Thể thao và Du lịch huyện" (capitalised words
 * that begin no unit) and "Ban Chỉ huy Phòng" + "chống thiên tai ..."
 * ("phòng, chống": against). One decision for a sentence's list
 * (unit_list) and a task's "phối hợp với" line (support_units), which
 * split at every comma: "Sở Văn hóa, Thể thao và Du lịch" stayed words
 * (s43user F12). */
static int continues_name(const char *prev, const char *t)
{
    size_t p = strlen(prev), pl = strlen(" Phòng");
    int against = p > pl && starts_with(t, "chống ") &&
                  (strcmp(prev + p - pl, " Phòng") == 0 || strcmp(prev + p - pl, " phòng") == 0);
    return (group_start(prev) && group_word(t)) || place_words_only(t) || against ||
           (upper_initial(t) && !unit_start(t) && !group_start(t));
}

/* The unit names of a list "A, B" at the start of s, up to where what they
 * do begins; each must start like a unit ("Phòng ", "UBND ", ...) or a
 * group ("các cơ quan, đơn vị liên quan", kept as one name) and be short;
 * " và các ..." starts another name. Returns the count (0 when the list
 * does not parse) and sets *end to the first byte after the list. */
static size_t unit_list(Ctx *c, const char *s, const char **names, size_t max, const char **end)
{
    static const char *const verbs[] = {" căn cứ", " đôn đốc", " phân công", " chủ động",
                                        " rà soát", " theo dõi", " tăng cường", " tuyên truyền",
                                        " triển khai", " kiểm tra", " báo cáo", " xây dựng kế hoạch",
                                        " tổ chức thực hiện", " tổ chức triển khai",
                                        " tổ chức tuyên truyền", " đề xuất",
                                        " vận động", " tập trung",
                                        " thẩm định", " phân bổ", " bố trí", " tổng hợp",
                                        " chịu trách nhiệm", " hoàn thành", " nghiên cứu",
                                        " lồng ghép", " cung cấp", " tiến hành",
                                        " trong quá trình", " trong việc", " trong công tác",
                                        " để ", " số hóa", " chi trả", " sử dụng", " niêm yết",
                                        " sắp xếp", " cập nhật", " đối chiếu", " giải ngân",
                                        " nâng cấp", NULL};
    static WordSet verb_set = {verbs, 0, {0}, {0}, {0}};
    size_t len = word_first(&verb_set, s, unit_name_len(s, 0));
    if (len == strlen(s) || len > 200)
        return 0;
    char *list = dup_range(c, s, len);
    size_t n = 0;
    for (char *t = list; t && *t;) {
        char *comma = str_find(t, ", ");
        char *and_group = str_find(t, " và các ");
        char *next = NULL;
        if (and_group && (!comma || and_group < comma)) {
            *and_group = '\0';
            next = and_group + strlen(" và "); /* the next name starts at "các" */
        } else if (comma) {
            *comma = '\0';
            next = comma + 2;
        }
        if (n && continues_name(names[n - 1], t)) {
            names[n - 1] = arena_printf(c->arena, "%s, %s", names[n - 1], t);
            t = next;
            continue;
        }
        size_t words = 1;
        for (const char *w = t; *w; w++)
            words += *w == ' ';
        if (n == max || !(unit_start(t) || group_start(t)) || words > 16 || strlen(t) < 4)
            return 0;
        names[n++] = t;
        t = next;
    }
    *end = s + len;
    return n;
}

/* "... phối hợp với A, B tham mưu ...": the units after "phối hợp với" in a
 * task's sentence become its support (those that are not already its
 * leads). The printed text is not changed. */
static void sentence_support(Ctx *c, INode *task, const char *text)
{
    static const char *const joins[] = {"phối hợp với ", "Phối hợp với ",
                                        "phối hợp chặt chẽ với ", "Phối hợp chặt chẽ với ", NULL};
    const char *at = NULL;
    size_t skip = 0;
    for (int k = 0; joins[k] && !at; k++)
        if ((at = str_find(text, joins[k])))
            skip = strlen(joins[k]);
    if (!at || task->n_support)
        return;
    const char *sup[16], *send = NULL;
    size_t m = unit_list(c, at + skip, sup, 16, &send);
    if (!m)
        return;
    task->support = arena_alloc(c->arena, m * sizeof *task->support);
    for (size_t k = 0; k < m; k++) {
        const char *id = unit_id(c, sup[k]);
        int dup = task->lead && strcmp(task->lead, id) == 0;
        for (size_t q = 0; q < task->n_leads; q++)
            dup |= strcmp(task->leads[q], id) == 0;
        for (size_t q = 0; q < task->n_support; q++)
            dup |= strcmp(task->support[q], id) == 0;
        if (!dup)
            task->support[task->n_support++] = id;
    }
}

/* "3. Giao Phòng A chủ trì, phối hợp với Phòng B, Văn phòng C tham mưu
 * ...", "UBND các xã: ...", "Căn cứ ..., các Phòng, Ban, ngành có liên
 * quan chủ động ...", "Cơ quan A (Phòng Nội vụ) phối hợp với ...": an
 * assignment written as one sentence, as an untitled task printing the
 * same sentence, whose lead is the unit named first (several: joint
 * leads; a bracket after it is part of the sentence, not of the name) and
 * whose support the units after "phối hợp với". Outside the implementation
 * section (strict) only a sentence that says it assigns counts: "Giao
 * ...", "Đề nghị ...", or a unit that "chủ trì", "phối hợp", "là cơ quan
 * ...". NULL when the sentence is no assignment. */
static INode *duty_task(Ctx *c, const char *sentence, int strict)
{
    const char *t = sentence;
    static const char *const asks[] = {"Giao cho ", "Giao ", "Đề nghị ", "Yêu cầu ", NULL};
    int asked = 0;
    for (int k = 0; asks[k]; k++)
        if (starts_with(t, asks[k])) {
            t += strlen(asks[k]);
            asked = 1;
            break;
        }
    /* "Căn cứ nội dung Kế hoạch này, các Phòng ...": the units follow the
     * first comma that starts a unit's name */
    if (starts_with(t, "Căn cứ ") || starts_with(t, "Trên cơ sở ")) {
        const char *comma = t;
        while ((comma = str_find(comma, ", ")) && !unit_start(comma + 2) && !group_start(comma + 2))
            comma += 2;
        if (!comma || comma - t > 300)
            return NULL;
        t = comma + 2;
    }
    const char *names[8], *end = NULL;
    size_t n = unit_list(c, t, names, 8, &end);
    if (!n)
        return NULL;
    /* "Các thôn Đội 1, Đội 2, Khởi Hạ tổ chức ...": the villages together are
     * the lead ("Các thôn"), their names places of the text */
    static const char *const place_groups[] = {"Các thôn ", "các thôn ", "Các xã ", "các xã ",
                                               "Các bản ", "các bản ", "Các tổ dân phố ",
                                               "các tổ dân phố ", NULL};
    for (int k = 0; place_groups[k]; k++)
        if (starts_with(names[0], place_groups[k]) &&
            upper_initial(names[0] + strlen(place_groups[k]))) {
            names[0] = dup_range(c, names[0], strlen(place_groups[k]) - 1);
            n = 1;
            break;
        }
    const char *rest = end;
    if (starts_with(rest, " (") && strchr(rest, ')'))
        rest = strchr(rest, ')') + 1; /* "(Phòng Nội vụ)" after the name */
    static const char *const says[] = {" chủ trì", " phối hợp", " là cơ quan", " là đơn vị",
                                       " có trách nhiệm", " chịu trách nhiệm", NULL};
    int says_so = asked;
    for (int k = 0; says[k] && !says_so; k++)
        says_so = starts_with(rest, says[k]);
    if (strict && !says_so)
        return NULL;
    INode *task = node_new(c, IN_TASK, "");
    add_text(c, task, sentence);
    task->label = ""; /* no bullet: the heading's label is its label */
    const char *ids[8];
    for (size_t k = 0; k < n; k++)
        ids[k] = unit_id(c, names[k]);
    task->lead = ids[0];
    if (n > 1) {
        task->leads = arena_alloc(c->arena, n * sizeof *task->leads);
        memcpy(task->leads, ids, n * sizeof *ids);
        task->n_leads = n;
    }
    if (starts_with(rest, " chủ trì, "))
        rest += strlen(" chủ trì, ");
    else if (starts_with(rest, " chủ trì "))
        rest += strlen(" chủ trì ");
    sentence_support(c, task, rest); /* "... chủ động phối hợp với A, B ..." */
    task->show = 1;
    if (c->stats)
        c->stats->tasks++, c->stats->tasks_lead++;
    return task;
}

/* The note of a task inferred from a sentence, naming its lead (the first
 * of joint leads) and, with support, the units after "phối hợp với". */
static const char *inferred_task(Ctx *c, int joint, int support, const char *lead)
{
    return arena_printf(
        c->arena,
        joint ? (support ? _("a task inferred from this sentence: joint leads, the first '%s' "
                             "and the units after 'phối hợp với' as support")
                         : _("a task inferred from this sentence: joint leads, the first '%s'"))
              : (support ? _("a task inferred from this sentence: lead '%s' and the units after "
                             "'phối hợp với' as support")
                         : _("a task inferred from this sentence: lead '%s'")),
        lead);
}

/* A numbered heading (clause, sub-clause, point) that is one plain
 * sentence of assignment keeps its number and lends it to the task
 * (`clause: ""` / `point: ""` whose first item is the untitled task with
 * `label: ""`, printing the same sentence). Only plain headings without a
 * text of their own and with nothing but paragraphs under them. */
static void sentence_task(Ctx *c, INode *cl, int strict)
{
    if ((cl->kind != IN_CLAUSE && cl->kind != IN_SUBCLAUSE && cl->kind != IN_POINT) ||
        !cl->title || cl->text || cl->found_bold || cl->found_italic)
        return;
    for (size_t k = 0; k < cl->n_items; k++)
        if (cl->items[k]->kind != IN_PARA)
            return;
    INode *task = duty_task(c, cl->title, strict);
    if (!task)
        return;
    INode **items = arena_alloc(c->arena, (cl->n_items + 1) * sizeof *items);
    items[0] = task;
    if (cl->n_items)
        memcpy(items + 1, cl->items, cl->n_items * sizeof *items);
    cl->items = items;
    cl->n_items++;
    cl->cap_items = cl->n_items;
    cl->title = "";
    cl->found_bold = 1; /* an empty title: no `style` to write */
    cl->comment = inferred_task(c, task->n_leads > 1, task->n_support > 0, task->lead);
}

/* "- Giao Phòng Tư pháp chủ trì, phối hợp với ... ; thời gian: ...": a
 * bullet that is one sentence of assignment becomes that task, printed
 * with its bullet as before. */
static void sentence_bullet(Ctx *c, INode *b, int strict)
{
    if (b->kind != IN_BULLET || !b->title || !*b->title || task_line(b) >= 0 || b->n_items)
        return;
    INode *task = duty_task(c, b->title, strict);
    if (!task)
        return;
    b->kind = IN_TASK;
    add_text(c, b, b->title);
    b->title = "";
    b->lead = task->lead;
    b->leads = task->leads;
    b->n_leads = task->n_leads;
    b->support = task->support;
    b->n_support = task->n_support;
    b->show = 1;
    b->comment = inferred_task(c, 0, b->n_support > 0, b->lead);
}

/* Sentence openings that look like a unit's name and are none ("Ban hành
 * quy chế", "Phòng, chống dịch", "Trường hợp ...", "Hội nghị ..."). */
static const char *const not_units[] = {"Ban hành", "Phòng, chống", "Phòng chống", "Phòng ngừa",
                                        "Phòng cháy", "Trường hợp", "Hội nghị", "Hội thi",
                                        "Hội thảo", "Hội diễn", "Bảo hiểm y tế", "Đoàn kết",
                                        "Trưởng thành", "Cán bộ, ", "Các ", "Thủ trưởng các ",
                                        "Thường trực ", NULL};

/* An unnumbered bullet or paragraph of a section of tasks that starts with
 * one unit's own name (not a group, "Các sở, ban, ngành") and goes on with
 * what it does in lower case ("- Sở Y tế triển khai hồ sơ sức khỏe điện tử
 * ...", "Phòng Nội vụ theo dõi, đôn đốc ..."): an assignment though it
 * says neither "chủ trì" nor "phối hợp", a task printed as before (a
 * paragraph with `label: ""`). */
static void unit_sentence(Ctx *c, INode *n)
{
    if ((n->kind != IN_BULLET && n->kind != IN_PARA) || !n->title || n->n_items ||
        task_line(n) >= 0 || n->found_bold || n->found_italic || !unit_start(n->title))
        return;
    for (int k = 0; not_units[k]; k++)
        if (starts_with(n->title, not_units[k]))
            return;
    const char *names[8], *end = NULL;
    size_t m = unit_list(c, n->title, names, 8, &end);
    if (m == 0 || group_start(names[0]) || end[0] != ' ' || upper_initial(end + 1) ||
        !((end[1] >= 'a' && end[1] <= 'z') || (unsigned char)end[1] >= 0xC3))
        return;
    int para = n->kind == IN_PARA;
    n->kind = IN_BULLET;
    sentence_bullet(c, n, 0);
    if (n->kind != IN_TASK) {
        n->kind = para ? IN_PARA : IN_BULLET;
        return;
    }
    if (para)
        n->label = "";
}

/* Sections of tasks ("NHIỆM VỤ", "GIẢI PHÁP", "TỔ CHỨC THỰC HIỆN"): their
 * unnumbered sentences naming a unit first, at any depth (unit_sentence). */
void unit_sentences(Ctx *c, INode *parent, int in_tasks)
{
    for (size_t i = 0; i < parent->n_items; i++) {
        INode *n = parent->items[i];
        if (n->kind == IN_TASK)
            continue;
        int tasks = in_tasks;
        if ((n->kind == IN_SECTION || n->kind == IN_PART) && n->title) {
            Buf up = {0};
            bare_upper(&up, n->title);
            tasks = up.len && (str_find(up.data, "NHIỆM VỤ") || str_find(up.data, "GIẢI PHÁP") ||
                               str_find(up.data, "TỔ CHỨC THỰC HIỆN"));
            buf_free(&up);
        }
        if (in_tasks)
            unit_sentence(c, n);
        if (n->kind != IN_TASK)
            unit_sentences(c, n, tasks);
    }
}

/* Outside the implementation section, assignments written as sentences
 * of bullets and numbered headings ("- Giao Phòng Tư pháp chủ trì, ...",
 * "a) Công an phường chủ trì ...") become tasks; once one item of a list
 * is, its siblings that start with a unit are too ("b) Ban Chỉ huy Quân sự
 * phường lập danh sách ..."). The implementation section itself was read
 * by assignment_tasks(). */
void duty_sentences(Ctx *c, INode *parent)
{
    int tasks = 0;
    for (int strict = 1; strict >= 0; strict--) {
        for (size_t i = 0; i < parent->n_items && (strict || tasks); i++) {
            INode *n = parent->items[i];
            if (n->kind == IN_TASK)
                continue;
            sentence_bullet(c, n, strict);
            if (n->kind != IN_TASK)
                sentence_task(c, n, strict);
            tasks += n->kind == IN_TASK || (n->n_items && n->items[0]->kind == IN_TASK &&
                                            n->title && !*n->title);
        }
    }
    for (size_t i = 0; i < parent->n_items; i++) {
        INode *n = parent->items[i];
        if (n->kind == IN_TASK)
            continue;
        if (n->kind == IN_SECTION && n->title) {
            Buf up = {0};
            bare_upper(&up, n->title);
            int org = up.len && str_find(up.data, "TỔ CHỨC THỰC HIỆN");
            buf_free(&up);
            if (org)
                continue;
        }
        if (n->n_items && n->items[0]->kind == IN_TASK && n->title && !*n->title)
            continue;
        duty_sentences(c, n);
    }
}

static void unit_colon_tasks(Ctx *c, INode *parent)
{
    for (size_t i = 0; i < parent->n_items; i++) {
        INode *b = parent->items[i];
        if (b->kind == IN_BULLET && b->title && task_line(b) < 0) {
            const char *ids[8];
            size_t n = leading_units(c, b->title, ids, 8);
            if (n) {
                b->kind = IN_TASK;
                add_text(c, b, b->title);
                b->title = "";
                b->lead = ids[0];
                if (n > 1) {
                    b->leads = arena_alloc(c->arena, n * sizeof *b->leads);
                    memcpy(b->leads, ids, n * sizeof *ids);
                    b->n_leads = n;
                    b->comment = _("joint leads: the units named before the colon");
                }
                b->show = 1;
                if (c->stats)
                    c->stats->tasks++, c->stats->tasks_lead++;
                continue;
            }
        }
        if (b->kind != IN_TASK)
            unit_colon_tasks(c, b);
    }
}

/* Clauses of "TỔ CHỨC THỰC HIỆN" named after a unit: the unit's bullets are
 * its tasks. */
void assignment_tasks(Ctx *c, INode *root)
{
    for (size_t i = 0; i < root->n_items; i++) {
        INode *sec = root->items[i];
        if ((sec->kind != IN_SECTION && sec->kind != IN_PART) || !sec->title)
            continue;
        Buf up = {0};
        bare_upper(&up, sec->title);
        int org = up.len && str_find(up.data, "TỔ CHỨC THỰC HIỆN");
        buf_free(&up);
        if (!org && sec->kind == IN_PART)
            assignment_tasks(c, sec); /* "Phần thứ ba": its sections */
        if (!org)
            continue;
        unit_colon_tasks(c, sec);
        for (size_t k = 0; k < sec->n_items; k++) {
            INode *cl = sec->items[k];
            sentence_task(c, cl, 0);
            for (size_t q = 0; q < cl->n_items; q++)
                sentence_task(c, cl->items[q], 0);
            if ((cl->kind != IN_CLAUSE && cl->kind != IN_SUBCLAUSE) || !cl->title || !cl->n_items)
                continue;
            const char *t = cl->title;
            while (*t == '*' || *t == '_')
                t++;
            if (starts_with(t, "Giao "))
                t += strlen("Giao ");
            else if (starts_with(t, "Đề nghị "))
                t += strlen("Đề nghị ");
            if (!unit_start(t))
                continue;
            size_t nlen = unit_name_len(t, 1);
            while (nlen && (t[nlen - 1] == '*' || t[nlen - 1] == '_'))
                nlen--;
            if (nlen < 4 || !unit_name_fits(t, nlen))
                continue;
            int made = 0;
            const char *id = NULL, *joint[8];
            size_t n_joint = 0;
            /* the unit's tasks are its bullets; a unit whose duties are
             * written as paragraphs ("4. Phòng Tài chính - Kế hoạch" then
             * "Phối hợp với ...") has them as tasks printed without a
             * bullet (`label: ""`); a bracketed note is not a duty */
            int bullets = 0;
            for (size_t q = 0; q < cl->n_items; q++)
                bullets += cl->items[q]->kind == IN_BULLET;
            for (size_t q = 0; q < cl->n_items; q++) {
                INode *b = cl->items[q];
                int para = !bullets && b->kind == IN_PARA && b->title && b->title[0] != '(' &&
                           b->title[0] != '*' && b->title[0] != '_';
                if (!para && (b->kind != IN_BULLET || task_line(b) >= 0 || !b->title ||
                              !*b->title || has_task_lines(b) || task_lines_follow(cl, q)))
                    continue;
                if (!id) {
                    /* "2. Sở Kế hoạch và Đầu tư, Sở Tài chính": joint leads */
                    n_joint = named_units(c, dup_range(c, t, nlen), joint, 8);
                    id = n_joint > 1 ? joint[0] : unit_id(c, dup_range(c, t, nlen));
                }
                b->kind = IN_TASK;
                add_text(c, b, b->title);
                if (para)
                    b->label = "";
                b->title = "";
                b->lead = id;
                if (n_joint > 1) {
                    b->leads = arena_alloc(c->arena, n_joint * sizeof *b->leads);
                    memcpy(b->leads, joint, n_joint * sizeof *joint);
                    b->n_leads = n_joint;
                }
                sentence_support(c, b, b->texts[0]);
                b->show = 1;
                made++;
                if (c->stats)
                    c->stats->tasks++, c->stats->tasks_lead++;
            }
            if (made)
                cl->comment = arena_printf(
                    c->arena,
                    n_joint > 1 ? i18n_ntr("joint leads, the first '%s' and its %d task were "
                                           "inferred from this heading",
                                           "joint leads, the first '%s' and its %d tasks were "
                                           "inferred from this heading", (unsigned long)made)
                                : i18n_ntr("unit '%s' and its %d task were inferred from this "
                                           "heading",
                                           "unit '%s' and its %d tasks were inferred from this "
                                           "heading", (unsigned long)made),
                    id, made);
        }
    }
}
