/* md_front.h - a .md's YAML front matter (md_front.c), for import_text.c. */
#ifndef KHGEN_MD_FRONT_H
#define KHGEN_MD_FRONT_H

#include <stddef.h>

/* The length of the YAML front matter that opens the Markdown text
 * s[0..len): a line "---", then lines of which at least one is a key
 * ("title: ...", "date: 2024-01-15"), the first not blank, each one at
 * the margin a key, a list's item ("- x") or a comment ("# x"), then a line
 * "---" or "...", as pandoc and static site generators read a metadata
 * block (its last line's line break included); 0 when s opens with none.
 * *lines: the lines it holds (for the caller to keep the line numbers).
 * Linear in the block's length. */
size_t md_front_matter(const char *s, size_t len, int *lines);

#endif
