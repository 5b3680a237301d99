/* check_localgov.c - a plan of the two-level local government that names
 * a district's People's Committee where a body in office goes (KH181).
 *
 * From 1 July 2025 there is no district level and no thị trấn (localgov.c):
 * a plan for 2026 or later issued by a huyện, quận, thị xã, a province's city
 * ("THÀNH PHỐ HÀ GIANG", of a district's level: s53cycle) or thị trấn, a commune's plan with
 * "UBND HUYỆN ..." as its governing body, "UBND huyện" or "UBND các xã, thị trấn" among its
 * recipients, or a unit that is an office of the district ("Văn phòng Điều
 * phối nông thôn mới huyện") was built with no word: last year's plan
 * copied, or `khgen new` run from a plan of 2025. Each such value is
 * warned at its own line, with what to write instead; the plan's words are
 * the official's to change, so nothing is rewritten. Only those four
 * places, the opening and the closing are read: in the last two "UBND
 * huyện xây dựng Kế hoạch" names the issuer and "báo cáo UBND huyện" a
 * body in office, but a document cited by its number or date ("Kế hoạch
 * số 12/KH-UBND ... của UBND huyện") is history, as a legal basis citing
 * a district's decision is; a locality named "Thôn Huyện" or a text
 * telling of a "huyện đảo" are places and words, none a body in office.
 * The body's headings are read as the opening is (a part's, a section's, a
 * clause's, a sub-clause's and a task's title): `khgen import` makes each
 * heading of "TỔ CHỨC THỰC HIỆN" that names a body ("Sở Giao thông vận
 * tải", "UBND các huyện, thành phố") a unit and the clause of its tasks,
 * and a drafter who renamed the unit as KH182 said printed the plan of
 * 2026 with the old body still heading its tasks, exit 0 (s53user). In
 * the opening, the closing and the headings a district's office named
 * without its place is read too ("báo cáo Văn phòng điều phối nông thôn
 * mới huyện", a clause "Các cơ quan chuyên môn huyện": localgov_office.c;
 * s54cycle), as a unit so named is. The
 * body's other text (its paragraphs, bullets and task texts) is not read:
 * it may tell of last year's work, and `khgen new` notes it.
 * A plan whose period begins in
 * 2025 or earlier is never read. The same places are read for a province's
 * department or a ministry the 2025 reorganisation merged away ("Sở Nông
 * nghiệp và PTNT" among the recipients; KH182, the names in reform.c),
 * warned with the body to write instead. And for a province the 2025
 * merger ended (Nghị quyết 202/2025/QH15: "TỈNH HÀ GIANG", merged into
 * Tuyên Quang; places2025.c), read in those places and in the place line
 * and the title too, which name the province whose plan it is: a plan of
 * 2026 issued by "UBND TỈNH HÀ GIANG", or a commune's under "UBND TỈNH
 * BẮC GIANG", was built with exit 0 and no word (s52cycle); KH183, with
 * the province it went into. A rule of check, on the plan as parsed;
 * linear in the values it reads.
 */
#include "check_localgov.h"

#include <string.h>

#include "check_draft.h"
#include "i18n.h"
#include "load.h"
#include "localgov.h"
#include "places2025.h"
#include "reform.h"
#include "util.h"
#include "vi.h"

/* value cut to about 80 bytes at a character's start, "…" after it when
 * cut: a recipient pasted with a paragraph is quoted by its start. */
static const char *quoted(Buf *b, const char *value)
{
    size_t n = strlen(value);
    if (n <= 80)
        return value;
    n = 80;
    while (n && ((unsigned char)value[n] & 0xC0) == 0x80)
        n--;
    buf_reset(b);
    buf_putn(b, value, n);
    buf_puts(b, "…");
    return buf_str(b);
}

/* 1 if line, an issuer line, is a province's city ("THÀNH PHỐ HÀ
 * GIANG", "UBND THÀNH PHỐ BẮC GIANG"): a city that is no city under the
 * central government, as places2025.c reads one, standing at the line's
 * start. Such a city had a district's level and ended with it on 1 July
 * 2025; a plan of 2026 issued by it was built with no word (s53cycle). */
