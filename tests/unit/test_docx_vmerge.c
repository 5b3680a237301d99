/* test_docx_vmerge.c - unit tests of docx_vmerge.c: the text a covered
 * cell of a vertical merge (w:vMerge) takes, and the budget its copies
 * share.
 *
 * attack22 M2 merges one cell over one other and lead22 spends the
 * budget by thousands of bytes; session 23's mutation sweep found the
 * bounds between them untested: the grid columns 0 and 63 and those
 * outside, a merge restarted in the header row (row 0), a covered cell
 * whose merge was closed by a cell without w:vMerge, a merged cell that
 * is empty, a budget of exactly the text's length and one byte less, no
 * budget at all, and a merge restarted in the same column (the text
 * replaced, not added to).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "docx_vmerge.h"

/* A w:vMerge element, with w:val="val" when val is not NULL. */
static xmlNode *vmerge(const char *val)
{
    xmlNode *n = xmlNewNode(NULL, BAD_CAST "vMerge");
    if (val)
        xmlNewProp(n, BAD_CAST "val", BAD_CAST val);
    return n;
}

/* cell holding text */
static void set(Buf *cell, const char *text)
{
    buf_reset(cell);
    buf_puts(cell, text);
}

static int is(const Buf *cell, const char *text)
{
    return cell->len == strlen(text) && (!cell->len || memcmp(cell->data, text, cell->len) == 0);
}

/* A merge restarted in row 1 covers rows 2 and 3 (a covered cell's own
 * text replaced, explicit "continue" as the bare mark); each copy spends
 * the budget; a cell without w:vMerge ends it. */
static void covers_rows(void **state)
{
    (void)state;
    xmlNode *restart = vmerge("restart"), *cont = vmerge(NULL), *cont2 = vmerge("continue");
    size_t left = 100;
    DocxVMerges vm = {0};
    vm.left = &left;
    Buf cell = {0};
    vm.row = 1;
    set(&cell, "Phòng A");
    assert_int_equal(docx_vmerge_cell(&vm, restart, 3, &cell), 0);
    assert_true(is(&cell, "Phòng A"));
    vm.row = 2;
    set(&cell, "riêng");
    assert_int_equal(docx_vmerge_cell(&vm, cont, 3, &cell), 1);
    assert_true(is(&cell, "Phòng A"));
    assert_int_equal(left, 100 - strlen("Phòng A"));
    vm.row = 3;
    set(&cell, "");
    assert_int_equal(docx_vmerge_cell(&vm, cont2, 3, &cell), 1);
    assert_true(is(&cell, "Phòng A"));
    assert_int_equal(left, 100 - 2 * strlen("Phòng A"));
    /* another column has no merge open */
    set(&cell, "x");
    assert_int_equal(docx_vmerge_cell(&vm, cont, 4, &cell), 0);
    assert_true(is(&cell, "x"));
    /* a cell without a mark closes the merge of its column */
    vm.row = 4;
    set(&cell, "B");
    assert_int_equal(docx_vmerge_cell(&vm, NULL, 3, &cell), 0);
    assert_true(is(&cell, "B"));
    vm.row = 5;
    set(&cell, "C");
    assert_int_equal(docx_vmerge_cell(&vm, cont, 3, &cell), 0);
    assert_true(is(&cell, "C"));
    assert_int_equal(vm.cut, 0);
    /* restarted again in the same column: the new text alone */
    vm.row = 6;
    set(&cell, "Mới");
    assert_int_equal(docx_vmerge_cell(&vm, restart, 3, &cell), 0);
    vm.row = 7;
    set(&cell, "");
    assert_int_equal(docx_vmerge_cell(&vm, cont, 3, &cell), 1);
    assert_true(is(&cell, "Mới"));
    /* restarted with an empty cell: the covered cell is empty, no copy */
    vm.row = 8;
    set(&cell, "");
    assert_int_equal(docx_vmerge_cell(&vm, restart, 3, &cell), 0);
    vm.row = 9;
    set(&cell, "own");
    size_t before = left;
    assert_int_equal(docx_vmerge_cell(&vm, cont, 3, &cell), 0);
    assert_true(is(&cell, ""));
    assert_int_equal(left, before);
    assert_int_equal(vm.cut, 0);
    buf_free(&cell);
    docx_vmerge_free(&vm);
    xmlFreeNode(restart);
    xmlFreeNode(cont);
    xmlFreeNode(cont2);
}

