/* cmd_new_programme.c - `khgen new`: the programmes and criteria whose
 * period ended before the new plan's year.
 *
 * A plan carries out a programme of several years ("Chương trình mục tiêu
 * quốc gia xây dựng nông thôn mới giai đoạn 2021-2025", QĐ 263/QĐ-TTg)
 * and checks its communes against that programme's criteria (the catalog
 * khgen ships, qd318-xa-ntm: "Bộ tiêu chí ... giai đoạn 2021-2025"). new
 * leaves a legal basis as issued and a catalog as imported, and both are
 * right for every year of the period; but `new --year 2026` of the plan
 * of 2025 kept the programme's decision and its criteria with no word,
 * while `init --year 2026` writes a TODO for each (s43attack). So a note
 * for the drafter: at each legal basis, and at each imported catalog's
 * title, that names a period a plan cites (yearctx_period, the one rule
 * of diff and new: "giai đoạn 2021-2025", "2021-2030") ending in the old
 * plan's period or after it and before the new plan's first year: the
 * programme the old plan carried out, over by the new plan's year. A
 * period that ended before the old plan's year was the old drafter's to
 * cite (noted when the plan made from it was; not again every year), and
 * one that runs on ("2021-2030") is in force. Linear in the bases' text.
 */
#include "cmd_new_impl.h"

#include <string.h>

#include "i18n.h"
#include "yearctx.h"

/* The last year of a period the text cites (yearctx_period) that ends in
 * old_first..new_first - 1, and *at the byte of that year; 0 for none. */
static int period_ended(const char *t, int old_first, int new_first, size_t *at)
{
    for (size_t i = 0; t[i]; i++) {
        if (yearctx_digits(t + i) != 4 || (i > 0 && t[i - 1] >= '0' && t[i - 1] <= '9')) {
            i += yearctx_digits(t + i) ? yearctx_digits(t + i) - 1 : 0;
            continue;
        }
        /* the range's later end: a dash and four digits before it */
        size_t b = i;
        while (b > 0 && t[b - 1] == ' ')
            b--;
        if (b >= 3 && memcmp(t + b - 3, "\xE2\x80\x93", 3) == 0)
            b -= 3;
        else if (b >= 1 && t[b - 1] == '-')
            b--;
        else
            b = i;
        while (b > 0 && b < i && t[b - 1] == ' ')
            b--;
        int later = b < i && b >= 4 && yearctx_digits(t + b - 4) == 4 &&
                    (b == 4 || t[b - 5] < '0' || t[b - 5] > '9');
        int year = yearctx_value(t + i);
        if (later && yearctx_period(t, i) && year >= old_first && year < new_first) {
            *at = i;
            return year;
        }
        i += 3;
    }
    return 0;
}

/* The text of basis b that names what it is about: its `about`, else its
 * `text`, or the basis written as one text. */
static const YNode *basis_words(const YNode *b)
{
    const YNode *about = b->kind == YNODE_MAP ? ynode_get(b, "about") : NULL;
    if (!about && b->kind == YNODE_MAP)
        about = ynode_get(b, "text");
    if (!about && b->kind == YNODE_SCALAR)
        about = b;
    return about && about->kind == YNODE_SCALAR && about->text ? about : NULL;
}

int new_note_programmes(Buf *out, int shown, const Plan *plan, const YNode *root,
                        int old_first, int new_first)
{
    int count = 0;
    const YNode *bases = root ? ynode_get(root, "bases") : NULL;
    for (size_t i = 0; bases && bases->kind == YNODE_SEQ && i < bases->count; i++) {
        const YNode *about = basis_words(bases->items[i]);
        size_t at = 0;
        int last = about && about->pos.file && root->pos.file &&
                           strcmp(about->pos.file, root->pos.file) == 0
                       ? period_ended(about->text, old_first, new_first, &at)
                       : 0;
        if (!last || shown + count++ >= NOTES_SHOWN)
            continue;
        SrcPos pos = ynode_pos_at(about, at);
        buf_printf(out, "%s:%d:%d: note: ", pos.file, pos.line, pos.col);
        buf_printf(out, _("legal basis %zu names a programme's period that ended in %d, before "
                          "the new plan's year %d: cite the programme, or the decision, in force "
                          "in %d\n"),
                   i + 1, last, new_first, new_first);
    }
    for (size_t i = 0; i < plan->n_catalogs; i++) {
        const Catalog *cat = &plan->catalogs[i];
        size_t at = 0;
        int last = cat->title && cat->pos.file
                       ? period_ended(cat->title, old_first, new_first, &at)
                       : 0;
        if (!last || shown + count++ >= NOTES_SHOWN)
            continue;
        buf_printf(out, "%s:%d:%d: note: ", cat->pos.file, cat->pos.line, cat->pos.col);
        buf_printf(out, _("the catalog '%s' holds the criteria of a period that ended in %d "
                          "('%s'), before the new plan's year %d: import the catalog of the "
                          "criteria in force in %d, a file of yours (import: "
                          "[../catalogs/x.yaml]) or one in --templates DIR/catalogs\n"),
                   cat->id, last, cat->title, new_first, new_first);
    }
    return count;
}
