/* colwidth.c - the layout decisions of an attachment table that every back
 * end shares through layout.c (colwidth.h): balanced column widths and the
 * measure of wrapped text, with the advance widths of the table's font.
 *
 * Widths are balanced in two steps. First each column gets its natural
 * width: its longest value (short values never wrap), or for long texts
 * at most 45 characters; at least its header's longest word, and wide
 * enough that the header wraps over three lines at most. Then, if the
 * columns together are wider than the page, the long-text columns give up
 * width (down to their longest word, or 20 characters), and the empty
 * columns (filled in by hand) down to their header over three lines, the room left
 * going where it saves the most lines of the table's rows, so that a
 * number column is not 129 pt wide while the communes' names wrap, as
 * happened when the browser chose, nor the tasks' column as narrow as a
 * column empty in most rows. A table narrower than the page widens to
 * fill it, in the workbook as in the .docx and the HTML.
 */
#include "colwidth.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "attach.h"
#include "font_metrics.h"
#include "util.h"
#include "vi.h"

/* Advance width of code point cp in thousandths of an em, by binary
 * search of the metrics. */
static unsigned advance_search(unsigned cp, int bold)
{
    size_t lo = 0, hi = sizeof times_widths / sizeof times_widths[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (times_widths[mid].cp == cp)
            return bold ? times_widths[mid].bold : times_widths[mid].regular;
        if (times_widths[mid].cp < cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (cp >= 0x300 && cp < 0x370)
        return 0; /* a combining mark (text is NFC: rare) */
    return bold ? 833 : 889; /* "M" */
}

/* The same, from a table of every code point below DIRECT_CPS filled on
 * first use: a national plan's tables measure tens of millions of
 * characters, and the search was a fifth of a build. Idempotent, so a
 * second thread filling it too would write the same values. */
enum { DIRECT_CPS = 0x2100 };
static unsigned short direct_width[2][DIRECT_CPS];
static int direct_ready;
/* The widest advance of any character (a bound on a byte's advance too:
 * a character is at least one byte). */
static unsigned widest_advance;

static void direct_fill(void)
{
    /* what advance_search gives, from one walk over the metrics (sorted
     * by code point) instead of a search for each of the 8,448 code points
     * (1.8M instructions, in every build) */
    for (unsigned c = 0; c < DIRECT_CPS; c++) {
        int mark = c >= 0x300 && c < 0x370;
        direct_width[0][c] = (unsigned short)(mark ? 0 : 889);
        direct_width[1][c] = (unsigned short)(mark ? 0 : 833);
    }
    for (size_t i = 0; i < sizeof times_widths / sizeof times_widths[0]; i++) {
        if (times_widths[i].cp >= DIRECT_CPS)
            break;
        direct_width[0][times_widths[i].cp] = (unsigned short)times_widths[i].regular;
        direct_width[1][times_widths[i].cp] = (unsigned short)times_widths[i].bold;
    }
    unsigned widest = 889; /* the "M" of a character not in the metrics */
    for (size_t i = 0; i < sizeof times_widths / sizeof times_widths[0]; i++) {
        if (times_widths[i].regular > widest)
            widest = times_widths[i].regular;
        if (times_widths[i].bold > widest)
            widest = times_widths[i].bold;
    }
    widest_advance = widest;
    direct_ready = 1;
}

/* The advance of the character at text[*i] (UTF-8), which moves *i past it;
 * w is direct_width[bold], filled (direct_fill) before the first call. */
static inline unsigned advance_at(const unsigned char *t, size_t *i, const unsigned short *w,
                                  int bold)
{
    unsigned b = t[*i];
    if (b < 0x80) { /* most of a Vietnamese text: no decoding */
        (*i)++;
        return w[b];
    }
    t += *i;
    unsigned cp;
    int bytes = 1;
    /* the letters with marks, well-formed: two bytes (U+0080..U+07FF) or
     * three (U+1000..U+CFFF) decoded here; the rest as utf8_decode reads it */
    if (b >= 0xC2 && b < 0xE0 && (t[1] & 0xC0) == 0x80) {
        cp = (b & 0x1Fu) << 6 | (t[1] & 0x3Fu);
        bytes = 2;
    } else if (b >= 0xE1 && b < 0xED && (t[1] & 0xC0) == 0x80 && (t[2] & 0xC0) == 0x80) {
        cp = (b & 0x0Fu) << 12 | (unsigned)(t[1] & 0x3F) << 6 | (t[2] & 0x3Fu);
        bytes = 3;
    } else {
        cp = utf8_decode((const char *)t, &bytes);
    }
    *i += (size_t)(bytes < 1 ? 1 : bytes);
    return cp < DIRECT_CPS ? w[cp] : advance_search(cp, bold);
}

/* The sum of the advances of text[0..len) up to a NUL, in thousandths of an
 * em. */
static unsigned long advances(const char *text, size_t len, int bold)
{
    if (!direct_ready)
        direct_fill();
    const unsigned short *w = direct_width[bold ? 1 : 0];
    const unsigned char *t = (const unsigned char *)text;
    unsigned long total = 0;
    size_t i = 0;
    while (i < len && t[i])
        total += advance_at(t, &i, w, bold);
    return total;
}

/* Thousandths of an em to points at size. */
static double em_to_points(unsigned long total, double size)
{
    return (double)total * size / 1000.0;
}

double table_text_width(const char *text, size_t len, double size, int bold)
{
    return em_to_points(advances(text, len, bold), size);
}

/* Lines one line of text (no '\n') takes in width points: one pass over
 * its characters, each word's advance summed as it is read (a national
 * plan wraps half a megabyte of task texts). */
static int wrapped_lines(const char *text, size_t len, double width, double size, int bold)
{
    const unsigned short *w = direct_width[bold ? 1 : 0];
    const unsigned char *t = (const unsigned char *)text;
    double space = em_to_points(w[' '], size);
    int lines = 1;
    double used = 0;
    size_t i = 0;
    while (i < len) {
        while (i < len && t[i] == ' ')
            i++;
        if (i == len)
            break;
        /* a character never ends in a blank's byte: the word ends at one */
        unsigned long total = 0;
        while (i < len && t[i] != ' ')
            total += advance_at(t, &i, w, bold);
        double word = em_to_points(total, size);
        double need = used > 0 ? used + space + word : word;
        if (need <= width) {
            used = need;
            continue;
        }
        if (used > 0) {
            lines++;
            used = 0;
        }
        while (word > width && width > 0) { /* a word wider than the cell breaks */
            lines++;
            word -= width;
        }
        used = word;
    }
    return lines;
}

int table_text_lines(const char *text, double width, double size, int bold)
{
    int lines = 0;
    const char *s = text ? text : "";
    if (!direct_ready)
        direct_fill();
    for (;;) {
        const char *end = strchr(s, '\n');
        size_t len = end ? (size_t)(end - s) : strlen(s);
        /* a line no wider than its bytes at the widest advance fits
         * (most cells of a table): one line, nothing to measure */
        if (em_to_points((unsigned long)len * widest_advance, size) < width * (1 - 1e-9))
            lines += 1;
        else
            lines += wrapped_lines(s, len, width, size, bold);
        if (!end)
            break;
        s = end + 1;
    }
    return lines < 1 ? 1 : lines;
}

/* ---- each distinct text measured once -------------------------------------- */

/* A column repeats a few texts in thousands of cells (a unit's name, a
 * deadline phrase: the task table of the national plan measured 470 kB of
 * such repeats in each of its two passes), so each pass keeps what it
 * measured by text: an open-addressing table of (text, two results). */
typedef struct MemoSlot {
    const char *text; /* borrowed: the cells outlive the memo */
    uint32_t len;     /* texts of 4 GB and more are not kept */
    uint32_t hash;
    double value[2];
} MemoSlot;

/* After MEMO_TRIAL lookups a memo that found fewer than one text in four
 * again stops (a column of distinct texts, a task's own: hashing and
 * keeping them would cost more than measuring them). */
enum { MEMO_TRIAL = 256 };

enum { RECENT = 64 }; /* texts found by their address, before hashing */

struct TextMemo {
    MemoSlot *slots;
    size_t cap, count;
    /* the slot index of a few texts by address: equal texts are often one
     * string (query_fields.c makes a list of units' names once), and
     * finding its slot from its address spares reading it to hash it */
    const char *recent_text[RECENT];
    uint32_t recent_slot[RECENT];
    size_t lookups, hits;
    int off; /* given up: every text is measured */
    double width, size; /* what table_text_lines_memo's values were measured at */
    int bold;
};

/* The one hash (util.h). */
static uint64_t memo_hash(const char *text, size_t len)
{
    return text_hash(text, len);
}

/* The slot of text in memo: its measures when found (*found 1), else a
 * new slot holding the text, for the caller to fill (*found 0); NULL when
 * the memo gave up (the caller measures). */
static MemoSlot *memo_slot(TextMemo *memo, const char *text, int *found)
{
    if (memo->off)
        return NULL;
    size_t recent = ((uintptr_t)text >> 3) % RECENT;
    if (memo->recent_text[recent] == text) {
        memo->lookups++;
        memo->hits++;
        *found = 1;
        return &memo->slots[memo->recent_slot[recent]];
    }
    size_t len = strlen(text);
    if (len >= UINT32_MAX)
        return NULL;
    if (++memo->lookups == MEMO_TRIAL && memo->hits * 4 < memo->lookups) {
        free(memo->slots);
        memo->slots = NULL;
        memo->cap = memo->count = 0;
        memo->off = 1;
        return NULL;
    }
    if ((memo->count + 1) * 2 > memo->cap) {
        size_t cap = memo->cap ? memo->cap * 2 : 64;
        MemoSlot *slots = xmalloc(cap * sizeof *slots);
        memset(slots, 0, cap * sizeof *slots);
        for (size_t i = 0; i < memo->cap; i++) {
            if (!memo->slots[i].text)
                continue;
            size_t k = (size_t)memo->slots[i].hash & (cap - 1);
            while (slots[k].text)
                k = (k + 1) & (cap - 1);
            slots[k] = memo->slots[i];
        }
        free(memo->slots);
        memo->slots = slots;
        memo->cap = cap;
        memset(memo->recent_text, 0, sizeof memo->recent_text); /* slots moved */
    }
    uint32_t hash = (uint32_t)memo_hash(text, len);
    size_t k = (size_t)hash & (memo->cap - 1);
    for (; memo->slots[k].text; k = (k + 1) & (memo->cap - 1)) {
        MemoSlot *slot = &memo->slots[k];
        if (slot->hash == hash && slot->len == len &&
            (slot->text == text || memcmp(slot->text, text, len) == 0)) {
            memo->hits++;
            memo->recent_text[recent] = text;
            memo->recent_slot[recent] = (uint32_t)k;
            *found = 1;
            return slot;
        }
    }
    MemoSlot *slot = &memo->slots[k];
    slot->text = text;
    slot->len = (uint32_t)len;
    slot->hash = hash;
    memo->count++;
    memo->recent_text[recent] = text;
    memo->recent_slot[recent] = (uint32_t)k;
    *found = 0;
    return slot;
}

static void memo_clear(TextMemo *memo)
{
    free(memo->slots);
    memset(memo, 0, sizeof *memo);
}

TextMemo *table_text_memo_new(void)
{
    TextMemo *memo = xmalloc(sizeof *memo);
    memset(memo, 0, sizeof *memo);
    return memo;
}

void table_text_memo_free(TextMemo *memo)
{
    if (!memo)
        return;
    free(memo->slots);
    free(memo);
}

int table_text_lines_memo(TextMemo *memo, const char *text, double width, double size, int bold)
{
    if (!memo)
        return table_text_lines(text, width, size, bold);
    if (memo->count && (memo->width != width || memo->size != size || memo->bold != bold))
        memo_clear(memo); /* measured at another width: start again */
    memo->width = width;
    memo->size = size;
    memo->bold = bold;
    const char *s = text ? text : "";
    int found;
    MemoSlot *slot = memo_slot(memo, s, &found);
    if (!slot)
        return table_text_lines(s, width, size, bold);
    if (!found)
        slot->value[0] = table_text_lines(s, width, size, bold);
    return (int)slot->value[0];
}

/* Width in characters of the longest line of text and of its longest word,
 * in one pass. */
static void longest_chars(const char *text, int bold, double *line, double *word)
{
    unsigned long best_line = 0, best_word = 0, in_line = 0, in_word = 0;
    const unsigned char *s = (const unsigned char *)(text ? text : "");
    if (!direct_ready)
        direct_fill();
    const unsigned short *w = direct_width[bold ? 1 : 0];
    size_t i = 0;
    for (;;) {
        unsigned c = s[i];
        if (c > ' ') { /* most characters: neither a blank nor a line's end */
            unsigned a = advance_at(s, &i, w, bold);
            in_line += a;
            in_word += a;
            continue;
        }
        if (!c)
            break;
        if (c == ' ' || c == '\n') {
            if (in_word > best_word)
                best_word = in_word;
            in_word = 0;
            if (c == '\n') {
                if (in_line > best_line)
                    best_line = in_line;
                in_line = 0;
                i++;
                continue;
            }
        }
        unsigned a = advance_at(s, &i, w, bold);
        in_line += a;
        if (c != ' ')
            in_word += a;
    }
    if (in_word > best_word)
        best_word = in_word;
    if (in_line > best_line)
        best_line = in_line;
    *line = em_to_points(best_line, TABLE_FONT_SIZE) / TABLE_CHAR_PT;
    *word = em_to_points(best_word, TABLE_FONT_SIZE) / TABLE_CHAR_PT;
}

/* Width in characters of the longest word of text (bold, as headers print). */
static double longest_word_chars(const char *text, int bold)
{
    double line, word;
    longest_chars(text, bold, &line, &word);
    return word;
}

/* The page width a table may use, in characters: A4 less the decree's
 * default margins (30 mm left, 15 mm right). */
static double page_chars(const Attachment *att)
{
    double mm = (att->landscape ? 297.0 : 210.0) - 30.0 - 15.0;
    return mm / 25.4 * 72.0 / TABLE_CHAR_PT;
}

enum { CELL_PADDING = 2 }; /* characters of padding and borders per column */

static void column_widths(const Attachment *att, double *widths, double *longest);

void table_column_widths(const Attachment *att, double *widths)
{
    /* four back ends lay the same table out: measure its cells once (the
     * memo is the attachment's, so it lives as long as the rows measured) */
    Attachment *memo = (Attachment *)att;
    if (!att->has_widths && att->n_columns <= ATTACH_MAX_COLUMNS && att->arena) {
        memo->widths = arena_alloc(att->arena, 2 * att->n_columns * sizeof *memo->widths);
        memo->longest = memo->widths + att->n_columns;
        column_widths(att, memo->widths, memo->longest);
        memo->has_widths = 1;
    }
    for (size_t c = 0; c < att->n_columns; c++)
        widths[c] = att->has_widths ? att->widths[c] : 0;
    if (!att->has_widths)
        column_widths(att, widths, NULL);
}

int table_column_fits(const Attachment *att, size_t col, double room)
{
    if (!att->has_widths || col >= att->n_columns || att->longest[col] < 0)
        return 0;
    /* the longest line counts every blank, wrapping collapses them */
    return att->longest[col] * TABLE_CHAR_PT < room * (1 - 1e-9);
}

/* ---- long texts sharing a page too narrow for them ------------------------ */

/* Rows a balance reads: a table of thousands of rows is read every so
 * many, the same rows each build. */
enum { SAMPLE_ROWS = 256, SHARE_STEPS = 16 };

/* The sampled data rows of att (every so many: SAMPLE_ROWS) and the lines
 * each takes in each long-text column at that column's present width,
 * kept while share_room hands out the room. A trial widens one column:
 * only its cells are measured again, at a width each column is measured
 * at once (a column's trial at the same width stays good from round to
 * round while another column takes the room). Measuring every column of
 * every sampled row for each trial, ~17 rounds x (columns + 1) trials,
 * took 0.93 s of a 2 MB table's HTML (s45review). */
typedef struct Sample {
    size_t n;                            /* sampled rows */
    size_t *rows;                        /* their indexes in att->rows */
    int *lines[ATTACH_MAX_COLUMNS];      /* at the column's width; NULL: not shown */
    int *trial[ATTACH_MAX_COLUMNS];      /* at trial_width[c] */
    double trial_width[ATTACH_MAX_COLUMNS]; /* 0: no trial kept */
} Sample;

/* The sampled data rows of att (no group row, no row without cells). */
static void sample_open(const Attachment *att, Sample *s)
{
    memset(s, 0, sizeof *s);
    size_t step = att->n_rows > SAMPLE_ROWS ? att->n_rows / SAMPLE_ROWS : 1;
    s->rows = xmalloc((att->n_rows / step + 2) * sizeof *s->rows);
    for (size_t r = 0; r < att->n_rows; r += step)
        if (!att->rows[r].is_group && att->rows[r].cells)
            s->rows[s->n++] = r;
}

static void sample_close(Sample *s)
{
    for (size_t c = 0; c < ATTACH_MAX_COLUMNS; c++) {
        free(s->lines[c]);
        free(s->trial[c]);
    }
    free(s->rows);
}

/* The lines of column c's sampled cells at width (characters) into
 * *out (made on first use); *out freed and NULL when the width is not
 * above 0, a column left out of the height as sampled_height did. */
static void sample_measure(const Attachment *att, const Sample *s, size_t c, double width,
                           int **out)
{
    if (width <= 0) {
        free(*out);
        *out = NULL;
        return;
    }
    if (!*out)
        *out = xmalloc((s->n + 1) * sizeof **out);
    for (size_t k = 0; k < s->n; k++)
        (*out)[k] = table_text_lines(att->rows[s->rows[k]].cells[c].text,
                                     (width - CELL_PADDING) * TABLE_CHAR_PT, TABLE_FONT_SIZE, 0);
}

/* The lines the sampled rows take, each its tallest cell of the columns
 * measured (s->lines), column c's taken from with instead when with is
 * not NULL (c == n_columns: none replaced). */
static long sample_height(const Sample *s, size_t n_columns, size_t c, const int *with)
{
    long height = 0;
    for (size_t k = 0; k < s->n; k++) {
        int tallest = 1;
        for (size_t d = 0; d < n_columns; d++) {
            const int *lines = d == c ? with : s->lines[d];
            if (lines && lines[k] > tallest)
                tallest = lines[k];
        }
        height += tallest;
    }
    return height;
}

/* The long-text columns (spare[c] > 0: their width above 20 characters,
 * and the empty columns wider than their header over three lines) are too
 * wide together for the page: each starts at its least width, low[c] (its
 * longest word and its header's, 12 characters at least; an empty
 * column's header over three lines),
 * and the room the page leaves them (room, characters: the page less the
 * other columns) is handed out a sixteenth at a time to the column where
 * it saves the most lines of the table's rows (Sample), up to the
 * column's own width; room that saves no line goes in proportion to what
 * each column still lacks. Giving up width in proportion to what each
 * could spare, the column of the tasks' texts, long in every row, kept no
 * more than columns of one long cell: a task-assignments Biểu printed its
 * tasks 5-6 lines tall beside two columns empty in most rows (s43user
 * F25). 0, nothing changed, when the least widths leave no room. */
static int share_room(const Attachment *att, double *widths, const double *spare,
                      const double *low, double room)
{
    double natural[ATTACH_MAX_COLUMNS] = {0};
    double keep = room;
    size_t n = att->n_columns;
    for (size_t c = 0; c < n; c++)
        keep -= spare[c] > 0 ? low[c] : widths[c];
    if (keep < 1)
        return 0;
    Sample s;
    sample_open(att, &s);
    for (size_t c = 0; c < n; c++) {
        natural[c] = widths[c];
        if (spare[c] > 0) {
            widths[c] = low[c];
            sample_measure(att, &s, c, widths[c], &s.lines[c]);
        }
    }
    double step = ceil(keep / SHARE_STEPS);
    while (keep >= 1) {
        double give = fmin(step, floor(keep));
        size_t best = n;
        long best_height = sample_height(&s, n, n, NULL);
        for (size_t c = 0; c < n; c++) {
            if (spare[c] <= 0 || widths[c] + give > natural[c])
                continue;
            if (!s.trial[c] || s.trial_width[c] != widths[c] + give) {
                s.trial_width[c] = widths[c] + give;
                sample_measure(att, &s, c, s.trial_width[c], &s.trial[c]);
            }
            long height = sample_height(&s, n, c, s.trial[c]);
            if (height < best_height) {
                best_height = height;
                best = c;
            }
        }
        if (best == n)
            break;
        widths[best] += give;
        int *was = s.lines[best]; /* the trial is the column's lines now */
        s.lines[best] = s.trial[best];
        s.trial[best] = was;
        s.trial_width[best] = 0;
        keep -= give;
    }
    sample_close(&s);
    double lack = 0;
    for (size_t c = 0; c < n; c++)
        lack += natural[c] - widths[c];
    for (size_t c = 0; c < n && lack > 0 && keep >= 1; c++)
        widths[c] = floor(widths[c] + (natural[c] - widths[c]) * fmin(1, keep / lack));
    return 1;
}

/* A table narrower than the page: every column widens in proportion to
 * fill it, as the .docx and the HTML print the table (its full text
 * width): the workbook printed its columns as narrow as their content,
 * and the title merged over them wrapped with its year alone on a line
 * ("... NĂM" / "2027", s43user F16), a third of the page blank beside it.
 * Declared widths are the author's: kept. */
static void fill_page(const Attachment *att, double *widths)
{
    double room = page_chars(att) - (double)att->n_columns * 1.72, total = 0;
    for (size_t c = 0; c < att->n_columns; c++) {
        if (att->columns[c].width > 0)
            return;
        total += widths[c];
    }
    if (total > 0 && total < room)
        for (size_t c = 0; c < att->n_columns; c++)
            widths[c] = widths[c] * room / total;
}

/* A table still wider than the page (by over characters) once its long
 * texts wrap: the .docx and the HTML shrink every column alike to fit it,
 * which broke a number or a header's word over two lines ("123.456.7"
 * over "89", s11diff P1) while a text column kept room for a word of 40
 * letters. That long word breaks instead: a long-text column gives up
 * width below its longest word, to 20 characters, in proportion (give).
 * Then, still wider, the long texts and the empty columns wrap more, down
 * to their least width (low: a long text's longest word and its header's,
 * 12 characters at least; an empty column's header over three lines), in
 * proportion, before the back ends shrink every column alike: a body
 * table of five text columns on a portrait page printed its "TT" header
 * "T" over "T" while its texts kept 20 characters (s51print). */
static void wrap_more(const Attachment *att, double *widths, const double *give,
                      const double *low, double over)
{
    double total_give = 0;
    for (size_t c = 0; c < att->n_columns; c++)
        total_give += give[c] > 0 ? give[c] : 0;
    if (over > 0 && total_give > 0) {
        double share = over >= total_give ? 1.0 : over / total_give;
        for (size_t c = 0; c < att->n_columns; c++)
            if (give[c] > 0)
                widths[c] = ceil(widths[c] - give[c] * share);
    }
    double total = 0, total_low = 0;
    for (size_t c = 0; c < att->n_columns; c++) {
        total += widths[c];
        if (low[c] > 0 && widths[c] > low[c])
            total_low += widths[c] - low[c];
    }
    over = total + (double)att->n_columns * 1.72 - page_chars(att);
    if (over > 0 && total_low > 0) {
        double share = over >= total_low ? 1.0 : over / total_low;
        for (size_t c = 0; c < att->n_columns; c++)
            if (low[c] > 0 && widths[c] > low[c])
                widths[c] = ceil(widths[c] - (widths[c] - low[c]) * share);
    }
}

static void column_widths(const Attachment *att, double *widths, double *longest)
{
    double spare[ATTACH_MAX_COLUMNS] = {0}, give[ATTACH_MAX_COLUMNS] = {0};
    double low[ATTACH_MAX_COLUMNS] = {0};
    double total = 0, total_spare = 0;
    for (size_t c = 0; c < att->n_columns; c++) {
        const Column *col = &att->columns[c];
        if (longest)
            longest[c] = -1;
        if (col->width > 0) {
            widths[c] = col->width;
            total += widths[c];
            continue;
        }
        double content = 0, content_word = 0;
        TextMemo memo = {0}; /* (longest line, longest word) of each text */
        for (size_t r = 0; r < att->n_rows; r++) {
            const Row *row = &att->rows[r];
            if (row->is_group && col->type != COL_STT)
                continue;
            const char *text = row->cells && row->cells[c].text ? row->cells[c].text : "";
            int found;
            MemoSlot *slot = memo_slot(&memo, text, &found);
            double line, word;
            if (!slot) {
                longest_chars(text, 0, &line, &word);
            } else {
                if (!found)
                    longest_chars(text, 0, &slot->value[0], &slot->value[1]);
                line = slot->value[0];
                word = slot->value[1];
            }
            content = fmax(content, line);
            content_word = fmax(content_word, word);
        }
        memo_clear(&memo);
        if (longest) /* the data cells' lines, before the totals join in */
            longest[c] = content;
        if (att->has_totals && col->total) {
            Buf number = {0};
            attach_put_number(&number, col, attach_column_total(att, c));
            content = fmax(content, table_text_width(number.data ? number.data : "", number.len,
                                                     TABLE_FONT_SIZE, 1) /
                                        TABLE_CHAR_PT);
            buf_free(&number);
        }
        double header_word = longest_word_chars(col->header, 1);
        double header_line = 0;
        {
            const char *s = col->header ? col->header : "";
            while (*s) {
                const char *end = strchr(s, '\n');
                size_t len = end ? (size_t)(end - s) : strlen(s);
                header_line = fmax(header_line,
                                   table_text_width(s, len, TABLE_FONT_SIZE, 1) / TABLE_CHAR_PT);
                s = end ? end + 1 : s + len;
            }
        }
        /* a header over three lines at most: a third of it, and a little
         * for the words that do not break evenly */
        double header = fmax(header_word, header_line / 3.0 * 1.15);
        double width, floor_width;
        if (content == 0) { /* an empty column, filled in by hand: room to write */
            width = fmax(header, fmin(header_line, 25));
            /* its header on one line while it fits; when the table is wider
             * than the page, over up to three lines, as a number column's
             * (s51print F2: eight empty columns kept "Cột số liệu 1" on
             * one line each, and every column then shrank alike, "Số
             * lượng" printed "Số lượn" over "g" and "STT" "ST" over "T") */
            floor_width = header;
            low[c] = ceil(header + CELL_PADDING);
        } else if (content <= 20 || col->type != COL_TEXT) {
            width = fmax(fmin(content, 20), header);
            floor_width = width;
            /* a short text of words ("Trước tháng 8/2025") wraps too, as
             * a last resort before every column shrinks alike (wrap_more):
             * kept whole, it left le-thuy's "Thời gian" and "Sản phẩm"
             * wider than its tasks' column, and "TT" shrank (session 52) */
            if (col->type == COL_TEXT && content_word < content)
                low[c] = ceil(fmin(fmax(fmax(content_word, header), 12), width) + CELL_PADDING);
        } else {
            width = fmax(fmin(content, 45), header);
            floor_width = fmax(fmax(content_word, header), 20);
            if (floor_width > width)
                floor_width = width;
            /* below its longest word, down to 20 characters, when the
             * columns cannot fit otherwise (below) */
            give[c] = floor_width - fmax(header, 20);
            low[c] = ceil(fmin(fmax(fmax(content_word, header), 12), floor_width) + CELL_PADDING);
        }
        width = ceil(width + CELL_PADDING);
        floor_width = ceil(floor_width + CELL_PADDING);
        if (width < 6)
            width = 6;
        widths[c] = width;
        spare[c] = width > floor_width ? width - floor_width : 0;
        total += width;
        total_spare += spare[c];
    }
    /* wider than the page: long texts wrap more, in proportion (each
     * column may round up by one character, and a spreadsheet adds 5 px,
     * 0.72 character, to every column's width) */
    double over = total + (double)att->n_columns * 1.72 - page_chars(att);
    if (over > 0 && total_spare > 0) {
        if (!share_room(att, widths, spare, low,
                        page_chars(att) - (double)att->n_columns * 1.72)) {
            double share = over >= total_spare ? 1.0 : over / total_spare;
            for (size_t c = 0; c < att->n_columns; c++)
                widths[c] = ceil(widths[c] - spare[c] * share);
        }
        total = 0;
        for (size_t c = 0; c < att->n_columns; c++)
            total += widths[c];
        over = total + (double)att->n_columns * 1.72 - page_chars(att);
    }
    wrap_more(att, widths, give, low, over);
    fill_page(att, widths);
}

/* The room the .docx and the HTML give each column: its width scaled to
 * the page's text width (render_docx.c table_widths, render_html.c's
 * per-mille widths), less the cell's padding, 4 pt each side in both. */
enum { CELL_PADDING_PT = 8 };

double table_page_width_pt(const Attachment *att, const Layout *layout)
{
    double left = layout && layout->margin_left ? layout->margin_left : 30.0;
    double right = layout && layout->margin_right ? layout->margin_right : 15.0;
    return ((att->landscape ? 297.0 : 210.0) - left - right) / 25.4 * 72.0;
}

double table_page_height_pt(const Attachment *att, const Layout *layout)
{
    double top = layout && layout->margin_top ? layout->margin_top : 20.0;
    double bottom = layout && layout->margin_bottom ? layout->margin_bottom : 20.0;
    return ((att->landscape ? 210.0 : 297.0) - top - bottom) / 25.4 * 72.0;
}

/* The room in points the .docx and the HTML give each column of att once
 * scaled to the page's text width, less the cell's padding, into room[]
 * (att->n_columns entries); 0 when att has no columns to scale. */
static int column_rooms(const Attachment *att, const Layout *layout, double *room)
{
    double widths[ATTACH_MAX_COLUMNS];
    if (att->n_columns == 0 || att->n_columns > ATTACH_MAX_COLUMNS)
        return 0;
    table_column_widths(att, widths);
    double sum = 0;
    for (size_t c = 0; c < att->n_columns; c++)
        sum += widths[c];
    if (sum <= 0)
        return 0;
    double page_pt = table_page_width_pt(att, layout);
    for (size_t c = 0; c < att->n_columns; c++)
        room[c] = widths[c] * page_pt / sum - CELL_PADDING_PT;
    return 1;
}

size_t table_number_overflow(const Attachment *att, const Layout *layout, double *need,
                             double *room)
{
    double rooms[ATTACH_MAX_COLUMNS];
    if (!column_rooms(att, layout, rooms))
        return att->n_columns;
    for (size_t c = 0; c < att->n_columns; c++) {
        const Column *col = &att->columns[c];
        int numbers = col->type != COL_TEXT || (att->has_totals && col->total);
        if (!numbers)
            continue;
        double widest; /* in points: the longest value, which does not break */
        if (att->has_widths && att->longest[c] >= 0) {
            widest = att->longest[c] * TABLE_CHAR_PT;
        } else { /* no memo (a table without an arena): measure its cells */
            widest = 0;
            for (size_t r = 0; r < att->n_rows; r++) {
                const Row *row = &att->rows[r];
                if (row->is_group && col->type != COL_STT)
                    continue;
                const char *text = row->cells && row->cells[c].text ? row->cells[c].text : "";
                double line, word;
                longest_chars(text, 0, &line, &word);
                widest = fmax(widest, line * TABLE_CHAR_PT);
            }
        }
        if (att->has_totals && col->total) { /* the totals row prints bold */
            Buf number = {0};
            attach_put_number(&number, col, attach_column_total(att, c));
            widest = fmax(widest, table_text_width(number.data ? number.data : "", number.len,
                                                   TABLE_FONT_SIZE, 1));
            buf_free(&number);
        }
        double has = rooms[c];
        if (widest > has * (1 + 1e-9)) {
            if (need)
                *need = widest;
            if (room)
                *room = has;
            return c;
        }
    }
    return att->n_columns;
}

/* The first word of text (split at spaces and line ends) wider than room
 * and no wider than cap, in points at the table's font (bold: a header):
 * 1 and *need, *word, *len set, or 0. */
static int word_over(const char *text, int bold, double room, double cap, double *need,
                     const char **word, size_t *len)
{
    for (const char *p = text ? text : ""; *p;) {
        size_t n = strcspn(p, " \n");
        if (n) {
            double w = table_text_width(p, n, TABLE_FONT_SIZE, bold);
            if (w > room * (1 + 1e-9) && w <= cap) {
                *need = w;
                *word = p;
                *len = n;
                return 1;
            }
        }
        p += n;
        p += *p != 0;
    }
    return 0;
}

size_t table_word_overflow(const Attachment *att, const Layout *layout, double *need,
                           double *room, const char **word, size_t *word_len)
{
    double rooms[ATTACH_MAX_COLUMNS];
    if (!column_rooms(att, layout, rooms))
        return att->n_columns;
    /* a word wider than this breaks by design: table_column_widths lets a
     * long-text column give up width below its longest word, down to 20
     * characters, when the table is wider than the page */
    double cap = 20 * TABLE_CHAR_PT;
    double w = 0;
    const char *at = "";
    size_t len = 0;
    for (size_t c = 0; c < att->n_columns; c++) {
        const Column *col = &att->columns[c];
        /* every column's header (bold); a number column's values are
         * table_number_overflow's: its header's words were let break, "STT"
         * printed "ST" over "T" and "Số lượng" "lượn" over "g" (s51print F2) */
        int found = word_over(col->header, 1, rooms[c], cap, &w, &at, &len);
        int numbers = col->type != COL_TEXT || (att->has_totals && col->total);
        for (size_t r = 0; !found && !numbers && r < att->n_rows; r++) {
            const Row *row = &att->rows[r];
            if (!row->is_group && row->cells)
                found = word_over(row->cells[c].text, 0, rooms[c], cap, &w, &at, &len);
        }
        if (!found)
            continue;
        if (need)
            *need = w;
        if (room)
            *room = rooms[c];
        if (word && word_len) {
            *word = at;
            *word_len = len;
        }
        return c;
    }
    return att->n_columns;
}
