/* check_draft.c - the drafter's meaning mistakes: a plan every value of
 * which is well formed but that says something wrong, the kind a reviewer
 * at the People's Committee sends back (session 19, issue 8).
 *
 * Most come from a plan copied from last year's and edited: the year of the
 * title or of a table's title left as it was ("năm 2023" in the plan of
 * 2024; KH315: no "năm NNNN" of the text is a year of the plan's period),
 * or a deadline whose printed text keeps last year's date while its date,
 * the one checked, was corrected (KH316: `due: {in: 2024-11-30, text:
 * "trước 30/11/2023"}` prints 2023 and is checked as 2024; check_duetext.c,
 * called from here). Others are in
 * the registries: a locality under a parent of its own rank or below (a xã
 * under a xã, a thôn under a thôn; KH261), a commune aiming for a standard
 * in a year before the plan's (KH262). And the signing block as Nghị định
 * 30/2020 writes it: "TM." names the body that issues the plan, "KT." is
 * followed by the deputy's title, a deputy signs under "KT." (KH166); the
 * "Nơi nhận" ends with "Lưu: VT" (KH167) and names each recipient once
 * (KH168); "Căn cứ" cites each document once (KH169). And a name typed
 * with a tone mark lost: a unit's, or a recipient, that is another unit's
 * name but for its marks ("Tài chinh" for "Tài chính"; KH263).
 *
 * Every rule is a warning: each has its honest exceptions (a title about
 * two years, a table of last year's figures), which `suppress:` silences
 * with a comment. Names are compared as they read: upper case, spaces
 * folded, the tone mark placed either way (vi_put_tone_key), "UBND" read as
 * "ỦY BAN NHÂN DÂN" and "HĐND" as "HỘI ĐỒNG NHÂN DÂN".
 */
#include "check_draft.h"
#include "check_duetext.h"
#include "basis_form.h"
#include "datehint.h"

#include <stdlib.h>
#include <string.h>

#include "load.h"
#include "parse.h"
#include "vi.h"
#include "yread.h"

/* ---- names compared as they read -------------------------------------------- */

/* name upper-cased, spaces folded, tones placed one way, "UBND" and
 * "HĐND" spelt out, a copy in arena. */
static const char *read_key(Arena *arena, const char *name)
{
    Buf upper = {0}, key = {0};
    vi_put_upper(&upper, vi_fold_spaces(arena, name));
    const char *u = upper.data ? upper.data : "";
    Buf spelt = {0};
    for (size_t i = 0; u[i];) {
        int word_start = i == 0 || u[i - 1] == ' ';
        if (word_start && strncmp(u + i, "UBND", 4) == 0 && (u[i + 4] == ' ' || !u[i + 4])) {
            buf_puts(&spelt, "ỦY BAN NHÂN DÂN");
            i += 4;
        } else if (word_start && strncmp(u + i, "HĐND", 5) == 0 && (u[i + 5] == ' ' || !u[i + 5])) {
            buf_puts(&spelt, "HỘI ĐỒNG NHÂN DÂN"); /* "TM. THƯỜNG TRỰC HĐND" */
            i += 5;
        } else {
            buf_putc(&spelt, u[i]);
            i++;
        }
    }
    vi_put_tone_key(&key, spelt.data ? spelt.data : "");
    const char *out = buf_to_arena(&key, arena);
    buf_free(&upper);
    buf_free(&spelt);
    buf_free(&key);
    return out;
}

/* 1 if text begins with the word word (upper case: "TM.", "PHÓ"), in any
 * case ("Phó Chủ tịch" prints as written and is the same title), followed
 * by a blank or its end (any character after a word ending with '.'). */
static int begins_word(const char *text, const char *word)
{
    Buf upper = {0};
    vi_put_upper(&upper, text);
    const char *u = upper.data ? upper.data : "";
    size_t n = strlen(word);
    int yes = strncmp(u, word, n) == 0 && (u[n] == ' ' || u[n] == '\0' || word[n - 1] == '.');
    buf_free(&upper);
    return yes;
}

/* The position of item i of a list written at node (a sequence of n
 * items once its empty entries, KH107's, were left out:
 * yread_is_blank_line), else the node's. */
static const YNode *item_node(const YNode *node, size_t i, size_t n)
{
    if (node->kind != YNODE_SEQ || node->count < n)
        return NULL;
    if (node->count == n)
        return node->items[i];
    for (size_t k = 0, kept = 0; k < node->count; k++) {
        const YNode *item = node->items[k];
        if (item->kind == YNODE_SCALAR && yread_is_blank_line(yread_text(item)))
            continue; /* "\u3000": left out of the list, KH107 */
        if (kept++ == i)
            return item;
    }
    return NULL;
}

SrcPos item_pos(const YNode *node, size_t i, size_t n)
{
    const YNode *item = item_node(node, i, n);
    return item ? item->pos : node->pos;
}

/* The characters of text to underline (a diagnostic draws its caret
 * under one at least: diag.c). */
static int chars_of(const char *text)
{
    return (int)utf8_count(text, strlen(text));
}

/* ---- years copied from last year's plan ----------------------------------------- */

int draft_title_year(const char *text, int from, int to, size_t *at)
{
    int first_year = 0, in_period = 0;
    size_t first_at = 0;
    static const char *const words[] = {"năm", "Năm", "NĂM"};
    for (size_t i = 0; text[i]; i++) {
        for (size_t w = 0; w < 3; w++) {
            size_t n = strlen(words[w]);
            if (strncmp(text + i, words[w], n) != 0)
                continue;
            /* then a space, or a no-break space as Word keeps one (s27review),
             * and the year's emphasis: "năm *2023*" passed without a word
             * (s28 leftover, session 29) */
            size_t gap = draft_word_gap(text + i + n);
            if (!gap)
                continue;
            n += gap;
            int year = text_year_at(text, i + n);
            if (!year || draft_range_dash(text + i + n + 4)) /* a range: "-", "–" */
                continue;
            if (year >= from && year <= to)
                in_period = 1;
            else if (!first_year) {
                first_year = year;
                first_at = i + n;
            }
        }
    }
    if (!first_year || in_period)
        return 0;
    *at = first_at;
    return first_year;
}

/* A title whose every "năm NNNN" is outside the plan's period: the year
 * of last year's plan left as it was (KH315), reported at the first
 * (draft_title_year). table is the label of the table whose title it is
 * ("Biểu 01"), NULL for the plan's title. */
