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
 * text of them alone is not warned). A text wholly in quotation marks is a
 * quote printed as written: a slogan of a campaign, listed as a bullet
 * ("“CẢ NƯỚC CHUNG SỨC XÂY DỰNG NÔNG THÔN MỚI”"), which a plan writes in
 * capitals as its banners do (s42attack: warned). The parser warns at a
 * paragraph's text (parse_read.c, KH136). Not a stage: a lookup, pure,
 * linear.
 */
#include "caps_text.h"

#include <string.h>

#include "legacy.h"
#include "util.h"
#include "vi.h"

/* The length of a list's label at s and the blank after it, "1. ",
 * "2) ", "- ", "+ ", "– ", "• " (a slogan numbered in a list), or 0. A
 * letter's label, "a) ", is none: its small letter alone makes the text no
 * Caps Lock text (caps_text_all), quoted or not. */
static size_t list_label(const char *s)
{
    static const char *const marks[] = {"- ", "+ ", "\xE2\x80\x93 ", "\xE2\x80\xA2 "};
    for (size_t m = 0; m < sizeof marks / sizeof marks[0]; m++)
        if (strncmp(s, marks[m], strlen(marks[m])) == 0)
            return strlen(marks[m]);
    size_t d = strspn(s, "0123456789");
    return d && d <= 3 && (s[d] == '.' || s[d] == ')') && s[d + 1] == ' ' ? d + 2 : 0;
}

/* 1 if s, past blanks and a list's label ("1. "), begins with a quotation
 * mark ('"', U+201C, U+00AB, U+2018) and ends with its closing one ('"',
 * U+201D, U+00BB, U+2019), a sentence's mark and blanks after it allowed
 * ("“...”;", "\"...\".", "1. “...”!": s43attack, a numbered slogan
 * warned). */
static int wholly_quoted(const char *s)
{
    static const char *const open[] = {"\"", "\xE2\x80\x9C", "\xC2\xAB", "\xE2\x80\x98"};
    static const char *const close[] = {"\"", "\xE2\x80\x9D", "\xC2\xBB", "\xE2\x80\x99"};
    s += strspn(s, " \n");
    s += list_label(s);
    size_t n = strlen(s);
    while (n > 0 && strchr(" \n.,;:!", s[n - 1]))
        n--;
    for (size_t q = 0; q < sizeof open / sizeof open[0]; q++) {
        size_t o = strlen(open[q]), c = strlen(close[q]);
        if (n >= o + c + 1 && memcmp(s, open[q], o) == 0 && memcmp(s + n - c, close[q], c) == 0)
            return 1;
    }
    return 0;
}

int caps_text_all(const char *s)
{
    if (wholly_quoted(s))
        return 0;
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
