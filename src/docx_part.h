/* docx_part.h - one part of a .docx unpacked and parsed within import's
 * limits (docx_part.c). */
#ifndef KHGEN_DOCX_PART_H
#define KHGEN_DOCX_PART_H

#include <stddef.h>

#include <libxml/tree.h>
#include <zip.h>

#include "diag.h"

/* The .docx data[0..len) opened as a zip (read only, data kept by the
 * caller until zip_discard), or NULL after a diagnostic naming path: over
 * IMPORT_MAX_DOCX (KH752), a legacy .doc (KH751), not a zip or a damaged
 * one (KH754), more than 10,000 files (KH755). */
zip_t *docx_open_zip(DiagSink *diags, const char *path, const char *data, size_t len);

/* Reads the part `name` of zip into malloc'd memory (NUL-terminated, its
 * length in *len). NULL with *missing = 1 when the zip has no such part;
 * NULL with *missing = 0 after a diagnostic naming path (KH754 damaged,
 * KH755 over IMPORT_MAX_PART, over its declared size, over
 * IMPORT_MAX_TAGS tags; a zip, an embedded package, is not scanned as
 * markup: its parts are, when read). budget: NULL, or the bytes the embedded
 * documents (w:altChunk) may still unpack together: the part's size must
 * fit in it (else KH755) and is taken from it. */
char *docx_read_part(DiagSink *diags, const char *path, zip_t *zip, const char *name,
                     size_t *len, int *missing, size_t *budget);

/* Parses data[0..len) as XML without network access, DTDs or entity
 * expansion; NULL after a diagnostic (KH754 naming path and the part
 * `name`), a part with a DTD (<!DOCTYPE>, which Word refuses) too. Its
 * Markup Compatibility is resolved as Word reads it (docx_mce_resolve:
 * an mc:AlternateContent's branch Word takes, ignorable markup of no
 * namespace Word knows left out). Free with xmlFreeDoc. */
xmlDoc *docx_parse_xml(DiagSink *diags, const char *path, const char *name, const char *data,
                       size_t len);

/* The room for a part's name: OPC allows long ones, and a main part's
 * name of 150 bytes once fell back to word/document.xml and KH756 "not a
 * Word document" (s25review L2). */
#define DOCX_PART_NAME_MAX 1024

/* Why the main part _rels/.rels names was not taken (docx_main_part):
 * DOCX_MAIN_TAKEN (or no such relationship), or what is wrong with it. */
typedef enum {
    DOCX_MAIN_TAKEN,
    DOCX_MAIN_LONG,      /* a name past DOCX_PART_NAME_MAX */
    DOCX_MAIN_MISSING,   /* a part the zip does not hold */
    DOCX_MAIN_BAD_NAME,  /* not "FOLDER/NAME.xml", or with ".." */
    DOCX_MAIN_NO_TYPES,  /* outside word/, and [Content_Types].xml missing,
                          * past IMPORT_MAX_PART or not XML */
    DOCX_MAIN_NOT_WORD,  /* outside word/, and not a Word main content type */
    DOCX_MAIN_BUDGET,    /* outside word/, in an embedded document, and
                          * [Content_Types].xml past what the embedded
                          * documents may still unpack */
} DocxMainWhy;

/* The name of the package's main document part, into name (cap bytes,
 * DOCX_PART_NAME_MAX): the target of the officeDocument relationship of
 * _rels/.rels when it is a part "FOLDER/NAME.xml" the zip holds
 * ("word/document2.xml", as Word saves some documents, "doc/main.xml" as
 * some converters write, outside word/ only when [Content_Types].xml gives
 * it a Word document's main content type: an .xlsx's xl/workbook.xml is
 * none), else "word/document.xml"; and, into rels (cap bytes), the name of
 * that part's relationships ("FOLDER/_rels/NAME.xml.rels").
 * Reads at most 64 KiB of _rels/.rels, quietly: a damaged one names the
 * usual part. Returns why a named target was not taken (its name, up to
 * cap-1 bytes, into target when target is not NULL), for KH756 to say
 * what is wrong when the usual part is missing too (docx_not_word).
 * budget: NULL, or (in an embedded document) what the embedded documents
 * may still unpack, which a [Content_Types].xml read is taken from. */
DocxMainWhy docx_main_part(zip_t *zip, char *name, char *rels, size_t cap, char *target,
                           size_t *budget);

/* The length of the folder of main_part with its '/' ("word/" of
 * "word/document.xml": 5), which the main part's relationships' targets
 * and its numbering, styles and notes parts are relative to. */
size_t docx_part_folder(const char *main_part);

#endif
