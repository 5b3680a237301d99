/* basis_form.c - a legal basis's number and issuer as Nghị định 30 writes
 * them.
 *
 * A basis is printed as written: "Căn cứ Quyết định số 263 /QĐ-TTg ngày
 * 22/02/2022 của ủy ban nhân dân tỉnh ..." (s23low 11). Nghị định 30
 * (Phụ lục I) writes a document's number and symbol joined by '/' and '-'
 * without spaces ("263/QĐ-TTg"), and (Phụ lục II, viết hoa) an organ's or
 * a position's name with a capital first letter ("Ủy ban nhân dân tỉnh
 * Bắc Giang", "Thủ tướng Chính phủ"): where the decree is that clear, a
 * warning (KH173) gives the form to write. The rest of the issuer's case
 * ("Ủy ban nhân dân" against "Ủy Ban Nhân Dân") is the name as the cited
 * document writes it, which khgen cannot know, and is left as typed. A
 * basis written as a sentence begins with a capital, "Căn cứ ...", "Thực
 * hiện ...": one that begins with a small letter lost its first words while
 * the line was retyped (KH176, s25attack).
 *
 * A rule on the plan's wording, run by parse on the nodes as written.
 */
#include "basis_form.h"

#include <string.h>

#include "i18n.h"
#include "util.h"
#include "vi.h"
#include "yread.h"

/* 1 if a space stands beside a '/' or '-' of s; the number without those
 * spaces in out. */
static int spaced_marks(const char *s, Buf *out)
{
    int found = 0;
    for (size_t i = 0; s[i];) {
        if (s[i] != ' ') {
            buf_putc(out, s[i++]);
            continue;
        }
        /* a run of spaces, read once (each space of it measured the rest
         * of the run: a number of 200 KB of spaces checked in 3 s) */
        size_t j = i;
        while (s[j] == ' ')
            j++;
        int beside = (i > 0 && (s[i - 1] == '/' || s[i - 1] == '-')) || s[j] == '/' ||
                     s[j] == '-';
        if (!beside || !s[j])
            buf_putn(out, s + i, j - i);
        else if (i > 0)
            found = 1;
        else { /* the text's first spaces: one is kept, as a value's start */
            buf_putc(out, ' ');
            found = j > 1;
        }
        i = j;
    }
    return found;
}

void basis_form_check(DiagSink *diags, const YNode *number, const char *number_text,
                      const YNode *by, const char *by_text)
{
    if (number && number_text) {
        Buf joined = {0};
        if (spaced_marks(number_text, &joined))
            diag_warning(diags, number->pos, yread_span(number), KH173,
                         "the number '%s' has a space beside its '/' or '-': Nghị định 30 writes "
                         "a document's number and symbol without spaces; write '%s'",
                         number_text, buf_str(&joined));
        buf_free(&joined);
    }
    Buf capital = {0};
    size_t bytes = 0;
    if (by && by_text && vi_begins_small(by_text, &capital, &bytes))
        diag_warning(diags, by->pos, yread_span(by), KH173,
                     "the issuer '%s' begins with a small letter: Nghị định 30 writes the "
                     "name of an organ or a position with a capital; write '%s%s'",
                     by_text, buf_str(&capital), by_text + bytes);
    buf_free(&capital);
}

void basis_form_text_check(DiagSink *diags, const YNode *node, const char *text)
{
    size_t lead = 0; /* emphasis around the sentence: "*căn cứ ...*" */
    while (text && (text[lead] == '*' || text[lead] == '_' || text[lead] == ' '))
        lead++;
    if (!node || !text || !vi_begins_small(text + lead, NULL, NULL))
        return;
    const char *word_end = text + lead + strcspn(text + lead, " ,;:.");
    diag_warning(diags, node->pos, yread_span(node), KH176,
                 "this legal basis begins with a small letter, '%.*s': it is printed as "
                 "written, as the first word of its sentence; write its first words before "
                 "it ('Căn cứ ...', 'Thực hiện ...'), or begin it with a capital",
                 (int)(word_end - (text + lead)), text + lead); /* "căn", not "*căn" */
}
