/* docx_zip.h - the .docx package zipped in memory (docx_zip.c). */
#ifndef KHGEN_DOCX_ZIP_H
#define KHGEN_DOCX_ZIP_H

#include <stddef.h>

#include "util.h"

/* One part of the package: its name in the zip and its bytes. */
typedef struct DocxPart {
    const char *name;
    Buf data;
} DocxPart;

/* Zips the n parts, in order, into out (libzip, in memory). Every entry
 * has the same DOS time (1980-01-01 00:00) and no extra fields, so the
 * bytes depend on the parts alone. Returns 0, or -1 with a message in
 * err. */
int docx_zip_parts(DocxPart *parts, size_t n, Buf *out, Buf *err);

#endif
