/* md_front.c - a Markdown plan's YAML front matter.
 *
 * A .md written for pandoc, Jekyll, Hugo, Obsidian or Typora often opens
 * with a metadata block between two lines "---" ("title: ...", "author:
 * ...", "date: 2024-01-15"), which none of those readers prints: pandoc
 * takes it for the document's metadata, GitHub shows it as a small table
 * above the text. Import read it as text: the closing "---" made its
 * lines a setext heading's, and each became a line above the title,
 * KH761 a line (s28foreign MEDIUM 3). This file tells the block, so that
 * import_text.c takes it out whole and keeps it as one note. Its title,
 * date and number are the plan's header's when the document has none
 * (s29foreign left them in the note: a .md with its title only there
 * imported the placeholder "Trích yếu nội dung kế hoạch"): md_front_fields
 * reads them with khgen's YAML reader, as pandoc reads them (a line at a
 * time, "title: >-" was the title ">-", "title: \"A \\\"B\\\"\"" kept its
 * backslashes, a title over two lines lost its second, a "# comment"
 * after it was the title's: s31review), import_front.c decides. No plan
 * structure; linear.
 */
#include <stdio.h>
#include <string.h>

#include "diag.h"
#include "load.h"
#include "md_front.h"
#include "yread.h"

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

/* A YAML key at the start of s[at..end), plain or quoted: a word of
 * letters (Vietnamese ones too: "số", which md_front_fields reads),
 * digits, '_' or '-', then ':' and a space or the line's end ("số: 125/KH-UBND" made the block no
 * front matter, its "---" a setext heading's line, and the number was
 * read as the document's, no word said: s31review) */
static int key_line(const char *s, size_t at, size_t end)
{
    size_t k = at;
    if (k < end && (s[k] == '"' || s[k] == '\'')) {
        /* a quoted key, '"số": 12/KH-UBND' (valid YAML, and what an
         * editor writes for a key with a mark): the quotes' text, a '\'
         * escaping in double quotes, then ':' (its lines were KH761 review
         * comments a line: s31 lead) */
        char q = s[k++];
        while (k < end && (s[k] != q || (q == '\'' && k + 1 < end && s[k + 1] == q)))
            k += (q == '"' && s[k] == '\\') || s[k] == q ? 2 : 1; /* "\"", '' */
        if (k >= end || k == at + 1)
            return 0;
        k++;
        return k < end && s[k] == ':' && (k + 1 == end || s[k + 1] == ' ');
    }
    while (k < end && (s[k] == '_' || s[k] == '-' || (s[k] >= 'a' && s[k] <= 'z') ||
                       (s[k] >= 'A' && s[k] <= 'Z') || (s[k] >= '0' && s[k] <= '9') ||
                       (unsigned char)s[k] >= 0x80))
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

/* value's text with its runs of blanks and line breaks one space, trimmed
 * (a folded or literal block, a plain scalar over two lines: one line of
 * a header), in arena; NULL when empty */
static const char *one_line(Arena *arena, const char *text)
{
    Buf b = {0};
    for (const char *p = text; *p; p++) {
        int blank = *p == ' ' || *p == '\t' || *p == '\n' || *p == '\r';
        if (!blank)
            buf_putc(&b, *p);
        else if (b.len && b.data[b.len - 1] != ' ')
            buf_putc(&b, ' ');
    }
    while (b.len && b.data[b.len - 1] == ' ')
        b.len--;
    const char *line = b.len ? arena_strndup(arena, b.data, b.len) : NULL;
    buf_free(&b);
    return line;
}

int md_front_fields(Arena *arena, const char *yaml, size_t len,
                    const char *fields[MD_FRONT_FIELDS])
{
    static const struct {
        const char *key;
        int field;
    } keys[] = {{"title", MD_FRONT_TITLE},   {"date", MD_FRONT_DATE},
                {"number", MD_FRONT_NUMBER}, {"so", MD_FRONT_NUMBER},
                {"s\xE1\xBB\x91", MD_FRONT_NUMBER}}; /* "số" */
    for (int f = 0; f < MD_FRONT_FIELDS; f++)
        fields[f] = NULL;
    DiagSink *quiet = diag_new(stderr); /* never flushed: the note keeps the block */
    Arena *scratch = arena_new();
    LoadLimits limits = load_default_limits();
    const YNode *root = load_string(scratch, quiet, "front matter", yaml, len, &limits);
    int read = root && root->kind == YNODE_MAP && diag_error_count(quiet) == 0;
    if (read)
        for (size_t k = 0; k < sizeof keys / sizeof keys[0]; k++) {
            const YNode *value = ynode_get(root, keys[k].key);
            if (value && value->kind == YNODE_SCALAR && !yread_is_null(value) &&
                !fields[keys[k].field])
                fields[keys[k].field] = one_line(arena, value->text);
        }
    arena_free(scratch);
    diag_free(quiet);
    return read;
}
