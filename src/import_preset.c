/* import_preset.c - khgen's own Biểu 01 read back as its preset.
 *
 * A plan's `preset: locality-targets` prints "Biểu 01", the communes and
 * villages that aim for a standard in the plan's year, from the
 * localities' criteria_met, status, target and target_year. Read back,
 * the table became written rows and a note naming the preset (s43user
 * F19): the localities lost their figures, the table no longer changed
 * with them, and the round trip of a plan using the preset gave another
 * plan. A table whose columns are the preset's (read from the preset's own
 * file, presets/locality-targets.yaml, its one writing: "Tên {kinds}"
 * matches "Tên xã"), in its order, some left out as a plan's `columns:`
 * leaves them out, under the preset's group rows, each row a place of a
 * kind the preset groups by ("Xã Đồng Hưu") aiming for the plan's year, is
 * written as `preset: locality-targets` (with `columns:` when one other
 * than the parent's is missing), and its rows go to the localities
 * (imp_preset_localities, once the text's places are read): their
 * figures, levels (`levels:`, ids from their names' initials, "ntm",
 * "ntm-nc"), parent and note, the table's places first in its order so
 * that the preset prints them so. Anything else in the table keeps the
 * written rows. Stage: import (recognition); linear in the table's cells.
 */
#include "import_preset.h"

#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "import_attrows.h"
#include "layout.h"
#include "load.h"
#include "template.h"
#include "vi.h"

enum { PRESET_MAX = 16 };

/* The preset's columns and the kinds it groups, as its file writes them. */
typedef struct {
    const char *key[PRESET_MAX], *header[PRESET_MAX], *group[PRESET_MAX];
    int n;
    const char *kinds[32], *titles[32]; /* group_titles: a kind and its group row's title */
    int n_kinds;
} Preset;

static int read_preset(Ctx *c, Preset *p)
{
    memset(p, 0, sizeof *p);
    size_t len = 0;
    const char *origin = NULL;
    TemplateSet *set = imp_templates(c);
    const char *text = set ? tpl_set_text(set, "presets/locality-targets.yaml", &len, &origin)
                           : NULL;
    if (!text)
        return 0;
    LoadLimits limits = load_default_limits();
    YNode *root = load_string(c->arena, c->diags, origin ? origin : "locality-targets.yaml", text, len, &limits);
    const YNode *cols = root ? ynode_get(root, "columns") : NULL;
    const YNode *rows = root ? ynode_get(root, "rows") : NULL;
    const YNode *titles = rows ? ynode_get(rows, "group_titles") : NULL;
    if (!cols || cols->kind != YNODE_SEQ || !titles || titles->kind != YNODE_MAP)
        return 0;
    for (uint32_t i = 0; i < cols->count && p->n < PRESET_MAX; i++) {
        const YNode *key = ynode_get(cols->items[i], "key");
        const YNode *header = ynode_get(cols->items[i], "header");
        const YNode *group = ynode_get(cols->items[i], "group");
        if (!key || !header || key->kind != YNODE_SCALAR || header->kind != YNODE_SCALAR)
            return 0;
        p->group[p->n] = group && group->kind == YNODE_SCALAR ? group->text : NULL;
        p->key[p->n] = key->text;
        p->header[p->n++] = header->text;
    }
    for (uint32_t i = 0; i < titles->count && p->n_kinds < 32; i++) {
        if (titles->values[i]->kind != YNODE_SCALAR)
            return 0;
        p->titles[p->n_kinds] = titles->values[i]->text;
        p->kinds[p->n_kinds++] = titles->keys[i]->text;
    }
    return p->n > 0;
}

/* 1 if the table's header h is the preset's `want`: the same words, a
 * "{...}" in it any words ("Tên {kinds}" is "Tên xã", "Tên xã, thôn"). */
static int header_is(const char *h, const char *want)
{
    const char *open = strchr(want, '{'), *close = open ? strchr(open, '}') : NULL;
    if (!close)
        return strcmp(h, want) == 0;
    size_t head = (size_t)(open - want), tail = strlen(close + 1), n = strlen(h);
    return n > head + tail && strncmp(h, want, head) == 0 && strcmp(h + n - tail, close + 1) == 0;
}

/* The kind a place's name as the preset prints it begins with ("Xã Đồng
 * Hưu": "xã"), the longest, its name after it in *name; NULL if none. */
