/* load_hint.c - the hint the loader adds to a YAML syntax error.
 *
 * libyaml names a problem in its own words ("mapping values are not
 * allowed in this context"); a drafter needs to know what to change. For
 * the problems whose usual cause in a plan is clear (a tab, a value with
 * ': ' not in quotes, a line indented unlike its neighbours, an unclosed
 * quote or bracket, a backslash in double quotes) this file gives that
 * cause and the fix, translated; load.c prints it after libyaml's words.
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
        return _("a key must be followed by ':'; or a line above it needs quotes");
    if (strcmp(problem, "found unexpected end of stream") == 0 && context
        && str_find(context, "quoted scalar"))
        return _("a quoted string is not closed");
    /* a reference inside [...] or {...} on one line: YAML reads its '{'
       as a mapping ("items: [Đoạn {year} một]", "{title: Năm {year}}") */
    if (c == '{' && (strcmp(problem, "did not find expected ',' or ']'") == 0 ||
                     strcmp(problem, "did not find expected ',' or '}'") == 0))
        return _("inside '[...]' or '{...}' a '{' starts a mapping: put a value that holds "
                 "a reference such as '{year}' in quotes");
    if (strcmp(problem, "did not find expected ',' or ']'") == 0)
        return _("a '[' list is not closed, or two of its items lack a ',' between them");
    if (strcmp(problem, "did not find expected ',' or '}'") == 0)
        return _("a '{' mapping is not closed, or two of its entries lack a ',' between them");
    if (strcmp(problem, "found unknown escape character") == 0)
        return _("inside double quotes a backslash starts an escape: write \\\\ for a "
               "backslash, or use single quotes");
    if (strcmp(problem, "did not find expected <document start>") == 0)
        return _("there is text after the end of the document ('...')");
    if (str_find(problem, "tag"))
        return _("tags are not part of the plan language");
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

/* The hint of an error load_hint_at_context() moved (translated). */
const char *load_context_hint(void)
{
    return _("this line and the lines under it are read as a key with no ':' after it: if it "
             "is a line of a text above it, indent it as far as the text's other lines; if it "
             "is a key, add its ':'");
}
