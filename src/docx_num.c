/* docx_num.c - the numbers Word prints before the paragraphs of a list
 * (import of a .docx: import_docx.c asks for each numbered paragraph's label).
 *
 * word/numbering.xml holds abstract lists (w:abstractNum: per level a
 * start, a format - decimal, upperRoman, lowerLetter, bullet - and a text
 * such as "%1.%2.") and list instances (w:num) that each name one. The
 * counting follows ECMA-376 17.9 as Word and LibreOffice number: the
 * counters belong to the abstract list, so every instance naming it
 * continues the same numbers (two w:num of one w:abstractNum number 1, 2,
 * then 3, 4); a level restarts at its w:start when a higher level
 * advances; an instance's w:lvlOverride/w:startOverride restarts its level
 * at that value at the instance's first item on that level, and the
 * counting goes on from there for every instance (LibreOffice writes a list
 * that restarts at 3 under a section as an instance with a startOverride
 * for its first item and the plain instance for the next: 3, then 4; it
 * was counted per instance, 3 then 1); an override carrying a whole
 * w:lvl gives the instance that level's format and text. A list made with
 * a list style (Word's "Define New List Style") is an abstract list that
 * holds only w:numStyleLink naming the style; its levels, and so its
 * counters, are those of the abstract list whose w:styleLink names the
 * same style (ECMA-376 17.9.21, 17.9.27: they were read as no levels at
 * all, every label lost). A level with w:isLgl (legal numbering, 17.9.4)
 * prints every number of its text in Arabic digits ("1.1." under "I."),
 * and a level's w:lvlRestart (17.9.11) says after which items it starts
 * again (0: never), as the standard says and Word numbers; LibreOffice
 * ignores both. A level whose number is hidden text (w:vanish in its
 * w:rPr) is counted and shows no number, as Word shows it (LibreOffice
 * 7.4 prints the number); one in All Caps or small capitals (w:caps,
 * w:smallCaps there) shows its number in capitals, "I." of a lowerRoman
 * level, as a run's capitals are read (docx_run_caps). Checked against LibreOffice's text
 * export of generated documents (tests/hardening/leftovers12.sh,
 * attack14.sh).
 *
 * A paragraph may name a level its list does not define (w:ilvl 3 of an
 * abstract list with levels 0-2 only), or a w:num whose abstract list is
 * not in the file: LibreOffice numbers such an item "1.", "2.", counted
 * like any other level (an instance with no abstract list has counters of
 * its own), and so does import, the reader writing a review note on the
 * label (docx_num_undefined): ECMA-376 and Microsoft's notes on Word
 * ([MS-OI29500]) say nothing of what Word shows there. They were read with
 * no label at all (session 16).
 *
 * ECMA-376 allows levels 0-8 (w:ilvl); LibreOffice has ten, and shows a
 * w:ilvl of 9 as its tenth level (a w:lvl of level 9 in numbering.xml is
 * read, else the level is undefined as above: "1.", "2.") and any larger
 * w:ilvl as level 0, counting on with the list's first level (soffice
 * --convert-to txt, tests/hardening/docx17.sh). So does import
 * (docx_num_level), the reader writing a review note on each: they were
 * read with no label at all (session 17).
 *
 * Lists are looked up once per numbered paragraph, by binary search over
 * arrays sorted by id (a linear scan made a document of many lists
 * quadratic: 160,000 w:num took 20 s).
 */
#include "docx_num.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "docx_run.h"
#include "docx_tree.h"
#include "vi.h"

#define MAX_LEVELS 10 /* LibreOffice's levels: ECMA-376's 0-8 and a tenth */

typedef struct Level {
    int start;
    int restart; /* w:lvlRestart: -1 none, 0 never, N after an item of level N (1-based) */
    int legal;   /* w:isLgl: every number of its text in Arabic digits */
    int defined; /* 1: the file defines it (a w:lvl); 0: LibreOffice's default */
    int hidden;  /* its number hidden text (w:rPr/w:vanish): Word shows none */
    int caps;    /* its number in capitals (w:rPr/w:caps, w:smallCaps): "I." for "i." */
    char fmt[24];
    char text[48];
} Level;

/* A list's counters: the last number given on each level, and whether the
 * level has begun (0: it starts again at its next item). */
typedef struct Counters {
    int count[MAX_LEVELS];
    int used[MAX_LEVELS];
} Counters;

