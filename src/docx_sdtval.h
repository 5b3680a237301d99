/* docx_sdtval.h - what a bound content control shows of its node's value
 * (docx_sdtval.c), for docx_bind.c. */
#ifndef KHGEN_DOCX_SDTVAL_H
#define KHGEN_DOCX_SDTVAL_H

#include <libxml/tree.h>

/* Whether a content control of properties sdtpr (w:sdtPr) shows its bound
 * node's value: a plain-text control (w:text), a date picker (w:date), a
 * drop-down list or a combo box; not rich text, whose binding ECMA-376
 * 17.5.2.6 says is ignored, nor a picture or a gallery. */
int docx_sdt_bindable(const xmlNode *sdtpr);

/* The text a content control of properties sdtpr shows when its bound node
 * holds value, as Word shows it (ECMA-376 17.5.2.6, 17.5.2.7, 17.5.2.21):
 * a plain-text control value; a drop-down list or combo box the display
 * text of its list item of that value, else value; a date picker the date
 * value holds written by its w:dateFormat (value itself when it holds no
 * date, or the control stores its text). malloc'd; NULL when the date
 * picture names a day or month in words or the time of day (the words of
 * the control's language): the control keeps its saved text. */
char *docx_sdt_shown(const xmlNode *sdtpr, const char *value);

#endif
