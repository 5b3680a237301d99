/* docx_lines.c - the line breaks of a Word paragraph typed to separate
 * items, for import.
 *
 * An official who ends a line with Shift+Enter (a line break, w:br) in
 * place of Enter types "1. Nâng cao đời sống." / "2. Bảo đảm an ninh." /
 * "- Làm đường thôn." as one paragraph: Word shows each on its own line,
 * as items. Import joined the lines with spaces, one paragraph "1. ...
 * 2. ... - ...", its items lost (s24foreign). Here such a paragraph is cut
 * before each line that begins with a list's label; a line break before
 * other words (a long sentence broken by hand) stays within its
 * paragraph, as does every line break when a bold or italic run crosses
 * one (a line with an odd number of runs of '*': its marks would be cut
 * apart). An empty line (two breaks, "<br><br>" of a plan pasted from an
 * e-mail, which LibreOffice's conversion of the page keeps as one
 * paragraph) ends a paragraph too: the whole plan was one paragraph, its
 * header the opening, its signature a bullet, exit 0 (s31foreign). The
 * caller (import_docx.c) gives
 * each piece the paragraph's properties. Linear: docx_lines_cut reads the
 * text once, docx_line_piece each piece once.
 */
#include "docx_lines.h"

#include <string.h>

/* Whether s[0..n) begins with a list's label and a space: "-", "+", "–",
 * "•"; digits with dots ("1.", "1.2.") or a closing bracket ("1)"); one
 * letter and ")" ("a)", "đ)"); a Roman number and "." ("IV."). */
static int label_at(const char *s, size_t n)
{
    size_t i = 0;
    if (n >= 2 && (s[0] == '-' || s[0] == '+'))
        return s[1] == ' ';
    if (n >= 4 && (memcmp(s, "\xE2\x80\x93 ", 4) == 0 || memcmp(s, "\xE2\x80\xA2 ", 4) == 0))
        return 1; /* "– ", "• " */
    if (i < n && s[i] >= '0' && s[i] <= '9') {
        while (i < n && i < 12 && ((s[i] >= '0' && s[i] <= '9') || s[i] == '.'))
            i++;
        if (i < n && s[i] == ')')
            i++;
        else if (s[i - 1] != '.')
            return 0;
        return i < n && s[i] == ' ';
    }
    if (n >= 3 && s[0] >= 'a' && s[0] <= 'z' && s[1] == ')')
        return s[2] == ' ';
    if (n >= 4 && memcmp(s, "\xC4\x91)", 3) == 0) /* "đ)" */
        return s[3] == ' ';
    while (i < n && i < 6 && strchr("IVX", s[i]) && s[i])
        i++;
    return i > 0 && i + 1 < n && s[i] == '.' && s[i + 1] == ' ';
}

int docx_lines_cut(const char *s, size_t n)
{
    int labelled = 0, run = 0, escaped = 0;
    size_t stars = 0; /* runs of emphasis marks ("**", "*", "***") on the line */
    for (size_t i = 0; i < n; i++) {
        /* an escaped '*' (\*: a star Word shows) is no mark and ends no
         * run: \**a* is a star, then "a" in italics (s25mut) */
        if (s[i] == '*' && !escaped)
            stars += !run;
        run = s[i] == '*' && !escaped;
        escaped = s[i] == '\\' && !escaped;
        if (s[i] != '\n')
            continue;
        if (stars % 2)
            return 0; /* an emphasis over the break */
        stars = 0;
        size_t j = i + 1;
        while (j < n && s[j] == ' ')
            j++;
        labelled |= label_at(s + j, n - j) || (j < n && s[j] == '\n');
    }
    return labelled && stars % 2 == 0;
}

int docx_line_is_item(const char *s, size_t n)
{
    return label_at(s, n);
}

size_t docx_line_piece(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (s[i] != '\n')
            continue;
        size_t j = i + 1;
        while (j < n && s[j] == ' ')
            j++;
        if (label_at(s + j, n - j) || (j < n && s[j] == '\n'))
            return i;
    }
    return n;
}