typedef struct Abstract {
    int id;
    size_t order;          /* its place in numbering.xml */
    Level lvl[MAX_LEVELS];
    Counters c;
    char style_link[64];     /* w:styleLink: the list style it defines */
    char num_style_link[64]; /* w:numStyleLink: the list style it takes */
    long link;               /* the index of the abstract list defining that style, or -1 */
} Abstract;

typedef struct Num {
    int id;
    size_t order; /* its place in numbering.xml */
    int abstract;
    int start_override[MAX_LEVELS]; /* -1 none, or applied already */
    int lvl_override[MAX_LEVELS];   /* -1 none, or its index in DocxNumbering.ovl */
    Counters *own; /* its abstract list missing: its own counters (malloc'd at its first item) */
} Num;

struct DocxNumbering {
    Abstract *abs;
    size_t n_abs;
    Num *nums;
    size_t n_nums;
    Level *ovl; /* the levels of w:lvlOverride/w:lvl, all instances' */
    size_t n_ovl, cap_ovl;
    Level none[MAX_LEVELS]; /* the levels of a list whose abstract list is missing */
};

/* Word keeps a list's numbers within 0..32767; a damaged file's start of
 * INT_MAX or INT_MIN is clamped, so counting on from it cannot overflow. */
enum { NUMBER_MAX = 32767 };

static int clamp_number(int n)
{
    return n < 0 ? 0 : n > NUMBER_MAX ? NUMBER_MAX : n;
}

static void read_level(const xmlNode *lvl_node, Level *lvl)
{
    lvl->start = clamp_number(docx_attr_int(docx_child(lvl_node, "start"), "val", 1));
    int restart = docx_attr_int(docx_child(lvl_node, "lvlRestart"), "val", -1);
    lvl->restart = restart < 0 || restart > MAX_LEVELS ? -1 : restart;
    lvl->legal = docx_toggle_on(docx_child(lvl_node, "isLgl"));
    lvl->defined = 1;
    lvl->hidden = docx_toggle_on(docx_child(docx_child(lvl_node, "rPr"), "vanish"));
    lvl->caps = docx_run_caps(docx_child(lvl_node, "rPr"), 0) > 0;
    char *fmt = docx_attr(docx_child(lvl_node, "numFmt"), "val");
    char *text = docx_attr(docx_child(lvl_node, "lvlText"), "val");
    snprintf(lvl->fmt, sizeof lvl->fmt, "%s", fmt ? fmt : "decimal");
    snprintf(lvl->text, sizeof lvl->text, "%s", text ? text : "");
    if (fmt)
        xmlFree(fmt);
    if (text)
        xmlFree(text);
}

/* A level the file does not define: start 1, decimal, no text (the label
 * docx_num_label gives it is LibreOffice's: level_label). */
static void undefined_level(Level *lvl)
{
    memset(lvl, 0, sizeof *lvl);
    lvl->start = 1;
    lvl->restart = -1;
    strcpy(lvl->fmt, "decimal");
}

static void read_abstract(const xmlNode *c, DocxNumbering *nb, size_t *cap)
{
    if (nb->n_abs == *cap) {
        *cap = *cap ? *cap * 2 : 16;
        nb->abs = xrealloc(nb->abs, *cap * sizeof *nb->abs);
    }
    Abstract *a = &nb->abs[nb->n_abs++];
    memset(a, 0, sizeof *a);
    a->id = docx_attr_int(c, "abstractNumId", -1);
    a->order = nb->n_abs;
    a->link = -1;
    for (int k = 0; k < MAX_LEVELS; k++)
        undefined_level(&a->lvl[k]);
    for (const char *const *key = (const char *const[]){"styleLink", "numStyleLink", NULL}; *key; key++) {
        char *v = docx_attr(docx_child(c, *key), "val");
        snprintf(**key == 's' ? a->style_link : a->num_style_link, sizeof a->style_link, "%s",
                 v ? v : "");
        if (v)
            xmlFree(v);
    }
    for (const xmlNode *l = c->children; l; l = l->next)
        if (docx_is(l, "lvl")) {
            int ilvl = docx_attr_int(l, "ilvl", -1);
            if (ilvl >= 0 && ilvl < MAX_LEVELS)
                read_level(l, &a->lvl[ilvl]);
        }
}

