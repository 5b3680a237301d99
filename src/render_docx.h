/* render_docx.h - the Word document (.docx) back end. */
#ifndef KHGEN_RENDER_DOCX_H
#define KHGEN_RENDER_DOCX_H

#include "diag.h"
#include "render.h"
#include "util.h"

/* Renders the plan as a .docx package (a zip file) into out: the same
 * document as the HTML print, with named styles, sections per attachment
 * and the shared table layout. Text characters XML 1.0 forbids are dropped
 * with one warning (KH902). Returns 0; 1 after reporting an error of the
 * template docx-styles.xml (KH80x: not well-formed XML, a tag); -1 after
 * reporting KH901 when the package cannot be built. Byte-identical for
 * identical input. */
int render_docx(RenderCtx *rc, DiagSink *diags, Buf *out);

/* What render_docx reports of the template docx-styles.xml, without the
 * document: it rendered with layout's values, then KH803 when it gives no
 * well-formed XML (`check --templates DIR` said nothing of what the build
 * refused, s31fixmed). Returns 0, or -1 after reporting. */
int render_docx_check_styles(TemplateSet *templates, const Layout *layout, DiagSink *diags);

#endif
