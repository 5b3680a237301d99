/* docx_kept.c - KH759: what import of a .docx kept as `# review:` notes,
 * counted.
 *
 * The reader (import_docx.c) writes what a plan has no place for - a
 * footnote's or a comment's text, a text box, a picture, a content
 * control's placeholder, a symbol without a character, an embedded
 * document not read, cells merged across columns, list items of a level
 * the numbering does not define, page headers and footers, a bound date
 * read as saved (its picture in words: docx_bind.c) - as notes
 * beside the paragraphs that hold them, and counts each kind in a
 * DocxKept. Here the counts become the warnings that tell the official
 * how many of each the plan's comments hold; the reader's own file had
 * grown past its size limit with them (s26fiximp).
 */
#include "docx_kept.h"

#include <string.h>
#include <strings.h>

#include "docx_bind.h"
#include "docx_num.h"
#include "docx_run.h"
#include "docx_tree.h"

#include "docx_vmerge.h"
#include "i18n.h"
#include "import.h"

/* One kind's warning: the English for one (one) or for n (many), each
 * with path and n (i18n_ntr: "1 text box", "2 text boxes", s37imp). */
#define KEPT_WARN(n, one, many)                                                                   \
    do {                                                                                       \
        if ((n) > 0)                                                                           \
            diag_warning(diags, pos, 0, KH759, i18n_ntr(one, many, (unsigned long)(n)), path, \
                         (n));                                                                 \
    } while (0)

static void kept_warnings_more(const DocxKept *k, DiagSink *diags, SrcPos pos, const char *path);

