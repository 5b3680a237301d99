/* cmd_new.c - `khgen new --from PLAN --year N`: next year's plan, written by
 * editing last year's source text in place.
 *
 * A drafter's plan file carries comments, a key order and line breaks that
 * are part of the work; re-serialising the YAML would lose them. So this
 * command never writes YAML: it loads the old plan (and checks it: a plan
 * with errors is not a base for the next one), walks the tree the loader
 * built, and for each value to change records an edit at the value's
 * position (line and column, which the loader records for every node),
 * then applies the edits to the original bytes. Everything else, comments
 * and the byte order mark and CR LF line ends included, is copied as it is.
 *
 * What moves by the year difference: the header's date (the day left
 * blank, the number cleared: a new plan has neither yet), the period,
 * every deadline (`due:` and its `in`/`before`), every other full date
 * that lies inside the old period (table cells, locality data), and
 * `target_year` values inside the old period (of localities, and of table
 * filters and figures that select them; alternatives, 2024|2025, as a set).
 * 29 February becomes 28 February in a year that has none, with a note. Legal bases stay as they were (they are still in force
 * or the drafter replaces them), and texts that say `{year}` follow the
 * plan by themselves. Included registry files are shared with other plans
 * and are not edited.
 *
 * Prose is not guessed at: the new file is checked, and every literal
 * mention of the old year left in its texts, and every locality whose
 * target year has passed, is printed as a note with file:line:col, after a
 * summary of what was changed.
 */
#include "cycle.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "check.h"
#include "check_localgov.h"
#include "cmd_new_impl.h"
#include "cli.h"
#include "help.h"
#include "i18n.h"
#include "include.h"
#include "load.h"
#include "localgov.h"
#include "parse.h"
#include "readpolicy.h"
#include "resolve.h"
#include "yearctx.h"

enum { EXIT_OK = 0, EXIT_ERRORS = 1, EXIT_USAGE = 2, EXIT_IO = 3 };

/* ---- shared by the cycle commands ------------------------------------------ */

Plan *cycle_compile(Arena *arena, DiagSink *diags, TemplateSet *templates, const char *path,
                    YNode **root_out, int *errors)
{
    int before = diag_error_count(diags);
    YNode *root = load_plan(arena, diags, path);
    if (root_out)
        *root_out = root;
    if (!root) {
        *errors = diag_error_count(diags) - before;
        if (*errors == 0)
            *errors = 1;
        return NULL;
    }
    Plan *plan = parse_plan(arena, diags, templates, path, root);
    resolve_plan(arena, diags, templates, plan);
    check_plan(arena, diags, templates, plan);
    *errors = diag_error_count(diags) - before;
    return plan;
}

int cycle_check_regular(const char *command, const char *path)
{
    struct stat st;
    if (stat(path, &st) != 0) {
        term_fprintf(stderr, _("khgen: %s: cannot read '%s': %s\n"), command, path, i18n_strerror(errno));
        return -1;
    }
    if (!S_ISREG(st.st_mode)) {
        term_fprintf(stderr, _("khgen: %s: '%s' is not a regular file (%s): give a plan file\n"),
                command, path, readpolicy_kind(st.st_mode)); /* the words of KH031 */
        return -1;
    }
    return 0;
}

/* ---- edits at source positions ------------------------------------------- */

int new_skip_note(NewCtx *c)
{
    return c->n_skipped++ < NOTES_SHOWN;
}

static int is_leap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

/* ---- what moves ----------------------------------------------------------- */

