/* due_words.c - the words a text writes before '{due}' that its deadline
 * prints first (KH213, inline.c).
 *
 * '{due}' prints a task's deadline as a phrase: "trước ngày 28/02/2025",
 * "tháng 6/2024", "Thường xuyên trong năm 2024". A text that writes the
 * phrase's first words before the reference printed them twice. One word
 * was compared (s26attack L13), so "hoàn thành trước ngày {due}" - the
 * way a deadline is most often written - printed "trước ngày trước ngày
 * 28/02/2024", "thực hiện thường xuyên {due}" printed "thường xuyên
 * Thường xuyên trong năm 2024", and "trước **{due}**" the same in bold,
 * all without a word (s27review H3). Here up to three words are compared,
 * in any case, past the emphasis marks that open the reference, and with
 * what prints as a space between them: a no-break space, a line break,
 * emphasis marks ("trước\u00a0ngày {due}", "trước **ngày** {due}" printed
 * the words twice without a word: s28review). What is looked at is
 * bounded (three words of 32 bytes, a few blanks and marks), so a text of
 * many '{due}' costs its length once. And whether the reference stands
 * inside a sentence, where the phrase continues it in lower case
 * ("Triển khai thường xuyên trong năm 2024", not "Triển khai Thường
 * xuyên ...", s28render F5), or begins one, where a small phrase takes
 * its capital ("{due}, hoàn thành ..." printed "trước ngày 30/6/2024,
 * hoàn thành ...", s30review): due_fit_case.
 */
#include "due_words.h"

#include <string.h>

#include "vi.h"

enum { WORDS_MAX = 3, WORD_BYTES = 32, BLANKS_MAX = 8 };

/* The bytes of the blank or emphasis mark that ends text[0..e) (a space, a
 * line break, a no-break space U+00A0, '*', '_'), 0 when none; *blank 1
 * when it is a blank, else 0. A text prints "trước\u00a0ngày", "trước\nngày" and
 * "trước **ngày**" as "trước ngày" as well (s28review: each printed the
 * words twice without KH213). */
static size_t gap_before(const char *text, size_t e, int *blank)
{
    *blank = 0;
    if (e >= 2 && (unsigned char)text[e - 2] == 0xC2 && (unsigned char)text[e - 1] == 0xA0)
        return *blank = 1, 2;
    if (e >= 1 && (text[e - 1] == ' ' || text[e - 1] == '\n'))
        return *blank = 1, 1;
    if (e >= 1 && (text[e - 1] == '*' || text[e - 1] == '_'))
        return 1;
    return 0;
}

/* 1 if c ends a word looked at: a reference's '}' or an opening bracket
 * (gap_before's blanks and marks end one too). */
static int word_stop(char c)
{
    return c == '}' || c == '(';
}

/* 1 if the n bytes at a and the m bytes at b are one word in any case. */
static int same_word(const char *a, size_t n, const char *b, size_t m)
{
    char x[WORD_BYTES + 1], y[WORD_BYTES + 1];
    if (n == 0 || m == 0 || n > WORD_BYTES || m > WORD_BYTES)
        return 0;
    memcpy(x, a, n);
    x[n] = '\0';
    memcpy(y, b, m);
    y[m] = '\0';
    return vi_same_ignoring_case(x, y);
}

