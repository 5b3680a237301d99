/* import_facts.c - the facts import reads out of the body's wording:
 * deadlines, places and the plan's year.
 *
 * A deadline phrase ("quý IV/2024", "Quý II năm 2025", "trước ngày
 * 30/6/2025", "thường xuyên") becomes a `due:` in the plan language: the
 * canonical form when khgen prints it back the same, `{in: ..., text:
 * ...}` when it names a date khgen prints otherwise, `{text: ...}` when it
 * names none. A task written as one sentence ("Công an phường chủ trì ...;
 * hoàn thành trước ngày 30/4/2025.") gets the deadline its sentence names,
 * its text printed as it was. Communes, villages and residential groups
 * named in the body ("xã Đồng Hưu, Tân Hiệp", "thôn Khởi Hạ", "tổ dân phố
 * Phú Thọ 1") become localities, and the names in the text `{loc ID}`; the
 * plan's year becomes {year}. Everything here works on import's Ctx and
 * returns arena memory (see import_impl.h).
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "import_impl.h"
#include "vi.h"

/* ---- deadlines -------------------------------------------------------------------- */

static const char *const roman_q[] = {"I", "II", "III", "IV"};

/* A deadline phrase's date: its form in the plan language ("2025-Q2",
 * "2025-06-30", "2025-H1", "ongoing"; arena), whether it says "trước"
 * (*before), and in canon what khgen prints for that form ("" when khgen
 * never prints the phrase so, as for "trong tháng 3/2025"). NULL when the
 * phrase names no date. A full stop after it is allowed. */
static const char *due_form(Ctx *c, const char *p, int *before, char *canon, size_t cap)
{
    int y = c->year, n = 0, m = 0, d = 0;
    char rom[8] = "", word[8] = "";
    const char *form = NULL;
    canon[0] = '\0';
    if (starts_with(p, "trước ") || starts_with(p, "Trước ")) {
        char inner[64];
        const char *f = due_form(c, p + strlen("trước "), before, inner, sizeof inner);
        if (!f || *before || strcmp(f, "ongoing") == 0)
            return NULL;
        *before = 1;
        if (*inner)
            snprintf(canon, cap, "trước %s", inner);
        return f;
    }
    if (starts_with(p, "trong ") || starts_with(p, "Trong ")) {
        const char *f = due_form(c, p + strlen("trong "), before, canon, cap);
        canon[0] = '\0'; /* khgen does not print "trong" */
        return *before ? NULL : f;
    }
    if (y && (snprintf(canon, cap, "Thường xuyên trong năm %d", y), strcmp(p, canon) == 0)) {
        form = "ongoing";
    } else if (y && (starts_with(p, "thường xuyên") || starts_with(p, "Thường xuyên")) &&
               strlen(p) <= strlen("Thường xuyên.")) {
        form = "ongoing";
    } else if (sscanf(p, "Quý %7[IV]/%d", rom, &n) == 2 || sscanf(p, "quý %7[IV]/%d", rom, &n) == 2 ||
               sscanf(p, "Quý %7[IV] năm %d", rom, &n) == 2 ||
               sscanf(p, "quý %7[IV] năm %d", rom, &n) == 2) {
        for (int q = 0; q < 4; q++)
            if (strcmp(rom, roman_q[q]) == 0)
                form = arena_printf(c->arena, "%d-Q%d", n, q + 1);
        snprintf(canon, cap, "quý %s/%d", rom, n);
    } else if (sscanf(p, "6 tháng %7[^ ] năm %d", word, &n) == 2 &&
               (strcmp(word, "đầu") == 0 || strcmp(word, "cuối") == 0)) {
        form = arena_printf(c->arena, "%d-H%d", n, strcmp(word, "đầu") == 0 ? 1 : 2);
        snprintf(canon, cap, "6 tháng %s năm %d", word, n);
    } else if (sscanf(p, "tháng %d/%d", &m, &n) == 2 || sscanf(p, "Tháng %d/%d", &m, &n) == 2) {
        if (m >= 1 && m <= 12)
            form = arena_printf(c->arena, "%d-%02d", n, m);
        Buf mb = {0};
        vi_put_month(&mb, m);
        snprintf(canon, cap, "tháng %s/%d", mb.data ? mb.data : "", n);
        buf_free(&mb);
    } else if (sscanf(p, "ngày %d/%d/%d", &d, &m, &n) == 3 || sscanf(p, "Ngày %d/%d/%d", &d, &m, &n) == 3) {
        if (vi_date_valid(n, m, d))
            form = arena_printf(c->arena, "%d-%02d-%02d", n, m, d);
        Buf db = {0};
        VDate date = {n, m, d};
        vi_put_date_short(&db, date);
        snprintf(canon, cap, "ngày %s", db.data ? db.data : "");
        buf_free(&db);
    } else if (sscanf(p, "Cả năm %d", &n) == 1 || sscanf(p, "cả năm %d", &n) == 1) {
        form = arena_printf(c->arena, "%d", n); /* khgen prints "năm 2025" */
        snprintf(canon, cap, "năm %d", n);
    } else if (sscanf(p, "Năm %d", &n) == 1 || sscanf(p, "năm %d", &n) == 1) {
        form = arena_printf(c->arena, "%d", n);
        snprintf(canon, cap, "năm %d", n);
    }
    /* a deadline before the plan's own date would be an error (KH311),
     * one after its year a warning (KH310): keep them as text for the
     * drafter to decide */
    if (form && strcmp(form, "ongoing") != 0 && c->plan->date &&
        strncmp(form, c->plan->date, strlen(form) < strlen(c->plan->date) ? strlen(form)
                                                                          : strlen(c->plan->date)) < 0)
        form = NULL;
    if (form && strcmp(form, "ongoing") != 0 && y && atoi(form) > y)
        form = NULL;
    return form;
}

