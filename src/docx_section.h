/* docx_section.h - the orientation of the pages a .docx's block is on, for
 * import (docx_section.c). */
#ifndef KHGEN_DOCX_SECTION_H
#define KHGEN_DOCX_SECTION_H

#include <libxml/tree.h>

/* The walk's place among the body's sections; zeroed to start. */
typedef struct DocxSection {
    const xmlNode *until; /* the block that ends the current section, or NULL */
    int page;             /* its pages: 1 portrait, 2 landscape */
    int to_end;           /* no w:sectPr is left: page holds to the body's end */
} DocxSection;

/* The orientation of the pages the body's block c is printed on: 1
 * portrait, 2 landscape. Called for each of the body's children in order,
 * none left out (a section ends at the child that holds its w:sectPr);
 * each section is looked up once, so a walk of the body is linear. */
int docx_section_page(DocxSection *s, const xmlNode *c);

#endif