size_t due_doubled_words(const char *text, size_t at, const char *phrase, size_t *from)
{
    /* the words before the reference, the nearest first */
    size_t start[WORDS_MAX], end[WORDS_MAX];
    int n_text = 0, blank = 0;
    size_t e = at, g;
    for (int marks = 0; marks < BLANKS_MAX && (g = gap_before(text, e, &blank)); marks++)
        e -= g; /* "trước {due}", "trước **{due}**" */
    while (n_text < WORDS_MAX && e > 0) {
        size_t s = e;
        int b;
        while (s > 0 && e - s <= WORD_BYTES && !word_stop(text[s - 1]) && !gap_before(text, s, &b))
            s--;
        if (s == e || e - s > WORD_BYTES)
            break;
        start[n_text] = s;
        end[n_text++] = e;
        e = s;
        blank = 0;
        for (int gaps = 0; gaps < BLANKS_MAX && (g = gap_before(text, e, &b)); gaps++) {
            e -= g;
            blank |= b;
        }
        if (!blank) /* not after a blank: the words end here */
            break;
    }
    /* the phrase's first words */
    const char *word[WORDS_MAX];
    size_t len[WORDS_MAX];
    int n_phrase = 0;
    for (const char *p = phrase; n_phrase < WORDS_MAX && *p;) {
        size_t n = strcspn(p, " ");
        word[n_phrase] = p;
        len[n_phrase++] = n;
        p += n;
        p += strspn(p, " ");
    }
    /* the most words that are the phrase's first ones */
    for (int k = n_text < n_phrase ? n_text : n_phrase; k > 0; k--) {
        int same = 1;
        for (int i = 0; i < k && same; i++)
            same = same_word(text + start[k - 1 - i], end[k - 1 - i] - start[k - 1 - i],
                             word[i], len[i]);
        if (same) {
            *from = start[k - 1];
            return end[0] - start[k - 1];
        }
    }
    return 0;
}

int due_words_shown(const char *words, size_t n, char *out, size_t cap)
{
    size_t k = 0;
    for (const char *t = words, *end = words + n; t < end; t++) {
        if (k + 1 >= cap)
            return 0;
        if ((unsigned char)t[0] == 0xC2 && t + 1 < end && (unsigned char)t[1] == 0xA0)
            out[k++] = ' ', t++;
        else if (*t != '*' && *t != '_')
            out[k++] = *t == '\n' ? ' ' : *t;
    }
    out[k] = '\0';
    return cap > 0;
}

/* before[0..len) less the blanks and the marks that open an emphasis, a
 * bracket or a quote at its end: the length left. */
static size_t past_openers(const char *before, size_t len)
{
    size_t i = len;
    for (;;) {
        while (i > 0 && strchr(" *_([\"'", before[i - 1]))
            i--;
        /* an opening quote “ or ‘ (E2 80 9C, E2 80 98) */
        if (i >= 3 && (unsigned char)before[i - 3] == 0xE2 &&
            (unsigned char)before[i - 2] == 0x80 &&
            ((unsigned char)before[i - 1] == 0x9C || (unsigned char)before[i - 1] == 0x98)) {
            i -= 3;
            continue;
        }
        return i;
    }
}

int due_inside_sentence(const char *before, size_t len)
{
    size_t i = past_openers(before, len);
    return i > 0 && strchr(".!?:\n", before[i - 1]) == NULL;
}

/* 1 if a reference printed after before[0..len) begins a sentence: the
 * text's start, or after '.', '!', '?' or a line break; not after ':',
 * where Vietnamese goes on in small letters ("Thời gian hoàn thành: trước
 * ngày ..."). */
static int begins_sentence(const char *before, size_t len)
{
    size_t i = past_openers(before, len);
    return i == 0 || strchr(".!?\n", before[i - 1]) != NULL;
}

void due_fit_case(Buf *phrase, const char *before, size_t len, int as_written)
{
    if (!phrase->len)
        return;
    if (phrase->data[0] >= 'A' && phrase->data[0] <= 'Z' && !as_written &&
        due_inside_sentence(before, len)) {
        phrase->data[0] = (char)(phrase->data[0] - 'A' + 'a');
        return;
    }
    Buf capital = {0}, fixed = {0};
    size_t small = 0;
    if (begins_sentence(before, len) && vi_begins_small(phrase->data, &capital, &small)) {
        buf_putn(&fixed, capital.data, capital.len);
        buf_puts(&fixed, phrase->data + small);
        buf_free(phrase);
        *phrase = fixed;
    }
    buf_free(&capital);
}
