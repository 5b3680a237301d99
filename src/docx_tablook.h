/* docx_tablook.h - the look a Word table's style gives the paragraphs in
 * its cells (docx_tablook.c). */
#ifndef KHGEN_DOCX_TABLOOK_H
#define KHGEN_DOCX_TABLOOK_H

#include <libxml/tree.h>

#include "docx_style.h"

/* The toggles the table style of the table p is in gives it (w:tblStyle's
 * w:rPr), as docx_para_runs' inh bits: 1 italic, 2 All Caps, 32 bold, 64
 * small capitals; 0 outside a table. */
int docx_table_toggles(const DocxStyles *st, const xmlNode *p);

/* The look cell paragraph p takes from its styles, as docx_para_runs'
 * inh: its paragraph style's toggles over its table's
 * (docx_table_toggles). */
int docx_cell_look(const DocxStyles *st, const xmlNode *p);

#endif
