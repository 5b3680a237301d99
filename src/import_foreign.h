/* import_foreign.h - a document format import does not read, told from
 * the file's first bytes (import_foreign.c). */
#ifndef KHGEN_IMPORT_FOREIGN_H
#define KHGEN_IMPORT_FOREIGN_H

#include <stddef.h>

#include "diag.h"

typedef enum {
    FOREIGN_NONE, /* none of the marks: a zip or text, for import's readers */
    FOREIGN_DOC,  /* a Word 97-2003 compound file */
    FOREIGN_RTF,  /* "{\rtf" */
    FOREIGN_PDF,  /* "%PDF-" */
    FOREIGN_HTML, /* "<!DOCTYPE html", "<html" */
    FOREIGN_MHT,  /* a MIME web archive, multipart/related */
    FOREIGN_ENCRYPTED /* a password-protected Office document (a compound
                       * file holding an EncryptedPackage stream) */
} ForeignKind;

/* The format data[0..len) is, from its marks in the first 4 KiB after a
 * byte order mark and blank space; FOREIGN_NONE when it shows none. */
ForeignKind import_foreign_kind(const char *data, size_t len);

/* What kind names in a message, translated: "a PDF", "an HTML page", ...
 * (a static string; NULL for FOREIGN_NONE). One wording for import's
 * refusal and for the loader's (KH025, load_document.c). */
const char *import_foreign_name(ForeignKind kind);

/* When data[0..len), the file at path, is a format import does not read,
 * reports it (KH751 for a .doc, KH765 otherwise, with the command that
 * converts it) and returns 1; else returns 0 and reports nothing. */
int import_refuse_foreign(DiagSink *diags, const char *path, const char *data, size_t len);

#endif
