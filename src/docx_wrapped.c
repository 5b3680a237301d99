/* docx_wrapped.c - a .docx whose paragraphs are lines.
 *
 * An office that has last year's plan only as a PDF, or as text copied
 * out of one, pastes it into Word: each line of the PDF becomes a
 * paragraph, broken wherever the PDF's line ended ("Căn cứ Nghị định số
 * 27/2022/NĐ-CP ... của Chính phủ Quy" over "định cơ chế quản lý, ...;").
 * Read paragraph by paragraph, the first legal basis ended at "Quy", the
 * rest of it became the plan's opening and the other bases paragraphs of
 * the body; a bullet's sentence became a bullet and two paragraphs;
 * exit 0 (s31user). The same text imported as a .txt was read right,
 * since a line of plain text goes on its paragraph by the rule of
 * imp_txt_continues (import_text.c): that rule is used here too, for a
 * paragraph outside tables, without a heading style or a Word list
 * label, with the emphasis and indent of the one before it (a bold
 * heading over plain text, a table's cell, a Word list item, are never
 * lines of what precedes them). The joined text keeps '\n' between the
 * lines, as a .txt's joined lines do, which the plan reads as a space.
 * A paragraph that begins with a capital joins only in a document whose
 * lines break before small letters all along (wrapped_width: a Word
 * plan's two paragraphs were joined, s32review), and only near such
 * breaks (a Word plan whose bases alone were pasted: s33review); one in
 * small letters joins near such breaks too (s34review), and elsewhere
 * only under a bold line (a title's) or one that filled its width
 * (FILLED_LINE_CHARS).
 * Two passes, each paragraph's text copied once into one buffer.
 */
#include "docx_wrapped.h"

#include <stdlib.h>
#include <string.h>

#include "docx_lines.h"
#include "vi.h"

/* the length of text's last line (after its last '\n') */
static size_t last_line(const char *text, size_t len)
{
    size_t k = len;
    while (k > 0 && text[k - 1] != '\n')
        k--;
    return len - k;
}

/* The characters a line of a PDF holds at most: a landscape page's line
 * in a small type. A paragraph longer than that was written as one in
 * Word, not pasted a line at a time: "... đạt từ 70% trở lên" (400
 * characters, no full stop) over "Phối hợp ..." are two paragraphs of
 * binh-trung's plan, which the .txt's rule joined (round22 in session
 * 31's fresh-clone CI). */
enum { LINE_CHARS_MAX = 150 };

/* Whether text[0..n) holds no more characters than a PDF's line. */
static int line_sized(const char *text, size_t n)
{
    size_t chars = 0;
    for (size_t i = 0; i < n && chars <= LINE_CHARS_MAX; i++)
        chars += ((unsigned char)text[i] & 0xC0) != 0x80;
    return chars <= LINE_CHARS_MAX;
}

/* Whether the paragraph text s[0..n), its emphasis marks left out, begins
 * with a list's label ("II.", "1.", "a)", "-"): a heading or an item */
static int labelled(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n && (s[i] == '*' || s[i] == '_'))
        i++;
    return docx_line_is_item(s + i, n - i);
}

/* Whether b goes on a, by their kinds (the text is imp_txt_continues') */
static int may_join(const ImpPara *a, const ImpPara *b)
{
    return !a->in_table && !b->in_table && !a->heading && !b->heading && !b->listed &&
           a->bold == b->bold && a->italic == b->italic && a->indent == b->indent &&
           !a->literal && !b->literal && a->page == b->page;
}

/* The characters of text[0..n), counted up to LINE_CHARS_MAX + 1 */
static size_t line_chars(const char *text, size_t n)
{
    size_t chars = 0;
    for (size_t i = 0; i < n && chars <= LINE_CHARS_MAX; i++)
        chars += ((unsigned char)text[i] & 0xC0) != 0x80;
    return chars;
}

/* Whether paragraph b goes on the text at[0..len) (a's, or the lines a
 * has taken: taking), by the .txt's rule and the limits above; *prev the
 * length of its last line in bytes */