static void read_num(const xmlNode *c, DocxNumbering *nb, size_t *cap)
{
    if (nb->n_nums == *cap) {
        *cap = *cap ? *cap * 2 : 16;
        nb->nums = xrealloc(nb->nums, *cap * sizeof *nb->nums);
    }
    Num *m = &nb->nums[nb->n_nums++];
    memset(m, 0, sizeof *m);
    m->id = docx_attr_int(c, "numId", -1);
    m->order = nb->n_nums;
    m->abstract = docx_attr_int(docx_child(c, "abstractNumId"), "val", -1);
    for (int k = 0; k < MAX_LEVELS; k++)
        m->start_override[k] = m->lvl_override[k] = -1;
    for (const xmlNode *o = c->children; o; o = o->next) {
        int ilvl = docx_is(o, "lvlOverride") ? docx_attr_int(o, "ilvl", -1) : -1;
        if (ilvl < 0 || ilvl >= MAX_LEVELS)
            continue;
        const xmlNode *so = docx_child(o, "startOverride"), *lvl = docx_child(o, "lvl");
        if (so)
            m->start_override[ilvl] = clamp_number(docx_attr_int(so, "val", 1));
        if (lvl) { /* the level's format and text for this instance */
            if (nb->n_ovl == nb->cap_ovl) {
                nb->cap_ovl = nb->cap_ovl ? nb->cap_ovl * 2 : 8;
                nb->ovl = xrealloc(nb->ovl, nb->cap_ovl * sizeof *nb->ovl);
            }
            read_level(lvl, &nb->ovl[nb->n_ovl]);
            m->lvl_override[ilvl] = (int)nb->n_ovl++;
        }
    }
}

static int cmp_abstract(const void *a, const void *b)
{
    const Abstract *x = a, *y = b;
    return x->id != y->id ? (x->id < y->id ? -1 : 1) : (x->order > y->order) - (x->order < y->order);
}

static int cmp_num(const void *a, const void *b)
{
    const Num *x = a, *y = b;
    return x->id != y->id ? (x->id < y->id ? -1 : 1) : (x->order > y->order) - (x->order < y->order);
}

/* By id, file order among equal ids; skipped when the file has them in
 * order, as Word writes them (a record is up to 800 bytes: sorting
 * 160,000 lists already in order cost 0.45 billion instructions). */
static void sort_numbering(DocxNumbering *nb)
{
    size_t a = 1, m = 1;
    while (a < nb->n_abs && nb->abs[a - 1].id <= nb->abs[a].id)
        a++;
    if (a < nb->n_abs)
        qsort(nb->abs, nb->n_abs, sizeof *nb->abs, cmp_abstract);
    while (m < nb->n_nums && nb->nums[m - 1].id <= nb->nums[m].id)
        m++;
    if (m < nb->n_nums)
        qsort(nb->nums, nb->n_nums, sizeof *nb->nums, cmp_num);
}

/* Each abstract list that takes its levels from a list style
 * (w:numStyleLink) gets the index of the one defining that style
 * (w:styleLink; the first in file order), found through a set of the
 * styles' names: one pass each way, whatever the number of lists. */
static void link_styles(DocxNumbering *nb)
{
    StrSet defined = {0};
    for (size_t i = 0; i < nb->n_abs; i++)
        if (nb->abs[i].style_link[0] && !nb->abs[i].num_style_link[0])
            strset_add(&defined, nb->abs[i].style_link, i);
    for (size_t i = 0; i < nb->n_abs; i++) {
        size_t at = nb->abs[i].num_style_link[0]
                        ? strset_find(&defined, nb->abs[i].num_style_link) : (size_t)-1;
        if (at != (size_t)-1 && at != i)
            nb->abs[i].link = (long)at;
    }
    strset_free(&defined);
}

DocxNumbering *docx_num_read(xmlDoc *doc)
{
    DocxNumbering *nb = xmalloc(sizeof *nb);
    memset(nb, 0, sizeof *nb);
    for (int k = 0; k < MAX_LEVELS; k++)
        undefined_level(&nb->none[k]);
    const xmlNode *root = doc ? xmlDocGetRootElement(doc) : NULL;
    size_t cap_a = 0, cap_n = 0;
    for (const xmlNode *c = root ? root->children : NULL; c; c = c->next) {
        if (docx_is(c, "abstractNum"))
            read_abstract(c, nb, &cap_a);
        else if (docx_is(c, "num"))
            read_num(c, nb, &cap_n);
    }
    sort_numbering(nb);
    link_styles(nb);
    return nb;
}

void docx_num_free(DocxNumbering *nb)
{
    if (!nb)
        return;
    for (size_t i = 0; i < nb->n_nums; i++)
        free(nb->nums[i].own);
    free(nb->abs);
    free(nb->nums);
    free(nb->ovl);
    free(nb);
}

