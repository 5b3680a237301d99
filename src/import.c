/* import.c - recognising a plan in a list of paragraphs (see import.h).
 *
 * A Kế hoạch has a fixed order (Nghị định 30/2020): the header (issuing
 * body, "Số: .../KH-UBND", place and date), "KẾ HOẠCH" and the subject line,
 * the legal bases ("Căn cứ ..."), an opening sentence, the numbered body, a
 * closing sentence ending "./.", "Nơi nhận:" and the signature. Recognition
 * walks the paragraphs once in that order, each part ending where the next
 * one's mark appears, and falls back to the body for anything it cannot
 * place, so no word of the document is lost.
 *
 * The body is a tree built from the labels the document prints: "I." opens
 * a section, "1." a clause, "1.1." (any depth) a sub-clause, "a)" a point,
 * "-" and "+" bullets; a paragraph without a label joins the innermost
 * heading. The numbers found are compared with the ones khgen would print:
 * where they agree the node is numbered automatically, where the sequence
 * jumps it restarts the counter (`number:`), and otherwise the label is
 * written out (`label:`).
 *
 * Then the registries are proposed: a clause of "TỔ CHỨC THỰC HIỆN" named
 * after a unit ("Phòng ...", "Văn phòng ...", "UBND ...") becomes a unit
 * whose bullets are its tasks; "+ Phụ trách tiêu chí: ..." and "+ Thời gian
 * thực hiện: ..." under a bullet make that bullet a task with a lead and a
 * deadline; communes and villages named in the goals become localities;
 * the plan's year becomes {year}. Each guess carries a "# review:" comment.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "emit_yaml.h"
#include "import.h"
#include "vi.h"

typedef struct Ctx {
    Arena *arena;
    DiagSink *diags;
    const char *path;
    int markdown;
    int year;
    IPlan *plan;
    ImpStats *stats;
    size_t cap_units, cap_locs;
} Ctx;

/* A paragraph prepared for recognition. */
typedef struct Para {
    char *text;  /* emphasis around the whole removed; '\n' kept */
    char *flat;  /* the same with line breaks as spaces */
    int bold, italic, heading, line, in_table, gap;
} Para;

/* ---- small text helpers -------------------------------------------------------------- */

static int starts_with(const char *s, const char *prefix)
{
    return strncmp(s, prefix, strlen(prefix)) == 0;
}

/* Case-insensitive prefix for ASCII plus the Vietnamese capitals used in
 * the marks we look for (compares the upper-cased forms). */
static int starts_with_ci(const char *s, const char *prefix)
{
    Buf a = {0}, b = {0};
    vi_put_upper(&a, s);
    vi_put_upper(&b, prefix);
    int r = a.len >= b.len && memcmp(a.data, b.data, b.len) == 0;
    buf_free(&a);
    buf_free(&b);
    return r;
}

static char *dup_range(Ctx *c, const char *s, size_t n)
{
    return arena_strndup(c->arena, s, n);
}

