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
 * the plan's attachments (att_named_is: "Biểu 2" is "Biểu 02"), and a
 * warning is given at its words when none has it. A rule of check on the
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
    const Plan *plan;
    const TextSite *site;
} Site;

/* The labels of the plan's attachments, "Biểu 01, Biểu 03", into out. */
static void put_labels(Buf *out, const Plan *plan)
{
    for (size_t i = 0; i < plan->n_attachments; i++)
        if (plan->attachments[i].label && *plan->attachments[i].label)
            buf_printf(out, "%s%s", out->len ? ", " : "", plan->attachments[i].label);
}

/* 1 if one of the plan's attachments is labelled as named says. */
static int attached(const Plan *plan, const char *named)
{
    for (size_t i = 0; i < plan->n_attachments; i++)
        if (att_named_is(plan->attachments[i].label, named))
            return 1;
    return 0;
}

/* One list of pages the text names as attached ("Biểu 02, 03, 04 đính
 * kèm"): one warning for those of it not attached, at the first one's
 * words, up to the last one's end. */
static void named(void *data, const AttNamed *names, size_t n)
{
    const Site *st = data;
    const Plan *plan = st->plan;
    Buf missing = {0}, labels = {0};
    size_t first = 0, last = 0, count = 0;
    for (size_t k = 0; k < n; k++) {
        if (attached(plan, names[k].label) ||
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
    put_labels(&labels, plan);
    if (labels.len)
        diag_warning(st->diags, pos, span, KH268,
                     "the text names '%s' as attached to the plan, but none of its "
                     "attachments (%s) is labelled so: the document would announce a page it "
                     "does not have; add each as an attachment ('label: %s') or take it out "
                     "of the text",
                     buf_str(&missing), buf_str(&labels), names[first].label);
    else
        diag_warning(st->diags, pos, span, KH268,
                     "the text names '%s' as attached to the plan, but the plan has no "
                     "attachment: the document would announce a page it does not have; add "
                     "each as an attachment ('label: %s') or take it out of the text",
                     buf_str(&missing), names[first].label);
    buf_free(&missing);
    buf_free(&labels);
}

void check_attnamed(DiagSink *diags, const Plan *plan)
{
    for (size_t i = 0; i < plan->n_texts; i++) {
        const TextSite *site = &plan->texts[i];
        if (!site->text || !site->node || !site->node->pos.file)
            continue;
        Site st = {diags, plan, site};
        att_named_each(site->text, named, &st);
    }
}
