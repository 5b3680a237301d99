/* txt_labels.c - what a PDF's text does to a plan's lines: a list's label
 * printed on a line of its own, a word broken after its hyphen.
 *
 * pdftotext (and a copy out of a PDF viewer) prints a list's label apart
 * from its text: "I." then a blank line then "MỤC ĐÍCH, YÊU CẦU". The
 * label goes back before its text, so that import reads the heading.
 * A line that only looks like one, a year that ends the sentence the
 * line above left open ("... so với năm" over "2023."), goes back after
 * that line instead. A line broken after a hyphen inside a word or a
 * number ("2021-" over "2025") is joined to the next without a space.
 * Text only, for import_text.c; linear.
 */
#include <string.h>

#include "import.h"

static int is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

/* The length of the label that is all of s[0..n) once its spaces and
 * page breaks are trimmed ("I.", "2.", "1.2.", "a)", "đ)", "-", "+"), its start in
 * *from; 0 when the line is more or other than a label. */
static size_t lone_label(const char *s, size_t n, size_t *from)
{
    size_t b = 0;
    while (b < n && (is_space(s[b]) || s[b] == '\f'))
        b++;
    while (n > b && (is_space(s[n - 1]) || s[n - 1] == '\f'))
        n--;
    *from = b;
    const char *t = s + b;
    size_t l = n - b, i = 0;
    if ((l == 1 && (t[0] == '-' || t[0] == '+')) ||
        (l == 3 && (memcmp(t, "\xE2\x80\xA2", 3) == 0 || memcmp(t, "\xE2\x80\x93", 3) == 0)))
        return l; /* a bullet: "-", "+", "•", "–" */
    if (l >= 2 && l <= 6 && strspn(t, "IVXL") == l - 1 && t[l - 1] == '.')
        return l;
    while (i < l && ((t[i] >= '0' && t[i] <= '9') || (t[i] == '.' && i && t[i - 1] != '.')))
        i++;
    if (i >= 2 && i == l && t[l - 1] == '.' && l <= 9)
        return l; /* "1.", "1.2.", "2.3.1." */
    if (i >= 1 && i + 1 == l && t[l - 1] == ')' && t[0] != '.')
        return l; /* "1)" */
    if ((l == 2 && t[0] >= 'a' && t[0] <= 'z' && t[1] == ')') ||
        (l == strlen("đ)") && memcmp(t, "đ)", l) == 0))
        return l;
    return 0;
}

/* Puts the label back where its line was (at byte at of out). */
static void put_back_label(Buf *out, size_t at, const char *label, size_t n)
{
    size_t tail = out->len - at;
    buf_putn(out, label, n);
    memmove(out->data + at + n, out->data + at, tail);
    memcpy(out->data + at, label, n);
}

/* pdftotext prints a list's label apart from its text ("I." then a blank
 * line then "MỤC ĐÍCH, YÊU CẦU"): the label moves to the start of the next
 * line of text, its own line left empty, so the lines keep their numbers.
 * Returns 0 when no line is a lone label (out untouched). */
int imp_txt_lone_labels(const char *s, size_t len, Buf *out)
{
    int any = 0;
    const char *pending = NULL;
    size_t pending_len = 0, pending_at = 0;
    int prev_open = 0; /* the line above is text whose sentence goes on */
    for (size_t i = 0; i <= len;) {
        if (i == len) { /* the end: a label still waiting goes back */
            if (pending)
                put_back_label(out, pending_at, pending, pending_len);
            break;
        }
        size_t start = i;
        while (i < len && s[i] != '\n')
            i++;
        size_t end = i, from = 0;
        if (i < len)
            i++;
        size_t l = lone_label(s + start, end - start, &from);
        int blank = 1;
        for (size_t k = start; k < end && blank; k++)
            blank = is_space(s[k]) || s[k] == '\f';
        if (l >= 4 && !pending && prev_open && s[start + from] >= '1' && s[start + from] <= '9' &&
            strspn(s + start + from, "0123456789") == l - 1 && s[start + from + l - 1] == '.' &&
            out->len && out->data[out->len - 1] == '\n') {
            /* "... tăng 1,2% so với năm" over "2023.": a number of three
             * digits or more (no list counts so far) ending the sentence
             * the line above left open, not a label of the next line's
             * ("2023. 2. Yêu cầu", a heading lost in a paragraph:
             * s29foreign); joined to it, its own line left empty */
            /* after a word broken at its hyphen ("giai đoạn 2021-" over
             * "2025."), without a space, as the text reader joins one
             * (imp_txt_hyphen_break): joined here first, with a space, it
             * printed "2021- 2025.", the break this file mends (s30review) */
            size_t above = out->len - 1;
            if (imp_txt_hyphen_break(out->data, above, s + start + from, l))
                out->len = above;
            else
                out->data[above] = ' ';
            buf_putn(out, s + start + from, l);
            buf_putc(out, '\n');
            if (end < len)
                buf_putc(out, '\n');
            prev_open = 0;
            any = 1;
            continue;
        }
        if (!blank)
            prev_open = !l && !imp_txt_ends_sentence(s + start, end - start) && !imp_txt_all_caps(s + start, end - start);
        else
            prev_open = 0;
        if (l) {
            if (pending) /* two labels in a row: the first stays on its line */
                put_back_label(out, pending_at, pending, pending_len);
            pending = s + start + from;
            pending_len = l;
            for (size_t k = start; k < end; k++)
                if (s[k] == '\f')
                    buf_putc(out, '\f'); /* the page break stays where it was */
            pending_at = out->len;
            if (end < len)
                buf_putc(out, '\n');
            any = 1;
            continue;
        }
        if (pending && !blank) {
            size_t k = start;
            while (k < end && (is_space(s[k]) || s[k] == '\f'))
                buf_putc(out, s[k++]);
            buf_putn(out, pending, pending_len);
            buf_putc(out, ' ');
            buf_putn(out, s + k, i - k);
            pending = NULL;
            continue;
        }
        buf_putn(out, s + start, i - start);
    }
    return any;
}

/* Word breaks a line after one
 * ("giai đoạn 2021-" over "2025 trên địa bàn", "Kế hoạch số 12/KH-" over
 * "UBND ngày ..."), and a PDF's text keeps the break; joined with a space,
 * they printed "2021- 2025" and "12/KH- UBND", a document's number
 * changed without a word (s29foreign). A dash between spaces ("kinh tế -"
 * over "xã hội") is a word of its own, and keeps its space. */
int imp_txt_hyphen_break(const char *para, size_t len, const char *t, size_t n)
{
    size_t dash = 0;
    if (len >= 2 && para[len - 1] == '-')
        dash = 1;
    else if (len >= 4 && memcmp(para + len - 3, "\xE2\x80\x93", 3) == 0)
        dash = 3;
    if (!dash || n == 0)
        return 0;
    unsigned char before = (unsigned char)para[len - dash - 1], next = (unsigned char)t[0];
    int word_before = (before >= '0' && before <= '9') || (before >= 'A' && before <= 'Z') ||
                      (before >= 'a' && before <= 'z') || before >= 0x80;
    int word_next = (next >= '0' && next <= '9') || (next >= 'A' && next <= 'Z') ||
                    (next >= 'a' && next <= 'z') || next >= 0xC3;
    return word_before && word_next;
}