int new_digits(const char *s, int n)
{
    for (int i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9')
            return 0;
    return 1;
}

int new_num(const char *s, int n)
{
    int v = 0;
    for (int i = 0; i < n; i++)
        v = v * 10 + (s[i] - '0');
    return v;
}

/* "YYYY-MM-DD" moved by delta years (29 February -> 28 where needed), or
 * NULL if text is not a full date. */
static const char *shift_full_date(NewCtx *c, const char *text, VDate *old)
{
    if (strlen(text) != 10 || !new_digits(text, 4) || text[4] != '-' || !new_digits(text + 5, 2) ||
        text[7] != '-' || !new_digits(text + 8, 2))
        return NULL;
    VDate d = {new_num(text, 4), new_num(text + 5, 2), new_num(text + 8, 2)};
    if (!vi_date_valid(d.year, d.month, d.day))
        return NULL;
    if (old)
        *old = d;
    int y = d.year + c->delta, day = d.day;
    if (d.month == 2 && day == 29 && !is_leap(y))
        day = 28;
    return arena_printf(c->arena, "%04d-%02d-%02d", y, d.month, day);
}

/* After node's date was edited to `to`: a 29 February that became 28
 * (shift_full_date) is a note on the new plan, as the old year left in a
 * text is: the day changed, not only the year, and the drafter may want
 * the 1 March or the last working day instead (s19attack L3). */
static void note_leap_day(NewCtx *c, const YNode *node, const char *to)
{
    if (node->len != 10 || strcmp(node->text + 4, "-02-29") != 0 || strcmp(to + 4, "-02-28") != 0)
        return;
    if (!new_skip_note(c))
        return;
    buf_printf(&c->skipped, "%s:%d:%d: note: ", c->out ? c->out : node->pos.file, node->pos.line,
               node->pos.col);
    buf_printf(&c->skipped, _("%s became %s: %.4s has no 29 February; check the day\n"),
               node->text, to, to);
}

/* A deadline written with a year ("2024", "2024-10", "2024-Q4",
 * "2024-H1", "2024-01-31") moved by delta years, or NULL. */
static const char *shift_deadline(NewCtx *c, const char *text)
{
    size_t n = strlen(text);
    if (n < 4 || !new_digits(text, 4))
        return NULL;
    const char *full = shift_full_date(c, text, NULL);
    if (full)
        return full;
    const char *rest = text + 4;
    int ok = n == 4 || (n == 7 && rest[0] == '-' && new_digits(rest + 1, 2)) ||
             (n == 7 && rest[0] == '-' && (rest[1] == 'Q' || rest[1] == 'q') && rest[2] >= '1' &&
              rest[2] <= '4') ||
             (n == 7 && rest[0] == '-' && (rest[1] == 'H' || rest[1] == 'h') &&
              (rest[2] == '1' || rest[2] == '2'));
    if (!ok)
        return NULL;
    return arena_printf(c->arena, "%04d%s", new_num(text, 4) + c->delta, rest);
}

static int in_old_period(const NewCtx *c, VDate d)
{
    long s = vi_date_serial(d.year, d.month, d.day);
    return s >= vi_date_serial(c->from.year, c->from.month, c->from.day) &&
           s <= vi_date_serial(c->to.year, c->to.month, c->to.day);
}

/* Whether d lies after the old period and no later than the new one's
 * end: a date the new plan's own deadlines reach. */
static int after_old_period(const NewCtx *c, VDate d)
{
    long s = vi_date_serial(d.year, d.month, d.day);
    return c->delta > 0 && s > vi_date_serial(c->to.year, c->to.month, c->to.day) &&
           d.year <= c->to.year + c->delta;
}

/* A full date of a table's cell or a locality's data after the old period
 * (15/01/2025 in the plan of 2024, due the January after it) is left as it
 * was, and said: its deadlines beside it moved a year on, and the new
 * plan's table gave a date inside its own year without a word
 * (s27fixcycle). A date before the old period is history, left silent. */
static void note_date_left(NewCtx *c, const YNode *node, VDate d)
{
    if (!new_skip_note(c))
        return;
    buf_printf(&c->skipped, "%s:%d:%d: note: ", c->out ? c->out : node->pos.file, node->pos.line,
               node->pos.col);
    buf_printf(&c->skipped, _("%s lies after the old period and is left as it was, while the "
                              "dates inside the period moved to %d: write the date meant (%04d%s if it "
                              "moves with them)\n"),
               node->text, c->to.year + c->delta, d.year + c->delta, node->text + 4);
}

int new_is_own(const NewCtx *c, const YNode *node)
{
    return node->pos.file && strcmp(node->pos.file, c->file) == 0;
}

static void walk(NewCtx *c, const YNode *node, unsigned flags, const char *key);

static void edit_scalar(NewCtx *c, const YNode *node, unsigned flags, const char *key)
{
    if (!new_is_own(c, node))
        return; /* a shared registry: not edited */
    const char *to;
    if (flags & IN_DUE) {
        if ((to = shift_deadline(c, node->text)) && new_add_edit(c, node, 0, to)) {
            c->n_deadlines++;
            note_leap_day(c, node, to);
        }
        return;
    }
    if (key && strcmp(key, "target_year") == 0) {
        /* a table's where: a filter (KH322); a locality's own: not */
        int filter = (flags & IN_WHERE) != 0;
        if (node->len > 4 && strchr(node->text, '|')) {
            new_edit_year_alternatives(c, node, node->text, 1, filter); /* where: "2024|2025" */
        } else if (node->len == 4 && new_digits(node->text, 4)) {
            int y = new_num(node->text, 4);
            if (y >= c->from.year && y <= c->to.year &&
                new_add_edit(c, node, 0, arena_printf(c->arena, "%d", y + c->delta))) {
                c->n_targets++;
                if (filter)
                    new_record_filter(c, node->pos);
            }
        }
        return;
    }
    if (flags & IN_BASES)
        return; /* a legal basis is cited as it was issued */
    new_edit_figure_filters(c, node);
    VDate d;
    if ((to = shift_full_date(c, node->text, &d)) && in_old_period(c, d) &&
        new_add_edit(c, node, 0, to)) {
        c->n_dates++;
        note_leap_day(c, node, to);
    } else if (to && after_old_period(c, d)) {
        note_date_left(c, node, d);
    }
}

/* header: date -> the new year, month kept, day blank; number cleared. */
static void edit_header(NewCtx *c, const YNode *header)
{
    const YNode *date = ynode_get(header, "date");
    if (date && date->kind == YNODE_SCALAR && date->len >= 4 && new_digits(date->text, 4)) {
        int y = new_num(date->text, 4) + c->delta;
        const char *to = date->len >= 7 && date->text[4] == '-' && new_digits(date->text + 5, 2)
                             ? arena_printf(c->arena, "%04d-%.2s", y, date->text + 5)
                             : arena_printf(c->arena, "%04d", y);
        if (new_add_edit(c, date, 0, to))
            c->date_change = arena_printf(c->arena, "%s -> %s", date->text, to);
    }
    const YNode *number = ynode_get(header, "number");
    if (number && number->kind == YNODE_SCALAR && number->len > 0 &&
        new_add_edit(c, number, 1, "\"\""))
        c->number_cleared = 1;
}

static void edit_period(NewCtx *c, const YNode *period)
{
    if (period->kind == YNODE_SCALAR) {
        if (period->len == 4 && new_digits(period->text, 4) &&
            new_add_edit(c, period, 0, arena_printf(c->arena, "%d", new_num(period->text, 4) + c->delta)))
            c->n_period++;
        return;
    }
    static const char *const ends[] = {"from", "to"};
    for (int i = 0; i < 2; i++) {
        const YNode *v = ynode_get(period, ends[i]);
        const char *to;
        if (v && v->kind == YNODE_SCALAR && (to = shift_full_date(c, v->text, NULL)) &&
            new_add_edit(c, v, 0, to)) {
            c->n_period++;
            note_leap_day(c, v, to);
        }
    }
}

static void walk(NewCtx *c, const YNode *node, unsigned flags, const char *key)
{
    switch (node->kind) {
    case YNODE_SCALAR:
        edit_scalar(c, node, flags, key);
        break;
    case YNODE_SEQ:
        if (key && strcmp(key, "target_year") == 0 && new_edit_year_list(c, node))
            break;
        for (size_t i = 0; i < node->count; i++)
            walk(c, node->items[i], flags, key);
        break;
    case YNODE_MAP:
        for (size_t i = 0; i < node->count; i++) {
            const char *k = node->keys[i]->text;
            unsigned f = flags;
            if (strcmp(k, "due") == 0)
                f |= IN_DUE;
            else if (strcmp(k, "where") == 0)
                f |= IN_WHERE;
            else if ((flags & IN_DUE) && strcmp(k, "in") != 0 && strcmp(k, "before") != 0)
                continue; /* a deadline's text or prefix: prose */
            walk(c, node->values[i], f, k);
        }
        break;
    }
}

/* The top level: header and period have their own rules; imports and
 * includes name files. */
static void edit_plan(NewCtx *c, const YNode *root)
{
    for (size_t i = 0; i < root->count; i++) {
        const char *k = root->keys[i]->text;
        const YNode *v = root->values[i];
        if (strcmp(k, "header") == 0 && v->kind == YNODE_MAP) {
            edit_header(c, v);
            for (size_t j = 0; j < v->count; j++)
                if (strcmp(v->keys[j]->text, "date") != 0 &&
                    strcmp(v->keys[j]->text, "number") != 0)
                    walk(c, v->values[j], IN_HEADER, v->keys[j]->text);
        } else if (strcmp(k, "period") == 0) {
            edit_period(c, v);
        } else if (strcmp(k, "include") != 0 && strcmp(k, "import") != 0 &&
                   strcmp(k, "khgen") != 0) {
            walk(c, v, strcmp(k, "bases") == 0 ? IN_BASES : 0, k);
        }
    }
}

/* ---- notes on the new plan ------------------------------------------------ */

/* At most this many notes are printed, like the diagnostics' default
 * --max-errors; a last line counts the rest (one note per mention of the
 * old year gave 1.4 million lines for a 7 MB plan). */

typedef struct Notes {
    const char *file;
    char years[6][12];        /* the old period's years, the last first
                              * (a school year's two: s16attack F2), then
                              * the years new passed over (--year 2026 of a
                              * 2024 plan: 2025, which its texts name as
                              * next year's, s27fixcycle) */
    int n_years, n_period_years; /* the first n_period_years are the old period's */
    char new_years[6][12];   /* where new moved them, in the same order */
    char older[8][12];       /* the years before year_before, the nearest
                              * first: a date in a text that names one,
                              * "trước 15/7/2024" in the plan of 2027 */
    int n_older;
    char year_before[16];    /* the year before the old period: a column
                              * heading "Thực hiện 2023" beside "Kế hoạch
                              * 2024" names last year's figures, which the
                              * new plan gives for 2024 (s24attack L4) */
    int in_moved_due;        /* walking a deadline whose date new moved */
    int count;
    Buf out;
    const SrcPos *edited;    /* where new wrote a value, in order (NewCtx) */
    size_t n_edited;
    const char *top;         /* the plan's top-level key being walked */
    const char *att;         /* the attachment being walked (its label, or id), the
                              * locality or unit (its name) */
    const char *in_columns;  /* "columns" inside an attachment, else NULL */
    int in_cells;            /* inside rows or data: keys name cells, printed (not ids) */
    DiagSink *diags;         /* check's KH315/KH316/KH323 at a noted line are left to the note */
    int places;              /* a plan for 2026 or later: note the places that ended (places2025.c) */
    int n_places;            /* their notes, counted in the notes' heading */
} Notes;

/* What holds the old year, named as the official knows it (s14user L1:
 * "rows vẫn ghi năm 2024" - which table?): the part of the document, in
 * either language from this one table ("trích yếu của kế hoạch", "the
 * title of the plan"; "các dòng của Biểu 02", "the rows of Biểu 02"; the
 * English named the YAML key, "title still says 2024": s15 issue 8). The
 * location names the line, and so the key. *many: the part is plural
 * ("the rows", "the recipients"), for the English verb. */
static const char *year_subject(Arena *arena, const Notes *n, const char *key, int *many)
{
    *many = 0;
    if (!n->top)
        return key ? key : _("a value");
    const char *top = n->top;
    if (strcmp(top, "header") == 0)
        return key && strcmp(key, "title") == 0 ? _("the title of the plan")
                                                : _("the header of the plan");
    if (strcmp(top, "opening") == 0)
        return _("the opening sentence");
    if (strcmp(top, "closing") == 0)
        return _("the closing sentence");
    if (strcmp(top, "body") == 0) {
        static const char *const headings[] = {"section", "clause", "subclause", "point", NULL};
        for (int k = 0; key && headings[k]; k++)
            if (strcmp(key, headings[k]) == 0)
                return _("a heading of the body");
        return _("the text of the body");
    }
    if (strcmp(top, "attachments") == 0 && n->att) {
        /* a cell of a row written as a mapping ({name: ..., n: 45}) is
         * one of the rows, as a list row's cell is: both "the rows of
         * Biểu 01" (the mapping's was "Biểu 01 still says", s32fixmed) */
        int rows = n->in_cells || (key && strcmp(key, "rows") == 0);
        *many = n->in_columns || rows;
        if (n->in_columns)
            return arena_printf(arena, _("the column headings of %s"), n->att);
        if (rows)
            return arena_printf(arena, _("the rows of %s"), n->att);
        if (key && strcmp(key, "title") == 0)
            return arena_printf(arena, _("the title of %s"), n->att);
        if (key && strcmp(key, "note") == 0)
            return arena_printf(arena, _("the note under %s"), n->att);
        return n->att;
    }
    if (strcmp(top, "localities") == 0)
        return n->att ? arena_printf(arena, _("the locality %s"), n->att)
                      : _("the list of localities");
    if (strcmp(top, "units") == 0)
        return n->att ? arena_printf(arena, _("the unit %s"), n->att) : _("the list of units");
    if (strcmp(top, "recipients") == 0) {
        *many = 1;
        return _("the recipients");
    }
    if (strcmp(top, "signature") == 0)
        return _("the signature");
    return arena_printf(arena, "'%s'", key ? key : top);
}

/* The label an attachment prints ("Biểu 02"), else its id in quotes; a
 * locality's or unit's name (key "name"), else NULL. */
static const char *item_name(Arena *arena, const YNode *att, const char *key)
{
    if (strcmp(key, "name") == 0) {
        const YNode *name = att->kind == YNODE_MAP ? ynode_get(att, "name") : NULL;
        return name && name->kind == YNODE_SCALAR && name->text && *name->text ? name->text : NULL;
    }
    const YNode *label = att->kind == YNODE_MAP ? ynode_get(att, "label") : NULL;
    if (label && label->kind == YNODE_SCALAR && label->text && *label->text)
        return label->text;
    const YNode *id = att->kind == YNODE_MAP ? ynode_get(att, "id") : NULL;
    if (id && id->kind == YNODE_SCALAR && id->text)
        return arena_printf(arena, _("the table '%s'"), id->text);
    return _("an attachment");
}

/* 1 if new itself wrote the value at pos: a date it moved into a period
 * that spans two years ("2025-Q4" of a plan for 2025-07 to 2026-06) says
 * the old plan's year, and rightly. */
static int edited_at(const Notes *n, SrcPos pos)
{
    size_t lo = 0, hi = n->n_edited;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const SrcPos *e = &n->edited[mid];
        if (e->line == pos.line && e->col == pos.col)
            return 1;
        if (e->line < pos.line || (e->line == pos.line && e->col < pos.col))
            lo = mid + 1;
        else
            hi = mid;
    }
    return 0;
}