static char *trim_dup(Ctx *c, const char *s)
{
    while (*s == ' ' || *s == '\n' || *s == '\t')
        s++;
    size_t n = strlen(s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\n' || s[n - 1] == '\t'))
        n--;
    return dup_range(c, s, n);
}

static char *flatten(Ctx *c, const char *s)
{
    char *r = arena_strdup(c->arena, s);
    for (char *t = r; *t; t++)
        if (*t == '\n')
            *t = ' ';
    return r;
}

static int is_upper_text(const char *s)
{
    Buf up = {0};
    vi_put_upper(&up, s);
    int letters = 0;
    for (const char *t = s; *t; t++)
        if (isalpha((unsigned char)*t) || (unsigned char)*t >= 0xC3)
            letters = 1;
    int r = letters && up.len == strlen(s) && memcmp(up.data, s, up.len) == 0;
    buf_free(&up);
    return r;
}

/* The uppercase letters and digits of s only, for comparing marks like
 * "KẾ HOẠCH" whatever the markup around them. */
static void bare_upper(Buf *out, const char *s)
{
    Buf up = {0};
    vi_put_upper(&up, s);
    for (size_t i = 0; i < up.len; i++) {
        unsigned char ch = (unsigned char)up.data[i];
        if (ch == '*' || ch == '_' || ch == '#' || ch == '\\')
            continue;
        if (ch == ' ' || ch == '\n') {
            if (out->len && out->data[out->len - 1] != ' ')
                buf_putc(out, ' ');
            continue;
        }
        buf_putc(out, (char)ch);
    }
    while (out->len && out->data[out->len - 1] == ' ')
        out->data[--out->len] = '\0';
    buf_free(&up);
}

/* Removes emphasis that wraps the whole of s ("**x**", "*x*", "***x***",
 * "_x_"); sets *bold / *italic. Returns the inner text (arena). */
static char *unwrap(Ctx *c, const char *s, int *bold, int *italic)
{
    char *t = trim_dup(c, s);
    for (int round = 0; round < 2; round++) {
        size_t n = strlen(t);
        int k = 0;
        while (k < 3 && (size_t)k < n && t[k] == '*')
            k++;
        if (k == 0 && n > 2 && t[0] == '_' && t[n - 1] == '_' && !strchr(t + 1, '_') + 0 &&
            strchr(t + 1, '_') == t + n - 1) {
            *italic = 1;
            t = trim_dup(c, dup_range(c, t + 1, n - 2));
            continue;
        }
        if (k == 0 || n <= (size_t)(2 * k))
            break;
        int m = 0;
        while (m < k && t[n - 1 - m] == '*')
            m++;
        if (m != k || t[n - 1 - k] == '\\')
            break;
        /* no emphasis delimiter of the same kind inside */
        char delim[4] = {0};
        memset(delim, '*', (size_t)(k == 3 ? 1 : k));
        const char *inner = t + k;
        size_t inner_len = n - 2 * (size_t)k;
        char *in = dup_range(c, inner, inner_len);
        if (k == 2 && strstr(in, "**"))
            break;
        if (k == 1 && strchr(in, '*'))
            break;
        if (k == 3 && strchr(in, '*'))
            break;
        if (k >= 2)
            *bold = 1;
        if (k != 2)
            *italic = 1;
        t = trim_dup(c, in);
    }
    return t;
}

/* ---- labels ------------------------------------------------------------------------ */

typedef enum { L_NONE, L_ROMAN, L_NUM, L_POINT, L_BULLET } LabelKind;

typedef struct Label {
    LabelKind kind;
    int depth;      /* L_NUM: components */
    int nums[8];    /* L_NUM: the components; L_ROMAN: value */
    int close;      /* ')' instead of '.' */
    int trailing;   /* L_NUM: the label ends with '.' */
    char marker;    /* L_BULLET: '-' or '+' */
    char letter[4]; /* L_POINT */
    size_t len;     /* bytes of the label and the space after it */
    char text[32];  /* the label as printed, without backslashes */
} Label;

static int roman_value(const char *s, size_t n)
{
    static const struct { const char *r; int v; } t[] = {
        {"M", 1000}, {"CM", 900}, {"D", 500}, {"CD", 400}, {"C", 100}, {"XC", 90}, {"L", 50},
        {"XL", 40}, {"X", 10}, {"IX", 9}, {"V", 5}, {"IV", 4}, {"I", 1}};
    int v = 0;
    size_t i = 0;
    for (size_t k = 0; k < sizeof t / sizeof t[0] && i < n;) {
        size_t l = strlen(t[k].r);
        if (i + l <= n && strncmp(s + i, t[k].r, l) == 0) {
            v += t[k].v;
            i += l;
        } else {
            k++;
        }
    }
    if (i != n || v == 0 || v > 50)
        return 0;
    Buf r = {0};
    vi_put_roman(&r, v);
    int ok = r.len == n && memcmp(r.data, s, n) == 0;
    buf_free(&r);
    return ok ? v : 0;
}

static const char *const point_letters[] = {"a", "b", "c", "d", "đ", "e", "g", "h", "i", "k",
                                             "l", "m", "n", "o", "p", "q", "r", "s", "t", "u",
                                             "v", "x", "y", NULL};

/* Parses the label at the start of s. */
static Label parse_label(const char *s)
{
    Label l;
    memset(&l, 0, sizeof l);
    size_t i = 0;
    /* bullets */
    if (s[0] == '-' || s[0] == '+' || starts_with(s, "\xE2\x80\x93") || starts_with(s, "\xE2\x80\xA2")) {
        size_t n = s[0] == '-' || s[0] == '+' ? 1 : 3;
        if (s[0] == '-' && (s[1] == '-' || (s[1] >= '0' && s[1] <= '9')))
            return l;
        l.kind = L_BULLET;
        l.marker = s[0] == '+' ? '+' : '-';
        i = n;
        while (s[i] == ' ' || s[i] == '\t')
            i++;
        l.len = i;
        snprintf(l.text, sizeof l.text, "%c", l.marker);
        return l;
    }
    /* Roman */
    while (s[i] && strchr("IVXLC", s[i]))
        i++;
    if (i > 0) {
        size_t j = i;
        if (s[j] == '\\')
            j++;
        if (s[j] == '.' && (s[j + 1] == ' ' || s[j + 1] == '\0')) {
            int v = roman_value(s, i);
            if (v) {
                l.kind = L_ROMAN;
                l.nums[0] = v;
                snprintf(l.text, sizeof l.text, "%.*s.", (int)i, s);
                j++;
                while (s[j] == ' ')
                    j++;
                l.len = j;
                return l;
            }
        }
    }
    /* Arabic, dotted */
    i = 0;
    Buf text = {0};
    while (l.depth < 8) {
        size_t d = i;
        while (s[i] >= '0' && s[i] <= '9')
            i++;
        if (i == d || i - d > 2)
            break;
        l.nums[l.depth++] = atoi(s + d);
        buf_putn(&text, s + d, i - d);
        size_t j = i;
        if (s[j] == '\\')
            j++;
        if (s[j] == '.' && s[j + 1] >= '0' && s[j + 1] <= '9') {
            buf_putc(&text, '.');
            i = j + 1;
            continue;
        }
        if (s[j] == '.' || s[j] == ')') {
            l.close = s[j] == ')';
            l.trailing = 1;
            buf_putc(&text, s[j]);
            i = j + 1;
        }
        break;
    }
    if (l.depth > 0 && (s[i] == ' ' || s[i] == '\0') && (l.trailing || l.depth > 1) &&
        !(s[i] == '\0' && l.depth == 1)) {
        l.kind = L_NUM;
        while (s[i] == ' ')
            i++;
        l.len = i;
        snprintf(l.text, sizeof l.text, "%s", text.data);
        buf_free(&text);
        return l;
    }
    buf_free(&text);
    l.depth = 0;
    /* points: "a)", "đ)" */
    for (int k = 0; point_letters[k]; k++) {
        size_t n = strlen(point_letters[k]);
        if (strncmp(s, point_letters[k], n) == 0 && s[n] == ')' && s[n + 1] == ' ') {
            l.kind = L_POINT;
            snprintf(l.letter, sizeof l.letter, "%s", point_letters[k]);
            snprintf(l.text, sizeof l.text, "%s)", point_letters[k]);
            l.len = n + 2;
            while (s[l.len] == ' ')
                l.len++;
            return l;
        }
    }
    l.kind = L_NONE;
    return l;
}

/* ---- plan text ------------------------------------------------------------------- */

/* Text of the document as plan text: braces doubled; in plain text input
 * Markdown's special characters escaped. */
static char *plan_text(Ctx *c, const char *s)
{
    Buf b = {0};
    for (const char *t = s; *t; t++) {
        if (*t == '{' || *t == '}')
            buf_putc(&b, *t);
        else if (!c->markdown && (*t == '*' || *t == '_' || *t == '`' || *t == '[' ||
                                  (*t == '\\' && t[1] && strchr("*_`[\\", t[1]) == NULL)))
            buf_putc(&b, '\\');
        buf_putc(&b, *t == '\n' ? ' ' : *t);
    }
    char *r = buf_to_arena(&b, c->arena);
    buf_free(&b);
    return r ? r : arena_strdup(c->arena, "");
}

/* Replaces the plan's year in text by {year} (and its neighbours after
 * "năm"): "năm 2024", "quý IV/2024", "31/01/2024". Not inside "2021-2025",
 * nor a document number ("08/2019/NQ-HĐND"). */
static char *year_refs(Ctx *c, const char *s)
{
    if (!c->year || !s)
        return (char *)s;
    Buf b = {0};
    int changed = 0;
    for (size_t i = 0; s[i];) {
        if (s[i] >= '0' && s[i] <= '9' && (i == 0 || !(s[i - 1] >= '0' && s[i - 1] <= '9'))) {
            size_t j = i;
            while (s[j] >= '0' && s[j] <= '9')
                j++;
            if (j - i == 4) {
                int y = atoi(s + i);
                /* "năm" is 4 bytes ("n", "ă" (2), "m"), then the space */
                int after_nam = i >= 5 && (strncmp(s + i - 5, "năm ", 5) == 0 ||
                                       strncmp(s + i - 5, "Năm ", 5) == 0 ||
                                       strncmp(s + i - 5, "NĂM ", 5) == 0);
                int after_slash = i >= 2 && s[i - 1] == '/' &&
                                  ((s[i - 2] >= '0' && s[i - 2] <= '9') || strchr("IVX", s[i - 2]));
                int range = (s[j] == '-' && s[j + 1] >= '0' && s[j + 1] <= '9') ||
                            (i > 0 && s[i - 1] == '-');
                int docnum = s[j] == '/';
                const char *ref = NULL;
                if (!range && !docnum && (after_nam || after_slash)) {
                    if (y == c->year)
                        ref = "{year}";
                    else if (after_nam && y == c->year - 1)
                        ref = "{year-1}";
                    else if (after_nam && y == c->year + 1)
                        ref = "{year+1}";
                }
                if (ref) {
                    buf_puts(&b, ref);
                    changed = 1;
                    if (c->stats)
                        c->stats->year_refs++;
                } else {
                    buf_putn(&b, s + i, j - i);
                }
                i = j;
                continue;
            }
            buf_putn(&b, s + i, j - i);
            i = j;
            continue;
        }
        buf_putc(&b, s[i]);
        i++;
    }
    char *r = changed ? buf_to_arena(&b, c->arena) : (char *)s;
    buf_free(&b);
    return r;
}

/* ---- ids -------------------------------------------------------------------------- */

static char *slug(Ctx *c, const char *name, size_t max)
{
    Buf folded = {0}, out = {0};
    vi_put_folded(&folded, name);
    int dash = 0;
    for (size_t i = 0; i < folded.len; i++) {
        char ch = folded.data[i];
        if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) {
            if (dash && out.len)
                buf_putc(&out, '-');
            dash = 0;
            buf_putc(&out, ch);
        } else {
            dash = 1;
        }
        if (out.len >= max && dash)
            break;
    }
    if (!out.len)
        buf_puts(&out, "x");
    char *r = buf_to_arena(&out, c->arena);
    buf_free(&folded);
    buf_free(&out);
    return r;
}

static int id_taken(const IPlan *p, const char *id)
{
    for (size_t i = 0; i < p->n_units; i++)
        if (strcmp(p->units[i].id, id) == 0)
            return 1;
    for (size_t i = 0; i < p->n_localities; i++)
        if (strcmp(p->localities[i].id, id) == 0)
            return 1;
    return 0;
}

static const char *unique_id(Ctx *c, const char *base)
{
    if (!id_taken(c->plan, base))
        return base;
    for (int k = 2;; k++) {
        char *id = arena_printf(c->arena, "%s-%d", base, k);
        if (!id_taken(c->plan, id))
            return id;
    }
}

/* ---- units ------------------------------------------------------------------------ */

static const char *const unit_words[] = {
    "Phòng ", "Sở ", "Ban ", "UBND ", "Ủy ban ", "Uỷ ban ", "Văn phòng ", "Công chức ",
    "Trung tâm ", "Cơ quan ", "Chủ tịch ", "Phó Chủ tịch ", "Bí thư ", "Hội ", "Đoàn ",
    "Trạm ", "Công an ", "Ban Chỉ huy ", "Các phòng", "Các cơ quan", "Các Phòng",
    "Tổ công tác", "Chi cục ", "Kho bạc ", "Ngân hàng ", "Bảo hiểm ", "Trường ", "Đài ",
    "Thường trực ", "Trưởng ", "Cán bộ ", "Quân sự ", "Mặt trận ", NULL};

static int unit_start(const char *s)
{
    for (int k = 0; unit_words[k]; k++)
        if (starts_with(s, unit_words[k]))
            return 1;
    return 0;
}

/* Length of the unit's name at the start of s: up to the first word that
 * starts what the unit does ("phụ trách", "phối hợp", "chủ trì", "(", ":"). */
