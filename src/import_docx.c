/* import_docx.c - reading a plan from a Word .docx file.
 *
 * A .docx is a zip (read with libzip) holding XML parts (read with libxml2).
 * The reader opens the zip from memory, refuses anything it cannot trust
 * (not a zip, too many entries, a part whose uncompressed size is beyond
 * IMPORT_MAX_PART, a zip without word/document.xml), and parses
 * word/document.xml without network access, DTDs or entity expansion.
 *
 * Paragraphs come out in reading order, table cells row by row (the
 * two-column header, "Nơi nhận" beside the signature). For each paragraph
 * it keeps the text of its runs, Markdown emphasis for runs that are bold
 * or italic when the rest is not (and the flags when the whole paragraph
 * is), the heading level of a "HeadingN" style, and, for a list paragraph,
 * the label Word prints: word/numbering.xml gives each list level its
 * format (decimal, upperRoman, lowerLetter, bullet) and text ("%1.%2."),
 * and the reader counts the list items as Word does (docx_num.c). A paragraph whose list
 * numbering comes from its style (word/styles.xml: a paragraph style with
 * numPr, directly or through basedOn) is numbered the same way; what a
 * style gives a paragraph or a run (bold, italic, All Caps, a symbol font)
 * is docx_style.c's. Footnotes, endnotes and comments, text boxes and
 * tables inside a cell, which a plan has no place for, become review
 * notes of the paragraph that holds them (import_notes.c). A plan's header
 * kept in the first page's page header is read before the body
 * (docx_pagehead.c). A paragraph's runs, as Word shows them, are
 * docx_runs.c's.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <zip.h>

#include "docx_bind.h"
#include "docx_chunk.h"
#include "docx_embed.h"
#include "docx_html.h"
#include "docx_join.h"
#include "docx_layout.h"
#include "docx_lines.h"
#include "docx_notword.h"
#include "docx_ole.h"
#include "docx_num.h"
#include "docx_kept.h"
#include "docx_pagehead.h"
#include "docx_margins.h"
#include "docx_reader.h"
#include "docx_para_md.h"
#include "docx_part.h"
#include "docx_rels.h"
#include "docx_run.h"
#include "docx_runs.h"
#include "docx_section.h"
#include "docx_tablook.h"
#include "docx_tabcols.h"
#include "docx_style.h"
#include "docx_toc.h"
#include "docx_grid.h"
#include "docx_tree.h"
#include "docx_vmerge.h"
#include "docx_wrapped.h"
#include "import.h"
#include "import_impl.h"
#include "import_marks.h"
#include "i18n.h"
#include "md_read.h"
#include "vi.h"

/* ---- paragraphs ------------------------------------------------------------------- */


typedef DocxRun Run; /* docx_para_md.h */

static void cell_text(const xmlNode *n, Buf *out, int depth, Reader *rd);

/* The label of the next item of list num_id at level ilvl appended to out
 * (docx_num_label, whose return it returns); when the list does not define
 * that level, or the level is past ECMA-376's 0-8, the label is
 * LibreOffice's, and so is one of a number in words (vietnameseCounting):
 * a note of the paragraph says so, counted for KH759 (docx_label_note). */
static int list_label(Reader *rd, int num_id, int ilvl, Buf *out)
{
    int guess = docx_num_undefined(rd->nb, num_id, ilvl);
    int words = docx_num_in_words(rd->nb, num_id, ilvl);
    size_t from = out->len;
    int r = docx_num_label(rd->nb, num_id, ilvl, out);
    int why = ilvl > 8 && out->len > from ? DOCX_LABEL_PAST /* ECMA-376 17.9.3: 0-8 */
              : guess                     ? DOCX_LABEL_GUESSED
              : words && out->len > from  ? DOCX_LABEL_WORDS : 0;
    if (why)
        docx_label_note(rd->arena, &rd->held, &rd->kept, why,
                        out->data ? out->data + from : "", out->len - from, num_id, ilvl);
    return r;
}

/* The label Word prints before a list paragraph p of a data table's cell
 * (an STT column numbered by a list: "1", "2", ...), put in out; the item
 * counts in its list either way, so a list that goes on after the table
 * goes on as Word numbers it. A bullet's mark is left out, as before: a
 * cell is plain text, its paragraphs joined by spaces. */
static void cell_label(Reader *rd, const xmlNode *p, Buf *out)
{
    const xmlNode *ppr = docx_child(p, "pPr");
    char *style = docx_attr(docx_child(ppr, "pStyle"), "val");
    int ilvl = 0, num_id = docx_para_list(&rd->styles, ppr, style, &ilvl);
    if (style)
        xmlFree(style);
    Buf label = {0};
    if (num_id > 0 && !list_label(rd, num_id, ilvl, &label) && label.len &&
        !(label.len == 2 && (label.data[0] == '-' || label.data[0] == '+')))
        buf_putn(out, label.data, label.len);
    buf_free(&label);
}

/* Whether text (a text box's paragraphs, joined) is a signature block:
 * "TM. ", "KT. ", "Q. ", "TL. " or "TUQ. " first, then a word in
 * capitals ("TM. ỦY BAN NHÂN DÂN"), as the block begins. An office sets
 * the signature in a box to place it at the page's right: noted as a text
 * box, the plan had no signature, its words in a '# review:' note (s40imp). */
static int signature_box(const char *text)
{
    static const char *const marks[] = {"TM. ", "KT. ", "Q. ", "TL. ", "TUQ. ", NULL};
    text += strspn(text, " \n");
    for (int k = 0; marks[k]; k++)
        if (strncmp(text, marks[k], strlen(marks[k])) == 0) {
            const char *w = text + strlen(marks[k]);
            size_t n = strcspn(w, " \n");
            char word[64];
            if (n < 2 || n >= sizeof word)
                return 0;
            memcpy(word, w, n);
            word[n] = '\0';
            return is_upper_text(word);
        }
    return 0;
}

/* The text boxes in n (w:txbxContent, in a drawing or a VML shape) as
 * notes of the paragraph; of an mc:AlternateContent only its first
 * branch, the one Word takes (the others are gone since the part was
 * parsed, docx_mce.c: a fallback is the same box again). A drawing without a
 * text box is a picture (docx_picture). */
