/* load_indent.c - the hint for a YAML syntax error that is a line
 * indented unlike its neighbours, a quote left open, or Word's quotes.
 *
 * libyaml notices a misplaced line where the structure it reads breaks,
 * and load_hint.c's words for it ("check that this line is indented like
 * the keys above it") told a drafter to do what the line already did when
 * it stood at the other column of the two a plan uses: a task's key at the
 * column of its list's '-', a list item at the column of the keys above
 * it. Here the lines around the error are measured, and the hint says how
 * far this line is indented against the lines it should align with, and
 * which line is the odd one: a key moved to the left margin under
 * `header:` is noticed on the next line, which is right. A double quote
 * opened and not closed on its line is noticed lines below, at the next
 * '"': the error is moved to the quote that opened it, where the fix goes;
 * so is a list's item that lost its '- ' and is noticed at the next item. A value in Word's curly
 * quotes (“...”) is told that YAML's quotes are the straight ones.
 * Reached once per file, at its one syntax error. Lines end with LF
 * alone: the loader made each CR LF and lone CR one (load_copy_source)
 * before libyaml read the text, so no CR is looked for (the checks for
 * one here could never be reached; asserted in load_indent_hint).
 */
#include "load_impl.h"

#include <assert.h>
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "i18n.h"

/* "1 space", "4 spaces": a count of spaces in the hints below, in the
 * singular for one ("indented 1 spaces": s40imp); one of two buffers in
 * turn, so that a hint may say two counts. */
static const char *spaces(size_t n)
{
    static char said[2][64];
    static int turn;
    turn ^= 1;
    snprintf(said[turn], sizeof said[turn], i18n_ntr("%zu space", "%zu spaces", n), n);
    return said[turn];
}

/* The start of the line holding byte at. */
static size_t line_start(const char *text, size_t at)
{
    while (at > 0 && text[at - 1] != '\n')
        at--;
    return at;
}

/* The end of the line that starts at bol. */
static size_t line_end(const char *text, size_t len, size_t bol)
{
    while (bol < len && text[bol] != '\n')
        bol++;
    return bol;
}

/* The column of a line's first key or value: its spaces and "- " markers
 * skipped ("  - task: x" -> 4). */
static size_t key_col(const char *text, size_t len, size_t bol)
{
    size_t i = bol;
    for (;;) {
        while (i < len && text[i] == ' ')
            i++;
        if (i + 1 < len && text[i] == '-' && text[i + 1] == ' ')
            i++;
        else
            return i - bol;
    }
}

/* The length of the key at byte at: a word of letters, digits, '_' and
 * '-' followed by ':' and a space or the line's end; 0 when there is none. */
static size_t key_len(const char *text, size_t len, size_t at)
{
    size_t i = at;
    while (i < len && (isalnum((unsigned char)text[i]) || text[i] == '_' || text[i] == '-'))
        i++;
    if (i == at || i >= len || text[i] != ':')
        return 0;
    if (i + 1 < len && text[i + 1] != ' ' && text[i + 1] != '\n')
        return 0;
    return i - at;
}

/* Whether the line that starts at bol ends with ':' (a key with nothing
 * after it), its trailing spaces and a comment after it aside ("header:
 * # ...": session 22's sweep, where the group's first key went unnamed). */
static int ends_with_colon(const char *text, size_t len, size_t bol)
{
    size_t end = line_end(text, len, bol);
    for (size_t i = bol + 1; i < end; i++)
        if (text[i] == '#' && (text[i - 1] == ' ' || text[i - 1] == '\t')) {
            end = i; /* a comment: what comes before it */
            break;
        }
    while (end > bol && (text[end - 1] == ' ' || text[end - 1] == '\t'))
        end--;
    return end > bol && text[end - 1] == ':';
}

/* The column of a line's first character that is not a space. */
static size_t indent_of(const char *text, size_t len, size_t bol)
{
    size_t i = bol;
    while (i < len && text[i] == ' ')
        i++;
    return i - bol;
}

/* The start of the nearest line above the one at bol that holds more than
 * spaces and a comment, or (size_t)-1. */