/* The first abstractNum of that id, as Word takes it. */
static Abstract *find_abstract(DocxNumbering *nb, int id)
{
    size_t lo = 0, hi = nb->n_abs;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (nb->abs[mid].id < id)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < nb->n_abs && nb->abs[lo].id == id ? &nb->abs[lo] : NULL;
}

/* The last w:num of that id (a later definition replaces an earlier one). */
static Num *find_num(DocxNumbering *nb, int id)
{
    size_t lo = 0, hi = nb->n_nums;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (nb->nums[mid].id <= id)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo > 0 && nb->nums[lo - 1].id == id ? &nb->nums[lo - 1] : NULL;
}

static void put_formatted(Buf *out, const char *fmt, int n)
{
    if (strcmp(fmt, "upperRoman") == 0 || strcmp(fmt, "lowerRoman") == 0) {
        Buf r = {0};
        vi_put_roman(&r, n);
        for (size_t i = 0; i < r.len; i++)
            buf_putc(out, fmt[0] == 'l' && r.data[i] >= 'A' && r.data[i] <= 'Z'
                              ? (char)(r.data[i] - 'A' + 'a') : r.data[i]);
        buf_free(&r);
    } else if (strcmp(fmt, "lowerLetter") == 0 || strcmp(fmt, "upperLetter") == 0) {
        int k = (n - 1) % 26;
        buf_putc(out, (char)((fmt[0] == 'l' ? 'a' : 'A') + k));
    } else if (strcmp(fmt, "decimalZero") == 0) {
        buf_printf(out, "%02d", n);
    } else {
        buf_printf(out, "%d", n);
    }
}

/* A list instance as it numbers: its w:num, the levels of its abstract
 * list (of the one defining its list style), and the counters they share;
 * for an instance whose abstract list is missing, levels none of which is
 * defined and counters of its own, as LibreOffice numbers it (two w:num
 * naming one missing abstract list count 1, 2 and 1 each). */
typedef struct List {
    Num *m;
    const Level *lvl; /* MAX_LEVELS of them */
    Counters *c;
} List;

/* The list num_id names; 0 when no w:num has that id. */
static int find_list(DocxNumbering *nb, int num_id, List *l)
{
    Num *m = find_num(nb, num_id);
    if (!m)
        return 0;
    Abstract *a = find_abstract(nb, m->abstract);
    if (a && a->link >= 0) /* a list style's list: the levels of its definition */
        a = &nb->abs[a->link];
    l->m = m;
    if (a) {
        l->lvl = a->lvl;
        l->c = &a->c;
    } else {
        if (!m->own) {
            m->own = xmalloc(sizeof *m->own);
            memset(m->own, 0, sizeof *m->own);
        }
        l->lvl = nb->none;
        l->c = m->own;
    }
    return 1;
}

/* The level k as the list's instance prints it: its w:lvlOverride's own
 * w:lvl (ECMA-376 17.9.8) when it has one, else its abstract list's. Only
 * the format and the text: the count stays the abstract list's, and the
 * w:lvl's w:start does not restart it, as LibreOffice numbers (a list
 * going 1, 2 whose second instance overrides level 1 as upperRoman goes
 * on III, IV; soffice --convert-to txt, tests/hardening/leftovers13.sh). */
static const Level *level_of(const DocxNumbering *nb, const List *l, int k)
{
    return l->m->lvl_override[k] >= 0 ? &nb->ovl[l->m->lvl_override[k]] : &l->lvl[k];
}

/* Counts the next item of list l at level ilvl: the instance's start
 * override the first time it is on that level, else the level's start
 * when the level begins again, else one more. The levels below it begin
 * again at their next item as ECMA-376 Part 1, 17.9.11 (w:lvlRestart)
 * says and Word numbers: after an item of any level above them when the
 * level has no w:lvlRestart (or one naming itself or a level below it,
 * which the standard says to ignore), never with val 0, and with val N
 * only after an item of level N or above (1-based). (LibreOffice ignores
 * val 0 and restarts them; tests/hardening/docx15.sh.) */
