/* attach_kinds.c - "{kinds}" and "{parent_kinds}" in a column's header:
 * the kinds of the localities the table shows, and of those they belong
 * to, so that one header reads right in the North and the South.
 *
 * The locality-targets preset printed "Tên xã, thôn, bản" over every
 * table: a plan of Cà Mau listing its xã and ấp, or one of Thành phố Hồ
 * Chí Minh listing its phường and khu phố, read a northern header over
 * rows it does not have (s30foreign, decided in session 31). A header
 * holding "{kinds}" now names the kinds of the rows shown, each once, in
 * the order the table shows them: "Tên xã, thôn, bản" for Yên Thế's plan,
 * "Tên xã, ấp" for Cà Mau's, "Tên phường, khu phố" for a ward's. Its
 * "Thuộc xã" column stayed over a ward's khu phố, each "Thuộc" a phường
 * (s31foreign): "{parent_kinds}" names the kinds of the localities the
 * rows shown belong to ("Thuộc phường"; "Thuộc xã, thị trấn" for a
 * district's). The kinds of units come first, a commune's in the law's
 * order: over a province's communes sorted by name the header read "Tên
 * phường, xã" (s52user). Over more than KINDS_MAX kinds, none (an empty table, no
 * row with a parent) or rows that are not localities' there is no short
 * true list: "địa bàn" (the neutral word). Over rows written out, none
 * (`rows: []`) or not localities' the same word, never the braces (they
 * printed "Tên {kinds}", s35attack H2), with KH210 at a header the plan
 * wrote (a preset's header over the plan's rows is no slip of the plan's,
 * and its file is not beside the plan). The header is made here, once, at
 * resolve; every back end prints col->header.
 */
#include "attach_impl.h"

#include <string.h>

#include "diag.h"
#include "i18n.h"
#include "localgov.h"
#include "yread.h"

#define KINDS_REF "{kinds}"
#define PARENT_KINDS_REF "{parent_kinds}"
enum { KINDS_MAX = 6 };

/* Where kind stands in a list of kinds: a province's, a district's,
 * then a commune's (xã, phường, đặc khu, thị trấn: localgov.c's table's
 * order, the law's), then any other (a village's) as shown. */
static size_t kind_rank(const char *kind)
{
    const LocalKind *k = localgov_kind(kind);
    if (!k)
        return 3 * n_localgov_kinds;
    size_t tier = k->tier == LOCALGOV_PROVINCE ? 0 : k->tier == LOCALGOV_DISTRICT ? 1 : 2;
    return tier * n_localgov_kinds + (size_t)(k - localgov_kinds);
}

/* The kinds of n rows, each once, in the order shown but the units'
 * first (kind_rank), joined by ", "; "địa bàn"
 * when there are none or more than KINDS_MAX. Arena-owned. Linear: each
 * kind is compared with at most KINDS_MAX others. */
static const char *kinds_text(Arena *arena, const char *const *kinds, size_t n)
{
    const char *seen[KINDS_MAX];
    size_t n_seen = 0;
    for (size_t i = 0; i < n; i++) {
        if (!kinds[i] || !*kinds[i])
            continue;
        size_t k = 0;
        while (k < n_seen && strcmp(seen[k], kinds[i]) != 0)
            k++;
        if (k < n_seen)
            continue;
        if (n_seen == KINDS_MAX)
            return "địa bàn";
        seen[n_seen++] = kinds[i];
    }
    if (!n_seen)
        return "địa bàn";
    /* the larger units first, the communes' kinds in the law's order:
     * "xã, phường", never "phường, xã" over a table sorted by name */
    for (size_t k = 1; k < n_seen; k++)
        for (size_t j = k; j > 0 && kind_rank(seen[j]) < kind_rank(seen[j - 1]); j--) {
            const char *t = seen[j];
            seen[j] = seen[j - 1];
            seen[j - 1] = t;
        }
    Buf b = {0};
    for (size_t k = 0; k < n_seen; k++)
        buf_printf(&b, "%s%s", k ? ", " : "", seen[k]);
    const char *r = buf_to_arena(&b, arena);
    buf_free(&b);
    return r;
}

/* The first "{kinds}" or "{parent_kinds}" in s, its length in *len; NULL
 * when none */
