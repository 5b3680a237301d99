/* check_commas.c - a recipient cut at its commas inside [...] (session
 * 25, issue 8), and two recipients joined as one (KH171, session 21).
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
 *
 * The other way round, two recipients read as one: "UBND tỉnh; Các xã"
 * (a ';' before a name, a list copied from Word with its line break lost)
 * or a line YAML joined to the recipient above it, its "- " lost
 * (KH171: check_recipient_joined, for each recipient; moved here from
 * check_draft.c in session 30, one file for where the recipients' lines
 * are cut).
 */
#include "check_commas.h"
#include "check_draft.h"

#include <string.h>

#include "i18n.h"
#include "load.h"
#include "util.h"
#include "vi.h"

/* 1 if s begins with the word of a person addressed, typed small, then a
 * capital: "đ/c Chủ tịch UBND xã", "đồng chí Nguyễn Văn A", "ông ...",
 * "bà ...": a recipient of its own (s26review L7); the rest of a
 * recipient cut at a comma goes on with a small word ("ngành", "đoàn thể
 * xã"), not with a title or a name. */
static int addressed(const char *s)
{
    static const char *const words[] = {"đ/c ", "đc ", "đồng chí ", "ông ", "bà "};
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
        size_t n = strlen(words[i]);
        if (strncmp(s, words[i], n) == 0)
            return s[n] && s[n] != ' ' && !vi_begins_small(s + n, NULL, NULL);
    }
    return 0;
}

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
    return !archive && !addressed(item->text);
}

static void check_recipient_joined(DiagSink *diags, const YNode *node);

void check_commas(DiagSink *diags, const Plan *plan)
{
    const YNode *list = plan->recipients_node;
    for (uint32_t k = 0; plan->n_recipients && list && list->kind == YNODE_SEQ && k < list->count; k++)
        check_recipient_joined(diags, list->items[k]); /* KH171 */
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

/* ---- two recipients on one line ------------------------------------------------- */

/* 1 if the n bytes of text before a line YAML joined end so that the next
 * line goes on with the same recipient: a ',', '-', '&' or '/', or a word
 * that asks for more ("Các cơ quan thuộc" over "UBND huyện"). */
static int goes_on(const char *text, size_t n)
{
    static const char *const links[] = {"thuộc", "của", "và", "với", "cho", "tại", "các",
                                        "trên", "về", NULL};
    while (n && text[n - 1] == ' ')
        n--;
    if (!n || strchr(",-&/(", text[n - 1]))
        return 1;
    size_t w = n;
    while (w && text[w - 1] != ' ')
        w--;
    for (size_t k = 0; links[k]; k++)
        if (n - w == strlen(links[k]) && strncmp(text + w, links[k], n - w) == 0)
            return 1;
    return 0;
}

/* The length of the blank that ends text[0..at): a space, a no-break
 * space (U+00A0, pasted from Word), or 0. */
static size_t blank_before(const char *text, size_t at)
{
    if (at >= 1 && text[at - 1] == ' ')
        return 1;
    if (at >= 2 && (unsigned char)text[at - 2] == 0xC2 && (unsigned char)text[at - 1] == 0xA0)
        return 2;
    return 0;
}

/* The length of the word text begins with when it begins with a capital
 * letter ("Báo Bắc Giang", "Đài Phát thanh", "UBND"), as another
 * recipient's line does: a name, of whatever body. 0 for a word in lower
 * case, a digit or a mark. A list of the words such a line begins with
 * missed every body it did not name (s22attack L5). */
static size_t recipient_word(const char *text)
{
    unsigned cp = 0;
    int n = *text ? utf8_decode_strict(text, strnlen(text, 4), &cp) : 0;
    if (n <= 0 || vi_letter_case(text, NULL) <= 0) /* a capital letter */
        return 0;
    size_t w = (size_t)n;
    while (text[w] && !strchr(" ,;:.", text[w]) &&
           !((unsigned char)text[w] == 0xC2 && (unsigned char)text[w + 1] == 0xA0))
        w++;
    return w;
}

/* A recipient holding two (KH171, at the second's first word): a ';'
 * before a word in capitals, the first of a name (recipient_word: "UBND
 * tỉnh; Các xã", a list copied from Word with a line break lost), or a line
 * YAML joined to it that begins with one (its '- ' lost: "- UBND tỉnh" over
 * "  Các xã"),
 * unless the line above goes on (goes_on). A ';' before a word in lower
 * case is one recipient's ("Các Phòng, Ban, ngành; đoàn thể"). Linear in
 * the recipient's length: the positions asked go forward (ynode_pos_at's
 * memo). */
static void check_recipient_joined(DiagSink *diags, const YNode *node)
{
    if (node->kind != YNODE_SCALAR || node->style == YSTYLE_BLOCK)
        return;
    const char *text = node->text;
    int multi = node->end.line > node->pos.line;
    int line = node->pos.line;
    for (size_t i = 1; text[i]; i++) {
        /* a word after a space, a no-break space or a ';' itself: "Các
         * xã;UBND huyện" and "Các xã;\u00a0UBND huyện" dodged the warning
         * (s22attack L4) */
        size_t b = blank_before(text, i);
        if ((!b && text[i - 1] != ';') || text[i] == ' ' || blank_before(text, i + 1))
            continue;
        size_t j = i; /* the blanks before the word */
        while ((b = blank_before(text, j)) > 0)
            j -= b;
        int semicolon = j > 0 && text[j - 1] == ';';
        size_t first = j > 0 ? j - 1 : 0; /* the first recipient, without its blanks */
        while ((b = blank_before(text, first)) > 0)
            first -= b;
        SrcPos at = multi ? ynode_pos_at(node, i) : node->pos;
        int joined = multi && at.line > line;
        line = at.line;
        if (!semicolon && !joined)
            continue;
        size_t w = recipient_word(text + i);
        if (!w || (!semicolon && goes_on(text, j)))
            continue;
        if (!multi)
            at = ynode_pos_at(node, i);
        if (semicolon)
            diag_warning(diags, at, (int)utf8_count(text + i, w), KH171,
                         "this recipient holds two, '%.*s' and '%s', joined at a ';': \"Nơi "
                         "nhận\" would print them as one line; write each on its own line, "
                         "with its '- '", (int)first, text, text + i);
        else
            diag_warning(diags, at, (int)utf8_count(text + i, w), KH171,
                         "this line, '%s', is joined to the recipient '%.*s' above it: YAML "
                         "reads a line indented under a recipient as more of it, and \"Nơi "
                         "nhận\" would print the two as one line; begin this line with '- ' "
                         "(if it is one recipient written over two lines, write it on one)",
                         text + i, (int)j, text);
        return;
    }
}
