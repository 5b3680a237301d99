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
