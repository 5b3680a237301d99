/* import_bases.c - the legal bases of a plan: its "Căn cứ ..." paragraphs.
 *
 * The paragraphs after the title that begin "Căn cứ" (and the "Thực hiện
 * ..." ones that cite a document the same way) are the plan's legal bases;
 * each is structured (kind, number, date, issuing body, subject) when khgen
 * would print it back word for word, and kept as free text otherwise. Split
 * from import_head.c (the header above the title) when that file passed
 * its 1,200 lines (s30foreign). Works on one Ctx, as import_impl.h says.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "import_impl.h"
#include "i18n.h"
#include "vi.h"
/* ---- legal bases ------------------------------------------------------------------ */

static const struct { const char *name; } kinds[] = {
    {"Nghị quyết"}, {"Nghị định"}, {"Quyết định"}, {"Chỉ thị"}, {"Thông tư liên tịch"},
    {"Thông tư"}, {"Kế hoạch"}, {"Hướng dẫn"}, {"Chương trình hành động"}, {"Chương trình"},
    {"Thông báo"}, {"Luật"}, {"Bộ luật"}, {"Hiến pháp"}, {"Công văn"}, {"Văn bản"},
    {"Kết luận"}, {"Đề án"}, {NULL}};

static const char *basis_opening_comma(const char *s);

/* "Thực hiện Kế hoạch số 45/KH-UBND ngày ... của UBND tỉnh ...," as its own
 * paragraph among the bases (ending ";" or ","), or after them with the
 * opening run into it (", Ủy ban nhân dân huyện ... như sau:"): a basis
 * whose opening words are "Thực hiện" (intro). Before any basis, an
 * opening that starts so and ends with ":" stays the opening. */
static int thuc_hien_basis(const char *s, int after_bases)
{
    static const char intro[] = "Thực hiện ";
    if (!starts_with(s, intro))
        return 0;
    size_t n = strlen(s);
    int run_in = after_bases && n && s[n - 1] == ':' && basis_opening_comma(s);
    if (!n || (s[n - 1] != ';' && s[n - 1] != ',' && !run_in))
        return 0;
    for (int k = 0; kinds[k].name; k++)
        if (starts_with(s + strlen(intro), kinds[k].name) &&
            s[strlen(intro) + strlen(kinds[k].name)] == ' ')
            return 1;
    return 0;
}

/* "ngày 19/4/2022", "ngày 22 tháng 02 năm 2022": fills y-m-d, returns the
 * bytes read (0 if none) and whether the long form was used. */
static size_t parse_basis_date(const char *s, int *y, int *m, int *d, int *long_form)
{
    const char *t = s;
    if (!starts_with(t, "ngày "))
        return 0;
    t += strlen("ngày ");
    char *end;
    long dd = strtol(t, &end, 10);
    if (end == t)
        return 0;
    t = end;
    long mm, yy;
    if (*t == '/') {
        mm = strtol(t + 1, &end, 10);
        if (end == t + 1 || *end != '/')
            return 0;
        t = end + 1;
        yy = strtol(t, &end, 10);
        if (end == t)
            return 0;
        *long_form = 0;
    } else if (starts_with(t, " tháng ")) {
        t += strlen(" tháng ");
        mm = strtol(t, &end, 10);
        if (end == t || !starts_with(end, " năm "))
            return 0;
        t = end + strlen(" năm ");
        yy = strtol(t, &end, 10);
        if (end == t)
            return 0;
        *long_form = 1;
    } else {
        return 0;
    }
    if (!vi_date_valid((int)yy, (int)mm, (int)dd))
        return 0;
    *y = (int)yy;
    *m = (int)mm;
    *d = (int)dd;
    return (size_t)(end - s);
}

/* The date as khgen prints it in a basis: "19/4/2022", "22/02/2022". */
static int date_prints_as(int y, int m, int d, int long_form, const char *orig, size_t orig_len)
{
    Buf b = {0};
    VDate date = {y, m, d};
    if (long_form) {
        vi_put_date_long(&b, date);
    } else {
        buf_puts(&b, "ngày ");
        vi_put_date_short(&b, date);
    }
    int same = b.len == orig_len && memcmp(b.data, orig, orig_len) == 0;
    buf_free(&b);
    return same;
}

/* "Căn cứ tình hình thực tế tại địa phương, Ủy ban nhân dân phường ...
 * như sau:": the last ", " before a capitalised word, in a paragraph that
 * ends with ':' (no basis does, an opening does), when what follows names
 * who issues the plan. NULL when there is none. */
static const char *basis_opening_comma(const char *s)
{
    static const char *const issuers[] = {"Ủy ban nhân dân", "Uỷ ban nhân dân", "UBND",
                                          "Chủ tịch", NULL};
    const char *split = NULL;
    for (const char *t = str_find(s, ", "); t; t = str_find(t + 1, ", "))
        for (int k = 0; issuers[k]; k++)
            if (starts_with(t + 2, issuers[k]))
                split = t;
    return split;
}