static size_t prev_line(const char *text, size_t len, size_t bol)
{
    while (bol > 0) {
        size_t end = bol - 1; /* its line break */
        size_t start = line_start(text, end);
        size_t first = start + indent_of(text, len, start);
        if (first < end && text[first] != '#')
            return start;
        bol = start;
    }
    return (size_t)-1;
}

/* The 1-based number of the line starting at bol. */
static size_t line_number(const char *text, size_t bol)
{
    size_t n = 1;
    for (size_t i = 0; i < bol; i++)
        if (text[i] == '\n')
            n++;
    return n;
}

/* A '"' just before at closes a value opened lines above: the byte of
 * the quote that opened it, or (size_t)-1. A value in double quotes holds
 * no '"' but an escaped one, so the opening quote is the nearest '"'
 * before the closing one that no backslash escapes (a backslash escaped
 * itself, "\\", escapes nothing): exact however many lines YAML read into
 * the value, which the count of quotes on each line above was not (a quote
 * in a comment between, a value opened 200 lines up; s17slip). */
static size_t open_quote_at(const char *text, size_t bol, size_t at)
{
    size_t close = at;
    while (close > bol && (text[close - 1] == ' ' || text[close - 1] == '\t'))
        close--;
    if (close == bol || (text[close - 1] != '"' && text[close - 1] != '\''))
        return (size_t)-1;
    char q = text[--close];
    for (size_t i = close; i-- > 0;) {
        if (text[i] != q)
            continue;
        if (q == '\'') { /* '' is a quote inside '...' */
            if (i > 0 && text[i - 1] == '\'') {
                i--;
                continue;
            }
            return i < bol ? i : (size_t)-1;
        }
        size_t slashes = 0;
        while (slashes < i && text[i - 1 - slashes] == '\\')
            slashes++;
        if (slashes % 2 == 0)
            return i < bol ? i : (size_t)-1; /* opened on a line above */
    }
    return (size_t)-1;
}

/* The hint for a value in double quotes opened at byte open and closed on
 * the line of the problem (bol): the error stands at the opening quote,
 * where the fix goes, as gcc reports an unterminated string. */
static void open_quote_hint(Buf *out, const char *text, size_t len, size_t open, size_t bol)
{
    size_t e = line_end(text, len, open);
    while (e > open && (text[e - 1] == ' ' || text[e - 1] == '\t'))
        e--;
    if (text[open] == '\'') /* Excel's text mark, `year: '2024` (s39slip) */
        buf_printf(out, _("the ' that opens this value is not closed on its line: YAML read the "
                          "lines below into the value, up to the ' on line %zu (an apostrophe "
                          "there); close it on this line, or delete it if it is not meant (a "
                          "spreadsheet's mark of a text)"),
                   line_number(text, bol));
    else if (e >= open + 4 && memcmp(text + e - 3, "\u201d", 3) == 0) /* "Thủ tướng” (s38slip) */
        buf_printf(out, _("the '\"' that opens this value is closed with \u201d, Word's curly "
                          "quote, which YAML does not read as its quote: YAML read the lines "
                          "below into the value, up to the '\"' on line %zu; type the closing "
                          "quote as '\"'"),
                   line_number(text, bol));
    else
        buf_printf(out, _("the '\"' that opens this value is not closed on its line: YAML read "
                          "the lines below into the value, up to the '\"' on line %zu; close it "
                          "on this line"),
                   line_number(text, bol));
}

/* A quote with no other after it, or a '{' or '[' not closed on its line:
 * the hint, and *fix_at the byte that opened it; 0 when neither. */
