/* docx_run.h - what Word shows of a run's elements (docx_run.c): its
 * text, tabs and breaks, symbols (w:sym), All Caps, and the codes of
 * fields nested in another field's code, which Word does not show. */
#ifndef KHGEN_DOCX_RUN_H
#define KHGEN_DOCX_RUN_H

#include <libxml/tree.h>

#include "util.h"

/* The fields open in one paragraph, innermost last: each in its code
 * (between w:fldChar begin and separate) or its result. Zeroed to start;
 * docx_fields_end at the paragraph's end frees what it holds. */
typedef struct DocxFields {
    unsigned char result[32]; /* 1: past its separate */
    unsigned char paging[32]; /* 1: a page-number field (docx_page_field) */
    char word[32][16];        /* the first word of its code, so far */
    int depth;                /* may exceed 32: those are counted only */
    /* a HYPERLINK field's address (docx_field_link), from its separate
     * on, when the caller prints links (links, with arena to hold it);
     * decided: whether its code was read for that (at its separate, or
     * at a field nested in its code, as docx_kept.c's note reads it) */
    const char *href[32];
    unsigned char decided[32];
    Buf code; /* the innermost field's code so far (its first 1 KiB) */
    Arena *arena;
    int links;
    /* told of each HYPERLINK field whose address is not kept as a link
     * (not a web or mail address, or the caller prints no links), with
     * its code: the caller notes it; may be NULL */
    void (*unlinked)(void *ctx, const char *code);
    /* what a page-number field's result shows so far (its saved number),
     * held back from the text until the field's end drops it */
    Buf held;
    size_t saved; /* held's first w:t's end: the saved number (0: none yet) */
    /* what the innermost field's code shows so far (a w:t, a tab, where
     * w:instrText belongs): Word and LibreOffice take it as the code,
     * shown by neither, so it is dropped at the field's separate or end;
     * held back until then, since a field that never gets either in its
     * paragraph (a damaged file) gives it back there (docx_fields_end) */
    Buf code_text;
    /* told of each symbol that has no Unicode character here (its font,
     * its code as in the file), which is left out of the text; may be NULL */
    void (*missed)(void *ctx, const char *font, unsigned code);
    void *ctx;
    /* the paragraph holds Vietnamese typed in Unicode (docx_para_unicode):
     * its runs in a TCVN3 or VNI font are Unicode text in a font left over */
    int unicode;
} DocxFields;

/* Whether a run with properties rpr (NULL: none) shows its letters in
 * capitals: its own w:caps or w:smallCaps when set, else `inherited` (its
 * character or paragraph style's). */
int docx_run_caps(const xmlNode *rpr, int inherited);

/* The fonts a run takes from its styles (its character style's, else its
 * paragraph style's, else the document's defaults, each following
 * w:basedOn): w:rFonts' w:ascii and w:hAnsi, NULL when none sets it, ""
 * for a theme font (w:asciiTheme, w:hAnsiTheme: not a symbol font). */
typedef struct DocxFonts {
    const char *ascii, *hansi;
} DocxFonts;

/* w:rFonts' font attr ("ascii": U+0000..U+007F, "hAnsi": the others) of
 * the run or style properties rpr (NULL: none): NULL when it sets none,
 * "" for a theme font (w:asciiTheme, w:hAnsiTheme win over the name);
 * libxml2's string, which the caller frees with xmlFree. */
char *docx_rfonts_font(const xmlNode *rpr, const char *attr);

/* Appends to out what Word shows of t, a child of a run whose properties
 * are rpr: a w:t's text (upper-cased when caps; in a run whose font - its
 * own w:rFonts, else styled's (NULL: none) - is a symbol font, its
 * characters U+0020..U+00FF and U+F020..U+F0FF
 * that font's glyphs: "a" typed in the Symbol font is "α"), a tab or a
 * positional tab as a space, a break
 * as '\n', a non-breaking hyphen as '-', a symbol (w:sym) as its Unicode
 * character; a w:fldChar moves f. Text inside the code of a field that
 * holds another field (`{ IF { MERGEFIELD x } ... }`: the inner field's
 * cached result) is not shown and not appended, nor the result of a
 * page-number field (docx_page_field: "Trang 1" read its saved "1",
 * s32attack; it goes to f->held until the field ends, docx_fields_end),
 * nor text typed in a field's own code, `{ w:t "năm 2099" }` where
 * w:instrText belongs (f->code_text, dropped at its separate or end: it
 * was read as the plan's, s50attack F4); a w:instrText tells its code and
 * returns 0, for the caller's field notes. Returns 1 when t was one
 * of these, 0 for any other element (a note's mark, a drawing). */