/* Notes each legal basis whose subject is one of the old period's years,
 * "năm 2026" in its `about` or its `text` ("Kế hoạch số 15/KH-UBND ... về
 * thực hiện Chương trình ... năm 2026"): the plan of the level above for
 * last year, which next year's plan cites in this year's version once it
 * is issued. Bases are left as issued (the README), and their dates and a
 * law's name ("Luật ... năm 2023") are history, so no other year of a basis
 * is noted; this one was not either, and the new plan cited last year's
 * plan without a word (s17user F4). */
static void note_bases(Notes *n, const YNode *bases)
{
    if (bases->kind != YNODE_SEQ)
        return;
    for (size_t i = 0; i < bases->count; i++) {
        const YNode *b = bases->items[i];
        const YNode *about = b->kind == YNODE_MAP ? ynode_get(b, "about") : NULL;
        if (!about && b->kind == YNODE_MAP)
            about = ynode_get(b, "text");
        if (!about && b->kind == YNODE_SCALAR)
            about = b;
        if (!about || about->kind != YNODE_SCALAR || !about->text || !about->pos.file ||
            strcmp(about->pos.file, n->file) != 0)
            continue;
        const char *t = about->text;
        /* the old period's years, those new passed over, and the year
         * before (last year's basis left by a plan new made: s41cycle) */
        for (int y = 0; y <= n->n_years; y++) {
            const char *year = y < n->n_years ? n->years[y] : n->year_before;
            if (!*year)
                break;
            char words[24];
            snprintf(words, sizeof words, "năm %s", year);
            const char *hit = str_find(t, words);
            while (hit && hit[strlen(words)] >= '0' && hit[strlen(words)] <= '9')
                hit = str_find(hit + 1, words);
            if (!hit)
                continue;
            SrcPos pos = ynode_pos_at(about, (size_t)(hit - t) + strlen("năm "));
            const char *a = hit; /* some words before it, on whole characters */
            for (int k = 0; k < 24 && a > t; k++) {
                a--;
                while (a > t && ((unsigned char)*a & 0xC0) == 0x80)
                    a--;
            }
            if (n->count++ >= NOTES_SHOWN)
                break;
            buf_printf(&n->out, "%s:%d:%d: note: ", pos.file, pos.line, pos.col);
            buf_printf(&n->out, _("legal basis %zu is about the year %s: \"%s%.*s\"; once the "
                                  "document of the new plan's year is issued, cite it instead\n"),
                       i + 1, year, a > t ? "..." : "",
                       (int)((size_t)(hit - a) + strlen(words)), a);
            break;
        }
    }
}

