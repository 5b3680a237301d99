/* floor_xlsx.c - the floor of khgen's workbook: libxlsxwriter writing the
 * same cells with one format and no merges.
 *
 *     floor_xlsx CELLS.tsv OUT.xlsx
 *
 * CELLS.tsv is what tests/bench/cells.py extracts from khgen's workbook: a
 * line "S<TAB>name" starts a sheet, then one line per cell,
 * "row<TAB>col<TAB>n<TAB>number" or "row<TAB>col<TAB>s<TAB>text" (text with
 * \\, \t and \n escaped). The whole file is read first, then the workbook
 * is written with the library khgen links (same default options), every
 * cell in one format. Built and run by tests/bench/bench.py.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xlsxwriter.h>

static char *read_all(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 20, n;
    char *text = malloc(cap + 1);
    *len = 0;
    while (text && (n = fread(text + *len, 1, cap - *len, f)) > 0) {
        *len += n;
        if (*len == cap)
            text = realloc(text, (cap *= 2) + 1);
    }
    fclose(f);
    if (text)
        text[*len] = '\0';
    return text;
}

/* Unescapes s in place (\\t, \\n, \\\\). */
static void unescape(char *s)
{
    char *d = s;
    for (; *s; s++) {
        if (*s == '\\' && s[1]) {
            s++;
            *d++ = *s == 't' ? '\t' : *s == 'n' ? '\n' : *s;
        } else {
            *d++ = *s;
        }
    }
    *d = '\0';
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fputs("usage: floor_xlsx CELLS.tsv OUT.xlsx\n", stderr);
        return 2;
    }
    size_t len;
    char *text = read_all(argv[1], &len);
    if (!text) {
        perror(argv[1]);
        return 2;
    }
    lxw_workbook *wb = workbook_new(argv[2]);
    lxw_format *fmt = workbook_add_format(wb);
    format_set_text_wrap(fmt);
    format_set_border(fmt, LXW_BORDER_THIN);
    lxw_worksheet *ws = NULL;
    long cells = 0;
    for (char *line = text; line && *line;) {
        char *next = strchr(line, '\n');
        if (next)
            *next++ = '\0';
        if (line[0] == 'S' && line[1] == '\t') {
            ws = workbook_add_worksheet(wb, line + 2);
        } else if (ws) {
            char *p = line;
            long row = strtol(p, &p, 10);
            long col = strtol(p + 1, &p, 10);
            char kind = p[1];
            char *value = p + 3;
            if (kind == 'n') {
                worksheet_write_number(ws, (lxw_row_t)row, (lxw_col_t)col, atof(value), fmt);
            } else {
                unescape(value);
                worksheet_write_string(ws, (lxw_row_t)row, (lxw_col_t)col, value, fmt);
            }
            cells++;
        }
        line = next;
    }
    if (workbook_close(wb) != LXW_NO_ERROR) {
        fprintf(stderr, "%s: cannot write\n", argv[2]);
        return 2;
    }
    printf("%ld cells\n", cells);
    free(text);
    return 0;
}
