/* load_hint.c - the hint the loader adds to a YAML syntax error.
 *
 * libyaml names a problem in its own words ("mapping values are not
 * allowed in this context"); a drafter needs to know what to change. For
 * the problems whose usual cause in a plan is clear (a tab, a value with
 * ': ' not in quotes, a line indented unlike its neighbours, an unclosed
 * quote or bracket, a backslash in double quotes, a text that begins with
 * a character YAML reads as its own: '{' of a reference, '*' of emphasis,
 * a quote, '[', '|', '>') this file gives that cause and the fix,
 * translated; load.c prints it after libyaml's words. A node's key that
 * lost its ':' over keys of its own ("- section NHIỆM VỤ" above "items:")
 * is told at that key (load_node_colon_lost; s48user F12).
 * Kept apart from load.c, which holds the tree building and the gate.
 */
#include "load_impl.h"

#include <string.h>

#include "i18n.h"

/* A short hint for libyaml problems whose usual cause is clear, or NULL
 * (translated). c is the character at the problem position (0 if none). */
const char *load_syntax_hint(const char *problem, const char *context, char c)
{
    if (str_find(problem, "tab"))
        return _("indent with spaces, not tabs");
    if (strcmp(problem, "found character that cannot start any token") == 0) {
        if (c == '\t')
            return _("indent with spaces, not tabs");
        if (c == '@' || c == '`')
            return _("a value cannot start with '@' or '`'; put the value in quotes");
        return _("put the value in quotes");
    }
    if (strcmp(problem, "mapping values are not allowed in this context") == 0)
        return _("put a value that contains ': ' in quotes, or check the indentation of this line");
    if (strcmp(problem, "did not find expected key") == 0)
        return _("check that this line is indented like the keys above it");
    if (strcmp(problem, "did not find expected '-' indicator") == 0)
        return _("check that this line is indented like the list items above it");
    if (strcmp(problem, "could not find expected ':'") == 0)
        return _("write ':' after the key, or put the line above it in quotes");
    if (strcmp(problem, "found unexpected end of stream") == 0 && context
        && str_find(context, "quoted scalar"))
        return _("a quoted string is not closed: add its closing quote");
    /* a reference inside [...] or {...} on one line: YAML reads its '{'
       as a mapping ("items: [Đoạn {year} một]", "{title: Năm {year}}") */
    if (c == '{' && (strcmp(problem, "did not find expected ',' or ']'") == 0 ||
                     strcmp(problem, "did not find expected ',' or '}'") == 0))
        return _("inside '[...]' or '{...}' a '{' starts a mapping: put a value that holds "
                 "a reference such as '{year}' in quotes");
    if (strcmp(problem, "did not find expected ',' or ']'") == 0)
        return _("a '[' list is not closed, or two of its items lack a ',' between them: add the "
                 "']' or the ','");
    if (strcmp(problem, "did not find expected ',' or '}'") == 0)
        return _("a '{' mapping is not closed, or two of its entries lack a ',' between them: add "
                 "the '}' or the ','");
    if (strcmp(problem, "found unknown escape character") == 0)
        return _("inside double quotes a backslash starts an escape: write \\\\ for a "
               "backslash, or use single quotes");
    /* "\uD83D\uDE00", a UTF-16 pair as JSON and JavaScript write one
       (s36attack), or a code past U+10FFFF */
    if (strcmp(problem, "found invalid Unicode character escape code") == 0)
        return _("a '\\u' escape names one character by its code, and \\uD800-\\uDFFF (half of "
                 "a UTF-16 pair such as \\uD83D\\uDE00) or a code past \\U0010FFFF names none: "
                 "write a character past \\uFFFF as \\U and eight hex digits (\\U0001F600), or "
                 "type the character itself");
    if (strcmp(problem, "did not find expected <document start>") == 0)
        return _("there is text after the end of the document ('...'): delete the '...' line or "
                 "the text after it");
    if (str_find(problem, "tag"))
        return _("tags are not part of the plan language: delete the '!' word");
    return NULL;
}