static int goes_on(const ImpPara *a, const ImpPara *b, const char *at, size_t len, int taking,
                   size_t *prev_out)
{
    size_t prev = last_line(at, len);
    size_t n = strlen(b->text);
    *prev_out = prev;
    if (!n || !len || !may_join(a, b) || !line_sized(at + len - prev, prev) ||
        !line_sized(b->text, n))
        return 0;
    int caps = imp_txt_all_caps(at + len - prev, prev) && prev < 120;
    /* a paragraph that begins with a capital goes on a long line left
     * open, by the .txt's rule, but not on a heading or an item of one
     * paragraph: "II. TỔ CHỨC THỰC HIỆN: Giao các phòng triển khai" over
     * "Một." is a section and its first paragraph (round25 S4); a .txt's
     * line break is no paragraph's end. Only lines join (line_sized), and
     * a paragraph that ends a sentence takes none, though the next begin
     * in small letters as a .txt's line may: Word's "mười lăm." and
     * "mười sáu." are two paragraphs (mut16's and mut17's DJ, session 31) */
    int small = vi_letter_case(b->text, NULL) < 0;
    return (small || taking || !labelled(at, len)) && !imp_txt_ends_sentence(at, len) &&
           imp_txt_continues(at, len, !taking && prev == len, b->text, n, b->gap, caps, prev);
}

/* A Word plan's paragraphs are paragraphs: a line of 60-150 characters
 * left without a full stop over a paragraph that begins with a capital
 * is, in a plan written in Word, two paragraphs ("Công chức Chỉ huy
 * trưởng quân sự xã phụ trách chỉ tiêu 19.1" over "Trưởng Công an xã
 * phụ trách chỉ tiêu 19.2", binh-trung's plan as pandoc writes it: one
 * unit of the two, one indicator lost, exit 0, s32review), and only in
 * a text pasted a line a paragraph one line. What tells the two is the
 * document: pasted out of a PDF, its lines break mid-sentence all along,
 * most of them before a word in small letters ("... của Chính phủ Quy"
 * over "định cơ chế ..."), which a paragraph of Word almost never
 * begins with. So a paragraph beginning with a capital goes on the one
 * above only in a document of WRAPS_MIN such breaks or more, and only
 * under a line as long as those lines are (four fifths of their mean
 * length or more: a line that ends short ended its paragraph).
 *
 * And only where the pasting is: a Word plan whose bases alone were
 * pasted out of a PDF (three lines broken before a small letter) had its
 * three targets typed in Word, "Tỷ lệ hộ nghèo giảm còn dưới 2% ..." over
 * "Tỷ lệ người dân tham gia bảo hiểm y tế ...", each a line left without
 * a full stop, joined into one paragraph under their heading, exit 0
 * (s33review). A capital line goes on a paragraph that has taken a line
 * already (a sentence wrapped there), or one with such a break within
 * WRAP_NEAR paragraphs of it, none between that is no line of theirs (a
 * heading, a table, a list item, another emphasis: may_join). */
enum { WRAPS_MIN = 3, WRAP_NEAR = 3 };

/* A paragraph beginning in small letters goes on a line left open where
 * a document was pasted a line a paragraph (wrapped_width, WRAP_NEAR), and in one written
 * in Word only where a line was broken by hand: under a bold line (a
 * title over two paragraphs, "Thực hiện nhiệm vụ phát triển kinh tế" over
 * "xã hội năm 2024", the common case) or under a line that filled its
 * width, Enter pressed at its end (FILLED_LINE_CHARS or more: a line of
 * A4 in 13-14 point type holds 80 to 95). A short line left open over
 * one in small letters is two paragraphs of Word: "Phân công phụ trách
 * các chỉ tiêu" over "đ/c Chủ tịch UBND xã phụ trách chỉ tiêu 1" and
 * "đ/c Phó Chủ tịch ..." were one paragraph, the persons in charge one
 * (s32review), and no evidence of a pasted text: only breaks under a
 * filled line count. The seeds Word, LibreOffice, pandoc and python-docx
 * wrote (tests/fuzz/seeds/import_docx) hold no paragraph in small letters
 * under an open line but a label's ("a)") and a pasted text's. */
