/* diff_match.c - which part of the old document is which of the new, for
 * `khgen diff` (diff.c prints what the pairing finds).
 *
 * Parts are matched in rounds, each a hash of one field of the parts not
 * yet paired, first come first served: attachments by id or label; header
 * fields, bases and rows by identity; a basis or row written otherwise
 * that prints the same; a generated row by its item's id (a commune
 * renamed in the registry); a row edited in its place, never two places
 * (two ids, two names of places: two_places); tasks by id; for the rest of the body the same
 * place and the same text, the same text anywhere, a text alike (a node
 * moved and edited, similar.h), then the same place (the text changed).
 * Matched body parts outside the longest increasing run of their partners'
 * positions are marked moved (the body, each attachment's rows and the
 * attachments' pages are three sequences), a child that moved with its
 * parent not counted again. Every round is linear in the parts, the
 * similar round as similar.h bounds it.
 */
#include <stdlib.h>
#include <string.h>

#include "diff_impl.h"
#include "render.h"
#include "lockind.h"
#include "similar.h"
#include "vi.h"
#include "yearctx.h"

typedef struct StrMap {      /* string -> list of part indices, in order */
    const char **keys;
    int *first;              /* head of the chain per slot */
    size_t cap;
    int *next;               /* per part: next part with the same string */
} StrMap;


/* The field of part p a round matches on: 0 key, 1 text, 2 path, 3
 * label, 4 a generated row's item (Part.row_ident); NULL when p's key does not start with prefix (NULL: any). */
static const char *part_field(const Part *p, int field, const char *prefix)
{
    if (prefix && strncmp(p->key, prefix, strlen(prefix)) != 0)
        return NULL;
    return field == 0 ? p->key : field == 1 ? (p->printed ? p->printed : p->text)
                       : field == 2 ? p->path : field == 3 ? p->label : p->row_ident;
}

/* Indexes the strings s[0..n) (a NULL one left out) by their text: the
 * chain of a text lists its indices in order. */
static void strmap_index(StrMap *m, const char *const *s, size_t n)
{
    m->cap = 16;
    while (m->cap < 2 * n + 2)
        m->cap *= 2;
    m->keys = xmalloc(m->cap * sizeof *m->keys);
    m->first = xmalloc(m->cap * sizeof *m->first);
    m->next = xmalloc((n + 1) * sizeof *m->next);
    for (size_t i = 0; i < m->cap; i++) {
        m->keys[i] = NULL;
        m->first[i] = -1;
    }
    int *tail = xmalloc(m->cap * sizeof *tail);
    for (size_t i = 0; i < n; i++) {
        m->next[i] = -1;
        if (!s[i])
            continue;
        size_t h = str_hash64(s[i]) & (m->cap - 1);
        while (m->keys[h] && strcmp(m->keys[h], s[i]) != 0)
            h = (h + 1) & (m->cap - 1);
        if (!m->keys[h]) {
            m->keys[h] = s[i];
            m->first[h] = (int)i;
        } else {
            m->next[tail[h]] = (int)i;
        }
        tail[h] = (int)i;
    }
    free(tail);
}

/* The chain of text s in m: its first index, -1 for none. */
static int strmap_first(const StrMap *m, const char *s)
{
    size_t h = str_hash64(s) & (m->cap - 1);
    while (m->keys[h] && strcmp(m->keys[h], s) != 0)
        h = (h + 1) & (m->cap - 1);
    return m->keys[h] ? m->first[h] : -1;
}

/* Takes the first index out of the chain of text s in m (it is there). */
static void strmap_unlink_first(StrMap *m, const char *s)
{
    size_t h = str_hash64(s) & (m->cap - 1);
    while (strcmp(m->keys[h], s) != 0)
        h = (h + 1) & (m->cap - 1);
    m->first[h] = m->next[m->first[h]];
}

static void strmap_free(StrMap *m)
{
    free(m->keys);
    free(m->first);
    free(m->next);
}

static const char *row_table(const Part *p, size_t *len);

/* Whether parts p and q are rows of different tables (a table's rows
 * matched by their text stay in it). */
static int other_table(const Part *p, const Part *q)
{
    size_t lp = 0, lq = 0;
    const char *tp = row_table(p, &lp), *tq = row_table(q, &lq);
    return tp && tq && (lp != lq || strncmp(tp, tq, lp) != 0);
}

enum { KEY_TRIES = 16 }; /* parts alike looked past for one in order */

/* what else match_round asks be the same: the text, the task lines, the
 * parent's text (the heading a task is under) */
enum { SAME_TEXT = 1, SAME_TAIL = 2, SAME_PARENT = 4 };

/* What match_round pairs part p on, as pieces whose bytes joined are the
 * string it compares: its field (part_field), a row's table before it (a
 * table's rows matched by their text stay in it), and, as same asks, its
 * text and its task lines after it, 0x1F between them. All that must be
 * alike is in it, so a chain holds only parts that may pair: the first
 * tasks round, 32,000 tasks of one text paired by their lines too, walked
 * each chain past every part paired before and every part of other lines,
 * n squared (10 s; s38review H2). */
enum { FORM_PIECES = 9 };
typedef struct Form {
    const char *s[FORM_PIECES];
    size_t n[FORM_PIECES];
    size_t k;                /* the pieces used */
} Form;

/* The field of p a round pairs on alone (no table, no same), or NULL when
 * it asks more (form_of) or does not pair p. *more: it asks more. */
static const char *round_field(const Part *p, int field, int body, int same,
                               const char *prefix, int *more)
{
    *more = 0;
    const char *s = part_field(p, field, prefix);
    if (!s || p->is_body != body || p->match >= 0)
        return NULL;
    size_t tl = 0;
    *more = same || (field != 0 && row_table(p, &tl));
    return s;
}

