/* colwidth.h - the widths of an attachment table's columns, decided once
 * for every back end (layout.c hands them to HTML, XLSX and DOCX), and how
 * wide a text is and how many lines it takes in a width, with the real
 * advance widths of the table's font. Widths are in "characters": the digit width of the table font
 * (Times New Roman 12 pt: 6 pt), which is also the unit of an XLSX
 * column width when the workbook's Normal style is that font.
 */
#ifndef KHGEN_COLWIDTH_H
#define KHGEN_COLWIDTH_H

#include "plan.h"

/* The table font: Times New Roman (or a metric-compatible font) 12 pt. */
#define TABLE_FONT_NAME "Times New Roman"
#define TABLE_FONT_SIZE 12.0
/* Points per width character (the digit width of the table font). */
#define TABLE_CHAR_PT 6.0

/* The width of one line of text (UTF-8, no line breaks) in points, in the
 * table font at size pt, bold or not: real advance widths of Times New
 * Roman (src/font_metrics.h); a character the table lacks counts as an
 * "M" would, to be safe. */
double table_text_width(const char *text, size_t len, double size, int bold);

/* Lines text takes when wrapped at blanks in width points (a word longer
 * than the width is broken, as spreadsheets do); each '\n' starts a line.
 * At least 1. */
int table_text_lines(const char *text, double width, double size, int bold);

/* A memo of table_text_lines by text, for a column whose cells repeat a
 * few texts (a unit's name, a deadline phrase): each distinct text is
 * measured once. The texts are borrowed (they must outlive the memo,
 * unchanged: a text is known again by its address too); a
 * call at another width, size or weight empties it. The caller owns the
 * memo and frees it with table_text_memo_free (NULL is fine). */
typedef struct TextMemo TextMemo;
TextMemo *table_text_memo_new(void);
void table_text_memo_free(TextMemo *memo);
/* table_text_lines(text, width, size, bold), from memo when it measured
 * text before (memo NULL: measured every time). */
int table_text_lines_memo(TextMemo *memo, const char *text, double width, double size, int bold);

/* The width in characters of each column of att (widths must hold
 * att->n_columns): the declared width, or one balanced from the content:
 * a column of short values (at most 20 characters: a commune's name, a
 * number, a date) is as wide as its longest value, so it never wraps; a
 * header takes at most three lines; long texts share what is left of the
 * page's width (portrait or landscape A4 within the decree's margins),
 * never narrower than their longest word or 20 characters, the room
 * above that going where it saves the most lines of the rows; a table
 * narrower than the page widens every column in proportion to fill it,
 * unless a column's width is declared. The widths the workbook's columns
 * take, and in proportion the .docx's and the HTML's. */
void table_column_widths(const Attachment *att, double *widths);

/* 1 if every line of every data cell of column col is at most room points
 * wide at the table font's size, regular weight (as the widths pass
 * measured it), so that table_text_lines of such a cell is its number of
 * lines; 0 if not, or not known (the caller measures then). */
int table_column_fits(const Attachment *att, size_t col, double room);

/* The page's text width, and height, in points: A4 in att's orientation
 * less the plan's margins (`layout:`, NULL or a margin 0: the decree's
 * 30 and 15 mm left and right, 20 and 20 mm top and bottom), as
 * render_docx.c's page_of and plan.css take them. */
double table_page_width_pt(const Attachment *att, const Layout *layout);
double table_page_height_pt(const Attachment *att, const Layout *layout);

/* The first column of att that prints numbers (a number, date, year or STT
 * column, or one the totals row sums) whose longest value, unbroken in the
 * table font (a total in bold), is wider than the room the page leaves it
 * once the columns are scaled to the page's text width, as the .docx and
 * the HTML scale them: that value prints broken over two lines ("10" over
 * "0"), which no reader takes for 100 (s26print, KH635). The page is A4
 * in att's orientation less layout's left and right margins (layout NULL
 * or a margin 0: the decree's 30 and 15 mm). att->n_columns when every
 * value fits; *need and *room (either may be NULL) receive the value's
 * width and the column's room, in points. */
size_t table_number_overflow(const Attachment *att, const Layout *layout, double *need,
                             double *room);

/* The first column of att whose header (bold), or a cell of a text
 * column (one table_number_overflow does not measure), holds a word of at
 * most 20 characters wider than the room the page leaves the column, scaled as
 * above: that word prints broken a letter or two a line ("C" / "ột"),
 * header and cells alike, in LibreOffice's and Chromium's print
 * (s36attack: a portrait table of 24 text columns). A longer word (a
 * URL) breaks by design (table_column_widths). att->n_columns when every
 * such word fits; *need and *room (either may be NULL) receive the word's
 * width and the column's room, in points, and *word, *word_len (both or
 * neither NULL) the word, pointing into att's own texts. */
size_t table_word_overflow(const Attachment *att, const Layout *layout, double *need,
                           double *room, const char **word, size_t *word_len);

#endif
