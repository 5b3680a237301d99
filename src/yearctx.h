/* yearctx.h - whether a year written in a text is the plan's own: the one
 * "year in context" rule of `khgen diff` (a part whose only change is the
 * year moved), `khgen import` (a year made {year}) and `khgen new` (a
 * text that still says the old year). Depends on dockind.c and vi.c. */
#ifndef KHGEN_YEARCTX_H
#define KHGEN_YEARCTX_H

#include <stddef.h>

/* Each asks about the four digits at text + at (a NUL-terminated text;
 * the caller saw four digits there, no digit before nor after them) and
 * reads a bounded stretch around them, so a caller asking of each year
 * of a text stays linear in it. */

/* Whether the words around them name a year: after "năm" in any case; in
 * a date or a month ("15/7/2024", "tháng 10/2024", "quý IV/2024",
 * "2024-07-15"); an end of a range of years ("2021–2025", "2024/2025");
 * the plan's own year, or the one before or after it (own: the plan's
 * year, 0 for none), after a word of time or of a table's column ("đến
 * 2024", "Kế hoạch 2024", "Thực hiện 2023"); or in a list after such a
 * year ("năm 2023 và 2024"). */
int yearctx_named(const char *text, size_t at, int own);

/* Whether they belong to a document the text cites, which a new year
 * does not change: its number ("08/2024/NQ-HĐND", "Nghị quyết số
 * 12/2024", "Chỉ thị 05/2024"), the date it was issued ("số 08/2023/NQ-HĐND
 * ngày 10/01/2024", "ngày 11/01/2024 của UBND tỉnh", "tại Công văn ngày
 * ..."), a law's name ("Luật Đất đai năm 2024") or a cited document's
 * subject ("Quyết định số 12/QĐ-UBND ... về giao chỉ tiêu năm 2024"). */
int yearctx_cited(const char *text, size_t at);

/* Whether they are something else than the plan's year: cited
 * (yearctx_cited); an amount or a count ("2024 triệu đồng", "2024 hộ",
 * "2024 sản phẩm" where no word names a year); a piece of a longer number
 * ("2024,5", "0,2024", "2024ha"); a fraction or a number over another
 * ("1/2024" with no word of a month or time before it); an address (a
 * house or lane number, "số 2024 đường ...", "ngõ 2024", a number after
 * "số", or a part of a web or mail address). */
int yearctx_other(const char *text, size_t at);

/* The plan's year as the text names it: yearctx_named and not
 * yearctx_other (the rule of diff_year_only). */
int yearctx_plan(const char *text, size_t at, int own);

/* Whether they are one end of a range of years, "2021–2025", "2021 -
 * 2025", "2024/2025": the other end 1 to 30 years from it, no unit after
 * the range. */
int yearctx_range(const char *text, size_t at);

/* A period a plan cites: a range of PERIOD_YEARS years or more between
 * its ends, "giai đoạn 2021-2025", "2021-2030", "nhiệm kỳ 2021-2026" (a
 * five- or ten-year programme's, a term's), or of two or three named as a
 * period, after "giai đoạn", "nhiệm kỳ" or "N năm" ("giai đoạn
 * 2024-2026", "Kế hoạch 3 năm 2024-2026": a two- or three-year
 * programme's, read as the plan's years until s39cycle), which does not
 * move with the plan's year: `khgen new` does not note its years, and `khgen diff` shows
 * it moved whole ("giai đoạn [-2021-2025-]{+2022-2026+}"), where new kept
 * it and diff counted it as a year moved (s38cycle). A range whose end
 * alone moved ("2021–2024 đã đạt" -> "2021–2025", results to date) or a
 * range of one year ("năm học 2024-2025", the plan's own "giai đoạn
 * 2024-2025") or a short one not so named ("2023-2025") is the plan's
 * years.
 * yearctx_period: whether the four digits at text + at are an end of such
 * a range. yearctx_period_slid: whether those at old + io open such a
 * range and new_text at jo holds it with both ends moved by one amount. */
enum { PERIOD_YEARS = 4 };
int yearctx_period(const char *text, size_t at);
int yearctx_period_slid(const char *old, size_t io, const char *new_text, size_t jo);

/* The number of ASCII digits at s; the value of the four digits at s
 * (the caller saw four). */
size_t yearctx_digits(const char *s);
int yearctx_value(const char *s);

#endif
