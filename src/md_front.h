/* md_front.h - a .md's YAML front matter (md_front.c), for import_text.c. */
#ifndef KHGEN_MD_FRONT_H
#define KHGEN_MD_FRONT_H

#include <stddef.h>

#include "util.h"

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

/* The front matter's fields, fields[MD_FRONT_*], read from the YAML text
 * yaml[0..len) between its "---" lines with khgen's YAML reader (load.h),
 * as pandoc reads it: a quoted title's escapes read, a folded or literal
 * block ("title: >-") or a title over two lines one line, its runs of
 * blanks one space; NULL where the block gives none (a list, a mapping,
 * an empty value). Returns 1, or 0 when the block does not read as YAML
 * (a duplicate key, "title: Kế hoạch: ..." unquoted, which pandoc refuses
 * too): then no field at all. The texts are in arena. Linear in len. */
int md_front_fields(Arena *arena, const char *yaml, size_t len,
                    const char *fields[MD_FRONT_FIELDS]);

#endif