static void box_notes(Reader *rd, const xmlNode *n, int depth)
{
    if (n->type != XML_ELEMENT_NODE || depth > 20)
        return;
    if (docx_picture(n) && docx_ole_sheet(n)) { /* a Biểu pasted from Excel: its rows */
        docx_ole_take(rd, n);
        return;
    }
    if (docx_picture(n)) { /* left out without a word: a note naming it (a SmartArt: its words) */
        char *name = docx_picture_name(n), *words = docx_chunks_diagram(rd->ck, n, name);
        rd->kept.pictures++;
        const char *note = words ? words : name ? name : "";
        imp_picture_note(rd->arena, &rd->held, note, strlen(note));
        xmlFree(name);
        free(words);
        return;
    }
    if (docx_is(n, "txbxContent")) {
        for (int k = 0; k < rd->n_labels; k++)
            if (rd->labels[k] == n)
                return; /* read before its paragraph, a page's label */
        Buf text = {0}, nfc = {0};
        rd->box_text++;
        cell_text(n, &text, depth + 1, rd);
        rd->box_text--;
        vi_put_nfc(&nfc, text.data ? text.data : "", text.len);
        if (!rd->in_cells && !rd->in_box && (size_t)rd->n_boxes < sizeof rd->boxes / sizeof rd->boxes[0] && (docx_header_text(buf_str(&nfc)) || signature_box(buf_str(&nfc)))) {
            /* the header's lines in a text box ("Số: ...", the motto, the
             * whole header), or the signature's: Word prints them, and the
             * plan has a place for them; read as paragraphs where the box
             * is anchored */
            rd->boxes[rd->n_boxes++] = n;
            buf_free(&text);
            buf_free(&nfc);
            return;
        }
        rd->kept.boxes++;
        imp_para_review(rd->arena, &rd->held, _("a text box"), nfc.data ? nfc.data : "", nfc.len);
        buf_free(&text);
        buf_free(&nfc);
        return;
    }
    for (const xmlNode *c = n->children; c; c = c->next)
        if (c->type == XML_ELEMENT_NODE) {
            box_notes(rd, c, depth + 1);
            if (docx_is(n, "AlternateContent"))
                break;
        }
}

/* A run's element t that is not text: a footnote's or an endnote's
 * reference (its text, from word/footnotes.xml or endnotes.xml, numbered
 * as Word prints them) or what may hold text boxes, as notes of the
 * paragraph, after the text of runs[0..n_runs) that came before it. */
void docx_run_notes(Reader *rd, const xmlNode *t, const Run *runs, size_t n_runs)
{
    int which = docx_is(t, "footnoteReference") ? 0 : docx_is(t, "endnoteReference") ? 1
              : docx_is(t, "commentReference") ? 2 : -1;
    if (which < 0 && (docx_is(t, "instrText") || docx_is(t, "fldChar")))
        docx_field_code(rd->arena, &rd->held, &rd->kept, t); /* gathered whole */
    if (which < 0) {
        box_notes(rd, t, 0);
        return;
    }
    /* the words before it: the last runs with text only (all of them was
     * quadratic), past the runs without (64 of them said "at the start of
     * its paragraph": s26review L5), each such run found by its link */
    size_t at_run[64], k = 0, bytes = 0;
    for (size_t i = n_runs; i > 0 && bytes < 200 && k < 64; i = runs[i - 1].before)
        if (runs[i - 1].text.len)
            at_run[k++] = i - 1, bytes += runs[i - 1].text.len;
    Buf before = {0};
    for (size_t first = k; k > 0; k--) {
        const Run *r = &runs[at_run[k - 1]];
        /* of the first, its last 200 bytes: 40 characters at most 4 each */
        size_t skip = k == first && r->text.len > 200 ? r->text.len - 200 : 0;
        buf_putn(&before, r->text.data + skip, r->text.len - skip);
    }
    int number = ++rd->kept.refs[which];
    char *id = docx_attr(t, "id");
    size_t at = id ? strset_find(&rd->notes[which].ids, id) : (size_t)-1;
    xmlFree(id); /* free(NULL) as libxml2 frees */
    const char *quote = imp_quote_before(rd->arena, before.data ? before.data : "", before.len);
    const char *what = which == 2 ? NULL : arena_printf(rd->arena, which ? _("endnote %d %s")
                                                                         : _("footnote %d %s"),
                                                        number, quote);
    if (which == 2) {
        /* a reviewer's comment (Word's Review > New Comment): the document
         * does not print it, and it was lost without a word (s17docx) */
        const char *author = at != (size_t)-1 ? rd->notes[2].author[at] : NULL;
        what = author && *author
                   ? arena_printf(rd->arena, _("comment %d by %s %s"), number, author, quote)
                   : arena_printf(rd->arena, _("comment %d %s"), number, quote);
    }
    const char *text = at != (size_t)-1 ? rd->notes[which].text[at]
                                        : arena_printf(rd->arena, _("(not in %s)"),
                                                       rd->part[DOCX_FOOTNOTES + which]);
    int *given = at != (size_t)-1 ? &rd->notes[which].given[at] : &(int){0};
    if (*given) /* its text once: 20,000 references of a 4 KB package wrote 25 MB */
        text = arena_printf(rd->arena, _("the same text as note %d above"), *given);
    *given = *given ? *given : number;
    imp_para_review(rd->arena, &rd->held, what, text, strlen(text));
    buf_free(&before);
}

/* The paragraph's notes (rd->held) go to para, or, when the paragraph
 * had no text (a text box's anchor), to the paragraph before it; with
 * none yet they wait for the next one. */
static void give_notes(Reader *rd, ImpPara *para)
{
    if (!rd->held.review)
        return;
    if (!para && rd->out->n)
        para = &rd->out->items[rd->out->n - 1];
    if (!para)
        return;
    imp_review_put(rd->arena, para, rd->held.review, rd->held.review_len);
    rd->held.review = NULL;
    rd->held.review_len = rd->held.review_cap = 0;
}

static void read_block(Reader *rd, const xmlNode *n, int in_table, int depth);

/* The text boxes box_notes kept for the paragraph just read (those that
 * hold the header's lines), read as paragraphs after it, in the order
 * they are anchored: a box's text was one note, the header's number, motto
 * or whole header lost from it, and the plan's header guessed (s28foreign
 * MEDIUM 2). A box inside such a box is a note, as before. */
static void read_boxes(Reader *rd, int in_table)
{
    int n = rd->n_boxes;
    const xmlNode *boxes[sizeof rd->boxes / sizeof rd->boxes[0]]; /* docx_reader.h says how many */
    memcpy(boxes, rd->boxes, (size_t)n * sizeof *boxes);
    rd->n_boxes = 0;
    rd->in_box = 1;
    for (int k = 0; k < n; k++)
        read_block(rd, boxes[k], in_table, 1);
    rd->in_box = 0;
}

/* The text boxes under n (at most cap, in found; their count) whose text
 * is an attachment page's label alone ("Biểu 01", "Phụ lục II": an office
 * sets it in a box at the page's top right, anchored in the title below
 * it). Noted as a text box, the page had no label: its title, table and
 * the closing and signature above it were read as the body's, exit 0
 * (s39imp); Word shows the label above the title. */
static int label_boxes(const xmlNode *n, const xmlNode **found, int cap, int depth)
{
    int k = 0;
    for (const xmlNode *c = n->children; c && k < cap && depth < 20; c = c->next) {
        if (c->type != XML_ELEMENT_NODE || docx_is(c, "tbl"))
            continue;
        if (!docx_is(c, "txbxContent")) {
            k += label_boxes(c, found + k, cap - k, depth + 1);
            continue;
        }
        Buf text = {0}, nfc = {0};
        cell_text(c, &text, depth + 1, NULL);
        vi_put_nfc(&nfc, text.data ? text.data : "", text.len);
        const char *t = buf_str(&nfc);
        t += strspn(t, " ");
        if (nfc.len < 60 && !strchr(t, '\n') && attachment_label(t))
            found[k++] = c;
        buf_free(&text);
        buf_free(&nfc);
    }
    return k;
}