static int never_closed_hint(Buf *out, const char *problem, const char *text, size_t len,
                             size_t at, size_t context_at, int has_context, size_t *fix_at)
{
    if (has_context && context_at < len && (text[context_at] == '"' || text[context_at] == '\'') &&
        strcmp(problem, "found unexpected end of stream") == 0) {
        /* a quote with no other after it: the file's end is where YAML
         * noticed, the line to fix is the one it opened on (s14user), where
         * the error stands (s17slip); but a '"' right after a '"' that
         * closes a value opened lines above (`task: "` over the lines down
         * to a `task: ""`, whose first quote closed it and whose second
         * opened one to the file's end) was opened by the quote left open
         * up there, the line to fix (s21slip) */
        size_t open = text[context_at] == '"'
                          ? open_quote_at(text, line_start(text, context_at), context_at)
                          : (size_t)-1;
        if (open != (size_t)-1) {
            open_quote_hint(out, text, len, open, line_start(text, context_at));
            *fix_at = open;
            return 1;
        }
        size_t e = line_end(text, len, context_at);
        while (e > context_at && (text[e - 1] == ' ' || text[e - 1] == '\t'))
            e--;
        if (text[context_at] == '"' && e >= context_at + 4 &&
            memcmp(text + e - 3, "\u201d", 3) == 0) /* s38slip L9 */
            buf_puts(out, _("the '\"' that opens this value is closed with \u201d, Word's curly "
                            "quote, which YAML does not read as its quote: YAML read the rest of "
                            "the file into the value; type the closing quote as '\"'"));
        else if (text[context_at] == '"')
            buf_puts(out, _("the '\"' that opens this value is never closed: YAML read the rest "
                            "of the file into the value. Close it at the end of the value, on "
                            "this line if the value is on one line"));
        else
            buf_puts(out, _("the ' that opens this value is never closed: YAML read the rest of "
                            "the file into the value. Close it at the end of the value, on this "
                            "line if the value is on one line"));
        *fix_at = context_at;
        return 1;
    }
    if (has_context && context_at < len && (text[context_at] == '{' || text[context_at] == '[') &&
        (strcmp(problem, "did not find expected ',' or '}'") == 0 ||
         strcmp(problem, "did not find expected ',' or ']'") == 0) &&
        (at >= len || (line_start(text, at) > line_start(text, context_at) &&
                       open_quote_at(text, line_start(text, at), at) == (size_t)-1))) {
        /* a '{' or '[' not closed on its line: YAML reads on, and notices
         * at the file's end or at the next entry of the block, a line not
         * indented further than the bracket's; the line to fix is the
         * bracket's (the one-line slips sweep, s17slip: "rows: {from: ..."
         * cut in half was reported at the empty line after it). at is a
         * token's first character, never a blank, or the file's end
         * (s19mut: the blanks once skipped after it were never there) */
        if (at >= len || indent_of(text, len, line_start(text, at)) <=
                             indent_of(text, len, line_start(text, context_at))) {
            if (text[context_at] == '{')
                buf_puts(out, _("a '{' mapping is not closed, or two of its entries lack a ',' "
                                "between them: add the '}' or the ','"));
            else
                buf_puts(out, _("a '[' list is not closed, or two of its items lack a ',' between "
                                "them: add the ']' or the ','"));
            *fix_at = context_at;
            return 1;
        }
    }
    return 0;
}

/* The byte of the first '{' or '[' the line at bol opens and does not
 * close (quotes and a comment skipped), or (size_t)-1. */
static size_t unclosed_bracket(const char *text, size_t len, size_t bol)
{
    size_t eol = line_end(text, len, bol), open[8], depth = 0;
    char quote = 0;
    for (size_t i = bol; i < eol; i++) {
        char c = text[i];
        if (quote) {
            if (c == quote && !(quote == '"' && i > bol && text[i - 1] == '\\'))
                quote = 0;
        } else if ((c == '"' || c == '\'') && (depth || i == bol || text[i - 1] == ' ')) {
            quote = c;
        } else if (c == '#' && i > bol && text[i - 1] == ' ') {
            break;
        } else if (c == '{' || c == '[') {
            if (depth < sizeof open / sizeof *open)
                open[depth] = i;
            depth++;
        } else if ((c == '}' || c == ']') && depth) {
            depth--;
        }
    }
    return depth && depth <= sizeof open / sizeof *open ? open[0] : (size_t)-1;
}

/* "did not find expected node content" with no context: a '{' or '['
 * opened on one of the three lines with text above this one (bol) and
 * not closed there, YAML reading on into it (a line's "{id: x, name: y}"
 * cut in half, "- {id: ubnd-cac-xa,": the key under it is read as the
 * mapping's and the next '-' stops it; session 20, reported at that '-'
 * three lines below). The hint, and *fix_at the bracket; 0 when not so. */