/* The pieces of p's string (its field s) in a round that asks more. */
static void form_of(const Doc *d, const Part *p, const char *s, int field, int same, Form *f)
{
    size_t tl = 0;
    const char *table = field != 0 ? row_table(p, &tl) : NULL;
    const char *parent = (same & SAME_PARENT) && p->parent >= 0 ? d->parts[p->parent].text : "";
    const char *piece[5] = {table ? table : "", s, (same & SAME_TEXT) ? p->text : "",
                            (same & SAME_TAIL) && p->tail ? p->tail : "", parent};
    f->k = 0;
    for (size_t i = 0; i < 5; i++) {
        if (i) {
            f->s[f->k] = "\x1f";
            f->n[f->k++] = 1;
        }
        f->s[f->k] = piece[i];
        f->n[f->k++] = i ? strlen(piece[i]) : tl;
    }
}

/* Whether forms x and y join to the same bytes. */
static int forms_equal(const Form *x, const Form *y)
{
    size_t i = 0, j = 0, at_x = 0, at_y = 0;
    for (;;) {
        while (i < x->k && at_x == x->n[i])
            i++, at_x = 0;
        while (j < y->k && at_y == y->n[j])
            j++, at_y = 0;
        if (i == x->k || j == y->k)
            return i == x->k && j == y->k;
        size_t run = x->n[i] - at_x < y->n[j] - at_y ? x->n[i] - at_x : y->n[j] - at_y;
        if (memcmp(x->s[i] + at_x, y->s[j] + at_y, run) != 0)
            return 0;
        at_x += run;
        at_y += run;
    }
}

/* The string match_round indexes part p by (in arena): its field itself
 * when the round asks no more, else its form's hash in hexadecimal, the
 * form compared when two hashes meet (pick_in_order): each form was a
 * copy of the part's text, task lines and parent's text, made for each
 * round, 77 MB of a national plan's diff (s43mem). NULL for a part the
 * round does not pair. */
static const char *round_form(Arena *arena, const Doc *d, const Part *p, int field, int body,
                              int same, const char *prefix)
{
    int more;
    const char *s = round_field(p, field, body, same, prefix, &more);
    if (!s || !more)
        return s;
    Form f;
    form_of(d, p, s, field, same, &f);
    return arena_printf(arena, "%016llx",
                        (unsigned long long)text_hash_pieces(f.s, f.n, f.k));
}

/* What pick_in_order asks of a part of a beside the one string: that its
 * form be the same as q's (a round that pairs on forms' hashes), or
 * nothing (NULL). */
typedef struct FormCheck {
    const Doc *a, *b;
    const Part *q;
    int field, body, same;
    const char *prefix;
} FormCheck;

static int form_checked(const FormCheck *c, const Part *p)
{
    if (!c)
        return 1;
    int more_p, more_q;
    const char *sp = round_field(p, c->field, c->body, c->same, c->prefix, &more_p);
    const char *sq = round_field(c->q, c->field, c->body, c->same, c->prefix, &more_q);
    if (!sp || !sq || more_p != more_q)
        return 0;
    if (!more_p)
        return strcmp(sp, sq) == 0;
    Form fp, fq;
    form_of(c->a, p, sp, c->field, c->same, &fp);
    form_of(c->b, c->q, sq, c->field, c->same, &fq);
    return forms_equal(&fp, &fq);
}

/* Of the parts of a in the chain of s in m not paired yet (and of the same
 * form as check asks), the first after index last (the partner of the
 * last paired part of b above), at most KEY_TRIES looked past, else the
 * first; -1 for none. A part paired since the chain was made is taken out
 * of it when met: over a round, linear. */
static int pick_in_order(StrMap *m, const char *s, const Doc *a, int last,
                         const FormCheck *check)
{
    int first = -1, tries = 0, *link = NULL;
    for (int i = strmap_first(m, s); i >= 0 && tries < KEY_TRIES;) {
        if (a->parts[i].match >= 0) { /* paired above: out of the chain */
            if (link)
                *link = m->next[i];
            else
                strmap_unlink_first(m, s);
            i = link ? *link : strmap_first(m, s);
            continue;
        }
        if (!form_checked(check, &a->parts[i])) { /* another form of the same hash */
            link = &m->next[i];
            i = m->next[i];
            continue;
        }
        if (first < 0)
            first = i;
        if (i > last)
            return i;
        tries++;
        link = &m->next[i];
        i = m->next[i];
    }
    return first;
}

/* Pairs unmatched parts of b with unmatched parts of a that have the same
 * field (and, as same asks, the same text, the same task lines), in
 * order: of parts alike, the first after the partner of the last paired
 * part above (at most KEY_TRIES looked past), else the first. A bullet
 * written in every clause ("Thực hiện các nhiệm vụ khác ...") deleted
 * from clause 1 while an item was added above it in clause 2 paired
 * clause 2's with clause 1's: shown moved from clause 1, and clause 2's
 * deleted, changes not made (s37cycle H2). Only parts whose key starts
 * with prefix (NULL: any). Linear: a part paired is taken out of its
 * chain when next met, and at most KEY_TRIES others are looked at. */
static void match_round(Doc *a, Doc *b, int field, int body, int same, const char *prefix)
{
    /* the round's strings, freed with it: every round's were kept in the
     * documents' arenas to the end (s42scale) */
    Arena *forms = arena_new();
    const char **form = xmalloc((a->n + 1) * sizeof *form);
    for (size_t i = 0; i < a->n; i++)
        form[i] = round_form(forms, a, &a->parts[i], field, body, same, prefix);
    StrMap m;
    strmap_index(&m, form, a->n);
    free(form);
    int last = -1; /* the partner of the last paired part of b */
    for (size_t j = 0; j < b->n; j++) {
        Part *q = &b->parts[j];
        if (q->match >= 0)
            last = q->match;
        const char *s = round_form(forms, b, q, field, body, same, prefix);
        FormCheck check = {a, b, q, field, body, same, prefix};
        int pick = s ? pick_in_order(&m, s, a, last, &check) : -1;
        if (pick < 0)
            continue;
        a->parts[pick].match = (int)j;
        q->match = last = pick;
    }
    strmap_free(&m);
    arena_free(forms);
}

