/* docx_runs.c - the runs of a Word paragraph as the .docx reader reads them.
 *
 * A paragraph's text is its runs' (w:r), in document order through the
 * elements that hold runs (a hyperlink, a field, a content control, a
 * tracked insertion, a smart tag), less what Word does not show: hidden
 * text, a tracked deletion and the old place of a tracked move, a content
 * control's placeholder, a page-number field's saved result. Each run
 * keeps its look (bold, italic, underline, All Caps by its own properties
 * or its styles: docx_style.c) and the address of the link it stands in.
 * What a run holds that is no text of the plan's (a note's mark, a field's
 * code, a text box, a symbol with no character) is told to the reader,
 * which keeps it as a note of the paragraph (import_docx.c, docx_kept.c).
 * Text struck through is left out and raised or lowered digits become
 * Unicode's, as import_marks.c decides for every reader (marked_runs).
 * An equation (m:oMath) is one run of the line Word writes of it
 * (docx_math.c): its runs' texts one after another ran a fraction's two
 * parts together (s50attack F7).
 * Moved out of import_docx.c, unchanged, when that file neared its size
 * limit (session 44).
 */
#include <stdlib.h>
#include <string.h>

#include <libxml/tree.h>

#include "docx_chunk.h"
#include "docx_kept.h"
#include "docx_math.h"
#include "docx_run.h"
#include "docx_runs.h"
#include "docx_style.h"
#include "docx_tree.h"
#include "import_marks.h"
#include "i18n.h"
#include "import.h"
#include "import_impl.h"
#include "vi.h"

typedef DocxRun Run; /* docx_para_md.h */

/* A symbol docx_symbol has no character for (left out of the text): a
 * note of the paragraph naming its font and code, counted for KH759. */
static void symbol_missed(void *ctx, const char *font, unsigned code)
{
    Reader *rd = ctx;
    if (!rd)
        return;
    if (rd->kept.symbols++ == 0) {
        rd->kept.symbol_font = arena_strdup(rd->arena, font);
        rd->kept.symbol_code = code;
    }
    const char *what = _("a symbol import has no character for, left out");
    const char *which = arena_printf(rd->arena, "%s %04X", font, code);
    imp_para_review(rd->arena, &rd->held, what, which, strlen(which));
}

/* A w:fldSimple's link (HYPERLINK): its address, in fs->arena, when the
 * plan keeps it as a link and the caller prints links (fs->links); NULL,
 * fs->unlinked told of its code when it is a link (docx_run.c's rule for
 * a complex field's). */
static const char *simple_link(const xmlNode *fld, DocxFields *fs)
{
    char *code = docx_attr(fld, "instr");
    const char *href = NULL;
    Buf address = {0};
    if (code && docx_link_field(code)) {
        if (fs->links && fs->arena && docx_field_link(code, &address))
            href = arena_strndup(fs->arena, address.data, address.len);
        else if (fs->unlinked)
            fs->unlinked(fs->ctx, code);
    }
    buf_free(&address);
    xmlFree(code);
    return href;
}

/* A HYPERLINK field whose address is not kept as a link (docx_run.c):
 * a note of the paragraph with its code, counted for KH759. */
static void link_missed(void *ctx, const char *code)
{
    Reader *rd = ctx;
    if (rd)
        docx_link_note(rd->arena, &rd->held, &rd->kept, code, NULL);
}

/* n's text, which Word does not show as the plan's: with rd, a note why, counted (KH759). */
static void unshown_note(Reader *rd, const xmlNode *n, int *count, const char *why)
{
    xmlChar *t = rd ? xmlNodeGetContent(n) : NULL;
    if (t && *t) {
        ++*count;
        imp_para_review(rd->arena, &rd->held, why, (const char *)t, strlen((char *)t));
    }
    xmlFree(t);
}

/* A content control's placeholder text (docx_placeholder) in n: Word shows
 * the form's prompt ("Click or tap here to enter text.") greyed where the
 * drafter wrote nothing, so it is no text of the plan's. */
static void placeholder_note(Reader *rd, const xmlNode *n)
{
    const char *why = _("a content control's placeholder text, which the drafter never filled in");
    unshown_note(rd, n, rd ? &rd->kept.placeholders : NULL, why);
}