static int province_city_line(const char *line)
{
    size_t len;
    Place2025 what;
    const char *into;
    long off = places2025_in_text(line, PLACES2025_ALL, &len, &what, &into);
    return off >= 0 && what == PLACE2025_CITY && (size_t)off == strspn(line, " ");
}

/* The issuer: once, at its first line that is a district's, a
 * province's city's or a thị trấn's; 1 if one is (diags NULL: counted
 * only). */
static int issuer_warning(DiagSink *diags, const Plan *plan, int year, Buf *b)
{
    for (size_t i = 0; i < plan->n_issuer; i++) {
        int district = localgov_district_issuer_line(plan->issuer[i]);
        int city = !district && province_city_line(plan->issuer[i]);
        if (!district && !city && !localgov_township_issuer_line(plan->issuer[i]))
            continue;
        SrcPos at = plan->issuer_node ? item_pos(plan->issuer_node, i, plan->n_issuer)
                                      : plan->date_pos;
        if (diags && city)
            diag_warning(diags, at, 1, KH181,
                         "the plan for %d is issued by '%s', a city of a province, which had a "
                         "district's level: the district tier of local government ended on 1 "
                         "July 2025 and the city with it, its wards made phường of the "
                         "province: a plan from 2026 on is the commune's (xã, phường, đặc khu) "
                         "or the province's; write its issuer (and issuer_short, title, opening "
                         "and closing) as theirs",
                         year, quoted(b, plan->issuer[i]));
        else if (diags && district)
            diag_warning(diags, at, 1, KH181,
                         "the plan for %d is issued by '%s', a district's People's Committee, "
                         "but the district tier of local government ended on 1 July 2025: a "
                         "plan from 2026 on is the commune's (xã, phường, đặc khu) or the "
                         "province's; write its issuer (and issuer_short, opening and closing) "
                         "as theirs",
                         year, quoted(b, plan->issuer[i]));
        else if (diags)
            diag_warning(diags, at, 1, KH181,
                         "the plan for %d is issued by '%s', a thị trấn's People's Committee, "
                         "but each thị trấn became a xã or a phường on 1 July 2025: write the "
                         "issuer (and issuer_short, opening and closing) as the commune's",
                         year, quoted(b, plan->issuer[i]));
        return 1;
    }
    /* the lines without their kind ("YÊN THẾ"), the short name with it */
    if (!plan->issuer_short || !localgov_names_district_body(plan->issuer_short))
        return 0;
    if (diags)
        diag_warning(diags, plan->issuer_node ? plan->issuer_node->pos : plan->date_pos, 1, KH181,
                     "the plan for %d is issued by '%s', a district's People's Committee, "
                     "but the district tier of local government ended on 1 July 2025: a "
                     "plan from 2026 on is the commune's (xã, phường, đặc khu) or the "
                     "province's; write its issuer (and issuer_short, opening and closing) "
                     "as theirs",
                     year, quoted(b, plan->issuer_short));
    return 1;
}

/* The opening's or closing's (key; text, at at) first name of a
 * district's body that cites no document: warned (diags; NULL: counted
 * only); 1 if one is. "UBND huyện xây dựng Kế hoạch", "báo cáo UBND
 * huyện" were built with no word while the issuer's lines were warned. */
static int text_warning(DiagSink *diags, const char *key, const char *text, SrcPos at, int year,
                        Buf *b)
{
    size_t len = 0;
    long off = localgov_district_body_in_text(text, &len);
    int office = off < 0 && (off = localgov_district_office_in_text(text, &len)) >= 0;
    if (off < 0)
        return 0;
    if (diags) {
        buf_reset(b);
        buf_putn(b, text + off, len);
        Buf q = {0};
        if (office) /* "báo cáo Văn phòng điều phối nông thôn mới huyện" (s54cycle) */
            diag_warning(diags, at, 1, KH181,
                         "%s: names '%s', an office of a district, but the district tier ended "
                         "on 1 July 2025: name the commune's or the province's office that does "
                         "this work in a plan for %d (a district's document cited by its number "
                         "or date is history and stays)",
                         key, quoted(&q, buf_str(b)), year);
        else
            diag_warning(diags, at, 1, KH181,
                         "%s: names '%s', a district's People's Committee or Council, but the "
                         "district tier ended on 1 July 2025: write the commune's or the "
                         "province's body in a plan for %d (a district's document cited by its "
                         "number or date is history and stays)",
                         key, quoted(&q, buf_str(b)), year);
        buf_free(&q);
    }
    return 1;
}