/* ImpPara.khstyle of a paragraph of style id style (NULL: none): 2 for
 * khgen's closing (KHClosing), 1 for another of khgen's own (KH...), 0
 * for any other: import.c's find_end knows khgen's closing by it. */
static int khgen_style(const char *style)
{
    if (!style || strncmp(style, "KH", 2) != 0)
        return 0;
    return strcmp(style, "KHClosing") == 0 ? 2 : 1;
}

/* The underlined words of runs (NFC, their ends trimmed, the pieces apart
 * joined by " … "; arena), or NULL: a hyperlink's underline is the link's,
 * and underlined blanks (a line to sign on) are no words. */
static const char *underlined_words(Arena *arena, const Run *runs, size_t n)
{
    Buf words = {0}, nfc = {0};
    for (size_t i = 0; i < n; i++) {
        const Run *r = &runs[i];
        if (!r->underline || r->href || !r->text.len)
            continue;
        int joined = i > 0 && runs[i - 1].underline && !runs[i - 1].href;
        if (words.len && !joined)
            buf_puts(&words, " … ");
        buf_putn(&words, r->text.data, r->text.len);
    }
    vi_put_nfc(&nfc, words.data ? words.data : "", words.len);
    const char *s = buf_str(&nfc);
    size_t b = strspn(s, " \n\t"), e = nfc.len;
    while (e > b && strchr(" \n\t", s[e - 1]))
        e--;
    /* (blanks, or a line of '_', '.' or '-' to write on: no words) */
    const char *out = e > b && strspn(s + b, " _-.\n\t") < e - b ? arena_strndup(arena, s + b, e - b) : NULL;
    buf_free(&words);
    buf_free(&nfc);
    return out;
}

/* The Markdown indent of a paragraph outside a table (its pPr ppr; in
 * list num_id at level ilvl, a blank bullet's when later): a left indent
 * set on the paragraph itself (not its list's) as many steps as khgen's
 * docx gives the content of a "+" task (425 twips each, render_docx.c),
 * counted as Markdown's two spaces a step, so the body nests it as in
 * khgen's Markdown; a blank bullet (pandoc's item's later paragraph)
 * under its item's text, as Markdown indents it; a list item by its level,
 * as Markdown nests it, so that a blank bullet of level k goes under the
 * item of level k, not the last item (every item at one depth: a "+"
 * task's text was read outside it, its lines the section's paragraphs,
 * exit 0: s53import R2's leftover, s54import). */
static int para_indent(const xmlNode *ppr, int num_id, int ilvl, int later)
{
    const xmlNode *ind = docx_child(ppr, "ind");
    int left = ind ? docx_attr_int(ind, "left", docx_attr_int(ind, "start", 0)) : 0;
    if (left >= 425 && num_id <= 0)
        return left / 425 * 2 < 24 ? left / 425 * 2 : 24;
    if (later)
        return ilvl < 11 ? (ilvl + 1) * 2 : 24;
    if (num_id > 0)
        return ilvl < 11 ? ilvl * 2 : 22;
    return 0;
}

static void read_paragraph(Reader *rd, const xmlNode *p, int in_table)
{
    if (rd->out->n >= IMPORT_MAX_PARAS) {
        rd->too_many = 1;
        return;
    }
    const xmlNode *labels[2];
    int n_labels = in_table || rd->in_cells || rd->in_box ? 0 : label_boxes(p, labels, 2, 0);
    rd->in_box += n_labels > 0;
    for (int k = 0; k < n_labels; k++) /* a page's label in a box: above its paragraph */
        read_block(rd, labels[k], 0, 1);
    rd->in_box -= n_labels > 0;
    memcpy(rd->labels, labels, (size_t)n_labels * sizeof *labels);
    rd->n_labels = n_labels;
    rd->para_no++;
    int gap0 = rd->gap; /* a paragraph that holds worksheets only is no gap before them */
    Buf text = {0};
    const xmlNode *ppr = docx_child(p, "pPr");
    int heading = 0;
    char *style = docx_attr(docx_child(ppr, "pStyle"), "val");
    if (style && strncmp(style, "Heading", 7) == 0 && style[7] >= '1' && style[7] <= '6')
        heading = style[7] - '0';
    else if (style) /* by its name: WPS's "7", a localised Word's own word */
        heading = docx_style_heading(&rd->styles, style);
    int ilvl = 0, num_id = docx_para_list(&rd->styles, ppr, style, &ilvl);
    int later = num_id > 0 && list_label(rd, num_id, ilvl, &text);
    /* a bullet of "List Bullet 2": a list of one level, indented as the
     * second; Word shows it under the "List Bullet" item above it (it was
     * read as a first-level "-": s24attack L3) */
    if (num_id > 0 && !later && ilvl == 0 && text.len == 2 && text.data[0] == '-' &&
        docx_style_list_level(&rd->styles, style) > 0)
        text.data[0] = '+';
    /* the paragraph style's italics ("KH Attachment Note", a table's note;
     * its bold is left as it was read, the headings' round trip by it) */
    int style_i = docx_style_flag(&rd->styles, style, 0, 1) > 0;
    int style_c = docx_style_flag(&rd->styles, style, 0, 2) > 0;
    int style_sc = docx_style_flag(&rd->styles, style, 0, 7) > 0; /* small capitals */
    /* in a table (its title or note row too) */
    int tt = docx_table_toggles(&rd->styles, p, rd->look, rd->look_cnf);
    int style_v = docx_style_flag(&rd->styles, style, 0, 3) > 0; /* hidden text */
    /* bold by its paragraph style (khgen's KHSection, a Heading): the
     * paragraph prints bold, though its runs say nothing */
    int style_b = docx_style_flag(&rd->styles, style, 0, 0) > 0;
    int style_u = docx_style_flag(&rd->styles, style, 0, 4); /* no toggle: over the table's */
    int style_s = docx_style_flag(&rd->styles, style, 0, 5) > 0; /* struck through */
    style_i ^= tt & 1, style_c ^= tt >> 1 & 1, style_b ^= tt >> 5 & 1, style_sc ^= tt >> 6 & 1;
    style_v ^= tt >> 2 & 1, style_s ^= tt >> 4 & 1, style_u = style_u >= 0 ? style_u : tt >> 3 & 1;
    DocxFonts pf = docx_para_fonts(&rd->styles, style);
    int khstyle = khgen_style(style);
    if (style)
        xmlFree(style);
    size_t n_runs;
    Run *runs = docx_para_runs(&rd->styles, p, style_i | style_c << 1 | style_v << 2 | style_u << 3 |
                                   style_s << 4 | style_b << 5 | style_sc << 6,
                          &n_runs, rd, &pf, 1);
    const char *underlined = underlined_words(rd->arena, runs, n_runs);
    /* as Markdown: emphasis that is not the whole paragraph's, links */
    int all_bold, all_italic, unbold = docx_runs_unbold(runs, n_runs); /* round23 R8 */
    int partly = 0; /* "**IV. X:** Y": a bold style's text unbolded (round22 --stress s4) */
    for (size_t i = 0; style_b && !unbold && i < n_runs; i++)
        partly |= runs[i].unbold, runs[i].bold |= !runs[i].unbold;
    int any = docx_runs_markdown(runs, n_runs, &text, &all_bold, &all_italic);
    for (size_t i = 0; i < n_runs; i++)
        buf_free(&runs[i].text);
    free(runs);
    /* NFC, trimmed */
    Buf nfc = {0};
    vi_put_nfc(&nfc, text.data ? text.data : "", text.len);
    size_t b = 0, e = nfc.len;
    while (b < e && (nfc.data[b] == ' ' || nfc.data[b] == '\n'))
        b++;
    while (e > b && (nfc.data[e - 1] == ' ' || nfc.data[e - 1] == '\n'))
        e--;
    /* line breaks typed to separate items: a paragraph each (docx_lines.c) */
    int cut = !in_table && docx_lines_cut(nfc.data + b, e - b);
    for (size_t at = b, len; at < e && rd->out->n < IMPORT_MAX_PARAS; at += len + 1) {
        while (at < e && (nfc.data[at] == ' ' || (cut && nfc.data[at] == '\n')))
            at++; /* the empty line docx_line_piece cut before */
        if (at >= e)
            break;
        len = cut ? docx_line_piece(nfc.data + at, e - at) : e - at;
        size_t w = len;
        while (w && (nfc.data[at + w - 1] == ' ' || nfc.data[at + w - 1] == '\n'))
            w--;
        if (!w)
            continue;
        ImpPara *para = imp_para_add(rd->arena, rd->out, nfc.data + at, w, rd->para_no);
        para->heading = heading;
        para->khstyle = khstyle;
        para->bold = all_bold || (style_b && any && !unbold && !partly);
        para->italic = all_italic;
        para->in_table = in_table;
        para->listed = num_id > 0;
        para->underlined = underlined; /* the first piece's (a line cut: its start) */
        underlined = NULL;
        para->gap = rd->gap;
        para->indent = in_table ? 0 : para_indent(ppr, num_id, ilvl, later);
        rd->gap = 0;
        give_notes(rd, para);
    }
    if (e <= b) {
        rd->gap = 1;
        give_notes(rd, NULL);
    }
    buf_free(&nfc);
    buf_free(&text);
    rd->n_labels = 0;
    if (rd->n_boxes)
        read_boxes(rd, in_table);
    if (rd->n_sheets) /* Excel worksheets pasted as objects: their tables */
        docx_ole_read(rd, e <= b ? gap0 : rd->gap);
}