/* Marks matched parts of b that left the order of a as moved: those
 * outside a longest increasing run of their partners' positions; the body
 * as one sequence, and the rows of each attachment table as another
 * (rows in a new order print a new table: attack s6 G1). */
/* The attachment id of a row part ("row:ID:KEY"), its length in *len; NULL
 * for any other part. */
static const char *row_table(const Part *p, size_t *len)
{
    if (p->is_body || strncmp(p->key, "row:", 4) != 0)
        return NULL;
    *len = strcspn(p->key + 4, ":");
    return p->key + 4;
}

static void mark_moves(Doc *a, Doc *b)
{
    int *seq = xmalloc((b->n + 1) * sizeof *seq);    /* b indices of matched parts */
    int *values = xmalloc((b->n + 1) * sizeof *values);
    char *in_run = xmalloc(b->n + 1);
    size_t n = 0, len = 0, last_len = 0;
    const char *last = NULL; /* the table of the sequence, NULL: the body */
    for (size_t j = 0; j <= b->n; j++) {
        const Part *q = j < b->n ? &b->parts[j] : NULL;
        const char *table = q ? row_table(q, &len) : NULL;
        if (q && ((!q->is_body && !table) || q->match < 0))
            continue; /* neither the body nor a row, or nothing to move */
        if (n && (!q || (table ? !last || len != last_len || strncmp(table, last, len) != 0
                               : last != NULL))) {
            similar_longest_run(values, n, in_run);
            for (size_t i = 0; i < n; i++)
                b->parts[seq[i]].moved = !in_run[i];
            n = 0;
        }
        if (q) {
            last = table;
            last_len = len;
            values[n] = q->match;
            seq[n++] = (int)j;
        }
    }
    /* the attachments' pages, a third sequence: two attachments swapped
     * print their pages (and the workbook its sheets) in another order,
     * while each page's parts match (s16attack F5) */
    n = 0;
    for (size_t j = 0; j < b->n; j++) {
        const Part *q = &b->parts[j];
        if (q->match >= 0 && !q->is_body && strncmp(q->key, "att:", 4) == 0) {
            values[n] = q->match;
            seq[n++] = (int)j;
        }
    }
    similar_longest_run(values, n, in_run);
    for (size_t i = 0; i < n; i++)
        b->parts[seq[i]].moved = !in_run[i];
    free(seq);
    free(values);
    free(in_run);
    /* a child that moved with its parent (the same parent on both sides,
     * and the parent moved) is not a move of its own */
    char *was_moved = xmalloc(b->n + 1);
    for (size_t j = 0; j < b->n; j++)
        was_moved[j] = (char)b->parts[j].moved;
    for (size_t j = 0; j < b->n; j++) {
        Part *q = &b->parts[j];
        if (!q->moved || q->parent < 0)
            continue;
        const Part *qp = &b->parts[q->parent];
        const Part *p = &a->parts[q->match];
        if (was_moved[q->parent] && qp->match >= 0 && qp->match == p->parent)
            q->moved = 0;
    }
    free(was_moved);
    for (size_t j = 0; j < b->n; j++)
        if (b->parts[j].moved)
            a->parts[b->parts[j].match].moved = 1;
}

/* Pairs unmatched parts that are alike but not the same: body parts (a
 * node moved and edited; body 1), or parts outside the body whose key
 * starts with prefix (body 0: a basis whose words were edited beside its
 * number, "ngày" deleted in Word, which import keeps as a basis written
 * out: its key is no longer its number, and it was shown removed and
 * another added; s38cycle). similar.h decides what is alike. */
static void match_similar(Doc *a, Doc *b, int body, const char *prefix)
{
    const char **at = xmalloc((a->n + 1) * sizeof *at), **ap = xmalloc((a->n + 1) * sizeof *ap);
    const char **bt = xmalloc((b->n + 1) * sizeof *bt), **bp = xmalloc((b->n + 1) * sizeof *bp);
    int *bm = xmalloc((b->n + 1) * sizeof *bm);
    for (size_t i = 0; i < a->n; i++) {
        const Part *p = &a->parts[i];
        at[i] = p->is_body == body && p->match < 0 && part_field(p, 1, prefix) ? p->text : NULL;
        ap[i] = p->path;
    }
    for (size_t j = 0; j < b->n; j++) {
        const Part *q = &b->parts[j];
        bt[j] = q->is_body == body && q->match < 0 && part_field(q, 1, prefix) ? q->text : NULL;
        bp[j] = q->path;
    }
    similar_match(at, ap, a->n, bt, bp, b->n, bm);
    for (size_t j = 0; j < b->n; j++) {
        if (bm[j] < 0)
            continue;
        b->parts[j].match = bm[j];
        a->parts[bm[j]].match = (int)j;
    }
    free(at);
    free(ap);
    free(bt);
    free(bp);
    free(bm);
}

/* The rows of an attachment of b matched to one of a under another id
 * (bieu01 and bieu-01, import's) take a's id in their keys, so that they
 * match a's rows by key: the parts of an attachment follow its title part
 * (diff_parts.c), one pass. */
