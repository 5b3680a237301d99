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
 * line of a page, after the form feed pdftotext writes there, or the last
 * one before it) and only when it is that page's number ("2", "- 2 -",
 * "Trang 2", "2/9" on the second page): a cell or a figure "2" elsewhere
 * is text. Text only; linear in the text's length.
 */
#include <stdlib.h>
#include <string.h>

#include "import.h"

/* The page number the line s[0..n) prints ("2", "- 2 -", "Trang 2",
 * "Trang 2/9", "2/9"), or 0 when it is no page number */
static long page_number(const char *s, size_t n)
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

int imp_txt_page_numbers(const char *s, size_t len, Buf *out)
{
    long page = 1; /* the page of the line looked at */
    int any = 0;
    size_t copied = 0;
    for (size_t at = 0; at < len;) {
        const char *nl = memchr(s + at, '\n', len - at);
        size_t end = nl ? (size_t)(nl - s) : len, next = nl ? end + 1 : len;
        int feed = s[at] == '\f'; /* the first line of the next page */
        if (feed)
            page++;
        /* the page's last line: the next one opens a page */
        int last = next < len && s[next] == '\f';
        long number = feed || last ? page_number(s + at, end - at) : 0;
        if (number && number == page) {
            buf_putn(out, s + copied, at - copied);
            if (feed)
                buf_putc(out, '\f'); /* the page break stays where it was */
            copied = end;
            any = 1;
        }
        at = next;
    }
    if (any)
        buf_putn(out, s + copied, len - copied);
    return any;
}
