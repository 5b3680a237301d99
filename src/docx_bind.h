/* docx_bind.h - content controls bound to the document's data, for
 * import (docx_bind.c). */
#ifndef KHGEN_DOCX_BIND_H
#define KHGEN_DOCX_BIND_H

#include <stddef.h>

#include <libxml/tree.h>
#include <zip.h>

#include "diag.h"
#include "util.h"

/* The attribute docx_bind sets on the first run of a date picker whose
 * picture it cannot write (a day or a month in words, AM/PM: see
 * docx_sdtval.c), which keeps its saved text: the stored value and the
 * picture, "2025-01-15T00:00:00 ('dddd, dd/MM/yyyy')", for the reader's
 * '# review:' note (docx_date_note). */
#define DOCX_BIND_UNSHOWN "khgen-unshown-date"

/* At most this many bound content controls of a document are read from
 * their data (a template binds a handful: title, author, company). */
enum { DOCX_BIND_MAX = 64 };

/* Gives each content control of doc (the main part, or a page header or
 * footer, parsed) of a type that shows its binding (docx_sdt_bindable:
 * plain text, a date, a drop-down list, a combo box) bound to a data store (w:sdtPr/w:dataBinding: the core or extended
 * properties, or a custom XML part the main part's relationships
 * (main_rels, relative to folder) name, known by its item properties'
 * w:itemID) what it shows of the node its w:xpath selects there
 * (docx_sdt_shown), as Word shows it when it opens the file: its saved
 * content is replaced by one run of that text (the first run's properties
 * kept). A
 * control whose path is not a plain location path
 * ("/ns1:coreProperties[1]/ns0:title[1]"), whose store or node is not
 * there, past DOCX_BIND_MAX, or a date docx_sdt_shown cannot write
 * (its first run then marked DOCX_BIND_UNSHOWN), keeps its content. Reads the stores from
 * zip (within budget, as docx_read_part does; names in arena); returns
 * 0, or -1 after a diagnostic naming path (a damaged store part,
 * KH754/KH755). */
int docx_bind(Arena *arena, DiagSink *diags, const char *path, zip_t *zip, xmlDoc *doc,
              const char *main_rels, const char *folder, size_t *budget);

#endif