/* "Căn Cước năm 2023", "Tổ chức chính quyền địa phương năm 2015": a law's
 * name that ends with its year, short and with nothing after the year; it
 * starts with a capital unless any_case ("Hiến pháp nước ..."). */
static int law_with_year(const char *t, int any_case)
{
    size_t n = strlen(t);
    if (n < 10 || n > 160 || strchr(t, ';') || strchr(t, ',') || (!any_case && !upper_initial(t)))
        return 0;
    const char *y = t + n - 4;
    for (int k = 0; k < 4; k++)
        if (y[k] < '0' || y[k] > '9')
            return 0;
    size_t l = strlen(" năm ");
    return (size_t)(y - t) > l && strncmp(y - l, " năm ", l) == 0;
}

/* "Căn cứ Quyết định số 263/QĐ-TTg ngày 22/02/2022 của Thủ tướng Chính
 * phủ phê duyệt ...;" -> structured when every part is where the usual
 * pattern puts it and khgen prints it back the same; free text otherwise. */
static void add_basis(Ctx *c, const char *raw, IBasis *b)
{
    memset(b, 0, sizeof *b);
    char *s = trim_dup(c, raw);
    size_t n = strlen(s);
    while (n && s[n - 1] == ' ')
        s[--n] = '\0';
    /* the punctuation the document ends it with (see fix_basis_ends) */
    if (n && (s[n - 1] == ';' || s[n - 1] == '.' || s[n - 1] == ','))
        b->orig_end = s[n - 1];
    while (n && (s[n - 1] == ';' || s[n - 1] == '.' || s[n - 1] == ' ' || s[n - 1] == ','))
        s[--n] = '\0';
    if (c->stats)
        c->stats->bases++;
    const char *t = s + strlen("Căn cứ ");
    if (starts_with(s, "Thực hiện ")) {
        b->intro = "Thực hiện";
        t = s + strlen("Thực hiện ");
    } else if (starts_with(t, "vào ")) {
        b->intro = "Căn cứ vào";
        t += strlen("vào ");
    }
    int k;
    for (k = 0; kinds[k].name; k++)
        if (starts_with(t, kinds[k].name) && t[strlen(kinds[k].name)] == ' ')
            break;
    if (!kinds[k].name)
        goto free_text;
    const char *kind = kinds[k].name;
    t += strlen(kind) + 1;
    const char *num = NULL, *num_end = NULL;
    if (!starts_with(t, "số ")) {
        /* a document cited by its name: "Luật Tổ chức chính quyền địa
         * phương ngày 19 tháng 6 năm 2015" (the name up to " ngày <date>") */
        const char *day = str_find(t, " ngày ");
        int y0, m0, d0, l0;
        int law = strcmp(kind, "Luật") == 0 || strcmp(kind, "Bộ luật") == 0 ||
                  strcmp(kind, "Hiến pháp") == 0;
        if (!day && law && law_with_year(t, strcmp(kind, "Hiến pháp") == 0)) {
            /* "Luật Căn cước năm 2023", "Hiến pháp nước ... năm 2013": the
             * year is part of the name, printed back as it is, no date */
            b->name = dup_range(c, t, strlen(t));
            b->kind = kind;
            if (c->stats)
                c->stats->bases_structured++;
            return;
        }
        if (!day || day == t || day - t > 160 || memchr(t, ';', (size_t)(day - t)) ||
            !parse_basis_date(day + 1, &y0, &m0, &d0, &l0))
            goto free_text;
        b->name = dup_range(c, t, (size_t)(day - t));
        t = day;
    } else {
        t += strlen("số ");
        num = t;
        while (*t && *t != ' ')
            t++;
        num_end = t;
        if (num_end == num || num_end[-1] == ',' || !memchr(num, '/', (size_t)(num_end - num)))
            goto free_text;
    }
    while (*t == ' ')
        t++;
    int y = 0, m = 0, d = 0, long_form = 0;
    size_t dl = parse_basis_date(t, &y, &m, &d, &long_form);
    if (!dl || !date_prints_as(y, m, d, long_form, t, dl))
        goto free_text;
    t += dl;
    if (!starts_with(t, " của ")) {
        /* no issuing body: "ngày 08/3/2022 ban hành ..." */
        if (*t && *t != ' ')
            goto free_text;
        goto structured;
    }
    t += strlen(" của ");
    /* the issuer runs to the first word of the subject: a verb or "về" */
    static const char *const subject_starts[] = {
        " về ", " phê duyệt", " ban hành", " Ban hành", " Phê duyệt", " quy định", " Quy định",
        " hướng dẫn", " Hướng dẫn", " sửa đổi", " thực hiện", " triển khai", " giao ", " thông qua",
        " khóa ", " khoá ", ", ", " tổ chức", " công nhận", " Về ", NULL};
    const char *by_end = NULL;
    for (int q = 0; subject_starts[q]; q++) {
        const char *hit = str_find(t, subject_starts[q]);
        if (hit && (!by_end || hit < by_end))
            by_end = hit;
    }
    if (!by_end || by_end == t)
        goto free_text;
    b->by = dup_range(c, t, (size_t)(by_end - t));
    t = by_end;
structured:
    b->kind = kind;
    b->number = num ? dup_range(c, num, (size_t)(num_end - num)) : NULL;
    b->date = arena_printf(c->arena, "%04d-%02d-%02d", y, m, d);
    b->long_date = long_form;
    const char *about = t;
    while (*about == ' ')
        about++;
    b->about = *about ? plan_text(c, about) : NULL;
    if (c->stats)
        c->stats->bases_structured++;
    return;
free_text:
    b->intro = NULL;
    b->name = NULL;
    b->text = plan_text(c, s);
}