static const char *kind_of(Ctx *c, const Preset *p, const char *s, const char **name)
{
    const char *best = NULL;
    for (int i = 0; i < p->n_kinds; i++) {
        Buf b = {0};
        vi_put_upper(&b, p->kinds[i]); /* "Xã", "Đặc khu": the same letters */
        size_t n = strlen(p->kinds[i]);
        if (strlen(s) > n + 1 && vi_upper_eq(s, n, buf_str(&b)) && s[n] == ' ' &&
            (!best || n > strlen(best)))
            best = p->kinds[i], *name = arena_strdup(c->arena, s + n + 1);
        buf_free(&b);
    }
    return best;
}

/* 1 if s is the preset's `want` whose "{...}" (if any) lists `kind`
 * among its words: "Tên xã, thôn" for "Tên {kinds}" and a thôn, "Cấp
 * thôn, bản" for "Cấp {kinds}" and a bản; "Cấp xã" for "Cấp xã". A row
 * whose kind the header or its group row does not name ("Thôn Đồng Lạc"
 * under "Tên xã", "Cấp xã") or a group row the writer titled otherwise
 * ("Các xã đăng ký") is not what the preset prints: it would be lost. */
static int names_kind(const char *s, const char *want, const char *kind)
{
    const char *open = strchr(want, '{');
    if (!s || !header_is(s, want))
        return 0;
    if (!open)
        return 1;
    size_t n = strlen(kind);
    const char *end = s + strlen(s) - strlen(strchr(open, '}') + 1);
    for (const char *w = s + (open - want); w < end; w += strcspn(w, ",") + 1, w += *w == ' ') {
        if ((size_t)(end - w) >= n && strncmp(w, kind, n) == 0 && (w + n == end || w[n] == ','))
            return 1;
    }
    return 0;
}

/* 1 if `title`, a group row's, is the one the preset prints over places
 * of kind `kind` (group_titles', names_kind). */
static int group_title_is(const Preset *p, const char *title, const char *kind)
{
    for (int i = 0; i < p->n_kinds; i++)
        if (strcmp(p->kinds[i], kind) == 0)
            return names_kind(title, p->titles[i], kind);
    return 0;
}

/* The column of the table that is the preset's column `key`, or -1. */
static int column(const int *of, int cols, const Preset *p, const char *key)
{
    for (int k = 0; k < cols; k++)
        if (strcmp(p->key[of[k]], key) == 0)
            return k;
    return -1;
}

/* Reads row r's place into *t; 0 when the row is no place the preset
 * prints (a kind it does not group or the header does not name, another
 * year, a count not a number). */
static int read_row(Ctx *c, const Preset *p, const int *of, int cols,
                    const char *const *heads, const char **row, ImpTarget *t)
{
    memset(t, 0, sizeof *t);
    int k = column(of, cols, p, "name_full");
    if (k < 0 || !(t->kind = kind_of(c, p, row[k], &t->name)) ||
        !names_kind(heads[k], p->header[of[k]], t->kind))
        return 0;
    k = column(of, cols, p, "parent_full");
    if (k >= 0 && *row[k] && (!(t->parent_kind = kind_of(c, p, row[k], &t->parent)) ||
                              !names_kind(heads[k], p->header[of[k]], t->parent_kind)))
        return 0;
    k = column(of, cols, p, "target_year");
    if (k >= 0 && (strtol(row[k], NULL, 10) != c->year || strlen(row[k]) != 4))
        return 0; /* the preset prints the places aiming for the plan's year */
    k = column(of, cols, p, "criteria_met");
    double v;
    if (k >= 0 && *row[k]) {
        if (att_printed_number(row[k], &v) < 0)
            return 0;
        t->criteria_met = row[k];
    }
    k = column(of, cols, p, "status");
    t->status = k >= 0 && *row[k] ? row[k] : NULL;
    k = column(of, cols, p, "target");
    t->target = k >= 0 && *row[k] ? row[k] : NULL;
    k = column(of, cols, p, "note");
    t->note = k >= 0 && *row[k] ? row[k] : NULL;
    /* a place's or a level's name longer than a name may be (KH115): the
     * table is written out as rows, its cells as text (a place named by a
     * cell of 600 characters made, exit 0, a plan its check refused,
     * s49attack) */
    const char *const names[] = {t->name, t->parent, t->status, t->target};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (names[i] && !unit_name_fits(names[i], strlen(names[i])))
            return 0;
    return 1;
}

/* 1 if a row or the header of t holds what its written rows would say in
 * a note: a comment or text box, fewer cells than columns, emphasis
 * khgen does not print (imp_cell_emphasis, asked into a scratch buffer:
 * its warning, once a page, is said then, the notes then written with
 * the rows). */