static void check_title_year(DiagSink *diags, const Plan *plan, const YNode *node,
                             const char *table)
{
    if (!node || node->kind != YNODE_SCALAR || !plan->period_from.year)
        return;
    size_t first_at = 0;
    int first_year = draft_title_year(node->text, plan->period_from.year, plan->period_to.year,
                                      &first_at);
    if (!first_year)
        return;
    Buf period = {0};
    if (plan->period_from.year == plan->period_to.year)
        buf_printf(&period, "%d", plan->period_from.year);
    else
        buf_printf(&period, "%d-%d", plan->period_from.year, plan->period_to.year);
    if (table)
        diag_warning(diags, ynode_pos_at(node, first_at), 4, KH315,
                     "the title of %s says 'năm %d' but the plan is for %s: a year left from "
                     "the plan it was copied from? write the plan's year, or {year} to follow "
                     "it", table, first_year, period.data);
    else
        diag_warning(diags, ynode_pos_at(node, first_at), 4, KH315,
                     "the title says 'năm %d' but the plan is for %s: a year left from the "
                     "plan it was copied from? write the plan's year, or {year} to follow it",
                     first_year, period.data);
    buf_free(&period);
}

/* ---- localities ------------------------------------------------------------- */

/* The rank of a kind of locality, from the province (1) down to the
 * village (4), as a range for "thành phố" (a province's or a city of a
 * province); 0 for a kind of the plan's own. Compared without marks, so
 * a kind typed without them (KH259) is ranked too. */
static int kind_rank(Arena *arena, const char *kind, int *lowest)
{
    static const struct { const char *kind; int high, low; } ranks[] = {
        {"tinh", 1, 1}, {"thanh pho", 1, 2}, {"huyen", 2, 2}, {"quan", 2, 2},
        {"thi xa", 2, 2}, {"xa", 3, 3}, {"phuong", 3, 3}, {"thi tran", 3, 3},
        {"thon", 4, 4}, {"ban", 4, 4}, {"ap", 4, 4}, {"buon", 4, 4}, {"lang", 4, 4},
        {"xom", 4, 4}, {"to dan pho", 4, 4}, {"khu pho", 4, 4}, {"khoi", 4, 4},
        {"soc", 4, 4}, {"plei", 4, 4}, {"khom", 4, 4},
    };
    if (!kind)
        return 0;
    Buf folded = {0};
    vi_put_folded(&folded, vi_fold_spaces(arena, kind));
    int high = 0;
    for (size_t i = 0; i < sizeof ranks / sizeof ranks[0] && folded.data && !high; i++)
        if (strcmp(folded.data, ranks[i].kind) == 0) {
            high = ranks[i].high;
            *lowest = ranks[i].low;
        }
    buf_free(&folded);
    return high;
}

/* 1 if a locality of kind child may lie inside one of kind parent, both
 * of the village rank: a southern ward's khu phố (or khóm, ấp) holds its
 * tổ dân phố ("Tổ 5, Khu phố 2, phường ..."; s48user F2: every tổ dân phố
 * of such a ward was KH261), and a thôn, làng or ấp its xóm, the
 * hamlets a village is divided into ("Xóm là cấp ... dưới cấp thôn";
 * "ở những làng lớn ... xóm thuộc vào thôn", Toan Ánh, Nếp cũ - Làng xóm
 * Việt Nam; s49review: "Xóm Chùa" under "thôn Đông" was KH261). Compared
 * without marks, as kind_rank. */
static int nests_in_village(Arena *arena, const char *child, const char *parent)
{
    static const struct {
        const char *child, *parent;
    } nests[] = {
        {"to dan pho", "khu pho"}, {"to dan pho", "khom"}, {"to dan pho", "ap"},
        {"xom", "thon"},           {"xom", "lang"},        {"xom", "ap"},
    };
    Buf c = {0}, p = {0};
    vi_put_folded(&c, vi_fold_spaces(arena, child));
    vi_put_folded(&p, vi_fold_spaces(arena, parent));
    int nested = 0;
    for (size_t i = 0; i < sizeof nests / sizeof nests[0] && c.data && p.data; i++)
        if (strcmp(c.data, nests[i].child) == 0 && strcmp(p.data, nests[i].parent) == 0)
            nested = 1;
    buf_free(&c);
    buf_free(&p);
    return nested;
}

/* The position of the parent: written, of loc (the IdUse the parser
 * recorded for it), else loc's. uses_of[i] is the use of localities[i]'s
 * parent, found in one pass over the uses. */
static void find_parent_uses(const Plan *plan, const IdUse **uses_of)
{
    if (plan->n_localities == 0) /* localities may then be NULL */
        return;
    const char *start = (const char *)plan->localities;
    const char *end = start + plan->n_localities * sizeof *plan->localities;
    for (size_t u = 0; u < plan->n_id_uses; u++) {
        const IdUse *use = &plan->id_uses[u];
        const char *at = (const char *)use->at;
        if (use->registry != REG_LOCALITY || !at || at < start || at >= end)
            continue;
        size_t i = (size_t)(at - start) / sizeof *plan->localities;
        if (use->at == &plan->localities[i].parent)
            uses_of[i] = use;
    }
}

/* How far past a plan's last year a target may lie before it reads as a
 * year mistyped (KH264): the programmes' periods are five years, their
 * visions twenty; 2204 for 2024 is two centuries. */
enum { TARGET_YEAR_REACH = 25 };

/* 1 if a and b (years) are written with the same digits in another order
 * (2042 and 2024): a year typed with two digits swapped. */
static int same_digits(int a, int b)
{
    int count[10] = {0};
    if (a == b || a <= 0 || b <= 0)
        return 0;
    for (; a > 0; a /= 10)
        count[a % 10]++;
    for (; b > 0; b /= 10)
        count[b % 10]--;
    for (int d = 0; d < 10; d++)
        if (count[d])
            return 0;
    return 1;
}

/* A locality under a parent of its own rank or below (KH261; not when a
 * loop of parents was reported, KH255, which says what is wrong), one
 * aiming for a standard in a year before the plan's period (KH262) or
 * too far after it to be meant (KH264). */
