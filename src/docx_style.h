/* docx_style.h - what the styles of a Word document (word/styles.xml) give
 * its paragraphs and runs, for import (docx_style.c): the list a paragraph
 * style numbers with, the bold, italic and All Caps of a paragraph or
 * character style, and their fonts (the Symbol font of a style draws "a"
 * as "α"), each following w:basedOn. */
#ifndef KHGEN_DOCX_STYLE_H
#define KHGEN_DOCX_STYLE_H

#include <libxml/tree.h>

#include "docx_run.h"
#include "util.h"

/* A paragraph or character style of word/styles.xml: its id, the style it
 * is based on, and the list it numbers with (num_id -1: none of its own,
 * 0: its base's numbering removed, w:numId 0). */
typedef struct DocxStyle {
    char *id, *based_on;
    int num_id, ilvl; /* ilvl -1: the style gives none */
    int character;   /* 1 a character style (w:rStyle): its bold and italic;
                        2 a table style (w:tblStyle): its toggles, a cell's */
    int list_level;  /* "List Bullet 2".."5" (w:name): 1..4, else 0 */
    int heading;     /* "heading 1".."heading 6" (w:name): 1..6, else 0 */
    int toc_heading; /* named "TOC Heading" (Word's, based on "heading 1") */
    int bold, italic, caps, vanish; /* -1: not set by this style (see its basedOn) */
    int small;       /* w:smallCaps: 1 on, 0 off, -1 not set (a toggle of its own) */
    int underline;   /* w:u: 1 a line, 0 w:val="none", -1 not set */
    int strike;      /* w:strike or w:dstrike: 1 on, 0 off, -1 not set */
    int vert;        /* w:vertAlign: 0 baseline, 1 superscript, 2 subscript, -1 not set */
    int far_tab;     /* a far centre or right tab stop (docx_far_tab_stop): 1, else -1 */
    char *font[2];   /* w:rFonts' w:ascii and w:hAnsi: NULL not set, "" a
                        theme font; libxml2's */
    /* a table style's conditional formats (w:tblStylePr), by DocxCond:
     * the toggles each w:rPr sets (docx_style_cond_flag), malloc'd; NULL
     * for a style without any */
    unsigned *cond;
    int band[2]; /* w:tblStyleRowBandSize, w:tblStyleColBandSize; 0 not set */
} DocxStyle;

/* The parts of a table a table style's conditional format (w:tblStylePr
 * w:type) applies to, in the order Word applies them, each over those
 * before it (MS-OI29500 2.1.252 on ECMA-376 17.7.6.6): row banding, column
 * banding, first and last column, first and last row, the corner cells. */
enum {
    DOCX_COND_BAND1_HORZ, DOCX_COND_BAND2_HORZ, DOCX_COND_BAND1_VERT, DOCX_COND_BAND2_VERT,
    DOCX_COND_FIRST_COL, DOCX_COND_LAST_COL, DOCX_COND_FIRST_ROW, DOCX_COND_LAST_ROW,
    DOCX_COND_NW, DOCX_COND_NE, DOCX_COND_SW, DOCX_COND_SE, DOCX_N_COND
};

typedef struct DocxStyles {
    DocxStyle *items;
    size_t n;
    /* id -> the first paragraph (0) or character (1) style of that id: a
     * scan per paragraph or run was quadratic (490,000 styles: minutes) */
    StrSet by_id[3]; /* and 2: table styles (their toggles, a cell's) */
    char *default_font[2]; /* w:docDefaults' w:rFonts, as DocxStyle.font */
    /* the paragraph style of w:default="1" (Word's "Normal"), which a
     * paragraph naming no style, or a style styles.xml lacks, takes: its
     * index in items, (size_t)-1 when none */
    size_t default_para;
} DocxStyles;

/* The level Word's built-in list style id names ("List Bullet 2", "List
 * Number 3", by its w:name, which Word keeps in English whatever its
 * language: 1, 2), following basedOn (at most 10 steps); 0 for any other.
 * Its list is a list of one level of its own, indented deeper: the level
 * is the style's, not the list's (s24attack L3). */
int docx_style_list_level(const DocxStyles *st, const char *id);

/* The heading level of paragraph style id by its w:name, which Word
 * keeps in English whatever its language ("heading 2": 2), 1..6; 0 for
 * any other, or none. WPS Office names its styles' ids with numbers
 * (w:styleId="7" for "heading 2"), and a localised Word with its own
 * words: such a document's headings were body paragraphs, their tasks
 * and deadlines unread (s32foreign). A style of another name based on
 * such a style (w:basedOn, at most 10 steps, a loop none) is its heading
 * (s33low); "TOC Heading" none. */
int docx_style_heading(const DocxStyles *st, const char *id);

/* Whether paragraph properties ppr (NULL: none) set a centre or right
 * tab stop past 4000 twips (7 cm) among their w:tabs (docx_tabcols.c's
 * column lines). */
int docx_far_tab_stop(const xmlNode *ppr);

/* Whether paragraph style id (NULL or a style styles.xml lacks: the
 * default paragraph style) sets a far centre or right tab stop, itself or
 * a style it is based on (at most 10 steps): 1, else 0 (st NULL too). */
int docx_style_far_tab(const DocxStyles *st, const char *id);

/* Reads the paragraph and character styles and the default fonts of
 * styles.xml (doc) into st, zeroed before; free with docx_styles_free. */
void docx_styles_read(xmlDoc *doc, DocxStyles *st);

void docx_styles_free(DocxStyles *st);