static void rename_rows(const Doc *a, Doc *b)
{
    const char *from = NULL, *to = NULL; /* "ID:" of b and of a */
    size_t from_len = 0;
    for (size_t j = 0; j < b->n; j++) {
        Part *q = &b->parts[j];
        if (strncmp(q->key, "att:", 4) == 0) {
            from = NULL;
            if (q->match >= 0 && strcmp(a->parts[q->match].key, q->key) != 0) {
                from = arena_printf(b->arena, "%s:", q->key + 4);
                from_len = strlen(from);
                to = a->parts[q->match].key + 4;
            }
        } else if (from && strncmp(q->key, "row:", 4) == 0 &&
                   strncmp(q->key + 4, from, from_len) == 0) {
            q->key = arena_printf(b->arena, "row:%s:%s", to, q->key + 4 + from_len);
            if (q->row_base && strncmp(q->row_base + 4, from, from_len) == 0)
                q->row_base = arena_printf(b->arena, "row:%s:%s", to, q->row_base + 4 + from_len);
        }
    }
}

/* The string round `level` of match_key_rows pairs data row p on: its key
 * without the "#2" with its group (levels 0 and 1) and its text (levels 0
 * and 2), in arena; NULL for a part that is no unmatched data row. */
static const char *key_form(Arena *arena, const Part *p, int level)
{
    if (!p->row_base || p->match >= 0)
        return NULL;
    return arena_printf(arena, "%s\x1f%s\x1f%s", p->row_base, level != 2 ? p->row_group : "",
                        level != 1 ? p->text : "");
}

/* Pairs the data rows of a table that share a key ("Đường giao thông"
 * under "Xã A" and again under "Xã B", the second keyed "... #2") by what
 * they hold, before their keys pair them by count: the same key, group and
 * text; then the same key and group (a row edited); then the same key and
 * text (a row moved to another group). Paired by count, a row deleted
 * under "Xã A" paired Xã A's row with Xã B's, shown edited and moved, and
 * Xã B's shown deleted: changes not made (s37cycle H1). Each round hashes
 * the rows of a and takes from a chain the first row after the partner of
 * the row above (at most KEY_TRIES looked past), linear. */
static void match_key_rows(Doc *a, Doc *b)
{
    const char **form = xmalloc((a->n + 1) * sizeof *form);
    for (int level = 0; level < 3; level++) {
        Arena *forms = arena_new(); /* the round's strings, freed with it */
        for (size_t i = 0; i < a->n; i++)
            form[i] = key_form(forms, &a->parts[i], level);
        StrMap m;
        strmap_index(&m, form, a->n);
        int last = -1; /* the partner of the last paired part of b */
        for (size_t j = 0; j < b->n; j++) {
            Part *q = &b->parts[j];
            if (q->match >= 0)
                last = q->match;
            const char *f = key_form(forms, q, level);
            int head = f ? strmap_first(&m, f) : -1, i = head, *link = NULL;
            if (head < 0)
                continue;
            /* of rows alike, the first after the row above's partner: the
             * rows keep their order, none shown moved past its twin */
            for (int tries = 0; i >= 0 && i <= last && tries < KEY_TRIES; tries++) {
                link = &m.next[i];
                i = m.next[i];
            }
            if (i < 0 || i <= last) {
                i = head;
                link = NULL;
            }
            if (link)
                *link = m.next[i];
            else
                strmap_unlink_first(&m, f);
            q->match = last = i;
            a->parts[i].match = (int)j;
        }
        strmap_free(&m);
        arena_free(forms);
    }
    free(form);
}

/* Each Markdown body part of d given its printed form (Part.printed):
 * a paragraph "Đoạn cuối\\" of a .md's import and "Đoạn cuối\\\\" of a
 * .docx's print alike and are one text, where the .docx's was shown
 * removed and added when it moved (s24fiximp). One pass, each text once. */
static void give_printed(Doc *d)
{
    Buf b = {0};
    for (size_t i = 0; i < d->n; i++) {
        Part *p = &d->parts[i];
        if (!p->is_body || !p->markdown || !*p->text)
            continue;
        buf_reset(&b);
        md_put_printed_form(&b, p->text);
        /* NULL, read as its text, when it prints as written (most do): a
         * copy of every text was 30 MB of a national plan's diff (s43mem) */
        p->printed = strcmp(buf_str(&b), p->text) != 0 ? arena_strdup(d->arena, buf_str(&b)) : NULL;
    }
    buf_free(&b);
}

/* A row's key with each run of four digits that may be a year written
 * "####" (its {year} marks left out), in arena; NULL for a part that is no
 * unmatched row. */
static const char *year_form(Arena *arena, const Part *p)
{
    size_t len;
    if (p->match >= 0 || !row_table(p, &len))
        return NULL;
    const char *k = diff_year_unmarked(arena, p->key);
    Buf b = {0};
    for (size_t i = 0; k[i];) {
        size_t n = 0;
        while (k[i + n] >= '0' && k[i + n] <= '9')
            n++;
        if (n == 4 && plan_year_ok(yearctx_value(k + i)))
            buf_puts(&b, "####"); /* a year (diff_year_only moves no other) */
        else if (n)
            buf_putn(&b, k + i, n);
        else
            buf_putc(&b, k[i]);
        i += n ? n : 1;
    }
    const char *out = buf_to_arena(&b, arena);
    buf_free(&b);
    return out ? out : "";
}

/* The rows match_year_rows tries for one row of the new plan, of those
 * whose keys have its form: the first that differs from it only by the
 * year is its pair, and keys of one form that differ otherwise are codes
 * ("Hộ 3001"), not years, in a table of such rows. */
enum { YEAR_TRIES = 16 };

/* Pairs the rows of a table whose keys differ only by the years moved from
 * the old plan's year to the new one's (diff_year_only): a row generated
 * from a task names its deadline, "...; thời gian: trước ngày 30/6/2025.",
 * and `khgen new` moved it to 2026, so last year's plan against this
 * year's showed each such row removed and another added, where the row
 * had only its year moved (s31attack F4); paired, it is counted with the
 * parts only the year changed in, or shown changed with what else
 * changed. Hashed by the key's form with its years blanked, linear. */
