/* attach.h - attachment tables (Biểu 01, 02, ...): from the plan to rows.
 *
 * A plan declares its attached tables under `attachments:` (README.md,
 * "Attachments"): a label, a title, columns, and rows that are either
 * written out or generated from the plan's own data - the localities
 * registry, the tasks of the body, or the criteria of an imported catalog -
 * with filters, sorting, grouping and merged cells. Common tables come from
 * presets, templates/presets/NAME.yaml, that give columns and a row source a
 * plan can adjust.
 *
 * This module turns that declaration into finished Attachment structs
 * (plan.h) that every back end prints without further decisions:
 *
 *   - every Row has one Cell per column; Cell.text is the display text,
 *     plain (inline references expanded, Markdown emphasis removed), with
 *     numbers already in Vietnamese form ("16,9", "92,1%", "05/02/2024");
 *     numeric cells also have is_number and number (a percent cell holds the
 *     percent: 92.1 for 92,1%), date cells have date;
 *   - group rows (is_group) carry group_title; their STT cell holds the
 *     Roman numeral ("I") and their other cells are empty. Back ends print
 *     the title across the columns after the STT column;
 *   - STT cells are numbered 1, 2, 3 within each group;
 *   - a cell with merge_down[c] = k spans the k rows below it in column c;
 *     the covered cells repeat its text (attach_cell_covered tells them
 *     apart), so Markdown can repeat or blank them and HTML/XLSX merge;
 *   - totals are not a row: has_totals and Column.total say which columns a
 *     totals row sums (attach_column_total gives the sum).
 *
 * The work is split in two because a plan may declare its tables before the
 * registries they draw on: attach_parse() reads and checks the declaration
 * while parse.c reads the file; attach_resolve() runs once the whole plan is
 * parsed and indexed, and builds the rows.
 */
#ifndef KHGEN_ATTACH_H
#define KHGEN_ATTACH_H

#include <stddef.h>

#include "diag.h"
#include "load.h"
#include "plan.h"
#include "template.h"
#include "util.h"

/* Parses the `attachments:` list (attachments_node) into plan->attachments
 * and plan->n_attachments, applying presets (read through templates as
 * "presets/NAME.yaml"). Explicit rows are read and typed here; generated rows
 * are built by attach_resolve. Everything is allocated in arena; the YAML
 * tree must stay alive until attach_resolve has run (it is in the same
 * arena). Reports problems as KH600-KH629 and returns the number of errors. */
int attach_parse(Arena *arena, DiagSink *diags, TemplateSet *templates, Plan *plan,
                 const YNode *attachments_node);

/* Parses a table in the body (a body entry `table:`, node, whose items
 * parse.c has read into body_node) into a new Attachment that is not one
 * of plan->attachments (no page, no sheet): its columns (or a preset's),
 * a note, totals and merges as an attachment has them, and rows written
 * out, generated ({from: ...}) or, without `rows`, the tasks among its
 * items, one row each. Reports KH6xx (KH622: rows missing, given twice, or
 * items that are not tasks) and returns NULL when the table cannot be
 * built. attach_resolve builds its rows with the attachments'. Allocated
 * in arena. */
Attachment *attach_parse_table(Arena *arena, DiagSink *diags, TemplateSet *templates, Plan *plan,
                               const YNode *node, const BodyNode *body_node);

/* Finishes the tables once the whole plan is parsed (units, levels,
 * localities, catalogs, body): checks and expands the inline references of
 * titles, notes and text cells, generates the rows of `from:` tables
 * (filters, sorting, grouping), computes STT numbers and merges, and checks
 * the ids, fields and criteria the tables use. Safe to call when
 * attach_parse was not called or failed. Returns the number of errors. */
int attach_resolve(Arena *arena, DiagSink *diags, Plan *plan);

/* Makes the rows attach_resolve left for later: a generated table's rows
 * and cells (a task's text, the units that answer for a criterion, every
 * number's spelling), STT numbers and merges. Resolve selects, sorts and
 * groups the items, counts uses and finds what check reports; nothing in
 * check reads the cells, so `khgen check` neither builds nor holds them.
 * Every reader of Attachment.rows after resolve calls this first:
 * render_ctx_init and render_xlsx_buf (so every back end prints the same
 * rows), diff (through render_ctx_init), and a figure over a table's rows
 * (attach_fill_table). Idempotent; writes only the tables' rows, in the
 * arena attach_resolve was given, which must still be alive. */
void attach_fill_texts(const Plan *plan);

/* attach_fill_texts for one table. */
void attach_fill_table(const Attachment *att);

/* Warns (KH635, attach_wide.c) at each attachment or table in the body
 * one of whose numbers the .docx and the HTML print broken over two
 * lines: a value of a number column wider than the column's share of the
 * page (colwidth.h, table_number_overflow). For the build of those
 * formats, once. */
