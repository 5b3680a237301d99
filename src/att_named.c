/* att_named.c - the attachments a plan's own words say are attached to it.
 *
 * A plan points to its attachment pages in its text: "(Chi tiết theo Biểu
 * 01 và Biểu 02 đính kèm)", "Các ngành phụ trách tiêu chí theo Biểu 02,
 * 03, 04, 05 đính kèm", "tại Phụ lục II kèm theo Kế hoạch này". An
 * official who deletes Biểu 02's page (its figures not ready) and forgets
 * the sentence issues a document announcing a page it does not have
 * (s43user F22): import wrote the sentence with no word and check was
 * silent. The same words also cite another document's pages, which a plan
 * never attaches: "theo Biểu 01 kèm theo Quyết định số 12/QĐ-UBND", "Phụ
 * lục II Thông tư 05/2020/TT-BNNPTNT", "theo Biểu 01 của Bộ tiêu chí".
 *
 * This file is the one reading of which is which, shared by check (KH268,
 * check_attnamed.c: no attachment has the label) and import (KH771,
 * import_attrefs.c: no page of the document has it). A mention is the
 * word "Biểu" or "Phụ lục" (a capital first; "số" may follow) and a
 * number ("01", "3a", "II"), or a list of them ("Biểu 02, 03 và 04",
 * "Biểu 02-05", "Biểu 01 và Phụ lục II"). It is the plan's own when the
 * rest of its clause (to '.', ';', ':', ')', a line's end or the next
 * mention) names no other document before "đính kèm", "kèm theo" (then
 * "Kế hoạch này" or nothing), "của Kế hoạch này", or, with none of those,
 * when "tại" or "theo" stands before it. Another document is a word of
 * its kind ("Quyết định", "Thông tư", "Nghị quyết", "Kế hoạch" but "Kế
 * hoạch này", "của" but "của Kế hoạch này", ...), "số" before a digit, or
 * a document's number ("318/QĐ-TTg"). Doubt reads as another's: a warning
 * a correct plan cannot silence by a fix is worse than one not given.
 *
 * Each tail is read up to the next mention, so every byte is read a
 * bounded number of times: linear in the text.
 */
#include "att_named.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"
#include "vi.h"

/* 1 if s[k] begins no word's next byte: the end, a space of any kind,
 * or a byte that is no word's (punctuation). */
static int boundary(const char *s, size_t k)
{
    return !s[k] || vi_space_len(s + k) || !vi_word_byte((unsigned char)s[k]);
}

/* 1 if s begins with the words `upper` (in capitals, single spaces) in any
 * letter case, a whole word at its end; *len then their bytes. */
static int words_at(const char *s, const char *upper, size_t *len)
{
    size_t n = strlen(upper);
    if (strnlen(s, n) < n || !vi_upper_eq(s, n, upper) || !boundary(s, n))
        return 0;
    if (len)
        *len = n;
    return 1;
}

/* The kind of page a mention at s names: "Biểu" or "Phụ lục" (a capital
 * first letter), *len its bytes; NULL for none. */
static const char *kind_at(const char *s, size_t *len)
{
    if (vi_letter_case(s, NULL) != 1)
        return NULL;
    if (words_at(s, "BIỂU", len))
        return "Biểu";
    if (words_at(s, "PHỤ LỤC", len))
        return "Phụ lục";
    return NULL;
}

/* The bytes of a page's number at s: 1 to 4 digits and at most one small
 * letter ("02", "3a"), or a Roman numeral of at most 6 letters ("II"),
 * ending a word; 0 if none. */
static size_t number_at(const char *s)
{
    size_t n = strspn(s, "0123456789");
    if (n > 4)
        return 0;
    if (n && s[n] >= 'a' && s[n] <= 'z' && boundary(s, n + 1))
        n++;
    else if (!n && ((n = strspn(s, "IVXLC")) > 6))
        return 0;
    return n && boundary(s, n) ? n : 0;
}

/* A mention's kind and number at s (a word's start): "Biểu 02", "BIỂU SỐ
 * 3", "Phụ lục II"; *kind the kind, *num where its number is and *num_len
 * its bytes; returns the bytes of the whole, 0 if none. */