/* A new run at the end of *runs (grown as needed), zeroed but for the
 * index of the last run before it with text (`before`). */
static Run *new_run(Run **runs, size_t *n_runs, size_t *cap)
{
    if (*n_runs == *cap) {
        *cap = *cap ? *cap * 2 : 8;
        *runs = xrealloc(*runs, *cap * sizeof **runs);
    }
    Run *r = &(*runs)[(*n_runs)++];
    memset(r, 0, sizeof *r);
    if (*n_runs > 1) /* the run before it is whole now */
        r->before = r[-1].text.len ? *n_runs - 1 : r[-1].before;
    return r;
}

/* The runs of n. A run is bold (italic, in capitals) as its own properties
 * say, else as its character style (w:rStyle, through styles.xml) says:
 * LibreOffice writes "Strong Emphasis" and a user's bold styles so; `inh`
 * is the paragraph's: 1 italic, 2 All Caps. Its text is what Word shows
 * (docx_run.c; fs: the paragraph's fields). With rd, a note reference's or
 * a text box's text becomes a note of the paragraph (rd->held); without,
 * it is left out. */
static void collect_runs(const DocxStyles *st, const xmlNode *n, int bold, int inh, Run **runs,
                         size_t *n_runs, size_t *cap, Reader *rd, DocxFields *fs,
                         const DocxFonts *pf)
{
    const DocxStyles *fst = rd ? &rd->styles : st; /* the character styles' fonts */
    int italic = inh & 1;
    if (docx_is(n, "p") && docx_placeholder(n)) { /* in a content control of blocks, rows, cells */
        placeholder_note(rd, n);
        return;
    }
    for (const xmlNode *c = n->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        const char *name = (const char *)c->name;
        if (docx_is(c, "sdt") && docx_placeholder(c)) { /* one of a line's runs */
            placeholder_note(rd, c);
            continue;
        }
        if (strcmp(name, "r") == 0) {
            const xmlNode *rpr = docx_child(c, "rPr");
            if (docx_run_hidden(fst, rpr, inh >> 2 & 1)) {
                docx_hidden_fields(fs, c); /* Word neither shows nor prints it */
                continue; /* hidden text (its own, its styles'), its field marks read */
            }
            DocxLook look = docx_run_look(st, fst, rpr, bold, italic, (inh >> 1 & 1) | (inh >> 6 & 1) << 1, pf);
            int b = look.bold, it = look.italic, caps = look.caps;
            DocxFonts fonts = look.fonts;
            if (rd) /* a bound date read as saved (docx_bind.c) */
                docx_date_note(rd->arena, &rd->held, &rd->kept, c);
            Run *r = new_run(runs, n_runs, cap);
            r->bold = b;
            r->unbold = !b && (docx_child(rpr, "b") != NULL || bold); /* or its style's toggled off */
            r->italic = it;
            r->underline = docx_run_underline(fst, rpr, inh >> 3 & 1);
            r->mark = docx_run_mark(fst, rpr, inh >> 4 & 1);
            r->href = docx_fields_href(fs); /* in a HYPERLINK field's result */
            for (const xmlNode *t = c->children; t; t = t->next)
                if ((!docx_run_piece(fs, t, rpr, &fonts, caps, &r->text) || docx_is(t, "fldChar")) &&
                    rd && t->type == XML_ELEMENT_NODE)
                    docx_run_notes(rd, t, *runs, *n_runs); /* a note's mark, a field, a drawing */
            if (!r->href) /* its separate in this run */
                r->href = docx_fields_href(fs);
            buf_fit(&r->text); /* a paragraph's runs are held together */
        } else if (strcmp(name, "oMath") == 0 || strcmp(name, "oMathPara") == 0) {
            /* an equation: the line Word writes of it, plain (docx_math.c) */
            Run *r = new_run(runs, n_runs, cap);
            r->href = docx_fields_href(fs);
            docx_math_linear(c, &r->text);
            buf_fit(&r->text);
        } else if (strcmp(name, "t") == 0) { /* outside a run: a note (rd->kept.bare) */
            unshown_note(rd, c, rd ? &rd->kept.bare : NULL,
                         _("text outside a run, which Word and LibreOffice do not show"));
        } else if (strcmp(name, "del") == 0) {
            /* a tracked deletion: not in the document (below); its bytes
             * counted, for a row whose text is all deleted */
            xmlChar *gone = rd ? xmlNodeGetContent(c) : NULL;
            if (gone)
                rd->removed += strlen((const char *)gone);
            xmlFree(gone);
        } else if (strcmp(name, "pPr") == 0 ||
                   strcmp(name, "moveFrom") == 0 || strcmp(name, "rPr") == 0) {
            /* a tracked deletion, and the old place of a tracked move (its
             * text is at its w:moveTo): neither is in the document. (Of an
             * mc:AlternateContent only the branch Word takes is left, when
             * the part was parsed: docx_mce.c; its fallback read with its
             * choice doubled its text, s22attack H2.) */
            continue;
        } else if (strcmp(name, "hyperlink") == 0 && rd && rd->ck) {
            /* its runs stand in a link to its relationship's address (a
             * web or mail one: docx_chunks_link); its text alone was kept
             * (s19attack L6) */
            size_t first = *n_runs;
            char *id = docx_attr(c, "id");
            const char *href = NULL;
            if (id && docx_chunks_link(rd->ck, id, &href) != 0)
                rd->failed = 1; /* damaged relationships, said */
            xmlFree(id);
            if (href && !fs->links) /* a cell's: its text keeps no link */
                docx_link_note(rd->arena, &rd->held, &rd->kept, NULL, href);
            collect_runs(st, c, bold, inh, runs, n_runs, cap, rd, fs, pf);
            size_t shown = 0;
            for (size_t k = first; k < *n_runs; k++) {
                shown += (*runs)[k].text.len;
                if (!(*runs)[k].href)
                    (*runs)[k].href = href;
            }
            if (href && !shown && *n_runs > first) { /* a picture its only text: the */
                char *what = docx_picture_name(c); /* link printed nothing (s26review) */
                vi_put_nfc(&(*runs)[first].text, what ? what : href, strlen(what ? what : href));
                xmlFree(what);
            }
        } else {
            /* hyperlink (in an embedded document), ins, smartTag,
             * fldSimple, sdt...: their runs count */
            if (rd && strcmp(name, "fldSimple") == 0)
                docx_field_note(rd->arena, &rd->held, &rd->kept, c);
            if (docx_simple_paging(c))
                continue; /* its saved page number: not the plan's */
            size_t first = *n_runs;
            const char *href = strcmp(name, "fldSimple") == 0 ? simple_link(c, fs) : NULL;
            collect_runs(st, c, bold, inh, runs, n_runs, cap, rd, fs, pf);
            for (size_t k = first; href && k < *n_runs; k++)
                (*runs)[k].href = (*runs)[k].href ? (*runs)[k].href : href;
        }
    }
}