/* The bold (which 0), italic (1), All Caps (2, w:caps), hidden text (3,
 * w:vanish), underline (4, w:u), strike-through (5, w:strike, w:dstrike),
 * vertical alignment (6, w:vertAlign: 0 baseline, 1 superscript, 2
 * subscript) or small capitals (7, w:smallCaps) of
 * a run of character style id takes (character 0: a paragraph of paragraph style id, NULL or a
 * style styles.xml lacks the default paragraph style; 2: a table's cells
 * of table style id, its w:rPr), following
 * basedOn (at most 10 steps): 0 or 1 (or 2), or -1 when no style of the chain
 * sets it (or st is NULL, or a character style's id is NULL). */
int docx_style_flag(const DocxStyles *st, const char *id, int character, int which);

/* What conditional format `type` (DocxCond) of table style id sets of
 * docx_style_flag's `which` (0 bold, 1 italic, 2 All Caps, 3 hidden, 4
 * underline, 5 strike-through, 7 small capitals): its w:tblStylePr's
 * w:rPr, else the style's it is based on (at most 10 steps): 0 or 1, or
 * -1 when none sets it (st NULL, id NULL, a style styles.xml lacks). */
int docx_style_cond_flag(const DocxStyles *st, const char *id, int type, int which);

/* The size of table style id's row bands (dir 0, w:tblStyleRowBandSize)
 * or column bands (dir 1), following basedOn: 1 when none says. */
int docx_style_band(const DocxStyles *st, const char *id, int dir);

/* Whether a run of properties rpr (NULL: none) is hidden text, which Word
 * neither shows nor prints: its own w:vanish, else para_hidden, its
 * paragraph style's, toggled by its character style's (through st,
 * following basedOn; ECMA-376 17.7.3: a hidden character style over a
 * hidden paragraph style shows the run). A style's was read as shown text
 * (s32attack F5). */
int docx_run_hidden(const DocxStyles *st, const xmlNode *rpr, int para_hidden);

/* Whether a run of properties rpr (NULL: none) is underlined as Word and
 * LibreOffice draw it: its own w:u (any line but w:val="none"), else its
 * character style's (through st, following basedOn), else para_u, its
 * paragraph style's. The .docx reader dropped w:u, so an underline an
 * official added came back with no word (s41imp's leftover). */
int docx_run_underline(const DocxStyles *st, const xmlNode *rpr, int para_u);

/* How a run of properties rpr (NULL: none) is marked as a plan cannot
 * print it (import_marks.h): IMP_MARK_STRUCK struck through (its own
 * w:strike or w:dstrike, else para_struck, its paragraph style's,
 * toggled by its character style's, through st), else IMP_MARK_RAISED or
 * IMP_MARK_LOWERED (its own w:vertAlign, else its character style's),
 * else IMP_MARK_NONE. Import read such a run's text as plain: a struck
 * "100%" before a typed "95%" printed "100% 95%" (s43attack). */
int docx_run_mark(const DocxStyles *st, const xmlNode *rpr, int para_struck);

/* Whether a w:u element draws a line: 1, 0 for w:val="none" (NULL: -1,
 * not set). */
int docx_underline_on(const xmlNode *u);

/* The font (which 0: w:ascii, 1: w:hAnsi) of character style id
 * (character 0: paragraph style id, NULL or a style styles.xml lacks the
 * default paragraph style), following basedOn (at most 10 steps): NULL
 * when no style of the chain sets it, "" a theme font. */
const char *docx_style_font(const DocxStyles *st, const char *id, int character, int which);

/* How a run with properties rpr (NULL: none) shows: bold and italic by
 * its own w:b, w:i (direct formatting: absolute), else bold and italic
 * (its paragraph style's) toggled by its character style's (w:rStyle, in
 * st, through basedOn: LibreOffice writes "Strong Emphasis" and a user's
 * bold styles so; ECMA-376 17.7.3: a bold character style over a bold
 * paragraph style is not bold); in capitals by its own w:caps and
 * w:smallCaps, else caps (bit 0: its paragraph style's w:caps, bit 1:
 * its w:smallCaps) toggled so, each property on its own (a style's All
 * Caps under a character style's small capitals shows capitals, as Word
 * shows it; one toggle of both showed it as typed, s52import F4); its fonts its own, else its
 * character style's (in fst), else pf's (the paragraph's; NULL: none),
 * as Word and LibreOffice draw it: the Symbol font of a style made "a"
 * "α" there, and import read "a". The fonts' names are st's, fst's or
 * pf's, living as long as they do. */
typedef struct DocxLook {
    int bold, italic, caps;
    DocxFonts fonts;
} DocxLook;
DocxLook docx_run_look(const DocxStyles *st, const DocxStyles *fst, const xmlNode *rpr, int bold,
                       int italic, int caps, const DocxFonts *pf);

/* The fonts a run of a paragraph of paragraph style id (NULL: none) takes
 * before its own and its character style's: the paragraph style's, else
 * the document's defaults; both NULL when st is NULL. */
DocxFonts docx_para_fonts(const DocxStyles *st, const char *id);

/* The fonts paragraph p (a w:p) takes from its style (w:pPr/w:pStyle)
 * and the document's defaults, as docx_para_fonts; none without st. */
DocxFonts docx_node_fonts(const DocxStyles *st, const xmlNode *p);

/* The list instance a paragraph (its w:pPr ppr, its style's id) is an
 * item of: its own w:numPr's w:numId and w:ilvl first, else its style's
 * (each through basedOn apart); -1 for none; *ilvl its level (0 when none
 * says). */
int docx_para_list(const DocxStyles *st, const xmlNode *ppr, const char *style, int *ilvl);

#endif