static int flow_open_hint(Buf *out, const char *text, size_t len, size_t bol, size_t *fix_at)
{
    size_t up = bol;
    for (int k = 0; k < 3; k++) {
        up = prev_line(text, len, up);
        if (up == (size_t)-1)
            return 0;
        size_t open = unclosed_bracket(text, len, up);
        if (open == (size_t)-1)
            continue;
        if (text[open] == '{')
            buf_puts(out, _("the '{' mapping opened on this line is not closed on it: YAML read "
                            "the lines under it into the mapping; close it with '}'"));
        else
            buf_puts(out, _("the '[' list opened on this line is not closed on it: YAML read the "
                            "lines under it into the list; close it with ']'"));
        *fix_at = open;
        return 1;
    }
    return 0;
}

/* A list's first item that lost its '- ' and is a text ('>-' and its
 * lines, or a plain line, which YAML joins to the '- ' items under it up
 * to a ': ') under a key with nothing after it ('text:', 'columns:'):
 * noticed at the next item, the line starting at bol, its '-' at column
 * ind. The hint, and *fix_at the line that lost it; 0 when not so. */
static int lost_dash_text_hint(Buf *out, const char *problem, const char *text, size_t len,
                               size_t bol, size_t ind, size_t *fix_at)
{
    if (strcmp(problem, "did not find expected key") != 0 &&
        strcmp(problem, "mapping values are not allowed in this context") != 0)
        return 0;
    size_t up = prev_line(text, len, bol);
    while (up != (size_t)-1 && (indent_of(text, len, up) > ind ||
                                (indent_of(text, len, up) == ind && text[up + ind] == '-')))
        up = prev_line(text, len, up);
    size_t above = up == (size_t)-1 ? up : prev_line(text, len, up);
    if (above != (size_t)-1 && indent_of(text, len, up) == ind && text[up + ind] != '-' &&
        !key_len(text, len, up + ind) && indent_of(text, len, above) < ind &&
        ends_with_colon(text, len, above)) {
        buf_printf(out, _("this line lost its list item's '- ': the item on line %zu, at "
                          "the same column, is of the same list; write '- ' before this "
                          "line's value"),
                   line_number(text, bol));
        *fix_at = up + ind;
        return 1;
    }
    return 0;
}

/* A list's first item whose '- ' became two spaces (a mapping: "body:"
 * over "    section: A" and its keys, then "  - section: B"): YAML reads
 * the first item as a mapping, and notices at the next item, the line at
 * bol, its '-' at column ind, lines below (s37slip: 40 to 68 lines, the
 * first item's whole text). The hint, and *fix_at where that '-' goes;
 * 0 when not so. */
static int lost_dash_spaces_hint(Buf *out, const char *problem, const char *text, size_t len,
                                 size_t bol, size_t ind, size_t *fix_at)
{
    if (strcmp(problem, "did not find expected key") != 0)
        return 0;
    size_t up = prev_line(text, len, bol), top = (size_t)-1;
    while (up != (size_t)-1 && (indent_of(text, len, up) > ind ||
                                line_end(text, len, up) == up + indent_of(text, len, up))) {
        if (line_end(text, len, up) != up + indent_of(text, len, up))
            top = up; /* blank lines passed over */
        up = prev_line(text, len, up);
    }
    if (top == (size_t)-1 || up == (size_t)-1 || indent_of(text, len, up) >= ind ||
        !ends_with_colon(text, len, up) || indent_of(text, len, top) != ind + 2 ||
        text[top + ind + 2] == '-' || !key_len(text, len, top + ind + 2) ||
        !key_len(text, len, bol + ind + 2))
        return 0;
    buf_printf(out, _("this line lost its list item's '- ': the item on line %zu is of the same "
                      "list, its '-' two spaces left of this line's key; write '- ' in place of "
                      "the two spaces before the key"),
               line_number(text, bol));
    *fix_at = top + ind;
    return 1;
}

