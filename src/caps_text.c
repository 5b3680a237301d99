/* caps_text.c - a paragraph typed with Caps Lock on.
 *
 * A Vietnamese plan writes its sections' titles in capitals ("I. MỤC
 * TIÊU"), the national name and the signature's lines too, and its
 * paragraphs, tasks and bullets in sentence case. A drafter who leaves
 * Caps Lock on (or pastes a heading's words as a task) gets a task or a
 * bullet that every format printed in capitals, exit 0 (s41slip: 18 of 20
 * such mutants); the three seeds never write a paragraph so. A text is
 * taken for one typed so when it has no small letter outside its
 * references and four words at least that are Vietnamese syllables in
 * capitals (abbreviations such as UBND, HĐND, MTQG are no syllables, and a
 * text of them alone is not warned). The parser warns at a paragraph's
 * text (parse_read.c, KH136). Not a stage: a lookup, pure, linear.
 */
#include "caps_text.h"

#include <string.h>

#include "legacy.h"
#include "util.h"
#include "vi.h"

int caps_text_all(const char *s)
{
    size_t syllables = 0;
    int depth = 0;
    Buf word = {0}, upper = {0};
    int small = 0;
    for (const char *p = s; *p && !small;) {
        unsigned char c = (unsigned char)*p;
        if (c == '{' || c == '}') {
            depth = c == '{' ? 1 : 0;
            p++;
            continue;
        }
        if (!(c >= 0x80 || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'))) {
            p++;
            continue;
        }
        const char *e = p;
        while (*e && ((unsigned char)*e >= 0x80 || ((*e | 0x20) >= 'a' && (*e | 0x20) <= 'z')))
            e++;
        if (!depth) {
            buf_reset(&word);
            buf_reset(&upper);
            buf_putn(&word, p, (size_t)(e - p));
            vi_put_upper(&upper, buf_str(&word));
            small = upper.len != word.len || memcmp(upper.data, word.data, word.len) != 0;
            syllables += !small && e - p >= 2 && legacy_is_syllable(p, (size_t)(e - p));
        }
        p = e;
    }
    buf_free(&word);
    buf_free(&upper);
    return !small && syllables >= 4;
}
