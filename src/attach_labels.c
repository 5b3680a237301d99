/* attach_labels.c - two attachments may not share a label (KH620), and a
 * label's number holds digits (KH638), and labels of one kind write its
 * words in one way (KH639).
 *
 * A label names its sheet of the workbook and its page ("Biểu 01"), and the
 * text refers to it by that name: two attachments with one label are one
 * name for two tables. They are compared as they print and as Excel
 * compares sheet names: in capitals (Vietnamese letters too), with their
 * spaces folded (vi_fold_spaces), and with a number's leading zeros dropped
 * ("Biểu 2" and "Biểu 02" are one label to a reader: s35attack). Sorted
 * once, not compared pairwise (5,000 attachments took 5 s).
 */
#include "attach_impl.h"

#include <stdlib.h>
#include <string.h>

#include "own_label.h"
#include "vi.h"

/* The label's key: text in capitals without the leading zeros of its
 * numbers (own_label_number: a run of ASCII digits keeps its last digit;
 * the digits after a number's point keep theirs), in arena. */
static const char *label_key(Arena *arena, const char *upper, size_t len)
{
    char *key = arena_alloc(arena, len + 1);
    size_t n = 0;
    for (size_t i = 0; i < len;) {
        if (upper[i] < '0' || upper[i] > '9') {
            key[n++] = upper[i++];
            continue;
        }
        size_t run; /* a number: as own_label_number reads it */
        const char *from = own_label_number(upper, upper + i, &run);
        size_t kept = run - (size_t)(from - (upper + i));
        memcpy(key + n, from, kept);
        n += kept;
        i += run;
    }
    key[n] = '\0';
    return key;
}

/* The label as compared before its numbers: in capitals, its spaces
 * folded, in arena. */
static const char *upper_folded(Arena *arena, const char *label)
{
    Buf upper = {0};
    vi_put_upper(&upper, vi_fold_spaces(arena, label));
    const char *out = arena_strndup(arena, buf_str(&upper), upper.len);
    buf_free(&upper);
    return out;
}

/* 1 if key is one of keys[0..m) (sorted). */
static int key_known(const KeyIndex *keys, size_t m, const char *key)
{
    size_t lo = 0, hi = m;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = strcmp(keys[mid].key, key);
        if (c == 0)
            return 1;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return 0;
}

/* 1 if words (in capitals) are an attachment label's ("BIỂU", "PHỤ LỤC",
 * "MẪU SỐ"): a title beginning with one and a number and a ':' is a
 * label whatever the attachment's own label is called. */
static int label_word(const char *words)
{
    static const char *const kinds[] = {"BIỂU", "BIỂU SỐ", "PHỤ LỤC", "PHỤ LỤC SỐ", "MẪU",
                                        "MẪU SỐ", "BẢNG", "BẢNG SỐ"};
    for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++)
        if (strcmp(words, kinds[k]) == 0)
            return 1;
    return 0;
}

/* The key of the first len bytes of s, as label_key makes a label's. */
static const char *lead_key(Arena *arena, const char *s, size_t len)
{
    const char *upper = upper_folded(arena, arena_strndup(arena, s, len));
    return label_key(arena, upper, strlen(upper));
}

/* KH118 at each attachment's own title (not its preset's) that begins
 * with a label khgen does not print there: its own label written another
 * way ("Biểu 1: ..." under "Biểu 01"), another attachment's label ("Biểu
 * 02: ..." under "Biểu 01" beside a "Biểu 02"), or a label of its own
 * kind or of a kind labels are called (label_word) with another number
 * and its ':', '.', '-' or '–' ("Biểu 02: Danh mục ...", "Phụ lục 2.
 * ..." under "Biểu 01"): each prints below the label "Biểu 01", a
 * slip of the drafter (s36lang's leftover). Its own label as written is
 * attach.c's (own_label_named). keys: every label's, sorted. */