/* Whether the values of key are ids, never printed: "lead: hoi2024" was
 * noted as "the text of the body still says 2024" (s25cycle); not in a
 * written row or a locality's data, where a key names a printed cell. */
static int holds_id(const char *key)
{
    static const char *const id_keys[] = {"id", "lead", "support", "parent", "status",
                                          "target", "localities", "unit", "key"};
    for (size_t i = 0; key && i < sizeof id_keys / sizeof id_keys[0]; i++)
        if (strcmp(key, id_keys[i]) == 0)
            return 1;
    return 0;
}

/* The year of the notes (n->years) that the four digits at hit in t name,
 * or NULL; *moved 1 when it is one new moved a deadline to, named in that
 * deadline's prose. whole_date: t is a full date, which new noted itself
 * when after the old period (note_date_left). */
static const char *year_named(const Notes *n, const char *key, const char *t, const char *hit,
                              int whole_date, int *moved)
{
    /* the year before the old period: a column heading moves ("Thực hiện
     * 2023" beside "Kế hoạch 2024"); a text that names it as a year, "so
     * với năm 2023", "trước 15/7/2023", names two years back in the new
     * plan, and a plan made by new from one new made prints last year's
     * leftovers there ("trước 15/7/2024" in the plan of 2026, noted only
     * by the first new: s41cycle); a range's end is noted at the other */
    if (*n->year_before && memcmp(hit, n->year_before, 4) == 0 &&
        (n->in_columns || (!whole_date && !yearctx_range(t, (size_t)(hit - t)) &&
                           yearctx_named(t, (size_t)(hit - t), atoi(n->years[0])))))
        return n->year_before;
    /* a date two years or more before the old period, "trước 15/7/2024",
     * "trong tháng 10/2024", "Quý I/2024" in the plan of 2027 (new run
     * three times): a date a plan sets is a deadline or an event of its
     * year, never one years back; a cited document's date is not asked
     * (yearctx_other). Only year_before's "năm 2023" is history noted
     * once: nothing noted these after the second new (s41cycle) */
    for (int k = 0; !whole_date && hit > t && hit[-1] == '/' && k < n->n_older; k++)
        if (memcmp(hit, n->older[k], 4) == 0 && !yearctx_range(t, (size_t)(hit - t)))
            return n->older[k];
    for (int y = 0; y < n->n_years; y++)
        if (memcmp(hit, n->years[y], 4) == 0 &&
            !(y >= n->n_period_years && (whole_date || yearctx_range(t, (size_t)(hit - t)))))
            return n->years[y];
        else if (n->in_moved_due && key && (strcmp(key, "prefix") == 0 || strcmp(key, "text") == 0) &&
                 memcmp(hit, n->new_years[y], 4) == 0) {
            *moved = 1;
            return n->new_years[y];
        }
    return NULL;
}

/* A note at node (a text of the plan's own file, under key) when it names
 * a place that ended on 1 July 2025, or a locality's kind when its name
 * printed after it does (cmd_new_places.c), counted. */
static void note_place(Notes *n, Arena *arena, const YNode *node, const char *key)
{
    NewPlace place;
    /* a locality's kind: its printed name, "Huyện Vị Xuyên" (s54cycle) */
    int kind = n->top && strcmp(n->top, "localities") == 0 && n->att && key && strcmp(key, "kind") == 0;
    if (!n->top || !(kind ? new_place_of_kind(arena, node->text, n->att, &place)
                          : new_place_named(node->text, &place)) ||
        new_localgov_reads(n->top, key, place.what, node->text))
        return;
    n->n_places++;
    if (n->count++ >= NOTES_SHOWN)
        return;
    int many;
    const char *subject = year_subject(arena, n, key, &many);
    new_note_place(&n->out, node, &place, subject, many);
}

/* check's warnings a note of the old year says again at its line: a title's
 * year (KH315), a deadline's text's (KH316, and KH323 for a text alone) */
static const char *const noted_codes[] = {"KH315", "KH316", "KH323", NULL};

/* Notes every literal mention of the old year in the plan's own texts
 * (depth: 0 at the plan's mapping, where n->top is set). */
