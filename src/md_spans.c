/* md_spans.c - pandoc's bracketed spans in a .md, for import.
 *
 * `pandoc -t markdown` of a Word document writes the character formatting
 * Markdown has no mark for as a bracketed span: an underlined word
 * "[gạch]{.underline}", small capitals "[nhỏ]{.smallcaps}", highlighting
 * "[x]{.mark}", a run in a character style pandoc keeps with
 * `--track-changes` or `+styles` "[x]{custom-style=\"Tên\"}". pandoc shows
 * the words (in capitals for small capitals); import kept the brackets
 * and the braces as the plan's text, which every format printed (session
 * 24's import limits). Here each such span is written as its words, the
 * small capitals in capitals, as import reads a .docx's small capitals;
 * the underline and the style are dropped, as a line's `<u>` is. A span of
 * other attributes (an id, a language) is left as it is, and so is a
 * line with a backtick, in whose code spans the brackets are text. One
 * pass: each byte is copied once, and the words of a span moved once.
 */
#include "md_spans.h"

#include <stdlib.h>
#include <string.h>

#include "vi.h"

/* The length of the attributes "{...}" at s[0..n) when they are only
 * Word's character formatting: classes .underline, .smallcaps, .mark and a
 * custom-style="..."; *caps set for .smallcaps. 0 otherwise. */
static size_t word_attrs(const char *s, size_t n, int *caps)
{
    static const char *const classes[] = {".underline", ".smallcaps", ".mark", NULL};
    size_t i = 1, any = 0;
    *caps = 0;
    if (n < 2 || s[0] != '{')
        return 0;
    for (;;) {
        while (i < n && s[i] == ' ')
            i++;
        if (i < n && s[i] == '}')
            return any ? i + 1 : 0;
        size_t k = 0;
        for (; classes[k]; k++) {
            size_t l = strlen(classes[k]);
            if (n - i >= l && memcmp(s + i, classes[k], l) == 0 &&
                (i + l == n || s[i + l] == ' ' || s[i + l] == '}'))
                break;
        }
        if (classes[k]) {
            *caps |= k == 1;
            i += strlen(classes[k]);
        } else if (n - i > 14 && memcmp(s + i, "custom-style=\"", 14) == 0) {
            const char *q = memchr(s + i + 14, '"', n - i - 14);
            if (!q)
                return 0;
            i = (size_t)(q - s) + 1;
        } else {
            return 0;
        }
        any = 1;
    }
}

int md_put_spans(Buf *out, const char *s, size_t n)
{
    size_t start = out->len;
    if (memchr(s, '`', n) || !memchr(s, '{', n)) {
        buf_putn(out, s, n);
        return 0;
    }
    int changed = 0;
    size_t open = (size_t)-1; /* out's index of the last '[' that may open one */
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '\\' && i + 1 < n) {
            buf_putn(out, s + i, 2);
            i++;
            continue;
        }
        int caps;
        size_t attrs;
        if (s[i] == ']' && open != (size_t)-1 &&
            (attrs = word_attrs(s + i + 1, n - i - 1, &caps)) > 0) {
            size_t words = out->len - open - 1;
            if (caps) {
                char *w = xmalloc(words + 1);
                memcpy(w, out->data + open + 1, words);
                w[words] = '\0';
                out->len = open;
                vi_put_upper(out, w);
                free(w);
            } else {
                memmove(out->data + open, out->data + open + 1, words);
                out->len--;
            }
            out->data[out->len] = '\0';
            i += attrs;
            open = (size_t)-1;
            changed = 1;
            continue;
        }
        if (s[i] == '[')
            open = (i && s[i - 1] == '!') ? (size_t)-1 : out->len; /* not an image's */
        else if (s[i] == ']')
            open = (size_t)-1;
        buf_putc(out, s[i]);
    }
    if (!changed) {
        out->len = start;
        buf_putn(out, s, n);
    }
    return changed;
}