static void warn_title_labels(Arena *arena, DiagSink *diags, const Plan *plan,
                              const AttachSpec *specs, const KeyIndex *keys, size_t m)
{
    for (size_t i = 0; i < plan->n_attachments; i++) {
        const Attachment *att = &plan->attachments[i];
        const YNode *v = att->title_node;
        if (!att->title || !att->label || !v || v != ynode_get(specs[i].node, "title") ||
            own_label_named(att->title, att->label))
            continue;
        size_t kind = 0, name = 0, lkind = 0, lname = 0;
        size_t len = own_label_lead(att->title, &kind, &name);
        if (!len)
            continue;
        const char *key = lead_key(arena, att->title, name);
        const char *own = lead_key(arena, att->label, strlen(att->label));
        const char *words = lead_key(arena, att->title, kind);
        int same_kind = (own_label_lead(att->label, &lkind, &lname) && lname == strlen(att->label) &&
                         strcmp(words, lead_key(arena, att->label, lkind)) == 0) ||
                        label_word(words);
        if (strcmp(key, own) == 0)
            own_label_warn(diags, ynode_pos_at(v, 0), att->title, len, att->label, 1);
        else if (key_known(keys, m, key) || (same_kind && len > name))
            diag_warning(diags, ynode_pos_at(v, 0), (int)utf8_count(att->title, len), KH118,
                         "this title begins with the label '%.*s', and khgen prints this "
                         "attachment's label '%s' on its own line above it: the document shows "
                         "'%s' over '%.*s'. Remove '%.*s' from the title, or check the label",
                         (int)name, att->title, att->label, att->label, (int)len, att->title,
                         (int)len, att->title);
    }
}

/* The digit the letter c prints like in a number ('O', 'o': 0; 'l', 'I':
 * 1), else 0. */
static char digit_like(char c)
{
    return c == 'O' || c == 'o' ? '0' : c == 'l' || c == 'I' ? '1' : 0;
}

/* KH638 at each label whose number holds a letter that prints like a
 * digit: a word of digits and 'O', 'o', 'l' or 'I' with one digit at least
 * ("Biểu 0l", "Biểu O1"). It printed as typed, a sheet and a page named
 * by a number no reader finds (s37slip L3); the warning names the label
 * with the digits meant. */
static void warn_letter_digits(DiagSink *diags, const Plan *plan, const AttachSpec *specs)
{
    for (size_t i = 0; i < plan->n_attachments; i++) {
        const YNode *v = ynode_get(specs[i].node, "label");
        const char *text = v && v->kind == YNODE_SCALAR ? v->text : NULL;
        for (size_t at = 0; text && text[at];) {
            size_t sp = vi_spaces_len(text + at), len = 0, digits = 0, letters = 0;
            at += sp;
            while (text[at + len] && !vi_space_len(text + at + len)) {
                char c = text[at + len++];
                digits += c >= '0' && c <= '9';
                letters += digit_like(c) != 0;
            }
            if (!digits || !letters || digits + letters != len) {
                at += len;
                continue;
            }
            char *meant = xmalloc(strlen(text) + 1), letter = 0;
            strcpy(meant, text);
            for (size_t k = at; k < at + len; k++)
                if (digit_like(meant[k])) {
                    letter = letter ? letter : meant[k];
                    meant[k] = digit_like(meant[k]);
                }
            diag_warning(diags, ynode_pos_at(v, at), (int)len, KH638,
                         "the number '%.*s' of the label '%s' holds the letter '%c', which looks "
                         "like the digit %c, and prints as typed: write '%s' if the number %.*s "
                         "is meant",
                         (int)len, text + at, text, letter, digit_like(letter), meant, (int)len,
                         meant + at);
            free(meant);
            break; /* one warning per label */
        }
    }
}

/* The words before a label's number as typed, its spaces folded
 * ("Biểu", "BIỂU", "Phụ lục"), in arena; NULL when the label begins with
 * none (own_label_lead). */
static const char *label_words(Arena *arena, const char *label)
{
    size_t kind = 0, name = 0;
    if (!label || !own_label_lead(label, &kind, &name) || !kind)
        return NULL;
    return vi_fold_spaces(arena, arena_strndup(arena, label, kind));
}

/* KH639 at each label whose words are those of the plan's other labels
 * in other capitals ("BIỂU 03" beside "Biểu 01" and "Biểu 02"): a page
 * and a sheet print each as typed, and nothing else read it (s37slip L3,
 * the half s37low2 left). The form most labels of those words use is the
 * one to write (the first of them on a tie); one pass with two sets.
 * twin: the labels KH620 reported. */
