/* docx_vmerge.c - the text of a .docx table's vertically merged cells.
 *
 * Word writes a vertical merge (w:vMerge) as its text in the first cell
 * ("restart") and leaves the cells it covers empty (what one holds is not
 * shown, and not read). A data row covered so is the merged cell's row too
 * (one unit leading two tasks, merged over both in "Đơn vị chủ trì"), so
 * import gives it the merged cell's text; a merge that starts in the first
 * row (the header's, "STT" over two header rows) is left empty, as the
 * header's reading expects (s22attack M2).
 *
 * Copying is the one place where import writes more than the document
 * holds: a 26 KB .docx of one cell of 100 KB merged over 8,000 rows became
 * a plan of 1 GB (9 GB of memory). The copies of one import therefore
 * share a budget (DOCX_VMERGE_BUDGET); past it, a covered cell is left
 * empty and counted, and import warns (KH759), so the plan stays within a
 * fixed size of the document's text.
 */
#include "docx_vmerge.h"

#include <string.h>

#include "docx_tree.h"

int docx_vmerge_cell(DocxVMerges *vm, const xmlNode *v, int col, Buf *cell)
{
    if (col < 0 || col >= DOCX_VMERGE_COLS)
        return 0;
    char *val = v ? docx_attr(v, "val") : NULL;
    int restart = val && strcmp(val, "restart") == 0;
    if (val)
        xmlFree(val);
    if (v && !restart) {
        if (vm->from_row[col] == 0)
            return (int)(vm->head >> col & 1);
        /* the merged cell's text, whatever the covered cell holds: Word
         * and LibreOffice show the first cell's over the rows it covers,
         * and a covered cell's own text, which a generator may leave
         * there, was read in its place (s22attack M2) */
        buf_reset(cell);
        size_t n = vm->text[col].len;
        if (n > 0 && (!vm->left || n > *vm->left)) {
            vm->cut++;
            return 0;
        }
        if (n == 0)
            return 0;
        *vm->left -= n;
        buf_putn(cell, vm->text[col].data, n);
        return 1;
    }
    buf_reset(&vm->text[col]);
    vm->from_row[col] = 0;
    vm->head = restart && vm->row == 0 ? vm->head | 1ull << col : vm->head & ~(1ull << col);
    if (restart && vm->row > 0) {
        if (cell->len)
            buf_putn(&vm->text[col], cell->data, cell->len);
        vm->from_row[col] = vm->row;
    }
    return 0;
}

void docx_vmerge_free(DocxVMerges *vm)
{
    for (int k = 0; k < DOCX_VMERGE_COLS; k++)
        buf_free(&vm->text[k]);
}