/* Where a table inside a table's cell or a text box stands, for its note:
 * a text box's table was named "the cell of row 0, column 0 of the
 * document's table 0", a cell of no table (s37imp) */
const char *docx_nested_where(const Reader *rd)
{
    if (rd->box_text)
        return _("a table inside a text box");
    return arena_printf(rd->arena, _("a table inside the cell of row %d, column %d of the document's table %d"),
                        rd->row, rd->col, rd->table);
}

/* A table inside a data table's cell: its rows ("a | b; c | d") as a note
 * of the row (attack 8 L1), and in *rows for a cell of no other text. */
static void nested_note(Reader *rd, const xmlNode *tbl, int depth, Buf *rows)
{
    Buf text = {0}, nfc = {0};
    for (const xmlNode *tr = tbl->children; tr; tr = tr->next) {
        if (!docx_is(tr, "tr"))
            continue;
        if (text.len)
            buf_puts(&text, "; ");
        int first = 1;
        for (const xmlNode *tc = tr->children; tc; tc = tc->next)
            if (docx_is(tc, "tc")) {
                Buf cell = {0};
                cell_text(tc, &cell, depth + 1, rd);
                size_t b = strspn(cell.data ? cell.data : "", " ");
                buf_puts(&text, first ? "" : " | ");
                buf_putn(&text, cell.data ? cell.data + b : "", cell.len - b);
                first = 0;
                buf_free(&cell);
            }
    }
    vi_put_nfc(&nfc, text.data ? text.data : "", text.len);
    rd->kept.nested += !rd->box_text; /* a text box's table: the box's, counted once (s37imp) */
    imp_para_review(rd->arena, &rd->held, docx_nested_where(rd), nfc.data ? nfc.data : "", nfc.len);
    if (nfc.len)
        buf_printf(rows, "%s%s", rows->len ? "; " : "", nfc.data);
    buf_free(&text);
    buf_free(&nfc);
}


/* The plain text of a table cell: its paragraphs' runs, joined by spaces
 * (emphasis dropped: cells are plain text in the plan too). With rd (a
 * data table's cell), a table inside it is a note (nested_note), and so
 * are its notes' and text boxes' text; without, all is joined. */
static void cell_text(const xmlNode *n, Buf *out, int depth, Reader *rd)
{
    int glued = 0; /* the paragraph before's mark deleted (Track Changes): no space */
    Buf nested = {0}; /* the rows of the tables inside it, as their notes give them */
    for (const xmlNode *c = n->children; c && depth < DOCX_MAX_DEPTH; c = c->next) {
        if (docx_is(c, "tbl") && rd) {
            nested_note(rd, c, depth, &nested);
        } else if (docx_is(c, "p")) {
            size_t n_runs;
            DocxFonts pf = docx_node_fonts(rd ? &rd->styles : NULL, c);
            Run *runs = docx_para_runs(rd ? &rd->styles : NULL, c, rd ? docx_cell_look(&rd->styles, c, rd->look, rd->look_cnf) : 0,
                                       &n_runs, rd, &pf, 0);
            if (out->len && out->data[out->len - 1] != ' ' && !glued)
                buf_putc(out, ' ');
            if (rd && rd->in_cells && !glued) /* a joined paragraph has the first's label */
                cell_label(rd, c, out);
            glued = docx_mark_deleted(c) && docx_next_para(c);
            for (size_t i = 0; rd && rd->in_cells && i < n_runs; i++) /* its words' emphasis */
                rd->cell_emph |= runs[i].text.len && strspn(runs[i].text.data, " \n") < runs[i].text.len
                                     ? (runs[i].bold ? 1u : 0u) | (runs[i].italic ? 2u : 0u) |
                                           (runs[i].underline && !runs[i].href ? 4u : 0u)
                                     : 0u;
            /* a data table's cell keeps its line breaks (w:br), which
             * read_data_table writes as "<br>"; elsewhere they are spaces */
            docx_put_runs(runs, n_runs, rd && rd->in_cells, out);
        } else if (docx_is(c, "altChunk")) { /* Word shows it in the cell */
            if (rd)
                docx_chunk_in_cell(rd, c, out, depth);
        } else if (docx_is(c, "r")) { /* a run outside a paragraph (damaged): its text */
            xmlChar *t = xmlNodeGetContent(c);
            if (t && *t && out->len && out->data[out->len - 1] != ' ')
                buf_putc(out, ' ');
            buf_puts(out, t ? (const char *)t : "");
            xmlFree(t);
        } else if (docx_wrapper(c) || docx_is(c, "tbl") || docx_is(c, "tr") || docx_is(c, "tc")) {
            cell_text(c, out, depth + 1, rd);
        }
    }
    /* a cell whose only text is a table's: its rows, as its note gives
     * them (it was left empty beside the note, s32attack) */
    if (nested.len && strspn(buf_str(out), " ") == out->len) {
        buf_reset(out);
        buf_putn(out, nested.data, nested.len);
    }
    buf_free(&nested);
}