static void match_year_rows(Doc *a, Doc *b, int old_year, int new_year)
{
    if (!old_year || !new_year || old_year == new_year)
        return;
    const char **form = xmalloc((a->n + 1) * sizeof *form);
    for (size_t i = 0; i < a->n; i++)
        form[i] = year_form(a->arena, &a->parts[i]);
    StrMap m;
    strmap_index(&m, form, a->n);
    for (size_t j = 0; j < b->n; j++) {
        Part *q = &b->parts[j];
        const char *f = year_form(b->arena, q);
        if (!f)
            continue;
        /* the chain holds the rows not yet paired (a paired one is taken
         * out of it); at most YEAR_TRIES of them are tried: the keys "Hộ
         * 3001" ... "Hộ 7000" of two tables share a form, "Hộ ####", and
         * each row of the new table tried every row of the old, n²
         * comparisons (4,000 rows 0.6 s, s32review) */
        int tries = 0;
        for (int i = strmap_first(&m, f), *link = NULL; i >= 0 && tries < YEAR_TRIES;
             link = &m.next[i], i = m.next[i]) {
            Part *p = &a->parts[i];
            if (other_table(p, q) ||
                !diff_year_only(diff_year_unmarked(a->arena, p->key),
                                diff_year_unmarked(b->arena, q->key), old_year, new_year)) {
                tries++;
                continue;
            }
            p->match = (int)j;
            q->match = i;
            if (link)
                *link = m.next[i];
            else
                strmap_unlink_first(&m, f);
            break;
        }
    }
    strmap_free(&m);
    free(form);
}

/* Row p's text cut around its key's cell (a data row's first text cell,
 * Part.row_base): *pre the length before it, *post where the rest starts;
 * a group row, whose text is its title, and a row whose key is not in its
 * text are all key (*pre 0, *post its end). */
static void key_cut(const Part *p, size_t *pre, const char **post)
{
    const char *key = p->row_base ? p->row_base + 4 : "";
    key += strcspn(key, ":");
    key += *key == ':';
    const char *at = *key ? str_find(p->text, key) : NULL;
    *pre = at ? (size_t)(at - p->text) : 0;
    *post = at ? at + strlen(key) : p->text + strlen(p->text);
}

/* The first cell of row p, its key: a data row's key without its "#2",
 * a group row's title. */
static const char *key_text(const Part *p)
{
    if (!p->row_base)
        return p->text;
    const char *key = p->row_base + 4;
    key += strcspn(key, ":");
    return key + (*key == ':');
}

/* Whether the names a and b of two places (the words after their kinds)
 * are one name written otherwise: the same letters without their marks
 * ("Đồng Yen", "Đồng Yên"), one the other with words after it ("Song
 * Giáp (cũ)"), or a letter or two mistyped in a name of four letters or
 * more (vi_edit_distance, one in four letters, three at most); "Thôn 1" and
 * "Thôn 2", "Đồng Yên" and "Linh Hồ" are two places. */
static int names_alike(const char *a, const char *b)
{
    Buf fa = {0}, fb = {0};
    vi_put_folded(&fa, a);
    vi_put_folded(&fb, b);
    const char *x = buf_str(&fa), *y = buf_str(&fb);
    if (fa.len > fb.len) {
        const char *t = x;
        x = y;
        y = t;
    }
    size_t nx = strlen(x), chars = utf8_count(x, nx);
    int alike = strncmp(x, y, nx) == 0 && (!y[nx] || y[nx] == ' ' || y[nx] == '(');
    if (!alike && chars >= 4) {
        int limit = chars / 4 < 3 ? (int)(chars / 4) : 3; /* a band of 7: linear */
        alike = vi_edit_distance(x, y, limit) <= limit;
    }
    buf_free(&fa);
    buf_free(&fb);
    return alike;
}

/* Whether rows p and q are two places, not one renamed: both generated,
 * from two items (two localities' ids, Part.row_ident: "Xã Đồng Yên"
 * and "Xã Linh Hồ" of a province's registry, paired as one row renamed,
 * s52cycle), or, a row written, both keys a place's name after its kind
 * ("Xã ...", "Thôn ...", lockind_kind_len) whose names are not alike
 * (names_alike). A key of other words ("Điện" to "Điện lực nông thôn")
 * is the row's text, edited in place. */
static int two_places(const Part *p, const Part *q)
{
    if (p->row_ident && q->row_ident)
        return strcmp(p->row_ident, q->row_ident) != 0;
    const char *kp = key_text(p), *kq = key_text(q);
    size_t np = lockind_kind_len(kp), nq = lockind_kind_len(kq);
    return np && nq && !names_alike(kp + np, kq + nq);
}

/* Whether rows p (old) and q (new), left at one place, are one row edited:
 * both data rows or both group rows, not two places (two_places), and
 * their other cells the same ("Điện | |" and "Điện lực nông thôn | |") or
 * their words alike (similar.h). */
static int row_edited(const Part *p, const Part *q)
{
    if ((p->row_base != NULL) != (q->row_base != NULL) || two_places(p, q))
        return 0;
    size_t pp, qp;
    const char *ps, *qs;
    key_cut(p, &pp, &ps);
    key_cut(q, &qp, &qs);
    if (pp == qp && strncmp(p->text, q->text, pp) == 0 && strcmp(ps, qs) == 0)
        return 1;
    int m = -1;
    const char *no_path = NULL;
    similar_match(&p->text, &no_path, 1, &q->text, &no_path, 1, &m);
    return m == 0;
}

/* Pairs the rows old[os..oe) of a and new[ns..ne) of b, the rows left
 * unpaired between the same two paired rows (or a table's ends), in
 * order: each new row with the first old row after the last one paired
 * that is the same row edited (row_edited), at most KEY_TRIES looked at. */
