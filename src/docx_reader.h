/* docx_reader.h - the state of import_docx.c's reader of a .docx's main
 * part, as it reads the paragraphs in document order: the output, the
 * numbering and styles, the notes' texts, what the notes of the paragraph
 * being read hold, the table, row and cell, the embedded documents' and
 * the merged cells' budgets, the text boxes waiting for their paragraphs.
 * One reader a document (and one an embedded document); import_docx.c
 * alone reads and writes it. */
#ifndef KHGEN_DOCX_READER_H
#define KHGEN_DOCX_READER_H

#include <libxml/tree.h>

#include "docx_chunk.h"
#include "docx_kept.h"
#include "docx_num.h"
#include "docx_rels.h"
#include "docx_section.h"
#include "docx_style.h"
#include "docx_toc.h"
#include "import.h"

/* The text of the footnotes (which 0), endnotes (1) and comments (2) by
 * their w:id; a comment's author too. */
typedef struct NoteTexts {
    StrSet ids;   /* w:id -> index */
    char **text;  /* malloc'd */
    char **author; /* malloc'd; comments only, NULL for none */
    int *given;    /* malloc'd; the number its text was first given under, 0: not yet */
    size_t n;
} NoteTexts;

typedef struct Reader {
    Arena *arena;
    ImpParas *out;
    DocxNumbering *nb;
    DocxStyles styles;
    int para_no;
    int too_many;
    int gap; /* an empty paragraph was skipped since the last one kept */
    DocxSection sect; /* the body's section being read (docx_section.c) */
    int page;         /* its pages: 1 portrait, 2 landscape */
    /* what a plan has no place for (attack 8 L1), kept as notes: the
     * paragraph being read gathers them in held.review (import_notes.c) */
    NoteTexts notes[3];
    const char *part[DOCX_N_RELPARTS]; /* the notes', numbering's, styles' (docx_rels.c) */
    ImpPara held;
    DocxKept kept;   /* what the notes hold, counted for KH759 (docx_kept.c) */
    /* the bytes of text left out so far as deleted: a tracked deletion's
     * (w:delText) and struck-through text (docx_runs.c): a data row whose
     * cells are empty after some was is a deleted row (read_data_table) */
    size_t removed;
    /* reading a data row's cell: its struck pieces, appended there (a
     * space between), and how many of the row's were noted (read_data_table) */
    Buf *struck_to;
    int row_struck;
    int table, row, col; /* the data table (from 1, in document order), row and
                          * column (from 1) being read */
    DocxToc toc; /* a table of contents being left out (docx_toc.c) */
    int in_cells; /* reading a data table's cells: their list labels are text */
    unsigned cell_emph; /* the cell read's emphasis: bit 1 bold, 2 italic, 4 underline */
    /* the data table whose cell (or title or note row) is being read, and
     * the conditional formats of its style that apply there
     * (docx_tablook.h), for its paragraphs' look; NULL, 0 elsewhere */
    const struct DocxTablePlace *look;
    unsigned look_cnf;
    DiagSink *diags;
    const char *path;
    DocxChunks *ck; /* the document's embedded documents; NULL in one (one level deep) */
    size_t *budget; /* in an embedded package: what the embedded documents may still unpack */
    int failed;     /* an embedded document was refused with a diagnostic */
    size_t *copy_left; /* what covered merged cells may still copy (docx_vmerge.c) */
    size_t copies;     /* the budget copy_left points to in the outermost document */
    /* text boxes that hold the plan's header, read as paragraphs after the
     * paragraph they are anchored in (box_notes, read_boxes) */
    const xmlNode *boxes[8];
    int n_boxes, in_box;
    int box_text; /* reading a text box's text for its note: a table in it is the box's */
    /* text boxes holding an attachment page's label, read before the
     * paragraph they are anchored in (label_boxes), not noted again */
    const xmlNode *labels[2];
    int n_labels;
    /* embedded Excel worksheets (their o:OLEObject) in the paragraph being
     * read, read as tables after it (docx_ole.c) */
    const xmlNode *sheets[8];
    int n_sheets;
} Reader;

#endif