static int noted(Ctx *c, const ImpPresetPage *t)
{
    Buf scratch = {0};
    imp_cell_emphasis(c, &scratch, "", t->cols, t->header_para, t->header_raw, LROW_HEADER);
    for (int r = 0; r < t->n_heads; r++)
        imp_cell_emphasis(c, &scratch, "", t->cols, t->head_paras[r], t->head_raw[r],
                          LROW_HEADER);
    for (size_t r = 0; r < t->n_rows && !scratch.len; r++) {
        const Para *p = t->paras[r];
        if (p->review || (c->markdown && t->widths[r] > 0 && t->widths[r] < t->cols))
            buf_putc(&scratch, '!');
        else
            imp_cell_emphasis(c, &scratch, "", t->cols, p, t->raw[r],
                              (t->shape->group && t->shape->group[r]) || p->spans_rest
                                  ? LROW_GROUP : LROW_DATA);
    }
    int said = scratch.len > 0;
    buf_free(&scratch);
    return said;
}

int imp_preset_page(Ctx *c, Buf *y, const ImpPresetPage *t)
{
    Preset p;
    int of[PRESET_MAX];
    const AttShape *s = t->shape;
    const char *const *heads = t->heads;
    const char ***rows = t->rows;
    int cols = t->cols;
    size_t n_rows = t->n_rows;
    /* rows numbered with a gap (a row deleted in Word), a "Tổng cộng" row
     * that does not add up: written out, with their notes (KH768) */
    if (t->noted || cols < 3 || cols > PRESET_MAX || !s->stt || s->totals < n_rows || !c->year ||
        s->row_gap || s->group_gap || s->review || c->n_targets || !read_preset(c, &p))
        return 0; /* (one such table: a second is written out) */
    for (int k = 0, m = 0; k < cols; k++, m++) {
        while (m < p.n && !header_is(heads[k], p.header[m]))
            m++;
        if (m == p.n)
            return 0;
        of[k] = m;
    }
    if (strcmp(p.key[of[0]], "stt") != 0 || column(of, cols, &p, "name_full") < 0 ||
        column(of, cols, &p, "target") < 0 || noted(c, t))
        return 0;
    ImpTarget *places = arena_alloc(c->arena, (n_rows ? n_rows : 1) * sizeof *places);
    size_t n = 0;
    StrSet names = {0}; /* two rows of one place: no preset's */
    /* each place under a group row titled as the preset titles its kind,
     * no group row without places (the preset prints no other) */
    const char *title = NULL;
    int empty = 0;
    for (size_t r = 0; r < n_rows && n != (size_t)-1; r++) {
        if (s->group && s->group[r]) {
            if (empty)
                n = (size_t)-1;
            title = rows[r][1], empty = 1;
            continue;
        }
        empty = 0;
        if (!read_row(c, &p, of, cols, heads, rows[r], &places[n]) ||
            !group_title_is(&p, title, places[n].kind) ||
            strset_add(&names, places[n].name, n) != n)
            n = (size_t)-1;
        else
            n++;
    }
    if (empty)
        n = (size_t)-1;
    strset_free(&names);
    int parents = 0; /* the preset prints "Thuộc ..." only when a place has one */
    for (size_t i = 0; n != (size_t)-1 && i < n; i++)
        parents |= places[i].parent != NULL;
    if (!n || n == (size_t)-1 || (column(of, cols, &p, "parent_full") >= 0 && !parents))
        return 0; /* (an older khgen's empty "Thuộc xã": the rebuilt table would lose it) */
    c->targets = places;
    c->n_targets = n;
    buf_puts(y, "    preset: locality-targets\n");
    int missing = 0;
    for (int m = 0, k = 0; m < p.n; m++) {
        if (k < cols && of[k] == m)
            k++;
        else
            missing |= strcmp(p.key[m], "parent_full") != 0;
    }
    if (missing) {
        buf_puts(y, "    columns: [");
        for (int k = 0; k < cols; k++)
            buf_printf(y, "%s%s", k ? ", " : "", p.key[of[k]]);
        buf_puts(y, "]\n");
    }
    return 1;
}

int imp_preset_columns_in(Ctx *c, const char *const *cells, int n)
{
    Preset p;
    if (!read_preset(c, &p))
        return 0;
    int grouped = 0, found = 0;
    for (int m = 0; m < p.n; m++) {
        if (!p.group[m])
            continue;
        grouped++;
        int at = 0; /* a .md writes the group before it: "Hiện trạng: Mức đã đạt chuẩn" */
        size_t g = strlen(p.group[m]);
        for (int k = 0; k < n && !at; k++)
            at = header_is(cells[k], p.header[m]) ||
                 (strncmp(cells[k], p.group[m], g) == 0 && strncmp(cells[k] + g, ": ", 2) == 0 &&
                  header_is(cells[k] + g + 2, p.header[m]));
        found += at;
    }
    return grouped && found == grouped;
}