void docx_kept_warnings(const DocxKept *k, int toc_open, int toc_lines, DiagSink *diags,
                        const char *path)
{
    SrcPos pos = {path, 0, 0};
    /* one warning a kind, none for a kind of none ("0 tables ...": s37imp) */
    KEPT_WARN(k->refs[0] + k->refs[1],
              "'%s' has %d footnote or endnote reference, which a plan has no place for: its "
              "text is written as a '# review:' comment beside the paragraph or the table row "
              "that holds it; move what matters into the plan",
              "'%s' has %d footnote or endnote references, which a plan has no place "
              "for: their text is written as '# review:' comments beside the paragraph "
              "or the table row that holds them; move what matters into the plan");
    KEPT_WARN(k->boxes,
              "'%s' has %d text box, which a plan has no place for: its text is written as a "
              "'# review:' comment beside the paragraph or the table row that holds it; move "
              "what matters into the plan",
              "'%s' has %d text boxes, which a plan has no place for: their text is "
              "written as '# review:' comments beside the paragraph or the table row "
              "that holds them; move what matters into the plan");
    KEPT_WARN(k->nested,
              "'%s' has %d table inside a table's cell, which a plan has no place for: its "
              "text is written as a '# review:' comment beside the table row that holds it; "
              "move what matters into the plan",
              "'%s' has %d tables inside a table's cell, which a plan has no place for: "
              "their text is written as '# review:' comments beside the table row that "
              "holds them; move what matters into the plan");
    imp_pictures_warning(diags, pos, k->pictures);
    KEPT_WARN(k->refs[2],
              "'%s' has %d comment (Word's Review > New Comment), which the document does not "
              "print: it is written, with its author, as a '# review:' comment beside the "
              "paragraph it is on; answer it in the plan",
              "'%s' has %d comments (Word's Review > New Comment), which the document "
              "does not print: each is written, with its author, as a '# review:' "
              "comment beside the paragraph it is on; answer it in the plan");
    KEPT_WARN(k->placeholders,
              "'%s' has %d content control that shows its placeholder text (a form's prompt, "
              "such as \"Click or tap here to enter text.\", which the drafter never filled "
              "in): left out of the text, it is written as a '# review:' comment beside its "
              "paragraph; write what belongs there in the plan",
              "'%s' has %d content controls that show their placeholder text (a form's "
              "prompt, such as \"Click or tap here to enter text.\", which the drafter "
              "never filled in): left out of the text, each is written as a '# review:' "
              "comment beside its paragraph; write what belongs there in the plan");
    KEPT_WARN(k->bare,
              "'%s' has %d text outside a run (a w:t directly in a paragraph), which Word "
              "refuses as damaged and LibreOffice does not show: it is written as a "
              "'# review:' comment beside the paragraph that holds it; check it, and move it "
              "into the paragraph if it belongs there",
              "'%s' has %d texts outside a run (a w:t directly in a paragraph), which Word "
              "refuses as damaged and LibreOffice does not show: their text is written as "
              "'# review:' comments beside the paragraph that holds them; check each, and "
              "move its text into the paragraph if it belongs there");
    if (k->symbols)
        diag_warning(diags, pos, 0, KH759,
                     i18n_ntr("'%s' has %d symbol of a symbol font that import has no "
                              "character for (%s %04X), left out of the text: it is named in "
                              "a '# review:' comment beside its paragraph; type the character "
                              "Word shows there",
                              "'%s' has %d symbols of a symbol font that import has no "
                              "character for (the first: %s %04X), left out of the text: each "
                              "is named in a '# review:' comment beside its paragraph; type the "
                              "character Word shows there", (unsigned long)k->symbols),
                     path, k->symbols, k->symbol_font, k->symbol_code);
    KEPT_WARN(k->chunks,
              "'%s' has %d embedded document (w:altChunk) that import does not read (an RTF "
              "document, a web archive, a part that is missing, one inside another), which "
              "Word and LibreOffice show where it stands: it is marked with a '# review:' "
              "comment saying why; open the file in Word or LibreOffice, save it again (the "
              "embedded text becomes part of the document) and import that",
              "'%s' has %d embedded documents (w:altChunk) that import does not read (an "
              "RTF document, a web archive, a part that is missing, one inside another), "
              "which Word and LibreOffice show where they stand: each is marked with a "
              "'# review:' comment saying why; open the file in Word or LibreOffice, save "
              "it again (the embedded text becomes part of the document) and import that");
    kept_warnings_more(k, diags, pos, path);
    if (k->sheets) /* a Biểu pasted from Excel whose rows are not in the plan (docx_ole.c) */
        diag_warning(diags, pos, 0, KH775,
                     i18n_ntr("'%s' has %d embedded Excel worksheet whose rows were not "
                              "imported (%s): the plan lacks the table the document shows; a "
                              "'# review:' comment [KH775] marks where it stands. Copy its "
                              "cells in Excel, paste them into Word as a Word table and import "
                              "again, or write its rows into the plan",
                              "'%s' has %d embedded Excel worksheets whose rows were not "
                              "imported (the first: %s): the plan lacks the tables the document "
                              "shows; a '# review:' comment [KH775] marks where each stands. "
                              "Copy their cells in Excel, paste them into Word as Word tables "
                              "and import again, or write their rows into the plan",
                              (unsigned long)k->sheets),
                     path, k->sheets, k->sheet_why);
    if (toc_open) /* a damaged file: a TOC field without its end */
        diag_warning(diags, pos, 0, KH759,
                     "'%s' has a table of contents (a TOC field) that never ends: its %d "
                     "paragraphs, to the end of the document, were left out; open it in Word, "
                     "update the table of contents and save it again", path, toc_lines);
    imp_marks_warnings(&k->marks, diags, path);
}

/* The warnings of docx_kept_warnings from merged cells on (one function
 * was over 120 lines). */