static void warn_label_case(Arena *arena, DiagSink *diags, const Plan *plan,
                            const AttachSpec *specs, const unsigned char *twin)
{
    size_t n = plan->n_attachments;
    const char **words = arena_alloc(arena, (n + 1) * sizeof *words);
    size_t *form = xmalloc((n + 1) * sizeof *form), *group = xmalloc((n + 1) * sizeof *group);
    size_t *count = xmalloc((n + 1) * sizeof *count), *best = xmalloc((n + 1) * sizeof *best);
    StrSet forms = {0}, groups = {0};
    for (size_t i = 0; i < n; i++) {
        count[i] = 0;
        words[i] = label_words(arena, plan->attachments[i].label);
        if (!words[i])
            continue;
        form[i] = strset_add(&forms, words[i], i);
        group[i] = strset_add(&groups, upper_folded(arena, words[i]), i);
        count[form[i]]++;
        if (group[i] == i)
            best[i] = form[i];
    }
    for (size_t i = 0; i < n; i++) /* the form most of a group use */
        if (words[i] && count[form[i]] > count[best[group[i]]])
            best[group[i]] = form[i];
    for (size_t i = 0; i < n; i++) {
        const YNode *v = ynode_get(specs[i].node, "label");
        if (!words[i] || form[i] == best[group[i]] || !v || v->kind != YNODE_SCALAR || twin[i])
            continue; /* a KH620 twin ("Biểu 01", "BIỂU 01"): that error says it */
        const char *label = plan->attachments[i].label, *norm = plan->attachments[best[group[i]]].label;
        size_t kind = 0, name = 0;
        own_label_lead(label, &kind, &name);
        diag_warning(diags, v->pos, (int)utf8_count(label, kind), KH639,
                     "the label '%s' writes '%s' in other capitals than '%s' does, and each "
                     "prints as typed, on its page and its sheet: write '%s%s'",
                     label, words[i], norm, words[best[group[i]]], label + kind);
    }
    strset_free(&forms);
    strset_free(&groups);
    free(form);
    free(group);
    free(count);
    free(best);
}

int att_check_labels_differ(Arena *arena, DiagSink *diags, Plan *plan, const AttachSpec *specs)
{
    size_t n = plan->n_attachments, m = 0;
    int errors = 0;
    KeyIndex *keys = xmalloc((n ? n : 1) * sizeof *keys);
    unsigned char *twin = xmalloc(n ? n : 1);
    memset(twin, 0, n ? n : 1);
    for (size_t i = 0; i < n; i++) {
        if (!plan->attachments[i].label)
            continue;
        const char *upper = upper_folded(arena, plan->attachments[i].label);
        keys[m++] = (KeyIndex){label_key(arena, upper, strlen(upper)), i};
    }
    qsort(keys, m, sizeof *keys, key_index_compare);
    for (size_t j = 1, first = 0; j < m; j++) {
        if (strcmp(keys[j].key, keys[first].key) != 0) {
            first = j;
            continue;
        }
        const Attachment *att = &plan->attachments[keys[j].index];
        const Attachment *other = &plan->attachments[keys[first].index];
        const YNode *node = specs[keys[j].index].node;
        const YNode *label = ynode_get(node, "label");
        const YNode *at = label ? label : node;
        if (strcmp(upper_folded(arena, att->label), upper_folded(arena, other->label)) != 0)
            diag_error(diags, at->pos, yread_span(at), KH620,
                       "two attachments are labelled '%s' and '%s', one label with its number "
                       "written two ways: give each its own label (Biểu 01, Biểu 02, ...)",
                       other->label, att->label);
        else
            diag_error(diags, at->pos, yread_span(at), KH620, "two attachments are labelled "
                       "'%s': give each its own label (Biểu 01, Biểu 02, ...)", att->label);
        errors++;
        twin[keys[j].index] = 1;
        diag_note(diags, other->pos, "the other one");
    }
    warn_title_labels(arena, diags, plan, specs, keys, m);
    warn_letter_digits(diags, plan, specs);
    warn_label_case(arena, diags, plan, specs, twin);
    free(twin);
    free(keys);
    return errors;
}
