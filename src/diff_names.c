/* diff_names.c - the name `khgen diff` gives a body part in its hunk
 * heads ("@@ III. “Công tác tuyên truyền, vận động”: sửa @@"), in the
 * terminal, Markdown and HTML redlines alike.
 *
 * A part is paired by its path ("III.-1": section III, first bullet), which
 * stays its key and its place for pairing (diff_parts.c, diff_match.c);
 * but the path is khgen's own code, and the meeting that reads a redline
 * finds a part by what the document prints: the numbers of the headings it
 * stands under ("II.1.", "a)") and its first words (s43user F13: "III.-1:
 * sửa" named nothing an official reads). So a part's place is the chain of
 * the printed numbers of its numbered headings, itself included when it
 * is one; a heading printed without a number (a section "TỔ CHỨC THỰC
 * HIỆN" left unnumbered) stands in the chain by its first words in
 * quotes (s42user F7); a bullet, a paragraph or a task printed with a
 * bullet adds nothing, as nothing is printed for it to be counted by. The
 * name is the place, then the part's own first words in quotes (a table
 * numbered in its caption: its "Bảng 2"). Whether a part moved or was
 * renumbered is told by the places (diff.c), not by the words, which a
 * change of the text changes.
 */
#include "diff_impl.h"

#include <stdlib.h>
#include <string.h>

#include "md_read.h"
#include "textref.h"

/* Up to this many characters of a part's first line are quoted. */
enum { NAME_CHARS = 40 };

/* Whether a path segment is a printed number ("II", "1", "a", "Bảng 2",
 * "Phần thứ nhất") rather than a place counted by khgen ("-2", "¶3"). */
static int segment_printed(const char *segment)
{
    return *segment && *segment != '-' && strncmp(segment, "¶", strlen("¶")) != 0;
}

/* The first words of text (its first line, its Markdown printed as plain
 * text when markdown), up to NAME_CHARS characters cut at a space with
 * "…" after them (a last ':', ';' or ',' left out), in quotes, appended to out: 1; 0 (out untouched) when
 * it has none. Reads at most a few hundred bytes of text. */
static int put_first_words(Buf *out, const char *text, int markdown)
{
    if (!text)
        return 0;
    size_t n = 0;
    while (text[n] && text[n] != '\n' && n < 8 * NAME_CHARS)
        n++;
    while (n && text[n] && ((unsigned char)text[n] & 0xC0) == 0x80)
        n--; /* not inside a character */
    int more = text[n] && text[n] != '\n';
    Buf line = {0}, plain = {0};
    for (size_t i = 0; i < n; i++)
        if (text[i] != INLINE_YEAR_OPEN && text[i] != INLINE_YEAR_CLOSE)
            buf_putc(&line, text[i]);
    if (markdown)
        render_markdown_plain(buf_str(&line), &plain);
    else
        buf_puts(&plain, buf_str(&line));
    const char *s = buf_str(&plain);
    while (*s == ' ' || *s == '\n')
        s++;
    size_t end = 0, space = 0, chars = 0;
    while (s[end] && s[end] != '\n' && chars < NAME_CHARS) {
        if (s[end] == ' ')
            space = end;
        end++;
        while (((unsigned char)s[end] & 0xC0) == 0x80)
            end++;
        chars++;
    }
    int cut = (s[end] && s[end] != '\n') || (more && !s[end]);
    if (cut && space && s[end])
        end = space;
    while (end && (s[end - 1] == ' ' || (!cut && strchr(":;,", s[end - 1]))))
        end--; /* a title's "Yêu cầu:" is named “Yêu cầu” */
    if (end)
        buf_printf(out, "“%.*s%s”", (int)end, s, cut ? "…" : "");
    buf_free(&line);
    buf_free(&plain);
    return end > 0;
}

/* base, then x after it: directly after a number's '.' ("II." "1."), after
 * a space otherwise ("“TỔ CHỨC THỰC HIỆN” 1.", "a) 1."). */
static void put_joined(Buf *out, const char *base, const char *x)
{
    size_t n = strlen(base);
    buf_puts(out, base);
    if (n && base[n - 1] != '.')
        buf_putc(out, ' ');
    buf_puts(out, x);
}

const char *diff_part_name(Arena *arena, const char *base, const char *segment,
                           const BodyNode *node, const char *text, int markdown,
                           const char **place)
{
    int heading = node->kind == NODE_SECTION || node->kind == NODE_CLAUSE ||
                  node->kind == NODE_SUBCLAUSE || node->kind == NODE_POINT ||
                  node->kind == NODE_PART;
    int printed = segment_printed(segment) && node->kind != NODE_TABLE;
    Buf own = {0}, name = {0}, words = {0};
    int has_words = put_first_words(&words, text, markdown);
    if (printed) {
        /* its number as printed: "II." "1." "a)"; "Phần thứ nhất" */
        const char *label = node->printed_label ? node->printed_label : "";
        size_t n = strlen(label);
        char term = n && (label[n - 1] == ')' || label[n - 1] == '.') ? label[n - 1] : 0;
        buf_puts(&own, segment);
        if (term)
            buf_putc(&own, term);
    } else if (heading && has_words) {
        buf_puts(&own, buf_str(&words)); /* a heading printed with no number */
        has_words = 0;                   /* its words are its place */
    }
    if (own.len) {
        put_joined(&name, base, buf_str(&own));
        *place = arena_strdup(arena, buf_str(&name));
    } else {
        *place = base;
    }
    if (node->kind == NODE_TABLE && segment_printed(segment)) {
        /* a table by its caption's number, "Bảng 2" */
        buf_printf(&name, "%s%s%s", base, *base ? " " : "", segment);
    } else if (has_words) {
        if (!own.len)
            buf_puts(&name, base);
        buf_printf(&name, "%s%s", name.len ? " " : "", buf_str(&words));
    } else if (!own.len) {
        /* nothing printed to name it by (an empty bullet): its place and
         * its count there, "I. -2" */
        buf_printf(&name, "%s%s%s", base, *base ? " " : "", segment);
    }
    const char *shown = arena_strdup(arena, buf_str(&name));
    buf_free(&own);
    buf_free(&name);
    buf_free(&words);
    return shown;
}

void diff_name_repeats(Doc *d)
{
    size_t cap = 16;
    while (cap < 2 * d->n + 2)
        cap *= 2;
    const char **names = xmalloc(cap * sizeof *names);
    size_t *count = xmalloc(cap * sizeof *count), *slot = xmalloc((d->n + 1) * sizeof *slot);
    for (size_t k = 0; k < cap; k++)
        names[k] = NULL, count[k] = 0;
    for (size_t i = 0; i < d->n; i++) {
        const Part *p = &d->parts[i];
        if (!p->is_body || !p->place || !p->label)
            continue;
        size_t h = str_hash64(p->label) & (cap - 1);
        while (names[h] && strcmp(names[h], p->label) != 0)
            h = (h + 1) & (cap - 1);
        names[h] = p->label;
        count[h]++;
        slot[i] = h;
    }
    for (size_t k = 0; k < cap; k++)
        if (count[k] > 1)
            count[k] = 1; /* from here on: the next one's number */
        else
            names[k] = NULL;
    for (size_t i = 0; i < d->n; i++) {
        Part *p = &d->parts[i];
        if (p->is_body && p->place && p->label && names[slot[i]])
            p->label = arena_printf(d->arena, "%s (lần thứ %zu)", p->label, count[slot[i]]++);
    }
    free(names);
    free(count);
    free(slot);
}
