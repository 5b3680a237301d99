/* docx_ole.h - the Excel worksheets embedded in a .docx as objects, read
 * as the tables Word shows (docx_ole.c). */
#ifndef KHGEN_DOCX_OLE_H
#define KHGEN_DOCX_OLE_H

#include <libxml/tree.h>

#include "docx_reader.h"

/* The o:OLEObject of n when n (a w:object, or a picture holding one) is an
 * embedded Excel worksheet (ProgID Excel.Sheet.*: .xlsx, .xlsm, an old
 * .xls), else NULL. */
const xmlNode *docx_ole_sheet(const xmlNode *n);

/* Takes the worksheet object n (docx_ole_sheet) met in the paragraph being
 * read: kept in rd->sheets to be read after it (docx_ole_read) when it
 * stands where a table may (the body, a layout table's paragraph; not a
 * data table's cell, a text box, an embedded document: read one level
 * deep), else a note of rd->held saying its rows were not imported,
 * counted in rd->kept for KH775. */
void docx_ole_take(Reader *rd, const xmlNode *n);

/* The worksheets kept by docx_ole_take, each read (docx_chunk_object, then
 * docx_sheet_table) as the table Word shows of it, its rows added to
 * rd->out as a Word table's are (docx_read_block); one that is not read keeps the note naming it,
 * with why, counted for KH775. gap: whether an empty paragraph came before
 * the paragraph that held them, when it holds nothing else. A damaged part
 * (a diagnostic) sets rd->failed. */
void docx_ole_read(Reader *rd, int gap);

#endif
