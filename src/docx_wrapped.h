/* docx_wrapped.h - a .docx's paragraphs typed a line each, joined back
 * into the paragraphs they wrap (docx_wrapped.c). */
#ifndef KHGEN_DOCX_WRAPPED_H
#define KHGEN_DOCX_WRAPPED_H

#include "import.h"

/* Joins each paragraph of paras that goes on the one before it, as a
 * line of text copied out of a PDF or a .txt into Word goes on its
 * sentence (imp_txt_continues), into that one, its text after a '\n';
 * paras is rewritten in place, its texts and review notes in arena.
 * Only paragraphs outside tables, without a heading style or a Word list
 * label, with the emphasis and indent of the one before, join. Linear. */
void docx_join_wrapped(Arena *arena, ImpParas *paras);

#endif
