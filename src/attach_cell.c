/* attach_cell.c - how a table cell's value prints: a number by its column's
 * type (an int with the thousands dot, a year without it, a decimal or a
 * percentage with the column's digits) and a date dd/mm/yyyy, the text
 * every back end shows and the workbook's number formats match.
 */
#include "attach_impl.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vi.h"

void attach_put_number(Buf *out, const Column *col, double value)
{
    switch (col ? col->type : COL_DECIMAL) {
    case COL_INT: /* "1.705": the thousands dot, as figures print it */
        vi_put_int(out, (long long)llround(value), 0);
        break;
    case COL_STT:
    case COL_YEAR: /* "2024", never "2.024" */
        buf_put_int(out, (long)llround(value), 0);
        break;
    case COL_PERCENT:
        vi_put_decimal(out, value, col->decimals);
        buf_putc(out, '%');
        break;
    case COL_DECIMAL:
        vi_put_decimal(out, value, col->decimals);
        break;
    default:
        vi_put_decimal(out, value, -1);
        break;
    }
}

int attach_excel_shows_other(const Column *col, double value, Buf *printed, Buf *shown)
{
    /* both with the digits after the comma the workbook's format gives
     * the cell (the column's, else as many as the value needs) */
    Column fixed = *col;
    if ((col->type == COL_DECIMAL || col->type == COL_PERCENT) && col->decimals < 0)
        fixed.decimals = vi_decimals_needed(value);
    char digits[40];
    snprintf(digits, sizeof digits, "%.15g", value); /* what Excel keeps of it */
    buf_reset(printed);
    buf_reset(shown);
    attach_put_number(printed, &fixed, value);
    attach_put_number(shown, &fixed, strtod(digits, NULL));
    return strcmp(buf_str(printed), buf_str(shown)) != 0;
}

double attach_workbook_value(const Column *col, double value)
{
    if (!(value < 0))
        return value;
    Buf b = {0};
    attach_put_number(&b, col, value);
    int signed_text = b.len > 0 && b.data[0] == '-';
    buf_free(&b);
    return signed_text ? value : 0.0;
}

double attach_cell_number(const Column *col, double value)
{
    if ((col->type != COL_DECIMAL && col->type != COL_PERCENT) || col->decimals < 0)
        return value;
    Buf b = {0};
    vi_put_decimal(&b, value, col->decimals);
    double printed;
    int decimals;
    if (vi_parse_number(buf_str(&b), &printed, &decimals) != VNUM_OK)
        printed = value; /* past 15 digits: as it is (KH108 bounds what a plan writes) */
    buf_free(&b);
    return printed == 0 ? 0.0 : printed; /* "0,0" of -0,04 is 0, not -0 */
}

const char *att_number_text(Arena *arena, const Column *col, double value)
{
    Buf b = {0};
    attach_put_number(&b, col, value);
    char *s = buf_to_arena(&b, arena);
    buf_free(&b);
    return s;
}

/* Table dates are dd/mm/yyyy, as the workbook's date format shows them. */
const char *att_date_text(Arena *arena, VDate date)
{
    return arena_printf(arena, "%02d/%02d/%04d", date.day, date.month, date.year);
}

int attach_prints_as(const Column *col, double v, double sum)
{
    Buf a = {0}, b = {0};
    attach_put_number(&a, col, v);
    attach_put_number(&b, col, sum);
    int same = a.data && b.data && strcmp(a.data, b.data) == 0;
    buf_free(&a);
    buf_free(&b);
    return same;
}