static void check_localities(Arena *arena, DiagSink *diags, const Plan *plan, int parent_loops)
{
    const IdUse **uses_of = xmalloc((plan->n_localities + 1) * sizeof *uses_of);
    memset(uses_of, 0, (plan->n_localities + 1) * sizeof *uses_of);
    find_parent_uses(plan, uses_of);
    for (size_t i = 0; i < plan->n_localities; i++) {
        const Locality *loc = &plan->localities[i];
        const Locality *parent = loc->parent ? plan_find_locality(plan, loc->parent) : NULL;
        int child_low = 0, parent_low = 0;
        int child_high = parent ? kind_rank(arena, loc->kind, &child_low) : 0;
        int parent_high = parent ? kind_rank(arena, parent->kind, &parent_low) : 0;
        if (!parent_loops && parent && parent != loc && child_high && parent_high &&
            child_low <= parent_high && !nests_in_village(arena, loc->kind, parent->kind)) {
            SrcPos at = uses_of[i] ? uses_of[i]->pos : loc->pos;
            int span = uses_of[i] ? uses_of[i]->chars : 1;
            diag_warning(diags, at, span, KH261,
                         "%s '%s' is under %s '%s' (parent): a %s lies inside a larger unit, "
                         "never a %s; name the locality it belongs to, or correct either kind",
                         loc->kind, loc->id, parent->kind, parent->id, loc->kind, parent->kind);
        }
        /* a target it has reached already (status) is KH258's slip, whose
         * advice is to write the next level: "write it as its status"
         * would be said of the status it has (s21attack L2) */
        int reached = loc->status && strcmp(loc->status, loc->target ? loc->target : "") == 0;
        int from = plan->period_from.year, to = plan->period_to.year;
        int last = to > from ? to : from;
        /* 2204 typed for 2024: the locality leaves this year's tables with
         * nothing printed to say so (s23attack L11) */
        if (loc->target_year && from && loc->target_year > last + TARGET_YEAR_REACH)
            diag_warning(diags, loc->target_year_pos, loc->target_year_span, KH264,
                         "locality '%s' aims for a standard in %d (target_year), %d years after "
                         "this plan's year %d: correct the year's digits, or keep a target meant "
                         "that far ahead with 'suppress: [KH264]'",
                         loc->id, loc->target_year, loc->target_year - last, last);
        else if (loc->target_year && from && loc->target_year < from - TARGET_YEAR_REACH &&
                 !loc->target) /* 1924 for 2024 (s23low 6; with a target, KH262 says it) */
            diag_warning(diags, loc->target_year_pos, loc->target_year_span, KH264,
                         "locality '%s' aims for a standard in %d (target_year), %d years before "
                         "this plan's year %d: correct the year's digits, or keep it with "
                         "'suppress: [KH264]'",
                         loc->id, loc->target_year, from - loc->target_year, from);
        else if (loc->target_year && from && loc->target_year > last &&
                 same_digits(loc->target_year, from))
            /* 2042 typed for 2024: within the reach, and left out of the
             * year's tables without a word (s23low 6) */
            diag_warning(diags, loc->target_year_pos, loc->target_year_span, KH264,
                         "locality '%s' aims for a standard in %d (target_year), the digits of "
                         "this plan's year %d in another order: correct the year, or keep it "
                         "with 'suppress: [KH264]'",
                         loc->id, loc->target_year, from);
        if (!loc->target || !loc->target_year || !from || loc->target_year >= from || reached)
            continue;
        if (to > from) /* a school year, 2023-09 to 2024-05, prints {year} as 2024 */
            diag_warning(diags, loc->pos, 1, KH262,
                         "locality '%s' aims for '%s' in %d (target_year), before this plan's "
                         "period %d-%d: if it reached it, write it as its 'status'; if not, "
                         "write the year it now aims for", loc->id, loc->target,
                         loc->target_year, from, to);
        else
            diag_warning(diags, loc->pos, 1, KH262,
                         "locality '%s' aims for '%s' in %d (target_year), before this plan's "
                         "year %d: if it reached it, write it as its 'status'; if not, write the "
                         "year it now aims for", loc->id, loc->target, loc->target_year, from);
    }
    free(uses_of);
}

/* ---- the issuer's lines in their order ------------------------------------------ */

/* What a line of the issuer names, as read (read_key): a place ("HUYỆN YÊN
 * THẾ"), a People's Committee or Council of a place ("ỦY BAN NHÂN DÂN XÃ
 * BÌNH TRUNG", "UBND TỈNH ..."), the Committee or Council alone ("ỦY BAN
 * NHÂN DÂN", its place on the line under it), a body that works under one
 * ("BAN QUẢN LÝ ...", "PHÒNG ...", "SỞ ..."), or none of these. */
typedef enum IssuerLine {
    ISSUER_OTHER,
    ISSUER_PLACE,
    ISSUER_COMMITTEE_OF, /* a Committee or Council with its place */
    ISSUER_COMMITTEE,    /* alone */
    ISSUER_UNDER         /* a board, office, department */
} IssuerLine;

/* 1 if key (read_key's) begins with word (as written) as a whole word. */
static int key_begins(Arena *arena, const char *key, const char *word)
{
    const char *w = read_key(arena, word);
    size_t n = strlen(w);
    return strncmp(key, w, n) == 0 && (key[n] == ' ' || key[n] == '\0');
}

/* The kind of the issuer's line line. */
static IssuerLine issuer_line(Arena *arena, const char *line)
{
    const char *const *places = parse_place_words();
    static const char *const committees[] = {"ỦY BAN NHÂN DÂN", "HỘI ĐỒNG NHÂN DÂN", NULL};
    static const char *const under[] = {"BAN", "PHÒNG", "SỞ", "VĂN PHÒNG", "BCĐ", "BQL",
                                        "TRUNG TÂM", "HỘI ĐỒNG", NULL};
    const char *key = read_key(arena, line);
    for (size_t k = 0; places[k]; k++)
        if (key_begins(arena, key, places[k]))
            return ISSUER_PLACE;
    for (size_t k = 0; committees[k]; k++) {
        const char *c = read_key(arena, committees[k]);
        size_t n = strlen(c);
        if (strncmp(key, c, n) != 0 || (key[n] != ' ' && key[n] != '\0'))
            continue;
        if (!key[n])
            return ISSUER_COMMITTEE;
        for (size_t j = 0; places[j]; j++)
            if (key_begins(arena, key + n + 1, places[j]))
                return ISSUER_COMMITTEE_OF;
    }
    for (size_t k = 0; under[k]; k++)
        if (key_begins(arena, key, under[k]))
            return ISSUER_UNDER;
    return ISSUER_OTHER;
}

/* What the decree writes after "TM." for the body whose name is the n
 * lines: a board or office under a Committee, its own line ("TM. BAN QUẢN
 * LÝ XDNTM"); a People's Committee or Council, with its place or without,
 * spelt or abbreviated, the body's words alone in full ("TM. ỦY BAN NHÂN
 * DÂN" for [UBND XÃ BÌNH TRUNG]: "TM. UBND XÃ BÌNH TRUNG" was advised,
 * which no official writes, s48user F1); else the first line. The one
 * decision KH166's advice takes. */