/* The line after the one at bol that stands at its column ind and goes on
 * its group: a list's item (items: it begins with '-') or a key (else),
 * blank lines and comments passed over; (size_t)-1 when a line indented
 * less, or one at that column that is no such line, comes first, or the
 * file ends. The one scan for first_item_hint and first_key_hint. */
static size_t next_of_group(const char *text, size_t len, size_t bol, size_t ind, int items)
{
    for (size_t b = line_end(text, len, bol); b < len;) {
        while (b < len && text[b] == '\n')
            b++;
        size_t e = line_end(text, len, b), u = indent_of(text, len, b);
        if (b + u < e && text[b + u] != '#') {
            if (u < ind)
                break;
            if (u == ind)
                return (items ? text[b + u] == '-' : key_len(text, len, b + u) != 0) ? b
                                                                                       : (size_t)-1;
        }
        b = e;
    }
    return (size_t)-1;
}

/* Whether the first line of a group (a list's first item, a group's first
 * key, at column first_ind) is the one indented off, YAML having noticed
 * at the second (column ind), under a line at column up_ind: with a third
 * line at the second's column (third), the first is; with two, no file
 * says which, but the plan's step of two spaces does: the first when the
 * second stands two spaces right of the line above them and the first
 * does not. The one rule for first_item_hint and first_key_hint. */
static int first_is_odd(size_t up_ind, size_t first_ind, size_t ind, int third)
{
    return third || (ind == up_ind + 2 && first_ind != up_ind + 2);
}

/* A list's first item indented one or two spaces further than the items
 * after it, under a key with nothing after it: YAML notices at the second
 * item (the line at bol, its '-' at column ind). When a third item stands
 * at the second's column, the first is the odd one: the hint, and *fix_at
 * its '-' (the one-line slips sweep, s17slip); with two items, which one is
 * odd no file says but the plan's step of two spaces (first_is_odd), as for a group's
 * keys (first_key_hint): the first when the second stands two spaces right
 * of the key above them and the first does not (session 21: a task's
 * `text:` over two `- >-` paragraphs, the first moved one space, was
 * reported at the second); else 0. */
static int first_item_hint(Buf *out, const char *problem, const char *text, size_t len,
                           size_t bol, size_t ind, size_t *fix_at)
{
    if (strcmp(problem, "did not find expected key") != 0)
        return 0;
    size_t up = prev_line(text, len, bol), item = (size_t)-1;
    while (up != (size_t)-1 && indent_of(text, len, up) > ind) {
        size_t u = indent_of(text, len, up);
        if (u <= ind + 2 && text[up + u] == '-')
            item = up;
        up = prev_line(text, len, up);
    }
    size_t next = next_of_group(text, len, bol, ind, 1); /* a third item */
    if (item == (size_t)-1 || up == (size_t)-1 || indent_of(text, len, up) >= ind ||
        !ends_with_colon(text, len, up))
        return 0;
    size_t item_ind = indent_of(text, len, item), up_ind = indent_of(text, len, up);
    if (!first_is_odd(up_ind, item_ind, ind, next != (size_t)-1))
        return 0; /* two items, the later off the plan's two-space step: its own error */
    if (next == (size_t)-1)
        buf_printf(out, _("this list's first item is indented %s, the item after it "
                          "(line %zu) %zu, two more than the line above them: indent it as "
                          "that item is"),
                   spaces(item_ind), line_number(text, bol), ind);
    else
        buf_printf(out, _("this list's first item is indented %s, its next items "
                          "(lines %zu and %zu) %zu: indent it as they are"),
                   spaces(item_ind), line_number(text, bol), line_number(text, next), ind);
    *fix_at = item + item_ind;
    return 1;
}

/* The same for a group of keys: "header:" over its first key indented one
 * space further than the keys under it (the line at bol, at column ind,
 * where YAML noticed, "did not find expected key": the group ended at the
 * first key's column), the first key the only line at its column. When a
 * third key stands at this one's, the first is the odd one: the hint,
 * and *fix_at that key (session 20: the imported seeds' `issuer:` under
 * `header:`, reported three lines below at `number:`, which was right);
 * with two keys, which one is odd no file says but the plan's step of two
 * spaces: the first when the second stands two spaces right of the key
 * above them and the first does not; else 0, the second keeps its error
 * (a later key indented less, slips2.sh). */