/* 1 if one of plan's issuer lines is a commune's ("XÃ TÂN BÌNH"). */
static int commune_issuer(const Plan *plan)
{
    int commune = 0;
    Buf u = {0};
    for (size_t i = 0; i < plan->n_issuer && !commune; i++) {
        buf_reset(&u);
        vi_put_upper(&u, plan->issuer[i] ? plan->issuer[i] : "");
        const char *rest;
        commune = localgov_commune_issuer(buf_str(&u), &rest) != NULL;
    }
    buf_free(&u);
    return commune;
}

/* A value (where: "the unit") of a commune's plan that is a district's
 * specialised office without the word "huyện", "Phòng Tài chính - Kế
 * hoạch" (reform_district_office): carried over from a district's plan
 * into a commune's of the two-level government (s51cycle's cycle, the
 * seeds' units), it named an office no commune has, with exit 0. Warned
 * (diags; NULL: counted); 1 if it is one. */
static int office_warning(DiagSink *diags, const char *where, const char *value, SrcPos at,
                          int year, Buf *b)
{
    const char *field = localgov_district_unit(value) ? NULL : reform_district_office(value);
    if (field && diags)
        diag_warning(diags, at, 1, KH181,
                     "%s '%s' is a district People's Committee's office (Phòng %s), but the "
                     "district tier ended on 1 July 2025 and no commune has one: a commune's "
                     "offices are Văn phòng HĐND và UBND, Phòng Kinh tế (a phường's Phòng Kinh "
                     "tế, Hạ tầng và Đô thị) and Phòng Văn hóa - Xã hội (Nghị định "
                     "150/2025/NĐ-CP); name the one that does this work in %d, or the "
                     "province's department",
                     _(where), quoted(b, value), field, year);
    return field != NULL;
}

/* office_warning at each unit and recipient of a commune's plan; their count. */
static int district_offices(DiagSink *diags, const Plan *plan, int year, Buf *b)
{
    if (!commune_issuer(plan))
        return 0; /* a province's plan may name a department's own Phòng */
    int n = 0;
    for (size_t i = 0; i < plan->n_recipients && plan->recipients_node; i++)
        n += office_warning(diags, N_("the recipient"), plan->recipients[i],
                            item_pos(plan->recipients_node, i, plan->n_recipients), year, b);
    for (size_t i = 0; i < plan->n_units; i++)
        n += office_warning(diags, N_("the unit"), plan->units[i].name, plan->units[i].pos, year,
                            b);
    return n;
}

static int reform_warning(DiagSink *diags, const char *where, const char *value, SrcPos at,
                          int year, int text);

/* A walk of the body's headings (heading_values): KH181's (district) or
 * KH182's, for a plan of year, the count of those warned. */
typedef struct HeadingWalk {
    DiagSink *diags; /* NULL: counted only */
    int year, district, n;
} HeadingWalk;

/* A heading's title (a part, a section, a clause, a sub-clause, a task's
 * heading) read as an opening is: its first name of a body the district
 * tier's end (district) or the reorganisation of 2025 took away, not
 * cited as history. */
