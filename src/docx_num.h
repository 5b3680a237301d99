/* docx_num.h - a Word document's list numbering as Word counts it
 * (docx_num.c): the labels import prints before list paragraphs. */
#ifndef KHGEN_DOCX_NUM_H
#define KHGEN_DOCX_NUM_H

#include <libxml/tree.h>

#include "util.h"

typedef struct DocxNumbering DocxNumbering;

/* Reads word/numbering.xml (doc NULL: a document without one): the
 * abstract lists and the list instances (w:num) that name them. Never
 * NULL; free with docx_num_free. */
DocxNumbering *docx_num_read(xmlDoc *doc);

/* Appends the label Word prints for the next item of list instance num_id
 * at level ilvl ("3. ", "a) ", "- ", with its space) and counts the item;
 * nothing for an unknown list (no w:num of that id), a negative level or
 * format "none"; a level past ECMA-376's 0-8 is docx_num_level's. A level the list does not define (docx_num_undefined)
 * gets LibreOffice's label, its number and a dot ("1. "). Returns 1 for a
 * bullet whose text is blank (pandoc's paragraph after an item's first),
 * else 0. Items are counted per abstract list, shared by the instances
 * that name it; an instance's w:startOverride restarts its level at the
 * instance's first item there (ECMA-376 17.9, as Word and LibreOffice
 * number). */
int docx_num_label(DocxNumbering *nb, int num_id, int ilvl, Buf *out);

/* The level LibreOffice shows a paragraph's w:ilvl as: ECMA-376's 0-8,
 * its own tenth level 9, and 0 for any w:ilvl past 9; docx_num_label and
 * docx_num_undefined take a w:ilvl through it. Negative: unchanged. */
int docx_num_level(int ilvl);

/* Whether list instance num_id (a w:num of that id) does not define level
 * ilvl (0..9, docx_num_level): its abstract list is missing, or has no w:lvl of that level
 * and the instance no w:lvlOverride/w:lvl either. docx_num_label's label
 * for it is then LibreOffice's, a guess of what Word shows. Counts
 * nothing. */
int docx_num_undefined(DocxNumbering *nb, int num_id, int ilvl);

/* Whether the label of level ilvl of list num_id shows a number of a
 * level counting in Vietnamese words (w:numFmt vietnameseCounting: Word's
 * "một", "hai"), which docx_num_label prints in digits, as LibreOffice 7.4
 * does. */
int docx_num_in_words(DocxNumbering *nb, int num_id, int ilvl);
void docx_num_free(DocxNumbering *nb);

#endif