static size_t unit_name_len(const char *s, int heading)
{
    static const char *const stops[] = {" phụ trách", " phối hợp", " chủ trì", ":", ";",
                                        " tham mưu", " có trách nhiệm", " (", "(",
                                        " thực hiện", " tiếp tục", " hướng dẫn", NULL};
    size_t n = strlen(s);
    /* a heading is the unit's name up to what it does; in a sentence the
     * name also ends at a bracket or the first verb */
    int last = heading ? 7 : 100;
    for (int k = 0; stops[k] && k < last; k++) {
        const char *hit = strstr(s, stops[k]);
        if (hit && (size_t)(hit - s) < n)
            n = (size_t)(hit - s);
    }
    while (n && (s[n - 1] == ' ' || s[n - 1] == '.' || s[n - 1] == ','))
        n--;
    return n;
}

/* The id of the unit called name, adding it to the registry. */
static const char *unit_id(Ctx *c, const char *name)
{
    IPlan *p = c->plan;
    for (size_t i = 0; i < p->n_units; i++)
        if (strcmp(p->units[i].name, name) == 0)
            return p->units[i].id;
    if (p->n_units == c->cap_units) {
        c->cap_units = c->cap_units ? c->cap_units * 2 : 16;
        IEntry *u = arena_alloc(c->arena, c->cap_units * sizeof *u);
        if (p->n_units)
            memcpy(u, p->units, p->n_units * sizeof *u);
        p->units = u;
    }
    IEntry *e = &p->units[p->n_units];
    e->id = unique_id(c, slug(c, name, 28));
    e->name = arena_strdup(c->arena, name);
    p->n_units++;
    if (c->stats)
        c->stats->units++;
    return e->id;
}

/* ---- nodes ------------------------------------------------------------------------ */

static INode *node_new(Ctx *c, INodeKind kind, const char *title)
{
    INode *n = arena_alloc(c->arena, sizeof *n);
    n->kind = kind;
    n->title = title;
    return n;
}

static void node_add(Ctx *c, INode *parent, INode *child)
{
    if (parent->n_items == parent->cap_items) {
        size_t cap = parent->cap_items ? parent->cap_items * 2 : 8;
        INode **items = arena_alloc(c->arena, cap * sizeof *items);
        if (parent->n_items)
            memcpy(items, parent->items, parent->n_items * sizeof *items);
        parent->items = items;
        parent->cap_items = cap;
    }
    parent->items[parent->n_items++] = child;
}

static void node_remove(INode *parent, size_t at, size_t count)
{
    memmove(parent->items + at, parent->items + at + count,
            (parent->n_items - at - count) * sizeof *parent->items);
    parent->n_items -= count;
}

/* ---- header ----------------------------------------------------------------------- */

/* "Yên Thế, ngày      tháng 01 năm 2024": place and date. */
static int parse_place_date(Ctx *c, const char *s)
{
    const char *ngay = strstr(s, ", ngày");
    if (!ngay)
        ngay = strstr(s, ", Ngày");
    if (!ngay)
        return 0;
    const char *thang = strstr(ngay, "tháng");
    const char *nam = strstr(ngay, "năm");
    if (!thang || !nam || nam < thang)
        return 0;
    int day = atoi(ngay + strlen(", ngày"));
    const char *m = thang + strlen("tháng");
    while (*m == ' ')
        m++;
    int month = (*m >= '0' && *m <= '9') ? atoi(m) : 0;
    const char *y = nam + strlen("năm");
    while (*y == ' ')
        y++;
    int year = atoi(y);
    if (year < 1900 || year > 2200)
        return 0;
    if (month < 0 || month > 12)
        month = 0;
    if (!month || day < 0 || day > 31 || !vi_date_valid(year, month, day ? day : 1))
        day = 0;
    IPlan *p = c->plan;
    const char *start = s;
    while (*start == '*' || *start == '_' || *start == ' ')
        start++;
    p->place = dup_range(c, start, (size_t)(ngay - start));
    if (day && month)
        p->date = arena_printf(c->arena, "%04d-%02d-%02d", year, month, day);
    else if (month)
        p->date = arena_printf(c->arena, "%04d-%02d", year, month);
    else
        p->date = arena_printf(c->arena, "%04d", year);
    c->year = year;
    return 1;
}

/* "Số: 12/KH-UBND", "Số:      /KH-UBND". */
static int parse_number(Ctx *c, const char *s)
{
    if (!starts_with(s, "Số:") && !starts_with(s, "Số "))
        return 0;
    s += strlen("Số");
    /* the blank of a draft: spaces, no-break spaces (U+00A0), dots */
    for (;;) {
        if (*s == ':' || *s == ' ' || *s == '.' || *s == '\\' || *s == '_')
            s++;
        else if ((unsigned char)s[0] == 0xC2 && (unsigned char)s[1] == 0xA0)
            s += 2;
        else
            break;
    }
    const char *slash = strchr(s, '/');
    if (!slash)
        return 0;
    const char *e = slash;
    for (;;) {
        if (e > s && (e[-1] == ' ' || e[-1] == '.' || e[-1] == '\\' || e[-1] == '_'))
            e--;
        else if (e - s >= 2 && (unsigned char)e[-2] == 0xC2 && (unsigned char)e[-1] == 0xA0)
            e -= 2;
        else
            break;
    }
    c->plan->number = dup_range(c, s, (size_t)(e - s));
    c->plan->code = trim_dup(c, slash + 1);
    return 1;
}

static int is_national_line(const char *s)
{
    Buf up = {0};
    bare_upper(&up, s);
    int r = up.len && (strstr(up.data, "CỘNG HÒA XÃ HỘI") || strstr(up.data, "CỘNG HOÀ XÃ HỘI") ||
                       strstr(up.data, "ĐỘC LẬP - TỰ DO") || strstr(up.data, "ĐỘC LẬP – TỰ DO"));
    int rule = 1;
    for (const char *t = s; *t; t++)
        if (!strchr("-_=* \t", *t))
            rule = 0;
    buf_free(&up);
    return r || rule;
}

/* ---- legal bases ------------------------------------------------------------------ */

static const struct { const char *name; } kinds[] = {
    {"Nghị quyết"}, {"Nghị định"}, {"Quyết định"}, {"Chỉ thị"}, {"Thông tư liên tịch"},
    {"Thông tư"}, {"Kế hoạch"}, {"Hướng dẫn"}, {"Chương trình"}, {"Thông báo"}, {"Luật"},
    {"Công văn"}, {"Kết luận"}, {NULL}};

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
    if (n && (s[n - 1] == ';' || s[n - 1] == '.'))
        b->orig_end = s[n - 1];
    while (n && (s[n - 1] == ';' || s[n - 1] == '.' || s[n - 1] == ' ' || s[n - 1] == ','))
        s[--n] = '\0';
    if (c->stats)
        c->stats->bases++;
    const char *t = s + strlen("Căn cứ ");
    if (starts_with(t, "vào ")) {
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
    if (!starts_with(t, "số "))
        goto free_text;
    t += strlen("số ");
    const char *num = t;
    while (*t && *t != ' ')
        t++;
    const char *num_end = t;
    if (num_end == num || num_end[-1] == ',' || !memchr(num, '/', (size_t)(num_end - num)))
        goto free_text;
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
        const char *hit = strstr(t, subject_starts[q]);
        if (hit && (!by_end || hit < by_end))
            by_end = hit;
    }
    if (!by_end || by_end == t)
        goto free_text;
    b->by = dup_range(c, t, (size_t)(by_end - t));
    t = by_end;
structured:
    b->kind = kind;
    b->number = dup_range(c, num, (size_t)(num_end - num));
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
            b->end = b->orig_end == ';' ? ";" : ".";
    }
}

/* ---- deadlines -------------------------------------------------------------------- */

static const char *const roman_q[] = {"I", "II", "III", "IV"};

/* A deadline phrase as YAML: the canonical form when khgen prints it back
 * the same, {in: ..., text: ...} when it names a date it prints otherwise,
 * {text: ...} when it names none. Never a date before the plan's own. */
