/* txt_pages.c - the page numbers in a PDF's text.
 *
 * `pdftotext -layout` of a plan printed to PDF (Chromium's "Save as PDF",
 * Word's "Export to PDF") writes each page's number where the page prints
 * it: at the top of the page, centred, as Nghị định 30 has it from page 2
 * ("\f                  2"), or at its foot, the last line before the
 * page break. The text reader took it for words of the text: a page break
 * inside a sentence made "... Tập huấn cho người dân về quy 3 trình sản
 * xuất ..." and a break between paragraphs a paragraph "2", exit 0 and no
 * word (s30foreign). This pass leaves such a line empty, so that the
 * sentence joins back over the page break as it does without a number.
 * A line is a page's number only where a page's number stands (the first
 * line of a page, after the form feed pdftotext writes there or under an
 * empty line or two after a form feed alone on its line, or the last one
 * before it) and only when it is that page's number ("2", "- 2 -",
 * "Trang 2", "2/9" on the second page): a cell or a figure "2" elsewhere
 * is text. A scanned plan's text (an OCR's, a form feed after each page)
 * repeats the page's running header ("UBND XÃ ĐỒNG HƯU - Kế hoạch số
 * 12/KH-UBND") at each page's top: a body paragraph on each page, exit 0
 * (s32foreign); the same line opening two pages or more one after the
 * other is left empty too. And the recipients and the signature side by side, as
 * -layout prints a Word table's two columns on one line ("- TT Đảng ủy,
 * HĐND xã;        TRƯỞNG BAN"): from a line "Nơi nhận:" with a second
 * column, each such line is cut into its two, the left column's lines
 * first and the right's after them at the block's end, as a .docx's table
 * reads its cells: read a row at a time, the recipients under the
 * signer's name ("- UBND các xã;" after "Nguyễn Xuân Danh") were read as
 * body text after the signature and the last one above the name got a
 * full stop, exit 0 (s33round: krong-no through Chromium). Before, the
 * signature's "TM. ..." was read as a recipient "- TM;", its title joined
 * to a recipient, its name lost, exit 0 (s30foreign). Each line added
 * takes the place of an empty line after the block where there is one,
 * so that the lines after it keep their numbers. And the header's lines
 * its narrow columns broke (imp_txt_header_splits, moved here from
 * import_text.c). Text only; linear in the text's length.
 */
#include <stdlib.h>
#include <string.h>

#include "import.h"
#include "vi.h"

static int is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

static long page_number(const char *s, size_t n)
{
    return imp_page_number(s, n);
}