/* A level's name and where it was first met, to sort them. */
typedef struct {
    const char *name;
    size_t first;
} Named;

static int shorter_first(const void *a, const void *b)
{
    const Named *x = a, *y = b;
    size_t nx = strlen(x->name), ny = strlen(y->name);
    return nx != ny ? (nx < ny ? -1 : 1) : (x->first < y->first ? -1 : x->first > y->first);
}

/* The levels the table's rows name, into c->plan->levels, a shorter name
 * first; each id the initials of its words after the id of the longest
 * level its name begins with ("ntm-nc" after "ntm": "nông thôn mới nâng
 * cao"). *made: each name to its level's index. Linear but for the sort
 * and a name's words. */
static void put_levels(Ctx *c, StrSet *made)
{
    IPlan *pl = c->plan;
    Named *all = arena_alloc(c->arena, 2 * c->n_targets * sizeof *all);
    size_t n = 0;
    StrSet seen = {0};
    for (size_t i = 0; i < 2 * c->n_targets; i++) {
        const char *name = i % 2 ? c->targets[i / 2].target : c->targets[i / 2].status;
        if (name && strset_add(&seen, name, n) == n)
            all[n++] = (Named){name, i};
    }
    strset_free(&seen);
    qsort(all, n, sizeof *all, shorter_first);
    pl->levels = arena_alloc(c->arena, (n ? n : 1) * sizeof *pl->levels);
    for (size_t i = 0; i < n; i++) {
        const char *name = all[i].name, *base = NULL, *rest = name;
        for (size_t at = strlen(name); at > 0 && !base; at--) {
            if (name[at - 1] != ' ')
                continue; /* a prefix of whole words */
            size_t k = strset_find(made, arena_strndup(c->arena, name, at - 1));
            if (k != (size_t)-1)
                base = pl->levels[k].id, rest = name + at;
        }
        Buf b = {0};
        if (base)
            buf_printf(&b, "%s-", base);
        const char *words = slug(c, rest, 64);
        for (const char *w = words; *w; w++)
            if (w == words || w[-1] == '-')
                buf_putc(&b, *w);
        IEntry *e = &pl->levels[pl->n_levels];
        e->id = unique_id(c, buf_to_arena(&b, c->arena)); /* (it keeps the base) */
        e->name = name;
        buf_free(&b);
        strset_add(made, name, pl->n_levels++);
    }
}

void imp_preset_localities(Ctx *c)
{
    IPlan *pl = c->plan;
    if (!c->n_targets)
        return;
    StrSet levels = {0}; /* a level's name to its index */
    put_levels(c, &levels);
    size_t *order = arena_alloc(c->arena, c->n_targets * sizeof *order);
    for (size_t i = 0; i < c->n_targets; i++) {
        const ImpTarget *t = &c->targets[i];
        const char *parent = NULL;
        if (t->parent) {
            size_t k = imp_locality_of_kind(c, t->parent, t->parent_kind);
            parent = pl->localities[k].id; /* (after: a new one may move the list) */
        }
        order[i] = imp_locality_of_kind(c, t->name, t->kind);
        Buf b = {0};
        if (parent)
            buf_printf(&b, ", parent: %s", parent);
        if (t->criteria_met) {
            double v = 0;
            int d = att_printed_number(t->criteria_met, &v);
            buf_printf(&b, ", criteria_met: %.*f", d, v);
        }
        if (t->status)
            buf_printf(&b, ", status: %s", pl->levels[strset_find(&levels, t->status)].id);
        if (t->target)
            buf_printf(&b, ", target: %s", pl->levels[strset_find(&levels, t->target)].id);
        buf_printf(&b, ", target_year: %d", c->year);
        if (t->note) {
            buf_puts(&b, ", note: ");
            emit_quoted(&b, t->note);
        }
        pl->localities[order[i]].extra = buf_to_arena(&b, c->arena);
        buf_free(&b);
    }
    strset_free(&levels);
    /* the table's places first, in its order: the preset prints them in
     * the localities' order */
    IEntry *all = arena_alloc(c->arena, pl->n_localities * sizeof *all);
    unsigned char *moved = arena_alloc(c->arena, pl->n_localities);
    memset(moved, 0, pl->n_localities);
    size_t n = 0;
    for (size_t i = 0; i < c->n_targets; i++)
        if (!moved[order[i]]) {
            moved[order[i]] = 1;
            all[n++] = pl->localities[order[i]];
        }
    for (size_t i = 0; i < pl->n_localities; i++)
        if (!moved[i])
            all[n++] = pl->localities[i];
    memcpy(pl->localities, all, n * sizeof *all);
}