static const char *due_yaml(Ctx *c, const char *phrase, int *structured)
{
    *structured = 0;
    int y = c->year;
    char canon[64] = "";
    const char *form = NULL;
    Buf b = {0};
    const char *p = phrase;
    int n = 0, m = 0, d = 0;
    char rom[8] = "";
    if (y && (snprintf(canon, sizeof canon, "Thường xuyên trong năm %d", y), strcmp(p, canon) == 0)) {
        form = "ongoing";
    } else if (sscanf(p, "Quý %7[IV]/%d", rom, &n) == 2 || sscanf(p, "quý %7[IV]/%d", rom, &n) == 2) {
        for (int q = 0; q < 4; q++)
            if (strcmp(rom, roman_q[q]) == 0)
                form = arena_printf(c->arena, "%d-Q%d", n, q + 1);
        snprintf(canon, sizeof canon, "quý %s/%d", rom, n);
    } else if (sscanf(p, "tháng %d/%d", &m, &n) == 2 || sscanf(p, "Tháng %d/%d", &m, &n) == 2) {
        if (m >= 1 && m <= 12)
            form = arena_printf(c->arena, "%d-%02d", n, m);
        Buf mb = {0};
        vi_put_month(&mb, m);
        snprintf(canon, sizeof canon, "tháng %s/%d", mb.data ? mb.data : "", n);
        buf_free(&mb);
    } else if (sscanf(p, "ngày %d/%d/%d", &d, &m, &n) == 3 || sscanf(p, "Ngày %d/%d/%d", &d, &m, &n) == 3) {
        if (vi_date_valid(n, m, d))
            form = arena_printf(c->arena, "%d-%02d-%02d", n, m, d);
        Buf db = {0};
        VDate date = {n, m, d};
        vi_put_date_short(&db, date);
        snprintf(canon, sizeof canon, "ngày %s", db.data ? db.data : "");
        buf_free(&db);
    } else if (sscanf(p, "Năm %d", &n) == 1 || sscanf(p, "năm %d", &n) == 1) {
        form = arena_printf(c->arena, "%d", n);
        snprintf(canon, sizeof canon, "năm %d", n);
    }
    /* a deadline before the plan's own date would be an error (KH311):
     * keep it as text for the drafter to decide */
    if (form && strcmp(form, "ongoing") != 0 && c->plan->date &&
        strncmp(form, c->plan->date, strlen(form) < strlen(c->plan->date) ? strlen(form)
                                                                          : strlen(c->plan->date)) < 0)
        form = NULL;
    if (form && strcmp(p, canon) == 0) {
        buf_puts(&b, form);
        *structured = 1;
    } else if (form) {
        buf_printf(&b, "{in: %s, text: ", form);
        emit_quoted(&b, year_refs(c, plan_text(c, p)));
        buf_putc(&b, '}');
        *structured = 1;
    } else {
        buf_puts(&b, "{text: ");
        emit_quoted(&b, year_refs(c, plan_text(c, p)));
        buf_putc(&b, '}');
    }
    char *r = buf_to_arena(&b, c->arena);
    buf_free(&b);
    return r;
}

/* ---- the body tree -------------------------------------------------------------------- */

enum { RANK_ROOT = -1, RANK_SECTION = 0, RANK_POINT = 20, RANK_BULLET = 30, RANK_PLUS = 31 };

typedef struct Stack {
    INode *node[48];
    int rank[48];
    int n;
} Stack;

static INode *stack_attach(Ctx *c, Stack *st, INode *node, int rank, int push)
{
    while (st->n > 1 && st->rank[st->n - 1] >= rank)
        st->n--;
    node_add(c, st->node[st->n - 1], node);
    if (push && st->n < 48) {
        st->node[st->n] = node;
        st->rank[st->n] = rank;
        st->n++;
    }
    return node;
}

static const char *style_name(int bold, int italic)
{
    if (bold && italic)
        return "bold italic";
    if (bold)
        return "bold";
    if (italic)
        return "italic";
    return "plain";
}

/* Emphasis that wrapped a whole paragraph, put back around its text. */
static const char *rewrap(Ctx *c, const char *text, int bold, int italic)
{
    if (!c->markdown || (!bold && !italic) || !*text)
        return text;
    const char *mark = bold && italic ? "***" : bold ? "**" : "*";
    return arena_printf(c->arena, "%s%s%s", mark, text, mark);
}

/* One paragraph of the body into the tree. */
static void body_para(Ctx *c, Stack *st, const Para *p)
{
    const char *flat = p->flat;
    int bold = p->bold, italic = p->italic;
    const char *rest = NULL;
    /* "**2. Cấp thôn, bản:** Phấn đấu ...": a bold heading with text after it */
    if (c->markdown && starts_with(flat, "**") && !bold) {
        const char *close = strstr(flat + 2, "**");
        if (close && close[2] == ' ') {
            char *inner = dup_range(c, flat + 2, (size_t)(close - flat - 2));
            Label li = parse_label(inner);
            if (li.kind == L_ROMAN || li.kind == L_NUM) {
                flat = inner;
                rest = close + 3;
                bold = 1;
            }
        }
    }
    Label l = parse_label(flat);
    const char *content = flat + l.len;
    if (l.kind == L_ROMAN || l.kind == L_NUM) {
        int b2 = 0, i2 = 0;
        char *title = unwrap(c, content, &b2, &i2);
        INode *n;
        int rank;
        if (l.kind == L_ROMAN) {
            n = node_new(c, IN_SECTION, plan_text(c, title));
            rank = RANK_SECTION;
        } else {
            n = node_new(c, l.depth == 1 ? IN_CLAUSE : IN_SUBCLAUSE, plan_text(c, title));
            rank = l.depth;
        }
        n->found_label = arena_strdup(c->arena, l.text);
        n->found_bold = bold || b2;
        n->found_italic = italic || i2;
        n->depth = l.kind == L_ROMAN ? 0 : l.depth;
        if (l.kind == L_NUM && l.close)
            n->label = n->found_label;
        n->line = p->line;
        if (rest && *rest)
            n->text = plan_text(c, rest);
        if (c->stats)
            c->stats->headings++, c->stats->headings_in_body++;
        stack_attach(c, st, n, rank, 1);
        return;
    }
    if (l.kind == L_POINT) {
        INode *n = node_new(c, IN_POINT, rewrap(c, plan_text(c, content), bold, italic));
        n->found_label = arena_strdup(c->arena, l.text);
        n->line = p->line;
        if (c->stats)
            c->stats->headings++, c->stats->headings_in_body++;
        stack_attach(c, st, n, RANK_POINT, 1);
        return;
    }
    if (l.kind == L_BULLET) {
        INode *n = node_new(c, IN_BULLET, rewrap(c, plan_text(c, content), bold, italic));
        n->found_label = l.marker == '+' ? "+" : "-";
        n->line = p->line;
        stack_attach(c, st, n, l.marker == '+' ? RANK_PLUS : RANK_BULLET, 1);
        return;
    }
    /* no label: a heading in capitals is an unnumbered section */
    if ((p->heading || p->bold || !c->markdown) && is_upper_text(flat) && strlen(flat) < 200 &&
        !p->in_table) {
        INode *n = node_new(c, IN_SECTION, plan_text(c, flat));
        n->label = "";
        n->found_bold = bold;
        n->line = p->line;
        stack_attach(c, st, n, RANK_SECTION, 1);
        return;
    }
    INode *n = node_new(c, IN_PARA, rewrap(c, plan_text(c, flat), bold, italic));
    n->line = p->line;
    stack_attach(c, st, n, RANK_POINT, 0);
}

/* ---- numbering: automatic where regular ------------------------------------------- */

static void number_list(Ctx *c, INode *parent, const char *path)
{
    int sec = 0, cl = 0, sub = 0, pt = 0;
    for (size_t i = 0; i < parent->n_items; i++) {
        INode *n = parent->items[i];
        const char *child_path = path;
        int numbered = n->kind == IN_SECTION || n->kind == IN_CLAUSE || n->kind == IN_SUBCLAUSE ||
                       n->kind == IN_POINT;
        if (n->kind == IN_SECTION) {
            sec++;
            if (n->found_label) {
                int v = roman_value(n->found_label, strlen(n->found_label) - 1);
                if (v != sec) {
                    n->number = v;
                    sec = v;
                }
            }
            child_path = "";
        } else if (n->kind == IN_CLAUSE) {
            cl++;
            if (!n->label) {
                int v = atoi(n->found_label);
                if (v != cl) {
                    n->number = v;
                    cl = v;
                }
            }
            child_path = arena_printf(c->arena, "%d", cl);
            if (n->label)
                child_path = "";
        } else if (n->kind == IN_SUBCLAUSE) {
            sub++;
            const char *f = n->found_label;
            size_t pl = strlen(path);
            const char *own = f + pl + 1;
            int ok = parent->kind == IN_CLAUSE || parent->kind == IN_SUBCLAUSE;
            ok = ok && pl && strncmp(f, path, pl) == 0 && f[pl] == '.' && *own >= '0' && *own <= '9';
            char *end = NULL;
            long v = ok ? strtol(own, &end, 10) : 0;
            ok = ok && end && strcmp(end, ".") == 0;
            if (!ok) {
                n->label = f;
                child_path = "";
            } else {
                if (v != sub) {
                    n->number = (int)v;
                    sub = (int)v;
                }
                child_path = arena_printf(c->arena, "%s.%d", path, sub);
            }
        } else if (n->kind == IN_POINT) {
            pt++;
            const char *f = n->found_label;
            int idx = -1;
            for (int k = 0; point_letters[k]; k++)
                if (strncmp(f, point_letters[k], strlen(point_letters[k])) == 0 &&
                    f[strlen(point_letters[k])] == ')')
                    idx = k;
            if (idx != pt - 1)
                n->label = f;
        } else if (n->kind == IN_BULLET || n->kind == IN_TASK) {
            const char *expect = parent->kind == IN_BULLET ||
                                 (parent->kind == IN_TASK && parent->title && *parent->title)
                                     ? "+" : "-";
            if (n->found_label && strcmp(n->found_label, expect) != 0)
                n->marker = n->found_label;
        }
        if (numbered && c->stats) {
            c->stats->nodes++;
            if (!n->label)
                c->stats->nodes_auto++;
        }
        /* the title style khgen gives a heading by default: sections bold,
         * clauses and sub-clauses bold when they have items */
        if (c->markdown && (n->kind == IN_CLAUSE || n->kind == IN_SUBCLAUSE)) {
            int dflt_bold = n->n_items > 0;
            if (n->found_bold != dflt_bold || n->found_italic)
                n->style = style_name(n->found_bold, n->found_italic);
        }
        number_list(c, n, child_path);
    }
}