static void visit_heading(void *data, const BodyPlace *place)
{
    HeadingWalk *w = data;
    const BodyNode *node = place->node;
    NodeKind k = node->kind;
    if (!node->title || (k != NODE_PART && k != NODE_SECTION && k != NODE_CLAUSE &&
                         k != NODE_SUBCLAUSE && k != NODE_TASK))
        return;
    if (!w->district) {
        w->n += reform_warning(w->diags, N_("the heading"), node->title, node->title_pos, w->year,
                               1);
        return;
    }
    size_t len = 0;
    long off = localgov_district_body_in_text(node->title, &len);
    int office = off < 0 && (off = localgov_district_office_in_text(node->title, &len)) >= 0;
    if (off < 0)
        return;
    w->n++;
    if (!w->diags)
        return;
    Buf name = {0}, q = {0}, t = {0};
    buf_putn(&name, node->title + off, len);
    if (office) /* a clause "Văn phòng Điều phối nông thôn mới huyện" (s54cycle) */
        diag_warning(w->diags, node->title_pos, 1, KH181,
                     "the heading '%s' names '%s', an office of a district, but the district "
                     "tier ended on 1 July 2025: name the commune's or the province's office "
                     "that does this work in a plan for %d (a district's document cited by its "
                     "number or date is history and stays)",
                     quoted(&t, node->title), quoted(&q, buf_str(&name)), w->year);
    else
        diag_warning(w->diags, node->title_pos, 1, KH181,
                     "the heading '%s' names '%s', a district's People's Committee or Council, "
                     "but the district tier ended on 1 July 2025: write the commune's or the "
                     "province's body in a plan for %d (a district's document cited by its "
                     "number or date is history and stays)",
                     quoted(&t, node->title), quoted(&q, buf_str(&name)), w->year);
    buf_free(&name);
    buf_free(&q);
    buf_free(&t);
}

/* KH181's (district) or KH182's warnings at the body's headings (diags;
 * NULL: counts only); their count. */
static int heading_values(DiagSink *diags, const Plan *plan, int year, int district)
{
    HeadingWalk w = {diags, year, district, 0};
    plan_walk_body(plan->body, plan->n_body, visit_heading, &w);
    return w.n;
}

/* Warns (diags; NULL: counts only) at each value KH181 names in plan, as
 * for a plan of year; returns their count. */
static int district_values(DiagSink *diags, const Plan *plan, int year)
{
    Buf b = {0};
    int issuer = issuer_warning(diags, plan, year, &b), n = issuer;
    if (plan->governing_body && plan->governing_node &&
        (localgov_names_district_body(plan->governing_body) ||
         localgov_district_issuer_line(plan->governing_body)) && ++n && diags)
        diag_warning(diags, plan->governing_node->pos, 1, KH181,
                     "the governing body '%s' is a district's People's Committee, but the "
                     "district tier ended on 1 July 2025: from 2026 on a commune's superior is "
                     "the province's People's Committee; write UBND TỈNH and the province's "
                     "name, or delete the line",
                     quoted(&b, plan->governing_body));
    for (size_t i = 0; i < plan->n_recipients && plan->recipients_node; i++) {
        const char *r = plan->recipients[i];
        SrcPos at = item_pos(plan->recipients_node, i, plan->n_recipients);
        if (localgov_names_district_body(r) && ++n && diags)
            diag_warning(diags, at, 1, KH181,
                         "the recipient '%s' is a district's People's Committee or Council, but "
                         "the district tier ended on 1 July 2025: write the province's (UBND "
                         "tỉnh) or the communes' (UBND các xã, phường, đặc khu) in a plan for "
                         "%d, or delete the line",
                         quoted(&b, r), year);
        /* "Các phòng, ban thuộc huyện": the district's offices, as a unit's */
        else if (!localgov_names_district_body(r) && localgov_district_unit(r) && ++n && diags)
            diag_warning(diags, at, 1, KH181,
                         "the recipient '%s' is a district's office, but the district tier "
                         "ended on 1 July 2025: name the commune's or the province's offices in "
                         "a plan for %d, or delete the line",
                         quoted(&b, r), year);
        else if (localgov_names_township_body(r) && ++n && diags)
            diag_warning(diags, at, 1, KH181,
                         "the recipient '%s' names a thị trấn's People's Committee, but each "
                         "thị trấn became a xã or a phường on 1 July 2025: write 'UBND các xã, "
                         "phường, đặc khu' or the commune's name in a plan for %d",
                         quoted(&b, r), year);
    }
    for (size_t i = 0; i < plan->n_units; i++) {
        const char *name = plan->units[i].name;
        if (localgov_district_unit(name) && ++n && diags)
            diag_warning(diags, plan->units[i].pos, 1, KH181,
                         "the unit '%s' is an office of a district, but the district tier "
                         "ended on 1 July 2025: name the commune's or the province's office "
                         "that does this work in %d",
                         quoted(&b, name), year);
        else if (!localgov_district_unit(name) && localgov_names_township_body(name) && ++n &&
                 diags)
            diag_warning(diags, plan->units[i].pos, 1, KH181,
                         "the unit '%s' names a thị trấn's People's Committee, but each thị "
                         "trấn became a xã or a phường on 1 July 2025: name the commune's "
                         "People's Committee (UBND các xã, phường, đặc khu) in a plan for %d",
                         quoted(&b, name), year);
    }
    n += district_offices(diags, plan, year, &b);
    if (!issuer) { /* a district's issuer's message names the opening and closing */
        n += text_warning(diags, "opening", plan->opening, plan->opening_pos, year, &b);
        n += text_warning(diags, "closing", plan->closing, plan->closing_pos, year, &b);
    }
    n += heading_values(diags, plan, year, 1);
    buf_free(&b);
    return n;
}