/* The text of a paragraph found outside a table's cells, as a cell's (its
 * notes to rd, as a cell's). */
static void para_text(const xmlNode *p, Buf *out, Reader *rd)
{
    size_t n_runs;
    DocxFonts pf = docx_node_fonts(rd ? &rd->styles : NULL, p);
    Run *runs = docx_para_runs(NULL, p, 0, &n_runs, rd, &pf, 0);
    if (rd->in_cells)
        cell_label(rd, p, out);
    docx_put_runs(runs, n_runs, 0, out);
}

/* Cell tc (of table row `row`, column col) as a Markdown pipe row's cell, into cell:
 * NFC, trimmed, its line breaks "<br>", '|', '*', '\\' and '`' escaped. */
static void cell_markdown(Reader *rd, const xmlNode *tc, int row, int col, Buf *cell)
{
    Buf raw = {0}, nfc = {0};
    rd->row = row + 1;
    rd->col = col + 1;
    rd->in_cells = 1, rd->cell_emph = 0;
    if (docx_is(tc, "p"))
        para_text(tc, &raw, rd);
    else
        cell_text(tc, &raw, 0, rd);
    rd->in_cells = 0;
    vi_put_nfc(&nfc, raw.data ? raw.data : "", raw.len);
    size_t b = 0, e = nfc.len;
    while (b < e && nfc.data[b] == ' ')
        b++;
    while (e > b && nfc.data[e - 1] == ' ')
        e--;
    /* the row is a Markdown pipe row: '|' escaped; so are '*', '`'
     * and '\\', as a plan's cell prints them literally only so (its
     * stars are emphasis, dropped: "20*24" printed "2024"; "`mã`" a code span) */
    for (size_t k = b; k < e; k++) {
        if (nfc.data[k] == '\n') {
            /* a line break (w:br) in the cell's paragraph: a line of
             * the cell, "<br>" as khgen's .md writes it (a cell's
             * "a\nb" came back "a b", one line; round22 R2) */
            while (cell->len && cell->data[cell->len - 1] == ' ')
                cell->len--;
            buf_puts(cell, "<br>");
            while (k + 1 < e && nfc.data[k + 1] == ' ')
                k++;
            continue;
        }
        if (nfc.data[k] == '|' || nfc.data[k] == '*' || nfc.data[k] == '\\' || nfc.data[k] == '`')
            buf_putc(cell, '\\');
        buf_putc(cell, nfc.data[k]);
    }
    buf_free(&raw);
    buf_free(&nfc);
}

/* Cell tc of a data row as cell_markdown reads it, into cell; its struck
 * pieces appended to struck (" | " after another cell's), for the row's
 * note when the row is a deleted one (deleted_row). */
static void row_cell(Reader *rd, const xmlNode *tc, int row, int col, Buf *cell, Buf *struck)
{
    Buf mine = {0};
    rd->struck_to = &mine;
    cell_markdown(rd, tc, row, col, cell);
    rd->struck_to = NULL;
    if (mine.len)
        buf_printf(struck, "%s%s", struck->len ? " | " : "", buf_str(&mine));
    buf_free(&mine);
}

/* Where a data row's reading started: the bytes rd had left out as
 * deleted, its notes held, and the row's struck pieces (row_cell). */
typedef struct RowStart {
    size_t removed, held;
    Buf struck;
} RowStart;

/* Whether the data row just read (row, its cells as read since at) is a
 * deleted one: every cell's text deleted with Track Changes or struck
 * through. LibreOffice's Compare Document marks a deleted row's text
 * deleted, not the row, and import kept it as a row of empty cells: KH128
 * called two of them a block pasted twice (s43user F14). Then its notes
 * (held past at->held) go, a struck row's words (" | " between cells) are
 * one note, beside the row above it (the table's first: the row after it),
 * and row is freed: 1. Else 0. delim: the place of the table's delimiter
 * row (its first rows' are before it). */
static int deleted_row(Reader *rd, RowStart *at, Buf *row, size_t delim)
{
    int gone = rd->removed > at->removed && strspn(row->data, "| ") == row->len;
    ImpPara *h = &rd->held;
    if (gone) {
        h->review_len = at->held;
        if (!at->held)
            h->review = NULL, h->review_cap = 0;
        else
            h->review[at->held] = '\0';
    }
    if (gone && at->struck.len) { /* its cells' struck pieces were counted: the row instead */
        ImpMarks *m = &rd->kept.marks;
        m->struck -= rd->row_struck;
        ImpPara *above = delim != (size_t)-1 && rd->out->n > delim + 1 ? &rd->out->items[rd->out->n - 1] : h;
        imp_mark_note(rd->arena, above, m, IMP_MARK_STRUCK, at->struck.data, at->struck.len, 0);
    }
    if (gone)
        buf_free(row);
    rd->row_struck = 0;
    buf_free(&at->struck);
    return gone;
}

#define GRID_AT(x) grid.logical[(x) < 0 ? 0 : (x) > DOCX_GRID_MAX ? DOCX_GRID_MAX : (x)]

static void read_rows(Reader *rd, const xmlNode *tbl, const xmlNode *title, const xmlNode *note,
                      const DocxTablePlace *place);

/* A table of data (docx_layout.c tells it from the header's and the
 * signature's layout tables) becomes one paragraph per row written as a
 * Markdown pipe row, "| STT | Tên thôn | ... |", the form a .md or .txt
 * gives: import reads the table's rows from it. A cell spanning columns
 * (gridSpan) is followed by empty cells, so the columns stay in line.
 * Returns 0, reading nothing, for other tables. */
static int read_data_table(Reader *rd, const xmlNode *tbl)
{
    Buf all = {0};
    cell_text(tbl, &all, 0, NULL);
    int layout = docx_layout_table(tbl, all.data, rd->out->n == 0);
    buf_free(&all);
    if (layout)
        return 0;
    rd->table++;
    const xmlNode *title = docx_title_row(tbl); /* "Biểu 01" over the table, in its first row */
    const xmlNode *note = docx_note_row(tbl);   /* khgen's note, its last row: read under it */
    DocxTablePlace place; /* its style's conditional formats: where each cell is */
    docx_table_place(&rd->styles, tbl, &place);
    const DocxTablePlace *look_was = rd->look;
    unsigned cnf_was = rd->look_cnf;
    rd->look = &place;
    if (title) { /* (the first row; its one cell) */
        rd->look_cnf = docx_table_cnf(&place, 0, 0, 1);
        read_block(rd, docx_row_cell(title, NULL), 0, 1);
    }
    read_rows(rd, tbl, title, note, &place);
    if (note) { /* (the last row; its one cell) */
        rd->look_cnf = docx_table_cnf(&place, place.rows - 1, 0, 1);
        read_block(rd, docx_row_cell(note, NULL), 0, 1);
    }
    rd->look = look_was, rd->look_cnf = cnf_was;
    docx_table_place_free(&place);
    return 1;
}

/* A layout table (the header's or the signature's, which read_data_table
 * leaves) read a cell at a time, in document order, each cell's
 * paragraphs in the look its table style's conditional formats give that
 * cell (docx_table_cnf), as a data table's cells are read: a header table
 * whose style hides its first row (w:vanish) or sets it in All Caps was
 * read as typed, the issuer Word shows none of, or in capitals, read as
 * written, exit 0 (s54import). A paragraph standing for a row or a cell
 * (a damaged file: docx_next) is read as a paragraph. */
