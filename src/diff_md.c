/* diff_md.c - the last pass over `khgen diff -f md`'s report.
 *
 * The Markdown report marks a deletion "~~old~~" and keeps the plan's
 * text as the document's Markdown writes it. md_sanitize escapes raw HTML,
 * dangerous links and, for a document, every '~', which a GFM reader
 * (GitHub, pandoc -f gfm) strikes through: the report sanitized without
 * the tildes, so that its own marks stayed, left a plan's "~~x~~" (or
 * "5~~10~~", printed as written in every document) a deletion of the
 * redline, words nobody deleted (s38attack M1). The report's deletions are
 * written as DIFF_DEL_MARK, the report is sanitized as a document is, and
 * only then each mark becomes "~~": the plan's tildes escaped, the
 * report's struck through.
 */
#include "diff_impl.h"

#include "render_md.h"

void diff_md_sanitize(Buf *out, size_t start)
{
    md_sanitize(out, start, 1);
    size_t marks = 0;
    for (size_t i = start; i < out->len; i++)
        marks += out->data[i] == DIFF_DEL_MARK[0];
    if (!marks)
        return;
    Buf done = {0};
    buf_putn(&done, out->data, start);
    for (size_t i = start; i < out->len; i++) {
        if (out->data[i] == DIFF_DEL_MARK[0])
            buf_puts(&done, "~~");
        else
            buf_putc(&done, out->data[i]);
    }
    buf_free(out);
    *out = done;
}