long imp_page_number(const char *s, size_t n)
{
    size_t a = 0;
    while (a < n && (s[a] == ' ' || s[a] == '\t' || s[a] == '\f' || s[a] == '\r'))
        a++;
    while (n > a && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r'))
        n--;
    static const char trang[] = "Trang ";
    int dashed = 0;
    if (n - a > sizeof trang - 1 && memcmp(s + a, trang, sizeof trang - 1) == 0)
        a += sizeof trang - 1;
    else if (n - a >= 5 && s[a] == '-' && s[a + 1] == ' ')
        a += 2, dashed = 1;
    size_t d = a;
    while (d < n && s[d] >= '0' && s[d] <= '9')
        d++;
    if (d == a || d - a > 4)
        return 0;
    long page = strtol(s + a, NULL, 10);
    if (dashed) {
        if (n - d != 2 || memcmp(s + d, " -", 2) != 0)
            return 0;
    } else if (d < n) { /* "2/9": of how many pages */
        size_t e = d + 1;
        while (e < n && s[e] >= '0' && s[e] <= '9')
            e++;
        if (s[d] != '/' || e == d + 1 || e != n || e - d > 5)
            return 0;
    }
    return page;
}

/* Whether the line s[0..n) (trimmed) may be a running header: words that
 * name the document ("UBND XÃ ĐỒNG HƯU - Kế hoạch số 12/KH-UBND"), not a
 * sentence, an item or a field of the body. Two pages of a plan's text
 * may well open with the same line of the body ("Thời gian thực hiện: Quý
 * II năm 2024." under two tasks, "- Kinh phí: ngân sách xã."): both were
 * dropped as a running header, no word said, exit 0 (s33review). So not
 * a line that ends a sentence or a clause ('.', ';', ',', ...: a header
 * may end in ')', "(tiếp theo)"), begins as an item ("-", "+", "*", a
 * bullet, "1.", "a)", "II.") or holds a field's ": ". */
static int head_words(const char *s, size_t n)
{
    if (strchr(".:;!?,", s[n - 1]) || s[0] == '-' || s[0] == '+' || s[0] == '*' ||
        (unsigned char)s[0] == 0xE2 /* "•", "–" */)
        return 0;
    for (size_t i = 0; i + 1 < n; i++)
        if (s[i] == ':' && s[i + 1] == ' ')
            return 0; /* "Thời gian thực hiện: Quý II" */
    size_t d = 0;
    while (d < n && ((s[d] >= '0' && s[d] <= '9') || (s[d] && strchr("IVXLC", s[d]))))
        d++;
    if (d && d < n && (s[d] == '.' || s[d] == ')'))
        return 0; /* "1.", "II.", "2)" */
    return !(n >= 2 && s[1] == ')' && s[0] >= 'a' && s[0] <= 'z'); /* "a)" */
}

/* A page's running header: the line that opens a page (after its form
 * feed, and after its number when that comes first), [*b, *e) trimmed,
 * *at its start, for the page whose form feed is at f; 0 when empty, or
 * when it holds columns (a table's header printed again: txt_layout.c's) */
enum { HEAD_SCAN = 1024 }; /* the bytes a page's first lines are looked for in */

static int page_head(const char *s, size_t len, size_t f, size_t *at, size_t *b, size_t *e)
{
    for (int tries = 0; tries < 2 && f < len; tries++) {
        /* a line is looked for in HEAD_SCAN bytes: a longer one is no
         * header; a text of form feeds and no line break ("ab\f" 80,000
         * times) had each page look to its end, n² (5 s, s33review) */
        size_t scan = len - f < HEAD_SCAN ? len - f : HEAD_SCAN;
        const char *nl = memchr(s + f, '\n', scan);
        if (!nl && scan < len - f)
            return 0;
        size_t end = nl ? (size_t)(nl - s) : len;
        *at = f, *b = f, *e = end;
        while (*b < *e && is_space(s[*b]))
            (*b)++;
        while (*e > *b && is_space(s[*e - 1]))
            (*e)--;
        if (*e > *b && !page_number(s + *b, *e - *b)) {
            for (size_t i = *b; i + 2 < *e; i++)
                if (s[i] == ' ' && s[i + 1] == ' ' && s[i + 2] == ' ')
                    return 0; /* columns: a table's header again */
            return *e - *b <= 150 && head_words(s + *b, *e - *b);
        }
        f = nl ? end + 1 : len;
    }
    return 0;
}

/* The running headers of a scanned plan's text (an OCR's: tesseract ends
 * each page with a form feed): the same line opening two pages or more
 * one after another ("UBND XÃ ĐỒNG HƯU - Kế hoạch số 12/KH-UBND") is the
 * page's, not the plan's: its start (a line's, after a form feed or a
 * page's number) in heads, sorted; their count. It was a paragraph of
 * the body on each page, exit 0 (s32foreign). heads is malloc'd. */
static size_t running_heads(const char *s, size_t len, size_t **heads)
{
    size_t n = 0, cap = 0, *pos = NULL, *bs = NULL, *es = NULL;
    for (const char *f = memchr(s, '\f', len); f; f = memchr(f + 1, '\f', len - (size_t)(f + 1 - s))) {
        size_t at, b, e;
        if (!page_head(s, len, (size_t)(f - s) + 1, &at, &b, &e))
            continue;
        if (n == cap) {
            cap = cap ? 2 * cap : 16;
            pos = xrealloc(pos, cap * sizeof *pos);
            bs = xrealloc(bs, cap * sizeof *bs);
            es = xrealloc(es, cap * sizeof *es);
        }
        /* the line's start as imp_txt_page_numbers walks them: the
         * form feed's, when it is the page's first line */
        pos[n] = at == (size_t)(f - s) + 1 ? (size_t)(f - s) : at, bs[n] = b, es[n] = e, n++;
    }
    size_t kept = 0;
    for (size_t i = 0; i < n; i++) {
        int same = 0;
        for (size_t j = i ? i - 1 : 0; j <= i + 1 && j < n && !same; j++)
            same = j != i && es[j] - bs[j] == es[i] - bs[i] && memcmp(s + bs[j], s + bs[i], es[i] - bs[i]) == 0;
        if (same)
            pos[kept++] = pos[i];
    }
    free(bs);
    free(es);
    *heads = pos;
    return kept;
}

/* Whether the line s[a..e) (its newline too) holds only spaces and form feeds */
static int blank_line(const char *s, size_t a, size_t e)
{
    while (a < e && (is_space(s[a]) || s[a] == '\n'))
        a++;
    return a == e;
}

/* The empty lines next to a page's number or running header left empty
 * (a line holding a form feed: the page break), written as form feeds
 * too: they are the page's margin, not a paragraph's end. Chromium's
 * PDF prints its number over an empty line ("\f      3", "", "Lập đề án
 * ..."), plain pdftotext an empty line before the form feed and after
 * the number; as empty lines they ended the paragraph a page broke
 * ("... Công ty cổ phần Thời đại" over "Lập đề án Quy hoạch ...": two
 * paragraphs, exit 0; s33round's binh-trung through Chromium). The
 * reader (import_text.c) counts a line of form feeds as no empty line,
 * so a sentence joins over the page break as over a line break; the
 * lines keep their numbers. Linear: each empty line is looked at from
 * the break above it and from the one under it at most. */
static void page_break_blanks(Buf *out)
{
    const char *s = out->data;
    size_t len = out->len, n = 0, cap = 0, *starts = NULL;
    for (size_t at = 0; at < len;) { /* each line's start; len ends the last */
        if (n + 1 >= cap) {
            cap = cap ? 2 * cap : 64;
            starts = xrealloc(starts, cap * sizeof *starts);
        }
        starts[n++] = at;
        const char *nl = memchr(s + at, '\n', len - at);
        at = nl ? (size_t)(nl - s) + 1 : len;
    }
    if (!n) {
        free(starts);
        return;
    }
    starts[n] = len;
    char *mark = xmalloc(n); /* 1: an empty line to write as a page break */
    memset(mark, 0, n);
    for (size_t i = 0; i < n; i++) {
        size_t a = starts[i], e = starts[i + 1];
        if (!memchr(s + a, '\f', e - a) || !blank_line(s, a, e))
            continue;
        for (size_t j = i; j > 0 && !mark[j - 1] && blank_line(s, starts[j - 1], starts[j]) &&
                           !memchr(s + starts[j - 1], '\f', starts[j] - starts[j - 1]);
             j--)
            mark[j - 1] = 1;
        for (size_t j = i + 1; j < n && blank_line(s, starts[j], starts[j + 1]) &&
                               !memchr(s + starts[j], '\f', starts[j + 1] - starts[j]);
             j++)
            mark[j] = 1;
    }
    Buf copy = {0};
    for (size_t i = 0; i < n; i++) {
        if (mark[i])
            buf_putc(&copy, '\f');
        buf_putn(&copy, s + starts[i], starts[i + 1] - starts[i]);
    }
    free(mark);
    free(starts);
    buf_free(out);
    *out = copy;
}

int imp_txt_page_numbers(const char *s, size_t len, Buf *out)
{
    long page = 1; /* the page of the line looked at */
    int any = 0;
    size_t copied = 0, *heads = NULL, h = 0;
    size_t n_heads = running_heads(s, len, &heads), text_end = len; /* after its last word */
    while (text_end && (is_space(s[text_end - 1]) || s[text_end - 1] == '\n'))
        text_end--;
    int top = 0; /* blank lines since a page's form feed on a line of its own */
    for (size_t at = 0; at < len;) {
        const char *nl = memchr(s + at, '\n', len - at);
        size_t end = nl ? (size_t)(nl - s) : len, next = nl ? end + 1 : len;
        int feed = s[at] == '\f'; /* the first line of the next page */
        if (feed)
            page++;
        /* the page's last line: the next one opens a page */
        /* or the text's last line, on a page after the first, its form
         * feed left off: its "3" was the signer's name (s32foreign) */
        int last = (next < len && s[next] == '\f') || (page > 1 && at < text_end && end >= text_end);
        /* or its first after a form feed alone on its line and an empty
         * line or two: "\f", "", "   2" was read as text, "2 phạm vi toàn
         * xã ...", exit 0 (s34mut; s35round) */
        int blank = blank_line(s, at, next);
        top = feed ? blank : top && top <= 3 && blank ? top + 1 : top && top <= 3 ? -1 : 0;
        long number = feed || last || top < 0 ? page_number(s + at, end - at) : 0;
        top = top < 0 ? 0 : top;
        while (h < n_heads && heads[h] < at)
            h++;
        int head = h < n_heads && heads[h] == at; /* a running header */
        if ((number && number == page) || head) {
            buf_putn(out, s + copied, at - copied);
            if (feed)
                buf_putc(out, '\f'); /* the page break stays where it was */
            copied = end;
            any = 1;
        }
        at = next;
    }
    if (any) {
        buf_putn(out, s + copied, len - copied);
        page_break_blanks(out);
    }
    free(heads);
    return any;
}

/* The start of the right column of the line s[0..n): the first text after
 * a gap of 6 spaces or more that follows text, or 0 when there is none */
static size_t right_column(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n && (s[i] == ' ' || s[i] == '\f'))
        i++;
    for (size_t gap = 0; i < n; i++) {
        if (s[i] != ' ') {
            if (gap >= 6)
                return i;
            gap = 0;
        } else {
            gap++;
        }
    }
    return 0;
}

