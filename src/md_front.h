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

/* The front matter's fields a plan's header has: its title, date and
 * number (pandoc's, Jekyll's and Hugo's "title:" and "date:"; "number:",
 * "so:" or "số:" for "Số: 125/KH-UBND"). */
enum { MD_FRONT_TITLE, MD_FRONT_DATE, MD_FRONT_NUMBER, MD_FRONT_FIELDS };

/* Which of those fields the line s[0..len) of a front matter gives (one
 * of MD_FRONT_*, or -1), its value, without the quotes YAML allows around
 * a scalar, in *value (in s) and *value_len; an empty value is none.
 * Linear in len. */
int md_front_field(const char *s, size_t len, const char **value, size_t *value_len);

#endif