static void read_layout_table(Reader *rd, const xmlNode *tbl, int depth)
{
    DocxTablePlace place;
    docx_table_place(&rd->styles, tbl, &place);
    const DocxTablePlace *look_was = rd->look;
    unsigned cnf_was = rd->look_cnf;
    rd->look = &place;
    int row_at = 0;
    for (const xmlNode *tr = docx_next(tbl, NULL, "tr"); tr; tr = docx_next(tbl, tr, "tr"), row_at++) {
        int cells = 0, cell_at = 0;
        for (const xmlNode *tc = docx_row_cell(tr, NULL); tc; tc = docx_row_cell(tr, tc))
            cells++;
        for (const xmlNode *tc = docx_row_cell(tr, NULL); tc; tc = docx_row_cell(tr, tc), cell_at++) {
            rd->look_cnf = docx_table_cnf(&place, row_at, cell_at, cells);
            if (docx_is(tc, "p"))
                read_paragraph(rd, tc, 1);
            else
                read_block(rd, tc, 1, depth + 1);
        }
    }
    rd->look = look_was, rd->look_cnf = cnf_was;
    docx_table_place_free(&place);
}

/* The rows of data table tbl but its title and note rows, each a
 * paragraph of a Markdown pipe row (read_data_table); place: where each
 * cell is, for its style's conditional formats. */
static void read_rows(Reader *rd, const xmlNode *tbl, const xmlNode *title, const xmlNode *note,
                      const DocxTablePlace *place)
{
    DocxVMerges vm = {.left = rd->copy_left};
    DocxGrid grid;
    size_t delim = (size_t)-1; /* the delimiter row's place, under the header (docx_delimiter_row) */
    unsigned long long texts = 0, off = 0, blanks = 0, blanks_off = 0;
    int n_cols = 0;
    docx_grid_read(tbl, title, &grid);
    int row_at = -1; /* the row's place among all of tbl's */
    for (const xmlNode *tr = docx_next(tbl, NULL, "tr"); tr; tr = docx_next(tbl, tr, "tr")) {
        row_at++;
        /* a row deleted with Track Changes: simple markup hides it */
        if (rd->out->n >= IMPORT_MAX_PARAS || docx_child(docx_child(tr, "trPr"), "del") || tr == title ||
            tr == note)
            continue;
        int cells = 0, cell_at = 0;
        for (const xmlNode *tc = docx_row_cell(tr, NULL); tc; tc = docx_row_cell(tr, tc))
            cells++;
        Buf row = {0};
        buf_putc(&row, '|');
        RowStart at = {rd->removed, rd->held.review_len, {0}};
        int col = 0; /* the column the next cell stands in */
        unsigned long long merged = 0, not_centred = 0, emph[3] = {0, 0, 0};
        /* a row that starts past the grid's first columns (w:gridBefore, a
         * row pasted from a spreadsheet): its cells stand under the columns
         * Word shows them under, the ones before it empty */
        int g = docx_attr_int(docx_child(docx_child(tr, "trPr"), "gridBefore"), "val", 0);
        g = g < 0 ? 0 : g > 64 ? 64 : g; /* the grid column the next cell starts in */
        /* (col: the column a reader sees it in, docx_grid.c) */
        int width = GRID_AT(docx_row_columns(tr) - 1) + 1, spans_rest = 0; /* a group row's title spans to the end */
        for (; col < GRID_AT(g); col++)
            buf_puts(&row, "  |");
        for (const xmlNode *tc = docx_row_cell(tr, NULL); tc; tc = docx_row_cell(tr, tc), cell_at++) {
            int g0 = g;
            g += docx_grid_span(tc);
            if (g0 < DOCX_GRID_MAX && grid.skip[g0])
                continue; /* an empty remnant of the cell before (docx_grid.c) */
            int gend = g; /* with the remnants after it, which it stands over */
            for (const xmlNode *nx = docx_row_cell(tr, tc);
                 nx && gend < DOCX_GRID_MAX && grid.skip[gend]; nx = docx_row_cell(tr, nx))
                gend += docx_grid_span(nx);
            Buf cell = {0};
            rd->look_cnf = docx_table_cnf(place, row_at, cell_at, cells);
            row_cell(rd, tc, vm.row, col, &cell, &at.struck);
            for (int k = 0; k < 3 && col < 64; k++) /* its emphasis (rd->cell_emph) */
                emph[k] |= (rd->cell_emph >> k & 1u ? 1ull : 0ull) << col;
            const xmlNode *tcpr = docx_child(tc, "tcPr");
            if (docx_vmerge_cell(&vm, docx_child(tcpr, "vMerge"), col, &cell))
                merged |= 1ull << col; /* col < DOCX_VMERGE_COLS, 64 */
            not_centred |= cell.len && col < 64 && !docx_cell_centred(tc) ? 1ull << col : 0;
            /* (a cell continuing a merge down shows no text of its own, nor
             * does a second header row: its centred heading over empty
             * cells imported align: center, s29user) */
            unsigned long long here = delim != (size_t)-1 && col < 64 && !(merged >> col & 1) &&
                                      !(merged & vm.head & 1) ? 1ull << col : 0;
            unsigned long long bit = cell.len ? here : 0, blank = cell.len ? 0 : here;
            texts |= bit;
            off |= bit && !docx_cell_centred(tc) ? bit : 0;
            /* an empty body cell (blank): the alignment of a column with no
             * text at all ("Số tiêu chí đã đạt" not yet filled in, centred),
             * lost, and diff of an unedited round trip said it changed (s43user F24) */
            blanks |= blank;
            blanks_off |= blank && !docx_cell_centred(tc) ? blank : 0;
            buf_putc(&row, ' ');
            if (cell.len)
                buf_putn(&row, cell.data, cell.len);
            buf_puts(&row, " |");
            int span = GRID_AT(gend - 1) - GRID_AT(g0) + 1;
            /* Word's older merge across columns (w:hMerge): its cells are
             * there, the first holding the text, as read; noted the same */
            int hspan = docx_hmerge_span(tc), shown = span > 1 ? span : hspan;
            /* (a header row: under the header's first cell merged down) */
            docx_span_note(rd->arena, &rd->held, &rd->kept, (merged & vm.head & 1) ? 0 : vm.row,
                           col, shown, width, &cell, span <= 1);
            spans_rest |= col == 1 && shown > 1 && col + shown >= width;
            for (int k = 1; k < span && k < 64; k++)
                buf_puts(&row, "  |");
            col += span > 1 && span < 64 ? span : 1;
            buf_free(&cell);
        }
        /* the grid columns it ends before: empty, as Word shows them, no short row (KH770) */
        int after = docx_attr_int(docx_child(docx_child(tr, "trPr"), "gridAfter"), "val", 0);
        for (; after > 0 && after < 64 && col < GRID_AT(g + after - 1) + 1 && col < 64; col++)
            buf_puts(&row, "  |");
        if (deleted_row(rd, &at, &row, delim))
            continue;
        vm.row++;
        rd->para_no++;
        ImpPara *para = imp_para_add(rd->arena, rd->out, row.data, row.len, rd->para_no);
        para->merged_up = merged, para->not_centred = not_centred, para->spans_rest = spans_rest;
        para->in_table = 1, para->page = rd->page;
        memcpy(para->cell_emph, emph, sizeof emph);
        para->gap = rd->gap;
        rd->gap = 0;
        give_notes(rd, para);
        buf_free(&row);
        n_cols = col > n_cols ? col : n_cols;
        if (delim == (size_t)-1 && (delim = rd->out->n) < IMPORT_MAX_PARAS)
            imp_para_add(rd->arena, rd->out, "", 0, rd->para_no)->in_table = 1;
    }
    Buf row = {0};
    off |= blanks_off & ~texts; /* a column of empty cells only: as they are aligned */
    texts |= blanks;
    if (delim < rd->out->n && docx_delimiter_row(texts, off, n_cols, &row))
        rd->out->items[delim].text = buf_to_arena(&row, rd->arena);
    else if (delim < rd->out->n) /* no column centred: no delimiter row */
        memmove(&rd->out->items[delim], &rd->out->items[delim + 1],
                (--rd->out->n - delim) * sizeof *rd->out->items);
    buf_free(&row);
    rd->kept.vmerge_cut += vm.cut;
    docx_vmerge_free(&vm);
}