/* The first run from i on (below n) with text, or n. */
static size_t next_text(const Run *runs, size_t i, size_t n)
{
    while (i < n && !runs[i].text.len)
        i++;
    return i;
}

/* The piece of runs[i..*end) marked `mark` (runs of no text inside it
 * too), its text appended to piece (their text as it is). */
static void marked_piece(const Run *runs, size_t i, size_t n, int mark, size_t *end, Buf *piece)
{
    size_t j = i;
    while (j < n && (runs[j].mark == mark || !runs[j].text.len)) {
        if (runs[j].mark == mark)
            buf_putn(piece, runs[j].text.data, runs[j].text.len);
        j++;
    }
    while (j > i + 1 && runs[j - 1].mark != mark) /* the unmarked empty runs after it */
        j--;
    *end = j;
}

/* Struck-through, raised and lowered text of runs[0..n) as a plan writes
 * it (import_marks.c): a struck piece left out (a space it leaves doubled
 * too), counted in rd->removed; a raised or lowered piece of digits in
 * Unicode's superscript or subscript digits (its spaces kept), any other
 * as written. With rd, each piece left out or kept as written is a note
 * of the paragraph (rd->held), counted for KH772. */
static void marked_runs(Reader *rd, Run *runs, size_t n)
{
    for (size_t i = 0, end; i < n; i = end) {
        int mark = runs[i].mark;
        end = i + 1;
        if (!mark || !runs[i].text.len)
            continue;
        Buf piece = {0}, unicode = {0};
        marked_piece(runs, i, n, mark, &end, &piece);
        const char *s = buf_str(&piece);
        size_t b = strspn(s, " \n"), e = piece.len;
        while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\n'))
            e--;
        if (b == e) { /* spaces alone: nothing to leave out or raise */
            buf_free(&piece);
            continue;
        }
        if (mark == IMP_MARK_STRUCK || imp_mark_unicode(s + b, e - b, mark, &unicode)) {
            for (size_t k = i; k < end; k++)
                if (runs[k].mark == mark)
                    runs[k].text.len = 0;
            if (mark != IMP_MARK_STRUCK) { /* the digits raised, in its first run */
                buf_putn(&runs[i].text, s, b);
                buf_putn(&runs[i].text, unicode.data, unicode.len);
                buf_putn(&runs[i].text, s + e, piece.len - e);
            } else {
                /* "đạt 100% 95%", "100%" struck: "đạt 95%", one space
                 * between the words beside it, as many as were (none) */
                size_t next = next_text(runs, end, n), prev = i;
                while (prev > 0 && !runs[prev - 1].text.len)
                    prev--;
                int prev_space = prev > 0 && runs[prev - 1].text.data[runs[prev - 1].text.len - 1] == ' ';
                int next_space = next < n && runs[next].text.data[0] == ' ';
                if (prev_space && next_space) {
                    memmove(runs[next].text.data, runs[next].text.data + 1, runs[next].text.len - 1);
                    runs[next].text.len--;
                } else if ((b > 0 || e < piece.len) && prev > 0 && next < n && !prev_space && !next_space) {
                    buf_putc(&runs[i].text, ' '); /* "đạt" + " 100%" struck + "95%" */
                }
                if (rd)
                    rd->removed += e - b;
            }
        }
        if (rd && (mark == IMP_MARK_STRUCK || !unicode.len))
            imp_mark_note(rd->arena, &rd->held, &rd->kept.marks, mark, s + b, e - b, 0);
        if (rd && rd->struck_to && mark == IMP_MARK_STRUCK) { /* a data row's cell */
            buf_printf(rd->struck_to, "%s%.*s", rd->struck_to->len ? " " : "", (int)(e - b), s + b);
            rd->row_struck++;
        }
        buf_free(&piece);
        buf_free(&unicode);
    }
}