/* Warns (KH182; diags NULL: counts only) at value (a place's, where:
 * "the recipient") if it names a body the 2025 reorganisation merged
 * away (reform.h); text 1: value is an opening or a closing, read from
 * its first name not cited as history. 1 if it names one. */
static int reform_warning(DiagSink *diags, const char *where, const char *value, SrcPos at,
                          int year, int text)
{
    if (!value) /* no issuer_short, a unit without its name: nothing to read (and
                 * value + off below would be arithmetic on NULL, UBSan's finding) */
        return 0;
    size_t len = 0;
    ReformBody body = REFORM_SO;
    long off = text ? reform_in_text(value, &len) : 0;
    const Reformed *r = off < 0 ? NULL : reform_find(value + off, &body);
    if (!r || !diags)
        return r != NULL;
    Buf q = {0}, old = {0}, now = {0}, cut = {0};
    if (text)
        buf_putn(&q, value + off, len);
    const char *quote = quoted(&cut, text ? buf_str(&q) : value);
    buf_printf(&old, "%s %s", reform_body_word(body), r->field);
    if (r->moved) /* no one successor in every province (reform.c) */
        diag_warning(diags, at, 1, KH182,
                     "%s '%s' names %s, %s: check your province's decision, and write the body "
                     "that does this work in a plan for %d",
                     _(where), quote, buf_str(&old), _(r->moved), year);
    else {
        if (r->successor_whole)
            buf_puts(&now, r->successor_whole);
        else
            buf_printf(&now, "%s %s", reform_body_word(body), r->successor);
        const char *note = body == REFORM_BO ? r->note_bo : r->note_so;
        diag_warning(diags, at, 1, KH182,
                     "%s '%s' names %s, which the 2025 reorganisation merged into %s (%s): "
                     "write '%s' in a plan for %d%s",
                     _(where), quote, buf_str(&old), buf_str(&now), reform_law(body),
                     buf_str(&now), year, note ? _(note) : "");
    }
    buf_free(&cut);
    buf_free(&q);
    buf_free(&old);
    buf_free(&now);
    return 1;
}

/* An issuer line that names no such body alone, read with the line after
 * it: a department's name broken over two lines ("SỞ NÔNG NGHIỆP VÀ" /
 * "PHÁT TRIỂN NÔNG THÔN", s51cycle), as it prints under "UBND TỈNH X".
 * Warned (diags; NULL: counted) at the first line; 1 if it names one. */
static int broken_issuer(DiagSink *diags, const Plan *plan, size_t i, int year)
{
    if (i + 1 >= plan->n_issuer || !plan->issuer[i] || !plan->issuer[i + 1] ||
        reform_warning(NULL, "", plan->issuer[i + 1], plan->date_pos, year, 0))
        return 0; /* the next line, alone, is warned at its own */
    Buf both = {0};
    buf_printf(&both, "%s %s", plan->issuer[i], plan->issuer[i + 1]);
    int found = reform_warning(diags, N_("the issuer line"), buf_str(&both),
                               plan->issuer_node ? item_pos(plan->issuer_node, i, plan->n_issuer)
                                                 : plan->date_pos,
                               year, 0);
    buf_free(&both);
    return found;
}

/* What a value walk_values gives its reader is: an issuer line, the
 * issuer's short name, the place line, the title, a name (the governing
 * body, a recipient, a unit) or a text (the opening, the closing) */