static int first_key_hint(Buf *out, const char *text, size_t len, size_t bol, size_t ind,
                          size_t *fix_at)
{
    size_t up = prev_line(text, len, bol), key = (size_t)-1;
    while (up != (size_t)-1 && indent_of(text, len, up) > ind) {
        key = up;
        up = prev_line(text, len, up);
    }
    if (key == (size_t)-1 || up == (size_t)-1 || indent_of(text, len, up) >= ind ||
        !ends_with_colon(text, len, up))
        return 0;
    size_t key_ind = indent_of(text, len, key);
    if (text[key + key_ind] == '-' || !key_len(text, len, key + key_ind))
        return 0;
    /* the lines between are the first key's own (deeper, or its list's '-') */
    for (size_t b = line_end(text, len, key) + 1; b < bol; b = line_end(text, len, b) + 1) {
        size_t e = line_end(text, len, b), u = indent_of(text, len, b);
        if (b + u < e && text[b + u] != '#' && u <= key_ind &&
            !(u == key_ind && text[b + u] == '-'))
            return 0;
    }
    size_t next = next_of_group(text, len, bol, ind, 0); /* a third key */
    size_t up_ind = indent_of(text, len, up);
    if (!first_is_odd(up_ind, key_ind, ind, next != (size_t)-1))
        return 0; /* two keys, the later off the plan's two-space step: its own error */
    if (next == (size_t)-1)
        buf_printf(out, _("this group's first key is indented %s, the key after it "
                          "(line %zu) %zu, two more than the line above them: indent it as "
                          "that key is"),
                   spaces(key_ind), line_number(text, bol), ind);
    else
        buf_printf(out, _("this group's first key is indented %s, its next keys (lines "
                          "%zu and %zu) %zu: indent it as they are"),
                   spaces(key_ind), line_number(text, bol), line_number(text, next), ind);
    *fix_at = key + key_ind;
    return 1;
}

/* "- clause: >-" cut to "- clau": a list item whose key lost its ':', read
 * with the text under it as one value up to the item's next key, the key
 * at column col of the line at bol that YAML noticed. The hint, and
 * *fix_at the item; 0 when not so (the one-line slips sweep, s17slip). */
static int item_key_cut_hint(Buf *out, const char *text, size_t len, size_t bol, size_t col,
                             size_t *fix_at)
{
    size_t item = prev_line(text, len, bol); /* the line above at this key's column */
    while (item != (size_t)-1 && key_col(text, len, item) > col)
        item = prev_line(text, len, item);
    if (item != (size_t)-1 && item != prev_line(text, len, bol) &&
        key_col(text, len, item) == col && indent_of(text, len, item) + 2 == col &&
        text[item + col - 2] == '-' && !key_len(text, len, item + col) &&
        !memchr(text + item + col, ':', line_end(text, len, item) - item - col)) {
        buf_printf(out, _("the list item on this line has no ':' after its first word: YAML "
                          "read it and the lines under it as one text, up to the key on "
                          "line %zu; write its key and ':' ('- clause: ...'), or quote the "
                          "text"),
                   line_number(text, bol));
        *fix_at = item + col;
        return 1;
    }
    return 0;
}

/* The same cut ("- bullet: >-" cut to "- bull") above a text that holds a
 * ': ' inside a line: YAML joins the text's lines to the word and notices
 * at that ': ', on the line at bol, lines under the cut (session 21: "năm
 * {year}: {loc ...}" four lines below, reported there). The nearest line
 * above indented less than this one is the item: "- " and one word of
 * small ASCII letters, three at least, alone on its line. The hint, and
 * *fix_at the word; 0 when not so. */
