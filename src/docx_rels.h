/* docx_rels.h - the parts a .docx's main part names through its
 * relationships (docx_rels.c). */
#ifndef KHGEN_DOCX_RELS_H
#define KHGEN_DOCX_RELS_H

#include <zip.h>

#include "diag.h"
#include "util.h"

/* The parts import reads beside the main part, by relationship type */
enum { DOCX_FOOTNOTES, DOCX_ENDNOTES, DOCX_COMMENTS, DOCX_NUMBERING, DOCX_STYLES, DOCX_N_RELPARTS };

/* The zip name of a relationship's target: relative to folder (the main
 * part's, "word/") unless it begins with '/', its "." and ".." steps
 * taken; in arena memory. */
const char *docx_rel_resolve(Arena *arena, const char *folder, const char *target);

/* Fills part[DOCX_FOOTNOTES..DOCX_STYLES] (arena strings) with the zip
 * names of the footnotes, endnotes, comments, numbering and styles parts
 * of the main part whose relationships part is main_rels and folder its
 * folder: the target of its first internal relationship of that type
 * (OPC finds a part through its relationship, whatever its name), else,
 * when it names none of that type, the usual name in folder
 * ("word/footnotes.xml": README, limits). One pass over the
 * relationships. Returns 0, or -1 after a diagnostic naming path (a
 * damaged relationships part, KH754/KH755); a missing one is not
 * damaged. budget: NULL, or what the embedded documents may still unpack
 * (an embedded document's relationships: 16 embedded packages of 80 KB,
 * each with relationships of 30 MB, took 14 s: s26review2). */
int docx_rel_parts(Arena *arena, DiagSink *diags, const char *path, zip_t *zip,
                   const char *main_rels, const char *folder, const char **part,
                   size_t *budget);

#endif
