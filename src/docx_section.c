/* docx_section.c - the orientation of the pages a .docx's block is on.
 *
 * A .docx is divided into sections, each with its page size and
 * orientation: a section's properties (w:sectPr) stand in the paragraph
 * mark of its last paragraph, and the last section's at the end of the
 * body. khgen prints the plan on portrait pages and each attachment on
 * landscape pages unless it says `orientation: portrait`; import wrote
 * every attachment landscape, so a portrait one came back turned, and
 * `khgen diff` of the plan and its import said "khổ [-dọc-]{+ngang+}"
 * (round22 R4). Import asks here which pages an attachment's table is on.
 * A page is landscape when w:pgSz says w:orient="landscape" or is wider
 * than it is high, else portrait (Word's default, also without w:pgSz).
 */
#include "docx_section.h"

#include <string.h>

#include "docx_tree.h"

/* 2 when the section properties sect print landscape pages, else 1. */
static int sect_page(const xmlNode *sect)
{
    const xmlNode *size = docx_child(sect, "pgSz");
    char *orient = docx_attr(size, "orient");
    int landscape = orient && strcmp(orient, "landscape") == 0;
    if (orient)
        xmlFree(orient);
    int w = docx_attr_int(size, "w", 0), h = docx_attr_int(size, "h", 0);
    return landscape || (w > 0 && h > 0 && w > h) ? 2 : 1;
}

int docx_section_page(DocxSection *s, const xmlNode *c)
{
    if (!s->until && !s->to_end) {
        s->page = 1;
        s->to_end = 1; /* unless a w:sectPr is found below: scanned once */
        for (const xmlNode *n = c; n; n = n->next) {
            const xmlNode *sect = docx_is(n, "sectPr") ? n
                                  : docx_is(n, "p") ? docx_child(docx_child(n, "pPr"), "sectPr")
                                                    : NULL;
            if (sect) {
                s->to_end = 0;
                s->until = n;
                s->page = sect_page(sect);
                break;
            }
        }
    }
    int page = s->page;
    if (c == s->until)
        s->until = NULL; /* the next block starts the next section */
    return page;
}
