/* load_plain.c - what the line of a value written without quotes shows it
 * lost: its opening quote or bracket (KH022), or the words after a '#'
 * that YAML read as a comment (KH023).
 *
 * A plain value ends where its quotes would have kept it going: at a
 * closer it never opened ('issuer: ỦY BAN, HUYỆN A]', its '[' lost) the
 * closer is printed; at " #" the rest of the line is a YAML comment,
 * never printed ("bullet: Đạt tiêu chí #5 và 100% hộ" prints "Đạt tiêu
 * chí": attack s10 F6). A comment is "# " with a space; a '#' followed by a
 * letter or a digit after a value on its line is taken for lost words.
 * The loader calls load_plain_value() on each plain value that is not a
 * key; each check looks at the value's last byte or at the bytes after it
 * up to the '#', so loading stays linear.
 */
#include "load_impl.h"

#include <string.h>

#include "i18n.h"

/* KH022 (see above): at the closer, the value's last byte. */
static void lost_opener(DiagSink *diags, const YNode *node)
{
    char last = node->text[node->len - 1];
    char open = last == ']' ? '[' : last;
    if (last != '"' && last != '\'' && last != ']')
        return;
    if (memchr(node->text, open, node->len - 1))
        return; /* "a 'b'", "[x] y]": opened in it */
    SrcPos at = node->pos;
    at.line = node->end.line;
    at.col = node->end.col - 1; /* the closer is the value's last byte, ASCII */
    diag_warning(diags, at, 1, KH022,
                 "this value ends with '%c' but does not start with '%c': its opening '%c' is "
                 "lost, so the value is read as text and the '%c' is printed; put the '%c' back "
                 "at its start, or write the value in quotes",
                 last, open, open, last, open);
}

/* A '#' followed by a letter or a digit after a space or a tab, as
 * lost_comment looks for: where the text has none (most plans), the
 * loader needs no value's end. */
static int hash_word_at(const char *text, size_t len, size_t at)
{
    unsigned char next = at + 1 < len ? (unsigned char)text[at + 1] : 0;
    return text[at] == '#' && at > 0 && (text[at - 1] == ' ' || text[at - 1] == '\t') &&
           ((next >= '0' && next <= '9') || (next >= 'a' && next <= 'z') ||
            (next >= 'A' && next <= 'Z') || next >= 0x80);
}

int load_hash_words(const char *text, size_t len)
{
    for (size_t at = 0; at < len; at++) {
        const char *p = memchr(text + at, '#', len - at);
        if (!p)
            break;
        at = (size_t)(p - text);
        if (hash_word_at(text, len, at))
            return 1;
    }
    return 0;
}

/* KH023 (see above): the value ends at end (a byte of text[0..len), len
 * when not known); a space or tab, then '#' and a letter or digit, on the
 * same line. */
static void lost_comment(DiagSink *diags, const YNode *node, const char *text, size_t len,
                         size_t end)
{
    size_t at = end;
    while (at < len && (text[at] == ' ' || text[at] == '\t'))
        at++;
    if (at == end || at >= len || !hash_word_at(text, len, at))
        return;
    const char *eol = memchr(text + at, '\n', len - at);
    size_t n = eol ? (size_t)(eol - text) - at : len - at;
    SrcPos pos = node->pos;
    pos.line = node->end.line;
    pos.col = node->end.col + (int)(at - end); /* spaces and tabs: one column each */
    diag_warning(diags, pos, 1, KH023,
                 "'%.*s' after this value is a YAML comment, not printed: the value ends "
                 "before it. Put the whole value in quotes if these words belong to it; a "
                 "comment is written '# ' with a space",
                 (int)n, text + at);
}

void load_plain_value(DiagSink *diags, const YNode *node, const char *text, size_t len,
                      size_t end)
{
    if (node->len > 1)
        lost_opener(diags, node);
    if (node->len > 0)
        lost_comment(diags, node, text, len, end);
}