static void pair_gap(Doc *a, Doc *b, size_t os, size_t oe, size_t ns, size_t ne)
{
    size_t from = os;
    for (size_t k = ns; k < ne && from < oe; k++) {
        for (size_t i = from, tries = 0; i < oe && tries < KEY_TRIES; i++, tries++) {
            if (!row_edited(&a->parts[i], &b->parts[k]))
                continue;
            a->parts[i].match = (int)k;
            b->parts[k].match = (int)i;
            from = i + 1;
            break;
        }
    }
}

/* The end of the run of row parts of d from part i. */
static size_t rows_end(const Doc *d, size_t i)
{
    size_t len;
    while (i < d->n && row_table(&d->parts[i], &len))
        i++;
    return i;
}

/* Pairs the rows of each table that no key, text or year paired, when
 * they stand at one place: between the same two paired rows of the table
 * (or its ends), an old row and a new one are one row edited when their
 * other cells are the same or their words alike (row_edited). A row whose
 * first cell, its key, was edited ("Điện" -> "Điện lực nông thôn", a
 * commune's name corrected) was shown removed and another added, a change
 * the official did not make (s37cycle M2); a row removed at one place and
 * one added at another stay removed and added, and the rows paired at one
 * place keep their order, so no move is shown that nobody made. A table's
 * rows follow its title part (diff_parts.c); one walk over each paired
 * table's rows on both sides: linear. */
static void match_edited_rows(Doc *a, Doc *b)
{
    for (size_t j = 0; j < b->n; j++) {
        const Part *title = &b->parts[j];
        if (title->is_body || title->match < 0 || strncmp(title->key, "att:", 4) != 0)
            continue;
        long t = title->match, ae = (long)rows_end(a, (size_t)t + 1);
        size_t be = rows_end(b, j + 1), from = j + 1;
        long above = t; /* the partner of the paired row above: a's index */
        for (size_t k = j + 1; k <= be; k++) {
            if (k < be && b->parts[k].match < 0)
                continue;
            long below = k < be ? b->parts[k].match : ae;
            if (k > from && above >= t && below <= ae && above < below) {
                long i = above + 1;
                while (i < below && a->parts[i].match < 0)
                    i++;
                if (i == below && below > above + 1)
                    pair_gap(a, b, (size_t)above + 1, (size_t)below, from, k);
            }
            above = below;
            from = k + 1;
        }
        j = be ? be - 1 : j;
    }
}

/* The string match_home pairs body part p of d on: the index of the
 * part of a its parent is (a's own parent, b's parent's partner; -1 at
 * the top) and its text, in arena; NULL for a part not to pair. */
static const char *home_form(Arena *arena, const Doc *d, const Part *p, int of_b)
{
    if (!p->is_body || p->match >= 0)
        return NULL;
    int home = p->parent;
    if (of_b && home >= 0)
        home = d->parts[home].match;
    if (p->parent >= 0 && home < 0)
        return NULL;
    return arena_printf(arena, "%d\x1f%s", home, p->printed ? p->printed : p->text);
}

/* Pairs body parts of one text under paired parents (a bullet of a
 * clause with the clause's bullet), in order: a bullet written in each
 * clause and moved down by one added above it paired with another
 * clause's, a move nobody made (s37cycle H2, L1). Of such parts, the
 * first after the partner of the last paired part above, as match_round
 * pairs (pick_in_order): the first one took it, and a clause's bullets
 * "A; B; A" made "B; A" (its first deleted) paired the A left with the
 * first A, above B's partner: the diff showed A moved and the third
 * deleted (s39mut). Hashed by parent and text: linear. */
static void match_home(Doc *a, Doc *b)
{
    const char **form = xmalloc((a->n + 1) * sizeof *form);
    for (size_t i = 0; i < a->n; i++)
        form[i] = home_form(a->arena, a, &a->parts[i], 0);
    StrMap m;
    strmap_index(&m, form, a->n);
    int last = -1; /* the partner of the last paired part of b */
    for (size_t j = 0; j < b->n; j++) {
        Part *q = &b->parts[j];
        if (q->match >= 0)
            last = q->match;
        const char *f = home_form(b->arena, b, q, 1);
        int i = f ? pick_in_order(&m, f, a, last, NULL) : -1;
        if (i < 0)
            continue;
        q->match = last = i;
        a->parts[i].match = (int)j;
    }
    strmap_free(&m);
    free(form);
}

/* The longest common subsequence match_clauses pairs a clause's parts
 * along: at most LCS_CELLS cells a clause (its table, two bytes a cell,
 * 2 MB), LCS_BUDGET over a diff (a few tenths of a second); a clause past
 * either is left to match_home's order. */
enum { LCS_CELLS = 1 << 20, LCS_BUDGET = 1 << 26 };

static void pair_parts(Doc *a, Doc *b, int i, int j, char *in_order)
{
    a->parts[i].match = j;
    b->parts[j].match = i;
    in_order[j] = 1;
}

/* Pairs the parts xa[0..na) of a with xb[0..nb) of b, the unpaired
 * children of two paired parents in order, whose texts' ids are ia and ib
 * (equal ids: the same text; -1 a text the other side has not), along a
 * longest common subsequence of their texts: the common ends first, the
 * rest by a table of lengths while *budget lasts. */