/* A basis ends with ";" and the last with "." unless the document ends it
 * otherwise: a last basis ending ";" because the next sentence continues
 * it keeps its ";" (end: ";"). */
static void fix_basis_ends(IPlan *plan)
{
    for (size_t k = 0; k < plan->n_bases; k++) {
        IBasis *b = &plan->bases[k];
        char dflt = k + 1 == plan->n_bases ? '.' : ';';
        if (b->orig_end && b->orig_end != dflt)
            b->end = b->orig_end == ';' ? ";" : b->orig_end == ',' ? "," : ".";
    }
}


/* One more basis slot in the plan's array. */
static IBasis *basis_slot(Ctx *c, size_t *cap)
{
    IPlan *plan = c->plan;
    if (plan->n_bases == *cap) {
        *cap = *cap ? *cap * 2 : 8;
        IBasis *nb = arena_alloc(c->arena, *cap * sizeof *nb);
        if (plan->n_bases)
            memcpy(nb, plan->bases, plan->n_bases * sizeof *nb);
        plan->bases = nb;
    }
    return &plan->bases[plan->n_bases++];
}

/* "Theo đề nghị của Sở ... tại Tờ trình số ...": the proposal a decision
 * or a plan names after its bases, in their style (italic, the last
 * one's full stop). Read as the opening, it printed plain, the real
 * opening a paragraph of the body, with a note only when italic
 * (s41imp); it is the last basis, as a plan's `bases:` prints it back,
 * when it follows a basis or is italic as the bases are. So are its
 * other wordings, "Xét đề nghị ...", "Theo đề xuất ...", "Xét đề xuất
 * ...", "Xét Tờ trình ..." (s43attack: read as the opening as before). */
static int proposal_basis(const Para *p, int after_bases)
{
    static const char *const words[] = {"Theo đề nghị ", "Xét đề nghị ", "Theo đề xuất ",
                                        "Xét đề xuất ", "Xét Tờ trình "};
    int proposal = 0;
    for (size_t w = 0; w < sizeof words / sizeof words[0] && !proposal; w++)
        proposal = starts_with_ci(p->flat, words[w]);
    return (after_bases || p->italic) && proposal && !strchr(p->flat, '\n') &&
           p->flat[strlen(p->flat) - 1] != ':';
}

size_t imp_read_bases(Ctx *c, Para *P, size_t n, size_t i)
{
    IPlan *plan = c->plan;
    size_t cap_bases = 0;
    while (i < n &&
           (starts_with_ci(P[i].flat, "Căn cứ") || thuc_hien_basis(P[i].flat, plan->n_bases > 0) ||
            proposal_basis(&P[i], plan->n_bases > 0)) &&
           parse_label(P[i].flat).kind == L_NONE) {
        const char *s = P[i].flat;
        /* "Căn cứ ...; Để tiếp tục ... như sau:": the opening run into the
         * last basis */
        const char *split = NULL;
        size_t len = strlen(s);
        if (len && s[len - 1] == ':') {
            for (const char *t = str_find(s, "; "); t; t = str_find(t + 1, "; "))
                if (upper_initial(t + 2))
                    split = t;
            if (!split)
                split = basis_opening_comma(s); /* "..., Ủy ban nhân dân ... như sau:" */
        }
        const char *whole = split ? dup_range(c, s, (size_t)(split - s) + 1) : s;
        /* "...; Căn cứ ...": bases a converter ran together */
        for (;;) {
            const char *next = NULL;
            for (const char *t = str_find(whole, " Căn cứ "); t; t = str_find(t + 1, " Căn cứ "))
                if (t > whole && (t[-1] == ';' || t[-1] == '.')) {
                    next = t;
                    break;
                }
            if (!next)
                break;
            add_basis(c, dup_range(c, whole, (size_t)(next - whole)), basis_slot(c, &cap_bases));
            whole = next + 1;
        }
        add_basis(c, whole, basis_slot(c, &cap_bases));
        imp_part_emphasis(c, &P[i], IMP_PART_BASIS, NULL, P[i].bold, P[i].italic);
        i++;
        if (split) {
            plan->opening = plan_text(c, split + 2);
            break;
        }
    }
    fix_basis_ends(plan);
    return i;
}
