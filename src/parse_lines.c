/* parse_lines.c - the lines of the header's issuer and of "Nơi nhận"
 * as the parser reads them: the words such a line begins with, one list
 * each (a place's line: HUYỆN, XÃ, ...; a recipient's: UBND, Sở, Các,
 * Lưu, ...), shared by the parser (KH162) and check_draft.c (KH170; KH171
 * knows a recipient by its capital letter, which no list holds all of);
 * and the list of such lines written as one plain value, its
 * brackets lost (KH162). Moved out of parse.c (session 21), which keeps
 * the structures of the plan language.
 */
#include "parse_impl.h"

#include <string.h>

const char *const *parse_place_words(void)
{
    static const char *const places[] = {"HUYỆN", "XÃ", "TỈNH", "THÀNH PHỐ", "QUẬN", "PHƯỜNG",
                                         "THỊ XÃ", "THỊ TRẤN", NULL};
    return places;
}

const char *const *parse_recipient_words(void)
{
    static const char *const receivers[] = {
        "UBND", "Ủy ban", "Uỷ ban", "HĐND", "Hội đồng", "Sở", "Phòng", "Các", "Lưu", "Như",
        "Thường trực", "TT", "Chủ tịch", "Phó Chủ tịch", "CT", "PCT", "Văn phòng", "VP",
        "Ban", "Huyện ủy", "Huyện uỷ", "Tỉnh ủy", "Tỉnh uỷ", "Thành ủy", "Thành uỷ",
        "Đảng ủy", "Đảng uỷ", "Công an", "Trung tâm", "Cổng", "Bộ", "Lãnh đạo", NULL};
    return receivers;
}

/* A list of printed lines written as one plain value, its brackets lost:
 * "issuer: ỦY BAN NHÂN DÂN, HUYỆN YÊN THẾ" printed one line with a comma
 * where the header has two (attack s10 M1). A comma is legitimate in such
 * a line ("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH"), so only a comma before a
 * word that begins a line of its own there (firsts) is warned (KH162). */
void warn_lost_brackets(Parser *p, const YNode *node, const char *key,
                        const char *const *firsts)
{
    if (node->kind != YNODE_SCALAR || node->style != YSTYLE_PLAIN || !node->len ||
        node->text[node->len - 1] == ']') /* only its '[' lost: KH022's */
        return;
    for (const char *c = strchr(node->text, ','); c; c = strchr(c + 1, ',')) {
        const char *word = c + 1 + strspn(c + 1, " ");
        for (size_t i = 0; firsts[i]; i++) {
            size_t n = strlen(firsts[i]);
            if (strncmp(word, firsts[i], n) != 0 || (word[n] != ' ' && word[n] != '\0'))
                continue;
            diag_warning(p->diags, node->pos, 1, KH162,
                         "'%s' is one line, '%s': its lines are a list, written in brackets "
                         "([%s]); without them the comma is printed and the lines run together: "
                         "write the brackets",
                         key, node->text, node->text);
            return;
        }
    }
}
