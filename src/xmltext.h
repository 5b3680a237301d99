/* xmltext.h - text into XML 1.0, for every back end that writes XML parts.
 *
 * The DOCX package (and any other XML a back end writes) gets plan text
 * through this one function: '&', '<', '>', '"' become entities, and the
 * characters XML 1.0 forbids never reach the file - C0 controls other than
 * tab, line feed and carriage return, U+FFFE and U+FFFF, and bytes that are
 * not UTF-8. They are dropped and counted, so the caller can warn once per
 * output (KH902).
 */
#ifndef KHGEN_XMLTEXT_H
#define KHGEN_XMLTEXT_H

#include <stddef.h>

#include "util.h"

/* Appends the first len bytes of text, escaped; adds the number of dropped
 * characters to *dropped (may be NULL). */
void xml_put_escaped(Buf *out, const char *text, size_t len, size_t *dropped);

/* The same for a NUL-terminated string (NULL appends nothing). */
void xml_puts(Buf *out, const char *text, size_t *dropped);

#endif