typedef enum { VALUE_ISSUER, VALUE_SHORT, VALUE_PLACE, VALUE_TITLE, VALUE_NAME, VALUE_TEXT } ValueKind;

typedef struct Walk Walk;

/* A rule's reading of one value of w's plan (where: "the recipient", to
 * translate; value NULL where the plan has none): warns (w->diags; NULL:
 * counts only); 1 if it names what the rule looks for. */
typedef int (*ReadValue)(const Walk *w, const char *where, const char *value, SrcPos at,
                         ValueKind kind);

struct Walk {
    DiagSink *diags; /* NULL: count only */
    const Plan *plan;
    int year;        /* the plan's */
    int places;      /* the place line and the title read too (KH183's) */
    size_t line;     /* VALUE_ISSUER: the issuer line's index */
    ReadValue read;
};

/* The values of w's plan that name a body in office, each given to
 * w->read in the plan's order: the issuer's lines, its short name where
 * no line named one, with w->places the place line and the title, the
 * governing body, the recipients, the units, the opening and the closing
 * (a document cited there by its number or date, or a legal basis, is
 * history: the reader's to leave). Returns how many name one. One walk
 * for KH182 and KH183 (there were two copies of it). */
static int walk_values(Walk *w)
{
    const Plan *plan = w->plan;
    int n = 0;
    for (size_t i = 0; i < plan->n_issuer; i++) {
        w->line = i;
        n += w->read(w, N_("the issuer line"), plan->issuer[i],
                     plan->issuer_node ? item_pos(plan->issuer_node, i, plan->n_issuer)
                                       : plan->date_pos,
                     VALUE_ISSUER);
    }
    if (!n) /* the short name, once, where no line said it */
        n += w->read(w, N_("the issuer's short name"), plan->issuer_short,
                     plan->issuer_node ? plan->issuer_node->pos : plan->date_pos, VALUE_SHORT);
    if (w->places && plan->place && plan->place_node)
        n += w->read(w, N_("the place line"), plan->place, plan->place_node->pos, VALUE_PLACE);
    if (w->places && plan->title && plan->title_node)
        n += w->read(w, N_("the title"), plan->title, plan->title_node->pos, VALUE_TITLE);
    if (plan->governing_body && plan->governing_node)
        n += w->read(w, N_("the governing body"), plan->governing_body, plan->governing_node->pos,
                     VALUE_NAME);
    for (size_t i = 0; i < plan->n_recipients && plan->recipients_node; i++)
        n += w->read(w, N_("the recipient"), plan->recipients[i],
                     item_pos(plan->recipients_node, i, plan->n_recipients), VALUE_NAME);
    for (size_t i = 0; i < plan->n_units; i++)
        n += w->read(w, N_("the unit"), plan->units[i].name, plan->units[i].pos, VALUE_NAME);
    n += w->read(w, N_("the opening"), plan->opening, plan->opening_pos, VALUE_TEXT);
    n += w->read(w, N_("the closing"), plan->closing, plan->closing_pos, VALUE_TEXT);
    return n;
}

/* KH182's reader of walk_values: reform_warning, the opening and the
 * closing read as texts, and an issuer line naming no body alone read with
 * the line after it (broken_issuer). */
static int reform_read(const Walk *w, const char *where, const char *value, SrcPos at,
                       ValueKind kind)
{
    int found = reform_warning(w->diags, where, value, at, w->year, kind == VALUE_TEXT);
    return found || kind != VALUE_ISSUER ? found : broken_issuer(w->diags, w->plan, w->line, w->year);
}

/* The values KH182 reads, the places KH181 reads: the issuer's lines (or
 * its short name), the governing body, the recipients, the units, the opening, the closing
 * (walk_values) and the body's headings (heading_values). Warns (diags;
 * NULL: counts only); returns their count. */
static int reform_values(DiagSink *diags, const Plan *plan, int year)
{
    Walk w = {diags, plan, year, 0, 0, reform_read};
    return walk_values(&w) + heading_values(diags, plan, year, 0);
}

/* KH183: value (a place's, where: "the recipient") names a province the
 * 2025 merger ended (places2025.c: "TỈNH HÀ GIANG", "UBND tỉnh Bắc
 * Giang"), not as the former one nor in a cited document; whole: value is
 * a place line, a merged province's name whole ("Hà Giang"). Warned
 * (diags; NULL: counted) with the province it went into; 1 if it names
 * one. */
