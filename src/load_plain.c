/* load_plain.c - what the line of a value written without quotes shows it
 * lost: its opening quote or bracket (KH022), or the words after a '#'
 * that YAML read as a comment (KH023), or the whole value, when it begins
 * with '#' (KH023 too: "bullet: #5 ..." is empty).
 *
 * A plain value ends where its quotes would have kept it going: at a
 * closer it never opened ('issuer: ỦY BAN, HUYỆN A]', its '[' lost) the
 * closer is printed; at " #" the rest of the line is a YAML comment,
 * never printed ("bullet: Đạt tiêu chí #5 và 100% hộ" prints "Đạt tiêu
 * chí": attack s10 F6). A comment is "# " with a space; a '#' followed by a
 * letter or a digit after a value on its line is taken for lost words.
 * The loader calls load_plain_value() on each plain value that is not a
 * key; each check looks at the value's last byte or at the bytes after it
 * up to the '#', so loading stays linear. Below a value (plain or block)
 * the first line with text is looked at too: "#5 dòng hai" indented where
 * the value's next line would stand is a comment YAML cut from it. Only in
 * a file that has a " #" and a word at all (load_hash_words): other files
 * pay nothing per value.
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

/* The comment a '#' starts after the value that ends at end (a byte of
 * text[0..len)): spaces or tabs, then '#' and a letter or digit, on the
 * same line. 1 with *at its '#' and *n its length to the end of the line
 * (a '\r' before the '\n' left out); 0 if there is none. */
static int comment_after(const char *text, size_t len, size_t end, size_t *at, size_t *n)
{
    size_t i = end;
    while (i < len && (text[i] == ' ' || text[i] == '\t'))
        i++;
    if (i == end || i >= len || !hash_word_at(text, len, i))
        return 0;
    const char *eol = memchr(text + i, '\n', len - i);
    *n = eol ? (size_t)(eol - text) - i : len - i;
    if (*n && text[i + *n - 1] == '\r')
        (*n)--;
    *at = i;
    return 1;
}

/* KH023 (see above): the value ends at end (a byte of text[0..len), len
 * when not known); a space or tab, then '#' and a letter or digit, on the
 * same line. */
static void lost_comment(DiagSink *diags, const YNode *node, const char *text, size_t len,
                         size_t end)
{
    size_t at, n;
    if (!comment_after(text, len, end, &at, &n))
        return;
    SrcPos pos = node->pos;
    pos.line = node->end.line;
    pos.col = node->end.col + (int)(at - end); /* spaces and tabs: one column each */
    diag_warning(diags, pos, 1, KH023,
                 "'%.*s' after this value is a YAML comment, not printed: the value ends "
                 "before it. Put the whole value in quotes if these words belong to it; a "
                 "comment is written '# ' with a space",
                 (int)n, text + at);
}

/* KH023 on the line below the value (s10attack L7, session 11's
 * leftover): YAML ends a value written over several lines at a line whose
 * first character is '#', so "text: Dòng một" over "  #5 dòng hai" prints
 * "Dòng một". Past the rest of the value's last line and blank lines, the
 * first line with text is looked at: a '#' and a letter or a digit,
 * indented deeper than indent (the owner's column: that of the key, or of
 * the list's '-'), where the value's next line would have stood. A
 * comment at the key's own column or less is the file's. */
static void lost_comment_line(DiagSink *diags, const YNode *node, const char *text, size_t len,
                              size_t end, int indent)
{
    const char *eol = memchr(text + end, '\n', len - end);
    int line = node->end.line;
    if (node->style == YSTYLE_BLOCK) {
        /* a block value ends at the start of the line after its text
         * (its indentation passed, trailing blank lines in it) */
        size_t start = end;
        while (start > 0 && text[start - 1] != '\n')
            start--;
        eol = start > 0 ? text + start - 1 : NULL;
        line--;
    }
    while (eol) {
        size_t at = (size_t)(eol - text) + 1, start = at;
        line++;
        while (at < len && text[at] == ' ')
            at++;
        size_t blank = at;
        while (blank < len && (text[blank] == ' ' || text[blank] == '\t' || text[blank] == '\r'))
            blank++;
        if (blank < len && text[blank] == '\n') {
            eol = text + blank; /* a blank line: the value may go on below it */
            continue;
        }
        if (at - start <= (size_t)indent || !hash_word_at(text, len, at))
            return;
        const char *stop = memchr(text + at, '\n', len - at);
        size_t n = stop ? (size_t)(stop - text) - at : len - at;
        if (n && text[at + n - 1] == '\r')
            n--;
        SrcPos pos = node->pos;
        pos.line = line;
        pos.col = (int)(at - start) + 1;
        diag_warning(diags, pos, 1, KH023,
                     "'%.*s' under this value is a YAML comment, not printed: a line that "
                     "starts with '#' ends a value written without quotes over several lines, "
                     "and a block value ('>-', '|') where it is less indented than the block's "
                     "text. If these words belong to the value, put the whole value in quotes "
                     "or indent the line as the block's text; a comment is written '# ' with a "
                     "space",
                     (int)n, text + at);
        return;
    }
}

/* KH023 for a value that is all comment: "bullet: #5 xã đạt chuẩn" is an
 * empty value (then KH107 "'bullet' is empty"), since a '#' after the
 * ': ' starts a comment even as the value's first character. At the '#',
 * with the value to write in quotes. */
static void lost_whole(DiagSink *diags, const YNode *node, const char *text, size_t len,
                       size_t end)
{
    size_t at, n;
    if (!comment_after(text, len, end, &at, &n))
        return;
    SrcPos pos = node->pos;
    pos.col += (int)(at - end);
    diag_warning(diags, pos, 1, KH023,
                 "'%.*s' is a YAML comment, not this value: a '#' after a space starts a "
                 "comment even as a value's first character, so the value is empty. Write "
                 "the value in quotes: \"%.*s\"",
                 (int)n, text + at, (int)n, text + at);
}

void load_plain_value(DiagSink *diags, const YNode *node, const char *text, size_t len,
                      size_t end, int indent)
{
    if (node->len == 0 && node->style == YSTYLE_PLAIN && end < len)
        lost_whole(diags, node, text, len, end);
    if (node->len > 1 && node->style == YSTYLE_PLAIN)
        lost_opener(diags, node);
    if (node->len > 0 && node->style == YSTYLE_PLAIN)
        lost_comment(diags, node, text, len, end);
    if (indent >= 0 && end < len)
        lost_comment_line(diags, node, text, len, end, indent);
}
