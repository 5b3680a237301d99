/* md_blocks.h - the block marks of a hand-written .md (md_blocks.c), for
 * import_text.c. */
#ifndef KHGEN_MD_BLOCKS_H
#define KHGEN_MD_BLOCKS_H

#include <stddef.h>

#include "util.h"

/* Writes to out the Markdown text s[0..len) with the block marks import
 * does not read written as those it does, line for line: a list item's
 * "* " as "- " (not a "* * *" rule), a block quote's "> " marks taken
 * off, and the rows of a pipe table without end pipes (a delimiter row of
 * as many cells as the header row above it) given them. Lines of a
 * fenced code block are left as written; a reference link written inline
 * to its definition's address, the addresses within a budget of the
 * text's length. Returns 1 when it changed a
 * line (out holds the text), 0 otherwise (out empty). Linear in len. */
int imp_md_blocks(const char *s, size_t len, Buf *out);

#endif
