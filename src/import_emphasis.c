/* import_emphasis.c - emphasis an official added to a part khgen prints in
 * a fixed style, said at import.
 *
 * khgen prints a plan's fixed parts in the style Nghị định 30/2020 gives
 * them: the issuer's lines, the national name and "KẾ HOẠCH" bold, the
 * number line plain, the place and date italic, the legal bases italic,
 * the opening and the closing plain, the recipients plain, the signature
 * bold, an attachment page's label and title bold and its "(Kèm theo
 * ...)" line and note italic. A plan has no place for emphasis of their
 * own: a closing made bold in Word or LibreOffice (a basis, a recipient,
 * the opening), or italics on an issuer's line, came back plain, no word
 * said, and `khgen diff` of the plan against the import said the two were
 * the same (s40cycle). Here each part import reads into such a field
 * reports the emphasis its paragraph shows (the whole paragraph's, and
 * for a field printed as written, the emphasis of its words too); what is
 * not the part's own style is a '# review:' note at the part's first such
 * paragraph, naming the part, the emphasis and its words, once a part,
 * and one warning a part at that line (KH759), with how many of its
 * paragraphs have it. Underline (w:u, which the .docx reader dropped) is
 * read the same way: khgen underlines only the motto, and a plan's text
 * has no mark for it, so underlined words anywhere else, a fixed part's
 * or the body's, are a note and a warning too (imp_underline_text: every
 * paragraph no part's rule read). What khgen itself prints is never a
 * note. So is emphasis on a Biểu's cells that khgen does not print
 * there: bold on a data row's cell (a figure made bold), italics or
 * underline on any, the header's and the totals row's too, in a .docx or
 * written with Markdown's marks in a .md (imp_cell_emphasis; the table
 * layout says which rows khgen bolds, layout_row_bold). Works on
 * import's Ctx (import_impl.h); constant work a paragraph, its words read
 * once.
 */
#include <string.h>

#include "i18n.h"
#include "import_impl.h"
#include "layout.h"
#include "md_read.h"

/* Each part's name (for the note and the warning) and the emphasis khgen
 * prints it with: bit 1 bold, bit 2 italic, bit 4 underline (ImpPartKind's
 * order; the body's text keeps its bold and italic as Markdown). */
static const struct {
    const char *name;
    unsigned style;
} parts[IMP_PART_COUNT] = {
    [IMP_PART_ISSUER] = {N_("the issuer's line"), 1},
    [IMP_PART_NATIONAL] = {N_("the national name or motto"), 1},
    [IMP_PART_NUMBER] = {N_("the number line ('Số: ...')"), 0},
    [IMP_PART_PLACE_DATE] = {N_("the place and date line"), 2},
    [IMP_PART_KIND] = {N_("the line 'KẾ HOẠCH'"), 1},
    [IMP_PART_TITLE] = {N_("the title (trích yếu)"), 1},
    [IMP_PART_BASIS] = {N_("a legal basis ('Căn cứ ...')"), 2},
    [IMP_PART_OPENING] = {N_("the opening"), 0},
    [IMP_PART_CLOSING] = {N_("the closing"), 0},
    [IMP_PART_RECIPIENT] = {N_("a recipient"), 0},
    [IMP_PART_SIGNATURE] = {N_("the signature"), 1},
    [IMP_PART_ATT_LABEL] = {N_("an attachment page's label"), 1},
    [IMP_PART_ATT_TITLE] = {N_("an attachment page's title"), 1},
    [IMP_PART_ATT_NOTE] = {N_("an attachment page's note or unit line"), 2},
    [IMP_PART_TEXT] = {N_("the plan's text"), 3},
};

/* The emphasis the Markdown words of s show: bit 1 bold, bit 2 italic. */
static unsigned words_emphasis(const char *s)
{
    if (!s || !strpbrk(s, "*_"))
        return 0;
    Buf sig = {0};
    render_markdown_emphasis(s, &sig);
    unsigned e = 0;
    for (size_t i = 0; i + 1 < sig.len; i++) /* records "ib..\x1f": kind letters first */
        if (i == 0 || sig.data[i - 1] == '\x1f')
            e |= (sig.data[i] == 'i' ? 2u : 0u) | (sig.data[i + 1] == 'b' ? 1u : 0u);
    buf_free(&sig);
    return e;
}

