/* attach_wide.c - an attachment whose numbers or words the page has no
 * room for (KH635).
 *
 * The .docx and the HTML scale a table's columns to the page's text width
 * (colwidth.c balances them first: long texts wrap, then give up width
 * below their longest word). A table of many number columns (30 columns
 * of yearly figures) still needs more than a landscape page holds, and
 * every column shrank alike: a total "100" printed "10" over "0", a date
 * over two lines, in LibreOffice's and Chromium's print alike, exit 0 and
 * no word (s26print). Nothing the layout can do keeps such a number whole
 * at the table's font size, so the build says so, once per table, for the
 * formats that print it (the workbook prints it fitted to one page wide);
 * a table in the body, on the body's portrait page, the same. A table of
 * many text columns (24 on a portrait page, s36attack) broke its headers'
 * and cells' words a letter or two a line ("C" over "ột"), exit 0 and no
 * word: when no number breaks, the first text column whose word does not
 * fit is named the same way, with the word.
 */
#include "attach_impl.h"

#include <math.h>

#include "colwidth.h"
#include "diag.h"
#include "lookalike.h"
#include "vi.h"

/* The name a message gives column c of att: its header, else its key. */
static const char *column_name(const Column *col)
{
    return col->header && *col->header ? col->header : col->key ? col->key : "";
}

/* KH635 at att's first number column the page (A4 less the plan's own
 * margins, layout) has no room for, if any; 1 if it warned.
 * caption is a body table's (NULL for an attachment). */
static int warn_numbers(const Attachment *att, const char *caption, const Layout *layout,
                        DiagSink *diags)
{
    double need = 0, room = 0;
    size_t c = table_number_overflow(att, layout, &need, &room);
    if (c >= att->n_columns)
        return 0;
    const Column *col = &att->columns[c];
    const char *name = column_name(col);
    SrcPos pos = col->pos.file ? col->pos : att->pos;
    need = ceil(need); /* whole points, never "needs 18 pt of 18 pt" */
    room = floor(room);
    if (room < 0) /* a share smaller than the cell's padding holds no text:
                     "-8 pt" (s31attack) is 0 pt of room */
        room = 0;
    if (caption)
        diag_warning(diags, pos, 1, KH635,
                     "the table '%s' in the body is too wide for its page: a value of column "
                     "'%s' needs %.0f pt and the column's share of the portrait page is %.0f pt, "
                     "so its numbers print broken over two lines in the .docx, the .html and the "
                     "PDF; split the table into two, or move it to an attachment printed landscape",
                     caption, name, need, room);
    else if (att->landscape)
        diag_warning(diags, pos, 1, KH635,
                     "%s is too wide for its page: a value of column '%s' needs %.0f pt and "
                     "the column's share of the landscape page is %.0f pt, so its numbers "
                     "print broken over two lines in the .docx, the .html and the PDF; split "
                     "the table into two of fewer columns, each with the same first column",
                     att->label ? att->label : "", name, need, room);
    else
        diag_warning(diags, pos, 1, KH635,
                     "%s is too wide for its page: a value of column '%s' needs %.0f pt and "
                     "the column's share of the portrait page is %.0f pt, so its numbers "
                     "print broken over two lines in the .docx, the .html and the PDF; print "
                     "it landscape ('orientation: landscape'), or split the table into two",
                     att->label ? att->label : "", name, need, room);
    return 1;
}

/* 1 if cp goes with the character before it, never printed apart from it:
 * a combining mark (lookalike_is_mark), a variation selector, a joiner, an
 * emoji's skin tone or tag. */
static int extends_grapheme(unsigned cp)
{
    return lookalike_is_mark(cp) || cp == 0x200D || cp == 0x200C ||
           (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0x1F3FB && cp <= 0x1F3FF) ||
           (cp >= 0xE0020 && cp <= 0xE007F) || (cp >= 0xE0100 && cp <= 0xE01EF);
}

