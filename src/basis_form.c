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
 * document writes it, which khgen cannot know, and is left as typed.
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
    if (by && by_text && *by_text) {
        int bytes = 1;
        unsigned cp = utf8_decode(by_text, &bytes);
        Buf first = {0}, upper = {0};
        buf_printf(&first, "%.*s", bytes > 0 ? bytes : 1, by_text);
        vi_put_upper(&upper, buf_str(&first));
        /* a letter whose capital differs: a small letter (not '{', a digit) */
        if (cp >= 'a' && strcmp(buf_str(&upper), buf_str(&first)) != 0)
            diag_warning(diags, by->pos, yread_span(by), KH173,
                         "the issuer '%s' begins with a small letter: Nghị định 30 writes the "
                         "name of an organ or a position with a capital; write '%s%s'",
                         by_text, buf_str(&upper), by_text + (bytes > 0 ? bytes : 1));
        buf_free(&first);
        buf_free(&upper);
    }
}