/* The words of s for a note: its first 60 characters, "…" where cut at a
 * character's start (arena). */
static const char *quoted(Ctx *c, const char *s)
{
    size_t n = strlen(s), at = 0, chars = 0;
    while (at < n && chars < 60) {
        at++;
        while (at < n && ((unsigned char)s[at] & 0xC0) == 0x80)
            at++;
        chars++;
    }
    return at < n ? arena_printf(c->arena, "%.*s…", (int)at, s) : s;
}

static const char *emphasis_words(unsigned e)
{
    switch (e & 7) {
    case 1: return _("bold");
    case 2: return _("italic");
    case 3: return _("bold and italic");
    case 4: return _("underlined");
    case 5: return _("bold and underlined");
    case 6: return _("italic and underlined");
    default: return _("bold, italic and underlined");
    }
}

/* Whether underlined words u are the motto's, which khgen underlines. */
static int motto_words(const char *u)
{
    return str_find(u, "Độc lập") || str_find(u, "ĐỘC LẬP") || str_find(u, "Hạnh phúc") ||
           str_find(u, "HẠNH PHÚC");
}

/* Whether the underline u of paragraph p, part's, is a rule khgen draws
 * itself: the motto's, or an issuer's line underlined whole ("XÃ ĐỒNG
 * HƯU"), the short rule Nghị định 30 puts under the issuer typed as an
 * underline. It was a note telling to underline it by hand, over the rule
 * the document prints (s43attack). */
static int drawn_rule(const Para *p, ImpPartKind part, const char *u)
{
    if (part == IMP_PART_NATIONAL)
        return motto_words(u);
    return part == IMP_PART_ISSUER && p->flat && strcmp(u, p->flat) == 0;
}

void imp_part_emphasis(Ctx *c, const Para *p, ImpPartKind part, const char *words, int bold,
                       int italic)
{
    if (!p || part >= IMP_PART_COUNT || !c->paras)
        return;
    const char *u = p->underlined;
    c->paras[p->index].underline_said = 1;
    unsigned shown = (bold ? 1u : 0u) | (italic ? 2u : 0u) | words_emphasis(words) |
                     (u && !drawn_rule(p, part, u) ? 4u : 0u);
    unsigned added = shown & ~parts[part].style;
    if (!added)
        return;
    struct ImpPartSeen *seen = &c->part_seen[part];
    if (seen->count++ && part != IMP_PART_TEXT) /* the text's: each paragraph's words */
        return;
    if (seen->count > 1) {
        Para *q = &c->paras[p->index];
        Buf plain = {0};
        render_markdown_plain(u, &plain);
        const char *note = arena_printf(
            c->arena, _("words are underlined in the document ('%s'): see the note above"),
            quoted(c, buf_str(&plain)));
        buf_free(&plain);
        q->review = q->review ? arena_printf(c->arena, "%s\n%s", q->review, note) : note;
        return;
    }
    seen->line = p->line;
    seen->added = added;
    /* its words as shown, without the marks ("Số: 125/KH-UBND", not with
     * the stars around 125: the note's stars were read as the plan's,
     * foreign29) */
    Buf shown_words = {0};
    render_markdown_plain(added == 4 ? u : words ? words : p->flat, &shown_words);
    const char *text = shown_words.len ? buf_to_arena(&shown_words, c->arena) : "";
    buf_free(&shown_words);
    const char *note =
        part == IMP_PART_TEXT
            ? arena_printf(c->arena,
                           _("words are underlined in the document ('%s'): a plan's text has "
                             "bold and italics but no underline, so the rebuilt document does "
                             "not show it; underline them in the issued document by hand, or "
                             "make them bold or italic"),
                           quoted(c, text))
            : arena_printf(c->arena,
                           _("%s is %s in the document ('%s'): khgen prints it in the style "
                             "Nghị định 30 gives it, and a plan has no place for emphasis of "
                             "its own there; emphasise it in the issued document by hand"),
                           _(parts[part].name), emphasis_words(added), quoted(c, text));
    Para *q = &c->paras[p->index];
    q->review = q->review ? arena_printf(c->arena, "%s\n%s", q->review, note) : note;
}