static void kept_warnings_more(const DocxKept *k, DiagSink *diags, SrcPos pos, const char *path)
{
    KEPT_WARN(k->spans,
              "'%s' has %d cell of a table's row merged across columns (w:gridSpan, or Word's "
              "older w:hMerge), where a plan's table prints a cell per column: it is read as "
              "its first column's, the others left empty, and marked with a '# review:' "
              "comment; put the text in the column it belongs to",
              "'%s' has %d cells of a table's row merged across columns (w:gridSpan, or "
              "Word's older w:hMerge), where a plan's table prints a cell per column: each "
              "is read as its first column's, the others left empty, and marked with a "
              "'# review:' comment; put the text in the column it belongs to");
    if (k->vmerge_cut)
        diag_warning(diags, pos, 0, KH759,
                     i18n_ntr("'%s' has %d cell covered by a vertical merge (w:vMerge) left "
                              "empty: copying the merged cell's text into each would add more "
                              "than %d MiB to the plan; check that row against the document "
                              "and write the cell's text",
                              "'%s' has %d cells covered by a vertical merge (w:vMerge) left "
                              "empty: copying the merged cell's text into each would add more "
                              "than %d MiB to the plan; check those rows against the document "
                              "and write each cell's text", (unsigned long)k->vmerge_cut),
                     path, k->vmerge_cut, (int)(DOCX_VMERGE_BUDGET >> 20));
    KEPT_WARN(k->unshown,
              "'%s' has %d date content control bound to the document's data whose picture "
              "spells a day or a month in words (dddd, MMMM) or AM/PM, which import does not "
              "write: its saved text is read, where Word shows the stored date, and a "
              "'# review:' comment names that date; check the plan's date against it",
              "'%s' has %d date content controls bound to the document's data whose picture "
              "spells a day or a month in words (dddd, MMMM) or AM/PM, which import does not "
              "write: their saved text is read, where Word shows the stored dates, and "
              "'# review:' comments name them; check the plan's dates against them");
    KEPT_WARN(k->guessed,
              "'%s' has %d list item of a level that word/numbering.xml does not define (or "
              "of a list whose abstract list is missing, or past the levels 0-8 of ECMA-376): "
              "numbered as LibreOffice numbers it (\"1.\", \"2.\"), marked with a '# review:' "
              "comment; check its number in Word",
              "'%s' has %d list items of a level that word/numbering.xml does not "
              "define (or of a list whose abstract list is missing, or past the levels "
              "0-8 of ECMA-376): numbered as LibreOffice numbers them (\"1.\", \"2.\"), "
              "each marked with a '# review:' comment; check their numbers in Word");
    KEPT_WARN(k->page_parts,
              "'%s' has %d page header or footer holding words that import does not read "
              "(only the first page's header, when it holds the plan's header): it is written "
              "as a '# review:' comment at the document's start; move what belongs to the "
              "plan (a place and date, a reference) into it",
              "'%s' has %d page headers or footers holding words that import does not "
              "read (only the first page's header, when it holds the plan's header): "
              "each is written as a '# review:' comment at the document's start (the "
              "first 32, the others counted in one more); move what belongs to the plan "
              "(a place and date, a reference) into it");
    KEPT_WARN(k->words,
              "'%s' has %d list item counting in Vietnamese words (w:numFmt vietnameseCounting: "
              "Word prints \"một\", \"hai\", ...): numbered in digits, as LibreOffice prints it, "
              "marked with a '# review:' comment; write the number as Word shows it",
              "'%s' has %d list items counting in Vietnamese words (w:numFmt "
              "vietnameseCounting: Word prints \"một\", \"hai\", ...): numbered in "
              "digits, as LibreOffice prints them, each marked with a '# review:' "
              "comment; write the numbers as Word shows them");
    KEPT_WARN(k->dated,
              "'%s' has %d DATE or TIME field, which Word shows as the day it opens or prints "
              "the document: import read the date saved in the file, the day it was last "
              "updated, and marked it with a '# review:' comment; check the date (a plan's "
              "date is the day it is signed)",
              "'%s' has %d DATE or TIME fields, which Word shows as the day it opens or "
              "prints the document: import read the date saved in the file, the day "
              "each was last updated, and marked it with a '# review:' comment; check "
              "the date (a plan's date is the day it is signed)");
    KEPT_WARN(k->paged,
              "'%s' has %d page-number field (PAGE, NUMPAGES, SECTIONPAGES) in its text, which "
              "Word shows as the page's number or the count of pages: left out of the text, it "
              "is marked with a '# review:' comment; write what the sentence means without it",
              "'%s' has %d page-number fields (PAGE, NUMPAGES, SECTIONPAGES) in its text, "
              "which Word shows as the page's number or the count of pages: left out of "
              "the text, each marked with a '# review:' comment; write what the sentence "
              "means without them");
    KEPT_WARN(k->linked,
              "'%s' has %d link whose address a plan cannot hold as its link (a HYPERLINK field "
              "to a place in the document or a file, a link in a table's cell, whose text a "
              "plan prints as written): its words are kept, its address is in a '# review:' "
              "comment beside its paragraph or row; write it in the text if it belongs there",
              "'%s' has %d links whose address a plan cannot hold as their link (a HYPERLINK "
              "field to a place in the document or a file, a link in a table's cell, whose "
              "text a plan prints as written): their words are kept, each address is in a "
              "'# review:' comment beside its paragraph or row; write it in the text if it "
              "belongs there");
}

/* A cell merged across columns (w:gridSpan) in a row below a table's
 * first: a plan's row has a cell per column (merge: joins cells down a
 * column only), so its text is read as its first column's, the others
 * empty, which prints otherwise; it was so without a word (s18docx). A
 * note beside the row, counted for KH759; not a group row's title (from
 * column 1 or 2 to the row's end) nor a totals label (imp_totals_label,
 * or any text from column 1): khgen's shapes and an office's. */