/* A merge restarted in row 0 (the header's) is not copied: its covered
 * cell keeps its own text, and counts as merged (1), so that import tells
 * a third header row under it (s26foreign). */
static void header_row(void **state)
{
    (void)state;
    xmlNode *restart = vmerge("restart"), *cont = vmerge(NULL);
    size_t left = 100;
    DocxVMerges vm = {0};
    vm.left = &left;
    Buf cell = {0};
    set(&cell, "STT");
    assert_int_equal(docx_vmerge_cell(&vm, restart, 0, &cell), 0);
    vm.row = 1;
    set(&cell, "own");
    assert_int_equal(docx_vmerge_cell(&vm, cont, 0, &cell), 1);
    assert_true(is(&cell, "own"));
    assert_int_equal(left, 100);
    buf_free(&cell);
    docx_vmerge_free(&vm);
    xmlFreeNode(restart);
    xmlFreeNode(cont);
}

/* Columns 0 and 63 are read; -1 and 64 are not (the cell untouched). */
static void columns(void **state)
{
    (void)state;
    xmlNode *restart = vmerge("restart"), *cont = vmerge(NULL);
    size_t left = 100;
    DocxVMerges vm = {0};
    vm.left = &left;
    Buf cell = {0};
    const int cols[] = {0, DOCX_VMERGE_COLS - 1, -1, DOCX_VMERGE_COLS};
    for (size_t i = 0; i < 4; i++) {
        vm.row = 1;
        set(&cell, "A");
        assert_int_equal(docx_vmerge_cell(&vm, restart, cols[i], &cell), 0);
        vm.row = 2;
        set(&cell, "own");
        assert_int_equal(docx_vmerge_cell(&vm, cont, cols[i], &cell), i < 2);
        assert_true(is(&cell, i < 2 ? "A" : "own"));
    }
    assert_int_equal(left, 98);
    buf_free(&cell);
    docx_vmerge_free(&vm);
    xmlFreeNode(restart);
    xmlFreeNode(cont);
}

/* A budget of the text's length copies it and leaves 0; one byte less
 * leaves the cell empty and counts it; no budget copies nothing. */
static void budget(void **state)
{
    (void)state;
    xmlNode *restart = vmerge("restart"), *cont = vmerge(NULL);
    Buf cell = {0};
    for (int k = 0; k < 3; k++) {
        size_t left = k == 0 ? 3 : 2;
        DocxVMerges vm = {0};
        vm.left = k == 2 ? NULL : &left;
        vm.row = 1;
        set(&cell, "abc");
        assert_int_equal(docx_vmerge_cell(&vm, restart, 5, &cell), 0);
        vm.row = 2;
        set(&cell, "own");
        assert_int_equal(docx_vmerge_cell(&vm, cont, 5, &cell), k == 0);
        assert_true(is(&cell, k == 0 ? "abc" : ""));
        assert_int_equal(vm.cut, k != 0);
        assert_int_equal(left, k == 0 ? 0 : 2);
        vm.row = 3;
        set(&cell, "own");
        assert_int_equal(docx_vmerge_cell(&vm, cont, 5, &cell), 0);
        assert_true(is(&cell, ""));
        assert_int_equal(vm.cut, k == 0 ? 1 : 2);
        docx_vmerge_free(&vm);
    }
    /* one byte over a budget of none: cut; an empty merged cell under no
     * budget copies nothing and is not counted */
    for (int k = 0; k < 2; k++) {
        size_t left = 0;
        DocxVMerges vm = {0};
        vm.left = k == 0 ? &left : NULL;
        vm.row = 1;
        set(&cell, k == 0 ? "a" : "");
        assert_int_equal(docx_vmerge_cell(&vm, restart, 5, &cell), 0);
        vm.row = 2;
        set(&cell, "own");
        assert_int_equal(docx_vmerge_cell(&vm, cont, 5, &cell), 0);
        assert_true(is(&cell, ""));
        assert_int_equal(vm.cut, k == 0);
        assert_int_equal(left, 0);
        docx_vmerge_free(&vm);
    }
    buf_free(&cell);
    xmlFreeNode(restart);
    xmlFreeNode(cont);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(covers_rows),
        cmocka_unit_test(header_row),
        cmocka_unit_test(columns),
        cmocka_unit_test(budget),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
