/* diag_order.c - the order the sink prints its diagnostics in: by file
 * name (strcmp; a diagnostic without a file first), then line, column and
 * the order they were reported in, so that the output reads top to bottom
 * like the file whatever order the stages found the problems in. Moved
 * out of diag.c (at its size limit) unchanged. No state.
 */
#include "diag_impl.h"

#include <string.h>

static int compare_files(const char *a, const char *b)
{
    if (a == b)
        return 0;
    if (!a)
        return -1;
    if (!b)
        return 1;
    return strcmp(a, b);
}

int diag_compare(const void *pa, const void *pb)
{
    const Diag *a = pa, *b = pb;
    int by_file = compare_files(a->pos.file, b->pos.file);
    if (by_file != 0)
        return by_file;
    if (a->pos.line != b->pos.line)
        return a->pos.line < b->pos.line ? -1 : 1;
    if (a->pos.col != b->pos.col)
        return a->pos.col < b->pos.col ? -1 : 1;
    if (a->order != b->order)
        return a->order < b->order ? -1 : 1;
    return 0;
}
