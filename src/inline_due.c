/* inline_due.c - a task's deadline as the phrase the documents print:
 * "quý IV/2024", "Thường xuyên trong năm 2024", "trước ngày 28/02/2025",
 * "Hoàn thành trước tháng 11/2024", from the wording templates, or the
 * deadline's own text, its prefix before the phrase. '{due}' (inline.c)
 * and the tables' deadline columns (query_fields.c) print it through
 * inline_put_due, the one place it is worded. A deadline's own text never
 * names '{due}' (KH216, inline.c's check); its expansion there prints
 * nothing (inline.c's expand_due guard).
 *
 * Stage: 5 (render), reading a const Plan; the phrase of a deadline's
 * numbers is rendered once per template set (wording_memo).
 */
#include "inline.h"

#include <string.h>

#include "vi.h"

static void render_wording(const InlineCtx *ctx, const char *key, const TValue *values, Buf *out)
{
    const char *wording = tpl_wording(ctx->templates, key);
    if (wording)
        tpl_render_text(ctx->templates, "templates/wording.yaml", wording, strlen(wording), values,
                        TPL_ESCAPE_NONE, out);
}

/* An ongoing deadline of a plan whose period spans years, printed with
 * that span, not with its last year alone: the plan of a school year
 * (from August or September to May..August of the next year) is
 * "Thường xuyên trong năm học 2024-2025", another period over years
 * "Thường xuyên trong giai đoạn 2021-2025" (s25attack: a school-year
 * plan printed "Thường xuyên trong năm 2025", the one year of the two
 * its officials never write alone). The wording key for due (NULL: the
 * deadline's own, due_ongoing for a period within one year) and the
 * period's first year in *from. The one place this is decided. */
static const char *ongoing_span_key(const Plan *plan, const Deadline *due, int *from)
{
    VDate a = plan ? plan->period_from : (VDate){0, 0, 0};
    VDate b = plan ? plan->period_to : (VDate){0, 0, 0};
    if (due->kind != DUE_ONGOING || !a.year || b.year <= a.year || due->year != b.year)
        return NULL;
    *from = a.year;
    int school = b.year == a.year + 1 && (a.month == 8 || a.month == 9) && b.month >= 5 &&
                 b.month <= 8;
    return school ? "due_ongoing_school_year" : "due_ongoing_years";
}

/* A deadline's numbers packed for wording_memo (0: not kept, for numbers
 * out of the usual ranges, and for an ongoing deadline printed with its
 * plan's span of years, span_from not 0: the key has no room for it). */
static unsigned long long due_memo_key(const Deadline *due, int span_from)
{
    if (span_from)
        return 0;
    if (due->year < 0 || due->year > 0xFFFF || due->month < 0 || due->month > 15 ||
        due->day < 0 || due->day > 31 || due->quarter < 0 || due->quarter > 15 ||
        due->half < 0 || due->half > 15 || (unsigned)due->kind > 0xFF)
        return 0;
    return 1ULL << 62 | (unsigned long long)due->kind << 40 | (unsigned long long)!!due->before << 36 |
           (unsigned long long)due->year << 20 | (unsigned long long)due->month << 16 |
           (unsigned long long)due->day << 8 | (unsigned long long)due->quarter << 4 |
           (unsigned long long)due->half;
}

void inline_put_due(const InlineCtx *ctx, const Deadline *due, Buf *out)
{
    if (due->kind == DUE_NONE)
        return;
    if (due->prefix) {
        /* "Hoàn thành thường xuyên trong năm 2024": after a prefix the
         * phrase continues the sentence, so its capital goes */
        inline_expand(ctx, due->prefix, INLINE_PLAIN, out);
        buf_putc(out, ' ');
        size_t start = out->len;
        Deadline bare = *due;
        bare.prefix = NULL;
        inline_put_due(ctx, &bare, out);
        if (out->len > start && out->data[start] >= 'A' && out->data[start] <= 'Z')
            out->data[start] = (char)(out->data[start] - 'A' + 'a');
        return;
    }
    if (due->text) {
        inline_expand(ctx, due->text, INLINE_PLAIN, out);
        return;
    }
    /* the phrase depends on the numbers alone: rendered once per set */
    int span_from = 0;
    const char *span_key = ongoing_span_key(ctx->plan, due, &span_from);
    unsigned long long memo_key = due_memo_key(due, span_from);
    if (wording_memo_get(ctx->templates, memo_key, out))
        return;
    size_t start = out->len;
    Arena *arena = ctx->arena;
    TValue *values = tv_map(arena);
    Buf part = {0};
    buf_put_int(&part, due->year, 1);
    tv_set_str(arena, values, "year", part.data);
    const char *key = "due_year";
    switch (due->kind) {
    case DUE_DATE:
        buf_reset(&part);
        vi_put_date_short(&part, (VDate){due->year, due->month, due->day});
        tv_set_str(arena, values, "date", part.data);
        key = "due_date";
        break;
    case DUE_MONTH:
        buf_reset(&part);
        vi_put_month(&part, due->month);
        tv_set_str(arena, values, "month", part.data);
        key = "due_month";
        break;
    case DUE_QUARTER:
        buf_reset(&part);
        vi_put_roman(&part, due->quarter);
        tv_set_str(arena, values, "quarter", part.data);
        key = "due_quarter";
        break;
    case DUE_HALF:
        key = due->half == 1 ? "due_half1" : "due_half2";
        break;
    case DUE_ONGOING:
        key = span_key ? span_key : "due_ongoing";
        if (span_key) {
            buf_reset(&part);
            buf_put_int(&part, span_from, 1);
            tv_set_str(arena, values, "from", part.data);
        }
        break;
    default:
        break;
    }
    if (due->before) {
        Buf phrase = {0};
        render_wording(ctx, key, values, &phrase);
        tv_set_str(arena, values, "phrase", phrase.data ? phrase.data : "");
        buf_free(&phrase);
        key = "due_before";
    }
    render_wording(ctx, key, values, out);
    buf_free(&part);
    if (out->len > start)
        wording_memo_put(ctx->templates, memo_key, out->data + start, out->len - start);
}