static void note_years(Notes *n, Arena *arena, const YNode *node, const char *key, int depth)
{
    if (node->kind == YNODE_MAP) {
        for (size_t i = 0; i < node->count; i++) {
            const char *k = node->keys[i]->text;
            /* legal bases are history, left as issued (README): no note either */
            if (strcmp(k, "bases") == 0) {
                if (depth == 0)
                    note_bases(n, node->values[i]);
                continue;
            }
            if (depth == 0)
                n->top = k;
            const char *columns = n->in_columns;
            if (depth == 2 && n->att && strcmp(n->top, "attachments") == 0 &&
                strcmp(k, "columns") == 0)
                n->in_columns = k;
            int in_moved_due = n->in_moved_due, in_cells = n->in_cells;
            n->in_cells |= strcmp(k, "rows") == 0 || strcmp(k, "data") == 0;
            if (strcmp(k, "due") == 0 && node->values[i]->kind == YNODE_MAP) {
                const YNode *in = ynode_get(node->values[i], "in");
                n->in_moved_due = in && edited_at(n, in->pos);
            }
            note_years(n, arena, node->values[i], k, depth + 1);
            n->in_moved_due = in_moved_due;
            n->in_cells = in_cells;
            n->in_columns = columns;
        }
        if (depth == 0)
            n->top = NULL;
        return;
    }
    if (node->kind == YNODE_SEQ) {
        for (size_t i = 0; i < node->count; i++) {
            /* an attachment, a locality or a unit: an item of the plan's list */
            if (depth == 1 && n->top && strcmp(n->top, "attachments") == 0)
                n->att = item_name(arena, node->items[i], "label");
            else if (depth == 1 && n->top && (strcmp(n->top, "localities") == 0 ||
                                              strcmp(n->top, "units") == 0))
                n->att = item_name(arena, node->items[i], "name");
            note_years(n, arena, node->items[i], key, depth + 1);
        }
        if (depth == 1)
            n->att = NULL;
        return;
    }
    if (!node->pos.file)
        return;
    /* an included registry is left as it is, but its old year prints: noted
     * (s18attack M1); its target years: note_passed_targets */
    int shared = strcmp(node->pos.file, n->file) != 0;
    if ((shared && key && strcmp(key, "target_year") == 0) || (holds_id(key) && !n->in_cells))
        return; /* a row's "target" cell is text (s26review) */
    if (n->places) /* a registry's too: its names print (s53cycle) */
        note_place(n, arena, node, key);
    const char *t = node->text;
    int whole_date = node->len == 10 && t[4] == '-' && t[7] == '-'; /* noted by new (note_date_left) */
    int suppressed_line = -1; /* the line whose KH315/KH316 this text silenced last */
    const char *noted = NULL; /* "năm 2025 và 2025": one note a text and year (s31attack) */
    for (const char *hit = t; *hit; hit++) {
        /* a run of four digits that is one of the old period's years */
        if ((hit > t && hit[-1] >= '0' && hit[-1] <= '9') || strspn(hit, "0123456789") != 4)
            continue;
        int moved = 0; /* a year new moved a deadline to, in that deadline's prose */
        const char *year = year_named(n, key, t, hit, whole_date, &moved);
        /* a cited document's year, an amount, a fraction, an address: not the
         * plan's (yearctx.c; "Quyết định số 12/2024/QĐ-UBND" was noted, s29) */
        if (!year || yearctx_other(t, (size_t)(hit - t)) || yearctx_period(t, (size_t)(hit - t)))
            continue;
        SrcPos pos = ynode_pos_at(node, (size_t)(hit - t));
        if (!shared && edited_at(n, pos))
            continue;
        /* the note says it: check's warning at this line would say it again;
         * once a line (100,000 years on one line added 200,000 rules, s29) */
        if (n->diags && !shared && pos.line != suppressed_line) {
            for (const char *const *code = noted_codes; *code; code++)
                diag_suppress(n->diags, *code, pos.file, pos.line, pos.line);
            suppressed_line = pos.line;
        }
        if (noted && strcmp(noted, year) == 0)
            continue;
        noted = year;
        /* a little of the text around it, on whole characters */
        const char *a = hit, *b = hit + 4;
        for (int k = 0; k < 24 && a > t; k++) {
            a--;
            while (a > t && ((unsigned char)*a & 0xC0) == 0x80)
                a--;
        }
        for (int k = 0; k < 24 && *b; k++) {
            b++;
            while (*b && ((unsigned char)*b & 0xC0) == 0x80)
                b++;
        }
        if (n->count++ >= NOTES_SHOWN)
            continue;
        /* the excerpt on one line: a note is one line, as a diagnostic
         * (a block scalar's line break split it over three: attack s6 G9) */
        char *excerpt = xmalloc((size_t)(b - a) + 1);
        for (size_t e = 0; e < (size_t)(b - a); e++)
            excerpt[e] = a[e] == '\n' || a[e] == '\r' || a[e] == '\t' ? ' ' : a[e];
        buf_printf(&n->out, "%s:%d:%d: note: ", pos.file, pos.line, pos.col);
        if (moved) {
            /* "trước năm 2025" beside 12/2024, moved to 12/2025 (s20attack L2) */
            buf_printf(&n->out, _("the deadline's %s names %s, written beside last year's "
                                  "date, which moved to %s: \"%s%.*s%s\"; check it still "
                                  "says what is meant\n"),
                       key, year, year, a > t ? "..." : "", (int)(b - a), excerpt,
                       *b ? "..." : "");
            free(excerpt);
            continue;
        }
        int many;
        const char *subject = year_subject(arena, n, key, &many);
        /* "the rows of Biểu 02 still say 2024": the verb as its subject */
        buf_printf(&n->out, i18n_ntr("%s still says %s: \"%s%.*s%s\"\n",
                                     "%s still say %s: \"%s%.*s%s\"\n", many ? 2 : 1),
                   subject, year, a > t ? "..." : "", (int)(b - a), excerpt, *b ? "..." : "");
        free(excerpt);
    }
}

/* ---- the command ---------------------------------------------------------- */


/* The default name of the new plan: the old one with the years of its
 * period moved by delta in its base name, each a number of four digits of
 * its own ("yen-the-2024.yaml" -> "yen-the-2025.yaml", a school year's
 * "nam-hoc-2024-2025.yaml" -> "nam-hoc-2025-2026.yaml"), else NAME-N.yaml.
 * The first match of the plan's year was replaced, inside a longer number
 * too: the school year of 2025's plan became "nam-hoc-2024-2026.yaml", a
 * name of two years that the next `new` made "2024-2027" (s31attack F5). */