int docx_hmerge_span(const xmlNode *tc)
{
    char *val = docx_attr(docx_child(docx_child(tc, "tcPr"), "hMerge"), "val");
    int restart = val && strcmp(val, "restart") == 0, span = 0;
    xmlFree(val);
    for (const xmlNode *c = tc; restart && c && span < 64; c = docx_next(tc->parent, c, "tc")) {
        const xmlNode *tcpr = docx_child(c, "tcPr"), *h = docx_child(tcpr, "hMerge");
        char *v = c == tc ? NULL : docx_attr(h, "val");
        int goes_on = c == tc || (h && (!v || strcmp(v, "restart") != 0));
        xmlFree(v);
        if (!goes_on)
            break;
        int grid = docx_attr_int(docx_child(tcpr, "gridSpan"), "val", 1);
        span += grid > 1 && grid < 64 ? grid : 1;
    }
    return span;
}

void docx_span_note(Arena *arena, ImpPara *held, DocxKept *kept, int row, int col, int span,
                    int width, const Buf *cell, int legacy)
{
    if (row < 1 || span < 2 || col < 1 || (col <= 1 && col + span >= width) || !cell->len ||
        imp_totals_label(buf_str(cell))) /* "Tổng cộng" under an empty STT */
        return;
    kept->spans++;
    /* its first 80 bytes, not inside a character: cut inside "ả", the note
     * wrote invalid UTF-8 into the plan, which then did not load (KH003,
     * import's exit 0: s27mut) */
    size_t quoted = cell->len > 80 ? 80 : cell->len;
    while (quoted < cell->len && quoted && ((unsigned char)cell->data[quoted] & 0xC0) == 0x80)
        quoted--;
    const char *text = arena_printf(arena, _("\"%.*s\", one cell over columns %d-%d: read as "
                                                 "column %d's, the others left empty; a plan's "
                                                 "table prints a cell per column"),
                                    (int)quoted, cell->data, col + 1, col + span, col + 1);
    imp_para_review(arena, held, legacy ? _("cells merged across columns in the document "
                                            "(w:hMerge, Word's older form of a merge)")
                                        : _("cells merged across columns in the document "
                                            "(w:gridSpan)"), text, strlen(text));
}

/* DATE, TIME: the fields Word updates when it opens or prints a document
 * (CREATEDATE, SAVEDATE and PRINTDATE keep the day they name). */
static void note_code(Arena *arena, ImpPara *held, DocxKept *kept, const char *c)
{
    while (c && *c == ' ')
        c++;
    size_t w = c ? strspn(c, "ADEIMTadeimt") : 0;
    int dated = w == 4 && (strncasecmp(c, "DATE", 4) == 0 || strncasecmp(c, "TIME", 4) == 0) &&
                (!c[4] || c[4] == ' ' || c[4] == '\\');
    int paged = !dated && !kept->margins && docx_page_field(c);
    if (!dated && !paged)
        return; /* a link's (HYPERLINK) is the reader's: docx_link_note */
    size_t len = strlen(c);
    if (len > 200) /* at a character's first byte */
        for (len = 200; len && ((unsigned char)c[len] & 0xC0) == 0x80; len--)
            ;
    if (dated) {
        kept->dated++;
        imp_para_review(arena, held, _("a DATE or TIME field, which Word shows as the day it "
                                       "opens or prints the document: read as saved, the day it "
                                       "was last updated; its code"),
                        c, len);
    } else { /* its result is left out (docx_run.c): never without a word */
        kept->paged++;
        imp_para_review(arena, held, _("a page-number field (PAGE, NUMPAGES, SECTIONPAGES), "
                                       "which Word shows as the number of the page it is on or "
                                       "the count of pages: left out of the text; its code"),
                        c, len);
    }
}

void docx_link_note(Arena *arena, ImpPara *held, DocxKept *kept, const char *code,
                    const char *address)
{
    const char *c = code ? code : address;
    while (*c == ' ')
        c++;
    size_t len = strlen(c);
    if (len > 200) /* at a character's first byte */
        for (len = 200; len && ((unsigned char)c[len] & 0xC0) == 0x80; len--)
            ;
    kept->linked++;
    if (code)
        imp_para_review(arena, held, _("a link typed as a field (HYPERLINK): its words are "
                                       "kept, its address is not; its code"),
                        c, len);
    else
        imp_para_review(arena, held, _("a link in a table's cell, whose text a plan prints "
                                       "as it is written, without links: its words are kept; "
                                       "its address"),
                        c, len);
}

