/* check_commas.c - a recipient cut at its commas inside [...] (session
 * 25, issue 8).
 *
 * "Nơi nhận" is most often written as one YAML line, `recipients: [UBND
 * huyện, Đảng ủy xã, "Các ban, ngành, đoàn thể xã", Các thôn, "Lưu: VT"]`
 * (the skeleton of `khgen init` writes it so). A drafter who retypes the
 * line, or adds a recipient such as "Các ban, ngành, đoàn thể" without its
 * quotes, gets YAML's reading: inside brackets a comma ends an item, and
 * the one recipient is three, printed "- Các ban;", "- ngành;", "- đoàn
 * thể xã;" with exit 0 (s25attack). A recipient of "Nơi nhận" begins with
 * a capital, as the name of a body or a person's title does ("UBND tỉnh",
 * "Các xã", "Như trên", "Đ/c Chủ tịch"); an item that begins with a small
 * letter, written without quotes inside [...] right after another on its
 * line, is the rest of the one before, cut at a comma. It is said once
 * per run, at its first piece, with the recipient as it was meant and
 * the quotes to write; the document still prints what YAML read, a
 * warning's way. Linear in the recipients: whether the list is written
 * [...] is asked once (ynode_flow_collection), each piece then costs its
 * own length.
 */
#include "check_commas.h"
#include "check_draft.h"

#include <string.h>

#include "i18n.h"
#include "load.h"
#include "util.h"
#include "vi.h"

/* 1 if item (of a list written [...]) is a value written without quotes
 * that begins with a small letter, and is not the office's copy: "lưu VT"
 * after "Như trên" is a recipient of its own typed in small letters, not
 * the rest of "Như trên" (KH167 reads it as the "Lưu" line; s26review). */
static int cut_piece(const YNode *item)
{
    if (item->kind != YNODE_SCALAR || item->style != YSTYLE_PLAIN || !item->len ||
        !vi_begins_small(item->text, NULL, NULL))
        return 0;
    Buf folded = {0};
    vi_put_folded(&folded, item->text);
    int archive = draft_names_archive(buf_str(&folded));
    buf_free(&folded);
    return !archive;
}

void check_commas(DiagSink *diags, const Plan *plan)
{
    const YNode *list = plan->recipients_node;
    if (!list || list->kind != YNODE_SEQ || list->count < 2 || !ynode_flow_collection(list))
        return; /* once per list: a look at the source costs its line's length */
    for (uint32_t k = 1; k < list->count; k++) {
        const YNode *before = list->items[k - 1], *item = list->items[k];
        if (before->kind != YNODE_SCALAR || before->style != YSTYLE_PLAIN ||
            before->end.line != item->pos.line || !cut_piece(item))
            continue;
        uint32_t last = k; /* the run of pieces: "ngành", "đoàn thể xã" */
        while (last + 1 < list->count && list->items[last + 1]->pos.line == item->pos.line &&
               cut_piece(list->items[last + 1]))
            last++;
        Buf meant = {0}, quoted = {0};
        for (uint32_t i = k - 1; i <= last; i++)
            buf_printf(&meant, "%s%s", i > k - 1 ? ", " : "", list->items[i]->text);
        buf_printf(&quoted, "\"%s\"", buf_str(&meant));
        diag_warning(diags, item->pos, (int)utf8_count(item->text, item->len), KH175,
                     "'%s' begins with a small letter after a comma: inside [...] a comma "
                     "ends a recipient, so \"Nơi nhận\" prints %u lines, '%s' cut at its "
                     "commas; write it in quotes, '%s'",
                     item->text, (unsigned)(last - k + 2), buf_str(&meant), buf_str(&quoted));
        buf_free(&meant);
        buf_free(&quoted);
        k = last;
    }
}