static const char *default_output(Arena *arena, const char *from, int first_year, int old_year,
                                  int year)
{
    const char *base = strrchr(from, '/');
    base = base ? base + 1 : from;
    Buf out = {0};
    buf_putn(&out, from, (size_t)(base - from));
    int moved = 0;
    for (const char *s = base; *s;) {
        size_t n = 0;
        while (s[n] >= '0' && s[n] <= '9')
            n++;
        int y = n == 4 ? (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + s[3] - '0'
                       : 0;
        if (n == 4 && y >= first_year && y <= old_year) {
            buf_printf(&out, "%d", y + year - old_year);
            moved = 1;
        } else {
            buf_putn(&out, s, n ? n : 1);
        }
        s += n ? n : 1;
    }
    const char *name = moved ? arena_strdup(arena, buf_str(&out)) : NULL;
    buf_free(&out);
    if (name)
        return name;
    size_t n = plan_stem_len(from, strlen(from));
    return arena_printf(arena, "%.*s-%d.yaml", (int)n, from, year);
}

/* Reads new's arguments into *from, *out, *year and *force; returns -1 to
 * go on, else the exit status (help printed, or a usage error). */
static int read_new_args(int argc, char **argv, const char **from, const char **out, long *year,
                         int *force, const char **templates)
{
    const char *year_arg = NULL;
    unsigned seen = 0; /* each option given once (option_once) */
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if ((strcmp(a, "--from") == 0 || strcmp(a, "--year") == 0 || strcmp(a, "-o") == 0 ||
             strcmp(a, "--output") == 0) && i + 1 < argc) {
            const char **slot = a[2] == 'f' ? from : a[2] == 'y' ? &year_arg : out;
            if (option_once(&seen, a[2] == 'f' ? 1u : a[2] == 'y' ? 2u : 4u) != 0) {
                term_fprintf(stderr, _("khgen: %s: option '%s' is given twice: give it once\n"),
                             "new", a);
                return EXIT_USAGE;
            }
            *slot = argv[++i];
        } else if (strcmp(a, "--force") == 0) {
            *force = 1;
        } else if (strcmp(a, "--templates") == 0) {
            /* the province's catalogs and wording, as its build reads
             * them: without it a plan citing a criterion only its
             * catalog has was "has errors" here (s49it F7) */
            if (i + 1 == argc)
                return usage_error("option '%s' needs a directory", a);
            if (option_once(&seen, 8u) != 0) {
                term_fprintf(stderr, _("khgen: %s: option '%s' is given twice: give it once\n"),
                             "new", a);
                return EXIT_USAGE;
            }
            if (cli_templates(argv[++i]) != 0)
                return EXIT_USAGE;
            *templates = argv[i];
        } else if (strcmp(a, "--allow-read") == 0) {
            if (i + 1 == argc)
                return usage_error("option '%s' needs a directory", a);
            if (cli_allow_read(argv[++i]) != 0)
                return EXIT_USAGE;
        } else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            help_put_usage(stdout, "new");
            return EXIT_OK;
        } else if (a[0] != '-' && !*from) {
            /* "khgen new plan.yaml --year 2026", as build and check take
             * a plan: say where it goes (s13user) */
            term_fprintf(stderr,
                         _("khgen: new: unexpected argument '%s': the old plan is given with "
                           "--from, 'khgen new --from %s --year N'\n"),
                         a, a);
            help_put_usage(stderr, "new");
            return EXIT_USAGE;
        } else if (a[0] == '-' && a[1]) {
            return cli_unknown_option("new", a);
        } else {
            term_fprintf(stderr, _("khgen: new: unexpected argument '%s'\n"), a);
            help_put_usage(stderr, "new"); /* its line breaks are not an argument's */
            return EXIT_USAGE;
        }
    }
    if (year_arg && cli_year("new", year_arg, year) != 0) {
        help_put_usage(stderr, "new");
        return EXIT_USAGE;
    }
    if (!*from || !year_arg) {
        term_fprintf(stderr, _("khgen: new needs --from PLAN.yaml and --year N (a year 1900-2999)\n"));
        help_put_usage(stderr, "new");
        return EXIT_USAGE;
    }
    if (*out && strcmp(*out, "-") == 0) { /* was a file named "-" (attack 9 L2) */
        term_fprintf(stderr, _("khgen: new: -o - is not taken: new writes the plan to a file, then "
                               "checks it; give -o a file name\n"));
        return EXIT_USAGE;
    }
    return -1;
}

/* What new changed, on stdout. */
static void print_summary(const NewCtx *c, const char *out, long year, const char *from)
{
    term_fprintf(stdout, _("khgen: wrote %s, the plan of %ld, from %s (%d)\n"), out, year, from,
                 c->old_year);
    if (c->date_change)
        printf(_("  header date: %s (day left blank)\n"), c->date_change);
    if (c->number_cleared)
        fputs(_("  header number: cleared\n"), stdout);
    if (c->n_period)
        printf(i18n_ntr("  period: moved %+d year\n", "  period: moved %+d years\n",
                        (unsigned long)(c->delta < 0 ? -c->delta : c->delta)),
               c->delta);
    printf(_("  deadlines moved: %d\n"), c->n_deadlines);
    printf(_("  dates inside the old period moved: %d\n"), c->n_dates);
    printf(_("  target years of localities (and table filters) moved: %d\n"), c->n_targets);
    fputs(_("  left as they were: legal bases, texts with {year}, included registry files\n"),
          stdout);
    if (c->n_district) /* new writes no body's name: an official decides (s42domain) */
        printf(i18n_ntr("  left as they were: %d value naming a district's People's Committee "
                        "or office, which ended on 1 July 2025 (KH181 below): write the "
                        "commune's or the province's\n",
                        "  left as they were: %d values naming a district's People's Committee "
                        "or office, which ended on 1 July 2025 (KH181 below): write the "
                        "commune's or the province's\n",
                        (unsigned long)c->n_district),
               c->n_district);
    if (c->n_province) /* and the provinces' (s52cycle) */
        printf(i18n_ntr("  left as they were: %d value naming a province merged into another on "
                        "1 July 2025 (KH183 below): write the province it went into\n",
                        "  left as they were: %d values naming a province merged into another on "
                        "1 July 2025 (KH183 below): write the province it went into\n",
                        (unsigned long)c->n_province),
               c->n_province);
    if (c->n_reform) /* the departments' names too (s51cycle): KH182 was not counted */
        printf(i18n_ntr("  left as they were: %d value naming a department, ministry or board "
                        "the 2025 reorganisation merged away (KH182 below): write the body that "
                        "took its work over\n",
                        "  left as they were: %d values naming a department, ministry or board "
                        "the 2025 reorganisation merged away (KH182 below): write the body that "
                        "took its work over\n",
                        (unsigned long)c->n_reform),
               c->n_reform);
}

/* Checks the new plan at out as `khgen check` would, then prints the notes
 * for the drafter (c's skipped values, the old year left in the text,
 * targets that passed); returns the exit status. */
