/* load_joined.c - a value written without quotes that YAML joined with a
 * line meant as a list item.
 *
 * YAML reads the lines indented further under a plain value as more of
 * it, whatever they hold. Two one-line mistakes of the eighth sweep made
 * valid YAML that printed wrong: a list of texts whose key line lost its
 * list ("text: x" over "- >- Tiếp tục ..." printed "x - >- Tiếp tục ...")
 * and a list item indented one space further than its siblings (a
 * recipient "- UBND các xã" printed after the one above it, "UBND huyện -
 * UBND các xã"). The loader calls load_joined_item() on each plain value
 * written over several lines; it warns (KH021) at the first line joined
 * that starts with "- " and a block indicator ('>', '>-', '|', '|-') or a
 * key of the plan language ("- text:"), or, in a list, with "- " at all
 * (an item of that list); or, when the value starts a line of its own, at
 * that line when a line joined to it starts with "- " where it starts (a
 * list whose first item lost its dash: "issuer:" over "UỶ BAN NHÂN DÂN"
 * over "- HUYỆN YÊN THẾ" printed "UỶ BAN NHÂN DÂN - HUYỆN YÊN THẾ";
 * session 20). Prose wrapped onto a line that begins with a dash is none
 * of these. One pass over the value's lines.
 */
#include "load_impl.h"

#include <string.h>

#include "i18n.h"
#include "keys.h"
#include "vi.h"

/* The length of a block indicator at s (">", ">-", "|+", ">2"...) followed
 * by a space, a comment or the end of its line (le), or 0. */
static size_t block_indicator(const char *s, const char *le)
{
    if (s >= le || (*s != '>' && *s != '|'))
        return 0;
    size_t n = 1;
    while (s + n < le && n < 3 && (s[n] == '-' || s[n] == '+' || (s[n] >= '1' && s[n] <= '9')))
        n++;
    return s + n == le || s[n] == ' ' || s[n] == '\t' ? n : 0;
}

/* The length of a key of the plan language at s followed by ':' and a
 * space or the end of its line (le), with the ':', or 0. */
static size_t key_colon(const char *s, const char *le)
{
    size_t n = 0;
    while (s + n < le && ((s[n] >= 'a' && s[n] <= 'z') || s[n] == '_'))
        n++;
    if (!n || s + n >= le || s[n] != ':' || (s + n + 1 < le && s[n + 1] != ' '))
        return 0;
    return keys_is_any(s, n) ? n + 1 : 0;
}

void load_joined_item(DiagSink *diags, const YNode *node, const YNode *parent)
{
    int in_list = parent && parent->kind == YNODE_SEQ;
    const char *src = loaded_source(node), *end = loaded_source_end(node);
    SrcPos at = node->pos;
    for (const char *nl = memchr(src, '\n', (size_t)(end - src)); nl;) {
        const char *p = nl + 1;
        if (p >= end || ++at.line > node->end.line)
            return;
        nl = memchr(p, '\n', (size_t)(end - p));
        const char *le = nl ? nl : end;
        const char *t = p + strspn(p, " \t");
        if (t + 1 >= le || t[0] != '-' || t[1] != ' ')
            continue;
        const char *a = t + 2 + strspn(t + 2, " ");
        if (a > le)
            a = le;
        size_t n = block_indicator(a, le);
        if (!n)
            n = key_colon(a, le);
        at.col = (int)(t - p) + 1;
        int shown = (int)(a - t) + (int)n;
        if (n) {
            diag_warning(diags, at, shown, KH021,
                         "this line, '%.*s', is joined to the value above it (line %d), written "
                         "without quotes: YAML reads the lines indented further under such a "
                         "value as more of it, so the document prints '%.*s' in its text; was the "
                         "value above meant as a list, or its key line ('text:') lost? Restore "
                         "that line, or unindent this one",
                         shown, t, node->pos.line, shown, t);
            return;
        }
        size_t line_len = (size_t)(le - t) > 60 ? 60 : (size_t)(le - t);
        while (line_len < (size_t)(le - t) && line_len && ((unsigned char)t[line_len] & 0xC0) == 0x80)
            line_len--; /* not inside a character */
        if (!in_list && at.col == node->pos.col && node->pos.line < at.line) {
            /* a list's first item without its dash: the value starts a line
             * of its own, the '- ' of the next item stands where it starts */
            const char *first_end = memchr(src, '\n', (size_t)(end - src));
            int first_len = first_end ? (int)(first_end - src) : 0;
            diag_warning(diags, node->pos, first_len > 0 ? (int)utf8_count(src, (size_t)first_len) : 1,
                         KH021,
                         "this line, written without quotes, is joined with the line '%.*s' "
                         "under it (line %d), which begins as a list item does: YAML reads "
                         "them as one text and prints it so; if they are a list's items, "
                         "begin this line with '- ' too", (int)line_len, t, at.line);
            return;
        }
        if (in_list) {
            diag_warning(diags, at, 1, KH021,
                         "this line is joined to the list item above it (line %d): indented "
                         "further than that item's '- ', '%.*s' is read as more of its text "
                         "and printed in it, not as an item of its own; indent it as the "
                         "other items", node->pos.line, (int)line_len, t);
            return;
        }
    }
}