static void lcs_pair(Doc *a, Doc *b, const int *xa, const int *ia, size_t na, const int *xb,
                     const int *ib, size_t nb, size_t *budget, char *in_order)
{
    size_t s = 0, ea = na, eb = nb;
    for (; s < na && s < nb && ia[s] >= 0 && ia[s] == ib[s]; s++)
        pair_parts(a, b, xa[s], xb[s], in_order);
    for (; ea > s && eb > s && ia[ea - 1] >= 0 && ia[ea - 1] == ib[eb - 1]; ea--, eb--)
        pair_parts(a, b, xa[ea - 1], xb[eb - 1], in_order);
    size_t h = ea - s + 1, w = eb - s + 1, cells = h * w;
    if (h == 1 || w == 1 || cells > LCS_CELLS || cells > *budget)
        return;
    *budget -= cells;
    /* L[i*w+j]: the length of a longest common subsequence of the texts
     * of a from s+i and of b from s+j; at most min(h, w) <= 1,024 */
    unsigned short *L = xmalloc(cells * sizeof *L);
    for (size_t i = h; i-- > 0;)
        for (size_t j = w; j-- > 0;) {
            unsigned short v = 0;
            if (i + 1 < h && j + 1 < w) {
                if (ia[s + i] >= 0 && ia[s + i] == ib[s + j])
                    v = (unsigned short)(L[(i + 1) * w + j + 1] + 1);
                else
                    v = L[(i + 1) * w + j] > L[i * w + j + 1] ? L[(i + 1) * w + j]
                                                               : L[i * w + j + 1];
            }
            L[i * w + j] = v;
        }
    for (size_t i = 0, j = 0; i + 1 < h && j + 1 < w;) {
        if (ia[s + i] >= 0 && ia[s + i] == ib[s + j]) {
            pair_parts(a, b, xa[s + i], xb[s + j], in_order);
            i++;
            j++;
        } else if (L[(i + 1) * w + j] >= L[i * w + j + 1]) {
            i++;
        } else {
            j++;
        }
    }
    free(L);
}

/* The unpaired body children of part p of d (-1: the top level) in order,
 * from the child lists first/next (index d->n for the top), with their
 * text ids: the chain head of their text in m (-1 for none). */
static size_t clause_parts(const Doc *d, const StrMap *m, const int *first, const int *next, int p,
                           int *x, int *id)
{
    size_t n = 0;
    for (int i = first[p < 0 ? (int)d->n : p]; i >= 0; i = next[i]) {
        const Part *c = &d->parts[i];
        if (c->match >= 0)
            continue;
        x[n] = i;
        id[n++] = strmap_first(m, c->printed ? c->printed : c->text);
    }
    return n;
}

/* Each body part's children as lists: first[p] (first[d->n]: the top
 * level's), next[i] the part after i under the same parent. */
static void child_lists(const Doc *d, int *first, int *next)
{
    int *tail = xmalloc((d->n + 1) * sizeof *tail);
    for (size_t i = 0; i <= d->n; i++)
        first[i] = tail[i] = -1;
    for (size_t i = 0; i < d->n; i++) {
        next[i] = -1;
        const Part *p = &d->parts[i];
        if (!p->is_body)
            continue;
        int k = p->parent >= 0 ? p->parent : (int)d->n;
        if (tail[k] >= 0)
            next[tail[k]] = (int)i;
        else
            first[k] = (int)i;
        tail[k] = (int)i;
    }
    free(tail);
}

/* Pairs the parts of one text under two paired parents (the top level
 * too) along a longest common subsequence of each clause's texts, before
 * any pairing across clauses: paired in order, the first alike after the
 * last pair, "B; C" made "C; B; C" paired the first C with C and B with B
 * above it, and the diff showed B moved where a C was added; over 300
 * random edits of two clauses' bullets, 35 showed a move within or across
 * clauses that an add or a delete reads as (s39mut). A parent's children
 * are paired when it is, parents before children: each part is gathered
 * once; the tables are bounded (LCS_CELLS, LCS_BUDGET). The parts of b
 * so paired are marked in in_order (b->n bytes), for untangle_twins. */
static void match_clauses(Doc *a, Doc *b, char *in_order)
{
    const char **form = xmalloc((a->n + 1) * sizeof *form);
    for (size_t i = 0; i < a->n; i++) {
        const Part *p = &a->parts[i];
        form[i] = p->is_body && p->match < 0 ? (p->printed ? p->printed : p->text) : NULL;
    }
    StrMap m;
    strmap_index(&m, form, a->n);
    free(form);
    int *fa = xmalloc((a->n + 1) * sizeof *fa), *na = xmalloc((a->n + 1) * sizeof *na);
    int *fb = xmalloc((b->n + 1) * sizeof *fb), *nb = xmalloc((b->n + 1) * sizeof *nb);
    child_lists(a, fa, na);
    child_lists(b, fb, nb);
    int *xa = xmalloc((a->n + 1) * sizeof *xa), *ia = xmalloc((a->n + 1) * sizeof *ia);
    int *xb = xmalloc((b->n + 1) * sizeof *xb), *ib = xmalloc((b->n + 1) * sizeof *ib);
    size_t budget = LCS_BUDGET;
    for (long j = -1; j < (long)b->n; j++) {
        if (j >= 0 && (!b->parts[j].is_body || b->parts[j].match < 0))
            continue;
        int pa = j >= 0 ? b->parts[j].match : -1;
        size_t ka = clause_parts(a, &m, fa, na, pa, xa, ia);
        size_t kb = clause_parts(b, &m, fb, nb, (int)j, xb, ib);
        lcs_pair(a, b, xa, ia, ka, xb, ib, kb, &budget, in_order);
    }
    strmap_free(&m);
    free(fa);
    free(na);
    free(fb);
    free(nb);
    free(xa);
    free(ia);
    free(xb);
    free(ib);
}

/* Whether the parts p and q print alike: text, task lines, label and
 * format (NULL as ""); a pair of such parts shows no change of its own. */
static int twin_cmp(const Part *p, const Part *q)
{
    int c = strcmp(p->text, q->text);
    if (!c)
        c = strcmp(p->tail ? p->tail : "", q->tail ? q->tail : "");
    if (!c)
        c = strcmp(p->mark ? p->mark : "", q->mark ? q->mark : "");
    if (!c)
        c = strcmp(p->format ? p->format : "", q->format ? q->format : "");
    return c;
}