/* The length of word[0..len)'s start of at most max bytes that ends
 * between two graphemes: never inside a character's bytes, never between
 * a letter and its combining mark ("q" cut from its U+0301: s37review L2),
 * never after a joiner. 0 if the first grapheme is longer than max. */
static size_t word_cut(const char *word, size_t len, size_t max)
{
    size_t i = 0, cut = 0;
    unsigned prev = 0;
    while (i < len) {
        int n;
        unsigned cp = utf8_decode(word + i, &n);
        if (i > 0 && !extends_grapheme(cp) && prev != 0x200D)
            cut = i; /* a grapheme starts at i */
        size_t step = n > 0 ? (size_t)n : 1;
        if (i + step > max)
            break;
        i += step;
        prev = cp;
    }
    if (i >= len)
        cut = len;
    return cut;
}

/* KH635 at att's first text column whose header or cell holds a word the
 * column's share of the page has no room for, if any (the word named, cut
 * to 40 bytes between two graphemes: word_cut). */
static void warn_words(const Attachment *att, const char *caption, const Layout *layout,
                       DiagSink *diags)
{
    double need = 0, room = 0;
    const char *word = "";
    size_t len = 0;
    size_t c = table_word_overflow(att, layout, &need, &room, &word, &len);
    if (c >= att->n_columns)
        return;
    const Column *col = &att->columns[c];
    const char *name = column_name(col);
    SrcPos pos = col->pos.file ? col->pos : att->pos;
    need = ceil(need);
    room = floor(room);
    if (room < 0)
        room = 0;
    int shown = (int)len;
    const char *more = "";
    if (len > 40) { /* a long word: its start, whole characters */
        shown = (int)word_cut(word, len, 40);
        more = "...";
    }
    if (caption)
        diag_warning(diags, pos, 1, KH635,
                     "the table '%s' in the body is too wide for its page: the word '%.*s%s' of "
                     "column '%s' needs %.0f pt and the column's share of the portrait page is "
                     "%.0f pt, so its words print broken a letter or two a line in the .docx, the "
                     ".html and the PDF; split the table into two, or move it to an attachment "
                     "printed landscape",
                     caption, shown, word, more, name, need, room);
    else if (att->landscape)
        diag_warning(diags, pos, 1, KH635,
                     "%s is too wide for its page: the word '%.*s%s' of column '%s' needs %.0f pt "
                     "and the column's share of the landscape page is %.0f pt, so its words "
                     "print broken a letter or two a line in the .docx, the .html and the PDF; "
                     "split the table into two of fewer columns, each with the same first column",
                     att->label ? att->label : "", shown, word, more, name, need, room);
    else
        diag_warning(diags, pos, 1, KH635,
                     "%s is too wide for its page: the word '%.*s%s' of column '%s' needs %.0f pt "
                     "and the column's share of the portrait page is %.0f pt, so its words print "
                     "broken a letter or two a line in the .docx, the .html and the PDF; print it "
                     "landscape ('orientation: landscape'), or split the table into two",
                     att->label ? att->label : "", shown, word, more, name, need, room);
}

/* KH635 once per table: its numbers first, else its words. */
static void warn_table(const Attachment *att, const char *caption, const Layout *layout,
                       DiagSink *diags)
{
    if (!warn_numbers(att, caption, layout, diags))
        warn_words(att, caption, layout, diags);
}

void attach_warn_narrow_numbers(const Plan *plan, DiagSink *diags)
{
    attach_fill_texts(plan); /* the cells, if no back end asked yet */
    for (size_t a = 0; a < plan->n_attachments; a++)
        warn_table(&plan->attachments[a], NULL, &plan->layout, diags);
    const AttachState *state = att_state_of(plan);
    for (size_t i = 0; state && i < state->n_tables; i++) { /* the tables in the body */
        const AttachSpec *spec = state->tables[i];
        const char *caption = spec->owner && spec->owner->title ? spec->owner->title : "";
        warn_table(spec->table, caption, &plan->layout, diags);
    }
}