static int item_cut_above_hint(Buf *out, const char *text, size_t len, size_t bol,
                               size_t *fix_at)
{
    size_t ind = indent_of(text, len, bol);
    size_t item = prev_line(text, len, bol);
    while (item != (size_t)-1 && indent_of(text, len, item) >= ind)
        item = prev_line(text, len, item);
    if (item == (size_t)-1)
        return 0;
    size_t dash = item + indent_of(text, len, item), end = line_end(text, len, item);
    while (end > dash && text[end - 1] == ' ')
        end--;
    if (dash + 2 >= end || text[dash] != '-' || text[dash + 1] != ' ')
        return 0;
    size_t word = dash + 2, i = word;
    while (i < end && text[i] >= 'a' && text[i] <= 'z')
        i++;
    if (i != end || i - word < 3)
        return 0;
    buf_printf(out, _("the list item on this line has no ':' after its first word: YAML read it "
                      "and the lines under it as one text, up to the ': ' on line %zu; write "
                      "its key and ':' ('- bullet: >-'), or quote the text"),
               line_number(text, bol));
    *fix_at = word;
    return 1;
}

/* The group YAML read (context_at) is a key alone on its line, at the
 * column of the '-' at first (the line at bol), and that item begins with
 * the same key: two items of one list, the first without its '- ' (the
 * one-line slips sweep, s17slip: "- bullet: >-" typed "bullet: >-"). The
 * hint, and *fix_at the group's key; 0 when not so. */
static int lost_dash_key_hint(Buf *out, const char *text, size_t len, size_t bol, size_t first,
                              size_t context_at, size_t *fix_at)
{
    size_t ctx_bol = line_start(text, context_at);
    size_t klen = key_len(text, len, context_at);
    if (context_at == ctx_bol + indent_of(text, len, ctx_bol) && klen &&
        first + 2 + klen <= len && text[first + 1] == ' ' &&
        key_len(text, len, first + 2) == klen &&
        memcmp(text + first + 2, text + context_at, klen) == 0) {
        buf_printf(out, _("this line lost its list item's '- ': the item on line %zu, "
                          "'- %.*s:', is of the same list at the same column; write "
                          "'- %.*s:' here"),
                   line_number(text, bol), (int)klen, text + context_at, (int)klen,
                   text + context_at);
        *fix_at = context_at;
        return 1;
    }
    return 0;
}

/* The column of the keys of the list item whose '-' is at byte dash, on
 * the line that starts at bol: where its first key stands after the '-'
 * and its blanks ("-   a: 1": four past the '-'), or two past the '-'
 * when the item's first key is on a line below, or the item is a list
 * or no key (s19mut: "the keys above it" were said to stand two past the
 * '-' of an item written "-   a: 1"). */
static size_t item_keys_col(const char *text, size_t len, size_t bol, size_t dash)
{
    size_t i = dash + 1;
    while (i < len && text[i] == ' ')
        i++;
    if (text[dash] != '-' || i == dash + 1 || i >= len || text[i] == '\n' ||
        text[i] == '-' || text[i] == '#')
        return dash - bol + 2;
    return i - bol;
}