static int check_new_plan(NewCtx *c, DiagSink *diags, const char *out)
{
    int status = EXIT_OK;
    Notes notes = {0};
    diag_forget_sources(diags);
    Arena *arena2 = arena_new();
    TemplateSet *templates2 = tpl_set_new(arena2, diags, c->templates_dir);
    YNode *root2 = NULL;
    int errors2 = 0;
    /* a target year passed: the notes below name each locality (check's
     * KH262 would say it again); a locality of an included registry is
     * noted too, so KH262 is silenced in every file (it was printed
     * beside its note: s20attack L8). The old year left in a title or a
     * deadline's text: check's KH315 and KH316 are silenced at the lines
     * the notes name (note_years), before they are printed, and only
     * there: a year older still, left from the plans before (the cycle
     * run three times, "năm 2024" in the plan of 2027), is no note and
     * was silenced with them, so nothing said it (s23attack M1) */
    diag_suppress(diags, "KH262", NULL, 1, INT_MAX);
    /* a registry's localities left at the old target years (KH322) */
    RegistryCheck *registry = new_registry_begin(c, diags, out);
    Plan *plan2 = cycle_compile(arena2, diags, templates2, out, &root2, &errors2);
    new_registry_end(registry, diags, errors2 ? NULL : plan2, arena2);
    if (plan2 && root2) {
        notes.file = root2->pos.file;
        notes.diags = diags;
        notes.edited = c->edited;
        notes.n_edited = c->n_edited;
        /* every year of the old period: a plan from July to June prints
         * the first year in its texts too ("trong tháng 12/2024" of a
         * 2024-2025 plan, left in the 2025-2026 one without a note:
         * s16attack F2); at most the last three */
        for (int y = c->old_year; y >= c->from.year && notes.n_years < 3; y--)
        {
            snprintf(notes.new_years[notes.n_years], sizeof notes.years[0], "%04d", y + c->delta);
            snprintf(notes.years[notes.n_years++], sizeof notes.years[0], "%04d", y);
        }
        /* the years between the old period and the new one (a plan made
         * two years on): "chuẩn bị năm 2025" of the plan of 2024 is past
         * in the plan of 2026, and was left without a note (s27fixcycle);
         * the first three */
        notes.n_period_years = notes.n_years;
        for (int y = c->to.year + 1; y < c->from.year + c->delta && notes.n_years < 6 &&
                                     y <= c->to.year + 3; y++) {
            snprintf(notes.new_years[notes.n_years], sizeof notes.years[0], "%04d", y + c->delta);
            snprintf(notes.years[notes.n_years++], sizeof notes.years[0], "%04d", y);
        }
        if (c->from.year > 1)
            snprintf(notes.year_before, sizeof notes.year_before, "%04d", c->from.year - 1);
        for (int y = c->from.year - 2; y > 0 && notes.n_older < 8; y--)
            snprintf(notes.older[notes.n_older++], sizeof notes.older[0], "%04d", y);
        notes.places = localgov_two_level(c->from.year + c->delta);
        note_years(&notes, arena2, root2, NULL, 0);
        notes.count += new_note_passed_targets(&notes.out, notes.count, plan2);
        notes.count += new_note_programmes(&notes.out, notes.count, plan2, root2, c->from.year,
                                           c->from.year + c->delta);
    }
    diag_flush(diags);
    if (c->skipped.len || notes.count) {
        if (notes.n_places) /* counted (s52cycle): a place per text */
            printf(i18n_ntr("notes for the drafter (%d): the old year in the text, targets that "
                            "passed, %d text naming a place that ended on 1 July 2025\n",
                            "notes for the drafter (%d): the old year in the text, targets that "
                            "passed, %d texts naming a place that ended on 1 July 2025\n",
                            (unsigned long)notes.n_places),
                   notes.count + c->n_skipped, notes.n_places);
        else
            printf(_("notes for the drafter (%d): the old year in the text, targets that "
                     "passed\n"),
                   notes.count + c->n_skipped);
        if (c->skipped.data)
            term_fputs_lines(stdout, c->skipped.data);
        if (c->n_skipped > NOTES_SHOWN)
            printf(i18n_ntr("... and %d more note like these, not shown\n",
                           "... and %d more notes like these, not shown\n",
                           (unsigned long)(c->n_skipped - NOTES_SHOWN)), c->n_skipped - NOTES_SHOWN);
        if (notes.out.data)
            term_fputs_lines(stdout, notes.out.data);
        if (notes.count > NOTES_SHOWN)
            printf(i18n_ntr("... and %d more note like these, not shown\n",
                           "... and %d more notes like these, not shown\n",
                           (unsigned long)(notes.count - NOTES_SHOWN)), notes.count - NOTES_SHOWN);
    }
    if (errors2) {
        term_fprintf(stderr, _("khgen: new: %s has errors (above)\n"), out);
        status = EXIT_ERRORS;
    }
    diag_forget_sources(diags);
    arena_free(arena2);
    buf_free(&notes.out);
    return status;
}

/* Compiles the old plan, edits its bytes into next year's and writes them
 * to out; returns the exit status (c filled for the summary). The old
 * plan's diagnostics (diags, a sink of its own) are printed only when it
 * has errors: its warnings are mostly the new plan's again, which
 * check_new_plan prints (s14user L2: 20 warnings for 10). */
