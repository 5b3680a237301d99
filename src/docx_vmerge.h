/* docx_vmerge.h - the text of a .docx table's vertically merged cells, for
 * import (docx_vmerge.c). */
#ifndef KHGEN_DOCX_VMERGE_H
#define KHGEN_DOCX_VMERGE_H

#include <stddef.h>

#include <libxml/tree.h>

#include "util.h"

enum { DOCX_VMERGE_COLS = 64 };

/* What all the covered cells of one import may copy, in bytes: a real
 * plan's merged cells ("Phòng Kinh tế" over three rows) copy kilobytes. */
#define DOCX_VMERGE_BUDGET ((size_t)4 << 20)

/* The merges open in one data table; zeroed to start, then `left` set to
 * the import's budget (shared by every table and embedded document). */
typedef struct DocxVMerges {
    Buf text[DOCX_VMERGE_COLS];    /* the text of the merge open in each column */
    int from_row[DOCX_VMERGE_COLS]; /* the row it started in, 0 for none (row 0 never copies) */
    int row;                        /* the row being read, from 0 */
    size_t *left;                   /* bytes the covered cells may still copy */
    int cut;                        /* covered cells left empty, the budget spent */
    /* the columns whose merge began in the first row (the header's "TT"
     * over two or three header rows), never copied: a covered cell there
     * still counts as merged, so that a third header row is told */
    unsigned long long head;
} DocxVMerges;

/* Reads the merge mark v (a cell's w:vMerge, or NULL) of the cell in grid
 * column col whose text is cell. A merge's first cell ("restart") is
 * remembered; a covered cell takes that text in place of its own and
 * returns 1, unless copying it would pass *left (then the cell is left
 * empty, counted in cut, and 0 is returned). A covered cell of a merge
 * that began in the first row copies nothing and returns 1. The caller owns cell; vm
 * owns its copies until docx_vmerge_free. */
int docx_vmerge_cell(DocxVMerges *vm, const xmlNode *v, int col, Buf *cell);

/* Frees the texts vm holds; vm may be zeroed and reused. */
void docx_vmerge_free(DocxVMerges *vm);

#endif