void docx_field_note(Arena *arena, ImpPara *held, DocxKept *kept, const xmlNode *n)
{
    xmlChar *code = docx_is(n, "fldSimple") ? (xmlChar *)docx_attr(n, "instr")
                                            : xmlNodeGetContent(n);
    note_code(arena, held, kept, (const char *)code);
    xmlFree(code);
}

/* The code gathered so far, noted, and no field's gathered any more. */
static void flush_code(Arena *arena, ImpPara *held, DocxKept *kept)
{
    if (kept->coding && kept->code_len) {
        kept->code[kept->code_len] = '\0';
        note_code(arena, held, kept, kept->code);
    }
    kept->coding = 0;
    kept->code_len = 0;
}

static void field_char(Arena *arena, ImpPara *held, DocxKept *kept, const xmlNode *t)
{
    char *type = docx_attr(t, "fldCharType");
    if (type) {
        /* a field nested in the code: the outer's code so far is noted */
        flush_code(arena, held, kept);
        kept->coding = strcmp(type, "begin") == 0;
    }
    xmlFree(type);
}

void docx_field_code(Arena *arena, ImpPara *held, DocxKept *kept, const xmlNode *t)
{
    if (docx_is(t, "fldChar")) {
        field_char(arena, held, kept, t);
        return;
    }
    if (!kept->coding) {
        docx_field_note(arena, held, kept, t);
        return;
    }
    xmlChar *piece = xmlNodeGetContent(t);
    size_t n = piece ? strlen((const char *)piece) : 0, room = sizeof kept->code - 1 - kept->code_len;
    memcpy(kept->code + kept->code_len, piece ? (const char *)piece : "", n < room ? n : room);
    kept->code_len += n < room ? n : room; /* past 255 bytes: only 200 are quoted */
    xmlFree(piece);
}

void docx_date_note(Arena *arena, ImpPara *held, DocxKept *kept, const xmlNode *r)
{
    char *stored = docx_attr(r, DOCX_BIND_UNSHOWN);
    if (!stored)
        return;
    kept->unshown++;
    imp_para_review(arena, held, _("a date content control bound to the document's data, whose "
                                   "picture spells a day or a month in words (ddd, dddd, MMM, "
                                   "MMMM) or AM/PM, as Windows words them for its language: "
                                   "read as saved, where Word shows the stored date; check the "
                                   "date against it, the stored value and the picture"),
                    stored, strlen(stored));
    xmlFree(stored);
}

void docx_label_note(Arena *arena, ImpPara *held, DocxKept *kept, int why, const char *label,
                     size_t n, int num_id, int ilvl)
{
    while (n && label[n - 1] == ' ')
        n--;
    ++*(why == DOCX_LABEL_WORDS ? &kept->words : &kept->guessed);
    const char *what = _("a list number that LibreOffice prints, which Word may not");
    const char *text;
    if (why == DOCX_LABEL_PAST)
        text = arena_printf(arena, _("\"%.*s\": level %d (w:ilvl) of list %d (w:numId) is past "
                                     "the levels 0-8 of ECMA-376; LibreOffice shows it as level "
                                     "%d, and what Word shows is not said; check the number in "
                                     "Word"), (int)n, label, ilvl, num_id, docx_num_level(ilvl));
    else if (why == DOCX_LABEL_GUESSED)
        text = arena_printf(arena, _("\"%.*s\": word/numbering.xml does not define level %d "
                                     "(w:ilvl) of list %d (w:numId), and ECMA-376 and "
                                     "Microsoft's notes on Word ([MS-OI29500]) do not say what "
                                     "Word prints there; check the number in Word"),
                            (int)n, label, ilvl, num_id);
    else /* Word's own words ("một", "hai"), which no spec spells out */
        text = arena_printf(arena, _("\"%.*s\": level %d (w:ilvl) of list %d (w:numId) counts "
                                     "in Vietnamese words (w:numFmt vietnameseCounting), which "
                                     "Word prints as words and LibreOffice in digits, as read "
                                     "here; write the number as Word shows it"),
                            (int)n, label, ilvl, num_id);
    imp_para_review(arena, held, what, text, strlen(text));
}