/* Whether s[0..n), less its indentation, begins "Nơi nhận" */
static int recipients_line(const char *s, size_t n)
{
    static const char nhan[] = "N\xC6\xA1i nh\xE1\xBA\xADn"; /* Nơi nhận */
    size_t i = 0;
    while (i < n && (s[i] == ' ' || s[i] == '\f'))
        i++;
    return n - i >= sizeof nhan - 1 && memcmp(s + i, nhan, sizeof nhan - 1) == 0;
}

int imp_txt_side_by_side(const char *s, size_t len, Buf *out)
{
    int any = 0, block = 0;
    long owed = 0; /* lines added by splits, not yet given back */
    Buf right_lines = {0}; /* the block's right column, one line each */
    size_t right_at = 0;   /* where the block's right column begins (characters) */
    size_t left_at = 0;    /* and its left one, "Nơi nhận" */
    size_t copied = 0;
    for (size_t at = 0; at < len;) {
        const char *nl = memchr(s + at, '\n', len - at);
        size_t end = nl ? (size_t)(nl - s) : len, next = nl ? end + 1 : len;
        size_t n = end - at, k = 0;
        while (k < n && (s[at + k] == ' ' || s[at + k] == '\r'))
            k++;
        int blank = k == n;
        if (!block && recipients_line(s + at, n) && right_column(s + at, n)) {
            block = 1;
            /* the lines the block will add take the place of the empty
             * lines above it first ("Nơi nhận" starts a paragraph) */
            size_t adds = 0;
            for (size_t p = at; p < len;) {
                const char *pn = memchr(s + p, '\n', len - p);
                size_t pe = pn ? (size_t)(pn - s) : len;
                if (!right_column(s + p, pe - p))
                    break;
                adds++;
                p = pn ? pe + 1 : len;
            }
            size_t cut = at;
            while (adds && cut > copied && cut >= 1 && s[cut - 1] == '\n') {
                size_t ls = cut - 1; /* the line above: s[ls0..cut - 1) */
                size_t ls0 = ls;
                while (ls0 > copied && s[ls0 - 1] != '\n')
                    ls0--;
                size_t q = ls0;
                while (q < ls && (s[q] == ' ' || s[q] == '\r'))
                    q++;
                if (q != ls || ls0 == ls + 1)
                    break;
                if (ls0 == copied && ls0 > 0 && s[ls0 - 1] != '\n')
                    break;
                cut = ls0;
                adds--;
                owed--; /* given back ahead: owed goes below what the splits add */
            }
            if (cut < at) {
                buf_putn(out, s + copied, cut - copied);
                copied = at;
                any = 1;
            }
        } else if (block && (blank || s[at] == '\f')) { /* an empty line or the next page ends it */
            block = 0, right_at = 0;
            /* the right column's lines after the left's */
            buf_putn(out, s + copied, at - copied);
            buf_putn(out, right_lines.data, right_lines.len);
            buf_reset(&right_lines);
            copied = at;
        }
        size_t right = block ? right_column(s + at, n) : 0;
        if (block == 1 && right) /* the "Nơi nhận" line: where the right column stands */
            right_at = utf8_count(s + at, right), left_at = k, block = 2;
        if (block && !right && !blank && right_at && 2 * k >= left_at + right_at) {
            /* the right column's line alone ("CHỦ TỊCH" between two
             * recipients): moved with the others, the line count the same.
             * Its line is nearer the right column's start than the
             * left's: centred, a long title or name starts left of the
             * "Nơi nhận" line's right text ("PHÓ CHỦ TỊCH THƯỜNG TRỰC"
             * under "KT. CHỦ TỊCH"); one six places left or more (bytes
             * counted against places) stayed among the recipients, the
             * signature's lines out of order, exit 0 (s34review's LOW) */
            buf_putn(out, s + copied, at - copied);
            buf_putn(&right_lines, s + at + k, n - k);
            buf_putc(&right_lines, '\n');
            copied = next;
            any = 1;
        } else if (right) { /* "- TT Đảng ủy;      TRƯỞNG BAN": two lines, the left first */
            size_t left_end = right;
            while (left_end > 0 && s[at + left_end - 1] == ' ')
                left_end--;
            buf_putn(out, s + copied, at - copied);
            buf_putn(out, s + at, left_end);
            buf_putn(&right_lines, s + at + right, n - right);
            buf_putc(&right_lines, '\n');
            copied = end;
            owed++;
            any = 1;
        } else if (!block && blank && owed > 0 && nl) { /* an empty line after it gives one back */
            buf_putn(out, s + copied, at - copied);
            copied = next;
            owed--;
        }
        at = next;
    }
    if (any)
        buf_putn(out, s + copied, len - copied);
    if (right_lines.len) { /* the text ended in the block */
        if (out->len && out->data[out->len - 1] != '\n')
            buf_putc(out, '\n');
        buf_putn(out, right_lines.data, right_lines.len - 1);
    }
    buf_free(&right_lines);
    return any;
}