/* Whether a syntax error is better reported where libyaml's context began
 * than where it noticed it: "could not find expected ':'" while scanning a
 * simple key that began on an earlier line. YAML read the lines from there
 * as one key, and the first of them is the line to fix: a line of a block
 * text ("text: >-") indented less than the text, which ends the text and
 * starts a key, or a key whose ':' was lost; libyaml notices only at the
 * next key, lines below (the tenth one-line sweep: 245 mutants). */
int load_hint_at_context(const char *problem, const char *context, size_t problem_line,
                         size_t context_line)
{
    return strcmp(problem, "could not find expected ':'") == 0 && context &&
           strcmp(context, "while scanning a simple key") == 0 && context_line < problem_line;
}

/* 1 if the line before the one holding s (blank lines skipped; text is
 * the file's start) is a comment. */
static int comment_above(const char *text, const char *s)
{
    while (s > text && s[-1] != '\n')
        s--;
    while (s > text) {
        const char *e = --s; /* the '\n' ending the line above */
        while (s > text && s[-1] != '\n')
            s--;
        const char *c = s;
        while (c < e && (*c == ' ' || *c == '\t'))
            c++;
        if (c < e)
            return *c == '#';
    }
    return 0;
}

/* The hint of an error load_hint_at_context() moved (translated), for
 * the line at s (ending at end; text is the file's start) where the key
 * YAML read begins: a key whose ':' has no space after it ("text:Tham mưu
 * ...", typed as Word users type it; session 37's sweep) is told so, since
 * YAML reads "text:Tham" as a word, not as a key; so too a key followed by
 * a tab where ': ' belongs (a spreadsheet's separator), and a line under a
 * comment, which an e-mail program cut from it (s39slip). */
const char *load_context_hint(const char *text, const char *s, const char *end)
{
    const char *k = s;
    while (k < end && ((*k >= 'a' && *k <= 'z') || *k == '_'))
        k++;
    if (k > s && k + 1 < end && k[0] == ':' && k[1] != ' ' && k[1] != '\n' && k[1] != '\r' &&
        k[1] != '\t')
        return _("this line begins with a key whose ':' has no space after it, so YAML reads it "
                 "as a text, not as a key: write a space after the ':'");
    if (k > s && k < end && k[0] == '\t')
        return _("this line begins with a key followed by a tab, where YAML needs ': ' (a "
                 "spreadsheet writes a tab between two cells): write ': ' after the key");
    if (comment_above(text, s))
        return _("this line is read as a key with no ':' after it, and the line above it is a "
                 "comment: if it goes on with that comment (an e-mail program cuts lines longer "
                 "than 72 characters), begin it with '# ' or join it to the line above; if it "
                 "is a key, add its ':'");
    return _("this line and the lines under it are read as a key with no ':' after it: if it "
             "is a line of a text above it, indent it as far as the text's other lines; if it "
             "is a key, add its ':'");
}

size_t load_first_key_indented(const char *problem, const char *text, size_t len, size_t at,
                               const char **hint)
{
    if (strcmp(problem, "did not find expected <document start>") != 0 || at > len)
        return (size_t)-1;
    size_t col_at = 0; /* the column of the line YAML stopped at */
    while (col_at < at && text[at - col_at - 1] != '\n')
        col_at++;
    for (size_t i = 0; i < at;) { /* the first line that is not blank, a comment or "---" */
        size_t j = i;
        while (j < len && text[j] == ' ')
            j++;
        size_t eol = j;
        while (eol < len && text[eol] != '\n')
            eol++;
        int skip = j == eol || text[j] == '#' || text[j] == '\r' || text[j] == '%' ||
                   (eol - j >= 3 && strncmp(text + j, "---", 3) == 0);
        if (!skip) {
            if (j - i <= col_at || j >= at)
                return (size_t)-1;
            *hint = _("the file's first key is indented: start it at the beginning of its "
                      "line, as every key at the top of the file");
            return j;
        }
        i = eol + 1;
    }
    return (size_t)-1;
}