/* ---- tasks ------------------------------------------------------------------------ */

static const char *const line_labels[] = {"Phụ trách tiêu chí", "Đơn vị thực hiện",
                                          "Đơn vị chủ trì", "Đơn vị phụ trách",
                                          "Thời gian thực hiện", "Thời gian hoàn thành", NULL};

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
    const char *paren = strstr(list, " (");
    if (!paren)
        paren = strchr(list, '(');
    if (paren)
        end = paren;
    while (end > list && (end[-1] == '.' || end[-1] == ' ' || end[-1] == ';'))
        end--;
    char *names = dup_range(c, list, (size_t)(end - list));
    const char *ids[16];
    size_t n = 0;
    for (char *s = names; s && *s; ) {
        char *comma = strstr(s, ", ");
        if (comma)
            *comma = '\0';
        if (n == 16 || !unit_start(s) || unit_name_len(s, 1) != strlen(s))
            return rest;
        ids[n++] = s;
        s = comma ? comma + 2 : NULL;
    }
    if (!n)
        return rest;
    task->support = arena_alloc(c->arena, n * sizeof *task->support);
    for (size_t i = 0; i < n; i++)
        task->support[i] = unit_id(c, ids[i]);
    task->n_support = n;
    /* what follows: "(đồng chí ...)" is the note; a lone full stop goes */
    const char *after = end;
    while (*after == ' ' || *after == '.' || *after == ';')
        after++;
    return after;
}

