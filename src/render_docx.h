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

#endif
