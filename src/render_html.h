/* render_html.h - the print-ready HTML back end. */
#ifndef KHGEN_RENDER_HTML_H
#define KHGEN_RENDER_HTML_H

#include "render.h"

/* Appends the whole document as one standalone HTML page (UTF-8, no
 * external resources) to out, through templates "plan.html" and
 * "plan.css". Prose goes through cmark (safe mode, with raw HTML in plan text
 * shown as text); the header, signature block and tables are written here.
 * Returns 0, or -1 after reporting an error. */
int render_html(RenderCtx *rc, Buf *out);

#endif
