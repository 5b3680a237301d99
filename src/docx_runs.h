/* docx_runs.h - a Word paragraph's runs as the .docx reader reads them
 * (docx_runs.c), and the reader's notes of what a run holds that is no
 * text (import_docx.c). */
#ifndef KHGEN_DOCX_RUNS_H
#define KHGEN_DOCX_RUNS_H

#include <stddef.h>

#include <libxml/tree.h>

#include "docx_para_md.h"
#include "docx_reader.h"
#include "docx_run.h"
#include "docx_style.h"
#include "util.h"

/* The runs of paragraph p, read with the styles st (NULL: a cell's, whose
 * look is not read from paragraph styles); inh the paragraph's look (1
 * italic, 2 All Caps, 4 hidden, 8 underlined, 16 struck, 32 bold, 64 small
 * capitals: the paragraph style's, which a character style toggles), pf
 * its fonts, links whether
 * its hyperlinks are kept as links. With rd, what the runs hold that is no
 * text becomes notes of the paragraph (rd->held). *n_runs of them; the
 * array and each run's text the caller's to free (docx_put_runs frees
 * both). A page-number field it never ends gives back what it held: the
 * rest of the paragraph, after its last run's text (docx_fields_end). */
DocxRun *docx_para_runs(const DocxStyles *st, const xmlNode *p, int inh, size_t *n_runs,
                        Reader *rd, const DocxFonts *pf, int links);

/* The text of runs[0..n) appended to out, a line break a space unless
 * lines; each run's text and the array freed. */
void docx_put_runs(DocxRun *runs, size_t n, int lines, Buf *out);

/* A run's element t that is not text (a footnote's, an endnote's or a
 * comment's reference, a field's code, what may hold text boxes), as
 * notes of the paragraph being read (rd->held), after the text of
 * runs[0..n_runs) that came before it. import_docx.c's. */
void docx_run_notes(Reader *rd, const xmlNode *t, const DocxRun *runs, size_t n_runs);

#endif