static int province_warning(DiagSink *diags, const char *where, const char *value, SrcPos at,
                            int year, int whole)
{
    size_t len = 0;
    Place2025 what = PLACE2025_NONE;
    const char *into = whole ? places2025_merged_province(value) : NULL;
    long off = whole ? (into ? 0 : -1)
                     : places2025_in_text(value, PLACES2025_PROVINCES, &len, &what, &into);
    if (off < 0 || !into)
        return 0;
    if (diags) {
        Buf name = {0}, cut = {0};
        buf_putn(&name, value + off, whole ? strlen(value) : len);
        diag_warning(diags, at, 1, KH183,
                     "%s '%s' names a province merged into %s on 1 July 2025 (Nghị quyết "
                     "202/2025/QH15): write %s in a plan for %d, or name the former province as "
                     "such ('... (cũ)')",
                     _(where), quoted(&cut, buf_str(&name)), into, into, year);
        buf_free(&name);
        buf_free(&cut);
    }
    return 1;
}

/* 1 if the place line of plan is the name of the commune that issues it
 * ("Thái Bình" under "PHƯỜNG THÁI BÌNH"): the place is where the issuer
 * stands (Nghị định 30), a commune's own name, which may be an old
 * province's: phường Thái Bình of Hưng Yên, phường Bắc Giang of Bắc Ninh
 * since 1 July 2025 (their plans, init's skeletons too, had KH183 telling
 * them to write 'tỉnh Hưng Yên' as their place line, s53review). */
static int own_place(const Plan *plan)
{
    Buf u = {0}, place = {0};
    vi_put_upper(&place, plan->place);
    while (place.len && place.data[place.len - 1] == ' ')
        place.data[--place.len] = '\0';
    int own = 0;
    for (size_t i = 0; i < plan->n_issuer && !own; i++) {
        buf_reset(&u);
        vi_put_upper(&u, plan->issuer[i] ? plan->issuer[i] : "");
        while (u.len && u.data[u.len - 1] == ' ')
            u.data[--u.len] = '\0';
        const char *rest;
        const LocalKind *k = localgov_commune_issuer(buf_str(&u), &rest);
        if (k) { /* rest: "PHƯỜNG THÁI BÌNH", the kind with its space first */
            rest += strlen(k->upper);
            own = strcmp(rest + strspn(rest, " "), buf_str(&place)) == 0;
        }
    }
    buf_free(&u);
    buf_free(&place);
    return own;
}

/* KH183's reader of walk_values: province_warning, the place line read
 * whole but a commune's own name (own_place). */
static int province_read(const Walk *w, const char *where, const char *value, SrcPos at,
                         ValueKind kind)
{
    if (!value || (kind == VALUE_PLACE && own_place(w->plan)))
        return 0;
    return province_warning(w->diags, where, value, at, w->year, kind == VALUE_PLACE);
}

/* The values KH183 reads: those KH181 and KH182 read, and the place line
 * (but a commune's own name: own_place) and the title, which name the
 * province whose plan it is (walk_values). Warns (diags; NULL: counts
 * only); returns their count. */
static int province_values(DiagSink *diags, const Plan *plan, int year)
{
    Walk w = {diags, plan, year, 1, 0, province_read};
    return walk_values(&w);
}

void check_localgov(DiagSink *diags, const Plan *plan)
{
    int year = plan->period_from.year;
    if (year && localgov_two_level(year)) { /* 2025 or earlier: a district may have issued it */
        district_values(diags, plan, year);
        reform_values(diags, plan, year); /* the two-level year is the reorganisation's too */
        province_values(diags, plan, year); /* and the provinces' merger's (s52cycle) */
    }
}

int check_localgov_count(const Plan *plan)
{
    return district_values(NULL, plan, plan->period_from.year);
}

int check_localgov_reform_count(const Plan *plan)
{
    return reform_values(NULL, plan, plan->period_from.year);
}

int check_localgov_province_count(const Plan *plan)
{
    return province_values(NULL, plan, plan->period_from.year);
}
