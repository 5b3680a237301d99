/* diff_links.c - `khgen diff`: the addresses a part's links print with.
 *
 * A link's words are compared as the rest of its text; its address, which
 * no reader of the words sees, is named after them when it changed
 * ("liên kết: [-u1-]{+u2+}", diff.c put_change). The addresses are the
 * ones the document links: each line read as the HTML and Word back ends
 * read it (render_inline_paragraph, then render_link_kept), not by a scan
 * of diff's own, which cut an address holding parentheses
 * ("https://vi.wikipedia.org/wiki/Luat_(2015)") at its first ')' and named
 * "<https://...>", printed as typed in every format, as a link (s29attack
 * F3). No state.
 */
#include <cmark.h>
#include <string.h>

#include "diff_impl.h"
#include "md_read.h"
#include "render.h"

int diff_link_addresses(const char *md, Buf *out)
{
    int n = 0;
    Buf line = {0}, scratch = {0};
    for (const char *s = md;;) {
        const char *end = strchr(s, '\n');
        size_t len = end ? (size_t)(end - s) : strlen(s);
        buf_reset(&line);
        buf_reset(&scratch); /* the line's text: not needed */
        buf_putn(&line, s, len);
        cmark_node *paragraph = NULL;
        cmark_node *document = render_inline_paragraph(buf_str(&line), &scratch, &paragraph);
        if (paragraph) {
            cmark_iter *it = cmark_iter_new(paragraph);
            for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;) {
                cmark_node *node = cmark_iter_get_node(it);
                if (ev == CMARK_EVENT_ENTER && cmark_node_get_type(node) == CMARK_NODE_LINK &&
                    render_link_kept(node))
                    buf_printf(out, "%s%s", n++ ? ", " : "", cmark_node_get_url(node));
            }
            cmark_iter_free(it);
        }
        if (document)
            cmark_node_free(document);
        if (!end)
            break;
        s = end + 1;
    }
    buf_free(&line);
    buf_free(&scratch);
    return n;
}
