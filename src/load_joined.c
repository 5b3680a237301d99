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
 * of these. A joined line that begins so with a bullet Word's AutoFormat
 * types for the '-' ("· Các xã", "• Các xã"; not a dash, which prose may
 * begin a line with) is KH005, as such a character is where an item's '-'
 * goes (load_nbsp.c). One pass over
 * the value's lines.
 *
 * A line of a value that is a block indicator alone (">-", "|"), or one
 * with a "-" glued before it ("->-"), is the key line of a list of texts
 * ("- >-") whose dash or space was lost (session 37's one-line sweep):
 * YAML reads it as more of the text above, or, for "->-", as a text of
 * its own, and the document printed ">-" or "->-" inside two paragraphs
 * run together. load_indicator_lines() warns at it, in a plain value
 * (KH021) and in a block text (KH019); no Vietnamese text has such a line.
 *
 * A value written without quotes on a line of its own that begins with a
 * '-' glued to a letter ("-ỦY BAN NHÂN DÂN" under "issuer:") is a list
 * item's "- " with its space lost: YAML reads a text, and the document
 * printed "-ỦY BAN NHÂN DÂN" (session 37's sweep); load_dash_glued()
 * warns (KH028).
 */
#include "load_impl.h"

#include <stdio.h>

#include <ctype.h>
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

/* The length of the line from t (after its indentation) to le when it is
 * a block indicator alone, "-" glued before it or not (">-", "|", "->-"),
 * with nothing but spaces after it, or 0. */
static size_t indicator_line(const char *t, const char *le)
{
    const char *a = t + (t < le && *t == '-');
    size_t n = block_indicator(a, le);
    if (!n)
        return 0;
    const char *r = a + n;
    while (r < le && (*r == ' ' || *r == '\t' || *r == '\r'))
        r++;
    return r == le ? (size_t)(a + n - t) : 0;
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

void load_joined_tag(char *tag, size_t size, SrcPos at)
{
    /* the file by its name's address (one LoadSource a file): a name may
     * be longer than any tag, and two names alike but for their ends told
     * one file's KH021 as the other's */
    snprintf(tag, size, "joined-key %d %p", at.line, (const void *)at.file);
}

int load_joined_withdraw(DiagSink *diags, const YNode *node)
{
    char tag[LOAD_TAG_SIZE];
    if (!(node->key_bits & YNODE_JOINED))
        return 0;
    for (SrcPos at = node->pos; ++at.line <= node->end.line;) {
        load_joined_tag(tag, sizeof tag, at); /* its line and file */
        if (diag_withdraw_tagged(diags, tag))
            return at.line;
    }
    return 0;
}

const char *load_joined_at(const YNode *node)
{
    if (node->kind != YNODE_SCALAR || !(node->key_bits & YNODE_JOINED))
        return NULL;
    return str_find(node->text, " - ");
}

/* s43msg's largest pair: a line "items:" deleted under a section's title
 * gave the KH021 at the "- clause:" line joined to it ("the document
 * prints ...", of a document never made) and YAML's error at its ':'.
 * s47slips: so too YAML's error at a ': ' in a text joined after the
 * "- >-" (its 'text:' line deleted: binh-trung 444), and at one in a list
 * item indented into the item above ("- Lưu: VT" one space further). */
int load_joined_caused(DiagSink *diags, const LoadJoined *joined, SrcPos mark, const char *problem)
{
    if (!joined->at.line)
        return 0;
    int after = mark.line == joined->end.line && mark.col == joined->end.col &&
                mark.line > joined->at.line; /* the ':' that ended the joined lines */
    if (joined->at.line != mark.line && !after)
        return 0;
    char tag[LOAD_TAG_SIZE];
    load_joined_tag(tag, sizeof tag, joined->at);
    if (!diag_withdraw_tagged(diags, tag))
        return 0;
    if (joined->in_list)
        diag_error(diags, joined->at, joined->span, KH005,
                   "YAML syntax error: this line is joined to the list item above it (line %d): "
                   "indented further than that item's '- ', it is read as more of its text, "
                   "written without quotes, where YAML cannot read it; indent it as the other "
                   "items", joined->above);
    else if (after)
        diag_error(diags, joined->at, joined->span, KH005,
                   "YAML syntax error: this line is joined to the value above it (line %d), "
                   "written without quotes, and YAML cannot read the lines joined so (line %d); "
                   "was the value above meant as a list, or the key line between them ('items:', "
                   "'text:') lost? Restore that line, or unindent this one", joined->above,
                   mark.line);
    else
        diag_error(diags, joined->at, joined->span, KH005,
                   "YAML syntax error: this line is joined to the value above it (line %d), "
                   "written without quotes, and YAML cannot read its key there; was the value "
                   "above meant as a list, or the key line between them ('items:', 'text:') "
                   "lost? Restore that line, or unindent this one", joined->above);
    diag_note(diags, mark, "YAML noticed it here: %s", problem);
    return 1;
}

int load_joined_item(DiagSink *diags, const YNode *node, const YNode *parent, LoadJoined *key)
{
    int in_list = parent && parent->kind == YNODE_SEQ;
    const char *src = loaded_source(node), *end = loaded_source_end(node);
    SrcPos at = node->pos;
    for (const char *nl = memchr(src, '\n', (size_t)(end - src)); nl;) {
        const char *p = nl + 1;
        if (p >= end || ++at.line > node->end.line)
            return 0;
        nl = memchr(p, '\n', (size_t)(end - p));
        const char *le = nl ? nl : end;
        const char *t = p + strspn(p, " \t");
        int cn = 0;
        unsigned c = t < le && load_dash_like(t, le) ? utf8_decode(t, &cn) : 0;
        if (c && !(c >= 0x2010 && c <= 0x2015) && c != 0x2212 && c != 0xFF0D &&
            (in_list || ((int)(t - p) + 1 == node->pos.col && node->pos.line < at.line))) {
            /* "- UBND tỉnh" over "    · Các xã": Word's bullet for the
             * next item's '-', joined to this one ("UBND tỉnh · Các xã",
             * exit 0; s41attack); not a dash, which wrapped prose may
             * begin a line with ("UBND tỉnh" over "– Sở Tài chính") */
            at.col = (int)(t - p) + 1;
            load_nbsp_report(diags, at, t, N_("in place of a list item's '-'"));
            return 1;
        }
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
            char tag[LOAD_TAG_SIZE];
            load_joined_tag(tag, sizeof tag, at);
            diag_tag_last(diags, tag);
            *key = (LoadJoined){at, shown, node->pos.line, node->end, 0};
            ((YNode *)node)->key_bits |= YNODE_JOINED; /* the loader's own tree */
            return 1;
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
            return 1;
        }
        if (in_list) {
            diag_warning(diags, at, 1, KH021,
                         "this line is joined to the list item above it (line %d): indented "
                         "further than that item's '- ', '%.*s' is read as more of its text "
                         "and printed in it, not as an item of its own; indent it as the "
                         "other items", node->pos.line, (int)line_len, t);
            char tag[LOAD_TAG_SIZE];
            load_joined_tag(tag, sizeof tag, at);
            diag_tag_last(diags, tag);
            *key = (LoadJoined){at, 1, node->pos.line, node->end, 1};
            ((YNode *)node)->key_bits |= YNODE_JOINED; /* the loader's own tree */
            return 1;
        }
    }
    return 0;
}

void load_indicator_lines(DiagSink *diags, const YNode *node)
{
    const char *src = loaded_source(node), *end = loaded_source_end(node);
    const char *fe = memchr(src, '\n', (size_t)(end - src));
    size_t n = node->style == YSTYLE_PLAIN && *src == '-' ? indicator_line(src, fe ? fe : end) : 0;
    if (n) { /* "- ->-" over its text: the item's own "- >-" lost its space */
        diag_warning(diags, node->pos, (int)n, KH021,
                     "this value begins with '%.*s', a list item's '- %.*s' with its space lost: "
                     "YAML reads '%.*s' and the lines under it as one text written without "
                     "quotes, and the document prints '%.*s' in it; write '- %.*s'",
                     (int)n, src, (int)n - 1, src + 1, (int)n, src, (int)n, src, (int)n - 1,
                     src + 1);
        return;
    }
    SrcPos at = node->pos;
    int indent = -1; /* a block text's lines: as indented as its first */
    for (const char *nl = fe; nl;) {
        const char *p = nl + 1;
        if (p >= end || ++at.line > node->end.line)
            return;
        nl = memchr(p, '\n', (size_t)(end - p));
        const char *le = nl ? nl : end;
        const char *t = p + strspn(p, " ");
        if (t >= le || *t == '\r')
            continue;
        if (indent < 0)
            indent = (int)(t - p);
        if (node->style == YSTYLE_BLOCK && (int)(t - p) < indent)
            return; /* past the text (its end mark is on the next key's line) */
        n = indicator_line(t, le);
        if (!n)
            continue;
        at.col = (int)(t - p) + 1;
        const char *ind = t + (*t == '-'); /* the indicator, without a glued '-' */
        int ni = (int)(n - (size_t)(ind - t));
        if (node->style == YSTYLE_BLOCK)
            diag_warning(diags, at, (int)n, KH019,
                         "'%.*s' is a line of the text above it (line %d), so the document "
                         "prints '%.*s' in that text and the lines under it as more of it: is it "
                         "the '- %.*s' of the next item of a list of texts, its '-' or its space "
                         "lost? Write '- %.*s', indented as the '- ' of the item above",
                         (int)n, t, node->pos.line, (int)n, t, ni, ind, ni, ind);
        else
            diag_warning(diags, at, (int)n, KH021,
                         "this line, '%.*s', is joined to the value above it (line %d), written "
                         "without quotes, so the document prints '%.*s' in its text and the lines "
                         "under it as more of it: is it the '- %.*s' of the next item of a list, "
                         "its '-' or its space lost? Write '- %.*s', indented as the '- ' of the "
                         "item above",
                         (int)n, t, node->pos.line, (int)n, t, ni, ind, ni, ind);
        return;
    }
}

int load_dash_glued(DiagSink *diags, const YNode *node, const char *text, const char *s,
                    const char *end)
{
    if (s + 1 >= end || s[0] != '-' ||
        !(isalpha((unsigned char)s[1]) || (unsigned char)s[1] >= 0xC0))
        return 0; /* "-5", "--", "- x" */
    const char *b = s;
    while (b > text && b[-1] == ' ')
        b--;
    if (b > text && b[-1] != '\n')
        return 0; /* after "key: " or "- ": not where a list item's '-' stands */
    const char *le = memchr(s, '\n', (size_t)(end - s));
    size_t n = (size_t)((le ? le : end) - s);
    /* the value's words on its line: not a comment after them (" # ..."),
     * nor the blanks before it or a CR: "YAML reads '-ỦY BAN NHÂN DÂN   #
     * issuing body ...'" quoted README's comment as the text (s38mut) */
    for (size_t k = 1; k < n; k++)
        if (s[k] == '#' && (s[k - 1] == ' ' || s[k - 1] == '\t')) {
            n = k;
            break;
        }
    while (n > 2 && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r'))
        n--;
    if (n > 60) {
        n = 60;
        while (n > 1 && ((unsigned char)s[n] & 0xC0) == 0x80)
            n--; /* not inside a character */
    }
    diag_warning(diags, node->pos, 1, KH028,
                 "this text begins with a '-' glued to its first word, a list item's '- ' with "
                 "its space lost: YAML reads '%.*s' as a text, and the document prints its "
                 "'-'; write '- %.*s' (a space after the '-'), or quote the text if the '-' is "
                 "meant",
                 (int)n, s, (int)n - 1, s + 1);
    return 1;
}
