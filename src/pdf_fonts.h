/* pdf_fonts.h - whether a printed PDF is in Times New Roman or a font with
 * its metrics (pdf_fonts.c). */
#ifndef KHGEN_PDF_FONTS_H
#define KHGEN_PDF_FONTS_H

#include <stddef.h>

#include "diag.h"
#include "util.h"

/* Whether a template's text[0..len) (docx-styles.xml, plan.css) asks for
 * Times New Roman; 0 for NULL. */
int pdf_fonts_template_wants_times(const char *text, size_t len);

/* When pdf[0..len), printed by engine ("LibreOffice") to where.file, names
 * the fonts it embeds and none is Times New Roman or a font made with its
 * metrics (Liberation Serif, Tinos, Thorndale), reports KH904 at where,
 * naming the first few fonts ("DejaVuSans, DejaVuSans-Bold"), and returns
 * 1; else returns 0. Reads the PDF once, linearly. */
int pdf_fonts_refuse(DiagSink *diags, SrcPos where, const char *engine, const char *pdf,
                     size_t len);

#endif