int load_indent_hint(Buf *out, const char *problem, const char *text, size_t len, size_t at,
                     size_t context_at, int has_context, size_t *fix_at)
{
    *fix_at = (size_t)-1;
    assert(!memchr(text, '\r', len) && "the loader's text: its CRs made LF");
    if (never_closed_hint(out, problem, text, len, at, context_at, has_context, fix_at))
        return 1;
    if (at >= len)
        return 0;
    size_t bol = line_start(text, at), eol = line_end(text, len, bol);
    size_t first = bol + indent_of(text, len, bol);
    if (first >= eol)
        return 0;
    size_t open = open_quote_at(text, bol, at);
    if (open == (size_t)-1 && has_context && context_at < at && context_at > bol)
        /* noticed inside a token right after the quote that closed it: the
         * '*' of "**Tiêu chí ...**" read as an alias (session 20: the
         * imported seed's tasks, a quote opened lines above) */
        open = open_quote_at(text, bol, context_at);
    if (open != (size_t)-1) {
        open_quote_hint(out, text, len, open, bol);
        *fix_at = open;
        return 1;
    }
    size_t col = key_col(text, len, bol), ind = first - bol;
    size_t ctx_col = has_context ? context_at - line_start(text, context_at) : 0;
    if (text[first] == '-' && first + 1 < eol && text[first + 1] == ' ' &&
        (lost_dash_text_hint(out, problem, text, len, bol, ind, fix_at) ||
         lost_dash_spaces_hint(out, problem, text, len, bol, ind, fix_at) ||
         first_item_hint(out, problem, text, len, bol, ind, fix_at)))
        return 1;
    if (strcmp(problem, "mapping values are not allowed in this context") == 0) {
        size_t v = bol + col, colon = v;
        while (colon + 1 < eol && !(text[colon] == ':' && text[colon + 1] == ' '))
            colon++;
        size_t r = colon + 2;
        while (r < eol && text[r] == ' ')
            r++;
        if (colon + 1 < eol && r + 3 <= eol &&
            (memcmp(text + r, "\u201c", 3) == 0 || memcmp(text + r, "\u2018", 3) == 0)) {
            buf_puts(out, _("the value begins with a quote as Word types it (\u201c or \u2018): "
                            "YAML's quotes are the straight ones, \" and ': put the value in "
                            "straight double quotes"));
            return 1;
        }
        if (at != colon) /* a ': ' inside a value: load_hint.c's words */
            return 0;
        if (item_key_cut_hint(out, text, len, bol, col, fix_at))
            return 1;
        if (colon != v + key_len(text, len, v)) /* a ': ' inside a line of text */
            return item_cut_above_hint(out, text, len, bol, fix_at);
        size_t p = prev_line(text, len, bol);
        size_t pp = p == (size_t)-1 ? p : prev_line(text, len, p);
        if (pp == (size_t)-1 || key_col(text, len, p) >= col)
            return 0;
        size_t pcol = key_col(text, len, p), ppcol = key_col(text, len, pp);
        if (ppcol == col) /* the line above is the odd one */
            buf_printf(out, _("line %zu above is indented %s, less than this line and "
                              "the line before it (%zu): if it belongs to their group of keys, "
                              "indent it %s"),
                       line_number(text, p), spaces(pcol), col, spaces(col));
        else if (ppcol == pcol) /* this one is */
            buf_printf(out, _("this line is indented %s, the keys above it %zu: indent "
                              "it as they are (if it goes on with the value above, put that "
                              "value in quotes)"),
                       spaces(col), pcol);
        else
            return 0;
        return 1;
    }
    if (strcmp(problem, "did not find expected node content") == 0 &&
        (!has_context || context_at == at)) /* "while parsing a flow node": here */
        return flow_open_hint(out, text, len, bol, fix_at);
    if (!has_context)
        return 0;
    if (strcmp(problem, "did not find expected '-' indicator") == 0) {
        size_t keys = item_keys_col(text, len, line_start(text, context_at), context_at);
        if (text[first] == '-' && ind != ctx_col)
            buf_printf(out, _("this item's '-' is indented %s, the '-' of the list's "
                              "first item %zu: indent it as they are"),
                       spaces(ind), ctx_col);
        else if (text[first] != '-' && ind == ctx_col)
            buf_printf(out, _("this key is indented as far as the '-' of the list (%s): a "
                              "key of the list's item above goes under the item's first key, "
                              "%s"),
                       spaces(ind), spaces(keys));
        else if (text[first] != '-' && ind > ctx_col && ind != keys &&
                 memchr(text + first, ':', eol - first)) /* a key between the two columns */
            buf_printf(out, _("this line is indented %s, the keys above it %zu: indent "
                              "it as they are (if it goes on with the value above, put that "
                              "value in quotes)"),
                       spaces(ind), keys);
        else
            return 0;
        return 1;
    }
    if (strcmp(problem, "did not find expected key") == 0 && text[first] != '-' &&
        ind > ctx_col && first_key_hint(out, text, len, bol, ind, fix_at))
        return 1;
    if (strcmp(problem, "did not find expected key") == 0 && text[first] == '-' &&
        ind == ctx_col) {
        if (lost_dash_key_hint(out, text, len, bol, first, context_at, fix_at))
            return 1;
        buf_printf(out, _("this list item's '-' is indented as far as the keys of the group that "
                          "starts on line %zu (%s), where a key is due: indent it as far "
                          "as the other '-' of its list"),
                   line_number(text, line_start(text, context_at)), spaces(ind));
        return 1;
    }
    return 0;
}
