/* docx_ole.c - the Excel worksheets embedded in a .docx, as import reads
 * them.
 *
 * A Biểu built in Excel and pasted into the plan as a worksheet object
 * (Paste Special > Microsoft Excel Worksheet Object, Insert > Object) is
 * a w:object (an mc:AlternateContent around one is resolved when the part
 * is parsed, docx_mce.c) holding a VML picture of the cells, which Word
 * shows and prints, and an o:OLEObject whose ProgID says what it is
 * ("Excel.Sheet.12" an .xlsx, "Excel.Sheet.8" an old .xls) and whose r:id
 * names the part that keeps the workbook
 * (word/embeddings/Microsoft_Excel_Worksheet.xlsx, oleObject1.bin). Import
 * read such a Biểu as a picture's note, its rows lost without a word
 * (s50attack L9). Here an .xlsx worksheet is read where its paragraph
 * stands, after that paragraph's own text, as the Word table Word shows
 * (docx_sheet.c writes it, import_docx.c's reader reads it as any table):
 * the plan is the one its twin typed as a Word table gives. One that is
 * not read (an old .xls, a damaged or oversized workbook, one in a data
 * table's cell or a text box, in an embedded document) is a `# review:`
 * note tagged [KH775] saying its rows were not imported, why, and what to
 * do, counted for the warning KH775 (docx_kept.c).
 *
 * Stage: import (the .docx reader).
 */
#include "docx_ole.h"

#include <string.h>

#include "docx_margins.h"
#include "docx_sheet.h"
#include "docx_tree.h"
#include "i18n.h"
#include "import.h"

const xmlNode *docx_ole_sheet(const xmlNode *n)
{
    const xmlNode *ole = docx_is(n, "object") || docx_is(n, "pict") ? docx_find_under(n, "OLEObject", 0)
                                                                     : NULL;
    char *prog = docx_attr(ole, "ProgID");
    int sheet = prog && strncmp(prog, "Excel.Sheet", 11) == 0;
    xmlFree(prog);
    return sheet ? ole : NULL;
}

/* The note of a worksheet object whose rows were not imported: why, and
 * what to do, into para (the paragraph being read's held notes, or the
 * last paragraph read when its paragraph is done); counted for KH775 (the
 * first one's why said there) */
static void sheet_note(Reader *rd, ImpPara *para, const xmlNode *ole, const char *why)
{
    char *prog = docx_attr(ole, "ProgID");
    const char *what = arena_printf(rd->arena, _("an embedded Excel worksheet (%s) whose rows "
                                                 "were not imported"), prog ? prog : "Excel.Sheet");
    xmlFree(prog);
    const char *text = arena_printf(rd->arena, _("%s; the plan lacks the table the document "
                                                 "shows: copy the cells in Excel and paste "
                                                 "them into Word as a Word table (Paste, Keep "
                                                 "Source Formatting), then import again, or "
                                                 "write its rows into the plan"), why);
    if (!rd->kept.sheets++)
        rd->kept.sheet_why = why;
    imp_para_review_as(rd->arena, para, "KH775", what, text, strlen(text));
}

void docx_ole_take(Reader *rd, const xmlNode *n)
{
    const xmlNode *ole = docx_ole_sheet(n);
    if (rd->in_cells || rd->box_text || rd->in_box)
        sheet_note(rd, &rd->held, ole, rd->in_cells ? _("it stands in a table's cell, where a plan "
                                             "has no table")
                                         : _("it stands in a text box"));
    else if (!rd->ck)
        sheet_note(rd, &rd->held, ole, _("it stands in an embedded document, which import reads one "
                              "level deep"));
    else if ((size_t)rd->n_sheets >= sizeof rd->sheets / sizeof rd->sheets[0])
        sheet_note(rd, &rd->held, ole, arena_printf(rd->arena, _("its paragraph holds more than %d "
                                                      "objects"),
                                         (int)(sizeof rd->sheets / sizeof rd->sheets[0])));
    else
        rd->sheets[rd->n_sheets++] = ole;
}

/* One worksheet object (its o:OLEObject ole) read as a table into rd->out */
static void read_one(Reader *rd, const xmlNode *ole)
{
    DocxChunk ck;
    docx_chunk_object(rd->ck, ole, &ck);
    const char *why = ck.why;
    xmlNode *tbl = NULL;
    if (ck.kind == DOCX_CHUNK_FAILED)
        rd->failed = 1;
    else if (ck.kind == DOCX_CHUNK_PACKAGE)
        tbl = docx_sheet_table(rd->arena, ck.data, ck.len, docx_chunks_budget(rd->ck), &why);
    docx_chunk_close(&ck);
    if (rd->failed)
        return;
    if (!tbl) {
        /* beside the paragraph read last (the object's, or the one before
         * an empty one), as a picture's note is */
        ImpPara *last = rd->out->n ? &rd->out->items[rd->out->n - 1] : &rd->held;
        sheet_note(rd, last, ole, why ? why : _("it could not be read"));
        return;
    }
    xmlNode *body = xmlNewNode(NULL, BAD_CAST "body");
    xmlAddChild(body, tbl);
    docx_read_block(rd, body, 0, 1);
    xmlFreeNode(body);
}

void docx_ole_read(Reader *rd, int gap)
{
    int n = rd->n_sheets;
    rd->n_sheets = 0;
    const xmlNode *sheets[sizeof rd->sheets / sizeof rd->sheets[0]];
    memcpy(sheets, rd->sheets, (size_t)n * sizeof *sheets);
    rd->gap = gap;
    for (int k = 0; k < n && !rd->failed; k++)
        read_one(rd, sheets[k]);
}