static void count_item(const DocxNumbering *nb, const List *l, int ilvl)
{
    Num *m = l->m;
    Counters *c = l->c;
    if (m->start_override[ilvl] >= 0) {
        c->count[ilvl] = m->start_override[ilvl] - 1;
        c->used[ilvl] = 1;
        m->start_override[ilvl] = -1; /* once: the next items count on */
    } else if (!c->used[ilvl]) {
        c->count[ilvl] = l->lvl[ilvl].start - 1;
        c->used[ilvl] = 1;
    }
    if (c->count[ilvl] < NUMBER_MAX)
        c->count[ilvl]++;
    /* the levels above it that have not begun begin at their start, the
     * number its label shows for them ("%1" of a first item at level 8 is
     * 1): their next item is the second, as LibreOffice counts (an item of
     * level 0 after items of level 8 only is "2.") */
    for (int k = 0; k < ilvl; k++)
        if (!c->used[k]) {
            c->count[k] = l->lvl[k].start;
            c->used[k] = 1;
        }
    for (int k = ilvl + 1; k < MAX_LEVELS; k++) {
        int r = level_of(nb, l, k)->restart;
        if (r < 0 || r > k || ilvl < r)
            c->used[k] = 0;
    }
}

int docx_num_level(int ilvl)
{
    return ilvl >= MAX_LEVELS ? 0 : ilvl;
}

int docx_num_undefined(DocxNumbering *nb, int num_id, int ilvl)
{
    List l;
    ilvl = docx_num_level(ilvl);
    if (!nb || ilvl < 0 || ilvl >= MAX_LEVELS || !find_list(nb, num_id, &l))
        return 0;
    return !level_of(nb, &l, ilvl)->defined;
}

int docx_num_in_words(DocxNumbering *nb, int num_id, int ilvl)
{
    List l;
    ilvl = docx_num_level(ilvl);
    if (!nb || ilvl < 0 || ilvl >= MAX_LEVELS || !find_list(nb, num_id, &l))
        return 0;
    const Level *lvl = level_of(nb, &l, ilvl);
    if (!lvl->defined || lvl->legal)
        return 0;
    for (const char *t = lvl->text; *t; t++)
        if (*t == '%' && t[1] >= '1' && t[1] <= '9' &&
            strcmp(level_of(nb, &l, t[1] - '1')->fmt, "vietnameseCounting") == 0)
            return 1;
    return 0;
}

int docx_num_label(DocxNumbering *nb, int num_id, int ilvl, Buf *out)
{
    List l;
    ilvl = docx_num_level(ilvl);
    if (!nb || ilvl < 0 || ilvl >= MAX_LEVELS || !find_list(nb, num_id, &l))
        return 0;
    const Level *lvl = level_of(nb, &l, ilvl);
    count_item(nb, &l, ilvl);
    const Counters *c = l.c;
    if (!lvl->defined) { /* LibreOffice's label: the level's number and a dot */
        put_formatted(out, "decimal", c->count[ilvl]);
        buf_puts(out, ". ");
        return 0;
    }
    /* a number in hidden text (ECMA-376 17.9.24: the level's w:rPr are
     * its number's; 17.3.2.41 w:vanish): counted, not shown, as Word
     * shows the item (LibreOffice 7.4 prints it; it was read, "1." before
     * a paragraph Word shows unnumbered, s51word F3) */
    if (strcmp(lvl->fmt, "none") == 0 || lvl->hidden)
        return 0;
    if (strcmp(lvl->fmt, "bullet") == 0) {
        const char *t = lvl->text;
        if (!t[strspn(t, " ")])
            return 1; /* a blank bullet: pandoc's paragraph after an item's first */
        if (strcmp(t, "-") == 0 || strcmp(t, "+") == 0 || (strcmp(t, "\xE2\x80\x93") == 0 && !ilvl))
            buf_puts(out, t[0] == '+' ? "+ " : "- ");
        else
            buf_puts(out, ilvl == 0 ? "- " : "+ ");
        return 0;
    }
    size_t start = out->len;
    for (const char *t = lvl->text; *t; t++) {
        if (*t == '%' && t[1] >= '1' && t[1] <= '9') {
            int k = t[1] - '1';
            int value = c->used[k] ? c->count[k] : l.lvl[k].start;
            /* a legal level (w:isLgl, 17.9.4) shows every number in Arabic
             * digits: "1.1." under "I." (LibreOffice ignores it: "I.1.") */
            put_formatted(out, lvl->legal ? "decimal" : level_of(nb, &l, k)->fmt, value);
            t++;
        } else {
            buf_putc(out, *t);
        }
    }
    /* a number in All Caps or small capitals (the level's w:rPr, as
     * w:vanish above): Word shows "I." of a lowerRoman "i.", and a
     * section's "I." was read as "i." (s52import F3) */
    if (lvl->caps && out->len > start) {
        Buf upper = {0};
        vi_put_upper(&upper, buf_str(out) + start);
        out->len = start;
        buf_putn(out, upper.data, upper.len);
        buf_free(&upper);
    }
    if (out->len > start)
        buf_putc(out, ' ');
    return 0;
}
