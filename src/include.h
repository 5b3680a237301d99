/* include.h - shared registries: a plan's `include:` list.
 *
 * A district keeps one list of its units, localities, levels and criteria
 * catalogs for every plan it writes. A plan names such files under
 * `include:` (paths relative to the including file); this stage, between
 * load and parse, reads them and merges their entries into the plan's own
 * YAML tree, so the parser and every later stage see one plan. Entries keep
 * the positions of the file they were written in, so a diagnostic about a
 * shared unit points into the shared file.
 */
#ifndef KHGEN_INCLUDE_H
#define KHGEN_INCLUDE_H

#include "diag.h"
#include "load.h"
#include "util.h"

/* Merges the files named by root's `include:` (and theirs, recursively)
 * into root: for each of `units`, `levels`, `localities` and `import`, the
 * entries of the included files in order, then the plan's own. An import
 * path written in an included file is rewritten to stay relative to that
 * file. Reports KH130-KH134 (a bad entry, a file that cannot be read or is
 * not a regular file inside the plan's directory tree, a cycle, a file with
 * other keys); the tree stays usable. Returns the number of errors. The
 * included trees live in arena. plan_file is the path the plan was loaded
 * from (as in its positions). */
int include_merge(Arena *arena, DiagSink *diags, const char *plan_file, YNode *root);

/* load_file() of a plan followed by include_merge(): what every command
 * that reads a plan uses. NULL as load_file(), and NULL when an include
 * fails (reported): the plan is not read further, as a C compiler stops at
 * a missing header, so its uses are not each reported unknown. */
YNode *load_plan(Arena *arena, DiagSink *diags, const char *path);

/* The same with the plan file's nodes in `nodes` (load_file_split()): the
 * caller frees `nodes` once no stage reads the tree. The included files'
 * trees and the merged lists stay in arena. A plan whose root is a list
 * comes back as that list, empty (root_map_only), for parse to refuse. */
YNode *load_plan_split(Arena *arena, Arena *nodes, DiagSink *diags, const char *path);

/* The exit status a NULL from load_plan()/load_plan_split() means, the one
 * rule every command applies: 3 (input failure) when the plan file itself
 * is missing or not a regular file, 1 (errors in a plan) when it was read
 * and is a bad plan, a failed include among them. */
int load_failure_status(const char *path);

#endif