enum { FILLED_LINE_CHARS = 60 };

/* The mean length in characters of the lines a paragraph in small
 * letters goes on (the document's broken lines, each under a line that
 * filled its width), 0 when they are fewer
 * than WRAPS_MIN: no paragraph beginning with a capital joins. near[r]
 * (paras->n bytes) is set to 2 where paragraph r has such a break within
 * WRAP_NEAR paragraphs, none between them that may not join, else 0. */
static size_t wrapped_width(const ImpParas *paras, unsigned char *near)
{
    size_t wraps = 0, chars = 0, prev, n = paras->n;
    const ImpPara *P = paras->items;
    if (n)
        near[0] = 0;
    for (size_t r = 1; r < n; r++) {
        near[r] = 0;
        size_t line;
        if (vi_letter_case(P[r].text, NULL) < 0 &&
            goes_on(&P[r - 1], &P[r], P[r - 1].text, strlen(P[r - 1].text), 0, &prev) &&
            (line = line_chars(P[r - 1].text + strlen(P[r - 1].text) - prev, prev)) >=
                FILLED_LINE_CHARS) {
            near[r] = 1; /* the break between r - 1 and r */
            wraps++;
            chars += line;
        }
    }
    /* bit 1: a break (bit 0) at one of the WRAP_NEAR paragraphs before or
     * after r, the paragraphs between them lines of one another's kind */
    for (size_t r = 0; r < n; r++) {
        for (size_t k = 1; k <= WRAP_NEAR && k <= r && !(near[r] & 2); k++) {
            if (!may_join(&P[r - k], &P[r - k + 1]))
                break;
            if (near[r - k] & 1)
                near[r] |= 2;
        }
        for (size_t k = 1; k <= WRAP_NEAR && r + k < n && !(near[r] & 2); k++) {
            if (!may_join(&P[r + k - 1], &P[r + k]))
                break;
            if (near[r + k] & 1)
                near[r] |= 2;
        }
    }
    return wraps >= WRAPS_MIN ? chars / wraps : 0;
}

void docx_join_wrapped(Arena *arena, ImpParas *paras)
{
    unsigned char *near = xmalloc(paras->n ? paras->n : 1);
    size_t width = wrapped_width(paras, near); /* 0: no capital joins */
    size_t w = 0;
    Buf text = {0}; /* the paragraph being joined, when it took a line */
    int taking = 0;
    for (size_t r = 0; r < paras->n; r++) {
        ImpPara *b = &paras->items[r];
        if (w > 0) {
            ImpPara *a = &paras->items[w - 1];
            const char *at = taking ? text.data : a->text;
            size_t len = taking ? text.len : strlen(a->text), prev;
            int small = vi_letter_case(b->text, NULL) < 0;
            int joins = goes_on(a, b, at, len, taking, &prev);
            if (joins) {
                size_t chars = line_chars(at + len - prev, prev);
                /* both near the pasting only: the document's pasted bases
                 * made every short open line take the small-letter lines
                 * under it ("Phân công phụ trách các chỉ tiêu" over "đ/c
                 * Chủ tịch ..." and "đ/c Phó Chủ tịch ...": one paragraph,
                 * exit 0, s34review) */
                int pasted = width && (taking || (near[r] & 2));
                joins = small ? pasted || a->bold || chars >= FILLED_LINE_CHARS
                              : pasted && chars * 5 >= width * 4;
            }
            if (joins) {
                if (!taking) {
                    buf_reset(&text);
                    buf_putn(&text, a->text, len);
                    taking = 1;
                }
                buf_putc(&text, '\n');
                buf_puts(&text, b->text);
                if (b->review)
                    imp_review_put(arena, a, b->review, b->review_len);
                continue;
            }
            if (taking) {
                a->text = arena_strndup(arena, text.data, text.len);
                taking = 0;
            }
        }
        paras->items[w++] = *b;
    }
    if (taking)
        paras->items[w - 1].text = arena_strndup(arena, text.data, text.len);
    paras->n = w;
    buf_free(&text);
    free(near);
}