size_t load_node_colon_lost(const char *problem, const char *text, size_t len, size_t at,
                            const char **hint)
{
    static const char *const kinds[] = {"part",  "section", "clause", "subclause", "point",
                                        "bullet", "para",    "task",   "table"};
    if (strcmp(problem, "mapping values are not allowed in this context") != 0 || at > len)
        return (size_t)-1;
    size_t bol = at;
    while (bol > 0 && text[bol - 1] != '\n')
        bol--;
    size_t ind = bol;
    while (ind < len && text[ind] == ' ')
        ind++;
    /* the line above, blank lines and comments skipped */
    size_t end = bol;
    while (end > 0) {
        size_t b = end - 1;
        while (b > 0 && text[b - 1] != '\n')
            b--;
        size_t k = b;
        while (k < end - 1 && text[k] == ' ')
            k++;
        if (k < end - 1 && text[k] != '#') {
            /* "- section NHIỆM VỤ ...": a node's key and a space, no ':' */
            if (text[k] != '-' || text[k + 1] != ' ' || ind - bol <= k - b)
                return (size_t)-1;
            size_t w = k + 2;
            for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++) {
                size_t n = strlen(kinds[i]);
                if (w + n < end && strncmp(text + w, kinds[i], n) == 0 && text[w + n] == ' ') {
                    *hint = _("this node's key has no ':' after it, so YAML reads the "
                              "line as one text, and the keys under it cannot follow: write "
                              "':' after the key");
                    return w + n;
                }
            }
            return (size_t)-1;
        }
        end = b;
    }
    return (size_t)-1;
}

/* The problems libyaml reports when a value written without quotes began
 * with one of its indicators and the text went on after what it read
 * ("bullet: {loc a} đạt chuẩn": a mapping, then words where a key or the
 * line's end was due). */
static int after_indicator(const char *problem)
{
    static const char *const problems[] = {
        "did not find expected key",
        "did not find expected '-' indicator",
        "did not find expected alphabetic or numeric character",
        "did not find expected comment or line break",
        "mapping keys are not allowed in this context",
        "block sequence entries are not allowed in this context",
    };
    for (size_t i = 0; i < sizeof problems / sizeof *problems; i++)
        if (strcmp(problem, problems[i]) == 0)
            return 1;
    return 0;
}

/* The hint for a syntax error on a line whose value, written without
 * quotes, begins with a character YAML reads as its own, or NULL
 * (translated). line[0..len) is the line of the problem, at its byte
 * offset col. The value is what follows the line's "- " markers and its
 * "key: ", if any; the problem must lie after its first character. */
const char *load_value_hint(const char *problem, const char *line, size_t len, size_t col)
{
    if (!after_indicator(problem))
        return NULL;
    size_t i = 0;
    for (;;) { /* the list items' markers */
        while (i < len && line[i] == ' ')
            i++;
        if (i + 1 < len && line[i] == '-' && line[i + 1] == ' ')
            i++;
        else
            break;
    }
    /* a key: plain words up to ": " (none when the value starts at once) */
    if (i < len && !strchr("{[\"'*&|>?", line[i]))
        for (size_t k = i; k + 1 < len && line[k] != '#'; k++)
            if (line[k] == ':' && line[k + 1] == ' ') {
                i = k + 1;
                while (i < len && line[i] == ' ')
                    i++;
                break;
            }
    if (i >= len || col < i || (col == i && line[i] != '?' && line[i] != '-'))
        return NULL;
    switch (line[i]) {
    case '{':
        return _("a value that begins with '{', such as a reference ('{loc dong-huu} đạt "
                 "chuẩn'), is read as a mapping: put the whole value in double quotes");
    case '[':
        return _("a value that begins with '[' is read as a list: put the whole value in "
                 "double quotes");
    case '"':
    case '\'':
        return _("a value that begins with a quote ends at its closing quote: put the whole "
                 "value in quotes of the other kind ('\"Tháng hành động\" năm {year}')");
    case '*':
    case '&':
        return _("a value that begins with '*' or '&' (emphasis such as '**Lưu ý**') is read "
                 "as an alias or an anchor: put the whole value in double quotes");
    case '-':
        return _("a value that begins with '- ' is read as a list: put the whole value in double "
                 "quotes");
    case '|':
    case '>':
    case '?':
        return _("a value that begins with '|', '>' or '?' is read as YAML's own syntax: put "
                 "the whole value in double quotes");
    default:
        return NULL;
    }
}
