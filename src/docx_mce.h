/* docx_mce.h - Markup Compatibility (ECMA-376 Part 3) resolved on a
 * parsed part of a .docx, for import (docx_mce.c). */
#ifndef KHGEN_DOCX_MCE_H
#define KHGEN_DOCX_MCE_H

#include <libxml/tree.h>

/* Whether the namespace uri is one Word understands: the Open XML
 * namespaces (transitional and strict), Microsoft Office's and VML's. A
 * third party's is not. */
int docx_mce_understood(const xmlChar *uri);

/* Leaves in doc what Word reads of it: of each mc:AlternateContent, its
 * first mc:Choice whose Requires names only namespaces Word understands,
 * else its mc:Fallback, else nothing, in its place (the AlternateContent
 * replaced by what that branch holds, so a run's w:t stays a run's); and
 * no element of a namespace an mc:Ignorable above it lists that Word
 * does not understand, unless an mc:ProcessContent above it names it
 * (then its content stays where it is). One pass, in time linear in the
 * part: a list is read for its first 64 names, a part looks up at most
 * 65,536 prefixes (past them a Choice is not taken, a list adds
 * nothing), and nothing is done past DOCX_MAX_DEPTH. */
void docx_mce_resolve(xmlDoc *doc);

#endif