/* A run outside any paragraph (w:r in the body or a cell, which Word does
 * not write): a paragraph of its own, its text kept (s9mut: dropped). */
static void stray_run(Reader *rd, const xmlNode *r, int in_table)
{
    xmlNode *p = xmlNewNode(NULL, BAD_CAST "p");
    xmlNode *copy = p ? xmlCopyNode((xmlNode *)r, 1) : NULL;
    if (copy && xmlAddChild(p, copy))
        read_paragraph(rd, p, in_table);
    else
        xmlFreeNode(copy);
    xmlFreeNode(p);
}

/* A table of contents that has ended: a note of the paragraph after it. */
static void toc_note(Reader *rd)
{
    int lines = docx_toc_done(&rd->toc);
    const char *n = lines ? arena_printf(rd->arena, i18n_ntr("%d line", "%d lines", (unsigned long)lines), lines) : NULL;
    if (n)
        imp_para_review(rd->arena, &rd->held, _("a table of contents, left out (a plan has none: "
                        "its sections are the document's headings)"), n, strlen(n));
}

static void read_block(Reader *rd, const xmlNode *n, int in_table, int depth)
{
    if (depth > DOCX_MAX_DEPTH)
        return;
    for (const xmlNode *c = n->children; c; c = c->next) {
        if (depth == 0) /* the body's block: its section's pages */
            rd->page = docx_section_page(&rd->sect, c);
        if (docx_is(c, "tbl") && !in_table && read_data_table(rd, c))
            continue;
        if (!in_table && ((docx_is(c, "p") && docx_toc_para(&rd->toc, c)) ||
                          docx_toc_sdt(&rd->toc, c)))
            continue; /* a table of contents' line: counted for toc_note */
        toc_note(rd);
        xmlNode *cols = in_table ? NULL : docx_tab_block(c, &c, &rd->styles);
        if (cols) { /* a header or signature set with tab stops: its two columns */
            read_block(rd, cols, 0, depth + 1);
            xmlFreeNode(cols);
        } else if (docx_is(c, "p")) {
            if (docx_mark_vanishes(c)) /* deleted with its mark (Track Changes): not shown */
                continue;
            /* its mark deleted: read with the next as the one paragraph Word shows */
            const xmlNode *last = c;
            xmlNode *joined = docx_join_marks(c, &last);
            read_paragraph(rd, joined ? joined : c, in_table);
            xmlFreeNode(joined);
            for (const xmlNode *x = c; depth == 0 && x != last; x = x->next)
                docx_section_page(&rd->sect, x->next); /* the paragraphs joined */
            c = last;
        } else if (docx_is(c, "altChunk"))
            docx_read_chunk(rd, c, in_table, depth);
        else if (docx_is(c, "r"))
            stray_run(rd, c, in_table);
        else if (docx_is(c, "tbl") && !in_table)
            read_layout_table(rd, c, depth + 1);
        else if (docx_is(c, "tbl") || docx_is(c, "tr") || docx_is(c, "tc") || docx_wrapper(c))
            read_block(rd, c, in_table || docx_is(c, "tbl"), depth + 1);
    }
}

/* docx_margins.h: the block reader the page margins read with */
void docx_read_block(Reader *rd, const xmlNode *n, int in_table, int depth)
{
    read_block(rd, n, in_table, depth);
}

/* The text of each footnote (which 0), endnote (1) or comment (2, with
 * its author) by its w:id, from the part rd->part[DOCX_FOOTNOTES + which] (the one
 * the relationships name: docx_rels.c), for the notes of the paragraphs
 * that refer to them. Returns -1 after a diagnostic (a damaged part),
 * else 0. */
static int read_note_texts(DiagSink *diags, const char *path, zip_t *zip, int which,
                           Reader *rd)
{
    static const char *const items[] = {"footnote", "endnote", "comment"};
    const char *name = rd->part[DOCX_FOOTNOTES + which];
    size_t len = 0;
    int missing;
    char *xml = docx_read_part(diags, path, zip, name, &len, &missing, rd->budget);
    if (!xml)
        return missing ? 0 : -1;
    xmlDoc *doc = docx_parse_xml(diags, path, name, xml, len);
    free(xml);
    if (!doc)
        return -1;
    NoteTexts *nt = &rd->notes[which];
    size_t cap = 0;
    const xmlNode *root = xmlDocGetRootElement(doc);
    for (const xmlNode *c = root ? root->children : NULL; c; c = c->next) {
        char *id = docx_is(c, items[which]) ? docx_attr(c, "id") : NULL;
        if (!id)
            continue;
        Buf text = {0}, nfc = {0};
        cell_text(c, &text, 0, NULL);
        vi_put_nfc(&nfc, text.data ? text.data : "", text.len);
        if (nt->n == cap) {
            cap = cap ? cap * 2 : 16;
            nt->text = xrealloc(nt->text, cap * sizeof *nt->text);
            nt->author = xrealloc(nt->author, cap * sizeof *nt->author);
            nt->given = xrealloc(nt->given, cap * sizeof *nt->given);
        }
        nt->given[nt->n] = 0;
        nt->text[nt->n] = arena_strdup(rd->arena, nfc.data ? nfc.data : "");
        char *author = which == 2 ? docx_attr(c, "author") : NULL;
        Buf name_nfc = {0};
        if (author)
            vi_put_nfc(&name_nfc, author, strlen(author));
        nt->author[nt->n] = author ? arena_strdup(rd->arena, buf_str(&name_nfc)) : NULL;
        buf_free(&name_nfc);
        if (author)
            xmlFree(author);
        /* the key must live as long as the set: the arena's copy */
        strset_add(&nt->ids, arena_strdup(rd->arena, id), nt->n);
        nt->n++;
        xmlFree(id);
        buf_free(&text);
        buf_free(&nfc);
    }
    xmlFreeDoc(doc);
    return 0;
}