static size_t mention_at(const char *s, const char **kind, size_t *num, size_t *num_len)
{
    size_t k, sp, so;
    if (!(*kind = kind_at(s, &k)) || !(sp = vi_spaces_len(s + k)))
        return 0;
    k += sp;
    if (words_at(s + k, "SỐ", &so) && (sp = vi_spaces_len(s + k + so)) > 0)
        k += so + sp;
    if (!(*num_len = number_at(s + k)))
        return 0;
    *num = k;
    return k + *num_len;
}

/* The value of a number of digits alone (no letter), or -1. */
static long plain_number(const char *s, size_t n)
{
    long v = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

/* The separator of a list of labels at s (after spaces): ',', '-', '–',
 * "và", "hoặc", "đến", "tới"; *range set when it spans ("02-05", "02 đến
 * 05"); its bytes with the spaces around it, 0 if none. */
static size_t separator_at(const char *s, int *range)
{
    size_t i = vi_spaces_len(s), n = 0;
    *range = 0;
    if (s[i] == ',')
        n = 1;
    else if (s[i] == '-' || strncmp(s + i, "–", 3) == 0)
        n = s[i] == '-' ? 1 : 3, *range = 1;
    else if (words_at(s + i, "VÀ", &n) || words_at(s + i, "HOẶC", &n))
        ;
    else if (words_at(s + i, "ĐẾN", &n) || words_at(s + i, "TỚI", &n))
        *range = 1;
    if (!n)
        return 0;
    return i + n + vi_spaces_len(s + i + n);
}

/* 1 if what follows an item of a list at s ends it as a list's item does:
 * a separator, a clause's end, or a word that may follow a mention. */
static int item_ends(const char *s)
{
    int range;
    size_t i = vi_spaces_len(s);
    if (!s[i] || strchr(".;:)\n,", s[i]) || separator_at(s, &range))
        return 1;
    return words_at(s + i, "ĐÍNH KÈM", NULL) || words_at(s + i, "KÈM", NULL) ||
           words_at(s + i, "CỦA", NULL);
}

/* 1 if the clause ends at s: '.', ';', ':', ')', '!', '?', a line break,
 * the end; a '.' inside a number ("1.000") does not. */
static int clause_end(const char *s)
{
    if (!*s || strchr(";:)!?\n", *s))
        return 1;
    return *s == '.' && !(s[1] >= '0' && s[1] <= '9');
}

/* The words that name another document at s: its kind ("Quyết định",
 * "Thông tư", ...), "số" before a digit, "Kế hoạch" but "Kế hoạch này",
 * "của" but "của Kế hoạch này"; *len their bytes. 0 when none. */
static int other_document_at(const char *s, size_t *len)
{
    static const char *const kinds[] = {
        "QUYẾT ĐỊNH", "THÔNG TƯ", "NGHỊ ĐỊNH", "NGHỊ QUYẾT", "CÔNG VĂN", "CHỈ THỊ",
        "HƯỚNG DẪN", "KẾT LUẬN", "LUẬT", "VĂN BẢN", "TỜ TRÌNH", "ĐỀ ÁN", "CHƯƠNG TRÌNH",
        "THÔNG BÁO", "BÁO CÁO", "QUY ĐỊNH", "QUY CHẾ", "BỘ", "SỞ", "QĐ", "NĐ"};
    size_t n, sp;
    for (size_t k = 0; k < sizeof kinds / sizeof *kinds; k++)
        if (words_at(s, kinds[k], len))
            return 1;
    if (words_at(s, "SỐ", &n) && (sp = vi_spaces_len(s + n)) && s[n + sp] >= '0' &&
        s[n + sp] <= '9')
        return *len = n, 1;
    if (words_at(s, "KẾ HOẠCH", &n)) {
        sp = vi_spaces_len(s + n);
        return words_at(s + n + sp, "NÀY", NULL) || clause_end(s + n + sp) ? 0 : (*len = n, 1);
    }
    if (words_at(s, "CỦA", &n)) {
        sp = vi_spaces_len(s + n);
        return words_at(s + n + sp, "KẾ HOẠCH NÀY", NULL) ? 0 : (*len = n, 1);
    }
    if (*s == '/' && vi_letter_case(s + 1, NULL) == 1) /* "318/QĐ-TTg" */
        return *len = 1, 1;
    return 0;
}

/* 1 if the word before s[at] (spaces and '(' passed over) is `upper`. */
static int word_before(const char *s, size_t at, const char *upper)
{
    size_t e = at, n = strlen(upper), sp = 0;
    while (e > 0 && (s[e - 1] == '(' || (sp = vi_space_before(s, s + e)) > 0))
        e -= s[e - 1] == '(' ? 1 : sp;
    return e >= n && vi_upper_eq(s + e - n, n, upper) &&
           (e == n || vi_space_before(s, s + e - n) ||
            !vi_word_byte((unsigned char)s[e - n - 1]));
}

/* Whether the list of mentions that begins at s[at] and ends at s[end] is
 * the plan's own (the rules at the top), its clause's tail read up to its
 * end or the next mention; *stop where the tail's reading stopped. */
static int own_list(const char *s, size_t at, size_t end, size_t *stop)
{
    size_t i = end, n;
    int cue = 0; /* 1 "đính kèm", 2 "kèm (theo)", 3 "Kế hoạch này" */
    while (!clause_end(s + i)) {
        if (i == end || boundary(s, i - 1)) {
            if (kind_at(s + i, &n))
                break;
            if (other_document_at(s + i, &n))
                return *stop = i + n, 0;
            if (words_at(s + i, "ĐÍNH KÈM", &n))
                cue = 1;
            else if (words_at(s + i, "KÈM THEO", &n) || words_at(s + i, "KÈM", &n))
                cue = 2;
            else if (words_at(s + i, "KẾ HOẠCH NÀY", &n))
                cue = 3;
            if (cue) {
                i += n;
                break;
            }
        }
        i++;
    }
    *stop = i;
    size_t k = i + vi_spaces_len(s + i);
    if (cue == 1) /* "đính kèm Quyết định số ...": attached to another */
        return !other_document_at(s + k, &n);
    if (cue == 2) /* "kèm theo Kế hoạch này", "kèm theo" alone */
        return clause_end(s + k) ||
               (words_at(s + k, "KẾ HOẠCH", &n) && !other_document_at(s + k, &n));
    if (cue == 3)
        return 1;
    return word_before(s, at, "TẠI") || word_before(s, at, "THEO");
}

#define MAX_ITEMS 64

typedef struct Item {
    size_t at, len;
    const char *kind;
    size_t num, num_len; /* in s */
    long from;           /* a range's first number, -1 for none */
} Item;

/* Tells fn the labels of items (each number of a range), one call. */
static void tell(const char *s, const Item *items, size_t n, AttNamedFn fn, void *data)
{
    enum { MAX_LABELS = 128 };
    char labels[MAX_LABELS][24];
    AttNamed named[MAX_LABELS];
    size_t count = 0;
    for (size_t k = 0; k < n && count < MAX_LABELS; k++) {
        const Item *it = &items[k];
        long to = it->from >= 0 ? plain_number(s + it->num, it->num_len) : -1;
        for (long v = it->from; it->from >= 0 && v < to && count < MAX_LABELS; v++) {
            snprintf(labels[count], sizeof labels[count], "%s %ld", it->kind, v);
            named[count] = (AttNamed){it->at, it->len, labels[count]};
            count++;
        }
        if (count == MAX_LABELS)
            break;
        snprintf(labels[count], sizeof labels[count], "%s %.*s", it->kind, (int)it->num_len,
                 s + it->num);
        named[count] = (AttNamed){it->at, it->len, labels[count]};
        count++;
    }
    fn(data, named, count);
}

/* The list of mentions at s[i]: its items into items (*n), returns where
 * it ends; i itself when no mention begins there. */
static size_t read_list(const char *s, size_t i, Item *items, size_t *n)
{
    const char *kind;
    size_t num, num_len, len = mention_at(s + i, &kind, &num, &num_len);
    *n = 0;
    if (!len)
        return i;
    items[(*n)++] = (Item){i, len, kind, i + num, num_len, -1};
    size_t end = i + len;
    while (*n < MAX_ITEMS) {
        int range;
        size_t sep = separator_at(s + end, &range), at = end + sep;
        const char *k2 = kind;
        size_t m = 0, n2 = 0, l2 = 0;
        if (!sep)
            break;
        if ((m = mention_at(s + at, &k2, &n2, &l2)) > 0)
            n2 += at;
        else if ((l2 = number_at(s + at)) > 0)
            m = l2, n2 = at, k2 = kind;
        if (!m || !item_ends(s + at + m))
            break;
        long from = -1, prev = plain_number(s + items[*n - 1].num, items[*n - 1].num_len),
             to = plain_number(s + n2, l2);
        if (range && k2 == kind && prev >= 0 && to > prev + 1 && to - prev <= 50)
            from = prev + 1;
        items[(*n)++] = (Item){at, m, k2, n2, l2, from};
        kind = k2;
        end = at + m;
    }
    return end;
}

void att_named_each(const char *text, AttNamedFn fn, void *data)
{
    Item items[MAX_ITEMS];
    size_t n;
    for (size_t i = 0; text && text[i];) {
        size_t end = i == 0 || boundary(text, i - 1) ? read_list(text, i, items, &n) : i;
        if (end == i) {
            i++;
            continue;
        }
        size_t stop;
        if (own_list(text, i, end, &stop))
            tell(text, items, n, fn, data);
        i = stop > end ? stop : end;
    }
}

/* A label read as att_named_each reads a mention, its number's digits
 * without leading zeros ("Biểu 02" -> "Biểu 2"), its Roman numeral as its
 * value ("Phụ lục II" -> "Phụ lục 2"), into out; 0 if s reads as none or
 * goes on after its number other than after ':', '.', '-' or '–'. */
static int label_key(const char *s, Buf *out)
{
    const char *kind;
    size_t num, num_len;
    size_t len = mention_at(s, &kind, &num, &num_len);
    const char *after = len ? s + len + vi_spaces_len(s + len) : NULL;
    if (!len || (*after && !strchr(":.-", *after) && strncmp(after, "–", 3) != 0))
        return 0; /* "Biểu 05", "Biểu 05: Chỉ tiêu", not "Biểu 05 Chỉ tiêu" */
    const char *p = s + num;
    buf_printf(out, "%s ", kind);
    if (*p >= '0' && *p <= '9') {
        while (num_len > 1 && *p == '0')
            p++, num_len--;
        buf_putn(out, p, num_len);
        return 1;
    }
    static const char roman[] = "IVXLC";
    static const int value[] = {1, 5, 10, 50, 100};
    int v = 0;
    for (size_t k = 0; k < num_len; k++) {
        int a = value[strchr(roman, p[k]) - roman];
        int b = k + 1 < num_len ? value[strchr(roman, p[k + 1]) - roman] : 0;
        v += a < b ? -a : a;
    }
    buf_printf(out, "%d", v);
    return 1;
}

/* The key a label that is a number alone has ("01": a page's "Biểu 01"
 * edited so in Word, which import keeps under the label as written,
 * KH768): '#' and its digits without leading zeros, into out; 0 if label
 * is no such number. A page the text names, its label's kind lost, is
 * said once, by KH768, not again as missing. */
static int bare_key(const char *label, Buf *out)
{
    label += strspn(label, "0");
    size_t n = strspn(label, "0123456789");
    if (label[n] != '\0' || !n)
        return 0;
    buf_putc(out, '#');
    buf_putn(out, label, n);
    return 1;
}

void att_labels_add(AttLabels *set, const char *label)
{
    Buf key = {0};
    if (!label || !(label_key(label, &key) || bare_key(label, &key))) {
        buf_free(&key);
        return;
    }
    if (strset_find(&set->keys, buf_str(&key)) == (size_t)-1) {
        if (set->n == set->cap) {
            set->cap = set->cap ? 2 * set->cap : 8;
            set->owned = xrealloc(set->owned, set->cap * sizeof *set->owned);
        }
        set->owned[set->n] = xstrdup(buf_str(&key));
        strset_add(&set->keys, set->owned[set->n], set->n);
        set->n++;
    }
    buf_free(&key);
}

int att_labels_has(const AttLabels *set, const char *named)
{
    Buf key = {0};
    int has = 0;
    if (set->n && label_key(named, &key)) {
        has = strset_find(&set->keys, buf_str(&key)) != (size_t)-1;
        if (!has) { /* "Biểu 1" -> "#1": a label of its number alone */
            const char *num = strrchr(buf_str(&key), ' ') + 1;
            Buf bare = {0};
            buf_putc(&bare, '#');
            buf_puts(&bare, num);
            has = strset_find(&set->keys, buf_str(&bare)) != (size_t)-1;
            buf_free(&bare);
        }
    }
    buf_free(&key);
    return has;
}

void att_labels_free(AttLabels *set)
{
    for (size_t i = 0; i < set->n; i++)
        free(set->owned[i]);
    free(set->owned);
    strset_free(&set->keys);
    *set = (AttLabels){0};
}
