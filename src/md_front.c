/* md_front.c - a Markdown plan's YAML front matter.
 *
 * A .md written for pandoc, Jekyll, Hugo, Obsidian or Typora often opens
 * with a metadata block between two lines "---" ("title: ...", "author:
 * ...", "date: 2024-01-15"), which none of those readers prints: pandoc
 * takes it for the document's metadata, GitHub shows it as a small table
 * above the text. Import read it as text: the closing "---" made its
 * lines a setext heading's, and each became a line above the title,
 * KH761 a line (s28foreign MEDIUM 3). This file tells the block, so that
 * import_text.c takes it out whole and keeps it as one note. Text only:
 * no plan structure; linear.
 */
#include <string.h>

#include "md_front.h"

/* The line of s[0..len) that starts at at: its end (before '\n' and a
 * '\r'), in *end, and the start of the next line */
static size_t line_end(const char *s, size_t len, size_t at, size_t *end)
{
    const char *nl = memchr(s + at, '\n', len - at);
    size_t e = nl ? (size_t)(nl - s) : len;
    *end = e > at && s[e - 1] == '\r' ? e - 1 : e;
    return nl ? e + 1 : len;
}

/* Whether s[at..end) is the line t, trailing spaces allowed */
static int line_is(const char *s, size_t at, size_t end, const char *t)
{
    size_t n = strlen(t);
    while (end > at && (s[end - 1] == ' ' || s[end - 1] == '\t'))
        end--;
    return end - at == n && memcmp(s + at, t, n) == 0;
}

/* A YAML key at the start of s[at..end): a word of letters, digits, '_'
 * or '-', then ':' and a space or the line's end */
static int key_line(const char *s, size_t at, size_t end)
{
    size_t k = at;
    while (k < end && (s[k] == '_' || s[k] == '-' || (s[k] >= 'a' && s[k] <= 'z') ||
                       (s[k] >= 'A' && s[k] <= 'Z') || (s[k] >= '0' && s[k] <= '9')))
        k++;
    return k > at && k < end && s[k] == ':' && (k + 1 == end || s[k + 1] == ' ');
}

size_t md_front_matter(const char *s, size_t len, int *lines)
{
    size_t e, at = 0;
    *lines = 0;
    if (len >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
        at = 3;
    size_t next = line_end(s, len, at, &e);
    if (!line_is(s, at, e, "---") || next >= len)
        return 0;
    int n = 1, keys = 0;
    at = next;
    next = line_end(s, len, at, &e);
    if (e == at) /* a blank line after "---": a rule, not a block */
        return 0;
    for (; at < len; at = next) {
        next = line_end(s, len, at, &e);
        n++;
        if (line_is(s, at, e, "---") || line_is(s, at, e, "...")) {
            if (!keys)
                return 0;
            *lines = n;
            return next;
        }
        /* YAML, as pandoc and Jekyll require the block to be: a line at
         * the margin is a key, a list's item or a comment (an indented one
         * goes on the value above). A line of prose is no metadata: a .md
         * opening with a rule "---", then the header's lines, one of them
         * "Email: ...", then a rule, lost its header, title and first
         * section to one '# review:' comment (s30review) */
        int indented = s[at] == ' ' || s[at] == '\t';
        int item = s[at] == '-' && (at + 1 == e || s[at + 1] == ' ');
        if (e > at && !indented && !item && s[at] != '#' && !key_line(s, at, e))
            return 0;
        keys += key_line(s, at, e);
    }
    return 0; /* never closed: no block (pandoc reads it so) */
}