/* A deadline phrase as YAML: the canonical form when khgen prints it back
 * the same, {in: ..., text: ...} when it names a date it prints otherwise,
 * {text: ...} when it names none. Never a date before the plan's own. */
const char *imp_due_yaml(Ctx *c, const char *phrase, int *structured)
{
    *structured = 0;
    char canon[96];
    int before = 0;
    Buf b = {0};
    const char *p = phrase;
    const char *form = due_form(c, p, &before, canon, sizeof canon);
    if (form && strcmp(p, canon) == 0) {
        buf_printf(&b, before ? "{before: %s}" : "%s", form);
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

/* The deadline a task's one sentence names: after "thời gian:" or
 * "thời hạn:", or "(hoàn thành) trước ...", "(hoàn thành) trong tháng/quý
 * ..." (the last one), up to the next ";", "," or "." ("Công an phường chủ trì ...;
 * hoàn thành trước ngày 30/4/2025." -> "trước ngày 30/4/2025"); NULL when
 * it names none. */
static const char *sentence_due_phrase(Ctx *c, const char *s)
{
    static const struct { const char *mark; size_t keep; } marks[] = {
        {"thời gian: ", 0}, {"Thời gian: ", 0}, {"thời hạn: ", 0}, {"Thời hạn: ", 0},
        {"thời gian thực hiện: ", 0}, {"thời gian hoàn thành: ", 0},
        {"hoàn thành trong ", sizeof "trong " - 1}, {" trước ngày ", sizeof "trước ngày " - 1},
        {" trong tháng ", sizeof "trong tháng " - 1}, {" trong quý ", sizeof "trong quý " - 1},
        {" trong Quý ", sizeof "trong Quý " - 1},
        {" trước tháng ", sizeof "trước tháng " - 1}, {NULL, 0}};
    const char *best = NULL;
    for (int k = 0; marks[k].mark; k++) {
        for (const char *t = str_find(s, marks[k].mark); t; t = str_find(t + 1, marks[k].mark)) {
            const char *phrase = t + strlen(marks[k].mark) - marks[k].keep;
            if (!best || phrase > best)
                best = phrase;
        }
    }
    if (!best)
        return NULL;
    size_t n = strcspn(best, ";,.");
    while (n && best[n - 1] == ' ')
        n--;
    return n ? dup_range(c, best, n) : NULL;
}

/* Tasks written as one sentence and printed as they were (`show: []`)
 * get the deadline their sentence names, as a `due:` the assignment
 * tables and checks use; the text is not changed. */
void sentence_dues(Ctx *c, INode *n)
{
    if (n->kind == IN_TASK && n->show == 1 && !n->due && n->n_texts == 1) {
        const char *phrase = sentence_due_phrase(c, n->texts[0]);
        char canon[96];
        int before = 0;
        const char *form = phrase ? due_form(c, phrase, &before, canon, sizeof canon) : NULL;
        if (form) {
            n->due = before ? arena_printf(c->arena, "{before: %s}", form) : form;
            if (c->stats)
                c->stats->deadlines++;
        }
    }
    for (size_t i = 0; i < n->n_items; i++)
        sentence_dues(c, n->items[i]);
}

/* ---- localities ------------------------------------------------------------------- */

int upper_initial(const char *s)
{
    int bytes;
    unsigned ch = utf8_decode(s, &bytes);
    if (ch >= 'A' && ch <= 'Z')
        return bytes;
    if (ch < 0x80)
        return 0;
    return vi_letter_case(s, NULL) >= 0 ? bytes : 0; /* not small: a capital, or a mark */
}

/* Length of a place name at s: 2 to 4 capitalised words, not an acronym,
 * no Markdown emphasis mark inside. */
static size_t place_name_len_n(const char *s, int numbered);

size_t place_name_len(const char *s)
{
    return place_name_len_n(s, 0);
}

/* place_name_len; numbered: a number may end the name, as villages and
 * residential groups are numbered ("thôn Đội 1", "tổ dân phố Phú Thọ 2"),
 * not communes ("xã Năm N'Đir 4 tiêu chí"). */
static size_t place_name_len_n(const char *s, int numbered)
{
    size_t i = 0, end = 0;
    int words = 0;
    while (words < 4) {
        int b = upper_initial(s + i);
        if (!b)
            break;
        size_t j = i + (size_t)b;
        int lower = 0;
        /* an emphasis mark ends a word, and the name: "xã Đồng** Hưu" is
         * no place "Đồng** Hưu", whose "{loc}" split the bold (s23low) */
        while (s[j] && !strchr(" ,.;):(*_`", s[j])) {
            if ((s[j] >= 'a' && s[j] <= 'z') || ((unsigned char)s[j] >= 0xC3 && !upper_initial(s + j)))
                lower = 1;
            j++;
        }
        if (!lower && j - i > 1 && !strchr("'\xE2", s[i + (size_t)b]))
            break; /* an acronym (NTM, UBND) */
        if (numbered && s[j] == ' ' && isdigit((unsigned char)s[j + 1])) {
            /* "Phú Thọ 1", "Đội 2": a number ends the name */
            size_t k = j + 1;
            while (isdigit((unsigned char)s[k]))
                k++;
            if (!s[k] || strchr(" ,.;):", s[k])) {
                words += 2;
                end = k;
                break;
            }
        }
        words++;
        end = j;
        if (s[j] != ' ')
            break;
        i = j + 1;
    }
    return words >= 2 ? end : 0;
}

/* A new locality named name of kind kind; its index. */
static size_t add_locality(Ctx *c, const char *name, const char *kind)
{
    IPlan *p = c->plan;
    if (p->n_localities == c->cap_locs) {
        c->cap_locs = c->cap_locs ? c->cap_locs * 2 : 16;
        IEntry *u = arena_alloc(c->arena, c->cap_locs * sizeof *u);
        if (p->n_localities)
            memcpy(u, p->localities, p->n_localities * sizeof *u);
        p->localities = u;
    }
    IEntry *e = &p->localities[p->n_localities];
    e->id = unique_id(c, slug(c, isdigit((unsigned char)name[0])
                                     ? arena_printf(c->arena, "%s %s", kind, name) : name, 32));
    e->name = arena_strdup(c->arena, name);
    e->kind = kind;
    strset_add(&c->loc_names, e->name, p->n_localities);
    strset_add(&c->loc_kinds, arena_printf(c->arena, "%s\x1F%s", kind, name), p->n_localities);
    if (c->stats)
        c->stats->localities++;
    return p->n_localities++;
}

/* The text's places are one a name: "thôn Đồng Lạc" after "xã Đồng Lạc"
 * is the same {loc}, its kind word kept in the text. */
static const char *locality_id(Ctx *c, const char *name, const char *kind)
{
    size_t known = strset_find(&c->loc_names, name);
    if (known == (size_t)-1)
        known = add_locality(c, name, kind); /* (it may move the list) */
    return c->plan->localities[known].id;
}

size_t imp_locality_of_kind(Ctx *c, const char *name, const char *kind)
{
    size_t known = strset_find(&c->loc_kinds, arena_printf(c->arena, "%s\x1F%s", kind, name));
    return known != (size_t)-1 ? known : add_locality(c, name, kind);
}

/* The length of a number of one to three digits at s that ends there (a
 * space then no unit of measure, or punctuation, or the end): "5" in "tổ
 * dân phố 5, 12"; 0 otherwise ("tổ dân phố 5 km" is no name). */
static size_t bare_number_len(const char *s)
{
    size_t k = 0;
    while (isdigit((unsigned char)s[k]))
        k++;
    if (k == 0 || k > 3 || (s[k] && !strchr(" ,.;):", s[k])))
        return 0;
    if (s[k] == ' ' && !(starts_with(s + k, " và ") || starts_with(s + k, " đến ") ||
                         starts_with(s + k, " trong ") || starts_with(s + k, " thường ") ||
                         starts_with(s + k, " tổ ") || starts_with(s + k, " thôn ") ||
                         starts_with(s + k, " bản ") || starts_with(s + k, " có ") ||
                         starts_with(s + k, " năm ") || starts_with(s + k, " vào ")))
        return 0;
    if (s[k] == ',' && isdigit((unsigned char)s[k + 1]))
        return 0; /* "1,5" */
    if (s[k] == '.' && isdigit((unsigned char)s[k + 1]))
        return 0;
    return k;
}

/* Rewrites "xã Đồng Hưu, Tân Hiệp" in s as "xã {loc dong-huu}, {loc
 * tan-hiep}", adding the localities. */
static const char *locality_refs(Ctx *c, const char *s)
{
    if (!s)
        return s;
    static const struct { const char *word, *kind; } kw[] = {
        {"xã ", "xã"}, {"Xã ", "xã"}, {"thôn ", "thôn"}, {"Thôn ", "thôn"}, {"bản ", "bản"},
        {"Bản ", "bản"}, {"Các xã ", "xã"}, {"các xã ", "xã"}, {"Các thôn ", "thôn"},
        {"các thôn ", "thôn"}, {"thị trấn ", "thị trấn"}, {"tổ dân phố ", "tổ dân phố"},
        {"Tổ dân phố ", "tổ dân phố"}, {"các tổ dân phố ", "tổ dân phố"},
        {"các huyện ", "huyện"}, {"Các huyện ", "huyện"}, {NULL, NULL}};
    /* kw's words, looked for at each word's start in one step */
    static const char *const kw_words[] = {"xã ", "Xã ", "thôn ", "Thôn ", "bản ", "Bản ",
                                           "Các xã ", "các xã ", "Các thôn ", "các thôn ",
                                           "thị trấn ", "tổ dân phố ", "Tổ dân phố ",
                                           "các tổ dân phố ", "các huyện ", "Các huyện ", NULL};
    static WordSet kw_set = {kw_words, 0, {0}, {0}, {0}};
    Buf b = {0};
    int changed = 0;
    for (size_t i = 0; s[i];) {
        int matched = -1;
        if (i == 0 || s[i - 1] == ' ' || s[i - 1] == '(')
            matched = word_at(&kw_set, s + i);
        /* "văn bản Luật ...", "nông thôn Việt Nam": no place */
        static const char *const not_after[] = {"văn ", "nông ", "Văn ", "Nông ", NULL};
        for (int k = 0; matched >= 0 && not_after[k]; k++) {
            size_t l = strlen(not_after[k]);
            if (i >= l && strncmp(s + i - l, not_after[k], l) == 0)
                matched = -1;
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
            int numbered = strcmp(kw[matched].kind, "xã") != 0 &&
                           strcmp(kw[matched].kind, "thị trấn") != 0 &&
                           strcmp(kw[matched].kind, "huyện") != 0;
            size_t n = place_name_len_n(s + i, numbered);
            size_t digits = numbered ? bare_number_len(s + i) : 0;
            if (!n && digits) {
                /* "tổ dân phố 5, 12 và 19", "thôn 3": a place named by its
                 * number; its id says what it is ("to-dan-pho-5") */
                char *num = dup_range(c, s + i, digits);
                buf_printf(&b, "{loc %s}", locality_id(c, num, kw[matched].kind));
                changed = 1;
                i += digits;
                if (starts_with(s + i, ", ") && bare_number_len(s + i + 2)) {
                    buf_puts(&b, ", ");
                    i += 2;
                    continue;
                }
                if (starts_with(s + i, " và ") && bare_number_len(s + i + strlen(" và "))) {
                    buf_puts(&b, " và ");
                    i += strlen(" và ");
                    continue;
                }
                break;
            }
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
            if (starts_with(s + i, ", ") && place_name_len_n(s + i + 2, numbered)) {
                buf_puts(&b, ", ");
                i += 2;
            } else if (starts_with(s + i, " và ") &&
                       place_name_len_n(s + i + strlen(" và "), numbered)) {
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

/* The places named in the body, wherever they are ("xã Đồng Hưu, Tân
 * Hiệp" in the goals, "thôn Khởi Hạ, Nậm Khánh" in a task, "tổ dân phố Phú
 * Thọ 1" in the implementation), become localities. */
void body_localities(Ctx *c, INode *root)
{
    for (size_t i = 0; i < root->n_items; i++)
        localities_in(c, root->items[i]);
}

void years_in(Ctx *c, INode *n)
{
    n->title = year_refs(c, n->title);
    n->text = year_refs(c, n->text);
    for (size_t i = 0; i < n->n_texts; i++)
        n->texts[i] = year_refs(c, n->texts[i]);
    for (size_t i = 0; i < n->n_items; i++)
        years_in(c, n->items[i]);
}