static const char *kinds_ref(const char *s, size_t *len)
{
    const char *k = s ? str_find(s, KINDS_REF) : NULL, *p = s ? str_find(s, PARENT_KINDS_REF) : NULL;
    if (p && (!k || p < k)) {
        *len = strlen(PARENT_KINDS_REF);
        return p;
    }
    *len = strlen(KINDS_REF);
    return k;
}

int att_kinds_wanted(const Attachment *att)
{
    size_t len;
    for (size_t c = 0; c < att->n_columns; c++)
        if (kinds_ref(att->columns[c].header, &len))
            return 1;
    return 0;
}

/* s with each "{kinds}" replaced by kinds and each "{parent_kinds}" by
 * parents; s itself when it holds neither. Arena-owned. */
static const char *put_kinds(Arena *arena, const char *s, const char *kinds, const char *parents)
{
    size_t len;
    const char *at = kinds_ref(s, &len);
    if (!at)
        return s;
    Buf b = {0};
    for (; at; s = at + len, at = kinds_ref(s, &len)) {
        buf_putn(&b, s, (size_t)(at - s));
        buf_puts(&b, len == strlen(KINDS_REF) ? kinds : parents);
    }
    buf_puts(&b, s);
    const char *r = buf_to_arena(&b, arena);
    buf_free(&b);
    return r;
}

void att_kinds_header(Resolver *r, Attachment *att, const char *const *kinds,
                      const char *const *parent_kinds, size_t n)
{
    const char *text = NULL, *parents = NULL;
    for (size_t c = 0; c < att->n_columns; c++) {
        Column *col = &att->columns[c];
        size_t len;
        if (!kinds_ref(col->header, &len))
            continue;
        if (!text) {
            text = kinds_text(r->arena, kinds, n);
            parents = kinds_text(r->arena, parent_kinds, n);
        }
        col->header = put_kinds(r->arena, col->header, text, parents);
    }
}

void att_kinds_titles(Arena *arena, const char **titles, const char *const *kinds,
                      const char *const *parent_kinds, size_t n)
{
    size_t len;
    for (size_t i = 0, j; i < n; i = j) {
        for (j = i + 1; j < n && strcmp(titles[j], titles[i]) == 0; j++)
            ;
        if (!kinds_ref(titles[i], &len))
            continue;
        const char *title = put_kinds(arena, titles[i], kinds_text(arena, kinds + i, j - i),
                                      kinds_text(arena, parent_kinds + i, j - i));
        for (size_t k = i; k < j; k++)
            titles[k] = title;
    }
}

const char *att_kinds_checked(Arena *arena, const char *text)
{
    /* the same length, so a later reference's column stays where it is */
    return put_kinds(arena, text, "(kinds)", "(parent_kinds)");
}

int att_kinds_parent_column(const Attachment *att, const FieldRef *fields)
{
    size_t len;
    for (size_t c = 0; c < att->n_columns; c++) {
        const char *at = kinds_ref(att->columns[c].header, &len);
        if (at && len == strlen(PARENT_KINDS_REF) && fields[c].field &&
            (fields[c].field->id == F_PARENT || fields[c].field->id == F_PARENT_FULL))
            return (int)c;
    }
    return -1;
}

void att_kinds_left(Resolver *r, Attachment *att, const YNode *preset)
{
    int left = 0;
    for (size_t c = 0; c < att->n_columns; c++) {
        const Column *col = &att->columns[c];
        size_t len;
        const char *at = kinds_ref(col->header, &len);
        if (!at)
            continue;
        left = 1;
        SrcPos pos = col->header_node ? col->header_node->pos : col->pos;
        if (preset && pos.file && preset->pos.file && strcmp(pos.file, preset->pos.file) == 0)
            continue; /* the preset's header over the plan's rows: no line of the plan's */
        diag_warning(r->diags, pos, col->header_node ? yread_span(col->header_node) : 1, KH210,
                     "'%.*s' names the kinds of the localities the table shows, and its rows are "
                     "not localities' generated rows: it prints 'địa bàn'; write the column's "
                     "heading itself",
                     (int)len, at);
    }
    if (left) /* the neutral word, never the braces (s35attack H2) */
        att_kinds_header(r, att, NULL, NULL, 0);
}
