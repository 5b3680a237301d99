/* pdf.h - the PDF an official signs, printed by a real engine. */
#ifndef KHGEN_PDF_H
#define KHGEN_PDF_H

#include "diag.h"
#include "plan.h"
#include "util.h"

typedef enum {
    PDF_LIBREOFFICE, /* headless LibreOffice prints the .docx (default) */
    PDF_CHROMIUM     /* headless Chromium prints the .html */
} PdfEngine;

/* Prints source - the plan's .docx package for PDF_LIBREOFFICE, its HTML
 * page for PDF_CHROMIUM - to pdf_path (written atomically), or, when out is not
 * NULL, appends the PDF to out (pdf_path then only names it in messages). The engine runs
 * in a private temporary directory under $TMPDIR (or /tmp) with its own
 * profile, which is removed afterwards, even when khgen is killed (a
 * watchdog process; see pdf.c), within a time limit (60 s plus 30 s per MB
 * of source, or KHGEN_PDF_TIMEOUT seconds). plan is not read (the engine
 * sees the document under a fixed name). When want_times (the document's
 * template asks for Times New Roman), a PDF printed in none of it nor of a
 * font with its metrics is refused (pdf_fonts.c). Returns 0; or reports
 * KH903 (the engine is not installed, naming the Debian package; it failed;
 * or it ran out of time and was killed) or KH904 (printed in another font)
 * and returns -1. */
int pdf_write(PdfEngine engine, DiagSink *diags, const Plan *plan, const Buf *source,
              int want_times, const char *pdf_path, Buf *out);

#endif
