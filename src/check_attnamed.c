/* check_attnamed.c - a page the plan's text says is attached and no
 * attachment is (KH268, s43user F22).
 *
 * The official deletes Biểu 02's page in Word (its figures are not ready)
 * and forgets the sentence "(Chi tiết theo Biểu 01 và Biểu 02 đính kèm)":
 * the plan imported from it, and one written by hand, printed a document
 * announcing a page it does not have, and check was silent. A page the
 * text points to with {att ID} cannot go missing (an unknown id is an
 * error); one typed in words is read here: each "Biểu NN" or "Phụ lục N"
 * that the text says is the plan's own (att_named.c, the one reading,
 * shared with import's KH771; a page of another document cited, "Biểu 01
 * kèm theo Quyết định số ...", is not) is looked up among the labels of
 * the plan's attachments (an AttLabels set, built once: "Biểu 2" is "Biểu
 * 02"), and a warning is given at its words when none has it. A rule of check on the
 * parsed plan; reads the free texts the parser recorded (titles,
 * paragraphs, tasks' texts, bases written as sentences, the opening and
 * the closing), each once.
 */
#include "check_attnamed.h"

#include <string.h>

#include "att_named.h"
#include "load.h"
#include "util.h"
#include "vi.h"

typedef struct Site {
    DiagSink *diags;
    const TextSite *site;
    const AttLabels *attached; /* the plan's attachments' labels */
    const char *labels;        /* the same, as the warning lists them */
} Site;

enum { LABELS_LISTED = 12 };

/* The labels of the plan's attachments, "Biểu 01, Biểu 03", into out: the
 * first LABELS_LISTED and "..." (a warning at each of many mentions lists
 * them, not mentions x attachments bytes). */
static void put_labels(Buf *out, const Plan *plan)
{
    size_t listed = 0;
    for (size_t i = 0; i < plan->n_attachments; i++) {
        if (!plan->attachments[i].label || !*plan->attachments[i].label)
            continue;
        if (listed++ == LABELS_LISTED) {
            buf_puts(out, ", ...");
            break;
        }
        buf_printf(out, "%s%s", out->len ? ", " : "", plan->attachments[i].label);
    }
}

/* One list of pages the text names as attached ("Biểu 02, 03, 04 đính
 * kèm"): one warning for those of it not attached, at the first one's
 * words, up to the last one's end. */
static void named(void *data, const AttNamed *names, size_t n)
{
    const Site *st = data;
    Buf missing = {0};
    size_t first = 0, last = 0, count = 0;
    for (size_t k = 0; k < n; k++) {
        if (att_labels_has(st->attached, names[k].label) ||
            (k > 0 && strcmp(names[k].label, names[k - 1].label) == 0))
            continue;
        if (!count++)
            first = k;
        last = k;
        buf_printf(&missing, "%s%s", missing.len ? ", " : "", names[k].label);
    }
    if (!count) {
        buf_free(&missing);
        return;
    }
    const YNode *node = st->site->node;
    const char *text = st->site->text;
    size_t at = names[first].at, end = names[last].at + names[last].len;
    SrcPos pos = node->kind == YNODE_SCALAR && node->text == text ? ynode_pos_at(node, at)
                                                                   : node->pos;
    int span = (int)utf8_count(text + at, end - at);
    if (*st->labels)
        diag_warning(st->diags, pos, span, KH268,
                     "the text names '%s' as attached to the plan, but none of its "
                     "attachments (%s) is labelled so: the document would announce a page it "
                     "does not have; add each as an attachment ('label: %s') or take it out "
                     "of the text",
                     buf_str(&missing), st->labels, names[first].label);
    else
        diag_warning(st->diags, pos, span, KH268,
                     "the text names '%s' as attached to the plan, but the plan has no "
                     "attachment: the document would announce a page it does not have; add "
                     "each as an attachment ('label: %s') or take it out of the text",
                     buf_str(&missing), names[first].label);
    buf_free(&missing);
}

void check_attnamed(DiagSink *diags, const Plan *plan)
{
    AttLabels attached = {0};
    Buf labels = {0};
    for (size_t i = 0; i < plan->n_attachments; i++)
        att_labels_add(&attached, plan->attachments[i].label);
    put_labels(&labels, plan);
    for (size_t i = 0; i < plan->n_texts; i++) {
        const TextSite *site = &plan->texts[i];
        if (!site->text || !site->node || !site->node->pos.file)
            continue;
        Site st = {diags, site, &attached, buf_str(&labels)};
        att_named_each(site->text, named, &st);
    }
    att_labels_free(&attached);
    buf_free(&labels);
}