static int make_new_plan(NewCtx *c, DiagSink *diags, const char *from, const char **out,
                         long year, int force)
{
    Arena *arena = c->arena;
    TemplateSet *templates = tpl_set_new(arena, diags, c->templates_dir);
    int errors = 0;
    YNode *root = NULL;
    readpolicy_track(1); /* -o must not name a registry or a catalog it reads */
    Plan *old = cycle_compile(arena, diags, templates, from, &root, &errors);
    if (!old || errors) {
        diag_flush(diags);
        diag_summary(diags);
        if (!diag_json_on()) /* JSON lines only (s27attack L12) */
            term_fprintf(stderr, _("khgen: new: '%s' has errors; fix them before starting next "
                                   "year's plan from it\n"), from);
        return old ? EXIT_ERRORS : load_failure_status(from);
    }
    c->file = root->pos.file;
    c->from = old->period_from;
    c->to = old->period_to;
    c->old_year = old->period_to.year;
    c->delta = (int)year - c->old_year;
    if (!localgov_two_level(old->period_from.year) &&
        localgov_two_level(old->period_from.year + c->delta)) {
        c->n_district = check_localgov_count(old); /* said once in the summary (KH181) */
        c->n_reform = check_localgov_reform_count(old); /* and KH182's */
        c->n_province = check_localgov_province_count(old); /* and KH183's */
    }
    if (c->delta == 0) {
        /* s36low: say what to do (the year after it, most likely) */
        term_fprintf(stderr, _("khgen: new: '%s' is already the plan of %ld: give --year the "
                               "year of the plan to write (--year %ld for the next one)\n"),
                     from, year, year + 1);
        return EXIT_USAGE;
    }
    if (!*out)
        *out = default_output(arena, from, c->from.year, c->old_year, (int)year);
    if (!force && output_exists(*out)) {
        term_fprintf(stderr, _("khgen: new: '%s' exists; use --force to overwrite it, or -o to "
                        "choose another name\n"), *out);
        return EXIT_USAGE;
    }
    struct stat st_from, st_out;
    if (stat(from, &st_from) == 0 && stat(*out, &st_out) == 0 &&
        st_from.st_dev == st_out.st_dev && st_from.st_ino == st_out.st_ino) {
        /* --force is for another existing file, not for losing last year's plan */
        term_fprintf(stderr, _("khgen: new: '%s' is the plan it starts from; give -o another name\n"),
                *out);
        return EXIT_USAGE;
    }
    if (readpolicy_was_read(*out)) {
        /* --force replaced the registry with the new plan, and the old plan
         * and every other plan including it stopped compiling (s19attack) */
        term_fprintf(stderr, _("khgen: new: '%s' is a file the plan reads (an included registry "
                               "or a catalog); give -o another name\n"), *out);
        return EXIT_USAGE;
    }
    size_t len = 0;
    char *src = read_file(from, load_default_limits().max_bytes, &len); /* what check reads */
    if (!src) {
        term_fprintf(stderr, _("khgen: new: cannot read '%s': %s\n"), from, i18n_strerror(errno));
        return EXIT_IO;
    }
    c->src = arena_strndup(arena, src, len);
    c->len = len;
    free(src);
    new_index_lines(c);
    if (path_dir_missing(*out)) {
        /* KH901 with the mkdir to run, before any word of paths rewritten
         * or not there: the note said include's paths "were not changed",
         * then KH901 (s42user L5) */
        cli_write_failed(*out, ENOENT);
        return EXIT_IO;
    }
    if (new_other_dir_paths(c, root, from, *out) > 0)
        term_fprintf(stderr, _("khgen: new: note: '%s' is not in the directory of '%s'; the paths of "
                        "its include: are relative to the plan and were not changed\n"),
                *out, from);
    if (c->outside) { /* all or nothing: the plan would fail its own check (KH030) */
        const YNode *n = c->outside;
        term_fprintf(stderr, _("khgen: new: %s: '%s' (%s:%d:%d) would be '%s' in '%s', outside "
                               "its directory tree: its check and build would refuse it "
                               "(KH030); nothing written. Write the new plan under %s, where it "
                               "can read the file, or run new with --allow-read %s and give the "
                               "same option to each check and build of it\n"),
                     c->outside_key, n->text, n->pos.file, n->pos.line, n->pos.col,
                     c->outside_written, *out, c->outside_dir, c->outside_dir);
        return EXIT_USAGE;
    }
    c->out = *out;
    OffsetMemo memo = {0, 0, 0};
    c->memo = &memo;
    edit_plan(c, root);
    c->memo = NULL;
    if (c->out_of_range) { /* all or nothing: the plan would fail its own check */
        const YNode *n = c->out_of_range;
        term_fprintf(stderr, _("khgen: new: --year %ld would move '%s' (%s:%d:%d) to '%s', outside "
                               "the years a plan may name (%d-%d); nothing written\n"),
                     year, n->text, n->pos.file, n->pos.line, n->pos.col, c->out_of_range_to,
                     PLAN_YEAR_MIN, PLAN_YEAR_MAX);
        return EXIT_USAGE;
    }
    return new_write_edited(c, *out);
}

int cmd_new(int argc, char **argv)
{
    const char *from = NULL, *out = NULL;
    long year = 0;
    int force = 0;
    const char *templates_dir = NULL;
    int status = read_new_args(argc, argv, &from, &out, &year, &force, &templates_dir);
    if (status >= 0)
        return status;
    if (cycle_check_regular("new", from) != 0)
        return EXIT_IO; /* a FIFO would block the read */
    if (cli_stdout_writable("new") != 0)
        return EXIT_IO; /* what changed and the notes go there: nothing written */
    /* the old plan (its tree, its Plan, its bytes) in an arena of its
     * own, freed before the new plan is compiled: one plan's memory at a
     * time, as build holds (a 13 MB plan took 378 MB, check 177: s38scale) */
    Arena *arena = arena_new(), *old_arena = arena_new();
    DiagSink *old_diags = diag_new_for_plans(stderr), *diags = diag_new_for_plans(stderr);
    NewCtx c = {.arena = old_arena, .templates_dir = templates_dir};
    status = make_new_plan(&c, old_diags, from, &out, year, force);
    if (status == EXIT_OK) {
        print_summary(&c, out, year, from);
        /* a device or FIFO written into (-o /dev/null) has nothing to read
         * back: the old plan's warnings are the ones there are */
        struct stat st;
        int regular = stat(out, &st) == 0 && S_ISREG(st.st_mode);
        DiagSink *shown = regular ? diags : old_diags;
        fflush(stdout); /* the summary and notes before the count, as check prints it */
        if (regular) {
            /* the old plan's diagnostics are not printed (make_new_plan):
             * nothing of it is read again but c's counts, edited and
             * skipped, which are not in its arena */
            out = arena_strdup(arena, out);
            diag_forget_sources(old_diags);
            arena_free(old_arena);
            old_arena = NULL;
            c.arena = arena;
            c.file = c.src = c.out = c.date_change = NULL;
            c.len = 0;
            status = check_new_plan(&c, diags, out);
        } else {
            diag_flush(old_diags);
        }
        if (fflush(stdout) != 0 || ferror(stdout)) {
            /* a full disk: the plan is whole, its report is not (main said
             * only "cannot write to standard output") */
            term_fprintf(stderr, _("khgen: new: wrote '%s', but what changed and the notes for "
                                   "the drafter could not be printed to standard output: %s\n"),
                         out, i18n_strerror(errno));
            status = EXIT_IO;
        }
        diag_summary(shown);
    }
    readpolicy_track(0);
    diag_forget_sources(old_diags);
    diag_free(old_diags);
    buf_free(&c.skipped);
    new_free_filters(&c);
    free(c.edits);
    free(c.edited);
    free(c.line_start);
    diag_forget_sources(diags);
    diag_free(diags);
    if (old_arena)
        arena_free(old_arena);
    arena_free(arena);
    return status;
}
