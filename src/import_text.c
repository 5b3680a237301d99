/* import_text.c - reading a plan written as plain text or Markdown.
 *
 * The text is checked (size, UTF-8, no binary control characters),
 * normalised to NFC, and cut into paragraphs. Plain text copied out of a
 * Word file or a PDF wraps lines anywhere and breaks pages with blank
 * lines, so a line continues the paragraph before it unless it starts
 * something of its own (a label "1.", "a)", "- ", "Căn cứ", a line in
 * capitals) or the line before it ended a sentence. Markdown follows
 * CommonMark's rule instead: lines join until a blank line, a heading or a
 * list item, and a line ending in a hard break (two spaces, or a backslash)
 * stands alone, as khgen's own header and signature lines do. "#" heading
 * marks are removed and their level kept; emphasis stays in the text,
 * since plan text is Markdown too. A .txt that is in fact Markdown (pandoc
 * output, with "#" headings or "**") is read as Markdown.
 */
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "import.h"
#include "import_marks.h"
#include "legacy.h"
#include "md_blocks.h"
#include "md_comment.h"
#include "md_front.h"
#include "unispace.h"
#include "vi.h"

char *imp_clean_text(Arena *arena, const char *text, size_t len)
{
    /* characters a plan may not hold (load.c, KH004) do not pass into the
     * plan source: line and paragraph separators and tabs become spaces,
     * other control characters and the noncharacters go; so that labels and
     * marks are seen whatever space a word processor put after them, the
     * no-break and other wide spaces become spaces, zero-width spaces,
     * soft hyphens and byte order marks go */
    char *t = arena_alloc(arena, len + 1);
    size_t n = 0;
    for (size_t i = 0; i < len;) {
        unsigned char c0 = (unsigned char)text[i];
        if (c0 == '\t' || c0 == '\r' || c0 == '\f' || c0 == '\v') {
            t[n++] = ' ';
            i++;
        } else if (c0 < 0x20 && c0 != '\n') {
            i++;
        } else if (c0 == 0x7F) {
            i++;
        } else if (c0 == 0xC2 && i + 1 < len && (unsigned char)text[i + 1] >= 0x80 &&
                   (unsigned char)text[i + 1] <= 0x9F) {
            i += 2; /* C1 controls */
        } else if (c0 == 0xC2 && i + 1 < len && (unsigned char)text[i + 1] == 0xA0) {
            t[n++] = ' '; /* U+00A0: Word's no-break space ("1.\u00A0Mục đích", "Số:\u00A0/") */
            i += 2;
        } else if (c0 == 0xC2 && i + 1 < len && (unsigned char)text[i + 1] == 0xAD) {
            i += 2; /* U+00AD, a soft hyphen */
        } else if (c0 == 0xE2 && i + 2 < len && (unsigned char)text[i + 1] == 0x80 &&
                   (((unsigned char)text[i + 2] >= 0x80 && (unsigned char)text[i + 2] <= 0x8A) ||
                    (unsigned char)text[i + 2] == 0xAF)) {
            t[n++] = ' '; /* U+2000..U+200A, U+202F: spaces of other widths */
            i += 3;
        } else if (c0 == 0xE2 && i + 2 < len && (unsigned char)text[i + 1] == 0x80 &&
                   (unsigned char)text[i + 2] == 0x8B) {
            i += 3; /* U+200B, a zero-width space */
        } else if (c0 == 0xEF && i + 2 < len && (unsigned char)text[i + 1] == 0xBB &&
                   (unsigned char)text[i + 2] == 0xBF) {
            i += 3; /* U+FEFF, a byte order mark inside the text */
        } else if (c0 == 0xE2 && i + 2 < len && (unsigned char)text[i + 1] == 0x80 &&
                   ((unsigned char)text[i + 2] == 0xA8 || (unsigned char)text[i + 2] == 0xA9)) {
            t[n++] = ' '; /* U+2028, U+2029 */
            i += 3;
        } else if ((c0 == 0xE2 && i + 2 < len && (unsigned char)text[i + 1] == 0x81 &&
                    (unsigned char)text[i + 2] == 0x9F) ||
                   (c0 == 0xE3 && i + 2 < len && (unsigned char)text[i + 1] == 0x80 &&
                    (unsigned char)text[i + 2] == 0x80)) {
            t[n++] = ' '; /* U+205F, U+3000 (an input method's full-width space) */
            i += 3;
        } else if (c0 >= 0xEF && unispace_noncharacter_len(text + i, len - i)) {
            i += unispace_noncharacter_len(text + i, len - i); /* U+FDD0, U+FFFE, U+10FFFF, ... */
        } else {
            t[n++] = text[i++];
        }
    }
    t[n] = '\0';
    return t;
}

ImpPara *imp_para_add(Arena *arena, ImpParas *paras, const char *text, size_t len, int line)
{
    imp_count_dropped(paras, text, len, line);
    if (paras->n == paras->cap) {
        size_t cap = paras->cap ? paras->cap * 2 : 64;
        ImpPara *items = arena_alloc(arena, cap * sizeof *items);
        if (paras->n)
            memcpy(items, paras->items, paras->n * sizeof *items);
        paras->items = items;
        paras->cap = cap;
    }
    ImpPara *p = &paras->items[paras->n++];
    memset(p, 0, sizeof *p);
    p->text = imp_clean_text(arena, text, len);
    p->line = line;
    return p;
}

/* ---- line classification ---------------------------------------------------------- */

static int is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

/* 1 if the line (trimmed) starts a paragraph of its own in plain text: a
 * label, a bullet, a known opening word. */
static int starts_block(const char *s, size_t n)
{
    if (n == 0)
        return 0;
    if (s[0] == '-' || s[0] == '+' || s[0] == '#' || s[0] == '|')
        return 1;
    if ((unsigned char)s[0] == 0xE2 && n >= 3) /* – • */
        return 1;
    if (s[0] == '*' && n > 1 && (s[1] == '*' || s[1] == ' ' || s[1] == '-'))
        return 1;
    size_t i = 0;
    while (i < n && s[i] >= '0' && s[i] <= '9')
        i++;
    if (i > 0 && i <= 3 && i < n && (s[i] == '.' || s[i] == ')')) {
        /* "17.4, 17.9, 17.10." under "... phụ trách Chỉ tiêu 17.1,": codes
         * listed on, no label (a PDF's text broke the line there: s30foreign),
         * nor thousands, "5.000 triệu đồng." under "... đóng góp" (s54import) */
        size_t j = i + 1;
        while (s[i] == '.' && j < n && ((s[j] >= '0' && s[j] <= '9') || s[j] == '.'))
            j++;
        return !(s[i] == '.' && j > i + 1 && j < n &&
                 (s[j] == ',' || ((j - i) % 4 == 0 && s[j - 4] == '.' && s[j] == ' ' && imp_txt_starts_lower(s + j + 1, n - j - 1))));
    }
    i = 0;
    while (i < n && strchr("IVXLC", s[i]))
        i++;
    if (i > 0 && i < n && s[i] == '.')
        return 1;
    if (n >= 2 && s[1] == ')' && s[0] >= 'a' && s[0] <= 'z')
        return 1;
    if (n >= 3 && memcmp(s, "đ)", strlen("đ)")) == 0) /* the letter after "d)" */
        return 1;
    if (n >= 4 && s[1] == '.' && s[2] == ' ' && s[0] >= 'a' && s[0] <= 'z' &&
        ((s[3] >= 'A' && s[3] <= 'Z') || (unsigned char)s[3] >= 0xC3))
        return 1; /* "a. Tổ chức ..." */
    static const char *const words[] = {"Căn cứ", "Nơi nhận", "Số:", "KẾ HOẠCH", "Trên đây", NULL};
    for (int k = 0; words[k]; k++)
        if (n >= strlen(words[k]) && memcmp(s, words[k], strlen(words[k])) == 0)
            return 1;
    return 0;
}