/* The runs of paragraph p (collect_runs', with st, inh and pf as there):
 * *n_runs of them, the array and each run's text the caller's to free.
 * A page-number field it never ends gives back what it held: the rest
 * of the paragraph, after its last run's text (docx_fields_end). */
Run *docx_para_runs(const DocxStyles *st, const xmlNode *p, int inh, size_t *n_runs, Reader *rd,
                      const DocxFonts *pf, int links)
{
    Run *runs = NULL;
    size_t cap = 0;
    *n_runs = 0;
    DocxFields fs = {.missed = symbol_missed, .ctx = rd, .unicode = docx_para_unicode(p),
                     .arena = rd ? rd->arena : NULL, .links = links, .unlinked = link_missed};
    collect_runs(st, p, inh >> 5 & 1, inh, &runs, n_runs, &cap, rd, &fs, pf);
    docx_fields_end(&fs, *n_runs ? &runs[*n_runs - 1].text : NULL);
    marked_runs(rd, runs, *n_runs);
    return runs;
}

/* The text of n runs appended to out, a line break a space unless lines;
 * each run's text and runs freed. */
void docx_put_runs(Run *runs, size_t n, int lines, Buf *out)
{
    for (size_t i = 0; i < n; i++) {
        for (size_t k = 0; k < runs[i].text.len; k++)
            buf_putc(out, runs[i].text.data[k] == '\n' && !lines ? ' ' : runs[i].text.data[k]);
        buf_free(&runs[i].text);
    }
    free(runs);
}