static const char *signed_for(Arena *arena, const char *const *lines, size_t n)
{
    const char *committee = NULL, *under = NULL;
    for (size_t k = 0; k < n; k++) {
        IssuerLine kind = issuer_line(arena, lines[k]);
        if (kind == ISSUER_UNDER)
            under = lines[k];
        else if ((kind == ISSUER_COMMITTEE || kind == ISSUER_COMMITTEE_OF) && !committee)
            committee = key_begins(arena, read_key(arena, lines[k]), "HỘI ĐỒNG NHÂN DÂN")
                            ? "HỘI ĐỒNG NHÂN DÂN"
                            : "ỦY BAN NHÂN DÂN";
    }
    return under ? under : committee ? committee : n ? lines[0] : "";
}

/* The issuer's lines, the governing body's first, in the order their
 * names read (KH170, at the upper of two lines swapped): a place above
 * the Committee or Council it completes ("HUYỆN YÊN THẾ" over "ỦY BAN
 * NHÂN DÂN"; above a board, "ỦY BAN NHÂN DÂN" / "HUYỆN YÊN THẾ" / "BAN
 * CHỈ ĐẠO ...", it ends the Committee's name), or a body working under a
 * People's Committee above that Committee ("BAN QUẢN LÝ XDNTM" over "UBND
 * XÃ BÌNH TRUNG", or over "ỦY BAN NHÂN DÂN" and its place). Linear in
 * the lines. */
static void check_issuer_order(Arena *arena, DiagSink *diags, const Plan *plan)
{
    size_t n = plan->n_issuer + (plan->governing_node != NULL);
    if (n < 2 || !plan->issuer_node)
        return;
    IssuerLine above = ISSUER_OTHER;
    const char *above_text = NULL;
    SrcPos above_at = {0};
    for (size_t i = 0; i < n; i++) {
        int gov = plan->governing_node != NULL && i == 0;
        size_t k = i - (plan->governing_node != NULL);
        const char *line = gov ? plan->governing_body : plan->issuer[k];
        SrcPos at = gov ? plan->governing_node->pos
                        : item_pos(plan->issuer_node, k, plan->n_issuer);
        IssuerLine kind = issuer_line(arena, line);
        if (above == ISSUER_PLACE && kind == ISSUER_COMMITTEE)
            diag_warning(diags, above_at, chars_of(above_text), KH170,
                         "'%s' stands above '%s': the issuer is printed as its name reads, the "
                         "body first, then the place it serves ('%s' over '%s'); swap the two "
                         "lines", above_text, line, line, above_text);
        else if (above == ISSUER_UNDER &&
                 (kind == ISSUER_COMMITTEE_OF || kind == ISSUER_COMMITTEE))
            diag_warning(diags, above_at, chars_of(above_text), KH170,
                         "'%s' stands above '%s', the People's Committee it works under: the "
                         "Committee's line is printed above the line of the body that issues "
                         "the plan (as 'governing_body'); swap the two lines",
                         above_text, line);
        above = kind;
        above_text = line;
        above_at = at;
    }
}

/* ---- the signature and "Nơi nhận" ---------------------------------------------- */