/* Reads the part name (its relationship's, NULL-free) of the open zip and
 * hands its tree to take (the numbering's or the styles' reader, which
 * copy what they keep), then frees it: 0, also when the part is missing
 * (take then gets NULL when take_missing), or -1 after a diagnostic. */
static int read_aside(Reader *rd, zip_t *zip, const char *name, int take_missing,
                      void (*take)(Reader *, xmlDoc *))
{
    size_t len = 0;
    int missing;
    char *xml = docx_read_part(rd->diags, rd->path, zip, name, &len, &missing, rd->budget);
    if (!xml && !missing)
        return -1;
    xmlDoc *doc = xml ? docx_parse_xml(rd->diags, rd->path, name, xml, len) : NULL;
    free(xml);
    if (xml && !doc)
        return -1;
    if (doc || take_missing)
        take(rd, doc);
    if (doc)
        xmlFreeDoc(doc);
    return 0;
}

/* read_aside's readers: the lists of numbering.xml, the styles */
static void take_numbering(Reader *rd, xmlDoc *doc)
{
    rd->nb = docx_num_read(doc);
}
static void take_styles(Reader *rd, xmlDoc *doc)
{
    docx_styles_read(doc, &rd->styles);
}

/* Reads the document of the open zip into rd->out: 0, or -1 after a
 * diagnostic. The numbering, the styles and the notes are read, and their
 * trees freed, before the main part is parsed: each tree costs up to a few
 * hundred MB at import's limits of a part, and holding them all with the
 * document's made a .docx of 128 KB take 1.3 GB (s47attack). */
static int read_parts(Reader *rd, zip_t *zip)
{
    DiagSink *diags = rd->diags;
    const char *path = rd->path;
    SrcPos pos = {path, 0, 0};
    int status = -1;
    char *doc_xml = NULL;
    xmlDoc *doc = NULL;
    size_t doc_len = 0;
    int missing;
    /* the main part: word/document.xml, or the one _rels/.rels names
     * ("word/document2.xml": KH756 said such a .docx was no Word document) */
    char main_part[DOCX_PART_NAME_MAX], main_rels[DOCX_PART_NAME_MAX], named[DOCX_PART_NAME_MAX];
    DocxMainWhy why = docx_main_part(zip, main_part, main_rels, sizeof main_part, named,
                                     rd->budget);
    /* its numbering, styles and notes: the parts its relationships name */
    const char *folder = arena_strndup(rd->arena, main_part, docx_part_folder(main_part));
    doc_xml = docx_read_part(diags, path, zip, main_part, &doc_len, &missing, rd->budget);
    if (!doc_xml) {
        if (missing)
            docx_not_word(diags, path, zip, why, named);
        goto done;
    }
    if (docx_rel_parts(rd->arena, diags, path, zip, main_rels, folder, rd->part, rd->budget) != 0)
        goto done;
    /* styles: the numbering of a paragraph style, the bold and italic of
     * a character style */
    if (read_aside(rd, zip, rd->part[DOCX_NUMBERING], 1, take_numbering) != 0 ||
        read_aside(rd, zip, rd->part[DOCX_STYLES], 0, take_styles) != 0)
        goto done;
    for (int which = 0; which < 3; which++)
        if (read_note_texts(diags, path, zip, which, rd) != 0)
            goto done;
    doc = docx_parse_xml(diags, path, main_part, doc_xml, doc_len);
    free(doc_xml);
    doc_xml = NULL;
    if (!doc)
        goto done;
    /* content controls bound to a data store show its text (docx_bind.c) */
    if (docx_bind(rd->arena, diags, path, zip, doc, main_rels, folder, rd->budget) != 0)
        goto done;
    const xmlNode *body = docx_child(xmlDocGetRootElement(doc), "body");
    if (!body) {
        diag_error(diags, pos, 0, KH756, "'%s': %s has no body: open the file in "
                   "Word and save it again", path, main_part);
        goto done;
    }
    size_t from = rd->out->n;
    read_block(rd, body, 0, 0);
    if (rd->ck && docx_page_margins(rd, zip, body, main_rels, folder, from) != 0)
        goto done;
    if (rd->too_many) {
        diag_error(diags, pos, 0, KH752, "'%s' has more than %d paragraphs; a plan has far fewer: "
                   "check that it is the right file", path, IMPORT_MAX_PARAS);
        goto done;
    }
    if (rd->failed) /* an embedded document refused, with its diagnostic */
        goto done;
    docx_kept_warnings(&rd->kept, rd->toc.active, rd->toc.lines, diags, path);
    status = 0;
done:
    if (doc)
        xmlFreeDoc(doc);
    free(doc_xml);
    return status;
}

/* Reads the .docx data[0..len) into out; outer: NULL, or the reader of the
 * document it is embedded in (w:altChunk), whose paragraph count and gap
 * it goes on with, and whose budget its parts unpack within. */
static int read_docx(Arena *arena, DiagSink *diags, const char *path, const char *data,
                     size_t len, ImpParas *out, Reader *outer)
{
    zip_t *zip = docx_open_zip(diags, path, data, len);
    if (!zip)
        return -1;
    Reader rd = {.arena = arena, .out = out, .diags = diags, .path = path};
    if (outer) {
        rd.para_no = outer->para_no;
        rd.gap = outer->gap;
        rd.budget = docx_chunks_budget(outer->ck);
        rd.copy_left = outer->copy_left;
    } else {
        rd.ck = docx_chunks_new(arena, diags, path, zip);
        rd.copies = DOCX_VMERGE_BUDGET;
        rd.copy_left = &rd.copies;
    }
    int status = read_parts(&rd, zip);
    if (outer) {
        outer->para_no = rd.para_no;
        outer->gap = rd.gap;
        give_notes(&rd, NULL); /* its last notes: to its last paragraph */
    }
    docx_num_free(rd.nb);
    for (int k = 0; k < 3; k++) {
        free(rd.notes[k].text);
        free(rd.notes[k].author);
        free(rd.notes[k].given);
        strset_free(&rd.notes[k].ids);
    }
    docx_styles_free(&rd.styles);
    docx_chunks_free(rd.ck);
    zip_discard(zip); /* read only: nothing to write back */
    return status;
}

/* docx_embed.h: an embedded package read with the reader it is embedded in */
int docx_read_embedded(Reader *outer, const char *path, const char *data, size_t len)
{
    return read_docx(outer->arena, outer->diags, path, data, len, outer->out, outer);
}

int import_read_docx(Arena *arena, DiagSink *diags, const char *path, const char *data,
                     size_t len, ImpParas *out)
{
    int status = read_docx(arena, diags, path, data, len, out, NULL);
    SrcPos whole = {path, 0, 0};
    if (status == 0 && out->dropped) /* the .md's are said as the file is read (KH014) */
        diag_warning(diags, whole, 0, KH014, "'%s': character U+%04X left out of "
                     "the imported plan (%zu in the document, the first in paragraph %d; no "
                     "document can show them): check the text there, and delete them from the "
                     "document", path, out->dropped_cp, out->dropped, out->dropped_line);
    if (status == 0) {
        out->markdown = out->docx = 1; /* emphasis of runs was written as Markdown */
        docx_join_wrapped(arena, out);
    }
    return status;
}
