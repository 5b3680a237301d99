/* init_registry.h - what `khgen init --include REGISTRY` reads of a shared
 * registry and leaves out of the skeleton; see init_registry.c. */
#ifndef KHGEN_INIT_REGISTRY_H
#define KHGEN_INIT_REGISTRY_H

#include "util.h"
#include "yread.h"

enum { INIT_EXIT_OK = 0, INIT_EXIT_USAGE = 2, INIT_EXIT_IO = 3 };

/* What a shared registry (--include) holds already: whether it imports a
 * catalog, and the ids of its units, levels and localities (the file's own
 * and those of the registries it includes). */
typedef struct Registry0 {
    int imports;
    int imports_shipped; /* among them the catalog khgen ships, qd318-xa-ntm (2021-2025) */
    const YNode *units, *levels, *localities; /* merged lists, or NULL */
} Registry0;

/* Appends "KEY:\n", the comment line, and each "  - {id: X, ...}" line of
 * lines whose id list does not define; nothing when none is left. With
 * renames (the units), a line whose name list holds under another id is
 * left out too, and "X\tID\n" appended to renames; a line whose id list
 * gives a unit of another name is kept under "X-SUFFIX" (suffix: the
 * level's word, "xa"), after a TODO, and "X\tX-SUFFIX\n" appended. */
void init_put_entries(Buf *out, const char *key, const char *comment, const char *lines,
                      const YNode *list, Arena *arena, Buf *renames, const char *suffix);

/* Reads the registry at path (and what it includes) into *reg and writes
 * in *written its path from the directory of the plan out; reports a
 * registry that cannot be read or is no registry. Returns 0, or the exit
 * status. */
int init_read_registry(const char *path, const char *out, Arena *arena, Registry0 *reg,
                       Buf *written);

/* Whether reg lists the places a province's skeleton would add
 * placeholders for: a locality of kind below ("xã" of a province's
 * registry of its communes). */
int init_lists_places(const Registry0 *reg, const char *below);

/* Whether reg lists a commune's own places (its thôn, tổ dân phố, bản,
 * ...: localities of no level's kind, localgov_tier): those whose parent
 * is the registry's locality of the commune's kind and name (name as KH257
 * reads names; *parent its id, in arena), or, in a registry that holds no
 * commune, xã or ward (the commune's own registry of its places), every
 * place there (*parent NULL). Appends their kinds to kinds, each once in
 * the registry's order, joined by ", " ("thôn, bản"; the first four, of
 * 40 bytes at most each). Linear in the registry's localities. */
int init_lists_own_places(const Registry0 *reg, const char *kind, const char *name, Arena *arena,
                          const char **parent, Buf *kinds);

/* Whether a locality of reg, of kind (NULL: any) under parent (NULL:
 * any), aims at target in year (its `target` and `target_year` as
 * written): what `{count localities kind=KIND parent=PARENT target=TARGET
 * target_year=year}` counts in the skeleton of year over the places the
 * registry lists. A count of none was KH505 in the skeleton init wrote
 * ("counts nothing": a registry whose places aim at no standard that
 * year, s54cycle); such a count is left out. Linear in the localities. */
int init_listed_aim(const Registry0 *reg, const char *kind, const char *parent, const char *target,
                    const char *year);

/* Appends to out the line of levels (a skeleton's, "  - {id: ntm, name:
 * ...}\n" a line) whose id is id: the levels a skeleton over a registry's
 * places defines are those its counts name (init_listed_aim). */
void init_level_line(Buf *out, const char *levels, const char *id);

/* Makes the skeleton's tasks name the registry's units that
 * init_put_entries took for its own (renames: "SKELETON_ID\tREGISTRY_ID\n"
 * lines): each "lead: ID", "support: [ID]" and "{unit ID}" of text. */
void init_rename_units(Buf *text, const char *renames);

#endif