void imp_part_emphasis_warn(Ctx *c)
{
    for (int k = 0; k < IMP_PART_COUNT; k++) {
        const struct ImpPartSeen *seen = &c->part_seen[k];
        if (!seen->count)
            continue;
        SrcPos pos = {c->path, seen->line, 1};
        if (k == IMP_PART_TEXT) {
            diag_warning(c->diags, pos, 0, KH759,
                         i18n_ntr("words are underlined here (%d paragraph): a plan's text has "
                                  "no underline, so the rebuilt document does not show it; a "
                                  "'# review:' comment names them",
                                  "words are underlined here (%d paragraphs, the first here): a "
                                  "plan's text has no underline, so the rebuilt document does "
                                  "not show it; '# review:' comments name them",
                                  (unsigned long)seen->count),
                         seen->count);
            continue;
        }
        diag_warning(c->diags, pos, 0, KH759,
                     i18n_ntr("%s is %s here (%d paragraph): khgen prints it in the style "
                              "Nghị định 30 gives it, so the rebuilt document does not show "
                              "that emphasis; a '# review:' comment names it",
                              "%s is %s here (%d paragraphs, the first here): khgen prints it "
                              "in the style Nghị định 30 gives it, so the rebuilt document does "
                              "not show that emphasis; a '# review:' comment names it",
                              (unsigned long)seen->count),
                     _(parts[k].name), emphasis_words(seen->added), seen->count);
    }
}

void imp_underline_text(Ctx *c, Para *P, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (P[k].underlined && !P[k].underline_said)
            imp_part_emphasis(c, &P[k], IMP_PART_TEXT, NULL, 0, 0);
}

/* The emphasis a Markdown cell's marks give its whole text (bit 1 bold,
 * 2 italic): "**12**", "__12__", "*x*", "_x_", "***x***" (a .md Biểu's:
 * the cell printed plain with no word; Markdown has no underline). */
static unsigned md_cell_marks(const char *s)
{
    size_t len = s ? strlen(s) : 0;
    size_t m = 0; /* the marks at both ends, one character repeated */
    while (m < 3 && 2 * m + 2 < len + 1 && (s[m] == '*' || s[m] == '_') && s[m] == s[0] &&
           s[len - 1 - m] == s[0])
        m++;
    if (2 * m >= len || (m && (s[m] == ' ' || s[len - 1 - m] == ' ')))
        return 0; /* "**", "* a *": no emphasis of a text */
    return (m >= 2 ? 1u : 0u) | (m == 1 || m == 3 ? 2u : 0u);
}

void imp_cell_emphasis(Ctx *c, Buf *y, const char *row, int cols, const Para *p,
                       const char *const *raw, int kind)
{
    if (!p)
        return;
    /* khgen's own: bold on a header, group or totals row's cells (the layout's decision) */
    int bold_own = layout_row_bold((LayoutRowKind)kind);
    Buf where = {0};
    unsigned all = 0;
    for (int k = 0; k < cols && k < 64; k++) {
        unsigned marks = raw ? md_cell_marks(raw[k]) : 0;
        unsigned e = (!bold_own && ((p->cell_emph[0] >> k & 1) || (marks & 1u)) ? 1u : 0u) |
                     ((p->cell_emph[1] >> k & 1) || (marks & 2u) ? 2u : 0u) |
                     ((p->cell_emph[2] >> k & 1) || (marks & 4u) ? 4u : 0u);
        if (e)
            buf_printf(&where, "%s%d (%s)", where.len ? ", " : "", k + 1, emphasis_words(e));
        all |= e;
    }
    if (!all)
        return;
    const char *note = arena_printf(c->arena,
                                    _("%s: the cells of columns %s have emphasis khgen does "
                                      "not print in a Biểu's row, and a plan's cell has no place "
                                      "for it; emphasise them in the issued document by hand"),
                                    row, where.data);
    buf_free(&where);
    emit_unplaced_lines(y, 6, text_one_line(c->arena, note), "KH759");
    if (c->emph_cells_page == c->n_att_ids) /* once a page (imp_note_attachment counts them) */
        return;
    c->emph_cells_page = c->n_att_ids;
    SrcPos pos = {c->path, p->line > 0 ? p->line : 0, p->line > 0};
    diag_warning(c->diags, pos, 0, KH759,
                 "a cell of a Biểu's row is %s here: khgen prints a Biểu's data rows plain and "
                 "its heading, group and totals rows bold, so the rebuilt document does not show "
                 "that emphasis; a '# review:' comment beside each such row names its columns; "
                 "mark them so by hand in the issued document",
                 emphasis_words(all));
}