static int compare_keys(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* 1 if key (non-empty) begins one of the n keys, sorted (compare_keys):
 * the first key not below it is the one it would begin. */
static int begins_a_key(const char *const *keys, size_t n, const char *key)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (strcmp(keys[mid], key) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < n && strncmp(keys[lo], key, strlen(key)) == 0;
}

/* What "TM." and "KT." may name of the issuer, read once (check_signature):
 * the keys of its lines and of its lines read as one, sorted. */
typedef struct IssuerKeys {
    const char **keys;
    size_t n;
} IssuerKeys;

/* 1 if body (the words after "TM." or "KT.") begins one of the issuer's
 * lines, or its lines read as one, as read ("UBND" for "ỦY BAN NHÂN DÂN",
 * spaces and tones as they read): a binary search in ik. */
static int names_issuer(Arena *arena, const IssuerKeys *ik, const char *body)
{
    while (*body == ' ')
        body++;
    const char *key = read_key(arena, body);
    return *key && begins_a_key(ik->keys, ik->n, key);
}

/* The words a place's name begins with, its rank ("XÃ AN BÌNH"), as
 * read_key reads them: where a body's name may end and its place begin. */
static const char *const place_ranks[] = {"XÃ",  "PHƯỜNG", "THỊ TRẤN",  "THỊ XÃ", "HUYỆN",
                                          "QUẬN", "TỈNH",   "THÀNH PHỐ", "ĐẶC KHU", NULL};

/* 1 if key is one of the issuer's keys whole, or the body's name at the
 * start of one, the place's rank after it ("ỦY BAN NHÂN DÂN" of "ỦY BAN
 * NHÂN DÂN HUYỆN YÊN THẾ"): a name cut anywhere else ("ỦY BAN NHÂN DÂN
 * XÃ", the place's name lost; "ỦY BAN NHÂN") names no body (s21low). A
 * binary search for each rank (begins_a_key): linear in the "TM." lines. */
static int is_issuer_name(Arena *arena, const IssuerKeys *ik, const char *key)
{
    size_t lo = 0, hi = ik->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (strcmp(ik->keys[mid], key) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < ik->n && strcmp(ik->keys[lo], key) == 0)
        return 1;
    for (int r = 0; place_ranks[r]; r++) {
        Buf with = {0};
        buf_puts(&with, key);
        buf_putc(&with, ' ');
        buf_puts(&with, read_key(arena, place_ranks[r]));
        buf_putc(&with, ' ');
        int yes = begins_a_key(ik->keys, ik->n, with.data);
        buf_free(&with);
        if (yes)
            return 1;
    }
    return 0;
}

/* 1 if body (the words after "TM.") names the issuer (is_issuer_name),
 * or its standing committee: "THƯỜNG TRỰC" or "BAN THƯỜNG TRỰC" before
 * the issuer's name ("TM. THƯỜNG TRỰC HĐND" of a People's Council, the
 * decree's form; s21attack L7). */
static int tm_names_issuer(Arena *arena, const IssuerKeys *ik, const char *body)
{
    const char *key = read_key(arena, body);
    while (*key == ' ')
        key++;
    if (!*key)
        return 0;
    if (is_issuer_name(arena, ik, key))
        return 1;
    static const char *const standing[] = {"THƯỜNG TRỰC", "BAN THƯỜNG TRỰC", NULL};
    for (int k = 0; standing[k]; k++) {
        const char *word = read_key(arena, standing[k]);
        size_t n = strlen(word);
        if (strncmp(key, word, n) == 0 && key[n] == ' ' && is_issuer_name(arena, ik, key + n + 1))
            return 1;
    }
    return 0;
}

/* 1 if body (the words after "KT.") names a body rather than its head: the
 * issuer, or words a body's name begins with ("ỦY BAN ...", "BAN QUẢN LÝ
 * ...", "HỘI ĐỒNG ...", "SỞ ...", "PHÒNG ..."; a head is "CHỦ TỊCH",
 * "TRƯỞNG BAN", "GIÁM ĐỐC", ...). */
static int names_body(Arena *arena, const IssuerKeys *ik, const char *body)
{
    static const char *const bodies[] = {"ỦY BAN ", "BAN ", "HỘI ĐỒNG ", "SỞ ", "PHÒNG ", NULL};
    const char *key = read_key(arena, body);
    for (int k = 0; bodies[k]; k++) {
        const char *word = read_key(arena, bodies[k]);
        if (strncmp(key, word, strlen(word)) == 0)
            return 1;
    }
    return names_issuer(arena, ik, body);
}

/* The words after a "TM." or "KT." line's prefix. */
static const char *after_prefix(const char *line)
{
    line += 3;
    while (*line == ' ')
        line++;
    return line;
}

/* "KT. X" naming a body ("KT. ỦY BAN NHÂN DÂN", "KT. BAN QUẢN LÝ ...": a
 * body is signed for with "TM.", a head with "KT."), or followed by X
 * itself ("KT. CHỦ TỊCH" over "CHỦ TỊCH": the head signing for himself,
 * the deputy's "PHÓ" lost) (KH166, session 20: a signer's line swapped). */
static void check_kt_line(Arena *arena, DiagSink *diags, const Plan *plan, const IssuerKeys *ik,
                          size_t i, SrcPos at)
{
    const Signature *sig = plan->signature;
    const char *line = sig->lines[i], *head = after_prefix(line);
    if (*head && names_body(arena, ik, head))
        diag_warning(diags, at, chars_of(line), KH166,
                     "the signature signs '%s', for a body: 'KT.' signs for its head ('KT. "
                     "CHỦ TỊCH'), 'TM.' for the body; write 'TM. %s'", line,
                     signed_for(arena, &head, 1));
    else if (i + 1 < sig->n_lines && *head &&
             strcmp(read_key(arena, head), read_key(arena, sig->lines[i + 1])) == 0)
        diag_warning(diags, item_pos(sig->lines_node, i + 1, sig->n_lines),
                     chars_of(sig->lines[i + 1]), KH166,
                     "'%s' stands under '%s': under 'KT.' the deputy who signs writes his "
                     "own title ('PHÓ %s'), not the head's; correct it", sig->lines[i + 1],
                     line, head);
}

/* 1 if the header's governing_body is a People's Committee or Council
 * without its territory ("ỦY BAN NHÂN DÂN"), the issuer's first line that
 * territory ("HUYỆN YÊN THẾ"), and the "TM." line line names the
 * governing_body: one name split over the two fields (a Word header's
 * plain "ỦY BAN NHÂN DÂN" over a bold "HUYỆN YÊN THẾ", imported so before
 * session 30), whose "TM." was advised "TM. HUYỆN YÊN THẾ" (s30fixlow). */
static int name_split(Arena *arena, const Plan *plan, const char *line)
{
    if (!plan->governing_body || plan->n_issuer == 0 ||
        issuer_line(arena, plan->governing_body) != ISSUER_COMMITTEE ||
        issuer_line(arena, plan->issuer[0]) != ISSUER_PLACE)
        return 0;
    return strcmp(read_key(arena, after_prefix(line)), read_key(arena, plan->governing_body)) == 0;
}

/* A "TM." line of another body than an issuer whose lines have small
 * letters (basis_form_issuer_small): a body's name typed over the issuer,
 * one slip, whose one message is the KH178 at it; the "TM." line is a note
 * on that. 1 when the note is attached, else 0 (the warning is KH166). */
static int tm_on_issuer_note(DiagSink *diags, const Plan *plan, const char *line, SrcPos at)
{
    SrcPos issuer;
    return basis_form_issuer_small(plan, &issuer) &&
           diag_note_on_line(diags, issuer, "the signature signs '%s' (line %d), another body "
                             "than this issuer: once the issuer is right, write its 'TM.' line "
                             "to match", line, at.line);
}

/* The "TM." line i of the signature as written: the words before the
 * line joined to it, when the title's line under it was indented into it
 * ("TM. ỦY BAN NHÂN DÂN" over "- KT. CHỦ TỊCH" one space further: KH021
 * said so at that line, s47slips), else the line. */
static const char *tm_words(Arena *arena, const Signature *sig, size_t i)
{
    const char *line = sig->lines[i];
    const YNode *item = item_node(sig->lines_node, i, sig->n_lines);
    const char *join = item ? load_joined_at(item) : NULL;
    return join ? arena_strndup(arena, line, (size_t)(join - line)) : line;
}

/* The issuer's lines read as one ("ỦY BAN NHÂN DÂN XÃ BÌNH TRUNG"), a copy
 * in arena: how a message names it, and the whole a "TM." line may name
 * (check_signature's keys). */
static const char *issuer_read_as_one(Arena *arena, const Plan *plan)
{
    Buf whole = {0};
    for (size_t k = 0; k < plan->n_issuer; k++) {
        if (k)
            buf_putc(&whole, ' ');
        buf_puts(&whole, plan->issuer[k]);
    }
    const char *out = buf_to_arena(&whole, arena);
    buf_free(&whole);
    return out ? out : "";
}

/* 1 if the "TM." line line names a board or office ("TM. BAN QUẢN LÝ
 * XDNTM") under an issuer that is a People's Committee or Council and no
 * board: the plan may be the board's, its Committee written as the issuer
 * (an import's guess, seed 002), and the advice says both ways. */
static int board_of_committee(Arena *arena, const Plan *plan, const char *line)
{
    if (issuer_line(arena, after_prefix(line)) != ISSUER_UNDER)
        return 0;
    const char *body = signed_for(arena, plan->issuer, plan->n_issuer);
    return !strcmp(body, "ỦY BAN NHÂN DÂN") || !strcmp(body, "HỘI ĐỒNG NHÂN DÂN");
}

/* "TM. X" first in the signature naming a body that is not the issuer
 * (KH166). */
static void check_tm_line(Arena *arena, DiagSink *diags, const Plan *plan, const IssuerKeys *ik,
                          const char *line, SrcPos at)
{
    if (!tm_names_issuer(arena, ik, line + 3) && name_split(arena, plan, line))
        diag_warning(diags, at, chars_of(line), KH166,
                     "the signature signs '%s', the header's governing_body '%s', "
                     "which with the issuer's '%s' under it is one name, the issuer's: "
                     "the two lines print as a body over another; write them both as "
                     "the issuer ([%s, %s]) and no governing_body",
                     line, plan->governing_body, plan->issuer[0],
                     plan->governing_body, plan->issuer[0]);
    else if (tm_names_issuer(arena, ik, line + 3) || tm_on_issuer_note(diags, plan, line, at))
        return; /* the issuer's own, or a note on an issuer in small letters (KH178's) */
    else if (board_of_committee(arena, plan, line))
        diag_warning(diags, at, chars_of(line), KH166,
                     "the signature signs 'TM. %s', a board under the issuer (%s): 'TM.' "
                     "names the body that issues the plan; if the Committee issues it, write "
                     "'TM. %s'; if the board does, write the board as the issuer (issuer: "
                     "[%s]) and the Committee above it as the governing_body",
                     after_prefix(line), issuer_read_as_one(arena, plan),
                     signed_for(arena, plan->issuer, plan->n_issuer), after_prefix(line));
    else
        diag_warning(diags, at, chars_of(line), KH166,
                     "the signature signs 'TM. %s', on behalf of a body that is not the "
                     "issuer (%s): 'TM.' names the body that issues the plan; write "
                     "'TM. %s', or correct the issuer",
                     after_prefix(line), issuer_read_as_one(arena, plan),
                     signed_for(arena, plan->issuer, plan->n_issuer));
}

/* "TM. X" naming a body that is not the issuer, or below another line (the
 * decree writes it first, the signer's title under it), "KT. ..." as the
 * last line (no deputy's title under it), naming a body or followed by
 * its own title (check_kt_line), a deputy's title ("PHÓ ...") under no
 * "KT." line (KH166). */
static void check_signature(Arena *arena, DiagSink *diags, const Plan *plan)
{
    const Signature *sig = plan->signature;
    if (!sig || !sig->lines_node)
        return;
    /* what "TM." may name: the start of one of the issuer's lines, or of
     * its lines read as one ("TM. ỦY BAN NHÂN DÂN XÃ ĐỒNG HƯU" names [ỦY BAN
     * NHÂN DÂN, XÃ ĐỒNG HƯU] whole, s20attack M3); read once and sorted,
     * each "TM." line a binary search: with a key read for each issuer
     * line at each "TM." line, 3,000 of each (a 200 KB plan) took 9 s of
     * CPU (s20attack F8) */
    IssuerKeys ik = {NULL, plan->n_issuer ? plan->n_issuer + 1 : 0};
    ik.keys = xmalloc((ik.n + 1) * sizeof *ik.keys);
    for (size_t k = 0; k < plan->n_issuer; k++)
        ik.keys[k] = read_key(arena, plan->issuer[k]);
    if (ik.n) {
        ik.keys[ik.n - 1] = read_key(arena, issuer_read_as_one(arena, plan));
        qsort(ik.keys, ik.n, sizeof *ik.keys, compare_keys);
    }
    for (size_t i = 0; i < sig->n_lines; i++) {
        const char *line = sig->lines[i];
        SrcPos at = item_pos(sig->lines_node, i, sig->n_lines);
        /* "TM.ỦY BAN NHÂN DÂN": the space after the prefix lost, printed
         * as typed (s24attack L5) */
        if ((begins_word(line, "TM.") || begins_word(line, "KT.")) && line[3] && line[3] != ' ')
            diag_warning(diags, at, chars_of(line), KH166,
                         "'%s' has no space after '%.3s': the signature writes '%.3s %s'; add "
                         "the space",
                         line, line, line, after_prefix(line));
        if (begins_word(line, "TM.") && i > 0) {
            diag_warning(diags, at, chars_of(line), KH166,
                         "'%s' stands under '%s': 'TM.' is the first line of the signature, "
                         "the signer's title under it; move it to the top", line,
                         sig->lines[i - 1]);
        } else if (begins_word(line, "TM.") && plan->n_issuer > 0) {
            check_tm_line(arena, diags, plan, &ik, tm_words(arena, sig, i), at);
        } else if (begins_word(line, "KT.") && i + 1 == sig->n_lines && !strchr(line, ',')) {
            diag_warning(diags, at, chars_of(line), KH166,
                         "the signature ends with '%s': under 'KT.' the deputy who signs writes "
                         "his title ('PHÓ CHỦ TỊCH'); add it as the next line", line);
        } else if (begins_word(line, "KT.")) {
            check_kt_line(arena, diags, plan, &ik, i, at);
        } else if (begins_word(line, "PHÓ") && (i == 0 || !begins_word(sig->lines[i - 1], "KT."))) {
            diag_warning(diags, at, chars_of(line), KH166,
                         "the deputy's title '%s' has no 'KT.' line above it: a deputy signs "
                         "for the head ('KT. CHỦ TỊCH', then '%s'); add the 'KT.' line", line,
                         line);
        }
    }
    free(ik.keys);
}

int draft_names_archive(const char *folded)
{
    for (size_t i = 0; folded[i]; i++) {
        int word_start = i == 0 || (i >= 2 && folded[i - 1] == ' ' &&
                                    (folded[i - 2] == ',' || folded[i - 2] == ';'));
        if (word_start && strncmp(folded + i, "luu", 3) == 0 &&
            (folded[i + 3] == ':' || folded[i + 3] == ' ' || folded[i + 3] == '\0'))
            return 1;
    }
    return 0;
}

/* The bytes of the dash a recipient was typed with ("- Lưu: VT.", a line
 * copied from a Word document with its dash: "-", "+", "–", "—" or "•"
 * and the spaces after it), 0 if none. */
static size_t typed_dash_len(const char *text)
{
    static const char *const dashes[] = {"-", "+", "\xE2\x80\x93", "\xE2\x80\x94", "\xE2\x80\xA2"};
    for (size_t d = 0; d < sizeof dashes / sizeof dashes[0]; d++) {
        size_t len = strlen(dashes[d]);
        if (strncmp(text, dashes[d], len) != 0)
            continue;
        while (text[len] == ' ')
            len++;
        return text[len] && text[len] != '-' ? len : 0; /* "-", "--": no text after */
    }
    return 0;
}

/* The bytes of "Lưu " (any case, tones as typed) and the blanks after it
 * at the start of recipient: where the words archive_colon_lost's advice
 * writes after "Lưu: " begin. */
static size_t archive_word_len(const char *recipient)
{
    size_t i = 0;
    while (recipient[i] && recipient[i] != ' ')
        i++;
    while (recipient[i] == ' ')
        i++;
    return i;
}

/* The bytes of the word "trữ" (any case) at word and of the blanks and
 * colon after it, or 0: "Lưu trữ" (the archive: "Lưu trữ VT", "Lưu trữ:
 * VT") names the office's copy, its "trữ" no word to keep after a colon
 * ("write 'Lưu: trữ VT'", s51review). */
static size_t archive_store_len(const char *word)
{
    Buf upper = {0};
    vi_put_upper(&upper, word);
    size_t n = strlen("TRỮ");
    int store = upper.len >= n && strncmp(upper.data, "TRỮ", n) == 0 &&
                strchr(" :.", upper.data[n]); /* the NUL too: "Lưu trữ" */
    buf_free(&upper);
    if (!store)
        return 0;
    while (word[n] == ' ')
        n++;
    n += word[n] == ':';
    while (word[n] == ' ')
        n++;
    return n;
}

/* 1 if a recipient (folded: vi_put_folded; typed, as written) begins with
 * a person of the family Lưu, "Lưu" and a word in a name's case, a capital
 * then a small letter ("Lưu Văn Hùng, Trưởng thôn Đông"): no office's copy
 * ("Lưu VT", "Lưu hồ sơ"), neither its colon lost (KH167, s50review K1)
 * nor a line to move last. */
static int archive_is_person(const char *folded, const char *typed)
{
    const char *word = typed + archive_word_len(typed);
    size_t first = 0;
    return strncmp(folded, "luu ", 4) == 0 && vi_letter_case(word, &first) == 1 &&
           vi_letter_case(word + first, NULL) == -1 && !archive_store_len(word);
}

/* 1 if a recipient (folded) is the office's copy written "Lưu VT", its
 * colon lost ("Lưu" and a word after a space): printed so, where Nghị
 * định 30/2020 writes "Lưu: VT" (s48user F4). */
static int archive_colon_lost(const char *folded)
{
    return strncmp(folded, "luu ", 4) == 0 && folded[4] && folded[4] != ':' && folded[4] != ' ';
}

/* Whether the recipients' list holds "Lưu: VT" typed without its quotes:
 * YAML read a mapping, an error already (KH102, "quote an entry that holds
 * ': '"); the plan has its "Lưu" line, KH167 told to add one (s31user). */
static int archive_as_mapping(const YNode *list)
{
    for (uint32_t i = 0; list && list->kind == YNODE_SEQ && i < list->count; i++) {
        const YNode *it = list->items[i];
        if (it->kind != YNODE_MAP || !it->count || it->keys[0]->kind != YNODE_SCALAR)
            continue;
        Buf folded = {0};
        vi_put_folded(&folded, it->keys[0]->text);
        int archive = folded.data && draft_names_archive(folded.data);
        buf_free(&folded);
        if (archive)
            return 1;
    }
    return 0;
}

/* A "Nơi nhận" without the "Lưu: VT" line that ends it, or with one above
 * another recipient (a line moved; KH167), a recipient named twice (KH168,
 * at the second). A recipient typed with its dash prints it twice, "- -
 * Lưu: VT." (KH118, as a bullet's); it is read without it, so "- Lưu: VT."
 * is the office's copy an official sees in it, not "no Lưu line"
 * (s20attack L3). */
static void check_recipients(Arena *arena, DiagSink *diags, const Plan *plan)
{
    size_t n = plan->n_recipients;
    if (!n || !plan->recipients_node)
        return;
    const char **keys = xmalloc((n + 1) * sizeof *keys);
    int archive = 0;
    size_t last_archive = 0; /* the "Lưu" line last seen, + 1 */
    StrSet seen = {0};
    for (size_t i = 0; i < n; i++) {
        size_t dash = typed_dash_len(plan->recipients[i]);
        if (dash)
            diag_warning(diags, item_pos(plan->recipients_node, i, n),
                         chars_of(plan->recipients[i]), KH118,
                         "the recipient '%s' begins with its own dash, and khgen prints one "
                         "before each recipient: \"Nơi nhận\" shows '- %s'. Remove it from "
                         "the text", plan->recipients[i], plan->recipients[i]);
        keys[i] = read_key(arena, plan->recipients[i] + dash);
        Buf folded = {0};
        vi_put_folded(&folded, plan->recipients[i] + dash);
        int is_archive = folded.data && draft_names_archive(folded.data) &&
                         !archive_is_person(folded.data, plan->recipients[i] + dash);
        int colon_lost = is_archive && archive_colon_lost(folded.data);
        buf_free(&folded);
        if (is_archive)
            last_archive = i + 1;
        const char *words = plan->recipients[i] + dash + archive_word_len(plan->recipients[i] + dash);
        size_t store = colon_lost ? archive_store_len(words) : 0;
        if (store)
            diag_warning(diags, item_pos(plan->recipients_node, i, n),
                         chars_of(plan->recipients[i]), KH167,
                         "'%s' names the office's copy 'Lưu trữ': Nghị định 30/2020 writes it "
                         "'Lưu: VT'; write 'Lưu: %s%s'", plan->recipients[i] + dash,
                         strspn(words + store, ".") == strlen(words + store) ? "VT" : "",
                         words + store);
        else if (colon_lost)
            diag_warning(diags, item_pos(plan->recipients_node, i, n),
                         chars_of(plan->recipients[i]), KH167,
                         "'%s' has no colon after 'Lưu': Nghị định 30/2020 writes the "
                         "office's copy 'Lưu: VT'; write 'Lưu: %s'", plan->recipients[i] + dash,
                         words);
        else if (last_archive && *keys[i] && last_archive == i) /* once, at the line after */
            diag_warning(diags, item_pos(plan->recipients_node, i - 1, n),
                         chars_of(plan->recipients[i - 1]), KH167,
                         "'%s' stands above '%s': under Nghị định 30/2020 the office's copy "
                         "is the last line of \"Nơi nhận\"; move it to the end",
                         plan->recipients[i - 1], plan->recipients[i]);
        archive |= is_archive;
        if (!*keys[i])
            continue;
        size_t first = strset_add(&seen, keys[i], i);
        SrcPos at = item_pos(plan->recipients_node, i, n);
        if (first != i && !load_pasted_again(at)) { /* a line pasted twice: said once */
            diag_warning(diags, at, chars_of(plan->recipients[i]), KH168,
                         "'%s' is named twice in the recipients (also item %zu): it would be "
                         "printed twice under \"Nơi nhận\"; remove one", plan->recipients[i],
                         first + 1);
            load_pasted_said(diags, at); /* its KH128 a note of this */
        }
    }
    strset_free(&seen);
    free(keys);
    if (!archive && !archive_as_mapping(plan->recipients_node))
        diag_warning(diags, plan->recipients_node->pos, 1, KH167,
                     "the recipients have no \"Lưu\" line: under Nghị định 30/2020 the list "
                     "\"Nơi nhận\" ends with the office's copy; add \"Lưu: VT\" (and the "
                     "drafting unit: \"Lưu: VT, NN\") as the last recipient");
}

/* ---- names typed twice ---------------------------------------------------------- */

/* s folded (lower case, no marks, đ as d, spaces folded), a copy in arena. */
static const char *folded_copy(Arena *arena, const char *s)
{
    Buf folded = {0};
    vi_put_folded(&folded, vi_fold_spaces(arena, s));
    const char *out = buf_to_arena(&folded, arena);
    buf_free(&folded);
    return out;
}

/* 1 if unit u is written in a registry the plan includes, not in the
 * plan's own file. */
static int shared_unit(const Plan *plan, const Unit *u)
{
    return u->pos.file && plan->file && strcmp(u->pos.file, plan->file) != 0;
}

/* A unit whose name is an earlier unit's with a mark lost or changed
 * ("Phòng Tài chinh - Kế hoạch" beside "Phòng Tài chính - Kế hoạch"), a
 * recipient that is a unit's name or short name so (KH263). The same name
 * read the same is KH257's; names differing in their letters are other
 * names. Two units of the registries the plan includes are not compared:
 * two communes of one district may be named so ("UBND xã Hoa Lộc", "UBND
 * xã Hòa Lộc"), and a plan's `suppress:` does not reach a shared file, so
 * every plan of the district was warned with no way to say so (s20attack
 * M4); a unit of the plan's own file is compared with every other. */
static void check_marks(Arena *arena, DiagSink *diags, const Plan *plan)
{
    size_t n = plan->n_units;
    if (!n)
        return;
    const char **names = xmalloc((2 * n + 1) * sizeof *names);
    size_t *owner = xmalloc((2 * n + 1) * sizeof *owner); /* the unit of names[k] */
    StrSet by_folded = {0};
    size_t n_names = 0;
    for (size_t i = 0; i < n; i++) {
        const Unit *u = &plan->units[i];
        for (int which = 0; which < 2; which++) {
            const char *name = which ? u->short_name : u->name;
            if (!name || !*name)
                continue;
            names[n_names] = name;
            owner[n_names] = i;
            size_t first = strset_add(&by_folded, folded_copy(arena, name), n_names);
            n_names++;
            if (which || first == n_names - 1 || !u->id ||
                (shared_unit(plan, u) && shared_unit(plan, &plan->units[owner[first]])))
                continue;
            if (strcmp(read_key(arena, names[first]), read_key(arena, name)) != 0)
                diag_warning(diags, u->pos, chars_of(u->id), KH263,
                             "unit '%s' is named '%s', the name '%s' of another unit with a "
                             "mark lost or changed: one of the two is misspelt; correct it, "
                             "or remove the copy", u->id, name, names[first]);
        }
    }
    for (size_t i = 0; i < plan->n_recipients && plan->recipients_node; i++) {
        const char *r = plan->recipients[i];
        size_t k = strset_find(&by_folded, folded_copy(arena, r));
        if (k != (size_t)-1 && strcmp(read_key(arena, names[k]), read_key(arena, r)) != 0)
            diag_warning(diags, item_pos(plan->recipients_node, i, plan->n_recipients),
                         chars_of(r), KH263,
                         "the recipient '%s' is the name '%s' of a unit with a mark lost or "
                         "changed: it prints misspelt under \"Nơi nhận\"; write '%s'", r,
                         names[k], names[k]);
    }
    strset_free(&by_folded);
    free(names);
    free(owner);
}

/* Two legal bases citing one document (KH169, at the second): the same
 * number ("263/QĐ-TTg") for two kinds of document, a basis copied to add
 * another and its number left as it was; or the same kind and number, or
 * for a document cited by name the same kind and name, of the same year and
 * issuer. A number without its year restarts every year with each issuer:
 * "Kế hoạch số 03/KH-UBND" of the province in 2024 and of the district in
 * 2020 are two documents, and so are two laws of one name, of 2015 and 2025
 * (s20attack M2). A basis written as text is not compared. */
static void check_bases_twice(Arena *arena, DiagSink *diags, const Plan *plan)
{
    StrSet same = {0}, kind_of = {0};
    for (size_t i = 0; i < plan->n_bases; i++) {
        const Basis *b = &plan->bases[i];
        if (b->text)
            continue;
        const char *kind = read_key(arena, b->kind ? b->kind : "");
        const char *number = b->number && *b->number ? read_key(arena, b->number) : NULL;
        const char *cited = number ? number
                            : b->name && *b->name ? read_key(arena, b->name)
                                                  : NULL;
        if (!cited)
            continue;
        size_t first = strset_add(&same, arena_printf(arena, "%s\x1f%s\x1f%s\x1f%d", kind, cited,
                                                      read_key(arena, b->issuer ? b->issuer : ""),
                                                      b->date.year),
                                  i);
        if (first == i && number) { /* one number, a kind of its own */
            size_t other = strset_add(&kind_of, number, i);
            if (other != i && strcmp(read_key(arena, plan->bases[other].kind ? plan->bases[other].kind : ""), kind) != 0)
                first = other;
        }
        if (first != i)
            diag_warning(diags, b->pos, 1, KH169,
                         "this legal basis cites %s, as basis %zu does: the document would be "
                         "cited twice under \"Căn cứ\"; remove one, or correct the number "
                         "copied", number ? b->number : b->name, first + 1);
    }
    strset_free(&same);
    strset_free(&kind_of);
}

void check_draft(Arena *arena, DiagSink *diags, const Plan *plan, int parent_loops)
{
    check_title_year(diags, plan, plan->title_node, NULL);
    for (size_t i = 0; i < plan->n_attachments; i++) {
        const Attachment *att = &plan->attachments[i];
        if (!att->title_node || (att->title_node->pos.file && plan->file &&
                                 strcmp(att->title_node->pos.file, plan->file) != 0))
            continue; /* a preset's title */
        check_title_year(diags, plan, att->title_node, att->label ? att->label : att->id);
    }
    check_due_texts(diags, plan);
    check_localities(arena, diags, plan, parent_loops);
    check_issuer_order(arena, diags, plan);
    check_signature(arena, diags, plan);
    check_recipients(arena, diags, plan);
    check_marks(arena, diags, plan);
    check_bases_twice(arena, diags, plan);
}