int imp_txt_all_caps(const char *s, size_t n)
{
    Buf up = {0};
    char *copy = xmalloc(n + 1);
    memcpy(copy, s, n);
    copy[n] = '\0';
    vi_put_upper(&up, copy);
    int letters = 0;
    for (size_t i = 0; i < n; i++)
        if ((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z') || (unsigned char)s[i] >= 0xC3)
            letters = 1;
    int same = up.len == n && memcmp(up.data, s, n) == 0;
    buf_free(&up);
    free(copy);
    return letters && same;
}

int imp_txt_starts_lower(const char *s, size_t n)
{
    if (n == 0)
        return 0;
    int bytes;
    unsigned c = utf8_decode(s, &bytes);
    if (c >= 'a' && c <= 'z')
        return 1;
    if (c < 0x80)
        return 0;
    return vi_letter_case(s, NULL) < 0;
}

int imp_txt_ends_sentence(const char *s, size_t n)
{
    while (n > 0 && (is_space(s[n - 1]) || s[n - 1] == '*' || s[n - 1] == '_'))
        n--;
    if (n == 0)
        return 1;
    char c = s[n - 1];
    return c == '.' || c == ':' || c == ';' || c == '!' || c == '?' || c == ')';
}

/* ---- the reader ------------------------------------------------------------------- */

/* A letter, a digit or a byte of a UTF-8 sequence: what follows the "**"
 * that opens bold and precedes the one that closes it. */
static int bold_opens(unsigned char c)
{
    return isalnum(c) || c >= 0x80;
}

/* Whether the text separates its paragraphs by blank lines, as Markdown
 * must: at least one blank line for two that are not. A text export
 * writes a paragraph a line (LibreOffice's .txt: 7 blank lines for 271). */
static int blank_separated(const char *s, size_t len)
{
    size_t blank = 0, ink = 0;
    int seen = 0; /* the line so far has more than spaces */
    for (size_t i = 0; i <= len; i++) {
        if (i == len || s[i] == '\n') {
            if (i < len || seen)
                seen ? ink++ : blank++;
            seen = 0;
        } else if (!strchr(" \t\r", s[i])) {
            seen = 1;
        }
    }
    return blank * 2 >= ink;
}

static int looks_markdown(const char *s, size_t len)
{
    int headings = 0;
    for (size_t i = 0; i + 2 < len; i++) {
        /* "# " at a line's start: two such lines, or one in a text whose
         * paragraphs are apart; one line "# ..." in a text of a paragraph
         * a line read the whole as Markdown, every line joined (s9mut) */
        if ((i == 0 || s[i - 1] == '\n') && s[i] == '#' && (s[i + 1] == ' ' || s[i + 1] == '#') &&
            ++headings >= 2)
            return 1;
        /* "**bold**" closed on its line or the next (a bold block of two
         * lines, "**KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH**"): a stray "**" (a
         * footnote's mark "(**)" in text copied from Word) read a whole
         * .txt of one paragraph a line as Markdown, its lines joined, its
         * signature run into the recipients (s9mut) */
        if (s[i] == '*' && s[i + 1] == '*' && bold_opens((unsigned char)s[i + 2])) {
            size_t e = i + 2;
            int breaks = 0;
            while (e + 1 < len && !(s[e] == '*' && s[e + 1] == '*') &&
                   (s[e] != '\n' || ++breaks < 2))
                e++;
            if (e + 1 < len && s[e] == '*' && s[e + 1] == '*' &&
                bold_opens((unsigned char)s[e - 1]))
                return 1;
            i = e;
        }
    }
    return headings && blank_separated(s, len);
}

/* A table a cell a line whose heading of two rows of merged cells was
 * read as its columns' (import_txtcells.c): its rows are the table's, and
 * a note beside its heading row, with a warning (KH763), says that the
 * columns were inferred from where LibreOffice's text leaves empty lines
 * (s29foreign: such a Biểu's rows were 21 paragraphs of comments). The
 * paragraphs' lines rise, and so do the tables': one walk. */
static void merged_heading_notes(Arena *arena, DiagSink *diags, const char *path,
                                 const TxtCellDoubt *doubt, ImpParas *out)
{
    size_t i = 0;
    for (int k = 0; k < doubt->merged; k++) {
        while (i < out->n && out->items[i].line < doubt->merged_line[k])
            i++;
        if (i == out->n)
            break;
        const char *what = _("a table whose heading is two rows of merged cells, "
                             "a cell a line as LibreOffice's text writes it");
        const char *text = _("its columns' headings ('group: heading' under a cell merged "
                             "across) were inferred from its empty lines; check them against "
                             "the document");
        imp_para_review_as(arena, &out->items[i], "KH763", what, text, strlen(text));
    }
    if (!doubt->merged)
        return;
    SrcPos at = {path, doubt->merged_line[0], 1};
    diag_warning(diags, at, 0, KH763,
                 "tables whose cells are one a line (%d, the first from this 'TT') have a "
                 "heading of two rows of merged cells: their rows are read as the table's, "
                 "the columns' headings inferred from the empty lines LibreOffice writes for "
                 "merged cells, with a '# review:' comment beside the heading; check them "
                 "against the document, or import the .docx",
                 doubt->merged);
}

/* A .md's YAML front matter (md_front.c): one note beside the first
 * paragraph, the header's, and one warning (KH761) at its first line;
 * each of its lines was a KH761 of its own, the block's "---" read as a
 * setext heading's underline (s28foreign MEDIUM 3). */
static void front_matter_note(Arena *arena, DiagSink *diags, const char *path,
                              const HtmlKept *kept, ImpParas *out)
{
    if (!kept->front_lines)
        return;
    int yaml = md_front_fields(arena, kept->front_yaml, kept->front_yaml_len, out->front);
    if (out->n)
        imp_para_review_as(arena, &out->items[0], "KH761",
                           yaml ? _("the Markdown's front matter, metadata that no reader prints")
                                : _("the Markdown's front matter, which does not read as YAML "
                                    "(pandoc refuses it too: quote a value holding ': '), so "
                                    "its title, date and number are not taken"),
                           kept->front.data ? kept->front.data : "", kept->front.len);
    SrcPos at = {path, 1, 1};
    diag_warning(diags, at, 3, KH761,
                 i18n_ntr("the front matter of the .md ('---' to '---', %d line: its metadata, "
                 "which Markdown readers do not print) is above the title: it is written as one "
                 "'# review:' comment, not in the document; its title, date and number are "
                 "the plan's where the document has none (a '# review:' comment says so), the "
                 "document's where they differ; move what else belongs to the plan into it, "
                 "and delete the comment",
                 "the front matter of the .md ('---' to '---', %d lines: its metadata, which "
                 "Markdown readers do not print) is above the title: it is written as one "
                 "'# review:' comment, not in the document; its title, date and number are "
                 "the plan's where the document has none (a '# review:' comment says so), the "
                 "document's where they differ; move what else belongs to the plan into it, "
                 "and delete the comment", (unsigned long)kept->front_lines),
                 kept->front_lines);
}

/* A .md's paragraphs' notes: its struck, raised and lowered pieces
 * (import_marks.c, KH772), its footnotes and pictures beside their
 * paragraphs (attack 8 L2) */
static void md_para_notes(Arena *arena, DiagSink *diags, const char *path, ImpParas *out)
{
    ImpMarks marks = {0};
    imp_marks_paras(arena, out, &marks);
    imp_marks_warnings(&marks, diags, path);
    imp_md_notes(arena, diags, path, out);
}

static int read_text_utf8(Arena *arena, DiagSink *diags, const char *path, const char *data,
                          size_t len, int markdown, ImpParas *out);

/* Text in TCVN3, VNI-Windows, Windows-1258 or UTF-16 (legacy.c recognises
 * it from the whole file) is converted to UTF-8 first, by the converter of
 * `khgen convert`; UTF-8 and anything unrecognised are read as they are. */
int import_read_text(Arena *arena, DiagSink *diags, const char *path, const char *data,
                     size_t len, int markdown, ImpParas *out)
{
    LegacyEncoding enc = len <= IMPORT_MAX_TEXT ? legacy_detect(data, len) : ENC_UTF8;
    if (enc == ENC_UTF8 || enc == ENC_UNKNOWN)
        return read_text_utf8(arena, diags, path, data, len, markdown, out);
    Buf text = {0};
    int rc;
    if (legacy_to_utf8(enc, data, len, &text) != 0)
        rc = read_text_utf8(arena, diags, path, data, len, markdown, out);
    else
        rc = read_text_utf8(arena, diags, path, text.data ? text.data : "", text.len, markdown,
                            out);
    buf_free(&text);
    return rc;
}

/* The bounds of one line's text [*b, return) within [start, end): spaces,
 * '\r' and no-break spaces at the ends left out; *hard is 1 when the line
 * ends in a Markdown hard break of two spaces, 2 when in a backslash, which
 * is kept: it is a break only when a line of its paragraph follows
 * (read_text_utf8 removes it then), else a backslash CommonMark prints
 * (s11diff R3: a text ending in "\" lost it in the round trip). */
static size_t line_bounds(const char *s, size_t start, size_t end, int markdown, int *hard,
                          size_t *b)
{
    /* trailing: a hard break is two spaces or a backslash */
    *hard = 0;
    size_t e = end;
    while (e > start && s[e - 1] == '\r')
        e--;
    if (markdown && e - start >= 2 && s[e - 1] == ' ' && s[e - 2] == ' ')
        *hard = 1;
    if (markdown && e > start && s[e - 1] == '\\' && (e - start < 2 || s[e - 2] != '\\'))
        *hard = 2;
    while (e > start && is_space(s[e - 1]))
        e--;
    *b = start;
    while (*b < e && is_space(s[*b]))
        (*b)++;
    /* non-breaking spaces at the ends */
    while (e - *b >= 2 && (unsigned char)s[*b] == 0xC2 && (unsigned char)s[*b + 1] == 0xA0)
        *b += 2;
    while (e - *b >= 2 && (unsigned char)s[e - 2] == 0xC2 && (unsigned char)s[e - 1] == 0xA0)
        e -= 2;
    return e;
}

/* A Markdown ATX heading ("## Title ##"): its level, with *t and *n moved
 * to the title; 0 and nothing moved otherwise. The closing run of '#' is
 * CommonMark's: one after a space (or the whole title), not an escaped
 * "\#" nor the end of a word, "C#" (which printed "I. MỤC TIÊU \" for
 * "# I. MỤC TIÊU \#": s21attack H3). */
static int md_heading(const char **t, size_t *n)
{
    if ((*t)[0] != '#')
        return 0;
    size_t h = 0;
    while (h < *n && (*t)[h] == '#')
        h++;
    if (h > 6 || (h != *n && (*t)[h] != ' '))
        return 0;
    *t += h;
    *n -= h;
    while (*n && **t == ' ')
        (*t)++, (*n)--;
    while (*n && (*t)[*n - 1] == ' ')
        (*n)--;
    size_t k = *n;
    while (k && (*t)[k - 1] == '#')
        k--;
    if (k < *n && (k == 0 || (*t)[k - 1] == ' ')) {
        *n = k;
        while (*n && (*t)[*n - 1] == ' ')
            (*n)--;
    }
    return (int)h;
}

/* 1 if the paragraph p[0..m) is a Markdown list item: "- x", "+ x", "* x",
 * "1. x", "1) x" (CommonMark's markers). */
static int md_list_item(const char *p, size_t m)
{
    if ((p[0] == '-' || p[0] == '+' || p[0] == '*') && (m == 1 || p[1] == ' '))
        return 1;
    size_t d = 0;
    while (d < m && d < 9 && isdigit((unsigned char)p[d]))
        d++;
    return d && d < m && (p[d] == '.' || p[d] == ')') && (d + 1 == m || p[d + 1] == ' ');
}

/* A Markdown setext heading's underline under the paragraph para (up to
 * three spaces, then a run of '=' for level 1 or '-' for level 2, then
 * spaces): its level, 0 for any other line, and 0 under a paragraph that
 * cannot take one (a list item, a table's row, a heading already). Before
 * session 21 the "=====" under "I. MỤC TIÊU" was read as words of the
 * heading, printed "I. MỤC TIÊU =====" (s21attack H3). */
static int md_setext(const Buf *para, int para_heading, const char *t, size_t n)
{
    if (!para->len || para_heading || (t[0] != '=' && t[0] != '-'))
        return 0;
    size_t k = strspn(t, t[0] == '=' ? "=" : "-");
    if (k > n)
        k = n;
    while (k < n && t[k] == ' ')
        k++;
    if (k != n)
        return 0;
    if (para->data[0] == '|' || md_list_item(para->data, para->len))
        return 0;
    return t[0] == '=' ? 1 : 2;
}

/* The indent of a Markdown line whose first n bytes are blanks: a tab
 * four columns, a space one, at most 64. */
static int indent_of(const char *s, size_t n)
{
    int indent = 0;
    for (size_t k = 0; k < n && indent < 64; k++)
        indent += s[k] == '\t' ? 4 : s[k] == ' ';
    return indent;
}

/* 1 if the Markdown line t[0..n) (after its blanks, blank[0..blank_len))
 * is a setext underline of the paragraph para (its level in *setext) or a
 * thematic break (*setext 0). A line indented four spaces or more under a
 * paragraph's text is more of it, neither, as CommonMark reads it; an
 * underline under a line ending in a hard break underlines it (a break at
 * a paragraph's end is none) (s22low). */
static int md_underline_or_rule(const Buf *para, int para_heading, const char *blank,
                                size_t blank_len, const char *t, size_t n, int *setext)
{
    if (para->len && !md_list_item(para->data, para->len) && indent_of(blank, blank_len) >= 4)
        return 0;
    *setext = md_setext(para, para_heading, t, n);
    return *setext || (n >= 3 && strspn(t, "-*_ ") >= n);
}

/* A labelled line ("Cơ quan chủ trì: ...", "Thời gian thực hiện: ..."):
 * a capital, then at most five words and a colon within 48 bytes, with no
 * sentence punctuation before it. Such a line starts its own paragraph. */
static int starts_field(const char *s, size_t n)
{
    if (n == 0 || imp_txt_starts_lower(s, n))
        return 0;
    int words = 1;
    for (size_t i = 0; i < n && i < 48; i++) {
        if (s[i] == ':')
            return i > 0 && i + 1 < n && s[i + 1] == ' ';
        if (s[i] == '.' || s[i] == ',' || s[i] == ';' || s[i] == '(')
            return 0;
        if (s[i] == ' ' && ++words > 5)
            return 0;
    }
    return 0;
}

/* Whether a line continues the paragraph being read (para, not empty)
 * rather than starting one: Markdown joins soft-wrapped lines; plain text
 * joins what looks wrapped by hand (lower-case start, no sentence end). */
/* Whether the line t[0..n) in capitals is the end of the sentence the
 * line above left open, "NTM." under "... trong bộ tiêu chí" (a PDF's
 * text broke it there), not a heading: a word or two ending the
 * sentence. It was a heading of its own, printed bold (s30foreign). */
static int caps_sentence_end(const char *t, size_t n)
{
    int spaces = 0;
    for (size_t i = 0; i < n; i++)
        spaces += t[i] == ' ';
    return n <= 24 && spaces <= 1 && (t[n - 1] == '.' || t[n - 1] == ';' || t[n - 1] == ',');
}

/* Whether the line t[0..n), at the margin (lead 0) under a line of a
 * paragraph whose first line was indented (para_lead, 2 columns or more)
 * and that filled the width (prev_len), goes on that paragraph: the
 * layout of `pdftotext -layout` (a PDF's first-line indents, Chromium's
 * and LibreOffice's), where a sentence ending at a line's end before a
 * capital started a paragraph of its own ("... tổ chức thực hiện." over
 * "Đảm bảo hoàn thành ..."): a new paragraph there is indented, as its
 * first line shows (s30foreign's leftover, s31foreign). Not a line that
 * begins a block ("2.", "- Tổ chức", "Căn cứ") or in capitals. */
static int indent_goes_on(int para_lead, int lead, size_t prev_len, int prev_caps, const char *t,
                          size_t n)
{
    /* "- xã hội ..." under "... đoàn thể chính trị": the dash of a compound
     * the line broke before (LibreOffice's PDF), not a bullet: a bullet
     * there is indented too, and begins with a capital */
    int dash_word = n > 2 && t[0] == '-' && t[1] == ' ' && imp_txt_starts_lower(t + 2, n - 2);
    return para_lead >= 2 && lead == 0 && prev_len >= 60 && !prev_caps &&
           (dash_word || !starts_block(t, n)) && !imp_txt_all_caps(t, n);
}

int imp_txt_continues(const char *para, size_t len, int one_line, const char *t, size_t n,
                      int blank_run, int prev_caps, size_t prev_len)
{
    if (starts_block(t, n) || prev_caps || starts_field(t, n))
        return 0;
    if (imp_txt_starts_lower(t, n))
        return !imp_txt_ends_sentence(para, len) || blank_run == 0;
    /* "1. Dự án 1: Hỗ trợ ... các huyện nghèo" then "Đầu tư 45 công trình":
     * a numbered line without a full stop is a heading, and a line with a
     * capital under it starts the text under that heading */
    if (starts_block(para, len) && para[0] >= '0' && para[0] <= '9' &&
        (one_line < 0 ? !memchr(para, '\n', len) : one_line))
        return 0;
    return blank_run == 0 && prev_len >= 60 && !imp_txt_ends_sentence(para, len) &&
           (!imp_txt_all_caps(t, n) || caps_sentence_end(t, n));
}

/* The number of wrapped lines a text shows under first-line indents that
 * tell paragraphs (indent_goes_on) before the rule may use them. */
enum { INDENT_WRAPS_MIN = 3 };

/* Whether the plain text s[0..len) is laid out as `pdftotext -layout`
 * writes a PDF's paragraphs: INDENT_WRAPS_MIN times or more, a line
 * indented 2 columns or more, 60 bytes or more, left open, over a line at
 * the margin that begins in small letters (a paragraph's first line and
 * its next). Only there is a line at the margin under an indented line
 * more of its paragraph whatever it begins with: a typed text whose one
 * paragraph was indented ("    Nâng cao năng lực ... trên địa bàn xã."
 * over "Phối hợp với các thôn ...") was one paragraph of the two, exit 0
 * (s32review). One pass over the lines. */
static int indents_tell(const char *s, size_t len)
{
    int wraps = 0, hard;
    size_t prev_lead = 0, prev_n = 0;
    int prev_open = 0;
    for (size_t i = 0; i < len && wraps < INDENT_WRAPS_MIN;) {
        size_t start = i;
        while (i < len && s[i] != '\n')
            i++;
        size_t b, e = line_bounds(s, start, i, 0, &hard, &b);
        if (i < len)
            i++;
        size_t n = e - b, lead = b - start;
        if (n && lead == 0 && prev_lead >= 2 && prev_n >= 60 && prev_open && imp_txt_starts_lower(s + b, n))
            wraps++;
        prev_lead = lead;
        prev_n = n;
        prev_open = n && !imp_txt_ends_sentence(s + b, n);
    }
    return wraps >= INDENT_WRAPS_MIN;
}

static int joins(const Buf *para, const char *t, size_t n, int markdown, int blank_run,
                 int prev_caps, size_t prev_len, int para_lead, int lead)
{
    /* Markdown: a blank line ended the paragraph, so blank_run is 0 here (s30mut).
     * "-" or "+" glued to what follows ("+-+", "-5") starts no item. */
    if (markdown)
        return !starts_block(t, n) || (strchr("-+", t[0]) && n > 1 && t[1] != ' ');
    if (!blank_run && indent_goes_on(para_lead, lead, prev_len, prev_caps, t, n))
        return 1;
    return imp_txt_continues(para->data, para->len, -1, t, n, blank_run, prev_caps, prev_len);
}

/* Whether t[0..n) begins with a number going on past a '.' (thousands,
 * three digits a group: "1.000 hộ") or a ',' (decimals: "12,5%"), not a
 * label of two levels ("2.1. Cấp thôn", "3.2 Cấp xã"). */
static int hyphen_number(const char *t, size_t n)
{
    size_t i = 0;
    while (i < n && t[i] >= '0' && t[i] <= '9')
        i++;
    int groups = 0;
    while (i > 0 && i + 1 < n && (t[i] == '.' || t[i] == ',') && t[i + 1] >= '0' && t[i + 1] <= '9') {
        char sep = t[i];
        size_t g = ++i;
        while (i < n && t[i] >= '0' && t[i] <= '9')
            i++;
        if (sep == '.' && i - g != 3)
            return 0; /* "2.1.", "2.10": a label's levels */
        groups++;
        if (sep == ',')
            break; /* the decimals end it */
    }
    return groups > 0;
}

/* Whether the line t[0..n) goes on para's word broken after its hyphen
 * (imp_txt_hyphen_break), joined without a space: not when it begins a
 * block, "... các xã A-" over "2. Cấp thôn" or "2.1. Cấp thôn" made the
 * heading the bullet's words, exit 0 (s30review, s31review); a number
 * (hyphen_number: "từ 500-" over "1.000 hộ") begins none. */
static int hyphen_joins(const Buf *para, const char *t, size_t n)
{
    return (hyphen_number(t, n) || !starts_block(t, n)) &&
           imp_txt_hyphen_break(para->data, para->len, t, n);
}

/* ---- Markdown character references ---------------------------------------------- */

/* The named references a Markdown file holds in practice (HTML's list has
 * two thousand; one not here stays as written). */
static const struct {
    const char *name;
    unsigned cp;
} named_refs[] = {
    {"amp", '&'},      {"lt", '<'},        {"gt", '>'},        {"quot", '"'},
    {"apos", '\''},    {"nbsp", 0xA0},     {"ndash", 0x2013},  {"mdash", 0x2014},
    {"hellip", 0x2026}, {"lsquo", 0x2018}, {"rsquo", 0x2019},  {"ldquo", 0x201C},
    {"rdquo", 0x201D}, {"laquo", 0xAB},     {"raquo", 0xBB},    {"copy", 0xA9},
    {"reg", 0xAE},     {"deg", 0xB0},      {"times", 0xD7},    {"divide", 0xF7},
    {"middot", 0xB7},  {"bull", 0x2022},   {"plusmn", 0xB1},   {"sect", 0xA7},
    {"para", 0xB6},    {"euro", 0x20AC},   {"ensp", 0x2002},   {"emsp", 0x2003},
    {"thinsp", 0x2009}, {"le", 0x2264},    {"ge", 0x2265},     {"ne", 0x2260},
    {"frac12", 0xBD},  {"shy", 0xAD},
};

/* The code point of the reference at s ("&amp;", "&#272;", "&#x110;"),
 * its length in *n; 0 when s holds none or one naming a character a plan
 * may not hold (NUL, a control, a surrogate, past U+10FFFF). */
static unsigned char_ref(const char *s, size_t left, size_t *n)
{
    if (left < 3 || s[0] != '&')
        return 0;
    size_t i = 1;
    unsigned long cp = 0;
    if (s[1] == '#') {
        int hex = left > 2 && (s[2] == 'x' || s[2] == 'X');
        size_t from = i = hex ? 3 : 2;
        for (; i < left && i - from < 7; i++) {
            char c = s[i];
            int d = c >= '0' && c <= '9' ? c - '0'
                    : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
                    : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (d < 0)
                break;
            cp = cp * (hex ? 16 : 10) + (unsigned long)d;
        }
        if (i == from || i >= left || s[i] != ';')
            return 0;
        if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || (cp >= 0xD800 && cp <= 0xDFFF) ||
            cp == 0xFFFE || cp == 0xFFFF || cp > 0x10FFFF)
            return 0;
    } else {
        while (i < left && i < 12 && ((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z') ||
                                      (s[i] >= '0' && s[i] <= '9')))
            i++;
        if (i >= left || s[i] != ';')
            return 0;
        for (size_t k = 0; k < sizeof named_refs / sizeof named_refs[0]; k++)
            if (strlen(named_refs[k].name) == i - 1 && memcmp(named_refs[k].name, s + 1, i - 1) == 0)
                cp = named_refs[k].cp;
        if (!cp)
            return 0;
    }
    *n = i + 1;
    return (unsigned)cp;
}

/* The backtick runs of a text, and for each the next run of its length on
 * its line (its closer when it opens a code span), found once by sorting:
 * a search from each run to the line's end cost the square of a line of
 * runs of 1, 2, 3 ... backticks, none closed. */
typedef struct Ticks {
    size_t *pos, *len, *line, *closer; /* closer: an index, or SIZE_MAX */
    size_t n;
} Ticks;

static const Ticks *sort_ctx;

static int tick_compare(const void *a, const void *b)
{
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    const Ticks *t = sort_ctx;
    if (t->line[x] != t->line[y])
        return t->line[x] < t->line[y] ? -1 : 1;
    if (t->len[x] != t->len[y])
        return t->len[x] < t->len[y] ? -1 : 1;
    return x < y ? -1 : x > y;
}

static void find_ticks(const char *s, size_t len, Ticks *t)
{
    size_t cap = 0, line = 0;
    memset(t, 0, sizeof *t);
    for (size_t i = 0; i < len;) {
        if (s[i] != '`') {
            line += s[i++] == '\n';
            continue;
        }
        if (t->n == cap) {
            cap = cap ? 2 * cap : 64;
            t->pos = xrealloc(t->pos, cap * sizeof *t->pos);
            t->len = xrealloc(t->len, cap * sizeof *t->len);
            t->line = xrealloc(t->line, cap * sizeof *t->line);
        }
        t->pos[t->n] = i;
        t->len[t->n] = strspn(s + i, "`");
        t->line[t->n] = line;
        i += t->len[t->n++];
    }
    t->closer = xmalloc((t->n ? t->n : 1) * sizeof *t->closer);
    size_t *order = xmalloc((t->n ? t->n : 1) * sizeof *order);
    for (size_t k = 0; k < t->n; k++)
        order[k] = k;
    sort_ctx = t;
    qsort(order, t->n, sizeof *order, tick_compare);
    for (size_t k = 0; k < t->n; k++) {
        size_t a = order[k], b = k + 1 < t->n ? order[k + 1] : SIZE_MAX;
        t->closer[a] = b != SIZE_MAX && t->line[b] == t->line[a] && t->len[b] == t->len[a]
                           ? b : SIZE_MAX;
    }
    free(order);
}

/* The lines (1-based, ascending) whose paragraph starts with a label
 * written as a character reference: "1&#46; x", "&#45; x". */
typedef struct LiteralLines {
    int *line;
    size_t n, cap;
} LiteralLines;

/* Whether the reference at s[i], which decodes to cp, stands where a
 * label's mark would ('.' or ')' after the digits a line starts with, '-'
 * or '+' first on it, blanks before) with a blank or the line's end after
 * it; or after a point's letter, "a&#41; x": a writer that means text
 * there (khgen's .md) writes it so. */
static int label_mark_ref(const char *s, size_t i, size_t n, size_t len, unsigned cp)
{
    size_t p = i;
    if (cp == '.' || cp == ')') {
        while (p > 0 && s[p - 1] >= '0' && s[p - 1] <= '9')
            p--;
        if (p == i && p > 0 && s[p - 1] >= 'a' && s[p - 1] <= 'z')
            p--; /* "a&#41; x": a point's label */
        else if (p == i && p >= 2 && memcmp(s + p - 2, "\xC4\x91", 2) == 0)
            p -= 2; /* "đ&#41; x" */
        else if (p == i || i - p > 9)
            return 0;
    } else if (cp != '-' && cp != '+') {
        return 0;
    }
    while (p > 0 && s[p - 1] == ' ')
        p--;
    return (p == 0 || s[p - 1] == '\n') &&
           (i + n >= len || s[i + n] == ' ' || s[i + n] == '\t' || s[i + n] == '\n');
}

/* Markdown's character references ("A &amp; B", "&lt;x&gt;", "&#272;"),
 * which CommonMark and pandoc print as the characters, become the
 * characters: plan text prints "&amp;" as written. A character that means
 * something in plan text's Markdown is escaped (`\*`, `\|`), so it stays
 * a character; a brace is left for the plan's writer to double. Inside a
 * code span (backticks, on one line) and after a backslash references are
 * text, as CommonMark reads them. Returns 0, writing nothing, when s has
 * none. Linear in len (the code spans: find_ticks). The lines whose
 * label is written as a reference are added to literal. */
static int decode_char_refs(const char *s, size_t len, Buf *out, LiteralLines *literal)
{
    if (!memchr(s, '&', len))
        return 0;
    Ticks t;
    find_ticks(s, len, &t);
    int any = 0;
    size_t done = 0, tick = 0; /* s[0, done) is in out; t's runs from tick on are ahead */
    size_t counted = 0;        /* the lines before s[counted] are counted in line */
    int line = 1;
    for (size_t i = 0; i < len;) {
        if (s[i] == '\\') { /* "\&amp;" is the text "&amp;" */
            i += 2;
            continue;
        }
        if (s[i] == '`') {
            while (tick < t.n && t.pos[tick] + t.len[tick] <= i)
                tick++;
            size_t run = strspn(s + i, "`");
            size_t c = tick < t.n && t.pos[tick] == i ? t.closer[tick] : SIZE_MAX;
            i = c != SIZE_MAX ? t.pos[c] + t.len[c] : i + run;
            continue;
        }
        size_t n = 0;
        unsigned cp = s[i] == '&' ? char_ref(s + i, len - i, &n) : 0;
        if (!cp) {
            i++;
            continue;
        }
        buf_putn(out, s + done, i - done);
        if (label_mark_ref(s, i, n, len, cp)) {
            for (const char *nl; (nl = memchr(s + counted, '\n', i - counted)) != NULL;) {
                line++;
                counted = (size_t)(nl - s) + 1;
            }
            counted = i;
            if (literal->n == literal->cap) {
                literal->cap = literal->cap ? 2 * literal->cap : 16;
                literal->line = xrealloc(literal->line, literal->cap * sizeof *literal->line);
            }
            literal->line[literal->n++] = line;
        }
        if (cp < 0x80 && strchr("\\`*_[]|~#", (int)cp))
            buf_putc(out, '\\');
        imp_marks_escape_char(cp, out); /* "&#xE000;": the character, no sign */
        utf8_put(out, cp);
        i += n;
        done = i;
        any = 1;
    }
    if (any)
        buf_putn(out, s + done, len - done);
    free(t.pos);
    free(t.len);
    free(t.line);
    free(t.closer);
    return any;
}

/* Whether a Markdown paragraph starts with "-" or "+" and no blank after
 * it ("-.1. x", "+84 ..."): no list item to a Markdown reader, which
 * prints the mark, so text (ImpPara.literal), not a bullet that lost its
 * mark (s11diff R5: "-.1. X" came back as a bullet ".1. X"). */
static int dash_text(const char *s, size_t len)
{
    return len > 1 && (s[0] == '-' || s[0] == '+') && s[1] != ' ' && s[1] != '\t' &&
           s[1] != '\n';
}

/* A .md's YAML front matter, s[0..front): its lines, but the "---" ones,
 * joined by "; " into kept->front, the YAML between those (for
 * md_front_fields) in kept->front_yaml, and as many empty lines written
 * to out, so that the lines after it keep their numbers. */
static void take_front_matter(const char *s, size_t front, HtmlKept *kept, Buf *out)
{
    const char *nl = memchr(s, '\n', front);
    size_t from = nl ? (size_t)(nl - s) + 1 : front, to = front;
    if (to > from && s[to - 1] == '\n')
        to--;
    while (to > from && s[to - 1] != '\n')
        to--; /* the closing line's start */
    kept->front_yaml = s + from;
    kept->front_yaml_len = to - from;
    for (size_t i = 0, b; i < front; i = b + 1) {
        b = i;
        while (b < front && s[b] != '\n')
            b++;
        size_t e = b > i && s[b - 1] == '\r' ? b - 1 : b, l = i;
        while (l < e && (s[l] == ' ' || s[l] == '\t'))
            l++; /* a list's item, "  - kế hoạch": "- kế hoạch" */
        if (i > 0 && e > l && !(e - i == 3 && (memcmp(s + i, "---", 3) == 0 ||
                                               memcmp(s + i, "...", 3) == 0))) {
            if (kept->front.len)
                buf_puts(&kept->front, "; ");
            buf_putn(&kept->front, s + l, e - l);
        }
        buf_putc(out, '\n');
    }
}

enum { PASSES = 17 };

/* The text the paragraphs are cut from: data in NFC, its Markdown
 * character references read (a Markdown file; *markdown is set when the
 * text looks like one), and for plain text its tab tables, lone labels
 * and split header lines joined. Each pass that changes the text writes
 * it to one of pass[]; *len is updated; *paged is set when a PDF's page
 * numbers or running headers were found (imp_txt_page_numbers). */
static const char *prepare_text(const char *data, size_t *len, int *markdown, Buf pass[PASSES],
                                LiteralLines *literal, TxtCellDoubt *doubt, HtmlKept *kept, int *paged)
{
    vi_put_nfc(&pass[0], data, *len);
    /* a lone CR (classic Mac text) ends a line, as the plan loader reads
     * it: a file of them was one paragraph, the whole plan its opening */
    for (size_t i = 0; i < pass[0].len; i++)
        if (pass[0].data[i] == '\r' && (i + 1 == pass[0].len || pass[0].data[i + 1] != '\n'))
            pass[0].data[i] = '\n';
    const char *s = pass[0].data ? pass[0].data : "";
    *len = pass[0].len;
    if (!*markdown)
        *markdown = looks_markdown(s, *len);
    /* its YAML front matter, metadata no reader prints: one note, its
     * lines left empty so that the others keep their numbers */
    size_t front = *markdown ? md_front_matter(s, *len, &kept->front_lines) : 0;
    if (front) {
        take_front_matter(s, front, kept, &pass[12]);
        buf_putn(&pass[12], s + front, *len - front);
        s = pass[12].data ? pass[12].data : "";
        *len = pass[12].len;
    }
    /* its HTML comments over several lines show nothing (md_comment.c) */
    size_t unclosed = (size_t)-1;
    int removed = *markdown && imp_md_comments(s, *len, &pass[8], &unclosed);
    if (unclosed != (size_t)-1) { /* where it stands, for KH766 */
        size_t ls = unclosed;
        while (ls && s[ls - 1] != '\n')
            ls--;
        kept->comment_line = 1;
        for (size_t i = 0; i < ls; i++)
            kept->comment_line += s[i] == '\n';
        kept->comment_col = (int)utf8_count(s + ls, unclosed - ls) + 1;
    }
    if (removed) {
        s = pass[8].data ? pass[8].data : "";
        *len = pass[8].len;
    }
    /* pandoc's own tables (grid, multiline, simple) as the HTML tables
       its GitHub Markdown writes, read below */
    if (*markdown && imp_md_pandoc_tables(s, *len, &pass[10], &kept->cells_line) > 0) {
        s = pass[10].data ? pass[10].data : "";
        *len = pass[10].len;
    }
    /* a character of the marks' signs the text holds, escaped first */
    if (*markdown && imp_marks_escape(s, *len, &pass[16])) {
        s = pass[16].data;
        *len = pass[16].len;
    }
    /* pandoc's spans, strikeouts and subscripts (md_pandoc_inline.c),
       after its tables, whose columns their marks stand in */
    if (*markdown && imp_md_pandoc_inline(s, *len, &pass[11])) {
        s = pass[11].data ? pass[11].data : "";
        *len = pass[11].len;
    }
    /* the list items, quotes and tables of a hand-written .md in the
     * marks import reads (md_blocks.c) */
    if (*markdown && imp_md_blocks(s, *len, &pass[9])) {
        s = pass[9].data ? pass[9].data : "";
        *len = pass[9].len;
    }
    /* a Markdown writer's HTML tables (pandoc's Word header and signature
       rows) are read as their cells' text, not their tags */
    if (*markdown && memchr(s, '<', *len)) {
        int rewritten = imp_md_html_tables(s, *len, &pass[5], kept);
        if (kept->count) /* the line of the first left as written */
            for (size_t i = 0; i < kept->first_at; i++)
                kept->line += s[i] == '\n';
        if (rewritten) {
            s = pass[5].data ? pass[5].data : "";
            *len = pass[5].len;
        }
    }
    /* and the emphasis tags of its lines, "<b>đậm</b>" */
    if (*markdown && memchr(s, '<', *len) && imp_md_html_inline(s, *len, &pass[7], &kept->map)) {
        s = pass[7].data ? pass[7].data : "";
        *len = pass[7].len;
    }
    Buf decoded = {0};
    if (*markdown && decode_char_refs(s, *len, &decoded, literal)) {
        vi_put_nfc(&pass[1], decoded.data, decoded.len);
        s = pass[1].data ? pass[1].data : "";
        *len = pass[1].len;
    }
    buf_free(&decoded);
    /* a table whose cells are one a line (LibreOffice's .txt) */
    if (!*markdown && imp_txt_cell_tables(s, *len, &pass[6], doubt)) {
        s = pass[6].data ? pass[6].data : "";
        *len = pass[6].len;
    }
    if (!*markdown && memchr(s, '\t', *len)) {
        imp_txt_tab_tables(s, *len, &pass[2]);
        s = pass[2].data ? pass[2].data : "";
        *len = pass[2].len;
    }
    /* a PDF's page numbers, at a page's top or foot (txt_pages.c) */
    if (!*markdown && imp_txt_page_numbers(s, *len, &pass[13])) {
        s = pass[13].data ? pass[13].data : "";
        *len = pass[13].len;
        *paged = 1;
    }
    /* a Biểu's table whose cells line up in columns (txt_layout.c) */
    if (!*markdown && imp_txt_layout_tables(s, *len, &pass[15], doubt)) {
        s = pass[15].data ? pass[15].data : "";
        *len = pass[15].len;
    }
    if (!*markdown && imp_txt_side_by_side(s, *len, &pass[14])) {
        s = pass[14].data ? pass[14].data : "";
        *len = pass[14].len;
    }
    if (!*markdown && imp_txt_lone_labels(s, *len, &pass[3])) {
        s = pass[3].data ? pass[3].data : "";
        *len = pass[3].len;
    }
    if (!*markdown && imp_txt_header_splits(s, *len, &pass[4])) {
        s = pass[4].data ? pass[4].data : "";
        *len = pass[4].len;
    }
    return s;
}

/* KH763: the body's tables a cell a line that stay paragraphs; KH764: a
 * .md's HTML tables left as written; KH766: a .md's comment never closed.
 * -1 after KH752, a .md's pandoc tables past their cells (md_pandoc_tables.c). */
static int warn_kept(DiagSink *diags, const char *path, const TxtCellDoubt *doubt,
                     const HtmlKept *kept)
{
    if (kept->cells_line) { /* a named SrcPos: xgettext reads no message after a '{' */
        SrcPos at = {path, kept->cells_line, 1};
        diag_error(diags, at, 0, KH752, "'%s' has tables of "
                   "more than %d cells; a plan has far fewer: check that it is the right file",
                   path, IMPORT_MAX_PARAS);
        return -1;
    }
    if (kept->comment_line) {
        SrcPos c = {path, kept->comment_line, kept->comment_col};
        diag_warning(diags, c, 4, KH766, "this '<!--' is never closed by '-->': a Markdown "
                     "reader hides the rest of the file after it (or, inside a paragraph, prints "
                     "it as text); import keeps the words as text, and the plan prints the "
                     "'<!--': close the comment with '-->' where it was meant to end, or delete "
                     "the '<!--'");
    }
    imp_txt_layout_warn(diags, path, doubt);
    SrcPos at = {path, doubt->first_line, 1};
    if (doubt->count)
        diag_warning(diags, at, 0, KH763,
                     "tables in the body whose cells are one a line (%d, the "
                     "first from this 'TT') are not of a shape import reads for certain (a group "
                     "row, a merged heading, a row short of cells): their cells are imported as "
                     "paragraphs; check them against the document, or import the .docx",
                     doubt->count);
    if (!kept->count)
        return 0;
    at.line = kept->line + 1;
    diag_warning(diags, at, 0, KH764, "HTML tables of the .md (%d, the first from this "
                 "'<table') are not read as tables (never closed by '</table>', or nested past "
                 "what import reads): kept as written, their tags print in the document; "
                 "check them against the document, or import the .docx", kept->count);
    return 0;
}

/* Whether the empty line s[0..n) (spaces, form feeds) counts as one
 * that ends a paragraph: not a line of form feeds in a PDF's text (paged:
 * its page numbers or running headers found), a page break a sentence
 * goes on over (txt_pages.c). In a text typed with a form feed between
 * two paragraphs (no page number anywhere) it parts them as an empty line
 * does: session 33's rule for a PDF's text joined them into one, exit 0
 * (s34review). */
static int part_ends(const char *s, size_t n, int markdown, int paged)
{
    return markdown || !paged || !memchr(s, '\f', n);
}

/* KH752 at line of path: more paragraphs than a plan has. */
static void too_many_paras(DiagSink *diags, const char *path, int line)
{
    SrcPos pos = {path, line, 1};
    diag_error(diags, pos, 0, KH752, "'%s' has more than %d paragraphs; a plan has far fewer: "
               "check that it is the right file", path, IMPORT_MAX_PARAS);
}

static int read_text_utf8(Arena *arena, DiagSink *diags, const char *path, const char *data,
                          size_t len, int markdown, ImpParas *out)
{
    if (imp_check_text(diags, path, data, len) != 0)
        return -1;
    if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0) {
        data += 3;
        len -= 3;
    }
    Buf pass[PASSES] = {{0}};
    LiteralLines literal = {0};
    size_t next_literal = 0;
    TxtCellDoubt doubt = {0};
    HtmlKept kept = {0, 0, 0, 0, 0, 0, {0}, {0}, {0}, 0, NULL, 0};
    int paged = 0; /* a PDF's text: part_ends */
    const char *s = prepare_text(data, &len, &markdown, pass, &literal, &doubt, &kept, &paged);
    out->markdown = markdown;
    len = warn_kept(diags, path, &doubt, &kept) < 0 ? 0 : len; /* KH752: nothing read */
    Buf para = {0};
    int indents = !markdown && indents_tell(s, len);
    int para_line = 0, para_heading = 0, para_gap = 0, para_indent = 0, para_lead = 0;
    int blank_run = 0;       /* blank lines since the last text line */
    int prev_hard = 0;       /* the last line ended in a hard break (1, 2), was a row (3) */
    int prev_caps = 0;       /* the last line was all capitals */
    size_t prev_len = 0, i = 0;
    int line_no = 0;
#define FLUSH()                                                                 \
    do {                                                                        \
        if (para.len) {                                                         \
            ImpPara *p_ = imp_para_add(arena, out, para.data, para.len, imp_kept_line(&kept, para_line)); \
            p_->heading = para_heading;                                         \
            p_->gap = para_gap;                                                 \
            p_->indent = para_indent;                                           \
            while (next_literal < literal.n && literal.line[next_literal] < para_line) \
                next_literal++;                                                 \
            p_->literal = (next_literal < literal.n &&                          \
                           literal.line[next_literal] == para_line) ||          \
                          (markdown && dash_text(para.data, para.len));         \
        }                                                                       \
        buf_reset(&para);                                                       \
        para_heading = 0;                                                       \
    } while (0)
    while (i < len) {
        size_t start = i;
        while (i < len && s[i] != '\n')
            i++;
        size_t end = i;
        if (i < len)
            i++;
        line_no++;
        int hard;
        size_t b, e = line_bounds(s, start, end, markdown, &hard, &b);
        const char *t = s + b;
        size_t n = e - b;
        int hard_join = n && prev_hard < 3 && imp_md_hard_joins(&para, prev_hard, t, n);
        if (n == 0) {
            blank_run += part_ends(s + start, end - start, markdown, paged);
            if (markdown)
                FLUSH();
            continue;
        }
        int setext = 0;
        if (markdown && md_underline_or_rule(&para, para_heading, s + start, b - start, t, n,
                                             &setext)) {
            para_heading = setext ? setext : para_heading;
            FLUSH();
            blank_run = !setext;
            continue;
        }
        int heading = markdown ? md_heading(&t, &n) : 0;
        int cont = para.len && !heading && (!prev_hard || hard_join); /* the line may join para */
        int piped = cont && markdown && !blank_run && imp_md_pipe_text(&para, t, n, s + i, len - i);
        int hyphen = cont && !markdown && !blank_run && hyphen_joins(&para, t, n);
        int join = hyphen || (cont && (piped || joins(&para, t, n, markdown, blank_run, prev_caps, prev_len,
                                                      para_lead, (int)(b - start))));
        if (!join)
            FLUSH();
        if (para.len == 0) {
            para_line = line_no;
            para_heading = heading;
            para_gap = blank_run > 0;
            para_indent = markdown ? indent_of(s + start, b - start) : 0;
            para_lead = indents ? (int)(b - start) : -1; /* its first line's blanks (joins) */
        } else if (!hyphen) {
            /* a soft line break (Markdown's, text's wrapped by hand) is a space,
             * kept '\n' for recognition: it matters in the header, the signature */
            buf_putc(&para, '\n');
        }
        buf_putn(&para, t, n);
        if (heading)
            FLUSH();
        if (out->n > IMPORT_MAX_PARAS) {
            too_many_paras(diags, path, imp_kept_line(&kept, line_no));
            buf_free(&para);
            for (int k = 0; k < PASSES; k++)
                buf_free(&pass[k]);
            free(literal.line);
            imp_kept_free(&kept);
            return -1;
        }
        prev_hard = markdown && hard ? hard : 3 * (!piped && t[0] == '|' && t[n - 1] == '|'); /* a row */
        prev_caps = !markdown && imp_txt_all_caps(t, n) && n < 120;
        prev_len = n;
        blank_run = 0;
    }
    FLUSH();
#undef FLUSH
    front_matter_note(arena, diags, path, &kept, out);
    buf_free(&para);
    for (int k = 0; k < PASSES; k++)
        buf_free(&pass[k]);
    free(literal.line);
    imp_kept_free(&kept);
    if (out->n > IMPORT_MAX_PARAS) { /* the last paragraph counts too: 200,001 took */
        too_many_paras(diags, path, out->items[IMPORT_MAX_PARAS].line);
        return -1;
    }
    if (markdown)
        md_para_notes(arena, diags, path, out);
    merged_heading_notes(arena, diags, path, &doubt, out);
    return kept.cells_line ? -1 : 0;
}