void attach_warn_narrow_numbers(const Plan *plan, DiagSink *diags);

/* 1 if att's rows are complete: made, or nothing left to make; 0 while
 * they are being made (a figure over a table's rows in its own cells). */
int attach_table_filled(const Attachment *att);

/* The number of header rows: 2 if any column has a group, else 1. */
int attach_header_rows(const Attachment *att);

/* Sum of the numeric cells of column col over the rows (group rows and
 * covered cells excluded): what a totals row shows. */
double attach_column_total(const Attachment *att, size_t col);

/* Appends value formatted as the column prints its cells: "21", "16,9",
 * "92,1%" (value in percent). */
void attach_put_number(Buf *out, const Column *col, double value);

/* 1 when v prints in col as sum does (attach_put_number's text): a typed
 * total that is the sum as the document would print it, the one test of
 * the row sums (KH640, attach_rowsum.c) and the hand totals
 * (attach_handtotal.c). */
int attach_prints_as(const Column *col, double v, double sum);

/* 1 when Excel, which shows a number to 15 significant digits, would show
 * value otherwise than the document prints it in col: a total of 16
 * digits, 1.999.999.999.999.998, that Excel shows 2.000.000.000.000.000
 * (s15attack). *printed gets the document's text, *shown Excel's, both
 * written the document's way (attach_put_number, with the digits after
 * the comma the workbook's format gives the cell). The one rule for the
 * workbook's numbers (render_xlsx.c). */
int attach_excel_shows_other(const Column *col, double value, Buf *printed, Buf *shown);

/* The number a cell of col holds for value: the value as the column
 * prints it when its `decimals` fixes the digits (1.005 with decimals: 2
 * is 1.01), so the rows the document prints add up to its totals row, its
 * figures and the workbook's SUM (1,01 + 2,68 + 0,10 + 0,20 = 3,99, where
 * the values unrounded gave 3,98: s26attack L10); else value. */
double attach_cell_number(const Column *col, double value);

/* The number the workbook holds for value in a cell of col: value, but 0
 * for a negative value the document prints without its sign because it
 * rounds to zero at the column's digits (-0,04 with decimals: 1 prints
 * "0,0", -0,4 in an int column "0"), which the workbook's format "0.0"
 * showed "-0.0" (Excel; LibreOffice "0.0"): the cell and the document
 * show one figure (s17attack L7). A SUM over the column then counts it as
 * the 0 it shows. (attach_cell.c) */
double attach_workbook_value(const Column *col, double value);

/* The label a totals row prints in its first cells ("Tổng cộng"). */
const char *attach_totals_label(const Attachment *att);

/* Index of the first column with Column.total set, or n_columns if none. */
size_t attach_first_total_column(const Attachment *att);

/* Whether the text s is a totals row's label: "Tổng cộng", "Tổng", "Cộng"
 * or "Tổng số", in any case, spaces or a ':' after it (attach_handtotal.c;
 * also what `khgen import` reads back as a table's totals row). */
int attach_is_totals_label(const char *s);

/* 1 when text (spaces around it and, with allow_percent, its "%" aside)
 * is a figure an English keyboard writes with a thousands comma that
 * khgen's numbers read as a decimal with trailing zeros: "1,500",
 * "-12,000", "1,000" (vi_comma_thousands, ending in 0, not beginning with
 * 0). khgen would print 1,5, -12 and 1, where 1500 was likely meant; a
 * decimal written so ("2,125") prints as written and is not one. The one
 * decision for a table's decimal and percent cells (attach_typed.c; not a
 * column whose `decimals` prints the three digits back) and a `data:`
 * value (parse.c marks it, attach_check_data_commas tells it): before
 * session 47 "1,000" printed "1" with exit 0 (s47user U1). */
int attach_comma_thousands_lost(const char *text, int allow_percent);

/* Reports such a value (KH114, an error) at pos with both readings and
 * what to write for each: what is the start of the sentence, "column 'x'
 * holds" or "'x' is". */
void attach_report_comma_thousands(DiagSink *diags, SrcPos pos, int span, const char *what,
                                   const char *text);

/* Reports (KH114) each locality's and task's `data:` value parse read as
 * such a figure (Attr.comma_thousands), unless a decimal or percent column
 * of three decimals or more, in an attachment or a table of the text, has
 * its key: that column prints "12,500" back as written and reads it as the
 * decimal, as it does the same figure in a written row. Before session 48
 * parse reported it whatever the columns, an error on a correct plan (and
 * a false KH611 "written in quotes" at the column that shows it;
 * s48review). Returns how many it reported. Check stage. */
int attach_check_data_commas(DiagSink *diags, const Plan *plan);

#endif
