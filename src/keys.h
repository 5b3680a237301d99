/* keys.h - the keys of the plan language, from the one table (keys.def).
 *
 * Every mapping khgen reads (the plan and its parts, an attachment, a
 * column, a criteria catalog, a preset, an included registry file) has a
 * set of keys here. The readers check a mapping's keys against its set
 * (yread_check_keys with keys_names()), so no reader can accept a key the
 * table does not declare; tools/gen_schema.c prints the JSON Schema from
 * the same sets, with each key's type, whether it is required and its
 * Vietnamese and English descriptions. Not a stage: constant data and
 * lookups, no state.
 */
#ifndef KHGEN_KEYS_H
#define KHGEN_KEYS_H

#include <stddef.h>

/* KEYSET_PLAN, KEYSET_HEADER, ...: one per SET of keys.def, in its order. */
typedef enum {
#define SET(id, name, setflags, vi, en) KEYSET_##id,
#define KEY(name, type, flags, vi, en)
#define NUM(name, min, max, unit, vi, en)
#define ENUM(name, words, flags, vi, en)
#define WORDS(id, ...)
#define END(id)
#include "keys.def"
#undef SET
#undef KEY
#undef NUM
#undef ENUM
#undef WORDS
#undef END
    KEYSET_COUNT
} KeySetId;

/* Set flags (keys.def, SETFLAGS). */
enum { KS_ROOT = 1, KS_DEF = 2, KS_FILE = 4 };

/* Key flags (keys.def, FLAGS). */
enum { KEY_REQUIRED = 1, KEY_MARKS = 2, KEY_RANGE = 4, KEY_ENUM = 8 };

/* One key: its name, type (keys.def's small type language), flags, its
 * descriptions, for a NUM key its range and unit, for an ENUM key its
 * words (NULL-terminated). */
typedef struct KeyDef {
    const char *name;
    const char *type;
    unsigned flags;
    const char *vi, *en;
    double min, max;
    const char *unit;
    const char *const *words;
} KeyDef;

/* One set: its schema name, flags, descriptions and keys (in keys.def's
 * order); names is the same keys' names, NULL-terminated (what
 * yread_check_keys and suggest_best take); markers the MARK keys,
 * NULL-terminated (what readpolicy.c takes). */
typedef struct KeySet {
    const char *name;
    unsigned flags;
    const char *vi, *en;
    const KeyDef *keys;
    size_t n_keys;
    const char *const *names;
    const char *const *markers;
} KeySet;

/* The set id (static data; id < KEYSET_COUNT). */
const KeySet *keys_set(KeySetId id);

/* The names of set id's keys, NULL-terminated, in the table's order
 * (static data). */
const char *const *keys_names(KeySetId id);

/* 1 when the n bytes at w are a key of any set (any mapping of the plan
 * language), 0 otherwise. */
int keys_is_any(const char *w, size_t n);

/* The keys that mark a file as of set id's kind, in the table's order
 * (a message names the first), NULL-terminated (static data; empty for
 * most sets). */
const char *const *keys_markers(KeySetId id);

/* The key called name in set id, or NULL when the set has no such key. */
const KeyDef *keys_find(KeySetId id, const char *name);

/* The words an ENUM key of set id takes, NULL-terminated, in the table's
 * order (static data); NULL when the set has no such ENUM key. */
const char *const *keys_words(KeySetId id, const char *name);

/* The set whose schema name is name, or NULL. */
const KeySet *keys_set_named(const char *name);

#endif