int docx_run_piece(DocxFields *f, const xmlNode *t, const xmlNode *rpr, const DocxFonts *styled,
                   int caps, Buf *out);

/* At the end of a paragraph, f's fields: a page-number field that never
 * ended there (a damaged file: its w:fldChar end missing) held back the
 * rest of the paragraph as its result, which was dropped without a word
 * (s34review); that text is appended to into (NULL: dropped), less its
 * first run's when that is a page's number ("3", "iv"): the saved number
 * is the page's, not the plan's, as an ended field's (it stayed in the
 * text, "ở trang 3 và ...": s35low's leftover, s36imp); then the text a
 * field's code showed when that field never got its separate or end (read
 * as written, as it was before s50attack). Frees f's held text. */
void docx_fields_end(DocxFields *f, Buf *into);

/* The field marks (w:fldChar, w:instrText) of run, a hidden run (Word
 * neither shows nor prints its text), read into f: they still begin and
 * end fields; skipped, a hidden `end` left a page number's field open,
 * and the rest of the paragraph held as its result. */
void docx_hidden_fields(DocxFields *f, const xmlNode *run);

/* Whether code, a field's code (w:instrText's, w:fldSimple's w:instr),
 * is a page-number field's: PAGE, NUMPAGES, SECTIONPAGES. Word
 * shows in it the number of the page it is printed on, and its saved
 * result is the page of the last layout: text of the page, not of the
 * plan, which its outputs number themselves. */
int docx_page_field(const char *code);

/* Whether code, a field's code, is a link's (HYPERLINK) whose address
 * is one the plan keeps as a link (render_url_kept: a web or mail
 * address): 1, with the address appended to address (NULL: not wanted):
 * its first argument, plus "#" and its \l switch's bookmark when it has
 * one; 0 for any other field, and for a link to a bookmark alone or to a
 * file, which the plan cannot hold (its caller notes it). */
int docx_field_link(const char *code, Buf *address);

/* Whether code, a field's code, is a link's (HYPERLINK), whatever its
 * address. */
int docx_link_field(const char *code);

/* The address of the HYPERLINK field whose result the text at f is in
 * (the innermost such), or NULL. */
const char *docx_fields_href(const DocxFields *f);

/* Whether fld, a w:fldSimple, is a page-number field by its w:instr. */
int docx_simple_paging(const xmlNode *fld);

/* The Unicode character Word shows for w:sym's w:char `code` (or a
 * symbol-font run's U+F0xx) in `font` (docx_symfont.c: Symbol, F0B3 is
 * "≥"; Wingdings, Wingdings 2, Wingdings 3, Webdings: their check marks,
 * boxes, arrows and bullets), or 0 when import knows none. */
unsigned docx_symbol(const char *font, unsigned code);

/* Whether font is one of the symbol fonts docx_symbol has a table of. */
int docx_symbol_font(const char *font);

/* Appends to out s, a w:t's text in a run whose characters U+0000..U+007F
 * are in low_font and the others in high_font, as Word shows it when one
 * of them is a font of an old Vietnamese encoding (docx_vnfont.c: TCVN3's
 * ".Vn..." fonts, VNI's "VNI-..."): the text decoded from the font's
 * codes, in capitals in TCVN3's capitals fonts (".VnTimeH") or when caps.
 * Returns 0, putting nothing, when neither font is one, or s holds a
 * character that is not a Windows-1252 code (Unicode text). */
int docx_vnfont_put(const char *low_font, const char *high_font, const char *s, int caps, Buf *out);

/* 1 if a w:t of paragraph p (at most 64 levels under it; not a deletion's
 * w:delText) holds a letter that only Unicode gives Vietnamese ("ư", "đ",
 * "ậ": U+0102, U+0103, U+0110, U+0111, U+0128, U+0129, U+0168, U+0169,
 * U+01A0, U+01A1, U+01AF, U+01B0, U+1EA0..U+1EF9), which no TCVN3 or VNI
 * text read as Windows-1252 holds: the paragraph is typed in Unicode, and
 * its runs in those fonts are Unicode text (docx_run_piece); unless a w:t
 * of it also holds a legacy font's code inside a word ("X\u00a9y",
 * "th\u00abn": a character of U+00A1..U+00FF after a letter that is no
 * Vietnamese letter nor "°", "²", "³", "»"): a legacy paragraph with a
 * word typed in Unicode, whose runs decide each for itself (0). */
int docx_para_unicode(const xmlNode *p);

#endif