static void apply_task_line(Ctx *c, INode *task, const INode *line, int k)
{
    const char *value = line->title + strlen(line_labels[k]) + 1;
    while (*value == ' ')
        value++;
    if (k >= 4) { /* deadline */
        int structured;
        task->due = due_yaml(c, value, &structured);
        if (k != 4)
            task->due_label = line_labels[k];
        if (structured && c->stats)
            c->stats->deadlines++;
        return;
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
    if (unit_start(value)) {
        size_t n = unit_name_len(value, 0);
        char *name = dup_range(c, value, n);
        task->lead = unit_id(c, name);
        const char *rest = value + n;
        while (*rest == ' ')
            rest++;
        rest = support_units(c, task, rest);
        if (*rest)
            task->lead_note = arena_strdup(c->arena, rest);
    } else {
        task->lead_note = arena_strdup(c->arena, value);
        task->show = 2;
    }
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

static void add_text(Ctx *c, INode *task, const char *text)
{
    const char **texts = arena_alloc(c->arena, (task->n_texts + 1) * sizeof *texts);
    if (task->n_texts)
        memcpy(texts, task->texts, task->n_texts * sizeof *texts);
    texts[task->n_texts++] = text;
    task->texts = texts;
}

static void find_tasks(Ctx *c, INode *parent)
{
    for (size_t i = 0; i < parent->n_items; i++) {
        INode *n = parent->items[i];
        /* a bullet whose own items hold the lines */
        if (n->kind == IN_BULLET && n->found_label && n->found_label[0] == '-') {
            int has = 0;
            for (size_t k = 0; k < n->n_items; k++)
                if (task_line(n->items[k]) >= 0)
                    has = 1;
            if (has) {
                make_task(c, n);
                for (size_t k = 0; k < n->n_items;) {
                    int t = task_line(n->items[k]);
                    if (t >= 0) {
                        apply_task_line(c, n, n->items[k], t);
                        node_remove(n, k, 1);
                    } else {
                        k++;
                    }
                }
                if (n->lead && c->stats)
                    c->stats->tasks_lead++;
                continue;
            }
        }
        if (task_line(n) < 0)
            continue;
        /* lines after a bullet and its paragraphs */
        size_t j = i;
        int found = 0;
        while (j > 0) {
            INode *prev = parent->items[j - 1];
            if (prev->kind == IN_BULLET && prev->found_label && prev->found_label[0] == '-' &&
                task_line(prev) < 0) {
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
        INode *task = parent->items[j];
        make_task(c, task);
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
        for (; k < parent->n_items && task_line(parent->items[k]) >= 0; k++)
            apply_task_line(c, task, parent->items[k], task_line(parent->items[k]));
        if (task->lead && c->stats)
            c->stats->tasks_lead++;
        node_remove(parent, j + 1, k - j - 1);
        i = j;
    }
    for (size_t i = 0; i < parent->n_items; i++)
        if (parent->items[i]->kind != IN_TASK)
            find_tasks(c, parent->items[i]);
}

/* "Sở Kế hoạch và Đầu tư, Sở Tài chính: Hướng dẫn ...": the units named
 * before the colon, when every name is a unit's. Returns their number
 * (0 if the text does not start so); ids into ids[max]. */
static size_t leading_units(Ctx *c, const char *text, const char **ids, size_t max)
{
    const char *colon = strstr(text, ": ");
    if (!colon || colon - text > 200)
        return 0;
    char *head = dup_range(c, text, (size_t)(colon - text));
    const char *names[8];
    size_t n = 0;
    for (char *s = head; s && *s && n < 8;) {
        char *comma = strstr(s, ", ");
        if (comma)
            *comma = '\0';
        if (!unit_start(s) || unit_name_len(s, 1) != strlen(s))
            return 0;
        names[n++] = s;
        s = comma ? comma + 2 : NULL;
    }
    if (n == 0 || n > max)
        return 0;
    for (size_t i = 0; i < n; i++)
        ids[i] = unit_id(c, names[i]);
    return n;
}

/* Bullets of "TỔ CHỨC THỰC HIỆN" that start with the units they assign
 * ("Sở A, Sở B: Hướng dẫn ...") become tasks led by those units. */
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
                    b->comment = "joint leads: the units named before the colon";
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
static void assignment_tasks(Ctx *c, INode *root)
{
    for (size_t i = 0; i < root->n_items; i++) {
        INode *sec = root->items[i];
        if (sec->kind != IN_SECTION || !sec->title)
            continue;
        Buf up = {0};
        bare_upper(&up, sec->title);
        int org = up.len && strstr(up.data, "TỔ CHỨC THỰC HIỆN");
        buf_free(&up);
        if (!org)
            continue;
        unit_colon_tasks(c, sec);
        for (size_t k = 0; k < sec->n_items; k++) {
            INode *cl = sec->items[k];
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
            if (nlen < 4)
                continue;
            int made = 0;
            const char *id = NULL;
            for (size_t q = 0; q < cl->n_items; q++) {
                INode *b = cl->items[q];
                if (b->kind != IN_BULLET || task_line(b) >= 0 || !b->title || !*b->title)
                    continue;
                if (!id)
                    id = unit_id(c, dup_range(c, t, nlen));
                b->kind = IN_TASK;
                add_text(c, b, b->title);
                b->title = "";
                b->lead = id;
                b->show = 1;
                made++;
                if (c->stats)
                    c->stats->tasks++, c->stats->tasks_lead++;
            }
            if (made)
                cl->comment = arena_printf(c->arena, "unit '%s' and its %d task%s were inferred "
                                           "from this heading", id, made, made == 1 ? "" : "s");
        }
    }
}

/* ---- localities ------------------------------------------------------------------- */

static int upper_initial(const char *s)
{
    int bytes;
    unsigned ch = utf8_decode(s, &bytes);
    if (ch >= 'A' && ch <= 'Z')
        return bytes;
    if (ch < 0x80)
        return 0;
    char tmp[8] = {0};
    memcpy(tmp, s, (size_t)bytes);
    Buf up = {0};
    vi_put_upper(&up, tmp);
    int r = up.len && strcmp(up.data, tmp) == 0 ? bytes : 0;
    buf_free(&up);
    return r;
}

/* Length of a place name at s: 2 to 4 capitalised words, not an acronym. */
static size_t place_name_len(const char *s)
{
    size_t i = 0, end = 0;
    int words = 0;
    while (words < 4) {
        int b = upper_initial(s + i);
        if (!b)
            break;
        size_t j = i + (size_t)b;
        int lower = 0;
        while (s[j] && s[j] != ' ' && s[j] != ',' && s[j] != '.' && s[j] != ';' && s[j] != ')' &&
               s[j] != ':' && s[j] != '(') {
            if ((s[j] >= 'a' && s[j] <= 'z') || ((unsigned char)s[j] >= 0xC3 && !upper_initial(s + j)))
                lower = 1;
            j++;
        }
        if (!lower && j - i > 1 && !strchr("'\xE2", s[i + (size_t)b]))
            break; /* an acronym (NTM, UBND) */
        words++;
        end = j;
        if (s[j] != ' ')
            break;
        i = j + 1;
    }
    return words >= 2 ? end : 0;
}

static const char *locality_id(Ctx *c, const char *name, const char *kind)
{
    IPlan *p = c->plan;
    for (size_t i = 0; i < p->n_localities; i++)
        if (strcmp(p->localities[i].name, name) == 0)
            return p->localities[i].id;
    if (p->n_localities == c->cap_locs) {
        c->cap_locs = c->cap_locs ? c->cap_locs * 2 : 16;
        IEntry *u = arena_alloc(c->arena, c->cap_locs * sizeof *u);
        if (p->n_localities)
            memcpy(u, p->localities, p->n_localities * sizeof *u);
        p->localities = u;
    }
    IEntry *e = &p->localities[p->n_localities];
    e->id = unique_id(c, slug(c, name, 32));
    e->name = arena_strdup(c->arena, name);
    e->kind = kind;
    p->n_localities++;
    if (c->stats)
        c->stats->localities++;
    return e->id;
}

/* Rewrites "xã Đồng Hưu, Tân Hiệp" in s as "xã {loc dong-huu}, {loc
 * tan-hiep}", adding the localities. */
static const char *locality_refs(Ctx *c, const char *s)
{
    if (!s)
        return s;
    static const struct { const char *word, *kind; } kw[] = {
        {"xã ", "xã"}, {"Xã ", "xã"}, {"thôn ", "thôn"}, {"Thôn ", "thôn"}, {"bản ", "bản"},
        {"Bản ", "bản"}, {"Các xã ", "xã"}, {"các xã ", "xã"}, {NULL, NULL}};
    Buf b = {0};
    int changed = 0;
    for (size_t i = 0; s[i];) {
        int matched = -1;
        if (i == 0 || s[i - 1] == ' ' || s[i - 1] == '(')
            for (int k = 0; kw[k].word; k++)
                if (starts_with(s + i, kw[k].word)) {
                    matched = k;
                    break;
                }
        if (matched < 0) {
            buf_putc(&b, s[i++]);
            continue;
        }
        size_t wl = strlen(kw[matched].word);
        buf_putn(&b, s + i, wl);
        i += wl;
        /* a count may come first: "02 xã Đồng Hưu, Tân Hiệp" is handled by
         * the word; a list of names follows */
        for (;;) {
            size_t n = place_name_len(s + i);
            if (!n)
                break;
            char *name = dup_range(c, s + i, n);
            if (c->plan->place && strcmp(name, c->plan->place) == 0) {
                buf_putn(&b, s + i, n);
                i += n;
                break;
            }
            const char *id = locality_id(c, name, kw[matched].kind);
            buf_printf(&b, "{loc %s}", id);
            changed = 1;
            i += n;
            if (starts_with(s + i, ", ") && place_name_len(s + i + 2)) {
                buf_puts(&b, ", ");
                i += 2;
            } else if (starts_with(s + i, " và ") && place_name_len(s + i + strlen(" và "))) {
                buf_puts(&b, " và ");
                i += strlen(" và ");
            } else {
                break;
            }
        }
    }
    const char *r = changed ? buf_to_arena(&b, c->arena) : s;
    buf_free(&b);
    return r;
}

static void localities_in(Ctx *c, INode *n)
{
    n->title = locality_refs(c, n->title);
    n->text = locality_refs(c, n->text);
    for (size_t i = 0; i < n->n_texts; i++)
        n->texts[i] = locality_refs(c, n->texts[i]);
    for (size_t i = 0; i < n->n_items; i++)
        localities_in(c, n->items[i]);
}

/* The goals: a section or clause titled "MỤC TIÊU" / "Mục tiêu" (or
 * "MỤC ĐÍCH"), at any depth; the places named there become localities. */
static void goal_localities(Ctx *c, INode *n)
{
    for (size_t i = 0; i < n->n_items; i++) {
        INode *k = n->items[i];
        Buf up = {0};
        bare_upper(&up, k->title ? k->title : "");
        int goals = (k->kind == IN_SECTION || k->kind == IN_CLAUSE || k->kind == IN_SUBCLAUSE) &&
                    up.len && (strstr(up.data, "MỤC TIÊU") || strstr(up.data, "MỤC ĐÍCH"));
        buf_free(&up);
        if (goals)
            localities_in(c, k);
        else
            goal_localities(c, k);
    }
}

static void years_in(Ctx *c, INode *n)
{
    n->title = year_refs(c, n->title);
    n->text = year_refs(c, n->text);
    for (size_t i = 0; i < n->n_texts; i++)
        n->texts[i] = year_refs(c, n->texts[i]);
    for (size_t i = 0; i < n->n_items; i++)
        years_in(c, n->items[i]);
}

/* ---- the parts of the document ---------------------------------------------------- */

static const char **list_add(Ctx *c, const char **list, size_t *n, const char *item)
{
    const char **r = arena_alloc(c->arena, (*n + 1) * sizeof *r);
    if (*n)
        memcpy(r, list, *n * sizeof *r);
    r[(*n)++] = item;
    return r;
}

static int is_mark(const Para *p, const char *mark)
{
    Buf up = {0};
    bare_upper(&up, p->flat);
    int r = up.len && strcmp(up.data, mark) == 0;
    buf_free(&up);
    return r;
}

/* A line of the signature block ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"). */
static int signature_line(const char *s)
{
    return starts_with(s, "TM.") || starts_with(s, "KT.") || starts_with(s, "Q.") ||
           starts_with(s, "TL.") || starts_with(s, "TUQ.") || is_upper_text(s);
}

/* An attachment page starts: "Biểu 01", "Phụ lục II". */
static int attachment_start(const Para *p)
{
    Buf up = {0};
    bare_upper(&up, p->flat);
    int r = up.len < 20 && (starts_with(up.data ? up.data : "", "BIỂU ") ||
                            starts_with(up.data ? up.data : "", "PHỤ LỤC"));
    buf_free(&up);
    return r;
}

/* The year a document names in its title or first lines, or 0. */
static int guess_year(const char *s)
{
    int year = 0;
    for (const char *t = s; *t; t++)
        if ((t[0] == '1' || t[0] == '2') && isdigit((unsigned char)t[1]) &&
            isdigit((unsigned char)t[2]) && isdigit((unsigned char)t[3]) &&
            !isdigit((unsigned char)t[4]) && (t == s || !isdigit((unsigned char)t[-1]))) {
            int y = atoi(t);
            if (y >= 1990 && y <= 2100 && t[4] != '-' && (t == s || t[-1] != '-'))
                year = y;
        }
    return year;
}

/* "... trên địa bàn xã Bình Trung": the place a title ends with. */
static const char *guess_place(Ctx *c, const char *title, const char **kind)
{
    static const char *const words[] = {"xã ", "huyện ", "thị xã ", "thành phố ", "tỉnh ",
                                        "phường ", "thị trấn ", NULL};
    const char *best = NULL;
    for (int k = 0; words[k]; k++) {
        const char *hit = title;
        while ((hit = strstr(hit, words[k]))) {
            const char *name = hit + strlen(words[k]);
            if (place_name_len(name) && (!best || name > best)) {
                best = name;
                *kind = words[k];
            }
            hit = name;
        }
    }
    if (!best)
        return NULL;
    return dup_range(c, best, place_name_len(best));
}

/* Paragraphs of the header run together when a converter joined its lines
 * ("Số: /KH-UBND CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM ..."): a line break goes
 * before and after each mark the header is made of. */
static char *split_header_marks(Ctx *c, const char *s)
{
    static const char *const marks[] = {"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                                         "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                                         "Độc lập - Tự do - Hạnh phúc", "Số:", "KẾ HOẠCH", NULL};
    Buf b = {0};
    for (size_t i = 0; s[i];) {
        int hit = -1;
        for (int k = 0; marks[k]; k++)
            if (starts_with(s + i, marks[k])) {
                hit = k;
                break;
            }
        if (hit < 0) {
            buf_putc(&b, s[i++]);
            continue;
        }
        size_t l = strlen(marks[hit]);
        /* "KẾ HOẠCH" only as the document's name, not inside a sentence */
        if (hit == 4 && i > 0 && s[i - 1] != ' ' && s[i - 1] != '\n')
            l = 0;
        if (l == 0) {
            buf_putc(&b, s[i++]);
            continue;
        }
        while (b.len && b.data[b.len - 1] == ' ')
            b.len--;
        if (b.len && b.data[b.len - 1] != '\n')
            buf_putc(&b, '\n');
        buf_putn(&b, s + i, l);
        i += l;
        if (hit != 3) { /* the number follows "Số:" on its line */
            while (s[i] == ' ')
                i++;
            if (s[i] && s[i] != '\n')
                buf_putc(&b, '\n');
        }
    }
    char *r = buf_to_arena(&b, c->arena);
    buf_free(&b);
    return r ? r : (char *)s;
}

int import_plan(Arena *arena, DiagSink *diags, const char *path, const ImpParas *paras,
                Buf *out, ImpStats *stats)
{
    IPlan *plan = arena_alloc(arena, sizeof *plan);
    ImpStats local_stats;
    if (!stats)
        stats = &local_stats;
    memset(stats, 0, sizeof *stats);
    Ctx c = {arena, diags, path, paras->markdown, 0, plan, stats, 0, 0};
    const char *base = strrchr(path, '/');
    plan->source = base ? base + 1 : path;

    size_t n = paras->n;
    Para *P = arena_alloc(arena, (n ? n : 1) * sizeof *P);
    for (size_t i = 0; i < n; i++) {
        const ImpPara *ip = &paras->items[i];
        P[i].bold = ip->bold;
        P[i].italic = ip->italic;
        P[i].text = c.markdown ? unwrap(&c, ip->text, &P[i].bold, &P[i].italic)
                               : trim_dup(&c, ip->text);
        P[i].flat = flatten(&c, P[i].text);
        P[i].heading = ip->heading;
        P[i].line = ip->line;
        P[i].in_table = ip->in_table;
        P[i].gap = ip->gap;
    }
    int words = 0;
    for (size_t i = 0; i < n; i++)
        for (const char *t = P[i].flat; *t; t++)
            if (isalnum((unsigned char)*t) || (unsigned char)*t >= 0xC3)
                words++;
    if (words < 3) {
        SrcPos pos = {path, 0, 0};
        diag_error(diags, pos, 0, KH757, "'%s' holds no text to import (an empty file, or "
                   "a document of images only)", path);
        return -1;
    }

    /* 1. "KẾ HOẠCH" and the header above it */
    for (size_t k = 0; k < n && k < 12; k++) {
        if (starts_with_ci(P[k].flat, "Căn cứ") || parse_label(P[k].flat).kind != L_NONE)
            break;
        P[k].text = split_header_marks(&c, P[k].text);
        if (strchr(P[k].text, '\n'))
            P[k].flat = flatten(&c, P[k].text);
        if (strstr(P[k].text, "KẾ HOẠCH"))
            break;
    }
    size_t i = 0;
    long mark = -1;
    int issuer_bold[8] = {0};
    const char *title_rest = NULL;
    for (size_t k = 0; k < n && k < 40; k++) {
        if (is_mark(&P[k], "KẾ HOẠCH")) {
            mark = (long)k;
            break;
        }
        const char *nl = strchr(P[k].text, '\n');
        if (nl) {
            char *first = dup_range(&c, P[k].text, (size_t)(nl - P[k].text));
            Para tmp = {first, first, 0, 0, 0, 0, 0, 0};
            if (is_mark(&tmp, "KẾ HOẠCH")) {
                mark = (long)k;
                int b = 0, it = 0;
                title_rest = unwrap(&c, flatten(&c, nl + 1), &b, &it);
                break;
            }
        }
    }
    if (mark >= 0) {
        for (size_t k = 0; k < (size_t)mark; k++) {
            char *lines = arena_strdup(arena, P[k].text);
            for (char *line = strtok(lines, "\n"); line; line = strtok(NULL, "\n")) {
                int b = 0, it = 0;
                char *s = unwrap(&c, line, &b, &it);
                if (!*s || is_national_line(s))
                    continue;
                if (parse_number(&c, s) || parse_place_date(&c, s))
                    continue;
                if (is_upper_text(s) && strlen(s) < 120) {
                    if (plan->n_issuer < 8)
                        issuer_bold[plan->n_issuer] = b || P[k].bold;
                    plan->issuer = list_add(&c, plan->issuer, &plan->n_issuer, s);
                } else if (!plan->place && parse_place_date(&c, s)) {
                    continue;
                }
            }
        }
        i = (size_t)mark + 1;
    }
    /* the parent body is the line above the issuer, printed plain where
     * the issuer is bold; or the first of three lines */
    if (plan->n_issuer >= 2 && plan->n_issuer <= 8 && !issuer_bold[0]) {
        int later_bold = 0;
        for (size_t k = 1; k < plan->n_issuer; k++)
            later_bold |= issuer_bold[k];
        if (later_bold) {
            plan->governing_body = plan->issuer[0];
            plan->issuer++;
            plan->n_issuer--;
        }
    }
    if (plan->n_issuer >= 3 && !plan->governing_body) {
        plan->governing_body = plan->issuer[0];
        plan->issuer++;
        plan->n_issuer--;
    }

    /* 2. the subject line */
    if (title_rest) {
        plan->title = title_rest;
    } else if (i < n && !starts_with_ci(P[i].flat, "Căn cứ") && parse_label(P[i].flat).kind == L_NONE &&
               strlen(P[i].flat) < 400) {
        plan->title = P[i].flat;
        i++;
        if (mark < 0)
            plan->title_comment = "no 'KẾ HOẠCH' line was found: the first paragraph was "
                                  "taken as the title";
    } else {
        plan->title = "";
        plan->title_comment = "no title found";
    }
    /* a title broken over paragraphs continues in lower case */
    while (i < n && plan->title && *plan->title && !starts_with_ci(P[i].flat, "Căn cứ") &&
           parse_label(P[i].flat).kind == L_NONE && strlen(P[i].flat) < 200 &&
           islower((unsigned char)P[i].flat[0])) {
        plan->title = arena_printf(arena, "%s %s", plan->title, P[i].flat);
        i++;
    }
    if (!c.year)
        c.year = guess_year(plan->title);
    if (!plan->date) {
        if (!c.year)
            for (size_t k = 0; k < n && k < 30 && !c.year; k++)
                c.year = guess_year(P[k].flat);
        plan->date = c.year ? arena_printf(arena, "%04d", c.year) : "2025";
        plan->date_comment = "no date line ('..., ngày ... tháng ... năm ...') was found: the "
                             "year is the one the title names";
    }
    const char *place_kind = NULL;
    if (!plan->place) {
        plan->place = guess_place(&c, plan->title, &place_kind);
        plan->place_comment = "no place line was found: the place is the one the title names";
        if (!plan->place) {
            plan->place = "Địa danh";
            plan->place_comment = "no place found: write the place where the plan is issued";
        }
    }
    if (plan->n_issuer == 0) {
        Buf up = {0};
        if (place_kind) {
            buf_puts(&up, "UBND ");
            char *k = arena_strdup(arena, place_kind);
            k[strlen(k) - 1] = '\0';
            buf_printf(&up, "%s %s", k, plan->place);
        } else {
            buf_puts(&up, "Ủy ban nhân dân");
        }
        Buf upper = {0};
        vi_put_upper(&upper, up.data);
        plan->issuer = list_add(&c, plan->issuer, &plan->n_issuer, buf_to_arena(&upper, arena));
        plan->issuer_comment = "no issuing body was found above the title: this one is guessed "
                               "from the place";
        buf_free(&up);
        buf_free(&upper);
    }

    /* 3. legal bases */
    size_t cap_bases = 0;
    while (i < n && starts_with_ci(P[i].flat, "Căn cứ") && parse_label(P[i].flat).kind == L_NONE) {
        const char *s = P[i].flat;
        /* "Căn cứ ...; Để tiếp tục ... như sau:": the opening run into the
         * last basis */
        const char *split = NULL;
        size_t len = strlen(s);
        if (len && s[len - 1] == ':') {
            for (const char *t = strstr(s, "; "); t; t = strstr(t + 1, "; "))
                if (upper_initial(t + 2))
                    split = t;
        }
        if (plan->n_bases == cap_bases) {
            cap_bases = cap_bases ? cap_bases * 2 : 8;
            IBasis *nb = arena_alloc(arena, cap_bases * sizeof *nb);
            if (plan->n_bases)
                memcpy(nb, plan->bases, plan->n_bases * sizeof *nb);
            plan->bases = nb;
        }
        const char *whole = split ? dup_range(&c, s, (size_t)(split - s) + 1) : s;
        /* "...; Căn cứ ...": bases a converter ran together */
        for (;;) {
            const char *next = NULL;
            for (const char *t = strstr(whole, " Căn cứ "); t; t = strstr(t + 1, " Căn cứ "))
                if (t > whole && (t[-1] == ';' || t[-1] == '.')) {
                    next = t;
                    break;
                }
            if (!next)
                break;
            if (plan->n_bases == cap_bases) {
                cap_bases *= 2;
                IBasis *nb = arena_alloc(arena, cap_bases * sizeof *nb);
                memcpy(nb, plan->bases, plan->n_bases * sizeof *nb);
                plan->bases = nb;
            }
            add_basis(&c, dup_range(&c, whole, (size_t)(next - whole)), &plan->bases[plan->n_bases++]);
            whole = next + 1;
            if (plan->n_bases == cap_bases) {
                cap_bases *= 2;
                IBasis *nb = arena_alloc(arena, cap_bases * sizeof *nb);
                memcpy(nb, plan->bases, plan->n_bases * sizeof *nb);
                plan->bases = nb;
            }
        }
        add_basis(&c, whole, &plan->bases[plan->n_bases++]);
        i++;
        if (split) {
            plan->opening = plan_text(&c, split + 2);
            break;
        }
    }

    fix_basis_ends(plan);

    /* 4. the end: attachments, signature, recipients, closing */
    size_t end = n;
    for (size_t k = i; k < n; k++)
        if (attachment_start(&P[k]) && k > i + 3) {
            end = k;
            plan->notes = "# review: the attachment tables (Biểu) after the signature were not "
                          "imported; declare them under attachments:\n";
            break;
        }
    long recip = -1;
    char *sig_rest = NULL;
    for (size_t k = end; k-- > i;)
        if (starts_with_ci(P[k].flat, "Nơi nhận")) {
            recip = (long)k;
            break;
        }
    long closing = -1;
    size_t limit = recip >= 0 ? (size_t)recip : end;
    for (size_t k = limit; k-- > i && k + 8 > limit;)
        if (starts_with(P[k].flat, "Trên đây")) {
            closing = (long)k;
            break;
        }
    if (closing < 0)
        for (size_t k = limit; k-- > i && k + 4 > limit;) {
            size_t l = strlen(P[k].flat);
            if (l >= 3 && strcmp(P[k].flat + l - 3, "./.") == 0) {
                closing = (long)k;
                break;
            }
        }
    size_t body_end = closing >= 0 ? (size_t)closing : limit;
    size_t after = closing >= 0 ? (size_t)closing + 1 : limit;
    /* what lies between the closing and "Nơi nhận" (a second closing
     * paragraph) stays in the body's last paragraphs: nothing is dropped */
    if (closing >= 0) {
        plan->closing = plan_text(&c, P[closing].flat);
    }
    if (recip >= 0) {
        const char *s = P[recip].text;
        const char *nl = strchr(s, '\n');
        size_t k = (size_t)recip + 1;
        char *inline_list = nl ? arena_strdup(arena, nl + 1) : NULL;
        if (!nl) {
            /* "Nơi nhận: - A; - B; - Lưu: VT. TM. ỦY BAN ..." run into one
             * paragraph: a line per "- " item; what follows the last item's
             * full stop is the signature (sig_rest), so no word is lost */
            const char *colon = strchr(s, ':');
            const char *t = colon ? colon + 1 : s + strlen(s);
            while (*t == ' ')
                t++;
            if (*t) {
                Buf b = {0};
                for (; *t; t++) {
                    if (t[0] == ' ' && t[1] == '-' && t[2] == ' ' && t > s && t[-1] == ';')
                        buf_putc(&b, '\n');
                    else
                        buf_putc(&b, *t);
                }
                char *list = buf_to_arena(&b, arena);
                buf_free(&b);
                char *last = strrchr(list, '\n');
                char *stop = strstr(last ? last : list, ". ");
                if (stop) {
                    sig_rest = arena_strdup(arena, stop + 2);
                    stop[1] = '\0';
                }
                inline_list = list;
            }
        }
        for (;;) {
            char *lines = inline_list;
            inline_list = NULL;
            if (!lines) {
                if (k >= end || (P[k].flat[0] != '-' && P[k].flat[0] != '+' &&
                                 !starts_with(P[k].flat, "\xE2\x80\x93")))
                    break;
                lines = arena_strdup(arena, P[k].text);
                k++;
            }
            for (char *line = strtok(lines, "\n"); line; line = strtok(NULL, "\n")) {
                Label l = parse_label(line);
                char *r = trim_dup(&c, line + (l.kind == L_BULLET ? l.len : 0));
                size_t rl = strlen(r);
                while (rl && (r[rl - 1] == ';' || r[rl - 1] == '.' || r[rl - 1] == ','))
                    r[--rl] = '\0';
                if (rl)
                    plan->recipients = list_add(&c, plan->recipients, &plan->n_recipients,
                                                plan_text(&c, r));
            }
        }
        after = k;
        if (closing < 0)
            body_end = (size_t)recip;
    }
    /* the signature: what is left before the attachments */
    if (sig_rest) {
        char *lines = sig_rest;
        for (char *line = strtok(lines, "\n"); line; line = strtok(NULL, "\n"))
            plan->sig_lines = list_add(&c, plan->sig_lines, &plan->n_sig_lines, plan_text(&c, line));
    }
    if (closing >= 0 || recip >= 0) {
        /* the lines above the signature space, then what is printed below
         * it (a title, the name): an empty line between them, or the first
         * line that is not in capitals */
        int groups = 0;
        for (size_t k = after; k < end; k++)
            if (k == after || P[k].gap)
                groups++;
        int group = 0;
        for (size_t k = after; k < end; k++) {
            if (k == after || P[k].gap)
                group++;
            char *lines = arena_strdup(arena, P[k].text);
            for (char *line = strtok(lines, "\n"); line; line = strtok(NULL, "\n")) {
                int b = 0, it = 0;
                char *s = unwrap(&c, line, &b, &it);
                if (!*s)
                    continue;
                if (plan->n_sig_names == 0 && (groups < 2 || group == 1) && signature_line(s))
                    plan->sig_lines = list_add(&c, plan->sig_lines, &plan->n_sig_lines, plan_text(&c, s));
                else
                    plan->sig_names = list_add(&c, plan->sig_names, &plan->n_sig_names, plan_text(&c, s));
            }
        }
        if (closing >= 0 && recip >= 0 && (size_t)closing + 1 < (size_t)recip) {
            /* paragraphs between the closing and "Nơi nhận": keep them as the
             * closing's continuation */
            for (size_t k = (size_t)closing + 1; k < (size_t)recip; k++)
                plan->closing = arena_printf(arena, "%s %s", plan->closing, plan_text(&c, P[k].flat));
        }
    }

    /* 5. the opening: up to the first heading of the body */
    Stack st = {{&plan->root}, {RANK_ROOT}, 1};
    if (!plan->opening && i < body_end) {
        Label l = parse_label(P[i].flat);
        int heading = l.kind == L_ROMAN || l.kind == L_NUM ||
                      (is_upper_text(P[i].flat) && strlen(P[i].flat) < 200);
        if (!heading && !P[i].in_table) {
            plan->opening = plan_text(&c, P[i].flat);
            i++;
        }
    }
    /* 6. the body */
    for (size_t k = i; k < body_end; k++)
        body_para(&c, &st, &P[k]);
    if (plan->root.n_items == 0) {
        INode *sec = node_new(&c, IN_PARA, "");
        sec->comment = "no body was found";
        node_add(&c, &plan->root, sec);
    }

    /* 7. registries and tasks, then numbering and the year */
    assignment_tasks(&c, &plan->root);
    find_tasks(&c, &plan->root);
    goal_localities(&c, &plan->root);
    number_list(&c, &plan->root, "");
    years_in(&c, &plan->root);
    plan->opening = year_refs(&c, plan->opening);
    plan->closing = year_refs(&c, plan->closing);
    plan->title = year_refs(&c, plan_text(&c, plan->title));
    emit_plan_yaml(plan, out);
    return 0;
}