/* The header's two-column table prints in a PDF with lines broken by its
 * narrow columns: "CỘNG HÒA XÃ HỘI CHỦ" / "NGHĨA VIỆT NAM", "Hà Tĩnh, ngày
 * 14 tháng 02 năm" / "2025". In the first lines, such a pair is joined
 * back, an empty line left in place of the second so the lines keep their
 * numbers. Returns 0 when nothing was joined (out untouched). */
/* 1 if s[0..n) holds ", ngày " (a place and date line). */
static int has_date_word(const char *s, size_t n)
{
    size_t l = strlen(", ngày ");
    for (size_t i = 0; i + l <= n; i++)
        if (memcmp(s + i, ", ngày ", l) == 0)
            return 1;
    return 0;
}

int imp_txt_header_splits(const char *s, size_t len, Buf *out)
{
    static const char *const national[] = {"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                                           "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", NULL};
    int any = 0, line = 0;
    for (size_t i = 0; i < len;) {
        size_t a = i;
        while (i < len && s[i] != '\n')
            i++;
        size_t a_end = i, b = i < len ? i + 1 : i, b_end = b;
        while (b_end < len && s[b_end] != '\n')
            b_end++;
        size_t ta = a, tb = b, ea = a_end, eb = b_end;
        while (ta < ea && (is_space(s[ta]) || s[ta] == '\f'))
            ta++;
        while (ea > ta && is_space(s[ea - 1]))
            ea--;
        while (tb < eb && is_space(s[tb]))
            tb++;
        while (eb > tb && is_space(s[eb - 1]))
            eb--;
        int join = 0;
        for (int k = 0; national[k] && line < 40 && !join && ea > ta && eb > tb; k++) {
            size_t n = strlen(national[k]), la = ea - ta;
            join = la + 1 + (eb - tb) == n && memcmp(national[k], s + ta, la) == 0 &&
                   national[k][la] == ' ' && memcmp(national[k] + la + 1, s + tb, eb - tb) == 0;
        }
        size_t nam = strlen(" năm");
        if (!join && line < 40 && ea - ta > 8 && memcmp(s + ea - nam, " năm", nam) == 0 &&
            eb - tb == 4 && strspn(s + tb, "0123456789") == 4 &&
            has_date_word(s + ta, ea - ta))
            join = 1; /* "Hà Tĩnh, ngày 14 tháng 02 năm" / "2025" */
        line++;
        if (!join) {
            buf_putn(out, s + a, (i < len ? i + 1 : i) - a);
            if (i < len)
                i++;
            continue;
        }
        buf_putn(out, s + a, ea - a);
        buf_putc(out, ' ');
        buf_putn(out, s + tb, eb - tb);
        buf_putc(out, '\n');
        if (b_end < len)
            buf_putc(out, '\n');
        i = b_end < len ? b_end + 1 : b_end;
        line++;
        any = 1;
    }
    return any;
}
