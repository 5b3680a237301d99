/* attach_labels.c - two attachments may not share a label (KH620).
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

int att_check_labels_differ(Arena *arena, DiagSink *diags, Plan *plan, const AttachSpec *specs)
{
    size_t n = plan->n_attachments, m = 0;
    int errors = 0;
    KeyIndex *keys = xmalloc((n ? n : 1) * sizeof *keys);
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
        diag_note(diags, other->pos, "the other one");
    }
    free(keys);
    return errors;
}
