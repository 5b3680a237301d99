/* docx_notword.h - naming a zip that is not a Word document, for import's
 * KH756 (docx_notword.c). */
#ifndef KHGEN_DOCX_NOTWORD_H
#define KHGEN_DOCX_NOTWORD_H

#include <zip.h>

#include "diag.h"
#include "docx_part.h"

/* Reports KH756 for path, a zip without word/document.xml: an
 * OpenDocument text (.odt) with the LibreOffice command that converts it
 * to .docx, a workbook or a presentation named as such; a zip whose
 * _rels/.rels names a main part (target) that docx_main_part did not take
 * with what is wrong with it (why); anything else as a zip that is not a
 * Word document. */
void docx_not_word(DiagSink *diags, const char *path, zip_t *zip, DocxMainWhy why,
                   const char *target);

#endif