typedef struct Twin {
    const Part *part;        /* the part of b */
    int b, a;                /* its index and its partner's */
    int parent;              /* b's parent (both parents paired) */
} Twin;

static int twin_order(const void *x, const void *y)
{
    const Twin *s = x, *t = y;
    int c = (s->parent > t->parent) - (s->parent < t->parent);
    if (!c)
        c = twin_cmp(s->part, t->part);
    return c ? c : (s->b > t->b) - (s->b < t->b);
}

static int int_order(const void *x, const void *y)
{
    int s = *(const int *)x, t = *(const int *)y;
    return (s > t) - (s < t);
}

/* The body parts of b paired with a part that prints alike under the
 * partner of their parent, their partners given in order among the pairs
 * of one parent that print alike (within a clause: a reassignment across
 * the document turned one pair left out into a shift of thousands): two identical
 * bullets of a clause, a bullet added above them, paired the second with
 * the second by place and the third with the first, and the diff showed a
 * move nobody made (s37cycle L1). Reassigning partners that print the same
 * changes nothing compared, only the crossings. Pairs a clause's longest
 * common subsequence made (in_order) cross none and are left: a bullet
 * deleted at one place and the same added at another of a clause of 300
 * was one move, and reassigning its text's partners in order shifted
 * every pair between them, 32 moves shown (s40cycle). Sorted: n log n. */
static void untangle_twins(Doc *a, Doc *b, const char *in_order)
{
    Twin *t = xmalloc((b->n + 1) * sizeof *t);
    int *as = xmalloc((b->n + 1) * sizeof *as);
    size_t n = 0;
    for (size_t j = 0; j < b->n; j++) {
        const Part *q = &b->parts[j];
        if (!q->is_body || q->match < 0 || in_order[j] || twin_cmp(&a->parts[q->match], q))
            continue;
        int pp = q->parent >= 0 ? b->parts[q->parent].match : -1; /* the parent's partner */
        if (a->parts[q->match].parent == pp && (q->parent < 0 || pp >= 0))
            t[n++] = (Twin){q, (int)j, q->match, q->parent};
    }
    qsort(t, n, sizeof *t, twin_order);
    for (size_t s = 0, e; s < n; s = e) {
        for (e = s + 1; e < n && t[e].parent == t[s].parent && !twin_cmp(t[s].part, t[e].part); e++)
            ;
        for (size_t k = s; k < e; k++)
            as[k - s] = t[k].a;
        qsort(as, e - s, sizeof *as, int_order);
        for (size_t k = s; k < e; k++) {
            b->parts[t[k].b].match = as[k - s];
            a->parts[as[k - s]].match = t[k].b;
        }
    }
    free(t);
    free(as);
}

void diff_match_docs(Doc *a, Doc *b, int old_year, int new_year)
{
    give_printed(a);
    give_printed(b);
    match_round(a, b, 0, 0, 0, "att:"); /* attachments by id, */
    match_round(a, b, 3, 0, 0, "att:"); /* or by label (import writes ids its own way) */
    match_similar(a, b, 0, "att:");     /* or alike: its label edited, "Biểu 02" to "02" */
    rename_rows(a, b);
    match_key_rows(a, b);               /* rows of one key by their group and text */
    match_round(a, b, 0, 0, 0, NULL);   /* header fields, bases, rows: by identity */
    /* a basis written otherwise (its number, or {text:}) that prints the
     * same, a row whose key changed and text did not (s11diff D3, D4) */
    match_round(a, b, 1, 0, 0, "basis:");
    match_similar(a, b, 0, "basis:");   /* a basis alike: its words edited */
    match_round(a, b, 1, 0, 0, "row:");
    match_round(a, b, 4, 0, 0, "row:"); /* a generated row renamed: its item's id */
    match_year_rows(a, b, old_year, new_year); /* a row whose key's year moved */
    match_edited_rows(a, b);            /* a row edited in place, its key too */
    /* tasks that print the same, text and lines, whatever their ids: ids
     * do not print, and tasks t1 t2 t3 renumbered t1 t2 once t1 was
     * deleted showed t1 and t2 edited and t3 deleted, two tasks whose ids
     * were swapped two edits of a document printed the same (s37cycle H4);
     * under a heading of the same text first: a task printed alike under
     * two sections, deleted from the first, paired the second's with the
     * first's, and the diff showed the second section moved and its task
     * deleted (s38review H3) */
    match_round(a, b, 1, 1, SAME_TEXT | SAME_TAIL | SAME_PARENT, "task:");
    match_round(a, b, 1, 1, SAME_TEXT | SAME_TAIL, "task:");
    match_round(a, b, 0, 1, 0, NULL);   /* tasks by id (other body keys are paths) */
    for (size_t i = 0; i < a->n; i++)   /* a task id matched a task id only */
        if (a->parts[i].match >= 0 && a->parts[i].is_body &&
            strncmp(a->parts[i].key, "task:", 5) != 0) {
            b->parts[a->parts[i].match].match = -1;
            a->parts[i].match = -1;
        }
    char *in_order = xmalloc(b->n + 1);
    memset(in_order, 0, b->n + 1);
    match_clauses(a, b, in_order);      /* the same text in a clause, in order */
    match_round(a, b, 2, 1, SAME_TEXT, NULL); /* the same place, the same text */
    match_home(a, b);                   /* the same text under the same parent */
    match_round(a, b, 1, 1, 0, NULL);   /* the same text elsewhere */
    match_similar(a, b, 1, NULL);       /* alike: moved and edited, or edited */
    match_round(a, b, 2, 1, 0, NULL);   /* the same place: changed */
    untangle_twins(a, b, in_order);
    free(in_order);
    mark_moves(a, b);
}
